"""``blind11`` injected date-conflict templates for ``benchmarks/date_conflicts.py``.

Kept in its own module so that it can be imported (by the benchmark and by
``tests/test_date_templates_blind11.py``) without importing the detector.
"""

# ---------------------------------------------------------------------------
# ``blind11`` templates.  Written on 2026-11-23 (about 02:07-02:20 UTC) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind10.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind10.py; in benchmarks/date_templates_blind10.py
# the header comment, constants, name lists and helpers (lines 1-269, which
# end with its first template, b10_weekday_dateline_recount) and the first
# lines of the final ``BLIND10_TEMPLATES`` dict (which name its first three
# weekday templates); in benchmarks/date_conflicts.py the module docstring,
# the import lines and the ``INDEPENDENT_SETS`` mapping.  Disclosure of what
# was seen by accident: the ``grep -n`` used to locate ``INDEPENDENT_SETS``
# and the blind imports in date_conflicts.py also printed the lines of
# ``run()``/the argument parser that use it (``if split in INDEPENDENT_SETS:``,
# ``templates = INDEPENDENT_SETS[split][kind]`` and the ``--split`` choices),
# and printing a few lines after the mapping showed the first three lines of
# ``run()`` (loading the corpus records and keeping the "real" articles), and
# printing to the end of the import block showed the first line after it
# (``MONTHS = [``); the import block shows the benchmark imports
# ``CONFLICT_KINDS`` and ``analyse_dates`` from the detector module (names only; no detector logic
# was seen); a ``grep -n "^def \|^@"`` over blind10 printed the names of its
# first four weekday templates after the one read
# (b10_weekday_crown_court_jailed, b10_weekday_funeral_mass, b10_weekday_floodlit_win,
# b10_weekday_profit_warning_abbr), names only; ``ls tests`` listed the file
# names of the detector's date tests (not opened); ``git status`` was run, no
# ``git log``.  tests/conftest.py was not opened (``load_benchmark`` is used
# as blind10's test uses it).  No template here copies blind10's wording;
# nouns, names and phrasings were written fresh (the helpers follow blind10's
# interface).  The templates were only run through their own generators,
# tests/test_date_templates_blind11.py (well-formedness, and ``datetime``
# checks, from the rendered text, that each conflict is real) and a throwaway
# script running the same checks over 2,000 seeds per template, never through
# the detector; ``benchmarks/date_conflicts.py`` was not run by the author
# (only byte-compiled with ``py_compile`` after adding the import and the
# ``INDEPENDENT_SETS`` entry for ``blind11`` and a sentence about it to its
# docstring).
# This is the current independent test set while ``development``/``held_out``
# and ``blind`` to ``blind10`` serve as development data: run it once for a
# measurement and do NOT use it to change the detector or its lexicons.  Every
# template is used (no index parity): ``--split blind11``.
#
# Conventions (as in blind10).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous), the impossible
# date, both dates of a restated event, both dates of an order violation, the
# relative expression and its pinned date (or only the date when the conflict
# is with the publication date), and the duration/age and the dates it
# contradicts.  Publication-relative templates assume an article published on
# 2016-09-27 (``--published 2016-09-27``): past-tense events are dated at least
# eight months after publication (2018-2025), and relative expressions are
# pinned at least three years away from it (1996-2012 or 2020-2025).
# Arithmetic templates miss by at least 8 units from the exact count (at least
# 5 beyond any inclusive/exclusive or unknown-day counting difference).  Dates
# in all other types stay at or before 2015; no weekday is named outside the
# weekday templates and no relative expression outside the anachronism
# templates ("ago" only in duration templates, against 2016).  Restated-event
# templates are named ``b11_restated_same_*`` when both places use the same
# head word for the event and ``b11_restated_diff_*`` when they use a
# different word or form; in every one the two places unmistakably describe
# one event.  Each template is 1-3 sentences.  Besides the relative
# expressions of the shared checks, the anachronism templates pin "last
# weekend", "earlier this year" and "this afternoon".
#
# Each template is a plain ``Callable[[random.Random], list[str]]`` and carries
# ``template.facts(rng)``, which returns the same sentences plus the date
# expressions (as they appear in the text) that make the conflict.
# ---------------------------------------------------------------------------

from __future__ import annotations

import datetime
import functools
import random
from collections.abc import Callable
from typing import Any, NamedTuple

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

REFERENCE = datetime.date(2016, 9, 27)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AP_WEEKDAYS = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
SHORT_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

_WOMEN = ["Ingrid Halvorsen", "Aoife Brennan", "Folasade Adeyemi", "Paulina Zielinska", "Mireille Fontaine",
          "Harriet Ashdown", "Yasmin Karimi", "Lucia Bertolini", "Keiko Tanabe", "Signe Lindqvist"]
_MEN = ["Callum Rennie", "Emeka Nwosu", "Joaquin Salcedo", "Lorcan Duffy", "Mateusz Nowicki",
        "Vikram Raghunathan", "Yannick Dubois", "Tunde Okafor", "Ewan Strachan", "Henrik Dahl"]
_TOWNS = ["Kendal", "Ludlow", "Barnstaple", "Thirsk", "Hexham", "Wisbech", "Bideford", "Selby", "Ledbury", "Nairn"]
_US_CITIES = ["Duluth", "Boise", "Fresno", "Tulsa", "Dayton", "Spokane", "Savannah", "Wichita", "Missoula",
              "Lubbock"]
_CAPITALS = ["Riga", "Lusaka", "Asuncion", "Yerevan", "Gaborone", "Bratislava", "Vientiane", "Dakar", "Tallinn"]
_COUNTRIES = ["Moldova", "Malawi", "Paraguay", "Armenia", "Botswana", "Laos", "Senegal", "Estonia", "Zambia"]
_COMPANIES = ["Harrowgate Weaving", "Brightwater Pharma", "Osterdal Timber", "Quillon Systems", "Marbury Foods",
              "Tidewell Shipping", "Castellane Glass", "Penhallow Insurance"]
_TEAMS = ["Oakfield Rovers", "Thornbury Athletic", "Millbrook United", "Sandown Town", "Ravensworth City",
          "Kelsall Borough", "Ashcombe Celtic"]
_COUNTIES = ["Jasper", "Marion", "Logan", "Warren", "Hardin", "Polk", "Carroll"]
_RIVERS = ["Lune", "Derwent", "Nene", "Eden", "Wye", "Calder"]
_SAINTS = ["St Aidan's", "St Brigid's", "St Cuthbert's", "St Columba's", "St Hilda's", "St Oswald's"]
_SURNAMES = ["Garroway", "Ellison", "Penrose", "Oyelaran", "Whitcombe", "Castellanos", "Lindgren", "Mbeki"]


class _Day(NamedTuple):
    """A year, month and day that need not exist (for impossible dates)."""

    year: int
    month: int
    day: int


def _template(fn: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    @functools.wraps(fn)
    def sentences(rng: random.Random) -> list[str]:
        return fn(rng)[0]

    sentences.facts = fn  # type: ignore[attr-defined]
    return sentences


def _date(rng: random.Random, first: int = 1975, last: int = 2012) -> datetime.date:
    low = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(low, datetime.date(last, 12, 31).toordinal()))


def _plus(day: datetime.date, days: int) -> datetime.date:
    return day + datetime.timedelta(days=days)


def _not_on(rng: random.Random, day: datetime.date, names: list[str] = WEEKDAYS) -> str:
    return rng.choice([name for index, name in enumerate(names) if index != day.weekday()])


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _us(d: Any) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _uk(d: Any) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _uk_th(d: Any) -> str:
    return f"{d.day}{_suffix(d.day)} {MONTHS[d.month - 1]} {d.year}"


def _ap(d: Any) -> str:
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _abbr(d: Any) -> str:
    return f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _abbr_uk(d: Any) -> str:
    return f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"


def _of(d: Any) -> str:
    return f"the {d.day}{_suffix(d.day)} of {MONTHS[d.month - 1]}, {d.year}"


def _iso(d: Any) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _dot(d: Any) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _my(d: Any) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def _md(d: Any) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def _dm(d: Any) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}"


def _impossible(rng: random.Random, first: int = 1950, last: int = 2014, leap_trap: bool = True) -> _Day:
    """A day the calendar lacks; with ``leap_trap`` sometimes 29 February of a common year."""
    year = rng.randint(first, last)
    if leap_trap and rng.random() < 0.3:
        return _Day(_common_year(year), 2, 29)
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return _Day(year, month, day)


def _common_year(year: int) -> int:
    while year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        year += 1
    return year


def _never(rng: random.Random) -> _Day:
    """A month and a day it never has (no 29 February); the year is unused."""
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return _Day(0, month, day)


def _miss(rng: random.Random, true: int, low: int = 8, high: int = 15) -> int:
    """A stated number at least ``low`` away from ``true`` (and at least 2)."""
    if true - low < 2 or rng.random() < 0.5:
        return true + rng.randint(low, high)
    return true - rng.randint(low, min(high, true - 2))


