"""A learned event-identity model for ``restated_event``: are two dates of one article one event?

The construction rules of :mod:`reliability.features.temporal` key a restated event by the
phrase a date attaches to.  They are exact where they fire but miss an event told twice in
words that no rule pairs ("made his debut in August 1995" / "first played for the club, in
1999").  This module scores the pairs of disjoint explicit dates that no rule related and whose
surroundings share an event word (stem) or a class of the engine's event lexicons, with a
logistic regression over interpretable pair features (shared event word or class, shared and
distinct names, distance, recurrence cues, a definite reference back, ...) and their pairwise
products.  The weights are plain data (``models/event_identity.json``), trained by
``benchmarks/event_identity.py`` on injected restatements of the development template sets and
the rules' restatements in the date tests (positives), and on every other date pair of those
texts and of clean host articles (negatives).  The threshold is set by two false-alarm budgets
measured out of sample (host articles, and the date tests' near-misses), not by recall; the
figures are in ``features/date_conflicts.md``.

Linear in the text: each date's surroundings are a bounded window of its sentence, and each
date is compared only with the few dates before it that share one of its keys.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Final

from reliability.features.base import load_lexicon

__all__ = ["FEATURES", "PairFeatures", "candidate_pairs", "date_contexts", "load_parameters", "logit", "probability"]

# Characters of the sentence looked at before and after a date.
_BEFORE: Final = 110
_AFTER: Final = 80
# Each date is compared with at most this many earlier dates sharing one of its keys.
_PARTNERS: Final = 8
_WORD: Final = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]{0,40}+")

_STOPWORDS: Final = frozenset("""
a an the and or but of in on at to for from by with as into onto upon about over under after before
since until till during between among through throughout within without against toward towards
is was were be been being am are has have had having do does did done will would shall should can
could may might must this that these those it its it's he him his she her hers they them their
theirs we us our you your i me my who whom whose which what when where why how than then there
here so not no nor also only just very more most much many some any all both each every other
such own same too again further once said says say saying told tells according one two three
four five six seven eight nine ten year years month months day days week weeks time times
january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mid early late end beginning middle spring summer autumn fall winter
""".split())
# Words that make one of two mentions another occurrence ("the previous election", "its second
# launch", "every year", "again").
_RECURRENCE: Final = frozenset("""
annual annually another previous prior next last latest again every each yearly biennial
subsequent following successive repeated recurring renewed re-election rematch new former earlier
later second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th 6th 7th 8th 9th
10th anniversary
""".split())
# The sharpest of those cues, when they stand right before the event word itself: "another blaze",
# "a second rescue", "the annual regatta".
_REPEAT_CUES: Final = frozenset("""
another again annual annually every each next previous prior subsequent repeated renewed latest
second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th
""".split())
# Words that relate a date to an event instead of dating it: "in September 2002, before the invasion".
_RELATIONS: Final = frozenset({"before", "after", "since", "until", "till", "following", "ahead", "prior", "preceding",
                               "during", "amid", "pending"})
_FIRST: Final = frozenset({"first", "1st", "maiden", "inaugural", "original", "originally", "debut", "only"})
_DEFINITE: Final = frozenset({"the", "that", "this", "its", "their", "his", "her", "same", "said"})
_AUXILIARIES: Final = frozenset({"was", "were", "had", "has", "have", "been", "did", "said", "called", "named", "based",
                                  "used", "needed", "included", "involved", "listed", "described", "reported"})
_IRREGULAR_PAST: Final = frozenset("""
began begun bought built came caught chose did drew drove fell fought found flew forgave froze gave got
grew held hid hit kept knew laid led left lent lost made meant met paid put quit ran rang rose sank saw
sold sent set shook shot shut sang sat slept spoke spent spun stood stole struck swore swept swam took
taught tore told thought threw understood woke won wore wrote broke
""".split())
_DETERMINERS: Final = frozenset({"the", "its", "his", "her", "their", "our", "a", "an", "that", "this"})
_REPORTING: Final = frozenset({"said", "says", "told", "announced", "reported", "stated", "wrote", "tweeted",
                               "confirmed", "added", "claimed", "interview", "statement"})
_PRONOUN_OPENINGS: Final = ("It ", "They ", "He ", "She ", "That ", "This ")
# A cleft or a dummy subject: "It wasn't until August 2004 that ...", "It was in 1994 that ...", "It is 20 years since".
_CLEFT: Final = re.compile(r"It (?:was|wasn't|wasn\u2019t|is|isn't|isn\u2019t|has been|had been) "
                           r"(?:not |only |just )?(?:until|till|since|in|on|when|\d)")

def _event_stages() -> dict[str, tuple[tuple[str, int], ...]]:
    """Word -> (chain, stage) pairs from ``lexicons/event_stages.tsv``: the successive stages of one
    thing's history ("bought" / "sold", "signed" / "ratified", "built" / "demolished"). Two dates told
    with different stages of one chain date two events of one thing, not one event twice."""
    stages: dict[str, list[tuple[str, int]]] = {}
    for term, chain, stage in load_lexicon("event_stages").rows:
        stages.setdefault(term, []).append((chain, int(stage)))
    return {term: tuple(found) for term, found in stages.items()}


_STAGES: Final = _event_stages()

FEATURES: Final = (
    "shared_event_word",      # the same event word (stem) on both sides: "the treaty" / "the treaty"
    "shared_event_class",     # an event class of the engine's lexicons on both sides, not the same stem
    "shared_content_words",   # other shared non-generic words (capped at 3)
    "shared_names",           # shared capitalised names (capped at 2)
    "same_sentence",
    "adjacent_sentence",
    "log_sentence_distance",
    "recurrence_cue",         # "previous", "another", "second", "annual", ... on either side
    "first_cue",              # "first", "maiden", "inaugural", "only" on either side
    "definite_reference",     # "the/that/its ..." or a possessive right before a shared word or class on the later side
    "plural_shared",          # a shared event word or class is plural on a side ("the elections", "polls")
    "reporting_context",      # a reporting verb beside a date: the date of a statement, not the event
    "pronoun_opening",        # the later sentence opens with a pronoun ("It was opened in ...")
    "both_days",              # both dates name a day
    "year_only",              # one date is a bare year
    "identifier_both",        # both dates premodify the shared word: "the 2012 election" / "the 2016 election"
    "identifier_one",         # one date premodifies it
    "near_both",              # the shared word stands within four words of each date
    "log_word_distance",      # words between each date and the shared word (the farther side, the closest word)
    "recurring_kind",         # every shared event word or class is of a kind that recurs (elections, polls, attacks)
    "distinct_names",         # each side names someone or something the other does not ("Karl Wendt" / "Anna Wendt")
    "deeds_differ",           # the dates are told with different past-tense verbs, one not the shared word
    "kind_only",              # only a coarse kind of event is shared ("the gale" / "the storm hit"), no word or
                              # finer class of the engine's lexicons
    "stages_differ",          # the sides tell different stages of one thing's history ("signed" / "ratified")
    "repeat_at_event",        # "another", "second", "annual" ... right before a shared event word on either side
    "first_both",             # "first", "debut", "maiden" ... on both sides: a first happens once
    "relation_between",       # on a side, "before", "after", "since" ... stands between the date and every
                              # shared word: the date is another event's, told relative to this one
    "opening_reference",      # the later date's sentence opens with a definite description of a shared event word
                              # or class ("That deal, closed on ...", "The firm's collapse in ...", "His death, on ...")
)


class PairFeatures:
    """The features of one pair of dates (positions into the text and the feature vector)."""

    __slots__ = ("first", "second", "values", "shared")

    def __init__(self, first: int, second: int, values: tuple[float, ...], shared: tuple[str, str]) -> None:
        self.first = first
        self.second = second
        self.values = values
        self.shared = shared


def _strip_suffix(word: str) -> str:
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    for suffix in ("isations", "isation", "izations", "ization", "ations", "ation", "ated", "ates", "ate", "itions",
                   "ition", "ments", "ment", "ings", "ing", "ions", "ion", "ied", "ies", "ised", "ized", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    """A crude key shared by a verb and its nominalisation: "commissioned"/"commissioning" -> "commission"."""
    stem = _STEMS.get(word)
    if stem is None:
        stem = _strip_suffix(word)
        if len(_STEMS) < 100_000:  # bounded: a 10 MB text of unique words must not grow it without limit
            _STEMS[word] = stem
    return stem


class _Side:
    """One date's surroundings: its words (read once), its keys and classes, and the details of
    :func:`_complete`, filled in only for dates that have a candidate partner."""

    __slots__ = ("text", "lexicons", "initial", "matches", "count", "sentence_start", "event_keys", "keys", "classes",
                 "complete", "deed", "deed_marks", "stages", "repeat_marks", "related", "names", "words", "near",
                 "premodified", "distance", "plural", "recurrence", "first", "reporting", "definite_keys", "day",
                 "year_only", "pronoun", "opening", "dateline")


# Word -> (lower case, stop word, capitalised, event stem or "", event classes or None), for the
# first pass over every date's window; the engine's lexicons are module constants, so one cache serves
# the process (bounded like _STEMS).
_WORD_INFO: dict[str, tuple[str, bool, bool, str, frozenset[str] | None]] = {}


def _word_info(word: str, class_of: Mapping[str, frozenset[str]],
               event_keys: frozenset[str]) -> tuple[str, bool, bool, str, frozenset[str] | None]:
    lower = word.lower()
    stem = _stem(lower)
    info = (lower, lower in _STOPWORDS, word[0].isupper() and len(word) > 1, stem if stem in event_keys else "",
            class_of.get(lower))
    if len(_WORD_INFO) < 100_000:
        _WORD_INFO[word] = info
    return info


def _titled_at(previous: str, words: Sequence[str], index: int) -> bool:
    """Whether a capitalised word stands where an event is named as a title: after "the" or before "of"
    ("the Treaty of Kestrel Bay", "The Battle of Ulm", "the Coup"): an event word, not only a name."""
    return previous == "the" or (index + 1 < len(words) and words[index + 1] == "of")


def _titled(info: tuple[str, bool, bool, str, frozenset[str] | None], previous: str, words: Sequence[str],
            index: int) -> bool:
    return info[4] is not None and _titled_at(previous, words, index)


def date_contexts(text: str, dates: Sequence[tuple[int, int, str]], sentence: Callable[[int], tuple[int, int]],
                  class_of: Mapping[str, frozenset[str]], phrase_class: Mapping[str, frozenset[str]],
                  generic: frozenset[str], event_keys: frozenset[str],
                  phrase_heads: frozenset[str]) -> list[_Side]:
    """The surroundings of each date (in text order): (start, end, granularity) -> its words, event stems and classes.

    ``event_keys`` are the stems of the engine's event words, ``phrase_heads`` the first words
    of the two-word phrases of ``phrase_class``.
    """
    sides: list[_Side] = []
    lexicons = (class_of, phrase_class, generic)
    known = _WORD_INFO
    # Where the text's first non-space character is, found once (slicing the text up to every date
    # made a 10 MB input's dates cost time quadratic in its length).
    opening = len(text) - len(text.lstrip())
    for number, (start, end, granularity) in enumerate(dates):
        sentence_start, sentence_end = sentence(start)
        # A window stops at the next date on either side: a word beyond it is what that date dates
        # ("signed in 2017 after the 2018 summit": the summit is 2018's, not 2017's).
        low = max(sentence_start, start - _BEFORE, dates[number - 1][1] if number else 0)
        high = min(sentence_end, end + _AFTER, dates[number + 1][0] if number + 1 < len(dates) else sentence_end)
        before = _WORD.findall(text, low, start)
        after = _WORD.findall(text, end, max(end, high))
        side = _Side()
        side.text = text
        side.lexicons = lexicons
        # The window's first word opens the sentence: a capital there is not a name.
        side.initial = initial = low == sentence_start
        side.matches = words = before + after
        side.count = len(before)
        side.sentence_start = sentence_start
        side.day = granularity == "day"
        # A date that opens the text before any word is its dateline ("October 5 2017 Syria fighting worst
        # since ..."): the date of the report, not of an event it tells.
        side.dateline = start <= opening
        side.year_only = granularity == "year"
        side.complete = False
        keys: set[str] = set()
        classes: set[str] = set()
        previous = ""
        for index, word in enumerate(words):
            info = known.get(word) or _word_info(word, class_of, event_keys)
            lower = info[0]
            if previous in phrase_heads:
                found = phrase_class.get(previous + " " + lower)
                if found:
                    classes.update(found)
            if not info[1] and not (info[2] and (index or not initial) and not _titled(info, previous, words, index)):
                if info[4]:
                    classes.update(info[4])
                if info[3]:
                    keys.add(info[3])
            previous = lower
        side.event_keys = keys
        side.classes = classes
        sides.append(side)
    return sides


def _complete(side: _Side) -> None:
    """The details of a date's surroundings that only a scored pair needs."""
    if side.complete:
        return
    side.complete = True
    class_of, phrase_class, generic = side.lexicons
    initial = side.initial
    words = side.matches
    count = side.count
    text = side.text
    # A date premodifies what follows it when a determiner or a possessive stands before it:
    # "the 2019 bilateral treaty", "Okafor's 2013 arrest".
    determined = count > 0 and (words[count - 1].lower() in _DETERMINERS or words[count - 1].endswith(("'s", "\u2019s")))
    keys: set[str] = set()
    names: set[str] = set()
    shown: dict[str, str] = {}
    definite: set[str] = set()
    plural: set[str] = set()
    near: set[str] = set()
    distances: dict[str, int] = {}
    premodified: set[str] = set()
    recurrence = first = reporting = False
    stages: dict[str, tuple[int, int]] = {}  # chain -> (words from the date, stage) of its nearest word
    repeat_marks: set[str] = set()
    last_repeat = -9
    related: set[str] = set()
    # The last relation word before the date: a word before it is related ("the invasion ... before, in 2002").
    relation_before = max((index for index in range(count) if words[index].lower() in _RELATIONS), default=-1)
    relation_after = False  # a relation word after the date, before this word
    deed = ""
    deed_marks: frozenset[str] = frozenset()
    previous = ""
    opening = text[side.sentence_start:side.sentence_start + 60].lstrip(" \n\t\"'(\u201c")
    # The sentence opens with a determiner or a possessive ("That deal", "The firm's collapse", "His death"):
    # the event words of its first words, before the date, refer back to an event told before.
    refers = initial and count > 1 and words[0].lower() in _DEFINITE
    opening_marks: set[str] = set()
    for index, word in enumerate(words):
        lower = word.lower()
        distance = count - index if index < count else index - count + 1
        marks: list[str] = []
        if lower in _RELATIONS and index >= count:
            relation_after = True
        if lower in _REPEAT_CUES:
            last_repeat = index
        found_stages = _STAGES.get(lower)
        if found_stages:
            # The stage told nearest the date is the one it dates ("It closed early, having opened on 9 June").
            for chain, stage in found_stages:
                if (distance, stage) < stages.get(chain, (99, 0)):
                    stages[chain] = (distance, stage)
        if lower in _RECURRENCE:
            recurrence = True
        elif lower in _FIRST:
            first = True
        if lower in _REPORTING:
            reporting = True
        if previous:
            found = phrase_class.get(previous + " " + lower)
            if found:
                for name in found:
                    marks.append("class:" + name)
                    shown.setdefault("class:" + name, previous + " " + lower)
        capital = word[0].isupper() and len(word) > 1 and lower not in _STOPWORDS and (index or not initial)
        if capital:
            names.add(lower)
            shown.setdefault("name:" + lower, word)
        if lower not in _STOPWORDS and (not capital or (lower in class_of and _titled_at(previous, words, index))):
            found = class_of.get(lower)
            key = _stem(lower)
            many = lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
            if found:
                for name in found:
                    marks.append("class:" + name)
                    shown.setdefault("class:" + name, word)
                    if many:
                        plural.add("class:" + name)
            if len(key) >= 3 and key not in generic:
                keys.add(key)
                marks.append(key)
                shown.setdefault(key, word)
                if many:
                    plural.add(key)
        if index < count and lower not in _AUXILIARIES and (lower.endswith("ed") or lower in _IRREGULAR_PAST):
            # The deed a date is told with: the last past-tense verb before it ("approved by regulators in 1996").
            deed = _stem(lower)
            deed_marks = frozenset(marks)
        for mark in marks:
            if distance < distances.get(mark, 99):
                distances[mark] = distance
        relation = relation_after if index >= count else relation_before > index
        if marks and relation:
            related.update(marks)
        if marks and 0 < index - last_repeat <= 2 and (index < count) == (last_repeat < count):
            repeat_marks.update(marks)
        if (marks and index and index != count and not relation
                and (previous in _DEFINITE or words[index - 1].endswith(("'s", "\u2019s")))):
            # "the gale", "the firm's collapse", "his death": a definite description of an event word or class
            # (not one a date is measured from: "17 months after the invasion began").
            definite.update(marks)
        if refers and index <= 3 and index < count:
            opening_marks.update(marks)
        if marks and distance <= 4:
            near.update(marks)
            if determined and index >= count and distance <= 3:
                premodified.update(marks)
        previous = lower
    side.keys = keys
    side.deed = deed
    side.stages = {chain: stage for chain, (_, stage) in stages.items()}
    side.repeat_marks = repeat_marks
    side.related = related
    side.deed_marks = deed_marks
    side.names = names
    side.words = shown
    side.plural = plural
    side.definite_keys = definite
    side.near = near
    side.distance = distances
    side.premodified = premodified
    side.recurrence = recurrence
    side.first = first
    side.reporting = reporting
    # A cleft or a dummy subject ("It wasn't until August 2004 that ...", "It is ten years since") refers to nothing.
    side.pronoun = opening.startswith(_PRONOUN_OPENINGS) and not _CLEFT.match(opening)
    side.opening = opening_marks


