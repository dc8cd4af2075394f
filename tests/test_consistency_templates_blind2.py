"""Well-formedness of the blind2 consistency templates (no detector is run)."""

from __future__ import annotations

import random

from tests.consistency_template_checks import SEEDS, check_counts, distance, load_templates, marked_sides, render

blind = load_templates("consistency_templates_blind2")


def test_counts():
    check_counts(blind)


def test_name_conflicts():
    pairs = {frozenset(pair) for pair in blind.TRANSLITERATIONS}
    kinds = set()
    for seed in SEEDS:
        rng = random.Random(seed)
        context = blind.name_context(rng)
        kinds.add(context["kind"])
        for template in blind.NAME_TEMPLATES:
            sides = marked_sides(template, context)
            assert len(sides) == 2, (template, sides)
            full, variant = sides
            surname = full.split(" ", 1)[1]
            assert variant != surname
            assert distance(surname, variant) <= 2 or frozenset((surname, variant)) in pairs, (surname, variant)
            if context["kind"] == "transliteration":
                assert frozenset((surname, variant)) in pairs
    assert kinds == {"transliteration", "letter changed", "letters swapped", "letter dropped", "letter doubled"}


def test_figure_conflicts():
    kinds = set()
    for seed in SEEDS:
        context = blind.figure_context(random.Random(seed))
        kinds.add(context["kind"])
        for template in blind.FIGURE_TEMPLATES:
            sides = marked_sides(template, context)
            assert len(sides) == 2, (template, sides)
            first, second = (blind.value_of(side) for side in sides)
            assert sides[0] != sides[1]
            assert abs(first - second) >= 0.10 * max(first, second), (template, sides)
    assert len(kinds) == 4


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
        assert names["l1"] != names["l2"] and names["p1"].split()[0] != names["p2"].split()[0]
        for family in "shkpragm":
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])


def test_harness_uses_all_blind2_templates():
    harness = load_templates("consistency_injection")
    assert "blind2" in harness.SPLITS
    sets = harness.sets_for("blind2")
    assert harness.split_templates(sets["name_inconsistency"][0], "blind2") == blind.NAME_TEMPLATES
    assert harness.split_templates(sets["conflicting_figures"][1], "blind2") == blind.FIGURE_NEAR_MISSES
    assert harness.sets_for("held_out") is harness.SETS
