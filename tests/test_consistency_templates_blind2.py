"""Well-formedness of the blind2 consistency templates (no detector is run)."""

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


blind = _load("consistency_templates_blind2")


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
        rng = random.Random(seed)
        context = blind.name_context(rng)
        kinds.add(context["kind"])
        for template in blind.NAME_TEMPLATES:
            sides = _sides(template, context)
            assert len(sides) == 2, (template, sides)
            full, variant = sides
            surname = full.split(" ", 1)[1]
            assert variant != surname
            assert _distance(surname, variant) <= 2 or frozenset((surname, variant)) in pairs, (surname, variant)
            if context["kind"] == "transliteration":
                assert frozenset((surname, variant)) in pairs
    assert kinds == {"transliteration", "letter changed", "letters swapped", "letter dropped", "letter doubled"}


def test_figure_conflicts():
    kinds = set()
    for seed in SEEDS:
        context = blind.figure_context(random.Random(seed))
        kinds.add(context["kind"])
        for template in blind.FIGURE_TEMPLATES:
            sides = _sides(template, context)
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
            text = " ".join(_render(template, names))
            assert "{" not in text and "[[" not in text
        for template in blind.FIGURE_NEAR_MISSES:
            text = " ".join(_render(template, figures))
            assert "{" not in text and "[[" not in text
        assert names["l1"] != names["l2"] and names["p1"].split()[0] != names["p2"].split()[0]
        for family in "shkpragm":
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])


def test_harness_uses_all_blind2_templates():
    harness = _load("consistency_injection")
    assert "blind2" in harness.SPLITS
    sets = harness.sets_for("blind2")
    assert harness.split_templates(sets["name_inconsistency"][0], "blind2") == blind.NAME_TEMPLATES
    assert harness.split_templates(sets["conflicting_figures"][1], "blind2") == blind.FIGURE_NEAR_MISSES
    assert harness.sets_for("held_out") is harness.SETS