def _other_year(rng: random.Random, year: int, first: int = 1945, last: int = 2015, low: int = 1,
                high: int = 12) -> int:
    """A different year near ``year`` within [first, last]."""
    while True:
        other = year + rng.choice((-1, 1)) * rng.randint(low, high)
        if first <= other <= last:
            return other


def _order(rng: random.Random, first: int = 1950, last: int = 2010) -> tuple[int, int]:
    """(claimed-earlier year, claimed-later year) with the claimed-earlier one strictly later."""
    later = rng.randint(first, last)
    return later + rng.randint(1, 5), later


def _years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def _future(rng: random.Random) -> datetime.date:
    return _date(rng, 2018, 2025)


def _far(rng: random.Random) -> datetime.date:
    return _date(rng, 1996, 2012) if rng.random() < 0.5 else _date(rng, 2020, 2025)


def _far_year(rng: random.Random) -> int:
    return rng.randint(1996, 2012) if rng.random() < 0.5 else rng.randint(2020, 2025)


def _count(n: int) -> str:
    return WORDS.get(n, str(n))


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b11_weekday_wire_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"{rng.choice(_CAPITALS).upper()} (AP) — A ceasefire brokered by regional mediators took effect at "
             f"midnight on [[{wd}, {text}]], according to a statement from the foreign ministry."],
            {"weekday": wd, "date": text})


@_template
def b11_weekday_magistrates_bail(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _not_on(rng, day)
    text = _uk(day)
    age = rng.randint(19, 64)
    return ([f"{rng.choice(_MEN)}, {age}, of {rng.choice(_TOWNS)}, appeared before magistrates on [[{wd} {text}]] "
             f"and was released on conditional bail."], {"weekday": wd, "date": text})


@_template
def b11_weekday_obituary_peacefully(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"{rng.choice(_WOMEN)} died peacefully at her home in {rng.choice(_TOWNS)} on [[{wd}, {text}]], "
             f"surrounded by her family."], {"weekday": wd, "date": text})


@_template
def b11_weekday_derby_kickoff(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    home, away = rng.sample(_TEAMS, 2)
    crowd = rng.randint(4, 29)
    return ([f"The derby between {home} and {away} kicked off in front of {crowd},{rng.randint(100, 999)} "
             f"spectators on [[{wd}, {text}]], and it ended goalless."], {"weekday": wd, "date": text})


@_template
def b11_weekday_earnings_short(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _not_on(rng, day, SHORT_WEEKDAYS)
    text = _abbr(day)
    pct = rng.randint(3, 19)
    return ([f"Shares in {rng.choice(_COMPANIES)} fell {pct} percent in after-hours trading on [[{wd}, {text}]] "
             f"after the group cut its sales forecast."], {"weekday": wd, "date": text})


@_template
def b11_weekday_commission_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    votes = rng.choice(["4-1", "3-2", "5-0"])
    return ([f"On [[{wd}, {text}]], the {rng.choice(_COUNTIES)} County Commission voted {votes} to raise the sales "
             f"tax to pay for a new jail."], {"weekday": wd, "date": text})


@_template
def b11_weekday_storm_parenthesis(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"Forecasters said the storm made landfall near {rng.choice(_US_CITIES)} shortly before dawn on "
             f"[[{wd} ({text})]], bringing winds of more than {rng.randint(80, 140)} mph."],
            {"weekday": wd, "date": text})


@_template
def b11_weekday_rail_report_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _not_on(rng, day)
    text = _iso(day)
    hour, minute = rng.randint(5, 22), rng.randint(10, 59)
    return (["According to the accident investigators' report, the freight train derailed at "
             f"{hour:02d}:{minute:02d} on [[{wd} {text}]] as it crossed the viaduct."], {"weekday": wd, "date": text})


@_template
def b11_weekday_appeal_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _not_on(rng, day)
    text = _dot(day)
    return ([f"The appeal was lodged with the regional court in {rng.choice(_CAPITALS)} on [[{wd}, {text}]], "
             "the company's lawyers confirmed."], {"weekday": wd, "date": text})


@_template
def b11_weekday_premiere_separated(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2010)
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"The first performance of the opera, given on a [[{wd}]] night to a half-empty house at the "
             f"{rng.choice(_TOWNS)} Playhouse, took place on [[{text}]]."], {"weekday": wd, "date": text})


@_template
def b11_weekday_wedding_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2012)
    wd = _not_on(rng, day)
    text = _of(day)
    return ([f"The couple were married at {rng.choice(_SAINTS)} Church, {rng.choice(_TOWNS)}, on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b11_weekday_byelection_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"Voters in {rng.choice(_TOWNS)} were asked to choose a replacement for the councillor, who had "
             "resigned over his expenses.",
             f"They went to the polls on [[{wd}, {text}]], and turnout was just {rng.randint(18, 34)} per cent."],
            {"weekday": wd, "date": text})


@_template
def b11_weekday_probe_liftoff(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"The probe lifted off at {rng.randint(1, 11)}:{rng.randint(10, 59)} a.m. local time on "
             f"[[{wd}, {text}]], beginning a voyage of more than {rng.randint(2, 9)} billion kilometres."],
            {"weekday": wd, "date": text})


@_template
def b11_weekday_hospital_short_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _not_on(rng, day, SHORT_WEEKDAYS)
    text = _abbr_uk(day)
    return (["In a statement, the hospital trust said the norovirus outbreak on its elderly care wards was first "
             f"identified on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b11_weekday_chapel_consecrated(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2012)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"Bishop {rng.choice(_SURNAMES)} consecrated the new chapel at {rng.choice(_SAINTS)} on "
             f"[[{wd}, {text}]], in a service attended by about {rng.randint(2, 9)}00 parishioners."],
            {"weekday": wd, "date": text})


@_template
def b11_weekday_semifinal_end(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    winner, loser = rng.sample(_TEAMS, 2)
    return ([f"{winner} reached the cup final by beating {loser} 2-1, with the winner coming deep into stoppage "
             f"time on [[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b11_weekday_marathon_year_elsewhere(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    city = rng.choice(_US_CITIES)
    return ([f"The [[{day.year}]] {city} Marathon drew a record field of {rng.randint(2, 9)},{rng.randint(100, 999)} "
             "runners.",
             f"The race was run on [[{wd}, {_md(day)}]], in unseasonably warm conditions."],
            {"weekday": wd, "date": (_md(day), day.year)})


@_template
def b11_weekday_signal_failure_th(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _not_on(rng, day)
    text = _uk_th(day)
    return ([f"Commuters faced delays of up to {rng.randint(2, 4)} hours after signal failures outside "
             f"{rng.choice(_TOWNS)} station on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b11_weekday_jury_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"A {rng.choice(_COUNTIES)} County jury found {rng.choice(_MEN)} guilty of second-degree murder on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b11_weekday_snow_schools(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice([1, 2, 12])
    day = datetime.date(rng.randint(1978, 2013), month, rng.randint(1, 28))
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"Heavy snow closed more than {rng.randint(2, 9)}00 schools across the region on [[{wd} {text}]], "
             "forecasters said."], {"weekday": wd, "date": text})


@_template
def b11_weekday_timeline_entry(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2012)
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"[[{wd}, {text}]]: the {rng.choice(_RIVERS)} crossing finally opens to traffic, after years of "
             "delays."], {"weekday": wd, "date": text})


@_template
def b11_weekday_walkout_union(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"The union said about {rng.randint(2, 9)},{rng.randint(100, 999)} of its members at "
             f"{rng.choice(_COMPANIES)} would walk out from 6 a.m. on [[{wd}, {text}]], unless the pay offer was "
             "improved."], {"weekday": wd, "date": text})


@_template
def b11_weekday_museum_ap_weekday(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"After a renovation costing ${rng.randint(12, 90)} million, the {rng.choice(_US_CITIES)} Museum of Art "
             f"reopened its doors on [[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b11_weekday_shop_steward_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"\"We were told on [[{wd} {text}]] that the plant would shut,\" said {rng.choice(_MEN)}, a shop "
             "steward."], {"weekday": wd, "date": text})


# --- impossible_date ----------------------------------------------------------

@_template
def b11_impossible_rate_decision(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng, 1985, 2014))
    return ([f"{rng.choice(_CAPITALS).upper()} (Reuters) - The central bank left its benchmark rate unchanged at "
             f"its meeting on [[{text}]], citing weak export demand."], {"date": text})


@_template
def b11_impossible_born_obituary(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng, 1920, 1960))
    return ([f"Born in {rng.choice(_TOWNS)} on [[{text}]], she trained as a nurse before moving into hospital "
             "management."], {"date": text})


@_template
def b11_impossible_contract_dated(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng, 1990, 2014))
    return ([f"The supply contract, dated [[{text}]], committed {rng.choice(_COMPANIES)} to buying at least "
             f"{rng.randint(2, 9)},000 tonnes a year."], {"date": text})


@_template
def b11_impossible_sentencing_adjourned(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng, 1990, 2014))
    return ([f"The judge adjourned sentencing until [[{text}]] so that psychiatric reports could be prepared on "
             f"{rng.choice(_MEN)}."], {"date": text})


