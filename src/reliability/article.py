"""The parsed article: validated inputs, typography-normalised text and tokens.

An :class:`Article` is built once per call and every feature reads from it, so
the text is validated, normalised and tokenised a single time. Normalisation
maps characters one-to-one (curly to straight quotes, dashes to ``-``, exotic
spaces to `` ``, a lone carriage return to a line break) so that every offset
found in the normalised text is also an offset into the caller's original text.

A text holding invisible format characters (soft hyphens, zero-width spaces and
joiners, byte order marks: Unicode category Cf) or decomposed accents ("Jose" +
U+0301) takes a rarer path: the format characters are dropped and each
combining sequence is composed (NFC), which changes lengths, so the article
keeps an :class:`OffsetMap` from its cleaned text back to the caller's, applied
where spans leave the library (:meth:`Article.original_spans`).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from reliability.errors import ArticleTypeError, InputTooLargeError, InvalidArticleError, check_int

if TYPE_CHECKING:
    from reliability.features.base import Span

__all__ = ["Article", "DEFAULT_MAX_CHARS", "OffsetMap", "normalise_typography", "parse_published"]

#: Default maximum length of ``text`` in characters (about 20 MB of ASCII).
DEFAULT_MAX_CHARS = 20_000_000

# Typographic habits identify outlets, not credibility: fold them away before any
# pattern sees the text. Each entry maps one character to one character so that
# offsets are preserved.
_TYPOGRAPHY: dict[int, str] = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
        "\u00b4": "'", "\u0060": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
        "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u205f": " ",
        "\u3000": " ", "\t": " ",
        "\u2026": ".",
    }
)
# str.translate looks up every character in the table (slowly, outside ASCII), and a
# regex split pays per mapped character.  An article holds few of the mapped characters:
# one fast substring test per character of the table, and a replace for those present,
# is three to six times quicker.  No replacement is itself a key, so the order of the
# replacements does not matter.
_TYPOGRAPHY_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (chr(code), replacement) for code, replacement in _TYPOGRAPHY.items()  # type: ignore[misc]
)
_ASCII_TYPOGRAPHY_PAIRS = tuple(pair for pair in _TYPOGRAPHY_PAIRS if pair[0].isascii())
# A carriage return not followed by "\n" (old Mac line endings) is a line break like "\n" and
# "\r\n"; the "\r" of "\r\n" stays (whitespace before the "\n"), as it always was.
_LONE_CR_RE = re.compile(r"\r(?!\n)")

# Invisible format characters (Unicode 14 category Cf): soft hyphen, zero-width space, joiners,
# word joiner, byte order mark, bidirectional marks, ...  "offi\u00adcials", "said\u200b" hide
# words from every pattern; they are dropped (tests/test_text_cleaning.py checks the table against
# unicodedata).
_FORMAT_RANGES: tuple[tuple[int, int], ...] = (
    (0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x890, 0x891),
    (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
    (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)
FORMAT_CHARACTERS: str = "".join(chr(code) for first, last in _FORMAT_RANGES for code in range(first, last + 1))
_FORMAT_SET = frozenset(FORMAT_CHARACTERS)
_FORMAT_RE = re.compile("[" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in _FORMAT_RANGES) + "]++")

# A word: letters/digits joined by single apostrophes or hyphens ("don't", "follow-up").
# The joiner is mandatory inside the repeated group, so matching stays linear.
WORD_RE = re.compile(r"\w+(?:['-]\w+)*")
# The same words as a capturing split: the pieces alternate gap, word, gap, ...,
# so offsets are running sums of their lengths, computed in C rather than one
# match object per word.  Leading with a single character class lets the engine
# skip gaps in C; possessive repeats are safe because giving back a word
# character never lets the rest match.  On ASCII text \w is exactly
# [0-9A-Za-z_], which the engine tests faster.
# The inner group captures each word's first character as well (for the capitalised
# and digit indices): the pieces then run gap, word, first character, gap, ...
_WORD_SPLIT_RE = re.compile(r"((\w)\w*+(?:['-]\w++)*+)")
_ASCII_WORD_SPLIT_RE = re.compile(r"(([0-9A-Za-z_])[0-9A-Za-z_]*+(?:['-][0-9A-Za-z_]++)*+)")

# A sentence ends at ., ! or ? (possibly repeated, possibly followed by a closing quote)
# followed by whitespace, or at a line break. Abbreviations are handled afterwards.
# Written to start with a character class (the engine then skips to candidates
# in C) and to try a run of terminal punctuation only from its first character:
# a match can never start inside a run, and trying every suffix of a long run
# of "!" would be quadratic.
# A line break takes the whitespace after it along: blank lines and indentation then cost
# one match, not one (empty) sentence each.  No terminator is whitespace, so none is lost.
_SENTENCE_END_RE = re.compile(r"[.!?\n](?:(?<=\n)\s*+|(?<![.!?].)[.!?]*+[\"')\]]*+(?=\s))")
_FIRST = itemgetter(0)
# From this many words on, the word offsets are kept in arrays and lower_words lowers
# each distinct word once: both quicker only for long texts (whose words repeat; the
# shared lower-case words break even at about 10,000).
_LONG_TEXT_WORDS = 20_000
# bytes.translate tables: 1 at the ASCII capitals (digits), 0 elsewhere.  On ASCII text
# str.isupper (str.isdigit) of one character is true exactly at those bytes.
_ASCII_UPPER_FLAGS = bytes(1 if 65 <= code <= 90 else 0 for code in range(256))
_ASCII_DIGIT_FLAGS = bytes(1 if 48 <= code <= 57 else 0 for code in range(256))
_ABBREVIATION_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|St|Jr|Sr|Inc|Ltd|Co|Corp|No|vs"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    r"|\b[A-Z]|\b(?:[A-Za-z]\.){1,4}[A-Za-z])\.$"
)


class cached_property:  # noqa: N801 - a drop-in for functools.cached_property
    """``functools.cached_property`` without its lock.

    Python 3.11's version takes a lock shared by every instance on each first
    access; an Article computes about ten properties per call.  Two threads
    computing the same property of one Article would store equal values.
    """

    def __init__(self, func: Any) -> None:
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


def normalise_typography(text: str) -> str:
    """Fold typographic variants to ASCII with a same-length mapping.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    str
        A string of the same length in which curly quotes are straight, dashes
        are ``-`` and exotic spaces are `` ``.

    Examples
    --------
    >>> normalise_typography("\u201cIt\u2019s a deal\u201d \u2014 she said")
    '"It\\'s a deal" - she said'
    """
    for old, new in _ASCII_TYPOGRAPHY_PAIRS if text.isascii() else _TYPOGRAPHY_PAIRS:
        if old in text:
            text = text.replace(old, new)
    if "\r" in text:
        text = _LONE_CR_RE.sub("\n", text)
    return text


def _needs_cleaning(text: str) -> bool:
    """Whether ``text`` holds a format character or a sequence that NFC changes.

    Called only when the typography-normalised text is not ASCII: none of the typography
    characters is a format character, a combining character or changed by NFC, so an
    ASCII ``norm`` proves its text clean (the common path pays one ``isascii``).
    """
    return not unicodedata.is_normalized("NFC", text) or any(map(text.__contains__, FORMAT_CHARACTERS))


def _is_cluster_mark(character: str) -> bool:
    """A combining mark (category M) or a Hangul vowel or final jamo: what ``_cluster_re`` joins to the
    character before it."""
    return (unicodedata.category(character)[0] == "M" or "\u1160" <= character <= "\u11ff"
            or "\ud7b0" <= character <= "\ud7ff")


@lru_cache(maxsize=1)
def _cluster_re() -> re.Pattern[str]:
    """A character that NFC changes on its own, or any character followed by combining ones.

    Built on the first text that needs it (a scan of unicodedata, some tens of ms).  NFC composes
    a character only with combining marks (category M) and Hangul vowel and final jamo after it
    (tests/test_text_cleaning.py checks this against unicodedata), so composing each such
    cluster on its own composes the text as NFC does (up to 30 marks in a row).
    """
    marks: list[str] = []
    unstable: list[str] = []
    for code in (*range(0x30000), *range(0xE0000, 0xE0200)):
        character = chr(code)
        if _is_cluster_mark(character):
            marks.append(character)
        decomposition = unicodedata.decomposition(character)
        if decomposition and decomposition[0] != "<" and unicodedata.normalize("NFC", character) != character:
            unstable.append(character)
    mark_class = "[" + "".join(map(re.escape, marks)) + "]"
    # At most 30 marks to a cluster (the Stream-Safe Text Format of UAX #15): CPython's NFC sorts
    # a run of marks in quadratic time, so a longer run is composed 30 marks at a time.
    return re.compile("[" + "".join(map(re.escape, unstable)) + "]" + mark_class + "{0,30}+|."
                      + mark_class + "{1,30}+", re.DOTALL)


class OffsetMap:
    """Where each character of a cleaned text comes from in the original text.

    The cleaned text is cut into segments, each ``(clean_start, original_start, original_end,
    exact)``: an exact segment is a run of characters copied one to one; an inexact one is a
    composed cluster ("e" + U+0301 -> "\u00e9"), of which every character maps to the whole
    original cluster.  Characters dropped from the original lie between segments.
    """

    __slots__ = ("_clean_starts", "_segments", "_clean_length", "_original_length", "_inner")

    def __init__(self, segments: list[tuple[int, int, int, bool]], clean_length: int, original_length: int,
                 inner: OffsetMap | None = None) -> None:
        self._segments = segments
        self._clean_starts = [segment[0] for segment in segments]
        self._clean_length = clean_length
        self._original_length = original_length
        self._inner = inner  # a map applied after this one (cleaning in two steps)

    def _one(self, start: int, end: int) -> tuple[int, int]:
        segments = self._segments
        if start >= self._clean_length:
            return self._original_length, self._original_length
        index = bisect_right(self._clean_starts, start) - 1
        clean_start, original_start, original_end, exact = segments[index]
        mapped_start = original_start + (start - clean_start) if exact else original_start
        if end <= start:
            return mapped_start, mapped_start
        index = bisect_right(self._clean_starts, end - 1) - 1
        clean_start, original_start, original_end, exact = segments[index]
        return mapped_start, (original_start + (end - clean_start) if exact else original_end)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the cleaned span ``start:end`` (whole clusters, never half of one)."""
        start, end = self._one(start, end)
        return self._inner.span(start, end) if self._inner is not None else (start, end)


