"""Attribution: who the article says its information comes from.

Counts attributions to unnamed sources ("a source with direct access said",
"officials said", "an official, speaking on condition of anonymity") and to
named ones ("Benjamin Young said", "according to KCNA"), plus quoted speech.
Work is one pass over the words (dictionary look-ups); the context of each
candidate is then checked locally, so cost is linear in the text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from reliability.article import Article
from reliability.features.base import Measurement, PhraseMatcher, density, load_lexicon, spans_with_note

__all__ = ["extract_attribution"]

_LEXICON = load_lexicon("anonymous_sources")
_MATCHER = PhraseMatcher(
    (term, category, category, False)
    for category in ("source_noun", "vague_group", "anonymity", "speech_verb", "source_cue", "institution")
    for term in _LEXICON.terms[category]
)
_SPEECH_VERBS = frozenset(_LEXICON.terms["speech_verb"])
# Verbs that may precede the speaker ("said Smith", "explains Benjamin Young"); not "told",
# whose object is the listener ("told TASS").
_NAMING_VERBS = frozenset("said says explains explained added adds wrote writes noted notes".split())
_EXPERT_ROLES = PhraseMatcher(
    (term, "expert", "expert_role", False) for term in load_lexicon("experts").terms["expert_role"]
)
# Bare quantifiers ("Some say", "Many believe") attribute only when a clause follows the verb;
# "Many said goodbye", "Many claim forms were rejected" do not.
_BARE_QUANTIFIERS = frozenset("some many others few most several".split())
_CLAUSE_OPENERS = frozenset(
    "that the a an it he she they this these those there we his her their its our in".split()
)
# Phrases between "according to" and the source: "according to a statement from Microsoft".
_DOCUMENT_NOUNS = frozenset(
    "statement report study survey analysis release data figures estimates spokesman spokeswoman "
    "spokesperson filing letter memo post tweet".split()
)
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?\"\n]")
_ANONYMOUS_CUES = frozenset({"obtained by", "provided by", "leaked by", "according to"})
_ADVERBS = frozenset(
    "have had has who also now often privately openly widely even already long repeatedly publicly "
    "previously reportedly".split()
)

# Determiners and adjectives that may open an anonymous-source noun phrase.
_NP_OPENERS = frozenset(
    "a an one two three four five several some many multiple other the these those various numerous "
    "unnamed anonymous senior top high-ranking former western military government administration "
    "intelligence diplomatic trusted knowledgeable informed close russian american u.s us".split()
)
# Words after the noun that make it a description of an unnamed person.
_COMMA_THEN_LETTER_RE = re.compile(r",[ ]*+[^\W\d_]")
_DESCRIPTOR_RE = re.compile(
    r"(?<![ ])[ ]*+,?[ ]*+(?:familiar with|close to|with (?:direct |first-hand |firsthand )?(?:access|knowledge)"
    r"|briefed on|involved in|speaking on|who (?:spoke|asked|requested|declined|was not|were not))\b",
    re.IGNORECASE,
)
# "source" that is not a person: "sources of revenue", "source code", "official figures".
_NOT_A_PERSON_AFTER = frozenset(
    "of code material text file data document documents language languages country countries control "
    "figure figures statistics statement statements visit residence website channel channels result "
    "results record records number numbers estimate estimates list policy position capacity business "
    "duties trip status title report reports announcement count toll media news agency agencies "
    "portal account accounts version versions".split()
)
_OFFICIAL_NOUN_NEXT = frozenset("said says told who with familiar close speaking".split())
_ORGANISATION_PREPOSITIONS = frozenset("at from of with in".split())
_NOT_NAMES = frozenset(
    "the a an he she they it we i you this that these those but and or so then there here his "
    "her their its our my your one who what when where why how if as at in on of for to by "
    "officials official sources source critics experts analysts some many others reports "
    "president minister spokesman spokeswoman spokesperson police authorities in on however "
    "meanwhile also later earlier today yesterday few some many most several all both others".split()
)
_NAME_JOINERS = frozenset("de van von al bin da del la le".split())
# Quotes pair up in order ('"Babel" sources ... a "special battalion"' holds two short
# quotes, not one long one), then only passages of 12 characters or more count as speech.
_QUOTE_PAIR_RE = re.compile(r'"[^"\n]{0,1500}"')
_QUOTE_VERB_RE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|"
    r"according to|insisted|argued|warned|stressed|declared|stated|replied|responded|tweeted|posted|"
    r"recalled|continued|concluded|claimed|claims|admitted|announced|quoted)\b"
)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _name_before(text: str, spans: tuple[tuple[int, int], ...], words: tuple[str, ...],
                 lower: tuple[str, ...], last: int) -> int | None:
    """Index of the first word of a capitalised name ending at ``last``, if any."""
    if not _capitalised(words[last]):
        return None
    first = last
    while (
        first - 1 >= 0 and last - first < 4
        and (_capitalised(words[first - 1]) or lower[first - 1] in _NAME_JOINERS)
        and _only_spaces(text, spans[first - 1][1], spans[first][0])
    ):
        first -= 1
    while first <= last and lower[first] in ("the", "a", "an"):
        first += 1
    if first > last or not _capitalised(words[first]) or lower[first] in _NOT_NAMES:
        return None
    return first


def _name_after(text: str, spans: tuple[tuple[int, int], ...], words: tuple[str, ...],
                lower: tuple[str, ...], first: int) -> int | None:
    """Index of the last word of a capitalised name starting at ``first``, if any."""
    if first < len(words) and lower[first] == "the":
        first += 1
    if first >= len(words) or not _capitalised(words[first]) or lower[first] in _NOT_NAMES:
        return None
    last = first
    while (
        last + 1 < len(words) and last - first < 4 and _capitalised(words[last + 1])
        and _only_spaces(text, spans[last][1], spans[last + 1][0])
    ):
        last += 1
    return last


def _nationality(word: str) -> bool:
    # "European", "Russian", "Chinese", "British", "Israeli": an origin, not an organisation.
    return _capitalised(word) and word.endswith(("an", "ese", "ish", "i", "ch")) and len(word) > 3


def _only_spaces(text: str, start: int, end: int) -> bool:
    return 0 < end - start <= 3 and not text[start:end].strip(" ")


def _analyse(article: Article) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return (anonymous attribution spans, named attribution spans)."""
    text = article.norm
    spans = article.word_spans
    words = article.words
    lower = article.lower_words
    starts = article.word_starts
    hits = _MATCHER.find(text, spans, words, lower)
    verb_positions = [hit.first for hit in hits if hit.category == "speech_verb"]
    anonymous: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []

    def next_verb(after: int, limit_chars: int) -> int | None:
        index = bisect_right(verb_positions, after)
        if index < len(verb_positions):
            position = verb_positions[index]
            segment = text[spans[after][1]:spans[position][0]]
            if len(segment) <= limit_chars and not _CLAUSE_BREAK_RE.search(segment):
                return position
        return None

    for hit in hits:
        first, last = hit.first, hit.last
        start, end = spans[first][0], spans[last][1]
        if hit.category == "source_noun":
            if start > 0 and text[start - 1] == "-":
                continue  # "open-source", "multi-source"
            following = lower[last + 1] if last + 1 < len(lower) else ""
            if first == last and following in _NOT_A_PERSON_AFTER:
                continue
            if (lower[last] == "official" and following not in _OFFICIAL_NOUN_NEXT and following not in _SPEECH_VERBS
                    and text[end:end + 1] not in (",", ".")):
                continue  # "official figures show": an adjective, not a person
            if following in _ORGANISATION_PREPOSITIONS and last + 2 < len(words):
                organisation = last + 2 + (lower[last + 2] == "the")
                if organisation < len(words) and _capitalised(words[organisation]):
                    verb = next_verb(last, 120)
                    if verb is not None:
                        named.append((start, spans[verb][1]))  # "officials at the Bank of England said"
                    continue
            opener = first
            while (
                opener - 1 >= 0 and first - opener < 4
                and (lower[opener - 1] in _NP_OPENERS or _nationality(words[opener - 1]))
                and _only_spaces(text, spans[opener - 1][1], spans[opener][0])
            ):
                opener -= 1
            before = text[max(0, spans[opener][0] - 40):spans[opener][0]].lower()
            cue_before = before.rstrip().endswith(("according to", "obtained by", "provided by", "leaked by", "cited by"))
            verb_before = opener > 0 and lower[opener - 1] in _SPEECH_VERBS and _only_spaces(text, spans[opener - 1][1], spans[opener][0])
            descriptor = _DESCRIPTOR_RE.match(text, end)
            verb = next_verb(last, 100)
            if verb is not None and _COMMA_THEN_LETTER_RE.search(text, end, spans[verb][0]) and _capitalised(text[end:spans[verb][0]].split(",")[-1].strip()[:1]):
                verb = None  # "a trusted correspondent, Михайлов argued": the verb is the named person's
                if not (cue_before or verb_before or descriptor):
                    continue
            if not (cue_before or verb_before or descriptor or verb is not None):
                continue
            if following and last + 1 < len(words) and _capitalised(words[last + 1]) and _only_spaces(text, end, spans[last + 1][0]) and verb is None:
                continue  # "analyst John Smith": a named source
            phrase_end = end
            if verb is not None and spans[verb][1] - end <= 60:
                phrase_end = spans[verb][1]
            elif descriptor is not None:
                phrase_end = descriptor.end()
            anonymous.append((spans[opener][0], phrase_end))
        elif hit.category == "vague_group":
            if start > 0 and text[start - 1] == "-":
                continue
            position = last + 1
            while position < len(lower) and position - last <= 2 and lower[position] in _ADVERBS:
                position += 1
            if position < len(lower) and lower[position] in _SPEECH_VERBS and _only_spaces(text, end, spans[last + 1][0]):
                if lower[first] in _BARE_QUANTIFIERS:
                    after_verb = spans[position][1]
                    clause = lower[position + 1] if position + 1 < len(lower) else ""
                    if not (clause in _CLAUSE_OPENERS or text[after_verb:after_verb + 1] in (",", ":")):
                        continue  # "Many said goodbye", "Many claim forms"
                anonymous.append((start, spans[position][1]))  # "critics say", "experts speculate"
        elif hit.category == "anonymity":
            anonymous.append((start, end))
        elif hit.category == "speech_verb" and lower[first] not in ("say",):
            # "Benjamin Young said", "Lavrov, on his third trip, emphasized"
            previous = first - 1
            if previous < 0:
                continue
            gap = text[spans[previous][1]:start]
            if gap.strip() == "" and len(gap) <= 3:
                name_first = _name_before(text, spans, words, lower, previous)
                if name_first is not None:
                    named.append((spans[name_first][0], end))
                    continue
            elif gap.strip() == ",":
                opening = text.rfind(",", max(0, spans[previous][1] - 90), spans[previous][1] - 1)
                if opening > 0 and not _CLAUSE_BREAK_RE.search(text, opening, start):
                    index = bisect_right(starts, opening) - 1
                    if index >= 0 and spans[index][1] == opening:
                        name_first = _name_before(text, spans, words, lower, index)
                        if name_first is not None:
                            named.append((spans[name_first][0], end))
                            continue
            if lower[first] in _NAMING_VERBS:
                name_last = _name_after(text, spans, words, lower, last + 1)
                if name_last is not None and _only_spaces(text, end, spans[last + 1][0]):
                    named.append((start, spans[name_last][1]))  # "said Smith"
        elif hit.category == "source_cue":
            after = last + 1
            if (after + 2 < len(lower) and lower[after] in ("a", "an", "the") and lower[after + 1] in _DOCUMENT_NOUNS
                    and lower[after + 2] in ("from", "by", "of", "for")):
                after += 3  # "according to a statement from Microsoft"
            name_last = _name_after(text, spans, words, lower, after)
            if name_last is not None:
                named.append((start, spans[name_last][1]))  # "according to KCNA", "reported by the WSJ"
        elif hit.category == "institution":
            # "The ministry said", "Police said": an identified institution speaking on the record.
            definite = first > 0 and lower[first - 1] == "the"
            if not (definite or (lower[first] in ("police", "prosecutors") and _capitalised(words[first]))):
                continue
            verb = last + 1
            while verb < len(lower) and verb - last <= 2 and lower[verb] in _ADVERBS:
                verb += 1
            if verb < len(lower) and lower[verb] in _SPEECH_VERBS and _only_spaces(text, end, spans[last + 1][0]):
                named.append((spans[first - 1][0] if definite else start, spans[verb][1]))
    return _merge(anonymous), _without_overlap(named, anonymous)


