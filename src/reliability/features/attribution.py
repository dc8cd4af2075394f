"""Attribution: who the article says its information comes from.

Counts attributions to unnamed sources ("a source with direct access said",
"officials said", "an official, speaking on condition of anonymity") and to
named ones ("Benjamin Young said", "according to KCNA"), plus quoted speech.
"""

from __future__ import annotations

import math
import re

from reliability.article import Article
from reliability.features.base import Measurement, Span, density, load_lexicon

__all__ = ["extract_attribution", "UPPERCASE_CLASS"]


def _uppercase_class() -> str:
    # Python's re has no \p{Lu}: list the upper-case letters of the scripts news is written
    # in (Latin, Greek, Cyrillic, Armenian, Georgian, ...) so "Михайлов" counts as a name.
    letters = "".join(chr(code) for code in range(0x41, 0x2000) if chr(code).isupper())
    return "[" + re.escape(letters) + "]"


UPPERCASE_CLASS = _uppercase_class()

_LEXICON = load_lexicon("anonymous_sources")
_SPEECH_VERBS = _LEXICON.terms["speech_verb"]
_VERB = "(?:" + "|".join(sorted(_SPEECH_VERBS, key=len, reverse=True)) + ")"
_VERB_RE = re.compile(r"\b" + _VERB + r"\b", re.IGNORECASE)
_STRONG_NOUN_RE = _LEXICON.pattern(["source_noun"])
_VAGUE_GROUP_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(term) for term in _LEXICON.terms["vague_group"]) + r")\b"
    r"(?:[ ]+(?:have|had|who|also|now|often|privately|openly|widely|even|already)){0,2}[ ]+"
    + _VERB + r"\b",
    re.IGNORECASE,
)
_ANONYMITY_RE = _LEXICON.pattern(["anonymity"])

