"""``blind18``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind18`` templates.  Written on 2026-11-23 (about 05:05-05:13 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind17.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind17.py; in benchmarks/date_templates_blind17.py
# its header comment, import block, name lists and local helpers and its first
# two template functions (b17_weekday_sentencing_hearing and
# b17_weekday_marathon_record), the first eight lines of a ``grep -n`` of its
# ``def``/``BLIND17`` lines (helper names only) and the first five lines of
# the final ``BLIND17_TEMPLATES`` dict (which name ten weekday templates); in
# benchmarks/date_templates_blind13.py the definitions of the names blind17
# imports from it (located with one anchored ``grep -n`` of exactly those
# names and printed with ``sed``); in benchmarks/date_conflicts.py the
# ``from date_templates`` import lines and the ``INDEPENDENT_SETS`` mapping
# (via ``grep -n``).
# Disclosure of what was seen by accident: blind17 was printed in one range
# (its lines 1-200), which also showed the ``def`` line and the first body
# line (``day = _date(rng, 1985, 2014)``) of its third template,
# b17_weekday_share_listing; one extra ``grep -n "^def "`` of blind17 limited
# to its third match showed only the ``def`` line of its helper ``_prose``
# (already seen).  Printing blind13's helper block in ranges (its
# lines 125-206, 207-230 and 231-287) also showed the unimported helpers
# ``_common_feb29``, ``_thirty_one``, ``_whole_years`` and ``_whole_months``
# (bodies included); no template of blind13 was seen.  ``git log`` was never
# run; the commit hash was taken with ``git rev-parse HEAD``.
# tests/conftest.py was not read; ``load_benchmark`` is used as blind17's test
# uses it.  No template here copies blind17's wording (only two of its
# templates were seen); the import block follows blind17's (a subset of its
# names), the name lists and the local helpers are new.  The templates were
# only run through their own generators, tests/test_date_templates_blind18.py
# and a throwaway script running the same shared checks over 1,000 seeds per
# template, never through the detector; ``benchmarks/date_conflicts.py`` was
# not run (only byte-compiled after adding the import and the
# ``INDEPENDENT_SETS`` entry for ``blind18``).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind18``.
#
# Conventions (as in blind17).  Marked spans ([[...]]) are the two sides of the
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
# templates miss by at least 8 units beyond every defensible count (exact,
# inclusive/exclusive, and the spread of a year-only or month-year date); the
# "a decade", "half a century" and "a fortnight" templates keep their spans
# far enough from 10, 50 and 14 for the same margin.  Dates in all other types
# stay at or before 2015; no weekday is named outside the weekday templates
# and no relative expression outside the anachronism templates ("ago" only in
# duration templates, against 2016).  Restated-event templates are named
# ``b18_restated_same_*`` when both places use the same head word for the
# event and ``b18_restated_diff_*`` when they use a different word or form (a
# verb for a noun, a synonym, a pronoun or a possessive with a different
# noun); in every one the two places unmistakably describe one event (a unique
# qualifier such as "only", "first", "sole", a named person, firm, storm or
# band, or an anaphor such as "that"/"the" pointing back ties them).  Each
# template is 1-3 sentences.  In order-violation facts ``earlier`` is the date
# of the event the text says came first (it is later than ``later``).  Besides
# the relative expressions of the shared checks, the anachronism templates pin
# "last weekend".  No duration template carries an offset (all offsets are 0).
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

# Constants and helpers are imported from blind13 as blind17 does, so that one copy is kept.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_templates_blind13 import (  # noqa: E402  (benchmarks/ helper)
    MONTHS, AP_WEEKDAYS, SHORT_WEEKDAYS, _Day, _template,
    _date, _add, _wrong, _sfx, _us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot, _my, _md, _dm,
    _bad, _miss, _word_miss, _years_apart, _flipped, _future, _far, _far_year, _word, _poss,
)

_HIM = ["Dermot Achterberg", "Samuel Okonkwo-Reid", "Ivo Marchetti", "Callum Strachan", "Teodor Wislocki",
        "Rafael Quintero", "Bartholomew Lusk", "Kenji Arakawa"]
_HER = ["Imelda Rourke", "Folasade Adeyemi", "Ottilie Brandstrom", "Catriona Mackie", "Zsofia Hegedus",
        "Leonie Ashdown", "Priya Venkataraman", "Agnieszka Pawlak"]
_CLUBS = ["Ashby Harriers", "Kilnsey United", "Portreath Albion", "Dunmore Wanderers", "Greyfield City",
          "Corrib Valley"]
_FIRMS = ["Pellman Logistics", "Hartree Pharmaceuticals", "Ostrava Glassworks", "Cobalt Ridge Mining",
          "Fenwick Biscuits", "Lantern Software", "Marlowe Shipping"]
_PLACES = ["Kirkwall", "Tralee", "Penrith", "Ballina", "Stornoway", "Ludlow", "Cromer", "Dolgellau", "Alnwick"]
_NATIONS = ["Bhutan", "Uruguay", "Latvia", "Namibia", "Mongolia", "Slovenia", "Honduras", "Gabon"]
_COURTS = ["the Court of Appeal", "the High Court", "the state supreme court", "the constitutional court"]
_VESSELS = ["the MV Corrie Lass", "the ferry St Brendan", "the trawler Ocean Harvest", "the tanker Halcyon"]
_CHURCHES = ["St Oswald's", "the Church of the Holy Rood", "St Mary Redcliffe Chapel", "Holy Trinity"]
_SCHOOLS = ["Bramley Grammar", "Carrick Academy", "Eastgate High School", "Fairhaven College"]
_HOSPITALS = ["the Royal Infirmary", "St Luke's Hospital", "the county general hospital", "Mercy Medical Centre"]
_AGENCIES = ["the transport ministry", "the health department", "the environment agency", "the interior ministry"]


def _who(rng: random.Random) -> tuple[str, str, str]:
    """A name, its subject pronoun and its possessive."""
    if rng.random() < 0.5:
        return rng.choice(_HIM), "he", "his"
    return rng.choice(_HER), "she", "her"


def _any_form(rng: random.Random) -> Callable[[Any], str]:
    return rng.choice([_us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot])


def _news_form(rng: random.Random) -> Callable[[Any], str]:
    return rng.choice([_us, _uk, _ap, _abbr, _uk_th])


def _apart(rng: random.Random, first: int = 1962, last: int = 2013) -> tuple[datetime.date, datetime.date]:
    """Two days 40-1,000 days apart, both by 2015, in random order."""
    one = _date(rng, first, last)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(40, 1000))
    while max(one, two).year > 2015:
        one, two = _add(one, -800), _add(two, -800)
    return one, two


def _inverted(rng: random.Random, low: int = 40, high: int = 800) -> tuple[datetime.date, datetime.date]:
    """(day of the event said to come first, day of the event said to come after); the first is the later day."""
    second = _date(rng, 1965, 2012)
    return _add(second, rng.randint(low, high)), second


def _span(rng: random.Random, low: int, high: int, first: int = 1965, last: int = 2014) -> tuple[
        datetime.date, datetime.date]:
    start = _date(rng, first, last)
    end = _add(start, rng.randint(low, high))
    while end.year > 2015:
        start, end = _add(start, -400), _add(end, -400)
    return start, end


def _missing(rng: random.Random) -> _Day:
    """A month-day pair no calendar has, with no year written (year 0)."""
    month = rng.choice([2, 2, 4, 6, 9, 11])
    return _Day(0, month, rng.choice([30, 31]) if month == 2 else 31)


def _years(a: datetime.date, b: datetime.date) -> int:
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


def _months(a: datetime.date, b: datetime.date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b18_weekday_jury_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1978, 2014)
    wd, text = _wrong(rng, day), _ap(day)
    name, he, his = _who(rng)
    return ([f"Jurors deliberated for less than four hours before clearing {name} of fraud on [[{wd}, {text}]]."],
            {"weekday": wd, "date": text})


@_template
def b18_weekday_derby_abandoned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    club = rng.choice(_CLUBS)
    return ([f"Floodlight failure forced the referee to abandon the derby at {club} midway through the second half "
             f"on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b18_weekday_profit_warning(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _abbr(day)
    firm = rng.choice(_FIRMS)
    return ([f"Shares in {firm} slid {rng.randint(11, 38)} per cent after the profit warning issued "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b18_weekday_comet_sighting(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1965, 2014)
    wd, text = _wrong(rng, day), _iso(day)
    return ([f"Observatory logs record the comet's first confirmed sighting at 03:40 local time "
             f"([[{wd}, {text}]])."], {"weekday": wd, "date": text})


@_template
def b18_weekday_vaccine_clinic(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    place = rng.choice(_PLACES)
    return ([f"It was on a [[{wd}]], the [[{text}]], that the first walk-in vaccination clinic opened its doors "
             f"in {place}."], {"weekday": wd, "date": text})


@_template
def b18_weekday_exhibition_preview(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day), _md(day)
    name, he, his = _who(rng)
    return ([f"The [[{day.year}]] retrospective of {_poss(name)} etchings was previewed to critics on "
             f"[[{wd}, {text}]], a fortnight before it opened."], {"weekday": wd, "date": (text, day.year)})


@_template
def b18_weekday_landslide_buried(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2014)
    wd, text = _wrong(rng, day), _of(day)
    return ([f"Rescuers dug through the night after a landslide buried the mountain road early on [[{wd}]], "
             f"[[{text}]]."], {"weekday": wd, "date": text})


@_template
def b18_weekday_minister_resigned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1972, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    name, he, his = _who(rng)
    return ([f"\"I have lost the confidence of colleagues,\" {name} wrote in the resignation letter released "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b18_weekday_rail_strike(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _dm(day)
    return ([f"Commuters faced a second day without trains in [[{day.year}]] when signal workers walked out "
             f"on [[{wd} {text}]]."], {"weekday": wd, "date": (text, day.year)})


@_template
def b18_weekday_bishop_enthroned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2014)
    wd, text = _wrong(rng, day), _us(day)
    church = rng.choice(_CHURCHES)
    return ([f"The new bishop was enthroned at {church} on [[{wd}, {text}]], before a congregation of several "
             f"hundred."], {"weekday": wd, "date": text})


@_template
def b18_weekday_obituary_died(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    name, he, his = _who(rng)
    return ([f"{name}, the cartographer whose maps of the northern fjords became standard issue, died at home "
             f"on [[{wd}]] [[{text}]], {his} family said."], {"weekday": wd, "date": text})


@_template
def b18_weekday_patent_filed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day), _dot(day)
    firm = rng.choice(_FIRMS)
    return ([f"According to the register, {firm} filed the battery patent on [[{wd} {text}]]."],
            {"weekday": wd, "date": text})


@_template
def b18_weekday_school_inspected(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd, text = _wrong(rng, day), _abbr_uk(day)
    school = rng.choice(_SCHOOLS)
    return ([f"Inspectors arrived unannounced at {school}.", f"Their report, dated [[{wd} {text}]], rated "
             f"teaching as inadequate."], {"weekday": wd, "date": text})


@_template
def b18_weekday_troops_withdrawn(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2014)
    wd, text = _wrong(rng, day), _us(day)
    nation = rng.choice(_NATIONS)
    return ([f"The last armoured column crossed out of {nation} on [[{text}]], a [[{wd}]], ending a deployment "
             f"that had lasted years."], {"weekday": wd, "date": text})


@_template
def b18_weekday_council_budget(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    place = rng.choice(_PLACES)
    return ([f"By a margin of {rng.randint(2, 9)} votes, {place} councillors approved the budget at a late sitting "
             f"on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b18_weekday_ferry_aground(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1965, 2014)
    wd, text = _wrong(rng, day), _ap(day)
    vessel = rng.choice(_VESSELS)
    return ([f"{vessel[0].upper() + vessel[1:]} ran aground in fog off the headland on [[{wd}, {text}]]; all "
             f"passengers were taken off safely."], {"weekday": wd, "date": text})


@_template
def b18_weekday_app_outage(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 2005, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _iso(day)
    firm = rng.choice(_FIRMS)
    return ([f"Incident report: customers of {firm} could not log in for six hours on [[{wd} {text}]]."],
            {"weekday": wd, "date": text})


@_template
def b18_weekday_boxing_title(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day), _md(day)
    name, he, his = _who(rng)
    return ([f"{name} took the title with a ninth-round stoppage on [[{wd} night, {text}]], and in [[{day.year}]] "
             f"defended it twice."], {"weekday": wd, "date": (text, day.year)})


@_template
def b18_weekday_hospital_wing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _of(day)
    hosp = rng.choice(_HOSPITALS)
    return ([f"A children's wing was added to {hosp}; the ribbon was cut on [[{wd}, {text}]] by the health "
             f"secretary."], {"weekday": wd, "date": text})


@_template
def b18_weekday_election_held(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    nation = rng.choice(_NATIONS)
    return ([f"Voters in {nation} went to the polls [[{wd}]], [[{text}]], in an election observers called "
             f"largely peaceful."], {"weekday": wd, "date": text})


@_template
def b18_weekday_flood_warning(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    place = rng.choice(_PLACES)
    return ([f"Residents of {place} were told to leave their homes when the river burst its banks.",
             f"The evacuation order, issued at noon on [[{wd}, {text}]], stayed in force for a week."],
            {"weekday": wd, "date": text})


@_template
def b18_weekday_concert_debut(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1962, 2014)
    wd, text = _wrong(rng, day), _abbr(day)
    name, he, his = _who(rng)
    return ([f"Few in the hall that evening knew who {name} was; {his} debut recital took place on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b18_weekday_treaty_ratified(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2014)
    wd, text = _wrong(rng, day), _us(day)
    a, b = rng.sample(_NATIONS, 2)
    return ([f"Ratification came on [[{wd}, {text}]], when the parliaments of {a} and {b} approved the fisheries "
             f"accord within hours of each other."], {"weekday": wd, "date": text})


# --- impossible_date ----------------------------------------------------------

@_template
def b18_impossible_court_adjourned(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1975, 2014)
    text = _us(bad)
    court = rng.choice(_COURTS)
    return ([f"The hearing before {court} was adjourned until [[{text}]] to allow new evidence to be served."],
            {"date": text})


@_template
def b18_impossible_transfer_deadline(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _missing(rng)
    text = _md(bad)
    club = rng.choice(_CLUBS)
    return ([f"{club} confirmed the striker's loan would run to [[{text}]], when the transfer window closes."],
            {"date": text})


@_template
def b18_impossible_dividend_paid(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1985, 2014, leap=0.5)
    text = _uk(bad)
    firm = rng.choice(_FIRMS)
    return ([f"A final dividend of {rng.randint(3, 19)}p a share was paid by {firm} to shareholders on the register "
             f"at [[{text}]]."], {"date": text})


@_template
def b18_impossible_trial_enrolment(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1995, 2014)
    text = _iso(bad)
    hosp = rng.choice(_HOSPITALS)
    return ([f"Enrolment in the asthma trial at {hosp} closed on [[{text}]], according to the study protocol."],
            {"date": text})


@_template
def b18_impossible_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014, leap=0.4)
    text = _of(bad)
    name, he, his = _who(rng)
    return ([f"{_poss(name)} third opera had its premiere on [[{text}]], and critics were divided."],
            {"date": text})


@_template
def b18_impossible_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _missing(rng)
    text = f"{_dm(bad)}"
    church = rng.choice(_CHURCHES)
    return ([f"The couple were married at {church} on [[{text}]], the same day as their parents before them."],
            {"date": text})


@_template
def b18_impossible_harvest_report(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1970, 2014)
    text = _ap(bad)
    return ([f"Grain stocks were assessed by the agriculture board as of [[{text}]], with wheat down sharply."],
            {"date": text})


@_template
def b18_impossible_school_term(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014, leap=0.2)
    text = _abbr_uk(bad)
    school = rng.choice(_SCHOOLS)
    return ([f"Pupils at {school} will break up for the summer on [[{text}]], the governors announced."],
            {"date": text})


@_template
def b18_impossible_death_notice(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014, leap=0.6)
    text = _uk_th(bad)
    name, he, his = _who(rng)
    return ([f"{name}, former harbourmaster, passed away peacefully on the [[{text}]], aged "
             f"{rng.randint(71, 96)}."], {"date": text})


@_template
def b18_impossible_contract_signed(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1985, 2014)
    text = _dot(bad)
    firm = rng.choice(_FIRMS)
    agency = rng.choice(_AGENCIES)
    return ([f"Documents show the contract between {firm} and {agency} was signed on [[{text}]]."],
            {"date": text})


@_template
def b18_impossible_storm_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _missing(rng)
    month = MONTHS[bad.month - 1]
    text = f"the {bad.day}{_sfx(bad.day)} of {month}"
    place = rng.choice(_PLACES)
    return ([f"Forecasters expect the storm to reach {place} on [[{text}]], bringing gusts of up to 90mph."],
            {"date": text})


@_template
def b18_impossible_launch_window(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1965, 2014)
    text = _abbr(bad)
    return ([f"Engineers said the satellite was cleared for launch on [[{text}]], weather permitting."],
            {"date": text})


@_template
def b18_impossible_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014, leap=0.35)
    text = _us(bad)
    nation = rng.choice(_NATIONS)
    return ([f"Under the agreement, all forces in {nation} were to cease fire at midnight on [[{text}]]."],
            {"date": text})


@_template
def b18_impossible_bylaw_effect(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1980, 2014)
    text = _uk(bad)
    place = rng.choice(_PLACES)
    return ([f"The parking bylaw passed by {place} council comes into effect on [[{text}]].",
             "Fines of up to £80 will apply."], {"date": text})


@_template
def b18_impossible_birth_record(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1950, 2000, leap=0.7)
    text = _of(bad)
    name, he, his = _who(rng)
    return ([f"Parish records give {_poss(name)} date of birth as [[{text}]]."], {"date": text})


@_template
def b18_impossible_quarterly_close(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _Day(rng.randint(1990, 2014), rng.choice([6, 9]), 31)
    text = _abbr(bad)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} said revenue for the quarter ended [[{text}]] rose {rng.randint(2, 14)} per cent."],
            {"date": text})


@_template
def b18_impossible_marathon_entry(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _missing(rng)
    text = _md(bad)
    place = rng.choice(_PLACES)
    return ([f"\"Entries for the {place} half-marathon close at midnight on [[{text}]],\" the organisers said."],
            {"date": text})


@_template
def b18_impossible_archive_letter(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2010)
    text = _ap(bad)
    name, he, his = _who(rng)
    return ([f"In a letter dated [[{text}]], {name} warned the board that the dam's spillway was cracked."],
            {"date": text})


@_template
def b18_impossible_vote_scheduled(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1970, 2014, leap=0.25)
    text = _iso(bad)
    return ([f"Parliament's calendar lists the final reading of the pensions bill for [[{text}]]."],
            {"date": text})


@_template
def b18_impossible_recall_notice(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1995, 2014)
    text = _uk_th(bad)
    firm = rng.choice(_FIRMS)
    return ([f"Cars built by {firm} between January and the [[{text}]] are being recalled over faulty brakes."],
            {"date": text})


@_template
def b18_impossible_pilgrimage(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _missing(rng)
    text = _dm(bad)
    church = rng.choice(_CHURCHES)
    return ([f"Every year on [[{text}]] the congregation of {church} walks to the holy well."],
            {"date": text})


@_template
def b18_impossible_verdict_date(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1975, 2014, leap=0.5)
    text = _us(bad)
    name, he, his = _who(rng)
    return ([f"{name} was convicted on [[{text}]] and released on licence {rng.randint(3, 7)} years later."],
            {"date": text})


@_template
def b18_impossible_exam_results(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1990, 2014)
    text = _dot(bad)
    return ([f"The examinations board published the results on [[{text}]], its website shows."],
            {"date": text})


# --- restated_event -----------------------------------------------------------

@_template
def b18_restated_same_conviction_appeal(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 9)
    name, he, his = _who(rng)
    return ([f"{_poss(name)} conviction for arson in [[{a}]] was the only blot on {his} record.",
             f"Appeal judges reviewing the conviction noted that it had been secured in [[{b}]] on a single "
             f"witness statement."], {"dates": (str(a), str(b))})


@_template
def b18_restated_same_merger_completed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1975, 2013)
    f1, f2 = rng.sample(_FIRMS, 2)
    return ([f"The merger of {f1} and {f2} was completed in [[{_my(one)}]].",
             f"Staff were told the merger, finalised in [[{_my(two)}]], would cost no jobs."],
            {"dates": (_my(one), _my(two))})


@_template
def b18_restated_same_cup_final(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 11)
    club = rng.choice(_CLUBS)
    return ([f"{_poss(club)} sole cup final appearance ended in a 2-1 win in [[{a}]].",
             f"Two survivors of that final, played in [[{b}]], were guests of honour at the ground."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_same_discovery_moon(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2013)
    name, he, his = _who(rng)
    f1, f2 = _news_form(rng), _news_form(rng)
    return ([f"{name} is credited with the discovery of the planet's smallest moon on [[{f1(one)}]].",
             f"The discovery, made on [[{f2(two)}]], was confirmed by two other observatories."],
            {"dates": (f1(one), f2(two))})


@_template
def b18_restated_same_cholera_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1955, 2015, 8)
    place = rng.choice(_PLACES)
    return ([f"Health officials in {place} still cite the cholera outbreak of [[{a}]] when arguing for new pipes.",
             f"That outbreak, which began in the summer of [[{b}]], killed {rng.randint(12, 60)} people."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_same_ballet_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2013)
    name, he, his = _who(rng)
    f = _news_form(rng)
    return ([f"The premiere of {_poss(name)} only full-length ballet took place on [[{f(one)}]].",
             f"A recording of the premiere, dated [[{_iso(two)}]], was found in the theatre's archive."],
            {"dates": (f(one), _iso(two))})


@_template
def b18_restated_same_earthquake(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2013)
    place = rng.choice(_PLACES)
    return ([f"The earthquake that levelled the old quarter of {place} struck on [[{_uk(one)}]].",
             f"Every anniversary, survivors of the earthquake of [[{_uk(two)}]] lay flowers at the market cross."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b18_restated_same_military_coup(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 10)
    nation = rng.choice(_NATIONS)
    return ([f"The coup that brought the colonels to power in {nation} was staged in [[{a}]].",
             f"Historians of the coup, which they date to [[{b}]], stress how little blood was shed."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_same_funeral_held(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1970, 2013)
    name, he, his = _who(rng)
    church = rng.choice(_CHURCHES)
    return ([f"{_poss(name)} funeral was held at {church} on [[{_ap(one)}]].",
             f"Mourners at the funeral on [[{_ap(two)}]] included three former prime ministers."],
            {"dates": (_ap(one), _ap(two))})


@_template
def b18_restated_same_derailment(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2013)
    place = rng.choice(_PLACES)
    return ([f"Investigators blamed a cracked rail for the derailment outside {place} in [[{_my(one)}]].",
             f"The derailment, in [[{_my(two)}]], led to a national inspection programme."],
            {"dates": (_my(one), _my(two))})


@_template
def b18_restated_same_teachers_strike(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 7)
    return ([f"The nine-week teachers' strike of [[{a}]] shut every primary school in the county.",
             f"Union leaders say the strike, which ran through the spring of [[{b}]], won a pay rise of a tenth."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_same_beach_landing(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1950, 2013)
    regiment = rng.choice(["the 5th Highlanders", "the Coastal Rifles", "the 22nd Marines", "the Lancers"])
    f = _news_form(rng)
    return ([f"The beach landing by {regiment} on [[{f(one)}]] is the subject of a new exhibition.",
             f"Veterans of the landing recall wading ashore on [[{f(two)}]] under heavy fire."],
            {"dates": (f(one), f(two))})


@_template
def b18_restated_same_local_referendum(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1970, 2015, 6)
    place = rng.choice(_PLACES)
    return ([f"{place} residents rejected a directly elected mayor in a referendum held in [[{a}]].",
             f"Turnout in the [[{b}]] referendum was below a third, the council said."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_same_consecration(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1955, 2013)
    church = rng.choice(_CHURCHES)
    return ([f"The consecration of the rebuilt {church} took place on [[{_of(one)}]].",
             f"A plaque by the door commemorates the consecration, giving the date as [[{_of(two)}]]."],
            {"dates": (_of(one), _of(two))})


@_template
def b18_restated_same_handset_launch(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1995, 2013)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} had never made a phone before the launch of its first handset in [[{_my(one)}]].",
             f"Sales in the month after the launch, held in [[{_my(two)}]], beat forecasts."],
            {"dates": (_my(one), _my(two))})


@_template
def b18_restated_same_hostile_acquisition(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1975, 2015, 8)
    f1, f2 = rng.sample(_FIRMS, 2)
    return ([f"Regulators waved through the [[{b}]] acquisition of {f2} by {f1}.",
             f"The acquisition, agreed in [[{a}]], was the largest in the sector."],
            {"dates": (str(b), str(a))})


@_template
def b18_restated_same_leadership_election(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2013)
    name, he, his = _who(rng)
    return ([f"{name} won the party's first open leadership election on [[{_us(one)}]].",
             f"Rivals who lost the election of [[{_us(two)}]] later served in {his} cabinet."],
            {"dates": (_us(one), _us(two))})


@_template
def b18_restated_same_volcano_eruption(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 12)
    return ([f"Ash from the great eruption of [[{a}]] grounded flights across the continent for a week.",
             f"Geologists have since shown that the eruption, in [[{b}]], was preceded by months of tremors."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_same_maiden_flight(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2013)
    name, he, his = _who(rng)
    return ([f"Test pilot {name} took the airliner on its maiden flight on [[{_abbr(one)}]].",
             f"Footage of the maiden flight, shot on [[{_abbr(two)}]], shows the pilot waving from the cockpit."],
            {"dates": (_abbr(one), _abbr(two))})


@_template
def b18_restated_same_landmark_ruling(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 10)
    court = rng.choice(_COURTS)
    return ([f"The landmark ruling by {court} in [[{a}]] gave tenants the right to withhold rent.",
             f"Lawyers still cite the ruling, handed down in [[{b}]], in eviction cases."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_founded_founding(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 10)
    name, he, his = _who(rng)
    firm = rng.choice(_FIRMS)
    return ([f"{name} founded {firm} in a rented garage in [[{a}]].",
             f"Since its founding in [[{b}]], the company has grown to {rng.randint(300, 900)} employees."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_treaty_accord(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 9)
    one = datetime.date(b, rng.randint(1, 12), 1)
    x, y = rng.sample(_NATIONS, 2)
    return ([f"The [[{a}]] river treaty between {x} and {y} settled a border quarrel that was decades old.",
             f"That accord was signed in [[{_my(one)}]] at a ceremony in a hunting lodge."],
            {"dates": (str(a), _my(one))})


@_template
def b18_restated_diff_knighted_knighthood(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1955, 2015, 8)
    name = rng.choice(_HIM)
    return ([f"{name} was knighted in [[{a}]] for services to marine engineering.",
             f"He rarely used the title, and said the knighthood, conferred in [[{b}]], belonged to his crews."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_fire_blaze(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2013)
    place = rng.choice(_PLACES)
    return ([f"The fire that gutted the old woollen mill in {place} broke out on [[{_uk(one)}]].",
             f"No one was ever charged over the blaze of [[{_uk(two)}]], though arson was suspected."],
            {"dates": (_uk(one), _uk(two))})


@_template
def b18_restated_diff_married_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2012, 7)
    name, he, his = _who(rng)
    return ([f"{name} married the painter Ellis Garrow in [[{a}]]; it was {his} only marriage.",
             f"Photographs from their wedding, in [[{b}]], hang in the village hall."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_retired_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1975, 2013)
    name, he, his = _who(rng)
    school = rng.choice(_SCHOOLS)
    return ([f"{name} retired as head of {school} in [[{_my(one)}]] after two decades.",
             f"After {his} retirement in [[{_my(two)}]], the school was merged with its neighbour."],
            {"dates": (_my(one), _my(two))})


@_template
def b18_restated_diff_hurricane_storm(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2013)
    storm = rng.choice(["Hurricane Delphine", "Hurricane Osric", "Hurricane Tamsin", "Hurricane Wendell"])
    return ([f"{storm} struck the island on [[{_ap(one)}]], flattening the sugar mills.",
             f"Insurers paid out for years after the storm of [[{_ap(two)}]]."],
            {"dates": (_ap(one), _ap(two))})


@_template
def b18_restated_diff_elected_election(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 8)
    name, he, his = _who(rng)
    place = rng.choice(_PLACES)
    return ([f"{name} was first elected mayor of {place} in [[{a}]].",
             f"{he.capitalize()} has said {his} first victory at the polls, in [[{b}]], surprised even {his} agent."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_resigned_resignation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1965, 2013)
    name, he, his = _who(rng)
    agency = rng.choice(_AGENCIES)
    f = _news_form(rng)
    return ([f"{name} resigned from {agency} on [[{f(one)}]] amid a row over procurement.",
             f"{his.capitalize()} resignation letter, dated [[{_dot(two)}]], was accepted without comment."],
            {"dates": (f(one), _dot(two))})


@_template
def b18_restated_diff_crash_accident(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1960, 2013)
    f = _news_form(rng)
    return ([f"A light aircraft crashed into the reservoir on [[{f(one)}]], killing both people aboard.",
             f"The inquest into the accident heard that it happened on [[{f(two)}]] in thick cloud."],
            {"dates": (f(one), f(two))})


@_template
def b18_restated_diff_opened_inauguration(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 10)
    lab = rng.choice(["the Marrow Institute", "the Corven Laboratory", "the Eskdale Research Station"])
    return ([f"{lab[0].upper() + lab[1:]} opened in [[{a}]] with a staff of twelve.",
             f"Nobel laureates attended its inauguration in [[{b}]]."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_sentenced_sentencing(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1975, 2013)
    name, he, his = _who(rng)
    return ([f"{name} was sentenced to life on [[{_us(one)}]] for the murder of a shopkeeper.",
             f"At {his} sentencing, on [[{_us(two)}]], the judge called the crime cowardly."],
            {"dates": (_us(one), _us(two))})


@_template
def b18_restated_diff_split_breakup(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1965, 2015, 8)
    band = rng.choice(["The Lanterns", "Paper Harbour", "The Greyhounds", "Velvet Orchard"])
    return ([f"{band} split in [[{a}]] after a final tour of small halls.",
             f"The break-up, in [[{b}]], was blamed on a dispute over royalties."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1970, 2013)
    name, he, his = _who(rng)
    return ([f"{name}, the sculptor, died on [[{_uk_th(one)}]] at the age of {rng.randint(70, 95)}.",
             f"News of {his} death on [[{_uk_th(two)}]] reached the gallery during an opening."],
            {"dates": (_uk_th(one), _uk_th(two))})


@_template
def b18_restated_diff_takeover_acquired(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1980, 2013)
    f1, f2 = rng.sample(_FIRMS, 2)
    return ([f"The takeover of {f2} by {f1} closed in [[{_my(one)}]].",
             f"{f1} acquired its smaller rival in [[{_my(two)}]] for a sum it never disclosed."],
            {"dates": (_my(one), _my(two))})


@_template
def b18_restated_diff_closed_closure(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1960, 2015, 7)
    school = rng.choice(_SCHOOLS)
    return ([f"{school} closed its doors in [[{a}]] after enrolment collapsed.",
             f"Former pupils campaigned against the closure right up until it happened in [[{b}]]."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_disbanded_disbandment(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 9)
    regiment = rng.choice(["the Fenland Yeomanry", "the 9th Border Regiment", "the Royal Pioneers"])
    return ([f"{regiment[0].upper() + regiment[1:]} was disbanded in [[{a}]] under a round of defence cuts.",
             f"Its colours were laid up in the cathedral after the disbandment of [[{b}]]."],
            {"dates": (str(a), str(b))})


@_template
def b18_restated_diff_dedicated_ceremony(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1955, 2013)
    church = rng.choice(_CHURCHES)
    return ([f"The new bell tower at {church} was dedicated on [[{_of(one)}]].",
             f"The archbishop led the ceremony of [[{_uk(two)}]], which blessed the tower and its eight bells."],
            {"dates": (_of(one), _uk(two))})


@_template
def b18_restated_diff_approved_approval(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1985, 2013)
    firm = rng.choice(_FIRMS)
    return ([f"Regulators approved the {firm} meningitis vaccine on [[{_abbr(one)}]].",
             f"Since approval came on [[{_abbr(two)}]], more than two million doses have been given."],
            {"dates": (_abbr(one), _abbr(two))})


@_template
def b18_restated_diff_freed_release(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _apart(rng, 1975, 2013)
    nation = rng.choice(_NATIONS)
    return ([f"The aid workers kidnapped in {nation} were freed on [[{_ap(one)}]] after talks brokered by "
             f"the church.", f"Their release, on [[{_ap(two)}]], came after eleven months in captivity."],
            {"dates": (_ap(one), _ap(two))})


@_template
def b18_restated_diff_launched_maiden_voyage(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _years_apart(rng, 1950, 2015, 6)
    vessel = rng.choice(["the RRS Kittiwake", "the liner Arcadian Star", "the icebreaker Nordlys"])
    return ([f"Shipwrights on the Clyde launched {vessel} in [[{a}]].",
             f"Crowds lined both banks for her launching in [[{b}]], and she left on her maiden voyage soon "
             f"after."], {"dates": (str(a), str(b))})


# --- order_violation ----------------------------------------------------------

@_template
def b18_order_arrest_after_robbery(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng)
    name, he, his = _who(rng)
    return ([f"{name} was arrested in [[{l}]], weeks after the armed robbery of [[{e}]] at a post office."],
            {"earlier": str(e), "later": str(l)})


@_template
def b18_order_promotion_after_relegation(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng)
    club = rng.choice(_CLUBS)
    return ([f"{club} bounced back with promotion in [[{l}]], one season after the relegation they suffered in "
             f"[[{e}]]."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_office_following_flotation(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1960, 2009)
    firm = rng.choice(_FIRMS)
    return ([f"Following its stock market flotation in [[{e}]], {firm} opened its first overseas office, in "
             f"Rotterdam, in [[{l}]]."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_trial_wake_of_outbreak(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng)
    return ([f"Scientists began testing the antiviral in [[{_my(l)}]], in the wake of the outbreak first "
             f"reported in [[{_my(e)}]]."], {"earlier": _my(e), "later": _my(l)})


@_template
def b18_order_last_baby_before_closure(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1960, 2009)
    hosp = rng.choice(_HOSPITALS)
    return ([f"Before its maternity unit shut in [[{l}]], {hosp} delivered its final baby, a girl, in [[{e}]]."],
            {"earlier": str(e), "later": str(l)})


@_template
def b18_order_sequel_followed_original(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1955, 2009)
    name, he, his = _who(rng)
    return ([f"{_poss(name)} sequel, released in [[{l}]], picked up the story where the original film of "
             f"[[{e}]] had left off."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_rebuilding_aftermath_floods(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng, 60, 900)
    place = rng.choice(_PLACES)
    f = _news_form(rng)
    return ([f"Rebuilding of the harbour wall at {place} began on [[{f(l)}]], in the aftermath of the floods of "
             f"[[{f(e)}]]."], {"earlier": f(e), "later": f(l)})


@_template
def b18_order_amendment_response_referendum(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng)
    nation = rng.choice(_NATIONS)
    return ([f"The constitution of {nation} was amended in [[{l}]] in response to the referendum held in "
             f"[[{e}]]."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_emigrated_having_graduated(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1950, 2005)
    name, he, his = _who(rng)
    return ([f"{name}, the violinist, emigrated to Canada in [[{l}]], having graduated from the conservatoire in "
             f"[[{e}]]."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_electrified_prior_to_reopening(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng)
    return ([f"The branch line was electrified in [[{_my(e)}]], prior to its reopening to passengers in "
             f"[[{_my(l)}]]."], {"earlier": _my(e), "later": _my(l)})


@_template
def b18_order_academy_after_inspection(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1985, 2009)
    school = rng.choice(_SCHOOLS)
    return ([f"{school} was turned into an academy in [[{l}]].",
             f"The change came after a damning inspection in [[{e}]], the trust said."],
            {"earlier": str(e), "later": str(l)})


@_template
def b18_order_troops_home_once_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng, 50, 700)
    regiment = rng.choice(["the Highland Light Infantry", "the 4th Rifles", "the Carabiniers"])
    return ([f"Only once the ceasefire of [[{_uk(e)}]] had taken hold did {regiment} return home, on "
             f"[[{_uk(l)}]]."], {"earlier": _uk(e), "later": _uk(l)})


@_template
def b18_order_hall_sold_after_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng)
    place = rng.choice(_PLACES)
    return ([f"Councillors in {place} voted to sell the town hall in [[{l}]], after its roof fell in during the "
             f"gales of [[{e}]]."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_abbey_restored_following_fire(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1950, 2009)
    return ([f"The abbey church was restored in [[{l}]] following the fire of [[{e}]], which destroyed its "
             f"medieval roof."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_patch_response_flaw(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} shipped the security update on [[{_iso(l)}]] in response to a flaw disclosed by "
             f"researchers on [[{_iso(e)}]]."], {"earlier": _iso(e), "later": _iso(l)})


@_template
def b18_order_bank_rescued_before_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1960, 2009)
    return ([f"Before its collapse in [[{l}]], the mutual bank had been rescued once already by the state, "
             f"in [[{e}]]."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_appeal_overturned_conviction(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng, 60, 900)
    name, he, his = _who(rng)
    f = _news_form(rng)
    return ([f"An appeal heard on [[{f(l)}]] quashed {_poss(name)} conviction.",
             f"{he.capitalize()} had been found guilty on [[{f(e)}]] by a majority verdict."],
            {"earlier": f(e), "later": f(l)})


@_template
def b18_order_retired_shortly_after_title(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng, 45, 600)
    name, he, his = _who(rng)
    return ([f"{name} retired from the ring on [[{_ap(l)}]], shortly after winning the world title on "
             f"[[{_ap(e)}]]."], {"earlier": _ap(e), "later": _ap(l)})


@_template
def b18_order_probe_orbit_after_launch(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng, 60, 700)
    return ([f"The probe slipped into orbit around Mars on [[{_abbr(l)}]], after a launch on [[{_abbr(e)}]] that "
             f"had been delayed twice by high winds."],
            {"earlier": _abbr(e), "later": _abbr(l)})


@_template
def b18_order_law_in_force_having_passed(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng)
    return ([f"The freedom of information law came into force on [[{_of(l)}]], having passed its final "
             f"reading on [[{_of(e)}]]."], {"earlier": _of(e), "later": _of(l)})


@_template
def b18_order_rates_fell_after_ban(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1975, 2009)
    nation = rng.choice(_NATIONS)
    return ([f"Hospital admissions for heart attacks in {nation} fell sharply in [[{l}]], after the smoking ban "
             f"introduced in [[{e}]]."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_museum_reopened_restoration(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _flipped(rng, 1960, 2009)
    return ([f"\"We reopened in [[{l}]], as soon as the restoration was finished in [[{e}]],\" the museum's "
             f"director said."], {"earlier": str(e), "later": str(l)})


@_template
def b18_order_convoys_wake_of_cyclone(rng: random.Random) -> tuple[list[str], Facts]:
    e, l = _inverted(rng, 45, 500)
    f = _news_form(rng)
    return ([f"Aid convoys reached the delta on [[{f(l)}]], in the wake of the cyclone that made landfall on "
             f"[[{f(e)}]]."], {"earlier": f(e), "later": f(l)})


# --- publication_anachronism --------------------------------------------------

@_template
def b18_anachronism_verdict_future(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _us(day)
    name, he, his = _who(rng)
    return ([f"{name} was acquitted of all charges on [[{text}]], ending a trial that had gripped the town."],
            {"date": text, "relative": None})


@_template
def b18_anachronism_championship_won(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    club = rng.choice(_CLUBS)
    return ([f"{club}, who won the league championship in [[{year}]], are now chasing a European place."],
            {"date": str(year), "relative": None})


@_template
def b18_anachronism_profits_reported(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _my(day)
    firm = rng.choice(_FIRMS)
    return ([f"{firm} reported record half-year profits in [[{text}]] and raised its dividend."],
            {"date": text, "relative": None})


@_template
def b18_anachronism_species_described(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _uk(day)
    return ([f"The frog was formally described as a new species in a paper published on [[{text}]].",
             "Its call, researchers said, resembles a dripping tap."], {"date": text, "relative": None})


@_template
def b18_anachronism_hospital_merged(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    hosp = rng.choice(_HOSPITALS)
    return ([f"Since it merged with its neighbour in [[{year}]], {hosp} has cut waiting times by a third."],
            {"date": str(year), "relative": None})


@_template
def b18_anachronism_novel_shortlisted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _ap(day)
    name, he, his = _who(rng)
    return ([f"{_poss(name)} debut novel, shortlisted for the prize on [[{text}]], has sold 40,000 copies."],
            {"date": text, "relative": None})


@_template
def b18_anachronism_wildfire_destroyed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _iso(day)
    place = rng.choice(_PLACES)
    return ([f"Fire crews said the wildfire that destroyed {rng.randint(20, 90)} homes near {place} on "
             f"[[{text}]] had been started by a discarded barbecue."], {"date": text, "relative": None})


@_template
def b18_anachronism_pope_canonised(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _of(day)
    name = rng.choice(_HER)
    return ([f"{name}, the nun who ran the leper hospital, was canonised in Rome on [[{text}]]."],
            {"date": text, "relative": None})


@_template
def b18_anachronism_bypass_opened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _uk_th(day)
    place = rng.choice(_PLACES)
    return ([f"Traffic through {place} has halved, the council says, since the bypass opened on the "
             f"[[{text}]]."], {"date": text, "relative": None})


@_template
def b18_anachronism_minister_sacked(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _abbr(day)
    name, he, his = _who(rng)
    agency = rng.choice(_AGENCIES)
    return ([f"{name} was sacked as head of {agency} on [[{text}]] and replaced by a career civil servant."],
            {"date": text, "relative": None})


@_template
def b18_anachronism_obituary_passed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    text = _dot(day)
    name, he, his = _who(rng)
    return ([f"Obituary: {name} (born 11.03.1931, died [[{text}]]) was a pioneer of children's television."],
            {"date": text, "relative": None})


@_template
def b18_anachronism_yesterday_hearing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _us(day)
    name, he, his = _who(rng)
    return ([f"{name} appeared before magistrates [[yesterday]], [[{text}]], charged with dangerous driving."],
            {"date": text, "relative": "yesterday"})


@_template
def b18_anachronism_last_week_transfer(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _uk(day)
    club = rng.choice(_CLUBS)
    return ([f"The deal that took the winger to {club} [[last week]] was completed on [[{text}]], the club's "
             f"filings show."], {"date": text, "relative": "last week"})


@_template
def b18_anachronism_this_morning_quake(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _ap(day)
    return ([f"The tremor, felt across three provinces [[this morning]] ([[{text}]]), measured 5.8 on the "
             f"Richter scale."], {"date": text, "relative": "this morning"})


@_template
def b18_anachronism_last_night_vote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _uk_th(day)
    place = rng.choice(_PLACES)
    return ([f"In a vote held [[last night]], at the [[{text}]] session of {place} council, the library "
             f"closures were approved."],
            {"date": text, "relative": "last night"})


@_template
def b18_anachronism_last_year_record(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    name, he, his = _who(rng)
    return ([f"{name} set the national 800m record [[last year]]; the mark from [[{year}]] has not been "
             f"threatened since."], {"date": str(year), "relative": "last year"})


@_template
def b18_anachronism_last_month_layoffs(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _my(day)
    firm = rng.choice(_FIRMS)
    return ([f"{firm}, which laid off {rng.randint(120, 900)} workers [[last month]], said the cuts made in "
             f"[[{text}]] were unavoidable."], {"date": text, "relative": "last month"})


@_template
def b18_anachronism_earlier_this_month_study(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _abbr(day)
    lab = rng.choice(["the Marrow Institute", "the Corven Laboratory", "the Eskdale Research Station"])
    return ([f"A study by {lab} published [[earlier this month]] - on [[{text}]] - linked the pesticide to bee "
             f"deaths."], {"date": text, "relative": "earlier this month"})


@_template
def b18_anachronism_two_days_ago_derailment(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _iso(day)
    return ([f"Freight services remain suspended after the derailment [[two days ago]].",
             f"Network logs time the derailment at 04:12 on [[{text}]]."], {"date": text, "relative": "two days ago"})


@_template
def b18_anachronism_last_weekend_festival(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _of(day)
    place = rng.choice(_PLACES)
    return ([f"Organisers of the {place} folk festival, held [[last weekend]], said attendance on [[{text}]] "
             f"broke all records."], {"date": text, "relative": "last weekend"})


@_template
def b18_anachronism_earlier_today_statement(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _us(day)
    agency = rng.choice(_AGENCIES)
    return ([f"\"We regret the delay,\" {agency} said in a statement issued [[earlier today]], "
             f"[[{text}]]."], {"date": text, "relative": "earlier today"})


@_template
def b18_anachronism_fortnight_ago_ordination(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _uk(day)
    name, he, his = _who(rng)
    church = rng.choice(_CHURCHES)
    return ([f"{name}, ordained at {church} [[a fortnight ago]], on [[{text}]], preached {his} first sermon "
             f"to a packed nave."], {"date": text, "relative": "a fortnight ago"})


@_template
def b18_anachronism_this_week_recall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    text = _abbr_uk(day)
    firm = rng.choice(_FIRMS)
    return ([f"The recall, announced by {firm} [[this week]] in a notice dated [[{text}]], covers every kettle "
             f"it has sold."], {"date": text, "relative": "this week"})


# --- duration_arithmetic ------------------------------------------------------

def _beyond(rng: random.Random, low: int, high: int) -> int:
    """A count at least 8 below ``low`` (and at least 2) or at least 8 above ``high``."""
    if low - 8 < 2 or rng.random() < 0.5:
        return high + rng.randint(8, 15)
    return low - rng.randint(8, min(15, low - 2))


def _month_bounds(first: datetime.date, last: datetime.date) -> tuple[datetime.date, datetime.date,
                                                                      datetime.date, datetime.date]:
    """First and last day of the month of ``first`` and of the month of ``last``."""
    def end(d: datetime.date) -> datetime.date:
        return _add(datetime.date(d.year + d.month // 12, d.month % 12 + 1, 1), -1)
    return first.replace(day=1), end(first), last.replace(day=1), end(last)


def _dur(stated: str, value: int, start: Any, end: Any, unit: str) -> Facts:
    return {"stated": stated, "value": value, "start": start, "end": end, "unit": unit, "offset": 0}


@_template
def b18_duration_club_founded_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1890, 2000)
    n = _beyond(rng, 2016 - year - 2, 2016 - year + 1)
    place = rng.choice(_PLACES)
    return ([f"The {place} rowing club was founded in [[{year}]], [[{n} years]] ago, by four dock workers."],
            _dur(f"{n} years", n, str(year), None, "years"))


@_template
def b18_duration_died_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1910, 1960)
    died = _add(born, rng.randint(40 * 365, 85 * 365))
    while died.year > 2015:
        died = _add(died, -3650)
    n = _miss(rng, _years(born, died))
    name, he, his = _who(rng)
    return ([f"{name} was born on [[{_uk(born)}]] and died on [[{_uk(died)}]], aged [[{n}]]."],
            _dur(str(n), n, _uk(born), _uk(died), "years"))


@_template
def b18_duration_summit_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 2, 12)
    n = _word_miss(rng, (end - start).days)
    stated = f"{_word(n)}-day"
    nation = rng.choice(_NATIONS)
    return ([f"Leaders gathered in {nation} for the [[{stated}]] summit, which opened on [[{_us(start)}]] and "
             f"closed on [[{_us(end)}]]."], _dur(stated, n, _us(start), _us(end), "days"))


@_template
def b18_duration_trial_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 60, 420)
    n = _miss(rng, (end - start).days // 7)
    f = _news_form(rng)
    return ([f"The fraud trial opened on [[{f(start)}]].",
             f"After [[{n} weeks]] of evidence, the jury returned its verdicts on [[{f(end)}]]."],
            _dur(f"{n} weeks", n, f(start), f(end), "weeks"))


@_template
def b18_duration_refurbishment_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 200, 1200)
    true = _months(start, end)
    n = _beyond(rng, true - 2, true + 1)
    return ([f"The [[{n}-month]] refurbishment of the concert hall ran from [[{_my(start)}]] to "
             f"[[{_my(end)}]]."], _dur(f"{n}-month", n, _my(start), _my(end), "months"))


@_template
def b18_duration_appointed_at_age(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1930, 1975)
    appointed = _add(born, rng.randint(30 * 365, 60 * 365))
    while appointed.year > 2015:
        appointed = _add(appointed, -1500)
    n = _miss(rng, _years(born, appointed))
    name, he, his = _who(rng)
    court = rng.choice(_COURTS)
    return ([f"Born on [[{_ap(born)}]], {name} joined the bench of {court} on [[{_ap(appointed)}]] at the age of "
             f"[[{n}]]."], _dur(str(n), n, _ap(born), _ap(appointed), "years"))


@_template
def b18_duration_marriage_years(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1935, 1985)
    y2 = rng.randint(y1 + 10, min(2015, y1 + 60))
    n = _beyond(rng, y2 - y1 - 2, y2 - y1 + 1)
    name, he, his = _who(rng)
    return ([f"{name} married in [[{y1}]] and was widowed in [[{y2}]], ending a marriage of [[{n} years]]."],
            _dur(f"{n} years", n, str(y1), str(y2), "years"))


@_template
def b18_duration_firm_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1850, 1960)
    y2 = rng.randint(y1 + 30, 2015)
    n = _beyond(rng, y2 - y1 - 2, y2 - y1 + 1)
    firm = rng.choice(_FIRMS)
    return ([f"Founded in [[{y1}]], {firm} threw a party for staff in [[{y2}]] to mark its "
             f"[[{n}{_sfx(n)} anniversary]]."], _dur(f"{n}{_sfx(n)} anniversary", n, str(y1), str(y2), "years"))


@_template
def b18_duration_hostage_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 120, 1500)
    n = _miss(rng, _months(start, end))
    name, he, his = _who(rng)
    return ([f"{name}, an engineer, was seized on [[{_uk_th(start)}]] and freed on [[{_uk_th(end)}]] after "
             f"[[{n} months]] in captivity."], _dur(f"{n} months", n, _uk_th(start), _uk_th(end), "months"))


@_template
def b18_duration_voyage_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 20, 90)
    n = _miss(rng, (end - start).days)
    vessel = rng.choice(_VESSELS)
    return ([f"{vessel[0].upper() + vessel[1:]} left Southampton on [[{_abbr(start)}]] and docked in Valparaiso "
             f"on [[{_abbr(end)}]], [[{n} days]] later."], _dur(f"{n} days", n, _abbr(start), _abbr(end), "days"))


@_template
def b18_duration_bridge_opened_ago(rng: random.Random) -> tuple[list[str], Facts]:
    opened = _date(rng, 1900, 2005)
    n = _miss(rng, _years(opened, datetime.date(2016, 9, 27)))
    f = _news_form(rng)
    return ([f"The suspension bridge was opened to traffic on [[{f(opened)}]] - [[{n} years ago]] - by a "
             f"minor royal."], _dur(f"{n} years", n, f(opened), None, "years"))


@_template
def b18_duration_mayoral_tenure(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1950, 2000)
    y2 = rng.randint(y1 + 3, min(2015, y1 + 25))
    n = _beyond(rng, y2 - y1 - 2, y2 - y1 + 1)
    name, he, his = _who(rng)
    place = rng.choice(_PLACES)
    stated = f"{_word(n)} years"
    return ([f"{name} served [[{stated}]] as mayor of {place}, from [[{y1}]] until [[{y2}]]."],
            _dur(stated, n, str(y1), str(y2), "years"))


@_template
def b18_duration_stadium_build_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 300, 1400)
    true = _months(start, end)
    n = _beyond(rng, true - 2, true + 1)
    club = rng.choice(_CLUBS)
    return ([f"It took [[{n} months]] to build the new {club} stadium.",
             f"Ground was broken in [[{_my(start)}]] and the first match was played there in [[{_my(end)}]]."],
            _dur(f"{n} months", n, _my(start), _my(end), "months"))


@_template
def b18_duration_sentence_served(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 3 * 365, 25 * 365, 1960, 2005)
    n = _miss(rng, _years(start, end))
    name, he, his = _who(rng)
    return ([f"Jailed on [[{_us(start)}]], {name} walked free on [[{_us(end)}]] having served "
             f"[[{n} years]]."], _dur(f"{n} years", n, _us(start), _us(end), "years"))


@_template
def b18_duration_museum_decade(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1950, 1990)
    y2 = y1 + rng.randint(19, 25)
    return ([f"The maritime museum closed in [[{y1}]] and reopened in [[{y2}]], [[a decade]] later, with its "
             f"collections restored."], _dur("a decade", 10, str(y1), str(y2), "years"))


@_template
def b18_duration_half_century_partnership(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1930, 1975)
    y2 = y1 + rng.choice([rng.randint(20, 40), rng.randint(60, 70)])
    while y2 > 2015:
        y1, y2 = y1 - 10, y2 - 10
    return ([f"The comedy double act, formed in [[{y1}]], played its farewell show in [[{y2}]] after "
             f"[[half a century]] together."], _dur("half a century", 50, str(y1), str(y2), "years"))


@_template
def b18_duration_festival_fortnight(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 26, 50)
    place = rng.choice(_PLACES)
    f = _news_form(rng)
    return ([f"The {place} arts festival lasted [[a fortnight]], running from [[{f(start)}]] to "
             f"[[{f(end)}]]."], _dur("a fortnight", 14, f(start), f(end), "days"))


@_template
def b18_duration_strike_weeks_coarse(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 150, 700)
    s_low, s_high, e_low, e_high = _month_bounds(start, end)
    n = _beyond(rng, (e_low - s_high).days // 7 - 1, (e_high - s_low).days // 7 + 1)
    return ([f"The dockers' strike, called in [[{_my(start)}]], dragged on for [[{n} weeks]] until a deal was "
             f"struck in [[{_my(end)}]]."], _dur(f"{n} weeks", n, _my(start), _my(end), "weeks"))


@_template
def b18_duration_aged_at_title_coarse(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1930, 1990)
    y2 = y1 + rng.randint(17, 25)
    n = _beyond(rng, y2 - y1 - 2, y2 - y1 + 1)
    name, he, his = _who(rng)
    return ([f"{name}, born in [[{y1}]], was only [[{n}]] when {he} won the national chess title in "
             f"[[{y2}]]."], _dur(str(n), n, str(y1), str(y2), "years"))


@_template
def b18_duration_intensive_care_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 3, 12)
    n = _word_miss(rng, (end - start).days)
    stated = f"{_word(n)} days"
    hosp = rng.choice(_HOSPITALS)
    return ([f"Admitted to {hosp} on [[{_uk(start)}]], the boy spent [[{stated}]] in intensive care before "
             f"being discharged on [[{_uk(end)}]]."], _dur(stated, n, _uk(start), _uk(end), "days"))


@_template
def b18_duration_experiment_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 90, 500)
    n = _miss(rng, (end - start).days // 7)
    return ([f"Volunteers lived on the low-salt diet for [[{n} weeks]], between [[{_iso(start)}]] and "
             f"[[{_iso(end)}]], the paper says."], _dur(f"{n} weeks", n, _iso(start), _iso(end), "weeks"))


@_template
def b18_duration_tunnel_years(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1950, 1995)
    y2 = y1 + rng.randint(3, 18)
    n = _beyond(rng, y2 - y1 - 2, y2 - y1 + 1)
    return ([f"Boring the rail tunnel under the estuary, begun in [[{y1}]] and finished in [[{y2}]], took "
             f"[[{n} years]] in all."], _dur(f"{n} years", n, str(y1), str(y2), "years"))


@_template
def b18_duration_school_year_old(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1860, 1990)
    n = _beyond(rng, 2016 - year - 2, 2016 - year + 1)
    school = rng.choice(_SCHOOLS)
    return ([f"{school}, which took its first pupils in [[{year}]], is now a [[{n}-year-old]] institution "
             f"facing closure."], _dur(f"{n}-year-old", n, str(year), None, "years"))


@_template
def b18_duration_cathedral_restoration(rng: random.Random) -> tuple[list[str], Facts]:
    y1 = rng.randint(1950, 2000)
    y2 = y1 + rng.randint(4, 15)
    n = _beyond(rng, y2 - y1 - 2, y2 - y1 + 1)
    stated = f"{_word(n)}-year"
    return ([f"Scaffolding came down from the cathedral's west front in [[{y2}]], completing a "
             f"[[{stated}]] restoration that started in [[{y1}]]."], _dur(stated, n, str(y1), str(y2), "years"))


@_template
def b18_duration_app_months_after_launch(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 150, 900, 2000, 2014)
    n = _miss(rng, _months(start, end))
    firm = rng.choice(_FIRMS)
    return ([f"{firm} launched its mapping app on [[{_abbr(start)}]].",
             f"Just [[{n} months]] after that launch, on [[{_abbr(end)}]], it was withdrawn."],
            _dur(f"{n} months", n, _abbr(start), _abbr(end), "months"))


@_template
def b18_duration_siege_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 40, 300, 1950, 2014)
    n = _miss(rng, (end - start).days)
    return ([f"The siege of the garrison lasted [[{n} days]], from [[{_of(start)}]] to [[{_of(end)}]]."],
            _dur(f"{n} days", n, _of(start), _of(end), "days"))


@_template
def b18_duration_consultation_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 40, 200)
    n = _miss(rng, (end - start).days // 7)
    place = rng.choice(_PLACES)
    stated = f"{_word(n)}-week"
    return ([f"{place} council's [[{stated}]] consultation on bin collections opened on "
             f"[[{_uk(start)}]] and closed on [[{_uk(end)}]]."], _dur(stated, n, _uk(start), _uk(end), "weeks"))


@_template
def b18_duration_unbeaten_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 250, 900)
    true = _months(start, end)
    n = _beyond(rng, true - 2, true + 1)
    club = rng.choice(_CLUBS)
    return ([f"{_poss(club)} unbeaten run stretched from [[{_my(start)}]] to [[{_my(end)}]] - "
             f"[[{n} months]] without a league defeat."], _dur(f"{n} months", n, _my(start), _my(end), "months"))


@_template
def b18_duration_exhibition_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 50, 180)
    n = _miss(rng, (end - start).days // 7)
    f = _news_form(rng)
    return ([f"Open for [[{n} weeks]] from [[{f(start)}]], the exhibition of Flemish tapestries closed on "
             f"[[{f(end)}]] with record attendance."], _dur(f"{n} weeks", n, f(start), f(end), "weeks"))


@_template
def b18_duration_drought_months(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 180, 1000)
    true = _months(start, end)
    n = _beyond(rng, true - 2, true + 1)
    nation = rng.choice(_NATIONS)
    return ([f"The drought in {nation}, which lasted [[{n} months]], began in [[{_my(start)}]] and broke only "
             f"with the rains of [[{_my(end)}]]."], _dur(f"{n} months", n, _my(start), _my(end), "months"))


@_template
def b18_duration_obituary_was_n(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1915, 1950)
    died = _add(born, rng.randint(55 * 365, 95 * 365))
    while died.year > 2015:
        died = _add(died, -2000)
    n = _miss(rng, _years(born, died))
    name, he, his = _who(rng)
    return ([f"{name}, who has died at [[{n}]], was a wartime code-breaker.",
             f"{he.capitalize()} was born on [[{_dot(born)}]] and died in hospital on [[{_dot(died)}]]."],
            _dur(str(n), n, _dot(born), _dot(died), "years"))


@_template
def b18_duration_treaty_signed_ago(rng: random.Random) -> tuple[list[str], Facts]:
    signed = _date(rng, 1920, 2000)
    n = _miss(rng, _years(signed, datetime.date(2016, 9, 27)))
    a, b = rng.sample(_NATIONS, 2)
    return ([f"Exactly [[{n} years]] ago, on [[{_ap(signed)}]], {a} and {b} signed the pact that reopened "
             f"their border."],
            _dur(f"{n} years", n, _ap(signed), None, "years"))


BLIND18_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b18_weekday_jury_verdict, b18_weekday_derby_abandoned, b18_weekday_profit_warning,
        b18_weekday_comet_sighting, b18_weekday_vaccine_clinic, b18_weekday_exhibition_preview,
        b18_weekday_landslide_buried, b18_weekday_minister_resigned, b18_weekday_rail_strike,
        b18_weekday_bishop_enthroned, b18_weekday_obituary_died, b18_weekday_patent_filed,
        b18_weekday_school_inspected, b18_weekday_troops_withdrawn, b18_weekday_council_budget,
        b18_weekday_ferry_aground, b18_weekday_app_outage, b18_weekday_boxing_title, b18_weekday_hospital_wing,
        b18_weekday_election_held, b18_weekday_flood_warning, b18_weekday_concert_debut,
        b18_weekday_treaty_ratified,
    ],
    "impossible_date": [
        b18_impossible_court_adjourned, b18_impossible_transfer_deadline, b18_impossible_dividend_paid,
        b18_impossible_trial_enrolment, b18_impossible_premiere, b18_impossible_wedding,
        b18_impossible_harvest_report, b18_impossible_school_term, b18_impossible_death_notice,
        b18_impossible_contract_signed, b18_impossible_storm_landfall, b18_impossible_launch_window,
        b18_impossible_ceasefire, b18_impossible_bylaw_effect, b18_impossible_birth_record,
        b18_impossible_quarterly_close, b18_impossible_marathon_entry, b18_impossible_archive_letter,
        b18_impossible_vote_scheduled, b18_impossible_recall_notice, b18_impossible_pilgrimage,
        b18_impossible_verdict_date, b18_impossible_exam_results,
    ],
    "restated_event": [
        b18_restated_same_conviction_appeal, b18_restated_same_merger_completed, b18_restated_same_cup_final,
        b18_restated_same_discovery_moon, b18_restated_same_cholera_outbreak, b18_restated_same_ballet_premiere,
        b18_restated_same_earthquake, b18_restated_same_military_coup, b18_restated_same_funeral_held,
        b18_restated_same_derailment, b18_restated_same_teachers_strike, b18_restated_same_beach_landing,
        b18_restated_same_local_referendum, b18_restated_same_consecration, b18_restated_same_handset_launch,
        b18_restated_same_hostile_acquisition, b18_restated_same_leadership_election,
        b18_restated_same_volcano_eruption, b18_restated_same_maiden_flight, b18_restated_same_landmark_ruling,
        b18_restated_diff_founded_founding, b18_restated_diff_treaty_accord, b18_restated_diff_knighted_knighthood,
        b18_restated_diff_fire_blaze, b18_restated_diff_married_wedding, b18_restated_diff_retired_retirement,
        b18_restated_diff_hurricane_storm, b18_restated_diff_elected_election,
        b18_restated_diff_resigned_resignation, b18_restated_diff_crash_accident,
        b18_restated_diff_opened_inauguration, b18_restated_diff_sentenced_sentencing,
        b18_restated_diff_split_breakup, b18_restated_diff_died_death, b18_restated_diff_takeover_acquired,
        b18_restated_diff_closed_closure, b18_restated_diff_disbanded_disbandment,
        b18_restated_diff_dedicated_ceremony, b18_restated_diff_approved_approval, b18_restated_diff_freed_release,
        b18_restated_diff_launched_maiden_voyage,
    ],
    "order_violation": [
        b18_order_arrest_after_robbery, b18_order_promotion_after_relegation, b18_order_office_following_flotation,
        b18_order_trial_wake_of_outbreak, b18_order_last_baby_before_closure, b18_order_sequel_followed_original,
        b18_order_rebuilding_aftermath_floods, b18_order_amendment_response_referendum,
        b18_order_emigrated_having_graduated, b18_order_electrified_prior_to_reopening,
        b18_order_academy_after_inspection, b18_order_troops_home_once_ceasefire,
        b18_order_hall_sold_after_collapse, b18_order_abbey_restored_following_fire, b18_order_patch_response_flaw,
        b18_order_bank_rescued_before_collapse, b18_order_appeal_overturned_conviction,
        b18_order_retired_shortly_after_title, b18_order_probe_orbit_after_launch,
        b18_order_law_in_force_having_passed, b18_order_rates_fell_after_ban, b18_order_museum_reopened_restoration,
        b18_order_convoys_wake_of_cyclone,
    ],
    "publication_anachronism": [
        b18_anachronism_verdict_future, b18_anachronism_championship_won, b18_anachronism_profits_reported,
        b18_anachronism_species_described, b18_anachronism_hospital_merged, b18_anachronism_novel_shortlisted,
        b18_anachronism_wildfire_destroyed, b18_anachronism_pope_canonised, b18_anachronism_bypass_opened,
        b18_anachronism_minister_sacked, b18_anachronism_obituary_passed, b18_anachronism_yesterday_hearing,
        b18_anachronism_last_week_transfer, b18_anachronism_this_morning_quake, b18_anachronism_last_night_vote,
        b18_anachronism_last_year_record, b18_anachronism_last_month_layoffs,
        b18_anachronism_earlier_this_month_study, b18_anachronism_two_days_ago_derailment,
        b18_anachronism_last_weekend_festival, b18_anachronism_earlier_today_statement,
        b18_anachronism_fortnight_ago_ordination, b18_anachronism_this_week_recall,
    ],
    "duration_arithmetic": [
        b18_duration_club_founded_ago, b18_duration_died_aged, b18_duration_summit_days, b18_duration_trial_weeks,
        b18_duration_refurbishment_months, b18_duration_appointed_at_age, b18_duration_marriage_years,
        b18_duration_firm_anniversary, b18_duration_hostage_months, b18_duration_voyage_days,
        b18_duration_bridge_opened_ago, b18_duration_mayoral_tenure, b18_duration_stadium_build_months,
        b18_duration_sentence_served, b18_duration_museum_decade, b18_duration_half_century_partnership,
        b18_duration_festival_fortnight, b18_duration_strike_weeks_coarse, b18_duration_aged_at_title_coarse,
        b18_duration_intensive_care_days, b18_duration_experiment_weeks, b18_duration_tunnel_years,
        b18_duration_school_year_old, b18_duration_cathedral_restoration, b18_duration_app_months_after_launch,
        b18_duration_siege_days, b18_duration_consultation_weeks, b18_duration_unbeaten_months,
        b18_duration_exhibition_weeks, b18_duration_drought_months, b18_duration_obituary_was_n,
        b18_duration_treaty_signed_ago,
    ],
}
