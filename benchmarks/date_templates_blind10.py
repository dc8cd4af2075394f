"""``blind10`` injected date-conflict templates for ``benchmarks/date_conflicts.py``.

Kept in its own module so that it can be imported (by the benchmark and by
``tests/test_date_templates_blind10.py``) without importing the detector.
"""

# ---------------------------------------------------------------------------
# ``blind10`` templates.  Written on 2026-11-23 (about 01:40-02:05 UTC) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind9.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind9.py; in benchmarks/date_templates_blind9.py
# the header comment, constants, name lists and helpers (lines 1-216, which
# end with its first template, b9_weekday_jury_us) and the first lines of the
# final ``BLIND9_TEMPLATES`` dict (lines 1356-1360, which name its first three
# weekday templates); in benchmarks/date_conflicts.py the module docstring,
# the import lines and the ``INDEPENDENT_SETS`` mapping.  Disclosure of what
# was seen by accident: the ``grep -n`` used to locate ``INDEPENDENT_SETS``
# (and the import lines) in date_conflicts.py also printed the lines of
# ``run()``/the argument parser that use it (``if split in INDEPENDENT_SETS:``,
# ``templates = INDEPENDENT_SETS[split][kind]`` and the ``--split`` choices)
# and the import line showing the benchmark imports ``CONFLICT_KINDS`` and
# ``analyse_dates`` from the detector module (names only; no detector logic
# was seen); a ``grep -n "^def \|^@_template"`` over blind9 printed the names
# of its first five weekday templates (b9_weekday_jury_us,
# b9_weekday_derby_crowd, b9_weekday_shareholders_ap, b9_weekday_trial_dotted,
# b9_weekday_council_fronted), names only; ``ls tests`` listed the file names
# of the detector's date tests (not opened); ``git log --oneline`` showed the
# last five commit subjects (one says the date_conflicts results were re-run
# "after round 8 (same figures)", no figures for the date detector); a line-
# length check printed only line numbers and lengths of date_conflicts.py's
# long lines.  tests/conftest.py was not opened
# (``load_benchmark`` is used as blind9's test uses it).  No template here
# copies blind9's wording; nouns, names and phrasings were written fresh.
# The templates were only run through their own generators,
# tests/test_date_templates_blind10.py (well-formedness, and ``datetime``
# checks, from the rendered text, that each conflict is real) and a throwaway
# script running the same checks over 2,000 seeds per template, never through
# the detector; ``benchmarks/date_conflicts.py`` was not run by the author
# (only byte-compiled with ``py_compile`` after adding the two lines for
# ``blind10``).
# This is the current independent test set while ``development``/``held_out``
# and ``blind`` to ``blind9`` serve as development data: run it once for a
# measurement and do NOT use it to change the detector or its lexicons.  Every
# template is used (no index parity): ``--split blind10``.
#
# Conventions (as in blind9).  Marked spans ([[...]]) are the two sides of the
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
# templates are named ``b10_restated_same_*`` when both places use the same
# head word for the event and ``b10_restated_diff_*`` when they use a
# different word or form; in every one the two places unmistakably describe
# one event.  Each template is 1-3 sentences.
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

_WOMEN = ["Marisol Etxeberria", "Oona Kettunen", "Dervla Moynihan", "Chiamaka Obi", "Ilse Vandermeer",
          "Renata Kowalczyk", "Tamsin Prideaux", "Nadia Haddad", "Leilani Makoa", "Greta Solberg"]
_MEN = ["Tobias Wrenfield", "Kwabena Asante", "Rafael Quintero", "Declan Fahey", "Piotr Wasilewski",
        "Anand Venkataraman", "Bastien Moreau", "Oluwaseun Bakare", "Hamish Drummond", "Stellan Berg"]
_TOWNS = ["Morpeth", "Clitheroe", "Bridport", "Ormskirk", "Penrith", "Lydney", "Brecon", "Spalding", "Tiverton",
          "Oban"]
_US_CITIES = ["Macon", "Provo", "Erie", "Bozeman", "Topeka", "Lansing", "Reno", "Billings", "Asheville", "Eugene"]
_CAPITALS = ["Vilnius", "Accra", "Montevideo", "Tbilisi", "Windhoek", "Ljubljana", "Hanoi", "Quito"]
_COMPANIES = ["Calderwood Mining", "Pellham Biotech", "Norrland Paper", "Vantree Semiconductors",
              "Ashgrove Dairies", "Kestrel Freight", "Orvieto Ceramics"]
_TEAMS = ["Ellesmere Wanderers", "Blackmoor Rangers", "Fenwick Albion", "Castlegate FC", "Redbank Harriers",
          "Holloway Vale"]
_COUNTIES = ["Cass", "Benton", "Lyon", "Pike", "Sumner", "Clay", "Grady"]
_RIVERS = ["Severn", "Tamar", "Wear", "Ribble", "Teme", "Usk"]
_PORTS = ["Rotterdam", "Antwerp", "Gdansk", "Valencia", "Piraeus", "Felixstowe", "Le Havre"]
_PLACES = ["Harlow", "Alderley", "Kinross", "Westbury", "Marston", "Pendle", "Cranleigh", "Ashby"]


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


def _in_year(rng: random.Random, year: int) -> datetime.date:
    return _date(rng, year, year)


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


def _month(rng: random.Random) -> str:
    return rng.choice(MONTHS)


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


def _never(rng: random.Random) -> tuple[str, int]:
    """A month name and a day it never has (no 29 February)."""
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return MONTHS[month - 1], day


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
def b10_weekday_dateline_recount(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"{rng.choice(_CAPITALS).upper()} (Reuters) - Election officials began a partial recount of the "
             f"presidential vote on [[{wd}, {text}]], two days after opposition parties rejected the provisional "
             f"results."], {"weekday": wd, "date": text})


@_template
def b10_weekday_crown_court_jailed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _uk(day)
    home, court = rng.sample(_TOWNS, 2)
    return ([f"{rng.choice(_MEN)}, of {home}, was jailed for {rng.randint(6, 30)} months at {court} Crown Court on "
             f"[[{wd} {text}]] after admitting two counts of fraud by abuse of position."],
            {"weekday": wd, "date": text})


@_template
def b10_weekday_funeral_mass(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _of(day)
    return ([f"A funeral Mass for {rng.choice(_WOMEN)} was celebrated at the Church of St Columba, "
             f"{rng.choice(_TOWNS)}, on [[{wd}, {text}]], and burial followed in the parish cemetery."],
            {"weekday": wd, "date": text})


@_template
def b10_weekday_floodlit_win(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _uk(day)
    team = rng.choice(_TEAMS)
    return ([f"{team}'s only league win at {rng.choice(_PLACES)} Road that season came on a [[{wd}]] night under the "
             f"floodlights.",
             f"The game, played on [[{text}]], finished {rng.randint(2, 4)}-{rng.randint(0, 1)} in front of "
             f"{rng.randint(2000, 9000):,} spectators."], {"weekday": wd, "date": text})


@_template
def b10_weekday_profit_warning_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, SHORT_WEEKDAYS)
    text = _abbr(day)
    return ([f"Shares of {rng.choice(_COMPANIES)} fell {rng.randint(4, 19)} percent in early trading [[{wd}, {text}]] "
             f"after the company cut its full-year revenue forecast."], {"weekday": wd, "date": text})


@_template
def b10_weekday_outage_log_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _iso(day)
    return ([f"According to the operator's incident log, the outage began at {rng.randint(0, 23):02d}:"
             f"{rng.randint(0, 59):02d} on [[{text} ({wd})]] and affected about {rng.randint(12, 90)},000 customers "
             f"in {rng.choice(_COUNTIES)} County."], {"weekday": wd, "date": text})


@_template
def b10_weekday_possessive_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    ayes = rng.randint(12, 20)
    return ([f"[[{wd}'s]] vote in the state Senate, held on [[{text}]] after a filibuster collapsed, went "
             f"{ayes + rng.randint(1, 6)}-{ayes} against the amendment."], {"weekday": wd, "date": text})


@_template
def b10_weekday_probe_liftoff(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _uk(day)
    site = rng.choice(["Kourou", "Baikonur", "Cape Canaveral", "Tanegashima", "Sriharikota"])
    return ([f"The probe lifted off from {site} at {rng.randint(1, 11)}:{rng.randint(0, 59):02d} a.m. local time on "
             f"[[{wd}, {text}]], carrying instruments built by {_count(rng.randint(3, 14))} universities."],
            {"weekday": wd, "date": text})


@_template
def b10_weekday_aldermen_rezoning(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    site = rng.choice(["rail yard", "foundry", "bus garage", "creamery", "tannery"])
    return ([f"The Board of Aldermen voted {rng.randint(5, 9)}-{rng.randint(1, 4)} at its regular meeting "
             f"[[{wd}, {text}]] to rezone the former {site} site for housing."], {"weekday": wd, "date": text})


@_template
def b10_weekday_last_shift_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    return ([f"On [[{wd}, {text}]], the last shift clocked out at the {rng.choice(_COMPANIES)} plant in "
             f"{rng.choice(_US_CITIES)}, and the gates were chained shut within the hour."],
            {"weekday": wd, "date": text})


@_template
def b10_weekday_walkout_appositive(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    return ([f"The walkout began at dawn on [[{text}]], a [[{wd}]], when {rng.randint(80, 600)} drivers failed to "
             f"report for their shifts at the {rng.choice(_US_CITIES)} depot."], {"weekday": wd, "date": text})


@_template
def b10_weekday_opera_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"The opera had its premiere at the {rng.choice(_TOWNS)} Playhouse on the evening of [[{wd} {text}]], "
             f"with {rng.choice(_WOMEN)} singing the title role."], {"weekday": wd, "date": text})


@_template
def b10_weekday_bourse_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _dot(day)
    exchange = rng.choice(["Frankfurt exchange", "Vienna bourse", "Zurich exchange", "Oslo bourse"])
    return ([f"The {exchange} suspended trading in {rng.choice(_COMPANIES)} shares on [[{wd}, {text}]], citing "
             f"irregularities in the company's quarterly filing."], {"weekday": wd, "date": text})


@_template
def b10_weekday_burial_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"\"We buried him on a [[{wd}]], in the pouring rain,\" his sister, {rng.choice(_WOMEN)}, said.",
             f"Cemetery records show the burial took place on [[{text}]]."], {"weekday": wd, "date": text})


