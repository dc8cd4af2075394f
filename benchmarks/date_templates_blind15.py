"""``blind15``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind15`` templates.  Written on 2026-11-23 (about 03:23-03:30 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind14.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind14.py; in benchmarks/date_templates_blind14.py
# the header comment, constants, name lists and helpers and its first template
# function (lines 1-283, up to and including b14_weekday_ferry_grounding), a
# ``grep -n`` of its ``def``/dict lines (helper names and the first template
# name, with line numbers), and the first five lines of the final
# ``BLIND14_TEMPLATES`` dict (which name two further weekday templates); in
# benchmarks/date_conflicts.py the import lines and the ``INDEPENDENT_SETS``
# mapping (via ``grep -n`` and ``sed``).
# Disclosure of what was seen by accident: the ``grep -n INDEPENDENT_SETS``
# printed the lines of ``run()``/the argument parser that use it
# (``if split in INDEPENDENT_SETS:``, ``templates = INDEPENDENT_SETS[split][kind]``,
# the ``--split`` choices); the ``sed`` of the mapping ran past it and showed
# the first lines of ``run()`` (it reads the BuzzFeed-Webis records, keeps
# "real" articles with text, seeds an RNG, calls ``analyse_dates`` on each
# article and counts clean articles flagged per kind; no detector logic was
# seen); blind14's header (read as allowed) describes the same things for
# blind13.  ``git status`` was run, no ``git log``.  tests/conftest.py was not
# read; ``load_benchmark`` is used as blind14's test uses it.  No template here
# copies blind14's wording (only one of its templates was seen); the
# constants and helpers are copied verbatim from blind14 and this header's
# structure follows blind14's; the name lists are new.  The templates were only
# run through their own generators, tests/test_date_templates_blind15.py and a
# throwaway script running the same checks over 1,000 seeds per template, never
# through the detector; ``benchmarks/date_conflicts.py`` was not run (only
# byte-compiled after adding the import and the ``INDEPENDENT_SETS`` entry for
# ``blind15``; its docstring was not edited).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind15``.
#
# Conventions (as in blind14).  Marked spans ([[...]]) are the two sides of the
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
# Restated-event templates are named ``b15_restated_same_*`` when both places
# use the same head word for the event and ``b15_restated_diff_*`` when they
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

# expressions (as they appear in the text) that make the conflict.
# ---------------------------------------------------------------------------

from __future__ import annotations

import datetime
import functools
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

# Constants and helpers identical to blind13's (this set's author copied them word for word,
# as its header says) are imported from there, so that one copy is kept.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_templates_blind13 import (  # noqa: E402  (benchmarks/ helper)
    REFERENCE, MONTHS, AP_MONTHS, SHORT_MONTHS, WEEKDAYS, AP_WEEKDAYS, SHORT_WEEKDAYS, WORDS, _Day, _template,
    _date, _add, _wrong, _sfx, _us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot, _my, _md, _dm, _leap,
    _bad, _miss, _word_miss, _years_apart, _flipped, _future, _far, _far_year, _word, _poss,
)

_WOMEN = ["Ingrid Halvorsen", "Comfort Asante", "Philippa Roedean", "Yasmin Khoury", "Graciela Ferreyra",
          "Henrietta Moss", "Mariko Tanabe", "Bronwen Pryce", "Ngozi Eze", "Agnieszka Sadowska"]
_MEN = ["Torbjorn Vik", "Kofi Boateng", "Barnaby Crewe", "Farid Nazarov", "Cathal Brennan",
        "Jurgen Hofstetter", "Pieter Vandermeer", "Angus Moffat", "Rui Carvalho", "Ambrose Tindall"]
_TOWNS = ["Hexham", "Ludlow", "Okehampton", "Fort William", "Lyme Regis", "Skipton", "Buxton", "Kirkby Stephen",
          "Aberaeron", "Stromness"]
_US_CITIES = ["Billings", "Wichita", "Dayton", "Lubbock", "Portland", "Boise", "Knoxville", "Rapid City"]
_CAPITALS = ["Riga", "Harare", "Asuncion", "Yerevan", "Gaborone", "Bratislava", "Bishkek", "Niamey"]
_COMPANIES = ["Thornbury Creameries", "Wexcombe Ceramics", "Ironbridge Haulage", "Fulmar Assurance",
              "Calder Worsted", "Quillon Semiconductors", "Harrowgate Castings", "Penmarric Biotech"]
_TEAMS = ["Brockley Athletic", "Ravensworth Town", "Westholme Rovers", "Kinross Thistle", "Ashvale Park",
          "Greystone United", "Millbeck Rangers"]
_SHIPS = ["Helena Marsh", "Southern Fulmar", "Saint Ronan", "Atlantic Wren", "Spirit of Hoy"]
_PAINTERS = ["Vermeer", "Turner", "Gainsborough", "Constable", "Cezanne", "Hals"]
_BANDS = ["the Marram Grass", "Velvet Harbour", "the Lantern Set", "Copper Kites", "the Hollow Pines"]
_BRIDGES = ["Tarrant", "Weybourne", "Allendale", "Crossmere", "Low Sill"]
_LINERS = ["the Silver Tern", "the Northern Lark", "the Coral Heron"]

def _later(rng: random.Random, low: int = 20, high: int = 700) -> tuple[datetime.date, datetime.date]:
    """(date of the event said to come first, date of the event said to come second); the first is later."""
    second = _date(rng, 1975, 2012)
    return _add(second, rng.randint(low, high)), second


def _two_days(rng: random.Random) -> tuple[datetime.date, datetime.date]:
    """Two different days of (usually) different months, in random order."""
    one = _date(rng, 1977, 2013)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(35, 600))
    return one, two



def _fmt(rng: random.Random) -> Callable[[Any], str]:
    return rng.choice([_us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of])


def _dated(rng: random.Random, d: Any) -> str:
    return _fmt(rng)(d)


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b15_weekday_bridge_reopened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"The {rng.choice(_BRIDGES)} Bridge reopened to traffic on [[{wd}, {text}]], "
             f"eleven months after a barge struck one of its piers."], {"weekday": wd, "date": text})


@_template
def b15_weekday_ap_jury_verdict(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    return ([f"A federal jury in {rng.choice(_US_CITIES)} deliberated for {rng.randint(3, 9)} hours before "
             f"returning its verdict [[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b15_weekday_funeral_notice(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    return ([f"{rng.choice(_WOMEN)}, of {rng.choice(_TOWNS)}, was laid to rest after a service at the parish church "
             f"on [[{wd} {text}]].", "Donations in her memory went to the local hospice."],
            {"weekday": wd, "date": text})


@_template
def b15_weekday_fixture_list(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _abbr_uk(day)
    home, away = rng.sample(_TEAMS, 2)
    return ([f"Result: {home} {rng.randint(0, 4)}, {away} {rng.randint(0, 4)} "
             f"([[{wd} {text}]], attendance {rng.randint(300, 950)})."], {"weekday": wd, "date": text})


@_template
def b15_weekday_police_collision(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _uk(day)
    return ([f"Officers appealed for witnesses to a collision on the A{rng.randint(30, 690)} near "
             f"{rng.choice(_TOWNS)} at about 9.40pm on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b15_weekday_earthquake_struck(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"The magnitude {rng.randint(5, 7)}.{rng.randint(0, 9)} earthquake struck at "
             f"{rng.randint(1, 5)}:{rng.randint(10, 59)} a.m. local time on [[{wd}, {text}]], "
             f"about {rng.randint(20, 90)} kilometres south of {rng.choice(_CAPITALS)}."],
            {"weekday": wd, "date": text})


@_template
def b15_weekday_wedding_announcement(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _of(day)
    return ([f"{rng.choice(_WOMEN)} and {rng.choice(_MEN)} were married at {rng.choice(_TOWNS)} register office "
             f"on [[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b15_weekday_night_match(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd, text = _wrong(rng, day), _us(day)
    home, away = rng.sample(_TEAMS, 2)
    return ([f"Under the floodlights on [[{wd} night]], [[{text}]], {home} came from two goals down to beat "
             f"{away}."], {"weekday": wd, "date": text})


@_template
def b15_weekday_polls_opened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"Polls opened at 7 a.m. on [[{wd}, {text}]], and by noon election officials in "
             f"{rng.choice(_US_CITIES)} were reporting lines around the block."], {"weekday": wd, "date": text})


@_template
def b15_weekday_quoted_memory(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1960, 2010)
    wd, text = _wrong(rng, day), _uk(day)
    return (["\"I will never forget it,\" she said.",
             f"\"It was [[{wd} {text}]], and the water was already up to the windowsills.\""],
            {"weekday": wd, "date": text})


@_template
def b15_weekday_shares_fell(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1988, 2014)
    wd, text = _wrong(rng, day), _abbr(day)
    return ([f"Shares in {rng.choice(_COMPANIES)} fell {rng.randint(11, 38)} per cent on [[{wd} {text}]] after "
             f"the company withdrew its profit forecast."], {"weekday": wd, "date": text})


@_template
def b15_weekday_satellite_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd, text = _wrong(rng, day), _iso(day)
    return ([f"The weather satellite lifted off at {rng.randint(10, 23)}:{rng.randint(10, 59)} UTC on "
             f"[[{wd} ({text})]] and reached orbit nine minutes later."], {"weekday": wd, "date": text})


@_template
def b15_weekday_dotted_diversion(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd, text = _wrong(rng, day), _dot(day)
    return ([f"Flight {rng.choice(['KL', 'SK', 'LX', 'OS'])}{rng.randint(100, 999)} was diverted to "
             f"{rng.choice(_CAPITALS)} on [[{wd}, {text}]] after a passenger fell ill."],
            {"weekday": wd, "date": text})


@_template
def b15_weekday_sentencing_split(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"{rng.choice(_MEN)} was sentenced on [[{wd}]] to {rng.randint(4, 15)} years in prison.",
             f"The sentencing hearing, held [[{text}]], lasted less than an hour."],
            {"weekday": wd, "date": text})


@_template
def b15_weekday_yearless_fire(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, md = _wrong(rng, day), _md(day)
    return ([f"In [[{day.year}]], the worst day of the fire season came on [[{wd}, {md}]], when "
             f"{rng.randint(12, 60)} homes were lost outside {rng.choice(_US_CITIES)}."],
            {"weekday": wd, "date": (md, day.year)})


@_template
def b15_weekday_birth_announcement(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day), _uk_th(day)
    return ([f"Their daughter, {rng.choice(['Esme', 'Orla', 'Freya', 'Maisie'])}, was born at {rng.choice(_TOWNS)} "
             f"Community Hospital on [[{wd}, {text}]], weighing 7lb {rng.randint(1, 15)}oz."],
            {"weekday": wd, "date": text})


@_template
def b15_weekday_storm_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _us(day)
    return ([f"The hurricane made landfall as a Category {rng.randint(2, 4)} storm shortly before dawn on "
             f"[[{wd}, {text}]], cutting power to {rng.randint(40, 900)},000 customers."],
            {"weekday": wd, "date": text})


@_template
def b15_weekday_gallery_doors(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _dated(rng, day)
    return ([f"The new wing of the {rng.choice(_TOWNS)} Art Gallery opened its doors to the public on "
             f"[[{wd}, {text}]], with free entry for the first month."], {"weekday": wd, "date": text})


@_template
def b15_weekday_ap_concert_review(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd, text = _wrong(rng, day, AP_WEEKDAYS), _ap(day)
    band = rng.choice(_BANDS)
    return ([f"{band[0].upper()}{band[1:]} played to a sold-out arena in {rng.choice(_US_CITIES)} "
             f"[[{wd}, {text}]], closing with a 20-minute encore."], {"weekday": wd, "date": text})


@_template
def b15_weekday_hearing_adjourned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng)
    wd, text = _wrong(rng, day), _uk(day)
    return ([f"The inquest was opened and adjourned, and resumed at {rng.choice(_TOWNS)} coroner's court on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b15_weekday_marathon_runners(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd, text = _wrong(rng, day), _uk(day)
    return ([f"More than {rng.randint(2, 9)},{rng.randint(100, 999)} runners started the {rng.choice(_CAPITALS)} "
             f"marathon on the morning of [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b15_weekday_letter_dated(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1950, 2014)
    wd, text = _wrong(rng, day), _of(day)
    return ([f"In a handwritten letter dated [[{wd}, {text}]], the minister told colleagues he would not "
             f"stand again."], {"weekday": wd, "date": text})


@_template
def b15_weekday_short_timetable(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd, text = _wrong(rng, day, SHORT_WEEKDAYS), _abbr(day)
    return ([f"Last sailing of the season: {rng.choice(_SHIPS)}, departing {rng.choice(_TOWNS)} pier at 16:30 on "
             f"[[{wd}, {text}]]."], {"weekday": wd, "date": text})


# --- impossible_date ----------------------------------------------------------

@_template
def b15_impossible_council_minutes(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng))
    return ([f"According to the minutes, the council approved the bypass at a meeting on [[{text}]]."],
            {"date": text})


@_template
def b15_impossible_obituary_born(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1920, 1960))
    return ([f"{rng.choice(_MEN)} was born in {rng.choice(_TOWNS)} on [[{text}]], the youngest of "
             f"{_word(rng.randint(3, 9))} children."], {"date": text})


@_template
def b15_impossible_ap_arrest(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_bad(rng, 1980, 2014))
    return ([f"Court records show he was arrested [[{text}]], in {rng.choice(_US_CITIES)}, on a warrant for "
             f"unpaid fines."], {"date": text})


@_template
def b15_impossible_iso_filing(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_bad(rng, 1995, 2014))
    return ([f"The filing, timestamped [[{text}]], listed liabilities of ${rng.randint(2, 90)} million."],
            {"date": text})


@_template
def b15_impossible_dotted_contract(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dot(_bad(rng, 1990, 2014))
    return ([f"The contract, signed in {rng.choice(_CAPITALS)} on [[{text}]], ran to {rng.randint(40, 300)} pages."],
            {"date": text})


@_template
def b15_impossible_yearless_words(rng: random.Random) -> tuple[list[str], Facts]:
    text = rng.choice(["the thirty-first of April", "the thirty-first of June", "the thirtieth of February",
                       "the thirty-first of September", "the thirty-first of November"])
    return ([f"Villagers say the well has run dry every year since the drought, always by [[{text}]]."],
            {"date": text})


@_template
def b15_impossible_leap_common_year(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1950, 2014, leap=1.0))
    return ([f"The firm says it was incorporated on [[{text}]], a date printed on every bottle."],
            {"date": text})


@_template
def b15_impossible_of_ceremony(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_bad(rng))
    return ([f"The plaque records that the foundation stone was laid on [[{text}]], by the then mayor."],
            {"date": text})


@_template
def b15_impossible_day_of_phrase(rng: random.Random) -> tuple[list[str], Facts]:
    d = _bad(rng, 1900, 2014, leap=0.0)
    text = f"the {d.day}{_sfx(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"
    return ([f"The will was witnessed on [[{text}]], according to the copy lodged with the court."],
            {"date": text})


@_template
def b15_impossible_abbr_shipping(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_bad(rng, 1990, 2014))
    return ([f"Tracking data show the container left {rng.choice(_CAPITALS)} on [[{text}]] and never arrived."],
            {"date": text})


@_template
def b15_impossible_abbr_uk_race(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr_uk(_bad(rng, 1980, 2014))
    return ([f"Race results ({rng.choice(_TOWNS)} 10k, [[{text}]]): first, {rng.choice(_WOMEN)}."],
            {"date": text})


@_template
def b15_impossible_uk_th_gig(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_bad(rng, 1965, 2014))
    band = rng.choice(_BANDS)
    return ([f"The ticket stub from {band}'s first gig, on [[{text}]], sold at auction for "
             f"£{rng.randint(200, 900)}."], {"date": text})


@_template
def b15_impossible_yearless_md(rng: random.Random) -> tuple[list[str], Facts]:
    d = _bad(rng, leap=0.0)
    text = _md(d)
    return ([f"Under the by-law, the beach closes to dogs from Easter until [[{text}]] each year."],
            {"date": text})


@_template
def b15_impossible_yearless_dm(rng: random.Random) -> tuple[list[str], Facts]:
    d = _bad(rng, leap=0.0)
    text = _dm(d)
    return ([f"Applications must reach the trust by [[{text}]], the notice said."], {"date": text})


@_template
def b15_impossible_quote_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1940, 2010))
    return ([f"\"We opened on [[{text}]] and never closed a single day,\" the owner said."], {"date": text})


@_template
def b15_impossible_warrant_executed(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1990, 2014, leap=0.6))
    return ([f"Agents executed the search warrant on [[{text}]], seizing {rng.randint(3, 40)} computers.",
             "No charges were filed."], {"date": text})


@_template
def b15_impossible_planning_refused(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1985, 2014, leap=0.6))
    return ([f"Planning permission for the wind farm was refused on [[{text}]] and the developer appealed."],
            {"date": text})


@_template
def b15_impossible_ship_registry(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_bad(rng, 1950, 2014))
    return ([f"The {rng.choice(_SHIPS)} was registered in {rng.choice(_CAPITALS)} on [[{text}]], the registry "
             f"shows."], {"date": text})


@_template
def b15_impossible_election_result(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_bad(rng, 1950, 2014, leap=0.5))
    return ([f"The by-election held on [[{text}]] was won by a majority of {rng.randint(12, 900)} votes."],
            {"date": text})


@_template
def b15_impossible_transfer_deadline(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_bad(rng, 1995, 2014))
    return ([f"{rng.choice(_TEAMS)} completed the signing of {rng.choice(_MEN)} on [[{text}]], minutes before "
             f"the window shut."], {"date": text})


@_template
def b15_impossible_hospital_discharge(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_bad(rng, 1990, 2014, leap=0.5))
    return ([f"Discharge papers dated [[{text}]] show the patient was sent home with no follow-up "
             f"appointment."], {"date": text})


@_template
def b15_impossible_museum_label(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1850, 1950, leap=0.4))
    return ([f"The museum label gives the photograph's date as [[{text}]]."], {"date": text})


@_template
def b15_impossible_iso_sensor_log(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_bad(rng, 2000, 2014, leap=0.5))
    return ([f"The gauge on the {rng.choice(['Tees', 'Ouse', 'Severn', 'Lune'])} recorded its highest level on "
             f"[[{text}]], the agency's log shows."], {"date": text})


# --- restated_event -----------------------------------------------------------

def _pair(rng: random.Random, same_format: bool = False) -> tuple[str, str]:
    """Two different days, written as dates (one format, or one each)."""
    one, two = _two_days(rng)
    first = _fmt(rng)
    second = first if same_format else _fmt(rng)
    return first(one), second(two)


def _year_pair(rng: random.Random, first: int = 1950, last: int = 2015) -> tuple[str, str]:
    one, two = _years_apart(rng, first, last, gap=8)
    return str(one), str(two)


def _month_pair(rng: random.Random) -> tuple[str, str]:
    one, two = _two_days(rng)
    return _my(one), _my(two)


@_template
def b15_restated_same_maiden_flight(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    return ([f"The prototype's maiden flight lasted {rng.randint(18, 55)} minutes over {rng.choice(_TOWNS)} airfield "
             f"on [[{a}]].", f"Engineers who watched that maiden flight on [[{b}]] said the landing was textbook."],
            {"dates": (a, b)})


@_template
def b15_restated_same_painting_theft(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    painter = rng.choice(_PAINTERS)
    return ([f"The theft of the gallery's only {painter} on [[{a}]] has never been solved.",
             f"Insurers, who paid out after the theft of the {painter} on [[{b}]], still offer a reward."],
            {"dates": (a, b)})


@_template
def b15_restated_same_merger_completed(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng, same_format=True)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"{one} completed its merger with {two} on [[{a}]].",
             f"Since the merger with {two} was completed on [[{b}]], {rng.randint(200, 900)} jobs have gone."],
            {"dates": (a, b)})


@_template
def b15_restated_same_founded_year(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _year_pair(rng, 1900, 1990)
    company = rng.choice(_COMPANIES)
    return ([f"{company} was founded in [[{a}]] by two brothers in a rented shed.",
             f"The brothers founded {company} in [[{b}]] with a bank loan of a few hundred pounds, the history says."],
            {"dates": (a, b)})


@_template
def b15_restated_same_only_derailment(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    town = rng.choice(_TOWNS)
    return ([f"The branch line's only derailment happened outside {town} on [[{a}]].",
             f"That derailment, on [[{b}]], injured {rng.randint(3, 30)} passengers and closed the line for a month."],
            {"dates": (a, b)})


@_template
def b15_restated_same_opening_night(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    show = rng.choice(["Harbour Lights", "The Glass Orchard", "Westering", "Salt and Iron"])
    return ([f"\"{show}\" had its opening night at the Playhouse on [[{a}]].",
             f"Critics at the opening night of \"{show}\" on [[{b}]] were less kind than audiences."],
            {"dates": (a, b)})


@_template
def b15_restated_same_capital_summit(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    city = rng.choice(_CAPITALS)
    return ([f"The {city} summit on [[{a}]] ended with a joint statement on water rights.",
             f"Diplomats who attended the {city} summit, held on [[{b}]], describe late-night haggling."],
            {"dates": (a, b)})


@_template
def b15_restated_same_only_referendum(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng, same_format=True)
    return ([f"The island has held just one referendum, on [[{a}]], when voters rejected self-rule.",
             f"Turnout in that referendum, held on [[{b}]], was {rng.randint(51, 88)} per cent."],
            {"dates": (a, b)})


@_template
def b15_restated_same_first_ascent(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _year_pair(rng, 1930, 2012)
    man = rng.choice(_MEN)
    return ([f"The first ascent of the north face was made in [[{a}]] by a rope of three led by {man}.",
             f"{man}, who led that first ascent in [[{b}]], later wrote a book about it."],
            {"dates": (a, b)})


@_template
def b15_restated_same_village_landslide(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    town = rng.choice(_TOWNS)
    return ([f"The landslide that buried half of {town} on [[{a}]] killed {_word(rng.randint(3, 19))} people.",
             f"Survivors of the {town} landslide of [[{b}]] still gather at the memorial each year."],
            {"dates": (a, b)})


@_template
def b15_restated_same_colliery_strike(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _month_pair(rng)
    return ([f"The strike at the {rng.choice(_TOWNS)} colliery began in [[{a}]] over a pay cut.",
             f"When the strike began in [[{b}]], the pit employed {rng.randint(400, 1900)} men."],
            {"dates": (a, b)})


@_template
def b15_restated_same_named_judgment(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    case = f"{rng.choice(['Crewe', 'Moffat', 'Tindall', 'Pryce'])} v {rng.choice(_COMPANIES)}"
    return ([f"Judgment in {case} was handed down on [[{a}]].",
             f"The judgment in {case}, handed down on [[{b}]], has been cited in dozens of later cases."],
            {"dates": (a, b)})


@_template
def b15_restated_same_debut_album(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    band = rng.choice(_BANDS)
    return ([f"The debut album by {band} was released on [[{a}]] on a tiny independent label.",
             f"That debut album, released on [[{b}]], sold only {rng.randint(300, 900)} copies in its first year."],
            {"dates": (a, b)})


@_template
def b15_restated_same_ship_sank(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    ship = rng.choice(_SHIPS)
    return ([f"The trawler {ship} sank off {rng.choice(_TOWNS)} on [[{a}]] with all hands.",
             f"Divers who reached the wreck say the {ship} sank on [[{b}]] after her hatch covers failed."],
            {"dates": (a, b)})


@_template
def b15_restated_same_national_record(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    woman = rng.choice(_WOMEN)
    return ([f"{woman} set the national 800m record of 1:5{rng.randint(6, 9)}.{rng.randint(10, 99)} on [[{a}]].",
             f"That record, set on [[{b}]], has stood ever since."], {"dates": (a, b)})


@_template
def b15_restated_same_general_election(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _year_pair(rng, 1950, 2012)
    return ([f"The party's only outright majority came at the general election of [[{a}]].",
             f"The manifesto that won it that majority at the general election in [[{b}]] promised to "
             f"nationalise the railways."],
            {"dates": (a, b)})


@_template
def b15_restated_same_town_evacuation(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _month_pair(rng)
    town = rng.choice(_TOWNS)
    return ([f"The evacuation of {town} in [[{a}]] moved {rng.randint(2, 9)},000 residents to higher ground.",
             f"Some families never returned after the evacuation of [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_same_bankruptcy(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng, same_format=True)
    company = rng.choice(_COMPANIES)
    return ([f"{company} filed for bankruptcy protection on [[{a}]].",
             f"Suppliers owed money when {company} filed for bankruptcy protection on [[{b}]] recovered little."],
            {"dates": (a, b)})


@_template
def b15_restated_same_hijacking(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    flight = f"Flight {rng.randint(100, 899)}"
    return ([f"The hijacking of {flight} began over the Mediterranean on [[{a}]].",
             f"Two of the crew on {flight} later testified about the hijacking of [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_same_yearless_premiere(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_days(rng)
    while one.year != two.year:
        one, two = _two_days(rng)
    a, b = _md(one), _us(two)
    film = rng.choice(["Low Tide", "The Quarry", "Northbound", "A Winter Orchard"])
    return ([f"In [[{one.year}]], \"{film}\" had its premiere in {rng.choice(_CAPITALS)} on [[{a}]].",
             f"The director skipped the premiere, held on [[{b}]], because of illness."],
            {"dates": ((a, one.year), b)})


@_template
def b15_restated_same_only_eruption(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _year_pair(rng, 1900, 2014)
    return ([f"The volcano's last eruption, in [[{a}]], sent ash as far as the mainland.",
             f"Villagers rebuilt slowly after that last eruption in [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_diff_sworn_in(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    woman = rng.choice(_WOMEN)
    return ([f"{woman} was sworn in as the city's first woman mayor on [[{a}]].",
             f"At her inauguration on [[{b}]], she promised to reopen the library."], {"dates": (a, b)})


@_template
def b15_restated_diff_married_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    woman, man = rng.choice(_WOMEN), rng.choice(_MEN)
    return ([f"{woman} and {man} married at {rng.choice(_TOWNS)} on [[{a}]].",
             f"Photographs from their wedding on [[{b}]] hang in the hall."], {"dates": (a, b)})


@_template
def b15_restated_diff_takeover_bought(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    one, two = rng.sample(_COMPANIES, 2)
    return ([f"{one} bought {two} for £{rng.randint(20, 400)} million on [[{a}]].",
             f"Since the takeover of {two} on [[{b}]], the brand has been quietly retired."], {"dates": (a, b)})


@_template
def b15_restated_diff_river_flood(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    river, town = rng.choice(["Tees", "Ouse", "Severn", "Lune", "Ribble"]), rng.choice(_TOWNS)
    return ([f"The {river} burst its banks at {town} on [[{a}]], reaching a record height.",
             f"Insurance claims from the {town} flood of [[{b}]] took years to settle."], {"dates": (a, b)})


@_template
def b15_restated_diff_debut_first_game(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    man, team = rng.choice(_MEN), rng.choice(_TEAMS)
    return ([f"{man} made his debut for {team} on [[{a}]], aged seventeen.",
             f"He scored twice in that first game for the club, on [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    woman = rng.choice(_WOMEN)
    return ([f"The novelist {woman} died at her home in {rng.choice(_TOWNS)} on [[{a}]].",
             f"Since her death on [[{b}]], three unfinished manuscripts have been published."], {"dates": (a, b)})


@_template
def b15_restated_diff_stood_down(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    man, company = rng.choice(_MEN), rng.choice(_COMPANIES)
    return ([f"{man} stood down as chief executive of {company} on [[{a}]].",
             f"His resignation, effective [[{b}]], followed a shareholder revolt."], {"dates": (a, b)})


@_template
def b15_restated_diff_trains_collided(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    town = rng.choice(_TOWNS)
    return ([f"Two passenger trains collided head-on near {town} on [[{a}]].",
             f"The {town} rail crash of [[{b}]] led to new signalling rules across the network."],
            {"dates": (a, b)})


@_template
def b15_restated_diff_van_unveiled(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    company = rng.choice(_COMPANIES)
    return ([f"{company} unveiled its first electric delivery van on [[{a}]].",
             f"Orders poured in after the van's launch on [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_diff_pier_blaze(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    town = rng.choice(_TOWNS)
    return ([f"Fire destroyed the Victorian pier at {town} on [[{a}]].",
             f"Investigators never established what started the blaze of [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_diff_ceasefire_truce(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    return ([f"The ceasefire brokered in {rng.choice(_CAPITALS)} took effect at midnight on [[{a}]].",
             f"The truce of [[{b}]] held for only {_word(rng.randint(3, 9))} weeks."], {"dates": (a, b)})


@_template
def b15_restated_diff_convicted_conviction(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    man = rng.choice(_MEN)
    return ([f"{man} was convicted of fraud at {rng.choice(_TOWNS)} Crown Court on [[{a}]].",
             f"Lawyers for {man} have appealed against the conviction of [[{b}]] twice."], {"dates": (a, b)})


@_template
def b15_restated_diff_statue_unveiling(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    woman = rng.choice(_WOMEN)
    return ([f"A bronze statue of {woman} was unveiled in the market square on [[{a}]].",
             f"Hundreds attended the unveiling on [[{b}]], including her grandchildren."], {"dates": (a, b)})


@_template
def b15_restated_diff_first_elected(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _year_pair(rng, 1960, 2012)
    woman = rng.choice(_WOMEN)
    return ([f"{woman} was first elected to parliament in [[{a}]].",
             f"Her first election victory, in [[{b}]], came by just {rng.randint(12, 300)} votes."],
            {"dates": (a, b)})


@_template
def b15_restated_diff_born_birth(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    man = rng.choice(_MEN)
    return ([f"{man} was born in {rng.choice(_TOWNS)} on [[{a}]], the son of a blacksmith.",
             f"The house where his birth took place, on [[{b}]], now carries a blue plaque."], {"dates": (a, b)})


@_template
def b15_restated_diff_independence(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng, same_format=True)
    return ([f"The republic declared independence on [[{a}]].",
             f"Every public building flies two flags to mark independence, won on [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_diff_bank_raid(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    town = rng.choice(_TOWNS)
    return ([f"Three armed men robbed the {town} branch of the savings bank on [[{a}]].",
             f"None of the money taken in the {town} raid of [[{b}]] was ever recovered."], {"dates": (a, b)})


@_template
def b15_restated_diff_hoard_discovery(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _month_pair(rng)
    return ([f"A metal detectorist found the hoard of {rng.randint(200, 900)} silver coins in [[{a}]].",
             f"The discovery, made in [[{b}]], was declared treasure at an inquest."], {"dates": (a, b)})


@_template
def b15_restated_diff_capsized_sinking(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _pair(rng)
    ship = rng.choice(_SHIPS)
    return ([f"The ferry {ship} capsized in a storm on [[{a}]].",
             f"An inquiry into the sinking of the {ship} on [[{b}]] blamed overloading."], {"dates": (a, b)})


@_template
def b15_restated_diff_closed_closure(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = _year_pair(rng, 1960, 2014)
    company = rng.choice(_COMPANIES)
    return ([f"The {company} works closed in [[{a}]], ending a century of production in the town.",
             f"Unemployment doubled after the closure of the works in [[{b}]]."], {"dates": (a, b)})


@_template
def b15_restated_diff_ap_crowned_coronation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _two_days(rng)
    a, b = _ap(one), _iso(two)
    return ([f"The king was crowned [[{a}]], in a ceremony lasting four hours.",
             f"Official records give the coronation date as [[{b}]]."], {"dates": (a, b)})


# --- order_violation ----------------------------------------------------------

def _later_pair(rng: random.Random, low: int = 20, high: int = 700) -> tuple[str, str]:
    """(text of the event said to come first, text of the one said to come second); the first is later."""
    first, second = _later(rng, low, high)
    return _fmt(rng)(first), _fmt(rng)(second)


@_template
def b15_order_reopened_after_renovation(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    return ([f"The museum reopened on [[{s}]], after a renovation that was finished on [[{f}]]."],
            {"earlier": f, "later": s})


@_template
def b15_order_following_resignation(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    one, two = rng.sample(_MEN, 2)
    return ([f"Following the resignation of {one} on [[{f}]], the board appointed {two} as chairman on [[{s}]]."],
            {"earlier": f, "later": s})


@_template
def b15_order_signed_before_debate(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    return ([f"Ministers signed the fisheries treaty on [[{f}]], before parliament had even debated it on "
             f"[[{s}]]."], {"earlier": f, "later": s})


@_template
def b15_order_prior_to_flotation(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    company = rng.choice(_COMPANIES)
    return ([f"Prior to its stock market flotation on [[{s}]], {company} had been bought by its managers on "
             f"[[{f}]]."], {"earlier": f, "later": s})


@_template
def b15_order_ahead_of_election(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    return ([f"The housing minister quit on [[{f}]], ahead of the general election on [[{s}]], saying she "
             f"wanted to spend time with her family."], {"earlier": f, "later": s})


@_template
def b15_order_in_the_wake_of_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    return ([f"In the wake of the stand collapse at {rng.choice(_TEAMS)}' ground on [[{f}]], a safety inquiry "
             f"opened on [[{s}]]."], {"earlier": f, "later": s})


@_template
def b15_order_preceded_by_valuation(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    return ([f"The auction of the estate on [[{s}]] was preceded by a valuation of its contents on [[{f}]]."],
            {"earlier": f, "later": s})


@_template
def b15_order_arrested_subsequently_charged(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng, 10, 300)
    man = rng.choice(_MEN)
    return ([f"{man} was arrested at his home on [[{f}]] and subsequently charged on [[{s}]] with "
             f"{rng.choice(['arson', 'fraud', 'blackmail', 'theft'])}."], {"earlier": f, "later": s})


@_template
def b15_order_church_rebuilt_years(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _flipped(rng, 1850, 2005)
    return ([f"The present church was built in [[{s}]], after its medieval predecessor burned down in [[{f}]]."],
            {"earlier": str(f), "later": str(s)})


@_template
def b15_order_qualified_then_moved(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _flipped(rng, 1950, 2008)
    woman = rng.choice(_WOMEN)
    return ([f"{woman} qualified as a doctor in [[{f}]] and then moved to {rng.choice(_CAPITALS)} in [[{s}]] to "
             f"work at a children's hospital."], {"earlier": str(f), "later": str(s)})


@_template
def b15_order_months_before_vote(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 70, 500)
    f, s = _my(first), _my(second)
    return ([f"Union leaders called off the stoppage in [[{f}]], weeks before members voted on the pay offer in "
             f"[[{s}]]."], {"earlier": f, "later": s})


@_template
def b15_order_signed_after_leaving(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    one, two = rng.sample(_TEAMS, 2)
    man = rng.choice(_MEN)
    return ([f"{man} joined {two} on [[{s}]], after leaving {one} by mutual consent on [[{f}]]."],
            {"earlier": f, "later": s})


@_template
def b15_order_recall_followed_complaints(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng)
    company = rng.choice(_COMPANIES)
    return ([f"The recall announced by {company} on [[{s}]] followed complaints first lodged with regulators on "
             f"[[{f}]]."], {"earlier": f, "later": s})


@_template
def b15_order_deputy_prior_appointment(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _flipped(rng, 1960, 2008)
    woman = rng.choice(_WOMEN)
    return ([f"Before her appointment as head teacher in [[{s}]], {woman} had served as deputy from [[{f}]]."],
            {"earlier": str(f), "later": str(s)})


@_template
def b15_order_tests_ahead_of_launch(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng, 10, 200)
    return ([f"Ahead of the rocket's launch on [[{s}]], engineers ran the final engine test on [[{f}]]."],
            {"earlier": f, "later": s})


@_template
def b15_order_inspected_then_reopened(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng, 10, 300)
    bridge = rng.choice(_BRIDGES)
    return ([f"Only once engineers had inspected the {bridge} viaduct on [[{f}]] was it reopened to trains on "
             f"[[{s}]]."], {"earlier": f, "later": s})


@_template
def b15_order_bail_after_charge(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng, 15, 400)
    return ([f"\"He was granted bail on [[{s}]], after he had been charged on [[{f}]],\" his solicitor said."],
            {"earlier": f, "later": s})


@_template
def b15_order_second_trial_followed(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 60, 600)
    f, s = _my(first), _my(second)
    return ([f"The first phase of the vaccine trial started in [[{f}]].",
             f"The second phase, which followed it, began in [[{s}]]."], {"earlier": f, "later": s})


@_template
def b15_order_charter_predates(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _flipped(rng, 1100, 1500)
    return ([f"The town's charter, dated [[{f}]], predates the founding of its abbey in [[{s}]], archivists say."],
            {"earlier": str(f), "later": str(s)})


@_template
def b15_order_since_leaving_office(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _flipped(rng, 1970, 2008)
    woman = rng.choice(_WOMEN)
    return ([f"Since leaving office in [[{f}]], {woman} has written {_word(rng.randint(2, 6))} books, the first "
             f"of them published in [[{s}]]."], {"earlier": f"{f}", "later": f"{s}"})


@_template
def b15_order_foreclosed_long_after(rng: random.Random) -> tuple[list[str], Facts]:
    f, s = _later_pair(rng, 100, 900)
    return ([f"The family sold the farm on [[{s}]], long after the bank had foreclosed on it on [[{f}]]."],
            {"earlier": f, "later": s})


@_template
def b15_order_iso_audit_before_report(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 30, 500)
    f, s = _iso(first), _iso(second)
    return ([f"The audit (completed [[{f}]]) came before the regulator's report, issued [[{s}]], the timeline "
             f"shows."], {"earlier": f, "later": s})


@_template
def b15_order_yearless_before(rng: random.Random) -> tuple[list[str], Facts]:
    second = _date(rng, 1975, 2013)
    while second.month > 9:
        second = _date(rng, 1975, 2013)
    first = _add(second, rng.randint(20, 80))
    f, s = _md(first), _md(second)
    return ([f"During the [[{second.year}]] season the club sacked its manager on [[{f}]], before the derby on "
             f"[[{s}]]."], {"earlier": (f, second.year), "later": (s, second.year)})


# --- publication_anachronism (published 2016-09-27) ------------------------------

@_template
def b15_anachronism_agreement_signed(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dated(rng, _future(rng))
    return ([f"The trade agreement was signed in {rng.choice(_CAPITALS)} on [[{text}]] after six years of talks."],
            {"date": text, "relative": None})


@_template
def b15_anachronism_obituary_died(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_future(rng))
    return ([f"{rng.choice(_MEN)}, the trawlerman who became a folk singer, died on [[{text}]] at his home in "
             f"{rng.choice(_TOWNS)}."], {"date": text, "relative": None})


@_template
def b15_anachronism_opened_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = str(rng.randint(2018, 2025))
    return ([f"The new hospital wing, which opened in [[{year}]], has already run out of beds, staff said."],
            {"date": year, "relative": None})


@_template
def b15_anachronism_ap_arrest(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_future(rng))
    return ([f"Police in {rng.choice(_US_CITIES)} arrested the suspect [[{text}]], according to a criminal "
             f"complaint."], {"date": text, "relative": None})


@_template
def b15_anachronism_plant_closed_month(rng: random.Random) -> tuple[list[str], Facts]:
    text = _my(_future(rng))
    return ([f"{rng.choice(_COMPANIES)} closed its last factory in [[{text}]], moving production abroad."],
            {"date": text, "relative": None})


@_template
def b15_anachronism_election_won(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dated(rng, _future(rng))
    return ([f"{rng.choice(_WOMEN)} won the mayoral election held on [[{text}]] with "
             f"{rng.randint(51, 70)} per cent of the vote."], {"date": text, "relative": None})


@_template
def b15_anachronism_quote_met(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_future(rng))
    return ([f"\"When we met the minister on [[{text}]], she promised us the school would stay open,\" a "
             f"parent said."], {"date": text, "relative": None})


@_template
def b15_anachronism_iso_report_published(rng: random.Random) -> tuple[list[str], Facts]:
    text = _iso(_future(rng))
    return ([f"The inspectors' report, published on [[{text}]], rated the prison inadequate."],
            {"date": text, "relative": None})


@_template
def b15_anachronism_yesterday_brackets(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    return ([f"[[Yesterday]] ([[{text}]]) the county council voted to close {rng.randint(3, 9)} libraries."],
            {"date": text, "relative": "Yesterday"})


@_template
def b15_anachronism_last_week_on(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"Shoppers queued from dawn [[last week]], on [[{text}]], for the opening of the market hall."],
            {"date": text, "relative": "last week"})


@_template
def b15_anachronism_this_morning_dash(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dated(rng, _far(rng))
    return ([f"Firefighters were called to the warehouse at 5am [[this morning]] — [[{text}]] — after "
             f"neighbours saw smoke."], {"date": text, "relative": "this morning"})


@_template
def b15_anachronism_earlier_this_month(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_far(rng))
    return ([f"[[Earlier this month]], on [[{text}]], the governor signed the budget into law."],
            {"date": text, "relative": "Earlier this month"})


@_template
def b15_anachronism_last_night_match(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_far(rng))
    home, away = rng.sample(_TEAMS, 2)
    return ([f"{home} beat {away} on penalties [[last night]] ([[{text}]]) to reach the final."],
            {"date": text, "relative": "last night"})


@_template
def b15_anachronism_two_days_ago(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_far(rng))
    return ([f"The landslide [[two days ago]], on [[{text}]], cut the only road into the valley."],
            {"date": text, "relative": "two days ago"})


@_template
def b15_anachronism_last_month_my(rng: random.Random) -> tuple[list[str], Facts]:
    text = _my(_far(rng))
    return ([f"House prices fell {rng.randint(2, 9)} per cent [[last month]] ([[{text}]]), the lender said."],
            {"date": text, "relative": "last month"})


@_template
def b15_anachronism_last_year_in(rng: random.Random) -> tuple[list[str], Facts]:
    text = str(_far_year(rng))
    return ([f"Visitor numbers hit a record [[last year]], in [[{text}]], according to the tourist board."],
            {"date": text, "relative": "last year"})


@_template
def b15_anachronism_earlier_today(rng: random.Random) -> tuple[list[str], Facts]:
    text = _of(_far(rng))
    return ([f"A statement released [[earlier today]], dated [[{text}]], confirmed the chief executive's "
             f"departure."], {"date": text, "relative": "earlier today"})


@_template
def b15_anachronism_this_week(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_far(rng))
    return ([f"Talks resumed [[this week]] in {rng.choice(_CAPITALS)}, with the first session on [[{text}]]."],
            {"date": text, "relative": "this week"})


@_template
def b15_anachronism_fortnight_ago(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr_uk(_far(rng))
    return ([f"The ferry {rng.choice(_SHIPS)} broke down [[a fortnight ago]] ([[{text}]]) and is still in dock."],
            {"date": text, "relative": "a fortnight ago"})


@_template
def b15_anachronism_last_weekend(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_far(rng))
    return ([f"More than {rng.randint(2, 9)},000 people attended the food festival [[last weekend]], which "
             f"opened on [[{text}]]."], {"date": text, "relative": "last weekend"})


@_template
def b15_anachronism_earlier_this_year(rng: random.Random) -> tuple[list[str], Facts]:
    text = _my(_far(rng))
    return ([f"The factory laid off {rng.randint(40, 400)} workers [[earlier this year]], in [[{text}]]."],
            {"date": text, "relative": "earlier this year"})


@_template
def b15_anachronism_this_afternoon(rng: random.Random) -> tuple[list[str], Facts]:
    text = _dot(_far(rng))
    return ([f"The jury retired to consider its verdict [[this afternoon]] ([[{text}]])."],
            {"date": text, "relative": "this afternoon"})


@_template
def b15_anachronism_record_broken(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_future(rng))
    return ([f"{rng.choice(_WOMEN)} broke the course record at {rng.choice(_TOWNS)} on [[{text}]], finishing in "
             f"{rng.randint(31, 38)} minutes."], {"date": text, "relative": None})


# --- duration_arithmetic ------------------------------------------------------

def _dur(stated: str, value: int, start: Any, end: Any, unit: str) -> Facts:
    return {"stated": stated, "value": value, "start": start, "end": end, "unit": unit, "offset": 0}


def _year_span(rng: random.Random, first: int = 1900, last: int = 2015, low: int = 3,
               high: int = 60) -> tuple[int, int]:
    start = rng.randint(first, last - low)
    return start, min(last, start + rng.randint(low, high))


def _same_year_days(rng: random.Random, low: int, high: int) -> tuple[datetime.date, datetime.date]:
    while True:
        start = _date(rng, 1970, 2014)
        end = _add(start, rng.randint(low, high))
        if end.year == start.year:
            return start, end


@_template
def b15_duration_founded_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1880, 1995)
    n = _miss(rng, 2016 - year)
    stated = f"{n} years ago"
    return ([f"{rng.choice(_COMPANIES)} was founded in [[{year}]], [[{stated}]], by a former railway clerk."],
            _dur(stated, n, str(year), None, "years"))


@_template
def b15_duration_summit_days_word(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _same_year_days(rng, 2, 14)
    n = _word_miss(rng, (end - start).days)
    stated = f"{_word(n)}-day"
    a, b = _md(start), _us(end)
    return ([f"The [[{stated}]] climate summit ran from [[{a}]] to [[{b}]] in {rng.choice(_CAPITALS)}."],
            _dur(stated, n, (a, end.year), b, "days"))


@_template
def b15_duration_tenure_years_range(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _year_span(rng, 1900, 2015, 4, 30)
    n = _miss(rng, two - one)
    stated = f"{n} years"
    return ([f"{rng.choice(_MEN)} led the orchestra for [[{stated}]], from [[{one}]] to [[{two}]]."],
            _dur(stated, n, str(one), str(two), "years"))


@_template
def b15_duration_aged_at_death(rng: random.Random) -> tuple[list[str], Facts]:
    born, died = _year_span(rng, 1880, 2015, 30, 95)
    n = _miss(rng, died - born)
    stated = f"aged {n}"
    return ([f"Born in [[{born}]], the poet {rng.choice(_WOMEN)} died in [[{died}]], [[{stated}]]."],
            _dur(stated, n, str(born), str(died), "years"))


@_template
def b15_duration_ordinal_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1995)
    n = _miss(rng, 2016 - year)
    stated = f"{n}{_sfx(n)} anniversary"
    return ([f"The lifeboat station, opened in [[{year}]], is marking its [[{stated}]] with an open day."],
            _dur(stated, n, str(year), None, "years"))


@_template
def b15_duration_sentence_served(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1970, 2000)
    end = _date(rng, start.year + 3, min(2015, start.year + 25))
    n = _miss(rng, end.year - start.year)
    stated = f"{n} years behind bars"
    a, b = _my(start), _my(end)
    return ([f"Jailed in [[{a}]], {rng.choice(_MEN)} walked free in [[{b}]] after [[{stated}]]."],
            _dur(stated, n, a, b, "years"))


@_template
def b15_duration_journey_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1960, 2014)
    end = _add(start, rng.randint(30, 200))
    n = _miss(rng, (end - start).days // 7)
    stated = f"{n} weeks"
    a, b = _uk(start), _uk(end)
    return ([f"The two rowers left {rng.choice(_TOWNS)} on [[{a}]] and landed in the Caribbean on [[{b}]], "
             f"a crossing of [[{stated}]]."], _dur(stated, n, a, b, "weeks"))


@_template
def b15_duration_construction_months(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1960, 2012)
    end = _add(start, rng.randint(200, 1000))
    true = (end.year - start.year) * 12 + end.month - start.month
    n = _miss(rng, true)
    stated = f"{n} months"
    a, b = _my(start), _my(end)
    return ([f"Work on the leisure centre began in [[{a}]]; it opened in [[{b}]], [[{stated}]] later."],
            _dur(stated, n, a, b, "months"))


@_template
def b15_duration_half_century(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([y for y in range(1900, 2009) if abs(2016 - y - 50) >= 9])
    stated = "half a century"
    return ([f"The corner shop has been trading for [[{stated}]], ever since it opened in [[{year}]]."],
            _dur(stated, 50, str(year), None, "years"))


@_template
def b15_duration_a_decade_chief(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.choice([y for y in range(1950, 2016) if abs(2016 - y - 10) >= 9])
    stated = "a decade"
    return ([f"She has run the charity for [[{stated}]], having taken over in [[{year}]]."],
            _dur(stated, 10, str(year), None, "years"))


@_template
def b15_duration_fortnight_festival(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _same_year_days(rng, 26, 70)
    stated = "a fortnight"
    a, b = _md(start), _uk(end)
    return ([f"The arts festival lasted [[{stated}]], running from [[{a}]] until [[{b}]]."],
            _dur(stated, 14, (a, end.year), b, "days"))


@_template
def b15_duration_centenary_celebrated(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1820, 1920)
    held = founded + rng.choice([n for n in range(70, 131) if abs(n - 100) >= 9])
    while held > 2015:
        founded -= 10
        held -= 10
    stated = "centenary"
    return ([f"The rugby club, founded in [[{founded}]], celebrated its [[{stated}]] with a dinner in "
             f"[[{held}]]."], _dur(stated, 100, str(founded), str(held), "years"))


@_template
def b15_duration_year_old_at_crash(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1930, 1990)
    crash = _date(rng, born.year + 18, 2014)
    n = _miss(rng, crash.year - born.year)
    stated = f"{n}-year-old"
    a, b = _us(born), _us(crash)
    return ([f"The [[{stated}]] pilot, born on [[{a}]], was killed when his light aircraft came down on [[{b}]]."],
            _dur(stated, n, a, b, "years"))


@_template
def b15_duration_months_word_strike(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1970, 2012)
    end = _add(start, rng.randint(60, 600))
    true = (end.year - start.year) * 12 + end.month - start.month
    n = _word_miss(rng, true)
    stated = f"{_word(n)} months"
    a, b = _my(start), _my(end)
    return ([f"After [[{stated}]] on strike, from [[{a}]] to [[{b}]], the dockers went back on the old terms."],
            _dur(stated, n, a, b, "months"))


@_template
def b15_duration_decade_later(rng: random.Random) -> tuple[list[str], Facts]:
    one = rng.randint(1900, 1990)
    two = one + rng.choice([n for n in range(1, 26) if abs(n - 10) >= 9])
    stated = "a decade"
    return ([f"The canal closed to traffic in [[{one}]] and reopened [[{stated}]] later, in [[{two}]]."],
            _dur(stated, 10, str(one), str(two), "years"))


@_template
def b15_duration_hostage_days(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1975, 2014)
    end = _add(start, rng.randint(20, 400))
    n = _miss(rng, (end - start).days)
    stated = f"{n} days"
    a, b = _dated(rng, start), _dated(rng, end)
    return ([f"The aid worker was held for [[{stated}]] between [[{a}]] and [[{b}]], when she was freed."],
            _dur(stated, n, a, b, "days"))


@_template
def b15_duration_husband_of(rng: random.Random) -> tuple[list[str], Facts]:
    wed, died = _year_span(rng, 1930, 2015, 10, 60)
    n = _miss(rng, died - wed)
    stated = f"husband of {n} years"
    return ([f"They married in [[{wed}]].", f"Her [[{stated}]] died in [[{died}]]."],
            _dur(stated, n, str(wed), str(died), "years"))


@_template
def b15_duration_year_mission(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _year_span(rng, 1970, 2015, 3, 20)
    n = _miss(rng, two - one)
    stated = f"{n}-year"
    return ([f"The [[{stated}]] space probe mission, launched in [[{one}]], ended when contact was lost in "
             f"[[{two}]]."], _dur(stated, n, str(one), str(two), "years"))


@_template
def b15_duration_birthday_ordinal(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1905, 1960)
    party = _date(rng, born.year + 50, 2015)
    n = _miss(rng, party.year - born.year)
    stated = f"{n}{_sfx(n)} birthday"
    a, b = _uk(born), _uk(party)
    return ([f"Born on [[{a}]], she celebrated her [[{stated}]] with a party at the care home on [[{b}]]."],
            _dur(stated, n, a, b, "years"))


@_template
def b15_duration_spanning_en_dash(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _year_span(rng, 1900, 2015, 5, 40)
    n = _miss(rng, two - one)
    stated = f"{n} years"
    return ([f"The exhibition draws on photographs spanning [[{stated}]] ([[{one}]]–[[{two}]])."],
            _dur(stated, n, str(one), str(two), "years"))


@_template
def b15_duration_crossing_days(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _same_year_days(rng, 15, 60)
    n = _miss(rng, (end - start).days)
    stated = f"{n}-day"
    a, b = _md(start), _md(end)
    return ([f"In [[{start.year}]], {rng.choice(_LINERS)} made a [[{stated}]] voyage, sailing on [[{a}]] and "
             f"docking on [[{b}]]."], _dur(stated, n, (a, start.year), (b, start.year), "days"))


@_template
def b15_duration_rehearsal_weeks_word(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1970, 2014)
    end = _add(start, rng.randint(14, 140))
    n = _word_miss(rng, (end - start).days // 7)
    stated = f"{_word(n)} weeks"
    a, b = _uk_th(start), _uk_th(end)
    return ([f"Rehearsals began on [[{a}]], and after [[{stated}]] of them the play opened on [[{b}]]."],
            _dur(stated, n, a, b, "weeks"))


@_template
def b15_duration_appointed_at_age(rng: random.Random) -> tuple[list[str], Facts]:
    born, appointed = _year_span(rng, 1900, 2015, 30, 65)
    n = _miss(rng, appointed - born)
    stated = f"the age of {n}"
    return ([f"{rng.choice(_WOMEN)}, born in [[{born}]], was appointed the country's chief justice in "
             f"[[{appointed}]] at [[{stated}]]."], _dur(stated, n, str(born), str(appointed), "years"))


@_template
def b15_duration_months_ago(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 2008, 2015)
    true = (2016 - start.year) * 12 + 9 - start.month
    n = _miss(rng, true)
    stated = f"{n} months ago"
    a = _my(start)
    return ([f"The cafe opened in [[{a}]], just [[{stated}]], and already has a waiting list for tables."],
            _dur(stated, n, a, None, "months"))


@_template
def b15_duration_retired_service(rng: random.Random) -> tuple[list[str], Facts]:
    joined, retired = _year_span(rng, 1950, 2015, 10, 40)
    n = _miss(rng, retired - joined)
    stated = f"{n} years"
    return ([f"Sergeant {rng.choice(_MEN)} retired in [[{retired}]] after [[{stated}]] with the force, which he "
             f"joined in [[{joined}]]."], _dur(stated, n, str(joined), str(retired), "years"))


@_template
def b15_duration_restoration_took(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _year_span(rng, 1960, 2015, 2, 20)
    n = _miss(rng, two - one)
    stated = f"took {n} years"
    return ([f"Restoring the steam locomotive [[{stated}]]: volunteers started in [[{one}]] and it returned to the "
             f"rails in [[{two}]]."], _dur(stated, n, str(one), str(two), "years"))


@_template
def b15_duration_in_the_making_word(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _year_span(rng, 1960, 2015, 2, 20)
    n = _word_miss(rng, two - one)
    stated = f"{_word(n)} years"
    return ([f"\"This album was [[{stated}]] in the making,\" the singer said of the record she began in "
             f"[[{one}]] and finished in [[{two}]]."], _dur(stated, n, str(one), str(two), "years"))


@_template
def b15_duration_trial_weeks(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2014)
    end = _add(start, rng.randint(20, 200))
    n = _miss(rng, (end - start).days // 7)
    stated = f"{n}-week"
    a, b = _ap(start), _ap(end)
    return ([f"The [[{stated}]] trial opened [[{a}]] and ended with guilty verdicts [[{b}]]."],
            _dur(stated, n, a, b, "weeks"))


@_template
def b15_duration_died_exact_was(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1900, 1960)
    died = _date(rng, born.year + 40, 2015)
    n = _miss(rng, died.year - born.year)
    stated = f"was {n}"
    a, b = _of(born), _of(died)
    return ([f"The composer, who was born on [[{a}]] and died on [[{b}]], [[{stated}]].",
             "Her last symphony remains unperformed."], _dur(stated, n, a, b, "years"))


@_template
def b15_duration_decades_old_building(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1700, 1990)
    n = _miss(rng, 2016 - year, 9, 30)
    stated = f"{n}-year-old"
    return ([f"Demolition of the [[{stated}]] chapel, built in [[{year}]], was halted by a court order."],
            _dur(stated, n, str(year), None, "years"))


@_template
def b15_duration_days_count_word_siege(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _same_year_days(rng, 2, 12)
    n = _word_miss(rng, (end - start).days)
    stated = f"{_word(n)} days"
    a, b = _dm(start), _uk(end)
    return ([f"The siege lasted [[{stated}]], from [[{a}]] to [[{b}]], before the gunmen surrendered."],
            _dur(stated, n, (a, end.year), b, "days"))


@_template
def b15_duration_ward_shut_fortnight(rng: random.Random) -> tuple[list[str], Facts]:
    start = _date(rng, 1980, 2014)
    end = _add(start, rng.randint(40, 90))
    stated = "a fortnight"
    a, b = _iso(start), _iso(end)
    return ([f"The ward was shut for [[{stated}]] ([[{a}]] to [[{b}]]) while the infection was traced."],
            _dur(stated, 14, a, b, "days"))


BLIND15_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b15_weekday_bridge_reopened,
        b15_weekday_ap_jury_verdict,
        b15_weekday_funeral_notice,
        b15_weekday_fixture_list,
        b15_weekday_police_collision,
        b15_weekday_earthquake_struck,
        b15_weekday_wedding_announcement,
        b15_weekday_night_match,
        b15_weekday_polls_opened,
        b15_weekday_quoted_memory,
        b15_weekday_shares_fell,
        b15_weekday_satellite_iso,
        b15_weekday_dotted_diversion,
        b15_weekday_sentencing_split,
        b15_weekday_yearless_fire,
        b15_weekday_birth_announcement,
        b15_weekday_storm_landfall,
        b15_weekday_gallery_doors,
        b15_weekday_ap_concert_review,
        b15_weekday_hearing_adjourned,
        b15_weekday_marathon_runners,
        b15_weekday_letter_dated,
        b15_weekday_short_timetable,
    ],
    "impossible_date": [
        b15_impossible_council_minutes,
        b15_impossible_obituary_born,
        b15_impossible_ap_arrest,
        b15_impossible_iso_filing,
        b15_impossible_dotted_contract,
        b15_impossible_yearless_words,
        b15_impossible_leap_common_year,
        b15_impossible_of_ceremony,
        b15_impossible_day_of_phrase,
        b15_impossible_abbr_shipping,
        b15_impossible_abbr_uk_race,
        b15_impossible_uk_th_gig,
        b15_impossible_yearless_md,
        b15_impossible_yearless_dm,
        b15_impossible_quote_anniversary,
        b15_impossible_warrant_executed,
        b15_impossible_planning_refused,
        b15_impossible_ship_registry,
        b15_impossible_election_result,
        b15_impossible_transfer_deadline,
        b15_impossible_hospital_discharge,
        b15_impossible_museum_label,
        b15_impossible_iso_sensor_log,
    ],
    "restated_event": [
        b15_restated_same_maiden_flight,
        b15_restated_same_painting_theft,
        b15_restated_same_merger_completed,
        b15_restated_same_founded_year,
        b15_restated_same_only_derailment,
        b15_restated_same_opening_night,
        b15_restated_same_capital_summit,
        b15_restated_same_only_referendum,
        b15_restated_same_first_ascent,
        b15_restated_same_village_landslide,
        b15_restated_same_colliery_strike,
        b15_restated_same_named_judgment,
        b15_restated_same_debut_album,
        b15_restated_same_ship_sank,
        b15_restated_same_national_record,
        b15_restated_same_general_election,
        b15_restated_same_town_evacuation,
        b15_restated_same_bankruptcy,
        b15_restated_same_hijacking,
        b15_restated_same_yearless_premiere,
        b15_restated_same_only_eruption,
        b15_restated_diff_sworn_in,
        b15_restated_diff_married_wedding,
        b15_restated_diff_takeover_bought,
        b15_restated_diff_river_flood,
        b15_restated_diff_debut_first_game,
        b15_restated_diff_died_death,
        b15_restated_diff_stood_down,
        b15_restated_diff_trains_collided,
        b15_restated_diff_van_unveiled,
        b15_restated_diff_pier_blaze,
        b15_restated_diff_ceasefire_truce,
        b15_restated_diff_convicted_conviction,
        b15_restated_diff_statue_unveiling,
        b15_restated_diff_first_elected,
        b15_restated_diff_born_birth,
        b15_restated_diff_independence,
        b15_restated_diff_bank_raid,
        b15_restated_diff_hoard_discovery,
        b15_restated_diff_capsized_sinking,
        b15_restated_diff_closed_closure,
        b15_restated_diff_ap_crowned_coronation,
    ],
    "order_violation": [
        b15_order_reopened_after_renovation,
        b15_order_following_resignation,
        b15_order_signed_before_debate,
        b15_order_prior_to_flotation,
        b15_order_ahead_of_election,
        b15_order_in_the_wake_of_collapse,
        b15_order_preceded_by_valuation,
        b15_order_arrested_subsequently_charged,
        b15_order_church_rebuilt_years,
        b15_order_qualified_then_moved,
        b15_order_months_before_vote,
        b15_order_signed_after_leaving,
        b15_order_recall_followed_complaints,
        b15_order_deputy_prior_appointment,
        b15_order_tests_ahead_of_launch,
        b15_order_inspected_then_reopened,
        b15_order_bail_after_charge,
        b15_order_second_trial_followed,
        b15_order_charter_predates,
        b15_order_since_leaving_office,
        b15_order_foreclosed_long_after,
        b15_order_iso_audit_before_report,
        b15_order_yearless_before,
    ],
    "publication_anachronism": [
        b15_anachronism_agreement_signed,
        b15_anachronism_obituary_died,
        b15_anachronism_opened_year,
        b15_anachronism_ap_arrest,
        b15_anachronism_plant_closed_month,
        b15_anachronism_election_won,
        b15_anachronism_quote_met,
        b15_anachronism_iso_report_published,
        b15_anachronism_yesterday_brackets,
        b15_anachronism_last_week_on,
        b15_anachronism_this_morning_dash,
        b15_anachronism_earlier_this_month,
        b15_anachronism_last_night_match,
        b15_anachronism_two_days_ago,
        b15_anachronism_last_month_my,
        b15_anachronism_last_year_in,
        b15_anachronism_earlier_today,
        b15_anachronism_this_week,
        b15_anachronism_fortnight_ago,
        b15_anachronism_last_weekend,
        b15_anachronism_earlier_this_year,
        b15_anachronism_this_afternoon,
        b15_anachronism_record_broken,
    ],
    "duration_arithmetic": [
        b15_duration_founded_years_ago,
        b15_duration_summit_days_word,
        b15_duration_tenure_years_range,
        b15_duration_aged_at_death,
        b15_duration_ordinal_anniversary,
        b15_duration_sentence_served,
        b15_duration_journey_weeks,
        b15_duration_construction_months,
        b15_duration_half_century,
        b15_duration_a_decade_chief,
        b15_duration_fortnight_festival,
        b15_duration_centenary_celebrated,
        b15_duration_year_old_at_crash,
        b15_duration_months_word_strike,
        b15_duration_decade_later,
        b15_duration_hostage_days,
        b15_duration_husband_of,
        b15_duration_year_mission,
        b15_duration_birthday_ordinal,
        b15_duration_spanning_en_dash,
        b15_duration_crossing_days,
        b15_duration_rehearsal_weeks_word,
        b15_duration_appointed_at_age,
        b15_duration_months_ago,
        b15_duration_retired_service,
        b15_duration_restoration_took,
        b15_duration_in_the_making_word,
        b15_duration_trial_weeks,
        b15_duration_died_exact_was,
        b15_duration_decades_old_building,
        b15_duration_days_count_word_siege,
        b15_duration_ward_shut_fortnight,
    ],
}
