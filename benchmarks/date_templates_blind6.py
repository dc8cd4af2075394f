"""``blind6`` injected date-conflict templates for ``benchmarks/date_conflicts.py``.

Kept in its own module so that it can be imported (by the benchmark and by
``tests/test_date_templates_blind6.py``) without importing the detector.
"""

# ---------------------------------------------------------------------------
# ``blind6`` templates.  Written on 2026-11-22 by a helper session acting as an
# independent tester, from the six conflict definitions in the task brief and
# from how news copy dates things, WITHOUT opening, grepping or importing the
# detector (src/reliability/features/*, temporal.py, dates.py), its date tests
# (tests/test_temporal*, tests/test_date* other than
# tests/test_date_templates_blind5.py, which was read as the model for the
# well-formedness test), its feature card (features/date_conflicts.md) or any
# benchmark results (benchmarks/results/).  In benchmarks/date_conflicts.py only
# the harness was read: the module docstring, the helpers at the top, ``_inject``
# and its ``[[...]]`` markers, the ``--split`` handling in ``run()`` and the
# argparse.  In benchmarks/date_templates_blind5.py only the header comment,
# the constants and helpers, one template function (for the calling
# convention) and the final ``BLIND5_TEMPLATES`` dict were read.  Disclosure: a
# first ``grep -n`` over benchmarks/date_conflicts.py, meant to locate the
# harness, also printed the one-line bodies of roughly twenty of the original
# development/held-out templates and the function names of the later sets, and
# a repository-wide grep for "blind5" printed the README summary line with
# earlier recall figures; nothing else of the earlier template sets was read,
# and the nouns, names and phrasings here were written fresh.  The templates
# were only run through their own generators and
# tests/test_date_templates_blind6.py (well-formedness, and ``datetime``
# checks, from the rendered text, that each conflict is real), never through the
# detector, and ``--split blind6`` (or any split) was not run by the author.
# This is the current independent test set while ``development``/``held_out``
# and ``blind`` to ``blind5`` serve as development data: run it once for a
# measurement and do NOT use it to change the detector or its lexicons.  Every
# template is used (no index parity): ``--split blind6``.
#
# Conventions (as in blind5).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous), the impossible
# date, both dates of a restated event, both dates of an order violation, the
# relative expression and its pinned date (or only the date when the conflict
# is with the publication date), and the duration/age and the dates it
# contradicts.  Publication-relative templates assume an article published on
# 2016-09-27 (``--published 2016-09-27``; the corpus articles date from 2016):
# past-tense events are dated at least eight months after publication (2017-06
# onwards, mostly 2018-2025), and "yesterday"/"last week"/... are pinned at
# least three years away from it.  Arithmetic templates miss by at least 5
# units beyond any inclusive/exclusive, unknown-day or unknown-birthday counting
# difference.  Dates in all other types stay at or before 2015, so no second
# conflict type is mixed in; no weekday is named outside the weekday templates
# and no relative expression ("yesterday", "last year", ...) outside the
# anachronism templates ("ago" only in duration templates, against 2016).
#
# Each template is a plain ``Callable[[random.Random], list[str]]`` (1-3
# sentences).  It also carries ``template.facts(rng)``, which returns the same
# sentences plus the date expressions (as they appear in the text) that make
# the conflict; the well-formedness test parses those expressions itself and
# checks the conflict with ``datetime``.
# ---------------------------------------------------------------------------

from __future__ import annotations

import datetime
import functools
import random
from collections.abc import Callable
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

REFERENCE = datetime.date(2016, 9, 27)  # publication date the anachronism/"ago"/age templates assume
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

_WOMEN = ["Marguerite Oyelaran", "Ondine Karlsson", "Nadia Farouk", "Severine Aubert", "Halldora Finnsdottir",
          "Rosalind Tennant", "Annika Brevik", "Imogen Straithe"]
_MEN = ["Caspian Whitlow", "Teodor Vasic", "Bartholomew Quaye", "Joaquin Ybarra", "Emeka Oduya", "Viktor Halas",
        "Dariusz Olech", "Kofi Ampofo"]
_TOWNS = ["Fernhollow", "Scarrow", "Pellow Bay", "Greyhaven", "Millbeck", "Cottesmere", "Tollbridge",
          "Larkspur Falls", "Ashcombe", "Drumlessan", "Wendlebury Cross", "Otterlyn"]
_FIRMS = [("Ashgrove Mills", "Tannerfield Cotton"), ("Brightwater Ferries", "Solent Packet"),
          ("Quenby Instruments", "Penrose Optics"), ("Corvell Brewing", "Hallam Maltings"),
          ("Stavely Foundry", "Dunnock Castings"), ("Marlinspike Marine", "Orrell Boatworks")]
_SHIPS = ["Curlew Star", "Morwenna", "Silver Plover", "Kittiwake II", "Hebe Rose", "Northern Teal"]
_CASES = ["Pryce v. Harbour Trust", "Lomax v. Fernhollow Council", "Adebayo v. Crestline Insurance",
          "Quaye v. Regional Water Board", "Straithe v. Colley"]
_CLUBS = ["Tollbridge Rovers", "Pellow Bay United", "Scarrow Athletic", "Greyhaven Town", "Millbeck Wanderers"]


def _template(build: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    """Wrap a builder returning (sentences, facts) into a harness template returning sentences."""

    @functools.wraps(build)
    def template(rng: random.Random) -> list[str]:
        return build(rng)[0]

    template.facts = build  # type: ignore[attr-defined]
    return template


# --- helpers ----------------------------------------------------------------

def _day(rng: random.Random, low: int = 1994, high: int = 2014) -> datetime.date:
    """Any real calendar day between two years (days 29-31 included)."""
    start = datetime.date(low, 1, 1).toordinal()
    end = datetime.date(high, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def _wrong(rng: random.Random, day: datetime.date) -> int:
    """Index of a weekday that ``day`` does not fall on."""
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


def _iso(day: datetime.date) -> str:
    return day.isoformat()


def _dotted(day: datetime.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _word(value: int) -> str:
    return WORDS.get(value, str(value))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _surname(name: str) -> str:
    return name.split()[-1]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _pair(rng: random.Random, low: int = 1960, high: int = 2015) -> tuple[int, int]:
    """Two years 2-9 apart, in random order (one event, two datings)."""
    later = rng.randint(low + 9, high)
    earlier = later - rng.randint(2, 9)
    return (earlier, later) if rng.random() < 0.5 else (later, earlier)


def _ordered(rng: random.Random, low: int = 1975, high: int = 2015) -> tuple[int, int]:
    """(earlier, later) years, 2-9 apart."""
    later = rng.randint(low + 9, high)
    return later - rng.randint(2, 9), later


def _coarse(rng: random.Random, year: int) -> tuple[str, str]:
    """A preposition and a coarse dating of ``year`` ("in", "mid-2013"), varied."""
    return rng.choice([("in", f"{year}"), ("in", f"{MONTHS[rng.randint(0, 11)]} {year}"), ("in", f"mid-{year}"),
                       ("in", f"late {year}"), ("in", f"early {year}"), ("in", f"the spring of {year}"),
                       ("in", f"the summer of {year}"), ("in", f"autumn {year}"), ("at", f"the end of {year}")])


def _miss(rng: random.Random, low_band: int, high_band: int, floor: int = 1, gap_low: int = 6,
          gap_high: int = 15) -> int:
    """A stated number 6-15 units outside the band [low_band, high_band] of defensible values."""
    while True:
        gap = rng.randint(gap_low, gap_high)
        value = low_band - gap if rng.random() < 0.5 else high_band + gap
        if value >= floor:
            return value


# Impossible (month, day) pairs, valid in no year.
_BAD_DAYS = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]
_SHORT_MONTHS_31 = [(4, 31), (6, 31), (9, 31), (11, 31)]


def _non_leap(rng: random.Random, low: int = 1950, high: int = 2015) -> int:
    while True:
        year = rng.randint(low, high)
        if year % 4:
            return year


def _far_pinned_day(rng: random.Random) -> datetime.date:
    """A day at least three years away from 2016-09-27 (1992-2012 or 2020-2025)."""
    return _day(rng, 1992, 2012) if rng.random() < 0.5 else _day(rng, 2020, 2025)


def _future_day(rng: random.Random) -> datetime.date:
    """A day at least eight months after 2016-09-27."""
    return _day(rng, 2018, 2025)


# --- weekday_mismatch -------------------------------------------------------
# Every template states a weekday for a date that falls on another weekday.

@_template
def b6_weekday_harbour_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"The harbour board voted 5-2 on [[{weekday}, {_ap(day)}]] to lease the old fish market to a developer."],
            {"weekday": weekday, "date": _ap(day)})


