"""Well-formedness of the blind3 consistency templates (no detector is run)."""

from __future__ import annotations

from tests.consistency_template_checks import (
    check_counts,
    check_figure_conflicts,
    check_harness_split,
    check_name_conflicts,
    load_templates,
    near_miss_contexts,
)

blind = load_templates("consistency_templates_blind3")


def test_counts():
    check_counts(blind)


def test_name_conflicts():
    check_name_conflicts(blind)


def test_figure_conflicts():
    check_figure_conflicts(blind)


def test_near_misses_render():
    list(near_miss_contexts(blind))  # the shared checks run as each seed's contexts are drawn


def test_harness_uses_all_blind3_templates():
    check_harness_split(blind, "blind3")