_SPEAKER_PRONOUNS = frozenset("he she they i we it".split())
_BOUNDARY_RE = re.compile(r"[.!?\n]")


def _has_speaker(
    article: Article, quote: tuple[int, int], attributions: list[tuple[int, int]],
    attribution_starts: list[int], longest: int,
) -> bool:
    """Whether a speech verb or an attribution sits next to the quote in its sentence or paragraph."""
    text = article.norm
    start, end = quote
    # After the quote: '," Yang said.', '," the minister told reporters', '," according to Lavrov'.
    after = text[end:end + 80]
    boundary = _BOUNDARY_RE.search(after)
    after = after[: boundary.start()] if boundary else after
    # Before the quote: 'He said: "...', 'Lavrov added, "...'.
    before = text[max(0, start - 100):start]
    cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"), before.rfind('"'))
    before = before[cut + 1:]
    for window_start, window in ((end, after), (start - len(before), before)):
        window_end = window_start + len(window)
        # attributions are sorted and at most `longest` long: look only at those starting
        # shortly before the window's end, so each quote costs O(log n), not O(n).
        index = bisect_right(attribution_starts, window_end - 1)
        while index > 0 and attribution_starts[index - 1] > window_start - longest:
            index -= 1
            if attributions[index][1] > window_start:
                return True
        if _QUOTE_VERB_RE.search(window.lower()):
            return True
    return False


