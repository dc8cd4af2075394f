"""``blind13``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind13`` templates.  Written on 2026-11-23 (about 02:51-03:00 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind12.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind12.py; in benchmarks/date_templates_blind12.py
# the header comment, constants, name lists and helpers and its first template
# function (lines 1-295, i.e. up to and including b12_weekday_quake_dateline),
# a ``grep -n`` listing of the names of its helper functions and of its first
# five weekday templates (names only), and the first five lines of the final
# ``BLIND12_TEMPLATES`` dict; in benchmarks/date_conflicts.py the module
# docstring, the import lines and the ``INDEPENDENT_SETS`` mapping.
# Disclosure of what was seen by accident: the ``grep -n INDEPENDENT_SETS``
# on date_conflicts.py also printed the lines of ``run()``/the argument parser
# that use it (``if split in INDEPENDENT_SETS:``,
# ``templates = INDEPENDENT_SETS[split][kind]`` and the ``--split`` choices);
# the few lines printed around ``INDEPENDENT_SETS`` included the first lines
# of ``run()`` (it reads the BuzzFeed-Webis records, keeps the "real"
# articles with text, seeds an RNG and counts clean articles flagged per
# kind) and the tail of a date-parsing helper (``return
# datetime.date.fromisoformat(value[:10])``); the import block shows that the
# benchmark imports ``CONFLICT_KINDS`` and ``analyse_dates`` from the detector
# module (names only; no detector logic was seen); ``ls tests`` and ``ls
# benchmarks`` listed file names (the detector's date tests and other sets
# were not opened); ``git status`` was run, no ``git log``.  tests/conftest.py
# was not read (one ``sed`` on it was redirected to /dev/null and showed
# nothing); ``load_benchmark`` is used as blind12's test uses it.  No template
# here copies blind12's wording; nouns, names and phrasings were written
# fresh, and the helpers follow blind12's interface.  The templates were only
# run through their own generators, tests/test_date_templates_blind13.py
# (well-formedness, and ``datetime`` checks, from the rendered text, that each
# conflict is real) and a throwaway script running the same checks over 2,000
# seeds per template, never through the detector; ``benchmarks/date_conflicts.py``
# was not run by the author (only byte-compiled with ``py_compile`` after
# adding the import and the ``INDEPENDENT_SETS`` entry for ``blind13``; its
# docstring was not edited).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind13``.
#
# Conventions (as in blind12).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous), the impossible
# date, both dates of a restated event, both dates of an order violation, the
# relative expression and its pinned date (or only the date when the conflict
# is with the publication date), and the duration/age and the dates it
# contradicts.  When a side is a yearless month-day, the year that makes it
# clear is marked too.  Publication-relative templates assume an article
# published on 2016-09-27 (``--published 2016-09-27``): past-tense events are
# dated at least eight months after publication (2018-2025), and relative
# expressions are pinned at least three years away from it (1998-2012 or
# 2020-2025).  Arithmetic templates miss by at least 8 units from the exact
# count (at least 5 beyond any inclusive/exclusive or unknown-day counting
# difference).  Dates in all other types stay at or before 2015; no weekday is
# named outside the weekday templates and no relative expression outside the
# anachronism templates ("ago" only in duration templates, against 2016).
# Restated-event templates are named ``b13_restated_same_*`` when both places
# use the same head word for the event and ``b13_restated_diff_*`` when they
# use a different word or form; in every one the two places unmistakably
# describe one event (a unique qualifier such as "only", "first", a case name
# or a named object ties them).  Each template is 1-3 sentences.  Besides the
# relative expressions of the shared checks, the anachronism templates pin
# "last weekend", "earlier this year" and "this afternoon".  No duration
# template carries an offset (all offsets are 0).
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

_WOMEN = ["Ingrid Halvorsen", "Comfort Adjei", "Marisol Etxeberria", "Fenella Pargeter", "Yuki Tanabe",
          "Radka Novotna", "Oonagh Devlin", "Priya Raghunathan", "Henrietta Calloway", "Zainab Olatunji"]
_MEN = ["Torvald Brekke", "Emeka Nwosu", "Inigo Arrieta", "Crispin Mallory", "Kenji Ostrowski",
        "Dafydd Pritchard", "Mehmet Yilmaz", "Callum Strachan", "Jurgen Falkenrath", "Ruairi Gallagher"]
_TOWNS = ["Hexham", "Ludlow", "Wigtown", "Frome", "Bideford", "Stranraer", "Ripon", "Louth", "Brecon", "Thirsk"]
_US_CITIES = ["Duluth", "Spokane", "Boise", "Wichita", "Dayton", "Lubbock", "Tulsa", "Fresno"]
_CAPITALS = ["Tallinn", "Accra", "Asuncion", "Yerevan", "Gaborone", "Bratislava", "Vientiane", "Niamey", "Skopje"]
_COUNTRIES = ["Estonia", "Ghana", "Paraguay", "Armenia", "Botswana", "Slovakia", "Laos", "Niger"]
_COMPANIES = ["Brackenridge Foods", "Oakhurst Plastics", "Torvane Logistics", "Meridale Insurance",
              "Calder Valley Mills", "Quillon Systems", "Harrowgate Steel", "Sandmere Biotech"]
_TEAMS = ["Riverside Rovers", "Ashbourne Athletic", "Kilnsey Town", "Northgate Celtic", "Marlow Vale",
          "Holmbridge United", "Coldstream Swifts"]
_CHURCHES = ["St Aidan's", "St Brendan's", "St Cuthbert's", "St Oswald's", "St Columba's", "St Hilda's"]
_SCHOOLS = ["Fellside Academy", "Ravensworth Grammar", "Oak Lane Primary", "Kingsmead High", "Hollinwood College"]
_HOSPITALS = ["Moorfield General Hospital", "the Royal Dunmore Infirmary", "St Anselm's Hospital",
              "Westbury District Hospital"]
_SURNAMES = ["Penhaligon", "Okafor", "Strand", "Delacroix", "Huxtable", "Ferreira", "Lindqvist", "Macready"]
_STORMS = ["Harriet", "Ivo", "Juniper", "Kasimir", "Leontine", "Magnus"]
_PROBES = ["Halcyon", "Perihelion", "Tern", "Cassowary", "Lodestar"]
_RIVERS = ["Tamar", "Wear", "Lune", "Teme", "Ure", "Derwent"]
_UNIVERSITIES = ["the University of Dundee", "Keele University", "the University of Waikato",
                 "Dalhousie University", "Lund University"]
_BANDS = ["The Hollow Reeds", "Marrowbone", "The Kittiwakes", "Salt Flats Parade", "Velvet Orchard"]


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


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _bad(rng: random.Random, first: int = 1950, last: int = 2014, leap: float = 0.3) -> _Day:
    """A day missing from the calendar; with probability ``leap`` 29 February of a common year."""
    year = rng.randint(first, last)
    if rng.random() < leap:
        while _leap(year):
            year -= 1
        return _Day(year, 2, 29)
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return _Day(year, month, day)


def _common_feb29(rng: random.Random, first: int = 1950, last: int = 2014) -> _Day:
    return _bad(rng, first, last, leap=1.0)


def _thirty_one(rng: random.Random, year: int = 0) -> _Day:
    """The 31st of a thirty-day month."""
    return _Day(year, rng.choice([4, 6, 9, 11]), 31)


def _miss(rng: random.Random, true: int, low: int = 8, high: int = 15, floor: int = 2) -> int:
    """A stated number at least ``low`` away from ``true`` and at least ``floor``."""
    if true - low < floor or rng.random() < 0.5:
        return true + rng.randint(low, high)
    return true - rng.randint(low, min(high, true - floor))


def _word_miss(rng: random.Random, true: int) -> int:
    """A number between 2 and 20 at least 8 from ``true`` (caller keeps ``true`` within reach)."""
    return rng.choice([n for n in range(2, 21) if abs(n - true) >= 8])


def _years_apart(rng: random.Random, first: int = 1950, last: int = 2015, gap: int = 10) -> tuple[int, int]:
    """Two different years within [first, last], at most ``gap`` apart, in random order."""
    one = rng.randint(first, last)
    while True:
        two = one + rng.choice((-1, 1)) * rng.randint(1, gap)
        if first <= two <= last:
            return one, two


def _flipped(rng: random.Random, first: int = 1950, last: int = 2009) -> tuple[int, int]:
    """(year of the event said to come first, year of the event said to come second); the first is later."""
    second = rng.randint(first, last)
    return second + rng.randint(1, 6), second


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def _future(rng: random.Random) -> datetime.date:
    """A day well after publication (2018-2025)."""
    return _date(rng, 2018, 2025)


def _far(rng: random.Random) -> datetime.date:
    """A day at least three years from publication."""
    return _date(rng, 1998, 2012) if rng.random() < 0.5 else _date(rng, 2020, 2025)


def _far_year(rng: random.Random) -> int:
    return rng.randint(1998, 2012) if rng.random() < 0.5 else rng.randint(2020, 2025)


def _word(n: int) -> str:
    return WORDS.get(n, str(n))


def _poss(name: str) -> str:
    """The possessive of a name ("Rovers'", "Foods'", "Halvorsen's")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b13_weekday_council_library_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    yes, no = rng.randint(20, 34), rng.randint(5, 19)
    return ([f"{rng.choice(_TOWNS)} district councillors voted {yes} to {no} on [[{wd} {text}]] to close two "
             f"branch libraries and a swimming pool, with opposition members walking out before the count."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_nurse_funeral_notice(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    return ([f"{rng.choice(_WOMEN)}, a district nurse in {rng.choice(_TOWNS)} for most of her working life, has "
             f"died peacefully at home at the age of {rng.randint(71, 99)}.",
             f"Her funeral will take place at {rng.choice(_CHURCHES)} Church at 11am on [[{wd}, {text}]], "
             f"followed by a private committal."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_fraud_verdict_passive(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"The guilty verdicts were returned on [[{wd}, {text}]], after the jury in the pension fraud trial "
             f"had deliberated for {rng.randint(3, 14)} hours, according to the court clerk in "
             f"{rng.choice(_US_CITIES)}."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_storm_power_cuts(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    homes = rng.randint(3, 90) * 1000
    return ([f"Storm {rng.choice(_STORMS)} brought gusts of up to {rng.randint(70, 105)} mph to exposed coasts "
             f"overnight into [[{wd}, {text}]], and more than {homes:,} homes lost power, the forecaster said."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_derby_opening_line(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    home, away = rng.sample(_TEAMS, 2)
    return ([f"[[{wd} {text}]] will be remembered in {rng.choice(_TOWNS)} as the day {home} finally beat {away} "
             f"at home, {rng.randint(2, 4)}-{rng.randint(0, 1)}, in front of a crowd of "
             f"{rng.randint(4000, 19000):,}."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_results_calendar_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 2000, 2014)
    wd = _wrong(rng, day, SHORT_WEEKDAYS)
    text = _iso(day)
    return ([f"{rng.choice(_COMPANIES)} said it would report third-quarter earnings before the market opens on "
             f"[[{wd} {text}]], with a call for analysts to follow."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_tender_deadline_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _wrong(rng, day)
    text = _dot(day)
    return ([f"Sealed tenders for the school transport contract must reach the county procurement office by noon "
             f"on [[{wd} {text}]], the published notice says."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_probe_weekday_after_date(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"The {rng.choice(_PROBES)} probe lifted off from the coastal launch site at "
             f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} local time on [[{text}, a {wd}]], and the mission "
             f"team confirmed a signal shortly afterwards."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_ceasefire_two_spans(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"The ceasefire took effect at midnight on [[{text}]], a [[{wd}]], according to a statement issued "
             f"by the monitoring mission in {rng.choice(_CAPITALS)}."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_show_gates_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    md = _md(day)
    return ([f"The {rng.choice(_TOWNS)} agricultural show, first held in {rng.randint(1890, 1960)}, drew a record "
             f"attendance in [[{day.year}]], when its gates opened on [[{wd}, {md}]] under clear skies."],
            {"weekday": wd, "date": (md, day.year)})


@_template
def b13_weekday_autumn_term_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = datetime.date(rng.randint(1985, 2014), 9, rng.randint(1, 12))
    wd = _wrong(rng, day)
    text = _ap(day)
    return ([f"Pupils at {rng.choice(_SCHOOLS)} returned for the autumn term on [[{wd}, {text}]], a week later "
             f"than planned because roofing work had overrun."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_doctors_walkout(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    return ([f"Junior doctors at {rng.choice(_HOSPITALS)} walked out at 8am on [[{wd} {text}]] in a dispute over "
             f"rotas, and {rng.randint(40, 260)} non-urgent operations were postponed."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_quoted_exchange_of_contracts(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _of(day)
    return ([f"\"We exchanged contracts on [[{wd} {text}]], and the keys were ours by teatime,\" said "
             f"{rng.choice(_WOMEN)}, who bought the old mill with her brother."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_recess_return(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"MPs will return from the summer recess on [[{wd} {text}]], the Leader of the House told the "
             f"Commons before it rose."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_bishop_consecrated(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"The new bishop of {rng.choice(_TOWNS)} was consecrated in a three-hour service at "
             f"{rng.choice(_CHURCHES)} Cathedral on [[{wd}, {text}]], before a congregation of about "
             f"{rng.randint(6, 19) * 100:,}."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_lamb_sale_short(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _wrong(rng, day, SHORT_WEEKDAYS)
    text = _abbr_uk(day)
    return ([f"Prime lambs averaged {rng.randint(140, 260)}p a kilo at {rng.choice(_TOWNS)} auction mart's sale on "
             f"[[{wd} {text}]], with {rng.randint(1200, 9000):,} head forward, the auctioneers reported."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_bridge_resurfacing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day)
    text = _ap(day)
    return ([f"The {rng.choice(_RIVERS)} bridge will close to all traffic from 7 p.m. on [[{wd}, {text}]], for "
             f"three weeks of resurfacing, the state highways department said."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_banking_outage(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 2001, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"Customers of {rng.choice(_COMPANIES)} could not reach their online accounts for almost "
             f"{rng.randint(3, 11)} hours on [[{wd}, {text}]], the company admitted in a statement."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_jeweller_raid_arrests(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"Two men were arrested in the early hours of [[{wd} {text}]] after a jeweller's shop in "
             f"{rng.choice(_TOWNS)} was raided and its window smashed, police said."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_border_talks_range(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    one, two = rng.sample(_COUNTRIES, 2)
    return ([f"Negotiators from {one} and {two} met in {rng.choice(_CAPITALS)} from [[{wd}, {text}]], through "
             f"{_md(_add(day, rng.randint(2, 4)))}, without agreeing a text on the disputed border."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_exam_results_day(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"Exam results for the county's sixth-formers will be published on [[{wd} {text}]], and schools "
             f"will open early so that students can collect them in person."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_possessive_derailment(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"[[{wd}]]'s derailment near {rng.choice(_TOWNS)}, on [[{text}]], left {rng.randint(3, 30)} "
             f"passengers with minor injuries and shut the line for two days, the rail operator said."],
            {"weekday": wd, "date": text})


@_template
def b13_weekday_relegation_fixture_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    md = _md(day)
    home, away = rng.sample(_TEAMS, 2)
    return ([f"{home} host {away} on [[{wd}, {md}]] in their last home game of the [[{day.year}]] season, "
             f"needing a single point to stay up."],
            {"weekday": wd, "date": (md, day.year)})


@_template
def b13_weekday_flu_clinic_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _wrong(rng, day)
    text = _abbr(day)
    return ([f"A drop-in flu vaccination clinic for the over-65s will run at {rng.choice(_TOWNS)} health centre "
             f"from 9am to 4pm on [[{wd}, {text}]]; no appointment is needed."],
            {"weekday": wd, "date": text})


# --- impossible_date ----------------------------------------------------------

@_template
def b13_impossible_contract_court_filing(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1980, 2014))
    return ([f"The supply contract was signed on [[{text}]], according to documents {rng.choice(_COMPANIES)} "
             f"filed with the court in {rng.choice(_US_CITIES)}."],
            {"date": text})


@_template
def b13_impossible_obituary_born(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1915, 1950))
    return ([f"Born on [[{text}]] in {rng.choice(_TOWNS)}, the daughter of a signalman, she trained as a midwife "
             f"and delivered, by her own count, more than {rng.randint(2, 4)},000 babies."],
            {"date": text})


@_template
def b13_impossible_incorporated_common_year(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_common_feb29(rng, 1960, 2014))
    return ([f"Companies House records show that {rng.choice(_COMPANIES)} was incorporated on [[{text}]], with "
             f"two directors and a share capital of {rng.randint(100, 999)} pounds."],
            {"date": text})


@_template
def b13_impossible_server_log_iso(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_bad(rng, 2003, 2014))
    return ([f"Server logs timestamped [[{text}]] show that the intruders first reached the payroll database "
             f"shortly after midnight, the investigators' report says."],
            {"date": text})


@_template
def b13_impossible_quarry_permit_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dot(_bad(rng, 1985, 2014))
    return ([f"The permit, dated [[{text}]], allowed the quarry operator to extend blasting to within "
             f"{rng.randint(200, 900)} metres of the village school."],
            {"date": text})


@_template
def b13_impossible_regimental_diary_words(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice(["February", "April", "June", "September", "November"])
    text = f"the thirty-first of {month}"
    return ([f"The battalion's war diary records that its companies crossed the river under fire on [[{text}]], "
             f"a claim the archive's curator has never been able to square with other records."],
            {"date": text})


@_template
def b13_impossible_burglary_ap(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_thirty_one(rng, rng.randint(1990, 2014)))
    return ([f"Police said the burglary happened between 10 p.m. and midnight on [[{text}]], while the family "
             f"was away visiting relatives in {rng.choice(_US_CITIES)}."],
            {"date": text})


@_template
def b13_impossible_expenses_receipts_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_bad(rng, 2000, 2014))
    return ([f"Receipts dated [[{text}]] were among those submitted with the councillor's expenses claim, the "
             f"standards panel heard."],
            {"date": text})


@_template
def b13_impossible_festival_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    day = _thirty_one(rng)
    text = _md(day)
    return ([f"By tradition, the {rng.choice(_TOWNS)} lantern festival closes on [[{text}]] with a torchlit "
             f"procession from the harbour to the old market cross."],
            {"date": text})


@_template
def b13_impossible_ballot_range_end(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1990, 2014)
    text = f"30 February {year}"
    return ([f"Members of the nurses' union were balloted on strike action from 9 to [[{text}]], and "
             f"{rng.randint(52, 88)} per cent of those voting backed a walkout."],
            {"date": text})


@_template
def b13_impossible_board_meeting_possessive(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1990, 2014, leap=0.0))
    return ([f"The board's [[{text}]] meeting approved the merger with {rng.choice(_COMPANIES)} by a single "
             f"vote, the minutes show."],
            {"date": text})


@_template
def b13_impossible_vaccine_batch_expiry(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_thirty_one(rng, rng.randint(2005, 2015)))
    return ([f"Health officials said the recalled vials, which carry batch number {rng.randint(10, 99)}-"
             f"{rng.randint(100, 999)} and an expiry date of [[{text}]], should be returned to pharmacies."],
            {"date": text})


@_template
def b13_impossible_crown_court_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_bad(rng, 1985, 2014))
    return ([f"{rng.choice(_MEN)} was jailed for {rng.randint(3, 12)} years at {rng.choice(_TOWNS)} Crown Court "
             f"on [[{text}]] for his part in a conspiracy to supply cocaine."],
            {"date": text})


@_template
def b13_impossible_national_record_leap(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_common_feb29(rng, 1975, 2014))
    return ([f"Her indoor national record over 800 metres, set in {rng.choice(_CAPITALS)} on [[{text}]], still "
             f"stands."],
            {"date": text})


@_template
def b13_impossible_snowfall_record_th(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_Day(rng.randint(1920, 2014), 2, rng.choice([30, 31])))
    return ([f"The deepest snow in the county's records, {rng.randint(40, 95)} centimetres, was measured at the "
             f"{rng.choice(_TOWNS)} weather station on [[{text}]]."],
            {"date": text})


@_template
def b13_impossible_church_consecration_day_of(rng: random.Random) -> tuple[list[str], Facts]:
    day = _bad(rng, 1820, 1910, leap=0.0)
    text = f"the {day.day}{_sfx(day.day)} day of {MONTHS[day.month - 1]}, {day.year}"
    return ([f"A brass plate by the font records that {rng.choice(_CHURCHES)} was consecrated on [[{text}]] by "
             f"the then bishop."],
            {"date": text})


@_template
def b13_impossible_app_release(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_thirty_one(rng, rng.randint(2008, 2015)))
    return ([f"Version {rng.randint(2, 6)}.0 of the {rng.choice(_COMPANIES)} app, which added offline maps, was "
             f"released to users on [[{text}]]."],
            {"date": text})


@_template
def b13_impossible_school_first_pupils(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1900, 2010))
    return ([f"{rng.choice(_SCHOOLS)} opened its doors to its first {rng.randint(30, 90)} pupils on [[{text}]], "
             f"in a converted chapel on the high street."],
            {"date": text})


@_template
def b13_impossible_sister_quote_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    text = _md(_bad(rng, 2000, 2014, leap=0.0))
    return ([f"\"The last time anyone saw him was on [[{text}]], outside the bus station,\" his sister told the "
             f"inquest in {rng.choice(_TOWNS)}."],
            {"date": text})


@_template
def b13_impossible_livestock_census_short(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"31 {rng.choice(['Apr', 'Jun', 'Sep', 'Nov'])} {rng.randint(1990, 2014)}"
    return ([f"The agricultural census, taken on [[{text}]], counted {rng.randint(12, 60)},{rng.randint(100, 999)} "
             f"breeding ewes across the district."],
            {"date": text})


@_template
def b13_impossible_timetable_ap_feb(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"Feb. {rng.choice([30, 31])}, {rng.randint(1985, 2014)}"
    return ([f"Under the new timetable, which came into force on [[{text}]], the last train from "
             f"{rng.choice(_TOWNS)} leaves at 11.40 p.m."],
            {"date": text})


@_template
def b13_impossible_accord_signed_leap(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_common_feb29(rng, 1960, 2014))
    one, two = rng.sample(_COUNTRIES, 2)
    return ([f"The water-sharing accord between {one} and {two}, signed in {rng.choice(_CAPITALS)} on [[{text}]] "
             f"by both foreign ministers, has never been ratified."],
            {"date": text})


@_template
def b13_impossible_dividend_record_date(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_thirty_one(rng, rng.randint(1995, 2014)))
    return ([f"Shareholders on the register at the close of business on [[{text}]] will receive the special "
             f"dividend of {rng.randint(5, 60)} cents a share."],
            {"date": text})


@_template
def b13_impossible_coach_unveiled_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1990, 2014)
    month = rng.choice(["September", "November", "June"])
    text = f"{month} 31"
    return ([f"{rng.choice(_WOMEN)} took charge of {rng.choice(_TEAMS)} in {year}.",
             f"She was formally unveiled to supporters on [[{text}]] that year, at a packed press conference."],
            {"date": text})


# --- restated_event: same head word ------------------------------------------

@_template
def b13_restated_same_treaty_year_then_month(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    a, b = rng.sample(_COUNTRIES, 2)
    cap = rng.choice(_CAPITALS)
    return ([f"The [[{first}]] Treaty of {cap} between {a} and {b} set the quotas that fishing crews still "
             f"complain about.",
             f"Diplomats in both countries recall that the Treaty of {cap} was signed in [[{second}]] after years "
             f"of stalled talks."],
            {"dates": (first, second)})


@_template
def b13_restated_same_bridge_opened(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    second_day = _date(rng, two, two)
    first, second = str(one), _uk(second_day)
    river = rng.choice(_RIVERS)
    return ([f"The {river} suspension bridge opened in [[{first}]] and carries about "
             f"{rng.randint(8, 30)},000 vehicles a day.",
             f"When the {river} suspension bridge opened on [[{second}]], crowds lined both banks."],
            {"dates": (first, second)})


@_template
def b13_restated_same_merger_completed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1980, 2015)
    first = _ap(_date(rng, one, one))
    second = str(two)
    a, b = rng.sample(_COMPANIES, 2)
    return ([f"{_poss(a)} merger with {b} was completed on [[{first}]], creating the region's largest private "
             f"employer.",
             f"Analysts say the merger, completed in [[{second}]], never delivered the promised savings."],
            {"dates": (first, second)})


@_template
def b13_restated_same_flood_destroyed_mill(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1940, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    town = rng.choice(_TOWNS)
    return ([f"{town}'s [[{first}]] flood, which destroyed the old corn mill on the {rng.choice(_RIVERS)}, is "
             f"still the benchmark for the town's defences.",
             f"The flood that destroyed the mill struck in [[{second}]], when the river rose "
             f"{rng.randint(2, 5)} metres in a night."],
            {"dates": (first, second)})


@_template
def b13_restated_same_first_elected_mayor(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015)
    first = str(one)
    second = _uk(_date(rng, two, two))
    name = rng.choice(_WOMEN)
    return ([f"{name} was first elected mayor of {rng.choice(_TOWNS)} in [[{first}]].",
             f"A former teacher, she was first elected mayor on [[{second}]] with a majority of "
             f"{rng.randint(40, 900)}."],
            {"dates": (first, second)})


@_template
def b13_restated_same_only_cup_final_win(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    first = str(one)
    second = _us(_date(rng, two, two))
    team = rng.choice(_TEAMS)
    return ([f"{_poss(team)} only cup final victory came in [[{first}]], and the trophy still stands in the "
             f"boardroom.",
             f"Supporters who were there for that only cup final victory, on [[{second}]], were guests of honour "
             f"at the club's dinner."],
            {"dates": (first, second)})


@_template
def b13_restated_same_fire_gutted_church(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    first = str(one)
    second = _of(_date(rng, two, two))
    church = rng.choice(_CHURCHES)
    return ([f"The fire that gutted {church} in [[{first}]] destroyed its medieval rood screen.",
             f"Parishioners still recall the fire that gutted {church}, which broke out on the night of "
             f"[[{second}]] and burned until dawn."],
            {"dates": (first, second)})


@_template
def b13_restated_same_inquest_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1980, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    surname = rng.choice(_SURNAMES)
    return ([f"The family of {rng.choice(_MEN).split()[0]} {surname} has campaigned to overturn the [[{first}]] "
             f"inquest verdict of accidental death.",
             f"The coroner delivered that inquest verdict in [[{second}]], after a hearing lasting "
             f"{_word(rng.randint(3, 9))} days."],
            {"dates": (first, second)})


@_template
def b13_restated_same_comet_discovered(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015)
    first = str(one)
    second = _of(_date(rng, two, two))
    surname = rng.choice(_SURNAMES)
    name = rng.choice(_WOMEN)
    return ([f"Comet {surname}, discovered by the amateur astronomer {name} in [[{first}]], returns to the "
             f"inner solar system every {rng.randint(20, 90)} years.",
             f"She discovered the comet from her garden observatory on [[{second}]]."],
            {"dates": (first, second)})


@_template
def b13_restated_same_founded_qualifier(rng: random.Random) -> tuple[list[str], Facts]:
    one = rng.randint(1920, 2005)
    two = one + rng.choice((-1, 1)) * rng.randint(2, 9)
    first = str(one)
    second = f"mid-{two}"
    company = rng.choice(_COMPANIES)
    surname = rng.choice(_SURNAMES)
    return ([f"Founded in [[{first}]] by the {surname} brothers, {company} now employs "
             f"{rng.randint(200, 3000):,} people.",
             f"The brothers founded the company in [[{second}]] with a loan from their mother, the firm's "
             f"official history says."],
            {"dates": (first, second)})


@_template
def b13_restated_same_judge_retired_season(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1975, 2015)
    first = str(one)
    second = f"spring {two}"
    name = rng.choice(_WOMEN)
    return ([f"Judge {name}, who retired from the bench in [[{first}]], has died aged {rng.randint(75, 96)}.",
             f"After she retired from the bench in [[{second}]], she chaired a charity for "
             f"prisoners' families."],
            {"dates": (first, second)})


@_template
def b13_restated_same_measles_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1985, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    town = rng.choice(_TOWNS)
    return ([f"The [[{first}]] measles outbreak in {town}, which put {rng.randint(11, 60)} children in "
             f"hospital, prompted a catch-up vaccination drive.",
             f"Public health officials said that outbreak in {town} began in [[{second}]] at a nursery."],
            {"dates": (first, second)})


@_template
def b13_restated_same_branch_line_closed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 1995)
    first, second = str(one), str(two)
    town = rng.choice(_TOWNS)
    return ([f"The {town} branch line closed to all traffic in [[{first}]], and its trackbed is now a cycle "
             f"path.",
             f"Campaigners who want it reopened point out that when the line closed to all traffic in "
             f"[[{second}]], it was still carrying {rng.randint(300, 900)} passengers a day."],
            {"dates": (first, second)})


@_template
def b13_restated_same_priest_ordained(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2010)
    first = str(one)
    second = _us(_date(rng, two, two))
    name = rng.choice(_MEN)
    return ([f"Father {name}, ordained in [[{first}]], served {rng.choice(_CHURCHES)} parish for most of his "
             f"ministry.",
             f"He was ordained at the cathedral on [[{second}]], the only one of {_word(rng.randint(4, 9))} "
             f"brothers to enter the priesthood."],
            {"dates": (first, second)})


@_template
def b13_restated_same_drought_herd_sold(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    first = str(one)
    second = f"the summer of {two}"
    return ([f"The {rng.choice(_SURNAMES)} family have farmed at {rng.choice(_TOWNS)} since the [[{first}]] "
             f"drought that forced them to sell half their herd.",
             f"That drought, in [[{second}]], left the farm's two wells dry for the first time anyone could "
             f"remember."],
            {"dates": (first, second)})


@_template
def b13_restated_same_handset_launch(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1995, 2015, gap=6)
    first = str(one)
    second = _ap(_date(rng, two, two))
    company = rng.choice(_COMPANIES)
    return ([f"The [[{first}]] launch of the {company} handset was a turning point for the firm, which had "
             f"until then made office equipment.",
             f"The handset's launch, on [[{second}]], drew queues outside its flagship shop."],
            {"dates": (first, second)})


@_template
def b13_restated_same_head_appointed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1975, 2015)
    first = str(one)
    second = f"September {two}"
    name = rng.choice(_WOMEN)
    school = rng.choice(_SCHOOLS)
    return ([f"{name}, appointed head teacher of {school} in [[{first}]], is to step down at the end of the "
             f"academic year.",
             f"Since she was appointed head teacher of {school} in [[{second}]], the roll has doubled."],
            {"dates": (first, second)})


@_template
def b13_restated_same_depot_robbery(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = _uk(_date(rng, two, two))
    company = rng.choice(_COMPANIES)
    return ([f"The [[{first}]] robbery at the {company} depot in {rng.choice(_TOWNS)} remains the largest cash "
             f"theft in the county's history.",
             f"Detectives believe the robbery, carried out on [[{second}]], was planned by a former employee."],
            {"dates": (first, second)})


@_template
def b13_restated_same_summit_named(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1975, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    cap = rng.choice(_CAPITALS)
    return ([f"The {cap} summit of [[{first}]] produced the region's first joint declaration on migration.",
             f"Held in [[{second}]], the {cap} summit was attended by {_word(rng.randint(6, 14))} heads of "
             f"government."],
            {"dates": (first, second)})


@_template
def b13_restated_same_opera_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1920, 2015)
    first = str(one)
    second = _of(_date(rng, two, two))
    city = rng.choice(_CAPITALS)
    return ([f"The opera's [[{first}]] premiere in {city} was booed by a section of the audience.",
             f"At that premiere, on [[{second}]], the composer conducted from the pit."],
            {"dates": (first, second)})


@_template
def b13_restated_same_only_recorded_eruption(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1900, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    return ([f"The volcano's only recorded eruption, in [[{first}]], buried {_word(rng.randint(2, 6))} villages "
             f"under ash.",
             f"Geologists studying that only recorded eruption say it began in [[{second}]] and lasted for weeks."],
            {"dates": (first, second)})


@_template
def b13_restated_same_promotion_top_flight(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    first, second = str(one), str(two)
    team = rng.choice(_TEAMS)
    return ([f"{team} have spent one season in the top flight, after their promotion in [[{first}]].",
             f"That promotion, sealed in [[{second}]] with a {rng.randint(1, 3)}-0 win on the final day, was "
             f"followed by immediate relegation."],
            {"dates": (first, second)})


# --- restated_event: different head word or form ----------------------------

@_template
def b13_restated_diff_treaty_accord(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    cap = rng.choice(_CAPITALS)
    return ([f"The [[{first}]] Treaty of {cap} ended a decade of border skirmishes.",
             f"Under the {cap} accord, signed in [[{second}]], both armies withdrew {rng.randint(10, 40)} "
             f"kilometres from the line."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_wedding_married(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1940, 2015)
    first = str(one)
    second = _uk(_date(rng, two, two))
    church = rng.choice(_CHURCHES)
    return ([f"The couple's [[{first}]] wedding at {church} was the first in the parish to be filmed.",
             f"They married at {church} on [[{second}]] and celebrated with a ceilidh in the church hall."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_born_birth_register(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1910, 1990)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    name = rng.choice(_WOMEN)
    return ([f"{name}, who was born in [[{first}]] in {rng.choice(_TOWNS)}, became the county's first woman "
             f"chief constable.",
             f"The parish register records her birth in [[{second}]], the youngest of "
             f"{_word(rng.randint(3, 8))} children."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_acquired_takeover(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1980, 2015)
    first = str(one)
    second = f"{AP_MONTHS[rng.randint(0, 11)]} {two}"
    a, b = rng.sample(_COMPANIES, 2)
    return ([f"{a} acquired {b} in [[{first}]] for an undisclosed sum.",
             f"Since the takeover of {b}, completed in [[{second}]], the combined group has cut "
             f"{rng.randint(150, 900)} jobs."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_museum_first_opened_opening(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    first, second = str(one), str(two)
    town = rng.choice(_TOWNS)
    return ([f"The {town} museum of rural life first opened its doors in [[{first}]] in a disused tannery.",
             f"Since its first opening in [[{second}]], it has welcomed more than {rng.randint(2, 9)} million "
             f"visitors."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_died_death_season(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    first = str(one)
    second = f"the spring of {two}"
    name = rng.choice(_MEN)
    return ([f"The poet {name}, who died in [[{first}]], left his notebooks to {rng.choice(_UNIVERSITIES)}.",
             f"His death in [[{second}]] came weeks before his final collection was published."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_first_elected_election_victory(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015)
    first = str(one)
    second = f"November {two}"
    name = rng.choice(_WOMEN)
    return ([f"{name} was first elected governor in [[{first}]], promising to close the state's budget gap.",
             f"Her first election victory, in [[{second}]], was decided by fewer than "
             f"{rng.randint(2, 9)},000 votes."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_earthquake_disaster(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1920, 2015)
    first, second = str(one), str(two)
    town = rng.choice(_CAPITALS)
    return ([f"The [[{first}]] earthquake that brought down {town}'s cathedral killed "
             f"{rng.randint(40, 900)} people.",
             f"Rebuilding after the disaster that toppled the cathedral, in [[{second}]], took "
             f"{_word(rng.randint(5, 15))} years."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_strike_walkout(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2000)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    pit = rng.choice(_SURNAMES)
    return ([f"The year-long [[{first}]] strike at {pit} colliery split families in the village.",
             f"Former miners say the year-long walkout at {pit}, which began in [[{second}]], still shapes local "
             f"politics."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_graduated_graduation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = f"July {two}"
    uni = rng.choice(_UNIVERSITIES)
    return ([f"Dr {rng.choice(_WOMEN)}, who graduated in medicine from {uni} in [[{first}]], has been "
             f"appointed the region's chief medical officer.",
             f"Since her medical graduation from {uni} in [[{second}]], she has worked in "
             f"{_word(rng.randint(3, 7))} countries."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_level_crossing_crash_collision(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = _uk(_date(rng, two, two))
    town = rng.choice(_TOWNS)
    return ([f"The [[{first}]] crash at the {town} level crossing, in which a school bus was hit, led to the "
             f"installation of full barriers.",
             f"Relatives of those killed in the collision at the {town} crossing on [[{second}]] attended the "
             f"memorial service."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_league_title_championship(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1930, 2015)
    first, second = str(one), str(two)
    team = rng.choice(_TEAMS)
    return ([f"{_poss(team)} [[{first}]] league title, the club's only one, was won under a player-manager.",
             f"The club won its only league championship in [[{second}]], finishing "
             f"{_word(rng.randint(2, 9))} points clear."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_ruling_judgment_case_name(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    a, b = rng.sample(_SURNAMES, 2)
    return ([f"Lawyers for the tenants relied on the Supreme Court's [[{first}]] ruling in {a} v {b}.",
             f"The judgment in {a} v {b}, handed down in [[{second}]], limited landlords' right to evict "
             f"without notice."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_cholera_outbreak_epidemic(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    town = rng.choice(_CAPITALS)
    return ([f"{town}'s only cholera outbreak, in [[{first}]], was traced to a contaminated well.",
             f"That epidemic, which reached its peak in [[{second}]], killed {rng.randint(12, 90)} people."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_enthronement_enthroned(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = _us(_date(rng, two, two))
    name = rng.choice(_MEN)
    return ([f"Archbishop {name}'s enthronement in [[{first}]] drew pilgrims from across the province.",
             f"He was enthroned in the cathedral on [[{second}]], aged {rng.randint(48, 66)}."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_probe_launch_lifted_off(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1975, 2015)
    first = str(one)
    second = _ap(_date(rng, two, two))
    probe = rng.choice(_PROBES)
    return ([f"Since the [[{first}]] launch of the {probe} probe, mission scientists have published more than "
             f"{rng.randint(100, 900)} papers.",
             f"The {probe} probe lifted off on [[{second}]] on a converted missile."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_hurricane_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    first = str(one)
    second = _uk(_date(rng, two, two))
    storm = rng.choice(_STORMS)
    return ([f"Hurricane {storm} of [[{first}]] was the last major storm to hit the island directly.",
             f"{storm} made landfall on [[{second}]], flattening the sugar mills on the windward coast."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_flotation_listed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1980, 2015)
    first = str(one)
    second = f"{MONTHS[rng.randint(0, 11)]} {two}"
    company = rng.choice(_COMPANIES)
    return ([f"{_poss(company)} stock market flotation in [[{first}]] valued the company at "
             f"{rng.randint(2, 9)}00 million pounds.",
             f"The company first listed its shares in London in [[{second}]], at {rng.randint(90, 300)}p each."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_school_closure_shut(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first = str(one)
    second = f"July {two}"
    school = rng.choice(_SCHOOLS)
    return ([f"Former pupils are raising money for a plaque to mark the [[{first}]] closure of {school}.",
             f"{school} shut its doors for the last time in [[{second}]], with {rng.randint(40, 200)} pupils on "
             f"the roll."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_debut_album_first_record(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    first, second = str(one), str(two)
    band = rng.choice(_BANDS)
    return ([f"{_poss(band)} [[{first}]] debut album is being reissued on vinyl.",
             f"Their first record came out in [[{second}]] on a small label in {rng.choice(_TOWNS)}, and sold "
             f"only {rng.randint(2, 9)},000 copies."],
            {"dates": (first, second)})


@_template
def b13_restated_diff_arrest_detained(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1980, 2015)
    first = str(one)
    second = _uk(_date(rng, two, two))
    name = rng.choice(_MEN)
    victim = rng.choice(_WOMEN)
    return ([f"{name}'s [[{first}]] arrest for the murder of {victim} came after a DNA match.",
             f"Police detained him at his home on [[{second}]] on suspicion of her murder."],
            {"dates": (first, second)})


# --- order_violation ----------------------------------------------------------

@_template
def b13_order_after_merger_renamed(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1970, 2009)
    first, second = str(a), str(b)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"After its merger with {two} in [[{first}]], the group adopted the name {one} Holdings in "
             f"[[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_following_resignation_day(rng: random.Random) -> tuple[list[str], Facts]:
    later = _date(rng, 1985, 2013)
    earlier = _add(later, rng.randint(20, 500))
    first, second = _uk(earlier), _uk(later)
    return ([f"Following the resignation of council leader {rng.choice(_MEN)} on [[{first}]], members elected "
             f"{rng.choice(_WOMEN)} to the post on [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_in_the_wake_of_floods(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1960, 2009)
    first = f"{MONTHS[rng.randint(0, 11)]} {a}"
    second = str(b)
    return ([f"In the wake of the floods of [[{first}]], the council spent {rng.randint(2, 9)} million pounds "
             f"on new defences along the {rng.choice(_RIVERS)}, which were completed in [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_ahead_of_election_leader(rng: random.Random) -> tuple[list[str], Facts]:
    election_year = rng.randint(1970, 2012)
    leader_year = election_year + rng.randint(1, 3)
    first = f"June {leader_year}"
    second = f"March {election_year}"
    return ([f"Ahead of the general election of [[{second}]], the party chose {rng.choice(_WOMEN)} as its "
             f"leader in [[{first}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_before_fire_organ(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1930, 2009)
    first, second = str(a), str(b)
    church = rng.choice(_CHURCHES)
    return ([f"The organ at {church} was restored in [[{first}]], before the fire of [[{second}]] destroyed the "
             f"nave and much of the chancel."],
            {"earlier": first, "later": second})


@_template
def b13_order_prior_to_appointment_joined(rng: random.Random) -> tuple[list[str], Facts]:
    appointed = rng.randint(1975, 2010)
    joined = appointed + rng.randint(1, 5)
    first = str(joined)
    second = f"September {appointed}"
    return ([f"Prior to her appointment as principal in [[{second}]], {rng.choice(_WOMEN)} taught chemistry at "
             f"{rng.choice(_SCHOOLS)}, which she joined in [[{first}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_ruling_preceded_appeal(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1980, 2009)
    first = str(a)
    second = f"{MONTHS[rng.randint(0, 11)]} {b}"
    return ([f"The High Court's [[{first}]] ruling preceded the appeal, which was heard by three judges in "
             f"[[{second}]] and dismissed."],
            {"earlier": first, "later": second})


@_template
def b13_order_aftermath_earthquake_hospitals(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1980, 2009)
    first, second = str(a), str(b)
    country = rng.choice(_COUNTRIES)
    return ([f"In the aftermath of the [[{first}]] earthquake in {country}, aid agencies set up "
             f"{_word(rng.randint(3, 12))} field hospitals, the last of which was handed to the health ministry "
             f"in [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_bill_later_vetoed(rng: random.Random) -> tuple[list[str], Facts]:
    later = _date(rng, 1980, 2012)
    first = f"{MONTHS[rng.randint(0, 11)]} {later.year + rng.randint(1, 3)}"
    second = _us(later)
    return ([f"The water rights bill passed both chambers in [[{first}]] and was later vetoed by the governor, "
             f"on [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_joined_then_moved(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1960, 2009)
    first, second = str(a), str(b)
    one, two = rng.sample(_TEAMS, 2)
    return ([f"{rng.choice(_MEN)} joined {one} as a teenager in [[{first}]], then moved to {two} in "
             f"[[{second}]], where he made {rng.randint(100, 400)} appearances."],
            {"earlier": first, "later": second})


@_template
def b13_order_hearing_following_arrest_same_month(rng: random.Random) -> tuple[list[str], Facts]:
    later = _date(rng, 1990, 2014)
    later = later.replace(day=rng.randint(1, 12))
    earlier = later.replace(day=later.day + rng.randint(4, 15))
    first, second = _uk(earlier), _uk(later)
    return ([f"At a hearing on [[{second}]], following his arrest on [[{first}]], {rng.choice(_MEN)} was "
             f"remanded in custody by {rng.choice(_TOWNS)} magistrates."],
            {"earlier": first, "later": second})


@_template
def b13_order_having_won_title_promoted(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1950, 2009)
    first, second = str(a), str(b)
    return ([f"Having won the regional league title in [[{first}]], {rng.choice(_TEAMS)} were promoted to the "
             f"national division in [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_by_the_time_clinic_closed(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1970, 2009)
    first, second = str(a), str(b)
    name = rng.choice(_MEN)
    return ([f"Dr {name} had already retired, in [[{first}]], by the time the {rng.choice(_TOWNS)} clinic he "
             f"founded closed its doors in [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_charged_subsequently_acquitted(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1985, 2009)
    first = f"{MONTHS[rng.randint(0, 11)]} {a}"
    second = f"{MONTHS[rng.randint(0, 11)]} {b}"
    return ([f"{rng.choice(_MEN)} was charged with fraud in [[{first}]] and subsequently acquitted at trial in "
             f"[[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_harvest_before_frost_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1975, 2014)
    frost = datetime.date(year, 9, rng.randint(1, 15))
    harvest = _add(frost, rng.randint(4, 14))
    first, second = _md(harvest), _md(frost)
    return ([f"In [[{year}]], the co-operative's potato harvest began on [[{first}]], well before the first "
             f"frost on [[{second}]], and yields were the best the growers could remember."],
            {"earlier": (first, year), "later": (second, year)})


@_template
def b13_order_run_up_festival_tickets(rng: random.Random) -> tuple[list[str], Facts]:
    later = _date(rng, 1995, 2014)
    earlier = _add(later, rng.randint(5, 40))
    first, second = _us(earlier), _us(later)
    return ([f"In the run-up to the festival's opening night on [[{second}]], organisers sold the final "
             f"weekend passes on [[{first}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_was_succeeded_by_installed(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1950, 2009)
    first, second = str(a), str(b)
    one, two = rng.sample(_MEN, 2)
    return ([f"Bishop {one} retired in [[{first}]] and was succeeded by {two}, who was installed in "
             f"[[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_once_bypass_completed(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1970, 2009)
    first = str(a)
    second = f"{MONTHS[rng.randint(0, 11)]} {b}"
    town = rng.choice(_TOWNS)
    return ([f"Once the {town} bypass was completed in [[{first}]], the old road through the market square "
             f"was downgraded, in [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_patched_after_reported(rng: random.Random) -> tuple[list[str], Facts]:
    later = _date(rng, 2000, 2013)
    earlier = _add(later, rng.randint(40, 300))
    first, second = _my(earlier), _my(later)
    if first == second:
        earlier = _add(later, 62)
        first = _my(earlier)
    return ([f"{rng.choice(_COMPANIES)} patched the flaw in [[{second}]], after security researchers had "
             f"reported it in [[{first}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_survey_followed_by(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1960, 2009)
    first, second = str(a), str(b)
    return ([f"An initial survey of the reef in [[{first}]] was followed by a second expedition in "
             f"[[{second}]], which found that half the coral had bleached."],
            {"earlier": first, "later": second})


@_template
def b13_order_remarried_after_death_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1950, 2009)
    first, second = str(a), str(b)
    name = rng.choice(_WOMEN)
    return ([f"{name} was widowed in [[{first}]], when her husband died in a climbing accident.",
             f"She remarried in [[{second}]], after his death, and moved to {rng.choice(_TOWNS)}."],
            {"earlier": first, "later": second})


@_template
def b13_order_upon_return_founded(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1960, 2009)
    first = f"May {a}"
    second = str(b)
    return ([f"Upon her return from exile in [[{first}]], {rng.choice(_WOMEN)} founded the party that went on "
             f"to win power; its founding congress met in [[{second}]]."],
            {"earlier": first, "later": second})


@_template
def b13_order_report_before_hearings(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _flipped(rng, 1970, 2009)
    first = str(a)
    second = f"October {b}"
    return ([f"The inquiry's report, published in [[{first}]], came out before the public hearings had even "
             f"begun in [[{second}]], the committee chair conceded."],
            {"earlier": first, "later": second})


@_template
def b13_order_contract_followed_tender_iso(rng: random.Random) -> tuple[list[str], Facts]:
    later = _date(rng, 2000, 2014)
    earlier = _add(later, rng.randint(10, 120))
    first, second = _iso(earlier), _iso(later)
    return ([f"The cleaning contract (signed [[{second}]]) followed a tender that closed on [[{first}]], the "
             f"audit found."],
            {"earlier": first, "later": second})


# --- publication_anachronism --------------------------------------------------

@_template
def b13_anachronism_plant_closed_future(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_future(rng))
    return ([f"{rng.choice(_COMPANIES)} closed its {rng.choice(_TOWNS)} plant on [[{text}]], laying off "
             f"{rng.randint(120, 900)} workers, the union said."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_obituary_died_future(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_future(rng))
    return ([f"{rng.choice(_MEN)}, the boatbuilder who restored {rng.randint(20, 60)} Thames sailing barges, "
             f"died on [[{text}]] at the age of {rng.randint(70, 95)}, his family said."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_jury_convicted_future(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"{MONTHS[rng.randint(0, 11)]} {rng.randint(2018, 2025)}"
    return ([f"A jury at {rng.choice(_TOWNS)} Crown Court convicted him of manslaughter in [[{text}]], and he is "
             f"serving a {rng.randint(6, 14)}-year sentence."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_county_title_year_future(rng: random.Random) -> tuple[list[str], Facts]:
    text = str(rng.randint(2018, 2025))
    return ([f"{rng.choice(_TEAMS)} won the county championship in [[{text}]] for the first time in the club's "
             f"history."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_findings_published_future(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"{MONTHS[rng.randint(0, 11)]} {rng.randint(2018, 2025)}"
    return ([f"The findings, which were published in the journal in [[{text}]], linked the river's decline to "
             f"run-off from {rng.randint(3, 12)} upstream farms, said the lead author, {rng.choice(_WOMEN)}."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_referendum_held_iso(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_future(rng))
    return ([f"The referendum held on [[{text}]] returned a narrow majority for the new constitution, with "
             f"turnout at {rng.randint(41, 79)} per cent."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_storm_hit_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_future(rng))
    return ([f"Storm {rng.choice(_STORMS)}, which hit the coast on [[{text}]], tore the roof off the "
             f"{rng.choice(_TOWNS)} lifeboat station."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_plans_approved_late_year(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"late {rng.randint(2018, 2025)}"
    return ([f"The plans for {rng.randint(80, 400)} homes on the former golf course were approved by "
             f"councillors at a stormy meeting in [[{text}]]."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_service_launched_season(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"spring {rng.randint(2018, 2025)}"
    return ([f"{rng.choice(_COMPANIES)} launched the delivery-by-drone service nationwide in [[{text}]], having "
             f"trialled it in {rng.choice(_TOWNS)}."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_school_opened_month(rng: random.Random) -> tuple[list[str], Facts]:
    text = f"September {rng.randint(2018, 2025)}"
    return ([f"The new primary school, which opened in [[{text}]], already has a waiting list, the head "
             f"teacher, {rng.choice(_WOMEN)}, said."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_state_visit_ap(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_future(rng))
    return ([f"The prime minister made her first official visit to {rng.choice(_CAPITALS)} on [[{text}]], "
             f"signing a trade memorandum."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_services_resumed_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dot(_future(rng))
    return ([f"Services on the {rng.choice(_TOWNS)} line resumed on [[{text}]] after a landslip had closed it "
             f"for {_word(rng.randint(3, 11))} weeks."],
            {"date": text, "relative": None})


@_template
def b13_anachronism_yesterday_vote_pinned(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    return ([f"[[Yesterday]]'s vote by the county board, held on [[{text}]], approved the sale of the "
             f"fairgrounds."],
            {"date": text, "relative": "Yesterday"})


@_template
def b13_anachronism_last_week_announcement(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    return ([f"The announcement [[last week]], dated [[{text}]], confirmed that {rng.randint(40, 300)} jobs "
             f"would go at the {rng.choice(_COMPANIES)} call centre."],
            {"date": text, "relative": "last week"})


@_template
def b13_anachronism_this_morning_iso(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_far(rng))
    return ([f"Police were called to a house in {rng.choice(_TOWNS)} at 6.40am [[this morning]] "
             f"([[{text}]]) after reports of a disturbance."],
            {"date": text, "relative": "this morning"})


@_template
def b13_anachronism_last_year_harvest(rng: random.Random) -> tuple[list[str], Facts]:
    year = str(_far_year(rng))
    return ([f"[[Last year]], in [[{year}]], the farm lost a third of its barley to a wet harvest, "
             f"{rng.choice(_MEN)} said."],
            {"date": year, "relative": "Last year"})


@_template
def b13_anachronism_earlier_this_month_ministry(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"[[Earlier this month]], on [[{text}]], the ministry suspended {rng.randint(3, 20)} hospital "
             f"managers pending an inquiry."],
            {"date": text, "relative": "Earlier this month"})


@_template
def b13_anachronism_last_night_match(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    home, away = rng.sample(_TEAMS, 2)
    return ([f"{home} beat {away} {rng.randint(2, 5)}-1 [[last night]], [[{text}]], to go top of the table."],
            {"date": text, "relative": "last night"})


@_template
def b13_anachronism_two_days_ago_consul(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"The consul, who arrived in {rng.choice(_CAPITALS)} [[two days ago]] on [[{text}]], is "
             f"negotiating the release of the detained journalists."],
            {"date": text, "relative": "two days ago"})


@_template
def b13_anachronism_last_month_quoted_outage(rng: random.Random) -> tuple[list[str], Facts]:
    text = _my(_far(rng))
    return ([f"\"We lost power for nine hours [[last month]],\" said {rng.choice(_WOMEN)}, recalling the outage of "
             f"[[{text}]]."],
            {"date": text, "relative": "last month"})


@_template
def b13_anachronism_fortnight_ago_flooding(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_far(rng))
    return ([f"[[A fortnight ago]], on [[{text}]], flash flooding swept through the caravan park at "
             f"{rng.choice(_TOWNS)}."],
            {"date": text, "relative": "A fortnight ago"})


@_template
def b13_anachronism_last_weekend_show(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    return ([f"Her bull was named supreme champion at the county show [[last weekend]], on [[{text}]], beating "
             f"{rng.randint(30, 90)} other entries."],
            {"date": text, "relative": "last weekend"})


@_template
def b13_anachronism_earlier_this_year_layoffs(rng: random.Random) -> tuple[list[str], Facts]:
    text = _my(_far(rng))
    return ([f"[[Earlier this year]], in [[{text}]], {rng.choice(_COMPANIES)} cut {rng.randint(50, 400)} jobs "
             f"at its head office."],
            {"date": text, "relative": "Earlier this year"})


@_template
def b13_anachronism_this_afternoon_briefing(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_far(rng))
    return ([f"At a briefing [[this afternoon]] ([[{text}]]), the health minister said "
             f"{rng.randint(3, 30)} new cases had been confirmed."],
            {"date": text, "relative": "this afternoon"})


@_template
def b13_anachronism_this_week_hearing_possessive(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"[[This week]]'s planning hearing, which opened on [[{text}]], will decide the fate of the "
             f"{rng.choice(_TOWNS)} wind farm."],
            {"date": text, "relative": "This week"})


# --- duration_arithmetic ------------------------------------------------------

@_template
def b13_duration_obituary_full_dates_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1915, 1960)
    died = _date(rng, born.year + 40, 2015)
    stated = _miss(rng, _whole_years(born, died))
    first, second = _uk(born), _uk(died)
    return ([f"{rng.choice(_WOMEN)}, born on [[{first}]] in {rng.choice(_TOWNS)}, died on [[{second}]], "
             f"[[aged {stated}]], after a long illness."],
            {"stated": f"aged {stated}", "value": stated, "start": first, "end": second, "unit": "years",
             "offset": 0})


@_template
def b13_duration_lighthouse_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1840, 1960)
    stated = _miss(rng, 2016 - year)
    return ([f"The {rng.choice(_TOWNS)} lighthouse was first lit in [[{year}]], [[{stated} years ago]], and was "
             f"automated in the nineteen-eighties."],
            {"stated": f"{stated} years ago", "value": stated, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b13_duration_half_century_at_firm(rng: random.Random) -> tuple[list[str], Facts]:
    joined = rng.randint(1950, 1990)
    retired = joined + rng.randint(18, 42)
    retired = min(retired, 2015)
    if retired - joined > 42 or retired - joined < 10:
        retired = joined + 30
    return ([f"{rng.choice(_MEN)} retired in [[{retired}]] after [[half a century]] with "
             f"{rng.choice(_COMPANIES)}, which he joined as an apprentice in [[{joined}]]."],
            {"stated": "half a century", "value": 50, "start": str(joined), "end": str(retired),
             "unit": "years", "offset": 0})


@_template
def b13_duration_lease_months(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(1990, 2012), rng.randint(1, 12), 1)
    length = rng.randint(12, 36)
    end_index = start.year * 12 + start.month - 1 + length
    end = datetime.date(end_index // 12, end_index % 12 + 1, 1)
    stated = _miss(rng, length)
    first, second = _my(start), _my(end)
    return ([f"The lease, agreed in [[{first}]], ran for [[{stated} months]] until it expired in [[{second}]], "
             f"when the shop was boarded up."],
            {"stated": f"{stated} months", "value": stated, "start": first, "end": second, "unit": "months",
             "offset": 0})


@_template
def b13_duration_strike_lasted_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1975, 2014)
    length = rng.randint(25, 80)
    end = _add(start, length)
    stated = _miss(rng, length)
    first, second = _us(start), _us(end)
    return ([f"The bus drivers' strike lasted [[{stated} days]], from [[{first}]] to [[{second}]], and cost the "
             f"operator an estimated {rng.randint(2, 9)} million dollars."],
            {"stated": f"{stated} days", "value": stated, "start": first, "end": second, "unit": "days",
             "offset": 0})


@_template
def b13_duration_hospital_stay_weeks_words(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1990, 2014)
    weeks = rng.randint(10, 20)
    end = _add(start, weeks * 7 + rng.randint(0, 6))
    stated = rng.choice([n for n in range(2, 21) if abs(n - weeks) >= 9])
    first, second = _uk(start), _uk(end)
    return ([f"She spent [[{_word(stated)} weeks]] in hospital, from [[{first}]] until her discharge on "
             f"[[{second}]], and has thanked the nursing staff."],
            {"stated": f"{_word(stated)} weeks", "value": stated, "start": first, "end": second,
             "unit": "weeks", "offset": 0})


@_template
def b13_duration_age_at_first_title(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1940, 1990)
    event = born + rng.randint(18, 24)
    stated = _miss(rng, event - born)
    return ([f"The jockey, born in [[{born}]], was [[{stated}]] when she rode her first national winner, at "
             f"{rng.choice(_TOWNS)} in [[{event}]]."],
            {"stated": str(stated), "value": stated, "start": str(born), "end": str(event), "unit": "years",
             "offset": 0})


@_template
def b13_duration_centenary_club(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.choice([rng.randint(1924, 1990), rng.randint(1860, 1908)])
    return ([f"{rng.choice(_TEAMS)}, founded in [[{founded}]], is marking its [[centenary]] with a gala dinner at "
             f"the town hall."],
            {"stated": "centenary", "value": 100, "start": str(founded), "end": None, "unit": "years",
             "offset": 0})


@_template
def b13_duration_mine_closed_months_ago(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(2013, 2015), rng.randint(1, 12), 1)
    true = _whole_months(start, REFERENCE)
    stated = _miss(rng, true)
    first = _my(start)
    return ([f"The last deep mine in the valley closed [[{stated} months ago]], in [[{first}]], and "
             f"{rng.randint(200, 700)} men lost their jobs."],
            {"stated": f"{stated} months ago", "value": stated, "start": first, "end": None, "unit": "months",
             "offset": 0})


@_template
def b13_duration_days_in_office(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2014)
    length = rng.randint(30, 200)
    end = _add(start, length)
    stated = _miss(rng, length)
    first, second = _uk(start), _uk(end)
    return ([f"{rng.choice(_MEN)} resigned as council leader on [[{second}]], just [[{stated} days]] after "
             f"taking office on [[{first}]]."],
            {"stated": f"{stated} days", "value": stated, "start": first, "end": second, "unit": "days",
             "offset": 0})


@_template
def b13_duration_tenure_since_now(rng: random.Random) -> tuple[list[str], Facts]:
    since = rng.randint(1975, 2006)
    stated = _miss(rng, 2016 - since)
    return ([f"{rng.choice(_WOMEN)} has led {rng.choice(_SCHOOLS)} since [[{since}]], a tenure of "
             f"[[{stated} years]] that has taken it from special measures to outstanding."],
            {"stated": f"{stated} years", "value": stated, "start": str(since), "end": None, "unit": "years",
             "offset": 0})


@_template
def b13_duration_marriage_until_death(rng: random.Random) -> tuple[list[str], Facts]:
    married = rng.randint(1940, 1990)
    died = rng.randint(married + 15, 2015)
    stated = _miss(rng, died - married)
    return ([f"They married in [[{married}]] and were together for [[{stated} years]] until his death in "
             f"[[{died}]]."],
            {"stated": f"{stated} years", "value": stated, "start": str(married), "end": str(died),
             "unit": "years", "offset": 0})


@_template
def b13_duration_dry_spell_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1970, 2014)
    length = rng.randint(20, 70)
    end = _add(start, length)
    stated = _miss(rng, length)
    first, second = _of(start), _of(end)
    return ([f"The dry spell lasted [[{stated} days]], beginning on [[{first}]] and breaking on [[{second}]] "
             f"with a thunderstorm that flooded the high street."],
            {"stated": f"{stated} days", "value": stated, "start": first, "end": second, "unit": "days",
             "offset": 0})


@_template
def b13_duration_bypass_months_later(rng: random.Random) -> tuple[list[str], Facts]:
    start = datetime.date(rng.randint(1980, 2012), rng.randint(1, 12), 1)
    length = rng.randint(8, 30)
    end_index = start.year * 12 + start.month - 1 + length
    end = datetime.date(end_index // 12, end_index % 12 + 1, 1)
    stated = _miss(rng, length)
    first, second = _my(start), _my(end)
    return ([f"Work on the {rng.choice(_TOWNS)} bypass began in [[{first}]], and [[{stated} months]] later the "
             f"road opened to traffic, in [[{second}]]."],
            {"stated": f"{stated} months", "value": stated, "start": first, "end": second, "unit": "months",
             "offset": 0})


@_template
def b13_duration_sentence_served(rng: random.Random) -> tuple[list[str], Facts]:
    jailed = rng.randint(1975, 2005)
    released = jailed + rng.randint(6, 10)
    stated = released - jailed + rng.randint(8, 14)
    return ([f"Jailed in [[{jailed}]], he was released on licence in [[{released}]] after serving "
             f"[[{stated} years]] of a life sentence."],
            {"stated": f"{stated} years", "value": stated, "start": str(jailed), "end": str(released),
             "unit": "years", "offset": 0})


@_template
def b13_duration_decade_site_cleared(rng: random.Random) -> tuple[list[str], Facts]:
    closed = rng.randint(1960, 1990)
    cleared = closed + rng.randint(18, 25)
    return ([f"The site was finally cleared in [[{cleared}]], [[a decade]] after the factory closed in "
             f"[[{closed}]]."],
            {"stated": "a decade", "value": 10, "start": str(closed), "end": str(cleared), "unit": "years",
             "offset": 0})


@_template
def b13_duration_fortnight_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1985, 2014)
    end = _add(start, rng.randint(30, 90))
    first, second = _us(start), _us(end)
    return ([f"The ceasefire held for [[a fortnight]], from [[{first}]] until fighting resumed on "
             f"[[{second}]], according to the monitors."],
            {"stated": "a fortnight", "value": 14, "start": first, "end": second, "unit": "days", "offset": 0})


@_template
def b13_duration_congregation_now_old_words(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1998, 2006)
    true = 2016 - founded
    stated = _word_miss(rng, true)
    return ([f"Founded in [[{founded}]], the congregation, which meets in a converted mill, is now "
             f"[[{_word(stated)} years]] old."],
            {"stated": f"{_word(stated)} years", "value": stated, "start": str(founded), "end": None,
             "unit": "years", "offset": 0})


@_template
def b13_duration_neonatal_months_words(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1995, 2014)
    home = _add(born, rng.randint(20, 70))
    stated = rng.randint(11, 16)
    first, second = _uk(born), _uk(home)
    return ([f"The baby, born on [[{first}]], spent [[{_word(stated)} months]] in neonatal care before going "
             f"home on [[{second}]]."],
            {"stated": f"{_word(stated)} months", "value": stated, "start": first, "end": second,
             "unit": "months", "offset": 0})


@_template
def b13_duration_tour_weeks_later(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2014)
    weeks = rng.randint(14, 20)
    end = _add(start, weeks * 7 + rng.randint(0, 6))
    stated = rng.randint(3, 6)
    first, second = _uk(start), _uk(end)
    return ([f"The orchestra's tour opened in {rng.choice(_CAPITALS)} on [[{first}]] and closed "
             f"[[{_word(stated)} weeks]] later, in {rng.choice(_CAPITALS)}, on [[{second}]]."],
            {"stated": f"{_word(stated)} weeks", "value": stated, "start": first, "end": second,
             "unit": "weeks", "offset": 0})


@_template
def b13_duration_age_now_born(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1930, 1990)
    stated = _miss(rng, 2016 - born)
    return ([f"{rng.choice(_MEN)}, who was born in [[{born}]], is [[{stated}]] and still opens the bakery at "
             f"five every morning."],
            {"stated": str(stated), "value": stated, "start": str(born), "end": None, "unit": "years",
             "offset": 0})


@_template
def b13_duration_outage_dash_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 2000, 2014)
    length = rng.randint(20, 45)
    end = _add(start, length)
    stated = rng.randint(2, 9)
    first, second = _ap(start), _ap(end)
    return ([f"The outage's [[{_word(stated)} days]] - from [[{first}]] to [[{second}]] - cost "
             f"{rng.choice(_COMPANIES)} thousands of customers."],
            {"stated": f"{_word(stated)} days", "value": stated, "start": first, "end": second, "unit": "days",
             "offset": 0})


@_template
def b13_duration_pit_disaster_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1985)
    stated = _miss(rng, 2016 - year)
    return ([f"A memorial was unveiled at the pithead to the {rng.randint(12, 160)} men killed in the disaster "
             f"[[{stated} years ago]], in [[{year}]]."],
            {"stated": f"{stated} years ago", "value": stated, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b13_duration_pronoun_later_sentence_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1920, 1960)
    event = _date(rng, born.year + 30, 2014)
    stated = _miss(rng, _whole_years(born, event))
    first, second = _us(born), _us(event)
    return ([f"{rng.choice(_WOMEN)} was born in {rng.choice(_US_CITIES)} on [[{first}]].",
             f"She was [[{stated} years old]] when she was sworn in as the state's chief justice on "
             f"[[{second}]]."],
            {"stated": f"{stated} years old", "value": stated, "start": first, "end": second, "unit": "years",
             "offset": 0})


BLIND13_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b13_weekday_council_library_vote,
        b13_weekday_nurse_funeral_notice,
        b13_weekday_fraud_verdict_passive,
        b13_weekday_storm_power_cuts,
        b13_weekday_derby_opening_line,
        b13_weekday_results_calendar_iso,
        b13_weekday_tender_deadline_dotted,
        b13_weekday_probe_weekday_after_date,
        b13_weekday_ceasefire_two_spans,
        b13_weekday_show_gates_yearless,
        b13_weekday_autumn_term_ap,
        b13_weekday_doctors_walkout,
        b13_weekday_quoted_exchange_of_contracts,
        b13_weekday_recess_return,
        b13_weekday_bishop_consecrated,
        b13_weekday_lamb_sale_short,
        b13_weekday_bridge_resurfacing,
        b13_weekday_banking_outage,
        b13_weekday_jeweller_raid_arrests,
        b13_weekday_border_talks_range,
        b13_weekday_exam_results_day,
        b13_weekday_possessive_derailment,
        b13_weekday_relegation_fixture_yearless,
        b13_weekday_flu_clinic_abbr,
    ],
    "impossible_date": [
        b13_impossible_contract_court_filing,
        b13_impossible_obituary_born,
        b13_impossible_incorporated_common_year,
        b13_impossible_server_log_iso,
        b13_impossible_quarry_permit_dotted,
        b13_impossible_regimental_diary_words,
        b13_impossible_burglary_ap,
        b13_impossible_expenses_receipts_abbr,
        b13_impossible_festival_yearless,
        b13_impossible_ballot_range_end,
        b13_impossible_board_meeting_possessive,
        b13_impossible_vaccine_batch_expiry,
        b13_impossible_crown_court_ordinal,
        b13_impossible_national_record_leap,
        b13_impossible_snowfall_record_th,
        b13_impossible_church_consecration_day_of,
        b13_impossible_app_release,
        b13_impossible_school_first_pupils,
        b13_impossible_sister_quote_yearless,
        b13_impossible_livestock_census_short,
        b13_impossible_timetable_ap_feb,
        b13_impossible_accord_signed_leap,
        b13_impossible_dividend_record_date,
        b13_impossible_coach_unveiled_pronoun,
    ],
    "restated_event": [
        b13_restated_same_treaty_year_then_month,
        b13_restated_same_bridge_opened,
        b13_restated_same_merger_completed,
        b13_restated_same_flood_destroyed_mill,
        b13_restated_same_first_elected_mayor,
        b13_restated_same_only_cup_final_win,
        b13_restated_same_fire_gutted_church,
        b13_restated_same_inquest_verdict,
        b13_restated_same_comet_discovered,
        b13_restated_same_founded_qualifier,
        b13_restated_same_judge_retired_season,
        b13_restated_same_measles_outbreak,
        b13_restated_same_branch_line_closed,
        b13_restated_same_priest_ordained,
        b13_restated_same_drought_herd_sold,
        b13_restated_same_handset_launch,
        b13_restated_same_head_appointed,
        b13_restated_same_depot_robbery,
        b13_restated_same_summit_named,
        b13_restated_same_opera_premiere,
        b13_restated_same_only_recorded_eruption,
        b13_restated_same_promotion_top_flight,
        b13_restated_diff_treaty_accord,
        b13_restated_diff_wedding_married,
        b13_restated_diff_born_birth_register,
        b13_restated_diff_acquired_takeover,
        b13_restated_diff_museum_first_opened_opening,
        b13_restated_diff_died_death_season,
        b13_restated_diff_first_elected_election_victory,
        b13_restated_diff_earthquake_disaster,
        b13_restated_diff_strike_walkout,
        b13_restated_diff_graduated_graduation,
        b13_restated_diff_level_crossing_crash_collision,
        b13_restated_diff_league_title_championship,
        b13_restated_diff_ruling_judgment_case_name,
        b13_restated_diff_cholera_outbreak_epidemic,
        b13_restated_diff_enthronement_enthroned,
        b13_restated_diff_probe_launch_lifted_off,
        b13_restated_diff_hurricane_landfall,
        b13_restated_diff_flotation_listed,
        b13_restated_diff_school_closure_shut,
        b13_restated_diff_debut_album_first_record,
        b13_restated_diff_arrest_detained,
    ],
    "order_violation": [
        b13_order_after_merger_renamed,
        b13_order_following_resignation_day,
        b13_order_in_the_wake_of_floods,
        b13_order_ahead_of_election_leader,
        b13_order_before_fire_organ,
        b13_order_prior_to_appointment_joined,
        b13_order_ruling_preceded_appeal,
        b13_order_aftermath_earthquake_hospitals,
        b13_order_bill_later_vetoed,
        b13_order_joined_then_moved,
        b13_order_hearing_following_arrest_same_month,
        b13_order_having_won_title_promoted,
        b13_order_by_the_time_clinic_closed,
        b13_order_charged_subsequently_acquitted,
        b13_order_harvest_before_frost_yearless,
        b13_order_run_up_festival_tickets,
        b13_order_was_succeeded_by_installed,
        b13_order_once_bypass_completed,
        b13_order_patched_after_reported,
        b13_order_survey_followed_by,
        b13_order_remarried_after_death_pronoun,
        b13_order_upon_return_founded,
        b13_order_report_before_hearings,
        b13_order_contract_followed_tender_iso,
    ],
    "publication_anachronism": [
        b13_anachronism_plant_closed_future,
        b13_anachronism_obituary_died_future,
        b13_anachronism_jury_convicted_future,
        b13_anachronism_county_title_year_future,
        b13_anachronism_findings_published_future,
        b13_anachronism_referendum_held_iso,
        b13_anachronism_storm_hit_ordinal,
        b13_anachronism_plans_approved_late_year,
        b13_anachronism_service_launched_season,
        b13_anachronism_school_opened_month,
        b13_anachronism_state_visit_ap,
        b13_anachronism_services_resumed_dotted,
        b13_anachronism_yesterday_vote_pinned,
        b13_anachronism_last_week_announcement,
        b13_anachronism_this_morning_iso,
        b13_anachronism_last_year_harvest,
        b13_anachronism_earlier_this_month_ministry,
        b13_anachronism_last_night_match,
        b13_anachronism_two_days_ago_consul,
        b13_anachronism_last_month_quoted_outage,
        b13_anachronism_fortnight_ago_flooding,
        b13_anachronism_last_weekend_show,
        b13_anachronism_earlier_this_year_layoffs,
        b13_anachronism_this_afternoon_briefing,
        b13_anachronism_this_week_hearing_possessive,
    ],
    "duration_arithmetic": [
        b13_duration_obituary_full_dates_aged,
        b13_duration_lighthouse_years_ago,
        b13_duration_half_century_at_firm,
        b13_duration_lease_months,
        b13_duration_strike_lasted_days,
        b13_duration_hospital_stay_weeks_words,
        b13_duration_age_at_first_title,
        b13_duration_centenary_club,
        b13_duration_mine_closed_months_ago,
        b13_duration_days_in_office,
        b13_duration_tenure_since_now,
        b13_duration_marriage_until_death,
        b13_duration_dry_spell_days,
        b13_duration_bypass_months_later,
        b13_duration_sentence_served,
        b13_duration_decade_site_cleared,
        b13_duration_fortnight_ceasefire,
        b13_duration_congregation_now_old_words,
        b13_duration_neonatal_months_words,
        b13_duration_tour_weeks_later,
        b13_duration_age_now_born,
        b13_duration_outage_dash_days,
        b13_duration_pit_disaster_years_ago,
        b13_duration_pronoun_later_sentence_age,
    ],
}