@_template
def b10_weekday_storm_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"The storm made landfall near {rng.choice(_US_CITIES)} late on [[{wd}, {text}]], knocking out power to "
             f"about {rng.randint(20, 400)},000 homes and businesses."], {"weekday": wd, "date": text})


@_template
def b10_weekday_mayoral_poll_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    md = f"{MONTHS[day.month - 1]} {day.day}"
    return ([f"Turnout in the [[{day.year}]] mayoral election, held on [[{wd}, {md}]], was the lowest the city has "
             f"recorded, at {rng.randint(19, 34)} percent."], {"weekday": wd, "date": (md, day.year)})


@_template
def b10_weekday_ship_docked_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = f"the {day.day}{_suffix(day.day)} of {MONTHS[day.month - 1]} {day.year}"
    ship = rng.choice(["Nordic Heron", "Maersk Tarragona", "Sea Kestrel", "Arctic Lantern"])
    return ([f"The container ship {ship} docked at {rng.choice(_PORTS)} on [[{wd} {text}]], three weeks behind "
             f"schedule."], {"weekday": wd, "date": text})


@_template
def b10_weekday_arrest_outside_store(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"Police said the suspect was taken into custody without incident shortly after {rng.randint(7, 11)} "
             f"p.m. [[{wd}, {text}]], outside a convenience store on {rng.choice(['Elm', 'Fulton', 'Grand'])} "
             f"Avenue."], {"weekday": wd, "date": text})


@_template
def b10_weekday_bill_tracker(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, SHORT_WEEKDAYS)
    text = _abbr_uk(day)
    return ([f"The governor signed the measure into law on [[{wd} {text}]], according to the legislature's bill "
             f"tracker."], {"weekday": wd, "date": text})


@_template
def b10_weekday_schools_reopen(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    return ([f"Schools across the district did not reopen until [[{wd}, {text}]], after crews had cleared ice from "
             f"{rng.randint(30, 140)} bus routes."], {"weekday": wd, "date": text})


@_template
def b10_weekday_second_reading(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _uk(day)
    return ([f"The bill received its second reading in the Commons on [[{wd} {text}]] and was carried by "
             f"{rng.randint(11, 160)} votes."], {"weekday": wd, "date": text})


@_template
def b10_weekday_ten_thousand_metres(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _us(day)
    return ([f"{rng.choice(_WOMEN)} won the 10,000 metres at the national championships in "
             f"{rng.choice(_US_CITIES)} on [[{wd}, {text}]], finishing {rng.randint(2, 9)}.{rng.randint(1, 9)} "
             f"seconds clear of the field."], {"weekday": wd, "date": text})


@_template
def b10_weekday_bishop_letter(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = f"{day.day}{_suffix(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return ([f"In a letter dated [[{wd}, {text}]], the bishop told parishioners that St Aidan's would close "
             f"because of falling attendance."], {"weekday": wd, "date": text})


@_template
def b10_weekday_docket_dash(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _ap(day)
    return ([f"Jury selection began on [[{text}]] — a [[{wd}]], according to the court docket — and opening "
             f"statements followed two days later."], {"weekday": wd, "date": text})


@_template
def b10_weekday_wedding_notice(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = _uk(day)
    bride = rng.choice(_WOMEN).split()[0]
    groom = rng.choice(_MEN).split()[0]
    return ([f"{bride} and {groom} were married at the Methodist chapel in {rng.choice(_TOWNS)} on "
             f"[[{wd}, {text}]], the bride's parents have announced."], {"weekday": wd, "date": text})


# --- impossible_date ------------------------------------------------------------

@_template
def b10_impossible_complaint_filed(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng))
    return ([f"The complaint, filed in {rng.choice(_COUNTIES)} County Circuit Court on [[{text}]], alleges that the "
             f"contractor billed the county for work it never performed."], {"date": text})


@_template
def b10_impossible_born_nurse(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng, 1920, 1960))
    town, city = rng.choice(_TOWNS), rng.choice(["Glasgow", "Leeds", "Bristol", "Cardiff"])
    return ([f"Born on [[{text}]] in {town}, she trained as a nurse at the local infirmary before moving to {city}."],
            {"date": text})


@_template
def b10_impossible_lease_ran(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng))
    return ([f"Under the original lease, which ran until [[{text}]], the club paid a nominal rent for the ground "
             f"and its pavilion."], {"date": text})


@_template
def b10_impossible_trawler_register_iso(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_impossible(rng))
    return ([f"The shipping register lists the trawler as deregistered on [[{text}]], after it was sold for scrap "
             f"in {rng.choice(_PORTS)}."], {"date": text})


@_template
def b10_impossible_works_council_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dot(_impossible(rng))
    return ([f"The minutes of the works council meeting, dated [[{text}]], record that {rng.randint(40, 400)} "
             f"redundancies were agreed with the union."], {"date": text})


@_template
def b10_impossible_deed_in_words(rng: random.Random) -> tuple[list[str], Facts]:
    word, month = rng.choice([("thirtieth", "February"), ("thirty-first", "February"), ("thirty-first", "April"),
                              ("thirty-first", "June"), ("thirty-first", "September"),
                              ("thirty-first", "November")])
    text = f"the {word} of {month}"
    return ([f"The deed, executed on [[{text}]], {rng.randint(1820, 1910)}, transferred the estate and its "
             f"farms to the diocese."], {"date": text})


@_template
def b10_impossible_season_opened_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = _never(rng)
    text = f"{month} {day}"
    return ([f"The {rng.randint(1980, 2014)} salmon season on the {rng.choice(_RIVERS)} opened on [[{text}]], a week "
             f"later than usual because of high water."], {"date": text})


@_template
def b10_impossible_division_sale_leap(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_Day(_common_year(rng.randint(1970, 2014)), 2, 29))
    division = rng.choice(["frozen foods", "packaging", "agricultural chemicals", "printing"])
    return ([f"The company completed the sale of its {division} division on [[{text}]] for an undisclosed sum."],
            {"date": text})


@_template
def b10_impossible_cup_replay(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng))
    return ([f"The replay was rescheduled for [[{text}]] after the original tie at {rng.choice(_PLACES)} Park was "
             f"abandoned because of a waterlogged pitch."], {"date": text})


@_template
def b10_impossible_paper_received(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng, 1985, 2014))
    return ([f"The paper, received by the journal on [[{text}]] and accepted after two rounds of review, describes "
             f"{_count(rng.randint(3, 17))} new species of ground beetle."], {"date": text})


@_template
def b10_impossible_brussels_dateline(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_impossible(rng, 1995, 2014))
    return ([f"BRUSSELS, [[{text}]] — European agriculture ministers failed to agree on milk quotas after "
             f"{rng.randint(14, 30)} hours of talks."], {"date": text})


@_template
def b10_impossible_polling_day(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng))
    return ([f"Polling day was set for [[{text}]], the electoral commission said in its notice to candidates."],
            {"date": text})


@_template
def b10_impossible_deadline_possessive(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng))
    return ([f"The [[{text}]] deadline for objections passed without a single submission from residents, planning "
             f"officials said."], {"date": text})


@_template
def b10_impossible_festival_range(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice(["April", "June", "September", "November"])
    text = f"{month} 31"
    return ([f"The {rng.randint(1975, 2014)} {rng.choice(_TOWNS)} folk festival ran from {month} "
             f"{rng.randint(24, 28)} to [[{text}]], drawing about {rng.randint(3, 40)},000 visitors."],
            {"date": text})


@_template
def b10_impossible_invoices_backdated(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_impossible(rng))
    return ([f"Auditors found that {rng.randint(12, 90)} invoices had been stamped as paid on [[{text}]], weeks "
             f"before the goods arrived."], {"date": text})


@_template
def b10_impossible_letter_among_papers(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_impossible(rng, 1900, 1990))
    return ([f"The letter, dated [[{text}]], was found among his papers after his death."], {"date": text})


@_template
def b10_impossible_stake_filing_iso(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_Day(_common_year(rng.randint(1990, 2014)), 2, 29))
    return ([f"In a regulatory filing dated [[{text}]], {rng.choice(_COMPANIES)} disclosed a {rng.randint(5, 29)} "
             f"percent stake held by a Cayman Islands fund."], {"date": text})


@_template
def b10_impossible_interest_accrued(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng))
    return ([f"Interest on the loan accrued through [[{text}]], the bank's statement to the court shows."],
            {"date": text})


