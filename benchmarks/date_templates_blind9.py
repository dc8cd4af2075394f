"""``blind9`` injected date-conflict templates for ``benchmarks/date_conflicts.py``.

Kept in its own module so that it can be imported (by the benchmark and by
``tests/test_date_templates_blind9.py``) without importing the detector.
"""

# ---------------------------------------------------------------------------
# ``blind9`` templates.  Written on 2026-11-23 (about 01:01-01:10 UTC) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind8.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector), and in
# benchmarks/date_templates_blind8.py the header comment, constants and name
# lists (lines 1-100), the first template function and the first lines of the
# final ``BLIND8_TEMPLATES`` dict.  In benchmarks/date_conflicts.py only the
# module docstring, the import lines, and the ``INDEPENDENT_SETS`` mapping were
# read (located with the grep the brief prescribed).  Disclosure of what was
# seen by accident: the ``sed`` range used to read blind8's first template
# (b8_weekday_sentencing_uk) also printed the next four templates in full
# (b8_weekday_agate_ap, b8_weekday_iso_registry, b8_weekday_launch_appositive,
# b8_weekday_parish_minutes) and the first two lines of
# b8_weekday_obituary_ordinal; the ``sed`` range used for ``INDEPENDENT_SETS``
# also printed the first lines of ``run()`` in date_conflicts.py, which show the
# module imports ``CONFLICT_KINDS`` from the detector (no detector logic was
# seen); ``git diff`` of the two-line edit there also showed the context lines
# around it (the MONTHS constant and the name of ``_published``).
# tests/conftest.py was not opened (``load_benchmark`` is used as
# blind8's test uses it).  No template here copies those blind8 templates'
# wording; helpers, nouns, names and phrasings were written fresh.  The
# templates were only run through their own generators and
# tests/test_date_templates_blind9.py (well-formedness, and ``datetime``
# checks, from the rendered text, that each conflict is real; the author also
# ran those same checks over 5,000 seeds per template), never through
# the detector; ``benchmarks/date_conflicts.py`` was not run with any split by
# the author.  This is the current independent test set while
# ``development``/``held_out`` and ``blind`` to ``blind8`` serve as development
# data: run it once for a measurement and do NOT use it to change the detector
# or its lexicons.  Every template is used (no index parity): ``--split blind9``.
#
# Conventions (as in blind8).  Marked spans ([[...]]) are the two sides of the
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
# templates are named ``b9_restated_same_*`` when both places use the same
# head word for the event and ``b9_restated_diff_*`` when they use a different
# word or form; in every one the two places unmistakably describe one event.
#
# Each template is a plain ``Callable[[random.Random], list[str]]`` (1-3
# sentences) and carries ``template.facts(rng)``, which returns the same
# sentences plus the date expressions (as they appear in the text) that make
# the conflict.
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

_WOMEN = ["Halldóra Jónsdóttir", "Priya Raghunathan", "Margit Szabó", "Folake Adeyemi", "Sinéad Gallagher",
          "Yuki Tanaka", "Beatriz Salgado", "Kirsten Lindqvist", "Amara Okonkwo", "Rosalind Achterberg"]
_MEN = ["Cormac Brennan", "Emeka Nwosu", "Lars Henriksen", "Arjun Bhattacharya", "Giorgos Papadakis",
        "Tadeusz Zieliński", "Mehmet Kaya", "Hugo Lefebvre", "Ikaika Kahananui", "Sergei Orlov"]
_TOWNS = ["Lowestoft", "Grantham", "Wrexham", "Falkirk", "Stroud", "Kendal", "Dungannon", "Barnstaple",
          "Hexham", "Ludlow"]
_CITIES = ["Tulsa", "Spokane", "Dayton", "Fresno", "Wichita", "Albany", "Savannah", "Duluth"]
_CLUBS = ["Harrowby Athletic", "Corton Rovers", "St Jude's", "Millbrook Town", "Eastfield United", "Kelvin Park"]
_FIRMS = ["Brackwater Holdings", "Tessaro Foods", "Ostrander Logistics", "Meridale Textiles",
          "Quillon Pharmaceuticals", "Harcastle Engineering"]


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


def _date(rng: random.Random, first: int = 1978, last: int = 2012) -> datetime.date:
    start = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(last, 12, 31).toordinal()))


def _later(rng: random.Random, day: datetime.date, low: int = 40, high: int = 700) -> datetime.date:
    return day + datetime.timedelta(days=rng.randint(low, high))


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


def _impossible(rng: random.Random, leap_trap: bool = True) -> _Day:
    """A day the calendar lacks; with ``leap_trap`` possibly 29 February of a common year."""
    year = rng.randint(1950, 2014)
    if leap_trap and rng.random() < 0.3:
        while year % 4 == 0:
            year += 1
        return _Day(year, 2, 29)
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return _Day(year, month, day)


def _miss(rng: random.Random, true: int, low: int = 8, high: int = 14) -> int:
    """A stated number at least ``low`` away from ``true`` (and positive)."""
    if true - low < 2 or rng.random() < 0.5:
        return true + rng.randint(low, high)
    return true - rng.randint(low, min(high, true - 2))


def _years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def _future(rng: random.Random) -> datetime.date:
    return _date(rng, 2018, 2025)


def _far(rng: random.Random) -> datetime.date:
    return _date(rng, 1996, 2012) if rng.random() < 0.5 else _date(rng, 2020, 2025)


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b9_weekday_jury_us(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"A jury in {rng.choice(_CITIES)} convicted the former county treasurer of embezzlement on "
             f"[[{wd}, {_us(day)}]] after nine hours of deliberation."], {"weekday": wd, "date": _us(day)})


@_template
def b9_weekday_derby_crowd(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    home, away = rng.sample(_CLUBS, 2)
    return ([f"{home} and {away} drew 1-1 in front of 31,000 supporters on [[{wd} {_uk(day)}]], a result that "
             f"kept both sides clear of relegation."], {"weekday": wd, "date": _uk(day)})


@_template
def b9_weekday_shareholders_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    return ([f"Shareholders of {rng.choice(_FIRMS)} approved the merger at a special meeting [[{wd}, {_ap(day)}]], "
             f"according to a regulatory filing."], {"weekday": wd, "date": _ap(day)})


@_template
def b9_weekday_trial_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return (["According to the study log, the first volunteer in the malaria vaccine trial received a dose on "
             f"[[{wd} {_dot(day)}]]."], {"weekday": wd, "date": _dot(day)})


@_template
def b9_weekday_council_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"On [[{wd}, {_of(day)}]], the borough council voted 31 to 12 to close the {rng.choice(_TOWNS)} "
             f"branch library."], {"weekday": wd, "date": _of(day)})


