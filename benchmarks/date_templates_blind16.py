"""``blind16``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind16`` templates.  Written on 2026-11-23 (about 04:09-04:16 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind15.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind15.py; in benchmarks/date_templates_blind15.py
# its header comment, import block, name lists and helpers (lines 1-140) and
# its first two template functions (b15_weekday_bridge_reopened and
# b15_weekday_ap_jury_verdict), the first seven lines of a ``grep -n`` of its
# ``def``/dict lines (the helper names, the first three template names and the
# line of the final dict) and the first five lines of the final
# ``BLIND15_TEMPLATES`` dict (which name the same three weekday templates); in
# benchmarks/date_templates_blind13.py the definitions of the names blind15
# imports from it (constants, ``_Day``, ``_template`` and the date, format,
# miss and far-date helpers; located with one ``grep -n`` and printed with
# ``sed``); in benchmarks/date_conflicts.py the import lines and the
# ``INDEPENDENT_SETS`` mapping (via ``grep -n``).
# Disclosure of what was seen by accident: the ``grep -n`` used to locate
# blind13's helpers also matched blind13's own name-list lines (the first line
# of each of ``_WOMEN``, ``_MEN``, ``_TOWNS``, ``_US_CITIES``, ``_CAPITALS``,
# ``_COUNTRIES``, ``_COMPANIES``, ``_TEAMS``, ``_CHURCHES``, ``_SCHOOLS``,
# ``_HOSPITALS``, ``_SURNAMES``, ``_STORMS``, ``_PROBES``, ``_RIVERS``,
# ``_UNIVERSITIES``, ``_BANDS``), the names of the unimported helpers
# ``_common_feb29``, ``_thirty_one``, ``_whole_years`` and ``_whole_months``,
# and the ``def`` lines of blind13's first two templates
# (``b13_weekday_council_library_vote``, ``b13_weekday_nurse_funeral_notice``;
# their bodies were not seen).  The grep of date_conflicts.py's import lines
# showed the line importing the detector's entry point from
# ``reliability.features.temporal`` (its name only), and ``git diff`` of
# date_conflicts.py after the edit showed, as context, the first two lines of
# its ``MONTHS`` constant (a list of month names).  ``git status`` and ``git
# diff`` of the edited file were run; ``git log`` was run once, after the first
# commit, only as ``git log -1 --format=%H`` to print that commit's own hash
# (no history was read; the hash is now taken with ``git rev-parse HEAD``).
# tests/conftest.py was not read; ``load_benchmark`` is used as blind15's test
# uses it.  No template here copies blind15's wording (only two of its
# templates were seen); the import block follows blind15's, the name lists and
# the local helpers are new.  The templates were only run through their own
# generators, tests/test_date_templates_blind16.py and a throwaway script
# running the same shared checks over 1,000 seeds per template, never through
# the detector; ``benchmarks/date_conflicts.py`` was not run (only
# byte-compiled after adding the import and the ``INDEPENDENT_SETS`` entry for
# ``blind16``).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind16``.
#
# Conventions (as in blind15).  Marked spans ([[...]]) are the two sides of the
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
# Restated-event templates are named ``b16_restated_same_*`` when both places
# use the same head word for the event and ``b16_restated_diff_*`` when they
# use a different word or form (a verb for a noun, a synonym, a pronoun with a
# different noun); in every one the two places unmistakably describe one event
# (a unique qualifier such as "only", "first", "inaugural", a case name or a
# named object ties them).  Each template is 1-3 sentences.  Besides the
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
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

# Constants and helpers are imported from blind13 as blind15 does, so that one copy is kept.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_templates_blind13 import (  # noqa: E402  (benchmarks/ helper)
    REFERENCE, MONTHS, AP_MONTHS, SHORT_MONTHS, WEEKDAYS, AP_WEEKDAYS, SHORT_WEEKDAYS, WORDS, _Day, _template,
    _date, _add, _wrong, _sfx, _us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot, _my, _md, _dm, _leap,
    _bad, _miss, _word_miss, _years_apart, _flipped, _future, _far, _far_year, _word, _poss,
)

_JUDGES = ["Justice Amelia Crowther", "Judge Desmond Okonkwo", "Judge Lucinda Harrow", "Justice Teodor Balan",
           "Judge Priya Venkataraman", "Judge Cormac Dunleavy"]
_PEOPLE = ["Oswin Tregarthen", "Leocadia Braun", "Matthias Oyelaran", "Saoirse Kilbride", "Hamish Drummond",
           "Ottilie Marchetti", "Benedek Szabo", "Tamsin Achterberg", "Rafferty Cole", "Ines Valderrama"]
_HIM = ["Oswin Tregarthen", "Matthias Oyelaran", "Hamish Drummond", "Benedek Szabo", "Rafferty Cole"]
_HER = ["Leocadia Braun", "Saoirse Kilbride", "Ottilie Marchetti", "Tamsin Achterberg", "Ines Valderrama"]
_CLUBS = ["Harwick Albion", "Corrie Vale", "Dunmore Harriers", "Eastleigh Wanderers", "Penrose City",
          "Saltcote United", "Tynefield Rovers"]
_FIRMS = ["Larchmont Textiles", "Ketterby Engineering", "Solvane Pharmaceuticals", "Brindle & Hope",
          "Northmarch Energy", "Cavendale Mills", "Ostrava Glassworks", "Pellham Robotics"]
_PLACES = ["Abergele", "Coldstream", "Mallaig", "Penzance", "Tobermory", "Settle", "Alnwick", "Dolgellau",
           "Kirkwall", "Wells"]
_CITIES = ["Tucson", "Des Moines", "Spokane", "Fargo", "Albuquerque", "Omaha", "Savannah", "Chattanooga"]
_NATIONS = ["Moldova", "Zambia", "Uruguay", "Georgia", "Namibia", "Slovenia", "Kyrgyzstan", "Benin"]
_VESSELS = ["Morwenna", "Cape Solace", "Northern Ember", "Lady Ardith", "Kestrel Bay"]
_SCIENTISTS = ["Dr Anneliese Korhonen", "Professor Idris Bamidele", "Dr Marguerite Fontaine",
               "Professor Haruto Ishikawa", "Dr Cosima Lindgren"]
_AUTHORS = ["Evander Quill", "Rosalind Achebe", "Dmitri Voskresensky", "Clementine Ashdown", "Yusuf Demirel"]
_MISSIONS = ["Meridian", "Aurora Borealis-2", "Sandpiper", "Kepler Ridge", "Tamarisk"]
_HURRICANES = ["Odessa", "Percival", "Quintana", "Rosalind", "Thaddeus"]
_STATIONS = ["Ashcombe Junction", "Fennick Road", "Marlpit Central", "Upper Haddow", "Westerleigh"]
_GALLERIES = ["the Halloran Gallery", "the Kestner Museum", "the Pemberton Collection", "the Ardmore Institute"]


def _fmt(rng: random.Random) -> Callable[[Any], str]:
    """A written form of a full date, chosen at random."""
    return rng.choice([_us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot])


def _news_fmt(rng: random.Random) -> Callable[[Any], str]:
    """A written form of a full date as running news copy writes it."""
    return rng.choice([_us, _uk, _ap, _uk_th])


def _impossible_yearless(rng: random.Random) -> _Day:
    """A month-day missing from every year."""
    month, day = rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])
    return _Day(0, month, day)


def _apart(rng: random.Random, first: int = 1960, last: int = 2012,
           low: int = 40, high: int = 900) -> tuple[datetime.date, datetime.date]:
    """Two days at least ``low`` days apart (so in different months), in random order."""
    one = _date(rng, first, last)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(low, high))
    return one, two


def _reversed(rng: random.Random, low: int = 40, high: int = 800) -> tuple[datetime.date, datetime.date]:
    """(day of the event said to come first, day of the event said to come second); the first is later."""
    second = _date(rng, 1965, 2012)
    return _add(second, rng.randint(low, high)), second


def _span(rng: random.Random, low: int, high: int, first: int = 1965, last: int = 2014) -> tuple[datetime.date,
                                                                                                  datetime.date]:
    """A start day and an end day ``low``-``high`` days later, ending by 2015."""
    start = _date(rng, first, last)
    end = _add(start, rng.randint(low, high))
    while end.year > 2015:
        start, end = _add(start, -400), _add(end, -400)
    return start, end


def _years(a: datetime.date, b: datetime.date) -> int:
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _months(a: datetime.date, b: datetime.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


def _since(year: int) -> int:
    """Whole years from ``year`` to the publication year."""
    return REFERENCE.year - year


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b16_weekday_appeal_court_ruling(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1978, 2014)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"Three appeal judges overturned the conviction of {rng.choice(_PEOPLE)} in a ruling handed down "
             f"on [[{wd}, {text}]], citing flaws in the forensic evidence."], {"weekday": wd, "date": text})


@_template
def b16_weekday_cup_final_kickoff(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    club = rng.choice(_CLUBS)
    return ([f"{club} lifted the county cup for the first time in their history.",
             f"The final, played in driving rain on [[{wd} {text}]], drew a crowd of {rng.randint(3, 9)},000."],
            {"weekday": wd, "date": text})


@_template
def b16_weekday_merger_announced(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"Shares of {a} jumped {rng.randint(9, 31)} percent after the company said [[{wd}, {text}]], "
             f"that it had agreed to buy rival {b}."], {"weekday": wd, "date": text})


@_template
def b16_weekday_obituary_service(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2015)
    wd, text = _wrong(rng, day), _uk_th(day)
    return ([f"A memorial service for {rng.choice(_PEOPLE)}, the retired headteacher who ran the village choir "
             f"for three decades, will be held at the parish church on [[{wd} {text}]] at 2pm."],
            {"weekday": wd, "date": text})


@_template
def b16_weekday_eclipse_observed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1972, 2014)
    wd, text = _wrong(rng, day), _of(day)
    return ([f"Astronomers at the {rng.choice(_PLACES)} observatory photographed the partial eclipse on the "
             f"morning of [[{wd}, {text}]], when the cloud lifted for barely twenty minutes."],
            {"weekday": wd, "date": text})


@_template
def b16_weekday_train_derailment_short(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _abbr_uk(day)
    return ([f"Incident log, {rng.choice(_STATIONS)}: freight service derailed at low speed, "
             f"[[{wd} {text}]]; no injuries reported."], {"weekday": wd, "date": text})


@_template
def b16_weekday_election_polls_closed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _us(day)
    nation = rng.choice(_NATIONS)
    return ([f"Voters in {nation} went to the polls on [[{wd}]], [[{text}]], in the country's first contested "
             f"presidential race since independence."], {"weekday": wd, "date": text})


@_template
def b16_weekday_premiere_novel(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2013)
    wd, text = _wrong(rng, day), _md(day)
    author = rng.choice(_AUTHORS)
    return ([f"{author}'s debut novel reached bookshops in [[{day.year}]], and the stage adaptation opened in "
             f"the West End the same year, on [[{wd}, {text}]]."],
            {"weekday": wd, "date": (text, day.year)})


@_template
def b16_weekday_verdict_iso_record(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd, text = _wrong(rng, day), _iso(day)
    return ([f"Court records list the sentencing hearing as [[{wd} {text}]], two weeks after the jury's verdict."],
            {"weekday": wd, "date": text})


@_template
def b16_weekday_flood_peak(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1968, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    river = rng.choice(["Severn", "Ouse", "Trent", "Tay", "Eden"])
    return ([f"The {river} peaked at {rng.randint(4, 7)}.{rng.randint(1, 9)} metres on [[{wd} {text}]], "
             f"breaching the defences that had been raised only a year earlier."], {"weekday": wd, "date": text})


@_template
def b16_weekday_launch_liftoff(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _abbr(day)
    mission = rng.choice(_MISSIONS)
    return ([f"It was on [[{wd}, {text}]] that the {mission} satellite finally lifted off, after three scrubbed "
             f"attempts and a faulty valve."], {"weekday": wd, "date": text})


@_template
def b16_weekday_wedding_register(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1950, 2012)
    wd, text = _wrong(rng, day), _of(day)
    a, b = rng.sample(_PEOPLE, 2)
    return ([f"{a} and {b} were married at {rng.choice(_PLACES)} register office on [[{wd} {text}]]; "
             f"they met as students and never left the town."], {"weekday": wd, "date": text})


@_template
def b16_weekday_strike_walkout(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _us(day)
    firm = rng.choice(_FIRMS)
    return ([f"Workers at {firm} walked out at dawn.",
             f"Union officials said the stoppage, which began [[{wd}, {text}]], would continue until management "
             f"reopened pay talks."], {"weekday": wd, "date": text})


@_template
def b16_weekday_dot_format_notice(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd, text = _wrong(rng, day), _dot(day)
    return ([f"The planning committee's decision was published on [[{wd}, {text}]] and objectors were given "
             f"six weeks to appeal."], {"weekday": wd, "date": text})


@_template
def b16_weekday_marathon_record(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    runner = rng.choice(_PEOPLE)
    return ([f"{runner} smashed the course record by almost a minute, crossing the line in "
             f"2:0{rng.randint(4, 9)}:{rng.randint(10, 59)} on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b16_weekday_earthquake_struck(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    city = rng.choice(_CITIES)
    return ([f"A magnitude {rng.randint(5, 7)}.{rng.randint(0, 9)} earthquake rattled {city} shortly before "
             f"dawn [[{wd}, {text}]], toppling chimneys and cutting power to thousands."],
            {"weekday": wd, "date": text})


@_template
def b16_weekday_resignation_letter(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _us(day)
    person = rng.choice(_HER)
    return ([f"In a letter dated [[{wd}, {text}]], {person} told the prime minister that she could no longer "
             f"defend the policy in public."], {"weekday": wd, "date": text})


@_template
def b16_weekday_gallery_reopening(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day), _dm(day)
    gallery = rng.choice(_GALLERIES)
    return ([f"After a refurbishment that ran to {rng.randint(12, 40)} million pounds, {gallery} threw open its "
             f"doors again in [[{day.year}]], on [[{wd} {text}]]."], {"weekday": wd, "date": (text, day.year)})


@_template
def b16_weekday_ferry_sinking_inquiry(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    vessel = rng.choice(_VESSELS)
    return ([f"The inquiry heard that the {vessel} left harbour with her bow door open.",
             f"She capsized within minutes, late on the evening of [[{wd}, {text}]]."],
            {"weekday": wd, "date": text})


@_template
def b16_weekday_patent_granted_short(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _abbr(day)
    firm = rng.choice(_FIRMS)
    return ([f"Filing history for {firm}: patent granted [[{wd}, {text}]], licence sold eight months later."],
            {"weekday": wd, "date": text})


@_template
def b16_weekday_quote_minister(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"\"I will not be resigning,\" the transport minister told reporters outside parliament on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b16_weekday_discovery_fossil(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    sci = rng.choice(_SCIENTISTS)
    return ([f"The jawbone was spotted by a dog walker on [[{wd}, {text}]], and {sci} confirmed within a week "
             f"that it belonged to a previously unknown species."], {"weekday": wd, "date": text})


@_template
def b16_weekday_bankruptcy_filing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day), _abbr_uk(day)
    firm = rng.choice(_FIRMS)
    return ([f"{firm}, once the town's largest employer, called in administrators on [[{wd} {text}]], putting "
             f"{rng.randint(2, 9)}00 jobs at risk."], {"weekday": wd, "date": text})


# --- impossible_date -----------------------------------------------------------

@_template
def b16_impossible_court_summons(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1970, 2014)
    text = _us(bad)
    return ([f"The defendant was ordered to appear before {rng.choice(_JUDGES)} on [[{text}]] to answer the "
             f"charge of dangerous driving."], {"date": text})


@_template
def b16_impossible_match_fixture(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1965, 2014)
    text = _uk(bad)
    a, b = rng.sample(_CLUBS, 2)
    return ([f"The rearranged fixture between {a} and {b} was pencilled in for [[{text}]], subject to police "
             f"approval."], {"date": text})


@_template
def b16_impossible_contract_signed(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1980, 2014)
    text = _of(bad)
    firm = rng.choice(_FIRMS)
    return ([f"According to the documents, {firm} signed the supply contract on [[{text}]], a full month before "
             f"the tender closed."], {"date": text})


@_template
def b16_impossible_birth_record(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1920, 1990, leap=0.6)
    text = _uk_th(bad)
    person = rng.choice(_PEOPLE)
    return ([f"{person}, the conductor, was born in {rng.choice(_PLACES)} on [[{text}]], the youngest of seven "
             f"children."], {"date": text})


@_template
def b16_impossible_yearless_deadline(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _impossible_yearless(rng)
    text = _md(bad)
    return ([f"Applicants have until [[{text}]] to submit their forms, the council said."], {"date": text})


@_template
def b16_impossible_iso_log(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1995, 2014)
    text = _iso(bad)
    mission = rng.choice(_MISSIONS)
    return ([f"Telemetry from {mission} shows the thruster anomaly was first logged on [[{text}]]."],
            {"date": text})


@_template
def b16_impossible_ap_storm(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1970, 2014)
    text = _ap(bad)
    name = rng.choice(_HURRICANES)
    return ([f"Hurricane {name} made landfall [[{text}]], near the mouth of the river, flattening mobile homes."],
            {"date": text})


@_template
def b16_impossible_dot_invoice(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014)
    text = _dot(bad)
    return ([f"The invoice at the centre of the fraud case is dated [[{text}]] and bears a forged signature."],
            {"date": text})


@_template
def b16_impossible_leap_day_common_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1950, 2014)
    while _leap(year):
        year -= 1
    text = _us(_Day(year, 2, 29))
    return ([f"Records show the pension was first paid out on [[{text}]], a date the auditors flagged at once."],
            {"date": text})


@_template
def b16_impossible_treaty_ratified(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1950, 2014)
    text = _uk(bad)
    a, b = rng.sample(_NATIONS, 2)
    return ([f"Parliaments in {a} and {b} ratified the border treaty together on [[{text}]], ending a dispute "
             f"that had closed the crossing for years."], {"date": text})


@_template
def b16_impossible_abbr_concert(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1965, 2014)
    text = _abbr(bad)
    return ([f"Tickets for the reunion show, scheduled for [[{text}]] at the {rng.choice(_CITIES)} arena, sold "
             f"out in nine minutes."], {"date": text})


@_template
def b16_impossible_death_notice(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1980, 2014)
    text = _uk_th(bad)
    person = rng.choice(_PEOPLE)
    return ([f"{person.upper().split()[1]}, {person.split()[0]}.", f"Died peacefully at home on [[{text}]], "
             f"aged {rng.randint(70, 98)}."], {"date": text})


@_template
def b16_impossible_yearless_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _impossible_yearless(rng)
    text = f"the {bad.day}{_sfx(bad.day)} of {MONTHS[bad.month - 1]}"
    return ([f"Every year on [[{text}]] the villagers light a bonfire on the green to mark the founding of the "
             f"abbey."], {"date": text})


@_template
def b16_impossible_abbr_uk_ledger(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014)
    text = _abbr_uk(bad)
    return ([f"A ledger entry of [[{text}]] records the sale of the painting to an unnamed buyer in Geneva."],
            {"date": text})


@_template
def b16_impossible_hearing_adjourned(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1985, 2014)
    text = _us(bad)
    return ([f"The hearing was adjourned.",
             f"Lawyers for both sides agreed to return on [[{text}]], when the judge will rule on bail."],
            {"date": text})


@_template
def b16_impossible_yearless_uk(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _impossible_yearless(rng)
    text = _dm(bad)
    return ([f"The festival traditionally closes on [[{text}]] with a torchlit procession through the old town."],
            {"date": text})


@_template
def b16_impossible_vaccine_trial(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014)
    text = _of(bad)
    sci = rng.choice(_SCIENTISTS)
    return ([f"{sci} said the first volunteer received the experimental dose on [[{text}]]."], {"date": text})


@_template
def b16_impossible_ship_launch(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1950, 2014)
    text = _uk(bad)
    vessel = rng.choice(_VESSELS)
    return ([f"Launched on [[{text}]], the {vessel} spent most of her working life on the northern isles run."],
            {"date": text})


@_template
def b16_impossible_election_called(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014)
    text = _ap(bad)
    return ([f"The governor set a special election for [[{text}]] to fill the vacant seat."], {"date": text})


@_template
def b16_impossible_exhibition_closing(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1975, 2014)
    text = _uk_th(bad)
    gallery = rng.choice(_GALLERIES)
    return ([f"The retrospective at {gallery} has been extended by popular demand and will now close on "
             f"[[{text}]]."], {"date": text})


@_template
def b16_impossible_arrest_warrant(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1980, 2014)
    text = _iso(bad)
    person = rng.choice(_PEOPLE)
    return ([f"A warrant for the arrest of {person}, issued [[{text}]] according to the court's online register, "
             f"remains outstanding."], {"date": text})


@_template
def b16_impossible_anniversary_toast(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1940, 2010)
    while _leap(year):
        year += 1
    text = f"29 February {year}"
    return ([f"The couple, who married on [[{text}]], joke that they only get an anniversary every four years."],
            {"date": text})


# --- restated_event ------------------------------------------------------------

@_template
def b16_restated_same_only_acquittal(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    person = rng.choice(_HIM)
    return ([f"{person} was acquitted in [[{one}]] of the only charge ever brought against him.",
             f"That acquittal, in [[{two}]], cleared the way for his return to the bench."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_founding_congress(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    return ([f"The party's founding congress, held in a school gymnasium in [[{one}]], attracted "
             f"{rng.randint(40, 200)} delegates.",
             f"Veterans of the founding congress of [[{two}]] still hold three of the seats on its executive."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_inaugural_race(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _news_fmt(rng)(one), _news_fmt(rng)(two)
    town = rng.choice(_PLACES)
    return ([f"The inaugural {town} half-marathon was run on [[{f1}]] by fewer than three hundred entrants.",
             f"Organisers say the inaugural half-marathon, staged on [[{f2}]], has since grown tenfold."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_named_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2012)
    f1, f2 = _my(one), _us(two)
    bridge = rng.choice(["Kelvin Street", "Harbour Mouth", "Millrace", "Dunstan"])
    return ([f"The {bridge} footbridge collapse of [[{f1}]] injured eleven people.",
             f"Engineers blamed corroded bolts for the collapse, which happened on [[{f2}]]."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_landmark_case(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1955, 2015)
    a, b = rng.sample(["Hartigan", "Moresby", "Ellacott", "Fairweather", "Quennell", "Strachan"], 2)
    return ([f"In its landmark ruling in {a} v {b} in [[{one}]], the court held that the council owed a duty "
             f"of care.",
             f"Lawyers still cite the ruling in {a} v {b}, delivered in [[{two}]], in negligence claims."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_first_transplant(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1968, 2012)
    f1, f2 = _uk(one), _my(two)
    hospital = rng.choice(["Ashworth Royal", "St Columba's", "Northgate General"])
    return ([f"Surgeons at {hospital} performed the region's first heart transplant on [[{f1}]].",
             f"The patient from that first transplant, carried out in [[{f2}]], lived another nineteen years."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_championship_title(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 8)
    club = rng.choice(_CLUBS)
    return ([f"{club} have won the league title only once, in [[{one}]].",
             f"The squad that won that title in [[{two}]] is honoured with a mural outside the ground."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_maiden_voyage(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1955, 2012)
    f1, f2 = _ap(one), _uk_th(two)
    vessel = rng.choice(_VESSELS)
    return ([f"The {vessel} set out on her maiden voyage [[{f1}]], bound for Reykjavik.",
             f"Passengers on the maiden voyage, which left port on [[{f2}]], were caught in a gale off Shetland."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_sole_recording(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1955, 2015)
    band = rng.choice(["the Driftwood Choir", "Halcyon Street", "the Larks of Lune", "Pale Meridian"])
    return ([f"The only studio album by {band} was recorded in a converted chapel in [[{one}]].",
             f"Copies of the album, which {band} recorded in [[{two}]], now change hands for hundreds of pounds."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_pardon_governor(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1970, 2012)
    f1, f2 = _us(one), _ap(two)
    person = rng.choice(_PEOPLE)
    return ([f"{person} received a full pardon from the governor on [[{f1}]].",
             f"The pardon, signed [[{f2}]], came after a campaign by his former cellmates."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_first_ascent(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    peak = rng.choice(["Sgurr nan Eag", "Pic Blanc", "Mount Aldous", "Kharpa Ri"])
    person = rng.choice(_PEOPLE)
    return ([f"{person} made the first ascent of the north face of {peak} in [[{one}]].",
             f"Climbers repeating that first ascent, achieved in [[{two}]], still follow the line {person} chose."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_crash_report(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _uk_th(one), _us(two)
    flight = rng.randint(100, 899)
    return ([f"Flight {flight} crashed on approach to the airport on [[{f1}]], killing all on board.",
             f"The final report into the crash of Flight {flight} on [[{f2}]] blamed a faulty altimeter."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_debut_season(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    person = rng.choice(_PEOPLE)
    club = rng.choice(_CLUBS)
    return ([f"{person} made a senior debut for {club} as a 17-year-old in [[{one}]].",
             f"Since that debut in [[{two}]], the forward has scored more than two hundred goals."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_referendum_vote(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2012)
    f1, f2 = _my(one), _my(two)
    nation = rng.choice(_NATIONS)
    return ([f"{nation} held its independence referendum in [[{f1}]].",
             f"Turnout in that referendum, in [[{f2}]], was just under ninety percent."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_premiere_opera(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1955, 2012)
    f1, f2 = _uk(one), _of(two)
    author = rng.choice(_AUTHORS)
    return ([f"The premiere of {_poss(author)} only opera, on [[{f1}]], was booed by half the audience.",
             f"Critics who attended the premiere on [[{f2}]] later admitted they had misjudged it."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_explosion_refinery(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _us(one), _uk(two)
    city = rng.choice(_CITIES)
    return ([f"An explosion tore through the {city} refinery on [[{f1}]].",
             f"Families of workers killed in the explosion of [[{f2}]] are still waiting for compensation."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_coronation_ceremony(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    return ([f"The coronation of the island's current king took place in [[{one}]] in the old cathedral.",
             f"Guests at the coronation, in [[{two}]], included three foreign heads of state."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_recall_vehicle(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1975, 2012)
    f1, f2 = _abbr(one), _my(two)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} announced its first product recall on [[{f1}]], pulling forty thousand heaters from sale.",
             f"The recall, in [[{f2}]], cost the company a third of its annual profit."],
            {"dates": (f1, f2)})


@_template
def b16_restated_same_ceasefire_agreement(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    nation = rng.choice(_NATIONS)
    return ([f"The ceasefire that ended {_poss(nation)} civil war was agreed in [[{one}]].",
             f"Since the [[{two}]] ceasefire, the rebel commanders have sat in parliament."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_same_excavation_hoard(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _uk_th(one), _my(two)
    town = rng.choice(_PLACES)
    return ([f"The {town} hoard of Roman coins was unearthed by a metal detectorist on [[{f1}]].",
             f"Since the hoard was unearthed, in [[{f2}]], the field has been protected as a scheduled monument."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_fire_blaze(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _us(one), _my(two)
    theatre = rng.choice(["Empire", "Alhambra", "Playhouse", "Lyceum"])
    return ([f"A fire gutted the {theatre} theatre on [[{f1}]].",
             f"The blaze of [[{f2}]] destroyed the original Victorian fly tower along with the auditorium."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_takeover_acquired(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"{a} completed its takeover of {b} in [[{one}]].",
             f"{b}, acquired by {a} in [[{two}]], kept its own name and head office."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_diff_murder_killing(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _uk(one), _ap(two)
    person = rng.choice(_PEOPLE)
    return ([f"The murder of {person} on [[{f1}]] has never been solved.",
             f"Detectives reopening the file say the killing, on [[{f2}]], may be linked to a robbery."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_pronoun_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1950, 2012)
    f1, f2 = _of(one), _us(two)
    a, b = rng.sample(_PEOPLE, 2)
    return ([f"{a} married {b} on [[{f1}]] in a small ceremony on the island.",
             f"Their nuptials, on [[{f2}]], were attended by only nine guests."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_discovery_identified(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    sci = rng.choice(_SCIENTISTS)
    return ([f"{sci} discovered the comet that now bears her name in [[{one}]].",
             f"Since it was identified in [[{two}]], the comet has returned to the inner solar system twice."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_diff_resignation_quit(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1970, 2012)
    f1, f2 = _ap(one), _uk(two)
    person = rng.choice(_PEOPLE)
    return ([f"{person} resigned as chief executive [[{f1}]], after the accounting scandal broke.",
             f"When {person} quit on [[{f2}]], the board appointed an interim chairman within hours."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_election_victory(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    person = rng.choice(_PEOPLE)
    return ([f"{person} was first elected mayor in [[{one}]].",
             f"That first victory, in [[{two}]], came by a margin of just forty votes."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_diff_flood_deluge(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2012)
    f1, f2 = _my(one), _uk_th(two)
    town = rng.choice(_PLACES)
    return ([f"The great flood of [[{f1}]] left the centre of {town} under a metre of water.",
             f"Residents who lived through the deluge, which struck on [[{f2}]], still mark the high-water line."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_opening_unveiled(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2012)
    f1, f2 = _us(one), _my(two)
    gallery = rng.choice(_GALLERIES)
    return ([f"{gallery[0].upper() + gallery[1:]} opened to the public on [[{f1}]].",
             f"When it was unveiled, in [[{f2}]], critics called the building a concrete bunker."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_conviction_found_guilty(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    person = rng.choice(_HIM)
    return ([f"{_poss(person)} conviction for fraud in [[{one}]] was quashed on appeal.",
             f"A jury had found him guilty in [[{two}]] on the evidence of a single witness."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_diff_launch_blasted_off(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1970, 2012)
    f1, f2 = _abbr(one), _uk(two)
    mission = rng.choice(_MISSIONS)
    return ([f"The launch of {mission} on [[{f1}]] was broadcast live to schools across the country.",
             f"The probe blasted off on [[{f2}]] and reached its target orbit after nine months."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_strike_walkout(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _my(one), _my(two)
    firm = rng.choice(_FIRMS)
    return ([f"The only strike in the history of {firm} took place in [[{f1}]].",
             f"Older staff remember the walkout of [[{f2}]] as the moment the family firm changed for good."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_death_passed_away(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1970, 2012)
    f1, f2 = _uk_th(one), _us(two)
    author = rng.choice(_AUTHORS)
    return ([f"{author} died at a hospice in {rng.choice(_PLACES)} on [[{f1}]].",
             f"The novelist, who passed away on [[{f2}]], left an unfinished manuscript to the county library."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_treaty_accord(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    a, b = rng.sample(_NATIONS, 2)
    return ([f"The fisheries treaty between {a} and {b} was signed in [[{one}]].",
             f"Under that accord, concluded in [[{two}]], boats from both countries share the northern banks."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_diff_record_broke(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2012)
    f1, f2 = _uk(one), _ap(two)
    person = rng.choice(_HER)
    return ([f"{_poss(person)} world record in the 400 metres hurdles, set on [[{f1}]], stood for two decades.",
             f"She broke the old mark at a floodlit meeting in Zurich on [[{f2}]]."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_closure_shut(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1955, 2015)
    station = rng.choice(_STATIONS)
    return ([f"The closure of {station} station in [[{one}]] left the valley without a railway.",
             f"Since the line shut in [[{two}]], campaigners have pressed for it to be reopened."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_diff_eruption_volcano(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2012)
    f1, f2 = _us(one), _my(two)
    volcano = rng.choice(["Mount Kerrow", "Volcan Tamaya", "Hekla Minor", "Mount Arrin"])
    return ([f"{volcano} last erupted on [[{f1}]], burying two villages in ash.",
             f"Scientists say the volcano has been quiet since that eruption in [[{f2}]]."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_arrest_detained(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1975, 2012)
    f1, f2 = _ap(one), _of(two)
    person = rng.choice(_PEOPLE)
    return ([f"{person} was arrested at the border [[{f1}]] carrying a false passport.",
             f"Officers detained the fugitive on [[{f2}]], ending a manhunt that had lasted two years."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_inauguration_sworn_in(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2012)
    f1, f2 = _uk(one), _us(two)
    nation = rng.choice(_NATIONS)
    return ([f"The inauguration of {_poss(nation)} first female president took place on [[{f1}]].",
             f"She was sworn in on [[{f2}]] before a crowd of fifty thousand in the capital."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_bankruptcy_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} filed for bankruptcy in [[{one}]] with debts of forty million.",
             f"The firm's collapse in [[{two}]] wiped out the pension savings of its staff."],
            {"dates": (str(one), str(two))})


@_template
def b16_restated_diff_verdict_jury_returned(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1970, 2012)
    f1, f2 = _my(one), _uk_th(two)
    a, b = rng.sample(["Penrose", "Haldane", "Ashcroft", "Nkemelu", "Varga"], 2)
    return ([f"The verdict in Regina v {a} in [[{f1}]] changed how police record interviews.",
             f"The jury in the {a} trial returned on [[{f2}]] after deliberating for three days."],
            {"dates": (f1, f2)})


@_template
def b16_restated_diff_premiere_screened(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015)
    author = rng.choice(_AUTHORS)
    return ([f"The film of {_poss(author)} first novel premiered at Cannes in [[{one}]].",
             f"It was first screened there in [[{two}]] to a standing ovation."],
            {"dates": (str(one), str(two))})


# --- order_violation ------------------------------------------------------------

@_template
def b16_order_appeal_after_conviction(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1955, 2009)
    person = rng.choice(_PEOPLE)
    return ([f"{person} was convicted in [[{first}]], shortly before lodging an appeal against the verdict in "
             f"[[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_following_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"Following the [[{first}]] merger of {a} and {b}, the combined group closed four factories in "
             f"[[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_aftermath_riots(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _my(first), _my(second)
    city = rng.choice(_CITIES)
    return ([f"In the aftermath of the riots of [[{f1}]], the city council of {city} voted in [[{f2}]] to fund "
             f"new youth centres."], {"earlier": f1, "later": f2})


@_template
def b16_order_before_final(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _uk(first), _uk(second)
    club = rng.choice(_CLUBS)
    return ([f"{club} sacked their manager on [[{f1}]], just before the cup final on [[{f2}]]."],
            {"earlier": f1, "later": f2})


@_template
def b16_order_in_wake_of_scandal(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    person = rng.choice(_PEOPLE)
    return ([f"{person} stepped down in [[{second}]] in the wake of the expenses scandal that broke in "
             f"[[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_prior_to_launch(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _us(first), _us(second)
    mission = rng.choice(_MISSIONS)
    return ([f"Engineers replaced the faulty gyroscope on [[{f1}]], prior to the launch of {mission} on "
             f"[[{f2}]]."], {"earlier": f1, "later": f2})


@_template
def b16_order_years_after_founding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2009)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} was founded in [[{first}]].",
             f"Its first factory, built in [[{second}]], was completed a few years after the founding."],
            {"earlier": str(first), "later": str(second)})


@_template
def b16_order_ahead_of_summit(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _ap(first), _ap(second)
    capital = rng.choice(["Vilnius", "Lusaka", "Montevideo", "Tbilisi"])
    return ([f"Ministers met in {capital} [[{f1}]], ahead of the leaders' summit that opened [[{f2}]]."],
            {"earlier": f1, "later": f2})


@_template
def b16_order_subsequent_ruling(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    judge = rng.choice(_JUDGES)
    return ([f"The injunction was granted by {judge} in [[{second}]], subsequent to the company's breach of "
             f"contract in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_once_retired(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    person = rng.choice(_PEOPLE)
    return ([f"Once {person} had retired from international football in [[{first}]], the striker moved into "
             f"coaching, taking charge of the under-21 side in [[{second}]]."],
            {"earlier": str(first), "later": str(second)})


@_template
def b16_order_in_response_to_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _my(first), _uk(second)
    return ([f"The ministry banned livestock markets on [[{f2}]] in response to the outbreak of foot-and-mouth "
             f"disease first reported in [[{f1}]]."], {"earlier": f1, "later": f2})


@_template
def b16_order_led_to_inquiry(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    vessel = rng.choice(_VESSELS)
    return ([f"The sinking of the {vessel} in [[{first}]] led to a public inquiry that opened in "
             f"[[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_preceded_by(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _uk_th(first), _uk_th(second)
    return ([f"The coup of [[{f2}]] was preceded by a week of strikes that began on [[{f1}]]."],
            {"earlier": f1, "later": f2})


@_template
def b16_order_returned_after_exile(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1955, 2009)
    person = rng.choice(_PEOPLE)
    return ([f"{person} fled the country in [[{first}]].",
             f"The opposition leader returned from exile in [[{second}]], after the amnesty."],
            {"earlier": str(first), "later": str(second)})


@_template
def b16_order_sequel_before_original(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    author = rng.choice(_AUTHORS)
    return ([f"{_poss(author)} debut, published in [[{first}]], was followed by a sequel in [[{second}]] that "
             f"sold even better."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_until_then(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _abbr(first), _abbr(second)
    station = rng.choice(_STATIONS)
    return ([f"Services through {station} were suspended on [[{f1}]] and resumed on [[{f2}]] once the "
             f"landslip had been cleared."], {"earlier": f1, "later": f2})


@_template
def b16_order_completed_after_begun(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2009)
    return ([f"Construction of the cathedral's new spire began in [[{first}]] and was finished in "
             f"[[{second}]], two years behind schedule."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_discovered_then_published(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _my(first), _us(second)
    sci = rng.choice(_SCIENTISTS)
    return ([f"{sci} detected the signal in [[{f1}]] and published the findings on [[{f2}]], after months of "
             f"checks."], {"earlier": f1, "later": f2})


@_template
def b16_order_reelected_after_first_term(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1955, 2009)
    person = rng.choice(_PEOPLE)
    return ([f"First elected governor in [[{first}]], {person} was re-elected by a landslide in "
             f"[[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_aftershock_after_quake(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng, 40, 300)
    f1, f2 = _uk(first), _uk(second)
    city = rng.choice(_CITIES)
    return ([f"The main earthquake hit {city} on [[{f1}]].",
             f"A strong aftershock on [[{f2}]] brought down buildings already weakened by it."],
            {"earlier": f1, "later": f2})


@_template
def b16_order_engaged_then_married(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _reversed(rng)
    f1, f2 = _of(first), _of(second)
    a, b = rng.sample(_PEOPLE, 2)
    return ([f"{a} and {b} announced their engagement on [[{f1}]] and married quietly on [[{f2}]]."],
            {"earlier": f1, "later": f2})


@_template
def b16_order_since_relegation(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    club = rng.choice(_CLUBS)
    return ([f"{club} were relegated in [[{first}]] and have spent every season since in the lower leagues, "
             f"bar a brief promotion in [[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b16_order_later_renamed(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2009)
    station = rng.choice(_STATIONS)
    return ([f"The station opened as {station} in [[{first}]]; it was later renamed, in [[{second}]], after "
             f"the local MP."], {"earlier": str(first), "later": str(second)})


# --- publication_anachronism ----------------------------------------------------

@_template
def b16_anachronism_merger_completed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _us(day)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"{a} completed its purchase of {b} on [[{text}]], the companies said in a joint statement."],
            {"date": text, "relative": None})


@_template
def b16_anachronism_verdict_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    person = rng.choice(_PEOPLE)
    return ([f"{person} was cleared of all charges in [[{year}]] and has since returned to the company's board."],
            {"date": str(year), "relative": None})


@_template
def b16_anachronism_yesterday_pinned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _uk(day)
    club = rng.choice(_CLUBS)
    return ([f"{club} confirmed [[yesterday]], [[{text}]], that their goalkeeper had signed a new contract."],
            {"date": text, "relative": "yesterday"})


@_template
def b16_anachronism_last_week_flood(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _my(day)
    town = rng.choice(_PLACES)
    return ([f"Residents of {town} are still clearing mud from their homes after the river burst its banks "
             f"[[last week]].", f"The flooding, in [[{text}]], was the worst in living memory."],
            {"date": text, "relative": "last week"})


@_template
def b16_anachronism_died_future(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _uk_th(day)
    author = rng.choice(_AUTHORS)
    return ([f"{author}, whose novels sold in their millions, died on [[{text}]] after a short illness."],
            {"date": text, "relative": None})


@_template
def b16_anachronism_this_morning_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _iso(day)
    return ([f"Police closed the motorway [[this morning]] after a tanker overturned; the incident log is "
             f"timestamped [[{text}]]."], {"date": text, "relative": "this morning"})


@_template
def b16_anachronism_launched_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _my(day)
    mission = rng.choice(_MISSIONS)
    return ([f"The {mission} probe, launched in [[{text}]], has already returned its first images of the "
             f"asteroid."], {"date": text, "relative": None})


@_template
def b16_anachronism_earlier_this_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _ap(day)
    city = rng.choice(_CITIES)
    return ([f"The {city} school board voted [[earlier this month]] to close two elementary schools.",
             f"The vote, taken [[{text}]], was seven to two."], {"date": text, "relative": "earlier this month"})


@_template
def b16_anachronism_won_title(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    club = rng.choice(_CLUBS)
    return ([f"{club}, who won the championship in [[{year}]], have lost only twice at home since."],
            {"date": str(year), "relative": None})


@_template
def b16_anachronism_last_night_concert(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _us(day)
    band = rng.choice(["Copperline", "The Gannets", "Low Orchard", "Marigold Engine"])
    return ([f"{band} played to a sold-out crowd [[last night]] at the {rng.choice(_CITIES)} coliseum, on "
             f"[[{text}]], their first show in a decade."], {"date": text, "relative": "last night"})


@_template
def b16_anachronism_two_days_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _uk(day)
    return ([f"The ferry ran aground [[two days ago]] on [[{text}]], and salvage crews are still pumping out "
             f"the engine room."], {"date": text, "relative": "two days ago"})


@_template
def b16_anachronism_opened_exhibit(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _ap(day)
    gallery = rng.choice(_GALLERIES)
    return ([f"Visitors queued around the block when {gallery} opened its new wing [[{text}]]."],
            {"date": text, "relative": None})


@_template
def b16_anachronism_last_month_sacking(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _my(day)
    club = rng.choice(_CLUBS)
    return ([f"The coach, sacked by {club} [[last month]], has spoken for the first time about his dismissal "
             f"in [[{text}]]."], {"date": text, "relative": "last month"})


@_template
def b16_anachronism_last_year_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} swung to a loss [[last year]], its accounts for [[{year}]] show, as demand for its "
             f"products collapsed."], {"date": str(year), "relative": "last year"})


@_template
def b16_anachronism_earlier_today_dot(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _dot(day)
    return ([f"The minister announced [[earlier today]] that the tax would be scrapped (statement issued "
             f"[[{text}]])."], {"date": text, "relative": "earlier today"})


@_template
def b16_anachronism_this_week_hearing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _abbr(day)
    judge = rng.choice(_JUDGES)
    return ([f"{judge} heard arguments [[this week]] in the long-running libel case.",
             f"The hearing opened on [[{text}]] and is expected to last five days."],
            {"date": text, "relative": "this week"})


@_template
def b16_anachronism_fortnight_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _uk_th(day)
    sci = rng.choice(_SCIENTISTS)
    return ([f"{sci} presented the results [[a fortnight ago]], on [[{text}]], to a sceptical audience."],
            {"date": text, "relative": "a fortnight ago"})


@_template
def b16_anachronism_last_weekend_race(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _us(day)
    person = rng.choice(_PEOPLE)
    return ([f"{person} won the coastal ultramarathon [[last weekend]].",
             f"Race officials said the course record set on [[{text}]] would be ratified."],
            {"date": text, "relative": "last weekend"})


@_template
def b16_anachronism_earlier_this_year_law(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    nation = rng.choice(_NATIONS)
    return ([f"The law, passed by {_poss(nation)} parliament [[earlier this year]], took effect in "
             f"[[{year}]]."], {"date": str(year), "relative": "earlier this year"})


@_template
def b16_anachronism_this_afternoon_crash(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _abbr_uk(day)
    return ([f"A light aircraft came down in a field near {rng.choice(_PLACES)} [[this afternoon]], "
             f"[[{text}]], the coastguard said."], {"date": text, "relative": "this afternoon"})


@_template
def b16_anachronism_resigned_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _uk(day)
    person = rng.choice(_PEOPLE)
    return ([f"\"It was the hardest decision of my life,\" said {person}, who resigned from the cabinet on "
             f"[[{text}]]."], {"date": text, "relative": None})


@_template
def b16_anachronism_record_broken_future(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _of(day)
    person = rng.choice(_PEOPLE)
    return ([f"The national high-jump record fell on [[{text}]], when {person} cleared two metres and four "
             f"centimetres."], {"date": text, "relative": None})


# --- duration_arithmetic --------------------------------------------------------

def _dur(stated: str, value: int, unit: str, start: Any, end: Any) -> Facts:
    return {"stated": stated, "value": value, "unit": unit, "start": start, "end": end, "offset": 0}


@_template
def b16_duration_founded_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1995)
    n = _miss(rng, _since(year))
    firm = rng.choice(_FIRMS)
    return ([f"{firm} was founded in [[{year}]] by two brothers, [[{n} years]] ago."],
            _dur(f"{n} years", n, "years", str(year), None))


@_template
def b16_duration_summit_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 2, 10, 1970, 2014)
    while start.month != end.month:
        start, end = _add(start, -12), _add(end, -12)
    n = _word_miss(rng, (end - start).days)
    s, e = _md(start), _us(end)
    return ([f"The [[{_word(n)}-day]] summit ran from [[{s}]] to [[{e}]]."],
            _dur(f"{_word(n)}-day", n, "days", (s, end.year), e))


@_template
def b16_duration_died_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1910, 1960)
    died = _date(rng, max(born.year + 30, 1980), 2015)
    n = _miss(rng, _years(born, died))
    b, d = _uk(born), _uk(died)
    person = rng.choice(_HER)
    return ([f"{person} was born on [[{b}]].", f"She died on [[{d}]], aged [[{n}]]."],
            _dur(str(n), n, "years", b, d))


@_template
def b16_duration_marriage_lasted(rng: random.Random) -> tuple[list[str], Facts]:
    wed = rng.randint(1940, 1985)
    end = rng.randint(wed + 20, 2015)
    n = _miss(rng, end - wed)
    a, b = rng.sample(_PEOPLE, 2)
    return ([f"{a} and {b}, who married in [[{wed}]], were together for [[{n} years]] until {b.split()[0]} "
             f"died in [[{end}]]."], _dur(f"{n} years", n, "years", str(wed), str(end)))


@_template
def b16_duration_sentence_served(rng: random.Random) -> tuple[list[str], Facts]:
    jailed = rng.randint(1960, 1995)
    freed = rng.randint(jailed + 5, 2015)
    n = _miss(rng, freed - jailed)
    person = rng.choice(_HIM)
    return ([f"Jailed in [[{jailed}]] for a robbery he always denied, {person} walked free in [[{freed}]] "
             f"after serving [[{n} years]]."], _dur(f"{n} years", n, "years", str(jailed), str(freed)))


@_template
def b16_duration_strike_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 30, 200, 1965, 2014)
    n = _miss(rng, (end - start).days // 7)
    s, e = _uk(start), _uk(end)
    firm = rng.choice(_FIRMS)
    return ([f"The strike at {firm} began on [[{s}]] and ended on [[{e}]]; over those [[{n} weeks]] the plant "
             f"produced nothing."], _dur(f"{n} weeks", n, "weeks", s, e))


@_template
def b16_duration_construction_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 200, 1500, 1960, 2013)
    n = _miss(rng, _months(start, end))
    s, e = _my(start), _my(end)
    return ([f"Work on the bypass started in [[{s}]] and the road opened in [[{e}]], [[{n} months]] in all."],
            _dur(f"{n} months", n, "months", s, e))


@_template
def b16_duration_tenure_coach(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1960, 1995)
    end = rng.randint(start + 4, 2015)
    n = _miss(rng, end - start)
    person, club = rng.choice(_PEOPLE), rng.choice(_CLUBS)
    return ([f"{person} managed {club} from [[{start}]] to [[{end}]], a spell of [[{n} years]] that included "
             f"two promotions."], _dur(f"{n} years", n, "years", str(start), str(end)))


@_template
def b16_duration_centenary_bridge(rng: random.Random) -> tuple[list[str], Facts]:
    opened = rng.randint(1900, 1925)
    marked = rng.randint(opened + 60, opened + 88)
    return ([f"Opened in [[{opened}]], the viaduct celebrated its [[centenary]] in [[{marked}]] with a parade of "
             f"steam engines."], _dur("centenary", 100, "years", str(opened), str(marked)))


@_template
def b16_duration_half_century_band(rng: random.Random) -> tuple[list[str], Facts]:
    formed = rng.randint(1950, 1975)
    end = rng.choice([rng.randint(formed + 20, formed + 40), rng.randint(formed + 60, min(formed + 70, 2015))]) \
        if formed + 60 <= 2015 else rng.randint(formed + 20, formed + 40)
    band = rng.choice(["the Gannets", "Low Orchard", "Copperline"])
    return ([f"Formed in [[{formed}]], {band} played their farewell gig in [[{end}]], bringing down the curtain "
             f"on [[half a century]] on the road."], _dur("half a century", 50, "years", str(formed), str(end)))


@_template
def b16_duration_fortnight_siege(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 28, 60, 1970, 2014)
    s, e = _uk_th(start), _uk_th(end)
    return ([f"The siege lasted [[a fortnight]], from [[{s}]] until police stormed the farmhouse on [[{e}]]."],
            _dur("a fortnight", 14, "days", s, e))


@_template
def b16_duration_decade_exile(rng: random.Random) -> tuple[list[str], Facts]:
    left = rng.randint(1950, 1995)
    back = left + rng.choice([rng.randint(1, 3), rng.randint(18, 20)])
    person = rng.choice(_PEOPLE)
    return ([f"{person} went into exile in [[{left}]] and returned in [[{back}]] after [[a decade]] abroad."],
            _dur("a decade", 10, "years", str(left), str(back)))


@_template
def b16_duration_expedition_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 40, 120, 1960, 2014)
    n = _miss(rng, (end - start).days, 10, 25)
    s, e = _us(start), _us(end)
    return ([f"The polar team set off on [[{s}]] and reached the coast on [[{e}]], having spent [[{n} days]] on "
             f"the ice."], _dur(f"{n} days", n, "days", s, e))


@_template
def b16_duration_trial_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 40, 250, 1975, 2014)
    n = _miss(rng, (end - start).days // 7)
    s, e = _ap(start), _ap(end)
    return ([f"The [[{n}-week]] trial, which opened [[{s}]], ended with guilty verdicts [[{e}]]."],
            _dur(f"{n}-week", n, "weeks", s, e))


@_template
def b16_duration_hostage_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 30, 150, 1975, 2014)
    n = _miss(rng, (end - start).days, 10, 30)
    s, e = _uk(start), _uk(end)
    return ([f"Seized on [[{s}]], the aid worker was freed on [[{e}]] after [[{n} days]] in captivity."],
            _dur(f"{n} days", n, "days", s, e))


@_template
def b16_duration_orbit_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 150, 600, 1985, 2014)
    n = _miss(rng, _months(start, end))
    s, e = _uk(start), _uk(end)
    return ([f"The cosmonaut spent [[{n} months]] aboard the station, from [[{s}]] to [[{e}]]."],
            _dur(f"{n} months", n, "months", s, e))


@_template
def b16_duration_age_now(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1930, 1990)
    n = _miss(rng, _since(born))
    person = rng.choice(_HER)
    return ([f"{person}, [[{n}]], was born in [[{born}]] in a flat above her parents' bakery."],
            _dur(str(n), n, "years", str(born), None))


@_template
def b16_duration_collapsed_after_years(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1900, 1990)
    collapsed = rng.randint(founded + 10, 2015)
    n = _miss(rng, collapsed - founded)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} collapsed into administration in [[{collapsed}]], [[{n} years]] after it was set up in "
             f"[[{founded}]]."], _dur(f"{n} years", n, "years", str(founded), str(collapsed)))


@_template
def b16_duration_ceasefire_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 300, 1200, 1960, 2013)
    n = _miss(rng, _months(start, end))
    s, e = _my(start), _my(end)
    return ([f"The truce held for [[{n} months]], from [[{s}]] until fighting resumed in [[{e}]]."],
            _dur(f"{n} months", n, "months", s, e))


@_template
def b16_duration_drought_years(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1950, 2000)
    end = start + rng.randint(2, 12)
    n = _word_miss(rng, end - start)
    return ([f"The [[{_word(n)}-year]] drought, which began in [[{start}]] and broke only in [[{end}]], emptied "
             f"the reservoirs."], _dur(f"{_word(n)}-year", n, "years", str(start), str(end)))


@_template
def b16_duration_ship_service(rng: random.Random) -> tuple[list[str], Facts]:
    launched = rng.randint(1930, 1975)
    scrapped = rng.randint(launched + 15, min(launched + 50, 2015))
    n = _miss(rng, scrapped - launched)
    vessel = rng.choice(_VESSELS)
    return ([f"The {vessel}, launched in [[{launched}]], was sold for scrap in [[{scrapped}]] after "
             f"[[{n} years]] of service."], _dur(f"{n} years", n, "years", str(launched), str(scrapped)))


@_template
def b16_duration_band_formed_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1960, 2000)
    n = _miss(rng, _since(year))
    band = rng.choice(["Salt Marsh Radio", "the Cinder Girls", "Northlight"])
    return ([f"It is [[{n} years]] ago that {band} formed in a school music room, in [[{year}]]."],
            _dur(f"{n} years", n, "years", str(year), None))


@_template
def b16_duration_treaty_anniversary_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1945, 1995)
    n = _miss(rng, _since(year))
    a, b = rng.sample(_NATIONS, 2)
    return ([f"The friendship treaty between {a} and {b}, signed in [[{year}]], was the first of its kind "
             f"[[{n} years]] ago."], _dur(f"{n} years", n, "years", str(year), None))


@_template
def b16_duration_obituary_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1915, 1955)
    died = _date(rng, max(1985, born.year + 30), 2015)
    n = _miss(rng, _years(born, died))
    b, d = _us(born), _us(died)
    author = rng.choice(_AUTHORS)
    return ([f"{author} (born [[{b}]]) died on [[{d}]] at the age of [[{n}]]."],
            _dur(str(n), n, "years", b, d))


@_template
def b16_duration_museum_closed_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 200, 1100, 1975, 2013)
    n = _miss(rng, _months(start, end))
    s, e = _uk(start), _uk(end)
    gallery = rng.choice(_GALLERIES)
    return ([f"{gallery[0].upper() + gallery[1:]} shut its doors for renovation on [[{s}]].",
             f"It reopened on [[{e}]] after a [[{n}-month]] closure."], _dur(f"{n}-month", n, "months", s, e))


@_template
def b16_duration_record_stood(rng: random.Random) -> tuple[list[str], Facts]:
    set_year = rng.randint(1950, 1995)
    broken = rng.randint(set_year + 5, 2015)
    n = _miss(rng, broken - set_year)
    person = rng.choice(_PEOPLE)
    return ([f"The national mile record, set by {person} in [[{set_year}]], stood for [[{n} years]] before it "
             f"was finally broken in [[{broken}]]."], _dur(f"{n} years", n, "years", str(set_year), str(broken)))


@_template
def b16_duration_probe_cruise(rng: random.Random) -> tuple[list[str], Facts]:
    launched = rng.randint(1970, 2000)
    arrived = rng.randint(launched + 3, min(launched + 14, 2015))
    n = _miss(rng, arrived - launched)
    mission = rng.choice(_MISSIONS)
    return ([f"{mission} left Earth in [[{launched}]] and, [[{n} years]] later, reached Saturn in "
             f"[[{arrived}]]."], _dur(f"{n} years", n, "years", str(launched), str(arrived)))


@_template
def b16_duration_lawsuit_dragged(rng: random.Random) -> tuple[list[str], Facts]:
    filed = rng.randint(1970, 2005)
    ruled = rng.randint(filed + 3, 2015)
    n = _miss(rng, ruled - filed)
    a, b = rng.sample(_FIRMS, 2)
    return ([f"The patent dispute between {a} and {b} dragged on for [[{n} years]].",
             f"It was filed in [[{filed}]], and the supreme court ruled in [[{ruled}]]."],
            _dur(f"{n} years", n, "years", str(filed), str(ruled)))


@_template
def b16_duration_line_ran(rng: random.Random) -> tuple[list[str], Facts]:
    opened = rng.randint(1860, 1930)
    closed = rng.randint(opened + 20, 1975)
    n = _miss(rng, closed - opened)
    station = rng.choice(_STATIONS)
    return ([f"The branch to {station} carried passengers for [[{n} years]], from its opening in [[{opened}]] to "
             f"the last train in [[{closed}]]."], _dur(f"{n} years", n, "years", str(opened), str(closed)))


@_template
def b16_duration_evacuation_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 25, 180, 1970, 2014)
    n = _miss(rng, (end - start).days // 7)
    s, e = _of(start), _of(end)
    town = rng.choice(_PLACES)
    return ([f"Evacuated on [[{s}]] as the wildfire approached, the people of {town} were not allowed home until "
             f"[[{e}]], [[{n} weeks]] later."], _dur(f"{n} weeks", n, "weeks", s, e))


@_template
def b16_duration_mayor_terms(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1950, 1995)
    end = rng.randint(start + 6, 2015)
    n = _miss(rng, end - start)
    person = rng.choice(_HER)
    return ([f"{person}, mayor from [[{start}]] until her defeat in [[{end}]], held the office for [[{n}]] "
             f"years."], _dur(str(n), n, "years", str(start), str(end)))


@_template
def b16_duration_festival_week_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 2, 9, 1975, 2014)
    n = _word_miss(rng, (end - start).days)
    s, e = _abbr(start), _abbr(end)
    return ([f"Programme note: the festival runs [[{s}]] through [[{e}]] - [[{_word(n)} days]] of music and "
             f"film."], _dur(f"{_word(n)} days", n, "days", s, e))


@_template
def b16_duration_born_graduated_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = rng.randint(1940, 1985)
    grad = born + rng.randint(20, 28)
    n = _miss(rng, grad - born, 8, 12)
    person = rng.choice(_PEOPLE)
    return ([f"Born in [[{born}]], {person} graduated in medicine in [[{grad}]], at the age of [[{n}]]."],
            _dur(str(n), n, "years", str(born), str(grad)))


@_template
def b16_duration_tunnel_bored_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 100, 400, 1980, 2014)
    n = _miss(rng, (end - start).days, 15, 60)
    s, e = _dot(start), _dot(end)
    return ([f"Site diary: boring started [[{s}]] and broke through [[{e}]], a total of [[{n} days]] "
             f"underground."], _dur(f"{n} days", n, "days", s, e))


# --- the set --------------------------------------------------------------------

BLIND16_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b16_weekday_appeal_court_ruling, b16_weekday_cup_final_kickoff, b16_weekday_merger_announced,
        b16_weekday_obituary_service, b16_weekday_eclipse_observed, b16_weekday_train_derailment_short,
        b16_weekday_election_polls_closed, b16_weekday_premiere_novel, b16_weekday_verdict_iso_record,
        b16_weekday_flood_peak, b16_weekday_launch_liftoff, b16_weekday_wedding_register,
        b16_weekday_strike_walkout, b16_weekday_dot_format_notice, b16_weekday_marathon_record,
        b16_weekday_earthquake_struck, b16_weekday_resignation_letter, b16_weekday_gallery_reopening,
        b16_weekday_ferry_sinking_inquiry, b16_weekday_patent_granted_short, b16_weekday_quote_minister,
        b16_weekday_discovery_fossil, b16_weekday_bankruptcy_filing,
    ],
    "impossible_date": [
        b16_impossible_court_summons, b16_impossible_match_fixture, b16_impossible_contract_signed,
        b16_impossible_birth_record, b16_impossible_yearless_deadline, b16_impossible_iso_log,
        b16_impossible_ap_storm, b16_impossible_dot_invoice, b16_impossible_leap_day_common_year,
        b16_impossible_treaty_ratified, b16_impossible_abbr_concert, b16_impossible_death_notice,
        b16_impossible_yearless_ordinal, b16_impossible_abbr_uk_ledger, b16_impossible_hearing_adjourned,
        b16_impossible_yearless_uk, b16_impossible_vaccine_trial, b16_impossible_ship_launch,
        b16_impossible_election_called, b16_impossible_exhibition_closing, b16_impossible_arrest_warrant,
        b16_impossible_anniversary_toast,
    ],
    "restated_event": [
        b16_restated_same_only_acquittal, b16_restated_same_founding_congress, b16_restated_same_inaugural_race,
        b16_restated_same_named_collapse, b16_restated_same_landmark_case, b16_restated_same_first_transplant,
        b16_restated_same_championship_title, b16_restated_same_maiden_voyage, b16_restated_same_sole_recording,
        b16_restated_same_pardon_governor, b16_restated_same_first_ascent, b16_restated_same_crash_report,
        b16_restated_same_debut_season, b16_restated_same_referendum_vote, b16_restated_same_premiere_opera,
        b16_restated_same_explosion_refinery, b16_restated_same_coronation_ceremony,
        b16_restated_same_recall_vehicle, b16_restated_same_ceasefire_agreement,
        b16_restated_same_excavation_hoard,
        b16_restated_diff_fire_blaze, b16_restated_diff_takeover_acquired, b16_restated_diff_murder_killing,
        b16_restated_diff_pronoun_wedding, b16_restated_diff_discovery_identified,
        b16_restated_diff_resignation_quit, b16_restated_diff_election_victory, b16_restated_diff_flood_deluge,
        b16_restated_diff_opening_unveiled, b16_restated_diff_conviction_found_guilty,
        b16_restated_diff_launch_blasted_off, b16_restated_diff_strike_walkout,
        b16_restated_diff_death_passed_away, b16_restated_diff_treaty_accord, b16_restated_diff_record_broke,
        b16_restated_diff_closure_shut, b16_restated_diff_eruption_volcano, b16_restated_diff_arrest_detained,
        b16_restated_diff_inauguration_sworn_in, b16_restated_diff_bankruptcy_collapse,
        b16_restated_diff_verdict_jury_returned, b16_restated_diff_premiere_screened,
    ],
    "order_violation": [
        b16_order_appeal_after_conviction, b16_order_following_merger, b16_order_aftermath_riots,
        b16_order_before_final, b16_order_in_wake_of_scandal, b16_order_prior_to_launch,
        b16_order_years_after_founding, b16_order_ahead_of_summit, b16_order_subsequent_ruling,
        b16_order_once_retired, b16_order_in_response_to_outbreak, b16_order_led_to_inquiry,
        b16_order_preceded_by, b16_order_returned_after_exile, b16_order_sequel_before_original,
        b16_order_until_then, b16_order_completed_after_begun, b16_order_discovered_then_published,
        b16_order_reelected_after_first_term, b16_order_aftershock_after_quake, b16_order_engaged_then_married,
        b16_order_since_relegation, b16_order_later_renamed,
    ],
    "publication_anachronism": [
        b16_anachronism_merger_completed, b16_anachronism_verdict_year, b16_anachronism_yesterday_pinned,
        b16_anachronism_last_week_flood, b16_anachronism_died_future, b16_anachronism_this_morning_iso,
        b16_anachronism_launched_month, b16_anachronism_earlier_this_month, b16_anachronism_won_title,
        b16_anachronism_last_night_concert, b16_anachronism_two_days_ago, b16_anachronism_opened_exhibit,
        b16_anachronism_last_month_sacking, b16_anachronism_last_year_year, b16_anachronism_earlier_today_dot,
        b16_anachronism_this_week_hearing, b16_anachronism_fortnight_ago, b16_anachronism_last_weekend_race,
        b16_anachronism_earlier_this_year_law, b16_anachronism_this_afternoon_crash,
        b16_anachronism_resigned_quote, b16_anachronism_record_broken_future,
    ],
    "duration_arithmetic": [
        b16_duration_founded_ago, b16_duration_summit_days, b16_duration_died_aged, b16_duration_marriage_lasted,
        b16_duration_sentence_served, b16_duration_strike_weeks, b16_duration_construction_months,
        b16_duration_tenure_coach, b16_duration_centenary_bridge, b16_duration_half_century_band,
        b16_duration_fortnight_siege, b16_duration_decade_exile, b16_duration_expedition_days,
        b16_duration_trial_weeks, b16_duration_hostage_days, b16_duration_orbit_months, b16_duration_age_now,
        b16_duration_collapsed_after_years, b16_duration_ceasefire_months, b16_duration_drought_years,
        b16_duration_ship_service, b16_duration_band_formed_ago, b16_duration_treaty_anniversary_ago,
        b16_duration_obituary_age, b16_duration_museum_closed_months, b16_duration_record_stood,
        b16_duration_probe_cruise, b16_duration_lawsuit_dragged, b16_duration_line_ran,
        b16_duration_evacuation_weeks, b16_duration_mayor_terms, b16_duration_festival_week_abbr,
        b16_duration_born_graduated_age, b16_duration_tunnel_bored_days,
    ],
}
