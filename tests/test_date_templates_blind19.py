"""Well-formedness of the ``blind19`` date-conflict templates, checked WITHOUT the detector.

The checks (sentence form, marked spans, and each conflict re-derived from the
text with ``datetime`` by an independent parser) are shared with the other
independent sets: ``tests/date_template_checks.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark
from tests.date_template_checks import (
    RELATIVE_ANCHORS,
    check_different_wording,
    check_kinds_and_names,
    check_no_detector_import,
    check_parser,
    check_template,
)

MODULE = load_benchmark("date_templates_blind19")
BLIND19 = MODULE.BLIND19_TEMPLATES
CASES = [(kind, template) for kind, templates in BLIND19.items() for template in templates]


def test_parser_reads_the_formats_used() -> None:
    check_parser()


def test_six_kinds_with_at_least_twenty_distinct_templates() -> None:
    check_kinds_and_names(BLIND19, "b19")


def test_restated_forty_duration_thirty_and_the_others_twenty_two_templates() -> None:
    assert len(BLIND19["restated_event"]) >= 40
    assert len(BLIND19["duration_arithmetic"]) >= 30
    assert all(len(templates) >= 22 for kind, templates in BLIND19.items()
               if kind not in {"restated_event", "duration_arithmetic"})


def test_module_does_not_import_the_detector() -> None:
    check_no_detector_import(MODULE)


def test_templates_within_a_kind_have_different_wording() -> None:
    check_different_wording(BLIND19)


def test_restated_events_mix_same_and_different_head_words() -> None:
    names = [template.__name__ for template in BLIND19["restated_event"]]
    same = [name for name in names if name.startswith("b19_restated_same_")]
    different = [name for name in names if name.startswith("b19_restated_diff_")]
    assert len(same) + len(different) == len(names)
    assert min(len(same), len(different)) >= 20


@pytest.mark.parametrize(("kind", "template"), CASES, ids=[template.__name__ for _, template in CASES])
def test_template_is_well_formed_and_a_real_conflict(kind: str, template: object) -> None:
    check_template(kind, template, RELATIVE_ANCHORS | {"last weekend"})
