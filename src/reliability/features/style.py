"""Style and specificity: length, shouting, exclamations, numbers, reader address, headline."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import compress

from reliability.article import Article
from reliability.features.base import PHRASES, Measurement, Span, density, new_tuple, spans_with_note

__all__ = ["extract_style", "extract_headline"]

# Written to start with a literal: the engine then jumps between candidates in C, whereas
# a pattern opening with a repeat ("!+") is tried at every position of the text.
_EXCLAMATION_RE = re.compile(r"!!*")
_QUESTION_RE = re.compile(r"\?\?*")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands "
    "million millions billion billions".split()
)
_SECOND_PERSON = frozenset("you your yours yourself yourselves".split())
# Both lists are found in the shared pass over the words (one dictionary look-up per word
# serves every lexicon), not in a pass of their own.
PHRASES.register("style", (
    [(word, "style:number_word", "number_word", False) for word in sorted(_NUMBER_WORDS)]
    + [(word, "style:second_person", "second_person", False) for word in sorted(_SECOND_PERSON)]
))
_CLICKBAIT_RE = re.compile(
    r"\b(?:you won't believe|you will not believe|what happens next|what happened next|"
    r"will blow your mind|this is why|here's why|here is why|here's what|here's how|the reason why|"
    r"you need to|you should|won't believe|jaw-dropping|goes viral|can't stop|will make you|"
    r"this one|these \d+|\d+ (?:reasons|things|ways|times|photos|pictures|facts|signs|people|times|"
    r"questions|moments|struggles|tweets|gifs|tips|tricks|secrets|celebrities|dogs|cats)|"
    r"which \w+(?: \w+){0,3} are you|can you guess|guess what|you'll never|you have to see|"
    r"everyone is talking|literally|omg|wtf|lol)\b"
    # Forward references at the start: "This Comedian's Special...", "Here Are...", "Why You..."
    r"|^(?:this|these|here's|here are|here is|why you|how to|what you|what it's like|when you)\b",
    re.IGNORECASE,
)


_READER_RE = re.compile(r"\b(?:you|your|yours|yourself|you're|you'll|you've|you'd)\b", re.IGNORECASE)
# An ALL-CAPS word of five letters or more ("SHOCKING", "BREAKING"); shorter ones are mostly
# acronyms (NATO, FBI) and are counted only in a run of two or more ("WAKE UP").
_HEADLINE_CAPS_RE = re.compile(r"\b[A-Z]{5,}\b|\b[A-Z]{2,}(?: [A-Z]{2,})+\b")
_HEADLINE_PUNCTUATION_RE = re.compile(r"[!?]+")
# A wire dateline is not shouting: "NEW YORK (AP) -", "WASHINGTON, D.C. -", "KENT, OHIO-A ...".
# It is a run of at most four capitalised words opening a line, then an optional ", Place"
# (the comma optional) and "(Agency)", then a dash (typography is normalised, so every dash
# is "-"). Whether an
# article carries one says which outlet wrote it, not how credible it is: in the shared
# corpora datelines open credible Webis articles and Horne's satire alike. Bounded
# quantifiers only: linear on any input.
_DATELINE_TAIL_RE = re.compile(r"\)? ?(?:,? ?[A-Z][A-Za-z.]{0,20}(?: [A-Z][A-Za-z.]{0,20}){0,2})? ?(?:\([^()\n]{1,40}\) ?)?-")
# Capitals that open a line as a cue, not a place ("BREAKING -", "URGENT UPDATE -"): still shouting.
_NOT_A_PLACE = frozenset(
    "BREAKING URGENT UPDATE UPDATED ALERT EXCLUSIVE WATCH BOMBSHELL SHOCKING DEVELOPING JUST WARNING "
    "NEWS LIVE VIDEO WOW OMG MUST READ SHARE".split()
)
_MAX_DATELINE_WORDS = 4
_WORD_CHARACTER_RE = re.compile(r"\w")
# A capitalised word right after one of these opens a quotation or a parenthesis: no entity.
_NOT_BEFORE_ENTITY = frozenset('"(\'')


def _density(spans: list[tuple[int, int]], words: int, note: str) -> Measurement:
    value = density(len(spans), words)
    # Measurement(value, spans, reason), built in C.
    return new_tuple(Measurement, (  # type: ignore[no-any-return]
        value,
        spans_with_note(spans, note),
        "the text has no words" if math.isnan(value) else None,
    ))


def extract_style(article: Article) -> dict[str, Measurement]:
    """Measure length, shouting, exclamations, questions, numbers and reader address.

    Shouting is two or more ALL-CAPS words in a row ("URGENT UPDATE") or one
    ALL-CAPS word of seven letters or more; shorter single ones are usually
    acronyms (NATO, KCNA).

    Examples
    --------
    >>> from reliability.article import Article
    >>> result = extract_style(Article("WAKE UP PEOPLE! You must see 3 things!!"))
    >>> [s.note for s in result["all_caps_density"].spans]
    ['shouting in capitals']
    >>> len(result["exclamation_density"].spans)
    2
    """
    text = article.norm
    starts = article.word_starts
    ends = article.word_ends
    words = article.words
    sentence_starts = {start for start, _ in article.sentences}
    # Python-level work only at the few words that matter: the look-ups and first-character
    # tests run in C (the shared phrase pass, the article's indices), the loops below over their hits.
    counted = PHRASES.hits(article, "style")
    number_words = [hit.first for hit in counted if hit.category == "number_word"]
    numbers = [(starts[i], ends[i]) for i in sorted({*article.digit_indices, *number_words})]
    # A reader-address word starts with "y", never with a digit.
    second_person = [(starts[hit.first], ends[hit.first]) for hit in counted if hit.category == "second_person"]
    # A capitalised word inside a sentence names something (runs count once: "Kim Jong Un").
    capitalised = article.capitalised_indices
    entities: list[tuple[int, int]] = []
    previous_entity = -2
    for index in capitalised:
        start, end = starts[index], ends[index]
        previous_character = text[start - 1:start]  # "" at the start of the text
        if previous_character == "." and index > 0 and ends[index - 1] == start - 1 and len(words[index]) == 1 \
                and len(words[index - 1]) == 1 and words[index].isalpha() and words[index - 1].isalpha():
            # A dotted abbreviation ("U.S.", "D.C.", "U.K."): one entity, the whole of it with its
            # final period, when its first letter is one; none when that was not (it opened a
            # sentence, or followed a quote), rather than a letter of it.
            if previous_entity == index - 1:
                entities[-1] = (entities[-1][0], end + 1 if text[end:end + 1] == "." else end)
                previous_entity = index
            continue
        if start in sentence_starts or words[index] == "I":
            continue
        if previous_character in _NOT_BEFORE_ENTITY:
            continue
        if previous_character == " ":
            if start >= 2 and text[start - 2] in ":-":
                continue  # after ": " or "- "
            # Only one space since the previous capitalised word: one name ("Kim Jong Un").
            if previous_entity == index - 1 and start - ends[index - 1] == 1:
                entities[-1] = (entities[-1][0], end)
                previous_entity = index
                continue
        entities.append((start, end))
        previous_entity = index
    # Shouting: the few capitalised words in capitals throughout (picked out in C), in runs.
    shouting: list[tuple[int, int]] = []
    run_first = run_last = -2
    for index in compress(capitalised, map(str.isupper, map(words.__getitem__, capitalised))):
        word = words[index]
        if len(word) >= 2 and word.isalpha():
            if run_last == index - 1:
                run_last = index
            else:
                if run_first >= 0:
                    _close_run(words, starts, ends, run_first, run_last, shouting, text)
                run_first = run_last = index
    if run_first >= 0:
        _close_run(words, starts, ends, run_first, run_last, shouting, text)
    count = article.word_count
    return {
        "word_count_log": Measurement(math.log1p(count)),
        "all_caps_density": _density(shouting, count, "shouting in capitals"),
        "exclamation_density": _density([m.span() for m in _EXCLAMATION_RE.finditer(text)], count, "exclamation"),
        "question_density": _density([m.span() for m in _QUESTION_RE.finditer(text)], count, "question"),
        "number_density": _density(numbers, count, "specific number"),
        "second_person_density": _density(second_person, count, "addresses the reader"),
        "named_entity_density": _density(entities, count, "named entity"),
    }


def _close_run(words: tuple[str, ...], starts: Sequence[int], ends: Sequence[int], first: int, last: int,
               out: list[tuple[int, int]], text: str) -> None:
    if (last > first or len(words[first]) >= 7) and not _is_dateline(words, starts, ends, first, last, text):
        out.append((starts[first], ends[last]))


def _is_dateline(words: tuple[str, ...], starts: Sequence[int], ends: Sequence[int], first: int, last: int,
                 text: str) -> bool:
    """Whether the capitals run ``first``..``last`` is a wire dateline opening a line."""
    start = starts[first]
    # Opens a line: only spaces or tabs between it and a line break (or the start of the text).
    # A fixed look-back, so a text of many runs and no line breaks stays linear.
    before = text[max(0, start - 8):start].rstrip(" \t")
    if not (before.endswith("\n") or (before == "" and start <= 8)):
        return False
    if last - first >= _MAX_DATELINE_WORDS or any(words[i] in _NOT_A_PLACE for i in range(first, last + 1)):
        return False
    return _DATELINE_TAIL_RE.match(text, ends[last]) is not None


def extract_headline(article: Article) -> dict[str, Measurement]:
    """Measure headline cues: capitalisation, length, ``!``/``?`` and clickbait patterns.

    Every headline feature is ``nan`` (with a reason) when no title is given.

    Examples
    --------
    >>> from reliability.article import Article
    >>> result = extract_headline(Article("Body.", title="You Won't Believe What Happens Next!"))
    >>> result["headline_capitalised_share"].value
    1.0
    >>> [s.field for s in result["headline_clickbait"].spans]
    ['title', 'title']
    """
    title = article.norm_title
    if not title or not article.title_words:
        reason = "no title given" if title is None else "the title has no words"
        return {
            name: Measurement(math.nan, reason=reason)
            for name in (
                "headline_capitalised_share",
                "headline_word_count",
                "headline_punctuation",
                "headline_clickbait",
                "headline_reader_address",
                "headline_number_start",
                "headline_all_caps_words",
            )
        }
    title_words = article.title_words
    alphabetic = [word for word in title_words if word[:1].isalpha()]
    capitalised = [word for word in alphabetic if word[:1].isupper()]
    punctuation = tuple(
        Span(m.start(), m.end(), "headline punctuation", "title") for m in _HEADLINE_PUNCTUATION_RE.finditer(title)
    )
    clickbait = tuple(
        Span(m.start(), m.end(), "clickbait pattern", "title") for m in _CLICKBAIT_RE.finditer(title)
    )
    reader = tuple(
        Span(m.start(), m.end(), "addresses the reader", "title") for m in _READER_RE.finditer(title)
    )
    first_word = title_words[0]
    number_start = first_word[0].isdigit() or first_word.lower() in _NUMBER_WORDS
    opening = _WORD_CHARACTER_RE.search(title)
    number_spans = (
        (Span(opening.start(), opening.start() + len(first_word), "opens with a number", "title"),)
        if number_start and opening is not None else ()
    )
    shouting = tuple(
        Span(m.start(), m.end(), "capitals in the headline", "title") for m in _HEADLINE_CAPS_RE.finditer(title)
    )
    return {
        "headline_reader_address": Measurement(float(len(reader)), reader),
        "headline_number_start": Measurement(float(bool(number_spans)), number_spans),
        "headline_all_caps_words": Measurement(float(len(shouting)), shouting),
        "headline_capitalised_share": Measurement(
            len(capitalised) / len(alphabetic) if alphabetic else math.nan,
            reason=None if alphabetic else "the title has no alphabetic words",
        ),
        "headline_word_count": Measurement(float(len(title_words))),
        "headline_punctuation": Measurement(float(len(punctuation)), punctuation),
        "headline_clickbait": Measurement(float(len(clickbait)), clickbait),
    }
