"""Lexicon features: hedging, urgency, secrecy and loaded language.

Each is a density (matches per 1,000 words of the body) with one evidence span
per match. Lexicons are data files in ``reliability/lexicons``; the patterns
are compiled once, at import.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reliability.article import Article
from reliability.features.base import Measurement, Span, density, drop_overlapping, load_lexicon

__all__ = ["extract_lexical"]


@dataclass(frozen=True)
class _LexiconFeature:
    name: str
    note: str
    insensitive: re.Pattern[str]
    sensitive: re.Pattern[str]
    exclusion: re.Pattern[str]
    extra: re.Pattern[str] | None = None

    def measure(self, text: str, words: int, field: str = "text") -> tuple[int, tuple[Span, ...]]:
        excluded = [match.span() for match in self.exclusion.finditer(text)]
        found = [match.span() for match in self.insensitive.finditer(text)]
        found.extend(match.span() for match in self.sensitive.finditer(text))
        if self.extra is not None:
            found.extend(match.span() for match in self.extra.finditer(text))
        kept = drop_overlapping(found, excluded)
        return len(kept), tuple(
            Span(start, end, f"{self.note}: {text[start:end]!r}", field) for start, end in kept
        )


def _build(name: str, lexicon_name: str, note: str, *, sensitive: tuple[str, ...] = (),
           extra: re.Pattern[str] | None = None) -> _LexiconFeature:
    lexicon = load_lexicon(lexicon_name)
    insensitive_categories = [c for c in lexicon.terms if c not in sensitive and c != "exclusion"]
    return _LexiconFeature(
        name=name,
        note=note,
        insensitive=lexicon.pattern(insensitive_categories),
        sensitive=lexicon.pattern(sensitive, case_sensitive=True),
        exclusion=lexicon.pattern(["exclusion"]),
        extra=extra,
    )


# Two or more "!" in a row (with optional "1"s, as in "!!!1") are shouting.
_EXCLAMATION_RUN = re.compile(r"!{2,}1*")

_HEDGING = _build("hedging_density", "hedging", "hedge", sensitive=("modal",))
_URGENCY = _build("urgency_density", "urgency", "urgency", sensitive=("caps_alarm",),
                  extra=_EXCLAMATION_RUN)
_SECRECY = _build("secrecy_density", "secrecy", "secrecy claim")
_LOADED_LEXICON = load_lexicon("loaded")
_LOADED = _LexiconFeature(
    "loaded_language_density", "loaded word",
    _LOADED_LEXICON.pattern(["insult", "sensational"]), re.compile(r"(?!)"),
    re.compile(r"(?!)"),
)
_INTENSIFIER = _LexiconFeature(
    "intensifier_density", "intensifier",
    _LOADED_LEXICON.pattern(["intensifier"]), re.compile(r"(?!)"), re.compile(r"(?!)"),
)
_FEAR = _LexiconFeature(
    "fear_appeal_density", "fear appeal",
    _LOADED_LEXICON.pattern(["fear"]), re.compile(r"(?!)"), re.compile(r"(?!)"),
)
_FEATURES = (_HEDGING, _URGENCY, _SECRECY, _LOADED, _INTENSIFIER, _FEAR)


def extract_lexical(article: Article) -> dict[str, Measurement]:
    """Measure every lexicon feature of the body.

    Examples
    --------
    >>> from reliability.article import Article
    >>> result = extract_lexical(Article("URGENT UPDATE: it reportedly may fail. Stay tuned!!"))
    >>> [article_span.note for article_span in result["urgency_density"].spans]
    ["urgency: 'URGENT UPDATE'", "urgency: 'Stay tuned'", "urgency: '!!'"]
    >>> round(result["hedging_density"].value)
    250
    """
    words = article.word_count
    results: dict[str, Measurement] = {}
    for feature in _FEATURES:
        count, spans = feature.measure(article.norm, words)
        value = density(count, words)
        reason = "the text has no words" if math.isnan(value) else None
        results[feature.name] = Measurement(value, spans, reason)
    return results