def candidate_pairs(sides: Sequence[_Side], disjoint: Callable[[int, int], bool],
                    event_keys: frozenset[str], recurring: frozenset[str],
                    sentence_index: Callable[[int], int]) -> list[PairFeatures]:
    """Feature vectors of the pairs (earlier date first) whose surroundings share an event word or class.

    ``disjoint(i, j)`` says whether dates i and j cannot be one date; ``event_keys`` are the
    stems of the engine's event words; ``recurring`` the stems and classes ("class:" + name)
    of kinds of event that recur (elections, polls, attacks); ``sentence_index(i)`` is the
    sentence number of date i.
    """
    by_key: dict[str, list[int]] = {}
    seen: set[tuple[int, int]] = set()
    pairs: list[PairFeatures] = []
    for second, side in enumerate(sides):
        if side.dateline:
            continue
        partners: list[int] = []
        for key in (*side.event_keys, *("class:" + name for name in side.classes)):
            earlier = by_key.setdefault(key, [])
            partners.extend(earlier[-_PARTNERS:])
            earlier.append(second)
        for first in sorted(set(partners)):
            if (first, second) in seen or not disjoint(first, second):
                continue
            seen.add((first, second))
            pairs.append(_features(sides[first], sides[second], first, second, event_keys, recurring, sentence_index))
    return pairs


