"""``blind25``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind25`` templates.  Written on 2026-11-23 (18:21-18:26 UTC, by `date -u`)
# by a helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, any tests/test_date*
# file other than tests/test_date_templates_independent.py), features/,
# docs/, the README or benchmarks/results/.  Base commit, taken with ``git
# rev-parse HEAD`` (``git log`` was never run):
# a27d3fee0ccc3f69b79680da82281624ec291f26.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind25`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (printed with ``grep -n -A15``, lines 42-57); lines 1-140 of
# benchmarks/date_templates_blind24.py (its header comment, imports, name
# lists and helpers, as a model of the header and conventions -- none of its
# templates; its names were not reused); in benchmarks/date_conflicts.py only
# the output of ``grep -n "import BLIND"`` (the blind5-blind24 import lines,
# 59-78) and of ``grep -n -A12 "^INDEPENDENT_SETS"`` (the dict, lines
# 2572-2581, plus two blank lines and the signature line of a ``run``
# function), then one import line and one dict entry were added with sed.
# Seen by accident: the ``grep -A15`` of ``load_benchmark`` ran past it into
# the start of ``date_conflicts`` in tests/conftest.py (its signature, its
# docstring and a line importing ``analyse_dates`` from
# ``reliability.features.temporal``).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind25``) and a throwaway
# script applying the shared checks over 500 seeds per template (the
# generator itself keeps a seven-unit duration margin), never through the
# detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to tune the detector.  Every template is used: ``--split
# blind25``.
#
# Conventions (those of blind24).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b25_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Each template seeds its own ``random.Random`` from its name and 64 bits
# drawn from the caller's rng.  Every side of a conflict is marked with
# [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated 2018-2025; relative expressions are pinned to 1995-2012 or 2020-2025.
# Other kinds keep their dates in 1890-2015, name no weekday outside the
# weekday templates and use no relative expression.  Stated counts miss every
# defensible count (unknown days, inclusive or exclusive counting) by at least
# seven units; all duration offsets are 0.  In order-violation facts
# ``earlier`` is the event the text says came first (it carries the later
# date).  Restated templates are ``b25_restated_same_*`` (one head word twice)
# or ``b25_restated_diff_*`` (verb against noun, synonym, pronoun, a name, a
# description).  Templates are written as sentence patterns: ``{X:F}`` is
# date label X in format F (see ``FORMATS``), ``{X:YR}`` its year alone,
# ``{NUM}`` a stated count, other braces invented names.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS``.  All people,
# places, firms, clubs, storms, ships and countries are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import calendar
import datetime
import random
import re
from collections.abc import Callable
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

PUBLISHED = datetime.date(2016, 9, 27)
#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "last autumn", "earlier this year",
                           "eight days ago"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

FIRST_F = ["Marisol", "Ingrid", "Delphine", "Rosalind", "Yetunde", "Sabela", "Kerensa", "Nadezhda"]
FIRST_M = ["Lucan", "Florian", "Ambrose", "Tiberius", "Emrys", "Kwabena", "Ruairi", "Anselm"]
LAST = ["Pettigrew", "Okafor-Lyle", "Lindqvist", "Carrington", "Vasquez-Orme", "Thistlewood", "Ravensdale",
        "Boateng", "Heathcote", "Ellery", "Kowalczyk", "Dunmore", "Aldana", "Fitzwarren"]
TOWNS = ["Wexcombe", "Ormsby Cross", "Kilbarran", "Strathmoy", "Pellingford", "Loxley Moor", "Tarrant Hythe",
         "Quarrendon", "Benmore Quay", "Yarrowfield"]
FIRMS = ["Halberd Logistics", "Cinderford Steel", "Meridian Vale Bank", "Oakhurst Biotech", "Larkspur Airways",
         "Tollgate Energy", "Rookwood Motors", "Saltmarsh Insurance"]
CLUBS = ["Wexcombe City", "Kilbarran Celtic", "Strathmoy Thistle", "Pellingford Athletic", "Quarrendon Rangers",
         "Yarrowfield Harriers"]
NATIONS = ["Valdoria", "Quessland", "Morvania", "Estrelle", "Kanthar", "Luridia"]
RIVERS = ["River Tallow", "River Brannock", "River Ousel", "River Garnet"]
PARTIES = ["People's Forward Party", "Liberal Union", "Green Assembly", "National Farmers' Bloc"]
HOSPITALS = ["St Brigid's Hospital", "Wexcombe General", "Royal Strathmoy Infirmary", "Pellingford Children's Hospital"]


class _Retry(Exception):
    """The drawn dates do not fit the template; draw again."""


def _seeded(name: str, rng: random.Random) -> random.Random:
    return random.Random(f"{name}:{rng.getrandbits(64)}")


def _ctx(r: random.Random) -> dict[str, Any]:
    first = [r.choice(FIRST_F)] + r.sample(FIRST_M, 2)  # A is a woman, B and P are men
    last = r.sample(LAST, 3)
    towns = r.sample(TOWNS, 2)
    firms = r.sample(FIRMS, 2)
    clubs = r.sample(CLUBS, 2)
    nations = r.sample(NATIONS, 2)
    return {"A": f"{first[0]} {last[0]}", "a": last[0], "B": f"{first[1]} {last[1]}", "b": last[1],
            "P": f"{first[2]} {last[2]}", "p": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "C": clubs[0], "C2": clubs[1], "N": nations[0], "N2": nations[1],
            "R": r.choice(RIVERS), "Pa": r.choice(PARTIES), "H": r.choice(HOSPITALS)}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day(r: random.Random, lo: datetime.date, hi: datetime.date) -> datetime.date:
    return datetime.date.fromordinal(r.randint(lo.toordinal(), hi.toordinal()))


#: How each date format writes a (possibly impossible) date ``(year, month, day)``.
FORMATS: dict[str, Callable[[tuple[int, int, int]], str]] = {
    "F": lambda d: f"{MONTHS[d[1] - 1]} {d[2]}, {d[0]}",
    "AP": lambda d: f"{AP[d[1] - 1]} {d[2]}, {d[0]}",
    "B": lambda d: f"{d[2]} {MONTHS[d[1] - 1]} {d[0]}",
    "SH": lambda d: f"{d[2]} {SHORT[d[1] - 1]} {d[0]}",
    "ORD": lambda d: f"the {_ordinal(d[2])} of {MONTHS[d[1] - 1]}, {d[0]}",
    "ISO": lambda d: f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}",
    "DOT": lambda d: f"{d[2]:02d}.{d[1]:02d}.{d[0]:04d}",
    "MD": lambda d: f"{MONTHS[d[1] - 1]} {d[2]}",  # no year: a (text, year) side; {X:YR} writes the year
    "DM": lambda d: f"{d[2]} {MONTHS[d[1] - 1]}",  # no year, British order
    "OM": lambda d: f"the {_ordinal(d[2])} of {MONTHS[d[1] - 1]}",  # no year
    "MY": lambda d: f"{MONTHS[d[1] - 1]} {d[0]}",
    "APMY": lambda d: f"{AP[d[1] - 1]} {d[0]}",
    "Y": lambda d: f"{d[0]}",
    "YR": lambda d: f"{d[0]}",
    "EARLY": lambda d: f"early {d[0]}",
    "MID": lambda d: f"mid-{d[0]}",
    "LATE": lambda d: f"late {d[0]}",
    "END": lambda d: f"the end of {d[0]}",
    "SPRING": lambda d: f"the spring of {d[0]}",
    "SUMMER": lambda d: f"summer {d[0]}",
    "AUTUMN": lambda d: f"the autumn of {d[0]}",
}
DAY_PRECISE = {"F", "AP", "B", "SH", "ORD", "ISO", "DOT", "MD", "DM", "OM"}
MONTH_PRECISE = DAY_PRECISE | {"MY", "APMY"}
NO_YEAR = {"MD", "DM", "OM"}
QUALIFIED = {"EARLY": ((1, 1), (4, 30)), "MID": ((4, 1), (9, 30)), "LATE": ((9, 1), (12, 31)),
             "END": ((10, 1), (12, 31))}


def _bounds(d: datetime.date, spec: str) -> tuple[datetime.date, datetime.date]:
    """Earliest and latest day the written expression can mean."""
    if spec in DAY_PRECISE:
        return d, d
    if spec in MONTH_PRECISE:
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if spec in QUALIFIED:
        (m1, d1), (m2, d2) = QUALIFIED[spec]
        return datetime.date(d.year, m1, d1), datetime.date(d.year, m2, d2)
    return datetime.date(d.year, 1, 1), datetime.date(d.year, 12, 31)


def _side(d: datetime.date, spec: str) -> Any:
    text = FORMATS[spec]((d.year, d.month, d.day))
    return (text, d.year) if spec in NO_YEAR else text


PLACE = re.compile(r"\{([A-Z])(\d?):([A-Z]+)\}")


def _specs(sentences: list[str]) -> dict[str, str]:
    """The format each date label is written in (the first one that is not ``YR``)."""
    found: dict[str, str] = {}
    for sentence in sentences:
        for label, _, spec in PLACE.findall(sentence):
            if spec != "YR":
                found.setdefault(label, spec)
    return found


def _render(sentences: list[str], dates: dict[str, datetime.date], ctx: dict[str, Any]) -> list[str]:
    out = []
    for sentence in sentences:
        text = PLACE.sub(lambda m: FORMATS[m.group(3)](
            (dates[m.group(1)].year, dates[m.group(1)].month, dates[m.group(1)].day)), sentence)
        text = text.format(**ctx)
        out.append(text[0].upper() + text[1:] if text[0].islower() else text)
    return out


def _make(name: str, build: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    def facts(rng: random.Random) -> tuple[list[str], Facts]:
        r = _seeded(name, rng)
        for _ in range(2000):
            try:
                return build(r)
            except _Retry:
                continue
        raise RuntimeError(f"{name}: no fitting draw")

    def template(rng: random.Random) -> list[str]:
        return facts(rng)[0]

    template.__name__ = name
    template.__qualname__ = name
    template.facts = facts  # type: ignore[attr-defined]
    return template


LO, HI = datetime.date(1890, 1, 1), datetime.date(2015, 12, 31)


# --- builders per kind ------------------------------------------------------

def weekday(name: str, sentences: list[str], style: str = "full") -> Template:
    """``{W}`` is the weekday, ``{D:spec}`` the date (with ``{D:YR}`` when the spec has no year)."""
    spec = _specs(sentences)["D"]

    def build(r: random.Random) -> tuple[list[str], Facts]:
        d = _day(r, LO, HI)
        wrong = (d.weekday() + r.randint(1, 6)) % 7
        day_name = (WD_FULL if style == "full" else WD_AP)[wrong]
        ctx = _ctx(r) | {"W": day_name}
        return _render(sentences, {"D": d}, ctx), {"weekday": day_name, "date": _side(d, spec)}
    return _make(name, build)


IMPOSSIBLE_ANY_YEAR = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]


def impossible(name: str, sentences: list[str]) -> Template:
    """``{D:spec}`` an impossible date; with a year it may also be February 29 of a common year."""
    spec = _specs(sentences)["D"]

    def build(r: random.Random) -> tuple[list[str], Facts]:
        year = r.randint(1890, 2015)
        if spec not in NO_YEAR and r.random() < 0.3:
            while calendar.isleap(year):
                year = r.randint(1890, 2015)
            month, day = 2, 29
        else:
            month, day = r.choice(IMPOSSIBLE_ANY_YEAR)
        ctx = _ctx(r)
        out = []
        for sentence in sentences:
            text = PLACE.sub(lambda m: FORMATS[m.group(3)]((year, month, day)), sentence).format(**ctx)
            out.append(text[0].upper() + text[1:] if text[0].islower() else text)
        written = FORMATS[spec]((year, month, day))
        return out, {"date": written}  # without a year: impossible in every year
    return _make(name, build)


def restated(name: str, sentences: list[str]) -> Template:
    """``{X:spec}`` and ``{Y:spec}`` date the same event in two disjoint ways."""
    specs = _specs(sentences)

    def build(r: random.Random) -> tuple[list[str], Facts]:
        x = _day(r, datetime.date(1900, 1, 1), datetime.date(2013, 12, 31))
        if specs["X"] in MONTH_PRECISE and specs["Y"] in MONTH_PRECISE and r.random() < 0.35:
            y = x.replace(month=r.choice([m for m in range(1, 13) if m != x.month]), day=min(x.day, 28))
        else:
            y = x + datetime.timedelta(days=r.choice([-1, 1]) * r.randint(300, 3300))
        if not LO <= y <= HI:
            raise _Retry
        (xl, xh), (yl, yh) = _bounds(x, specs["X"]), _bounds(y, specs["Y"])
        if not (xh < yl or yh < xl):
            raise _Retry
        return _render(sentences, {"X": x, "Y": y}, _ctx(r)), {"dates": (_side(x, specs["X"]), _side(y, specs["Y"]))}
    return _make(name, build)


def order(name: str, sentences: list[str]) -> Template:
    """``{E:spec}`` is the event the text puts first, ``{L:spec}`` the one it puts after; E carries the later date."""
    specs = _specs(sentences)

    def build(r: random.Random) -> tuple[list[str], Facts]:
        late = _day(r, datetime.date(1900, 1, 1), datetime.date(2013, 12, 31))
        if specs["E"] in MONTH_PRECISE and specs["L"] in MONTH_PRECISE and r.random() < 0.35:
            early = late + datetime.timedelta(days=r.randint(35, 330))
        else:
            early = late + datetime.timedelta(days=r.randint(300, 3300))
        if early > HI:
            raise _Retry
        if not _bounds(early, specs["E"])[0] > _bounds(late, specs["L"])[1]:
            raise _Retry
        facts = {"earlier": _side(early, specs["E"]), "later": _side(late, specs["L"])}
        return _render(sentences, {"E": early, "L": late}, _ctx(r)), facts
    return _make(name, build)


def anachronism(name: str, sentences: list[str], relative: str | None = None) -> Template:
    """``{D:spec}`` dates a past event after publication; with ``relative`` it pins that expression far away."""
    spec = _specs(sentences)["D"]

    def build(r: random.Random) -> tuple[list[str], Facts]:
        if relative is None:
            d = _day(r, datetime.date(2018, 1, 1), datetime.date(2025, 12, 31))
        elif r.random() < 0.5:
            d = _day(r, datetime.date(2020, 1, 1), datetime.date(2025, 12, 31))
        else:
            d = _day(r, datetime.date(1995, 1, 1), datetime.date(2012, 12, 31))
        if relative is None:
            assert _bounds(d, spec)[0] >= datetime.date(2017, 5, 27)
        return _render(sentences, {"D": d}, _ctx(r)), {"date": _side(d, spec), "relative": relative}
    return _make(name, build)


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


ELAPSED = {"years": _whole_years, "months": _whole_months,
           "weeks": lambda start, end: (end - start).days // 7, "days": lambda start, end: (end - start).days}
SPANS = {"years": (700, 60 * 365), "months": (60, 1100), "weeks": (14, 200), "days": (2, 40)}


def duration(name: str, sentences: list[str], unit: str, words: bool = False) -> Template:
    """``{S:spec}`` start, ``{E:spec}`` end (absent: publication day), ``{NUM}`` the stated count."""
    specs = _specs(sentences)
    has_end = "E" in specs

    def build(r: random.Random) -> tuple[list[str], Facts]:
        lo_days, hi_days = SPANS[unit]
        if has_end:
            start = _day(r, datetime.date(1890, 1, 1), datetime.date(2014, 12, 31))
            end = start + datetime.timedelta(days=r.randint(lo_days, hi_days))
            if end > HI:
                raise _Retry
        else:
            end = PUBLISHED
            start = end - datetime.timedelta(days=r.randint(max(lo_days, 400), hi_days + 400))
            if start.year > 2015:
                raise _Retry
        if specs["S"] in NO_YEAR and start.year != end.year:
            raise _Retry
        start_low, start_high = _bounds(start, specs["S"])
        end_low, end_high = _bounds(end, specs["E"]) if has_end else (end, end)
        if start_high > end_low:
            raise _Retry
        lowest = ELAPSED[unit](start_high, end_low) - 1
        highest = ELAPSED[unit](start_low, end_high) + 1
        top = 20 if words else highest + 40
        choices = [v for v in range(2, top + 1) if v <= lowest - 7 or v >= highest + 7]
        if not choices:
            raise _Retry
        value = r.choice(choices)
        stated = WORDS[value] if words else str(value)
        out = _render(sentences, {"S": start, "E": end}, _ctx(r) | {"NUM": stated})
        facts = {"stated": stated, "value": value, "unit": unit, "offset": 0, "start": _side(start, specs["S"]),
                 "end": _side(end, specs["E"]) if has_end else None}
        return out, facts
    return _make(name, build)


# --- weekday_mismatch -------------------------------------------------------

_WEEKDAY = [
    ("b25_weekday_verdict",
     ["The jury in {T} returned its verdict on [[{W}, {D:F}]], after deliberating for most of the "
      "afternoon."]),
    ("b25_weekday_ap_dateline",
     ["{T} police said the fire broke out shortly before midnight on [[{W} {D:AP}]], in a disused "
      "warehouse near the {R}."], "ap"),
    ("b25_weekday_obituary", ["{A} died peacefully at {H} on [[{W} {D:B}]], surrounded by her family."]),
    ("b25_weekday_match",
     ["{C} clinched promotion with a 2-1 win over {C2} on [[{W}, {D:F}]].",
      "The winning goal came in stoppage time."]),
    ("b25_weekday_ordinal",
     ["The charter was read aloud in the market square on [[{W}, {D:ORD}]], according to the parish "
      "register."]),
    ("b25_weekday_letter", ["In a letter dated [[{W}, {D:F}]], {B} told the board he would not seek another term."]),
    ("b25_weekday_split_year",
     ["The storm made landfall near {T} late on [[{W}, {D:MD}]].",
      "By the time it weakened, the damage bill for [[{D:YR}]] had passed every estimate."]),
    ("b25_weekday_iso_log",
     ["The ship's log records the collision at 04:10 on [[{W} {D:ISO}]], in thick fog off {T}."]),
    ("b25_weekday_launch", ["{F} unveiled the new model at a packed press event on [[{W}, {D:AP}]]."], "ap"),
    ("b25_weekday_wedding", ["The couple married at the town hall in {T2} on [[{W} {D:SH}]], the register shows."]),
    ("b25_weekday_ruling",
     ["The appeals court handed down its ruling on [[{W}, {D:F}]], overturning the lower court's "
      "decision in a 2-1 vote."]),
    ("b25_weekday_strike_began",
     ["Dock workers walked off the job at dawn on [[{W}, {D:B}]] and stayed out for a fortnight."]),
    ("b25_weekday_quote",
     ["\"I remember it was a [[{W}]], because the market was open,\" {b} said of [[{D:F}]], the day the "
      "bridge collapsed."]),
    ("b25_weekday_election_day",
     ["Voters in {N} went to the polls on [[{W}, {D:AP}]], and turnout was the highest in a generation."], "ap"),
    ("b25_weekday_diary",
     ["Her diary entry for [[{W} {D:OM}]] is brief: the mill had burned and the workers were sent home.",
      "Historians date the fire to [[{D:YR}]]."]),
    ("b25_weekday_dot_notice",
     ["The notice, stamped [[{W} {D:DOT}]], ordered the tenants to leave within thirty days."]),
    ("b25_weekday_opening",
     ["The museum first opened its doors to the public on [[{W}, {D:F}]], with free entry for residents "
      "of {T}."]),
    ("b25_weekday_arrest",
     ["Officers arrested {B} at his home in the early hours of [[{W}, {D:F}]], court documents show."]),
    ("b25_weekday_concert",
     ["The band played its final concert at the {T} Corn Exchange on [[{W}, {D:B}]] before splitting "
      "up."]),
    ("b25_weekday_recall",
     ["The recall was announced in a brief statement issued on [[{W}, {D:AP}]], covering some 40,000 "
      "kettles."], "ap"),
    ("b25_weekday_parenthetical",
     ["The first train ran ([[{W}, {D:F}]]) without ceremony, carrying a handful of passengers and the "
      "mail."]),
    ("b25_weekday_birth", ["{P} was born in {T2} on [[{W}, {D:DM}]] [[{D:YR}]], the youngest of five children."]),
    ("b25_weekday_flood", ["The {R} burst its banks on the night of [[{W}, {D:F}]], flooding more than 300 homes."]),
    ("b25_weekday_resignation", ["{A} resigned as chair on [[{W} {D:SH}]], two days after the audit was published."]),
    ("b25_weekday_treaty_signing", ["Delegates from {N} and {N2} signed the accord in {T} on [[{W}, {D:ORD}]]."]),
]
WEEKDAY = [weekday(name, sentences, *rest) for name, sentences, *rest in _WEEKDAY]


# --- impossible_date --------------------------------------------------------

_IMPOSSIBLE = [
    ("b25_impossible_deed", ["The deed to the farm, dated [[{D:F}]], was found in a biscuit tin in the attic."]),
    ("b25_impossible_ap_ruling", ["The tribunal issued its ruling on [[{D:AP}]], ordering {F} to pay damages."]),
    ("b25_impossible_british", ["{A} was appointed headteacher on [[{D:B}]] and held the post for eleven years."]),
    ("b25_impossible_ordinal", ["The foundation stone was laid on [[{D:ORD}]], according to the inscription."]),
    ("b25_impossible_iso_record", ["The database lists the vessel's registration as [[{D:ISO}]]."]),
    ("b25_impossible_dot_stamp", ["A customs stamp reading [[{D:DOT}]] is still visible on the crate."]),
    ("b25_impossible_noyear_festival",
     ["The festival is held every year on [[{D:MD}]], when the town remembers the flood."]),
    ("b25_impossible_noyear_ordinal", ["Under the old statute, the tax fell due on [[{D:OM}]] of each year."]),
    ("b25_impossible_deadline", ["Creditors were given until [[{D:F}]] to file their claims against {F}."]),
    ("b25_impossible_birth", ["Records show {P} was born in {T} on [[{D:B}]], the son of a shipwright."]),
    ("b25_impossible_match", ["{C} beat {C2} 3-0 in the replay on [[{D:AP}]] to reach the final."]),
    ("b25_impossible_contract", ["The contract, signed on [[{D:F}]], ran for five years."]),
    ("b25_impossible_sh_log", ["The final entry in the keeper's log is dated [[{D:SH}]]."]),
    ("b25_impossible_quote",
     ["\"We closed the books on [[{D:F}]] and never opened them again,\" {b} told the inquiry."]),
    ("b25_impossible_noyear_dm", ["Every year on [[{D:DM}]] the villagers walk the boundary of the old common."]),
    ("b25_impossible_hearing",
     ["A preliminary hearing in the case has been set down for [[{D:AP}]] at {T} Crown Court."]),
    ("b25_impossible_death", ["She died at {H} on [[{D:ORD}]], aged 81."]),
    ("b25_impossible_charter",
     ["The town's charter took effect on [[{D:B}]], making it the youngest borough in the county."]),
    ("b25_impossible_storm",
     ["Meteorologists logged the lowest pressure of the storm on [[{D:F}]], off the coast of {T2}."]),
    ("b25_impossible_opening_parenthesis",
     ["The library ([[{D:F}]] opening) drew more than a thousand visitors in its first week."]),
    ("b25_impossible_invoice", ["One invoice, dated [[{D:DOT}]], shows a payment of 4,800 francs to a firm in {T}."]),
    ("b25_impossible_noyear_holiday", ["Founders' Day, celebrated on [[{D:MD}]], was abolished by the council."]),
    ("b25_impossible_vote", ["Parliament in {N} voted on the bill on [[{D:F}]] and passed it by nine votes."]),
    ("b25_impossible_expedition", ["The expedition reached the summit on [[{D:SH}]], a week behind schedule."]),
]
IMPOSSIBLE = [impossible(name, sentences) for name, sentences in _IMPOSSIBLE]


# --- restated_event ---------------------------------------------------------

_RESTATED = [
    # one head word on both sides
    ("b25_restated_same_treaty",
     ["[[The {X:Y} treaty]] between {N} and {N2} ended a decade of border skirmishes.",
      "Critics say [[the treaty, signed in {Y:MY}]], left the river crossings undefined."]),
    ("b25_restated_same_merger",
     ["{F} completed [[its merger with {F2} in {X:MY}]], creating the region's largest employer.",
      "Since [[the {Y:Y} merger]], the combined company has cut 900 jobs."]),
    ("b25_restated_same_flood",
     ["Residents still talk about [[the flood of {X:Y}]], when the {R} rose four metres overnight.",
      "Insurance claims from [[the flood, which struck on {Y:F}]], took years to settle."]),
    ("b25_restated_same_final",
     ["{C} have not reached a final since [[the {X:Y} cup final]] against {C2}.",
      "That [[final, played on {Y:B}]], ended in a penalty shoot-out."]),
    ("b25_restated_same_election",
     ["{A} first won the seat at [[the {X:Y} general election]].",
      "In [[the general election of {Y:MY}]] she took 61 per cent of the vote."]),
    ("b25_restated_same_strike",
     ["The miners' strike began in {T} in [[{X:EARLY}]], the union's records show.",
      "Older residents recall that [[the miners' strike]] began [[in {Y:LATE}]] and lasted into the "
      "following spring."]),
    ("b25_restated_same_trial",
     ["[[The trial of {B}, which opened in {X:MY}]], drew crowds to the courthouse every day.",
      "The judge who presided over [[the {Y:Y} trial]] later retired to {T2}."]),
    ("b25_restated_same_fire",
     ["[[The {X:Y} fire]] destroyed the east wing of the {T} town hall.",
      "An inquiry found [[the fire, which broke out on {Y:AP}]], had started in a fuse box."]),
    ("b25_restated_same_opening",
     ["The {T} bypass was finally [[opened on {X:F}]], three years late.",
      "At the time it [[opened, in {Y:MY}]], the road carried 12,000 vehicles a day."]),
    ("b25_restated_same_recall",
     ["[[The {X:Y} recall]] of {F}'s pressure cookers covered some 80,000 units.",
      "Regulators said [[the recall, announced in {Y:APMY}]], came too late for dozens of injured "
      "customers."]),
    ("b25_restated_same_launch",
     ["{F} launched its first satellite [[in {X:MID}]] from a pad in {N}.",
      "Engineers who worked on the satellite said it was [[launched in {Y:Y}]] after two scrubbed "
      "attempts."]),
    ("b25_restated_same_ruling",
     ["[[The Supreme Court's ruling of {X:B}]] struck down the tax.",
      "Lawyers for the state argued that [[the ruling, handed down in {Y:Y}]], applied only to new "
      "contracts."]),
    ("b25_restated_same_coup",
     ["[[The {X:Y} coup]] in {N} brought General {p} to power.",
      "Diplomats who witnessed [[the coup in {Y:MY}]] described tanks outside the radio station."]),
    ("b25_restated_same_marathon",
     ["{A} set the course record at [[the {X:Y} {T} marathon]].",
      "Her time at [[the marathon, run on {Y:AP}]], still stands."]),
    ("b25_restated_same_eruption",
     ["Ash from [[the eruption of {X:SH}]] grounded flights across {N} for a week.",
      "Geologists have since studied [[the {Y:Y} eruption]] more than any other."]),
    ("b25_restated_same_founded",
     ["The choir was [[founded in {X:Y}]] by a group of railway workers.",
      "Its first conductor, {B}, had [[founded the choir in {Y:SPRING}]] with just nine voices."]),
    ("b25_restated_same_acquisition",
     ["{F} announced [[the acquisition of {F2} in {X:MY}]].",
      "Analysts called [[the {Y:Y} acquisition]] the costliest mistake in the company's history."]),
    ("b25_restated_same_derailment",
     ["[[The derailment at {T} on {X:F}]] killed seven passengers.",
      "A memorial to the victims of [[the {Y:Y} derailment]] was unveiled at the station."]),
    ("b25_restated_same_referendum",
     ["Voters rejected independence in [[the {X:Y} referendum]].",
      "Turnout in [[that referendum, held in {Y:AUTUMN}]], was barely 48 per cent."]),
    ("b25_restated_same_closure",
     ["[[The closure of the {T} shipyard in {X:Y}]] cost 2,400 jobs.",
      "A plaque by the gates records [[the closure of the shipyard on {Y:B}]]."]),
    ("b25_restated_same_hearing",
     ["At [[a hearing in {X:APMY}]], {B}'s lawyers asked for the charges to be dropped.",
      "The judge rejected the request at [[that hearing, held on {Y:AP}]]."]),
    # a different head word: verb against noun, synonym, pronoun, a name or a description
    ("b25_restated_diff_accord",
     ["[[The {X:Y} accord]] between {F} and its unions set pay for five years.",
      "The agreement was [[signed in {Y:MY}]] after a week of all-night talks."]),
    ("b25_restated_diff_storm_verb",
     ["Hurricane Odalys [[struck the coast near {T} on {X:F}]].",
      "[[The {Y:Y} hurricane]] remains the costliest on record for the province."]),
    ("b25_restated_diff_pronoun_bridge",
     ["Construction of the {T} suspension bridge finished in [[{X:MY}]].",
      "It [[was opened to traffic in {Y:Y}]] by the transport minister."]),
    ("b25_restated_diff_wedding",
     ["{A} and {B} [[married in {X:Y}]] in a small ceremony in {T2}.",
      "Guests at [[their wedding, on {Y:B}]], included half the county's cricket team."]),
    ("b25_restated_diff_takeover",
     ["{F2} [[was bought by {F} in {X:Y}]].",
      "Since [[the takeover, completed in {Y:APMY}]], the brand has disappeared from shops."]),
    ("b25_restated_diff_sentencing",
     ["{B} [[was convicted in {X:MY}]] of defrauding pensioners.",
      "At [[his conviction, on {Y:AP}]], the judge called the scheme \"heartless\"."]),
    ("b25_restated_diff_win",
     ["{C} [[won the league in {X:Y}]], their only title.",
      "Photographs from [[the {Y:Y} title-winning season]] hang in the clubhouse."]),
    ("b25_restated_diff_named_event",
     ["The Great Thaw, as locals call [[the ice-jam flood of {X:Y}]], swept away three mills.",
      "When [[the Great Thaw hit in {Y:EARLY}]], the army was called in to dynamite the ice."]),
    ("b25_restated_diff_inauguration",
     ["{A} [[took office as mayor in {X:MY}]].",
      "Her [[inauguration, on {Y:F}]], was held in the rain on the town hall steps."]),
    ("b25_restated_diff_plant_start",
     ["The {T} power station [[began generating in {X:Y}]].",
      "Since [[its commissioning in {Y:MID}]], it has supplied a third of the region's electricity."]),
    ("b25_restated_diff_explosion",
     ["An explosion at the {F} refinery [[on {X:B}]] shattered windows across {T}.",
      "Investigators later traced [[the {Y:Y} blast]] to a corroded valve."]),
    ("b25_restated_diff_independence",
     ["{N} [[declared independence in {X:Y}]] after a bloodless transfer of power.",
      "Schoolchildren are taught that [[independence came on {Y:ORD}]]."]),
    ("b25_restated_diff_debut",
     ["{P} made [[his first-team debut for {C} in {X:MY}]].",
      "He was 17 when he [[first played for the club, in {Y:Y}]]."]),
    ("b25_restated_diff_ceasefire",
     ["The ceasefire between {N} and {N2} [[took effect on {X:F}]].",
      "Both sides had agreed [[the truce in {Y:Y}]], though fighting continued for weeks."]),
    ("b25_restated_diff_outbreak",
     ["The cholera outbreak in {T} was [[first reported in {X:LATE}]].",
      "Doctors at {H} treated hundreds during [[the {Y:Y} epidemic]]."]),
    ("b25_restated_diff_shipwreck",
     ["The steamer Halcyon Mist [[sank off {T} in {X:MY}]] with the loss of 40 lives.",
      "Divers reached [[the {Y:Y} wreck]] only decades later."]),
    ("b25_restated_diff_verdict_trial",
     ["Jurors [[acquitted {B} in {X:Y}]] after a six-week trial.",
      "His acquittal, [[announced on {Y:SH}]], prompted protests outside the court."]),
    ("b25_restated_diff_listing",
     ["{F} [[floated on the stock exchange in {X:APMY}]].",
      "Investors who bought shares at [[the {Y:Y} flotation]] have since tripled their money."]),
    ("b25_restated_diff_demolition",
     ["The old grandstand [[was torn down in {X:Y}]].",
      "Fans took bricks home as souvenirs during [[its demolition in {Y:SUMMER}]]."]),
    ("b25_restated_diff_appointment",
     ["{A} [[was named chief executive of {F} in {X:MY}]].",
      "Shares rose 6 per cent on the day of [[her appointment, {Y:F}]]."]),
]
RESTATED = [restated(name, sentences) for name, sentences in _RESTATED]


# --- order_violation --------------------------------------------------------
# {E:...} is dated later but the text puts it first; {L:...} is what the text says came after it.

_ORDER = [
    ("b25_order_aftermath_treaty",
     ["The border treaty was [[signed in {L:Y}]] in the aftermath of [[the {E:Y} skirmishes]] along the "
      "{R}."]),
    ("b25_order_after_merger",
     ["[[In {L:MY}]], months after [[its merger with {F2} closed in {E:MY}]], {F} shut its {T} plant."]),
    ("b25_order_following_election",
     ["Following [[the {E:Y} election]], the new government [[nationalised the railways in {L:Y}]]."]),
    ("b25_order_before_trial", ["{B} fled to {N2} [[in {E:APMY}]], before [[his trial opened in {L:APMY}]]."]),
    ("b25_order_after_flood",
     ["The council [[built the flood wall in {L:Y}]], after [[the {E:Y} flood]] swamped the high "
      "street."]),
    ("b25_order_in_wake_recall", ["In the wake of [[the {E:Y} recall]], {F} [[replaced its safety chief in {L:MY}]]."]),
    ("b25_order_prompted_by",
     ["[[The {L:Y} inquiry]] was prompted by [[the collapse of the {T} footbridge in {E:MY}]]."]),
    ("b25_order_after_injury",
     ["{P} retired [[in {L:MID}]], two seasons after [[the knee injury he suffered on {E:B}]]."]),
    ("b25_order_subsequent",
     ["[[The strike of {E:Y}]] was broken by police, and [[the subsequent settlement, in {L:Y}]], gave "
      "the dockers a 4 per cent rise."]),
    ("b25_order_until_then",
     ["The museum was [[closed for repairs in {L:Y}]]; it had stayed open until [[the {E:Y} "
      "earthquake]] cracked its dome."]),
    ("b25_order_having_won", ["Having [[won the cup in {E:Y}]], {C} went on to [[claim the league title in {L:Y}]]."]),
    ("b25_order_first_then",
     ["{A} [[first stood for parliament in {E:Y}]] and was [[then elected mayor of {T} in {L:Y}]]."]),
    ("b25_order_preceded",
     ["The riots of [[{L:SUMMER}]] were preceded by [[the factory closures of {E:Y}]], historians "
      "argue."]),
    ("b25_order_response_to",
     ["[[The {L:Y} emergency budget]] was a response to [[the currency crash of {E:EARLY}]]."]),
    ("b25_order_since_diagnosis",
     ["{A} [[founded the charity in {L:MY}]], a year after [[her own diagnosis in {E:MY}]]."]),
    ("b25_order_prior_to",
     ["Prior to [[the {L:Y} takeover of {F2}]], {F} had [[tried to buy a rival in {E:Y}]] and failed."]),
    ("b25_order_after_ruling_full",
     ["[[On {L:F}]], a week after [[the court's ruling of {E:F}]], the government withdrew the bill."]),
    ("b25_order_led_to", ["[[The scandal that broke in {E:LATE}]] led to [[{b}'s resignation in {L:MY}]]."]),
    ("b25_order_when_later",
     ["[[The {L:Y} Olympics]] in {T} came only after the city had [[built its new stadium in {E:Y}]]."]),
    ("b25_order_only_after", ["Only after [[the ceasefire of {E:B}]] did aid convoys [[reach {T} on {L:B}]]."]),
    ("b25_order_quote_after",
     ["\"We rebuilt the pier [[in {L:Y}]], right after [[the storm of {E:Y}]],\" said the harbour master, "
      "{B}."]),
    ("b25_order_consequence",
     ["As a consequence of [[the {E:Y} bank failure]], depositors in {T} [[lost their savings in "
      "{L:Y}]]."]),
    ("b25_order_before_full", ["[[On {E:AP}]], before [[the polls opened on {L:AP}]], {A} conceded the race."]),
    ("b25_order_afterwards_two",
     ["[[The dam on the {R} was completed in {E:Y}]].",
      "Afterwards, [[in {L:Y}]], the valley's farms were flooded to create the reservoir."]),
    ("b25_order_successor", ["{B} [[succeeded {P} as chairman in {L:MY}]], after [[{p}'s death in {E:MY}]]."]),
    ("b25_order_sequel",
     ["[[The {L:Y} sequel]] followed [[the original film, released in {E:Y}]], and did better at the "
      "box office."]),
    ("b25_order_once_finished",
     ["Once [[the runway extension was finished at {E:END}]], the airline [[began flights to {N2} in "
      "{L:Y}]]."]),
    ("b25_order_after_founding",
     ["The newspaper [[printed its first edition in {L:Y}]], shortly after [[{A} founded it in {E:Y}]]."]),
    ("b25_order_two_sentences_previous",
     ["{C} [[sacked their manager in {L:APMY}]].",
      "The previous [[defeat to {C2}, on {E:AP}]], had already sealed his fate."]),
    ("b25_order_triggered",
     ["[[The {E:Y} oil shock]] triggered [[the recession of {L:Y}]], the worst in {N}'s history."]),
    ("b25_order_by_the_time",
     ["By [[the time the vaccine arrived in {L:MY}]], [[the epidemic had peaked in {E:MY}]], doctors at "
      "{H} said."]),
    ("b25_order_retrial",
     ["[[The retrial in {L:Y}]] came after [[the original conviction of {E:Y}]] was quashed on appeal."]),
    ("b25_order_iso_after",
     ["The ledger shows [[the loan repaid on {L:ISO}]], after [[the loan was drawn down on {E:ISO}]]."]),
]
ORDER = [order(name, sentences) for name, sentences in _ORDER]


# --- publication_anachronism (published 2016-09-27) -------------------------

_ANACHRONISM = [
    ("b25_anachronism_signed",
     ["The two governments [[signed the fisheries pact on {D:F}]], ending a long dispute over the {R} "
      "estuary."], None),
    ("b25_anachronism_died",
     ["{P}, the architect behind the {T} concert hall, [[died on {D:B}]] at his home in {T2}."], None),
    ("b25_anachronism_resigned",
     ["{A} [[stepped down as chief executive of {F} in {D:MY}]], the company said in a filing."], None),
    ("b25_anachronism_final", ["{C} [[beat {C2} in the {D:Y} cup final]] to end a long wait for silverware."], None),
    ("b25_anachronism_verdict", ["A jury [[found {B} guilty on {D:AP}]] of all six counts of fraud."], None),
    ("b25_anachronism_storm",
     ["Storm Benedikt [[tore the roof off the {T} leisure centre in {D:APMY}]], and repairs are still "
      "under way."], None),
    ("b25_anachronism_recalled",
     ["{F} [[recalled 12,000 cars in {D:EARLY}]] over faulty brake lines, the regulator said in its "
      "report."], None),
    ("b25_anachronism_opened", ["The new wing at {H} [[opened to patients on {D:SH}]], months behind schedule."], None),
    ("b25_anachronism_elected",
     ["Voters in {N} [[elected a new parliament in {D:MY}]], handing the {Pa} its first majority."], None),
    ("b25_anachronism_merged",
     ["{F} and {F2}, which [[completed their merger in {D:LATE}]], have announced 300 redundancies."], None),
    ("b25_anachronism_ruled", ["The constitutional court [[ruled on {D:ORD}]] that the ban was unlawful."], None),
    ("b25_anachronism_quote",
     ["\"We [[lost the factory to the fire on {D:F}]], and we never got it back,\" said {b}, who worked "
      "there for 30 years."], None),
    ("b25_anachronism_iso_filed",
     ["According to court papers, the lawsuit [[was filed on {D:ISO}]] by a group of former employees."], None),
    ("b25_anachronism_yesterday",
     ["The board of {F} voted [[yesterday]], [[{D:F}]], to close the {T} depot."], "yesterday"),
    ("b25_anachronism_last_week",
     ["[[Last week]]'s landslide near {T}, which [[blocked the coast road on {D:AP}]], has been "
      "cleared."], "Last week"),
    ("b25_anachronism_this_morning",
     ["Firefighters were called to the {T} mill [[this morning]], [[{D:B}]], after smoke was seen from "
      "the road."], "this morning"),
    ("b25_anachronism_earlier_month",
     ["The minister announced [[earlier this month]], on [[{D:F}]], that the tunnel project would be "
      "scrapped."], "earlier this month"),
    ("b25_anachronism_last_night",
     ["{C} were knocked out of the cup [[last night]] ([[{D:AP}]]) by {C2}."], "last night"),
    ("b25_anachronism_two_days_ago",
     ["The ferry ran aground [[two days ago]], [[on {D:SH}]], and the harbour remains closed."], "two days ago"),
    ("b25_anachronism_last_month",
     ["Prices at {F} rose sharply [[last month]], figures for [[{D:MY}]] showed."], "last month"),
    ("b25_anachronism_last_year",
     ["The {T} festival, which drew record crowds [[last year]] (in [[{D:Y}]]), has lost its main "
      "sponsor."], "last year"),
    ("b25_anachronism_last_weekend",
     ["[[Last weekend]], on [[{D:B}]], more than 5,000 people marched through {T} against the closure."],
     "Last weekend"),
    ("b25_anachronism_earlier_this_week",
     ["{A}, who was sworn in as governor [[earlier this week]] ([[{D:F}]]), has named her cabinet."],
     "earlier this week"),
    ("b25_anachronism_this_afternoon",
     ["Police said [[this afternoon]], [[{D:AP}]], that two men had been charged."], "this afternoon"),
    ("b25_anachronism_last_autumn",
     ["The {R} flooded [[last autumn]], in [[{D:APMY}]], for the third time in a decade."], "last autumn"),
    ("b25_anachronism_earlier_this_year",
     ["{F} [[earlier this year]] -- in [[{D:MY}]] -- announced it would move its headquarters to {T2}."],
     "earlier this year"),
    ("b25_anachronism_eight_days_ago",
     ["The search for the missing climbers, who set out [[eight days ago]] on [[{D:F}]], has been "
      "called off."], "eight days ago"),
]
ANACHRONISM = [anachronism(name, sentences, relative) for name, sentences, relative in _ANACHRONISM]


# --- duration_arithmetic ----------------------------------------------------

_DURATION = [
    ("b25_duration_founded_ago",
     ["The brewery was [[founded in {S:Y}]], [[{NUM} years ago]], by two brothers from {T}."], "years"),
    ("b25_duration_age_born",
     ["{P}, who was [[born in {S:Y}]], is [[{NUM} years old]] and still runs the shop."], "years"),
    ("b25_duration_year_old",
     ["The [[{NUM}-year-old]] former mayor, [[born on {S:F}]], said he would stand again."], "years"),
    ("b25_duration_summit_days", ["The [[{NUM}-day]] summit ran [[from {S:MD}]] to [[{E:F}]] in {T}."], "days", True),
    ("b25_duration_strike_weeks",
     ["The strike [[began on {S:B}]] and [[ended on {E:B}]], after [[{NUM} weeks]] on the picket lines."], "weeks"),
    ("b25_duration_reign_years", ["{B} led {F} [[from {S:Y}]] [[until {E:Y}]], a tenure of [[{NUM} years]]."], "years"),
    ("b25_duration_anniversary",
     ["The club marks [[{NUM} years]] since it was [[formed in {S:Y}]] by a group of dockers with a "
      "gala dinner at the {T} Guildhall."], "years"),
    ("b25_duration_months_trial",
     ["The trial, which [[opened in {S:MY}]] and [[closed in {E:MY}]], lasted [[{NUM} months]]."], "months"),
    ("b25_duration_aged_death",
     ["{A} [[died in {E:Y}]], [[aged {NUM}]].",
      "She had been [[born in {S:Y}]] in a farmhouse outside {T}."], "years"),
    ("b25_duration_served_sentence",
     ["{B} was [[jailed in {S:MY}]] and [[released in {E:MY}]], having served [[{NUM} months]]."], "months"),
    ("b25_duration_decades_marriage",
     ["The couple, who [[married in {S:Y}]], have now been together for [[{NUM} years]]."], "years"),
    ("b25_duration_siege_days", ["The siege of {T} lasted [[{NUM} days]], [[from {S:B}]] [[to {E:B}]]."], "days", True),
    ("b25_duration_construction_years",
     ["Building work on the cathedral [[started in {S:Y}]] and took [[{NUM} years]]; it was "
      "[[consecrated in {E:Y}]]."], "years"),
    ("b25_duration_voyage_weeks",
     ["The schooner [[left {T} on {S:F}]] and [[reached {T2} on {E:F}]], a crossing of [[{NUM} weeks]]."], "weeks"),
    ("b25_duration_closed_years",
     ["The theatre [[closed in {S:Y}]] and stood empty for [[{NUM} years]] before it [[reopened in "
      "{E:Y}]]."], "years"),
    ("b25_duration_oldest_member",
     ["[[Born in {S:Y}]], {P} is, at [[{NUM}]], the oldest member of the chamber."], "years"),
    ("b25_duration_festival_days",
     ["The [[{NUM}-day]] festival opened on [[{S:DM}]] and closed on [[{E:B}]]."], "days", True),
    ("b25_duration_apprentice_months",
     ["{A} [[joined the firm in {S:APMY}]] as an apprentice and was [[made partner in {E:APMY}]], just "
      "[[{NUM} months]] later."], "months"),
    ("b25_duration_since_founding",
     ["Since its [[founding in {S:Y}]], a span of [[{NUM} years]], the charity has raised millions."], "years"),
    ("b25_duration_hostage_days",
     ["The hostages were [[seized on {S:AP}]] and [[freed on {E:AP}]] -- [[{NUM} days]] in captivity."], "days"),
    ("b25_duration_war_years",
     ["[[The {NUM}-year war]] between {N} and {N2} [[began in {S:Y}]] and [[ended in {E:Y}]]."], "years", True),
    ("b25_duration_ceo_tenure_iso",
     ["Filings show {B} [[joined the board on {S:ISO}]] and [[left on {E:ISO}]], a stint of [[{NUM} "
      "months]]."], "months"),
    ("b25_duration_tree_planted",
     ["The oak in the churchyard was [[planted in {S:Y}]], making it [[{NUM} years old]]."], "years"),
    ("b25_duration_exile_years",
     ["{P} lived in exile [[from {S:MY}]] [[until {E:MY}]], some [[{NUM} years]] in all."], "years"),
    ("b25_duration_record_held",
     ["Her record, [[set in {S:Y}]], stood for [[{NUM} years]] until it was [[broken in {E:Y}]]."], "years"),
    ("b25_duration_fortnight_tour",
     ["The [[{NUM}-week]] tour [[began in {T} on {S:F}]] and [[finished in {T2} on {E:F}]]."], "weeks", True),
    ("b25_duration_company_age",
     ["{F}, which [[opened its first shop in {S:Y}]], has been trading for [[{NUM} years]]."], "years"),
    ("b25_duration_dot_contract",
     ["The contract ran [[from {S:DOT}]] [[to {E:DOT}]], a period of [[{NUM} months]]."], "months"),
    ("b25_duration_quote_age",
     ["\"I was [[{NUM}]] when I left {T},\" said {b}, who was [[born in {S:Y}]] and [[emigrated in "
      "{E:Y}]]."], "years"),
    ("b25_duration_drought_months",
     ["The drought lasted [[{NUM} months]], [[from {S:EARLY}]] to [[{E:LATE}]], and emptied the "
      "reservoirs."], "months"),
    ("b25_duration_ages_ago",
     ["The bridge, [[completed in {S:MY}]], was built [[{NUM} years ago]] by prisoners of war."], "years"),
    ("b25_duration_term_weeks_words",
     ["The interim coach lasted [[{NUM} weeks]] in the job, [[from {S:AP}]] to [[{E:AP}]]."], "weeks", True),
]
DURATION = [duration(name, sentences, *rest) for name, sentences, *rest in _DURATION]

BLIND25_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": WEEKDAY,
    "impossible_date": IMPOSSIBLE,
    "restated_event": RESTATED,
    "order_violation": ORDER,
    "publication_anachronism": ANACHRONISM,
    "duration_arithmetic": DURATION,
}
