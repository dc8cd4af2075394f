"""Well-formedness of the blind3 consistency templates (no detector is run)."""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
MARK = re.compile(r"\[\[(.*?)\]\]")
SEEDS = range(200)


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


blind = _load("consistency_templates_blind3")


def _render(template, context):
    return [sentence.format(**context) for sentence in template]


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _sides(template, context):
    return MARK.findall(" ".join(_render(template, context)))


def test_counts():
    assert len(blind.NAME_TEMPLATES) >= 40 and len(blind.FIGURE_TEMPLATES) >= 40
    assert len(blind.NAME_NEAR_MISSES) >= 30 and len(blind.FIGURE_NEAR_MISSES) >= 30
    for templates in (blind.NAME_TEMPLATES, blind.FIGURE_TEMPLATES, blind.NAME_NEAR_MISSES, blind.FIGURE_NEAR_MISSES):
        assert all(isinstance(t, tuple) and 1 <= len(t) <= 3 for t in templates)
        assert len(set(templates)) == len(templates)


def test_name_conflicts():
    pairs = {frozenset(pair) for pair in blind.TRANSLITERATIONS}
    kinds = set()
    for seed in SEEDS:
        context = blind.name_context(random.Random(seed))
        kinds.add(context["kind"])
        for template in blind.NAME_TEMPLATES:
            text = " ".join(_render(template, context))
            assert "{" not in text and "}" not in text
            sides = _sides(template, context)
            assert len(sides) == 2, (template, sides)
            full, variant = sides
            surname = full.split(" ", 1)[1]
            assert variant != surname and variant[0].isupper()
            assert _distance(surname, variant) <= 2 or frozenset((surname, variant)) in pairs, (surname, variant)
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
            text = " ".join(_render(template, context))
            assert "{" not in text and "}" not in text
            sides = _sides(template, context)
            assert len(sides) == 2, (template, sides)
            first, second = (blind.value_of(side) for side in sides)
            assert sides[0] != sides[1] and first > 0 and second > 0
            assert abs(first - second) >= 0.10 * max(first, second), (template, sides)
            for sentence in _render(template, context):
                plain = MARK.sub(r"\1", sentence).lstrip('"')
                assert plain[0].isupper() or plain[0].isdigit() or plain[0] in "$€", sentence
    assert kinds == {"digits/digits", "words/digits", "digits/words", "words/words"}


def test_near_misses_render():
    for seed in SEEDS:
        rng = random.Random(seed)
        names = blind.name_near_context(rng)
        figures = blind.figure_near_context(rng)
        for template in blind.NAME_NEAR_MISSES:
            text = " ".join(_render(template, names))
            assert "{" not in text and "[[" not in text
        for template in blind.FIGURE_NEAR_MISSES:
            text = " ".join(_render(template, figures))
            assert "{" not in text and "[[" not in text
        assert names["sa"] != names["sb"] and names["a"].split()[0] != names["b"].split()[0]
        for family in ("c", "pc", "age", "hh", "th", "vt", "km", "usd", "eur"):
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])


def test_harness_uses_all_blind3_templates():
    harness = _load("consistency_injection")
    assert "blind3" in harness.SPLITS and "blind2" in harness.SPLITS
    sets = harness.sets_for("blind3")
    assert harness.split_templates(sets["name_inconsistency"][0], "blind3") == blind.NAME_TEMPLATES
    assert harness.split_templates(sets["name_inconsistency"][1], "blind3") == blind.NAME_NEAR_MISSES
    assert harness.split_templates(sets["conflicting_figures"][0], "blind3") == blind.FIGURE_TEMPLATES
    assert harness.split_templates(sets["conflicting_figures"][1], "blind3") == blind.FIGURE_NEAR_MISSES
    rng = random.Random(0)
    assert sets["conflicting_figures"][2](rng).keys() == blind.figure_context(random.Random(0)).keys()
    assert harness.sets_for("held_out") is harness.SETS
