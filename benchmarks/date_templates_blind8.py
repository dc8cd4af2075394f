"""``blind8`` injected date-conflict templates for ``benchmarks/date_conflicts.py``.

Kept in its own module so that it can be imported (by the benchmark and by
``tests/test_date_templates_blind8.py``) without importing the detector.
"""

# ---------------------------------------------------------------------------
# ``blind8`` templates.  Written on 2026-11-22 (about 23:10-23:30 UTC) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind7.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector), ``load_benchmark`` in
# tests/conftest.py (the line range read also showed the first lines of the
# conftest helper below it, which imports the detector; not used here), and in
# benchmarks/date_templates_blind7.py only the header comment, the constants
# and helpers up to the first template, that first
# template function (b7_weekday_tribunal_ruling, plus the two after it that the
# same ``sed`` range printed: b7_weekday_kickoff_uk and b7_weekday_ap_recall)
# and the final ``BLIND7_TEMPLATES`` dict (template names only).  In
# benchmarks/date_conflicts.py only the module docstring, the helpers at the
# top (constants up to the first template), ``_inject``, the
# ``INDEPENDENT_SETS`` mapping and ``main()`` were read, located with the
# ``grep -n "def _inject\|INDEPENDENT_SETS\|^def \|^import\|^from"`` the brief
# prescribed.  Disclosure: that grep printed the ``def`` lines, i.e. the
# function NAMES, of every template of the earlier in-file sets (original,
# blind to blind4), e.g. ``b2_restated_bridge`` or ``blind_order_wake``; their
# bodies were not read.  The helpers here were written afresh (some mirror
# blind7's, whose conventions this set keeps), and the nouns, names and
# phrasings were written fresh.  The templates were only run through their own
# generators and tests/test_date_templates_blind8.py (well-formedness, and
# ``datetime`` checks, from the rendered text, that each conflict is real; the
# author also ran those same checks over 5,000 further seeds), never through
# the detector; ``benchmarks/date_conflicts.py`` was not run with
# any split by the author.  This is the current independent test set while
# ``development``/``held_out`` and ``blind`` to ``blind7`` serve as development
# data: run it once for a measurement and do NOT use it to change the detector
# or its lexicons.  Every template is used (no index parity): ``--split blind8``.
#
# Conventions (as in blind7).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous), the impossible
# date, both dates of a restated event, both dates of an order violation, the
# relative expression and its pinned date (or only the date when the conflict
# is with the publication date), and the duration/age and the dates it
# contradicts.  Publication-relative templates assume an article published on
# 2016-09-27 (``--published 2016-09-27``): past-tense events are dated at least
# eight months after publication (2018-2025), and relative expressions are
# pinned at least three years away from it (1995-2012 or 2020-2025).
# Arithmetic templates miss by at least 6 units beyond any inclusive/exclusive,
# unknown-day or unknown-birthday counting difference.  Dates in all other
# types stay at or before 2015; no weekday is named outside the weekday
# templates and no relative expression outside the anachronism templates ("ago"
# only in duration templates, against 2016).  Restated-event templates are
# named ``b8_restated_same_*`` when both places use the same head word for the
# event and ``b8_restated_diff_*`` when they use a different word or form (noun
# vs verb, synonym); in every one the two places unmistakably describe one
# event (a named bridge, a person's single birth, one company's founding), never
# two events that merely share a noun.
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
Span = tuple[datetime.date, datetime.date]

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

_WOMEN = ["Marta Kowalczyk", "Ingrid Solberg", "Ana Lúcia Barbosa", "Niamh O'Donoghue", "Zeynep Aydın",
          "Gwenllian Morgan", "Eun-ji Park", "Vilja Koskinen", "Tereza Novotná", "Aroha Ngata", "Chiamaka Eze",
          "Lucía Montenegro"]
_MEN = ["Oluwaseun Adebayo", "Kenji Watanabe", "Dmitri Volkov", "Rafael Quintero", "Siddharth Menon",
        "Jean-Baptiste Moreau", "Hamza Haddad", "Bongani Dlamini", "Mateus Carvalho", "Farid Rahimi",
        "Tomasz Wieczorek", "Pieter van der Berg"]
_PLACES = ["Ashgrove", "Brenthaven", "Castlemoor", "Fenwick Bay", "Glenarra", "Harlowe", "Inverkeld", "Millbeck",
           "Northam Quay", "Pellinore", "Tallis Green", "Wexcombe"]
_CITIES = ["Tbilisi", "Asunción", "Kraków", "Mombasa", "Tromsø", "Valparaíso", "Lyon", "Cebu", "Izmir", "Kaunas"]
_COMPANIES = ["Västra Mining", "Okonkwo Holdings", "Bertrand & Fils", "Tanaka Precision", "Rheinau Chemie",
              "Andes Copper", "Kestrel Airways", "Meridian Mutual", "Haverford Brewing", "Sørlandet Kraft"]
_CLUBS = ["Ashgrove Rovers", "Castlemoor Athletic", "Glenarra Celtic", "Harlowe Town", "Millbeck United",
          "Northam Quay Rangers"]


def _template(build: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    """Wrap a builder returning (sentences, facts) into a harness template returning sentences."""

    @functools.wraps(build)
    def template(rng: random.Random) -> list[str]:
        return build(rng)[0]

    template.facts = build  # type: ignore[attr-defined]
    return template


# --- dates and their formats ------------------------------------------------

def _date(rng: random.Random, low: int = 1991, high: int = 2014) -> datetime.date:
    first = datetime.date(low, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(first, datetime.date(high, 12, 31).toordinal()))


def _not_on(rng: random.Random, day: datetime.date, names: list[str] = WEEKDAYS) -> str:
    """A weekday name the day does not fall on."""
    return names[(day.weekday() + rng.randint(1, 6)) % 7]


def _th(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}" + {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _long(day: datetime.date) -> str:          # March 3, 2015
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _brit(day: datetime.date) -> str:          # 3 March 2015
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _ap(day: datetime.date) -> str:            # Sept. 3, 2015
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _abbr(day: datetime.date) -> str:          # Sep 3, 2015
    return f"{SHORT_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _abbr_uk(day: datetime.date) -> str:       # 3 Sep 2015
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def _ordinal(day: datetime.date) -> str:       # March 3rd, 2015
    return f"{MONTHS[day.month - 1]} {_th(day.day)}, {day.year}"


def _of(day: datetime.date) -> str:            # the 3rd of March, 2015
    return f"the {_th(day.day)} of {MONTHS[day.month - 1]}, {day.year}"


def _dotted(day: datetime.date) -> str:        # 03.03.2015
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _dot_abbr(day: datetime.date) -> str:    # Mar. 3, 2015
    month = SHORT_MONTHS[day.month - 1]
    return f"{month}{'' if month == 'May' else '.'} {day.day}, {day.year}"


def _word(value: int) -> str:
    return WORDS.get(value, str(value))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _surname(name: str) -> str:
    return name.split()[-1]


def _apart(rng: random.Random, low: int = 1968, high: int = 2015) -> tuple[int, int]:
    """Two different years 2-9 apart, in random order."""
    later = rng.randint(low + 9, high)
    earlier = later - rng.randint(2, 9)
    return (earlier, later) if rng.random() < 0.5 else (later, earlier)


def _ordered(rng: random.Random, low: int = 1972, high: int = 2015) -> tuple[int, int]:
    """Two years 1-8 apart, earlier first."""
    later = rng.randint(low + 8, high)
    return later - rng.randint(1, 8), later


def _impossible(rng: random.Random, yearless: bool = False) -> tuple[int, int, int]:
    """(year, month, day) of a day the calendar lacks; yearless ones lack it in every year."""
    year = rng.randint(1975, 2015)
    roll = rng.random()
    if roll < 0.45:
        return year, rng.choice([4, 6, 9, 11]), 31
    if roll < 0.75 or yearless:
        return year, 2, rng.choice([30, 31])
    while calendar.isleap(year):
        year += 1
    return year, 2, 29


# --- intervals and arithmetic -------------------------------------------------

def _on(day: datetime.date) -> Span:
    return day, day


def _in_year(year: int) -> Span:
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _in_month(year: int, month: int) -> Span:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def _late(year: int) -> Span:
    return datetime.date(year, 9, 1), datetime.date(year, 12, 31)


def _early(year: int) -> Span:
    return datetime.date(year, 1, 1), datetime.date(year, 4, 30)


def _mid(year: int) -> Span:
    return datetime.date(year, 4, 1), datetime.date(year, 9, 30)


def _years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


_COUNT: dict[str, Callable[[datetime.date, datetime.date], int]] = {
    "years": _years, "months": _months,
    "weeks": lambda start, end: (end - start).days // 7, "days": lambda start, end: (end - start).days}


def _miss(rng: random.Random, unit: str, start: Span, end: Span, offset: int = 0, floor: int = 2,
          ceiling: int = 10_000, side: str | None = None) -> int:
    """A stated number (before ``offset``) 6-14 units outside every defensible count from start to end."""
    lowest = _COUNT[unit](start[1], end[0]) - 1
    highest = _COUNT[unit](start[0], end[1]) + 1
    for _ in range(1000):
        gap = rng.randint(6, 14)
        chosen = side or ("high" if rng.random() < 0.5 else "low")
        value = (highest + gap if chosen == "high" else lowest - gap) - offset
        if floor <= value <= ceiling:
            return value
    raise ValueError("no stated value fits")  # pragma: no cover - the templates choose dates that fit


def _far(rng: random.Random) -> datetime.date:
    """A day at least three years from 2016-09-27."""
    return _date(rng, 1996, 2012) if rng.random() < 0.5 else _date(rng, 2020, 2025)


def _far_year(rng: random.Random) -> int:
    return rng.randint(1996, 2012) if rng.random() < 0.5 else rng.randint(2020, 2025)


def _after(rng: random.Random) -> datetime.date:
    """A day at least eight months after 2016-09-27."""
    return _date(rng, 2018, 2025)


# --- weekday_mismatch -------------------------------------------------------

@_template
def b8_weekday_sentencing_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"Judge {rng.choice(_WOMEN)} passed sentence at {rng.choice(_PLACES)} Crown Court on "
             f"[[{wd}, {_brit(day)}]], calling the fraud \"calculated and sustained\"."],
            {"weekday": wd, "date": _brit(day)})


