"""``blind7`` injected date-conflict templates for ``benchmarks/date_conflicts.py``.

Kept in its own module so that it can be imported (by the benchmark and by
``tests/test_date_templates_blind7.py``) without importing the detector.
"""

# ---------------------------------------------------------------------------
# ``blind7`` templates.  Written on 2026-11-22 by a helper session acting as an
# independent tester, from the six conflict definitions in the task brief and
# from how news copy dates things, WITHOUT opening, grepping or importing the
# detector (src/reliability/features/*, temporal.py, dates.py), its date tests
# (tests/test_temporal*, tests/test_date* other than
# tests/test_date_templates_blind6.py, which was read as the model for the
# well-formedness test), its feature card (features/date_conflicts.md), the
# README or any benchmark results (benchmarks/results/).  In
# benchmarks/date_conflicts.py only the harness was meant to be read: the module
# docstring, the helpers at the top, ``_inject`` and its ``[[...]]`` markers,
# the ``--split`` handling in ``run()`` and the argparse.  In
# benchmarks/date_templates_blind6.py only the header comment, the constants
# and helpers (up to the first weekday template), that one template function
# (for the calling convention) and the tail of the final ``BLIND6_TEMPLATES``
# dict were read.  Disclosure: a first ``grep -n`` over
# benchmarks/date_conflicts.py, meant to locate the harness, used a pattern
# that also matched ``[[`` and so printed one line (mostly truncated by the
# tool) of many template bodies of the earlier sets (original, blind to
# blind4); and the line range read around ``_inject`` showed the function names
# in the tail of ``BLIND4_TEMPLATES``.  Nothing else of the earlier template
# sets was read, and the nouns, names and phrasings here were written fresh.
# The templates were only run through their own generators and
# tests/test_date_templates_blind7.py (well-formedness, and ``datetime``
# checks, from the rendered text, that each conflict is real), never through the
# detector, and ``--split blind7`` (or any split) was not run by the author.
# This is the current independent test set while ``development``/``held_out``
# and ``blind`` to ``blind6`` serve as development data: run it once for a
# measurement and do NOT use it to change the detector or its lexicons.  Every
# template is used (no index parity): ``--split blind7``.
#
# Conventions (as in blind6).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous), the impossible
# date, both dates of a restated event, both dates of an order violation, the
# relative expression and its pinned date (or only the date when the conflict
# is with the publication date), and the duration/age and the dates it
# contradicts.  Publication-relative templates assume an article published on
# 2016-09-27 (``--published 2016-09-27``): past-tense events are dated at least
# eight months after publication (2018-2025), and relative expressions are
# pinned at least three years away from it.  Arithmetic templates miss by at
# least 5 units beyond any inclusive/exclusive, unknown-day or unknown-birthday
# counting difference.  Dates in all other types stay at or before 2015; no
# weekday is named outside the weekday templates and no relative expression
# outside the anachronism templates ("ago" only in duration templates, against
# 2016).  Restated-event templates are named ``b7_restated_same_*`` when both
# places use the same head word for the event and ``b7_restated_diff_*`` when
# they use a different word or form (noun vs verb, synonym).
#
# Each template is a plain ``Callable[[random.Random], list[str]]`` (1-3
# sentences) and carries ``template.facts(rng)``, which returns the same
# sentences plus the date expressions (as they appear in the text) that make
# the conflict; the well-formedness test parses those itself and checks the
# conflict with ``datetime``.
# ---------------------------------------------------------------------------

from __future__ import annotations

import calendar
import datetime
import functools
import random
from collections.abc import Callable
from typing import Any

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

_PEOPLE = ["Imelda Brannigan", "Kwabena Asante", "Lucinda Ferreira", "Radomir Petek", "Saoirse Tennant",
           "Henrik Dahlqvist", "Priya Ramaswamy", "Augustin Delacroix", "Yusuf Demirel", "Beatrix Holloway",
           "Ottilie Marchbank", "Fergal Quinlan", "Adaeze Nwosu", "Matthias Grunewald"]
_TOWNS = ["Ardlow", "Brackenfield", "Corrie Sands", "Dunmere", "Holloway Cross", "Kestle", "Marrowby",
          "Penhallow", "Quarry Bank", "Rushmoor", "Stanbury", "Whitlow Edge"]
_FIRMS = ["Calderway Foods", "Norsk Meridian", "Pelham & Voss", "Ostrava Steelworks", "Bluefin Logistics",
          "Harcastle Pharma", "Lindqvist Paper", "Tarrant Motors"]
_TEAMS = ["Kestle Harriers", "Dunmere Albion", "Rushmoor City", "Stanbury Wolves", "Marrowby Dockers"]


def _template(build: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    """Wrap a builder returning (sentences, facts) into a harness template returning sentences."""

    @functools.wraps(build)
    def template(rng: random.Random) -> list[str]:
        return build(rng)[0]

    template.facts = build  # type: ignore[attr-defined]
    return template


def _day(rng: random.Random, low: int = 1990, high: int = 2014) -> datetime.date:
    start = datetime.date(low, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(high, 12, 31).toordinal()))


def _wrong(rng: random.Random, day: datetime.date) -> int:
    return (day.weekday() + rng.randint(1, 6)) % 7