def clean_text(text: str) -> tuple[str, OffsetMap | None]:
    """Drop format characters and compose combining sequences (NFC); map offsets back.

    Returns the text unchanged and None when there is nothing to clean.

    Examples
    --------
    >>> cleaned, offsets = clean_text("Jose\u0301 offi\u00adcials said\u200b")
    >>> cleaned
    'Jos\u00e9 officials said'
    >>> start, end = offsets.span(0, 4)
    >>> "Jose\u0301 offi\u00adcials said\u200b"[start:end]
    'Jose\u0301'
    """
    original = text
    offsets: OffsetMap | None = None
    if any(map(text.__contains__, FORMAT_CHARACTERS)):
        segments: list[tuple[int, int, int, bool]] = []
        pieces: list[str] = []
        kept = 0
        previous = 0
        for match in _FORMAT_RE.finditer(text):
            if match.start() > previous:
                segments.append((kept, previous, match.start(), True))
                pieces.append(text[previous:match.start()])
                kept += match.start() - previous
            previous = match.end()
        if previous < len(text):
            segments.append((kept, previous, len(text), True))
            pieces.append(text[previous:])
            kept += len(text) - previous
        offsets = OffsetMap(segments, kept, len(text))
        text = "".join(pieces)
    if not unicodedata.is_normalized("NFC", text):
        segments = []
        pieces = []
        length = 0
        previous = 0
        for match in _cluster_re().finditer(text):
            cluster = match.group()
            composed = unicodedata.normalize("NFC", cluster)
            if composed == cluster:
                continue
            if match.start() > previous:
                segments.append((length, previous, match.start(), True))
                pieces.append(text[previous:match.start()])
                length += match.start() - previous
            tail = len(composed) - 1
            if tail and cluster.endswith(composed[1:]) and unicodedata.normalize("NFC", cluster[:-tail]) == composed[0]:
                # Marks that compose with nothing ("A" + U+0300 + U+0816 -> "\u00c0" + U+0816) stay
                # characters of their own here; a span of the letter takes them in only when its end is
                # widened past trailing marks (Article._whole_clusters), as it is for uncleaned text.
                segments.append((length, match.start(), match.end() - tail, False))
                segments.append((length + 1, match.end() - tail, match.end(), True))
            else:
                segments.append((length, match.start(), match.end(), False))
            pieces.append(composed)
            length += len(composed)
            previous = match.end()
        if previous < len(text):
            segments.append((length, previous, len(text), True))
            pieces.append(text[previous:])
            length += len(text) - previous
        offsets = OffsetMap(segments, length, len(text), offsets)
        text = "".join(pieces)
    if offsets is None or text == original:
        return original, None
    return text, offsets


