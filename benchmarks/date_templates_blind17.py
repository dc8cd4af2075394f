"""``blind17``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind17`` templates.  Written on 2026-11-23 (about 04:16-04:22 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind16.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind16.py; in benchmarks/date_templates_blind16.py
# its header comment, import block, name lists and helpers (lines 1-183) and
# its first two template functions (b16_weekday_appeal_court_ruling and
# b16_weekday_cup_final_kickoff), the first eight lines of a ``grep -n`` of its
# ``def``/``BLIND16`` lines (helper names only), a ``grep -n`` for its
# ``@``/``def b16_`` lines limited to the first six (which showed the ``def``
# line of a third template, b16_weekday_merger_announced, not its body) and
# the first five lines of the final ``BLIND16_TEMPLATES`` dict (which name
# nine weekday templates); in benchmarks/date_templates_blind13.py the
# definitions of the names blind16 imports from it (located with one anchored
# ``grep -n`` of exactly those names and printed with ``sed``); in
# benchmarks/date_conflicts.py the ``from date_templates`` import lines and
# the ``INDEPENDENT_SETS`` mapping (via ``grep -n``).
# Disclosure of what was seen by accident: printing blind13's helper block in
# one range (its lines 125-290) also showed the unimported helpers
# ``_common_feb29``, ``_thirty_one``, ``_whole_years`` and ``_whole_months``
# (bodies included) and the section comment that opens blind13's weekday
# templates (no template of blind13 was seen).  The ``-A9`` grep of
# date_conflicts.py showed, as trailing context, the ``def run(...)`` signature
# line that follows ``INDEPENDENT_SETS``.  ``git diff`` of date_conflicts.py
# after the edit showed, as context, the first two lines of its ``MONTHS``
# constant (a list of month names) besides the edited lines.  ``git log``
# was never run; the commit hash was taken with ``git rev-parse HEAD``.
# tests/conftest.py was not read; ``load_benchmark`` is used as blind16's test
# uses it.  No template here copies blind16's wording (only two of its
# templates were seen); the import block follows blind16's, the name lists and
# the local helpers are new.  The templates were only run through their own
# generators, tests/test_date_templates_blind17.py and a throwaway script
# running the same shared checks over 1,000 seeds per template, never through
# the detector; ``benchmarks/date_conflicts.py`` was not run (only
# byte-compiled after adding the import and the ``INDEPENDENT_SETS`` entry for
# ``blind17``).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind17``.
#
# Conventions (as in blind16).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous, two when the
# weekday and the date are written apart), the impossible date, both dates of
# a restated event, both dates of an order violation, the relative expression
# and its pinned date (or only the date when the conflict is with the
# publication date), and the duration/age and the dates it contradicts.  When
# a side is a yearless month-day, the year that makes it clear is marked too.
# Publication-relative templates assume an article published on 2016-09-27
# (``--published 2016-09-27``): past-tense events are dated at least eight
# months after publication (2018-2025), and relative expressions are pinned at
# least three years away from it (1998-2012 or 2020-2025).  Arithmetic
# templates miss by at least 8 units from the exact count (at least 5 beyond
# any inclusive/exclusive or unknown-day counting difference); the one
# "half a century" template keeps its founding year at 1925-1950 or 1975-1990
# for the same margin.  Dates in all other types stay at or before 2015; no
# weekday is named outside the weekday templates and no relative expression
# outside the anachronism templates ("ago" only in duration templates, against
# 2016).  Restated-event templates are named ``b17_restated_same_*`` when both
# places use the same head word for the event and ``b17_restated_diff_*`` when
# they use a different word or form (a verb for a noun, a synonym, a pronoun
# or a possessive with a different noun); in every one the two places
# unmistakably describe one event (a unique qualifier such as "only", "first",
# "inaugural", "sole", a named person, ship, bridge or company, or an anaphor
# such as "that"/"the" pointing back ties them).  Each template is 1-3
# sentences.  In order-violation facts ``earlier`` is the date of the event the
# text says came first (it is later than ``later``).  Besides the relative
# expressions of the shared checks, the anachronism templates pin "last
# weekend", "earlier this year" and "this afternoon".  No duration template
# carries an offset (all offsets are 0).
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

# Constants and helpers are imported from blind13 as blind16 does, so that one copy is kept.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_templates_blind13 import (  # noqa: E402  (benchmarks/ helper)
    REFERENCE, MONTHS, AP_MONTHS, SHORT_MONTHS, WEEKDAYS, AP_WEEKDAYS, SHORT_WEEKDAYS, WORDS, _Day, _template,
    _date, _add, _wrong, _sfx, _us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot, _my, _md, _dm, _leap,
    _bad, _miss, _word_miss, _years_apart, _flipped, _future, _far, _far_year, _word, _poss,
)

_MEN = ["Anselm Vardy", "Kwabena Osei-Mensah", "Lorcan Feeney", "Ruairi Baxendale", "Tobias Wrenfield",
        "Emeric Lazlo", "Jonah Petrakis", "Florian Haverkamp"]
_WOMEN = ["Philippa Norcross", "Adaeze Nwachukwu", "Marisol Echeverria", "Greta Lindqvist", "Harriet Penhaligon",
          "Yelena Sobol", "Bronwen Caddick", "Noor Haddad"]
_SIDES = ["Castlebrook Town", "Ferrymead Athletic", "Holloway Park Rangers", "Westcombe Rovers", "Ravensworth FC",
          "Lydbrook Celtic", "Marston Vale"]
_COMPANIES = ["Quillon Foods", "Aldermoor Steel", "Brightwater Telecom", "Halsey & Crane", "Vexford Aerospace",
              "Tarrant Biologics", "Orrin Freight", "Caldwell Paper"]
_TOWNS = ["Ludlow", "Bideford", "Oban", "Whitby", "Keswick", "Llandeilo", "Thurso", "Hexham", "Bantry", "Louth"]
_STATES = ["Ohio", "Nebraska", "Vermont", "Oregon", "Arkansas", "Montana", "Idaho", "Delaware"]
_COUNTRIES = ["Paraguay", "Estonia", "Malawi", "Laos", "Armenia", "Ecuador", "Mali", "Albania"]
_SHIPS = ["HMS Caradoc", "RFA Wave Sentinel", "USS Harlan Creek", "HMS Pelorus", "USS Tamsworth"]
_LABS = ["the Hollins Institute", "the Kairos Laboratory", "the Brantwood Research Centre", "the Ostler Observatory"]
_THEATRES = ["the Lyceum Playhouse", "the Corn Exchange", "the Garrick Rooms", "the Alhambra Hall"]
_STORM_NAMES = ["Ingrid", "Leopold", "Magdalena", "Nikolai", "Oriana", "Barnaby"]
_BRIDGES = ["the Tarn Viaduct", "the Selby Swing Bridge", "the Kelso Footbridge", "the Harbour Arch"]
_REGIMENTS = ["the 3rd Fusiliers", "the 14th Light Dragoons", "the Border Rifles", "the 2nd Signal Brigade"]


def _pick(rng: random.Random) -> tuple[str, str, str]:
    """A person, the subject pronoun and the possessive pronoun."""
    if rng.random() < 0.5:
        return rng.choice(_MEN), "he", "his"
    return rng.choice(_WOMEN), "she", "her"


def _full(rng: random.Random) -> Callable[[Any], str]:
    """Any written form of a full date."""
    return rng.choice([_us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot])


def _prose(rng: random.Random) -> Callable[[Any], str]:
    """A full date as running prose writes it."""
    return rng.choice([_us, _uk, _ap, _uk_th, _of])


def _gap(rng: random.Random, first: int = 1960, last: int = 2013) -> tuple[datetime.date, datetime.date]:
    """Two days 45-1,100 days apart (different months), in random order."""
    one = _date(rng, first, last)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(45, 1100))
    while max(one, two).year > 2015:
        one, two = _add(one, -730), _add(two, -730)
    return one, two


def _back(rng: random.Random, low: int = 45, high: int = 900) -> tuple[datetime.date, datetime.date]:
    """(the day of the event claimed to come first, the day of the event claimed to come later); first is later."""
    later = _date(rng, 1962, 2012)
    return _add(later, rng.randint(low, high)), later


def _stretch(rng: random.Random, low: int, high: int, first: int = 1960, last: int = 2014) -> tuple[
        datetime.date, datetime.date]:
    """A start day and an end day ``low``-``high`` days later, ending by 2015."""
    start = _date(rng, first, last)
    end = _add(start, rng.randint(low, high))
    while end.year > 2015:
        start, end = _add(start, -366), _add(end, -366)
    return start, end


def _no_such_day(rng: random.Random) -> _Day:
    """A month and day that no year has (year 0 stands for "no year written")."""
    return _Day(0, *rng.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]))


def _age(a: datetime.date, b: datetime.date) -> int:
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _month_count(a: datetime.date, b: datetime.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b17_weekday_sentencing_hearing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _us(day)
    name, he, his = _pick(rng)
    return ([f"{name} was jailed for {rng.randint(3, 12)} years at a sentencing hearing on [[{wd}, {text}]], "
             f"and {his} lawyers said an appeal would follow."], {"weekday": wd, "date": text})


@_template
def b17_weekday_marathon_record(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    name, he, his = _pick(rng)
    return ([f"The course record fell to {name}, whose winning time in the {rng.choice(_TOWNS)} marathon on "
             f"[[{wd} {text}]] still stands."], {"weekday": wd, "date": text})


@_template
def b17_weekday_share_listing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    firm = rng.choice(_COMPANIES)
    return ([f"Shares of {firm} began trading [[{wd}, {text}]], and closed {rng.randint(11, 40)} percent above "
             f"their offer price."], {"weekday": wd, "date": text})


@_template
def b17_weekday_funeral_notice(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    name, he, his = _pick(rng)
    return ([f"Mourners filled the parish church in {rng.choice(_TOWNS)} for the funeral of {name}.",
             f"The service, held on [[{wd}, {text}]], was led by {his} eldest grandson."],
            {"weekday": wd, "date": text})


@_template
def b17_weekday_ward_opened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _of(day)
    return ([f"A new maternity ward with {rng.randint(20, 60)} beds was opened by the health secretary on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b17_weekday_album_release(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1968, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _abbr(day)
    name, he, his = _pick(rng)
    return ([f"Release date: [[{wd} {text}]].",
             f"It was {_poss(name)} first record in a decade and entered the charts at number {rng.randint(2, 9)}."],
            {"weekday": wd, "date": text})


@_template
def b17_weekday_quake_struck(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _us(day)
    country = rng.choice(_COUNTRIES)
    return ([f"When the magnitude-{rng.randint(5, 7)}.{rng.randint(1, 9)} earthquake struck northern {country} "
             f"before dawn on [[{wd}, {text}]], most residents were asleep."], {"weekday": wd, "date": text})


@_template
def b17_weekday_parliament_division(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    return ([f"MPs rejected the amendment by {rng.randint(5, 40)} votes in a late-night division.",
             f"Hansard records the vote as taking place on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b17_weekday_tramline_opened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _md(day)
    return ([f"Passengers rode the tram line through {rng.choice(_TOWNS)} for the first time in [[{day.year}]], "
             f"when services began on [[{wd}, {text}]]."], {"weekday": wd, "date": (text, day.year)})


@_template
def b17_weekday_school_closed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _dot(day)
    return ([f"Pupils were sent home when the school's boiler failed; the closure notice is dated "
             f"[[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b17_weekday_frigate_commissioned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1965, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    ship = rng.choice(_SHIPS)
    return ([f"{ship} joined the fleet at a dockside ceremony, commissioned on [[{wd}, {text}]]."],
            {"weekday": wd, "date": text})


@_template
def b17_weekday_exhibition_preview(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"Critics got their first look at the retrospective at {rng.choice(_THEATRES)} during a press "
             f"preview on [[{wd}]].", f"It opened to the public the same day, [[{text}]]."],
            {"weekday": wd, "date": text})


@_template
def b17_weekday_trial_results(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd, text = _wrong(rng, day), _iso(day)
    lab = rng.choice(_LABS)
    return ([f"Results of the phase III trial were posted by {lab} on [[{wd}, {text}]], showing a "
             f"{rng.randint(20, 60)} percent drop in infections."], {"weekday": wd, "date": text})


@_template
def b17_weekday_dockers_walkout(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _dm(day)
    return ([f"It was on [[{wd} {text}]] that dockers in {rng.choice(_TOWNS)} walked out, and the strike "
             f"dragged on for most of [[{day.year}]]."], {"weekday": wd, "date": (text, day.year)})


@_template
def b17_weekday_flight_diverted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    return ([f"A transatlantic flight carrying {rng.randint(150, 390)} passengers was diverted to Shannon on "
             f"[[{wd}, {text}]], after a passenger fell ill."], {"weekday": wd, "date": text})


@_template
def b17_weekday_mill_blaze(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1965, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    return ([f"Fire crews from three stations fought the blaze at the old mill.",
             f"The alarm was raised shortly after midnight on [[{wd}, {text}]], according to the brigade's log."],
            {"weekday": wd, "date": text})


@_template
def b17_weekday_referendum_count(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"Voters in {rng.choice(_STATES)} approved the measure in a referendum held [[{wd}, {text}]], "
             f"with turnout of {rng.randint(35, 70)} percent."], {"weekday": wd, "date": text})


@_template
def b17_weekday_bridge_gave_way(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1965, 2014)
    wd, text = _wrong(rng, day), _of(day)
    bridge = rng.choice(_BRIDGES)
    return ([f"Engineers had warned about {bridge} for years before its central span gave way on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b17_weekday_patent_granted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _abbr_uk(day)
    firm = rng.choice(_COMPANIES)
    return ([f"Granted: [[{wd} {text}]].", f"The patent covers the sealing process {firm} still uses."],
            {"weekday": wd, "date": text})


@_template
def b17_weekday_comet_sighted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _md(day)
    name, he, his = _pick(rng)
    return ([f"An amateur astronomer, {name}, spotted the comet from {his} garden in [[{day.year}]].",
             f"{he.capitalize()} logged the sighting at 3.40am on [[{wd}, {text}]]."],
            {"weekday": wd, "date": (text, day.year)})


@_template
def b17_weekday_title_fight(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    return ([f"The title fight went the full twelve rounds, and the split decision announced on the night of "
             f"[[{wd} {text}]] is still disputed."], {"weekday": wd, "date": text})


@_template
def b17_weekday_royal_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2014)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"Crowds lined the streets of the capital as the couple were married on [[{wd}, {text}]], in a "
             f"ceremony broadcast to {rng.randint(20, 90)} countries."], {"weekday": wd, "date": text})


@_template
def b17_weekday_flood_evacuation(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    river_town = rng.choice(_TOWNS)
    return ([f"Police ordered {rng.randint(200, 900)} households in {river_town} to leave their homes.",
             f"That order, issued on [[{wd}]] [[{text}]], came hours before the river burst its banks."],
            {"weekday": wd, "date": text})


# --- impossible_date ------------------------------------------------------------

@_template
def b17_impossible_contract_signed(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng))
    firm = rng.choice(_COMPANIES)
    return ([f"{firm} signed the supply contract on [[{text}]], according to the filing."], {"date": text})


@_template
def b17_impossible_birth_register(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1920, 2005))
    name, he, his = _pick(rng)
    return ([f"{name} was born in {rng.choice(_TOWNS)} on [[{text}]], the youngest of {rng.randint(3, 9)} "
             f"children."], {"date": text})


@_template
def b17_impossible_match_report(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_bad(rng, 1960, 2014))
    home, away = rng.sample(_SIDES, 2)
    return ([f"{home} beat {away} {rng.randint(2, 5)}-{rng.randint(0, 1)} at home.",
             f"That result, on [[{text}]], kept them top of the table."], {"date": text})


@_template
def b17_impossible_court_filing_ap(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_bad(rng, 1975, 2014))
    return ([f"The lawsuit, filed [[{text}]], in federal court in {rng.choice(_STATES)}, names "
             f"{rng.randint(3, 14)} defendants."], {"date": text})


@_template
def b17_impossible_yearless_deadline(rng: random.Random) -> tuple[list[str], Facts]:
    text = _md(_no_such_day(rng))
    return ([f"Applicants must submit their forms no later than [[{text}]], the council said."], {"date": text})


@_template
def b17_impossible_yearless_festival(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dm(_no_such_day(rng))
    return ([f"Every year on [[{text}]] the villagers of {rng.choice(_TOWNS)} light bonfires on the green."],
            {"date": text})


@_template
def b17_impossible_iso_log(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_bad(rng, 1990, 2014, leap=0.4))
    return ([f"The reactor's maintenance log shows the valve was replaced on [[{text}]]."], {"date": text})


@_template
def b17_impossible_dotted_invoice(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dot(_bad(rng, 1985, 2014))
    firm = rng.choice(_COMPANIES)
    return ([f"Auditors flagged an invoice from {firm} dated [[{text}]] as suspect."], {"date": text})


@_template
def b17_impossible_of_form_treaty(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_bad(rng, 1950, 2014))
    a, b = rng.sample(_COUNTRIES, 2)
    return ([f"It was on [[{text}]] that {a} and {b} exchanged instruments of ratification."], {"date": text})


@_template
def b17_impossible_day_of_form(rng: random.Random) -> tuple[list[str], Facts]:
    d = _bad(rng, 1900, 2010)
    text = f"the {d.day}{_sfx(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"
    return ([f"The deed was executed on [[{text}]], and witnessed by two magistrates."], {"date": text})


@_template
def b17_impossible_leap_hospital(rng: random.Random) -> tuple[list[str], Facts]:
    d = _bad(rng, 1960, 2014, leap=1.0)
    text = _us(d)
    return ([f"Doctors at the infirmary delivered quadruplets on [[{text}]], a first for the region."],
            {"date": text})


@_template
def b17_impossible_abbr_launch(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_bad(rng, 1970, 2014))
    return ([f"Launched [[{text}]], the weather satellite sent back its first images within hours."],
            {"date": text})


@_template
def b17_impossible_abbr_uk_ferry(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr_uk(_bad(rng, 1970, 2014))
    return ([f"The last ferry crossed to the island on [[{text}]] before the service was withdrawn."],
            {"date": text})


@_template
def b17_impossible_split_year_election(rng: random.Random) -> tuple[list[str], Facts]:
    d = _bad(rng, 1950, 2014, leap=0.0)
    text = _md(d)
    name, he, his = _pick(rng)
    return ([f"{name} first won the seat in [[{d.year}]].", f"Polling day that year fell on [[{text}]], and "
             f"{he} took it by {rng.randint(90, 900)} votes."], {"date": (text, d.year)})


@_template
def b17_impossible_passive_excavation(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1950, 2014))
    return ([f"The hoard of Roman coins was uncovered by a metal detectorist on [[{text}]] and declared treasure "
             f"at an inquest."], {"date": text})


@_template
def b17_impossible_obituary_died(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1980, 2014))
    name, he, his = _pick(rng)
    return ([f"{name}, a former headteacher, died at home on [[{text}]].", f"{his.capitalize()} family asked for "
             f"donations to the hospice in place of flowers."], {"date": text})


@_template
def b17_impossible_regiment_deployed(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_bad(rng, 1950, 2014))
    reg = rng.choice(_REGIMENTS)
    return ([f"{reg[0].upper()}{reg[1:]} deployed overseas on [[{text}]], the ministry confirmed."],
            {"date": text})


@_template
def b17_impossible_exam_timetable(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dm(_no_such_day(rng))
    return ([f"Under the new timetable, the chemistry paper is sat on [[{text}]] and results follow in August."],
            {"date": text})


@_template
def b17_impossible_ordinal_words(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice(["April", "June", "September", "November"])
    text = f"the thirty-first of {month}"
    return ([f"The old charter fixes the annual horse fair on [[{text}]]."], {"date": text})


@_template
def b17_impossible_quoted_witness(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1970, 2014))
    name, he, his = _pick(rng)
    return ([f"\"I saw the car go into the canal on [[{text}]],\" {name} told the inquest."], {"date": text})


@_template
def b17_impossible_museum_acquisition(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_bad(rng, 1960, 2014))
    return ([f"The painting entered the museum's collection [[{text}]], bought at auction for an undisclosed sum."],
            {"date": text})


@_template
def b17_impossible_storm_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1970, 2014))
    return ([f"Storm {rng.choice(_STORM_NAMES)} made landfall on [[{text}]], bringing down power lines across "
             f"the west."], {"date": text})


@_template
def b17_impossible_transfer_window(rng: random.Random) -> tuple[list[str], Facts]:
    d = _bad(rng, 1990, 2014, leap=0.6)
    text = _uk_th(d)
    name, he, his = _pick(rng)
    side = rng.choice(_SIDES)
    return ([f"{side} completed the signing of {name} on [[{text}]], hours before the deadline."], {"date": text})


# --- restated_event: the same head word in both places -------------------------

@_template
def b17_restated_same_merger(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1975, 2015, 9)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"The [[{a}]] merger of {one} and {two} created the largest employer in the county.",
             f"Staff still call the merger, completed in [[{b}]], a takeover in all but name."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1975, 2013)
    f = _prose(rng)
    name, he, his = _pick(rng)
    return ([f"The jury returned its verdict in the {name} fraud trial on [[{f(d1)}]].",
             f"Outside court, {his} solicitor said the verdict of [[{f(d2)}]] would be appealed."],
            {"dates": (f(d1), f(d2))})


@_template
def b17_restated_same_final(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 8)
    side = rng.choice(_SIDES)
    return ([f"{side} have reached only one cup final, in [[{a}]].",
             f"That final, played at a packed ground in [[{b}]], ended in a replay."], {"dates": (str(a), str(b))})


@_template
def b17_restated_same_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1980, 2013)
    town = rng.choice(_TOWNS)
    return ([f"Health officials traced the {town} cholera outbreak to a broken sewer main in [[{_my(d1)}]].",
             f"A later report on the outbreak gives its onset as [[{_my(d2)}]], by which time "
             f"{rng.randint(12, 80)} people had been treated."], {"dates": (_my(d1), _my(d2))})


@_template
def b17_restated_same_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1960, 2013)
    name, he, his = _pick(rng)
    theatre = rng.choice(_THEATRES)
    return ([f"{_poss(name)} only opera had its premiere at {theatre} on [[{_uk(d1)}]].",
             f"Reviews of the premiere, which took place on [[{_uk(d2)}]], were scathing."],
            {"dates": (_uk(d1), _uk(d2))})


@_template
def b17_restated_same_eruption(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 12)
    country = rng.choice(_COUNTRIES)
    return ([f"Villagers on the slopes still speak of the great eruption of [[{a}]].",
             f"Vulcanologists date that eruption, the volcano's last in {country}, to [[{b}]]."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_strike(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 10)
    return ([f"The miners' strike that began in [[{a}]] split the valley for a generation.",
             f"Ballots for that strike were counted, the union's archive shows, in [[{b}]]."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_launch(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1970, 2013)
    f = _full(rng)
    lab = rng.choice(_LABS)
    return ([f"The probe built by {lab} returned data for eleven years after its launch on [[{f(d1)}]].",
             f"Engineers who worked on the launch, on [[{f(d2)}]], gathered for a reunion."],
            {"dates": (f(d1), f(d2))})


@_template
def b17_restated_same_inauguration(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 8)
    country = rng.choice(_COUNTRIES)
    name, he, his = _pick(rng)
    return ([f"At {his} inauguration in [[{a}]], {name} promised {country} free elections.",
             f"Diplomats present at the inauguration, held in [[{b}]], recall a subdued crowd."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_derailment(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1965, 2013)
    town = rng.choice(_TOWNS)
    return ([f"Seven carriages left the rails near {town} in the derailment of [[{_us(d1)}]].",
             f"Investigators blamed the derailment, on [[{_us(d2)}]], on a cracked rail."],
            {"dates": (_us(d1), _us(d2))})


@_template
def b17_restated_same_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 7)
    one, two = rng.sample(_COUNTRIES, 2)
    return ([f"The ceasefire between {one} and {two} has held since [[{a}]].",
             f"Negotiators who brokered that ceasefire in [[{b}]] were nominated for the peace prize."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_recall(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1985, 2013)
    firm = rng.choice(_COMPANIES)
    return ([f"{firm} announced the recall of its infant formula in [[{_my(d1)}]].",
             f"Sales never recovered after the recall, which was ordered in [[{_my(d2)}]]."],
            {"dates": (_my(d1), _my(d2))})


@_template
def b17_restated_same_coronation(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1950, 2013)
    return ([f"The coronation took place in the cathedral on [[{_of(d1)}]].",
             f"Footage of the coronation, filmed on [[{_of(d2)}]], was restored for the anniversary."],
            {"dates": (_of(d1), _of(d2))})


@_template
def b17_restated_same_heist(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 10)
    return ([f"Nobody has ever been charged over the [[{a}]] bullion heist at the airport.",
             f"Police reopened the file on the heist, committed in [[{b}]], after a deathbed confession."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_transplant(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1965, 2013)
    name, he, his = _pick(rng)
    return ([f"Surgeons performed the country's first hand transplant on [[{_uk_th(d1)}]].",
             f"The patient, {name}, said the transplant of [[{_uk_th(d2)}]] had given {his} life back."],
            {"dates": (_uk_th(d1), _uk_th(d2))})


@_template
def b17_restated_same_referendum(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1970, 2015, 6)
    state = rng.choice(_STATES)
    return ([f"{state} held its sole referendum on independence in [[{a}]].",
             f"Opponents of the referendum, who won it narrowly in [[{b}]], campaigned on the economy."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1965, 2013)
    bridge = rng.choice(_BRIDGES)
    return ([f"The collapse of {bridge} on [[{_ap(d1)}]] killed {rng.randint(3, 19)} people.",
             f"A memorial to those lost in the collapse, on [[{_ap(d2)}]], stands by the river."],
            {"dates": (_ap(d1), _ap(d2))})


@_template
def b17_restated_same_expedition(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 10)
    name, he, his = _pick(rng)
    return ([f"{name} led the first expedition to cross the ice cap unsupported, in [[{a}]].",
             f"Photographs from that expedition, made in [[{b}]], hang in the society's library."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_same_founding_year_vs_date(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 9)
    day = _date(rng, b, b)
    firm = rng.choice(_COMPANIES)
    return ([f"{firm} was founded in a garage in [[{a}]].",
             f"Company records put the founding at [[{_us(day)}]], in a rented workshop."],
            {"dates": (str(a), _us(day))})


@_template
def b17_restated_same_acquittal(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1970, 2013)
    name, he, his = _pick(rng)
    return ([f"{name} walked free after {his} acquittal on [[{_dot(d1)}]].",
             f"The acquittal, dated [[{_dot(d2)}]] in the court register, ended a six-week trial."],
            {"dates": (_dot(d1), _dot(d2))})


# --- restated_event: a different word or form in the second place -------------

@_template
def b17_restated_diff_wed_marriage(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 8)
    name, he, his = _pick(rng)
    return ([f"{name} wed the sculptor in a registry office in [[{a}]].",
             f"The marriage, {his} only one, took place in [[{b}]] and lasted until the sculptor's death."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_acquired_takeover(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1980, 2013)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"{one} acquired its rival {two} on [[{_us(d1)}]].",
             f"Analysts say the takeover of {two}, agreed on [[{_us(d2)}]], was overpriced."],
            {"dates": (_us(d1), _us(d2))})


@_template
def b17_restated_diff_ruling_decision(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1975, 2013)
    judge = rng.choice(["Justice Hale", "Judge Moreno", "Justice Abernethy", "Judge Okafor"])
    return ([f"{judge} ruled in [[{_my(d1)}]] that the dismissal of the nurses had been unlawful.",
             f"That decision, handed down in [[{_my(d2)}]], has been cited in {rng.randint(8, 40)} later cases."],
            {"dates": (_my(d1), _my(d2))})


@_template
def b17_restated_diff_sank_sinking(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 10)
    ship = rng.choice(_SHIPS)
    return ([f"{ship} sank off the headland in [[{a}]] with the loss of all hands.",
             f"Divers who found the wreck believe the sinking, in [[{b}]], was caused by a mine."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_pronoun_tournament(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1970, 2013)
    town = rng.choice(_TOWNS)
    return ([f"The inaugural chess open in {town} began on [[{_uk(d1)}]].",
             f"It drew grandmasters from {rng.randint(5, 20)} countries when it opened on [[{_uk(d2)}]]."],
            {"dates": (_uk(d1), _uk(d2))})


@_template
def b17_restated_diff_elected_victory(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 8)
    name, he, his = _pick(rng)
    state = rng.choice(_STATES)
    return ([f"{name} was first elected governor of {state} in [[{a}]].",
             f"{his.capitalize()} first gubernatorial victory, in [[{b}]], came by fewer than 900 votes."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1970, 2013)
    name, he, his = _pick(rng)
    return ([f"{name}, the novelist, died in {rng.choice(_TOWNS)} on [[{_ap(d1)}]].",
             f"News of {his} death on [[{_ap(d2)}]] brought tributes from across the literary world."],
            {"dates": (_ap(d1), _ap(d2))})


@_template
def b17_restated_diff_discovered_find(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 10)
    lab = rng.choice(_LABS)
    return ([f"Researchers at {lab} discovered the enzyme in [[{a}]].",
             f"The find, announced in a journal paper of [[{b}]], won the team a national prize."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_passive_hit_storm(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1970, 2013)
    storm = rng.choice(_STORM_NAMES)
    return ([f"The coast was battered by Hurricane {storm} on [[{_us(d1)}]].",
             f"When that storm came ashore on [[{_us(d2)}]], wind gusts topped 120 mph."],
            {"dates": (_us(d1), _us(d2))})


@_template
def b17_restated_diff_retired_farewell(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1970, 2015, 7)
    name, he, his = _pick(rng)
    return ([f"{name} retired from international cricket in [[{a}]].",
             f"{his.capitalize()} farewell Test, played in [[{b}]], ended in a draw."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_opened_unveiling(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1965, 2013)
    return ([f"The war memorial in {rng.choice(_TOWNS)} was unveiled on [[{_uk_th(d1)}]].",
             f"Veterans marched past the cenotaph at its dedication on [[{_uk_th(d2)}]]."],
            {"dates": (_uk_th(d1), _uk_th(d2))})


@_template
def b17_restated_diff_convicted_guilty(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1970, 2015, 6)
    name, he, his = _pick(rng)
    return ([f"{name} was convicted of the poisoning in [[{a}]].",
             f"The jury that found {name} guilty in [[{b}]] deliberated for under two hours."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_abolished_scrapping(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1960, 2013)
    return ([f"The toll on the estuary crossing was abolished in [[{_my(d1)}]].",
             f"Hauliers celebrated the scrapping of that charge in [[{_my(d2)}]]."],
            {"dates": (_my(d1), _my(d2))})


@_template
def b17_restated_diff_crashed_accident(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1965, 2013)
    f = _full(rng)
    return ([f"A light aircraft crashed into the reservoir near {rng.choice(_TOWNS)} on [[{f(d1)}]].",
             f"The accident report into the crash, which it dates to [[{f(d2)}]], blamed icing."],
            {"dates": (f(d1), f(d2))})


@_template
def b17_restated_diff_graduated_class(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 9)
    name, he, his = _pick(rng)
    return ([f"{name} graduated from the medical school in [[{a}]], top of {his} year.",
             f"Classmates from the graduating class of [[{b}]] remember {name} as the quiet one."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_crowned_title(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1970, 2013)
    side = rng.choice(_SIDES)
    return ([f"{side} were crowned champions for the only time on [[{_uk(d1)}]].",
             f"Their one league title was sealed with a win on [[{_uk(d2)}]]."],
            {"dates": (_uk(d1), _uk(d2))})


@_template
def b17_restated_diff_evacuated_exodus(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 8)
    return ([f"The last islanders were evacuated to the mainland in [[{a}]].",
             f"Descendants still gather each summer to mark the exodus of [[{b}]]."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_signed_accord(rng: random.Random) -> tuple[list[str], Facts]:
    d1, d2 = _gap(rng, 1960, 2013)
    one, two = rng.sample(_COUNTRIES, 2)
    return ([f"Delegates from {one} and {two} signed the fisheries pact on [[{_of(d1)}]].",
             f"Under the accord, agreed on [[{_of(d2)}]], each side may fish the other's waters."],
            {"dates": (_of(d1), _of(d2))})


@_template
def b17_restated_diff_vaccinated_campaign(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 8)
    country = rng.choice(_COUNTRIES)
    return ([f"Health workers immunised every child in {country} against measles in a single drive in [[{a}]].",
             f"That vaccination campaign of [[{b}]] is credited with ending the epidemic."],
            {"dates": (str(a), str(b))})


@_template
def b17_restated_diff_foundation_stone_built(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 10)
    day = _date(rng, a, a)
    return ([f"The foundation stone of the new library was laid on [[{_us(day)}]].",
             f"Construction of the library got under way when that stone went down in [[{b}]]."],
            {"dates": (_us(day), str(b))})


# --- order_violation --------------------------------------------------------------
# ``earlier`` is the date of the event the text says came first; it is later than ``later``.

@_template
def b17_order_resigned_after_scandal(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    name, he, his = _pick(rng)
    return ([f"{name} resigned as chairman in [[{second}]], following the expenses scandal of [[{first}]]."],
            {"earlier": str(first), "later": str(second)})


@_template
def b17_order_rebuilt_after_fire(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng)
    return ([f"The town hall was rebuilt in [[{_my(second)}]] after a fire gutted it on [[{_us(first)}]]."],
            {"earlier": _us(first), "later": _my(second)})


@_template
def b17_order_before_passive(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2008)
    lab = rng.choice(_LABS)
    return ([f"Funding for the telescope was approved in [[{first}]], before construction of {lab} had begun "
             f"in [[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b17_order_aftermath_riots(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 50, 700)
    return ([f"In the aftermath of the riots of [[{_uk(first)}]], the city council set up a youth fund.",
             f"The fund opened for applications on [[{_uk(second)}]]."],
            {"earlier": _uk(first), "later": _uk(second)})


@_template
def b17_order_prompted_by_crash(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    return ([f"Prompted by the motorway pile-up of [[{first}]], ministers lowered the fog speed limit in "
             f"[[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b17_order_subsequently_sequel(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    name, he, his = _pick(rng)
    return ([f"{_poss(name)} debut novel appeared in [[{first}]].",
             f"{he.capitalize()} subsequently wrote a sequel, published in [[{second}]]."],
            {"earlier": str(first), "later": str(second)})


@_template
def b17_order_months_later_pardon(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 60, 600)
    name, he, his = _pick(rng)
    return ([f"{name} was convicted on [[{_ap(first)}]].",
             f"Months later, on [[{_ap(second)}]], the governor granted {his} pardon."],
            {"earlier": _ap(first), "later": _ap(second)})


@_template
def b17_order_preceded_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 60, 900)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"A hostile bid by {one} on [[{_uk_th(first)}]] preceded the friendly merger with {two} agreed on "
             f"[[{_uk_th(second)}]]."], {"earlier": _uk_th(first), "later": _uk_th(second)})


@_template
def b17_order_in_response_to_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    country = rng.choice(_COUNTRIES)
    return ([f"{country} closed its border with its neighbour in [[{second}]] in response to the Ebola "
             f"outbreak that had begun there in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b17_order_went_on_to_win(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    name, he, his = _pick(rng)
    return ([f"After turning professional in [[{first}]], {name} went on to win the national title in "
             f"[[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b17_order_until_then_ban(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 60, 900)
    return ([f"The smoking ban took effect on [[{_us(first)}]].",
             f"It came into force ahead of the health report it was meant to answer, published on "
             f"[[{_us(second)}]]."], {"earlier": _us(first), "later": _us(second)})


@_template
def b17_order_once_dam_completed(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2008)
    return ([f"Once the dam was finished in [[{first}]], the valley was flooded; the last farms went under the "
             f"water in [[{second}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b17_order_ahead_of_games(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 60, 800)
    return ([f"Organisers opened the regional games on [[{_uk(second)}]].",
             f"The new stadium hosted its first match on [[{_uk(first)}]], ahead of the opening ceremony."],
            {"earlier": _uk(first), "later": _uk(second)})


@_template
def b17_order_two_years_on_reunion(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    return ([f"The band split acrimoniously in [[{first}]] and reunited for a charity concert in [[{second}]]."],
            {"earlier": str(first), "later": str(second)})


@_template
def b17_order_since_reform(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 60, 900)
    return ([f"Since the pension reform of [[{_my(first)}]], {rng.randint(2, 9)}0,000 teachers have retired "
             f"early, including a wave of departures in [[{_my(second)}]]."],
            {"earlier": _my(first), "later": _my(second)})


@_template
def b17_order_earlier_appointment(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    name, he, his = _pick(rng)
    return ([f"Before becoming chief constable in [[{second}]], {name} had commanded the drugs squad from "
             f"[[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b17_order_in_the_wake_of(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 45, 500)
    return ([f"Hospital trusts tightened hygiene rules on [[{_of(second)}]] in the wake of the superbug deaths "
             f"reported on [[{_of(first)}]]."], {"earlier": _of(first), "later": _of(second)})


@_template
def b17_order_then_sequence(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 45, 600)
    f = _full(rng)
    return ([f"The orchestra first toured Japan, on [[{f(first)}]], and then played its debut at home on "
             f"[[{f(second)}]]."], {"earlier": f(first), "later": f(second)})


@_template
def b17_order_led_to_inquiry(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2008)
    return ([f"The mining disaster of [[{first}]] led to a public inquiry.",
             f"That inquiry reported in [[{second}]] and blamed the pit's owners."],
            {"earlier": str(first), "later": str(second)})


@_template
def b17_order_predates_claim(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2008)
    return ([f"The manuscript, dated [[{first}]], predates by several years the printed edition of "
             f"[[{second}]], the archivist said."], {"earlier": str(first), "later": str(second)})


@_template
def b17_order_relegated_after_sacking(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _back(rng, 60, 700)
    side = rng.choice(_SIDES)
    return ([f"{side} were relegated on [[{_uk(second)}]], weeks after sacking their manager on "
             f"[[{_uk(first)}]]."], {"earlier": _uk(first), "later": _uk(second)})


@_template
def b17_order_regiment_returned(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2008)
    reg = rng.choice(_REGIMENTS)
    return ([f"{reg[0].upper()}{reg[1:]} returned home in [[{second}]], having first deployed to the region in "
             f"[[{first}]]."], {"earlier": str(first), "later": str(second)})


# --- publication_anachronism (article published 2016-09-27) --------------------

@_template
def b17_anachronism_stadium_opened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    side = rng.choice(_SIDES)
    return ([f"{side} moved into their new stadium, which opened on [[{_us(day)}]] with a friendly."],
            {"date": _us(day), "relative": None})


@_template
def b17_anachronism_ceo_stepped_down(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    firm = rng.choice(_COMPANIES)
    name, he, his = _pick(rng)
    return ([f"{name} stepped down as chief executive of {firm} in [[{year}]], ending a long tenure."],
            {"date": str(year), "relative": None})


@_template
def b17_anachronism_obituary_died(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    name, he, his = _pick(rng)
    return ([f"{name}, the jazz pianist, has died.", f"{he.capitalize()} passed away in hospital on "
             f"[[{_uk(day)}]], {his} agent said."], {"date": _uk(day), "relative": None})


@_template
def b17_anachronism_court_overturned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The conviction was quashed by the Court of Appeal in [[{_my(day)}]], and the retrial collapsed."],
            {"date": _my(day), "relative": None})


@_template
def b17_anachronism_vaccine_approved(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"Regulators approved the malaria vaccine on [[{_ap(day)}]], after trials in "
             f"{rng.randint(4, 9)} countries."], {"date": _ap(day), "relative": None})


@_template
def b17_anachronism_passive_bridge_reopened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    bridge = rng.choice(_BRIDGES)
    return ([f"Repairs took longer than planned: {bridge} was reopened to traffic only on "
             f"[[{_uk_th(day)}]]."], {"date": _uk_th(day), "relative": None})


@_template
def b17_anachronism_election_won(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    name, he, his = _pick(rng)
    country = rng.choice(_COUNTRIES)
    return ([f"Since winning the presidency of {country} in the [[{year}]] election, {name} has cut fuel "
             f"subsidies."], {"date": str(year), "relative": None})


@_template
def b17_anachronism_comet_passed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"Astronomers photographed the comet as it swept past the sun on [[{_iso(day)}]]."],
            {"date": _iso(day), "relative": None})


@_template
def b17_anachronism_factory_closed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    firm = rng.choice(_COMPANIES)
    town = rng.choice(_TOWNS)
    return ([f"Hundreds lost their jobs when {firm} shut its {town} plant.",
             f"The last shift clocked off on [[{_us(day)}]]."], {"date": _us(day), "relative": None})


@_template
def b17_anachronism_record_broken(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    name, he, his = _pick(rng)
    return ([f"It was in [[{year}]] that {name} finally broke the world indoor record, a mark {he} had chased "
             f"for years."], {"date": str(year), "relative": None})


@_template
def b17_anachronism_quoted_flood(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    name, he, his = _pick(rng)
    return ([f"\"The water came through the door on [[{_uk(day)}]] and never really left,\" said {name}."],
            {"date": _uk(day), "relative": None})


@_template
def b17_anachronism_treaty_ratified(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    one, two = rng.sample(_COUNTRIES, 2)
    return ([f"The border treaty, ratified by {one} and {two} in [[{_my(day)}]], settled a dispute dating to "
             f"colonial times."], {"date": _my(day), "relative": None})


@_template
def b17_anachronism_yesterday_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    name, he, his = _pick(rng)
    return ([f"A jury found {name} not guilty [[yesterday]], [[{_us(day)}]], after a three-week trial."],
            {"date": _us(day), "relative": "yesterday"})


@_template
def b17_anachronism_last_week_merger(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"{one} agreed to buy {two} [[last week]].", f"The deal, struck on [[{_uk(day)}]], values the "
             f"company at {rng.randint(2, 9)} billion pounds."], {"date": _uk(day), "relative": "last week"})


@_template
def b17_anachronism_last_night_match(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    home, away = rng.sample(_SIDES, 2)
    return ([f"{home} beat {away} under the floodlights [[last night]] ([[{_ap(day)}]])."],
            {"date": _ap(day), "relative": "last night"})


@_template
def b17_anachronism_earlier_this_month_fire(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The warehouse fire that broke out [[earlier this month]] - on [[{_uk_th(day)}]] - is still "
             f"being investigated."], {"date": _uk_th(day), "relative": "earlier this month"})


@_template
def b17_anachronism_last_year_year_only(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    return ([f"Visitor numbers at the castle rose by a quarter [[last year]], the [[{year}]] figures show."],
            {"date": str(year), "relative": "last year"})


@_template
def b17_anachronism_this_morning_quake(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    country = rng.choice(_COUNTRIES)
    return ([f"Tremors shook the capital of {country} [[this morning]].",
             f"Seismologists recorded the quake at 06.12 local time on [[{_us(day)}]]."],
            {"date": _us(day), "relative": "this morning"})


@_template
def b17_anachronism_fortnight_ago_discharged(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    name, he, his = _pick(rng)
    return ([f"{name}, who was discharged from hospital [[a fortnight ago]], on [[{_dm(day)} {day.year}]], "
             f"thanked the nurses."], {"date": f"{_dm(day)} {day.year}", "relative": "a fortnight ago"})


@_template
def b17_anachronism_last_weekend_festival(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    town = rng.choice(_TOWNS)
    return ([f"[[Last weekend]] the folk festival in {town} drew record crowds.",
             f"Organisers said the gates opened at noon on [[{_uk(day)}]]."],
            {"date": _uk(day), "relative": "Last weekend"})


@_template
def b17_anachronism_earlier_this_year_appointed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    name, he, his = _pick(rng)
    return ([f"{name} took charge of the hospital trust [[earlier this year]]; {his} appointment was "
             f"confirmed in [[{_my(day)}]]."], {"date": _my(day), "relative": "earlier this year"})


@_template
def b17_anachronism_two_days_ago_strike(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Bus drivers walked out [[two days ago]].", f"The strike began at dawn on [[{_iso(day)}]], "
             f"union officials said."], {"date": _iso(day), "relative": "two days ago"})


@_template
def b17_anachronism_this_afternoon_launch(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The rocket lifted off [[this afternoon]], [[{_abbr(day)}]], carrying a weather satellite."],
            {"date": _abbr(day), "relative": "this afternoon"})


@_template
def b17_anachronism_last_month_report(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Inspectors rated the school inadequate in a report published [[last month]].",
             f"That report, dated [[{_us(day)}]], criticised leadership."],
            {"date": _us(day), "relative": "last month"})


# --- duration_arithmetic ------------------------------------------------------------
# ``end`` None means the publication date (2016-09-27).  No offsets are used (all 0).

def _d(stated: str, value: int, unit: str, start: Any, end: Any) -> Facts:
    return {"stated": stated, "value": value, "unit": unit, "start": start, "end": end, "offset": 0}


@_template
def b17_duration_founded_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1995)
    n = _miss(rng, REFERENCE.year - year)
    stated = f"{n} years ago"
    return ([f"The rowing club was founded in [[{year}]], [[{stated}]], by a group of dock clerks."],
            _d(stated, n, "years", str(year), None))


@_template
def b17_duration_died_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1910, 1960)
    died = _add(born, rng.randint(30 * 365, 60 * 365))
    while died.year > 2015:
        died = _add(died, -900)
    n = _miss(rng, _age(born, died))
    f = _prose(rng)
    name, he, his = _pick(rng)
    return ([f"{name} was born on [[{f(born)}]].", f"{he.capitalize()} died on [[{f(died)}]], [[aged {n}]], "
             f"after a short illness."], _d(f"aged {n}", n, "years", f(born), f(died)))


@_template
def b17_duration_summit_days_words(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 2, 9, 1970, 2014)
    n = _word_miss(rng, (end - start).days)
    stated = f"{_word(n)}-day"
    return ([f"Leaders met for a [[{stated}]] summit in {rng.choice(_COUNTRIES)} that ran from [[{_md(start)}]] "
             f"to [[{_md(end)}, {end.year}]]."] if start.year == end.year else
            [f"Leaders met for a [[{stated}]] summit that ran from [[{_us(start)}]] to [[{_us(end)}]]."],
            _d(stated, n, "days", (_md(start), end.year) if start.year == end.year else _us(start),
               f"{_md(end)}, {end.year}" if start.year == end.year else _us(end)))


@_template
def b17_duration_strike_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 40, 300)
    n = _miss(rng, (end - start).days // 7)
    stated = f"{n}-week"
    return ([f"The [[{stated}]] strike at the car plant began on [[{_uk(start)}]] and ended with a pay deal on "
             f"[[{_uk(end)}]]."], _d(stated, n, "weeks", _uk(start), _uk(end)))


@_template
def b17_duration_marriage_lasted(rng: random.Random) -> tuple[list[str], Facts]:
    a = rng.randint(1930, 1985)
    b = a + rng.randint(10, 30)
    n = _miss(rng, b - a)
    name, he, his = _pick(rng)
    return ([f"{name} married in [[{a}]] and was widowed in [[{b}]].",
             f"The marriage, {his} friends said, lasted [[{n} years]]."], _d(f"{n} years", n, "years", str(a), str(b)))


@_template
def b17_duration_term_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 300, 1500)
    n = _miss(rng, (end.year - start.year) * 12 + end.month - start.month)
    name, he, his = _pick(rng)
    return ([f"{name} served as mayor from [[{_my(start)}]] until [[{_my(end)}]] - a tenure of "
             f"[[{n} months]]."], _d(f"{n} months", n, "months", _my(start), _my(end)))


@_template
def b17_duration_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1920, 1990)
    n = _miss(rng, REFERENCE.year - year)
    stated = f"{n}{_sfx(n)} anniversary"
    return ([f"The choir, which gave its first concert in [[{year}]], is marking its [[{stated}]] with a gala."],
            _d(stated, n, "years", str(year), None))


@_template
def b17_duration_trial_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 20, 120)
    n = _miss(rng, (end - start).days)
    return ([f"After [[{n} days]] of evidence, the trial that opened on [[{_ap(start)}]] closed on "
             f"[[{_ap(end)}]]."], _d(f"{n} days", n, "days", _ap(start), _ap(end)))


@_template
def b17_duration_construction_years(rng: random.Random) -> tuple[list[str], Facts]:
    a = rng.randint(1950, 2000)
    b = a + rng.randint(2, 14)
    n = _miss(rng, b - a)
    return ([f"Work on the cathedral's spire started in [[{a}]]; it took [[{n} years]] and was completed in "
             f"[[{b}]]."], _d(f"{n} years", n, "years", str(a), str(b)))


@_template
def b17_duration_age_now(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1930, 1990)
    n = _miss(rng, _age(born, REFERENCE))
    name, he, his = _pick(rng)
    return ([f"{name}, [[{n}]], who was born on [[{_uk(born)}]], still runs the family bakery."],
            _d(str(n), n, "years", _uk(born), None))


@_template
def b17_duration_hostage_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 30, 400)
    n = _miss(rng, (end - start).days)
    name, he, his = _pick(rng)
    return ([f"Kidnapped on [[{_us(start)}]], the aid worker {name} was freed on [[{_us(end)}]] after "
             f"[[{n} days]] in captivity."], _d(f"{n} days", n, "days", _us(start), _us(end)))


@_template
def b17_duration_voyage_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 30, 200)
    n = _miss(rng, (end - start).days // 7)
    return ([f"The schooner left Falmouth on [[{_uk_th(start)}]] and reached Cape Town on [[{_uk_th(end)}]], a "
             f"passage of [[{n} weeks]]."], _d(f"{n} weeks", n, "weeks", _uk_th(start), _uk_th(end)))


@_template
def b17_duration_manager_tenure(rng: random.Random) -> tuple[list[str], Facts]:
    a = rng.randint(1960, 2000)
    b = a + rng.randint(3, 15)
    n = _miss(rng, b - a)
    side = rng.choice(_SIDES)
    return ([f"Appointed in [[{a}]] and sacked in [[{b}]], the manager spent [[{n} years]] in charge of {side}."],
            _d(f"{n} years", n, "years", str(a), str(b)))


@_template
def b17_duration_record_stood(rng: random.Random) -> tuple[list[str], Facts]:
    a = rng.randint(1950, 1995)
    b = a + rng.randint(5, 20)
    n = _miss(rng, b - a)
    return ([f"Set in [[{a}]], the national long-jump record was finally broken in [[{b}]].",
             f"It had stood for [[{n} years]]."], _d(f"{n} years", n, "years", str(a), str(b)))


@_template
def b17_duration_hospital_weeks_words(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 14, 70)
    n = _word_miss(rng, (end - start).days // 7)
    stated = f"{_word(n)} weeks"
    name, he, his = _pick(rng)
    return ([f"{name} spent [[{stated}]] in intensive care, from [[{_us(start)}]] to [[{_us(end)}]]."],
            _d(stated, n, "weeks", _us(start), _us(end)))


@_template
def b17_duration_museum_closed_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 200, 900)
    n = _miss(rng, _month_count(start, end))
    f = _full(rng)
    return ([f"The museum closed for refurbishment on [[{f(start)}]] and reopened on [[{f(end)}]], after "
             f"[[{n} months]]."], _d(f"{n} months", n, "months", f(start), f(end)))


@_template
def b17_duration_half_century(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([rng.randint(1925, 1950), rng.randint(1975, 1990)])
    return ([f"The bakery has sold bread on the same corner for [[half a century]]; it opened in [[{year}]]."],
            _d("half a century", 50, "years", str(year), None))


@_template
def b17_duration_year_old_defendant(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1940, 1985)
    event = _add(born, rng.randint(20 * 365, 28 * 365))
    while event.year > 2015:
        event = _add(event, -800)
    n = _miss(rng, _age(born, event))
    name, he, his = _pick(rng)
    return ([f"The court heard that {name}, born on [[{_uk(born)}]], was a [[{n}-year-old]] student when the "
             f"robbery took place on [[{_uk(event)}]]."], _d(f"{n}-year-old", n, "years", _uk(born), _uk(event)))


@_template
def b17_duration_sentence_served(rng: random.Random) -> tuple[list[str], Facts]:
    a = rng.randint(1960, 2000)
    b = a + rng.randint(4, 15)
    n = _miss(rng, b - a)
    name, he, his = _pick(rng)
    return ([f"Jailed in [[{a}]], {name} was released on parole in [[{b}]], having served [[{n} years]]."],
            _d(f"{n} years", n, "years", str(a), str(b)))


@_template
def b17_duration_drought_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 150, 700)
    n = _miss(rng, (end.year - start.year) * 12 + end.month - start.month)
    return ([f"No significant rain fell between [[{_my(start)}]] and [[{_my(end)}]], and farmers called it the "
             f"[[{n}-month]] drought."], _d(f"{n}-month", n, "months", _my(start), _my(end)))


@_template
def b17_duration_expedition_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 25, 150)
    n = _miss(rng, (end - start).days)
    name, he, his = _pick(rng)
    return ([f"{name} set out across the desert on [[{_of(start)}]].",
             f"{he.capitalize()} reached the coast on [[{_of(end)}]], [[{n} days]] later."],
            _d(f"{n} days", n, "days", _of(start), _of(end)))


@_template
def b17_duration_siege_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 50, 250, 1950, 2014)
    n = _miss(rng, (end - start).days // 7)
    return ([f"The siege of the city lasted [[{n} weeks]].", f"Government troops encircled it on "
             f"[[{_ap(start)}]]; the garrison surrendered on [[{_ap(end)}]]."],
            _d(f"{n} weeks", n, "weeks", _ap(start), _ap(end)))


@_template
def b17_duration_retired_after(rng: random.Random) -> tuple[list[str], Facts]:
    a = rng.randint(1950, 1975)
    b = a + rng.randint(15, min(40, 2015 - a))
    n = _miss(rng, b - a)
    name, he, his = _pick(rng)
    return ([f"{name} retired in [[{b}]] after [[{n} years]] as the village postmaster, a job {he} took up in "
             f"[[{a}]]."], _d(f"{n} years", n, "years", str(a), str(b)))


@_template
def b17_duration_orbit_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 40, 300, 1975, 2014)
    n = _miss(rng, (end - start).days)
    return ([f"Launched on [[{_iso(start)}]], the crew landed on [[{_iso(end)}]], having spent [[{n} days]] in "
             f"orbit."], _d(f"{n} days", n, "days", _iso(start), _iso(end)))


@_template
def b17_duration_festival_running_since(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1950, 1995)
    n = _miss(rng, REFERENCE.year - year)
    town = rng.choice(_TOWNS)
    return ([f"Now in its [[{n}{_sfx(n)} year]], the {town} literary festival was first held in [[{year}]]."],
            _d(f"{n}{_sfx(n)} year", n, "years", str(year), None))


@_template
def b17_duration_company_old(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1880, 1990)
    n = _miss(rng, REFERENCE.year - year)
    firm = rng.choice(_COMPANIES)
    return ([f"{firm}, established in [[{year}]], describes itself as a [[{n}-year-old]] family business."],
            _d(f"{n}-year-old", n, "years", str(year), None))


@_template
def b17_duration_mine_operated(rng: random.Random) -> tuple[list[str], Facts]:
    a = rng.randint(1900, 1965)
    b = a + rng.randint(20, 50)
    n = _miss(rng, b - a)
    town = rng.choice(_TOWNS)
    return ([f"The colliery outside {town} closed in [[{b}]] after [[{n} years]] of production.",
             f"The first coal had been raised there in [[{a}]]."], _d(f"{n} years", n, "years", str(a), str(b)))


@_template
def b17_duration_fugitive_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 200, 1200)
    n = _miss(rng, _month_count(start, end))
    name, he, his = _pick(rng)
    return ([f"{name} escaped from custody on [[{_us(start)}]].", f"{he.capitalize()} spent [[{n} months]] on "
             f"the run before {his} arrest on [[{_us(end)}]]."], _d(f"{n} months", n, "months", _us(start),
                                                                    _us(end)))


@_template
def b17_duration_exhibition_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 60, 200)
    n = _miss(rng, (end - start).days // 7)
    gallery = rng.choice(_THEATRES)
    return ([f"The show at {gallery} ran from [[{_abbr(start)}]] to [[{_abbr(end)}]], a [[{n}-week]] run that "
             f"drew record crowds."], _d(f"{n}-week", n, "weeks", _abbr(start), _abbr(end)))


@_template
def b17_duration_ceasefire_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 200, 1000)
    n = _miss(rng, _month_count(start, end))
    return ([f"The truce, agreed on [[{_uk_th(start)}]], collapsed on [[{_uk_th(end)}]] after holding for "
             f"[[{n} months]]."], _d(f"{n} months", n, "months", _uk_th(start), _uk_th(end)))


@_template
def b17_duration_flood_days_words(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _stretch(rng, 2, 8)
    n = _word_miss(rng, (end - start).days)
    stated = f"{_word(n)} days"
    f = _prose(rng)
    return ([f"The river stayed above its banks for [[{stated}]]: it overtopped the weir on [[{f(start)}]] and "
             f"fell back on [[{f(end)}]]."], _d(stated, n, "days", f(start), f(end)))


@_template
def b17_duration_born_year_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1960)
    n = _miss(rng, REFERENCE.year - year)
    name, he, his = _pick(rng)
    return ([f"Born [[{n} years ago]] in a farmhouse near {rng.choice(_TOWNS)}, in [[{year}]], {name} has "
             f"outlived all {his} siblings."], _d(f"{n} years ago", n, "years", str(year), None))


BLIND17_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b17_weekday_sentencing_hearing, b17_weekday_marathon_record, b17_weekday_share_listing,
        b17_weekday_funeral_notice, b17_weekday_ward_opened, b17_weekday_album_release, b17_weekday_quake_struck,
        b17_weekday_parliament_division, b17_weekday_tramline_opened, b17_weekday_school_closed,
        b17_weekday_frigate_commissioned, b17_weekday_exhibition_preview, b17_weekday_trial_results,
        b17_weekday_dockers_walkout, b17_weekday_flight_diverted, b17_weekday_mill_blaze,
        b17_weekday_referendum_count, b17_weekday_bridge_gave_way, b17_weekday_patent_granted,
        b17_weekday_comet_sighted, b17_weekday_title_fight, b17_weekday_royal_wedding, b17_weekday_flood_evacuation,
    ],
    "impossible_date": [
        b17_impossible_contract_signed, b17_impossible_birth_register, b17_impossible_match_report,
        b17_impossible_court_filing_ap, b17_impossible_yearless_deadline, b17_impossible_yearless_festival,
        b17_impossible_iso_log, b17_impossible_dotted_invoice, b17_impossible_of_form_treaty,
        b17_impossible_day_of_form, b17_impossible_leap_hospital, b17_impossible_abbr_launch,
        b17_impossible_abbr_uk_ferry, b17_impossible_split_year_election, b17_impossible_passive_excavation,
        b17_impossible_obituary_died, b17_impossible_regiment_deployed, b17_impossible_exam_timetable,
        b17_impossible_ordinal_words, b17_impossible_quoted_witness, b17_impossible_museum_acquisition,
        b17_impossible_storm_landfall, b17_impossible_transfer_window,
    ],
    "restated_event": [
        b17_restated_same_merger, b17_restated_same_verdict, b17_restated_same_final, b17_restated_same_outbreak,
        b17_restated_same_premiere, b17_restated_same_eruption, b17_restated_same_strike, b17_restated_same_launch,
        b17_restated_same_inauguration, b17_restated_same_derailment, b17_restated_same_ceasefire,
        b17_restated_same_recall, b17_restated_same_coronation, b17_restated_same_heist, b17_restated_same_transplant,
        b17_restated_same_referendum, b17_restated_same_collapse, b17_restated_same_expedition,
        b17_restated_same_founding_year_vs_date, b17_restated_same_acquittal, b17_restated_diff_wed_marriage,
        b17_restated_diff_acquired_takeover, b17_restated_diff_ruling_decision, b17_restated_diff_sank_sinking,
        b17_restated_diff_pronoun_tournament, b17_restated_diff_elected_victory, b17_restated_diff_died_death,
        b17_restated_diff_discovered_find, b17_restated_diff_passive_hit_storm, b17_restated_diff_retired_farewell,
        b17_restated_diff_opened_unveiling, b17_restated_diff_convicted_guilty, b17_restated_diff_abolished_scrapping,
        b17_restated_diff_crashed_accident, b17_restated_diff_graduated_class, b17_restated_diff_crowned_title,
        b17_restated_diff_evacuated_exodus, b17_restated_diff_signed_accord, b17_restated_diff_vaccinated_campaign,
        b17_restated_diff_foundation_stone_built,
    ],
    "order_violation": [
        b17_order_resigned_after_scandal, b17_order_rebuilt_after_fire, b17_order_before_passive,
        b17_order_aftermath_riots, b17_order_prompted_by_crash, b17_order_subsequently_sequel,
        b17_order_months_later_pardon, b17_order_preceded_merger, b17_order_in_response_to_outbreak,
        b17_order_went_on_to_win, b17_order_until_then_ban, b17_order_once_dam_completed, b17_order_ahead_of_games,
        b17_order_two_years_on_reunion, b17_order_since_reform, b17_order_earlier_appointment,
        b17_order_in_the_wake_of, b17_order_then_sequence, b17_order_led_to_inquiry, b17_order_predates_claim,
        b17_order_relegated_after_sacking, b17_order_regiment_returned,
    ],
    "publication_anachronism": [
        b17_anachronism_stadium_opened, b17_anachronism_ceo_stepped_down, b17_anachronism_obituary_died,
        b17_anachronism_court_overturned, b17_anachronism_vaccine_approved, b17_anachronism_passive_bridge_reopened,
        b17_anachronism_election_won, b17_anachronism_comet_passed, b17_anachronism_factory_closed,
        b17_anachronism_record_broken, b17_anachronism_quoted_flood, b17_anachronism_treaty_ratified,
        b17_anachronism_yesterday_verdict, b17_anachronism_last_week_merger, b17_anachronism_last_night_match,
        b17_anachronism_earlier_this_month_fire, b17_anachronism_last_year_year_only,
        b17_anachronism_this_morning_quake, b17_anachronism_fortnight_ago_discharged,
        b17_anachronism_last_weekend_festival, b17_anachronism_earlier_this_year_appointed,
        b17_anachronism_two_days_ago_strike, b17_anachronism_this_afternoon_launch, b17_anachronism_last_month_report,
    ],
    "duration_arithmetic": [
        b17_duration_founded_years_ago, b17_duration_died_aged, b17_duration_summit_days_words,
        b17_duration_strike_weeks, b17_duration_marriage_lasted, b17_duration_term_months, b17_duration_anniversary,
        b17_duration_trial_days, b17_duration_construction_years, b17_duration_age_now, b17_duration_hostage_days,
        b17_duration_voyage_weeks, b17_duration_manager_tenure, b17_duration_record_stood,
        b17_duration_hospital_weeks_words, b17_duration_museum_closed_months, b17_duration_half_century,
        b17_duration_year_old_defendant, b17_duration_sentence_served, b17_duration_drought_months,
        b17_duration_expedition_days, b17_duration_siege_weeks, b17_duration_retired_after, b17_duration_orbit_days,
        b17_duration_festival_running_since, b17_duration_company_old, b17_duration_mine_operated,
        b17_duration_fugitive_months, b17_duration_exhibition_weeks, b17_duration_ceasefire_months,
        b17_duration_flood_days_words, b17_duration_born_year_ago,
    ],
}