@_template
def b11_impossible_licence_iso(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_impossible(rng, 1995, 2014))
    return ([f"Records obtained by the newspaper show that the operator's waste licence expired on [[{text}]] and "
             "was never renewed."], {"date": text})


@_template
def b11_impossible_passport_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dot(_impossible(rng, 1980, 2014))
    return ([f"Border officials said the passport carried an entry stamp dated [[{text}]], which investigators "
             "now believe was forged."], {"date": text})


@_template
def b11_impossible_ordinal_words(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _never(rng)
    ordinal = "thirtieth" if bad.day == 30 else "thirty-first"
    text = f"the {ordinal} of {MONTHS[bad.month - 1]}"
    return ([f"By tradition, the village fair in {rng.choice(_TOWNS)} is held on [[{text}]] each year, the "
             "parish newsletter said."], {"date": text})


@_template
def b11_impossible_ap_mayor(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_impossible(rng, 1975, 2014))
    return ([f"Mayor {rng.choice(_SURNAMES)} signed the executive order on [[{text}]], according to city hall "
             "records."], {"date": text})


@_template
def b11_impossible_leap_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    year = _common_year(rng.randint(1950, 2014))
    text = f"the 29th of February, {year}"
    return ([f"The lighthouse keeper's log records a gale on [[{text}]] that tore the lantern glass from its "
             "frame."], {"date": text})


@_template
def b11_impossible_fixture_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _never(rng)
    text = f"{MONTHS[bad.month - 1]} {bad.day}"
    return ([f"{rng.choice(_TEAMS)} confirmed that the rearranged fixture against {rng.choice(_TEAMS)} will be "
             f"played on [[{text}]]."], {"date": text})


@_template
def b11_impossible_paper_submitted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng, 1995, 2014))
    return ([f"The paper, submitted to the journal on [[{text}]], describes a protein that helps the parasite "
             "evade the immune system."], {"date": text})


@_template
def b11_impossible_vaccination_campaign(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng, 1980, 2014))
    return ([f"Health workers in {rng.choice(_COUNTRIES)} began a measles vaccination campaign on [[{text}]], aiming "
             f"to reach {rng.randint(2, 9)} million children."], {"date": text})


@_template
def b11_impossible_planning_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr_uk(_impossible(rng, 1995, 2014))
    return ([f"The planning application for {rng.randint(20, 90)} homes on the former dairy site was received by "
             f"the council on [[{text}]]."], {"date": text})


@_template
def b11_impossible_album_release(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_impossible(rng, 1965, 2014))
    return ([f"The band's debut album, released on [[{text}]], sold fewer than {rng.randint(2, 9)},000 copies in "
             "its first year."], {"date": text})


@_template
def b11_impossible_consecration_words(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1990)
    text = f"the thirtieth of February, {year}"
    return ([f"A brass plate in the porch records that the church was consecrated on [[{text}]] by the Bishop "
             f"of {rng.choice(_TOWNS)}."], {"date": text})


@_template
def b11_impossible_timetable_change(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _impossible(rng, 1990, 2014, leap_trap=False)
    text = _uk(bad)
    return ([f"The new timetable, which took effect on [[{text}]], cut the journey to {rng.choice(_TOWNS)} by "
             f"{rng.randint(8, 25)} minutes."], {"date": text})


@_template
def b11_impossible_rainfall_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _never(rng)
    text = f"{bad.day} {MONTHS[bad.month - 1]}"
    return ([f"The weather station at {rng.choice(_TOWNS)} recorded {rng.randint(40, 120)}mm of rain on "
             f"[[{text}]] alone, more than a month's average."], {"date": text})


@_template
def b11_impossible_accord_geneva(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng, 1960, 2012))
    a, b = rng.sample(_COUNTRIES, 2)
    return ([f"The accord between {a} and {b}, signed in Geneva on [[{text}]], set out a timetable for the "
             "withdrawal of troops."], {"date": text})


@_template
def b11_impossible_fiscal_year_appositive(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng, 1990, 2014))
    return ([f"{rng.choice(_COMPANIES)}'s financial year, which closed on [[{text}]], produced a pre-tax loss of "
             f"${rng.randint(3, 60)} million."], {"date": text})


@_template
def b11_impossible_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng, 1950, 2014))
    return ([f"On [[{text}]], the {rng.choice(_RIVERS)} burst its banks and flooded more than "
             f"{rng.randint(100, 900)} homes."], {"date": text})


@_template
def b11_impossible_promotion_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng, 1975, 2014))
    return ([f"{rng.choice(_WOMEN)} joined {rng.choice(_COMPANIES)} as a trainee accountant.",
             f"She was promoted to finance director on [[{text}]]."], {"date": text})


