"""Well-formedness of the blind4 consistency templates (no detector is run)."""

from __future__ import annotations

import random

from tests.consistency_template_checks import MARK, SEEDS, check_counts, distance, load_templates, marked_sides, render

blind = load_templates("consistency_templates_blind4")


def test_counts():
    check_counts(blind)
    assert len(blind.NAME_TEMPLATES) >= 44 and len(blind.FIGURE_TEMPLATES) >= 44
    assert len(blind.NAME_NEAR_MISSES) >= 32 and len(blind.FIGURE_NEAR_MISSES) >= 32


def test_name_conflicts():
    pairs = {frozenset(pair) for pair in blind.TRANSLITERATIONS}
    kinds = set()
    for seed in SEEDS:
        context = blind.name_context(random.Random(seed))
        kinds.add(context["kind"])
        for template in blind.NAME_TEMPLATES:
            text = " ".join(render(template, context))
            assert "{" not in text and "}" not in text
            sides = marked_sides(template, context)
            assert len(sides) == 2, (template, sides)
            full, variant = sides
            surname = full.split(" ", 1)[1]
            assert variant != surname and variant[0].isupper()
            assert distance(surname, variant) <= 2 or frozenset((surname, variant)) in pairs, (surname, variant)
            if context["kind"] == "transliteration":
                assert frozenset((surname, variant)) in pairs
            # the correct surname never appears outside the introduction
            assert text.count(surname) == 1 or surname in variant, (template, surname)
    assert kinds == {"transliteration", "letter changed", "letters swapped", "letter dropped", "letter doubled"}


def test_figure_conflicts():
    kinds = set()
    for seed in SEEDS:
        context = blind.figure_context(random.Random(seed))
        kinds.add(context["kind"])
        for template in blind.FIGURE_TEMPLATES:
            text = " ".join(render(template, context))
            assert "{" not in text and "}" not in text
            sides = marked_sides(template, context)
            assert len(sides) == 2, (template, sides)
            first, second = (blind.value_of(side) for side in sides)
            assert sides[0] != sides[1] and first > 0 and second > 0
            assert abs(first - second) >= 0.10 * max(first, second), (template, sides)
            for sentence in render(template, context):
                plain = MARK.sub(r"\1", sentence).lstrip('"')
                assert plain[0].isupper() or plain[0].isdigit() or plain[0] in "$€", sentence
    assert kinds == {"digits/digits", "words/digits", "digits/words", "words/words"}


def test_near_misses_render():
    for seed in SEEDS:
        rng = random.Random(seed)
        names = blind.name_near_context(rng)
        figures = blind.figure_near_context(rng)
        for template in blind.NAME_NEAR_MISSES:
            text = " ".join(render(template, names))
            assert "{" not in text and "[[" not in text
        for template in blind.FIGURE_NEAR_MISSES:
            text = " ".join(render(template, figures))
            assert "{" not in text and "[[" not in text
        assert names["sa"] != names["sb"] and names["a"].split()[0] != names["b"].split()[0]
        assert names["r"].split()[-1] == names["sa"] and names["fr"] != names["fa"]
        assert names["c"] != names["place"] and names["d"] != names["company"]
        assert int(figures["year"]) == int(figures["prev"]) + 1
        for family in ("c", "pc", "age", "hh", "th", "vt", "km", "usd", "eur"):
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])


def test_harness_uses_all_blind4_templates():
    harness = load_templates("consistency_injection")
    assert {"blind2", "blind3", "blind4"} <= set(harness.SPLITS)
    sets = harness.sets_for("blind4")
    assert harness.split_templates(sets["name_inconsistency"][0], "blind4") == blind.NAME_TEMPLATES
    assert harness.split_templates(sets["name_inconsistency"][1], "blind4") == blind.NAME_NEAR_MISSES
    assert harness.split_templates(sets["conflicting_figures"][0], "blind4") == blind.FIGURE_TEMPLATES
    assert harness.split_templates(sets["conflicting_figures"][1], "blind4") == blind.FIGURE_NEAR_MISSES
    rng = random.Random(0)
    assert sets["conflicting_figures"][2](rng).keys() == blind.figure_context(random.Random(0)).keys()
    assert harness.sets_for("held_out") is harness.SETS
