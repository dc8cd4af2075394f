"""Well-formedness of the independent date-conflict template sets ``blind10`` to ``blind48``,
checked WITHOUT the detector.

The checks (sentence form, marked spans, and each conflict re-derived from the
text with ``datetime`` by an independent parser) are shared with the other
independent sets: ``tests/date_template_checks.py``. Each set was written by a
separate author, who also wrote its minimum counts and the relative expressions
its anachronism templates use (a row of ``SETS``). A new set adds a row; its
author reads only ``date_template_checks.py`` and this file, never the detector.
Until session 8 each set had its own copy of these tests
(``tests/test_date_templates_blind10.py`` ... ``blind19.py``, named in the sets'
headers); the assertions are unchanged.
"""

from __future__ import annotations

from typing import Any, NamedTuple

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


class _Minimums(NamedTuple):
    restated: int  # restated_event templates
    duration: int | None  # duration_arithmetic templates, when the set promised more than the others
    each_wording: int  # restated templates with the same head word, and with a different one
    extra_anchors: frozenset[str]  # relative expressions beyond RELATIVE_ANCHORS


_WEEKEND = frozenset({"last weekend"})
_WEEKEND_YEAR_AFTERNOON = frozenset({"last weekend", "earlier this year", "this afternoon"})
SETS: dict[str, _Minimums] = {
    "blind10": _Minimums(32, None, 16, _WEEKEND),
    "blind11": _Minimums(32, None, 16, _WEEKEND_YEAR_AFTERNOON),
    "blind12": _Minimums(32, None, 16, _WEEKEND_YEAR_AFTERNOON),
    "blind13": _Minimums(40, None, 20, _WEEKEND_YEAR_AFTERNOON),
    "blind14": _Minimums(40, None, 20, _WEEKEND_YEAR_AFTERNOON),
    "blind15": _Minimums(40, 30, 20, _WEEKEND_YEAR_AFTERNOON),
    "blind16": _Minimums(40, 30, 20, _WEEKEND_YEAR_AFTERNOON),
    "blind17": _Minimums(40, 30, 20, _WEEKEND_YEAR_AFTERNOON),
    "blind18": _Minimums(40, 30, 20, _WEEKEND),
    "blind19": _Minimums(40, 30, 20, _WEEKEND),
    "blind20": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "last summer", "three days ago",
                                                "this afternoon"})),
    "blind21": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "the day before yesterday",
                                                "a week ago", "this afternoon", "earlier this year", "last spring",
                                                "three weeks ago"})),
    "blind22": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon", "last autumn",
                                                "four days ago", "earlier this year", "last winter"})),
    "blind23": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon", "last summer",
                                                "five days ago", "earlier this year", "last christmas"})),
    "blind24": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon", "last spring",
                                                "six days ago", "earlier this year", "this evening"})),
    "blind25": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon", "last autumn",
                                                "earlier this year", "eight days ago"})),
    "blind26": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon", "last summer",
                                                "earlier this year", "nine days ago"})),
    "blind27": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "ten days ago"})),
    "blind28": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "eleven days ago"})),
    "blind29": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twelve days ago"})),
    "blind30": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "thirteen days ago"})),
    "blind31": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "fourteen days ago"})),
    "blind32": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "fifteen days ago"})),
    "blind33": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "sixteen days ago"})),
    "blind34": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "seventeen days ago"})),
    "blind35": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "eighteen days ago"})),
    "blind36": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "nineteen days ago"})),
    "blind37": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty days ago"})),
    "blind38": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-one days ago"})),
    "blind39": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-two days ago"})),
    "blind40": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-three days ago"})),
    "blind41": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-four days ago"})),
    "blind42": _Minimums(40, 30, 20, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-five days ago"})),
    "blind43": _Minimums(42, 32, 21, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-six days ago"})),
    "blind44": _Minimums(42, 32, 21, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-seven days ago"})),
    "blind45": _Minimums(42, 32, 21, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-eight days ago"})),
    "blind46": _Minimums(42, 32, 21, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "twenty-nine days ago"})),
    "blind47": _Minimums(42, 32, 21, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "thirty-one days ago"})),
    "blind48": _Minimums(42, 32, 21, frozenset({"last weekend", "earlier this week", "this afternoon",
                                                "earlier this year", "thirty-two days ago"})),
}
OTHERS_MINIMUM = 22  # every kind without a minimum of its own

MODULES = {name: load_benchmark(f"date_templates_{name}") for name in SETS}
TEMPLATES: dict[str, dict[str, list[Any]]] = {
    name: getattr(module, f"{name.upper()}_TEMPLATES") for name, module in MODULES.items()
}
CASES = [(name, kind, template) for name, templates in TEMPLATES.items()
         for kind, kind_templates in templates.items() for template in kind_templates]


def _prefix(name: str) -> str:
    return "b" + name.removeprefix("blind")  # "blind19" -> "b19"


def test_parser_reads_the_formats_used() -> None:
    check_parser()


@pytest.mark.parametrize("name", SETS)
def test_six_kinds_with_at_least_twenty_distinct_templates(name: str) -> None:
    check_kinds_and_names(TEMPLATES[name], _prefix(name))


@pytest.mark.parametrize("name", SETS)
def test_minimum_template_counts(name: str) -> None:
    templates, minimums = TEMPLATES[name], SETS[name]
    assert len(templates["restated_event"]) >= minimums.restated
    own = {"restated_event"}
    if minimums.duration is not None:
        assert len(templates["duration_arithmetic"]) >= minimums.duration
        own.add("duration_arithmetic")
    assert all(len(kind_templates) >= OTHERS_MINIMUM for kind, kind_templates in templates.items() if kind not in own)


@pytest.mark.parametrize("name", SETS)
def test_module_does_not_import_the_detector(name: str) -> None:
    check_no_detector_import(MODULES[name])


@pytest.mark.parametrize("name", SETS)
def test_templates_within_a_kind_have_different_wording(name: str) -> None:
    check_different_wording(TEMPLATES[name])


@pytest.mark.parametrize("name", SETS)
def test_restated_events_mix_same_and_different_head_words(name: str) -> None:
    names = [template.__name__ for template in TEMPLATES[name]["restated_event"]]
    same = [one for one in names if one.startswith(f"{_prefix(name)}_restated_same_")]
    different = [one for one in names if one.startswith(f"{_prefix(name)}_restated_diff_")]
    assert len(same) + len(different) == len(names)
    assert min(len(same), len(different)) >= SETS[name].each_wording


@pytest.mark.parametrize(("name", "kind", "template"), CASES,
                         ids=[f"{name}-{template.__name__}" for name, _, template in CASES])
def test_template_is_well_formed_and_a_real_conflict(name: str, kind: str, template: object) -> None:
    check_template(kind, template, RELATIVE_ANCHORS | SETS[name].extra_anchors)
