"""Style and specificity: length, shouting, exclamations, numbers, reader address, headline."""

from __future__ import annotations

import math
import re

from reliability.article import Article
from reliability.features.base import Measurement, Span, density

__all__ = ["extract_style", "extract_headline"]

# Shouting: two or more ALL-CAPS words in a row ("URGENT UPDATE", "MUST SEE"), or one
# long ALL-CAPS word; short single ones are usually acronyms (NATO, KCNA).
_SHOUTING_RE = re.compile(r"\b[A-Z]{2,}(?:[ ]+[A-Z]{2,})+\b|\b[A-Z]{7,}\b")
_EXCLAMATION_RE = re.compile(r"!+")
_QUESTION_RE = re.compile(r"\?+")
# A number: digits with optional separators, or a written-out number up to "ten".
_NUMBER_RE = re.compile(r"\b\d+(?:[.,]\d+)*%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
                        r"dozens?|hundreds?|thousands?|millions?|billions?)\b", re.IGNORECASE)
_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_CLICKBAIT_RE = re.compile(
    r"\b(?:you won't believe|you will not believe|what happens next|what happened next|"
    r"will blow your mind|this is why|here's why|here is why|here's what|the reason why|"
    r"you need to|you should|won't believe|jaw-dropping|goes viral|can't stop|"
    r"this one|these \d+|\d+ (?:reasons|things|ways|times|photos|facts|signs))\b",
    re.IGNORECASE,
)


def _density_measurement(text: str, words: int, pattern: re.Pattern[str], note: str) -> Measurement:
    spans = tuple(Span(m.start(), m.end(), note) for m in pattern.finditer(text))
    value = density(len(spans), words)
    return Measurement(value, spans, "the text has no words" if math.isnan(value) else None)


def extract_style(article: Article) -> dict[str, Measurement]:
    """Measure length, shouting, exclamations, questions, numbers and reader address.

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
    words = article.word_count
    return {
        "word_count_log": Measurement(math.log1p(words)),
        "all_caps_density": _density_measurement(text, words, _SHOUTING_RE, "shouting in capitals"),
        "exclamation_density": _density_measurement(text, words, _EXCLAMATION_RE, "exclamation"),
        "question_density": _density_measurement(text, words, _QUESTION_RE, "question"),
        "number_density": _density_measurement(text, words, _NUMBER_RE, "specific number"),
        "second_person_density": _density_measurement(
            text, words, _SECOND_PERSON_RE, "addresses the reader"
        ),
    }


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
            )
        }
    title_words = article.title_words
    alphabetic = [word for word in title_words if word[:1].isalpha()]
    capitalised = [word for word in alphabetic if word[:1].isupper()]
    punctuation = tuple(
        Span(m.start(), m.end(), "headline punctuation", "title") for m in re.finditer(r"[!?]+", title)
    )
    clickbait = tuple(
        Span(m.start(), m.end(), "clickbait pattern", "title") for m in _CLICKBAIT_RE.finditer(title)
    )
    return {
        "headline_capitalised_share": Measurement(
            len(capitalised) / len(alphabetic) if alphabetic else math.nan,
            reason=None if alphabetic else "the title has no alphabetic words",
        ),
        "headline_word_count": Measurement(float(len(title_words))),
        "headline_punctuation": Measurement(float(len(punctuation)), punctuation),
        "headline_clickbait": Measurement(float(len(clickbait)), clickbait),
    }
