"""Temporal expressions and internal date conflicts in a news article.

The engine extracts dates, years, weekdays, seasons, ranges, relative
expressions ("last week", "two years ago"), durations and ages with exact
character offsets, normalises each to an inclusive date interval and then
checks the article against itself: a weekday that does not match its date,
an impossible calendar date, one event dated differently in two places,
"after"/"before" contradicting the dates they connect, past events dated
after publication, and durations or ages that disagree with stated dates.

Everything is standard library.  All regular expressions are compiled once at
import, use only bounded repetition over disjoint character classes, and are
applied in a single left-to-right pass over the text, so the cost is linear in
the length of the text.

Extraction policy
-----------------
* Numeric dates ``a/b/yyyy`` are read month first (United States convention,
  the convention of the corpora this library targets) unless the first number
  exceeds 12, in which case they are read day first.
* A four-digit number is a year only between 1600 and 2099, when it is not
  part of a thousands-separated number ("2,000"), not a decimal, not followed
  by a unit or a counted noun ("2000 troops", "1600 miles", "1999 percent")
  and not preceded by an address or identifier word ("Suite 2000",
  "Route 1776", "Flight 2016").  Numbers with fewer than four digits are never
  years.
* A bare month name counts only after a word that introduces a time ("in May",
  "since March", "last June", "mid-October"); "may" in lower case is never a
  month and "Theresa May" is not either.
* Seasons count only with a year ("summer 2016") or a deictic modifier
  ("last summer").
* Units of duration are days, weeks, weekends, months, years, decades and
  centuries; hours and minutes are not dated references.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from reliability.features import event_identity
from reliability.features.base import load_lexicon

__all__ = [
    "CONFLICT_KINDS",
    "DateAnalysis",
    "DateConflict",
    "TemporalExpression",
    "analyse_dates",
    "dated_reference_density",
    "extract_temporal",
]

CONFLICT_KINDS: Final = (
    "weekday_mismatch",
    "impossible_date",
    "restated_event",
    "order_violation",
    "publication_anachronism",
    "duration_arithmetic",
)


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """One temporal expression found in a text.

    Attributes
    ----------
    start, end : int
        Character offsets into the analysed text; ``text[start:end] == self.text``.
    text : str
        The expression as written.
    kind : str
        One of ``"date"``, ``"month_year"``, ``"year"``, ``"weekday"``,
        ``"season"``, ``"part_of_period"``, ``"range"``, ``"relative"``,
        ``"duration"``, ``"age"``.
    earliest, latest : datetime.date or None
        The normalised inclusive interval; ``None`` when it cannot be anchored.
    granularity : str
        ``"day"``, ``"week"``, ``"month"``, ``"part_of_month"``, ``"season"``,
        ``"part_of_year"``, ``"year"``, ``"decade"`` or ``"century"``.
    note : str
        How the interval was obtained, e.g. the reference date it is anchored on.
    """

    start: int
    end: int
    text: str
    kind: str
    earliest: datetime.date | None
    latest: datetime.date | None
    granularity: str
    note: str


@dataclass(frozen=True, slots=True)
class DateConflict:
    """An internal inconsistency between dates of one article.

    Attributes
    ----------
    kind : str
        One of :data:`CONFLICT_KINDS`.
    spans : tuple of (int, int)
        Evidence: one span for one-sided conflicts, every side otherwise (at most three:
        a stated length and the two dates it is measured between, or a weekday, its date
        and the full date that gives a yearless date its year).
    explanation : str
        The conflict in plain words.
    """

    kind: str
    spans: tuple[tuple[int, int], ...]
    explanation: str


@dataclass(frozen=True, slots=True)
class DateAnalysis:
    """Temporal expressions and date conflicts of one text.

    Attributes
    ----------
    expressions : tuple of TemporalExpression
        In text order.
    conflicts : tuple of DateConflict
        In order of their first evidence span.
    reference_date : datetime.date or None
        The publication date, or the date inferred from the article's own dates.
    reference_inferred : bool
        True when ``reference_date`` was inferred rather than given.
    """

    expressions: tuple[TemporalExpression, ...]
    conflicts: tuple[DateConflict, ...]
    reference_date: datetime.date | None
    reference_inferred: bool


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

_MONTH_NUMBER: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAY_NUMBER: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2,
    "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6, "weds": 2,
}
_WEEKDAY_NAME: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAME: Final = ("", "January", "February", "March", "April", "May", "June", "July",
                      "August", "September", "October", "November", "December")

_ONES: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Vague quantities become a (low, high) range so that arithmetic stays honest.
_VAGUE_QUANTITY: Final[dict[str, tuple[int, int]]] = {
    "a": (1, 1), "an": (1, 1), "a few": (2, 5), "a couple of": (2, 3), "several": (3, 9),
    "many": (3, 60), "a dozen": (12, 12), "dozens of": (24, 120), "hundreds of": (200, 999),
}
_UNIT_DAYS: Final[dict[str, int]] = {
    "day": 1, "weekend": 7, "week": 7, "month": 30, "year": 365, "decade": 3652, "century": 36524,
}

# Event verbs whose date defines the event ("the 2019 treaty" is the treaty signed in 2019).
_DEFINING_VERBS: Final = frozenset({
    "sign", "hold", "found", "establish", "create", "form", "build", "launch", "open",
    "enact", "pass", "adopt", "introduce", "release", "publish", "elect", "bear", "hold",
    "stage", "conclude", "agree", "reach", "strike", "approve", "complete", "unveil",
    "incorporate", "start", "begin", "start", "hire", "appoint", "organize", "organise",
    "host", "convene", "broker", "negotiate", "finalize", "finalise", "construct",
    "inaugurate", "die", "kill", "marry", "discover", "invent", "shut", "close", "meet", "attend",
    "sink", "go public",
})
_EVENT_VERB_FORMS: Final[dict[str, str]] = {
    "signed": "sign", "held": "hold", "founded": "found", "established": "establish",
    "created": "create", "formed": "form", "built": "build", "launched": "launch",
    "opened": "open", "enacted": "enact", "passed": "pass", "adopted": "adopt",
    "introduced": "introduce", "released": "release", "published": "publish",
    "elected": "elect", "born": "bear", "staged": "hold", "concluded": "conclude",
    "agreed": "agree", "reached": "reach", "struck": "strike", "approved": "approve",
    "completed": "complete", "unveiled": "unveil", "incorporated": "incorporate",
    "started": "begin", "began": "begin", "begun": "begin", "hired": "hire",
    "appointed": "appoint", "organized": "organize", "organised": "organise",
    "hosted": "host", "convened": "convene", "brokered": "broker",
    "negotiated": "negotiate", "finalized": "finalize", "finalised": "finalise",
    "constructed": "construct", "inaugurated": "inaugurate", "died": "die",
    "killed": "kill", "married": "marry", "discovered": "discover", "invented": "invent",
    "ratified": "ratify", "amended": "amend", "renewed": "renew", "expanded": "expand",
    "closed": "close", "demolished": "demolish", "dissolved": "dissolve",
    "acquired": "acquire", "sold": "sell", "bought": "buy", "merged": "merge",
    "announced": "announce", "filed": "file", "issued": "issue", "ended": "end",
    "collapsed": "collapse", "abolished": "abolish", "repealed": "repeal",
    "implemented": "implement", "suspended": "suspend", "resumed": "resume",
    "won": "win", "lost": "lose", "arrested": "arrest", "convicted": "convict",
    "sentenced": "sentence", "indicted": "indict", "charged": "charge",
    "fired": "fire", "resigned": "resign", "retired": "retire", "sworn": "swear",
    "reopened": "reopen", "settled": "settle", "ruled": "rule", "decided": "decide",
    "dedicated": "dedicate", "erected": "erect", "destroyed": "destroy",
    "shut down": "shut", "closed down": "close", "met": "meet", "attended": "attend",
    # Synonyms share their event's verb, so that a restatement in other words keys alike.
    "sank": "sink", "sunk": "sink", "went down": "sink", "capsized": "sink", "foundered": "sink",
    "made landfall": "strike", "went public": "go public", "floated": "go public", "passed away": "die",
    "secured": "win", "clinched": "win", "set up": "establish",
    # A law's or a truce's start is its beginning: "the act came into force on 1 May 2001", "the
    # ceasefire took effect", "the ceasefire, which began on ...".
    "took effect": "begin", "came into force": "begin", "came into effect": "begin",
    "entered into force": "begin", "went into effect": "begin", "took hold": "begin",
    "took place": "hold",
}
def _trie_alternation(words: Iterable[str], space: str = "[ ]+") -> str:
    """A regex alternation of literal words, factored by common prefixes so that a failed
    attempt costs one character comparison rather than one per word (spaces become ``space``)."""
    def build(group: list[str]) -> str:
        branches: list[str] = []
        optional = "" in group
        by_first: dict[str, list[str]] = {}
        for word in group:
            if word:
                by_first.setdefault(word[0], []).append(word[1:])
        for first, rests in sorted(by_first.items()):
            head = space if first == " " else re.escape(first)
            branches.append(head + build(rests))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        return body + ("?" if optional and branches else "")
    return build(sorted(set(words)))


# A trie rather than a list of words, so that a failed attempt costs a character comparison,
# not one per form (the forms keep their single spaces: match texts are dictionary keys).
_EVENT_VERB_ALTERNATION: Final = _trie_alternation(_EVENT_VERB_FORMS, space=" ")
_EVENT_VERB_CUE: Final = re.compile(rf"(?<!\w)(?:{_EVENT_VERB_ALTERNATION})(?!\w)")

# Words that end a noun phrase: the head noun is the last word before one of these.
_PHRASE_STOP: Final = frozenset("""
a an the this that these those its their his her our your my of in on at by for with from
to into onto over under between among during after before since until through about against
and or but nor so yet as than then when while where which who whom whose what is are was were
be been being has have had do does did will would can could should may might must shall said
says say not no also only first later earlier ago it he she they we you i there here
itself themselves himself herself actually originally officially formally reportedly
""".split())
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
# Heads that name a measurement rather than an event; dating them twice is normal.
_GENERIC_HEADS: Final = frozenset("""
year years time times level levels rate rates figure figures number numbers total totals data
estimate estimates average averages version versions edition editions model models one ones
season seasons budget budgets record records high highs low lows peak peaks period periods
quarter quarters term terms count census survey surveys poll polls report reports study studies
statement statements article articles story stories letter letters interview interviews issue
issues list lists value values price prices rally rallies debate debates meeting meetings
match matches game games race races visit visits speech speeches show shows episode episodes
tweet tweets post posts video videos photo photos book books film films album albums case cases
man woman men women person people child children boy girl
""".split())

_NUMBER_WORDS_PATTERN: Final = (
    "(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
    "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    "|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen"
    "|[Ee]ighteen|[Nn]ineteen|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    "|[Ee]ight|[Nn]ine|[Tt]en|[Aa]\\s+few|[Aa]\\s+couple\\s+of|[Ss]everal|[Mm]any"
    "|[Aa]\\s+dozen|[Dd]ozens\\s+of|[Hh]undreds\\s+of|[Aa]n?"
)

# --------------------------------------------------------------------------
# The single scanning expression
# --------------------------------------------------------------------------

_YEAR: Final = r"(?:1[6-9][0-9][0-9]|20[0-9][0-9])(?![0-9])(?!,[0-9])(?!\.[0-9])"
_MONTH: Final = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?!\w)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?=\s+[0-9])))"
)
_MONTH_FULL: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?!\w)"
)
_WEEKDAY: Final = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w)"
    r"|(?:Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)"
)
_WEEKDAY_SHORT: Final = r"(?:Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
# Before a day or month name, a short weekday needs no full stop ("Sat 14 Nov 2009", "Weds 29 Dec").
_WEEKDAY_ATTACHED: Final = rf"(?:{_WEEKDAY}|{_WEEKDAY_SHORT}(?=,?[ ]+[0-9A-Z]))"
# Standing alone, only before a number ("Thu 28.08.2006") or closing a bracket ("2005-05-21 (Thu)").
_WEEKDAY_ALONE: Final = rf"(?:{_WEEKDAY}|{_WEEKDAY_SHORT}(?=[ ]+[0-9]|\)))"
_DAY: Final = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
# A day number past any month's end, read as a date only before its year ("October 35, 2013").
_DAY_OVERFLOW: Final = r"(?:3[2-9]|[4-9][0-9])(?:st|nd|rd|th)?(?=,?[ ]+(?:1[6-9]|20)[0-9][0-9](?![0-9]))"
_UNIT: Final = r"(?:days?|weeks?|weekends?|months?|years?|decades?|century|centuries)"
_RELATIVE_UNIT: Final = r"(?:week|weekend|month|year|decade)"

# Every candidate starts on a one-character separator; the caller prefixes the
# text with a space so that offset 0 is covered.
_SEPARATOR: Final = "[\\s(\\[\"'\\-\u2013\u2014]"
_SCAN: Final = re.compile(
    rf"""
    {_SEPARATOR}
    (?:
      (?=[0-9])(?:
        (?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>[01][0-9])-(?P<iso_d>[0-3][0-9])(?![0-9]))
      | (?P<numeric>(?P<nu_a>[0-3]?[0-9])(?P<nu_sep>[/-])(?P<nu_b>[0-3]?[0-9])(?P=nu_sep)(?P<nu_y>{_YEAR}|(?<=/)[0-9][0-9](?![0-9/])))
      | (?P<dotted>(?P<do_a>[0-3]?[0-9])\.(?P<do_b>[01]?[0-9])\.(?P<do_y>{_YEAR})(?!\.[0-9]))
      | (?P<yearrange>(?P<yr_a>{_YEAR})[ ]*(?:-|\u2013)[ ]*(?P<yr_b>{_YEAR}|[0-9][0-9](?![0-9])))
      | (?P<decade>(?P<dec>1[6-9][0-9]0|20[0-9]0)'?s(?!\w))
      | (?P<year>{_YEAR}))
    | (?=[0-9A-Z])(?P<daymonth>
        (?:(?=[0-9])(?:(?<=from[ ])(?P<dm_from>)|(?<=between[ ])(?P<dm_between>)))?
        (?:(?P<dm_wd>{_WEEKDAY_ATTACHED}),?[ ]+)?
        (?:the[ ]+)?(?P<dm_day>{_DAY})
        (?:(?:[ ]*(?:-|\u2013)[ ]*|(?(dm_from)[ ]+(?:to|until|till|through)[ ]+|(?(dm_between)[ ]+and[ ]+|(?!))))(?P<dm_day2>{_DAY}))?
        [ ]+(?:of[ ]+)?(?P<dm_mon>{_MONTH})(?:,?[ ]+(?P<dm_year>{_YEAR}))?)
    | (?=[A-Z])(?:
        (?P<monthday>
        (?:(?<=between[ ])(?P<md_between>))?
        (?:(?P<md_wd>{_WEEKDAY_ATTACHED}),?[ ]+)?
        (?P<md_mon>{_MONTH})[ ]+(?P<md_day>{_DAY}|{_DAY_OVERFLOW})
        (?:[ ]*(?:-|\u2013|to|through|until|(?(md_between)and|(?!)))[ ]*(?:(?P<md_mon2>{_MONTH})[ ]+)?(?P<md_day2>{_DAY}))?
        (?:,?[ ]+(?P<md_year>{_YEAR}))?)
      | (?P<monthyear>(?P<my_mon>{_MONTH}),?[ ]+(?:of[ ]+)?(?P<my_year>{_YEAR}))
      | (?P<weekday>(?P<wd_name>{_WEEKDAY_ALONE})(?:[ ]+(?:morning|afternoon|evening|night))?)
      | (?P<month>{_MONTH_FULL}))
    | (?P<season>(?P<se_name>Spring|Summer|Fall|Autumn|Winter)(?!\w)
        (?:[ ]+(?:of[ ]+)?(?P<se_year>{_YEAR}))?)
    )
    """,
    re.VERBOSE,
)
# Where _SCAN can match: a separator followed by a digit or by the first letters
# of a month, weekday or season name.  Trying _SCAN at every separator costs a
# failed match per word; this prefilter starts with a character class, so the
# engine skips in C to the rare capitals and digits and rejects most of them
# there.  It must accept every position at which _SCAN can match.
_SCAN_START: Final = re.compile(
    rf"[0-9ADFJMNOSTW](?<={_SEPARATOR}.)"
    r"(?:(?<=[0-9])|(?<=A)(?:pr|ug|utumn)|(?<=D)ec|(?<=F)(?:eb|ri|all)|(?<=J)(?:an|u[nl])"
    r"|(?<=M)(?:a[ry]|on)|(?<=N)ov|(?<=O)ct|(?<=S)(?:ep|at|un|pring|ummer)|(?<=T)(?:ue|hu)"
    r"|(?<=W)(?:ed|inter))"
)

# A sentence ends at terminal punctuation followed by a capital, or at a newline.
# Written to start with a character class so that the engine skips to candidates in C.
# The "v." of a case name ("Foyle v. Harcastle Mining") ends no sentence; a sentence may open with
# a typographic quote (\u201cIt will last,\u201d he said).
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])(?<![ ]v\.)(?<![ ]vs\.)[\"')\]\u201d\u2019]*\s+(?=[\"'(\[\u201c\u2018]?[A-Z]))")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z][A-Za-z.#']*)[ ]*[-,]?[ ]*$")
_RANGE_GAP: Final = re.compile(r"[ ]*(?:-|\u2013|to|and|until|through|till)[ ]*")
_MERGE_GAP: Final = re.compile(r"[ -]*")
_NOT_A_YEAR_AFTER: Final = re.compile(
    r"[ ]*(?:%|percent\b|per[ ]cent\b|(?!(?:was|has|does|this|his|its|yes|thus|plus|less|unless|versus|whereas|perhaps|across|always|besides|towards|afterwards|news|sometimes|nevertheless)\b)[a-z]{2,}(?<![ius])s\b(?!')|(?:people|children|men|women|staff|police|personnel|residents|feet)\b|(?:[A-Z][a-z]+[ ]+){0,2}"
    r"(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Court|Parkway|Pkwy|Highway|Hwy)\b"
    r"|(?:feet|foot|mile|meter|metre|kilometer|kilometre|km|pound|lb|ton|acre|square|calorie)\b"
    # A clock time in a time zone: "at 7pm (1600 GMT)", "2037 UTC+3", "at 1900 GMT".
    r"|(?:GMT|UTC|BST|CEST|CET|EST|EDT|PST|PDT|CST|CDT|MST|MDT|hrs)\b)"
)
# Plural words that legitimately follow a year ("the 2016 elections").
_YEAR_PLURAL_FOLLOWERS: Final = frozenset("""
elections primaries campaigns games olympics playoffs finals championships results levels
riots protests attacks floods fires wars talks negotiations hearings sessions midterms polls
standings rankings awards oscars emmys grammys budgets accords agreements reforms cuts hikes
sanctions shootings bombings killings murders deaths rules laws regulations taxes earnings
numbers figures estimates projections forecasts statistics data totals sales returns
""".split())
_NOT_A_YEAR_BEFORE: Final = frozenset("""
suite room route highway flight no no. number # apt apt. apartment unit building interstate
page pages p. chapter section model version code zip channel station gate bus precinct box
po p.o. ste ste. rm rm. hwy hwy. i article paragraph item exhibit figure fig fig. table
""".split())
_MONTH_INTRODUCERS: Final = frozenset("""
in on by since until till last next this early mid late of from through during before after
between and to every each that end beginning start middle or until, since, throughout
""".split())
_PAST_TENSE: Final = re.compile(
    # "won" but not "won't" (a future: "I won't fund you for the run in 2020").
    r"\b(?:was|were|had|did|took|came|went|said|told|made|met|held|began|won(?!['\u2019]t)|lost|saw|"
    # Irregular past forms that are not also present or participle-only forms.
    r"sank|fell|rose|broke|struck|ran|fled|froze|shook|stole|threw|wrote|drove|flew|grew|knew|gave|became|"
    r"brought|caught|fought|taught|sold|bought|paid|built|spent|sent|"
    r"left|led|found|shot|stood|kept|felt|lent|sought|heard|laid|hid|dug|rode|spoke|chose|wore|tore|swore|woke|"
    r"drank|sang|rang|swam|hung|swung|dealt|slid|sped|withdrew|drew|blew|forgave|arose|shrank|sprang|strode|"
    r"[a-z]{2,}ed)\b"
)
_FUTURE_OR_HYPOTHETICAL: Final = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|plan|plans|planned|planning|expect|expects|"
    r"expected|scheduled|schedule|set[ ]to|due|aims?|target|targets|goal|forecasts?|projected|"
    r"predicts?|predicted|estimates?|deadline|expires?|until|through|upcoming|next|future|"
    # "by" is a deadline only before a time ("by 2020", "by the end of May"), not "by a wide margin".
    r"by(?=[ ]+(?:the[ ]+(?:end|middle|start|beginning|close|time|turn)|then|next|early|mid|late|[0-9]"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|spring|summer|fall|autumn|winter)))|"
    r"proposed|proposes|intends?|hopes?|going[ ]to|if|unless|whether|slated|set[ ]for)\b",
)
# Reference inference keeps the broad reading of "by" (its features feed the shipped model).
_FUTURE_FOR_INFERENCE: Final = re.compile(
    r"\b(?:will|would|shall|could|might|may|should|plan|plans|planned|planning|expect|expects|"
    r"expected|scheduled|schedule|set[ ]to|due|aims?|target|targets|goal|forecasts?|projected|"
    r"predicts?|predicted|estimates?|deadline|expires?|until|through|upcoming|next|future|"
    r"by|"
    r"proposed|proposes|intends?|hopes?|going[ ]to|if|unless|whether|slated|set[ ]for)\b",
)
_PRECEDING_PREPOSITION: Final = re.compile(r"(?:\b(?:[Ii]n|[Oo]n|[Dd]uring|[Bb]ack[ ]in|[Aa]round|[Cc]irca))[ ]+(?:the[ ]+)?(?:early[ ]+|late[ ]+|mid-?)?$")
_PASSIVE_EVENT: Final = re.compile(
    r"(?<!\w)(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]+"
    # Up to eight words, so that a postmodifier stays with its head: "The ceasefire between the
    # government and the People's Army took effect on ...".
    r"(?P<phrase>(?:[\w'-]+[ ]+){0,7}?[\w'-]+),?[ ]+(?:(?:which|that)[ ]+)?"
    r"(?:(?:was|were|had[ ]+been|has[ ]+been|have[ ]+been|is|are|first|originally|officially|"
    rf"formally|actually|only|finally|also|then|eventually|reportedly)[ ]+){{0,3}}(?P<verb>{_EVENT_VERB_ALTERNATION})"
    r",?[ ]+(?:[^\W\d][\w'-]*[ ]+){0,4}?(?:back[ ]+)?(?:in|on|during)[ ]+(?:the[ ]+)?$"
)
_ACTIVE_EVENT: Final = re.compile(
    rf"(?<!\w)(?P<verb>{_EVENT_VERB_ALTERNATION})[ ]+(?:(?:for|at|to)[ ]+)?(?:the|this|that|its|their|his|her)[ ]+"
    r"(?P<phrase>(?:[\w'-]+[ ]+){0,6}?)(?:back[ ]+)?(?:in|on|during)[ ]+(?:the[ ]+)?$"
)
_IDENTIFIER_BEFORE: Final = re.compile(r"(?<!\w)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)[ ]+$")
_WORDS_AFTER: Final = re.compile(r"(?:'s)?[ ]+((?:[A-Za-z][\w-]*[ ]*){1,3})")
_AGO_LINK: Final = re.compile(r"[ ]*[,(-]?[ ]*(?:or[ ]+|some[ ]+|about[ ]+|nearly[ ]+|almost[ ]+|roughly[ ]+|more[ ]+than[ ]+|just[ ]+)?$")
_BORN_WORD: Final = re.compile(r"\bborn\b")
_DEATH_WORD: Final = re.compile(r"\b(?:died|death|killed)\b")
_BORN: Final = re.compile(r"\b(?:born|founded|established|built|formed|created|incorporated|launched|opened)\b")
_PINNED_GAP: Final = re.compile("[ ]*(?:,|\\(|--?|[\u2013\u2014])?[ ]*(?:on[ ]+|in[ ]+)?")
# A looser pin for words of the recent past: set off by a dash, comma or bracket with a few
# adverbs ("In recent days -- most dramatically on 2 October"), or through a short place
# phrase ("this afternoon at a rally on Dec. 15").
_PINNED_LOOSE_GAP: Final = re.compile(
    "[ ]*+(?:,|\\(|--?|[\u2013\u2014])?+[ ]*+(?:(?:most|and|but|including|notably|especially|chiefly|mainly|[a-z]{2,14}ly)[ ]++){0,3}"
    "(?:(?:at|during)[ ]++(?:an?|the)[ ]++[a-z]{1,20}+[ ]++)?(?:on|in)[ ]++(?:the[ ]++)?"
)
# Round 11: a word of the recent past pinned to a full date through the event's own set-off
# participle or relative clause (", held on", ", dated", ", which opened on", " -- the order is
# dated"), or through a short "after"/"when" clause of the same moment ("this morning after a
# lorry overturned at about 6 a.m. on").
_PINNED_CLAUSE_GAP: Final = re.compile(
    "[ ]*+(?:(?:,|\\(|--?|[\u2013\u2014])[ ]*+(?:(?:which|that|when|where)[ ]++|(?:the|its|their|his|her)[ ]++[a-z]++[ ]++)?"
    "|(?:after|when|as)[ ]++(?:(?:a|an|the|its|their|his|her)[ ]++)?[a-z]++[ ]++)"
    "(?:(?:was|were|is|are|had|has|have|been|being|first|officially|formally)[ ]++){0,2}"
    "(?:[a-z]{2,}ed|held|began|begun|made|sent|struck|won|lost|written|took[ ]++place|came)"
    "(?:[ ]++at[ ]++(?:about[ ]++|around[ ]++)?[0-9]{1,2}(?:[:.][0-9]{2})?[ ]*+(?:[ap]\\.?m\\.?)?)?"
    "[ ]++(?:(?:on|in)[ ]++)?(?:the[ ]++)?"
)
_DEICTIC_WEEKDAY_BEFORE: Final = re.compile(r"(?<!\w)[Oo]n[ ]+$")
_DEICTIC_WEEKDAY_GAP: Final = re.compile("[ ]*+(?:\\(|--?|[\u2013\u2014])[ ]*+")
# "As of March 2021, the charity had housed ...": a status reported at a date.
_AS_OF: Final = re.compile(r"(?<!\w)[Aa]s[ ]++(?:of|at)[ ]++(?:the[ ]++end[ ]++of[ ]++)?$")


# --------------------------------------------------------------------------
# Internal candidate
# --------------------------------------------------------------------------


class _Candidate:
    """A scanned expression before anchoring (internal, never returned)."""

    __slots__ = (
        "start", "end", "kind", "year", "month", "day", "year2", "month2", "day2",
        "year_explicit", "weekday", "weekday_span", "granularity", "quantity", "unit",
        "relation", "word", "impossible", "modifier", "part", "since", "earliest", "latest", "note", "absolute",
    )

    def __init__(self, start: int, end: int, kind: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.year2: int | None = None
        self.month2: int | None = None
        self.day2: int | None = None
        self.year_explicit = False
        self.weekday: int | None = None
        self.weekday_span: tuple[int, int] | None = None
        self.granularity = "day"
        self.quantity: tuple[int, int] | None = None
        self.unit = ""
        self.relation = ""
        self.word = ""
        self.impossible = False
        self.modifier = ""
        self.part = ""
        self.since = False
        self.earliest: datetime.date | None = None
        self.latest: datetime.date | None = None
        self.note = ""
        self.absolute = False  # _is_absolute(self), set once anchoring is done (the conflict rules read it)


def _parse_quantity(words: str) -> tuple[int, int] | None:
    lowered = " ".join(words.lower().split())
    if lowered.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        value = int(lowered)
        return (value, value)
    if lowered in _VAGUE_QUANTITY:
        return _VAGUE_QUANTITY[lowered]
    if lowered in _ONES:
        return (_ONES[lowered], _ONES[lowered])
    tens, _, ones = lowered.partition("-")
    if tens in _TENS:
        value = _TENS[tens] + _ONES.get(ones, 0)
        return (value, value)
    return None


def _unit_name(unit: str) -> str:
    lowered = unit.lower()
    if lowered.startswith("centur"):
        return "century"
    return lowered[:-1] if lowered.endswith("s") else lowered


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return match.group(1).lower() if match else ""


def _valid_year_context(text: str, start: int, end: int) -> bool:
    """Decide whether a four-digit number is a year (see the module policy)."""
    after = _NOT_A_YEAR_AFTER.match(text, end, min(len(text), end + 40))
    if after is not None:
        word = after.group(0).strip()
        if not (word.isalpha() and (word in _YEAR_PLURAL_FOLLOWERS or _compound_event(text, start, after.end())
                                    # "the 1996 poisonings", "its 1987 negotiations": a determiner and a plural
                                    # event noun (-ings, -tions, -sions, -ments) date events, never count them.
                                    or word.endswith(_EVENT_PLURAL_ENDINGS) and _THE_BEFORE.search(text, max(0, start - 7), start) is not None)
                # "the 1995 Gorse Lane fire": a determiner rules out a house number.
                or word[:1].isupper() and _THE_BEFORE.search(text, max(0, start - 7), start) is not None):
            return False
    before = _word_before(text, start)
    if before in _NOT_A_YEAR_BEFORE:
        return False
    return not (start > 0 and text[start - 1] in "$#\u00a3\u20ac")


# "the 2009 expenses scandal": a plural noun that modifies an event noun is not a count.
_COMPOUND_EVENT_AFTER: Final = re.compile(
    r"[ ]+(?:scandal|crisis|affair|row|dispute|inquiry|investigation|probe|strike|reform|deal|bill|law|"
    r"case|trial|vote|ballot|campaign|protests?|riots?|crackdown|bailout|collapse|crash|shortage|boycott)\b"
)
_EVENT_PLURAL_ENDINGS: Final = ("ings", "tions", "sions", "ments")
_THE_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]+$")


def _compound_event(text: str, start: int, plural_end: int) -> bool:
    return (_COMPOUND_EVENT_AFTER.match(text, plural_end, plural_end + 20) is not None
            and _THE_BEFORE.search(text, max(0, start - 7), start) is not None)


def _scan(text: str) -> list[_Candidate]:
    """One pass over the text for everything that starts with a digit or a capital."""
    candidates: list[_Candidate] = []
    padded = " " + text
    match_at = _SCAN.match
    # Equivalent to _SCAN.finditer(padded): attempts only where the prefilter
    # allows one, never inside the previous match.
    previous_end = 0
    for hit in _SCAN_START.finditer(padded):
        separator = hit.start() - 1
        if separator < previous_end:
            continue
        match = match_at(padded, separator)
        if match is None:
            continue
        previous_end = match.end()
        branch = match.lastgroup
        start = match.start(branch) - 1
        end = match.end(branch) - 1
        group = match.group
        if branch == "year":
            if not _valid_year_context(text, start, end):
                continue
            candidate = _Candidate(start, end, "year")
            candidate.year = int(group("year"))
            candidate.year_explicit = True
            candidate.granularity = "year"
        elif branch == "monthday" or branch == "daymonth":
            prefix = "md_" if branch == "monthday" else "dm_"
            month = _MONTH_NUMBER[group(prefix + "mon").rstrip(".").lower()]
            if month == 5 and branch == "monthday" and group("md_wd") is None:
                previous = _WORD_BEFORE.search(text, max(0, start - 24), start)
                # "Theresa May 3" and similar: a capitalised word directly before "May".
                if previous and previous.group(1)[0].isupper() and previous.group(1).lower() not in _MONTH_INTRODUCERS:
                    continue
            candidate = _Candidate(start, end, "date")
            candidate.month = month
            candidate.day = int(group(prefix + "day").rstrip("stndrh"))
            day2 = group(prefix + "day2")
            if day2 is not None:
                candidate.kind = "range"
                candidate.day2 = int(day2.rstrip("stndrh"))
                month2 = group("md_mon2") if branch == "monthday" else None
                candidate.month2 = _MONTH_NUMBER[month2.rstrip(".").lower()] if month2 else month
            year = group(prefix + "year")
            if year is not None:
                candidate.year = int(year)
                candidate.year_explicit = True
            weekday = group(prefix + "wd")
            if weekday is not None:
                candidate.weekday = _WEEKDAY_NUMBER[weekday.rstrip(".").lower()]
                candidate.weekday_span = (match.start(prefix + "wd") - 1, match.end(prefix + "wd") - 1)
        elif branch == "monthyear":
            candidate = _Candidate(start, end, "month_year")
            candidate.month = _MONTH_NUMBER[group("my_mon").rstrip(".").lower()]
            candidate.year = int(group("my_year"))
            candidate.year_explicit = True
            candidate.granularity = "month"
            if text.endswith("of ", 0, start):
                _spelled_day(text, candidate)
        elif branch == "dotted":
            # "31.09.2013": the European day.month.year order (a dotted form is never month first).
            if text[end:end + 1] == "." and text[end + 1:end + 2].isdigit() or text[start - 1:start] == ".":
                continue
            candidate = _Candidate(start, end, "date")
            candidate.year, candidate.month, candidate.day = int(group("do_y")), int(group("do_b")), int(group("do_a"))
            candidate.year_explicit = True
            if not 1 <= candidate.month <= 12 or candidate.day == 0:
                candidate.impossible = True
        elif branch == "iso" or branch == "numeric":
            candidate = _Candidate(start, end, "date")
            if branch == "iso":
                candidate.year, candidate.month, candidate.day = (
                    int(group("iso_y")), int(group("iso_m")), int(group("iso_d")))
            else:
                first, second, year_text = int(group("nu_a")), int(group("nu_b")), group("nu_y")
                year = int(year_text)
                candidate.year = year if len(year_text) == 4 else (2000 + year if year < 50 else 1900 + year)
                candidate.month, candidate.day = (second, first) if first > 12 else (first, second)
            candidate.year_explicit = True
            if not 1 <= candidate.month <= 12 or candidate.day == 0:
                candidate.impossible = True
        elif branch == "yearrange":
            first_year = int(group("yr_a"))
            second_text = group("yr_b")
            second_year = int(second_text) if len(second_text) == 4 else first_year // 100 * 100 + int(second_text)
            if second_year <= first_year:
                continue
            candidate = _Candidate(start, end, "range")
            candidate.year, candidate.year2 = first_year, second_year
            candidate.year_explicit = True
            candidate.granularity = "year"
        elif branch == "decade":
            candidate = _Candidate(start, end, "year")
            candidate.year = int(group("dec"))
            candidate.year_explicit = True
            candidate.granularity = "decade"
        elif branch == "weekday":
            candidate = _Candidate(start, end, "weekday")
            candidate.weekday = _WEEKDAY_NUMBER[group("wd_name").rstrip(".").lower()]
        elif branch == "month":
            if _word_before(text, start) not in _MONTH_INTRODUCERS:
                continue
            following = text[end + 1:end + 2]
            if text[end:end + 1] == " " and following.isupper():
                continue
            candidate = _Candidate(start, end, "month_year")
            candidate.month = _MONTH_NUMBER[group("month").lower()]
            candidate.granularity = "month"
            if text.endswith("of ", 0, start) or following.islower():
                _spelled_day(text, candidate)
        elif branch == "season":
            season_year = group("se_year")
            if season_year is None:
                continue
            candidate = _Candidate(start, end, "season")
            candidate.word = group("se_name").lower()
            candidate.granularity = "season"
            candidate.year = int(season_year)
            candidate.year_explicit = True
        else:
            continue
        candidates.append(candidate)
    return candidates


_UNIT_WORDS: Final[dict[str, str]] = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "weekend": "weekend",
    "weekends": "weekend", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    # A fortnight is read as two weeks (the quantity is doubled).
    "fortnight": "week", "fortnights": "week",
}
_DAY_PART_WORDS: Final = frozenset({"night", "morning", "afternoon", "evening"})
_CALENDAR_WORDS: Final = frozenset({"today", "yesterday", "tonight", "tomorrow"})
# Each lowercase trigger is searched as a plain literal with str.find, a fast
# substring search in C, far faster than trying a large alternation at every
# word start.  No trigger overlaps itself, so successive finds see every occurrence.
_LITERAL_TRIGGERS: Final = (
    "day", "week", "month", "year", "decade", "centur", "night", "morning", "afternoon",
    "evening", "omorrow", "spring", "summer", "fall", "autumn", "winter",
)
# "aged 45", "age 7": the literal "ge" leads so that the engine searches for it
# quickly; the lookbehind then requires "A"/"a" at the start of a word.
_AGE_WORD: Final = re.compile(r"ge(?<=(?<![\w])[Aa]ge)d?[ ]+([0-9]{1,3})(?![0-9])")
_SEASON_AFTER: Final = re.compile(r"[ ]+(?:of[ ]+)?(1[6-9][0-9][0-9]|20[0-9][0-9])(?![0-9])")
_SEASON_MODIFIERS: Final = frozenset({"last", "next", "this", "early", "late", "past"})
_TWO_WORD_QUANTITIES: Final = frozenset({"a few", "a dozen", "dozens of", "hundreds of"})


_DAY_ORDINALS: Final[dict[str, int]] = {
    word: number for number, word in enumerate((
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split(), start=1)
}
_DAY_ORDINALS.update({f"twenty-{word}": 20 + number for word, number in list(_DAY_ORDINALS.items()) if number < 10})
_DAY_ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
# A day written as an ordinal word: "the thirty-first of February, 1980", "May the third".
_SPELLED_DAY_BEFORE: Final = re.compile(
    # The legal form names the day: "the thirty-first day of September, 1925", "this 31st day of June".
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]his)[ ]++)?(?P<day>" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True))
    + r"|(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th))[ ]++(?:day[ ]++)?of[ ]++$",
    re.IGNORECASE,
)
_SPELLED_DAY_AFTER: Final = re.compile(
    r"[ ]++(?:the[ ]++)?(?P<day>" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)) + r")(?![\w-])"
    rf"(?:,?[ ]++(?P<year>{_YEAR}))?",
    re.IGNORECASE,
)


def _spelled_day(text: str, candidate: _Candidate) -> None:
    """Turn a month with a spelled-out ordinal day into a date (called by _scan for months only)."""
    before = (_SPELLED_DAY_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
              if text.endswith("of ", 0, candidate.start) else None)
    after = None if before is not None or candidate.year is not None or not text[candidate.end + 1:candidate.end + 2].islower() \
        else _SPELLED_DAY_AFTER.match(text, candidate.end, min(len(text), candidate.end + 26))
    found = before or after
    if found is None:
        return
    candidate.kind = "date"
    candidate.granularity = "day"
    day = found.group("day").lower()
    candidate.day = int(day[:-2]) if day[:1].isdigit() else _DAY_ORDINALS[day]
    if before is not None:
        candidate.start = before.start()
    else:
        candidate.end = found.end()
        if found.group("year"):
            candidate.year = int(found.group("year"))
            candidate.year_explicit = True


def _token_start(text: str, token: str, low: int, high: int) -> int:
    return text.rfind(token, low, high)


def _scan_lowercase(text: str, candidates: list[_Candidate]) -> None:
    """Unit words, calendar words, seasons and ages, found by literal search."""
    seen: set[int] = set()
    length = len(text)
    find = text.find
    for trigger in _LITERAL_TRIGGERS:
        size = len(trigger)
        hit_start = find(trigger)
        while hit_start != -1:
            hit_end = hit_start + size
            next_start = find(trigger, hit_end)
            word_start = hit_start
            lowest = hit_start - 6 if hit_start > 6 else 0
            while word_start > lowest and text[word_start - 1].isalpha():
                word_start -= 1
            word_end = hit_end
            highest = hit_end + 6 if hit_end + 6 < length else length
            while word_end < highest and text[word_end].isalpha():
                word_end += 1
            hit_start = next_start
            if word_start in seen or (word_start > 0 and text[word_start - 1].isalnum()):
                continue
            if word_end < length and text[word_end].isalnum():
                continue
            seen.add(word_start)
            if text[word_start:word_end].lower() not in _LOWERCASE_CANDIDATE_WORDS:
                continue  # "Monday", "holiday": no candidate (checked here to save a call)
            candidate = _lowercase_candidate(text, word_start, word_end)
            if candidate is not None:
                candidates.append(candidate)
    if "age" in text:
        for hit in _AGE_WORD.finditer(text):
            candidate = _Candidate(hit.start() - 1, hit.end(), "age")
            value = int(hit.group(1))
            candidate.quantity = (value, value)
            candidate.unit = "year"
            candidate.relation = "age"
            candidates.append(candidate)


def _lowercase_candidate(text: str, start: int, end: int) -> _Candidate | None:
    word = text[start:end].lower()
    if word not in _LOWERCASE_CANDIDATE_WORDS:
        return None  # "Monday", "holiday": nothing below would match; skip the context
    window_start = max(0, start - 40)
    tokens = text[window_start:start].split()
    previous = tokens[-1].lower() if tokens else ""
    if word in _CALENDAR_WORDS:
        candidate = _Candidate(start, end, "relative")
        candidate.word = word
        if word == "today" and previous == "earlier":
            candidate.start = _token_start(text, tokens[-1], window_start, start)
            candidate.word = "earlier today"
        return candidate
    if word in _DAY_PART_WORDS:
        if (word == "night" and previous == "last") or (word != "night" and previous == "this"):
            candidate = _Candidate(_token_start(text, tokens[-1], window_start, start), end, "relative")
            candidate.word = f"{previous} {word}"
            return candidate
        return None
    if word in _SEASON_MONTHS:
        after = _SEASON_AFTER.match(text, end, min(len(text), end + 12))
        if after is None and previous not in _SEASON_MODIFIERS:
            return None
        candidate = _Candidate(start, end, "season")
        candidate.word = word
        candidate.granularity = "season"
        if previous in _SEASON_MODIFIERS:
            candidate.modifier = previous
            candidate.start = _token_start(text, tokens[-1], window_start, start)
        if after is not None:
            candidate.year = int(after.group(1))
            candidate.year_explicit = True
            candidate.end = after.end()
        return candidate
    unit = _UNIT_WORDS.get(word)
    if unit is None:
        return None
    following = text[end:end + 5]
    if start > 0 and text[start - 1] == "-":
        # "three-day summit", "60-year-old".
        hyphen_tokens = text[window_start:start - 1].split()
        if not hyphen_tokens:
            return None
        number_text = hyphen_tokens[-1]
        quantity = _parse_quantity(number_text)
        if quantity is None or number_text.lower() in ("a", "an"):
            return None
        first = _token_start(text, number_text, window_start, start - 1)
        if following.startswith("-old"):
            candidate = _Candidate(first, end + 4, "age")
            candidate.relation = "age"
        else:
            candidate = _Candidate(first, end, "duration")
            candidate.relation = "adjective"
        candidate.quantity = quantity
        candidate.unit = unit
        return candidate
    if following.startswith("-long") and word == unit and (end + 5 >= len(text) or not text[end + 5].isalnum()):
        # "a week-long trial", "the month-long strike": one unit.
        candidate = _Candidate(start, end + 5, "duration")
        candidate.relation = "adjective"
        candidate.quantity = (1, 1)
        candidate.unit = unit
        return candidate
    if not tokens:
        return None
    # Quantities may be one token ("three"), a hyphenated number ("twenty-five") or
    # a short phrase ("a few", "a couple of").
    used = 0
    quantity = None
    lowered_tokens = [token.lower() for token in tokens[-5:]]
    fraction = None
    if word == "century" and lowered_tokens[-1] == "a":
        # "a quarter of a century", "half a century": a length in years.
        if lowered_tokens[-4:] == ["a", "quarter", "of", "a"]:
            fraction = (25, 4)
        elif lowered_tokens[-2:] == ["half", "a"]:
            fraction = (50, 3 if lowered_tokens[-3:-2] == ["a"] else 2) if lowered_tokens[-3:-2] != ["the"] else None
    if fraction is not None:
        quantity, used = (fraction[0], fraction[0]), fraction[1]
        unit = "year"
    elif len(lowered_tokens) >= 3 and " ".join(lowered_tokens[-3:]) == "a couple of":
        quantity, used = _VAGUE_QUANTITY["a couple of"], 3
    elif len(lowered_tokens) >= 2 and " ".join(lowered_tokens[-2:]) in _TWO_WORD_QUANTITIES:
        quantity, used = _VAGUE_QUANTITY[" ".join(lowered_tokens[-2:])], 2
    else:
        quantity = _parse_quantity(lowered_tokens[-1]) if lowered_tokens[-1].replace("-", "").isalnum() else None
        used = 1 if quantity is not None else 0
    before = lowered_tokens[:len(lowered_tokens) - used]
    first_used = start
    for token in reversed(tokens[len(tokens) - used:]):
        first_used = _token_start(text, token, window_start, first_used)
    if quantity is not None and word.startswith("fortnight"):
        quantity = (quantity[0] * 2, quantity[1] * 2)
    if quantity is not None:
        if following.startswith(" ago") and (end + 4 >= len(text) or not text[end + 4].isalnum()):
            candidate = _Candidate(first_used, end + 4, "relative")
            candidate.relation = "ago"
        elif following.startswith(" old") and (end + 4 >= len(text) or not text[end + 4].isalnum()):
            candidate = _Candidate(first_used, end + 4, "age")
            candidate.relation = "age"
        elif before[-2:] in (["the", "past"], ["the", "last"], ["the", "next"]):
            token_count = 3 if len(before) >= 3 and before[-3] == "over" else 2
            begin = first_used
            for token in reversed(tokens[len(tokens) - used - token_count:len(tokens) - used]):
                begin = _token_start(text, token, window_start, begin)
            candidate = _Candidate(begin, end, "relative")
            candidate.relation = "next" if before[-1] == "next" else "past"
            candidate.word = "the " + before[-1]
        elif before[-1:] == ["for"]:
            candidate = _Candidate(_token_start(text, tokens[-used - 1], window_start, first_used), end, "duration")
            candidate.relation = "for"
        elif before[-1:] == ["after"] and (word.endswith("s") or quantity[1] <= 1):
            # "after a decade in exile", "after three years": a length that ends at the event told with it.
            candidate = _Candidate(first_used, end, "duration")
            candidate.relation = "plain"
            candidate.word = "after"
        elif (lowered_tokens[-1] in ("a", "an") and quantity[1] == 1 and not word.endswith("s")
              and (text.startswith(" later", end) or text.startswith(" earlier", end))):
            # "collapsed a decade later, in 1990": one unit ("a year after the 2014 protests" stays
            # unextracted, as the gold set has it).
            candidate = _Candidate(first_used, end, "duration")
            candidate.relation = "plain"
        elif fraction is None and (lowered_tokens[-1] in ("a", "an") or not word.endswith("s") and quantity[1] > 1):
            return None
        else:
            candidate = _Candidate(first_used, end, "duration")
            candidate.relation = "plain"
        candidate.quantity = quantity
        candidate.unit = unit
        return candidate
    if unit in ("week", "weekend", "month", "year", "decade") and not word.endswith("s") or unit == "decade":
        if previous in ("last", "next", "past", "this"):
            count = 1
            if previous in ("past", "this") and len(lowered_tokens) >= 2 and lowered_tokens[-2] in ("this", "earlier", "later", "the", "over"):
                count = 2
                if lowered_tokens[-2] == "the":
                    return _window_candidate(text, tokens, window_start, start, end, unit, count, previous)
            begin = start
            for token in reversed(tokens[-count:]):
                begin = _token_start(text, token, window_start, begin)
            candidate = _Candidate(begin, end, "relative")
            candidate.word = " ".join(lowered_tokens[-count:] + [word])
            return candidate
        if previous in ("the",) and len(lowered_tokens) >= 1:
            return None
    if word.endswith("s") and previous == "recent":
        begin = _token_start(text, tokens[-1], window_start, start)
        if len(lowered_tokens) >= 2 and lowered_tokens[-2] == "in":
            begin = _token_start(text, tokens[-2], window_start, begin)
        candidate = _Candidate(begin, end, "relative")
        candidate.word = f"in recent {word}"
        return candidate
    if previous in ("past", "last", "next") and len(lowered_tokens) >= 2 and lowered_tokens[-2] == "the":
        return _window_candidate(text, tokens, window_start, start, end, unit, 2, previous)
    return None


def _window_candidate(text: str, tokens: list[str], window_start: int, start: int, end: int,
                      unit: str, count: int, direction: str) -> _Candidate:
    """"The past year", "over the last decade": a window ending (or starting) at the reference."""
    lowered = [token.lower() for token in tokens]
    if len(lowered) > count and lowered[-count - 1] == "over":
        count += 1
    begin = start
    for token in reversed(tokens[-count:]):
        begin = _token_start(text, token, window_start, begin)
    candidate = _Candidate(begin, end, "relative")
    candidate.quantity = (1, 1)
    candidate.unit = unit
    candidate.relation = "next" if direction == "next" else "past"
    candidate.word = "the " + direction
    return candidate


_PART_WORDS: Final = frozenset({"early", "mid", "late"})
_PART_OF_WORDS: Final = frozenset({"end", "beginning", "start", "middle", "half"})
_MODIFIER_WORDS: Final = frozenset({"last", "next", "this", "coming"})


def _merge(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Attach "since", "from ... to", "early", "last" and similar words to candidates."""
    candidates.sort(key=lambda candidate: (candidate.start, -candidate.end))
    # The two scans can both see "summer of 2016"; keep the longest reading.
    kept: list[_Candidate] = []
    for candidate in candidates:
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    candidates = kept
    removed: set[int] = set()
    count = len(candidates)
    for index, target in enumerate(candidates):
        if target.kind not in ("date", "month_year", "year", "range", "season", "weekday") or index in removed:
            continue
        start = target.start
        window_start = max(0, start - 30)
        tokens = text[window_start:start].replace("-", " - ").split()
        if not tokens:
            continue
        hyphenated = tokens[-1] == "-"
        if hyphenated:
            tokens.pop()
            if not tokens:
                continue
        previous = tokens[-1].lower()
        previous_start = text.rfind(tokens[-1], window_start, start)
        if target.kind == "season":
            continue
        if previous == "since" and target.kind in ("date", "month_year", "year") and not hyphenated:
            target.since = True
            target.start = previous_start
        elif previous in ("from", "between") and not hyphenated and target.kind in ("date", "month_year", "year", "range"):
            if target.kind == "range":
                target.start = previous_start
                continue
            if index + 1 >= count:
                continue
            other = candidates[index + 1]
            if other.kind == target.kind and _RANGE_GAP.fullmatch(text, target.end, other.start):
                target.kind = "range"
                target.start = previous_start
                target.end = other.end
                target.year2, target.month2, target.day2 = other.year, other.month, other.day
                target.year_explicit = target.year_explicit or other.year_explicit
                if target.year is None:
                    target.year = other.year
                    target.year2 = other.year
                if target.month is not None and target.day is None:
                    target.month2 = other.month
                removed.add(index + 1)
        elif target.kind in ("month_year", "year") and target.granularity != "decade" and (
            previous in _PART_WORDS or (previous == "of" and len(tokens) >= 2 and tokens[-2].lower() in _PART_OF_WORDS)
        ):
            target.kind = "part_of_period"
            if previous == "of":
                begin = text.rfind(tokens[-2], window_start, previous_start)
                part_tokens = [tokens[-2].lower(), "of"]
                if len(tokens) >= 3 and tokens[-3].lower() in ("the", "first", "second"):
                    begin = text.rfind(tokens[-3], window_start, begin)
                    part_tokens.insert(0, tokens[-3].lower())
                    if tokens[-3].lower() in ("first", "second") and len(tokens) >= 4 and tokens[-4].lower() == "the":
                        begin = text.rfind(tokens[-4], window_start, begin)
                target.part = " ".join(part_tokens)
                target.start = begin
            else:
                target.part = previous
                target.start = previous_start
        elif previous in _MODIFIER_WORDS and not hyphenated and target.kind in ("weekday", "month_year") and target.year is None:
            target.modifier = previous
            target.start = previous_start
            if len(tokens) >= 2 and previous in ("past", "coming") and tokens[-2].lower() == "this":
                target.modifier = "this " + previous
                target.start = text.rfind(tokens[-2], window_start, previous_start)
            if target.kind == "month_year":
                target.kind = "relative"
    if removed:
        return [candidate for index, candidate in enumerate(candidates) if index not in removed]
    return candidates


# --------------------------------------------------------------------------
# Anchoring
# --------------------------------------------------------------------------


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: datetime.date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


def _nearest_year(month: int, day: int, reference: datetime.date) -> int:
    """The year of a yearless date: the one placing it within 275 days before to 90 days after the reference.

    News mostly reports the recent past and announces the near future, so a
    bare "January" in a September article is the January just gone.
    """
    for year in (reference.year + 1, reference.year, reference.year - 1):
        offset = (datetime.date(year, month, min(day, 28)) - reference).days
        if -275 <= offset <= 90:
            return year
    return reference.year


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return datetime.date(year, month, day)


_SEASON_MONTHS: Final[dict[str, tuple[int, int]]] = {
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14),
}
# Every word for which _lowercase_candidate can return a candidate.
_LOWERCASE_CANDIDATE_WORDS: Final = frozenset(
    {*_CALENDAR_WORDS, *_DAY_PART_WORDS, *_SEASON_MONTHS, *_UNIT_WORDS}
)
_PART_FRACTION: Final[dict[str, tuple[int, int]]] = {
    # (first third, last third) expressed as start and end eighths... kept simple: thirds.
    "early": (0, 1), "beginning of": (0, 1), "the beginning of": (0, 1), "start of": (0, 1),
    "the start of": (0, 1), "mid": (1, 2), "middle of": (1, 2), "the middle of": (1, 2),
    "late": (2, 3), "end of": (2, 3), "the end of": (2, 3),
}


def _part_interval(part: str, earliest: datetime.date, latest: datetime.date) -> tuple[datetime.date, datetime.date]:
    if earliest.month == 1 and earliest.day == 1 and latest.month == 12 and latest.day == 31 and earliest.year == latest.year:
        # Parts of a year follow month boundaries: early = January-April, and so on.
        year = earliest.year
        if part.endswith("first half of"):
            return datetime.date(year, 1, 1), datetime.date(year, 6, 30)
        if part.endswith("second half of"):
            return datetime.date(year, 7, 1), datetime.date(year, 12, 31)
        first, last = _PART_FRACTION.get(part, (0, 3))
        return datetime.date(year, first * 4 + 1, 1), _month_end(year, last * 4)
    if earliest.day == 1 and latest == _month_end(earliest.year, earliest.month):
        # Parts of a month: days 1-10, 11-20 and 21 to the end.
        if part.endswith("first half of"):
            return earliest, earliest.replace(day=15)
        if part.endswith("second half of"):
            return earliest.replace(day=16), latest
        first, last = _PART_FRACTION.get(part, (0, 3))
        low = earliest.replace(day=first * 10 + 1)
        high = latest if last == 3 else earliest.replace(day=last * 10)
        return low, high
    span = (latest - earliest).days + 1
    if part.endswith("first half of"):
        low, high = 0, span // 2
    elif part.endswith("second half of"):
        low, high = span // 2, span
    else:
        first, last = _PART_FRACTION.get(part, (0, 3))
        low, high = span * first // 3, span * last // 3
    return earliest + datetime.timedelta(days=low), earliest + datetime.timedelta(days=max(low, high - 1))


def _anchor(candidate: _Candidate, reference: datetime.date | None, reference_note: str) -> None:
    """Fill in candidate.earliest/latest/granularity/note."""
    kind = candidate.kind
    one_day = datetime.timedelta(days=1)
    if kind in ("date", "range") and candidate.month is not None and candidate.day is not None:
        year = candidate.year
        if not 1 <= candidate.month <= 12 or not 1 <= candidate.day <= calendar.monthrange(2000, candidate.month)[1]:
            # Impossible in every year (2000 is a leap year), whatever the reference.
            candidate.impossible = True
            candidate.note = "not a calendar date"
            return
        if year is None:
            if reference is None:
                candidate.note = "year unknown: no reference date"
                return
            year = _nearest_year(candidate.month, candidate.day, reference)
            candidate.year = year
            candidate.note = f"year {year} inferred from {reference_note}"
        else:
            candidate.note = "explicit"
        first = _safe_date(year, candidate.month, candidate.day)
        if first is None:
            candidate.impossible = True
            candidate.note = "not a calendar date"
            return
        candidate.granularity = "day"
        candidate.earliest = candidate.latest = first
        if kind == "range" and candidate.day2 is not None and candidate.month2 is not None:
            year2 = candidate.year2 if candidate.year2 is not None else year
            if candidate.month2 < candidate.month and candidate.year2 is None:
                year2 = year + 1
            second = _safe_date(year2, candidate.month2, candidate.day2)
            if second is None:
                candidate.impossible = True
                candidate.earliest = candidate.latest = None
                candidate.note = "not a calendar date"
                return
            if second >= first:
                candidate.latest = second
        return
    if kind == "range" and candidate.year is not None and candidate.year2 is not None and candidate.month is None:
        candidate.earliest = datetime.date(candidate.year, 1, 1)
        candidate.latest = datetime.date(candidate.year2, 12, 31)
        candidate.granularity = "year"
        candidate.note = "explicit"
        return
    if kind == "range" and candidate.month is not None and candidate.year is not None:
        candidate.earliest = datetime.date(candidate.year, candidate.month, 1)
        year2 = candidate.year2 or candidate.year
        month2 = candidate.month2 or candidate.month
        candidate.latest = _month_end(year2, month2)
        candidate.granularity = "month"
        candidate.note = "explicit"
        return
    if kind in ("month_year", "part_of_period") and candidate.month is not None:
        year = candidate.year
        if year is None:
            if reference is None:
                candidate.note = "year unknown: no reference date"
                return
            year = _nearest_year(candidate.month, 15, reference)
            candidate.year = year
            candidate.note = f"year {year} inferred from {reference_note}"
        else:
            candidate.note = "explicit"
        earliest, latest = datetime.date(year, candidate.month, 1), _month_end(year, candidate.month)
        candidate.granularity = "month"
        if kind == "part_of_period":
            earliest, latest = _part_interval(candidate.part, earliest, latest)
            candidate.granularity = "part_of_month"
        candidate.earliest, candidate.latest = earliest, latest
        return
    if kind in ("year", "part_of_period") and candidate.year is not None:
        candidate.note = "explicit"
        if candidate.granularity == "decade":
            candidate.earliest = datetime.date(candidate.year, 1, 1)
            candidate.latest = datetime.date(min(candidate.year + 9, 9999), 12, 31)
        else:
            candidate.earliest = datetime.date(candidate.year, 1, 1)
            candidate.latest = datetime.date(candidate.year, 12, 31)
            candidate.granularity = "year"
            if kind == "part_of_period":
                candidate.earliest, candidate.latest = _part_interval(candidate.part, candidate.earliest, candidate.latest)
                candidate.granularity = "part_of_year"
        return
    if kind == "season" and candidate.word:
        year = candidate.year
        first_month, last_month = _SEASON_MONTHS[candidate.word]
        if year is None:
            if reference is None:
                candidate.note = "season year unknown: no reference date"
                return
            year = reference.year
            # A season named "last" lies wholly before the reference date, "next" wholly after.
            if candidate.modifier in ("last", "past") and datetime.date(year, first_month, 1) >= reference.replace(day=1):
                year -= 1
            elif candidate.modifier == "next" and datetime.date(year, first_month, 1) <= reference:
                year += 1
            candidate.note = f"anchored on {reference_note}"
        else:
            candidate.note = "explicit"
        end_year, end_month = (year + 1, last_month - 12) if last_month > 12 else (year, last_month)
        candidate.earliest = datetime.date(year, first_month, 1)
        candidate.latest = _month_end(end_year, end_month)
        candidate.granularity = "season"
        if candidate.modifier in ("early", "late"):
            candidate.earliest, candidate.latest = _part_interval(candidate.modifier, candidate.earliest, candidate.latest)
        return
    if kind == "weekday" and candidate.weekday is not None:
        candidate.granularity = "day"
        if reference is None:
            candidate.note = "unanchored: no reference date"
            return
        offset = (candidate.weekday - reference.weekday()) % 7
        if candidate.modifier == "next" or candidate.modifier == "this coming" or candidate.modifier == "coming":
            day = reference + datetime.timedelta(days=offset or 7)
            candidate.earliest = candidate.latest = day
        elif candidate.modifier in ("last", "this past"):
            back = (reference.weekday() - candidate.weekday) % 7 or 7
            candidate.earliest = candidate.latest = reference - datetime.timedelta(days=back)
        else:
            # A bare weekday in news is the one in the week around publication.
            candidate.earliest = reference - datetime.timedelta(days=6)
            candidate.latest = reference + datetime.timedelta(days=6)
            candidate.granularity = "week"
        candidate.note = f"anchored on {reference_note}"
        return
    if kind == "relative":
        _anchor_relative(candidate, reference, reference_note)
        return
    if kind in ("duration", "age"):
        candidate.granularity = candidate.unit
        candidate.note = "a length of time, not a point in time"
        return
    _ = one_day


def _anchor_relative(candidate: _Candidate, reference: datetime.date | None, reference_note: str) -> None:
    if candidate.month is not None and candidate.modifier:
        # "last March", "next June".
        if reference is None:
            candidate.note = "unanchored: no reference date"
            return
        year = reference.year
        if candidate.modifier in ("last", "this past") and candidate.month >= reference.month:
            year -= 1
        elif candidate.modifier in ("next", "this coming", "coming") and candidate.month <= reference.month:
            year += 1
        candidate.earliest = datetime.date(year, candidate.month, 1)
        candidate.latest = _month_end(year, candidate.month)
        candidate.granularity = "month"
        candidate.note = f"anchored on {reference_note}"
        return
    word = candidate.word
    unit = candidate.unit
    if reference is None:
        candidate.granularity = unit or "day"
        candidate.note = "unanchored: no reference date"
        return
    candidate.note = f"anchored on {reference_note}"
    day = datetime.timedelta(days=1)
    if word in ("yesterday",):
        candidate.earliest = candidate.latest = reference - day
    elif word in ("today", "tonight", "earlier today", "this morning", "this afternoon", "this evening"):
        candidate.earliest = candidate.latest = reference
    elif word == "tomorrow":
        candidate.earliest = candidate.latest = reference + day
    elif word == "last night":
        candidate.earliest, candidate.latest = reference - day, reference
    elif candidate.relation == "ago" and candidate.quantity is not None:
        low, high = candidate.quantity
        if unit in ("day", "week", "weekend"):
            width = _UNIT_DAYS[unit]
            candidate.earliest = reference - datetime.timedelta(days=high * width + (width // 2))
            candidate.latest = reference - datetime.timedelta(days=max(0, low * width - (width // 2)))
        elif unit == "month":
            year, month = _shift_months(reference, -high)
            candidate.earliest = datetime.date(year, month, 1)
            year, month = _shift_months(reference, -low)
            candidate.latest = _month_end(year, month)
        else:
            years = {"year": 1, "decade": 10, "century": 100}[unit]
            candidate.earliest = datetime.date(max(1, reference.year - high * years), 1, 1)
            candidate.latest = datetime.date(max(1, reference.year - low * years), 12, 31)
        candidate.granularity = unit
        return
    elif candidate.quantity is not None and unit:
        # "the past three years", "in recent months", "last week" with a quantity of one.
        low, high = candidate.quantity
        direction = 1 if candidate.relation == "next" else -1
        if unit in ("month", "year", "decade", "century"):
            months = high * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
            year, month = _shift_months(reference, direction * months)
            other = datetime.date(year, month, min(reference.day, calendar.monthrange(year, month)[1]))
        else:
            other = reference + datetime.timedelta(days=direction * high * _UNIT_DAYS[unit])
        candidate.earliest, candidate.latest = (reference, other) if direction > 0 else (other, reference)
        candidate.granularity = unit
        return
    else:
        _anchor_calendar_word(candidate, reference)
        return
    candidate.granularity = "day"


def _anchor_calendar_word(candidate: _Candidate, reference: datetime.date) -> None:
    word = candidate.word
    parts = word.split()
    unit = parts[-1]
    direction = 0
    if parts[0] in ("last", "past") or word.startswith("this past"):
        direction = -1
    elif parts[0] == "next":
        direction = 1
    if parts[0] in ("in", "recent"):
        unit_days = _UNIT_DAYS[_unit_name(unit)]
        candidate.earliest = reference - datetime.timedelta(days=unit_days * 4)
        candidate.latest = reference
        candidate.granularity = _unit_name(unit)
        return
    candidate.granularity = unit
    if unit in ("week", "weekend"):
        monday = reference - datetime.timedelta(days=reference.weekday()) + datetime.timedelta(days=7 * direction)
        if unit == "weekend":
            candidate.earliest, candidate.latest = monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=6)
        else:
            candidate.earliest, candidate.latest = monday, monday + datetime.timedelta(days=6)
        if parts[0] in ("earlier",):
            candidate.latest = reference
        elif parts[0] == "later":
            candidate.earliest = reference
        candidate.granularity = "week"
    elif unit == "month":
        year, month = _shift_months(reference, direction)
        candidate.earliest, candidate.latest = datetime.date(year, month, 1), _month_end(year, month)
        if parts[0] == "earlier":
            candidate.latest = reference
        elif parts[0] == "later":
            candidate.earliest = reference
    elif unit == "year":
        year = reference.year + direction
        candidate.earliest, candidate.latest = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        if parts[0] == "earlier":
            candidate.latest = reference
        elif parts[0] == "later":
            candidate.earliest = reference
    elif unit == "decade":
        years = 10 * direction
        if direction < 0:
            candidate.earliest, candidate.latest = datetime.date(reference.year - 10, 1, 1), reference
        elif direction > 0:
            candidate.earliest, candidate.latest = reference, datetime.date(reference.year + 10, 12, 31)
        else:
            start = reference.year // 10 * 10 + years
            candidate.earliest, candidate.latest = datetime.date(start, 1, 1), datetime.date(start + 9, 12, 31)
    else:
        candidate.earliest = candidate.latest = reference


def _infer_reference(text: str, candidates: list[_Candidate]) -> tuple[datetime.date | None, str]:
    """The article's reference date from its own explicit dates.

    Every past event an article reports happened before it was written, so the
    latest explicit full date is a lower bound on the publication date: the
    reference is the latest full date with a written year, else the end of the
    latest month with a written year.  Dates in a future or hypothetical
    sentence ("will be held on ...") and dates pinned to "yesterday"-like words
    are left out, the latter so that they can be checked against the rest.
    """
    best_day: datetime.date | None = None
    best_month: datetime.date | None = None
    for index, candidate in enumerate(candidates):
        if not candidate.year_explicit or candidate.year is None or candidate.month is None or candidate.impossible:
            continue
        if candidate.kind == "date" and candidate.day is not None:
            value = _safe_date(candidate.year, candidate.month, candidate.day)
            if value is None or (best_day is not None and value <= best_day):
                continue
        elif candidate.kind == "month_year":
            value = _month_end(candidate.year, candidate.month)
            if best_month is not None and value <= best_month:
                continue
        else:
            continue
        if _is_pinned(text, candidates, index):
            continue
        window_start = max(0, candidate.start - 60)
        if _FUTURE_FOR_INFERENCE.search(text, window_start, min(len(text), candidate.end + 40)):
            continue
        if candidate.kind == "date":
            best_day = value
        else:
            best_month = value
    if best_day is not None and (best_month is None or best_month <= best_day + datetime.timedelta(days=31)):
        return best_day, "latest full date"
    if best_month is not None:
        return best_month, "latest month"
    best_year: int | None = None
    for candidate in candidates:
        if candidate.kind != "year" or not candidate.year_explicit or candidate.granularity != "year" or candidate.year is None:
            continue
        if best_year is not None and candidate.year <= best_year:
            continue
        window_start, window_end = max(0, candidate.start - 60), min(len(text), candidate.end + 40)
        if _FUTURE_FOR_INFERENCE.search(text, window_start, window_end):
            continue
        best_year = candidate.year
    if best_year is not None:
        # Only the year is known; the middle of it keeps relative dates within half a year.
        return datetime.date(best_year, 7, 1), "latest year"
    return None, ""


def _is_pinned(text: str, candidates: list[_Candidate], index: int) -> bool:
    """True when candidate ``index`` restates a "yesterday"-like word next to it."""
    for neighbour_index in (index - 1, index + 1):
        if not 0 <= neighbour_index < len(candidates):
            continue
        neighbour = candidates[neighbour_index]
        if neighbour.kind != "relative" or neighbour.word not in _PINNABLE_WORDS:
            continue
        low, high = sorted((neighbour.end, candidates[index].start)) if neighbour_index < index else sorted((candidates[index].end, neighbour.start))
        if high - low <= 8 and _PINNED_GAP.fullmatch(text, low, high) is not None:
            return True
    return False


def _to_expression(text: str, candidate: _Candidate) -> TemporalExpression:
    return TemporalExpression(
        candidate.start, candidate.end, text[candidate.start:candidate.end], candidate.kind,
        candidate.earliest, candidate.latest, candidate.granularity, candidate.note,
    )


def extract_temporal(text: str, *, published: datetime.date | None = None) -> tuple[TemporalExpression, ...]:
    """Extract temporal expressions with character offsets and normalised intervals.

    Parameters
    ----------
    text : str
        Article text (any Unicode string).
    published : datetime.date, optional
        Publication date; relative expressions are anchored on it.  Without it
        the reference date is inferred from the article's own explicit dates.

    Returns
    -------
    tuple of TemporalExpression
        In text order.

    Examples
    --------
    >>> import datetime
    >>> found = extract_temporal("The treaty was signed on 3 March 2015, two years ago.",
    ...                          published=datetime.date(2017, 3, 10))
    >>> [(e.text, e.kind) for e in found]
    [('3 March 2015', 'date'), ('two years ago', 'relative')]
    >>> found[1].earliest, found[1].latest
    (datetime.date(2015, 1, 1), datetime.date(2015, 12, 31))
    """
    return analyse_dates(text, published=published, _conflicts=False).expressions


# --------------------------------------------------------------------------
# Conflicts
# --------------------------------------------------------------------------


class _Context:
    """Per-call state shared by the conflict rules (internal)."""

    __slots__ = ("text", "candidates", "reference", "inferred", "precision", "sentence_ends", "_pending_ends", "_sentences",
                 "_absolute_per_sentence", "floor", "explicit", "latest_told_year")

    def __init__(self, text: str, candidates: list[_Candidate],
                 reference: datetime.date | None, inferred: bool, precision: str) -> None:
        self.text = text
        self.candidates = candidates
        self.reference = reference
        self.inferred = inferred
        self.precision = precision
        # Sentence ends are found lazily, only as far into the text as a rule asks: a third
        # of the articles never ask, the others on average not beyond the middle.
        # ``sentence_ends`` is always a prefix of all ends, extended past every position
        # asked for, so the look-ups below see the same neighbours as with the full list.
        self.sentence_ends: list[int] = []
        self._pending_ends: Iterator[re.Match[str]] | None = _SENTENCE_END.finditer(text)
        # The rules ask again and again about the same positions (each candidate's start).
        self._sentences: dict[int, tuple[int, int]] = {}
        self._absolute_per_sentence: dict[int, int] | None = None
        # The earliest day the article can have been written (``_reference_floor``), found once.
        self.floor: datetime.date | None = None
        # ``_explicit_dates``, found once for the six rules that read them (the rules never change candidates).
        self.explicit: list[_Candidate] | None = None
        # ``_later_year_told``'s latest year told beside a past verb (0: none), found once (session 19 review).
        self.latest_told_year: int | None = None

    def absolute_per_sentence(self) -> dict[int, int]:
        """Sentence start -> how many absolute dates (not weekdays) the sentence holds (computed once)."""
        counts = self._absolute_per_sentence
        if counts is None:
            counts = self._absolute_per_sentence = {}
            for candidate in self.candidates:
                if candidate.absolute and candidate.kind != "weekday":
                    start = self.sentence(candidate.start)[0]
                    counts[start] = counts.get(start, 0) + 1
        return counts

    def sentence(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence containing position."""
        known = self._sentences.get(position)
        if known is not None:
            return known
        ends = self.sentence_ends
        if self._pending_ends is not None and (not ends or ends[-1] <= position):
            for match in self._pending_ends:
                ends.append(match.end())
                if ends[-1] > position:
                    break
            else:
                self._pending_ends = None
        index = bisect.bisect_right(ends, position)
        start = ends[index - 1] if index > 0 else 0
        end = ends[index] if index < len(ends) else len(self.text)
        known = self._sentences[position] = (start, end)
        return known


def _is_absolute(candidate: _Candidate) -> bool:
    return (
        candidate.year_explicit and candidate.earliest is not None and candidate.latest is not None
        and candidate.kind in ("date", "month_year", "year", "range", "part_of_period", "season")
        and candidate.granularity != "decade"
    )


def _describe(candidate: _Candidate, text: str) -> str:
    return f"\"{text[candidate.start:candidate.end]}\""


def _weekday_and_impossible(context: _Context) -> list[DateConflict]:
    conflicts: list[DateConflict] = []
    text = context.text
    for candidate in context.candidates:
        if candidate.impossible:
            if candidate.month is not None and 1 <= candidate.month <= 12 and candidate.day is not None:
                if candidate.month == 2 and candidate.day == 29 and not candidate.year_explicit:
                    continue  # handled below, with the year the article writes for it
                month_name = _MONTH_NAME[candidate.month]
                days = calendar.monthrange(candidate.year or 2001, candidate.month)[1]
                year_words = f" {candidate.year}" if candidate.year_explicit else ""
                reason = f"{month_name}{year_words} has only {days} days"
            else:
                reason = "there is no such month"
            conflicts.append(DateConflict(
                "impossible_date", ((candidate.start, candidate.end),),
                f"{_describe(candidate, text)} is not a calendar date: {reason}",
            ))
            continue
        if candidate.weekday is not None and candidate.weekday_span is not None and candidate.kind in ("date", "range"):
            date_start = candidate.weekday_span[1]
            while date_start < candidate.end and text[date_start] in " ,.":
                date_start += 1
            conflict = _weekday_conflict(context, candidate.weekday, candidate.weekday_span, candidate, (date_start, candidate.end))
            if conflict is not None:
                conflicts.append(conflict)
        if (candidate.month == 2 and candidate.day == 29 and not candidate.year_explicit and candidate.kind == "date"):
            # A yearless 29 February is impossible when the year the article gives it is not a leap year.
            written = _written_year(context, candidate, sentence_year=True)
            if written is not None and not calendar.isleap(written[0]):
                year, source = written
                conflicts.append(DateConflict(
                    "impossible_date", tuple(sorted({(candidate.start, candidate.end), source})),
                    f"{_describe(candidate, text)} is not a calendar date: February {year} "
                    f"(the year the article gives it) has only 28 days",
                ))
    # A weekday set apart from its date: "Friday (Aug. 26, 1995)", "a Monday -- 13 May 2002 --",
    # "2003-05-06, a Wednesday".
    candidates = context.candidates
    for index in range(len(candidates) - 1):
        first, second = candidates[index], candidates[index + 1]
        if second.start - first.end > 40:
            continue
        if (first.kind == "weekday" and second.kind == "month_year" and not second.year_explicit and index + 2 < len(candidates)
                and candidates[index + 2].kind == "date" and candidates[index + 2].month == second.month
                and candidates[index + 2].start - second.end <= 12):
            # "on a Monday in June: June 7, 2014": the month named on the way to the date is the date's own.
            second = candidates[index + 2]
        if first.kind == "weekday" and second.kind == "date" and second.weekday is None:
            weekday, date = first, second
            # A weekday directly before a numeric date: "Wednesday 28/08/2005", "Wed 2005-08-28".
            link = _WEEKDAY_THEN_NUMERIC if text[second.start:second.start + 1].isdigit() else _WEEKDAY_THEN_DATE
            if text.startswith(("'s ", "\u2019s "), first.end) and second.year_explicit:
                # "Tuesday's by-election (Oct. 8, 2005)": the possessive weekday's event, dated in brackets.
                link = _POSSESSIVE_WEEKDAY_GAP
            if (link.fullmatch(text, first.end, second.start) is None and second.year_explicit
                    and _INDEFINITE_BEFORE.search(text, max(0, first.start - 3), first.start) is not None):
                link = _INDEFINITE_GAP
        elif first.kind == "date" and first.weekday is None and second.kind == "weekday":
            weekday, date = second, first
            link = _DATE_THEN_WEEKDAY
        else:
            continue
        if weekday.weekday is None or weekday.modifier or date.impossible or link.fullmatch(text, first.end, second.start) is None:
            continue
        if link is _WEEKDAY_THEN_NUMERIC and _ambiguous_numeric(text, date, weekday.weekday):
            continue
        conflict = _weekday_conflict(context, weekday.weekday, (weekday.start, weekday.end), date, (date.start, date.end))
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts + _weekday_ordinals(context) + _weekday_anaphora(context)


# A weekday predicated of the day narrated just before: "The levee gave way on March 27, 1990. It was
# a Wednesday, ...", "It returned on the same day, a Friday".
_WEEKDAY_ANAPHOR: Final = re.compile(
    r"(?:(?<![\w'])(?P<pronoun>[Ii]t|That[ ]++day|The[ ]++day|That|This)[ ]++(?:was|had[ ]++been|fell[ ]++on)[ ]++"
    r"(?:(?:also|then|actually|still)[ ]++)?|(?<![\w'])(?:the[ ]++same|that)[ ]++day,[ ]++)an?[ ]$"
)


_CLAUSE_OPENING_BEFORE: Final = re.compile("(?:[;:]|--?|[\u2013\u2014])[ ]*+$")


def _weekday_anaphora(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    openings: dict[int, int] = {}
    for index, weekday in enumerate(candidates):
        if (weekday.kind != "weekday" or weekday.weekday is None or weekday.modifier or index == 0
                or not text.endswith((" a ", " an "), 0, weekday.start)):  # the pattern ends in "a(n) "
            continue
        match = _WEEKDAY_ANAPHOR.search(text, max(0, weekday.start - 40), weekday.start)
        if match is None:
            continue
        sentence_start = context.sentence(weekday.start)[0]
        clause_start = sentence_start
        if match.group("pronoun") is not None and match.start() != _opening_end(text, sentence_start, openings):
            # "It was a Friday" opens its sentence, or a clause after ";", ":" or a dash ("arrested on
            # 22 September 2003; it was a Sunday"); "that it was a Friday" is reported.
            if _CLAUSE_OPENING_BEFORE.search(text, max(sentence_start, match.start() - 4), match.start()) is None:
                continue
            clause_start = match.start()
        date = candidates[index - 1]
        if (date.kind != "date" or date.weekday is not None or date.month is None or date.day is None or date.impossible
                or weekday.start - date.end > 1500 or date.start >= clause_start and match.group("pronoun") is not None):
            continue
        conflict = _weekday_conflict(context, weekday.weekday, (weekday.start, weekday.end), date, (date.start, date.end))
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts


# ---------------------------------------------------------------------------
# Round 10: a weekday that names an event ("Thursday's vote", "the Saturday signing") takes the
# date of that event: its own set-off participle's ("..., held on 5 May 1996") or, elsewhere in the
# article (within about 2,000 characters), the one date told for an event of the same lemma ("signed the deal on ...").
_WEEKDAY_NOUN_AFTER: Final = re.compile(r"(?:['\u2019]s)?[ ]++(?P<noun>[a-z]{3,20}+)(?![\w'\u2019-])")
_WEEKDAY_DETERMINER_BEFORE: Final = re.compile(r"(?<![\w'\u2019])(?:[Tt]he|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]++$")
_WEEKDAY_EVENT_DATE_GAP: Final = re.compile(
    r"(?:[ ]++(?:in|at|of|on|for|by)[ ]++(?:the[ ]++)?(?:[A-Za-z][\w'\u2019-]{0,20}+[ ]++){0,3}?[A-Za-z][\w'\u2019-]{0,20}+)?"
    r",[ ]++(?:which[ ]++was[ ]++)?(?:[a-z]{3,15}+(?<=ed)|held|made|run|won|fought|taken|given|sung|struck|built|cast)"
    r"[ ]++on[ ]++(?:the[ ]++)?")


def _event_lemma_of(word: str) -> str | None:
    return _EVENT_LEMMAS.get(word) or _ALL_FAMILY_FORMS.get(word)


def _weekday_events(context: _Context, reported: set[tuple[int, int]]) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    starts: list[int] | None = None  # the candidates' starts (sorted), built when first needed
    for index, weekday in enumerate(candidates):
        if (weekday.kind != "weekday" or weekday.weekday is None or weekday.modifier
                or (weekday.start, weekday.end) in reported):
            continue
        noun = _WEEKDAY_NOUN_AFTER.match(text, weekday.end, weekday.end + 24)
        if noun is None:
            continue
        possessive = text.startswith(("'s", "\u2019s"), weekday.end)
        if not possessive and _WEEKDAY_DETERMINER_BEFORE.search(text, max(0, weekday.start - 8), weekday.start) is None:
            continue
        lemma = _event_lemma_of(noun.group("noun"))
        if lemma is None or _is_verb_form(noun.group("noun")):
            continue
        date = None
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        sentence_start, sentence_end = context.sentence(weekday.start)
        if (following is not None and following.kind == "date" and following.start < sentence_end
                and _WEEKDAY_EVENT_DATE_GAP.fullmatch(text, noun.end(), following.start) is not None):
            date = following
        else:
            # "The Saturday signing" refers back (or forward) to the one signing the article dates
            # (within about 2,000 characters), in a sentence of its own.
            found = []
            if starts is None:
                starts = [candidate.start for candidate in candidates]
            # The candidates are sorted by start: those within 2,000 characters are one slice of them.
            for other in candidates[bisect.bisect_left(starts, weekday.start - 2000):bisect.bisect_right(starts, weekday.start + 2000)]:
                if (abs(other.start - weekday.start) > 2000 or sentence_start <= other.start < sentence_end
                        or other.kind != "date" or other.day is None or other.weekday is not None):
                    continue
                low = context.sentence(other.start)[0]
                if any(_event_lemma_of(" ".join(trigger.group("trigger").lower().split())) == lemma
                       for trigger in _EVENT_LEMMA_PATTERN.finditer(text, max(low, other.start - 60), other.start)):
                    found.append(other)  # "signed the ceasefire on": any event word of the clause
            if len(found) == 1:
                date = found[0]
        if date is None or date.month is None or date.day is None or date.impossible or not date.year_explicit:
            continue
        conflict = _weekday_conflict(context, weekday.weekday, (weekday.start, weekday.end), date, (date.start, date.end))
        if conflict is not None:
            conflicts.append(conflict)
    return conflicts


_POSSESSIVE_WEEKDAY_GAP: Final = re.compile("['\u2019]s[ ]++(?:[a-z][a-z-]*+[ ]++){0,2}[a-z][a-z-]*+[ ]*+\\([ ]*+")
_WEEKDAY_THEN_NUMERIC: Final = re.compile("[ ]*(?:[(,\u2013\u2014]|--?)?[ ]*")
_NUMERIC_PARTS: Final = re.compile(r"([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]")


def _ambiguous_numeric(text: str, date: _Candidate, weekday: int) -> bool:
    """Whether a numeric date read the other way round ("05/06/2010") falls on the weekday."""
    parts = _NUMERIC_PARTS.match(text, date.start, date.end)
    if parts is None or date.year is None:
        return False
    first, second = int(parts.group(1)), int(parts.group(2))
    if first > 12 or second > 12:
        return False
    other = _safe_date(date.year, first if date.month == second else second, second if date.month == second else first)
    return other is not None and other.weekday() == weekday


# A weekday with a bare day of the month: "on Thursday the 12th", "Tues. 4th".
_WEEKDAY_ORDINAL: Final = re.compile(
    rf"(?<![\w.])(?P<weekday>{_WEEKDAY}),?[ ]+(?:the[ ]+)?(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?![ ]+(?:of[ ]+)?[A-Z])"
)


def _weekday_ordinals(context: _Context) -> list[DateConflict]:
    """"Workers walked out in July 2005 ... The strike began on Thursday the 12th": the month in force."""
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    last_dated: _Candidate | None = None
    for weekday_candidate in candidates:
        if weekday_candidate.kind in ("date", "month_year", "range", "year"):
            last_dated = weekday_candidate
            if weekday_candidate.kind == "date" and weekday_candidate.year_explicit and weekday_candidate.month:
                # "On May 3, 2005 ... on Thursday the 12th": a full date also sets the month in force.
                last_dated = _Candidate(weekday_candidate.start, weekday_candidate.end, "month_year")
                last_dated.month, last_dated.year, last_dated.year_explicit = (
                    weekday_candidate.month, weekday_candidate.year, True)
            continue
        if weekday_candidate.kind != "weekday" or weekday_candidate.modifier or last_dated is None:
            continue
        month = last_dated
        if month.kind != "month_year" or not month.year_explicit or month.month is None or month.year is None:
            continue
        match = _WEEKDAY_ORDINAL.match(text, weekday_candidate.start, min(len(text), weekday_candidate.start + 40))
        if match is None:
            continue
        weekday = _WEEKDAY_NUMBER[match.group("weekday").rstrip(".").lower()]
        dom = int(match.group("day"))
        if weekday == 4 and dom == 13:
            continue  # "Friday the 13th" is an idiom as often as a date
        # The month in force is the last one named, with no other date or year since.
        if match.start() - month.end > 2000:
            continue
        assert month.month is not None and month.year is not None
        day = _safe_date(month.year, month.month, dom)
        if day is None or day.weekday() == weekday:
            continue
        conflicts.append(DateConflict(
            "weekday_mismatch", ((month.start, month.end), (match.start(), match.end())),
            f"the article calls the {match.group('day')}th of {text[month.start:month.end]} a {_WEEKDAY_NAME[weekday]}, "
            f"but {day.strftime('%B')} {day.day}, {day.year} was a {_WEEKDAY_NAME[day.weekday()]}",
        ))
    return conflicts


_WEEKDAY_THEN_DATE: Final = re.compile("[ ]*(?:[(,\u2013\u2014]|--?)[ ]*")
# A weekday after its date: "13 May 2002 (Thursday)", "2010-05-07, a Friday", "May 3, 2009, which was a Sunday".
# A copula predicates the weekday of its date too: "22 January had been a Wednesday", "the 3rd fell on a Monday".
_DATE_THEN_WEEKDAY: Final = re.compile(
    "[ ]*+(?:\\([ ]*(?:an?[ ]+)?|(?:[,\u2013\u2014]|--?)[ ]*(?:(?:which|that)[ ]+(?:was|fell[ ]+on)[ ]+)?an?[ ]+"
    "|(?:[,\u2013\u2014]|--?)?+[ ]*+(?:(?:which|that)[ ]++)?(?:was|is|had[ ]++been|has[ ]++been|would[ ]++have[ ]++been"
    "|fell[ ]++on|falls[ ]++on|landed[ ]++on)[ ]++(?:also[ ]++|actually[ ]++)?(?:an?[ ]++|on[ ]++an?[ ]++)?"
    # Round anchor16: a second label of the same record, "dated 1900-02-11 and marked Tuesday".
    "|(?:,[ ]*+|(?<=[ ])and[ ]++)(?:(?:was|is)[ ]++)?(?:marked|headed|labell?ed|stamped)[ ]++(?:as[ ]++)?(?:an?[ ]++)?)"
)
# An indefinite weekday named a few words before the date that specifies it:
# "On a Friday that spring -- April 2, 2003 --", "It was a Sunday, the 3rd of May 2009".
_INDEFINITE_BEFORE: Final = re.compile(r"(?<!\w)[Aa][ ]+$")
_INDEFINITE_GAP: Final = re.compile(r"[^.;:!?\n0-9]{0,40}(?::[ ]++)?")


def _weekday_conflict(context: _Context, weekday: int, weekday_span: tuple[int, int], candidate: _Candidate,
                      date_span: tuple[int, int]) -> DateConflict | None:
    """A weekday_mismatch when ``candidate``'s day does not fall on ``weekday``."""
    written = _written_year(context, candidate) if not candidate.year_explicit else None
    if written is None and not candidate.year_explicit and context.inferred:
        written = _told_year(context, candidate)
    if candidate.earliest is None and written is None:
        return None
    day = candidate.earliest
    if written is not None and candidate.month is not None and candidate.day is not None:
        day = _safe_date(written[0], candidate.month, candidate.day)  # type: ignore[assignment]
    if day is None:
        return None
    actual = day.weekday()
    if actual == weekday:
        return None
    if not candidate.year_explicit and written is None and _narrative_weekday(context, candidate, weekday):
        return None
    if not candidate.year_explicit and written is None and context.inferred:
        # An inferred reference only bounds publication from below, so the
        # following year is as plausible as the inferred one.
        if candidate.month is None or candidate.day is None or candidate.year is None:
            return None
        following = _safe_date(candidate.year + 1, candidate.month, candidate.day)
        if following is not None and following.weekday() == weekday:
            return None
        if context.precision == "latest year":
            return None
        if _later_year_told(context, candidate.year + 1):
            return None
    elif (not candidate.year_explicit and written is None and context.reference is not None
          and candidate.month is not None and candidate.day is not None):
        # A yearless day is read in the 275 days before publication or the 90 after it; an
        # announcement of a day a little further ahead ("will be presented the award on Monday,
        # Nov. 20" in a July article) means the next one, when its weekday is right there.
        following = _safe_date(day.year + 1, candidate.month, candidate.day)
        if (following is not None and following.weekday() == weekday
                and 0 < (following - context.reference).days <= _ANNOUNCED_DAYS
                and _FUTURE_OR_HYPOTHETICAL.search(context.text, context.sentence(candidate.start)[0], candidate.start)):
            return None
    text = context.text
    year_words = ("" if candidate.year_explicit else f" (year {day.year} written elsewhere in the article)"
                  if written is not None else f" (year {candidate.year} inferred from the article)")
    spans = tuple(sorted({weekday_span, date_span} | ({written[1]} if written is not None else set())))
    return DateConflict(
        "weekday_mismatch", spans,
        f"the article calls {text[date_span[0]:date_span[1]]} a {_WEEKDAY_NAME[weekday]}, "
        f"but {day.strftime('%B')} {day.day}, {day.year}"
        f" was a {_WEEKDAY_NAME[actual]}{year_words}",
    )


# Session 19: how far after publication an announced yearless day may lie (see _weekday_conflict).
_ANNOUNCED_DAYS: Final = 183


def _later_year_told(context: _Context, year: int) -> bool:
    """True when the article tells, beside a past-tense verb and outside a future frame, a year after ``year``: with no publication
    date, the inferred reference (the latest full date) is then no bound on the year of a yearless day
    ("On Saturday, September 17 ... similar to the device used for the Boston Marathon bombing in 2013
    ... September 11, 2001": the inferred 2001 is not the year of the Saturday)."""
    if context.latest_told_year is None:
        text = context.text
        latest = 0
        for other in context.candidates:
            if (other.year_explicit and other.year is not None and other.year > latest
                    and other.kind in ("year", "date", "month_year")
                    and _PAST_TENSE.search(text, max(0, other.start - 60), min(len(text), other.end + 40))
                    and not _FUTURE_FOR_INFERENCE.search(text, max(0, other.start - 60), min(len(text), other.end + 40))):
                latest = other.year
        context.latest_told_year = latest
    return context.latest_told_year > year


# Session 19: a yearless day told beside a full date a few weeks from it belongs to that date's year
# ("On Friday, September 6, 2013, Wildstein informed staffers of closures that were scheduled to begin
# on Monday, September 9", in a story published in 2014): when its weekday is right in that year, the
# narrative is dating its own week, and the year of publication is not the one it means.
_NARRATIVE_DAYS: Final = 45


def _narrative_weekday(context: _Context, candidate: _Candidate, weekday: int) -> bool:
    """True when a full date in ``candidate``'s sentence or the one before lies within
    ``_NARRATIVE_DAYS`` of it in that date's year, and ``weekday`` is right in that year."""
    if candidate.month is None or candidate.day is None:
        return False
    candidates = context.candidates
    sentence_start, sentence_end = context.sentence(candidate.start)
    previous_start = context.sentence(sentence_start - 1)[0] if sentence_start > 0 else 0
    index = bisect.bisect_left(candidates, candidate.start, key=lambda other: other.start)
    years: set[int] = set()
    for other in candidates[max(0, index - 12):index + 12]:
        if other is candidate or other.start < previous_start or other.start >= sentence_end:
            continue
        if (other.kind == "date" and other.year_explicit and other.year is not None and other.month is not None
                and other.day is not None):
            told = _safe_date(other.year, other.month, other.day)
            day = _safe_date(other.year, candidate.month, candidate.day)
            if told is not None and day is not None and abs((day - told).days) <= _NARRATIVE_DAYS:
                years.add(other.year)
    if len(years) != 1:
        return False
    day = _safe_date(years.pop(), candidate.month, candidate.day)
    return day is not None and day.weekday() == weekday


# Round 16: the evidence of a conflict that rests on a yearless day includes the year the article
# writes for it, in the day's own sentence or, failing that, the one year of the sentence before
# ("The 1986 marathon drew 5,000 runners. The race was run on Wednesday, August 14"; "During the
# 1986 season the club sacked its manager on September 21, before the derby on August 14").
_YEAR_EVIDENCE_KINDS: Final = frozenset({"weekday_mismatch", "order_violation", "restated_event"})


def _previous_sentence_year(context: _Context, candidate: _Candidate) -> tuple[int, tuple[int, int]] | None:
    """The one year written in the sentence before ``candidate``'s, if its own has none before it."""
    candidates = context.candidates
    sentence_start = context.sentence(candidate.start)[0]
    if sentence_start == 0:
        return None
    previous_start = context.sentence(sentence_start - 1)[0]
    index = bisect.bisect_left(candidates, candidate.start, key=lambda other: other.start)
    years: dict[int, tuple[int, int]] = {}
    for other in candidates[max(0, index - 12):index][::-1]:
        if other.start < previous_start:
            break
        if other.start >= sentence_start and other.kind not in ("weekday",):
            return None  # another expression nearer the day
        if other.kind in ("relative", "deictic"):
            return None
        if other.year_explicit and other.year is not None and other.kind in ("year", "date", "month_year"):
            years.setdefault(other.year, (other.start, other.end))
    return next(iter(years.items())) if len(years) == 1 else None


def _with_written_years(context: _Context, conflicts: list[DateConflict]) -> list[DateConflict]:
    """Add to each conflict on a yearless day the span of the year the article writes for it."""
    yearless: dict[int, _Candidate] | None = None
    result: list[DateConflict] = []
    for conflict in conflicts:
        if conflict.kind not in _YEAR_EVIDENCE_KINDS:
            result.append(conflict)
            continue
        if yearless is None:
            yearless = {candidate.end: candidate for candidate in context.candidates
                        if candidate.kind == "date" and not candidate.year_explicit and candidate.month is not None
                        and candidate.day is not None}
        extra: set[tuple[int, int]] = set()
        for span in conflict.spans:
            candidate = yearless.get(span[1])
            if candidate is None:
                continue
            written = _written_year(context, candidate, sentence_year=True) or _previous_sentence_year(context, candidate)
            if written is None or written[1] in conflict.spans:
                continue
            if conflict.kind == "weekday_mismatch" and candidate.weekday is not None:
                day = _safe_date(written[0], candidate.month, candidate.day)  # type: ignore[arg-type]
                if day is None or day.weekday() == candidate.weekday:
                    continue  # the weekday is right in that year: not the year the conflict rests on
            extra.add(written[1])
        if extra:
            conflict = DateConflict(conflict.kind, tuple(sorted(set(conflict.spans) | extra)), conflict.explanation)
        result.append(conflict)
    return result


# Round anchor16: with no publication date, a yearless day takes the one year the article tells
# next to it ("switched on in 1987, on Saturday 15 September"; "The 2006 season opened on Tuesday,
# March 17"; "on Tuesday 18 February in the 1989 by-election"; "promoted in 1937. The decisive win
# came on Thursday, April 19"), unless the year is set apart from the day: in a relative clause,
# brackets or quotes, after a word relating it to another time ("since 1990", "after 2001"), or in a
# sentence that measures time from it ("the anniversary of the 2001 attacks", "ten years ago").
_TOLD_YEAR_BREAK: Final = re.compile(
    r",[ ]*+(?:who|which|whose|whom|when|where|while|although|though|but|because|as)(?![\w'])|[()\[\]\"\u201c\u201d]")
_TOLD_YEAR_RELATION: Final = re.compile(
    r"(?<![\w'])(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]o|[Bb]etween|and|or|than|[Pp]re|[Pp]ost"
    r"|[Ee]arly|[Ll]ate|[Mm]id|[Ee]stablished|[Ff]ounded|[Bb]orn|[Ss]et|[Bb]uilt|[Oo]pened|[Ss]ince[ ]++the)[ -]++(?:the[ ]++)?$")
_TOLD_YEAR_AFTER_LINK: Final = re.compile(r"(?<![\w'])(?:in|of|during|for)[ ]++(?:the[ ]++)?$")
_TOLD_YEAR_ELSEWHERE: Final = re.compile(
    r"(?<![\w'])(?:[Aa]nniversar(?:y|ies)|ago|later|earlier|[Rr]emember(?:s|ed|ing)?|[Rr]ecall(?:s|ed|ing)?"
    r"|[Cc]ommemorat\w*|[Mm]emorial|years?|decades?)(?![\w'])")
_TOLD_YEAR_CLAUSE_END: Final = re.compile(r"[;:]|[\u2013\u2014]|[ ]--?[ ]")


_TOLD_YEAR_REACH: Final = 400


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last ";", ":" or dash of its sentence."""
    start = sentence_start
    for match in _TOLD_YEAR_CLAUSE_END.finditer(text, sentence_start, position):
        start = match.end()
    return start


def _shifts_year(other: _Candidate) -> bool:
    """True for an expression that may move a day out of a nearby year ("two years later", "last week");
    a length in days or weeks ("took two days") does not."""
    if other.kind == "duration":
        return other.unit not in ("day", "week", "hour", "minute")
    return other.kind in ("relative", "deictic", "age")


def _told_year(context: _Context, candidate: _Candidate) -> tuple[int, tuple[int, int]] | None:
    """The one year the article tells beside a yearless day, with its span (no publication date).

    The day's own clause is read first: its only year-bearing expression, a bare year, before the
    day with nothing setting the two apart, or after it when joined by "in/of/during (the)". Failing
    that, when nothing dated stands in the day's clause before it, the one bare year of the clause or
    sentence just before ("was shut in 1926; the last shift clocked off on Tuesday, July 10").
    """
    text = context.text
    candidates = context.candidates
    sentence_start, sentence_end = context.sentence(candidate.start)
    # Bounded windows keep the rule linear on texts with no sentence ends.
    sentence_start, sentence_end = max(sentence_start, candidate.start - _TOLD_YEAR_REACH), min(sentence_end, candidate.end + _TOLD_YEAR_REACH)
    clause_start = _clause_start(text, sentence_start, candidate.start)
    clause_end_match = _TOLD_YEAR_CLAUSE_END.search(text, candidate.end, sentence_end)
    clause_end = clause_end_match.start() if clause_end_match is not None else sentence_end
    index = bisect.bisect_left(candidates, candidate.start, key=lambda other: other.start)
    nearby = [other for other in candidates[max(0, index - 12):index + 12]
              if other is not candidate and clause_start <= other.start < clause_end]
    if any(_shifts_year(other) for other in nearby):
        return None
    dated = [other for other in nearby if other.kind not in ("weekday", "duration")]
    if _TOLD_YEAR_ELSEWHERE.search(text, clause_start, clause_end) is not None:
        return None
    if dated:
        if len(dated) != 1:
            return None
        year = dated[0]
        if year.kind != "year" or not year.year_explicit or year.granularity != "year" or year.year is None:
            return None
        if year.end <= candidate.start:
            gap_start, gap_end = clause_start, candidate.start
            if _TOLD_YEAR_RELATION.search(text, max(clause_start, year.start - 16), year.start) is not None:
                return None
        else:
            gap_start, gap_end = clause_start, year.end
            if _TOLD_YEAR_AFTER_LINK.search(text, max(candidate.end, year.start - 12), year.start) is None:
                return None
        if _TOLD_YEAR_BREAK.search(text, gap_start, gap_end) is not None:
            return None
        return year.year, (year.start, year.end)
    # Nothing dated in the day's clause: the clause or sentence just before.
    if clause_start > sentence_start:
        previous_start, previous_end = _clause_start(text, sentence_start, clause_start - 1), clause_start
    elif sentence_start > 0:
        previous_start, previous_end = context.sentence(sentence_start - 1)[0], sentence_start
        previous_start = _clause_start(text, max(previous_start, previous_end - _TOLD_YEAR_REACH), previous_end)
    else:
        return None
    if clause_start > previous_end + 3 and _TOLD_YEAR_BREAK.search(text, previous_end, clause_start) is not None:
        return None
    before = [other for other in candidates[max(0, index - 12):index]
              if previous_start <= other.start < previous_end]
    if not before or any(_shifts_year(other) for other in before):
        return None
    dated = [other for other in before if other.kind not in ("weekday", "duration")]
    if len(dated) != 1:
        return None
    year = dated[0]
    if year.kind != "year" or not year.year_explicit or year.granularity != "year" or year.year is None:
        return None
    if _TOLD_YEAR_ELSEWHERE.search(text, previous_start, previous_end) is not None:
        return None
    if _TOLD_YEAR_RELATION.search(text, max(previous_start, year.start - 16), year.start) is not None:
        return None
    if _TOLD_YEAR_BREAK.search(text, previous_start, year.end) is not None:
        return None
    return year.year, (year.start, year.end)


_FRAMING_YEAR: Final = re.compile(r"[ \"'(\n]*+(?:In|During|Throughout)[ ]++(?:1[6-9]|20)[0-9][0-9](?![0-9])")
_THAT_YEAR_AFTER: Final = re.compile(r",?[ ]++(?:of[ ]++)?(?:that|the[ ]++same)[ ]++(?:same[ ]++)?year(?!\w)")
_RELATIVE_YEAR_AFTER: Final = re.compile(r",?[ ]++(?P<which>last|this|next|the[ ]++previous|the[ ]++following)[ ]++year(?!\w)")
# Session 19: "It was on Monday, January 12, in 1998 when ...": the year told right after the day.
_IN_YEAR_AFTER: Final = re.compile(r",?[ ]++in[ ]++(?P<year>1[0-9]{3}|20[0-9]{2})(?![\w'\u2019]|[.,][0-9])")


def _written_year(context: _Context, candidate: _Candidate,
                  sentence_year: bool = False) -> tuple[int, tuple[int, int]] | None:
    """The year that the article writes for a yearless day and month, if it writes one,
    with the span that writes it (part of the evidence).

    In order: a relative year right after the date ("Feb. 29 last year", against the
    given publication date); a year told right after it ("Monday, January 12, in 1998");
    an earlier full date with the same day and month, which
    the yearless one repeats ("on 22 January 2006 ... 22 January had been a Wednesday");
    with ``sentence_year``, the one year written in the date's sentence ("the payments
    made in 2009 ... booked on 29 February"; not used for weekdays, since "On Monday,
    Sept. 12, ... the 2001 attacks" names another year); but a year that opens the sentence
    ("In 1997 ... on Monday, September 26"), the only one written before the date there, frames
    it, and "June 25 of that year" takes the year written last before it.  Only a bounded
    number of neighbouring expressions is looked at.
    """
    text = context.text
    relative = _RELATIVE_YEAR_AFTER.match(text, candidate.end, min(len(text), candidate.end + 24))
    if relative is not None:
        if context.reference is None or context.inferred:
            return None
        which = relative.group("which")
        return (context.reference.year + (-1 if which in ("last",) or which.endswith("previous")
                                          else 1 if which in ("next",) or which.endswith("following") else 0),
                relative.span("which"))
    told_in = _IN_YEAR_AFTER.match(text, candidate.end, min(len(text), candidate.end + 16))
    if told_in is not None:
        return int(told_in.group("year")), told_in.span("year")
    candidates = context.candidates
    index = bisect.bisect_left(candidates, candidate.start, key=lambda other: other.start)
    for other in candidates[max(0, index - 40):index][::-1]:
        if (other.year_explicit and other.kind == "date" and other.month == candidate.month
                and other.day == candidate.day and other.year is not None):
            return other.year, (other.start, other.end)
    sentence_start = context.sentence(candidate.start)[0]
    opening = _FRAMING_YEAR.match(text, sentence_start, min(len(text), sentence_start + 24))
    if opening is not None:
        # "In 1997 the cooperative held its first auction on Monday, September 26": a year that
        # opens the sentence frames its yearless dates (unless another year is written in between).
        framing = [other for other in candidates[max(0, index - 8):index]
                   if other.start >= sentence_start and other.year_explicit and other.kind in ("year", "date", "month_year", "range")]
        if (len(framing) == 1 and framing[0].kind == "year" and framing[0].start == opening.end() - 4
                and framing[0].year is not None):
            return framing[0].year, (framing[0].start, framing[0].end)
    if _THAT_YEAR_AFTER.match(text, candidate.end, min(len(text), candidate.end + 24)) is not None:
        # "Throughout 1995 ... On Monday, June 25 of that year": the year last written before it.
        for other in candidates[max(0, index - 6):index][::-1]:
            if candidate.start - other.end > 1500:
                break
            if other.year_explicit and other.year is not None and other.kind in ("year", "date", "month_year"):
                return other.year, (other.start, other.end)
            if other.kind in ("relative", "deictic", "range"):
                break
    if not sentence_year:
        return None
    sentence_start, sentence_end = context.sentence(candidate.start)
    years: dict[int, tuple[int, int]] = {}
    for other in candidates[max(0, index - 12):index + 12]:
        if other is not candidate and sentence_start <= other.start < sentence_end:
            if other.year_explicit and other.year is not None and other.kind in ("year", "date", "month_year"):
                years.setdefault(other.year, (other.start, other.end))
            elif other.kind in ("relative", "deictic"):
                return None
    return next(iter(years.items())) if len(years) == 1 else None


# Nouns that name one kind of thing, so that "the pact" can restate "the treaty".
_HEAD_SYNONYMS: Final[dict[str, str]] = {
    "pact": "treaty", "accord": "treaty", "agreement": "treaty", "championship": "title", "crown": "title",
    "quake": "earthquake", "tremor": "earthquake", "ipo": "listing", "flotation": "listing",
    "infirmary": "hospital", "firm": "company", "corporation": "company", "ship": "vessel",
}
# Ordinals that single out one event of a series: "their first title", "the inaugural festival".
_FIRST_WORDS: Final = frozenset({"first", "inaugural", "maiden"})


def _key_of(phrase: str, head: str) -> str:
    """The event key of a head: its synonym class, marked when the phrase says it was the first."""
    key = _HEAD_SYNONYMS.get(head, head)
    for word in phrase.split():
        lowered = word.lower()
        if lowered in _DETERMINERS:
            continue
        return "first " + key if lowered in _FIRST_WORDS else key
    return key


def _head_of(phrase: str) -> str:
    """The head noun of a phrase: the last word before the first function word."""
    head = ""
    for word in phrase.split():
        lowered = word.lower().strip("',")
        if (lowered in _DETERMINERS or lowered in _FIRST_WORDS) and not head:
            continue
        if lowered in _PHRASE_STOP or not lowered[:1].isalpha():
            break
        head = lowered
    if len(head) > 4 and head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    return head


# "the Rivers Act of 1990", "the climate summit of 2009": an identifier after its noun.
_OF_IDENTIFIER: Final = re.compile(
    r"(?<!\w)(?:[Tt]he|[Ii]ts|[Tt]heir)[ ]+(?P<phrase>(?:[\w'-]+[ ]+){0,4}?[\w'-]+)[ ]+of[ ]+$"
)
_OF_NOT_EVENT: Final = frozenset("""
end beginning start middle half part rest spring summer autumn fall winter class day days week weeks
month months night morning evening events anniversary aftermath wake course height depth turn first
last remainder bulk early late mid dawn eve summers winters generation
""".split())
# A sentence-initial participle: "Founded in 1985, the trust ...", "Born on 3 May 1950, Okafor ...".
_FRONTED_VERB: Final = re.compile(r"(?P<verb>[A-Z][a-z]+(?:[ ]+down)?)[ ]+(?:back[ ]+)?(?:in|on|during)[ ]+(?:the[ ]+)?$")
_FRONTED_SUBJECT: Final = re.compile(
    r",[ ]+(?:(?P<name>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,4})|(?:the|its|their)[ ]+(?:(?P<first>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,4})|(?P<noun>[a-z][\w'-]*)))"
)
# A named subject: "Maria Okafor was born in 1950", "the Harlow Trust, which was founded in 1980".
_NAMED_EVENT: Final = re.compile(
    r"(?<![\w'])(?P<name>[A-Z][\w'-]*(?:[ ]+[A-Z][\w'-]*){0,3}),?[ ]+(?:(?:who|which)[ ]+)?"
    r"(?:(?:was|were|had[ ]+been|has[ ]+been|first|originally|officially|formally|actually|only|finally|also|then|eventually|reportedly)[ ]+){0,3}"
    # The verb's complements may run to six words: "was first elected to parliament for Eastleigh Marsh in 1990".
    rf"(?P<verb>{_EVENT_VERB_ALTERNATION})[ ]+(?:[^\W\d][\w'-]*[ ]+){{0,6}}?(?:back[ ]+)?(?:in|on|during)[ ]+(?:the[ ]+)?$"
)
# Taking office: "Okafor took office as mayor of Harlow in 1999", "Okafor, who became mayor ... in 2003".
_OFFICE_EVENT: Final = re.compile(
    r"(?<![\w'])(?P<name>[A-Z][\w'-]*),?[ ]+(?:(?:who|first|later|then|finally|eventually)[ ]+){0,2}"
    r"(?:took[ ]+office[ ]+as|became|was[ ]+(?:sworn[ ]+in|elected|appointed|named|installed|made)(?:[ ]+as)?|(?:was[ ]+)?sworn[ ]+in[ ]+as"
    r"|took[ ]+(?:over|charge)[ ]+as|stepped[ ]+in[ ]+as|took[ ]+up[ ]+the[ ]+(?:post|role|job)[ ]+of)"
    r"[ ]+(?:(?:the|a|an)[ ]+)?(?P<role>[a-z][\w'-]*)(?:[ ]+[\w'-]+){0,4}?[ ]+(?:in|on)[ ]+(?:the[ ]+)?$"
)
# A sentence-initial date before its event: "In 1985, the trust was founded", "In 1985, Okafor founded the trust".
_DATE_THEN_PASSIVE: Final = re.compile(
    r",?[ ]+(?:the|The|its|their)[ ]+(?P<phrase>(?:[^\W\d][\w'-]*[ ]+){0,5}?)(?:was|were)[ ]+"
    rf"(?:(?:first|officially|formally|finally)[ ]+)?(?P<verb>{_EVENT_VERB_ALTERNATION})(?!\w)"
)
_DATE_THEN_ACTIVE: Final = re.compile(
    r",?[ ]+(?:[A-Z][\w'-]*[ ]+){0,3}?"
    rf"(?P<verb>{_EVENT_VERB_ALTERNATION})[ ]+(?:the|its|their|his|her)[ ]+(?P<phrase>(?:[^\W\d][\w'-]*[ ]*){{1,5}})"
)
_OFFICE_CUE: Final = re.compile(
    r"office|became|sworn|elected|appointed|named|installed|was made|took over as|took charge as|stepped in as|took up the")
# Nouns naming the event of a verb: "the 2001 shutdown of the plant" = "the plant was shut down in 2001".
_NOMINAL_EVENTS: Final[dict[str, str]] = {
    "shutdown": "shut", "closure": "close", "closing": "close", "opening": "open", "founding": "found",
    "signing": "sign", "launch": "launch", "death": "die", "birth": "bear", "ratification": "ratify",
    "completion": "complete", "construction": "build", "dissolution": "dissolve", "merger": "merge",
    "acquisition": "acquire", "demolition": "demolish", "inauguration": "inaugurate", "passage": "pass",
    "repeal": "repeal", "creation": "create", "establishment": "establish", "adoption": "adopt",
    "enactment": "enact", "election": "elect", "collapse": "collapse", "sale": "sell",
}
# Event nouns that follow their owner or take it with "of" ("Okafor's death", "the sinking of the Marisol").
_EVENT_NOUNS: Final[dict[str, str]] = {
    **_NOMINAL_EVENTS, "sinking": "sink", "initial public offering": "go public", "IPO": "go public",
    "stock market debut": "go public", "flotation": "go public", "landfall": "strike", "staging": "hold",
    "first election": "first elect", "first staging": "first hold", "founding": "found", "retirement": "retire",
    "resignation": "resign", "appointment": "appoint", "arrest": "arrest", "conviction": "convict",
    "wedding": "marry", "marriage": "marry", "discovery": "discover", "release": "release",
    "publication": "publish", "bankruptcy": "go bankrupt", "first title": "first win",
    # A win named by its contest: "Okafor's first election victory, in 1999".
    "election victory": "elect", "election win": "elect", "first election victory": "first elect",
    "first election win": "first elect",
}
_EVENT_NOUN_ALTERNATION: Final = _trie_alternation(_EVENT_NOUNS, space=" ")
_OWNER_WORDS: Final = r"(?:[A-Z][\w.-]*[ ]+){0,3}[A-Z][\w-]*|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]+(?:[a-z][\w-]*[ ]+){0,2}[a-z][\w-]*"
_NOMINAL_FRAME: Final = re.compile(
    rf"(?<![\w'\u2019])(?:(?P<owner>{_OWNER_WORDS})(?:['\u2019]s|['\u2019])[ ]+(?P<possessed>{_EVENT_NOUN_ALTERNATION})"
    rf"|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ]+(?P<of_noun>{_EVENT_NOUN_ALTERNATION})[ ]+of[ ]+"
    r"(?P<of_owner>(?:the[ ]+)?(?:[\w-]+[ ]+){0,3}?[\w-]+)"
    rf"|(?:[Tt]he|[Ii]ts|[Tt]heir)[ ]+(?P<compound>(?:[\w-]+[ ]+){{0,3}}?[\w-]+)[ ]+(?P<compound_noun>{_EVENT_NOUN_ALTERNATION}))"
    r"(?:[ ]+as[ ]+(?:an?[ ]+)?[a-z]+)?(?:[ ]+(?:came|happened|occurred|took[ ]+place))?,?[ ]+(?:back[ ]+)?(?:in|on|of|during)[ ]+(?:the[ ]+)?$"
)
# "in the 1978 season" is a date, not a dated thing like "the 1978 treaty".
_PERIOD_NOUN: Final = re.compile(r"[ ]++(?:(?:fiscal|school|academic|financial|tax|calendar|model)[ ]+)?(?:season|year|term|session)(?!\w)")
_OBJECT_AFTER: Final = re.compile(r"[ ]++(?:the|this|that|its|their|his|her)[ ]")
_AUXILIARY: Final = re.compile(r"(?<!\w)(?:was|were|been|is|are)(?!\w)")
# Events that recur ("the summit was held in 2005" can be a later edition of one first held in 1993).
_REPEATABLE_EVENTS: Final = frozenset({
    "hold", "elect", "win", "meet", "attend", "host", "convene", "organize", "organise", "appoint", "hire",
})
# Objects that make an idiom of their verb: the subject "opened its doors" in 1996.
_IDIOM_OBJECTS: Final = frozenset({"door", "doors", "gate", "gates"})
# Verbs whose subject, not their object, undergoes the event: "Hurricane Ingrid struck the coast in 2003".
_SUBJECT_EVENTS: Final = frozenset({"strike", "sink", "die", "collapse", "go public"})
_EVENT_NOUN_CUE: Final = re.compile(rf"(?<!\w)(?:{_EVENT_NOUN_ALTERNATION})(?!\w)")
_FIRST_ADVERB: Final = re.compile(r"(?<!\w)(?:[Ff]irst|[Ii]naugural|[Mm]aiden)(?!\w)")


def _nominal_frame(text: str, low: int, date_start: int) -> tuple[str, str] | None:
    """(owner phrase, event verb) when an event noun and its owner carry the date, else None."""
    cue = None
    for cue in _EVENT_NOUN_CUE.finditer(text, max(low, date_start - 60), date_start):
        pass
    if cue is None:
        return None
    match = _NOMINAL_FRAME.search(text, max(low, cue.start() - 50), date_start)
    if match is None:
        return None
    noun = match.group("possessed") or match.group("of_noun") or match.group("compound_noun")
    owner = match.group("owner") or match.group("of_owner") or match.group("compound")
    words = owner.split()
    while words and words[0].lower() in _PHRASE_STOP:
        words.pop(0)
    if not words:
        return None
    verb = _EVENT_NOUNS[noun]
    if _FIRST_ADVERB.search(text, match.start(), date_start) is not None and not verb.startswith("first "):
        verb = "first " + verb
    return " ".join(words), verb


_NOMINAL_OF: Final = re.compile(r"[ ]+of[ ]+(?:the[ ]+)?((?:[A-Za-z][\w'-]*[ ]+){0,3}[A-Za-z][\w'-]*)")
_NAME_RUN: Final = re.compile(r"(?:[A-Z][\w'-]*[ ]+)*[A-Z][\w'-]*$")
_MAX_NAMES: Final = 24

Name = tuple[str, ...]


def _name_of(phrase: str, head: str) -> Name:
    """The capitalised run that ends the phrase at its head ("Rivers Protection Act"), or ()."""
    words = phrase.split()
    for index, word in enumerate(words):
        if word.lower().strip("',") == head or word.lower().strip("',")[:-1] == head:
            run = _NAME_RUN.search(" ".join(words[:index + 1]))
            if run is not None and word[:1].isupper():
                return tuple(part.lower().strip("',") for part in run.group(0).split() if part.lower() not in _DETERMINERS)
            # A common noun after a proper modifier is named by it: "the Orla bridge", "the Baltic fisheries treaty".
            modifiers = words[max(0, index - 3):index]
            while modifiers and modifiers[-1][:1].islower() and len(modifiers) > 1:
                modifiers.pop()
            proper = [part.lower().strip("',") for part in modifiers
                      if part[:1].isupper() and part.lower() not in _DETERMINERS and part.lower() not in _PHRASE_STOP]
            if proper and modifiers and modifiers[-1][:1].isupper():
                return (*proper, head)
            return ()
    return ()


def _compatible(first: Name, second: Name) -> bool:
    """Two names can denote one thing: one is empty or a word-suffix of the other."""
    if not first or not second:
        return True
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    return longer[len(longer) - len(shorter):] == shorter


def _clusters(mentions: list[tuple[_Candidate, Name]], text: str = "", head: str = "") -> list[tuple[Name, list[_Candidate]]]:
    """Group mentions of one head and verb by the name they carry.

    A short name joins the longer names it ends ("Okafor" with "Maria Okafor") unless
    it ends two that differ ("Maria Okafor" and "John Okafor"); then it is dropped.
    Unnamed mentions form their own group.
    """
    names = sorted({name for _, name in mentions if name})  # sorted: ties below resolve the same way in every run
    if len(names) > _MAX_NAMES:
        canonical = {name: name for name in names}
    else:
        canonical = {}
        for name in names:
            longer = [other for other in names if len(other) > len(name) and _compatible(name, other)]
            if any(not _compatible(one, two) for one in longer for two in longer):
                continue
            best = name
            for other in names:
                if len(other) < len(best) and _compatible(other, name):
                    best = other
            canonical[name] = best
        # The shortest compatible name must itself be unambiguous.
        canonical = {name: best if best in canonical else name for name, best in canonical.items()}
    groups: dict[Name, list[_Candidate]] = {}
    for candidate, name in mentions:
        if name and name not in canonical:
            continue
        groups.setdefault(canonical.get(name, ()), []).append(candidate)
    if () in groups and len(groups) == 2 and head:
        # Coreference: "the university" is the one named university of the article
        # ("Brackwater University, founded in 1952 ... the university was founded in 1956"),
        # unless the article names another one anywhere.
        name = next(name for name in groups if name)
        if _HEAD_SYNONYMS.get(name[-1], name[-1]) == head and not _other_name_with_head(text, head, name):
            unnamed = groups.pop(())
            named = groups.pop(name)
            return [(name, sorted(named + unnamed, key=lambda candidate: candidate.start))]
    return list(groups.items())


# Events of a person, named by their noun in explanations ("the first election of Tomasz Nowicki").
_PERSON_EVENT_NOUNS: Final[dict[str, str]] = {
    "elect": "election", "bear": "birth", "die": "death", "marry": "marriage", "retire": "retirement",
    "resign": "resignation", "appoint": "appointment", "hire": "hiring", "arrest": "arrest", "convict": "conviction",
}


def _predicate_words(verb: str, name: Name, head: str, first: bool) -> str:
    """Plain words for a restated predicate: the thing ("treaty", "orla bridge"), or a person's event."""
    noun = _PERSON_EVENT_NOUNS.get(verb)
    if noun is not None and name and name[-1] == head:
        return f"{'first ' if first else ''}{noun} of {' '.join(word.capitalize() for word in name)}"
    return " ".join(name) or head


def _other_name_with_head(text: str, head: str, name: Name) -> bool:
    """Whether the text names a thing with this head other than ``name`` ("Bexley College")."""
    pattern = re.compile(rf"(?<![\w'])([A-Z][\w'-]*)[ ]+(?:{re.escape(head.capitalize())}|{re.escape(head)})s?(?!\w)")
    for match in pattern.finditer(text):
        word = match.group(1).lower().strip("'")
        if word not in name and word not in _DETERMINERS and word not in _PHRASE_STOP:
            return True
    return False


def _restated_events(context: _Context) -> list[DateConflict]:
    text = context.text
    identifiers: dict[str, list[tuple[_Candidate, Name]]] = {}
    predicates: dict[str, list[tuple[_Candidate, str, Name]]] = {}
    first_word: dict[int, int] = {}
    third_word: dict[int, int] = {}
    for candidate in context.candidates:
        if not candidate.absolute or candidate.kind == "range":
            continue
        sentence_start = context.sentence(candidate.start)[0]
        window_start = max(sentence_start, candidate.start - 110)
        if (candidate.kind not in ("season", "part_of_period")
                and _IDENTIFIER_BEFORE.search(text, max(window_start, candidate.start - 8), candidate.start)
                and _PERIOD_NOUN.match(text, candidate.end, candidate.end + 24) is None):
            after = _WORDS_AFTER.match(text, candidate.end, min(len(text), candidate.end + 50))
            if after is not None:
                words = after.group(1).split()
                nominal = _NOMINAL_EVENTS.get(words[0].lower()) if words else None
                of = _NOMINAL_OF.match(text, candidate.end + len(words[0]) + 1, min(len(text), candidate.end + 90)) if nominal else None
                if nominal is not None and of is not None:
                    # "the 2001 shutdown of the Harlow plant": a dated predicate of the plant.
                    seen: set[str] = set()
                    for word in of.group(1).split():
                        key = _head_of(word)
                        if not key:
                            break
                        if key not in _GENERIC_HEADS and key not in seen:
                            seen.add(key)
                            predicates.setdefault(key, []).append((candidate, nominal, _name_of(of.group(1), key)))
                    continue
                # Without a part-of-speech tagger the head is one of the next few words
                # ("the 2019 bilateral treaty was"); each is a possible key.
                phrase = after.group(1)
                for word in words:
                    key = _head_of(word)
                    if not key:
                        break
                    if key not in _GENERIC_HEADS:
                        identifiers.setdefault(_HEAD_SYNONYMS.get(key, key), []).append(
                            (candidate, _name_of(phrase, key) if word[:1].isupper() else ()))
            continue
        frame = _nominal_frame(text, window_start, candidate.start)
        if frame is not None:
            # "Okafor's death in 1990", "the collapse of the Teague Dam on 2 May 2002",
            # "the Teague Dam collapse of 2005": the event noun dates its owner.
            owner, verb = frame
            head = _head_of(owner)
            if head and head not in _GENERIC_HEADS:
                name = () if owner.islower() else _name_of(owner, head)
                predicates.setdefault(_key_of(owner, head), []).append((candidate, verb, name))
            continue
        of_identifier = (_OF_IDENTIFIER.search(text, max(window_start, candidate.start - 60), candidate.start)
                         if text[max(0, candidate.start - 8):candidate.start].rstrip(" ").endswith(" of") else None)
        if of_identifier is not None:
            head = _head_of(of_identifier.group("phrase"))
            if head and head not in _GENERIC_HEADS and head not in _OF_NOT_EVENT and candidate.granularity == "year":
                identifiers.setdefault(_HEAD_SYNONYMS.get(head, head), []).append((candidate, _name_of(of_identifier.group("phrase"), head)))
            continue
        if not _PRECEDING_PREPOSITION.search(text, max(window_start, candidate.start - 20), candidate.start):
            continue
        # The passive, active and named frames all need an event verb in the window: one cheap
        # search of the verb trie spares the three longer ones when there is none.
        has_verb = _EVENT_VERB_CUE.search(text, window_start, candidate.start) is not None
        match = _PASSIVE_EVENT.search(text, window_start, candidate.start) if has_verb else None
        verb_phrase: tuple[str, str] | None = None
        if match is not None:
            verb_phrase = (match.group("verb"), match.group("phrase"))
        if has_verb and (match is None or (_OBJECT_AFTER.match(text, match.end("verb"), match.end("verb") + 12) is not None
                                           and _AUXILIARY.search(text, match.end("phrase"), match.start("verb")) is None)):
            # An active verb with its object ("The Falcons won their first title in 1985") dates the object.
            match = _ACTIVE_EVENT.search(text, window_start, candidate.start)
            if (match is not None and _EVENT_VERB_FORMS[match.group("verb")] not in _SUBJECT_EVENTS
                    and _head_of(match.group("phrase")) not in _IDIOM_OBJECTS
                    # "Sorensen was first elected to the senate in 2006": after a preposition the noun
                    # is a destination, not the object; a named subject's event comes first.
                    and not (text.startswith(" to ", match.end("verb"))
                             and _NAMED_EVENT.search(text, window_start, candidate.start) is not None)):
                verb_phrase = (match.group("verb"), match.group("phrase"))
        if verb_phrase is None:
            opening = _opening_end(text, sentence_start, first_word)
            fronted = _FRONTED_VERB.search(text, window_start, candidate.start) if candidate.start - opening <= 30 else None
            if (fronted is not None and fronted.group("verb").lower() in _EVENT_VERB_FORMS
                    and opening == fronted.start()):
                subject = _FRONTED_SUBJECT.match(text, candidate.end, min(len(text), candidate.end + 80))
                if subject is not None:
                    phrase = subject.group("name") or subject.group("first") or subject.group("noun")
                    if subject.group("name") and phrase.split()[0].lower() in _DETERMINERS:
                        phrase = " ".join(phrase.split()[1:])
                    if phrase:
                        verb_phrase = (fronted.group("verb").lower(), phrase)
        if verb_phrase is None:
            office = (_OFFICE_EVENT.search(text, window_start, candidate.start)
                      if _OFFICE_CUE.search(text, window_start, candidate.start) is not None else None)
            if office is not None:
                key = office.group("name").lower()
                if key not in _DETERMINERS and key not in _PHRASE_STOP:
                    predicates.setdefault(key, []).append((candidate, "take office as " + office.group("role"), (key,)))
                continue
            named = _NAMED_EVENT.search(text, window_start, candidate.start) if has_verb else None
            if named is not None:
                phrase = named.group("name")
                words = phrase.split()
                while words and words[0].lower() in _PHRASE_STOP:
                    words.pop(0)
                phrase = " ".join(words)
                if phrase:
                    verb_phrase = (named.group("verb"), phrase)
        if verb_phrase is None and candidate.start <= _third_word_start(text, sentence_start, context.sentence(candidate.start)[1], third_word):
            # "In 1985, the Harlow Trust was founded", "In 1985, Okafor founded the trust".
            after_date = _DATE_THEN_PASSIVE.match(text, candidate.end, min(len(text), candidate.end + 90))
            if after_date is not None:
                verb_phrase = (after_date.group("verb"), after_date.group("phrase"))
            else:
                after_date = _DATE_THEN_ACTIVE.match(text, candidate.end, min(len(text), candidate.end + 110))
                if after_date is not None:
                    verb_phrase = (after_date.group("verb"), after_date.group("phrase"))
        if verb_phrase is None:
            continue
        head = _head_of(verb_phrase[1])
        if not head or head in _GENERIC_HEADS:
            continue
        name = () if verb_phrase[1].islower() else _name_of(verb_phrase[1], head)
        verb = _EVENT_VERB_FORMS[verb_phrase[0]]
        if _FIRST_ADVERB.search(text, max(window_start, candidate.start - 60), candidate.start) is not None:
            # "was first held in 1971" is not restated by "was held in 2015" (a later edition).
            verb = "first " + verb
        predicates.setdefault(_key_of(verb_phrase[1], head), []).append((candidate, verb, name))
    conflicts: list[DateConflict] = []
    slack = datetime.timedelta(days=31)
    for head, mentions in predicates.items():
        by_verb: dict[str, list[tuple[_Candidate, Name]]] = {}
        first_ids: set[int] = set()
        for candidate, verb, name in mentions:
            if verb.startswith("first "):
                verb = verb[6:]
                if verb in _REPEATABLE_EVENTS:
                    first_ids.add(id(candidate))
            by_verb.setdefault(verb, []).append((candidate, name))
        for verb, named_mentions in by_verb.items():
            for name, dated in _clusters(named_mentions, text, head):
                firsts = [candidate for candidate in dated if id(candidate) in first_ids] if first_ids else []
                if firsts:
                    # A recurring event "first held in 1993" is not restated by "held in 2005" (a
                    # later edition), only by an edition before it or another first one.
                    dated = [candidate for candidate in dated if id(candidate) not in first_ids]
                    pair = _first_disjoint_pair(firsts, slack) or _first_disjoint_pair(dated, slack)
                    if pair is None and dated:
                        latest_first = max(firsts, key=lambda candidate: candidate.earliest)  # type: ignore[arg-type, return-value]
                        earliest_other = min(dated, key=lambda candidate: candidate.latest)  # type: ignore[arg-type, return-value]
                        assert latest_first.earliest and earliest_other.latest
                        if earliest_other.latest + slack < latest_first.earliest:
                            pair = (latest_first, earliest_other)
                else:
                    pair = _first_disjoint_pair(dated, slack)
                reported = pair is not None
                if pair is not None:
                    conflicts.append(_restated(text, _predicate_words(verb, name, head, bool(firsts)), *pair))
                named = [candidate for candidate, identifier_name in identifiers.get(head, ()) if _compatible(name, identifier_name)]
                if reported or not named or verb not in _DEFINING_VERBS:
                    continue
                # Two differently dated "the 2018 summit" / "the 2023 summit" are two events;
                # a predicate cannot be matched to either with confidence.
                anchor = named[0]
                if any(_disjoint(anchor, other, slack) for other in named[1:]):
                    continue
                for candidate in dated:
                    if _disjoint(anchor, candidate, slack):
                        conflicts.append(_restated(text, " ".join(name) or head, anchor, candidate))
                        break
    reported = {tuple(sorted(conflict.spans)) for conflict in conflicts}
    lemma = _lemma_restatements(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in lemma)  # type: ignore[arg-type]
    anaphoric = _anaphoric_restatements(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in anaphoric)  # type: ignore[arg-type]
    generalised = _generalised_restatements(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in generalised)  # type: ignore[arg-type]
    identified = _identified_restatements(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in identified)  # type: ignore[arg-type]
    derived = _derived_restatements(context, reported)  # type: ignore[arg-type]
    retold = _anaphoric_retellings(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in retold)  # type: ignore[arg-type]
    appositive = _r23_appositive_restatements(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in appositive)  # type: ignore[arg-type]
    storms = _r23_named_storms(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in storms)  # type: ignore[arg-type]
    struck = _r24_disaster_pronouns(context, reported)  # type: ignore[arg-type]
    reported.update(tuple(sorted(conflict.spans)) for conflict in struck)  # type: ignore[arg-type]
    deaths = _r24_possessive_deaths(context, reported)  # type: ignore[arg-type]
    return conflicts + lemma + anaphoric + generalised + identified + derived + retold + appositive + storms + struck + deaths


# Round 8: one event, one date, by attachment rather than by word list.  Each explicit date is
# attached to what it dates by the words just before it in its clause; a second, definite mention
# ("the verdict, delivered in 1983", "his resignation in 2001", "since that premiere in 1973") of
# an event already dated otherwise is a restatement.  Verb and noun forms meet through suffix
# stripping (merged/merger, resigned/resignation, elected/election), not through word pairs.
# A colon between digits is a time or a score ("1:57.92", "3:1"), not a clause boundary.
_ATTACH_TOKEN: Final = re.compile(r"[^\W\d_][\w'\u2019-]*|[,;()\"\u201c\u201d]|(?<!\d):|:(?!\d)")
_ATTACH_PREPOSITIONS: Final = frozenset({"in", "on", "during", "of"})
_ATTACH_DETERMINERS: Final = frozenset({"the", "that", "this", "his", "her", "its", "their", "my", "our"})
# Words that make a mention another instance, not the same event again.
_INSTANCE_MARKERS: Final = frozenset("""
another second third fourth new next previous earlier first last latest annual each every recent later
subsequent prior former fresh renewed again most other both many several some two three
""".split())
_CLAUSE_WORDS: Final = frozenset("""
and but or which who whom whose when while because although though where whereas if than
""".split())
_NOMINAL_SUFFIXES: Final = ("ated", "ating", "ations", "ation", "itions", "ition", "ions", "ion", "ments", "ment", "ures", "ure",
                            "ages", "age", "als", "al", "ers", "er", "ings", "ing", "ied", "ies", "ed", "es", "y", "s")
# Nouns that measure or place rather than name a once-only event.
_NOT_EVENTS: Final = frozenset("""
year years time times month months day days week weeks period season decade century date era end start beginning
population rate rates price prices figure figures number numbers level levels total budget share shares value
revenue sales profit profits cost costs data census survey poll report study count estimate
people country city state company government office home house world way part case side area region
""".split())


def _event_stem(word: str) -> str:
    word = word.lower().replace("\u2019", "'").removesuffix("'s").removesuffix("'")
    # "ratification" keys as "ratified" does ("ratif"); "evacuated" as "evacuation" ("evacu").
    if word.endswith(("ification", "ifications")) and len(word) >= 11:
        return word[:word.rindex("ification")] + "if"
    for suffix in _NOMINAL_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[:-len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 5 else word


def _attach_tokens(text: str, start: int, end: int) -> list[str]:
    """Tokens of a bounded window, cut at the last clause boundary (";", a sentence end)."""
    tokens = _ATTACH_TOKEN.findall(text, start, end)
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index] in (";", ":", "(", ")"):
            return tokens[index + 1:]
    return tokens


_ATTACH_VERBS: Final = frozenset("""
was were is began begun started took came happened occurred ended broke opened
""".split())
_ATTACH_TAIL_PREPOSITIONS: Final = frozenset({"from", "for", "as", "at", "to", "by", "with", "against", "in", "on", "of", "during"})


def _definite_heads(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """Heads of the definite or possessive noun phrases a date attaches to, with their modifiers.

    "the verdict, delivered in" / "his resignation from the side in" / "that premiere in" /
    "the coup of" / "the outbreak began in": a preposition right before the date; before it at
    most one comma-set participial appositive, a short prepositional tail or a verb of the
    clause; each determiner ("the", "his", "X's") within eight words opens a phrase whose head
    is its last word before a preposition, comma or verb."""
    if not tokens or tokens[-1].lower() not in _ATTACH_PREPOSITIONS:
        return []
    heads: list[tuple[str, list[str]]] = []
    commas = 0
    low = max(0, len(tokens) - 10)
    for index in range(len(tokens) - 2, low - 1, -1):
        word = tokens[index]
        lowered = word.lower()
        if word == ",":
            commas += 1
            if commas > 1:
                break
            continue
        if word in ('"', "\u201c", "\u201d") or lowered in _CLAUSE_WORDS:
            break
        possessive = lowered.endswith(("'s", "\u2019s")) and index + 1 < len(tokens)
        if lowered not in _ATTACH_DETERMINERS and not possessive:
            continue
        phrase: list[str] = []
        for follower in tokens[index + 1:index + 6]:
            folded = follower.lower()
            if follower == "," or folded in _ATTACH_TAIL_PREPOSITIONS or folded in _ATTACH_VERBS or (
                    phrase and folded.endswith("ed") and folded not in ("red", "bed", "shed")):
                break
            phrase.append(follower)
        if not phrase:
            continue
        head = phrase[-1]
        if (head.islower() and head not in _NOT_EVENTS and not (head.endswith("s") and not head.endswith("ss"))
                and len(head) > 3):
            heads.append((head, phrase[:-1] + [word]))
        if len(heads) == 2:
            break
    return heads


_IRREGULAR_PAST: Final = frozenset("""
began begun took taken made won held sworn born broke broken came went fell fought gave given rose sold
set led built sent spent lost paid sank sunk swept shot stole stolen wrote written drew drawn flew flown laid
met ran threw thrown tore torn undertook undertaken withdrew withdrawn bought brought caught chose chosen bore
borne beaten fled overthrew overthrown sought shook shaken stood struck swore
""".split())
_EVENT_SUFFIXES: Final = ("tion", "sion", "ment", "ure", "al", "age")
# Participles that date a later action on a thing, not the thing ("that verdict, overturned in 1984").
_LATER_ACTION_VERBS: Final = frozenset("""
overturned quashed reversed repealed revoked annulled appealed challenged criticised criticized cited praised
condemned reviewed amended upheld revisited remembered recalled
""".split())
# Verbs that date a state's start or end, not the event itself ("the conflict began in 2011").
_ASPECTUAL_VERBS: Final = frozenset({"began", "begun", "started", "ended", "finished", "continued"})


# Lemmas the older rules key only under conditions of their own (a case name, a storm's name).
_CONDITIONED_LEMMAS: Final = frozenset({"decide", "strike", "win power"})


@functools.lru_cache(maxsize=4096)
def _event_keys(word: str) -> tuple[str, ...]:
    """Keys for a verb and its nominalisation: its stem ("elected", "election": "elect") and the
    lexicon's family where it has one ("wedding", "married": "marry")."""
    lowered = word.lower()
    stem = _event_stem(lowered)
    family = _EVENT_LEMMAS.get(lowered) or _ALL_FAMILY_FORMS.get(lowered)
    if family in _CONDITIONED_LEMMAS:
        return (stem,)  # decisions, storms and rises to power are many: keyed by their own word only
    return (stem, family) if family and family != stem else (stem,)


def _is_verb_form(word: str) -> bool:
    return word.islower() and (word.endswith("ed") or word in _IRREGULAR_PAST)


# Verbs whose subject is an event by the verb itself: "the derailment happened / occurred / came /
# took place / broke out / began / lasted ... on".  "ended" or "finished" date an end, not the event.
_OCCURRENCE_VERBS: Final = frozenset({"happened", "occurred", "came", "erupted", "unfolded", "struck", "lasted",
                                       "began", "started"})
_OCCURRENCE_PARTICLES: Final = {"took": "place", "broke": "out", "went": "ahead"}
# Occurrence verbs that also take an object ("struck a deal", "began work", "came under fire"): read
# as occurrence only before a preposition of place or time.
_TRANSITIVE_OCCURRENCE: Final = frozenset({"struck", "came", "began", "started"})
_OCCURRENCE_FOLLOWERS: Final = frozenset({"in", "on", "at", "near", "over", "outside", "during", "off", "across", "",
                                          "shortly", "early", "late", "just", "suddenly", ","})
_SUBJECT_AUXILIARIES: Final = frozenset({"was", "were", "had", "has", "have", "been", "is", "are", "finally",
                                         "officially", "eventually", "formally"})


def _occurrence_subject(tokens: list[str], index: int) -> str:
    """The head noun of the subject a date's clause verb tells as happening ("The town's only
    landslide happened in", "the referendum was held on", "The accord was signed in"), or "".

    An occurrence verb makes any subject an event; a passive ("was held") only a subject that is an
    event word by the lexicon or its suffix ("referendum", "merger", "hijacking"); an active verb
    with an object says what the subject did, not when it happened, and is not read."""
    verb = tokens[index].lower()
    passive = False
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    occurrence = verb in _OCCURRENCE_VERBS or _OCCURRENCE_PARTICLES.get(verb) == following
    if verb in _TRANSITIVE_OCCURRENCE and following not in _OCCURRENCE_FOLLOWERS:
        occurrence = False  # "the union struck a deal in", "the firm came under pressure in"
    back = index - 1
    while back >= 0 and tokens[back].lower() in _SUBJECT_AUXILIARIES:
        passive = passive or tokens[back].lower() in ("was", "were", "been", "is", "are")
        back -= 1
    # "The landslide that buried half the town on", "the fire which gutted the church in": the
    # relative clause tells what the event did, so its date is the event's (event nouns only).
    relative = back >= 1 and tokens[back].lower() in ("that", "which") and not passive
    if relative:
        back -= 1
    if back < 0 or not (occurrence or relative or passive and verb.endswith("ed") or passive and verb in _IRREGULAR_PAST):
        return ""
    if verb in _LATER_ACTION_VERBS or verb in _ASPECTUAL_VERBS and verb not in _OCCURRENCE_VERBS:
        return ""  # "the strike ended in" dates its end; "began" dates the event's first day
    # "The hijacking of Flight 782 began on", "the collapse of the Westby Tunnel happened in": a
    # named complement between the event noun and its verb.
    if not tokens[back].islower():
        complement = back
        while complement > 0 and back - complement < 4 and (tokens[complement][:1].isupper() or tokens[complement] == "the"):
            complement -= 1
        if complement >= 1 and complement < back and tokens[complement] in ("of", "at"):
            back = complement - 1
    # "The flood that destroyed the mill struck in": the subject is the noun before the relative
    # clause, not the clause's object.
    for position in range(back - 1, max(0, back - 5), -1):
        if (tokens[position].lower() in ("that", "which") and position + 1 < back and _is_verb_form(tokens[position + 1])
                and tokens[position - 1].islower()):
            back = position - 1
            break
    head = tokens[back]
    lowered = head.lower()
    if (not head.islower() or len(head) <= 3 or lowered in _NOT_EVENTS or lowered in _CLAUSE_WORDS
            or lowered in _ATTACH_DETERMINERS or lowered in _ATTACH_TAIL_PREPOSITIONS or _is_verb_form(head)
            or lowered.endswith("s") and not lowered.endswith("ss")):
        return ""
    # The phrase opens with a determiner or a possessive within four words ("The branch line's only derailment").
    if not any(word.lower() in _ATTACH_DETERMINERS or word.lower().endswith(("'s", "\u2019s"))
               or occurrence and word.lower() in ("a", "an")  # "A great landslip took place in"
               for word in tokens[max(0, back - 4):back]):
        return ""
    if (not occurrence or relative) and not (lowered in _EVENT_LEMMAS or lowered in _ALL_FAMILY_FORMS
                               or lowered.endswith(_EVENT_SUFFIXES) or lowered.endswith("ing")):
        return ""
    return head


def _subject_mention(tokens: list[str]) -> tuple[str, list[str]] | None:
    """The definite subject a date's clause verb tells as happening, with its modifiers and its
    determiner last ("his birth took place, on" -> ("birth", ["his"])), or None."""
    if len(tokens) < 3 or tokens[-1].lower() not in _ATTACH_PREPOSITIONS:
        return None
    for index in range(len(tokens) - 2, max(-1, len(tokens) - 8), -1):
        word = tokens[index]
        if word in (",", '"', "\u201c", "\u201d") and index < len(tokens) - 2 or word.lower() in _CLAUSE_WORDS:
            return None
        if _is_verb_form(word):
            head = _occurrence_subject(tokens, index)
            if not head:
                return None
            where = max(position for position in range(index) if tokens[position] == head)
            for opener in range(where - 1, max(-1, where - 5), -1):
                lowered = tokens[opener].lower()
                if lowered in _ATTACH_DETERMINERS or lowered.endswith(("'s", "\u2019s")):
                    return head, tokens[opener + 1:where] + [tokens[opener]]
            return None
    return None


def _attached_events(tokens: list[str], after: list[str]) -> dict[str, str]:
    """What a date dates, by grammar: the verb of its clause and the noun heads before its
    prepositions ("merged in", "resigned as chief executive in", "a bloodless coup in",
    "his debut for Millbeck United on"), or the noun right after it ("the 2001 miners' strike").
    Values: "verb", "definite" (a noun after the/his/X's) or "noun"."""
    events: dict[str, str] = {}
    if len(tokens) >= 4 and tokens[-2] == "," and tokens[-1].lower() in _ATTACH_PREPOSITIONS:
        # A date set off after its noun: "Yerevan's only cholera outbreak, in 1976, was traced",
        # "The first jazz festival, in 1976, was held" (event words, or a noun told as the only one).
        noun = tokens[-3]
        lowered = noun.lower()
        opened = [word.lower() for word in tokens[max(0, len(tokens) - 8):-3]]
        if (noun.islower() and noun.isalpha() and len(noun) > 3 and lowered not in _NOT_EVENTS
                and lowered not in _CLAUSE_WORDS and not _is_verb_form(noun) and not noun.endswith("s")
                and any(word in _ATTACH_DETERMINERS or word.endswith(("'s", "\u2019s")) for word in opened)
                and (lowered in _EVENT_LEMMAS or lowered in _ALL_FAMILY_FORMS or lowered.endswith(_EVENT_SUFFIXES)
                     or "only" in opened or "first" in opened)):
            for key in _event_keys(noun):
                events.setdefault(key, "definite")
    if tokens and tokens[-1].lower() in _ATTACH_PREPOSITIONS:
        previous = ""
        for index in range(len(tokens) - 1, max(-1, len(tokens) - 13), -1):
            word = tokens[index]
            lowered = word.lower()
            if word in (",", '"', "\u201c", "\u201d") and index < len(tokens) - 2 or lowered in _CLAUSE_WORDS:
                break
            if (_is_verb_form(word) or index == 0 and _is_verb_form(lowered)) and lowered not in (
                    "said", "told", "reported", "stated", "added", "noted"):  # "Founded in 1966 by ..."
                for key in _event_keys(word):
                    events.setdefault(key, "verb")
                # "The landslide happened in", "the referendum was held on": the date dates the subject.
                subject = _occurrence_subject(tokens, index)
                if subject:
                    for key in _event_keys(subject):
                        events.setdefault(key, "verb")
                break  # the clause's verb ends the phrase
            if (previous in _ATTACH_TAIL_PREPOSITIONS and word.islower() and len(word) > 3
                    and lowered not in _NOT_EVENTS and lowered not in _ATTACH_TAIL_PREPOSITIONS):
                opener = next((tokens[back].lower() for back in range(index - 1, max(-1, index - 4), -1)
                               if tokens[back].lower() in _ATTACH_DETERMINERS or tokens[back].lower() in ("a", "an")
                               or tokens[back].lower().endswith(("'s", "\u2019s"))), "")
                for key in _event_keys(word):
                    events.setdefault(key, "definite" if opener and opener not in ("a", "an") else "noun")
            previous = lowered
    elif tokens and (tokens[-1].lower() in _ATTACH_DETERMINERS or tokens[-1].lower().endswith(("'s", "\u2019s", "s'", "s\u2019"))):
        head = _premodified_head(after) if after else ""
        if head and head != after[0]:  # "the 1986 cholera outbreak", "the 1996 inquest verdict"
            for key in _event_keys(head):
                events.setdefault(key, "definite")
        for word in after[:3]:  # "the 2001 miners' strike"
            if word in (",", ";", "(", ")"):
                break
            if word.islower() and len(word) > 3 and word not in _NOT_EVENTS and not word.endswith(("'", "\u2019")):
                for key in _event_keys(word):
                    events.setdefault(key, "definite")
                break
    return events


# "only", "sole", "lone", "just one" before a noun (not the adverb: "only in 1990", "only completed").
_UNIQUE_MARK: Final = re.compile(r"\b(?:only|sole|lone|just one|only one)[ ](?!(?:in|on|of|at|by|to|after|before|when|then|the|a|an|[a-z]+ed)\b)[a-z]")
# A sentence opening with the participle that dates its subject: "Founded in", "First opened on".
_FRONTED_PARTICIPLE: Final = re.compile(r"(?:[Ff]irst |[Oo]fficially )?[A-Z]?[a-z]++(?<=[a-z]{2})(?:(?<=ed)|(?<=en))[ ]++(?:in|on|during)[ ]*+$")
_BARE_DAY_VERB: Final = re.compile(r"[a-z]{2,}ed$|\b(?:held|born|sworn|made|won|began|took|came|broke)$")
_PARTICIPLE_SUBJECT: Final = re.compile(
    r"[^,.;]{0,40}?,[ ]++(?P<det>[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++"
    r"(?P<phrase>(?:[A-Za-z][\w'-]*+[ ]++){0,3}?)(?P<head>[a-z][a-z-]{3,})(?=[ ]++(?:was|were|had|has|is|drew|[a-z]+ed)(?![\w-]))")
_REPORTED_CLAUSE: Final = re.compile(
    r"[,;][ ]++(?:and|but)[ ]++(?:[A-Za-z][\w'-]*+[ ]++){1,4}?(?:said|say|says|insist|insists|insisted|argue|argues|argued"
    r"|believe|believes|believed)(?:[ ]++that)?[ ]++(?:the|that|this|its|his|her|their)[ ]")
_ORDINAL_DAY: Final = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)[ ]++of[ ]")
_PREMODIFIED: Final = "="  # marks a second mention whose date stands before its noun


def _premodified_head(after: list[str]) -> str:
    """The noun a date before it modifies: "the 1994 crash", "the 1986 cholera outbreak" (a second
    word heads the phrase when it is an event word), or ""."""
    word = after[0]
    if not (word.islower() and word.isalpha() and len(word) > 3) or word in _NOT_EVENTS or word in _CLAUSE_WORDS:
        return ""
    second = after[1] if len(after) > 1 else ""
    event_word = word in _EVENT_LEMMAS or word in _ALL_FAMILY_FORMS or word.endswith(_EVENT_SUFFIXES)
    if (not event_word and not second.endswith("ly") and second.islower() and second.isalpha() and len(second) > 3 and second not in _CLAUSE_WORDS
            and second not in _NOT_EVENTS and second not in _ATTACH_TAIL_PREPOSITIONS and not _is_verb_form(second)
            and second not in _SUBJECT_AUXILIARIES):
        word = second  # a compound's head is its last noun: "cholera outbreak", "inquest verdict"
    if word.endswith("s") and not word.endswith("ss"):
        return ""  # a plural counts instances ("the 1990s", "the 2004 elections")
    return word


_ATTACH_ENDINGS: Final = (" in", " on", " of", "during", "the", " his", " her", " its", "their", " that", " this",
                          "'s", "\u2019s", "\nin", "\non", "\nof")


def _generalised_restatements(context: _Context, reported: set[tuple[int, int]]) -> list[DateConflict]:
    text = context.text
    dated = [candidate for candidate in context.candidates
             if (candidate.absolute and candidate.year_explicit and candidate.earliest and candidate.latest
                 and candidate.year2 is None
                 # "part" named no granularity: parts of a year or month are "part_of_year" / "part_of_month"
                 and candidate.granularity in ("day", "month", "year", "season", "part_of_year", "part_of_month"))
             # A day without its year ("the fire, on August 21") is compared in the year of the full
             # date it restates (see below).
             or candidate.kind == "date" and not candidate.year_explicit and candidate.month and candidate.day
             and candidate.earliest and candidate.latest]
    if len(dated) < 2:
        return []
    slack = datetime.timedelta(days=31)
    attached: dict[str, list[tuple[_Candidate, str, bool]]] = {}
    seconds: list[tuple[_Candidate, str, list[str], str]] = []
    unique: set[int] = set()  # first mentions told as the only one ("the island's only referendum")
    lasts: set[int] = set()  # first mentions told as the last one
    for candidate in dated:
        # Cheap test first: only a date after a preposition or a determiner attaches to anything.
        near = text[max(0, candidate.start - 12):candidate.start].rstrip().lower()
        # "overturn the 1996 inquest verdict": a determiner right before the date attaches it to
        # the noun after it, whatever comes before the determiner.
        determined = near.endswith((" the", " that", " this", " his", " her", " its", " their", "'s", "\u2019s", "s'", "s\u2019"))
        near = near.removesuffix(" the")
        # News style dates a day with no preposition: "which closed Nov. 30, 1997", "was crowned Aug. 14".
        bare_day = candidate.granularity == "day" and _BARE_DAY_VERB.search(near) is not None
        if not near.endswith(_ATTACH_ENDINGS) and not bare_day and not determined:
            continue
        # The window stops at a sentence end found locally: asking the context for the sentence
        # would split the whole text into sentences, which most articles never need.
        low = max(0, candidate.start - 90)
        window = text[low:candidate.start]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
        tokens = _attach_tokens(text, low + cut + 1 if cut >= 0 else low, candidate.start)
        if bare_day and tokens and _is_verb_form(tokens[-1]):
            tokens.append("on")  # read as "closed on Nov. 30, 1997"
        opener = tokens[-1] if tokens else ""
        if tokens and tokens[-1].lower() == "the" and (text[candidate.start:candidate.start + 1].isalpha()
                                                       or _ORDINAL_DAY.match(text, candidate.start, candidate.end)):
            tokens.pop()  # "made in the summer of 1970", "on the 29th of November", not "during the 2008 campaign"
        lowered_tokens = [word.lower() for word in tokens]
        # "first" marks the first mention's verb, not another instance ("first reported in").
        marked = bool(frozenset(lowered_tokens[-12:]) & _INSTANCE_MARKERS - {"first", "last"})
        has_first = "first" in lowered_tokens[-12:]
        if "last" in lowered_tokens[-12:]:
            lasts.add(candidate.start)  # "the volcano's last eruption, in 1933": only "that last eruption" takes it up
        after = (_ATTACH_TOKEN.findall(text, candidate.end, min(len(text), candidate.end + 30))[:3]
                 if tokens and tokens[-1].lower() not in _ATTACH_PREPOSITIONS else [])
        if not marked:
            for key, how in _attached_events(tokens, after).items():
                attached.setdefault(key, []).append((candidate, how, has_first))
            if _UNIQUE_MARK.search(" ".join(lowered_tokens[-12:])):
                unique.add(candidate.start)
        # "the March 1989 invasion", "Meridale's 1996 flotation": a date between the determiner and
        # the noun dates the noun, as "the invasion of March 1989" does.
        if opener.lower() in _ATTACH_DETERMINERS or opener.lower().endswith(("'s", "\u2019s")):
            following = _ATTACH_TOKEN.findall(text, candidate.end, min(len(text), candidate.end + 60))[:8]
            head = _premodified_head(following[:3]) if following else ""
            if head and not frozenset(lowered_tokens[-3:]) & _INSTANCE_MARKERS:
                # Names in an "of"/"by" complement are participants ("The 1981 nationalisation of
                # Brandt Mining"): they must be in the first mention's sentence.
                rest = following[following.index(head) + 1:]
                names = []
                if rest and rest[0] in ("of", "by"):
                    for word in rest[1:]:
                        if word[:1].isupper():
                            names.append(word)
                        elif word != "the":
                            break
                seconds.append((candidate, head, names + [opener], _PREMODIFIED))
        if len(tokens) == 2 and tokens[0][:1].isupper() and _is_verb_form(lowered_tokens[0]) and lowered_tokens[1] in _ATTACH_PREPOSITIONS:
            # "Held in November 1994, the Yerevan summit was attended by ...": an opening participle
            # dates the subject after it.
            subject = _PARTICIPLE_SUBJECT.match(text, candidate.end, min(len(text), candidate.end + 100))
            if subject is not None and subject.group("head") not in _NOT_EVENTS:
                seconds.append((candidate, subject.group("head"), subject.group("phrase").split() + [subject.group("det")],
                                "" if lowered_tokens[0] in _ASPECTUAL_VERBS else lowered_tokens[0]))
        subject_phrase = _subject_mention(tokens)
        if subject_phrase is not None:
            # "The house where his birth took place, on", "that referendum was held on": the subject of
            # an occurrence verb or passive is a mention of its own, like "his birth, on".
            seconds.append((candidate, subject_phrase[0], subject_phrase[1], ""))
        phrase_tokens = tokens
        if len(tokens) >= 4 and _is_verb_form(tokens[-2]) and tokens[-3].lower() in ("which", "that"):
            # "the acquisition, which closed on", "the flood that struck in": the relative clause's
            # verb dates its noun as a participle would ("the acquisition, closed on").
            phrase_tokens = tokens[:-3] + ([] if tokens[-4] == "," else [","]) + tokens[-2:]
        elif (len(tokens) >= 5 and _is_verb_form(tokens[-2]) and tokens[-3].lower() in ("he", "she", "they", "we")
              and tokens[-4].lower() in ("which", "that")):
            # "the record, which he set in 1992": the subject's own act on the noun dates it.
            phrase_tokens = tokens[:-4] + ([] if tokens[-5] == "," else [","]) + tokens[-2:]
        lowered_phrase = [word.lower() for word in phrase_tokens] if phrase_tokens is not tokens else lowered_tokens
        for head, modifiers in _definite_heads(phrase_tokens):
            # A participle between the phrase and the date makes it an event ("the verdict,
            # delivered in").
            where = len(phrase_tokens) - 1 - lowered_phrase[::-1].index(head.lower())
            tail = [word for word in lowered_phrase[where + 1:-1] if word not in ("there", "here")]  # "his birth there in"
            # The date must date the phrase itself: right after it ("his debut in"), after a
            # prepositional tail ("his retirement from the national side in") or after a comma-set
            # participle ("the verdict, delivered in").  A finite verb or another noun phrase in
            # between takes the date ("the merger followed a price war in 1984").
            verb, names, position, valid = "", [], 0, True
            complement: list[str] = []
            if tail and tail[0] in _ATTACH_TAIL_PREPOSITIONS:  # a prepositional complement
                while position < len(tail) and tail[position] != ",":
                    position += 1
                complement = tail[:position]
                # Names in an "of" complement are participants ("the collapse of the Westby Tunnel").
                if tail[0] == "of":
                    names = [word for word in phrase_tokens[where + 1:where + 1 + position] if word[:1].isupper()]
            if position < len(tail) and tail[position] == ",":
                position += 1
                if position < len(tail) and _is_verb_form(tail[position]):  # a participial appositive
                    verb = tail[position]
                    position += 1
                elif position < len(tail) and tail[position] not in _ATTACH_TAIL_PREPOSITIONS:
                    valid = False
                if position < len(tail) and tail[position] == ",":
                    valid = False
            elif position < len(tail):
                valid = False
            rest = tail[position:]
            if not valid or verb in _LATER_ACTION_VERBS or len(rest) > 7 or any(
                    _is_verb_form(word) or word in _ATTACH_VERBS or word in ("a", "an", ",") for word in rest + complement):
                continue
            seconds.append((candidate, head, modifiers + names, "" if verb in _ASPECTUAL_VERBS else verb))
    conflicts: list[DateConflict] = []
    for second, head, modifiers, verb in seconds:
        marked_second = {word.lower() for word in modifiers} & _INSTANCE_MARKERS
        if marked_second - {"first", "last"}:
            continue
        lowered = head.lower()
        if lowered.endswith("ed") or lowered in _IRREGULAR_PAST:
            continue
        recurring = lowered in _ALL_FAMILY_FORMS and lowered not in _FAMILY_FORMS
        lexical = (lowered in _EVENT_LEMMAS or lowered in _FAMILY_FORMS) and _EVENT_LEMMAS.get(lowered) not in _CONDITIONED_LEMMAS
        premodified = verb == _PREMODIFIED
        if premodified:
            # A date before the noun picks one of several ("her 2008 platform ... her 2016 platform"):
            # it restates only an event whose first mention a verb of the same key dated ("invaded in
            # 1983 ... the 1989 invasion", "crashed on ... the 1994 crash").
            verb = ""
        # The participants: a possessive owner or a name inside the phrase must be in the first sentence.
        owners = [word.removesuffix("'s").removesuffix("\u2019s") for word in modifiers
                  if word[:1].isupper() and word.lower() not in _ATTACH_DETERMINERS and word.lower() not in _NOT_NAMES]
        # The phrase's own participle keys it too ("the verdict, delivered in 1983" restates "the
        # verdict ... was delivered in 1988"), if the noun is named in the first mention's sentence.
        pool = [(item, False) for key in _event_keys(lowered) for item in attached.get(key, ())[:20]]
        if verb:
            pool += [(item, True) for key in _event_keys(verb) for item in attached.get(key, ())[:20]]
        # Two differently dated earlier mentions ("The storm of 1987 ... The storm of 1990") leave a
        # later "the storm, which came in 1994" without an antecedent.
        earlier = [item[0] for item, _ in pool if item[0].start < second.start and item[0].year_explicit]
        if len(earlier) > 1 and any(_disjoint(earlier[0], other, slack) for other in earlier[1:]):
            continue
        for (first, how, has_first), through_verb in pool:
            if first.start >= second.start or context.sentence(first.start) == context.sentence(second.start) and (
                    second.start - first.end > 300 or _REPORTED_CLAUSE.search(text, first.end, second.start) is None):
                continue  # one sentence: only across a reported clause ("..., and analysts said the merger, completed in")
            if premodified and how != "verb":
                continue
            first_sentence = context.sentence(first.start)
            before = text[max(first_sentence[0], first.start - 300):first.start]  # bounded: linear time
            if through_verb and _FRONTED_PARTICIPLE.match(before.lstrip(" \n\"'\u201c")):
                # "Founded in 1966 by two brothers, the brewery ...": the subject follows the date.
                before = text[first.end:min(first_sentence[1], first.end + 150)]
            if through_verb and not re.search(r"(?<!\w)" + re.escape(lowered) + r"(?!\w)", before.lower()):
                continue
            determiner = modifiers[-1].lower()
            pointing = determiner in ("that", "this", "his", "her", "its", "their", "my", "our") or determiner.endswith(("'s", "\u2019s"))
            # An event told as the only one of its kind ("the island's only referendum", "held just
            # one referendum") is taken up by "that referendum" or "its only referendum" even where
            # the kind recurs.
            if ("last" in marked_second) != (first.start in lasts):
                continue  # "the last eruption" pairs only with "that last eruption"
            # A kind told as the only one is taken up by "that N", "its only N", or the same words
            # again ("its only independence referendum ... the independence referendum of 1992").
            words = [word.lower() for word in modifiers[:-1] if word.islower()]
            only = first.start in unique and (
                determiner in ("that", "this") or "only" in {word.lower() for word in modifiers}
                or bool(words) and all(word in text[first_sentence[0]:first_sentence[1]].lower() for word in words))
            if "first" in marked_second and not has_first or recurring and not (
                    "first" in marked_second and has_first or "last" in marked_second) and not only:
                continue  # "the first debate" is one of many unless both say "first"; elections recur
            # A bare noun is an event when a verb dates it, when the lexicon or its suffix says so,
            # or when both mentions are definite and the second points back ("that", "this", "his").
            if not (how == "verb" or lexical or recurring or verb or lowered.endswith(_EVENT_SUFFIXES)
                    or how == "definite" and pointing):
                continue
            if "first" in marked_second and how != "verb" and determiner not in ("that", "this"):
                continue  # "their first debate in 2004" is one pair's first of a series
            if any(owner not in text[max(first_sentence[0], first.start - 300):min(first_sentence[1], first.end + 300)]
                   for owner in owners):
                continue
            if not (first.year_explicit and second.year_explicit):
                # One side a day without its year: only beside a full day date, in that date's year;
                # a first mention without its year also needs that year told in its own sentence
                # ("In 1978, the play had its premiere on May 7").
                if first.year_explicit == second.year_explicit or second.start - first.end > 600:
                    continue
                if first.year_explicit:
                    if _in_year_of(second, first) is None or not _disjoint(first, _in_year_of(second, first), slack):  # type: ignore[arg-type]
                        continue
                elif (_in_year_of(first, second) is None or str(second.earliest.year) not in text[first_sentence[0]:first.start]  # type: ignore[union-attr]
                      or not _disjoint(_in_year_of(first, second), second, slack)):  # type: ignore[arg-type]
                    continue
            elif not _disjoint(first, second, slack):
                continue
            spans = tuple(sorted(((first.start, first.end), (second.start, second.end))))
            if spans in reported:
                continue
            reported.add(spans)  # type: ignore[arg-type]
            conflicts.append(_restated(text, lowered, first, second))
            break
    return conflicts

# An event named by a verb or by its nominalisation keys alike: "merged with X in 2013" and
# "the X-Y merger was completed in May 2010", "was arrested on 3 May 2006" and "Okafor's 2013 arrest".
# Once-per-entity events by concept.  Each concept lists base verbs (every inflection and
# the -ise/-ize spelling is generated: "privatise" gives privatised, privatizes, privatising, …),
# nouns (with their plurals) and irregular or multi-word forms.  A verb and its nominalisation,
# and synonyms, share the concept: "bought the Herald in 1992" and "the Herald's 1998 sale".
_EVENT_CONCEPTS: Final[dict[str, tuple[str, str, str]]] = {
    # concept: (base verbs, nouns, other surface forms separated by "|")
    "privatise": ("privatise", "privatisation", "sold off"),
    "nationalise": ("nationalise", "nationalisation", ""),
    "open": ("open inaugurate", "opening inauguration", "opened its doors|opened to the public"),
    "complete": ("complete finish", "completion", ""),
    "acquire": ("acquire buy purchase", "acquisition purchase sale takeover buyout",
                "bought|sold|took over|taken over|bought out"),
    # Not "nominate" or "elect": nominations and elections recur ("the 2008 election ... the 2016 election").
    "take charge": ("appoint name", "appointment", "took charge|taking charge|took office|sworn in"),
    "marry": ("marry wed", "marriage wedding", "married|got married|tied the knot"),
    "discover": ("discover", "discovery", "struck oil"),
    "fire": ("", "fire blaze inferno", ""),
    "die": ("die", "death", "died|passed away"),
    "demolish": ("demolish raze", "demolition", "torn down|tore down|pulled down"),
    "close": ("close", "closure shutdown", "shut|shuts|shutting|shut down|shut its doors|closed its doors|closed down"),
    "collapse": ("collapse", "collapse", ""),
    "sink": ("sink capsize founder", "sinking", "sank|sunk|went down"),
    "assassinate": ("assassinate", "assassination", ""),
    "invade": ("invade", "invasion", ""),
    "annex": ("annex", "annexation", ""),
    "abolish": ("abolish", "abolition", ""),
    "dissolve": ("dissolve", "dissolution", ""),
    "divorce": ("divorce", "divorce", ""),
    "list": ("float", "flotation listing", "went public|go public|going public"),
    # Once in a life: a birth and an ordination ("was born on", "his birth in", "ordained a priest in").
    "be born": ("", "birth", "born"),
    "ordain": ("ordain", "ordination", ""),
    # The start of a law or a truce; "in force since" and "in effect since" date the same start.
    "take effect": ("", "", "took effect|came into force|came into effect|entered into force|went into effect"
                    "|coming into force|entry into force|in force since|in effect since"),
}


def _verb_forms(base: str) -> set[str]:
    """Regular inflections of a base verb, with both -ise and -ize spellings."""
    forms: set[str] = set()
    bases = {base}
    if base.endswith("ise"):
        bases.add(base[:-3] + "ize")
    for verb in bases:
        forms.add(verb)
        if verb.endswith("e"):
            forms.update({verb + "s", verb + "d", verb[:-1] + "ing"})
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            forms.update({verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"})
        elif verb.endswith(("sh", "ch", "x", "ss")):
            forms.update({verb + "es", verb + "ed", verb + "ing"})
        elif re.fullmatch(r"[^aeiou]+[aeiou][bdgmnprt]", verb):  # one syllable: "wed", "wedded"
            forms.update({verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
        else:
            forms.update({verb + "s", verb + "ed", verb + "ing"})
    return forms


def _concept_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for concept, (verbs, nouns, others) in _EVENT_CONCEPTS.items():
        for verb in verbs.split():
            for form in _verb_forms(verb):
                forms.setdefault(form, concept)
        for noun in nouns.split():
            variants = {noun, noun.replace("isation", "ization")}
            for variant in variants:  # singular only: "sales", "openings" are counts, not one event
                forms.setdefault(variant, concept)
        for other in filter(None, others.split("|")):
            forms.setdefault(other, concept)
    return forms


_DEBUT_WORK: Final = {"record": "album", "LP": "album", "studio album": "album", "feature film": "film"}
_EVENT_LEMMAS: Final[dict[str, str]] = {
    "merged": "merge", "merger": "merge", "merging": "merge",
    "arrested": "arrest", "arrest": "arrest",
    "launched": "launch", "launch": "launch", "lifted off": "launch", "lift-off": "launch", "liftoff": "launch",
    "blasted off": "launch",
    "premiered": "premiere", "premiere": "premiere", "first performed": "premiere", "first staged": "premiere",
    "world premiere": "premiere",
    "convicted": "convict", "conviction": "convict",
    "took charge": "take charge", "taking charge": "take charge", "appointed": "take charge",
    "appointment": "take charge",
    # Elections recur; a first election does not ("first elected to the council in 1984").
    "elected": "be elected",
    # Round 13: the win that elects someone, named as a noun ("her first election victory, in 2010").
    "election victory": "be elected", "election win": "be elected", "electoral victory": "be elected",
    "won power": "win power", "winning power": "win power", "came to power": "win power",
    "coming to power": "win power", "swept to power": "win power",
    "hit": "strike", "struck": "strike", "flooded": "strike", "battered": "strike", "ravaged": "strike",
    "made landfall": "strike", "devastated": "strike",
    "acquired": "acquire", "acquisition": "acquire", "takeover": "acquire", "took over": "acquire",
    "resigned": "resign", "resignation": "resign", "retired": "retire", "retirement": "retire",
    "stepped down": "resign", "stepping down": "resign",
    "signed": "sign", "signing": "sign", "founded": "found", "founding": "found",
    "inaugurated": "inaugurate", "inauguration": "inaugurate",
    # A court decides a case once: "the 1991 ruling in Foyle v. Harcastle" / "Foyle v. Harcastle, decided in
    # 1983" (counted only beside a case name, see _CASE_NAME).
    "decided": "decide", "ruling": "decide", "ruled": "decide", "decision": "decide", "judgment": "decide",
    "judgement": "decide",
    # A debut work comes out once: "X's debut novel, published in 1991" / "X's first novel appeared in 1997".
    # "record" and "LP" name the same first long-player as "album" ("debut album" / "first record").
    **{f"{first} {work}": f"debut {_DEBUT_WORK.get(work, work)}" for first in ("debut", "first")
       for work in ("novel", "album", "solo album", "book", "film", "feature film", "single", "record", "play", "collection",
                    "LP", "studio album")},
}
_CONCEPT_FORMS: Final = _concept_forms()
_EVENT_LEMMAS.update({form: concept for form, concept in _CONCEPT_FORMS.items() if form not in _EVENT_LEMMAS})


def _event_families() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """Surface forms of once-only event families from ``lexicons/event_families.tsv``.

    A row's term is a surface form ("truce", "came into force") or a regular verb
    marked " +v" ("abduct +v" gives "abducts", "abducted", "abducting"); its
    category is the family; weight 1 marks an event that happens once to what it
    is about (a founding, a merger, a death) and 0 a recurring one (elections,
    releases), which is listed but not used to key a restatement."""
    forms: dict[str, str] = {}
    every: dict[str, str] = {}
    families: set[str] = set()
    for term, family, weight in load_lexicon("event_families").rows:
        for form in (_verb_forms(term[:-3]) if term.endswith(" +v") else {term}):
            every[form.lower()] = family
            if weight == "1":
                families.add(family)
                forms[form.lower()] = family
    return forms, frozenset(families), every


# _ALL_FAMILY_FORMS also holds the recurring families: a "that walkout" refers back to "walked out".
_FAMILY_FORMS, _ONCE_FAMILIES, _ALL_FAMILY_FORMS = _event_families()
_FAMILY_FORM_PATTERN: Final = re.compile(r"(?<![\w-])(?:" + _trie_alternation(_ALL_FAMILY_FORMS) + r")(?![\w-])", re.IGNORECASE)
# The lexicon's families override the concepts above ("inauguration" opens, "truce" is a ceasefire),
# except for the lemmas keyed under conditions of their own (rulings, storms, debuts, coming to power).
_EVENT_LEMMAS.update({form: family for form, family in _FAMILY_FORMS.items()
                      if _EVENT_LEMMAS.get(form, "") not in ("decide", "strike", "win power")
                      and not _EVENT_LEMMAS.get(form, "").startswith("debut ")})


_EVENT_LEMMA_PATTERN: Final = re.compile(
    r"(?<![\w-])(?P<first>[Ff]irst[ ]+)?(?P<trigger>" + _trie_alternation(_EVENT_LEMMAS) + r")(?![\w-])",
)
# Lemmas that recur for one subject unless the text says "first".
_FIRST_ONLY_LEMMAS: Final = frozenset({"win power", "be elected"})
# "strike" is an event of a named storm or quake, not of a share price ("Apple hit a record in 2012").
_DISASTER_NAME: Final = re.compile(r"(?:Storm|Hurricane|Typhoon|Cyclone|Tornado|Tropical[ ]+Storm|Tropical[ ]+Depression)[ ]+[A-Z]")
_REPEAT_CUE: Final = re.compile(r"(?<!\w)(?:again|second|third|another|latest|new|fresh|re-[a-z]+ed|re-?elected|reopened|rearrested|renewed|later|earlier|previous|prior)(?!\w)", re.IGNORECASE)
# Proper names of a sentence: capitalised runs ("Pellam Textiles", "Albatros-3") and quoted titles.
_PROPER_RUN: Final = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019]*(?:-[0-9A-Z][\w]*)?(?:[ ]+(?:of[ ]+(?:the[ ]+)?)?[A-Z][\w'\u2019]*(?:-[0-9A-Z][\w]*)?){0,4}")
_QUOTED_TITLE: Final = re.compile(r"[\"\u201c]([A-Z][^\"\u201c\u201d]{2,60}?)[\"\u201d]")
_NOT_NAMES: Final = frozenset(
    {name.lower() for name in _MONTH_NAME[1:] + _WEEKDAY_NAME}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "i", "mr", "mrs", "ms", "dr"}
)


_NAME_PARTS: Final = re.compile("-(?=[A-Z])|(?<=['\u2019]s)[ ]++(?=[A-Z])")


def _sentence_names(text: str, start: int, end: int, opening: int,
                    runs: dict[str, set[frozenset[str]]] | None = None) -> set[str]:
    """Name keys of a sentence: each capitalised run by its last word and whole, each quoted title.

    ``runs``, if given, receives for each key the words of the whole runs it came from, so that
    "Corran Tunnel" and "Westby Tunnel" can be told apart although both key as "tunnel"."""
    names: set[str] = set()
    for match in _QUOTED_TITLE.finditer(text, start, end):
        names.add(" ".join(match.group(1).lower().split()))
    for match in _PROPER_RUN.finditer(text, start, end):
        # "Pellam-Ostrava" names two; so does "Hartwell Paper's Dunmore mill" (the owner and the place).
        for part in _NAME_PARTS.split(match.group(0)):
            words = [word for word in part.split() if word.lower() not in _PHRASE_STOP and word.lower() not in _NOT_NAMES]
            if not words:
                continue
            if (match.start() == opening and len(part.split()) == 1 and not any(character.isdigit() for character in part)
                    and text[match.end():match.end() + 1] != "," and not part.endswith(("'s", "\u2019s"))):
                continue  # a lone sentence-initial capital is any word, unless set off ("Arakawa, who", "Sandvik's")
            last = words[-1].lower().rstrip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
            if len(last) > 2:
                names.add(last)
                if runs is not None:
                    runs.setdefault(last, set()).add(frozenset(
                        word.lower().removesuffix("'s").removesuffix("\u2019s") for word in words))
    return names


def _ordered_names(text: str, names: set[str] | tuple[str, ...], start: int, end: int) -> tuple[str, ...]:
    """Name keys in the order they first appear in ``text[start:end]`` (then alphabetically), so that
    which of two keys names an event in an explanation ("the death of Eberle", not "of Bamako" where
    "Matthias Eberle died in Bamako") is the sentence's, not the hash order of a set."""
    if len(names) < 2:
        return tuple(names)
    lowered = text[start:end].lower()
    return tuple(sorted(names, key=lambda name: (position if (position := lowered.find(name)) >= 0 else len(lowered), name)))


class _ShiftedMatch:
    """A match found in a copy of the text (an opening word lower-cased), at its offsets in the text."""

    __slots__ = ("_match", "_offset")

    def __init__(self, match: re.Match[str], offset: int) -> None:
        self._match = match
        self._offset = offset

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group) + self._offset

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group) + self._offset

    def group(self, group: int | str = 0) -> str:
        return self._match.group(group)


# Round 13: concepts one subject may undergo more than once, with other objects (degrees, approvals in
# other countries, clubs, offices, jobs); two of their mentions join only when one is a noun that refers
# back ("quit ... his retirement", "approved ... since approval"), never verb and verb.
_REPEATABLE_CONCEPTS: Final = frozenset({"graduate", "approve", "transfer", "take office", "install", "dismiss", "overthrow"})
_CONCEPT_NOUNS: Final = frozenset({
    "graduation", "graduation ceremony", "approval", "green light", "retirement", "enthronement", "consecration",
    "investiture", "coronation", "swearing-in", "swearing-in ceremony", "sacking", "dismissal", "ouster", "overthrow"})
# Verbs with many objects besides a career ("quit smoking", "quit his job"): never both sides of a pair.
_AMBIGUOUS_CONCEPT_FORMS: Final = frozenset({"quit", "quits", "quitting"})


def _lemma_restatements(context: _Context, reported: set[tuple[int, int]]) -> list[DateConflict]:
    """One event, one entity, two dates: keyed by the event's lemma across verb and noun forms."""
    text = context.text
    mentions: dict[tuple[str, str], list[tuple[_Candidate, int]]] = {}
    full_names: dict[tuple[str, str], set[frozenset[str]]] = {}
    openings: dict[int, int] = {}
    disaster: dict[int, bool] = {}
    last_family: dict[str, tuple[int, tuple[str, ...]]] = {}
    last_subject: dict[str, tuple[int, tuple[str, ...]]] = {}
    seen_names: set[str] = set()
    forms: dict[int, str] = {}
    previous_end = -1
    for candidate in context.candidates:
        in_force = None
        if candidate.since and candidate.year_explicit and candidate.earliest is not None:
            # "the act, in force since 1 May 2001": a state dated from the event that began it.
            in_force = _IN_FORCE_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)
            if in_force is not None:
                candidate = _since_start(candidate)
        if in_force is None and (not candidate.absolute or candidate.kind == "range" or candidate.since):
            previous_end = candidate.end
            continue
        sentence_start, sentence_end = context.sentence(candidate.start)
        low = max(sentence_start, previous_end, candidate.start - 70)
        trigger = earlier = None
        if in_force is None:
            for found in _EVENT_LEMMA_PATTERN.finditer(text, low, candidate.start):
                earlier, trigger = trigger, found
        else:
            trigger = in_force
        if (trigger is not None and earlier is not None
                and _EVENT_LEMMAS[" ".join(trigger.group("trigger").lower().split())] in _ASPECTUAL_LEMMAS):
            # "the merger was completed in 2010": completing an event dates the event itself.
            trigger = earlier
        elif (trigger is not None and earlier is not None and earlier.end() + 3 >= trigger.start()
              and " " not in trigger.group("trigger")  # a participle, not a phrase ("the ban took effect")
              and _EVENT_LEMMAS[" ".join(earlier.group("trigger").lower().split())] in _ONCE_FAMILIES
              and text[earlier.end():trigger.start()].strip(" ,") == ""):
            # "the armistice signed in 1953": a participle right after an event noun dates the noun.
            trigger = earlier
        elif (trigger is not None and earlier is not None and not _is_verb_form(earlier.group("trigger"))
              and (_EVENT_LEMMAS[" ".join(earlier.group("trigger").lower().split())] in _ONCE_FAMILIES
                   or _EVENT_LEMMAS[" ".join(earlier.group("trigger").lower().split())] in _EVENT_CONCEPTS)
              and _NOUN_SET_OFF_GAP.fullmatch(text, earlier.end(), trigger.start()) is not None):
            # "The invasion of Talori, launched in 1982", "the merger, which took effect on": a set-off
            # participle or relative clause after an event noun dates the noun, whatever its verb.
            trigger = earlier
        if (trigger is not None and trigger.end() < candidate.start
                and _DETERMINER_BEFORE_DATE.search(text, max(trigger.end(), candidate.start - 12), candidate.start)):
            # "Eleven men died in the 1981 collapse at the colliery": a date between a determiner
            # and an event noun dates that noun, not the verb before it.
            after_noun = _EVENT_LEMMA_PATTERN.match(text, candidate.end + 1, min(sentence_end, candidate.end + 40))
            if after_noun is not None and text[candidate.end:candidate.end + 1] == " ":
                trigger = after_noun
        if trigger is None and in_force is None:
            # "Born on 14 August 1936, she ...", "Signed in 1986, the treaty ...": an opening participle
            # (capitalised, which the lower-case lexicon pattern does not see).
            opening = _opening_end(text, sentence_start, openings)
            if opening < candidate.start <= opening + 40 and text[opening:opening + 1].isupper():
                found = _EVENT_LEMMA_PATTERN.match(text[opening].lower() + text[opening + 1:candidate.start])
                if found is not None and found.group("first") is None:
                    trigger = _ShiftedMatch(found, opening)
        if trigger is None or len(text[trigger.end():candidate.start].split()) > 10:
            # "its 1979 premiere", "Sandvik's 2013 arrest": the noun after its date.
            trigger = _EVENT_LEMMA_PATTERN.match(text, candidate.end + 1, min(sentence_end, candidate.end + 40))
            if trigger is None:
                after = _LEMMA_AFTER_DATE.match(text, candidate.end, min(sentence_end, candidate.end + 40))
                trigger = _EVENT_LEMMA_PATTERN.match(text, after.end(), min(sentence_end, after.end() + 20)) if after else None
        previous_end = candidate.end
        if trigger is None:
            continue
        lemma = "take effect" if in_force is not None else _EVENT_LEMMAS[" ".join(trigger.group("trigger").lower().split())]
        if lemma == "be born" and trigger.end() <= candidate.start and _BORN_GAP.fullmatch(text, trigger.end(), candidate.start) is None:
            continue  # "born in Kenya, a claim unquestioned until 2007", "his birth certificate in 2011": not the birth's date
        if lemma.startswith("debut ") and _NOT_DEBUT_AFTER.match(text, trigger.end()) is not None:
            continue  # "her first album in a decade", "his first film since 2009": not the debut
        if lemma in _FIRST_ONLY_LEMMAS:
            if trigger.group("first") is None:
                continue
        if _REPEAT_CUE.search(text, max(sentence_start, min(trigger.start(), candidate.start) - 30), max(trigger.end(), candidate.end)):
            continue
        # The names of the event's clause: near the date, within its sentence.
        window_start, window_end = max(sentence_start, candidate.start - 160), min(sentence_end, candidate.end + 160)
        relative = (_RELATIVE_BEFORE.search(text, max(sentence_start, trigger.start() - 24), trigger.start())
                    if trigger.start() < candidate.start else None)
        if relative is not None:
            # "the new museum, which opened in 2008": the event belongs to the relative
            # pronoun's antecedent, so only the names just before the pronoun key it.
            window_start, window_end = max(sentence_start, relative.start() - 60), relative.start()
        if lemma == "decide":
            # A ruling is dated once only for a named case ("Foyle v. Harcastle Mining"); people decide often.
            if _CASE_NAME.search(text, window_start, window_end) is None:
                continue
        elif lemma == "strike":
            if sentence_start not in disaster:
                disaster[sentence_start] = _DISASTER_NAME.search(text, window_start, window_end) is not None
            if not disaster[sentence_start]:
                continue
        opening = _opening_end(text, sentence_start, openings)
        runs: dict[str, set[frozenset[str]]] = {}
        clause = sentence_start
        pronoun = _POSSESSIVE_PRONOUN.search(text, max(0, trigger.start() - 6), trigger.start()) is not None
        if (pronoun and trigger.end() <= candidate.start
                and _DATE_RIGHT_AFTER.fullmatch(text, trigger.end(), candidate.start)):
            # "The museum, which opened its doors in 1983, ... since its opening in 1988": a pronoun
            # names the sentence's own subject again, so the two dates may share one sentence.
            clause = -1 - candidate.start
        names = _sentence_names(text, window_start, window_end, opening, runs)
        if not names and sentence_start >= window_start:
            # "Farouk was shot dead in 2013": a lone capital opening the sentence is any word,
            # unless it is a name the article has already keyed an event by.
            first = _OPENING_NAME.match(text, sentence_start, min(sentence_end, sentence_start + 40))
            if first is not None and first.group(1).lower() in seen_names:
                names = {first.group(1).lower()}
        # A subject that refers back ("He died on ...", "Born on ..., she", "when it premiered, on ...",
        # "the business, which was founded in ...") names the one whose same event was last dated,
        # unless a name of its own stands before the event word ("Jones said he was born in ...").
        if trigger.start() < candidate.start and lemma in last_subject:
            referential = (
                pronoun or _SUBJECT_PRONOUN_BEFORE.search(text, max(sentence_start, trigger.start() - 32), trigger.start()) is not None
                # "Police detained him at his home on": the one the event happened to, as an object pronoun.
                or _OBJECT_PRONOUN_AFTER.match(text, trigger.end(), candidate.start) is not None
                or trigger.start() <= opening + 1 and _REFERRING_SUBJECT_AFTER.match(text, candidate.end, min(sentence_end, candidate.end + 24)) is not None
                or relative is not None and not names and _DEFINITE_ANTECEDENT.search(text, max(sentence_start, relative.start() - 40), relative.start()) is not None)
            if (referential and candidate.start - last_subject[lemma][0] <= 3000
                    and not _sentence_names(text, sentence_start, trigger.start(), opening)):
                names = set(last_subject[lemma][1])
        if names and not names & {f"@{candidate.start}"}:
            last_subject[lemma] = (candidate.end, _ordered_names(text, names, window_start, window_end))
        seen_names.update(names)
        if lemma in _REPEATABLE_CONCEPTS or lemma == "retire":
            forms[candidate.start] = " ".join(trigger.group("trigger").lower().split())
        family_once = lemma in _ONCE_FAMILIES
        if not names and family_once:
            # "The two firms combined in 1998", "the truce, brokered in 2013", "their 1998 wedding":
            # a definite description without a name of its own refers back to the last mention
            # of the same kind of event (its antecedent: no other such event was dated in between).
            anchor = min(trigger.start(), candidate.start)
            previous = last_family.get(lemma)
            if (previous is not None
                    and (trigger.start() > candidate.start
                         or _CLOSE_DATE_GAP.fullmatch(text, trigger.end(), candidate.start) is not None)
                    and _DEFINITE_BEFORE.search(text, max(sentence_start, anchor - 40), anchor) is not None
                    # "Her son's graduation", "its rival's collapse": another owner's event.
                    and _OTHER_OWNER_BEFORE.search(text, max(sentence_start, anchor - 40), anchor) is None):
                for name in previous[1]:
                    mentions.setdefault((name, lemma), []).append((candidate, clause))
                last_family[lemma] = (candidate.end, previous[1])
                continue
        if not names and pronoun and sentence_start > 0:
            # "Since its founding in 1979, the firm has grown": a sentence without a name of its own;
            # the pronoun names the subject of the sentence before.
            previous_start = context.sentence(sentence_start - 1)[0]
            names = _sentence_names(text, previous_start, min(sentence_start, previous_start + 100),
                                    _opening_end(text, previous_start, openings), runs)
        if family_once:
            # A nameless first mention ("The ban came into force in 2006") is keyed by its place,
            # so that only a definite description after it can join it.
            last_family[lemma] = (candidate.end, _ordered_names(text, names, window_start, window_end) or (f"@{candidate.start}",))
            if not names:
                mentions.setdefault((f"@{candidate.start}", lemma), []).append((candidate, clause))
        for name in _ordered_names(text, names, window_start, window_end):
            mentions.setdefault((name, lemma), []).append((candidate, clause))
            full_names.setdefault((name, lemma), set()).update(runs.get(name, ()))
    conflicts: list[DateConflict] = []
    slack = datetime.timedelta(days=31)
    for (name, lemma), dated in mentions.items():
        if len(dated) < 2 or len({sentence for _, sentence in dated}) < 2 or len(dated) > 3:
            continue  # three or more dated mentions are a record of a recurring event ("Conviction 2004 ... 2006")
        if lemma in _REPEATABLE_CONCEPTS and not any(
                forms.get(candidate.start, "") in _CONCEPT_NOUNS for candidate, _ in dated):
            # One person graduates, is approved, quits, signs or takes office more than once ("graduated
            # from Leeds in 1983 ... graduated from Yale in 1987"): two verbs are two events unless a
            # noun refers back to one of them ("her graduation ceremony, held in 1987").
            continue
        if lemma == "retire" and all(forms.get(candidate.start, "") in _AMBIGUOUS_CONCEPT_FORMS for candidate, _ in dated):
            continue
        named = list(full_names.get((name, lemma), ()))
        if any(not (one <= two or two <= one) for one in named for two in named):
            continue  # "the Corran Tunnel" and "the Westby Tunnel": two entities that share a last word
        pair = _first_disjoint_pair([candidate for candidate, _ in dated], slack)
        if pair is None:
            continue
        spans = tuple(sorted(((pair[0].start, pair[0].end), (pair[1].start, pair[1].end))))
        if spans in reported:
            continue
        reported.add(spans)  # type: ignore[arg-type]
        event = _LEMMA_NOUNS.get(lemma, lemma)
        if name.startswith("@"):
            # A nameless event ("The ban came into force ... the ban took effect"): the event's words alone.
            conflicts.append(_restated(text, event if " " not in event or lemma in _LEMMA_NOUNS else f"\"{lemma}\" event", *pair))
            continue
        sentence_start, sentence_end = context.sentence(pair[0].start)
        shown = _display_name(text, name, max(sentence_start, pair[0].start - 160), min(sentence_end, pair[0].end + 160))
        conflicts.append(_restated(text, f"{event} of {shown}" if " " not in event or lemma in _LEMMA_NOUNS
                                   else f"\"{lemma}\" of {shown}", *pair))
    return conflicts


# A definite description just before an event word or its date: "the truce", "The two firms",
# "the company's", "their"; an indefinite one ("a truce") names a new event.
_OTHER_OWNER_BEFORE: Final = re.compile(r"(?<![\w'\u2019])(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++[a-z][a-z-]{0,24}+['\u2019]s[ ]")
_DEFINITE_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019])(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[a-z][a-z-]{0,24}+['\u2019]s)(?:[ ]++[a-z][a-z-]{0,24}+(?:['\u2019]s)?){0,3}"
    # A bare event noun after "since" names the one event before it ("Since approval, granted in").
    r"|[Ss]ince)[ ]++$")
# Between an event word and its own date: "the truce, brokered on", "combined in", "burned down on";
# not "The sale of the brewery followed a tax dispute in" (the date of another event).
_CLOSE_DATE_GAP: Final = re.compile(
    r",?[ ]++(?:[a-z]{1,20}+,?[ ]++){0,3}?"
    # A source set off between an event and its date: "the mill closed, the union's banner reads, on".
    r"(?:(?<=,[ ])(?:[A-Za-z'\u2019]{1,20}+[ ]++){1,4}?(?:said|says|reads|read|recalls|recalled|notes|noted|claims|claimed"
    r"|insists|insisted|writes|wrote|believes|believed|recorded|records),[ ]++)?(?:in|on|at|during)[ ]++(?:the[ ]++)?"
    # A part of the day before the date: "was made on the night of 22 July 1989".
    r"(?:(?:night|morning|afternoon|evening|weekend)[ ]++of[ ]++)?")
# Between "born"/"birth" and its own date: a place at most ("born in Honolulu, Hawaii, on", "his birth, in").
_BORN_GAP: Final = re.compile(
    r",?[ ]++(?:(?:in|at)[ ]++[A-Z][\w'\u2019.-]*+(?:[ ]++[A-Z][\w'\u2019.-]*+){0,2}+,?[ ]++(?:[A-Z][\w'\u2019.-]*+,[ ]++)?)?"
    r"(?:(?:in|on)[ ]++)?(?:the[ ]++)?")
# A pronoun subject right before an event word: "He died", "she was born", "when it premiered".
_SUBJECT_PRONOUN_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019])(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)[ ]++(?:(?:was|were|had|has|have|is|been|first|then|finally|got)[ ]++){0,2}$")
_OBJECT_PRONOUN_AFTER: Final = re.compile(r"(?<![ ])[ ]++(?:him|her|them)(?![\w'\u2019])")
# The subject after an opening participle and its date: "Born on 14 August 1936, she", "Signed in 1986, the treaty".
_REFERRING_SUBJECT_AFTER: Final = re.compile(r",[ ]++(?:he|she|they|it|the|this|that|its|his|her|their)[ ]", re.IGNORECASE)
# A definite antecedent of a relative clause: "the business, which was founded in".
_DEFINITE_ANTECEDENT: Final = re.compile(r"(?<![\w'\u2019])(?:the|its|his|her|their)[ ]++(?:[a-z][\w-]*+[ ]++){0,2}?[a-z][\w-]*+$")
_OPENING_NAME: Final = re.compile(r"([A-Z][a-z]{2,30}+)(?![\w'\u2019-])")
_DETERMINER_BEFORE_DATE: Final = re.compile(r"(?<![\w'\u2019])(?:the|its|his|her|their|[A-Za-z]{1,30}+['\u2019]s)[ ]++$")


def _display_name(text: str, name: str, start: int, end: int) -> str:
    """The longest capitalised run of the sentence that ends in the name key ("Harcastle Mining"), for explanations."""
    best = ""
    for match in _PROPER_RUN.finditer(text, start, end):
        words = [word for word in match.group(0).split() if word.lower() not in _PHRASE_STOP]
        if (words and words[-1].lower().rstrip("'\u2019").removesuffix("'s").removesuffix("\u2019s") == name
                and len(" ".join(words)) > len(best)):
            best = " ".join(words).removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")  # "Calder Valley Mills'"
    return best or name.title()


# "Foyle v. Harcastle Mining", "Roe v Wade": led by the "v" so that a scan stays linear.
_CASE_NAME: Final = re.compile(r"v(?<=[\w'\u2019][ ]v)(?:s?\.|s)?[ ]++(?:the[ ]++)?[A-Z]")
_NOT_DEBUT_AFTER: Final = re.compile(
    r"[ ]++(?:in[ ]++(?:a|an|over|more|almost|nearly|about|some|two|three|four|five|six|seven|eight|nine|ten|[0-9]++[ ]++(?:years|decades|months))(?!\w)"
    r"|since|for[ ]++(?:a|an|the)[ ]++(?:new|different|major|rival|second)|of[ ]++(?:the|a|its)[ ]++|as[ ]++)"
)
_POSSESSIVE_PRONOUN: Final = re.compile(r"(?<!\w)(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]+$")
_DATE_RIGHT_AFTER: Final = re.compile(r"[ ]++(?:in|on)[ ]++(?:the[ ]++)?")
# Plain words for concepts whose key is a verb phrase.
_LEMMA_NOUNS: Final[dict[str, str]] = {
    "take effect": "entry into force", "close": "closure", "open": "opening", "die": "death", "found": "founding",
    "merge": "merger", "sign": "signing", "acquire": "sale", "retire": "retirement", "resign": "resignation",
    "marry": "marriage", "demolish": "demolition", "sink": "sinking", "complete": "completion",
    "discover": "discovery", "take charge": "appointment", "list": "stock-market listing", "decide": "ruling",
    # The other event lemmas' nouns, so that an explanation reads "the conviction of X", not "the convict of X".
    "abolish": "abolition", "acquit": "acquittal", "annex": "annexation", "approve": "approval", "arrest": "arrest",
    "baptise": "baptism", "be born": "birth", "be elected": "election", "bury": "burial", "ceasefire": "ceasefire",
    "collapse": "collapse", "convict": "conviction", "derail": "derailment", "dismiss": "dismissal",
    "dissolve": "dissolution", "divorce": "divorce", "erupt": "eruption", "extradite": "extradition", "fire": "fire",
    "graduate": "graduation", "install": "installation", "invade": "invasion", "kidnap": "kidnapping", "kill": "killing",
    "knight": "knighthood", "launch": "launch", "nationalise": "nationalisation", "ordain": "ordination",
    "overthrow": "overthrow", "patent": "patent", "premiere": "premiere", "privatise": "privatisation", "strike": "strike",
    "take office": "taking of office", "transfer": "transfer", "uprising": "uprising", "win power": "rise to power",
    **{lemma: lemma for lemma in set(_EVENT_LEMMAS.values()) if lemma.startswith("debut ")},
}
_IN_FORCE_BEFORE: Final = re.compile(r"(?<!\w)(?P<first>(?!))?(?P<trigger>in[ ]+(?:force|effect))[ ]*+$")



# --------------------------------------------------------------------------
# Restatement by a definite anaphor (round 7): "the verdict of 2006 ... That verdict, delivered
# in 2011, ...", "its 1997 product recall ... The recall, ordered by regulators in late 2004".
# A noun dated once and taken up again by "that/this N" (or "the N" set off with its own date)
# names the same event; no lexicon of event nouns is needed, the first dated mention says the
# noun is an event.
# --------------------------------------------------------------------------

# Past forms and participles that date the event itself (its occurrence), not a later stage of it
# ("The treaty, ratified in 2003", "the verdict, overturned in 2011", "the ban, lifted in 2010" are
# later stages and do not attach).
_OCCURRENCE_FORMS: Final = frozenset("""
held staged hosted convened delivered handed issued ordered imposed announced introduced launched
founded established created formed set built opened began begun started broke erupted took happened
occurred departed left sailed embarked carried conducted made reached struck passed enacted adopted
approved fought signed agreed brokered negotiated called declared committed recorded filmed unveiled
organised organized mounted led undertaken undertook waged staged played run ran completed agreed
granted awarded passed sealed inked concluded finalised finalized decided returned reached given
filed lodged tabled submitted published released aired broadcast screened premiered performed inaugurated
excavated written composed painted drafted discovered won seized captured stormed raided dug fired
came brought carried peaked closed confirmed
""".split())
# Words that a set-off participle phrase may carry before its date: anything but a clause break.
_ANAPHOR_GAP: Final = re.compile(
    # a named place or party after the noun: "The revolt in Brackenfield, which ..."
    r"(?:[ ]++(?:in|at|of|on|against|over|from|near|by)[ ]++(?:the[ ]++)?[A-Z][\w'\u2019-]*+(?:[ ]++[A-Z][\w'\u2019-]*+){0,2}+)?"
    r"(?:(?P<appositive>,[ ]++)(?=(?:in|on|during)[ ])|(?P<comma>,)?[ ]++(?:(?P<relative>which|that)[ ]++)?"
    r"(?:(?P<passive>was|were|had[ ]++been|has[ ]++been|first|originally|actually)[ ]++){0,2}+"
    r"(?P<verb>[a-z]++)(?:[ ]++(?:out|off|down|up|place|over))?"
    r"(?:[ ]++[\w'\u2019-]++(?:,[0-9]{3}+)?+){0,7}?[ ]++"
    # an appositive noun phrase naming the event again: "the eruption, a single blast in"
    r"|(?P<renamed>,[ ]++(?:a|an|one)[ ]++(?:[a-z][a-z-]*+[ ]++){1,3}?))"
    r"(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid|summer|spring|autumn|winter|fall)[ ]++(?:of[ ]++)?)?"
)
# A noun with a short complement before its own date: "the excavation at Corrie Sands hill fort in",
# "record transfer to Marrowby Dockers in the summer of", "a by-election held on".
_COMPLEMENT_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<noun>[a-z][a-z-]{2,24}+)[ ]++(?:(?:at|to|of|for|near|from|against|with|into)[ ]++(?:[\w'\u2019-]++[ ]++){1,5}?|held[ ]++|staged[ ]++)"
    r"(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid|summer|spring|autumn|winter|fall)[ ]++(?:of[ ]++)?)?$"
)
_ANAPHOR_DETERMINER: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<det>[Tt]hat|[Tt]his|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++"
    r"(?:(?P<name>[A-Z][a-z'\u2019-]{2,30}+)[ ]++)?(?P<noun>[a-z][a-z-]{2,24}+)(?![\w'\u2019-])")
# A possessor and up to two modifiers before a noun: "The river's record flood", "Bridport Grammar's last full inspection".
_POSSESSOR: Final = re.compile(r"(?<![\w'\u2019-])(?:[Tt]he[ ]++[a-z][a-z-]*+|[A-Z][\w-]*+)['\u2019]s(?![\w'\u2019-])")
# One modifier may stand before the noun: "That landmark verdict" (a repeat cue such as "second" is checked apart).
_MODIFIED_NOUN: Final = re.compile(r"[ ]++(?P<noun>[a-z][a-z-]{2,24}+)(?![\w'\u2019-])")
_POSSESSOR_ENDINGS: Final = ("the ", "The ", "its ", "Its ", "their ", "Their ", "his ", "His ", "her ", "Her ")
_DATE_PREPOSITION_ENDINGS: Final = ("in ", "on ", "during ", "the ", "of ", "early ", "late ", "mid ", "summer ", "spring ",
                                    "autumn ", "winter ", "fall ")
_DATE_PREPOSITION: Final = re.compile(
    r"(?<!\w)(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid|summer|spring|autumn|winter|fall)[ ]++(?:of[ ]++)?)?$")
_NOUN_WORD: Final = re.compile(r"(?<![\w'\u2019-])[a-z][a-z-]{2,24}+(?![\w'\u2019-])")
_POSSESSOR_BEFORE: Final = re.compile(r"(?<![\w'\u2019])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*+['\u2019]s?)[ ]++$")
# A noun phrase's determiner and up to two modifiers before its noun: "the", "a", "Tennant's record".
_NOUN_PHRASE_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*+['\u2019]s?)(?:[ ]++[a-z][a-z-]*+){0,2}+[ ]++$")
_IDENTIFIER_WORDS: Final = re.compile(r"[ ]++((?:[a-z][a-z-]*+[ ]++){0,2}+[a-z][a-z-]*+)")
# Nouns of time and quantity that are not events ("That year, in 2006", "the 2010 season").
_NOT_EVENT_NOUNS: Final = frozenset("""
year month week day days decade century era age period time season term night morning evening summer
spring autumn winter fall date deadline quarter half moment same following next previous last latest
other first second third new old total figure rate level price number amount share stake percentage
company firm group club team family man woman people city town village country state government
""".split())


# What a once-only event is about: "ban on lead paint", "privatisation of the railways"; and a past
# verb with its object before a date: "outlawed lead paint in", "privatised the railways in".
_THEME_AFTER: Final = re.compile(r"[ ]++(?:on|of|against)[ ]++(?:the[ ]++|all[ ]++)?(?P<theme>[a-z][a-z-]*+(?:[ ]++[a-z][a-z-]*+){0,2}+)")
_VERB_THEME_GAP: Final = re.compile(
    r"[ ]++(?:the[ ]++|all[ ]++)?(?P<theme>[a-z][a-z-]*+(?:[ ]++[a-z][a-z-]*+){0,2}?)[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?$"
)


# Families keyed by their theme: the once-only ones, and bans, which recur for a person ("banned
# from driving" twice) and so are listed as recurring, but happen once to a thing ("the ban on lead paint").
_THEMED_FORMS: Final = {form: family for form, family in _ALL_FAMILY_FORMS.items() if family in _ONCE_FAMILIES or family == "ban"}


def _theme_head(words: str) -> str:
    """The head of a theme phrase: its last word before a function word ("lead paint with a" -> "paint")."""
    head = ""
    for word in words.split():
        if word in _PHRASE_STOP:
            break
        head = word
    return _anaphor_key(head) if head else ""


def _anaphor_key(noun: str) -> str:
    noun = noun.lower()
    if len(noun) > 4 and noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-1]
    return _ALL_FAMILY_FORMS.get(noun, noun)


def _anaphoric_restatements(context: _Context, reported: set[tuple[int, int]]) -> list[DateConflict]:
    """A dated noun taken up by a definite anaphor with a date of its own (see above)."""
    text = context.text
    # key -> [(candidate, sentence start, mode)], mode "id" (the 1994 transfer, the verdict of 2006),
    # "np" (the excavation at X in 1988), "anaphor" (That verdict, delivered ... in 2011)
    mentions: dict[str, list[tuple[_Candidate, int, str]]] = {}
    conflicts: list[DateConflict] = []
    slack = datetime.timedelta(days=31)
    named: dict[int, str] = {}
    for candidate in context.candidates:
        if not candidate.absolute or candidate.kind == "range" or candidate.since:
            continue
        sentence_start, sentence_end = context.sentence(candidate.start)
        low = max(sentence_start, candidate.start - 110)
        found: list[tuple[str, str, bool]] = []  # (key, mode, definite anaphor)
        # "the 1994 transfer", "its 1997 product recall", "Quinlan's 1979 mayoral victory"
        if (candidate.kind in ("year", "month_year", "date")
                # the word before the date is a determiner or a possessive (cheap tests first)
                and (text.endswith(_POSSESSOR_ENDINGS, 0, candidate.start)
                     or text.endswith(("'s ", "\u2019s ", "s' "), 0, candidate.start))
                and (possessor := _POSSESSOR_BEFORE.search(text, max(low, candidate.start - 30), candidate.start)) is not None):
            # "Romney's 2012 campaign" is owned by a name: it takes up no earlier mention without one.
            id_mode = "id" if possessor.group(0)[:1].islower() or possessor.group(0).startswith(("The ", "Its ", "Their ", "His ", "Her ")) else "id_named"
            words = _IDENTIFIER_WORDS.match(text, candidate.end, min(sentence_end, candidate.end + 50))
            if words is not None:
                position = candidate.end
                for word in words.group(1).split():
                    if word in _PHRASE_STOP:
                        break
                    position = text.find(word, position) + len(word)
                    found.append((_anaphor_key(word), id_mode, False))
                    family = _THEMED_FORMS.get(word)
                    theme = _THEME_AFTER.match(text, position, min(sentence_end, position + 40)) if family else None
                    if theme is not None:
                        # "the 1998 ban on lead paint": a once-only event keyed by what it is about.
                        found.append((f"{family}|{_theme_head(theme.group('theme'))}", id_mode, False))
        # "the verdict of 2006", "the Antarctic expedition of 1966"
        # and "the Yerevan earthquake of 12 December 1993" (a day or month: not "the end of May 2010")
        if text.startswith(" of ", candidate.start - 4) and candidate.granularity in ("year", "month", "day"):
            last = None
            for last in _NOUN_WORD.finditer(text, max(low, candidate.start - 30), candidate.start - 4):
                pass
            if (last is not None and last.end() == candidate.start - 4
                    and (candidate.granularity == "year" or last.group(0).lower() not in _OF_NOT_EVENT)
                    and _OF_IDENTIFIER.search(text, max(low, candidate.start - 60), candidate.start)):
                found.append((_anaphor_key(last.group(0)), "id", False))
        if (not found and text.endswith(_DATE_PREPOSITION_ENDINGS, 0, candidate.start)
                and _DATE_PREPOSITION.search(text, max(low, candidate.start - 30), candidate.start) is not None):
            # Every other form ends in "in/on/during (the) ..." right before the date.
            for match in _ANAPHOR_DETERMINER.finditer(text, max(low, candidate.start - 90), candidate.start):
                # "that"/"this", or a possessive ("her election, in 1997"): a participant marks it as the one named before
                demonstrative = match.group("det").lower() != "the"
                if (not demonstrative and text.find(",", match.end(), candidate.start) == -1
                        and text.find(" w", match.end(), candidate.start) == -1):
                    continue  # "the N" needs a set-off phrase or a passive ("was", "were"): cheap test first
                modified = _MODIFIED_NOUN.match(text, match.end(), candidate.start)
                if match.group("name") and _anaphor_key(match.group("noun")) not in mentions and (
                        modified is None or _anaphor_key(modified.group("noun")) not in mentions):
                    continue  # a named noun only takes up an earlier mention ("The Lowther book fair was first held in")
                for noun in (match, modified):
                    gap = _ANAPHOR_GAP.fullmatch(text, noun.end(), candidate.start) if noun is not None else None
                    if gap is None or gap.group("verb") is not None and gap.group("verb") not in _OCCURRENCE_FORMS:
                        continue
                    if not demonstrative and not (gap.group("appositive") or gap.group("comma") or gap.group("relative")
                                                  or gap.group("passive") or gap.group("renamed")):
                        continue  # "The verdict came in 2011": set off, passive or demonstrative only
                    # A relative clause or a renaming appositive describes the one event named before
                    # ("the flood, which came in", "the eruption, a single blast in"): it may take up a
                    # recurring event's single dated identifier ("the flood of 1995"), as "that" does.
                    described = bool(gap.group("relative") or gap.group("renamed"))
                    if match.group("name") and _anaphor_key(noun.group("noun")) not in mentions:  # type: ignore[union-attr]
                        break  # a named noun only takes up an earlier mention ("The Lowther book fair was first held in")
                    found.append((_anaphor_key(noun.group("noun")), "anaphor_described" if described else "anaphor",  # type: ignore[union-attr]
                                  demonstrative))
                    if match.group("name"):
                        # "the Yerevan earthquake, which struck on": the earlier mention must carry the name
                        named[candidate.start] = match.group("name")
                    break
            # A noun owned by a named or common possessor, set off or passive before its date ("The river's
            # record flood, in 1974", "The jury's verdict against X was delivered on"): a first mention only
            # ("np"), since another owner's noun ("Smith's election, in 2010") is another event.
            if not found and (text.find("'s ", max(low, candidate.start - 90), candidate.start) != -1
                              or text.find("\u2019s ", max(low, candidate.start - 90), candidate.start) != -1):
                for owner in _POSSESSOR.finditer(text, max(low, candidate.start - 90), candidate.start):
                    if text.find(",", owner.end(), candidate.start) == -1 and text.find(" w", owner.end(), candidate.start) == -1:
                        continue  # set off or passive only: cheap test first
                    position = owner.end()
                    for _ in range(3):  # the noun, after up to two modifiers
                        noun = _MODIFIED_NOUN.match(text, position, candidate.start)
                        if noun is None:
                            break
                        position = noun.end()
                        gap = _ANAPHOR_GAP.fullmatch(text, position, candidate.start)
                        if (gap is not None and (gap.group("verb") is None or gap.group("verb") in _OCCURRENCE_FORMS)
                                and (gap.group("appositive") or gap.group("comma") or gap.group("relative")
                                     or gap.group("passive") or gap.group("renamed"))):
                            found.append((_anaphor_key(noun.group("noun")), "np", False))
                            break
                    if found:
                        break
            verb = None
            if text.find("ed ", max(low, candidate.start - 60), candidate.start) != -1:  # a past verb, cheaply
                for verb in _FAMILY_FORM_PATTERN.finditer(text, max(low, candidate.start - 60), candidate.start):
                    pass
            theme = (_VERB_THEME_GAP.fullmatch(text, verb.end(), candidate.start)
                     if verb is not None and verb.group(0).endswith("ed") and verb.group(0) in _THEMED_FORMS else None)
            if theme is not None:
                # "Parliament outlawed lead paint in 2007": the same event as "the 1998 ban on lead paint".
                found.append((f"{_THEMED_FORMS[verb.group(0)]}|{_theme_head(theme.group('theme'))}", "vo", False))
            # Each noun whose complement runs to the date: "the seat at a by-election held on" keys
            # both "seat" and "by-election" (at most three tries, each one search in C).
            position = max(low, candidate.start - 70)
            for _ in range(3):
                match = _COMPLEMENT_BEFORE.search(text, position, candidate.start)
                if match is None:
                    break
                position = match.end("noun") + 1
                phrase = _NOUN_PHRASE_BEFORE.search(text, max(sentence_start, match.start() - 40), match.start())
                if phrase is not None:
                    # "an independent campaign for his seat in 2014" is indefinite: only "that campaign" takes it up.
                    found.append((_anaphor_key(match.group("noun")), "np_indefinite" if phrase.group(0)[:2].lower() in ("a ", "an") else "np", False))
        for key, mode, demonstrative in found:
            if key in _NOT_EVENT_NOUNS or key in _GENERIC_HEADS or key in _PHRASE_STOP or key.endswith("|"):
                continue
            earlier = mentions.setdefault(key, [])
            earlier.append((candidate, sentence_start, mode))
            if len(earlier) != 2:
                continue  # one antecedent only: a noun dated three times is a series
            previous, previous_sentence, previous_mode = earlier[0]
            if previous_sentence == sentence_start:
                continue
            if mode == "id" and previous_mode == "id":
                continue  # "the 2018 summit" and "the 2023 summit" are two summits
            if (mode.startswith("np") or mode == "vo" and not previous_mode.startswith("id")
                    or mode.startswith("id") and (previous_mode.startswith("id") or mode == "id_named" or previous_mode == "np_indefinite")):
                continue  # "the dinner for the Indian premier in 2009" after "the 2012 state dinner": its complement may tell another one
            if (mode.startswith("anaphor") and not demonstrative and not (mode == "anaphor_described" and previous_mode == "id")
                    and key not in _FAMILY_FORMS.values() and key in _ALL_FAMILY_FORMS.values()):
                continue  # "the election, held in 2016": a recurring event needs "that"
            if _REPEAT_CUE.search(text, max(sentence_start, candidate.start - 40), min(sentence_end, candidate.end + 30)):
                continue
            if candidate.start in named and text.find(named[candidate.start], max(previous_sentence, previous.start - 110), previous.end + 60) == -1:
                continue  # "the Tallinn earthquake" is not "the 1993 Yerevan earthquake"
            if not _disjoint(previous, candidate, slack):
                continue
            spans = tuple(sorted(((previous.start, previous.end), (candidate.start, candidate.end))))
            if spans in reported:
                continue
            reported.add(spans)  # type: ignore[arg-type]
            conflicts.append(_restated(text, key, previous, candidate))
    return conflicts


def _since_start(candidate: _Candidate) -> _Candidate:
    """The date a "since" phrase starts from, as its own dated point (the period the date names)."""
    start = _Candidate(candidate.start, candidate.end, "date")
    assert candidate.earliest is not None
    first = candidate.earliest
    start.earliest = first
    if candidate.granularity == "year":
        start.latest = datetime.date(first.year, 12, 31)
    elif candidate.granularity == "month":
        start.latest = _month_end(first.year, first.month)
    else:
        start.latest = first
    start.granularity = candidate.granularity
    start.year_explicit = start.absolute = True
    return start


# Concepts that complete another event named before them.
_ASPECTUAL_LEMMAS: Final = frozenset({"complete"})
# Between an event noun and a participle or relative clause set off after it: "of Talori, ", ", which ".
_NOUN_SET_OFF_GAP: Final = re.compile(
    r"(?:[ ]++of[ ]++(?:the[ ]++)?[A-Z][\w'\u2019-]{0,30}+(?:[ ]++(?:of[ ]++)?[A-Z][\w'\u2019-]{0,30}+){0,3}+)?,[ ]++"
    r"(?:(?:which|that)[ ]++(?:(?:was|were|had|has|have|been|first|finally|only|formally|officially)[ ]++){0,2}+)?")
# A relative pronoun opening the clause of an event word: ", which opened", "that was sold".
_RELATIVE_BEFORE: Final = re.compile(r",?[ ]++(?:which|that|who|whom)[ ]++(?:(?:was|were|had|has|have|been|is|are|first|finally|only|later|eventually)[ ]++){0,3}$")
# Words between a date and its event noun: "the 2003 general election", "2004 fraud conviction".
# A name may stand between them too: "the 1995 Tanner's Row blaze".
_LEMMA_AFTER_DATE: Final = re.compile(r"(?<![ ])(?:['\u2019]s)?[ ]++(?:[A-Za-z][\w'\u2019-]*+[ ]++){1,3}?(?=[a-z])")


def _first_disjoint_pair(dated: list[_Candidate], slack: datetime.timedelta) -> tuple[_Candidate, _Candidate] | None:
    """The first pair (in order of the first, then the second) of disjoint intervals.

    Linear rather than pairwise: an event restated hundreds of times would
    otherwise cost a comparison per pair.  A later interval is disjoint from
    ``first`` exactly when the latest later start or the earliest later end
    lies beyond the slack, so suffix extremes tell which ``first`` has a partner.
    """
    count = len(dated)
    if count < 2:
        return None
    latest_start: list[datetime.date] = [dated[-1].earliest] * count  # type: ignore[list-item]
    earliest_end: list[datetime.date] = [dated[-1].latest] * count  # type: ignore[list-item]
    for index in range(count - 2, -1, -1):
        candidate = dated[index]
        assert candidate.earliest and candidate.latest
        latest_start[index] = max(latest_start[index + 1], candidate.earliest)
        earliest_end[index] = min(earliest_end[index + 1], candidate.latest)
    for index in range(count - 1):
        first = dated[index]
        assert first.earliest and first.latest
        if latest_start[index + 1] > first.latest + slack or earliest_end[index + 1] + slack < first.earliest:
            for second in dated[index + 1:]:
                if _disjoint(first, second, slack):
                    return first, second
    return None


_NO_SLACK: Final = datetime.timedelta(0)
# Round 20: no slack between two named days (before: five). One event told with two full dates a day
# or three apart ("the derailment, on 23.04.2005" / "gives the date as 20.04.2005") is told two ways; a
# multi-day event whose first and last days are each told as its date now counts as restated (none in
# the corpus listing does).
_DAY_SLACK: Final = datetime.timedelta(days=0)


def _disjoint(first: _Candidate, second: _Candidate, slack: datetime.timedelta) -> bool:
    assert first.earliest and first.latest and second.earliest and second.latest
    if first.granularity == "year" and second.granularity == "year":
        # Two bare years are whole calendar years: "in 1988" and "in 1989" do not overlap (the
        # month of slack is for a month or day told against a year: "December 1997" / "1998").
        slack = _NO_SLACK
    elif first.granularity == "day" and second.granularity == "day":
        # Two named days are two dates, not one told loosely ("delivered on 14 August" / "returned
        # on 28 August"; round 20: also a day apart).
        slack = min(slack, _DAY_SLACK)
    return first.latest + slack < second.earliest or second.latest + slack < first.earliest


def _restated(text: str, head: str, first: _Candidate, second: _Candidate) -> DateConflict:
    if first.start > second.start:
        first, second = second, first
    return DateConflict(
        "restated_event", ((first.start, first.end), (second.start, second.end)),
        f"the {head} is dated {text[first.start:first.end]} here, but "
        f"{text[second.start:second.end]} at offset {second.start:,}",
    )


_AFTER_WORDS: Final = ("after", "following", "in the aftermath of", "in the wake of", "subsequent to", "in response to",
                       # round 19
                       "in direct response to", "as a response to", "as a direct response to", "as a reaction to",
                       "as an answer to",
                       # a response or a consequence comes after its cause
                       "in retaliation for", "in reprisal for", "in revenge for", "as a consequence of", "because of",
                       "owing to",
                       "on the heels of", "as a result of", "in reaction to", "only after", "once", "as soon as",
                       "only once", "only when", "in the months after", "in the years after",
                       # round order19: an opening perfect participle ("Having graduated in 1966, she ...")
                       "having",
                       # round order22: an opening "On/Upon" with a gerund or a transition noun ("On completing her
                       # training in 1959, she was posted ...")
                       "on", "upon")


_CONNECTIVE: Final = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|[Bb]efore|[Aa]head[ ]+of|[Pp]rior[ ]+to|[Ii]n[ ]+the[ ]+(?:aftermath|wake)[ ]+of"
    r"|[Ss]ubsequent[ ]+to|[Ii]n[ ]+(?:direct[ ]+)?response[ ]+to|[Aa]s[ ]+an?[ ]+(?:direct[ ]+)?(?:response|reaction|answer)[ ]+to|[Ii]n[ ]+the[ ]+(?:run|lead)-up[ ]+to|[Oo]n[ ]+the[ ]+eve[ ]+of"
    r"|[Oo]n[ ]+the[ ]+heels[ ]+of|[Aa]s[ ]+a[ ]+result[ ]+of|[Ii]n[ ]+reaction[ ]+to|[Ii]n[ ]+time[ ]+for"
    r"|[Ii]n[ ]+(?:retaliation|reprisal|revenge)[ ]+for|[Aa]s[ ]+a[ ]+consequence[ ]+of|[Bb]ecause[ ]+of|[Oo]wing[ ]+to"
    # A clause of completion: "By the time the bridge reopened in 2008, the ferry had gone".
    r"|[Bb]y[ ]+the[ ]+time"
    # "once" after a comma with a pluperfect is "after": "Counting began on 28 July, once polls had closed on ...".
    r"|(?<=,[ ])once(?=[ ]+(?:[\w'-]+[ ]+){1,4}?had[ ]+[a-z]+ed(?!\w)))\b"
)
_CONNECTIVE_INITIALS: Final = "AaBbFfIiOoPpSs"
# Sentence openings that start neither a connective nor a length before one ("The", "He", "Critics").
_NOT_OPENING_INITIALS: Final = "CcGgKkPpQqRrUuVvXxZz\"'(\u201c"
# A length or adverb before a sentence-opening connective: "Weeks after the 1994 scandal broke, ...".
_OPENING_LEAD: Final = re.compile(
    r"(?:(?:(?:[A-Za-z]++|[0-9]++)[ ]++)?(?:[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Hh]ours?|[Dd]ecades?)|[Ss]hortly|[Ss]oon|[Jj]ust|[Ll]ong|[Ee]ven|[Oo]nly"
    r"|[Nn]ot[ ]++long|[Ii]mmediately|[Ll]ess[ ]++than[ ]++(?:an?|[a-z]++|[0-9]++)[ ]++(?:days?|weeks?|months?|years?))[ ]++"
)
# "When the museum opened in 1965, its founder had already died": with the pluperfect, "when" orders
# like "by the time"; only at the opening of a sentence.
_OPENING_WHEN: Final = re.compile(r"[Ww]hen(?!\w)")
# A date set off at the end of the clause that a connective phrase interrupts: "left the party before
# its bitter 2010 split, in 2013."
_TRAILING_SET_OFF: Final = re.compile(r"(?:[ ]++[a-z][\w'-]*+){0,3}+,[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?")
# Only opening a sentence ("once" elsewhere is mostly "formerly"): "Once the inquiry had reported,
# in 2006, ministers acted", "Only when ...", "As soon as ...".
_OPENING_CONNECTIVE: Final = re.compile(r"(?:[Oo]nly[ ]+)?(?:[Oo]nce|[Aa]s[ ]+soon[ ]+as|[Ww]hen(?<=[Oo]nly[ ]when))(?!\w)")
# Round order19: a perfect participle opening the sentence tells an event before its main clause's
# ("Having qualified in 1957, she joined the practice in 1960"); a past participle must follow (not
# "Having a home in ..."), and a state since a date is left to the "since" rules.
_OPENING_HAVING: Final = re.compile(
    r"Having(?=[ ]++(?:first[ ]++|already[ ]++|just[ ]++)?(?!been[ ])[a-z]{2,}(?:ed|en|wn|ne|ght|ft|lt|ok|ew|ote|ung|un)(?![\w-]))")
# Round order22: "On"/"Upon" opening a sentence with a gerund ("On completing her training at X in 1959, she was
# posted ...", "Upon leaving school in 1990, ...") or with a possessive and a noun of a transition its owner goes
# through ("Upon his release from prison in 1988, he returned ...", "On her return from exile in 1990, ...")
# tells the event the main clause follows, like "after".  Not "On its website in 2015," (a place), nor "On the
# eve of" (already "before") or "On 3 May" (a date).
_O22_OPENING_ON: Final = re.compile(
    r"(?:On|Upon)(?=[ ]++(?:[a-z]{3,}ing[ ]++(?!(?:on|in|to|of|at|for)[ ])"
    r"|(?:his|her|its|their)[ ]++(?:return|release|arrival|departure|discharge|graduation|retirement|appointment|election"
    r"|promotion|marriage|accession|admission|completion|resignation|recovery|acquittal|conviction|arrest|capture"
    r"|escape|liberation|enlistment|demobilisation|demobilization|qualification|ordination)[ ]"
    # Round order25: a transition noun with "of" ("On completion of the tunnel in D1", "On the death of his father"),
    # or after a possessive name ("Upon the king's death in D1").
    r"|(?:the[ ]++)?(?:completion|publication|ratification|signing|opening|closure|collapse|death|fall|defeat|surrender"
    r"|release|return|arrival|departure|retirement|resignation|election|appointment|accession|abdication|expiry)[ ]++of[ ]"
    r"|(?:the[ ]++)?[A-Za-z][\w-]*+['\u2019]s[ ]++(?:death|return|release|arrival|departure|retirement|resignation|election"
    r"|appointment|accession|abdication|surrender|defeat|collapse|completion|graduation)[ ]))")
# A date set off after its clause: "had reported, in 2006".
_SET_OFF_DATE: Final = re.compile(r",[ ]+(?:(?:in|on|during)[ ]+)?(?:the[ ]+)?$")
_SENTENCE_OPENING: Final = re.compile(r"[ \"'(]*")
# A subject that refers back to the previous sentence's event, then its verb phrase up to the connective.
_ANAPHORIC_SUBJECT: Final = re.compile(
    r"(?:That|This|The|Their|Its)[ ]+(?P<noun>[a-z][a-z-]{2,30})[ ]+(?:was|were|came|had)(?:[ ]+[a-z]+){0,3}[ ]+(?:only[ ]+)?$"
)
# Nouns that refer back to any event; another noun must repeat the earlier sentence's ("its farewell
# concert in 1986 ... The farewell came after ...").
_ANAPHORIC_NOUNS: Final = frozenset("""
decision move step change deal announcement vote ruling agreement reversal u-turn climbdown resignation
closure sale settlement event
""".split())
_CLAUSE_BREAK: Final = re.compile(r"\b(?:that|which|who|when|where|while|whereas|but|said|says|told)\b|[;:]")


def _same_family(text: str, noun: str, start: int, end: int) -> bool:
    """Whether an event word of the noun's family stands in the window ("That walkout" ... "walked out")."""
    family = _ALL_FAMILY_FORMS.get(noun)
    if family is None:
        return False
    return any(_ALL_FAMILY_FORMS.get(" ".join(found.group(0).lower().split())) == family
               for found in _FAMILY_FORM_PATTERN.finditer(text, start, end))


# ---------------------------------------------------------------------------
# Round 17: one event named twice, identified by the noun phrases themselves.  The rules above key
# a restatement by a head word of a once-only event; an event of a recurring kind (a strike, a
# flood, a treaty, an election) and an event named by two different words (treaty / accord,
# earthquake / quake, strike / walkout, crash / collision) were kept apart.  Here each explicit date
# is attached to the nearest event noun of its sentence (a date before the noun, "the 1980 treaty",
# or after it, "the treaty, signed in 1973"), the noun's phrase is read back to its determiner, and
# two phrases of one group of event nouns are one event when the later phrase says so: a demonstrative
# ("that strike"), a word that allows one instance ("only", "sole", "first", "inaugural", "maiden")
# with a definite later phrase, a capitalised name shared by the two phrases ("the Riga earthquake"
# / "the 1989 Riga earthquake"), or a definite later phrase dated by its own clause right after an
# indefinite or definite first mention.  They stay two events when the later phrase marks another
# instance ("another", "second", "next", "annual", ...), when both name different places or parties,
# and when both carry an identifying date of their own ("the 2018 Helsinki summit" / "the 1990
# Helsinki summit"), unless the later one is demonstrative.
_R17_GROUPS: Final = {
    "accord": "treaty accord pact agreement deal",
    "ceasefire": "ceasefire cease-fire truce armistice",
    "quake": "earthquake quake tremor",
    "strike": "strike walkout stoppage",
    "crash": "crash collision accident derailment pile-up",
    "title": "title championship",
    "ruling": "ruling judgment judgement verdict",
    "outbreak": "outbreak epidemic",
    "flood": "flood flooding deluge",
    "eruption": "eruption",
    "fire": "fire blaze inferno",
    "explosion": "explosion blast",
    "referendum": "referendum plebiscite",
    "election": "election by-election",
    "final": "final",
    "expedition": "expedition",
    "launch": "launch lift-off liftoff",
    "premiere": "premiere",
    "transplant": "transplant",
    "recall": "recall",
    "raid": "raid robbery heist",
    "theft": "theft",
    "voyage": "voyage",
    "ascent": "ascent",
    "festival": "festival",
    "race": "marathon half-marathon regatta",
    "concert": "concert gig recital",
    "trial": "trial",
    "exhibition": "exhibition",
    "campaign": "campaign",
    "debut": "debut",
    "storm": "hurricane typhoon cyclone storm",
    "invasion": "invasion",
    "relegation": "relegation",
    "founding": "founding",
    "discovery": "discovery find",
    "coronation": "coronation",
    "inauguration": "inauguration",
    "summit": "summit",
    "siege": "siege",
    "coup": "coup",
    "massacre": "massacre",
    "bombing": "bombing",
    "marriage": "marriage wedding",
    "victory": "victory",
    "abolition": "abolition scrapping",
    "evacuation": "evacuation exodus",
    "transfer": "transfer",
    "flotation": "flotation",
    "merger": "merger takeover acquisition buyout",
    "disaster": "disaster catastrophe tragedy",
    # Round 18: events that befall one person or one body once, told by a noun or by its verb.
    "death": "death",
    "birth": "birth",
    "resignation": "resignation",
    "arrest": "arrest",
    "conviction": "conviction",
    "acquittal": "acquittal",
    "sentencing": "sentencing",
    "retirement": "retirement",
    "graduation": "graduation",
    "closure": "closure",
    "breakup": "break-up breakup",
    "collapse": "collapse",
    "nationalisation": "nationalisation nationalization",
    "consecration": "consecration dedication",
    "appointment": "appointment",
}
# Kinds of event that news tells again and again ("the campaign", "the election"): a bare definite
# mention of one refers back only from the next sentence.
_R17_ROUTINE: Final = frozenset({"election", "campaign", "referendum", "summit", "trial", "concert", "festival"})
_R17_GROUP_OF: Final = {noun: group for group, nouns in _R17_GROUPS.items() for noun in nouns.split()}
# Verbs that tell the same events ("Two trains collided near Ludlow on ..." / "the Ludlow crash of ...").
_R17_VERB_GROUPS: Final = {
    "crash": "collided|crashed|derailed", "raid": "robbed|raided", "discovery": "discovered|found|unearthed",
    "coronation": "crowned", "inauguration": "sworn in|inaugurated", "launch": "launched|lifted off|blasted off|unveiled",
    "merger": "acquired|merged|took over", "flood": "flooded|burst its banks", "eruption": "erupted", "storm": "battered",
    "marriage": "married|wed", "ruling": "ruled", "strike": "walked out|went on strike",
    "fire": "burned down|burnt down|caught fire", "evacuation": "evacuated", "invasion": "invaded",
    "premiere": "premiered|first performed|first screened|first staged", "transfer": "signed for", "explosion": "exploded",
    "relegation": "relegated", "victory": "elected", "abolition": "abolished|scrapped",
    # Round 18 (see _R18_ONCE below): two verbs or a verb and a noun of one person's or body's once-only event.
    "death": "died|passed away", "birth": "born", "resignation": "resigned|stepped down|quit",
    "arrest": "arrested", "conviction": "convicted|found guilty", "acquittal": "acquitted",
    "sentencing": "sentenced", "retirement": "retired", "graduation": "graduated", "breakup": "broke up|split up|disbanded",
    "collapse": "collapsed", "nationalisation": "nationalised|nationalized", "consecration": "consecrated",
    "appointment": "appointed", "outbreak": "broke out", "recall": "recalled"
}
# Round 18: the kinds added above name something that happens to one person or one body; two of
# their mentions are one event only when they share a capitalised name and the later names nothing
# the earlier does not ("Ida Varga resigned on ..." / "When Ida Varga quit on ..."; never "his father
# died in 1990 ... his death in 2003"). For the kinds of _R18_ONCE, which happen once to what they
# are about, a later verb so identified retells the earlier mention too.
_R18_PERSON: Final = frozenset({"death", "birth", "resignation", "arrest", "conviction", "acquittal", "sentencing",
                                "retirement", "graduation", "appointment", "breakup", "consecration"})
_R18_ONCE: Final = frozenset({"death", "birth", "resignation", "retirement", "graduation", "breakup", "coronation",
                              "inauguration", "consecration"})
_R17_OPENINGS: Final = frozenset("""
when while after before once as although though if in on at by during since until then there it he she they we i you
one two three four five six seven eight nine ten some many most all both several few
""".split())
_R17_VERB_OF: Final = {verb: group for group, verbs in _R17_VERB_GROUPS.items() for verb in verbs.split("|")}
# A later verb retells the earlier event only for events that happen once to what they are about, and
# only with a pronoun for it: "The satellite's launch in 1990 ... It lifted off on ...".
_R17_VERB_RETELLS: Final = frozenset({"launch", "discovery", "invasion", "premiere", "coronation", "inauguration"})
_R17_PRONOUN: Final = re.compile(r"(?<![\w'\u2019-])(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he)(?![\w'\u2019-])")
_R17_REPEAT: Final = re.compile(r"(?<![\w-])(?:again|another|second|third|new|next|once[ ]more|re-?[a-z]+ed)(?![\w-])", re.IGNORECASE)
# "the disaster" may name a quake, a flood, a crash again, never the other way round.
_R17_DISASTERS: Final = frozenset({"quake", "flood", "crash", "eruption", "fire", "explosion", "storm"})
# Case-sensitive, lower-case or capitalised ("Treaty of Tallinn"): a case-blind trie costs 1.8 times as much.
_R17_NOUN: Final = re.compile(
    r"(?<![\w'\u2019-])(?:(?P<noun>" + _trie_alternation({form for noun in _R17_GROUP_OF for form in (noun, noun.capitalize())})
    + r")|(?P<verb>" + _trie_alternation({form for verb in _R17_VERB_OF for form in (verb, verb.capitalize())})
    + r"))(?![\w'\u2019-])")
_R17_DETERMINERS: Final = frozenset({"the", "a", "an", "that", "this", "its", "his", "her", "their", "our", "my", "whose"})
_R17_STOPS: Final = frozenset("""
of in on at for from to by with and or but since after before when which who that as than until during into over under
is was were are be been has had have said says
""".split()) - {"that"}
_R17_UNIQUE: Final = frozenset({"only", "sole", "first", "inaugural", "maiden", "one", "record"})
# Words that allow one instance even against two identifying dates ("its only title in 1964").
_R17_ONLY: Final = frozenset({"only", "sole", "inaugural", "maiden"})
_R17_OTHER: Final = frozenset("""
another second third fourth fifth sixth next previous earlier last latest annual each every new other recent later
subsequent prior former fresh renewed both many several some two three four five most any no
""".split())
_R17_WORD: Final = re.compile(r"[\w'\u2019-]++|[^\w\s]")
_R17_NOT_NAMES: Final = frozenset({"the", "a", "an", "that", "this", "its", "his", "her", "their", "our", "my", "hurricane",
                                   "storm", "typhoon", "cyclone", "great", "supreme", "court", "high", "v", "vs"})
# A date right after its noun, told as the noun's identifier ("the flood of 1982", "the strike in 1980").
_R17_IDENTIFYING_GAP: Final = re.compile(r"(?<![ ])[ ]++(?:of|in|from)[ ]++(?:the[ ]++)?")
# A date before its noun: "the 1980 treaty", "Hexham's 1981 flood", "the year-long 1970 strike".
_R17_PREMODIFIER_BEFORE: Final = re.compile(
    r"(?:(?<![\w'\u2019-])(?:the|a|an|that|this|its|his|her|their|our)|[A-Za-z]['\u2019]s)(?:[ ]++[a-z][a-z-]*+){0,2}+[ ]++$",
    re.IGNORECASE)
# A second clause between a noun and a later date: the date is the other clause's.
_R17_COORDINATION: Final = re.compile(r"(?<![\w-])(?:(?:and|but)[ ]++(?![A-Z])|(?:while|whereas|although|though)(?![\w-]))")
_R17_NEXT_WORD: Final = re.compile(r"(?<![ ])[ ]++([a-z]++)(?![\w'\u2019-])")
_R17_FINAL_VERBS: Final = frozenset("""
took went saw drew held began begun broke came hit struck left tore swept shook brought won lost made gave put cost ran
fell rose spread killed lasted remains remained still also itself then now there here finally later first only
say says gives give shows show suggests between among against near across through off outside inside within
""".split())
# A verb of another stage of the event between a noun and its date: "the treaty was ratified in",
# "that verdict, overturned on appeal in", "the merger, completed in" tell a later or earlier step.
_R17_STAGE: Final = re.compile(
    r"(?<![\w-])(?:ratif[a-z]*+|expir[a-z]*+|end(?:ed|s)|collaps[a-z]*+|overturn[a-z]*+|quash[a-z]*+|appeal[a-z]*+|upheld"
    r"|revers[a-z]*+|repeal[a-z]*+|renew[a-z]*+|amend[a-z]*+|extend[a-z]*+|complet[a-z]*+|finali[sz][a-z]*+|approv[a-z]*+"
    r"|implement[a-z]*+|enforc[a-z]*+|took[ ]++effect|came[ ]++into|lift(?:ed|s)|suspend[a-z]*+|resum[a-z]*+|reviv[a-z]*+"
    r"|reopen[a-z]*+|clos(?:ed|es|ing)|cancel[a-z]*+|postpon[a-z]*+|announc[a-z]*+|propos[a-z]*+|plann[a-z]*+"
    r"|demolish[a-z]*+|renovat[a-z]*+|rebuil[a-z]*+|restor[a-z]*+|investigat[a-z]*+|publish[a-z]*+|challeng[a-z]*+"
    r"|annul[a-z]*+|abandon[a-z]*+|terminat[a-z]*+|broke[ ]++down|scrapp[a-z]*+|settl[a-z]*+|commemorat[a-z]*+"
    r"|mark(?:ed|s|ing)|anniversary)(?![\w-])",
    re.IGNORECASE)
_R17_GENERIC_NAMES: Final = frozenset({"mount", "river", "lake", "saint", "st", "north", "south", "east", "west", "new", "great",
                                       "old", "city", "county", "port", "fort", "cape", "bay", "university", "national",
                                       "united", "royal", "republican", "democratic", "state", "world", "international"})
_R17_PREMODIFIER_GAP: Final = re.compile(r"(?<![ ])(?:[ ]++[A-Za-z][\w'\u2019-]*+){0,3}?[ ]++$")


class _R17Mention:
    __slots__ = ("date", "group", "noun", "start", "end", "determiner", "words", "names", "identifying")

    def __init__(self, date: _Candidate, group: str, noun: str, start: int, end: int, determiner: str,
                 words: frozenset[str], names: frozenset[str], identifying: bool) -> None:
        self.date, self.group, self.noun, self.start, self.end = date, group, noun, start, end
        self.determiner, self.words, self.names, self.identifying = determiner, words, names, identifying


def _r17_phrase(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[str, frozenset[str], frozenset[str]]:
    """The determiner, the lower-cased modifier words and the capitalised names of the noun phrase
    whose head noun spans start:end: up to four words back to a determiner (a possessive "X's"
    counts as one and gives its name), and an "of/in/at X" complement of up to four words after."""
    words: set[str] = set()
    names: set[str] = set()
    determiner = ""
    before = _R17_WORD.findall(text, max(sentence_start, start - 60), start)
    for token in reversed(before[-5:]):
        low = token.lower()
        if low in _R17_DETERMINERS:
            determiner = low
            break
        if token[-2:] in ("'s", "\u2019s") and token[:1].isupper():
            determiner = "'s"
            names.add(token[:-2].lower())
            break
        if not token[:1].isalnum() or low in _R17_STOPS:
            break
        words.add(low)
        if token[:1].isupper() and low not in _R17_NOT_NAMES and low not in _R17_GROUP_OF and not _NOT_NAMES.__contains__(low):
            names.add(low)
    if determiner == "" and before and len(before) >= 1 and before[-1][:1].isupper() is False and not words:
        determiner = ""
    after = _R17_WORD.findall(text, end, min(sentence_end, end + 50))
    if after and after[0].lower() in ("of", "in", "at", "near", "between", "on"):
        for token in after[1:5]:
            low = token.lower()
            if token[:1].isupper():
                if low not in _R17_NOT_NAMES and low not in _NOT_NAMES and not token.isdigit():
                    names.add(low)
            elif low not in ("the", "v", "vs", "and", "of"):
                break
    return determiner, frozenset(words), frozenset(names)


def _r17_mentions(context: _Context) -> list[_R17Mention]:
    text = context.text
    mentions: list[_R17Mention] = []
    dated = [candidate for candidate in context.candidates
             if candidate.absolute and candidate.kind in ("date", "month_year", "year") and not candidate.since]
    if len(dated) < 2:
        return mentions
    nouns_of: dict[int, list[re.Match[str]]] = {}
    claimed: set[int] = set()  # nouns dated by a date before them take no other date
    for index, date in enumerate(dated):
        sentence_start, sentence_end = context.sentence(date.start)
        nouns = nouns_of.get(sentence_start)
        if nouns is None:
            nouns = nouns_of[sentence_start] = [
                noun for noun in _R17_NOUN.finditer(text, sentence_start, sentence_end)
                # A noun before another noun modifies it ("the evacuation warning", "the final day of the
                # 1976 season"): the head is followed by punctuation, a function word or a verb.
                if not (noun.group("noun") is not None
                        and (after := _R17_NEXT_WORD.match(text, noun.end(), sentence_end)) is not None
                        and after.group(1) not in _R17_STOPS and after.group(1) not in _R17_FINAL_VERBS
                        and not after.group(1).endswith("ed") and after.group(1) != "that")]
        if not nouns:
            continue
        chosen: re.Match[str] | None = None
        identifying = False
        premodified: re.Match[str] | None = None
        following = [noun for noun in nouns if noun.start() >= date.end]
        if (following and following[0].start() - date.end <= 40
                and _R17_PREMODIFIER_GAP.fullmatch(text, date.end, following[0].start()) is not None
                and (premodified := _R17_PREMODIFIER_BEFORE.search(text, max(sentence_start, date.start - 40), date.start)) is not None
                and not any(word.lower() in _R17_DETERMINERS or word.lower() in _R17_STOPS
                            for word in text[date.end:following[0].start()].split())):
            chosen, identifying = following[0], True
            claimed.add(chosen.start())
        else:
            preceding = [noun for noun in nouns if noun.end() <= date.start]
            if preceding:
                noun = preceding[-1]
                gap = text[noun.end():date.start]
                previous = dated[index - 1] if index > 0 else None
                if (date.start - noun.end() <= 90 and ";" not in gap and noun.start() not in claimed
                        and _R17_COORDINATION.search(gap) is None
                        and (previous is None or previous.end <= noun.start())):
                    chosen = noun
                    identifying = _R17_IDENTIFYING_GAP.fullmatch(text, noun.end(), date.start) is not None
                    if noun.group("verb") is not None and len(preceding) > 1:
                        # Round 18: an event noun whose verb tells it happening names the event ("The fire
                        # that gutted the mill broke out on ...": a fire, not an outbreak).
                        subject = preceding[-2]
                        between = text[subject.end():noun.start()]
                        if (subject.group("noun") is not None and date.start - subject.end() <= 90 and ";" not in between
                                and ("," not in between or _R18_SUBJECT_GAP.fullmatch(between) is not None)
                                and subject.start() not in claimed
                                and _R17_COORDINATION.search(between) is None
                                and (previous is None or previous.end <= subject.start())):
                            chosen, identifying = subject, False
        if chosen is None:
            continue
        lowered = " ".join(chosen.group(0).lower().split())
        if chosen.group("verb") is not None:
            if identifying and lowered in _R17_GROUP_OF:
                continue
            # A verb's phrase is its clause up to the date: its names and any word of repetition.
            clause = text[sentence_start:date.start]
            # The clause's first word counts too unless it is a function word ("Smith was first elected").
            names = frozenset(word.lower() for word in _R17_WORD.findall(clause)
                              if word[:1].isupper() and word.lower() not in _R17_NOT_NAMES and word.lower() not in _NOT_NAMES
                              and word.lower() not in _R17_STOPS and word.lower() not in _R17_OPENINGS)
            words = frozenset({"again"} if _R17_REPEAT.search(clause) else ())
            pronoun = _R17_PRONOUN.search(clause) is not None
            mentions.append(_R17Mention(date, _R17_VERB_OF[lowered], lowered, chosen.start(), chosen.end(),
                                        "it" if pronoun else "verb", words, names, False))
            continue
        determiner, words, names = _r17_phrase(text, chosen.start(), chosen.end(), sentence_start, sentence_end)
        if identifying and premodified is not None and determiner == "":
            # "the April 29, 1990 crash": the determiner stands before the date, beyond its commas.
            first_word = premodified.group(0).split()[0].lower()
            determiner = "'s" if first_word.endswith(("'s", "\u2019s")) else first_word
        mentions.append(_R17Mention(date, _R17_GROUP_OF[lowered], lowered, chosen.start(), chosen.end(),
                                    determiner, words, names, identifying))
    return _r18_named_storms(context, dated, mentions)


# Round 18: what may stand between an event noun and its own verb across a comma: a name and a
# relative pronoun or nothing ("Hurricane Agatha, which battered ...", "The invasion, launched ...").
_R18_SUBJECT_GAP: Final = re.compile(r"(?<![ ])(?:[ ]++[A-Z][\w'\u2019-]*+){0,3}+,[ ]++(?:(?:which|that)[ ]++)?")


# Round 18: a storm is named by a given name ("Hurricane Agatha", "Typhoon Mirela") and retold by the
# name alone ("Agatha made landfall near ... on ..."). The name after a storm noun becomes one of that
# mention's names, and a later date whose clause holds the name (not followed by another capitalised
# word: "Sandy Hook" is no storm) and no event word of its own is a mention of the same storm.
_R18_STORM_NAME: Final = re.compile(r"(?<![ ])[ ]++([A-Z][a-z]++)(?![\w'\u2019-])(?![ ]++[A-Z])")


def _r18_named_storms(context: _Context, dated: list[_Candidate], mentions: list[_R17Mention]) -> list[_R17Mention]:
    text = context.text
    aliases: dict[str, _R17Mention] = {}
    for mention in mentions:
        if mention.group != "storm" or mention.determiner == "verb":
            continue
        named = _R18_STORM_NAME.match(text, mention.end)
        if named is None or named.group(1).lower() in _NOT_NAMES or named.group(1).lower() in _R17_NOT_NAMES:
            continue
        mention.names = mention.names | {named.group(1).lower()}
        aliases.setdefault(named.group(1), mention)
    if not aliases:
        return mentions
    taken = {id(mention.date) for mention in mentions}
    added: list[_R17Mention] = []
    for index, date in enumerate(dated):
        if id(date) in taken:
            continue
        sentence_start, _ = context.sentence(date.start)
        low = max(sentence_start, date.start - 90, dated[index - 1].end if index > 0 else 0)
        for name, storm in aliases.items():
            if storm.date.end > sentence_start:
                continue  # the name is retold in a later sentence
            found = None
            for found in re.finditer(rf"(?<![\w'\u2019-]){name}(?![\w'\u2019-])(?![ ]++[A-Z])", text[low:date.start]):
                pass
            if found is None:
                continue
            gap = text[low + found.end():date.start]
            if ";" in gap or _R17_COORDINATION.search(gap) is not None or _R17_NOUN.search(gap) is not None:
                continue
            added.append(_R17Mention(date, "storm", name.lower(), low + found.start(), low + found.end(), "the",
                                     frozenset(), frozenset({name.lower()}), False))
            break
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda mention: mention.date.start)


def _r17_group_between(text: str, start: int, end: int, group: str) -> bool:
    """Whether a noun or verb of the group (dated or not) stands between two mentions."""
    for match in _R17_NOUN.finditer(text, start, end):
        word = " ".join(match.group(0).lower().split())
        if _R17_GROUP_OF.get(word) == group or _R17_VERB_OF.get(word) == group:
            return True
    return False


_R18_POSSESSOR: Final = re.compile(r"(?:[A-Z][a-z]++[ ]++){1,3}+(?=[A-Z][a-z]++['\u2019]s[ ]++(?:[a-z][a-z-]*+[ ]++){0,3}+$)")


def _r18_possessor_names(text: str, mention: _R17Mention) -> frozenset[str]:
    """The given names before a possessor's surname ("Teodor Brannigan's death" gives "teodor"): the
    noun phrase reads the possessor as one word."""
    if mention.determiner != "'s":
        return frozenset()
    low = max(0, mention.start - 80)
    found = None
    for found in _R18_POSSESSOR.finditer(text, low, mention.start):
        pass
    return frozenset(word.lower() for word in found.group(0).split()) if found is not None else frozenset()


def _r18_told_twice(text: str, mentions: list[_R17Mention], first: _R17Mention, second: _R17Mention) -> bool:
    """Round 18: a definite later mention dated by its own identifier ("the explosion of 17 December
    2006", "the 1987 outbreak") retells the event an earlier mention introduced ("An explosion tore
    through ...", "Cholera broke out ...", "The earthquake that struck ...") when the two are the
    article's only mentions of their kind: no word of the kind before the first or between them, no
    other dated mention of it anywhere, the first not dated as an identifier itself, and the two in
    different sentences. Kinds that news retells routinely (elections, summits) stay apart."""
    if (not second.identifying or second.determiner != "the" or second.group in _R17_ROUTINE
            or first.determiner not in ("a", "an", "verb", "", "the") or first.identifying):
        return False
    if text.find(".", first.end, second.start) == -1:
        return False  # one sentence compares two events ("the flood in 1993 was smaller than the 2011 flood")
    if any(mention.group == second.group and mention is not first and mention is not second for mention in mentions):
        return False
    return not (_r18_heads_between(text, 0, first.start, second.group)
                or _r18_heads_between(text, first.end, second.start, second.group))


def _r18_heads_between(text: str, start: int, end: int, group: str) -> bool:
    """Whether a noun or verb of the group stands between, a noun modifying another noun not counted
    ("Fire investigators", "the accident report": they name no second event)."""
    for match in _R17_NOUN.finditer(text, start, end):
        word = " ".join(match.group(0).lower().split())
        if _R17_GROUP_OF.get(word) == group:
            after = _R17_NEXT_WORD.match(text, match.end(), end)
            if (after is not None and after.group(1) not in _R17_STOPS and after.group(1) not in _R17_FINAL_VERBS
                    and not after.group(1).endswith("ed") and after.group(1) != "that"):
                continue
            return True
        if _R17_VERB_OF.get(word) == group:
            return True
    return False


def _identified_restatements(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    mentions = _r17_mentions(context)
    if len(mentions) < 2:
        return []
    text = context.text
    slack = datetime.timedelta(days=31)
    touched = {span for spans in reported for span in spans}
    conflicts: list[DateConflict] = []
    for position, second in enumerate(mentions):
        if second.words & _R17_OTHER or "again" in second.words:
            continue
        if second.determiner in ("", "a", "an") or second.determiner == "verb" and second.group not in _R18_ONCE:
            continue
        if second.determiner == "it" and second.group not in _R17_VERB_RETELLS:
            continue
        first = None
        for earlier in reversed(mentions[:position]):
            if earlier.start >= second.start or earlier.date is second.date:
                continue
            if earlier.group == second.group or (second.group == "disaster" and earlier.group in _R17_DISASTERS):
                first = earlier
                break
        if first is None or first.date.end > second.start:
            continue
        # A name or a demonstrative identifies the event at any distance (the nearest earlier mention of
        # the group is the one taken); a one-instance word within 600 characters; a bare definite in the
        # next sentence, or further on when no word of the group stands between.
        near = second.start - first.end <= 600
        if (first.date.start, first.date.end) in touched and (second.date.start, second.date.end) in touched:
            continue
        if first.words & {"annual", "each", "every"} or (first.names - second.names and second.names - first.names):
            # Each phrase names something the other does not: "the eruption of Mount Ossery" / "of Mount Calder".
            continue
        if any(mention.start < mention.date.start and _R17_STAGE.search(text, mention.end, mention.date.start)
               for mention in (first, second)):
            continue
        if not _disjoint(first.date, second.date, slack):
            continue
        demonstrative = second.determiner in ("that", "this")
        if second.group in _R18_PERSON or second.determiner == "verb":
            # One person's event: identified by a shared name only, the later naming nothing new.
            named = (second.names | _r18_possessor_names(text, second)) - _R17_GENERIC_NAMES
            naming = first.names | _r18_possessor_names(text, first)
            if not (naming & named) or named - naming:
                continue
        elif not demonstrative:
            if first.identifying and second.identifying and not (first.words | second.words) & _R17_ONLY:
                continue
            shared = bool(first.names & second.names - _R17_GENERIC_NAMES)
            unique = bool((first.words | second.words) & _R17_UNIQUE) and (near or bool(
                # Round 18: "only", "sole", "inaugural", "maiden" hold at any distance with no mention between.
                (first.words | second.words) & _R17_ONLY and not _r17_group_between(text, first.end, second.start, second.group)))
            # The later phrase is definite (or a pronoun's verb) and its event was told in the sentence before.
            adjacent = context.sentence(first.start)[1] >= context.sentence(second.start)[0]
            introduced = (adjacent or not second.identifying and second.group not in _R17_ROUTINE
                          and not _r17_group_between(text, first.end, second.start, second.group)) and second.determiner in ("the", "'s", "its", "his", "her", "their", "it")
            if not (shared or unique or introduced or _r18_told_twice(text, mentions, first, second)):
                continue
        conflicts.append(_restated(text, second.noun, first.date, second.date))
        touched.update(((first.date.start, first.date.end), (second.date.start, second.date.end)))
    return conflicts


# --------------------------------------------------------------------------
# Round 20: one event told again by a word of the same derivation.  A verb and the noun made from
# it ("were evacuated on" / "the evacuation, dated"; "was acquitted" / "the acquittal on"; "sentenced"
# / "her sentencing"), or one event noun told twice ("the 1991 eruption" / "the eruption, a single
# blast in"), are keyed by their shared stem, not by a list of words: the stem is what remains of the
# word once an inflection or a nominal suffix is taken off.  Each side must be the only dated point
# of its sentence and be attached to that date in its own clause (a verb a few words before it, a
# noun before it or named by it: "the 1984 discovery", "the eruption of 1991"); the later side must
# be a definite noun ("the", "that", "this", a possessive) naming nothing the earlier sentence does
# not; a word of another instance ("another", "second", "previous", "annual") keeps them apart, as
# does a stage of the event between a noun and its date ("the merger was approved in").
# --------------------------------------------------------------------------

_R20_TOKEN: Final = re.compile(r"[A-Za-z][a-z'\u2019-]*+")
_R20_SUFFIXES: Final = ("ations", "ation", "itions", "ition", "ions", "ion", "ments", "ment", "ances", "ance", "ences",
                        "ence", "ures", "ure", "eries", "ery", "ings", "ing", "als", "al", "ied", "ies", "ed", "es", "s",
                        "e", "y")
# Nouns of the doer, not the deed: "the founder", "its operator", "the appointee".
_R20_AGENT: Final = ("er", "or", "ist", "ee", "ive", "ant")
# Not "-al": "presidential", "national" are adjectives; "approval", "burial" are in the lexicons.
_R20_NOMINAL: Final = ("ion", "ment", "ance", "ence", "ure", "ery", "ing")
_R20_DETERMINERS: Final = frozenset({"the", "that", "this", "its", "his", "her", "their"})
_R20_DEMONSTRATIVES: Final = frozenset({"that", "this"})
_R20_STOP: Final = _PHRASE_STOP | _NOT_EVENT_NOUNS | _GENERIC_HEADS | frozenset("""
day night morning evening date time year years record records history part place end start beginning
""".split())
# Words that make a later noun another instance, or the events recurring ones.
_R20_OTHER: Final = re.compile(
    r"(?<![\w-])(?:again|another|second|third|fourth|next|new|latest|previous|prior|earlier|later|former|subsequent|annual"
    r"|yearly|each|every|anniversary|re-[a-z]+ed|reopened|reelected|rebuilt|relaunched|reinstated|reissued|restaged"
    r"|reconvened|resumed|once[ ]more)(?![\w-])", re.IGNORECASE)
# Stages of an event between a noun and its date: the date is the stage's ("the merger was approved in").
# Read per word by its beginning (a tuple test per word, cheaper than a scan of the clause).
_R20_STAGE_PREFIXES: Final = (
    "ratif", "expir", "overturn", "quash", "appeal", "revers", "repeal", "renew", "amend", "extend", "approv", "implement",
    "enforc", "suspend", "resum", "reviv", "reopen", "cancel", "postpon", "announc", "propos", "plann", "investigat",
    "challeng", "annul", "abandon", "terminat", "scrapp", "commemorat", "remember", "report", "follow", "prompt", "caus")
_R20_STAGE_WORDS: Final = frozenset("upheld ended ends lifted lifts marked marks marking after before since until led".split())


def _r20_is_stage(word: str) -> bool:
    return word in _R20_STAGE_WORDS or word.startswith(_R20_STAGE_PREFIXES)


_R20_BREAK_WORDS: Final = frozenset("and but while whereas although though when because".split())
# Round 22: a connective's phrase dates the connective's event, not the clause's ("painted the signs ahead
# of the marathon on 5 April": the date is the marathon's).
_R20_BREAK_WORDS |= frozenset("after before ahead prior following until".split())
_R20_BREAK_MARKS: Final = (";", ":", "\"", "\u201c", "\u201d", "(", ")")
# Words after which a date is told as a time: "in", "on", "dated", "was"; a verb ("crowned July 12").
_R20_DATING_WORDS: Final = frozenset("in on during of at from around circa dated as until was were".split())


def _r20_told_as_time(text: str, low: int, start: int) -> bool:
    """Whether the words right before a date tell it as a time ("in", "on", "dated", "gives the date as",
    "date it to", a comma, a verb), not as a comparison ("similar to 2008", "up to 2010")."""
    before = text[max(low, start - 30):start]
    if before.endswith(", "):
        return True
    if before.endswith((" the ", " The ")):
        before = before[:-4]
    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    if last in _R20_DATING_WORDS or last.endswith(("ed", "ly", "wn", "ng")):
        return True
    return last == "to" and any(word.startswith("date") for word in words[-4:-1])




# Classes of meaning for one event told by words of different families: the verbs (past forms, regular
# or not) and the nouns that name the same happening to the same party. Each class is a kind of event
# that befalls its party once in the sense of a restatement (one kidnapping ends in one release, one
# firm's sale to another is one deal); the recurring checks above do not apply to them.
_R20_CLASSES: Final[dict[str, tuple[str, str]]] = {
    "release": ("freed released liberated rescued", "release freedom liberation rescue"),
    "departure": ("resigned quit departed", "resignation departure exit"),
    "retirement": ("retired", "retirement farewell"),
    "discovery": ("discovered found spotted identified unearthed detected", "discovery find detection identification"),
    "ruling": ("ruled", "ruling judgment judgement"),
    "acquittal": ("acquitted cleared", "acquittal"),
    "arrest": ("arrested detained apprehended captured", "arrest detention capture"),
    "crash": ("crashed collided derailed", "crash accident collision derailment"),
    "robbery": ("robbed raided burgled", "robbery heist raid theft burglary"),
    "breakup": ("split disbanded", "break-up breakup split disbandment"),
    "acquisition": ("acquired bought purchased", "acquisition purchase takeover buyout"),
    "launch": ("launched unveiled debuted", "launch debut unveiling"),
    "premiere": ("premiered opened", "premiere opening"),
    "appointment": ("appointed", "appointment"),
    "inauguration": ("inaugurated unveiled dedicated consecrated", "inauguration unveiling dedication consecration"),
    "collapse": ("collapsed caved burst breached", "collapse cave-in breach"),
    "independence": ("", "independence sovereignty statehood secession"),
    "closure": ("closed shut", "closure shutdown"),
    "walkout": ("", "walkout stoppage strike"),
    "vaccination": ("vaccinated immunised immunized inoculated", "vaccination immunisation immunization inoculation"),
    # Round 22: near-synonyms of one happening, verb and noun.
    "explosion": ("exploded detonated", "explosion blast detonation"),
    "verdict": ("acquitted convicted", "verdict acquittal conviction"),
    "sinking": ("sank sunk capsized foundered", "sinking capsize capsizing foundering"),
    "death": ("died perished", "death demise"),
    "wedding": ("married wed", "wedding marriage nuptials"),
    "uprising": ("rebelled revolted rioted", "uprising revolt rebellion insurrection insurgency riot"),
    "eruption": ("erupted", "eruption"),
}
# The round 22 classes leave a word's recurrence as the lexicons tell it ("exploded" may come again).
_R22_CLASSES: Final = frozenset({"explosion", "verdict", "sinking", "death", "wedding", "uprising", "eruption"})
# Round 22: phrasal verbs of the classes, read as one verb ("passed away" as "died").
_R22_PHRASAL: Final[dict[str, str]] = {
    "passed away": "death", "walked out": "walkout", "went on strike": "walkout", "downed tools": "walkout",
    "stepped down": "departure", "took office": "appointment", "sworn in": "appointment", "gave way": "collapse",
    "caved in": "collapse", "shut down": "closure", "closed down": "closure", "rose up": "uprising",
    "blew up": "explosion", "set free": "release",
    # a first performance is a debut
    "first played": "launch", "first appeared": "launch", "first performed": "launch", "first staged": "launch",
    "first ran": "launch", "first run": "launch", "first held": "launch", "first screened": "launch",
}
_R22_PHRASAL_HEADS: Final = frozenset(phrase.split()[0] for phrase in _R22_PHRASAL)
_R20_CLASS_OF: Final[dict[str, list[str]]] = {}
for _class, (_verbs, _nouns) in _R20_CLASSES.items():
    for _word in (_verbs + " " + _nouns).split():
        _R20_CLASS_OF.setdefault(_word, []).append(_class)
# Irregular past forms of the classes, read as verbs although they do not end in "-ed".
_R20_IRREGULAR: Final = frozenset(word for verbs, _ in _R20_CLASSES.values() for word in verbs.split() if not word.endswith("ed"))


# The subject of a verb told again, definite and unnamed: "the plant shut", "the show first opened",
# "the neighbour's troops invaded", "it blew".
_R20_DEFINITE_SUBJECT: Final = re.compile(
    r"(?<![\w'\u2019-])(?:(?:[Tt]he|[Ii]ts|[Tt]heir)(?:[ ]++[a-z][a-z'\u2019-]*+){1,3}?|[Ii]t|[Tt]hey)"
    r"(?:[ ]++(?:was|were|had|has|have|been|first|finally|originally|actually|eventually|only)){0,2}+[ ]++$")


_R20_PREMODIFIER_ENDINGS: Final = tuple(f"{word} " for word in ("the", "that", "this", "its", "his", "her", "their"))
_R20_PREMODIFIER_ENDINGS += tuple(ending.capitalize() for ending in _R20_PREMODIFIER_ENDINGS) + ("'s ", "\u2019s ")
_R20_LAST_TOKEN: Final = re.compile(r"(?<![A-Za-z'\u2019-])([A-Za-z][a-z'\u2019-]*+)[ ]$")
_R20_OCCURRED: Final = re.compile(r"(?<![\w-])(?:took[ ]++place|happened|occurred|(?:was|were)[ ]++held)[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
# Past forms that may follow a subject noun ("the verdict read out on", "the inquest heard that").
_R20_MORE_PAST: Final = frozenset("read heard told said says found kept left saw knew thought felt".split())


def _r20_stem(word: str) -> str:
    word = word.lower()
    for suffix in _R20_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)] + ("i" if suffix in ("ied", "ies") else "")
    return word


def _r20_same_stem(one: str, two: str) -> bool:
    if one == two:
        return True
    short, long = (one, two) if len(one) <= len(two) else (two, one)
    # "evacu" / "evacuat", not "found" / "founder": a noun of the doer is no telling of the deed.
    return (len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 2
            and not long.endswith(_R20_AGENT) and "+" not in long)


def _r20_mentions(text: str, date: _Candidate, sentence_start: int) -> list[tuple[str, str, str, bool, int]]:
    """(stem, kind "verb"/"noun", determiner, identifying, start) of each word the date attaches to."""
    found: list[tuple[str, str, str, bool, int]] = []
    low = max(sentence_start, date.start - 90)
    # "the 1984 discovery", "that 1990 stoppage", "Strand's 1982 debut": the date premodifies a noun.
    if (text.endswith(_R20_PREMODIFIER_ENDINGS, low, date.start)
            and (last := _R20_LAST_TOKEN.search(text, max(low, date.start - 40), date.start)) is not None
            and (last.group(1).lower() in _R20_DETERMINERS or last.group(1).endswith(("'s", "\u2019s")))):
        determiner = last.group(1).lower()
        determiner = determiner if determiner in _R20_DETERMINERS else "'s"
        for index, token in enumerate(_R20_TOKEN.finditer(text, date.end, min(len(text), date.end + 40))):
            word = token.group(0)
            if index > 1 or not word.islower() or word in _R20_STOP or index == 0 and token.start() != date.end + 1:
                break
            if text[token.end():token.end() + 1] == "'" and index == 0:
                break
            found.append((_r20_stem(word), "noun", determiner, "pre", token.start()))
            if text[token.end():token.end() + 1] != " ":
                break
        if found or date.kind not in ("date", "season", "part_of_period"):
            return found
        # "on the 18th of June, 1998", "in the summer of 1978": the article belongs to the date, which
        # premodifies nothing; the date is told as a time of its clause, read below.
    # Words of the date's clause before it, nearest first, up to a clause break or another date's words.
    # The date must be told as a time ("in", "on", "during", "dated", "gives the date as", "date it to"),
    # not compared ("similar to 2008", "than in 1990" stays, "up to 2010" does not).
    if not _r20_told_as_time(text, sentence_start, date.start):
        return found
    low = max(low, *(text.rfind(mark, low, date.start) + 1 for mark in _R20_BREAK_MARKS))
    tokens = [(match.start(), match.group(0)) for match in _R20_TOKEN.finditer(text, low, date.start)]
    # Round 22: a phrase set off by two commas between a noun and the predicate that dates it ("That
    # agreement, which ended a decade of skirmishes, dates from", "The revolt, crushed within a week, had
    # started on", "That merger, Penhaligon recalled, was completed on") is left out: the noun is the
    # predicate's subject, and the set-off phrase's verbs are no stage of the event.
    cut = _r22_set_off(text, low, date.start)
    if cut is not None:
        tokens = [token for token in tokens if not cut[0] < token[0] < cut[1]]
    lows = [word.lower() for _, word in tokens]
    for index in range(len(lows) - 1, -1, -1):
        if lows[index] in _R20_BREAK_WORDS:
            del tokens[:index + 1], lows[:index + 1]  # the clause after "and", "while", "when"
            break
    # Stages of the event in the clause: the last one's start.
    last_stage = -1
    for index in range(len(lows) - 1, -1, -1):
        if lows[index] in _R20_STAGE_WORDS or lows[index].startswith(_R20_STAGE_PREFIXES):
            last_stage = tokens[index][0]
            break
    first = max(0, len(tokens) - 12)
    for index in range(len(tokens) - 1, first - 1, -1):
        start, word = tokens[index]
        low_word = lows[index]
        if low_word in _R22_PHRASAL_HEADS and word.islower() and index + 1 < len(tokens):
            # Round 22: a phrasal verb of a class ("passed away", "walked out", "took office", "gave way").
            phrase = low_word
            for following in range(index + 1, min(len(tokens), index + 3)):
                if tokens[following][0] != tokens[following - 1][0] + len(tokens[following - 1][1]) + 1:
                    break
                phrase += " " + lows[following]
                event_class = _R22_PHRASAL.get(phrase)
                if event_class is not None:
                    if last_stage < start and len(tokens) - index <= 11 and "," not in text[start:date.start]:
                        found.append(("ph:" + event_class, "verb", "", "", start))
                    break
        if low_word in _R20_STOP or len(low_word) < 4 or start == last_stage or low_word.startswith(_R20_STAGE_PREFIXES):
            continue  # a stage of an event ("ratified", "approval") may come more than once
        end = start + len(word)
        if (low_word.endswith("ed") or low_word in _R20_IRREGULAR) and (word.islower() or start == sentence_start):
            # A past verb of the clause: "were evacuated on", "Founded in 1961 by".
            if last_stage >= end or len(tokens) - index > 8 or "," in text[end:date.start]:
                continue
            found.append((_r20_stem(low_word), "verb", "", "", start))
            continue
        if not word.islower() or low_word.endswith("ly") or low_word in _R20_STAGE_WORDS:
            continue
        if low_word.endswith("s") and not low_word.endswith("ss"):
            continue  # plurals count several events
        # A noun: its determiner within three words before it.
        determiner = ""
        for back in range(index - 1, max(-1, index - 4), -1):
            previous = lows[back]
            if previous in _R20_DETERMINERS or previous in ("a", "an"):
                determiner = previous
                break
            if previous.endswith(("'s", "\u2019s")):
                determiner = "'s"
                break
            if previous in _PHRASE_STOP and previous not in ("only", "first"):
                break  # Round 22: "That first ascent", like "the only final"
        if not determiner or last_stage >= end:
            continue
        compound = False
        if index + 1 < len(tokens) and tokens[index + 1][0] == end + 1:
            following = tokens[index + 1][1]
            if (following.islower() and following not in _R17_STOPS and following not in _R17_FINAL_VERBS
                    and following not in _R20_STOP and not following.endswith("ed") and following not in _IRREGULAR_PAST
                    and following not in _R20_MORE_PAST):
                # A noun before a noun modifies it ("the evacuation warning came in"), not before a time ("opening
                # night"): the pair is one compound, which meets only itself ("the housing ballot" twice).
                compound = True
        # "the presidential debate of 2016": a compound's gap is its head's own.
        gap = text[tokens[index + 1][0] + len(tokens[index + 1][1]) if compound else end:date.start]
        if cut is not None and end <= cut[0]:
            gap = text[end:cut[0]] + text[cut[1] + 1:date.start]
        # "the airlift of 1961", "the strike in 1980": a year naming which one; a plain gap ("the bailout in
        # October 1974", "the coup, staged in") names no other step of the event.
        identifying = gap.strip() if gap.strip() in ("of", "in") and date.granularity == "year" else ""
        if not identifying and all(part.lower() in _PHRASE_STOP or part in _OCCURRENCE_FORMS or part[:1].isupper()
                                   for part in _R20_TOKEN.findall(gap)):
            identifying = "plain"
        elif _R20_OCCURRED.search(gap) is not None:
            identifying = "occurred"  # "The handover of the archive took place in": the noun names an event
        stem = _r20_stem(low_word) + ("+" + tokens[index + 1][1] if compound else "")
        found.append((stem, "noun", determiner, identifying, start))
    return found


_R22_PRONOUN_BEFORE_VERB: Final = re.compile(
    r"(?<![\w'\u2019-])(?:[Ii]t|[Hh]e|[Ss]he)(?:[ ]++(?:was|were|had|has|have|been|first|last|finally|originally)){0,2}+[ ]++$")
_R22_PLACE_BEFORE: Final = re.compile(r"(?<![\w-])(?:from|in|at|near|off|outside|across|over|to|into)[ ]++(?:the[ ]++)?$")


def _r22_place_names(text: str, start: int, end: int) -> set[str]:
    """Names of places in text[start:end]: a capitalised run after "from", "in", "at", "near" ("from
    Jessop's Landing", "off the Skerry Light")."""
    places: set[str] = set()
    place = False
    previous_end = start
    for token in _R20_TOKEN.finditer(text, start, end):
        word = token.group(0)
        if word[:1].isupper():
            if place and text[previous_end:token.start()] == " " or _R22_PLACE_BEFORE.search(text, max(start, token.start() - 12), token.start()):
                places.add(word.lower().removesuffix("'s").removesuffix("\u2019s"))
                place = True
            else:
                place = False
        else:
            place = False
        previous_end = token.end()
    return places


_R22_RELATIVE_OWNER: Final = re.compile(r" of (?:his|her|their|my|our|your) ")
_R22_AGENT_PHRASE: Final = re.compile(r"[ ](?:by|at|near|off|outside|before|from)[ ]")
_R22_SET_OFF_OPENING: Final = re.compile(r",[ ]++(?:which|who|when|where|the|a|an|before|after|at|in|with|like|as|according|despite|amid|[a-z]{2,20}ed|[A-Z][a-z]++|held|made|set|shot|won|[a-z]{2,20}ing)[ ,]")
_R22_PREDICATE: Final = re.compile(
    r",[ ]++(?:(?:was|were|had|has|is|been|first|later|finally|actually|only|originally)[ ]++){0,3}+"
    r"[a-z]++[ ]++(?:[a-z]++[ ]++){0,2}+$")


def _r22_set_off(text: str, low: int, date_start: int) -> tuple[int, int] | None:
    """The commas (first, second) of a phrase set off between a noun and the short predicate that dates
    it ("The revolt, crushed within a week, had started on"), or None."""
    second = text.rfind(",", low, date_start)
    if second < 0 or _R22_PREDICATE.match(text, second, date_start) is None:
        return None
    first = text.rfind(",", low, second)
    if first < 0 or second - first > 70 or _R22_SET_OFF_OPENING.match(text, first, second + 1) is None:
        return None
    word = text[max(low, first - 30):first].split()
    if not word or not word[-1].islower() or word[-1].endswith("ed"):
        return None  # a noun before the first comma: "The revolt,"
    return first, second


def _r20_event_noun(text: str, start: int) -> bool:
    """An event noun by its form ("evacuation", "sentencing", "closure") or by the event lexicons ("flood", "coup")."""
    word = _R20_TOKEN.match(text, start)
    if word is None:
        return False
    noun = word.group(0).lower()
    # "evacuation", "closure", "opening": a suffix taken off a stem of four letters or more ("union", "nation" keep theirs)
    return (noun.endswith(_R20_NOMINAL) and _r20_stem(noun) != noun or noun in _ALL_FAMILY_FORMS or noun in _R20_CLASS_OF
            or noun in _R17_GROUP_OF or noun in _EVENT_LEMMAS)


def _r20_recurring(word: str) -> bool:
    """A word of an event one subject may undergo again: an election, a decision, a graduation, a signing."""
    word = word.lower()
    if word in _R20_CLASS_OF and not set(_R20_CLASS_OF[word]) <= _R22_CLASSES:
        return False
    lemma = _EVENT_LEMMAS.get(word)
    family = _ALL_FAMILY_FORMS.get(word)
    return (lemma in _REPEATABLE_CONCEPTS or lemma in _FIRST_ONLY_LEMMAS or lemma == "decide"
            or family is not None and family not in _ONCE_FAMILIES or _R17_GROUP_OF.get(word) in _R17_ROUTINE)


def _r20_names(text: str, start: int, end: int) -> set[str]:
    names = set()
    for token in _R20_TOKEN.finditer(text, start, end):
        word = token.group(0)
        if word[:1].isupper() and word.lower() not in _NOT_NAMES and word.lower() not in _PHRASE_STOP:
            names.add(word.lower().removesuffix("'s").removesuffix("\u2019s"))
    return names


def _r20_keys(word: str, stem: str) -> list[str]:
    """Keys under which a word meets its other tellings: its stem's first five letters, and the event
    groups, concepts and families of the lexicons above ("acquired" / "takeover", "crashed" / "accident")."""
    if stem.startswith("ph:"):
        return ["c:" + stem[3:]]  # a phrasal verb meets its class only
    keys = ["p:" + stem[:5]]
    if "+" in stem:
        return keys  # a compound ("evacuation warning") meets only itself
    word = word.lower()
    for prefix, table in (("g:", _R17_GROUP_OF), ("g:", _R17_VERB_OF), ("l:", _EVENT_LEMMAS), ("f:", _ALL_FAMILY_FORMS)):
        value = table.get(word)  # type: ignore[attr-defined]
        if value is not None:
            keys.append(prefix + value)
    keys.extend("c:" + kind for kind in _R20_CLASS_OF.get(word, ()))
    return keys


# Round 22: an event of one sentence taken up in the next by a pronoun ("It happened, survivors said, in
# May 1979", "He did it on", "It was built in 1986", "she found it in") or by a definite noun that names
# any event ("The disaster, the worst in the port's history, happened on", "the ceremony, on").
_R22_REPORTING_LEAD: Final = (
    r"(?:[A-Z][\w'\u2019-]*+(?:[ ]++[A-Z][\w'\u2019-]*+){0,2}+|[Hh]e|[Ss]he|[Tt]hey)[ ]++(?:has[ ]++|had[ ]++|have[ ]++)?"
    r"(?:said|says|recalled|recalls|insists|insisted|told[ ]++[a-z]++|maintains|maintained)(?:[ ]++that)?[ ]++")
_R22_NAMING: Final = re.compile(
    r"[ \"'\u201c(]*+(?:[Tt]he[ ]++)?[A-Z][\w'\u2019-]*+(?:[ ]++[A-Z][\w'\u2019-]*+){0,4}+,[ ]++as[ ]++"
    r"(?:[a-z]++[ ]++){0,5}?(?:known|named|called|dubbed|christened|nicknamed|remembered)(?:[ ]++[a-z]++){0,3}?,")
_R22_THE_DAY: Final = re.compile(r"(?<![\w-])the[ ]day[ ](?:that[ ]|when[ ])?(?P<clause>[^,;:\"\u201c\u201d]{3,80}+),[ ]$")


def _r22_deeds(words: list[str]) -> set[str]:
    """The deeds a run of words tells: its past verbs, the classes of its words and of its phrasal verbs."""
    lows = [word.lower() for word in words]
    deeds: set[str] = set()
    for index, word in enumerate(lows):
        if word.endswith("ed") or word in _IRREGULAR_PAST or word in _R20_IRREGULAR:
            deeds.add("v:" + _r20_stem(word))
        deeds.update("c:" + kind for kind in _R20_CLASS_OF.get(word, ()))
        if word in _R22_PHRASAL_HEADS:
            for length in (2, 3):
                kind = _R22_PHRASAL.get(" ".join(lows[index:index + length]))
                if kind is not None:
                    deeds.add("c:" + kind)
    return deeds


_R22_LEAD_ONLY: Final = re.compile(r"[ \"'\u201c(]*+" + _R22_REPORTING_LEAD)
_R22_PRONOUN_SUBJECT: Final = re.compile(
    r"[ \"'\u201c(]*+(?:" + _R22_REPORTING_LEAD + r")?(?P<pronoun>[Ii]t|[Hh]e|[Ss]he|[Tt]hey)[ ]++"
    r"(?:(?:was|were|had|has|have|first|finally|actually|originally|only)[ ]++){0,2}+(?P<verb>[a-z]++)(?![\w'\u2019-])")
_R22_GENERIC_NOUN: Final = re.compile(
    r"(?<![\w'\u2019-])(?:[Tt]he|[Tt]hat|[Tt]his)[ ]++(?P<noun>disaster|tragedy|incident|ceremony|episode"
    r"|accident|catastrophe|calamity|ordeal)(?![\w'\u2019-])")
_R22_REMEMBRANCE: Final = re.compile(r"(?<![\w-])(?:mark|commemorat|celebrat|remember|honou?r)", re.IGNORECASE)
_R22_ORDINAL: Final = re.compile(r"(?<![\w-])(?:[0-9]++(?:st|nd|rd|th)[ ](?!of[ ])[a-z]|second|third|fourth|fifth|tenth|anniversary|jubilee|centenary|centennial)(?![\w-])", re.IGNORECASE)
_R22_PRO_VERBS: Final = frozenset({"happened", "occurred", "did", "took"})
_R22_NOUN_GAP: Final = re.compile(
    r",?[ ]++(?:(?:which|that)[ ]++)?(?:(?:was|were|had|has|been|is|first|finally|actually)[ ]++){0,2}+"
    r"(?:(?:happened|occurred|took[ ]++place|held|came|began|started|struck|unfolded)[ ]*+)?,?[ ]*+"
    r"(?:(?:in|on|during)[ ]++)?(?:the[ ]++)?$")
_R22_PRONOUN_GAP_BREAKS: Final = (";", ":", " and ", " but ", " while ", " when ", " after ", " before ", " since ", " until ")


_R22_CLAUSE_BREAKS: Final = (",", ";", " that ", " which ", " who ", " when ", " and ", " but ", " while ")
_R22_NOT_EVENT_TIME: Final = re.compile(r"(?<![\w-])(?:until|till|since|by|before|after|from|to)[ ]++(?:the[ ]++)?$")


def _r22_verb_words(text: str, start: int, end: int) -> set[str]:
    """Lower-case words of the clause that ends at ``end`` (from its last break after ``start``) that may
    be its verbs ("built", "spotted", "erupted"); none when the clause ends in "until", "since", "by"."""
    if _R22_NOT_EVENT_TIME.search(text, max(start, end - 20), end) is not None:
        return set()
    start = max(start, *(text.rfind(mark, start, end) for mark in _R22_CLAUSE_BREAKS))
    return {word for word in (token.group(0) for token in _R20_TOKEN.finditer(text, start, end)) if word.islower() and len(word) > 2}


def _r22_objects(text: str, verb_start: int, end: int) -> set[str]:
    """Content words between a verb and the date of its clause ("quit smoking in": {"smoking"}), the
    verb itself, pronouns and short words left out."""
    words = [token.group(0) for token in _R20_TOKEN.finditer(text, verb_start, min(end, verb_start + 80))][1:]
    return {word for word in words if word.islower() and len(word) > 3 and word not in _PHRASE_STOP}


def _r22_other_objects(one: set[str], two: set[str]) -> bool:
    """Two deeds done to different things ("quit smoking" / "quit his job"): both told with objects, none shared."""
    return bool(one) and bool(two) and not one & two


def _r22_same_deed(first: set[str], verb: str) -> bool:
    if verb in first:
        return True
    classes = set(_R20_CLASS_OF.get(verb, ()))
    stem = _r20_stem(verb)
    for word in first:
        if classes & set(_R20_CLASS_OF.get(word, ())):
            return True
        if (word.endswith("ed") or word in _R20_IRREGULAR) and _r20_same_stem(_r20_stem(word), stem):
            return True
    return False


def _explicit_dates(context: _Context) -> list[_Candidate]:
    """The absolute dates with a written year, of a point or a part of a period (no ranges, no "since");
    computed once per article (the callers only read the list)."""
    dated = context.explicit
    if dated is None:
        dated = context.explicit = [
            candidate for candidate in context.candidates
            if candidate.absolute and candidate.year_explicit
            and candidate.kind in ("date", "month_year", "year", "part_of_period", "season") and not candidate.since]
    return dated

# Round restate18: "It began" / "It started" retells how the thing of the sentence before came into being.
_R24_BEGIN_VERBS: Final = frozenset({"began", "started"})
# Between the verb and the date: at most an aside set off by commas ("It began, organisers say, in 1985");
# "It began to crack in", "It started trading in" tell something else begun.
_R24_BEGIN_GAP: Final = re.compile(r"(?<![ ,])(?:,[ ]++[^,.;:!?\"\u201c\u201d]{1,40}+,)?+[ ]++(?:in|on)[ ]++(?:the[ ]++)?")
# A coming into being, told in the clause before the earlier date.
_R24_COMING_INTO_BEING: Final = re.compile(
    r"(?<![\w'\u2019-])(?:first[ ]++(?:run|held|staged|played|performed|raced|contested|published|broadcast|opened)"
    r"|founded|established|set[ ]++up|formed|launched|inaugurated|created)[ ]++(?:[a-z]++[ ]++){0,4}?(?:in|on)[ ]++(?:the[ ]++)?$")


# Verbs of coming into being whose subject is new by its nature ("The new library opened on ...").
_R24_COMING_VERBS: Final = frozenset({"opened", "launched", "founded", "established", "inaugurated", "built", "completed"})
_R24_SUBJECT_OPENINGS: Final = frozenset({"the", "a", "an"})


def _r24_new_subject(text: str, sentence_start: int, other: re.Match[str]) -> bool:
    """``other`` is the word "new" right after the article opening the sentence ("The new library ...")."""
    return (other.group(0).lower() == "new"
            and text[sentence_start:other.start()].strip(_R23_OPENING_MARKS).lower() in _R24_SUBJECT_OPENINGS)


def _anaphoric_retellings(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    dated = _explicit_dates(context)
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    conflicts: list[DateConflict] = []
    for index, second in enumerate(dated):
        if index == 0:
            continue
        second_start, second_end = context.sentence(second.start)
        if per_sentence.get(second_start) != 1 or (second.start, second.end) in touched:
            continue
        clause = text[second_start:second.start]
        if len(clause) > 240 or any(mark in clause for mark in _R22_PRONOUN_GAP_BREAKS):
            continue
        # "Storm Bertha, as forecasters later named it, made landfall on": a name given to the event told before.
        naming = _R22_NAMING.match(text, second_start, second.start)
        if naming is not None and _R22_PREDICATE.match(text, naming.end() - 1, second.start) is None:
            naming = None
        rest = naming.end() if naming is not None else second_start
        # The anaphor of the second sentence: keyless ones (a name given, "It happened", "The tragedy") take up
        # the dated sentence just before (other sentences may stand between, none dated); keyed ones ("the day
        # the plant shut", "It was built in") the nearest of the few before whose deed is the same.
        keyless = "named event" if naming is not None else ""
        day = _R22_THE_DAY.search(text, max(second_start, second.start - 120), second.start) if not keyless else None
        day_deeds = _r22_deeds([token.group(0) for token in _R20_TOKEN.finditer(text, *day.span("clause"))]) if day else set()
        pronoun = _R22_PRONOUN_SUBJECT.match(text, second_start, second.start) if not keyless and not day_deeds else None
        verb = ""
        if pronoun is not None:
            verb = pronoun.group("verb")
            if _r20_recurring(verb):
                verb = ""
            elif verb in _R22_PRO_VERBS or verb == "came" and text.startswith(" about", pronoun.end()):
                keyless, verb = "event", ""  # "It happened", "He did it", "It took place"
            elif not (verb.endswith("ed") or verb in _IRREGULAR_PAST or verb in _R20_IRREGULAR):
                verb = ""
        if not keyless and not day_deeds and not verb:
            noun = _R22_GENERIC_NOUN.search(text, second_start, second.start)
            if noun is not None and noun.start() - second_start <= 60:
                gap_start = noun.end()
                cut = _r22_set_off(text, gap_start - 1, second.start)
                gap = text[gap_start:cut[0]] + text[cut[1] + 1:second.start] if cut is not None and cut[0] >= gap_start else text[gap_start:second.start]
                # Set off (", on 10 January,") or told as its occurrence ("happened on"), not identified by
                # its date ("The ceremony on 3 May honoured the dead": another ceremony).
                if _R22_NOUN_GAP.match(gap) is not None and ("," in gap or len(gap.split()) > 1 or cut is not None):
                    keyless = noun.group("noun")
        if not keyless and not day_deeds and not verb:
            continue
        if (_R20_OTHER.search(text, rest, min(second_end, second.end + 25)) is not None
                or _R22_ORDINAL.search(text, second_start, second_end) is not None):
            continue  # "for a second offence", "marked its 25th year": another instance, or an anniversary
        set_off = _r22_set_off(text, second_start, second.start) or (second.start, second.start)
        if (any(_r20_is_stage(token.group(0).lower()) for token in _R20_TOKEN.finditer(text, second_start, second.start)
                if not set_off[0] < token.start() < set_off[1])
                or _R22_REMEMBRANCE.search(text, second.end, second_end) is not None):
            continue  # "was announced in", "The ceremony ... marked", "commemorated": a stage or a remembrance
        for back in range(index - 1, max(-1, index - (2 if keyless else 5)), -1):
            first = dated[back]
            first_start, first_end = context.sentence(first.start)
            if first_start == second_start or second.start - first.end > 2500:
                break
            if per_sentence.get(first_start) != 1 or (first.start, first.end) in touched:
                continue
            other = _R20_OTHER.search(text, first_start, first.end)
            if other is not None and verb in _R24_COMING_VERBS and _r24_new_subject(text, first_start, other):
                # "The new library opened on ...": new is the thing that opened, not another opening
                other = _R20_OTHER.search(text, other.end(), first.end)
            if other is not None or not _r20_told_as_time(text, first_start, first.start):
                continue  # the first date is told as the time of its clause, of one instance
            head = keyless
            names_from = rest
            if day_deeds:
                told = [token.group(0) for token in _R20_TOKEN.finditer(text, first_start, first.start)]
                if day_deeds & _r22_deeds(told):
                    head = "day"
                    names_from = day.start()  # the teller named before "the day" is no party of the event
            elif (verb in _R24_BEGIN_VERBS and pronoun.group("pronoun").lower() == "it"
                  and _R24_BEGIN_GAP.fullmatch(text, pronoun.end(), second.start) is not None
                  and _R24_COMING_INTO_BEING.search(text, max(first_start, first.start - 90), first.start) is not None):
                # "It began, organisers say, in 1985" retells a coming into being ("was first run in 1980",
                # "was founded in 1980"): told with nothing begun after the verb, only a set-off aside.  When
                # that fails, "began"/"started" still falls to the same-deed test below ("The strike began on
                # D1 ... It began on D2"), as it did before round restate18.
                head = verb
            elif verb and _r22_same_deed(_r22_verb_words(text, max(first_start, first.start - 90), first.start), verb):
                told_at = max(text.rfind(" " + word, first_start, first.start) for word in
                              _r22_verb_words(text, max(first_start, first.start - 90), first.start) if _r22_same_deed({word}, verb))
                if not _r22_other_objects(_r22_objects(text, told_at + 1, first.start), _r22_objects(text, pronoun.start("verb"), second.start)):
                    head = verb
            if not head:
                continue
            if not _disjoint(first, second, slack):
                break
            # A party named in the second clause and not in the first makes another event ("She first appeared
            # for the Orme Players on"); the names of a reporting lead ("Dunleavy has said") are the teller's,
            # and the name a naming phrase gives is the event's own.
            if _r22_new_names(text, names_from, second.start, first_start, first_end):
                break
            spans = tuple(sorted(((first.start, first.end), (second.start, second.end))))
            if spans not in reported:
                reported.add(spans)  # type: ignore[arg-type]
                touched.update(spans)
                conflicts.append(_restated(text, head, first, second))
            break
    return conflicts


# Round 22: an order told across two sentences, one event taken up in the next by a pronoun, the same
# deed or a noun of its verb. "The plant closed on 13 May. Managers had shut it only after the contract
# expired on 22 November" (the closing is after the expiry); "printed leaflets ahead of the referendum on
# March 27, 1995. The printing was finished on Feb. 28, 1996" (the printing is before the referendum);
# "The memo, dated 7 Mar 1991, led to ... He quit on 19 Jan 1991, hours after the memo was published".
_R22_CONNECTIVE: Final = re.compile(
    r"(?<![\w-])(?:(?P<after>after|following|in[ ]++response[ ]++to|in[ ]++the[ ]++wake[ ]++of|in[ ]++the[ ]++aftermath[ ]++of)"
    r"|(?P<before>before|ahead[ ]++of|prior[ ]++to|in[ ]++the[ ]++run-up[ ]++to))(?![\w-])")
_R22_WORK_SUBJECT: Final = re.compile(
    r"[ \"'\u201c(]*+(?:[Tt]he|[Tt]his|[Tt]hat)[ ]++(?P<noun>work|works|project|move|job|operation|[a-z]{3,20}ing)(?![\w'\u2019-])")
_R22_PAST_VERB: Final = re.compile(r"(?<![\w'\u2019-])[a-z]{3,20}+(?![\w'\u2019-])")


def _r22_is_past(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST or word in _R20_IRREGULAR


def _r22_retells(text: str, start: int, end: int, verbs: set[str]) -> bool:
    """Whether the clause text[start:end] takes up an event told by one of the verbs: a pronoun subject
    and the same deed ("it was closed", "He did it"), the same deed done to "it" ("had shut it"), or a
    definite noun of the verb ("The printing" for "printed") or of any work ("The work")."""
    pronoun = _R22_PRONOUN_SUBJECT.match(text, start, end)
    if pronoun is not None:
        verb = pronoun.group("verb")
        if verb in _R22_PRO_VERBS or _r22_is_past(verb) and _r22_same_deed(verbs, verb):
            return True
    subject = _R22_WORK_SUBJECT.match(text, start, end)
    if subject is not None:
        noun = subject.group("noun")
        if not noun.endswith("ing"):
            return True
        stem = _r20_stem(noun)
        return any(_r22_is_past(verb) and _r20_same_stem(_r20_stem(verb), stem) for verb in verbs)
    for match in _R22_PAST_VERB.finditer(text, start, end):
        if text.startswith(" it", match.end()) and not text[match.end() + 3:match.end() + 4].isalpha():
            return _r22_is_past(match.group(0)) and _r22_same_deed(verbs, match.group(0))
    return False


def _r22_new_names(text: str, start: int, end: int, first_start: int, first_end: int) -> bool:
    """Whether text[start:end] names a party (not a place, not its opening word, not a reporting lead's
    teller) that text[first_start:first_end] does not: then it tells of another party's event."""
    lead = _R22_LEAD_ONLY.match(text, start, end)
    names = _r20_names(text, lead.end() if lead is not None else start, end)
    names -= _r22_place_names(text, start, end)
    opening = _R20_TOKEN.search(text, start, end)
    if opening is not None:
        names.discard(opening.group(0).lower())
    return bool(names - _r20_names(text, first_start, first_end))


def _r22_retold_order(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    dated = [candidate for candidate in candidates
             if candidate.year_explicit and candidate.kind in ("date", "month_year", "year", "part_of_period", "season")]
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    conflicts: list[DateConflict] = []
    for first, second in zip(dated, dated[1:]):
        first_start, first_end = context.sentence(first.start)
        second_start, second_end = context.sentence(second.start)
        # Sentences without dates may stand between the two (the dates are consecutive).
        if (first_start == second_start or second_start - first_end > 2500 or per_sentence.get(first_start) != 1
                or per_sentence.get(second_start) != 1):
            continue
        if first.start - first_start > 240 or second.start - second_start > 240:
            continue
        if (_R22_CONNECTIVE.search(text, first_start, first.start) is None
                and _R22_CONNECTIVE.search(text, second_start, second_end) is None):
            continue  # no connective before the first date nor in the second sentence
        if (_R20_OTHER.search(text, first_start, first_end) is not None
                or _R20_OTHER.search(text, second_start, second_end) is not None):
            continue
        main = event = None
        relation = ""
        # The connective in the second sentence, before its date.
        connective = None
        for connective in _R22_CONNECTIVE.finditer(text, second_start, second.start):
            pass
        if connective is not None and second.start - connective.end() <= 90 and not any(
                mark in text[connective.end():second.start] for mark in (";", ":", ",")):
            verbs = _r22_verb_words(text, max(first_start, first.start - 90), first.start)
            if (_r20_told_as_time(text, first_start, first.start) and _r22_retells(text, second_start, connective.start(), verbs)
                    and not _r22_new_names(text, second_start, connective.start(), first_start, first_end)):
                main, event, relation = first, second, "after" if connective.group("after") else "before"
        if main is None:
            # The connective in the first sentence, before its date; the second dates the main event.
            connective = None
            for connective in _R22_CONNECTIVE.finditer(text, first_start, first.start):
                pass
            if (connective is not None and first.start - connective.end() <= 90
                    and not any(mark in text[connective.end():first.start] for mark in (";", ":", ","))
                    and _R22_CONNECTIVE.search(text, second_start, second.start) is None
                    and _r20_told_as_time(text, second_start, second.start)):
                verbs = _r22_verb_words(text, max(first_start, connective.start() - 90), connective.start())
                if (_r22_retells(text, second_start, second.start, verbs)
                        and not _r22_new_names(text, second_start, second.start, first_start, first_end)):
                    main, event, relation = second, first, "after" if connective.group("after") else "before"
        if main is None:
            # "quit on 19 Jan 1991, hours after the memo was published": the second sentence's date is its
            # main clause's, and the connective's event is a noun dated in the first sentence.
            connective = _R22_CONNECTIVE.search(text, second.end, second_end)
            if connective is not None and connective.start() - second.end <= 40 and text.startswith(" the ", connective.end()):
                noun = _R20_TOKEN.match(text, connective.end() + 5)
                if noun is not None and noun.group(0).islower() and len(noun.group(0)) > 3:
                    stem = _r20_stem(noun.group(0))
                    if any(mention[1] == "noun" and mention[2] in _R20_DETERMINERS and _r20_same_stem(mention[0], stem)
                           for mention in _r20_mentions(text, first, first_start)):
                        main, event, relation = second, first, "after" if connective.group("after") else "before"
        if main is None or event is None:
            continue
        assert main.earliest and main.latest and event.earliest and event.latest
        violated = main.latest < event.earliest if relation == "after" else main.earliest > event.latest
        if violated:
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(main, text)} is said to come {relation} {_describe(event, text)} "
                f"(\"{connective.group(0) if connective is not None else relation}\"), but the dates put it "
                f"{'before' if relation == 'after' else 'after'}",
            ))
    return conflicts


# Round 22: an event told as after a death ("published posthumously in 1992" after "died in 1996"), and
# a sentence narrated as the next step by its subject's "then", "later", "subsequently" ("He then spent
# a season at the club before retiring on 2 March 2005" after "left the club on 10 June 2011").
_R22_DEATH_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:died|death|killed|passed[ ]away|murdered|executed|perished)(?![\w-])[^.;:!?]{0,30}+$")
_R22_FRONTED_BEFORE: Final = re.compile(
    r"[ \"'\u201c(]*+(?P<connective>[Pp]rior[ ]to|[Bb]efore|[Aa]head[ ]of|[Ii]n[ ]the[ ]run-up[ ]to)[ ]")
_R22_PLUPERFECT_BEFORE: Final = re.compile(
    r"(?<![\w-])had[ ]++(?:been[ ]++)?(?:[a-z]++ly[ ]++)?[a-z]{3,20}+(?:[ ]++(?![0-9])[A-Za-z][\w'\u2019-]*+){0,4}?[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?$")
_R22_OTHER_CLAUSE: Final = re.compile(r"[,;:()]|(?<![\w-])(?:had|and|but|while|which|that|who)(?![\w-])")
_R22_NARRATED_OPENING: Final = re.compile(
    r"[ \"'\u201c(]*+(?:He|She|They|It|The[ ]++[a-z]++|[A-Z][a-z]++(?:[ ]++[A-Z][a-z'\u2019-]++){0,2}+)[ ]++"
    r"(?:then|later|subsequently|eventually|afterwards)[ ]++(?!on|that|than|said|says|told|recalled|wrote)")
_R22_NOT_NARRATED: Final = re.compile(r"(?<![\w-])(?:had|since|who|which|whose|that|said|says|recalled|wrote|after|following|ago|previously|earlier)(?![\w-])|[\"\u201c\u201d;:(]")


# Round order24: a date that names a thing rather than timing the clause: after "the N of" ("Geologists later
# blamed the landslide of 12 May 1969 on rain": "later" times the blaming, not the landslide), or between a
# determiner and its noun ("later blamed the 1969 landslide").  Nouns of a part of a time ("the end of", "the
# spring of") still time the clause.
_O24_NOUN_OF: Final = re.compile(
    r"(?<![\w-])(?:the|a|an|its|his|her|their|this|that)[ ]++(?:[a-z][\w'-]*+[ ]++){0,2}?(?P<noun>[a-z][\w'-]*+)[ ]++of[ ]++$")
_O24_PREMODIFIER: Final = re.compile(r"(?<![\w-])(?P<word>[a-z]++)[ ]++(?:the|its|his|her|their)[ ]++$")
_O24_TIME_PARTS: Final = frozenset("""
end start beginning middle close turn course half quarter part rest remainder spring summer autumn fall winter
week weeks month months year years day days night morning evening afternoon date dates time period eve height
""".split())
_O24_TIME_PREPOSITIONS: Final = frozenset("in on at during by from until till since around about circa before after of to".split())


# The sequencers that time a clause (not a noun phrase, as "before the summit of D" does).
_O24_SEQUENCERS: Final = frozenset("""
then|later|subsequently|afterwards|thereafter|eventually|and subsequently|and later|and then|went on to|going on to
in the end|ultimately
""".replace("\n", "|").strip("|").split("|"))


def _o24_dates_a_noun(text: str, low: int, date: _Candidate) -> bool:
    """Whether ``date`` (after ``low``) is attached to a noun phrase ("the landslide of D", "the D landslide")."""
    window = max(low, date.start - 60)
    noun_of = _O24_NOUN_OF.search(text, window, date.start)
    if noun_of is not None:
        return noun_of.group("noun") not in _O24_TIME_PARTS
    premodifier = _O24_PREMODIFIER.search(text, window, date.start)
    return (premodifier is not None and premodifier.group("word") not in _O24_TIME_PREPOSITIONS
            and date.kind in ("year", "date", "month_year") and re.match(r"[ ]++[a-z]", text[date.end:date.end + 3]) is not None)


def _r22_narrated_order(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    dated = [candidate for candidate in candidates
             if candidate.year_explicit and candidate.kind in ("date", "month_year", "year", "part_of_period", "season")]
    position = text.find("posthumous")
    if position != -1:
        starts = [candidate.start for candidate in dated]
        while position != -1:
            index = bisect.bisect_left(starts, position)
            sentence_start, sentence_end = context.sentence(position)
            after = dated[index] if index < len(dated) else None
            if after is None or after.start >= sentence_end or after.start - position > 40:
                after = dated[index - 1] if index > 0 and dated[index - 1].start >= sentence_start and position - dated[index - 1].end <= 40 else None
            if after is not None and _R22_OTHER_CLAUSE.search(
                    text, min(after.end, position), max(after.start, position)) is not None:
                after = None  # "published posthumously, had been finished in 1985": another clause's date
            if after is not None:
                for back in range(bisect.bisect_left(starts, after.start) - 1, max(-1, bisect.bisect_left(starts, after.start) - 4), -1):
                    death = dated[back]
                    if after.start - death.end > 1500:
                        break
                    if _R22_DEATH_BEFORE.search(text, max(0, death.start - 40), death.start) is not None:
                        assert death.earliest and after.latest
                        if after.latest < death.earliest:
                            conflicts.append(DateConflict(
                                "order_violation", ((death.start, death.end), (after.start, after.end)),
                                f"{_describe(after, text)} is told as posthumous, but the death is dated "
                                f"{_describe(death, text)}, after it",
                            ))
                        break
            position = text.find("posthumous", position + 10)
    for first, second in zip(dated, dated[1:]):
        first_start, first_end = context.sentence(first.start)
        second_start, second_end = context.sentence(second.start)
        if first_start != second_start:
            pass
        elif (second_start == first_start and first.start - first_start <= 120
              and (fronted := _R22_FRONTED_BEFORE.match(text, first_start, first.start)) is not None
              and "," not in text[fronted.end():first.start] and "," in text[first.end:second.start]
              and _R22_PLUPERFECT_BEFORE.search(text, max(first.end, second.start - 60), second.start) is not None):
            # "Prior to the reopening on 24 October 1945, engineers cleared a landslip that had blocked it on
            # 15 June 1948": what had happened before the main event happened before the fronted date too.
            assert first.latest and second.earliest
            if second.earliest > first.latest:
                conflicts.append(DateConflict(
                    "order_violation", ((first.start, first.end), (second.start, second.end)),
                    f"{_describe(second, text)} is told as before the main event (\"had\"), which comes "
                    f"\"{fronted.group('connective')}\" {_describe(first, text)}, but the dates put it after",
                ))
            continue
        if second_start - first_end > 2500 or second.start - second_start > 200:
            continue
        opening = _R22_NARRATED_OPENING.match(text, second_start, second.start)
        if opening is None or _R22_NOT_NARRATED.search(text, opening.end(), second.start) is not None:
            continue
        if not _r20_told_as_time(text, second_start, second.start) or _R20_OTHER.search(text, second_start, opening.start()) is not None:
            continue
        if _o24_dates_a_noun(text, opening.end(), second):
            continue
        assert first.earliest and second.latest
        if second.latest < first.earliest:
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(second, text)} is narrated as later (\"{opening.group(0).split()[-1]}\") than "
                f"{_describe(first, text)}, but the dates put it before",
            ))
    return conflicts


def _derived_restatements(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    dated = _explicit_dates(context)
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    dated_starts = [candidate.start for candidate in dated]
    # key -> earlier mentions: (date, sentence start, sentence end, kind, stem, identifying, event noun, word, its start)
    earlier: dict[str, list[tuple[_Candidate, int, int, str, str, bool, bool, str, int]]] = {}
    conflicts: list[DateConflict] = []
    for date in dated:
        sentence_start, sentence_end = context.sentence(date.start)
        if per_sentence.get(sentence_start, 0) != 1:
            continue
        mentions = _r20_mentions(text, date, sentence_start)
        if not mentions:
            continue
        words = [_R20_TOKEN.match(text, start).group(0) for *_, start in mentions]  # type: ignore[union-attr]
        other = None
        for (stem, kind, determiner, identifying, start), word in zip(mentions, words):
            if kind == "noun" and determiner not in _R20_DETERMINERS and determiner != "'s":
                continue
            matches: dict[int, tuple[_Candidate, int, int, str, str, bool, bool, str, int]] = {}
            for key in _r20_keys(word, stem):
                for entry in earlier.get(key, ())[-8:]:
                    if entry[1] == sentence_start or date.start - entry[0].end > 6000:
                        continue
                    if key.startswith("p:") and not _r20_same_stem(entry[4], stem):
                        continue
                    matches[entry[0].start] = entry
            if len(matches) != 1:
                continue  # none, or a stem dated twice before: a series
            if other is None:
                # Words of another instance before the date ("another", "the second"), or "again" after it; a
                # "later" after the date is the clause's next step ("the coup, staged in 1985, were later granted").
                window = text[max(sentence_start, min(start for *_, start in mentions) - 40):date.end]
                other = _R20_OTHER.search(window) is not None or "again" in text[date.end:min(sentence_end, date.end + 12)]
            if other:
                break
            if kind == "verb" and _r20_recurring(word):
                continue
            event = _r20_event_noun(text, start)
            if _r20_recurring(word) and determiner not in _R20_DEMONSTRATIVES:
                continue  # "His election in 2010", "Halloran's decision in 2013": one of several, unless "that"
            if _OTHER_OWNER_BEFORE.search(text, max(sentence_start, start - 40), start) is not None:
                continue  # "Her son's graduation": another owner's event
            if kind == "noun" and _R22_RELATIVE_OWNER.match(text, start + len(word)) is not None:
                continue  # Round 22: "the wedding of her daughter": another person's event
            first, first_start, first_end, first_kind, _, first_identifying, first_event, first_word, first_at = next(iter(matches.values()))
            if _r20_recurring(first_word) and determiner not in _R20_DEMONSTRATIVES:
                continue
            if (first_kind == "noun" and first_identifying not in ("", "plain") and identifying not in ("", "plain")
                    and determiner not in _R20_DEMONSTRATIVES):
                continue  # "the 2018 summit" / "the summit of 2023": two of a kind
            # An event noun by form or lexicon, or one the first mention identifies by its date ("the 1969 bailout").
            named_by_date = first_identifying in ("pre", "of", "occurred") and identifying in ("plain", "pre", "of", "occurred")
            if first_kind == "noun" and not ((first_event or named_by_date) and (event or named_by_date or kind == "verb")):
                continue  # two mentions of "the moon": a thing, not an event, unless a verb tells it
            if not _disjoint(first, date, slack):
                continue
            if (first.start, first.end) in touched and (date.start, date.end) in touched:
                continue
            names_end = min(sentence_end, max(date.end, start + len(word) + 30))
            # Round 22: names in a phrase of the agent or the place after the word ("The conviction, handed
            # down by the Harrowgate court on") are no other owner of the event.
            agent = _R22_AGENT_PHRASE.search(text, start + len(word), names_end)
            if agent is not None:
                names_end = agent.start()
            # Nor are names past the clause of the date ("that degree in 1990, she joined Tidewell").
            clause_end = text.find(",", max(date.end, start + len(word)), names_end)
            if clause_end != -1:
                names_end = clause_end
            names_start = max(sentence_start, min(start, date.start) - 40)
            names = _r20_names(text, names_start, names_end)
            if names:
                # Round 22: places ("set out from Jessop's Landing") and the names of a set-off reporting
                # phrase ("That merger, Penhaligon recalled, was completed") own no event.
                names -= _r22_place_names(text, names_start, names_end)
                set_off = _r22_set_off(text, sentence_start, date.start)
                if set_off is not None:
                    names -= _r20_names(text, set_off[0], set_off[1])
            opening = _R20_TOKEN.search(text, sentence_start, sentence_end)
            if opening is not None and (after := _R20_TOKEN.match(text, opening.end() + 1)) is not None and after.group(0).islower():
                # A capital opening the sentence before a lower-case word is any word ("Veterans of the landing"),
                # not a name ("Lisa Dane, his widow", "Strand's debut").
                names.discard(opening.group(0).lower())
            else:
                opening = None
            if names - _r20_names(text, first_start, first_end):
                continue  # "Smith's resignation in 2010": another owner's
            clause_names = _r20_names(text, sentence_start, date.start)
            if opening is not None:
                clause_names.discard(opening.group(0).lower())
            if (kind == "verb" and not clause_names and first_kind == "noun" and first_event
                    and _R20_DEFINITE_SUBJECT.search(text, max(sentence_start, start - 40), start) is not None):
                pass  # "the 1970 invasion ... When the troops invaded in 1966": a definite subject, no new party
            elif (kind == "verb" and first_kind == "verb" and not clause_names and 0 <= sentence_start - first_end <= 2500
                  and bisect.bisect_left(dated_starts, sentence_start) - bisect.bisect_left(dated_starts, first_end) == 0
                  and not _r22_other_objects(_r22_objects(text, first_at, first.start), _r22_objects(text, start, date.start))
                  and _R22_PRONOUN_BEFORE_VERB.search(text, max(sentence_start, start - 40), start) is not None
                  and _R20_OTHER.search(text, sentence_start, sentence_end) is None
                  and _R22_ORDINAL.search(text, sentence_start, sentence_end) is None):
                pass  # Round 22: "Corrigan Metals was founded in 2008. ... it was founded in 2009": the next sentence's pronoun
            elif kind == "verb" and not (names and clause_names <= _r20_names(text, first_start, first_end)):
                continue  # a verb told again identifies its event only by the same named party ("which the Driftwood Choir recorded in")
            if (_R20_OTHER.search(text, max(first_start, min(first_at, first.start) - 40), first.end)
                    or "again" in text[first.end:min(first_end, first.end + 12)]):
                continue
            spans = tuple(sorted(((first.start, first.end), (date.start, date.end))))
            if spans in reported:
                continue
            reported.add(spans)  # type: ignore[arg-type]
            touched.update(spans)
            conflicts.append(_restated(text, (word if kind == "noun" or first_kind != "noun" else first_word).lower(), first, date))
            break
        for (stem, kind, determiner, identifying, start), word in zip(mentions, words):
            entry = (date, sentence_start, sentence_end, kind, stem, identifying, kind == "noun" and _r20_event_noun(text, start), word, start)
            for key in _r20_keys(word, stem):
                earlier.setdefault(key, []).append(entry)
    return conflicts

_THIRD_WORD: Final = re.compile(r"\s*+\S++\s++\S++\s++(?=\S)")


def _third_word_start(text: str, sentence_start: int, sentence_end: int, cache: dict[int, int]) -> int:
    """Where the sentence's third word starts (its end if it has fewer words), cached per sentence:
    ``len(text[sentence_start:position].split()) <= 2`` exactly when ``position`` is at most this
    (for a position in the sentence), without splitting the sentence for each position."""
    start = cache.get(sentence_start)
    if start is None:
        third = _THIRD_WORD.match(text, sentence_start, sentence_end)
        start = cache[sentence_start] = third.end() if third is not None else sentence_end
    return start


def _opening_end(text: str, sentence_start: int, cache: dict[int, int]) -> int:
    """Where the sentence's first word starts, after opening quotes, brackets and spaces."""
    end = cache.get(sentence_start)
    if end is None:
        opening = _SENTENCE_OPENING.match(text, sentence_start)
        end = cache[sentence_start] = opening.end() if opening is not None else sentence_start
    return end


# Round order19: "X on D1, and Y did not happen until D2": the negated clause with "until" tells that Y came
# only at D2, after the event just told ("burst its banks on D1, and the water did not recede until D2"; "; it
# was not until D2 that ..."). Past simple only: the pluperfect ("had not played until 1999") looks back
# before D1, and a modal or plan ("will not reopen until") tells nothing that happened.
_O19_NOT_UNTIL: Final = re.compile(
    r"(?<![ ,])[ ]*+(?:,[ ]*+)?(?:(?:and|but)|;)[ ]++(?:[\w'-]++[ ]++){0,5}?"
    r"(?:did[ ]++not|didn't|did[ ]++n't|was[ ]++not|wasn't|were[ ]++not|weren't)[ ]++(?:[\w'-]++[ ]++){0,5}?"
    r"until[ ]++(?:(?:on|in)[ ]++)?(?:the[ ]++)?"
    # "..., and its wreckage was only found on D2": "only" with a verb of finding or disclosure is "not until".
    r"|(?<![ ,])[ ]*+(?:,[ ]*+)?(?:(?:and|but)|;)[ ]++(?:[\w'-]++[ ]++){0,4}?(?:was|were)[ ]++only[ ]++"
    r"(?:found|discovered|recovered|located|traced|identified|uncovered|revealed|detected|noticed|reported|made[ ]++public)"
    r"[ ]++(?:(?:[\w'-]++[ ]++){0,3}?(?:on|in)[ ]++)(?:the[ ]++)?")
# Round order19: the inverted main clause after a fronted "Only after ...": "... in D1 did the club sign".
_O19_INVERSION: Final = re.compile(r"(?<![ ])[ ]++(?:did|was|were|could|would)[ ]++(?:the[ ]++|its[ ]++|his[ ]++|her[ ]++|their[ ]++|[A-Z][\w'-]*+[ ]++)")
# A relative clause on the main clause's object telling its arrival, the main event itself ("sign Y, who
# arrived in D2"), not another event of the object ("who was born in", "which opened in").
_O19_ARRIVAL_RELATIVE: Final = re.compile(
    r",[ ]++who[ ]++(?:arrived|joined|came|moved|started|began|took[ ]++up[ ]++(?:the|his|her)[ ]++(?:post|job|role))"
    r"(?:[ ]++(?:at|from|in|with)[ ]++(?:the[ ]++)?[A-Z][\w'-]*+(?:[ ]++[A-Z][\w'-]*+){0,2})?[ ]++(?:in|on)[ ]++(?:the[ ]++)?(?=\w)")
# Round order19: a state that runs from after one event until another ("kept performing after her diagnosis in
# D1 until her final concert in D2"): the second date ends the span that the first opens.
_O19_AFTER_LEAD: Final = re.compile(
    r"(?<![\w-])after[ ]++(?:(?:the|his|her|its|their)[ ]++)?(?:[a-z][\w'-]*+[ ]++){0,3}?(?:in|on|of)[ ]++(?:the[ ]++)?$")
_O19_UNTIL_GAP: Final = re.compile(
    r"(?<![ ,])[ ]++(?:until|till)[ ]++(?:(?:the|his|her|its|their)[ ]++(?:[a-z][\w'-]*+[ ]++){0,3}?(?:in|on|of)[ ]++)?(?:the[ ]++)?")
_O19_QUOTE: Final = re.compile(r"[\"\u201c\u201d]")


def _o19_not_until_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        first, second = candidates[index - 1], candidates[index]
        if (second.start - first.end > 120 or first.kind == "range" or second.kind == "range"
                or not first.year_explicit or not second.year_explicit):
            continue
        if first.earliest is None or second.latest is None or not second.latest < first.earliest:
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if _O19_NOT_UNTIL.fullmatch(text, first.end, second.start) is None and (
                _O19_UNTIL_GAP.fullmatch(text, first.end, second.start) is None
                or _O19_AFTER_LEAD.search(text, max(sentence_start, first.start - 60), first.start) is None):
            continue
        if second.start >= sentence_end:
            continue
        if (_SCOPE_DATED_BY.search(text, max(sentence_start, first.start - 24), first.start) is None
                or _SCOPE_FUTURE.search(text, sentence_start, second.end) is not None
                or _O19_QUOTE.search(text, sentence_start, second.end) is not None
                or _STAGE_OTHER_INSTANCE.search(text, first.end, second.start) is not None):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} is told as coming after {_describe(first, text)} (\"until\"), yet it is earlier",
        ))
    return conflicts


def _o21_parallel_connective(text: str, connective: str, low: int, main_start: int) -> bool:
    """Whether a connective of the same sense as ``connective`` governs the main side's date (between ``low`` and
    ``main_start``): the two are parallel phrases, each with its own date, not the main event's time."""
    word = " ".join(connective.lower().split())
    if _CONNECTIVE.fullmatch(connective) is None:
        return False
    prior = None
    for prior in _CONNECTIVE.finditer(text, low, main_start):
        pass
    return prior is not None and (" ".join(prior.group(0).lower().split()) in _AFTER_WORDS) == (word in _AFTER_WORDS)


def _order_violations(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = [candidate for candidate in context.candidates if candidate.absolute and not candidate.since]
    conflicts: list[DateConflict] = []
    # Per-sentence facts, cached so that many dates in one very long "sentence"
    # (text without punctuation) do not rescan it for each date.
    first_word: dict[int, int] = {}
    hypothetical: dict[int, re.Match[str] | None] = {}
    for index, subordinate in enumerate(candidates):
        sentence_start, sentence_end = context.sentence(subordinate.start)
        low = max(sentence_start, subordinate.start - 45)
        if index > 0:
            low = max(low, candidates[index - 1].end)
        connective = None
        for connective in _CONNECTIVE.finditer(text, low, subordinate.start):
            pass
        if connective is None:
            # "only after the government improved its pay offer in 1993": a clause, further back.
            far = max(sentence_start, subordinate.start - 70, candidates[index - 1].end if index > 0 else 0)
            if far < low:
                # A connective starting before ``low`` (none starts after it) is at most 30 characters long.
                for connective in _CONNECTIVE.finditer(text, far, min(subordinate.start, low + 30)):
                    pass
        initial = False
        if (connective is None and subordinate.start - sentence_start <= 95
                and (index == 0 or candidates[index - 1].start < sentence_start)):
            # A connective opening the sentence governs a longer clause than the window above:
            # "By the time the Wyvenhoe Folk Museum opened in 1965, ...", "Weeks after ...".
            opening = _opening_end(text, sentence_start, first_word)
            lead = (_OPENING_LEAD.match(text, opening, subordinate.start)
                    if opening < subordinate.start and text[opening:opening + 1] not in _NOT_OPENING_INITIALS
                    and not text.startswith("The ", opening) else None)
            start = lead.end() if lead is not None else opening
            if start < subordinate.start and text[start:start + 1] in _CONNECTIVE_INITIALS and not text.startswith("The ", start):
                connective = _CONNECTIVE.match(text, start, subordinate.start)
                if connective is None and text[start:start + 1] in "OoAa":
                    connective = _OPENING_CONNECTIVE.match(text, start, subordinate.start)
            elif lead is None and start == opening and text.startswith("Having", start):
                connective = _OPENING_HAVING.match(text, start, subordinate.start)
            elif lead is None and text[start:start + 1] in "Ww":
                connective = _OPENING_WHEN.match(text, start, subordinate.start)
            if connective is None and lead is None and start == opening and text[start:start + 1] in "OU":
                connective = _O22_OPENING_ON.match(text, start, subordinate.start)
            initial = connective is not None
        if connective is None:
            continue
        # The date governed by the connective follows it closely ("after the 2018 summit"),
        # or ends the short clause it introduces ("after the government improved its offer in 1993").
        between = text[connective.end():subordinate.start]
        if "," in between:
            set_off = _SET_OFF_DATE.search(between, max(0, len(between) - 24))
            if set_off is not None:
                between = between[:set_off.start()]
        limit = 5 if _CLAUSE_BREAK.search(between) else 8
        if (limit == 8 and text.startswith(",", subordinate.end)
                and (initial or connective.start() == _opening_end(text, sentence_start, first_word))):
            # Round 19: a connective opening the sentence governs its whole fronted phrase, up to the
            # comma right after the date ("Following the merger of A and B in October 1988, ...").
            limit = 14
        if "," in between or len(between.split()) > limit:
            continue
        word = " ".join(connective.group(0).lower().split())
        opening = _opening_end(text, sentence_start, first_word)
        if not initial and opening < connective.start() <= opening + 30:
            lead = _OPENING_LEAD.match(text, opening, connective.start())
            initial = lead is not None and lead.end() == connective.start()
        if word.startswith(("by the time", "when")) and "had" not in text[subordinate.end:sentence_end]:
            continue  # "by the time X, Y had (already) happened": the pluperfect orders them
        main: _Candidate | None = None
        if index > 0 and candidates[index - 1].start >= sentence_start:
            main = candidates[index - 1]
            gap = text[main.end:connective.start()]
            if len(gap.split()) > 8 or _CLAUSE_BREAK.search(gap):
                main = None
            else:
                # Round order21: the main date governed by a connective of the same sense is that phrase's own
                # date, and the second phrase runs parallel to it ("came before parliament in 2003 and before
                # the senate in 2001", "finished before Lund in 2008 and ahead of him in 2006"): places or
                # ranks, or two dated things, not the main event's time.
                if _o21_parallel_connective(text, connective.group(0), max(sentence_start, main.start - 45,
                                                                           candidates[index - 2].end if index > 1 else 0), main.start):
                    main = None
        elif index > 0 and (anaphor := _ANAPHORIC_SUBJECT.match(
                text, _opening_end(text, sentence_start, first_word), connective.start())) is not None:
            # "The union called off its ban in February 1991. That decision was taken only after
            # ... in 1993": the anaphoric subject is the event of the sentence before.
            previous = candidates[index - 1]
            noun = anaphor.group("noun")
            if previous.start < sentence_start and sentence_start - previous.end <= 1500 and (
                    noun in _ANAPHORIC_NOUNS
                    or _same_family(text, noun, max(0, previous.start - 120), previous.start)
                    or re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", text[max(0, previous.start - 120):previous.start]) is not None):
                main = previous
        if (main is None and not initial and opening < connective.start() and index + 1 < len(candidates)
                and candidates[index + 1].start < sentence_end
                and _TRAILING_SET_OFF.fullmatch(text, subordinate.end, candidates[index + 1].start) is not None
                and text[candidates[index + 1].end:candidates[index + 1].end + 1] in ".,;:)"):
            # "She left the party before its bitter 2010 split, in 2013.": the set-off date is the main clause's.
            main = candidates[index + 1]
        if main is None and (initial or opening >= connective.start()):
            # Sentence-initial "After the 2018 summit, ..." governs the next clause.
            following = candidates[index + 1].start if index + 1 < len(candidates) else subordinate.end
            comma = text.find(",", subordinate.end, following)
            if comma != -1 and index + 1 < len(candidates) and comma < candidates[index + 1].start < sentence_end:
                main = candidates[index + 1]
                clause_break = _CLAUSE_BREAK.search(text, comma, main.start)
                if clause_break is not None and not (
                        clause_break.group(0) == "where" and (where := text.rfind(",", comma, clause_break.start())) > comma
                        and _O25_WHERE_NEXT_CLAUSE.match(text, where, main.start) is not None
                        and _CLAUSE_BREAK.search(text, clause_break.end(), main.start) is None):
                    main = None  # Round order25: but ", where he opened a shop in D2" continues the main clause
            # Round order19: "Only after X in D1 did the club sign Y in D2 / Y, who arrived in D2": the inverted
            # main clause needs no comma; its date may be told by a relative clause of arrival on its object.
            inversion = (_O19_INVERSION.match(text, subordinate.end, sentence_end)
                         if main is None and index + 1 < len(candidates) and candidates[index + 1].start < sentence_end
                         and text[max(sentence_start, connective.start() - 5):connective.start()].lower().strip() == "only" else None)
            if inversion is not None:
                arrival = _O19_ARRIVAL_RELATIVE.search(text, inversion.end(), candidates[index + 1].start + 1)
                gap = text[inversion.end():arrival.start() if arrival is not None else candidates[index + 1].start]
                if (len(gap.split()) <= 8 and _CLAUSE_BREAK.search(gap) is None and "," not in gap
                        and (arrival is None or arrival.end() == candidates[index + 1].start)):
                    main = candidates[index + 1]
        if main is None:
            continue
        if word == "having" and (main.start < subordinate.start or _SCOPE_HAD.search(text, subordinate.end, main.start) is not None):
            continue  # "Having retired in 2001, he had joined in 1985": the main clause told as earlier still
        if sentence_start not in hypothetical:
            hypothetical[sentence_start] = _r21_frame_search(text, sentence_start, sentence_end)
        if _r21_frame_scopes(text, hypothetical[sentence_start], max(main.end, subordinate.end), sentence_end):
            continue
        assert main.earliest and main.latest and subordinate.earliest and subordinate.latest
        if word in _AFTER_WORDS:
            violated = main.latest < subordinate.earliest
            relation = "after"
        else:
            violated = main.earliest > subordinate.latest
            relation = "before"
        if violated:
            first, second = (main, subordinate) if main.start < subordinate.start else (subordinate, main)
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(main, text)} is said to come {relation} {_describe(subordinate, text)} "
                f"(\"{connective.group(0)}\"), but the dates put it "
                f"{'before' if relation == 'after' else 'after'}",
            ))
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _verb_order_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _sequel_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _sequence_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _anaphoric_verb_order(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _pluperfect_states(context) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _from_until_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _scope_order_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _anaphoric_scope_order(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    with_days = _with_yearless_days(context, candidates)
    conflicts.extend(conflict for conflict in _phase_pair_violations(context, with_days) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _stage_pair_violations(context, with_days) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o23_coordinated_sequels(context, with_days) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o23_it_sequels(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o23_first_in_office(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o23_set_off_after(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o23_last_of_series(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o24_returns(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o24_yearless_interval(context) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o24_no_sooner(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o26_first_since(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o26_response_for(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o25_span_subject(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _ordinal_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _r18_since_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _r21_continued_order(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _r21_until_ends(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _r21_participle_order(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _r22_retold_order(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _r22_narrated_order(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o19_not_until_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o20_followed_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o21_pluperfect_violations(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o22_subsequent_subject(context, candidates) if conflict.spans not in reported)
    reported = {conflict.spans for conflict in conflicts}
    conflicts.extend(conflict for conflict in _o22_quoted_order(context, candidates) if conflict.spans not in reported)
    return conflicts


# ---------------------------------------------------------------------------
# Round order23: two predicates of one subject joined by "and", where the first is that subject's beginning or
# the start of a journey, so that the second can only come after it whatever it is:
# - an origin told in the passive, the subject being what began ("Millbeck Athletic was founded in D1 and moved
#   to its present ground in D2", "was born in D1 and emigrated in D2"): nothing a club, a firm or a person does
#   comes before it exists.  Not the active ("She founded the firm in D1 and worked as a lawyer in D2": her life
#   before it), nor a verb that tells a preparation or a relation to something older ("was founded in D1 and
#   planned in D2", "and named after a ship launched in D2", "and based on ...");
# - a departure and an arrival ("sailed from Brackenford on D1 and reached Jorvenland on D2", "set off on D1 and
#   arrived in the capital on D2").
# The second predicate follows "and" with no subject of its own (optionally "was", "then", "later", ...), and
# nothing between its verb and its date is another verb or clause; no plan, negation or quotation in the sentence.
# The beginning may also open the sentence as a participle with a name or a pronoun for the main clause's subject
# ("Founded in D1, Ashby Town won its first title in D2", "Born in D1, she emigrated in D2"; not "his father", "the
# king": round order16 leaves a common-noun subject, which may not be what the participle tells), stand in a relative clause
# on the sentence's subject ("Ashby Town, (which was) founded in D1, moved ... in D2"), or be an intransitive
# "formed" ("The band formed in D1 and released its first album in D2").
_O23_BEGINNING: Final = re.compile(
    r"(?:(?:(?P<relative>,[ ]++(?:(?:which|who)[ ]++(?:was|were)[ ]++)?)|(?<![\w'-])(?:was|were)[ ]++)"
    r"(?:(?:first|originally|officially|formally)[ ]++)?(?P<origin>born|founded|established|formed|incorporated|set[ ]++up)"
    # Opening the sentence: "Founded in D1, Ashby Town won ..."; intransitive "formed" ("The band formed in D1 and").
    r"|(?<![\w'-])(?P<fronted>Born|Founded|Established|Formed|Incorporated|Set[ ]++up)"
    r"|(?<![\w'-])(?P<formed>formed)(?=[ ]++(?:in|on|during)[ ])"
    # Round order26: a thing made or opened, read only when the next clause tells "its/their first" of something
    # ("The stadium was built in D1 and hosted its first match in D2", "The hospital opened in D1 and treated its
    # first patient in D2"): a thing's first act comes after it exists.
    r"|(?P<made_passive>(?<![\w'-])(?:was|were)[ ]++(?:(?:first|originally|officially|formally)[ ]++)?)?(?<![\w'-])(?P<made>built|constructed|erected"
    r"|completed|opened|launched|created|inaugurated)"
    r"|(?<![\w'-])(?P<departure>sailed[ ]++from|set[ ]++(?:off|out|sail)|departed|put[ ]++to[ ]++sea|left[ ]++port|weighed[ ]++anchor))"
    # Round order26: "formed at the end of 1960", "founded at the start of 2001" (the date's span opens at "the").
    r"(?P<rest>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,7}?)[ ]++(?:in|on|during|(?P<at>at))"
    r"[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?$")
# After the first date of a fronted participle or a relative clause: the comma closing it, the main clause's subject
# (fronted only), its verb and what it governs up to the second date.
_O23_MAIN_AFTER: Final = re.compile(
    r"(?P<tail>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,4}?)[ ]*+,[ ]++(?P<clause>(?:[^ ,;:()\"\u201c\u201d]++[ ]++){1,14}?)"
    r"(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?")
_O26_AT_PART: Final = re.compile(r"the[ ]++(?:end|start|beginning|close|turn)[ ]++of[ ]", re.IGNORECASE)
_O23_RELATIVE_BEFORE: Final = re.compile(r"(?<![\w-])(?:that|which|who)[ ]++$")
_O23_AUXILIARIES: Final = frozenset("was were then later finally eventually soon only duly first".split())
_O23_SUBJECT_BEFORE: Final = re.compile(r"[A-Z][\w'-]*+(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,5}")
_O23_AND_NEXT: Final = re.compile(
    r"(?P<tail>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,4}?)(?:[ ]*+,)?[ ]++and[ ]++"
    r"(?:(?:was|were|then|later|finally|eventually|soon|only|duly)[ ]++){0,2}(?P<verb>[a-z]++)"
    r"(?P<rest>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,7}?)[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?")
# Verbs that tell a preparation of the beginning or a relation to something older than it.
_O23_BEFORE_ORIGIN: Final = frozenset("""
planned conceived designed proposed envisaged envisioned registered announced commissioned ordered funded financed
backed licensed chartered approved authorised authorized endowed based modelled modeled named renamed inspired
descended derived rooted patterned styled built incorporated trained educated raised baptised baptized christened
conceived promised pledged agreed negotiated discussed mooted predated preceded influenced
""".split())
_O23_ARRIVALS: Final = frozenset("reached arrived landed docked berthed returned anchored".split())
_O23_NOT_IN_REST: Final = frozenset("""
had has have that which who whom whose where when while after before since until till following than if because
not never
""".split())


# Round order26: "the first ... since X" dates its event after X ("The 2010 vote was the first since the 2012
# referendum", "It opened in 2008, the first new hospital since 2010", "The strike, the first since the dispute of 1990,
# began in 1985", "won the title in 2010, her first since winning the Open in 2012").  The phrase is an appositive
# after a comma (its event is the date just before the comma, or, when no date stands before it in the sentence, the
# first date after the appositive closes) or the complement of "was/were/is/are/became" (its event is the subject's
# date, with no comma or clause between).  "since" governs its date within six words and no comma.
_O26_FIRST_SINCE: Final = re.compile(
    r"(?<![\w-])(?:the|its|his|her|their|our)[ ]++(?:(?:very|only)[ ]++)?first(?:[ ]++(?!since(?![\w-]))[a-z][\w'-]*+){0,4}?"
    r"[ ]++since[ ]++", re.IGNORECASE)
_O26_SINCE_WORD: Final = re.compile(r"since[ ]++", re.IGNORECASE)
_O26_SINCE_CUE: Final = re.compile(r"(?<![\w-])first(?![\w-])", re.IGNORECASE)
_O26_COPULA_BEFORE: Final = re.compile(r"(?<![\w-])(?:was|were|is|are|became|becomes|remains|remained)[ ]++$", re.IGNORECASE)
_O26_APPOSITIVE_BEFORE: Final = re.compile(r"(?<![ ,]),[ ]++$")


def _o26_first_since(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    if len(candidates) < 2 and not any(candidate.since for candidate in context.candidates):
        return conflicts
    # "since 2010" is a candidate of its own (a span from 2010), left out of ``candidates``: read every dated one.
    candidates = [candidate for candidate in context.candidates
                  if candidate.kind not in ("weekday", "duration") and (candidate.quantity is None or candidate.absolute)]
    for index, governed in enumerate(candidates):
        if governed.kind == "range":
            continue
        sentence_start, sentence_end = context.sentence(governed.start)
        window_start = max(sentence_start, governed.start - 110)
        if _O26_SINCE_CUE.search(text, window_start, governed.start) is None:
            continue
        # A "since" span's own candidate opens at "since": the phrase then ends inside it.
        since_word = _O26_SINCE_WORD.match(text, governed.start, governed.end)
        phrase = None
        for phrase in _O26_FIRST_SINCE.finditer(text, window_start, since_word.end() if since_word is not None else governed.start):
            pass
        if phrase is None:
            continue
        gap = text[phrase.end():governed.start] if since_word is None else ""
        if (len(gap.split()) > 6 or _CLAUSE_BREAK.search(gap) is not None or "," in gap
                or index > 0 and candidates[index - 1].start >= phrase.end()):
            continue
        point = _scope_point(governed)
        if point is None or governed.since and governed.earliest is None:
            continue
        # The dates of the sentence before the phrase and the first one after the governed date (each walk stays in
        # the sentence, so nothing here grows with the article's dates).
        before: list[_Candidate] = []
        back = index - 1
        while back >= 0 and index - back <= 8 and candidates[back].start >= sentence_start:
            if candidates[back].end <= phrase.start() and not candidates[back].since:
                before.insert(0, candidates[back])
            back -= 1
        main: _Candidate | None = None
        if _O26_APPOSITIVE_BEFORE.search(text, max(sentence_start, phrase.start() - 4), phrase.start()) is not None:
            if before:
                main = before[-1]
                if "," in text[main.end:phrase.start() - 2] or _CLAUSE_BREAK.search(text, main.end, phrase.start()) is not None:
                    continue
            else:
                # "The strike, the first since the dispute of 1990, began in 1985": the main clause after the appositive.
                after = candidates[index + 1:index + 2] if index + 1 < len(candidates) and candidates[index + 1].start < sentence_end else []
                closing = text.find(",", governed.end, after[0].start) if after else -1
                if not after or closing == -1 or text[governed.end:closing].strip(" ") != "" and len(text[governed.end:closing].split()) > 2:
                    continue
                main = after[0]
                predicate = text[closing + 1:main.start]
                if "," in predicate or len(predicate.split()) > 9 or _CLAUSE_BREAK.search(predicate) is not None:
                    continue
        elif _O26_COPULA_BEFORE.search(text, max(sentence_start, phrase.start() - 12), phrase.start()) is not None and before:
            main = before[-1]
            subject = text[main.end:phrase.start()]
            if "," in subject or len(subject.split()) > 5 or _CLAUSE_BREAK.search(subject) is not None:
                continue
        if main is None or not main.absolute or main.earliest is None or main.latest is None or main.since:
            continue
        if (_r21_frame_search(text, sentence_start, sentence_end) is not None
                or _REPORTING.search(text, sentence_start, sentence_end) is not None):
            continue
        assert point.earliest is not None
        if main.latest < point.earliest:
            first, second = (main, governed) if main.start < governed.start else (governed, main)
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(main, text)} dates what is told as \"{' '.join(phrase.group(0).split())}\" "
                f"{_describe(governed, text)}, yet it is earlier",
            ))
    return conflicts


# Round order26: a response to a deed, dated, then "for" and the deed with its own date: the deed comes first ("The
# firm was fined in D1 for a leak that happened in D2", "She apologised in D1 for remarks she made in D2", "was
# decorated in D1 for bravery during the fire of D2").  The verb (a sanction, an apology, a tribute) stands at most
# four words before the first date, in its clause; "for" follows that date at once and governs the second within ten
# words, with no future, purpose or span word ("banned for the 2012 season", "fined for failing to file accounts due
# in D2", "criticised for plans to host the 2012 Games") and no date right after "for (the)".
_O26_RESPONSE_VERB: Final = re.compile(
    r"(?<![\w-])(?:fined|jailed|imprisoned|sentenced|punished|sacked|dismissed|disciplined|censured|reprimanded|rebuked"
    r"|criticised|criticized|condemned|blamed|sued|prosecuted|apologised|apologized|compensated|honoured|honored"
    r"|decorated|commended|praised|thanked|knighted|pardoned|impeached)(?:[ ]++(?!(?:and|but|or|who|which|that)[ ])[^ ,;:()\"\u201c\u201d]++){0,4}?"
    r"[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?$", re.IGNORECASE)
# The deed's date as the object of a preposition, not a premodifier ("the 2012 bid", "the 2012 Games" can be ahead).
_O26_RESPONSE_DATED: Final = re.compile(
    r"(?<![\w-])(?:in|on|of|during)[ ]++(?:the[ ]++(?:early|late|mid|end[ ]of|spring[ ]of|summer[ ]of|autumn[ ]of|winter[ ]of)[ -]++)?$")
_O26_RESPONSE_CUE: Final = re.compile(r"(?<![ ])[ ]++for[ ]++(?!(?:the[ ]++)?[0-9])")
_O26_RESPONSE_BLOCK: Final = re.compile(
    r"[;:()\"\u201c\u201d]|(?<![\w-])(?:to|rest|remainder|duration|whole|all|next|coming|following|upcoming|future|due|until|till"
    r"|through|ahead|will|would|shall|plans?|planned|planning|proposals?|proposed|bids?|hopes?|scheduled|season|term|said"
    r"|says|and|but|or|years?|months?|weeks?|days?)(?![\w-])", re.IGNORECASE)


def _o26_response_for(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for main, governed in zip(candidates, candidates[1:]):
        if governed.start - main.end > 90 or main.kind == "range" or governed.kind == "range":
            continue
        cue = _O26_RESPONSE_CUE.match(text, main.end, governed.start)
        if cue is None:
            continue
        sentence_start, sentence_end = context.sentence(main.start)
        if governed.start >= sentence_end:
            continue
        gap = text[cue.end():governed.start]
        if (len(gap.split()) > 10 or _O26_RESPONSE_BLOCK.search(gap) is not None
                or _O26_RESPONSE_DATED.search(text, max(sentence_start, governed.start - 24), governed.start) is None
                or _O26_RESPONSE_VERB.search(text, max(sentence_start, main.start - 90), main.start) is None):
            continue
        if (main.earliest is None or main.latest is None or governed.earliest is None or governed.latest is None
                or not main.absolute or not governed.absolute or main.since or governed.since):
            continue
        if (_r21_frame_search(text, sentence_start, sentence_end) is not None
                or _REPORTING.search(text, sentence_start, sentence_end) is not None):
            continue
        if main.latest < governed.earliest:
            conflicts.append(DateConflict(
                "order_violation", ((main.start, main.end), (governed.start, governed.end)),
                f"{_describe(main, text)} dates a response \"for\" what {_describe(governed, text)} dates, yet it is "
                f"earlier",
            ))
    return conflicts


def _o23_coordinated_sequels(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for first, second in zip(candidates, candidates[1:]):
        if (first.kind == "range" or second.kind == "range" or second.start - first.end > 160
                or first.earliest is None or second.latest is None or not second.latest < first.earliest):
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end:
            continue
        beginning = _O23_BEGINNING.search(text, max(sentence_start, first.start - 110), first.start)
        if beginning is None or any(_is_verb_form(word) or word in _O23_NOT_IN_REST for word in beginning.group("rest").split()):
            continue
        if beginning.group("at") is not None and _O26_AT_PART.match(text, first.start, first.end) is None:
            continue  # "at" only before a part of a period ("formed at the end of 1960")
        if (beginning.group("made") is not None and beginning.group("made_passive") is None
                and beginning.group("rest").split()[:1] not in ([], ["at"], ["by"], ["near"], ["on"], ["in"], ["as"])):
            continue  # Round order26: an active made verb with an object opens something else ("opened its season")
        origin = beginning.group("origin") or beginning.group("formed") or beginning.group("fronted") or beginning.group("made")
        if beginning.group("fronted") is not None:
            # The participle opens the sentence: the main clause's subject and verb follow the comma after D1.
            if text[sentence_start:beginning.start()].strip(" \n\"'(\u201c") != "":
                continue
            main = _o23_main_clause(text, first.end, second.start, True)
            if main is None:
                continue
        elif beginning.group("relative") is not None:
            # A relative clause ("X, which was founded in D1 and moved ... in D2"), or one on the sentence's subject
            # followed by the main clause ("Ashby Town, which was founded in D1, moved ... in D2").
            main = _o23_and_clause(text, first.end, second.start, True)
            if main is None:
                if not _o23_subject_relative(text, sentence_start, beginning.start()):
                    continue
                main = _o23_main_clause(text, first.end, second.start, False)
                if main is None:
                    continue
        else:
            main = _o23_and_clause(text, first.end, second.start, _O23_RELATIVE_BEFORE.search(
                text, max(sentence_start, beginning.start() - 8), beginning.start()) is not None)
            if main is None:
                continue
        verb, words = main
        if any(_is_verb_form(word) or word in _O23_NOT_IN_REST for word in words) or verb in _O23_NOT_IN_REST:
            continue
        if beginning.group("made") is not None and not any(
                word in ("its", "their") and following in ("first", "maiden", "inaugural", "debut")
                for word, following in zip(words, words[1:])):
            continue  # Round order26: a made thing only before "its/their first ..." (see _O23_BEGINNING)
        if any(word == "to" and (index + 1 == len(words) or words[index + 1] not in _DETERMINERS and not words[index + 1][:1].isupper())
               for index, word in enumerate(words)):
            continue  # an infinitive ("and went on to play for ... in"), not "to" as a preposition ("moved to its ground")
        if origin is not None:
            if not _is_verb_form(verb) or verb in _O23_BEFORE_ORIGIN:
                continue
        elif verb not in _O23_ARRIVALS:
            continue
        if _planned_or_quoted(text, sentence_start, sentence_end):
            continue
        told = origin or beginning.group("departure")
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} dates \"{verb}\", told of what {_describe(first, text)} "
            f"{'saw begin' if origin else 'saw set out'} (\"{' '.join(told.split())}\"), yet it is earlier",
        ))
    return conflicts


# Round order24: a return to the place of the clause before ("graduated from the University of Holbeck in D1 and
# returned to lecture there from D2", "was posted to Berlin in D1 and went back there in D2", "worked in Oslo in D1
# and later returned to Oslo in D2"): a return presupposes the stay told just before it, so it comes after it.
# The second predicate follows "and" with no subject of its own; its place is "there" or a name the first clause
# gives after a preposition of place.  The first clause holds no other date and no "had"; nothing between the return
# and its date is another clause (a verb other than an infinitive of purpose, "had", a relative pronoun); no plan
# or quotation; not "returned from".
_O24_RETURN: Final = re.compile(
    r"(?P<tail>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,4}?)(?:[ ]*+,)?[ ]++and[ ]++(?:(?:later|then|eventually|finally|soon|duly)[ ]++)?"
    r"(?:returned|went[ ]++back|came[ ]++back|moved[ ]++back)(?P<rest>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){1,6}?)"
    r"[ ]++(?:in|on|during|from|at)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?")
_O24_PLACE_NAME: Final = re.compile(r"(?<![\w-])(?:at|from|in|to)[ ]++(?:the[ ]++)?(?P<name>[A-Z][\w'-]*+)")


def _o24_returns(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        first, second = candidates[index - 1], candidates[index]
        if first.kind == "range" or second.kind == "range" or second.start - first.end > 160:
            continue
        assert first.earliest and second.latest
        if not second.latest < first.earliest:
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end or index > 1 and candidates[index - 2].end > sentence_start:
            continue
        following = _O24_RETURN.fullmatch(text, first.end, second.start)
        if following is None:
            continue
        rest = following.group("rest").split()
        first_clause = text[sentence_start:first.start]
        places = {match.group("name") for match in _O24_PLACE_NAME.finditer(first_clause)}
        if rest[0] == "there":
            governed = rest[1:]
        elif rest[0] == "to" and len(rest) > 1 and rest[1] == "there":
            governed = rest[2:]
        elif rest[0] == "to" and len(rest) > 2 and rest[-1] == "there" and not _is_verb_form(rest[1]):
            governed = []  # "returned to lecture there": an infinitive of purpose
        elif rest[0] == "to" and len(rest) > 1 and rest[1] in places:
            governed = rest[2:]
        else:
            continue
        if not places:
            continue
        words = following.group("tail").split() + governed
        if any(_is_verb_form(word) or word in _O23_NOT_IN_REST for word in words):
            continue
        if re.search(r"(?<![\w-])(?:had|having)(?![\w-])", first_clause) is not None:
            continue
        if _planned_or_quoted(text, sentence_start, sentence_end):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} dates a return to where {_describe(first, text)} was told, "
            f"which can only come after it, yet it is earlier",
        ))
    return conflicts


# Round order24: a day without its year told as a short, uncounted interval after or before a full date of its
# sentence ("was sentenced on 25 September, some weeks after the jury had found him guilty on October 27, 2012";
# "signed on 3 March, a few days before the deadline of 1 March 2004").  In the full date's year the day falls on
# the wrong side; only the next (previous) year puts it on the told side; if even that year leaves a gap
# longer than the interval can mean (twenty weeks for "weeks", a month for "days"), no year fits.  The interval is
# "days" or "weeks", bare or after "some", "a few", "several", "a couple of", "just", "only", "barely" (a counted
# one, "two weeks", is the duration rules' business); the governed clause is short and holds no other date.
_O24_LATER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:[Jj]ust|[Oo]nly|[Bb]arely|[Ss]ome|[Aa][ ]++few|[Ss]everal|[Aa][ ]++couple[ ]++of)[ ]++)?(?P<unit>[Dd]ays|[Ww]eeks)"
    r"[ ]++(?P<relation>later|earlier)[ ]*+,?[ ]*+(?:on[ ]++)?(?:the[ ]++)?$")
_O24_LATER_AFTER: Final = re.compile(
    r"[ ]*+,[ ]++(?:(?:just|only|barely|some|a[ ]++few|several|a[ ]++couple[ ]++of)[ ]++)?(?P<unit>days|weeks)[ ]++"
    r"(?P<relation>later|earlier)(?![\w-])")
_O24_INTERVAL: Final = re.compile(
    r"[ ]*+,?[ ]*+(?:(?:just|only|barely|some|a[ ]++few|several|a[ ]++couple[ ]++of)[ ]++)?(?P<unit>days|weeks)[ ]++"
    r"(?P<relation>after|before)[ ]++"
    r"(?P<clause>(?:[^ ,;:()\"\u201c\u201d0-9]++[ ]++){1,14}?)(?:on|of|in)[ ]++(?:the[ ]++)?")


def _o24_yearless_interval(context: _Context) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    dated = [candidate for candidate in context.candidates if candidate.kind == "date"]
    for one, two in zip(dated, dated[1:]):
        if one.year_explicit == two.year_explicit or two.start - one.end > 200:
            continue
        yearless, full = (two, one) if one.year_explicit else (one, two)
        if yearless.month is None or yearless.day is None or full.granularity != "day" or full.earliest is None:
            continue
        same_sentence = context.sentence(yearless.start) == context.sentence(full.start)
        if yearless is one:
            # "sentenced on 25 September, some weeks after the jury had found him guilty on October 27, 2012"
            interval = _O24_INTERVAL.fullmatch(text, yearless.end, full.start) if same_sentence else None
            if interval is None or any(word in _O23_NOT_IN_REST - {"had"} for word in interval.group("clause").split()):
                continue
        else:
            # "found guilty on October 27, 2012. Some weeks later, on 25 September, he was sentenced", "..., and he
            # was sentenced on 25 September, some weeks later": the interval right before or right after the day;
            # in the next sentence, only opening it.
            sentence_start = context.sentence(yearless.start)[0]
            if not same_sentence and context.sentence(full.start)[1] < sentence_start - 2:
                continue  # not the next sentence
            interval = _O24_LATER_BEFORE.search(text, max(full.end, sentence_start, yearless.start - 60), yearless.start)
            if interval is not None and not same_sentence and text[sentence_start:interval.start()].strip(" \n\"'\u201c") != "":
                interval = None
            if interval is None and same_sentence:
                interval = _O24_LATER_AFTER.match(text, yearless.end, min(len(text), yearless.end + 40))
            if interval is None:
                continue
        after = interval.group("relation") in ("after", "later")
        anchor = full.earliest
        day = _safe_date(anchor.year, yearless.month, yearless.day)
        if day is None:
            continue
        # In the full date's own year the day must fall on the wrong side (an order the text breaks), and only the
        # next (previous) year could put it on the told side.
        if after and day <= anchor:
            day = _safe_date(anchor.year + 1, yearless.month, yearless.day)
        elif not after and day >= anchor:
            day = _safe_date(anchor.year - 1, yearless.month, yearless.day)
        else:
            continue
        if day is None:
            continue
        gap = abs((day - anchor).days)
        limit = 140 if interval.group("unit").lower() == "weeks" else 30  # "some weeks": at most twenty; "days": a month
        if gap <= limit or _planned_or_quoted(text, *context.sentence(yearless.start)):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((one.start, one.end), (two.start, two.end)),
            f"{_describe(yearless, text)} is told as \"{interval.group('unit').lower()} {interval.group('relation')}\" "
            f"{'than ' if interval.group('relation') in ('later', 'earlier') else ''}{_describe(full, text)}, but no "
            f"year puts it there: the nearest, {day.isoformat()}, is {gap} days {'after' if after else 'before'} it",
        ))
    return conflicts


# Round order24: "No sooner had X D1 than Y D2", "Hardly/Scarcely/Barely had X D1 when/before Y D2": the second
# clause follows the first at once.  The sentence opens with the idiom; the first date lies before "than"/"when"/
# "before", the second after it, each the only date of its part.
_O24_NO_SOONER: Final = re.compile(r"[ \"'\u201c(]*+(?:No[ ]++sooner|Hardly|Scarcely|Barely)[ ]++had[ ]")
_O24_THAN: Final = re.compile(r"(?<![\w-])(?:than|when|before)(?![\w-])")


def _o24_no_sooner(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        first, second = candidates[index - 1], candidates[index]
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end or first.start - sentence_start > 160 or index > 1 and candidates[index - 2].end > sentence_start:
            continue
        if index + 1 < len(candidates) and candidates[index + 1].start < sentence_end:
            continue
        opening = _O24_NO_SOONER.match(text, sentence_start, first.start)
        if opening is None or _O24_THAN.search(text, opening.end(), first.start) is not None:
            continue
        word = _O24_THAN.search(text, first.end, second.start)
        if word is None or (word.group(0) == "than") != text[opening.start():opening.end()].lstrip(" \"'\u201c(").startswith("No"):
            continue
        assert first.earliest and second.latest
        if second.latest < first.earliest and not _planned_or_quoted(text, sentence_start, sentence_end):
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(second, text)} is told as following at once (\"{' '.join(opening.group(0).split()[:-1])} ... "
                f"{word.group(0)}\") what {_describe(first, text)} dates, yet it is earlier",
            ))
    return conflicts


# Round order25: a span before or after an event as the sentence's subject, and what the span "saw" as its main
# clause: "The run-up to the election of D1 saw ... in D2" (D2 not after D1), "The aftermath of the 1992 riots saw
# the mayor resign in D2", "The weeks after/following/before/leading up to the vote on D1 brought/witnessed ... D2".
# The governed date follows the span's noun phrase within 80 characters with no comma or clause; the verb "saw",
# "brought" or "witnessed" follows it (after at most three words of its phrase); the main date is the sentence's
# only other date.
_O25_SPAN_SUBJECT: Final = re.compile(
    r"[ \"'\u201c(]*+The[ ]++(?:(?P<before>(?:run|lead|build)-up[ ]++to|(?:hours|days|weeks|months|years)[ ]++"
    r"(?:before|preceding|leading[ ]++up[ ]++to))|(?P<after>(?:immediate[ ]++)?aftermath[ ]++of|(?:hours|days|weeks|months"
    r"|years)[ ]++(?:after|following)))[ ]")
_O25_SPAN_VERB: Final = re.compile(r"(?<![ ])(?:[ ]++[a-z][\w'-]*+){0,3}?[ ]++(?:saw|brought|witnessed)[ ]")


def _o25_span_subject(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        governed, main = candidates[index - 1], candidates[index]
        sentence_start, sentence_end = context.sentence(governed.start)
        if (main.start >= sentence_end or governed.start - sentence_start > 100
                or index > 1 and candidates[index - 2].end > sentence_start
                or index + 1 < len(candidates) and candidates[index + 1].start < sentence_end):
            continue
        opening = _O25_SPAN_SUBJECT.match(text, sentence_start, governed.start)
        if opening is None:
            continue
        phrase = text[opening.end():governed.start]
        if "," in phrase or _SCOPE_GOVERNED_BREAK.search(phrase) is not None or _SCOPE_DATED_BY.search(phrase) is None:
            continue
        verb = _O25_SPAN_VERB.match(text, governed.end, main.start)
        main_side = text[governed.end:main.start]
        if verb is None or len(main_side.split()) > 14 or _SCOPE_MAIN_BREAK.search(main_side) is not None or "," in main_side:
            continue
        if _planned_or_quoted(text, sentence_start, sentence_end):
            continue
        main_point, governed_point = _scope_point(main), _scope_point(governed)
        if main_point is None or governed_point is None or main.kind == "range" or governed.kind == "range":
            continue
        assert main_point.earliest and main_point.latest and governed_point.earliest and governed_point.latest
        later = opening.group("after") is not None
        if later and main_point.latest < governed_point.earliest or not later and main_point.earliest > governed_point.latest:
            span = " ".join(opening.group("before" if not later else "after").split())
            conflicts.append(DateConflict(
                "order_violation", ((governed.start, governed.end), (main.start, main.end)),
                f"{_describe(main, text)} is told as within \"the {span}\" {_describe(governed, text)}, "
                f"yet it is {'before' if later else 'after'} it",
            ))
    return conflicts


def _o23_and_clause(text: str, start: int, end: int, relative: bool) -> tuple[str, list[str]] | None:
    """The verb after "and" between two dates and the other words of both clauses' ends (tail and governed words).
    After a beginning told in a relative clause only "and" with no comma continues that clause ("which was
    founded in D1 and moved"; "which was founded in D1, and left in D2" returns to the main clause)."""
    following = _O23_AND_NEXT.fullmatch(text, start, end)
    if following is None or relative and "," in text[start:end]:
        return None
    return following.group("verb"), (following.group("tail") + following.group("rest")).split()


def _o23_main_clause(text: str, start: int, end: int, with_subject: bool) -> tuple[str, list[str]] | None:
    """The main clause after the comma that closes a fronted participle or a relative clause: its verb (the first
    past form, after a subject of one to five words when ``with_subject``) and the other words after the first
    date; None when the subject holds a verb or a possessive ("the club's ground": another thing's)."""
    following = _O23_MAIN_AFTER.fullmatch(text, start, end)
    if following is None:
        return None
    words = following.group("clause").split()
    index = 0
    if with_subject:
        while index < min(len(words), 6) and not _is_verb_form(words[index]) and words[index] not in _O23_AUXILIARIES:
            index += 1
        subject = words[:index]
        # Round order24: a firm's name of two names joined by "&" ("Osgood & Lyle", "Marks & Spencer") is one name.
        named = [word for position, word in enumerate(subject) if not (word == "&" and 0 < position < len(subject) - 1)]
        if not (subject in (["he"], ["she"], ["they"], ["it"])
                or 1 <= len(named) <= 3 and all(word[:1].isupper() and not word.endswith(("'s", "\u2019s")) for word in named)):
            return None  # as round order16's fronted stages: a name or a pronoun ("Born in D1, the king died in D2" is left)
    while index < len(words) and words[index] in _O23_AUXILIARIES:
        index += 1
    if index >= len(words):
        return None
    return words[index], following.group("tail").split() + words[index + 1:]


def _o23_subject_relative(text: str, sentence_start: int, relative_start: int) -> bool:
    """Whether a relative clause (or reduced participle) starting at ``relative_start`` is set off on the sentence's
    subject: a capitalised opening of at most six words with no verb, then a comma."""
    while sentence_start < relative_start and text[sentence_start] in " \n\"'(\u201c":
        sentence_start += 1
    subject = _O23_SUBJECT_BEFORE.fullmatch(text, sentence_start, relative_start)
    return subject is not None and not any(_is_verb_form(word) or word.lower() in _O23_NOT_IN_REST
                                           for word in subject.group(0).split())


# ---------------------------------------------------------------------------
# Round order23: a second clause that takes up the first clause's thing by "it" and tells what can only follow
# the beginning told there, whatever the words for the two events:
# - its end: "War broke out ... in D1, and the treaty ending it was signed in D2" (also "that/which ended it",
#   "to end it", "brought it to an end") after a beginning (broke out, began, started, erupted, flared up);
# - a first use of what was being built: "Construction of the viaduct started in D1, and the first trains crossed
#   it in D2" ("work on", "building of" ... "began", or "broke ground");
# - what a leader did with what they were made leader of: "was elected leader of the party in D1 and led it into
#   the general election of D2" ("led", "steered", "guided", "took" it).
# The second clause follows ", and", "and" or ";" with at most 14 words up to its date; no clause of its own
# (a relative pronoun other than in "that ended it", "had", "since", "before", ...), no plan, negation or quotation.
_O23_IT_LINK: Final = re.compile(
    r"(?P<tail>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,4}?)(?:[ ]*+,[ ]++and|[ ]*+;|[ ]++and)[ ]++"
    r"(?P<clause>(?:[^ ,;:()\"\u201c\u201d]++[ ]++){1,14}?)(?:in|on|during|of)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?")
_O23_IT_MARKER: Final = re.compile(
    r"(?<![\w-])(?:(?P<end>ending[ ]++it|(?:that[ ]++|which[ ]++)?ended[ ]++it|to[ ]++end[ ]++it|brought[ ]++it[ ]++to[ ]++an[ ]++end)"
    r"|(?P<first>^the[ ]++first[ ]++(?:[a-z]++[ ]++){1,4}?it)"
    r"|(?P<led>^(?:then[ ]++|later[ ]++)?(?:led|steered|guided|took)[ ]++it))(?![\w-])")
_O23_IT_BEGINNING: Final = {
    "end": re.compile(r"(?<![\w-])(?:broke[ ]++out|began|begun|started|erupted|flared[ ]++up)(?![\w-])"),
    "first": re.compile(r"(?<![\w-])(?:(?:[Cc]onstruction|[Bb]uilding|[Ww]ork)[ ]++(?:of|on)[ ]++(?:[^ ,;:()]++[ ]++){1,6}?"
                        r"(?:started|began|begun|commenced)|broke[ ]++ground)(?![\w-])"),
    "led": re.compile(r"(?<![\w-])(?:elected|appointed|named|chosen|made)[ ]++(?:as[ ]++)?(?:its[ ]++|the[ ]++)?"
                      r"(?:leader|head|chairman|chairwoman|chair|president|captain|manager|director|chief)[ ]++of(?![\w-])"),
}
_O23_IT_NOT: Final = frozenset("""
had has have who whom whose where when while after before since until till following than if because not never
would will could might may should
""".split())


def _o23_it_sequels(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    if " it " not in text:
        return []
    conflicts: list[DateConflict] = []
    for first, second in zip(candidates, candidates[1:]):
        if (first.kind == "range" or second.kind == "range" or second.start - first.end > 160
                or first.earliest is None or second.latest is None or not second.latest < first.earliest):
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end or text.find(" it", first.end, second.start) == -1:
            continue
        link = _O23_IT_LINK.fullmatch(text, first.end, second.start)
        if link is None:
            continue
        clause = link.group("clause")
        marker = _O23_IT_MARKER.search(clause)
        if marker is None or marker.lastgroup is None:
            continue
        words = (link.group("tail") + " " + clause).split()
        if (any(word in _O23_IT_NOT or word in ("that", "which") and clause.find(word + " ended it") == -1 for word in words)
                or sum(1 for word in words if _is_verb_form(word)) > 2):
            continue
        beginning = _O23_IT_BEGINNING[marker.lastgroup].search(text, max(sentence_start, first.start - 90), first.start)
        if beginning is None or any(_is_verb_form(word) for word in text[beginning.end():first.start].split()):
            continue
        if _planned_or_quoted(text, sentence_start, sentence_end):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} dates \"{' '.join(marker.group(0).split())}\", which takes up by \"it\" what "
            f"{_describe(first, text)} dates (\"{' '.join(beginning.group(0).split())}\") and can only follow it, yet it is earlier",
        ))
    return conflicts


# ---------------------------------------------------------------------------
# Round order23: an office taken, then the holder's first act in it: "was sworn in as prime minister on D1, and
# his first act in office, on D2, was to ..."; "took office in D1; her first visit as president came in D2".
# The first clause enters the office (sworn in, took office, took the oath, inaugurated, elected, appointed, named
# ... as/to); the second, after ", and" or ";", opens with a possessive "first" noun limited to the office ("in
# office", "as <role>", "as leader") and its date follows within a few words.  Not "his first term", "first
# attempt" without the office, nor a plan or a quotation.
_O23_TOOK_OFFICE: Final = re.compile(
    r"(?<![\w-])(?:sworn[ ]++in|took[ ]++office|took[ ]++the[ ]++oath|inaugurated|(?:elected|appointed|named|installed)"
    r"[ ]++(?:as|to)[ ]++)(?![\w-])")
_O23_FIRST_IN_OFFICE: Final = re.compile(
    r"(?P<tail>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,8}?)(?:[ ]*+,[ ]++and|[ ]*+;)[ ]++(?:his|her|their)[ ]++first[ ]++"
    r"(?P<noun>[a-z]++(?:[ ]++[a-z]++)?)[ ]++(?:in[ ]++office|as[ ]++(?:[a-z]++[ ]++){0,2}?(?:leader|president|premier"
    r"|minister|mayor|governor|chancellor|chairman|chairwoman|chair|head|chief|manager|captain|coach|director))"
    r"(?:[ ]*+,[ ]++|[ ]++(?:came|was|took[ ]++place|followed)[ ]++)(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?")


def _o23_first_in_office(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    if "first" not in text:
        return []
    conflicts: list[DateConflict] = []
    for first, second in zip(candidates, candidates[1:]):
        if (first.kind == "range" or second.kind == "range" or second.start - first.end > 160
                or first.earliest is None or second.latest is None or not second.latest < first.earliest):
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end or text.find("first", first.end, second.start) == -1:
            continue
        following = _O23_FIRST_IN_OFFICE.fullmatch(text, first.end, second.start)
        if following is None or any(_is_verb_form(word) for word in following.group("tail").split()):
            continue
        took = _O23_TOOK_OFFICE.search(text, max(sentence_start, first.start - 90), first.start)
        if took is None or any(_is_verb_form(word) for word in text[took.end():first.start].split()):
            continue
        if _planned_or_quoted(text, sentence_start, sentence_end):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} dates the holder's first {following.group('noun')} in office, which can only follow "
            f"\"{' '.join(took.group(0).split())}\" ({_describe(first, text)}), yet it is earlier",
        ))
    return conflicts


# ---------------------------------------------------------------------------
# Round order23: a connective whose object names back the event of the sentence before, and the clause's own date
# set off after it: "Fire broke out in the roof on D1. Patients were moved to X after the fire, on D2."  The
# clause is dated by D2 and ordered against the fire, which the sentence before dates (D1): D2 may not be earlier
# ("after") or later ("before").  The object is definite or demonstrative and names that sentence's event (a word
# of it, the same event concept, or a general event noun: ``_corefers``); the sentence before holds that one date,
# the new sentence none before D2; no plan or quotation.
_O23_SET_OFF_CUE: Final = re.compile(
    r"(?<![\w-])(?P<cue>after|following|in[ ]++the[ ]++wake[ ]++of|in[ ]++the[ ]++aftermath[ ]++of|before|ahead[ ]++of|prior[ ]++to)"
    r"[ ]++(?:the|that|this)[ ]++(?P<noun>(?:[a-z][\w'-]*+[ ]++)?[a-z][\w'-]*+)[ ]*+,[ ]++(?:on|in|during)[ ]++(?:the[ ]++)?$")


def _o23_set_off_after(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        first, second = candidates[index - 1], candidates[index]
        if first.kind == "range" or second.kind == "range" or second.start - first.end > 400:
            continue
        sentence_start, sentence_end = context.sentence(second.start)
        previous_start, previous_end = context.sentence(first.start)
        if first.start >= sentence_start or text[previous_end:sentence_start].strip() != "":
            continue
        cue = _O23_SET_OFF_CUE.search(text, max(sentence_start, second.start - 70), second.start)
        if cue is None:
            continue
        # The sentence before holds that one date: the date before it (the candidates are in text order) is
        # outside it, and the next is ``second``, in the new sentence.
        alone = index < 2 or candidates[index - 2].start < previous_start
        head = cue.group("noun").split()[-1]
        if not alone or not (
                head[:5] in text[previous_start:first.start].lower() if head in _ANAPHORIC_NOUNS
                else _corefers(cue.group("noun"), text[previous_start:first.start])):
            continue  # a general noun ("the vote", "the decision") only where its own word stands before
        main_point, governed_point = _scope_point(second), _scope_point(first)
        if main_point is None or governed_point is None:
            continue
        assert main_point.earliest and main_point.latest and governed_point.earliest and governed_point.latest
        later = _SCOPE_DIRECTION[" ".join(cue.group("cue").lower().split())]
        if not (main_point.latest < governed_point.earliest if later else main_point.earliest > governed_point.latest):
            continue
        if (_SCOPE_FUTURE.search(text, sentence_start, sentence_end) is not None
                or any(mark in text[previous_start:sentence_end] for mark in "\"\u201c\u201d")):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} dates what happened \"{' '.join(cue.group('cue').split())} the {cue.group('noun')}\", "
            f"the event {_describe(first, text)} dates, yet it is {'earlier' if later else 'later'}",
        ))
    return conflicts


# ---------------------------------------------------------------------------
# Round order23: a counted series that a first occurrence opens, and its last occurrence dated in an appended
# phrase: "made her debut there in D1 and went on to sing there more than 200 times, the last of them in D2";
# "first played for the club in D1 and made 312 appearances, the final one on D2".  The last cannot come before the
# first.  The first clause holds "debut" or "first" before its date; the series is counted (a number) after it;
# the last is appended after a comma ("the last", "the final", "the last of them/which", "the final one"); no
# pluperfect, plan or quotation in between.
_O23_LAST_OF: Final = re.compile(
    r",[ ]++the[ ]++(?:last|final)(?:[ ]++(?:of[ ]++them|of[ ]++which|of[ ]++these|one|time))?(?:[ ]*+,)?[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
_O23_FIRST_OCCURRENCE: Final = re.compile(r"(?<![\w-])(?:debut|début|first)(?![\w-])", re.IGNORECASE)
_O23_COUNTED: Final = re.compile(
    r"(?<![\w-])(?:[0-9][0-9,]*+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|hundreds|dozens?|scores)(?![\w-])")


def _o23_last_of_series(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    if "last" not in text and "final" not in text:
        return []
    conflicts: list[DateConflict] = []
    for first, second in zip(candidates, candidates[1:]):
        if (first.kind == "range" or second.kind == "range" or second.start - first.end > 200
                or first.earliest is None or second.latest is None or not second.latest < first.earliest):
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end:
            continue
        last = _O23_LAST_OF.search(text, max(first.end, second.start - 40), second.start)
        if last is None:
            continue
        series = text[first.end:last.start()]
        if (_O23_COUNTED.search(series) is None or _SCOPE_HAD.search(series) is not None
                or _O23_FIRST_OCCURRENCE.search(text, max(sentence_start, first.start - 90), first.start) is None):
            continue
        if _planned_or_quoted(text, sentence_start, sentence_end):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} dates the last of a series whose first {_describe(first, text)} dates, "
            f"yet it is earlier",
        ))
    return conflicts


# ---------------------------------------------------------------------------
# Round order22: a quotation whose main clause a connective orders against the one date it holds ("We only
# moved the surgery after the floods of D1," ...), and the attribution after it that dates the quoted act:
# "said of the lease, which is dated D2" / "said of deliveries that began on D2" (the quotation is about that
# thing), or ", adding that ..." / ", who ..." when that clause points back to the quotation (a pronoun "it",
# "its", "them", "their", or a word sharing its first five letters with one of the quotation's: "rebuilding" /
# "the builders arrived on D2").  Not a clause in the pluperfect, a plan, a span ("since", "until"), a life
# event of the speaker ("born", "died"), nor a quotation with a second date.
_O22_QUOTE_CONNECTIVE: Final = re.compile(
    r"(?<![\w-])(?:(?P<after>after|once|as[ ]++soon[ ]++as|following)|(?P<before>before|ahead[ ]++of|prior[ ]++to))(?![\w-])",
    re.IGNORECASE)
_O22_ATTRIBUTION: Final = re.compile(
    r"(?<![ ])[ ]*+(?:(?:said|says|recalled|explained)[ ]++(?:[A-Z][\w'\u2019-]*+[ ]*+){1,4}"
    r"|(?:[A-Z][\w'\u2019-]*+[ ]++){1,4}(?:said|says|recalled|explained)"
    r"|(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ ]++(?:[a-z][\w'\u2019-]*+[ ]++){0,2}?[a-z][\w'\u2019-]*+[ ]++(?:said|says|recalled|explained)"
    r"|(?:he|she|they)[ ]++(?:said|says|recalled|explained))"
    r"(?:(?P<of>[ ]++of[ ]++)|[ ]*+,[ ]++(?P<link>adding[ ]++that|who)[ ]++)")
_O22_QUOTE_NOT: Final = re.compile(
    r"[\"\u201c\u201d;:]|(?<![\w-])(?:had|born|died|since|until|till|before|after|ago|former|formerly|previously|earlier)(?![\w-])")
_O22_POINTS_BACK: Final = re.compile(r"(?<![\w-])(?:it|its|them|their)(?![\w-])")
_O22_WORD: Final = re.compile(r"[a-z]{5,}+")
_O22_COMMON: Final = frozenset("""
which where there these those about after before would could should other their years place added adding
""".split())


def _o22_quoted_order(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    if '"' not in text and "\u201c" not in text:
        return []
    conflicts: list[DateConflict] = []
    for index in range(len(candidates) - 1):
        first, second = candidates[index], candidates[index + 1]
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end or second.start - first.end > 260 or first.start - sentence_start > 200:
            continue
        opening = max(text.rfind('"', sentence_start, first.start), text.rfind("\u201c", sentence_start, first.start))
        if opening == -1 or index > 0 and candidates[index - 1].start > opening:
            continue
        if text.count('"', sentence_start, opening) % 2 == 1:
            continue  # a straight quote that closes an earlier quotation
        closing = min((position for position in (text.find('"', first.end, second.start), text.find("\u201d", first.end, second.start))
                       if position != -1), default=-1)
        if closing == -1 or text[closing - 1:closing] not in (",", ".") and text[closing - 1:closing] != "!":
            continue
        connective = None
        for connective in _O22_QUOTE_CONNECTIVE.finditer(text, max(opening, first.start - 70), first.start):
            pass
        if connective is None or "," in text[connective.end():first.start]:
            continue
        attribution = _O22_ATTRIBUTION.match(text, closing + 1, second.start)
        if attribution is None:
            continue
        continuation = text[attribution.end():second.start]
        if (len(continuation) > 110 or _O22_QUOTE_NOT.search(continuation) is not None
                or _SCOPE_DATED_BY.search(text, max(attribution.end(), second.start - 24), second.start) is None
                and not text.endswith("dated ", 0, second.start)
                or _r21_frame_search(text, attribution.end(), second.end) is not None):
            continue
        if attribution.group("link") is not None and _O22_POINTS_BACK.search(continuation) is None:
            quoted = text[opening:closing].lower()
            if not any(word[:5] in quoted for word in _O22_WORD.findall(continuation) if word not in _O22_COMMON):
                continue
        assert first.earliest and first.latest and second.earliest and second.latest
        later = connective.group("after") is not None
        if second.latest < first.earliest if later else second.earliest > first.latest:
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"the act quoted as coming {'after' if later else 'before'} {_describe(first, text)} "
                f"(\"{connective.group(0)}\") is dated {_describe(second, text)} after the quotation, "
                f"{'before' if later else 'after'} it",
            ))
    return conflicts


# ---------------------------------------------------------------------------
# Round order22: a subject marked as coming after something ("The subsequent inquiry", "A follow-up study",
# "Her sequel"), dated by its own participle or relative clause, comes after the dated
# event its clause then names as its object: what it examines, answers or continues ("The subsequent inquiry,
# which reported in D1, blamed managers for the D2 collapse"; "The follow-up study, published in D1,
# confirmed the findings of the original trial published in D2"; "The sequel, released in D1, picked up the
# story of the original film of D2").  The subject opens the sentence; its sentence holds exactly these two
# dates, in one clause (no ";", no coordinated clause between them), the second dating a noun (a premodifier
# "the D2 collapse", "of D2", or a participle "published in D2"), not a setting or a plan ("set in", "by").
_O22_SUBSEQUENT: Final = re.compile(
    r"[ \"'(\u201c]*+(?:(?:The|A|An|Its|His|Her|Their|[A-Z][\w-]*+(?:[ ]++[A-Z][\w-]*+)?['\u2019]s)[ ]++)"
    r"(?:[a-z][\w-]*+[ ]++){0,2}?(?P<marker>subsequent|follow-up|sequel)(?![\w-])"
    r"(?:[ ]++(?!(?:which|that|who)[ ,])[a-z][\w-]*+)?"
    # its date: a participle or a relative clause set off by commas, or "of D" ("The subsequent trial of D1")
    r"(?:[ ]*+,[ ]++(?:(?:which|that)[ ]++(?:(?:was|were|had[ ]++been)[ ]++)?)?[a-z]{1,20}ed(?:[ ]++(?:out|up|off|down))?[ ]++(?:in|on)[ ]++(?:the[ ]++)?"
    r"|[ ]++(?:of|in|on)[ ]++(?:the[ ]++)?)$")
_O22_OBJECT_DATED: Final = re.compile(
    r"(?<![\w-])(?:(?:the|its|his|her|their)[ ]++|of[ ]++(?:the[ ]++)?|[a-z]{1,20}ed(?:[ ]++(?:out|up|off|down))?[ ]++(?:in|on)[ ]++(?:the[ ]++)?)$")
_O22_OBJECT_NOT: Final = re.compile(
    r"[;\"\u201c\u201d]|,[ ]*+(?:and|but|while|whereas)[ ]|(?<![\w-])(?:set|takes?[ ]++place|took[ ]++place|by|until|till|to|since"
    r"|before|after|ahead|prior|predicted|forecast|expected|planned|scheduled|due)(?![\w-])")


def _o22_subsequent_subject(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    lowered = text.lower()
    if not any(word in lowered for word in ("subsequent", "follow-up", "sequel")):
        return []
    conflicts: list[DateConflict] = []
    for index in range(len(candidates) - 1):
        subject_date, object_date = candidates[index], candidates[index + 1]
        sentence_start, sentence_end = context.sentence(subject_date.start)
        if (object_date.start >= sentence_end or subject_date.start - sentence_start > 90
                or index > 0 and candidates[index - 1].start >= sentence_start
                or index + 2 < len(candidates) and candidates[index + 2].start < sentence_end):
            continue
        if not subject_date.year_explicit or not object_date.year_explicit:
            continue
        subject = _O22_SUBSEQUENT.fullmatch(text, sentence_start, subject_date.start)
        if subject is None or object_date.start - subject_date.end > 120:
            continue
        if (_O22_OBJECT_DATED.search(text, max(subject_date.end, object_date.start - 30), object_date.start) is None
                or _O22_OBJECT_NOT.search(text, subject_date.end, object_date.start) is not None
                or _r21_frame_search(text, sentence_start, sentence_end) is not None):
            continue
        assert subject_date.latest and object_date.earliest
        if subject_date.latest < object_date.earliest:
            conflicts.append(DateConflict(
                "order_violation", ((subject_date.start, subject_date.end), (object_date.start, object_date.end)),
                f"{_describe(subject_date, text)} dates the \"{subject.group('marker')}\" one, which comes after what it "
                f"takes up, dated {_describe(object_date, text)}, yet it is earlier",
            ))
    return conflicts


# ---------------------------------------------------------------------------
# Round order21: the pluperfect puts its clause before the past time of the clause it hangs on, whatever
# the two events are: "At a meeting on D1, the board approved a plan that its chairman had first proposed
# on D2", "X succeeded Y as head of the agency in D1; she had stepped down in D2", "was convicted in D1 of
# a fraud that had taken place in D2".  The first date must date the main clause: a sentence-opening
# adverbial that ends at the date ("On D1, ..."), a date after the main verb with no relative clause or
# comma before it, or an event noun that opens the sentence with its own participle ("The ceasefire
# signed on D1 ended a war that had broken out on D2": the ceasefire acts when it is signed).  Not a
# subject that is a thing ("The firm founded in 1990 bought a rival that had gone bankrupt in 2001": the
# buying comes some time after 1990), not "had to", an infinitive, "since"/"until"/"by", a plan, a
# hypothetical or a quotation.
_O21_PLUPERFECT: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<had>had)[ ]++(?:(?:been|first|originally|already|only|just|previously|earlier|actually)[ ]++){0,2}"
    r"(?P<verb>[a-z]{3,20}+)(?P<rest>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,6}?)[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?$")
_O21_PARTICIPLES: Final = _IRREGULAR_PAST | frozenset("left quit won lost put cut shut hit split kept found told got gotten seen done".split())
_O21_NOT_IN_CLAUSE: Final = frozenset("""
to by until till since before after when while but or which that who whom whose where if because as than
""".split())
# The date right after its time preposition ("on 3 May 2001", "in the spring of 1990" is read as its own date).
_O21_DATE_PREPOSITION: Final = re.compile(r"(?<![\w-])(?:in|on|during)[ ]++(?:the[ ]++)?$", re.IGNORECASE)
# The link from the first date to the pluperfect: a new clause after ";" with its own short subject, or a
# relative pronoun (the gap before it is checked by the caller).
# Round order23: the subject may be a two-word noun ("; the foundation stone had been laid on") and carry a
# named place ("; the fighting in Larkspur Bay had begun on").
_O21_NEXT_CLAUSE: Final = re.compile(
    r"[ ]?+;[ ]++(?:he|she|it|they|(?:the|its|his|her|their)[ ]++(?:[a-z][\w'-]*+[ ]++)?[a-z][\w'-]*+"
    r"(?:[ ]++(?:in|at|on|near|of)[ ]++(?:the[ ]++)?[A-Z][\w'-]*+(?:[ ]++[A-Z][\w'-]*+){0,2})?"
    r"|[A-Z][\w'-]*+(?:[ ]++[A-Z][\w'-]*+){0,2})[ ]++$")
_O21_RELATIVE: Final = re.compile(
    r"(?<![ ])(?P<gap>,?(?:[ ]++[^ ;:()\"\u201c\u201d]++){0,14}?)(?:[ ]*+,)?[ ]++(?:that|which|who|whom)[ ]++"
    r"(?P<subject>(?:[^ ;:()\"\u201c\u201d]++[ ]++){0,6}?)$")
# The sentence's subject and its non-restrictive relative clause in the pluperfect, up to the relative's date.
_O21_SUBJECT_PLUPERFECT: Final = re.compile(
    r"[ \"'(\u201c]{0,3}+(?<![\w'-])[A-Z][\w'-]*+(?P<subject>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,5}?),[ ]++(?:which|who)[ ]++"
    r"(?P<had>had)[ ]++(?:(?:been|first|originally|already|only|just|previously|earlier)[ ]++){0,2}"
    r"(?P<verb>[a-z]{3,20}+)(?P<rest>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,6}?)[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?$")
# From the relative clause's date to the main clause's: the end of the relative clause, its comma, the main verb phrase.
_O21_MAIN_AFTER_RELATIVE: Final = re.compile(
    r"(?<![ ])(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,4}?,[ ]++(?P<main>(?:[^ ,;:()\"\u201c\u201d]++[ ]++){1,8}?)(?:in|on|during)[ ]++(?:the[ ]++)?$")
# A sentence opening with its subject in the pluperfect, up to its date.
_O21_NEXT_PLUPERFECT: Final = re.compile(
    r"[ \"'(\u201c]{0,3}+(?<![\w'-])(?:(?:He|She|It|They)|The[ ]++(?P<noun>[a-z][\w'-]*+)|(?P<name>[A-Z][\w'-]*+))[ ]++"
    r"(?P<had>had)[ ]++(?:(?:been|first|originally|already|only|just|previously|earlier)[ ]++){0,2}"
    r"(?P<verb>[a-z]{3,20}+)(?P<rest>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,6}?)[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?$")
# A "when" clause right after the first date, which that date dates; the date itself after a time preposition.
_O21_WHEN: Final = re.compile(r",[ ]++when(?=[ ])")
_O21_WHEN_NEXT: Final = re.compile(
    r"(?<![ ])(?P<clause>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){1,14}?)[ ]?+;[ ]++(?:he|she|it|they|(?:the|its|his|her|their)[ ]++[a-z][\w'-]*+"
    r"|[A-Z][\w'-]*+(?:[ ]++[A-Z][\w'-]*+){0,2})[ ]++$")
_O21_WHEN_DATE: Final = re.compile(r"(?<![\w-])(?:in|on|during|until|till|by)[ ]++(?:the[ ]++)?$", re.IGNORECASE)
# Nouns of events that happen at one time, whose own participle dates what they do ("The truce agreed on D1 ended").
_O21_EVENT_SUBJECT: Final = re.compile(
    r"[ \"'(\u201c]{0,3}+(?:The|A|An|This|That|Its|Their)[ ]++(?:[a-z][\w-]*+[ ]++)?(?P<noun>ceasefire|truce|armistice|treaty"
    r"|accord|agreement|pact|settlement|ruling|verdict|judgment|judgement|decision|vote|referendum|decree|order|merger"
    r"|takeover|deal|reform|ban|strike|raid|attack|invasion|coup|election)[ ]++(?P<participle>[a-z]++)(?:[ ]++[^ ,;:()]++){0,3}?[ ]++$")


def _o21_pluperfect_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    if "had " not in text:
        return []
    conflicts: list[DateConflict] = []
    dated = [candidate for candidate in candidates if candidate.year_explicit and candidate.kind != "range"
             and candidate.earliest is not None and candidate.latest is not None]
    for first, second in zip(dated, dated[1:]):
        assert first.latest is not None and second.earliest is not None and first.earliest is not None
        if first.earliest > second.latest:
            conflict = _o21_subject_pluperfect(context, first, second)
            if conflict is not None:
                conflicts.append(conflict)
            continue
        if second.earliest <= first.latest or text.find("had ", first.end, second.start) == -1:
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end:
            conflict = _o21_next_sentence_pluperfect(context, first, second)
            if conflict is not None:
                conflicts.append(conflict)
            continue
        if second.start - first.end > 220:
            continue
        pluperfect = _O21_PLUPERFECT.search(text, max(first.end, second.start - 110), second.start)
        if pluperfect is None:
            continue
        if not _o21_pluperfect_verb(pluperfect):
            continue  # another clause or verb may own the date ("had agreed to buy a plant built in")
        if (_PHASE_FUTURE.search(text, sentence_start, sentence_end) is not None
                or any(mark in text[sentence_start:second.end] for mark in "\"\u201c\u201d")):
            continue
        when = _O21_WHEN.match(text, first.end, pluperfect.start())
        if when is not None:
            # "until 2004, when it moved to a gallery that had been completed in 2008": the "when" clause is dated
            # by the first date, and the pluperfect hangs on it.
            clause = _O21_WHEN_NEXT.fullmatch(text, when.end(), pluperfect.start())
            if clause is None:
                clause = _O21_RELATIVE.fullmatch(text, when.end(), pluperfect.start())
            if (_O21_WHEN_DATE.search(text, max(sentence_start, first.start - 12), first.start) is None or clause is None
                    or sum(1 for word in (clause.group("clause") if "clause" in clause.groupdict() else clause.group("gap")).split()
                           if _is_verb_form(word)) != 1):
                continue
            conflicts.append(_o21_pluperfect_conflict(text, first, second, pluperfect))
            continue
        if _O21_DATE_PREPOSITION.search(text, max(sentence_start, first.start - 12), first.start) is None:
            continue
        opening = text[sentence_start:first.start]
        if re.search(r"(?<![\w-])(?:had|has|have|since|until|by|before|after)(?![\w-])", opening) is not None:
            continue
        link_start = first.end
        if _O21_NEXT_CLAUSE.fullmatch(text, link_start, pluperfect.start()) is not None:
            relative_gap = None
        else:
            relative = _O21_RELATIVE.fullmatch(text, link_start, pluperfect.start())
            if relative is None:
                continue
            relative_gap = relative.group("gap").split()
        opening_words = opening.split()
        fronted = (text.startswith(",", first.end) and not any(_is_verb_form(word) for word in opening_words)
                   and re.search(r"(?<![\w-])(?:that|which|who|whom|whose)(?![\w-])|[,;:]", opening) is None)
        post_verbal = ("," not in opening and any(_is_verb_form(word) for word in opening_words)
                       and re.search(r"(?<![\w-])(?:that|which|who|whom|whose|when|while|if)(?![\w-])", opening) is None)
        event_subject = _O21_EVENT_SUBJECT.fullmatch(text, sentence_start, first.start)
        if relative_gap is None:
            if not (fronted or post_verbal):
                continue
        elif fronted:
            if sum(1 for word in relative_gap if _is_verb_form(word)) != 1:
                continue
        elif event_subject is not None and _is_verb_form(event_subject.group("participle")):
            # The event noun's own participle dates it; what it did is the one verb before the relative pronoun.
            if not relative_gap or not _is_verb_form(relative_gap[0]) or len(relative_gap) > 5:
                continue
        elif post_verbal:
            if len(relative_gap) > 6 or any(_is_verb_form(word) for word in relative_gap):
                continue
        else:
            continue
        conflicts.append(_o21_pluperfect_conflict(text, first, second, pluperfect))
    return conflicts


def _o21_pluperfect_verb(pluperfect: re.Match[str]) -> bool:
    """Whether the pluperfect's verb is a past participle and nothing after it opens another clause or verb."""
    verb = pluperfect.group("verb")
    if not (verb.endswith(("ed", "en")) or verb in _O21_PARTICIPLES) or verb == "been":
        return False
    words = pluperfect.group("rest").split()
    rest = [word.lower() for word in words]
    for index, word in enumerate(rest):
        if word == "to" and index + 1 < len(rest) and (rest[index + 1] in _DETERMINERS or words[index + 1][:1].isupper()):
            continue  # "to" as a preposition ("appointed to the post"), not an infinitive ("agreed to buy")
        if word in _O21_NOT_IN_CLAUSE or _is_verb_form(word) or word == "and" and "between" not in rest:
            return False
    return True


def _o21_subject_pluperfect(context: _Context, first: _Candidate, second: _Candidate) -> DateConflict | None:
    """The pluperfect in a non-restrictive relative clause on the sentence's subject, its date first, the main clause's
    simple past and date after it: "The mill, which had closed in D1, was sold in D2" (D1 may not be later)."""
    text = context.text
    if second.start - first.end > 120 or text.rfind(" had ", max(0, first.start - 150), first.start) == -1:
        return None  # cheap test first: most pairs of dates have no "had" before them
    sentence_start, sentence_end = context.sentence(first.start)
    if second.start >= sentence_end:
        return None
    relative = _O21_SUBJECT_PLUPERFECT.fullmatch(text, sentence_start, first.start)
    if relative is None or not _o21_pluperfect_verb(relative) or any(_is_verb_form(word) for word in relative.group("subject").split()):
        return None
    main = _O21_MAIN_AFTER_RELATIVE.fullmatch(text, first.end, second.start)
    if main is None:
        return None
    words = main.group("main").lower().split()
    if (not any(_is_verb_form(word) for word in words[:2])
            or any(word in _O21_NOT_IN_CLAUSE and word != "to" or word == "had" for word in words)):
        return None  # the main clause opens with its simple past ("was sold to a rival in", "closed in")
    if (_PHASE_FUTURE.search(text, sentence_start, sentence_end) is not None
            or any(mark in text[sentence_start:second.end] for mark in "\"\u201c\u201d")):
        return None
    return DateConflict(
        "order_violation", ((first.start, first.end), (second.start, second.end)),
        f"{_describe(first, text)} dates \"{text[relative.start('had'):relative.end('verb')]}\", told in the pluperfect as "
        f"before the event dated {_describe(second, text)}, yet it is later",
    )


def _o21_next_sentence_pluperfect(context: _Context, first: _Candidate, second: _Candidate) -> DateConflict | None:
    """The next sentence opens in the pluperfect on the same subject or on a person the first names, with its own date:
    "X succeeded Y as chief constable in D1. Y had been appointed to the post in D2" (D2 may not be later)."""
    text = context.text
    if second.start - first.end > 400 or text.find(" had ", first.end, second.start) == -1:
        return None  # cheap test first: most pairs of dates have no "had" between them
    first_start, first_end = context.sentence(first.start)
    second_start, second_end = context.sentence(second.start)
    if second_start < first_end or text[first_end:second_start].strip() != "" or second.start - second_start > 120:
        return None
    if (_O21_DATE_PREPOSITION.search(text, max(first_start, first.start - 12), first.start) is None
            or len(text[first.end:first_end].split()) > 1 or first.start - first_start > 200):
        return None
    opening = text[first_start:first.start]
    if ("," in opening or not any(_is_verb_form(word) for word in opening.split())
            or re.search(r"(?<![\w-])(?:that|which|who|whom|whose|when|while|if|had|has|have|since|until|by|before|after)(?![\w-])", opening)):
        return None
    pluperfect = _O21_NEXT_PLUPERFECT.fullmatch(text, second_start, second.start)
    if pluperfect is None or not _o21_pluperfect_verb(pluperfect):
        return None
    name = pluperfect.group("name")
    if name is not None and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", opening) is None:
        return None
    noun = pluperfect.group("noun")
    if noun is not None and re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", opening, re.IGNORECASE) is None:
        return None
    if _planned_or_quoted(text, first_start, second_end):
        return None
    return _o21_pluperfect_conflict(text, first, second, pluperfect)


def _o21_pluperfect_conflict(text: str, first: _Candidate, second: _Candidate, pluperfect: re.Match[str]) -> DateConflict:
    return DateConflict(
        "order_violation", ((first.start, first.end), (second.start, second.end)),
        f"{_describe(second, text)} dates \"{text[pluperfect.start('had'):pluperfect.end('verb')]}\", told in the "
        f"pluperfect as before the event dated {_describe(first, text)}, yet it is later",
    )


# ---------------------------------------------------------------------------
# Round order20: an intransitive "followed"/"ensued" with its own date, in the clause after a dated one
# ("listed its shares in D1; a split followed in D2", "the strike began in D1, and closures followed in
# D2"): the verb itself says that its subject came after what was just told, whatever the two events are.
# Not the passive ("was followed in 1990 by"), nor a relative clause ("which followed in"), nor a stated
# length between them ("followed two years later, in D2": the duration rules' to read), nor a plan, a
# hypothetical or a quotation.
_O20_FOLLOWED: Final = re.compile(
    r"(?<![ ])(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,4}?[ ]*+(?:;|,[ ]++and|[ ]and)[ ]++(?P<subject>(?:[^ ,;:()\"\u201c\u201d]++[ ]++){1,5}?)"
    r"(?:(?:soon|shortly|quickly|swiftly|rapidly|duly|then)[ ]++)?(?P<verb>followed|ensued)[ ]++"
    r"(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ ]++)?")
# The subject of an intransitive "followed" is a noun phrase, not an auxiliary, a relative pronoun or a clause.
_O20_NOT_SUBJECT: Final = re.compile(
    r"(?<![\w-])(?:was|were|is|are|be|been|being|which|that|who|whom|what|had|has|have|it|this|he|she|they|we|I|you"
    r"|closely|immediately|directly|as)(?![\w-])")
_O20_LENGTH: Final = re.compile(r"(?<![\w-])(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|fortnights?)(?![\w-])")
_O20_PLUPERFECT: Final = re.compile(r"(?<![\w-])had(?![\w-])")


def _o20_followed_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    if "followed" not in text and "ensued" not in text:
        return []  # every pair needs one of them between its dates (below): one test, not one per pair
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        first, second = candidates[index - 1], candidates[index]
        if (second.start - first.end > 110 or first.kind == "range" or second.kind == "range"
                or first.earliest is None or second.latest is None or not second.latest < first.earliest):
            continue
        gap = text[first.end:second.start]
        if "followed" not in gap and "ensued" not in gap:
            continue
        sentence_start, sentence_end = context.sentence(first.start)
        if second.start >= sentence_end:
            continue
        sequence = _O20_FOLLOWED.fullmatch(text, first.end, second.start)
        if (sequence is None or _O20_NOT_SUBJECT.search(sequence.group("subject")) is not None
                or _O20_LENGTH.search(gap) is not None
                # The first date is the adjunct of its own clause ("listed its shares in D1"), not a noun's.
                or _PRECEDING_PREPOSITION.search(text, max(sentence_start, first.start - 20), first.start) is None
                or _O20_PLUPERFECT.search(text, max(sentence_start, first.start - 60), first.start) is not None
                or _O19_QUOTE.search(text, sentence_start, second.end) is not None
                or _SCOPE_FUTURE.search(text, sentence_start, second.end) is not None
                or _r21_frame_scopes(text, _r21_frame_search(text, sentence_start, sentence_end), second.end, sentence_end)):
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} is told as coming after {_describe(first, text)} "
            f"(\"{sequence.group('verb')}\"), yet it is earlier",
        ))
    return conflicts


# ---------------------------------------------------------------------------
# Round 21: a main clause without a date, ordered by a connective after it ("left the party before its
# bitter 1993 split"), and dated by the participle clause set off after the connective's phrase (",
# handing back the membership card in 2001"): the participle's action goes with the main clause's, so
# its date is the main clause's.  The participle's own time adjunct ("in"/"on") dates it, not a noun's
# participle ("citing a report published in 1990") or a reporting participle ("saying", "citing").
_R21_MID_CUE: Final = re.compile("after|following|before|ahead|prior|aftermath|wake")
_R21_MID_CONNECTIVE: Final = re.compile(
    r"(?<![\w-])(?P<word>after|following|before|ahead[ ]++of|prior[ ]++to|in[ ]++the[ ]++(?:aftermath|wake)[ ]++of)"
    r"(?:[ ]++[^ ,;:()]++){0,5}?[ ]++$")
_R21_PARTICIPLE_TAIL: Final = re.compile(
    r"(?<![ ])(?:[ ]++[^ ,;:()]++){0,4}?,[ ]++(?!(?:including|according|following|during|regarding|concerning|saying|citing|noting"
    r"|claiming|arguing|blaming|accusing|recalling|quoting|referring|adding|insisting|describing|calling|making|being|having)"
    r"(?![\w-]))(?P<verb>[a-z]{3,}ing)(?![\w-])")
_R21_PLUPERFECT: Final = re.compile(r"(?<![\w-])(?:had|already)(?![\w-])")
_R21_TIME_LEAD: Final = re.compile(r"(?<![\w-])(?:in|on)[ ]++(?:the[ ]++)?$")
_R21_NOUN_PARTICIPLE: Final = re.compile(r"(?<![\w-])(?:[a-z]{3,}ed|held|built|made|written|given|taken|won|begun|set)(?![\w-])")


def _r21_participle_order(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index, sub in enumerate(candidates[:-1]):
        if not sub.year_explicit or sub.kind == "range" or sub.granularity not in ("day", "month", "year"):
            continue
        sentence_start, sentence_end = context.sentence(sub.start)
        if index > 0 and candidates[index - 1].start >= sentence_start:
            continue  # the main clause carries no date
        if _R21_MID_CUE.search(text, max(sentence_start, sub.start - 60), sub.start) is None:
            continue
        connective = _R21_MID_CONNECTIVE.search(text, max(sentence_start, sub.start - 60), sub.start)
        if connective is None or _SENTENCE_OPENING.fullmatch(text, sentence_start, connective.start()) is not None:
            continue  # an opening connective is the continued-order rule's
        if _OWN_CLAUSE_BREAK.search(text, connective.end(), sub.start) is not None:
            continue
        tail = _R21_PARTICIPLE_TAIL.match(text, sub.end, min(sentence_end, sub.end + 60))
        if tail is None:
            continue
        cont = candidates[index + 1]
        if (cont.start >= sentence_end or not cont.year_explicit or cont.kind == "range" or cont.since
                or cont.granularity not in ("day", "month", "year")):
            continue
        between = text[tail.end():cont.start]
        if (len(between.split()) > 10 or _OWN_CLAUSE_BREAK.search(text, tail.end(), cont.start) is not None
                or _R21_TIME_LEAD.search(text, max(tail.end(), cont.start - 12), cont.start) is None
                or _R21_NOUN_PARTICIPLE.search(text, tail.end(), cont.start) is not None
                or _R21_BACKGROUND.search(text, tail.start("verb"), cont.start) is not None
                or _R21_PLUPERFECT.search(text, max(sentence_start, connective.start() - 150), connective.start()) is not None
                or _r21_future_frame(text, sentence_start, sentence_end)):
            continue
        word = " ".join(connective.group("word").lower().split())
        after = word in ("after", "following") or word.startswith("in the")
        assert sub.earliest and sub.latest and cont.earliest and cont.latest
        if cont.latest < sub.earliest if after else cont.earliest > sub.latest:
            conflicts.append(DateConflict(
                "order_violation", ((sub.start, sub.end), (cont.start, cont.end)),
                f"{_describe(cont, text)} dates an action told with an event said to come {'after' if after else 'before'} "
                f"{_describe(sub, text)} (\"{connective.group('word')}\"), but the dates put it {'before' if after else 'after'}",
            ))
    return conflicts


# ---------------------------------------------------------------------------
# Round 21: a stopped or negated state that lasts "until" a dated event ("stayed shut until its restoration
# was finished in 1993", "Until the 1978 reforms, women could not sit on juries", "was not named captain
# until ...") ends no earlier than that date, so the next dated clause that tells its end or the first
# time of what it kept from happening ("and it reopened ... in", "The first woman juror was sworn in ...
# in", "led the side out for the first time ... on") cannot come before it.
_R21_UNTIL: Final = re.compile(r"(?<![\w-])[Uu]ntil(?![\w-])")
_R21_STOPPED: Final = re.compile(
    r"(?<![\w-])(?:not|never|no|cannot|closed|shut|suspended|halted|banned|barred|empty|dormant|abandoned|derelict|idle"
    # Round order25: the negative pronouns ("nobody could fish in the loch").
    r"|nobody|no[ ]one|no-one|none"
    r"|out[ ]++of[ ]++use|[a-z]++n['\u2019]t)(?![\w-])")
_R21_RESUMED: Final = re.compile(
    r"(?<![\w-])(?:for[ ]++the[ ]++first[ ]++time|first|again|(?:re-?open|resum|restart|return|reinstat|reintroduc|relaunch|reappear"
    r"|readmitt|reconven|resettl|reunit|rejoin|reconnect)(?:ed|d))(?![\w-])")


# Round order25: "could" in the state told with a negative subject is the negated state itself ("Until the treaty
# was signed on D1, no ship could sail ...; the first crossing was made on D2").
_O25_COULD_NEGATED: Final = re.compile(r"(?<![\w-])(?:no|nobody|none|neither|never)(?![\w-])")


def _r21_until_ends(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    # Only dates with an "until" in the 75 characters before them (a substring search of that window).
    for index, bound in enumerate(candidates[:-1]):
        if text.find("ntil", max(0, bound.start - 75), bound.start) == -1:
            continue
        if not bound.year_explicit or bound.kind == "range" or bound.granularity not in ("day", "month", "year"):
            continue
        sentence_start, sentence_end = context.sentence(bound.start)
        until = None
        for until in _R21_UNTIL.finditer(text, max(sentence_start, bound.start - 70), bound.start):
            pass
        if until is None or _OWN_CLAUSE_BREAK.search(text, until.end(), bound.start) is not None:
            continue
        if len(text[until.end():bound.start].split()) > 10 or (index > 0 and candidates[index - 1].start > until.start()):
            continue
        opening = _SENTENCE_OPENING.fullmatch(text, sentence_start, until.start()) is not None
        if opening:
            # "Until the 1978 reforms, women could not sit on juries.": the state follows the comma.
            comma = text.find(",", bound.end, min(sentence_end, bound.end + 40))
            if comma == -1:
                continue
            state_start = comma + 1
            state_end_match = _OWN_CLAUSE_BREAK.search(text, state_start, sentence_end)
            state_end = state_end_match.start() if state_end_match is not None else sentence_end
        else:
            state_start = sentence_start
            for clause in _OWN_CLAUSE_BREAK.finditer(text, max(sentence_start, until.start() - 150), until.start()):
                state_start = clause.end()
            state_end = until.start()
        if _R21_STOPPED.search(text, state_start, state_end) is None:
            continue
        after = candidates[index + 1]
        if (not after.year_explicit or after.kind == "range" or after.since or after.granularity not in ("day", "month", "year")
                or after.start - bound.end > 400):
            continue
        if after.start < sentence_end:
            link = _R21_COORDINATED.search(text, max(bound.end, state_end if opening else bound.end), after.start)
            if link is None:
                continue
            step_start = link.end()
        else:
            step_start = context.sentence(after.start)[0]
            if step_start != sentence_end and context.sentence(sentence_end)[0] != step_start:
                continue
        if (_OWN_CLAUSE_BREAK.search(text, step_start, after.start) is not None or len(text[step_start:after.start].split()) > 16
                or _R21_RESUMED.search(text, step_start, min(context.sentence(after.start)[1], after.end + 60)) is None
                or _R21_BACKGROUND.search(text, step_start, after.start) is not None
                or _r21_future_frame(text, step_start, context.sentence(after.start)[1])
                or ((frame := _r21_frame_search(text, state_start, state_end)) is not None
                    and not (frame.group(0) == "could" and (
                        text.startswith(" not ", frame.end())
                        # Round order25: "no ship could sail", "nobody could fish"
                        or _O25_COULD_NEGATED.search(text, state_start, frame.start()) is not None)))):
            continue  # a future or hypothetical frame; "could not" is the negated state itself
        assert bound.earliest and after.latest
        if after.latest < bound.earliest:
            conflicts.append(DateConflict(
                "order_violation", ((bound.start, bound.end), (after.start, after.end)),
                f"{_describe(after, text)} ends a state said to last until {_describe(bound, text)}, "
                f"but the dates put it before",
            ))
    return conflicts


# ---------------------------------------------------------------------------
# Round 21: an event ordered after a dated one ("In the aftermath of the 1993 outbreak, ...", "Once the dam
# was completed in 1993, ...", "The 1964 sinking prompted ...") whose own clause carries no date, but whose
# next step does: a relative or process clause on its object (", which opened on", ", a process that
# started on", ", the last of which was handed over in"), a clause after a semicolon, or the next sentence
# opened by a definite noun phrase or a possessive that points back ("The fund opened for applications
# on", "Its first issue appeared in").  That step follows the event, so it cannot precede the date the
# event is ordered after.  A pluperfect or "already"/"previously"/"originally" step is background.
_R21_AFTER_OPENING: Final = re.compile(
    r"[ \"'(\u201c]*+(?:(?:[Oo]nly|[Jj]ust|[Ss]oon|[Ss]hortly|[Ii]mmediately)[ ]++)?(?:[Aa]fter|[Ff]ollowing|[Ii]n[ ]++the[ ]++(?:aftermath|wake)[ ]++of"
    r"|[Oo]nce|[Uu]pon|[Ii]n[ ]++(?:direct[ ]++)?response[ ]++to|[Aa]s[ ]++a[ ]++result[ ]++of)(?![\w-])")
_R21_CAUSAL_CUE: Final = re.compile("prompted|led |triggered|sparked|resulted|caused|gave rise|spurred|brought about")
_R21_CAUSAL: Final = re.compile(
    r"(?<![ ])[ ]++(?:(?:[A-Za-z]++[ ]++){0,6}?)(?:prompted|led(?:[ ]++directly)?[ ]++to|triggered|sparked|resulted[ ]++in|caused|gave[ ]++rise[ ]++to"
    r"|spurred|brought[ ]++about)(?![\w-])")
_R21_STEP_LINK: Final = re.compile(
    r",[ ]++(?:which|(?:a|the)[ ]++[a-z]++[ ]++(?:that|which)|the[ ]++(?:last|first|second|final|latest|earliest)[ ]++of[ ]++which)[ ]|;[ ]")
_R21_STEP_OPENING: Final = re.compile(r"[ \"'(\u201c]*+(?:The|Its|That|This|Their|His|Her)[ ]")
# An object the event brings about, told as new ("a new breakwater", "three field hospitals", "new rules"),
# and a relative verb that tells an object's own origin ("which was founded in").
_R21_NEW_OBJECT: Final = re.compile(
    r"(?<![\w-])(?:an?|new|two|three|four|five|six|seven|eight|nine|ten|[0-9]++)[ ]++(?:[a-z][\w-]*+[ ]++){0,3}?[a-z][\w-]*+$")
_R21_ORIGIN: Final = re.compile(r"(?<![\w-])(?:founded|established|formed|incorporated|born|created|built|set[ ]++up)(?![\w-])")
_R21_BACKGROUND: Final = re.compile(r"(?<![\w-])(?:had|already|previously|originally|earlier|once|since|before|until|been)(?![\w-])")


def _r21_continued_order(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index, sub in enumerate(candidates[:-1]):
        if sub.granularity not in ("day", "month", "year") or not sub.year_explicit or sub.kind == "range":
            continue
        sentence_start, sentence_end = context.sentence(sub.start)
        if index > 0 and candidates[index - 1].start >= sentence_start:
            continue  # the sentence's first date only
        main_start = -1
        opening = _R21_AFTER_OPENING.match(text, sentence_start, sub.start)
        if opening is not None:
            comma = text.find(",", sub.end, min(sentence_end, sub.end + 60))
            if (comma == -1 or len(text[sub.end:comma].split()) > 6
                    or candidates[index + 1].start < comma or len(text[opening.end():sub.start].split()) > 12):
                continue
            main_start = comma + 1
            if _r21_future_frame(text, sentence_start, comma):
                continue
        else:
            if _R21_CAUSAL_CUE.search(text, sub.end, min(sentence_end, sub.end + 60)) is None:
                continue
            causal = _R21_CAUSAL.match(text, sub.end, min(sentence_end, sub.end + 60))
            if causal is None or _CLAUSE_BREAK.search(text, sentence_start, sub.start) is not None:
                continue
            main_start = causal.end()
        cont = candidates[index + 1]
        if cont.granularity not in ("day", "month", "year") or not cont.year_explicit or cont.kind == "range" or cont.since:
            continue
        if cont.start < sentence_end:
            link = _R21_STEP_LINK.search(text, main_start, cont.start)
            if link is None or _OWN_CLAUSE_BREAK.search(text, main_start, link.start()) is not None:
                continue  # one main clause, then the step's clause
            step_start = link.end()
            if len(text[step_start:cont.start].split()) > 12 or _OWN_CLAUSE_BREAK.search(text, step_start, cont.start) is not None:
                continue
            if text.startswith(", which", link.start()) and (
                    _R21_NEW_OBJECT.search(text, max(main_start, link.start() - 50), link.start()) is None
                    or _R21_ORIGIN.search(text, step_start, cont.start) is not None):
                continue  # "moved to Acme, which was founded in 1990": an object that was there before the event
        else:
            next_start, next_end = context.sentence(sentence_end)
            if next_start != context.sentence(cont.start)[0] or _R21_STEP_OPENING.match(text, next_start, cont.start) is None:
                continue
            if _OWN_CLAUSE_BREAK.search(text, main_start, sentence_end - 1) is not None:
                continue
            step_start = next_start
            if len(text[step_start:cont.start].split()) > 12 or _OWN_CLAUSE_BREAK.search(text, step_start, cont.start) is not None:
                continue
        main_words = text[main_start:min(sentence_end, main_start + 60)]
        if (_R21_BACKGROUND.search(text, step_start, cont.start) is not None
                or _r21_future_frame(text, step_start, min(context.sentence(cont.start)[1], cont.end + 40))
                or _CLAUSE_NOT_PAST.search(text, main_start, main_start + len(" ".join(main_words.split()[:4])) + 1) is not None
                or _REPORTING.search(text, step_start, cont.start) is not None):
            continue
        assert sub.earliest and cont.latest
        if cont.latest < sub.earliest:
            conflicts.append(DateConflict(
                "order_violation", ((sub.start, sub.end), (cont.start, cont.end)),
                f"{_describe(cont, text)} dates a later step of an event told as coming after {_describe(sub, text)}, "
                f"but the dates put it before",
            ))
    return conflicts


# Round 16: two phases of one event whose order lies in the words themselves: a start before
# its end ("began ... and was finished"), an interruption before its resumption, a departure
# before the return, an engagement before the marriage, a discovery before its publication, a
# first election before a re-election, a destruction before the rebuilding, a shock before its
# aftershock, an arrest before the trial. The two dated phases must share their subject: two
# predicates joined by "and" ("began in 1969 and was finished in 1966"), an opening participle
# and its clause ("First elected in 1974, X was re-elected in 1971"), or a next sentence whose
# subject points back ("X fled in 1974. The opposition leader returned ... in 1971").
_PHASE_WORD: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<start>began|begun|started|commenced|launched|broke[ ]++ground)"
    r"|(?P<end>finished|completed|concluded|ended|wound[ ]++up)"
    r"|(?P<suspend>suspended|halted|interrupted|paused)"
    r"|(?P<resume>resumed|restarted)"
    r"|(?P<leave>fled|exiled|deported|expelled|went[ ]++into[ ]++exile)"
    r"|(?P<back>returned|came[ ]++back)"
    # Round order23: a proposal of marriage, to a person named ("proposed to Clara Hume on D1").
    r"|(?P<engage>engaged|engagement|proposed(?=[ ]++to[ ]++(?-i:[A-Z]))"
    # Round order23: a couple's meeting ("The couple met as students in D1 and married in D2").
    r"|(?<=couple[ ])met|(?<=pair[ ])met|(?<=couple[ ]first[ ])met|(?<=pair[ ]first[ ])met)"
    r"|(?P<marry>married|wed)"
    r"|(?P<detect>detected|discovered|spotted|observed)"
    r"|(?P<publish>published|announced|reported)"
    r"|(?P<elect>(?<!re-)(?<!re)elected)"
    r"|(?P<reelect>re-?elected)"
    r"|(?P<shock>earthquake|quake)"
    r"|(?P<aftershock>aftershocks?)"
    r"|(?P<destroy>burned[ ]++down|burnt[ ]++down|destroyed|demolished|razed)"
    r"|(?P<rebuild>rebuilt|reconstructed)"
    r"|(?P<widow>widowed|divorced)"
    r"|(?P<remarry>remarried)"
    r"|(?P<arrest>arrested|detained)"
    r"|(?P<trial>charged|convicted|sentenced|tried)"
    r")(?![\w-])", re.IGNORECASE)
_PHASE_BEFORE: Final[dict[str, str]] = {
    "end": "start", "resume": "suspend", "back": "leave", "marry": "engage", "publish": "detect",
    "reelect": "elect", "aftershock": "shock", "rebuild": "destroy", "remarry": "widow", "trial": "arrest",
}
# What links the two phases' clauses (text between the first date and the second phase word).
_PHASE_AND: Final = re.compile(
    r"[ ]*+,?[ ]*+(?:and|then|before|but)[ ]++"
    # Round order23: the two partners of an engagement named back as one subject (", and the couple wed on").
    r"(?:(?:the|their)[ ]++(?:couple|pair)[ ]++)?"
    r"(?:(?:then|later|quietly|only|finally|eventually|subsequently|was|were"
    r"|had|been|has|have|it|he|she|they)[ ]++){0,3}(?:[a-z]++[ ]++){0,1}$")
_PHASE_NEXT_SUBJECT: Final = re.compile(
    r"[ \n]*+(?:(?:It|He|She|They|The|His|Her|Its|Their|A|An)(?:[ ]++[\w'-]++){0,4}?|[A-Z][\w'-]*+(?:[ ]++[A-Z][\w'-]*+)?)"
    r"[ ]++(?:(?:was|were|had|has|been|then|later|finally|only|eventually|quietly)[ ]++){0,3}$")
_PHASE_FRONTED: Final = re.compile(r"[ ]*+,[ ]++(?:[A-Z][\w'-]*+[ ]++){1,3}(?:(?:was|were|had[ ]++been)[ ]++)?(?:[a-z]++[ ]++){0,1}$")
_PHASE_FUTURE: Final = re.compile(
    r"(?<![\w-])(?:will|would|shall|could|might|may|should|must|if|unless|whether|expected|scheduled|planned|due|not|never)(?![\w-])")


def _planned_or_quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells a plan (``_PHASE_FUTURE``) or holds a quotation mark: an order or
    duration read there would be someone's intention or words, not the article's account."""
    return _PHASE_FUTURE.search(text, start, end) is not None or any(mark in text[start:end] for mark in "\"\u201c\u201d")


# Round 16: ordinals of one kind of thing are ordered in time: the first edition, shop or phase
# before the second ("The first edition, in 1979 ... By the second, in 1976"; "its second shop,
# opening in 1966; its first ... had opened in 1969"). Both ordinals date the same noun, or one
# of them stands alone for it; an ordinal of a period ("first quarter"), a superlative
# ("second-largest") or an adverb ("first elected") is none.
_ORDINAL: Final = re.compile(
    r"(?<![\w-])(?P<ordinal>first|second|third|fourth|fifth|sixth|final|last)(?![\w-])(?:[ ]++(?P<noun>[a-z][a-z'-]*+))?",
    re.IGNORECASE)
_ORDINAL_OWNER: Final = re.compile(r"(?<![\w-])(his|her|their|my|our|your)[ ]++$", re.IGNORECASE)
_ORDINAL_RANK: Final[dict[str, int]] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "final": 99,
                                        "last": 99}
# Round order16: "last" orders only after a determiner ("the last rolled off the presses", "its last
# issue"), and then a past verb after it leaves it standing alone; "last year", "at last" order nothing.
_ORDINAL_LAST_DETERMINER: Final = re.compile(r"(?<![\w-])(?:the|its|their)[ ]++$", re.IGNORECASE)
# Words after an ordinal that leave it standing alone ("its first, in", "the second of"), and
# nouns of periods, ranks and fixed phrases whose ordinal orders nothing in time.
_ORDINAL_ALONE: Final = frozenset("""
of in on at by for to from with and or but had has have was were is are be been which that who whose it its their his her
the a an this
""".split())
_ORDINAL_NOT_EVENT: Final = frozenset("""
time times place quarter half week weeks day days month months year years season decade century round leg minute minutes
night weekend summer winter spring autumn fall few couple resort word straw
hour hours period periods floor person lady world class language amendment cousin hand degree baseman
""".split())


def _ordinal_of(context: _Context, candidate: _Candidate, low: int) -> tuple[int, str | None, re.Match[str]] | None:
    """The ordinal dating ``candidate`` (at most 60 characters before it, same sentence): rank and noun (None if alone)."""
    text = context.text
    found = None
    for found in _ORDINAL.finditer(text, max(low, candidate.start - 60), candidate.start):
        pass
    if found is None or ";" in text[found.end():candidate.start]:
        return None
    noun = found.group("noun")
    last = found.group("ordinal").lower() == "last"
    if last and _ORDINAL_LAST_DETERMINER.search(text, max(0, found.start() - 8), found.start()) is None:
        return None
    if noun is not None:
        noun = noun.lower()
        if last and noun.endswith("ed"):
            noun = None  # "the last rolled off the presses on": the last one
        elif noun.endswith("ed") or noun.endswith("ly"):
            return None  # "first elected", "first publicly"
        if noun in _ORDINAL_NOT_EVENT:
            return None
        if noun in _ORDINAL_ALONE:
            noun = None
    return _ORDINAL_RANK[found.group("ordinal").lower()], noun, found


# Round 18: a sentence opening "Since <something> in D1," sets the start of what its main clause
# tells in the present perfect ("Since leaving office in 1992, she has written two books, the first
# published in 1990"; "Since its takeover in June 1985, the bank has closed eleven branches,
# starting with Ousterby in August 1982"): a date of that clause before D1 contradicts it. Not when
# the main clause has no present perfect before the date, or a pluperfect, "before", "earlier",
# "until", "ago" or a relative clause stands before it (a relative clause may tell an older past).
_R18_PERFECT: Final = re.compile(r"(?<![\w'\u2019-])(?:has|have)(?![\w'\u2019-])")
_R18_SINCE_BLOCK: Final = re.compile(
    r"(?<![\w'\u2019-])(?:had|before|previously|earlier|until|till|prior|ago|born|which|who|whose|whom|when|where|once|formerly"
    r"|originally|since)(?![\w'\u2019-])|[;:\"\u201c\u201d(]", re.IGNORECASE)


def _r18_since_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    if "Since " not in text:
        return []
    conflicts: list[DateConflict] = []
    done: set[int] = set()
    dated = [candidate for candidate in context.candidates if candidate.absolute and candidate.earliest and candidate.latest]
    for index, start_date in enumerate(dated):
        sentence_start, sentence_end = context.sentence(start_date.start)
        if sentence_start in done:
            continue
        done.add(sentence_start)
        opening = _SENTENCE_OPENING.match(text, sentence_start, start_date.start)
        since = opening.end() + 6 if opening is not None and text.startswith("Since ", opening.end()) else -1
        if since == -1 or since > start_date.start or "," in text[since:start_date.start] or start_date.start - since > 80:
            continue
        comma = text.find(",", start_date.end, sentence_end)
        if comma == -1 or len(text[start_date.end:comma].split()) > 4:
            continue
        following = text[comma + 1:comma + 12].lstrip().split(" ", 1)[0].lower()
        if following in ("which", "who", "when", "where", "whose", "that"):
            continue
        for end_date in dated[index + 1:]:
            if end_date.start >= sentence_end:
                break
            if end_date.start < comma:
                continue
            perfect = _R18_PERFECT.search(text, comma, end_date.start)
            if perfect is None or _R18_SINCE_BLOCK.search(text, comma, end_date.start) is not None:
                break
            assert start_date.earliest and end_date.latest
            if end_date.latest < start_date.earliest:
                conflicts.append(DateConflict(
                    "order_violation", ((start_date.start, start_date.end), (end_date.start, end_date.end)),
                    f"{_describe(end_date, text)} is told as happening since {_describe(start_date, text)}, "
                    f"but comes before it"))
            break
    return conflicts


def _ordinal_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    ordinals: dict[int, tuple[int, str | None, re.Match[str]] | None] = {}
    for index, candidate in enumerate(candidates):
        if candidate.kind == "range" or candidate.earliest is None or candidate.latest is None:
            ordinals[index] = None
            continue
        start = context.sentence(candidate.start)[0]
        ordinals[index] = _ordinal_of(context, candidate, max(start, candidates[index - 1].end if index > 0 else 0))
    for index in range(1, len(candidates)):
        second = ordinals[index]
        if second is None:
            continue
        for back in range(index - 1, max(-1, index - 3), -1):
            first = ordinals[back]
            if first is None:
                continue
            one, two = candidates[back], candidates[index]
            if two.start - one.end > 1500:
                break
            sentence_one = context.sentence(one.start)
            sentence_two = context.sentence(two.start)
            if sentence_one != sentence_two and back != index - 1:
                break  # across sentences, only the last dated one before
            (rank_one, noun_one, match_one), (rank_two, noun_two, match_two) = first, second
            if rank_one == rank_two or noun_one is None and noun_two is None:
                break
            if noun_one is not None and noun_two is not None and noun_one != noun_two:
                break
            owner_one = _ORDINAL_OWNER.search(text, max(0, match_one.start() - 8), match_one.start())
            owner_two = _ORDINAL_OWNER.search(text, max(0, match_two.start() - 8), match_two.start())
            if owner_one is not None and owner_two is not None and owner_one.group(1).lower() != owner_two.group(1).lower():
                break  # "her first novel ...; his second": two people's series
            if _PHASE_FUTURE.search(text, max(sentence_one[0], one.start - 120), min(sentence_two[1], two.end + 120)) is not None:
                break
            early, late = (one, two) if rank_one < rank_two else (two, one)
            assert early.earliest and late.latest
            if late.latest < early.earliest:
                conflicts.append(DateConflict(
                    "order_violation", ((one.start, one.end), (two.start, two.end)),
                    f"\"{match_one.group(0)}\" is dated {_describe(one, text)} and \"{match_two.group(0)}\" "
                    f"{_describe(two, text)}, out of their order",
                ))
            break
    return conflicts


def _phase_word(context: _Context, candidate: _Candidate, low: int) -> re.Match[str] | None:
    """The last phase word before ``candidate`` in its own clause (at most 70 characters back)."""
    found = None
    for found in _PHASE_WORD.finditer(context.text, max(low, candidate.start - 70), candidate.start):
        pass
    return found


def _phase_pair_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        first, second = candidates[index - 1], candidates[index]
        if second.start - first.end > 1500 or first.kind == "range" or second.kind == "range":
            continue
        second_start, second_end = context.sentence(second.start)
        first_start = context.sentence(first.start)[0]
        word_two = _phase_word(context, second, max(first.end, second_start))
        if word_two is None:
            continue
        word_one = _phase_word(context, first, max(candidates[index - 2].end if index > 1 else 0, first_start))
        if word_one is None:
            continue
        kind_one, kind_two = word_one.lastgroup or "", word_two.lastgroup or ""  # every alternative is a named group
        if _PHASE_BEFORE.get(kind_two) == kind_one:
            earlier, later = first, second
        elif _PHASE_BEFORE.get(kind_one) == kind_two:
            earlier, later = second, first
        else:
            continue
        if first_start == second_start:
            # One sentence: two predicates of one subject, or an opening participle and its clause.
            if second.start - first.end > 200:
                continue
            gap_linked = _PHASE_AND.match(text, first.end, word_two.start()) is not None
            fronted = (word_one.start() - first_start <= 30 and _PHASE_FRONTED.match(text, first.end, word_two.start()) is not None)
            # Round order24: the first phase in a relative clause on the sentence's subject, the second in the main
            # clause ("The strike, which began on D1, ended on D2"), as round order20 reads it for life-cycle stages.
            if not (gap_linked or fronted or _o20_subject_relative(text, first_start, word_one.start(), first.end, word_two.start())):
                continue
        else:
            # A later sentence, its subject pointing back, its phase word the first predicate: the
            # last dated sentence before it (no date in between), within 1,500 characters, as for
            # the other order rules across sentences.
            if (word_two.lastgroup != "aftershock" and _PHASE_NEXT_SUBJECT.fullmatch(text, second_start, word_two.start()) is None
                    or word_two.lastgroup == "aftershock" and word_two.start() - second_start > 12):
                continue
        if _PHASE_FUTURE.search(text, max(first_start, first.start - 120), min(second_end, second.end + 120)) is not None:
            continue
        assert earlier.earliest and later.latest
        if later.latest < earlier.earliest:
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(later, text)} dates the phase \"{text[(word_two if later is second else word_one).start():(word_two if later is second else word_one).end()]}\", "
                f"which comes after the one dated {_describe(earlier, text)}, yet it is earlier",
            ))
    return conflicts


# Round order16: stages of one thing's life cycle whose order is necessary in the world, from
# ``lexicons/life_cycle_stages.tsv`` (chain, stage): born before died, charged before convicted,
# elected before sworn in, founded before dissolved, built before demolished, closed before
# reopened, signed before ratified, discovered before extraction. Words of one stage are not
# ordered among themselves, nor are words of different chains ("promoted"/"relegated" and
# "announced"/"completed" are in none: either order happens). A pair is checked only when the
# text tells it in the chain's order ("was charged on D1 and convicted on D2") with one subject,
# linked as for the phase rule above (two predicates joined by "and"/"then"/";", an opening
# participle and its clause, a next sentence whose pronoun or repeated name points back), and no
# word of another instance ("earlier", "previous", "another", "separate"), no future or planned
# frame, no quotation and no second object that the first clause does not name ("joined Acme ...
# and left Brill", "built the bypass ... and closed the road") lies between.
# Round order18: chains of steps where the later one answers or completes the earlier (applied/granted,
# agreed to buy/completed, bid/accepted, sentenced/appeal, launched/entered orbit, recorded/released,
# went missing/found alive, took off/landed, ordered/delivered); the second clause may name the first
# event's product or the body that answers it ("and the deal was completed", "; the board accepted it"),
# or open with its stage noun after a possessive or "the" ("; her appeal against the sentence was
# dismissed"), but not the stage of another owner ("the verdict in his brother's case").
# Round order19: an audition before casting, a filed or lodged application before its grant, a referendum
# before its result is certified, a debut before the last appearance, a first case before the outbreak is
# declared over, a thesis before the degree, an application to join before admission; and a stage told second
# with the pluperfect, earlier in the chain ("closed in D1; it had opened in D2"). Left out as not fixed:
# approval of a project before work starts (retrospective approval happens), qualifying before a first post.
# Round order21: a term ending in "*" is a stem: it stands for every word that starts with it ("diagnos*" for
# diagnosed, diagnosis; "discharg*" for discharged, discharge), so a stage carries to the verb and noun forms
# the list does not spell out.  An agent noun built on a stem ("commissioner", "publisher") names a person,
# not a stage, and is not read as one.
_STAGE_STEM_TAIL: Final = "[a-z]*+(?<!er)(?<!ers)(?<!or)(?<!ors)(?<!ist)(?<!ists)"


def _life_cycle_stages() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, int], ...]]]:
    stages: dict[str, list[tuple[str, int]]] = {}
    for term, chain, stage in load_lexicon("life_cycle_stages").rows:
        stages.setdefault(term.lower(), []).append((chain, int(stage)))
    # Longest first within each initial letter; the alternatives grouped by that letter (several times faster to
    # scan than one flat alternation of a few hundred terms, and the same matches).
    by_initial: dict[str, list[str]] = {}
    for term in sorted(stages, key=len, reverse=True):
        by_initial.setdefault(term[0], []).append(
            re.escape(term.rstrip("*")).replace(r"\ ", "[ ]++") + (_STAGE_STEM_TAIL if term.endswith("*") else ""))
    pattern = re.compile(
        r"(?<![\w-])(?=[a-z])(?:" + "|".join("(?:" + "|".join(group) + ")" for group in by_initial.values()) + r")(?![\w-])",
        re.IGNORECASE)
    return pattern, {term: tuple(value) for term, value in stages.items()}


_STAGE_WORD, _STAGE_OF = _life_cycle_stages()
_STAGE_STEMS: Final = tuple(sorted((term for term in _STAGE_OF if term.endswith("*")), key=len, reverse=True))
_STAGE_AGENT_ENDINGS: Final = ("er", "ers", "or", "ors", "ist", "ists")


def _stages_of(word: str) -> tuple[tuple[str, int], ...]:
    """The (chain, stage) pairs of a matched stage word: its own entry and those of the longest stem it starts with."""
    key = " ".join(word.lower().split())
    found = _STAGE_OF.get(key, ())
    for stem in _STAGE_STEMS:
        if key.startswith(stem[:-1]) and not (len(key) > len(stem) - 1 and key.endswith(_STAGE_AGENT_ENDINGS)):
            return found + _STAGE_OF[stem]
    return found
# What links the two stages' clauses (text between the first date and the second stage word).
_STAGE_AND: Final = re.compile(
    r"[ ]*+(?:,[ ]*+)?(?:(?:and|but)(?:[ ]++then)?|;|then)[ ]++(?:(?:the|its)[ ]++(?:building|work|works|construction|structure)[ ]++"
    # Round order18: the first event's own product or result named back ("agreed to buy X in D1, and the deal was
    # completed", "finished the manuscript in D1, and the novel was published"), or the body that answers the first
    # event ("made its bid on D1; the board accepted it", "applied in D1 and the council refused it").
    r"|(?:the|its|his|her|their)[ ]++(?:deal|sale|purchase|takeover|acquisition|merger|novel|book|bid|offer|application"
    r"|request|probe|spacecraft|craft|satellite|mission|board|council|committee|court|panel|regulator|shareholders"
    r"|authorities|ministry"
    # Round order19: a vote's result, an outbreak, a patent, a degree named back ("; the result was certified on").
    r"|result|results|outcome|count|outbreak|epidemic|patent|degree"
    # Round order24: the work whose first draft the first clause finished ("; the manuscript was sent to publishers").
    r"|manuscript|script|typescript"
    # Round order24: what is left of the missing, and the first stage's outcome named back ("and his body was found",
    # "; her conviction was quashed").
    r"|body|remains|conviction|veto)[ ]++"
    # Round order25: the contract that a tender or a call for bids was for, with what it is for ("bids were invited
    # on D1, and the contract for the new wing was awarded on D2").
    r"|(?:the|its|their)[ ]++contracts?[ ]++(?:(?:for|to[ ]++build|to[ ]++supply|to[ ]++run)[ ]++(?:[\w'-]++[ ]++){1,8}?)?"
    # Round order24: the vessel whose keel the first clause laid, named as the built whole ("her keel was laid on D1,
    # and the finished hull was launched on D2").
    r"|(?:the|its|her)[ ]++(?:(?:finished|completed|new)[ ]++)?(?:hull|ship|vessel)[ ]++)?"
    r"(?:(?:it|he|she|they|was|were|has|have|been|then|later"
    r"|finally|eventually|subsequently|only|first|formally|officially|quietly|declared|fully|became|got)[ ]++){0,4}"
    # Round order17: the second stage as a noun of the same subject, after a light verb or a possessive
    # that points back to it: "launched on D1 and made her maiden voyage on", "indicted in D1; his trial started in".
    r"(?:(?:made|gave|had|held|began|started"
    # Round order21: a verb of receiving before the stage noun ("passed its third reading on D1 and received royal assent").
    r"|received|won|gained|obtained|got)[ ]++"
    # Round order24: a verb that declares the stage as its complement ("and discharged as cured", "pronounced as cured").
    r"|(?:discharged|pronounced|certified|declared)[ ]++as[ ]++"
    # Round order19: a verb of setting out before the stage noun ("launched in D1 and sailed on her maiden voyage in").
    r"|(?:sailed|set[ ]++(?:off|out|sail)|embarked|departed|went)[ ]++(?:on|upon)[ ]++"
    # Round order25: a result before the round it was won in ("won her heat on D1 and took gold in the final on D2").
    r"|(?:took|won|claimed|finished|came|placed)[ ]++(?:gold|silver|bronze|first|second|third|fourth|last)[ ]++)?"
    r"(?:(?:his|her|its|their|the)[ ]++)?$")
# An opening participle and its clause's subject: "Founded in 1998, Marlow Press was dissolved in", "Born in 1990, she died in".
_STAGE_FRONTED: Final = re.compile(
    r"[ ]*+,[ ]++(?:(?:[A-Z][\w'-]*+[ ]++)(?:&[ ]++)?(?:[A-Z][\w'-]*+[ ]++){0,2}|(?:he|she|they|it)[ ]++)(?:(?:was|were|had[ ]++been)[ ]++)?(?:[a-z]++[ ]++){0,1}$")
# Round order20: the first stage in a non-restrictive relative clause on the sentence's subject, the second in
# the main clause after it ("The couple, who became engaged on D1 in Paris, married ... on D2"; "The mill, which
# was opened in D1, closed in D2"; reduced to its participle: "The pier, built in D1, was demolished in D2"):
# both are the subject's.  The subject opens the sentence and holds no verb;
# the main clause is in the simple past (not "had married", which looks back).
_O20_SUBJECT_RELATIVE: Final = re.compile(
    r"(?<![\w'-])[A-Z][\w'-]*+(?P<subject>(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,5}?),[ ]++(?:(?:who|which)[ ]++"
    # or the participle of a reduced relative clause ("The old pier at Eastcliff, built in D1, was demolished in D2")
    r"(?:(?:was|were|first)[ ]++){0,2})?$")
_O20_RELATIVE_CLOSE: Final = re.compile(
    r"(?<![ ])(?:[ ]++[^ ,;:()\"\u201c\u201d]++){0,4}?,[ ]++(?:(?:was|were|then|later|finally|eventually|formally"
    r"|officially|quietly)[ ]++){0,2}$")
_STAGE_NEXT_SUBJECT: Final = re.compile(
    r"[ \n]*+(?:(?P<pronoun>It|He|She|They)|(?:The[ ]++(?P<noun>[a-z][\w'-]*+))|(?P<name>[A-Z][\w'-]*+))"
    r"[ ]++(?:(?:was|were|had|has|been|then|later|finally|only|eventually|formally|officially)[ ]++){0,3}$")
# Round order19: the pluperfect right before the second stage word ("; it had opened in", "had first been charged").
_STAGE_PLUPERFECT: Final = re.compile(r"(?<![\w-])had[ ]++(?:(?:been|first|originally|only|just)[ ]++){0,2}$")
# Round order19: a stage noun as the subject right before the first clause's passive verb ("The first case was ").
_STAGE_SUBJECT_STAGE: Final = re.compile(r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++(?P<stage>[a-z][a-z ]{1,30}?)[ ]++(?:was|were)[ ]++$")
# Round order21: the earlier stage named as the complement right after the later stage's date ("in D1 for the killing").
_O21_STAGE_COMPLEMENT: Final = re.compile(r"(?<![ ])[ ]++(?:for|over|of|with)[ ]++(?:(?:the|a|an|his|her|their|its)[ ]++)?$")
# Round order21: a sentence whose subject is two people named and joined by "and", then its verb.
_O21_TWO_PEOPLE: Final = re.compile(
    r"[ \"'(\u201c]{0,3}+(?<![\w'-])[A-Z][\w'-]*+(?:[ ]++[A-Z][\w'-]*+){0,2}[ ]++and[ ]++[A-Z][\w'-]*+(?:[ ]++[A-Z][\w'-]*+){0,2}[ ]++$")
_O24_PERSONAL_SUBJECT: Final = re.compile(r"(?<![\w-])(?:he|she|they)(?![\w-])")
_STAGE_POSSESSIVE: Final = re.compile(r"(?<![\w-])(?:his|her|their|its)[ ]++[a-z]", re.IGNORECASE)
_STAGE_OTHER_INSTANCE: Final = re.compile(
    r"(?<![\w-])(?:earlier|previous|previously|prior|separate|another|different|unrelated|former|formerly|again|second"
    r"|plans?|planned|hopes?|hoped|intends?|intended|wants?|wanted|aims?|aimed|expects?|proposes?|going[ ]to)(?![\w-])"
    r"|[\"\u201c\u201d]", re.IGNORECASE)
_STAGE_OBJECT: Final = re.compile(r"[ ]++(?:(?P<det>the|a|an|its|his|her|their)[ ]++(?P<noun>[a-z][\w'-]*+)|(?P<name>[A-Z][\w'-]*+))")
_STAGE_NAMED_COMPLEMENT: Final = re.compile(r"(?<![\w-])(?:from|of|by|as|to|for|with)[ ]++(?:the[ ]++)?(?P<name>[A-Z][\w'-]*+)")
_STAGE_CAPITAL: Final = re.compile(r"(?<![\w-])[A-Z][\w'-]*+")
# Round order18: the second stage told of another owner ("the verdict in his brother's case", "the appeal of her
# co-defendant"): not the first clause's subject.
_STAGE_OTHER_OWNER: Final = re.compile(
    r"\w['\u2019]s(?![\w-])|(?<![\w-])(?:of|for|against|in|by)[ ]++(?:his|her|their|its)[ ]++(?:brother|sister|son|daughter"
    r"|husband|wife|father|mother|parent|partner|friend|colleague|co-defendant|accomplice|rival)s?(?![\w-])")


def _stage_word(context: _Context, candidate: _Candidate, low: int) -> re.Match[str] | None:
    """The last life-cycle stage word before ``candidate`` in its own clause (at most 70 characters back)."""
    found = None
    text = context.text
    for match in _STAGE_WORD.finditer(text, max(low, candidate.start - 70), candidate.start):
        if match.group(0).lower() == "passed" and text.startswith(" away", match.end()):
            continue
        if match.group(0)[0].isupper() and text[context.sentence(match.start())[0]:match.start()].strip(" \n\"'(\u201c") != "":
            continue  # a capitalised word inside its sentence is part of a name ("Gannetstone Mining")
        found = match
    if found is not None and text[max(0, found.start() - 3):found.start()].lower() == "to ":
        return None  # an infinitive ("to be sworn in on") tells no event
    return found


def _ordered_stages(one: str, two: str) -> bool:
    """Whether some chain holds both words, ``one`` at an earlier stage than ``two``."""
    chains_one = _stages_of(one)
    chains_two = dict(_stages_of(two))
    return any(chain in chains_two and stage < chains_two[chain] for chain, stage in chains_one)


# Round order25: a year that frames its sentence: an opening adjunct "In 1987, ...", "During 1996 ...", "At the 2000
# championships ..." (not "Born in 1950, ...", whose year dates one event).
_O25_YEAR_FRAME: Final = re.compile(
    r"[ \n\"'(\u201c]*+(?:In|During|Throughout|Over|At[ ]++(?:the|its|his|her|their))[ ]++(?:the[ ]++)?")


def _with_yearless_days(context: _Context, candidates: list[_Candidate]) -> list[_Candidate]:
    """``candidates`` and the days without a year that follow a full day date in their sentence, in its year."""
    extra: list[_Candidate] = []
    dated = [candidate for candidate in context.candidates if candidate.kind == "date"]
    previous: _Candidate | None = None
    for candidate in dated:
        if candidate.year_explicit:
            previous = candidate
            continue
        if previous is None or context.sentence(previous.start) != context.sentence(candidate.start):
            continue
        point = _in_year_of(candidate, previous)
        if point is None:
            continue
        assert point.earliest is not None and previous.earliest is not None
        following = _safe_date(point.earliest.year + 1, point.earliest.month, point.earliest.day)
        if point.earliest < previous.earliest and following is not None and (following - previous.earliest).days <= 120:
            continue  # "engaged on 19 November 1994 and married on 23 January": perhaps the next January
        extra.append(point)
    # Round order22: a day without its year told before a full day date of its sentence takes that date's year
    # as well ("laid down on August 6 and launched on June 6, 2003"), unless the year before puts it at most
    # 120 days earlier ("hit on October 4, and the aftershock followed on January 9, 1998": perhaps the
    # October before).  One backward pass.
    following_full: _Candidate | None = None
    placed = {point.start for point in extra}
    for candidate in reversed(dated):
        if candidate.year_explicit:
            following_full = candidate
            continue
        if (following_full is None or candidate.start in placed
                or context.sentence(following_full.start) != context.sentence(candidate.start)):
            continue
        point = _in_year_of(candidate, following_full)
        if point is None:
            continue
        assert point.earliest is not None and following_full.earliest is not None
        before = _safe_date(point.earliest.year - 1, point.earliest.month, point.earliest.day)
        if point.earliest > following_full.earliest and before is not None and (following_full.earliest - before).days <= 120:
            continue
        extra.append(point)
    # Round order25: days without their year after a bare year told earlier in their sentence, with no other dated
    # expression between, take that year ("At the 2000 championships, she won her heat on November 3 and took gold
    # in the final on August 12"), unless a day told after another falls at most 120 days after it in the next year
    # ("In 1994 they got engaged on 19 November and married on 23 January": perhaps the next January).
    placed = {point.start for point in extra}
    text = context.text
    frame: _Candidate | None = None
    last: _Candidate | None = None
    for candidate in context.candidates:
        if candidate.year_explicit:
            sentence_start = context.sentence(candidate.start)[0]
            whole_year = (candidate.kind == "year" and candidate.earliest is not None and candidate.latest is not None
                          and candidate.earliest.year == candidate.latest.year and candidate.start - sentence_start <= 80
                          and _O25_YEAR_FRAME.fullmatch(text, sentence_start, candidate.start) is not None)
            frame, last = (candidate if whole_year else None), None
            continue
        if (frame is None or candidate.kind != "date" or candidate.start in placed
                or context.sentence(frame.start) != context.sentence(candidate.start)):
            continue
        assert frame.earliest is not None
        point = _in_year(candidate, frame.earliest.year)
        if point is None:
            continue
        assert point.earliest is not None
        if last is not None and last.earliest is not None and point.earliest < last.earliest:
            following = _safe_date(point.earliest.year + 1, point.earliest.month, point.earliest.day)
            if following is not None and (following - last.earliest).days <= 120:
                continue
        extra.append(point)
        last = point
    if not extra:
        return candidates
    return sorted(candidates + extra, key=lambda candidate: candidate.start)


# Round order23: the phrase a complement's "of Name" modifies, and the word that introduces it ("into the navy of").
_O23_OF_HEAD: Final = re.compile(
    r"(?<![\w-])(?P<prep>[a-z]++)[ ]++(?:(?:the|its|his|her|their)[ ]++)?(?:[a-z][\w'-]*+[ ]++){1,2}$")


# Round order24: the institution where a stay of care or custody is spent ("discharged as cured from St Ethelwyn's
# Hospital", "from Leeds General", "released from Hollin Gaol"): a name ending in one of these heads, after "from", tells where the
# first clause's illness or custody ran its course, not another object; a possessive inside it ("St Ethelwyn's",
# "Guy's") is part of the name, not another owner.
_O24_CARE_PLACE: Final = re.compile(
    r"(?:[ ]++(?:[A-Z][\w'\u2019-]*+|of|the)){0,3}?[ ]++(?:Hospital|Infirmary|Clinic|Sanatorium|Sanitorium|Hospice"
    r"|General|Prison|Gaol|Jail|Penitentiary)(?![\w-])")


def _o24_care_place(text: str, name_end: int, limit: int) -> bool:
    """Whether the name ending at ``name_end`` goes on (before ``limit``) into the name of a hospital or prison."""
    return _O24_CARE_PLACE.match(text, name_end, limit) is not None


def _o23_circumstance(text: str, verb_end: int, complement: re.Match[str]) -> bool:
    """Round order23: whether a named complement of the second stage is a circumstance, not its object: the agent
    of a passive ("ratified by the parliament of Calvadria", "published by Kestrel Press": the treaty and the
    book stay the subject's), or a name modifying a noun of a place or goal phrase ("commissioned into the navy
    of Ostrelia").  A name after "from", "as", "to", "for", "with" or after the verb itself ("resigned from the
    board of Corvex", "left the board of Corvex") still names another object."""
    preposition = complement.group(0).split(None, 1)[0].lower()
    if preposition == "by":
        return True
    if preposition == "from" and _o24_care_place(text, complement.end(), min(len(text), complement.end() + 80)):
        return True
    if preposition != "of":
        return False
    head = _O23_OF_HEAD.search(text, verb_end, complement.start())
    return head is not None and head.group("prep") in ("by", "into", "in", "at", "on")


def _second_object_differs(text: str, word_two: re.Match[str], second: _Candidate, first_clause: str,
                           word_one_end: int, first: _Candidate, word_one: str = "") -> bool:
    """Whether the second stage names an object or complement the first clause does not have."""
    named = _STAGE_OBJECT.match(text, word_two.end(), second.start)
    if named is not None and named.group("det") in ("its", "their") and named.group("noun") in ("doors", "gates"):
        named = None  # Round order24: "closed its doors", "opened their gates": the idiom, not another object
    if named is not None:
        if named.group("det") in ("a", "an"):
            return True
        if named.group("name") is not None:
            if named.group("name") not in first_clause:
                return True
        elif (named.group("noun").lower() not in first_clause.lower()
              # Round order19: the first stage's own noun ("applied for ... ; the council approved the application").
              and not (named.group("det") == "the" and len(word_one) >= 5 and named.group("noun").lower()[:5] == word_one.lower()[:5])
              and _STAGE_CAPITAL.search(text, word_one_end, first.start) is None):
            return True
    for complement in _STAGE_NAMED_COMPLEMENT.finditer(text, word_two.end(), second.start):
        if complement.group("name") not in first_clause and not _o23_circumstance(text, word_two.end(), complement):
            return True
    return any(not (owner.group(0).endswith(("'s", "\u2019s")) and _o24_care_place(text, owner.end(), second.start))
               for owner in _STAGE_OTHER_OWNER.finditer(text, word_two.end(), second.start))


def _o20_subject_relative(text: str, sentence_start: int, word_one_start: int, first_end: int, word_two_start: int) -> bool:
    """Whether the first stage is told in a non-restrictive relative clause on the sentence's subject and the
    second in the main clause right after that relative clause closes."""
    while sentence_start < word_one_start and text[sentence_start] in " \n\"'(\u201c":
        sentence_start += 1
    relative = _O20_SUBJECT_RELATIVE.fullmatch(text, sentence_start, word_one_start)
    if relative is None or _O20_RELATIVE_CLOSE.fullmatch(text, first_end, word_two_start) is None:
        return False
    return not any(_is_verb_form(word) for word in relative.group("subject").split())


def _stage_pair_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        first, second = candidates[index - 1], candidates[index]
        if second.start - first.end > 1500 or first.kind == "range" or second.kind == "range":
            continue
        if first.earliest is None or second.latest is None or first.latest is None or second.earliest is None:
            continue
        # Told in the chain's order, only a later date for the first stage conflicts. Round order19: told the
        # other way round with the pluperfect ("closed in 1991; it had opened in 1995"), a later date for the
        # second told stage does.
        backward = second.earliest > first.latest
        if not (second.latest < first.earliest or backward):
            continue
        second_start, second_end = context.sentence(second.start)
        first_start = context.sentence(first.start)[0]
        word_two = _stage_word(context, second, max(first.end, second_start))
        if word_two is None:
            continue
        word_one = _stage_word(context, first, max(candidates[index - 2].end if index > 1 else 0, first_start))
        if word_one is None:
            continue
        if not backward and not _ordered_stages(word_one.group(0), word_two.group(0)):
            # Round order19: the first clause's subject is itself a stage and its verb another chain's ("The
            # first case was confirmed on D1, and the outbreak was declared over on D2").
            subject = _STAGE_SUBJECT_STAGE.search(text, max(first_start, word_one.start() - 40), word_one.start())
            if subject is not None:
                head = _STAGE_WORD.fullmatch(text, subject.start("stage"), subject.end("stage"))
                if head is not None and _ordered_stages(head.group(0), word_two.group(0)):
                    word_one = head
        complement = False
        if backward:
            if not _ordered_stages(word_two.group(0), word_one.group(0)):
                continue
            # Round order21: the earlier stage as the complement of the later one's clause ("went on trial in D1
            # for the killing of a shopkeeper in D2", "was jailed in D1 over a robbery in D2").
            complement = (first_start == second_start and _O21_STAGE_COMPLEMENT.fullmatch(text, first.end, word_two.start()) is not None)
            if not complement and _STAGE_PLUPERFECT.search(text, max(first.end, word_two.start() - 40), word_two.start()) is None:
                continue
        elif not _ordered_stages(word_one.group(0), word_two.group(0)):
            # Round order17: a stage noun right before the verb found ("his trial opened on").
            noun = _STAGE_WORD.search(text, max(first.end, word_two.start() - 30), word_two.start())
            while noun is not None and noun.end() + 1 != word_two.start():
                noun = _STAGE_WORD.search(text, noun.end(), word_two.start())
            if noun is None or text[noun.end()] != " " or not _ordered_stages(word_one.group(0), noun.group(0)):
                # Round order18: the second clause's first stage word, where it heads that clause ("sentenced
                # in D1; her appeal against the sentence was dismissed in D2").
                noun = _STAGE_WORD.search(text, first.end, word_two.start())
                if (noun is None or first_start != second_start or not _ordered_stages(word_one.group(0), noun.group(0))
                        or _STAGE_AND.match(text, first.end, noun.start()) is None):
                    continue
            word_two = noun
        first_clause = text[first_start:first.end]
        if first_start == second_start:
            if second.start - first.end > 200:
                continue
            linked = (complement or _STAGE_AND.match(text, first.end, word_two.start()) is not None
                      or word_one.start() - first_start <= 30 and _STAGE_FRONTED.match(text, first.end, word_two.start()) is not None
                      or _o20_subject_relative(text, first_start, word_one.start(), first.end, word_two.start()))
            if not linked:
                continue
            if (_O24_PERSONAL_SUBJECT.search(text, first.end, word_two.start()) is not None
                    and _STAGE_POSSESSIVE.search(text, first_start, word_one.start()) is not None):
                continue  # Round order24: "His father was admitted in D1 and he was discharged in D2": perhaps the owner
        else:
            subject = _STAGE_NEXT_SUBJECT.fullmatch(text, second_start, word_two.start())
            if subject is None:
                continue
            if (subject.group("noun") is not None and subject.group("noun").lower() not in first_clause.lower()
                    and not (subject.group("noun").lower() in ("couple", "pair")
                             and _O21_TWO_PEOPLE.match(text, first_start, word_one.start()) is not None)):
                continue  # Round order21: "A and B married in D1. The couple divorced in D2": the pair is the subject
            if subject.group("name") is not None and subject.group("name") not in first_clause:
                continue
            if subject.group("pronoun") is not None and _STAGE_POSSESSIVE.search(text, first_start, word_one.start()) is not None:
                continue  # "Her father was born in 1950. She died in 1940.": the pronoun may be the owner
        clause_end = min(second_end, second.end + 50)
        comma = text.find(",", second.end, clause_end)
        if comma != -1:
            clause_end = comma
        if _STAGE_OTHER_INSTANCE.search(text, word_one.end(), clause_end) is not None:  # not the stage's own "second reading"
            continue
        if "posthum" in text[first_start:clause_end]:
            continue  # Round order24: what is done after a death is told as such ("was posthumously elected")
        if _PHASE_FUTURE.search(text, max(first_start, first.start - 120), min(second_end, second.end + 120)) is not None:
            continue
        if _second_object_differs(text, word_two, second, first_clause, word_one.end(), first, word_one.group(0)):
            continue
        if complement:
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(second, text)} dates \"{word_two.group(0)}\", what \"{word_one.group(0)}\" "
                f"({_describe(first, text)}) is for, a stage that can only come before it, yet it is later",
            ))
            continue
        if backward:
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (second.start, second.end)),
                f"{_describe(second, text)} dates \"{word_two.group(0)}\", told as earlier (\"had\") and a stage that "
                f"can only come before \"{word_one.group(0)}\" ({_describe(first, text)}), yet it is later",
            ))
            continue
        conflicts.append(DateConflict(
            "order_violation", ((first.start, first.end), (second.start, second.end)),
            f"{_describe(second, text)} dates \"{word_two.group(0)}\", a stage that can only come after "
            f"\"{word_one.group(0)}\" ({_describe(first, text)}), yet it is earlier",
        ))
    return conflicts


# ---------------------------------------------------------------------------
# Round 9: order by the scope of a connective, not by its distance to a date.
# A connective word or phrase orders the event of the clause before it (its "main" side)
# against the event of the phrase it governs: "began on 14 August, but only after the
# secretary had given approval on 27 June", "announced an inquiry on 3 July in response to
# the investigation, published on 22 August", "joined in 1993 and subsequently scored in
# 1991", "The strike of July 1987 preceded the coup of August 1986".  The governed phrase
# runs from the connective to its first date and may contain the governed event's own
# participle or relative clause (", published on", ", who had retired on"), but no other
# clause; the main side is the nearest date before the connective within the same clause.
# A sentence opening with a connective governs the phrase up to its comma; the main date is
# then the first date of the main clause after it.
# "later" (the main side is later than the governed one) or "earlier".
_SCOPE_AFTER: Final = """
after|only after|shortly after|soon after|just after|long after|not long after|following|in the wake of|in the aftermath of
in response to|in reaction to|as a result of|as a consequence of|because of|owing to|prompted by|triggered by|sparked by
spurred by|provoked by|caused by|on the heels of|subsequent to|succeeding|in succession to|in retaliation for
in reprisal for|in revenge for|came after|comes after|followed|follows|postdates|postdated|once|having first|having
preceded by|predated by|succeeded|replacing|in place of|before which|prior to which
on the back of|hot on the heels of|hard on the heels of|close on the heels of|fresh from|fresh off|buoyed by|bolstered by
emboldened by|off the back of|on the strength of|following on the heels of|coming on the heels of|came on the back of
comes on the back of|in the immediate aftermath of|on from|the culmination of|the product of|the fruit of|the climax of
the outcome of|the result of
encouraged by|inspired by|alarmed by|galvanised by|galvanized by|stung by|spurred on by|angered by|motivated by
chastened by|heartened by|shaken by|rattled by|spooked by|outraged by|appalled by|energised by|energized by
thanks to|in light of|in the light of|capitalising on|capitalizing on|building on the success of|riding high after
riding high on|taking advantage of|following hot on the heels of|following hard on the heels of
following close on the heels of
"""
_SCOPE_BEFORE: Final = """
before|shortly before|just before|long before|prior to|ahead of|in the run-up to|in the lead-up to|in the build-up to
on the eve of|in time for|in preparation for|in anticipation of|paving the way for|paved the way for|laying the groundwork for
leading to|led to|giving rise to|gave rise to|resulting in|resulted in|culminating in|culminated in|preceded|precedes
predates|predated|pre-dates|pre-dated|went on to|going on to|and subsequently|subsequently|and later|and then|then
afterwards|thereafter|eventually|until|till|by the time|in the end|ultimately
followed by|succeeded by|replaced by|postdated by|superseded by|preceding|after which|following which
in response|in direct response|in reaction|as a result|as a direct result|as a consequence|in consequence|consequently
whereupon|at which point|leading up to|only to
"""
_SCOPE_DIRECTION: Final[dict[str, bool]] = {
    **{phrase: False for phrase in _SCOPE_BEFORE.replace("\n", "|").strip("|").split("|")},
    **{phrase: True for phrase in _SCOPE_AFTER.replace("\n", "|").strip("|").split("|")},
}
_SCOPE_CUE: Final = re.compile(
    r"(?<![\w-])(?:" + _trie_alternation(_SCOPE_DIRECTION, space="[ ]++") + r")(?![\w-])", re.IGNORECASE)
# Round order22: words that point back to the event just told and put their own clause after it, whatever the
# two events are: a consequence without its object ("diagnosed in D1, and in response she set up the charity in
# D2", "; as a result the line closed in D2"), the intransitive relative "that/which followed" on the second
# clause's subject ("declared unsafe in D1, and the repairs that followed began in D2"), and the sequencers
# "then", "subsequently", "afterwards", "thereafter" inside the second clause ("first proposed in D1; construction
# then began in D2").  They order the two clauses across ", and" or ";" and a new subject of at most three words,
# where another connective would need one clause; "in response to", "as a result of" keep their own sense.
_O22_BACK_POINTING: Final = frozenset("""
in response|in direct response|in reaction|as a result|as a direct result|as a consequence|in consequence|consequently
then|subsequently|afterwards|thereafter|that followed|which followed
""".replace("\n", "|").strip("|").split("|"))
_O22_BACK_GAP: Final = re.compile(
    r"(?<![ ])[ ]*+(?:,[ ]*+and|;|,[ ]*+but|(?<![ ])[ ]and)[ ]++(?:(?:the|its|his|her|their|a|an)[ ]++)?(?:[A-Za-z][\w'-]*+[ ]++){0,3}")
_O22_RELATIVE_FOLLOWED: Final = re.compile(r"(?<![\w-])(?:that|which)[ ]++$", re.IGNORECASE)
# After "that followed": the relative clause ends (a comma, or the main verb: a lower-case word that is neither a
# determiner nor a preposition of time), so "followed" has no object.
_O22_INTRANSITIVE: Final = re.compile(
    r"(?<![ ])(?:[ ]*+,|[ ]++(?!(?:the|a|an|its|his|her|their|this|that|these|those|in|on|at|by|during|from|for|with|him|them|it)[ ,])[a-z])")
# The cues new in order22: they order only across that link, never opening a sentence or in a relative clause.
_O22_ONLY_BACK: Final = _O22_BACK_POINTING - frozenset(("then", "subsequently", "afterwards", "thereafter"))
# Round order25: cues of a stimulus or a springboard that order only when they open the sentence ("On the back of
# its listing on D1, the firm bought ... on D2", "Buoyed by the 2011 surplus, the council cut taxes in D2",
# "Fresh from her win in D1, she ..."); inside a clause they are often literal ("written on the back of a photograph
# dated 1921") or describe a state, not an earlier event.
_O25_OPENING_ONLY: Final = frozenset(
    ("on the back of", "fresh from", "fresh off", "buoyed by", "bolstered by", "emboldened by", "off the back of",
     "on the strength of", "following on the heels of", "coming on the heels of",
     # Round order26: a participle of a reaction to a stimulus, opening the sentence ("Encouraged by strong sales in
     # D1, the company opened a second factory in D2", "Alarmed by the floods of D1", "Stung by criticism of its 2010
     # budget"); inside a clause it often tells a state ("a town shaken by the news").
     "encouraged by", "inspired by", "alarmed by", "galvanised by", "galvanized by", "stung by", "spurred on by",
     "angered by", "motivated by", "chastened by", "heartened by", "shaken by", "rattled by", "spooked by",
     "outraged by", "appalled by", "energised by", "energized by",
     # Round order26: a cause credited opening the sentence ("Thanks to a grant awarded in D1, the museum reopened in
     # D2", "In (the) light of the 2010 report, the council ...").
     "thanks to", "in light of", "in the light of",
     # Round order26: a springboard exploited ("Capitalising on the boom of D1", "Building on the success of its 2008
     # debut", "Riding high after/on", "Taking advantage of the ceasefire in D1") and "Following hot/hard/close on the
     # heels of" (the opening "Following" made the phrase a cue of its own).
     "capitalising on", "capitalizing on", "building on the success of", "riding high after", "riding high on",
     "taking advantage of", "following hot on the heels of", "following hard on the heels of",
     "following close on the heels of",
     # "A year on from the floods of D1, the town ...": only after a length that opens the sentence
     "on from"))
# Round order25: cues read only after a comma, inside the sentence: an appositive that names the main event as what
# an earlier one led up to ("opened its doors in D1, the culmination of a campaign launched in D2", "the product
# of", "the fruit of", "the outcome of", "the result of"), and the frustrated sequel ("was elected in D1, only to lose
# his seat in D2": "only to" and a verb).
_O25_AFTER_COMMA: Final = frozenset(("the culmination of", "the product of", "the fruit of", "the climax of", "the outcome of",
                                     "the result of", "only to"))
_O25_COMMA_BEFORE: Final = re.compile(r",[ ]++$")
_O25_ONLY_TO_VERB: Final = re.compile(
    r"(?<![ ])[ ]++(?:be[ ]++)?(?!(?:the|a|an|his|her|its|their|this|that|be|members|men|women|residents|staff|those)(?![\w-]))[a-z]{2,}(?![\w-])")
# Round order25: an opening connective whose main clause is inverted, with no comma: "On the heels of a record
# harvest in 1952 came the collapse of grain prices in D2", "After the war of 1945 came the boom of D2".  The verb
# of arrival follows the governed date at once (or after at most three words of its phrase) and its subject, a
# noun phrase with a determiner, carries the main date.
_O25_INVERTED: Final = re.compile(
    r"(?<![ ])(?:[ ]++[a-z][\w'-]*+){0,3}?[ ]++(?:came|followed|arrived)[ ]++(?:the|a|an|its|his|her|their|this|that)(?![\w-])")
# Uses of the cue words that order nothing: "named after", "the following year", "the then mayor",
# "no later than", "appeared before the committee", "not until", "until now".
_SCOPE_NOT_BEFORE: Final = re.compile(
    r"(?:(?<![\w-])(?:named|called|looked|renamed|modelled|modeled|styled|the|since|by|until|back|even|than|not|never|n't"
    r"|or|morning|night)"
    # Round 11: a bare unit orders ("years before the line was torn up", "in the weeks preceding
    # the vote"); a counted one ("two years before") is left to the interval rules.
    r"|(?:[0-9]|(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|few|several|many|some"
    r"|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen))[ ]++"
    r"(?:days?|weeks?|months?|years?|decades?))[ ]++$", re.IGNORECASE)
_SCOPE_NOT_AFTER: Final = re.compile(
    r"[ ]++(?:the[ ]++)?(?:court|courts|committee|judge|jury|congress|parliament|senate|house|tribunal|panel|magistrates?"
    r"|voters|now|then|all|that|this|which|year|month|week|day|up|suit|through|closely|-)(?![\w-])|-", re.IGNORECASE)
# Between the main date and its connective: one clause, no report, relative clause or contrast.
_SCOPE_MAIN_BREAK: Final = re.compile(
    r"[;:\u2014()\"\u201c\u201d]|(?<![\w-])(?:which|who|whom|whose|where|while|whereas|although|though|because|that"
    r"|said|says|told|according|if|when|as|and[ ]++(?:the|a|an|his|her|its|their|[A-Z]\w*)[ ]++)(?![\w-])")
# Between the connective and its date: no clause of its own, except the governed event's own
# participle or relative clause after a comma.
_SCOPE_GOVERNED_BREAK: Final = re.compile(r"[;:\u2014()\"\u201c\u201d]|(?<![\w-])(?:said|says|told|according|and|but|while|whereas)(?![\w-])")
_SCOPE_CONTINUATION: Final = re.compile(
    r"[ ]++(?:which|who|whom|whose|that|when|where|in|on|at|during|dated|from|of|by|first|itself|themselves"
    r"|[a-z]{2,}ed|born|held|won|built|made|set|shut|sold|run|begun|taken|given|known|seen|brought|fought|struck|sunk"
    r"|lost|paid|found|laid|led|left|met|put|told|written|signed|sworn|begun)(?![\w-])")
_SCOPE_OPENING_LEAD: Final = re.compile(
    r"[ \"'(\u201c]*+(?:(?:(?:[A-Za-z]++|[0-9]++)[ ]++)?(?:[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Dd]ecades?)[ ]++"
    # Round order25: "In the (first|immediate) days/weeks/months/years after/following/before ...".
    # Round order26: and "In the months that followed/preceded ...".
    r"|[Ii]n[ ]++the[ ]++(?:(?:first|immediate|early|final|last)[ ]++)?(?:hours|days|weeks|months|years|decades)[ ]++"
    r"(?:(?:that|which)[ ]++)?"
    r"|(?:[Ss]hortly|[Ss]oon|[Jj]ust|[Ll]ong|[Oo]nly|[Ee]ven|[Ii]mmediately|[Nn]ot[ ]++long"
    # Round order26: "Straight after leaving university in D1, ...", "Right after", "Directly after".
    r"|[Ss]traight|[Rr]ight|[Dd]irectly)[ ]++)?")
_SCOPE_FUTURE: Final = re.compile(
    r"(?<![\w-])(?!(?:may|might|could|must)[ ]have[ ])(?:will|would|shall|could|might|may|should|(?:plans?|planned|planning)[ ]to"
    # Round order22: "was first proposed in 2007" tells a past proposal, not a plan ("the proposed bridge").
    r"|expects?|expected|scheduled|set[ ]to|aims?[ ]to|forecasts?|projected|predicts?|predicted"
    r"|(?<!was[ ])(?<!were[ ])(?<!first[ ])(?<!originally[ ])(?<!initially[ ])proposed|intends?|hopes?"
    r"|going[ ]to|if|unless|whether|slated|due[ ](?:to[ ]be|in|on|by))(?![\w-])")
# A verb cue orders events only with an event for its object ("followed a diagnosis", "preceded the
# coup", "succeeding Lars Henriksen"), not "followed 300 households".
_SCOPE_VERB_CUES: Final = frozenset("""
followed follows preceded precedes predates predated pre-dates pre-dated postdates postdated succeeded succeeding
replacing led to resulted in culminated in gave rise to leading to resulting in culminating in giving rise to
""".split("\n")[1].split() + ["led to", "resulted in", "culminated in", "gave rise to", "leading to", "resulting in",
                               "culminating in", "giving rise to"])
# Round order20: not a time preposition ("a lockout followed on 14 February": intransitive, its subject is the later
# event; ``[A-Z]`` under IGNORECASE matches any letter, so the preposition was read as the object).
_SCOPE_EVENT_OBJECT: Final = re.compile(r"[ ]++(?!(?:in|on|during)[ ])(?:the|a|an|its|his|her|their|this|that|[A-Z])", re.IGNORECASE)
# Round 15: "Once the bypass was completed in 1989, ...": a subject and a passive past verb.
_ONCE_PASSIVE: Final = re.compile(
    r"[ ]{1,3}+(?:the|its|his|her|their)[ ][^,;]{0,60}?(?<![\w-])(?:was|were)[ ]{1,3}+(?:finally[ ]{1,3}+)?[a-z]{3,}ed[ ]")
_SCOPE_HAD: Final = re.compile(r"(?<![\w-])(?:had|having)(?![\w-])")
# The governed date is dated by a preposition or a determiner ("on 27 June", "the coup of August 1986",
# "the 1996 poisonings"), never a bare date of a list ("her husband's in 1992, and then 1968").
_SCOPE_DATED_BY: Final = re.compile(
    r"(?<![\w-])(?:in|on|at|of|during|by|from|to|dated|the|its|his|her|their|[A-Za-z]++['\u2019]s)[ ]++"
    r"(?:the[ ]++)?(?:(?:early|late|mid|end[ ]of|spring[ ]of|summer[ ]of|autumn[ ]of|winter[ ]of)[ -]++)?$")
# Round 15: a relative clause on the main clause's last noun that tells the main side's date ("...,
# which she left in", "..., which were completed in").
# Round order25: the place the main clause moved to, and what its subject (a singular pronoun) then did there, in the
# simple past, not a state ("Upon his release in D1, he returned to Merriford, where he opened a shop in D2"); "where
# he was born", "where she had worked", "where he lived/grew up" tell no later event.
_O25_WHERE_NEXT: Final = (
    r",[ ]++where[ ]++(?:he|she)[ ]++(?:(?:then|later|soon|eventually|first)[ ]++)?"
    r"(?!(?:lived|worked|stayed|remained|spent|grew|studied|was|were|had|used|knew|owned|belonged)(?![\w-]))"
    r"[a-z]+(?:ed|ght|ok|ew|ote|uilt|ade|ound|ent|et|ut|ang|ung|ame|old|ore|ave)(?![\w-])"
    r"(?:[ ]++(?!(?:in|on|and|but|which|who|that|where|when)[ ])[\w'-]++){0,5}[ ]++(?:in|on)[ ]++$")
_O25_WHERE_NEXT_CLAUSE: Final = re.compile(_O25_WHERE_NEXT)
# Round order25: the main event told inside a round, deal, sale or ceremony whose own end or holding the relative
# clause dates ("Prior to its listing on D1, X raised money from investors in a round that closed on D2", "bought
# the mill in a deal that was completed on D2", "was sworn in at a ceremony that took place on D2"): that date is the
# main event's.  Not a relative clause on a person or a thing ("married a nurse who was born on D2").
_O25_CONTAINER_RELATIVE: Final = (
    r"(?<![ ])[ ]++(?:in|at|with|under|through)[ ]++(?:a|an|the)[ ]++(?:[\w-]++[ ]++){0,2}?"
    r"(?:round|deal|sale|ceremony|transaction|agreement|auction|offering|session|takeover|merger)[ ]++(?:that|which)[ ]++"
    r"(?:(?:was|were)[ ]++)?(?:closed|ended|finished|concluded|completed|signed|held|took[ ]++place|finali[sz]ed)[ ]++(?:in|on)[ ]++$")
_SCOPE_TRAILING_RELATIVE: Final = re.compile(
    r"(?:,[ ]++(?:which|whom)[ ]++(?:(?:he|she|they|we|I)[ ]++(?:had[ ]++)?[a-z]*(?:ed|ft|ld|ok|ew|ote|ught)(?![\w-])"
    r"|(?:was|were)[ ]++(?:completed|finished|finally[ ]++completed|fitted|installed|delivered|handed[ ]++over))"
    r"[ ]++(?:in|on)[ ]++$"
    r"|" + _O25_WHERE_NEXT + "|" + _O25_CONTAINER_RELATIVE + ")")
# A relative clause set off after the governed date of an opening connective: "In the wake of the
# storm of 27 June, which tore the roof from the grandstand, the club ...".
_SCOPE_SET_OFF_RELATIVE: Final = re.compile(r",[ ]++(?:which|who|that)[ ][^,;]{0,80}+(?=,)")


# A relative clause after the subject, holding the cue: "The chapel, which pre-dates", "The pier,
# which was built after".
_SCOPE_RELATIVE_LEAD: Final = re.compile(
    r",[ ]++(?:which|that|who)[ ]++(?:(?:was|were|is|are|had|has|have)[ ]++)?(?:(?:been|built|erected|founded|set[ ]++up"
    r"|created|opened|established|completed|made|written|formed|launched|held|signed|passed|adopted)[ ]++)?$")
# The predicate after that clause: a verb, not a second subject ("was built in", "opened in").
_SCOPE_PREDICATE: Final = re.compile(r"[ ]++(?:(?:was|were|had|has|first|originally|actually)[ ]++){0,2}(?:[a-z]{2,}ed|built|begun|began|made|held|won|set|laid|founded)(?![\w-])")


def _in_year(yearless: _Candidate, year: int) -> _Candidate | None:
    """``yearless`` (a day given without its year) in ``year``, told earlier in its sentence."""
    if yearless.kind != "date" or yearless.year_explicit or yearless.month is None or yearless.day is None:
        return None
    day = _safe_date(year, yearless.month, yearless.day)
    if day is None:
        return None
    point = _Candidate(yearless.start, yearless.end, "date")
    point.earliest = point.latest = day
    point.year_explicit = point.absolute = True
    return point


def _in_year_of(yearless: _Candidate, full: _Candidate) -> _Candidate | None:
    """``yearless`` (a day given without its year) in the year of ``full``, a full date of the same sentence."""
    if (yearless.kind != "date" or yearless.year_explicit or yearless.month is None or yearless.day is None
            or full.kind != "date" or not full.year_explicit or full.granularity != "day" or full.earliest is None):
        return None
    day = _safe_date(full.earliest.year, yearless.month, yearless.day)
    if day is None:
        return None
    point = _Candidate(yearless.start, yearless.end, "date")
    point.earliest = point.latest = day
    point.year_explicit = point.absolute = True
    return point


# Round restate17: a definite back-reference dated in a non-restrictive clause ("The referendum, held on
# 13 August 1984, was boycotted"; "That final, played on 30 October, ..."; "the coup, which the junta
# marks on ...") retells the one event of its kind an earlier sentence dated ("in a referendum on 8
# December 1987"). The comma shows the date is told about the event already known, not used to pick out
# another one ("the referendum of 1995" restricts and may name a second referendum; it is left alone).
# A day told without its year takes the year of the earlier mention, as a reader does; an earlier day
# told without its year ("held a summit on 2 October") still differs from another day of the month.
# What stands between the comma and the date ("gap"): a short participle or relative clause of lower-case
# words; the pattern is matched up to a date's start.
_R23_BACK_REFERENCE: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ ]++(?P<noun>[a-z][a-z-]*+)[ ]*+,[ ]++"
    r"(?P<gap>(?:[a-z][a-z'-]*+[ ]++){0,6}+)$")
_R23_RELATIVE: Final = re.compile(r"(?:which|that)[ ]")
# The clause must date the event itself: a bare "on"/"in", or a verb of occurrence or of dating before
# the date ("held on", "which began in", "which engineers date to"). A verb of something done to the
# event later ("That ruling, overturned on appeal in 1984") dates another event.
_R23_DATING: Final = re.compile(
    r"(?:^|[ ])(?:held|staged|played|fought|contested|agreed|signed|sealed|clinched|completed|finalised|finalized"
    r"|concluded|struck|hit|happened|occurred|place|began|begun|started|opened|dated|dates?|marks?|puts?|places?"
    r"|fixes|fix|recorded|records|launched|carried[ ]out|broke[ ]out|erupted|came|took|went|lost|sank|sunk"
    r"|wrecked|died|killed"
    # restate18: the verbs that date a ruling or a find itself ("That ruling, issued on", "The find, made in")
    r"|issued|delivered|handed[ ]down|given|made)[ ]++"
    r"(?:(?:on|in|to|at|during|from)[ ]++)?$|^(?:on|in)[ ]++$")
# After the date the clause closes: a comma, a full stop, a bracket or the end.
_R23_CLOSE: Final = re.compile(r"[ ]*+(?:[,.;)]|$)")
# Words that date something else from the event ("two years after the referendum, in 2016") or tell a
# plan rather than a fact (case apart, so that the month May is no modal).
_R23_RELATION: Final = re.compile(
    r"(?i:\b(?:anniversary|anniversaries|eve"
    r"|will|would|could|might|should|shall|planned|plans?|scheduled|expected|due|proposed|postponed|delayed"
    r"|moved|rescheduled|next|previous|another|other|second|each|every|annual|yearly|instead|rather)\b)"
    # "may" the modal, not "May" the month
    r"|\bmay\b")
# A date measured from the event stands right after the phrase ("two years after the referendum, in
# 2016"); elsewhere in the sentence such a word may be an adverb ("Divers have since reached the wreck").
_R23_MEASURED_FROM: Final = re.compile(
    r"(?i:\b(?:after|before|since|until|till|following|prior[ ]to|ahead[ ]of|in[ ]the[ ]wake[ ]of"
    r"|in[ ]the[ ]aftermath[ ]of|on[ ]the[ ]eve[ ]of))[ ]++$")
# Besides those, words that date an announcement, a report or a memory of the event, or compare events.
_R23_APART: Final = re.compile(
    r"(?i:\b(?:after|before|since|until|till|following|ago|earlier|later|prior|ahead|anniversary|anniversaries|eve"
    r"|will|would|could|might|should|shall|planned|plans?|scheduled|expected|due|proposed|postponed|delayed"
    r"|moved|rescheduled|next|previous|another|other|second|each|every|annual|yearly|instead|rather"
    r"|announced|announcement|called|approved|confirmed|set|not|never|reported|claimed|alleged|recalled"
    r"|remembered|marked|commemorated|memorial|compared|unlike|like)\b)"
    # "may" the modal, not "May" the month
    r"|\bmay\b")
_R23_WORD: Final = re.compile(r"[A-Za-z][a-z-]*+")
# One-off events beyond the kinds of ``_R17_GROUPS`` that a back-reference may name.
_R23_EXTRA_NOUNS: Final = frozenset({"landslide", "landslip", "mudslide", "avalanche", "hearing", "protest", "riot",
                                     "uprising", "rebellion", "mutiny", "drought", "famine", "ceremony", "unveiling",
                                     "opening",
                                     # restate18: crimes that befall their victims once
                                     "hijacking", "hijack", "kidnapping", "kidnap", "abduction", "assassination"})
# Nouns that name the event a verb of ``_R23_VERB_KIND`` tells ("The army seized power ..." / "The
# overthrow, on ...", "MV Kestrel foundered ..." / "the wreck, lost on ...").
_R23_NOUN_KIND: Final = {"overthrow": "coup", "putsch": "coup", "wreck": "sinking", "shipwreck": "sinking",
                         "sinking": "sinking", "failure": "failure", "bankruptcy": "failure", "insolvency": "failure"}
# Verbs specific to one kind of event (generic ones such as "collapsed" or "went down" tell many).
_R23_VERB_MENTION: Final = re.compile(
    r"\b(?:(?P<coup>seized[ ]power|took[ ]power|overthrew|toppled|deposed)"
    r"|(?P<sinking>sank|foundered|capsized|ran[ ]aground|was[ ]wrecked|was[ ]shipwrecked"
    # restate18: "went down" is generic, but said of a vessel named as one ("MV Northern Wren went down off ...",
    # "The trawler Morning Dunlin went down") it is a sinking
    r"|(?:(?<![\w'\u2019-])(?:MV|MS|MY|HMS|SS|RMS|USS|HMAS|HMCS|FV)|[Tt]rawler|[Ff]erry|[Ff]reighter|[Tt]anker|[Ll]iner"
    r"|[Ss]teamer|[Ss]chooner|[Ss]ubmarine)(?:[ ]++[A-Z][\w'\u2019-]*+){0,3}+[ ]++went[ ]down"
    r"(?![ ]++(?:to|into|the|a|an|river|stream|channel|coast)(?![\w'\u2019-])))"
    r"|(?P<failure>went[ ]bust|went[ ]bankrupt|went[ ]into[ ](?:administration|receivership|liquidation)"
    r"|collapsed[ ]into[ ](?:administration|receivership|liquidation)|filed[ ]for[ ]bankruptcy)"
    # restate18: a court's decision told by its verb ("The constitutional court annulled the election on ..."
    # / "That ruling, issued on ..."); the court named first, since "struck down" or "upheld" alone tell
    # other things. A find told by a verb of finding that means nothing else.
    r"|(?P<ruling>(?:[Cc]ourt|[Jj]udges?|[Tt]ribunal|[Jj]ustices)(?![\w'\u2019-])[^.;!?]{0,60}?[ ]"
    r"(?:annulled|struck[ ]down|quashed|overturned|upheld|threw[ ]out|ruled))"
    r"|(?P<discovery>discovered|unearthed|uncovered|dug[ ]up))\b")


# Kinds held again and again or in many places (besides the routine ones of round 17).
_R23_STAGED_AGAIN: Final = _R17_ROUTINE | {"premiere", "exhibition", "race", "final"}


def _r23_group(word: str) -> str | None:
    low = word.lower()
    if low in _R23_EXTRA_NOUNS:
        return low
    return _R23_NOUN_KIND.get(low) or _R17_GROUP_OF.get(low)


def _r23_day(candidate: _Candidate) -> bool:
    return (candidate.kind == "date" and not candidate.year_explicit and candidate.month is not None
            and candidate.day is not None and not candidate.since)


# restate18: the clause is the date alone ("Since the merger, in July 1992, ..."), nothing done in between.
_R24_BARE_PREPOSITION: Final = re.compile(r"(?:on|in)[ ]++")


def _r23_appositive_restatements(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    if "," not in text:
        return []
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    per_sentence = context.absolute_per_sentence()
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    conflicts: list[DateConflict] = []
    mentions: dict[str, list[tuple[int, bool]]] | None = None
    # Led by the dates (a few per article), each looking back over a short window: a scan of the whole
    # text for "the X, " cost a fifth of the date engine's time.
    for second in candidates:
        explicit = second.absolute and second.kind in ("date", "month_year", "year") and not second.since
        yearless = _r23_day(second)
        if not (explicit or yearless) or (second.start, second.end) in touched:
            continue
        reference = _R23_BACK_REFERENCE.search(text, max(0, second.start - 90), second.start)
        if reference is None:
            continue
        group = _r23_group(reference.group("noun"))
        if group is None:
            continue
        gap = reference.group("gap")
        if (len(gap) > 60 or _R23_APART.search(gap) is not None
                or _R23_DATING.search(gap) is None):
            continue
        if _R23_CLOSE.match(text, second.end) is None:
            continue
        sentence_start, _ = context.sentence(reference.start())
        if _R23_RELATION.search(text, sentence_start, reference.start()) is not None:
            continue  # a plan, or another of its kind
        measured = _R23_MEASURED_FROM.search(text, max(sentence_start, reference.start() - 40), reference.start())
        if (measured is not None and _R23_RELATIVE.match(gap) is None
                and not (measured.group(0).lower().startswith("since") and _R24_BARE_PREPOSITION.fullmatch(gap) is not None)):
            # "after the coup, in 1974" dates what came after; "after the coup, which ..." dates the coup, and so
            # does "Since the merger, in July 1992, ...": a time since something is no point a date could name
            continue
        # The earlier mentions of the kind: exactly one sentence dates it, by its only date.
        if mentions is None:
            mentions = {}
            for word in _R23_WORD.finditer(text):
                low = word.group(0).lower()
                kind = _r23_group(low)
                if kind is not None:
                    mentions.setdefault(kind, []).append((word.start(), False))
                elif low.endswith("s") and (kind := _r23_group(low[:-1])) is not None:
                    mentions.setdefault(kind, []).append((word.start(), True))  # "referendums": more than one
            for verb in _R23_VERB_MENTION.finditer(text):
                assert verb.lastgroup is not None
                mentions.setdefault(verb.lastgroup, []).append((verb.start(), False))
            for listed in mentions.values():
                listed.sort()
        first: _Candidate | None = None
        ambiguous = False
        every = mentions.get(group, [])
        before = bisect.bisect_left(every, (sentence_start, False))
        if before > 8:
            continue  # a kind told again and again: which one is meant is not clear
        earlier = every[:before]
        for position, plural in earlier:
            if plural:
                ambiguous = True
                break
            earlier_start, earlier_end = context.sentence(position)
            dates = [candidate for candidate in candidates[bisect.bisect_left(starts, earlier_start):bisect.bisect_left(starts, earlier_end)]
                     if candidate.absolute and candidate.kind != "weekday" or _r23_day(candidate)]
            if not dates:
                continue
            if (len(dates) != 1 or per_sentence.get(earlier_start, 0) > 1 or dates[0].since
                    or dates[0].kind not in ("date", "month_year", "year")
                    or _R23_APART.search(text, earlier_start, earlier_end) is not None
                    or (first is not None and first is not dates[0])):
                ambiguous = True
                break
            first = dates[0]
        if ambiguous or first is None or (first.start, first.end) in touched:
            continue
        if _r23_day(first):
            # The year of the first day is not told: only a different day of the year is a conflict, and
            # only for a kind that befalls its subject once; a summit, a concert or a play's premiere is
            # held again and again or in many places, and without a year the two may be two of them.
            if yearless or second.granularity != "day" or second.earliest is None or group in _R23_STAGED_AGAIN:
                continue
            if (first.month, first.day) == (second.earliest.month, second.earliest.day):
                continue
        else:
            second_dated = second
            if yearless:
                point = _in_year_of(second, first)
                if point is None:
                    continue
                second_dated = point
            assert first.earliest is not None and first.latest is not None
            assert second_dated.earliest is not None and second_dated.latest is not None
            if not (second_dated.latest + slack < first.earliest or first.latest + slack < second_dated.earliest):
                continue
        conflicts.append(_restated(text, reference.group("noun"), first, second))
        touched.add((second.start, second.end))
    return conflicts

# Round restate17: a storm named by a given name ("Hurricane Casimira", "Typhoon Mirela") is one storm in
# one article; dated twice, in two sentences, by dates further apart than any storm lasts, it is a
# restatement ("Hurricane Casimira battered Glenfarrow in December 1969." ... "the sea wall damaged by
# Hurricane Casimira in May 1981"). The date must follow the name in its clause as the sentence's only
# date ("the 1991 Hurricane Bob" picks out one of two storms of a reused name and is left alone).
_R23_STORM: Final = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical[ ]Storm|Storm)[ ]([A-Z][a-z]++)(?![\w'\u2019-])(?![ ][A-Z])")
_R23_STORM_GAP: Final = re.compile(r"[^.;!?\"\u201c\u201d]{0,100}+")
# The storm must be the one the date is told of: the subject of its sentence ("Hurricane Casimira battered
# ... in"), not passive ("A memorial to Hurricane Katrina was unveiled in 2015"), or the agent of a
# participle dated at once or by a relative clause ("damaged by Hurricane Casimira in May 1981", "left by
# Hurricane Ottoline, which hit the coast on ...").
_R23_STORM_AGENT: Final = re.compile(r"\bby[ ]++$")
_R23_STORM_AGENT_GAP: Final = re.compile(r"[ ](?:in|on|during)[ ]|,[ ]which[ ]")
_R23_AUXILIARY: Final = re.compile(r"\b(?:was|were|is|are|been|being|be)\b")
_R23_OPENING_MARKS: Final = " \n\t\"'\u201c\u2018"


def _r23_named_storms(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    if "Hurricane" not in text and "Typhoon" not in text and "Cyclone" not in text and "Storm" not in text:
        return []
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    dated: dict[str, list[_Candidate]] = {}
    for storm in _R23_STORM.finditer(text):
        sentence_start, sentence_end = context.sentence(storm.start())
        dates = [candidate for candidate in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                 if candidate.absolute and candidate.kind != "weekday" or _r23_day(candidate)]
        if len(dates) != 1 or dates[0].start < storm.end() or dates[0].since:
            continue
        date = dates[0]
        if date.kind not in ("date", "month_year", "year") or (date.start, date.end) in touched:
            continue
        gap = text[storm.end():date.start]
        if (_R23_STORM_GAP.fullmatch(gap) is None or _R23_APART.search(gap) is not None
                or _R23_STORM.search(gap) is not None or "'s" in gap or "\u2019s" in gap
                or any(_r23_group(word.group(0)) is not None for word in _R23_WORD.finditer(gap))):
            continue
        if _R23_APART.search(text, sentence_start, storm.start()) is not None:
            continue  # "ten years after Hurricane Katrina, in 2015": the date is measured from the storm
        prefix = text[sentence_start:storm.start()].strip(_R23_OPENING_MARKS)
        if prefix:
            if _R23_STORM_AGENT.search(prefix + " ") is None or _R23_STORM_AGENT_GAP.match(gap) is None:
                continue
        elif _R23_AUXILIARY.search(gap) is not None:
            continue
        dated.setdefault(storm.group(1), []).append(date)
    conflicts: list[DateConflict] = []
    for name, dates in dated.items():
        explicit = [date for date in dates if not _r23_day(date)]
        if not explicit:
            continue
        first = explicit[0]
        assert first.earliest is not None and first.latest is not None
        for other in dates:
            if other is first or context.sentence(other.start) == context.sentence(first.start):
                continue
            if _r23_day(other):
                point = _in_year_of(other, first)
                if point is None:
                    continue
            else:
                point = other
            assert point.earliest is not None and point.latest is not None
            if point.latest + slack < first.earliest or first.latest + slack < point.earliest:
                conflicts.append(_restated(text, f"storm {name}", first, other))
                break
    return conflicts


# Round restate18: a disaster taken up by "it" and a verb of its striking ("Hurricane Casimira came ashore at
# Tollingham in October 1986." ... "When it struck, in June 1995, ..."). The verb tells of the disaster
# itself, so "it" is the storm or the quake the nearest dated sentence before began with; told with
# nothing struck ("It struck a deal in ...": another deed) and nothing between the verb and the date.
_R24_IT_STRUCK: Final = re.compile(
    r"[ \"'\u201c(]*+(?:(?:When|Where|As)[ ]++it|It)[ ]++(?:first[ ]++)?"
    r"(?P<verb>struck|hit|came[ ]++ashore|made[ ]++landfall|roared[ ]++ashore)(?:,[ ]++|[ ]++)(?:in|on)[ ]++(?:the[ ]++)?")
# The disaster as the subject opening the earlier sentence: a named storm or "The (...) earthquake".
_R24_DISASTER_SUBJECT: Final = re.compile(
    r"[ \"'\u201c(]*+(?:(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical[ ]Storm|Storm)[ ][A-Z][a-z]++(?![\w'\u2019-])"
    r"|(?:The|A|An)[ ]++(?:[A-Za-z-]++[ ]++){0,3}?(?:earthquake|quake|hurricane|typhoon|cyclone|tornado|storm|tsunami)(?![\w'\u2019-]))")


def _r24_disaster_pronouns(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    # (each verb after a space, as _R24_IT_STRUCK writes it: a bare "hit" is in "white" and "architect")
    if " struck" not in text and " hit" not in text and " ashore" not in text and " landfall" not in text:
        return []
    dated = _explicit_dates(context)
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    conflicts: list[DateConflict] = []
    for index in range(1, len(dated)):
        second = dated[index]
        second_start, _ = context.sentence(second.start)
        if (per_sentence.get(second_start) != 1 or (second.start, second.end) in touched
                or second.start - second_start > 120
                or _R24_IT_STRUCK.fullmatch(text, second_start, second.start) is None):
            continue
        first = dated[index - 1]  # the nearest dated sentence before: what "it" can take up
        first_start, first_end = context.sentence(first.start)
        if (first_start == second_start or per_sentence.get(first_start) != 1 or (first.start, first.end) in touched
                or second.start - first.end > 2500
                or _R24_DISASTER_SUBJECT.match(text, first_start, first.start) is None
                or _R20_OTHER.search(text, first_start, first_end) is not None
                or _R23_APART.search(text, first_start, first.start) is not None):
            continue
        if _disjoint(first, second, slack):
            conflicts.append(_restated(text, "disaster", first, second))
            touched.update(((first.start, first.end), (second.start, second.end)))
    return conflicts


# Round restate18: a death happens once. "Theodora Sandqvist, the sculptor, died at her home on 27 June 1980."
# ... "Her passing on 28 August 1992 was marked by ..." / "his fatal fall, on 21 September 1967, ...": the
# possessive takes up the person named, as the subject, in the nearest dated sentence before; a death told
# of someone named only by a relation ("His father died in 1990") is not taken up, and a death word between
# the two (another death) keeps them apart.
_R24_HIS_DEATH: Final = re.compile(
    r"(?<![\w'\u2019-])(?:[Hh]is|[Hh]er)[ ]++(?:death|passing|killing|murder|drowning"
    r"|fatal[ ]++(?:fall|accident|crash|injuries|injury|shooting))(?:,[ ]++|[ ]++)(?:on|in)[ ]++(?:the[ ]++)?$")
_R24_NAMED_DEATH: Final = re.compile(
    r"[ \"'\u201c(]*+[A-Z][\w'\u2019-]++(?:[ ]++[A-Z][\w'\u2019-]++){1,3}+(?:,[ ]++[^,.;:!?]{1,40}+,)?+[ ]++"
    r"(?:was[ ]++)?(?:died|killed|murdered|drowned|shot[ ]++dead|passed[ ]++away)(?![\w'\u2019-])")
_R24_DEATH_WORD: Final = re.compile(
    r"(?<![\w'\u2019-])(?:died|dies|dead|death|deaths|killed|killing|murdered|murder|drowned|passed[ ]++away|passing"
    r"|funeral|obituary|widow|widower|late)(?![\w'\u2019-])", re.IGNORECASE)


def _r24_possessive_deaths(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    if "His " not in text and "his " not in text and "Her " not in text and "her " not in text:
        return []
    dated = _explicit_dates(context)
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    conflicts: list[DateConflict] = []
    for index in range(1, len(dated)):
        second = dated[index]
        second_start, _ = context.sentence(second.start)
        if per_sentence.get(second_start) != 1 or (second.start, second.end) in touched:
            continue
        possessive = _R24_HIS_DEATH.search(text, max(second_start, second.start - 40), second.start)
        if possessive is None:
            continue
        first = dated[index - 1]  # the nearest dated sentence before
        first_start, first_end = context.sentence(first.start)
        if (first_start == second_start or per_sentence.get(first_start) != 1 or (first.start, first.end) in touched
                or second.start - first.end > 2500):
            continue
        named = _R24_NAMED_DEATH.match(text, first_start, first.start)
        if (named is None or _R20_OTHER.search(text, first_start, first_end) is not None
                or _R23_APART.search(text, named.end(), first.start) is not None
                or _R24_DEATH_WORD.search(text, named.end(), possessive.start()) is not None):
            continue
        if _disjoint(first, second, slack):
            conflicts.append(_restated(text, "death", first, second))
            touched.update(((first.start, first.end), (second.start, second.end)))
    return conflicts


# Round restate19: a bridging back-reference. A demonstrative or definite noun phrase dated in its own
# clause ("Since that triumph on ...", "That defeat, on ...", "the stoppage, which started on ...", "Dust from
# the implosion of ...") whose head noun the article has not used before cannot pick out anything introduced
# earlier by that word: it names, by another word, an event already told. When the nearest dated sentence
# before holds one date, told of something in its clause, and no time told in between may date that event
# again (round restate20: ``_r25_redates``), the phrase
# takes that event up, and two different dates are one event dated twice. Structural, not keyed by word
# pairs: the cue is the determiner, the unseen head, the date attached inside the noun phrase and the one
# candidate antecedent. Guards: another instance or a time as the head or a premodifier; a plan, a
# recurrence or an anniversary in either sentence; for "the" and possessives (weaker than a demonstrative),
# a head shaped as a noun made from a verb or dated by a verb of what befalls; a head of a kind the engine
# knows must find that kind in the earlier sentence. It runs last, on dates no other conflict explains.
#
# The phrase ends at the date: a demonstrative (that/this/those/these), "the" or a possessive, up to two
# premodifiers, the head noun, then how the date attaches: "on"/"in" right after (demonstratives only),
# set off by a comma, by a comma and a past participle or a relative clause of a verb of occurrence, in a
# bracket, or a restrictive "of" (definite phrases only when they stand before the sentence's main verb).
_R25_BRIDGE: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<det>[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir"
    r"|(?:[Tt]he[ ]++)?[A-Za-z][a-z-]*+['\u2019]s)[ ]++"
    r"(?P<mods>(?:[a-z][a-z-]*+[ ]++){0,2}?)(?P<noun>[a-z][a-z-]{2,30}+)"
    r"(?P<link>[ ]++(?:on|in)[ ]++|,[ ]++(?:on|in)[ ]++|[ ]++of[ ]++|[ ]++\([ ]*+"
    r"|,[ ]++(?:(?:which|that)[ ]++(?:(?:had|has|was|were)[ ]++(?:been[ ]++)?)?)?"
    r"(?P<verb>[a-z]++(?:[ ]++(?:down|up|out|off|ashore|place))?)[ ]++(?:on|in)[ ]++"
    # restate21: a relative clause that dates the phrase ("the eruption, which they date to", "The deluge,
    # which a marker on the church tower dates to")
    r"|,[ ]++which[ ]++(?:[A-Za-z'\u2019-]++[ ]++){0,6}?(?P<dating>dated?s?)[ ]++(?:it[ ]++)?to[ ]++)"
    r"(?:the[ ]++)?$")
_R25_DEMONSTRATIVES: Final = frozenset({"that", "this", "those", "these"})
# Verbs that tell an event happened (its occurrence), not something later done to it or a thing made: the
# clause dates the event itself ("the dispute, which began in", "The vote, taken on", "that decision, handed
# down on"). "built", "published", "completed" date a made thing, which an earlier event need not be.
_R25_OCCURRENCE: Final = frozenset("""
began begun started happened occurred took taken held staged fought played struck hit erupted broke came
sealed clinched won lost handed issued delivered given made cast
""".split())
# Of those, the verbs of what befalls rather than what is staged: a phrase whose head is not shaped as an
# event ("the dispute", "the system") is one when its clause tells it began or struck ("the dispute, which
# began in", "the system, which came ashore on"); "The festival, held on" tells a staging, which a definite
# phrase may introduce as new.
_R25_HAPPENING: Final = frozenset("began begun started happened occurred broke came struck hit erupted".split())
# Words that measure or place, or name a person rather than an event (a bridging phrase must name an
# event), beyond the engine's lists of non-event heads.
_R25_NOT_EVENT: Final = _NOT_EVENT_NOUNS | _NOT_EVENTS | frozenset("""
hour hours minute minutes weekend weekends occasion occasions point stage moment moments afternoon afternoons
yesterday today tonight tomorrow weekday
""".split())
# A finite verb or the sentence's subject before a definite "the X of DATE": the phrase is then news told
# about something (its object, "It survived the crash of October 1987"), not given information.
_R25_AUXILIARY: Final = frozenset("""
is are was were be been being has have had do does did will would can could should may might must shall
said says told tells it he she they we i you
""".split())
# Possessors that are times ("last year's vote", "Sunday's match"): another instance, told by when it was.
_R25_TIMES: Final = frozenset("""
year years month week day decade century season night weekend today yesterday tonight summer winter spring autumn
monday tuesday wednesday thursday friday saturday sunday
""".split())
_R25_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*+")


# A date told as the time of something in its clause: after "on", "in", "during" or "of" (a weekday may stand
# between: "on Thursday, 17 March 2013"); the pattern is searched over the 30 characters before the date.
# Round restate21: an antecedent's date may also follow "at" ("won the seat at the 1991 election").
# ``_R25_TOLD_ANY_CASE``, without "at", also at the opening of a sentence ("In 2007, ..."): a date told of
# something, which a later phrase may take up, and so is never looked past (restate20's reading, unchanged).
_R25_TOLD: Final = r"(?<![\w'\u2019-])(?:{})[ ]++(?:the[ ]++)?(?:[A-Z][a-z]++,?[ ]++)?$"
_R25_TOLD_ANY_CASE: Final = re.compile(_R25_TOLD.format("[Oo]n|[Ii]n|[Dd]uring|[Oo]f"))
_R25_TOLD_DATE: Final = re.compile(_R25_TOLD.format("on|in|during|of|at"))
# Prepositions a noun phrase may stand after (a closed class).
_R25_PREPOSITIONS: Final = frozenset("""
of from since after before following with into in on at by for to about over during despite until through against
behind beyond under among amid without like than upon toward towards
""".split())
# Words before a verb: "to win over", "they vote on" use the word as a verb, not as a mention of the noun.
_R25_VERB_LEADS: Final = tuple([word] for word in """
to will would can could should may might must did do does not never i you we they he she it who
""".split())


# A definite phrase ("the", a possessive) is weaker evidence than a demonstrative: its head must be shaped as
# a noun made from a verb, naming what happened ("relegation", "judgment", "failure", "stoppage", "refusal",
# "breakout", "takeover"), not a thing or a kind of gathering ("the concert", "the statue").
_R25_EVENT_SUFFIXES: Final = ("tion", "sion", "ment", "ure", "al", "ance", "ence", "age", "ing", "out", "over", "off",
                              "down", "up")


def _r25_event_shaped(noun: str) -> bool:
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us")) else noun
    return len(stem) > 4 and stem.endswith(_R25_EVENT_SUFFIXES)


def _r25_seen_before(text: str, noun: str, end: int) -> bool:
    """Whether ``noun`` (or its singular or plural) stands as a word in ``text[:end]``."""
    forms = {noun}
    if noun.endswith("es"):
        forms.add(noun[:-2])
    if noun.endswith("s"):
        forms.add(noun[:-1])
    else:
        forms.update((noun + "s", noun + "es"))
    lowered = text[:end].lower()
    for form in forms:
        at = lowered.find(form)
        while at >= 0:
            before = lowered[at - 1] if at > 0 else " "
            after = lowered[at + len(form)] if at + len(form) < len(lowered) else " "
            if (not (before.isalnum() or before in "-'\u2019") and not (after.isalnum() or after in "-'\u2019")
                    and lowered[max(0, at - 12):at].split()[-1:] not in _R25_VERB_LEADS):
                return True
            at = lowered.find(form, at + 1)
    return False


# Round restate20: a time told between the antecedent and the bridging phrase blocks the pairing only where
# it may date the same event again. The earlier guard blocked on any time in between, and a news article
# interleaves times of many things: a "Monday" or "last week" of a sentence about other people or other
# things tells nothing about the event the phrase takes up. What ties a time to the event is structural:
# it stands in the antecedent's or the phrase's own sentence; it is measured from an event of the narrative
# ("two days later", "the next day"), not from the time of writing; its sentence's subject is a pronoun (it,
# they, this) that may stand for the event or its actors; or its sentence shares a content word (a name, the
# head, a verb) with either side. A time of a sentence with a subject and words of its own is not read as
# a re-dating. An explicit date in between stays the antecedent when it is told as the time of something in
# its clause (after on/in/during/of, any case); a date that dates nothing there ("the 2016 harvest", a post's
# signature "(@name) September 22, 2016"), in a sentence about something else, is looked past.
_R25_ANAPHORIC_SUBJECTS: Final = frozenset("it its he his she her they their them this that these those such".split())
# After a length: the length is measured from another time ("two days later", "a week after").
_R25_MEASURED_FROM: Final = re.compile(r"(?<![ ])[ ]++(?:later|earlier|after|before|afterwards|on|into|since|from)(?![\w'\u2019-])")
# Words that say nothing of a sentence's subject or event (function words; names of months and weekdays).
_R25_NOT_CONTENT: Final = (_PHRASE_STOP | _R25_AUXILIARY | _R25_PREPOSITIONS | frozenset(_MONTH_NUMBER)
                           | frozenset(_WEEKDAY_NUMBER) | frozenset("""
there their them they them what when where which while with would could should about also just more most
much many some such than then very year years month months week weeks days time times""".split()))


def _r25_content_words(text: str, start: int, end: int, skip: tuple[int, int] = (0, 0)) -> set[str]:
    """The words of ``text[start:end]`` (outside ``skip``) that name something: no function word, no time word."""
    words: set[str] = set()
    for match in _R25_WORD.finditer(text, start, end):
        if skip[0] <= match.start() < skip[1]:
            continue
        word = match.group(0).lower()
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if len(word) < 4 or word in _R25_NOT_CONTENT:
            continue
        words.add(word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word)
    return words


def _r25_redates(context: _Context, time: _Candidate, sides: tuple[int, int], side_words: set[str]) -> bool:
    """Whether ``time``, told between two sentences (their starts ``sides``, their content words ``side_words``),
    may date the event of either again."""
    text = context.text
    sentence = context.sentence(time.start)
    if sentence[0] in sides:
        return True  # in the antecedent's or the phrase's own sentence
    if time.kind in ("duration", "age", "length") or time.quantity is not None and time.kind != "relative":
        # a length locates nothing unless it is measured from another time ("two days later")
        return _R25_MEASURED_FROM.match(text, time.end) is not None
    if text.startswith(("the ", "The "), time.start):
        return True  # "the next day", "the following week": counted from the narrative's last event
    words = [match.group(0) for match in _R25_WORD.finditer(text, sentence[0], sentence[1])
             if not time.start <= match.start() < time.end]
    opening = next((place for place, word in enumerate(words) if word.lower() not in _R25_PREPOSITIONS), len(words))
    if opening < len(words) and words[opening].lower() in _R25_ANAPHORIC_SUBJECTS:
        return True  # "It happened on a Monday", "Their coach left last week": the event or its actors
    if opening + 1 < len(words) and words[opening].lower() == "the" and words[opening + 1][0].islower():
        return True  # "The manager was sacked last month": a definite subject without a name may be the event's own
    own = _r25_content_words(text, sentence[0], sentence[1], (time.start, time.end))
    if not own:
        return True  # a bare time ("In March."): nothing of its own to be about
    return bool(own & side_words)


# Round restate20: a head made from a verb ("election", "landing", "sentencing", "departure") is told by that
# verb in the earlier sentence ("was elected", "landed", "was sentenced", "departed") even where the engine's
# kind tables do not list the verb: the noun and the verb share their stem. The suffixes are the closed set
# of English noun-making and verb-inflecting endings; the stem must keep at least four letters.
_R25_NOUN_ENDINGS: Final = ("ation", "ition", "ion", "ing", "ment", "ure", "al", "ance", "ence")
_R25_VERB_ENDINGS: Final = ("ed", "d", "s", "es", "ing")


def _r25_stems(word: str, endings: tuple[str, ...]) -> set[str]:
    """Every stem of ``word`` left by one of ``endings`` with at least four letters (a final "e" dropped)."""
    return {word[:-len(ending)].rstrip("e") for ending in endings
            if word.endswith(ending) and len(word) - len(ending) >= 4}


def _r25_noun_stems(noun: str) -> set[str]:
    """The stems of ``noun``: those its noun-making ending leaves and, round restate21, the noun itself (a
    noun that is its verb's bare form: "recall", "launch", "vote"; a final "e" dropped as for verbs)."""
    singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    stems = _r25_stems(singular, _R25_NOUN_ENDINGS)
    if len(singular) >= 4 and "-" not in singular:
        stems.add(singular.rstrip("e"))
    return stems


def _r25_verb_of(noun: str, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb form sharing a stem of ``noun``, a noun made from a verb."""
    stems = _r25_noun_stems(noun)
    return bool(stems) and any(stems & _r25_stems(match.group(0).lower(), _R25_VERB_ENDINGS)
                               for match in _R25_WORD.finditer(text, start, end))


def _r25_apart(text: str, start: int, end: int, noun: str) -> bool:
    """``_R23_APART`` in ``text[start:end]``, except a word that is the verb of ``noun`` itself (round restate21:
    "recalled" is the event of "the recall", not a remembering)."""
    stems = _r25_noun_stems(noun)
    return any(not stems & _r25_stems(match.group(0).lower(), _R25_VERB_ENDINGS)
               for match in _R23_APART.finditer(text, start, end))


# Event classes of the tables told on both sides: a class, group or family (a "kind", a "concept", a
# "lemma" or a recurring event joins deeds too broadly: "bought" / "sale", "opened" / "launch").
_R26_LINKING_CLASSES: Final = ("class:", "group:", "family:")


def _r25_redated_between(context: _Context, starts: list[int], first: _Candidate, first_sentence: tuple[int, int],
                         second_sentence: tuple[int, int], phrase_start: int) -> bool:
    """Whether a time told between ``first`` and the phrase at ``phrase_start`` may date the same event again
    (``_r25_redates``), which leaves the pair unread; shared by the bridging and the since/after rules."""
    low = bisect.bisect_right(starts, first.start)
    high = bisect.bisect_left(starts, phrase_start, low)
    if low >= high:
        return False
    text = context.text
    sides = _r25_content_words(text, *first_sentence) | _r25_content_words(text, *second_sentence)
    return any(_r25_redates(context, context.candidates[between], (first_sentence[0], second_sentence[0]), sides)
               for between in range(low, high))


def _r25_bridging_references(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    dated = _explicit_dates(context)
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    starts = [candidate.start for candidate in context.candidates]
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    conflicts: list[DateConflict] = []
    for index in range(1, len(dated)):
        second = dated[index]
        second_start, second_end = context.sentence(second.start)
        if per_sentence.get(second_start) != 1 or (second.start, second.end) in touched:
            continue
        phrase = _R25_BRIDGE.search(text, max(second_start, second.start - 90), second.start)
        if phrase is None:
            continue
        determiner = phrase.group("det").lower()
        noun = phrase.group("noun")
        link = phrase.group("link")
        verb = phrase.group("verb")
        modifiers = phrase.group("mods").split()
        demonstrative = determiner in _R25_DEMONSTRATIVES
        if (noun in _R25_NOT_EVENT or noun in _PHRASE_STOP or noun.endswith("ed")
                or any(word in _INSTANCE_MARKERS or word in _PHRASE_STOP or word.endswith("ed") and "-" not in word
                       for word in modifiers)
                or determiner.endswith(("'s", "\u2019s")) and determiner.split()[-1][:-2].lower() in _R25_TIMES):
            continue  # "that day", "a second win", "last year's vote": a time, or another instance
        if verb is not None:
            first_verb = verb.split()[0]
            if first_verb not in _R25_OCCURRENCE:
                continue  # "the ruling, overturned on": a later stage; "the bridge, built in": a made thing
        if link.strip() in ("on", "in", "of"):
            # Without a comma the date may date the verb before the phrase ("we investigated that rumor in
            # November 2016") or follow a relative "that" ("the war that began in 2011"): the phrase must open
            # its sentence or stand after a preposition ("since that win on", "Lava from that outburst in").
            lead = text[max(second_start, phrase.start() - 20):phrase.start()].split()
            lead_word = lead[-1].strip(_R23_OPENING_MARKS).lower() if lead else ""
            if lead_word and (lead_word not in _R25_PREPOSITIONS or phrase.start() - second_start > 80):
                continue
        dating = phrase.group("dating") is not None
        if link.startswith(",") and verb is None and not dating:
            # A bare date set off after the phrase ("That run, on ...", "At his sentencing, on ...") dates the
            # phrase only where the phrase opens the sentence; later it may close an aside and the date the
            # main verb ("was first performed, under the composer's own baton, on ...").
            opening = text[second_start:phrase.start()].strip(_R23_OPENING_MARKS).lower()
            if opening and (opening not in _R25_PREPOSITIONS):
                continue
        # Round restate21: a head not shaped as an event names one when the event it takes up is told as its
        # kind or by its own verb ("The not-guilty verdict, delivered on" after "acquitted"; "The vote, taken
        # on" after "voted"); checked once the antecedent is known.
        # A relative clause that dates the phrase dates things too ("the chapel, which historians date to"): the
        # event's kind must be told in the antecedent.
        kind_needed = dating
        if not demonstrative:
            if not _r25_event_shaped(noun) and (verb is None or verb.split()[0] not in _R25_HAPPENING):
                kind_needed = True  # "The concert, held on ...": a thing staged may be introduced as already known
            if noun in _GENERIC_HEADS or link.startswith((" on", " in")) and link.strip() in ("on", "in"):
                continue  # "the meeting on 4 May 2012" may introduce a meeting of its own
            if link.strip() == "of":
                if second.granularity != "day":
                    continue  # "the promise of 1993", "the summer of 1969": a year names a time, a day an occurrence
                prefix = [word.group(0).lower() for word in _R25_WORD.finditer(text, second_start, phrase.start())]
                if (len(prefix) > 4 or any(word in _R25_AUXILIARY or word.endswith("ed") for word in prefix)
                        or prefix and prefix[-1] in ("after", "before", "since", "until", "than")):
                    continue  # not given information: the object of a verb, or a time measured from it
        # Round restate21: a repeated head is taken up only by a demonstrative or a date set off after it ("That
        # election, held in", "the strike, which had begun in"), and only when every earlier use of the word
        # stands in the antecedent's sentence: the one earlier event of its kind (checked below).
        repeated = _r25_seen_before(text, noun, phrase.start("noun"))
        if repeated and not (demonstrative or link.startswith((",", " ("))):
            continue  # the word was used before: a repeated noun, for the rules that read repetitions
        if (_R23_RELATION.search(text, second_start, second.start) is not None
                or _R20_OTHER.search(text, second_start, second_end) is not None):
            continue  # a plan, another of its kind, an anniversary
        earlier = index - 1
        first = dated[earlier]  # the nearest dated sentence before: the one event the phrase can take up
        first_start, first_end = context.sentence(first.start)
        phrase_words: set[str] | None = None  # the phrase's sentence's content words, outside its date (on first use)
        while (earlier > 0 and first_start != second_start
               and _R25_TOLD_ANY_CASE.search(text, max(first_start, first.start - 30), first.start) is None
               and not _r25_redates(context, first, (second_start, second_start), phrase_words := (
                   phrase_words if phrase_words is not None
                   else _r25_content_words(text, second_start, second_end, (second.start, second.end))))):
            # A date that dates nothing in its clause ("a 1992 interview", "the 2016 campaign", a signature), in
            # a sentence about something else, is no antecedent: the phrase may take up the dated sentence before.
            earlier -= 1
            first = dated[earlier]
            first_start, first_end = context.sentence(first.start)
        if (first_start == second_start or per_sentence.get(first_start) != 1 or (first.start, first.end) in touched
                or second.start - first.end > 2500
                or _R20_OTHER.search(text, first_start, first_end) is not None
                or _R23_RELATION.search(text, first_start, first_end) is not None
                or _r25_apart(text, first_start, first.start, noun)):
            continue
        if repeated and (_r25_seen_before(text, noun, first_start)
                         or _r25_seen_before(text[first_end:phrase.start("noun")], noun, phrase.start("noun") - first_end)
                         or not _r25_seen_before(text[first_start:first_end], noun, first_end - first_start)):
            continue  # the word names another instance before, or in between, or not the antecedent's event
        if (repeated and first.granularity == "day" and second.granularity == "day" and first.earliest and second.earliest
                and abs((second.earliest - first.earliest).days) <= 7):
            continue  # "The summit opened on 3 March ... the summit, held on 6 March": days of a multi-day event
        if _R25_TOLD_DATE.search(text, max(first_start, first.start - 30), first.start) is None:
            # The earlier date must date something told in its clause ("collapsed on 2006-12-15", "in
            # September 1986"): a dateline, a signature under an embedded post or a copyright line ("(@name)
            # September 20, 2016", "(c) 2016 ...") tells no event a later phrase could take up.
            continue
        if _r25_redated_between(context, starts, first, (first_start, first_end), (second_start, second_end),
                                phrase.start()):
            continue  # a time told in between of the same event or narrative: another event may be meant
        if noun.startswith("re-") or noun.startswith("re") and _r25_verb_of(noun[2:], text, first_start, first_end):
            continue  # "Her re-election", "the reopening" after "was elected", "opened": the event again, another instance
        known = _IDENTITY_CLASS_OF.get(noun) or _IDENTITY_CLASS_OF.get(noun[:-1] if noun.endswith("s") else noun)
        if kind_needed:
            known = frozenset(kind for kind in known or () if kind.startswith(_R26_LINKING_CLASSES))
            if not known and not _r25_verb_of(noun, text, first_start, first_end):
                continue
        if known:
            # A head of a known kind must find its kind in the event it takes up ("That ruling" after "The
            # court house burned down" names no event told there); a head of no known kind is the new wording
            # the rule is for, and is taken as told.
            told: set[str] = set()
            for word in _R25_WORD.finditer(text, first_start, first_end):
                told.update(_IDENTITY_CLASS_OF.get(word.group(0).lower(), ()))
            # the kinds round 23 reads from verbs in their setting ("The court ... struck down": a ruling)
            told.update("group:" + verb_kind.lastgroup for verb_kind in _R23_VERB_MENTION.finditer(text, first_start, first_end)
                        if verb_kind.lastgroup is not None)
            if not told & known and not _r25_verb_of(noun, text, first_start, first_end):
                continue
        if _disjoint(first, second, slack):
            conflicts.append(_restated(text, noun, first, second))
            touched.update(((first.start, first.end), (second.start, second.end)))
    return conflicts


# Round restate21: an event named inside a fronted or trailing "since"/"after"/"following"/"when" phrase and
# dated there ("Since abolition on 11 April 1987, no government has ...", "since Halas' appointment as manager
# in October 1989", "Since it was identified in 1980, the comet has ..."). Such a phrase counts from one event
# (or, with "when", places one), and its own date is that event's date; when the nearest dated sentence before tells the same deed (the
# phrase's word and a word of that sentence share a verb stem, or an event class of the engine's tables:
# "abolition"/"abolished", "appointment"/"took charge", "identified"/"discovered"), the two dates date one
# event. Guards: the phrase holds no clause break, stage word or other date; its deed is not one a subject
# may do again (round 22's recurring words: an election, a sentencing); no other instance, plan or
# anniversary in either sentence; the two deeds are not told of different things (objects with nothing
# in common: "won the cup" / "winning the league").
_R26_COUNTED_FROM: Final = re.compile(
    r"(?<![\w'\u2019-])(?:[Ss]ince|[Aa]fter|[Ff]ollowing|[Ww]hen)[ ]++(?P<phrase>[A-Za-z][^,.;:!?\"\u201c\u201d()\[\]0-9]{1,60}?)"
    r"(?:,[ ]++(?:(?:was|were|had|been)[ ]++){0,2}?[a-z]++ed)?[ ]++(?:on|in|of)[ ]++(?:the[ ]++)?$")
# Words that end the phrase's event and start a clause or another phrase of the sentence.
_R26_BREAKS: Final = frozenset("and but or when while because although though where whereas if than then".split())


def _r26_words(text: str, start: int, end: int) -> list[str]:
    """The lower-case words of ``text[start:end]``, a possessive ending dropped."""
    return [match.group(0).lower().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
            for match in _R25_WORD.finditer(text, start, end)]


def _r26_deeds(words: list[str], told: bool) -> tuple[set[str], set[str]]:
    """(verb stems, event classes) of ``words``. Told (the earlier clause): the stems of its verb forms and of
    its nouns made from verbs; else (the phrase's event words): the stem of the first, the deed, bare or not
    ("collapse", "recall"), never of the word after it, an object ("winning power"). The linking classes of
    each word and of each two-word phrase it opens."""
    stems: set[str] = set()
    classes: set[str] = set()
    for index, word in enumerate(words):
        if word.endswith(("ed", "ing")) or word in _IRREGULAR_PAST:
            stems.update(_r25_stems(word, _R25_VERB_ENDINGS) if told or index == 0 else ())
        elif told:
            stems.update(_r25_stems(word, _R25_NOUN_ENDINGS))
        elif index == 0:
            stems.update(_r25_noun_stems(word))
        found = set(_IDENTITY_CLASS_OF.get(word, ()) if told or index == 0 else ())
        if index + 1 < len(words):
            found.update(_IDENTITY_PHRASES.get(word + " " + words[index + 1], ()))
        classes.update(kind for kind in found if kind.startswith(_R26_LINKING_CLASSES))
    return stems, classes


def _r26_event_words(words: list[str]) -> list[str]:
    """The words of a "since"/"after" phrase that name its event: a gerund opening it ("joining", "taking
    office"), else the past verb of its clause ("it was identified"), else the head of its noun phrase, the
    last word before a preposition ("Halas' appointment as manager", "the crash report")."""
    if words[0].endswith("ing") and len(words[0]) > 5:
        return words[:2]
    verbs = [place for place, word in enumerate(words) if place > 0 and (word.endswith("ed") or word in _IRREGULAR_PAST)]
    if verbs:
        return words[verbs[-1]:verbs[-1] + 2]
    cut = next((place for place, word in enumerate(words) if place > 0 and word in _R25_PREPOSITIONS), len(words))
    return words[cut - 1:cut]


def _r26_event_adverbials(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    dated = _explicit_dates(context)
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    starts = [candidate.start for candidate in context.candidates]
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    conflicts: list[DateConflict] = []
    for index in range(1, len(dated)):
        second = dated[index]
        second_start, second_end = context.sentence(second.start)
        if per_sentence.get(second_start) != 1 or (second.start, second.end) in touched:
            continue
        adverbial = _R26_COUNTED_FROM.search(text, max(second_start, second.start - 90), second.start)
        if adverbial is None:
            continue
        phrase_words = _r26_words(text, *adverbial.span("phrase"))
        if (not phrase_words or any(word in _R26_BREAKS or word in _INSTANCE_MARKERS or _r20_is_stage(word)
                                    for word in phrase_words)
                or bisect.bisect_left(starts, adverbial.start()) < bisect.bisect_left(starts, second.start)):
            continue  # a clause or another instance inside the phrase, or a time before the date
        if (_R23_RELATION.search(text, second_start, second_end) is not None
                or _R20_OTHER.search(text, second_start, second_end) is not None):
            continue  # a plan, another of its kind, an anniversary
        first = dated[index - 1]
        first_start, first_end = context.sentence(first.start)
        if (first_start == second_start or per_sentence.get(first_start) != 1 or (first.start, first.end) in touched
                or second.start - first.end > 2500
                or _R20_OTHER.search(text, first_start, first_end) is not None
                or _R23_RELATION.search(text, first_start, first_end) is not None
                or _R25_TOLD_DATE.search(text, max(first_start, first.start - 30), first.start) is None):
            continue  # the earlier date must date one instance told in its clause
        told = _r26_words(text, first_start, first.start)
        told_stems, told_classes = _r26_deeds(told, True)
        event_words = _r26_event_words(phrase_words)
        if any(_r20_recurring(word) for word in event_words):
            continue  # "since his election in": a deed one may do again (round 22's reading)
        if _r22_new_names(text, adverbial.start(), adverbial.end("phrase"), first_start, first_end):
            continue  # "When Oskar Farrow quit" after "Ilka Farrow stepped down": a party the earlier clause does not name
        stems, classes = _r26_deeds(event_words, False)
        if not (stems & told_stems or classes & told_classes):
            continue  # the phrase names no deed the earlier sentence tells
        if _r25_redated_between(context, starts, first, (first_start, first_end), (second_start, second_end),
                                adverbial.start()):
            continue  # a time told in between may date the same event again
        # What the deeds are done to: the content words that are neither verbs nor nouns made from verbs, nor
        # the words of the deed itself.
        objects, told_objects = ({word for word in side if len(word) > 3 and word not in _R25_NOT_CONTENT
                                  and word not in _IRREGULAR_PAST and word not in event_words
                                  and not _r25_stems(word, _R25_VERB_ENDINGS + _R25_NOUN_ENDINGS)
                                  and not set(_IDENTITY_CLASS_OF.get(word, ())) & (classes | told_classes)}
                                 for side in (phrase_words, told))
        if objects and told_objects and not objects & told_objects:
            continue  # "won the cup" / "after winning the league": the same deed done to different things
        if _disjoint(first, second, slack):
            phrase_head = " ".join(event_words)  # "taking office"; a verb and the word after it: the verb alone
            conflicts.append(_restated(text, phrase_head if phrase_head in _IDENTITY_PHRASES else event_words[0], first, second))
            touched.update(((first.start, first.end), (second.start, second.end)))
    return conflicts


# Round restate22: a repeated event head taken up by a definite phrase dated in its own noun phrase. "A
# landslide swept away the coast road on 30 September 1965." ... "Geologists blamed the landslide of 9 June 1955
# on heavy rain." An event introduced once (indefinitely, or by a definite phrase not dated by its own
# modifier) is the only one of its kind the article has told: a later "the N of D" / "the N on D" / "the D N" /
# "the N, VERBed on D" / "dated the N to D" whose head (with its premodifiers) is that same word, used nowhere
# else before, takes it up, and a date that cannot be the first is the event dated twice. Structural, keyed by
# the repeated head and the determiner, not by word pairs. Guards (the near-misses of tests/test_restate22.py):
# both mentions dated by their own modifiers ("The drought of 1982 ... the drought in 1993", "the 2018 summit
# ... the 2023 summit": two named instances); an instance marker before either head ("an earlier landslide",
# "a second treaty"), another instance, a plan, a recurrence or an anniversary in either sentence; a kind of
# event held on a schedule (an election, a festival, a summit: ``_R17_ROUTINE`` and the engine's recurring
# words), and for a kind that may recur (an attack, a treaty) the date as premodifier ("the 1934
# earthquake", a familiar other instance) or the word in the plural anywhere; a comparison in the later
# sentence ("the worst since", "than the"); the earlier date told of something else (a memorial, a
# remembering); a time told in between that may date the event again (restate20's ``_r25_redates``).
_R27_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019-])(?P<det>[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[Tt]he[ ]++)?[A-Za-z][a-z-]*+['\u2019]s)[ ]++"
    r"(?P<mods>(?:[a-z][a-z-]*+[ ]++){0,2}?)(?P<noun>[a-z][a-z-]{2,30}+)"
    r"(?P<link>[ ]++(?:of|on|in|to)[ ]++|,[ ]++(?:on|in)[ ]++"
    r"|,[ ]++(?P<appos>an?[ ]++(?:[a-z0-9][a-z0-9-]*+[ ]++){1,3}?)(?:on|in)[ ]++"
    r"|,[ ]++(?P<place>(?:at|near|outside|inside|off|aboard)[ ]++(?:an?|the)[ ]++(?:[A-Za-z][\w'\u2019-]*+[ ]++){1,3}?)"
    r"(?:on|in)[ ]++"
    r"|(?:,[ ]++(?:(?:which|that)[ ]++(?:(?:[a-z]++[ ]++){1,2}?(?:say|says|said|believe|believed|think|thought)[ ]++)?"
    r"(?:(?:had|has|was|were)[ ]++(?:been[ ]++)?)?)?"
    r"|[ ]++(?:which|that)[ ]++(?:(?:had|has|was|were)[ ]++(?:been[ ]++)?)?)"
    r"(?P<verb>[a-z]++(?<=ed)|held|made|done|began|begun|started|broke[ ]++out|came|took[ ]++place|set[ ]++in|struck|hit"
    r"|over(?<=was[ ]over)|over(?<=were[ ]over))"
    r"(?:[ ]++[A-Za-z'\u2019-]++){0,4}?[ ]++(?:on|in|to)[ ]++)"
    r"(?:the[ ]++)?$")
# Round restate23: an apposition renames the event and its date dates it ("The relaunch, a gala evening on", "The
# strike, a walkout in"), when it is a few words without a preposition or a word that names another time or
# thing's date ("a response to cuts in", "a year in", "a first since").
_R27_APPOSITIVE_STOP: Final = frozenset("""
year years month months week weeks day days decade decades century first second third last previous earlier later
""".split())
# Participles that date the doing of the event itself, beyond ``_R25_OCCURRENCE`` ("the lockout, imposed on", "the
# exhumation, performed on", "the shipwreck, dated in the records to"); a verb sharing the head's stem counts too.
# Any other participle may date a later stage or a reaction ("overturned", "approved", "condemned").
_R27_DOING: Final = frozenset("imposed performed conducted carried staged dated mounted committed declared".split())
# Round restate23: participles that date the doing of one kind of event of ``_R27_SYNONYMS`` only: a pardon or an
# honour is granted or bestowed when it is given, a relegation or a title is sealed when it is won, a firm's
# failure is announced when it fails ("The act of clemency, granted on", "the honour, bestowed on", "The drop,
# sealed on"). For other heads they may date a later stage ("the appeal, granted on", "the deal, sealed on").
# Such a participle dates the event only after a sentence that tells it done, by its own verb or another word
# ("was pardoned", "was knighted", "were relegated"), not one that names it as asked for, planned or announced.
_R27_ASKED: Final = re.compile(
    r"(?i:(?<![\w'\u2019-])(?:ask|asked|asking|sought|seeking|applied|applying|appealed|requested|petitioned|called"
    r"|campaigned|demanded|proposed|recommended|hoped|planned|announced|expected|nominated)(?![\w'\u2019-]))")
# Round restate25: a stage of the event named on both sides. An onset ("the drought, which set in in") dates the
# event as "began" does. An end ("the hijacking, which was over on", "the siege, which ended in") dates one
# stage only, so it restates an earlier date only when the earlier sentence tells the same stage right before its
# date ("The hijacking ended peacefully on D1"); after "The siege began on D1" it is the other end of the event.
_R29_ONSET: Final = frozenset({"set in"})
_R29_ENDING: Final = frozenset("ended finished concluded over".split())
_R29_BEGAN: Final = frozenset("began begun started".split())
_R29_ENDED_FIRST: Final = re.compile(
    r"(?i:(?<![\w'\u2019-])(?:ended|finished|concluded|(?:was|were)[ ]++over|came[ ]++to[ ]++an[ ]++end)(?![\w'\u2019-]))"
    r"(?:[ ]++[a-z]++){0,2}?[ ]++(?:on|in)[ ]++(?:the[ ]++)?$")
_R27_KIND_DOING: Final = {
    "pardon": frozenset({"granted"}), "honour": frozenset({"bestowed", "conferred", "awarded", "granted"}),
    "relegation": frozenset({"sealed", "confirmed"}), "title": frozenset({"sealed", "clinched"}),
    "insolvency": frozenset({"announced"}),
}
# A day told without a year is read against the explicit date before it only this close (characters between the
# two sentences): farther on, the narrative may have moved to another year.
_R27_YEARLESS_REACH: Final = 400
# Round restate24: beyond that reach a yearless day still restates a once-only kind told as a party's own ("his
# coronation", "her death": ``_R18_ONCE`` after his/her/its/their/X's): that party has no other instance in any year
# the narrative may have moved to, so the day restates it within the rule's whole reach, the guards on times tied to
# the event in between and on the head told in between still holding. Any other kind keeps the 400 characters
# (round 16's derailment and restate22's bomb scare: the narrative may have moved to another year and instance).
_R28_POSSESSIVES: Final = frozenset("his her its their".split())


def _r28_may_recur(phrase: re.Match[str] | None, noun: str) -> bool:
    """Whether the event of the later phrase (its head ``noun``, its match ``phrase`` of ``_R27_BEFORE``) may have
    another instance, for which a yearless day is read only near the full date: all but a party's once-only event."""
    return not (noun in _R18_ONCE and phrase is not None and (
        phrase.group("det").lower() in _R28_POSSESSIVES or phrase.group("det").endswith(("'s", "\u2019s"))))
# "the 29 November 1967 stampede": the date premodifies the head right after it.
_R27_THE_BEFORE_DATE: Final = re.compile(r"(?<![\w'\u2019-])[Tt]he[ ]++$")
_R27_HEAD_AFTER: Final = re.compile(r"(?<![ ])[ ]++(?P<noun>[a-z][a-z-]{2,30}+)(?![\w'\u2019-])")
# A verb that dates an event ("Historians have long dated the mutiny to October 1958").
_R27_DATING_VERB: Final = re.compile(r"(?<![\w'\u2019-])(?:dated?|dates|dating)[ ]++$")
# A plan told in the clause right after the date ("the summit of 2023 will be held"); "due to" is a cause.
_R27_PLAN_AFTER: Final = re.compile(
    r"[^,;.!?]{0,40}?\b(?:will|would|could|might|shall|should|planned|scheduled|expected|postponed|delayed"
    r"|(?:is|are|was|were)[ ]++due(?![ ]++to\b))\b")
_R27_CLAUSE_END: Final = re.compile(r"[,;:()]")
# A repetition told in the earlier sentence (its other instance markers stand before the head: checked there).
_R27_AGAIN: Final = re.compile(r"(?i:\b(?:again|once[ ]more|re-[a-z]++ed)\b)")
# Comparisons in the later sentence: another instance set against this one ("the worst since the earthquake of"
# is caught by its superlative; "since" alone counts from the event, as round restate21's since-phrases read).
# A superlative or a likeness counts only before the phrase, where the phrase is the standard of comparison ("It was
# the worst since the earthquake of"); after it, it tells of the event itself ("The airlift, on D, was the largest
# in the service's history"). "than" compares wherever it stands.
_R27_COMPARED: Final = re.compile(
    r"(?i:\b(?:worst|best|unlike|like|similar|compared|again|once[ ]more|rivall?ed|matched|surpassed)\b)"
    r"|\b(?:the|its|their)[ ]++(?:[a-z]++-)?[a-z]{2,}est\b")
_R27_THAN: Final = re.compile(r"(?i:(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )\b(?:than|unlike|compared)\b)")
_R27_SINCE: Final = re.compile(r"(?i:\bsince\b)")
# Heads that never name one event: measures, times, things told by other rules, and kinds held on a schedule.
_R27_NOT_HEADS: Final = (_R25_NOT_EVENT | _GENERIC_HEADS | _PHRASE_STOP | _R20_STOP
                         | frozenset("""
summer winter spring autumn fall morning evening night afternoon weekend holiday holidays day days week month
law act bill rule rules constitution policy plan programme program scheme building bridge house statue school
""".split()))


# Round restate22: nouns of one-off incidents, accidents, disasters, crimes and industrial action that the
# engine's event tables (``_IDENTITY_CLASS_OF``, ``_R23_EXTRA_NOUNS``) do not list; a general vocabulary of such
# happenings, not the wording of any template. A head must be one of these or an event word of the tables: "The
# union struck a deal in 1988 ... The union, in 1991, had 400 members" names an organisation, no event. The words
# here may all recur (a second wildfire), so they take the stricter guards of a recurring kind.
_R27_INCIDENTS: Final = frozenset("""
theft stampede crush tsunami wildfire bushfire firestorm heatwave cold-snap hailstorm sandstorm snowstorm whiteout
rockfall sinkhole aftershock cloudburst blackout outage power-cut meltdown spill leak scare hoax boycott lockout
sit-in occupation jailbreak breakout escape shootout shooting stabbing poisoning overdose arson hack cyberattack
standoff crackdown purge genocide atrocity airlift exhumation groundbreaking reopening relaunch recapture
""".split())
# Two-word heads whose second word alone is too plain to key ("the run of 1973" / "the bank run of 1973").
_R27_INCIDENT_PHRASES: Final = frozenset({"bank run", "gas leak", "oil spill", "bomb scare", "power cut", "cold snap",
                                          "prison break", "fuel shortage"})


# Round restate22: words that tell one kind of event in other words, for a head the earlier sentence does not use
# ("Three prisoners escaped ... on D1" / "The breakout, on D2"; "was fired by the board" / "Her sacking on D2";
# "A tornado tore through" / "the twister of D2"). A general vocabulary of English synonyms and the verbs of the
# event nouns, beyond the engine's tables (which the learned pass reads and which stay unchanged); each line is
# one kind: nouns and verb forms, phrases with spaces. Only a head listed here, or one sharing a verb stem or a
# class, group or family of the tables with a word of the earlier sentence, is linked to it.
_R27_SYNONYMS: Final = {
    "tornado": "tornado twister whirlwind|funnel cloud",
    "escape": "escape escaped breakout jailbreak|broke out|break-out",
    "surrender": "surrender surrendered capitulation capitulated|laid down their arms|gave themselves up",
    "dismissal": "sacking sacked dismissal dismissed fired firing ousting ousted ouster axed|let go",
    "honour": "knighthood knighted damehood ennobled peerage honour honor investiture|made a dame",  # investiture: restate25
    "strike": "strike walkout stoppage|industrial action|walked out|went on strike|stopped work|downed tools"
              "|walked off the job",
    "relegation": "relegation relegated demotion demoted drop",
    "title": "crowned coronation|title win|championship win|won the title|won the championship",
    "flood": "flood flooding floodwater floodwaters deluge inundation inundated swamped|burst its banks",
    "sinking": "sinking sank sunk foundered shipwreck capsized capsizing|went down|went to the bottom",
    "rescue": "rescue rescued airlift airlifted plucked winched",
    "launch": "launch launched liftoff lift-off blast-off|lifted off|blasted off",
    "landing": "landing landed touchdown|came down|touched down|crash-landed",
    "flotation": "flotation floated listing|market debut|stock market debut|went public|listed its shares|was listed",
    "maiden flight": "first flew|maiden flight|first flight|flew for the first time",
    "ascent": "ascent climbed summited|reached the summit|reached the top",
    "upset": "upset|knocked out|shock defeat|giant-killing",
    "insolvency": "receivership insolvency bankruptcy failure collapse liquidation liquidated|went bust|went under"
                  "|wound up|went into administration"
                  "|entered administration|went into receivership|collapsed into administration"
                  "|collapsed into receivership",
    "verdict": "verdict acquitted convicted|found guilty|not guilty",
    "acquittal": "acquittal acquitted|not guilty",
    "conviction": "conviction convicted|found guilty",
    "fall": "fall fell plunge plunged tumble tumbled",
    "explosion": "blast explosion detonated exploded detonation|went off|blew up",
    "structural collapse": "collapse collapsed cave-in|gave way|caved in|fell down",
    "robbery": "robbery robbed hold-up holdup heist stick-up raid raided",
    "burglary": "burglary burgled burglarised break-in|broke in|broke into",
    "founding": "founding founded foundation establishment established|set up",
    "nationalisation": "nationalisation nationalization nationalised nationalized|state ownership|public ownership",
    "resignation": "resignation resigned|stepped down",
    "takeover": "takeover acquisition acquired merger merged|took over|bought out",
    "derailment": "derailment derailed|left the rails|came off the rails|left the tracks",
    "coup": "coup putsch overthrow overthrew ousted toppled deposed overthrown|seized power",  # toppled ...: restate25
    "abduction": "abduction abducted kidnapping kidnapped|snatched",
    "oath": "swearing-in inauguration inaugurated oath|sworn in|took the oath",
    "reopening": "reopening reopened relaunch relaunched",
    "eruption": "eruption erupted outburst",
    # round restate23
    "landslide": "landslide landslip mudslide rockslide|slope failure",
    "grounding": "grounding|ran aground|run aground|went aground|driven aground",
    "disappearance": "disappearance disappeared vanished|went missing",
    "pardon": "pardon pardoned clemency",
    # round restate24: a general vocabulary of events told by a verb and taken up by a noun of another stem
    "arrest": "arrest arrested capture captured caught detained detention apprehended|taken into custody",
    "assault": "assault assaulted storming stormed attack attacked onslaught raid raided",  # raid: restate25
    "merger": "merger merged amalgamation amalgamated combination|joined forces",
    "publication": "publication published|came out|went on sale|hit the shelves|went to press",
    "release": "release released freed|set free|walked free|let out",
    "wedding": "wedding marriage married wed|tied the knot",
    "evacuation": "evacuation evacuated exodus|pulled out",
    "invasion": "invasion invaded incursion",
    "assassination": "assassination assassinated|shot dead|gunned down",
    "hijacking": "hijacking hijacked hijack seizure commandeered",  # seizure, commandeered: restate25
    "discovery": "discovery discovered find unearthed|dug up|came across",
    "blaze": "blaze fire inferno|burned down|burnt down|went up in flames|caught fire",
    # round restate25: more events told by a verb and taken up by a noun of another stem ("was expelled" / "his
    # expulsion", "hijacked" / "the seizure of the ship", "was knighted" / "his investiture", "toppled" / "the
    # overthrow"), and kinds of the same construction beyond them
    "expulsion": "expulsion expelled|thrown out|kicked out|struck off|drummed out",
    "abdication": "abdication abdicated|gave up the throne|renounced the throne",
    "defection": "defection defected|switched sides|crossed the floor",
    "impeachment": "impeachment impeached",
    "execution": "execution executed|put to death",
    "demolition": "demolition demolished razed|pulled down|knocked down|torn down|tore down",
    "uprising": "uprising revolt rebellion insurrection mutiny mutinied|rose up",
    "truce": "truce ceasefire cease-fire armistice",
    "crash": "crash crashed|went down|crash-landed|ploughed into|plowed into",
    "collision": "collision collided|smashed into|ran into",
    "theft": "theft stole stolen|made off with",
    "murder": "murder murdered slaying slain|shot dead|stabbed to death|beaten to death",
    "riot": "riot rioting rioted unrest looting looted|ran riot",
    "battle": "battle clash clashed skirmish|did battle",
    "massacre": "massacre massacred slaughter slaughtered|opened fire on",
    "death": "death died|passed away|found dead",
}



def _r27_forms(forms: str) -> list[str]:
    """The words (before the first "|", space-separated) and phrases (after it, "|"-separated) of a kind."""
    words, *phrases = forms.split("|")
    return words.split() + phrases


_R27_SYNONYM_OF: Final = {form: {name for name, forms in _R27_SYNONYMS.items() if form in _r27_forms(forms)}
                          for forms in _R27_SYNONYMS.values() for form in _r27_forms(forms)}
_R27_SYNONYM_FORMS: Final = {name: re.compile(r"(?i)(?<![\w'\u2019-])(?:" + "|".join(
    re.escape(form).replace(r"\ ", "[ ]++") for form in sorted(_r27_forms(forms), key=len, reverse=True))
    + r")(?![\w'\u2019-])") for name, forms in _R27_SYNONYMS.items()}


# Words for any mishap ("the disaster of", "that tragedy"), and the kinds of the tables that tell one (a sinking,
# a crash, a collapse, a fire, a flood, a storm, an explosion, an eruption, a quake).
_R27_MISHAP_HEADS: Final = frozenset("disaster tragedy catastrophe calamity".split())
_R27_MISHAP_KINDS: Final = frozenset({"kind:mishap", "kind:storm", "kind:eruption", "group:crash", "group:flood",
                                      "group:fire", "group:explosion", "group:quake", "class:collapse", "family:collapse",
                                      "family:sink", "class:sinking"})


# Round restate24: the kinds of ``_R27_SYNONYMS`` that are mishaps, and a mishap's toll told by a participle of harm
# and a number ("trapping 23 miners", "killing at least 30", "claimed 40 lives"; not "leaving 12 points adrift").
_R28_MISHAP_SYNONYMS: Final = ("flood", "sinking", "explosion", "structural collapse", "landslide", "derailment",
                               "grounding", "tornado", "blaze", "eruption")
_R28_TOLL: Final = re.compile(
    r"(?i:(?<![\w'\u2019-])(?:killing|killed|trapping|trapped|injuring|injured|drowning|drowned|claiming|claimed)[ ]++(?:at[ ]++least[ ]++|more[ ]++than[ ]++|nearly[ ]++|almost[ ]++|some[ ]++|about[ ]++)?"
    r"(?:[0-9][0-9,]*+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)"
    r"(?![\w'\u2019-]))")


def _r27_linked(text: str, head: str, noun: str, start: int, end: int) -> bool:
    """Whether ``head`` (or its last word ``noun``) tells the event of ``text[start:end]`` in other words: a
    synonym of ``_R27_SYNONYMS`` there, or a word sharing its verb stem ("poisoned" / "the poisoning"). The
    classes of the engine's tables join too widely here ("quit smoking" / "his resignation")."""
    if any(_R27_SYNONYM_FORMS[name].search(text, start, end) is not None
           for name in _R27_SYNONYM_OF.get(head, set()) | _R27_SYNONYM_OF.get(noun, set())):
        return True
    if noun in _R27_MISHAP_HEADS:
        # "the disaster of", "that tragedy": a word for any mishap takes up one the earlier sentence tells
        words = [word.group(0).lower() for word in _R25_WORD.finditer(text, start, end)]
        return any(word in _R27_INCIDENTS or _IDENTITY_CLASS_OF.get(word, frozenset()) & _R27_MISHAP_KINDS
                   or _IDENTITY_PHRASES.get(" ".join(words[place:place + 2]), frozenset()) & _R27_MISHAP_KINDS
                   for place, word in enumerate(words)) or (
            # round restate24: a mishap told by other words of a mishap kind ("burst its banks", "went down") or by
            # its toll ("trapping 23 miners", "killing at least 30", "claimed 40 lives")
            _R28_TOLL.search(text, start, end) is not None
            or any(_R27_SYNONYM_FORMS[kind].search(text, start, end) is not None for kind in _R28_MISHAP_SYNONYMS))
    return _r25_verb_of(noun, text, start, end)


def _r27_head_ok(noun: str, mods: list[str], premodified: bool, lowered: str, plurals: dict[str, int]) -> bool:
    """Whether ``noun`` (after ``mods``) may name one event taken up again: an event word of the tables or of
    ``_R27_INCIDENTS``; no measure, time, thing or scheduled kind; and a kind that may recur neither
    premodified by its date nor told in the plural in the article (``lowered``; ``plurals`` caches where)."""
    phrase = " ".join(mods[-1:] + [noun])
    if " " in phrase and phrase in _R27_SYNONYM_OF:
        pass  # "industrial action", "title win": the two words name the event, whatever the last alone names
    elif noun in _R27_NOT_HEADS or noun in _IDENTITY_RECURRING_WORDS or noun.endswith(("ed", "ly", "ness", "ity")):
        return False
    if _R17_GROUP_OF.get(noun) in _R17_ROUTINE or noun.endswith("s") and not noun.endswith(("ss", "us")):
        return False
    incident = (noun in _R27_INCIDENTS or phrase in _R27_INCIDENT_PHRASES
                # "the assassination attempt", "the coup plot", "the escape bid": an attempt at an event of the tables
                or noun in ("attempt", "bid", "plot") and bool(mods) and bool(_IDENTITY_CLASS_OF.get(mods[-1])))
    known = {kind for kind in _IDENTITY_CLASS_OF.get(noun, ()) if not kind.startswith("recurring:")}
    known.update(_R27_SYNONYM_OF.get(phrase, ()), _R27_SYNONYM_OF.get(noun, ()))
    if not (incident or known or noun in _R23_EXTRA_NOUNS or noun in _R23_NOUN_KIND):
        return False
    if len(noun) < 4 and phrase not in _R27_INCIDENT_PHRASES and phrase not in _R27_SYNONYM_OF:
        return False  # "the run of": a plain word needs the compound it heads
    recurring = _r27_recurring(noun, phrase)
    if recurring and premodified:
        return False
    return not (recurring or premodified) or _r27_first_use(lowered, noun + "s", plurals) < 0 and _r27_first_use(
        lowered, noun + "es", plurals) < 0


def _r27_recurring(noun: str, phrase: str) -> bool:
    """Whether the head may name a kind of event that befalls one place or party again (a quake, an attack, a
    wildfire: the tables' recurring kinds and ``_R27_INCIDENTS``)."""
    return (noun in _R27_INCIDENTS or phrase in _R27_INCIDENT_PHRASES or _r20_recurring(noun)
            or event_identity._stem(noun) in _IDENTITY_RECURRING)


def _r27_first_use(lowered: str, word: str, cache: dict[str, int]) -> int:
    """Where ``word`` first stands as a whole word in ``lowered`` (-1: nowhere); cached per article, so that
    many phrases with one head read the text once."""
    found = cache.get(word)
    if found is None:
        found = at = lowered.find(word)
        while at >= 0:
            if not lowered[at - 1:at].isalpha() and not lowered[at + len(word):at + len(word) + 1].isalpha():
                break
            found = at = lowered.find(word, at + 1)
        cache[word] = found
    return found


def _r27_repeated_heads(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    dated = _explicit_dates(context)
    if not dated:
        return []
    per_sentence = context.absolute_per_sentence()
    starts = [candidate.start for candidate in context.candidates]
    touched = {span for spans in reported for span in spans}
    slack = datetime.timedelta(days=31)
    lowered: str | None = None
    uses: dict[str, int] = {}  # word -> where it first stands in the article (on first need)
    conflicts: list[DateConflict] = []
    # Each later date with the explicit date nearest before it: the explicit dates, and the days told without a
    # year alone in their sentence ("Police said the pile-up on 8 July began ..."), whose day and month a
    # restatement of the event must repeat whatever year is meant.
    every = context.candidates
    # (round restate25: the first explicit date too, whose antecedent can only be a day told without a year)
    pairs = [(dated[index], index - 1) for index in range(len(dated))]
    yearless = [(place, candidate) for place, candidate in enumerate(every)
                if candidate.kind == "date" and candidate.granularity == "day" and not candidate.year_explicit
                and candidate.month is not None and candidate.day is not None and not candidate.since]
    dated_starts = [date.start for date in dated]
    lone: list[_Candidate] = []  # the days without a year alone in their sentence
    for place, candidate in yearless:
        sentence = context.sentence(candidate.start)
        if (per_sentence.get(sentence[0], 0) == 0
                and not (place > 0 and every[place - 1].end > sentence[0])
                and not (place + 1 < len(every) and every[place + 1].start < sentence[1])):
            lone.append(candidate)
            if candidate.start > dated[0].start:
                pairs.append((candidate, bisect.bisect_left(dated_starts, candidate.start) - 1))
    lone_starts = [candidate.start for candidate in lone]
    for second, earlier in pairs:
        second_start, second_end = context.sentence(second.start)
        if second.year_explicit and per_sentence.get(second_start) != 1 or (second.start, second.end) in touched:
            continue
        phrase = _R27_BEFORE.search(text, max(second_start, second.start - 110), second.start)
        premodified = kind_doing = ending = onset = False
        verb: str | None = None
        tail = second.end
        locus = None
        complement = False
        if phrase is not None and phrase.group("det").endswith(("'s", "\u2019s")) and (
                phrase.group("det")[:-2].split()[-1].lower() in _R29_KIN or _R29_OTHER_OWNER.search(
                    text, max(second_start, phrase.start() - 24), phrase.start()) is not None):
            continue  # round restate25: "A rival club's liquidation in", "His wife's death in": another owner
        if phrase is not None:
            noun, mods, phrase_start = phrase.group("noun"), phrase.group("mods").split(), phrase.start()
            verb = phrase.group("verb")
            if verb is not None:
                verb = " ".join(verb.split())
                if verb in _R29_ONSET:
                    verb = "began"  # "the drought, which set in in": its onset, as "began"
                ending = verb in _R29_ENDING
                onset = verb in _R29_BEGAN
            if mods[:2] == ["act", "of"]:
                mods = mods[2:]  # "The act of clemency": the act is the clemency
            if lowered is None:
                lowered = _r27_lowered(text)
            outer = _r28_of_head(text, lowered, uses, phrase, noun, mods, max(second_start, phrase_start - 40))
            if outer is not None:
                noun, mods, phrase_start = outer  # "The loss of the vessel on": the loss, of which the vessel is the party
                complement = True
            appositive = phrase.group("appos")
            if appositive is not None and any(word in _R25_PREPOSITIONS or word in _R27_APPOSITIVE_STOP
                                              for word in appositive.split()[1:]):
                continue  # "The strike, a response to cuts in": the date of another thing the apposition names
            if phrase.group("place") is not None:
                if any(word.lower() in _R25_PREPOSITIONS or word.lower() in _R28_PLACE_STOP
                       for word in phrase.group("place").split()[2:]):
                    continue  # "The strike, at the end of", "at the time in": a time, not a place
                locus = phrase.span("place")
            if (verb is not None and not ending and verb.split()[0] not in _R25_OCCURRENCE and verb not in _R27_DOING
                    and not _r25_stems(verb, _R25_VERB_ENDINGS) & _r25_noun_stems(noun)):
                if not any(verb in _R27_KIND_DOING.get(kind, ()) for kind in _R27_SYNONYM_OF.get(
                        " ".join(mods[-1:] + [noun]), _R27_SYNONYM_OF.get(noun, set()))):
                    continue  # "That ruling, overturned on appeal in", "approved by regulators in": a later stage
                kind_doing = True
            if phrase.group("link").endswith(" to ") and (
                    verb not in ("dated", None) or verb is None and _R27_DATING_VERB.search(
                        text, max(second_start, phrase_start - 12), phrase_start) is None):
                continue  # "the road to 1990": only a dating verb dates a phrase by "to"
        else:
            after = _R27_HEAD_AFTER.match(text, second.end)
            if after is None or _R27_THE_BEFORE_DATE.search(text, max(second_start, second.start - 6), second.start) is None:
                continue
            noun, mods, phrase_start, premodified = after.group("noun"), [], second.start - 4, True
            tail = after.end()  # "the 1981 nationalisation of Brandt Mining": the phrase attached goes on after the head
        if lowered is None:
            lowered = _r27_lowered(text)
        if (any(word in _INSTANCE_MARKERS or word in _PHRASE_STOP or word.endswith("ed") for word in mods)
                or not _r27_head_ok(noun, mods, premodified, lowered, uses)):
            continue  # "the second landslide of", "the 1991 election": another instance, or no one event
        if (_R23_RELATION.search(text, second_start, second.end) is not None
                or _R27_PLAN_AFTER.match(text, second.end) is not None
                or _R27_COMPARED.search(text, second_start, phrase_start) is not None
                or _R27_THAN.search(text, second_start, second_end) is not None
                or _R27_SINCE.search(text, second_start, phrase_start) is not None
                and _r27_recurring(noun, " ".join(mods[-1:] + [noun]))):
            continue  # a plan, another instance, an anniversary, a comparison; "since the earthquake of": the last one
        # The antecedent: the nearest dated sentence before that tells the head, in its words or in others (round
        # restate23: a dated sentence of the host's own narrative in between, about something else, is looked
        # past; a time in between that may date the event again still blocks, below).
        head = " ".join(mods + [noun])
        first, mention = _r27_antecedent(context, dated, earlier, head, noun, mods, lowered, second.start)
        yearless_first = False
        if first is None and second.year_explicit and lone and (verb is None or verb.split()[0] in _R25_HAPPENING) and not (
                _IDENTITY_CLASS_OF.get(noun, frozenset()) & _R29_STAGED):
            # round restate25: no dated sentence tells the event; a day told without a year alone in its sentence
            # may ("A stampede at the Lido on 2 February left eleven injured." ... "the stampede, which happened on
            # 27 September 1986"): a day and month the later date does not repeat cannot be it, in any year. Only a
            # happening (no verb, or one of what befalls): a staged event ("the premiere, held on", a performance,
            # a ceremony) may be staged again on a day told without its year (round 16's near-miss)
            first, mention = _r27_antecedent(context, lone, bisect.bisect_left(lone_starts, second_start) - 1, head,
                                             noun, mods, lowered, second.start)
            yearless_first = first is not None
        if first is None:
            continue
        first_start, first_end = context.sentence(first.start)
        if (first_start == second_start or per_sentence.get(first_start, 0) != (0 if yearless_first else 1)
                or (first.start, first.end) in touched
                or second.start - first.end > 2500
                or not second.year_explicit and second_start - first_end > _R27_YEARLESS_REACH
                and _r28_may_recur(phrase, noun)
                or _R23_RELATION.search(text, first_start, first_end) is not None
                or _R27_AGAIN.search(text, first_start, first_end) is not None
                or _R25_TOLD_DATE.search(text, max(first_start, first.start - 30), first.start) is None
                or _r29_apart(text, first_start, first.start, noun, mention)):
            continue  # the earlier date must date one instance told in its clause
        if ending != (_R29_ENDED_FIRST.search(text, max(first_start, first.start - 60), first.start) is not None) and (
                ending or onset):
            continue  # "The siege began on D1 ... the siege, which ended on D2" (or the other way): its two ends
        if kind_doing and (mention is not None or _R27_ASKED.search(text, first_start, first.start) is not None):
            continue  # "asked for clemency on D1 ... the act of clemency, granted on D2": a request, then the grant
        if mention is None:
            # Another word for the event: the head is new to the article and tells the earlier sentence's event
            # in other words (a synonym, a shared verb stem or class).
            if (0 <= min((place for form in {noun, noun + "s", noun + "es"}
                          if (place := _r27_first_use(lowered, form, uses)) >= 0), default=-1) < phrase_start
                    or not _r27_linked(text, " ".join(mods[-1:] + [noun]), noun, first_start, first_end)):
                continue  # the earlier sentence does not tell the head, in its words or in others
        else:
            at = mention.start(1)
            determiner = mention.group("det")
            if determiner in _INSTANCE_MARKERS or determiner.endswith("est"):
                continue  # "an earlier landslide", "the biggest drought"
            if determiner == "the" and (
                    first.end <= at and text[first.end:at].strip() in ("the", "")
                    or re.match(r"[ ]++(?:of|in)[ ]++(?:the[ ]++)?$", text[mention.end():first.start])
                    is not None
                    or complement and _R28_COMPLEMENT_THEN_DATE.fullmatch(text, mention.end(), first.start) is not None):
                continue  # "The drought of 1982", "the 1967 heatwave": the first mention names its instance by its date
            if (0 <= min((place for form in {noun, noun + "s", noun + "es"}
                          if (place := _r27_first_use(lowered, form, uses)) >= 0), default=-1) < first_start
                    or _r25_seen_before(text[first_end:phrase_start], noun, phrase_start - first_end)):
                continue  # the word names another instance before, or in between
        close = _R27_CLAUSE_END.search(text, second.end, second_end)
        named = _r20_names(text, phrase_start, second.start)
        if phrase is not None and phrase.group("det")[:1].isupper() and phrase.group("det").endswith(("'s", "\u2019s")):
            # round restate25: "Ansel Korrig's death in": the whole name before the possessive names the party
            given = _R29_GIVEN_NAMES.search(text, max(second_start, phrase_start - 60), phrase_start)
            if given is not None:
                named |= _r20_names(text, given.start(), phrase_start)
        if locus is not None and not _r22_place_names(text, first_start, first_end):
            # round restate24: "The arrest, at a Kirkwhinnie guesthouse on": where the event happened, after an earlier
            # sentence that tells no place, names no other party (after one that does, the place must be the same)
            named = _r20_names(text, phrase_start, locus[0]) | _r20_names(text, locus[1], second.start)
        if (named | _r20_names(
                text, second.end, _r27_attached_end(text, tail, close.start() if close is not None else second_end))
                ) - _r20_names(text, first_start, first_end):
            continue  # "Ben Ortiz's retirement in 2009", "the bank run of 1973 at Carrow Mutual": another party's
        if _r27_redated_between(context, starts, first, (first_start, first_end), (second_start, second_end),
                                phrase_start, " ".join(mods[-1:] + [noun]), noun):
            continue  # a time told in between may date the same event again
        if _r27_apart(second, first, slack) if yearless_first else _r27_apart(first, second, slack):
            conflicts.append(_restated(text, head, first, second))
            touched.update(((first.start, first.end), (second.start, second.end)))
    return conflicts


# Round restate25: "Two streets were evacuated after a gas leak on D1": a time word governing the head itself, its
# date right after the head, dates the head ("the gas leak on D1"), whatever the sentence's verb; read as if the
# preposition were not there. Any other such word in the clause still sets the date apart.
_R29_HEAD_GOVERNOR: Final = re.compile(r"(?i:(?<![\w'\u2019-])(?:after|following|before)[ ]++$)")
_R29_MEASURE_BEFORE: Final = re.compile(
    r"(?i:(?<![\w'\u2019-])(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|shortly|soon|long|just|right"
    r"|immediately|weekend)[ ]++$)")
_R29_HEAD_THEN_DATE: Final = re.compile(r"(?<![ ])[ ]++(?:on|in)[ ]++(?:the[ ]++)?")


def _r29_apart(text: str, start: int, date_start: int, noun: str, mention: re.Match[str] | None) -> bool:
    """``_r25_apart`` over the earlier mention's clause ``text[start:date_start]``, except the one time word
    ("after", "following", "before") that governs the ``mention`` of the head when the date follows the head."""
    if mention is None or _R29_HEAD_THEN_DATE.fullmatch(text, mention.end(), date_start) is None:
        return _r25_apart(text, start, date_start, noun)
    governor = _R29_HEAD_GOVERNOR.search(text, max(start, mention.start() - 12), mention.start())
    if governor is None or _R29_MEASURE_BEFORE.search(text, max(start, governor.start() - 12), governor.start()):
        # "reopened two years after the stampede on D1": measured from the event, the date may date the reopening
        return _r25_apart(text, start, date_start, noun)
    return _r25_apart(text, start, governor.start(), noun) or _r25_apart(text, mention.start(), date_start, noun)


# Round restate25: a sentence that retells the event of the sentence right before it with "It" as subject and
# another word of the event's kind as its whole verb phrase ("Her memoir was published by Osgood & Lyle on D1. It
# came out on D2 to warm reviews"; "The ferry capsized off Leith on D1. It sank on D2"). The pronoun takes up the
# sentence before, so only that one; the verb phrase is the form alone (an auxiliary and an adverb such as "first"
# or "finally" aside): "It came out on DVD in", "It was reissued in" tell another release, "It sank in" after "was
# launched in" another event.
_R29_PRONOUN_RETOLD: Final = re.compile(
    r"It[ ]++(?:(?:was|were|had|has)[ ]++(?:been[ ]++)?)?(?:(?:first|finally|officially|eventually|actually)[ ]++)?"
    r"(?P<verb>[a-z]++(?:[ ]++[a-z]++){0,3}?)[ ]++(?:on|in)[ ]++(?:the[ ]++)?")


def _r29_pronoun_retold(context: _Context, reported: set[tuple[tuple[int, int], ...]]) -> list[DateConflict]:
    text = context.text
    dated = _explicit_dates(context)
    if len(dated) < 2:
        return []
    per_sentence = context.absolute_per_sentence()
    touched = {span for spans in reported for span in spans}
    conflicts: list[DateConflict] = []
    for index in range(1, len(dated)):
        second = dated[index]
        second_start, second_end = context.sentence(second.start)
        if not text.startswith("It ", second_start) or per_sentence.get(second_start) != 1 or (
                second.start, second.end) in touched:
            continue
        retold = _R29_PRONOUN_RETOLD.fullmatch(text, second_start, second.start)
        if retold is None:
            continue
        kinds = _R27_SYNONYM_OF.get(" ".join(retold.group("verb").split()), set())
        first = dated[index - 1]
        first_start, first_end = context.sentence(first.start)
        if (not kinds or first_start == second_start or text[first_end:second_start].strip()
                or per_sentence.get(first_start) != 1 or (first.start, first.end) in touched):
            continue  # the sentence right before, with its one date
        if (not any(_R27_SYNONYM_FORMS[kind].search(text, first_start, first_end) is not None for kind in kinds)
                or _R23_RELATION.search(text, first_start, second_end) is not None
                or _R27_AGAIN.search(text, first_start, second_end) is not None
                or _R25_TOLD_DATE.search(text, max(first_start, first.start - 30), first.start) is None
                or _r25_apart(text, first_start, first.start, "")
                or _R27_PLAN_AFTER.match(text, second.end) is not None
                or _R27_THAN.search(text, second_start, second_end) is not None
                or _r20_names(text, second_start, second_end) - _r20_names(text, first_start, first_end)):
            continue  # another kind, another instance, a plan, a comparison or another party
        if _r27_apart(first, second, datetime.timedelta(days=31)):
            conflicts.append(_restated(text, sorted(kinds)[0], first, second))
            touched.update(((first.start, first.end), (second.start, second.end)))
    return conflicts


def _r27_lowered(text: str) -> str:
    """``text`` in lower case with its offsets kept (a letter whose lower case is longer, "İ", stays as it is)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(letter.lower() if len(letter.lower()) == 1 else letter for letter in text)
    return lowered


# Round restate24: an event head with an "of" complement naming its party ("The loss of the vessel on", "the arrest
# of the gunman, on", "the storming of the embassy in"): the date dates the head, not the party, which is no event
# ("vessel", "gunman", "embassy"). Read only when the complement is a definite phrase without an instance marker and
# its own head is no event head; a head told by a word of its complement's kind (``_R28_LOSS_OF``: "the loss of the
# ship" is its sinking) takes that kind's name.
# Round restate25: an owner told as one of several ("A rival club's liquidation", "another firm's collapse").
_R29_OTHER_OWNER: Final = re.compile(
    r"(?i:(?<![\w'\u2019-])(?:an?|another|other|rival|second|third|one)[ ]++(?:[a-z-]++[ ]++)?$)")
_R29_GIVEN_NAMES: Final = re.compile(r"(?<![\w'\u2019-])(?:[A-Z][a-z'\u2019-]*+[ ]++){1,3}$")
_R29_STAGED: Final = frozenset({"kind:performance", "kind:ceremony", "kind:debut"})
# Round restate25: a relative named in the complement is another party than the earlier sentence's.
_R29_KIN: Final = frozenset("""
son sons daughter daughters wife husband widow widower brother brothers sister sisters father mother parents child
children grandson granddaughter nephew niece cousin uncle aunt twin fiancee fiance partner
""".split())
_R28_OF_HEAD: Final = re.compile(
    r"(?<![\w'\u2019-])(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ ]++"
    r"(?P<mods>(?:[a-z][a-z-]*+[ ]++){0,2}?)(?P<noun>[a-z][a-z-]{2,30}+)[ ]++of[ ]++$")
# Round restate24: a place set off after the head ("The arrest, at a guesthouse on", "The blast, outside the station
# in"): not a word of a time or a part of one ("at the end of", "at the time in").
_R28_PLACE_STOP: Final = _R27_APPOSITIVE_STOP | frozenset("time times end start beginning height peak close turn age".split())
# "The storming of the palace in 2018": a first mention with a complement, named by its date like "the drought of".
_R28_COMPLEMENT_THEN_DATE: Final = re.compile(
    r"(?<![ ])[ ]++of[ ]++(?:the|that|this|his|her|its|their)[ ]++(?:[a-z][a-z-]*+[ ]++){1,3}?(?:of|in|on)[ ]++(?:the[ ]++)?")
_R28_VESSELS: Final = frozenset("""
vessel ship boat ferry liner tanker trawler freighter steamer schooner frigate submarine yacht barge lifeboat
""".split())
_R28_LOSS_OF: Final = {vessel: "sinking" for vessel in _R28_VESSELS}


def _r28_of_head(text: str, lowered: str, uses: dict[str, int], phrase: re.Match[str], noun: str, mods: list[str],
                 low: int) -> tuple[str, list[str], int] | None:
    """The head, its premodifiers and where its phrase starts, of an event named with an "of" complement right
    before the phrase ``phrase`` of ``_R27_BEFORE`` matched (its head ``noun`` after ``mods``), when that phrase names
    no event itself; None otherwise."""
    if phrase.group("det").lower() not in _R20_DETERMINERS or any(
            word in _INSTANCE_MARKERS or word in _PHRASE_STOP or word.endswith("ed") for word in mods + [noun]):
        return None  # "that company was approved in": no noun phrase, a clause
    if (_IDENTITY_CLASS_OF.get(noun) or noun in _R17_GROUP_OF or noun in _R27_INCIDENTS or noun in _R27_SYNONYM_OF
            or noun in _R23_EXTRA_NOUNS):
        return None  # "the opening of the summit on": the complement is an event, with instances of its own
    if noun in _R29_KIN:
        return None  # round restate25: "The investiture of his son, on": a relative's own event, another party
    outer = _R28_OF_HEAD.search(text, low, phrase.start())
    if outer is None:
        return None
    head, premodifiers = outer.group("noun"), outer.group("mods").split()
    if head == "loss":
        kind = _R28_LOSS_OF.get(noun)
        if kind is None:
            return None  # "the loss of the contract", "the loss of his job": no event of the earlier sentence's kind
        head = kind
    if not _r27_head_ok(head, premodifiers, False, lowered, uses):
        return None
    return head, premodifiers, outer.start()


def _r27_antecedent(context: _Context, dated: list[_Candidate], earlier: int, head: str, noun: str, mods: list[str],
                    lowered: str, second_start: int) -> tuple[_Candidate | None, re.Match[str] | None]:
    """The explicit date, from ``dated[earlier]`` back, of the nearest sentence that tells the event ``head`` (the
    head itself after a determiner, the match returned; or a word linked to it by ``_r27_linked``), within the
    2,500 characters the rule reads; ``(None, None)`` when none does. Round restate23: the phrase takes up the
    event told last, not the date told last ("A gas leak closed the street on D1." ... a quoted post signed
    "September 23, 2016" ... "Engineers traced the gas leak of D2"): whether a time in between may date the event
    again is the caller's guard (``_r27_redated_between``)."""
    text = context.text
    told = re.compile(r"(?<![\w'\u2019-])(?P<det>\S+)[ ]++" + re.escape(head) + r"(?![\w'\u2019-])")
    last = -1
    for index in range(earlier, -1, -1):
        first = dated[index]
        if second_start - first.end > 2500:
            break
        first_start, first_end = context.sentence(first.start)
        if first_start == last:
            continue  # a sentence with two dates: read once
        last = first_start
        mention = told.search(lowered, first_start, first_end)
        if mention is not None or _r27_linked(text, " ".join(mods[-1:] + [noun]), noun, first_start, first_end):
            return first, mention
    return None, None


# Round restate23: what ties a time told between the two mentions of one event to that event, for the repeated
# head or its other word (a tie stronger than the bridging phrases of ``_r25_redates``, which also blocks on a
# definite subject or any shared content word: a host narrative's "The shooting took place Tuesday", "The letter,
# dated Friday" or a shared "police" tell nothing of a gas leak). The time stands in either mention's sentence; it
# is measured from another time ("two days later", "the next day", not "the last eight years", counted back from
# the writing); its sentence opens with a pronoun that may stand for the event ("It happened on", "This came on");
# it shares a name with either mention ("Strickland was caught on"); or it tells the event in its words (the
# head, an other word of ``_r27_linked``: "The breakout was discovered on"). A time in the sentence right after the
# first mention or right before the second continues that mention's narrative and keeps restate20's looser ties
# (``_r25_redates``: any pronoun subject, a definite subject, a shared content word).
_R27_EVENT_PRONOUNS: Final = frozenset("it its this these those such".split())
_R27_COUNTED_BACK: Final = re.compile(r"[Tt]he[ ]++(?:last|past|previous|coming)(?![\w'\u2019-])")


def _r27_redated_between(context: _Context, starts: list[int], first: _Candidate, first_sentence: tuple[int, int],
                         second_sentence: tuple[int, int], phrase_start: int, head: str, noun: str) -> bool:
    """Whether a time told between ``first`` and the phrase at ``phrase_start`` is tied to the event the two
    mentions tell (the reading above), which leaves the pair unread."""
    low = bisect.bisect_right(starts, first.start)
    high = bisect.bisect_left(starts, phrase_start, low)
    if low >= high:
        return False
    text = context.text
    names = _r20_names(text, *first_sentence) | _r20_names(text, *second_sentence)
    side_words: set[str] | None = None
    read: set[int] = set()
    for between in range(low, high):
        time = context.candidates[between]
        sentence = context.sentence(time.start)
        if sentence[0] in (first_sentence[0], second_sentence[0]):
            return True
        if not text[first_sentence[1]:sentence[0]].strip() or not text[sentence[1]:second_sentence[0]].strip():
            # right after the first mention or right before the second: it continues that mention's narrative,
            # and restate20's looser ties hold ("Their owners left last week", a shared "valley")
            if side_words is None:
                side_words = _r25_content_words(text, *first_sentence) | _r25_content_words(text, *second_sentence)
            if _r25_redates(context, time, (first_sentence[0], second_sentence[0]), side_words):
                return True
            continue
        if time.kind in ("duration", "age", "length") or time.quantity is not None and time.kind != "relative":
            if _R25_MEASURED_FROM.match(text, time.end) is not None:
                return True
            continue
        if text.startswith(("the ", "The "), time.start) and _R27_COUNTED_BACK.match(text, time.start) is None:
            return True  # "the next day", "the following week": counted from the narrative's last event
        if sentence[0] in read:
            continue
        read.add(sentence[0])
        opening = next((word.group(0).lower() for word in _R25_WORD.finditer(text, *sentence)
                        if word.group(0).lower() not in _R25_PREPOSITIONS), "")
        if (opening in _R27_EVENT_PRONOUNS or names & _r20_names(text, *sentence)
                or _r27_linked(text, head, noun, *sentence)):
            return True
    return False


def _r27_attached_end(text: str, start: int, end: int) -> int:
    """Where the phrase attached right after a date ends (round restate23): its prepositions, articles and names
    ("of 1973 at Carrow Mutual", "in 2009 by the Orrin board"), up to the first other word of ``text[start:end]``.
    A name after that stands in the rest of the sentence ("in May 1956 cost nine hundred jobs in Quarrington"),
    not in the phrase that tells whose event it was."""
    for word in _R25_WORD.finditer(text, start, end):
        token = word.group(0)
        if not token[0].isupper() and token.lower() not in _R25_PREPOSITIONS and token not in ("the", "a", "an", "and"):
            return word.start()
    return end


def _r27_apart(first: _Candidate, second: _Candidate, slack: datetime.timedelta) -> bool:
    """Whether two dates of one event's two mentions cannot be one: apart (``_disjoint``), and, for two days, more
    than a week apart (days of one multi-day event: "The summit opened on 3 March ... the summit on 6 March");
    a day told without a year is apart from a day or month whose day and month it does not repeat, in any year."""
    if second.year_explicit:
        if first.granularity == "day" and second.granularity == "day" and first.earliest and second.earliest:
            if abs((second.earliest - first.earliest).days) <= 7:
                return False
        return _disjoint(first, second, slack)
    if first.granularity == "month":
        return first.month != second.month
    if first.granularity != "day" or first.year is None or first.month is None or first.day is None:
        return False
    assert second.month is not None and second.day is not None
    for year in (first.year - 1, first.year, first.year + 1):
        try:
            if abs((datetime.date(year, second.month, second.day) - datetime.date(first.year, first.month, first.day)).days) <= 7:
                return False
        except ValueError:  # 29 February of a common year
            continue
    return True


def _scope_point(candidate: _Candidate) -> _Candidate | None:
    if candidate.since:
        return _since_start(candidate) if candidate.year_explicit and candidate.earliest is not None else None
    if not candidate.absolute or candidate.earliest is None or candidate.latest is None:
        return None
    return candidate


def _scope_order_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    every = context.candidates
    conflicts: list[DateConflict] = []
    # Sentences with at least two dates (any kind: a relative or undated one in between blocks a pairing).
    by_sentence: dict[tuple[int, int], list[_Candidate]] = {}
    for candidate in every:
        if candidate.kind in ("weekday", "duration") or candidate.quantity is not None and not candidate.absolute:
            continue
        by_sentence.setdefault(context.sentence(candidate.start), []).append(candidate)
    for (sentence_start, sentence_end), dated in by_sentence.items():
        if len(dated) < 2 or len(dated) > 6:
            continue
        cues = list(_SCOPE_CUE.finditer(text, sentence_start, dated[-1].start))
        if not cues or len(cues) > 3:
            continue
        if _r21_frame_scopes(text, _SCOPE_FUTURE.search(text, sentence_start, sentence_end), dated[-1].end, sentence_end):
            continue
        for cue in cues:
            word = " ".join(cue.group(0).lower().split())
            if (_SCOPE_NOT_BEFORE.search(text, max(sentence_start, cue.start() - 12), cue.start()) is not None
                    and not word.startswith(("only", "not long", "on from"))
                    or _SCOPE_NOT_AFTER.match(text, cue.end(), min(sentence_end, cue.end() + 14)) is not None):
                continue
            later = _SCOPE_DIRECTION[word]
            if (word == "followed" and _O22_INTRANSITIVE.match(text, cue.end(), cue.end() + 16) is not None
                    and _O22_RELATIVE_FOLLOWED.search(text, max(sentence_start, cue.start() - 7), cue.start()) is not None):
                # Round order22: "the repairs that followed began in D2": intransitive in a relative clause, the
                # verb points back to the event just told.
                word, later = "that followed", False
            elif word in _SCOPE_VERB_CUES and _SCOPE_EVENT_OBJECT.match(text, cue.end(), cue.end() + 8) is None:
                continue
            governed_index = next((index for index, candidate in enumerate(dated) if candidate.start >= cue.end()), None)
            if governed_index is None:
                continue
            governed = dated[governed_index]
            between = text[cue.end():governed.start]
            if (len(between) > 110 or _SCOPE_GOVERNED_BREAK.search(between) is not None
                    or _SCOPE_DATED_BY.search(text, max(sentence_start, governed.start - 24), governed.start) is None
                    or any(other.start() > cue.start() for other in cues if other.start() < governed.start and other is not cue)):
                continue
            comma = between.rfind(",")
            if comma != -1 and (between.count(",") > 2
                                or _SCOPE_CONTINUATION.match(between, comma + 1) is None):
                continue
            opening = _SCOPE_OPENING_LEAD.match(text, sentence_start, cue.start())
            initial = opening is not None and opening.end() == cue.start()
            main: _Candidate | None = None
            if initial and word in _O22_ONLY_BACK or not initial and word in _O25_OPENING_ONLY:
                continue
            if word in _O25_AFTER_COMMA and (initial or _O25_COMMA_BEFORE.search(text, max(sentence_start, cue.start() - 6), cue.start()) is None
                                             or word == "only to" and _O25_ONLY_TO_VERB.match(text, cue.end()) is None):
                continue
            if initial and len(dated) == governed_index + 2 and _O25_INVERTED.match(text, governed.end, dated[-1].start) is not None:
                # Round order25: "On the heels of X in D1 came Y in D2": the inverted main clause, no comma.
                main = dated[-1]
                main_side = text[governed.end:main.start]
                if (len(main_side.split()) > 12 or _SCOPE_MAIN_BREAK.search(main_side) is not None
                        or "," in main_side or _SCOPE_CUE.search(main_side) is not None):
                    continue
            elif initial:
                # "In the wake of the storm of 27 June, which ..., the club launched an appeal on 14 August."
                rest = dated[governed_index + 1:]
                if len(rest) != 1 or "," not in text[governed.end:rest[0].start]:
                    continue
                main = rest[0]
                # Round 15: the main clause's date told in a relative clause on its last noun whose
                # subject is the main clause's ("Prior to joining X in 1988, she ran the laboratory at Y,
                # which she left in 1991") or that completes what it made ("..., the council built new
                # defences, which were completed in 1971").
                trailing = _SCOPE_TRAILING_RELATIVE.search(text, governed.end, main.start)
                end_of_clause = trailing.start() if trailing is not None else main.start
                clause = text[text.rfind(",", governed.end, end_of_clause) + 1:end_of_clause]
                relative = _SCOPE_SET_OFF_RELATIVE.match(text, text.find(",", governed.end, end_of_clause), end_of_clause)
                main_side = text[relative.end() if relative is not None else governed.end:end_of_clause]
                if trailing is not None and not clause.strip():
                    continue
                if (_SCOPE_CONTINUATION.match(clause) is not None and not clause.lstrip().startswith(("in ", "on ", "at ", "from ", "of ", "by "))
                        or _SCOPE_MAIN_BREAK.search(main_side) is not None or main_side.count(",") > 2 or len(main_side.split()) > 16):
                    continue
            else:
                before = [candidate for candidate in dated if candidate.end <= cue.start()]
                relative_lead = _SCOPE_RELATIVE_LEAD.search(text, max(sentence_start, cue.start() - 40), cue.start())
                if word in _O22_ONLY_BACK and not before:
                    continue
                if (relative_lead is not None and not before
                        and len(text[sentence_start:relative_lead.start()].split()) <= 8):
                    # Round 11: the cue in a relative clause set off after the subject ("The chapel,
                    # which pre-dates the 1810 town hall, was built in 1812"): the main side is
                    # the predicate's date after the clause closes.
                    rest = dated[governed_index + 1:]
                    if not rest:
                        continue
                    main = rest[0]
                    closing = text.find(",", governed.end, main.start)
                    main_side = text[closing + 1:main.start] if closing != -1 else ""
                    if (closing == -1 or "," in main_side or len(main_side.split()) > 9
                            or _SCOPE_MAIN_BREAK.search(main_side) is not None
                            or _SCOPE_PREDICATE.match(main_side) is None
                            or len(text[governed.end:closing].split()) > 4):
                        continue
                    gap = ""
                elif not before:
                    continue
                else:
                    main = before[-1]
                    gap = text[main.end:cue.start()]
                    relative = _O22_RELATIVE_FOLLOWED.search(gap) if word == "that followed" else None
                    back_pointing = (word in _O22_BACK_POINTING
                                     and _O22_BACK_GAP.fullmatch(gap, 0, relative.start() if relative is not None else len(gap)) is not None)
                    if not back_pointing and (word in _O22_ONLY_BACK or len(gap.split()) > 9
                                              or _SCOPE_MAIN_BREAK.search(gap.replace("but only", "only").replace("but not", "not")) is not None):
                        continue
                    if _o21_parallel_connective(text, cue.group(0), max(sentence_start, main.start - 45, before[-2].end if len(before) > 1 else 0), main.start):
                        continue
                if "," in gap and word in ("then", "until", "till", "by the time"):
                    pass
            if word in ("until", "till") and re.search(r"(?<![\w-])(?:from|since)(?![\w-])",
                                                       text[max(sentence_start, main.start - 30):main.start]) is None:
                continue  # "until" orders only the two ends of a span ("from its opening in 1985 until ...")
            if word == "by the time":
                # Round order19: trailing, the pluperfect stands in the main clause before it ("had already
                # resigned in 2006 by the time the inquiry reported in 2004").
                if (not (initial and _SCOPE_HAD.search(text, governed.end, sentence_end) is not None)
                        and (initial or _SCOPE_HAD.search(text, max(sentence_start, main.start - 60), main.start) is None)):
                    continue
            if word == "once" and _SCOPE_HAD.search(between) is None and _ONCE_PASSIVE.match(between) is None:
                continue  # "once" orders a pluperfect or a passive past clause, not "once the largest"
            main_point, governed_point = _scope_point(main), _scope_point(governed)
            # Round 11: a day without its year beside a full date in one sentence takes that year
            # ("discharged on July 19 after being admitted on August 6, 2007").
            yearless = told_year = False
            if main_point is None and governed_point is None:
                # Round 15: two days without their year in a sentence that tells the year first ("In
                # 1991, the harvest began on September 19, well before the first frost on September 5").
                year = next((other.earliest.year for other in dated
                             if other.year_explicit and other.start < min(main.start, governed.start)
                             and other.earliest is not None and other.latest is not None
                             and other.earliest.year == other.latest.year), None)
                if year is not None:
                    main_point, governed_point = _in_year(main, year), _in_year(governed, year)
                    told_year = True
            elif main_point is None and governed_point is not None:
                main_point = _in_year_of(main, governed)
                yearless = True
            elif governed_point is None and main_point is not None:
                governed_point = _in_year_of(governed, main)
                yearless = True
            if main_point is None or governed_point is None or main is governed:
                continue
            if main.kind == "range" and word not in ("until", "till"):
                continue
            if word in _O24_SEQUENCERS and governed.start > cue.end() and _o24_dates_a_noun(text, cue.end(), governed):
                continue  # Round order24: "then compared it with the budget of D2": the sequencer times the clause
            assert main_point.earliest and main_point.latest and governed_point.earliest and governed_point.latest
            violated = (main_point.latest < governed_point.earliest if later
                        else main_point.earliest > governed_point.latest)
            if violated and yearless and not told_year:
                # A yearless day that would be in order across a new year ("on January 3 after
                # ... on December 20, 2006") is not a contradiction.
                gap = abs((main_point.earliest - governed_point.earliest).days)
                if gap > 365 - 120:
                    violated = False
            if violated:
                first, second = (main, governed) if main.start < governed.start else (governed, main)
                conflicts.append(DateConflict(
                    "order_violation", ((first.start, first.end), (second.start, second.end)),
                    f"{_describe(main, text)} is said to come {'after' if later else 'before'} "
                    f"{_describe(governed, text)} (\"{cue.group(0)}\"), but the dates put it "
                    f"{'before' if later else 'after'}",
                ))
    return conflicts


# A sentence whose subject refers back to the event dated just before it ("It followed a diagnosis
# on ...", "She then won the title on ...", "The rebuilding came after a storm ... in 1996"): the
# same scope rule, with the previous sentence's date as the main side.
_SCOPE_ANAPHOR: Final = re.compile(
    # Round order25: "This/That" as a pronoun for the event just told, before its verb ("This was preceded by ...").
    r"[ \"'(\u201c]*+(?:(?P<pronoun>He|She|It|They|(?:This|That)(?=[ ]++(?:was|came|had|followed|preceded)[ ]))|(?:The|That|This|Its|His|Her|Their)[ ]++"
    r"(?P<noun>(?:(?!(?:that|which|who)[ ])[a-z][\w'-]*+[ ]++){0,2}?(?!(?:that|which|who)(?![\w-]))[a-z][\w-]*+))"
    r"[ ]++(?:(?:had|has|was|were)[ ]++)?")


def _anaphoric_scope_order(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        main, governed = candidates[index - 1], candidates[index]
        if governed.start - main.end > 1500 or main.kind == "range":
            continue
        sentence_start, sentence_end = context.sentence(governed.start)
        if main.start >= sentence_start or governed.start - sentence_start > 160:
            continue
        subject = _SCOPE_ANAPHOR.match(text, sentence_start, governed.start)
        if subject is None:
            continue
        cue = _SCOPE_CUE.search(text, subject.end(), governed.start)
        if cue is None or len(text[subject.end():cue.start()].split()) > 2:
            continue
        word = " ".join(cue.group(0).lower().split())
        if word in _SCOPE_VERB_CUES and _SCOPE_EVENT_OBJECT.match(text, cue.end(), cue.end() + 8) is None:
            continue
        if word in ("until", "till", "by the time", "once") or _SCOPE_NOT_AFTER.match(text, cue.end(), min(sentence_end, cue.end() + 14)):
            continue
        between = text[cue.end():governed.start]
        if len(between) > 110 or _SCOPE_GOVERNED_BREAK.search(between) is not None or _SCOPE_CUE.search(between) is not None:
            continue
        comma = between.rfind(",")
        if comma != -1 and (between.count(",") > 2 or _SCOPE_CONTINUATION.match(between, comma + 1) is None):
            continue
        noun = subject.group("noun")
        previous_start, previous_end = context.sentence(main.start)
        if noun is not None and not (_corefers(noun, text[previous_start:previous_end])
                                     or noun.split()[-1][:5].lower() in text[max(previous_start, main.start - 160):main.start].lower()):
            continue
        if _SCOPE_DATED_BY.search(text, max(sentence_start, governed.start - 24), governed.start) is None:
            continue
        # The previous sentence may narrate several events: the new date must contradict each one.
        narrated = [other for other in candidates[max(0, index - 8):index] if other.start >= previous_start]
        if _r21_frame_scopes(text, _SCOPE_FUTURE.search(text, sentence_start, sentence_end), governed.end, sentence_end):
            continue
        main_point, governed_point = _scope_point(main), _scope_point(governed)
        if main_point is None or governed_point is None:
            continue
        later = _SCOPE_DIRECTION[word]
        assert main_point.earliest and main_point.latest and governed_point.earliest and governed_point.latest
        points = [_scope_point(other) for other in narrated]
        if any(point is None for point in points):
            continue
        if all((point.latest < governed_point.earliest) if later else (point.earliest > governed_point.latest)  # type: ignore[union-attr,operator]
               for point in points):
            conflicts.append(DateConflict(
                "order_violation", ((main.start, main.end), (governed.start, governed.end)),
                f"the event of {_describe(main, text)} is said to come {'after' if later else 'before'} "
                f"{_describe(governed, text)} (\"{subject.group(0).strip()} {cue.group(0)}\"), but the dates put it "
                f"{'before' if later else 'after'}",
            ))
    return conflicts


# "edited the paper from 1993 until its sale in 1989": the end of a span told by the event that ended it.
_FROM_BEFORE: Final = re.compile(r"(?<!\w)from[ ]++(?:the[ ]++)?$")
_UNTIL_EVENT: Final = re.compile(
    r"[ ]++(?:until|till|up[ ]++to)[ ]++(?:(?:its|the|his|her|their|[A-Z][\w-]*+['\u2019]s)[ ]++)(?:[a-z][\w'-]*+[ ]++){1,4}?"
    r"(?:(?:was|were)[ ]++[a-z]++[ ]++)?(?:in|on)[ ]++(?:the[ ]++)?"
)


def _from_until_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(len(candidates) - 1):
        start, end = candidates[index], candidates[index + 1]
        if (end.start - start.end > 70 or start.kind == "range" or end.kind == "range"
                or _FROM_BEFORE.search(text, max(0, start.start - 10), start.start) is None
                or _UNTIL_EVENT.fullmatch(text, start.end, end.start) is None):
            continue
        assert start.earliest and end.latest
        sentence_start, sentence_end = context.sentence(start.start)
        if _r21_frame_search(text, end.end, sentence_end) is not None:
            continue
        if end.latest < start.earliest:
            conflicts.append(DateConflict(
                "order_violation", ((start.start, start.end), (end.start, end.end)),
                f"a span from {_describe(start, text)} is said to last until {_describe(end, text)}, "
                f"which comes before it",
            ))
    return conflicts


# A state in the pluperfect began before the time narrated just before it: "The unit reopened in 2009.
# It had been closed since a fire in 2014", "reopened in 2009, having been closed since 2014".
_PLUPERFECT_SINCE: Final = re.compile(
    r"(?<!\w)(?:had|having)[ ]++been[ ]++(?:[a-z]++[ ]++){0,3}?since[ ]++"
    r"(?:(?:(?:a|an|the|its|their)[ ]++)?(?:[a-z'-]++[ ]++){0,3}?(?:in|on)[ ]++(?:the[ ]++)?)?$"
)


_DEFINITE_SUBJECT: Final = re.compile(r"(?:The|That|This|Its|Their|His|Her)[ ]++(?P<subject>[^,.;:!?0-9]{1,60}?)[ ]++$")


def _pluperfect_states(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    # Driven by the (few) occurrences of "since", not by every date.
    indices: list[int] = []
    position = text.find("since")
    if position != -1:
        starts = [candidate.start for candidate in candidates]
        while position != -1:
            index = bisect.bisect_left(starts, position)  # the first date at or after "since"
            if 0 < index < len(candidates) and candidates[index].start - position <= 60 and (not indices or indices[-1] != index):
                indices.append(index)
            position = text.find("since", position + 5)
    for index in indices:
        state, narrated = candidates[index], candidates[index - 1]
        if state.earliest is None or not state.year_explicit:
            continue
        if not narrated.absolute or narrated.kind == "range" or narrated.since or state.start - narrated.end > 400:
            continue
        since = _PLUPERFECT_SINCE.search(text, max(0, state.start - 80), state.start + (6 if state.since else 0))
        if since is None:
            continue
        sentence_start, sentence_end = context.sentence(state.start)
        if index + 1 < len(candidates) and candidates[index + 1].start < sentence_end:
            continue  # another date in the sentence may be the time the state is told up to
        if narrated.start < sentence_start:
            # The sentence just before narrates the time, or an earlier one whose event the definite
            # subject names again ("The maternity unit reopened in 2009. ... The maternity unit had been
            # closed since ...").
            if since.group(0).startswith("having") or sentence_start - narrated.end > 1500:
                continue
            if context.sentence(sentence_start - 1)[0] > narrated.start:
                opening = _opening_end(text, sentence_start, {})
                subject = _DEFINITE_SUBJECT.match(text, opening, since.start())
                previous_start, previous_end = context.sentence(narrated.start)
                if subject is None or not _corefers(subject.group("subject"), text[previous_start:previous_end]):
                    continue
        elif not since.group(0).startswith("having") or _CLAUSE_BREAK.search(text, narrated.end, since.start()):
            continue
        if _r21_frame_search(text, sentence_start, sentence_end) is not None:
            continue
        begun = _since_start(state) if state.since else state
        assert begun.earliest and narrated.latest
        if begun.earliest > narrated.latest:
            conflicts.append(DateConflict(
                "order_violation", ((narrated.start, narrated.end), (state.start, state.end)),
                f"the state \"{text[since.start():state.end]}\" is told as already holding at {_describe(narrated, text)}, "
                f"but it began later",
            ))
    return conflicts


# A sentence whose subject names the previous sentence's event and orders it against a new
# date: "The glassworks shut in 2000. The shutdown of the glassworks followed a strike in 2003."
_ANAPHORIC_ORDER_SUBJECT: Final = re.compile(
    r"(?:The|That|This|Its|Their|His|Her)[ ]+(?P<subject>[^,.;:!?0-9]{1,60}?)[ ]+"
    r"(?:(?:was|were|had|had[ ]+been|has)[ ]+)?(?:(?:directly|immediately|closely|shortly|soon|only)[ ]+)?"
    r"(?P<verb>follow(?:s|ed)|precede[sd]?|predate[sd]?|postdate[sd]?|(?:came|comes)[ ]+(?:after|before))(?P<by>[ ]+by)?(?!\w)"
)
_CONTENT_WORD: Final = re.compile(r"[a-z]{4,}")
_ORDER_VERB_STEM: Final = re.compile("follow|preced|postdate|predate|came |comes ")


def _corefers(subject: str, previous: str) -> bool:
    """Whether a definite subject names the event of the previous sentence: an event noun of the
    same concept ("the shutdown" after "shut its doors"), a general event noun ("the move"),
    or a content word repeated from it ("the glassworks")."""
    words = [word for word in _CONTENT_WORD.findall(subject.lower()) if word not in _PHRASE_STOP]
    if any(word in _ANAPHORIC_NOUNS for word in words):
        return True
    lowered = previous.lower()
    concepts = {_EVENT_LEMMAS[" ".join(found.group("trigger").lower().split())] for found in _EVENT_LEMMA_PATTERN.finditer(lowered)}
    for found in _EVENT_LEMMA_PATTERN.finditer(subject.lower()):
        if _EVENT_LEMMAS[" ".join(found.group("trigger").split())] in concepts:
            return True
    return any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lowered) is not None for word in words)


def _anaphoric_verb_order(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    openings: dict[int, int] = {}
    for index in range(1, len(candidates)):
        main, subordinate = candidates[index - 1], candidates[index]
        if subordinate.start - main.end > 1650:
            continue
        sentence_start, sentence_end = context.sentence(subordinate.start)
        if main.start >= sentence_start or sentence_start - main.end > 1500 or subordinate.start - sentence_start > 150:
            continue
        if _ORDER_VERB_STEM.search(text, sentence_start, subordinate.start) is None:
            continue
        previous_start, previous_end = context.sentence(main.start)
        opening = _opening_end(text, sentence_start, openings)
        subject = _ANAPHORIC_ORDER_SUBJECT.match(text, opening, subordinate.start)
        if subject is None or len(text[subject.end():subordinate.start].split()) > 8 or "," in text[subject.end():subordinate.start]:
            continue
        if not _corefers(subject.group("subject"), text[previous_start:previous_end]):
            continue
        if _r21_frame_search(text, sentence_start, sentence_end) is not None:
            continue
        verb = " ".join(subject.group("verb").split())
        later = _order_verb_later(verb) != (subject.group("by") is not None)
        assert main.earliest and main.latest and subordinate.earliest and subordinate.latest
        if later and main.latest < subordinate.earliest or not later and main.earliest > subordinate.latest:
            conflicts.append(DateConflict(
                "order_violation", ((main.start, main.end), (subordinate.start, subordinate.end)),
                f"the event of {_describe(main, text)} is said to come {'after' if later else 'before'} "
                f"{_describe(subordinate, text)} (\"{subject.group('verb')}\"), but the dates put it "
                f"{'before' if later else 'after'}",
            ))
    return conflicts


# Adverbs that narrate the next event as later or earlier than the one just dated:
# "moved in 2008 and then, in 2001, listed", "bought the yards in 2007. Later, in 2004, ...".
_SEQUENCE_PERIODS: Final = ("(?:day|week|weekend|month|year|season|spring|summer|autumn|fall|winter|decade|morning"
                             "|evening|night|term|session|campaign)")
_SEQUENCE_ADVERB: Final = re.compile(
    r"(?<![\w-])(?:(?P<later>then|later|subsequently|afterwards?|thereafter|eventually|next|since[ ]+then"
    # Round order19: "ultimately", "in the end" narrate the last step, after what was told.
    r"|ultimately|in[ ]+the[ ]+end"
    # Round order26: "finally", "at last" close a sequence whose first step is told as such ("was first proposed in
    # D1 and finally opened in D2"); read only after "first", "originally", "initially" (``_O26_FIRST_STEP``).
    r"|finally|at[ ]+last"
    # Round order22: a consequence or response told without its object points back to the event just told
    # ("In response, the board ...", "As a result, ...", "Consequently, ..."), and so does a bound on the time
    # since it ("Within weeks, ..."); "in response to", "as a result of" govern an object instead.
    r"|in[ ]+(?:direct[ ]+)?(?:response|reaction)(?![ ]+to)|as[ ]+a[ ]+(?:direct[ ]+)?(?:result|consequence)(?![ ]+of)"
    r"|in[ ]+consequence(?![ ]+of)|consequently|within[ ]+(?:(?:a[ ]+(?:few[ ]+)?)?(?:hours?|days?|weeks?|months?|years?))(?![ ]+of)"
    # Round 11: "the following season", "the next year", "the subsequent spring".
    r"|the[ ]+(?:following|next|subsequent|ensuing)[ ]+" + _SEQUENCE_PERIODS + ")"
    r"|(?P<earlier>earlier|previously|before[ ]+that|before[ ]+then|prior[ ]+to[ ]+that"
    r"|the[ ]+(?:previous|preceding|prior)[ ]+" + _SEQUENCE_PERIODS + "))(?![\\w-])",
    re.IGNORECASE,
)
_SEQUENCE_CUE: Final = re.compile("then|ater|sequent|fterward|eventual|next|arlier|revious|rior|ollowing|receding|nsuing|ltimate|he end"
                                  "|esponse|eaction|esult|onsequen|ithin"
                                  # Round order25: "Before that, ..." / "before then" (in _SEQUENCE_ADVERB, never let through)
                                  "|efore th"
                                  # Round order26: "finally", "at last" after a first step
                                  "|inally|t last")
# Round order26: the first step of a told sequence, in the clause of the date before "finally" / "at last" ("The
# bypass was first proposed in D1 and finally opened in D2", "originally planned", "initially rejected").
_O26_LAST_STEP: Final = frozenset(("finally", "at last"))
# Round order26 (fix): "first" must be the adverb of the first step's verb ("was first proposed", "first arrested
# him"), not the ordinal of a noun ("The first issue appeared in 1990 and at last, in 1985, ...", round 16's near-miss).
_O26_FIRST_STEP: Final = re.compile(
    r"(?<![\w-])(?:first|originally|initially)[ ]++(?P<verb>[a-z]++)(?:[ ]++[a-z]++){0,2}?[ ]++(?:in|on|at|during)[ ]++(?:the[ ]++)?[^ ]*+$",
    re.IGNORECASE)
# Not narration: "the then mayor", "then-president", "no later than", "N years later" (a duration rule).
_NOT_SEQUENCE_BEFORE: Final = re.compile(r"(?:\bthe|\bthan|\bor|[0-9]|\b(?:days?|weeks?|months?|years?|decades?))[ ]+$", re.IGNORECASE)
_SEQUENCE_OPENING: Final = re.compile(
    # Round 21: a length may lead the adverb ("Months later,", "Two years afterwards,", "A week earlier,").
    r"(?:(?:[Mm]uch|[Ss]oon|[Nn]ot[ ]++long|[Ss]hortly|[Oo]nly|(?:[A-Za-z]{1,12}+[ ]++)?(?:[Hh]ours?|[Dd]ays?|[Ww]eeks?"
    r"|[Mm]onths?|[Yy]ears?|[Dd]ecades?))[ ]++)?(?P<adverb>In[ ]++the[ ]++end"
    # Round order22: "In response,", "As a result,", "Within weeks,".
    r"|In[ ]++(?:direct[ ]++)?(?:response|reaction|consequence)|As[ ]++a[ ]++(?:direct[ ]++)?(?:result|consequence)"
    r"|Within[ ]++(?:a[ ]++(?:few[ ]++)?)?[a-z]++"
    # Round order25: "Prior to that, ...".
    r"|Prior[ ]++to[ ]++(?:that|then)"
    r"|[A-Za-z]{1,20}+(?:[ ]++(?:that|then))?)[ ]*+,"
)


# Round order25: "Within (a few) hours/days/weeks/months" opening a sentence without a comma, before its subject
# ("Within weeks it had spread to Merriford"); the sentence's date may then sit in a relative clause on the place
# the clause reached (", where cases were confirmed on D2"; not "which": that tells the place's history), so its predicate
# may run to twelve words.
_O25_WITHIN_OPENING: Final = re.compile(
    r"(?P<adverb>Within[ ]++(?:a[ ]++(?:few[ ]++)?)?(?:hours?|days?|weeks?|months?|years?))[ ]++"
    r"(?=(?:it|he|she|they|the|its|his|her|their)[ ])")
_O25_WITHIN_RELATIVE: Final = re.compile(
    r",[ ]++where[ ]++(?:[a-z]++[ ]++){0,2}?(?:(?:was|were)[ ]++)?"
    r"(?!(?:founded|established|built|erected|consecrated|opened|formed|born|created|settled|first)(?![\w-]))[a-z]{2,}ed[ ]++(?:in|on)[ ]++$")


def _sequence_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    """A date narrated as later ("then", "later", "subsequently") or earlier ("earlier",
    "previously") than the date before it, in the same sentence or opening the next one."""
    text = context.text
    conflicts: list[DateConflict] = []
    hypothetical: dict[int, re.Match[str] | None] = {}
    for index in range(1, len(candidates)):
        previous, current = candidates[index - 1], candidates[index]
        if current.start - previous.end > 1650:
            continue
        sentence_start, sentence_end = context.sentence(current.start)
        if current.start - (previous.end if previous.start >= sentence_start else sentence_start) > 150:
            continue  # too far from the date before (one sentence) or from the sentence opening (the next)
        gap_start = max(previous.end, current.start - 90)
        if _SEQUENCE_CUE.search(text, gap_start, current.start) is None:
            continue
        earlier_dates: list[_Candidate]
        first_step: re.Match[str] | None = None
        if previous.start >= sentence_start:
            # Within one sentence: the adverb stands in the clause of the second date.
            adverb = None
            for adverb in _SEQUENCE_ADVERB.finditer(text, gap_start, current.start):
                pass
            if (adverb is None or len(text[adverb.end():current.start].split()) > (
                    # one clause without a comma may carry a longer predicate ("was then surveyed
                    # from the air by the county unit in 1976")
                    10 if "," not in text[adverb.end():current.start] else 6)
                    # "first in 1992, and then 1968": a bare date after the adverb enumerates.
                    or _PRECEDING_PREPOSITION.search(text, max(0, current.start - 20), current.start) is None
                    or len(text[previous.end:adverb.start()].split()) > 12
                    or ((not_before := _NOT_SEQUENCE_BEFORE.search(text, max(0, adverb.start() - 12), adverb.start())) is not None
                        # "a second phase followed four years later, in 1987": the length is the
                        # duration rule's, but a date before the one it follows is out of order too.
                        and not_before.group(0)[:1].lower() not in "dwmy")
                    or text[adverb.end():adverb.end() + 1] == "-"
                    or _REPORTING.search(text, previous.end, current.start) is not None
                    or " ".join(adverb.group(0).lower().split()) in _O26_LAST_STEP
                    and ((first_step := _O26_FIRST_STEP.search(text, max(sentence_start, previous.start - 60), previous.start)) is None
                         or not _is_verb_form(first_step.group("verb")))):
                continue
            earlier_dates = [previous]
        else:
            # Opening the next sentence: "Later, in 2004, ...", "Soon afterwards, ...".
            opening = _SEQUENCE_OPENING.match(text, sentence_start, current.start)
            if opening is None:
                while sentence_start < current.start and text[sentence_start] in " \"'(\n":
                    sentence_start += 1
                opening = _SEQUENCE_OPENING.match(text, sentence_start, current.start)
            within = False
            if opening is None:
                # Round order25: "Within weeks it had spread to ...": a bound opening the sentence without a comma.
                opening = _O25_WITHIN_OPENING.match(text, sentence_start, current.start)
                within = opening is not None
            adverb = _SEQUENCE_ADVERB.fullmatch(text, *opening.span("adverb")) if opening is not None else None
            if adverb is None and opening is None:
                # Round 21: the adverb inside the clause of the sentence's first date, close before it
                # ("Trials of it began later, on 11 July 1957"): that clause continues the narration.
                for adverb in _SEQUENCE_ADVERB.finditer(text, max(sentence_start, current.start - 60), current.start):
                    pass
                if adverb is not None and (
                        len(text[adverb.end():current.start].split()) > 4
                        or _PRECEDING_PREPOSITION.search(text, max(0, current.start - 20), current.start) is None
                        or _NOT_SEQUENCE_BEFORE.search(text, max(0, adverb.start() - 12), adverb.start()) is not None
                        or text[adverb.end():adverb.end() + 1] == "-" or adverb.group(0)[:4].lower() == "the "
                        or _CLAUSE_BREAK.search(text, sentence_start, adverb.start()) is not None
                        or _REPORTING.search(text, sentence_start, current.start) is not None):
                    adverb = None
                if adverb is not None:
                    opening = adverb
            if adverb is not None and " ".join(adverb.group(0).lower().split()) in _O26_LAST_STEP:
                continue  # "Finally, ..." opening a sentence closes a list, not a told sequence
            if adverb is None or len(text[opening.end():current.start].split()) > (  # type: ignore[union-attr]
                    12 if within and _O25_WITHIN_RELATIVE.search(text, opening.end(), current.start) is not None else 8):
                continue
            previous_start = context.sentence(previous.start)[0]
            if sentence_start - previous.end > 1500:
                continue  # the narration before is too far back to be the one continued
            earlier_dates = [other for other in candidates[max(0, index - 8):index] if other.start >= previous_start]
        if sentence_start not in hypothetical:
            hypothetical[sentence_start] = _r21_frame_search(text, sentence_start, sentence_end)
        frame = hypothetical[sentence_start]
        if (frame is not None and first_step is not None and previous.start >= sentence_start
                and first_step.start() <= frame.start() < first_step.end()):
            # Round order26: "was first proposed/planned in D1 and finally opened in D2" tells the proposal as the
            # first step, a past event: the frame word is read after it.
            frame = _r21_frame_search(text, first_step.end(), sentence_end)
        future = _r21_frame_scopes(text, frame, current.end, sentence_end)
        if future and adverb.group(0)[:4].lower() == "the " and adverb.start() >= sentence_start:
            # "the next season" is narration, not the future: read the sentence around it.
            future = (_r21_frame_search(text, sentence_start, adverb.start()) is not None
                      or _r21_frame_search(text, adverb.end(), sentence_end) is not None)
        if future:
            continue
        assert current.earliest and current.latest
        later = adverb.group("later") is not None
        # Across sentences the previous sentence may narrate several events: the new date must
        # contradict every one of them.
        if later:
            violated = all(other.earliest is not None and current.latest < other.earliest for other in earlier_dates)
        else:
            violated = all(other.latest is not None and current.earliest > other.latest for other in earlier_dates)
        if violated:
            first = earlier_dates[-1]
            conflicts.append(DateConflict(
                "order_violation", ((first.start, first.end), (current.start, current.end)),
                f"{_describe(current, text)} is narrated as {'later' if later else 'earlier'} than "
                f"{_describe(first, text)} (\"{adverb.group(0)}\"), but the dates put it "
                f"{'before' if later else 'after'}",
            ))
    return conflicts


# An event presented as the sequel of the one dated before it: "the trial opened in April 2006;
# the subsequent acquittal, in August 1997, ...".
_SEQUEL: Final = re.compile(
    r"(?<!\w)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?)[ ]+(?P<word>subsequent|ensuing|resulting|eventual)[ ]+"
    r"(?:[a-z][\w-]*[ ]+){0,2}[a-z][\w-]*,?[ ]+(?:(?:which[ ]+)?(?:came|followed|was[ ]+[a-z]+ed)[ ]+)?(?:in|on)[ ]+(?:the[ ]+)?$"
)


def _sequel_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(1, len(candidates)):
        later, earlier = candidates[index], candidates[index - 1]
        sequel = _SEQUEL.search(text, max(earlier.end, later.start - 70), later.start)
        if sequel is None or later.start - earlier.end > 1500:
            continue
        sentence_start = context.sentence(later.start)[0]
        if earlier.start < sentence_start:
            # "The subsequent trial, in 1978, ...": the sequel of the last dated sentence; every
            # date of that sentence must come after it.
            if sequel.start() - sentence_start > 60:
                continue
            previous_start = context.sentence(earlier.start)[0]
            before = [other for other in candidates[max(0, index - 8):index] if other.start >= previous_start]
        else:
            before = [earlier]
        assert later.earliest and later.latest
        if all(other.earliest is not None and later.latest < other.earliest for other in before):
            conflicts.append(DateConflict(
                "order_violation", ((earlier.start, earlier.end), (later.start, later.end)),
                f"{_describe(later, text)} dates the {sequel.group('word')} event, yet it is before "
                f"{_describe(earlier, text)}",
            ))
    return conflicts


# Verbs that order two dated events: "the 2001 ceasefire, which followed the 2004 talks",
# "the 2010 protests preceded the 2006 crackdown", "X was followed by Y".
_ORDER_VERB: Final = re.compile(
    r"(?<!\w)(?:(?P<passive>was|were|had[ ]+been|is|are)[ ]+)?(?:(?:directly|immediately|closely|shortly|soon|quickly|swiftly)[ ]+)?"
    r"(?P<verb>follow(?:s|ed)|precede[sd]?|predate[sd]?|postdate[sd]?|(?:came|comes)[ ]+(?:after|before)"
    # A cause precedes its effect: "the 2003 collapse triggered the reforms of 1993".
    r"|triggered|prompted|sparked|caused|led[ ]+to|resulted[ ]+in|gave[ ]+rise[ ]+to|paved[ ]+the[ ]+way[ ]+for"
    # Round order25: a step that prepares or opens the way for a later one ("the report of 2009 set the stage for the
    # partition of 2008", "laid the groundwork for", "cleared the way for", "spurred", "ushered in", "heralded",
    # "foreshadowed", "was the catalyst for", "a prelude to", "a precursor to/of").
    r"|set[ ]+the[ ]+(?:stage|scene)[ ]+for|laid[ ]+the[ ]+(?:groundwork|foundations?)[ ]+for"
    r"|(?:opened|cleared)[ ]+the[ ]+way[ ]+for|spurred|ushered[ ]+in|heralded|foreshadowed"
    # Round order25: what grows out of or stems from an earlier event comes after it ("the 1990 reforms grew out of the
    # protests of 1992", "stemmed from", "arose from", "sprang from").
    r"|(?:grew[ ]+out[ ]+of|stemmed[ ]+from|arose[ ]+(?:out[ ]+of|from)|sprang[ ]+from)"
    r"|(?:(?<=was[ ])|(?<=were[ ]))(?:the|an?)[ ]+(?:catalyst[ ]+for|prelude[ ]+to|precursor[ ]+(?:to|of)|forerunner[ ]+of)"
    # The participle of a cause: "The talks collapsed in 1996, prompting the 1989 walkout".
    r"|(?<=,[ ])(?:triggering|prompting|sparking|causing|leading[ ]+to|resulting[ ]+in|paving[ ]+the[ ]+way[ ]+for"
    r"|setting[ ]+the[ ]+(?:stage|scene)[ ]+for|laying[ ]+the[ ]+(?:groundwork|foundations?)[ ]+for"
    r"|(?:opening|clearing)[ ]+the[ ]+way[ ]+for|spurring|ushering[ ]+in|heralding|foreshadowing)"
    # Round 19: a successor comes after what it takes the place of ("opened in 1970, replaced a
    # building erected in 1972"; "was built to replace the infirmary destroyed in 1972").
    r"|(?P<replace>replaced|superseded|(?:built|designed|meant|intended|bought|brought[ ]+in|created|set[ ]+up)[ ]+to[ ]+replace"
    r"|(?<=,[ ])(?:replacing|superseding))"
    # Round 19: an appositive successor comes after its original ("came out in 1965, a sequel to her
    # 2005 bestseller").
    r"|(?<=,[ ])(?:an?|the|its|his|her|their)[ ]+(?:direct[ ]+)?(?P<successor>sequel|successor|follow-up)[ ]+to"
    r")(?P<by>[ ]+by)?(?!\w)"
)
_ORDER_VERB_CUE: Final = re.compile(
    "follow|preced|came|comes|dated|predate|postdate|trigger|prompt|spark|caus|led|leading to|result|gave|pav|replac|supersed"
    "|sequel|successor|the stage|the scene|laid the|laying the|the way|spur|usher|herald|foreshadow|catalyst|prelude|precursor"
    "|forerunner|grew out|stemmed|arose|sprang")
# The object's own relative clause may date it: "predates the main hall, which was completed in 1906".
_OBJECT_RELATIVE: Final = re.compile(
    r"[ ]++[^,; ][^,;]{0,59}?,[ ]++(?:(?:which|that)[ ]++(?:(?:was|were|had[ ]++been|is|are)[ ]++)?(?:[a-z]++[ ]++)?(?:in|on|during)[ ]++"
    # Round 16: or the object's set-off participle ("came before the regulator's report, issued 1986-08-14")
    r"|(?:[a-z]{3,}ed|held|made|written|begun|won|signed|sent)[ ]++(?:(?:in|on|during)[ ]++)?)(?:the[ ]++)?"
)

# Round order26: a caused event's restrictive relative clause with the verb of its happening, in the simple past, and
# its date: "sparked a wave of protests that spread to the capital in D2", "led to a strike which began on D2"; not
# the pluperfect ("that had begun") nor a verb of recalling or reporting ("a debate that recalled the crisis of D2").
_O26_OBJECT_THAT: Final = re.compile(
    r"(?<![ ])[ ]++(?:an?|the|its|his|her|their)[ ]++(?:[\w'-]++[ ]++){0,5}?(?:that|which)[ ]++"
    r"(?:spread|began|started|broke[ ]++out|erupted|took[ ]++place|culminated|peaked|ended|opened|took[ ]++effect"
    r"|came[ ]++into[ ]++force|swept|engulfed|hit|reached|followed|ensued)"
    r"(?:[ ]++[\w'-]++){0,5}?[ ]++(?:in|on|during)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?")

# Round 19: the replaced thing dated by its own participle or relative clause, or by the date as
# its identifier right after a determiner.
_R19_REPLACED_DATED: Final = re.compile(
    r"(?<![ ])[ ]++(?:(?:the|a|an|its|their|his|her)[ ]++"
    r"|(?:[\w'-]++[ ]++){1,6}?(?:(?:which|that)[ ]++(?:(?:was|were|had[ ]++been)[ ]++)?)?"
    r"(?:[a-z]{3,}ed|built|made|begun|written|put[ ]++up|set[ ]++up|opened|of)(?:[ ]++[a-z]++){0,3}?[ ]++(?:in|on|during|of)?[ ]*+(?:the[ ]++)?)"
)


def _order_verb_later(verb: str) -> bool:
    """Whether an ordering verb puts its subject after its object ("followed", "postdates", "came after")."""
    return (verb.startswith(("follow", "postdate", "replac", "supersed", "grew", "stemmed", "arose", "sprang"))
            or verb.endswith(("after", "replace"))
            or verb.endswith((" sequel to", " successor to", " follow-up to")))


def _verb_order_violations(context: _Context, candidates: list[_Candidate]) -> list[DateConflict]:
    """Two consecutive dates linked by an ordering verb, in one clause."""
    text = context.text
    conflicts: list[DateConflict] = []
    for index in range(len(candidates) - 1):
        main, subordinate = candidates[index], candidates[index + 1]
        if subordinate.start - main.end > 140:
            continue
        if _ORDER_VERB_CUE.search(text, main.end, subordinate.start) is None:
            continue  # one search in C, about twice as fast as a substring test per cue
        match = _ORDER_VERB.search(text, main.end, subordinate.start)
        if match is None:
            continue
        sentence_start, sentence_end = context.sentence(main.start)
        if subordinate.start >= sentence_end:
            continue
        before = text[main.end:match.start()]
        after = text[match.end():subordinate.start]
        relative = "," in after and _OBJECT_RELATIVE.fullmatch(text, match.end(), subordinate.start) is not None
        # Round order26: the object's restrictive relative clause tells when the caused event happened ("sparked a
        # wave of protests that spread to the capital in D2", "triggered a strike that began on D2").
        relative = relative or "," not in after and _O26_OBJECT_THAT.fullmatch(text, match.end(), subordinate.start) is not None
        # Round 19: the object's own relative clause may follow a longer object ("prompted the
        # council to install railings at the quay, which were fitted on ...").
        if (len(before.split()) > 8 or len(after.split()) > (14 if relative else 8)
                or ";" in before or ";" in after):
            continue
        if ("," in after and not relative
                or _REPORTING.search(before) or _REPORTING.search(after)):
            continue
        if match.group("replace") is not None and (
                _R19_REPLACED_DATED.fullmatch(text, match.end(), subordinate.start) is None
                or _has_word(after, "as", 0, len(after))):
            # What was replaced must carry the date itself ("replaced a hall erected in 1972", "the
            # 1972 hall"), not the replacing ("replaced its coach in 2008", "Jones as chair in 2008").
            continue
        # The verb must take the other event as its object ("preceded the 2007 crackdown"),
        # not mean tracking ("the 1990 cohort was followed up in 2000").
        object_words = after.split()
        if (object_words and object_words[0].lower() not in _DETERMINERS
                # a possessive name is a determiner too: "led to Annika Brevik's resignation in 1997"
                and not (object_words[0][:1].isupper() and any(word.endswith(("'s", "\u2019s")) for word in object_words[:3]))
                # After the agent's "by" a bare noun phrase is the other event: "was preceded by
                # months of pay talks that finally collapsed in 1996".
                and (match.group("by") is None or object_words[0].lower() in _PHRASE_STOP)):
            continue
        # The connective's own "by" ("was preceded by") is not the future "by".
        if (_r21_frame_search(text, sentence_start, match.start()) is not None
                or _r21_frame_search(text, match.end(), sentence_end) is not None):
            continue
        verb = " ".join(match.group("verb").split())
        later = _order_verb_later(verb)
        if match.group("by") is not None and match.group("passive") is not None or match.group("by") is not None and verb.startswith(("follow", "preced")):
            later = not later
        assert main.earliest and main.latest and subordinate.earliest and subordinate.latest
        violated = main.latest < subordinate.earliest if later else main.earliest > subordinate.latest
        if violated:
            relation = "after" if later else "before"
            conflicts.append(DateConflict(
                "order_violation", ((main.start, main.end), (subordinate.start, subordinate.end)),
                f"{_describe(main, text)} is said to come {relation} {_describe(subordinate, text)} "
                f"(\"{match.group(0)}\"), but the dates put it {'before' if later else 'after'}",
            ))
    return conflicts


_REPORTING: Final = re.compile(r"\b(?:said|says|told|according)\b")


# Calendar periods that pin a date inside them (conflicts only; reference inference keeps _PINNABLE_WORDS).
# Round 21: a word of the recent past and a full date told as adjuncts of one predicate: up to six words of
# the predicate, then an event phrase ("at a press conference", "in a vote held") before "on"/"in", or an
# appositive ", the" before the date.
_R21_PINNED_PREDICATE: Final = re.compile(
    r"(?:,[ ]++the[ ]++|(?<![ ])[ ]++(?:[a-z][\w-]*+[ ]++){0,6}?(?:at|during|in)[ ]++(?:an?|the)[ ]++(?:[a-z][\w-]*+[ ]++){1,3}?"
    r"(?:(?:held|taken|called|staged|convened)[ ]++)?(?:on|in)[ ]++(?:the[ ]++)?)")
_R21_PIN_BLOCK: Final = re.compile(
    r"(?<![\w-])(?:that|which|who|whom|whose|when|where|while|because|since|after|before|until|till|ago|from|to|than|as|if"
    r"|like|similar|said|says|say|told|heard|recalled|remembered|added|and|but|or|anniversary|memorial|marks?|marked"
    r"|commemorat[a-z]*+|celebrat[a-z]*+|first|last|previous|original|originally|earlier|later|anniversaries|of)(?![\w-])")
_CALENDAR_PINS: Final[dict[str, int]] = {"this year": 0, "earlier this year": 0, "last year": 0}
_PINNABLE_WORDS: Final[dict[str, int]] = {
    "yesterday": 2, "today": 2, "tonight": 2, "earlier today": 2, "last night": 2, "tomorrow": 2,
    "this morning": 2, "this afternoon": 2, "this evening": 2,
    "last week": 10, "this week": 10, "earlier this week": 10, "last weekend": 10, "this weekend": 10,
    "last month": 35, "this month": 35, "earlier this month": 35,
    "in recent days": 10, "in recent weeks": 35,
}


_FRONTED_CLAUSE: Final = re.compile(r",[ ]+(?:[\w'-]+[ ]+){0,3}?(?:[a-z]{2,}ed|was|were|had|did|took|came|went|said|told|made|met|held|began|won|lost|saw)(?!\w)")
_AGO_TOLERANCE: Final[dict[str, int]] = {"day": 2, "week": 10, "month": 35}
_LAST_WEEKDAY: Final = re.compile(r"(?<!\w)(?:[Ll]ast|[Tt]his[ ]+past)[ ]+$")
# A past-tense verb right after a dated noun phrase ("The 2027 government report found").
_IDENTIFIER_PAST: Final = re.compile(
    r"(?:[ ]+[a-z][\w-]*){1,3}?[ ]+(?:found|showed|concluded|revealed|reported|warned|recommended|noted|"
    r"documented|confirmed|killed|destroyed|struck|hit|ended|left|caused|forced|cost|led|sparked|triggered)(?!\w)"
)


_NEXT_WORD: Final = re.compile(r"[ ]++([A-Za-z][\w-]*)")
_NOT_NOUN_AFTER_YEAR: Final = frozenset("""
following amid despite because due ahead without within along alongside under over across near around per
just only even alone again too
""".split())
_PAST_BEFORE_CONTEST: Final = re.compile(
    r"(?<!\w)(?:won|lost|clinched|attended|contested|played[ ]+in|competed[ ]+in|finished|survived|watched)[ ]+"
    r"(?:the|its|their|his|her)[ ]+$"
)
_CONTEST_AFTER: Final = re.compile(
    r"[ ]++(?:[A-Za-z][\w-]*+[ ]++){0,2}?(?:championship|title|election|race|final|finals|tournament|cup|league|primary"
    r"|marathon|series|playoffs|referendum|contest|match|season)(?![\w-])(?![ ]+(?:bid|rights|hosting|nomination|berth|spot|place))"
)


_THIS_SEASON: Final = re.compile(r"(?:[Tt]his|[Ll]ast|[Ee]arlier[ ]+this)[ ]+(?:[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)(?!\w)")
_PIN_GRANULARITY: Final[dict[str, int]] = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
# A clause that dates the possessed event: "last year's title, won in the 2026 season".
_PINNING_CLAUSE: Final = re.compile(r",[ ]+(?:which|that|when|held|won|staged|peaked|began|started|ended|struck|hit)(?!\w)")


# Round 16: a word of the recent past ("last week", "this morning", "last year") and a date
# years earlier that dates the same event, linked not by position but by reference: the date
# sits in a definite noun phrase or a set-off phrase of the same sentence ("... last month,
# recalling the outage of March 2002"; "last weekend - the rally on March 2, 2002"; "last year,
# its accounts for 2008 show"), or opens the next sentence as the date of a definite event noun
# that points back ("... voted earlier this month. The vote, taken March 2, 2002, ...").
# Words that make the date another moment than the recent one (a comparison, an origin, an
# earlier or later event, a repetition) or an attribute of a person or thing block the link.
_EVENT_PIN_BLOCK: Final = re.compile(
    r"(?i)(?<![\w-])(?:and|or|but|since|than|compared|comparison|versus|vs|record|records|ago|anniversary|previous|previously"
    r"|earlier|before|after|until|till|from|born|founded|established|built|formed|created|incorporated|again|also"
    r"|same|while|whose|who|whom|former|formerly|original|originally|back|dating|dates|history|historic|ever|years?"
    r"|decades?|average|both|between|when|whereas|once|last[ ]++time|sentenced|convicted|jailed"
    r"|charged|accused|arrested|murder|killing|death|died|anniversary|memorial|began|begun|started|launched|opened"
    r"|introduced|enacted|passed|signed|adopted|elected|appointed|joined|hired|took[ ]++office|as|like|unlike)(?![\w-])"
)
# Lead session 23: a reporting verb and its complement between the recent word and the date ("Yesterday the court
# heard that the fraud took place on June 3, 2009", "heard evidence about a fraud ... in June 2009"): the recent
# word dates the telling, the date the event told.
_EVENT_PIN_REPORTED: Final = re.compile(
    r"(?i)(?<![\w-])(?:heard|learned|learnt|told|testified|said|says|claimed|alleged|argued|found|reported|revealed"
    r"|admitted|denied|recalled|recounted|described|explained)[ ]++(?:[\w'-]++[ ]++){0,3}?(?:that|about|how|whether)(?![\w-])"
)
# The date's own lead: a definite noun phrase or a set-off phrase, then a dating word.
_EVENT_PIN_LEAD: Final = re.compile(
    "(?:(?:,|;|\\(|--?|[\u2013\u2014])[ ]*+|(?<![\\w-])(?:the|its|his|her|their)[ ]++)"
    # up to three lower-case words of the noun phrase: no name ("the Tax Reform Act of 1986"),
    # no clause of its own ("the FBI acknowledged that in", ", which he left in")
    r"(?:(?!(?:that|which|who|whom|whose|when|where|while|and|but|or|to|was|were|is|are|be|been|has|have|had)[ ])"
    r"(?![a-z]+ed[ ])[a-z][\w'-]*+[ ]++){0,3}?"
    r"(?:on|in|of|for|during|dated|issued|timestamped|stamped|taken|held)[ ]++(?:the[ ]++)?$"
)
# The next sentence opening with a definite event noun that the date then dates.
_EVENT_PIN_NEXT: Final = re.compile(
    r"[ \n]*+(?:The|His|Her|Its|Their|That|This)[ ]++(?:[a-z][\w'-]*+[ ]++){0,2}?"
    r"(?P<noun>[a-z]{2,}(?:ion|ing|ment|ure|al)s?|vote|rally|race|match|game|fire|flood|crash|strike|attack|raid|meeting"
    r"|trial|hearing|protest|march|storm|quake|blast|explosion|show|concert|ceremony|summit|talks|session|outage"
    r"|sale|deal|ruling|verdict|decision|incident|accident|collapse|win|victory|defeat|visit|speech|walkout|fight"
    # or any noun the previous sentence already used: "... fought a blaze last night. The blaze, in"
    r"|(?P<repeated>[a-z]{3,}+))"
    # Round 19: any participle of the event ("The deal, struck on"; "was taken"; "was signed")
    r"(?:,[ ]++(?:(?:which|that)[ ]++)?(?:(?:was|were)[ ]++)?(?:taken|held|staged|recorded|struck|made|signed|won|lost|cast"
    r"|given|(?!(?:began|begun|started|launched|opened)[ ])[a-z]{3,}ed|in|on|during)"
    r"|[ ]++(?:(?:was|were)[ ]++)?(?:held|opened|took[ ]++place|happened|occurred|came|was|were|staged|taken|made|struck"
    r"|signed|won|lost|cast|given|[a-z]{3,}ed))"
    # Round 19: the hour or the room of the event between its verb and the day ("closed at 2 p.m.
    # on", "was taken at a cabinet meeting on", "at 04:12 on")
    r"(?:[ ]++at[ ]++(?:noon|midnight|dawn|dusk|(?:about[ ]++|around[ ]++)?[0-9]{1,2}(?:[.:][0-9]{2})?(?:[ ]*+[ap]\.?m\.?)?"
    r"(?:[ ]++local[ ]++time)?|(?:a|an|the)(?:[ ]++[a-z][a-z-]*+){1,3}))?"
    r"[ ]++(?:(?:on|in|during)[ ]++)?(?:the[ ]++)?$"
)
# Or only a named place between the recent word and the date ("this week at Malton Crown Court on").
_EVENT_PIN_PLACE: Final = re.compile(r"[ ]++(?:at|in)[ ]++(?:the[ ]++)?(?:[A-Z][\w'.-]*+[ ]++){1,4}(?:on|in)[ ]++(?:the[ ]++)?")
_EVENT_PIN_OWNER: Final = re.compile(r"(?<![\w-])(?:his|her|their|its|my|our|your|the|a|that|whose)[ ]++$", re.IGNORECASE)
_EVENT_PIN_FUTURE: Final = re.compile(
    r"(?<![\w-])(?:will|would|shall|could|might|may|should|must|plans?|planned|expects?|expected|scheduled|due|going[ ]++to"
    r"|set[ ]++(?:to|for)|if|unless|whether|next|upcoming|hopes?|intends?|proposed|forecasts?)(?![\w-])")
_EVENT_PIN_RECENT_DAYS: Final = 35


def _has_word(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` occurs as a whole word in text[start:end] (any case)."""
    window = text[start:end].lower()
    found = window.find(word)
    while found >= 0:
        before = window[found - 1:found]
        after = window[found + len(word):found + len(word) + 1]
        if (before == "" or not before.isalnum() and before not in "-_") and (after == "" or not after.isalnum() and after not in "-_"):
            return True
        found = window.find(word, found + 1)
    return False


def _has_word_start(text: str, stem: str, start: int, end: int) -> bool:
    """Whether a word of text[start:end] begins with ``stem`` (any case)."""
    window = text[start:end].lower()
    found = window.find(stem)
    while found >= 0:
        before = window[found - 1:found]
        if before == "" or not before.isalnum() and before not in "-_":
            return True
        found = window.find(stem, found + 1)
    return False


def _event_pin(context: _Context, index: int, tolerance_days: int) -> DateConflict | None:
    """A recent-past word linked through a noun phrase to a date a year or more before it."""
    candidates = context.candidates
    relative = candidates[index]
    reference = context.reference
    if context.inferred or reference is None or relative.earliest is None or relative.latest is None:
        return None
    text = context.text
    # Round 19: a count of days or weeks ago ("two days ago", "a week ago") is a recent-past word too
    # when it lies within the recent span of the publication date.
    ago = (relative.word == "" and text.endswith("ago", relative.start, relative.end)
           and 0 <= (reference - relative.earliest).days <= _EVENT_PIN_RECENT_DAYS)
    if relative.word not in _PINNABLE_WORDS and relative.word not in _CALENDAR_PINS and not ago:
        return None
    if tolerance_days > _EVENT_PIN_RECENT_DAYS and relative.word not in _CALENDAR_PINS:
        return None
    if _EVENT_PIN_OWNER.search(text, max(0, relative.start - 8), relative.start) is not None:
        return None  # "his last year with the company": a span of someone's, not the calendar
    sentence_start, sentence_end = context.sentence(relative.start)
    far = relative.earliest - datetime.timedelta(days=366)
    far_after = relative.latest + datetime.timedelta(days=366)
    for pinned in candidates[index + 1:index + 4]:
        if pinned.start - relative.end > 160:
            break
        if (not pinned.absolute or pinned.kind == "range" or pinned.since or not pinned.year_explicit
                or pinned.latest is None or pinned.earliest is None or far <= pinned.latest and pinned.earliest <= far_after):
            continue
        if pinned.start < sentence_end:
            if ago:
                # Round 19: a count ago links only to a later sentence's definite mention; in its own
                # sentence a date after it is often a reported older event ("Two weeks ago, a woman
                # filed a lawsuit ..., alleging that he raped her in 1994").
                continue
            # Same sentence: the date's lead is a definite or set-off noun phrase.
            lead_from = relative.end if pinned.start - relative.end <= 60 else pinned.start - 60
            if (_EVENT_PIN_LEAD.search(text, lead_from, pinned.start) is None
                    and _EVENT_PIN_PLACE.fullmatch(text, relative.end, pinned.start) is None):
                continue
            if _EVENT_PIN_REPORTED.search(text, relative.end, pinned.start) is not None:
                continue  # the recent word dates the telling, the date what was told
            if pinned.granularity == "year" and text.endswith(("the ", "a ", "an "), 0, pinned.start):
                following = _NEXT_WORD.match(text, pinned.end, min(sentence_end, pinned.end + 30))
                if following is not None and following.group(1).lower() not in _PHRASE_STOP:
                    continue  # "the 2002 case": a dated noun, another event
            gap_start = relative.end
        else:
            # Next sentence: opened by a definite event noun that the date dates.
            next_start, next_end = context.sentence(pinned.start)
            opening = _EVENT_PIN_NEXT.fullmatch(text, sentence_end, pinned.start) if next_start <= sentence_end + 2 else None
            if opening is None:
                break
            repeated = opening.group("repeated")
            if repeated is not None and not _has_word(text, repeated, max(sentence_start, relative.start - 300), sentence_end):
                break
            if text[sentence_end:next_start].strip():
                break
            gap_start = next_start
        if (_EVENT_PIN_BLOCK.search(text, gap_start, pinned.start) is not None
                or _EVENT_PIN_FUTURE.search(text, max(sentence_start, relative.start - 200), pinned.start) is not None):
            return None
        if _EVENT_PIN_BLOCK.match(text, pinned.end + 1) is not None:
            return None
        if pinned.earliest > far_after and _CLAUSE_NOT_PAST.search(text, max(sentence_start, relative.start - 200), pinned.end) is not None:
            return None  # "voted last week to hold the vote on March 2, 2019"
        return DateConflict(
            "publication_anachronism", ((relative.start, relative.end), (pinned.start, pinned.end)),
            f"\"{text[relative.start:relative.end]}\" and {text[pinned.start:pinned.end]} date the same event, "
            f"but the date lies years before the publication date {reference.isoformat()}",
        )
    # A later sentence, not the next one, opened by a definite event noun whose stem the recent
    # word's sentence already used ("The board voted earlier this month ... The vote, taken ...").
    for pinned in candidates[index + 1:index + 13]:
        if pinned.start - relative.end > 1500:
            break
        if (pinned.start < sentence_end or not pinned.absolute or pinned.kind == "range" or pinned.since
                or not pinned.year_explicit or pinned.latest is None or pinned.earliest is None
                or far <= pinned.latest and pinned.earliest <= far_after):
            continue
        next_start = context.sentence(pinned.start)[0]
        if next_start <= sentence_end + 2 or pinned.start - next_start > 80:
            continue
        opening = _EVENT_PIN_NEXT.fullmatch(text, next_start, pinned.start)
        if opening is None:
            continue
        noun = opening.group("noun").lower()
        stem = noun if len(noun) <= 5 else noun[:5]
        if len(stem) < 4 or not _has_word_start(text, stem, max(sentence_start, relative.start - 300), sentence_end):
            continue
        if (_EVENT_PIN_BLOCK.search(text, next_start, pinned.start) is not None
                or _EVENT_PIN_BLOCK.match(text, pinned.end + 1) is not None
                or _EVENT_PIN_FUTURE.search(text, max(sentence_start, relative.start - 200), sentence_end) is not None
                or _EVENT_PIN_FUTURE.search(text, next_start, pinned.start) is not None):
            continue
        if pinned.earliest > far_after and _CLAUSE_NOT_PAST.search(text, next_start, pinned.end) is not None:
            continue
        return DateConflict(
            "publication_anachronism", ((relative.start, relative.end), (pinned.start, pinned.end)),
            f"\"{text[relative.start:relative.end]}\" and {text[pinned.start:pinned.end]} date the same event "
            f"(\"{text[next_start:pinned.start].strip()}\" refers back to it), but the date lies years from the "
            f"publication date {reference.isoformat()}",
        )
    return None


# Round 11: a past-tense event or a completed period dated after publication, read within
# the date's own clause (the stretch between commas, semicolons, dashes or brackets), so that
# a verb further back than a fixed window still counts and a future word in another clause
# ("more than a year behind schedule", "exceeded forecasts") does not silence it.
_OWN_CLAUSE_BREAK: Final = re.compile("(?:,|;|:|\\(|\\)|[\u2013\u2014]|[ ]--?[ ])(?!\\d)")
# The word that introduces the date: a preposition of time, "of" for a month or day ("the
# hurricane of August 2024"), or "for" after a word naming a completed period's figures
# ("a record profit of $295 million for 2019", "results for 2018").
_CLAUSE_DATE_LEAD: Final = re.compile(
    r"(?<![\w-])(?P<word>in|on|during|of|for|at|between)[ ]++(?:the[ ]++)?(?:(?:early|late|mid|end[ ]++of)[ -]*+)?$")
_PERIOD_FIGURES: Final = re.compile(
    r"(?<![\w-])(?:profits?|loss(?:es)?|results|revenues?|earnings|sales|turnover|figures|dividends?|income|deficits?"
    r"|surplus(?:es)?|output|growth|returns|accounts|statements?)(?![\w-])(?:[ ]++[^ ,;]++){0,4}?[ ]++for[ ]++$")
# A past verb in the clause: an irregular past, an "-ed" word not directly after a determiner
# (not "the retired teacher") and not one of the common words that only look like one.
_CLAUSE_PAST: Final = re.compile(
    r"(?<![\w-])(?:was|were|had|did|took|came|went|made|met|held|began|won(?!['\u2019]t)|lost|saw|sank|fell|rose|broke|struck|ran|fled"
    r"|froze|shook|stole|threw|wrote|drove|flew|grew|gave|became|brought|caught|fought|sold|bought|paid|built|spent|sent"
    r"|left|led|found|shot|stood|kept|hid|rode|spoke|chose|swam|hung|withdrew|drew|blew|shrank|sprang"
    # A past that looks like the present ("The bank cut its rate"), after a word that is no modal,
    # "to", "do" or plural pronoun and before a determiner.
    r"|(?<!\bto[ ])(?<!\bwill[ ])(?<!\bwould[ ])(?<!\bcan[ ])(?<!\bcould[ ])(?<!\bmay[ ])(?<!\bmight[ ])"
    r"(?<!\bmust[ ])(?<!\bshould[ ])(?<!\bdo[ ])(?<!\bdoes[ ])(?<!\bdid[ ])(?<!\bnot[ ])(?<!\bthey[ ])(?<!\bwe[ ])"
    r"(?<!\byou[ ])(?<!\bI[ ])(?<=[a-z][ ])(?:cut|hit|set|put|shut|cost|quit|hurt|cast)(?=[ ]++(?:its|their|his|her|the|an?)[ ])"
    r"|(?<!\bthe[ ])(?<!\ban[ ])(?<!\ba[ ])(?<!\bits[ ])(?<!\bhis[ ])(?<!\bher[ ])(?<!\btheir[ ])"
    r"(?!(?:hundred|indeed|need|speed|seed|feed|breed|proceed|exceed|succeed|embed|sacred|naked|wicked|kindred|rugged"
    r"|ragged|beloved|alleged|supposed|so-called|unexpected|expected|planned|scheduled|proposed|intended|projected"
    r"|predicted|slated|hundred)(?![\w-]))[a-z]{2,}ed)(?![\w-])")
# Words that make the clause's event future, hoped-for or hypothetical, and an infinitive
# ("agreed to sell it in 2020", "was to open in 2019", "to be completed in 2025").
_CLAUSE_NOT_PAST: Final = re.compile(
    # "plan" as a noun ("approved the parking plan on") is no future; "plans to", "a plan for", "they plan" are.
    r"(?<![\w-])(?:will|would|shall|could|might|may|should|must|plans?(?=[ ]++(?:to|for)(?![\w-]))"
    r"|(?:(?<=\bthey[ ])|(?<=\bwe[ ])|(?<=\bhe[ ])|(?<=\bshe[ ])|(?<=\bit[ ])|(?<=\bI[ ]))plans?|planned|planning|expects?|expected|scheduled"
    r"|schedule|due|aims?|aimed|targets?|goal|forecasts?|projected|predicts?|predicted|estimates?|deadline|expires?"
    r"|until|till|through|upcoming|next|future|proposed|proposes|intends?|intended|hopes?|hoped|slated|supposed|meant"
    r"|pledged|promised|vowed|if|unless|whether|when|once|before|to[ ]++(?!(?:the|a|an|his|her|its|their|our|my"
    # a plural noun after "to" is no infinitive ("opened to walkers on"; but "to focus", "to discuss")
    r"|your|this|that|these|those|some|\$|[0-9]|[A-Z]))(?![a-z]*[^su\W]s(?![\w-]))[a-z]++|set[ ]++(?:to|for))(?![\w-])")


_BARE_DAY_LEAD: Final = re.compile(
    r"(?<![\w-])(?!(?:by|until|till|through|before|after|from|to|since|than|as|of|and|or|between|is|are|was|were|be|been"
    r"|being|will|would|dated|effective|starting|beginning|ending|from|due|expires?|expiring|deadline|on|in|at|for)[ ])"
    r"[a-z]{2,}+[ ]++(?P<word>)$")
_BARE_DAY_END: Final = re.compile(r"[,.;:)]|[ ]++[a-z]|$")


# Round 21: what keeps a date after publication from being read as a past event's, taken apart.
# Irregular past forms and participles, beyond ``_CLAUSE_PAST``'s ("upheld the ruling on", "The vote,
# taken on"); a participle only when no present or future auxiliary stands before it ("is taken").
_R21_IRREGULAR_PAST: Final = re.compile(
    r"(?<![\w-])(?:upheld|told|said|heard|felt|meant|sought|taught|thought|wore|tore|swore|woke|rang|sang|drank"
    r"|forgot|dug|fed|knelt|lent|slid|slept|spun|stuck|swept|swung|understood|wept|overtook|undertook|withheld"
    r"|forbade|forgave|oversaw|overcame|underwent|bred|bled|clung|crept|dealt|leapt|mistook|rebuilt|rewrote|retook"
    r"|shone|sped|strove|arose|awoke|sat|got|knew|laid|lit|slew|strode|trod|burst(?=[ ]++(?:its|their|his|her|the)[ ])"
    r"|beat(?=[ ]++[A-Z])"
    r"|(?<!\bis[ ])(?<!\bare[ ])(?<!\bbe[ ])(?<!\bbeing[ ])(?<!\bbeen[ ])"
    r"(?:taken|given|seen|shown|begun|chosen|driven|fallen|grown|hidden|ridden|risen|spoken|stolen|sworn|thrown"
    r"|written|broken|beaten|withdrawn|undergone|overseen))(?![\w-])")
# After the date, a coordinated clause or an infinitive is another event's ("opened on ... and is expected
# to last", "beat them on ... to reach the final"): the date's clause ends there.
_R21_AFTER_DATE_END: Final = re.compile(r"(?<![ ])[ ]++(?:and|but|to|through)[ ]")
# "to" after "according" is a preposition; "through" marks a future end only before a time
# ("through 2020", "through the end of May"), not a place ("through the door", "through Dungannon").
_R21_NOT_FUTURE_WORD: Final = re.compile(
    r"(?:(?<=according[ ])to[ ]++\S++|to[ ]++traffic|through(?![ ]++(?:[0-9]|the[ ]++(?:end|rest|middle|close|start"
    r"|beginning|spring|summer|autumn|fall|winter|season|year|week|month|weekend|night|day)|next|early|late|mid"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|spring|summer|autumn|fall|winter))))")
# A document noun dated by the bare date after it ("a notice dated", "papers dated", "is timestamped").
_R21_DOCUMENT_DATED: Final = re.compile(
    r"(?<![\w-])(?:[a-z]{3,20}+[ ]++(?:is[ ]++|was[ ]++)?(?:dated|timestamped|time-stamped|postmarked))[ ]++$")
# A verb that undoes or moves an event told of the date ("The meeting on 3 May 2017 was postponed").
_R21_UNDONE: Final = re.compile(
    r"(?<![\w-])(?:cancell?ed|postponed|called[ ]++off|delayed|rescheduled|put[ ]++off|brought[ ]++forward|moved"
    r"|pushed[ ]++back|scrapped|shelved|set|fixed|booked|pencilled|penciled|earmarked|reserved|announced|confirmed)(?![\w-])")
# A definite subject whose noun phrase holds the date ("the rally on September 18, 2024 was"): the
# phrase up to the date, from the clause start, and the verb right after it (up to three words between).
_R21_SUBJECT_BEFORE: Final = re.compile(r"[ \"'(\u201c]*+(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hat|[Tt]his)[ ]++(?:[^ ,;:()]++[ ]++){0,6}+$")
_R21_VERB_AFTER: Final = re.compile(r"(?<![ ])(?:[ ]++[a-z][\w-]*+){0,3}?[ ]++(?P<verb>was|were|had)[ ]")
# A fronted phrase holding the date, then the main clause after its comma ("Between 2024 and 2025, the
# charity housed", "at the 18th September 2024 session of the council, the closures were approved").
_R21_FRONTED_TAIL: Final = re.compile(r"(?<![ ])(?:[ ]++[^ ,;:()]++){0,6}+,[ ]")


# Words of ``_FUTURE_OR_HYPOTHETICAL`` that frame nothing: "by" before a measure ("fell by 7 percent"),
# "through" before a place, and a plan or expectation compared ("took longer than planned", "as expected").
_R21_NO_FRAME: Final = re.compile(
    r"by[ ]++(?:[0-9]{1,3}(?![0-9])|[0-9]{5})|(?<=than[ ])(?:planned|expected)|(?<=as[ ])(?:planned|expected)"
    r"|through(?![ ]++(?:[0-9]|the[ ]++(?:end|rest|middle|close|start|beginning|spring|summer|autumn|fall|winter|season"
    r"|year|week|month|weekend|night|day)|next|early|late|mid|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|spring|summer|autumn|fall|winter)))")


def _r21_frame_search(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_FUTURE_OR_HYPOTHETICAL.search(text, start, end)``, without the words ``_R21_NO_FRAME`` reads as
    no frame (each match is looked at once).  Round 21: every conflict rule reads the future through it."""
    frame = _FUTURE_OR_HYPOTHETICAL.search(text, start, end)
    while frame is not None and _R21_NO_FRAME.match(text, frame.start()) is not None:
        frame = _FUTURE_OR_HYPOTHETICAL.search(text, frame.end(), end)
    return frame


# Round 21: a coordinated clause after both dates ("..., and yields were the best the growers could remember")
# is a clause of its own: a frame word there does not make the dated clauses future or hypothetical.
_R21_COORDINATED: Final = re.compile(r",[ ]++(?:and|but|while|whereas)[ ]|;[ ]")


def _r21_frame_scopes(text: str, frame: re.Match[str] | None, last_end: int, sentence_end: int) -> bool:
    """Whether the sentence's first frame word (``frame``, from ``_r21_frame_search``) stands before the end of
    the clause that holds the sentence's dates up to ``last_end``: the first coordinated break after it
    (searched over at most 200 characters)."""
    if frame is None:
        return False
    if frame.start() < last_end:
        return True
    coordinated = _R21_COORDINATED.search(text, last_end, min(sentence_end, last_end + 200))
    return coordinated is None or frame.start() < coordinated.start()


def _r21_future_frame(text: str, start: int, end: int) -> bool:
    """Whether ``_r21_frame_search`` finds a frame."""
    return _r21_frame_search(text, start, end) is not None


def _r21_not_past(text: str, start: int, end: int, lead_start: int, candidate_end: int) -> bool:
    """Whether a future or hypothetical word stands in ``text[start:end]``, the date's clause: words
    after the date only up to a coordinated clause or an infinitive, "according to", "through" before
    a place, and "when"/"once"/"before"/"until" whose own clause is past (see below) left out."""
    after = _R21_AFTER_DATE_END.search(text, candidate_end, end)
    if after is not None:
        end = after.start()
    for not_past in _CLAUSE_NOT_PAST.finditer(text, start, end):
        # A time connective whose own clause is told in the past is no future frame ("queued
        # when the museum opened its new wing Nov. 26, 2020"; "stayed until the plant closed on").
        if (not_past.group(0) in ("when", "once", "before", "until", "till") and not_past.end() < lead_start
                and (_CLAUSE_PAST.search(text, not_past.end(), lead_start) is not None
                     or _R21_IRREGULAR_PAST.search(text, not_past.end(), lead_start) is not None)):
            continue
        if _R21_NOT_FUTURE_WORD.match(text, not_past.start()) is not None:
            continue
        return True
    return False


# Round 21: a year naming an event ("the 2022 regional election", "the 2021 season") whose outcome the
# sentence tells in the past: fronted before the main clause ("In the 2022 regional election, the Greens
# lost all four seats") or as the end of a season after a past verb ("finished bottom at the end of the
# 2021 season").
_R21_FRONTED_EVENT_YEAR: Final = re.compile(r"[ \"'(\u201c]*+[Ii]n[ ]++the[ ]++$")
_R21_EVENT_AFTER_YEAR: Final = re.compile(r"(?<![ ])(?:[ ]++[a-z][\w-]*+){1,3}?,[ ]++")
_R21_OWN_TIME: Final = re.compile(
    r"(?<![\w-])(?:last|this|earlier|yesterday|today|tonight|ago|recently|currently|now|so[ ]++far|polls?|polling)(?![\w-])")
_R21_END_OF_THE: Final = re.compile(r"(?<![\w-])at[ ]++the[ ]++end[ ]++of[ ]++the[ ]++$")


def _r21_dated_event_told_past(text: str, candidate: _Candidate, sentence_start: int, sentence_end: int) -> bool:
    if (_r21_future_frame(text, sentence_start, sentence_end) or _R21_UNDONE.search(text, sentence_start, sentence_end) is not None
            or _R21_OWN_TIME.search(text, sentence_start, sentence_end) is not None):
        return False  # a frame, or a time of its own for the main clause ("voters favoured Smith in polls taken last week")
    if _R21_FRONTED_EVENT_YEAR.fullmatch(text, sentence_start, candidate.start) is not None:
        tail = _R21_EVENT_AFTER_YEAR.match(text, candidate.end, min(sentence_end, candidate.end + 60))
        if tail is None:
            return False
        main_break = _OWN_CLAUSE_BREAK.search(text, tail.end(), min(sentence_end, tail.end() + 120))
        main_end = main_break.start() if main_break is not None else min(sentence_end, tail.end() + 120)
        head = _CLAUSE_PAST.search(text, tail.end(), main_end) or _R21_IRREGULAR_PAST.search(text, tail.end(), main_end)
        return head is not None and len(text[tail.end():head.start()].split()) <= 5
    end_of = _R21_END_OF_THE.search(text, max(sentence_start, candidate.start - 24), candidate.start)
    if end_of is not None and _NEXT_WORD.match(text, candidate.end, min(sentence_end, candidate.end + 20)) is not None:
        clause_start = sentence_start
        for clause in _OWN_CLAUSE_BREAK.finditer(text, max(sentence_start, end_of.start() - 150), end_of.start()):
            clause_start = clause.end()
        return (_CLAUSE_PAST.search(text, clause_start, end_of.start()) is not None
                or _R21_IRREGULAR_PAST.search(text, clause_start, end_of.start()) is not None)
    return False


def _past_clause_event(text: str, candidate: _Candidate, sentence_start: int, sentence_end: int) -> bool:
    """Whether ``candidate`` (dated after publication) dates a past event told in its own clause."""
    if (candidate.kind not in ("date", "month_year", "year", "part_of_period", "season", "range")
            or candidate.earliest is None or candidate.kind in ("season", "range") and not candidate.year_explicit):
        return False
    low = max(sentence_start, candidate.start - 220)
    if candidate.kind == "range":
        # Round 21: "rebuilt between 2021 and 2023", "Between 2024 and 2025, the charity housed": the
        # range's own "between" or "from" introduces it.
        if re.match(r"(?:[Bb]etween|[Ff]rom)[ ]", text[candidate.start:candidate.start + 8]) is None:
            return False
        lead_start = lead_end = candidate.start
        word = "between"
    else:
        if candidate.granularity == "year" and candidate.kind == "year" and _r21_dated_event_told_past(text, candidate, sentence_start, sentence_end):
            return True
        lead = _CLAUSE_DATE_LEAD.search(text, max(low, candidate.start - 30), candidate.start)
        bare = lead is None
        if lead is None:
            # Round 16: a full day date straight after the verb's object, without "on" (news style:
            # "arrested the suspect Nov. 26, 2020", "opened its new wing Nov. 26, 2020").
            if candidate.kind != "date" or candidate.granularity != "day" or not candidate.year_explicit:
                return False
            lead = _BARE_DAY_LEAD.search(text, max(low, candidate.start - 20), candidate.start)
            # a dateline or heading runs on into a capitalised word ("... in some areas March 15 2017 Amid")
            if lead is None or _BARE_DAY_END.match(text, candidate.end) is None:
                # Round 21: a document dated after publication ("according to a notice dated 18 Sep 2024",
                # "the log is timestamped 2024-09-18") cannot have been read; no frame in the sentence.
                document = _R21_DOCUMENT_DATED.search(text, max(low, candidate.start - 40), candidate.start)
                window = max(sentence_start, candidate.start - 200)
                bracket = text.rfind("(", window, candidate.start)
                frame_start = bracket if bracket > text.rfind(")", window, candidate.start) else sentence_start
                return (document is not None and _BARE_DAY_END.match(text, candidate.end) is not None
                        and not _r21_future_frame(text, frame_start, sentence_end))
            word = "on"
        else:
            word = lead.group("word")
        if word == "of" and candidate.granularity == "year" or word == "between":
            return False
        if word == "for" and _PERIOD_FIGURES.search(text, max(low, lead.start() - 60), lead.end()) is None:
            return False
        if candidate.granularity == "year":
            # "in the 2018 race": the year modifies a noun whose event need not be past.
            following = _NEXT_WORD.match(text, candidate.end, min(sentence_end, candidate.end + 30))
            if following is not None and following.group(1).lower() not in _PHRASE_STOP:
                return False
        # Round 21: a bare date's lead is the verb itself ("who died March 2, 2025"): it is searched too.
        lead_start, lead_end = lead.start(), (lead.end() if bare else lead.start())
    clause_start = low
    for clause_start_match in _OWN_CLAUSE_BREAK.finditer(text, low, lead_start):
        clause_start = clause_start_match.end()
    clause_end_match = _OWN_CLAUSE_BREAK.search(text, candidate.end, min(sentence_end, candidate.end + 120))
    clause_end = clause_end_match.start() if clause_end_match is not None else min(sentence_end, candidate.end + 120)
    if _CLAUSE_PAST.search(text, clause_start, lead_end) is None and _R21_IRREGULAR_PAST.search(text, clause_start, lead_end) is None:
        # Round 21: no past verb before the date.  The date may sit in a definite subject whose verb
        # follows ("the rally on September 18, 2024 was the largest"), or in a phrase fronted before
        # the main clause ("Between 2024 and 2025, the charity housed ..."); that verb must be past
        # and must not undo or move the event ("was postponed", "was set for").
        if _R21_SUBJECT_BEFORE.fullmatch(text, clause_start, lead_start) is not None and (
                verb := _R21_VERB_AFTER.match(text, candidate.end, clause_end)) is not None:
            main_start, main_end = verb.start("verb"), clause_end
        elif (clause_start == sentence_start or _SENTENCE_OPENING.fullmatch(text, sentence_start, clause_start) is not None) and (
                # Session 18: the date's own phrase opens the clause ("In 2024, the charity housed"); words before
                # it are a clause of their own ("We won't reopen the plant in 2018, the owner said").
                _SENTENCE_OPENING.fullmatch(text, clause_start, lead_start) is not None) and (
                tail := _R21_FRONTED_TAIL.match(text, candidate.end, min(sentence_end, candidate.end + 80))) is not None:
            main_start = tail.end()
            main_match = _OWN_CLAUSE_BREAK.search(text, main_start, min(sentence_end, main_start + 120))
            main_end = main_match.start() if main_match is not None else min(sentence_end, main_start + 120)
            head = _CLAUSE_PAST.search(text, main_start, main_end) or _R21_IRREGULAR_PAST.search(text, main_start, main_end)
            if head is None or len(text[main_start:head.start()].split()) > 6:
                return False
        else:
            return False
        if (_CLAUSE_NOT_PAST.search(text, main_start, main_end) is not None or _R21_UNDONE.search(text, main_start, main_end) is not None
                or _CLAUSE_NOT_PAST.search(text, clause_start, candidate.end) is not None):
            return False
        return not _r21_future_frame(text, sentence_start, main_end)
    if _r21_not_past(text, clause_start, clause_end, lead_start, candidate.end):
        return False
    # A hypothetical or future frame earlier in the sentence ("If ...", "He said it would ..."); a date in
    # parentheses is its own clause ("... would be scrapped (statement issued 18.09.2024)").
    if text[clause_start - 1:clause_start] == "(" or text[clause_start - 2:clause_start] == "( ":
        return True
    return not _r21_future_frame(text, sentence_start, clause_start)


# An intent whose object is the dated event: "have long wanted him to look at running for president again in 2020",
# "her husband's stated interest in running in 2020", "near shoo-ins to win the governorship in 2017" (session 18:
# three of the five clean Webis articles flagged with a publication date).
_INTENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:wants?|wanted|wanting|hoping|eager|poised|eyeing|mulling|considering|interest(?:ed)?[ ]++in"
    r"|shoo-ins?|favou?rites?[ ]++to)(?![\w-])", re.IGNORECASE)
_CLOSING_QUOTE: Final = re.compile("[\"\u201d]")
_REPORTED_AFTER: Final = re.compile(r",[^,]{0,40}?\b(?:said|told|added|wrote|stated|claimed|announced|insisted|explained)$")


# Session 19: a verb or noun that looks ahead, followed by the infinitive or "for" whose event the date dates:
# "vowed to help the wing win other Senate battles in 2018", "encouraged Clinton to run for president in 2020",
# "has earned the right to be considered the nominee in 2020", "was preparing for her own campaign in 2016",
# "the plan is for Sanders or Warren ... to win the presidency in 2020" (five of the six flags on SemEval
# articles with a publication date were these).  The infinitive must be a verb's: "to" before a determiner,
# a pronoun, a capitalised word or a digit is a preposition ("agreed to the deal in 2019" is past).
_INTENT_GOVERNOR: Final = re.compile(
    r"(?<![\w-])(?:vow|pledg|promis|plan|intend|aim|seek|sought|expect|encourag|urg|prepar|decid|agree|threaten"
    r"|propos|right|hop|vie|vying|likely|ready|determined|eager|want|wish)[a-z]*+(?![\w-])", re.IGNORECASE)
_INTENT_COMPLEMENT: Final = re.compile(
    r"(?<![\w-])(?:to[ ]++(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|each|every|no|all"
    r"|him|them|us|me|it|court|power|office|prison|jail|school|work|trial)(?![\w-]))[a-z]++|for)(?![\w-])")
_PARTICIPLE_AFTER_BE: Final = re.compile(r"(?<![\w-])(?:be|been|being)[ ]++$")


def _intended(text: str, start: int, candidate: _Candidate) -> bool:
    """The dated event is the object of an intent told before it in ``text[start:candidate.start]`` ("wanted him
    to run in 2020", "interest in running in 2020", "vowed to help ... win ... in 2018"), with no past verb of its
    own between the intent and the date ("who was hoping for a recount, conceded the seat in 2018" tells a past
    event; "to be considered" is no past verb)."""
    intent = None
    for intent in _INTENT_BEFORE.finditer(text, start, candidate.start):
        pass
    if intent is not None and _PAST_TENSE.search(text, intent.end(), candidate.start) is None:
        return True
    governor = None
    for governor in _INTENT_GOVERNOR.finditer(text, start, candidate.start):
        pass
    if governor is None:
        return False
    complement = _INTENT_COMPLEMENT.search(text, governor.end(), candidate.start)
    if complement is None or len(text[governor.end():complement.start()].split()) > 8:
        return False
    # "Repairs took longer than planned: the bridge was reopened to traffic only on ...": the
    # intent must govern the date's own clause, with no past verb of the clause after it.
    for verb in _PAST_TENSE.finditer(text, governor.end(), candidate.start):
        if _PARTICIPLE_AFTER_BE.search(text, max(0, verb.start() - 8), verb.start()) is None:
            return False
    return True


# A participle between an article (and at most one "-ly" adverb) and the next word is an adjective: "a slightly
# postponed takeover", "the delayed vote" (bounded: run on the 24 characters before the verb).
_ATTRIBUTIVE_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he)[ ]++(?:[a-z]++(?<=ly)[ ]++)?$")
_NOUN_AFTER: Final = re.compile(r"[ ][a-z]")


# Lead session 23: a dated event that was then put off, moved or called off ("The hearing on 4 May 2020 was
# postponed after the judge fell ill"): the past verb tells the rescheduling, the date the plan.
_RESCHEDULED_AFTER: Final = re.compile(
    r"(?i),?(?<![ ])[ ]++(?:was|were|has[ ]++been|have[ ]++been|had[ ]++been)[ ]++(?:later[ ]++|then[ ]++|since[ ]++|again[ ]++)?"
    r"(?:postponed|delayed|adjourned|rescheduled|deferred|cancell?ed|called[ ]++off|put[ ]++off|put[ ]++back"
    r"|pushed[ ]++back|brought[ ]++forward|moved|shelved)(?![\w-])"
)


def _told_in_the_past(text: str, start: int, end: int, candidate: _Candidate) -> bool:
    """A past-tense verb in ``text[start:end]`` (the window around a date after publication) that can tell the
    dated event: not a verb after a closing quote ("'Senators who are up in 2018 are already talking about it,'
    said ...") nor a reporting verb after a comma ("The club moves to a new ground in 2018, the chairman said"):
    the words reported keep their own tense.  Nor a verb inside a parenthesis closed before the date ("Warren
    (who misrepresented her own race), to win the presidency in 2020": an aside with its own clause), nor a
    participle between an article and its noun ("for a slightly postponed takeover": an adjective)."""
    for verb in _PAST_TENSE.finditer(text, start, end):
        if verb.start() >= candidate.end and (
                _CLOSING_QUOTE.search(text, candidate.end, verb.start()) is not None
                or _REPORTED_AFTER.search(text, candidate.end, verb.end()) is not None):
            continue
        if verb.end() <= candidate.start and text.rfind("(", start, verb.start()) > text.rfind(")", start, verb.start()) \
                and text.find(")", verb.end(), candidate.start) >= 0:
            continue
        if _ATTRIBUTIVE_BEFORE.search(text, max(start, verb.start() - 24), verb.start()) is not None \
                and _NOUN_AFTER.match(text, verb.end(), min(len(text), verb.end() + 2)) is not None:
            continue
        return True
    return False


def _anachronisms(context: _Context) -> list[DateConflict]:
    reference = context.reference
    if reference is None:
        return []
    text = context.text
    conflicts: list[DateConflict] = []
    # Without a publication date the inferred reference is only a lower bound on it.
    margin = datetime.timedelta(days=1)
    flagged: dict[int, int] = {}
    third_word: dict[int, int] = {}
    # An inferred reference is the latest date the article itself gives, so no past
    # event can lie after it: the past-tense rule needs a real publication date.
    for candidate in () if context.inferred else context.candidates:
        if candidate.since and candidate.year_explicit and candidate.earliest is not None and candidate.earliest > reference + margin \
                and candidate.granularity in ("year", "month", "day"):
            # "The lido has been closed since 2019" in a 2016 article: a state that began after publication.
            sentence_start, sentence_end = context.sentence(candidate.start)
            perfect = None
            for perfect in _PERFECT.finditer(text, max(sentence_start, candidate.start - 60), candidate.start):
                pass
            if perfect is not None and _r21_frame_search(text, max(sentence_start, perfect.start() - 40), candidate.end) is None:
                flagged[candidate.start] = len(conflicts)
                conflicts.append(DateConflict(
                    "publication_anachronism", ((candidate.start, candidate.end),),
                    f"a state said to have lasted {text[candidate.start:candidate.end]} began after the publication "
                    f"date {reference.isoformat()}",
                ))
            continue
        if not candidate.absolute or candidate.since:
            continue
        assert candidate.earliest is not None
        if candidate.earliest <= reference + margin:
            continue
        sentence_start, sentence_end = context.sentence(candidate.start)
        if _intended(text, max(sentence_start, candidate.start - 90), candidate):
            continue  # the dated event is the object of a wish or an expectation ("wanted him to run in 2020")
        if _past_clause_event(text, candidate, sentence_start, sentence_end):
            pass
        elif candidate.kind == "range":
            continue
        elif _AS_OF.search(text, max(sentence_start, candidate.start - 24), candidate.start) is not None:
            # A status "as of" a date after publication cannot have been reported.
            if (_r21_frame_search(text, sentence_start, sentence_end) is not None
                    or not _PAST_TENSE.search(text, candidate.end, min(sentence_end, candidate.end + 80))):
                continue
        elif not _PRECEDING_PREPOSITION.search(text, max(sentence_start, candidate.start - 20), candidate.start):
            # "The 2027 report found ...": a dated noun that did something in the past.
            if candidate.granularity != "year" or not _IDENTIFIER_BEFORE.search(text, max(sentence_start, candidate.start - 8), candidate.start):
                continue
            verb = _IDENTIFIER_PAST.match(text, candidate.end, min(sentence_end, candidate.end + 60))
            if verb is None:
                # "won the 2024 championship": a past verb whose object is a dated contest.
                verb = _CONTEST_AFTER.match(text, candidate.end, min(sentence_end, candidate.end + 50))  # bounded
                if verb is None or _PAST_BEFORE_CONTEST.search(text, max(sentence_start, candidate.start - 40), candidate.start) is None:
                    continue
            if _r21_frame_search(text, max(sentence_start, candidate.start - 90), verb.end()):
                continue
        else:
            if candidate.granularity == "year":
                # "in the 2018 gubernatorial race": the preposition takes the dated noun, whose
                # event need not be past ("voters prefer someone else in the 2018 race").
                following = _NEXT_WORD.match(text, candidate.end, min(sentence_end, candidate.end + 30))
                if following is not None and following.group(1).lower() not in _PHRASE_STOP \
                        and following.group(1).lower() not in _NOT_NOUN_AFTER_YEAR:
                    continue
            window_start = max(sentence_start, candidate.start - 90)
            window_end = min(sentence_end, candidate.end + 70)
            # "On June 4, 2028, the council voted to ...": the clause ends the window.
            fronted = _FRONTED_CLAUSE.match(text, candidate.end, window_end)
            if fronted is not None and candidate.start <= _third_word_start(text, sentence_start, sentence_end, third_word):
                window_end = fronted.end()
            if _r21_frame_search(text, window_start, window_end):
                continue
            if _RESCHEDULED_AFTER.match(text, candidate.end, window_end) is not None:
                continue
            if not _told_in_the_past(text, window_start, window_end, candidate):
                continue
        flagged[candidate.start] = len(conflicts)
        conflicts.append(DateConflict(
            "publication_anachronism", ((candidate.start, candidate.end),),
            f"an event told in the past tense is dated {text[candidate.start:candidate.end]}, "
            f"after the {'inferred reference' if context.inferred else 'publication'} date "
            f"{reference.isoformat()}",
        ))
    candidates = context.candidates
    for index, relative in enumerate(candidates):
        tolerance_days = (_PINNABLE_WORDS.get(relative.word, _CALENDAR_PINS.get(relative.word))
                          if relative.kind == "relative" else None)
        if tolerance_days is None and relative.kind == "season" and _THIS_SEASON.match(text, relative.start, relative.end):
            tolerance_days = 0  # "This summer's floods, which peaked in July 2011"
        deictic_weekday = False
        if (tolerance_days is None and relative.kind == "weekday" and not relative.modifier and relative.start > 0
                and _DEICTIC_WEEKDAY_BEFORE.search(text, max(0, relative.start - 4), relative.start) is not None
                and index + 1 < len(candidates) and candidates[index + 1].kind == "date" and candidates[index + 1].year_explicit
                and _DEICTIC_WEEKDAY_GAP.fullmatch(text, relative.end, candidates[index + 1].start) is not None):
            # "On Wednesday (October 6, 2004), the board voted": a bare weekday is a day of
            # the publication week, so the date it is glossed with must be near publication.
            tolerance_days, deictic_weekday = 8, True
        if tolerance_days is None and relative.kind == "relative" and relative.relation == "ago" and relative.quantity is not None:
            # "two weeks ago, on 2011-09-18": as far off as "last week" can be, per unit.
            tolerance_days = _AGO_TOLERANCE.get(relative.unit)
        if tolerance_days is None and relative.kind == "date" and relative.weekday_span is not None and relative.earliest is not None:
            # "Last Friday, March 3, 2009": the weekday's modifier pins the whole date.
            modifier = _LAST_WEEKDAY.search(text, max(0, relative.start - 12), relative.start)
            if modifier is not None and relative.start not in flagged:
                expected_high = reference - datetime.timedelta(days=1)
                expected_low = reference - datetime.timedelta(days=8)
                tolerance = datetime.timedelta(days=10 + (45 if context.inferred else 0))
                if not (expected_low - tolerance <= relative.earliest <= expected_high + tolerance) and not (
                        context.inferred and relative.earliest > expected_high):
                    conflicts.append(DateConflict(
                        "publication_anachronism", ((modifier.start(), relative.end),),
                        f"\"{text[modifier.start():relative.end]}\" pins last week's weekday to a date "
                        f"far from the {'inferred reference' if context.inferred else 'publication'} date "
                        f"{reference.isoformat()}",
                    ))
            continue
        if tolerance_days is None or (relative.earliest is None or relative.latest is None) and not deictic_weekday:
            continue
        if deictic_weekday:
            pinned = candidates[index + 1]
            assert pinned.earliest is not None
            tolerance = datetime.timedelta(days=tolerance_days + (45 if context.inferred else 0))
            if abs(pinned.earliest - reference) > tolerance and not (context.inferred and pinned.earliest > reference):
                conflicts.append(DateConflict(
                    "publication_anachronism", ((relative.start, relative.end), (pinned.start, pinned.end)),
                    f"\"{text[relative.start:relative.end]}\" names a day of the publication week, but it is glossed as "
                    f"{text[pinned.start:pinned.end]}, far from the {'inferred reference' if context.inferred else 'publication'} "
                    f"date {reference.isoformat()}",
                ))
            continue
        # "Last night's blackout, which began ... on Sept. 16, 2011": the possessive makes the
        # relative word date the event that the sentence then dates explicitly.
        possessive = text.startswith(("'s ", "\u2019s "), relative.end)
        neighbours = (index + 1, index - 1) if not possessive else (index + 1, index + 2)
        for neighbour_index in neighbours:
            if not 0 <= neighbour_index < len(candidates):
                continue
            pinned = candidates[neighbour_index]
            # A calendar period pins a date at least as fine as itself: "earlier this year, in
            # April 2008", "last year's title, won in the 2026 season", "last week, on May 3".
            if pinned.earliest is None or pinned.latest is None or not pinned.year_explicit and pinned.kind != "date":
                continue
            if pinned.kind != "date" and not (pinned.kind in ("month_year", "year", "season")
                                              and _PIN_GRANULARITY.get(pinned.granularity, 9) <= _PIN_GRANULARITY.get(relative.granularity, 0)):
                continue
            low, high = (relative.end, pinned.start) if neighbour_index > index else (pinned.end, relative.start)
            if possessive:
                if high - low > 120 or context.sentence(relative.start)[1] <= pinned.start or not pinned.year_explicit:
                    continue
                if pinned.kind != "date" and _PINNING_CLAUSE.search(text, low, high) is None:
                    continue
            elif (high - low > 8 or _PINNED_GAP.fullmatch(text, low, high) is None) and (
                    neighbour_index < index or pinned.kind != "date" or high - low > 48
                    or _PINNED_LOOSE_GAP.fullmatch(text, low, high) is None) and (
                    neighbour_index < index or pinned.kind != "date" or not pinned.year_explicit or high - low > 64
                    or _PINNED_CLAUSE_GAP.fullmatch(text, low, high) is None) and not (
                    # Round 21: the word and the date are adjuncts of one predicate ("this afternoon at a
                    # press conference on", "yesterday approved the reform in a vote held on", "last night,
                    # the 18th of September, 2024"), with no clause, report or comparison between them.
                    neighbour_index > index and pinned.kind == "date" and pinned.year_explicit and high - low <= 90
                    and tolerance_days <= 10 and relative.kind == "relative"
                    and _R21_PINNED_PREDICATE.fullmatch(text, low, high) is not None
                    and _R21_PIN_BLOCK.search(text, low, high) is None):
                continue
            # An inferred reference is a lower bound and rests on other dates, so allow slack.
            assert relative.earliest is not None and relative.latest is not None
            tolerance = datetime.timedelta(days=tolerance_days + (45 if context.inferred else 0))
            if relative.earliest - tolerance <= pinned.latest and pinned.earliest <= relative.latest + tolerance:
                continue
            if context.inferred and pinned.earliest > relative.latest:
                # The article's other dates only bound publication from below.
                continue
            spans = sorted(((relative.start, relative.end), (pinned.start, pinned.end)))
            pin_conflict = DateConflict(
                "publication_anachronism", (spans[0], spans[1]),
                f"\"{text[relative.start:relative.end]}\" is pinned to {text[pinned.start:pinned.end]}, "
                f"far from the {'inferred reference' if context.inferred else 'publication'} date "
                f"{reference.isoformat()}",
            )
            if pinned.start in flagged:
                # The date alone was already flagged: its evidence now includes the pinning word.
                conflicts[flagged[pinned.start]] = pin_conflict
            else:
                conflicts.append(pin_conflict)
            break
        else:
            if relative.kind == "relative" and (event_pin := _event_pin(context, index, tolerance_days)) is not None:
                conflicts.append(event_pin)
    return conflicts


# Round anchor17: an age told as the predicate of a past verb ("was 20 years old", "were then 31").
_PAST_PREDICATE_AGE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:was|were|had[ ]++been)[ ]++(?:(?:then|only|just|already|aged|nearly|almost|about)[ ]++)?$",
    re.IGNORECASE)


def _durations(context: _Context) -> list[DateConflict]:
    text = context.text
    # Round anchor17: with no publication date, lengths are measured to the floor on now (the latest past
    # date of any granularity, ``_reference_floor``), not to the inferred reference, which may be an older
    # full date or month while the article reports a later year.
    reference = _reference_floor(context)
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    plain: list[int] = []
    for index, quantity in enumerate(candidates):
        if quantity.quantity is None or quantity.kind not in ("relative", "duration", "age"):
            continue
        if quantity.relation == "plain":
            plain.append(index)
        low, high = quantity.quantity
        if low != high:
            # "A few years ago" and "several days" cannot contradict anything.
            continue
        if quantity.relation == "ago" and quantity.unit in ("year", "decade") and reference is not None:
            dated = _adjacent_dated(context, index, 40, granularities=("year", "month", "day"))
            if dated is None:
                continue
            years = {"year": 1, "decade": 10}[quantity.unit]
            elapsed = reference.year - dated.earliest.year if dated.earliest else None
            if elapsed is None or context.inferred and elapsed <= 0:
                # A reference inferred from this very year says nothing about the distance.
                continue
            upper_slack = 2 if context.inferred else 1
            if low * years - upper_slack > elapsed or high * years + 1 < elapsed:
                conflicts.append(_duration_conflict(text, quantity, dated,
                                                    f"{elapsed} years before the {'inferred reference' if context.inferred else 'publication'} year {reference.year}"))
        elif (quantity.relation == "for" and quantity.unit in ("month", "week", "day") and reference is not None
              and (dated := _adjacent_dated(context, index, 40, granularities=("month", "day"), require_since=True)) is not None):
            # "on strike for 26 months, since September 2015": the same measure in smaller units.
            if dated.earliest is None or dated.earliest > reference:
                continue
            unit_days = _UNIT_DAYS[quantity.unit]
            elapsed_days = (reference - dated.earliest).days
            if quantity.unit == "month":
                elapsed = (reference.year - dated.earliest.year) * 12 + reference.month - dated.earliest.month
                tolerance = 1 if dated.granularity == "day" else 2
            else:
                elapsed = elapsed_days // unit_days
                tolerance = 1 if quantity.unit == "week" else 2
            # An inferred reference only bounds publication from below: the stated length may be longer.
            if high + tolerance < elapsed or not context.inferred and low - tolerance > elapsed:
                conflicts.append(_duration_conflict(text, quantity, dated,
                                                    f"{elapsed} {quantity.unit}s to the {'inferred reference' if context.inferred else 'publication'} "
                                                    f"date {reference.isoformat()}"))
        elif (quantity.relation == "for" or quantity.relation == "past" and text.endswith("for ", 0, quantity.start)) and quantity.unit == "year" and reference is not None and (
                dated := _adjacent_dated(context, index, 40, granularities=("year", "month", "day"), require_since=True)
                or _clause_since(context, index) or _perfect_start(context, index)) is not None:
            # Otherwise "for 62 years, from 1935 until 2002" is measured against its range below.
            if dated.earliest is None:
                continue
            elapsed = reference.year - dated.earliest.year
            if context.inferred and elapsed <= 0:
                continue
            upper_slack = 2 if context.inferred else 1
            if low - upper_slack > elapsed or high + 1 < elapsed:
                conflicts.append(_duration_conflict(text, quantity, dated,
                                                    f"{elapsed} years to the {'inferred reference' if context.inferred else 'publication'} year {reference.year}"))
        elif quantity.relation == "age" and reference is not None:
            if quantity.unit in ("day", "week") and _D24_WHEN_AFTER.match(text, quantity.end) is not None:
                # Round duration24: an age in days or weeks told at an event ("was 10 days old when she was christened
                # on ...") is measured to that event (_d24_lengths), not to now in years.
                continue
            sentence_start, sentence_end = context.sentence(quantity.start)
            for other in candidates[max(0, index - 3):index + 4]:
                if other is quantity or not other.absolute or other.kind == "range":
                    continue
                if not (sentence_start <= other.start < sentence_end):
                    continue
                if (not _BORN_WORD.search(text[max(sentence_start, other.start - 25):other.start])
                        and _CREATED_BEFORE.search(text, max(sentence_start, other.start - 40), other.start) is None):
                    continue  # "aged 45, born in 1971", "the 109-year-old co-operative, founded in 1922"
                if (other.end < quantity.start and not _BORN_WORD.search(text[max(sentence_start, other.start - 25):other.start])
                        and _D24_WHO.search(text, other.end, quantity.start) is not None):
                    continue  # Round duration24: "The club, opened in 1950, hired Smith, who was 30 years old": a person's age
                if _others_birth(text, sentence_start, other.start):
                    continue  # "the five-year-old twins, whose father was born on ...": another person's birth
                if (context.inferred and other.earliest is not None and reference.year <= other.earliest.year
                        and not _BORN_WORD.search(text[max(sentence_start, other.start - 25):other.start])):
                    # A reference inferred from this very founding year says nothing about an
                    # institution's age (ages of people keep the earlier behaviour).
                    break
                if _DEATH_WORD.search(text, max(sentence_start, quantity.start - 200), min(sentence_end, quantity.end + 200)) is not None:
                    # An age at death is measured to the death, not to publication (_life_spans).
                    break
                if (context.inferred and context.absolute_per_sentence().get(sentence_start, 0) <= 1
                        and _PAST_PREDICATE_AGE.search(text, max(sentence_start, quantity.start - 30), quantity.start)):
                    # Round anchor17: with no publication date, an age told as a past predicate with no other
                    # date in its sentence ("In the war X, born in 1921, was 20 years old") is an age at some
                    # earlier time, which the floor on now (a lower bound) cannot refute.
                    break
                assert other.earliest is not None and other.latest is not None
                if quantity.unit in ("day", "week", "month"):
                    # Lead session 23: an age in months, weeks or days ("are now 9 months old") is measured in days,
                    # not compared as a count of years; a unit either way. Told at an event dated after it in its
                    # sentence ("was 13 months old at his christening on November 15, 1981"), it is measured to that
                    # date alone; otherwise to now, or to the date narrated before it.
                    at = next((later for later in candidates[index + 1:index + 4]
                               if quantity.end <= later.start < min(sentence_end, quantity.end + 80) and later is not other
                               and later.absolute and later.kind in ("date", "month_year") and later.earliest is not None
                               and later.latest is not None), None)
                    if at is not None:
                        assert at.earliest is not None and at.latest is not None
                        if not _young_age_fits(quantity, other, (at.earliest, at.latest), False):
                            conflict = _duration_conflict(
                                text, quantity, other, f"someone born then would be {max(0, (at.earliest - other.latest).days)} "
                                f"to {(at.latest - other.earliest).days} days old at {text[at.start:at.end]}")
                            conflicts.append(DateConflict(conflict.kind, tuple(sorted((*conflict.spans, (at.start, at.end)))),
                                                          conflict.explanation))
                    elif not _young_age_fits(quantity, other, (reference, reference), context.inferred):
                        then = _narrated_date(context, index, other)
                        if then is None or then.earliest is None or then.latest is None \
                                or not _young_age_fits(quantity, other, (then.earliest, then.latest), False):
                            conflicts.append(_duration_conflict(
                                text, quantity, other, f"someone born then would be {max(0, (reference - other.latest).days)} "
                                f"to {(reference - other.earliest).days} days old on {reference.isoformat()}"))
                    break
                youngest = reference.year - other.latest.year - 1
                oldest = reference.year - other.earliest.year + (2 if context.inferred else 0)
                if high < youngest - 1 or low > oldest + 1:
                    # An age is told at publication or at the time narrated: "In 1991, aged 24, X
                    # (born 1955)"; "Police arrested X on 2 May 2009 ... the 21-year-old, born ...".
                    then = _narrated_date(context, index, other)
                    if then is not None:
                        assert then.earliest and then.latest
                        young_then = then.earliest.year - other.latest.year - 1
                        old_then = then.latest.year - other.earliest.year
                        if young_then - 1 <= low and high <= old_then + 1:
                            break
                        conflict = _duration_conflict(text, quantity, other,
                                                      f"someone born then would be {max(youngest, 0)} to {oldest} in {reference.year} "
                                                      f"and {max(young_then, 0)} to {old_then} at {text[then.start:then.end]}")
                        conflict = DateConflict(conflict.kind, tuple(sorted((*conflict.spans, (then.start, then.end)))),  # type: ignore[arg-type]
                                                conflict.explanation)
                        conflicts.append(conflict)
                    else:
                        conflicts.append(_duration_conflict(text, quantity, other,
                                                            f"someone born then would be {max(youngest, 0)} to {oldest} in {reference.year}"
                                                            + (f" (no publication date: {reference.year} is the year of the article's "
                                                               "latest date, a lower bound on when it was written)"
                                                               if context.inferred else "")))
                break
        elif quantity.relation in ("adjective", "for", "plain") and quantity.unit in ("day", "week", "month", "year", "decade"):
            if quantity.unit == "decade":
                # "nearly two decades in exile, from 1983 to 1994": decades are round, give or take five years.
                low, high = low * 10 - 5, high * 10 + 5
            sentence_start, sentence_end = context.sentence(quantity.start)
            spans = [other for other in candidates[index + 1:index + 4] + candidates[max(0, index - 2):index] if other.kind == "range"]
            if not spans and quantity.relation in ("adjective", "for"):
                # "the ten-month strike began in March 1999 and ended in July 1999".
                spans = _implied_range(context, index, sentence_end)
            if not spans and quantity.relation == "adjective":
                # "was jailed in 1986 and released in 1993 after serving the full 23-year sentence".
                spans = _implied_range_before(context, index, sentence_start)
            for other in spans:
                other = _range_for_length(other)
                if other.earliest is None or other.latest is None:
                    continue
                if quantity.relation == "adjective" and _D24_TERM_CHANGED.search(text, quantity.end, other.end) is not None:
                    break  # Round duration24: "a three-year deal on D1, which was extended and finally expired on D2"
                if not (sentence_start <= other.start < sentence_end) or abs(other.start - quantity.end) > 70 and abs(quantity.start - other.end) > 70:
                    continue
                if quantity.unit in ("day", "week"):
                    if other.granularity != "day":
                        break
                    length = (other.latest - other.earliest).days + 1
                    unit_days = _UNIT_DAYS[quantity.unit]
                    tolerance = 1 if quantity.unit == "day" else 3
                    consistent = low * unit_days - tolerance <= length <= high * unit_days + tolerance
                    measured = f"{length} days"
                elif quantity.unit == "month":
                    months = (other.latest.year - other.earliest.year) * 12 + other.latest.month - other.earliest.month + 1
                    if other.granularity == "year":
                        # "six months between 1990 and 1991": years bound a span from a day (31
                        # December to 1 January) to every month of both years, not a fixed length.
                        shortest = max(0, (other.latest.year - other.earliest.year - 1) * 12)
                        consistent = shortest - 1 <= high and low <= months + 1
                        measured = f"between {shortest} and {months} months"
                    else:
                        consistent = low - 1 <= months <= high + 1
                        measured = f"{months} months"
                else:
                    years = other.latest.year - other.earliest.year + 1
                    # "1984-1986" lasted at most three years, however the years are counted.
                    consistent = years - 1 <= high and low <= years and not (other.granularity == "day" and low > years)
                    measured = f"{years} calendar years"
                if not consistent:
                    conflicts.append(_duration_conflict(text, quantity, other, f"the dates given span {measured}"))
                break
    found = (conflicts + _life_spans(context) + _anniversaries(context) + _years_later(context) + _appositive_ages(context)
             + _stated_offsets(context, plain) + _season_counts(context))
    covered = {span for conflict in found for span in conflict.spans}
    for conflict in (_activity_spans(context) + _milestones(context) + _ages_at_events(context) + _ordinal_counts(context)
                     + _endpoint_spans(context) + _stated_ages(context) + _interval_clauses(context)
                     + _measured_between(context) + _lengths_to_now(context) + _ago_lengths(context)
                     + _ages_beside_births(context) + _word_lengths(context) + _r18_lengths_to_now(context)
                     + _r21_sequence_spans(context) + _r21_ordinal_series(context) + _r21_lengths_to_now(context)
                     + _r21_present_ages(context) + _d23_perfect_lengths(context) + _d24_lengths(context)):
        if not any(span in covered for span in conflict.spans):
            covered.update(conflict.spans)
            found.append(conflict)
    return found


# ---------------------------------------------------------------------------
# Round 21: a length between two dated steps of one narration, whose roles need no start or end word.
# The two dates are either the only two of the length's sentence, or the only date of the length's
# sentence and the only date of the sentence before or after it (one dateless sentence may stand
# between), the later of the two sentences opening with a pronoun or a definite noun phrase that
# continues the narration ("The 7-day expedition set out on 1 July 1909. ... The party returned to base
# on 18 July 1909"; "He reached the coast on 23 November, 114 days later").  The first date told is the
# span's start unless the words mark it as the end ("closed in 1993 after 36 years. The first coal had
# been raised there in 1949").  The length must measure a span: a length word before it ("after", "for",
# "spent", ...), an event noun it premodifies with an article ("a 32-month refit", "The 7-day
# expedition"), or "later"/"after that" after it ("114 days later").
# Round order16: a length named as the time a state lasted between the two steps ("saw 31 years of
# service", "celebrated 78 years of marriage on", "we had 64 years together until he died on").
_R21_SPAN_NOUN_AFTER: Final = re.compile(
    r"(?<![ ])[ ]++(?:of[ ]++(?:service|marriage|married[ ]++life|exile|captivity|imprisonment|rule|reign|operation|trading)"
    r"|together|in[ ]++(?:exile|office|power|captivity))(?![\w-])")
_R21_LENGTH_AFTER: Final = re.compile(r"(?<![ ])[ ]++(?:later|afterwards?|after[ ]++(?:that|this|it)|on(?![ ]++[A-Z0-9]))(?![\w-])")
_R21_LENGTH_NOUN: Final = re.compile(r"(?<![ ])[ ]++(?:[a-z]{3,20}+[ ]++)?[a-z]{3,20}+")
_R21_ARTICLE_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ ]++(?:[a-z]{3,12}+[ ]++)?$")
_R21_CONTINUES: Final = re.compile(
    r"[ \"'(\u201c]*+(?:(?:He|She|They|It|Its|His|Her|Their|The|That|This)[ ]|(?:[A-Z][a-z]++[ ]++)?(?:[a-z]++[ ]++)?"
    r"(?:was|were|had)[ ])")
_R21_OTHER_SPAN: Final = re.compile(r"(?<![\w-])(?:each|every|per|a[ ]++year|annual|annually|aged?|old|sentence[ds]?|term|jail|prison|contract|lease)(?![\w-])")


def _r21_with_year(day: datetime.date, year: int) -> datetime.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # 29 February of a common year


def _r21_resolved(dated: list[_Candidate]) -> list[tuple[_Candidate, datetime.date, datetime.date]] | None:
    """A sentence's dates with their bounds: those whose year is written, and yearless days that take
    the year of the sentence's one other date ("admitted on February 12 and discharged on March 6, 2008",
    "In 2004, ... sailing on July 24 and docking on September 3"), a day told after a later one of the
    same year falling in the next year; None when any date is of another kind."""
    explicit = [candidate for candidate in dated
                if candidate.absolute and candidate.year_explicit and candidate.kind not in ("range", "season")
                and not candidate.since and candidate.granularity in ("day", "month", "year")]
    yearless = [candidate for candidate in dated
                if candidate.kind == "date" and not candidate.year_explicit and candidate.granularity == "day"
                and candidate.earliest is not None]
    if len(explicit) + len(yearless) != len(dated):
        return None
    if not yearless:
        return [(candidate, candidate.earliest, candidate.latest) for candidate in explicit]  # type: ignore[misc]
    if len(explicit) != 1:
        return None
    anchor = explicit[0]
    assert anchor.earliest is not None and anchor.latest is not None
    if len(yearless) == 2 and anchor.granularity == "year" and anchor.end <= yearless[0].start:
        one = _r21_with_year(yearless[0].earliest, anchor.earliest.year)  # type: ignore[arg-type]
        two = _r21_with_year(yearless[1].earliest, anchor.earliest.year)  # type: ignore[arg-type]
        if one is None or two is None:
            return None
        if two < one:
            two = _r21_with_year(two, two.year + 1)
            if two is None:
                return None
        return [(yearless[0], one, one), (yearless[1], two, two)]
    if len(yearless) == 1 and anchor.granularity in ("day", "month"):
        day = _r21_with_year(yearless[0].earliest, anchor.earliest.year)  # type: ignore[arg-type]
        if day is None:
            return None
        if yearless[0].start < anchor.start and day > anchor.latest:
            day = _r21_with_year(day, day.year - 1)
        elif yearless[0].start > anchor.start and day < anchor.earliest:
            day = _r21_with_year(day, day.year + 1)
        if day is None:
            return None
        pair = [(yearless[0], day, day), (anchor, anchor.earliest, anchor.latest)]
        return pair if yearless[0].start < anchor.start else pair[::-1]
    return None


def _r21_sequence_spans(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    starts: list[int] | None = None
    dated_of: dict[int, list[tuple[_Candidate, datetime.date, datetime.date]] | None] = {}

    def sentence_dates(sentence_start: int, sentence_end: int) -> list[tuple[_Candidate, datetime.date, datetime.date]] | None:
        if sentence_start not in dated_of:
            assert starts is not None
            dated_of[sentence_start] = _r21_resolved([
                candidate for candidate in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                if candidate.kind not in ("weekday", "duration") and not (candidate.quantity is not None and not candidate.absolute)])
        return dated_of[sentence_start]

    for quantity in candidates:
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.unit not in ("year", "decade", "month", "week", "day")
                or quantity.relation not in ("plain", "for", "adjective") or quantity.quantity[0] != quantity.quantity[1]):
            continue
        sentence_start, sentence_end = context.sentence(quantity.start)
        later = None
        span_noun: re.Match[str] | None = None
        subject_length = False  # "A nineteen-day heatwave that began on ...": the subject's own length
        if quantity.relation == "adjective":
            article = _R21_ARTICLE_BEFORE.search(text, max(sentence_start, quantity.start - 20), quantity.start)
            subject_length = article is not None and _SENTENCE_OPENING.fullmatch(text, sentence_start, article.start()) is not None
            if (article is None or _R21_LENGTH_NOUN.match(text, quantity.end, min(sentence_end, quantity.end + 42)) is None
                    or (_SENTENCE_OPENING.fullmatch(text, sentence_start, article.start()) is None
                        and _R21_ADJECTIVE_LEAD.search(text, max(sentence_start, article.start() - 14), article.start()) is None)):
                continue  # the sentence's subject ("The 7-day expedition") or a span's object ("for a 32-month refit")
        else:
            later = _R21_LENGTH_AFTER.match(text, quantity.end, min(sentence_end, quantity.end + 16))
            if (later is None and _SPAN_LENGTH_BEFORE.search(text, max(sentence_start, quantity.start - 24), quantity.start) is None
                    and not text[quantity.start:quantity.start + 4].lower().startswith("for ")
                    and (span_noun := _R21_SPAN_NOUN_AFTER.match(text, quantity.end, min(sentence_end, quantity.end + 30))) is None):
                continue
        if starts is None:
            starts = [candidate.start for candidate in candidates]
        dated = sentence_dates(sentence_start, sentence_end)
        if dated is None:
            continue
        pair: list[tuple[_Candidate, datetime.date, datetime.date]] | None = None
        if len(dated) == 2:
            pair = dated
        elif len(dated) < 2:
            # One date here and one in a neighbouring sentence, or none here and both in one neighbour.
            want = 2 - len(dated)
            found: list[list[tuple[_Candidate, datetime.date, datetime.date]]] = []
            # The sentence before (or the one before it, over a dateless sentence) ...
            low = sentence_start
            for _ in range(2):
                if low <= 0:
                    break
                previous_start, previous_end = context.sentence(low - 1)
                previous = sentence_dates(previous_start, previous_end)
                if previous is None:
                    break
                if previous:
                    if len(previous) == want and _R21_CONTINUES.match(text, sentence_start, sentence_end) is not None:
                        found.append(previous + dated)
                    break
                low = previous_start
            # ... or the sentence after, over at most one dateless sentence.
            high = sentence_end
            for _ in range(2):
                if high >= len(text):
                    break
                next_start, next_end = context.sentence(high)
                if next_start < high:
                    break
                following = sentence_dates(next_start, next_end)
                if following is None:
                    break
                if following:
                    if len(following) == want and _R21_CONTINUES.match(text, next_start, next_end) is not None:
                        found.append(dated + following)
                    break
                high = next_end
            if len(found) == 1:
                pair = found[0]
        if pair is None:
            continue
        if _R21_CONTAINING.search(text, max(sentence_start, quantity.start - 40), quantity.start) is not None:
            continue  # "During his more than 30 years in Congress, ...": a period holding the dated events
        if (_R21_TO_NOW.search(text, max(sentence_start, quantity.start - 60), quantity.start) is not None
                or "since" in text[quantity.end:min(sentence_end, quantity.end + 30)]):
            continue  # "has been a councillor for 26 years, since 1990": a length up to now, the rules of lengths to now
        if _R21_OTHER_SPAN.search(text, max(sentence_start, quantity.start - 30), min(sentence_end, quantity.end + 30)) is not None:
            continue  # "for 10 years each", "a 10-year sentence", "a 5-year lease": not the narration's span
        if _SCOPE_FUTURE.search(text, sentence_start, sentence_end) is not None:
            continue
        (first, first_low, first_high), (second, second_low, second_high) = pair
        if any(_R21_DATED_LENGTH.fullmatch(text, quantity.end, candidate.start) is not None for candidate in (first, second)
               if quantity.end <= candidate.start <= quantity.end + 12):
            continue  # "for three months in 2011": a period placed at its own date, not the span between the two
        if any(_R21_LENGTH_OBJECT.match(text, quantity.end) is not None and _OWN_CLAUSE_BREAK.search(text, quantity.end, candidate.start) is None
               for candidate in (first, second) if quantity.end <= candidate.start):
            continue  # "four years for a robbery committed in 1961": the date is the object's, not the span's
        if any(other is not quantity and other.kind == "duration"
               for other in candidates[bisect.bisect_left(starts, min(first.start, sentence_start)):bisect.bisect_left(starts, max(second.end, sentence_end))]):
            continue  # "won a seat two years later and served for a decade": another length marks an undated step
        if later is not None and not (
                second.end <= quantity.start and _CLAUSE_BREAK.search(text, second.end, quantity.start) is None
                and len(text[second.end:quantity.start].split()) <= 2
                or quantity.end <= second.start and len(text[later.end():second.start].split()) <= 2 and first.end <= quantity.start):
            continue  # "N days later" measures from the date before to its own clause's date, set off beside it
        if quantity.unit in ("day", "week") and "year" in (first.granularity, second.granularity):
            continue
        if (quantity.end <= first.start and first.start >= sentence_start
                and _SPAN_RELATIVE.search(text, quantity.end, first.start) is not None
                and not (_R21_FRONTED_LENGTH.match(text, sentence_start, first.start) is not None)
                and not (quantity.relation == "adjective" and subject_length)):
            continue  # "worked for 10 years at the mill, which opened in 1950 and closed in 1990": another thing's span
        role_low = max(first.end, context.sentence(second.start)[0])
        if span_noun is not None and role_low <= quantity.start and span_noun.end() <= second.start:
            role_low = span_noun.end()  # "celebrated 78 years of marriage on": the length's own noun marks no step
        roles = (_span_end_role(text, context.sentence(first.start)[0], first),
                 _span_end_role(text, role_low, second))
        if roles == ("end", "start") or roles == ("end", ""):
            start, start_low, start_high, end, end_low, end_high = second, second_low, second_high, first, first_low, first_high
        elif roles[0] == roles[1] != "":
            continue
        else:
            start, start_low, start_high, end, end_low, end_high = first, first_low, first_high, second, second_low, second_high
        shortest = max(0, (end_low - start_high).days)
        longest = (end_high - start_low).days
        if longest < 0:
            continue  # the order rules speak for dates in the wrong order
        low_length, high_length = quantity.quantity
        unit = _UNIT_DAYS[quantity.unit]
        stated_low, stated_high = low_length * unit, high_length * unit
        if _SPAN_APPROXIMATE.search(text, max(sentence_start, quantity.start - 16), quantity.start) is not None:
            stated_low, stated_high = stated_low * 0.75, stated_high * 1.25
        slack = {"year": 400, "decade": 800, "month": 35, "week": 8, "day": 2}[quantity.unit]
        if (stated_high + slack < shortest or stated_low - slack > longest) and _not_the_span(
                text, sentence_start, quantity.start, quantity.end, quantity.relation, start, end, stated_low - slack > longest,
                context.reference, (stated_low, stated_high, slack)):
            continue
        if stated_high + slack < shortest or stated_low - slack > longest:
            measured = (f"the dates span {shortest // 365} to {longest // 365} years" if quantity.unit in ("year", "decade")
                        else f"the dates span {shortest} to {longest} days")
            conflicts.append(DateConflict(
                "duration_arithmetic",
                tuple(sorted(((quantity.start, quantity.end), (start.start, start.end), (end.start, end.end)))),
                f"\"{text[quantity.start:quantity.end]}\" does not fit the steps dated \"{text[start.start:start.end]}\" "
                f"and \"{text[end.start:end.end]}\": {measured}",
            ))
    return conflicts


# What an adjectival length of a span's object follows ("for a 32-month refit", "after a three-day crossing",
# "completing a nineteen-year restoration", "made a 56-day voyage").
_R21_ADJECTIVE_LEAD: Final = re.compile(r"(?<![\w-])(?:for|after|following|completing|ending|made|during)[ ]++$")
_R21_TO_NOW: Final = re.compile(r"(?<![\w-])(?:has|have|'s|\u2019s|'ve|\u2019ve)[ ]++(?:[a-z]++[ ]++){0,6}?(?:been|[a-z]++ed|[a-z]++en)(?![\w-])")
_R21_LENGTH_OBJECT: Final = re.compile(r"(?<![ ])[ ]++(?:for|of|over)[ ]++(?:a|an|the|his|her|their|its)[ ]")
_R21_DATED_LENGTH: Final = re.compile(r"(?<![ ])[ ]*+(?:in|of|during|from|since|starting)[ ]++(?:the[ ]++)?")
# A length that holds the dated events instead of separating them ("During his 30 years in Congress").
_R21_CONTAINING: Final = re.compile(
    r"(?<![\w-])(?:[Dd]uring|[Tt]hroughout|[Ww]ithin|[Ii]n|[Oo]ver)[ ]++(?:(?:his|her|their|its|the|those|these|my|our)[ ]++)?"
    r"(?:(?:more[ ]++than|nearly|almost|some|about|over|first|last|final|early)[ ]++)?$")
# A length in a phrase fronted before its clause's subject: "After 109 days of evidence, the trial that opened on".
_R21_FRONTED_LENGTH: Final = re.compile(r"[ \"'(\u201c]*+(?:[A-Za-z]++[ ]++){1,6}?[0-9A-Za-z-]++[ ]++(?:[a-z]++[ ]++){0,4}?[a-z]++,[ ]++(?:the|its|his|her|their)[ ]++[a-z]++[ ]++(?:that|which|who)[ ]")


# ---------------------------------------------------------------------------
# Round 9: a stated length between the two ends of one span told by two dates of one sentence,
# each end marked by a word of starting ("admitted on", "took over in", "from") or of ending
# ("discharged on", "stepped down in", "until"), in either order: "Admitted on 22 October, the
# patient spent 22 weeks in intensive care before being discharged on 28 December", "stepped down
# in 1997 after half a century at the helm, which he took over in 1968".
_SPAN_START: Final = re.compile(
    r"(?<![\w-])(?:from|since|began|begun|started|opened|admitted|launched|jailed|imprisoned|detained|interned|joined|founded"
    r"|established|appointed|took[ ]over|taken[ ]over|took[ ]office|took[ ]charge|completed|built|married|wed|elected|arrived"
    r"|hired|enlisted|moved[ ]in|signed|sworn[ ]in|installed|opening|admission|arrest|arrested|launch|founding|marriage|wedding"
    r"|abandoned|abandonment|kidnapped|abducted|seized|captured|taken[ ]hostage|went[ ]on[ ]trial)(?![\w-])", re.IGNORECASE)
_SPAN_END: Final = re.compile(
    r"(?<![\w-])(?:until|till|to|ended|ending|finished|closed|discharged|freed|released|left|stepped[ ]down|retired|died"
    r"|demolished|razed|lost|resigned|quit|sold|bought|dissolved|walked[ ]free|divorced|departed|disbanded|dismissed|fired"
    r"|sacked|ousted|expired|release|discharge|death|retirement|resignation|departure|demolition|closure|end|sank|sunk|scrapped"
    r"|decommissioned|withdrawn|collapsed|verdicts?|findings)(?![\w-])",
    re.IGNORECASE)
# The length measures a span: "for", "lasted", "spent", "after", "served", "spanning", "N years in all".
_SPAN_LENGTH_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:for|lasted|lasting|spent|spending|after|served|serving|spanning|spanned|over|some|just|only|nearly|almost"
    r"|worked|lived|stayed|remained|reigned|ruled|taught|coached|played"
    r"|about|around|roughly|more[ ]than|less[ ]than|fully)[ ]++(?:(?:just|only|some|nearly|almost|about|around|roughly|more[ ]than|less[ ]than)[ ]++)?(?:a[ ]++)?$",
    re.IGNORECASE)
_SPAN_LENGTH_AFTER: Final = re.compile(r"[ ]++(?:in[ ]++(?:all|total)|of[ ]++[a-z]|at[ ]++the[ ]++helm|behind[ ]++bars|in[ ]++the[ ]++post|in[ ]++office)")
_SPAN_APPROXIMATE: Final = re.compile(r"(?<![\w-])(?:some|nearly|almost|about|around|roughly|more[ ]than|less[ ]than|over|under|up[ ]to|at[ ]least)[ ]++(?:a[ ]++)?$", re.IGNORECASE)


# The noun an adjectival length measures, and its own relative clause: "career", "inquiry, which".
_ADJECTIVE_LENGTH_NOUN: Final = re.compile(r"[ ]++[a-z]{3,20}+(?:[ ]++(?:with|at|in|of)[ ]++(?:the[ ]++)?[a-z]{3,20}+)?(?:,[ ]++(?:which|that)[ ]++)?")
_DEFINITE_LENGTH_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ ]++$")
_SPAN_RELATIVE: Final = re.compile(r"(?<![\w-])(?:which|who|whose|that|where)(?![\w-])")
_SPAN_PRONOUN_OPENING: Final = re.compile(r"[ \"'(\u201c]*+(?:He|She|They|It)[ ]")


def _span_end_role(text: str, low: int, date: _Candidate) -> str:
    """"start", "end" or "" for a date, from the last marker word in the clause before it (60 characters)."""
    window_start = max(low, date.start - 60)
    role, position = "", -1
    for match in _SPAN_START.finditer(text, window_start, date.start):
        role, position = "start", match.start()
    for match in _SPAN_END.finditer(text, window_start, date.start):
        if match.start() > position:
            role, position = "end", match.start()
    if role and re.search(r"[,;]", text[position:date.start]) is not None and not text[position:date.start].rstrip().endswith(","):
        # A marker of another clause ("discharged, and on 3 May ...") does not mark this date.
        return ""
    return role


_D24_INTO_LATER: Final = re.compile(
    r"(?<![ ])[ ]++into[ ]++(?:his|her|their|its|the|a)[ ]++(?:second|third|fourth|fifth|sixth|seventh|new|next|final|last|latest"
    r"|[1-9][0-9]?(?:st|nd|rd|th))(?![\w-])")


# Lead session 23: a fixed term (a sentence, a lease, a contract, a ban) is a planned length: the event that
# ends it can come early ("jailed for 12 years in 2001 and released on licence in 2008", "The lease, signed in
# 2004, runs for 25 years and was renewed in 2010"), so a term longer than the dates is no conflict when the
# later date's clause tells such an early end.
_TERM_LENGTH_BEFORE: Final = re.compile(
    r"(?i)(?<![\w-])(?:jailed|imprisoned|sentenced|banned|barred|suspended|exiled|interned|signed|agreed|leased|let"
    r"|licensed|contracted|runs|lease|tenancy|contract|deal|agreement|term|sentence|licence|license|mandate|loan"
    r"|franchise|concession|ban|suspension|warranty|guarantee)(?![\w-])"
)
_TERM_ENDED_EARLY: Final = re.compile(
    r"(?i)(?<![\w-])(?:released|freed|paroled|pardoned|cleared|acquitted|exonerated|renewed|extended|renegotiated"
    r"|terminated|cancell?ed|rescinded|revoked|scrapped|ended[ ]++early|cut[ ]++short|quashed|overturned|lifted"
    r"|commuted|bought[ ]++out|died)(?![\w-])"
)


# Lead session 23: a length told in the present perfect runs to the time of writing ("has made rope for 21
# years at the site it bought in 1995"): it is not the span between two of the sentence's dates.
_PERFECT_LENGTH_BEFORE: Final = re.compile(r"(?i)(?<![\w'-])(?:has|have)[ ]++(?:been[ ]++)?(?:[a-z]++[ ]++){1,3}$")
# Lead session 23: the date of a crime told as a noun's modifier ("serving six years for a fraud committed in
# 1980") dates the crime, not the start of the term served for it.
_CRIME_DATED_BEFORE: Final = re.compile(r"(?i)(?<![\w-])(?:committed|perpetrated)[ ]++(?:in|on)[ ]++$")


def _not_the_span(text: str, sentence_start: int, length_start: int, length_end: int, relation: str,
                  start: _Candidate, end: _Candidate, too_long: bool, now: datetime.date | None,
                  stated: tuple[float, float, float]) -> bool:
    """Whether a length that misfits the dates ``start`` and ``end`` of its sentence measures something else (lead,
    session 23; the three rules that measure a length between two dates ask it): a length in the present perfect
    ("has made rope for 21 years"), measured to now, when it fits the span from the later date to ``now`` (the
    reference date; ``stated`` is the length's least and most days and the slack); a fixed term longer than the dates whose later date's clause
    (the 60 characters before it, after the length) tells an early end or a renewal ("jailed for 12 years in 2001
    and released on licence in 2008"); or a start date that dates a crime ("for a fraud committed in 1980")."""
    window = max(sentence_start, length_start - 40)
    low, high, slack = stated
    return (relation == "for" and now is not None and end.earliest is not None and end.latest is not None
            and (now - end.latest).days - slack <= high and low <= (now - end.earliest).days + slack
            and _PERFECT_LENGTH_BEFORE.search(text, window, length_start) is not None
            or too_long and length_end <= end.start and _TERM_LENGTH_BEFORE.search(text, window, length_start) is not None
            and _TERM_ENDED_EARLY.search(text, max(length_end, end.start - 60), end.start) is not None
            or _CRIME_DATED_BEFORE.search(text, max(0, start.start - 16), start.start) is not None)


def _endpoint_spans(context: _Context) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    candidates = context.candidates
    starts: list[int] | None = None  # the candidates' starts (sorted), built when first needed
    sentence_dated: dict[int, list[_Candidate]] = {}
    for quantity in context.candidates:
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.unit not in ("year", "decade", "month", "week", "day")
                or quantity.relation not in ("plain", "for", "adjective")):
            continue
        sentence_start, sentence_end = context.sentence(quantity.start)
        if _D24_INTO_LATER.match(text, quantity.end) is not None:
            continue  # Round duration24: "quit in March 2014, 14 months into her third term": a later stretch's length
        own_noun = None
        if quantity.relation == "adjective":
            # "His 13-year career began in ... and ended in ...", "The 62-month inquiry, which opened in":
            # the length of a definite noun, the subject, whose own start and end are dated.
            own_noun = _ADJECTIVE_LENGTH_NOUN.match(text, quantity.end, min(sentence_end, quantity.end + 40))
            if own_noun is None or _DEFINITE_LENGTH_BEFORE.search(text, max(sentence_start, quantity.start - 12), quantity.start) is None:
                continue
        elif (_SPAN_LENGTH_BEFORE.search(text, max(sentence_start, quantity.start - 24), quantity.start) is None
                and _SPAN_LENGTH_AFTER.match(text, quantity.end, min(sentence_end, quantity.end + 16)) is None
                and not text[quantity.start:quantity.start + 4].lower().startswith("for ")):
            continue
        if starts is None:
            starts = [candidate.start for candidate in candidates]
        # The candidates are sorted by start: the sentence's are one slice of them.  The quantity,
        # a duration, is never among them, so they are the sentence's own (found once per sentence).
        dated = sentence_dated.get(sentence_start)
        if dated is None:
            dated = sentence_dated[sentence_start] = [
                candidate for candidate in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                if candidate is not quantity
                and candidate.kind not in ("weekday", "duration") and not (candidate.quantity is not None and not candidate.absolute)]
        if (len(dated) == 1 and _SPAN_PRONOUN_OPENING.match(text, sentence_start, dated[0].start) is not None
                and _span_end_role(text, sentence_start, dated[0]) == "end"):
            # "He walked free on 29 April 1990 after 22 years behind bars": a subject that refers back
            # to the sentence before, whose only date starts the span ("was jailed on 22 October 1980").
            # Only the last two such dates before the sentence are read: found walking back from it.
            earlier: list[_Candidate] = []
            for index in range(bisect.bisect_right(starts, sentence_start) - 1, -1, -1):
                candidate = candidates[index]
                if (candidate.end <= sentence_start and candidate.kind not in ("weekday", "duration")
                        and not (candidate.quantity is not None and not candidate.absolute)):
                    earlier.insert(0, candidate)
                    if len(earlier) == 2:
                        break
            if earlier and sentence_start - earlier[-1].end <= 1500:
                previous_start, previous_end = context.sentence(earlier[-1].start)
                if (previous_start <= earlier[-1].start and (len(earlier) < 2 or earlier[-2].start < previous_start)
                        and _span_end_role(text, previous_start, earlier[-1]) == "start"):
                    dated = [earlier[-1], dated[0]]
        if len(dated) != 2 or any(not candidate.absolute or candidate.kind == "range" or candidate.since for candidate in dated):
            continue
        first, second = dated
        roles = (_span_end_role(text, sentence_start if first.start >= sentence_start else context.sentence(first.start)[0], first),
                 _span_end_role(text, max(first.end, sentence_start), second))
        if set(roles) != {"start", "end"}:
            continue
        start, end = (first, second) if roles[0] == "start" else (second, first)
        if (quantity.end <= first.start and _SPAN_RELATIVE.search(text, quantity.end, first.start) is not None
                and (own_noun is None or _SPAN_RELATIVE.search(text, own_noun.end(), first.start) is not None)):
            continue  # "worked for 10 years at the mill, which opened in 1950 and closed in 1990": another thing's span
        if _SCOPE_FUTURE.search(text, sentence_start, sentence_end) is not None:
            continue
        assert start.earliest and start.latest and end.earliest and end.latest
        shortest = max(0, (end.earliest - start.latest).days)
        longest = (end.latest - start.earliest).days
        if longest < 0:
            continue  # the order rules speak for dates in the wrong order
        low, high = quantity.quantity
        unit = _UNIT_DAYS[quantity.unit]
        stated_low, stated_high = low * unit, high * unit
        approximate = _SPAN_APPROXIMATE.search(text, max(sentence_start, quantity.start - 16), quantity.start)
        if approximate is not None:
            stated_low, stated_high = stated_low * 0.75, stated_high * 1.25
        slack = {"year": 400, "decade": 800, "month": 35, "week": 8, "day": 2}[quantity.unit]
        if (stated_high + slack < shortest or stated_low - slack > longest) and _not_the_span(
                text, sentence_start, quantity.start, quantity.end, quantity.relation, start, end, stated_low - slack > longest,
                context.reference, (stated_low, stated_high, slack)):
            continue
        if stated_high + slack < shortest or stated_low - slack > longest:
            measured = (f"the dates span {shortest // 365} to {longest // 365} years" if quantity.unit in ("year", "decade")
                        else f"the dates span {shortest} to {longest} days")
            conflicts.append(DateConflict(
                "duration_arithmetic",
                tuple(sorted(((quantity.start, quantity.end), (start.start, start.end), (end.start, end.end)))),
                f"\"{text[quantity.start:quantity.end]}\" does not fit the span from \"{text[start.start:start.end]}\" "
                f"to \"{text[end.start:end.end]}\": {measured}",
            ))
    return conflicts


# ---------------------------------------------------------------------------
# Round 10: ages at dated events measured from a birth anywhere near (generic age arithmetic), and
# a length that separates a dated clause from a dated "after"/"before" clause.

# "born", "birth" and what may stand between it and its own date: "born in Kraków on", "(born".
_BIRTH_WORD: Final = re.compile(r"(?<![\w-])(?:[Bb]orn|[Bb]irth)(?![\w-])")
# A relative's birth is not the subject's: "her father, born in 1920", "whose son was born in".
_KIN_NOUNS: Final = (r"(?:father|mother|son|daughter|wife|husband|brother|sister|parents?|grand(?:father|mother|son|daughter|child)"
                     r"|child|children|baby|uncle|aunt|nephew|niece|cousin|partner|twin|sibling)s?")
_KIN_BEFORE: Final = re.compile(r"(?<![\w-])" + _KIN_NOUNS + r"(?:['\u2019]s?)?(?![\w-])", re.IGNORECASE)
# Another person's birth told beside an age: "The five-year-old twins, whose father was born on 3 May 1950" (the
# twins' age says nothing about their father's birth; "The five-year-old twins, born on ..." is theirs).
_OTHERS_BIRTH: Final = re.compile(
    r"(?<![\w-])(?:whose|his|her|their|its)[ ]++(?:(?:late|own|eldest|youngest|elder|older|younger)[ ]++)?"
    + _KIN_NOUNS + r"(?:[ ]++(?:was|were|had[ ]++been))?[ ]++born(?:[ ]++(?:on|in))?[ ]*+$", re.IGNORECASE)


def _others_birth(text: str, sentence_start: int, born_start: int) -> bool:
    """The birth dated at ``born_start`` is told of a relative named by a possessive, right before it."""
    return _OTHERS_BIRTH.search(text, max(sentence_start, born_start - 70), born_start) is not None


_AND_KIN: Final = re.compile(
    r"(?<![\w-])and[ ]++(?:his|her|their)[ ]++(?:father|mother|son|daughter|wife|husband|brother|sister|twin|partner)(?![\w-])")
# An age told with "when": "was 32 when she died", "at 24 when she was elected", "was only 17 years old when".
_AGE_WHEN: Final = re.compile(
    r"(?<![\w-])(?:(?:was|were)[ ]++(?:(?:only|just|barely|still|already|aged)[ ]++)?|[Aa]t[ ]++(?:the[ ]++age[ ]++of[ ]++|age[ ]++)?)"
    r"(?P<age>[1-9][0-9]?)(?:[ ]++years?[ ]++old)?,?[ ]++when(?![\w-])")
# Round duration23: an age told as a noun with "when": "was a 40-year-old when he first played for the club, on".
_D23_AGE_NOUN_WHEN: Final = re.compile(
    r"(?<![\w-])(?:was|were)[ ]++(?:(?:only|just|barely|still|already)[ ]++)?an?[ ]++(?P<age>[1-9][0-9]?)-year-old,?[ ]++when(?![\w-])")
# Round duration23: an age reached on a date: "turned 33 on 16 December 1988" (the date right after it).
_D23_TURNED_ON: Final = re.compile(r"(?<![\w-])turned[ ]++(?P<age>[1-9][0-9]?)[ ]++(?:on|in)[ ]++(?:the[ ]++)?")
# Round duration23: a birth date given as such: "gives his date of birth as 21 August 1916", "her date of birth is".
_D23_BIRTH_AS: Final = re.compile(r"(?<![\w-])date[ ]++of[ ]++birth[ ]++(?:as|is|was)[ ]++(?:the[ ]++)?$")
# Round order17: an age in months told with "when": "the cub was 2 months old when she went on show on".
_O17_AGE_MONTHS_WHEN: Final = re.compile(
    r"(?<![\w-])(?:was|were)[ ]++(?:(?:only|just|barely|still|already|aged)[ ]++)?"
    r"(?P<age>[1-9][0-9]?)[ ]++months?[ ]++old,?[ ]++when(?![\w-])")
# An age set off before its clause: "At 31, Morgan became the youngest mayor when she was elected in 2008".
_AGE_AT_COMMA: Final = re.compile(r"(?<![\w-])[Aa]t[ ]++(?:the[ ]++age[ ]++of[ ]++|age[ ]++)?(?P<age>[1-9][0-9]?|1[01][0-9]),[ ]")
# An age after its event's date: "died on 6 February 2001, aged 78", "won in 1982 at the age of 12".
_AGE_AFTER_DATE: Final = re.compile(
    r"[ ]*+,?[ ]*+(?:(?:aged|at[ ]++the[ ]++age[ ]++of|at[ ]++age)[ ]++(?P<age>[1-9][0-9]?)(?![0-9])"
    r"|as[ ]++an?[ ]++(?P<noun>[1-9][0-9]?)-year-old(?![\w-]))")
# The event's date just before an adjectival age: "In 1978 the 14-year-old", "in 2005, the 41-year-old".
_DATE_THEN_AGE: Final = re.compile(r",?[ ]++(?:the|a|an)[ ]++")
_AGE_CUES: Final = ("born", "Born", "birth")


def _births(context: _Context) -> list[_Candidate]:
    """Dates of births told as such ("born in Kraków on 6 July 1935", "(born January 5, 1958)"),
    not a relative's ("her father, born in 1920")."""
    text = context.text
    births: list[_Candidate] = []
    and_kin: dict[int, bool] = {}  # per sentence start: searched once per sentence
    for candidate in context.candidates:
        if not candidate.absolute or candidate.kind == "range" or candidate.since or candidate.granularity == "decade":
            continue
        word = None
        for word in _BIRTH_WORD.finditer(text, max(0, candidate.start - 40), candidate.start):
            pass
        if word is None or (_BORN_GAP.fullmatch(text, word.end(), candidate.start) is None
                            and _D23_BIRTH_AS.search(text, max(0, candidate.start - 40), candidate.start) is None):
            continue
        sentence_start = context.sentence(candidate.start)[0]
        if _KIN_BEFORE.search(text, max(sentence_start, word.start() - 40), word.start()) is not None:
            continue
        if sentence_start not in and_kin:
            and_kin[sentence_start] = _AND_KIN.search(text, sentence_start, context.sentence(candidate.start)[1]) is not None
        if and_kin[sentence_start]:
            continue  # "born in 1950 and her husband Ole in 1944": two births in one sentence
        births.append(candidate)
    return births


def _birth_for(context: _Context, births: list[_Candidate], position: int, event: _Candidate,
               birth_starts: list[int] | None = None) -> _Candidate | None:
    """The one birth told in the sentence of ``position``, else in the next sentence, else in the
    one or two before it (a person's birth is told once, next to what is told about them).

    ``birth_starts``, the births' starts (sorted, as the births are), finds the births of a window
    by bisection."""
    if birth_starts is None:
        birth_starts = [birth.start for birth in births]
    sentence_start, sentence_end = context.sentence(position)
    windows = [(sentence_start, sentence_end)]
    if sentence_end < len(context.text):
        windows.append(context.sentence(sentence_end))
    previous_end = sentence_start
    for _ in range(2):
        if previous_end <= 0:
            break
        window = context.sentence(previous_end - 1)
        windows.append(window)
        previous_end = window[0]
    for low, high in windows:
        found = [birth for birth in births[bisect.bisect_left(birth_starts, low):bisect.bisect_left(birth_starts, high)]
                 if birth is not event]
        if len({(birth.earliest, birth.latest) for birth in found}) == 1:
            return found[0]
        if found:
            return None  # two births: whose is it?
    # Further away: the article's only birth (within about 3,000 characters), told of a subject that
    # refers back ("He was born in Kraków on ...") or of a name of the age's own sentence.
    found = [birth for birth in births[bisect.bisect_left(birth_starts, position - 3000):bisect.bisect_right(birth_starts, position + 3000)]
             if birth is not event]
    if len({(birth.earliest, birth.latest) for birth in found}) != 1 or len(births) != len(found):
        return None
    birth = found[0]
    birth_start = context.sentence(birth.start)[0]
    if _SPAN_PRONOUN_OPENING.match(context.text, birth_start, birth.start) is not None:
        return birth
    names = _sentence_names(context.text, birth_start, birth.start, -1)
    if names and names & _sentence_names(context.text, sentence_start, sentence_end, -1):
        return birth
    return None


def _anchored_finditer(text: str, pattern: re.Pattern[str], anchor: str, runs: int, digit_before: bool = False) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match ends at an occurrence of ``anchor``
    (with at most one more character read after it) and starts within the ``runs`` space-separated
    runs before it: searched only there, the occurrences found by a substring search in C instead
    of the pattern tried at every position of the text.  ``digit_before``: only occurrences right
    after an ASCII digit can end a match.  A match ends at one occurrence, so each is searched from
    the end of the match before it; the same matches, in the same order."""
    done = 0
    position = text.find(anchor)
    while position != -1:
        if not digit_before or (position > 0 and "0" <= text[position - 1] <= "9"):
            start = position
            for _ in range(runs):
                while start > 0 and text[start - 1] == " ":
                    start -= 1
                start = text.rfind(" ", 0, start) + 1
                if start == 0:
                    break
            for match in pattern.finditer(text, max(start, done), min(len(text), position + len(anchor) + 1)):
                yield match
                done = match.end()
        position = text.find(anchor, position + 1)


_D24_BIRTH_SET_OFF: Final = re.compile(r",[ ]++(?P<verb>[a-z]++)(?![\w-])")
_D24_PAST_VERB: Final = re.compile(r"(?:[a-z]{2,}ed|became|won|took|made|set|rose|ran|became|went|came|beat|broke|led|got|gave|held)")


def _d24_after_birth(context: _Context, starts: list[int], birth: _Candidate, sentence_end: int) -> _Candidate | None:
    """The date after a birth set off as an apposition ("At 24, X, born on D1, became ... on D2"): the first
    dated candidate of the sentence after it, when the apposition closes with a comma and a past verb follows."""
    text = context.text
    closing = _D24_BIRTH_SET_OFF.match(text, birth.end)
    if closing is None or _D24_PAST_VERB.fullmatch(closing.group("verb")) is None:
        return None
    event = _d24_next_dated(context, starts, closing.end(), 160)
    if (event is None or event.start >= sentence_end or _BORN_BEFORE.search(text, max(0, event.start - 25), event.start) is not None
            or _D24_MADE_BEFORE.search(text, max(0, event.start - 40), event.start) is not None):
        return None  # "joined the club, founded in 1990": the making of something else
    return event


def _stated_ages(context: _Context) -> list[DateConflict]:
    """An age stated at a dated event ("was 32 when she died in 1980", "died on 6 February 2001,
    aged 78", "In 1978 the 14-year-old ...") must be the years from the birth told in the same
    sentence or the next or previous ones to that event's date."""
    text = context.text
    if not any(cue in text for cue in _AGE_CUES):
        return []
    births = _births(context)
    if not births:
        return []
    birth_starts = [birth.start for birth in births]
    birth_ids = {id(birth) for birth in births}
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    statements: list[tuple[int, int, int, _Candidate]] = []  # (age start, age end, age, event)
    in_months: set[int] = set()  # the age starts told in months
    # "was 32 when" (at most seven runs before "when"), "At 31, " (at most five before the comma).
    for match in itertools.chain(_anchored_finditer(text, _AGE_WHEN, " when", 8),
                                 _anchored_finditer(text, _O17_AGE_MONTHS_WHEN, " when", 8),
                                 _anchored_finditer(text, _AGE_AT_COMMA, ", ", 6, digit_before=True),
                                 _anchored_finditer(text, _D23_AGE_NOUN_WHEN, " when", 8)):
        sentence_end = context.sentence(match.start())[1]
        # The candidates are sorted by start: the first after the match is found by bisection.
        event = next((other for other in map(candidates.__getitem__, range(bisect.bisect_right(starts, match.end()), len(candidates)))
                      if other.absolute and other.kind != "range" and not other.since), None)
        if event is not None and match.re is _AGE_AT_COMMA and id(event) in birth_ids:
            # Round duration24: "At 24, Winifred Trevelyan, born on 7 October 1943, became the youngest member ...
            # when she took her seat on 9 September 1978": the subject's birth set off in the apposition, the
            # age's event is the date told after it in a past clause.
            event = _d24_after_birth(context, starts, event, sentence_end)
            limit = 300
        else:
            limit = 140
        if (event is None or event.start >= sentence_end or event.start - match.end() > limit
                or ";" in text[match.end():event.start] or _r21_frame_search(text, match.end(), event.start)
                # "who died on ... at the age of 65, was born on ...": the date after the comma is
                # the birth, so the age belongs to the date before it (_AGE_AFTER_DATE).
                or id(event) in birth_ids
                # Round duration23: "Her son was a 5-year-old when": the age is a relative's.
                or match.re is _D23_AGE_NOUN_WHEN and _KIN_BEFORE.search(
                    text, max(context.sentence(match.start())[0], match.start() - 40), match.start()) is not None):
            continue
        if match.re is _O17_AGE_MONTHS_WHEN:
            in_months.add(match.start("age"))
        statements.append((match.start("age"), match.end("age"), int(match.group("age")), event))
    # Round duration23: "turned 33 on 16 December 1988": the age reached on the date right after it.
    position = text.find("turned ")
    while position != -1:
        match = _D23_TURNED_ON.match(text, position)
        position = text.find("turned ", position + 1)
        if match is None:
            continue
        index = bisect.bisect_left(starts, match.end())
        event = candidates[index] if index < len(candidates) else None
        if (event is not None and event.start == match.end() and event.absolute and event.kind != "range"
                and not event.since and id(event) not in birth_ids
                and _KIN_BEFORE.search(text, max(context.sentence(match.start())[0], match.start() - 40), match.start()) is None):
            statements.append((match.start("age"), match.end("age"), int(match.group("age")), event))
    for index, event in enumerate(candidates):
        if not event.absolute or event.kind == "range" or event.since:
            continue
        sentence_start, sentence_end = context.sentence(event.start)
        after = _AGE_AFTER_DATE.match(text, event.end, min(sentence_end, event.end + 40))
        if after is not None:
            group = "age" if after.group("age") else "noun"
            statements.append((after.start(group), after.end(group), int(after.group(group)), event))
            continue
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if (following is not None and following.kind == "age" and following.relation == "age"
                and following.quantity is not None and text[following.start:following.end].endswith("-old")
                and following.start - event.end <= 12 and _DATE_THEN_AGE.fullmatch(text, event.end, following.start)):
            statements.append((following.start, following.end, following.quantity[0], event))
    conflicts: list[DateConflict] = []
    seen: set[int] = set()
    for age_start, age_end, stated, event in statements:
        if age_start in seen:
            continue
        seen.add(age_start)
        born = _birth_for(context, births, age_start, event, birth_starts)
        if born is None or born is event:
            continue
        assert born.earliest and born.latest and event.earliest and event.latest
        if age_start in in_months:
            # Round order17: whole months from the birth to the event, one either way.
            youngest = (event.earliest.year - born.latest.year) * 12 + event.earliest.month - born.latest.month - 1
            oldest = (event.latest.year - born.earliest.year) * 12 + event.latest.month - born.earliest.month
            if youngest < 0 or youngest - 1 <= stated <= oldest + 1:
                continue
            spans = sorted(((born.start, born.end), (age_start, age_end), (event.start, event.end)))
            conflicts.append(DateConflict(
                "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
                f"an age of {stated} months at {_describe(event, text)} does not fit a birth in {_describe(born, text)}: "
                f"{max(youngest, 0)} to {oldest} months",
            ))
            continue
        youngest = event.earliest.year - born.latest.year - 1
        oldest = event.latest.year - born.earliest.year
        if youngest < 0 or youngest - 1 <= stated <= oldest + 1:
            continue
        spans = sorted(((born.start, born.end), (age_start, age_end), (event.start, event.end)))
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"an age of {stated} at {_describe(event, text)} does not fit a birth in {_describe(born, text)}: "
            f"{max(youngest, 0)} to {oldest} years",
        ))
    return conflicts


# "closed in 1934, half a century after its first coal was raised in 1868": the length between
# the date before it and the date of the clause it governs.
_INTERVAL_LINK: Final = re.compile(r"[ ]++(?P<word>after|before|on[ ]++from|since)[ ]++")
_INTERVAL_LEAD: Final = re.compile(
    r"[ ]*+,[ ]*+(?:(?:some|nearly|almost|about|around|roughly|more[ ]than|less[ ]than|just|only|barely|fully|over)[ ]++)?$")


_SINGLE_INTERVAL: Final = re.compile(
    r"[ ]*+,[ ]*+(?:(?:some|nearly|almost|about|around|roughly|more[ ]than|less[ ]than|just|only|barely|fully|over)[ ]++)?"
    r"(?P<length>(?:a|an|one)[ ]++(?P<unit>decade|year|month|week|fortnight))(?=[ ]++(?:after|before|on[ ]++from)[ ])", re.IGNORECASE)


def _interval_clauses(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    triples: list[tuple[_Candidate, _Candidate, _Candidate]] = []
    for index, quantity in enumerate(candidates):
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.relation != "plain"
                or quantity.unit not in ("year", "decade", "month", "week", "day")
                or quantity.quantity[0] != quantity.quantity[1] or index == 0 or index + 1 >= len(candidates)):
            continue
        triples.append((candidates[index - 1], quantity, candidates[index + 1]))
    if ", a" in text or ", one" in text:
        # Round 11: one unit with an article ("in 2004, a decade after ... in 1981"), which the
        # extraction leaves alone (it is too common to be a temporal expression by itself).
        for index in range(len(candidates) - 1):
            previous, pinned = candidates[index], candidates[index + 1]
            single = _SINGLE_INTERVAL.match(text, previous.end, min(pinned.start, previous.end + 40))
            if single is None:
                continue
            quantity = _Candidate(single.start("length"), single.end("length"), "duration")
            unit = single.group("unit").lower()
            quantity.quantity = (2, 2) if unit == "fortnight" else (1, 1)
            quantity.unit = "week" if unit == "fortnight" else unit
            quantity.relation = "plain"
            triples.append((previous, quantity, pinned))
    for previous, quantity, pinned in triples:
        assert quantity.quantity is not None
        link = _INTERVAL_LINK.match(text, quantity.end, quantity.end + 12)
        if (link is None or any(not other.absolute or other.kind == "range" or other.since for other in (previous, pinned))
                or quantity.start - previous.end > 24 or pinned.start - link.end() > 70):
            continue
        lead = _INTERVAL_LEAD.search(text, previous.end, quantity.start)
        sentence_start, sentence_end = context.sentence(quantity.start)
        if (lead is None or lead.start() != previous.end or previous.start < sentence_start or pinned.start >= sentence_end
                or re.search(r"[;:()\u2013\u2014]", text[link.end():pinned.start]) is not None
                or _SCOPE_FUTURE.search(text, link.end(), pinned.start) is not None):
            continue
        earlier, later = (pinned, previous) if link.group("word") != "before" else (previous, pinned)
        assert earlier.earliest and earlier.latest and later.earliest and later.latest
        approximate = lead.group(0).strip(" ,") != "" or text[quantity.start:quantity.end].lower().startswith("half")
        if quantity.unit in ("year", "decade"):
            stated = quantity.quantity[0] * (10 if quantity.unit == "decade" else 1)
            shortest, longest = _years_apart(earlier, later)
            tolerance = max(1, stated // 8) if approximate else 1
            unit_name = "years"
        else:
            stated = quantity.quantity[0] * _UNIT_DAYS[quantity.unit]
            shortest, longest = (later.earliest - earlier.latest).days, (later.latest - earlier.earliest).days
            tolerance = {"day": 1, "week": 3, "month": 16}[quantity.unit] + (stated // 4 if approximate else 0)
            unit_name = "days"
        if shortest - tolerance <= stated <= longest + tolerance:
            continue
        spans = sorted(((previous.start, previous.end), (quantity.start, quantity.end), (pinned.start, pinned.end)))
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"\"{text[quantity.start:quantity.end]} {link.group('word')}\" does not fit \"{text[previous.start:previous.end]}\" "
            f"and \"{text[pinned.start:pinned.end]}\": {max(shortest, 0)} to {longest} {unit_name} apart",
        ))
    return conflicts


# A sports season is a year of play: "coached Rovers for four seasons, from 1979 to 1983".  Checked
# from the (rare) year ranges, so that "seasons" costs no search of its own.
_SEASONS_BEFORE: Final = re.compile(
    r"(?<![\w-])(?P<count>[0-9]{1,2}|" + "|".join(sorted(_ONES, key=len, reverse=True)) + r"|twenty)[ ]++seasons[ ]*+,?[ ]*+$",
    re.IGNORECASE,
)


def _season_counts(context: _Context) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    for other in context.candidates:
        if other.kind != "range" or other.granularity != "year" or other.earliest is None or other.latest is None:
            continue
        count = _SEASONS_BEFORE.search(text, max(0, other.start - 40), other.start)
        if count is None:
            continue
        word = count.group("count").lower()
        stated = int(word) if word.isdecimal() else _ONES.get(word, 20)
        years = other.latest.year - other.earliest.year + 1
        # "four seasons" of play span four or five calendar years ("1979-80" to "1982-83").
        if stated <= years <= stated + 1:
            continue
        conflicts.append(DateConflict(
            "duration_arithmetic", ((count.start(), count.start() + len(count.group(0).rstrip(" ,"))), (other.start, other.end)),
            f"\"{count.group(0).rstrip(' ,')}\" does not fit \"{text[other.start:other.end]}\": the dates given span {years} calendar years",
        ))
    return conflicts


# "declared on Jan. 22, two days after polling on Jan. 5": a length between the date before and the one after.
_OFFSET_AFTER: Final = re.compile(r"[ ]++(?P<word>after|before|later[ ]++than|earlier[ ]++than)(?!\w)")
# "fled in 2005 and returned in 2008 after a decade in exile": a length ending at the second of two dates.
_LENGTH_LINK: Final = re.compile(r"[ ,]++(?:and|before|then|but)[ ]++(?:[a-z]++[ ]++){0,6}?(?:in|on)[ ]++(?:the[ ]++)?")


_YEARS_OR_DATES: Final = ("date", "year", "month_year")


def _stated_offsets(context: _Context, plain: list[int]) -> list[DateConflict]:
    """``plain``: indices of the plain durations ("two days") among the candidates."""
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    for index in plain:
        quantity = candidates[index]
        if quantity.kind != "duration":
            continue
        if quantity.quantity is None or quantity.quantity[0] != quantity.quantity[1] or not 0 < index < len(candidates) - 1:
            continue
        link = _OFFSET_AFTER.match(text, quantity.end, min(len(text), quantity.end + 16))
        if link is None:
            continue
        sentence_start, sentence_end = context.sentence(quantity.start)
        main, other = candidates[index - 1], candidates[index + 1]
        if (main.start < sentence_start or other.start >= sentence_end or main.kind not in _YEARS_OR_DATES
                or other.kind not in _YEARS_OR_DATES
                or quantity.start - main.end > 12 or len(text[link.end():other.start].split()) > 4
                or main.earliest is None or other.earliest is None):
            continue
        main_day = main.earliest
        if not main.year_explicit:
            # Round order16: "reached them on July 30, 115 days after the roof fall of April 19, 1996":
            # the yearless day before takes the year that brings it closest to the full date after it.
            if (main.kind != "date" or other.kind != "date" or not other.year_explicit or main.month is None
                    or main.day is None or other.granularity != "day"):
                continue
            options = [day for year in (other.earliest.year - 1, other.earliest.year, other.earliest.year + 1)
                       if (day := _safe_date(year, main.month, main.day)) is not None]
            if not options:
                continue
            main_day = min(options, key=lambda day: abs((day - other.earliest).days))  # type: ignore[operator]
        later = link.group("word").startswith(("after", "later"))
        if main.kind != "date" or other.kind != "date":
            # "collapsed in 1990, 10 years after it was founded in 1950": counted in calendar years.
            if quantity.unit not in ("year", "decade") or not other.year_explicit or other.since or main.since:
                continue
            stated = quantity.quantity[0] * (10 if quantity.unit == "decade" else 1)
            shortest, longest = _years_apart(other, main) if later else _years_apart(main, other)
            slack = 2 if quantity.unit == "decade" else 1
            if shortest - slack <= stated <= longest + slack:
                continue
            conflicts.append(DateConflict(
                "duration_arithmetic", ((main.start, main.end), (quantity.start, quantity.end), (other.start, other.end)),
                f"{_describe(main, text)} is said to be {text[quantity.start:quantity.end]} {link.group('word')} "
                f"{_describe(other, text)}, but they are {shortest} to {longest} years apart",
            ))
            continue
        # A yearless date next to a full one takes the year that brings them closest.
        other_day = other.earliest
        if not other.year_explicit and other.month is not None and other.day is not None:
            options = [day for year in (main.earliest.year - 1, main.earliest.year, main.earliest.year + 1)
                       if (day := _safe_date(year, other.month, other.day)) is not None]
            if not options:
                continue
            other_day = min(options, key=lambda day: abs((day - main.earliest).days))  # type: ignore[operator]
        signed = (main_day - other_day).days if later else (other_day - main_day).days
        stated = quantity.quantity[0] * _UNIT_DAYS[quantity.unit]
        tolerance = {"day": 1, "week": 3, "month": 5, "year": 40}.get(quantity.unit, 400)
        if signed < 0 or abs(signed - stated) > tolerance:
            conflicts.append(DateConflict(
                "duration_arithmetic", ((quantity.start, quantity.end), (main.start, main.end), (other.start, other.end)),
                f"{_describe(main, text)} is said to be {text[quantity.start:quantity.end]} {link.group('word')} "
                f"{_describe(other, text)}, but they are {abs(signed)} days apart",
            ))
    for index in plain:
        length = candidates[index]
        if length.word != "after" or index < 2 or length.quantity is None or length.unit not in _UNIT_DAYS:
            continue
        length_range, unit = length.quantity, length.unit
        start = text.rfind("after", max(0, length.start - 7), length.start)
        first, second = candidates[index - 2], candidates[index - 1]
        sentence_start = context.sentence(length.start)[0]
        if (start == -1 or first.start < sentence_start or start - second.end > 12 or first.kind not in ("year", "date", "month_year")
                or second.kind not in ("year", "date", "month_year") or not (first.year_explicit and second.year_explicit)
                or first.earliest is None or second.latest is None or first.latest is None or second.earliest is None
                or _LENGTH_LINK.fullmatch(text, first.end, second.start) is None):
            continue
        if unit in ("year", "decade"):
            years = {"year": 1, "decade": 10}[unit]
            shortest = max(0, second.earliest.year - first.latest.year - 1)
            longest = second.latest.year - first.earliest.year + 1
            consistent = shortest <= length_range[1] * years and length_range[0] * years <= longest
        else:
            shortest_days = max(0, (second.earliest - first.latest).days)
            longest_days = (second.latest - first.earliest).days
            unit_days = _UNIT_DAYS[unit]
            consistent = shortest_days - unit_days <= length_range[1] * unit_days and length_range[0] * unit_days <= longest_days + unit_days
        if not consistent:
            conflicts.append(DateConflict(
                "duration_arithmetic", ((first.start, first.end), (second.start, second.end), (start, length.end)),
                f"\"{text[start:length.end]}\" does not fit the dates {_describe(first, text)} and {_describe(second, text)}",
            ))
    return conflicts


_LENGTH_THEN_RANGE: Final = re.compile(r"[ ]*+,?[ ]*+(?:(?:from|between)[ ]++)?")
_FORTNIGHT: Final = re.compile(r"(?<![\w-])[Ff]ortnight(?:-long)?(?![\w-])")
# Round duration23: "a decade" told as an exact length ("Exactly a decade after the bridge was opened on ..., it was
# closed on ..."): not an approximate one ("more than a decade", "nearly a decade", "a decade or so", "a decade and
# a half") and not a stretch inside a longer time ("for a decade after it opened", "within a decade").
_D23_A_DECADE: Final = re.compile(r"(?<![\w-])(?:[Aa]|[Oo]ne)[ ]++decade(?![\w-])(?![ ]++(?:or|and|to)(?![\w-]))")
_D23_DECADE_BLOCK: Final = re.compile(
    r"(?<![\w-])(?:for|in|within|over|during|under|some|nearly|almost|about|around|roughly|barely|than|only|just|the|first|last"
    r"|past|whole|entire)[ ]++$", re.IGNORECASE)
# Round duration23: a length set off as the subject's apposition, then the range it ran: "The regatta, a fortnight of
# racing on the River Larke, ran from 16 March to 11 May 1947".
_D23_SET_OFF_BEFORE: Final = re.compile(r",[ ]++(?:(?:an?|one)[ ]++)?$")
_D23_APPOSITION_THEN_RANGE: Final = re.compile(
    r"[ ]++of[ ]++[^,.;:!?()]{1,60},[ ]++(?:ran|lasted|went[ ]++on|(?:was|were)[ ]++(?:held|staged|run)|took[ ]++place)[ ]++")
# "worked for 10 years at the mill, which opened in 1950 and closed in 1990": the mill's dates.
_RELATIVE_PRONOUN: Final = re.compile(r"(?<!\w)(?:which|that|who|whose|where|when|while)(?!\w)")
_ACTIVITY_START: Final = re.compile(r"(?<!\w)(?:from|between|opened|began|started|launched|ran|running|joined|arrived|set[ ]+off|left)(?!\w)")


def _activity_spans(context: _Context) -> list[DateConflict]:
    """"spent four decades at the Courier, from 1989 until retiring in 1999", "the fortnight-long tour
    opened on August 2 and closed on September 24, 2007": a stated length against its start and end."""
    text = context.text
    candidates = context.candidates
    quantities: list[tuple[int, int, int, int, str]] = []  # start, end, low, high (in days or years), unit
    for candidate in candidates:
        if (candidate.quantity is not None and candidate.kind == "duration" and candidate.relation in ("plain", "adjective", "for")
                and candidate.quantity[0] == candidate.quantity[1] and candidate.unit in ("decade", "year", "week", "day")):
            count = candidate.quantity[0]
            if candidate.unit == "decade":
                quantities.append((candidate.start, candidate.end, count * 10 - 5, count * 10 + 5, "year"))
            elif candidate.unit == "year":
                quantities.append((candidate.start, candidate.end, count, count, "year"))
            else:
                unit_days = _UNIT_DAYS[candidate.unit]
                quantities.append((candidate.start, candidate.end, count * unit_days, count * unit_days, "day"))
    if "ortnight" in text:
        for match in _FORTNIGHT.finditer(text):
            quantities.append((match.start(), match.end(), 14, 14, "day"))
    if "decade" in text:
        for match in _D23_A_DECADE.finditer(text):
            if (_D23_DECADE_BLOCK.search(text, max(0, match.start() - 12), match.start()) is None
                    and not any(start < match.end() and match.start() < end for start, end, _, _, _ in quantities)):
                quantities.append((match.start(), match.end(), 5, 15, "year"))
    conflicts: list[DateConflict] = []
    if not quantities:
        return conflicts
    starts = [candidate.start for candidate in candidates]
    for start, end, low, high, unit in quantities:
        sentence_start, sentence_end = context.sentence(start)
        index = bisect.bisect_left(starts, end)
        following = [other for other in candidates[index:index + 2] if other.start < min(sentence_end, end + 160)]
        if (following and following[0].kind == "range" and unit == "day" and following[0].granularity == "day"
                and following[0].earliest is not None and following[0].latest is not None
                and (_LENGTH_THEN_RANGE.fullmatch(text, end, following[0].start) is not None
                     or _D23_APPOSITION_THEN_RANGE.fullmatch(text, end, following[0].start) is not None
                     and _D23_SET_OFF_BEFORE.search(text, max(0, start - 8), start) is not None)):
            # "Talks lasted a fortnight, from March 12 to April 28, 1999": the range is the length.
            span = following[0]
            assert span.earliest and span.latest
            days = (span.latest - span.earliest).days + 1
            if not low - 3 <= days <= high + 3:
                conflicts.append(DateConflict(
                    "duration_arithmetic", tuple(sorted(((start, end), (span.start, span.end)))),  # type: ignore[arg-type]
                    f"\"{text[start:end]}\" does not fit {text[span.start:span.end]}: {days} days",
                ))
            continue
        if len(following) != 2:
            continue
        first, second = following
        if (first.kind not in ("date", "year", "month_year") or second.kind not in ("date", "year", "month_year")
                or first.since or second.since or first.earliest is None or second.latest is None or not second.year_explicit):
            continue
        if _IMPLIED_RANGE_GAP.fullmatch(text, first.end, second.start) is None:
            continue
        # The future words include "until", which here links the start to the end.
        if (_ACTIVITY_START.search(text, end, first.start) is None
                or _RELATIVE_PRONOUN.search(text, end, first.start) is not None
                or _r21_frame_search(text, max(sentence_start, start - 150), first.start)
                or _r21_frame_search(text, second.end, min(sentence_end, second.end + 150))):
            continue
        first_earliest, first_latest = first.earliest, first.latest
        if not first.year_explicit:
            # "opened on August 2 and closed on September 24, 2007": the end's year carries back.
            if first.month is None or first.day is None or second.month is None or second.year is None:
                continue
            year = second.year if (first.month, first.day) <= (second.month, second.day or 31) else second.year - 1
            moved = _safe_date(year, first.month, first.day)
            if moved is None:
                continue
            first_earliest = first_latest = moved
        assert first_latest is not None and second.earliest is not None
        if unit == "day":
            if first.granularity != "day" or second.granularity != "day":
                continue
            shortest = longest = (second.earliest - first_earliest).days + 1
            tolerance = 1 if high < 7 else 3
        else:
            shortest, longest = second.earliest.year - first_latest.year, second.latest.year - first_earliest.year + 1
            tolerance = 1
        if shortest <= 0 or low - tolerance <= longest and shortest <= high + tolerance:
            continue
        spans = sorted(((start, end), (first.start, first.end), (second.start, second.end)))
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"\"{text[start:end]}\" does not fit the start {text[first.start:first.end]} and end "
            f"{text[second.start:second.end]}: {shortest} to {longest} {unit}s",
        ))
    return conflicts


_NAMED_ANNIVERSARIES: Final[dict[str, int]] = {
    "silver": 25, "pearl": 30, "coral": 35, "ruby": 40, "sapphire": 45, "golden": 50, "gold": 50, "emerald": 55,
    "diamond": 60, "platinum": 70,
}
# A milestone reached now: "celebrated their golden wedding anniversary last month", "marked half a
# century this year", "celebrated a 100th birthday last week", "who turns 79 next month".
_MILESTONE: Final = re.compile(
    # The verb starts with a character class so that the engine skips to candidates in C.
    r"(?P<verb>[mctr](?<=(?<!\w)[mctr])(?:(?<=m)ark(?:ed|s|ing)|(?<=c)elebrat(?:ed|es|ing)|(?<=t)urn(?:ed|s|ing)|(?<=r)each(?:ed|es)))[ ]+"
    r"(?:(?:its|their|his|her|a|an|the)[ ]+)?"
    r"(?:(?P<named>silver|pearl|coral|ruby|sapphire|golden|gold|emerald|diamond|platinum)[ ]+(?:wedding[ ]+)?(?:anniversary|jubilee)"
    r"|(?P<ordinal>[0-9]{1,3})(?:st|nd|rd|th)[ ]+birthday"
    r"|(?P<half>half[ ]+a[ ]+century)|(?P<quarter>a[ ]+quarter[ ]+(?:of[ ]+a[ ]+)?century)"
    r"|(?P<century>(?:bi|ter|tri)?cent(?:enary|ennial))"
    r"|(?P<age>[1-9][0-9]?|1[01][0-9])(?![0-9%.,]|[ ]+(?:per|percent|years|days|weeks|months|million|billion|points|goals)))(?![\w-])"
)
# "turned 5 this year": an institution's milestone, checked against its founding (a literal-led search).
_TURNED_NUMBER: Final = re.compile(r"turn(?:ed|s)?[ ]+[0-9]")
_RECENT_CUE: Final = re.compile(
    r"(?<!\w)(?:this[ ]+(?:year|month|week|weekend)|last[ ]+(?:week|month|weekend)|earlier[ ]+this[ ]+(?:year|month)"
    r"|next[ ]+(?:week|month)|today|now|recently)(?!\w)"
)


def _milestone_matches(text: str) -> list[re.Match[str]]:
    """``_MILESTONE.finditer(text)``, tried only next to its rare nouns and at each "turn".

    Every match ends in one of the nouns (at most 40 characters after its verb) or starts
    with "turn"; so searching 50 characters before each noun and matching at each "turn"
    finds the same matches, with a substring search in C instead of a scan of the text.
    """
    found: dict[int, re.Match[str]] = {}
    for noun in ("anniversar", "jubilee", "century", "birthday", "centen"):
        position = text.find(noun)
        while position != -1:
            match = _MILESTONE.search(text, max(0, position - 50), min(len(text), position + len(noun) + 4))
            while match is not None:
                found.setdefault(match.start(), match)
                match = _MILESTONE.search(text, match.end(), min(len(text), position + len(noun) + 4))
            position = text.find(noun, position + 1)
    position = text.find("turn")
    while position != -1:
        match = _MILESTONE.match(text, position)
        if match is not None:
            found.setdefault(match.start(), match)
        position = text.find("turn", position + 1)
    return [found[start] for start in sorted(found)]


def _milestones(context: _Context) -> list[DateConflict]:
    reference = _reference_floor(context)  # round anchor17: the floor on now, as in _durations
    text = context.text
    # Cheap substring tests first: a personal milestone needs a birth date, the others their noun.
    if reference is None or not (
            "anniversar" in text or "jubilee" in text or "century" in text or "centen" in text
            or "born" in text and ("turn" in text or "birthday" in text)
            or _TURNED_NUMBER.search(text) is not None):
        return []
    conflicts: list[DateConflict] = []
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    # An inferred reference (the article's latest date) only bounds publication from below.
    slack = 2 if context.inferred else 0
    born_by_name: dict[str, list[_Candidate]] | None = None
    cues: dict[int, tuple[bool, bool]] = {}
    for match in _milestone_matches(text):
        sentence_start, sentence_end = context.sentence(match.start())
        verb = match.group("verb")
        present = verb.endswith("s")
        if sentence_start not in cues:
            cues[sentence_start] = (_RECENT_CUE.search(text, sentence_start, sentence_end) is not None,
                                    _r21_frame_search(text, sentence_start, sentence_end) is not None)
        recent, future = cues[sentence_start]
        if not verb.startswith("turn") and future:
            continue
        if match.group("named"):
            stated, personal = _NAMED_ANNIVERSARIES[match.group("named")], False
        elif match.group("half"):
            stated, personal = 50, False
        elif match.group("quarter"):
            stated, personal = 25, False
        elif match.group("century"):
            stated, personal = {"bi": 200, "te": 300, "tr": 300}.get(match.group("century")[:2], 100), False
        elif match.group("ordinal"):
            stated, personal = int(match.group("ordinal")), True
        else:
            if not verb.startswith("turn"):
                continue
            stated, personal = int(match.group("age")), True
        low = bisect.bisect_left(starts, sentence_start)
        high = bisect.bisect_left(starts, sentence_end)
        if high - low > 4:
            continue
        dated = [candidate for candidate in candidates[low:high]
                 if candidate.absolute and candidate.kind != "range" and not candidate.since and candidate.granularity != "decade"]
        if not present and not recent:
            # A milestone with its own date: "founded in 1934, celebrated their centenary in 2004",
            # "In 2004, the village marked half a century since the 1938 disaster", "born on 16 June
            # 1935, turned 80 on 7 February 2005": measured between the two dates of the sentence.
            if len(dated) != 2 or future:
                continue
            first, second = sorted(dated, key=lambda candidate: candidate.earliest)  # type: ignore[arg-type, return-value]
            if personal and not (_BORN_BEFORE.search(text, max(sentence_start, first.start - 25), first.start) is not None
                                 or _CREATED_BEFORE.search(text, max(sentence_start, first.start - 40), first.start) is not None):
                continue
            assert first.earliest and first.latest and second.earliest and second.latest
            shortest = second.earliest.year - first.latest.year - 1
            longest = second.latest.year - first.earliest.year
            if first.granularity == "day" and second.granularity == "day":
                shortest = longest = (second.earliest.year - first.earliest.year
                                      - ((second.earliest.month, second.earliest.day) < (first.earliest.month, first.earliest.day)))
            if shortest < 0 or shortest - 1 <= stated <= longest + 1:
                continue
            stated_start = next(match.start(group) for group in ("named", "ordinal", "half", "quarter", "century", "age") if match.group(group))
            spans = sorted(((stated_start, match.end()), (first.start, first.end), (second.start, second.end)))
            conflicts.append(DateConflict(
                "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
                f"\"{text[match.start('verb'):match.end()]}\" does not fit {text[first.start:first.end]} and "
                f"{text[second.start:second.end]}: {max(shortest, 0)} to {longest} years apart",
            ))
            continue
        anchor: _Candidate | None = None
        if personal:
            born = [candidate for candidate in dated
                    if _BORN_BEFORE.search(text, max(sentence_start, candidate.start - 25), candidate.start) is not None
                    or _CREATED_BEFORE.search(text, max(sentence_start, candidate.start - 40), candidate.start) is not None]
            if len(born) == 1:
                anchor = born[0]
            elif not born and verb.startswith("turn"):
                # "X was born in 1949 ... Adeyemi, who turns 79 next month": the same person's birth.
                if born_by_name is None:
                    born_by_name = {}
                    for candidate in candidates:
                        if candidate.absolute and candidate.kind != "range" and _BORN_BEFORE.search(
                                text, max(0, candidate.start - 25), candidate.start) is not None:
                            start, end = context.sentence(candidate.start)
                            for name in _sentence_names(text, max(start, candidate.start - 160), min(end, candidate.end + 160),
                                                        _opening_end(text, start, {})):
                                born_by_name.setdefault(name, []).append(candidate)
                names = _sentence_names(text, max(sentence_start, match.start() - 160), min(sentence_end, match.end() + 160),
                                        _opening_end(text, sentence_start, {}))
                found = {id(candidate): candidate for name in names for candidate in born_by_name.get(name, ())}
                if len(found) == 1:
                    anchor = next(iter(found.values()))
        elif len(dated) == 1:
            anchor = dated[0]
        if anchor is None:
            continue
        assert anchor.earliest and anchor.latest
        shortest = reference.year - anchor.latest.year - 1
        longest = reference.year - anchor.earliest.year + 1 + slack
        if shortest < 0 or shortest - 1 <= stated <= longest + 1:
            continue
        phrase = (match.start("verb"), match.end())
        stated_start = next(match.start(group) for group in ("named", "ordinal", "half", "quarter", "century", "age") if match.group(group))
        spans = sorted(((stated_start, match.end()), (anchor.start, anchor.end)))
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"\"{text[phrase[0]:phrase[1]]}\" does not fit {text[anchor.start:anchor.end]}: "
            f"{max(shortest, 0)} to {longest} years before the "
            f"{'inferred reference' if context.inferred else 'publication'} year {reference.year}",
        ))
    return conflicts


_PERFECT: Final = re.compile(r"(?<!\w)(?:has|have|had)(?!\w)")


def _young_age_fits(quantity: _Candidate, born: _Candidate, now: tuple[datetime.date, datetime.date], floor: bool) -> bool:
    """Whether an age in days, weeks or months fits a birth date measured to ``now`` (its earliest and latest
    day), a unit either way (and 10 %); with ``floor`` (an inferred reference) ``now`` is a lower bound, so any
    longer age fits."""
    assert quantity.quantity is not None and born.earliest is not None and born.latest is not None
    unit = _UNIT_DAYS[quantity.unit]
    low, high = quantity.quantity[0] * unit, quantity.quantity[1] * unit
    youngest, oldest = (now[0] - born.latest).days, (now[1] - born.earliest).days
    slack = unit + 0.1 * high
    return youngest - slack <= high and (floor or low <= oldest + slack)


def _narrated_date(context: _Context, index: int, born: _Candidate) -> _Candidate | None:
    """The last explicit date before an age (not its birth date), within a few sentences."""
    candidates = context.candidates
    text = context.text
    for back in range(index - 1, max(-1, index - 6), -1):
        other = candidates[back]
        if other is born or index - back > 5 or candidates[index].start - other.end > 1500:
            return None
        if (other.absolute and other.kind != "range" and not other.since and other.granularity in ("year", "month", "day")
                and _BORN_BEFORE.search(text, max(0, other.start - 25), other.start) is None):
            return other
    return None


def _clause_since(context: _Context, index: int) -> _Candidate | None:
    """"In service since 1981, the light has guided ships for 28 years": one clause, one since-date."""
    candidates = context.candidates
    quantity = candidates[index]
    text = context.text
    sentence_start, sentence_end = context.sentence(quantity.start)
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(candidates):
            continue
        other = candidates[neighbour]
        if not other.since or other.earliest is None or not (sentence_start <= other.start < sentence_end):
            continue
        low, high = (other.end, quantity.start) if neighbour < index else (quantity.end, other.start)
        if high - low > 100 or ";" in text[low:high] or " and " in text[low:high] or " but " in text[low:high]:
            continue
        if _PERFECT.search(text, min(other.start, quantity.start), quantity.start) is None:
            continue
        return other
    return None


# "took over the union in 1996 and has now led it for 20 years": the start of a state that the
# present perfect measures to publication.  The first clause must begin something.
_PERFECT_LINK: Final = re.compile(
    r"[ ]++and[ ]++(?:has|have)[ ]++(?:(?:now|since|been|already|thus|so|far)[ ]++){0,3}[a-z]++(?:[ ]++[a-z'\u2019]++){0,4}?[ ]*+$"
)
_BEGINNING_VERB: Final = re.compile(
    r"(?<!\w)(?:took[ ]+(?:over|charge|office|the[ ]+helm)|joined|founded|co-founded|became|started|began|launched"
    r"|was[ ]+(?:appointed|named|elected|installed|hired)|set[ ]+up|established|opened|moved[ ]+to|settled[ ]+in"
    r"|arrived|took[ ]+up)(?!\w)"
)


# "has lived in Lyon for 6 years, since moving there in 1996": a since-clause dates the start.
_SINCE_CLAUSE: Final = re.compile(
    r"[ ]*+,?[ ]*+(?:since[ ]++(?:[a-z]++[ ]++){1,4}?"
    # "has edited the paper for 58 years, having taken over in 1966": a beginning told after the length.
    r"|having[ ]++(?:taken[ ]++(?:over|charge|office|up[ ]++[a-z]++[ ]++[a-z]++)|joined|founded|started|begun|launched|arrived"
    r"|moved[ ]++(?:to|into|in)|settled|become|set[ ]++up|opened|been[ ]++(?:appointed|named|elected|hired|installed))[ ]++"
    r"(?:[A-Za-z][\w'-]*+[ ]++){0,3}?)(?:in|on)[ ]++(?:the[ ]++)?"
)


def _perfect_start(context: _Context, index: int) -> _Candidate | None:
    """The date of the clause before "and has ... for N years" that begins what the perfect measures,
    or of a since-clause after it."""
    candidates = context.candidates
    if index + 1 < len(candidates):
        start = candidates[index + 1]
        text = context.text
        if (start.absolute and start.kind != "range" and not start.since and start.earliest is not None
                and _SINCE_CLAUSE.fullmatch(text, candidates[index].end, start.start) is not None):
            sentence_start = context.sentence(start.start)[0]
            if _PERFECT.search(text, max(sentence_start, candidates[index].start - 60), candidates[index].start) is not None:
                return start
    if index == 0:
        return None
    quantity, other = candidates[index], candidates[index - 1]
    text = context.text
    if (not other.absolute or other.kind == "range" or other.since or other.earliest is None
            or other.granularity not in ("year", "month", "day") or quantity.start - other.end > 60):
        return None
    sentence_start = context.sentence(quantity.start)[0]
    if other.start < sentence_start or _PERFECT_LINK.match(text, other.end, quantity.start) is None:
        return None
    if _BEGINNING_VERB.search(text, max(sentence_start, other.start - 70), other.start) is None:
        return None
    return other


# An age told at a narrated event: "Born in 1980, Okafor was only 17 when Rovers won the league in 2005".
# Round anchor18: an age as digits up to 119 or spelled out ("was just fifteen when", "at the age of nine"):
# British and many house styles spell small numbers.  "one" is left out ("was one of ...").
_AGE_NUMBER: Final = (
    r"(?:1[01][0-9]|[1-9][0-9]?|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen"
    r"|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
)
_AGE_BEFORE_WHEN: Final = re.compile(
    r"(?<!\w)(?:was|were)[ ]++(?:(?:only|just|barely|still|already|aged)[ ]++)?(?P<age>" + _AGE_NUMBER + r")"
    r"(?:[ ]++years?[ ]++old)?,?[ ]++$"
)


_AGE_AFTER_EVENT: Final = re.compile(
    r"[ ]*+,?[ ]*+(?:at[ ]++the[ ]++age[ ]++of|at[ ]++age|aged"
    # "joined the brigade in 1984 as a 30-year-old": the age as a noun.
    r"|as[ ]++an?(?=[ ]++[1-9][0-9]?-year-old(?![\w-])))[ ]++(?P<age>" + _AGE_NUMBER + r")(?!\w)"
)


def _ages_at_events(context: _Context) -> list[DateConflict]:
    """An age "when" an event happened must be the years from the birth date of its sentence to the event's date."""
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    if text.find("orn") == -1:
        return conflicts  # anchored on a birth date ("born", "Born"): most articles have none
    for index, born in enumerate(candidates):
        if (not born.absolute or born.kind == "range" or born.since or born.granularity == "decade"
                or text.find("orn", max(0, born.start - 25), born.start) == -1
                or _BORN_BEFORE.search(text, max(0, born.start - 25), born.start) is None):
            continue
        sentence_end = context.sentence(born.start)[1]
        when = text.find(" when ", born.end, sentence_end)
        event = None
        if when != -1 and when - born.end <= 160:
            age = _AGE_BEFORE_WHEN.search(text, max(born.end, when - 40), when + 1)
            event = next((other for other in candidates[index + 1:index + 4]
                          if other.start > when and other.absolute and other.kind != "range" and not other.since), None)
        else:
            # "Born in 1980, she won the title in 2005 at the age of 17" (an age at death is _life_spans').
            when = born.end
            age = None
            for other in candidates[index + 1:index + 3]:
                if other.start >= sentence_end or not other.absolute or other.kind == "range" or other.since:
                    break
                age = _AGE_AFTER_EVENT.match(text, other.end, min(sentence_end, other.end + 30))
                if age is not None and _DIED_BEFORE.search(text, max(0, other.start - 30), other.start) is None:
                    event = other
                    when = other.start - 1
                    break
            if event is None and index > 0:
                # "won the title in 1982 at the age of 12, having been born in 1954": the birth told after.
                other = candidates[index - 1]
                sentence_start = context.sentence(born.start)[0]
                if other.start >= sentence_start and other.absolute and other.kind != "range" and not other.since:
                    age = _AGE_AFTER_EVENT.match(text, other.end, min(born.start, other.end + 30))
                    if (age is not None and born.start - age.end() <= 40
                            and _DIED_BEFORE.search(text, max(0, other.start - 30), other.start) is None):
                        event = other
                        when = other.start - 1
        if (age is None or event is None or event.start >= sentence_end or event.start - when > 100
                or ";" in text[when:event.start] or len(text[when:event.start].split()) > 12
                or _r21_frame_search(text, when, event.start) is not None):
            continue  # the date must be in the "when" clause: not "was 17 when her father died; ... in 2005"
        assert born.earliest and born.latest and event.earliest and event.latest
        quantity = _parse_quantity(age.group("age"))
        if quantity is None:
            continue
        stated = quantity[0]
        youngest = event.earliest.year - born.latest.year - 1
        oldest = event.latest.year - born.earliest.year
        if youngest < 0 or youngest - 1 <= stated <= oldest + 1:
            continue
        spans = sorted(((born.start, born.end), (age.start("age"), age.end("age")), (event.start, event.end)))
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"an age of {stated} at {_describe(event, text)} does not fit a birth in {_describe(born, text)}: "
            f"{max(youngest, 0)} to {oldest} years",
        ))
    return conflicts


# "Five years later, in 2001," measured from the previous explicit date.
_LATER_LINK: Final = re.compile(r"[ ]+(?P<word>later|earlier|after|before)(?:[ ]*,)?[ ]+(?:in[ ]+|on[ ]+)?$")


# The Nth of a yearly series: "held its 26th annual edition in 1997", "Now in its 33rd year".
_ORDINAL_COUNT: Final = re.compile(
    r"(?<![\w-])(?P<n>[1-9][0-9]?[0-9]?)(?:st|nd|rd|th)[ ]++(?:(?:annual|yearly)[ ]++[a-z]++|(?P<year>year|season))(?![\w-])"
)
_IN_ITS_BEFORE: Final = re.compile(r"(?<!\w)in[ ]++(?:its|their)[ ]++$")
# The first of the series: "First staged in 1983", "the festival, founded in 1973", "was first held in 1973".
_SERIES_START_BEFORE: Final = re.compile(
    r"(?<!\w)(?:[Ff]irst|[Ff]ounded|[Ee]stablished|[Ll]aunched|[Ii]naugurated|[Ss]tarted|[Bb]egan|[Cc]reated)(?:[ ]++[a-z]++){0,2}?"
    r"[ ]++(?:in|on)[ ]++(?:the[ ]++)?$"
)
_NOW_WORD: Final = re.compile(r"(?<!\w)(?:[Nn]ow|is|are|this[ ]++year)(?!\w)")


def _ordinal_count_matches(context: _Context) -> list[re.Match[str]]:
    """``_ORDINAL_COUNT`` matches in the sentences that hold an explicit date (the rule needs one),
    tried only before "annual"/"yearly" and after "in its"/"in their".

    Every match used ends in "annual <noun>"/"yearly <noun>" (its ordinal at most 6 characters
    before) or starts right after "in its "/"in their ", so the rare words are found by substring
    search in C, in the dated sentences only, instead of a scan of the text."""
    text = context.text
    found: dict[int, re.Match[str]] = {}
    searched: set[int] = set()
    for candidate in context.candidates:
        if not candidate.absolute or candidate.kind == "range":
            continue
        start, end = context.sentence(candidate.start)
        if start in searched:
            continue
        searched.add(start)
        for word in ("annual", "yearly"):
            position = text.find(word, start, end)
            while position != -1:
                match = _ORDINAL_COUNT.search(text, max(start, position - 8), min(end, position + 40))
                if match is not None and match.start() < position:
                    found.setdefault(match.start(), match)
                position = text.find(word, position + 1, end)
        for opening in (" in its ", " in their "):
            position = text.find(opening, start, end)
            while position != -1:
                match = _ORDINAL_COUNT.match(text, position + len(opening), min(end, position + len(opening) + 40))
                if match is not None:
                    found.setdefault(match.start(), match)
                position = text.find(opening, position + 1, end)
    return [found[start] for start in sorted(found)]


# Round 21: the Nth edition, time, staging or season of a series, counted from its first date ("first held
# in", "founded in", "joined ... in", "took over ... in") to the date of the Nth (the sentence's other date)
# or, for a season or year told in the present, to publication.  A series is at most yearly, so N - 1 may
# not exceed the years between; a season, a year or an "annual" series is yearly, so N - 1 is those years.
_R21_ORDINAL_SERIES: Final = re.compile(
    r"(?<![\w-])(?P<n>[1-9][0-9]?[0-9]?)(?:st|nd|rd|th)[ ]++(?:(?:annual|yearly|consecutive|straight|successive)[ ]++)?"
    r"(?:[a-z]++[ ]++)?(?P<noun>edition|time|staging|running|season|year)s?(?![\w-])")
# Literal cues of ``_R21_SERIES_START``, searched first (a plain alternation is cheap to scan).
_R21_SERIES_CUE: Final = re.compile("irst|ounded|stablished|aunched|naugurated|tarted|egan|reated|oined|ook|ppointed|igned|rrived")
_R21_SERIES_START: Final = re.compile(
    r"(?<![\w-])(?:[Ff]irst|[Ff]ounded|[Ee]stablished|[Ll]aunched|[Ii]naugurated|[Ss]tarted|[Bb]egan|[Cc]reated|[Jj]oined"
    r"|[Tt]ook[ ]++over|[Tt]ook[ ]++charge|[Aa]ppointed|[Ss]igned|[Aa]rrived)(?:[ ]++[A-Za-z]++){0,5}?[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
_R21_YEARLY_WORD: Final = re.compile(r"(?<![\w-])(?:annual|annually|yearly|every[ ]++year|each[ ]++year)(?![\w-])")


# A count of years no date bounds from above (with no publication date, now has only a floor).
_NO_CEILING: Final = 10_000


def _r21_ordinal_series(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    starts: list[int] | None = None
    if not candidates:
        return conflicts
    # Only a sentence with a series' start ("first held in", "founded in", "joined ... in") is searched.
    found: dict[int, re.Match[str]] = {}
    searched: set[int] = set()
    for candidate in candidates:
        if (not candidate.absolute or candidate.kind == "range" or candidate.since or candidate.start < 4
                or not text.endswith(("in ", "on ", "he "), candidate.start - 3, candidate.start)
                or _R21_SERIES_CUE.search(text, max(0, candidate.start - 60), candidate.start) is None
                or _R21_SERIES_START.search(text, max(0, candidate.start - 60), candidate.start) is None):
            continue
        sentence_start, sentence_end = context.sentence(candidate.start)
        if sentence_start in searched:
            continue
        searched.add(sentence_start)
        for match in _R21_ORDINAL_SERIES.finditer(text, sentence_start, sentence_end):
            found.setdefault(match.start(), match)
    for _, match in sorted(found.items()):
        sentence_start, sentence_end = context.sentence(match.start())
        if True:
            noun = match.group("noun")
            if noun == "year" and _IN_ITS_BEFORE.search(text, max(sentence_start, match.start() - 12), match.start()) is None:
                continue  # "his 2nd year at the college": no series
            if starts is None:
                starts = [other.start for other in candidates]
            dated = [other for other in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                     if other.absolute and other.kind != "range" and not other.since and other.granularity in ("day", "month", "year")
                     and other.year_explicit]
            if not 1 <= len(dated) <= 2 or _r21_future_frame(text, sentence_start, sentence_end):
                continue
            first = [other for other in dated
                     if _R21_SERIES_START.search(text, max(sentence_start, other.start - 60), other.start) is not None]
            if len(first) != 1:
                continue
            (start,) = first
            assert start.earliest and start.latest
            if len(dated) == 2:
                (then,) = [other for other in dated if other is not start]
                assert then.earliest and then.latest
                shortest, longest = then.earliest.year - start.latest.year, then.latest.year - start.earliest.year
                measured = f"{text[then.start:then.end]} is {shortest} years after {text[start.start:start.end]}"
                spans = ((match.start(), match.end()), (start.start, start.end), (then.start, then.end))
            elif (noun in ("season", "year") and (now := _reference_floor(context)) is not None
                  and _NOW_WORD.search(text, sentence_start, sentence_end) is not None):
                shortest = longest = now.year - start.earliest.year
                if context.inferred:
                    # Round anchor18: with no publication date, measured to the floor on now (the year of the
                    # article's latest date): a count too small for it conflicts, none is too large.
                    longest = _NO_CEILING
                    measured = (f"the year of the article's latest date, {now.year}, a lower bound on when it was "
                                f"written, is {shortest} years after {text[start.start:start.end]}")
                else:
                    measured = f"the publication year {now.year} is {shortest} years after {text[start.start:start.end]}"
                spans = ((match.start(), match.end()), (start.start, start.end))
            else:
                continue
            stated = int(match.group("n")) - 1
            if shortest < 0:
                continue
            yearly = noun in ("season", "year") or _R21_YEARLY_WORD.search(text, sentence_start, sentence_end) is not None
            if stated <= longest + 1 and (not yearly or stated >= shortest - 1):
                continue
            conflicts.append(DateConflict(
                "duration_arithmetic", tuple(sorted(spans)),  # type: ignore[arg-type]
                f"\"{match.group(0)}\" of a series at most yearly does not fit: {measured}",
            ))
    return conflicts


def _ordinal_counts(context: _Context) -> list[DateConflict]:
    """The Nth edition of a yearly series is N - 1 years after its first; "in its Nth year" is N - 1
    years after its start, at the series' own date or, told in the present, at publication."""
    text = context.text
    matches = _ordinal_count_matches(context)
    if not matches:
        return []
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    conflicts: list[DateConflict] = []
    # Per sentence start, what the searches and the dates below find (the same for every match of the sentence).
    future: dict[int, bool] = {}
    sentence_dated: dict[int, list[_Candidate]] = {}
    now_word: dict[int, bool] = {}
    for match in matches:
        if match.group("year") and _IN_ITS_BEFORE.search(text, max(0, match.start() - 12), match.start()) is None:
            continue  # "his 2nd year at the college" is not a series' age
        stated = int(match.group("n")) - 1
        sentence_start, sentence_end = context.sentence(match.start())
        if sentence_start not in future:
            future[sentence_start] = _r21_frame_search(text, sentence_start, sentence_end) is not None
        if future[sentence_start]:
            continue
        if sentence_start not in sentence_dated:
            low, high = bisect.bisect_left(starts, sentence_start), bisect.bisect_left(starts, sentence_end)
            sentence_dated[sentence_start] = [
                candidate for candidate in candidates[low:high]
                if candidate.absolute and candidate.kind != "range" and not candidate.since and candidate.granularity != "decade"]
        dated = sentence_dated[sentence_start]
        if not 1 <= len(dated) <= 2:
            continue
        first = [candidate for candidate in dated
                 if _SERIES_START_BEFORE.search(text, max(sentence_start, candidate.start - 40), candidate.start) is not None]
        if len(first) != 1:
            continue
        (start,) = first
        assert start.earliest and start.latest
        if len(dated) == 2:
            (then,) = [candidate for candidate in dated if candidate is not start]
            assert then.earliest and then.latest
            shortest, longest = then.earliest.year - start.latest.year, then.latest.year - start.earliest.year
            measured = f"{text[then.start:then.end]} is {shortest} years after {text[start.start:start.end]}"
            spans = ((match.start(), match.end()), (start.start, start.end), (then.start, then.end))
        elif (match.group("year") and (now := _reference_floor(context)) is not None
              and (now_word[sentence_start] if sentence_start in now_word
                   else now_word.setdefault(sentence_start, _NOW_WORD.search(text, sentence_start, sentence_end) is not None))):
            # Round anchor18: measured to the floor on now (an older full date may be the inferred reference
            # while the article reports a later year); the old two years of slack above it stay.
            shortest = longest = now.year - start.earliest.year
            if context.inferred:
                longest += 2
            measured = (f"the {'inferred reference' if context.inferred else 'publication'} year {now.year} "
                        f"is {shortest} years after {text[start.start:start.end]}")
            spans = ((match.start(), match.end()), (start.start, start.end))
        else:
            continue
        if shortest < 0 or shortest - 1 <= stated <= longest + 1:
            continue
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(sorted(spans)),  # type: ignore[arg-type]
            f"\"{match.group(0)}\" of a yearly series does not fit: {measured}",
        ))
    return conflicts


def _years_later(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    for index, quantity in enumerate(candidates):
        if (quantity.quantity is None or quantity.relation != "plain" or quantity.unit not in ("year", "decade", "day", "week", "month")
                or quantity.quantity[0] != quantity.quantity[1] or index + 1 >= len(candidates)):
            continue
        previous: _Candidate | None = None
        for back in range(index - 1, max(-1, index - 6), -1):
            other = candidates[back]
            if other.absolute and other.kind != "range" and not other.since:
                previous = other
                break
        if previous is None:
            continue
        pinned = candidates[index + 1]
        if not pinned.absolute or pinned.kind == "range" or pinned.since or pinned.start - quantity.end > 20:
            continue
        link = _LATER_LINK.match(text, quantity.end, pinned.start)
        if link is None or link.group("word") in ("after", "before") or quantity.start - previous.end > 250:
            continue
        earlier, later = (previous, pinned) if link.group("word") == "later" else (pinned, previous)
        if quantity.unit in ("day", "week", "month"):
            # "left on 10 May 2000 and docked three days later, on 16 June 2000": measured in days.
            if quantity.unit != "month" and (earlier.granularity != "day" or later.granularity != "day"):
                continue
            assert earlier.earliest and earlier.latest and later.earliest and later.latest
            stated = quantity.quantity[0] * _UNIT_DAYS[quantity.unit]
            shortest, longest = (later.earliest - earlier.latest).days, (later.latest - earlier.earliest).days
            tolerance = {"day": 1, "week": 3, "month": 16}[quantity.unit]
            unit_name = "days"
        else:
            stated = quantity.quantity[0] * (10 if quantity.unit == "decade" else 1)
            shortest, longest = _years_apart(earlier, later)
            tolerance = 1
            unit_name = "years"
        if shortest - tolerance <= stated <= longest + tolerance:
            continue
        spans = sorted(((previous.start, previous.end), (quantity.start, quantity.end), (pinned.start, pinned.end)))
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"\"{text[quantity.start:link.end()].strip()}\" {text[pinned.start:pinned.end]} does not fit "
            f"\"{text[previous.start:previous.end]}\": {shortest} to {longest} {unit_name} apart",
        ))
    return conflicts


# "began in March 1999 and ended in July 1999", "opened on 3 May and closed on 25 May".
_IMPLIED_RANGE_GAP: Final = re.compile(
    r"[^.;:!?]{0,40}?(?<!\w)(?:ended|closed|finished|concluded|wrapped[ ]+up|stopped|until|till|through|to"
    # the end of a state begun at the first date: a siege lifted, a prisoner released, a ban revoked.
    r"|lifted|released|freed|expired|revoked|dissolved|disbanded|abandoned|called[ ]+off|broken[ ]+off|discharged|paroled)(?!\w)[^.;:!?]{0,20}"
)


def _implied_range_before(context: _Context, index: int, sentence_start: int) -> list[_Candidate]:
    """The two explicit dates just before a length adjective, read as a start and an end if so linked
    ("jailed in 1986 and released in 1993 after serving a 23-year term"), with no clause break between."""
    candidates = context.candidates
    if index < 2:
        return []
    first, second, quantity = candidates[index - 2], candidates[index - 1], candidates[index]
    kinds = ("date", "month_year", "year") if quantity.unit in ("year", "decade") else ("date", "month_year")
    if (first.start < sentence_start or first.kind not in kinds or second.kind not in kinds or first.since or second.since
            or not (first.year_explicit and second.year_explicit)
            or first.earliest is None or second.latest is None or first.granularity != second.granularity
            or second.latest < first.earliest or quantity.start - second.end > 60):
        return []
    text = context.text
    if (_IMPLIED_RANGE_GAP.fullmatch(text, first.end, second.start) is None
            or _CLAUSE_BREAK.search(text, second.end, quantity.start) is not None):
        return []
    implied = _Candidate(first.start, second.end, "range")
    implied.earliest, implied.latest, implied.granularity = first.earliest, second.latest, first.granularity
    implied.year_explicit = True
    return [implied]


_REVERSED_RANGE_GAP: Final = re.compile(
    r"[ ]*+,?[ ]*+(?:having[ ]++(?:been[ ]++)?|after[ ]++(?:it|they|he|she)[ ]++(?:had[ ]++)?|which[ ]++had[ ]++)?"
    r"(?:begun|began|started|opened|commenced|broken[ ]++out|broke[ ]++out)[ ]++(?:in|on)[ ]++(?:the[ ]++)?"
)
_FOR_FROM: Final = re.compile(r"[ ]*+,?[ ]*+(?:from|between)[ ]++(?:(?:the|her|his|its|their)[ ]++)?(?:[a-z]++[ ]++){0,3}?(?:in[ ]++|on[ ]++)?")


def _implied_range(context: _Context, index: int, sentence_end: int) -> list[_Candidate]:
    """The next two explicit dates of the sentence read as a start and an end, if so linked."""
    candidates = context.candidates
    following = [other for other in candidates[index + 1:index + 3] if other.start < sentence_end]
    if len(following) != 2:
        return []
    first, second = following
    kinds = ("date", "month_year", "year") if candidates[index].relation == "for" else ("date", "month_year")
    if (first.kind not in kinds or second.kind not in kinds or first.since or second.since
            or first.earliest is None or second.latest is None or first.granularity != second.granularity
            or first.start - candidates[index].end > 70):
        return []
    if second.latest < first.earliest:
        # "the 38-day siege ended on 11 July 2008, having begun on 16 March 2008": the start told second.
        if _REVERSED_RANGE_GAP.fullmatch(context.text, first.end, second.start) is None:
            return []
        first, second = second, first
    elif _IMPLIED_RANGE_GAP.fullmatch(context.text, first.end, second.start) is None:
        return []
    if candidates[index].relation == "for" and _FOR_FROM.fullmatch(context.text, candidates[index].end, min(first.start, second.start)) is None:
        # "served for 62 years, from her launch in 1935 until ... 2002", not "worked for 10 years
        # at the mill, which opened in 1950 and closed in 1990" (the mill's dates).
        return []
    implied = _Candidate(min(first.start, second.start), max(first.end, second.end), "range")
    implied.earliest, implied.latest, implied.granularity = first.earliest, second.latest, first.granularity
    implied.year_explicit = first.year_explicit and second.year_explicit
    return [implied]


_DIED_BEFORE: Final = re.compile(r"(?<!\w)(?:died|death|killed)(?:[ ]+[a-z]+){0,2}?[ ]+(?:in|on)[ ]+$")
_BORN_BEFORE: Final = re.compile(r"(?<!\w)(?:[Bb]orn|[Bb]irth)(?:[ ]+[a-z]+){0,2}?[ ]+(?:in|on)[ ]+$")
# The birth of an institution, directly before its date: "founded in 1922", "which opened its doors in 1997".
_CREATED_BEFORE: Final = re.compile(
    r"(?<!\w)(?:[Ff]ounded|[Ee]stablished|[Bb]uilt|[Oo]pened(?:[ ]+its[ ]+doors)?|[Ff]ormed|[Cc]reated|[Ii]ncorporated"
    r"|[Ss]et[ ]+up|[Cc]onstructed|[Ii]naugurated)[ ]+(?:in|on)[ ]+(?:the[ ]+)?$"
)
_AGE_STATED: Final = re.compile(
    r"(?<!\w)(?:at[ ]+the[ ]+age[ ]+of|at[ ]+age|aged)[ ]+([0-9]{1,3})(?![0-9])"
    # A bare "at 50" right after the death's date: "died in 1990 at 50" (not "at 5 p.m.", "at 10 Downing Street").
    # or right after the death itself: "(1920-1990) died at 56".
    r"|(?:(?<=[0-9][ ]at[ ])|(?<=died[ ]at[ ]))([1-9][0-9]?)(?![0-9:.,]?[0-9]|[ ]*(?:[ap]\.?m\b|o'clock|percent|per|%)|[ ]+[A-Z])"
)


_NAME_BEFORE_BRACKET: Final = re.compile(r"[A-Z][\w'-]*+[ ]*+\($")
# The bracketed person is the one who died: "Solberg (1920-1990) died", "Solberg (1920-1990), who died".
_DIED_WORD: Final = re.compile(r"\)[ ]*+,?[ ]*+(?:who[ ]++)?(?:died|passed[ ]++away)(?!\w)")


def _bracketed_life(context: _Context, life: _Candidate) -> list[DateConflict]:
    text = context.text
    if life.granularity != "year" or life.year is None or life.year2 is None or not 0 < life.year2 - life.year < 120:
        return []
    if _NAME_BEFORE_BRACKET.search(text, max(0, life.start - 30), life.start) is None:
        return []
    sentence_end = context.sentence(life.start)[1]
    died = _DIED_WORD.match(text, life.end, min(sentence_end, life.end + 40))
    age = _AGE_STATED.search(text, died.end(), min(sentence_end, died.end() + 40)) if died is not None else None
    if age is None:
        return []
    group = 1 if age.group(1) else 2
    stated = int(age.group(group))
    youngest, oldest = life.year2 - life.year - 1, life.year2 - life.year
    if youngest - 1 <= stated <= oldest + 1:
        return []
    return [DateConflict(
        "duration_arithmetic", ((life.start, life.end), (age.start(group), age.end(group))),
        f"an age at death of {stated} does not fit the life \"{text[life.start:life.end]}\": {youngest} to {oldest} years",
    )]


def _life_spans(context: _Context) -> list[DateConflict]:
    """"Born in 1926, she died in 1968 at the age of 50": the age at death is the difference."""
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    placed: set[int] | None = None  # the births _births reads, found once (only for an article with a death date)
    for index, died in enumerate(candidates):
        if died.kind == "range" and text[died.start - 1:died.start] == "(" and text[died.end:died.end + 1] == ")":
            # "Ingrid Solberg (1920-1990) died at the age of 50": a life in brackets after the name.
            conflicts.extend(_bracketed_life(context, died))
            continue
        if died.kind == "range" or died.since:
            continue
        before = text[max(0, died.start - 30):died.start]
        if "die" not in before and "death" not in before and "kill" not in before:
            continue
        if not died.absolute or _DIED_BEFORE.search(text, max(0, died.start - 30), died.start) is None:
            continue
        sentence_start, sentence_end = context.sentence(died.start)
        born = None
        if placed is None:
            placed = {id(birth) for birth in _births(context)}
        for other in candidates[max(0, index - 3):index]:
            if (other.start >= sentence_start and other.absolute and other.kind != "range" and not other.since
                    and (_BORN_BEFORE.search(text, max(sentence_start, other.start - 25), other.start) is not None
                         or id(other) in placed)):
                born = other
        if born is None:
            # Round duration24: the birth told after the death, with its place ("who died on June 28, 1984 at 56,
            # was born in Quarrington on October 29, 1940"): the age between them.
            after = next((other for other in candidates[index + 1:index + 3] if other.kind not in ("weekday", "duration")), None)
            if after is None or after.start >= sentence_end or id(after) not in placed:
                continue
            born = after
            age = _AGE_STATED.search(text, died.end, born.start)
        else:
            age = _AGE_STATED.search(text, max(sentence_start, born.start), min(sentence_end, died.end + 80))
        if age is None:
            continue
        assert born.earliest and born.latest and died.earliest and died.latest
        stated = int(age.group(1) or age.group(2))
        youngest = died.earliest.year - born.latest.year - 1
        oldest = died.latest.year - born.earliest.year
        if stated < youngest - 1 or stated > oldest + 1:
            group = 1 if age.group(1) else 2
            spans = sorted(((born.start, born.end), (died.start, died.end), (age.start(group), age.end(group))))
            conflicts.append(DateConflict(
                "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
                f"an age at death of {stated} does not fit \"{text[born.start:born.end]}\" to "
                f"\"{text[died.start:died.end]}\": {max(youngest, 0)} to {oldest} years",
            ))
    return conflicts


_ORDINAL_WORDS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
}
_ANNIVERSARY: Final = re.compile(
    r"(?<![\w-])(?:(?P<number>[0-9]{1,3})(?:st|nd|rd|th)|(?P<word>[A-Za-z]+(?:-[a-z]+)?))[ ]+"
    # Round duration24: the kind of anniversary between ("their 34th wedding anniversary").
    r"(?:(?P<kind>wedding|marriage|founding|death|independence|coronation|accession)[ ]+)?anniversary(?!\w)"
)


_D24_OTHERS_POSSESSIVE: Final = re.compile(r"['\u2019][ ]++$")


def _anniversary_matches(text: str) -> Iterator[re.Match[str]]:
    """``_ANNIVERSARY.finditer(text)``, run only over the lines that contain "anniversary".

    The pattern has no literal prefix, so the engine tries it at every position: on a long
    text that mentions one anniversary this was a tenth of the time.  A match never holds a
    line break and always holds "anniversary", so the lines without one hold no match, and
    a search bounded by a line sees the same characters around each match (the look-behind
    reads before ``pos``; at ``endpos`` the line break, like the end, is not ``\\w``).
    """
    position = text.find("anniversary")
    while position != -1:
        line_start = text.rfind("\n", 0, position) + 1
        line_end = text.find("\n", position)
        if line_end == -1:
            line_end = len(text)
        yield from _ANNIVERSARY.finditer(text, line_start, line_end)
        position = text.find("anniversary", line_end)


# The sentence speaks of the time of publication.
_NOW_CUE: Final = re.compile(
    r"(?<!\w)(?:this[ ]+(?:year|month|week|weekend)|today|tonight|this[ ]+morning|now|marks|celebrates|commemorates"
    r"|are[ ]+marking|is[ ]+marking|are[ ]+celebrating|is[ ]+celebrating)(?!\w)"
)
_UPCOMING_MARK: Final = re.compile(
    r"(?<![\w-])(?:will|is[ ]++(?:set[ ]++|due[ ]++)?to|are[ ]++(?:set[ ]++|due[ ]++)?to)[ ]++(?:mark|celebrate|commemorate)"
    r"[ ]++(?:its|their|his|her|the)[ ]++$")
# An age set off after a name: "Desmond Achterberg, 48, who was born in 1961".
_APPOSITIVE_AGE: Final = re.compile(r"(?<=[a-z]),[ ]+([1-9][0-9]?),[ ]")


_SUBJECT_NAME: Final = re.compile(r"[ \"'(\u201c]*+(?P<name>[A-Z][\w'-]++),[ ]++who[ ]")


def _earlier_appositive_age(context: _Context, sentence_start: int, born_start: int) -> re.Match[str] | None:
    """The one appositive age given earlier (within about 3,000 characters) for the surname this
    sentence opens with ("Frey, who was born in ...")."""
    text = context.text
    subject = _SUBJECT_NAME.match(text, sentence_start, born_start)
    if subject is None:
        return None
    surname = subject.group("name")
    found = None
    for age in _APPOSITIVE_AGE.finditer(text, max(0, sentence_start - 3000), sentence_start):
        name = text[max(0, age.start() - 40):age.start()].split()
        if name and name[-1] == surname:
            if found is not None:
                return None  # two ages given for the name: which is meant?
            found = age
    return found


def _appositive_ages(context: _Context) -> list[DateConflict]:
    """"Okafor, 48, who was born in 1961": the age set off by commas, measured to publication.

    An inferred reference (the article's latest date) only bounds publication from below, so
    then only an age too young for it is flagged."""
    text = context.text
    if context.reference is None or "born" not in text:
        return []
    # Round anchor18: with no publication date, measured to the floor on now (the latest past date of any
    # granularity), not to the inferred reference, which prefers a full date: in "Ada Frey, 32, who was born
    # on 13 September 1969" beside a text reporting 2008 it was the birth date itself.
    reference = _reference_floor(context)
    if reference is None:
        return []
    conflicts: list[DateConflict] = []
    deaths: dict[int, bool] = {}
    for born in context.candidates:
        if not born.absolute or born.kind == "range" or born.since:
            continue
        if _BORN_BEFORE.search(text, max(0, born.start - 25), born.start) is None:
            continue
        sentence_start, sentence_end = context.sentence(born.start)
        if _others_birth(text, sentence_start, born.start):
            continue  # "Okafor, 48, whose mother was born in 1950": another person's birth
        age = None
        for age in _APPOSITIVE_AGE.finditer(text, max(sentence_start, born.start - 120), born.start):
            pass
        if age is None and sentence_start > 0:
            # Round 11: the age set off earlier for the one this sentence's subject names
            # again ("The new chairman, Ada Frey, 63, ... . Frey, who was born in").
            age = _earlier_appositive_age(context, sentence_start, born.start)
            if age is None:
                continue
            age_sentence_start = context.sentence(age.start())[0]
        else:
            age_sentence_start = sentence_start
        if age is None or not text[text.rfind(" ", age_sentence_start, age.start()) + 1:age.start()][:1].isupper():
            continue
        if sentence_start not in deaths:  # the same for every birth of the sentence
            deaths[sentence_start] = any(_KIN_BEFORE.search(text, max(sentence_start, death.start() - 12), death.start()) is None
                                         for death in _DEATH_WORD.finditer(text, sentence_start, sentence_end))
        if deaths[sentence_start]:
            # Another's death ("since his father's death") says nothing about the age's tense.
            continue
        assert born.earliest and born.latest
        stated = int(age.group(1))
        youngest = reference.year - born.latest.year - 1
        oldest = reference.year - born.earliest.year
        if stated < youngest - 1 or stated > oldest + 1 and not context.inferred:
            spans = sorted(((age.start(1), age.end(1)), (born.start, born.end)))
            conflicts.append(DateConflict(
                "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
                f"an age of {stated} does not fit \"{text[born.start:born.end]}\": someone born then would be "
                + (f"at least {max(youngest, 0)} by {reference.year}, the year of the article's latest date" if context.inferred
                   else f"{max(youngest, 0)} to {oldest} in {reference.year}"),
            ))
    return conflicts


def _anniversaries(context: _Context) -> list[DateConflict]:
    """"its 45th anniversary" must be the distance between the two dates of its sentence."""
    text = context.text
    if "anniversar" not in text:
        return []
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    conflicts: list[DateConflict] = []
    for match in _anniversary_matches(text):
        if match.group("number") is not None:
            stated = int(match.group("number"))
        else:
            stated = _ORDINAL_WORDS.get(match.group("word").lower(), 0)
        if stated <= 0:
            continue
        if match.group("kind") is not None and (_D24_OTHERS_POSSESSIVE.search(text, max(0, match.start() - 3), match.start())
                                                or _KIN_BEFORE.search(text, max(0, match.start() - 30), match.start())):
            continue  # Round duration24: "attended his parents' 50th wedding anniversary": another couple's
        sentence_start, sentence_end = context.sentence(match.start())
        low = bisect.bisect_left(starts, sentence_start)
        high = bisect.bisect_left(starts, sentence_end)
        if high - low > 4:
            continue
        dated = [candidate for candidate in candidates[low:high]
                 if candidate.absolute and candidate.kind != "range" and not candidate.since]
        # Round 11: "will mark its 27th anniversary" (no date of its own) is this year's or the next.
        upcoming = _UPCOMING_MARK.search(text, max(sentence_start, match.start() - 40), match.start()) if len(dated) == 1 else None
        if (len(dated) == 1 and (now := _reference_floor(context)) is not None
                and (upcoming is not None
                     and _r21_frame_search(text, sentence_start, upcoming.start()) is None
                     and _r21_frame_search(text, upcoming.end(), sentence_end) is None
                     or _NOW_CUE.search(text, sentence_start, sentence_end) is not None
                     and _r21_frame_search(text, sentence_start, sentence_end) is None)):
            # "marked the 49th anniversary of the 1977 disaster this year": measured to publication
            # (to at least the article's latest date when that is all there is: then only a count
            # too small is flagged).
            (event,) = dated
            assert event.earliest and event.latest
            # Round anchor18: the floor on now under inference (see _appositive_ages).
            shortest = now.year - event.latest.year
            longest = now.year - event.earliest.year
            if shortest > 0 and (stated < shortest - 1 or stated > longest + (2 if upcoming is not None else 1) and not context.inferred):
                spans = sorted(((event.start, event.end), (match.start(), match.end())))
                conflicts.append(DateConflict(
                    "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
                    f"\"{match.group(0)}\" does not fit \"{text[event.start:event.end]}\": "
                    + (f"at least {shortest} years before {now.year}, the year of the article's latest date"
                       if context.inferred else
                       f"{shortest} to {longest} years before the publication year {now.year}"),
                ))
            continue
        if len(dated) != 2:
            continue
        if _r21_frame_search(text, sentence_start, sentence_end) is not None:
            continue
        first, second = sorted(dated, key=lambda candidate: candidate.earliest)  # type: ignore[arg-type, return-value]
        shortest, longest = _years_apart(first, second)
        if shortest <= 0 or shortest - 1 <= stated <= longest + 1:
            continue
        spans = sorted(((first.start, first.end), (second.start, second.end), (match.start(), match.end())))
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"\"{match.group(0)}\" does not fit \"{text[first.start:first.end]}\" and "
            f"\"{text[second.start:second.end]}\": {shortest} to {longest} years apart",
        ))
    return conflicts


# "founded in 1948, 60 years ago", "60 years ago, in 1948", "for 76 years, since 1940".
_APPOSITION_GAP: Final = re.compile(
    "[ ]*(?:[,(\\-\u2013\u2014][ ]*)?(?:(?:back|way|all|ever|that[ ]+is|i\\.e\\.,?|or|in|on|since)[ ]+){0,2}"
)


def _range_for_length(candidate: _Candidate) -> _Candidate:
    """A day range without a year still has a length: measure it in a common year."""
    if candidate.earliest is not None or candidate.month is None or candidate.day is None or candidate.day2 is None:
        return candidate
    first = _safe_date(2001, candidate.month, candidate.day)
    second = _safe_date(2001 if (candidate.month2 or candidate.month) >= candidate.month else 2002,
                        candidate.month2 or candidate.month, candidate.day2)
    if first is None or second is None or second < first:
        return candidate
    measured = _Candidate(candidate.start, candidate.end, "range")
    measured.earliest, measured.latest, measured.granularity = first, second, "day"
    return measured


def _adjacent_dated(context: _Context, index: int, distance: int, granularities: tuple[str, ...],
                    require_since: bool = False) -> _Candidate | None:
    """The explicit date next to candidate ``index`` within ``distance`` characters and one clause."""
    candidates = context.candidates
    quantity = candidates[index]
    text = context.text
    for neighbour in (index + 1, index - 1):
        if not 0 <= neighbour < len(candidates):
            continue
        other = candidates[neighbour]
        if require_since and not other.since:
            continue
        if not require_since and (other.kind not in ("year", "date", "month_year") or not other.year_explicit):
            continue
        if not require_since and other.since:
            continue
        if other.granularity not in granularities or other.earliest is None:
            continue
        low, high = (quantity.end, other.start) if neighbour > index else (other.end, quantity.start)
        if high - low > distance or high < low:
            continue
        if _APPOSITION_GAP.fullmatch(text, low, high) is None:
            continue
        return other
    return None


def _years_apart(earlier: _Candidate, later: _Candidate) -> tuple[int, int]:
    """The fewest and the most calendar years between two anchored candidates."""
    assert earlier.earliest and earlier.latest and later.earliest and later.latest
    return later.earliest.year - earlier.latest.year, later.latest.year - earlier.earliest.year


# ---------------------------------------------------------------------------
# Round 14: a measured length between the two dated ends of one sentence, whatever the verbs of
# starting and ending: "walked out on 14 August 1986 and returned to work on 10 October 1986, ending
# a dispute that had lasted 18 weeks", "took 16 years, starting in 1966 and finishing in 1972", "The
# 36-week strike, which began in May 1986 and ended in September 1986", "began in May 1996, and 19
# months later the road opened, in October 1998".  The length must be told as a measure ("lasted",
# "took", "spent", "ran for", "after serving", "a tenure of", "N units later", a definite "The
# N-unit noun"), the sentence must hold exactly two dated points (or one range) and nothing else
# dated, and the stated length must fall outside every count the two dates allow by a margin.
_MEASURE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:lasted|lasting|lasts|took|takes|taking|spent|spending|ran[ ]++for|running[ ]++for|after[ ]++serving|served"
    # Round order16: a length the later point closes ("returned on 3 March 2004, ending nineteen years in exile")
    r"|ending"
    r"|serving|a[ ]++(?:tenure|term|stint|reign|run|spell|career|wait|journey|voyage|campaign)[ ]++of|to[ ]++mark|marking|marked"
    # Round 17: a length told as a noun's measure ("a crossing of 23 weeks", "a total of 195 days"),
    # or as what passed before the later point ("after four weeks of rehearsals", "over those 23 weeks").
    r"|an?[ ]++[a-z]++[ ]++of|after|over[ ]++(?:those|these|the)|in[ ]++(?:those|these|the[ ]++next|the[ ]++following)"
    # Round 19: the time a past deed took, "in" right after its verb and object ("crossed the
    # Atlantic in 90 days", "was built in 14 months")
    r"|(?<![\w-])(?:[a-z]{3,}ed|built|made|won|ran|swam|flew|rode|drove|sailed)(?:[ ]++(?!(?:in|on|at|by|to|from)[ ])[\w'-]++){0,3}?[ ]++in)"
    r"[ ]++(?:(?:some|nearly|almost|about|around|roughly|just|only|barely|more[ ]++than|less[ ]++than|over|under|fully)[ ]++)?$",
    re.IGNORECASE)
# Round order18: "within N units" bounds the time from one told date to the other from above only ("opened in April
# 1917 and, within 11 months, by June 1920, had hired"): flagged when the dates lie further apart, never closer. A
# promise, target or plan ("pledged to act within two years") and "within N units of" (counted from another event)
# are not read.
_MEASURE_WITHIN: Final = re.compile(r"(?<![\w-])within[ ]++(?:(?:just|only|barely|less[ ]++than|under)[ ]++)?$", re.IGNORECASE)
_MEASURE_WITHIN_BLOCK: Final = re.compile(
    r"(?<![\w-])(?:will|would|shall|could|might|may|should|must|if|unless|whether|expected|scheduled|planned|plans?|due"
    r"|not|never|promised?|promising|pledged?|vowed?|aim|aims|aimed|target|targets|goal|hoped?|hopes|wants?|wanted"
    r"|intends?|intended|tried|try|sought|seeks?|deadline|required|obliged|ordered|told|asked|agreed|to)(?![\w-])",
    re.IGNORECASE)
# The later date told right after the length: "within 11 months, by June 1920".
_MEASURE_WITHIN_THEN: Final = re.compile(r"(?<![ ]),?[ ]++(?:by|in|on)[ ]++(?:the[ ]++)?")
_MEASURE_LOOSE: Final = re.compile(r"(?:an?[ ]++[a-z]++[ ]++of|after|over|in)(?![\w-])", re.IGNORECASE)
_MEASURE_POINT_BEFORE: Final = re.compile(r"(?<![\w-])(?:in|on|by|until|till|from|since|to|between|and)[ ]++(?:the[ ]++)?$", re.IGNORECASE)
# Round 17: a length closed as a total after it: "24 months in all", "195 days in total".
_MEASURE_TOTAL_AFTER: Final = re.compile(r"(?<![ ])[ ]++(?:in[ ]++all|in[ ]++total|altogether)(?![\w-])", re.IGNORECASE)
# Round 17: "... on 14 June 1989, 154 days later": the later point set off right before its length.
_MEASURE_LATER_SET_OFF: Final = re.compile(r",[ ]++(?:(?:some|nearly|almost|about|around|roughly|just|only)[ ]++)?")
_MEASURE_APPROXIMATE: Final = re.compile(
    r"(?<![\w-])(?:some|nearly|almost|about|around|roughly|barely|more[ ]++than|less[ ]++than|over|under)[ ]++$", re.IGNORECASE)
_MEASURE_LATER: Final = re.compile(r"(?<![ ])[ ]++later(?![\w-])")
# Round order16: a length counted from a departure the sentence dates ("docked on 27 March, 60 days
# after take-off"): the same as "later".
_MEASURE_AFTER_DEPARTURE: Final = re.compile(
    r"(?<![ ])[ ]++after[ ]++(?:take-?off|departure|lift-?off|setting[ ]++(?:off|out|sail)|leaving|sailing)(?![\w-])")
_MEASURE_DEFINITE: Final = re.compile(r"(?<![\w'\u2019-])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ ]++$")
# Round order18: an indefinite length adjective measures its noun too when the noun's start is told right after
# it and the clause before ends it ("settled in January 1986 a decade-long dispute, begun in April 1967"); not "joined
# a decade-long project begun in 1990" (joining ends nothing) nor "a two-week strike in March" (no start told).
_MEASURE_INDEFINITE: Final = re.compile(r"(?<![\w'\u2019-])an?[ ]++$")
_MEASURE_END_VERB: Final = re.compile(
    r"(?<![\w-])(?:ended|ending|settled|settling|resolved|resolving|concluded|concluding|lifted|lifting|called[ ]++off"
    r"|finished|brought[ ]++to[ ]++an[ ]++end|came[ ]++to[ ]++an[ ]++end)(?![\w-])")
_MEASURE_STARTED_NOUN: Final = re.compile(
    r"(?<![ ])[ ]++[a-z][\w-]*+,?[ ]++(?:(?:which|that)[ ]++(?:had[ ]++)?)?(?:begun|began|started|starting|beginning|launched)"
    r"[ ]++(?:in|on)[ ]")
# Lengths the extractor leaves as words: "lasted a decade", "took a fortnight", "the three-night festival".
_MEASURE_WORDS: Final = ("a decade", "one decade", "a fortnight", "a year", "one year", "a month", "one month", "a week",
                         "one week")
_MEASURE_NIGHTS: Final = re.compile(
    r"(?<![\w-])(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty)-night(?![\w-])", re.IGNORECASE)
_MEASURE_SEQUEL: Final = re.compile(r"(?<![\w-])(?:later|subsequently|eventually|afterwards|afterward|since[ ]++then)(?![\w-])", re.IGNORECASE)
_MEASURED_NOUN: Final = re.compile(r"(?<![ ])[ ]++[\w-]++(?:[ ]++(?:of|by|with|between|among)[ ]++[\w' -]{1,40}?)?,?[ ]*+")
# Round 19: a length told as a noun's measure ("a run of", "a siege of") and a relative clause
# right after the length.
_R19_NOUN_MEASURE: Final = re.compile(r"(?:an?|the|its|their|his|her)[ ]++[a-z]++[ ]++of[ ]", re.IGNORECASE)
_R19_RELATIVE_RIGHT_AFTER: Final = re.compile(r"(?<![ ]),?[ ]++(?:which|that)")
# Round order17: the length measures the noun after it, which the relative clause dates ("ending a
# decade of prohibition that began in 1954").
_O17_OF_NOUN_RELATIVE: Final = re.compile(r"(?<![ ])[ ]++of[ ]++[a-z]++(?:[ ]++[a-z]++)?,?[ ]++(?:which|that)")
_MEASURE_UNIT_DAYS: Final = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5}

# The later of two sentences refers back to the other's event in its first words: "It reopened on",
# "The marriage, his friends said, lasted", "He spent 46 months", "Government troops encircled it on".
_REFERS_BACK_OPENING: Final = re.compile(
    r"(?:(?<![\w'\u2019-])[\w'\u2019-]++[ ]++){0,3}?(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|them|him)(?![\w'\u2019-])")


def _neighbour_points(context: _Context, starts: list[int], sentence_start: int, sentence_end: int,
                      dated: list[_Candidate]) -> list[_Candidate]:
    """The length's one or no dated point completed to two from exactly one neighbouring sentence that
    holds the rest and nothing else dated; the later sentence must refer back in its first words."""
    candidates = context.candidates
    text = context.text
    need = 2 - len(dated)
    found: list[_Candidate] | None = None
    neighbours = []
    if sentence_start > 0:
        neighbours.append(context.sentence(sentence_start - 1))
    if sentence_end < len(text):
        neighbours.append(context.sentence(sentence_end))
    for low, high in neighbours:
        if (low, high) == (sentence_start, sentence_end):
            continue
        points = [other for other in candidates[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]
                  if other.kind != "weekday"]
        if len(points) != need or any(
                other.kind not in ("date", "month_year", "year") or other.since or not other.absolute
                or other.earliest is None or other.latest is None for other in points):
            continue
        later_start = max(low, sentence_start)
        while later_start < len(text) and text[later_start] in " \n\t\"'(\u201c":
            later_start += 1
        if _REFERS_BACK_OPENING.match(text, later_start, min(high if low > sentence_start else sentence_end, later_start + 60)) is None:
            continue
        if found is not None:
            return []  # both neighbours could complete it: which one is measured is not told
        found = points
    return dated + found if found is not None else []


def _yearless_before_full(dated: list[_Candidate]) -> tuple[list[_Candidate], _Candidate | None]:
    """Round order17: a day without its year told before the one full day date of its sentence
    ("began on August 27 and was lifted on December 21, 1954"), read in that date's year when that
    puts it before the date; returned with the same day a year earlier (the other reading)."""
    if len(dated) != 2:
        return dated, None
    yearless, full = dated
    if not (yearless.kind == "date" and not yearless.year_explicit and yearless.start < full.start):
        return dated, None
    point = _in_year_of(yearless, full)
    if point is None or full.earliest is None or point.earliest is None or not point.earliest <= full.earliest:
        return dated, None
    earlier = _safe_date(point.earliest.year - 1, point.earliest.month, point.earliest.day)
    if earlier is None:
        return dated, None
    other = _Candidate(yearless.start, yearless.end, "date")
    other.earliest = other.latest = earlier
    other.year_explicit = other.absolute = True
    return [point, full], other


def _measured_between(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    lengths: list[tuple[int, int, int, str, str]] = []  # start, end, count, unit, relation
    for candidate in candidates:
        if (candidate.kind == "duration" and candidate.quantity is not None and candidate.quantity[0] == candidate.quantity[1]
                and candidate.unit in _MEASURE_UNIT_DAYS and candidate.relation in ("plain", "for", "adjective")):
            lengths.append((candidate.start, candidate.end, candidate.quantity[0], candidate.unit, candidate.relation))
    # Lengths in words are looked for only in sentences with two dated points or a range.
    sentences: dict[tuple[int, int], int] = {}
    for candidate in candidates:
        if candidate.absolute and candidate.kind in ("date", "month_year", "year", "range"):
            bounds = context.sentence(candidate.start)
            sentences[bounds] = sentences.get(bounds, 0) + (2 if candidate.kind == "range" else 1)
    for (sentence_start, sentence_end), count in sentences.items():
        if count < 2:
            continue
        lowered = text[sentence_start:sentence_end].lower()
        for phrase in _MEASURE_WORDS:
            position = lowered.find(phrase)
            while position >= 0:
                after = position + len(phrase)
                if ((position == 0 or not (lowered[position - 1].isalnum() or lowered[position - 1] == "-"))
                        and (after == len(lowered) or not (lowered[after].isalnum() or lowered[after] == "-"))
                        and (_MEASURE_BEFORE.search(text, max(sentence_start, sentence_start + position - 40), sentence_start + position) is not None
                             or _MEASURE_LATER.match(text, sentence_start + after, sentence_end) is not None)):
                    unit = phrase.partition(" ")[2]
                    lengths.append((sentence_start + position, sentence_start + after, 2 if unit == "fortnight" else 1,
                                    "week" if unit == "fortnight" else unit, "plain"))
                position = lowered.find(phrase, after)
        if "-night" in lowered:
            for match in _MEASURE_NIGHTS.finditer(text, sentence_start, sentence_end):
                quantity = _parse_quantity(match.group("count"))
                if quantity is not None:
                    lengths.append((match.start(), match.end(), quantity[0], "day", "adjective"))
    conflicts: list[DateConflict] = []
    if not lengths:
        return conflicts
    starts = [candidate.start for candidate in candidates]
    length_starts = sorted(length[0] for length in lengths)  # counted per sentence by bisection
    seen: set[int] = set()
    for start, end, count, unit, relation in lengths:
        if start in seen:
            continue
        seen.add(start)
        sentence_start, sentence_end = context.sentence(start)
        before_start = max(sentence_start, start - 40)
        later = (_MEASURE_LATER.match(text, end, sentence_end) is not None
                 or _MEASURE_AFTER_DEPARTURE.match(text, end, sentence_end) is not None)
        loose = within = False
        if relation == "for":
            # "ran for 23 months until it expired in": the length is told as a measure.
            measured = True
        elif relation == "adjective":
            measured = (_MEASURE_DEFINITE.search(text, max(sentence_start, start - 8), start) is not None
                        or _MEASURE_INDEFINITE.search(text, max(sentence_start, start - 4), start) is not None
                        and _MEASURE_STARTED_NOUN.match(text, end, sentence_end) is not None
                        and _MEASURE_END_VERB.search(text, sentence_start, start) is not None)
        else:
            before = _MEASURE_BEFORE.search(text, before_start, start)
            total = _MEASURE_TOTAL_AFTER.match(text, end, sentence_end) is not None
            measured = later or before is not None or total
            # Round 17's readings (a noun's measure, "after", "over those", "in all") also require each
            # dated point to follow a preposition: a list of dated items ("March 1 2012 Forces seize
            # ... after 27 days of shelling. 2013 Jihadists ...") dates other events.
            loose = not later and (before is None and total or before is not None and _MEASURE_LOOSE.match(before.group(0)) is not None)
            if (not measured and _MEASURE_WITHIN.search(text, before_start, start) is not None
                    and (then := _MEASURE_WITHIN_THEN.match(text, end, sentence_end)) is not None
                    and (following := bisect.bisect_left(starts, then.end())) < len(starts) and starts[following] == then.end()
                    and candidates[following].absolute
                    and _MEASURE_WITHIN_BLOCK.search(text, sentence_start, sentence_end) is None):
                measured = within = loose = True
        if not measured:
            continue
        # Another length in the sentence is tested first (the tests below skip the length alike
        # and have no effect), so that a sentence's dates are read for one length at most.
        others = bisect.bisect_left(length_starts, sentence_end) - bisect.bisect_left(length_starts, sentence_start)
        if sentence_start <= start < sentence_end:
            others -= bisect.bisect_right(length_starts, start) - bisect.bisect_left(length_starts, start)
        if others:
            continue
        dated = [other for other in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                 if not (other.start < end and start < other.end)]
        if any(other.kind in ("relative", "age") or other.since for other in dated):
            continue
        if others or any(
                other.kind == "duration" and other.start != start and not (other.start < end and start < other.end) for other in dated):
            # Two lengths in one sentence ("two years later and served there for a decade"): which
            # dates each measures is not told.
            continue
        dated = [other for other in dated if other.kind != "duration" and other.kind != "weekday"]
        dated, year_before = _yearless_before_full(dated)
        # Round duration23: a season with its year ("arriving in the autumn of 1902") is a dated point too.
        if any(other.kind not in ("date", "month_year", "year", "range") and not (other.kind == "season" and other.year_explicit)
               or other.earliest is None or other.latest is None or not other.absolute for other in dated):
            continue
        if len(dated) < 2 and not (dated and dated[0].kind == "range"):
            # Round 17: the dated points told in the sentence before or after ("It had stood for 23
            # years" after "Set in 1970, the record was broken in 1979").
            if _SINCE_PRESENT.search(text, sentence_start, start) is not None:
                continue  # "has been a politician for 26 years, after ... in 1990": measured to now
            dated = sorted(_neighbour_points(context, starts, sentence_start, sentence_end, dated), key=lambda other: other.start)
            if len(dated) == 2 and not (dated[0].latest < dated[1].earliest and (  # type: ignore[operator]
                    not later or sentence_start <= dated[1].start < sentence_end)):
                # Told across two sentences, the points come in the order of their dates, and a
                # "N units later" is followed by its own sentence's point.
                continue
        if len(dated) == 1 and dated[0].kind == "range":
            first = last = dated[0]
        elif len(dated) == 2 and dated[0].kind != "range" and dated[1].kind != "range":
            first, last = sorted(dated, key=lambda other: other.earliest)  # type: ignore[arg-type, return-value]
        else:
            continue
        assert first.earliest is not None and first.latest is not None and last.earliest is not None and last.latest is not None
        if relation == "plain" and loose and not all(
                _MEASURE_POINT_BEFORE.search(text, max(0, other.start - 12), other.start) for other in {first, last}):
            continue
        following = [other for other in (first, last) if other.start >= end]
        if any(re.fullmatch(r"[ ]++(?:in|on|from)[ ]++(?:the[ ]++)?", text[end:other.start]) for other in following):
            # "was jailed for 2 years in 1995": the date places the length, it does not end it.
            continue
        relative = _SPAN_RELATIVE.search(text, end, min(other.start for other in following)) if following else None
        if (relative is not None and relation == "plain" and before is not None
                and (_R19_NOUN_MEASURE.match(before.group(0)) is not None
                     and _R19_RELATIVE_RIGHT_AFTER.fullmatch(text, end, relative.end()) is not None
                     or _O17_OF_NOUN_RELATIVE.fullmatch(text, end, relative.end()) is not None)):
            # Round 19: the length is a noun's measure and the relative clause follows it at once,
            # so it dates the measured noun ("after a run of 32 weeks that began on ...").
            relative = None
        if relative is not None and (relation != "adjective" or _MEASURED_NOUN.fullmatch(text, end, relative.start()) is None):
            # "worked for 10 years at the mill, which opened in 1950 and closed in 1990", "The
            # 3-day festival moved to the park, which opened in": the dates of a relative clause
            # belong to its own noun, unless that is the measured one ("The 36-week strike by bus
            # drivers, which began in").
            continue
        if later and (first is last or not (first.end <= start and (
                0 <= last.start - end <= 50
                or first.end <= last.start and last.end <= start and _MEASURE_LATER_SET_OFF.fullmatch(text, last.end, start)))):
            # "began in May 1996, and 19 months later the road opened, in October 1998": the
            # later event is dated right after "later", the earlier one before it.
            continue
        between = (min(first.end, last.end), max(first.start, last.start))
        if first is not last and _MEASURE_SEQUEL.search(text, *between) is not None and not (between[0] <= start < between[1] and later):
            # "After serving four years for a conviction in 1966, King was later pardoned in 1983":
            # the second date is a further event, not the end of what was measured.
            continue
        if context.reference is not None and (last.earliest if context.inferred else last.latest) > context.reference and (
                not context.inferred or _r21_future_frame(text, *context.sentence(last.start))):
            # Round order18: an inferred reference is the article's latest date (the middle of its year when only a
            # year is told), a lower bound on publication: a year that holds it is not yet to come.  Round
            # anchor17: a later date is only left out of that inference, not shown to be to come (a "will" in
            # the next 40 characters, in another sentence, is enough); a length between two dates needs no
            # "now", so with an inferred reference only a future frame in the last date's own sentence skips.
            continue
        if first is last:
            longest = (first.latest - first.earliest).days + 1
            # "from 1913 to 1936" may run from the last day of 1913 to the first of 1936.
            shortest = int((first.latest.year - first.earliest.year - 1) * 365.25) if first.granularity == "year" else longest - 1
        else:
            shortest = max(0, (last.earliest - first.latest).days)
            longest = (last.latest - first.earliest).days + 1
        unit_days = _MEASURE_UNIT_DAYS[unit]
        approximate = _MEASURE_APPROXIMATE.search(text, before_start, start) is not None
        stated = count * unit_days
        # Two units either way (counted inclusively or not, a month of 28 to 31 days), a tenth of
        # a long length, a quarter when it is told as approximate; a decade is round to five years.
        margin = 5 * 365.25 if unit == "decade" else max(2 * unit_days, (0.25 if approximate else 0.1) * stated)
        if not (stated > longest + margin and not within or stated < shortest - margin):
            continue
        if first is not last and _not_the_span(text, sentence_start, start, end, relation, first, last, stated > longest + margin,
                                               context.reference, (stated, stated, margin)):
            continue
        if year_before is not None and first is not last and year_before.start == first.start:
            # Round order17: the yearless start may be in the year before ("began on 27 August and
            # was lifted on 21 December 1954" read as 1953): flagged only if that reading misfits too.
            assert year_before.earliest is not None
            if not (stated > (last.latest - year_before.earliest).days + 1 + margin
                    or stated < max(0, (last.earliest - year_before.earliest).days) - margin):
                continue
        spans = sorted({(start, end), (first.start, first.end), (last.start, last.end)})
        measured_days = f"{max(shortest, 0)} to {longest} days" if shortest != longest else f"{longest} days"
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
            f"\"{text[start:end]}\" does not fit \"{text[first.start:first.end]}\" to \"{text[last.start:last.end]}\": "
            f"the dates given span {measured_days}",
        ))
    return conflicts


# Round 14: a length in years measured from one dated start to the time of writing: "It is 50
# years since the last pit closed in 1976", "has sung for the 93 years since then" (after "Founded
# in 1933"), "has led the school since 1991, a tenure of 35 years".  The sentence is told in the
# present ("is", "has", "marks"), holds one dated point or one "since" date, and one length.
_SINCE_AFTER_LENGTH: Final = re.compile(r"(?<![ ])[ ]++(?:since|on[ ]++from)(?![\w-])", re.IGNORECASE)
# Round duration24: a "since" after a length naming another start than the date before it ("for 10 years since her
# refit"), not one that points back to it ("since then", "since it opened").
_D24_SINCE_OTHER: Final = re.compile(r"(?<![ ])[ ]++since[ ]++(?:her|his|its|their|the|a|an|my|our|your)[ ]++(?!time[ ])[a-z]")
_SINCE_TENURE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:a|an|its|his|her|their)[ ]++(?:tenure|reign|career|run|stint|association|partnership|presence|history)"
    r"[ ]++of[ ]++(?:(?:some|nearly|almost|about|around|more[ ]++than|over)[ ]++)?$", re.IGNORECASE)
_SINCE_PRESENT: Final = re.compile(r"(?<![\w'\u2019-])(?:is|it's|it\u2019s|has|have|marks|now)(?![\w'\u2019-])", re.IGNORECASE)
_SINCE_PAST: Final = re.compile(r"(?<![\w'\u2019-])(?:was|were|had|would|will)(?![\w'\u2019-])", re.IGNORECASE)
_SINCE_WORD: Final = re.compile(r"(?<![\w-])since(?![\w-])")


def _lengths_to_now(context: _Context) -> list[DateConflict]:
    # Round anchor16: with no publication date the article's latest date bounds now from below, so
    # only a length too short for it conflicts.
    reference = _reference_floor(context)
    if reference is None:
        return []
    inferred = context.inferred
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    starts: list[int] = []
    sentence_blocking: dict[int, int] = {}
    for quantity in candidates:
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.quantity[0] != quantity.quantity[1]
                or quantity.unit not in ("year", "decade") or quantity.relation not in ("plain", "for")):
            continue
        sentence_start, sentence_end = context.sentence(quantity.start)
        since_after = _SINCE_AFTER_LENGTH.match(text, quantity.end, sentence_end) is not None
        tenure = _SINCE_TENURE_BEFORE.search(text, max(sentence_start, quantity.start - 40), quantity.start) is not None
        if not since_after and not tenure:
            continue
        if not starts:
            starts = [candidate.start for candidate in candidates]
        # The sentence's lengths (this one among them), ages, ranges and relative dates, counted once per
        # sentence: another one skips the length below all the same, so it is tested first.
        blocking = sentence_blocking.get(sentence_start)
        if blocking is None:
            blocking = sentence_blocking[sentence_start] = sum(
                1 for other in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                if other.kind in ("duration", "age", "range") or other.kind == "relative" and not other.since)
        if blocking > 1:
            continue
        if _SINCE_PRESENT.search(text, sentence_start, quantity.start) is None or _SINCE_PAST.search(text, sentence_start, sentence_end) is not None:
            continue
        others = [other for other in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                  if other is not quantity and other.kind != "weekday"]
        if any(other.kind in ("duration", "age", "range") or other.kind == "relative" and not other.since for other in others):
            continue
        if since_after and len(others) == 0 and quantity.start > 0:
            # "Founded in 1933, the choir has sung ... for the 93 years since then": "then" is the
            # one date of the sentence before? Only the same sentence is read.
            continue
        if len(others) != 1 or others[0].earliest is None or not (others[0].absolute or others[0].since):
            continue
        start = others[0]
        if tenure and not start.since:
            continue
        if (since_after and start.end <= quantity.start and not start.since
                and _D24_SINCE_OTHER.match(text, quantity.end, sentence_end) is not None):
            continue  # Round duration24: "which entered service in 1968, has been sailing for 10 years since her refit"
        assert start.earliest is not None
        elapsed = reference.year - start.earliest.year
        years = quantity.quantity[0] * (10 if quantity.unit == "decade" else 1)
        approximate = _MEASURE_APPROXIMATE.search(text, max(sentence_start, quantity.start - 16), quantity.start) is not None
        margin = 5 if quantity.unit == "decade" else (max(2, years // 4) if approximate else 2)
        if years + margin < elapsed or abs(years - elapsed) > margin and not inferred:
            conflicts.append(_duration_conflict(text, quantity, start, f"{elapsed} years to the publication year {reference.year}"
                                                if not inferred else f"at least {elapsed} years to {reference.year}, "
                                                "the year of the article's latest date"))
    return conflicts



# Round 17: a length "ago" told beside the date of the same event: "opened in April 2002, eight months
# ago", "closed 38 months ago, in March 2014", "founded in 1941 by two brothers, 61 years ago".  The
# length is measured from the date to the publication date (never an inferred one) with the margins
# of the lengths above (two units, a tenth of a long length).  The date is the length's neighbour in
# its sentence, set off by at most a preposition, or the only date of a short stretch of one clause.
_AGO_CLAUSE_BREAK: Final = re.compile(
    r"(?<![\w-])(?:when|after|before|since|than|while|until|recall[a-z]*+|remember[a-z]*+|said|says|told|marks?|marked"
    r"|anniversary|and|but|or|which|who|that)(?![\w-])|[;:()\u2013\u2014\"\u201c\u201d]", re.IGNORECASE)


def _reference_floor(context: _Context) -> datetime.date | None:
    """The earliest day the article can have been written: the publication date, or with none the
    latest first day of any past date the article writes with its year (a full date, the first day of a
    month, 1 January of a year).

    Round anchor17: the inferred reference prefers a full date or a month to a bare year (it anchors
    relative dates, so it wants a day), even an older one: "completed in October 1932" beside a text
    that reports 2012 gave 1932.  Every past date the article reports happened before it was written,
    so the floor is the latest of them all, each read with the inference's own filters (not in a
    future or hypothetical window, not pinned to a "yesterday"-like word)."""
    reference = context.reference
    if reference is None or not context.inferred:
        return reference
    if context.floor is not None:
        return context.floor
    if context.precision == "latest year":
        floor = datetime.date(reference.year, 1, 1)
    elif context.precision == "latest month":
        floor = reference.replace(day=1)
    else:
        floor = reference
    text, candidates = context.text, context.candidates
    for index, candidate in enumerate(candidates):
        if (not candidate.year_explicit or candidate.impossible or candidate.earliest is None or candidate.earliest <= floor
                or candidate.since or not (candidate.kind in ("date", "month_year") and candidate.month is not None
                                           or candidate.kind == "year" and candidate.granularity == "year")):
            continue
        if _FUTURE_FOR_INFERENCE.search(text, max(0, candidate.start - 60), min(len(text), candidate.end + 40)):
            continue
        if _is_pinned(text, candidates, index):
            continue
        floor = candidate.earliest
    context.floor = floor
    return floor


def _ago_lengths(context: _Context) -> list[DateConflict]:
    # Round anchor16: with no publication date, the latest past date the article writes is a lower
    # bound on its writing, so a length "ago" that ends before it is too short ("went missing on July
    # 30, 2015, 44 weeks ago" in an article that reports September 25, 2016); it is never too long.
    reference = _reference_floor(context)
    if reference is None:
        return []
    inferred = context.inferred
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    for index, relative in enumerate(candidates):
        if (relative.kind != "relative" or relative.relation != "ago" or relative.quantity is None
                or relative.quantity[0] != relative.quantity[1] or relative.unit not in _MEASURE_UNIT_DAYS):
            continue
        sentence_start, sentence_end = context.sentence(relative.start)
        for neighbour in (index - 1, index + 1):
            if not 0 <= neighbour < len(candidates):
                continue
            other = candidates[neighbour]
            if (not other.absolute or other.kind not in ("date", "month_year", "year") or other.since
                    or not sentence_start <= other.start < sentence_end):
                continue
            assert other.earliest is not None and other.latest is not None
            low, high = (other.end, relative.start) if neighbour < index else (relative.end, other.start)
            if not (high - low <= 8 and _PINNED_GAP.fullmatch(text, low, high) is not None
                    or high - low <= 40 and _AGO_CLAUSE_BREAK.search(text, low, high) is None
                    and sum(1 for candidate in candidates[max(0, index - 3):index + 4]
                            if sentence_start <= candidate.start < sentence_end and candidate is not relative) == 1):
                continue
            if other.latest > reference:
                continue
            shortest, longest = (reference - other.latest).days, (reference - other.earliest).days
            unit_days = _MEASURE_UNIT_DAYS[relative.unit]
            stated = relative.quantity[0] * unit_days
            margin = 5 * 365.25 if relative.unit == "decade" else max(2 * unit_days, 0.1 * stated)
            if (relative.unit in ("day", "week")
                    and _MEASURE_APPROXIMATE.search(text, max(sentence_start, relative.start - 16), relative.start) is None):
                # Round duration24: a count of days or weeks not told as approximate ("327 weeks ago", not "some
                # 821 days ago") is a count: a twentieth of it, two units at least.
                margin = max(2 * unit_days, 0.05 * stated)
            if stated > longest + margin and not inferred or stated < shortest - margin:
                conflicts.append(_duration_conflict(
                    text, relative, other, f"{other.earliest.isoformat()} is {shortest:,} to {longest:,} days before "
                    + (f"the publication date {reference.isoformat()}" if not inferred else
                       f"{reference.isoformat()}, the article's latest date (at least that long before it was written)")))
            break
    return conflicts


# Round 17: an age told beside a birth date in forms no rule above reads, checked against the one
# other date of the age's sentence (or, told in the present, the publication date) with the policy
# of _ages_at_events (a year either way of the birthday-dependent count):
# "As a 29-year-old, he swam the channel on 3 June 1980" (birth in the sentence before), "Aged twenty,
# the prodigy - born on ... - played ... on", "The 32-year-old pilot, born on ..., was killed ... on",
# "celebrated her 64th birthday ... on", "born on ... and died on ..., was 61", "who was born in 1950,
# is 52", "is now 48".  Ages of someone else ("his 40-year-old wife") stay out: the age must open its
# clause ("As a", "Aged"), head the phrase the birth is set off from, be the subject's birthday, or be
# the predicate ("is 52", "was 61") of the sentence whose birth it follows.
# Round anchor18: also the ages below ten spelled out ("Aged five,", "As a seven-year-old") and past 99
# (the spelled and written ages of _AGE_NUMBER, shared with the ages told at a narrated event).
_BIRTH_BEFORE: Final = re.compile(r"(?<!\w)(?:[Bb]orn|[Bb]irth)(?:[ ]++[a-z]++){0,2}?[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
_BIRTH_PREDICATE_GAP: Final = re.compile(r"[ ]*+,?[ ]*+(?:and[ ]++)?")
_BIRTH_AGE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:(?:(?P<as>[Aa]s[ ]++an?)|(?P<the>[Tt]he))[ ]++(?P<adj>" + _AGE_NUMBER + r")-year-old"
    r"|(?P<aged>[Aa]ged)[ ]++(?P<aged_n>" + _AGE_NUMBER + r")(?=[ ]*+[,;])"
    r"|(?:his|her|their)[ ]++(?P<ordinal>1[01][0-9]|[1-9][0-9]?)(?:st|nd|rd|th)[ ]++birthday"
    # Round anchor18: the predicate may carry its unit ("was 23 years old") and reach past 99 ("was 102").
    r"|(?P<verb>is|was|is[ ]++now|now[ ]++aged)[ ]++(?P<pred>[1-9][0-9]?|1[01][0-9])(?:[ ]++years?[ ]++old)?(?=[ ]*+(?:[,;.]|and[ ]))"
    r")(?![\w-])")


def _ages_beside_births(context: _Context) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    if text.find("orn") == -1:
        return conflicts
    candidates = context.candidates
    # Round duration24: also a birth told with its place between ("who was born in Wyvern Ford on 12th January
    # 1936, is 105"), as _births reads it.
    placed = {id(birth) for birth in _births(context)}
    for index, born in enumerate(candidates):
        if (not born.absolute or born.kind == "range" or born.since or born.granularity == "decade"
                or _BIRTH_BEFORE.search(text, max(0, born.start - 29), born.start) is None and id(born) not in placed):
            continue
        sentence_start, sentence_end = context.sentence(born.start)
        if _others_birth(text, sentence_start, born.start):
            continue  # "The five-year-old twins, whose father was born on ...": another person's birth
        # The age's sentence: the birth's own, or the next one for an opening "As a N-year-old".
        next_end = context.sentence(sentence_end)[1] if sentence_end < len(text) else sentence_end
        for age in _BIRTH_AGE.finditer(text, sentence_start, next_end):
            in_next = age.start() >= sentence_end
            if age.group("as") is not None:
                stated = _parse_quantity(age.group("adj"))
            elif age.group("the") is not None:
                # "The 32-year-old pilot, born on ...": the birth set off from the age's own phrase.
                if in_next or not 0 <= born.start - age.end() <= 40 or "," not in text[age.end():born.start]:
                    continue
                stated = _parse_quantity(age.group("adj"))
            elif age.group("aged") is not None:
                # Only opening its sentence ("Aged twenty, the prodigy ..."): "his nephew, aged 30," is someone else.
                if text[context.sentence(age.start())[0]:age.start()].strip(" \n\t\"'(\u201c") != "":
                    continue
                stated = _parse_quantity(age.group("aged_n"))
            elif age.group("ordinal") is not None:
                stated = (int(age.group("ordinal")), int(age.group("ordinal")))
            else:
                # "who was born in 1950, is 52": the predicate of the birth's sentence, after the birth.
                if in_next or age.start() < born.end:
                    continue
                # Right after the birth or its death date: "who was born in 1950, is 52", "born on ... and
                # is now 48", "born on ... and died on ..., was 61"; not "says his nephew is 30".
                if (_BIRTH_PREDICATE_GAP.fullmatch(text, born.end, age.start()) is None
                        and not (age.group("verb") == "was" and index + 1 < len(candidates)
                                 and _BIRTH_PREDICATE_GAP.fullmatch(text, candidates[index + 1].end, age.start()) is not None
                                 and candidates[index + 1].start - born.end <= 40)):
                    continue
                stated = (int(age.group("pred")), int(age.group("pred")))
            if stated is None or in_next and age.group("as") is None:
                continue
            age_start, age_end = context.sentence(age.start())
            others = [other for other in candidates
                      if age_start <= other.start < age_end and other is not born and other.kind != "weekday"
                      and not (other.start < age.end() and age.start() < other.end)]
            present = age.group("verb") is not None and age.group("verb") != "was"
            floor = _reference_floor(context)
            if present:
                # Round anchor16: with no publication date, an age told in the present is checked
                # against the article's latest date, a lower bound on now: only too young can conflict.
                if others or floor is None:
                    continue
                event_earliest = event_latest = floor
                event_span = None
            else:
                if len(others) != 1 or not others[0].absolute or others[0].kind == "range" or others[0].since:
                    continue
                event = others[0]
                assert event.earliest is not None and event.latest is not None
                if age.group("verb") == "was" and _DEATH_WORD.search(text, age_start, event.start) is None:
                    continue
                event_earliest, event_latest = event.earliest, event.latest
                event_span = (event.start, event.end)
            assert born.earliest is not None and born.latest is not None
            youngest = event_earliest.year - born.latest.year - 1
            oldest = event_latest.year - born.earliest.year
            if youngest < 0 or youngest - 1 <= stated[0] <= oldest + 1:
                continue
            if present and context.inferred and stated[0] >= youngest - 1:
                continue  # older than at the latest date: written later, not a conflict
            spans = sorted({(born.start, born.end), (age.start(), age.end())} | ({event_span} if event_span else set()))
            conflicts.append(DateConflict(
                "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
                f"an age of {stated[0]} does not fit a birth in {_describe(born, text)}: "
                + (f"at least {max(youngest, 0)} years at {event_latest.isoformat()}, the article's latest date"
                   if present and context.inferred else f"{max(youngest, 0)} to {oldest} years at "
                   + (_describe(event, text) if event_span else f"the publication date {event_latest.isoformat()}")),
            ))
            break
    return conflicts


# Round 17: lengths the extractor leaves as words, read where they can only be measures: "for half a
# century", "for a decade", "for a quarter of a century", and the round anniversaries ("its centenary",
# "a golden jubilee").  Told in the present with one dated start in the sentence, they run to the
# publication year ("has been trading for half a century, ever since it opened in 1941"; "is marking its
# centenary" after "founded in 1869"); in a sentence with exactly two dated points, a century-scale
# length or an anniversary runs between them ("the centenary of the school, which opened in 1900; the
# celebrations took place in 1969").  The margin is that of a decade in _lengths_to_now: five years.
_WORD_LENGTH: Final = re.compile(
    r"(?<![\w-])(?:(?P<for>for[ ]++(?:(?:nearly|almost|about|around|more[ ]++than|over|some)[ ]++)?)?"
    r"(?P<phrase>half[ ]++a[ ]++century|a[ ]++half-century|a[ ]++century|a[ ]++decade|a[ ]++quarter[ ]++of[ ]++a[ ]++century"
    r"|a[ ]++quarter-century|(?P<anniversary>centenary|centennial|bicentenary|bicentennial|(?:silver|golden|diamond)[ ]++jubilee)))(?![\w-])",
    re.IGNORECASE)
_WORD_LENGTH_KEYWORD: Final = re.compile("century|decade|centen|jubilee|Centen|Jubilee")
_WORD_LENGTH_YEARS: Final = {"half a century": 50, "a half-century": 50, "a century": 100, "a decade": 10,
                             "a quarter of a century": 25, "a quarter-century": 25, "centenary": 100, "centennial": 100,
                             "bicentenary": 200, "bicentennial": 200, "silver jubilee": 25, "golden jubilee": 50,
                             "diamond jubilee": 60}


def _word_lengths(context: _Context) -> list[DateConflict]:
    text = context.text
    conflicts: list[DateConflict] = []
    candidates = context.candidates
    found: dict[int, re.Match[str]] = {}
    # Only sentences with an explicit date can hold a conflict; a scan of the whole text costs more than the rule.
    sentences = {context.sentence(candidate.start) for candidate in candidates if candidate.absolute}
    for sentence_start, sentence_end in sentences:
        keyword = _WORD_LENGTH_KEYWORD.search(text, sentence_start, sentence_end)
        while keyword is not None:
            window = _WORD_LENGTH.search(text, max(sentence_start, keyword.start() - 48), min(sentence_end, keyword.start() + 16))
            if window is not None:
                found.setdefault(window.start(), window)
            keyword = _WORD_LENGTH_KEYWORD.search(text, keyword.end(), sentence_end)
    if not found:
        return conflicts
    starts = [candidate.start for candidate in candidates]
    for match in (found[start] for start in sorted(found)):
        phrase = " ".join(match.group("phrase").lower().split())
        years = _WORD_LENGTH_YEARS[phrase]
        anniversary = match.group("anniversary") is not None
        if match.group("for") is None and not anniversary and years < 50:
            continue
        sentence_start, sentence_end = context.sentence(match.start())
        others = [other for other in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                  if other.kind != "weekday" and not (other.start < match.end() and match.start() < other.end)]
        if any(other.kind in ("duration", "age", "relative", "range") or not other.absolute or other.since
               or other.kind not in ("date", "month_year", "year") for other in others):
            continue
        if len(others) == 1:
            present = (_SINCE_PRESENT.search(text, sentence_start, match.start()) is not None
                       and _SINCE_PAST.search(text, sentence_start, sentence_end) is None)
            floor = _reference_floor(context)
            if not present or floor is None or not (match.group("for") or anniversary):
                continue
            start = others[0]
            assert start.earliest is not None
            elapsed = floor.year - start.earliest.year
            if context.inferred:
                # Round anchor16: the article's latest date bounds now from below: only too short conflicts.
                if years + 5 >= elapsed:
                    continue
                measured = f"at least {elapsed} years to {floor.year}, the year of the article's latest date"
            else:
                measured = f"{elapsed} years to the publication year {floor.year}"
        elif len(others) == 2 and (anniversary or years >= 50):
            first, last = sorted(others, key=lambda other: other.earliest)  # type: ignore[arg-type, return-value]
            assert first.earliest is not None and last.earliest is not None
            if context.reference is not None and last.earliest > context.reference:
                continue
            elapsed = last.earliest.year - first.earliest.year
            measured = f"{elapsed} years from {text[first.start:first.end]} to {text[last.start:last.end]}"
            start = first
        else:
            continue
        if abs(years - elapsed) > 5:
            spans = sorted({(match.start("phrase"), match.end("phrase"))} | {(other.start, other.end) for other in others})
            conflicts.append(DateConflict(
                "duration_arithmetic", tuple(spans),  # type: ignore[arg-type]
                f"\"{match.group('phrase')}\" does not fit {measured}"))
    return conflicts

# Round 18: two forms of a length measured to the publication date (never an inferred one).
# A length set off right after a "since" date as its measure: "has coached the club since 1992, a
# spell of 34 years", "since April 1963 - 43 years of service". And the age of a thing told in the
# present beside the date its subject came into being, in a sentence with no other date: "The
# bridge, completed in 1909, is 85 years old", "which took its first pupils in 1942, is now a
# 58-year-old institution". Margins of the other lengths to now: two years.
_R18_SINCE_MEASURE: Final = re.compile(
    r"(?<![ ])(?:,|[ ]*+[\u2013\u2014-]{1,2}+)[ ]*+(?:(?:a|an|some|nearly|almost|about|around|over|more[ ]++than)[ ]++)?"
    r"(?:[a-z]++[ ]++of[ ]++)?")
_R18_ORIGIN: Final = re.compile(
    r"(?<![\w-])(?:completed|built|founded|established|erected|constructed|opened|formed|set[ ]++up|took[ ]++its[ ]++first"
    r"|consecrated|incorporated)(?![\w-])")
# The date's clause closes and its subject's present age follows: "completed in 1909, is 85 years old".
_R18_PRESENT_AGE: Final = re.compile(
    r"(?<![ ]),?[ ]++(?:is|are)(?:[ ]++(?:now|today|still))?(?:[ ]++(?:a|an|some|nearly|almost|about|over))?[ ]++")


# Round 21: a length told in the present perfect or with "now" ("has been making boilers for 34 years",
# "We've been married 32 years now", "is celebrating half a century of screenings") runs from the start its
# sentence dates ("founded in 1969", "who wed ... in 1992", "which opened in 1980", "Since opening its doors in
# 1972") to publication.  The sentence holds that one date, marked as a start, and no other length or age.
_R21_PRESENT_LENGTH: Final = re.compile(
    r"(?<![\w-])(?:(?:has|have)[ ]++|['\u2019](?:s|ve)[ ]++|(?:is|are)[ ]++(?:now[ ]++)?(?:celebrating|marking|in)[ ]++)")
_R21_NOW_NEAR: Final = re.compile(r"(?<![\w-])now(?![\w-])")
# Round order16: a length closed at the present by the words after it ("since her wedding on 22 July
# 1993, 15 years and counting", "since it opened on 8 December 1976: 49 years to date").
_R21_NOW_AFTER: Final = re.compile(r"(?<![ ])[ ]++(?:and[ ]++counting|to[ ]++date|so[ ]++far)(?![\w-])")
_R21_START_WORD: Final = re.compile(
    r"(?<![\w-])(?:founded|founding|opened|opening|established|formed|wed|married|took[ ]++over|taking[ ]++over|taken"
    r"|joined|joining|began|started|launched|built|created|set[ ]++up|arrived|moved|since|from)(?![\w-])"
    r"(?:[ ]++[^ ,;:()]++){0,6}?[ ]++(?:in|on)?[ ]*+(?:the[ ]++)?$")


def _r21_lengths_to_now(context: _Context) -> list[DateConflict]:
    # Round anchor17: with no publication date, measured to the floor (the latest past date written).
    reference = _reference_floor(context)
    if reference is None:
        return []
    # Round order16: an inferred reference is a lower bound on publication, so with one only a length
    # too short to reach it is flagged (and none measured from the date the reference came from).
    inferred = context.inferred
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    starts: list[int] | None = None
    for quantity in candidates:
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.quantity[0] != quantity.quantity[1]
                or quantity.unit not in ("year", "decade", "month", "week") or quantity.relation not in ("plain", "for", "adjective")):
            continue
        sentence_start, sentence_end = context.sentence(quantity.start)
        present_total = False
        present = _R21_PRESENT_LENGTH.search(text, max(sentence_start, quantity.start - 60), quantity.start)
        if present is None or _OWN_CLAUSE_BREAK.search(text, present.end(), quantity.start) is not None:
            if (_R21_NOW_NEAR.search(text, max(sentence_start, quantity.start - 12), min(sentence_end, quantity.end + 12)) is None
                    and _R21_NOW_AFTER.match(text, quantity.end, sentence_end) is None):
                # Round order16: a total after a "since" date in a present perfect sentence ("has fed
                # families since it opened on 8 December 1976: 49 years in all"), checked below.
                if (_MEASURE_TOTAL_AFTER.match(text, quantity.end, sentence_end) is None
                        or _R21_PRESENT_LENGTH.search(text, sentence_start, quantity.start) is None):
                    continue
                present_total = True
        if _r21_future_frame(text, sentence_start, sentence_end):
            continue
        if starts is None:
            starts = [candidate.start for candidate in candidates]
        others = [other for other in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                  if other is not quantity and other.kind != "weekday"]
        if len(others) != 1:
            continue
        (start,) = others
        if (not (start.absolute or start.since) or start.kind == "range" or start.earliest is None or not start.year_explicit
                or start.granularity not in ("day", "month", "year") or start.earliest > reference):
            continue
        if not start.since and _R21_START_WORD.search(text, max(sentence_start, start.start - 70), start.start) is None:
            continue
        if present_total and not (start.since or _SINCE_WORD.search(text[max(sentence_start, start.start - 30):start.start])):
            continue
        if _R21_COORDINATED.search(text, min(start.end, quantity.end), max(start.start, quantity.start)) is not None:
            continue  # "has run the station since 1989, and her deputy has served for 12 years": another clause's length
        low, high = quantity.quantity
        if quantity.unit == "week":
            # Round order16: "has been shut since October 8, 2010, a closure that has now run for 71 weeks".
            if start.granularity != "day":
                continue
            elapsed = (reference - start.earliest).days // 7
            slack = max(2, elapsed // 10)
            stated = low
            measured = f"{elapsed} weeks to the publication date {reference.isoformat()}"
        elif quantity.unit == "month":
            elapsed = (reference.year - start.earliest.year) * 12 + reference.month - start.earliest.month
            slack = max(3, elapsed // 10)
            stated = low
            measured = f"{elapsed} months to the publication date {reference.isoformat()}"
        else:
            elapsed = reference.year - start.earliest.year
            stated = low * (10 if quantity.unit == "decade" else 1)
            slack = max(2, elapsed // 10)
            measured = f"{elapsed} years to the publication year {reference.year}"
        if inferred:
            # A "since" date runs to the reference once anchored, so its own year is its earliest one
            # (round anchor17: such starts were all skipped).
            own_latest = start.earliest if start.since else start.latest
            if own_latest is None or own_latest.year >= reference.year - 1:
                continue
            if stated + slack < elapsed:
                conflicts.append(_duration_conflict(text, quantity, start, measured.replace("publication", "inferred reference")))
        elif abs(stated - elapsed) > slack:
            conflicts.append(_duration_conflict(text, quantity, start, measured))
    return conflicts


# Round 21: an age told in the present ("Ignatius Okonkwo, now 50, was born in 1978", "who was born on
# December 12, 1970, is now 37", "Aged 52, X - born in August 1976 - is the oldest player") is the years
# from the birth told in the same sentence to publication.
_R21_PRESENT_AGE: Final = re.compile(
    r"(?<![\w-])(?:(?:[Nn]ow[ ]++|(?:is|are)[ ]++(?:now[ ]++)?(?:aged[ ]++)?)(?P<age>[1-9][0-9]?)"
    r"(?=[ ]*+(?:[,;:)]|\.(?![0-9])|$)|[ ]++(?:years?[ ]++old|and)(?![\w-]))"
    r"|[Aa]ged[ ]++(?P<fronted>[1-9][0-9]?),"
    # Round duration23: "At 2, Gwendolen is the oldest person ever to graduate" (its clause in the present, below).
    r"|[Aa]t[ ]++(?:the[ ]++age[ ]++of[ ]++|age[ ]++)?(?P<at>[1-9][0-9]?|1[01][0-9]),)")
_R21_IS_PRESENT: Final = re.compile(r"(?<![\w-])(?:is|are|now)(?![\w-])")
# Round duration23: the first verb of an "At N," clause: present ("is", "are", "now") or past.
_D23_FIRST_VERB: Final = re.compile(r"(?<![\w'\u2019-])(?:is|are|now|was|were|had|has|have|became|won|did|[a-z]++(?<=ed))(?![\w-])")


def _r21_present_ages(context: _Context) -> list[DateConflict]:
    # Round anchor18: with no publication date, measured to the floor on now: an age told in the present
    # that is too young for it conflicts ("born on August 19, 1928 ..., is now 66" beside 2016); none is
    # too old, as now has no ceiling.
    reference = _reference_floor(context)
    if reference is None:
        return []
    text = context.text
    conflicts: list[DateConflict] = []
    # Births are looked for only when some date has "born" or "birth" in the 40 characters before it.
    if not any(candidate.absolute and (text.find("orn", max(0, candidate.start - 40), candidate.start) != -1
                                       or text.find("irth", max(0, candidate.start - 40), candidate.start) != -1)
               for candidate in context.candidates):
        return conflicts
    births = _births(context)
    for birth in births:
        if birth.earliest is None or birth.latest is None or not birth.year_explicit:
            continue
        sentence_start, sentence_end = context.sentence(birth.start)
        if sum(1 for other in births if sentence_start <= other.start < sentence_end) != 1:
            continue
        ages = list(_R21_PRESENT_AGE.finditer(text, max(sentence_start, birth.start - 120), min(sentence_end, birth.end + 120)))
        if birth.start - 300 <= sentence_start < birth.start - 120:
            # Round duration23: an "At N," that opens a longer sentence of the birth.
            opening = _R21_PRESENT_AGE.search(text, sentence_start, min(sentence_start + 30, birth.start))
            if opening is not None and opening.group("at") is not None:
                ages.insert(0, opening)
        if len(ages) != 1:
            continue
        age = ages[0]
        if age.group("fronted") is not None:
            if _SENTENCE_OPENING.fullmatch(text, sentence_start, age.start()) is None or _R21_IS_PRESENT.search(text, age.end(), sentence_end) is None:
                continue
            stated = int(age.group("fronted"))
        elif age.group("at") is not None:
            first_verb = _D23_FIRST_VERB.search(text, age.end(), sentence_end)
            if (_SENTENCE_OPENING.fullmatch(text, sentence_start, age.start()) is None or first_verb is None
                    or first_verb.group(0) not in ("is", "are", "now")):
                continue
            stated = int(age.group("at"))
        else:
            stated = int(age.group("age"))
        if _r21_future_frame(text, sentence_start, sentence_end) or _KIN_BEFORE.search(text, max(sentence_start, age.start() - 30), age.start()):
            continue
        oldest = reference.year - birth.earliest.year
        youngest = reference.year - birth.latest.year - 1
        if youngest - 1 <= stated and (context.inferred or stated <= oldest + 1):
            continue
        conflicts.append(DateConflict(
            "duration_arithmetic", tuple(sorted(((birth.start, birth.end), (age.start(), age.end())))),
            f"an age of {stated} told in the present does not fit a birth on {text[birth.start:birth.end]}: "
            + (f"at least {max(youngest, 0)} years by {reference.year}, the year of the article's latest date "
               "(no publication date: a lower bound on when it was written)" if context.inferred else
               f"{max(youngest, 0)} to {oldest} years at the publication date {reference.isoformat()}"),
        ))
    return conflicts


def _r18_lengths_to_now(context: _Context) -> list[DateConflict]:
    # Round anchor16: with no publication date, measured to the article's latest date (a lower bound
    # on now): only a length too short for it conflicts.
    reference = _reference_floor(context)
    if reference is None:
        return []
    inferred = context.inferred
    text = context.text
    candidates = context.candidates
    conflicts: list[DateConflict] = []
    for index, quantity in enumerate(candidates):
        if (quantity.kind not in ("duration", "age") or quantity.quantity is None or quantity.quantity[0] != quantity.quantity[1]
                or quantity.unit != "year" or index == 0):
            continue
        years = quantity.quantity[0]
        start = candidates[index - 1]
        if start.earliest is None:
            continue
        sentence_start, sentence_end = context.sentence(quantity.start)
        if start.start < sentence_start:
            continue
        if quantity.kind == "duration":
            if (not start.since or quantity.relation != "plain"
                    or _R18_SINCE_MEASURE.fullmatch(text, start.end, quantity.start) is None):
                continue
        else:
            if (not start.absolute or start.kind != "year" or _R18_PRESENT_AGE.fullmatch(text, start.end, quantity.start) is None
                    or _R18_ORIGIN.search(text, max(sentence_start, start.start - 40), start.start) is None
                    or sum(1 for other in candidates if sentence_start <= other.start < sentence_end and other.kind != "weekday") != 2):
                continue
        elapsed = reference.year - start.earliest.year
        if years + 2 < elapsed or abs(years - elapsed) > 2 and not inferred:
            conflicts.append(_duration_conflict(text, quantity, start, f"{elapsed} years to the publication year {reference.year}"
                                                if not inferred else f"at least {elapsed} years to {reference.year}, "
                                                "the year of the article's latest date"))
    return conflicts


# Round duration23: a thing dated by its own creation in the same sentence, then told in the present perfect to
# have been doing something for a length up to now: "MV Tern, which entered service in 1968, has been sailing for
# 78 years", "The bakery, founded in 1921, has been trading for 12 years".  The creation is the subject's own (the
# verb right before "in"/"on": not "opened the shop in"), the activity's participle stands right before "for".  Any
# activity can only have lasted since the creation (a length longer than that is wrong); a thing's existence
# ("sailing", "trading", "in service", ...) began with it, so a length shorter than that is wrong too.
_D23_CREATED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:entered[ ]++(?:service|operation)|(?:was|were)[ ]++(?:founded|established|built|opened|launched|commissioned"
    r"|formed|created|incorporated|inaugurated)|founded|established|opened|launched|commissioned|formed|incorporated"
    r"|inaugurated)[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
_D23_PERFECT_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:has|have)[ ]++(?:(?:now|already)[ ]++)?been[ ]++(?P<verb>[a-z]++(?<=ing)|in[ ]++(?:service|operation|business))[ ]++$")
_D23_EXISTENCE: Final = frozenset({"sailing", "operating", "trading", "running", "flying", "broadcasting", "publishing",
                                   "in service", "in operation", "in business"})


def _d23_perfect_lengths(context: _Context) -> list[DateConflict]:
    reference = _reference_floor(context)
    text = context.text
    if reference is None or "been " not in text:
        return []
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    conflicts: list[DateConflict] = []
    for quantity in candidates:
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.quantity[0] != quantity.quantity[1]
                or quantity.unit not in ("year", "decade") or quantity.relation != "for"):
            continue
        sentence_start, sentence_end = context.sentence(quantity.start)
        perfect = _D23_PERFECT_BEFORE.search(text, max(sentence_start, quantity.start - 40), quantity.start)
        if perfect is None or _SINCE_AFTER_LENGTH.match(text, quantity.end, sentence_end) is not None:
            continue
        others = [other for other in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                  if other is not quantity and other.kind != "weekday"]
        if len(others) != 1:
            continue
        start = others[0]
        if (not start.absolute or start.since or start.kind not in ("date", "month_year", "year") or start.earliest is None
                or start.end > quantity.start
                or _D23_CREATED_BEFORE.search(text, max(sentence_start, start.start - 40), start.start) is None):
            continue
        elapsed = reference.year - start.earliest.year
        if elapsed <= 0:
            continue
        years = quantity.quantity[0] * (10 if quantity.unit == "decade" else 1)
        approximate = _MEASURE_APPROXIMATE.search(text, max(sentence_start, quantity.start - 16), quantity.start) is not None
        margin = max(2, years // 4) if approximate else 2
        existence = " ".join(perfect.group("verb").split()) in _D23_EXISTENCE
        # An inferred reference is only a floor on now: it can show a length too short, never too long.
        longer = years > elapsed + margin and not context.inferred
        shorter = years + margin < elapsed and existence
        if longer or shorter:
            conflicts.append(_duration_conflict(text, quantity, start, f"{elapsed} years to the publication year {reference.year}"
                                                if not context.inferred else f"at least {elapsed} years to {reference.year}, "
                                                "the year of the article's latest date"))
    return conflicts


# ---------------------------------------------------------------------------
# Round duration24 (session 22): lengths told by constructions no earlier rule linked to their two dates.
# - a thing's age at a dated event, counted from its own making told right before it: "The chapel,
#   consecrated on July 22, 1914, was 46 years old when fire gutted it on June 5, 1977";
# - a fixed term ("a 23-year lease", "a five-year contract") granted or signed on a date and told to have run
#   out, expired or lapsed on another: "granted X a 23-year lease on March 4, 1943; it ran out on August 4, 1977";
# - a marriage's length when something happened: "Married on December 3rd, 1948, they had been together 11
#   years when he died on May 28th, 1974";
# - a length into a post or stretch begun on a date: "was named interim head in September 1995 and confirmed in
#   the post in December 1997, 18 months into the job";
# - the count of a day of an activity begun on a date: "began refusing food on May 25, 1967 and ended the
#   protest on day 14, June 21, 1967".
_D24_MADE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:[Ff]ounded|[Ee]stablished|[Bb]uilt|[Oo]pened|[Ff]ormed|[Cc]reated|[Ii]ncorporated|[Ss]et[ ]++up|[Cc]onstructed"
    r"|[Ii]naugurated|[Cc]onsecrated|[Dd]edicated|[Cc]ommissioned|[Cc]ompleted|[Ll]aunched|[Ee]rected|[Pp]lanted|[Uu]nveiled)"
    r"[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
_D24_THING_AGE_WHEN: Final = re.compile(
    r",[ ]++(?:was|were)[ ]++(?:(?:only|just|barely|still|already)[ ]++)?(?P<n>[1-9][0-9]?|[12][0-9][0-9])"
    r"[ ]++years?[ ]++old,?[ ]++when[ ]")
_D24_TERM: Final = re.compile(
    r"(?<![\w-])(?:an?|the|its|his|her|their)[ ]++(?P<n>[1-9][0-9]?|" + "|".join(sorted(_ONES, key=len, reverse=True))
    + r")-(?P<unit>year|month|week|day)[ ]++(?:[a-z]++[ ]++)?"
    r"(?P<noun>lease|contract|deal|term|loan|licen[cs]e|franchise|agreement|concession|mandate|charter|tenancy|ban"
    r"|suspension|moratorium|truce|ceasefire|warranty|guarantee|patent)(?![\w-])", re.IGNORECASE)
# The term itself ends, naturally: not "was terminated", "was cancelled", "ended" (which may be early).
_D24_EXPIRY: Final = re.compile(r"(?<![\w-])(?:ran[ ]++out|expired|lapsed)[ ]++(?:on|in)[ ]++(?:the[ ]++)?")
_D24_EXPIRY_SUBJECT: Final = re.compile(
    r"(?<![\w-])(?:it|which|that|(?:the|this|that|its|his|her|their)[ ]++(?:[a-z0-9-]++[ ]++){0,2}?(?P<head>[a-z]++))"
    r"[ ]++(?:(?:finally|eventually|duly|then)[ ]++)?$")
# A term told to have been changed before it ran out: its stated length no longer measures it.
_D24_TERM_CHANGED: Final = re.compile(r"(?<![\w-])(?:renew|extend|prolong|rolled[ ]++over|cut[ ]++short|shorten|curtail|revis)")
_D24_TOGETHER_WHEN: Final = re.compile(
    r"(?<![\w-])(?:had|has|have)[ ]++been[ ]++(?:married|together|wed)[ ]++(?:for[ ]++)?(?:(?:only|just|barely)[ ]++)?"
    r"(?P<n>" + _AGE_NUMBER + r")[ ]++(?P<unit>years?|months?)[ ]++when[ ]")
_D24_MARRIED_BEFORE: Final = re.compile(r"(?<![\w-])(?:[Mm]arried|[Ww]ed|[Ww]edding|[Mm]arriage)(?:[ ]++[a-z]++){0,2}?[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
_D24_INTO: Final = re.compile(
    r",[ ]++(?P<approx>(?:just|only|barely|some|nearly|almost|about|around|roughly)[ ]++)?(?P<n>" + _AGE_NUMBER
    + r")[ ]++(?P<unit>years?|months?|weeks?|days?)[ ]++into[ ]++(?:the|his|her|their|its)[ ]++"
    r"(?:job|post|role|term|tenure|presidency|premiership|reign|contract|strike|siege|occupation|stoppage|protest|dispute"
    r"|lockout|blockade|campaign|fast)(?![\w-])")
# "9 weeks into the dispute that began on August 29, 1923": the start told in a relative clause after the noun.
_D24_INTO_BEGAN: Final = re.compile(
    r"(?<![ ])[ ]++(?:that|which)[ ]++(?:had[ ]++)?(?:began|started|broke[ ]++out|opened|erupted)[ ]++(?:on|in)[ ]++(?:the[ ]++)?")
# "Exactly 16 weeks after the fire of 5 June 1960, on 27 June 1960, the bakery reopened": a length from an event
# dated in its own phrase to the date set off after it.
_D24_AFTER_THE: Final = re.compile(
    r"(?<![ ])[ ]++(?P<word>after|before)[ ]++(?:the|his|her|its|their)[ ]++(?:[a-z'\u2019-]++[ ]++){0,3}?(?:of|on|in)[ ]++(?:the[ ]++)?")
_D24_SET_OFF_DATE: Final = re.compile(r",[ ]++(?:on|in)[ ]++(?:the[ ]++)?")
# "won the league on September 12, 1989 for the first time in 16 years; their previous title came in 1982": the
# length since the previous time, when that is dated by "previous"/"last" and the same noun (or "one", "time").
_D24_FIRST_IN: Final = re.compile(
    r"(?<![\w-])first[ ]++(?:(?P<noun>[a-z]{3,15}+)[ ]++)?in[ ]++(?P<approx>(?:nearly|almost|about|around|some|over|more[ ]++than)[ ]++)?"
    r"(?P<n>" + _AGE_NUMBER + r")[ ]++(?P<unit>years|months|weeks|decades)(?![\w-])")
_D24_PREVIOUS: Final = re.compile(
    r"(?<![\w-])(?:(?:previous|prior|preceding|last)[ ]++(?P<noun>[a-z]{3,15}+)[ ]++(?:[a-z]++[ ]++){0,3}?"
    r"|(?:had|has|have|having)[ ]++last[ ]++(?P<verb>[a-z]{3,15}+)(?:[ ]++[a-z]++){0,3}?[ ]++)(?:in|on)[ ]++(?:the[ ]++)?$")
# What a "previous"/"last" names when the first was a "time": another occurrence of an event.
_D24_OCCURRENCE: Final = re.compile(
    r"(?:title|win|victory|triumph|success|trophy|championship|crown|cup|league|final|appearance|visit|eruption|election"
    r"|outbreak|meeting|game|match|promotion|medal|major|pennant|flood|strike|race|defeat|loss)s?")
# "The cathedral's new organ, 14 years in the making, was first played on June 2, 1991; work on it had begun in
# April 1988": the length from the begun work to the other date of the sentence.
_D24_IN_THE_MAKING: Final = re.compile(
    r"(?<![\w-])(?P<approx>(?:nearly|almost|about|around|some|over|more[ ]++than)[ ]++)?(?P<n>" + _AGE_NUMBER
    + r")[ ]++(?P<unit>years|months|decades)[ ]++in[ ]++the[ ]++making(?![\w-])")
_D24_BEGUN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:began|begun|started|commenced|started[ ]++work|broke[ ]++ground)(?:[ ]++[a-z]++){0,4}?[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")
# An age in weeks, days or months at a dated event, from a birth told right before ("The foal, born on April 7, was
# 37 weeks old when it was sold ... on September 27, 1902"); a birth without its year takes the event's.
_D24_YOUNG_AGE_WHEN: Final = re.compile(
    r",[ ]++(?:was|were)[ ]++(?:(?:only|just|barely)[ ]++)?(?P<n>" + _AGE_NUMBER + r")[ ]++(?P<unit>weeks?|days?)"
    r"[ ]++old,?[ ]++when[ ]")
_D24_WHEN_AFTER: Final = re.compile(r"(?<![ ,]),?[ ]++when(?![\w-])")
_D24_ON_DAY: Final = re.compile(r"(?<![\w-])on[ ]++day[ ]++(?P<n>[1-9][0-9]{0,3}),[ ]++(?:on[ ]++)?(?:the[ ]++)?")
_D24_BEGAN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:began|started|launched|opened|set[ ]++out|set[ ]++off|went|embarked)(?:[ ]++[a-z]++){0,4}?[ ]++(?:on|in)[ ]++(?:the[ ]++)?$")


_D24_WHO: Final = re.compile(r"(?<![\w-])(?:who|whom|whose)(?![\w-])")
_D24_RELATIVE: Final = re.compile(r"(?<![\w-])(?:who|whom|whose|which|that)(?![\w-])")

# Time served in detention, told in the present perfect and measured from the detention to now: "has now served 34
# months of his sentence, having been jailed on October 12, 2009".
_D24_SERVED_BEFORE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:has|have)[ ]++(?:(?:now|already|so[ ]++far)[ ]++)?(?:served|spent)[ ]++"
    r"(?P<approx>(?:just|only|nearly|almost|some|about|around|more[ ]++than|over)[ ]++)?$")
_D24_DETENTION_AFTER: Final = re.compile(
    r"(?<![ ])[ ]++(?:of[ ]++(?:his|her|their|its|a|the)[ ]++(?:[\w-]++[ ]++)?(?:sentence|term)|in[ ]++(?:prison|jail|gaol|custody"
    r"|detention|captivity|solitary[ ]++confinement)|behind[ ]++bars|as[ ]++an?[ ]++(?:hostage|prisoner|detainee))(?![\w-])")
_D24_DETAINED_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:having[ ]++been|since[ ]++(?:being|(?:he|she|they)[ ]++(?:was|were))|after[ ]++being)[ ]++"
    r"(?:jailed|imprisoned|detained|interned|locked[ ]++up|remanded|taken[ ]++hostage|kidnapped|arrested|abducted|incarcerated)"
    r"(?:[ ]++[a-z]++){0,3}?[ ]++(?:in|on)[ ]++(?:the[ ]++)?$")


def _d24_served(context: _Context, starts: list[int]) -> list[DateConflict]:
    text = context.text
    if "served " not in text and "spent " not in text:
        return []
    reference = _reference_floor(context)
    if reference is None:
        return []
    conflicts: list[DateConflict] = []
    for quantity in context.candidates:
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.quantity[0] != quantity.quantity[1]
                or quantity.unit not in ("day", "week", "month", "year")):
            continue
        sentence_start = context.sentence(quantity.start)[0]
        served = _D24_SERVED_BEFORE.search(text, max(sentence_start, quantity.start - 40), quantity.start)
        if served is None or (_D24_DETENTION_AFTER.match(text, quantity.end) is None
                              and not (text.startswith(",", quantity.end) and "served" in served.group(0))):
            continue  # "has spent 2 years on the book": not time in detention
        start = _d24_next_dated(context, starts, quantity.end, 120)
        if (start is None or start.latest is None or start.latest > reference
                or _D24_DETAINED_BEFORE.search(text, max(quantity.end, start.start - 60), start.start) is None):
            continue
        assert start.earliest is not None
        now = _Candidate(0, 0, "date")
        now.earliest = now.latest = reference
        now.granularity = "day"
        apart = _d24_apart(quantity.unit, start, now)
        if apart is None:
            continue
        shortest, longest = apart
        stated = quantity.quantity[0]
        slack = 1 + (stated // 4 if served.group("approx") else 0)
        # An inferred reference is a floor on now: it shows a length too short, never one too long.
        if stated + slack < shortest or stated - slack > longest and not context.inferred:
            conflicts.append(_duration_conflict(text, quantity, start, f"{max(shortest, 0)} to {longest} {quantity.unit}s to the "
                                                + ("publication date" if not context.inferred else
                                                   "article's latest date (a floor on now)") + f" {reference.isoformat()}"))
    return conflicts


def _d24_dated(candidate: _Candidate) -> bool:
    return (candidate.absolute and candidate.kind != "range" and not candidate.since and candidate.earliest is not None
            and candidate.latest is not None)


def _d24_next_dated(context: _Context, starts: list[int], position: int, limit: int) -> _Candidate | None:
    """The first dated candidate after ``position`` in its sentence, within ``limit`` characters, with no
    semicolon or future frame between."""
    candidates = context.candidates
    sentence_end = context.sentence(position)[1]
    index = bisect.bisect_left(starts, position)
    while index < len(candidates) and candidates[index].kind in ("weekday", "duration"):
        index += 1
    if index >= len(candidates):
        return None
    event = candidates[index]
    text = context.text
    if (not _d24_dated(event) or event.start >= sentence_end or event.start - position > limit
            or ";" in text[position:event.start] or _r21_frame_search(text, position, event.start) is not None
            # "when his brother, who married in 1960, divorced in 1970": the date of another clause.
            or _D24_RELATIVE.search(text, position, event.start) is not None):
        return None
    return event


def _d24_one_start(context: _Context, starts: list[int], low: int, high: int, cue: re.Pattern[str] | None) -> _Candidate | None:
    """The one dated candidate between ``low`` and ``high`` (with ``cue`` right before it, when given)."""
    text = context.text
    found = [candidate for candidate in context.candidates[bisect.bisect_left(starts, low):bisect.bisect_left(starts, high)]
             if candidate.kind not in ("weekday", "duration") and candidate.end <= high]
    if len(found) != 1 or not _d24_dated(found[0]):
        return None
    start = found[0]
    if cue is not None and cue.search(text, max(low, start.start - 60), start.start) is None:
        return None
    return start


def _d24_apart(unit: str, start: _Candidate, end: _Candidate) -> tuple[int, int] | None:
    """The fewest and the most whole units from ``start`` to ``end`` (None when the unit is finer than the dates)."""
    assert start.earliest and start.latest and end.earliest and end.latest
    if unit == "year":
        return end.earliest.year - start.latest.year - 1, end.latest.year - start.earliest.year
    if unit == "month":
        if "year" in (start.granularity, end.granularity):
            return None
        return ((end.earliest.year - start.latest.year) * 12 + end.earliest.month - start.latest.month - 1,
                (end.latest.year - start.earliest.year) * 12 + end.latest.month - start.earliest.month)
    if start.granularity != "day" or end.granularity != "day":
        return None
    days = (end.earliest - start.latest).days, (end.latest - start.earliest).days
    return (days[0] // 7, days[1] // 7 + 1) if unit == "week" else days


def _d24_conflict(text: str, spans: list[tuple[int, int]], stated: str, measured: str) -> DateConflict:
    return DateConflict("duration_arithmetic", tuple(sorted(spans)), f"\"{stated}\" does not fit the dates told: {measured}")  # type: ignore[arg-type]


def _d24_lengths(context: _Context) -> list[DateConflict]:
    text = context.text
    candidates = context.candidates
    starts = [candidate.start for candidate in candidates]
    conflicts: list[DateConflict] = []
    # (length start, length end, stated, unit, start date, end date, slack)
    readings: list[tuple[int, int, int, str, _Candidate, _Candidate, int]] = []
    # (the two ages "N days/years old when" need both words in the text: most articles have no " old")
    aged = " old" in text and "when " in text
    for born in candidates if aged else ():
        if born.kind != "date" or born.month is None or born.day is None or born.granularity != "day":
            continue
        young = _D24_YOUNG_AGE_WHEN.match(text, born.end)
        if young is None or _BORN_BEFORE.search(text, max(0, born.start - 25), born.start) is None:
            continue
        event = _d24_next_dated(context, starts, young.end(), 140)
        quantity = _parse_quantity(young.group("n"))
        if event is None or quantity is None or event.granularity != "day" or not event.year_explicit:
            continue
        assert event.earliest is not None
        birthday = born.earliest if born.year_explicit else _r21_with_year(datetime.date(2000, born.month, born.day), event.earliest.year)
        if birthday is not None and birthday > event.earliest and not born.year_explicit:
            birthday = _r21_with_year(birthday, birthday.year - 1)
        if birthday is None:
            continue
        pinned = _Candidate(born.start, born.end, "date")
        pinned.earliest = pinned.latest = birthday
        readings.append((young.start("n"), young.end("unit"), quantity[0], _unit_name(young.group("unit")), pinned, event, 1))
    for making in _D24_IN_THE_MAKING.finditer(text) if "the making" in text else ():
        sentence_start, sentence_end = context.sentence(making.start())
        dated = [candidate for candidate in candidates[bisect.bisect_left(starts, sentence_start):bisect.bisect_left(starts, sentence_end)]
                 if candidate.kind not in ("weekday", "duration")]
        if len(dated) != 2 or not all(_d24_dated(candidate) for candidate in dated):
            continue
        begun = [candidate for candidate in dated
                 if _D24_BEGUN_BEFORE.search(text, max(sentence_start, candidate.start - 60), candidate.start) is not None]
        quantity = _parse_quantity(making.group("n"))
        if len(begun) != 1 or quantity is None or _r21_frame_search(text, sentence_start, sentence_end) is not None:
            continue
        start = begun[0]
        end = dated[0] if dated[1] is start else dated[1]
        unit = _unit_name(making.group("unit"))
        stated = quantity[0] * (10 if unit == "decade" else 1)
        unit = "year" if unit == "decade" else unit
        slack = 1 + (stated // 4 if making.group("approx") else 0)
        readings.append((making.start("n"), making.end("unit"), stated, unit, start, end, slack))
    for made in candidates if aged else ():
        if not _d24_dated(made):
            continue
        age = _D24_THING_AGE_WHEN.match(text, made.end)
        if age is None or _D24_MADE_BEFORE.search(text, max(0, made.start - 40), made.start) is None:
            continue
        if _BORN_BEFORE.search(text, max(0, made.start - 25), made.start) is not None:
            continue  # a person's age is the age rules'
        event = _d24_next_dated(context, starts, age.end(), 140)
        if event is not None:
            readings.append((age.start("n"), age.end("n"), int(age.group("n")), "year", made, event, 1))
    # The scans below start with a look-behind, so the engine tries them at every position: each is run only
    # when its literal words are in the text.
    for expiry in _D24_EXPIRY.finditer(text) if "ran " in text or "expired" in text or "lapsed" in text else ():
        sentence_start, sentence_end = context.sentence(expiry.start())
        subject = _D24_EXPIRY_SUBJECT.search(text, max(sentence_start, expiry.start() - 40), expiry.start())
        if subject is None:
            continue
        end = _d24_next_dated(context, starts, expiry.end(), 0)
        terms = list(_D24_TERM.finditer(text, sentence_start, expiry.start()))
        if end is None or len(terms) != 1:
            continue
        term = terms[0]
        if subject.group("head") is not None and subject.group("head") != term.group("noun").lower():
            continue  # "a one-year loan ...; his passport expired on": another thing's end
        if _D24_TERM_CHANGED.search(text, term.end(), expiry.start()) is not None:
            continue  # "signed a 10-year lease in 1990 and renewed it twice; it ran out in 2020"
        start = (_d24_one_start(context, starts, term.end(), expiry.start(), None)
                 or _d24_one_start(context, starts, sentence_start, term.start(), None))
        if start is None or _r21_frame_search(text, sentence_start, expiry.start()) is not None:
            continue
        quantity = _parse_quantity(term.group("n"))
        if quantity is None:
            continue
        readings.append((term.start("n"), term.end("unit"), quantity[0], term.group("unit").lower(), start, end, 1))
    if "been " in text and " when " in text and ("married" in text or "together" in text or "wed" in text):
        for together in _D24_TOGETHER_WHEN.finditer(text):
            sentence_start = context.sentence(together.start())[0]
            start = _d24_one_start(context, starts, sentence_start, together.start(), _D24_MARRIED_BEFORE)
            event = _d24_next_dated(context, starts, together.end(), 140)
            quantity = _parse_quantity(together.group("n"))
            if start is None or event is None or quantity is None:
                continue
            readings.append((together.start("n"), together.end("unit"), quantity[0], _unit_name(together.group("unit")),
                             start, event, 1))
    if " into " in text:
        for index, end in enumerate(candidates):
            if not _d24_dated(end):
                continue
            into = _D24_INTO.match(text, end.end)
            if into is None:
                continue
            sentence_start = context.sentence(end.start)[0]
            began = _D24_INTO_BEGAN.match(text, into.end())
            if began is not None:
                start = _d24_next_dated(context, starts, began.end(), 0)
            else:
                start = _d24_one_start(context, starts, sentence_start, end.start, _BEGINNING_VERB)
            quantity = _parse_quantity(into.group("n"))
            if start is None or quantity is None:
                continue
            stated = quantity[0]
            slack = 1 + (stated // 4 if into.group("approx") else 0)
            readings.append((into.start("n"), into.end("unit"), stated, _unit_name(into.group("unit")), start, end, slack))
    for index, quantity in enumerate(candidates):
        if (quantity.kind != "duration" or quantity.quantity is None or quantity.quantity[0] != quantity.quantity[1]
                or quantity.unit not in ("day", "week", "month", "year") or index + 2 >= len(candidates)):
            continue
        after = _D24_AFTER_THE.match(text, quantity.end)
        if after is None:
            continue
        first = _d24_next_dated(context, starts, after.end(), 0)
        set_off = _D24_SET_OFF_DATE.match(text, first.end) if first is not None else None
        second = _d24_next_dated(context, starts, set_off.end(), 0) if set_off is not None else None
        if first is None or second is None or not first.year_explicit or not text.startswith(",", second.end):
            continue  # the second date set off on both sides: "after the fire of D1, on D2, the bakery reopened"
        start, end = (first, second) if after.group("word") == "after" else (second, first)
        readings.append((quantity.start, quantity.end, quantity.quantity[0], quantity.unit, start, end, 1))
    position = text.find("first ")
    while position != -1:
        first_in = _D24_FIRST_IN.match(text, position)
        position = text.find("first ", position + 1)
        if first_in is None:
            continue
        sentence_start, sentence_end = context.sentence(first_in.start())
        noun = first_in.group("noun")
        if noun is not None and noun in ("time", "such"):
            noun = None
        # The event: the sentence's one date before the length; the previous time: the one date after it, in
        # the rest of the sentence or the next sentence.
        event = _d24_one_start(context, starts, sentence_start, first_in.start(), None)
        next_end = context.sentence(sentence_end)[1] if sentence_end < len(text) else sentence_end
        previous = _d24_one_start(context, starts, first_in.end(), next_end, None)
        if event is None or previous is None:
            continue
        told = _D24_PREVIOUS.search(text, max(first_in.end(), previous.start - 60), previous.start)
        if (told is None or _r21_frame_search(text, first_in.end(), previous.start) is not None
                or _r21_frame_search(text, sentence_start, first_in.start()) is not None):
            continue  # "will win the cup in 2017 for the first time in 20 years": a plan, not a count
        if told.group("noun") is not None and told.group("noun") not in ("one", "time", "occasion") and (
                told.group("noun")[:4] != noun[:4] if noun is not None else _D24_OCCURRENCE.fullmatch(told.group("noun")) is None):
            continue  # "for the first time in 16 years; their last coach left in 1982": another thing
        quantity = _parse_quantity(first_in.group("n"))
        if quantity is None:
            continue
        unit = _unit_name(first_in.group("unit"))
        stated = quantity[0] * (10 if unit == "decade" else 1)
        unit = "year" if unit == "decade" else unit
        slack = 1 + (stated // 4 if first_in.group("approx") else 0)
        readings.append((first_in.start("n"), first_in.end("unit"), stated, unit, previous, event, slack))
    position = text.find("on day ")
    while position != -1:
        day = _D24_ON_DAY.match(text, position)
        position = text.find("on day ", position + 1)
        if day is None:
            continue
        end = _d24_next_dated(context, starts, day.end(), 0)
        if end is None or end.granularity != "day":
            continue
        sentence_start = context.sentence(day.start())[0]
        start = _d24_one_start(context, starts, sentence_start, day.start(), _D24_BEGAN_BEFORE)
        if start is None or start.granularity != "day":
            continue
        assert start.earliest and end.earliest
        # Day 1 is the first day: day N falls N - 1 days after it.
        readings.append((day.start("n"), day.end("n"), int(day.group("n")) - 1, "day", start, end, 1))
    conflicts.extend(_d24_served(context, starts))
    seen: set[int] = set()
    for length_start, length_end, stated, unit, start, end, slack in readings:
        if length_start in seen:
            continue
        seen.add(length_start)
        apart = _d24_apart(unit, start, end)
        if apart is None:
            continue
        shortest, longest = apart
        if shortest < 0 or shortest - slack <= stated <= longest + slack:
            continue
        shown = text[length_start:length_end]
        conflicts.append(_d24_conflict(text, [(start.start, start.end), (length_start, length_end), (end.start, end.end)], shown,
                                       f"{max(shortest, 0)} to {longest} {unit}s from {_describe(start, text)} to {_describe(end, text)}"))
    return conflicts


def _duration_conflict(text: str, quantity: _Candidate, dated: _Candidate, measured: str) -> DateConflict:
    spans = sorted(((quantity.start, quantity.end), (dated.start, dated.end)))
    return DateConflict(
        "duration_arithmetic", (spans[0], spans[1]),
        f"\"{text[quantity.start:quantity.end]}\" does not fit "
        f"\"{text[dated.start:dated.end]}\": {measured}",
    )


# ---------------------------------------------------------------------------
# The learned event-identity pass (:mod:`reliability.features.event_identity`): pairs of dates whose
# surroundings share an event word or a class of the lexicons above, scored by a logistic regression
# (``benchmarks/event_identity.py``); it adds restatements no rule keyed.
def _identity_classes() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """Word -> event classes and two-word phrase -> classes, from every event lexicon of this module;
    the stems of the event words; and the stems and classes of kinds of event that recur."""
    _stem = event_identity._stem

    single: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}

    def add(form: str, name: str) -> None:
        words = form.lower().split()
        if len(words) == 1:
            single.setdefault(words[0], set()).add(name)
        elif len(words) == 2:
            phrases.setdefault(" ".join(words), set()).add(name)

    for form, family in _ALL_FAMILY_FORMS.items():
        add(form, "family:" + family)
    for form, lemma in _EVENT_LEMMAS.items():
        add(form, "lemma:" + lemma)
    for form, concept in _CONCEPT_FORMS.items():
        add(form, "concept:" + concept)
    for noun, group in _R17_GROUP_OF.items():
        add(noun, "group:" + group)
    for group, verbs in _R17_VERB_GROUPS.items():
        for verb in verbs.split("|"):
            add(verb, "group:" + group)
    for word, names in _R20_CLASS_OF.items():
        for name in names:
            add(word, "class:" + name)
    for phrase, name in _R22_PHRASAL.items():
        add(phrase, "class:" + name)
    for word in _IDENTITY_RECURRING_WORDS:
        single.setdefault(word, set()).add("recurring:" + word)
    kinds, recurring_kinds = _event_kinds()
    for form, names in kinds.items():
        for name in names:
            add(form, "kind:" + name)
    stems = frozenset(_stem(word) for word in single)
    # Recurring: the lexicon's families of weight 0 (attacks, quakes, releases), the routine kinds
    # of _R17_ROUTINE and the words of _IDENTITY_RECURRING_WORDS.
    recurring_words = ({form for form in _ALL_FAMILY_FORMS if form not in _FAMILY_FORMS and " " not in form}
                       | set(_R17_ROUTINE) | _IDENTITY_RECURRING_WORDS)
    recurring = {_stem(word) for word in recurring_words}
    for word in recurring_words:
        recurring.update("class:" + name for name in single.get(word, ()))
    recurring.update("class:kind:" + name for name in recurring_kinds)
    return ({word: frozenset(names) for word, names in single.items()},
            {phrase: frozenset(names) for phrase, names in phrases.items()}, stems, frozenset(recurring))


def _event_kinds() -> tuple[dict[str, set[str]], frozenset[str]]:
    """Surface forms of coarse kinds of event from ``lexicons/event_kinds.tsv`` (form -> kinds), and the
    kinds that recur (weight 0).

    A kind joins the nouns and verbs news uses for one kind of event ("the gale" / "the storm hit",
    "the hijacking" / "gunmen seized the ship"), wider than the families and concepts above; only the
    learned pass reads it, as a candidate key and a feature of its own (``kind_only``)."""
    forms: dict[str, set[str]] = {}
    recurring: set[str] = set()
    for term, kind, weight in load_lexicon("event_kinds").rows:
        for form in (_verb_forms(term[:-3]) if term.endswith(" +v") else {term}):
            forms.setdefault(form.lower(), set()).add(kind)
        if weight == "0":
            recurring.add(kind)
    return forms, frozenset(recurring)


# Kinds of event news reports again and again, beyond the lexicons above.
_IDENTITY_RECURRING_WORDS: Final = frozenset("""
poll polls survey vote votes voting ballot primary primaries caucus debate race season game match meeting
session hearing budget report quarter visit tour trip speech rally protest
""".split())
_IDENTITY_CLASS_OF, _IDENTITY_PHRASES, _IDENTITY_EVENT_STEMS, _IDENTITY_RECURRING = _identity_classes()
_IDENTITY_PHRASE_HEADS: Final = frozenset(phrase.split()[0] for phrase in _IDENTITY_PHRASES)
_IDENTITY_SLACK: Final = datetime.timedelta(days=31)
# Switched off by the trainer while it collects pairs (the pass needs the trained parameters).
_LEARNED_IDENTITY = True


def _identity_pairs(context: _Context, generic: frozenset[str]) -> tuple[list[_Candidate], list[event_identity.PairFeatures]]:
    """The explicit dates and the feature vectors of their candidate pairs (used by the pass and its trainer)."""
    dated = _explicit_dates(context)
    if len(dated) < 2 or _first_disjoint_pair(dated, _NO_SLACK) is None:
        return dated, []  # no two dates apart even without slack: nothing to pair (a linear check)
    sides = event_identity.date_contexts(
        context.text, [(candidate.start, candidate.end, candidate.granularity) for candidate in dated],
        context.sentence, _IDENTITY_CLASS_OF, _IDENTITY_PHRASES, generic, _IDENTITY_EVENT_STEMS, _IDENTITY_PHRASE_HEADS)
    ends = context.sentence_ends
    indices = [bisect.bisect_right(ends, candidate.start) for candidate in dated]
    pairs = event_identity.candidate_pairs(
        sides, lambda one, two: _identity_apart(dated[one], dated[two]),
        _IDENTITY_EVENT_STEMS, _IDENTITY_RECURRING, indices.__getitem__)
    return dated, pairs


def _identity_apart(first: _Candidate, second: _Candidate) -> bool:
    """Whether two dates cannot be one date, for the learned pass: as :func:`_disjoint` with a month of
    slack, except that two plain named months are two months ("April 1983" / "May 1983"), as two bare
    years are two years; a month with "early" or "late" keeps the slack."""
    if first.granularity == "month" and second.granularity == "month" and not first.modifier and not second.modifier:
        return _disjoint(first, second, _NO_SLACK)
    return _disjoint(first, second, _IDENTITY_SLACK)


def _learned_restatements(context: _Context, conflicts: list[DateConflict]) -> list[DateConflict]:
    """Restatements the learned event-identity model finds among pairs no rule reported."""
    parameters = event_identity.load_parameters()
    dated, pairs = _identity_pairs(context, parameters["generic"])  # type: ignore[arg-type]
    if not pairs:
        return []
    threshold = float(parameters["threshold"])  # type: ignore[arg-type]
    restated = {span for conflict in conflicts if conflict.kind == "restated_event" for span in conflict.spans}
    # One pair, one explanation: a pair another rule already relates ("signed in 2017 after the 2018
    # summit" is an order violation) is not also called one event.
    related: dict[tuple[int, int], set[int]] = {}
    for number, conflict in enumerate(conflicts):
        for span in conflict.spans:
            related.setdefault(span, set()).add(number)
    found: list[DateConflict] = []
    for pair in pairs:
        first, second = dated[pair.first], dated[pair.second]
        one, two = (first.start, first.end), (second.start, second.end)
        if one in restated or two in restated or related.get(one, set()) & related.get(two, set()):
            continue
        if event_identity.probability(pair.values, parameters) < threshold:
            continue
        restated.update((one, two))
        text = context.text
        told = (f"told as \"{pair.shared[0]}\" and \"{pair.shared[1]}\"" if pair.shared[0] != pair.shared[1]
                else f"\"{pair.shared[0]}\"")
        found.append(DateConflict(
            "restated_event", (one, two),
            f"one event ({told}) seems to be dated {text[first.start:first.end]} here, but "
            f"{text[second.start:second.end]} at offset {second.start:,} (matched by the learned event-identity model)"))
    return found


def analyse_dates(text: str, *, published: datetime.date | None = None, _conflicts: bool = True) -> DateAnalysis:
    """Extract temporal expressions and find internal date conflicts.

    Parameters
    ----------
    text : str
        Article text (any Unicode string).
    published : datetime.date, optional
        Publication date.  Without it the reference date is inferred from the
        article's own explicit dates and every anchored note says so.

    Returns
    -------
    DateAnalysis
        Expressions, conflicts and the reference date used.

    Examples
    --------
    >>> import datetime
    >>> analysis = analyse_dates("The summit opened on Monday, March 14, 2017.")
    >>> [conflict.kind for conflict in analysis.conflicts]
    ['weekday_mismatch']
    >>> analysis.conflicts[0].explanation
    'the article calls March 14, 2017 a Monday, but March 14, 2017 was a Tuesday'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, received {type(text).__name__}")
    if published is not None and not isinstance(published, datetime.date):
        raise TypeError(f"published must be a datetime.date or None, received {type(published).__name__}")
    if isinstance(published, datetime.datetime):
        published = published.date()
    candidates, conflicts, reference, inferred = _analyse(text, published, _conflicts)
    expressions = tuple(_to_expression(text, candidate) for candidate in candidates)
    return DateAnalysis(expressions, conflicts, reference, inferred)


def _analyse(
    text: str, published: datetime.date | None, find_conflicts: bool = True,
) -> tuple[list[_Candidate], tuple[DateConflict, ...], datetime.date | None, bool]:
    """:func:`analyse_dates` without building the public expressions (internal).

    Returns the anchored candidates, whose fields equal those of the expressions
    (the conflict rules read candidates, never change them), the conflicts, the
    reference date and whether it was inferred.
    """
    candidates = _scan(text)
    _scan_lowercase(text, candidates)
    candidates = _merge(text, candidates)
    if published is not None:
        reference: datetime.date | None = published
        inferred = False
        reference_note = f"publication date {published.isoformat()}"
        precision = "published"
    else:
        reference, precision = _infer_reference(text, candidates)
        inferred = True
        reference_note = (
            f"inferred reference date {reference.isoformat()} (no publication date given; from the {precision})"
            if reference is not None else ""
        )
    for candidate in candidates:
        _anchor(candidate, reference, reference_note)
        if candidate.since and candidate.earliest is not None:
            candidate.kind = "relative"
            candidate.latest = reference if reference is not None and reference >= candidate.earliest else None
            candidate.note = f"since {candidate.earliest.isoformat()}, " + (
                f"until the {reference_note}" if candidate.latest is not None else "open-ended")
        candidate.absolute = _is_absolute(candidate)
    if not find_conflicts or not candidates:
        return candidates, (), reference, inferred if reference is not None or published is None else False
    context = _Context(text, candidates, reference, inferred, precision)
    weekday_conflicts = _weekday_and_impossible(context)
    weekday_conflicts += _weekday_events(context, {span for conflict in weekday_conflicts for span in conflict.spans})
    conflicts = (
        weekday_conflicts + _restated_events(context) + _order_violations(context)
        + _anachronisms(context) + _durations(context)
    )
    if _LEARNED_IDENTITY:
        conflicts += _learned_restatements(context, conflicts)
    # restate19: last, on dates no other conflict explains, so that a bridging phrase read against the wrong
    # antecedent never displaces a pair a rule or the learned pass relates.
    reported = {conflict.spans for conflict in conflicts}
    for late_rule in (_r25_bridging_references, _r26_event_adverbials, _r27_repeated_heads, _r29_pronoun_retold):
        found = late_rule(context, reported)
        reported.update(conflict.spans for conflict in found)
        conflicts += found
    conflicts = [conflict for conflict in conflicts if not _start_and_end(context, conflict)]
    conflicts = _with_written_years(context, conflicts)
    conflicts.sort(key=lambda conflict: conflict.spans[0])
    return candidates, tuple(conflicts), reference, inferred


# Lead session 23: the start and the end of one lasting event are two dates, not one told twice ("The siege began
# on 3 May 2004. ... The siege, which ended on 20 June 2004, ..."; "The drought ended in March 1993 ... The
# drought, which began in 1991"): a restatement whose one date is told by a verb of starting and the other by a
# verb of ending, right before each date in its clause, is dropped when the start is not after the end. Several
# restatement passes (the generalised, appositive and learned ones) paired such dates.
_STAGE_BEFORE_DATE: Final = re.compile(
    r"(?i)(?<![\w-])(?:(?P<start>began|begun|begins|started|starts|broke[ ]++out|erupted|set[ ]++in|commenced|opened"
    r"|got[ ]++under[ ]++way|kicked[ ]++off)|(?P<end>ended|ends|finished|concluded|closed|came[ ]++to[ ]++an[ ]++end"
    r"|was[ ]++over|were[ ]++over|was[ ]++lifted|were[ ]++lifted|wound[ ]++up|drew[ ]++to[ ]++a[ ]++close))"
    r"(?:[ ]++(?!(?:and|but|or|then|before|after)[ ])[a-z][\w'-]*+){0,2}?[ ]++(?:on|in|during|at)[ ]++(?:the[ ]++)?(?:(?:early|late|mid)[ -]++)?$"
)


def _start_and_end(context: _Context, conflict: DateConflict) -> bool:
    if conflict.kind != "restated_event" or len(conflict.spans) != 2:
        return False
    stages = []
    for start, _end in conflict.spans:
        sentence_start = context.sentence(start)[0]
        stage = _STAGE_BEFORE_DATE.search(context.text, max(sentence_start, start - 50), start)
        if stage is None:
            return False
        stages.append("start" if stage.group("start") else "end")
    if set(stages) != {"start", "end"}:
        return False
    by_start = {candidate.start: candidate for candidate in context.candidates}
    dates = [by_start.get(start) for start, _end in conflict.spans]
    if any(date is None or date.earliest is None or date.latest is None for date in dates):
        return False
    began, ended = (dates[0], dates[1]) if stages[0] == "start" else (dates[1], dates[0])
    return began.earliest <= ended.latest  # type: ignore[operator]


def dated_reference_density(analysis: DateAnalysis, word_count: int) -> float:
    """Explicit dates per 1,000 words.

    An explicit date is a date, month, year, range, part of a period or season
    whose year is written out; relative expressions do not count.

    Parameters
    ----------
    analysis : DateAnalysis
        The result of :func:`analyse_dates`.
    word_count : int
        Words in the article; must be positive.

    Returns
    -------
    float

    Examples
    --------
    >>> analysis = analyse_dates("Talks began in March 2015 and ended on 3 May 2016.")
    >>> dated_reference_density(analysis, 10)
    200.0
    """
    if word_count <= 0:
        raise ValueError(f"word_count must be a positive int, received {word_count!r}")
    explicit = sum(
        1 for expression in analysis.expressions
        if expression.kind in ("date", "month_year", "year", "range", "part_of_period", "season")
        and expression.note == "explicit"
    )
    return explicit * 1000.0 / word_count