@_template
def b8_weekday_agate_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    home, away = rng.sample(_CLUBS, 2)
    return ([f"{home} beat {away} 2-1 after extra time on [[{wd}, {_ap(day)}]] to reach the regional final."],
            {"weekday": wd, "date": _ap(day)})


@_template
def b8_weekday_iso_registry(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The annual accounts of {rng.choice(_COMPANIES)} were lodged with the companies registry on "
             f"[[{day.isoformat()}]] ([[{wd}]]), the filing history shows."],
            {"weekday": wd, "date": day.isoformat()})


@_template
def b8_weekday_launch_appositive(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    site = rng.choice(["Kourou", "Baikonur", "Sriharikota", "Tanegashima", "Wallops Island"])
    return ([f"The weather satellite lifted off from {site} at 02:17 local time on [[{_of(day)}]], a [[{wd}]]."],
            {"weekday": wd, "date": _of(day)})


@_template
def b8_weekday_parish_minutes(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, SHORT_WEEKDAYS)
    return ([f"Minutes of the {rng.choice(_PLACES)} parish council meeting of [[{wd} {_abbr_uk(day)}]] record "
             f"that the motion on street lighting was carried by six votes to four."],
            {"weekday": wd, "date": _abbr_uk(day)})


@_template
def b8_weekday_obituary_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"{rng.choice(_MEN)}, retired harbour pilot, died peacefully at home in {rng.choice(_PLACES)} on "
             f"[[{wd}, {_ordinal(day)}]], surrounded by his family."],
            {"weekday": wd, "date": _ordinal(day)})


@_template
def b8_weekday_police_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    city = rng.choice(["Graz", "Linz", "Bremen", "Basel", "Brno"])
    return ([f"Police in {city} said the break-in at the jeweller's happened in the early hours of "
             f"[[{wd}, {_dotted(day)}]]."],
            {"weekday": wd, "date": _dotted(day)})


@_template
def b8_weekday_retrospective_two(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"A retrospective of {rng.choice(_WOMEN)}'s ceramics opens at the {rng.choice(_PLACES)} Arts Centre "
             f"on [[{wd} {_brit(day)}]].", "Entry is free for students and under-16s."],
            {"weekday": wd, "date": _brit(day)})


@_template
def b8_weekday_admitted_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    return ([f"The boy was admitted to St. Brigid's Hospital with meningitis on [[{wd}, {_ap(day)}]], "
             f"and was discharged nine days later."],
            {"weekday": wd, "date": _ap(day)})


@_template
def b8_weekday_which_fell_on(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"Ballots were counted through the night after polls closed on [[{_long(day)}]], which fell on a "
             f"[[{wd}]], and the result was declared at dawn."],
            {"weekday": wd, "date": _long(day)})


@_template
def b8_weekday_signing_next_sentence(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    firm = rng.choice(_COMPANIES)
    return ([f"{firm} and the union signed the new pay deal on [[{_long(day)}]].",
             f"The [[{wd}]] signing ended an eleven-week dispute at the {rng.choice(_PLACES)} plant."],
            {"weekday": wd, "date": _long(day)})


@_template
def b8_weekday_season_opener_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    home, away = rng.sample(_CLUBS, 2)
    short = f"{MONTHS[day.month - 1]} {day.day}"
    return ([f"The [[{day.year}]] campaign got under way on [[{wd}, {short}]], when {home} drew 0-0 with {away} "
             f"in front of a sell-out crowd."],
            {"weekday": wd, "date": (short, day.year)})


@_template
def b8_weekday_climber_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = f"the {_th(day.day)} of {MONTHS[day.month - 1]}, {day.year}"
    return ([f"\"We reached the summit on [[{wd} {text}]] and the weather closed in within the hour,\" "
             f"{rng.choice(_WOMEN)} recalled."],
            {"weekday": wd, "date": text})


@_template
def b8_weekday_dateline(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    city = rng.choice(["NAIROBI", "TBILISI", "ASUNCION", "DHAKA", "RIGA"])
    return ([f"{city}, [[{wd}, {_ap(day)}]] — Negotiators from both delegations left the talks without "
             f"issuing a joint statement."],
            {"weekday": wd, "date": _ap(day)})


@_template
def b8_weekday_birth_notice(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"{rng.choice(_WOMEN).split()[0]} and {rng.choice(_MEN).split()[0]} are delighted to announce the "
             f"birth of their daughter, Ilse, at 7.42am on [[{wd} {_brit(day)}]], weighing 3.2kg."],
            {"weekday": wd, "date": _brit(day)})


@_template
def b8_weekday_line_reopened_short(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, SHORT_WEEKDAYS)
    line = rng.choice(["Harbour", "Northern Loop", "Valley", "Airport"])
    return ([f"The {line} line reopened to passengers on [[{wd}, {_abbr(day)}]] after a 14-week closure for "
             f"signalling work."],
            {"weekday": wd, "date": _abbr(day)})


@_template
def b8_weekday_markets_nth_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = f"{_th(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return ([f"The index shed 4.1 per cent on [[{wd} {text}]], its steepest one-day fall since it was "
             f"created."],
            {"weekday": wd, "date": text})


@_template
def b8_weekday_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    coast = rng.choice(["Cebu", "Mombasa", "the Gulf coast", "Valparaíso"])
    return ([f"Forecasters said the storm made landfall near {coast} late on [[{wd}, {_long(day)}]], "
             f"bringing gusts of more than 150km/h."],
            {"weekday": wd, "date": _long(day)})


@_template
def b8_weekday_byelection_passive(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The by-election, called after the death of councillor {rng.choice(_MEN)}, will be held on "
             f"[[{wd} {_brit(day)}]], the returning officer confirmed."],
            {"weekday": wd, "date": _brit(day)})


@_template
def b8_weekday_funeral_mass_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day, AP_WEEKDAYS)
    return ([f"A funeral Mass will be celebrated at St. Anselm's Church at 10 a.m. on [[{wd}, {_ap(day)}]], "
             f"with burial to follow."],
            {"weekday": wd, "date": _ap(day)})


@_template
def b8_weekday_incident_log(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"The outage began at 03:40 on [[{day.isoformat()} ({wd})]], according to the operator's incident "
             f"log."],
            {"weekday": wd, "date": day.isoformat()})


@_template
def b8_weekday_final_on_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    return ([f"On [[{wd}, {_long(day)}]], the final was settled on penalties in front of 41,000 spectators."],
            {"weekday": wd, "date": _long(day)})


@_template
def b8_weekday_school_term(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd = _not_on(rng, day)
    text = f"{_th(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return ([f"Pupils at the new {rng.choice(_PLACES)} Academy started lessons on [[{wd} {text}]], a year "
             f"later than the trust had promised parents."],
            {"weekday": wd, "date": text})


# --- impossible_date --------------------------------------------------------