@_template
def b6_weekday_funeral_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    town, person = rng.choice(_TOWNS), rng.choice(_MEN)
    return ([f"Mourners filled {town} parish church on [[{weekday} {_uk(day)}]] for the funeral of the former "
             f"lifeboat coxswain {person}."],
            {"weekday": weekday, "date": _uk(day)})


@_template
def b6_weekday_ship_log_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = SHORT_WEEKDAYS[_wrong(rng, day)]
    ship = rng.choice(_SHIPS)
    return ([f"According to the ship's log, the trawler {ship} last radioed the coastguard at 04:10 on "
             f"[[{weekday} {_iso(day)}]]."],
            {"weekday": weekday, "date": _iso(day)})


@_template
def b6_weekday_letter_nth_of(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    date = f"the {_nth(day.day)} of {MONTHS[day.month - 1]}, {day.year}"
    return ([f"The letter, dated [[{weekday} {date}]], was read aloud to the jury."],
            {"weekday": weekday, "date": date})


@_template
def b6_weekday_separate_apposition(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    who = rng.choice(["the two pilots were suspended without pay", "the ferry operator lost its licence",
                      "the hospital's maternity unit was closed to new admissions"])
    return ([f"On [[{_us(day)}]], a [[{weekday}]], {who}."], {"weekday": weekday, "date": _us(day)})


@_template
def b6_weekday_year_elsewhere(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    date = f"{MONTHS[day.month - 1]} {day.day}"
    return ([f"In [[{day.year}]] the wool cooperative held its first auction on [[{weekday}, {date}]], drawing "
             f"buyers from three counties."],
            {"weekday": weekday, "date": (date, day.year)})


@_template
def b6_weekday_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    person = rng.choice(_WOMEN)
    return ([f"\"I remember it was [[{weekday}, {_us(day)}]], because the schools were shut,\" said {person}, "
             f"who ran the post office at the time."],
            {"weekday": weekday, "date": _us(day)})


@_template
def b6_weekday_ap_abbreviated(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = AP_WEEKDAYS[_wrong(rng, day)]
    return ([f"The walkout began late on [[{weekday}, {_ap(day)}]], when the night shift refused to clock in."],
            {"weekday": weekday, "date": _ap(day)})


@_template
def b6_weekday_short_forms(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = SHORT_WEEKDAYS[_wrong(rng, day)]
    date = f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"
    firm = rng.choice(_FIRMS)[0]
    return ([f"Shares in {firm} fell 9 percent in trading on [[{weekday} {date}]] after the profit warning."],
            {"weekday": weekday, "date": date})


@_template
def b6_weekday_obituary_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    date = f"{_nth(day.day)} {MONTHS[day.month - 1]} {day.year}"
    person = rng.choice(_WOMEN)
    return ([f"{person} died peacefully at home on [[{weekday} {date}]], her family said."],
            {"weekday": weekday, "date": date})


@_template
def b6_weekday_us_ordinal_recall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    date = f"{MONTHS[day.month - 1]} {_nth(day.day)}, {day.year}"
    return ([f"The recall notice, issued [[{weekday}, {date}]], covered 40,000 electric kettles sold in the north."],
            {"weekday": weekday, "date": date})


@_template
def b6_weekday_parenthesis_after(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"The inquest opened on [[{_uk(day)} (a {weekday})]] and was adjourned within the hour."],
            {"weekday": weekday, "date": _uk(day)})


@_template
def b6_weekday_dashes(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"It was a [[{weekday}]] — [[{_us(day)}]] — when the first cracks appeared in the dam wall."],
            {"weekday": weekday, "date": _us(day)})


@_template
def b6_weekday_possessive(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"Turnout in [[{weekday}'s]] by-election ([[{_ap(day)}]]) was just 31 percent."],
            {"weekday": weekday, "date": _ap(day)})


@_template
def b6_weekday_kick_off(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = AP_WEEKDAYS[_wrong(rng, day)]
    ground = rng.choice(["Tollbridge Park", "the Quarry Lane ground", "Otterlyn Road"])
    return ([f"Kick-off at {ground} on [[{weekday}, {_ap(day)}]] was delayed by 40 minutes because of fog."],
            {"weekday": weekday, "date": _ap(day)})


@_template
def b6_weekday_early_hours(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"The blaze broke out in the early hours of [[{weekday}, {_uk(day)}]], fire crews said."],
            {"weekday": weekday, "date": _uk(day)})


@_template
def b6_weekday_bid_deadline(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"Bidders had until 5 p.m. on [[{weekday}, {_us(day)}]] to submit sealed offers for the ferry "
             f"franchise."],
            {"weekday": weekday, "date": _us(day)})


@_template
def b6_weekday_verdict_no_comma(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"The jury, which returned its verdict on [[{weekday} {_us(day)}]], had been out for most of the "
             f"week."],
            {"weekday": weekday, "date": _us(day)})