def parse_published(published: object) -> _dt.date | None:
    """Validate ``published``: a ``datetime.date``, an ISO 8601 string or None (a float NaN, a
    table's missing cell, counts as None).

    Examples
    --------
    >>> parse_published("2016-09-20")
    datetime.date(2016, 9, 20)
    >>> parse_published("2016-09-20T08:30:00Z")
    datetime.date(2016, 9, 20)
    """
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return _in_range(published.date(), published)
    if isinstance(published, _dt.date):
        return _in_range(published, published)
    if isinstance(published, str):
        stripped = published.strip()
        if not stripped:
            return None
        try:
            if len(stripped) == 10:
                parsed = _dt.date.fromisoformat(stripped)
            else:
                parsed = _dt.datetime.fromisoformat(stripped.replace("Z", "+00:00")).date()
        except ValueError:
            raise InvalidArticleError.for_parameter(
                "published", published, "an ISO 8601 date such as '2024-06-19'"
            ) from None
        return _in_range(parsed, published)
    if isinstance(published, float) and published != published:
        return None  # NaN: a missing cell of a table
    raise ArticleTypeError.for_parameter(
        "published", published, "a datetime.date, an ISO 8601 string or None"
    )


#: Publication dates the date engine accepts: it counts days, months and years from the
#: publication date, which overflowed datetime's range at year 9999.
PUBLISHED_RANGE = (_dt.date(1000, 1, 1), _dt.date(8999, 12, 31))