# Determiners and adjectives that may open an anonymous-source noun phrase.
_NP_OPENER_RE = re.compile(
    r"(?:\b(?:a|an|one|two|three|four|five|several|some|many|multiple|other|the|these|those|"
    r"various|numerous|unnamed|anonymous|senior|top|high-ranking|former|western|military|"
    r"government|administration|intelligence|diplomatic|trusted|knowledgeable|informed|close)"
    r"[ ]+){1,4}$",
    re.IGNORECASE,
)
# Words after the noun that make it a description of an unnamed person.
_DESCRIPTOR_RE = re.compile(
    r"[ ]*,?[ ]*(?:familiar with|close to|with (?:direct |first-hand |firsthand )?(?:access|knowledge)"
    r"|briefed on|involved in|speaking on|who (?:spoke|asked|requested|declined|was not|were not)"
    r"|inside|within)\b",
    re.IGNORECASE,
)
# "officials at the Bank of England", "a source from Gazprom": a named organisation.
_NAMED_ORGANISATION_RE = re.compile(
    r"[ ]+(?:at|from|of|with|in)[ ]+(?:the[ ]+)?" + UPPERCASE_CLASS + r"\w"
)
# "source" that is not a person: "sources of revenue", "source code", "open-source".
_NOT_A_PERSON_AFTER_RE = re.compile(
    r"[ ]*(?:of\b|code|material|text|file|data|document|language|country|countries|control|"
    r"figures?|statistics|statements?|visit|residence|website|channels?|results?|records?|"
    r"numbers?|estimates?|list|policy|position|capacity|language|business|duties|trip|"
    r"languages?|status|title|documents?|reports?|announcement|count|toll|data)\b",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(r"[.;:!?\"\n]")
_ACCORDING_TO_RE = re.compile(
    r"(?:according[ ]+to|obtained[ ]+by|provided[ ]+by|leaked[ ]+by|cited[ ]+by)[ ]+$", re.IGNORECASE
)
_VERB_BEFORE_RE = re.compile(r"\b" + _VERB + r"[ ]+$", re.IGNORECASE)

_NAME_TOKEN = UPPERCASE_CLASS + r"[\w'.-]*"
_NAME = _NAME_TOKEN + r"(?:[ ]+(?:" + _NAME_TOKEN + r"|de|van|von|al|bin|da|del|la|le))"  + r"{0,4}"
_NAMED_BEFORE_VERB_RE = re.compile(
    r"(?P<name>" + _NAME + r")(?:[ ]*,[^,.;!?\"\n]{1,80},)?[ ]+(?P<verb>" + _VERB + r")\b"
)
_NAMED_AFTER_VERB_RE = re.compile(
    r"\b(?P<verb>said|says|told|according[ ]+to|(?:reported|published|quoted|cited|released|flagged"
    r"|confirmed|announced)[ ]+by)[ ]+(?:the[ ]+)?(?P<name>" + _NAME + r")"
)
_NOT_NAMES = frozenset(
    "the a an he she they it we i you this that these those but and or so then there here his "
    "her their its our my your one who what when where why how if as at in on of for to by "
    "officials official sources source critics experts analysts some many others reports "
    "president minister spokesman spokeswoman spokesperson police authorities".split()
)
_QUOTE_RE = re.compile(r'"[^"\n]{1,1500}"')


def _is_name(candidate: str) -> bool:
    tokens = candidate.split()
    while tokens and tokens[0].lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    return bool(tokens) and tokens[0].lower().strip(".,'") not in _NOT_NAMES


def _anonymous_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return (anonymous attributions, attributions to named organisations)."""
    spans: list[tuple[int, int]] = []
    organisations: list[tuple[int, int]] = []
    for match in _STRONG_NOUN_RE.finditer(text):
        start, end = match.span()
        if start > 0 and text[start - 1] in "-":
            continue  # "open-source", "multi-source"
        before = text[max(0, start - 60):start]
        after = text[end:end + 160]
        if _NOT_A_PERSON_AFTER_RE.match(after):
            continue
        organisation = _NAMED_ORGANISATION_RE.match(after)
        if organisation is not None:
            organisation_verb = _VERB_RE.search(after, organisation.end(), 120)
            if organisation_verb is not None:
                organisations.append((start, end + organisation_verb.end()))
            continue
        if match.group().lower() == "official" and not re.match(r"[ ]*(?:,|said|says|told|who|with|familiar|close|speaking|\.)", after):
            continue  # "official figures show": an adjective, not a person
        opener = _NP_OPENER_RE.search(before)
        phrase_start = start - len(opener.group()) if opener else start
        clause_end = _CLAUSE_END_RE.search(after)
        clause = after[: clause_end.start()] if clause_end else after
        verb_after = _VERB_RE.search(clause, 0, 120)
        attributed = (
            _ACCORDING_TO_RE.search(before) is not None
            or _VERB_BEFORE_RE.search(before) is not None
            or _DESCRIPTOR_RE.match(after) is not None
            or verb_after is not None
        )
        if not attributed:
            continue
        # A capitalised name right after the noun ("analyst John Smith said") names the source.
        if re.match(r"[ ]+" + UPPERCASE_CLASS + r"[a-z]", after) and not verb_after:
            continue
        phrase_end = end + verb_after.end() if verb_after is not None and verb_after.start() < 80 else end
        if verb_after is not None and re.search(r"," + "[ ]*" + UPPERCASE_CLASS, clause[: verb_after.start()]):
            # "a trusted correspondent, Михайлов argued": the verb belongs to the named person.
            phrase_end = end
        descriptor = _DESCRIPTOR_RE.match(after)
        if descriptor is not None and verb_after is None:
            phrase_end = end + descriptor.end()
        spans.append((phrase_start, phrase_end))
    for match in _VAGUE_GROUP_RE.finditer(text):
        if match.start() > 0 and text[match.start() - 1] == "-":
            continue
        spans.append(match.span())
    anonymity = [match.span() for match in _ANONYMITY_RE.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans + anonymity):
        # "an official, speaking on condition of anonymity, said" is one attribution.
        if merged and start <= merged[-1][1] + 3:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged, organisations


def _named_spans(
    text: str, anonymous: list[tuple[int, int]], organisations: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = list(organisations)
    for pattern in (_NAMED_BEFORE_VERB_RE, _NAMED_AFTER_VERB_RE):
        for match in pattern.finditer(text):
            if _is_name(match.group("name")):
                spans.append(match.span())
    spans.sort()
    kept: list[tuple[int, int]] = []
    anon_index = 0
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        while anon_index < len(anonymous) and anonymous[anon_index][1] <= start:
            anon_index += 1
        if anon_index < len(anonymous) and anonymous[anon_index][0] < end:
            continue
        kept.append((start, end))
    return kept


def extract_attribution(article: Article) -> dict[str, Measurement]:
    """Measure anonymous and named attribution and quoted speech in the body.

    Examples
    --------
    >>> from reliability.article import Article
    >>> text = ("According to a source with direct access to the talks, the plan is set. "
    ...         "Officials at the Bank of England said rates hold. Benjamin Young said it was real.")
    >>> result = extract_attribution(Article(text))
    >>> [text[s.start:s.end] for s in result["anonymous_source_density"].spans]
    ['a source with direct access']
    >>> [text[s.start:s.end] for s in result["named_attribution_density"].spans]
    ['Officials at the Bank of England said', 'Benjamin Young said']
    """
    text = article.norm
    words = article.word_count
    anonymous, organisations = _anonymous_spans(text)
    named = _named_spans(text, anonymous, organisations)
    quotes = [match.span() for match in _QUOTE_RE.finditer(text) if (match.end() - match.start()) > 12]
    no_words = "the text has no words"
    results: dict[str, Measurement] = {}
    for name, spans, note in (
        ("anonymous_source_density", anonymous, "unnamed source"),
        ("named_attribution_density", named, "named source"),
        ("quote_density", quotes, "quoted speech"),
    ):
        value = density(len(spans), words)
        results[name] = Measurement(
            value,
            tuple(Span(start, end, note) for start, end in spans),
            no_words if math.isnan(value) else None,
        )
    total = len(anonymous) + len(named)
    results["anonymous_source_ratio"] = (
        Measurement(len(anonymous) / total)
        if total
        else Measurement(math.nan, reason="no attributions found, so the share of unnamed ones is undefined")
    )
    return results
