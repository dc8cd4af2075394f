"""The five seed articles: the first demo and regression inputs (never used for tuning)."""

from __future__ import annotations

from reliability import score


def test_seed_ordering(seed_texts: dict[str, str]) -> None:
    scores = {key: score(text).credibility for key, text in seed_texts.items()}
    assert all(value is not None for value in scores.values())
    for low in ("000", "001"):
        for high in ("002", "004"):
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
