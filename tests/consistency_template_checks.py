"""Shared helpers for the well-formedness tests of the independent consistency template sets
(``tests/test_consistency_templates_blind*.py``); no detector code is used here."""

from __future__ import annotations

import importlib.util
import re
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