@_template
def b10_impossible_wind_farm_objections(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_impossible(rng))
    return ([f"Objections to the wind farm had to be lodged with {rng.choice(_TOWNS)} District Council by "
             f"[[{text}]]."], {"date": text})


@_template
def b10_impossible_contract_signed(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng))
    return ([f"{rng.choice(_MEN)} signed a {_count(rng.randint(2, 4))}-year contract with {rng.choice(_TEAMS)} on "
             f"[[{text}]], the club announced."], {"date": text})


@_template
def b10_impossible_birthday_quote(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = _never(rng)
    text = f"{month} {day}{_suffix(day)}"
    return ([f"\"It was [[{text}]], I remember it exactly, because it was my mother's birthday,\" "
             f"{rng.choice(_WOMEN)} told the inquiry."], {"date": text})


@_template
def b10_impossible_warrant_abbr_uk(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr_uk(_impossible(rng))
    return ([f"The search warrant, executed on [[{text}]], was later ruled invalid by the appeal court."],
            {"date": text})


@_template
def b10_impossible_council_minutes_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_impossible(rng))
    act = rng.choice(["ban overnight parking on Main Street", "sell the old fire station",
                      "raise water rates by 6 percent"])
    return ([f"On [[{text}]], the city council voted to {act}, according to the minutes."], {"date": text})


@_template
def b10_impossible_census_night(rng: random.Random) -> tuple[list[str], Facts]:
    d = _impossible(rng, 1851, 1931, leap_trap=False)
    text = f"the {d.day}{_suffix(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"
    return ([f"Enumerators were told to record every person present in the household on the night of "
             f"[[{text}]]."], {"date": text})


# --- restated_event: same head word ---------------------------------------------

@_template
def b10_restated_same_treaty(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1955, 2013)
    second = _my(_in_year(rng, _other_year(rng, first)))
    return ([f"Fishing crews in {rng.choice(_PORTS)} have long complained about the quotas set by the [[{first}]] "
             f"treaty between Norway and the Faroe Islands.",
             f"The treaty, signed in Copenhagen in [[{second}]], has never been renegotiated."],
            {"dates": [str(first), second]})


@_template
def b10_restated_same_bridge_opened(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2010)
    second = _my(_in_year(rng, _other_year(rng, first)))
    street = rng.choice(["Carver", "Lowell", "Huron", "Delancey"])
    return ([f"The {street} Street bridge, which opened in [[{first}]], carries about {rng.randint(11, 60)},000 "
             f"vehicles a day across the river.",
             f"According to the state transportation department, the bridge opened in [[{second}]] and has never "
             f"been substantially rebuilt."], {"dates": [str(first), second]})


@_template
def b10_restated_same_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1970, 2013)
    second = _ap(_in_year(rng, _other_year(rng, first)))
    a, b = rng.sample(_COMPANIES, 2)
    return ([f"The [[{first}]] merger of {a} and {b} created the region's largest private employer.",
             f"Since the merger, which took effect on [[{second}]], the combined company has closed "
             f"{_count(rng.randint(3, 9))} plants."], {"dates": [str(first), second]})


@_template
def b10_restated_same_orchestra_founded(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1920, 1990)
    second = _other_year(rng, first, 1910, 2000)
    town = rng.choice(_TOWNS)
    return ([f"Founded in [[{first}]] by a group of schoolteachers, the {town} Philharmonic now gives about "
             f"{rng.randint(20, 60)} concerts a season.",
             f"{rng.choice(_WOMEN)}, its principal conductor, said the orchestra was founded in [[{second}]] with "
             f"just {_count(rng.randint(11, 19))} players."], {"dates": [str(first), str(second)]})


@_template
def b10_restated_same_mill_fire(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1950, 2012)
    first = f"{_month(rng)} {year}"
    second = _us(_in_year(rng, _other_year(rng, year)))
    return ([f"The [[{first}]] fire at the {rng.choice(_PLACES)} textile mill destroyed the records of more than "
             f"{rng.randint(2, 9)},000 former employees.",
             f"The fire, which broke out in the dye house on [[{second}]], took {_count(rng.randint(6, 15))} crews "
             f"most of the night to bring under control."], {"dates": [first, second]})


@_template
def b10_restated_same_first_elected(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2012)
    second = _other_year(rng, first, 1975, 2014)
    return ([f"{rng.choice(_WOMEN)}, first elected to the county council in [[{first}]], will not seek another "
             f"term.",
             f"She was first elected in [[{second}]], defeating the sitting councillor by {rng.randint(12, 400)} "
             f"votes."], {"dates": [str(first), str(second)]})


@_template
def b10_restated_same_married_obit(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 1985)
    second = _uk(_in_year(rng, _other_year(rng, first, 1945, 1990)))
    man = rng.choice(_MEN)
    return ([f"{man} and his wife, {rng.choice(_WOMEN).split()[0]}, married in [[{first}]] at St Michael's church "
             f"in {rng.choice(_TOWNS)}.",
             f"After they married on [[{second}]], the couple ran the village post office together for decades."],
            {"dates": [str(first), second]})


@_template
def b10_restated_same_jury_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1980, 2013)
    first = f"{_month(rng)} {year}"
    second = _ap(_in_year(rng, _other_year(rng, year, 1978, 2015, 1, 6)))
    return ([f"Lawyers for {rng.choice(_MEN)} filed their appeal within weeks of the jury's verdict in [[{first}]].",
             f"The verdict, delivered on [[{second}]] after {_count(rng.randint(2, 9))} days of deliberation, found "
             f"him guilty on all counts."], {"dates": [first, second]})


@_template
def b10_restated_same_cup_final(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2013)
    second = _uk(_in_year(rng, _other_year(rng, first)))
    team = rng.choice(_TEAMS)
    return ([f"{rng.choice(_MEN)} scored twice as {team} won the [[{first}]] cup final, the club's only major "
             f"trophy.",
             f"That final, played at {rng.choice(_PLACES)} Park on [[{second}]], drew a crowd of "
             f"{rng.randint(11, 48)},{rng.randint(100, 999)}."], {"dates": [str(first), second]})


@_template
def b10_restated_same_eruption(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2012)
    second = _us(_in_year(rng, _other_year(rng, first)))
    volcano = rng.choice(["Mount Telaku", "Cerro Azulado", "Volcan Pichara", "Mount Oruaiti"])
    return ([f"Ash from the [[{first}]] eruption of {volcano} still lies a metre deep in parts of the valley.",
             f"Geologists at the national university said the eruption began on [[{second}]] and lasted "
             f"{_count(rng.randint(3, 19))} days."], {"dates": [str(first), second]})


@_template
def b10_restated_same_dock_strike(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2005)
    second = _my(_in_year(rng, _other_year(rng, first)))
    return ([f"Memories of the [[{first}]] dock strike still divide families in {rng.choice(_TOWNS)}.",
             f"The strike began in [[{second}]], when {rng.randint(300, 1900)} dockers walked out over the use of "
             f"casual labour."], {"dates": [str(first), second]})


@_template
def b10_restated_same_car_seat_recall(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1985, 2014)
    second = _abbr(_in_year(rng, _other_year(rng, first, 1980, 2015)))
    firm = rng.choice(["Brightway Juvenile", "Lullan Products", "Tidemark Safety"])
    return ([f"{firm}'s [[{first}]] recall of {rng.randint(20, 900)},000 infant car seats cost the company its "
             f"contract with the state.",
             f"The recall, announced on [[{second}]], followed reports of buckles failing in crash tests."],
            {"dates": [str(first), second]})


@_template
def b10_restated_same_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2013)
    second = _my(_in_year(rng, _other_year(rng, first)))
    group = rng.choice(["the Eastern Liberation Front", "the Kivu rebels", "the northern militias"])
    return ([f"The [[{first}]] ceasefire between the government and {group} has largely held in the east of the "
             f"country.",
             f"Negotiators from both sides said the ceasefire was agreed in {rng.choice(_CAPITALS)} in "
             f"[[{second}]] after {_count(rng.randint(3, 12))} weeks of talks."], {"dates": [str(first), second]})


@_template
def b10_restated_same_appointed_chief(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1985, 2013)
    second = _my(_in_year(rng, _other_year(rng, first, 1980, 2015)))
    firm = rng.choice(_COMPANIES)
    region = rng.choice(["Asian", "South American", "Nordic", "North American"])
    return ([f"{rng.choice(_MEN)}, who was appointed chief executive of {firm} in [[{first}]], steered it through "
             f"two rounds of job cuts.",
             f"Appointed chief executive in [[{second}]], he had previously run the group's {region} operations."],
            {"dates": [str(first), second]})