@_template
def b11_impossible_robbery_th(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _impossible(rng, 1990, 2014)
    text = f"{bad.day}{_suffix(bad.day)} {MONTHS[bad.month - 1]} {bad.year}"
    return ([f"Detectives are appealing for witnesses to the robbery at a jeweller's in {rng.choice(_TOWNS)} on "
             f"the night of [[{text}]]."], {"date": text})


@_template
def b11_impossible_exam_results_leap(rng: random.Random) -> tuple[list[str], Facts]:
    year = _common_year(rng.randint(1970, 2014))
    text = f"Feb. 29, {year}"
    return ([f"The state education department published the exam results on [[{text}]], showing pass rates up in "
             "every district."], {"date": text})


@_template
def b11_impossible_court_filing_month_first(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_impossible(rng, 1995, 2014, leap_trap=False))
    return ([f"In a filing dated [[{text}]], prosecutors said {rng.choice(_MEN)} had moved money through "
             f"{rng.randint(3, 12)} shell companies."], {"date": text})


# --- restated_event: same head word -------------------------------------------

@_template
def b11_restated_same_border_treaty(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2008)
    second = _other_year(rng, first)
    country = rng.choice(_COUNTRIES)
    month = rng.choice(MONTHS[:4] + MONTHS[5:])
    return ([f"The [[{first}]] border treaty between {country} and its northern neighbour has never been fully "
             "implemented.",
             f"Diplomats in {rng.choice(_CAPITALS)} recall that the treaty was signed in [[{month} {second}]] "
             "after months of shuttle diplomacy."], {"dates": (str(first), f"{month} {second}")})


@_template
def b11_restated_same_bridge_opened(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1955, 2005)
    second = _other_year(rng, first, last=2012)
    river = rng.choice(_RIVERS)
    return ([f"The {river} suspension bridge opened in [[{first}]] and carries about {rng.randint(12, 40)},000 "
             "vehicles a day.",
             f"Engineers say the bridge has never been fully resurfaced since it opened in [[{second}]]."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_same_founded_brewery(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2005)
    second = _other_year(rng, first, high=9)
    surname = rng.choice(_SURNAMES)
    return ([f"Founded in [[{first}]] by the {surname} brothers, the brewery now exports to "
             f"{rng.randint(12, 40)} countries.",
             f"The family still owns most of the shares in the firm, founded in [[{second}]] in a converted "
             "stable yard."], {"dates": (str(first), str(second))})


@_template
def b11_restated_same_merger_completed(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1990, 2012)
    second = _other_year(rng, first, first=1985)
    a, b = rng.sample(_COMPANIES, 2)
    month = rng.choice(MONTHS)
    return ([f"The [[{first}]] merger of {a} and {b} created the region's largest private employer.",
             f"Analysts said the merger, completed in [[{month} {second}]], had delivered only half of the "
             "promised savings."], {"dates": (str(first), f"{month} {second}")})


@_template
def b11_restated_same_only_flood(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1960, 2012)
    second = _other_year(rng, first.year, first=1955)
    river = rng.choice(_RIVERS)
    return ([f"The only time the {river} has overtopped the town's flood wall was in the flood of "
             f"[[{_my(first)}]].",
             f"Residents still keep sandbags from the [[{second}]] flood in their garages."],
            {"dates": (_my(first), str(second))})


@_template
def b11_restated_same_first_elected(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2010)
    second = _other_year(rng, first, first=1970, high=8)
    name = rng.choice(_WOMEN)
    return ([f"{name} was first elected mayor of {rng.choice(_US_CITIES)} in [[{first}]], on a promise to fix the "
             "city's roads.",
             f"She has been re-elected every time since she was first elected in [[{second}]]."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_same_dock_strike(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1955, 2010)
    second = _other_year(rng, first)
    return ([f"The [[{first}]] dock strike remains the only stoppage in the history of the port of "
             f"{rng.choice(_CAPITALS)}.",
             f"That strike, which began in [[{second}]], lasted until the government agreed to an inquiry."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_same_international_debut(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1980, 2012)
    second = _other_year(rng, first.year, first=1975, high=6)
    name = rng.choice(_WOMEN)
    country = rng.choice(_COUNTRIES)
    return ([f"{name} made her international debut for {country} in [[{_my(first)}]], scoring twice.",
             f"Her debut, in [[{second}]], came against the reigning champions."],
            {"dates": (_my(first), str(second))})


@_template
def b11_restated_same_earthquake_city(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1960, 2012)
    second = _plus(first, rng.choice((-1, 1)) * rng.randint(20, 300))
    city = rng.choice(_CAPITALS)
    return ([f"The {city} earthquake of [[{_uk(first)}]] killed more than {rng.randint(2, 9)},000 people and "
             "left the old town in ruins.",
             f"Survivors of the {city} earthquake, which struck on [[{_uk(second)}]], are still waiting for new "
             "homes."], {"dates": (_uk(first), _uk(second))})


@_template
def b11_restated_same_conviction_quashed(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2010)
    second = _other_year(rng, first, first=1970, high=7)
    name = rng.choice(_MEN)
    return ([f"{name}'s [[{first}]] conviction for the murder of a petrol station attendant was quashed by the "
             "Court of Appeal.",
             f"The conviction, handed down by a jury at {rng.choice(_TOWNS)} Crown Court in [[{second}]], rested "
             "largely on a disputed confession."], {"dates": (str(first), str(second))})


@_template
def b11_restated_same_ordination(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2005)
    second = _date(rng, first + 2, first + 9) if rng.random() < 0.5 else _date(rng, first - 9, first - 2)
    return ([f"Father {rng.choice(_SURNAMES)} has served the parish of {rng.choice(_SAINTS)} since his ordination in "
             f"[[{first}]].",
             f"His ordination, at the cathedral on [[{_us(second)}]], was attended by his {_count(rng.randint(4, 9))} "
             "siblings."], {"dates": (str(first), _us(second))})


@_template
def b11_restated_same_comet_discovered(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1970, 2012)
    second = _date(rng, first + 1, first + 3) if rng.random() < 0.5 else _date(rng, first - 5, first - 1)
    name = rng.choice(_MEN)
    return ([f"The comet was discovered in [[{first}]] by {name}, an amateur astronomer working from his garden.",
             f"{name.split()[0]} discovered it on [[{_ap(second)}]] using a secondhand telescope."],
            {"dates": (str(first), _ap(second))})


@_template
def b11_restated_same_acquisition_closed(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1990, 2012)
    second = _other_year(rng, first, first=1985, low=2, high=8)
    buyer, target = rng.sample(_COMPANIES, 2)
    return ([f"{buyer}'s acquisition of {target} in [[{first}]] doubled its share of the European market.",
             f"Regulators cleared the acquisition, which closed in [[late {second}]], only after the group agreed "
             "to sell two plants."], {"dates": (str(first), f"late {second}")})


@_template
def b11_restated_same_play_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1955, 2004)
    second = _date(rng, first + 2, first + 10)
    name = rng.choice(_WOMEN)
    return ([f"{name}'s first play had its premiere at the {rng.choice(_TOWNS)} Repertory Theatre in "
             f"[[{first}]].",
             f"Critics at the premiere, on [[{_uk(second)}]], were divided, but audiences loved it."],
            {"dates": (str(first), _uk(second))})


@_template
def b11_restated_same_relegation(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2012)
    second = _other_year(rng, first, high=6)
    team = rng.choice(_TEAMS)
    return ([f"{team} have not played in the top flight since their relegation in [[{first}]].",
             f"The relegation, confirmed on the final day of the [[{second}]] season, cost the chairman his job."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_same_cholera_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1980, 2012)
    second = _date(rng, first + 1, first + 3)
    country = rng.choice(_COUNTRIES)
    return ([f"The cholera outbreak in northern {country}, first reported in [[{first}]], killed "
             f"{rng.randint(200, 900)} people.",
             f"Aid agencies say the outbreak, which began in [[{_my(second)}]], was made worse by flooding."],
            {"dates": (str(first), _my(second))})


@_template
def b11_restated_same_ceasefire_agreed(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1970, 2012)
    second = _other_year(rng, first, first=1965, high=6)
    month = rng.choice(MONTHS)
    country = rng.choice(_COUNTRIES)
    return ([f"The ceasefire that ended the civil war in {country} was agreed in [[{month} {first}]].",
             f"Since the [[{second}]] ceasefire, more than {rng.randint(100, 400)},000 refugees have returned."],
            {"dates": (f"{month} {first}", str(second))})


# --- restated_event: a different word or form ---------------------------------

@_template
def b11_restated_diff_accord_deal(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2010)
    second = _other_year(rng, first, high=8)
    capital = rng.choice(_CAPITALS)
    month = rng.choice(MONTHS)
    return ([f"The {capital} Accord, signed in [[{first}]], ended years of fighting in the border provinces.",
             f"Few of the politicians who negotiated the {capital} deal, finally reached in [[{month} {second}]], "
             "are still in office."], {"dates": (str(first), f"{month} {second}")})


@_template
def b11_restated_diff_opened_founding(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1930, 2000)
    second = _other_year(rng, first, first=1925, high=10)
    town = rng.choice(_TOWNS)
    return ([f"{town} Cottage Hospital, which opened its doors in [[{first}]], is to close at the end of the "
             "month.",
             f"Since its founding in [[{second}]], the hospital has been run largely by volunteers."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1960, 2013)
    second = _other_year(rng, first.year, first=1955, low=1, high=5)
    name = rng.choice(_WOMEN)
    return ([f"The sculptor {name} died in [[{_my(first)}]], leaving her studio and its contents to the nation.",
             f"After her death in [[{second}]], the studio was turned into a small museum."],
            {"dates": (_my(first), str(second))})


@_template
def b11_restated_diff_born_birth_plaque(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1900, 1970)
    second = _other_year(rng, first, first=1895, high=7)
    name = rng.choice(_MEN)
    town = rng.choice(_TOWNS)
    return ([f"{name}, born in {town} in [[{first}]], went on to design some of the country's best-known "
             "motorway bridges.",
             f"A blue plaque unveiled on the terrace house marks his birth there in [[{second}]]."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_elected_victory(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2010)
    second = _other_year(rng, first, first=1970, high=6)
    name = rng.choice(_WOMEN)
    return ([f"{name} was first elected to parliament in [[{first}]], overturning a majority of "
             f"{rng.randint(2, 9)},{rng.randint(100, 999)}.",
             f"Her first election victory, in [[{second}]], made her the youngest member of the chamber."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_merged_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1985, 2012)
    second = _other_year(rng, first, first=1980, high=7)
    town_a, town_b = rng.sample(_TOWNS, 2)
    return ([f"The {town_a} and {town_b} building societies merged in [[{first}]] to form the "
             f"{rng.choice(_SURNAMES)} Mutual.",
             f"Staff numbers have halved since the [[{second}]] merger of the two societies."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_acquired_takeover(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1990, 2011)
    second = _plus(first, rng.choice((-1, 1)) * rng.randint(400, 1000))
    buyer, target = rng.sample(_COMPANIES, 2)
    return ([f"{buyer} acquired {target} on [[{_ap(first)}]] for ${rng.randint(2, 9)}.{rng.randint(1, 9)} billion.",
             f"The takeover, completed on [[{_ap(second)}]], was the largest in the industry's history."],
            {"dates": (_ap(first), _ap(second))})


@_template
def b11_restated_diff_retired_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1985, 2013)
    second = _other_year(rng, first, first=1980, high=6)
    name = rng.choice(_WOMEN)
    return ([f"Judge {name}, who retired from the bench in [[{first}]], chaired the inquiry into the prison riot.",
             f"Until her retirement in [[{second}]], she had sat in the family division."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_launched_launch(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2012)
    second = _date(rng, first + 2, first + 3) if rng.random() < 0.5 else _date(rng, first - 6, first - 1)
    return ([f"The weather satellite was launched in [[{first}]] and was designed to last just "
             f"{_count(rng.randint(3, 7))} years.",
             f"Since its launch on [[{_uk(second)}]], it has sent back more than a million images of the "
             "Atlantic."], {"dates": (str(first), _uk(second))})


@_template
def b11_restated_diff_closed_closure(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2012)
    second = _other_year(rng, first, high=6)
    town = rng.choice(_TOWNS)
    return ([f"The paper mill at {town} closed in [[{first}]], and the site has been derelict ever since.",
             f"The closure of the mill in [[{second}]] cost {rng.randint(300, 900)} jobs, a quarter of the town's "
             "workforce."], {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_fire_blaze(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1960, 2012)
    second = _other_year(rng, first.year, high=6)
    town = rng.choice(_TOWNS)
    return ([f"{town} Assembly Rooms were gutted by fire in [[{_my(first)}]] and have never been rebuilt.",
             f"The cause of the [[{second}]] blaze that destroyed the Assembly Rooms was never established."],
            {"dates": (_my(first), str(second))})


@_template
def b11_restated_diff_inaugurated_opening_day(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2008)
    second = _date(rng, first + 2, first + 7)
    team = rng.choice(_TEAMS)
    return ([f"The stadium that {team} call home was inaugurated in [[{first}]] by the then prime minister.",
             f"On its opening day, [[{_us(second)}]], a crowd of {rng.randint(20, 60)},000 packed the terraces."],
            {"dates": (str(first), _us(second))})


@_template
def b11_restated_diff_collapse_collapsed(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2012)
    second = _other_year(rng, first, first=1970, high=7)
    name = rng.choice(_SURNAMES)
    return ([f"The [[{first}]] collapse of {name} Bank wiped out the savings of thousands of small depositors.",
             f"When the bank collapsed in [[{second}]], its founder fled to {rng.choice(_CAPITALS)}."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_appointed_appointment(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1990, 2013)
    second = _other_year(rng, first.year, first=1985, high=5)
    name = rng.choice(_WOMEN)
    company = rng.choice(_COMPANIES)
    return ([f"{name} was appointed chief executive of {company} in [[{_my(first)}]].",
             f"Her appointment as chief executive in [[{second}]] made her one of only a handful of women running a "
             "listed company."], {"dates": (_my(first), str(second))})


@_template
def b11_restated_diff_married_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1945, 1995)
    second = _other_year(rng, first, first=1940, high=5)
    church = rng.choice(_SAINTS)
    return ([f"The couple married in [[{first}]] and ran the village post office for most of their lives.",
             f"Their wedding at {church} Church in [[{second}]] was the first in the parish after the war."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_abolished_abolition(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2012)
    second = _other_year(rng, first, high=8)
    return ([f"The toll on the {rng.choice(_RIVERS)} crossing was abolished in [[{first}]] after a long campaign "
             "by local businesses.",
             f"Traffic on the crossing has roughly doubled since the toll's abolition in [[{second}]]."],
            {"dates": (str(first), str(second))})


@_template
def b11_restated_diff_invasion_invaded(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2008)
    second = _date(rng, first + 2, first + 6) if rng.random() < 0.5 else _date(rng, first - 6, first - 2)
    country = rng.choice(_COUNTRIES)
    return ([f"Many older residents of {country} still speak bitterly of the [[{first}]] invasion by the "
             "neighbouring army.",
             f"When the neighbour's troops invaded in [[{_my(second)}]], they met almost no resistance."],
            {"dates": (str(first), _my(second))})


# --- order_violation ----------------------------------------------------------

@_template
def b11_order_after_summit(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1960, 2010)
    capital = rng.choice(_CAPITALS)
    return ([f"The trade pact was signed in [[{later}]] after the [[{earlier}]] summit in {capital} broke the "
             "deadlock over farm subsidies."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_following_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    first = _date(rng, 1985, 2012)
    second = _plus(first, -rng.randint(40, 700))
    return ([f"Following the collapse of the {rng.choice(_SURNAMES)} fund in [[{_my(first)}]], regulators "
             f"tightened the rules on pension investments in [[{_my(second)}]]."],
            {"earlier": _my(first), "later": _my(second)})


@_template
def b11_order_aftermath_defences(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1955, 2008)
    town = rng.choice(_TOWNS)
    return ([f"In the aftermath of the [[{earlier}]] floods, {town} council spent heavily on new defences, which "
             f"were completed in [[{later}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_resigned_before_scandal(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1975, 2010)
    name = rng.choice(_MEN)
    return ([f"{name} resigned as party treasurer in [[{earlier}]], before the donations scandal broke in "
             f"[[{later}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_prior_to_joining(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1980, 2010)
    name = rng.choice(_WOMEN)
    a, b = rng.sample(_COMPANIES, 2)
    return ([f"Prior to joining {a} in [[{later}]], {name} ran the research laboratory at {b}, which she left "
             f"in [[{earlier}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_ahead_of_election(rng: random.Random) -> tuple[list[str], Facts]:
    election = rng.randint(1970, 2010)
    manifesto = _date(rng, election + 1, election + 4)
    return ([f"Ahead of the [[{election}]] general election, the party published a manifesto on "
             f"[[{_uk(manifesto)}]] promising to renationalise the railways."],
            {"earlier": _uk(manifesto), "later": str(election)})


@_template
def b11_order_wake_of_derailment(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1970, 2010)
    return ([f"In the wake of the [[{earlier}]] derailment near {rng.choice(_TOWNS)}, the operator replaced the "
             f"signalling on the whole line in [[{later}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_preceded_by_walkout(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1960, 2010)
    return ([f"The [[{later}]] general strike was preceded by a series of unofficial walkouts at the "
             f"{rng.choice(_COMPANIES)} plant in [[{earlier}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_only_after_completion(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1985, 2010)
    company = rng.choice(_COMPANIES)
    return ([f"Only after the merger was completed in [[{earlier}]] did {company} begin closing branches, "
             f"starting in [[{later}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_subsequent_ruling(rng: random.Random) -> tuple[list[str], Facts]:
    ruling = _date(rng, 1990, 2013)
    paid = _plus(ruling, -rng.randint(60, 900))
    return ([f"Subsequent to the High Court ruling of [[{_uk(ruling)}]], the company paid compensation to "
             f"{rng.randint(40, 400)} former employees on [[{_uk(paid)}]]."],
            {"earlier": _uk(ruling), "later": _uk(paid)})


@_template
def b11_order_paved_the_way(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1950, 2008)
    country = rng.choice(_COUNTRIES)
    return ([f"The [[{earlier}]] referendum in {country} paved the way for the new constitution, which was adopted "
             f"in [[{later}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_recall_followed_complaints(rng: random.Random) -> tuple[list[str], Facts]:
    complaints = _date(rng, 1995, 2013)
    recall = _plus(complaints, -rng.randint(60, 500))
    return ([f"The recall of {rng.randint(20, 90)},000 electric heaters, announced in [[{_my(recall)}]], followed "
             f"a wave of complaints about overheating in [[{_my(complaints)}]]."],
            {"earlier": _my(complaints), "later": _my(recall)})


@_template
def b11_order_levee_in_response(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1930, 2005)
    return ([f"The levee along the {rng.choice(_US_CITIES)} riverfront was built in [[{later}]] in response to the "
             f"catastrophic flood of [[{earlier}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_first_then_runner_up(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1970, 2010)
    name = rng.choice(_WOMEN)
    return ([f"{name} first won the national title in [[{earlier}]] and then finished runner-up in [[{later}]], "
             "losing the final on a tie-break."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_before_becoming_mayor(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1975, 2008)
    name = rng.choice(_MEN)
    return ([f"Before becoming mayor in [[{later}]], {name} chaired the city's planning committee, a post he took "
             f"up in [[{earlier}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_run_up_to_games(rng: random.Random) -> tuple[list[str], Facts]:
    games = rng.randint(1970, 2010)
    works = _date(rng, games + 1, games + 4)
    city = rng.choice(_CAPITALS)
    return ([f"In the run-up to the [[{games}]] regional games in {city}, contractors finished the athletes' "
             f"village in [[{_my(works)}]]."], {"earlier": _my(works), "later": str(games)})


@_template
def b11_order_heels_of_warning(rng: random.Random) -> tuple[list[str], Facts]:
    warning = _date(rng, 1995, 2013)
    announcement = _plus(warning, -rng.randint(20, 200))
    company = rng.choice(_COMPANIES)
    return ([f"{company} announced {rng.randint(200, 900)} job cuts on [[{_us(announcement)}]].",
             f"The announcement came hard on the heels of a profit warning issued on [[{_us(warning)}]]."],
            {"earlier": _us(warning), "later": _us(announcement)})


@_template
def b11_order_had_already_stepped_down(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1980, 2010)
    name = rng.choice(_WOMEN)
    return ([f"By the time the public inquiry opened in [[{later}]], {name} had already stepped down as head of "
             f"the health authority, leaving in [[{earlier}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_preceding_vote(rng: random.Random) -> tuple[list[str], Facts]:
    vote = rng.randint(1975, 2010)
    petition = _date(rng, vote + 1, vote + 3)
    return ([f"Campaigners handed in a petition with {rng.randint(10, 90)},000 signatures on "
             f"[[{_ap(petition)}]], in the weeks preceding the [[{vote}]] vote on independence."],
            {"earlier": _ap(petition), "later": str(vote)})


@_template
def b11_order_recession_followed_by_boom(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1960, 2009)
    country = rng.choice(_COUNTRIES)
    return ([f"In {country}, the deep recession of [[{earlier}]] was followed by a property boom that peaked in "
             f"[[{later}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_discharged_month_day(rng: random.Random) -> tuple[list[str], Facts]:
    admitted = _date(rng, 1990, 2013)
    while admitted.month == 1 and admitted.day < 25:
        admitted = _date(rng, 1990, 2013)
    discharged = _plus(admitted, -rng.randint(5, 20))
    if discharged.year != admitted.year:
        discharged = datetime.date(admitted.year, 1, 2)
    name = rng.choice(_MEN)
    return ([f"{name} was discharged from hospital on [[{_md(discharged)}]] after being admitted with "
             f"pneumonia on [[{_us(admitted)}]]."],
            {"earlier": _us(admitted), "later": (_md(discharged), admitted.year)})


@_template
def b11_order_once_dam_completed(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1940, 2005)
    return ([f"Once the dam was completed in [[{earlier}]], the valley and its three villages were flooded, a "
             f"process that was finished in [[{later}]]."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_years_before_reunification(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1960, 2005)
    name = rng.choice(_MEN)
    return ([f"{name} emigrated with his parents in [[{earlier}]], in the uncertain years before the "
             f"[[{later}]] reunification."], {"earlier": str(earlier), "later": str(later)})


@_template
def b11_order_promotion_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    earlier, later = _order(rng, 1965, 2010)
    team = rng.choice(_TEAMS)
    return ([f"{team} won promotion in [[{later}]].",
             f"It came straight after their relegation in [[{earlier}]], and the squad was barely changed."],
            {"earlier": str(earlier), "later": str(later)})


# --- publication_anachronism --------------------------------------------------

@_template
def b11_anachronism_record_profit(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    company = rng.choice(_COMPANIES)
    return ([f"{company} reported a record pre-tax profit of ${rng.randint(40, 900)} million for [[{year}]], "
             "helped by strong demand in Asia."], {"date": str(year), "relative": None})


@_template
def b11_anachronism_minister_resigned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    name = rng.choice(_MEN)
    return ([f"The transport minister, {name}, resigned in [[{_my(day)}]] amid allegations that he had misused "
             "a government credit card."], {"date": _my(day), "relative": None})


@_template
def b11_anachronism_bridge_reopened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The {rng.choice(_RIVERS)} footbridge, damaged by floodwater, was reopened on [[{_uk(day)}]] after "
             f"repairs costing £{rng.randint(2, 9)}.{rng.randint(1, 9)} million."],
            {"date": _uk(day), "relative": None})


@_template
def b11_anachronism_referendum_rejected(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"Voters in {rng.choice(_COUNTIES)} County rejected the school bond in a special election held on "
             f"[[{_ap(day)}]], by a margin of {rng.randint(52, 64)} percent to {rng.randint(36, 48)} percent."],
            {"date": _ap(day), "relative": None})


@_template
def b11_anachronism_obituary_reference(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    name = rng.choice(_WOMEN)
    return ([f"The prize is named after {name}, the marine biologist who founded the institute and who died in "
             f"[[{year}]]."], {"date": str(year), "relative": None})


@_template
def b11_anachronism_retired_after_title(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    name = rng.choice(_MEN)
    team = rng.choice(_TEAMS)
    return ([f"{name} retired from professional football after captaining {team} to the league title in "
             f"[[{_my(day)}]]."], {"date": _my(day), "relative": None})


@_template
def b11_anachronism_study_published(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The study, published in [[{_my(day)}]] in a leading medical journal, found no link between the "
             "drug and heart disease.",
             f"Its lead author, Dr {rng.choice(_SURNAMES)}, called for larger trials."],
            {"date": _my(day), "relative": None})


@_template
def b11_anachronism_court_struck_down(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"On [[{_us(day)}]], the state Supreme Court struck down the law, ruling that it violated the right "
             "to a fair trial."], {"date": _us(day), "relative": None})


@_template
def b11_anachronism_hurricane_destroyed(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    month = rng.choice(["August", "September", "October"])
    city = rng.choice(_US_CITIES)
    return ([f"Much of the waterfront in {city} was destroyed by the hurricane of [[{month} {year}]], and "
             "several piers were never rebuilt."], {"date": f"{month} {year}", "relative": None})


@_template
def b11_anachronism_tram_ridership(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    city = rng.choice(_CAPITALS)
    return ([f"Since the tram line in {city} opened in [[{year}]], ridership has exceeded forecasts by almost a "
             "third."], {"date": str(year), "relative": None})


@_template
def b11_anachronism_branch_closed_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The bank's filing shows that its last rural branch closed on [[{_iso(day)}]], leaving "
             f"{rng.randint(4, 12)} villages without a cash machine."], {"date": _iso(day), "relative": None})


@_template
def b11_anachronism_painting_auction(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"The gallery acquired the disputed portrait at auction in [[late {year}]] for "
             f"${rng.randint(2, 9)}.{rng.randint(1, 9)} million, a sum its trustees later defended."],
            {"date": f"late {year}", "relative": None})


@_template
def b11_anachronism_yesterday_arrested(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Police said a {rng.randint(19, 58)}-year-old man was arrested [[yesterday]], [[{_us(day)}]], on "
             "suspicion of arson."], {"date": _us(day), "relative": "yesterday"})


@_template
def b11_anachronism_last_week_inspectors(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Inspectors visited the care home [[last week]], on [[{_uk(day)}]], and found "
             f"{_count(rng.randint(3, 9))} residents had not been given their medication."],
            {"date": _uk(day), "relative": "last week"})


@_template
def b11_anachronism_this_morning_closure(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 2020, 2025)
    return ([f"The motorway was closed in both directions [[this morning]] after a lorry overturned at about "
             f"{rng.randint(5, 9)} a.m. on [[{_ap(day)}]], police said."],
            {"date": _ap(day), "relative": "this morning"})


@_template
def b11_anachronism_earlier_this_month_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Shareholders voted down the pay package at the annual meeting [[earlier this month]], held on "
             f"[[{_uk(day)}]] in {rng.choice(_CAPITALS)}."], {"date": _uk(day), "relative": "earlier this month"})


@_template
def b11_anachronism_last_night_gig(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The band played their first hometown show in {_count(rng.randint(5, 12))} years at the "
             f"{rng.choice(_TOWNS)} Corn Exchange [[last night]] ([[{_abbr_uk(day)}]])."],
            {"date": _abbr_uk(day), "relative": "last night"})


@_template
def b11_anachronism_two_days_ago_board(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    company = rng.choice(_COMPANIES)
    return ([f"{company}'s board, which met [[two days ago]], on [[{_of(day)}]], has not commented on the bid."],
            {"date": _of(day), "relative": "two days ago"})


@_template
def b11_anachronism_last_month_inflation(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    country = rng.choice(_COUNTRIES)
    return ([f"Inflation in {country} rose to {rng.randint(5, 19)}.{rng.randint(1, 9)} per cent [[last month]], "
             f"the statistics office said of the figures for [[{_my(day)}]]."],
            {"date": _my(day), "relative": "last month"})


@_template
def b11_anachronism_last_year_visitors(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    return ([f"The cathedral welcomed a record {rng.randint(200, 900)},000 visitors [[last year]], in "
             f"[[{year}]], the dean said."], {"date": str(year), "relative": "last year"})


@_template
def b11_anachronism_earlier_today_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 2020, 2025)
    name = rng.choice(_MEN)
    return ([f"{name} was cleared of all charges [[earlier today]], [[{_us(day)}]], after a trial lasting "
             f"{_count(rng.randint(3, 9))} weeks."], {"date": _us(day), "relative": "earlier today"})


@_template
def b11_anachronism_this_week_rainfall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Forecasters said the rain that fell on [[{_uk(day)}]] made [[this week]] the wettest in "
             f"{rng.choice(_TOWNS)} since records began."], {"date": _uk(day), "relative": "this week"})


@_template
def b11_anachronism_fortnight_ago_ferry(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The ferry ran aground [[a fortnight ago]], on [[{_abbr(day)}]], and has still not been refloated."],
            {"date": _abbr(day), "relative": "a fortnight ago"})


@_template
def b11_anachronism_last_weekend_festival(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"About {rng.randint(10, 40)},000 people attended the folk festival in {rng.choice(_TOWNS)} "
             f"[[last weekend]], which opened on [[{_uk(day)}]]."], {"date": _uk(day), "relative": "last weekend"})


@_template
def b11_anachronism_earlier_this_year_recall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The carmaker recalled {rng.randint(20, 90)},000 vehicles [[earlier this year]], in "
             f"[[{_my(day)}]], over faulty airbags."], {"date": _my(day), "relative": "earlier this year"})


@_template
def b11_anachronism_this_afternoon_statement(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"In a statement issued [[this afternoon]], dated [[{_dot(day)}]], the ministry said the border "
             "crossing would remain closed."], {"date": _dot(day), "relative": "this afternoon"})


# --- duration_arithmetic ------------------------------------------------------

@_template
def b11_duration_ago_founded_society(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1995)
    stated = _miss(rng, REFERENCE.year - year)
    return ([f"The {rng.choice(_TOWNS)} Choral Society was founded in [[{year}]], [[{stated} years ago]], by a "
             "group of railway workers."],
            {"stated": f"{stated} years ago", "value": stated, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b11_duration_summit_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2014)
    while start.day > 12:
        start = _date(rng, 1980, 2014)
    length = rng.randint(12, 18)
    end = _plus(start, length)
    stated = rng.randint(2, 4)
    words = _count(stated)
    end_text = _us(end)
    start_text = _md(start) if start.month == end.month else _us(start)
    return ([f"Leaders from {rng.randint(12, 30)} nations attended the [[{words}-day]] summit in "
             f"{rng.choice(_CAPITALS)}, held from [[{start_text}]] to [[{end_text}]]."],
            {"stated": f"{words}-day", "value": stated,
             "start": (start_text, end.year) if start_text == _md(start) else start_text,
             "end": end_text, "unit": "days", "offset": 0})


@_template
def b11_duration_served_years_range(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1950, 1995)
    end = rng.randint(start + 15, min(start + 35, 2015))
    stated = _miss(rng, end - start)
    name = rng.choice(_MEN)
    return ([f"{name} served as the county's coroner for [[{stated} years]], from [[{start}]] to [[{end}]]."],
            {"stated": f"{stated} years", "value": stated, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b11_duration_aged_at_death(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1900, 1950)
    died = rng.randint(born + 35, min(born + 90, 2015))
    stated = _miss(rng, died - born)
    name = rng.choice(_WOMEN)
    return ([f"{name}, who was born in [[{born}]], was [[aged {stated}]] when she died in [[{died}]]."],
            {"stated": f"aged {stated}", "value": stated, "start": str(born), "end": str(died), "unit": "years",
             "offset": 0})


@_template
def b11_duration_strike_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1970, 2014)
    weeks = rng.randint(14, 40)
    end = _plus(start, weeks * 7 + rng.randint(0, 6))
    stated = rng.randint(2, 5)
    return ([f"The [[{_count(stated)}-week]] strike at the {rng.choice(_COMPANIES)} depot began on "
             f"[[{_uk(start)}]] and ended on [[{_uk(end)}]] with a {rng.randint(3, 8)} per cent pay deal."],
            {"stated": f"{_count(stated)}-week", "value": stated, "start": _uk(start), "end": _uk(end),
             "unit": "weeks", "offset": 0})


@_template
def b11_duration_factory_months_later(rng: random.Random) -> tuple[list[str], Facts]:
    opened = _date(rng, 1975, 2008)
    closed = _plus(opened, rng.randint(900, 2400))
    true = _months(opened, closed)
    stated = _miss(rng, true, 10, 20)
    return ([f"The factory opened in [[{_my(opened)}]] and shut its gates just [[{stated} months]] later, in "
             f"[[{_my(closed)}]]."],
            {"stated": f"{stated} months", "value": stated, "start": _my(opened), "end": _my(closed),
             "unit": "months", "offset": 0})


@_template
def b11_duration_choir_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    formed = rng.randint(1930, 1990)
    stated = _miss(rng, REFERENCE.year - formed)
    return ([f"The male voice choir, which was formed in [[{formed}]], will mark its [[{stated}{_suffix(stated)} "
             f"anniversary]] with a concert at {rng.choice(_SAINTS)} Church."],
            {"stated": f"{stated}{_suffix(stated)} anniversary", "value": stated, "start": str(formed), "end": None,
             "unit": "years", "offset": 0})


@_template
def b11_duration_age_apposition(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1935, 1985)
    stated = _miss(rng, REFERENCE.year - born)
    name = rng.choice(_MEN)
    surname = name.split()[1]
    return ([f"The new chairman, [[{name}, {stated}]], has been on the board since it was set up.",
             f"{surname}, who was born in [[{born}]], previously ran a haulage business."],
            {"stated": f"{name}, {stated}", "value": stated, "start": str(born), "end": None, "unit": "years",
             "offset": 0})


@_template
def b11_duration_decade_after(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1950, 1990)
    end = start + rng.choice([rng.randint(20, 25), rng.randint(1, 2)])
    return ([f"The museum finally opened in [[{end}]], [[a decade]] after the collection was bequeathed to the "
             f"town in [[{start}]]."],
            {"stated": "a decade", "value": 10, "start": str(start), "end": str(end), "unit": "years", "offset": 0})


@_template
def b11_duration_half_century_reopened(rng: random.Random) -> tuple[list[str], Facts]:
    closed = rng.randint(1940, 1990)
    reopened = closed + rng.randint(18, 40)
    reopened = min(reopened, 2015)
    return ([f"The branch line was reopened to passengers in [[{reopened}]], [[half a century]] after it was "
             f"closed in [[{closed}]]."],
            {"stated": "half a century", "value": 50, "start": str(closed), "end": str(reopened), "unit": "years",
             "offset": 0})


@_template
def b11_duration_centenary_celebrated(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1900, 1930)
    celebrated = rng.randint(founded + 60, min(founded + 90, 2015))
    team = rng.choice(_TEAMS)
    return ([f"{team}, who were founded in [[{founded}]] by workers at the local ironworks, celebrated their "
             f"[[centenary]] in [[{celebrated}]]."],
            {"stated": "centenary", "value": 100, "start": str(founded), "end": str(celebrated), "unit": "years",
             "offset": 0})


@_template
def b11_duration_festival_days_uk(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2014)
    while start.day > 6:
        start = _date(rng, 1980, 2014)
    length = rng.randint(2, 6)
    end = _plus(start, length)
    stated = length + rng.randint(9, 14)
    return ([f"The [[{stated}-day]] arts festival ran from [[{_dm(start)}]] to [[{_uk(end)}]], with "
             f"{rng.randint(40, 120)} events in {rng.choice(_TOWNS)}."],
            {"stated": f"{stated}-day", "value": stated, "start": (_dm(start), end.year), "end": _uk(end),
             "unit": "days", "offset": 0})


@_template
def b11_duration_inquiry_months(rng: random.Random) -> tuple[list[str], Facts]:
    opened = _date(rng, 1980, 2009)
    reported = _plus(opened, rng.randint(1100, 2200))
    stated = _miss(rng, _months(opened, reported), 10, 24)
    return ([f"The inquiry, which sat for [[{stated} months]], opened on [[{_uk(opened)}]] and published its "
             f"final report on [[{_uk(reported)}]]."],
            {"stated": f"{stated} months", "value": stated, "start": _uk(opened), "end": _uk(reported),
             "unit": "months", "offset": 0})


@_template
def b11_duration_full_term_served(rng: random.Random) -> tuple[list[str], Facts]:
    jailed = rng.randint(1970, 2000)
    released = jailed + rng.randint(3, 8)
    stated = released - jailed + rng.randint(9, 14)
    name = rng.choice(_MEN)
    return ([f"{name} was jailed in [[{jailed}]] and released in [[{released}]] after serving the full "
             f"[[{stated}-year]] term."],
            {"stated": f"{stated}-year", "value": stated, "start": str(jailed), "end": str(released),
             "unit": "years", "offset": 0})


@_template
def b11_duration_months_ago_opened(rng: random.Random) -> tuple[list[str], Facts]:
    opened = _date(rng, 1995, 2011)
    stated = rng.randint(6, 20)
    return ([f"The food bank, which opened its doors in [[{_my(opened)}]], [[{_count(stated)} months ago]], now "
             f"feeds {rng.randint(100, 600)} families a week."],
            {"stated": f"{_count(stated)} months ago", "value": stated, "start": _my(opened), "end": None,
             "unit": "months", "offset": 0})


@_template
def b11_duration_age_when_gold(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1930, 1975)
    won = born + rng.randint(17, 34)
    stated = _miss(rng, won - born, 9, 14)
    name = rng.choice(_WOMEN)
    return ([f"{name}, born in [[{born}]], was just [[{stated}]] when she won the Olympic gold medal in "
             f"[[{won}]]."],
            {"stated": str(stated), "value": stated, "start": str(born), "end": str(won), "unit": "years",
             "offset": 0})


@_template
def b11_duration_in_its_year(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1950, 2000)
    ordinal = _miss(rng, REFERENCE.year - founded + 1)
    return ([f"Now in its [[{ordinal}{_suffix(ordinal)} year]], the literary magazine was launched in "
             f"[[{founded}]] by two students at the university."],
            {"stated": f"{ordinal}{_suffix(ordinal)} year", "value": ordinal, "start": str(founded), "end": None,
             "unit": "years", "offset": -1})


@_template
def b11_duration_weeks_later_discharged(rng: random.Random) -> tuple[list[str], Facts]:
    admitted = _date(rng, 1985, 2014)
    weeks = rng.randint(14, 30)
    discharged = _plus(admitted, weeks * 7 + rng.randint(0, 6))
    stated = rng.randint(2, 4)
    return ([f"The climber was airlifted to hospital on [[{_us(admitted)}]].",
             f"He was discharged [[{_count(stated)} weeks]] later, on [[{_us(discharged)}]]."],
            {"stated": f"{_count(stated)} weeks", "value": stated, "start": _us(admitted), "end": _us(discharged),
             "unit": "weeks", "offset": 0})


@_template
def b11_duration_years_on_disaster(rng: random.Random) -> tuple[list[str], Facts]:
    disaster = rng.randint(1955, 1985)
    gathering = rng.randint(disaster + 28, min(disaster + 45, 2015))
    stated = rng.choice([10, 15, 20])
    return ([f"Survivors and relatives gathered at the colliery gates in [[{gathering}]], [[{_count(stated)} "
             f"years]] on from the [[{disaster}]] pit disaster."],
            {"stated": f"{_count(stated)} years", "value": stated, "start": str(disaster),
             "end": str(gathering), "unit": "years", "offset": 0})


@_template
def b11_duration_reign_manager(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1960, 1995)
    end = rng.randint(start + 2, start + 5)
    stated = end - start + rng.randint(9, 15)
    team = rng.choice(_TEAMS)
    return ([f"His [[{stated}-year]] reign as manager of {team}, from [[{start}]] to [[{end}]], brought "
             f"{_count(rng.randint(2, 5))} trophies."],
            {"stated": f"{stated}-year", "value": stated, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b11_duration_trial_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    opened = _date(rng, 1985, 2014)
    verdict = _plus(opened, rng.randint(100, 200))
    stated = rng.randint(2, 4)
    return ([f"The [[{_count(stated)}-week]] fraud trial opened on [[{_ap(opened)}]], and the jury returned its "
             f"verdicts on [[{_ap(verdict)}]]."],
            {"stated": f"{_count(stated)}-week", "value": stated, "start": _ap(opened), "end": _ap(verdict),
             "unit": "weeks", "offset": 0})


@_template
def b11_duration_years_ago_built(rng: random.Random) -> tuple[list[str], Facts]:
    built = rng.randint(1880, 1990)
    stated = _miss(rng, REFERENCE.year - built)
    return ([f"The lighthouse was built in [[{built}]], [[{_count(stated)} years ago]], to guard the approach to "
             f"the harbour."],
            {"stated": f"{_count(stated)} years ago", "value": stated, "start": str(built), "end": None,
             "unit": "years", "offset": 0})


@_template
def b11_duration_age_at_death_full_dates(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1910, 1960)
    died = _date(rng, born.year + 40, min(born.year + 85, 2015))
    stated = _miss(rng, _years(born, died))
    name = rng.choice(_MEN)
    return ([f"{name}, who died on [[{_uk(died)}]] at the age of [[{stated}]], was born on [[{_uk(born)}]] in a "
             "mining village."],
            {"stated": str(stated), "value": stated, "start": _uk(born), "end": _uk(died), "unit": "years",
             "offset": 0})


@_template
def b11_duration_days_later_successor(rng: random.Random) -> tuple[list[str], Facts]:
    resigned = _date(rng, 1980, 2014)
    named = _plus(resigned, rng.randint(35, 120))
    stated = rng.randint(3, 15)
    return ([f"The archbishop resigned on [[{_uk(resigned)}]], and his successor was named [[{_count(stated)} "
             f"days]] later, on [[{_uk(named)}]]."],
            {"stated": f"{_count(stated)} days", "value": stated, "start": _uk(resigned), "end": _uk(named),
             "unit": "days", "offset": 0})


BLIND11_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b11_weekday_wire_ceasefire,
        b11_weekday_magistrates_bail,
        b11_weekday_obituary_peacefully,
        b11_weekday_derby_kickoff,
        b11_weekday_earnings_short,
        b11_weekday_commission_fronted,
        b11_weekday_storm_parenthesis,
        b11_weekday_rail_report_iso,
        b11_weekday_appeal_dotted,
        b11_weekday_premiere_separated,
        b11_weekday_wedding_ordinal,
        b11_weekday_byelection_pronoun,
        b11_weekday_probe_liftoff,
        b11_weekday_hospital_short_uk,
        b11_weekday_chapel_consecrated,
        b11_weekday_semifinal_end,
        b11_weekday_marathon_year_elsewhere,
        b11_weekday_signal_failure_th,
        b11_weekday_jury_verdict,
        b11_weekday_snow_schools,
        b11_weekday_timeline_entry,
        b11_weekday_walkout_union,
        b11_weekday_museum_ap_weekday,
        b11_weekday_shop_steward_quote,
    ],
    "impossible_date": [
        b11_impossible_rate_decision,
        b11_impossible_born_obituary,
        b11_impossible_contract_dated,
        b11_impossible_sentencing_adjourned,
        b11_impossible_licence_iso,
        b11_impossible_passport_dotted,
        b11_impossible_ordinal_words,
        b11_impossible_ap_mayor,
        b11_impossible_leap_ordinal,
        b11_impossible_fixture_no_year,
        b11_impossible_paper_submitted,
        b11_impossible_vaccination_campaign,
        b11_impossible_planning_abbr,
        b11_impossible_album_release,
        b11_impossible_consecration_words,
        b11_impossible_timetable_change,
        b11_impossible_rainfall_no_year,
        b11_impossible_accord_geneva,
        b11_impossible_fiscal_year_appositive,
        b11_impossible_fronted,
        b11_impossible_promotion_pronoun,
        b11_impossible_robbery_th,
        b11_impossible_exam_results_leap,
        b11_impossible_court_filing_month_first,
    ],
    "restated_event": [
        b11_restated_same_border_treaty,
        b11_restated_same_bridge_opened,
        b11_restated_same_founded_brewery,
        b11_restated_same_merger_completed,
        b11_restated_same_only_flood,
        b11_restated_same_first_elected,
        b11_restated_same_dock_strike,
        b11_restated_same_international_debut,
        b11_restated_same_earthquake_city,
        b11_restated_same_conviction_quashed,
        b11_restated_same_ordination,
        b11_restated_same_comet_discovered,
        b11_restated_same_acquisition_closed,
        b11_restated_same_play_premiere,
        b11_restated_same_relegation,
        b11_restated_same_cholera_outbreak,
        b11_restated_same_ceasefire_agreed,
        b11_restated_diff_accord_deal,
        b11_restated_diff_opened_founding,
        b11_restated_diff_died_death,
        b11_restated_diff_born_birth_plaque,
        b11_restated_diff_elected_victory,
        b11_restated_diff_merged_merger,
        b11_restated_diff_acquired_takeover,
        b11_restated_diff_retired_retirement,
        b11_restated_diff_launched_launch,
        b11_restated_diff_closed_closure,
        b11_restated_diff_fire_blaze,
        b11_restated_diff_inaugurated_opening_day,
        b11_restated_diff_collapse_collapsed,
        b11_restated_diff_appointed_appointment,
        b11_restated_diff_married_wedding,
        b11_restated_diff_abolished_abolition,
        b11_restated_diff_invasion_invaded,
    ],
    "order_violation": [
        b11_order_after_summit,
        b11_order_following_collapse,
        b11_order_aftermath_defences,
        b11_order_resigned_before_scandal,
        b11_order_prior_to_joining,
        b11_order_ahead_of_election,
        b11_order_wake_of_derailment,
        b11_order_preceded_by_walkout,
        b11_order_only_after_completion,
        b11_order_subsequent_ruling,
        b11_order_paved_the_way,
        b11_order_recall_followed_complaints,
        b11_order_levee_in_response,
        b11_order_first_then_runner_up,
        b11_order_before_becoming_mayor,
        b11_order_run_up_to_games,
        b11_order_heels_of_warning,
        b11_order_had_already_stepped_down,
        b11_order_preceding_vote,
        b11_order_recession_followed_by_boom,
        b11_order_discharged_month_day,
        b11_order_once_dam_completed,
        b11_order_years_before_reunification,
        b11_order_promotion_pronoun,
    ],
    "publication_anachronism": [
        b11_anachronism_record_profit,
        b11_anachronism_minister_resigned,
        b11_anachronism_bridge_reopened,
        b11_anachronism_referendum_rejected,
        b11_anachronism_obituary_reference,
        b11_anachronism_retired_after_title,
        b11_anachronism_study_published,
        b11_anachronism_court_struck_down,
        b11_anachronism_hurricane_destroyed,
        b11_anachronism_tram_ridership,
        b11_anachronism_branch_closed_iso,
        b11_anachronism_painting_auction,
        b11_anachronism_yesterday_arrested,
        b11_anachronism_last_week_inspectors,
        b11_anachronism_this_morning_closure,
        b11_anachronism_earlier_this_month_vote,
        b11_anachronism_last_night_gig,
        b11_anachronism_two_days_ago_board,
        b11_anachronism_last_month_inflation,
        b11_anachronism_last_year_visitors,
        b11_anachronism_earlier_today_verdict,
        b11_anachronism_this_week_rainfall,
        b11_anachronism_fortnight_ago_ferry,
        b11_anachronism_last_weekend_festival,
        b11_anachronism_earlier_this_year_recall,
        b11_anachronism_this_afternoon_statement,
    ],
    "duration_arithmetic": [
        b11_duration_ago_founded_society,
        b11_duration_summit_days,
        b11_duration_served_years_range,
        b11_duration_aged_at_death,
        b11_duration_strike_weeks,
        b11_duration_factory_months_later,
        b11_duration_choir_anniversary,
        b11_duration_age_apposition,
        b11_duration_decade_after,
        b11_duration_half_century_reopened,
        b11_duration_centenary_celebrated,
        b11_duration_festival_days_uk,
        b11_duration_inquiry_months,
        b11_duration_full_term_served,
        b11_duration_months_ago_opened,
        b11_duration_age_when_gold,
        b11_duration_in_its_year,
        b11_duration_weeks_later_discharged,
        b11_duration_years_on_disaster,
        b11_duration_reign_manager,
        b11_duration_trial_weeks,
        b11_duration_years_ago_built,
        b11_duration_age_at_death_full_dates,
        b11_duration_days_later_successor,
    ],
}
