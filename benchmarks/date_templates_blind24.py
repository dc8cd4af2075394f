"""``blind24``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind24`` templates.  Written on 2026-11-23 (12:12-12:21 UTC, by `date -u`)
# by a helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, any tests/test_date*
# file other than tests/test_date_templates_independent.py), features/,
# docs/, the README or benchmarks/results/.  Base commit, taken with ``git
# rev-parse HEAD`` (``git log`` was never run):
# 65909475512407f5f8e5e540f1291ed4239b75d7.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind24`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (lines 42-51); lines 1-140 of benchmarks/date_templates_blind23.py
# (its header comment, imports, name lists and helpers, as a model of the
# header and conventions -- none of its templates; its names were not
# reused); in benchmarks/date_conflicts.py only the output of ``grep -n
# "import BLIND"`` (the blind5-blind23 import lines, 59-77) and of ``grep -n
# -A12 "^INDEPENDENT_SETS"`` (the dict, lines 2571-2580, plus two blank lines
# and the signature line of a ``run`` function).  A line-length check (awk,
# printing only line numbers and lengths) was also run over that file.
# Seen by accident: printing ``load_benchmark`` with ``grep -A16`` ran past it
# into the start of ``date_conflicts`` in tests/conftest.py (its signature,
# docstring, an import of ``analyse_dates`` from
# ``reliability.features.temporal`` and a list comprehension collecting each
# conflict's kind and span texts).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind24``) and a throwaway
# script applying the shared checks over 1,000 seeds per template (the
# generator itself keeps a seven-unit duration margin), never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled after adding
# one import line and one ``INDEPENDENT_SETS`` entry).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to tune the detector or its lexicons.  Every template is used:
# ``--split blind24``.
#
# Conventions.  A template is a ``Callable[[random.Random], list[str]]``
# (1-3 sentences) named ``b24_<kind>_...`` with a ``facts(rng)`` attribute
# returning the same sentences and the date expressions, as written, that make
# the conflict.  Each template seeds its own ``random.Random`` from its name
# and 64 bits drawn from the caller's rng.  Every side of a conflict is marked
# with [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated 2018-2025; relative expressions are pinned to 1995-2012 or 2020-2025.
# Other kinds keep their dates in 1880-2015, name no weekday outside the
# weekday templates and use no relative expression.  Stated counts miss every
# defensible count (unknown days, inclusive or exclusive counting) by at least
# seven units; all duration offsets are 0.  In order-violation facts
# ``earlier`` is the event the text says came first (it carries the later
# date).  Restated templates are ``b24_restated_same_*`` (one head word twice)
# or ``b24_restated_diff_*`` (verb against noun, synonym, pronoun, a name, a
# description).  Extra relative expressions beyond the shared list:
# ``EXTRA_ANCHORS``.  All people, places, firms, clubs, ships and countries are
# invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

PUBLISHED = datetime.date(2016, 9, 27)
#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "last spring", "six days ago",
                           "earlier this year", "this evening"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

FIRST_F = ["Honorine", "Tamsin", "Oluwaseun", "Briallen", "Ximena", "Ludmila", "Philippa", "Anouk"]
FIRST_M = ["Evander", "Casimir", "Thaddeus", "Leopold", "Ignatius", "Barnaby", "Osvaldo", "Dermot"]
LAST = ["Quennell", "Abernethy-Stroud", "Falconer", "Oyelaran", "Rosenquist", "Tremayne", "Villiers-Ashe",
        "Moncrieff", "Halloran", "Szabo-Reid", "Penhaligon", "Castellane", "Whitlock", "Ferreira-Dunn"]
TOWNS = ["Ashcombe Magna", "Brackenholt", "Carrowmere", "Dunlevy", "Emberton", "Fallowfield", "Greystoke Ferry",
         "Harrowgate Vale", "Inverlochan", "Jessop's Landing"]
FIRMS = ["Pemberton Rail", "Argent Pharmaceuticals", "Northgale Shipping", "Vesper & Lowe", "Coldharbour Cement",
         "Brightwater Telecom", "Hollowell Foods", "Stannary Copper"]
CLUBS = ["Brackenholt United", "Carrowmere Rovers", "Emberton Wanderers", "Dunlevy Albion", "Fallowfield Town",
         "Inverlochan Athletic"]
NATIONS = ["Ostrelia", "Mirevia", "Talandria", "Serovia", "Brelund", "Caspinia"]
SHIPS = ["Maid of Emberton", "Silver Petrel", "Carrowmere Queen", "Endurance Bay", "Stormfinch"]
BRIDGES = ["Fallowfield Bridge", "Heron's Gate Bridge", "Old Ferry Viaduct", "Kingsmead Bridge"]
MUSEUMS = ["Brackenholt Museum of Industry", "Carrowmere Gallery", "Emberton Maritime Museum",
           "Dunlevy Folk Museum"]
RIVERS = ["River Cadder", "River Ellan", "River Quist", "River Morrow"]
UNIS = ["University of Dunlevy", "Emberton Polytechnic", "Greystoke College", "Inverlochan Institute"]
PARTIES = ["Progressive Alliance", "Civic Renewal Party", "Agrarian League", "Coastal Democrats"]


class _Retry(Exception):
    """The drawn dates do not fit the template; draw again."""


def _seeded(name: str, rng: random.Random) -> random.Random:
    return random.Random(f"{name}:{rng.getrandbits(64)}")


def _ctx(r: random.Random) -> dict[str, Any]:
    first = [r.choice(FIRST_F)] + r.sample(FIRST_M, 2)  # A is a woman, B and P are men
    last = r.sample(LAST, 3)
    towns = r.sample(TOWNS, 2)
    return {"A": f"{first[0]} {last[0]}", "a": last[0], "B": f"{first[1]} {last[1]}", "b": last[1],
            "P": f"{first[2]} {last[2]}", "p": last[2], "T": towns[0], "T2": towns[1], "F": r.choice(FIRMS),
            "C": r.choice(CLUBS), "N": r.choice(NATIONS), "S": r.choice(SHIPS), "Br": r.choice(BRIDGES),
            "M": r.choice(MUSEUMS), "R": r.choice(RIVERS), "U": r.choice(UNIS), "Pa": r.choice(PARTIES)}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day(r: random.Random, lo: datetime.date, hi: datetime.date) -> datetime.date:
    return datetime.date.fromordinal(r.randint(lo.toordinal(), hi.toordinal()))


def _y(year: int, month: int = 1, day: int = 1) -> datetime.date:
    return datetime.date(year, month, day)


#: How each date format writes a (possibly impossible) date, and how precise it is.
FORMATS: dict[str, Callable[[Any], str]] = {
    "us": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "ap": lambda d: f"{AP[d.month - 1]} {d.day}, {d.year}",
    "br": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "iso": lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}",
    "dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year:04d}",
    "ord": lambda d: f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}",
    "sh": lambda d: f"{d.day} {SHORT[d.month - 1]} {d.year}",
    "shus": lambda d: f"{SHORT[d.month - 1]} {d.day}, {d.year}",
    "md": lambda d: f"{MONTHS[d.month - 1]} {d.day}",
    "apmd": lambda d: f"{AP[d.month - 1]} {d.day}",
    "dm": lambda d: f"{d.day} {MONTHS[d.month - 1]}",
    "ordnoy": lambda d: f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}",
    "wordord": lambda d: f"the {'thirtieth' if d.day == 30 else 'thirty-first'} of {MONTHS[d.month - 1]}",
    "my": lambda d: f"{MONTHS[d.month - 1]} {d.year}",
    "y": lambda d: f"{d.year}",
    "mid": lambda d: f"mid-{d.year}",
    "early": lambda d: f"early {d.year}",
    "late": lambda d: f"late {d.year}",
    "spring": lambda d: f"the spring of {d.year}",
    "autumn": lambda d: f"the autumn of {d.year}",
}
YEARLESS = {"md", "apmd", "dm", "ordnoy", "wordord"}
MONTHLY = {"my"}
YEARLY = {"y", "mid", "early", "late", "spring", "autumn"}
QUALIFIED = {"mid": ((4, 1), (9, 30)), "early": ((1, 1), (4, 30)), "late": ((9, 1), (12, 31))}


def _text(code: str, d: Any) -> str:
    return FORMATS[code](d)


def _side(code: str, d: datetime.date) -> str | tuple[str, int]:
    """The fact for one date as written: yearless dates carry the year written elsewhere (in a marked span)."""
    return (_text(code, d), d.year) if code in YEARLESS else _text(code, d)


def _span(code: str, d: datetime.date) -> tuple[datetime.date, datetime.date]:
    """Earliest and latest day the written date can mean."""
    if code in MONTHLY:
        first = d.replace(day=1)
        nxt = _y(d.year + 1) if d.month == 12 else _y(d.year, d.month + 1)
        return first, nxt - datetime.timedelta(days=1)
    if code in QUALIFIED:
        (m1, d1), (m2, d2) = QUALIFIED[code]
        return _y(d.year, m1, d1), _y(d.year, m2, d2)
    if code in YEARLY:
        return _y(d.year), _y(d.year, 12, 31)
    return d, d


def _fill(pattern: str, values: dict[str, Any]) -> list[str]:
    return [part.strip().format(**values) for part in pattern.split("|")]


def _make(name: str, build: Callable[[random.Random], tuple[dict[str, Any], Facts]], pattern: str) -> Template:
    def facts(rng: random.Random) -> tuple[list[str], Facts]:
        r = _seeded(name, rng)
        while True:
            try:
                values, found = build(r)
            except _Retry:
                continue
            return _fill(pattern, {**_ctx(r), **values}), found

    def template(rng: random.Random) -> list[str]:
        return facts(rng)[0]

    template.__name__ = template.__qualname__ = name
    template.facts = facts  # type: ignore[attr-defined]
    return template


# --- the six builders ----------------------------------------------------------

def _wd(name: str, pattern: str, code: str = "us", style: list[str] = WD_FULL, lo: int = 1900,
        hi: int = 2015) -> Template:
    def build(r: random.Random) -> tuple[dict[str, Any], Facts]:
        d = _day(r, _y(lo), _y(hi, 12, 31))
        wd = style[(d.weekday() + r.randint(1, 6)) % 7]
        return {"wd": wd, "date": _text(code, d), "y": d.year}, {"weekday": wd, "date": _side(code, d)}
    return _make(f"b24_weekday_{name}", build, pattern)


_BAD = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]


def _im(name: str, pattern: str, code: str = "us", leap: bool = False, bad: list[tuple[int, int]] = _BAD) -> Template:
    def build(r: random.Random) -> tuple[dict[str, Any], Facts]:
        year = r.randint(1880, 2015)
        if leap:
            if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
                raise _Retry
            month, day = 2, 29
        else:
            month, day = r.choice(bad)
        text = _text(code, SimpleNamespace(year=year, month=month, day=day))
        return {"date": text, "y": year}, {"date": text}
    return _make(f"b24_impossible_{name}", build, pattern)


def _rs(name: str, pattern: str, c1: str = "y", c2: str = "us", lo: int = 1900, hi: int = 2015,
        same_year: bool = False) -> Template:
    def build(r: random.Random) -> tuple[dict[str, Any], Facts]:
        d1 = _day(r, _y(lo), _y(hi, 12, 31))
        if same_year:
            d2 = _day(r, _y(d1.year), _y(d1.year, 12, 31))
        else:
            year = d1.year + r.choice([-1, 1]) * r.randint(1, 7)
            if not lo <= year <= hi:
                raise _Retry
            d2 = _day(r, _y(year), _y(year, 12, 31))
        (a1, b1), (a2, b2) = _span(c1, d1), _span(c2, d2)
        if not (b1 < a2 or b2 < a1):
            raise _Retry
        return ({"d1": _text(c1, d1), "d2": _text(c2, d2), "y1": d1.year, "y2": d2.year},
                {"dates": [_side(c1, d1), _side(c2, d2)]})
    return _make(f"b24_restated_{name}", build, pattern)


def _or(name: str, pattern: str, ce: str = "y", cl: str = "y", lo: int = 1900, hi: int = 2015,
        same_year: bool = False) -> Template:
    """``{e}``: the date of the event the text puts first; ``{l}``: the date of the one it puts second."""
    def build(r: random.Random) -> tuple[dict[str, Any], Facts]:
        late = _day(r, _y(lo), _y(hi, 12, 31))
        if same_year:
            early = _day(r, _y(late.year), _y(late.year, 12, 31))
        else:
            year = late.year + r.randint(1, 8)
            if year > hi:
                raise _Retry
            early = _day(r, _y(year), _y(year, 12, 31))
        # ``early`` is the date of the event the text says came first: it is the later date.
        if not _span(ce, early)[0] > _span(cl, late)[1]:
            raise _Retry
        return ({"e": _text(ce, early), "l": _text(cl, late), "ey": early.year, "ly": late.year},
                {"earlier": _side(ce, early), "later": _side(cl, late)})
    return _make(f"b24_order_{name}", build, pattern)


def _an(name: str, pattern: str, code: str = "us", rel: str | None = None) -> Template:
    def build(r: random.Random) -> tuple[dict[str, Any], Facts]:
        if rel is None or r.random() < 0.5:
            d = _day(r, _y(2020 if rel else 2018), _y(2025, 12, 31))
        else:
            d = _day(r, _y(1995), _y(2012, 12, 31))
        return {"date": _text(code, d), "y": d.year}, {"date": _side(code, d), "relative": rel}
    return _make(f"b24_anachronism_{name}", build, pattern)


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


_ELAPSED: dict[str, Callable[[datetime.date, datetime.date], int]] = {
    "years": _whole_years, "months": _whole_months,
    "weeks": lambda s, e: (e - s).days // 7, "days": lambda s, e: (e - s).days}
MARGIN = 7


def _du(name: str, pattern: str, unit: str, stated: str, cs: str = "y", ce: str | None = None,
        gap: tuple[int, int] = (3650, 18250), lo: int = 1880, words: bool = False, least: int = 1) -> Template:
    """``gap``: days from start to end (to publication when ``ce`` is None); ``stated`` formats ``{n}``/``{w}``;
    ``least``: the smallest count that reads naturally (an age)."""
    def build(r: random.Random) -> tuple[dict[str, Any], Facts]:
        if ce is None:
            end = PUBLISHED
            start = end - datetime.timedelta(days=r.randint(*gap))
            if start.year > 2015 or start.year < lo:
                raise _Retry
            end_low = end_high = end
        else:
            start = _day(r, _y(lo), _y(2015, 12, 31))
            end = start + datetime.timedelta(days=r.randint(*gap))
            if end.year > 2015 or (cs in YEARLESS and start.year != end.year):
                raise _Retry
            end_low, end_high = _span(ce, end)
        start_low, start_high = _span(cs, start)
        if start_high > end_low:
            raise _Retry
        lowest = _ELAPSED[unit](start_high, end_low) - 1
        highest = _ELAPSED[unit](start_low, end_high) + 1
        if r.random() < 0.5:
            n = lowest - r.randint(MARGIN, MARGIN + 20)
        else:
            n = highest + r.randint(MARGIN, MARGIN + 20)
        if n < least or (words and n > 20):
            raise _Retry
        text = stated.format(n=n, o=_ordinal(n), w=WORDS[n] if n <= 20 else "",
                             W=WORDS[n].capitalize() if n <= 20 else "")
        values = {"st": text, "s": _text(cs, start), "sy": start.year, "ey": end.year,
                  "e": _text(ce, end) if ce else ""}
        return values, {"stated": text, "value": n, "unit": unit, "start": _side(cs, start),
                        "end": _side(ce, end) if ce else None, "offset": 0}
    return _make(f"b24_duration_{name}", build, pattern)


# --- weekday_mismatch ------------------------------------------------------------

WEEKDAY = [
    _wd("dateline_us", "[[{wd}, {date}]] -- The {F} board voted to close its {T} depot, a spokesman said."),
    _wd("ap_dateline", "{T} (AP) -- Flood water crested on the {R} on [[{wd}]], [[{date}]], officials said.",
        "ap", WD_AP),
    _wd("british_hearing", "The inquest opened at {T} coroner's court on [[{wd} {date}]] and was adjourned "
        "within the hour.", "br"),
    _wd("ordinal_funeral", "Mourners lined the high street of {T} for the funeral of {B}, held on [[{wd}]], "
        "[[{date}]].", "ord"),
    _wd("iso_log", "According to the harbour log, the {S} left {T} at dawn on [[{wd}]] ([[{date}]]).", "iso"),
    _wd("short_programme", "The festival programme lists the opening concert for [[{wd} {date}]], in the "
        "{T} corn exchange.", "sh", WD_SHORT),
    _wd("yearless_match", "{C} sealed the [[{y}]] title with a 2-0 win over {T2} on [[{wd}]], [[{date}]].",
        "md", lo=1950),
    _wd("quote_first", "\"I remember it was a [[{wd}]] because the market was on,\" {A} said of the fire of "
        "[[{date}]].", "us"),
    _wd("passive_signed", "The accord was signed by both foreign ministers in {T} on [[{wd}, {date}]], "
        "ending months of talks with {N}.", "ap", WD_FULL, 1946),
    _wd("apposition_birth", "{A}, the eldest of six children, was born in {T} on [[{wd}]], [[{date}]], "
        "to a family of weavers.", "us", WD_FULL, 1900, 1990),
    _wd("letter_dated", "The letter, dated [[{wd} {date}]], was found among {b}'s papers at the {M}.", "br"),
    _wd("parenthetical_vote", "Council members in {T} approved the budget (the vote came late on [[{wd}]], "
        "[[{date}]]) after a four-hour debate.", "us"),
    _wd("british_yearless", "Polling in the [[{y}]] by-election took place on [[{wd} {date}]] under heavy "
        "rain in {T}.", "dm", WD_FULL, 1920),
    _wd("ap_sports", "{C} fired manager {B} on [[{wd}]], [[{date}]], two days after a cup defeat at {T2}.",
        "ap", WD_AP, 1960),
    _wd("short_us_notice", "Notice of the auction appeared in the {T} Courier: lots to be viewed [[{wd}, "
        "{date}]], sale to follow.", "shus", WD_SHORT),
    _wd("nominal_opening", "The opening of the {Br} on [[{wd}]], [[{date}]], drew a crowd of several "
        "thousand.", "ord", WD_FULL, 1880),
    _wd("two_sentences", "The strike at {F} began at midnight. | Pickets were still outside the {T} gates by "
        "[[{wd}]], [[{date}]], union officials said.", "us", WD_FULL, 1960),
    _wd("reported_speech", "Police said the car was last seen heading out of {T} on the morning of [[{wd}]], "
        "[[{date}]].", "br"),
    _wd("dotted_record", "Court records show the sentence was handed down on [[{wd}]] [[{date}]] by Judge "
        "{P}.", "dot"),
    _wd("ap_yearless_launch", "Shipwrights at {T} launched the {S} on [[{wd}]], [[{date}]], the yard's "
        "busiest day of [[{y}]].", "apmd", WD_AP, 1880),
    _wd("headline_style", "It was on [[{wd}]], [[{date}]], that {A} took the oath as the first woman to lead "
        "{N}.", "us", WD_FULL, 1960),
    _wd("ordinal_yearless", "The [[{y}]] regatta was rowed on [[{wd}]] [[{date}]], with {C} taking the "
        "senior eights.", "ordnoy", WD_FULL, 1890),
    _wd("obituary", "{B}, who died on [[{wd}]], [[{date}]], at his home in {T}, was a founder of {F}.", "ap",
        WD_FULL, 1950),
]


# --- impossible_date --------------------------------------------------------------

IMPOSSIBLE = [
    _im("us_contract", "The contract with {F} was signed on [[{date}]], according to a copy seen by this "
        "newspaper."),
    _im("leap_ap", "{A} filed the lawsuit in {T} on [[{date}]], court papers show.", "ap", leap=True),
    _im("british_deed", "The deed of sale, dated [[{date}]], transfers the mill at {T} to the {b} family.",
        "br"),
    _im("iso_dataset", "In the ministry's spreadsheet the {T} clinic is recorded as opening on [[{date}]].",
        "iso"),
    _im("ordinal_wedding", "They were married at St Anne's, {T}, on [[{date}]], and moved to {T2} a year "
        "later.", "ord"),
    _im("yearless_feast", "Every year the village of {T} holds its harvest supper on [[{date}]], a date "
        "printed on the parish board.", "md"),
    _im("dotted_invoice", "The invoice from {F}, numbered 447 and dated [[{date}]], was shown to the "
        "jury.", "dot"),
    _im("short_caption", "Caption: {B} outside the {M}, [[{date}]].", "sh"),
    _im("word_ordinal", "By tradition the charter of {T} is read aloud on [[{date}]], the day the town "
        "claims it was granted.", "wordord"),
    _im("leap_british", "Records show {B} was admitted to {T} infirmary on [[{date}]] and discharged a "
        "week later.", "br", leap=True),
    _im("passive_decree", "The decree was published in the {N} official gazette on [[{date}]].", "ap"),
    _im("quote_date", "\"We buried him on [[{date}]], I will never forget it,\" said {A}.", "us"),
    _im("apposition_match", "The replay, a 3-3 draw on [[{date}]], is still talked about at {C}.", "br"),
    _im("leap_iso", "The timestamp on the scanned ledger page reads [[{date}]].", "iso", leap=True),
    _im("british_yearless", "The {T} fair has opened on [[{date}]] for as long as anyone can remember, "
        "the organisers said.", "dm"),
    _im("deadline", "Bidders were told to submit their tenders for the {Br} contract no later than "
        "[[{date}]].", "us"),
    _im("ordinal_yearless", "Her diary entry for [[{date}]] describes the storm that sank the {S}.",
        "ordnoy"),
    _im("short_us", "Minutes of the {U} senate meeting of [[{date}]] were released under freedom of "
        "information rules.", "shus"),
    _im("leap_ordinal", "The stone over the door of the {T} schoolhouse is carved with [[{date}]].", "ord",
        leap=True),
    _im("two_sentences", "{P} said the shipment cleared customs in {T}. | Customs forms put the clearance on "
        "[[{date}]].", "ap"),
    _im("dotted_leap", "A stamp on the passport shows entry into {N} on [[{date}]].", "dot", leap=True),
    _im("nominal_founding", "The founding of the {Pa} on [[{date}]] is marked by a plaque in {T}.", "us"),
    _im("ap_yearless", "The {R} ferry makes its final crossing of the season on [[{date}]], the timetable "
        "says.", "apmd"),
]


# --- restated_event ---------------------------------------------------------------

RESTATED = [
    # one head word twice
    _rs("same_merger", "{F} was formed by the [[{d1}]] merger of two family haulage firms. | That merger, "
        "{b} recalled, was completed on [[{d2}]] after a year of talks.", "y", "us"),
    _rs("same_fire", "The great fire of {T} broke out on [[{d1}]]. | Insurers later put the damage from the "
        "fire, which started in a bakery on Mill Lane on [[{d2}]], at a record sum.", "br", "br"),
    _rs("same_treaty", "The [[{d1}]] treaty between {N} and its northern neighbour settled the border. | "
        "Diplomats signed the treaty in {T} in [[{d2}]], archives show.", "y", "my"),
    _rs("same_flood_quote", "\"Nobody who lived through the flood of [[{d1}]] forgets it,\" said {A}. | The "
        "flood, when the {R} burst its banks at {T}, is dated [[{d2}]] on the memorial.", "y", "y"),
    _rs("same_election", "{B} won the [[{d1}]] election by 212 votes. | The election, held on [[{d2}]], was "
        "the closest in {T}'s history.", "y", "ap"),
    _rs("same_strike", "The miners' strike at {T} began in [[{d1}]]. | Veterans of "
        "the strike, which started in [[{d2}]], gathered at the colliery gates.", "my", "my"),
    _rs("same_final", "{C} lifted the cup after beating {T2} in the final of [[{d1}]]. | That final, played "
        "on [[{d2}]], drew the club's biggest crowd.", "y", "br"),
    _rs("same_wreck", "The wreck of the {S} off {T} on [[{d1}]] cost fourteen lives. | Divers located the "
        "wreck decades later; the ship had gone down on [[{d2}]], the survey team said.", "us", "us", 1880, 1995),
    _rs("same_iso_launch", "Launch log: satellite {T}-1 lifted off at 04:12 on [[{d1}]]. | Mission control "
        "confirmed the launch had taken place on [[{d2}]].", "iso", "iso", 1960),
    _rs("same_coup", "The [[{d1}]] coup in {N} brought {B} to power. | He led the coup on [[{d2}]] with the "
        "backing of the air force.", "y", "ord"),
    _rs("same_opening_month", "The {M} opened its doors in [[{d1}]]. | At the opening, on [[{d2}]], "
        "{A} cut the ribbon.", "my", "us", same_year=True),
    _rs("same_bankruptcy", "{F}'s bankruptcy in [[{d1}]] left 600 workers unpaid. | Creditors first learned "
        "of the bankruptcy, filed in [[{d2}]], from a local radio bulletin.", "y", "my"),
    _rs("same_riot_apposition", "The riot, the worst in {T}'s history, erupted on [[{d1}]]. | A report on "
        "the riot of [[{d2}]] blamed police tactics.", "ap", "y"),
    _rs("same_ceasefire", "Under the [[{d1}]] ceasefire, troops withdrew from the valley. | The ceasefire, "
        "agreed on [[{d2}]], held for almost a decade.", "mid", "br"),
    _rs("same_earthquake", "The earthquake that flattened {T} struck on [[{d1}]]. | Survivors of the "
        "earthquake of [[{d2}]] still live in prefabricated homes.", "sh", "y"),
    _rs("same_robbery", "Three men were jailed over the [[{d1}]] robbery at the {T} branch of {F}. | The "
        "robbery took place on [[{d2}]], the court heard.", "y", "us"),
    _rs("same_dotted_takeover", "The takeover of {F} was completed on [[{d1}]]. | Shareholders who "
        "approved the takeover on [[{d2}]] received a premium.", "dot", "dot"),
    _rs("same_expedition", "{A} led the [[{d1}]] expedition to the source of the {R}. | The expedition set "
        "out from {T} in [[{d2}]], carrying supplies for a year.", "y", "spring"),
    _rs("same_ordinal_referendum", "The referendum on independence for {N} was held on [[{d1}]]. | {P}, "
        "who campaigned against it, said the referendum of [[{d2}]] split families.", "ord", "y"),
    _rs("same_collapse", "The collapse of the {Br} in [[{d1}]] killed two motorists. | Engineers blamed "
        "the collapse, on [[{d2}]], on corroded cables.", "late", "ap"),
    _rs("same_premiere_quote", "\"The premiere of [[{d1}]] was chaos,\" {B} told reporters. | \"That "
        "premiere, on [[{d2}]], almost finished my career.\"", "y", "us"),
    # different words for the one event
    _rs("diff_verb_noun_founding", "{F} was founded in [[{d1}]] by {B}. | Its founding, on [[{d2}]], is "
        "commemorated in the name of its flagship store in {T}.", "y", "us"),
    _rs("diff_synonym_blaze", "Fire crews fought the blaze at the {T} paper mill for two days in [[{d1}]]. | "
        "The fire, on [[{d2}]], destroyed the mill's archive.", "y", "br"),
    _rs("diff_pronoun_wedding", "{A} married {B} at {T} register office on [[{d1}]]. | She said the "
        "ceremony, on [[{d2}]], lasted eleven minutes.", "us", "us"),
    _rs("diff_name_accord", "{N} and its neighbour signed a trade agreement in [[{d1}]]. | The {T} Accord, "
        "as the agreement became known, was signed on [[{d2}]].", "y", "ap"),
    _rs("diff_description_sinking", "The {S} sank in the {R} estuary in [[{d1}]]. | The disaster, the "
        "worst in the port's history, happened on [[{d2}]].", "y", "br", 1880, 1990),
    _rs("diff_verb_noun_resignation", "{B} resigned as chairman of {F} in [[{d1}]]. | His resignation, "
        "announced on [[{d2}]], followed a boardroom revolt.", "my", "us"),
    _rs("diff_synonym_walkout", "Dockers at {T} walked out on [[{d1}]]. | The stoppage, which began on "
        "[[{d2}]], cost the port a fortnight's trade.", "br", "br"),
    _rs("diff_pronoun_discovery", "{A} discovered the hoard of coins in a field near {T} in [[{d1}]]. | "
        "She made the find, she told the inquest, on [[{d2}]].", "y", "ord"),
    _rs("diff_name_storm", "The storm that wrecked the {T} pier came ashore on [[{d1}]]. | Storm Bertha, as "
        "forecasters later named it, made landfall on [[{d2}]].", "ap", "ap", 1950),
    _rs("diff_verb_noun_acquisition", "{F} bought its rival for an undisclosed sum in [[{d1}]]. | The "
        "acquisition was finalised on [[{d2}]], filings show.", "y", "iso"),
    _rs("diff_description_opening", "The {Br} opened to traffic on [[{d1}]]. | Local historians describe "
        "the day the crossing first carried cars, [[{d2}]], as the making of {T}.", "us", "br", 1920),
    _rs("diff_appointment", "{A} was appointed head of the {U} in [[{d1}]]. | She took up the post, the "
        "university's first female principal, on [[{d2}]].", "y", "us"),
    _rs("diff_synonym_uprising", "The uprising in {T} began on [[{d1}]]. | The revolt, crushed within a "
        "week, had started on [[{d2}]], according to the ministry.", "ord", "us"),
    _rs("diff_pronoun_record", "{B} broke the national mile record in [[{d1}]]. | He did it on [[{d2}]], on "
        "a cinder track at {T}, with a time that stood for years.", "y", "ap", 1920),
    _rs("diff_nominal_verb_arrest", "The arrest of {P} on [[{d1}]] stunned {T}. | Detectives detained him, "
        "the court was told, on [[{d2}]].", "br", "br"),
    _rs("diff_description_exhibition", "The {M} staged the {b} retrospective in [[{d1}]]. | That show, "
        "the gallery's best-attended ever, ran in [[{d2}]].", "y", "my"),
    _rs("diff_name_rescue", "A lifeboat crew saved nine fishermen off {T} in [[{d1}]]. | The {T} Rescue, as "
        "the rescue is known locally, took place on [[{d2}]].", "my", "us", same_year=True),
    _rs("diff_synonym_poll", "Voters in {N} went to the polls on [[{d1}]]. | The ballot, boycotted by the "
        "{Pa}, was held on [[{d2}]].", "dot", "y"),
    _rs("diff_verb_noun_closure", "The {T} steelworks closed in [[{d1}]]. | Its closure, on [[{d2}]], put "
        "1,900 people out of work.", "y", "us", 1930),
    _rs("diff_pronoun_crossing", "{A} swam the {R} estuary on [[{d1}]]. | It was, she said, the hardest "
        "thing she ever did, and the crossing of [[{d2}]] was never repeated.", "us", "y"),
    _rs("diff_description_verdict", "A jury at {T} acquitted {B} of fraud in [[{d1}]]. | The not-guilty "
        "verdict, delivered on [[{d2}]], was greeted with applause from the public gallery.", "y", "br"),
]


# --- order_violation --------------------------------------------------------------

ORDER = [
    _or("aftermath_signed", "The treaty was signed in [[{l}]] in the aftermath of the [[{e}]] border war "
        "between {N} and its neighbour."),
    _or("after_full_dates", "{B} was appointed chief executive of {F} on [[{l}]], after the sudden death of "
        "his predecessor on [[{e}]].", "us", "us"),
    _or("following_british", "Following the collapse of the {Br} on [[{e}]], the council ordered an "
        "inspection of every crossing, a programme that began on [[{l}]].", "br", "br"),
    _or("before_clause", "Long before she entered politics in [[{l}]], {A} had made her name as a barrister, "
        "taking silk in [[{e}]].", "y", "y"),
    _or("prompted_by", "The [[{e}]] floods prompted the construction of the {T} barrier, which was "
        "completed in [[{l}]].", "y", "my"),
    _or("in_response_ap", "In response to the riots of [[{e}]], the government set up a commission of "
        "inquiry on [[{l}]].", "ap", "ap"),
    _or("subsequently", "{F} was floated on the stock exchange in [[{e}]]. | It subsequently bought the "
        "{T} brewery in [[{l}]], doubling its size.", "y", "y"),
    _or("later_that_decade", "The {M} was built with money raised after the great exhibition of [[{e}]]; "
        "it opened on [[{l}]].", "y", "ord"),
    _or("preceded", "The {T} strike of [[{e}]] preceded the national dispute, which broke out in [[{l}]].",
        "my", "my"),
    _or("two_sentences_then", "{B} left {C} on [[{e}]]. | He then spent a season at {T2} before retiring "
        "on [[{l}]].", "us", "br"),
    _or("same_year_months", "The ministry launched its review in [[{l}]], shortly after the leak of "
        "the memo in [[{e}]].", "my", "my", same_year=True),
    _or("iso_timeline", "Timeline: the application was lodged on [[{e}]] and, once approved, the permit was "
        "issued on [[{l}]].", "iso", "iso", 1960),
    _or("quote_after", "\"It was only after the [[{e}]] election that we could build the hospital,\" said "
        "{A}, who laid its foundation stone in [[{l}]].", "y", "y"),
    _or("until", "{A} worked as a nurse in {T} until her marriage in [[{e}]], and retrained as a doctor at "
        "the {U}, qualifying in [[{l}]].", "y", "y", 1900, 1990),
    _or("on_the_heels", "On the heels of its [[{e}]] championship, {C} was relegated in [[{l}]].", "y",
        "y"),
    _or("passive_replaced", "The old wooden pier, destroyed by fire on [[{e}]], was replaced by a steel "
        "structure that opened on [[{l}]].", "br", "us", 1880),
    _or("inspired_by", "{P} said the design was inspired by a visit to the {M} in [[{e}]]; the plans were "
        "submitted in [[{l}]].", "y", "my"),
    _or("since", "Since winning independence in [[{e}]], {N} has held elections every five years, the first "
        "of them in [[{l}]].", "y", "y"),
    _or("ap_after_merger", "The union was created on [[{l}]] after the merger of two smaller unions was "
        "agreed on [[{e}]].", "ap", "ap"),
    _or("first_then", "First came the drought of [[{e}]]; then, in [[{l}]], the famine that emptied the "
        "villages around {T}.", "y", "y"),
    _or("dotted", "The firm was refounded on [[{l}]] in the wake of the fire of [[{e}]] that gutted its {T} "
        "works.", "dot", "dot"),
    _or("apposition_successor", "{B} became bishop of {T} in [[{l}]], following the retirement of his "
        "predecessor, {P}, in [[{e}]].", "y", "y"),
    _or("prior_to", "Prior to the reopening of the line on [[{l}]], engineers spent months clearing a "
        "landslip that had blocked it on [[{e}]].", "us", "us"),
    _or("nominal_sequence", "The sale of the {S} in [[{l}]] came only after her final voyage, in [[{e}]], "
        "from {T} to the breakers.", "my", "y"),
]


# --- publication_anachronism ------------------------------------------------------

ANACHRONISM = [
    _an("past_signed", "{F} signed the supply contract with {N} on [[{date}]], the company said in a "
        "statement."),
    _an("ap_resigned", "{B} resigned as {T} police chief on [[{date}]] amid an inquiry into overtime "
        "claims.", "ap"),
    _an("british_died", "{A}, who founded the {M}, died at her home in {T} on [[{date}]].", "br"),
    _an("year_opened", "The {Br}, which opened in [[{date}]], has cut journey times to {T2} by half.", "y"),
    _an("month_passive", "The merger was approved by regulators in [[{date}]], clearing the way for job "
        "cuts.", "my"),
    _an("iso_record", "Filing records show the application was granted on [[{date}]].", "iso"),
    _an("quote_past", "\"We closed the {T} branch on [[{date}]] and have not looked back,\" said {B}.",
        "us"),
    _an("ordinal_match", "{C} were promoted on [[{date}]] after a 2-1 win at {T2}.", "ord"),
    _an("apposition_election", "{P}, elected mayor of {T} in [[{date}]], has promised to reopen the "
        "library.", "late"),
    _an("nominal_collapse", "The collapse of {F} in [[{date}]] left hundreds of pensioners out of pocket, "
        "campaigners said.", "my"),
    _an("two_sentences", "Work on the new {U} campus is complete. | The last building was handed over on "
        "[[{date}]], the university said.", "shus"),
    _an("parenthetical", "The ship's final voyage (she docked at {T} for the last time on [[{date}]]) drew "
        "crowds to the quay.", "dot"),
    _an("yesterday_full", "The board met [[yesterday]] in {T} ([[{date}]]) and voted to sell the {S}.",
        "us", "yesterday"),
    _an("last_week_ap", "{B}, who stepped down [[last week]] -- on [[{date}]], according to his "
        "lawyer -- has not commented.", "ap", "last week"),
    _an("this_morning_british", "Divers recovered the second body from the {R} [[this morning]], "
        "[[{date}]], police said.", "br", "this morning"),
    _an("last_night_quote", "\"It was chaos [[last night]],\" said {A}, describing the storm that hit {T} on "
        "[[{date}]].", "us", "last night"),
    _an("last_month_month", "The factory reopened [[last month]], in [[{date}]], after a two-year "
        "refurbishment.", "my", "last month"),
    _an("last_year_year", "{F}'s profits fell sharply [[last year]] ([[{date}]]), the annual report shows.",
        "y", "last year"),
    _an("earlier_today", "The verdict, returned [[earlier today]] at {T} crown court, is dated [[{date}]] on "
        "the court list.", "ap", "earlier today"),
    _an("two_days_ago", "{C} dismissed its manager [[two days ago]], on [[{date}]], after a run of "
        "defeats.", "br", "two days ago"),
    _an("last_weekend", "Thousands marched through {T} [[last weekend]]; organisers said the march on "
        "[[{date}]] was the largest in years.", "br", "last weekend"),
    _an("earlier_this_week", "[[Earlier this week]] ([[{date}]]) the {Pa} unveiled its manifesto in {T}.",
        "iso", "Earlier this week"),
    _an("this_afternoon", "{A} was sworn in as the first female governor of {T} [[this afternoon]], "
        "[[{date}]].", "us", "this afternoon"),
    _an("six_days_ago", "A fishing boat went missing off {T} [[six days ago]] -- [[{date}]] -- and the "
        "search has now been scaled back.", "sh", "six days ago"),
    _an("earlier_this_year", "The {M} closed its east wing [[earlier this year]], in [[{date}]], for "
        "repairs.", "my", "earlier this year"),
]


# --- duration_arithmetic ----------------------------------------------------------

Y = 365

DURATION = [
    _du("founded_marking", "{F}, founded in [[{s}]], is marking [[{st}]] of trading with a party for staff "
        "in {T}.", "years", "{n} years", "y", None, (20 * Y, 100 * Y)),
    _du("built_ago", "The {Br} was built in [[{s}]], [[{st}]], and has not been strengthened since.",
        "years", "{n} years ago", "y", None, (20 * Y, 120 * Y)),
    _du("festival_days_us", "The [[{st}]] festival ran from [[{s}]] to [[{e}]] on the meadows outside {T}.",
        "days", "{w}-day", "md", "us", (12, 30), words=True),
    _du("age_at_death", "{B}, born on [[{s}]], died on [[{e}]] at the age of [[{st}]].", "years", "{n}", "us",
        "us", (40 * Y, 90 * Y), least=14),
    _du("runner_age", "{A}, [[{st}]], who was born in [[{s}]], won the {T} marathon in [[{e}]].", "years",
        "{n}", "y", "y", (20 * Y, 40 * Y), least=14),
    _du("restoration_months", "The [[{st}]] restoration of the {M}, begun in [[{s}]] and finished in "
        "[[{e}]], cost more than twice the estimate.", "months", "{n}-month", "my", "my", (300, 1500)),
    _du("strike_weeks", "The [[{st}]] strike at {F}, which began on [[{s}]] and ended on [[{e}]], was the "
        "longest in the company's history.", "weeks", "{w}-week", "br", "br", (100, 200), words=True),
    _du("anniversary_none", "The {U}, which admitted its first students in [[{s}]], celebrates its [[{st}]] "
        "anniversary with an open day.", "years", "{o}", "y", None, (30 * Y, 120 * Y)),
    _du("tenure_from_to", "{P} served as harbourmaster at {T} from [[{s}]] to [[{e}]], a tenure of [[{st}]].",
        "years", "{n} years", "y", "y", (10 * Y, 40 * Y)),
    _du("now_aged", "{A}, who was born on [[{s}]] in a cottage near {T}, is now [[{st}]] and still farms the "
        "land.", "years", "{n}", "us", None, (50 * Y, 95 * Y), least=14),
    _du("trial_days_ap", "The [[{st}]] trial opened on [[{s}]], and the jury returned its verdict on "
        "[[{e}]].", "days", "{w}-day", "ap", "ap", (25, 60), words=True),
    _du("exile", "{B} returned to {N} in [[{e}]] after [[{st}]] in exile, having fled in [[{s}]].", "years",
        "{n} years", "y", "y", (5 * Y, 35 * Y)),
    _du("outage_iso", "The outage lasted [[{st}]], from [[{s}]] to [[{e}]], according to the regulator's "
        "report.", "months", "{n} months", "iso", "iso", (200, 900)),
    _du("year_old_retired", "The [[{st}]] {B} -- born on [[{s}]] -- retired from the bench on [[{e}]].",
        "years", "{n}-year-old", "br", "br", (50 * Y, 80 * Y), least=14),
    _du("took_to_build", "Work on the {Br} began in [[{s}]]; it took [[{st}]] to build and opened in "
        "[[{e}]].", "years", "{n} years", "y", "y", (3 * Y, 20 * Y)),
    _du("married_for", "{A} and her husband, who married on [[{s}]], had been together [[{st}]] when he died "
        "on [[{e}]].", "years", "{n} years", "ord", "us", (20 * Y, 60 * Y)),
    _du("pack_ice_days", "Between [[{s}]] and [[{e}]] -- [[{st}]] in all -- the {S} was held fast in the "
        "pack ice.", "days", "{n} days", "dm", "br", (20, 80)),
    _du("siege_months", "The [[{st}]] siege of {T}, from [[{s}]] to [[{e}]], ended when the garrison ran out "
        "of food.", "months", "{w}-month", "my", "my", (30, 700), words=True),
    _du("flooded_months_ago", "The {T} pit flooded in [[{s}]], [[{st}]], and has been sealed ever since.",
        "months", "{n} months ago", "my", None, (400, 2000)),
    _du("anniversary_dated", "On [[{e}]], the {Pa} marked the [[{st}]] anniversary of its founding in "
        "[[{s}]].", "years", "{o}", "y", "us", (20 * Y, 90 * Y)),
    _du("quote_age", "\"I was [[{st}]] when I came to {T} in [[{e}]],\" said {A}, who was born in [[{s}]].",
        "years", "{n}", "y", "y", (15 * Y, 40 * Y), least=14),
    _du("presidential_term", "{P}'s [[{st}]] term as president of {N}, which began on [[{s}]] and ended with "
        "his overthrow on [[{e}]], is remembered for its prisons.", "years", "{w}-year", "ap", "ap",
        (2 * Y, 12 * Y), words=True),
    _du("dry_dock_weeks", "Repairs took [[{st}]], the logbook shows: the vessel entered dry dock on [[{s}]] "
        "and sailed again on [[{e}]].", "weeks", "{n} weeks", "iso", "iso", (150, 400)),
    _du("visit_days_ap", "The [[{st}]] visit, from [[{s}]] to [[{e}]], took {A} to six cities across {N}.",
        "days", "{w}-day", "apmd", "ap", (14, 30), words=True),
    _du("since_sailed", "It has been [[{st}]] since the {S} last sailed from {T}, in [[{s}]].", "years",
        "{n} years", "my", None, (15 * Y, 60 * Y)),
    _du("oldest_member", "Born in [[{s}]], {B} -- at [[{st}]] the oldest member of the {Pa} -- is standing "
        "again.", "years", "{n}", "y", None, (45 * Y, 90 * Y), least=14),
    _du("after_founding", "In [[{e}]], [[{st}]] after {T}'s first school opened in [[{s}]], the town got its "
        "first public library.", "years", "{n} years", "y", "y", (20 * Y, 80 * Y)),
    _du("journey_ordinal", "The expedition left {T} on [[{s}]] and reached the pole on [[{e}]], a journey of "
        "[[{st}]].", "days", "{n} days", "ord", "ord", (60, 200)),
    _du("served_months_passive", "{B} was held without charge from [[{s}]] until his release on [[{e}]]; "
        "his lawyers said he spent [[{st}]] in a cell.", "months", "{n} months", "sh", "sh", (400, 1400)),
    _du("hyphen_years_partnership", "The [[{st}]] partnership between {F} and the {U}, signed in [[{s}]] and "
        "dissolved in [[{e}]], produced four patents.", "years", "{w}-year", "y", "y", (10 * Y, 30 * Y),
        words=True),
    _du("served_decades_none", "{A} joined the {T} fire brigade in [[{s}]] and has served [[{st}]], making "
        "her its longest-serving officer.", "years", "{n} years", "my", None, (10 * Y, 40 * Y)),
    _du("weeks_words_campaign", "The candidates were exhausted after [[{st}]] of campaigning, from [[{s}]] to "
        "polling day on [[{e}]].", "weeks", "{w} weeks", "us", "us", (60, 130), words=True),
]


BLIND24_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": WEEKDAY,
    "impossible_date": IMPOSSIBLE,
    "restated_event": RESTATED,
    "order_violation": ORDER,
    "publication_anachronism": ANACHRONISM,
    "duration_arithmetic": DURATION,
}
