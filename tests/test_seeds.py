"""The five seed articles: the first demo and regression inputs (never used for tuning)."""

from __future__ import annotations

import pytest

from reliability import score

_KNOWN_MISS = pytest.mark.xfail(
    strict=True,
    reason="known miss, recorded in seeds/README.md: the 0.2 model scores the alarmist 001 (0.67) above 004 "
           "(0.57), whose secrecy framing and name slip outweigh its named sources; strict, so a fix is noticed",
)


@pytest.mark.parametrize(
    ("low", "high"),
    [("000", "002"), ("000", "004"), ("001", "002"), pytest.param("001", "004", marks=_KNOWN_MISS)],
)
def test_seed_ordering(seed_texts: dict[str, str], low: str, high: str) -> None:
    scores = {key: score(seed_texts[key]).credibility for key in (low, high)}
    assert all(value is not None for value in scores.values())
    assert scores[low] < scores[high], scores


def _top_reasons(text: str, count: int = 4) -> list[str]:
    result = score(text)
    negative = sorted((item for item in result.details if item.contribution < 0), key=lambda item: item.contribution)
    return [item.feature for item in negative[:count]]


def test_seed_000_is_explained_by_unnamed_sources_and_secrecy(seed_texts: dict[str, str]) -> None:
    reasons = _top_reasons(seed_texts["000"])
    assert "anonymous_source_density" in reasons or "secrecy_density" in reasons, reasons
    evidence = {item.text for item in score(seed_texts["000"]).evidence}
    assert "a source with direct access" in evidence
    assert "highly classified" in evidence


def test_seed_001_is_explained_by_urgency(seed_texts: dict[str, str]) -> None:
    assert "urgency_density" in _top_reasons(seed_texts["001"]), _top_reasons(seed_texts["001"])
    evidence = {item.text for item in score(seed_texts["001"]).evidence}
    assert {"URGENT UPDATE", "cannot be overstated", "Stay tuned"} <= evidence