@_template
def b10_restated_same_comet_discovery(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1965, 2013)
    second = _uk(_in_year(rng, _other_year(rng, first)))
    return ([f"The discovery of the comet in [[{first}]] by two amateur astronomers in {rng.choice(_TOWNS)} made "
             f"headlines around the world.",
             f"According to the observatory's logbook, the discovery was made on the night of [[{second}]] with a "
             f"{rng.randint(20, 40)}-centimetre telescope."], {"dates": [str(first), second]})


@_template
def b10_restated_same_record_flood(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2013)
    second = _ap(_in_year(rng, _other_year(rng, first)))
    return ([f"The river's record flood, in [[{first}]], reached {rng.randint(5, 9)}.{rng.randint(1, 9)} metres at "
             f"the {rng.choice(_TOWNS)} gauge.",
             f"Residents still tell stories of that record flood, which peaked on [[{second}]]."],
            {"dates": [str(first), second]})


@_template
def b10_restated_same_first_festival(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2010)
    second = _my(_in_year(rng, _other_year(rng, first)))
    return ([f"The first {rng.choice(_TOWNS)} jazz festival, in [[{first}]], was held in a marquee on the cricket "
             f"ground.",
             f"Organisers said the first festival was staged over a weekend in [[{second}]] and drew fewer than "
             f"{rng.randint(3, 9)}00 people."], {"dates": [str(first), second]})


@_template
def b10_restated_same_depot_robbery(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2012)
    second = _us(_in_year(rng, _other_year(rng, first)))
    return ([f"No one has ever been charged over the [[{first}]] robbery of the armored-car depot in "
             f"{rng.choice(_US_CITIES)}.",
             f"The robbery, carried out on [[{second}]] by at least {_count(rng.randint(4, 8))} armed men, netted an "
             f"estimated ${rng.randint(2, 19)} million."], {"dates": [str(first), second]})


# --- restated_event: different word or form -------------------------------------

@_template
def b10_restated_diff_merged_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1965, 2012)
    second = _my(_in_year(rng, _other_year(rng, first)))
    a, b = rng.sample(_COMPANIES, 2)
    return ([f"{a} and {b} merged in [[{first}]] to form {a.split()[0]} {b.split()[0]}, now the country's largest "
             f"maker of {rng.choice(['paperboard', 'animal feed', 'glass bottles'])}.",
             f"Since the merger in [[{second}]], the combined group has cut about {rng.randint(2, 9)},"
             f"{rng.randint(100, 999)} jobs."], {"dates": [str(first), second]})


@_template
def b10_restated_diff_accord_agreement(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2013)
    second = _uk(_in_year(rng, _other_year(rng, first)))
    river = rng.choice(["Okavango", "Drina", "Kura", "Amu"])
    return ([f"The [[{first}]] {river} accord divides the river's water between the two neighbouring states.",
             f"That water-sharing agreement was signed on [[{second}]] by the two prime ministers at a ceremony in "
             f"{rng.choice(_CAPITALS)}."], {"dates": [str(first), second]})


@_template
def b10_restated_diff_opened_inauguration(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2012)
    second = _ap(_in_year(rng, _other_year(rng, first)))
    name = rng.choice(_PLACES)
    return ([f"The {name} Stadium opened in [[{first}]] with a friendly against {rng.choice(_TEAMS)}.",
             f"At its inauguration on [[{second}]], the ground held {rng.randint(12, 40)},000 spectators, most of "
             f"them standing."], {"dates": [str(first), second]})


@_template
def b10_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    d1 = _date(rng, 1980, 2013)
    first = _us(d1)
    second = _other_year(rng, d1.year, 1975, 2015, 1, 6)
    charity = rng.choice(["the Lantern Trust", "Open Hands", "the Brightwater Foundation"])
    return ([f"{rng.choice(_WOMEN)}, the former nurse who founded {charity}, died on [[{first}]] at her home in "
             f"{rng.choice(_TOWNS)}, her family said.",
             f"Her death in [[{second}]] came a year after she had handed the running of the charity to her "
             f"daughter."], {"dates": [first, str(second)]})


@_template
def b10_restated_diff_crashed_crash(rng: random.Random) -> tuple[list[str], Facts]:
    d1 = _date(rng, 1960, 2012)
    first = _ap(d1)
    second = _other_year(rng, d1.year)
    airline = rng.choice(["Transcontinental", "Aerolineas del Sur", "Baltic Air", "Pacific Meridian"])
    return ([f"{airline} Flight {rng.randint(100, 899)} crashed on approach to {rng.choice(_CAPITALS)} on "
             f"[[{first}]], killing all {rng.randint(40, 190)} people on board.",
             f"Investigators' final report on the [[{second}]] crash blamed ice on the wings and a crew unfamiliar "
             f"with the aircraft."], {"dates": [first, str(second)]})


@_template
def b10_restated_diff_founded_founding(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1870, 1960)
    second = _other_year(rng, first, 1860, 1970)
    team = rng.choice(_TEAMS)
    colours = rng.choice([("claret", "blue"), ("black", "amber"), ("green", "white")])
    return ([f"{team} was founded in [[{first}]] by workers at the town's ironworks.",
             f"At the club's founding in [[{second}]], its players wore the ironworks' colours of {colours[0]} and "
             f"{colours[1]}."], {"dates": [str(first), str(second)]})


@_template
def b10_restated_diff_acquired_takeover(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1975, 2013)
    first = f"{_month(rng)} {year}"
    second = _other_year(rng, year, 1970, 2015, 2, 10)
    buyer = rng.choice(_COMPANIES)
    target = rng.choice(["the Herald Group", "Lakeland Newspapers", "the Courier Press"])
    family = rng.choice(["Ashworth", "Pennock", "Lindqvist"])
    return ([f"{buyer} acquired {target} in [[{first}]] for ${rng.randint(30, 400)} million.",
             f"Before {buyer}'s takeover in [[{second}]], {target} had been owned by the {family} family for three "
             f"generations."], {"dates": [first, str(second)]})


@_template
def b10_restated_diff_retired_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2012)
    second = _other_year(rng, first, 1970, 2015, 1, 8)
    return ([f"{rng.choice(_MEN)} retired from international cricket in [[{first}]] as his country's leading "
             f"wicket-taker.",
             f"Since his retirement in [[{second}]], he has coached at an academy in {rng.choice(_CAPITALS)}."],
            {"dates": [str(first), str(second)]})


@_template
def b10_restated_diff_launched_launch(rng: random.Random) -> tuple[list[str], Facts]:
    d1 = _date(rng, 1975, 2012)
    first = _uk(d1)
    second = _my(_in_year(rng, _other_year(rng, d1.year)))
    sat = rng.choice(["Meteor-7", "Aurora-3", "Helix-2", "Cirrus-5"])
    return ([f"The {sat} weather satellite was launched from French Guiana on [[{first}]] and is still returning "
             f"data.",
             f"Engineers at the agency remember the [[{second}]] launch as the first to use its new solid-fuel upper "
             f"stage."], {"dates": [first, second]})


@_template
def b10_restated_diff_convicted_conviction(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2010)
    second = _my(_in_year(rng, _other_year(rng, first, 1970, 2013, 2, 10)))
    return ([f"{rng.choice(_MEN)} was convicted of manslaughter at {rng.choice(_TOWNS)} Crown Court in "
             f"[[{first}]] and sentenced to {rng.randint(6, 14)} years.",
             f"His conviction, in [[{second}]], was quashed by the Court of Appeal after new forensic evidence "
             f"emerged."], {"dates": [str(first), second]})


@_template
def b10_restated_diff_resigned_resignation(rng: random.Random) -> tuple[list[str], Facts]:
    d1 = _date(rng, 1975, 2013)
    first = _us(d1)
    second = _other_year(rng, d1.year)
    country = rng.choice(["Estonia", "Uruguay", "Ghana", "New Zealand"])
    return ([f"{rng.choice(_WOMEN)} resigned as {country}'s foreign minister on [[{first}]] over the arms sales.",
             f"Her resignation in [[{second}]] was the first by a cabinet minister in more than a decade."],
            {"dates": [first, str(second)]})


@_template
def b10_restated_diff_collapsed_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1970, 2013)
    first = f"{rng.choice(['January', 'February', 'December'])} {year}"
    second = _other_year(rng, year)
    centre = rng.choice(_PLACES)
    return ([f"Part of the {centre} shopping centre's roof collapsed under heavy snow in [[{first}]], injuring "
             f"{_count(rng.randint(3, 17))} shoppers.",
             f"A council report into the [[{second}]] roof collapse at {centre} found that drainage outlets had been "
             f"blocked."], {"dates": [first, str(second)]})


@_template
def b10_restated_diff_elected_election(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1970, 2012)
    second = _my(_in_year(rng, _other_year(rng, first)))
    return ([f"{rng.choice(_MEN)} was elected mayor of {rng.choice(_US_CITIES)} in [[{first}]] on a promise to "
             f"rebuild the waterfront.",
             f"At the time of his election, in [[{second}]], the city was close to bankruptcy."],
            {"dates": [str(first), second]})


@_template
def b10_restated_diff_signed_transfer(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1975, 2013)
    second = _uk(_in_year(rng, _other_year(rng, first, 1970, 2015, 2, 9)))
    team, old = rng.sample(_TEAMS, 2)
    return ([f"{rng.choice(_MEN)} signed for {team} from {old} in [[{first}]] and went on to make "
             f"{rng.randint(120, 390)} appearances for the club.",
             f"The transfer, completed on [[{second}]], cost {team} a club-record fee of £{rng.randint(2, 9)} "
             f"million."], {"dates": [str(first), second]})


