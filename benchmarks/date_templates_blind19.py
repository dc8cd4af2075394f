"""``blind19``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind19`` templates.  Written on 2026-11-23 (about 05:40-05:46 UTC, by `date -u`) by a
# helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than tests/test_date_templates_blind18.py, read as the model for the
# well-formedness test), the feature cards (features/), the README, docs/ or
# any benchmark results (benchmarks/results/).  What was read: the shared
# checks in tests/date_template_checks.py (no detector);
# tests/test_date_templates_blind18.py; in benchmarks/date_templates_blind18.py
# its header comment, import block, name lists and local helpers (its lines
# 1-174), the first eight lines of a ``grep -n`` of its ``def``/``BLIND18``
# lines (helper names only), one more ``grep -n`` for the line of its final
# ``BLIND18_TEMPLATES`` dict and the first five lines of that dict (which name
# nine weekday templates); in benchmarks/date_templates_blind13.py the
# definitions of the names blind18 imports from it (located with one anchored
# ``grep -n`` of exactly those names and printed with ``sed``); in
# benchmarks/date_conflicts.py the ``from date_templates`` import lines and
# the ``INDEPENDENT_SETS`` mapping (via ``grep -n``).
# Disclosure of what was seen by accident: the range printed from blind18
# (its lines 175-215) was meant to show its first two template functions
# (b18_weekday_jury_verdict, b18_weekday_derby_abandoned) but also showed the
# whole of its third, fourth and fifth (b18_weekday_profit_warning,
# b18_weekday_comet_sighting, b18_weekday_vaccine_clinic).  Printing blind13's
# definitions in ranges also showed the unimported constants ``AP_MONTHS``,
# ``SHORT_MONTHS``, ``WEEKDAYS`` and ``WORDS`` (the last two are used by the
# imported ``_wrong`` and ``_word``; ``WORDS`` was printed on purpose for
# that reason) and the unimported helpers ``_common_feb29``, ``_thirty_one``,
# ``_whole_years`` and ``_whole_months`` (bodies included); no template of
# blind13 was seen.  A ``git diff`` of benchmarks/date_conflicts.py after
# the edit showed, as diff context, its line ``MONTHS = ["January", ...`` and
# the start of the line after it (no detector code).  ``git log`` was never
# run; the commit hash was taken with ``git rev-parse HEAD``.  tests/conftest.py was not read; ``load_benchmark``
# is used as blind18's test uses it.  No template here copies blind18's
# wording; the import block follows blind18's, the name lists and the local
# helpers are new.  The templates were only run through their own
# generators, tests/test_date_templates_blind19.py and a throwaway script
# running the same shared checks over 1,000 seeds per template, never through
# the detector; ``benchmarks/date_conflicts.py`` was not run (only
# byte-compiled after adding the import and the ``INDEPENDENT_SETS`` entry
# for ``blind19``).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind19``.
#
# Conventions (as in blind18).  Marked spans ([[...]]) are the two sides of the
# conflict: the weekday and its date (one span when contiguous, two when the
# weekday and the date are written apart), the impossible date, both dates of
# a restated event, both dates of an order violation, the relative expression
# and its pinned date (or only the date when the conflict is with the
# publication date), and the duration/age and the dates it contradicts.
# Publication-relative templates assume an article published on 2016-09-27
# (``--published 2016-09-27``): past-tense events are dated at least eight
# months after publication (2018-2025), and relative expressions are pinned at
# least three years away from it (1998-2012 or 2020-2025).  Arithmetic
# templates miss by at least 8 units beyond every defensible count (exact,
# inclusive/exclusive, and the whole spread of a year-only or month-year
# date); the stated number is chosen by ``_stated`` below from the interval
# of every count the written dates allow.  Dates in all other types stay at
# or before 2015; no weekday is named outside the weekday templates and no
# relative expression outside the anachronism templates ("ago" only in
# duration templates, against 2016).  Restated-event templates are named
# ``b19_restated_same_*`` when both places use the same head word for the
# event and ``b19_restated_diff_*`` when they use a different word or form (a
# verb for a noun, a synonym, a pronoun or a possessive with a different
# noun); in every one the two places unmistakably describe one event (a
# unique qualifier, a named person, firm, storm or place, or an anaphor such
# as "that"/"the"/"it" pointing back ties them).  Each template is 1-3
# sentences ("|" separates sentences in the wording specs).  In
# order-violation facts ``earlier`` is the date of the event the text says
# came first (it is later than ``later``).  Besides the relative expressions
# of the shared checks, the anachronism templates pin "last weekend".  No
# duration template carries an offset (all offsets are 0).
#
# Unlike blind18, the templates are built by small per-kind factories from
# one wording spec each (name, date kind, date format, wording); each result
# is still a plain ``Callable[[random.Random], list[str]]`` made by blind13's
# ``_template``, with its own ``__name__``, and carries ``template.facts(rng)``,
# which returns the same sentences plus the date expressions (as they appear
# in the text) that make the conflict.
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

# Constants and helpers are imported from blind13 as blind18 does, so that one copy is kept.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from date_templates_blind13 import (  # noqa: E402  (benchmarks/ helper)
    MONTHS, AP_WEEKDAYS, SHORT_WEEKDAYS, _Day, _template,
    _date, _add, _wrong, _us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot, _my, _md, _dm,
    _bad, _years_apart, _flipped, _future, _far, _far_year, _word, _poss,
)

PUBLISHED = datetime.date(2016, 9, 27)

_MEN = ["Gideon Faulkner", "Tomasz Wrobel", "Emeka Nwosu", "Lachlan Pryce", "Henrik Solberg", "Arturo Bellini",
        "Fergus Lamont", "Hamid Rostami"]
_WOMEN = ["Maud Ellingham", "Oluwaseun Bakare", "Ines Carvalho", "Rhiannon Pugh", "Greta Lindqvist",
          "Harriet Oyelaran", "Marguerite Doyle", "Yelena Morozova"]
_TOWNS = ["Thurso", "Bantry", "Hexham", "Lampeter", "Wick", "Clonakilty", "Berwick", "Bideford", "Ulverston"]
_COMPANIES = ["Halberd Engineering", "Quillan Foods", "Ravensworth Textiles", "Tamar Valley Dairies",
              "Norcross Aviation", "Bellhaven Brewing", "Kestrel Semiconductors"]
_TEAMS = ["Brackwater Rovers", "Glenmoor Athletic", "Harbury Town", "Skelton Rangers", "Crossfell Celtic"]
_COUNTRIES = ["Paraguay", "Estonia", "Malawi", "Kyrgyzstan", "Croatia", "Nicaragua", "Benin", "Laos"]
_STORMS = ["Orla", "Desmond", "Imogen", "Barnaby", "Hester", "Ciaran"]
_WARDS = ["the district hospital", "Queen Mary's Hospital", "the children's hospital", "the regional burns unit"]
_UNITS = ["the 4th Rifles", "the Royal Engineers", "the naval reserve", "the 2nd Signals Regiment"]

_FULL = [_us, _uk, _uk_th, _ap, _abbr, _abbr_uk, _of, _iso, _dot]
_PROSE = [_us, _uk, _uk_th, _ap, _abbr]


def _fill(rng: random.Random) -> dict[str, str]:
    """Names, places and small numbers a wording may use (all drawn, whether used or not)."""
    if rng.random() < 0.5:
        person, he, his, him = rng.choice(_MEN), "he", "his", "him"
    else:
        person, he, his, him = rng.choice(_WOMEN), "she", "her", "her"
    firm, team = rng.choice(_COMPANIES), rng.choice(_TEAMS)
    return {"P": person, "Ps": _poss(person), "he": he, "his": his, "him": him, "He": he.capitalize(),
            "His": his.capitalize(), "PL": rng.choice(_TOWNS), "F": firm, "Fs": _poss(firm), "T": team,
            "Ts": _poss(team), "N": rng.choice(_COUNTRIES), "S": rng.choice(_STORMS), "H": rng.choice(_WARDS),
            "U": (unit := rng.choice(_UNITS)), "Uc": unit[0].upper() + unit[1:], "n": str(rng.randint(12, 96)), "k": f"{rng.randint(2, 60)},{rng.randint(100, 999)}"}


def _render(wording: str, values: dict[str, str]) -> list[str]:
    return [part.strip().format(**values) for part in wording.split("|")]


def _named(name: str, fn: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    fn.__name__ = fn.__qualname__ = name
    return _template(fn)


def _form(rng: random.Random, forms: Any) -> Callable[[Any], str]:
    return rng.choice(forms) if isinstance(forms, list) else forms


# --- weekday_mismatch ---------------------------------------------------------

def _weekday(name: str, wording: str, forms: Any = _PROSE, names: list[str] | None = None,
             first: int = 1968, last: int = 2014) -> Template:
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        day = _date(rng, first, last)
        wd = _wrong(rng, day, names) if names else _wrong(rng, day)
        text = _form(rng, forms)(day)
        values = _fill(rng) | {"W": wd, "D": text}
        return _render(wording, values), {"weekday": wd, "date": text}
    return _named(name, fn)


WEEKDAY = [
    _weekday("b19_weekday_planning_appeal",
             "Three appeal judges threw out {Ps} challenge to the planning refusal on [[{W}, {D}]]."),
    _weekday("b19_weekday_fogbound_replay",
             "The replay, staged on [[{W} {D}]] after fog had ended the first meeting, drew a crowd of {k}.", _uk),
    _weekday("b19_weekday_takeover_meeting",
             "{F} shareholders backed the takeover at an extraordinary general meeting held [[{W}, {D}]].",
             _abbr, SHORT_WEEKDAYS),
    _weekday("b19_weekday_norovirus_ward",
             "Managers at {H} shut a second ward on [[{W}, {D}]], blaming an outbreak of norovirus.", _ap,
             AP_WEEKDAYS),
    _weekday("b19_weekday_gallery_queue",
             "When the gallery finally reopened on a [[{W}]] ([[{D}]]), the queue stretched around the block.",
             [_uk, _us, _iso]),
    _weekday("b19_weekday_dawn_earthquake",
             "The earthquake struck just before dawn on [[{W}, {D}]], levelling much of the old quarter of {PL}."),
    _weekday("b19_weekday_reshuffle_move",
             "In a reshuffle announced on [[{W} {D}]], {P} was moved from the treasury to the foreign office.",
             _uk_th),
    _weekday("b19_weekday_chapel_funeral",
             "Mourners filled the chapel for {Ps} funeral on [[{W}, {D}]].", _us),
    _weekday("b19_weekday_bridge_gave_way",
             "Engineers had inspected the footbridge only days before it gave way on [[{W}, {D}]]."),
    _weekday("b19_weekday_exam_paper_leak",
             "The exam board admitted that its chemistry paper had leaked online late on [[{W}]], [[{D}]].", _of),
    _weekday("b19_weekday_blossom_frost",
             "A hard frost on the night of [[{W}, {D}]] killed most of the apple blossom around {PL}.", _uk),
    _weekday("b19_weekday_pipeline_shutdown",
             "Crews shut the pipeline at 4.15am on [[{W} {D}]] after sensors picked up a drop in pressure.",
             [_iso, _dot]),
    _weekday("b19_weekday_library_sale_vote",
             "By {n} votes to nine, councillors agreed on [[{W}, {D}]] to sell the old library site.", _abbr_uk),
    _weekday("b19_weekday_last_convoy",
             "The last convoy of {U} rolled across the border on [[{W}, {D}]], ending the deployment."),
    _weekday("b19_weekday_diverted_flight",
             "A flight bound for {N} was diverted to {PL} on [[{W} {D}]] after a passenger collapsed.",
             _abbr, SHORT_WEEKDAYS),
    _weekday("b19_weekday_strike_ballot_result",
             "Union officials published the strike ballot result on [[{W}, {D}]]: {n} per cent of members "
             "had voted for action.", _ap, AP_WEEKDAYS),
    _weekday("b19_weekday_obituary_birth",
             "Born in {PL} on [[{W}, {D}]], {P} was the youngest of seven children.|{He} trained as a "
             "surveyor before turning to politics.", [_us, _uk_th], None, 1925, 1960),
    _weekday("b19_weekday_quoted_verdict",
             "\"We heard the verdict at about three o'clock on [[{W}, {D}]], and nobody said a word,\" {P} "
             "recalled."),
    _weekday("b19_weekday_stadium_ribbon",
             "It was [[{W}, {D}]], and the mayor of {PL} cut the ribbon on the new stadium in driving rain.",
             _uk_th),
    _weekday("b19_weekday_recall_notice",
             "A product recall notice from {F} is dated [[{D} ({W})]].", [_iso, _dot], SHORT_WEEKDAYS),
    _weekday("b19_weekday_spillway_release",
             "Water was let out through the spillway on the morning of [[{W}, {D}]], hours before the river "
             "peaked at {PL}."),
    _weekday("b19_weekday_ceasefire_noon",
             "Under the deal brokered in {N}, the ceasefire took hold at noon on [[{W}, {D}]].", _of),
    _weekday("b19_weekday_patent_granted",
             "The patent was granted to {F} on [[{W} {D}]], its filing history shows.", _uk),
    _weekday("b19_weekday_hat_trick",
             "{P} scored a hat-trick for {T} on [[{W} {D}]], the first of {his} career.", _abbr_uk,
             SHORT_WEEKDAYS),
]


# --- impossible_date -----------------------------------------------------------

def _impossible(name: str, wording: str, forms: Any = _FULL, leap: float = 0.3) -> Template:
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        day = _bad(rng, 1950, 2014, leap)
        text = _form(rng, forms)(day)
        return _render(wording, _fill(rng) | {"D": text}), {"date": text}
    return _named(name, fn)


def _impossible_yearless(name: str, wording: str) -> Template:
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        month = rng.choice([2, 4, 6, 9, 11])
        day = _Day(0, month, rng.choice([30, 31]) if month == 2 else 31)
        text = rng.choice([_md(day), _dm(day), f"the {day.day}{'st' if day.day == 31 else 'th'} of {MONTHS[month - 1]}"])
        if day.day == 31 and rng.random() < 0.3:
            text = f"the thirty-first of {MONTHS[month - 1]}"
        return _render(wording, _fill(rng) | {"D": text}), {"date": text}
    return _named(name, fn)


IMPOSSIBLE = [
    _impossible("b19_impossible_full_hearing_listed",
                "The case was listed for a full hearing on [[{D}]], according to court records."),
    _impossible("b19_impossible_deadline_transfer",
                "{P} completed {his} move to {T} on [[{D}]], hours before the window shut.", _PROSE),
    _impossible("b19_impossible_merger_completion",
                "The merger of {F} with its largest rival was completed on [[{D}]]."),
    _impossible("b19_impossible_trial_enrolment",
                "Enrolment in the drug trial closed on [[{D}]] with {n} patients signed up."),
    _impossible("b19_impossible_opera_premiere",
                "The opera received its premiere at the {PL} Playhouse on [[{D}]].", [_uk, _us, _of]),
    _impossible("b19_impossible_gauge_peak",
                "River gauges at {PL} recorded the highest level of the flood on [[{D}]].", [_iso, _dot, _uk]),
    _impossible("b19_impossible_mayoral_poll",
                "Voters in {PL} went to the polls on [[{D}]] to choose a new mayor.", _PROSE, 0.6),
    _impossible("b19_impossible_harbour_master_death",
                "{P}, a retired harbour master, died at home on [[{D}]].|{He} was {n}.", _PROSE),
    _impossible_yearless("b19_impossible_timetable_clause",
                         "Under the contract, the ferry operator had to publish its timetable by [[{D}]] each "
                         "season."),
    _impossible("b19_impossible_licence_lapsed",
                "The filing shows that the operating licence lapsed on [[{D}]]."),
    _impossible("b19_impossible_war_diary_landing",
                "{Uc} came ashore at {PL} on [[{D}]], the war diary records.", [_of, _uk_th]),
    _impossible("b19_impossible_inspection_visit",
                "Inspectors rated the academy in {PL} outstanding after a visit on [[{D}]]."),
    _impossible("b19_impossible_plots_sown",
                "According to the field notes, the trial plots of winter barley were sown on [[{D}]].",
                [_iso, _dot]),
    _impossible("b19_impossible_reactor_restart",
                "Operators brought the reactor back online on [[{D}]] after a long outage.", _PROSE, 0.5),
    _impossible("b19_impossible_lease_start",
                "{His} tenancy of the flat began on [[{D}]], the lease shows.", [_uk, _abbr_uk]),
    _impossible("b19_impossible_quoted_signature",
                "\"I signed that contract on [[{D}]], and I have the paperwork to prove it,\" {P} told the "
                "tribunal.", [_us, _uk, _of]),
    _impossible("b19_impossible_course_record",
                "{Ps} course record, set on [[{D}]], stood for eleven years.", _PROSE),
    _impossible("b19_impossible_vaccine_licensed",
                "Regulators licensed the vaccine for adults on [[{D}]].", [_ap, _abbr, _us]),
    _impossible("b19_impossible_last_bus",
                "The number {n} bus ran through {PL} for the last time on [[{D}]].", _PROSE, 1.0),
    _impossible("b19_impossible_chief_constable",
                "{P} was appointed chief constable of the county force on [[{D}]]."),
    _impossible("b19_impossible_storm_landfall",
                "Storm {S} made landfall near {PL} on [[{D}]], bringing gusts of {n} mph.", [_uk, _us]),
    _impossible("b19_impossible_inquiry_letter",
                "The letter, dated [[{D}]], was read into the record at the inquiry.", [_uk_th, _dot, _iso]),
    _impossible_yearless("b19_impossible_grant_closing",
                         "Applications for the farm grant must reach the council offices by [[{D}]]."),
]


# --- restated_event ------------------------------------------------------------

def _pair(rng: random.Random, mode: str, forms: Any = _PROSE) -> tuple[str, str]:
    """Two disjoint datings of one event, in text form."""
    if mode == "year":
        one, two = _years_apart(rng, 1950, 2015, 12)
        return str(one), str(two)
    if mode == "year_full":
        one, two = _years_apart(rng, 1950, 2015, 8)
        day = _date(rng, two, two)
        return str(one), _form(rng, forms)(day)
    first = _date(rng, 1960, 2013)
    second = _add(first, rng.choice((-1, 1)) * rng.randint(45, 900))
    while max(first, second).year > 2015:
        first, second = _add(first, -700), _add(second, -700)
    if mode == "month":
        return _my(first), _my(second)
    if mode == "month_full":
        return _my(first), _form(rng, forms)(second)
    form = _form(rng, forms)
    return form(first), form(second)


def _restated(name: str, mode: str, wording: str, forms: Any = _PROSE) -> Template:
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        one, two = _pair(rng, mode, forms)
        if rng.random() < 0.5 and mode in {"year", "month", "full"}:
            one, two = two, one
        return _render(wording, _fill(rng) | {"A": one, "B": two}), {"dates": [one, two]}
    return _named(name, fn)


RESTATED = [
    # same head word in both places
    _restated("b19_restated_same_fisheries_treaty", "year",
              "Under the fisheries treaty it signed with its neighbours in [[{A}]], {N} capped the catch for a "
              "decade.|Trawler owners point out that the fisheries treaty was in fact signed in [[{B}]]."),
    _restated("b19_restated_same_great_flood", "year",
              "The great flood of [[{A}]] left {n} families in {PL} homeless.|Survivors of the great flood, which "
              "struck in [[{B}]], still gather at the river every spring."),
    _restated("b19_restated_same_dock_strike", "month",
              "The {PL} dock strike began in [[{A}]].|Men who walked out on the first morning of the dock strike, "
              "in [[{B}]], were never taken back."),
    _restated("b19_restated_same_merger_closed", "full",
              "{Fs} merger with Bexley Packaging closed on [[{A}]], creating the region's largest employer.|"
              "Since that merger closed on [[{B}]], some {n} jobs have gone."),
    _restated("b19_restated_same_maiden_voyage", "full",
              "The ferry made her maiden voyage to {PL} on [[{A}]].|Old crew lists from the maiden voyage, "
              "dated [[{B}]], were found in a loft.", [_uk, _us, _uk_th]),
    _restated("b19_restated_same_title_win", "year",
              "{T} won their only league title in [[{A}]].|The title, clinched in [[{B}]], remains the high "
              "point in the club's history."),
    _restated("b19_restated_same_coup", "month_full",
              "The coup in {N} was launched in [[{A}]].|Officers loyal to the government say the coup began in "
              "the small hours of [[{B}]]."),
    _restated("b19_restated_same_recall", "full",
              "{F} recalled {k} kettles on [[{A}]].|It was the company's first recall; the paperwork for the "
              "recall is stamped [[{B}]].", [_iso, _dot]),
    _restated("b19_restated_same_explosion", "full",
              "The explosion at the {PL} fireworks factory on [[{A}]] killed four workers.|An inquest heard that "
              "the explosion, on [[{B}]], was caused by a faulty press."),
    _restated("b19_restated_same_referendum", "year",
              "{N} held its independence referendum in [[{A}]].|Turnout in the referendum of [[{B}]] was {n} "
              "per cent."),
    _restated("b19_restated_same_heart_transplant", "year_full",
              "The hospital performed its first heart transplant in [[{A}]].|That first heart transplant, "
              "carried out on [[{B}]], was led by {P}."),
    _restated("b19_restated_same_eruption", "year",
              "The eruption of [[{A}]] buried the village under ash.|Geologists who studied the eruption date it "
              "firmly to [[{B}]]."),
    _restated("b19_restated_same_harvest_failure", "year",
              "The potato harvest failed across {PL} in [[{A}]].|Farmers who lived through that failed harvest "
              "in [[{B}]] still talk of it."),
    _restated("b19_restated_same_opening_night", "full",
              "The musical's opening night at the {PL} Lyceum was [[{A}]].|Tickets for the opening night, "
              "[[{B}]], sold out within an hour.", [_uk_th, _us]),
    _restated("b19_restated_same_derailment", "month",
              "The derailment outside {PL} in [[{A}]] injured {n} passengers.|Investigators blamed the "
              "derailment of [[{B}]] on a cracked rail."),
    _restated("b19_restated_same_ceasefire_accord", "year",
              "The ceasefire accord signed in [[{A}]] ended twelve years of fighting in {N}.|Under the ceasefire "
              "accord of [[{B}]], rebel fighters handed in their weapons."),
    _restated("b19_restated_same_solar_farm", "month_full",
              "The county's first solar farm was switched on in [[{A}]].|The solar farm, which went live on "
              "[[{B}]], now powers {k} homes."),
    _restated("b19_restated_same_housing_ballot", "full",
              "Tenants of the {PL} estate voted in a housing ballot on [[{A}]] to demolish the towers.|The "
              "housing ballot, held on [[{B}]], drew a turnout of {n} per cent.", [_uk, _abbr_uk]),
    _restated("b19_restated_same_acquittal", "year",
              "{Ps} acquittal in [[{A}]] ended a six-year legal fight.|After the acquittal, handed down in "
              "[[{B}]], {he} returned to teaching."),
    _restated("b19_restated_same_outbreak", "month",
              "The measles outbreak in {PL} started in [[{A}]].|Health officials traced the outbreak, which they "
              "say began in [[{B}]], to an unvaccinated traveller."),
    _restated("b19_restated_same_summit_only", "year",
              "The only summit between the two leaders took place in {PL} in [[{A}]].|Aides recall that summit, "
              "in [[{B}]], as tense."),
    # different head word or form
    _restated("b19_restated_diff_founded_foundation", "year",
              "{F} was founded in [[{A}]] by two brothers from {PL}.|Since the firm's foundation in [[{B}]], it "
              "has never posted a loss."),
    _restated("b19_restated_diff_wedding_married", "full",
              "{P} married the cellist Anton Riedl on [[{A}]].|Their wedding, on [[{B}]], was held in a barn "
              "outside {PL}."),
    _restated("b19_restated_diff_died_death", "full",
              "{P} died in {PL} on [[{A}]].|{His} death on [[{B}]] was announced by the family.",
              [_us, _uk, _of]),
    _restated("b19_restated_diff_collapse_fell", "month_full",
              "The collapse of the {PL} grain silo in [[{A}]] killed two workers.|The silo fell on [[{B}]], "
              "a safety report says."),
    _restated("b19_restated_diff_storm_hit", "full",
              "Storm {S} hit the coast on [[{A}]].|The gale, the worst for a generation, tore roofs off homes in "
              "{PL} on [[{B}]]."),
    _restated("b19_restated_diff_elected_victory", "year",
              "{P} was first elected to parliament in [[{A}]].|{His} maiden victory, in [[{B}]], came by just "
              "{n} votes."),
    _restated("b19_restated_diff_sacked_dismissal", "month",
              "{T} sacked their manager in [[{A}]].|The dismissal, in [[{B}]], came after nine straight "
              "defeats."),
    _restated("b19_restated_diff_launched_launch", "full",
              "{F} launched its first electric tractor on [[{A}]].|Dealers say demand has outstripped supply "
              "since the machine's debut on [[{B}]].", [_abbr, _ap, _uk]),
    _restated("b19_restated_diff_nationalised_takeover", "year",
              "The railway was nationalised in [[{A}]].|The state takeover of [[{B}]] brought {n} private lines "
              "under one board."),
    _restated("b19_restated_diff_discovered_discovery", "year_full",
              "The comet was discovered by {P} in [[{A}]].|{His} discovery, logged on [[{B}]], was confirmed by "
              "two other observatories."),
    _restated("b19_restated_diff_opened_opening", "full",
              "The {PL} bypass opened to traffic on [[{A}]].|Congestion in the town centre fell by a third after "
              "the road's opening on [[{B}]].", [_iso, _dot, _uk]),
    _restated("b19_restated_diff_shut_closure", "month",
              "The last pit in {PL} shut in [[{A}]].|The colliery's closure, in [[{B}]], cost hundreds of "
              "jobs."),
    _restated("b19_restated_diff_it_pronoun", "full",
              "{Ps} only solo exhibition opened at the {PL} Arts Centre on [[{A}]].|It closed early, the "
              "gallery says, having opened on [[{B}]]."),
    _restated("b19_restated_diff_crashed_accident", "full",
              "The light aircraft crashed into a field near {PL} on [[{A}]].|Investigators released their report "
              "into the accident, which they date to [[{B}]].", [_us, _uk]),
    _restated("b19_restated_diff_ruling_decided", "year",
              "The landmark ruling on water rights came in [[{A}]].|The supreme court decided the case in "
              "[[{B}]], lawyers for the farmers say."),
    _restated("b19_restated_diff_retired_retirement", "year",
              "{P} retired from international cricket in [[{A}]].|{His} retirement in [[{B}]] left the side "
              "without a spinner."),
    _restated("b19_restated_diff_invaded_invasion", "month",
              "Troops invaded the disputed province in [[{A}]].|The invasion, launched in [[{B}]], was condemned "
              "by {N}."),
    _restated("b19_restated_diff_evacuated_evacuation", "full",
              "Residents of {PL} were evacuated on [[{A}]] as the wildfire approached.|The evacuation order, "
              "dated [[{B}]], covered {k} people.", [_abbr_uk, _uk_th]),
    _restated("b19_restated_diff_appointed_took_up", "year_full",
              "The cathedral appointed its first female dean in [[{A}]].|{P} took up the post of dean on "
              "[[{B}]], becoming the first woman to do so."),
    _restated("b19_restated_diff_graduated_degree", "year",
              "{P} graduated from medical school in [[{A}]].|{He} received {his} degree in [[{B}]], the "
              "university's records show."),
]


# --- order_violation -----------------------------------------------------------

def _order(name: str, mode: str, wording: str, forms: Any = _PROSE) -> Template:
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        if mode == "year":
            first, second = _flipped(rng, 1950, 2009)
            early, late = str(first), str(second)
        elif mode == "month":
            later = _date(rng, 1960, 2012)
            claimed = _add(later, rng.randint(45, 700))
            early, late = _my(claimed), _my(later)
        else:
            later = _date(rng, 1960, 2012)
            claimed = _add(later, rng.randint(5, 600))
            form = _form(rng, forms)
            early, late = form(claimed), form(later)
        return _render(wording, _fill(rng) | {"E": early, "L": late}), {"earlier": early, "later": late}
    return _named(name, fn)


ORDER = [
    _order("b19_order_aftermath_riots", "year",
           "Drawn up in [[{L}]] in the aftermath of the [[{E}]] riots, the policing code is now under review."),
    _order("b19_order_after_relegation", "year",
           "{T} appointed {P} as manager in [[{L}]], soon after their relegation in [[{E}]]."),
    _order("b19_order_following_audit", "full",
           "Following an audit completed on [[{E}]], {F} restated its accounts on [[{L}]]."),
    _order("b19_order_before_wedding", "full",
           "{P} had already signed for {T} on [[{E}]], before {his} wedding on [[{L}]].", [_uk, _us]),
    _order("b19_order_prompted_by_fire", "month",
           "The sprinkler rules, brought in in [[{L}]], were prompted by the care home fire of [[{E}]]."),
    _order("b19_order_in_wake_of_spill", "year",
           "In the wake of the [[{E}]] oil spill, the port banned single-hulled tankers in [[{L}]]."),
    _order("b19_order_preceded_by", "full",
           "The vote to strike on [[{L}]] was preceded by a failed pay offer on [[{E}]].", [_iso, _dot]),
    _order("b19_order_prior_to_election", "month",
           "Prior to {his} election as mayor in [[{L}]], {P} had chaired the housing committee, a role "
           "{he} took up in [[{E}]]."),
    _order("b19_order_years_after_founding", "year",
           "The choir, founded in [[{E}]], made its first recording in [[{L}]], several years after it "
           "was formed."),
    _order("b19_order_until_then", "full",
           "Until the bridge opened on [[{E}]], commuters relied on a ferry, which was withdrawn on "
           "[[{L}]] once the crossing was in use.", [_uk_th, _ap]),
    _order("b19_order_subsequent_inquiry", "year",
           "The subsequent inquiry, which reported in [[{L}]], blamed managers for the [[{E}]] mine "
           "collapse."),
    _order("b19_order_once_trial_ended", "month",
           "Once the trial ended in [[{E}]], the regulator approved the drug, in [[{L}]]."),
    _order("b19_order_response_to_drought", "year",
           "Reservoir building began in [[{L}]] as a response to the drought of [[{E}]]."),
    _order("b19_order_by_the_time", "full",
           "By the time {F} floated on the stock market on [[{L}]], it had already opened its {PL} plant, on "
           "[[{E}]].", [_us, _abbr]),
    _order("b19_order_having_won", "year",
           "Having won Olympic gold in [[{E}]], {P} turned professional in [[{L}]]."),
    _order("b19_order_triggered_by", "month",
           "The evacuation of [[{L}]] was triggered by the landslide in [[{E}]], officials said."),
    _order("b19_order_then_passive", "full",
           "The suspect was first questioned on [[{E}]] and was then arrested on [[{L}]].", [_uk, _of]),
    _order("b19_order_led_to_ban", "year",
           "The [[{E}]] doping scandal led to a lifetime ban for {P}, imposed in [[{L}]]."),
    _order("b19_order_quote_after_floods", "month",
           "\"After the floods of [[{E}]] we knew we had to move the surgery,\" said {P}, who relocated it to "
           "higher ground in [[{L}]]."),
    _order("b19_order_built_to_replace", "year",
           "The new hospital, opened in [[{L}]], was built to replace the infirmary destroyed by fire in "
           "[[{E}]]."),
    _order("b19_order_earlier_injunction", "full",
           "The judge had granted an injunction on [[{E}]], well before the full hearing on [[{L}]].",
           [_ap, _uk]),
    _order("b19_order_culled_after_outbreak", "month",
           "Farmers in {PL} culled their herds in [[{L}]] after the foot-and-mouth outbreak of [[{E}]]."),
    _order("b19_order_wreck_then_salvage", "year",
           "Salvage divers reached the wreck in [[{L}]], long after the ship went down in [[{E}]]."),
]


# --- publication_anachronism ---------------------------------------------------

def _future_event(name: str, wording: str, forms: Any = _PROSE, coarse: str | None = None) -> Template:
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        day = _future(rng)
        if coarse == "year":
            text = str(day.year)
        elif coarse == "month":
            text = _my(day)
        else:
            text = _form(rng, forms)(day)
        return _render(wording, _fill(rng) | {"D": text}), {"date": text, "relative": None}
    return _named(name, fn)


def _pinned(name: str, relative: str, wording: str, forms: Any = _PROSE) -> Template:
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        day = _far(rng)
        text = _form(rng, forms)(day)
        rel = relative.capitalize() if wording.startswith("[[{R}") else relative
        return (_render(wording, _fill(rng) | {"D": text, "R": rel}),
                {"date": text, "relative": rel})
    return _named(name, fn)


ANACHRONISM = [
    _future_event("b19_anachronism_sworn_in_governor",
                  "{P} was sworn in as governor on [[{D}]] in front of a crowd of {k}."),
    _future_event("b19_anachronism_factory_closed",
                  "{F} closed its {PL} factory in [[{D}]], putting {n} people out of work.", coarse="month"),
    _future_event("b19_anachronism_cup_final_won",
                  "{T} won the county cup final on [[{D}]] with a late penalty.", [_uk, _uk_th]),
    _future_event("b19_anachronism_obituary_died",
                  "{P}, who has died aged {n}, passed away at home in {PL} on [[{D}]].", [_us, _ap]),
    _future_event("b19_anachronism_bill_passed",
                  "The housing bill passed its final reading in [[{D}]], despite a rebellion on the back "
                  "benches.", coarse="year"),
    _future_event("b19_anachronism_ruling_upheld",
                  "The appeal court upheld the ruling against {F} on [[{D}]].", [_iso, _dot]),
    _future_event("b19_anachronism_trial_results",
                  "Researchers reported the results of the malaria trial on [[{D}]], showing a sharp drop in "
                  "infections."),
    _future_event("b19_anachronism_festival_cancelled",
                  "Organisers cancelled the {PL} folk festival in [[{D}]] after the field flooded.",
                  coarse="month"),
    _future_event("b19_anachronism_passive_demolished",
                  "The old power station at {PL} was demolished on [[{D}]].", [_uk, _abbr_uk]),
    _future_event("b19_anachronism_quote_opened",
                  "\"We opened the new ward on [[{D}]] and it was full within a week,\" said {P}.", [_us, _uk]),
    _future_event("b19_anachronism_troops_withdrew",
                  "{Uc} withdrew from the border area in [[{D}]], ending a long deployment.", coarse="year"),
    _future_event("b19_anachronism_wheat_harvest",
                  "Growers in {PL} finished the wheat harvest on [[{D}]], a fortnight ahead of schedule.",
                  [_of, _uk_th]),
    _pinned("b19_anachronism_yesterday_court", "yesterday",
            "Magistrates in {PL} [[{R}]] ([[{D}]]) fined {F} for breaching noise limits."),
    _pinned("b19_anachronism_last_week_council", "last week",
            "The council met [[{R}]], on [[{D}]], and approved the budget.", [_uk, _us]),
    _pinned("b19_anachronism_this_morning_quake", "this morning",
            "A small earthquake shook {PL} [[{R}]] — [[{D}]] — rattling windows but causing no damage.",
            [_iso, _us]),
    _pinned("b19_anachronism_last_night_match", "last night",
            "{T} came from two goals down to draw [[{R}]] ([[{D}]]).", [_abbr, _uk_th]),
    _pinned("b19_anachronism_earlier_this_month_strike", "earlier this month",
            "Bus drivers walked out [[{R}]], on [[{D}]], over changes to shift patterns."),
    _pinned("b19_anachronism_last_month_recall", "last month",
            "[[{R}]] {F} recalled {k} cots, according to a notice dated [[{D}]].", [_dot, _iso]),
    _pinned("b19_anachronism_two_days_ago_rescue", "two days ago",
            "The lifeboat crew rescued two kayakers [[{R}]], on [[{D}]], off the coast at {PL}."),
    _pinned("b19_anachronism_fortnight_ago_vote", "a fortnight ago",
            "Union members voted [[{R}]] ([[{D}]]) to accept the pay offer.", [_ap, _uk]),
    _pinned("b19_anachronism_last_weekend_fire", "last weekend",
            "Firefighters spent [[{R}]] ([[{D}]]) tackling a moorland blaze above {PL}.", [_uk, _us]),
    _pinned("b19_anachronism_this_week_appointment", "this week",
            "{P} was named chief executive of {F} [[{R}]], on [[{D}]].", [_uk_th, _abbr_uk]),
    _pinned("b19_anachronism_earlier_today_verdict", "earlier today",
            "A jury [[{R}]] ([[{D}]]) found {P} guilty of arson.", [_us, _iso]),
    _pinned("b19_anachronism_last_year_harvest", "last year",
            "Farmers around {PL} lost half their crop [[{R}]] when frost struck on [[{D}]]."),
]


# --- duration_arithmetic -------------------------------------------------------

def _bounds(day: datetime.date, grain: str) -> tuple[datetime.date, datetime.date]:
    if grain == "year":
        return datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31)
    if grain == "month":
        nxt = datetime.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return datetime.date(day.year, day.month, 1), nxt - datetime.timedelta(days=1)
    return day, day


def _count(unit: str, start: datetime.date, end: datetime.date) -> int:
    if unit == "years":
        return end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    if unit == "months":
        return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    days = (end - start).days
    return days // 7 if unit == "weeks" else days


def _stated(rng: random.Random, unit: str, start: tuple[datetime.date, datetime.date],
            end: tuple[datetime.date, datetime.date], words: bool = False) -> int:
    """A number at least 8 outside every count the two (possibly coarse) dates allow, counting +-1."""
    low = _count(unit, start[1], end[0]) - 1
    high = _count(unit, start[0], end[1]) + 1
    below = [n for n in range(2, low - 7)]
    above = list(range(high + 8, high + 25))
    if words:
        below, above = [n for n in below if n <= 20], [n for n in above if n <= 20]
    if below and (not above or rng.random() < 0.5):
        return rng.choice(below)
    return rng.choice(above)


def _text(day: datetime.date, grain: str, form: Callable[[Any], str]) -> str:
    return str(day.year) if grain == "year" else _my(day) if grain == "month" else form(day)


def _duration(name: str, unit: str, wording: str, grain: str = "year", end_grain: str | None = None,
              gap: tuple[int, int] = (3650, 25000), forms: Any = _PROSE, words: bool = False,
              stated: str = "{v} years") -> Template:
    """``end_grain`` None: the end is the publication date (2016-09-27)."""
    def fn(rng: random.Random) -> tuple[list[str], Facts]:
        form = _form(rng, forms)
        if end_grain is None:
            start = _add(PUBLISHED, -rng.randint(*gap))
            start_iv, end_iv = _bounds(start, grain), (PUBLISHED, PUBLISHED)
            end_text = None
        else:
            start = _date(rng, 1930, 2012)
            end = _add(start, rng.randint(*gap))
            while end.year > 2015:
                start, end = _add(start, -900), _add(end, -900)
            start_iv, end_iv = _bounds(start, grain), _bounds(end, end_grain)
            end_text = _text(end, end_grain, form)
        start_text = _text(start, grain, form)
        value = _stated(rng, unit, start_iv, end_iv, words)
        number = _word(value) if words else str(value)
        span = stated.format(v=number)
        values = _fill(rng) | {"A": start_text, "B": end_text or "", "X": span}
        return (_render(wording, values),
                {"stated": span, "value": value, "unit": unit, "start": start_text, "end": end_text,
                 "offset": 0})
    return _named(name, fn)


DURATION = [
    _duration("b19_duration_founded_years_ago", "years",
              "{F}, founded in [[{A}]], says it has been making boilers for [[{X}]]."),
    _duration("b19_duration_anniversary_ago", "years",
              "The lifeboat station opened in [[{A}]], [[{X}]] ago.", stated="{v} years"),
    _duration("b19_duration_aged_at_death", "years",
              "{P}, who was born on [[{A}]] and died on [[{B}]], was [[{X}]].", "day", "day", (9000, 33000),
              stated="{v} years old"),
    _duration("b19_duration_festival_days", "days",
              "The [[{X}]] festival ran from [[{A}]] to [[{B}]] on farmland outside {PL}.", "day", "day",
              (22, 40), words=True, stated="{v}-day"),
    _duration("b19_duration_trial_weeks", "weeks",
              "The trial, which opened on [[{A}]] and ended with a verdict on [[{B}]], lasted [[{X}]].",
              "day", "day", (150, 400), stated="{v} weeks"),
    _duration("b19_duration_siege_months", "months",
              "The siege of {PL} began in [[{A}]] and was lifted in [[{B}]] after [[{X}]].", "month", "month",
              (700, 2000), stated="{v} months"),
    _duration("b19_duration_tenure_years", "years",
              "{P} ran the orchestra from [[{A}]] until [[{B}]] — [[{X}]] at the helm.", "year", "year",
              (3000, 12000)),
    _duration("b19_duration_born_now_aged", "years",
              "{P} was born on [[{A}]] and is now [[{X}]].", "day", None, (9000, 30000), stated="{v}"),
    _duration("b19_duration_closure_weeks", "weeks",
              "The line shut on [[{A}]] for what engineers promised would be [[{X}]] of work; it reopened on "
              "[[{B}]].", "day", "day", (200, 500), words=True, stated="{v} weeks"),
    _duration("b19_duration_centre_serving", "years",
              "Since opening its doors in [[{A}]], the food bank has served {PL} for [[{X}]].", "year", None,
              (3650, 20000)),
    _duration("b19_duration_strike_days", "days",
              "The [[{X}]] strike at {F}, which started on [[{A}]] and ended on [[{B}]], cost the firm dearly.",
              "day", "day", (60, 150), stated="{v}-day"),
    _duration("b19_duration_reign_months", "months",
              "Appointed in [[{A}]] and sacked in [[{B}]], the manager lasted [[{X}]] at {T}.", "month",
              "month", (900, 2500), stated="{v} months"),
    _duration("b19_duration_widowed_married_years", "years",
              "{P} had been married for [[{X}]] when {his} spouse died in [[{B}]]; the couple wed in "
              "[[{A}]].", "year", "year", (5000, 20000), stated="{v} years"),
    _duration("b19_duration_passive_imprisoned", "years",
              "Jailed in [[{A}]] and released in [[{B}]], {P} had spent [[{X}]] behind bars.", "year", "year",
              (4000, 12000)),
    _duration("b19_duration_quote_decades", "years",
              "\"I have farmed this land for [[{X}]],\" said {P}, who took over the farm in [[{A}]].", "year",
              None, (3650, 18000)),
    _duration("b19_duration_voyage_days", "days",
              "Setting sail from {PL} on [[{A}]], the crew reached port on [[{B}]] after a [[{X}]] crossing.",
              "day", "day", (24, 60), words=True, stated="{v}-day"),
    _duration("b19_duration_drought_months", "months",
              "The drought that began in [[{A}]] lasted [[{X}]], finally breaking in [[{B}]].", "month",
              "month", (500, 1500), stated="{v} months"),
    _duration("b19_duration_campaign_weeks", "weeks",
              "Campaigning for the by-election ran for [[{X}]], from [[{A}]] to polling day on [[{B}]].", "day",
              "day", (5, 40), words=False, stated="{v} weeks"),
    _duration("b19_duration_pit_worked", "years",
              "When the colliery shut in [[{B}]], it had been worked for [[{X}]], having opened in [[{A}]].",
              "year", "year", (8000, 30000), stated="{v} years"),
    _duration("b19_duration_bridge_age", "years",
              "The bridge, completed in [[{A}]], is [[{X}]] old, according to the council.", "year", None,
              (8000, 40000), stated="{v} years"),
    _duration("b19_duration_outage_days", "days",
              "Homes in {PL} went without power for [[{X}]] after the storm of [[{A}]]; supply was restored "
              "on [[{B}]].", "day", "day", (25, 45), words=True, stated="{v} days"),
    _duration("b19_duration_obituary_aged", "years",
              "{P} died on [[{B}]] at the age of [[{X}]].|{He} was born in {PL} on [[{A}]].", "day", "day",
              (12000, 34000), forms=[_uk, _us, _of], stated="{v}"),
    _duration("b19_duration_partnership_months", "months",
              "The research partnership, signed in [[{A}]], was wound up in [[{B}]] after just [[{X}]].",
              "month", "month", (700, 1400), stated="{v} months"),
    _duration("b19_duration_vacancy_weeks", "weeks",
              "The headteacher's post at the school lay empty for [[{X}]] between {his} departure on "
              "[[{A}]] and {his} successor's arrival on [[{B}]].", "day", "day", (250, 600),
              stated="{v} weeks"),
    _duration("b19_duration_hospital_stay_days", "days",
              "Admitted on [[{A}]], {P} was discharged on [[{B}]] after a [[{X}]] stay.", "day", "day",
              (26, 60), words=True, stated="{v}-day"),
    _duration("b19_duration_museum_ago_month", "years",
              "The museum opened in [[{A}]], some [[{X}]] ago.", "month", None, (5000, 25000),
              stated="{v} years"),
    _duration("b19_duration_exile_years", "years",
              "Forced out of {N} in [[{A}]], the poet returned in [[{B}]] after [[{X}]] in exile.", "year",
              "year", (3000, 12000)),
    _duration("b19_duration_probation_months", "months",
              "{He} began a probation order on [[{A}]] and completed it on [[{B}]], [[{X}]] in all.", "day",
              "day", (1100, 2000), forms=[_iso, _uk], stated="{v} months"),
    _duration("b19_duration_service_since_month", "years",
              "The rescue team has operated from the {PL} base since [[{A}]], a stretch of [[{X}]].", "month",
              None, (4000, 20000), stated="{v} years"),
    _duration("b19_duration_ceasefire_held_days", "days",
              "The ceasefire, which took effect on [[{A}]], held for [[{X}]] before fighting resumed on "
              "[[{B}]].", "day", "day", (40, 90), stated="{v} days"),
    _duration("b19_duration_club_since_year", "years",
              "{T} have played at their ground since [[{A}]] — [[{X}]] of football on the same pitch.", "year",
              None, (4000, 30000)),
    _duration("b19_duration_vaccination_weeks", "weeks",
              "The vaccination drive ran from [[{A}]] to [[{B}]]; officials called it a [[{X}]] push.", "day",
              "day", (180, 330), stated="{v}-week"),
]


BLIND19_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": WEEKDAY,
    "impossible_date": IMPOSSIBLE,
    "restated_event": RESTATED,
    "order_violation": ORDER,
    "publication_anachronism": ANACHRONISM,
    "duration_arithmetic": DURATION,
}
