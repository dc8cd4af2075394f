"""Well-formedness of the blind6 consistency templates (no detector is run)."""

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
)

blind = load_templates("consistency_templates_blind6")


def test_counts():
    check_counts(blind)
    assert len(blind.NAME_TEMPLATES) >= 50 and len(blind.FIGURE_TEMPLATES) >= 50
    assert len(blind.NAME_NEAR_MISSES) >= 36 and len(blind.FIGURE_NEAR_MISSES) >= 36


def test_name_conflicts():
    check_name_conflicts(blind)


def test_transliterations_are_about_a_third():
    kinds = Counter(blind.name_context(random.Random(seed))["kind"] for seed in range(600))
    assert 0.25 <= kinds["transliteration"] / 600 <= 0.42, kinds


def test_figure_conflicts():
    check_figure_conflicts(blind)


def test_extra_figure_families_differ():
    for seed in SEEDS:
        figures = blind.figure_context(random.Random(seed))
        for family in ("dy", "gbp", "spd", "kg", "mn", "tc"):
            first, second = blind.value_of(figures[family + "1"]), blind.value_of(figures[family + "2"])
            assert first > 0 and second > 0 and abs(first - second) >= 0.2 * max(first, second)


def test_near_misses_render():
    for names, figures in near_miss_contexts(blind):
        assert names["r"].split()[-1] == names["sa"] and names["fr"] != names["fa"]
        assert names["c"] != names["place"] and names["d"] != names["company"]
        assert names["se"] not in names["product"].split() or names["e"] not in names["product"]
        assert int(figures["year"]) == int(figures["prev"]) + 1
        for family in ("dy", "gbp", "spd", "kg", "mn", "tc"):
            assert blind.value_of(figures[family + "1"]) > blind.value_of(figures[family + "2"])


def test_harness_uses_all_blind6_templates():
    harness = check_harness_split(blind, "blind6")
    assert "blind5" in harness.SPLITS
