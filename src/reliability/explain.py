"""Typed explanations: :class:`Assessment`, :class:`Contribution`, :class:`Evidence`."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple

from reliability._gc import call_paused

__all__ = ["Assessment", "Contribution", "Evidence", "FailedItem", "LABEL_THRESHOLDS", "DISCLAIMER"]

#: ``credible`` at or above the first, ``not credible`` below the second, else ``uncertain``.
LABEL_THRESHOLDS = (0.6, 0.4)


def format_credibility(probability: float, digits: int = 2, *, percent: bool = False) -> str:
    """``probability`` to ``digits`` decimals, cut rather than rounded where rounding would carry it
    onto a label threshold: 0.5996 ("uncertain") is shown as 0.59, not as 0.60 beside
    "credible from 0.6"; 0.3996 ("not credible") as 0.39.

    >>> format_credibility(0.5996), format_credibility(0.6), format_credibility(0.3996), format_credibility(0.7149)
    ('0.59', '0.60', '0.39', '0.71')
    >>> format_credibility(0.5996, percent=True)
    '59%'
    """
    scale = 10 ** digits
    shown = round(probability * scale) / scale
    if any(probability < threshold <= shown for threshold in LABEL_THRESHOLDS):
        shown = math.floor(probability * scale) / scale
    return f"{shown * 100:.{max(0, digits - 2)}f}%" if percent else f"{shown:.{digits}f}"

# to_dict() of an assessment with this many evidence spans (a text of about 100 KB or
# more) runs with the cyclic garbage collector paused: the dictionaries it builds hold no
# cycles, and collections triggered by them would re-traverse the whole result.
_PAUSE_GC_EVIDENCE = 3_000
# Line breaks and other control whitespace inside an evidence line of explain(), as spaces: only
# "\n" was replaced, and the "\r" of a Windows text sent the terminal's cursor back to the start
# of the line, overwriting it.
_ONE_LINE = str.maketrans({character: " " for character in "\r\n\t\v\f\x1c\x1d\x1e\x85\u2028\u2029"})

DISCLAIMER = (
    "This score measures credibility signals in the writing (sourcing, hedging, urgency, "
    "internal consistency), not whether the claims are true."
)


# Evidence and Contribution are immutable named tuples rather than frozen dataclasses:
# an assessment holds a hundred or so, and tuples are several times cheaper to build
# and to pickle (score_many moves them between worker processes).
class Evidence(NamedTuple):
    """A span of the input that produced a feature value.

    ``field`` says which input the offsets index: ``"text"`` (the body) or
    ``"title"``. Always ``input[start:end] == text``.
    """

    feature: str
    start: int
    end: int
    text: str
    note: str
    field: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.feature, "start": self.start, "end": self.end,
            "text": self.text, "note": self.note, "field": self.field,
        }


class Contribution(NamedTuple):
    """One feature's share of the score, in log-odds.

    ``value`` is the raw feature value (``nan`` when undefined, then ``reason``
    says why and the contribution is 0: the model treats it as average).
    """

    feature: str
    value: float
    contribution: float
    description: str
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "feature": self.feature,
            "value": None if math.isnan(self.value) else self.value,
            "contribution": self.contribution,
            "description": self.description,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class FailedItem:
    """A batch item that could not be scored: its position and why.

    ``index`` is the item's position in the batch (0-based), also for a DataFrame: its
    row label is ``frame.index[item.index]``.
    """

    index: int
    error: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "error": self.error, "message": self.message}


@dataclass(frozen=True)
class Assessment:
    """The result of :func:`reliability.score`.

    Attributes
    ----------
    credibility : float or None
        Calibrated probability that the article is credible, or None when
        there is too little text to judge (see ``flags``).
    label : str
        ``"credible"``, ``"uncertain"``, ``"not credible"`` or ``"insufficient text"``.
    logit : float or None
        log(p / (1 - p)); equals the sum of ``contributions``.
    features : Mapping[str, float]
        Every feature by its stable name (``nan`` when undefined).
    contributions : Mapping[str, float]
        Log-odds contribution of each model feature, plus ``"intercept"``
        (and ``"prior_adjustment"`` when a prior was given).
    evidence : tuple of Evidence
        The spans that produced the features.
    """

    credibility: float | None
    label: str
    logit: float | None
    features: Mapping[str, float]
    contributions: Mapping[str, float]
    evidence: tuple[Evidence, ...]
    details: tuple[Contribution, ...] = ()
    flags: tuple[str, ...] = ()
    word_count: int = 0
    model: str = ""
    reasons: Mapping[str, str] = field(default_factory=dict)
    #: 90 % interval of ``credibility`` from the uncertainty of the model's weights (how much
    #: the score would move with another training sample), not its error against the truth.
    interval: tuple[float, float] | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # score_many moves assessments between processes. Pickled as they are, the hundred
        # or so Evidence and Contribution named tuples are each written with their class
        # and rebuilt through it; as columns of plain values they pickle and load in C.
        evidence_columns = tuple(zip(*self.evidence)) if self.evidence else ()
        detail_columns = tuple(zip(*self.details)) if self.details else ()
        return (_rebuild_assessment, (
            self.credibility, self.label, self.logit, self.features, self.contributions, evidence_columns,
            detail_columns, self.flags, self.word_count, self.model, self.reasons, self.interval,
        ))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dictionary (``nan`` becomes ``None``)."""
        return call_paused(len(self.evidence) >= _PAUSE_GC_EVIDENCE, self._to_dict)

    def _to_dict(self) -> dict[str, Any]:
        return {
            "credibility": self.credibility,
            "label": self.label,
            "logit": self.logit,
            "flags": list(self.flags),
            "word_count": self.word_count,
            "model": self.model,
            "features": {k: (None if math.isnan(v) else v) for k, v in self.features.items()},
            "contributions": dict(self.contributions),
            # Contribution.to_dict and Evidence.to_dict inlined, unpacking each named tuple
            # once: an article holds about fifty contributions and a hundred spans.
            "details": [
                {"feature": feature, "value": None if math.isnan(value) else value,
                 "contribution": contribution, "description": description, "reason": reason}
                for feature, value, contribution, description, reason in self.details
            ],
            "evidence": [
                {"feature": feature, "start": start, "end": end, "text": text, "note": note, "field": field}
                for feature, start, end, text, note, field in self.evidence
            ],
            "reasons": dict(self.reasons),
            "interval": None if self.interval is None else list(self.interval),
            "disclaimer": DISCLAIMER,
        }

    def to_json(self, **kwargs: Any) -> str:
        """The assessment as a JSON string; ``kwargs`` go to :func:`json.dumps` (``ensure_ascii=False`` unless given)."""
        # ensure_ascii=True (ASCII-only JSON) raised "got multiple values for keyword argument".
        return json.dumps(self.to_dict(), **{"ensure_ascii": False, **kwargs})

    def to_html(self, text: str, title: str | None = None) -> str:
        """A self-contained HTML report; ``text``/``title`` must be what was scored.

        See :func:`reliability.report.render_html`.
        """
        from reliability.report import render_html  # lazy: scoring never pays for the report

        return render_html(self, text, title)

    def explain(self, *, top: int = 8, source_text: str | None = None, max_spans: int | None = 5) -> str:
        """A readable multi-line explanation: score, main reasons, evidence.

        ``source_text`` (the body that was scored) adds context around each span.
        Evidence is grouped by feature, the features that move the score most
        first (those weighted 0 last), at most ``max_spans`` spans each in text
        order with a count of the rest; ``max_spans=None`` lists every span.
        """
        from reliability.errors import ArticleTypeError, check_int

        for name, value, expected in (("top", top, "a non-negative int"),
                                      ("max_spans", max_spans, "a non-negative int or None")):
            if value is None and name == "max_spans":
                continue
            check_int(name, value, 0, expected)  # numpy ints too
        if source_text is not None:
            if not isinstance(source_text, str):
                raise ArticleTypeError.for_parameter("source_text", source_text, "the scored text (a str) or None")
            from reliability.report import _check_offsets

            # Context is cut from source_text around each span: from another text it would
            # quote the wrong words beside every span (to_html makes the same check).
            _check_offsets([item for item in self.evidence if item.field == "text"], source_text, None,
                           self.word_count, text_name="source_text")
        lines: list[str] = []
        if self.credibility is None:
            words = f"{self.word_count} word" + ("" if self.word_count == 1 else "s")
            lines.append(f"Credibility: not judged ({self.label}; {words}).")
        else:
            lines.append(
                f"Credibility: {format_credibility(self.credibility)} ({self.label}); log-odds {self.logit:+.2f}."
                + (f" 90 % interval from the model's parameter uncertainty: "
                   f"{self.interval[0]:.2f}-{self.interval[1]:.2f}." if self.interval else "")
            )
        lines.append(DISCLAIMER)
        ranked = sorted(self.details, key=lambda item: -abs(item.contribution))
        if ranked:
            lines.append("")
            lines.append("Main reasons (log-odds; + raises, - lowers the score; each feature is compared with the "
                         "average training article, so a feature at 0 can move the score too):")
            intercept = self.contributions.get("intercept", 0.0)
            lines.append(f"  {intercept:+.2f}  baseline (intercept)")
            if "prior_adjustment" in self.contributions:
                lines.append(f"  {self.contributions['prior_adjustment']:+.2f}  prior adjustment")
            for item in ranked[:top]:
                value = "undefined" if math.isnan(item.value) else f"{item.value:.3g}"
                lines.append(f"  {item.contribution:+.2f}  {item.feature} = {value}: {item.description}")
            rest = sum(item.contribution for item in ranked[top:])
            if len(ranked) > top:
                lines.append(f"  {rest:+.2f}  {len(ranked) - top} other features")
            # Signals the text shows but the model gives no weight (a weight held at 0 by its
            # sign constraint): named, so a reader does not take their absence from the
            # reasons for their absence from the text.
            spans: dict[str, int] = {}
            for item in self.evidence:
                spans[item.feature] = spans.get(item.feature, 0) + 1
            silent = [item for item in self.details if item.contribution == 0.0 and spans.get(item.feature)
                      and not math.isnan(item.value) and item.value != 0.0]
            if silent:
                lines.append("Found in the text but weighted 0 by this model (see its model card):")
                for item in silent:
                    lines.append(f"  {item.feature} = {item.value:.3g} ({spans[item.feature]} spans): {item.description}")
        if self.evidence:
            lines.append("")
            limit = "" if max_spans is None else f"; at most {max_spans} spans per feature"
            lines.append(f"Evidence (the features that move the score most first{limit}):")
            by_feature: dict[str, list[Evidence]] = {}
            for item in self.evidence:
                by_feature.setdefault(item.feature, []).append(item)
            weight = {item.feature: abs(item.contribution) for item in self.details}
            order = {name: index for index, name in enumerate(by_feature)}
            for feature in sorted(by_feature, key=lambda name: (-weight.get(name, 0.0), order[name])):
                items = sorted(by_feature[feature], key=lambda item: (item.field != "title", item.start))
                shown = items if max_spans is None else items[:max(0, max_spans)]
                for item in shown:
                    where = f"{item.field}[{item.start}:{item.end}]"
                    context = ""
                    if source_text is not None and item.field == "text":
                        before = source_text[max(0, item.start - 30):item.start]
                        after = source_text[item.end:item.end + 30]
                        context = f"  ...{before}[{item.text}]{after}...".translate(_ONE_LINE)
                    lines.append(f"  {item.feature:<26} {where:<16} {item.note.translate(_ONE_LINE)}{context}")
                if len(items) > len(shown):
                    lines.append(f"  {feature:<26} ... {len(items) - len(shown)} more "
                                 "(max_spans=None or --all-evidence lists every span)")
        for flag in self.flags:
            lines.append(f"Flag: {flag}")
        return "\n".join(lines)


def _rebuild_assessment(
    credibility: float | None, label: str, logit: float | None, features: Mapping[str, float],
    contributions: Mapping[str, float], evidence_columns: tuple[tuple[Any, ...], ...],
    detail_columns: tuple[tuple[Any, ...], ...], flags: tuple[str, ...], word_count: int, model: str,
    reasons: Mapping[str, str], interval: tuple[float, float] | None,
) -> Assessment:
    """Inverse of ``Assessment.__reduce__`` (rows rebuilt with tuple.__new__, in C)."""
    evidence = tuple(map(partial(tuple.__new__, Evidence), zip(*evidence_columns)))
    details = tuple(map(partial(tuple.__new__, Contribution), zip(*detail_columns)))
    return Assessment(
        credibility=credibility, label=label, logit=logit, features=features, contributions=contributions,
        evidence=evidence, details=details, flags=flags, word_count=word_count, model=model, reasons=reasons,
        interval=interval,
    )