@_template
def b8_impossible_orchard_deed(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{MONTHS[month - 1]} {day}, {year}"
    return ([f"The deed transferring the orchard to the {_surname(rng.choice(_MEN))} family is dated [[{text}]], "
             f"according to the county recorder."], {"date": text})


@_template
def b8_impossible_charge_sheet_uk(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{day} {MONTHS[month - 1]} {year}"
    return ([f"According to the charge sheet, {rng.choice(_MEN)} was born on [[{text}]] in "
             f"{rng.choice(_CITIES)}."], {"date": text})


@_template
def b8_impossible_lease_leap_ap(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([y for y in range(1979, 2016) if not calendar.isleap(y)])
    text = f"Feb. 29, {year}"
    return ([f"The 25-year lease on the waterfront warehouse was signed on [[{text}]], the tenant's lawyers "
             f"told the court."], {"date": text})


@_template
def b8_impossible_trial_registry_iso(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{year}-{month:02d}-{day:02d}"
    drug = rng.choice(["ravocilin", "the malaria vaccine", "tenoxaprine", "the nasal spray"])
    return ([f"Enrolment in the trial of {drug} closed on [[{text}]], the sponsor's registry entry states."],
            {"date": text})


@_template
def b8_impossible_invoice_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{day:02d}.{month:02d}.{year}"
    return ([f"The invoice from {rng.choice(_COMPANIES)} bears the date [[{text}]] and a signature the "
             f"auditors could not match."], {"date": text})


@_template
def b8_impossible_guild_charter_words(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice([2, 4, 6, 9, 11])
    words = "thirtieth" if month == 2 and rng.random() < 0.5 else "thirty-first"
    text = f"the {words} of {MONTHS[month - 1]}"
    return ([f"The guild's charter names [[{text}]] as the day its members must meet each year."],
            {"date": text})


@_template
def b8_impossible_ships_log(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"the {_th(day)} of {MONTHS[month - 1]}, {year}"
    return ([f"The ship's log for [[{text}]] records a heavy swell and a sighting of the wreck off "
             f"Cape Tresco."], {"date": text})


@_template
def b8_impossible_concert_short(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{SHORT_MONTHS[month - 1]} {day}, {year}"
    return ([f"Tickets for the orchestra's open-air concert on [[{text}]] sold out in forty minutes."],
            {"date": text})


@_template
def b8_impossible_festival_range(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{MONTHS[month - 1]} {day}, {year}"
    return ([f"The {rng.choice(_PLACES)} folk festival ran from {MONTHS[month - 1]} {day - 7} to [[{text}]] and "
             f"drew a record crowd."], {"date": text})


@_template
def b8_impossible_service_record(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{day} {MONTHS[month - 1]} {year}"
    return ([f"{rng.choice(_MEN)} enlisted in the mountain artillery as a 17-year-old.",
             f"His service record gives the date of enlistment as [[{text}]]."], {"date": text})


@_template
def b8_impossible_results_quote_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    _, month, day = _impossible(rng, yearless=True)
    text = f"{MONTHS[month - 1]} {day}"
    return ([f"\"The results will be published on [[{text}]], not a day later,\" said Professor "
             f"{rng.choice(_WOMEN)}."], {"date": text})


@_template
def b8_impossible_bylaw_no_year_uk(rng: random.Random) -> tuple[list[str], Facts]:
    _, month, day = _impossible(rng, yearless=True)
    text = f"{day} {MONTHS[month - 1]}"
    return ([f"Under the bylaw, the shooting season on the estate closes on [[{text}]] every year."],
            {"date": text})


@_template
def b8_impossible_fixture_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{MONTHS[month - 1]} {_th(day)}, {year}"
    home, away = rng.sample(_CLUBS, 2)
    return ([f"{home} were due to host {away} on [[{text}]] before the fixture was moved for television."],
            {"date": text})


@_template
def b8_impossible_second_dose_ap(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{AP_MONTHS[month - 1]} {day}, {year}"
    return ([f"Clinic records show the girl received her second dose on [[{text}]], a date the health "
             f"department has been unable to explain."], {"date": text})


@_template
def b8_impossible_patent_nth_uk(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{_th(day)} {MONTHS[month - 1]} {year}"
    return ([f"{rng.choice(_COMPANIES)} says its patent application for the sealing valve was lodged on "
             f"[[{text}]]."], {"date": text})


@_template
def b8_impossible_outline_consent(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{day} {MONTHS[month - 1]} {year}"
    return ([f"Councillors were told that outline consent for the 140 homes at {rng.choice(_PLACES)} lapsed at "
             f"midnight on [[{text}]]."], {"date": text})


@_template
def b8_impossible_parish_register(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{MONTHS[month - 1]} {day}, {year}"
    return ([f"The parish register shows that the couple were married at the old stone chapel in "
             f"{rng.choice(_PLACES)} on [[{text}]]."], {"date": text})


@_template
def b8_impossible_appeal_listing_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{day} {SHORT_MONTHS[month - 1]} {year}"
    return ([f"The appeal has been listed for a two-day hearing beginning [[{text}]], court staff said."],
            {"date": text})


@_template
def b8_impossible_day_of_statute(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1975, 2015)
    day = rng.choice([30, 31])
    text = f"the {_th(day)} day of February, {year}"
    return ([f"The ordinance states that it took effect on [[{text}]], a drafting error nobody on the "
             f"council noticed."], {"date": text})


@_template
def b8_impossible_timetable_no_year(rng: random.Random) -> tuple[list[str], Facts]:
    _, month, day = _impossible(rng, yearless=True)
    text = f"{MONTHS[month - 1]} {day}"
    return ([f"The summer timetable runs until [[{text}]], after which the ferry will sail twice daily."],
            {"date": text})


@_template
def b8_impossible_base_camp(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{day} {MONTHS[month - 1]} {year}"
    return ([f"According to the expedition diary, the team reached base camp on [[{text}]], three days "
             f"behind schedule."], {"date": text})


@_template
def b8_impossible_withdrawal_deadline_ap(rng: random.Random) -> tuple[list[str], Facts]:
    year, month, day = _impossible(rng)
    text = f"{AP_MONTHS[month - 1]} {day}, {year}"
    return ([f"Under the accord, all heavy weapons were to be pulled back from the line by [[{text}]]."],
            {"date": text})


# --- restated_event: same head word -----------------------------------------

@_template
def b8_restated_same_footbridge_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1975)
    day = _date(rng, other, other)
    place = rng.choice(_PLACES)
    return ([f"The [[{year}]] collapse of the {place} footbridge, which injured eleven people, led to a national "
             f"review of cable-stayed designs.",
             f"An inquest heard that the footbridge collapse, on [[{_brit(day)}]], had been caused by corroded "
             f"anchorages."],
            {"dates": [str(year), _brit(day)]})


@_template
def b8_restated_same_libel_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng)
    name = rng.choice(_WOMEN)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"The verdict in the libel action brought by {name} against the Evening Courier was delivered in "
             f"[[{month} {first}]].",
             f"Lawyers for the newspaper have not appealed against the verdict, delivered in [[{second}]], "
             f"and the damages have been paid."],
            {"dates": [f"{month} {first}", str(second)]})


@_template
def b8_restated_same_first_ascent(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1950, 2012)
    name = rng.choice(_MEN)
    return ([f"{name}'s first ascent of the north face of Piz Varuna in [[{first}]] is still spoken of "
             f"in the valley.",
             f"That first ascent, made in [[the summer of {second}]], took four days."],
            {"dates": [str(first), f"the summer of {second}"]})


@_template
def b8_restated_same_miners_strike(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1960, 2010)
    place = rng.choice(_PLACES)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"The [[{first}]] miners' strike at the {place} colliery divided families for a generation.",
             f"Union records show the strike at {place} colliery began in [[{month} {second}]], when the "
             f"night shift walked out."],
            {"dates": [str(first), f"{month} {second}"]})


@_template
def b8_restated_same_coup(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1960, 2014)
    name = rng.choice(_MEN)
    return ([f"General {name} seized power in a bloodless coup in [[{first}]].",
             "Parliament was dissolved and the constitution suspended.",
             f"The coup of [[{second}]] remains the only time the army has governed the country."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_same_opera_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1955)
    day = _date(rng, year, year)
    composer = rng.choice(_WOMEN)
    return ([f"{composer}'s opera \"The Salt Road\" had its premiere at the {rng.choice(_CITIES)} State Opera on "
             f"[[{_ap(day)}]].",
             f"Since that premiere in [[{other}]], it has been staged in eleven countries."],
            {"dates": [_ap(day), str(other)]})


@_template
def b8_restated_same_cholera_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1980)
    month = MONTHS[rng.randint(0, 11)]
    place = rng.choice(_CITIES)
    return ([f"The cholera outbreak in {place}, first reported in [[late {first}]], killed more than 300 "
             f"people, health officials said.",
             f"The outbreak began in [[{month} {second}]] in a camp for displaced families, according to the "
             f"ministry."],
            {"dates": [f"late {first}", f"{month} {second}"]})


@_template
def b8_restated_same_acquisition_iso(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1985)
    day = _date(rng, other, other)
    buyer, target = rng.sample(_COMPANIES, 2)
    return ([f"{buyer}'s acquisition of {target}, completed in [[{year}]], doubled its share of the Nordic "
             f"market.",
             f"Since the acquisition was completed on [[{day.isoformat()}]], the headquarters of {target} "
             f"have been moved twice."],
            {"dates": [str(year), day.isoformat()]})


@_template
def b8_restated_same_eruption(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1960)
    day = _date(rng, other, other)
    mount = rng.choice(["Mount Kelaru", "Volcán Amarillo", "Mount Hekavik"])
    text = f"{_th(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return ([f"The [[{year}]] eruption of {mount} buried three villages under ash.",
             f"Survivors of the eruption, which began on [[{text}]], were resettled on the coast."],
            {"dates": [str(year), text]})


@_template
def b8_restated_same_supreme_court_ruling(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1975)
    day = _date(rng, year, year)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"In its landmark ruling of [[{_brit(day)}]], the Supreme Court struck down the fuel levy as "
             f"unconstitutional.",
             f"The ruling, handed down in [[{month} {other}]], forced the treasury to refund "
             f"1.2 billion in tax."],
            {"dates": [_brit(day), f"{month} {other}"]})


@_template
def b8_restated_same_record_transfer(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1985)
    player = rng.choice(_MEN)
    club = rng.choice(_CLUBS)
    m1, m2 = MONTHS[rng.randint(0, 11)], MONTHS[rng.randint(0, 11)]
    return ([f"{player}'s record transfer to {club} was completed in [[{m1} {first}]].",
             f"The fee for that transfer, completed in [[{m2} {second}]], has never been beaten by a club "
             f"outside the capital."],
            {"dates": [f"{m1} {first}", f"{m2} {second}"]})


@_template
def b8_restated_same_ordained_priest(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1955, 2012)
    name = rng.choice(_MEN)
    return ([f"Father {_surname(name)} was ordained a priest in [[{first}]] and spent a decade as a "
             f"missionary in Mindanao.",
             f"He was ordained a priest at the cathedral in {rng.choice(_CITIES)} in [[{second}]], his sister "
             f"said."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_same_leisure_centre_opened(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1970)
    place = rng.choice(_PLACES)
    return ([f"The {place} leisure centre, opened in [[{first}]], needs a new roof, a council report says.",
             f"Since the leisure centre opened in [[{second}]], the pool has been closed for repairs only "
             f"once."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_same_named_treaty(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1950)
    city = rng.choice(_CITIES)
    return ([f"The [[{first}]] Treaty of {city} fixed the river as the border.",
             "Both governments still cite it in disputes over fishing rights.",
             f"The Treaty of {city}, concluded in [[{second}]], has never been amended."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_same_debut_three_apart(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1985)
    day = _date(rng, year, year)
    player = rng.choice(_MEN)
    club = rng.choice(_CLUBS)
    return ([f"{player} made his debut for {club} on [[{_ap(day)}]], coming on as a late substitute.",
             "He went on to captain the side in two cup finals.",
             f"Since his debut in [[{other}]], he has scored 112 league goals."],
            {"dates": [_ap(day), str(other)]})


@_template
def b8_restated_same_smelter_closure(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1975)
    firm = rng.choice(_COMPANIES)
    place = rng.choice(_PLACES)
    return ([f"The closure of the {firm} smelter at {place} in [[{first}]] cost 900 jobs.",
             f"Unemployment in the town doubled after the smelter's closure in [[the spring of {second}]]."],
            {"dates": [str(first), f"the spring of {second}"]})


@_template
def b8_restated_same_comet_discovery(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1975)
    day = _date(rng, other, other)
    name = rng.choice(_WOMEN)
    return ([f"The discovery of Comet {_surname(name)} in [[{year}]] made the amateur astronomer briefly "
             f"famous.",
             f"{name} made the discovery on [[{_long(day)}]] from her garden observatory."],
            {"dates": [str(year), _long(day)]})


# --- restated_event: different word or form ---------------------------------

@_template
def b8_restated_diff_founded_founding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1900)
    firm = rng.choice(_COMPANIES)
    return ([f"{firm} was founded in [[{first}]] by two brothers who sold lamp oil door to door.",
             f"Since the company's founding in [[{second}]], it has been run by the same family."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_merged_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1980)
    one, two = rng.sample(_COMPANIES, 2)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{one} and {two} merged in [[{month} {first}]] to create the country's largest employer "
             f"in the sector.",
             f"The merger, completed in [[early {second}]], was approved by the competition authority without "
             f"conditions."],
            {"dates": [f"{month} {first}", f"early {second}"]})


@_template
def b8_restated_diff_accord_agreement(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1970)
    day = _date(rng, other, other)
    city = rng.choice(_CITIES)
    return ([f"Both sides said they remained bound by the {city} Accord of [[{year}]].",
             f"That agreement was signed in {city} on [[{_long(day)}]] after eleven days of talks."],
            {"dates": [str(year), _long(day)]})


@_template
def b8_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1960)
    name = rng.choice(_WOMEN)
    return ([f"The sculptor {name} died in [[{first}]], leaving a studio full of unfinished bronzes.",
             f"Her death in [[{second}]] prompted the city to buy the studio."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_born_birth(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1935, 1995)
    name = rng.choice(_MEN)
    city = rng.choice(_CITIES)
    return ([f"{name} was born in {city} in [[{first}]], the youngest of seven children.",
             "His father ran a ferry across the bay.",
             f"At the time of his birth, in [[{second}]], the family lived above the ticket office."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_elected_election(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1975)
    name = rng.choice(_WOMEN)
    place = rng.choice(_PLACES)
    return ([f"{name} was first elected mayor of {place} in [[{first}]].",
             f"Since her first election as mayor, in [[{second}]], she has not lost a vote in the council "
             f"chamber."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_resigned_resignation(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1980)
    name = rng.choice(_MEN)
    firm = rng.choice(_COMPANIES)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{name} resigned as chief executive of {firm} in [[{month} {first}]], days after the "
             f"accounting scandal broke.",
             f"His resignation in [[{second}]] was followed by a police investigation."],
            {"dates": [f"{month} {first}", str(second)]})


@_template
def b8_restated_diff_convicted_conviction(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1975)
    day = _date(rng, year, year)
    name = rng.choice(_MEN)
    return ([f"{name} was convicted of the {rng.choice(_PLACES)} warehouse arson on [[{_brit(day)}]].",
             f"Campaigners say his conviction for the arson in [[{other}]] rested on a single witness."],
            {"dates": [_brit(day), str(other)]})


@_template
def b8_restated_diff_flood_deluge(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1950)
    place = rng.choice(_PLACES)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"The old {place} bridge was swept away by the great flood of [[{first}]].",
             f"The deluge that destroyed the bridge in [[{month} {second}]] also drowned two farm "
             f"workers."],
            {"dates": [str(first), f"{month} {second}"]})


@_template
def b8_restated_diff_bought_takeover(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1980)
    buyer, target = rng.sample(_COMPANIES, 2)
    return ([f"{buyer} bought {target} in [[{first}]] for 310 million.",
             f"Since the takeover in [[{second}]], {target}'s research budget has been cut by a third."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_launched_launch(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1975)
    day = _date(rng, year, year)
    probe = rng.choice(["Aurora-2", "the Selene orbiter", "the Kestrel probe"])
    return ([f"{_cap(probe)} was launched on [[{_abbr(day)}]] to map the ice at the lunar south pole.",
             f"Since its launch in [[{other}]], it has sent back more than 90,000 images."],
            {"dates": [_abbr(day), str(other)]})


@_template
def b8_restated_diff_retired_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1975)
    player = rng.choice(_MEN)
    return ([f"{player} retired from international rugby in [[{first}]] with 74 caps.",
             f"Before his retirement from the national side in [[{second}]], he had been captain for five "
             f"seasons."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_married_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1955)
    bride = rng.choice(_WOMEN)
    groom = rng.choice(_MEN)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{bride} and {groom} married in [[{month} {first}]].",
             f"Their wedding, at the registry office in {rng.choice(_CITIES)} in [[{second}]], was attended "
             f"by just four guests."],
            {"dates": [f"{month} {first}", str(second)]})


@_template
def b8_restated_diff_listed_flotation(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1985)
    firm = rng.choice(_COMPANIES)
    return ([f"{firm} listed on the Oslo stock exchange in [[{first}]].",
             f"The shares have lost almost half their value since the flotation in [[{second}]]."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_armistice_truce(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1950)
    return ([f"The armistice of [[{first}]] between the two republics has held, with brief exceptions, along "
             f"the whole frontier.",
             "Observers patrol a demilitarised strip four kilometres wide.",
             f"The truce, agreed in [[{second}]], was never followed by a peace treaty."],
            {"dates": [str(first), str(second)]})


@_template
def b8_restated_diff_inaugurated_opening_night(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1960)
    place = rng.choice(_PLACES)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"The {place} concert hall was inaugurated in [[{first}]] with a performance of Mahler's "
             f"Second Symphony.",
             f"Tickets for the opening night in [[{month} {second}]] changed hands for ten times their face "
             f"value."],
            {"dates": [str(first), f"{month} {second}"]})


@_template
def b8_restated_diff_sworn_in_took_office(rng: random.Random) -> tuple[list[str], Facts]:
    year, other = _apart(rng, 1975)
    day = _date(rng, year, year)
    name = rng.choice(_WOMEN)
    return ([f"{name} was sworn in as governor on [[{_long(day)}]].",
             f"Since taking office in [[{other}]], she has vetoed 23 bills passed by the legislature."],
            {"dates": [_long(day), str(other)]})


@_template
def b8_restated_diff_abolished_abolition(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _apart(rng, 1950)
    return ([f"The death penalty was abolished in [[{first}]] after a free vote in parliament.",
             f"Calls to reverse the abolition of capital punishment, enacted in [[{second}]], have never "
             f"won a majority."],
            {"dates": [str(first), str(second)]})


# --- order_violation --------------------------------------------------------

@_template
def b8_order_aftermath_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    firm = rng.choice(_COMPANIES)
    return ([f"The insurance regulator was overhauled in [[{early}]] in the aftermath of the [[{late}]] "
             f"collapse of {firm}."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_following_merger(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"Following its [[{late}]] merger with {two}, {one} cut 300 jobs in [[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_before_diplomatic(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    name = rng.choice(_WOMEN)
    return ([f"{name} read law at Leiden in [[{late}]], before she joined the diplomatic service in "
             f"[[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_prior_to_appointment(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    name = rng.choice(_MEN)
    return ([f"Prior to his appointment as chief constable in [[{early}]], {name} had run the force's "
             f"fraud squad, a post he took up in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_wake_of_floods(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    m1, m2 = MONTHS[rng.randint(0, 11)], MONTHS[rng.randint(0, 11)]
    return ([f"In the wake of the [[{m1} {late}]] floods, the council approved a new drainage plan in "
             f"[[{m2} {early}]]."],
            {"earlier": f"{m1} {late}", "later": f"{m2} {early}"})


@_template
def b8_order_ahead_of_world_cup(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    name = rng.choice(_MEN)
    return ([f"Ahead of the [[{early}]] World Cup, the federation sacked its coach, {name}, in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_preceded_recession(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"The [[{late}]] recession preceded the collapse of the savings bank in [[{early}]], "
             f"economists at the central bank concluded."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_followed_by_conference(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1975, 2014)
    first = _date(rng, year, year)
    second = first + datetime.timedelta(days=rng.randint(20, 200))
    return ([f"The ceasefire of [[{_brit(second)}]] was followed by the peace conference of "
             f"[[{_brit(first)}]]."],
            {"earlier": _brit(second), "later": _brit(first)})


@_template
def b8_order_subsequently_rearrested(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    name = rng.choice(_MEN)
    return ([f"{name} was acquitted of the bombing in [[{late}]] and subsequently re-arrested in "
             f"[[{early}]] on a separate charge."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_heels_of_restructuring(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    firm = rng.choice(_COMPANIES)
    return ([f"The record profit {firm} reported in [[{early}]] came on the heels of a painful "
             f"restructuring in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_by_the_time_licensed(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"By the time the vaccine was licensed in [[{early}]], trials had been running in three "
             f"countries since [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_once_settled(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    place = rng.choice(_PLACES)
    return ([f"Work on the {place} bypass resumed in [[{early}]], once the dispute over the land had been "
             f"settled in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_response_to_poisonings(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"The ban on the pesticide, introduced in [[{early}]] in response to the [[{late}]] poisonings, "
             f"is still in force."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_went_on_to(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    name = rng.choice(_WOMEN)
    return ([f"{name} won the junior world title in [[{late}]] and went on to take the senior crown in "
             f"[[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_run_up_to_election(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"In the run-up to the [[{early}]] general election, the party replaced its leader in "
             f"[[{month} {late}]]."],
            {"earlier": f"{month} {late}", "later": str(early)})


@_template
def b8_order_after_same_year_months(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1980, 2015)
    first, second = sorted(rng.sample(range(12), 2))
    return ([f"The hospital closed its maternity unit in [[{MONTHS[first]} {year}]], after the last two "
             f"midwives left in [[{MONTHS[second]} {year}]]."],
            {"earlier": f"{MONTHS[second]} {year}", "later": f"{MONTHS[first]} {year}"})


@_template
def b8_order_after_airport_seized_ap(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1985, 2014)
    first = _date(rng, year, year)
    second = first + datetime.timedelta(days=rng.randint(3, 60))
    return ([f"The embassy was evacuated on [[{_ap(first)}]], after militiamen seized the airport on "
             f"[[{_ap(second)}]]."],
            {"earlier": _ap(second), "later": _ap(first)})


@_template
def b8_order_prompted_by_complaints(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    firm = rng.choice(_COMPANIES)
    return ([f"The recall, which began in [[{early}]], was prompted by complaints from {firm}'s own "
             f"engineers first lodged in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_before_leaving_two(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    name = rng.choice(_WOMEN)
    firm = rng.choice(_COMPANIES)
    return ([f"{name} left {firm} in [[{early}]].",
             f"Before leaving, she had overseen the company's expansion into Chile in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_until_then_joined(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    name = rng.choice(_MEN)
    one, two = rng.sample(_CLUBS, 2)
    return ([f"{name} played for {one} until [[{late}]], then joined {two} in [[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_predates_keep(rng: random.Random) -> tuple[list[str], Facts]:
    late = rng.randint(1200, 1600)
    early = late - rng.randint(10, 120)
    return ([f"The chapel, built in [[{late}]], predates the castle keep, which archaeologists date to "
             f"[[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_wing_added_later(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1900)
    return ([f"The maritime museum opened in [[{late}]]; its east wing, housing the lifeboat collection, "
             f"was added later, in [[{early}]]."],
            {"earlier": str(late), "later": str(early)})


@_template
def b8_order_following_vote_iso(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1995, 2014)
    first = _date(rng, year, year)
    second = first + datetime.timedelta(days=rng.randint(5, 90))
    firm = rng.choice(_COMPANIES)
    return ([f"Following the board vote on [[{second.isoformat()}]], shares in {firm} were delisted on "
             f"[[{first.isoformat()}]]."],
            {"earlier": second.isoformat(), "later": first.isoformat()})


@_template
def b8_order_came_after_three_apart(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    place = rng.choice(_PLACES)
    return ([f"The {place} lifeboat station was rebuilt in [[{early}]].",
             "Volunteers raised most of the money themselves, with bake sales and a sponsored swim.",
             f"The rebuilding came after a storm wrecked the old station in [[{late}]]."],
            {"earlier": str(late), "later": str(early)})


# --- publication_anachronism (article published 2016-09-27) -----------------

@_template
def b8_anachronism_bottling_plant_closed(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{rng.choice(_COMPANIES)} closed its {rng.choice(_PLACES)} bottling plant in [[{month} {year}]], "
             f"with the loss of 240 jobs."],
            {"date": f"{month} {year}", "relative": None})


@_template
def b8_anachronism_high_court_ruled(rng: random.Random) -> tuple[list[str], Facts]:
    day = _after(rng)
    return ([f"The High Court ruled against the council on [[{_brit(day)}]], quashing its decision to close "
             f"the library."],
            {"date": _brit(day), "relative": None})


@_template
def b8_anachronism_obituary_who_died(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    name = rng.choice(_WOMEN)
    return ([f"The prize is named after the poet {name}, who died in [[{year}]] at her home in "
             f"{rng.choice(_CITIES)}."],
            {"date": str(year), "relative": None})


@_template
def b8_anachronism_won_cup(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    club = rng.choice(_CLUBS)
    return ([f"{club}, who won the cup in [[{year}]], have not beaten a top-flight side away from home since."],
            {"date": str(year), "relative": None})


@_template
def b8_anachronism_study_published_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _after(rng)
    return ([f"The study, published in The Lancet on [[{_ap(day)}]], found no link between the vaccine and "
             f"the seizures."],
            {"date": _ap(day), "relative": None})


@_template
def b8_anachronism_reelected(rng: random.Random) -> tuple[list[str], Facts]:
    day = _after(rng)
    name = rng.choice(_MEN)
    return ([f"{name} was re-elected on [[{_long(day)}]] with 58 per cent of the vote, the electoral "
             f"commission said."],
            {"date": _long(day), "relative": None})


@_template
def b8_anachronism_battalion_withdrew(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"The battalion withdrew from the northern province in [[late {year}]], handing its bases to the "
             f"national army."],
            {"date": f"late {year}", "relative": None})


@_template
def b8_anachronism_novel_prize_quote(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    name = rng.choice(_WOMEN)
    return ([f"\"Winning the prize in [[{year}]] changed everything for me,\" said {name}, whose debut novel "
             f"has since sold 400,000 copies."],
            {"date": str(year), "relative": None})


@_template
def b8_anachronism_measles_spring(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"The health board recorded 312 cases of measles in [[the spring of {year}]], most of them in "
             f"unvaccinated teenagers."],
            {"date": f"the spring of {year}", "relative": None})


@_template
def b8_anachronism_budget_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _after(rng)
    return ([f"Councillors approved the budget at an extraordinary meeting on [[{day.isoformat()}]], "
             f"according to the published minutes."],
            {"date": day.isoformat(), "relative": None})


@_template
def b8_anachronism_rebuilt_between(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(2018, 2022)
    end = start + rng.randint(1, 3)
    return ([f"The pier was rebuilt between [[{start}]] and {end} at a cost of 14 million and reopened to "
             f"anglers."],
            {"date": str(start), "relative": None})


@_template
def b8_anachronism_yesterday_long(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The minister announced [[yesterday]], [[{_long(day)}]], that the border crossing would be "
             f"reopened to lorries."],
            {"date": _long(day), "relative": "yesterday"})


@_template
def b8_anachronism_last_week_dashes(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"[[Last week]] — on [[{_ap(day)}]] — the regulator fined {rng.choice(_COMPANIES)} for "
             f"misleading customers."],
            {"date": _ap(day), "relative": "Last week"})


@_template
def b8_anachronism_this_morning_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The vote [[this morning]], held at 9am on [[{_brit(day)}]], went against the government by "
             f"four votes."],
            {"date": _brit(day), "relative": "this morning"})


@_template
def b8_anachronism_earlier_this_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"[[Earlier this month]], on [[{_long(day)}]], the agency confirmed that the reservoir was at "
             f"its lowest level on record."],
            {"date": _long(day), "relative": "Earlier this month"})


@_template
def b8_anachronism_last_night_fire(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Firefighters were called to the timber yard [[last night]] ([[{_brit(day)}]]) after "
             f"neighbours reported smoke."],
            {"date": _brit(day), "relative": "last night"})


@_template
def b8_anachronism_two_days_ago_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The figures, released [[two days ago]] on [[{day.isoformat()}]], show unemployment rising in "
             f"every region."],
            {"date": day.isoformat(), "relative": "two days ago"})


@_template
def b8_anachronism_last_month_month(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"[[Last month]], in [[{month} {year}]], the airline cancelled more than 2,000 flights."],
            {"date": f"{month} {year}", "relative": "Last month"})


@_template
def b8_anachronism_last_year_bare(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    name = rng.choice(_WOMEN)
    return ([f"{name} took over the chamber orchestra [[last year]], in [[{year}]], after its founder "
             f"retired."],
            {"date": str(year), "relative": "last year"})


@_template
def b8_anachronism_earlier_today_court(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"[[Earlier today]] ([[{_ap(day)}]]) the court granted bail to all six defendants."],
            {"date": _ap(day), "relative": "Earlier today"})


@_template
def b8_anachronism_this_week_strike(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The dockers' strike that began [[this week]], on [[{_of(day)}]], has already stranded "
             f"forty ships."],
            {"date": _of(day), "relative": "this week"})


@_template
def b8_anachronism_fortnight_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The bridge was closed to traffic [[a fortnight ago]], on [[{_dot_abbr(day)}]], when engineers "
             f"found cracks in two of its piers."],
            {"date": _dot_abbr(day), "relative": "a fortnight ago"})


@_template
def b8_anachronism_last_weekend_festival(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"More than 20,000 people attended the harvest festival in {rng.choice(_PLACES)} "
             f"[[last weekend]], when it opened on [[{_brit(day)}]]."],
            {"date": _brit(day), "relative": "last weekend"})


@_template
def b8_anachronism_yesterday_two_sentences(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return (["Striking nurses at the regional hospital returned to the wards [[yesterday]].",
             f"Union officials said the walkout had formally ended at 7am on [[{_brit(day)}]], the same day."],
            {"date": _brit(day), "relative": "yesterday"})


# --- duration_arithmetic -----------------------------------------------------

@_template
def b8_duration_founded_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1995)
    value = _miss(rng, "years", _in_year(year), _on(REFERENCE))
    firm = rng.choice(_COMPANIES)
    return ([f"{firm} was founded in [[{year}]], [[{value} years ago]], by a former ship's chandler."],
            {"stated": f"{value} years", "value": value, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b8_duration_age_when_won(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1940, 1980)
    won = born + rng.randint(18, 35)
    value = _miss(rng, "years", _in_year(born), _in_year(won), floor=8)
    name = rng.choice(_WOMEN)
    return ([f"{name}, born in [[{born}]], was [[{value} years old]] when she won the {rng.choice(_CITIES)} "
             f"marathon in [[{won}]]."],
            {"stated": f"{value} years", "value": value, "start": str(born), "end": str(won), "unit": "years",
             "offset": 0})


@_template
def b8_duration_died_aged_exact(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1920, 1960)
    died = _date(rng, born.year + 40, 2015)
    value = _miss(rng, "years", _on(born), _on(died), floor=20)
    name = rng.choice(_MEN)
    return ([f"{name}, the architect of the {rng.choice(_PLACES)} library, died on [[{_brit(died)}]], aged "
             f"[[{value}]].",
             f"He was born in {rng.choice(_CITIES)} on [[{_brit(born)}]]."],
            {"stated": str(value), "value": value, "start": _brit(born), "end": _brit(died), "unit": "years",
             "offset": 0})


@_template
def b8_duration_festival_days_words(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1980, 2015)
    month = rng.randint(0, 11)
    first = rng.randint(1, 5)
    last = first + rng.randint(20, 23)
    start, end = datetime.date(year, month + 1, first), datetime.date(year, month + 1, last)
    value = _miss(rng, "days", _on(start), _on(end), ceiling=20, side="low")
    return ([f"The [[{_word(value)}-day]] festival ran from [[{MONTHS[month]} {first}]] to "
             f"[[{MONTHS[month]} {last}, {year}]], with concerts in every church in the old town."],
            {"stated": f"{_word(value)}-day", "value": value, "start": (f"{MONTHS[month]} {first}", year),
             "end": f"{MONTHS[month]} {last}, {year}", "unit": "days", "offset": 0})


@_template
def b8_duration_years_on_bench(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1960, 1990)
    end = start + rng.randint(12, 25)
    value = _miss(rng, "years", _in_year(start), _in_year(end))
    name = rng.choice(_WOMEN)
    return ([f"Judge {name} served [[{value} years]] on the bench, from [[{start}]] until her retirement in "
             f"[[{end}]]."],
            {"stated": f"{value} years", "value": value, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b8_duration_restoration_dash_range(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1970, 2005)
    end = start + rng.randint(2, 9)
    value = _miss(rng, "years", _in_year(start), _in_year(end))
    return ([f"The [[{value}-year]] restoration of the cathedral's west front ([[{start}–{end}]]) was paid "
             f"for largely by a lottery grant."],
            {"stated": f"{value}-year", "value": value, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b8_duration_choir_anniversary_apart(rng: random.Random) -> tuple[list[str], Facts]:
    formed = rng.randint(1900, 1980)
    marked = formed + rng.randint(20, 35)
    value = _miss(rng, "years", _in_year(formed), _in_year(marked))
    return ([f"The {rng.choice(_PLACES)} male voice choir marked its [[{_th(value)} anniversary]] in "
             f"[[{marked}]] with a concert in the town hall.",
             "Tickets sold out within a morning.",
             f"The choir was formed in [[{formed}]] by workers at the tin mine."],
            {"stated": f"{_th(value)} anniversary", "value": value, "start": str(formed), "end": str(marked),
             "unit": "years", "offset": 0})


@_template
def b8_duration_centenary(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1880, 1930)
    marked = founded + rng.randint(55, 85)
    club = rng.choice(_CLUBS)
    return ([f"{club} celebrated their [[centenary]] in [[{marked}]], having been founded by railway workers "
             f"in [[{founded}]]."],
            {"stated": "centenary", "value": 100, "start": str(founded), "end": str(marked), "unit": "years",
             "offset": 0})


@_template
def b8_duration_half_century_at_helm(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1960, 1985)
    end = start + rng.randint(20, min(36, 2015 - start))
    name = rng.choice(_MEN)
    return ([f"{name} stepped down in [[{end}]] after [[half a century]] at the helm of the family vineyard, "
             f"which he took over in [[{start}]]."],
            {"stated": "half a century", "value": 50, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b8_duration_decade_long_campaign(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1970, 1990)
    end = start + rng.randint(19, 25)
    return ([f"Residents won [[a decade-long]] campaign for a bypass in [[{end}]]; the first public "
             f"meeting had been held in [[{start}]]."],
            {"stated": "a decade-long", "value": 10, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b8_duration_fortnight_intensive_care(rng: random.Random) -> tuple[list[str], Facts]:
    admitted = _date(rng, 1995, 2014)
    discharged = admitted + datetime.timedelta(days=rng.randint(35, 80))
    name = rng.choice(_MEN)
    return ([f"{name} was admitted on [[{_long(admitted)}]] and spent [[a fortnight]] in intensive care before "
             f"being discharged on [[{_long(discharged)}]]."],
            {"stated": "a fortnight", "value": 14, "start": _long(admitted), "end": _long(discharged),
             "unit": "days", "offset": 0})


@_template
def b8_duration_trial_months(rng: random.Random) -> tuple[list[str], Facts]:
    start_year = rng.randint(1995, 2012)
    start_month = rng.randint(1, 12)
    end_year = start_year + rng.randint(1, 3)
    end_month = rng.randint(1, 12)
    value = _miss(rng, "months", _in_month(start_year, start_month), _in_month(end_year, end_month))
    first, last = f"{MONTHS[start_month - 1]} {start_year}", f"{MONTHS[end_month - 1]} {end_year}"
    return ([f"The [[{value}-month]] trial of the drug, which ran from [[{first}]] to [[{last}]], enrolled "
             f"1,400 patients."],
            {"stated": f"{value}-month", "value": value, "start": first, "end": last, "unit": "months",
             "offset": 0})


@_template
def b8_duration_weeks_strike_ap(rng: random.Random) -> tuple[list[str], Facts]:
    began = _date(rng, 1980, 2013)
    ended = began + datetime.timedelta(days=rng.randint(60, 300))
    value = _miss(rng, "weeks", _on(began), _on(ended))
    return ([f"The [[{value}-week]] strike at the port began on [[{_ap(began)}]] and ended on "
             f"[[{_ap(ended)}]] with a 6 percent raise."],
            {"stated": f"{value}-week", "value": value, "start": _ap(began), "end": _ap(ended), "unit": "weeks",
             "offset": 0})


@_template
def b8_duration_year_old_two_sentences(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1950, 1990)
    event = born + rng.randint(20, 25)
    value = _miss(rng, "years", _in_year(born), _in_year(event), floor=10)
    name = rng.choice(_MEN)
    place = rng.choice(_PLACES)
    return ([f"In [[{event}]] the [[{value}-year-old]] {name} became the first person from {place} to row the "
             f"Atlantic alone.",
             f"He was born in {place} in [[{born}]], the son of a trawlerman."],
            {"stated": f"{value}-year-old", "value": value, "start": str(born), "end": str(event),
             "unit": "years", "offset": 0})


@_template
def b8_duration_turned_on(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1905, 1930)
    birthday = datetime.date(born.year + rng.randint(80, min(100, 2015 - born.year)), born.month, min(born.day, 28))
    value = _miss(rng, "years", _on(born), _on(birthday), floor=60, side="low")
    name = rng.choice(_WOMEN)
    return ([f"{name}, who was born on [[{_long(born)}]], turned [[{value}]] on [[{_long(birthday)}]] and "
             f"received a letter from the president."],
            {"stated": str(value), "value": value, "start": _long(born), "end": _long(birthday),
             "unit": "years", "offset": 0})


@_template
def b8_duration_nth_edition_offset(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1920, 1980)
    held = first + rng.randint(20, 35)
    # an annual race's n-th edition is held n-1 years after the first
    value = _miss(rng, "years", _in_year(first), _in_year(held), offset=-1)
    return ([f"The [[{_th(value)} edition]] of the {rng.choice(_PLACES)} fell race, first run in "
             f"[[{first}]], was held in [[{held}]] in thick fog."],
            {"stated": f"{_th(value)} edition", "value": value, "start": str(first), "end": str(held),
             "unit": "years", "offset": -1})


@_template
def b8_duration_mill_closed_ago_dashes(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1950, 2000)
    value = _miss(rng, "years", _in_year(year), _on(REFERENCE))
    return ([f"The cotton mill, which closed in [[{year}]] — [[{value} years ago]] — is to be turned into "
             f"flats."],
            {"stated": f"{value} years", "value": value, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b8_duration_bakery_since(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1960, 1995)
    value = _miss(rng, "years", _in_year(year), _on(REFERENCE))
    name = rng.choice(_MEN)
    return ([f"{name} has run the bakery on Quay Street since [[{year}]], [[{value} years]] in all, and "
             f"still starts work at four."],
            {"stated": f"{value} years", "value": value, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b8_duration_years_later_promoted(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1965, 1995)
    end = start + rng.randint(10, 20)
    value = _miss(rng, "years", _in_year(start), _in_year(end))
    name = rng.choice(_WOMEN)
    firm = rng.choice(_COMPANIES)
    return ([f"{name} joined {firm} as an apprentice in [[{start}]] and, [[{value} years]] later, in "
             f"[[{end}]], became its managing director."],
            {"stated": f"{value} years", "value": value, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b8_duration_conductor_two_sentences(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1965, 1995)
    end = start + rng.randint(12, 20)
    value = _miss(rng, "years", _in_year(start), _in_year(end))
    name = rng.choice(_WOMEN)
    return ([f"{name} was appointed principal conductor of the {rng.choice(_CITIES)} Philharmonic in "
             f"[[{start}]].",
             f"She stepped down in [[{end}]] after [[{value} years]] in the post."],
            {"stated": f"{value} years", "value": value, "start": str(start), "end": str(end), "unit": "years",
             "offset": 0})


@_template
def b8_duration_months_in_office(rng: random.Random) -> tuple[list[str], Facts]:
    sworn = _date(rng, 1980, 2012)
    ousted = sworn + datetime.timedelta(days=rng.randint(400, 900))
    value = _miss(rng, "months", _on(sworn), _on(ousted))
    return ([f"The prime minister was sworn in on [[{_brit(sworn)}]] and ousted in a confidence vote on "
             f"[[{_brit(ousted)}]], after [[{value} months]] in office."],
            {"stated": f"{value} months", "value": value, "start": _brit(sworn), "end": _brit(ousted),
             "unit": "months", "offset": 0})


@_template
def b8_duration_siege_days_of(rng: random.Random) -> tuple[list[str], Facts]:
    began = _date(rng, 1940, 2012)
    ended = began + datetime.timedelta(days=rng.randint(60, 200))
    value = _miss(rng, "days", _on(began), _on(ended))
    city = rng.choice(_CITIES)
    return ([f"The siege of {city} lasted [[{value} days]], from [[{_of(began)}]] to [[{_of(ended)}]]."],
            {"stated": f"{value} days", "value": value, "start": _of(began), "end": _of(ended), "unit": "days",
             "offset": 0})


@_template
def b8_duration_life_dates_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1900, 1940)
    died = born + rng.randint(55, 75)
    value = _miss(rng, "years", _in_year(born), _in_year(died), floor=30)
    name = rng.choice(_WOMEN)
    return ([f"A plaque now marks the house where the photographer {name} ([[{born}–{died}]]) lived; she "
             f"died there at the age of [[{value}]]."],
            {"stated": str(value), "value": value, "start": str(born), "end": str(died), "unit": "years",
             "offset": 0})


@_template
def b8_duration_pilot_weeks_iso(rng: random.Random) -> tuple[list[str], Facts]:
    began = _date(rng, 1998, 2013)
    ended = began + datetime.timedelta(days=rng.randint(100, 250))
    value = _miss(rng, "weeks", _on(began), _on(ended))
    return ([f"The [[{value}-week]] pilot of the four-day week ran from [[{began.isoformat()}]] to "
             f"[[{ended.isoformat()}]] in 61 firms."],
            {"stated": f"{value}-week", "value": value, "start": began.isoformat(), "end": ended.isoformat(),
             "unit": "weeks", "offset": 0})


@_template
def b8_duration_married_quote(rng: random.Random) -> tuple[list[str], Facts]:
    wed = rng.randint(1940, 1970)
    died = wed + rng.randint(30, 45)
    value = _miss(rng, "years", _in_year(wed), _in_year(died))
    name = rng.choice(_MEN)
    return ([f"\"We were married for [[{value} years]] and never spent a night apart,\" said {name}, whose "
             f"wife died in [[{died}]]; the couple had wed in [[{wed}]]."],
            {"stated": f"{value} years", "value": value, "start": str(wed), "end": str(died), "unit": "years",
             "offset": 0})


@_template
def b8_duration_served_months_jail(rng: random.Random) -> tuple[list[str], Facts]:
    jailed = rng.randint(1985, 2010)
    released = jailed + rng.randint(2, 4)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    value = _miss(rng, "months", _in_month(jailed, m1), _in_month(released, m2))
    first, last = f"{MONTHS[m1 - 1]} {jailed}", f"{MONTHS[m2 - 1]} {released}"
    name = rng.choice(_MEN)
    return ([f"{name} was jailed in [[{first}]] and freed on parole in [[{last}]], having served "
             f"[[{value} months]] of a six-year sentence."],
            {"stated": f"{value} months", "value": value, "start": first, "end": last, "unit": "months",
             "offset": 0})


@_template
def b8_duration_discovered_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1970, 2005)
    value = _miss(rng, "years", _in_year(year), _on(REFERENCE))
    return ([f"The wreck of the steamer Halcyon was discovered by sports divers [[{value} years ago]], in "
             f"[[{year}]], in 40 metres of water."],
            {"stated": f"{value} years", "value": value, "start": str(year), "end": None, "unit": "years",
             "offset": 0})


@_template
def b8_duration_youngest_mayor(rng: random.Random) -> tuple[list[str], Facts]:
    born_year = rng.randint(1950, 1985)
    born_month = rng.randint(1, 12)
    elected = born_year + rng.randint(24, 30)
    value = _miss(rng, "years", _in_month(born_year, born_month), _in_year(elected), floor=18)
    name = rng.choice(_WOMEN)
    born = f"{MONTHS[born_month - 1]} {born_year}"
    return ([f"At [[{value}]], {name} became the youngest mayor in {rng.choice(_PLACES)}'s history when she "
             f"was elected in [[{elected}]].",
             f"She was born in [[{born}]] in a flat above the market hall."],
            {"stated": str(value), "value": value, "start": born, "end": str(elected), "unit": "years",
             "offset": 0})


@_template
def b8_duration_tour_of_duty_words(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1990, 2012)
    m1 = rng.randint(1, 12)
    end_year = year + 2
    m2 = rng.randint(1, 12)
    value = _miss(rng, "months", _in_month(year, m1), _in_month(end_year, m2), ceiling=20, side="low")
    first, last = f"{MONTHS[m1 - 1]} {year}", f"{MONTHS[m2 - 1]} {end_year}"
    return ([f"The regiment's [[{_word(value)}-month]] tour of duty began in [[{first}]] and ended in "
             f"[[{last}]], when the last troops flew home."],
            {"stated": f"{_word(value)}-month", "value": value, "start": first, "end": last, "unit": "months",
             "offset": 0})


@_template
def b8_duration_exhibition_uk(rng: random.Random) -> tuple[list[str], Facts]:
    opened = _date(rng, 1990, 2014)
    closed = opened + datetime.timedelta(days=rng.randint(90, 160))
    value = _miss(rng, "days", _on(opened), _on(closed), side="low", floor=10)
    return ([f"The [[{value}-day]] exhibition of Inuit prints opened on [[{_brit(opened)}]] and closed on "
             f"[[{_brit(closed)}]]."],
            {"stated": f"{value}-day", "value": value, "start": _brit(opened), "end": _brit(closed),
             "unit": "days", "offset": 0})


@_template
def b8_duration_late_early_ward(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1990, 2013)
    value = _miss(rng, "months", _late(year), _early(year + 1), side="high")
    return ([f"The children's ward was closed for refurbishment from [[late {year}]] until "
             f"[[early {year + 1}]], [[{value} months]] in all."],
            {"stated": f"{value} months", "value": value, "start": f"late {year}", "end": f"early {year + 1}",
             "unit": "months", "offset": 0})


@_template
def b8_duration_excavation_seasons(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1970, 2005)
    end = start + rng.randint(2, 7)
    value = _miss(rng, "years", _in_year(start), _in_year(end))
    return ([f"Excavations at the hill fort ran from [[the spring of {start}]] to [[the autumn of {end}]], "
             f"[[{value} years]] of digging that produced more than 8,000 finds."],
            {"stated": f"{value} years", "value": value, "start": f"the spring of {start}",
             "end": f"the autumn of {end}", "unit": "years", "offset": 0})


@_template
def b8_duration_mid_year_standing(rng: random.Random) -> tuple[list[str], Facts]:
    built = rng.randint(1960, 1990)
    demolished = built + rng.randint(20, 25)
    value = _miss(rng, "years", _mid(built), _in_year(demolished), side="low")
    return ([f"The tower block, completed in [[mid-{built}]], was demolished in [[{demolished}]] after "
             f"standing for just [[{value} years]]."],
            {"stated": f"{value} years", "value": value, "start": f"mid-{built}", "end": str(demolished),
             "unit": "years", "offset": 0})


@_template
def b8_duration_summit_days_ordinal_range(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1990, 2015)
    month = rng.randint(0, 11)
    first = rng.randint(1, 8)
    last = first + rng.randint(17, 20)
    value = _miss(rng, "days", _on(datetime.date(year, month + 1, first)), _on(datetime.date(year, month + 1, last)),
                  ceiling=9, side="low")
    start = f"{_th(first)} {MONTHS[month]}"
    end = f"{_th(last)} {MONTHS[month]} {year}"
    return ([f"Delegates from 40 countries attended the [[{_word(value)}-day]] climate summit, held in "
             f"{rng.choice(_CITIES)} from [[{start}]] to [[{end}]]."],
            {"stated": f"{_word(value)}-day", "value": value, "start": (start, year), "end": end, "unit": "days",
             "offset": 0})


BLIND8_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [b8_weekday_sentencing_uk, b8_weekday_agate_ap, b8_weekday_iso_registry,
                         b8_weekday_launch_appositive, b8_weekday_parish_minutes, b8_weekday_obituary_ordinal,
                         b8_weekday_police_dotted, b8_weekday_retrospective_two, b8_weekday_admitted_ap,
                         b8_weekday_which_fell_on, b8_weekday_signing_next_sentence, b8_weekday_season_opener_no_year,
                         b8_weekday_climber_quote, b8_weekday_dateline, b8_weekday_birth_notice,
                         b8_weekday_line_reopened_short, b8_weekday_markets_nth_uk, b8_weekday_landfall,
                         b8_weekday_byelection_passive, b8_weekday_funeral_mass_ap, b8_weekday_incident_log,
                         b8_weekday_final_on_fronted, b8_weekday_school_term],
    "impossible_date": [b8_impossible_orchard_deed, b8_impossible_charge_sheet_uk, b8_impossible_lease_leap_ap,
                        b8_impossible_trial_registry_iso, b8_impossible_invoice_dotted,
                        b8_impossible_guild_charter_words, b8_impossible_ships_log, b8_impossible_concert_short,
                        b8_impossible_festival_range, b8_impossible_service_record,
                        b8_impossible_results_quote_no_year, b8_impossible_bylaw_no_year_uk,
                        b8_impossible_fixture_ordinal, b8_impossible_second_dose_ap, b8_impossible_patent_nth_uk,
                        b8_impossible_outline_consent, b8_impossible_parish_register,
                        b8_impossible_appeal_listing_abbr, b8_impossible_day_of_statute,
                        b8_impossible_timetable_no_year, b8_impossible_base_camp,
                        b8_impossible_withdrawal_deadline_ap],
    "restated_event": [b8_restated_same_footbridge_collapse, b8_restated_same_libel_verdict,
                       b8_restated_same_first_ascent, b8_restated_same_miners_strike, b8_restated_same_coup,
                       b8_restated_same_opera_premiere, b8_restated_same_cholera_outbreak,
                       b8_restated_same_acquisition_iso, b8_restated_same_eruption,
                       b8_restated_same_supreme_court_ruling, b8_restated_same_record_transfer,
                       b8_restated_same_ordained_priest, b8_restated_same_leisure_centre_opened,
                       b8_restated_same_named_treaty, b8_restated_same_debut_three_apart,
                       b8_restated_same_smelter_closure, b8_restated_same_comet_discovery,
                       b8_restated_diff_founded_founding, b8_restated_diff_merged_merger,
                       b8_restated_diff_accord_agreement, b8_restated_diff_died_death, b8_restated_diff_born_birth,
                       b8_restated_diff_elected_election, b8_restated_diff_resigned_resignation,
                       b8_restated_diff_convicted_conviction, b8_restated_diff_flood_deluge,
                       b8_restated_diff_bought_takeover, b8_restated_diff_launched_launch,
                       b8_restated_diff_retired_retirement, b8_restated_diff_married_wedding,
                       b8_restated_diff_listed_flotation, b8_restated_diff_armistice_truce,
                       b8_restated_diff_inaugurated_opening_night, b8_restated_diff_sworn_in_took_office,
                       b8_restated_diff_abolished_abolition],
    "order_violation": [b8_order_aftermath_collapse, b8_order_following_merger, b8_order_before_diplomatic,
                        b8_order_prior_to_appointment, b8_order_wake_of_floods, b8_order_ahead_of_world_cup,
                        b8_order_preceded_recession, b8_order_followed_by_conference,
                        b8_order_subsequently_rearrested, b8_order_heels_of_restructuring,
                        b8_order_by_the_time_licensed, b8_order_once_settled, b8_order_response_to_poisonings,
                        b8_order_went_on_to, b8_order_run_up_to_election, b8_order_after_same_year_months,
                        b8_order_after_airport_seized_ap, b8_order_prompted_by_complaints,
                        b8_order_before_leaving_two, b8_order_until_then_joined, b8_order_predates_keep,
                        b8_order_wing_added_later, b8_order_following_vote_iso,
                        b8_order_came_after_three_apart],
    "publication_anachronism": [b8_anachronism_bottling_plant_closed, b8_anachronism_high_court_ruled,
                                b8_anachronism_obituary_who_died, b8_anachronism_won_cup,
                                b8_anachronism_study_published_ap, b8_anachronism_reelected,
                                b8_anachronism_battalion_withdrew, b8_anachronism_novel_prize_quote,
                                b8_anachronism_measles_spring, b8_anachronism_budget_iso,
                                b8_anachronism_rebuilt_between, b8_anachronism_yesterday_long,
                                b8_anachronism_last_week_dashes, b8_anachronism_this_morning_vote,
                                b8_anachronism_earlier_this_month, b8_anachronism_last_night_fire,
                                b8_anachronism_two_days_ago_iso, b8_anachronism_last_month_month,
                                b8_anachronism_last_year_bare, b8_anachronism_earlier_today_court,
                                b8_anachronism_this_week_strike, b8_anachronism_fortnight_ago,
                                b8_anachronism_last_weekend_festival, b8_anachronism_yesterday_two_sentences],
    "duration_arithmetic": [b8_duration_founded_years_ago, b8_duration_age_when_won, b8_duration_died_aged_exact,
                            b8_duration_festival_days_words, b8_duration_years_on_bench,
                            b8_duration_restoration_dash_range, b8_duration_choir_anniversary_apart,
                            b8_duration_centenary, b8_duration_half_century_at_helm, b8_duration_decade_long_campaign,
                            b8_duration_fortnight_intensive_care, b8_duration_trial_months,
                            b8_duration_weeks_strike_ap, b8_duration_year_old_two_sentences, b8_duration_turned_on,
                            b8_duration_nth_edition_offset, b8_duration_mill_closed_ago_dashes,
                            b8_duration_bakery_since, b8_duration_years_later_promoted,
                            b8_duration_conductor_two_sentences, b8_duration_months_in_office,
                            b8_duration_siege_days_of, b8_duration_life_dates_age, b8_duration_pilot_weeks_iso,
                            b8_duration_married_quote, b8_duration_served_months_jail, b8_duration_discovered_ago,
                            b8_duration_youngest_mayor, b8_duration_tour_of_duty_words, b8_duration_exhibition_uk,
                            b8_duration_late_early_ward, b8_duration_excavation_seasons,
                            b8_duration_mid_year_standing, b8_duration_summit_days_ordinal_range],
}
