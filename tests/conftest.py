from __future__ import annotations

import datetime

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=100_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in SEEDS}


def shared_data_dir() -> Path | None:
    from reliability.corpora import default_data_dir

    directory = default_data_dir()
    return directory if (directory / "buzzfeed_webis_2016" / "data.jsonl").exists() else None


requires_shared_data = pytest.mark.skipif(
    shared_data_dir() is None,
    reason="../shared/data is absent (a fresh clone): the labelled corpora are not shipped with the project",
)


def load_benchmark(name: str) -> ModuleType:
    """Import ``benchmarks/<name>.py`` (the folder is not a package), once per test session."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def date_conflicts(text: str, published: object = None) -> list[tuple[str, list[str]]]:
    """Each conflict ``analyse_dates`` finds in ``text``: its kind and the text of its evidence spans."""
    from reliability.features.temporal import analyse_dates

    return [(conflict.kind, [text[start:end] for start, end in conflict.spans])
            for conflict in analyse_dates(text, published=published).conflicts]  # type: ignore[arg-type]


#: The publication date the date-conflict benchmarks assume for the 2016 corpus articles.
PUBLISHED_STAND_IN = datetime.date(2016, 9, 27)


def dated_conflicts(text: str, published: object = PUBLISHED_STAND_IN) -> list[tuple[str, list[str]]]:
    """:func:`date_conflicts`, published on the stand-in date unless told otherwise."""
    return date_conflicts(text, published)


def dated_kinds(text: str, published: object = PUBLISHED_STAND_IN) -> list[str]:
    """The kinds of :func:`dated_conflicts`, in order."""
    return [kind for kind, _ in date_conflicts(text, published)]


def check_dated_case(text: str, expected: str | None, absent: str | None = None) -> None:
    """A generalisation case, published on the stand-in date: ``expected`` is among the kinds
    found; with ``expected`` None, ``absent`` is not (or, without ``absent``, nothing is)."""
    kinds = dated_kinds(text)
    if expected is not None:
        assert expected in kinds, dated_conflicts(text)
    elif absent is not None:
        assert absent not in kinds, dated_conflicts(text)
    else:
        assert kinds == [], dated_conflicts(text)