def _expert_attributions(article: Article, named: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Named attributions whose speaker is described as an expert in the same sentence."""
    if not named:
        return []
    spans = article.word_spans
    starts = article.word_starts
    text = article.norm
    found: list[tuple[int, int]] = []
    for start, end in named:
        first = bisect_right(starts, start) - 1
        last = min(len(spans), bisect_right(starts, end) + 14)
        window_first = max(0, first - 3)
        # Stop at the sentence end: the description must belong to this speaker.  Words hold
        # no boundary character, so one search over the gaps after the attribution finds
        # the first gap that holds one (the word after it is where the window stops).
        following = bisect_right(starts, end)
        if 0 < following < last:
            boundary = _BOUNDARY_RE.search(text, spans[following - 1][1], spans[last - 1][0])
            if boundary is not None:
                last = bisect_right(starts, boundary.start())
        else:
            for index in range(following, last):
                if _BOUNDARY_RE.search(text, spans[index - 1][1], spans[index][0]):
                    last = index
                    break
        window = slice(window_first, last)
        hits = _EXPERT_ROLES.find(text, spans[window], article.words[window], article.lower_words[window])
        if hits:
            found.append((start, end))
    return found


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        # "an official, speaking on condition of anonymity, said" is one attribution.
        if merged and start <= merged[-1][1] + 3:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _without_overlap(named: list[tuple[int, int]], anonymous: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    anonymous_starts = [start for start, _ in anonymous]
    for start, end in sorted(named):
        if kept and start < kept[-1][1]:
            continue
        index = bisect_right(anonymous_starts, end) - 1
        if index >= 0 and anonymous[index][1] > start:
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
    anonymous, named = _analyse(article)
    quotes = [match.span() for match in _QUOTE_PAIR_RE.finditer(text) if match.end() - match.start() >= 14]
    no_words = "the text has no words"
    word_starts = article.word_starts
    results: dict[str, Measurement] = {}
    for name, spans, note in (
        ("anonymous_source_density", anonymous, "unnamed source"),
        ("named_attribution_density", named, "named source"),
        ("quote_density", quotes, "quoted speech"),
    ):
        value = density(len(spans), words)
        results[name] = Measurement(
            value,
            spans_with_note(spans, note),
            no_words if math.isnan(value) else None,
        )
    if words:
        inside = sum(bisect_right(word_starts, end) - bisect_right(word_starts, start) for start, end in quotes)
        results["quoted_speech_share"] = Measurement(
            inside / words, spans_with_note(quotes, "quoted speech")
        )
    else:
        results["quoted_speech_share"] = Measurement(math.nan, reason=no_words)
    speech_quotes = [(start, end) for start, end in quotes if text.count(" ", start, end) >= 3]
    if speech_quotes:
        attributions = sorted(anonymous + named)
        attribution_starts = [start for start, _ in attributions]
        longest = max((end - start for start, end in attributions), default=0)
        unattributed = [
            span for span in speech_quotes
            if not _has_speaker(article, span, attributions, attribution_starts, longest)
        ]
        results["unattributed_quote_share"] = Measurement(
            len(unattributed) / len(speech_quotes),
            spans_with_note(unattributed, "quote without a named or described speaker"),
        )
    else:
        results["unattributed_quote_share"] = Measurement(
            math.nan, reason="no quoted passages of four words or more, so the share is undefined"
        )
    experts = _expert_attributions(article, named)
    value = density(len(experts), words)
    results["expert_quote_density"] = Measurement(
        value, spans_with_note(experts, "outside expert quoted"),
        no_words if math.isnan(value) else None,
    )
    total = len(anonymous) + len(named)
    results["anonymous_source_ratio"] = (
        Measurement(len(anonymous) / total)
        if total
        else Measurement(math.nan, reason="no attributions found, so the share of unnamed ones is undefined")
    )
    return results
