"""``blind14``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind14`` templates.  Written on 2026-11-23 (about 02:59-03:04 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind13.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind13.py; in benchmarks/date_templates_blind13.py
# the header comment, constants, name lists and helpers and its first template
# function (lines 1-300, up to and including b13_weekday_council_library_vote),
# a ``grep -n`` of its first few ``def``/dict lines, and the first five lines of
# the final ``BLIND13_TEMPLATES`` dict; in benchmarks/date_conflicts.py the
# import lines and the ``INDEPENDENT_SETS`` mapping (via ``grep -n`` and ``sed``).
# Disclosure of what was seen by accident: the ``grep -n INDEPENDENT_SETS``
# printed the lines of ``run()``/the argument parser that use it
# (``if split in INDEPENDENT_SETS:``, ``templates = INDEPENDENT_SETS[split][kind]``,
# the ``--split`` choices); the ``sed`` of the mapping ran a few lines past it
# and showed the first lines of ``run()`` (it reads the BuzzFeed-Webis records,
# keeps "real" articles with text, seeds an RNG, calls ``analyse_dates`` on each
# article and counts clean articles flagged per kind; no detector logic was
# seen); blind13's header (read as allowed) mentions that date_conflicts.py
# imports ``CONFLICT_KINDS`` and ``analyse_dates`` from the detector (names
# only); a ``git diff`` of the two edits to date_conflicts.py showed, as diff
# context, the start of its ``MONTHS`` list after the imports; ``ls tests`` and
# ``ls benchmarks`` listed file names.  ``git status``
# was run, no ``git log``.  tests/conftest.py was not read; ``load_benchmark``
# is used as blind13's test uses it.  No template here copies blind13's
# wording (only one of its templates was seen); the constants, helpers and this
# header's structure follow blind13's (several helpers copied verbatim); the
# name lists and the helpers ``_later`` and ``_two_days`` are new.  The templates were only run through their own
# generators, tests/test_date_templates_blind14.py and a throwaway script
# running the same checks over 1,000 seeds per template, never through the
# detector; ``benchmarks/date_conflicts.py`` was not run (only byte-compiled
# after adding the import and the ``INDEPENDENT_SETS`` entry for ``blind14``;
# its docstring was not edited).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind14``.
#
# Conventions (as in blind13).  Marked spans ([[...]]) are the two sides of the
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
# Restated-event templates are named ``b14_restated_same_*`` when both places
# use the same head word for the event and ``b14_restated_diff_*`` when they
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

_WOMEN = ["Solveig Arntzen", "Abena Mensah", "Lucinda Farquhar", "Noor Haddad", "Beatriz Quintela",
          "Wilhelmina Grady", "Aiko Morimoto", "Tamsin Loveday", "Olufunke Bakare", "Katarzyna Wrobel"]
_MEN = ["Anders Lykke", "Kwabena Owusu", "Ptolemy Harcourt", "Rashid Karimov", "Lorcan Whelan",
        "Matthias Eberle", "Desmond Achterberg", "Hamish Gilchrist", "Tiago Rebelo", "Osric Pennycook"]
_TOWNS = ["Alnwick", "Kendal", "Tavistock", "Oban", "Bridport", "Settle", "Bakewell", "Sedbergh", "Lampeter",
          "Kirkwall"]
_US_CITIES = ["Missoula", "Topeka", "Akron", "Amarillo", "Bangor", "Eugene", "Chattanooga", "Sioux Falls"]
_CAPITALS = ["Vilnius", "Lusaka", "Montevideo", "Tbilisi", "Windhoek", "Ljubljana", "Ulaanbaatar", "Bamako"]
_COUNTRIES = ["Lithuania", "Zambia", "Uruguay", "Georgia", "Namibia", "Slovenia", "Mongolia", "Mali"]
_COMPANIES = ["Pendleford Dairies", "Ashcombe Glass", "Greywater Freight", "Kestrel Mutual", "Linthorpe Textiles",
              "Orrin Microsystems", "Blakeney Foundry", "Saltash Pharma"]
_TEAMS = ["Fernhill Harriers", "Copley Wanderers", "Eastmoor Albion", "Glenrothes Thistle", "Amberley Park",
          "Stonecross United", "Hartside Rangers"]
_RIVERS = ["Eden", "Nidd", "Dove", "Wye", "Coquet", "Tweed"]
_SHIPS = ["Marianne Rowe", "Northern Petrel", "Saint Kessog", "Caledonian Star", "Pride of Lyness"]
_STORMS = ["Agatha", "Bertram", "Corliss", "Dunstan", "Elspeth", "Florian"]
_MUSEUMS = ["the Harbour Museum", "the Old Mill Gallery", "the Mining Heritage Centre", "the Railway Museum"]
_BRIDGES = ["Carrow", "Pellbrook", "Haltwhistle", "Morden Vale", "Quayside"]


def _later(rng: random.Random, low: int = 20, high: int = 700) -> tuple[datetime.date, datetime.date]:
    """(date of the event said to come first, date of the event said to come second); the first is later."""
    second = _date(rng, 1975, 2012)
    return _add(second, rng.randint(low, high)), second


def _two_days(rng: random.Random) -> tuple[datetime.date, datetime.date]:
    """Two different days of (usually) different months, in random order."""
    one = _date(rng, 1977, 2013)
    two = _add(one, rng.choice((-1, 1)) * rng.randint(35, 600))
    return one, two


# --- weekday_mismatch ---------------------------------------------------------

@_template
def b14_weekday_ferry_grounding(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"The ferry {rng.choice(_SHIPS)} ran aground off {rng.choice(_TOWNS)} early on [[{wd}, {text}]], "
             f"and all {rng.randint(40, 300)} passengers were taken off by lifeboat."], {"weekday": wd, "date": text})


@_template
def b14_weekday_obituary_passed(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    who = rng.choice(_WOMEN)
    return ([f"{who}, who taught music in {rng.choice(_TOWNS)} for three decades, died peacefully at home on "
             f"[[{wd} {text}]], her family said."], {"weekday": wd, "date": text})


@_template
def b14_weekday_ap_court_filing(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"Lawyers for {rng.choice(_COMPANIES)} filed the motion in federal court in {rng.choice(_US_CITIES)} "
             f"on [[{wd}, {text}]], arguing the contract was void."], {"weekday": wd, "date": text})


@_template
def b14_weekday_dateline_start(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    city = rng.choice(_CAPITALS).upper()
    return ([f"{city}, [[{wd} {text}]] - Riot police fired tear gas at protesters who had blocked the main "
             f"road to the parliament building."], {"weekday": wd, "date": text})


@_template
def b14_weekday_passive_opened(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd = _wrong(rng, day)
    text = _of(day)
    return ([f"The new {rng.choice(_BRIDGES)} footbridge was formally opened by the mayor on [[{wd}, {text}]], "
             f"after two years of delays."], {"weekday": wd, "date": text})


@_template
def b14_weekday_parenthetical(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1995, 2014)
    wd = _wrong(rng, day, SHORT_WEEKDAYS)
    text = _iso(day)
    return ([f"Shares in {rng.choice(_COMPANIES)} fell {rng.randint(6, 40)} per cent in a single session "
             f"([[{wd} {text}]]) after the profit warning."], {"weekday": wd, "date": text})


@_template
def b14_weekday_match_report(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    home, away = rng.sample(_TEAMS, 2)
    return ([f"{home} beat {away} {rng.randint(2, 5)}-{rng.randint(0, 1)} in front of a sell-out crowd, "
             f"a result that came on [[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b14_weekday_second_sentence(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    who = rng.choice(_MEN)
    return ([f"{who} was arrested at his home in {rng.choice(_US_CITIES)}.",
             f"He appeared before a magistrate on [[{wd}, {text}]] and was released on bail."],
            {"weekday": wd, "date": text})


@_template
def b14_weekday_split_marks(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _md(day)
    return ([f"The strike began on a [[{wd}]] - [[{text}]], [[{day.year}]] - and closed every school in "
             f"{rng.choice(_TOWNS)}."], {"weekday": wd, "date": (text, day.year)})


@_template
def b14_weekday_dot_format(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day)
    text = _dot(day)
    return ([f"According to the police log, the burglary at {rng.choice(_MUSEUMS)} was reported at 6.40am on "
             f"[[{wd} {text}]]."], {"weekday": wd, "date": text})


@_template
def b14_weekday_quote(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"\"I remember it exactly: it was [[{wd}, {text}]], and the water was already up to the "
             f"windowsills,\" said {rng.choice(_WOMEN)}."], {"weekday": wd, "date": text})


@_template
def b14_weekday_abbr_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day)
    text = _abbr(day)
    return ([f"Voters in {rng.choice(_COUNTRIES)} rejected the constitutional amendment in a referendum held "
             f"[[{wd}, {text}]], with turnout of {rng.randint(31, 78)} per cent."], {"weekday": wd, "date": text})


@_template
def b14_weekday_night_of(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"Fire crews were called to the warehouse fire shortly before midnight on [[{wd} {text}]] and "
             f"fought the blaze for {rng.randint(5, 14)} hours."], {"weekday": wd, "date": text})


@_template
def b14_weekday_appositive_date(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"The final day of the trial, [[{wd}, {text}]], ended with the jury finding {rng.choice(_MEN)} "
             f"guilty on all counts."], {"weekday": wd, "date": text})


@_template
def b14_weekday_uk_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day, SHORT_WEEKDAYS)
    text = _abbr_uk(day)
    return ([f"Results of the by-election, declared in the early hours of [[{wd} {text}]], gave the seat to "
             f"the independent candidate by {rng.randint(12, 900)} votes."], {"weekday": wd, "date": text})


@_template
def b14_weekday_storm_landfall(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"Storm {rng.choice(_STORMS)} made landfall near {rng.choice(_TOWNS)} on [[{wd}, {text}]], "
             f"bringing down power lines across {rng.randint(3, 9)} counties."], {"weekday": wd, "date": text})


@_template
def b14_weekday_wedding_announcement(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1970, 2014)
    wd = _wrong(rng, day)
    text = _uk_th(day)
    return ([f"The couple were married at the parish church in {rng.choice(_TOWNS)} on [[{wd}, {text}]], "
             f"and the reception was held in the village hall."], {"weekday": wd, "date": text})


@_template
def b14_weekday_ap_launch(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1985, 2014)
    wd = _wrong(rng, day, AP_WEEKDAYS)
    text = _ap(day)
    return ([f"The satellite lifted off at 3:12 a.m. local time [[{wd}, {text}]], and controllers confirmed "
             f"a signal about {rng.randint(20, 90)} minutes later."], {"weekday": wd, "date": text})


@_template
def b14_weekday_until_deadline(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1990, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"Residents had until [[{wd}, {text}]] to lodge objections to the quarry expansion, and "
             f"{rng.randint(120, 900)} did so."], {"weekday": wd, "date": text})


@_template
def b14_weekday_minutes_record(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _uk(day)
    return ([f"Minutes of the board meeting held on [[{wd} {text}]] show that directors were warned about "
             f"the pension shortfall."], {"weekday": wd, "date": text})


@_template
def b14_weekday_date_at_end(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1975, 2014)
    wd = _wrong(rng, day)
    text = _us(day)
    return ([f"The last train to run on the {rng.choice(_RIVERS)} Valley branch line left the station at "
             f"dusk, [[{wd}, {text}]]."], {"weekday": wd, "date": text})


@_template
def b14_weekday_yearless_clear(rng: random.Random) -> tuple[list[str], Facts]:
    day = _date(rng, 1980, 2014)
    wd = _wrong(rng, day)
    text = _dm(day)
    return ([f"The [[{day.year}]] harvest festival in {rng.choice(_TOWNS)} was cancelled at short notice.",
             f"Organisers made the announcement on [[{wd} {text}]], citing the weather."],
            {"weekday": wd, "date": (text, day.year)})


# --- impossible_date ------------------------------------------------------------

@_template
def b14_impossible_contract_signed(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng))
    return ([f"The contract, signed on [[{text}]], committed {rng.choice(_COMPANIES)} to supplying the "
             f"hospital trust for five years."], {"date": text})


@_template
def b14_impossible_birth_record(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1920, 1990))
    who = rng.choice(_MEN)
    return ([f"{who} was born in {rng.choice(_TOWNS)} on [[{text}]], the youngest of {_word(rng.randint(4, 9))} "
             f"children."], {"date": text})


@_template
def b14_impossible_ap_hearing(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_bad(rng, 1980, 2014, leap=0.5))
    return ([f"A judge set a hearing for [[{text}]] on the city's request to dismiss the lawsuit brought by "
             f"residents of {rng.choice(_US_CITIES)}."], {"date": text})


@_template
def b14_impossible_iso_log(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1995, 2014)
    text = f"{bad.year:04d}-{bad.month:02d}-{bad.day:02d}"
    return ([f"The server log shows the first unauthorised login at 02:17 on [[{text}]], the auditors wrote."],
            {"date": text})


@_template
def b14_impossible_of_form(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1960, 2014)
    text = f"the {bad.day}{_sfx(bad.day)} of {MONTHS[bad.month - 1]}, {bad.year}"
    return ([f"The deeds record that the land passed to the {rng.choice(_RIVERS)} Angling Club on [[{text}]]."],
            {"date": text})


@_template
def b14_impossible_yearless_words(rng: random.Random) -> tuple[list[str], Facts]:
    month = rng.choice([4, 6, 9, 11])
    text = f"the thirty-first of {MONTHS[month - 1]}"
    return ([f"Every year on [[{text}]], the fishermen of {rng.choice(_TOWNS)} bless the boats, according to "
             f"a leaflet handed out by the tourist office."], {"date": text})


@_template
def b14_impossible_feb29_common(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1950, 2014, leap=1.0))
    return ([f"{rng.choice(_WOMEN)} recalled that the mine flooded on [[{text}]], trapping "
             f"{_word(rng.randint(3, 12))} men underground."], {"date": text})


@_template
def b14_impossible_deadline_passive(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1990, 2014, leap=0.0))
    return ([f"Applications must have been received by [[{text}]], the notice in the council offices said."],
            {"date": text})


@_template
def b14_impossible_dot_format(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1985, 2014)
    text = f"{bad.day:02d}.{bad.month:02d}.{bad.year}"
    return ([f"The invoice, dated [[{text}]], was never paid, the tribunal in {rng.choice(_CAPITALS)} heard."],
            {"date": text})


@_template
def b14_impossible_quote(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1960, 2014))
    return ([f"\"We moved into the house on [[{text}]], and we have never left,\" said {rng.choice(_MEN)}."],
            {"date": text})


@_template
def b14_impossible_abbr_month(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr(_bad(rng, 1990, 2014))
    return ([f"Flight records show the aircraft was last serviced on [[{text}]] at a hangar outside "
             f"{rng.choice(_CAPITALS)}."], {"date": text})


@_template
def b14_impossible_yearless_clear(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1970, 2014)
    text = f"February {rng.choice([30, 31])}"
    return ([f"The [[{year}]] regatta on the {rng.choice(_RIVERS)} was postponed to [[{text}]] because of "
             f"flooding."], {"date": text})


@_template
def b14_impossible_second_sentence(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_bad(rng, 1970, 2014))
    return ([f"{rng.choice(_COMPANIES)} opened its first factory in {rng.choice(_TOWNS)} with a staff of "
             f"{rng.randint(12, 80)}.", f"Production began on [[{text}]], a company history states."],
            {"date": text})


@_template
def b14_impossible_death_notice(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1975, 2014))
    return ([f"{rng.choice(_WOMEN)}, a former headteacher and magistrate, died on [[{text}]] aged "
             f"{rng.randint(70, 99)}."], {"date": text})


@_template
def b14_impossible_range_end(rng: random.Random) -> tuple[list[str], Facts]:
    bad = _bad(rng, 1980, 2014, leap=0.0)
    text = f"{MONTHS[bad.month - 1]} {bad.day}, {bad.year}"
    return ([f"The exhibition ran from {MONTHS[bad.month - 1]} 3 to [[{text}]] and drew more than "
             f"{rng.randint(2, 60)},000 visitors."], {"date": text})


@_template
def b14_impossible_uk_abbr(rng: random.Random) -> tuple[list[str], Facts]:
    text = _abbr_uk(_bad(rng, 1990, 2014))
    return ([f"Police said the vehicle was stolen from a car park in {rng.choice(_TOWNS)} on [[{text}]] and "
             f"found burnt out nearby."], {"date": text})


@_template
def b14_impossible_treaty(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1950, 2014))
    a, b = rng.sample(_COUNTRIES, 2)
    return ([f"The border agreement between {a} and {b}, ratified on [[{text}]], settled a dispute that had "
             f"lasted decades."], {"date": text})


@_template
def b14_impossible_exam_results(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk(_bad(rng, 1990, 2014))
    return ([f"Pupils at the school received their results on [[{text}]], with {rng.randint(55, 98)} per "
             f"cent achieving five good passes."], {"date": text})


@_template
def b14_impossible_date_first(rng: random.Random) -> tuple[list[str], Facts]:
    text = _us(_bad(rng, 1970, 2014))
    return ([f"On [[{text}]], a tornado tore through the east side of {rng.choice(_US_CITIES)}, flattening "
             f"{rng.randint(20, 200)} homes."], {"date": text})


@_template
def b14_impossible_memo(rng: random.Random) -> tuple[list[str], Facts]:
    text = _ap(_bad(rng, 1985, 2014))
    return ([f"In a memo dated [[{text}]], the agency's deputy director warned that the budget would run "
             f"out within months."], {"date": text})


@_template
def b14_impossible_yearless_thirtieth(rng: random.Random) -> tuple[list[str], Facts]:
    text = "the thirtieth of February"
    return ([f"A sign outside the {rng.choice(_TOWNS)} pub promised free beer on [[{text}]], a joke the "
             f"landlord says regulars still fall for."], {"date": text})


@_template
def b14_impossible_match_fixture(rng: random.Random) -> tuple[list[str], Facts]:
    text = _uk_th(_bad(rng, 1960, 2014))
    home, away = rng.sample(_TEAMS, 2)
    return ([f"The programme for {home} against {away} is dated [[{text}]] and sold at auction for "
             f"{rng.randint(50, 900)} pounds."], {"date": text})


# --- restated_event ---------------------------------------------------------------

@_template
def b14_restated_same_bridge_collapse(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015)
    name = rng.choice(_BRIDGES)
    return ([f"The [[{one}]] collapse of the {name} bridge killed {_word(rng.randint(2, 9))} people.",
             f"Engineers blamed corroded cables for the collapse, which happened in [[{two}]]."],
            {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_founding(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1900, 2010, 15)
    team = rng.choice(_TEAMS)
    return ([f"{team}, founded in [[{one}]] by a group of railway workers, will play in the cup final.",
             f"Since the club was founded in [[{two}]], it has never reached a final."],
            {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_merger_possessive(rng: random.Random) -> tuple[list[str], Facts]:
    a, b = rng.sample(_COMPANIES, 2)
    one, two = _years_apart(rng, 1980, 2015, 6)
    return ([f"{_poss(a)} [[{one}]] merger with {b} created the region's largest employer, and analysts said "
             f"the merger, completed in [[{two}]], had never delivered the promised savings."],
            {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_election_dates(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    country = rng.choice(_COUNTRIES)
    return ([f"The only presidential election {country} has held under the new constitution took place on "
             f"[[{_us(first)}]].",
             f"Observers from {rng.randint(12, 40)} countries monitored that election, held on "
             f"[[{_us(second)}]], and called it broadly fair."], {"dates": [_us(first), _us(second)]})


@_template
def b14_restated_same_flood_month(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015, 5)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    river = rng.choice(_RIVERS)
    t1, t2 = f"{MONTHS[m1 - 1]} {one}", f"{MONTHS[m2 - 1]} {two}"
    return ([f"When the {river} burst its banks in [[{t1}]], the town's record flood swept away the old "
             f"mill.", f"Insurers paid out millions after the record flood of [[{t2}]]."], {"dates": [t1, t2]})


@_template
def b14_restated_same_appointment_quote(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1975, 2015, 8)
    who = rng.choice(_WOMEN)
    return ([f"{who} became the first woman appointed chief constable of the county in [[{one}]].",
             f"\"My appointment in [[{two}]] was not universally welcomed,\" she said."],
            {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_shipwreck(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    ship = rng.choice(_SHIPS)
    return ([f"Divers have located the wreck of the {ship}, which sank off {rng.choice(_TOWNS)} on "
             f"[[{_uk(first)}]] with all hands.",
             f"Relatives of the crew lost in the {ship} sinking of [[{_uk(second)}]] attended the service."],
            {"dates": [_uk(first), _uk(second)]})


@_template
def b14_restated_same_strike_ranges(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 7)
    return ([f"The miners' strike of [[{one}]] lasted almost a year.",
             f"Pit villages around {rng.choice(_TOWNS)} never recovered from that strike, which began in the "
             f"[[spring of {two}]] and ended in defeat."], {"dates": [str(one), f"spring of {two}"]})


@_template
def b14_restated_same_verdict_case_name(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    name = rng.choice(_MEN).split()[1]
    return ([f"In the verdict in Crown v {name}, delivered on [[{_of(first)}]], the court ruled the search "
             f"unlawful.", f"The {name} verdict, handed down on [[{_of(second)}]], is still cited by defence "
             f"lawyers."], {"dates": [_of(first), _of(second)]})


@_template
def b14_restated_same_opening_apposition(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015, 9)
    museum = rng.choice(_MUSEUMS)
    return ([f"Since its opening in [[{one}]], {museum} has welcomed more than a million visitors; the "
             f"opening, in [[{two}]], was performed by a minor royal."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_eruption_iso(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    return ([f"The eruption of Mount Ardcarn on [[{_iso(first)}]] forced {rng.randint(3, 40)},000 people "
             f"from their homes.", f"Ash from the Ardcarn eruption, recorded as [[{_iso(second)}]] in the "
             f"observatory's logbook, reached the coast within hours."], {"dates": [_iso(first), _iso(second)]})


@_template
def b14_restated_same_ceasefire(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    a, b = rng.sample(_COUNTRIES, 2)
    return ([f"The {a}-{b} ceasefire, agreed on [[{_ap(first)}]], has largely held.",
             f"Diplomats who brokered the ceasefire on [[{_ap(second)}]] said it was fragile from the start."],
            {"dates": [_ap(first), _ap(second)]})


@_template
def b14_restated_same_record_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015, 6)
    who = rng.choice(_MEN)
    return ([f"{who} set the national record for the 400 metres hurdles in [[{one}]].",
             f"He still holds the record, which he set in [[{two}]] at an obscure meeting in "
             f"{rng.choice(_CAPITALS)}."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_fire_month_day(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1960, 2015)
    first = datetime.date(year, rng.randint(1, 6), rng.randint(1, 28))
    second = datetime.date(year, rng.randint(7, 12), rng.randint(1, 28))
    if rng.random() < 0.5:
        first, second = second, first
    return ([f"The great fire at {rng.choice(_COMPANIES)} in [[{year}]] destroyed the main works on "
             f"[[{_md(first)}]].", f"Firefighters still talk about the great fire of [[{_md(second)}]], when "
             f"the roof fell in."], {"dates": [(_md(first), year), (_md(second), year)]})


@_template
def b14_restated_same_discovery(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 12)
    who = rng.choice(_WOMEN)
    return ([f"The hoard of Roman coins was unearthed by {who}, a retired postwoman, in [[{one}]], and "
             f"experts say the hoard, unearthed in [[{two}]], is the largest found in the county."],
            {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_derailment_number_word(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    return ([f"{_word(rng.randint(3, 14)).capitalize()} carriages left the track in the derailment near "
             f"{rng.choice(_TOWNS)} on [[{_uk_th(first)}]].",
             f"An inquiry into the derailment, which occurred on [[{_uk_th(second)}]], blamed a broken rail."],
            {"dates": [_uk_th(first), _uk_th(second)]})


@_template
def b14_restated_same_referendum_qualified(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015, 6)
    country = rng.choice(_COUNTRIES)
    return ([f"{country} held its only independence referendum in [[early {one}]].",
             f"Turnout in the independence referendum of [[late {two}]] was the highest ever recorded."],
            {"dates": [f"early {one}", f"late {two}"]})


@_template
def b14_restated_same_kidnapping_passive(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    who = rng.choice(_MEN)
    return ([f"{who} was kidnapped outside his office in {rng.choice(_CAPITALS)} on [[{_us(first)}]].",
             f"He was released {rng.randint(3, 40)} days after he was kidnapped on [[{_us(second)}]], "
             f"reportedly after a ransom was paid."], {"dates": [_us(first), _us(second)]})


@_template
def b14_restated_same_dam_burst_end(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 10)
    return ([f"Nobody was held responsible for the Glenmorrow dam burst, which flooded the valley in "
             f"[[{one}]].", f"Survivors of the Glenmorrow dam burst gathered to mark the disaster of "
             f"[[{two}]]."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_same_takeover_month(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1985, 2015, 4)
    a, b = rng.sample(_COMPANIES, 2)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    t1, t2 = f"{MONTHS[m1 - 1]} {one}", f"{MONTHS[m2 - 1]} {two}"
    return ([f"{a} completed its hostile takeover of {b} in [[{t1}]].",
             f"Staff at {b} were told of job cuts weeks after the hostile takeover closed in [[{t2}]]."],
            {"dates": [t1, t2]})


@_template
def b14_restated_diff_treaty_signed(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 10)
    a, b = rng.sample(_COUNTRIES, 2)
    return ([f"The [[{one}]] {a}-{b} fisheries treaty expires at the end of the decade.",
             f"Ministers from both countries signed the fisheries agreement in [[{two}]] after years of "
             f"talks."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_died_death(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    who = rng.choice(_MEN)
    return ([f"{who}, the poet, died in {rng.choice(_CAPITALS)} on [[{_uk(first)}]].",
             f"Since his death on [[{_uk(second)}]], his collected letters have been published in three "
             f"volumes."], {"dates": [_uk(first), _uk(second)]})


@_template
def b14_restated_diff_crash_collided(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    return ([f"The two freight trains collided near {rng.choice(_TOWNS)} on [[{_ap(first)}]], spilling "
             f"diesel into the {rng.choice(_RIVERS)}.", f"Clean-up costs from the [[{_ap(second)}]] crash "
             f"ran into millions."], {"dates": [_ap(first), _ap(second)]})


@_template
def b14_restated_diff_elected_victory(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1970, 2015, 8)
    who = rng.choice(_WOMEN)
    return ([f"{who} was first elected mayor of {rng.choice(_US_CITIES)} in [[{one}]].",
             f"Her first victory, in [[{two}]], came by fewer than {rng.randint(50, 400)} votes."],
            {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_married_wedding(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    a, b = rng.choice(_WOMEN), rng.choice(_MEN)
    return ([f"{a} and {b} married in a small ceremony on [[{_us(first)}]].",
             f"Photographs from their wedding, held on [[{_us(second)}]], were sold to a magazine."],
            {"dates": [_us(first), _us(second)]})


@_template
def b14_restated_diff_acquired_deal(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1980, 2015, 6)
    a, b = rng.sample(_COMPANIES, 2)
    return ([f"{a} acquired {b} in [[{one}]] for an undisclosed sum.",
             f"The [[{two}]] deal that brought {b} under {_poss(a)} control was later investigated by "
             f"regulators."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_launched_launch(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    return ([f"The weather satellite Kittiwake-2 was launched on [[{_of(first)}]].",
             f"Since its launch on [[{_of(second)}]], Kittiwake-2 has sent back data every hour."],
            {"dates": [_of(first), _of(second)]})


@_template
def b14_restated_diff_resigned_resignation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015, 5)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    t1, t2 = f"{MONTHS[m1 - 1]} {one}", f"{MONTHS[m2 - 1]} {two}"
    who = rng.choice(_MEN)
    return ([f"{who} resigned as finance minister in [[{t1}]] amid a row over the budget.",
             f"His resignation, in [[{t2}]], triggered a run on the currency."], {"dates": [t1, t2]})


@_template
def b14_restated_diff_murdered_killing(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    who = rng.choice(_WOMEN)
    return ([f"Detectives have reopened the case of {who}, who was murdered in {rng.choice(_TOWNS)} on "
             f"[[{_uk_th(first)}]].", f"The killing, on [[{_uk_th(second)}]], was never solved."],
            {"dates": [_uk_th(first), _uk_th(second)]})


@_template
def b14_restated_diff_premiere_opened(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 7)
    return ([f"The musical had its world premiere at the Lyric Theatre in [[{one}]].",
             f"When the show first opened in [[{two}]], critics savaged it."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_closure_shut(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015, 8)
    company = rng.choice(_COMPANIES)
    town = rng.choice(_TOWNS)
    return ([f"The closure of the {company} plant in {town} in [[{one}]] cost {rng.randint(300, 900)} jobs.",
             f"Unemployment in {town} doubled after the plant shut its gates for good in [[{two}]]."],
            {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_invaded_invasion(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 6)
    m1, m2 = rng.randint(1, 12), rng.randint(1, 12)
    t1, t2 = f"{MONTHS[m1 - 1]} {one}", f"{MONTHS[m2 - 1]} {two}"
    a, b = rng.sample(_COUNTRIES, 2)
    return ([f"Troops from {a} invaded {b} in [[{t1}]], the only time the two have fought.",
             f"Veterans of the [[{t2}]] invasion say the war was over within weeks."], {"dates": [t1, t2]})


@_template
def b14_restated_diff_retired_retirement(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1975, 2015, 6)
    who = rng.choice(_MEN)
    team = rng.choice(_TEAMS)
    return ([f"{who}, {_poss(team)} record goalscorer, retired from football in [[{one}]].",
             f"After his retirement in [[{two}]], he ran a pub near the ground."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_born_birth(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    who = rng.choice(_WOMEN)
    return ([f"{who} was born on [[{_us(first)}]] in a farmhouse outside {rng.choice(_US_CITIES)}.",
             f"Her birth certificate, which gives the date of birth as [[{_us(second)}]], is on display at "
             f"the county museum."], {"dates": [_us(first), _us(second)]})


@_template
def b14_restated_diff_abolished_abolition(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 10)
    country = rng.choice(_COUNTRIES)
    return ([f"{country} abolished the death penalty in [[{one}]].",
             f"Campaigners who fought for its abolition, finally won in [[{two}]], now work on prison "
             f"conditions."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_explosion_blast(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    company = rng.choice(_COMPANIES)
    return ([f"An explosion ripped through the {company} chemical works on [[{_abbr(first)}]], killing "
             f"{_word(rng.randint(2, 9))} workers.",
             f"Safety inspectors had visited the site weeks before the [[{_abbr(second)}]] blast."],
            {"dates": [_abbr(first), _abbr(second)]})


@_template
def b14_restated_diff_independence_independent(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1950, 2015, 6)
    country = rng.choice(_COUNTRIES)
    return ([f"{country} gained independence in [[{one}]] after a peaceful transition.",
             f"Since becoming independent in [[{two}]], the country has had {_word(rng.randint(3, 9))} "
             f"presidents."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_arrested_arrest(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _two_days(rng)
    who = rng.choice(_MEN)
    return ([f"Police arrested {who} at {rng.choice(_CAPITALS)} airport on [[{_uk(first)}]] as he tried to "
             f"board a flight.", f"{who.split()[0]}'s lawyers say his arrest, on [[{_uk(second)}]], "
             f"breached his diplomatic immunity."], {"dates": [_uk(first), _uk(second)]})


@_template
def b14_restated_diff_relegated_relegation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015, 7)
    team = rng.choice(_TEAMS)
    return ([f"{team} were relegated for the only time in their history in [[{one}]].",
             f"That relegation, in [[{two}]], cost the manager his job."], {"dates": [str(one), str(two)]})


@_template
def b14_restated_diff_graduated_graduation(rng: random.Random) -> tuple[list[str], Facts]:
    one, two = _years_apart(rng, 1960, 2015, 6)
    who = rng.choice(_WOMEN)
    return ([f"{who} graduated in medicine from {rng.choice(_CAPITALS)} University in [[{one}]].",
             f"Within a year of her graduation in [[{two}]], she was working in a field hospital."],
            {"dates": [str(one), str(two)]})


# --- order_violation -------------------------------------------------------------

@_template
def b14_order_after_resignation(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng)
    who = rng.choice(_MEN)
    return ([f"After {who} resigned on [[{_us(first)}]], the board appointed his deputy as interim chief "
             f"executive on [[{_us(second)}]]."], {"earlier": _us(first), "later": _us(second)})


@_template
def b14_order_following_years(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng)
    country = rng.choice(_COUNTRIES)
    return ([f"Following the [[{first}]] coup, {country} was suspended from the regional bloc in [[{second}]]."],
            {"earlier": str(first), "later": str(second)})


@_template
def b14_order_before_demolition(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 40, 900)
    return ([f"The cinema was listed as a building of historic interest on [[{_uk(first)}]], before its "
             f"demolition on [[{_uk(second)}]] caused an outcry."], {"earlier": _uk(first), "later": _uk(second)})


@_template
def b14_order_prior_to_merger(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    a, b = rng.sample(_COMPANIES, 2)
    return ([f"Prior to its merger with {b} in [[{second}]], {a} had floated on the stock exchange in "
             f"[[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b14_order_ahead_of_summit(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 10, 300)
    a = rng.choice(_CAPITALS)
    return ([f"Ahead of the summit in {a} on [[{_ap(second)}]], delegates met privately on [[{_ap(first)}]] "
             f"to draft the communique."], {"earlier": _ap(first), "later": _ap(second)})


@_template
def b14_order_wake_of_scandal(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 60, 700)
    t1, t2 = _my(first), _my(second)
    if t1 == t2:
        first = _add(first, 40)
        t1 = _my(first)
    return ([f"In the wake of the expenses scandal, which broke in [[{t1}]], the council tightened its rules "
             f"in [[{t2}]]."], {"earlier": t1, "later": t2})


@_template
def b14_order_preceded(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng)
    return ([f"A minor tremor on [[{_uk_th(first)}]] preceded the main earthquake, which struck the region on "
             f"[[{_uk_th(second)}]]."], {"earlier": _uk_th(first), "later": _uk_th(second)})


@_template
def b14_order_aftermath_second_sentence(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1950, 2008)
    river = rng.choice(_RIVERS)
    return ([f"The {river} flood barrier was completed in [[{second}]].",
             f"It was built in the aftermath of the devastating floods of [[{first}]], which drowned "
             f"{_word(rng.randint(3, 20))} people."], {"earlier": str(first), "later": str(second)})


@_template
def b14_order_until_then(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 30, 500)
    who = rng.choice(_WOMEN)
    return ([f"{who} was promoted to editor on [[{_of(second)}]], shortly after the previous editor's sudden "
             f"departure on [[{_of(first)}]]."], {"earlier": _of(first), "later": _of(second)})


@_template
def b14_order_subsequently(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    who = rng.choice(_MEN)
    return ([f"{who} was convicted of fraud in [[{first}]] and subsequently charged, in [[{second}]], with "
             f"money laundering."], {"earlier": str(first), "later": str(second)})


@_template
def b14_order_after_quote(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng)
    return ([f"\"We only started rebuilding after the insurers paid out on [[{_us(first)}]],\" the owner "
             f"said, adding that the builders arrived on [[{_us(second)}]]."],
            {"earlier": _us(first), "later": _us(second)})


@_template
def b14_order_before_iso(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 5, 200)
    return ([f"The patch was released on [[{_iso(first)}]], before attackers exploited the flaw on "
             f"[[{_iso(second)}]], according to the vendor's own timeline."],
            {"earlier": _iso(first), "later": _iso(second)})


@_template
def b14_order_followed_by(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng)
    team = rng.choice(_TEAMS)
    return ([f"{_poss(team)} promotion in [[{first}]] was followed by a cup run in [[{second}]] that took the "
             f"club to the semi-finals."], {"earlier": str(first), "later": str(second)})


@_template
def b14_order_months_qualified(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    return ([f"The diocese only closed the orphanage in [[late {second}]], after allegations of abuse first "
             f"surfaced in [[early {first}]]."], {"earlier": f"early {first}", "later": f"late {second}"})


@_template
def b14_order_once_passive(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 30, 600)
    return ([f"Once the budget had been approved on [[{_abbr(first)}]], work on the new ward was started on "
             f"[[{_abbr(second)}]]."], {"earlier": _abbr(first), "later": _abbr(second)})


@_template
def b14_order_yearless_same_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1970, 2015)
    second = datetime.date(year, rng.randint(1, 5), rng.randint(1, 28))
    first = datetime.date(year, rng.randint(7, 12), rng.randint(1, 28))
    return ([f"In [[{year}]], the factory ceased production on [[{_md(second)}]], shortly after workers had "
             f"been told of the closure on [[{_md(first)}]]."],
            {"earlier": (_md(first), year), "later": (_md(second), year)})


@_template
def b14_order_before_becoming(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2005)
    who = rng.choice(_WOMEN)
    return ([f"Before becoming an MP in [[{second}]], {who} spent a decade as a union organiser, a role she "
             f"took up in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b14_order_prompted(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 30, 700)
    return ([f"The inquest on [[{_uk(first)}]] prompted the council to install railings at the quay, which "
             f"were fitted on [[{_uk(second)}]]."], {"earlier": _uk(first), "later": _uk(second)})


@_template
def b14_order_since_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng, 30, 700)
    return ([f"The licence, issued on [[{_dot(second)}]], was granted only after the safety audit completed "
             f"on [[{_dot(first)}]]."], {"earlier": _dot(first), "later": _dot(second)})


@_template
def b14_order_in_response_to(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1960, 2009)
    return ([f"The ban on fishing, introduced in [[{second}]], came in response to the collapse of cod stocks "
             f"recorded in [[{first}]]."], {"earlier": str(first), "later": str(second)})


@_template
def b14_order_pronoun_later(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _later(rng)
    who = rng.choice(_MEN)
    return ([f"{who} signed for the club on [[{_us(second)}]].",
             f"He had joined after completing his medical on [[{_us(first)}]], officials said."],
            {"earlier": _us(first), "later": _us(second)})


@_template
def b14_order_by_the_time(rng: random.Random) -> tuple[list[str], Facts]:
    first, second = _flipped(rng, 1955, 2009)
    return ([f"By the time the railway reached {rng.choice(_TOWNS)} in [[{second}]], the canal had already "
             f"closed to traffic, having shut in [[{first}]]."], {"earlier": str(first), "later": str(second)})


# --- publication_anachronism ---------------------------------------------------------

@_template
def b14_anachronism_closed_future(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The {rng.choice(_TOWNS)} maternity unit closed its doors on [[{_us(day)}]], forcing expectant "
             f"mothers to travel {rng.randint(20, 60)} miles."], {"date": _us(day), "relative": None})


@_template
def b14_anachronism_yesterday_pinned(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"[[Yesterday]] ([[{_uk(day)}]]) the harbour master ordered all small boats to stay in port."],
            {"date": _uk(day), "relative": "Yesterday"})


@_template
def b14_anachronism_won_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2025)
    team = rng.choice(_TEAMS)
    return ([f"{team}, who won the county cup in [[{year}]], have signed {_word(rng.randint(2, 6))} new "
             f"players."], {"date": str(year), "relative": None})


@_template
def b14_anachronism_last_week_date(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The vote [[last week]], on [[{_ap(day)}]], left the measure {rng.randint(2, 9)} votes short of "
             f"the majority it needed."], {"date": _ap(day), "relative": "last week"})


@_template
def b14_anachronism_died_future_obit(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    who = rng.choice(_WOMEN)
    return ([f"{who}, the sculptor whose bronze herons line the promenade, died on [[{_uk_th(day)}]] at her "
             f"studio in {rng.choice(_TOWNS)}."], {"date": _uk_th(day), "relative": None})


@_template
def b14_anachronism_this_morning(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Commuters faced long delays [[this morning]] - [[{_us(day)}]] - after signal failures at "
             f"{rng.choice(_US_CITIES)}."], {"date": _us(day), "relative": "this morning"})


@_template
def b14_anachronism_month_year_passive(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The bypass was finally opened to traffic in [[{_my(day)}]], the highways agency confirmed."],
            {"date": _my(day), "relative": None})


@_template
def b14_anachronism_last_month_year(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Figures released [[last month]] show that house prices in [[{_my(day)}]] rose by "
             f"{rng.randint(2, 9)} per cent."], {"date": _my(day), "relative": "last month"})


@_template
def b14_anachronism_quote_future(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"\"When the factory shut on [[{_us(day)}]], half the street lost their jobs,\" said "
             f"{rng.choice(_MEN)}."], {"date": _us(day), "relative": None})


@_template
def b14_anachronism_earlier_this_month(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"A lorry overturned on the A{rng.randint(30, 99)} [[earlier this month]], on [[{_uk(day)}]], "
             f"spilling its load of potatoes."], {"date": _uk(day), "relative": "earlier this month"})


@_template
def b14_anachronism_second_sentence_future(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    who = rng.choice(_MEN)
    return ([f"{who} has been chairman of the planning committee for a decade.",
             f"He was re-elected unopposed on [[{_of(day)}]]."], {"date": _of(day), "relative": None})


@_template
def b14_anachronism_last_night_iso(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The concert [[last night]] ([[{_iso(day)}]]) was the band's first in {rng.choice(_CAPITALS)}."],
            {"date": _iso(day), "relative": "last night"})


@_template
def b14_anachronism_signed_treaty_future(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    a, b = rng.sample(_COUNTRIES, 2)
    return ([f"On [[{_ap(day)}]], {a} and {b} signed a treaty settling their river border."],
            {"date": _ap(day), "relative": None})


@_template
def b14_anachronism_last_year_pinned(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    return ([f"Profits at {rng.choice(_COMPANIES)} fell by a third [[last year]], the accounts for "
             f"[[{year}]] show."], {"date": str(year), "relative": "last year"})


@_template
def b14_anachronism_earlier_today(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Police in {rng.choice(_US_CITIES)} said a man was detained [[earlier today]], [[{_abbr(day)}]], "
             f"after a stand-off at a petrol station."], {"date": _abbr(day), "relative": "earlier today"})


@_template
def b14_anachronism_two_days_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The ferry service was suspended [[two days ago]], on [[{_uk(day)}]], when a crew member tested "
             f"positive for a virus."], {"date": _uk(day), "relative": "two days ago"})


@_template
def b14_anachronism_last_weekend(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Thousands marched through {rng.choice(_CAPITALS)} [[last weekend]] - the rally on "
             f"[[{_us(day)}]] was the largest in a generation."], {"date": _us(day), "relative": "last weekend"})


@_template
def b14_anachronism_earlier_this_year(rng: random.Random) -> tuple[list[str], Facts]:
    year = _far_year(rng)
    return ([f"The charity was wound up [[earlier this year]] - in [[{year}]], according to the regulator - "
             f"after its trustees ran out of money."], {"date": str(year), "relative": "earlier this year"})


@_template
def b14_anachronism_this_afternoon(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"Judges will deliver their ruling [[this afternoon]], [[{_uk_th(day)}]], in the case brought by "
             f"{rng.choice(_WOMEN)}."], {"date": _uk_th(day), "relative": "this afternoon"})


@_template
def b14_anachronism_appointed_dotted(rng: random.Random) -> tuple[list[str], Facts]:
    day = _future(rng)
    return ([f"The museum's new director, appointed on [[{_dot(day)}]], has promised free entry for "
             f"children."], {"date": _dot(day), "relative": None})


@_template
def b14_anachronism_this_week_yearless(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The [[{day.year}]] grain harvest was declared a failure [[this week]], when the ministry "
             f"published its report on [[{_md(day)}]]."],
            {"date": (_md(day), day.year), "relative": "this week"})


@_template
def b14_anachronism_fortnight_ago(rng: random.Random) -> tuple[list[str], Facts]:
    day = _far(rng)
    return ([f"The library reopened [[a fortnight ago]], on [[{_us(day)}]], after a refurbishment funded by "
             f"local donors."], {"date": _us(day), "relative": "a fortnight ago"})


@_template
def b14_anachronism_range_future(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(2018, 2024)
    return ([f"Between [[{year}]] and {year + 1}, the charity housed more than {rng.randint(2, 9)},000 "
             f"refugees, its annual report said."], {"date": str(year), "relative": None})


# --- duration_arithmetic ---------------------------------------------------------------

def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def _span(rng: random.Random, first: int, last: int, low: int, high: int) -> tuple[datetime.date, datetime.date]:
    start = _date(rng, first, last)
    return start, _add(start, rng.randint(low, high))


@_template
def b14_duration_died_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born, died = _span(rng, 1900, 1960, 365 * 30, 365 * 54)
    stated = str(_miss(rng, _whole_years(born, died)))
    who = rng.choice(_MEN)
    return ([f"{who}, born on [[{_us(born)}]], died on [[{_us(died)}]] aged [[{stated}]]."],
            {"stated": stated, "value": int(stated), "start": _us(born), "end": _us(died), "unit": "years",
             "offset": 0})


@_template
def b14_duration_anniversary(rng: random.Random) -> tuple[list[str], Facts]:
    founded = rng.randint(1850, 1980)
    year = rng.randint(founded + 20, 2015)
    n = _miss(rng, year - founded)
    stated = f"{n}{_sfx(n)} anniversary"
    return ([f"The brass band, formed in [[{founded}]], marked its [[{stated}]] with a concert in [[{year}]]."],
            {"stated": stated, "value": n, "start": str(founded), "end": str(year), "unit": "years",
             "offset": 0})


@_template
def b14_duration_years_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1940, 2005)
    n = _miss(rng, 2016 - year)
    stated = f"{n} years ago"
    return ([f"The lifeboat station opened in [[{year}]], [[{stated}]], and its first crew launched from the "
             f"slipway within a week, its coxswain said."],
            {"stated": stated, "value": n, "start": str(year), "end": None, "unit": "years", "offset": 0})


@_template
def b14_duration_month_span(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1980, 2012, 100, 380)
    t1, t2 = _my(start), _my(end)
    months = (end.year - start.year) * 12 + end.month - start.month
    n = _word_miss(rng, months)
    stated = f"{_word(n)}-month"
    return ([f"The [[{stated}]] restoration of the pier, which began in [[{t1}]] and finished in [[{t2}]], "
             f"came in under budget."],
            {"stated": stated, "value": n, "start": t1, "end": t2, "unit": "months", "offset": 0})


@_template
def b14_duration_weeks_strike(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1975, 2014, 20, 120)
    weeks = (end - start).days // 7
    n = _miss(rng, weeks)
    stated = f"{n} weeks"
    return ([f"Bus drivers walked out on [[{_uk(start)}]] and returned to work on [[{_uk(end)}]], ending a "
             f"dispute that had lasted [[{stated}]]."],
            {"stated": stated, "value": n, "start": _uk(start), "end": _uk(end), "unit": "weeks", "offset": 0})


@_template
def b14_duration_days_trial(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1980, 2014, 10, 90)
    n = _miss(rng, (end - start).days)
    stated = f"{n}-day"
    return ([f"The [[{stated}]] trial opened on [[{_ap(start)}]] and the jury returned its verdict on "
             f"[[{_ap(end)}]]."],
            {"stated": stated, "value": n, "start": _ap(start), "end": _ap(end), "unit": "days", "offset": 0})


@_template
def b14_duration_served_years_range(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 2000)
    last = rng.randint(first + 3, min(first + 20, 2015))
    n = _miss(rng, last - first)
    stated = f"{n} years"
    return ([f"{rng.choice(_WOMEN)} served as the town's coroner from [[{first}]] to [[{last}]], a tenure of "
             f"[[{stated}]] that ended with her retirement."],
            {"stated": stated, "value": n, "start": str(first), "end": str(last), "unit": "years", "offset": 0})


@_template
def b14_duration_age_at_event(rng: random.Random) -> tuple[list[str], Facts]:
    born, event = _span(rng, 1930, 1985, 365 * 18, 365 * 30)
    n = _miss(rng, _whole_years(born, event))
    stated = f"{n}-year-old"
    who = rng.choice(_MEN)
    return ([f"{who} was born on [[{_uk(born)}]].",
             f"As a [[{stated}]], he swam the channel on [[{_uk(event)}]], setting a record."],
            {"stated": stated, "value": n, "start": _uk(born), "end": _uk(event), "unit": "years", "offset": 0})


@_template
def b14_duration_now_aged(rng: random.Random) -> tuple[list[str], Facts]:
    born = _date(rng, 1925, 1990)
    n = _miss(rng, _whole_years(born, REFERENCE))
    stated = f"{n}"
    return ([f"{rng.choice(_WOMEN)}, who was born on [[{_of(born)}]] and is now [[{stated}]], still runs the "
             f"corner shop she opened as a young woman."],
            {"stated": stated, "value": n, "start": _of(born), "end": None, "unit": "years", "offset": 0})


@_template
def b14_duration_decade_phrase(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1960, 1990)
    end = start + rng.choice([20, 21, 22, 23, 24, 25])
    stated = "a decade"
    return ([f"The feud between the two families, which began in [[{start}]] and was settled only in "
             f"[[{end}]], lasted [[{stated}]], a local historian said."],
            {"stated": stated, "value": 10, "start": str(start), "end": str(end), "unit": "years", "offset": 0})


@_template
def b14_duration_months_iso(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1990, 2013, 200, 600)
    n = _miss(rng, _whole_months(start, end))
    stated = f"{n} months"
    return ([f"The audit, carried out between [[{_iso(start)}]] and [[{_iso(end)}]], took [[{stated}]], "
             f"the report noted."],
            {"stated": stated, "value": n, "start": _iso(start), "end": _iso(end), "unit": "months", "offset": 0})


@_template
def b14_duration_married_years(rng: random.Random) -> tuple[list[str], Facts]:
    wed, died = _span(rng, 1940, 1975, 365 * 20, 365 * 38)
    n = _miss(rng, _whole_years(wed, died))
    stated = f"{n} years"
    return ([f"The couple married on [[{_us(wed)}]].",
             f"They had been together for [[{stated}]] when he died on [[{_us(died)}]]."],
            {"stated": stated, "value": n, "start": _us(wed), "end": _us(died), "unit": "years", "offset": 0})


@_template
def b14_duration_weeks_word(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1980, 2014, 14, 60)
    weeks = (end - start).days // 7
    n = _word_miss(rng, weeks)
    stated = f"{_word(n)}-week"
    return ([f"A [[{stated}]] search for the missing climber, from [[{_abbr(start)}]] to [[{_abbr(end)}]], "
             f"ended when his tent was found."],
            {"stated": stated, "value": n, "start": _abbr(start), "end": _abbr(end), "unit": "weeks",
             "offset": 0})


@_template
def b14_duration_since_founded_ago(rng: random.Random) -> tuple[list[str], Facts]:
    year = rng.randint(1900, 1995)
    n = _miss(rng, 2016 - year)
    stated = f"{n} years"
    return ([f"Founded in [[{year}]], the choir has sung at every civic ceremony in "
             f"{rng.choice(_TOWNS)} for the [[{stated}]] since then, its conductor said."],
            {"stated": stated, "value": n, "start": str(year), "end": None, "unit": "years", "offset": 0})


@_template
def b14_duration_days_siege(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1970, 2014, 3, 30)
    n = _miss(rng, (end - start).days, 8, 20)
    stated = f"{n} days"
    return ([f"The siege of the embassy in {rng.choice(_CAPITALS)} lasted [[{stated}]]: gunmen stormed it on "
             f"[[{_uk_th(start)}]] and surrendered on [[{_uk_th(end)}]]."],
            {"stated": stated, "value": n, "start": _uk_th(start), "end": _uk_th(end), "unit": "days",
             "offset": 0})


@_template
def b14_duration_centenary(rng: random.Random) -> tuple[list[str], Facts]:
    opened = rng.randint(1880, 1940)
    year = opened + rng.randint(40, 75)
    stated = "centenary"
    return ([f"The swimming baths, opened in [[{opened}]], celebrated their [[{stated}]] with a gala in "
             f"[[{year}]]."],
            {"stated": stated, "value": 100, "start": str(opened), "end": str(year), "unit": "years",
             "offset": 0})


@_template
def b14_duration_possessive_reign(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1960, 1995)
    last = first + rng.randint(4, 20)
    n = _miss(rng, last - first)
    stated = f"{n}-year"
    who = rng.choice(_MEN)
    return ([f"{_poss(who)} [[{stated}]] reign as chairman of {rng.choice(_TEAMS)} began in [[{first}]] and "
             f"ended in [[{last}]]."],
            {"stated": stated, "value": n, "start": str(first), "end": str(last), "unit": "years", "offset": 0})


@_template
def b14_duration_sentence_served(rng: random.Random) -> tuple[list[str], Facts]:
    jailed, freed = _span(rng, 1975, 2005, 365 * 2, 365 * 9)
    n = _miss(rng, _whole_years(jailed, freed))
    stated = f"{n} years"
    return ([f"{rng.choice(_MEN)} was jailed on [[{_dot(jailed)}]] and freed on [[{_dot(freed)}]], after "
             f"serving [[{stated}]] of his sentence."],
            {"stated": stated, "value": n, "start": _dot(jailed), "end": _dot(freed), "unit": "years",
             "offset": 0})


@_template
def b14_duration_months_pronoun(rng: random.Random) -> tuple[list[str], Facts]:
    start, end = _span(rng, 1985, 2013, 60, 330)
    t1, t2 = _my(start), _my(end)
    months = (end.year - start.year) * 12 + end.month - start.month
    n = _miss(rng, months)
    stated = f"{n} months"
    return ([f"{rng.choice(_WOMEN)} took over as interim head teacher in [[{t1}]].",
             f"She stayed for [[{stated}]], handing over to a permanent appointment in [[{t2}]]."],
            {"stated": stated, "value": n, "start": t1, "end": t2, "unit": "months", "offset": 0})


@_template
def b14_duration_age_word_start(rng: random.Random) -> tuple[list[str], Facts]:
    born, event = _span(rng, 1950, 1995, 365 * 10, 365 * 17)
    years = _whole_years(born, event)
    n = _word_miss(rng, years)
    stated = f"aged {_word(n)}"
    return ([f"[[{stated.capitalize()}]], the prodigy - born on [[{_ap(born)}]] - played her first concert at "
             f"the cathedral on [[{_ap(event)}]]."],
            {"stated": stated.capitalize(), "value": n, "start": _ap(born), "end": _ap(event), "unit": "years",
             "offset": 0})


@_template
def b14_duration_construction_years(rng: random.Random) -> tuple[list[str], Facts]:
    first = rng.randint(1950, 2005)
    last = first + rng.randint(2, 9)
    n = _miss(rng, last - first)
    stated = f"{n} years"
    return ([f"Construction of the {rng.choice(_BRIDGES)} viaduct took [[{stated}]], starting in "
             f"[[{first}]] and finishing in [[{last}]]."],
            {"stated": stated, "value": n, "start": str(first), "end": str(last), "unit": "years", "offset": 0})


@_template
def b14_duration_half_century(rng: random.Random) -> tuple[list[str], Facts]:
    start = rng.randint(1950, 1985)
    end = start + rng.randint(15, 30)
    stated = "half a century"
    return ([f"The shop, which opened in [[{start}]] and closed in [[{end}]], had served the village for "
             f"[[{stated}]], according to the parish newsletter."],
            {"stated": stated, "value": 50, "start": str(start), "end": str(end), "unit": "years", "offset": 0})


BLIND14_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [
        b14_weekday_ferry_grounding,
        b14_weekday_obituary_passed,
        b14_weekday_ap_court_filing,
        b14_weekday_dateline_start,
        b14_weekday_passive_opened,
        b14_weekday_parenthetical,
        b14_weekday_match_report,
        b14_weekday_second_sentence,
        b14_weekday_split_marks,
        b14_weekday_dot_format,
        b14_weekday_quote,
        b14_weekday_abbr_month,
        b14_weekday_night_of,
        b14_weekday_appositive_date,
        b14_weekday_uk_abbr,
        b14_weekday_storm_landfall,
        b14_weekday_wedding_announcement,
        b14_weekday_ap_launch,
        b14_weekday_until_deadline,
        b14_weekday_minutes_record,
        b14_weekday_date_at_end,
        b14_weekday_yearless_clear,
    ],
    "impossible_date": [
        b14_impossible_contract_signed,
        b14_impossible_birth_record,
        b14_impossible_ap_hearing,
        b14_impossible_iso_log,
        b14_impossible_of_form,
        b14_impossible_yearless_words,
        b14_impossible_feb29_common,
        b14_impossible_deadline_passive,
        b14_impossible_dot_format,
        b14_impossible_quote,
        b14_impossible_abbr_month,
        b14_impossible_yearless_clear,
        b14_impossible_second_sentence,
        b14_impossible_death_notice,
        b14_impossible_range_end,
        b14_impossible_uk_abbr,
        b14_impossible_treaty,
        b14_impossible_exam_results,
        b14_impossible_date_first,
        b14_impossible_memo,
        b14_impossible_yearless_thirtieth,
        b14_impossible_match_fixture,
    ],
    "restated_event": [
        b14_restated_same_bridge_collapse,
        b14_restated_same_founding,
        b14_restated_same_merger_possessive,
        b14_restated_same_election_dates,
        b14_restated_same_flood_month,
        b14_restated_same_appointment_quote,
        b14_restated_same_shipwreck,
        b14_restated_same_strike_ranges,
        b14_restated_same_verdict_case_name,
        b14_restated_same_opening_apposition,
        b14_restated_same_eruption_iso,
        b14_restated_same_ceasefire,
        b14_restated_same_record_pronoun,
        b14_restated_same_fire_month_day,
        b14_restated_same_discovery,
        b14_restated_same_derailment_number_word,
        b14_restated_same_referendum_qualified,
        b14_restated_same_kidnapping_passive,
        b14_restated_same_dam_burst_end,
        b14_restated_same_takeover_month,
        b14_restated_diff_treaty_signed,
        b14_restated_diff_died_death,
        b14_restated_diff_crash_collided,
        b14_restated_diff_elected_victory,
        b14_restated_diff_married_wedding,
        b14_restated_diff_acquired_deal,
        b14_restated_diff_launched_launch,
        b14_restated_diff_resigned_resignation,
        b14_restated_diff_murdered_killing,
        b14_restated_diff_premiere_opened,
        b14_restated_diff_closure_shut,
        b14_restated_diff_invaded_invasion,
        b14_restated_diff_retired_retirement,
        b14_restated_diff_born_birth,
        b14_restated_diff_abolished_abolition,
        b14_restated_diff_explosion_blast,
        b14_restated_diff_independence_independent,
        b14_restated_diff_arrested_arrest,
        b14_restated_diff_relegated_relegation,
        b14_restated_diff_graduated_graduation,
    ],
    "order_violation": [
        b14_order_after_resignation,
        b14_order_following_years,
        b14_order_before_demolition,
        b14_order_prior_to_merger,
        b14_order_ahead_of_summit,
        b14_order_wake_of_scandal,
        b14_order_preceded,
        b14_order_aftermath_second_sentence,
        b14_order_until_then,
        b14_order_subsequently,
        b14_order_after_quote,
        b14_order_before_iso,
        b14_order_followed_by,
        b14_order_months_qualified,
        b14_order_once_passive,
        b14_order_yearless_same_year,
        b14_order_before_becoming,
        b14_order_prompted,
        b14_order_since_dotted,
        b14_order_in_response_to,
        b14_order_pronoun_later,
        b14_order_by_the_time,
    ],
    "publication_anachronism": [
        b14_anachronism_closed_future,
        b14_anachronism_yesterday_pinned,
        b14_anachronism_won_year,
        b14_anachronism_last_week_date,
        b14_anachronism_died_future_obit,
        b14_anachronism_this_morning,
        b14_anachronism_month_year_passive,
        b14_anachronism_last_month_year,
        b14_anachronism_quote_future,
        b14_anachronism_earlier_this_month,
        b14_anachronism_second_sentence_future,
        b14_anachronism_last_night_iso,
        b14_anachronism_signed_treaty_future,
        b14_anachronism_last_year_pinned,
        b14_anachronism_earlier_today,
        b14_anachronism_two_days_ago,
        b14_anachronism_last_weekend,
        b14_anachronism_earlier_this_year,
        b14_anachronism_this_afternoon,
        b14_anachronism_appointed_dotted,
        b14_anachronism_this_week_yearless,
        b14_anachronism_fortnight_ago,
        b14_anachronism_range_future,
    ],
    "duration_arithmetic": [
        b14_duration_died_aged,
        b14_duration_anniversary,
        b14_duration_years_ago,
        b14_duration_month_span,
        b14_duration_weeks_strike,
        b14_duration_days_trial,
        b14_duration_served_years_range,
        b14_duration_age_at_event,
        b14_duration_now_aged,
        b14_duration_decade_phrase,
        b14_duration_months_iso,
        b14_duration_married_years,
        b14_duration_weeks_word,
        b14_duration_since_founded_ago,
        b14_duration_days_siege,
        b14_duration_centenary,
        b14_duration_possessive_reign,
        b14_duration_sentence_served,
        b14_duration_months_pronoun,
        b14_duration_age_word_start,
        b14_duration_construction_years,
        b14_duration_half_century,
    ],
}