def _nth(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _us(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ap(day: datetime.date) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _uk(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _word(value: int) -> str:
    return WORDS.get(value, str(value))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _last(name: str) -> str:
    return name.split()[-1]


def _pair(rng: random.Random, low: int = 1965, high: int = 2015) -> tuple[int, int]:
    """Two years 2-9 apart, in random order."""
    later = rng.randint(low + 9, high)
    earlier = later - rng.randint(2, 9)
    return (earlier, later) if rng.random() < 0.5 else (later, earlier)


def _ordered(rng: random.Random, low: int = 1970, high: int = 2015) -> tuple[int, int]:
    later = rng.randint(low + 9, high)
    return later - rng.randint(2, 9), later


def _month_year(rng: random.Random, year: int) -> str:
    return f"{MONTHS[rng.randint(0, 11)]} {year}"


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


_ELAPSED: dict[str, Callable[[datetime.date, datetime.date], int]] = {"years": _whole_years, "months": _whole_months,
            "weeks": lambda start, end: (end - start).days // 7, "days": lambda start, end: (end - start).days}


def _year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def _bad(rng: random.Random, unit: str, start: tuple[datetime.date, datetime.date],
         end: tuple[datetime.date, datetime.date], offset: int = 0, floor: int = 2, high_only: bool = False) -> int:
    """A stated number (before ``offset``) 7-15 units outside every defensible count between two intervals."""
    lowest = _ELAPSED[unit](start[1], end[0]) - 1
    highest = _ELAPSED[unit](start[0], end[1]) + 1
    while True:
        gap = rng.randint(7, 15)
        effective = highest + gap if high_only or rng.random() < 0.5 else lowest - gap
        value = effective - offset
        if value >= floor:
            return value


def _far_day(rng: random.Random) -> datetime.date:
    """A day at least three years away from 2016-09-27."""
    return _day(rng, 1995, 2012) if rng.random() < 0.5 else _day(rng, 2020, 2025)


def _future_day(rng: random.Random) -> datetime.date:
    return _day(rng, 2018, 2025)


# --- weekday_mismatch -------------------------------------------------------

@_template
def b7_weekday_tribunal_ruling(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"The employment tribunal ruled on [[{wd}, {_us(day)}]] that the drivers had been unfairly dismissed."],
            {"weekday": wd, "date": _us(day)})


@_template
def b7_weekday_kickoff_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    team = rng.choice(_TEAMS)
    return ([f"{team} clinched promotion with a 3-1 win at home on [[{wd} {_uk(day)}]]."],
            {"weekday": wd, "date": _uk(day)})


@_template
def b7_weekday_ap_recall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = AP_WEEKDAYS[_wrong(rng, day)]
    firm = rng.choice(_FIRMS)
    return ([f"{firm} pulled the contaminated batches from shelves on [[{wd}, {_ap(day)}]], regulators said."],
            {"weekday": wd, "date": _ap(day)})


@_template
def b7_weekday_iso_lab_log(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng, 1998, 2014)
    wd = SHORT_WEEKDAYS[_wrong(rng, day)]
    return ([f"The lab notebook entry headed [[{wd} {day.isoformat()}]] records the first stable culture."],
            {"weekday": wd, "date": day.isoformat()})


@_template
def b7_weekday_split_spans(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"Voting in the {rng.choice(_TOWNS)} parish poll opened at 7 a.m. on [[{_us(day)}]], a [[{wd}]], "
             f"and closed at 10 p.m."], {"weekday": wd, "date": _us(day)})


@_template
def b7_weekday_ordinal_of(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    date = f"the {_nth(day.day)} of {MONTHS[day.month - 1]}, {day.year}"
    return ([f"The gallery reopened to the public on [[{wd}, {date}]] after an eighteen-month restoration."],
            {"weekday": wd, "date": date})


@_template
def b7_weekday_no_year_then_year(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    short = f"{MONTHS[day.month - 1]} {day.day}"
    return ([f"Throughout [[{day.year}]] the clinic struggled to recruit nurses.",
             f"On [[{wd}, {short}]] of that year it closed its night ward altogether."],
            {"weekday": wd, "date": (short, day.year)})


@_template
def b7_weekday_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"\"I will never forget [[{wd}, {_uk(day)}]],\" said {rng.choice(_PEOPLE)}, whose shop was lost in the fire."],
            {"weekday": wd, "date": _uk(day)})


@_template
def b7_weekday_dotted_police(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    dotted = f"{day.day:02d}.{day.month:02d}.{day.year}"
    return ([f"According to the police report dated [[{wd} {dotted}]], the van was found burned out near {rng.choice(_TOWNS)}."],
            {"weekday": wd, "date": dotted})


@_template
def b7_weekday_parenthesis(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"The council's planning committee, which met on [[{_us(day)} ({wd})]], rejected the wind farm."],
            {"weekday": wd, "date": _us(day)})


@_template
def b7_weekday_launch_night(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"The rocket carrying the weather satellite lifted off shortly before midnight on [[{wd}, {_us(day)}]]."],
            {"weekday": wd, "date": _us(day)})


@_template
def b7_weekday_short_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = SHORT_WEEKDAYS[_wrong(rng, day)]
    date = f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"
    return ([f"The shipping manifest stamped [[{wd} {date}]] lists 40 containers of frozen fish."],
            {"weekday": wd, "date": date})


@_template
def b7_weekday_verdict_two_sentences(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    person = rng.choice(_PEOPLE)
    return ([f"The jury in the trial of {person} retired to consider its verdict on [[{_uk(day)}]].",
             f"It returned on the same day, a [[{wd}]], after barely three hours."],
            {"weekday": wd, "date": _uk(day)})


@_template
def b7_weekday_festival_opening(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"The {rng.choice(_TOWNS)} folk festival opened on [[{wd} the {_nth(day.day)} of {MONTHS[day.month - 1]} "
             f"{day.year}]] with a parade of brass bands."],
            {"weekday": wd, "date": f"the {_nth(day.day)} of {MONTHS[day.month - 1]} {day.year}"})


@_template
def b7_weekday_strike_begins(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = AP_WEEKDAYS[_wrong(rng, day)]
    return ([f"Refuse collectors walked out at dawn on [[{wd}, {_ap(day)}]], leaving bins uncollected for weeks."],
            {"weekday": wd, "date": _ap(day)})


@_template
def b7_weekday_dispatch_dateline(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    town = rng.choice(_TOWNS)
    return ([f"The wire dispatch from {town}, filed on [[{wd}, {_uk(day)}]], reported shelling on the ring road."],
            {"weekday": wd, "date": _uk(day)})


@_template
def b7_weekday_surgery(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"Surgeons at {rng.choice(_TOWNS)} General carried out the region's first hand transplant on a "
             f"[[{wd}]] in {MONTHS[day.month - 1]}: [[{_us(day)}]]."], {"weekday": wd, "date": _us(day)})


@_template
def b7_weekday_board_minutes(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    firm = rng.choice(_FIRMS)
    return ([f"Minutes of the {firm} board meeting of [[{wd} {_us(day)}]] show the chairman abstained."],
            {"weekday": wd, "date": _us(day)})


@_template
def b7_weekday_marathon(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    person = rng.choice(_PEOPLE)
    return ([f"{person} set the course record in the {rng.choice(_TOWNS)} marathon, run on [[{wd}, {_uk(day)}]], "
             f"in two hours and nine minutes."], {"weekday": wd, "date": _uk(day)})


@_template
def b7_weekday_embassy_cable(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = SHORT_WEEKDAYS[_wrong(rng, day)]
    return ([f"A leaked embassy cable, marked [[{wd}, {_ap(day)}]], warned of troop movements along the border."],
            {"weekday": wd, "date": _ap(day)})


@_template
def b7_weekday_it_was(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    wd = WEEKDAYS[_wrong(rng, day)]
    return ([f"The levee gave way on [[{_us(day)}]].",
             f"It was a [[{wd}]], and most of the farmhands had gone to market."],
            {"weekday": wd, "date": _us(day)})


# --- impossible_date --------------------------------------------------------

_BAD = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]


def _non_leap(rng: random.Random, low: int = 1950, high: int = 2015) -> int:
    while True:
        year = rng.randint(low, high)
        if calendar.isleap(year) is False:
            return year


def _bad_day(rng: random.Random) -> tuple[int, int]:
    return rng.choice(_BAD)


@_template
def b7_impossible_deed(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{MONTHS[month - 1]} {dom}, {rng.randint(1960, 2015)}"
    return ([f"The deed transferring the farmland is dated [[{date}]] and bears two signatures."], {"date": date})


@_template
def b7_impossible_uk_born(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{dom} {MONTHS[month - 1]} {rng.randint(1930, 1995)}"
    return ([f"{rng.choice(_PEOPLE)}, the goalkeeper, was born on [[{date}]] in {rng.choice(_TOWNS)}."],
            {"date": date})


@_template
def b7_impossible_leap(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"February 29, {_non_leap(rng)}"
    return ([f"Auditors found that the final payment to the contractor was made on [[{date}]]."], {"date": date})


@_template
def b7_impossible_iso_record(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{rng.randint(1995, 2015)}-{month:02d}-{dom}"
    return ([f"The patient record, last updated [[{date}]], was missing from the archive."], {"date": date})


@_template
def b7_impossible_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = rng.choice(_BAD[2:])
    date = f"{MONTHS[month - 1]} {dom}"
    return ([f"The ministry had promised the tender results by [[{date}]], a deadline it then missed."],
            {"date": date})


@_template
def b7_impossible_ordinal_words(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice([4, 6, 9, 11])
    date = f"the thirty-first of {MONTHS[month - 1]}, {rng.randint(1900, 2015)}"
    return ([f"The parish register records the christening on [[{date}]]."], {"date": date})


@_template
def b7_impossible_ap(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{AP_MONTHS[month - 1]} {dom}, {rng.randint(1980, 2015)}"
    return ([f"Prosecutors say the shell company was registered on [[{date}]] in the name of a dead man."],
            {"date": date})


@_template
def b7_impossible_nth_of(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"the {_nth(dom)} of {MONTHS[month - 1]} {rng.randint(1980, 2015)}"
    return ([f"The last ferry sailing before the storm left on [[{date}]], port logs show."], {"date": date})


@_template
def b7_impossible_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{dom:02d}.{month:02d}.{rng.randint(1990, 2015)}"
    return ([f"The export licence, issued [[{date}]], covered 300 tonnes of scrap copper."], {"date": date})


@_template
def b7_impossible_concert(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{MONTHS[month - 1]} {_nth(dom)}, {rng.randint(1965, 2015)}"
    return ([f"The band played its last concert at the Palace Ballroom on [[{date}]]."], {"date": date})


@_template
def b7_impossible_range_end(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice([4, 6, 9, 11])
    year = rng.randint(1990, 2015)
    date = f"{MONTHS[month - 1]} 31, {year}"
    return ([f"Consultation on the bypass ran from {MONTHS[month - 1]} 2 to [[{date}]]."], {"date": date})


@_template
def b7_impossible_short_month(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{dom} {SHORT_MONTHS[month - 1]} {rng.randint(1985, 2015)}"
    return ([f"The freight invoice is dated [[{date}]], according to customs officials."], {"date": date})


@_template
def b7_impossible_leap_uk(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"29 February {_non_leap(rng, 1900, 2015)}"
    return ([f"The explorer's diary ends abruptly on [[{date}]]."], {"date": date})


@_template
def b7_impossible_quote(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{MONTHS[month - 1]} {dom}, {rng.randint(1975, 2015)}"
    return ([f"\"The cheque was cashed on [[{date}]],\" the bank manager told the court."], {"date": date})


@_template
def b7_impossible_two_sentences(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    year = rng.randint(1980, 2015)
    date = f"{dom} {MONTHS[month - 1]} {year}"
    return ([f"Rainfall in {rng.choice(_TOWNS)} broke records that spring.",
             f"The river peaked on [[{date}]], flooding the lower town."], {"date": date})


@_template
def b7_impossible_match(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{MONTHS[month - 1]} {dom}, {rng.randint(1970, 2015)}"
    return ([f"{rng.choice(_TEAMS)} last won the county cup on [[{date}]], beating their neighbours on penalties."],
            {"date": date})


@_template
def b7_impossible_no_year_uk(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = rng.choice(_BAD)
    date = f"{dom} {MONTHS[month - 1]}"
    return ([f"Applications for the arts grant must reach the trust by [[{date}]], the guidance says."],
            {"date": date})


@_template
def b7_impossible_publication(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{MONTHS[month - 1]} {dom}, {rng.randint(1950, 2015)}"
    return ([f"The journal paper describing the new beetle species appeared in the issue of [[{date}]]."],
            {"date": date})


@_template
def b7_impossible_court_listing(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{AP_MONTHS[month - 1]} {_nth(dom)}, {rng.randint(1990, 2015)}"
    return ([f"Court listings show the appeal was heard on [[{date}]] before three judges."], {"date": date})


@_template
def b7_impossible_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    month, dom = _bad_day(rng)
    date = f"{dom} {MONTHS[month - 1]}, {rng.randint(1970, 2015)}"
    return ([f"The ceasefire took effect at midnight on [[{date}]] but was broken within hours."], {"date": date})


@_template
def b7_impossible_vaccine(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"Feb. 29, {_non_leap(rng, 1960, 2015)}"
    return ([f"Health officials said the first vaccine doses reached {rng.choice(_TOWNS)} on [[{date}]]."],
            {"date": date})


# --- restated_event ---------------------------------------------------------
# One event, dated twice, inconsistently.  ``same``: the same head word in both
# places; ``diff``: a different word or form (verb vs noun, synonym).

@_template
def b7_restated_same_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng)
    a, b = rng.sample(_FIRMS, 2)
    second_text = _month_year(rng, second)
    return ([f"The [[{first}]] merger of {a} and {b} created the region's largest employer.",
             f"The merger, completed in [[{second_text}]], was waved through by the competition authority."],
            {"dates": (str(first), second_text)})


@_template
def b7_restated_same_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    person = rng.choice(_PEOPLE)
    return ([f"{person} has always disputed the verdict of [[{first}]].",
             f"That verdict, delivered by a majority of ten to two in [[{second}]], rested on a single witness."],
            {"dates": (str(first), str(second))})


@_template
def b7_restated_same_flood(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng)
    town = rng.choice(_TOWNS)
    day = datetime.date(second, rng.randint(1, 12), rng.randint(1, 28))
    return ([f"Many houses in {town} were never rebuilt after the [[{first}]] flood.",
             f"When the flood reached {town} on [[{_uk(day)}]], the water stood two metres deep in the square."],
            {"dates": (str(first), _uk(day))})


@_template
def b7_restated_same_transfer(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1980)
    person, team = rng.choice(_PEOPLE), rng.choice(_TEAMS)
    return ([f"{person}'s record transfer to {team} in [[the summer of {first}]] cost 4 million pounds.",
             f"Fans still argue over whether the [[{second}]] transfer was worth it."],
            {"dates": (f"the summer of {first}", str(second))})


@_template
def b7_restated_same_excavation(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    town = rng.choice(_TOWNS)
    return ([f"Archaeologists led the excavation at {town} hill fort in [[{first}]].",
             f"Finds from the [[{second}]] excavation, including a bronze torc, are now in the county museum."],
            {"dates": (str(first), str(second))})


@_template
def b7_restated_same_strike(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1965)
    town = rng.choice(_TOWNS)
    began = _month_year(rng, first)
    return ([f"The miners' strike at {town} colliery began in [[{began}]] and shut the pit for good.",
             f"Veterans of the {town} strike of [[{second}]] still meet at the welfare hall."],
            {"dates": (began, str(second))})


@_template
def b7_restated_same_election(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng)
    person = rng.choice(_PEOPLE)
    day = datetime.date(first, rng.randint(1, 12), rng.randint(1, 28))
    return ([f"{person} first won the seat at a by-election held on [[{_ap(day)}]].",
             f"Turnout at that by-election, in [[{second}]], was below 30 percent."],
            {"dates": (_ap(day), str(second))})


@_template
def b7_restated_same_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    work = rng.choice(["The Salt Orchard", "Nightjar", "A Harbour of Glass", "The Weaver's Daughter"])
    dated = _month_year(rng, second)
    return ([f"Critics were divided at the [[{first}]] premiere of \"{work}\".",
             f"The premiere of \"{work}\" took place in [[{dated}]] at the Playhouse."],
            {"dates": (str(first), dated)})


@_template
def b7_restated_same_recall(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1985)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} never fully recovered from its [[{first}]] product recall.",
             f"The recall, ordered by regulators in [[late {second}]], involved two million units."],
            {"dates": (str(first), f"late {second}")})


@_template
def b7_restated_same_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1980)
    town = rng.choice(_TOWNS)
    return ([f"The measles outbreak in {town} began in [[early {first}]], health officials said.",
             f"During the {town} outbreak of [[{second}]], the school closed for a month."],
            {"dates": (f"early {first}", str(second))})


@_template
def b7_restated_same_expedition(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    person = rng.choice(_PEOPLE)
    dated = _month_year(rng, second)
    return ([f"{person} joined the Antarctic expedition of [[{first}]] as its youngest member.",
             f"That expedition set out from Hobart in [[{dated}]] with forty dogs."],
            {"dates": (str(first), dated)})


@_template
def b7_restated_diff_founded_founding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1950)
    town = rng.choice(_TOWNS)
    return ([f"The {town} Housing Co-operative was founded in [[{first}]] by six families.",
             f"Since its foundation in [[{second}]], the co-operative has built 400 homes."],
            {"dates": (str(first), str(second))})


@_template
def b7_restated_diff_acquired_takeover(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    a, b = rng.sample(_FIRMS, 2)
    day = datetime.date(first, rng.randint(1, 12), rng.randint(1, 28))
    return ([f"{a} acquired {b} on [[{_us(day)}]] for 900 million dollars.",
             f"Staff at {b} say little changed after the [[{second}]] takeover."],
            {"dates": (_us(day), str(second))})


@_template
def b7_restated_diff_elected_victory(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} was elected mayor of {rng.choice(_TOWNS)} in [[{first}]].",
             f"{_last(person)}'s [[{second}]] mayoral victory ended three decades of single-party rule."],
            {"dates": (str(first), str(second))})


@_template
def b7_restated_diff_collapse_fell(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1970)
    town = rng.choice(_TOWNS)
    dated = _month_year(rng, second)
    return ([f"The [[{first}]] collapse of the {town} footbridge injured nineteen people.",
             f"The {town} footbridge fell into the river in [[{dated}]] during a storm."],
            {"dates": (str(first), dated)})


@_template
def b7_restated_diff_discovered_discovery(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    person = rng.choice(_PEOPLE)
    dated = _month_year(rng, second)
    return ([f"{person} discovered the comet in [[{first}]] using a home-built telescope.",
             f"The comet's discovery, in [[{dated}]], made the amateur astronomer famous."],
            {"dates": (str(first), dated)})


@_template
def b7_restated_diff_ban_outlawed(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1970)
    return ([f"Campaigners credit the [[{first}]] ban on lead paint with a fall in child poisoning.",
             f"Parliament outlawed lead paint in [[{second}]] after a long campaign."],
            {"dates": (str(first), str(second))})


@_template
def b7_restated_diff_appointed_appointment(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    person = rng.choice(_PEOPLE)
    day = datetime.date(second, rng.randint(1, 12), rng.randint(1, 28))
    return ([f"{person} was appointed chief medical officer in [[{first}]].",
             f"Since {_last(person)} took up the post of chief medical officer on [[{_uk(day)}]], waiting lists have grown."],
            {"dates": (str(first), _uk(day))})


@_template
def b7_restated_diff_uprising_revolt(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1950)
    town = rng.choice(_TOWNS)
    dated = _month_year(rng, second)
    return ([f"Historians still debate what sparked the {town} uprising of [[{first}]].",
             f"The revolt in {town}, which broke out in [[{dated}]], was crushed within a week."],
            {"dates": (str(first), dated)})


@_template
def b7_restated_diff_married_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    a, b = rng.sample(_PEOPLE, 2)
    return ([f"{a} and {b} married in [[{first}]] at the town hall.",
             f"Photographs from their [[{second}]] wedding show the couple on a borrowed motorbike."],
            {"dates": (str(first), str(second))})


@_template
def b7_restated_diff_opened_inauguration(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1965)
    town = rng.choice(_TOWNS)
    day = datetime.date(first, rng.randint(1, 12), rng.randint(1, 28))
    return ([f"The {town} tidal barrage opened on [[{_nth(day.day)} {MONTHS[day.month - 1]} {day.year}]].",
             f"At the barrage's inauguration in [[{second}]], the minister cut a ribbon across the sluice gates."],
            {"dates": (f"{_nth(day.day)} {MONTHS[day.month - 1]} {day.year}", str(second))})


# --- order_violation --------------------------------------------------------
# ``earlier`` is the date of the event the text says came first; it is later
# than ``later``, the date of the event the text says came second.

@_template
def b7_order_aftermath_inquiry(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    town = rng.choice(_TOWNS)
    return ([f"The public inquiry into hospital hygiene opened in [[{early}]] in the aftermath of the [[{late}]] "
             f"infection scandal at {town} General."], {"earlier": str(late), "later": str(early)})


@_template
def b7_order_following_front(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    firm = rng.choice(_FIRMS)
    return ([f"Following the [[{late}]] profit warning, {firm} closed its two oldest plants in [[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_before_clause(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} left the national orchestra in [[{late}]], before the [[{early}]] tour of Japan that made it famous."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_in_response(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"In response to the [[{late}]] rail crash, ministers ordered new signalling on the main line in [[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_prior_to(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"{a} sold its shipping arm in [[{late}]], prior to the [[{early}]] partnership with {b}."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_days_after(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1985, 2015)
    first_month = rng.randint(1, 9)
    late = datetime.date(year, rng.randint(first_month + 2, 12), rng.randint(1, 28))
    early = datetime.date(year, first_month, rng.randint(1, 28))
    return ([f"On [[{_us(early)}]], days after the [[{_us(late)}]] landslide, engineers closed the coast road."],
            {"earlier": _us(late), "later": _us(early)})


@_template
def b7_order_two_sentence_subsequent(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} was charged with fraud in [[{late}]].",
             f"The subsequent trial, in [[{early}]], ended with a hung jury."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_on_the_eve(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} stepped down as party leader in [[{late}]], on the eve of the [[{early}]] general election."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_prompted(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    town = rng.choice(_TOWNS)
    return ([f"The [[{early}]] smoking ban in {town}'s pubs was prompted by a [[{late}]] study of bar staff's lungs."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_triggered(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"The [[{late}]] currency crisis triggered the wave of bank nationalisations of [[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_years_later(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} won a bronze medal at the [[{late}]] world championships.",
             f"Later, at the [[{early}]] championships, {_last(person)} took gold in the same event."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_ahead_of(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    town = rng.choice(_TOWNS)
    return ([f"Ahead of the [[{early}]] Commonwealth regatta, {town} rebuilt its harbour wall in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_in_retaliation(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    shelled = _month_year(rng, early)
    return ([f"Rebel units shelled the airport in [[{shelled}]], in retaliation for the [[{late}]] "
             f"air strikes on their villages."], {"earlier": str(late), "later": shelled})


@_template
def b7_order_by_the_time(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    firm = rng.choice(_FIRMS)
    return ([f"By the time {firm} launched its electric van in [[{early}]], the company had already shut its "
             f"diesel line, in [[{late}]]."], {"earlier": str(late), "later": str(early)})


@_template
def b7_order_then(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} trained as a vet in [[{late}]] and then, in [[{early}]], bought the practice in {rng.choice(_TOWNS)}."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_once(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"Only once the regulator had published its report, in [[{late}]], did the water company replace "
             f"the mains, in [[{early}]]."], {"earlier": str(late), "later": str(early)})


@_template
def b7_order_preceded(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    town = rng.choice(_TOWNS)
    return ([f"The [[{late}]] dock strike in {town} preceded the [[{early}]] closure of the port."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_as_a_result(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    team = rng.choice(_TEAMS)
    return ([f"{team} were relegated in [[{early}]] as a result of the points deduction imposed in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_until(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} edited the county paper from [[{late}]] until its sale in [[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b7_order_since(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    town = rng.choice(_TOWNS)
    return ([f"The keeper's cottage at the {town} lighthouse was sold in [[{early}]], in the years after the light "
             f"was automated in [[{late}]]."], {"earlier": str(late), "later": str(early)})


@_template
def b7_order_shortly_after_uk(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1985, 2015)
    first_month = rng.randint(1, 9)
    late = datetime.date(year, rng.randint(first_month + 2, 12), rng.randint(1, 28))
    early = datetime.date(year, first_month, rng.randint(1, 28))
    return ([f"The vaccine was approved on [[{_uk(early)}]], shortly after the trial results published on "
             f"[[{_uk(late)}]]."], {"earlier": _uk(late), "later": _uk(early)})


# --- publication_anachronism -------------------------------------------------
# The article is assumed to be published on 2016-09-27.

@_template
def b7_anachronism_factory_closed(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"{rng.choice(_FIRMS)} closed its {rng.choice(_TOWNS)} bottling plant in [[{year}]], "
             f"with the loss of 250 jobs."], {"date": str(year), "relative": None})


@_template
def b7_anachronism_verdict_day(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    return ([f"A jury acquitted {rng.choice(_PEOPLE)} of all charges on [[{_us(day)}]]."],
            {"date": _us(day), "relative": None})


@_template
def b7_anachronism_yesterday_paren(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"The central bank raised interest rates [[yesterday]] ([[{_ap(day)}]]) for the first time in a decade."],
            {"date": _ap(day), "relative": "yesterday"})


@_template
def b7_anachronism_last_week_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"Firefighters tackled a blaze at a {rng.choice(_TOWNS)} recycling depot [[last week]], on "
             f"[[{_uk(day)}]]."], {"date": _uk(day), "relative": "last week"})


@_template
def b7_anachronism_won_title(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    dated = _month_year(rng, year)
    return ([f"{rng.choice(_TEAMS)} won their first league title in [[{dated}]], ending a 60-year wait."],
            {"date": dated, "relative": None})


@_template
def b7_anachronism_died(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    return ([f"The novelist {rng.choice(_PEOPLE)} died at home on [[{_uk(day)}]], the family said."],
            {"date": _uk(day), "relative": None})


@_template
def b7_anachronism_this_morning(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"[[This morning]], [[{_us(day)}]], commuters faced delays of up to two hours after a signal failure."],
            {"date": _us(day), "relative": "This morning"})


@_template
def b7_anachronism_earlier_this_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"[[Earlier this month]], on [[{_ap(day)}]], the health trust suspended two surgeons."],
            {"date": _ap(day), "relative": "Earlier this month"})


@_template
def b7_anachronism_iso_release(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    return ([f"Court filings show the settlement was signed on [[{day.isoformat()}]]."],
            {"date": day.isoformat(), "relative": None})


@_template
def b7_anachronism_last_night(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"Storm winds brought down power lines across {rng.choice(_TOWNS)} [[last night]] "
             f"([[{_uk(day)}]])."], {"date": _uk(day), "relative": "last night"})


@_template
def b7_anachronism_two_days_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"The museum returned the looted bronzes [[two days ago]], on [[{_us(day)}]], in a ceremony "
             f"attended by the ambassador."], {"date": _us(day), "relative": "two days ago"})


@_template
def b7_anachronism_season_opened(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"The new {rng.choice(_TOWNS)} concert hall opened in [[the spring of {year}]] to mixed reviews."],
            {"date": f"the spring of {year}", "relative": None})


@_template
def b7_anachronism_last_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    dated = f"{MONTHS[day.month - 1]} {day.year}"
    return ([f"Exports of frozen fish fell by a third [[last month]], in [[{dated}]], customs data showed."],
            {"date": dated, "relative": "last month"})


@_template
def b7_anachronism_last_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([rng.randint(1995, 2012), rng.randint(2020, 2025)])
    return ([f"The charity treated 40,000 patients [[last year]], in [[{year}]], according to its annual report."],
            {"date": str(year), "relative": "last year"})


@_template
def b7_anachronism_resigned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    person = rng.choice(_PEOPLE)
    return ([f"{person} resigned as chief executive on [[{_ap(day)}]] after a shareholder revolt."],
            {"date": _ap(day), "relative": None})


@_template
def b7_anachronism_earlier_today(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"[[Earlier today]] ([[{_uk(day)}]]) the prime minister reshuffled her cabinet."],
            {"date": _uk(day), "relative": "Earlier today"})


@_template
def b7_anachronism_this_week(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"Scientists in {rng.choice(_TOWNS)} reported [[this week]], on [[{_us(day)}]], that the "
             f"coral had begun to recover."], {"date": _us(day), "relative": "this week"})


@_template
def b7_anachronism_fortnight_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"[[A fortnight ago]], on [[{_ap(day)}]], the union voted to accept the pay deal."],
            {"date": _ap(day), "relative": "A fortnight ago"})


@_template
def b7_anachronism_two_sentences(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    town = rng.choice(_TOWNS)
    dated = f"late {year}"
    return ([f"The {town} bypass has been debated for decades.",
             f"Construction finally began in [[{dated}]], and the first lorries used it eighteen months later."],
            {"date": dated, "relative": None})


@_template
def b7_anachronism_elected(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    dated = f"{day.day:02d}.{day.month:02d}.{day.year}"
    return ([f"Voters elected {rng.choice(_PEOPLE)} as regional governor on [[{dated}]], official results showed."],
            {"date": dated, "relative": None})


@_template
def b7_anachronism_last_weekend(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_day(rng)
    return ([f"More than 3,000 runners took part in the {rng.choice(_TOWNS)} half-marathon [[last weekend]], on "
             f"[[{_uk(day)}]]."], {"date": _uk(day), "relative": "last weekend"})


# --- duration_arithmetic ----------------------------------------------------
# ``end`` None means the publication date (2016-09-27); ``offset`` turns the
# stated number into the elapsed count it claims (an Nth annual edition is N-1
# years after the first).

_REF = (REFERENCE, REFERENCE)


@_template
def b7_duration_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 2005)
    stated = _bad(rng, "years", _year_bounds(year), _REF, floor=3)
    return ([f"The {rng.choice(_TOWNS)} tram depot was built in [[{year}]], [[{stated} years ago]], to serve "
             f"the new suburbs."],
            {"stated": f"{stated} years ago", "value": stated, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b7_duration_hyphen_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1925, 1990)
    stated = _bad(rng, "years", _year_bounds(born), _REF, floor=18)
    return ([f"The [[{stated}-year-old]] trawler skipper, who was born in [[{born}]], has fished the same "
             f"waters all his life."],
            {"stated": f"{stated}-year-old", "value": stated, "start": str(born), "end": None, "unit": "years",
             "offset": 0})


@_template
def b7_duration_died_at_the_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1900, 1960)
    died = rng.randint(born + 30, 2015)
    stated = _bad(rng, "years", _year_bounds(born), _year_bounds(died), floor=10)
    person = rng.choice(_PEOPLE)
    return ([f"{person}, born in [[{born}]], died in [[{died}]] [[at the age of {stated}]]."],
            {"stated": f"at the age of {stated}", "value": stated, "start": str(born), "end": str(died),
             "unit": "years", "offset": 0})


@_template
def b7_duration_day_range(rng: random.Random) -> tuple[list[str], Facts]:
    stated = rng.randint(2, 5)
    start = datetime.date(rng.randint(1990, 2014), rng.randint(1, 11), rng.randint(1, 28))
    end = start + datetime.timedelta(days=stated + rng.randint(7, 14))
    first = f"{MONTHS[start.month - 1]} {start.day}"
    return ([f"The [[{_word(stated)}-day]] trade summit ran [[from {first} to {_us(end)}]] in {rng.choice(_TOWNS)}."],
            {"stated": f"{_word(stated)}-day", "value": stated, "start": (first, end.year), "end": _us(end),
             "unit": "days", "offset": 0})


@_template
def b7_duration_for_since(rng: random.Random) -> tuple[list[str], Facts]:
    since = rng.randint(1960, 2008)
    stated = _bad(rng, "years", _year_bounds(since), _REF, floor=3)
    return ([f"{rng.choice(_PEOPLE)} has coached the {rng.choice(_TOWNS)} rowing club [[for {stated} years]], "
             f"[[since {since}]]."],
            {"stated": f"for {stated} years", "value": stated, "start": str(since), "end": None, "unit": "years",
             "offset": 0})


@_template
def b7_duration_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1900, 1990)
    marked = rng.randint(founded + 15, 2015)
    stated = _bad(rng, "years", _year_bounds(founded), _year_bounds(marked), floor=5)
    return ([f"The {rng.choice(_TOWNS)} Choral Society, founded in [[{founded}]], celebrated its "
             f"[[{_nth(stated)} anniversary]] in [[{marked}]] with a concert in the cathedral."],
            {"stated": f"{_nth(stated)} anniversary", "value": stated, "start": str(founded), "end": str(marked),
             "unit": "years", "offset": 0})


@_template
def b7_duration_nth_edition(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 1995)
    this = rng.randint(first + 10, 2015)
    stated = _bad(rng, "years", _year_bounds(first), _year_bounds(this), offset=-1, floor=3)
    return ([f"First staged in [[{first}]], the {rng.choice(_TOWNS)} book fair held its [[{_nth(stated)} annual "
             f"edition]] in [[{this}]]."],
            {"stated": f"{_nth(stated)} annual edition", "value": stated, "start": str(first), "end": str(this),
             "unit": "years", "offset": -1})


@_template
def b7_duration_week_trial(rng: random.Random) -> tuple[list[str], Facts]:
    stated = rng.randint(2, 8)
    start = datetime.date(rng.randint(1990, 2014), rng.randint(1, 6), rng.randint(1, 28))
    end = start + datetime.timedelta(weeks=stated + rng.randint(7, 14))
    return ([f"The [[{_word(stated)}-week]] fraud trial opened on [[{_us(start)}]] and closed on [[{_us(end)}]]."],
            {"stated": f"{_word(stated)}-week", "value": stated, "start": _us(start), "end": _us(end),
             "unit": "weeks", "offset": 0})


@_template
def b7_duration_month_refurb(rng: random.Random) -> tuple[list[str], Facts]:
    start_year = rng.randint(1990, 2012)
    start_month = rng.randint(1, 12)
    span = rng.randint(20, 40)
    end_index = start_year * 12 + start_month - 1 + span
    end_year, end_month = divmod(end_index, 12)
    end_month += 1
    stated = _bad(rng, "months", _month_bounds(start_year, start_month), _month_bounds(end_year, end_month),
                  floor=3)
    start_text = f"{MONTHS[start_month - 1]} {start_year}"
    end_text = f"{MONTHS[end_month - 1]} {end_year}"
    return ([f"The [[{stated}-month]] refurbishment of the {rng.choice(_TOWNS)} library lasted from "
             f"[[{start_text}]] to [[{end_text}]]."],
            {"stated": f"{stated}-month", "value": stated, "start": start_text, "end": end_text, "unit": "months",
             "offset": 0})


@_template
def b7_duration_served_from_to(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1960, 1995)
    end = rng.randint(start + 5, 2015)
    stated = _bad(rng, "years", _year_bounds(start), _year_bounds(end), floor=2)
    person = rng.choice(_PEOPLE)
    return ([f"{person} served [[{stated} years]] as the county's chief coroner, [[from {start} to {end}]]."],
            {"stated": f"{stated} years", "value": stated, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b7_duration_a_decade_later(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 1990)
    gap = rng.choice([rng.randint(2, 3), rng.randint(17, 25)])
    second = first + gap
    return ([f"The {rng.choice(_TOWNS)} lido first opened in [[{first}]] and was rebuilt [[a decade later]], "
             f"in [[{second}]]."],
            {"stated": "a decade later", "value": 10, "start": str(first), "end": str(second), "unit": "years",
             "offset": 0})


@_template
def b7_duration_half_century(rng: random.Random) -> tuple[list[str], Facts]:
    disaster = rng.randint(1920, 1980)
    marked = disaster + rng.choice([rng.randint(20, 42), rng.randint(58, 70)])
    marked = min(marked, 2015)
    if abs(marked - disaster - 50) < 8:
        marked = disaster + 30
    return ([f"In [[{marked}]], the village of {rng.choice(_TOWNS)} marked [[half a century]] since the "
             f"[[{disaster}]] pit disaster."],
            {"stated": "half a century", "value": 50, "start": str(disaster), "end": str(marked), "unit": "years",
             "offset": 0})


@_template
def b7_duration_centenary(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1870, 1935)
    marked = founded + rng.choice([rng.randint(60, 90), rng.randint(110, 130)])
    if marked > 2015:
        marked = founded + 70
    return ([f"{rng.choice(_TEAMS)}, founded in [[{founded}]], celebrated their [[centenary]] in [[{marked}]] "
             f"with a friendly against the national side."],
            {"stated": "centenary", "value": 100, "start": str(founded), "end": str(marked), "unit": "years",
             "offset": 0})


@_template
def b7_duration_days_later(rng: random.Random) -> tuple[list[str], Facts]:
    left = _day(rng, 1990, 2014)
    real = rng.randint(20, 60)
    arrived = left + datetime.timedelta(days=real)
    stated = _bad(rng, "days", (left, left), (arrived, arrived), floor=2)
    return ([f"The relief convoy left the capital on [[{_uk(left)}]] and reached the camps "
             f"[[{_word(stated)} days later]], on [[{_uk(arrived)}]]."],
            {"stated": f"{_word(stated)} days later", "value": stated, "start": _uk(left), "end": _uk(arrived),
             "unit": "days", "offset": 0})


@_template
def b7_duration_turned(rng: random.Random) -> tuple[list[str], Facts]:
    born = _day(rng, 1920, 1960)
    event = _day(rng, born.year + 40, 2014)
    stated = _bad(rng, "years", (born, born), (event, event), floor=20)
    person = rng.choice(_PEOPLE)
    return ([f"{person}, who was born on [[{_us(born)}]], [[turned {stated}]] on [[{_us(event)}]], the day the "
             f"new wing opened."],
            {"stated": f"turned {stated}", "value": stated, "start": _us(born), "end": _us(event), "unit": "years",
             "offset": 0})


@_template
def b7_duration_age_apposition(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1930, 1985)
    stated = _bad(rng, "years", _year_bounds(born), _REF, floor=20)
    person = rng.choice(_PEOPLE)
    return ([f"{person}, [[{stated}]], who was born in [[{born}]] in {rng.choice(_TOWNS)}, has led the tenants' "
             f"association since its creation."],
            {"stated": f"{stated}", "value": stated, "start": str(born), "end": None, "unit": "years", "offset": 0})


@_template
def b7_duration_joined_at_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1940, 1990)
    joined = rng.randint(born + 16, min(born + 40, 2015))
    stated = _bad(rng, "years", _year_bounds(born), _year_bounds(joined), floor=14)
    return ([f"Born in [[{born}]], {rng.choice(_PEOPLE)} joined the fire brigade in [[{joined}]] as a "
             f"[[{stated}-year-old]]."],
            {"stated": f"{stated}-year-old", "value": stated, "start": str(born), "end": str(joined),
             "unit": "years", "offset": 0})


@_template
def b7_duration_jail_term(rng: random.Random) -> tuple[list[str], Facts]:
    jailed = rng.randint(1975, 2005)
    released = rng.randint(jailed + 2, min(jailed + 10, 2015))
    stated = _bad(rng, "years", _year_bounds(jailed), _year_bounds(released), floor=2, high_only=True)
    person = rng.choice(_PEOPLE)
    return ([f"{person} was jailed in [[{jailed}]] and released in [[{released}]] after serving the full "
             f"[[{_word(stated)}-year]] sentence."],
            {"stated": f"{_word(stated)}-year", "value": stated, "start": str(jailed), "end": str(released),
             "unit": "years", "offset": 0})


@_template
def b7_duration_siege_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _day(rng, 1990, 2014)
    end = start + datetime.timedelta(days=rng.randint(30, 90))
    stated = _bad(rng, "days", (start, start), (end, end), floor=3)
    return ([f"The [[{stated}-day]] siege of the old town began on [[{_ap(start)}]] and was lifted on "
             f"[[{_ap(end)}]]."],
            {"stated": f"{stated}-day", "value": stated, "start": _ap(start), "end": _ap(end), "unit": "days",
             "offset": 0})


@_template
def b7_duration_lifespan(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1880, 1950)
    died = rng.randint(born + 35, min(born + 95, 2015))
    stated = _bad(rng, "years", _year_bounds(born), _year_bounds(died), floor=15)
    person = rng.choice(_PEOPLE)
    return ([f"The painter {person} ([[{born}-{died}]]), who [[died aged {stated}]], left most of the canvases "
             f"to the town."],
            {"stated": f"died aged {stated}", "value": stated, "start": str(born), "end": str(died),
             "unit": "years", "offset": 0})


@_template
def b7_duration_for_the_past(rng: random.Random) -> tuple[list[str], Facts]:
    moved = rng.randint(1955, 2005)
    stated = _bad(rng, "years", _year_bounds(moved), _REF, floor=3)
    return ([f"The Nwosu family moved to {rng.choice(_TOWNS)} in [[{moved}]] and have run the corner shop "
             f"[[for the past {stated} years]]."],
            {"stated": f"for the past {stated} years", "value": stated, "start": str(moved), "end": None,
             "unit": "years", "offset": 0})


BLIND7_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [b7_weekday_tribunal_ruling, b7_weekday_kickoff_uk, b7_weekday_ap_recall,
                         b7_weekday_iso_lab_log, b7_weekday_split_spans, b7_weekday_ordinal_of,
                         b7_weekday_no_year_then_year, b7_weekday_quote, b7_weekday_dotted_police,
                         b7_weekday_parenthesis, b7_weekday_launch_night, b7_weekday_short_month,
                         b7_weekday_verdict_two_sentences, b7_weekday_festival_opening, b7_weekday_strike_begins,
                         b7_weekday_dispatch_dateline, b7_weekday_surgery, b7_weekday_board_minutes,
                         b7_weekday_marathon, b7_weekday_embassy_cable, b7_weekday_it_was],
    "impossible_date": [b7_impossible_deed, b7_impossible_uk_born, b7_impossible_leap, b7_impossible_iso_record,
                        b7_impossible_no_year, b7_impossible_ordinal_words, b7_impossible_ap, b7_impossible_nth_of,
                        b7_impossible_dotted, b7_impossible_concert, b7_impossible_range_end,
                        b7_impossible_short_month, b7_impossible_leap_uk, b7_impossible_quote,
                        b7_impossible_two_sentences, b7_impossible_match, b7_impossible_no_year_uk,
                        b7_impossible_publication, b7_impossible_court_listing, b7_impossible_ceasefire,
                        b7_impossible_vaccine],
    "restated_event": [b7_restated_same_merger, b7_restated_same_verdict, b7_restated_same_flood,
                       b7_restated_same_transfer, b7_restated_same_excavation, b7_restated_same_strike,
                       b7_restated_same_election, b7_restated_same_premiere, b7_restated_same_recall,
                       b7_restated_same_outbreak, b7_restated_same_expedition, b7_restated_diff_founded_founding,
                       b7_restated_diff_acquired_takeover, b7_restated_diff_elected_victory,
                       b7_restated_diff_collapse_fell, b7_restated_diff_discovered_discovery,
                       b7_restated_diff_ban_outlawed, b7_restated_diff_appointed_appointment,
                       b7_restated_diff_uprising_revolt, b7_restated_diff_married_wedding,
                       b7_restated_diff_opened_inauguration],
    "order_violation": [b7_order_aftermath_inquiry, b7_order_following_front, b7_order_before_clause,
                        b7_order_in_response, b7_order_prior_to, b7_order_days_after,
                        b7_order_two_sentence_subsequent, b7_order_on_the_eve, b7_order_prompted, b7_order_triggered,
                        b7_order_years_later, b7_order_ahead_of, b7_order_in_retaliation, b7_order_by_the_time,
                        b7_order_then, b7_order_once, b7_order_preceded, b7_order_as_a_result, b7_order_until,
                        b7_order_since, b7_order_shortly_after_uk],
    "publication_anachronism": [b7_anachronism_factory_closed, b7_anachronism_verdict_day,
                                b7_anachronism_yesterday_paren, b7_anachronism_last_week_uk,
                                b7_anachronism_won_title, b7_anachronism_died, b7_anachronism_this_morning,
                                b7_anachronism_earlier_this_month, b7_anachronism_iso_release,
                                b7_anachronism_last_night, b7_anachronism_two_days_ago, b7_anachronism_season_opened,
                                b7_anachronism_last_month, b7_anachronism_last_year, b7_anachronism_resigned,
                                b7_anachronism_earlier_today, b7_anachronism_this_week, b7_anachronism_fortnight_ago,
                                b7_anachronism_two_sentences, b7_anachronism_elected, b7_anachronism_last_weekend],
    "duration_arithmetic": [b7_duration_years_ago, b7_duration_hyphen_age, b7_duration_died_at_the_age,
                            b7_duration_day_range, b7_duration_for_since, b7_duration_anniversary,
                            b7_duration_nth_edition, b7_duration_week_trial, b7_duration_month_refurb,
                            b7_duration_served_from_to, b7_duration_a_decade_later, b7_duration_half_century,
                            b7_duration_centenary, b7_duration_days_later, b7_duration_turned,
                            b7_duration_age_apposition, b7_duration_joined_at_age, b7_duration_jail_term,
                            b7_duration_siege_days, b7_duration_lifespan, b7_duration_for_the_past],
}