def _features(one: _Side, two: _Side, first: int, second: int, event_keys: frozenset[str],
              recurring: frozenset[str], sentence_index: Callable[[int], int]) -> PairFeatures:
    _complete(one)
    _complete(two)
    shared_keys = one.keys & two.keys
    shared_events = {key for key in shared_keys if key in event_keys}
    shared_classes = one.classes & two.classes
    others = shared_keys - shared_events
    distance = abs(sentence_index(second) - sentence_index(first))
    marked = shared_keys | {"class:" + name for name in shared_classes}
    definite = bool(marked & two.definite_keys)
    premodified_one = bool(marked & one.premodified)
    premodified_two = bool(marked & two.premodified)
    events = shared_events | {"class:" + name for name in shared_classes}
    values = (
        1.0 if shared_events else 0.0,
        1.0 if shared_classes and not shared_events else 0.0,
        float(min(len(others), 3)),
        float(min(len(one.names & two.names), 2)),
        1.0 if distance == 0 else 0.0,
        1.0 if distance == 1 else 0.0,
        math.log1p(distance),
        1.0 if one.recurrence or two.recurrence else 0.0,
        1.0 if one.first or two.first else 0.0,
        1.0 if definite else 0.0,
        1.0 if (one.plural | two.plural) & events else 0.0,
        1.0 if one.reporting or two.reporting else 0.0,
        1.0 if two.pronoun and distance > 0 else 0.0,
        1.0 if one.day and two.day else 0.0,
        1.0 if one.year_only or two.year_only else 0.0,
        1.0 if premodified_one and premodified_two else 0.0,
        1.0 if premodified_one != premodified_two else 0.0,
        1.0 if marked & one.near & two.near else 0.0,
        math.log1p(min((max(one.distance.get(mark, 30), two.distance.get(mark, 30)) for mark in marked), default=30)),
        1.0 if events and events <= recurring else 0.0,
        1.0 if one.names - two.names and two.names - one.names else 0.0,
        1.0 if one.deed and two.deed and one.deed != two.deed and not (marked & one.deed_marks and marked & two.deed_marks)
        else 0.0,
        1.0 if shared_classes and not shared_events and all(name.startswith("kind:") for name in shared_classes)
        else 0.0,
        1.0 if any(chain in two.stages and one.stages[chain] != two.stages[chain] for chain in one.stages) else 0.0,
        1.0 if marked & (one.repeat_marks | two.repeat_marks) else 0.0,
        1.0 if one.first and two.first else 0.0,
        1.0 if marked and (marked <= one.related or marked <= two.related) else 0.0,
        1.0 if distance > 0 and marked & two.opening else 0.0,
    )
    if shared_events or shared_keys:
        key = min(shared_events or shared_keys)
    elif shared_classes:
        key = "class:" + min(shared_classes)
    else:
        key = "name:" + min(one.names & two.names)
    return PairFeatures(first, second, values, (one.words[key], two.words[key]))