@_template
def b10_restated_diff_discovered_find(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1970, 2013)
    second = _my(_in_year(rng, _other_year(rng, first)))
    place = rng.choice(_PLACES)
    return ([f"A metal detectorist discovered the {place} hoard of {rng.randint(200, 3000):,} Roman coins in a field "
             f"near {rng.choice(_TOWNS)} in [[{first}]].",
             f"The find, made in [[{second}]], was declared treasure by the coroner."],
            {"dates": [str(first), second]})


@_template
def b10_restated_diff_invaded_invasion(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2010)
    second = _my(_in_year(rng, _other_year(rng, first)))
    region = rng.choice(["Varkesh", "Talori", "Ostrava Krai", "Nizhe"])
    return ([f"When troops invaded the disputed province of {region} in [[{first}]], tens of thousands of residents "
             f"fled across the border.",
             f"The invasion of {region}, launched in [[{second}]], is still marked there with a day of mourning."],
            {"dates": [str(first), second]})


@_template
def b10_restated_diff_demolished_demolition(rng: random.Random) -> tuple[list[str], Facts]:
    d1 = _date(rng, 1985, 2013)
    first = _ap(d1)
    second = _other_year(rng, d1.year, 1980, 2015, 1, 8)
    return ([f"The {rng.choice(_PLACES)} power station's cooling towers were demolished in a controlled explosion "
             f"on [[{first}]], watched by crowds on the surrounding hills.",
             f"Before their demolition in [[{second}]], the towers had been a landmark for motorists on the "
             f"motorway."], {"dates": [first, str(second)]})


@_template
def b10_restated_diff_born_birth(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1920, 1975)
    second = _uk(_in_year(rng, _other_year(rng, first, 1915, 1980)))
    town = rng.choice(_TOWNS)
    return ([f"{rng.choice(_MEN)} was born in [[{first}]] in {town}, the youngest of {_count(rng.randint(4, 11))} "
             f"children of a railway signalman.",
             f"The parish register records his birth on [[{second}]], at the family's cottage on Station Road."],
            {"dates": [str(first), second]})


# --- order_violation --------------------------------------------------------------