@_template
def b9_weekday_obit_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1950, 1990)
    wd = _not_on(rng, day)
    return ([f"Her funeral will take place at St Aidan's, the church in which she married {rng.choice(_MEN)} on "
             f"[[{wd}, {_uk(day)}]]."], {"weekday": wd, "date": _uk(day)})


@_template
def b9_weekday_battalion_dawn(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2012)
    wd = _not_on(rng, day)
    return ([f"The battalion crossed the river at dawn on [[{_uk(day)}]], a [[{wd}]], and held the far bank "
             f"by noon."], {"weekday": wd, "date": _uk(day)})


@_template
def b9_weekday_curator_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"\"We opened the doors on [[{wd}, {_us(day)}]], and by lunchtime the queue stretched to the river,\" "
             f"the curator, {rng.choice(_WOMEN)}, recalled."], {"weekday": wd, "date": _us(day)})


@_template
def b9_weekday_chapel_short(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, SHORT_WEEKDAYS)
    return ([f"Diocesan records list the consecration of the new chapel at {rng.choice(_TOWNS)} as "
             f"[[{wd} {_abbr_uk(day)}]]."], {"weekday": wd, "date": _abbr_uk(day)})


@_template
def b9_weekday_inspectors(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"Inspectors arrived at {rng.choice(_TOWNS)} Academy on [[{wd}, {_us(day)}]].",
             "Their report, which rated teaching as inadequate, was published five weeks later."],
            {"weekday": wd, "date": _us(day)})


@_template
def b9_weekday_timetable(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The new timetable began with the 05:42 departure from {rng.choice(_TOWNS)} on [[{wd} {_uk(day)}]], "
             f"when the line reopened after electrification."], {"weekday": wd, "date": _uk(day)})


@_template
def b9_weekday_ward_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = f"{wd} the {day.day}{_suffix(day.day)} of {MONTHS[day.month - 1]}, {day.year}"
    return ([f"The children's ward admitted its first patients on [[{text}]], hospital figures show."],
            {"weekday": wd, "date": _of(day)})


@_template
def b9_weekday_bankruptcy_clause(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    return ([f"{rng.choice(_FIRMS)}, which filed for bankruptcy protection [[{wd}, {_ap(day)}]], said its "
             f"stores would stay open while it sought a buyer."], {"weekday": wd, "date": _ap(day)})


@_template
def b9_weekday_marathon_morning(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"{rng.choice(_WOMEN)} won the women's race in 2:24:11 on a cold [[{wd}]] morning, "
             f"[[{_us(day)}]], beating the course record by a minute."], {"weekday": wd, "date": _us(day)})


@_template
def b9_weekday_statute_passive(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The clean-water act was signed into law on [[{wd}, {_us(day)}]] and took effect three months "
             f"later."], {"weekday": wd, "date": _us(day)})


@_template
def b9_weekday_ceasefire_paren(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The ceasefire (signed [[{_abbr(day)}]], a [[{wd}]]) held for eleven days before shelling "
             f"resumed."], {"weekday": wd, "date": _abbr(day)})


@_template
def b9_weekday_auction_sale(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The portrait fetched £2.1m at an evening sale in London on [[{wd} {_uk(day)}]], well above its "
             f"estimate."], {"weekday": wd, "date": _uk(day)})


@_template
def b9_weekday_inquest_seen(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The inquest heard that {rng.choice(_MEN)} was seen leaving the Anchor pub shortly before closing "
             f"time on [[{wd}, {_uk(day)}]]."], {"weekday": wd, "date": _uk(day)})


@_template
def b9_weekday_earnings_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"On the results call of [[{wd}, {_abbr(day)}]], the chief executive of {rng.choice(_FIRMS)} blamed "
             f"the strong dollar for the shortfall."], {"weekday": wd, "date": _abbr(day)})


@_template
def b9_weekday_picket_two(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return (["The bus drivers' strike began at midnight.",
             f"Pickets were at the depot gates by six on [[{wd}, {_us(day)}]], union officials said."],
            {"weekday": wd, "date": _us(day)})


@_template
def b9_weekday_appeals_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The appeals court reinstated the conviction in an order dated [[{_iso(day)}]], which the clerk's "
             f"docket lists as a [[{wd}]]."], {"weekday": wd, "date": _iso(day)})


# --- impossible_date ------------------------------------------------------------

@_template
def b9_impossible_contract_us(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"The supply contract, signed on [[{_us(day)}]], committed the county to buying road salt for "
             f"five winters."], {"date": _us(day)})


@_template
def b9_impossible_obit_born(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"{rng.choice(_WOMEN)} was born in {rng.choice(_TOWNS)} on [[{_uk(day)}]], the daughter of a "
             f"railway signalman."], {"date": _uk(day)})


@_template
def b9_impossible_transfer_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"The midfielder's transfer to {rng.choice(_CLUBS)} was completed [[{_ap(day)}]] for an undisclosed "
             f"fee."], {"date": _ap(day)})


@_template
def b9_impossible_filing_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"Companies House shows {rng.choice(_FIRMS)} was incorporated on [[{_iso(day)}]] with a single "
             f"director."], {"date": _iso(day)})


@_template
def b9_impossible_police_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"The charge sheet records the burglary as taking place on [[{_dot(day)}]] at a farmhouse outside "
             f"{rng.choice(_TOWNS)}."], {"date": _dot(day)})


@_template
def b9_impossible_ordinal_words(rng: random.Random) -> tuple[list[str], Facts]:
    month, word = rng.choice([(4, "thirty-first"), (6, "thirty-first"), (9, "thirty-first"),
                              (11, "thirty-first"), (2, "thirtieth"), (2, "thirty-first")])
    text = f"the {word} of {MONTHS[month - 1]}"
    return ([f"Under the treaty, the border crossing was to reopen on [[{text}]], the foreign ministry said."],
            {"date": text})


@_template
def b9_impossible_deed_day_of(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng, leap_trap=False)
    text = f"the {day.day}{_suffix(day.day)} day of {MONTHS[day.month - 1]}, {day.year}"
    return ([f"The copy of the conveyance held by the land registry is dated [[{text}]], lawyers for the tenants "
             f"point out."], {"date": text})


@_template
def b9_impossible_samples_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"Water samples taken from the reservoir on [[{_abbr_uk(day)}]] contained twice the permitted level "
             f"of nitrates, the laboratory found."], {"date": _abbr_uk(day)})


@_template
def b9_impossible_minutes_us(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"Minutes dated [[{_us(day)}]] show the planning committee approved the supermarket by a single "
             f"vote."], {"date": _us(day)})


