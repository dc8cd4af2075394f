"""Date features: internal date conflicts and explicit dating, from the temporal engine."""

from __future__ import annotations

import math

from reliability.article import Article
from reliability.features.base import Measurement, Span, density, new_tuple
from reliability.features.temporal import CONFLICT_KINDS, _analyse

__all__ = ["extract_dates"]

_EXPLICIT_KINDS = frozenset({"date", "month_year"})


def extract_dates(article: Article) -> dict[str, Measurement]:
    """Count internal date conflicts by kind, and explicit dates per 1,000 words.

    Examples
    --------
    >>> from reliability.article import Article
    >>> result = extract_dates(Article("The vote was on Monday, March 14, 2017. Turnout was high."))
    >>> result["date_conflicts"].value, result["weekday_mismatch"].value
    (1.0, 1.0)
    """
    # analyse_dates() without its public TemporalExpression objects: the candidates carry
    # the same kind, offsets and note, and only the explicit dates are needed here.
    candidates, conflicts, _reference, _inferred = _analyse(article.norm, article.published)
    results: dict[str, Measurement] = {}
    by_kind: dict[str, list[Span]] = {kind: [] for kind in CONFLICT_KINDS}
    counts = dict.fromkeys(CONFLICT_KINDS, 0)
    for conflict in conflicts:
        counts[conflict.kind] += 1
        by_kind[conflict.kind].extend(
            Span(start, end, f"{conflict.kind.replace('_', ' ')}: {conflict.explanation}")
            for start, end in conflict.spans
        )
    all_spans: list[Span] = []
    for kind in CONFLICT_KINDS:
        results[kind] = new_tuple(Measurement, (float(counts[kind]), tuple(by_kind[kind]), None))
        all_spans.extend(by_kind[kind])
    results["date_conflicts"] = Measurement(float(sum(counts.values())), tuple(all_spans))
    explicit = [e for e in candidates if e.kind in _EXPLICIT_KINDS]
    value = density(len(explicit), article.word_count)
    results["dated_reference_density"] = Measurement(
        value,
        tuple([
            new_tuple(Span, (e.start, e.end, f"explicit date ({e.note})" if e.note else "explicit date", "text"))
            for e in explicit
        ]),
        "the text has no words" if math.isnan(value) else None,
    )
    return results
