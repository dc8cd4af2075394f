"""Well-formedness of the blind4 consistency templates (no detector is run)."""

from __future__ import annotations

from tests.consistency_template_checks import (
    check_counts,
    check_figure_conflicts,
    check_harness_split,
    check_name_conflicts,
    load_templates,
    near_miss_contexts,
)

blind = load_templates("consistency_templates_blind4")


def test_counts():
    check_counts(blind)
    assert len(blind.NAME_TEMPLATES) >= 44 and len(blind.FIGURE_TEMPLATES) >= 44
    assert len(blind.NAME_NEAR_MISSES) >= 32 and len(blind.FIGURE_NEAR_MISSES) >= 32


def test_name_conflicts():
    check_name_conflicts(blind)


def test_figure_conflicts():
    check_figure_conflicts(blind)


def test_near_misses_render():
    for names, figures in near_miss_contexts(blind):
        assert names["r"].split()[-1] == names["sa"] and names["fr"] != names["fa"]
        assert names["c"] != names["place"] and names["d"] != names["company"]
        assert int(figures["year"]) == int(figures["prev"]) + 1


def test_harness_uses_all_blind4_templates():
    harness = check_harness_split(blind, "blind4")
    assert "blind3" in harness.SPLITS