@_template
def b9_impossible_baptism_register(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    day = _Day(rng.randint(1850, 1899) if day.month != 2 or day.day != 29 else 1887, day.month, day.day)
    return ([f"The parish register records her baptism on [[{_of(day)}]], in the font that still stands by the "
             f"west door."], {"date": _of(day)})


@_template
def b9_impossible_medal_citation(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([1942, 1943, 1945, 1951, 1953, 1966, 1982, 1991, 2003])
    text = f"29 February {year}"
    return ([f"His medal citation, dated [[{text}]], praises the sergeant for carrying two wounded men under "
             f"fire."], {"date": text})


@_template
def b9_impossible_trains_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    text = rng.choice(["April 31", "June 31", "September 31", "November 31", "February 30"])
    return ([f"Trains will run to the new timetable from [[{text}]], the operator has told passengers."],
            {"date": text})


@_template
def b9_impossible_exhibition_closes(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice([4, 6, 9, 11])
    text = f"31 {MONTHS[month - 1]}"
    return ([f"The retrospective of her weaving, which drew record crowds, closes on [[{text}]]."],
            {"date": text})


@_template
def b9_impossible_vaccinated_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _Day(rng.randint(1995, 2014), 2, rng.choice([30, 31]))
    return ([f"Health department records show the boy was vaccinated [[{_ap(day)}]], nine days before the "
             f"outbreak was declared."], {"date": _ap(day)})


@_template
def b9_impossible_term_start(rng: random.Random) -> tuple[list[str], Facts]:
    day = _Day(rng.randint(1990, 2015), 9, 31)
    return ([f"The letter sent to parents said the autumn term would begin on [[{_uk(day)}]], a date the school "
             f"later corrected."], {"date": _uk(day)})


@_template
def b9_impossible_deal_quote(rng: random.Random) -> tuple[list[str], Facts]:
    text = rng.choice(["June 31", "April 31", "November 31"])
    return ([f"\"We shook hands on the deal on [[{text}]],\" {rng.choice(_MEN)} said of the takeover."],
            {"date": text})


@_template
def b9_impossible_lease_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"The lease on the harbour warehouse, dated [[{_of(day)}]], runs for ninety-nine years."],
            {"date": _of(day)})


@_template
def b9_impossible_polling_day(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([1979, 1983, 1987, 1997, 2001, 2005, 2010, 2015])
    text = f"Feb 29, {year}"
    return ([f"The by-election, held on [[{text}]], returned the first independent councillor in the ward's "
             f"history."], {"date": text})


@_template
def b9_impossible_record_set(rng: random.Random) -> tuple[list[str], Facts]:
    day = _Day(rng.randint(1970, 2014), 2, 30)
    return ([f"The British record of 13.02 seconds, set on [[{_uk(day)}]], still stands."], {"date": _uk(day)})


@_template
def b9_impossible_journal_received(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng, leap_trap=False)
    accepted = datetime.date(day.year, day.month, 28) + datetime.timedelta(days=rng.randint(40, 90))
    return ([f"The paper on coral bleaching was received by the journal on [[{_iso(day)}]] and accepted on "
             f"{_iso(accepted)}."], {"date": _iso(day)})


@_template
def b9_impossible_death_registered(rng: random.Random) -> tuple[list[str], Facts]:
    day = _impossible(rng)
    return ([f"The death certificate gives the date of death as [[{_us(day)}]], and the cause as heart failure."],
            {"date": _us(day)})


# --- restated_event -------------------------------------------------------------

def _pair(rng: random.Random, first: int = 1975, last: int = 2010) -> tuple[datetime.date, datetime.date]:
    """Two different days at least 40 days apart, in random order."""
    one = _date(rng, first, last)
    two = _later(rng, one)
    return (one, two) if rng.random() < 0.5 else (two, one)


@_template
def b9_restated_same_bridge_opened(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The Carrick Water suspension bridge opened to traffic on [[{_us(one)}]], replacing a ferry that "
             f"had run since the 1850s.",
             f"A bronze plaque at its eastern end says the bridge opened on [[{_us(two)}]]."],
            {"dates": (_us(one), _us(two))})


@_template
def b9_restated_same_born_obit(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1925, 1960)
    name = rng.choice(_WOMEN)
    return ([f"{name} was born on [[{_uk(one)}]] in {rng.choice(_TOWNS)}, the youngest of six children.",
             f"Born on [[{_uk(two)}]], she left school at fourteen to work in a glove factory."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_same_founded_years(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1950, 2005)
    other = year + rng.choice([-3, -2, 2, 3, 4])
    firm = rng.choice(_FIRMS)
    return ([f"{firm} was founded in [[{year}]] by two brothers working out of a rented garage.",
             f"The family still owns a majority of the business, which was founded in [[{other}]], according "
             f"to its annual report."], {"dates": (str(year), str(other))})


@_template
def b9_restated_same_elected_mayor(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    name = rng.choice(_MEN)
    return ([f"{name} was elected mayor of {rng.choice(_CITIES)} on [[{_ap(one)}]], defeating the incumbent by "
             f"412 votes.", f"Since he was elected mayor on [[{_ap(two)}]], the city has balanced its budget."],
            {"dates": (_ap(one), _ap(two))})


@_template
def b9_restated_same_treaty_signed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The fisheries treaty was signed in Reykjavik on [[{_of(one)}]].",
             f"Signed on [[{_of(two)}]], the treaty caps the herring catch for both fleets."],
            {"dates": (_of(one), _of(two))})


@_template
def b9_restated_same_died_home(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1990, 2012)
    name = rng.choice(_MEN)
    return ([f"The sculptor {name} died on [[{_uk(one)}]] at his home in {rng.choice(_TOWNS)}.",
             f"He died on [[{_uk(two)}]], his gallery said, after a long illness."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_same_probe_launched(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The Halcyon comet probe was launched on [[{_abbr(one)}]] from French Guiana.",
             "Its cameras returned the first close images of the nucleus, and mission scientists said the data "
             "would keep them busy for a generation.",
             f"Launched on [[{_abbr(two)}]], Halcyon carried eleven instruments."],
            {"dates": (_abbr(one), _abbr(two))})


@_template
def b9_restated_same_ordained(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1960, 2005)
    return ([f"Father {rng.choice(_MEN)} was ordained at the cathedral on [[{_uk(one)}]] and served three inner-city "
             f"parishes.", f"Parishioners marked the anniversary of the day he was ordained, [[{_uk(two)}]], with a "
             f"sung Mass."], {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_same_mill_closed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The Tolland Street cotton mill closed on [[{_us(one)}]] with the loss of 400 jobs.",
             f"Former weavers gathered outside the gates on the anniversary; the mill closed, the union's banner "
             f"reads, on [[{_us(two)}]]."], {"dates": (_us(one), _us(two))})


@_template
def b9_restated_same_convicted(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    name = rng.choice(_MEN)
    return ([f"{name}, convicted on [[{_dot(one)}]] of defrauding pensioners, was refused bail.",
             f"His lawyer said {name.split()[-1]} had been convicted on [[{_dot(two)}]] on the evidence of a single "
             f"witness."], {"dates": (_dot(one), _dot(two))})


@_template
def b9_restated_same_opera_premiered(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"Her opera \"The Salt Road\" premiered at the Lyceum on [[{_uk(one)}]] to a standing ovation.",
             f"Critics who saw it when it premiered, on [[{_uk(two)}]], compared it to Britten."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_same_married(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1950, 1995)
    return ([f"The couple married at {rng.choice(_TOWNS)} register office on [[{_ap(one)}]].",
             f"They married on [[{_ap(two)}]], their daughter told mourners, and were never apart for more than a "
             f"week."], {"dates": (_ap(one), _ap(two))})


@_template
def b9_restated_same_merger_completed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"The merger of {a} and {b}, completed on [[{_iso(one)}]], created the region's largest employer.",
             f"Analysts note that since the merger was completed on [[{_iso(two)}]], the share price has halved."],
            {"dates": (_iso(one), _iso(two))})


@_template
def b9_restated_same_collision(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The collision at the Ashby level crossing on [[{_uk(one)}]] killed the driver of the milk tanker.",
             f"Network Rail has since closed the crossing where the collision of [[{_uk(two)}]] happened."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_same_school_inaugurated(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The Fenwick Road primary school was inaugurated by the education minister in [[{_my(one)}]].",
             f"When it was inaugurated, in [[{_my(two)}]], the school had 90 pupils; it now has 430."],
            {"dates": (_my(one), _my(two))})


@_template
def b9_restated_same_comet_discovered(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    name = rng.choice(_WOMEN)
    return ([f"The comet that bears her name was discovered by {name} on [[{_us(one)}]] with a backyard "
             f"telescope.", f"The observatory's citation says the comet was discovered on [[{_us(two)}]]."],
            {"dates": (_us(one), _us(two))})


@_template
def b9_restated_diff_born_birth(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1930, 1975)
    name = rng.choice(_MEN)
    return ([f"{name}, born [[{_ap(one)}]] in {rng.choice(_CITIES)}, played 14 seasons in the minor leagues.",
             f"His birth certificate, shown to reporters by his sister, records his birth on [[{_ap(two)}]]."],
            {"dates": (_ap(one), _ap(two))})


@_template
def b9_restated_diff_founded_foundation(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1880, 1990)
    other = year + rng.choice([-6, -4, 3, 5, 7])
    return ([f"The choral society was founded in [[{year}]] by a group of mill workers.",
             f"Since its foundation in [[{other}]] it has sung the Messiah every Christmas."],
            {"dates": (str(year), str(other))})


@_template
def b9_restated_diff_signing_signed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"Photographs of the signing ceremony on [[{_uk(one)}]] show both leaders smiling.",
             f"The peace accord, signed [[{_uk(two)}]] in Geneva, ended eleven years of civil war."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_diff_opened_opening(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The Kingsmead swimming baths opened on [[{_of(one)}]] after a public subscription.",
             f"At the opening, on [[{_of(two)}]], the mayor dived in fully clothed."],
            {"dates": (_of(one), _of(two))})


@_template
def b9_restated_diff_death_died(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1985, 2012)
    name = rng.choice(_WOMEN)
    return ([f"News of the novelist's death on [[{_us(one)}]] was announced by her publisher.",
             f"{name}, who died [[{_us(two)}]], wrote nine books, three of them set in the Hebrides."],
            {"dates": (_us(one), _us(two))})


@_template
def b9_restated_diff_resigned_resignation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    name = rng.choice(_MEN)
    return ([f"{name} resigned as chief constable on [[{_uk(one)}]] after the inspectorate's report.",
             f"His resignation, dated [[{_uk(two)}]], was accepted by the police authority without debate."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_diff_arrest_arrested(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    name = rng.choice(_MEN)
    return ([f"Prosecutors say {name} was arrested at Heathrow on [[{_abbr_uk(one)}]] carrying three passports.",
             f"His arrest on [[{_abbr_uk(two)}]] followed an eight-month investigation."],
            {"dates": (_abbr_uk(one), _abbr_uk(two))})


@_template
def b9_restated_diff_wedding_married(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1960, 2000)
    return ([f"Guests at the wedding, held on [[{_us(one)}]] at a vineyard near Napa, included two senators.",
             f"The actress and the director married on [[{_us(two)}]] and divorced four years later."],
            {"dates": (_us(one), _us(two))})


@_template
def b9_restated_diff_takeover_acquired(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"{a} acquired {b} on [[{_ap(one)}]] for $1.4 billion.",
             f"The takeover, which closed [[{_ap(two)}]], was the largest in the company's history."],
            {"dates": (_ap(one), _ap(two))})


@_template
def b9_restated_diff_crash_derailment(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"Seven passengers died when the overnight sleeper from Inverness derailed near Dalwhinnie on "
             f"[[{_uk(one)}]].", f"The accident report on the crash of [[{_uk(two)}]] blamed a cracked rail."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_diff_consecration(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1950, 2005)
    name = rng.choice(_MEN)
    return ([f"{name} was consecrated bishop of {rng.choice(_TOWNS)} on [[{_uk(one)}]].",
             f"More than two thousand people attended his consecration in the minster on [[{_uk(two)}]]."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_diff_byelection_victory(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    name = rng.choice(_WOMEN)
    return ([f"{name} won the {rng.choice(_TOWNS)} seat at a by-election on [[{_us(one)}]].",
             f"Her victory of [[{_us(two)}]] overturned a majority of 9,000."],
            {"dates": (_us(one), _us(two))})


@_template
def b9_restated_diff_flood_burst(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    town = rng.choice(_TOWNS)
    return ([f"The great flood of [[{_my(one)}]] left 600 homes in {town} under water.",
             f"Residents still mark the night the river burst its banks and swamped {town}, in [[{_my(two)}]], "
             f"with a candlelit walk."], {"dates": (_my(one), _my(two))})


@_template
def b9_restated_diff_graduation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng, 1980, 2010)
    name = rng.choice(_WOMEN)
    return ([f"{name} graduated from medical school on [[{_us(one)}]], the first in her family to attend "
             f"university.", f"A photograph of her graduation, taken on [[{_us(two)}]], hangs in the surgery."],
            {"dates": (_us(one), _us(two))})


@_template
def b9_restated_diff_debut_first_game(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    club = rng.choice(_CLUBS)
    return ([f"The goalkeeper made his debut for {club} on [[{_uk(one)}]], keeping a clean sheet.",
             f"Since his first appearance for the club, on [[{_uk(two)}]], he has played 312 league games."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b9_restated_diff_discovery_found(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _pair(rng)
    return ([f"The Viking silver hoard was found by a metal detectorist on [[{_of(one)}]] in a ploughed field.",
             f"The museum's label dates the discovery to [[{_of(two)}]]."],
            {"dates": (_of(one), _of(two))})


# --- order_violation ------------------------------------------------------------
# In each, ``early`` is the day the text says came FIRST, and it is the later day.

def _order(rng: random.Random, first: int = 1975, last: int = 2012) -> tuple[datetime.date, datetime.date]:
    """(claimed-first day, claimed-second day), the first after the second by 20-700 days."""
    second = _date(rng, first, last)
    return _later(rng, second, 20, 700), second


@_template
def b9_order_after_dismissal(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"After the board dismissed him on [[{_us(early)}]], the chairman sold his remaining shares on "
             f"[[{_us(late)}]]."], {"earlier": _us(early), "later": _us(late)})


@_template
def b9_order_following_results(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"The regulator approved the drug on [[{_uk(late)}]], following the publication on "
             f"[[{_uk(early)}]] of trial results showing a 40 per cent fall in relapses."],
            {"earlier": _uk(early), "later": _uk(late)})


@_template
def b9_order_before_referendum(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"Before the referendum of [[{_ap(late)}]], the \"No\" campaign launched its first television "
             f"advertisement on [[{_ap(early)}]]."], {"earlier": _ap(early), "later": _ap(late)})


@_template
def b9_order_prior_to_hearing(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"Prior to the disciplinary hearing on [[{_dot(late)}]], the nurse had been suspended on full pay on "
             f"[[{_dot(early)}]]."], {"earlier": _dot(early), "later": _dot(late)})


@_template
def b9_order_in_wake_of_storm(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"In the wake of the storm of [[{_uk(early)}]], which tore the roof from the grandstand, the club "
             f"launched a rebuilding appeal on [[{_uk(late)}]]."], {"earlier": _uk(early), "later": _uk(late)})


@_template
def b9_order_subsequently_scored(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    club = rng.choice(_CLUBS)
    return ([f"The striker joined {club} on [[{_abbr(early)}]] and subsequently scored the winner in the cup "
             f"final on [[{_abbr(late)}]]."], {"earlier": _abbr(early), "later": _abbr(late)})


@_template
def b9_order_only_after_approval(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"Work on the bypass began on [[{_us(late)}]], but only after the transport secretary had given final "
             f"approval on [[{_us(early)}]]."], {"earlier": _us(early), "later": _us(late)})


@_template
def b9_order_once_ratified(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"Once the parliament had ratified the agreement on [[{_of(early)}]], the first convoy crossed the "
             f"border on [[{_of(late)}]]."], {"earlier": _of(early), "later": _of(late)})


@_template
def b9_order_ahead_of_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"The composer revised the final act on [[{_uk(early)}]], ahead of the premiere on "
             f"[[{_uk(late)}]] at the Usher Hall."], {"earlier": _uk(early), "later": _uk(late)})


@_template
def b9_order_already_by_time(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"By the time the council declared a housing emergency on [[{_us(late)}]], the night shelter had "
             f"already closed, on [[{_us(early)}]]."], {"earlier": _us(early), "later": _us(late)})


@_template
def b9_order_preceded_coup(rng: random.Random) -> tuple[list[str], Facts]:
    late = _date(rng, 1975, 2012)
    early = _later(rng, late, 40, 700)  # at least a calendar month apart
    return ([f"The general strike of [[{_my(early)}]] preceded the coup of [[{_my(late)}]], historians agree, and "
             f"may have provoked it."], {"earlier": _my(early), "later": _my(late)})


@_template
def b9_order_first_then(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    name = rng.choice(_WOMEN)
    return ([f"{name} first set the national record in the 800 metres on [[{_uk(early)}]].",
             f"She then won the European indoor title on [[{_uk(late)}]], her first major medal."],
            {"earlier": _uk(early), "later": _uk(late)})


@_template
def b9_order_released_rearrested(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    name = rng.choice(_MEN)
    return ([f"Following his release from prison on [[{_ap(early)}]], {name} was rearrested on [[{_ap(late)}]] "
             f"for breaching his licence."], {"earlier": _ap(early), "later": _ap(late)})


@_template
def b9_order_shortly_after_recall(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} recalled 60,000 jars of baby food on [[{_iso(late)}]], shortly after a customer reported "
             f"finding glass in one on [[{_iso(early)}]]."], {"earlier": _iso(early), "later": _iso(late)})


@_template
def b9_order_in_response_to(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"The minister announced a public inquiry on [[{_uk(late)}]] in response to the newspaper's "
             f"investigation, published on [[{_uk(early)}]]."], {"earlier": _uk(early), "later": _uk(late)})


@_template
def b9_order_succeeded_retired(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    old, new = rng.sample(_MEN, 2)
    return ([f"{new} became headmaster on [[{_us(late)}]], succeeding {old}, who had retired on "
             f"[[{_us(early)}]] after 22 years at the school."], {"earlier": _us(early), "later": _us(late)})


@_template
def b9_order_went_on_to(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return (["The surgeon performed the hospital's first heart transplant on "
             f"[[{_of(early)}]] and went on to found its cardiac unit on [[{_of(late)}]]."],
            {"earlier": _of(early), "later": _of(late)})


@_template
def b9_order_sequel_original(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"The sequel opened in cinemas on [[{_us(late)}]], more than a year after the original film's "
             f"release on [[{_us(early)}]]."], {"earlier": _us(early), "later": _us(late)})


@_template
def b9_order_until_when(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"The lifeboat station was staffed by volunteers from its opening on [[{_uk(early)}]] until the "
             f"first paid coxswain was appointed on [[{_uk(late)}]]."], {"earlier": _uk(early), "later": _uk(late)})


@_template
def b9_order_diagnosis_treatment(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"Her chemotherapy started on [[{_abbr_uk(late)}]].",
             f"It followed a diagnosis, on [[{_abbr_uk(early)}]], that her family says came far too late."],
            {"earlier": _abbr_uk(early), "later": _abbr_uk(late)})


@_template
def b9_order_deployed_after_training(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _order(rng)
    return ([f"The company deployed to Helmand on [[{_uk(late)}]] after completing its pre-deployment training on "
             f"Salisbury Plain on [[{_uk(early)}]]."], {"earlier": _uk(early), "later": _uk(late)})


# --- publication_anachronism --------------------------------------------------------
# Published 2016-09-27.


@_template
def b9_anachronism_stadium_final(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The old stadium hosted its final match on [[{_us(day)}]], the club confirmed, before the "
             f"bulldozers moved in."], {"date": _us(day), "relative": None})


@_template
def b9_anachronism_bond_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"Voters approved the $80 million school bond on [[{_ap(day)}]] by a margin of almost two to one."],
            {"date": _ap(day), "relative": None})