def logit(values: Sequence[float], parameters: Mapping[str, object]) -> float:
    """The model's log-odds that a pair is one event dated twice: intercept, feature weights and the
    weights of pairwise products of features (the fitted interactions)."""
    total = float(parameters["intercept"])  # type: ignore[arg-type]
    linear = parameters["linear"]
    pairwise = parameters.get("pairwise_of")
    if pairwise is None:  # parameters not from load_parameters(): index the products here
        pairwise = _index_pairwise(parameters["pairwise"])  # type: ignore[arg-type]
    nonzero = [index for index, value in enumerate(values) if value]
    for position, first in enumerate(nonzero):
        value = values[first]
        total += value * linear[first]  # type: ignore[index]
        for second in nonzero[position + 1:]:
            weight = pairwise.get((first, second))  # type: ignore[union-attr]
            if weight is not None:
                total += value * values[second] * weight
    return total


def _index_pairwise(pairwise: Sequence[Sequence[float]]) -> dict[tuple[int, int], float]:
    return {(int(first), int(second)): float(weight) for first, second, weight in pairwise}


def probability(values: Sequence[float], parameters: Mapping[str, object]) -> float:
    """The model's probability that a pair is one event dated twice."""
    value = logit(values, parameters)
    if value < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


@lru_cache(maxsize=1)
def load_parameters() -> dict[str, object]:
    """The shipped parameters (``models/event_identity.json``): coefficients, threshold, generic keys."""
    import importlib.resources

    data = json.loads(importlib.resources.files("reliability.models").joinpath("event_identity.json")
                      .read_text(encoding="utf-8"))
    data["generic"] = frozenset(data["generic"])
    data["pairwise_of"] = _index_pairwise(data["pairwise"])
    if tuple(data["features"]) != FEATURES:
        raise ValueError("models/event_identity.json was trained on other features; re-run benchmarks/event_identity.py")
    return data