def _in_range(date: _dt.date, received: object) -> _dt.date:
    if not PUBLISHED_RANGE[0] <= date <= PUBLISHED_RANGE[1]:
        raise InvalidArticleError.for_parameter(
            "published", received, f"a date from {PUBLISHED_RANGE[0].isoformat()} to {PUBLISHED_RANGE[1].isoformat()}"
        )
    return date


def _optional_string(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float) and value != value:
        return None  # NaN: a missing cell of a table (records from DataFrame.to_dict), as DataFrames are read
    raise ArticleTypeError.for_parameter(name, value, "a str or None")


class Article:
    """One article, validated and parsed once.

    Parameters
    ----------
    text : str
        The body text. Offsets in every explanation refer to this string.
    title : str or None
        The headline, if known.
    published : datetime.date, ISO 8601 str or None
        The publication date, if known (1000-01-01 to 8999-12-31: ``PUBLISHED_RANGE``).
    source : str or None
        The outlet, if known. It is recorded, never used as a feature.
    max_chars : int
        Longest accepted ``text``; longer input raises
        :class:`~reliability.errors.InputTooLargeError`.

    Offsets found in ``norm`` (every property below) are offsets into ``text`` unless
    ``text`` held invisible format characters or decomposed accents: ``norm`` is then
    the typography-normalised ``clean_text`` (those dropped, these composed) and
    :meth:`original_spans` maps spans back through ``text_offsets`` (``title_offsets``).

    Examples
    --------
    >>> article = Article("Officials said it may rain. It did.", title="Rain")
    >>> article.word_count
    7
    >>> [article.text[s:e] for s, e in article.sentences]
    ['Officials said it may rain.', 'It did.']
    """

    __slots__ = ("text", "title", "published", "source", "norm", "norm_title", "clean_text", "text_offsets",
                 "title_offsets", "__dict__")

    def __init__(
        self,
        text: object,
        *,
        title: object = None,
        published: object = None,
        source: object = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        if not isinstance(text, str):
            raise ArticleTypeError.for_parameter("text", text, "a str (the article body)")
        if type(max_chars) is not int or max_chars < 1:  # type() first: the common case costs one test
            # Unchecked, max_chars="10" reached the comparison below as a bare TypeError. Other
            # integers (numpy.int64 from a DataFrame) are taken as ints, as min_words is; True is not.
            max_chars = check_int("max_chars", max_chars, 1, "a positive int")
        if len(text) > max_chars:
            raise InputTooLargeError(
                f"text: expected at most {max_chars:,} characters (max_chars), "
                f"received {len(text):,}"
            )
        self.text: str = text
        self.title: str | None = _optional_string("title", title)
        if self.title is not None and len(self.title) > max_chars:
            raise InputTooLargeError(
                f"title: expected at most {max_chars:,} characters, received {len(self.title):,}"
            )
        self.published: _dt.date | None = parse_published(published)
        self.source: str | None = _optional_string("source", source)
        norm = normalise_typography(text)
        #: The text ``norm`` is the typography-normalised copy of: ``text`` itself unless ``text``
        #: holds format characters or decomposed accents (then ``text_offsets`` maps back).
        self.clean_text: str = text
        self.text_offsets: OffsetMap | None = None
        if not norm.isascii() and _needs_cleaning(text):
            self.clean_text, self.text_offsets = clean_text(text)
            norm = normalise_typography(self.clean_text)
        self.norm: str = norm
        self.title_offsets: OffsetMap | None = None
        if self.title is None:
            self.norm_title: str | None = None
        else:
            norm = normalise_typography(self.title)
            if not norm.isascii() and _needs_cleaning(self.title):
                cleaned, self.title_offsets = clean_text(self.title)
                norm = normalise_typography(cleaned)
            self.norm_title = norm

    def original_spans(self, spans: Sequence[Span]) -> tuple[Span, ...]:
        """``spans`` (offsets into ``norm`` or ``norm_title``) as offsets into ``text`` and ``title``.

        The identity (the same tuple) unless the text or the title was cleaned, or a span ends before a
        combining mark (it then takes the marks in: :meth:`_whole_clusters`): every span that leaves the
        library passes here once.
        """
        text_offsets, title_offsets = self.text_offsets, self.title_offsets
        if text_offsets is None and title_offsets is None:
            return self._whole_clusters(tuple(spans))
        mapped = []
        for span in spans:
            offsets = title_offsets if span[3] == "title" else text_offsets
            if offsets is not None:
                # the same named tuple with new offsets, built in C (``_replace`` costs several times more)
                span = tuple.__new__(type(span), (*offsets.span(span[0], span[1]), span[2], span[3]))
            mapped.append(span)
        return self._whole_clusters(tuple(mapped))

    @cached_property
    def may_split_clusters(self) -> bool:
        """Whether a span could end between a character and the combining marks after it.

        Only a text whose typography-normalised copy is not ASCII can hold a mark (all are at or
        above U+0300), so English prose pays one ``isascii`` per field.
        """
        return bool(self._mark_fields)

    @cached_property
    def _mark_fields(self) -> dict[str, str]:
        fields = {}
        if not self.norm.isascii():
            fields["text"] = self.text
        if self.title is not None and not (self.norm_title or "").isascii():
            fields["title"] = self.title
        return fields

    def _whole_clusters(self, spans: tuple[Span, ...]) -> tuple[Span, ...]:
        """``spans`` with each end moved past the combining marks that follow it in the caller's string.

        A span never ends inside a character's cluster: its evidence is the same whether the caller
        sent an accent composed or decomposed (a composed "\u0f52" maps to a whole cluster; its
        decomposed "\u0f51\u0fb7" was cut before the mark, which no word pattern takes in).
        """
        fields = self._mark_fields
        if not fields:
            return spans
        widened: list[Span] | None = None
        for index, span in enumerate(spans):
            source = fields.get(span[3])
            start, end = span[0], span[1]
            if source is None or end <= start:
                continue
            # Marks, and the invisible format characters between them that cleaning drops ("0" + U+200B
            # + U+0300 is "0" + U+0300 to every pattern); format characters after the last mark stay out.
            stop = probe = end
            length = len(source)
            while probe < length and source[probe] >= "\u00ad":
                character = source[probe]
                if character in _FORMAT_SET:
                    probe += 1
                elif _is_cluster_mark(character):
                    probe += 1
                    stop = probe
                else:
                    break
            if stop != end:
                if widened is None:
                    widened = list(spans)
                widened[index] = tuple.__new__(type(span), (start, stop, span[2], span[3]))
        return spans if widened is None else tuple(widened)

    def _tokenise(self) -> None:
        """Split ``norm`` into words once: caches ``words``, ``word_starts``, ``word_ends``."""
        norm = self.norm
        pieces = (_ASCII_WORD_SPLIT_RE if norm.isascii() else _WORD_SPLIT_RE).split(norm)
        cache = self.__dict__
        cache["first_characters"] = "".join(pieces[2::3])
        del pieces[2::3]
        cache["words"] = tuple(pieces[1::2])
        # The pieces alternate gap, word, ..., gap: their running lengths alternate the
        # start and the end of each word (the last is the end of the text).  A long text
        # keeps them in an array of machine integers (8 bytes each rather than an int
        # object of 28 and a pointer); a list is indexed faster, which an article's size
        # of text gains more from.
        lengths = map(len, pieces)
        offsets = array("q", accumulate(lengths)) if len(pieces) >= 2 * _LONG_TEXT_WORDS else list(accumulate(lengths))
        cache["word_starts"] = offsets[0:-1:2]
        cache["word_ends"] = offsets[1::2]

    @cached_property
    def word_starts(self) -> Sequence[int]:
        """Start offsets of the words in ``norm`` (sorted, for bisection), parallel to ``words``."""
        self._tokenise()
        return self.__dict__["word_starts"]  # type: ignore[no-any-return]

    @cached_property
    def word_ends(self) -> Sequence[int]:
        """End offsets of the words in ``norm``, parallel to ``words``."""
        self._tokenise()
        return self.__dict__["word_ends"]  # type: ignore[no-any-return]

    @cached_property
    def word_spans(self) -> tuple[tuple[int, int], ...]:
        """Character spans of the words of ``norm`` (built on demand from ``word_starts`` and ``word_ends``)."""
        return tuple(zip(self.word_starts, self.word_ends))

    @cached_property
    def word_count(self) -> int:
        """Number of words in ``text``."""
        return len(self.words)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The words of ``text`` (typography-normalised), parallel to ``word_starts``."""
        self._tokenise()
        return self.__dict__["words"]  # type: ignore[no-any-return]

    @cached_property
    def lower_words(self) -> tuple[str, ...]:
        """The words of ``text`` in lower case, parallel to ``words``."""
        words = self.words
        if not words:
            return ()
        # One lower() over the joined words equals lowering each word: no word
        # contains a space, and a space stops the context of the final-sigma rule.
        if len(words) < _LONG_TEXT_WORDS:
            return tuple(" ".join(words).lower().split(" "))
        # A long text repeats its words: lower each distinct word once and share the
        # string.  A million words then hold tens of thousands of strings, not a
        # million, and every later look-up finds their hashes already computed.
        distinct = list(dict.fromkeys(words))
        lowered = dict(zip(distinct, " ".join(distinct).lower().split(" ")))
        return tuple(map(lowered.__getitem__, words))

    @cached_property
    def first_characters(self) -> str:
        """The first character of every word, one string (parallel to ``words``)."""
        self._tokenise()
        return self.__dict__["first_characters"]  # type: ignore[no-any-return]

    @cached_property
    def capitalised_indices(self) -> tuple[int, ...]:
        """Indices of the words whose first character is upper case."""
        # compress runs in C: several features need these few words, none all of them.
        firsts = self.first_characters
        if firsts.isascii():
            return tuple(compress(range(len(firsts)), firsts.encode("ascii").translate(_ASCII_UPPER_FLAGS)))
        return tuple(compress(range(len(firsts)), map(str.isupper, firsts)))

    @cached_property
    def digit_indices(self) -> tuple[int, ...]:
        """Indices of the words whose first character is a digit."""
        firsts = self.first_characters
        if firsts.isascii():
            return tuple(compress(range(len(firsts)), firsts.encode("ascii").translate(_ASCII_DIGIT_FLAGS)))
        return tuple(compress(range(len(firsts)), map(str.isdigit, firsts)))

    @cached_property
    def title_words(self) -> tuple[str, ...]:
        """The words of the title (empty when there is no title)."""
        if not self.norm_title:
            return ()
        return tuple(WORD_RE.findall(self.norm_title))

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Character spans of the sentences of ``norm``, whitespace trimmed."""
        norm = self.norm
        spans: list[tuple[int, int]] = []
        append = spans.append
        abbreviation = _ABBREVIATION_RE.search
        start = 0
        for match in _SENTENCE_END_RE.finditer(norm):
            end = match.end()
            terminal = match.group()
            first = start
            if terminal[0] == "\n":
                # The sentence ends before the line break (and any spaces before it); the
                # whitespace after it, taken along by the match, opens no sentence.
                last = match.start()
                while first < last and norm[first].isspace():
                    first += 1
                while last > first and norm[last - 1].isspace():
                    last -= 1
            else:
                if terminal == ".":
                    # "Mr. Smith", "U.S. officials": a period after an abbreviation ends nothing.
                    # (Only whitespace lies between the start and a later start: no
                    # abbreviation begins there, so the window finds the same matches.)
                    # Six letters straight before the period hold no word boundary and no
                    # period, so no abbreviation (at most five letters) ends there: the
                    # usual sentence end skips the search.
                    before = norm[end - 7:end - 1]
                    if not (len(before) == 6 and before.isalpha()) and abbreviation(norm, max(start, end - 12), end):
                        continue
                # The match ends with punctuation, a quote or a bracket: nothing to trim there.
                last = end
                while first < last and norm[first].isspace():
                    first += 1
            if last > first:
                append((first, last))
            start = end
        _append_trimmed(norm, start, len(norm), spans)
        return tuple(spans)


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