@_template
def b9_anachronism_quarter_ended(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} reported a 12 per cent rise in revenue in the quarter that ended on [[{_uk(day)}]]."],
            {"date": _uk(day), "relative": None})


@_template
def b9_anachronism_judge_retired(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    name = rng.choice(_WOMEN)
    return ([f"Judge {name} retired from the bench in [[{_my(day)}]] after two decades in the family court."],
            {"date": _my(day), "relative": None})


@_template
def b9_anachronism_museum_reopened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The maritime museum reopened on [[{_iso(day)}]] after a three-year renovation, according to its "
             f"website."], {"date": _iso(day), "relative": None})


@_template
def b9_anachronism_canonised(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The nun, who ran a leper hospital for forty years, was canonised in St Peter's Square on "
             f"[[{_of(day)}]]."], {"date": _of(day), "relative": None})


@_template
def b9_anachronism_regiment_returned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The regiment returned from its tour in Mali on [[{_uk(day)}]] and paraded through "
             f"{rng.choice(_TOWNS)} to cheering crowds."], {"date": _uk(day), "relative": None})


@_template
def b9_anachronism_inspection(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The school was rated outstanding after an inspection completed on [[{_abbr(day)}]], the head "
             f"teacher told parents in a letter."], {"date": _abbr(day), "relative": None})


