"""Lexicon features: hedging, urgency, secrecy, revelation framing and loaded language.

Each is a density (matches per 1,000 words of the body) with one evidence span
per match. The lexicons are data files in ``reliability/lexicons``; all of them
are matched together in one pass over the article's words.
"""

from __future__ import annotations

import math
import re

from reliability.article import Article
from reliability.features.base import PHRASES, Measurement, Span, density, load_lexicon, new_tuple

__all__ = ["extract_lexical"]

# feature name -> (lexicon file, categories, case-sensitive categories, evidence note)
_FEATURES: dict[str, tuple[str, tuple[str, ...], frozenset[str], str]] = {
    "hedging_density": ("hedging", ("adverb", "modal", "phrase"), frozenset({"modal"}), "hedge"),
    "weasel_density": ("weasel", ("weasel",), frozenset(), "weasel word"),
    "urgency_density": ("urgency", ("alarm_phrase", "caps_alarm"), frozenset({"caps_alarm"}), "urgency"),
    "secrecy_density": ("secrecy", ("secrecy",), frozenset(), "secrecy claim"),
    "revelation_density": ("revelation", ("revelation",), frozenset(), "revelation framing"),
    "loaded_language_density": ("loaded", ("insult", "sensational"), frozenset(), "loaded word"),
    "intensifier_density": ("loaded", ("intensifier",), frozenset(), "intensifier"),
    "fear_appeal_density": ("loaded", ("fear",), frozenset(), "fear appeal"),
    "superlative_density": ("loaded", ("superlative",), frozenset(), "superlative"),
    "distancing_density": ("loaded", ("distancing",), frozenset(), "distancing"),
    "partisan_label_density": ("partisan", ("group_label",), frozenset(), "partisan label"),
    "first_person_density": ("first_person", ("singular", "plural", "plural_lowercase"),
                             frozenset({"plural_lowercase"}), "first person"),
}
_EXCLUSION = "/exclusion"


def _entries() -> list[tuple[str, str, str, bool]]:
    entries: list[tuple[str, str, str, bool]] = []
    for feature, (lexicon_name, categories, sensitive, _note) in _FEATURES.items():
        lexicon = load_lexicon(lexicon_name)
        for category in categories:
            entries.extend((term, feature, category, category in sensitive) for term in lexicon.terms[category])
        entries.extend((term, feature + _EXCLUSION, "exclusion", False) for term in lexicon.terms.get("exclusion", ()))
    return entries


PHRASES.register("lexical", _entries())
# Two or more "!" in a row (with optional "1"s, as in "!!!1") are shouting.
# Both patterns open with a literal so that the engine skips to candidates in C.
_EXCLAMATION_RUN = re.compile(r"!!+1*")
# Scare quotes: one to three lower-case words quoted inside a sentence (the "experts", a "news"
# site). Longer quotes are speech, capitalised ones are titles or names.
_SCARE_QUOTE = re.compile(r'"(?<=[A-Za-z,] ")([a-z][a-z\'-]*(?: [a-z\'-]+){0,2})"(?!,? ?(?:he|she|they|it|i|we) )')


def extract_lexical(article: Article) -> dict[str, Measurement]:
    """Measure every lexicon feature of the body in one pass.

    Examples
    --------
    >>> from reliability.article import Article
    >>> result = extract_lexical(Article("URGENT UPDATE: it reportedly may fail. Stay tuned!!"))
    >>> [span.note for span in result["urgency_density"].spans]
    ["urgency: 'URGENT UPDATE'", "urgency: 'Stay tuned'", "urgency: '!!'"]
    >>> round(result["hedging_density"].value)
    250
    >>> extract_lexical(Article("He could not be reached for comment.", title=None))["hedging_density"].value
    0.0
    """
    text = article.norm
    starts = article.word_starts
    ends = article.word_ends
    hits = PHRASES.hits(article, "lexical")
    blocked: dict[str, list[tuple[int, int]]] = {}
    found: dict[str, list[tuple[int, int]]] = {feature: [] for feature in _FEATURES}
    for hit in hits:
        start, end = starts[hit.first], ends[hit.last]
        if hit.tag.endswith(_EXCLUSION):
            blocked.setdefault(hit.tag[: -len(_EXCLUSION)], []).append((start, end))
        else:
            found[hit.tag].append((start, end))
    found["urgency_density"].extend(match.span() for match in _EXCLAMATION_RUN.finditer(text))
    found["distancing_density"].extend(match.span() for match in _SCARE_QUOTE.finditer(text))
    words = article.word_count
    results: dict[str, Measurement] = {}
    for feature, (_lexicon, _categories, _sensitive, note) in _FEATURES.items():
        excluded = blocked.get(feature, ())
        kept = sorted(
            (start, end) for start, end in found[feature]
            if not any(b_start < end and start < b_end for b_start, b_end in excluded)
        ) if excluded else sorted(found[feature])
        value = density(len(kept), words)
        # Measurement(value, spans, reason) and Span(start, end, note), built in C.
        results[feature] = new_tuple(Measurement, (
            value,
            tuple([new_tuple(Span, (start, end, f"{note}: {text[start:end]!r}", "text")) for start, end in kept]),
            "the text has no words" if math.isnan(value) else None,
        ))
    return results
