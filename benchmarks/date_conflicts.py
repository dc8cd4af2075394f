"""Injected date-conflict benchmark for ``reliability.features.temporal``.

Takes credible ("real") articles from the BuzzFeed-Webis 2016 corpus, injects
each of the six conflict types with sentence templates at sentence or
paragraph boundaries, and reports per-type recall, evidence-span recall and the
false-positive rate on the same articles unmodified.

Templates come in two halves: the ``development`` half was used while writing
the rules, the ``held_out`` half was not looked at while tuning and is the one
reported by default.  The independent sets ``blind`` to ``blind12`` were each
written later by a separate helper from the conflict definitions alone, without
reading the detector (``blind`` to ``blind4`` above ``BLIND_TEMPLATES`` ...
``BLIND4_TEMPLATES`` in this file, the others in
``benchmarks/date_templates_blind5.py`` ... ``date_templates_blind19.py``; each
header says what its author read and saw by accident).  Each set was scored once
before and once after a round of rules it was never shown
(``benchmarks/results/date_conflicts_blindN_baseline.md`` and ``_after.md``)
and then became development data for the next round.  The newest set not yet
used that way is the current independent test set.

Run from the repository root::

    python benchmarks/date_conflicts.py                  # held-out templates
    python benchmarks/date_conflicts.py --split development
    python benchmarks/date_conflicts.py --split blind
    python benchmarks/date_conflicts.py --split blind2
    python benchmarks/date_conflicts.py --split blind3
    python benchmarks/date_conflicts.py --split blind4
    python benchmarks/date_conflicts.py --split blind5
    python benchmarks/date_conflicts.py --split blind6
    python benchmarks/date_conflicts.py --split blind7
    python benchmarks/date_conflicts.py --published 2016-09-27
    python benchmarks/date_conflicts.py --split blind17 --published 2016-09-27 --contiguous

A template's sentences are inserted at separate boundaries of the article, in order (other
article text may stand between them). ``--contiguous`` inserts them as one block at one
boundary instead: a check of whether the scattering hides conflicts, not the reported figure.

Without ``--published`` the article ``date`` field is used where present (it is
absent in this corpus, so the reference date is inferred from each article).
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "src"))

from reliability.features.event_identity import load_parameters  # noqa: E402
from reliability.features.temporal import CONFLICT_KINDS, analyse_dates  # noqa: E402

from date_templates_blind5 import BLIND5_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind6 import BLIND6_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind7 import BLIND7_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind8 import BLIND8_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind9 import BLIND9_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind10 import BLIND10_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind11 import BLIND11_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind12 import BLIND12_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind13 import BLIND13_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind14 import BLIND14_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind15 import BLIND15_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind16 import BLIND16_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind17 import BLIND17_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind18 import BLIND18_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind19 import BLIND19_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind20 import BLIND20_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind21 import BLIND21_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind22 import BLIND22_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind23 import BLIND23_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind24 import BLIND24_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind25 import BLIND25_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind26 import BLIND26_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind27 import BLIND27_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind28 import BLIND28_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind29 import BLIND29_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind30 import BLIND30_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind31 import BLIND31_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind32 import BLIND32_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind33 import BLIND33_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind34 import BLIND34_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind35 import BLIND35_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind36 import BLIND36_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind37 import BLIND37_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind38 import BLIND38_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind39 import BLIND39_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind40 import BLIND40_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind41 import BLIND41_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind42 import BLIND42_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind43 import BLIND43_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind44 import BLIND44_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind45 import BLIND45_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind46 import BLIND46_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind47 import BLIND47_TEMPLATES  # noqa: E402  (benchmarks/ helper)
from date_templates_blind48 import BLIND48_TEMPLATES  # noqa: E402  (benchmarks/ helper)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 10: "ten"}
EVENTS = [("treaty", "signed"), ("accord", "signed"), ("summit", "held"), ("agreement", "signed"),
          ("foundation", "established"), ("museum", "opened"), ("festival", "launched"),
          ("stadium", "built"), ("commission", "created"), ("alliance", "formed"),
          ("pipeline", "completed"), ("charter", "adopted"), ("ceasefire", "agreed"),
          ("reform", "enacted"), ("merger", "approved"), ("program", "introduced")]
ADJECTIVES = ["bilateral", "landmark", "regional", "controversial", "historic", "", "", "federal"]
OTHER_EVENTS = ["summit", "election", "earthquake", "referendum", "crisis", "strike", "flood", "scandal"]

Template = Callable[[random.Random], list[str]]


def _date(rng: random.Random, low: int = 1990, high: int = 2015) -> datetime.date:
    return datetime.date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))


def _wrong_weekday(rng: random.Random, day: datetime.date) -> str:
    return WEEKDAYS[(day.weekday() + rng.randint(1, 6)) % 7]


def _event(rng: random.Random) -> tuple[str, str, str]:
    noun, verb = rng.choice(EVENTS)
    return noun, verb, rng.choice(ADJECTIVES)


# Every template returns one or two sentences; [[...]] marks an evidence span.
def weekday_a(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"The hearing took place on [[{_wrong_weekday(rng, day)}, {MONTHS[day.month - 1]} {day.day}, {day.year}]], according to court records."]


def weekday_b(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"Negotiators met again on [[{_wrong_weekday(rng, day)}, {day.day} {MONTHS[day.month - 1]} {day.year}]] to review the draft."]


def weekday_c(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"In a statement dated [[{_wrong_weekday(rng, day)[:3]}., {MONTHS[day.month - 1][:3]}. {day.day}, {day.year}]], the agency defended its decision."]


def weekday_d(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"The vote, held [[{_wrong_weekday(rng, day)} {MONTHS[day.month - 1]} {day.day}, {day.year}]], was closer than expected."]


def weekday_e(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"Records show the shipment left port on [[{_wrong_weekday(rng, day)}, {MONTHS[day.month - 1]} {day.day}, {day.year}]] and arrived days later."]


def weekday_f(rng: random.Random) -> list[str]:
    day = _date(rng)
    return [f"A spokesman confirmed that the deadline had been moved to [[{_wrong_weekday(rng, day)}, {day.day} {MONTHS[day.month - 1]}, {day.year}]]."]


def impossible_a(rng: random.Random) -> list[str]:
    return [f"The contract was signed on [[February 30, {rng.randint(1990, 2015)}]], the filing says."]


def impossible_b(rng: random.Random) -> list[str]:
    month = rng.choice(["April", "June", "September", "November"])
    return [f"According to the indictment, the transfer happened on [[{month} 31, {rng.randint(1990, 2015)}]]."]


def impossible_c(rng: random.Random) -> list[str]:
    year = rng.choice([2001, 2002, 2003, 2005, 2006, 2007, 2009, 2010, 2011, 2013, 2014, 2015])
    return [f"The company says the merger closed on [[February 29, {year}]]."]


def impossible_d(rng: random.Random) -> list[str]:
    month = rng.choice(["April", "June", "September", "November"])
    return [f"Police said the incident occurred on [[31 {month} {rng.randint(1990, 2015)}]] near the border."]


def impossible_e(rng: random.Random) -> list[str]:
    return [f"The memo, dated [[{rng.randint(1995, 2015)}-02-{rng.choice([30, 31])}]], was later released."]


def impossible_f(rng: random.Random) -> list[str]:
    month = rng.choice(["April", "June", "September", "November"])
    return [f"Investors were told on [[{month} 31st]] that the fund would close."]


def restated_a(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    words = f"{adjective} {noun}".strip()
    return [f"Critics have long pointed to the [[{first}]] {words} as a turning point.",
            f"Records show the {noun} was {verb} in [[{MONTHS[rng.randint(0, 11)]} {second}]]."]


def restated_b(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    return [f"The {noun} was first {verb} in [[{first}]], officials said.",
            f"Supporters note that the {noun} was {verb} in [[{second}]] after years of talks."]


def restated_c(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    words = f"{adjective} {noun}".strip()
    return [f"Under the [[{first}]] {words}, both sides agreed to share data.",
            f"The {noun}, {verb} in [[{second}]], remains in force."]


def restated_d(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    return [f"Its [[{first}]] {noun} drew wide attention at the time.",
            f"Analysts recall that the {noun} had been {verb} on [[{MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}, {second}]]."]


def restated_e(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    words = f"{adjective} {noun}".strip()
    return [f"The [[{first}]] {words} is cited in the complaint.",
            f"That {noun} was {verb} in [[{second}]], the complaint adds."]


def restated_f(rng: random.Random) -> list[str]:
    noun, verb, adjective = _event(rng)
    first, second = rng.sample(range(1990, 2015), 2)
    return [f"Lawmakers praised the [[{first}]] {noun} on Tuesday.",
            f"But the {noun} itself was actually {verb} back in [[{second}]], records show."]


def _ordered_years(rng: random.Random) -> tuple[int, int]:
    early = rng.randint(1990, 2012)
    return early, early + rng.randint(1, 4)


def order_a(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"The {noun} was {verb} in [[{early}]] in the aftermath of the [[{late}]] {rng.choice(OTHER_EVENTS)}."]


def order_b(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"Following the [[{late}]] {rng.choice(OTHER_EVENTS)}, the {noun} was {verb} in [[{early}]]."]


def order_c(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"The {noun} was {verb} in [[{MONTHS[rng.randint(0, 11)]} {late}]], before the [[{early}]] {rng.choice(OTHER_EVENTS)}."]


def order_d(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"Officials {verb} the {noun} in [[{early}]] after the [[{late}]] {rng.choice(OTHER_EVENTS)} exposed the problem."]


def order_e(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"In the wake of the [[{late}]] {rng.choice(OTHER_EVENTS)}, the {noun} was quickly {verb} in [[{early}]]."]


def order_f(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    early, late = _ordered_years(rng)
    return [f"The {noun} was {verb} in [[{late}]], prior to the [[{early}]] {rng.choice(OTHER_EVENTS)}."]


def anachronism_a(rng: random.Random) -> list[str]:
    day = _date(rng, 2001, 2010)
    return [f"The governor said [[yesterday]], [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], that he would not resign."]


def anachronism_b(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    day = _date(rng, 2018, 2024)
    return [f"The {noun} was {verb} on [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], officials said."]


def anachronism_c(rng: random.Random) -> list[str]:
    day = _date(rng, 2001, 2010)
    return [f"The company announced [[last week]] ([[{MONTHS[day.month - 1]} {day.day}, {day.year}]]) that it would cut jobs."]


def anachronism_d(rng: random.Random) -> list[str]:
    noun, verb, _ = _event(rng)
    return [f"Residents recalled how the {noun} was {verb} in [[{MONTHS[rng.randint(0, 11)]} {rng.randint(2018, 2024)}]] amid protests."]


def anachronism_e(rng: random.Random) -> list[str]:
    day = _date(rng, 2001, 2010)
    return [f"[[Earlier today]], on [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], the board approved the budget."]


def anachronism_f(rng: random.Random) -> list[str]:
    return [f"The two leaders met in [[{rng.randint(2018, 2024)}]] and signed a trade deal."]


def duration_a(rng: random.Random) -> list[str]:
    year = rng.randint(1900, 1990)
    years = 2016 - year + rng.choice([-15, -10, -8, 8, 10, 12])
    return [f"The club was founded in [[{year}]], [[{years} years ago]], by a group of dock workers."]


def duration_b(rng: random.Random) -> list[str]:
    length = rng.choice([2, 3, 4])
    first = rng.randint(1, 15)
    last = first + length + rng.randint(3, 8)
    month = MONTHS[rng.randint(0, 11)]
    return [f"The [[{NUMBER_WORDS[length]}-day]] conference ran [[from {month} {first} to {month} {last}]]."]


def duration_c(rng: random.Random) -> list[str]:
    year = rng.randint(1940, 1995)
    years = 2016 - year + rng.choice([-12, -9, 9, 14])
    return [f"The family has run the bakery [[for {years} years]], [[since {year}]]."]


def duration_d(rng: random.Random) -> list[str]:
    born = rng.randint(1940, 1990)
    age = 2016 - born + rng.choice([-14, -11, 10, 13])
    return [f"The [[{age}-year-old]] senator, who was born in [[{born}]], declined to comment."]


def duration_e(rng: random.Random) -> list[str]:
    weeks = rng.choice([2, 3])
    first = rng.randint(1, 5)
    last = min(28, first + weeks * 7 + rng.randint(5, 10))
    month = MONTHS[rng.randint(0, 11)]
    return [f"The [[{NUMBER_WORDS[weeks]}-week]] strike lasted [[from {month} {first} to {month} {last}]]."]


def duration_f(rng: random.Random) -> list[str]:
    year = rng.randint(1950, 1995)
    years = 2016 - year + rng.choice([-10, -7, 7, 11])
    return [f"[[{years} years ago]], in [[{year}]], the plant opened its doors."]


TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [weekday_a, weekday_b, weekday_c, weekday_d, weekday_e, weekday_f],
    "impossible_date": [impossible_a, impossible_b, impossible_c, impossible_d, impossible_e, impossible_f],
    "restated_event": [restated_a, restated_b, restated_c, restated_d, restated_e, restated_f],
    "order_violation": [order_a, order_b, order_c, order_d, order_e, order_f],
    "publication_anachronism": [anachronism_a, anachronism_b, anachronism_c, anachronism_d, anachronism_e, anachronism_f],
    "duration_arithmetic": [duration_a, duration_b, duration_c, duration_d, duration_e, duration_f],
}


# ---------------------------------------------------------------------------
# ``blind`` templates.  Written on 2026-11-22 by a helper session from the
# conflict definitions in the product spec only, WITHOUT reading the detector
# (features/temporal.py, features/dates.py), its tests, its feature card or the
# bodies of the development/held_out templates above; run once and never used
# to change the detector or its lexicons.  Unlike the other two halves, every
# template below is used (no index parity): ``--split blind``.
# Publication-relative templates assume a 2016 article and miss by >= 5 years.
# ---------------------------------------------------------------------------

_B_MONTH_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_B_MONTH_3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_B_WEEKDAY_AP = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]
_B_WEEKDAY_3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_B_WHO = ["the mayor", "the governor", "the company's chief executive", "the senator", "a police spokesman",
          "the finance minister", "the union's leader", "the council chairman"]
_B_TOWNS = ["Harlow", "Dunmore", "Castlebay", "Oakridge", "Tarsa", "Vellmar", "Kinross", "Alderton"]
_B_FIRST = ["Maria", "John", "Aisha", "Tomas", "Helen", "David", "Priya", "Marco"]
_B_LAST = ["Okafor", "Lindqvist", "Harrington", "Duarte", "Kowalski", "Brennan", "Mensah", "Castellano"]
_B_BAD_DAYS = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]
_B_REFERENCE_YEAR = 2016  # the corpus articles were published in 2016


def _b_day(rng: random.Random, low: int = 1995, high: int = 2014) -> datetime.date:
    start = datetime.date(low, 1, 1)
    return start + datetime.timedelta(days=rng.randint(0, (datetime.date(high, 12, 31) - start).days))


def _b_other_weekday(rng: random.Random, *days: datetime.date) -> int:
    """A weekday index that none of ``days`` falls on."""
    return rng.choice([index for index in range(7) if index not in {day.weekday() for day in days}])


def _b_ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _b_non_leap(rng: random.Random) -> int:
    return rng.choice([year for year in range(1993, 2016) if year % 4 != 0])


def _b_name(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(_B_FIRST), rng.choice(_B_LAST)
    return f"{first} {last}", last


def _b_number(value: int) -> str:
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve"}
    return words.get(value, str(value))


def _b_miss(rng: random.Random, true: int, low: int = 5, high: int = 15) -> int:
    """A positive number that differs from ``true`` by ``low``..``high``."""
    candidates = [true + delta for delta in range(low, high + 1)] + [true - delta for delta in range(low, high + 1) if true - delta > 0]
    return rng.choice(candidates)


# weekday_mismatch: a weekday stated with a date that falls on another weekday.

def blind_weekday_us(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = WEEKDAYS[_b_other_weekday(rng, day)]
    return [f"The vote took place on [[{wd}, {MONTHS[day.month - 1]} {day.day}, {day.year}]], according to {rng.choice(_B_WHO)}."]


def blind_weekday_british(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = WEEKDAYS[_b_other_weekday(rng, day)]
    return [f"Several hundred protesters gathered outside parliament on [[{wd} {day.day} {MONTHS[day.month - 1]} {day.year}]]."]


def blind_weekday_ap(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = _B_WEEKDAY_AP[_b_other_weekday(rng, day)]
    return [f"The ruling was handed down [[{wd}, {_B_MONTH_AP[day.month - 1]} {day.day}, {day.year}]], court records show."]


def blind_weekday_yearless(rng: random.Random) -> list[str]:
    # No year: read in a 2016 article; the weekday is wrong for 2015, 2016 and 2017 alike.
    while True:
        month, dom = rng.randint(1, 12), rng.randint(1, 28)
        days = [datetime.date(year, month, dom) for year in (2015, 2016, 2017)]
        if len({day.weekday() for day in days}) == 3:
            break
    wd = _B_WEEKDAY_AP[_b_other_weekday(rng, *days)]
    return [f"The road was closed to traffic on [[{wd}, {_B_MONTH_AP[month - 1]} {dom}]] after the landslide."]


def blind_weekday_ordinal(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = WEEKDAYS[_b_other_weekday(rng, day)]
    return [f"The fire broke out in the early hours of [[{wd}, {MONTHS[day.month - 1]} {_b_ordinal(day.day)}, {day.year}]]."]


def blind_weekday_iso(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = WEEKDAYS[_b_other_weekday(rng, day)]
    return [f"The internal memo, dated [[{day.isoformat()}]], a [[{wd}]], was never sent to the board."]


def blind_weekday_dashes(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = WEEKDAYS[_b_other_weekday(rng, day)]
    return [f"It was on a [[{wd}]] \u2014 [[{day.day} {MONTHS[day.month - 1]} {day.year}]] \u2014 that the first patients were moved out of the ward."]


def blind_weekday_short(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = _B_WEEKDAY_3[_b_other_weekday(rng, day)]
    return [f"The derby ([[{wd} {day.day} {_B_MONTH_3[day.month - 1]} {day.year}]]) ended in a goalless draw."]


def blind_weekday_the_of(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = WEEKDAYS[_b_other_weekday(rng, day)]
    return [f"Witnesses described the evening of [[{wd} the {_b_ordinal(day.day)} of {MONTHS[day.month - 1]}, {day.year}]] as chaotic."]


def blind_weekday_parenthetical(rng: random.Random) -> list[str]:
    day = _b_day(rng)
    wd = WEEKDAYS[_b_other_weekday(rng, day)]
    return [f"The board met [[{wd} ({_B_MONTH_AP[day.month - 1]} {day.day}, {day.year})]] and voted unanimously to sell the site."]


# impossible_date: a date that does not exist in the calendar.

def blind_impossible_us(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"The contract was signed on [[{MONTHS[month - 1]} {dom}, {rng.randint(1995, 2015)}]], the lawsuit claims."]


def blind_impossible_british(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    name, _ = _b_name(rng)
    return [f"{name} died on [[{dom} {MONTHS[month - 1]} {rng.randint(1995, 2015)}]] at home in {rng.choice(_B_TOWNS)}."]


def blind_impossible_leap(rng: random.Random) -> list[str]:
    year = _b_non_leap(rng)
    form = rng.choice([f"February 29, {year}", f"29 February {year}", f"Feb. 29, {year}"])
    return [f"Bank records show the transfer was made on [[{form}]]."]


def blind_impossible_iso(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"The database entry for the shipment is timestamped [[{rng.randint(1998, 2015)}-{month:02d}-{dom}]]."]


def blind_impossible_yearless(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"Organisers said the festival had been postponed until [[{MONTHS[month - 1]} {dom}]]."]


def blind_impossible_ap(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"The hearing was set for [[{_B_MONTH_AP[month - 1]} {dom}, {rng.randint(1995, 2015)}]], but it was delayed twice."]


def blind_impossible_ordinal(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"On the [[{_b_ordinal(dom)} of {MONTHS[month - 1]} {rng.randint(1995, 2015)}]], troops crossed the border."]


def blind_impossible_weekday(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"Ballots were counted on [[{rng.choice(WEEKDAYS)}, {MONTHS[month - 1]} {dom}, {rng.randint(1995, 2015)}]]."]


def blind_impossible_range(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"The exhibition ran from {MONTHS[month - 1]} {rng.randint(10, 20)} to [[{MONTHS[month - 1]} {dom}, {rng.randint(1995, 2015)}]]."]


def blind_impossible_numeric(rng: random.Random) -> list[str]:
    # Impossible whether read day/month or month/day: 31/04 (no 31st month, no 31 April).
    month, dom = rng.choice(_B_BAD_DAYS)
    return [f"The invoice, dated [[{dom}/{month:02d}/{rng.randint(1998, 2015)}]], was produced in court."]


# restated_event: one event given two different dates.

def _b_gap(rng: random.Random, year: int) -> int:
    """Another year 2 to 8 years away, never after 2015 (so no publication anachronism is mixed in)."""
    return rng.choice([year + sign * gap for sign in (-1, 1) for gap in range(2, 9) if year + sign * gap <= 2015])


def blind_restated_pact(rng: random.Random) -> list[str]:
    noun, verb = rng.choice([("Danube fisheries accord", "signed"), ("Baltic border treaty", "signed"),
                             ("Pacific trade pact", "ratified"), ("Kivu peace agreement", "signed")])
    first = rng.randint(1995, 2012)
    return [f"Critics say the [[{first}]] {noun} has done little for small farmers.",
            f"The {noun} was {verb} in [[{rng.choice(MONTHS)} {_b_gap(rng, first)}]] after months of talks."]


def blind_restated_opening(rng: random.Random) -> list[str]:
    town = rng.choice(_B_TOWNS)
    place = rng.choice(["museum", "children's hospital", "public library", "concert hall"])
    first = rng.randint(1980, 2010)
    second = _b_gap(rng, first)
    return [f"The {town} {place}, which opened in [[{first}]], now draws 200,000 visitors a year.",
            f"Since the {town} {place} opened on [[{rng.randint(1, 28)} {rng.choice(MONTHS)} {second}]], it has been run by volunteers."]


def blind_restated_founded(rng: random.Random) -> list[str]:
    town = rng.choice(_B_TOWNS)
    first = rng.randint(1960, 2005)
    return [f"The {town} Literacy Trust was founded in [[{first}]] by a group of retired teachers.",
            f"Founded in [[{_b_gap(rng, first)}]], the {town} Literacy Trust now employs 300 people."]


def blind_restated_referendum(rng: random.Random) -> list[str]:
    town = rng.choice(_B_TOWNS)
    first = rng.randint(1990, 2012)
    return [f"Turnout in the [[{first}]] {town} independence referendum was 71 percent.",
            f"The {town} independence referendum, held in [[{rng.choice(MONTHS)} {_b_gap(rng, first)}]], split the ruling party."]


def blind_restated_summit(rng: random.Random) -> list[str]:
    town = rng.choice(_B_TOWNS)
    first = rng.randint(1995, 2013)
    return [f"The {town} climate summit of [[{first}]] ended with a joint declaration on coal.",
            f"That joint declaration was agreed when leaders met for the {town} climate summit in [[{rng.choice(MONTHS)} {_b_gap(rng, first)}]]."]


def blind_restated_shutdown(rng: random.Random) -> list[str]:
    town = rng.choice(_B_TOWNS)
    first = _b_day(rng, 1995, 2012)
    return [f"The {town} nuclear plant was shut down on [[{MONTHS[first.month - 1]} {first.day}, {first.year}]], a week after the leak.",
            f"The [[{_b_gap(rng, first.year)}]] shutdown of the {town} nuclear plant cost 600 jobs."]


def blind_restated_born(rng: random.Random) -> list[str]:
    name, last = _b_name(rng)
    first = rng.randint(1940, 1975)
    return [f"{name} was born in [[{first}]] in {rng.choice(_B_TOWNS)}.",
            f"Born on [[{rng.randint(1, 28)} {rng.choice(MONTHS)} {_b_gap(rng, first)}]], {last} grew up in a flat above the family shop."]


def blind_restated_took_office(rng: random.Random) -> list[str]:
    name, last = _b_name(rng)
    town = rng.choice(_B_TOWNS)
    first = rng.randint(1995, 2012)
    return [f"{name} took office as mayor of {town} in [[{first}]].",
            f"{last}, who became mayor of {town} in [[{_b_gap(rng, first)}]], has promised to cut property taxes."]


def blind_restated_act(rng: random.Random) -> list[str]:
    act = rng.choice(["Rivers Protection Act", "Tenant Security Act", "Rural Broadband Act", "Coastal Fisheries Act"])
    first = rng.randint(1985, 2012)
    return [f"The {act} of [[{first}]] set strict limits on what landlords and companies could do.",
            f"Parliament passed the {act} in [[{_b_gap(rng, first)}]] by a narrow margin."]


def blind_restated_quake(rng: random.Random) -> list[str]:
    town = rng.choice(_B_TOWNS)
    first = rng.randint(1990, 2013)
    second = _b_gap(rng, first)
    return [f"The [[{first}]] {town} earthquake killed more than 200 people.",
            f"When the {town} earthquake struck on [[{rng.choice(MONTHS)} {rng.randint(1, 28)}, {second}]], the hospital had no generator."]


# order_violation: "after"/"before"/"following"/... contradicting the dates given.

def _b_pair(rng: random.Random) -> tuple[int, int]:
    """Two years, the first strictly earlier (by 2 to 10 years)."""
    early = rng.randint(1985, 2005)
    return early, early + rng.randint(2, 10)


def blind_order_aftermath(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"The flood-defence law was passed in [[{early}]], in the aftermath of the devastating [[{late}]] floods."]


def blind_order_following(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"Following the [[{late}]] election defeat, the party rewrote its constitution in [[{early}]]."]


def blind_order_before_month(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    event = rng.choice(["general election", "referendum", "party congress"])
    return [f"In [[{rng.choice(MONTHS)} {late}]], shortly before the {event} of [[{rng.choice(MONTHS)} {early}]], the minister quit."]


def blind_order_after_expansion(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"The retailer filed for bankruptcy in [[{early}]], after its disastrous [[{late}]] expansion into Asia."]


def blind_order_same_year(rng: random.Random) -> list[str]:
    year = rng.randint(1990, 2014)
    early_month = rng.randint(1, 8)
    late_month = rng.randint(early_month + 3, 12)
    return [f"On [[{rng.randint(1, 28)} {MONTHS[early_month - 1]} {year}]], days after the [[{rng.randint(1, 28)} {MONTHS[late_month - 1]} {year}]] bombing, "
            "the government declared a state of emergency."]


def blind_order_prior_to(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"Prior to the [[{early}]] merger, in [[{late}]], the two banks had competed for the same customers."]


def blind_order_wake(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"In the wake of the [[{late}]] expenses scandal, the minister resigned in [[{early}]]."]


def blind_order_which_followed(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"The [[{early}]] ceasefire, which followed the collapse of peace talks in [[{late}]], held for barely a year."]


def blind_order_preceded(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"Activists say the [[{late}]] student protests preceded the [[{early}]] crackdown on the press."]


def blind_order_before_begun(rng: random.Random) -> list[str]:
    early, late = _b_pair(rng)
    return [f"The treaty was ratified in [[{late}]], before the [[{early}]] negotiations had even begun."]


# publication_anachronism: past events dated after publication; "yesterday" etc. pinned far from it.

def _b_far_day(rng: random.Random) -> datetime.date:
    """A date at least two years away from September 2016."""
    return _b_day(rng, 1998, 2013) if rng.random() < 0.5 else _b_day(rng, 2019, 2025)


def blind_anachronism_closed(rng: random.Random) -> list[str]:
    return [f"The {rng.choice(_B_TOWNS)} paper mill closed in [[{rng.randint(2018, 2029)}]], laying off 400 workers."]


def blind_anachronism_voted(rng: random.Random) -> list[str]:
    day = _b_day(rng, 2018, 2028)
    return [f"On [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], the city council voted to approve the stadium plan."]


def blind_anachronism_resigned(rng: random.Random) -> list[str]:
    who = rng.choice(_B_WHO)
    return [f"{who[0].upper()}{who[1:]} resigned in [[{rng.choice(MONTHS)} {rng.randint(2018, 2029)}]] amid the bribery scandal."]


def blind_anachronism_yesterday(rng: random.Random) -> list[str]:
    day = _b_far_day(rng)
    return [f"[[Yesterday]] ([[{MONTHS[day.month - 1]} {day.day}, {day.year}]]), the ministry announced new limits on imports."]


def blind_anachronism_last_week(rng: random.Random) -> list[str]:
    day = _b_far_day(rng)
    return [f"[[Last week]], on [[{day.day} {MONTHS[day.month - 1]} {day.year}]], the appeals court overturned the ban."]


def blind_anachronism_last_weekday(rng: random.Random) -> list[str]:
    day = _b_far_day(rng)  # the weekday is the date's own, so only the distance conflicts
    return [f"[[Last {WEEKDAYS[day.weekday()]}]], [[{MONTHS[day.month - 1]} {day.day}, {day.year}]], police arrested three men at the port."]


def blind_anachronism_weeks_ago(rng: random.Random) -> list[str]:
    day = _b_far_day(rng)
    return [f"[[Two weeks ago]], on [[{day.isoformat()}]], the firm reported its first quarterly loss."]


def blind_anachronism_report(rng: random.Random) -> list[str]:
    return [f"The [[{rng.randint(2018, 2029)}]] government report found that river pollution had fallen by a third."]


def blind_anachronism_figures(rng: random.Random) -> list[str]:
    return [f"According to figures released in [[{rng.choice(MONTHS)} {rng.randint(2018, 2029)}]], unemployment rose to 6 percent."]


def blind_anachronism_died(rng: random.Random) -> list[str]:
    day = _b_day(rng, 2018, 2028)
    name, _ = _b_name(rng)
    return [f"{name} died on [[{day.day} {MONTHS[day.month - 1]} {day.year}]], the family said in a statement."]


# duration_arithmetic: stated durations or ages contradicting stated dates.

def blind_duration_day_range(rng: random.Random) -> list[str]:
    length = rng.randint(2, 5)
    start = rng.randint(1, 12)
    end = start + length - 1 + rng.randint(3, 8)
    month = rng.choice(MONTHS)
    return [f"The [[{_b_number(length)}-day]] summit, held from [[{month} {start} to {month} {end}]], ended without agreement."]


def blind_duration_hyphen_range(rng: random.Random) -> list[str]:
    length = rng.randint(2, 4)
    start = rng.randint(1, 15)
    end = start + length - 1 + rng.randint(4, 10)
    return [f"The [[{length}-day]] festival ([[{rng.choice(MONTHS)} {start}-{end}, {rng.randint(1995, 2015)}]]) drew 40,000 visitors."]


def blind_duration_year_range(rng: random.Random) -> list[str]:
    start = rng.randint(1960, 2005)
    span = rng.randint(2, 6)
    stated = span + rng.choice([-1, 1]) * rng.randint(2, 4) if span > 4 else span + rng.randint(2, 5)
    return [f"The civil war ([[{start}\u2013{start + span}]]) lasted [[{_b_number(stated)} years]] and displaced a million people."]


def blind_duration_ago(rng: random.Random) -> list[str]:
    year = rng.randint(1900, 1995)
    return [f"The rowing club was founded in [[{year}]], [[{_b_miss(rng, _B_REFERENCE_YEAR - year)} years ago]], by dock workers."]


def blind_duration_since_for(rng: random.Random) -> list[str]:
    year = rng.randint(1920, 1990)
    return [f"The family has run the bakery [[since {year}]] \u2014 [[for {_b_miss(rng, _B_REFERENCE_YEAR - year)} years]] \u2014 without a single day closed."]


def blind_duration_age_born(rng: random.Random) -> list[str]:
    name, _ = _b_name(rng)
    born = _b_day(rng, 1940, 1980)
    age = _b_miss(rng, _B_REFERENCE_YEAR - born.year, 6, 15)
    return [f"The [[{age}-year-old]] {name}, who was born on [[{MONTHS[born.month - 1]} {born.day}, {born.year}]], denies the charges."]


def blind_duration_died_aged(rng: random.Random) -> list[str]:
    born = rng.randint(1900, 1960)
    died = born + rng.randint(40, 50)
    return [f"Born in [[{born}]], she died in [[{died}]] at the age of [[{_b_miss(rng, died - born)}]]."]


def blind_duration_anniversary(rng: random.Random) -> list[str]:
    founded = rng.randint(1900, 1980)
    marked = founded + rng.choice([25, 50, 75, 100]) if rng.random() < 0.5 else founded + rng.randint(20, 30)
    stated = _b_miss(rng, marked - founded, 4, 12)
    return [f"The school, founded in [[{founded}]], celebrated its [[{_b_ordinal(stated)} anniversary]] in [[{marked}]]."]


def blind_duration_months(rng: random.Random) -> list[str]:
    year = rng.randint(1990, 2014)
    first = rng.randint(1, 6)
    last = first + rng.randint(1, 5)
    stated = (last - first) + rng.randint(4, 10)
    return [f"The [[{_b_number(stated)}-month]] strike began in [[{MONTHS[first - 1]} {year}]] and ended in [[{MONTHS[last - 1]} {year}]]."]


def blind_duration_week_long(rng: random.Random) -> list[str]:
    year = rng.randint(1995, 2015)
    month = rng.choice(MONTHS)
    start = rng.randint(1, 5)
    end = start + rng.randint(17, 22)
    return [f"The [[week-long]] trial opened on [[{start} {month} {year}]] and closed on [[{end} {month} {year}]] with a guilty verdict."]


BLIND_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [blind_weekday_us, blind_weekday_british, blind_weekday_ap, blind_weekday_yearless,
                         blind_weekday_ordinal, blind_weekday_iso, blind_weekday_dashes, blind_weekday_short,
                         blind_weekday_the_of, blind_weekday_parenthetical],
    "impossible_date": [blind_impossible_us, blind_impossible_british, blind_impossible_leap, blind_impossible_iso,
                        blind_impossible_yearless, blind_impossible_ap, blind_impossible_ordinal,
                        blind_impossible_weekday, blind_impossible_range, blind_impossible_numeric],
    "restated_event": [blind_restated_pact, blind_restated_opening, blind_restated_founded, blind_restated_referendum,
                       blind_restated_summit, blind_restated_shutdown, blind_restated_born, blind_restated_took_office,
                       blind_restated_act, blind_restated_quake],
    "order_violation": [blind_order_aftermath, blind_order_following, blind_order_before_month,
                        blind_order_after_expansion, blind_order_same_year, blind_order_prior_to, blind_order_wake,
                        blind_order_which_followed, blind_order_preceded, blind_order_before_begun],
    "publication_anachronism": [blind_anachronism_closed, blind_anachronism_voted, blind_anachronism_resigned,
                                blind_anachronism_yesterday, blind_anachronism_last_week,
                                blind_anachronism_last_weekday, blind_anachronism_weeks_ago,
                                blind_anachronism_report, blind_anachronism_figures, blind_anachronism_died],
    "duration_arithmetic": [blind_duration_day_range, blind_duration_hyphen_range, blind_duration_year_range,
                            blind_duration_ago, blind_duration_since_for, blind_duration_age_born,
                            blind_duration_died_aged, blind_duration_anniversary, blind_duration_months,
                            blind_duration_week_long],
}


# ---------------------------------------------------------------------------
# ``blind2`` templates.  Written on 2026-11-22 by a helper session from the six
# conflict definitions only, WITHOUT reading the detector (features/temporal.py,
# features/dates.py), its tests (tests/test_temporal.py), its feature card, any
# earlier benchmark results or the bodies of the development/held_out/blind
# templates above.  Run once for a baseline; NOT to be used to change the
# detector or its lexicons (it exists to measure the detector after that work).
# Every template is used (no index parity): ``--split blind2``.  Nouns and
# events are deliberately different from the earlier sets (hospitals, bridges,
# ships, universities, companies, ordinances, sports clubs, storms, dams).
# Marked spans ([[...]]) are the conflicting date/weekday/duration expressions;
# contiguous pieces of one expression (a weekday and its date) form one span.
# Publication-relative templates assume a 2016 article (the corpus year) and
# miss it by at least two years; arithmetic templates miss by at least 5 units
# (years) or clearly more than any inclusive/exclusive counting difference.
# ---------------------------------------------------------------------------

_B2_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_B2_AP_WEEKDAYS = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]
_B2_SMALL = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve"}
_B2_HOSPITALS = ["St. Columba's Hospital", "Mercy Vale Hospital", "Ridgeway General Hospital",
                 "the Royal Infirmary at Penhallow", "Lakeshore Children's Hospital", "Brookfield Memorial Hospital"]
_B2_BRIDGES = ["Kellerman Bridge", "Ashby Viaduct", "Portmore Bridge", "Old Mill Crossing", "Garrow Street Bridge",
               "Tenby Suspension Bridge"]
_B2_SHIPS = ["Northern Lass", "Aurora Borealis", "Saint Kilda Star", "Marisol", "Greyhound of Leith", "Ocean Wren"]
_B2_UNIVERSITIES = ["Brackwater University", "the University of Ellesmere", "Corran Technical University",
                    "Holloway State University", "Fenwick University", "the University of Marrowby"]
_B2_COMPANIES = ["Halvard Steel", "Orrin Foods", "Kestrel Airways", "Tamsin Pharmaceuticals", "Bellcote Motors",
                 "Greywater Mining"]
_B2_PEOPLE = ["Ilse Marrow", "Desmond Achterberg", "Nkechi Obuya", "Rafael Quintero", "Margit Halloran",
              "Tobias Wren", "Sunita Rao", "Colm Fitzgibbon"]
_B2_CLUBS = ["the Dunmore Otters", "Castlebay Rovers", "the Tarsa Falcons", "Harlow Athletic", "the Kinross Pilots",
             "Alderton United"]
_B2_REFERENCE_YEAR = 2016  # the corpus articles were published in 2016


def _b2_day(rng: random.Random, low: int = 1996, high: int = 2014) -> datetime.date:
    start = datetime.date(low, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(high, 12, 31).toordinal()))


def _b2_wrong(rng: random.Random, *days: datetime.date) -> int:
    """A weekday index that none of ``days`` falls on."""
    return rng.choice([index for index in range(7) if all(day.weekday() != index for day in days)])


def _b2_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _b2_us(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _b2_uk(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _b2_ap(day: datetime.date, year: bool = True) -> str:
    return f"{_B2_AP_MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if year else "")


def _b2_cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _b2_count(value: int) -> str:
    return _B2_SMALL.get(value, str(value))


def _b2_off(rng: random.Random, true: int, low: int = 5, high: int = 14) -> int:
    """A stated number that misses ``true`` by ``low``..``high`` (and stays positive)."""
    gap = rng.randint(low, high)
    return true + gap if true - gap < 2 or rng.random() < 0.5 else true - gap


def _b2_year_gap(rng: random.Random, year: int) -> int:
    """A different year, 3..12 away, never 2016 or later."""
    gap = rng.randint(3, 12)
    return year - gap if year + gap >= _B2_REFERENCE_YEAR or rng.random() < 0.5 else year + gap


# --- weekday_mismatch -------------------------------------------------------

def b2_weekday_hospital(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"The new cardiac wing at {rng.choice(_B2_HOSPITALS)} admitted its first patients on "
            f"[[{WEEKDAYS[_b2_wrong(rng, day)]}, {_b2_us(day)}]]."]


def b2_weekday_trailing(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"Voting in the council by-election took place on [[{_b2_uk(day)}, a {WEEKDAYS[_b2_wrong(rng, day)]}]], "
            f"and turnout barely reached a third."]


def b2_weekday_parenthesis(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"The ferry {rng.choice(_B2_SHIPS)} left port on [[{_b2_us(day)} ({WEEKDAYS[_b2_wrong(rng, day)]})]] "
            f"and was reported missing two days later."]


def b2_weekday_ap_yearless(rng: random.Random) -> list[str]:
    # Yearless date in a 2016 article: the weekday is wrong for 2015, 2016 and 2017 alike.
    day = _b2_day(rng, 2016, 2016)
    if day.month == 2 and day.day == 29:
        day = day.replace(day=28)
    neighbours = [day.replace(year=2015), day, day.replace(year=2017)]
    return [f"Tolls on the {rng.choice(_B2_BRIDGES)} will rise on "
            f"[[{_B2_AP_WEEKDAYS[_b2_wrong(rng, *neighbours)]}, {_b2_ap(day, year=False)}]], the transit authority said."]


def b2_weekday_ordinal(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"The jury in the {rng.choice(_B2_PEOPLE).split()[1]} embezzlement trial returned its verdict on "
            f"[[{WEEKDAYS[_b2_wrong(rng, day)]}, the {_b2_suffix(day.day)} of {MONTHS[day.month - 1]} {day.year}]]."]


def b2_weekday_iso(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"According to the court filing, {rng.choice(_B2_COMPANIES)} entered administration on "
            f"[[{day.isoformat()} (a {WEEKDAYS[_b2_wrong(rng, day)]})]]."]


def b2_weekday_which_was(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"The trustees of {rng.choice(_B2_UNIVERSITIES)} voted to close the seaside campus on "
            f"[[{MONTHS[day.month - 1]} {_b2_suffix(day.day)}, {day.year}, which was a {WEEKDAYS[_b2_wrong(rng, day)]}]]."]


def b2_weekday_evening(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"Fire broke out at the Kestrel Street warehouse late on the evening of "
            f"[[{WEEKDAYS[_b2_wrong(rng, day)]} {_b2_uk(day)}]], and it burned until dawn."]


def b2_weekday_second_of_two(rng: random.Random) -> list[str]:
    # The first date carries its true weekday; only the second one is wrong.
    first = _b2_day(rng)
    second = first + datetime.timedelta(days=rng.randint(3, 40))
    return [f"Engineers closed the {rng.choice(_B2_BRIDGES)} on {_B2_AP_WEEKDAYS[first.weekday()]}, {_b2_ap(first)}, "
            f"and reopened it to traffic on [[{_B2_AP_WEEKDAYS[_b2_wrong(rng, second)]}, {_b2_ap(second)}]]."]


def b2_weekday_quote(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"\"I will never forget [[{WEEKDAYS[_b2_wrong(rng, day)]}, {day.day} {MONTHS[day.month - 1]} {day.year}]],\" "
            f"said the skipper of the trawler {rng.choice(_B2_SHIPS)}."]


def b2_weekday_sports(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"{_b2_cap(rng.choice(_B2_CLUBS))} clinched the league title in a 2-1 win "
            f"played on [[{_b2_ap(day)} ({_B2_AP_WEEKDAYS[_b2_wrong(rng, day)]})]]."]


def b2_weekday_opening(rng: random.Random) -> list[str]:
    day = _b2_day(rng)
    return [f"On [[{WEEKDAYS[_b2_wrong(rng, day)]}, {MONTHS[day.month - 1]} {_b2_suffix(day.day)}, {day.year}]], "
            f"the city council passed the noise ordinance by a single vote."]


# --- impossible_date --------------------------------------------------------

def _b2_bad_day(rng: random.Random) -> tuple[int, int]:
    return rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])


def _b2_non_leap(rng: random.Random) -> int:
    return rng.choice([year for year in range(1995, 2015) if year % 4 != 0])


def b2_impossible_ship_us(rng: random.Random) -> list[str]:
    month, day = _b2_bad_day(rng)
    return [f"The shipyard launched the hull of the {rng.choice(_B2_SHIPS)} on [[{MONTHS[month - 1]} {day}, "
            f"{rng.randint(1996, 2014)}]]."]


def b2_impossible_british(rng: random.Random) -> list[str]:
    month, day = _b2_bad_day(rng)
    return [f"{rng.choice(_B2_COMPANIES)} completed its takeover of a rival on [[{day} {MONTHS[month - 1]} "
            f"{rng.randint(1996, 2014)}]], according to regulators."]


def b2_impossible_leap(rng: random.Random) -> list[str]:
    return [f"The {rng.choice(_B2_BRIDGES)} was closed to lorries on [[29 February {_b2_non_leap(rng)}]] after "
            f"inspectors found cracks in two piers."]


def b2_impossible_leap_ordinal(rng: random.Random) -> list[str]:
    return [f"{rng.choice(_B2_PEOPLE)} was sworn in as chancellor of {rng.choice(_B2_UNIVERSITIES)} on "
            f"[[February 29th, {_b2_non_leap(rng)}]]."]


def b2_impossible_century(rng: random.Random) -> list[str]:
    # Century years not divisible by 400 are not leap years.
    return [f"The lighthouse on Skerry Point was first lit on [[Feb. 29, {rng.choice([1700, 1800, 1900])}]], "
            f"local historians say."]


def b2_impossible_iso(rng: random.Random) -> list[str]:
    month, day = _b2_bad_day(rng)
    return [f"Hospital records show the patient was discharged on [[{rng.randint(1996, 2014)}-{month:02d}-{day:02d}]]."]


def b2_impossible_yearless(rng: random.Random) -> list[str]:
    month, day = rng.choice([(4, 31), (6, 31), (9, 31), (11, 31), (2, 30)])
    return [f"Applications for the nursing scholarship close on [[{MONTHS[month - 1]} {day}]], the university said."]


def b2_impossible_the_of(rng: random.Random) -> list[str]:
    month, day = _b2_bad_day(rng)
    return [f"The storm reached the coast on [[the {_b2_suffix(day)} of {MONTHS[month - 1]}, {rng.randint(1996, 2014)}]], "
            f"flooding the harbour road."]


def b2_impossible_ap(rng: random.Random) -> list[str]:
    month, day = rng.choice([(2, 30), (9, 31), (11, 31), (4, 31), (6, 31)])
    return [f"{_b2_cap(rng.choice(_B2_CLUBS))} fired their coach on "
            f"[[{_B2_AP_MONTHS[month - 1]} {day}, {rng.randint(1996, 2014)}]]."]


def b2_impossible_weekday(rng: random.Random) -> list[str]:
    month, day = _b2_bad_day(rng)
    return [f"The dam's spillway gates were opened on [[{rng.choice(WEEKDAYS)}, {MONTHS[month - 1]} {day}, "
            f"{rng.randint(1996, 2014)}]] as the reservoir overflowed."]


def b2_impossible_range_end(rng: random.Random) -> list[str]:
    month = rng.choice([4, 6, 9, 11])
    return [f"The exhibition at the maritime library ran from {MONTHS[month - 1]} 2 to [[{MONTHS[month - 1]} 31, "
            f"{rng.randint(1996, 2014)}]]."]


def b2_impossible_deadline(rng: random.Random) -> list[str]:
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (9, 31)])
    return [f"Under the settlement, {rng.choice(_B2_COMPANIES)} must repay the pension fund no later than "
            f"[[{MONTHS[month - 1]} {_b2_suffix(day)}, {rng.randint(2001, 2014)}]]."]


# --- restated_event ---------------------------------------------------------

def b2_restated_bridge(rng: random.Random) -> list[str]:
    bridge = rng.choice(_B2_BRIDGES)
    year = rng.randint(1960, 2005)
    second = _b2_year_gap(rng, year)
    return [f"The {bridge} opened to traffic in [[{year}]].",
            f"Since the {bridge} opened to traffic on [[{rng.randint(1, 28)} {rng.choice(MONTHS)} {second}]], "
            f"tolls have paid for its upkeep."]


def b2_restated_sinking(rng: random.Random) -> list[str]:
    ship = rng.choice(_B2_SHIPS)
    first = _b2_day(rng, 1980, 2012)
    second = _b2_year_gap(rng, first.year)
    return [f"The trawler {ship} sank off Skerry Point on [[{_b2_us(first)}]], with the loss of all six crew.",
            f"Relatives have campaigned for a memorial ever since the {ship} went down in "
            f"[[{rng.choice(MONTHS)} {second}]]."]


def b2_restated_university(rng: random.Random) -> list[str]:
    university = rng.choice(_B2_UNIVERSITIES)
    year = rng.randint(1900, 1990)
    return [f"{university[0].upper()}{university[1:]}, founded in [[{year}]], now enrols about 14,000 students.",
            f"The university was founded in [[{_b2_year_gap(rng, year)}]] by a group of mill owners."]


def b2_restated_ipo(rng: random.Random) -> list[str]:
    company = rng.choice(_B2_COMPANIES)
    year = rng.randint(1990, 2012)
    owner = f"{company}'" if company.endswith("s") else f"{company}'s"
    return [f"{owner} initial public offering in [[{rng.choice(MONTHS)} {year}]] raised far less than bankers had hoped.",
            f"When {company} went public in [[{_b2_year_gap(rng, year)}]], its shares opened at a discount."]


def b2_restated_death(rng: random.Random) -> list[str]:
    person = rng.choice(_B2_PEOPLE)
    day = _b2_day(rng, 1985, 2013)
    return [f"The composer {person} died on [[{_b2_uk(day)}]] at home near the coast.",
            f"Since {person.split()[1]}'s death in [[{_b2_year_gap(rng, day.year)}]], the composer's scores have been "
            f"performed only twice."]


def b2_restated_first_title(rng: random.Random) -> list[str]:
    club = rng.choice(_B2_CLUBS)
    year = rng.randint(1970, 2012)
    return [f"{club[0].upper()}{club[1:]} won their first league title in [[{year}]].",
            f"That first championship, secured in [[the {_b2_year_gap(rng, year)} season]], still draws old fans "
            f"to reunion dinners."]


def b2_restated_launch(rng: random.Random) -> list[str]:
    ship = rng.choice(_B2_SHIPS)
    year = rng.randint(1960, 2008)
    return [f"The research vessel {ship} was launched in [[{year}]] at the Greenock yard.",
            f"Launched in [[{_b2_year_gap(rng, year)}]], the {ship} has spent most of her life in polar waters."]


def b2_restated_dam(rng: random.Random) -> list[str]:
    day = _b2_day(rng, 1970, 2010)
    return [f"The collapse of the Teague Dam on [[{day.day} {MONTHS[day.month - 1]} {day.year}]] flooded three villages.",
            f"Survivors of the Teague Dam collapse of [[{rng.choice(MONTHS)} {_b2_year_gap(rng, day.year)}]] are "
            f"still waiting for compensation."]


def b2_restated_first_elected(rng: random.Random) -> list[str]:
    person = rng.choice(_B2_PEOPLE)
    year = rng.randint(1990, 2010)
    return [f"{person} was first elected mayor of Penhallow in [[{year}]].",
            f"Since {person.split()[1]}'s first election as mayor in [[{_b2_year_gap(rng, year)}]], the town "
            f"budget has doubled."]


def b2_restated_festival_first(rng: random.Random) -> list[str]:
    year = rng.randint(1960, 2005)
    return [f"The Harrowgate Folk Festival was first held in [[{year}]] in a farmer's field.",
            f"When the festival was first staged, in [[the summer of {_b2_year_gap(rng, year)}]], fewer than "
            f"300 people came."]


def b2_restated_hurricane(rng: random.Random) -> list[str]:
    name = rng.choice(["Odessa", "Marguerite", "Tobias", "Ingrid", "Leopold", "Fiona"])
    day = _b2_day(rng, 1990, 2013)
    day = day.replace(month=rng.randint(6, 11), day=rng.randint(1, 28))  # hurricane season
    return [f"Hurricane {name} made landfall near the port on [[{_b2_ap(day)}]].",
            f"Hurricane {name}, which struck the coast in [[{_b2_year_gap(rng, day.year)}]], destroyed the old pier."]


def b2_restated_hospital_opening(rng: random.Random) -> list[str]:
    hospital = rng.choice(_B2_HOSPITALS)
    day = _b2_day(rng, 1950, 2010)
    other = _b2_year_gap(rng, day.year)
    return [f"{hospital[0].upper()}{hospital[1:]} opened its doors on [[{day.isoformat()}]].",
            f"The hospital's opening in [[{MONTHS[(day.month + 4) % 12]} {other}]] was attended by the health minister."]


# --- order_violation --------------------------------------------------------

def _b2_later_earlier(rng: random.Random, low: int = 1985, high: int = 2014) -> tuple[int, int]:
    """(earlier, later) years at least two apart."""
    earlier = rng.randint(low, high - 2)
    return earlier, rng.randint(earlier + 2, min(high, earlier + 12))


def b2_order_after_repairs(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"The {rng.choice(_B2_BRIDGES)} reopened in [[{rng.choice(MONTHS)} {early}]], after repairs that began in "
            f"[[{late}]]."]


def b2_order_following(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"Following the [[{late}]] collapse of its parent company, {rng.choice(['Kestrel Airways', 'Bellcote Motors'])} "
            f"stopped trading in [[{early}]]."]


def b2_order_aftermath(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"In the aftermath of the [[{rng.choice(MONTHS)} {late}]] derailment, the rail operator replaced its "
            f"chief executive in [[{rng.choice(MONTHS)} {early}]]."]


def b2_order_wake(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"{_b2_cap(rng.choice(_B2_UNIVERSITIES))} overhauled its admissions "
            f"rules in [[{early}]] in the wake of the [[{late}]] exam-leak affair."]


def b2_order_before(rng: random.Random) -> list[str]:
    first = _b2_day(rng, 1998, 2014)
    later = first + datetime.timedelta(days=rng.randint(30, 300))
    return [f"The council approved the harbour budget on [[{_b2_uk(later)}]], well before the public hearing held "
            f"on [[{_b2_uk(first)}]]."]


def b2_order_ahead_of(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"Ahead of the [[{early}]] provincial election, the Labour Party replaced its leader in [[{late}]]."]


def b2_order_preceded(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"The [[{early}]] recall of the {rng.choice(['Bellcote Meridian', 'Bellcote Vista'])} sedan was preceded by "
            f"a wave of brake complaints in [[{late}]]."]


def b2_order_followed(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"The dockers' walkout of [[{rng.choice(MONTHS)} {late}]] was followed by a pay deal in "
            f"[[{rng.choice(MONTHS)} {early}]] that kept the port open for a decade."]


def b2_order_after_cup(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    club = rng.choice(_B2_CLUBS)
    return [f"After winning the national cup in [[{late}]], {club} were relegated in [[{early}]] and sold their ground."]


def b2_order_law(rng: random.Random) -> list[str]:
    vote = _b2_day(rng, 2000, 2013)
    force = vote - datetime.timedelta(days=rng.randint(60, 400))
    return [f"The ban on plastic carrier bags came into force on [[{_b2_ap(force)}]], following the parliamentary "
            f"vote on [[{_b2_ap(vote)}]]."]


def b2_order_transplant(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng, 1970, 2010)
    hospital = rng.choice(_B2_HOSPITALS)
    return [f"Surgeons at {hospital} performed the region's first heart transplant in [[{early}]], after the "
            f"hospital's cardiac unit opened in [[{late}]]."]


def b2_order_two_sentences(rng: random.Random) -> list[str]:
    early, late = _b2_later_earlier(rng)
    return [f"The Marrowby Philharmonic gave its farewell concert in [[{early}]].",
            f"The farewell came after the orchestra lost its city grant in [[{late}]]."]


# --- publication_anachronism (2016 article) ---------------------------------

def _b2_future(rng: random.Random) -> datetime.date:
    return _b2_day(rng, 2018, 2024)


def _b2_distant_past(rng: random.Random) -> datetime.date:
    return _b2_day(rng, 2003, 2012)


def b2_anachronism_ward(rng: random.Random) -> list[str]:
    hospital = rng.choice(_B2_HOSPITALS)
    return [f"{hospital[0].upper()}{hospital[1:]} closed its maternity ward on [[{_b2_uk(_b2_future(rng))}]], "
            f"staff said."]


def b2_anachronism_levy(rng: random.Random) -> list[str]:
    day = _b2_future(rng)
    return [f"Voters in Harlan County approved the school levy in [[{MONTHS[day.month - 1]} {day.year}]] by a wide margin."]


def b2_anachronism_demolished(rng: random.Random) -> list[str]:
    return [f"The old {rng.choice(_B2_BRIDGES)} was demolished in [[{rng.randint(2018, 2024)}]] to make way for "
            f"a wider crossing."]


def b2_anachronism_yesterday(rng: random.Random) -> list[str]:
    return [f"[[Yesterday, {_b2_us(_b2_future(rng))}]], the board of {rng.choice(_B2_COMPANIES)} voted to sell the "
            f"smelter."]


def b2_anachronism_last_week(rng: random.Random) -> list[str]:
    return [f"[[Last week]]'s ferry accident, on [[{_b2_ap(_b2_future(rng))}]], left eleven passengers injured."]


def b2_anachronism_this_morning(rng: random.Random) -> list[str]:
    return [f"Police confirmed that the bank robbery happened [[this morning]] ([[{_b2_future(rng).isoformat()}]])."]


def b2_anachronism_yesterday_past(rng: random.Random) -> list[str]:
    day = _b2_distant_past(rng)
    return [f"The striking nurses returned to work [[yesterday, {day.day} {MONTHS[day.month - 1]} {day.year}]], "
            f"the union said."]


def b2_anachronism_last_night_past(rng: random.Random) -> list[str]:
    return [f"[[Last night]]'s blackout, which began shortly after 9 p.m. on [[{_b2_ap(_b2_distant_past(rng))}]], "
            f"cut power to 40,000 homes."]


def b2_anachronism_season(rng: random.Random) -> list[str]:
    club = rng.choice(_B2_CLUBS)
    return [f"{club[0].upper()}{club[1:]} won the [[{rng.randint(2018, 2024)}]] championship with two games to spare."]


def b2_anachronism_died(rng: random.Random) -> list[str]:
    day = _b2_future(rng)
    return [f"The novelist {rng.choice(_B2_PEOPLE)} died on [[{MONTHS[day.month - 1]} {_b2_suffix(day.day)}, "
            f"{day.year}]], at the age of 88."]


def b2_anachronism_graduation(rng: random.Random) -> list[str]:
    day = _b2_future(rng)
    university = rng.choice(_B2_UNIVERSITIES)
    return [f"More than 3,000 students graduated from {university} at a ceremony held on "
            f"[[{WEEKDAYS[day.weekday()]}, {_b2_us(day)}]]."]


def b2_anachronism_two_weeks_ago(rng: random.Random) -> list[str]:
    day = _b2_future(rng) if rng.random() < 0.5 else _b2_distant_past(rng)
    return [f"[[Two weeks ago]], on [[{_b2_uk(day)}]], {rng.choice(_B2_COMPANIES)} announced it would cut 600 jobs."]


# --- duration_arithmetic (2016 article for "ago"/anniversary templates) ------

def b2_duration_ago(rng: random.Random) -> list[str]:
    year = rng.randint(1900, 1995)
    hospital = rng.choice(_B2_HOSPITALS)
    return [f"{hospital[0].upper()}{hospital[1:]} was founded in [[{year}]], "
            f"[[{_b2_off(rng, _B2_REFERENCE_YEAR - year)} years ago]]."]


def b2_duration_since_for(rng: random.Random) -> list[str]:
    year = rng.randint(1930, 1995)
    return [f"The Skerry Point lighthouse, in service [[since {year}]], has guided ships into the bay "
            f"[[for {_b2_off(rng, _B2_REFERENCE_YEAR - year)} years]]."]


def b2_duration_age_born(rng: random.Random) -> list[str]:
    born = rng.randint(1940, 1985)
    person = rng.choice(_B2_PEOPLE)
    return [f"{person}, [[{_b2_off(rng, _B2_REFERENCE_YEAR - born)}]], who was [[born in {born}]], runs the "
            f"family bakery on Quay Street."]


def b2_duration_died_at_age(rng: random.Random) -> list[str]:
    born = _b2_day(rng, 1915, 1950)
    died = _b2_day(rng, born.year + 45, min(2014, born.year + 85))
    age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
    return [f"The actor, born on [[{_b2_uk(born)}]], died on [[{_b2_uk(died)}]] "
            f"[[at the age of {_b2_off(rng, age)}]]."]


def b2_duration_day_range(rng: random.Random) -> list[str]:
    start = _b2_day(rng, 1998, 2014).replace(month=rng.randint(1, 11), day=rng.randint(1, 28))
    length = rng.randint(8, 20)  # inclusive length in days
    end = start + datetime.timedelta(days=length - 1)
    stated = rng.randint(2, 4)
    return [f"The [[{_b2_count(stated)}-day]] festival of sea shanties ran from [[{MONTHS[start.month - 1]} {start.day}]] "
            f"to [[{_b2_us(end)}]]."]


def b2_duration_hyphen_range(rng: random.Random) -> list[str]:
    month = rng.randint(1, 12)
    first = rng.randint(1, 8)
    last = first + rng.randint(9, 18)
    year = rng.randint(1998, 2014)
    return [f"The [[{_b2_count(rng.randint(2, 4))}-day]] strike at the container terminal "
            f"([[{_B2_AP_MONTHS[month - 1]} {first}-{last}, {year}]]) cost exporters millions."]


def b2_duration_year_range(rng: random.Random) -> list[str]:
    start = rng.randint(1970, 2000)
    true = rng.randint(8, 15)
    stated = rng.randint(2, max(3, true - 5))
    return [f"{rng.choice(_B2_PEOPLE)} coached {rng.choice(_B2_CLUBS)} for [[{_b2_count(stated)} seasons]], "
            f"[[from {start} to {start + true}]]."]


def b2_duration_dash_years(rng: random.Random) -> list[str]:
    start = rng.randint(1975, 2000)
    true = rng.randint(9, 15)
    stated = rng.randint(2, 4)
    return [f"During {rng.choice(_B2_PEOPLE)}'s [[{_b2_count(stated)}-year]] term as vice-chancellor of {rng.choice(_B2_UNIVERSITIES)} "
            f"([[{start}\u2013{start + true}]]), enrolment doubled."]


def b2_duration_anniversary_2016(rng: random.Random) -> list[str]:
    year = rng.randint(1930, 1990)
    stated = _b2_off(rng, _B2_REFERENCE_YEAR - year)
    return [f"Hundreds gathered at the pithead this year to mark the [[{_b2_suffix(stated)} anniversary]] of the "
            f"[[{year}]] Greywater mine disaster."]


def b2_duration_anniversary_dated(rng: random.Random) -> list[str]:
    founded = rng.randint(1900, 1970)
    event = _b2_day(rng, founded + 30, 2014)
    stated = _b2_off(rng, event.year - founded)
    return [f"On [[{_b2_uk(event)}]], {rng.choice(_B2_UNIVERSITIES)} celebrated the [[{_b2_suffix(stated)} anniversary]] "
            f"of its founding in [[{founded}]]."]


def b2_duration_months(rng: random.Random) -> list[str]:
    start = _b2_day(rng, 1998, 2013)
    end = start + datetime.timedelta(days=rng.randint(240, 330))
    return [f"The {rng.choice(_B2_BRIDGES)} was closed for [[{_b2_count(rng.randint(2, 3))} months]], from "
            f"[[{_b2_uk(start)}]] until [[{_b2_uk(end)}]]."]


def b2_duration_ship_service(rng: random.Random) -> list[str]:
    launched = rng.randint(1930, 1985)
    retired = rng.randint(launched + 20, 2014)
    return [f"The {rng.choice(_B2_SHIPS)} served the island ferry route [[for {_b2_off(rng, retired - launched)} years]], "
            f"from her launch in [[{launched}]] until she was retired in [[{retired}]]."]


BLIND2_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [b2_weekday_hospital, b2_weekday_trailing, b2_weekday_parenthesis, b2_weekday_ap_yearless,
                         b2_weekday_ordinal, b2_weekday_iso, b2_weekday_which_was, b2_weekday_evening,
                         b2_weekday_second_of_two, b2_weekday_quote, b2_weekday_sports, b2_weekday_opening],
    "impossible_date": [b2_impossible_ship_us, b2_impossible_british, b2_impossible_leap, b2_impossible_leap_ordinal,
                        b2_impossible_century, b2_impossible_iso, b2_impossible_yearless, b2_impossible_the_of,
                        b2_impossible_ap, b2_impossible_weekday, b2_impossible_range_end, b2_impossible_deadline],
    "restated_event": [b2_restated_bridge, b2_restated_sinking, b2_restated_university, b2_restated_ipo,
                       b2_restated_death, b2_restated_first_title, b2_restated_launch, b2_restated_dam,
                       b2_restated_first_elected, b2_restated_festival_first, b2_restated_hurricane,
                       b2_restated_hospital_opening],
    "order_violation": [b2_order_after_repairs, b2_order_following, b2_order_aftermath, b2_order_wake,
                        b2_order_before, b2_order_ahead_of, b2_order_preceded, b2_order_followed,
                        b2_order_after_cup, b2_order_law, b2_order_transplant, b2_order_two_sentences],
    "publication_anachronism": [b2_anachronism_ward, b2_anachronism_levy, b2_anachronism_demolished,
                                b2_anachronism_yesterday, b2_anachronism_last_week, b2_anachronism_this_morning,
                                b2_anachronism_yesterday_past, b2_anachronism_last_night_past, b2_anachronism_season,
                                b2_anachronism_died, b2_anachronism_graduation, b2_anachronism_two_weeks_ago],
    "duration_arithmetic": [b2_duration_ago, b2_duration_since_for, b2_duration_age_born, b2_duration_died_at_age,
                            b2_duration_day_range, b2_duration_hyphen_range, b2_duration_year_range,
                            b2_duration_dash_years, b2_duration_anniversary_2016, b2_duration_anniversary_dated,
                            b2_duration_months, b2_duration_ship_service],
}


# ---------------------------------------------------------------------------
# ``blind3`` templates.  Written on 2026-11-22 by a helper session acting as an
# independent tester, from the six conflict definitions in issue 3 and from how
# news copy commonly dates things, WITHOUT reading the detector
# (src/reliability/temporal*, features/*, dates*), its tests or the rule
# descriptions on its feature card.  The harness and the earlier template sets
# in this file were read only to plug in the same way and to make this set
# differ from them (other nouns, verbs, formats and relation words).  Run once
# for a baseline; NOT to be used to change the detector or its lexicons: it is
# a fresh test set while ``blind`` and ``blind2`` serve as development data.
# Every template is used (no index parity): ``--split blind3``.  Marked spans
# ([[...]]) are the conflicting date, weekday, relative or duration expressions.
# Publication-relative templates assume an article published in late September
# 2016 (``--published 2016-09-27``; the corpus year) and miss it by at least two
# years (or at least three years for "last year"/"this year" phrasing); every
# arithmetic template misses by at least 5 units, far beyond any inclusive or
# exclusive counting difference.  Years in non-anachronism templates stay at
# or before 2015 so that no second conflict type is mixed in.
# ---------------------------------------------------------------------------

_B3_REFERENCE = datetime.date(2016, 9, 27)
_B3_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_B3_NEWS_WEEKDAYS = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
_B3_PEOPLE = ["Oluwaseun Adeyemi", "Greta Sandvik", "Henrik Dahlberg", "Yusuf Demirel", "Camille Ferrand",
              "Pavel Novotny", "Ines Moreau", "Kenji Arakawa"]
_B3_TOWNS = ["Wexcombe", "Marlow Heath", "Port Ellis", "Stanbridge", "Caldmoor", "Fennick", "Barrowmere", "Lisgarth"]
_B3_COMPANIES = [("Arlen Chemicals", "Vantorp Logistics"), ("Saxby Brewing", "Hollins Maltings"),
                 ("Northgate Insurance", "Cairn Mutual"), ("Pellam Textiles", "Ridley Mills"),
                 ("Corvid Systems", "Bluestone Data"), ("Tarrant Rail", "Everleigh Coaches")]
_B3_OPERAS = ["The Salt Widow", "Lanterns of Ys", "The Ninth Orchard", "A Winter Ferry", "The Glass Regent"]
_B3_SATELLITES = ["Meridian-2", "Albatros-3", "Kestrel-1B", "Helios-4", "Tern-6"]
_B3_STORMS = ["Storm Bertil", "Cyclone Imara", "Tropical Storm Delphine", "Storm Hallgerd", "Typhoon Nalani"]
_B3_PARTIES = ["the Green Alliance", "the Civic Forum", "the Farmers' Party", "the Democratic Union"]
_B3_CLUBS = ["Caldmoor Town", "Port Ellis Wanderers", "Stanbridge City", "Lisgarth Rangers", "Fennick Albion"]
_B3_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
             11: "eleven", 12: "twelve"}


def _b3_day(rng: random.Random, low: int = 1996, high: int = 2014) -> datetime.date:
    first = datetime.date(low, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(first, datetime.date(high, 12, 31).toordinal()))


def _b3_not_weekday(rng: random.Random, *days: datetime.date) -> str:
    """A weekday name that none of ``days`` falls on."""
    taken = {day.weekday() for day in days}
    return WEEKDAYS[rng.choice([index for index in range(7) if index not in taken])]


def _b3_nth(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _b3_us(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _b3_uk(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _b3_ap(day: datetime.date, year: bool = True) -> str:
    return f"{_B3_AP_MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if year else "")


def _b3_word(value: int) -> str:
    return _B3_WORDS.get(value, str(value))


def _b3_other_year(rng: random.Random, year: int, latest: int = 2015) -> int:
    """A different year 2..11 away, never after ``latest``."""
    options = [year + sign * gap for sign in (-1, 1) for gap in range(2, 12) if year + sign * gap <= latest]
    return rng.choice(options)


def _b3_age(born: datetime.date, on: datetime.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _b3_far(rng: random.Random, true: int, low: int = 6, high: int = 14, floor: int = 1) -> int:
    """A stated number missing ``true`` by ``low``..``high`` and at least ``floor``."""
    options = [true + gap for gap in range(low, high + 1)] + [true - gap for gap in range(low, high + 1) if true - gap >= floor]
    return rng.choice(options)


def _b3_far_from_2016(rng: random.Random) -> datetime.date:
    """A date at least two years from late September 2016, on either side."""
    return _b3_day(rng, 2001, 2013) if rng.random() < 0.5 else _b3_day(rng, 2019, 2026)


# --- weekday_mismatch -------------------------------------------------------

def b3_weekday_01(rng: random.Random) -> list[str]:
    day = _b3_day(rng)
    town = rng.choice(_B3_TOWNS)
    return [f"Shortly after 2 a.m. on [[{_b3_not_weekday(rng, day)}, {_b3_ap(day)}]], firefighters were called to "
            f"a blaze at the {town} bus depot."]


def b3_weekday_02(rng: random.Random) -> list[str]:
    day = _b3_day(rng)
    return [f"The orchestra gave the first performance of \"{rng.choice(_B3_OPERAS)}\" on "
            f"[[{_b3_not_weekday(rng, day)} {_b3_nth(day.day)} {MONTHS[day.month - 1]} {day.year}]] to a half-empty hall."]


def b3_weekday_03(rng: random.Random) -> list[str]:
    # Numeric day/month with the day above 12, so only one reading exists.
    day = _b3_day(rng).replace(day=rng.randint(13, 28))
    return [f"A letter from the health board, dated [[{_b3_not_weekday(rng, day)} {day.day}/{day.month:02d}/{day.year}]], "
            f"told the family that the operation had been cancelled."]


def b3_weekday_04(rng: random.Random) -> list[str]:
    day = _b3_day(rng)
    party = rng.choice(_B3_PARTIES)
    return [f"The snap election was called for [[{_b3_uk(day)}]], which fell on a [[{_b3_not_weekday(rng, day)}]], "
            f"and {party} went into it trailing badly."]


def b3_weekday_05(rng: random.Random) -> list[str]:
    # Yearless, forward-looking, in a 2016 article: wrong for 2015, 2016 and 2017 alike.
    month, dom = rng.randint(10, 12), rng.randint(1, 28)
    days = [datetime.date(year, month, dom) for year in (2015, 2016, 2017)]
    club = rng.choice(_B3_CLUBS)
    return [f"{club} will unveil the new north stand before the home game on [[{_b3_not_weekday(rng, *days)}, "
            f"{_B3_AP_MONTHS[month - 1]} {dom}]], the club said."]


def b3_weekday_06(rng: random.Random) -> list[str]:
    # A range whose start carries a wrong weekday; the end's weekday is right, the year is given once.
    start = _b3_day(rng)
    end = start + datetime.timedelta(days=rng.randint(2, 5))
    while end.year != start.year:
        start = _b3_day(rng)
        end = start + datetime.timedelta(days=rng.randint(2, 5))
    town = rng.choice(_B3_TOWNS)
    return [f"The {town} book fair ran from [[{_b3_not_weekday(rng, start)}, {MONTHS[start.month - 1]} {start.day}]] "
            f"to {WEEKDAYS[end.weekday()]}, {_b3_us(end)}, and sold out on its last day."]


def b3_weekday_07(rng: random.Random) -> list[str]:
    # The month is given in one sentence; the weekday and day of the month in a later one.
    day = _b3_day(rng).replace(day=rng.randint(5, 28))
    company = rng.choice(_B3_COMPANIES)[0]
    return [f"Workers at {company} walked out in [[{MONTHS[day.month - 1]} {day.year}]] after pay talks collapsed.",
            f"The strike, which began on [[{_b3_not_weekday(rng, day)} the {_b3_nth(day.day)}]], shut two plants."]


def b3_weekday_08(rng: random.Random) -> list[str]:
    day = _b3_day(rng)
    person = rng.choice(_B3_PEOPLE)
    weekday = _B3_NEWS_WEEKDAYS[WEEKDAYS.index(_b3_not_weekday(rng, day))]
    return [f"{person} was sworn in as the region's chief prosecutor at a short ceremony on "
            f"[[{weekday}, {_b3_ap(day)}]], aides said."]


# --- impossible_date --------------------------------------------------------

def b3_impossible_01(rng: random.Random) -> list[str]:
    person = rng.choice(_B3_PEOPLE)
    return [f"{person} was named managing editor of the {rng.choice(_B3_TOWNS)} Courier, effective "
            f"[[Sept. 31, {rng.randint(1996, 2014)}]]."]


def b3_impossible_02(rng: random.Random) -> list[str]:
    month = rng.choice([4, 6, 9, 11])
    return [f"The last tram ran through {rng.choice(_B3_TOWNS)} on [[31st {MONTHS[month - 1]} {rng.randint(1960, 2010)}]], "
            f"and the tracks were tarred over within a month."]


def b3_impossible_03(rng: random.Random) -> list[str]:
    # Dotted numeric: 31.04, 31.06, 31.09, 31.11 or 30.02 is impossible read either way round.
    month, dom = rng.choice([(4, 31), (6, 31), (9, 31), (11, 31), (2, 30)])
    return [f"The disputed invoice bears the date [[{dom}.{month:02d}.{rng.randint(1999, 2014)}]] and the "
            f"signature of a director who had already resigned."]


def b3_impossible_04(rng: random.Random) -> list[str]:
    year = rng.choice([year for year in range(1977, 2014) if year % 4 != 0])
    person = rng.choice(_B3_PEOPLE)
    return [f"{person}, a \"leap-day baby\" born on [[Feb. 29, {year}]], says birthdays were always a puzzle."]


def b3_impossible_05(rng: random.Random) -> list[str]:
    month, dom = rng.choice([(4, 31), (6, 31), (9, 31), (11, 31), (2, 30), (2, 31)])
    return [f"Ministers have promised that the consultation on the {rng.choice(_B3_TOWNS)} bypass will close on "
            f"[[{dom} {MONTHS[month - 1]}]]."]


def b3_impossible_06(rng: random.Random) -> list[str]:
    month = rng.choice([4, 6, 9, 11])
    first = rng.choice([27, 28, 29])
    return [f"The trade fair, held [[{MONTHS[month - 1]} {first}-31, {rng.randint(1998, 2014)}]] in "
            f"{rng.choice(_B3_TOWNS)}, drew buyers from 40 countries."]


def b3_impossible_07(rng: random.Random) -> list[str]:
    month = rng.randint(1, 12)
    dom = rng.choice([32, 33, 35])
    company = rng.choice(_B3_COMPANIES)[1]
    return [f"Regulators said {company} had filed its accounts on [[{MONTHS[month - 1]} {dom}, {rng.randint(1998, 2014)}]], "
            f"well past the deadline."]


def b3_impossible_08(rng: random.Random) -> list[str]:
    dom = rng.choice([30, 31])
    return [f"The second reading of the water bill is scheduled for [[{rng.choice(WEEKDAYS)}, Feb. {dom}]], "
            f"the speaker's office said."]


# --- restated_event ---------------------------------------------------------

def b3_restated_01(rng: random.Random) -> list[str]:
    buyer, target = rng.choice(_B3_COMPANIES)
    year = rng.randint(1995, 2013)
    other = _b3_other_year(rng, year)
    return [f"{buyer} merged with {target} in [[{year}]], creating the region's largest employer.",
            f"Since the {buyer}-{target} merger was completed in [[{rng.choice(MONTHS)} {other}]], "
            f"about 900 jobs have gone."]


def b3_restated_02(rng: random.Random) -> list[str]:
    person = rng.choice(_B3_PEOPLE)
    day = _b3_day(rng, 1998, 2013)
    other = _b3_other_year(rng, day.year)
    return [f"{person} was arrested at Stansford airport on [[{_b3_uk(day)}]] as the flight to Lisbon boarded.",
            f"Prosecutors say {person.split()[1]}'s [[{other}]] arrest came after a two-year investigation into "
            f"a children's charity."]


def b3_restated_03(rng: random.Random) -> list[str]:
    satellite = rng.choice(_B3_SATELLITES)
    day = _b3_day(rng, 1996, 2012)
    other = _b3_other_year(rng, day.year)
    return [f"The weather satellite {satellite} lifted off from French Guiana on [[{_b3_ap(day)}]].",
            f"{satellite}, in orbit since its launch in [[{other}]], was built to last only five years."]


def b3_restated_04(rng: random.Random) -> list[str]:
    party = rng.choice(_B3_PARTIES)
    year = rng.randint(1994, 2012)
    other = _b3_other_year(rng, year)
    return [f"{party[0].upper()}{party[1:]} first won power in the [[{year}]] general election.",
            f"Since first winning power in [[May {other}]], {party} has cut income tax twice."]


def b3_restated_05(rng: random.Random) -> list[str]:
    person = rng.choice(_B3_PEOPLE)
    club = rng.choice(_B3_CLUBS)
    year = rng.randint(1998, 2013)
    other = _b3_other_year(rng, year)
    return [f"{club} appointed {person} as head coach in [[{rng.choice(MONTHS)} {year}]].",
            f"{person.split()[1]}, who took charge of {club} in [[{other}]], has won two cup finals."]


def b3_restated_06(rng: random.Random) -> list[str]:
    opera = rng.choice(_B3_OPERAS)
    day = _b3_day(rng, 1980, 2010)
    other = _b3_other_year(rng, day.year)
    return [f"\"{opera}\" was first performed at the Lyceum on [[the {_b3_nth(day.day)} of {MONTHS[day.month - 1]}, {day.year}]].",
            f"At its [[{other}]] premiere, \"{opera}\" was booed from the gallery."]


def b3_restated_07(rng: random.Random) -> list[str]:
    person = rng.choice(_B3_PEOPLE)
    year = rng.randint(1996, 2012)
    other = _b3_other_year(rng, year)
    return [f"A jury convicted {person} of insurance fraud in [[{year}]].",
            f"{person.split()[1]}'s [[{other}]] fraud conviction was quashed on appeal last year."]


def b3_restated_08(rng: random.Random) -> list[str]:
    storm = rng.choice(_B3_STORMS)
    town = rng.choice(_B3_TOWNS)
    day = _b3_day(rng, 1995, 2013).replace(month=rng.randint(9, 11), day=rng.randint(13, 28))
    other = _b3_other_year(rng, day.year)
    return [f"{storm} flooded the lower town of {town} on [[{day.day}/{day.month:02d}/{day.year}]].",
            f"Insurers are still settling claims from {storm}, which hit {town} in [[the autumn of {other}]]."]


# --- order_violation --------------------------------------------------------

def _b3_ordered(rng: random.Random, low: int = 1985, high: int = 2015) -> tuple[int, int]:
    """(earlier, later) years, 2..10 apart."""
    early = rng.randint(low, high - 2)
    return early, rng.randint(early + 2, min(high, early + 10))


def b3_order_01(rng: random.Random) -> list[str]:
    early, late = _b3_ordered(rng)
    town = rng.choice(_B3_TOWNS)
    return [f"The ministry tightened the rules on pit ventilation in [[{early}]] in response to the "
            f"[[{late}]] mine collapse at {town}."]


def b3_order_02(rng: random.Random) -> list[str]:
    early, late = _b3_ordered(rng)
    person = rng.choice(_B3_PEOPLE)
    return [f"{person}'s resignation as transport minister in [[{rng.choice(MONTHS)} {early}]] came on the heels "
            f"of the [[{rng.choice(MONTHS)} {late}]] revelations about rail contracts."]


def b3_order_03(rng: random.Random) -> list[str]:
    early, late = _b3_ordered(rng, 1988, 2015)
    town = rng.choice(_B3_TOWNS)
    return [f"The city demolished the old {town} market in [[{late}]], in the run-up to the [[{early}]] "
            f"Commonwealth Games."]


def b3_order_04(rng: random.Random) -> list[str]:
    early = _b3_day(rng, 1998, 2014)
    late = early + datetime.timedelta(days=rng.randint(40, 300))
    company = rng.choice(_B3_COMPANIES)[0]
    return [f"{company} recalled 30,000 space heaters on [[{_b3_ap(early)}]], shortly after a fire on "
            f"[[{_b3_ap(late)}]] that killed two children."]


def b3_order_05(rng: random.Random) -> list[str]:
    early, late = _b3_ordered(rng)
    return [f"The nurses' union called off its overtime ban in [[{rng.choice(MONTHS)} {early}]].",
            f"That decision was taken only after the government improved its pay offer in [[{late}]]."]


def b3_order_06(rng: random.Random) -> list[str]:
    early, late = _b3_ordered(rng)
    person = rng.choice(_B3_PEOPLE)
    party = rng.choice(_B3_PARTIES)
    return [f"{person} quit {party} in [[{late}]], well before the bitter [[{early}]] split that tore it apart."]


def b3_order_07(rng: random.Random) -> list[str]:
    early, late = _b3_ordered(rng, 1990, 2015)
    person = rng.choice(_B3_PEOPLE)
    return [f"The trial of {person} opened in [[{rng.choice(MONTHS)} {late}]]; the subsequent acquittal, in "
            f"[[{rng.choice(MONTHS)} {early}]], stunned the victims' families."]


def b3_order_08(rng: random.Random) -> list[str]:
    early, late = _b3_ordered(rng)
    bank = rng.choice(["Harwell Savings Bank", "the Caldmoor Building Society", "Ostlund Bank", "Pemberton Trust"])
    return [f"The [[{late}]] collapse of {bank} triggered the sweeping banking reforms of [[{early}]]."]


# --- publication_anachronism (article published late September 2016) ---------

def b3_anachronism_01(rng: random.Random) -> list[str]:
    day = _b3_day(rng, 2019, 2026)
    person = rng.choice(_B3_PEOPLE)
    return [f"A judge sentenced {person} to six years in prison on [[{_b3_ap(day)}]] for running the pyramid scheme."]


def b3_anachronism_02(rng: random.Random) -> list[str]:
    day = _b3_day(rng, 2019, 2026)
    town = rng.choice(_B3_TOWNS)
    return [f"The {town} Corn Exchange hosted its final concert on [[{_b3_uk(day)}]] before the building was sold."]


def b3_anachronism_03(rng: random.Random) -> list[str]:
    day = _b3_far_from_2016(rng)
    town = rng.choice(_B3_TOWNS)
    return [f"[[Last month]]'s mayoral election in {town}, held on [[{_b3_uk(day)}]], drew the lowest turnout on record."]


def b3_anachronism_04(rng: random.Random) -> list[str]:
    year = rng.choice(list(range(2001, 2014)) + list(range(2019, 2027)))
    return [f"[[Earlier this year]], in [[{rng.choice(MONTHS)} {year}]], the port authority dredged the main channel "
            f"for the first time in a decade."]


def b3_anachronism_05(rng: random.Random) -> list[str]:
    day = _b3_far_from_2016(rng)
    company = rng.choice(_B3_COMPANIES)[1]
    return [f"{company} told investors [[three days ago]], on [[{_b3_us(day)}]], that profits would halve."]


def b3_anachronism_06(rng: random.Random) -> list[str]:
    year = rng.choice(list(range(2001, 2014)) + list(range(2019, 2027)))
    town = rng.choice(_B3_TOWNS)
    return [f"[[This summer]]'s floods in {town}, which peaked in [[July {year}]], destroyed 300 homes."]


def b3_anachronism_07(rng: random.Random) -> list[str]:
    year = rng.randint(2019, 2027)
    return [f"The {rng.choice(_B3_TOWNS)} lido has been closed since [[{year}]], when inspectors found asbestos "
            f"in the changing rooms."]


def b3_anachronism_08(rng: random.Random) -> list[str]:
    # "Last year" in a 2016 article is 2015; the year given is at least three years off.
    year = rng.choice(list(range(2001, 2013)) + list(range(2018, 2027)))
    club = rng.choice(_B3_CLUBS)
    return [f"{club} are still celebrating [[last year]]'s league title, won on the final day of the "
            f"[[{year}]] season."]


# --- duration_arithmetic (article published late September 2016) ------------

def b3_duration_01(rng: random.Random) -> list[str]:
    born = rng.randint(1940, 1975)
    event = rng.randint(born + 25, min(2014, born + 50))
    true = event - born  # or one less, depending on the birthday
    stated = _b3_far(rng, true, 6, 14, 18)
    person = rng.choice(_B3_PEOPLE)
    return [f"In [[{event}]], [[aged {stated}]], {person} (born [[{born}]]) became chair of the port "
            f"authority."]


def b3_duration_02(rng: random.Random) -> list[str]:
    born = rng.randint(1945, 1985)
    true = 2016 - born  # the birthday next month is the one in 2016
    stated = _b3_far(rng, true, 6, 15, 20)
    person = rng.choice(_B3_PEOPLE)
    return [f"{person} was born in [[{born}]] in a flat above the family's bakery in {rng.choice(_B3_TOWNS)}.",
            f"{person.split()[1]}, who turns [[{stated}]] next month, still bakes every morning."]


def b3_duration_03(rng: random.Random) -> list[str]:
    start = _b3_day(rng, 1998, 2014)
    end = start + datetime.timedelta(days=rng.randint(35, 70))
    while end.year != start.year:
        start = _b3_day(rng, 1998, 2014)
        end = start + datetime.timedelta(days=rng.randint(35, 70))
    return [f"The Lyceum Players' [[fortnight-long]] tour opened in {rng.choice(_B3_TOWNS)} on "
            f"[[{MONTHS[start.month - 1]} {start.day}]] and closed in Lisgarth on [[{_b3_us(end)}]]."]


def b3_duration_04(rng: random.Random) -> list[str]:
    start = rng.randint(1980, 2000)
    end = start + rng.randint(6, 15)  # true span 6..15 years
    decades = rng.choice([3, 4])
    person = rng.choice(_B3_PEOPLE)
    return [f"{person} spent [[{_b3_word(decades)} decades]] at the {rng.choice(_B3_TOWNS)} Courier, "
            f"[[from {start} until retiring in {end}]]."]


def b3_duration_05(rng: random.Random) -> list[str]:
    year = rng.randint(1975, 2000)  # 16..41 years before 2016
    town = rng.choice(_B3_TOWNS)
    return [f"The {town} kite festival, first held in [[{year}]], marked [[half a century]] this year with "
            f"a record crowd."]


def b3_duration_06(rng: random.Random) -> list[str]:
    left = _b3_day(rng, 1996, 2014)
    docked = left + datetime.timedelta(days=rng.randint(18, 40))
    stated = rng.randint(2, 6)
    return [f"The cargo ship left Rotterdam on [[{_b3_uk(left)}]] and docked at Port Ellis "
            f"[[{_b3_word(stated)} days later]], on [[{_b3_uk(docked)}]]."]


def b3_duration_07(rng: random.Random) -> list[str]:
    born = rng.randint(1925, 1940)  # 76..91 in 2016
    person = rng.choice(_B3_PEOPLE)
    return [f"{person}, who celebrated a [[100th birthday]] last week, was born in [[{born}]] on a farm outside "
            f"{rng.choice(_B3_TOWNS)}."]


def b3_duration_08(rng: random.Random) -> list[str]:
    married = rng.randint(1978, 1996)  # 20..38 years before 2016
    town = rng.choice(_B3_TOWNS)
    return [f"The couple, who married at {town} parish church in [[{married}]], celebrated their "
            f"[[golden wedding anniversary]] last month."]


def b3_duration_09(rng: random.Random) -> list[str]:
    born = _b3_day(rng, 1950, 1980)
    arrested = _b3_day(rng, max(born.year + 28, 1998), 2010)
    true = _b3_age(born, arrested)
    stated = true - rng.randint(7, 14)
    person = rng.choice(_B3_PEOPLE)
    return [f"Police arrested {person} outside the embassy on [[{_b3_us(arrested)}]].",
            f"Court papers describe the [[{stated}-year-old]], born on [[{_b3_us(born)}]], as an engineer."]


BLIND3_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [b3_weekday_01, b3_weekday_02, b3_weekday_03, b3_weekday_04, b3_weekday_05, b3_weekday_06,
                         b3_weekday_07, b3_weekday_08],
    "impossible_date": [b3_impossible_01, b3_impossible_02, b3_impossible_03, b3_impossible_04, b3_impossible_05,
                        b3_impossible_06, b3_impossible_07, b3_impossible_08],
    "restated_event": [b3_restated_01, b3_restated_02, b3_restated_03, b3_restated_04, b3_restated_05,
                       b3_restated_06, b3_restated_07, b3_restated_08],
    "order_violation": [b3_order_01, b3_order_02, b3_order_03, b3_order_04, b3_order_05, b3_order_06, b3_order_07,
                        b3_order_08],
    "publication_anachronism": [b3_anachronism_01, b3_anachronism_02, b3_anachronism_03, b3_anachronism_04,
                                b3_anachronism_05, b3_anachronism_06, b3_anachronism_07, b3_anachronism_08],
    "duration_arithmetic": [b3_duration_01, b3_duration_02, b3_duration_03, b3_duration_04, b3_duration_05,
                            b3_duration_06, b3_duration_07, b3_duration_08, b3_duration_09],
}


# ---------------------------------------------------------------------------
# ``blind4`` templates.  Written on 2026-11-22 by a helper session acting as an
# independent tester, from the six conflict definitions in issue 3 and from how
# news copy dates things, WITHOUT reading the detector (src/reliability/features/*,
# temporal.py, dates.py), its tests or its feature card.  The harness and the
# earlier template sets in this file were read only to plug in the same way and
# to make this set differ from them.  A fresh, independent test set while
# ``blind``, ``blind2`` and ``blind3`` serve as development data: run once for
# a baseline, NOT to be used to change the detector or its lexicons.  Every
# template is used (no index parity): ``--split blind4``.  Marked spans
# ([[...]]) are the conflicting date, weekday, relative or duration expressions.
# Publication-relative templates assume an article published on 2016-09-27
# (``--published 2016-09-27``): past-tense events are dated 2018 or later, and
# relative expressions are pinned at least two years from publication.  Every
# arithmetic template misses by at least 5 units beyond any inclusive/exclusive
# or unknown-birthday counting difference.  Dates in the other types stay at or
# before 2015 so that no second conflict type is mixed in.
# ---------------------------------------------------------------------------

_B4_REFERENCE = datetime.date(2016, 9, 27)
_B4_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_B4_SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_B4_AP_WEEKDAYS = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
_B4_SHORT_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_B4_CHATTY_WEEKDAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]
_B4_PEOPLE = ["Adaeze Nwosu", "Lars Thorvaldsen", "Mireille Dufresne", "Tobias Wendt", "Sunita Raghavan",
              "Eamon Costigan", "Beatriz Salgado", "Radek Holub"]
_B4_TOWNS = ["Kilbraid", "Ashwell Down", "Merrow", "Trelissick", "Holmvale", "Dunraven", "Saltcote", "Quarrington"]
_B4_CITIES = ["LUSAKA", "TALLINN", "MONTEVIDEO", "HOBART", "ACCRA", "BERGEN", "CEBU", "WINNIPEG"]
_B4_COMPANIES = ["Greyfriars Holdings", "Ostrava Media", "Pentland Group", "Coldharbour Capital", "Vireo Partners"]
_B4_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 18: "eighteen", 20: "twenty"}
_B4_ORDINAL_WORDS = {29: "twenty-ninth", 30: "thirtieth", 31: "thirty-first"}
_B4_BAD = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]


def _b4_day(rng: random.Random, low: int = 1997, high: int = 2014) -> datetime.date:
    first = datetime.date(low, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(first, datetime.date(high, 12, 31).toordinal()))


def _b4_wrong(rng: random.Random, *days: datetime.date) -> int:
    """A weekday index that none of ``days`` falls on."""
    taken = {day.weekday() for day in days}
    return rng.choice([index for index in range(7) if index not in taken])


def _b4_nth(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _b4_us(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _b4_uk(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _b4_ap(day: datetime.date, year: bool = True) -> str:
    return f"{_B4_AP_MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if year else "")


def _b4_word(value: int) -> str:
    return _B4_WORDS.get(value, str(value))


def _b4_cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _b4_last(person: str) -> str:
    return person.split()[-1]


def _b4_other_year(rng: random.Random, year: int, latest: int = 2015) -> int:
    """A different year 2..9 away, never after ``latest``."""
    return rng.choice([year + sign * gap for sign in (-1, 1) for gap in range(2, 10) if year + sign * gap <= latest])


def _b4_miss(rng: random.Random, true: int, low: int, high: int, floor: int = 1) -> int:
    """A number ``low``..``high`` away from ``true`` and at least ``floor``."""
    options = [true + gap for gap in range(low, high + 1)] + [true - gap for gap in range(low, high + 1) if true - gap >= floor]
    return rng.choice(options)


def _b4_age(born: datetime.date, on: datetime.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _b4_same_year_pair(rng: random.Random, low_gap: int, high_gap: int, low: int = 1997,
                       high: int = 2014) -> tuple[datetime.date, datetime.date]:
    """(earlier, later) dates ``low_gap``..``high_gap`` days apart in one calendar year."""
    while True:
        start = _b4_day(rng, low, high)
        end = start + datetime.timedelta(days=rng.randint(low_gap, high_gap))
        if end.year == start.year:
            return start, end


def _b4_ordered(rng: random.Random, low: int = 1984, high: int = 2015) -> tuple[int, int]:
    """(earlier, later) years 2..10 apart."""
    early = rng.randint(low, high - 2)
    return early, rng.randint(early + 2, min(high, early + 10))


def _b4_far(rng: random.Random) -> datetime.date:
    """A date at least two years from 2016-09-27, on either side."""
    return _b4_day(rng, 2001, 2013) if rng.random() < 0.5 else _b4_day(rng, 2019, 2026)


def _b4_future(rng: random.Random) -> datetime.date:
    return _b4_day(rng, 2018, 2026)


# --- weekday_mismatch -------------------------------------------------------

def b4_weekday_01(rng: random.Random) -> list[str]:
    # Weekday-first dateline, quoted.
    day = _b4_day(rng)
    return [f"The statement, issued under the dateline \"{rng.choice(_B4_CITIES)}, "
            f"[[{WEEKDAYS[_b4_wrong(rng, day)]}, {_b4_uk(day)}]]\", was withdrawn within hours."]


def b4_weekday_02(rng: random.Random) -> list[str]:
    # AP-style wire dateline quoted in the body.
    day = _b4_day(rng)
    return [f"The agency's first dispatch read: \"{rng.choice(_B4_CITIES)}, "
            f"[[{_B4_AP_WEEKDAYS[_b4_wrong(rng, day)]}, {_b4_ap(day)}]] -- Police fired tear gas at striking dockers.\""]


def b4_weekday_03(rng: random.Random) -> list[str]:
    # Abbreviated weekday with a dotted numeric date (day above 12, one reading only).
    day = _b4_day(rng).replace(day=rng.randint(13, 28))
    return [f"Minutes of the works council meeting held on [[{_B4_SHORT_WEEKDAYS[_b4_wrong(rng, day)]} "
            f"{day.day}.{day.month:02d}.{day.year}]] record no objection to the closure."]


def b4_weekday_04(rng: random.Random) -> list[str]:
    # The full date in one sentence, the weekday of that (yearless) day in a later one.
    day = _b4_day(rng)
    ferry = rng.choice(["Kittiwake", "Saltcote Maid", "Island Rose", "Merrow Belle"])
    return [f"The ferry {ferry} capsized off Holm Point on [[{_b4_uk(day)}]].",
            f"Survivors of the {ferry} remember that [[{day.day} {MONTHS[day.month - 1]} had been a "
            f"{WEEKDAYS[_b4_wrong(rng, day)]}]], with the harbour almost empty."]


def b4_weekday_05(rng: random.Random) -> list[str]:
    day = _b4_day(rng)
    return [f"The server log shows the first intrusion at 03:12 on "
            f"[[{day.isoformat()} ({_B4_SHORT_WEEKDAYS[_b4_wrong(rng, day)]})]], investigators said."]


def b4_weekday_06(rng: random.Random) -> list[str]:
    # "the Nth of Month Year, a <weekday>".
    day = _b4_day(rng)
    return [f"The general strike was set for [[the {_b4_nth(day.day)} of {MONTHS[day.month - 1]} {day.year}, "
            f"a {WEEKDAYS[_b4_wrong(rng, day)]}]], to coincide with the budget debate."]


def b4_weekday_07(rng: random.Random) -> list[str]:
    # A range whose start carries its true weekday; the end's weekday is wrong.
    start, end = _b4_same_year_pair(rng, 3, 9)
    return [f"Voting ran from {_B4_AP_WEEKDAYS[start.weekday()]}, {_b4_ap(start, year=False)}, through "
            f"[[{_B4_AP_WEEKDAYS[_b4_wrong(rng, end)]}, {_b4_ap(end)}]], with turnout at 61 percent."]


def b4_weekday_08(rng: random.Random) -> list[str]:
    # Yearless, forward-looking, British order: wrong for 2015, 2016 and 2017 alike.
    month, dom = rng.randint(10, 12), rng.randint(1, 30)
    days = [datetime.date(year, month, dom) for year in (2015, 2016, 2017)]
    return [f"The recount will take place on [[{WEEKDAYS[_b4_wrong(rng, *days)]} {dom} {MONTHS[month - 1]}]], "
            f"the returning officer in {rng.choice(_B4_TOWNS)} confirmed."]


def b4_weekday_09(rng: random.Random) -> list[str]:
    day = _b4_day(rng)
    return [f"\"It was [[{WEEKDAYS[_b4_wrong(rng, day)]} {MONTHS[day.month - 1]} {_b4_nth(day.day)} {day.year}]] "
            f"and I was on the night shift,\" the former nurse told the inquiry."]


def b4_weekday_10(rng: random.Random) -> list[str]:
    # Weekday and date separated by an aside.
    day = _b4_day(rng)
    day = day.replace(day=min(day.day, 28), month=rng.randint(3, 5))
    return [f"On a [[{WEEKDAYS[_b4_wrong(rng, day)]}]] that spring -- [[{_b4_us(day)}]], to be precise -- "
            f"engineers noticed the first cracks in the dam wall."]


def b4_weekday_11(rng: random.Random) -> list[str]:
    # Informal British abbreviations for weekday and month.
    day = _b4_day(rng)
    return [f"The cup replay, pencilled in for [[{_B4_CHATTY_WEEKDAYS[_b4_wrong(rng, day)]} {day.day} "
            f"{_B4_SHORT_MONTHS[day.month - 1]} {day.year}]], was scrapped when the floodlights failed."]


# --- impossible_date --------------------------------------------------------

def b4_impossible_01(rng: random.Random) -> list[str]:
    month = rng.choice([4, 6, 9, 11])
    return [f"The public inquiry sat [[between 29 and 31 {MONTHS[month - 1]} {rng.randint(1997, 2014)}]] in "
            f"{rng.choice(_B4_TOWNS)} town hall."]


def b4_impossible_02(rng: random.Random) -> list[str]:
    # US numeric month/day/year; impossible read either way.
    month, dom = rng.choice(_B4_BAD)
    return [f"Detectives found a pawn-shop receipt dated [[{month}/{dom}/{rng.randint(1999, 2014)}]] in the car."]


def b4_impossible_03(rng: random.Random) -> list[str]:
    # Dashed day-month-year; impossible read either way.
    month, dom = rng.choice(_B4_BAD)
    return [f"The death certificate, stamped [[{dom}-{month:02d}-{rng.randint(1985, 2014)}]], was accepted by "
            f"the insurer without question."]


def b4_impossible_04(rng: random.Random) -> list[str]:
    # Anchored on publication (2016): last year, 2015, had no 29 February.
    company = rng.choice(_B4_COMPANIES)
    return [f"{company} says the final instalment of the loan was paid on [[Feb. 29 last year]]."]


def b4_impossible_05(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B4_BAD)
    return [f"Card readers logged the last entry to the lab at [[{rng.randint(2003, 2014)}-{month:02d}-{dom} "
            f"{rng.randint(10, 23)}:{rng.randint(10, 59)}]], according to the security audit."]


def b4_impossible_06(rng: random.Random) -> list[str]:
    month = rng.choice([4, 6, 9, 11])
    return [f"The half-price offer was valid from {_B4_AP_MONTHS[month - 1]} 1 through "
            f"[[{_B4_AP_MONTHS[month - 1]} 31, {rng.randint(1998, 2014)}]], the advertisement said."]


def b4_impossible_07(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B4_BAD)
    person = rng.choice(_B4_PEOPLE)
    return [f"The obituary listed the sculptor {person} ([[b. {dom} {_B4_SHORT_MONTHS[month - 1]} "
            f"{rng.randint(1930, 1970)}]]) among the founders of the {rng.choice(_B4_TOWNS)} arts college."]


def b4_impossible_08(rng: random.Random) -> list[str]:
    year = rng.choice([year for year in range(1997, 2016) if year % 4 != 0])
    return [f"Of the payments the charity made in [[{year}]], the largest was booked on [[29 February]], "
            f"auditors found."]


def b4_impossible_09(rng: random.Random) -> list[str]:
    month = rng.choice([4, 6, 9, 11])
    return [f"The candlelit vigil was held on the evening of [[{rng.choice(WEEKDAYS)} the 31st of "
            f"{MONTHS[month - 1]}]], organisers said."]


def b4_impossible_10(rng: random.Random) -> list[str]:
    month, dom = rng.choice(_B4_BAD)
    return [f"The will was signed on [[the {_B4_ORDINAL_WORDS[dom]} of {MONTHS[month - 1]}, "
            f"{rng.randint(1975, 2012)}]], the probate court heard."]


# --- restated_event ---------------------------------------------------------

def b4_restated_01(rng: random.Random) -> list[str]:
    # Nominalisation on one side, the verb on the other.
    utility = rng.choice(["Saltcote Water", "the Merrow Electricity Board", "Dunraven Buses", "the Kilbraid Gas Company"])
    year = rng.randint(1986, 2012)
    return [f"The [[{year}]] privatisation of {utility} was meant to cut bills.",
            f"{_b4_cap(utility)} was privatised in [[{rng.choice(MONTHS)} {_b4_other_year(rng, year)}]], "
            f"and bills rose by a third."]


def b4_restated_02(rng: random.Random) -> list[str]:
    # Full name on one side, the acronym on the other.
    full, short = rng.choice([("Northern Corridor Rail Link", "NCRL"), ("Kilbraid Orbital Tramway", "KOT"),
                              ("Western Harbour Crossing", "WHC"), ("Saltcote Desalination Plant", "SDP")])
    day = _b4_day(rng, 1995, 2012)
    return [f"The {full} ({short}) opened on [[{_b4_uk(day)}]] in front of a crowd of 5,000.",
            f"Passenger numbers on the {short}, which opened in [[{_b4_other_year(rng, day.year)}]], "
            f"have doubled."]


def b4_restated_03(rng: random.Random) -> list[str]:
    person = rng.choice(_B4_PEOPLE)
    day = _b4_day(rng, 1996, 2012)
    return [f"{person} was named governor of the central bank on [[{_b4_ap(day)}]].",
            f"Since {_b4_last(person)}'s appointment as governor in [[{rng.choice(MONTHS)} "
            f"{_b4_other_year(rng, day.year)}]], interest rates have been raised four times."]


def b4_restated_04(rng: random.Random) -> list[str]:
    company = rng.choice(_B4_COMPANIES)
    paper = rng.choice(["Carrow Gazette", "Merrow Evening Post", "Dunraven Herald", "Saltcote Mercury"])
    year = rng.randint(1990, 2012)
    return [f"{company} bought the {paper} in [[{year}]] for a reported 40 million pounds.",
            f"The {paper}'s [[{_b4_other_year(rng, year)}]] sale to {company} ended decades of family ownership."]


def b4_restated_05(rng: random.Random) -> list[str]:
    tower = rng.choice(["the Harbour Tower", "the Quarrington Spire", "Meridian House", "the Ashwell Exchange"])
    year = rng.randint(1985, 2012)
    return [f"Work on {tower} was completed in [[{year}]], well over budget.",
            f"{_b4_cap(tower)}, finished in [[{rng.choice(MONTHS)} {_b4_other_year(rng, year)}]], is still the "
            f"tallest building in the county."]


def b4_restated_06(rng: random.Random) -> list[str]:
    first, second = rng.sample(_B4_PEOPLE, 2)
    day = _b4_day(rng, 1985, 2012)
    return [f"{first} and {second} married at St Brendan's church on [[the {_b4_nth(day.day)} of "
            f"{MONTHS[day.month - 1]} {day.year}]].",
            f"Guests at the {_b4_last(first)}-{_b4_last(second)} wedding in [[{_b4_other_year(rng, day.year)}]] "
            f"included two cabinet ministers."]


def b4_restated_07(rng: random.Random) -> list[str]:
    # Two names for one disaster ("fire" / "blaze").
    street = rng.choice(["Pell Street", "Tanner's Row", "Gorse Lane", "Ropewalk"])
    day = _b4_day(rng, 1990, 2012)
    return [f"The {street} fire of [[{_b4_uk(day)}]] destroyed forty homes.",
            f"Survivors of the [[{_b4_other_year(rng, day.year)}]] {street} blaze are still waiting for compensation."]


def b4_restated_08(rng: random.Random) -> list[str]:
    person = rng.choice(_B4_PEOPLE)
    year = rng.randint(1995, 2012)
    return [f"Judge {person} retired from the High Court bench in [[{year}]].",
            f"{_b4_last(person)}'s retirement, in [[{_b4_other_year(rng, year)}]], was announced without ceremony."]


def b4_restated_09(rng: random.Random) -> list[str]:
    full, short = rng.choice([("North Tarn Hollow", "Tarn Hollow"), ("Greater Skellig Bank", "Skellig"),
                              ("East Corrie Deep", "Corrie Deep")])
    town = rng.choice(_B4_TOWNS)
    year = rng.randint(1975, 2010)
    return [f"Geologists discovered the {full} gas field off {town} in [[{year}]].",
            f"The discovery of the {short} field in [[{rng.choice(MONTHS)} {_b4_other_year(rng, year)}]] turned "
            f"{town} into a boom town."]


def b4_restated_10(rng: random.Random) -> list[str]:
    person = rng.choice(_B4_PEOPLE)
    day = _b4_day(rng, 1995, 2012).replace(day=rng.randint(13, 28))
    return [f"Voters elected {person} president of the federation on [[{day.day}/{day.month:02d}/{day.year}]].",
            f"{_b4_last(person)}'s [[{_b4_other_year(rng, day.year)}]] election victory was disputed by the opposition."]


# --- order_violation --------------------------------------------------------

def b4_order_01(rng: random.Random) -> list[str]:
    # Order word in the second of two sentences.
    early, late = _b4_ordered(rng)
    town = rng.choice(_B4_TOWNS)
    return [f"The {town} glassworks shut its doors in [[{early}]].",
            f"The shutdown of the glassworks followed a bitter strike there in [[{late}]]."]


def b4_order_02(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    person = rng.choice(_B4_PEOPLE)
    return [f"{person} resigned as finance minister in [[{rng.choice(MONTHS)} {late}]], on the eve of the "
            f"[[{early}]] budget."]


def b4_order_03(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    return [f"By the time the Merrow bridge reopened in [[{early}]], the ferry service across the estuary had "
            f"already been scrapped, in [[{late}]]."]


def b4_order_04(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    site = rng.choice(["rail yards", "barracks", "cattle market", "gasworks"])
    return [f"The council bought the old {site} in [[{late}]].",
            f"Later, in [[{early}]], the council sold half of the {site} land to a housing developer."]


def b4_order_05(rng: random.Random) -> list[str]:
    early, late = _b4_same_year_pair(rng, 20, 120, 1997, 2015)
    return [f"On [[{_b4_uk(late)}]], in the lead-up to the [[{_b4_uk(early)}]] referendum, the party printed "
            f"a million leaflets."]


def b4_order_06(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    company = rng.choice(_B4_COMPANIES)
    return [f"{company} first moved its headquarters to {rng.choice(_B4_TOWNS)} in [[{late}]] and then, in "
            f"[[{early}]], listed its shares in London."]


def b4_order_07(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    return [f"Only once the inquiry had reported, in [[{late}]], did ministers act, banning the pesticide in "
            f"[[{early}]]."]


def b4_order_08(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng, 1900, 1990)
    return [f"The east wing, built in [[{late}]], predates the main hall, which was completed in [[{early}]]."]


def b4_order_09(rng: random.Random) -> list[str]:
    early, late = _b4_same_year_pair(rng, 5, 60, 1997, 2015)
    return [f"On [[{_b4_ap(early)}]], the morning after the [[{_b4_ap(late)}]] explosion at the refinery, "
            f"the plant manager was suspended."]


def b4_order_10(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    hospital = rng.choice(["Kilbraid General", "St Aidan's", "the Saltcote Infirmary", "Holmvale Royal"])
    return [f"The maternity unit at {hospital} reopened in [[{early}]].",
            f"The maternity unit had been closed since a fire in [[{late}]]."]


def b4_order_11(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    return [f"As a result of the [[{late}]] audit, the charity dismissed its treasurer in "
            f"[[{rng.choice(MONTHS)} {early}]]."]


def b4_order_12(rng: random.Random) -> list[str]:
    early, late = _b4_ordered(rng)
    first, second = rng.sample(_B4_PEOPLE, 2)
    return [f"{first} succeeded {second} as chief constable in [[{early}]].",
            f"{_b4_last(second)} had only taken up the post of chief constable in [[{late}]]."]


# --- publication_anachronism (article published 2016-09-27) ------------------

def b4_anachronism_01(rng: random.Random) -> list[str]:
    day = _b4_future(rng).replace(day=rng.randint(13, 28))
    person = rng.choice(_B4_PEOPLE)
    return [f"{person} was sentenced on [[{day.day}/{day.month:02d}/{day.year}]] to four years for fraud."]


def b4_anachronism_02(rng: random.Random) -> list[str]:
    return [f"[[Earlier this month]], on [[{_b4_ap(_b4_far(rng))}]], the regulator fined "
            f"{rng.choice(_B4_COMPANIES)} for misleading investors."]


def b4_anachronism_03(rng: random.Random) -> list[str]:
    day = _b4_far(rng)  # the weekday is the date's own: only the distance conflicts
    return [f"[[On {WEEKDAYS[day.weekday()]}]] ([[{_b4_us(day)}]]), the harbour board voted to sell the marina."]


def b4_anachronism_04(rng: random.Random) -> list[str]:
    return [f"[[A fortnight ago]], on [[{_b4_uk(_b4_far(rng))}]], {rng.choice(_B4_COMPANIES)} announced it would "
            f"close its call centre in {rng.choice(_B4_TOWNS)}."]


def b4_anachronism_05(rng: random.Random) -> list[str]:
    day = _b4_future(rng)
    return [f"The old {rng.choice(_B4_TOWNS)} gasworks was demolished on [[the {_b4_nth(day.day)} of "
            f"{MONTHS[day.month - 1]} {day.year}]]."]


def b4_anachronism_06(rng: random.Random) -> list[str]:
    return [f"[[In recent days]] -- most dramatically on [[{_b4_uk(_b4_far(rng))}]] -- the river has burst its "
            f"banks at {rng.choice(_B4_TOWNS)}."]


def b4_anachronism_07(rng: random.Random) -> list[str]:
    return [f"Restoration of the {rng.choice(_B4_TOWNS)} pier was completed in [[the spring of "
            f"{rng.randint(2018, 2026)}]]."]


def b4_anachronism_08(rng: random.Random) -> list[str]:
    return [f"As of [[{rng.choice(MONTHS)} {rng.randint(2018, 2026)}]], the charity had housed 1,200 families."]


def b4_anachronism_09(rng: random.Random) -> list[str]:
    day = _b4_far(rng)  # true weekday
    return [f"[[Yesterday]]'s ruling, handed down on [[{_B4_AP_WEEKDAYS[day.weekday()]}, {_b4_ap(day)}]], "
            f"cleared the way for the extradition."]


def b4_anachronism_10(rng: random.Random) -> list[str]:
    return [f"The final episode aired on [[{_b4_future(rng).isoformat()}]] to an audience of four million."]


def b4_anachronism_11(rng: random.Random) -> list[str]:
    day = _b4_far(rng)
    return [f"[[This week]]'s vote in the {rng.choice(_B4_TOWNS)} assembly, on [[{_b4_us(day)}]], went "
            f"against the government."]


def b4_anachronism_12(rng: random.Random) -> list[str]:
    person = rng.choice(_B4_PEOPLE)
    return [f"Speaking [[this afternoon]] at a rally on [[{_b4_ap(_b4_far(rng))}]], {person} promised to "
            f"scrap the toll."]


# --- duration_arithmetic (article published 2016-09-27) ----------------------

def b4_duration_01(rng: random.Random) -> list[str]:
    # "N weeks later" against two explicit dates.
    stated = rng.randint(2, 4)
    admitted, discharged = _b4_same_year_pair(rng, (stated + 5) * 7, (stated + 10) * 7)
    person = rng.choice(_B4_PEOPLE)
    return [f"{person} was admitted to hospital on [[{_b4_uk(admitted)}]] and discharged "
            f"[[{_b4_word(stated)} weeks later]], on [[{_b4_uk(discharged)}]]."]


def b4_duration_02(rng: random.Random) -> list[str]:
    # An N-month job between two month-years.
    start_year = rng.randint(1997, 2011)
    start_month = rng.randint(1, 12)
    true = rng.randint(8, 40)
    end_index = start_year * 12 + start_month - 1 + true
    end_year, end_month = divmod(end_index, 12)
    stated = _b4_miss(rng, true, 7, 14, 2)
    ship = rng.choice(["HMS Tern", "the Saltcote lifeboat", "the research ship Corrie", "the ferry Island Rose"])
    return [f"The [[{stated}-month]] refit of {ship}, which ran from [[{MONTHS[start_month - 1]} {start_year}]] "
            f"to [[{MONTHS[end_month]} {end_year}]], went over budget."]


def b4_duration_03(rng: random.Random) -> list[str]:
    # Age of an institution against its founding year.
    founded = rng.randint(1880, 1990)
    stated = _b4_miss(rng, 2016 - founded, 8, 20, 10)
    return [f"The [[{stated}-year-old]] {rng.choice(_B4_TOWNS)} co-operative, founded in [[{founded}]], "
            f"is to merge with a national chain."]


def b4_duration_04(rng: random.Random) -> list[str]:
    # A person's present age against a numeric birth date (day above 12).
    born = _b4_day(rng, 1940, 1990).replace(day=rng.randint(13, 28))
    stated = _b4_miss(rng, _b4_age(born, _B4_REFERENCE), 6, 14, 18)
    person = rng.choice(_B4_PEOPLE)
    return [f"{person}, [[{stated}]], who was born on [[{born.day}/{born.month:02d}/{born.year}]] in "
            f"{rng.choice(_B4_TOWNS)}, told the tribunal the dismissal had been unfair."]


def b4_duration_05(rng: random.Random) -> list[str]:
    # Age at an event.
    born = rng.randint(1950, 1990)
    event = rng.randint(born + 14, min(2015, born + 40))
    stated = _b4_miss(rng, event - born, 6, 12, 10)  # true age is event - born or one less
    if abs(stated - (event - born - 1)) < 6:
        stated = event - born + 6 + rng.randint(0, 6)
    person = rng.choice(_B4_PEOPLE)
    return [f"{person}, born in [[{born}]], won the national chess title in [[{event}]] as a "
            f"[[{stated}-year-old]]."]


def b4_duration_06(rng: random.Random) -> list[str]:
    # "N days after" against two explicit dates.
    stated = rng.randint(2, 5)
    polling, declared = _b4_same_year_pair(rng, stated + 15, stated + 60)
    return [f"The results were declared on [[{_b4_ap(declared)}]], [[{_b4_word(stated)} days after]] polling on "
            f"[[{_b4_ap(polling, year=False)}]]."]


def b4_duration_07(rng: random.Random) -> list[str]:
    # An N-week trial against its opening and closing dates.
    stated = rng.choice([3, 4, 5, 6])
    opened, ended = _b4_same_year_pair(rng, (stated + 6) * 7, (stated + 14) * 7)
    person = rng.choice(_B4_PEOPLE)
    return [f"The [[{_b4_word(stated)}-week]] trial of {person}, which opened on [[{_b4_ap(opened)}]] and ended "
            f"on [[{_b4_ap(ended)}]], cost the taxpayer 2 million dollars."]


def b4_duration_08(rng: random.Random) -> list[str]:
    fled = rng.randint(1975, 2010)
    returned = fled + rng.randint(2, 4)
    person = rng.choice(_B4_PEOPLE)
    return [f"{person} fled the country in [[{fled}]] and returned in [[{returned}]] after "
            f"[[a decade in exile]]."]


def b4_duration_09(rng: random.Random) -> list[str]:
    opened = rng.randint(1960, 2005)
    stated = _b4_miss(rng, 2016 - opened, 6, 15, 5)
    gallery = rng.choice(["Pellworth Gallery", "Merrow Playhouse", "Saltcote Maritime Museum", "Holmvale Arts Centre"])
    return [f"The {gallery}, which opened its doors in [[{opened}]], turned [[{stated}]] this year."]


def b4_duration_10(rng: random.Random) -> list[str]:
    since = datetime.date(rng.randint(2012, 2015), rng.randint(1, 12), 1)
    true = (2016 - since.year) * 12 + 9 - since.month  # whole months to late September 2016
    stated = _b4_miss(rng, true, 7, 14, 2)
    return [f"Dockers at {rng.choice(_B4_TOWNS)} have been on strike [[for {_b4_word(stated)} months]], "
            f"[[since {MONTHS[since.month - 1]} {since.year}]]."]


def b4_duration_11(rng: random.Random) -> list[str]:
    # Age of a building at its closure.
    founded = rng.randint(1850, 1960)
    closed = rng.randint(founded + 30, min(2014, founded + 120))
    stated = _b4_miss(rng, closed - founded, 10, 25, 5)
    return [f"When it closed in [[{closed}]], the [[{stated}-year-old]] {rng.choice(_B4_TOWNS)} flour mill, "
            f"founded in [[{founded}]], employed only nine people."]


BLIND4_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [b4_weekday_01, b4_weekday_02, b4_weekday_03, b4_weekday_04, b4_weekday_05, b4_weekday_06,
                         b4_weekday_07, b4_weekday_08, b4_weekday_09, b4_weekday_10, b4_weekday_11],
    "impossible_date": [b4_impossible_01, b4_impossible_02, b4_impossible_03, b4_impossible_04, b4_impossible_05,
                        b4_impossible_06, b4_impossible_07, b4_impossible_08, b4_impossible_09, b4_impossible_10],
    "restated_event": [b4_restated_01, b4_restated_02, b4_restated_03, b4_restated_04, b4_restated_05,
                       b4_restated_06, b4_restated_07, b4_restated_08, b4_restated_09, b4_restated_10],
    "order_violation": [b4_order_01, b4_order_02, b4_order_03, b4_order_04, b4_order_05, b4_order_06, b4_order_07,
                        b4_order_08, b4_order_09, b4_order_10, b4_order_11, b4_order_12],
    "publication_anachronism": [b4_anachronism_01, b4_anachronism_02, b4_anachronism_03, b4_anachronism_04,
                                b4_anachronism_05, b4_anachronism_06, b4_anachronism_07, b4_anachronism_08,
                                b4_anachronism_09, b4_anachronism_10, b4_anachronism_11, b4_anachronism_12],
    "duration_arithmetic": [b4_duration_01, b4_duration_02, b4_duration_03, b4_duration_04, b4_duration_05,
                            b4_duration_06, b4_duration_07, b4_duration_08, b4_duration_09, b4_duration_10,
                            b4_duration_11],
}


_BOUNDARY = re.compile(r"(?<=[.!?])[\"')]?[ ]+(?=[A-Z])|\n\n")
_MARK = re.compile(r"\[\[(.*?)\]\]")


def _boundaries(text: str) -> list[int]:
    return [match.end() if match.group(0) == "\n\n" else match.start() + len(match.group(0)) for match in _BOUNDARY.finditer(text)]


def _inject(text: str, sentences: list[str], rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """Insert sentences at boundaries (in order), returning text and marked spans."""
    boundaries = _boundaries(text) or [len(text)]
    positions = sorted(rng.sample(boundaries, min(len(sentences), len(boundaries))))
    while len(positions) < len(sentences):
        positions.append(positions[-1])
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    length = 0
    for position, sentence in zip(positions, sentences):
        pieces.append(text[cursor:position])
        length += position - cursor
        cursor = position
        plain = ""
        index = 0
        for match in _MARK.finditer(sentence):
            plain += sentence[index:match.start()]
            start = length + len(plain) + (0 if position == 0 else 1)
            plain += match.group(1)
            spans.append((start, start + len(match.group(1))))
            index = match.end()
        plain += sentence[index:]
        insertion = (" " if position > 0 else "") + plain + (" " if position < len(text) and not text[position:position + 1].isspace() else "")
        pieces.append(insertion)
        length += len(insertion)
    pieces.append(text[cursor:])
    return "".join(pieces), spans


def _published(record: dict[str, object], override: datetime.date | None) -> datetime.date | None:
    if override is not None:
        return override
    value = record.get("date")
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return datetime.date.fromisoformat(value[:10])
    return None


# The sets written without reading the detector, by split name (every template used).
INDEPENDENT_SETS = {
    "blind": BLIND_TEMPLATES, "blind2": BLIND2_TEMPLATES, "blind3": BLIND3_TEMPLATES, "blind4": BLIND4_TEMPLATES,
    "blind5": BLIND5_TEMPLATES, "blind6": BLIND6_TEMPLATES, "blind7": BLIND7_TEMPLATES,
    "blind8": BLIND8_TEMPLATES, "blind9": BLIND9_TEMPLATES, "blind10": BLIND10_TEMPLATES,
    "blind11": BLIND11_TEMPLATES, "blind12": BLIND12_TEMPLATES, "blind13": BLIND13_TEMPLATES,
    "blind14": BLIND14_TEMPLATES, "blind15": BLIND15_TEMPLATES, "blind16": BLIND16_TEMPLATES,
    "blind17": BLIND17_TEMPLATES, "blind18": BLIND18_TEMPLATES, "blind19": BLIND19_TEMPLATES,
    "blind20": BLIND20_TEMPLATES, "blind21": BLIND21_TEMPLATES, "blind22": BLIND22_TEMPLATES,
    "blind23": BLIND23_TEMPLATES, "blind24": BLIND24_TEMPLATES, "blind25": BLIND25_TEMPLATES,
    "blind26": BLIND26_TEMPLATES, "blind27": BLIND27_TEMPLATES, "blind28": BLIND28_TEMPLATES,
    "blind29": BLIND29_TEMPLATES, "blind30": BLIND30_TEMPLATES, "blind31": BLIND31_TEMPLATES,
    "blind32": BLIND32_TEMPLATES, "blind33": BLIND33_TEMPLATES, "blind34": BLIND34_TEMPLATES,
    "blind35": BLIND35_TEMPLATES,
    "blind36": BLIND36_TEMPLATES,
    "blind37": BLIND37_TEMPLATES,
    "blind38": BLIND38_TEMPLATES,
    "blind39": BLIND39_TEMPLATES,
    "blind40": BLIND40_TEMPLATES,
    "blind41": BLIND41_TEMPLATES,
    "blind42": BLIND42_TEMPLATES,
    "blind43": BLIND43_TEMPLATES,
    "blind44": BLIND44_TEMPLATES,
    "blind45": BLIND45_TEMPLATES,
    "blind46": BLIND46_TEMPLATES,
    "blind47": BLIND47_TEMPLATES,
    "blind48": BLIND48_TEMPLATES,
}


def temporal_learned() -> bool:
    """Whether the learned event-identity pass is on (``--rules-only`` switches it off)."""
    from reliability.features import temporal

    return temporal._LEARNED_IDENTITY


def run(data: Path, split: str, per_type: int, seed: int, published: datetime.date | None,
        contiguous: bool = False) -> str:
    records = [json.loads(line) for line in (data / "buzzfeed_webis_2016" / "data.jsonl").open(encoding="utf-8")]
    articles = [record for record in records if record.get("label") == "real" and str(record.get("text") or "").strip()]
    rng = random.Random(seed)
    clean_flagged = 0
    clean_by_kind = {kind: 0 for kind in CONFLICT_KINDS}
    # The learned event-identity pass was trained with the credible articles of some outlets as negatives;
    # false positives on the others are out of sample (see benchmarks/event_identity.py).
    held_out_outlets = set(load_parameters()["held_out_outlets"])  # type: ignore[arg-type]
    held_out = held_out_flagged = 0
    for record in articles:
        analysis = analyse_dates(record["text"], published=_published(record, published))
        unseen = record.get("source") in held_out_outlets
        held_out += unseen
        if analysis.conflicts:
            clean_flagged += 1
            held_out_flagged += unseen
        for conflict in analysis.conflicts:
            clean_by_kind[conflict.kind] += 1
    rows = []
    parity = 1 if split == "held_out" else 0
    for kind in CONFLICT_KINDS:
        if split in INDEPENDENT_SETS:
            templates = INDEPENDENT_SETS[split][kind]
        else:
            templates = [template for index, template in enumerate(TEMPLATES[kind]) if index % 2 == parity]
        hits = span_hits = 0
        for trial in range(per_type):
            record = rng.choice(articles)
            template = templates[trial % len(templates)]
            sentences = template(rng)
            text, spans = _inject(record["text"], [" ".join(sentences)] if contiguous else sentences, rng)
            analysis = analyse_dates(text, published=_published(record, published))
            evidence = [span for conflict in analysis.conflicts if conflict.kind == kind for span in conflict.spans]
            touching = [span for span in evidence if any(span[0] < end and start < span[1] for start, end in spans)]
            if touching:
                hits += 1
                if all(any(span[0] < end and start < span[1] for span in evidence) for start, end in spans):
                    span_hits += 1
        rows.append((kind, per_type, hits / per_type, span_hits / per_type, clean_by_kind[kind]))
    lines = [
        f"Date-conflict injection benchmark ({split} templates, {per_type} injections per type, seed {seed}, "
        f"published={'article date field (absent: inferred)' if published is None else published.isoformat()}"
        f"{'' if temporal_learned() else ', rules only'}"
        f"{', each template as one contiguous block' if contiguous else ''})",
        "",
        "| conflict type | injected | recall | evidence-span recall | flags on clean articles |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, count, recall, span_recall, clean in rows:
        lines.append(f"| {kind} | {count} | {recall:.3f} | {span_recall:.3f} | {clean} |")
    lines.append("")
    lines.append(f"False-positive rate on the {len(articles)} unmodified real articles: "
                 f"{clean_flagged}/{len(articles)} = {clean_flagged / len(articles):.4f} (articles with at least one conflict)")
    lines.append(f"Of which on the {held_out} articles of the outlets whose credible articles the event-identity model "
                 f"never saw ({', '.join(sorted(held_out_outlets))}): {held_out_flagged}/{held_out} = "
                 f"{held_out_flagged / max(held_out, 1):.4f}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPOSITORY.parent / "shared" / "data")
    parser.add_argument("--split", choices=("held_out", "development", *INDEPENDENT_SETS), default="held_out")
    parser.add_argument("--per-type", type=int, default=120)
    parser.add_argument("--seed", type=int, default=20160927)
    parser.add_argument("--published", type=datetime.date.fromisoformat, default=None,
                        help="use this publication date for every article instead of the date field")
    parser.add_argument("--output", type=Path, default=None)
    parser.add_argument("--rules-only", action="store_true",
                        help="switch the learned event-identity pass off (the construction rules alone)")
    parser.add_argument("--contiguous", action="store_true",
                        help="insert each template's sentences as one block instead of at separate boundaries")
    arguments = parser.parse_args(argv)
    if arguments.rules_only:
        from reliability.features import temporal

        temporal._LEARNED_IDENTITY = False
    table = run(arguments.data, arguments.split, arguments.per_type, arguments.seed, arguments.published,
                arguments.contiguous)
    print(table)
    if arguments.output is not None:
        arguments.output.parent.mkdir(parents=True, exist_ok=True)
        arguments.output.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