@_template
def b9_anachronism_family_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"\"He died peacefully on [[{_us(day)}]], surrounded by his grandchildren,\" his family said in a "
             f"statement."], {"date": _us(day), "relative": None})


@_template
def b9_anachronism_findings_published(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The researchers, who tracked 4,000 patients, published their findings on [[{_dot(day)}]]."],
            {"date": _dot(day), "relative": None})


@_template
def b9_anachronism_yesterday_hearing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"[[Yesterday]]'s hearing, held on [[{_us(day)}]] at the county courthouse, lasted less than ten "
             f"minutes."], {"date": _us(day), "relative": "Yesterday"})


@_template
def b9_anachronism_last_week_minister(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Speaking [[last week]] ([[{_uk(day)}]]), the health minister promised 2,000 more nurses."],
            {"date": _uk(day), "relative": "last week"})


@_template
def b9_anachronism_last_night_fire(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Forty firefighters fought the blaze at the timber yard [[last night]], [[{_of(day)}]], and no one "
             f"was hurt."], {"date": _of(day), "relative": "last night"})


@_template
def b9_anachronism_earlier_this_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"[[Earlier this month]], on [[{_ap(day)}]], the city council voted to ban fireworks in parks."],
            {"date": _ap(day), "relative": "Earlier this month"})