@_template
def b6_weekday_night_of_the_nth(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    date = f"the {_nth(day.day)} of {MONTHS[day.month - 1]} {day.year}"
    town = rng.choice(_TOWNS)
    return ([f"Residents of {town} were evacuated on the night of [[{weekday} {date}]] as the river rose."],
            {"weekday": weekday, "date": date})


@_template
def b6_weekday_short_month_notice(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    date = f"{SHORT_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return ([f"A notice posted on [[{weekday}, {date}]] told tenants the lifts would be out of service."],
            {"weekday": weekday, "date": date})


@_template
def b6_weekday_date_then_weekday(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    ship = rng.choice(_SHIPS)
    return ([f"The {_possessive(ship)} last crossing took place on [[{_ap(day)}]], a [[{weekday}]], with the mayor "
             f"among the passengers."],
            {"weekday": weekday, "date": _ap(day)})


@_template
def b6_weekday_iso_full_name(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    return ([f"Engineers switched the new signalling system on at 2 a.m. on [[{weekday}, {_iso(day)}]], two hours "
             f"ahead of schedule."],
            {"weekday": weekday, "date": _iso(day)})


@_template
def b6_weekday_dotted_receipt(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = SHORT_WEEKDAYS[_wrong(rng, day)]
    return ([f"The hotel receipt found in the car is stamped [[{weekday} {_dotted(day)}]], detectives told the "
             f"court."],
            {"weekday": weekday, "date": _dotted(day)})


@_template
def b6_weekday_it_was_a(rng: random.Random) -> tuple[list[str], Facts]:
    day = _day(rng)
    weekday = WEEKDAYS[_wrong(rng, day)]
    person = rng.choice(_MEN)
    return ([f"{person} was arrested at the airport on [[{_uk(day)}]]; it was a [[{weekday}]], and the departure "
             f"hall was packed."],
            {"weekday": weekday, "date": _uk(day)})


# --- impossible_date --------------------------------------------------------
# Every template states a calendar date that does not exist.

@_template
def b6_impossible_customs_us(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{MONTHS[month - 1]} {day}, {rng.randint(1994, 2015)}"
    return ([f"Customs officers seized the shipment of counterfeit watches on [[{date}]], the charge sheet says."],
            {"date": date})


@_template
def b6_impossible_tenancy_uk(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{day} {MONTHS[month - 1]} {rng.randint(1994, 2015)}"
    return ([f"The tenancy agreement was backdated to [[{date}]], and the landlord's solicitor could not say why."],
            {"date": date})


@_template
def b6_impossible_ap_leap(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"Feb. 29, {_non_leap(rng, 1990, 2015)}"
    person = rng.choice(_MEN)
    return ([f"{person} was sworn in as harbour master on [[{date}]] in a short ceremony on the quay."],
            {"date": date})


@_template
def b6_impossible_deeds_nth_of(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"the {_nth(day)} of {MONTHS[month - 1]} {rng.randint(1960, 2015)}"
    return ([f"The deeds record the sale of the watermill on [[{date}]] for an undisclosed sum."], {"date": date})


@_template
def b6_impossible_tickets_us_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{MONTHS[month - 1]} {_nth(day)}, {rng.randint(1994, 2015)}"
    return ([f"Tickets for the reunion concert bore the date [[{date}]], fans noticed."], {"date": date})


@_template
def b6_impossible_loan_iso(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{rng.randint(1998, 2015)}-{month:02d}-{day:02d}"
    return ([f"The bank's database gives the approval date for the loan as [[{date}]]."], {"date": date})


@_template
def b6_impossible_bonfire_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    town = rng.choice(_TOWNS)
    date = f"{MONTHS[month - 1]} {day}"
    return ([f"Every year {town} lights its beacon on [[{date}]], a custom the parish council wants to protect."],
            {"date": date})


@_template
def b6_impossible_quarter_ending_ap(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_SHORT_MONTHS_31)
    date = f"{AP_MONTHS[month - 1]} {day}, {rng.randint(1994, 2015)}"
    return ([f"The audit covered the quarter ending [[{date}]], according to the regulator."], {"date": date})


@_template
def b6_impossible_will_words(rng: random.Random) -> tuple[list[str], Facts]:
    month, _ = rng.choice(_SHORT_MONTHS_31)
    date = f"the thirty-first of {MONTHS[month - 1]}"
    return ([f"Under the will, signed on [[{date}]], the farmhouse passed to a great-nephew."], {"date": date})


@_template
def b6_impossible_century_leap(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"29 February {rng.choice([1700, 1800, 1900])}"
    return ([f"Parish records list the baptism of the first lighthouse keeper's daughter on [[{date}]]."],
            {"date": date})


@_template
def b6_impossible_uk_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{_nth(day)} {MONTHS[month - 1]} {rng.randint(1994, 2015)}"
    return ([f"Payment of the final instalment was due on [[{date}]], the claim form states."], {"date": date})


@_template
def b6_impossible_range_end(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{MONTHS[month - 1]} {day}, {rng.randint(1994, 2015)}"
    return ([f"The public consultation ran from {MONTHS[month - 1]} {day - 12} to [[{date}]], the ministry said."],
            {"date": date})


@_template
def b6_impossible_invoice_short(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{SHORT_MONTHS[month - 1]} {day}, {rng.randint(1994, 2015)}"
    return ([f"The invoice, dated [[{date}]], was for 14 tonnes of cement that never arrived."], {"date": date})


@_template
def b6_impossible_valid_until(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{MONTHS[month - 1]} {day}, {rng.randint(1994, 2015)}"
    return ([f"The fishing permit found on board was marked valid until [[{date}]]."], {"date": date})


@_template
def b6_impossible_branch_yearless_nth(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"the {_nth(day)} of {MONTHS[month - 1]}"
    return ([f"Staff were told the branch would shut its doors for good on [[{date}]]."], {"date": date})


@_template
def b6_impossible_iso_leap(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"{_non_leap(rng, 1995, 2015)}-02-29"
    firm = rng.choice(_FIRMS)[1]
    return ([f"{_possessive(firm)} filing lists the share issue as completed on [[{date}]]."], {"date": date})


@_template
def b6_impossible_passport_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{day:02d}.{month:02d}.{rng.randint(1994, 2015)}"
    return ([f"The entry stamp in the passport reads [[{date}]], border officials confirmed."], {"date": date})


@_template
def b6_impossible_night_of(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{MONTHS[month - 1]} {day}, {rng.randint(1994, 2015)}"
    return ([f"Two witnesses placed the defendant at the quayside on the night of [[{date}]]."], {"date": date})


@_template
def b6_impossible_legal_day_of(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"the {_nth(day)} day of {MONTHS[month - 1]}, {rng.randint(1960, 2015)}"
    return ([f"The lease took effect on [[{date}]], according to the copy lodged with the court."],
            {"date": date})


@_template
def b6_impossible_birthday_joke(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"February 29, {_non_leap(rng, 1930, 2010)}"
    person = rng.choice(_WOMEN)
    return ([f"{person}, who was born on [[{date}]], jokes that she only gets a real birthday every four years."],
            {"date": date})


@_template
def b6_impossible_swim_uk_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    month, _ = rng.choice(_SHORT_MONTHS_31)
    town = rng.choice(_TOWNS)
    date = f"31 {MONTHS[month - 1]}"
    return ([f"Posters around {town} advertised the charity sea swim for [[{date}]]."], {"date": date})


@_template
def b6_impossible_ap_letter(rng: random.Random) -> tuple[list[str], Facts]:
    date = f"Feb. {rng.choice([30, 31])}, {rng.randint(1994, 2015)}"
    return ([f"In a letter dated [[{date}]], the regulator asked the building society to explain its losses."],
            {"date": date})


@_template
def b6_impossible_parenthesis(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{MONTHS[month - 1]} {day}, {rng.randint(1994, 2015)}"
    return ([f"The second payment ([[{date}]]) never reached the charity's account."], {"date": date})


@_template
def b6_impossible_road_closure_start(rng: random.Random) -> tuple[list[str], Facts]:
    month, day = rng.choice(_BAD_DAYS)
    date = f"{MONTHS[month - 1]} {day}"
    return ([f"Road closures on the coast road applied from [[{date}]] to {MONTHS[month % 12]} 4, the council "
             f"said."],
            {"date": date})


# --- restated_event ---------------------------------------------------------
# One event (keyed by what is dated) is given two incompatible dates, usually
# with different words for it in the two places.

@_template
def b6_restated_merger_combined(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng)
    one, other = rng.choice(_FIRMS)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"The [[{first}]] merger of {one} and {other} created the largest employer in the valley.",
             f"The two firms combined in [[{month} {second}]], ending decades of rivalry."],
            {"dates": [f"{first}", f"{month} {second}"]})


@_template
def b6_restated_ceasefire_truce(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    day = _day(rng, second, second)
    return ([f"The ceasefire agreed in [[late {first}]] between the government and the Ruvali rebels has "
             f"largely held.",
             f"Aid workers say the truce, brokered on [[{_uk(day)}]], allowed convoys to reach the hill villages."],
            {"dates": [f"late {first}", _uk(day)]})


@_template
def b6_restated_poet_death(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1970)
    person = rng.choice(_WOMEN)
    town = rng.choice(_TOWNS)
    day = _day(rng, second, second)
    return ([f"The poet {person} died in [[{first}]] at her home in {town}.",
             f"Since her death on [[{_ap(day)}]], her notebooks have been kept at the county archive."],
            {"dates": [f"{first}", _ap(day)]})


@_template
def b6_restated_footbridge_inauguration(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    town = rng.choice(_TOWNS)
    day = _day(rng, second, second)
    return ([f"The {town} footbridge, opened to pedestrians in [[mid-{first}]], cost twice its budget.",
             f"Since its inauguration on [[{_us(day)}]], the footbridge has been closed four times for repairs."],
            {"dates": [f"mid-{first}", _us(day)]})


@_template
def b6_restated_manager_appointment(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    person, club = rng.choice(_MEN), rng.choice(_CLUBS)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{person} took charge of {club} in [[{first}]] after a spell coaching in Norway.",
             f"The club has won two league titles since {_possessive(_surname(person))} appointment as manager in "
             f"[[{month} {second}]]."],
            {"dates": [f"{first}", f"{month} {second}"]})


@_template
def b6_restated_theatre_fire(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1950)
    day = _day(rng, second, second)
    date = f"the {_nth(day.day)} of {MONTHS[day.month - 1]}, {second}"
    return ([f"The fire that gutted the Alcott Playhouse in [[{first}]] was blamed on faulty wiring.",
             f"The theatre burned down on [[{date}]], according to the insurer's report."],
            {"dates": [f"{first}", date]})


@_template
def b6_restated_charity_founding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    name = rng.choice(["Harbour Lights", "the Kestrel Trust", "Safe Passage", "the Otterlyn Fund"])
    return ([f"{_cap(name)}, founded in [[{first}]] by a group of retired nurses, now runs 14 hospices.",
             f"Since the charity's creation in [[early {second}]], it has relied almost entirely on legacies."],
            {"dates": [f"{first}", f"early {second}"]})


@_template
def b6_restated_debut_album(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1965)
    singer = rng.choice(_WOMEN)
    return ([f"{_possessive(singer)} debut album, released in [[{first}]], went platinum in Ireland.",
             f"Her first record came out in [[late {second}]] on a small Cork label."],
            {"dates": [f"{first}", f"late {second}"]})


@_template
def b6_restated_flotation_ipo(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1980)
    firm = rng.choice(_FIRMS)[0]
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{firm} floated on the London Stock Exchange in [[{month} {first}]].",
             f"Investors who bought into the company's [[{second}]] initial public offering have seen the shares "
             f"triple."],
            {"dates": [f"{month} {first}", f"{second}"]})


@_template
def b6_restated_pit_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1950)
    day = _day(rng, second, second)
    return ([f"Eleven men died in the [[{first}]] collapse at the Brenmoor colliery.",
             f"The Brenmoor pit caved in on [[{_uk(day)}]], trapping most of the night shift."],
            {"dates": [f"{first}", _uk(day)]})


@_template
def b6_restated_court_ruling(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1970)
    case = rng.choice(_CASES)
    return ([f"The appeal court's ruling in {case}, handed down in [[{first}]], lets councils refuse new "
             f"moorings.",
             f"Lawyers for the boat owners said the landmark [[{second}]] {case} decision should be revisited."],
            {"dates": [f"{first}", f"{second}"]})


@_template
def b6_restated_comet_discovery(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1970)
    person, town = rng.choice(_MEN), rng.choice(_TOWNS)
    return ([f"The comet was first spotted in [[mid-{first}]] by {person}, an amateur astronomer in {town}.",
             f"{_possessive(_surname(person))} discovery, made in [[{second}]] with a homemade telescope, was later "
             f"confirmed by the national observatory."],
            {"dates": [f"mid-{first}", f"{second}"]})


@_template
def b6_restated_kidnapping(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    person, town = rng.choice(_MEN), rng.choice(_TOWNS)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{person} was abducted from his car outside {town} in [[{first}]].",
             f"His kidnapping, in [[{month} {second}]], was never solved, though a ransom was paid."],
            {"dates": [f"{first}", f"{month} {second}"]})


@_template
def b6_restated_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    bride, groom, town = rng.choice(_WOMEN), rng.choice(_MEN), rng.choice(_TOWNS)
    return ([f"{bride} and {groom} married in [[{first}]] in a small ceremony in {town}.",
             f"Photographs from their [[{second}]] wedding still hang in the hotel lobby."],
            {"dates": [f"{first}", f"{second}"]})


@_template
def b6_restated_bankruptcy_filing(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1980)
    chain = rng.choice(["Pemberton Home Stores", "the Larder grocery chain", "Vale Footwear", "Castleford Carpets"])
    return ([f"{_cap(chain)} filed for bankruptcy protection in [[early {first}]].",
             f"The retailer's [[{second}]] bankruptcy filing left hundreds of suppliers unpaid."],
            {"dates": [f"early {first}", f"{second}"]})


@_template
def b6_restated_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    player = rng.choice(_MEN)
    return ([f"{player} retired from international rugby in [[{first}]].",
             f"Since hanging up his boots in [[{second}]], {_surname(player)} has coached the under-18 side."],
            {"dates": [f"{first}", f"{second}"]})


@_template
def b6_restated_ship_launch(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    ship, town = rng.choice(_SHIPS), rng.choice(_TOWNS)
    day = _day(rng, second, second)
    return ([f"The research vessel {ship} was launched at the {town} yard in [[{first}]].",
             f"The {ship} first went down the slipway on [[{_ap(day)}]], watched by hundreds of shipyard workers."],
            {"dates": [f"{first}", _ap(day)]})


@_template
def b6_restated_journalist_murder(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    person = rng.choice(_WOMEN)
    return ([f"The [[{first}]] murder of the investigative journalist {person} shocked the country.",
             f"{_surname(person)} was shot dead outside her home in [[late {second}]], and no one has been "
             f"convicted."],
            {"dates": [f"{first}", f"late {second}"]})


@_template
def b6_restated_landslide(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1960)
    return ([f"The landslide that buried the hamlet of Wendle Scar in [[{first}]] killed 23 people.",
             f"When the hillside gave way above Wendle Scar in [[the spring of {second}]], most residents were "
             f"asleep."],
            {"dates": [f"{first}", f"the spring of {second}"]})


@_template
def b6_restated_dam_one_sentence(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1950)
    town = rng.choice(_TOWNS)
    return ([f"The {town} reservoir dam, completed in [[{first}]], has supplied the city with water ever since its "
             f"completion in [[{second}]]."],
            {"dates": [f"{first}", f"{second}"]})


@_template
def b6_restated_takeover_iso(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1985)
    buyer, target = rng.choice(_FIRMS)
    day = _day(rng, first, first)
    return ([f"Stock-exchange filings show {buyer} acquired {target} on [[{_iso(day)}]].",
             f"Before the [[{second}]] takeover, {target} had been family-owned for three generations."],
            {"dates": [_iso(day), f"{second}"]})


@_template
def b6_restated_ground_demolished(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1970)
    club = rng.choice(_CLUBS)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"{_possessive(club)} old Kelmscar Road ground was demolished in [[{first}]] to make way for flats.",
             f"Bulldozers moved onto the Kelmscar Road pitch in [[{month} {second}]], to the dismay of supporters."],
            {"dates": [f"{first}", f"{month} {second}"]})


@_template
def b6_restated_player_signing(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1980)
    player, club = rng.choice(_MEN), rng.choice(_CLUBS)
    return ([f"{player} signed for {club} in [[{first}]] from a non-league side.",
             f"Since joining {club} in [[the summer of {second}]], he has scored 61 goals."],
            {"dates": [f"{first}", f"the summer of {second}"]})


@_template
def b6_restated_ban_in_force(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1975)
    day = _day(rng, second, second)
    return ([f"The ban on smoking in bars came into force in [[mid-{first}]].",
             f"Pub takings fell sharply in the months after the ban took effect on [[{_uk(day)}]], the brewers' "
             f"association said."],
            {"dates": [f"mid-{first}", _uk(day)]})


@_template
def b6_restated_first_elected(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1965)
    person, town = rng.choice(_WOMEN), rng.choice(_TOWNS)
    return ([f"{person} was first elected to parliament in [[{first}]].",
             f"{_surname(person)}, who first won the {town} seat in [[{second}]], is now the county's longest-serving "
             f"member."],
            {"dates": [f"{first}", f"{second}"]})


@_template
def b6_restated_patent(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _pair(rng, 1950)
    person = rng.choice(_MEN)
    return ([f"{person} patented his folding lifejacket in [[{first}]].",
             f"The [[{second}]] patent for the lifejacket made his fortune, and the design is still in production."],
            {"dates": [f"{first}", f"{second}"]})


# --- order_violation --------------------------------------------------------
# An ordering word puts event X before event Y while the dates put X after Y.
# Facts: "earlier" is the side the text claims came first.

@_template
def b6_order_after_storm_surge(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    month = MONTHS[rng.randint(0, 11)]
    town = rng.choice(_TOWNS)
    return ([f"The council rebuilt the {town} seawall in [[{early}]] after the storm surge of [[{month} {late}]] "
             f"flooded 300 homes."],
            {"earlier": f"{month} {late}", "later": f"{early}"})


@_template
def b6_order_following_fronted(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"Following the collapse of the Ridley Street warehouse in [[late {late}]], inspectors tightened the "
             f"fire rules in [[mid-{early}]]."],
            {"earlier": f"late {late}", "later": f"mid-{early}"})


@_template
def b6_order_aftermath_relative_clause(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1960)
    day = _day(rng, early, early)
    town = rng.choice(_TOWNS)
    return ([f"In the aftermath of the [[{late}]] cholera outbreak, {town} built a new sewage works, which opened "
             f"on [[{_uk(day)}]]."],
            {"earlier": f"{late}", "later": _uk(day)})


@_template
def b6_order_before_fire(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"The Alder Street museum was refurbished in [[{late}]], before a fire destroyed its east wing in "
             f"[[{early}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_prior_to_listing(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1985)
    buyer, target = rng.choice(_FIRMS)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"Prior to its stock-market listing in [[{month} {early}]], {buyer} bought its rival {target} in "
             f"[[{late}]]."],
            {"earlier": f"{late}", "later": f"{month} {early}"})


@_template
def b6_order_ahead_of_regatta(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    town = rng.choice(_TOWNS)
    return ([f"Ahead of the [[{early}]] {town} regatta, the harbour was dredged and its pontoons replaced in "
             f"[[late {late}]]."],
            {"earlier": f"late {late}", "later": f"{early}"})


@_template
def b6_order_in_the_wake(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"In the wake of the [[{late}]] building-society failures, parliament passed a deposit guarantee law "
             f"in [[{early}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_on_the_heels(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    firm = rng.choice(_FIRMS)[0]
    return ([f"The collapse of {firm} in [[{early}]] came on the heels of a fuel-price spike in [[early {late}]]."],
            {"earlier": f"early {late}", "later": f"{early}"})


@_template
def b6_order_once_same_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1980, 2015)
    first = rng.randint(0, 6)
    second = rng.randint(first + 3, 11)
    return ([f"Building work could begin only once planning permission was granted in [[{MONTHS[second]} {year}]]; "
             f"ground was broken in [[{MONTHS[first]} {year}]]."],
            {"earlier": f"{MONTHS[second]} {year}", "later": f"{MONTHS[first]} {year}"})


@_template
def b6_order_until(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1960)
    return ([f"The chapel stayed shut until its restoration was finished in [[{late}]], and it reopened to "
             f"worshippers in [[{early}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_preceded(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"The [[{early}]] dock strike was preceded by a pay freeze imposed in [[{late}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_followed_by(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1990, 2015)
    recall = _day(rng, year, year)
    while recall.month < 4:
        recall = _day(rng, year, year)
    month = MONTHS[rng.randint(0, recall.month - 3)]
    return ([f"The recall of 80,000 gas boilers on [[{_ap(recall)}]] was followed by a class action filed in "
             f"[[{month} {year}]]."],
            {"earlier": _ap(recall), "later": f"{month} {year}"})


@_template
def b6_order_in_response(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1960)
    ship = rng.choice(_SHIPS)
    return ([f"The inshore rescue station, opened in [[{early}]] in response to the sinking of the {ship} in "
             f"[[{late}]], is staffed by volunteers."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_prompted_by(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    day = _day(rng, late, late)
    town = rng.choice(_TOWNS)
    return ([f"The public inquiry, set up in [[{early}]], was prompted by the collapse of the {town} care-home "
             f"group on [[{_us(day)}]]."],
            {"earlier": _us(day), "later": f"{early}"})


@_template
def b6_order_led_to(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_MEN + _WOMEN)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"The [[{late}]] expenses scandal led to {_possessive(person)} resignation as council leader in "
             f"[[{month} {early}]]."],
            {"earlier": f"{late}", "later": f"{month} {early}"})


@_template
def b6_order_by_the_time(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1960)
    town = rng.choice(_TOWNS)
    return ([f"By the time the {town} bypass opened in [[{early}]], the town's last coaching inn had already "
             f"closed, in [[{late}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_subsequently(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person = rng.choice(_MEN)
    day = _day(rng, early, early)
    return ([f"{person} was acquitted of fraud in [[{late}]] and subsequently rearrested on [[{_dotted(day)}]], "
             f"according to the court register."],
            {"earlier": f"{late}", "later": _dotted(day)})


@_template
def b6_order_and_then(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1950)
    return ([f"The regiment was deployed to the northern border in [[{late}]] and then disbanded in "
             f"[[{early}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_later_became(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    person, club = rng.choice(_MEN), rng.choice(_CLUBS)
    return ([f"{person}, who first played for {club} in [[{late}]], later became the club's manager in "
             f"[[{early}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_run_up(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"In the run-up to the [[{early}]] general election, the Liberal party replaced its leader in "
             f"[[the autumn of {late}]]."],
            {"earlier": f"the autumn of {late}", "later": f"{early}"})


@_template
def b6_order_predates(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1820, 1990)
    town = rng.choice(_TOWNS)
    return ([f"The chapel of St Brannoc, which predates {_possessive(town)} cathedral, was built in [[{late}]]; the "
             f"cathedral was consecrated in [[{early}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_two_sentences(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    town = rng.choice(_TOWNS)
    return ([f"Dockers at {town} walked out in [[{early}]].",
             f"That walkout came after the port was sold to private owners in [[{late}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_even_before(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    return ([f"Even before the Scarrow tin mine closed in [[{early}]], the town's population had begun to fall, in "
             f"[[{late}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_as_a_result(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    day = _day(rng, late, late)
    return ([f"The speed limit on the coast road was cut in [[{early}]] as a result of the coach crash of "
             f"[[{day.day} {MONTHS[day.month - 1]} {late}]]."],
            {"earlier": f"{day.day} {MONTHS[day.month - 1]} {late}", "later": f"{early}"})


@_template
def b6_order_renamed(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng, 1985)
    return ([f"The arena opened as the Harbour Dome in [[{late}]] and was renamed after its sponsor, an energy "
             f"company, in [[{early}]]."],
            {"earlier": f"{late}", "later": f"{early}"})


@_template
def b6_order_only_after(rng: random.Random) -> tuple[list[str], Facts]:
    early, late = _ordered(rng)
    month = MONTHS[rng.randint(0, 11)]
    return ([f"Only after the audit of [[{late}]] did the board dismiss its finance director, in "
             f"[[{month} {early}]]."],
            {"earlier": f"{late}", "later": f"{month} {early}"})


# --- publication_anachronism ------------------------------------------------
# Past-tense events dated at least eight months after 2016-09-27, or a relative
# expression ("yesterday", "last week", ...) pinned at least three years away.

@_template
def b6_anachronism_hospital_opened(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2024)
    town = rng.choice(_TOWNS)
    return ([f"The {town} children's hospital, which opened its doors in [[late {year}]] with 120 beds, has already "
             f"run out of space."],
            {"date": f"late {year}", "relative": None})


@_template
def b6_anachronism_died_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    person, town = rng.choice(_MEN), rng.choice(_TOWNS)
    return ([f"{person}, the trawlerman turned novelist, died on [[{_uk(day)}]] at his home in {town}."],
            {"date": _uk(day), "relative": None})


@_template
def b6_anachronism_election_lost(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2019, 2024)
    return ([f"In the [[{year}]] regional election, the Greens lost all four of their seats."],
            {"date": f"{year}", "relative": None})


@_template
def b6_anachronism_silo_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    return ([f"The grain silo on Quay Road was demolished on [[{_iso(day)}]], council records show."],
            {"date": _iso(day), "relative": None})


@_template
def b6_anachronism_annual_loss(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2024)
    firm = rng.choice(_FIRMS)[1]
    return ([f"{firm} reported a pre-tax loss of 14 million pounds for [[{year}]], its first annual loss."],
            {"date": f"{year}", "relative": None})


@_template
def b6_anachronism_sentenced(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    month = MONTHS[rng.randint(0, 11)]
    person = rng.choice(_MEN)
    return ([f"{person} was sentenced to nine years in prison in [[{month} {year}]] for the armed robbery."],
            {"date": f"{month} {year}", "relative": None})


@_template
def b6_anachronism_marathon_won(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    person, town = rng.choice(_WOMEN), rng.choice(_TOWNS)
    return ([f"{person} won the {town} marathon in [[{year}]] in a course record."],
            {"date": f"{year}", "relative": None})


@_template
def b6_anachronism_unions_signed_ap(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future_day(rng)
    return ([f"The two unions signed the merger agreement on [[{_ap(day)}]], ending months of talks."],
            {"date": _ap(day), "relative": None})


@_template
def b6_anachronism_retired_mid(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    person = rng.choice(_WOMEN)
    return ([f"{person} retired as chief constable in [[mid-{year}]] and now chairs a housing charity."],
            {"date": f"mid-{year}", "relative": None})


@_template
def b6_anachronism_winter_flood(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2019, 2025)
    town = rng.choice(_TOWNS)
    return ([f"The river burst its banks in [[the winter of {year}]], flooding 400 homes in {town}."],
            {"date": f"the winter of {year}", "relative": None})


@_template
def b6_anachronism_present_perfect_since(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2024)
    return ([f"Visitor numbers have risen every year since the new visitor centre opened in [[{year}]]."],
            {"date": f"{year}", "relative": None})


@_template
def b6_anachronism_roof_collapsed(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"The ice rink, whose roof collapsed under heavy snow in [[early {year}]], is being rebuilt."],
            {"date": f"early {year}", "relative": None})


@_template
def b6_anachronism_ship_sank(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    month = MONTHS[rng.randint(0, 11)]
    ship = rng.choice(_SHIPS)
    return ([f"The {ship} sank off the Skerries in [[{month} {year}]] with the loss of six crew."],
            {"date": f"{month} {year}", "relative": None})


@_template
def b6_anachronism_quote_tunnel(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    return ([f"\"We finished the tunnel in [[{year}]], well ahead of schedule,\" the project's chief engineer "
             f"said."],
            {"date": f"{year}", "relative": None})


@_template
def b6_anachronism_yesterday_paren(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"[[Yesterday]] ([[{_us(day)}]]) the harbour commissioners voted to sell the lighthouse."],
            {"date": _us(day), "relative": "Yesterday"})


@_template
def b6_anachronism_last_week_uk(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"The airline said [[last week]], on [[{_uk(day)}]], that it would cut 600 jobs."],
            {"date": _uk(day), "relative": "last week"})


@_template
def b6_anachronism_this_morning_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"Police confirmed [[this morning]] ([[{_iso(day)}]]) that the body had been identified."],
            {"date": _iso(day), "relative": "this morning"})


@_template
def b6_anachronism_earlier_this_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    date = f"the {_nth(day.day)} of {MONTHS[day.month - 1]} {day.year}"
    return ([f"[[Earlier this month]], on [[{date}]], the regulator fined the water company."],
            {"date": date, "relative": "Earlier this month"})


@_template
def b6_anachronism_last_night_dashes(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"Firefighters spent [[last night]] — [[{_ap(day)}]] — battling a blaze at the recycling plant."],
            {"date": _ap(day), "relative": "last night"})


@_template
def b6_anachronism_two_days_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"Speaking [[two days ago]], on [[{_us(day)}]], the minister ruled out a recount."],
            {"date": _us(day), "relative": "two days ago"})


@_template
def b6_anachronism_last_month(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([rng.randint(1993, 2012), rng.randint(2020, 2025)])
    month = MONTHS[rng.randint(0, 11)]
    return ([f"The biscuit factory shut [[last month]], in [[{month} {year}]], with the loss of 230 jobs."],
            {"date": f"{month} {year}", "relative": "last month"})


@_template
def b6_anachronism_last_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([rng.randint(1993, 2012), rng.randint(2020, 2025)])
    return ([f"Whisky exports fell by a fifth [[last year]], in [[{year}]], the customs office said."],
            {"date": f"{year}", "relative": "last year"})


@_template
def b6_anachronism_earlier_today(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"[[Earlier today]], on [[{_uk(day)}]], divers recovered the second engine from the seabed."],
            {"date": _uk(day), "relative": "Earlier today"})


@_template
def b6_anachronism_this_week(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"The mayor unveiled the statue [[this week]], on [[{_ap(day)}]], in a ceremony attended by "
             f"hundreds."],
            {"date": _ap(day), "relative": "this week"})


@_template
def b6_anachronism_fortnight_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far_pinned_day(rng)
    return ([f"The board dismissed its chief executive [[a fortnight ago]], on [[{_uk(day)}]], after the audit."],
            {"date": _uk(day), "relative": "a fortnight ago"})


# --- duration_arithmetic ----------------------------------------------------
# A stated duration or age contradicts the dates given (or the 2016-09-27
# publication date for "ago", "since", living people's ages and "now").
# Facts: stated text, its value and unit, start and end (None: publication
# date), and an offset (-1 for "in its Nth year").

def _years_band(start_year: int, end_year: int) -> tuple[int, int]:
    """Defensible whole-year values between two year-only dates, +-1 for counting."""
    gap = end_year - start_year
    return gap - 2, gap + 1


@_template
def b6_duration_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1880, 2005)
    value = _miss(rng, *_years_band(year, REFERENCE.year), floor=3)
    return ([f"The Ashcombe brass band was formed in [[{year}]], [[{value} years ago]], by workers at the rope "
             f"factory."],
            {"stated": f"{value} years ago", "value": value, "unit": "years", "start": f"{year}", "end": None,
             "offset": 0})


@_template
def b6_duration_day_word_range(rng: random.Random) -> tuple[list[str], Facts]:
    value = rng.randint(2, 4)
    year = rng.randint(1994, 2015)
    month = rng.randint(1, 12)
    first = rng.randint(1, 6)
    last = first + value + rng.randint(7, 18)  # at most the 28th: valid in every month
    return ([f"The [[{WORDS[value]}-day]] conference on coastal erosion ran [[from {MONTHS[month - 1]} {first} to "
             f"{MONTHS[month - 1]} {last}, {year}]]."],
            {"stated": f"{WORDS[value]}-day", "value": value, "unit": "days",
             "start": (f"{MONTHS[month - 1]} {first}", year), "end": f"{MONTHS[month - 1]} {last}, {year}",
             "offset": 0})


@_template
def b6_duration_a_decade_later(rng: random.Random) -> tuple[list[str], Facts]:
    gap = rng.choice([2, 3, 4, rng.randint(17, 24)])
    second = rng.randint(1960 + gap, 2015)
    first = second - gap
    person, town = rng.choice(_WOMEN), rng.choice(_TOWNS)
    return ([f"{person} opened her first bakery in {town} in [[{first}]]; [[a decade later]], in [[{second}]], she "
             f"sold the chain of 40 shops."],
            {"stated": "a decade later", "value": 10, "unit": "years", "start": f"{first}", "end": f"{second}",
             "offset": 0})


@_template
def b6_duration_died_aged(rng: random.Random) -> tuple[list[str], Facts]:
    died = _day(rng, 1990, 2015)
    born = died.year - rng.randint(40, 90)
    value = _miss(rng, *_years_band(born, died.year), floor=20)
    person = rng.choice(_MEN)
    return ([f"{person}, who was born in [[{born}]], died on [[{_uk(died)}]], [[aged {value}]]."],
            {"stated": f"aged {value}", "value": value, "unit": "years", "start": f"{born}", "end": _uk(died),
             "offset": 0})


@_template
def b6_duration_hyphenated_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1940, 1975)
    value = _miss(rng, *_years_band(born, REFERENCE.year), floor=25)
    return ([f"The [[{value}-year-old]] fisheries minister, born in [[{born}]], said she would not stand again."],
            {"stated": f"{value}-year-old", "value": value, "unit": "years", "start": f"{born}", "end": None,
             "offset": 0})


@_template
def b6_duration_for_since(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1950, 2000)
    value = _miss(rng, *_years_band(year, REFERENCE.year), floor=2)
    family = rng.choice(["The Ybarra family", "The Quayes", "Three generations of the Olech family"])
    return ([f"{family} have run the ferry across the Tollmere [[for {value} years]], [[since {year}]]."],
            {"stated": f"for {value} years", "value": value, "unit": "years", "start": f"{year}", "end": None,
             "offset": 0})


@_template
def b6_duration_in_its_nth_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1950, 2005)
    elapsed = _miss(rng, *_years_band(year, REFERENCE.year), floor=2)
    town = rng.choice(_TOWNS)
    return ([f"Now in its [[{_nth(elapsed + 1)} year]], the {town} folk festival was first held in [[{year}]]."],
            {"stated": f"{_nth(elapsed + 1)} year", "value": elapsed + 1, "unit": "years", "start": f"{year}",
             "end": None, "offset": -1})


@_template
def b6_duration_week_strike(rng: random.Random) -> tuple[list[str], Facts]:
    value = rng.randint(2, 8)
    start = _day(rng, 1994, 2014)
    end = start + datetime.timedelta(days=rng.randint((value + 8) * 7, (value + 14) * 7))
    plant = rng.choice(["Stavely foundry", "Corvell brewery", "Drumlessan paper mill"])
    return ([f"The [[{WORDS[value]}-week]] strike at the {plant} lasted [[from {_uk(start)}]] [[to {_uk(end)}]]."],
            {"stated": f"{WORDS[value]}-week", "value": value, "unit": "weeks", "start": _uk(start),
             "end": _uk(end), "offset": 0})


@_template
def b6_duration_centenary(rng: random.Random) -> tuple[list[str], Facts]:
    gap = rng.randint(30, 88)
    year = rng.randint(1890, 2015 - gap)
    town = rng.choice(_TOWNS)
    return ([f"The {town} lifeboat station, founded in [[{year}]], celebrated its [[centenary]] in "
             f"[[{year + gap}]]."],
            {"stated": "centenary", "value": 100, "unit": "years", "start": f"{year}", "end": f"{year + gap}",
             "offset": 0})


@_template
def b6_duration_nth_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1900, 1995)
    marked = rng.randint(founded + 10, 2015)
    value = _miss(rng, *_years_band(founded, marked), floor=5)
    firm = rng.choice(_FIRMS)[1]
    return ([f"{firm} marked its [[{_nth(value)} anniversary]] in [[{marked}]] with a party for staff; the firm "
             f"was set up in [[{founded}]]."],
            {"stated": f"{_nth(value)} anniversary", "value": value, "unit": "years", "start": f"{founded}",
             "end": f"{marked}", "offset": 0})


@_template
def b6_duration_led_for_from_until(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2005)
    second = rng.randint(first + 2, min(first + 25, 2015))
    value = _miss(rng, *_years_band(first, second), floor=3)
    person = rng.choice(_WOMEN)
    return ([f"{person} led the nurses' union [[for {value} years]], from [[{first}]] until [[{second}]]."],
            {"stated": f"for {value} years", "value": value, "unit": "years", "start": f"{first}",
             "end": f"{second}", "offset": 0})


@_template
def b6_duration_month_renovation(rng: random.Random) -> tuple[list[str], Facts]:
    start_year = rng.randint(1994, 2011)
    start_month = rng.randint(1, 12)
    total = rng.randint(8, 48)
    end_index = start_year * 12 + start_month - 1 + total
    end_year, end_month = divmod(end_index, 12)
    end_month += 1
    if end_year > 2015:
        end_year, end_month = 2015, 12
        total = (end_year * 12 + end_month) - (start_year * 12 + start_month)
    value = _miss(rng, total - 2, total + 2, floor=2)
    town = rng.choice(_TOWNS)
    start = f"{MONTHS[start_month - 1]} {start_year}"
    end = f"{MONTHS[end_month - 1]} {end_year}"
    return ([f"The [[{value}-month]] renovation of the {town} library, begun in [[{start}]] and finished in "
             f"[[{end}]], cost 4 million pounds."],
            {"stated": f"{value}-month", "value": value, "unit": "months", "start": start, "end": end, "offset": 0})


@_template
def b6_duration_fortnight(rng: random.Random) -> tuple[list[str], Facts]:
    start = _day(rng, 1994, 2014)
    end = start + datetime.timedelta(days=rng.randint(26, 70))
    return ([f"Talks on the fishing quotas lasted [[a fortnight]], [[from {_ap(start)} to {_ap(end)}]]."],
            {"stated": "a fortnight", "value": 14, "unit": "days", "start": _ap(start), "end": _ap(end),
             "offset": 0})


@_template
def b6_duration_at_the_age_of(rng: random.Random) -> tuple[list[str], Facts]:
    won = rng.randint(1975, 2015)
    born = won - rng.randint(14, 40)
    value = _miss(rng, *_years_band(born, won), floor=8)
    person = rng.choice(_MEN)
    return ([f"{person} won the national chess title in [[{won}]] [[at the age of {value}]], having been born in "
             f"[[{born}]] in a village near the border."],
            {"stated": f"at the age of {value}", "value": value, "unit": "years", "start": f"{born}",
             "end": f"{won}", "offset": 0})


@_template
def b6_duration_half_a_century(rng: random.Random) -> tuple[list[str], Facts]:
    gap = rng.randint(15, 38)
    built = rng.randint(1860, 2015 - gap)
    town = rng.choice(_TOWNS)
    return ([f"The {town} viaduct, completed in [[{built}]], carried trains for [[half a century]] until its "
             f"closure in [[{built + gap}]]."],
            {"stated": "half a century", "value": 50, "unit": "years", "start": f"{built}", "end": f"{built + gap}",
             "offset": 0})


@_template
def b6_duration_word_years_later(rng: random.Random) -> tuple[list[str], Facts]:
    value = rng.randint(2, 6)
    left = rng.randint(1950, 1985)
    returned = left + value + rng.randint(7, 20)  # at most 2011
    person, town = rng.choice(_WOMEN), rng.choice(_TOWNS)
    return ([f"{person} left {town} in [[{left}]] and came back [[{WORDS[value]} years later]], in "
             f"[[{returned}]], to run her father's boatyard."],
            {"stated": f"{WORDS[value]} years later", "value": value, "unit": "years", "start": f"{left}",
             "end": f"{returned}", "offset": 0})


@_template
def b6_duration_months_later_same_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1995, 2015)
    first = rng.randint(0, 8)
    second = first + rng.randint(1, 3)
    gap = second - first
    value = gap + rng.randint(8, 11)
    return ([f"The packaging plant was crippled by a cyberattack in [[{MONTHS[first]} {year}]]; "
             f"[[{WORDS.get(value, str(value))} months later]], in [[{MONTHS[second]} {year}]], it was back to full "
             f"production."],
            {"stated": f"{WORDS.get(value, str(value))} months later", "value": value, "unit": "months",
             "start": f"{MONTHS[first]} {year}", "end": f"{MONTHS[second]} {year}", "offset": 0})


@_template
def b6_duration_turned(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1920, 1960)
    year = rng.randint(born + 50, min(born + 85, 2015))
    value = _miss(rng, *_years_band(born, year), floor=30)
    person = rng.choice(_WOMEN)
    return ([f"{person}, born in [[{born}]], [[turned {value}]] in [[{year}]] and handed the farm to her son."],
            {"stated": f"turned {value}", "value": value, "unit": "years", "start": f"{born}", "end": f"{year}",
             "offset": 0})


@_template
def b6_duration_days_later_spill(rng: random.Random) -> tuple[list[str], Facts]:
    value = rng.randint(2, 12)
    start = _day(rng, 1994, 2014)
    end = start + datetime.timedelta(days=rng.randint(value + 25, value + 160))
    return ([f"The oil spill was discovered on [[{_us(start)}]], and the clean-up ended [[{WORDS[value]} days "
             f"later]], on [[{_us(end)}]]."],
            {"stated": f"{WORDS[value]} days later", "value": value, "unit": "days", "start": _us(start),
             "end": _us(end), "offset": 0})


@_template
def b6_duration_old_bridge(rng: random.Random) -> tuple[list[str], Facts]:
    built = rng.randint(1850, 1995)
    value = _miss(rng, *_years_band(built, REFERENCE.year), floor=10)
    town = rng.choice(_TOWNS)
    return ([f"The [[{value}-year-old]] swing bridge at {town}, built in [[{built}]], will close for repairs."],
            {"stated": f"{value}-year-old", "value": value, "unit": "years", "start": f"{built}", "end": None,
             "offset": 0})


@_template
def b6_duration_age_apposition(rng: random.Random) -> tuple[list[str], Facts]:
    born = _day(rng, 1950, 1990)
    age = REFERENCE.year - born.year - ((REFERENCE.month, REFERENCE.day) < (born.month, born.day))
    value = _miss(rng, age - 1, age + 1, floor=20)
    person = rng.choice(_WOMEN)
    return ([f"{person}, [[{value}]], who was born on [[{_uk(born)}]], told the tribunal she had been dismissed "
             f"unfairly."],
            {"stated": f"{value}", "value": value, "unit": "years", "start": _uk(born), "end": None, "offset": 0})


@_template
def b6_duration_prison_years(rng: random.Random) -> tuple[list[str], Facts]:
    jailed = rng.randint(1970, 2010)
    released = rng.randint(jailed + 1, min(jailed + 20, 2015))
    value = _miss(rng, *_years_band(jailed, released), floor=2)
    person = rng.choice(_MEN)
    return ([f"{person} spent [[{value} years]] in prison, from [[{jailed}]] until his release in "
             f"[[{released}]]."],
            {"stated": f"{value} years", "value": value, "unit": "years", "start": f"{jailed}",
             "end": f"{released}", "offset": 0})


@_template
def b6_duration_siege_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _day(rng, 1994, 2014)
    if rng.random() < 0.5:
        length = rng.randint(3, 20)
        value = length + rng.randint(8, 40)
    else:
        length = rng.randint(40, 120)
        value = rng.randint(3, length - 8)
    end = start + datetime.timedelta(days=length)
    return ([f"The [[{value}-day]] siege of the embassy ended on [[{_uk(end)}]], having begun on "
             f"[[{_uk(start)}]]."],
            {"stated": f"{value}-day", "value": value, "unit": "days", "start": _uk(start), "end": _uk(end),
             "offset": 0})


@_template
def b6_duration_lifespan_parenthesis(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1880, 1950)
    died = rng.randint(born + 30, min(born + 95, 2015))
    value = _miss(rng, *_years_band(born, died), floor=15)
    person = rng.choice(_WOMEN)
    return ([f"The painter {person} ([[{born}-{died}]]) died [[at {value}]], leaving hundreds of unsold "
             f"canvases."],
            {"stated": f"at {value}", "value": value, "unit": "years", "start": f"{born}", "end": f"{died}",
             "offset": 0})


@_template
def b6_duration_for_the_past(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1960, 2008)
    value = _miss(rng, *_years_band(year, REFERENCE.year), floor=2)
    person, town = rng.choice(_MEN), rng.choice(_TOWNS)
    return ([f"{person} has edited the {town} Gazette [[for the past {value} years]], having taken over in "
             f"[[{year}]]."],
            {"stated": f"for the past {value} years", "value": value, "unit": "years", "start": f"{year}",
             "end": None, "offset": 0})


BLIND6_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [b6_weekday_harbour_vote, b6_weekday_funeral_uk, b6_weekday_ship_log_iso,
                         b6_weekday_letter_nth_of, b6_weekday_separate_apposition, b6_weekday_year_elsewhere,
                         b6_weekday_quote, b6_weekday_ap_abbreviated, b6_weekday_short_forms,
                         b6_weekday_obituary_ordinal, b6_weekday_us_ordinal_recall, b6_weekday_parenthesis_after,
                         b6_weekday_dashes, b6_weekday_possessive, b6_weekday_kick_off, b6_weekday_early_hours,
                         b6_weekday_bid_deadline, b6_weekday_verdict_no_comma, b6_weekday_night_of_the_nth,
                         b6_weekday_short_month_notice, b6_weekday_date_then_weekday, b6_weekday_iso_full_name,
                         b6_weekday_dotted_receipt, b6_weekday_it_was_a],
    "impossible_date": [b6_impossible_customs_us, b6_impossible_tenancy_uk, b6_impossible_ap_leap,
                        b6_impossible_deeds_nth_of, b6_impossible_tickets_us_ordinal, b6_impossible_loan_iso,
                        b6_impossible_bonfire_yearless, b6_impossible_quarter_ending_ap, b6_impossible_will_words,
                        b6_impossible_century_leap, b6_impossible_uk_ordinal, b6_impossible_range_end,
                        b6_impossible_invoice_short, b6_impossible_valid_until, b6_impossible_branch_yearless_nth,
                        b6_impossible_iso_leap, b6_impossible_passport_dotted, b6_impossible_night_of,
                        b6_impossible_legal_day_of, b6_impossible_birthday_joke, b6_impossible_swim_uk_yearless,
                        b6_impossible_ap_letter, b6_impossible_parenthesis, b6_impossible_road_closure_start],
    "restated_event": [b6_restated_merger_combined, b6_restated_ceasefire_truce, b6_restated_poet_death,
                       b6_restated_footbridge_inauguration, b6_restated_manager_appointment,
                       b6_restated_theatre_fire, b6_restated_charity_founding, b6_restated_debut_album,
                       b6_restated_flotation_ipo, b6_restated_pit_collapse, b6_restated_court_ruling,
                       b6_restated_comet_discovery, b6_restated_kidnapping, b6_restated_wedding,
                       b6_restated_bankruptcy_filing, b6_restated_retirement, b6_restated_ship_launch,
                       b6_restated_journalist_murder, b6_restated_landslide, b6_restated_dam_one_sentence,
                       b6_restated_takeover_iso, b6_restated_ground_demolished, b6_restated_player_signing,
                       b6_restated_ban_in_force, b6_restated_first_elected, b6_restated_patent],
    "order_violation": [b6_order_after_storm_surge, b6_order_following_fronted, b6_order_aftermath_relative_clause,
                        b6_order_before_fire, b6_order_prior_to_listing, b6_order_ahead_of_regatta,
                        b6_order_in_the_wake, b6_order_on_the_heels, b6_order_once_same_year, b6_order_until,
                        b6_order_preceded, b6_order_followed_by, b6_order_in_response, b6_order_prompted_by,
                        b6_order_led_to, b6_order_by_the_time, b6_order_subsequently, b6_order_and_then,
                        b6_order_later_became, b6_order_run_up, b6_order_predates, b6_order_two_sentences,
                        b6_order_even_before, b6_order_as_a_result, b6_order_renamed, b6_order_only_after],
    "publication_anachronism": [b6_anachronism_hospital_opened, b6_anachronism_died_uk,
                                b6_anachronism_election_lost, b6_anachronism_silo_iso, b6_anachronism_annual_loss,
                                b6_anachronism_sentenced, b6_anachronism_marathon_won,
                                b6_anachronism_unions_signed_ap, b6_anachronism_retired_mid,
                                b6_anachronism_winter_flood, b6_anachronism_present_perfect_since,
                                b6_anachronism_roof_collapsed, b6_anachronism_ship_sank, b6_anachronism_quote_tunnel,
                                b6_anachronism_yesterday_paren, b6_anachronism_last_week_uk,
                                b6_anachronism_this_morning_iso, b6_anachronism_earlier_this_month,
                                b6_anachronism_last_night_dashes, b6_anachronism_two_days_ago,
                                b6_anachronism_last_month, b6_anachronism_last_year, b6_anachronism_earlier_today,
                                b6_anachronism_this_week, b6_anachronism_fortnight_ago],
    "duration_arithmetic": [b6_duration_years_ago, b6_duration_day_word_range, b6_duration_a_decade_later,
                            b6_duration_died_aged, b6_duration_hyphenated_age, b6_duration_for_since,
                            b6_duration_in_its_nth_year, b6_duration_week_strike, b6_duration_centenary,
                            b6_duration_nth_anniversary, b6_duration_led_for_from_until,
                            b6_duration_month_renovation, b6_duration_fortnight, b6_duration_at_the_age_of,
                            b6_duration_half_a_century, b6_duration_word_years_later,
                            b6_duration_months_later_same_year, b6_duration_turned, b6_duration_days_later_spill,
                            b6_duration_old_bridge, b6_duration_age_apposition, b6_duration_prison_years,
                            b6_duration_siege_days, b6_duration_lifespan_parenthesis, b6_duration_for_the_past],
}
