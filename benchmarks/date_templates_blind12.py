"""``blind12``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind12`` templates.  Written on 2026-11-23 (about 02:36-02:45 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind11.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind11.py; in benchmarks/date_templates_blind11.py
# the header comment, constants, name lists and helpers (lines 1-272), the
# template functions up to line 300 and the first lines of the final
# ``BLIND11_TEMPLATES`` dict; in benchmarks/date_conflicts.py the module
# docstring, the import lines and the ``INDEPENDENT_SETS`` mapping.
# Disclosure of what was seen by accident: printing lines 66-300 of blind11
# showed THREE weekday templates (b11_weekday_wire_ceasefire,
# b11_weekday_magistrates_bail, b11_weekday_obituary_peacefully) rather than
# the one allowed; a ``tail -5`` of blind11 showed the names of its last three
# duration templates (b11_duration_years_ago_built,
# b11_duration_age_at_death_full_dates, b11_duration_days_later_successor),
# names only; the ``grep -n`` used to locate ``INDEPENDENT_SETS`` in
# date_conflicts.py also printed the lines of ``run()``/the argument parser
# that use it (``if split in INDEPENDENT_SETS:``,
# ``templates = INDEPENDENT_SETS[split][kind]`` and the ``--split`` choices)
# and a helper docstring ("A weekday index that none of ``days`` falls on.");
# the import block shows that the benchmark imports ``CONFLICT_KINDS`` and
# ``analyse_dates`` from the detector module (names only; no detector logic
# was seen); ``ls tests`` listed the file names of the detector's date tests
# (not opened); ``git status`` was run, no ``git log``.  tests/conftest.py was
# not opened (``load_benchmark`` is used as blind11's test uses it).  No
# template here copies blind11's wording; nouns, names and phrasings were
# written fresh, and the helpers follow blind11's interface.  The templates
# were only run through their own generators,
# tests/test_date_templates_blind12.py (well-formedness, and ``datetime``
# checks, from the rendered text, that each conflict is real) and a throwaway
# script running the same checks over 2,000 seeds per template, never through
# the detector; ``benchmarks/date_conflicts.py`` was not run by the author
# (only byte-compiled with ``py_compile`` after adding the import, the
# ``INDEPENDENT_SETS`` entry for ``blind12`` and a sentence about it to its
# docstring).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind12``.
#
# Conventions (as in blind11).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous), the impossible
# date, both dates of a restated event, both dates of an order violation, the
# relative expression and its pinned date (or only the date when the conflict
# is with the publication date), and the duration/age and the dates it
# contradicts.  Publication-relative templates assume an article published on
# 2016-09-27 (``--published 2016-09-27``): past-tense events are dated at least
# eight months after publication (2018-2025), and relative expressions are
# pinned at least three years away from it (1998-2012 or 2020-2025).
# Arithmetic templates miss by at least 8 units from the exact count (at least
# 5 beyond any inclusive/exclusive or unknown-day counting difference; the
# weeks-from-months template misses by at least 16).  Dates in all other types
# stay at or before 2015; no weekday is named outside the weekday templates and
# no relative expression outside the anachronism templates ("ago" only in
# duration templates, against 2016).  Restated-event templates are named
# ``b12_restated_same_*`` when both places use the same head word for the event
# and ``b12_restated_diff_*`` when they use a different word or form; in every
# one the two places unmistakably describe one event.  Each template is 1-3
# sentences.  Besides the relative expressions of the shared checks, the
# anachronism templates pin "last weekend", "earlier this year" and "this
# afternoon".  One duration template ("in his Nth season") carries an offset of
# -1 (the Nth season begins N-1 years after joining).
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
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty"}

_WOMEN = ["Marguerite Osei", "Teodora Vasquez", "Niamh Corrigan", "Beatrix Lindahl", "Anjali Mehra",
          "Rosalind Thackeray", "Eszter Horvath", "Chidinma Eze", "Solveig Aasen", "Perpetua Mwangi"]
_MEN = ["Declan Moriarty", "Rafael Quintero", "Anders Holmqvist", "Obinna Chukwu", "Piotr Kowalczyk",
        "Gareth Pryce", "Hamid Rostami", "Lachlan McBride", "Tomasz Wrobel", "Silas Achterberg"]
_TOWNS = ["Penrith", "Skipton", "Bridport", "Malton", "Alnwick", "Tiverton", "Oswestry", "Buxton", "Cromer",
          "Keswick"]
_US_CITIES = ["Albany", "Fargo", "Bangor", "Topeka", "Reno", "Macon", "Akron", "Billings", "Provo", "Laredo"]
_CAPITALS = ["Vilnius", "Windhoek", "Montevideo", "Tbilisi", "Maseru", "Ljubljana", "Phnom Penh", "Bamako",
             "Chisinau"]
_COUNTRIES = ["Lithuania", "Namibia", "Uruguay", "Georgia", "Lesotho", "Slovenia", "Cambodia", "Mali"]
_COMPANIES = ["Ashgrove Textiles", "Corbridge Pharmaceuticals", "Nordhavn Freight", "Velloran Software",
              "Kestrel Dairies", "Pellham Brewing", "Ardmore Cement", "Halcyon Mutual"]
_TEAMS = ["Fernhill Wanderers", "Castlegate United", "Brampton Harriers", "Westmoor Albion", "Dunholme Rangers",
          "Lowfield Town", "Stanridge City"]
_COUNTIES = ["Crawford", "Benton", "Clay", "Monroe", "Pike", "Union", "Wayne"]
_CHURCHES = ["St Ninian's", "St Petroc's", "St Wilfrid's", "St Chad's", "St Mungo's", "St Botolph's"]
_SURNAMES = ["Fairbairn", "Okonjo", "Treloar", "Castellano", "Ridley", "Nakashima", "Brannigan", "Voss"]
_STORMS = ["Agatha", "Bertrand", "Cordelia", "Dermot", "Elspeth", "Fergus", "Gwendolyn"]
_UNIVERSITIES = ["the University of Leicester", "Aberystwyth University", "the University of Otago",
                 "McGill University", "Uppsala University", "the University of Cape Town"]


class _Day(NamedTuple):
    """Year, month and day that need not exist (impossible dates)."""

    year: int
    month: int
    day: int


def _template(fn: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    @functools.wraps(fn)
    def sentences(rng: random.Random) -> list[str]:
        return fn(rng)[0]

    sentences.facts = fn  # type: ignore[attr-defined]
    return sentences


def _date(rng: random.Random, first: int = 1970, last: int = 2014) -> datetime.date:
    start = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(last, 12, 31).toordinal()))


def _add(day: datetime.date, days: int) -> datetime.date:
    return day + datetime.timedelta(days=days)


def _wrong(rng: random.Random, day: datetime.date, names: list[str] = WEEKDAYS) -> str:
    return rng.choice([name for index, name in enumerate(names) if index != day.weekday()])


def _sfx(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _us(d: Any) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _uk(d: Any) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _uk_th(d: Any) -> str:
    return f"{d.day}{_sfx(d.day)} {MONTHS[d.month - 1]} {d.year}"


def _ap(d: Any) -> str:
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _abbr(d: Any) -> str:
    return f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _abbr_uk(d: Any) -> str:
    return f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"


def _of(d: Any) -> str:
    return f"the {d.day}{_sfx(d.day)} of {MONTHS[d.month - 1]}, {d.year}"


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


def _bad(rng: random.Random, first: int = 1955, last: int = 2014, leap: bool = True) -> _Day:
    """A day missing from the calendar; with ``leap`` sometimes 29 February of a common year."""
    year = rng.randint(first, last)
    if leap and rng.random() < 0.3:
        while year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            year += 1
        return _Day(year, 2, 29)
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return _Day(year, month, day)


def _thirty_one(rng: random.Random, year: int = 0) -> _Day:
    """The 31st of a thirty-day month."""
    return _Day(year, rng.choice([4, 6, 9, 11]), 31)


def _never(rng: random.Random) -> _Day:
    """A month-day no year has (the year is unused)."""
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return _Day(0, month, day)


def _off(rng: random.Random, true: int, low: int = 8, high: int = 16, floor: int = 2) -> int:
    """A stated number at least ``low`` away from ``true`` and at least ``floor``."""
    if true - low < floor or rng.random() < 0.5:
        return true + rng.randint(low, high)
    return true - rng.randint(low, min(high, true - floor))


def _two_years(rng: random.Random, first: int = 1950, last: int = 2015, gap: int = 12,
               min_gap: int = 1) -> tuple[int, int]:
    """Two years within [first, last], between ``min_gap`` and ``gap`` apart."""
    one = rng.randint(first, last)
    while True:
        two = one + rng.choice((-1, 1)) * rng.randint(min_gap, gap)
        if first <= two <= last:
            return one, two


def _inverted(rng: random.Random, first: int = 1950, last: int = 2010) -> tuple[int, int]:
    """(year of the event said to come first, year of the event said to come second): the first is later."""
    second = rng.randint(first, last)
    return second + rng.randint(1, 6), second


def _two_months(rng: random.Random, first: int = 1970, last: int = 2015) -> tuple[datetime.date, datetime.date]:
    """First days of two different months (possibly the same year)."""
    year = rng.randint(first, last)
    one = datetime.date(year, rng.randint(1, 12), 1)
    while True:
        other_year = year + rng.choice((0, 0, -1, 1, 2))
        if other_year > last:
            continue
        two = datetime.date(other_year, rng.randint(1, 12), 1)
        if two != one:
            return one, two


def _ahead(rng: random.Random) -> datetime.date:
    """A day well after publication (2018-2025)."""
    return _date(rng, 2018, 2025)


def _remote(rng: random.Random) -> datetime.date:
    """A day at least three years from publication."""
    return _date(rng, 1998, 2012) if rng.random() < 0.5 else _date(rng, 2020, 2025)


def _remote_year(rng: random.Random) -> int:
    return rng.randint(1998, 2012) if rng.random() < 0.5 else rng.randint(2020, 2025)


def _word(n: int) -> str:
    return WORDS.get(n, str(n))


def _years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b12_weekday_quake_dateline(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _wrong(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    magnitude = f"{rng.randint(5, 7)}.{rng.randint(0, 9)}"
    return ([f"{rng.choice(_CAPITALS).upper()} (Reuters) - An earthquake of magnitude {magnitude} shook the "
             f"north of the country before dawn on [[{wd}, {text}]], the national seismology service said."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_crown_court_sentencing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1988, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"Sentencing {rng.choice(_MEN)} at {rng.choice(_TOWNS)} Crown Court on [[{wd} {text}]], Judge "
             f"{rng.choice(_SURNAMES)} told him the thefts had been \"cynical and sustained\"."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_requiem_mass(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    return ([f"A requiem mass for {rng.choice(_WOMEN)} was celebrated at {rng.choice(_CHURCHES)} Church on "
             f"[[{wd}, {text}]], followed by a private burial."], {"weekday": wd, "date": text})


@_template
def b12_weekday_title_decider_short(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day, SHORT_WEEKDAYS)
    text = _abbr(day)
    home, away = rng.sample(_TEAMS, 2)
    return ([f"{home} sealed the title with a {rng.randint(2, 5)}-{rng.randint(0, 1)} win over {away} "
             f"([[{wd}, {text}]]), their first championship in {_word(rng.randint(11, 19))} seasons."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_quarterly_revenue(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"{rng.choice(_COMPANIES)} said on [[{wd}, {text}]], that quarterly revenue rose to "
             f"${rng.randint(120, 940)} million, ahead of analysts' estimates."], {"weekday": wd, "date": text})


@_template
def b12_weekday_journal_embargo(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"The findings, which appeared in the journal Ecology Letters on [[{wd} {text}]], suggest that "
             f"hedgerow bees forage up to {rng.randint(3, 9)} kilometres from the hive.",
             f"The team at {rng.choice(_UNIVERSITIES)} tracked {rng.randint(40, 90)} colonies."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_council_ordinal_of(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _of(day)
    return ([f"On [[{wd}, {text}]], {rng.choice(_TOWNS)} Town Council voted {rng.randint(9, 14)} to "
             f"{rng.randint(2, 8)} to sell the old library building to a housing association."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_minutes_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1998, 2014)
    wd = _wrong(rng, day)
    text = _iso(day)
    return ([f"The minutes of the parish meeting held on [[{wd} {text}]] were approved without amendment, "
             f"the clerk confirmed."], {"weekday": wd, "date": text})


@_template
def b12_weekday_chapel_consecrated(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"Bishop {rng.choice(_MEN)} rededicated the restored chapel, damaged by fire {_word(rng.randint(3, 9))} "
             f"years earlier, at an evening service on [[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b12_weekday_foreign_ministers(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1992, 2014)
    wd = _wrong(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"Foreign ministers from {_word(rng.randint(6, 14))} countries gathered in {rng.choice(_CAPITALS)} on "
             f"[[{wd}, {text}]], for talks on water rights along the shared river basin."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_branch_line_last_train(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2012)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    return ([f"Hundreds of people lined the platforms as the last passenger train left {rng.choice(_TOWNS)} "
             f"station on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b12_weekday_heat_record(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1976, 2014).replace(month=rng.choice([6, 7, 8]), day=rng.randint(1, 28))
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"The thermometer at {rng.choice(_TOWNS)} reached {rng.randint(31, 36)}.{rng.randint(0, 9)}C on "
             f"[[{wd}, {text}]], the highest reading since records began there, forecasters said."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_exam_results_split(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014).replace(month=8, day=rng.randint(10, 28))
    wd = _wrong(rng, day)
    return ([f"Pupils at {rng.choice(_TOWNS)} Academy queued outside the sports hall to collect their results on "
             f"the morning of [[{wd}, {_md(day)}, {day.year}]].",
             f"Almost {rng.randint(60, 85)} per cent of entries were graded A to C, the head teacher said."],
            {"weekday": wd, "date": f"{_md(day)}, {day.year}"})


@_template
def b12_weekday_county_fair_auction(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"The junior livestock auction at the {rng.choice(_COUNTIES)} County Fair, held [[{wd}, {text}]], "
             f"raised ${rng.randint(41, 98)},{rng.randint(100, 999)} for 4-H members, organizers said."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_federal_jury(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"A federal jury in {rng.choice(_US_CITIES)} deliberated for about {_word(rng.randint(3, 9))} hours "
             f"before returning guilty verdicts on all counts late on [[{wd}, {text}]]."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_parenthetical_after(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"Voters in {rng.choice(_COUNTIES)} County rejected the school bond in a special election on "
             f"[[{text} ({wd})]] by a margin of {rng.randint(200, 900)} votes."], {"weekday": wd, "date": text})


@_template
def b12_weekday_which_was_a(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    return ([f"{rng.choice(_WOMEN)} remembers the morning the pit closed: it was [[{text}, a {wd}]], and the "
             f"snow had not yet melted on the slag heaps."], {"weekday": wd, "date": text})


@_template
def b12_weekday_dash_dateline_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1998, 2014)
    wd = _wrong(rng, day, SHORT_WEEKDAYS)
    text = _abbr_uk(day)
    return ([f"[[{wd} {text}]] - Shares in {rng.choice(_COMPANIES)} fell {rng.randint(9, 27)} per cent in "
             f"early trading after the group issued its second profit warning in {_word(rng.randint(3, 8))} months."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_born_youngest(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1920, 1965)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"{rng.choice(_MEN)} was born in {rng.choice(_US_CITIES)} on [[{wd}, {text}]], the youngest of "
             f"{_word(rng.randint(4, 9))} children of a railroad fireman and a seamstress."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_strike_walkout_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"About {rng.randint(300, 900)} workers walked off the job at the {rng.choice(_US_CITIES)} plant at "
             f"6 a.m. [[{wd}, {text}]], union officials said."], {"weekday": wd, "date": text})


@_template
def b12_weekday_measles_case_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"\"We were notified of the first confirmed case on [[{wd} {text}]] and began contacting families "
             f"within hours,\" said Dr {rng.choice(_WOMEN)}, the consultant in health protection."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_probe_liftoff(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"The probe lifted off at {rng.randint(1, 11)}:{rng.randint(10, 59)} a.m. local time on "
             f"[[{wd}, {text}]], carrying instruments built by {rng.choice(_UNIVERSITIES)}.",
             f"Controllers confirmed a healthy signal {rng.randint(40, 55)} minutes later."],
            {"weekday": wd, "date": text})


@_template
def b12_weekday_gallery_preview(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    painter = rng.choice(_WOMEN)
    return ([f"A retrospective of {painter}'s seascapes opened to the public at the {rng.choice(_TOWNS)} gallery on "
             f"[[{wd}, {text}]].", f"It brings together {rng.randint(40, 90)} canvases, many never exhibited before."],
            {"weekday": wd, "date": text})


# --- impossible_date ----------------------------------------------------------

@_template
def b12_impossible_accord_initialled(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1975, 2014)
    text = _ap(bad)
    return ([f"Negotiators initialled the fisheries accord in {rng.choice(_CAPITALS)} on [[{text}]], "
             f"diplomats said, ending {_word(rng.randint(3, 9))} years of talks."], {"date": text})


@_template
def b12_impossible_guilty_remanded(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014)
    text = _uk(bad)
    return ([f"{rng.choice(_MEN)}, {rng.randint(21, 58)}, was convicted of fraud by a jury on [[{text}]] and "
             f"remanded in custody to await sentence."], {"date": text})


@_template
def b12_impossible_born_opening_clause(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1925, 1970)
    text = _us(bad)
    return ([f"Born on [[{text}]], in {rng.choice(_US_CITIES)}, {rng.choice(_WOMEN)} trained as a nurse before "
             f"becoming the county's first woman coroner."], {"date": text})


@_template
def b12_impossible_certificate_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1900, 1960)
    text = _of(bad)
    return (["The certificate, produced at the inquest, gives the date of the marriage as "
             f"[[{text}]], the coroner noted."], {"date": text})


@_template
def b12_impossible_feast_every_year(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _never(rng)
    text = _md(bad)
    return ([f"The village of {rng.choice(_TOWNS)} keeps its patronal festival every year on [[{text}]], when "
             f"the relics are carried in procession around the green."], {"date": text})


@_template
def b12_impossible_filing_iso(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1998, 2014)
    text = _iso(bad)
    return ([f"The regulatory filing, dated [[{text}]], shows that {rng.choice(_COMPANIES)} sold "
             f"{rng.randint(2, 9)} million shares in the period."], {"date": text})


@_template
def b12_impossible_stamp_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1995, 2014)
    text = _dot(bad)
    return ([f"A customs stamp on the consignment note reads [[{text}]], investigators told the court in "
             f"{rng.choice(_CAPITALS)}."], {"date": text})


@_template
def b12_impossible_deed_day_of(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1850, 1950)
    text = f"the {bad.day}{_sfx(bad.day)} day of {MONTHS[bad.month - 1]}, {bad.year}"
    return ([f"The conveyance of the common land was executed on [[{text}]], according to the deed lodged "
             f"with the county archive."], {"date": text})


@_template
def b12_impossible_register_ordinal_word(rng: random.Random) -> tuple[list[str], Facts]:
    month, word = rng.choice([(2, "thirtieth"), (4, "thirty-first"), (6, "thirty-first"), (9, "thirty-first"),
                              (11, "thirty-first"), (2, "thirty-first")])
    text = f"the {word} of {MONTHS[month - 1]}"
    return ([f"The baptism register at {rng.choice(_CHURCHES)} records the christening on [[{text}]], an entry "
             f"the archivist called a slip of the vicar's pen."], {"date": text})


@_template
def b12_impossible_debut_uk_no_comma(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1980, 2014)
    text = _uk(bad)
    return ([f"The winger, signed from {rng.choice(_TEAMS)}, made his debut as a substitute on [[{text}]] and "
             f"scored within {_word(rng.randint(4, 12))} minutes."], {"date": text})


@_template
def b12_impossible_six_months_to(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _thirty_one(rng, rng.randint(1995, 2014))
    text = _uk(bad)
    return ([f"{rng.choice(_COMPANIES)} reported pre-tax profit of {rng.randint(12, 95)}.{rng.randint(1, 9)} "
             f"million pounds for the six months to [[{text}]]."], {"date": text})


@_template
def b12_impossible_samples_between(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014)
    start = datetime.date(bad.year, bad.month - 1 if bad.month > 1 else 1, 1)
    text_bad = _us(bad)
    return ([f"Soil samples were gathered from {rng.randint(20, 60)} plots between {_md(start)} and "
             f"[[{text_bad}]], the researchers wrote."], {"date": text_bad})


@_template
def b12_impossible_admissions_leap(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([y for y in range(1990, 2015) if y % 4 != 0])
    text = f"29 February {year}"
    return ([f"The audit covered every patient admitted to the stroke unit between 1 January and [[{text}]], "
             f"the trust said."], {"date": text})


@_template
def b12_impossible_planning_deadline_split(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _never(rng)
    year = rng.randint(1995, 2014)
    return ([f"In [[{year}]], the council told objectors that comments on the quarry extension had to be received "
             f"by [[{_md(bad)}]]."], {"date": (_md(bad), year)})


@_template
def b12_impossible_premiere_passive(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1950, 2014)
    text = _us(bad)
    return ([f"The play was first staged at the {rng.choice(_US_CITIES)} Civic Theater on [[{text}]], with "
             f"{rng.choice(_WOMEN)} in the title role."], {"date": text})


@_template
def b12_impossible_cathedral_th(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1950, 2014)
    text = _uk_th(bad)
    return ([f"After {_word(rng.randint(3, 11))} years of restoration, the cathedral's nave was reopened for "
             f"worship on [[{text}]]."], {"date": text})


@_template
def b12_impossible_term_ended_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014)
    text = _abbr(bad)
    return ([f"Classes at {rng.choice(_US_CITIES)} Community College were suspended on [[{text}]] after the "
             f"boiler failed, the college said."], {"date": text})


@_template
def b12_impossible_hay_cut_year_later(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _never(rng)
    year = rng.randint(1960, 2014)
    return ([f"The first cut of silage came on [[{_dm(bad)}]], the farm diary shows, and by the end of "
             f"[[{year}]] the herd had doubled."], {"date": (_dm(bad), year)})


@_template
def b12_impossible_timetable_from(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1985, 2014)
    text = _abbr_uk(bad)
    return ([f"The revised timetable, which took effect from [[{text}]], cut the number of stopping services at "
             f"{rng.choice(_TOWNS)} to {_word(rng.randint(3, 8))} a day."], {"date": text})


@_template
def b12_impossible_rainfall_gauge(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014)
    text = _uk(bad)
    return ([f"The gauge at {rng.choice(_TOWNS)} recorded {rng.randint(70, 160)}mm of rain on [[{text}]], the "
             f"wettest day in its {rng.randint(60, 140)}-year record, according to the Met Office."],
            {"date": text})


@_template
def b12_impossible_sept_ap(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1970, 2014)
    text = f"Sept. 31, {year}"
    return ([f"Police said the pickup truck was reported stolen from a driveway in {rng.choice(_US_CITIES)} on "
             f"[[{text}]], and was found burned out two counties away."], {"date": text})


@_template
def b12_impossible_invoice_short(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _thirty_one(rng, rng.randint(2000, 2014))
    text = f"{SHORT_MONTHS[bad.month - 1]} 31, {bad.year}"
    return ([f"An invoice dated [[{text}]], and shown to reporters, billed the district "
             f"${rng.randint(12, 89)},{rng.randint(100, 999)} for consulting work."], {"date": text})


@_template
def b12_impossible_minister_appointed_quote(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014)
    text = _uk_th(bad)
    return ([f"\"I was sworn in on [[{text}]] and the crisis began the same week,\" the former minister, "
             f"{rng.choice(_MEN)}, recalled."], {"date": text})


@_template
def b12_impossible_storm_landfall_sentence_start(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014)
    text = _us(bad)
    return ([f"[[{text}]], is a date fishermen in {rng.choice(_US_CITIES)} still mention with a shudder: it was "
             f"when Hurricane {rng.choice(_STORMS)} came ashore."], {"date": text})


# --- restated_event: the same head word in both places ------------------------

@_template
def b12_restated_same_merger_completed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_months(rng, 1985, 2015)
    buyer, target = rng.sample(_COMPANIES, 2)
    return ([f"{buyer}'s merger with {target}, completed in [[{_my(one)}]], created the region's largest employer "
             f"outside the public sector.",
             f"Analysts say the merger, which closed in [[{_my(two)}]], has since cut overheads by "
             f"{rng.randint(8, 19)} per cent."], {"dates": (_my(one), _my(two))})


@_template
def b12_restated_same_verdict_appeal(rng: random.Random) -> tuple[list[str], Facts]:
    one = _date(rng, 1990, 2015)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(3, 40))
    if two.year > 2015:
        two = _add(one, -rng.randint(3, 40))
    name = rng.choice(_MEN)
    return ([f"The jury's verdict against {name} was delivered on [[{_uk(one)}]] after {_word(rng.randint(3, 7))} "
             f"days of deliberation.",
             f"His solicitors lodged an appeal against the verdict, returned on [[{_uk(two)}]], within the "
             f"statutory window."], {"dates": (_uk(one), _uk(two))})


@_template
def b12_restated_same_flood_remembered(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1950, 2015, 9)
    town = rng.choice(_TOWNS)
    season = rng.choice(["spring", "autumn", "summer"])
    return ([f"The flood of [[{one}]] swept away the packhorse bridge at {town} and left {rng.randint(40, 300)} "
             f"homes uninhabitable.",
             f"Older residents still talk about the flood, which came in the [[{season} of {two}]], as the "
             f"night the river changed course."], {"dates": (str(one), f"{season} of {two}")})


@_template
def b12_restated_same_election_mayor(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1970, 2015, 8)
    name = rng.choice(_WOMEN)
    return ([f"{name} became the city's first directly chosen mayor at the election of [[{one}]].",
             f"Her election, in [[{two}]], ended {_word(rng.randint(11, 20))} years of one-party control of the "
             f"town hall."], {"dates": (str(one), str(two))})


@_template
def b12_restated_same_cup_final(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1955, 2015, 10)
    team, rival = rng.sample(_TEAMS, 2)
    month = rng.choice(["April", "May"])
    return ([f"{team} have not reached a cup final since the [[{one}]] final, lost {rng.randint(1, 3)}-0 to "
             f"{rival}.",
             f"That final, played in front of {rng.randint(21, 78)},{rng.randint(100, 999)} spectators in "
             f"[[{month} {two}]], is still shown on the club's big screen."],
            {"dates": (str(one), f"{month} {two}")})


@_template
def b12_restated_same_discovery_comet(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1960, 2015, 12)
    name = rng.choice(_MEN)
    return ([f"The comet was discovered in [[{one}]] by {name}, a retired postman who observed from his garden in "
             f"{rng.choice(_TOWNS)}.",
             f"Since its discovery in [[{two}]], it has returned to the inner solar system only once."],
            {"dates": (str(one), str(two))})


@_template
def b12_restated_same_outbreak_cholera(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1970, 2015, 7)
    month = rng.randint(1, 12)
    return ([f"The [[{one}]] cholera outbreak in the river districts killed {rng.randint(30, 400)} people, "
             f"according to the health ministry in {rng.choice(_CAPITALS)}.",
             f"Doctors traced the outbreak, which was over within weeks of the first case in "
             f"[[{MONTHS[month - 1]} {two}]], to a contaminated borehole."],
            {"dates": (str(one), f"{MONTHS[month - 1]} {two}")})


@_template
def b12_restated_same_ordination_priest(rng: random.Random) -> tuple[list[str], Facts]:
    one = _date(rng, 1950, 2010)
    two = _date(rng, 1950, 2010)
    while two.year == one.year:
        two = _date(rng, 1950, 2010)
    name = rng.choice(_MEN)
    return ([f"Father {name.split()[1]}'s ordination took place at {rng.choice(_CHURCHES)} in [[{one.year}]].",
             f"After his ordination on [[{_us(two)}]], he served as a curate in {rng.choice(_US_CITIES)} and later "
             f"as a hospital chaplain."], {"dates": (str(one.year), _us(two))})


@_template
def b12_restated_same_premiere_opera(rng: random.Random) -> tuple[list[str], Facts]:
    one = _date(rng, 1950, 2015)
    two = datetime.date(one.year + rng.choice((-3, -2, -1, 1, 2)), rng.randint(1, 12), 1)
    if two.year > 2015:
        two = two.replace(year=one.year - 2)
    return ([f"The opera's premiere on [[{_uk(one)}]] was greeted with boos from the gallery.",
             f"Critics who attended the premiere, in [[{_my(two)}]], were kinder, praising its second act."],
            {"dates": (_uk(one), _my(two))})


@_template
def b12_restated_same_closure_line(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1950, 2000, 9)
    town = rng.choice(_TOWNS)
    return ([f"The closure of the {town} line in [[{one}]] left the valley without a railway for the first time "
             f"in a century.",
             f"Campaigners argue that the closure, carried out in [[{two}]] on cost grounds, was a mistake the "
             f"county is still paying for."], {"dates": (str(one), str(two))})


@_template
def b12_restated_same_coup_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    one = _date(rng, 1960, 2015)
    two = _date(rng, 1960, 2015)
    while two.year == one.year:
        two = _date(rng, 1960, 2015)
    country = rng.choice(_COUNTRIES)
    return ([f"Since the coup of [[{_uk(one)}]], {country} has held {_word(rng.randint(2, 5))} elections, none "
             f"judged free by observers.",
             f"The coup, staged on [[{_us(two)}]] by a group of junior officers, toppled an elected government."],
            {"dates": (_uk(one), _us(two))})


@_template
def b12_restated_same_fire_month_day(rng: random.Random) -> tuple[list[str], Facts]:
    one = _date(rng, 1980, 2015)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(2, 20))
    while two.year != one.year:
        two = _add(one, rng.choice((-1, 1)) * rng.randint(2, 20))
    company = rng.choice(_COMPANIES)
    return ([f"The fire at {company}'s warehouse on [[{_us(one)}]] destroyed stock worth "
             f"${rng.randint(2, 9)} million.",
             f"Investigators said the fire, on [[{_md(two)}]], started in a forklift charging bay."],
            {"dates": (_us(one), (_md(two), one.year))})


@_template
def b12_restated_same_harvest_record(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1960, 2015, 8)
    return ([f"Growers in {rng.choice(_COUNTIES)} County are still measured against the record harvest of "
             f"[[{one}]], when yields topped {rng.randint(180, 240)} bushels an acre.",
             f"That harvest, brought in during the [[autumn of {two}]], has never been matched."],
            {"dates": (str(one), f"autumn of {two}")})


@_template
def b12_restated_same_inspection_school(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_months(rng, 1995, 2015)
    school = f"{rng.choice(_TOWNS)} Grammar"
    return ([f"{school}'s last full inspection, in [[{_my(one)}]], rated the school good in every category.",
             f"Inspectors noted at that inspection, carried out in [[{_my(two)}]], that attendance had risen "
             f"sharply."], {"dates": (_my(one), _my(two))})


@_template
def b12_restated_same_acquisition_ap(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1985, 2015, 7, 3)
    two_day = _date(rng, two, two)
    buyer, target = rng.sample(_COMPANIES, 2)
    return ([f"{buyer} has struggled to integrate {target} since the [[{one}]] acquisition, a person familiar "
             f"with the matter said.",
             f"The acquisition, which closed [[{_ap(two_day)}]], was valued at ${rng.randint(110, 890)} million."],
            {"dates": (str(one), _ap(two_day))})


@_template
def b12_restated_same_wedding_guests(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1940, 2010, 5)
    day = _date(rng, two, two)
    return ([f"{rng.choice(_WOMEN)} and {rng.choice(_MEN)} met at a dance in {rng.choice(_TOWNS)} and their "
             f"wedding in [[{one}]] was the first held in the rebuilt church.",
             f"Guests at the wedding, on [[{_uk(day)}]], walked to the reception behind a brass band."],
            {"dates": (str(one), _uk(day))})


@_template
def b12_restated_same_eruption_volcano(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1950, 2015, 10)
    return ([f"Ash from the [[{one}]] eruption closed airspace over much of the region for "
             f"{_word(rng.randint(3, 12))} days.",
             f"Volcanologists at {rng.choice(_UNIVERSITIES)} have now reconstructed the eruption, a single blast "
             f"in [[mid-{two}]], from layers of ash in lake sediment."], {"dates": (str(one), f"mid-{two}")})


# --- restated_event: a different word or form ---------------------------------

@_template
def b12_restated_diff_accord_agreement(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1960, 2015, 9)
    capital = rng.choice(_CAPITALS)
    month = rng.randint(1, 12)
    return ([f"The {capital} Accord of [[{one}]] ended the border war between the two neighbours.",
             f"Under the agreement, signed in [[{MONTHS[month - 1]} {two}]], both armies pulled back "
             f"{rng.randint(10, 40)} kilometres."], {"dates": (str(one), f"{MONTHS[month - 1]} {two}")})


@_template
def b12_restated_diff_founded_establishment(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1890, 2010, 15)
    company = rng.choice(_COMPANIES)
    return ([f"{company}, founded in [[{one}]] by two brothers in a rented shed, now employs "
             f"{rng.randint(200, 900)} people.",
             f"Since its establishment in [[{two}]], the firm has never missed a dividend."],
            {"dates": (str(one), str(two))})


@_template
def b12_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    one = _date(rng, 1990, 2015)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(5, 60))
    if two.year > 2015:
        two = _add(one, -rng.randint(5, 60))
    name = rng.choice(_WOMEN)
    return ([f"{name}, the potter whose glazes were collected across Europe, died at her studio on "
             f"[[{_uk(one)}]].",
             f"Her death, on [[{_uk(two)}]], came weeks after her final exhibition closed."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b12_restated_diff_opened_opening(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1950, 2015, 6)
    month = rng.randint(1, 12)
    river = rng.choice(["Tamar", "Severn", "Tees", "Ouse", "Trent"])
    return ([f"The {river} suspension bridge opened to traffic in [[{one}]], replacing a ferry that had run "
             f"for centuries.",
             f"At its opening in [[{MONTHS[month - 1]} {two}]], the toll for a car was {rng.randint(2, 9)} "
             f"pence."], {"dates": (str(one), f"{MONTHS[month - 1]} {two}")})


@_template
def b12_restated_diff_byelection_victory(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_months(rng, 1970, 2015)
    name = rng.choice(_MEN)
    town = rng.choice(_TOWNS)
    return ([f"{name} won {town} at the by-election of [[{_my(one)}]], overturning a majority of "
             f"{rng.randint(4, 19)},{rng.randint(100, 999)}.",
             f"He has said that victory, in [[{_my(two)}]], taught him never to take a vote for granted."],
            {"dates": (_my(one), _my(two))})


@_template
def b12_restated_diff_arrested_arrest(rng: random.Random) -> tuple[list[str], Facts]:
    one = _date(rng, 1985, 2015)
    two = _date(rng, 1985, 2015)
    while abs((two - one).days) < 2:
        two = _date(rng, 1985, 2015)
    name = rng.choice(_MEN)
    return ([f"Police arrested {name} at a house in {rng.choice(_US_CITIES)} on [[{_us(one)}]], after a "
             f"{rng.randint(2, 11)}-month investigation.",
             f"Since his arrest on [[{_us(two)}]], he has been held without bail."],
            {"dates": (_us(one), _us(two))})


@_template
def b12_restated_diff_retired_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1970, 2015, 5)
    name = rng.choice(_MEN)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{name} quit international cricket in [[{one}]] with {rng.randint(200, 450)} Test wickets.",
             f"His retirement, in [[{month} {two}]], came straight after a home series in which he was "
             f"dropped for the final match."],
            {"dates": (str(one), f"{month} {two}")})


@_template
def b12_restated_diff_collapse_went_under(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1970, 2015, 6)
    bank = f"{rng.choice(_SURNAMES)} & Co"
    month = rng.randint(1, 12)
    return ([f"Depositors lost {rng.randint(12, 60)} per cent of their savings in the collapse of {bank} in "
             f"[[{one}]].",
             f"The bank went under in [[{MONTHS[month - 1]} {two}]], when a run on its branches drained its "
             f"reserves in {_word(rng.randint(2, 5))} days."], {"dates": (str(one), f"{MONTHS[month - 1]} {two}")})


@_template
def b12_restated_diff_launch_lifted_off(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1970, 2015, 6, 2)
    day = _date(rng, two, two)
    return ([f"The weather satellite's launch in [[{one}]] went ahead at the first attempt, in calm "
             f"conditions.",
             f"It lifted off from the coastal range on [[{_us(day)}]], carrying a radiometer built in "
             f"{rng.choice(_US_CITIES)}."], {"dates": (str(one), _us(day))})


@_template
def b12_restated_diff_approved_approval(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_months(rng, 1990, 2015)
    drug = rng.choice(["Corvenex", "Tralimod", "Oxavir", "Pelozan"])
    return ([f"{drug} was approved by regulators in [[{_my(one)}]] for adults with severe asthma.",
             f"Since approval, granted in [[{_my(two)}]], prescriptions have risen every quarter, the maker said."],
            {"dates": (_my(one), _my(two))})


@_template
def b12_restated_diff_consecrated_consecration(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1880, 1990, 10)
    church = rng.choice(_CHURCHES)
    return ([f"{church} was consecrated in [[{one}]], its spire paid for by a local brewer.",
             f"The bishop who led the consecration, in [[{two}]], is buried beneath the chancel."],
            {"dates": (str(one), str(two))})


@_template
def b12_restated_diff_abolished_abolition(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1960, 2015, 6)
    county = rng.choice(["Humberside", "Cleveland", "Avon", "Hereford and Worcester"])
    return ([f"{county} County Council was abolished in [[{one}]] after a review of local government.",
             f"Its abolition, in [[{two}]], handed roads and schools to {_word(rng.randint(3, 5))} new unitary "
             f"authorities."], {"dates": (str(one), str(two))})


@_template
def b12_restated_diff_derailment_left_tracks(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1960, 2015, 7)
    day = _date(rng, two, two)
    town = rng.choice(_TOWNS)
    return ([f"The [[{one}]] derailment near {town} injured {rng.randint(12, 90)} passengers and closed the line "
             f"for a month.",
             f"The express left the tracks on [[{_uk(day)}]] at a speed of {rng.randint(70, 110)} miles an hour, "
             f"the accident report found."], {"dates": (str(one), _uk(day))})


@_template
def b12_restated_diff_hurricane_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_months(rng, 1960, 2015)
    one, two = one.replace(month=6 + one.month % 6), two.replace(month=6 + two.month % 6)
    while one == two:
        two = two.replace(year=two.year - 1)
    storm = rng.choice(_STORMS)
    return ([f"Hurricane {storm}, which battered the Gulf coast in [[{_my(one)}]], destroyed "
             f"{rng.randint(2, 9)},{rng.randint(100, 999)} homes.",
             f"{storm} made landfall near {rng.choice(_US_CITIES)} in [[{_my(two)}]] as a Category "
             f"{rng.randint(3, 5)} storm."], {"dates": (_my(one), _my(two))})


@_template
def b12_restated_diff_graduated_degree_ceremony(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1950, 2012, 8, 3)
    university = rng.choice(_UNIVERSITIES)
    return ([f"She graduated from {university} in [[{one}]], the first in her family to go to university.",
             f"A photograph of her graduation ceremony, held in [[{two}]], hangs in the hallway of the family "
             f"home."], {"dates": (str(one), str(two))})


@_template
def b12_restated_diff_takeover_bought(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_months(rng, 1980, 2015)
    while two.year == one.year:
        one, two = _two_months(rng, 1980, 2015)
    buyer, target = rng.sample(_COMPANIES, 2)
    return ([f"The takeover of {target} by {buyer}, completed in [[{one.year}]], was the largest in the sector that "
             f"decade.",
             f"{buyer} bought {target} in [[{_my(two)}]] for {rng.randint(120, 900)} million pounds in cash and "
             f"shares."], {"dates": (str(one.year), _my(two))})


@_template
def b12_restated_diff_premiered_first_performed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_years(rng, 1900, 2015, 8)
    day = _date(rng, two, two)
    composer = rng.choice(_WOMEN)
    return ([f"{composer}'s Second Symphony premiered in [[{one}]] to a half-empty hall.",
             f"The work was first performed, under the composer's own baton, on [[{_of(day)}]]."],
            {"dates": (str(one), _of(day))})


@_template
def b12_restated_diff_ruling_judgment(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_months(rng, 1970, 2015)
    while two.year == one.year:
        one, two = _two_months(rng, 1970, 2015)
    a, b = rng.sample(_SURNAMES, 2)
    return ([f"The Supreme Court's ruling in {a} v {b}, handed down in [[{one.year}]], redefined the duty of care "
             f"owed by landlords.",
             f"Lawyers have cited the judgment, delivered in [[{_my(two)}]], in more than "
             f"{rng.randint(200, 900)} cases."], {"dates": (str(one.year), _my(two))})


# --- order_violation ----------------------------------------------------------

@_template
def b12_order_withdrew_after_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1960, 2009)
    return ([f"Government troops withdrew from the border town in [[{second}]], after the ceasefire agreed at "
             f"talks in {rng.choice(_CAPITALS)} in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_following_flotation(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1980, 2009)
    company, target = rng.sample(_COMPANIES, 2)
    return ([f"Following its [[{first}]] flotation on the London market, {company} went on to buy {target} in "
             f"[[{second}]] for {rng.randint(40, 300)} million pounds."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_aftermath_riots_law(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1960, 2009)
    town = rng.choice(_TOWNS)
    return ([f"Public order law was tightened in [[{second}]], in the aftermath of the [[{first}]] {town} riots, "
             f"which left {rng.randint(30, 140)} officers injured."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_amateur_before_professional(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1970, 2009)
    name = rng.choice(_MEN)
    return ([f"{name} won the national amateur championship in [[{first}]] before turning professional in "
             f"[[{second}]], and he took his first ranking title within a season."],
            {"earlier": str(first), "later": str(second)})


@_template
def b12_order_prior_to_joining(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1975, 2009)
    name = rng.choice(_WOMEN)
    company, old = rng.sample(_COMPANIES, 2)
    return ([f"Prior to joining {company} as finance director in [[{second}]], {name} spent most of her career "
             f"at {old}, which she left in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_manifesto_ahead_of(rng: random.Random) -> tuple[list[str], Facts]:
    second = rng.randint(1970, 2013)
    first = datetime.date(second + 1, rng.randint(1, 12), 1)
    return ([f"Ahead of the [[{second}]] general election, the party published a manifesto in "
             f"[[{_my(first)}]] promising {rng.randint(20, 90)},{rng.randint(100, 999)} new homes a year."],
            {"earlier": _my(first), "later": str(second)})


@_template
def b12_order_wake_bank_stress_tests(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1970, 2009)
    bank = f"{rng.choice(_SURNAMES)} Savings"
    return ([f"In the wake of the collapse of {bank} in [[{first}]], the central bank introduced annual stress "
             f"tests for lenders in [[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_pilot_preceded_rollout(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1990, 2009)
    return ([f"The school meals pilot in {rng.choice(_TOWNS)}, run in [[{first}]], preceded the national roll-out "
             f"of [[{second}]] and shaped its menus."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_outbreak_prompted_overhaul(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1980, 2009)
    return ([f"The norovirus outbreak of [[{first}]] prompted the hospital to overhaul its cleaning contracts in "
             f"[[{second}]], a spokeswoman for the trust said."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_founded_then_concert(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1900, 2009)
    return ([f"The orchestra was founded by a group of mill workers in [[{first}]] and then gave its first public "
             f"concert in [[{second}]] at the {rng.choice(_TOWNS)} Corn Exchange."],
            {"earlier": str(first), "later": str(second)})


@_template
def b12_order_burned_later_rebuilt(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1850, 2009)
    church = rng.choice(_CHURCHES)
    return ([f"The medieval chapel of {church} burned down in [[{first}]].",
             f"It was later rebuilt in local sandstone, and the new building was dedicated in [[{second}]]."],
            {"earlier": str(first), "later": str(second)})


@_template
def b12_order_eve_of_summit(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1985, 2015)
    summit = datetime.date(year, rng.randint(1, 11), rng.randint(1, 28))
    protest = _add(summit, rng.randint(20, 60))
    if protest.year > 2015:
        summit = summit.replace(year=2014)
        protest = _add(summit, rng.randint(20, 60))
    return ([f"Protesters clashed with police in {rng.choice(_CAPITALS)} on [[{_uk(protest)}]], on the eve of the "
             f"regional summit that opened on [[{_uk(summit)}]]."], {"earlier": _uk(protest), "later": _uk(summit)})


@_template
def b12_order_fined_subsequently_delisted(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1985, 2009)
    company = rng.choice(_COMPANIES)
    return ([f"{company} was fined by the markets regulator in [[{first}]] for misstating its accounts and was "
             f"subsequently delisted in [[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_drought_response_irrigation(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1950, 2009)
    return ([f"In response to the drought of [[{first}]], farmers in {rng.choice(_COUNTIES)} County began drawing "
             f"water from the aquifer in [[{second}]], records show."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_derailment_led_to_closure(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1950, 2009)
    return ([f"The derailment at {rng.choice(_TOWNS)} junction in [[{first}]] led to the branch line's closure in "
             f"[[{second}]], when the operator judged repairs too costly."],
            {"earlier": str(first), "later": str(second)})


@_template
def b12_order_lightning_days_same_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1975, 2015)
    fire = datetime.date(year, rng.randint(5, 8), rng.randint(1, 28))
    strike = _add(fire, rng.randint(3, 25))
    return ([f"The moorland fire broke out on [[{_md(fire)}]] after a lightning strike reported on "
             f"[[{_md(strike)}, {year}]], the fire service said."],
            {"earlier": (_md(strike), year), "later": (_md(fire), year)})


@_template
def b12_order_by_the_time_ferry(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1950, 2009)
    river = rng.choice(["Humber", "Forth", "Mersey", "Severn"])
    return ([f"By the time the {river} bridge opened in [[{second}]], the old ferry service had already made its "
             f"last crossing, in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_after_graduating_taught(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1950, 2009)
    name = rng.choice(_WOMEN)
    return ([f"After graduating from {rng.choice(_UNIVERSITIES)} in [[{first}]], {name} taught chemistry at a "
             f"girls' school in {rng.choice(_TOWNS)} from [[{second}]] until her marriage."],
            {"earlier": str(first), "later": str(second)})


@_template
def b12_order_first_second_edition(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1960, 2009)
    return ([f"The first edition of the {rng.choice(_TOWNS)} folk festival, in [[{first}]], drew a few hundred "
             f"people to a single field.",
             f"By the second, in [[{second}]], the organisers needed {_word(rng.randint(3, 6))} stages."],
            {"earlier": str(first), "later": str(second)})


@_template
def b12_order_terminal_replaced(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1950, 2009)
    return ([f"The new terminal at {rng.choice(_US_CITIES)} Regional Airport, which opened in [[{second}]], "
             f"replaced a cramped building erected in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_memoir_before_death(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1950, 2009)
    name = rng.choice(_MEN)
    return ([f"{name} finished the last chapter of his memoir in [[{first}]], shortly before his death in "
             f"[[{second}]] at his home in {rng.choice(_TOWNS)}."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_trial_after_approval_months(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1990, 2015)
    approval_month = rng.randint(5, 12)
    trial_month = rng.randint(1, approval_month - 2)
    approval = datetime.date(year, approval_month, 1)
    trial = datetime.date(year, trial_month, 1)
    return ([f"Enrolment in the vaccine trial began in [[{_my(trial)}]], after the ethics committee gave its "
             f"approval in [[{_my(approval)}]]."], {"earlier": _my(approval), "later": _my(trial)})


@_template
def b12_order_succeeded_predecessor_appointed(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1960, 2009)
    name, predecessor = rng.sample(_MEN, 2)
    return ([f"{name} succeeded {predecessor} as chief constable in [[{second}]].",
             f"{predecessor.split()[1]} had been appointed to the post in [[{first}]] and served until his "
             f"successor arrived."], {"earlier": str(first), "later": str(second)})


@_template
def b12_order_until_museum_moved(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1950, 2009)
    return ([f"The collection was displayed in the old town hall until [[{second}]], when it moved to a "
             f"purpose-built gallery that had been completed in [[{first}]]."],
            {"earlier": str(first), "later": str(second)})


@_template
def b12_order_quote_before_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _inverted(rng, 1985, 2009)
    name = rng.choice(_WOMEN)
    return ([f"\"We had already cut the workforce in [[{first}]], well before the merger of [[{second}]],\" "
             f"said {name}, a former shop steward at the plant."], {"earlier": str(first), "later": str(second)})


# --- publication_anachronism (article published 2016-09-27) ------------------

@_template
def b12_anachronism_minister_resigned_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    text = _ap(day)
    return ([f"{rng.choice(_MEN)} resigned as {rng.choice(_COUNTRIES)}'s finance minister on [[{text}]], the "
             f"presidency said, citing ill health."], {"date": text, "relative": None})


@_template
def b12_anachronism_loss_year_to(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    text = f"31 March {year}"
    return ([f"{rng.choice(_COMPANIES)} reported a pre-tax loss of {rng.randint(3, 40)}.{rng.randint(1, 9)} "
             f"million pounds for the year to [[{text}]], blaming higher energy costs."],
            {"date": text, "relative": None})


@_template
def b12_anachronism_league_won_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    team = rng.choice(_TEAMS)
    return ([f"{team}, who won the league in [[{year}]] under their former manager, have lost "
             f"{_word(rng.randint(3, 7))} of their opening {_word(rng.randint(8, 10))} games."],
            {"date": str(year), "relative": None})


@_template
def b12_anachronism_jailed_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    name = rng.choice(_MEN)
    return ([f"{name} was jailed for {_word(rng.randint(3, 9))} years at {rng.choice(_TOWNS)} Crown Court in "
             f"[[{_my(day)}]] for his part in the conspiracy.",
             f"He has since lodged an appeal."], {"date": _my(day), "relative": None})


@_template
def b12_anachronism_obituary_died_aged(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    text = _uk(day)
    return ([f"{rng.choice(_WOMEN)}, the choreographer who founded the {rng.choice(_TOWNS)} Dance Company, died "
             f"at a hospice on [[{text}]] after a short illness, her family said."],
            {"date": text, "relative": None})


@_template
def b12_anachronism_study_published(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    return ([f"In a study published in [[{_my(day)}]], researchers at {rng.choice(_UNIVERSITIES)} found that "
             f"urban foxes had shorter snouts than their rural cousins."], {"date": _my(day), "relative": None})


@_template
def b12_anachronism_dengue_cases_recorded(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"The province recorded {rng.randint(2, 9)},{rng.randint(100, 999)} cases of dengue fever in "
             f"[[{year}]], almost double the previous peak, health officials in {rng.choice(_CAPITALS)} said."],
            {"date": str(year), "relative": None})


@_template
def b12_anachronism_council_approved_plan(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    text = _us(day)
    return ([f"The {rng.choice(_US_CITIES)} City Council approved the downtown parking plan on [[{text}]], by a "
             f"vote of {rng.randint(5, 8)} to {rng.randint(1, 4)}.",
             f"Construction of the first garage is expected to take a year."], {"date": text, "relative": None})


@_template
def b12_anachronism_wing_opened_season(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    season = rng.choice(["spring", "summer", "autumn"])
    text = f"the {season} of {year}"
    return ([f"The museum's glass-roofed wing, which opened in [[{text}]], has drawn more visitors than the rest "
             f"of the building combined."], {"date": text, "relative": None})


@_template
def b12_anachronism_vicar_installed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    text = _uk_th(day)
    return ([f"The Rev {rng.choice(_WOMEN)} was installed as vicar of {rng.choice(_CHURCHES)} at a service led "
             f"by the archdeacon on [[{text}]]."], {"date": text, "relative": None})


@_template
def b12_anachronism_state_visit(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    return ([f"The president travelled to {rng.choice(_CAPITALS)} in [[{_my(day)}]], the first visit by a head "
             f"of state from the region in {_word(rng.randint(11, 20))} years."], {"date": _my(day), "relative": None})


@_template
def b12_anachronism_runway_mid_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    text = f"mid-{year}"
    return ([f"The airport's main runway was closed for resurfacing in [[{text}]], forcing airlines to divert "
             f"{rng.randint(30, 90)} flights a day."], {"date": text, "relative": None})


@_template
def b12_anachronism_inspectors_rated(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    return ([f"Inspectors rated {rng.choice(_TOWNS)} Primary outstanding after a visit in [[{_my(day)}]], "
             f"praising its reading scheme."], {"date": _my(day), "relative": None})


@_template
def b12_anachronism_wheat_harvest_record(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"Farmers harvested a record {rng.randint(20, 40)}.{rng.randint(1, 9)} million tonnes of wheat in "
             f"[[{year}]], the agriculture ministry said."], {"date": str(year), "relative": None})


@_template
def b12_anachronism_quote_completed_move(rng: random.Random) -> tuple[list[str], Facts]:
    day = _ahead(rng)
    return ([f"\"We completed the move to the new depot in [[{_my(day)}]] without losing a single delivery,\" "
             f"said {rng.choice(_MEN)}, the operations director."], {"date": _my(day), "relative": None})


# relative expressions pinned far from publication

@_template
def b12_anachronism_board_met_yesterday(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _ap(day)
    return ([f"The {rng.choice(_COMPANIES)} board met [[yesterday]] ([[{text}]]) and approved a dividend of "
             f"{rng.randint(4, 19)} cents a share."], {"date": text, "relative": "yesterday"})


@_template
def b12_anachronism_last_weeks_storm(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _uk(day)
    return ([f"[[Last week]]'s storm, which struck on [[{text}]], brought down power lines across "
             f"{rng.choice(_TOWNS)} and the surrounding villages."], {"date": text, "relative": "Last week"})


@_template
def b12_anachronism_blaze_this_morning(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _us(day)
    return ([f"Firefighters were called to the blaze at a lumber yard in {rng.choice(_US_CITIES)} at 4 a.m. "
             f"[[this morning]], [[{text}]], and had it under control by daybreak."],
            {"date": text, "relative": "this morning"})


@_template
def b12_anachronism_last_nights_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _uk_th(day)
    return ([f"[[Last night]]'s vote in the assembly, held on [[{text}]], went against the government by "
             f"{_word(rng.randint(3, 19))} votes."], {"date": text, "relative": "Last night"})


@_template
def b12_anachronism_earlier_this_month_confirmation(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _us(day)
    return ([f"[[Earlier this month]], on [[{text}]], the bishop confirmed {rng.randint(20, 60)} candidates at a "
             f"single service, the largest class the cathedral had seen."],
            {"date": text, "relative": "Earlier this month"})


@_template
def b12_anachronism_reopened_two_days_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _us(day)
    return ([f"The {rng.choice(_COUNTIES)} County bridge reopened to traffic [[two days ago]], on [[{text}]], after "
             f"{_word(rng.randint(3, 11))} months of repairs."], {"date": text, "relative": "two days ago"})


@_template
def b12_anachronism_unemployment_last_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _my(day)
    return ([f"Unemployment fell to {rng.randint(3, 9)}.{rng.randint(1, 9)} per cent [[last month]] "
             f"([[{text}]]), the statistics office said."], {"date": text, "relative": "last month"})


@_template
def b12_anachronism_profits_last_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = _remote_year(rng)
    return ([f"Profits at {rng.choice(_COMPANIES)} rose {rng.randint(11, 40)} per cent [[last year]], in "
             f"[[{year}]], helped by a weaker currency."], {"date": str(year), "relative": "last year"})


@_template
def b12_anachronism_earlier_today_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _iso(day)
    return ([f"[[Earlier today]] ([[{text}]]) the health minister announced that {rng.randint(3, 9)} new "
             f"clinics would open in rural districts."], {"date": text, "relative": "Earlier today"})


@_template
def b12_anachronism_trial_opened_this_week(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _uk(day)
    return ([f"The trial, which opened [[this week]] at {rng.choice(_TOWNS)} Crown Court on [[{text}]], is expected "
             f"to last {_word(rng.randint(3, 8))} weeks."], {"date": text, "relative": "this week"})


@_template
def b12_anachronism_fortnight_ago_frost(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    return ([f"[[A fortnight ago]], on [[{_dm(day)} {day.year}]], a hard frost wiped out most of the blossom in "
             f"the {rng.choice(_COUNTIES)} orchards."],
            {"date": f"{_dm(day)} {day.year}", "relative": "A fortnight ago"})


@_template
def b12_anachronism_marathon_last_weekend(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _us(day)
    return ([f"[[Last weekend]]'s marathon, run on [[{text}]] in heavy rain, was won by {rng.choice(_WOMEN)} in "
             f"{_word(2)} hours {rng.randint(24, 39)} minutes."], {"date": text, "relative": "Last weekend"})


@_template
def b12_anachronism_earlier_this_year_pupils(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _my(day)
    return ([f"[[Earlier this year]], in [[{text}]], the school was forced to send {rng.randint(40, 200)} pupils "
             f"home when the heating failed."], {"date": text, "relative": "Earlier this year"})


@_template
def b12_anachronism_this_afternoon_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _ap(day)
    return ([f"The jury returned its verdict at 3:15 p.m. [[this afternoon]], [[{text}]], after "
             f"{_word(rng.randint(2, 6))} days of deliberation."], {"date": text, "relative": "this afternoon"})


@_template
def b12_anachronism_yesterday_harvest_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    day = _remote(rng)
    text = _uk(day)
    name = rng.choice(_MEN)
    return ([f"{name} farms {rng.randint(200, 900)} acres of barley on the edge of {rng.choice(_TOWNS)}.",
             f"He began combining [[yesterday]], [[{text}]], and expects yields to be the best in a decade."],
            {"date": text, "relative": "yesterday"})


# --- duration_arithmetic ------------------------------------------------------

@_template
def b12_duration_band_founded_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1880, 2000)
    n = _off(rng, 2016 - year)
    return ([f"The {rng.choice(_TOWNS)} Silver Band, founded [[{n} years ago]] in [[{year}]] by workers at the "
             f"tannery, still rehearses in the same hall."],
            {"stated": f"{n} years ago", "value": n, "start": str(year), "end": None, "unit": "years", "offset": 0})


@_template
def b12_duration_died_aged_pronoun_born(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1900, 1960)
    died = rng.randint(born + 40, min(born + 95, 2015))
    age = _off(rng, died - born)
    name = rng.choice(_WOMEN)
    return ([f"{name}, the folk singer, died in [[{died}]] [[aged {age}]].",
             f"She was born in [[{born}]] in a terraced house in {rng.choice(_TOWNS)}, the daughter of a "
             f"ship's carpenter."],
            {"stated": f"aged {age}", "value": age, "start": str(born), "end": str(died), "unit": "years",
             "offset": 0})


@_template
def b12_duration_summit_day_words(rng: random.Random) -> tuple[list[str], Facts]:
    n = rng.randint(2, 5)
    start = datetime.date(rng.randint(1980, 2015), rng.randint(1, 11), rng.randint(1, 12))
    end = _add(start, n + rng.randint(8, 14))
    word = WORDS[n]
    return ([f"The [[{word}-day]] climate summit, which ran from [[{_md(start)}]] to [[{_md(end)}, {end.year}]], "
             f"ended without a communique."],
            {"stated": f"{word}-day", "value": n, "start": (_md(start), end.year), "end": f"{_md(end)}, {end.year}",
             "unit": "days", "offset": 0})


@_template
def b12_duration_headteacher_from_to(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1950, 1995)
    y2 = rng.randint(y1 + 4, min(y1 + 30, 2015))
    n = _off(rng, y2 - y1)
    return ([f"{rng.choice(_MEN)} was headteacher of {rng.choice(_TOWNS)} Grammar [[for {n} years]], from "
             f"[[{y1}]] to [[{y2}]], and saw the school through its merger with the secondary modern."],
            {"stated": f"for {n} years", "value": n, "start": str(y1), "end": str(y2), "unit": "years", "offset": 0})


@_template
def b12_duration_festival_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1930, 1995)
    y2 = rng.randint(y1 + 10, 2015)
    n = _off(rng, y2 - y1)
    stated = f"{n}{_sfx(n)} anniversary"
    return ([f"The {rng.choice(_TOWNS)} Arts Festival, first staged in a marquee in [[{y1}]], celebrated its "
             f"[[{stated}]] in [[{y2}]] with a commissioned oratorio."],
            {"stated": stated, "value": n, "start": str(y1), "end": str(y2), "unit": "years", "offset": 0})


@_template
def b12_duration_refurbishment_months(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(1990, 2012), rng.randint(1, 12), 1)
    months = rng.randint(10, 30)
    end_index = start.month - 1 + months
    end = datetime.date(start.year + end_index // 12, end_index % 12 + 1, 1)
    n = _off(rng, months)
    return ([f"The [[{n}-month]] refurbishment of the swimming baths, which began in [[{_my(start)}]] and was "
             f"completed in [[{_my(end)}]], cost the council {rng.randint(3, 9)}.{rng.randint(1, 9)} million pounds."],
            {"stated": f"{n}-month", "value": n, "start": _my(start), "end": _my(end), "unit": "months", "offset": 0})


@_template
def b12_duration_trial_weeks_dates(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1990, 2014)
    weeks = rng.randint(3, 14)
    end = _add(start, weeks * 7 + rng.randint(0, 4))
    n = _off(rng, weeks)
    return ([f"The jury reached its verdicts after a [[{n}-week]] trial that opened on [[{_uk(start)}]] and "
             f"closed on [[{_uk(end)}]]."],
            {"stated": f"{n}-week", "value": n, "start": _uk(start), "end": _uk(end), "unit": "weeks", "offset": 0})


@_template
def b12_duration_elected_at_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1930, 1980)
    elected = rng.randint(born + 21, min(born + 60, 2015))
    age = _off(rng, elected - born)
    return ([f"Elected in [[{elected}]] [[at the age of {age}]], she was one of only "
             f"{_word(rng.randint(3, 9))} women in the "
             f"assembly.",
             f"She had been born in [[{born}]] on a sheep farm in the uplands."],
            {"stated": f"at the age of {age}", "value": age, "start": str(born), "end": str(elected), "unit": "years",
             "offset": 0})


@_template
def b12_duration_decade_to_build(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1880, 1980)
    y2 = y1 + rng.randint(19, 32)
    return ([f"The viaduct took [[a decade]] to build, from [[{y1}]] to [[{y2}]], and {rng.randint(11, 40)} "
             f"navvies died on the works."],
            {"stated": "a decade", "value": 10, "start": str(y1), "end": str(y2), "unit": "years", "offset": 0})


@_template
def b12_duration_half_century_service(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1940, 1985)
    y2 = y1 + rng.choice([rng.randint(20, 41), rng.randint(59, 70)])
    if y2 > 2015:
        y2 = y1 + rng.randint(20, 30)
    return ([f"Parishioners presented {rng.choice(_WOMEN)} with a clock to mark [[half a century]] as church "
             f"organist, a post she took up in [[{y1}]] and gave up in [[{y2}]]."],
            {"stated": "half a century", "value": 50, "start": str(y1), "end": str(y2), "unit": "years",
             "offset": 0})


@_template
def b12_duration_centenary_school(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1880, 1920)
    y2 = y1 + rng.choice([rng.randint(60, 91), rng.randint(109, 125)])
    if y2 > 2015:
        y2 = y1 + rng.randint(60, 91)
    return ([f"Former pupils returned for the [[centenary]] of {rng.choice(_TOWNS)} Board School, which opened in "
             f"[[{y1}]]; the celebrations took place in [[{y2}]]."],
            {"stated": "centenary", "value": 100, "start": str(y1), "end": str(y2), "unit": "years", "offset": 0})


@_template
def b12_duration_fortnight_show(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(1970, 2015), rng.randint(1, 10), rng.randint(1, 28))
    end = _add(start, rng.randint(25, 45))
    return ([f"The agricultural show ran for [[a fortnight]], from [[{_dm(start)}]] to "
             f"[[{_dm(end)} {end.year}]], and drew exhibitors from {_word(rng.randint(4, 12))} counties."],
            {"stated": "a fortnight", "value": 14, "start": (_dm(start), end.year), "end": f"{_dm(end)} {end.year}",
             "unit": "days", "offset": 0})


@_template
def b12_duration_months_ago_appointed(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.choice([2013, 2014, 2015]), rng.randint(1, 12), 1)
    months = (2016 - start.year) * 12 + 9 - start.month
    n = _off(rng, months)
    return ([f"The chief executive, appointed [[{n} months ago]] in [[{_my(start)}]], has already replaced "
             f"{_word(rng.randint(3, 6))} members of the board."],
            {"stated": f"{n} months ago", "value": n, "start": _my(start), "end": None, "unit": "months",
             "offset": 0})


@_template
def b12_duration_aged_now_born(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1925, 1990)
    age = _off(rng, 2016 - born)
    return ([f"{rng.choice(_MEN)}, [[aged {age}]], who was born in [[{born}]] in the lock-keeper's cottage, "
             f"still opens the gates for narrowboats by hand."],
            {"stated": f"aged {age}", "value": age, "start": str(born), "end": None, "unit": "years", "offset": 0})


@_template
def b12_duration_newspaper_joined_retired(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1945, 1985)
    y2 = rng.randint(y1 + 10, min(y1 + 45, 2015))
    n = _off(rng, y2 - y1)
    return ([f"He joined the Courier as a copy boy in [[{y1}]], became chief reporter the following year and "
             f"retired as its editor in [[{y2}]], after [[{n} years]] at the paper."],
            {"stated": f"{n} years", "value": n, "start": str(y1), "end": str(y2), "unit": "years", "offset": 0})


@_template
def b12_duration_married_together(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1940, 1990)
    y2 = rng.randint(y1 + 12, min(y1 + 65, 2015))
    n = _off(rng, y2 - y1)
    return ([f"The couple married in [[{y1}]] at {rng.choice(_CHURCHES)}.",
             f"They had been together for [[{n} years]] when he died in [[{y2}]], and she kept the shop open "
             f"alone."],
            {"stated": f"{n} years", "value": n, "start": str(y1), "end": str(y2), "unit": "years", "offset": 0})


@_template
def b12_duration_released_after_serving(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(1975, 2000), rng.randint(1, 12), 1)
    end = datetime.date(rng.randint(start.year + 6, min(start.year + 25, 2015)), rng.randint(1, 12), 1)
    true = end.year - start.year
    n = _off(rng, true)
    return ([f"{rng.choice(_MEN)} was released on licence in [[{_my(end)}]] after serving [[{n} years]] of the "
             f"life sentence imposed in [[{_my(start)}]]."],
            {"stated": f"{n} years", "value": n, "start": _my(start), "end": _my(end), "unit": "years", "offset": 0})


@_template
def b12_duration_nights_festival_run(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(1980, 2015), rng.randint(6, 8), rng.randint(1, 15))
    nights = rng.randint(2, 6)
    end = _add(start, nights + rng.randint(9, 15))
    word = WORDS[nights]
    return ([f"The [[{word}-night]] jazz festival ran from [[{_md(start)}]] to [[{_md(end)}, {end.year}]] on a "
             f"stage built over the harbour."],
            {"stated": f"{word}-night", "value": nights, "start": (_md(start), end.year),
             "end": f"{_md(end)}, {end.year}", "unit": "days", "offset": 0})


@_template
def b12_duration_nth_season_joined(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1960, 1995)
    y2 = rng.randint(y1 + 5, min(y1 + 20, 2015))
    n = _off(rng, y2 - y1 + 1)
    stated = f"{n}{_sfx(n)} season"
    return ([f"{rng.choice(_MEN)}, who joined {rng.choice(_TEAMS)} as a teenager in [[{y1}]], was in his "
             f"[[{stated}]] with the club when he retired in [[{y2}]]."],
            {"stated": stated, "value": n, "start": str(y1), "end": str(y2), "unit": "years", "offset": -1})


@_template
def b12_duration_outage_iso(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 2000, 2015)
    days = rng.randint(15, 40)
    end = _add(start, days)
    if end.year > 2015:
        start, end = _add(start, -60), _add(end, -60)
    n = _off(rng, days)
    return ([f"According to the regulator's report, the water supply outage lasted [[{n} days]], from "
             f"[[{_iso(start)}]] to [[{_iso(end)}]]."],
            {"stated": f"{n} days", "value": n, "start": _iso(start), "end": _iso(end), "unit": "days", "offset": 0})


@_template
def b12_duration_word_years_after(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1950, 1980)
    n = rng.randint(3, 12)
    y2 = y1 + n + rng.randint(8, 20)
    if y2 > 2015:
        y2 = 2015
    word = WORDS[n]
    return ([f"It was [[{word} years]] after the fertiliser plant opened in [[{y1}]] that it closed, in "
             f"[[{y2}]], with the loss of {rng.randint(200, 600)} jobs."],
            {"stated": f"{word} years", "value": n, "start": str(y1), "end": str(y2), "unit": "years", "offset": 0})


@_template
def b12_duration_age_full_dates(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1910, 1950)
    died = _date(rng, born.year + 45, min(born.year + 95, 2015))
    age = _off(rng, _years(born, died))
    return ([f"Born on [[{_us(born)}]], in {rng.choice(_US_CITIES)}, the astronomer died on [[{_us(died)}]] at the "
             f"[[age of {age}]]."],
            {"stated": f"age of {age}", "value": age, "start": _us(born), "end": _us(died), "unit": "years",
             "offset": 0})


@_template
def b12_duration_year_old_chapel(rng: random.Random) -> tuple[list[str], Facts]:
    built = rng.randint(1700, 1990)
    n = _off(rng, 2016 - built)
    return ([f"Volunteers have raised the money to repair the roof of the [[{n}-year-old]] Methodist chapel, "
             f"which was built in [[{built}]] by quarrymen."],
            {"stated": f"{n}-year-old", "value": n, "start": str(built), "end": None, "unit": "years", "offset": 0})


@_template
def b12_duration_since_pit_closed(rng: random.Random) -> tuple[list[str], Facts]:
    closed = rng.randint(1960, 2005)
    n = _off(rng, 2016 - closed)
    return ([f"It is [[{n} years]] since the last pit in the valley closed in [[{closed}]], but the pithead "
             f"baths still stand."],
            {"stated": f"{n} years", "value": n, "start": str(closed), "end": None, "unit": "years", "offset": 0})


@_template
def b12_duration_strike_weeks_months(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(1970, 2012), rng.randint(1, 12), 1)
    months = rng.randint(2, 10)
    end_index = start.month - 1 + months
    end = datetime.date(start.year + end_index // 12, end_index % 12 + 1, 1)
    weeks = (end - start).days // 7
    n = _off(rng, weeks, 16, 24)
    return ([f"The [[{n}-week]] strike by bus drivers, which began in [[{_my(start)}]] and ended in "
             f"[[{_my(end)}]], cost the operator {rng.randint(2, 9)} million pounds."],
            {"stated": f"{n}-week", "value": n, "start": _my(start), "end": _my(end), "unit": "weeks", "offset": 0})


BLIND12_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b12_weekday_quake_dateline,
        b12_weekday_crown_court_sentencing,
        b12_weekday_requiem_mass,
        b12_weekday_title_decider_short,
        b12_weekday_quarterly_revenue,
        b12_weekday_journal_embargo,
        b12_weekday_council_ordinal_of,
        b12_weekday_minutes_iso,
        b12_weekday_chapel_consecrated,
        b12_weekday_foreign_ministers,
        b12_weekday_branch_line_last_train,
        b12_weekday_heat_record,
        b12_weekday_exam_results_split,
        b12_weekday_county_fair_auction,
        b12_weekday_federal_jury,
        b12_weekday_parenthetical_after,
        b12_weekday_which_was_a,
        b12_weekday_dash_dateline_abbr,
        b12_weekday_born_youngest,
        b12_weekday_strike_walkout_ap,
        b12_weekday_measles_case_quote,
        b12_weekday_probe_liftoff,
        b12_weekday_gallery_preview,
    ],
    "impossible_date": [
        b12_impossible_accord_initialled,
        b12_impossible_guilty_remanded,
        b12_impossible_born_opening_clause,
        b12_impossible_certificate_ordinal,
        b12_impossible_feast_every_year,
        b12_impossible_filing_iso,
        b12_impossible_stamp_dotted,
        b12_impossible_deed_day_of,
        b12_impossible_register_ordinal_word,
        b12_impossible_debut_uk_no_comma,
        b12_impossible_six_months_to,
        b12_impossible_samples_between,
        b12_impossible_admissions_leap,
        b12_impossible_planning_deadline_split,
        b12_impossible_premiere_passive,
        b12_impossible_cathedral_th,
        b12_impossible_term_ended_abbr,
        b12_impossible_hay_cut_year_later,
        b12_impossible_timetable_from,
        b12_impossible_rainfall_gauge,
        b12_impossible_sept_ap,
        b12_impossible_invoice_short,
        b12_impossible_minister_appointed_quote,
        b12_impossible_storm_landfall_sentence_start,
    ],
    "restated_event": [
        b12_restated_same_merger_completed,
        b12_restated_same_verdict_appeal,
        b12_restated_same_flood_remembered,
        b12_restated_same_election_mayor,
        b12_restated_same_cup_final,
        b12_restated_same_discovery_comet,
        b12_restated_same_outbreak_cholera,
        b12_restated_same_ordination_priest,
        b12_restated_same_premiere_opera,
        b12_restated_same_closure_line,
        b12_restated_same_coup_anniversary,
        b12_restated_same_fire_month_day,
        b12_restated_same_harvest_record,
        b12_restated_same_inspection_school,
        b12_restated_same_acquisition_ap,
        b12_restated_same_wedding_guests,
        b12_restated_same_eruption_volcano,
        b12_restated_diff_accord_agreement,
        b12_restated_diff_founded_establishment,
        b12_restated_diff_died_death,
        b12_restated_diff_opened_opening,
        b12_restated_diff_byelection_victory,
        b12_restated_diff_arrested_arrest,
        b12_restated_diff_retired_retirement,
        b12_restated_diff_collapse_went_under,
        b12_restated_diff_launch_lifted_off,
        b12_restated_diff_approved_approval,
        b12_restated_diff_consecrated_consecration,
        b12_restated_diff_abolished_abolition,
        b12_restated_diff_derailment_left_tracks,
        b12_restated_diff_hurricane_landfall,
        b12_restated_diff_graduated_degree_ceremony,
        b12_restated_diff_takeover_bought,
        b12_restated_diff_premiered_first_performed,
        b12_restated_diff_ruling_judgment,
    ],
    "order_violation": [
        b12_order_withdrew_after_ceasefire,
        b12_order_following_flotation,
        b12_order_aftermath_riots_law,
        b12_order_amateur_before_professional,
        b12_order_prior_to_joining,
        b12_order_manifesto_ahead_of,
        b12_order_wake_bank_stress_tests,
        b12_order_pilot_preceded_rollout,
        b12_order_outbreak_prompted_overhaul,
        b12_order_founded_then_concert,
        b12_order_burned_later_rebuilt,
        b12_order_eve_of_summit,
        b12_order_fined_subsequently_delisted,
        b12_order_drought_response_irrigation,
        b12_order_derailment_led_to_closure,
        b12_order_lightning_days_same_year,
        b12_order_by_the_time_ferry,
        b12_order_after_graduating_taught,
        b12_order_first_second_edition,
        b12_order_terminal_replaced,
        b12_order_memoir_before_death,
        b12_order_trial_after_approval_months,
        b12_order_succeeded_predecessor_appointed,
        b12_order_until_museum_moved,
        b12_order_quote_before_merger,
    ],
    "publication_anachronism": [
        b12_anachronism_minister_resigned_ap,
        b12_anachronism_loss_year_to,
        b12_anachronism_league_won_year,
        b12_anachronism_jailed_month,
        b12_anachronism_obituary_died_aged,
        b12_anachronism_study_published,
        b12_anachronism_dengue_cases_recorded,
        b12_anachronism_council_approved_plan,
        b12_anachronism_wing_opened_season,
        b12_anachronism_vicar_installed,
        b12_anachronism_state_visit,
        b12_anachronism_runway_mid_year,
        b12_anachronism_inspectors_rated,
        b12_anachronism_wheat_harvest_record,
        b12_anachronism_quote_completed_move,
        b12_anachronism_board_met_yesterday,
        b12_anachronism_last_weeks_storm,
        b12_anachronism_blaze_this_morning,
        b12_anachronism_last_nights_vote,
        b12_anachronism_earlier_this_month_confirmation,
        b12_anachronism_reopened_two_days_ago,
        b12_anachronism_unemployment_last_month,
        b12_anachronism_profits_last_year,
        b12_anachronism_earlier_today_iso,
        b12_anachronism_trial_opened_this_week,
        b12_anachronism_fortnight_ago_frost,
        b12_anachronism_marathon_last_weekend,
        b12_anachronism_earlier_this_year_pupils,
        b12_anachronism_this_afternoon_verdict,
        b12_anachronism_yesterday_harvest_pronoun,
    ],
    "duration_arithmetic": [
        b12_duration_band_founded_ago,
        b12_duration_died_aged_pronoun_born,
        b12_duration_summit_day_words,
        b12_duration_headteacher_from_to,
        b12_duration_festival_anniversary,
        b12_duration_refurbishment_months,
        b12_duration_trial_weeks_dates,
        b12_duration_elected_at_age,
        b12_duration_decade_to_build,
        b12_duration_half_century_service,
        b12_duration_centenary_school,
        b12_duration_fortnight_show,
        b12_duration_months_ago_appointed,
        b12_duration_aged_now_born,
        b12_duration_newspaper_joined_retired,
        b12_duration_married_together,
        b12_duration_released_after_serving,
        b12_duration_nights_festival_run,
        b12_duration_nth_season_joined,
        b12_duration_outage_iso,
        b12_duration_word_years_after,
        b12_duration_age_full_dates,
        b12_duration_year_old_chapel,
        b12_duration_since_pit_closed,
        b12_duration_strike_weeks_months,
    ],
}