@_template
def b9_anachronism_last_year_merger(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The two hospital trusts merged [[last year]], in [[{_my(day)}]], and have since cut 300 posts."],
            {"date": _my(day), "relative": "last year"})


@_template
def b9_anachronism_this_morning_crash(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Police closed the motorway for six hours after a lorry overturned [[this morning]] "
             f"([[{_iso(day)}]])."], {"date": _iso(day), "relative": "this morning"})


@_template
def b9_anachronism_two_days_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The bishop, who collapsed during a service [[two days ago]] on [[{_uk(day)}]], is said to be "
             f"recovering."], {"date": _uk(day), "relative": "two days ago"})


@_template
def b9_anachronism_fortnight_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The exhibition, which opened [[a fortnight ago]] on [[{_us(day)}]], has already drawn 50,000 "
             f"visitors."], {"date": _us(day), "relative": "a fortnight ago"})


@_template
def b9_anachronism_last_month_strike(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Junior doctors walked out for 48 hours [[last month]].",
             f"The strike, which began on [[{_abbr(day)}]], forced the cancellation of 4,000 operations."],
            {"date": _abbr(day), "relative": "last month"})


@_template
def b9_anachronism_earlier_today_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The jury returned its verdict [[earlier today]], [[{_uk(day)}]], after two days of deliberation."],
            {"date": _uk(day), "relative": "earlier today"})


@_template
def b9_anachronism_this_week_launch(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The rocket that lifted off [[this week]] — on [[{_ap(day)}]] — carried a Kenyan weather "
             f"satellite."], {"date": _ap(day), "relative": "this week"})


@_template
def b9_anachronism_last_weekend_derby(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    home, away = rng.sample(_CLUBS, 2)
    return ([f"{home} beat {away} 3-0 [[last weekend]].",
             f"Goals in that match, played on [[{_uk(day)}]], came from three different defenders."],
            {"date": _uk(day), "relative": "last weekend"})


# --- duration_arithmetic ---------------------------------------------------------


def _span(rng: random.Random, first: int, last: int, low: int, high: int) -> tuple[datetime.date, datetime.date]:
    start = _date(rng, first, last)
    return start, _later(rng, start, low, high)


def _facts(stated: str, value: int, unit: str, start: Any, end: Any) -> Facts:
    return {"stated": stated, "value": value, "unit": unit, "start": start, "end": end, "offset": 0}


@_template
def b9_duration_obit_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born, died = _span(rng, 1920, 1950, 40 * 365, 60 * 365)
    age = _miss(rng, _years(born, died))
    return ([f"{rng.choice(_WOMEN)}, who was born on [[{_uk(born)}]], died on [[{_uk(died)}]] [[aged {age}]]."],
            _facts(f"aged {age}", age, "years", _uk(born), _uk(died)))


@_template
def b9_duration_foundry_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1960, 1998)
    stated = _miss(rng, 2016 - year, 9, 15)
    return ([f"The foundry, which closed in [[{year}]], some [[{stated} years ago]], is to become flats."],
            _facts(f"{stated} years ago", stated, "years", str(year), None))


@_template
def b9_duration_strike_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1980, 2012, 60, 500)
    stated = _miss(rng, _months(start, end))
    return ([f"The miners' strike, which began on [[{_us(start)}]] and ended on [[{_us(end)}]], lasted "
             f"[[{stated} months]]."], _facts(f"{stated} months", stated, "months", _us(start), _us(end)))


