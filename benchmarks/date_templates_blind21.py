"""``blind21``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind21`` templates.  Written on 2026-11-23 (07:27-07:36 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the six
# conflict definitions in its brief and from how wire copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, any tests/test_date*
# file other than tests/test_date_templates_independent.py), the feature
# cards (features/), the README, docs/ or any benchmark results
# (benchmarks/results/).  Base commit, taken with ``git rev-parse HEAD`` (``git
# log`` was never run): 4d06f637c0aaeed8bee5d6e84db420aee997c6dc.
# What was read: tests/date_template_checks.py (the shared checks, whole file;
# no detector code); tests/test_date_templates_independent.py (whole file,
# where the ``blind21`` row was added); in tests/conftest.py the
# ``load_benchmark`` helper, printed with ``grep -n -A 25``, which also showed
# the next lines of that file: ``date_conflicts`` (it imports ``analyse_dates``
# from ``reliability.features.temporal`` and returns each conflict's kind and
# evidence spans), ``PUBLISHED_STAND_IN`` = 2016-09-27 and the signature and
# docstring of ``dated_conflicts`` -- helper signatures only, no detector
# code; lines 1-124 of benchmarks/date_templates_blind20.py (its header
# comment, import block, name lists and the ``# --- dates as written``
# divider, as a model of the header and import style -- none of its
# templates or helpers; its name lists were seen, and this set uses its own
# invented names instead); in benchmarks/date_conflicts.py the
# ``from date_templates`` import lines (59-74) and the ``INDEPENDENT_SETS``
# mapping (2568-2576).  Disclosure of what was seen by accident: the
# ``grep -n INDEPENDENT_SETS`` on benchmarks/date_conflicts.py also printed
# its lines 2595-2596 (``if split in INDEPENDENT_SETS:`` / ``templates =
# INDEPENDENT_SETS[split][kind]``); no detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind21``) and a throwaway
# script applying the same shared checks (imported from
# tests/date_template_checks.py) over 2,000 seeds per template (and mypy on this
# file alone), never through the detector; benchmarks/date_conflicts.py was not run (only byte-compiled
# with ``python -m py_compile`` after adding one import line and the
# ``INDEPENDENT_SETS`` entry).  Running that test file imports every set in
# its ``SETS`` at collection; only the ``blind21`` tests were selected and no
# other set's text was printed or read.
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to tune the detector or its lexicons.  Every template is used:
# ``--split blind21``.
#
# Conventions.  Each template is a plain ``Callable[[random.Random],
# list[str]]`` (1-3 sentences) with its own ``__name__`` and a ``facts(rng)``
# attribute returning the same sentences plus the date expressions, exactly as
# written, that make the conflict.  Each template draws its variation from its
# own ``random.Random`` seeded by its name and 64 bits of the caller's rng, so
# two templates called with the same rng do not share dates.  Marked spans
# ([[...]]) are both sides of each conflict: the weekday and its date
# (together or apart), the impossible date, both datings of a restated event,
# both dates of an order violation, the relative expression and the date it
# is pinned to (only the date when the clash is with the publication date
# itself), and the stated duration or age with the dates it contradicts.
# Anachronism templates assume publication on 2016-09-27: past-tense events are
# dated from July 2017 (whole years from 2018) to 2025; relative expressions
# are pinned to 1996-2012 or 2020-2025.  Every other kind keeps its dates in
# 1850-2015, names no weekday outside the weekday templates and uses no
# relative expression (durations against the publication date use "ago",
# "now", "centenary" or the present perfect).  Stated durations and ages miss
# every defensible count (exact, inclusive or exclusive, and the full spread of
# a coarse date) by at least six units; ``wrong_count`` picks a near miss when
# one exists.  Restated templates are ``b21_restated_same_*`` when both mentions
# share the head word and ``b21_restated_diff_*`` when they use another word
# (verb against noun, synonym, pronoun, possessive, a description such as "the
# day the wall gave way"); each ties the two mentions to one event by a name,
# a demonstrative, a unique qualifier or an anaphor.  In order-violation facts
# ``earlier`` is the event the text says came first (it carries the later
# date).  Beyond the shared relative expressions the anachronism templates pin
# "last weekend", "earlier this week", "the day before yesterday", "a week
# ago", "this afternoon", "earlier this year", "last spring" and "three weeks
# ago" (``EXTRA_ANCHORS``).  One duration template counts editions of an annual
# event (offset -1); all other offsets are 0.  People, places, firms, clubs,
# storms, ships and countries are fictional.
# ---------------------------------------------------------------------------
from __future__ import annotations

import calendar
import datetime
import random
from collections.abc import Callable
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

PUBLISHED = datetime.date(2016, 9, 27)
#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "the day before yesterday", "a week ago",
                           "this afternoon", "earlier this year", "last spring", "three weeks ago"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
DAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

WOMEN = ["Marisol", "Agnieszka", "Lucienne", "Yevgenia", "Harriet", "Solveig", "Rashida", "Clemency", "Tamsin",
         "Priyanka", "Wilhelmina", "Oonagh"]
MEN = ["Torvald", "Obafemi", "Desmond", "Fintan", "Ignatius", "Bartosz", "Ulrich", "Evander", "Lorcan", "Casper",
       "Emeka", "Rufino"]
GIVEN = WOMEN + MEN
FAMILY = ["Abernethy", "Kowalczyk", "Ferreira-Lund", "Ashgrove", "Okonkwo", "Vasquez-Hale", "Pettigrew",
          "Marchetti", "Strand", "Blackwood", "Nakashima", "Dunleavy", "Orloff", "Castellane", "Wetherby",
          "Mbeki-Rowe"]
TOWNS = ["Glenmarrow", "Saltcombe", "Brackenholt", "Port Ennis", "Vellmoor", "Caddington Cross", "Rosslare Vale",
         "Ironbridge Quay", "Marlow Fen", "Thistlebury", "Kirkhaven", "Almsworth"]
FIRMS = ["Quillon Systems", "Harbourline Freight", "Ostrava Brewing", "Penfold Biotech", "Redgate Aggregates",
         "Saltire Mutual", "Veridian Power", "Ashcombe Textiles", "Brightwater Foods", "Kestrel Avionics"]
CLUBS = ["Glenmarrow Rangers", "Saltcombe Town", "Brackenholt Athletic", "Port Ennis Celtic", "Vellmoor Harriers",
         "Kirkhaven Thistle", "Almsworth Dynamos"]
NATIONS = ["Lusavia", "Corvenia", "Tarsland", "Ebrovia", "Mirenzia", "Kaldonia", "Ostravia", "Pellegria"]
STORMS = ["Agatha", "Fergus", "Lorelei", "Ivo", "Marguerite", "Tobias", "Wenonah"]
COLLEGES = ["Brackenholt University", "the Saltcombe School of Mines", "Vellmoor College",
            "the Kirkhaven Institute"]
COURTS = ["the Glenmarrow Crown Court", "the Saltcombe district court", "the Vellmoor appeals bench",
          "the Port Ennis magistrates"]
VESSELS = ["Morwenna", "Silver Tern", "Castle Dawn", "Lady Ottoline"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- dates as written -------------------------------------------------------

def us(d: datetime.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def ap(d: datetime.date) -> str:
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"


def brit(d: datetime.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def iso(d: datetime.date) -> str:
    return d.isoformat()


def ordinal(d: datetime.date) -> str:
    return f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"


def short(d: datetime.date) -> str:
    return f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"


def brit_short(d: datetime.date) -> str:
    return f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"


def dotted(d: datetime.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def md(d: datetime.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def md_ap(d: datetime.date) -> str:
    return f"{AP_MONTHS[d.month - 1]} {d.day}"


def dm(d: datetime.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}"


def month_year(d: datetime.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


FORMATS = [us, ap, brit, iso, ordinal, short, brit_short, dotted]


def a_date(r: random.Random, first: int, last: int) -> datetime.date:
    return datetime.date(r.randint(first, last), r.randint(1, 12), r.randint(1, 28))


def a_day_between(r: random.Random, low: datetime.date, high: datetime.date) -> datetime.date:
    return low + datetime.timedelta(days=r.randint(0, (high - low).days))


def wrong_weekday(r: random.Random, d: datetime.date) -> int:
    return r.choice([index for index in range(7) if index != d.weekday()])


def two_years(r: random.Random, first: int, last: int, gap: int = 1) -> tuple[int, int]:
    """Two different years (in random order) at least ``gap`` apart."""
    a = r.randint(first, last)
    b = r.choice([year for year in range(first, last + 1) if abs(year - a) >= gap])
    return a, b


def ordered_years(r: random.Random, first: int, last: int, gap: int = 1) -> tuple[int, int]:
    """(earlier, later), at least ``gap`` apart."""
    a, b = two_years(r, first, last, gap)
    return min(a, b), max(a, b)


def impossible(r: random.Random, first: int, last: int) -> tuple[int, int, int]:
    """(year, month, day) that the calendar lacks."""
    choice = r.randrange(4)
    if choice == 0:
        year = r.choice([y for y in range(first, last + 1) if not calendar.isleap(y)])
        return year, 2, 29
    year = r.randint(first, last)
    if choice == 1:
        return year, 2, r.choice([30, 31])
    return year, r.choice([4, 6, 9, 11]), 31


def never(r: random.Random) -> tuple[int, int]:
    """(month, day) that no year has."""
    return r.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])


# --- counting, as a reader could defend it -----------------------------------

def _years(a: datetime.date, b: datetime.date) -> int:
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _months(a: datetime.date, b: datetime.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


COUNTS: dict[str, Callable[[datetime.date, datetime.date], int]] = {
    "years": _years, "months": _months, "weeks": lambda a, b: (b - a).days // 7, "days": lambda a, b: (b - a).days}


def year_span(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def exact(d: datetime.date) -> tuple[datetime.date, datetime.date]:
    return d, d


def wrong_count(r: random.Random, unit: str, start: tuple[datetime.date, datetime.date],
                end: tuple[datetime.date, datetime.date] = (PUBLISHED, PUBLISHED), most: int | None = None,
                offset: int = 0) -> int:
    """A number (before ``offset``) that misses every defensible count by at least six units."""
    lowest = COUNTS[unit](start[1], end[0]) - 1
    highest = COUNTS[unit](start[0], end[1]) + 1
    too_few = list(range(2, lowest - 6 - offset + 1))
    too_many = list(range(highest + 7 - offset, highest + 40 - offset))
    if most is not None:
        too_few, too_many = [v for v in too_few if v <= most], [v for v in too_many if v <= most]
    plausible = too_few[-10:] + too_many[:10]  # near misses read more like real copy than wild ones
    choices = plausible if plausible else too_few + too_many
    assert choices, (unit, start, end)
    return r.choice(choices)


def said(r: random.Random) -> str:
    return r.choice(["said", "told reporters", "said in a statement", "told the news agency"])


def person(r: random.Random) -> str:
    return f"{r.choice(GIVEN)} {r.choice(FAMILY)}"


def woman(r: random.Random) -> str:
    return f"{r.choice(WOMEN)} {r.choice(FAMILY)}"


def man(r: random.Random) -> str:
    return f"{r.choice(MEN)} {r.choice(FAMILY)}"


# --- registration -------------------------------------------------------------

BLIND21_TEMPLATES: dict[str, list[Template]] = {
    kind: [] for kind in ("weekday_mismatch", "impossible_date", "restated_event", "order_violation",
                          "publication_anachronism", "duration_arithmetic")
}


def template(kind: str) -> Callable[[Callable[[random.Random], tuple[list[str], Facts]]], Template]:
    """Register ``build`` as a template of ``kind``; its variation is seeded by its name and the caller's rng."""
    def register(build: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
        name = build.__name__

        def facts(rng: random.Random) -> tuple[list[str], Facts]:
            own = random.Random(f"{name}|{rng.getrandbits(64)}")
            return build(own)

        def generate(rng: random.Random) -> list[str]:
            return facts(rng)[0]

        generate.__name__ = name
        generate.__qualname__ = name
        generate.facts = facts  # type: ignore[attr-defined]
        BLIND21_TEMPLATES[kind].append(generate)
        return generate
    return register


# =============================================================================
# weekday_mismatch
# =============================================================================

@template("weekday_mismatch")
def b21_weekday_board_vote(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1988, 2014)
    w = DAYS_FULL[wrong_weekday(r, d)]
    firm = r.choice(FIRMS)
    return [f"Shareholders of {firm} approved the takeover at a meeting on [[{w}, {us(d)}]], ending a bitter "
            f"three-month fight for control of the company."], {"weekday": w, "date": us(d)}


@template("weekday_mismatch")
def b21_weekday_ap_court(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1979, 2013)
    w = DAYS_AP[wrong_weekday(r, d)]
    return [f"A jury in {r.choice(TOWNS)} deliberated for less than four hours before returning its verdict "
            f"[[{w} {md_ap(d)}]], [[{d.year}]], prosecutors said."], {"weekday": w, "date": (md_ap(d), d.year)}


@template("weekday_mismatch")
def b21_weekday_british_match(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1992, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    home, away = r.sample(CLUBS, 2)
    return [f"{home} came from two goals down to beat {away} 3-2 on [[{w} {brit(d)}]].",
            f"The result lifted them out of the relegation places for the first time since autumn."], \
        {"weekday": w, "date": brit(d)}


@template("weekday_mismatch")
def b21_weekday_iso_log(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 2001, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"According to the maintenance log, the fault on the {r.choice(TOWNS)} line was first recorded at "
            f"06:40 on [[{iso(d)}]], a [[{w}]], and was not reported to the regulator."], \
        {"weekday": w, "date": iso(d)}


@template("weekday_mismatch")
def b21_weekday_quote_wedding(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1965, 2010)
    w = DAYS_FULL[wrong_weekday(r, d)]
    name = person(r)
    return [f"\"We were married on a [[{w}]], [[{ordinal(d)}]], and it poured all day,\" {name} recalled."], \
        {"weekday": w, "date": ordinal(d)}


@template("weekday_mismatch")
def b21_weekday_storm_landfall(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1985, 2014)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"Hurricane {r.choice(STORMS)} made landfall near {r.choice(TOWNS)} early on [[{w}, {md(d)}]], "
            f"[[{d.year}]], with sustained winds of 120 mph.",
            "More than 40,000 homes lost power."], {"weekday": w, "date": (md(d), d.year)}


@template("weekday_mismatch")
def b21_weekday_short_earnings(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 2003, 2015)
    w = DAYS_SHORT[wrong_weekday(r, d)]
    return [f"{r.choice(FIRMS)} shares fell 7.4 percent in heavy trading after the quarterly figures released "
            f"[[{w} {short(d)}]] missed analyst forecasts."], {"weekday": w, "date": short(d)}


@template("weekday_mismatch")
def b21_weekday_obituary(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1990, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    name = woman(r)
    return [f"{name}, the sculptor whose bronze herons line the harbour wall at {r.choice(TOWNS)}, died at home "
            f"on [[{w}]] [[{dm(d)} {d.year}]], her family said."], {"weekday": w, "date": f"{dm(d)} {d.year}"}


@template("weekday_mismatch")
def b21_weekday_election_called(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1970, 2012)
    w = DAYS_FULL[wrong_weekday(r, d)]
    nation = r.choice(NATIONS)
    return [f"Voters in {nation} go to the polls after the prime minister dissolved parliament and set the "
            f"election for [[{w}, {ap(d)}]]."], {"weekday": w, "date": ap(d)}


@template("weekday_mismatch")
def b21_weekday_passive_recall(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1996, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"The recall, covering about 18,000 cots, was announced by {r.choice(FIRMS)} on [[{brit_short(d)}]].",
            f"That [[{w}]] evening the firm's website crashed under the volume of inquiries."], \
        {"weekday": w, "date": brit_short(d)}


@template("weekday_mismatch")
def b21_weekday_launch_dotted(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1998, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"The satellite lifted off from the {r.choice(TOWNS)} range at dawn on [[{w} ({dotted(d)})]], the "
            f"space agency confirmed in its mission summary."], {"weekday": w, "date": dotted(d)}


@template("weekday_mismatch")
def b21_weekday_strike_began(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1972, 2013)
    w = DAYS_AP[wrong_weekday(r, d)]
    return [f"Dock workers at {r.choice(TOWNS)} walked out at midnight [[{w}, {ap(d)}]], halting container "
            f"traffic at the country's second-busiest port."], {"weekday": w, "date": ap(d)}


@template("weekday_mismatch")
def b21_weekday_concert_appositive(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1968, 2009)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"The band's farewell concert, played on [[{w} the {_ordinal(d.day)} of {MONTHS[d.month - 1]}]] "
            f"[[{d.year}]] before a crowd of 60,000, was never released as a recording."], \
        {"weekday": w, "date": (f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}", d.year)}


@template("weekday_mismatch")
def b21_weekday_hospital_opening(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1980, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"Health officials said the new maternity wing at {r.choice(TOWNS)} General would open to patients "
            f"on [[{us(d)}]].", f"The date, a [[{w}]], was chosen to avoid the holiday weekend."], \
        {"weekday": w, "date": us(d)}


@template("weekday_mismatch")
def b21_weekday_arrest_police(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1994, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    name = person(r)
    return [f"Police said {name}, 34, was detained at a roadblock outside {r.choice(TOWNS)} in the early hours of "
            f"[[{w} {md(d)}, {d.year}]] and charged the same afternoon."], {"weekday": w, "date": f"{md(d)}, {d.year}"}


@template("weekday_mismatch")
def b21_weekday_treaty_ceremony(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1975, 2012)
    w = DAYS_FULL[wrong_weekday(r, d)]
    a, b = r.sample(NATIONS, 2)
    return [f"The foreign ministers of {a} and {b} initialled the border accord in a brief ceremony held on "
            f"[[{w}, {dm(d)}, {d.year}]]."], {"weekday": w, "date": f"{dm(d)}, {d.year}"}


@template("weekday_mismatch")
def b21_weekday_trial_adjourned(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 2000, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"The judge adjourned the fraud trial until [[{w}, {md(d)}]], saying the defence needed time to "
            f"review 3,000 pages of new disclosure.", f"The hearing had opened in January [[{d.year}]]."], \
        {"weekday": w, "date": (md(d), d.year)}


@template("weekday_mismatch")
def b21_weekday_marathon(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1983, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    name = person(r)
    return [f"{name} won the {r.choice(TOWNS)} marathon in two hours, nine minutes on a cold [[{w} morning, "
            f"{brit(d)}]], breaking a course record that had stood for 11 years."], {"weekday": w, "date": brit(d)}


@template("weekday_mismatch")
def b21_weekday_ferry_parenthesis(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1987, 2014)
    w = DAYS_SHORT[wrong_weekday(r, d)]
    return [f"The ferry {r.choice(VESSELS)} ran aground off {r.choice(TOWNS)} ([[{w}, {brit_short(d)}]]); all "
            f"212 passengers were taken off by lifeboat."], {"weekday": w, "date": brit_short(d)}


@template("weekday_mismatch")
def b21_weekday_budget_speech(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1977, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    return [f"It was on [[{w}, {ordinal(d)}]] that the finance minister rose in the chamber to announce the "
            f"largest spending cuts in a generation."], {"weekday": w, "date": ordinal(d)}


@template("weekday_mismatch")
def b21_weekday_study_published(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 2004, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    college = r.choice(COLLEGES)
    return [f"The study, led by researchers at {college}, appeared in the journal's online edition on "
            f"[[{w}]], [[{iso(d)}]], under embargo until noon."], {"weekday": w, "date": iso(d)}


@template("weekday_mismatch")
def b21_weekday_flood_warning(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1990, 2015)
    w = DAYS_AP[wrong_weekday(r, d)]
    return [f"Forecasters issued a red warning for the {r.choice(TOWNS)} valley late [[{w}]], [[{ap(d)}]], as "
            f"river gauges rose past the levels seen in the great flood."], {"weekday": w, "date": ap(d)}


@template("weekday_mismatch")
def b21_weekday_resignation_letter(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1982, 2015)
    w = DAYS_FULL[wrong_weekday(r, d)]
    name = woman(r)
    return [f"In a letter dated [[{w} {dotted(d)}]], {name} told the board she would step down as chief "
            f"executive once a successor was found."], {"weekday": w, "date": dotted(d)}


# =============================================================================
# impossible_date
# =============================================================================

@template("impossible_date")
def b21_impossible_contract_signed(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1985, 2015)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    return [f"The supply contract, signed on [[{text}]], committed {r.choice(FIRMS)} to deliveries through the "
            f"end of the decade."], {"date": text}


@template("impossible_date")
def b21_impossible_british_inquest(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1970, 2015)
    text = f"{d} {MONTHS[m - 1]} {y}"
    return [f"The inquest heard that {person(r)} was last seen leaving a pub in {r.choice(TOWNS)} on "
            f"[[{text}]].", "A coroner recorded an open verdict."], {"date": text}


@template("impossible_date")
def b21_impossible_ordinal_words(r: random.Random) -> tuple[list[str], Facts]:
    m, d = never(r)
    word = {30: "thirtieth", 31: "thirty-first"}[d]
    text = f"the {word} of {MONTHS[m - 1]}"
    return [f"Under the town's charter the annual fair must open on [[{text}]], a clause nobody on the council "
            f"has ever thought to question."], {"date": text}


@template("impossible_date")
def b21_impossible_iso_filing(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1999, 2015)
    text = f"{y}-{m:02d}-{d:02d}"
    return [f"Regulatory filings show the transfer was booked with a value date of [[{text}]], two days before "
            f"the quarter closed."], {"date": text}


@template("impossible_date")
def b21_impossible_ap_deadline(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1990, 2015)
    text = f"{AP_MONTHS[m - 1]} {d}, {y}"
    return [f"Bidders have until [[{text}]], to submit proposals for the {r.choice(TOWNS)} bypass, the "
            f"transport department said."], {"date": text}


@template("impossible_date")
def b21_impossible_quote_birthday(r: random.Random) -> tuple[list[str], Facts]:
    m, d = never(r)
    text = f"{MONTHS[m - 1]} {d}"
    name = woman(r)
    return [f"\"My grandmother always said she was born on [[{text}]], and none of us dared argue,\" "
            f"{name} said."], {"date": text}


@template("impossible_date")
def b21_impossible_leap_match(r: random.Random) -> tuple[list[str], Facts]:
    y = r.choice([year for year in range(1970, 2016) if not calendar.isleap(year)])
    text = f"29 Feb {y}"
    home, away = r.sample(CLUBS, 2)
    return [f"{home}'s last league win over {away} came on [[{text}]], when a late penalty settled a scrappy "
            f"game."], {"date": text}


@template("impossible_date")
def b21_impossible_dotted_certificate(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1950, 2015)
    text = f"{d:02d}.{m:02d}.{y}"
    return [f"The death certificate, a copy of which was seen by reporters, gives the date as [[{text}]].",
            "Relatives say the document is riddled with errors."], {"date": text}


@template("impossible_date")
def b21_impossible_passive_decree(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1960, 2012)
    text = f"the {_ordinal(d)} of {MONTHS[m - 1]}, {y}"
    return [f"The emergency decree was issued by the military council on [[{text}]] and was never formally "
            f"repealed."], {"date": text}


@template("impossible_date")
def b21_impossible_short_invoice(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 2005, 2015)
    text = f"{SHORT_MONTHS[m - 1]} {d}, {y}"
    return [f"An invoice dated [[{text}]] billed the council 48,000 dollars for consultancy work that, auditors "
            f"found, was never carried out."], {"date": text}


@template("impossible_date")
def b21_impossible_harvest_festival(r: random.Random) -> tuple[list[str], Facts]:
    m, d = never(r)
    text = f"{d} {MONTHS[m - 1]}"
    return [f"Organisers of the {r.choice(TOWNS)} harvest festival said the main parade would take place on "
            f"[[{text}]], as it has for decades."], {"date": text}


@template("impossible_date")
def b21_impossible_court_ruling(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1980, 2015)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    return [f"In a ruling handed down [[{text}]], {r.choice(COURTS)} found that the landlord had acted "
            f"unlawfully.", "The tenants were awarded costs."], {"date": text}


@template("impossible_date")
def b21_impossible_appositive_founding(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1900, 1990)
    text = f"{d} {MONTHS[m - 1]} {y}"
    return [f"The cooperative, registered on [[{text}]] by a group of 14 dairy farmers, now supplies milk to "
            f"half the region."], {"date": text}


@template("impossible_date")
def b21_impossible_flight_record(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1995, 2015)
    text = f"{d} {SHORT_MONTHS[m - 1]} {y}"
    return [f"Flight records list the aircraft's final inspection as [[{text}]], investigators told the "
            f"hearing in {r.choice(TOWNS)}."], {"date": text}


@template("impossible_date")
def b21_impossible_vaccination_day(r: random.Random) -> tuple[list[str], Facts]:
    m, d = never(r)
    text = f"{AP_MONTHS[m - 1]} {d}"
    return [f"Health workers will go door to door on [[{text}]] to vaccinate children who missed the spring "
            f"campaign, the ministry said."], {"date": text}


@template("impossible_date")
def b21_impossible_reported_speech(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1975, 2015)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    name = woman(r)
    return [f"{name} insisted she had wired the money on [[{text}]], but the bank had no record of the "
            f"payment."], {"date": text}


@template("impossible_date")
def b21_impossible_headline_style(r: random.Random) -> tuple[list[str], Facts]:
    y = r.choice([year for year in range(1980, 2016) if not calendar.isleap(year)])
    text = f"Feb. 29, {y}"
    return [f"The exhibition of 112 early photographs runs until [[{text}]], after which the prints go back "
            f"into storage."], {"date": text}


@template("impossible_date")
def b21_impossible_bridge_closure(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 2000, 2015)
    text = f"the {_ordinal(d)} of {MONTHS[m - 1]} {y}"
    return [f"Engineers closed the {r.choice(TOWNS)} swing bridge to traffic on [[{text}]] after cracks were "
            f"found in two of its piers."], {"date": text}


@template("impossible_date")
def b21_impossible_quote_minister(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1990, 2015)
    text = f"{d} {MONTHS[m - 1]}, {y}"
    return [f"\"The cabinet took that decision on [[{text}]], and I stand by every word of it,\" the former "
            f"minister said."], {"date": text}


@template("impossible_date")
def b21_impossible_ship_registry(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1955, 2010)
    text = f"{y}-{m:02d}-{d:02d}"
    return [f"The trawler {r.choice(VESSELS)} was entered in the port registry on [[{text}]], according to "
            f"documents obtained by the maritime union."], {"date": text}


@template("impossible_date")
def b21_impossible_exam_schedule(r: random.Random) -> tuple[list[str], Facts]:
    m, d = never(r)
    text = f"{MONTHS[m - 1]} {d}"
    return [f"Final examinations at {r.choice(COLLEGES)} will begin on [[{text}]], the registrar's office "
            f"announced, with results posted three weeks later."], {"date": text}


@template("impossible_date")
def b21_impossible_mine_collapse(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1960, 2015)
    text = f"{AP_MONTHS[m - 1]} {d}, {y}"
    return [f"Rescue teams reached the trapped miners at {r.choice(FIRMS)}'s {r.choice(TOWNS)} pit on "
            f"[[{text}]], some 30 hours after the roof gave way."], {"date": text}


@template("impossible_date")
def b21_impossible_art_auction(r: random.Random) -> tuple[list[str], Facts]:
    y, m, d = impossible(r, 1985, 2015)
    text = f"{d} {MONTHS[m - 1]} {y}"
    return [f"The painting sold for 1.2 million pounds.",
            f"Auction house records date the sale to [[{text}]], though the buyer has never been named."], \
        {"date": text}


# =============================================================================
# restated_event -- both mentions use the same head word
# =============================================================================

@template("restated_event")
def b21_restated_same_merger_year(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1985, 2014)
    x, y = r.sample(FIRMS, 2)
    return [f"The [[{a}]] merger of {x} and {y} created the region's largest employer.",
            f"Critics say the merger, completed in [[{b}]], was pushed through without a proper competition "
            f"review."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_named_flood(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1960, 2014)
    town = r.choice(TOWNS)
    return [f"Older residents still speak of the Great {town} Flood, which swept away the lower town in "
            f"[[{a}]].", f"A plaque on the church marks the height the water reached during the Great {town} "
            f"Flood of [[{b}]]."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_final_exact(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1980, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-9, -5, -2, 3, 6, 12]))
    club = r.choice(CLUBS)
    return [f"{club} lifted their only cup on [[{brit(d1)}]], beating a side from the second tier in the final.",
            f"Several of the players who started that final, played on [[{brit(d2)}]], went on to coach the "
            f"club."], {"dates": (brit(d1), brit(d2))}


@template("restated_event")
def b21_restated_same_verdict_quote(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1990, 2014)
    d2 = d1.replace(year=d1.year + r.choice([-3, -2, -1, 1]))
    name = person(r)
    return [f"{name} was acquitted in a verdict delivered on [[{us(d1)}]].",
            f"\"The verdict of [[{us(d2)}]] gave me my life back,\" {name} said in an interview."], \
        {"dates": (us(d1), us(d2))}


@template("restated_event")
def b21_restated_same_earthquake_magnitude(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1965, 2014)
    mag = r.choice(["6.8", "7.1", "7.4", "6.5"])
    town = r.choice(TOWNS)
    return [f"The magnitude-{mag} earthquake that levelled much of {town} struck in [[{a}]].",
            f"Reconstruction after the {town} earthquake, which seismologists date to [[{b}]], took more than a "
            f"decade."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_referendum_month(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1975, 2014)
    m1, m2 = r.sample(range(1, 13), 2)
    nation = r.choice(NATIONS)
    return [f"{nation}'s independence referendum was held in [[{MONTHS[m1 - 1]} {y}]], with turnout above 80 "
            f"percent.", f"Opposition leaders, who boycotted the referendum, say the [[{MONTHS[m2 - 1]} {y}]] vote "
            f"was rigged."], {"dates": (f"{MONTHS[m1 - 1]} {y}", f"{MONTHS[m2 - 1]} {y}")}


@template("restated_event")
def b21_restated_same_strike_passive(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1970, 2013)
    town = r.choice(TOWNS)
    return [f"The {town} miners' strike of [[{a}]] is remembered as the last great industrial dispute in the "
            f"valley.", f"That strike was broken in [[{b}]], when the pit owners brought in contract labour."], \
        {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_launch_iso(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1995, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-40, -11, 8, 25, 61]))
    return ([f"The country's first weather satellite went up in a launch on [[{iso(d1)}]].",
             f"Engineers who worked on that launch write in their memoir that it took place on [[{iso(d2)}]]."],
            {"dates": (iso(d1), iso(d2))})


@template("restated_event")
def b21_restated_same_coup(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1960, 2010, gap=2)
    nation = r.choice(NATIONS)
    name = person(r)
    return [f"General {name.split()[1]} seized power in {nation} in a bloodless coup in [[{a}]].",
            f"Diplomats who served in the capital at the time recall that the [[{b}]] coup was over within "
            f"hours."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_album_debut(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1966, 2014)
    band = r.choice(["The Saltmarsh Choir", "Velvet Quarry", "Lantern Parade", "Amber Static"])
    return [f"{band}'s debut album, \"Low Tide Hymns,\" was released in [[{a}]] to little fanfare.",
            f"Reissued on vinyl, \"Low Tide Hymns\" -- the debut album first pressed in [[{b}]] -- has since sold "
            f"a million copies."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_outbreak(r: random.Random) -> tuple[list[str], Facts]:
    y1, y2 = two_years(r, 1975, 2014)
    m = r.randint(1, 12)
    town = r.choice(TOWNS)
    return [f"The cholera outbreak in {town} began in [[{MONTHS[m - 1]} {y1}]] and killed 41 people.",
            f"A report on the outbreak, which it dates to [[{SHORT_MONTHS[m - 1]} {y2}]], blamed a broken "
            f"sewer main."], {"dates": (f"{MONTHS[m - 1]} {y1}", f"{SHORT_MONTHS[m - 1]} {y2}")}


@template("restated_event")
def b21_restated_same_bridge_opening(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1955, 2014)
    town = r.choice(TOWNS)
    return [f"The {town} suspension bridge was opened by the then transport minister in [[{a}]].",
            f"Since its opening in [[{b}]], the bridge has carried an estimated 300 million vehicles, the toll "
            f"authority said."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_championship_british(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1978, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-1, 1]))
    name = woman(r)
    return [f"{name} won the world indoor title in {r.choice(TOWNS)} on [[{dm(d1)} {d1.year}]].",
            f"She has never raced indoors since that title, won on [[{dm(d2)} {d2.year}]], citing a chronic "
            f"hamstring problem."], {"dates": (f"{dm(d1)} {d1.year}", f"{dm(d2)} {d2.year}")}


@template("restated_event")
def b21_restated_same_ceasefire_appositive(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1970, 2014)
    x, y = r.sample(NATIONS, 2)
    return [f"The ceasefire between {x} and {y}, brokered by church leaders in [[{a}]], has largely held.",
            f"Monitors said violations of the [[{b}]] ceasefire were rare and usually local."], \
        {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_fire_ap(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1980, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-30, -7, 4, 15, 45]))
    return [f"The warehouse fire that destroyed {r.choice(FIRMS)}'s main depot broke out on [[{ap(d1)}]].",
            f"Insurers paid out 14 million dollars for damage from the fire, which their filings say started "
            f"on [[{ap(d2)}]]."], {"dates": (ap(d1), ap(d2))}


@template("restated_event")
def b21_restated_same_expedition(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1950, 2012, gap=2)
    name = woman(r)
    return ([f"{name} led the first expedition to cross the Vellmoor ice cap, in [[{a}]].",
             f"Her diaries from the [[{b}]] expedition across the ice cap were donated to "
             f"{r.choice(COLLEGES)}."],
            {"dates": (str(a), str(b))})


@template("restated_event")
def b21_restated_same_budget_quote(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1985, 2014)
    name = person(r)
    return [f"\"The austerity budget of [[{a}]] was a mistake, and I said so at the time,\" {name}, a former "
            f"treasury official, said.", f"That budget, presented in [[{b}]], cut public sector pay by 8 "
            f"percent."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_same_derailment_dotted(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1990, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-3, -1, 1, 2, 10]))
    town = r.choice(TOWNS)
    return [f"The {town} derailment, on [[{dotted(d1)}]], killed seven passengers.",
            f"The rail safety board's final report into the {town} derailment gives the date as "
            f"[[{dotted(d2)}]]."], {"dates": (dotted(d1), dotted(d2))}


@template("restated_event")
def b21_restated_same_takeover_bid(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1990, 2014)
    q1, q2 = r.sample(["early", "late"], 2)
    x, y_firm = r.sample(FIRMS, 2)
    return [f"{x} launched its hostile bid for {y_firm} in [[{q1} {y}]].",
            f"The bid, tabled in [[{q2} {y}]] according to the company's own annual report, valued the target "
            f"at 900 million euros."], {"dates": (f"{q1} {y}", f"{q2} {y}")}


@template("restated_event")
def b21_restated_same_pardon_ordinal(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1975, 2014)
    d2 = d1.replace(month=(d1.month % 12) + 1)
    name = man(r)
    return [f"{name} received a presidential pardon on [[{ordinal(d1)}]].",
            f"Lawyers for his co-defendants, who were not pardoned, say the pardon signed on [[{ordinal(d2)}]] "
            f"was politically motivated."], {"dates": (ordinal(d1), ordinal(d2))}


@template("restated_event")
def b21_restated_same_discovery(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1960, 2014)
    college = r.choice(COLLEGES)
    return [f"The discovery of the Brackenholt hoard, some 2,000 Roman coins, was made by a farmer in [[{a}]].",
            f"Archaeologists at {college} have catalogued the hoard since its discovery in [[{b}]]."], \
        {"dates": (str(a), str(b))}


# =============================================================================
# restated_event -- the two mentions use different words for the event
# =============================================================================

@template("restated_event")
def b21_restated_diff_accord_treaty(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1975, 2014)
    x, y = r.sample(NATIONS, 2)
    return [f"The [[{a}]] Saltcombe Accord settled the fishing dispute between {x} and {y}.",
            f"Under the treaty, signed at Saltcombe in [[{b}]], each side may fish within 12 miles of the "
            f"other's coast."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_merger_combined(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1985, 2014)
    x, y = r.sample(FIRMS, 2)
    return [f"Since {x} and {y} combined in [[{a}]], the group has shed a third of its workforce.",
            f"Unions opposed the tie-up from the start, and a study of the [[{b}]] merger of the two companies "
            f"found few of the promised savings."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_wedding_married(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1965, 2013)
    d2 = d1.replace(year=d1.year + r.choice([-2, -1, 1, 2]))
    a, b = person(r), person(r)
    return [f"{a} and {b} married at a registry office in {r.choice(TOWNS)} on [[{brit(d1)}]].",
            f"Photographs of their wedding, dated [[{brit(d2)}]], show only four guests."], \
        {"dates": (brit(d1), brit(d2))}


@template("restated_event")
def b21_restated_diff_eruption_blew(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1950, 2014)
    return [f"Mount Carrag last erupted in [[{a}]], burying three villages under ash.",
            f"Volcanologists say the volcano has been quiet since it blew in [[{b}]], but that pressure is "
            f"building again."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_founded_establishment(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1900, 1990, gap=2)
    college = r.choice(COLLEGES)
    return [f"{college[0].upper()}{college[1:]} was founded in [[{a}]] to train mining engineers.",
            f"Its establishment in [[{b}]], the college's website says, was paid for by a levy on coal."], \
        {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_resigned_departure(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1985, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-60, -20, 14, 33, 90]))
    name = woman(r)
    return [f"{name} resigned as chief executive of {r.choice(FIRMS)} on [[{us(d1)}]].",
            f"The board had not been told in advance of her departure on [[{us(d2)}]], two directors said."], \
        {"dates": (us(d1), us(d2))}


@template("restated_event")
def b21_restated_diff_crash_accident(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1975, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-4, -2, 1, 3, 7]))
    town = r.choice(TOWNS)
    return [f"Flight 418 crashed on approach to {town} on [[{ap(d1)}]], killing all 93 people on board.",
            f"Investigators blamed the accident, which occurred on [[{ap(d2)}]], on a faulty altimeter."], \
        {"dates": (ap(d1), ap(d2))}


@template("restated_event")
def b21_restated_diff_elected_victory(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1970, 2014)
    name = woman(r)
    return [f"{name} was first elected mayor of {r.choice(TOWNS)} in [[{a}]].",
            f"Her narrow victory in that first mayoral race, in [[{b}]], came after two recounts."], \
        {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_closure_shut(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1960, 2014)
    town = r.choice(TOWNS)
    return [f"The closure of the {town} steelworks in [[{a}]] cost 6,000 jobs.",
            f"When the plant shut its gates for the last time in [[{b}]], workers marched through the town "
            f"behind a brass band."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_pronoun_storm(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1970, 2014)
    m1 = r.randint(1, 12)
    m2 = r.choice([m for m in range(1, 13) if m != m1])
    storm = r.choice(STORMS)
    return [f"Tropical Storm {storm} hit the coast in [[{MONTHS[m1 - 1]} {y}]].",
            f"It dumped 30 inches of rain in two days, and the [[{MONTHS[m2 - 1]} {y}]] deluge remains the "
            f"wettest on record."], {"dates": (f"{MONTHS[m1 - 1]} {y}", f"{MONTHS[m2 - 1]} {y}")}


@template("restated_event")
def b21_restated_diff_verb_noun_acquisition(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1990, 2014)
    x, y = r.sample(FIRMS, 2)
    return [f"{x} bought {y} for 2.3 billion dollars in [[{a}]].",
            f"Analysts said the [[{b}]] acquisition of {y} had saddled the buyer with debt it was still paying "
            f"down."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_quote_the_day(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1980, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-6, -1, 1, 5]))
    name = woman(r)
    town = r.choice(TOWNS)
    return [f"The {town} dam burst on [[{dm(d1)}, {d1.year}]], flooding the valley below.",
            f"\"I think about the day the wall gave way, [[{dm(d2)}, {d2.year}]], every single morning,\" said "
            f"{name}, who lost her parents in the disaster."], \
        {"dates": (f"{dm(d1)}, {d1.year}", f"{dm(d2)}, {d2.year}")}


@template("restated_event")
def b21_restated_diff_premiere_opened(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1960, 2014)
    return [f"\"The Ferryman's Daughter\" had its premiere at the {r.choice(TOWNS)} Playhouse in [[{a}]].",
            f"The play opened in [[{b}]] to hostile reviews, its director recalls, and closed after a week."], \
        {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_ban_prohibition(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1975, 2014)
    nation = r.choice(NATIONS)
    return [f"{nation} outlawed bottom trawling in its waters in [[{a}]].",
            f"Conservation groups credit that prohibition, which came into force in [[{b}]], with the return of "
            f"the cod."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_heist_robbery(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1970, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-14, -3, 2, 9, 21]))
    return [f"Thieves tunnelled into the vault of the {r.choice(TOWNS)} Savings Bank on [[{short(d1)}]], escaping "
            f"with gold worth 40 million.", f"No one has ever been convicted over the robbery, which police date "
            f"to [[{short(d2)}]]."], {"dates": (short(d1), short(d2))}


@template("restated_event")
def b21_restated_diff_possessive_debut(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1975, 2013)
    d2 = d1.replace(year=d1.year + r.choice([-1, 1, 2]))
    name = person(r)
    club = r.choice(CLUBS)
    return [f"{name} first played for {club} on [[{ordinal(d1)}]], aged 17.",
            f"{name.split()[1]}'s debut, against the reigning champions on [[{ordinal(d2)}]], ended in a 4-0 "
            f"defeat."], {"dates": (ordinal(d1), ordinal(d2))}


@template("restated_event")
def b21_restated_diff_independence_sovereignty(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1945, 1995, gap=2)
    nation = r.choice(NATIONS)
    return [f"{nation} gained independence in [[{a}]] after two decades of armed struggle.",
            f"Every year crowds gather in the capital to mark the anniversary of the handover of sovereignty in "
            f"[[{b}]]."], {"dates": (str(a), str(b))}


@template("restated_event")
def b21_restated_diff_passive_discovery_found(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1990, 2014)
    y2 = d1.year + r.choice([-2, -1, 1])
    name = woman(r)
    return [f"The comet now named after {name} was spotted from an observatory above {r.choice(TOWNS)} on "
            f"[[{iso(d1)}]].", f"{name.split()[1]} has said she found it by chance during a cloudy night in "
            f"[[{MONTHS[d1.month - 1]} {y2}]]."], {"dates": (iso(d1), f"{MONTHS[d1.month - 1]} {y2}")}


@template("restated_event")
def b21_restated_diff_walkout_dispute(r: random.Random) -> tuple[list[str], Facts]:
    y1, y2 = two_years(r, 1975, 2014)
    town = r.choice(TOWNS)
    return [f"Nurses at {town} General walked out in [[mid-{y1}]] over unpaid overtime.",
            f"Hospital managers, looking back on the [[{y2}]] stoppage by those nurses, admit they misjudged "
            f"the mood on the wards."], {"dates": (f"mid-{y1}", str(y2))}


@template("restated_event")
def b21_restated_diff_ruling_judgment(r: random.Random) -> tuple[list[str], Facts]:
    d1 = a_date(r, 1985, 2014)
    d2 = d1 + datetime.timedelta(days=r.choice([-30, -8, 6, 19]))
    court = r.choice(COURTS)
    return [f"{court[0].upper()}{court[1:]} ruled on [[{brit_short(d1)}]] that the {r.choice(FIRMS)} pension "
            f"scheme had been mis-sold.", f"Pensioners are still waiting for compensation ordered in that "
            f"judgment, handed down on [[{brit_short(d2)}]]."], {"dates": (brit_short(d1), brit_short(d2))}


@template("restated_event")
def b21_restated_diff_inaugurated_ribbon(r: random.Random) -> tuple[list[str], Facts]:
    a, b = two_years(r, 1960, 2014)
    town = r.choice(TOWNS)
    return [f"The {town} tramway was inaugurated in [[{a}]].",
            f"A faded photograph in the depot shows the mayor cutting the ribbon to open the "
            f"tramway, a ceremony the caption places in [[{b}]]."], {"dates": (str(a), str(b))}


# =============================================================================
# order_violation  (facts: "earlier" is what the text says came first)
# =============================================================================

@template("order_violation")
def b21_order_aftermath_summit(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1970, 2015)
    x, y = r.sample(NATIONS, 2)
    return [f"The trade pact between {x} and {y} was signed in [[{first}]] in the aftermath of the [[{second}]] "
            f"summit at which the two leaders first met."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_following_recall(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1990, 2015)
    firm = r.choice(FIRMS)
    return [f"Following the [[{second}]] recall of its best-selling heater, {firm} overhauled its quality "
            f"checks in [[{first}]], the company said."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_before_exact(r: random.Random) -> tuple[list[str], Facts]:
    d_late = a_date(r, 1985, 2015)
    d_early = d_late - datetime.timedelta(days=r.randint(20, 400))
    name = woman(r)
    return [f"{name} sold her entire stake on [[{us(d_late)}]], prosecutors say, weeks before the profit warning "
            f"published on [[{us(d_early)}]] sent the shares tumbling."], \
        {"earlier": us(d_late), "later": us(d_early)}


@template("order_violation")
def b21_order_in_response_to(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1975, 2015)
    town = r.choice(TOWNS)
    return [f"The sea wall at {town} was raised by two metres in [[{first}]].",
            f"The work was ordered in response to the storm surge of [[{second}]], which flooded 400 homes."], \
        {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_prior_to_british(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 1980, 2014)
    d_late = d_early + datetime.timedelta(days=r.randint(15, 300))
    club = r.choice(CLUBS)
    return [f"The manager was sacked on [[{brit(d_late)}]], prior to the defeat by {club} on [[{brit(d_early)}]] "
            f"that supporters had blamed on him."], {"earlier": brit(d_late), "later": brit(d_early)}


@template("order_violation")
def b21_order_months_later(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1970, 2015)
    m_early = r.randint(1, 6)
    m_late = r.randint(m_early + 2, 12)
    name = woman(r)
    return [f"{name} was arrested in [[{MONTHS[m_late - 1]} {y}]].",
            f"She was charged with the killing in [[{MONTHS[m_early - 1]} {y}]], some time after that "
            f"arrest, and has always denied it."], \
        {"earlier": f"{MONTHS[m_late - 1]} {y}", "later": f"{MONTHS[m_early - 1]} {y}"}


@template("order_violation")
def b21_order_predecessor_succeeded(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1960, 2015, gap=2)
    first_names, last_names = r.sample(MEN, 2), r.sample(FAMILY, 2)
    a, b = f"{first_names[0]} {last_names[0]}", f"{first_names[1]} {last_names[1]}"
    return [f"{a} succeeded {b} as bishop of {r.choice(TOWNS)} in [[{first}]].",
            f"{b}, whom {a.split()[1]} replaced, had held the post until his retirement in [[{second}]]."], \
        {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_paved_the_way(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1965, 2015)
    nation = r.choice(NATIONS)
    return [f"Historians say the [[{second}]] student protests in {nation} paved the way for the constitutional "
            f"reforms of [[{first}]]."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_once_completed_ap(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 1995, 2013)
    d_late = d_early + datetime.timedelta(days=r.randint(30, 500))
    return [f"Tenants moved into the {r.choice(TOWNS)} tower block on [[{ap(d_early)}]], only once the fire "
            f"inspection had been completed on [[{ap(d_late)}]], the housing association said."], \
        {"earlier": ap(d_late), "later": ap(d_early)}


@template("order_violation")
def b21_order_sequel_original(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1960, 2015, gap=2)
    name = woman(r)
    return [f"{name}'s novel \"The Salt Road\" came out in [[{first}]], a sequel to her [[{second}]] bestseller "
            f"\"Harbour Lights.\""], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_quote_after_diagnosis(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1975, 2015)
    name = person(r)
    return [f"\"I took up rowing in [[{first}]], after my diagnosis in [[{second}]], because the doctors told me "
            f"to stay active,\" {name} said."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_iso_before_after(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 2000, 2014)
    d_late = d_early + datetime.timedelta(days=r.randint(3, 90))
    return [f"The pipeline leak was detected on [[{iso(d_early)}]].",
            f"Engineers had already shut the valve by then -- it was closed after the pressure alarm sounded on "
            f"[[{iso(d_late)}]], the operator's log shows."], {"earlier": iso(d_late), "later": iso(d_early)}


@template("order_violation")
def b21_order_preceded_by(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1970, 2015)
    town = r.choice(TOWNS)
    return [f"The {town} riots of [[{first}]] were preceded by months of tension that began with the factory "
            f"closures of [[{second}]]."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_subsequent_inquiry(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 1985, 2013)
    d_late = d_early + datetime.timedelta(days=r.randint(40, 700))
    return [f"A subsequent inquiry, which opened in [[{month_year(d_early)}]], examined the ferry disaster of "
            f"[[{month_year(d_late)}]] in which 57 people drowned."], \
        {"earlier": month_year(d_late), "later": month_year(d_early)}


@template("order_violation")
def b21_order_ordinal_until(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 1975, 2014)
    d_late = d_early + datetime.timedelta(days=r.randint(10, 200))
    name = person(r)
    return [f"{name} was not named captain until [[{ordinal(d_late)}]], and led the side out for the first time "
            f"in that role on [[{ordinal(d_early)}]]."], {"earlier": ordinal(d_late), "later": ordinal(d_early)}


@template("order_violation")
def b21_order_passive_replaced(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1960, 2015, gap=2)
    town = r.choice(TOWNS)
    return [f"The old timber pier at {town}, destroyed by fire in [[{second}]], was replaced by a concrete "
            f"jetty in [[{first}]]."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_dotted_then(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 1990, 2014)
    d_late = d_early + datetime.timedelta(days=r.randint(5, 120))
    return [f"The patient was admitted on [[{dotted(d_late)}]] and then underwent emergency surgery on "
            f"[[{dotted(d_early)}]], according to the hospital's timeline."], \
        {"earlier": dotted(d_late), "later": dotted(d_early)}


@template("order_violation")
def b21_order_upon_return(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1950, 2015)
    name = woman(r)
    return [f"Upon her return from exile in [[{second}]], {name} founded the newspaper she would edit for "
            f"three decades.", f"Its first issue appeared in [[{first}]]."], \
        {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_short_delayed(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 2002, 2014)
    d_late = d_early + datetime.timedelta(days=r.randint(8, 150))
    firm = r.choice(FIRMS)
    return [f"{firm} delayed its share listing, first scheduled for [[{short(d_late)}]], and the shares "
            f"eventually began trading on [[{short(d_early)}]]."], {"earlier": short(d_late), "later": short(d_early)}


@template("order_violation")
def b21_order_in_the_wake(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1980, 2015)
    return [f"In the wake of the [[{second}]] banking crisis, parliament passed a deposit guarantee law in "
            f"[[{first}]]."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_years_after(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1960, 2015)
    town = r.choice(TOWNS)
    return [f"The {town} canal closed in [[{first}]], years after the railway that killed its trade reached "
            f"the town in [[{second}]]."], {"earlier": str(second), "later": str(first)}


@template("order_violation")
def b21_order_led_to(r: random.Random) -> tuple[list[str], Facts]:
    d_early = a_date(r, 1970, 2013)
    d_late = d_early + datetime.timedelta(days=r.randint(30, 500))
    name = person(r)
    return [f"The leaked memo, dated [[{brit_short(d_late)}]], led directly to the minister's resignation.",
            f"{name} quit on [[{brit_short(d_early)}]], hours after the memo was published."], \
        {"earlier": brit_short(d_late), "later": brit_short(d_early)}


@template("order_violation")
def b21_order_first_then_second_edition(r: random.Random) -> tuple[list[str], Facts]:
    first, second = ordered_years(r, 1965, 2015, gap=2)
    town = r.choice(TOWNS)
    return [f"The second {town} jazz festival was held in [[{first}]], after the inaugural "
            f"festival of [[{second}]] drew 8,000 people."], {"earlier": str(second), "later": str(first)}


# =============================================================================
# publication_anachronism  (article published 2016-09-27)
# =============================================================================

def _far_past(r: random.Random) -> datetime.date:
    return a_date(r, 1998, 2012)


def _far_future(r: random.Random) -> datetime.date:
    return a_date(r, 2020, 2025)


def _far(r: random.Random) -> datetime.date:
    return _far_past(r) if r.random() < 0.5 else _far_future(r)


def _after_publication(r: random.Random) -> datetime.date:
    return a_day_between(r, datetime.date(2017, 7, 1), datetime.date(2025, 12, 28))


@template("publication_anachronism")
def b21_anachronism_yesterday_vote(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    return [f"Lawmakers in {r.choice(NATIONS)} [[yesterday]] approved the pension reform in a vote held on "
            f"[[{us(d)}]], ending months of street protests."], {"date": us(d), "relative": "yesterday"}


@template("publication_anachronism")
def b21_anachronism_past_tense_results(r: random.Random) -> tuple[list[str], Facts]:
    d = _after_publication(r)
    firm = r.choice(FIRMS)
    return [f"{firm} reported a 12 percent rise in annual profit on [[{ap(d)}]], beating expectations.",
            "The shares closed 3 percent higher."], {"date": ap(d), "relative": None}


@template("publication_anachronism")
def b21_anachronism_last_night_fire(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    town = r.choice(TOWNS)
    return [f"Firefighters spent [[last night]] battling a blaze at a {town} furniture warehouse.",
            f"The fire, which broke out shortly after 10 p.m. on [[{brit(d)}]], was brought under control by "
            f"dawn."], {"date": brit(d), "relative": "last night"}


@template("publication_anachronism")
def b21_anachronism_completed_bridge(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(2018, 2025)
    town = r.choice(TOWNS)
    return [f"The new {town} river crossing, which was completed in [[{y}]] at a cost of 210 million, has "
            f"already cut journey times in half, the council said."], {"date": str(y), "relative": None}


@template("publication_anachronism")
def b21_anachronism_last_week_quote(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    name = person(r)
    return [f"\"When the letter arrived [[last week]] -- it was dated [[{ordinal(d)}]] -- I could hardly "
            f"believe it,\" said {name}, who had waited years for the compensation."], \
        {"date": ordinal(d), "relative": "last week"}


@template("publication_anachronism")
def b21_anachronism_passive_signed(r: random.Random) -> tuple[list[str], Facts]:
    d = _after_publication(r)
    x, y = r.sample(NATIONS, 2)
    return [f"The water-sharing agreement between {x} and {y} was signed on [[{brit_short(d)}]] and ratified "
            f"by both parliaments within weeks."], {"date": brit_short(d), "relative": None}


@template("publication_anachronism")
def b21_anachronism_this_morning_iso(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    return [f"Train services between {r.choice(TOWNS)} and {r.choice(TOWNS)} were suspended [[this morning]] "
            f"after a landslip.", f"The operator's incident notice is dated [[{iso(d)}]]."], \
        {"date": iso(d), "relative": "this morning"}


@template("publication_anachronism")
def b21_anachronism_died_obit(r: random.Random) -> tuple[list[str], Facts]:
    d = _after_publication(r)
    name = man(r)
    return [f"{name}, the conductor who built the {r.choice(TOWNS)} Philharmonic into a touring orchestra, died "
            f"on [[{us(d)}]] at the age of 81, his publisher said."], {"date": us(d), "relative": None}


@template("publication_anachronism")
def b21_anachronism_earlier_this_month(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    return [f"Police reopened the case [[earlier this month]], on [[{md(d)}, {d.year}]], after a witness came "
            f"forward with new evidence."], {"date": f"{md(d)}, {d.year}", "relative": "earlier this month"}


@template("publication_anachronism")
def b21_anachronism_won_title(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(2018, 2025)
    club = r.choice(CLUBS)
    return [f"{club}, who won the league title in [[{y}]] with a record points total, have sold three of their "
            f"starting eleven."], {"date": str(y), "relative": None}


@template("publication_anachronism")
def b21_anachronism_last_year_floods(r: random.Random) -> tuple[list[str], Facts]:
    y = r.choice([r.randint(1995, 2012), r.randint(2020, 2025)])
    town = r.choice(TOWNS)
    return [f"Farmers around {town} are still repairing damage from the floods of [[last year]].",
            f"Those floods, in [[the spring of {y}]], destroyed most of the wheat crop."], \
        {"date": f"the spring of {y}", "relative": "last year"}


@template("publication_anachronism")
def b21_anachronism_reopened_museum(r: random.Random) -> tuple[list[str], Facts]:
    d = _after_publication(r)
    return [f"After a three-year refit, the {r.choice(TOWNS)} maritime museum reopened to the public in "
            f"[[{month_year(d)}]], drawing 20,000 visitors in its first fortnight."], \
        {"date": month_year(d), "relative": None}


@template("publication_anachronism")
def b21_anachronism_weekend_race(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    name = person(r)
    return [f"{name} crashed out of the {r.choice(TOWNS)} grand prix [[last weekend]].",
            f"Race stewards said the collision on lap 12 of the [[{dm(d)} {d.year}]] race was a racing "
            f"incident."], {"date": f"{dm(d)} {d.year}", "relative": "last weekend"}


@template("publication_anachronism")
def b21_anachronism_sentenced_dotted(r: random.Random) -> tuple[list[str], Facts]:
    d = _after_publication(r)
    name = person(r)
    return [f"{name} was sentenced to nine years in prison on [[{dotted(d)}]] for defrauding investors of more "
            f"than 30 million."], {"date": dotted(d), "relative": None}


@template("publication_anachronism")
def b21_anachronism_two_days_ago(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    return [f"The tanker that ran aground off {r.choice(TOWNS)} [[two days ago]] began leaking oil on "
            f"[[{short(d)}]], coastguard officials said."], {"date": short(d), "relative": "two days ago"}


@template("publication_anachronism")
def b21_anachronism_elected_leader(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(2018, 2025)
    name = woman(r)
    return [f"{name} was elected leader of the opposition in [[early {y}]].",
            "She has since reshuffled her front bench twice."], {"date": f"early {y}", "relative": None}


@template("publication_anachronism")
def b21_anachronism_earlier_this_week(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    college = r.choice(COLLEGES)
    return [f"Researchers at {college} announced [[earlier this week]] that they had sequenced the genome of "
            f"the Vellmoor newt.", f"Their paper was accepted on [[{brit(d)}]]."], \
        {"date": brit(d), "relative": "earlier this week"}


@template("publication_anachronism")
def b21_anachronism_opened_stadium(r: random.Random) -> tuple[list[str], Facts]:
    d = _after_publication(r)
    club = r.choice(CLUBS)
    return [f"The 40,000-seat stadium, opened by {club} on [[{ordinal(d)}]], hosted a sold-out friendly in its "
            f"first match."], {"date": ordinal(d), "relative": None}


@template("publication_anachronism")
def b21_anachronism_day_before_yesterday(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    name = person(r)
    return [f"{name}, the health minister, announced [[the day before yesterday]] that the measles vaccination "
            f"drive would be extended.", f"The decision was taken at a cabinet meeting on [[{ap(d)}]]."], \
        {"date": ap(d), "relative": "the day before yesterday"}


@template("publication_anachronism")
def b21_anachronism_merger_closed(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(2018, 2025)
    x, z = r.sample(FIRMS, 2)
    return [f"Regulators cleared the deal, and the merger of {x} and {z} closed in [[late {y}]].",
            "The combined group is now the country's third-largest employer."], \
        {"date": f"late {y}", "relative": None}


@template("publication_anachronism")
def b21_anachronism_fortnight_ago(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    town = r.choice(TOWNS)
    return [f"The {town} landslide [[a fortnight ago]], on [[{us(d)}]], left 300 families homeless, aid agencies "
            f"said."], {"date": us(d), "relative": "a fortnight ago"}


@template("publication_anachronism")
def b21_anachronism_this_afternoon(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    return [f"Striking bus drivers in {r.choice(TOWNS)} voted [[this afternoon]] to accept the pay offer.",
            f"The ballot closed at 2 p.m. on [[{iso(d)}]], the union said."], \
        {"date": iso(d), "relative": "this afternoon"}


@template("publication_anachronism")
def b21_anachronism_earlier_this_year(r: random.Random) -> tuple[list[str], Facts]:
    y = r.choice([r.randint(1999, 2012), r.randint(2020, 2025)])
    name = person(r)
    return [f"{name} stepped down as coach [[earlier this year]], in [[{y}]], after a string of heavy defeats."], \
        {"date": str(y), "relative": "earlier this year"}


@template("publication_anachronism")
def b21_anachronism_week_ago_court(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    name = man(r)
    return [f"{name}, who was convicted [[a week ago]] of fixing tenders for school buildings, had been under "
            f"investigation since the raid on his offices.", f"The conviction was entered on [[{brit_short(d)}]], "
            f"court papers show."], {"date": brit_short(d), "relative": "a week ago"}


@template("publication_anachronism")
def b21_anachronism_last_spring_harvest(r: random.Random) -> tuple[list[str], Facts]:
    y = r.choice([r.randint(1996, 2012), r.randint(2020, 2025)])
    m = r.randint(3, 5)
    return [f"Frost damage [[last spring]] cut the {r.choice(TOWNS)} cherry harvest by two-thirds.",
            f"Growers said the worst night came in [[{MONTHS[m - 1]} {y}]], when temperatures dropped to minus "
            f"six."], {"date": f"{MONTHS[m - 1]} {y}", "relative": "last spring"}


@template("publication_anachronism")
def b21_anachronism_three_weeks_ago(r: random.Random) -> tuple[list[str], Facts]:
    d = _far(r)
    firm = r.choice(FIRMS)
    return [f"{firm}'s chief financial officer, who quit [[three weeks ago]], handed in her notice on "
            f"[[{ordinal(d)}]], according to a stock exchange filing."], \
        {"date": ordinal(d), "relative": "three weeks ago"}


# =============================================================================
# duration_arithmetic
# =============================================================================

def _facts(stated: str, value: int, start: Any, end: Any, unit: str, offset: int = 0) -> Facts:
    return {"stated": stated, "value": value, "start": start, "end": end, "unit": unit, "offset": offset}


@template("duration_arithmetic")
def b21_duration_founded_years_ago(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1890, 1990)
    n = wrong_count(r, "years", year_span(y))
    firm = r.choice(FIRMS)
    return [f"{firm}, founded in [[{y}]] as a family workshop, began trading [[{n} years ago]] from a single "
            f"room above a bakery."], _facts(f"{n} years ago", n, str(y), None, "years")


@template("duration_arithmetic")
def b21_duration_summit_days_words(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1980, 2015)
    start = start.replace(day=r.randint(1, 8))
    end = start + datetime.timedelta(days=r.randint(13, 19))
    n = wrong_count(r, "days", exact(start), exact(end), most=20)
    stated = f"{NUMWORDS[n]}-day"
    x, y = r.sample(NATIONS, 2)
    span = f"{md(start)} to {md(end)}, {end.year}"
    start_fact = (md(start), start.year)
    end_fact = f"{md(end)}, {end.year}"
    return [f"Delegates from {x} and {y} met for the [[{stated}]] summit from [[{span}]], but left without a "
            f"joint communique."], _facts(stated, n, start_fact, end_fact, "days")


@template("duration_arithmetic")
def b21_duration_age_at_death(r: random.Random) -> tuple[list[str], Facts]:
    born = a_date(r, 1910, 1960)
    died = a_date(r, max(born.year + 30, 1980), 2015)
    n = wrong_count(r, "years", exact(born), exact(died))
    name = person(r)
    return [f"{name}, who was born on [[{us(born)}]], died in hospital on [[{us(died)}]], aged [[{n}]]."], \
        _facts(str(n), n, us(born), us(died), "years")


@template("duration_arithmetic")
def b21_duration_strike_weeks(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1970, 2014)
    end = start + datetime.timedelta(days=r.randint(100, 300))
    n = wrong_count(r, "weeks", exact(start), exact(end))
    town = r.choice(TOWNS)
    return [f"The [[{n}-week]] strike at the {town} car plant began on [[{brit(start)}]] and ended on "
            f"[[{brit(end)}]] with a 6 percent pay deal."], _facts(f"{n}-week", n, brit(start), brit(end), "weeks")


@template("duration_arithmetic")
def b21_duration_centenary(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1935, 1985)
    town = r.choice(TOWNS)
    return [f"The {town} lifeboat station, which was established in [[{y}]], is marking its [[centenary]] with "
            f"an open day and a parade of boats."], _facts("centenary", 100, str(y), None, "years")


@template("duration_arithmetic")
def b21_duration_half_century_marriage(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1976, 1995)
    a, b = person(r), person(r)
    return [f"{a} and {b}, who wed in {r.choice(TOWNS)} on [[{brit(d)}]], are celebrating [[half a century]] of "
            f"marriage with a party for 200 guests."], _facts("half a century", 50, brit(d), None, "years")


@template("duration_arithmetic")
def b21_duration_decade_in_office(r: random.Random) -> tuple[list[str], Facts]:
    a = r.randint(1960, 1990)
    b = a + r.randint(18, 25)
    name = man(r)
    return [f"{name} spent [[a decade]] as governor of the central bank, from [[{a}]] until his retirement in "
            f"[[{b}]], and oversaw two currency reforms."], _facts("a decade", 10, str(a), str(b), "years")


@template("duration_arithmetic")
def b21_duration_renovation_months(r: random.Random) -> tuple[list[str], Facts]:
    y1 = r.randint(1985, 2011)
    m1 = r.randint(1, 12)
    months = r.randint(30, 48)
    y2, m2 = divmod((y1 * 12 + m1 - 1) + months, 12)
    m2 += 1
    n = wrong_count(r, "months", month_span(y1, m1), month_span(y2, m2))
    return [f"The [[{n}-month]] renovation of the {r.choice(TOWNS)} town hall, which started in "
            f"[[{MONTHS[m1 - 1]} {y1}]] and finished in [[{MONTHS[m2 - 1]} {y2}]], came in on budget."], \
        _facts(f"{n}-month", n, f"{MONTHS[m1 - 1]} {y1}", f"{MONTHS[m2 - 1]} {y2}", "months")


@template("duration_arithmetic")
def b21_duration_age_at_title(r: random.Random) -> tuple[list[str], Facts]:
    born = a_date(r, 1950, 1990)
    won = a_date(r, born.year + 17, min(born.year + 35, 2015))
    n = wrong_count(r, "years", exact(born), exact(won))
    name = woman(r)
    return [f"Born on [[{ordinal(born)}]], {name} was [[{n}]] when she won the national chess title on "
            f"[[{ordinal(won)}]]."], _facts(str(n), n, ordinal(born), ordinal(won), "years")


@template("duration_arithmetic")
def b21_duration_fortnight_festival(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1975, 2015).replace(month=r.randint(5, 7))
    end = start + datetime.timedelta(days=r.randint(35, 60))
    return [f"The {r.choice(TOWNS)} arts festival ran for [[a fortnight]], opening on [[{ap(start)}]] and "
            f"closing with a fireworks display on [[{ap(end)}]]."], _facts("a fortnight", 14, ap(start), ap(end),
                                                                           "days")


@template("duration_arithmetic")
def b21_duration_prison_years(r: random.Random) -> tuple[list[str], Facts]:
    a = r.randint(1960, 1995)
    b = r.randint(a + 12, min(a + 30, 2015))
    n = wrong_count(r, "years", year_span(a), year_span(b))
    name = man(r)
    return [f"{name} was jailed in [[{a}]] and freed in [[{b}]] after serving [[{n} years]] for a robbery he "
            f"has always said he did not commit."], _facts(f"{n} years", n, str(a), str(b), "years")


@template("duration_arithmetic")
def b21_duration_anniversary_disaster(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1950, 1995)
    n = wrong_count(r, "years", exact(d))
    town = r.choice(TOWNS)
    stated = f"{_ordinal(n)} anniversary"
    return [f"Relatives gathered at the {town} colliery gates to mark the [[{stated}]] of the explosion of "
            f"[[{brit_short(d)}]], which killed 64 men."], _facts(stated, n, brit_short(d), None, "years")


@template("duration_arithmetic")
def b21_duration_trial_days(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1990, 2014)
    end = start + datetime.timedelta(days=r.randint(40, 120))
    n = wrong_count(r, "days", exact(start), exact(end))
    return [f"The [[{n}-day]] trial opened at {r.choice(COURTS)} on [[{iso(start)}]]; the jury returned its "
            f"verdict on [[{iso(end)}]]."], _facts(f"{n}-day", n, iso(start), iso(end), "days")


@template("duration_arithmetic")
def b21_duration_hospital_weeks(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1985, 2014).replace(month=r.randint(1, 10))
    end = start + datetime.timedelta(days=r.randint(12, 40))
    n = wrong_count(r, "weeks", exact(start), exact(end), most=20)
    name = woman(r)
    return [f"{name} spent [[{NUMWORDS[n]} weeks]] in intensive care after the crash.",
            f"She was admitted on [[{md(start)}]] and discharged on [[{md(end)}, {end.year}]]."], \
        _facts(f"{NUMWORDS[n]} weeks", n, (md(start), start.year), f"{md(end)}, {end.year}", "weeks")


@template("duration_arithmetic")
def b21_duration_career_years(r: random.Random) -> tuple[list[str], Facts]:
    a = r.randint(1955, 1985)
    b = r.randint(a + 15, min(a + 40, 2015))
    n = wrong_count(r, "years", year_span(a), year_span(b))
    name = woman(r)
    return [f"{name}'s [[{n}-year]] career at the newspaper began on the night desk in [[{a}]] and ended with "
            f"her retirement as editor in [[{b}]]."], _facts(f"{n}-year", n, str(a), str(b), "years")


@template("duration_arithmetic")
def b21_duration_now_aged(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1925, 1990)
    n = wrong_count(r, "years", year_span(y))
    name = person(r)
    return [f"{name}, now [[{n}]], was born in [[{y}]] in a farmhouse that no longer stands."], \
        _facts(str(n), n, str(y), None, "years")


@template("duration_arithmetic")
def b21_duration_probe_months(r: random.Random) -> tuple[list[str], Facts]:
    launch = a_date(r, 1995, 2011)
    arrive = launch + datetime.timedelta(days=r.randint(400, 1300))
    n = wrong_count(r, "months", exact(launch), exact(arrive))
    return [f"The probe entered orbit around the planet on [[{brit(arrive)}]], [[{n} months]] after its launch "
            f"on [[{brit(launch)}]]."], _facts(f"{n} months", n, brit(launch), brit(arrive), "months")


@template("duration_arithmetic")
def b21_duration_search_days(r: random.Random) -> tuple[list[str], Facts]:
    sank = a_date(r, 1980, 2014)
    found = sank + datetime.timedelta(days=r.randint(25, 90))
    n = wrong_count(r, "days", exact(sank), exact(found), most=20)
    vessel = r.choice(VESSELS)
    return [f"Divers located the wreck of the {vessel} on [[{ap(found)}]] after a [[{NUMWORDS[n]}-day]] search.",
            f"The trawler went down in a gale on [[{ap(sank)}]]."], \
        _facts(f"{NUMWORDS[n]}-day", n, ap(sank), ap(found), "days")


@template("duration_arithmetic")
def b21_duration_ago_ap(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1940, 2000)
    n = wrong_count(r, "years", exact(d))
    return [f"The ship was launched on [[{ap(d)}]], [[{n} years ago]], from a yard that built 300 vessels "
            f"before it closed."], _facts(f"{n} years ago", n, ap(d), None, "years")


@template("duration_arithmetic")
def b21_duration_year_old_building(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1850, 1985)
    n = wrong_count(r, "years", year_span(y))
    town = r.choice(TOWNS)
    return [f"Demolition of the [[{n}-year-old]] {town} corn exchange, built in [[{y}]], was halted by a court "
            f"order."], _facts(f"{n}-year-old", n, str(y), None, "years")


@template("duration_arithmetic")
def b21_duration_theatre_run_weeks(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1965, 2013)
    end = start + datetime.timedelta(days=r.randint(150, 500))
    n = wrong_count(r, "weeks", exact(start), exact(end))
    return [f"The musical closed on [[{short(end)}]] after a run of [[{n} weeks]] that began on "
            f"[[{short(start)}]]."], \
        _facts(f"{n} weeks", n, short(start), short(end), "weeks")


@template("duration_arithmetic")
def b21_duration_years_after_flood(r: random.Random) -> tuple[list[str], Facts]:
    a = r.randint(1950, 1990)
    b = r.randint(a + 5, min(a + 25, 2015))
    n = wrong_count(r, "years", year_span(a), year_span(b), most=20)
    town = r.choice(TOWNS)
    return [f"In [[{b}]], [[{NUMWORDS[n]} years]] after the flood of [[{a}]], {town} finally reopened its "
            f"library."], _facts(f"{NUMWORDS[n]} years", n, str(a), str(b), "years")


@template("duration_arithmetic")
def b21_duration_outage_dotted(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1998, 2014)
    end = start + datetime.timedelta(days=r.randint(14, 22))
    n = wrong_count(r, "days", exact(start), exact(end), most=20)
    firm = r.choice(FIRMS)
    return [f"{firm} said the [[{NUMWORDS[n]}-day]] outage, which lasted from [[{dotted(start)}]] to "
            f"[[{dotted(end)}]], had affected 1.4 million customers."], \
        _facts(f"{NUMWORDS[n]}-day", n, dotted(start), dotted(end), "days")


@template("duration_arithmetic")
def b21_duration_aged_when_elected(r: random.Random) -> tuple[list[str], Facts]:
    born = a_date(r, 1930, 1970)
    y = r.randint(born.year + 30, min(born.year + 55, 2015))
    n = wrong_count(r, "years", exact(born), year_span(y))
    name = woman(r)
    return [f"{name}, born on [[{brit(born)}]], was [[{n}]] when she was elected to parliament in [[{y}]]."], \
        _facts(str(n), n, brit(born), str(y), "years")


@template("duration_arithmetic")
def b21_duration_marriage_quote(r: random.Random) -> tuple[list[str], Facts]:
    d = a_date(r, 1950, 1990)
    n = wrong_count(r, "years", exact(d))
    name = person(r)
    return [f"\"We have been married for [[{n} years]], ever since that rainy afternoon on [[{us(d)}]],\" said "
            f"{name}."], _facts(f"{n} years", n, us(d), None, "years")


@template("duration_arithmetic")
def b21_duration_edition_count(r: random.Random) -> tuple[list[str], Facts]:
    first = r.randint(1950, 1990)
    last = r.randint(first + 10, 2015)
    n = wrong_count(r, "years", year_span(first), year_span(last), offset=-1)
    town = r.choice(TOWNS)
    return [f"The [[{last}]] {town} regatta was the [[{_ordinal(n)}]] edition of the annual race, first rowed in "
            f"[[{first}]]."], _facts(_ordinal(n), n, str(first), str(last), "years", offset=-1)


@template("duration_arithmetic")
def b21_duration_siege_months(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1960, 2012)
    end = start + datetime.timedelta(days=r.randint(300, 900))
    n = wrong_count(r, "months", exact(start), exact(end), most=20)
    return [f"The siege of {r.choice(TOWNS)}, which lasted [[{NUMWORDS[n]} months]], began on "
            f"[[{brit_short(start)}]] and was lifted on [[{brit_short(end)}]]."], \
        _facts(f"{NUMWORDS[n]} months", n, brit_short(start), brit_short(end), "months")


@template("duration_arithmetic")
def b21_duration_exhibition_weeks_passive(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1990, 2014)
    end = start + datetime.timedelta(days=r.randint(100, 250))
    n = wrong_count(r, "weeks", exact(start), exact(end), most=9)
    return [f"The exhibition, which was seen by 90,000 people over [[{NUMWORDS[n]} weeks]], ran from "
            f"[[{ordinal(start)}]] to [[{ordinal(end)}]]."], \
        _facts(f"{NUMWORDS[n]} weeks", n, ordinal(start), ordinal(end), "weeks")


@template("duration_arithmetic")
def b21_duration_quote_opened_ago(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1950, 1995)
    n = wrong_count(r, "years", year_span(y))
    name = person(r)
    return [f"\"My father opened this shop in [[{y}]], [[{n} years ago]], and I have never missed a day,\" "
            f"{name} said."], _facts(f"{n} years ago", n, str(y), None, "years")


@template("duration_arithmetic")
def b21_duration_retired_aged_ordinal(r: random.Random) -> tuple[list[str], Facts]:
    born = a_date(r, 1920, 1955)
    retired = a_date(r, born.year + 55, min(born.year + 70, 2015))
    n = wrong_count(r, "years", exact(born), exact(retired))
    name = man(r)
    return [f"{name} retired from the bench on [[{iso(retired)}]] at the age of [[{n}]].",
            f"Court records give his date of birth as [[{iso(born)}]]."], \
        _facts(str(n), n, iso(born), iso(retired), "years")


@template("duration_arithmetic")
def b21_duration_tenure_since(r: random.Random) -> tuple[list[str], Facts]:
    y = r.randint(1970, 2000)
    n = wrong_count(r, "years", year_span(y), most=20)
    club = r.choice(CLUBS)
    return [f"Groundsman {person(r)} has tended the pitch at {club} for [[{NUMWORDS[n]} years]], having taken "
            f"the job in [[{y}]]."], _facts(f"{NUMWORDS[n]} years", n, str(y), None, "years")


@template("duration_arithmetic")
def b21_duration_month_long_voyage(r: random.Random) -> tuple[list[str], Facts]:
    start = a_date(r, 1960, 2013)
    end = start + datetime.timedelta(days=r.randint(300, 420))
    n = wrong_count(r, "months", exact(start), exact(end), most=3)
    vessel = r.choice(VESSELS)
    return [f"The yacht {vessel} left {r.choice(TOWNS)} on [[{us(start)}]] and returned on [[{us(end)}]], "
            f"completing what her skipper called a [[{NUMWORDS[n]}-month]] voyage around the world."], \
        _facts(f"{NUMWORDS[n]}-month", n, us(start), us(end), "months")
