"""Shared helpers for the well-formedness tests of the independent consistency template sets
(``tests/test_consistency_templates_blind*.py``); no detector code is used here."""

from __future__ import annotations

import importlib.util
import random
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
MARK = re.compile(r"\[\[(.*?)\]\]")
SEEDS = range(200)


def load_templates(name: str) -> ModuleType:
    """A template module of ``benchmarks/`` by file name (it is not a package)."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def render(template: tuple[str, ...], context: dict[str, Any]) -> list[str]:
    return [sentence.format(**context) for sentence in template]


def distance(a: str, b: str) -> int:
    """Levenshtein distance (the tests' own, not the detector's)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def marked_sides(template: tuple[str, ...], context: dict[str, Any]) -> list[str]:
    return MARK.findall(" ".join(render(template, context)))


def check_counts(blind: ModuleType) -> None:
    """At least 40 conflict and 30 near-miss templates per kind, each 1-3 sentences, no duplicates."""
    assert len(blind.NAME_TEMPLATES) >= 40 and len(blind.FIGURE_TEMPLATES) >= 40
    assert len(blind.NAME_NEAR_MISSES) >= 30 and len(blind.FIGURE_NEAR_MISSES) >= 30
    for templates in (blind.NAME_TEMPLATES, blind.FIGURE_TEMPLATES, blind.NAME_NEAR_MISSES, blind.FIGURE_NEAR_MISSES):
        assert all(isinstance(t, tuple) and 1 <= len(t) <= 3 for t in templates)
        assert len(set(templates)) == len(templates)


# The checks below are those of the sets written with blind3's conventions (blind3, blind4): each
# set's test module calls them and adds what is its own.


def check_name_conflicts(blind: ModuleType) -> None:
    """Every name template marks two sides, the full name and a variant of its surname: a close edit or a
    listed transliteration, the only one of its kind for a transliteration context."""
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


def check_figure_conflicts(blind: ModuleType) -> None:
    """Every figure template marks two different positive values at least 10 % apart; sentences open
    with a capital, a digit or a currency sign."""
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


def near_miss_contexts(blind: ModuleType) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(names, figures) near-miss contexts for every seed, after checking that every near-miss template
    renders with them unmarked, that the two people differ and that each figure family's first value is
    the larger; the caller adds its set's own checks."""
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
        for family in ("c", "pc", "age", "hh", "th", "vt", "km", "usd", "eur"):
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])
        yield names, figures


def check_harness_split(blind: ModuleType, split: str) -> ModuleType:
    """``consistency_injection.py --split <split>`` uses every template of the set, with its contexts;
    returns the harness for further checks."""
    harness = load_templates("consistency_injection")
    assert split in harness.SPLITS and "blind2" in harness.SPLITS
    sets = harness.sets_for(split)
    assert harness.split_templates(sets["name_inconsistency"][0], split) == blind.NAME_TEMPLATES
    assert harness.split_templates(sets["name_inconsistency"][1], split) == blind.NAME_NEAR_MISSES
    assert harness.split_templates(sets["conflicting_figures"][0], split) == blind.FIGURE_TEMPLATES
    assert harness.split_templates(sets["conflicting_figures"][1], split) == blind.FIGURE_NEAR_MISSES
    rng = random.Random(0)
    assert sets["conflicting_figures"][2](rng).keys() == blind.figure_context(random.Random(0)).keys()
    assert harness.sets_for("held_out") is harness.SETS
    return harness
