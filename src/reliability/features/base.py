"""Building blocks shared by every feature: measurements, spans, lexicons."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

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
    "spans_with_note",
]


# Span and Measurement are created by the hundred per article: named tuples are
# immutable like frozen dataclasses but several times cheaper to build.
class Span(NamedTuple):
    """Where a feature found evidence: ``field`` is ``"text"`` or ``"title"``."""

    start: int
    end: int
    note: str
    field: str = "text"


# Span(start, end, note) runs the named tuple's Python-level __new__; tuple.__new__ builds
# the same object in C, in about half the time (every field must then be given).
new_tuple = tuple.__new__


def spans_with_note(pairs: Iterable[tuple[int, int]], note: str, field: str = "text") -> tuple[Span, ...]:
    """``tuple(Span(start, end, note, field) for start, end in pairs)``, built faster."""
    return tuple([new_tuple(Span, (start, end, note, field)) for start, end in pairs])


class Measurement(NamedTuple):
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

    ``terms`` maps each category to its terms in file order; ``rows`` holds every
    (term, category, weight) in file order, for the lexicons whose weight column
    carries data (a family's once-only flag, a stage's order).
    """

    name: str
    terms: dict[str, tuple[str, ...]]
    rows: tuple[tuple[str, str, str], ...] = ()

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
    rows: list[tuple[str, str, str]] = []
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
        rows.append((fields[0], fields[1], fields[2].strip()))
    return Lexicon(name, {category: tuple(values) for category, values in terms.items()}, tuple(rows))


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


class PhraseHit(NamedTuple):
    """A lexicon phrase found in the word sequence: word indices and its tag."""

    first: int
    last: int
    tag: str
    category: str


class PhraseMatcher:
    """Find lexicon phrases in one pass over an article's words.

    Matching is a dictionary look-up per word (then a check of the few
    phrases that start with it), so it costs the same however many terms the
    lexicons hold, and it is linear in the length of the text. A phrase
    matches only words separated by spaces on one line. Terms of categories in
    ``case_sensitive`` must match as written ("BREAKING", not "breaking").
    """

    def __init__(self, entries: Iterable[tuple[str, str, str, bool]]) -> None:
        # entries: (term, tag, category, case_sensitive)
        from reliability.article import WORD_RE

        # first word -> (one-word entries, {second word -> longer entries, longest first}):
        # a common first word ("the", "is") costs one more look-up, not a check of every
        # phrase that starts with it.
        Entry = tuple[tuple[str, ...], str, str, bool]
        singles: dict[str, list[Entry]] = {}
        longer: dict[str, dict[str, list[Entry]]] = {}
        for term, tag, category, case_sensitive in entries:
            words = tuple(WORD_RE.findall(term))
            if not words:
                continue
            key_words = words if case_sensitive else tuple(word.lower() for word in words)
            entry = (key_words, tag, category, case_sensitive)
            if len(words) == 1:
                singles.setdefault(key_words[0].lower(), []).append(entry)
            else:
                longer.setdefault(key_words[0].lower(), {}).setdefault(key_words[1].lower(), []).append(entry)
        for by_second in longer.values():
            for candidates in by_second.values():
                candidates.sort(key=lambda candidate: -len(candidate[0]))
        self._index: dict[str, tuple[list[Entry], dict[str, list[Entry]]]] = {
            first: (singles.get(first, []), longer.get(first, {})) for first in set(singles) | set(longer)
        }

    def find(self, text: str, starts: Sequence[int], ends: Sequence[int], words: Sequence[str],
             lower_words: Sequence[str]) -> list[PhraseHit]:
        """All hits, longest phrase first at each position, non-overlapping per tag."""
        index = self._index
        hits: list[PhraseHit] = []
        next_free: dict[str, int] = {}
        count = len(words)
        # Phrases are compared as tuple slices, in C.
        if not isinstance(words, tuple):
            words = tuple(words)
        if not isinstance(lower_words, tuple):
            lower_words = tuple(lower_words)
        # The dictionary look-up of every word runs in C (map); Python code runs only for
        # the few words that start some phrase.
        looked_up = list(map(index.get, lower_words))
        # Every found entry is a non-empty tuple, so compress keeps exactly the words found.
        for position in compress(range(count), looked_up):
            singles, by_second = looked_up[position]  # type: ignore[misc]
            longer = by_second.get(lower_words[position + 1]) if by_second and position + 1 < count else None
            if longer:
                for key_words, tag, category, case_sensitive in longer:
                    if next_free.get(tag, 0) > position:
                        continue
                    last = position + len(key_words) - 1
                    if last >= count:
                        continue
                    source = words if case_sensitive else lower_words
                    if source[position:last + 1] != key_words:
                        continue
                    if not _spaced(text, starts, ends, position, last):
                        continue
                    hits.append(new_tuple(PhraseHit, (position, last, tag, category)))
                    next_free[tag] = last + 1
            if not singles:
                continue
            for key_words, tag, category, case_sensitive in singles:
                if next_free.get(tag, 0) > position:
                    continue
                if case_sensitive and words[position] != key_words[0]:
                    continue
                hits.append(new_tuple(PhraseHit, (position, position, tag, category)))
                next_free[tag] = position + 1
        return hits


