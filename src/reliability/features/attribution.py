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
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from reliability.article import WORD_RE, Article
from reliability.features.base import PHRASES, Measurement, PhraseMatcher, density, load_lexicon, spans_with_note

__all__ = ["extract_attribution"]

_LEXICON = load_lexicon("anonymous_sources")
# Reporting verbs with their inflections; "clause_verb" rows attribute only when a clause
# follows ("Analysts fear the plan will fail", not "fear the worst", "claim forms").
_VERB_LEXICON = load_lexicon("reporting_verbs")
_CLAUSE_VERBS = frozenset(_VERB_LEXICON.terms["clause_verb"])
_SPEECH_VERBS = (
    frozenset(_LEXICON.terms["speech_verb"]) | frozenset(_VERB_LEXICON.terms["speech_verb"]) | _CLAUSE_VERBS
)
# Nouns for people, roles and groups that can be the unnamed subject of a reporting verb
# ("Traders said", "one lobbyist told", "Rescue workers said"), and common modifiers of
# such nouns that do not name an organisation even when capitalised ("Hospital staff").
_ROLES = load_lexicon("attribution_roles")
# "person_modified" nouns name people only after a modifier ("opposition figures",
# "crew members", "human rights groups"; not "according to the figures").
_NEEDS_MODIFIER = frozenset(_ROLES.terms["person_modified"])
_PERSON_NOUNS = frozenset(_ROLES.terms["person"]) | _NEEDS_MODIFIER
_MODIFIERS = frozenset(_ROLES.terms["modifier"])
# Passives that stand for an unnamed informant after "it is / was / has been".
_IMPERSONAL_VERBS = frozenset("understood reported claimed alleged rumoured rumored learned learnt said suggested".split())
PHRASES.register("attribution", (
    [
        (term, category, category, False)
        for category in ("source_noun", "vague_group", "anonymity", "source_cue", "institution")
        for term in _LEXICON.terms[category]
    ]
    + [(term, "speech_verb", "speech_verb", False) for term in sorted(_SPEECH_VERBS)]
    + [(term, "person", "person", False) for term in sorted(_PERSON_NOUNS)]
    + [(term, "impersonal", "impersonal", False) for term in sorted(_IMPERSONAL_VERBS - _SPEECH_VERBS)]
))
# Verbs that may precede the speaker ("said Smith", "explains Benjamin Young"); not "told",
# whose object is the listener ("told TASS").
_NAMING_VERBS = frozenset("said says explains explained added adds wrote writes noted notes".split())
# Verbs that may precede an unnamed speaker after a quote or a comma ('," admitted one official').
_INVERTED_VERBS = _SPEECH_VERBS - frozenset("tell tells told say quoted".split()) - _CLAUSE_VERBS
_EXPERT_ENTRIES = [(term, "expert", "expert_role", False) for term in load_lexicon("experts").terms["expert_role"]]
_EXPERT_ROLES = PhraseMatcher(_EXPERT_ENTRIES)
# Words in the longest role phrase, less one: a hit starting this far before a window can reach into it.
_EXPERT_LONGEST = max(len(WORD_RE.findall(term)) for term, *_ in _EXPERT_ENTRIES) - 1
PHRASES.register("expert", _EXPERT_ENTRIES)
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
    r"|briefed on|involved in|speaking on|inside|within|who (?:spoke|asked|requested|declined|was not|were not))\b",
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
_NOT_NAMES = _NOT_NAMES | frozenset(
    "nobody everybody everyone someone somebody anyone anybody none no-one those while when if because "
    "although though since unless until whether".split()
)
# Lower-case particles that open a surname: "al-Sharaa", "el-Sisi", "bin Salman".
_PARTICLE_RE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|et|ul|bin|ibn|abu|ben|ould|da|de|di|du|van|von|la|le)-\w", re.IGNORECASE)
# Common words that never make a capitalised run a name ("Activists claimed", "Rescue workers").
_COMMON_WORDS = (
    _PERSON_NOUNS | _MODIFIERS | _NP_OPENERS | frozenset(_LEXICON.terms["vague_group"])
    | frozenset(term for term in _LEXICON.terms["source_noun"] if " " not in term)
)
# Anonymity stated after the noun: "who did not wish to be named", "who could not be named",
# "on the strict understanding that I would not name him". Applied to short windows only.
_NOT_NAMED_RE = re.compile(
    r"\bnot[ ]++(?:(?:wish|want)\w{0,3}+[ ]++)?(?:to[ ]++)?be[ ]++(?:named|identified)\b"
    r"|\bnot[ ]++(?:to[ ]++)?(?:name|identify)[ ]++(?:him|her|them)\b"
    r"|\banonymity\b|\banonymously\b|\bnot[ ]++authori[sz]ed\b"
)
# Endings of adjectives and capitalised origin words that modify a role noun without
# naming an organisation ("International monitors", "Western diplomats", "Democratic aides").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ful", "less", "ern", "ish", "ese", "ian", "ean", "can", "ior")
_COUNTRY_LETTERS = frozenset("u s k us uk".split())
# Determiners of a definite or possessed phrase that usually points back to a named
# person ("the spokesman said", "his lawyer said"): not counted as unnamed.
_DEFINITE = frozenset("the this that his her their its our my your".split())
_PLURAL_WITHOUT_S = frozenset("people staff crew spokesmen spokeswomen spokespeople".split())
# Prepositions that open a post-modifier of a person noun ("Friends of the couple say").
_PP_HEADS = frozenset("of on in at from within inside for among across around near outside close familiar with".split())
_ORGANISATION_OF = frozenset("at from for of with".split())
_STOP_IN_PHRASE = frozenset("that which and but because when while as if after before since than what whom whose where".split())
# Inside a prepositional phrase a pronoun or a form of "be" starts another clause
# ("the reports of what he said", "many of those students were admitted").
_STOP_IN_PP = _STOP_IN_PHRASE | frozenset("he she they we i you it is are was were be been being".split())
_QUANTIFIERS = frozenset("a an the one two three four five several some many most all these those other others".split())
# Verbs that a relative clause may open and still attribute: "experts who say the drug is unsafe".
_RELATIVE_SPEECH = frozenset("say says said claim claims argue argued believe believes warn warned insist insisted".split())
# Objects of "say" that are not reported speech: "said goodbye", "say hello".
_NOT_A_CLAUSE = frozenset("goodbye hello nothing something anything little much yes sorry thanks thank grace farewell prayers hi to".split())
_CLAUSE_AFTER = _CLAUSE_OPENERS | frozenset(
    "that there some many most all no nobody if whether what why how our you i".split()
)
# Words before a phrase that make it a cited source ("citing intelligence sources",
# "quoted a government source as saying", "told by multiple sources").
_CITING_WORDS = frozenset("citing cited quoting quoted".split())
_CUE_PAIRS = frozenset(
    "according|to obtained|by provided|by leaked|by cited|by told|by said|by informed|by briefed|by quoted|by".split()
)
_SPEAKER_HE_SHE = frozenset("he she".split())
# Words before "the <institution>" that make it an object, not the speaker.
_NOT_BEFORE_SPEAKER = _PP_HEADS | _ORGANISATION_PREPOSITIONS | frozenset("within to by".split())
# Words before a phrase that can make it a source without a verb after it.
_TRIGGERS_BEFORE = _CITING_WORDS | frozenset("to by".split()) | _INVERTED_VERBS
# Words that may follow the head of a speaking phrase: its verb, an adverb, a
# prepositional phrase, a relative clause, or another noun of the compound.
_AFTER_PERSON = _SPEECH_VERBS | _ADVERBS | _PP_HEADS | _PERSON_NOUNS | frozenset("who that".split())
# Base forms after "he"/"she" are not finite ("did he write", "will she say").
_BASE_FORMS = frozenset(
    "say tell write claim argue believe fear expect note add admit deny vow pledge praise accuse warn insist "
    "estimate confirm reveal describe explain declare announce suggest caution concede complain counter "
    "acknowledge allege assert conclude contend disclose observe predict recall report respond reply "
    "speculate stress testify urge maintain indicate understand condemn".split()
)
# Quotes pair up in order ('"Babel" sources ... a "special battalion"' holds two short
# quotes, not one long one), then only passages of 12 characters or more count as speech.
_QUOTE_PAIR_RE = re.compile(r'"[^"\n]{0,1500}"')
_QUOTE_VERB_RE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|noted|notes|"
    r"according to|insisted|argued|warned|stressed|declared|stated|replied|responded|tweeted|posted|"
    r"recalled|continued|concluded|claimed|claims|admitted|announced|quoted)\b"
)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (
        "-" in word[:5] and _PARTICLE_RE.match(word) is not None and word[word.index("-") + 1:][:1].isupper()
    )


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence (quotes and brackets skipped)."""
    index = start
    floor = max(0, start - 4)
    while index > floor and text[index - 1] in " \"'(":
        index -= 1
    return index == 0 or text[index - 1] in ".!?\n:"


def _name_before(text: str, starts: Sequence[int], ends: Sequence[int], words: tuple[str, ...],
                 lower: tuple[str, ...], last: int) -> int | None:
    """Index of the first word of a capitalised name ending at ``last``, if any."""
    if not _capitalised(words[last]):
        return None
    first = last
    while (
        first - 1 >= 0 and last - first < 4
        and (_capitalised(words[first - 1]) or lower[first - 1] in _NAME_JOINERS)
        and _only_spaces(text, ends[first - 1], starts[first])
    ):
        first -= 1
    while first <= last and lower[first] in ("the", "a", "an"):
        first += 1
    if first > last or not _capitalised(words[first]) or lower[first] in _NOT_NAMES or lower[last] in _NOT_NAMES:
        return None
    if first == last and lower[first] in _COMMON_WORDS:
        return None  # "Activists claimed", "Traders said": a common word opening the sentence
    return first


def _name_after(text: str, starts: Sequence[int], ends: Sequence[int], words: tuple[str, ...],
                lower: tuple[str, ...], first: int) -> int | None:
    """Index of the last word of a capitalised name starting at ``first``, if any."""
    if first < len(words) and lower[first] == "the":
        first += 1
    if first >= len(words) or not _capitalised(words[first]) or lower[first] in _NOT_NAMES:
        return None
    last = first
    while (
        last + 1 < len(words) and last - first < 4 and _capitalised(words[last + 1])
        and _only_spaces(text, ends[last], starts[last + 1])
    ):
        last += 1
    return last


def _possessive(text: str, lower: tuple[str, ...], ends: Sequence[int], index: int) -> bool:
    """Whether the word at ``index`` is a possessive: "Clinton's", "Williams'"."""
    return lower[index].endswith("'s") or (lower[index].endswith("s") and text[ends[index]:ends[index] + 1] == "'")


def _name_after_possessed(text: str, starts: Sequence[int], ends: Sequence[int], words: tuple[str, ...],
                          lower: tuple[str, ...], first: int) -> int | None:
    """The last word of a name right after the possessed phrase starting at ``first`` ("spokesman,
    Sean Spicer" after "Trump's"), if the phrase is a role noun of at most three lower-case words."""
    position = first
    count = len(words)
    while position < count and position - first < 3 and words[position][:1].islower() \
            and lower[position] not in _STOP_IN_PP and lower[position] not in _SPEECH_VERBS \
            and (position == first or _only_spaces(text, ends[position - 1], starts[position])):
        position += 1
    if position == first or position >= count or not (
            lower[position - 1] in _PERSON_NOUNS and text[ends[position - 1]:starts[position]] in (" ", ", ")):
        return None
    last = _name_after(text, starts, ends, words, lower, position)
    if last is None or _possessive(text, lower, ends, last):
        return None
    return last


def _nationality(word: str) -> bool:
    # "European", "Russian", "Chinese", "British", "Israeli": an origin, not an organisation.
    return _capitalised(word) and word.endswith(("an", "ese", "ish", "i", "ch")) and len(word) > 3


def _only_spaces(text: str, start: int, end: int) -> bool:
    return 0 < end - start <= 3 and not text[start:end].strip(" ")


def _np_start(text: str, starts: Sequence[int], ends: Sequence[int], words: tuple[str, ...],
              lower: tuple[str, ...], first: int) -> tuple[int, int | None]:
    """Start of the noun phrase whose head begins at ``first``, and a modifier naming its owner.

    Walks back over at most four determiners, numbers-as-words, adjectives and noun
    modifiers ("one senior engineer", "Rescue workers", "Goldman Sachs analysts",
    "Taylor Swift's publicist"). The owner is a capitalised modifier that is neither an
    origin ("European", "U.S.") nor a common word capitalised at the start of a sentence.
    """
    opener = first
    owner = None
    while opener > 0 and first - opener < 4:
        k = opener - 1
        gap = text[ends[k]:starts[opener]]
        if gap != " " and not (gap == "' " and lower[k].endswith("s")):
            break
        word = words[k]
        lowered = lower[k]
        if lowered in _NP_OPENERS or lowered in _MODIFIERS or lowered in _PERSON_NOUNS or lowered in _COUNTRY_LETTERS:
            pass
        elif word[:1].isupper():
            if lowered in _NOT_NAMES or lowered in _SPEECH_VERBS:
                break
            if not (_nationality(word) or lowered.endswith(_ADJECTIVE_ENDINGS)):
                owner = k
        elif "-" in lowered or lowered.endswith("'s") or lowered.endswith(_ADJECTIVE_ENDINGS):
            if lowered in _SPEECH_VERBS or lowered in _STOP_IN_PHRASE:
                break
            if _capitalised(word):
                owner = k
        else:
            break
        opener = k
    if owner is not None and _sentence_initial(text, starts[owner]) and not words[owner].endswith("'s"):
        # A single capitalised word opening the sentence may be a common word ("Union
        # members"); a run of two ("Goldman Sachs analysts") or an acronym ("NATO") is a name.
        following = words[owner + 1] if owner + 1 < first else ""
        if not (words[owner].isupper() and len(words[owner]) > 1) and not (
            following[:1].isupper() and lower[owner + 1] not in _COMMON_WORDS
        ):
            owner = None
    return opener, owner


def _analyse(article: Article) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return (anonymous attribution spans, named attribution spans)."""
    text = article.norm
    starts = article.word_starts
    ends = article.word_ends
    words = article.words
    lower = article.lower_words
    count = len(words)
    hits = PHRASES.hits(article, "attribution")
    verb_positions = [hit.first for hit in hits if hit.category == "speech_verb"]
    anonymous: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []
    # Anonymous spans that a named citing span may contain ("The WSJ, citing people
    # familiar with the matter, reported"): kinds are counted separately.
    citations: set[tuple[int, int]] = set()

    def next_verb(after: int, limit_chars: int) -> int | None:
        index = bisect_right(verb_positions, after)
        if index < len(verb_positions):
            position = verb_positions[index]
            segment = text[ends[after]:starts[position]]
            if len(segment) <= limit_chars and not _CLAUSE_BREAK_RE.search(segment):
                return position
        return None

    def spaced(left: int, right: int) -> bool:
        return _only_spaces(text, ends[left], starts[right])

    def skip_adverbs(position: int, after: int) -> int:
        while position < count and position - after <= 2 and lower[position] in _ADVERBS and spaced(position - 1, position):
            position += 1
        return position

    def attributes(verb: int) -> bool:
        """Whether the verb at ``verb`` reports speech here (not "said goodbye", "claim forms")."""
        lowered = lower[verb]
        following = lower[verb + 1] if verb + 1 < count else ""
        after = text[ends[verb]:ends[verb] + 1]
        if lowered == "described" and following == "as":
            return False  # "the gunman, described as": a participle
        if lowered in ("say", "says", "said", "tell", "tells", "told"):
            return following not in _NOT_A_CLAUSE or after in (",", ":")
        if lowered in _CLAUSE_VERBS:
            return following in _CLAUSE_AFTER or following in ("otherwise", "so") or after in (":", ".", ";")
        return True

    def cue_before(opener: int) -> int | None:
        """Index of the first word of a citing cue just before ``opener``, if any (the phrase's
        own first word after "quoted": in "Yonhap quoted a source as saying" the verb is Yonhap's)."""
        if opener >= 1 and lower[opener - 1] in _CITING_WORDS and spaced(opener - 1, opener):
            return opener if lower[opener - 1] in ("quoted", "quoting") else opener - 1
        if opener >= 2 and f"{lower[opener - 2]}|{lower[opener - 1]}" in _CUE_PAIRS and spaced(opener - 1, opener):
            return opener - 2
        return None

    def after_named(opener: int) -> bool:
        """'Ryu Hyun-woo, a former diplomat': the phrase describes the named person before it."""
        article_word = opener
        while article_word > 0 and opener - article_word < 4 and lower[article_word] not in ("a", "an", "the") \
                and spaced(article_word - 1, article_word):
            article_word -= 1  # "Officer James Lewis, a school resource officer"
        if article_word == 0 or lower[article_word] not in ("a", "an", "the"):
            return False
        if text[ends[article_word - 1]:starts[article_word]].strip() != ",":
            return False
        return _name_before(text, starts, ends, words, lower, article_word - 1) is not None

    def person_phrase(first: int, last: int, anonymity_head: bool) -> None:
        """An unnamed person or group speaking: "Traders said", "one lobbyist told",
        "Friends of the couple say", "Engineers who worked on it say", "A colleague, who
        did not wish to be named, recalled", '," admitted one club official', "citing analysts".
        Named instead when a modifier or a prepositional phrase names the owner
        ("Goldman Sachs analysts wrote", "Taylor Swift's publicist said", "a spokesman for Gazprom said").
        """
        start = starts[first]
        if start > 0 and text[start - 1] == "-":
            return
        if last + 1 < count and lower[last + 1] in _PERSON_NOUNS and spaced(last, last + 1):
            return  # "crew members": the last noun heads the phrase
        if _capitalised(words[last]) and not _sentence_initial(text, start) and last > 0 and _capitalised(words[last - 1]) \
                and spaced(last - 1, last) and not _sentence_initial(text, starts[last - 1]):
            return  # "Business Insider", "Amnesty International": part of a name
        verb = None
        phrase_end = ends[last]
        marker = False
        organisation = False
        position = last + 1
        if position < count and _capitalised(words[position]) and spaced(last, position) \
                and lower[position] not in _SPEECH_VERBS:
            return  # "analyst John Smith", "Foreign Minister Choe Son Hui": a named person
        gap = text[ends[last]:starts[position]].strip(" ") if position < count else ""
        if gap == ",":
            # apposition or relative clause between commas, then the verb
            close = text.find(",", starts[position], starts[position] + 100)
            if close > 0 and not _CLAUSE_BREAK_RE.search(text, ends[last], close):
                inner = words[position]
                if _capitalised(inner) and lower[position] not in _COMMON_WORDS and lower[position] not in _NOT_NAMES \
                        and lower[position] not in _STOP_IN_PHRASE and lower[position] != "who":
                    return  # "Sony's finance chief, Hiroki Totoki, told": the apposition is a name
                marker = _NOT_NAMED_RE.search(text, ends[last], close) is not None
                following = bisect_right(starts, close)
                if following < count and _only_spaces(text, close + 1, starts[following]) or (
                        following < count and starts[following] == close + 1):
                    candidate = skip_adverbs(following, following - 1)
                    if candidate < count and lower[candidate] in _SPEECH_VERBS and (candidate == following or spaced(candidate - 1, candidate)):
                        verb = candidate
        elif gap == "" and position < count:
            lowered = lower[position]
            if lowered in ("who", "that") or lowered in _PP_HEADS:
                # "Engineers who worked on the project say", "Friends of the couple say"
                limit = min(count, position + (11 if lowered in ("who", "that") else 8))
                scan = position + 1
                if lowered in _ORGANISATION_OF and scan < count:
                    object_first = scan + (lower[scan] == "the")
                    if object_first < count and _capitalised(words[object_first]) \
                            and lower[object_first] not in _COMMON_WORDS and lower[object_first] not in _NOT_NAMES:
                        organisation = True  # "a spokesman for Gazprom", "analysts at Goldman Sachs"
                while scan < limit and spaced(scan - 1, scan):
                    if lower[scan - 1] == "to" and lower[scan - 2] not in ("close", "next", "according"):
                        break  # "A spokesman for Gazprom declined to comment"
                    if lower[scan] in _SPEECH_VERBS and (scan > position + 1 or lowered in ("who", "that")):
                        if lowered in ("who", "that") and scan <= position + 3 and lower[scan] not in _RELATIVE_SPEECH:
                            break  # "supporters who have responded": the relative clause's own verb
                        verb = scan
                        break
                    if lower[scan] in (_STOP_IN_PP if lowered in _PP_HEADS else _STOP_IN_PHRASE):
                        break
                    scan += 1
                if verb is not None:
                    marker = _NOT_NAMED_RE.search(text, ends[last], starts[verb]) is not None
                elif lowered == "who":
                    # inverted order: 'warned a veteran lawmaker who did not want to be identified'
                    window_end = ends[min(count, position + 10) - 1]
                    found = _NOT_NAMED_RE.search(text, starts[position], window_end)
                    if found is not None and not _CLAUSE_BREAK_RE.search(text, starts[position], found.start()):
                        marker = True
                        phrase_end = found.end()
            else:
                candidate = skip_adverbs(position, last)
                if candidate < count and lower[candidate] in _SPEECH_VERBS and (candidate == position or spaced(candidate - 1, candidate)):
                    verb = candidate
        if verb is not None and (not attributes(verb) or lower[verb - 1] == "to"):
            verb = None  # "said goodbye", "declined to comment"
        if verb is None and not marker and _TRIGGERS_BEFORE.isdisjoint(lower[max(0, first - 5):first]):
            return  # no verb after, and no cue or verb before
        opener, owner = _np_start(text, starts, ends, words, lower, first)
        determiner = lower[opener]
        if after_named(opener):
            return
        if lower[last] in _NEEDS_MODIFIER and (opener == first or lower[first - 1] in _QUANTIFIERS):
            return  # "the figures", "members of the public": not a group of speakers without a modifier
        plural = lower[last].endswith("s") or lower[last] in _PLURAL_WITHOUT_S
        cue = cue_before(opener)
        if cue is not None and verb is not None and text[ends[last]:starts[verb]].strip(" ")[:1] == ",":
            verb = None  # "Le Monde, citing analysts, reported": the verb is the outlet's
        named_owner = (owner is not None or organisation) and not marker and not anonymity_head
        if verb is not None:
            if not marker and not plural and determiner in _DEFINITE:
                return  # "the spokesman said": points back to a named person
            if named_owner:
                named.append((starts[owner if owner is not None else opener], ends[verb]))
            else:
                anonymous.append((starts[opener], ends[verb]))
            return
        if cue is not None:
            if named_owner:
                named.append((starts[cue], phrase_end))
            else:
                span = (starts[opener], phrase_end)  # the source, as after "according to"
                anonymous.append(span)
                citations.add(span)
            return
        # inverted order after a quote or a comma: '," admitted one club official'
        if opener >= 1 and lower[opener - 1] in _INVERTED_VERBS and spaced(opener - 1, opener) \
                and determiner not in _DEFINITE and text[max(0, starts[opener - 1] - 3):starts[opener - 1]].rstrip(" ")[-1:] in (",", '"'):
            if named_owner:
                named.append((starts[opener - 1], phrase_end))
            else:
                anonymous.append((starts[opener - 1], phrase_end))

    for first, last, _tag, category in hits:
        if category == "person":
            # Cheap test first: the head is followed by a verb, adverb, preposition, relative
            # pronoun or comma with a reporting verb shortly after, or a cue or verb is just before.
            end = ends[last]
            following = lower[last + 1] if last + 1 < count else ""
            reach = (
                20 if text[end:end + 1] == "," else 11 if following in ("who", "that")
                else 8 if following in _PP_HEADS else 3 if following in _AFTER_PERSON else 0
            )
            if ((reach and (index := bisect_right(verb_positions, last)) < len(verb_positions)
                 and verb_positions[index] - last <= reach)
                    or not _TRIGGERS_BEFORE.isdisjoint(lower[max(0, first - 5):first])):
                person_phrase(first, last, False)
            continue
        start, end = starts[first], ends[last]
        if category == "source_noun":
            if start > 0 and text[start - 1] == "-":
                continue  # "open-source", "multi-source"
            following = lower[last + 1] if last + 1 < len(lower) else ""
            if first == last and following in _NOT_A_PERSON_AFTER:
                continue
            if (lower[last] == "official" and following not in _OFFICIAL_NOUN_NEXT and following not in _SPEECH_VERBS
                    and text[end:end + 1] not in (",", ".")):
                continue  # "official figures show": an adjective, not a person
            if words[first][:1].isupper() and not _sentence_initial(text, start):
                continue  # "Business Insider reported": capitalised inside a sentence, part of a name
            anonymity_head = lower[last] in ("source", "sources", "insider", "insiders", "informant", "informants", "whistleblower") or first != last
            if following in _ORGANISATION_PREPOSITIONS and following != "in" and last + 2 < len(words) and not anonymity_head:
                organisation = last + 2 + (lower[last + 2] == "the")
                if organisation < len(words) and _capitalised(words[organisation]):
                    verb = next_verb(last, 120)
                    if verb is not None:
                        named.append((start, ends[verb]))  # "officials at the Bank of England said"
                    continue
            opener, owner = _np_start(text, starts, ends, words, lower, first)
            while opener < first and lower[opener] not in _NP_OPENERS and not _nationality(words[opener]) \
                    and opener != owner and lower[opener] not in _MODIFIERS:
                opener += 1
            if after_named(opener):
                continue  # "Al-Houthi, a senior Houthi official, vowed": the named person's description
            cue = cue_before(opener)
            if opener > 0 and lower[opener - 1] in ("with", "has", "have", "had") and cue is None:
                continue  # "an outlet with sources inside the country": sources it has
            verb_before = opener > 0 and lower[opener - 1] in _INVERTED_VERBS and spaced(opener - 1, opener)
            descriptor = _DESCRIPTOR_RE.match(text, end)
            verb = next_verb(last, 100)
            if verb is not None and not attributes(verb):
                verb = None  # "sources, six shorter notes, and maps"
            if verb is not None and any(
                piece.strip()[:1].isupper() for piece in text[end:starts[verb]].split(",")[1:]
            ):
                verb = None  # "a trusted correspondent, Михайлов argued": the verb is the named person's
                if not (cue is not None or verb_before or descriptor):
                    continue
            marker = descriptor is not None or (
                verb is not None and _NOT_NAMED_RE.search(text, end, starts[verb]) is not None
            )
            if not (cue is not None or verb_before or descriptor or verb is not None or marker):
                continue
            if following and last + 1 < len(words) and _capitalised(words[last + 1]) and spaced(last, last + 1) and verb is None:
                continue  # "analyst John Smith": a named source
            phrase_end = end
            if cue is not None:
                # "The WSJ, citing people familiar with the matter, reported": the verb is the outlet's
                verb = None
                if descriptor is not None:
                    phrase_end = descriptor.end()
            elif verb is not None and ends[verb] - end <= 60:
                phrase_end = ends[verb]
            elif descriptor is not None:
                phrase_end = descriptor.end()
            if owner is not None and not anonymity_head and not marker and verb is not None and phrase_end == ends[verb]:
                named.append((starts[owner], phrase_end))  # "A Pentagon official said"
                continue
            span = (starts[opener], phrase_end)
            anonymous.append(span)
            if cue is not None:
                citations.add(span)
        elif category == "vague_group":
            if start > 0 and text[start - 1] == "-":
                continue
            if lower[first] not in _BARE_QUANTIFIERS:
                person_phrase(first, last, False)
                continue
            position = skip_adverbs(last + 1, last)
            if position < len(lower) and lower[position] in _SPEECH_VERBS and _only_spaces(text, end, starts[last + 1]):
                after_verb = ends[position]
                clause = lower[position + 1] if position + 1 < len(lower) else ""
                if not (clause in _CLAUSE_OPENERS or text[after_verb:after_verb + 1] in (",", ":")):
                    continue  # "Many said goodbye", "Many claim forms"
                anonymous.append((start, ends[position]))  # "Some say", "Many believe"
            elif last + 1 < count and lower[last + 1] in ("within", "inside", "among", "in", "close", "of") and spaced(last, last + 1):
                person_phrase(first, last, False)  # "Some within the ministry fear"
        elif category == "anonymity":
            if anonymous and 0 <= start - anonymous[-1][1] <= 60 and not _CLAUSE_BREAK_RE.search(text, anonymous[-1][1], start):
                # "A defence official told reporters on condition of anonymity that": one attribution
                anonymous[-1] = (anonymous[-1][0], max(end, anonymous[-1][1]))
            else:
                anonymous.append((start, end))
        elif category == "impersonal" or (
            category == "speech_verb" and first >= 2 and lower[first - 1] in ("is", "was", "been")
            and lower[first] in _IMPERSONAL_VERBS
        ):
            # "It is understood", "It was reported that", "it has been claimed": an unnamed informant
            if first >= 2 and lower[first - 1] in ("is", "was", "been") and (
                lower[first - 2] == "it" or (first >= 3 and lower[first - 2] in ("has", "had") and lower[first - 3] == "it")
            ) and spaced(first - 1, first):
                following = lower[last + 1] if last + 1 < count else ""
                if following in ("to", "by") or (lower[first] == "said" and following != "that"):
                    continue  # "It was said to be", "It was reported by the BBC"
                it = first - 2 if lower[first - 2] == "it" else first - 3
                anonymous.append((starts[it], end))
        elif category == "speech_verb" and lower[first] not in ("say",):
            # "Benjamin Young said", "Lavrov, on his third trip, emphasized"
            previous = first - 1
            if previous < 0:
                continue
            if words[first][:1].isupper() and not _sentence_initial(text, start):
                continue  # "Port Said": a name, not a verb
            if lower[first] in ("understands", "understand") and (last + 1 >= count or lower[last + 1] != "that"):
                continue  # "Putin understands the risks"
            gap = text[ends[previous]:start]
            if lower[previous] in _ADVERBS and gap == " " and previous > 0 and spaced(previous - 1, previous) \
                    and _capitalised(words[previous - 1]):
                previous -= 1  # "Axios first reported"
                gap = " "
            elif lower[previous] in ("first", "later", "earlier", "also") and gap == " " and previous > 0 \
                    and spaced(previous - 1, previous) and _capitalised(words[previous - 1]):
                previous -= 1
            if gap.strip() == "" and len(gap) <= 3:
                if lower[previous] in _SPEAKER_HE_SHE and lower[first][-1:] in ("s", "d", "e") and lower[first] not in _BASE_FORMS \
                        and attributes(first) and _antecedent(text, starts, ends, lower, article.capitalised_indices, previous):
                    named.append((starts[previous], end))  # "Nigel Farage launched ... he said"
                    continue
                name_first = _name_before(text, starts, ends, words, lower, previous)
                if name_first is not None and not (_possessive(text, lower, ends, previous) and lower[first][-1:] not in "dn"):
                    # Not "Trump's tweets", "Comey's claim": after a possessive the word is a noun.
                    # ("Trump's said", "Trump's written" may be "Trump has": participles still count.)
                    named.append((starts[name_first], end))
                    continue
            elif gap.strip() == ",":
                opening = text.rfind(",", max(0, ends[previous] - 90), ends[previous] - 1)
                if opening > 0 and not _CLAUSE_BREAK_RE.search(text, opening, start):
                    index = bisect_right(starts, opening) - 1
                    if index >= 0 and ends[index] == opening:
                        name_first = _name_before(text, starts, ends, words, lower, index)
                        if name_first is not None:
                            named.append((starts[name_first], end))
                            continue
                    # "Sony's finance chief, Hiroki Totoki, told": the name between the commas
                    name_first = _name_before(text, starts, ends, words, lower, previous)
                    if name_first is not None and name_first > 0 and text[ends[name_first - 1]:starts[name_first]].strip() == ",":
                        named.append((starts[name_first], end))
                        continue
            if lower[first] in _NAMING_VERBS:
                name_last = _name_after(text, starts, ends, words, lower, last + 1)
                if name_last is not None and _only_spaces(text, end, starts[last + 1]):
                    if _possessive(text, lower, ends, name_last):
                        # "added Clinton's campaign manager", "said Trump's policies failed": the
                        # possessor is not the speaker. The speaker is named only when a name
                        # follows the possessed phrase ("said Trump's spokesman, Sean Spicer").
                        name_last = _name_after_possessed(text, starts, ends, words, lower, name_last + 1)
                        if name_last is None:
                            continue
                    named.append((start, ends[name_last]))  # "said Smith"
        elif category == "source_cue":
            after = last + 1
            if (after + 2 < len(lower) and lower[after] in ("a", "an", "the") and lower[after + 1] in _DOCUMENT_NOUNS
                    and lower[after + 2] in ("from", "by", "of", "for")):
                after += 3  # "according to a statement from Microsoft"
            name_last = _name_after(text, starts, ends, words, lower, after)
            if name_last is not None:
                named.append((start, ends[name_last]))  # "according to KCNA", "reported by the WSJ"
        elif category == "institution":
            # "The ministry said", "Police said", "Yonhap news agency quoted", "Mahmoud Abbas's office said"
            verb = skip_adverbs(last + 1, last)
            if not (verb < count and lower[verb] in _SPEECH_VERBS and _only_spaces(text, end, starts[last + 1])
                    and attributes(verb)):
                continue
            opening = None
            if first > 0 and lower[first - 1] == "the":
                if first > 1 and lower[first - 2] in _NOT_BEFORE_SPEAKER:
                    continue  # "Some within the ministry fear": the ministry is not the speaker
                opening = first - 1
            elif lower[first] in ("police", "prosecutors") and _capitalised(words[first]):
                opening = first
            elif first > 0 and spaced(first - 1, first):
                opening = _name_before(text, starts, ends, words, lower, first - 1)
                if opening is None and first > 1 and lower[first - 1] in ("news", "state") and spaced(first - 2, first - 1):
                    opening = _name_before(text, starts, ends, words, lower, first - 2)  # "Yonhap news agency"
            if opening is not None:
                named.append((starts[opening], ends[verb]))
    anonymous = [span for span in anonymous if not _mentioned(text, span)]
    named = [span for span in named if not _mentioned(text, span)]
    anonymous = _merge(anonymous, text)
    return anonymous, _without_overlap(named, anonymous, citations)


def _mentioned(text: str, span: tuple[int, int]) -> bool:
    """'phrases such as "sources say"': the whole quotation is the phrase, mentioned not used."""
    start, end = span
    return text[start - 1:start] == '"' and text[end:end + 1] == '"'


def _antecedent(text: str, starts: Sequence[int], ends: Sequence[int], lower: tuple[str, ...],
                capitalised: tuple[int, ...], pronoun: int) -> bool:
    """Whether a named person (two capitalised words) precedes the pronoun in its paragraph."""
    floor = max(0, pronoun - 40)
    low = bisect_left(capitalised, floor)
    high = bisect_right(capitalised, pronoun - 1)
    for position in range(high - 1, low, -1):
        index = capitalised[position]
        if (capitalised[position - 1] == index - 1
                and _only_spaces(text, ends[index - 1], starts[index])
                and lower[index - 1] not in _NOT_NAMES and lower[index - 1] not in _COMMON_WORDS
                and lower[index] not in _COMMON_WORDS
                and "\n" not in text[ends[index]:starts[pronoun]]):
            return True
    return False


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
    starts = article.word_starts
    ends = article.word_ends
    text = article.norm
    found: list[tuple[int, int]] = []
    everywhere = PHRASES.hits(article, "expert")
    firsts = [hit.first for hit in everywhere]
    for start, end in named:
        first = bisect_right(starts, start) - 1
        last = min(len(starts), bisect_right(starts, end) + 14)
        window_first = max(0, first - 3)
        # Stop at the sentence end: the description must belong to this speaker.  Words hold
        # no boundary character, so one search over the gaps after the attribution finds
        # the first gap that holds one (the word after it is where the window stops).
        following = bisect_right(starts, end)
        if 0 < following < last:
            boundary = _BOUNDARY_RE.search(text, ends[following - 1], starts[last - 1])
            if boundary is not None:
                last = bisect_right(starts, boundary.start())
        else:
            for index in range(following, last):
                if _BOUNDARY_RE.search(text, ends[index - 1], starts[index]):
                    last = index
                    break
        if _expert_in_window(article, everywhere, window_first, last, firsts):
            found.append((start, end))
    return found


def _expert_in_window(article: Article, everywhere: list[Any], first: int, stop: int,
                      firsts: list[int] | None = None) -> bool:
    """Whether the expert roles occur among words ``first`` to ``stop - 1``.

    The roles found once in the whole body answer it, unless one of them crosses an
    edge of the window: then a phrase that started before the window (or ran past its
    end) may have hidden a shorter one inside it, and the window is searched on its own,
    exactly as if it were the whole text. ``firsts`` (the hits' first words, ascending,
    as ``find`` returns them) limits the look to the hits near the window, so a long
    text costs time linear in its attributions, not their product with the roles.
    """
    if firsts is None:
        firsts = [hit.first for hit in everywhere]
    inside = False
    low = bisect_left(firsts, first - _EXPERT_LONGEST)
    for hit in everywhere[low:bisect_left(firsts, stop)]:
        if hit.last < first:
            continue
        if hit.first < first or hit.last >= stop:
            window = slice(first, stop)
            return bool(_EXPERT_ROLES.find(article.norm, article.word_starts[window], article.word_ends[window],
                                           article.words[window], article.lower_words[window]))
        inside = True
    return inside


_BREAK_IN_GAP_RE = re.compile(r"[.!?\n]")


def _merge(spans: list[tuple[int, int]], text: str = "") -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        # "an official, speaking on condition of anonymity, said" is one attribution.
        if merged and start <= merged[-1][1] + 3 and (start <= merged[-1][1] or not _BREAK_IN_GAP_RE.search(text, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _without_overlap(named: list[tuple[int, int]], anonymous: list[tuple[int, int]],
                     citations: set[tuple[int, int]] = frozenset()) -> list[tuple[int, int]]:  # type: ignore[assignment]
    kept: list[tuple[int, int]] = []
    anonymous_starts = [start for start, _ in anonymous]
    for start, end in sorted(named):
        if kept and start < kept[-1][1]:
            continue
        index = bisect_right(anonymous_starts, end) - 1
        if index >= 0 and anonymous[index][1] > start:
            inside = anonymous[index]
            # "The WSJ, citing people familiar with the matter, reported": the cited source
            # sits inside the outlet's attribution; both count.
            if not (inside in citations and start < inside[0] and inside[1] < end):
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
    # The quote spans serve two features: built once (the tuples are immutable).
    quote_spans = spans_with_note(quotes, "quoted speech")
    for name, spans, noted in (
        ("anonymous_source_density", anonymous, spans_with_note(anonymous, "unnamed source")),
        ("named_attribution_density", named, spans_with_note(named, "named source")),
        ("quote_density", quotes, quote_spans),
    ):
        value = density(len(spans), words)
        results[name] = Measurement(value, noted, no_words if math.isnan(value) else None)
    if words:
        inside = sum(bisect_right(word_starts, end) - bisect_right(word_starts, start) for start, end in quotes)
        results["quoted_speech_share"] = Measurement(inside / words, quote_spans)
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