@_template
def b9_duration_trial_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1985, 2012, 40, 300)
    stated = _miss(rng, (end - start).days // 7)
    return ([f"The fraud trial opened at Southwark on [[{_uk(start)}]] and the jury was sent out on "
             f"[[{_uk(end)}]], after [[{stated} weeks]] of evidence."],
            _facts(f"{stated} weeks", stated, "weeks", _uk(start), _uk(end)))


@_template
def b9_duration_siege_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1975, 2012, 10, 60)
    stated = _miss(rng, (end - start).days)
    return ([f"The siege of the embassy lasted [[{stated} days]], from [[{_ap(start)}]] to [[{_ap(end)}]]."],
            _facts(f"{stated} days", stated, "days", _ap(start), _ap(end)))


@_template
def b9_duration_decade_phrase(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1960, 1985)
    end = start + rng.randint(20, 28)
    return ([f"The lighthouse keeper's cottage stood empty for [[a decade]], from its abandonment in [[{start}]] "
             f"until the trust bought it in [[{end}]]."], _facts("a decade", 10, "years", str(start), str(end)))


@_template
def b9_duration_half_century(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1940, 1965)
    end = start + rng.choice([rng.randint(30, 40), rng.randint(60, 66)])
    end = min(end, 2015)
    if 40 < end - start < 60:
        end = start + 38
    return ([f"The couple, married in [[{start}]], celebrated [[half a century]] together at a party in the "
             f"village hall in [[{end}]]."], _facts("half a century", 50, "years", str(start), str(end)))


@_template
def b9_duration_coach_tenure(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1970, 1995)
    end = start + rng.randint(4, 18)
    stated = _miss(rng, end - start, 9, 14)
    return ([f"In [[{stated} years]] as head coach, from [[{start}]] to [[{end}]], he won four conference titles."],
            _facts(f"{stated} years", stated, "years", str(start), str(end)))


@_template
def b9_duration_champion_age(rng: random.Random) -> tuple[list[str], Facts]:
    born, won = _span(rng, 1950, 1985, 18 * 365, 30 * 365)
    age = _miss(rng, _years(born, won))
    name = rng.choice(_WOMEN)
    return ([f"{name} (born [[{_us(born)}]]) became the [[{age}-year-old]] world champion when she won the final "
             f"on [[{_us(won)}]]."], _facts(f"{age}-year-old", age, "years", _us(born), _us(won)))


@_template
def b9_duration_jailed_freed(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1975, 1995, 3 * 365, 15 * 365)
    stated = _miss(rng, _years(start, end))
    name = rng.choice(_MEN)
    return ([f"{name} was jailed on [[{_uk(start)}]].",
             f"He walked free on [[{_uk(end)}]] after [[{stated} years]] behind bars, and has always protested "
             f"his innocence."], _facts(f"{stated} years", stated, "years", _uk(start), _uk(end)))


@_template
def b9_duration_centenary(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1890, 1920)
    end = start + rng.randint(75, 88)
    return ([f"The church, consecrated in [[{start}]], marked its [[centenary]] with a flower festival in "
             f"[[{end}]]."], _facts("centenary", 100, "years", str(start), str(end)))


@_template
def b9_duration_probe_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1985, 2009, 200, 1500)
    stated = _miss(rng, _months(start, end))
    return ([f"Launched on [[{_abbr(start)}]], the probe returned data for [[{stated} months]] until contact was "
             f"lost on [[{_abbr(end)}]]."], _facts(f"{stated} months", stated, "months", _abbr(start), _abbr(end)))


@_template
def b9_duration_headteacher_age(rng: random.Random) -> tuple[list[str], Facts]:
    born, appointed = _span(rng, 1945, 1975, 26 * 365, 40 * 365)
    age = _miss(rng, _years(born, appointed), 9, 14)
    return ([f"Born in [[{_my(born)}]], she became the county's youngest headteacher at [[{WORDS.get(age, age)}]]"
             f" when she took over Westgate Primary in [[{_my(appointed)}]]."],
            _facts(str(WORDS.get(age, age)), age, "years", _my(born), _my(appointed)))


@_template
def b9_duration_pier_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1880, 1960)
    stated = _miss(rng, 2016 - day.year, 9, 15)
    return ([f"The pier, opened on [[{_uk(day)}]] — [[{stated} years ago]] — needs £3m of repairs, the council "
             f"says."], _facts(f"{stated} years ago", stated, "years", _uk(day), None))


@_template
def b9_duration_weeks_at_sea(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1975, 2012, 50, 250)
    stated = _miss(rng, (end - start).days // 7)
    return ([f"After [[{stated} weeks]] at sea, from [[{_of(start)}]] to [[{_of(end)}]], the frigate's crew came "
             f"home to Portsmouth."], _facts(f"{stated} weeks", stated, "weeks", _of(start), _of(end)))


@_template
def b9_duration_line_closed_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1990, 2012, 14, 80)
    stated = _miss(rng, (end - start).days, 9, 14)
    return ([f"The branch line was closed for [[{stated} days]] while the viaduct was repaired, reopening on "
             f"[[{_dot(end)}]] after the last train ran on [[{_dot(start)}]]."],
            _facts(f"{stated} days", stated, "days", _dot(start), _dot(end)))


@_template
def b9_duration_title_drought(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1950, 1990)
    end = start + rng.randint(12, 24)
    stated = _miss(rng, end - start, 9, 12)
    club = rng.choice(_CLUBS)
    return ([f"{club}'s league title in [[{end}]] was their first for [[{stated} years]]; the previous one came "
             f"in [[{start}]]."], _facts(f"{stated} years", stated, "years", str(start), str(end)))


@_template
def b9_duration_intensive_care(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1995, 2012, 30, 150)
    stated = _miss(rng, (end - start).days // 7)
    return ([f"Admitted on [[{_uk(start)}]], the patient spent [[{stated} weeks]] in intensive care before being "
             f"discharged on [[{_uk(end)}]]."], _facts(f"{stated} weeks", stated, "weeks", _uk(start), _uk(end)))


@_template
def b9_duration_vicar_served(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1960, 1985, 5 * 365, 25 * 365)
    stated = _miss(rng, _years(start, end))
    return ([f"The vicar served the parish for [[{stated} years]], from his induction on [[{_us(start)}]] to his "
             f"retirement on [[{_us(end)}]]."], _facts(f"{stated} years", stated, "years", _us(start), _us(end)))


@_template
def b9_duration_prize_pupil(rng: random.Random) -> tuple[list[str], Facts]:
    born, awarded = _span(rng, 1975, 1995, 14 * 365, 19 * 365)
    age = _miss(rng, _years(born, awarded))
    return ([f"The prize for young poets went to a pupil born on [[{_ap(born)}]]; at [[{age}]], she is the "
             f"youngest winner, the judges said when they announced it on [[{_ap(awarded)}]]."],
            _facts(str(age), age, "years", _ap(born), _ap(awarded)))


@_template
def b9_duration_consultation_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1995, 2012, 90, 400)
    stated = _miss(rng, _months(start, end), 9, 14)
    return ([f"The council's [[{stated}-month]] consultation on the incinerator ran from [[{_my(start)}]] to "
             f"[[{_my(end)}]]."], _facts(f"{stated}-month", stated, "months", _my(start), _my(end)))