def _spaced(text: str, starts: Sequence[int], ends: Sequence[int], first: int, last: int) -> bool:
    for k in range(first, last):
        gap = text[ends[k]:starts[k + 1]]
        if not gap or gap.strip(" ") or len(gap) > 3:
            return False
    return True


class PhraseGroups:
    """Several extractors' lexicons found in one pass over an article's words.

    Each extractor registers its entries under a group name (its tags must be
    its own); the first extractor to ask for an article's hits runs one
    :meth:`PhraseMatcher.find` over all groups, and the hits are kept on the
    article for the others. Tags are disjoint between groups and ``find``
    tracks overlaps per tag, so every group gets exactly the hits its own
    matcher would find: only the dictionary look-up of every word is shared.
    """

    def __init__(self) -> None:
        import threading

        self._entries: dict[str, list[tuple[str, str, str, bool]]] = {}
        self._owner: dict[str, str] = {}
        # (matcher, tag -> group, groups it covers), built once from the groups registered so
        # far. Registration and the build hold the lock: extractor modules register when they
        # are first imported, which on a cold start can happen in one thread while another
        # thread is already matching.
        self._matcher: tuple[PhraseMatcher, dict[str, str], tuple[str, ...]] | None = None
        self._lock = threading.Lock()

    def register(self, group: str, entries: Iterable[tuple[str, str, str, bool]]) -> None:
        listed = list(entries)
        tags = {tag for _term, tag, _category, _case_sensitive in listed}
        with self._lock:
            for tag in tags:
                if self._owner.get(tag, group) != group:
                    raise ValueError(f"phrase tag {tag!r} of group {group!r} is already used by group {self._owner[tag]!r}")
            self._owner.update(dict.fromkeys(tags, group))
            self._entries[group] = listed
            self._matcher = None

    def _current(self) -> tuple[PhraseMatcher, dict[str, str], tuple[str, ...]]:
        state = self._matcher
        if state is None:
            with self._lock:
                state = self._matcher
                if state is None:
                    state = self._matcher = (
                        PhraseMatcher(entry for entries in self._entries.values() for entry in entries),
                        dict(self._owner), tuple(self._entries),
                    )
        return state

    def hits(self, article: Article, group: str) -> list[PhraseHit]:
        """The hits of ``group``'s entries in ``article``'s body (computed once per article)."""
        cached = article.__dict__.get("_phrase_hits")
        if cached is None or group not in cached:
            # Only the groups the matcher holds get an entry: a group registered after it was
            # built is matched again (by a new matcher) when it is asked for.
            matcher, owner, covered = self._current()
            cached = {name: [] for name in covered}
            for hit in matcher.find(article.norm, article.word_starts, article.word_ends, article.words, article.lower_words):
                cached[owner[hit.tag]].append(hit)
            article.__dict__["_phrase_hits"] = cached
        return cached[group]


#: The lexicons of the attribution and lexical features, matched together.
PHRASES = PhraseGroups()
