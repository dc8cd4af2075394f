"""Well-formedness of the blind7 consistency templates (no detector is run)."""

from __future__ import annotations

import random
from collections import Counter

from tests.consistency_template_checks import (
    SEEDS,
    check_counts,
    check_figure_conflicts,
    check_harness_split,
    check_name_conflicts,
    load_templates,
    near_miss_contexts,
    render,
)

blind = load_templates("consistency_templates_blind7")

EXTRA_FAMILIES = ("dy", "wk", "gbp", "spd", "kg", "mn", "tc", "pts")


def test_counts():
    check_counts(blind)
    assert len(blind.NAME_TEMPLATES) >= 50 and len(blind.FIGURE_TEMPLATES) >= 50
    assert len(blind.NAME_NEAR_MISSES) >= 38 and len(blind.FIGURE_NEAR_MISSES) >= 38


def test_name_conflicts():
    check_name_conflicts(blind)


def test_every_person_renders_with_every_name_template():
    """Exhaustive over the people lists (not only the sampled seeds): the correct surname occurs once."""
    base = blind.name_context(random.Random(0))
    cases = [(s, v) for _, s, v, _ in blind.TRANSLITERATIONS_PEOPLE]
    cases += [(v, s) for _, s, v, _ in blind.TRANSLITERATIONS_PEOPLE]
    rng = random.Random(7)
    for _, surname, _ in blind.PERSONS:
        for edit in blind._EDITS.values():
            variant = edit(surname, rng)
            if variant != surname:
                cases.append((surname, variant))
    for surname, variant in cases:
        context = dict(base, full=f"Xavier {surname}", var=variant)
        for template in blind.NAME_TEMPLATES:
            text = " ".join(render(template, context))
            assert text.count(surname) == 1 or surname in variant, (template, surname, variant)


def test_transliterations_are_about_a_third():
    kinds = Counter(blind.name_context(random.Random(seed))["kind"] for seed in range(600))
    assert 0.25 <= kinds["transliteration"] / 600 <= 0.42, kinds


def test_figure_conflicts():
    check_figure_conflicts(blind)


def test_extra_figure_families_differ():
    for seed in SEEDS:
        figures = blind.figure_context(random.Random(seed))
        for family in EXTRA_FAMILIES:
            first, second = blind.value_of(figures[family + "1"]), blind.value_of(figures[family + "2"])
            assert first > 0 and second > 0 and abs(first - second) >= 0.2 * max(first, second)


def test_near_misses_render():
    for names, figures in near_miss_contexts(blind):
        assert names["r"].split()[-1] == names["sa"] and names["fr"] != names["fa"]
        assert names["c"] != names["place"] and names["d"] != names["company"]
        assert names["se"] not in names["product"].split() or names["e"] not in names["product"]
        assert int(figures["year"]) == int(figures["prev"]) + 1
        for family in EXTRA_FAMILIES:
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])


def test_new_people_and_pairs():
    """No person, surname pair or place is shared with blind6."""
    previous = load_templates("consistency_templates_blind6")
    assert not {s for _, s, _ in blind.PERSONS} & {s for _, s, _ in previous.PERSONS}
    assert not set(blind.TRANSLITERATIONS) & set(previous.TRANSLITERATIONS)
    assert not {frozenset(p) for p in blind.LOOKALIKE_SURNAMES} & {frozenset(p) for p in previous.LOOKALIKE_SURNAMES}
    assert not set(blind.PLACES) & set(previous.PLACES)
    assert not set(blind.NAME_TEMPLATES + blind.FIGURE_TEMPLATES) & set(previous.NAME_TEMPLATES + previous.FIGURE_TEMPLATES)


def test_harness_uses_all_blind7_templates():
    harness = check_harness_split(blind, "blind7")
    assert "blind6" in harness.SPLITS
