"""Building blocks shared by every feature: measurements, spans, lexicons."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reliability.article import Article

__all__ = [
    "Span",
    "Measurement",
    "FeatureSpec",
    "Extractor",
    "Lexicon",
    "load_lexicon",
    "density",
    "drop_overlapping",
]


@dataclass(frozen=True, slots=True)
class Span:
    """Where a feature found evidence: ``field`` is ``"text"`` or ``"title"``."""

    start: int
    end: int
    note: str
    field: str = "text"


@dataclass(frozen=True, slots=True)
class Measurement:
    """A feature's value and the evidence behind it.

    ``value`` is ``nan`` when the feature is undefined for this article, and
    ``reason`` then says why (never a fake 0).
    """

    value: float
    spans: tuple[Span, ...] = ()
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """One entry of the feature registry: a stable public name and its meaning."""

    name: str
    family: str
    description: str
    unit: str
    extractor: str


Extractor = Callable[["Article"], dict[str, Measurement]]


def density(count: float, words: int) -> float:
    """Occurrences per 1,000 words, or ``nan`` for a text without words."""
    if words <= 0:
        return math.nan
    return 1000.0 * count / words


def _term_pattern(term: str) -> str:
    # Spaces in a lexicon term match any run of spaces; a trailing * any word continuation.
    wildcard = term.endswith("*")
    if wildcard:
        term = term[:-1]
    parts = [re.escape(part) for part in term.split()]
    body = r"[ \t]+".join(parts)
    head = r"\b" if term[:1].isalnum() or term[:1] == "_" else ""
    tail = r"\w*" if wildcard else (r"\b" if term[-1:].isalnum() else "")
    return head + body + tail


@dataclass(frozen=True)
class Lexicon:
    """A word list loaded from ``reliability/lexicons/<name>.tsv``.

    ``terms`` maps each category to its terms in file order.
    """

    name: str
    terms: dict[str, tuple[str, ...]]

    def pattern(self, categories: Iterable[str], *, case_sensitive: bool = False) -> re.Pattern[str]:
        """Compile one alternation of the terms of ``categories``, longest first.

        Alternatives are literals between word boundaries, so matching is
        linear in the length of the text.
        """
        terms = sorted(
            {term for category in categories for term in self.terms.get(category, ())},
            key=lambda term: (-len(term), term),
        )
        if not terms:
            return re.compile(r"(?!)")
        flags = 0 if case_sensitive else re.IGNORECASE
        return re.compile("|".join(_term_pattern(term) for term in terms), flags)


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> Lexicon:
    """Read a lexicon shipped in the package (cached: each file is parsed once).

    Examples
    --------
    >>> "reportedly" in load_lexicon("hedging").terms["adverb"]
    True
    """
    text = resources.files("reliability.lexicons").joinpath(f"{name}.tsv").read_text("utf-8")
    terms: dict[str, list[str]] = {}
    for line_number, line in enumerate(text.splitlines()[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(
                f"lexicon {name}.tsv line {line_number}: expected 4 tab-separated fields "
                f"(term, category, weight, source), received {len(fields)}"
            )
        terms.setdefault(fields[1], []).append(fields[0])
    return Lexicon(name, {category: tuple(values) for category, values in terms.items()})


def drop_overlapping(
    spans: Iterator[tuple[int, int]] | Iterable[tuple[int, int]],
    excluded: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Sort spans, keep the first of overlapping ones and drop those touching ``excluded``."""
    blocked = sorted(excluded)
    kept: list[tuple[int, int]] = []
    block_index = 0
    last_end = -1
    for start, end in sorted(spans):
        if start < last_end:
            continue
        while block_index < len(blocked) and blocked[block_index][1] <= start:
            block_index += 1
        if block_index < len(blocked) and blocked[block_index][0] < end:
            continue
        kept.append((start, end))
        last_end = end
    return kept