@_template
def b9_duration_widow_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1975, 2000)
    stated = _miss(rng, 2016 - year, 9, 14)
    return ([f"Her husband, a trawlerman, was lost at sea in [[{year}]], [[{stated} years ago]], and his body was "
             f"never found."], _facts(f"{stated} years ago", stated, "years", str(year), None))


# --- the set ------------------------------------------------------------------

BLIND9_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b9_weekday_jury_us,
        b9_weekday_derby_crowd,
        b9_weekday_shareholders_ap,
        b9_weekday_trial_dotted,
        b9_weekday_council_fronted,
        b9_weekday_obit_wedding,
        b9_weekday_battalion_dawn,
        b9_weekday_curator_quote,
        b9_weekday_chapel_short,
        b9_weekday_inspectors,
        b9_weekday_timetable,
        b9_weekday_ward_ordinal,
        b9_weekday_bankruptcy_clause,
        b9_weekday_marathon_morning,
        b9_weekday_statute_passive,
        b9_weekday_ceasefire_paren,
        b9_weekday_auction_sale,
        b9_weekday_inquest_seen,
        b9_weekday_earnings_abbr,
        b9_weekday_picket_two,
        b9_weekday_appeals_iso,
    ],
    "impossible_date": [
        b9_impossible_contract_us,
        b9_impossible_obit_born,
        b9_impossible_transfer_ap,
        b9_impossible_filing_iso,
        b9_impossible_police_dotted,
        b9_impossible_ordinal_words,
        b9_impossible_deed_day_of,
        b9_impossible_samples_abbr,
        b9_impossible_minutes_us,
        b9_impossible_baptism_register,
        b9_impossible_medal_citation,
        b9_impossible_trains_no_year,
        b9_impossible_exhibition_closes,
        b9_impossible_vaccinated_ap,
        b9_impossible_term_start,
        b9_impossible_deal_quote,
        b9_impossible_lease_ordinal,
        b9_impossible_polling_day,
        b9_impossible_record_set,
        b9_impossible_journal_received,
        b9_impossible_death_registered,
    ],
    "restated_event": [
        b9_restated_same_bridge_opened,
        b9_restated_same_born_obit,
        b9_restated_same_founded_years,
        b9_restated_same_elected_mayor,
        b9_restated_same_treaty_signed,
        b9_restated_same_died_home,
        b9_restated_same_probe_launched,
        b9_restated_same_ordained,
        b9_restated_same_mill_closed,
        b9_restated_same_convicted,
        b9_restated_same_opera_premiered,
        b9_restated_same_married,
        b9_restated_same_merger_completed,
        b9_restated_same_collision,
        b9_restated_same_school_inaugurated,
        b9_restated_same_comet_discovered,
        b9_restated_diff_born_birth,
        b9_restated_diff_founded_foundation,
        b9_restated_diff_signing_signed,
        b9_restated_diff_opened_opening,
        b9_restated_diff_death_died,
        b9_restated_diff_resigned_resignation,
        b9_restated_diff_arrest_arrested,
        b9_restated_diff_wedding_married,
        b9_restated_diff_takeover_acquired,
        b9_restated_diff_crash_derailment,
        b9_restated_diff_consecration,
        b9_restated_diff_byelection_victory,
        b9_restated_diff_flood_burst,
        b9_restated_diff_graduation,
        b9_restated_diff_debut_first_game,
        b9_restated_diff_discovery_found,
    ],
    "order_violation": [
        b9_order_after_dismissal,
        b9_order_following_results,
        b9_order_before_referendum,
        b9_order_prior_to_hearing,
        b9_order_in_wake_of_storm,
        b9_order_subsequently_scored,
        b9_order_only_after_approval,
        b9_order_once_ratified,
        b9_order_ahead_of_premiere,
        b9_order_already_by_time,
        b9_order_preceded_coup,
        b9_order_first_then,
        b9_order_released_rearrested,
        b9_order_shortly_after_recall,
        b9_order_in_response_to,
        b9_order_succeeded_retired,
        b9_order_went_on_to,
        b9_order_sequel_original,
        b9_order_until_when,
        b9_order_diagnosis_treatment,
        b9_order_deployed_after_training,
    ],
    "publication_anachronism": [
        b9_anachronism_stadium_final,
        b9_anachronism_bond_vote,
        b9_anachronism_quarter_ended,
        b9_anachronism_judge_retired,
        b9_anachronism_museum_reopened,
        b9_anachronism_canonised,
        b9_anachronism_regiment_returned,
        b9_anachronism_inspection,
        b9_anachronism_family_quote,
        b9_anachronism_findings_published,
        b9_anachronism_yesterday_hearing,
        b9_anachronism_last_week_minister,
        b9_anachronism_last_night_fire,
        b9_anachronism_earlier_this_month,
        b9_anachronism_last_year_merger,
        b9_anachronism_this_morning_crash,
        b9_anachronism_two_days_ago,
        b9_anachronism_fortnight_ago,
        b9_anachronism_last_month_strike,
        b9_anachronism_earlier_today_verdict,
        b9_anachronism_this_week_launch,
        b9_anachronism_last_weekend_derby,
    ],
    "duration_arithmetic": [
        b9_duration_obit_aged,
        b9_duration_foundry_ago,
        b9_duration_strike_months,
        b9_duration_trial_weeks,
        b9_duration_siege_days,
        b9_duration_decade_phrase,
        b9_duration_half_century,
        b9_duration_coach_tenure,
        b9_duration_champion_age,
        b9_duration_jailed_freed,
        b9_duration_centenary,
        b9_duration_probe_months,
        b9_duration_headteacher_age,
        b9_duration_pier_ago,
        b9_duration_weeks_at_sea,
        b9_duration_line_closed_days,
        b9_duration_title_drought,
        b9_duration_intensive_care,
        b9_duration_vicar_served,
        b9_duration_prize_pupil,
        b9_duration_consultation_months,
        b9_duration_widow_ago,
    ],
}