@_template
def b10_order_bankrupt_after_arrest(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    arrest = f"{_month(rng)} {early}"
    return ([f"{rng.choice(_COMPANIES)} filed for bankruptcy in [[{late}]], after its founder's arrest on fraud "
             f"charges in [[{arrest}]]."], {"earlier": arrest, "later": str(late)})


@_template
def b10_order_wake_doping_scandal(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1965)
    return ([f"In the wake of the [[{early}]] doping scandal, the federation overhauled its testing rules in "
             f"[[{late}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_ahead_referendum(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1970)
    vote = f"{_month(rng)} {late}"
    petition = f"{_month(rng)} {early}"
    return ([f"Ahead of the [[{vote}]] referendum, campaigners collected {rng.randint(20, 90)},000 signatures in "
             f"[[{petition}]]."], {"earlier": petition, "later": vote})


@_template
def b10_order_preceded_by_closure(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1955, 2005)
    return ([f"The [[{late}]] riots in {rng.choice(_TOWNS)} were preceded by the closure of the steelworks in "
             f"[[{early}]], which left {rng.randint(2, 6)},{rng.randint(100, 999)} men out of work."],
            {"earlier": str(early), "later": str(late)})


@_template
def b10_order_following_retirement_cap(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1980)
    cap = rng.randint(50, 150)
    return ([f"Following her retirement from international football in [[{early}]], {rng.choice(_WOMEN)} won her "
             f"{cap}{_suffix(cap)} cap against {rng.choice(['Norway', 'Brazil', 'Japan', 'Canada'])} in "
             f"[[{late}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_years_before_railway(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1920, 1990)
    return ([f"The mill closed in [[{early}]], years before the branch line that served it was torn up in "
             f"[[{late}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_first_then_aerial(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1930, 2005)
    return ([f"The hill fort above {rng.choice(_TOWNS)} was first excavated in [[{early}]]; it was then surveyed "
             f"from the air by the county archaeology unit in [[{late}]]."],
            {"earlier": str(early), "later": str(late)})


@_template
def b10_order_by_the_time_wound_up(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1960)
    return ([f"By the time the {rng.choice(_PLACES)} biscuit factory closed in [[{late}]], its union branch had "
             f"already been wound up, in [[{early}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_after_graduating(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1960)
    uni = rng.choice(["Delft", "the University of Strathclyde", "Purdue", "Imperial College"])
    return ([f"{rng.choice(_MEN)} joined the firm as a trainee in [[{late}]] after graduating in engineering from "
             f"{uni} in [[{early}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_chapel_predates(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1780, 1900)
    return ([f"The chapel, which pre-dates the [[{late}]] town hall, was built in [[{early}]], according to the "
             f"council's conservation officer."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_runup_manifesto(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1970)
    manifesto = f"{_month(rng)} {early}"
    return ([f"In the run-up to the [[{late}]] general election, the party published its manifesto in "
             f"[[{manifesto}]]."], {"earlier": manifesto, "later": str(late)})


@_template
def b10_order_only_after_evacuation(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1940, 1990)
    return ([f"Work on the reservoir began in [[{late}]].",
             f"It could start only after the last families had left the village of {rng.choice(_PLACES)}, which was "
             f"evacuated in [[{early}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_sworn_in_month_after(rng: random.Random) -> tuple[list[str], Facts]:
    sworn = _date(rng, 1980, 2012)
    runoff = _plus(sworn, rng.randint(20, 60))
    return ([f"{rng.choice(_MEN)} was sworn in as president on [[{_ap(sworn)}]], a month after winning the runoff "
             f"on [[{_ap(runoff)}]]."], {"earlier": _ap(runoff), "later": _ap(sworn)})


@_template
def b10_order_subsequently_approved(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1975)
    return ([f"The drug was first tested in patients in [[{early}]] and subsequently approved by regulators in "
             f"[[{late}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_aftermath_summit(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1960)
    return ([f"The border agreement was signed in [[{late}]] in the aftermath of the [[{early}]] "
             f"{rng.choice(_CAPITALS)} summit, at which both leaders pledged to settle the dispute."],
            {"earlier": str(early), "later": str(late)})


@_template
def b10_order_after_which_sold(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1960)
    last_match = _us(_in_year(rng, early))
    return ([f"The stadium staged its last match on [[{last_match}]], after which the site was sold to developers "
             f"in [[{late}]]."], {"earlier": last_match, "later": str(late)})


@_template
def b10_order_until_jury_reforms(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1920, 1975)
    return ([f"Until the [[{early}]] reforms, women could not sit on juries in the state.",
             f"The first woman juror was sworn in at the {rng.choice(_COUNTIES)} County courthouse in [[{late}]]."],
            {"earlier": str(early), "later": str(late)})


@_template
def b10_order_following_season_promotion(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1960)
    return ([f"{rng.choice(_TEAMS)} were relegated in [[{early}]] but bounced back the following season, winning "
             f"promotion in [[{late}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_inquiry_following_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1970)
    collapse = f"{_month(rng)} {early}"
    return ([f"The public inquiry, ordered in [[{late}]] following the collapse of the {rng.choice(_PLACES)} "
             f"footbridge in [[{collapse}]], found that inspections had been skipped for years."],
            {"earlier": collapse, "later": str(late)})


@_template
def b10_order_prior_to_flotation(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1980)
    return ([f"Prior to its [[{late}]] stock-market flotation, {rng.choice(_COMPANIES)} had been bought by a "
             f"private-equity group in [[{early}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_vaccination_before_cases(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1975)
    campaign = f"{_month(rng)} {early}"
    cases = f"{_month(rng)} {late}"
    return ([f"Emergency vaccination began in [[{campaign}]], before the first cases of measles were confirmed in "
             f"[[{cases}]]."], {"earlier": campaign, "later": cases})


@_template
def b10_order_sentence_after_appeal(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1975)
    return ([f"{rng.choice(_MEN)} was released on bail pending an appeal heard in [[{early}]], and began serving "
             f"his sentence after it failed, in [[{late}]]."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_once_dam_completed(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1930, 1995)
    return ([f"Once the dam was completed in [[{early}]], the valley behind it was flooded, in [[{late}]], "
             f"submerging {_count(rng.randint(9, 20))} farms."], {"earlier": str(early), "later": str(late)})


@_template
def b10_order_first_and_second_store(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1950)
    return ([f"The flagship on {rng.choice(['Market', 'Princes', 'Castle'])} Street was the chain's second shop, "
             f"opening in [[{late}]]; its first, in {rng.choice(_TOWNS)}, had opened in [[{early}]]."],
            {"earlier": str(early), "later": str(late)})


@_template
def b10_order_succeeded_after_standing_down(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng, 1970)
    stood_down = f"{_month(rng)} {early}"
    return ([f"{rng.choice(_WOMEN)} succeeded {rng.choice(_MEN)} as party leader in [[{late}]], after he stood down "
             f"in [[{stood_down}]]."], {"earlier": stood_down, "later": str(late)})


# --- publication_anachronism (article published 2016-09-27) -------------------------

@_template
def b10_anachronism_budget_approved(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_future(rng))
    return ([f"The {rng.choice(_COUNTIES)} County commissioners approved the {rng.randint(120, 480)}-page budget on "
             f"[[{text}]] by a vote of {rng.randint(3, 4)}-{rng.randint(1, 2)}."], {"date": text, "relative": None})


@_template
def b10_anachronism_music_teacher_died(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_future(rng))
    return ([f"{rng.choice(_WOMEN)}, who taught music at {rng.choice(_TOWNS)} Grammar School for three decades, "
             f"died on [[{text}]] at the age of {rng.randint(71, 96)}."], {"date": text, "relative": None})


@_template
def b10_anachronism_record_profit_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = str(rng.randint(2018, 2025))
    return ([f"{rng.choice(_COMPANIES)} reported a record pre-tax profit of £{rng.randint(40, 900)} million for "
             f"[[{year}]], driven by demand from Asia."], {"date": year, "relative": None})


@_template
def b10_anachronism_tunnel_mid_year(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"mid-{rng.randint(2018, 2025)}"
    return ([f"Construction of the {rng.choice(_PLACES)} tunnel was completed in [[{text}]], more than a year "
             f"behind schedule."], {"date": text, "relative": None})


@_template
def b10_anachronism_league_title(rng: random.Random) -> tuple[list[str], Facts]:
    year = str(rng.randint(2018, 2025))
    return ([f"{rng.choice(_TEAMS)} won the league title in [[{year}]] for the first time in the club's history, "
             f"clinching it with {_count(rng.randint(2, 5))} games to spare."], {"date": year, "relative": None})


@_template
def b10_anachronism_sentenced_crown_court(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_future(rng))
    return ([f"{rng.choice(_MEN)} was sentenced to {_count(rng.randint(3, 12))} years in prison at "
             f"{rng.choice(_TOWNS)} Crown Court on [[{text}]] for his part in the scheme."],
            {"date": text, "relative": None})


@_template
def b10_anachronism_study_spring(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"the spring of {rng.randint(2018, 2025)}"
    return ([f"The study, published in [[{text}]] in a leading medical journal, found no link between the vaccine "
             f"and {rng.choice(['autism', 'asthma', 'childhood diabetes'])}."], {"date": text, "relative": None})


@_template
def b10_anachronism_law_took_effect(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(datetime.date(rng.randint(2018, 2025), 1, 1))
    return ([f"The ordinance, which took effect on [[{text}]], requires landlords to register every rental "
             f"property with the city."], {"date": text, "relative": None})


@_template
def b10_anachronism_runoff_won(rng: random.Random) -> tuple[list[str], Facts]:
    year = str(rng.randint(2018, 2025))
    return ([f"{rng.choice(_WOMEN)} won the [[{year}]] presidential election with {rng.randint(51, 58)} percent of "
             f"the vote, defeating {rng.choice(_MEN)} in a runoff."], {"date": year, "relative": None})


@_template
def b10_anachronism_bridge_reopened_late(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"late {rng.randint(2018, 2025)}"
    return ([f"The bridge reopened to traffic in [[{text}]] after a ${rng.randint(12, 90)} million refit."],
            {"date": text, "relative": None})


@_template
def b10_anachronism_rate_cut_iso(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_future(rng))
    return ([f"The central bank cut its benchmark rate by half a percentage point at its meeting on [[{text}]], "
             f"its first cut in {_count(rng.randint(3, 9))} years."], {"date": text, "relative": None})


@_template
def b10_anachronism_care_home_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _my(_future(rng))
    return ([f"In [[{text}]], inspectors found {_count(rng.randint(4, 19))} breaches of fire regulations at the "
             f"{rng.choice(_PLACES)} care home, according to the report."], {"date": text, "relative": None})


@_template
def b10_anachronism_farewell_tour(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_future(rng))
    venue = rng.choice(["the Hollywood Bowl", "Wembley Arena", "the Ryman Auditorium", "the O2"])
    return ([f"The band closed its farewell tour at {venue} on [[{text}]], playing for almost three hours."],
            {"date": text, "relative": None})


@_template
def b10_anachronism_merger_approved(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_future(rng))
    return ([f"The merger, approved by shareholders on [[{text}]], created the world's second-largest "
             f"{rng.choice(['fertiliser', 'elevator', 'tyre'])} maker."], {"date": text, "relative": None})


@_template
def b10_anachronism_yesterday_brackets(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"Speaking [[yesterday]] ([[{text}]]), the health minister said waiting lists had fallen for the "
             f"{rng.choice(['third', 'fourth', 'fifth'])} month in a row."], {"date": text, "relative": "yesterday"})


@_template
def b10_anachronism_last_night_warehouse(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"[[Last night]]'s fire at the {rng.choice(_PLACES)} warehouse was reported to the fire service at "
             f"{rng.randint(8, 11)}.{rng.randint(10, 59)}pm on [[{text}]], a spokesman said."],
            {"date": text, "relative": "Last night"})


@_template
def b10_anachronism_this_morning_shares(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_far(rng))
    return ([f"Shares in {rng.choice(_COMPANIES)} opened {rng.randint(6, 30)} percent lower [[this morning]], "
             f"[[{text}]], after the company issued a profit warning."], {"date": text, "relative": "this morning"})


@_template
def b10_anachronism_earlier_this_month_dash(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    return ([f"[[Earlier this month]] — on [[{text}]] — the building society's board voted to close "
             f"{rng.randint(12, 60)} branches."], {"date": text, "relative": "Earlier this month"})


@_template
def b10_anachronism_last_year_food_parcels(rng: random.Random) -> tuple[list[str], Facts]:
    year = str(_far_year(rng))
    return ([f"[[Last year]], in [[{year}]], the food bank handed out {rng.randint(3, 40)},{rng.randint(100, 999)} "
             f"parcels, more than double the number it gave out when it opened."],
            {"date": year, "relative": "Last year"})


@_template
def b10_anachronism_two_days_ago_airport(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_far(rng))
    return ([f"[[Two days ago]], on [[{text}]], rebels seized the airport at {rng.choice(_CAPITALS)}, the army "
             f"said."], {"date": text, "relative": "Two days ago"})


@_template
def b10_anachronism_fortnight_ago_leak(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"The plant was evacuated [[a fortnight ago]] ([[{text}]]) after a chlorine leak, and has not "
             f"reopened."], {"date": text, "relative": "a fortnight ago"})


@_template
def b10_anachronism_last_month_flooding(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    return ([f"[[Last month]]'s flooding, which peaked on [[{text}]], damaged more than {rng.randint(2, 9)},"
             f"{rng.randint(100, 999)} homes along the {rng.choice(_RIVERS)}."],
            {"date": text, "relative": "Last month"})


@_template
def b10_anachronism_earlier_today_statement(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_far(rng))
    return ([f"In a statement issued [[earlier today]], dated [[{text}]], the ministry denied that its troops had "
             f"crossed the border."], {"date": text, "relative": "earlier today"})


@_template
def b10_anachronism_this_week_summit(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr_uk(_far(rng))
    return ([f"[[This week]]'s summit in {rng.choice(_CAPITALS)}, which opened on [[{text}]], ended without a "
             f"joint communique."], {"date": text, "relative": "This week"})


@_template
def b10_anachronism_last_weekend_half_marathon(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"{rng.choice(_WOMEN)} won [[last weekend]]'s {rng.choice(_TOWNS)} half-marathon, held on [[{text}]], "
             f"in a course record."], {"date": text, "relative": "last weekend"})


@_template
def b10_anachronism_last_week_order_dated(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_far(rng))
    return ([f"The judge ruled [[last week]] — the order is dated [[{text}]] — that the documents must be "
             f"released."], {"date": text, "relative": "last week"})


# --- duration_arithmetic (against dates, or against 2016 for "ago"/ages) ------------

def _dur(stated: str, value: int, start: Any, end: Any, unit: str, offset: int = 0) -> Facts:
    return {"stated": stated, "value": value, "start": start, "end": end, "unit": unit, "offset": offset}


@_template
def b10_duration_ago_bowling_club(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1890, 2000)
    stated = _miss(rng, REFERENCE.year - year)
    return ([f"The {rng.choice(_PLACES)} Bowling Club, founded in [[{year}]] — [[{stated} years ago]] — is "
             f"appealing for new members."], _dur(f"{stated} years", stated, str(year), None, "years"))


@_template
def b10_duration_summit_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2012)
    if start.month == 12:
        start = _plus(start, -31)
    stated = rng.randint(2, 4)
    end = _plus(start, stated + rng.randint(9, 16))
    first = f"{MONTHS[start.month - 1]} {start.day}"
    last = _us(end)
    return ([f"The [[{WORDS[stated]}-day]] summit of Commonwealth leaders in {rng.choice(_CAPITALS)} ran from "
             f"[[{first}]] to [[{last}]]."],
            _dur(f"{WORDS[stated]}-day", stated, (first, end.year), last, "days"))


@_template
def b10_duration_coached_from_to(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2005)
    last = rng.randint(first + 3, 2015)
    stated = _miss(rng, last - first)
    return ([f"{rng.choice(_MEN)} coached the national team for [[{stated} years]], from [[{first}]] to [[{last}]], "
             f"before moving into broadcasting."], _dur(f"{stated} years", stated, str(first), str(last), "years"))


@_template
def b10_duration_age_at_death_farmhouse(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1900, 1960)
    died = rng.randint(born + 30, min(born + 90, 2015))
    stated = _miss(rng, died - born)
    return ([f"{rng.choice(_WOMEN)} was [[{stated}]] when she died in [[{died}]]; she had been born in [[{born}]] in "
             f"a farmhouse outside {rng.choice(_TOWNS)}."], _dur(str(stated), stated, str(born), str(died), "years"))


@_template
def b10_duration_career_with_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1955, 1995)
    y2 = rng.randint(y1 + 10, min(y1 + 40, 2015))
    first, last = f"{_month(rng)} {y1}", f"{_month(rng)} {y2}"
    stated = _miss(rng, y2 - y1)
    org = rng.choice(["fire brigade", "Metropolitan Police", "coastguard", "ambulance service"])
    return ([f"His [[{stated}-year]] career with the {org} began in [[{first}]] and ended with his retirement in "
             f"[[{last}]]."], _dur(f"{stated}-year", stated, first, last, "years"))


@_template
def b10_duration_inquiry_months(rng: random.Random) -> tuple[list[str], Facts]:
    m1 = rng.randint(1, 12)
    y1 = rng.randint(1985, 2010)
    m2 = rng.randint(1, 12)
    y2 = rng.randint(y1 + 1, min(y1 + 4, 2015))
    true = (y2 - y1) * 12 + m2 - m1
    stated = _miss(rng, true)
    first, last = f"{MONTHS[m1 - 1]} {y1}", f"{MONTHS[m2 - 1]} {y2}"
    return ([f"The [[{stated}-month]] inquiry, which opened in [[{first}]], published its findings in "
             f"[[{last}]]."], _dur(f"{stated}-month", stated, first, last, "months"))


@_template
def b10_duration_bus_strike_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1975, 2012)
    end = _plus(start, rng.randint(10, 180))
    stated = _miss(rng, (end - start).days // 7)
    return ([f"The [[{_count(stated)}-week]] bus strike, which began on [[{_ap(start)}]] and ended on "
             f"[[{_ap(end)}]], cost the operator an estimated ${rng.randint(2, 30)} million."],
            _dur(f"{_count(stated)}-week", stated, _ap(start), _ap(end), "weeks"))


@_template
def b10_duration_anniversary_this_season(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1870, 1990)
    stated = _miss(rng, REFERENCE.year - year)
    return ([f"The club marks its [[{stated}{_suffix(stated)}]] anniversary this season; it was founded in "
             f"[[{year}]] by a group of {rng.choice(['railwaymen', 'miners', 'brewery workers'])}."],
            _dur(f"{stated}{_suffix(stated)}", stated, str(year), None, "years"))


@_template
def b10_duration_half_century_colliery(rng: random.Random) -> tuple[list[str], Facts]:
    gap = 50 + rng.choice((-1, 1)) * rng.randint(8, 20)
    opened = rng.randint(1850, 2015 - gap)
    closed = opened + gap
    return ([f"The {rng.choice(_PLACES)} colliery closed in [[{closed}]], [[half a century]] after its first coal "
             f"was raised in [[{opened}]]."], _dur("half a century", 50, str(opened), str(closed), "years"))


@_template
def b10_duration_decade_exile(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1950, 1990)
    end = start + rng.randint(18, 25)
    return ([f"After [[a decade]] in exile — from [[{start}]], when the junta seized power, until [[{end}]] — "
             f"{rng.choice(_MEN)} returned to a hero's welcome."], _dur("a decade", 10, str(start), str(end), "years"))


@_template
def b10_duration_fortnight_crossing(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1900, 2012)
    end = _plus(start, 14 + rng.randint(8, 30))
    a, b = rng.sample(_PORTS, 2)
    return ([f"The crossing took [[a fortnight]], the steamer leaving {a} on [[{_uk(start)}]] and docking in {b} on "
             f"[[{_uk(end)}]]."], _dur("a fortnight", 14, _uk(start), _uk(end), "days"))


@_template
def b10_duration_centenary_school(rng: random.Random) -> tuple[list[str], Facts]:
    gap = 100 + rng.choice((-1, 1)) * rng.randint(8, 20)
    opened = rng.randint(1800, 2015 - gap)
    return ([f"The school celebrated its [[centenary]] in [[{opened + gap}]], having first opened its doors in "
             f"[[{opened}]]."], _dur("centenary", 100, str(opened), str(opened + gap), "years"))


@_template
def b10_duration_age_apposition(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1930, 1990)
    stated = _miss(rng, REFERENCE.year - born)
    trade = rng.choice(["removals", "bakery", "boatyard", "printing"])
    return ([f"{rng.choice(_MEN)}, [[{stated}]], who was born in [[{born}]] in {rng.choice(_TOWNS)}, has run the "
             f"family {trade} business since his father's death."],
            _dur(str(stated), stated, str(born), None, "years"))


@_template
def b10_duration_youngest_mayor(rng: random.Random) -> tuple[list[str], Facts]:
    birth = _date(rng, 1930, 1975)
    elected = birth.year + rng.randint(28, 40)
    stated = _miss(rng, elected - birth.year)
    return ([f"She became the city's youngest mayor at [[{stated}]] when she was elected in [[{elected}]]; she was "
             f"born on [[{_us(birth)}]]."], _dur(str(stated), stated, _us(birth), str(elected), "years"))


@_template
def b10_duration_season_in_charge(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1980, 2008)
    stated = _miss(rng, REFERENCE.year - year) + 1
    return ([f"Now in his [[{stated}{_suffix(stated)}]] season in charge, {rng.choice(_MEN)} took over at "
             f"{rng.choice(_TEAMS)} in [[{year}]]."],
            _dur(f"{stated}{_suffix(stated)}", stated, str(year), None, "years", -1))


@_template
def b10_duration_served_full_term(rng: random.Random) -> tuple[list[str], Facts]:
    jailed = rng.randint(1960, 2005)
    freed = rng.randint(jailed + 2, min(jailed + 25, 2015))
    stated = _miss(rng, freed - jailed)
    return ([f"{rng.choice(_MEN)} was jailed in [[{jailed}]] and released in [[{freed}]], having served all "
             f"[[{stated} years]] of his sentence."], _dur(f"{stated} years", stated, str(jailed), str(freed), "years"))


@_template
def b10_duration_married_years(rng: random.Random) -> tuple[list[str], Facts]:
    wed = rng.randint(1940, 1985)
    died = rng.randint(wed + 15, min(wed + 60, 2015))
    stated = _miss(rng, died - wed)
    return ([f"{rng.choice(_MEN)} and {rng.choice(_WOMEN).split()[0]}, who wed in [[{wed}]], had been married for "
             f"[[{stated} years]] when he died in [[{died}]]."],
            _dur(f"{stated} years", stated, str(wed), str(died), "years"))


@_template
def b10_duration_tower_council_offices(rng: random.Random) -> tuple[list[str], Facts]:
    built = rng.randint(1955, 1985)
    razed = rng.randint(built + 15, min(built + 45, 2015))
    stated = _miss(rng, razed - built)
    return ([f"The {rng.randint(12, 24)}-storey {rng.choice(_PLACES)} House, completed in [[{built}]], was "
             f"demolished in [[{razed}]] after [[{stated} years]] as council offices."],
            _dur(f"{stated} years", stated, str(built), str(razed), "years"))


@_template
def b10_duration_atlantic_row(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1990, 2012)
    end = _plus(start, rng.randint(40, 120))
    stated = _miss(rng, (end - start).days)
    port = rng.choice(["La Gomera", "Lagos, Portugal", "Mindelo"])
    return ([f"Their [[{stated}-day]] row across the Atlantic began at {port} on [[{_ap(start)}]] and ended in "
             f"Antigua on [[{_ap(end)}]]."], _dur(f"{stated}-day", stated, _ap(start), _ap(end), "days"))


@_template
def b10_duration_hostage_months(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2012)
    end = _plus(start, rng.randint(60, 1000))
    stated = _miss(rng, _months(start, end))
    return ([f"Held for [[{stated} months]] after being kidnapped on [[{_us(start)}]], the aid worker was freed on "
             f"[[{_us(end)}]]."], _dur(f"{stated} months", stated, _us(start), _us(end), "months"))


@_template
def b10_duration_old_bailey_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1975, 2012)
    end = _plus(start, rng.randint(14, 200))
    stated = _miss(rng, (end - start).days // 7)
    return ([f"The [[{stated}-week]] trial opened at the Old Bailey on [[{_uk(start)}]], and the jury returned its "
             f"verdicts on [[{_uk(end)}]]."], _dur(f"{stated}-week", stated, _uk(start), _uk(end), "weeks"))


@_template
def b10_duration_ago_library_words(rng: random.Random) -> tuple[list[str], Facts]:
    true = rng.randint(4, 12)
    month = rng.choice(MONTHS[:8])
    stated = true + rng.randint(8, min(14, 20 - true))
    first = f"{month} {REFERENCE.year - true}"
    return ([f"The {rng.choice(_PLACES)} Library opened in [[{first}]], [[{WORDS[stated]} years ago]], with a gift of "
             f"{rng.randint(2, 9)},000 books from a local mill owner."],
            _dur(f"{WORDS[stated]} years", stated, first, None, "years"))


@_template
def b10_duration_obit_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born_year = rng.randint(1910, 1950)
    born = f"{_month(rng)} {born_year}"
    died = _in_year(rng, rng.randint(born_year + 45, min(born_year + 95, 2015)))
    stated = _miss(rng, died.year - born_year)
    return ([f"{rng.choice(_WOMEN)}, who died in {rng.choice(_TOWNS)} on [[{_uk(died)}]] aged [[{stated}]], was born "
             f"in [[{born}]] in {rng.choice(_CAPITALS)}."], _dur(str(stated), stated, born, _uk(died), "years"))


@_template
def b10_duration_stepped_down_after(rng: random.Random) -> tuple[list[str], Facts]:
    elected = rng.randint(1960, 2000)
    left = rng.randint(elected + 4, min(elected + 35, 2015))
    stated = _miss(rng, left - elected)
    return ([f"{rng.choice(_WOMEN)} stepped down as the member for {rng.choice(_TOWNS)} in [[{left}]], "
             f"[[{stated} years]] after she was first elected in [[{elected}]]."],
            _dur(f"{stated} years", stated, str(elected), str(left), "years"))


@_template
def b10_duration_ago_siege_ended(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1940, 1999)
    first = f"{_month(rng)} {year}"
    stated = _miss(rng, REFERENCE.year - year)
    return ([f"Veterans gathered at the memorial to the siege of {rng.choice(_PLACES)}, which ended in [[{first}]], "
             f"[[{stated} years ago]]."], _dur(f"{stated} years", stated, first, None, "years"))


@_template
def b10_duration_tenure_brackets(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2000)
    last = rng.randint(first + 3, min(first + 30, 2015))
    stated = _miss(rng, last - first)
    return ([f"During his tenure as president of the society ([[{first}]]–[[{last}]]), a period of "
             f"[[{stated} years]], membership doubled."],
            _dur(f"{stated} years", stated, str(first), str(last), "years"))


BLIND10_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b10_weekday_dateline_recount,
        b10_weekday_crown_court_jailed,
        b10_weekday_funeral_mass,
        b10_weekday_floodlit_win,
        b10_weekday_profit_warning_abbr,
        b10_weekday_outage_log_iso,
        b10_weekday_possessive_vote,
        b10_weekday_probe_liftoff,
        b10_weekday_aldermen_rezoning,
        b10_weekday_last_shift_fronted,
        b10_weekday_walkout_appositive,
        b10_weekday_opera_premiere,
        b10_weekday_bourse_dotted,
        b10_weekday_burial_quote,
        b10_weekday_storm_landfall,
        b10_weekday_mayoral_poll_no_year,
        b10_weekday_ship_docked_ordinal,
        b10_weekday_arrest_outside_store,
        b10_weekday_bill_tracker,
        b10_weekday_schools_reopen,
        b10_weekday_second_reading,
        b10_weekday_ten_thousand_metres,
        b10_weekday_bishop_letter,
        b10_weekday_docket_dash,
        b10_weekday_wedding_notice,
    ],
    "impossible_date": [
        b10_impossible_complaint_filed,
        b10_impossible_born_nurse,
        b10_impossible_lease_ran,
        b10_impossible_trawler_register_iso,
        b10_impossible_works_council_dotted,
        b10_impossible_deed_in_words,
        b10_impossible_season_opened_no_year,
        b10_impossible_division_sale_leap,
        b10_impossible_cup_replay,
        b10_impossible_paper_received,
        b10_impossible_brussels_dateline,
        b10_impossible_polling_day,
        b10_impossible_deadline_possessive,
        b10_impossible_festival_range,
        b10_impossible_invoices_backdated,
        b10_impossible_letter_among_papers,
        b10_impossible_stake_filing_iso,
        b10_impossible_interest_accrued,
        b10_impossible_wind_farm_objections,
        b10_impossible_contract_signed,
        b10_impossible_birthday_quote,
        b10_impossible_warrant_abbr_uk,
        b10_impossible_council_minutes_fronted,
        b10_impossible_census_night,
    ],
    "restated_event": [
        b10_restated_same_treaty,
        b10_restated_same_bridge_opened,
        b10_restated_same_merger,
        b10_restated_same_orchestra_founded,
        b10_restated_same_mill_fire,
        b10_restated_same_first_elected,
        b10_restated_same_married_obit,
        b10_restated_same_jury_verdict,
        b10_restated_same_cup_final,
        b10_restated_same_eruption,
        b10_restated_same_dock_strike,
        b10_restated_same_car_seat_recall,
        b10_restated_same_ceasefire,
        b10_restated_same_appointed_chief,
        b10_restated_same_comet_discovery,
        b10_restated_same_record_flood,
        b10_restated_same_first_festival,
        b10_restated_same_depot_robbery,
        b10_restated_diff_merged_merger,
        b10_restated_diff_accord_agreement,
        b10_restated_diff_opened_inauguration,
        b10_restated_diff_died_death,
        b10_restated_diff_crashed_crash,
        b10_restated_diff_founded_founding,
        b10_restated_diff_acquired_takeover,
        b10_restated_diff_retired_retirement,
        b10_restated_diff_launched_launch,
        b10_restated_diff_convicted_conviction,
        b10_restated_diff_resigned_resignation,
        b10_restated_diff_collapsed_collapse,
        b10_restated_diff_elected_election,
        b10_restated_diff_signed_transfer,
        b10_restated_diff_discovered_find,
        b10_restated_diff_invaded_invasion,
        b10_restated_diff_demolished_demolition,
        b10_restated_diff_born_birth,
    ],
    "order_violation": [
        b10_order_bankrupt_after_arrest,
        b10_order_wake_doping_scandal,
        b10_order_ahead_referendum,
        b10_order_preceded_by_closure,
        b10_order_following_retirement_cap,
        b10_order_years_before_railway,
        b10_order_first_then_aerial,
        b10_order_by_the_time_wound_up,
        b10_order_after_graduating,
        b10_order_chapel_predates,
        b10_order_runup_manifesto,
        b10_order_only_after_evacuation,
        b10_order_sworn_in_month_after,
        b10_order_subsequently_approved,
        b10_order_aftermath_summit,
        b10_order_after_which_sold,
        b10_order_until_jury_reforms,
        b10_order_following_season_promotion,
        b10_order_inquiry_following_collapse,
        b10_order_prior_to_flotation,
        b10_order_vaccination_before_cases,
        b10_order_sentence_after_appeal,
        b10_order_once_dam_completed,
        b10_order_first_and_second_store,
        b10_order_succeeded_after_standing_down,
    ],
    "publication_anachronism": [
        b10_anachronism_budget_approved,
        b10_anachronism_music_teacher_died,
        b10_anachronism_record_profit_year,
        b10_anachronism_tunnel_mid_year,
        b10_anachronism_league_title,
        b10_anachronism_sentenced_crown_court,
        b10_anachronism_study_spring,
        b10_anachronism_law_took_effect,
        b10_anachronism_runoff_won,
        b10_anachronism_bridge_reopened_late,
        b10_anachronism_rate_cut_iso,
        b10_anachronism_care_home_fronted,
        b10_anachronism_farewell_tour,
        b10_anachronism_merger_approved,
        b10_anachronism_yesterday_brackets,
        b10_anachronism_last_night_warehouse,
        b10_anachronism_this_morning_shares,
        b10_anachronism_earlier_this_month_dash,
        b10_anachronism_last_year_food_parcels,
        b10_anachronism_two_days_ago_airport,
        b10_anachronism_fortnight_ago_leak,
        b10_anachronism_last_month_flooding,
        b10_anachronism_earlier_today_statement,
        b10_anachronism_this_week_summit,
        b10_anachronism_last_weekend_half_marathon,
        b10_anachronism_last_week_order_dated,
    ],
    "duration_arithmetic": [
        b10_duration_ago_bowling_club,
        b10_duration_summit_days,
        b10_duration_coached_from_to,
        b10_duration_age_at_death_farmhouse,
        b10_duration_career_with_retirement,
        b10_duration_inquiry_months,
        b10_duration_bus_strike_weeks,
        b10_duration_anniversary_this_season,
        b10_duration_half_century_colliery,
        b10_duration_decade_exile,
        b10_duration_fortnight_crossing,
        b10_duration_centenary_school,
        b10_duration_age_apposition,
        b10_duration_youngest_mayor,
        b10_duration_season_in_charge,
        b10_duration_served_full_term,
        b10_duration_married_years,
        b10_duration_tower_council_offices,
        b10_duration_atlantic_row,
        b10_duration_hostage_months,
        b10_duration_old_bailey_weeks,
        b10_duration_ago_library_words,
        b10_duration_obit_aged,
        b10_duration_stepped_down_after,
        b10_duration_ago_siege_ended,
        b10_duration_tenure_brackets,
    ],
}
