"""``blind20``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind20`` templates.  Written on 2026-11-23 (about 06:50-07:05 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the six
# conflict definitions in its brief and from how wire copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, tests/test_date*
# other than the two files named below), the feature cards (features/), the
# README, docs/ or any benchmark results (benchmarks/results/).
# What was read: tests/date_template_checks.py (the shared checks, no
# detector); tests/test_date_templates_independent.py (where the ``blind20``
# row was added); in tests/conftest.py the ``load_benchmark`` helper (printed
# with ``grep -n -A 30``, which also showed the next helpers in that file:
# ``date_conflicts``, which imports ``analyse_dates`` from
# ``reliability.features.temporal`` and returns each conflict's kind and
# evidence spans, ``PUBLISHED_STAND_IN`` = 2016-09-27, ``dated_conflicts`` and
# the first line of ``dated_kinds`` -- helper signatures only, no detector
# code); lines 1-124 of benchmarks/date_templates_blind19.py (its header
# comment, import block and name lists, as a model of the header and import
# style; none of its templates, and none of blind13's helpers it imports --
# this module is self-contained and imports nothing from other sets); in
# benchmarks/date_conflicts.py the ``from date_templates`` import lines and
# the ``INDEPENDENT_SETS`` mapping (its lines 2567-2574).
# Disclosure of what was seen by accident: the ``grep -n INDEPENDENT_SETS``
# on benchmarks/date_conflicts.py also printed its lines 2593-2594
# (``if split in INDEPENDENT_SETS:`` / ``templates =
# INDEPENDENT_SETS[split][kind]``) and 2630 (the ``--split`` argument with
# ``choices=("held_out", "development", *INDEPENDENT_SETS)``); no detector
# code was seen.  ``git log`` was never run; the base commit was taken with
# ``git rev-parse HEAD`` (3de8985d39d659a6b9b09787751daeb4aa4c1542).
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind20``) and a throwaway
# script applying the same shared checks over 1,000-2,000 seeds per template
# (and mypy on this file alone), never through the detector; benchmarks/date_conflicts.py was not run (only
# byte-compiled after adding the import and the ``INDEPENDENT_SETS`` entry).
# Running that test file imports every set in its ``SETS`` (blind10-blind19
# too, through ``load_benchmark``) at collection; only the ``blind20`` tests
# were selected and none of the other sets' text was printed or read.  A
# ``git diff -U0`` of the two edited files showed only the added lines.
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to change the detector or its lexicons.  Every template is used
# (no index parity): ``--split blind20``.
#
# Conventions.  Each template is a plain ``Callable[[random.Random],
# list[str]]`` (1-3 sentences) with its own ``__name__`` and a ``facts(rng)``
# attribute returning the same sentences plus the date expressions, exactly
# as written, that make the conflict (the shape the shared checks read).
# Marked spans ([[...]]) are the two sides of each conflict: the weekday and
# its date (together, or apart when the copy separates them), the impossible
# date, both datings of a restated event, both dates of an order violation,
# the relative expression and the date it is pinned to (only the date when
# the clash is with the publication date itself), and the stated duration or
# age together with the dates it contradicts.  Publication-relative templates
# assume an article published 2016-09-27: past-tense events are dated from
# July 2017 (whole years from 2018) to 2025, and relative expressions are
# pinned to 1996-2012 or 2020-2025.  Every other kind keeps its dates in
# 1960-2015 (durations against the publication date use "ago", "now" or the
# present perfect), names no weekday outside the weekday templates and uses no
# relative expression.  Stated durations and ages miss every defensible count
# (exact, inclusive or exclusive, and the whole spread of a coarse date) by at
# least six units; the number is drawn by ``_stated`` from what the written
# dates allow.  Restated templates are ``b20_restated_same_*`` when both
# mentions use the same head word for the event and ``b20_restated_diff_*``
# when they use another word or form (verb against noun, synonym, pronoun,
# possessive); in every one the two mentions are tied to a single event by a
# name, a unique qualifier or an anaphor.  In order-violation facts
# ``earlier`` is the date of the event the text says came first (the later
# date).  Besides the shared relative expressions the anachronism templates
# pin "last weekend", "earlier this week", "last summer", "three days ago"
# and "this afternoon".  One duration template counts editions of an annual
# event (offset -1); all other offsets are 0.  People, places, firms, clubs,
# storms and countries are fictional.
# ---------------------------------------------------------------------------

from __future__ import annotations

import calendar
import datetime
import random
from collections.abc import Callable
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

PUBLISHED = datetime.date(2016, 9, 27)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT_MONTHS = [month[:3] for month in MONTHS]
WEEKDAY_FORMS = {
    "full": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "ap": ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."],
    "short": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
ORDINAL_WORDS = {30: "thirtieth", 31: "thirty-first"}

_FIRST = ["Odile", "Ruairi", "Bettina", "Kwabena", "Casimir", "Philippa", "Dariusz", "Imelda", "Thaddeus", "Noor",
          "Leopold", "Anselm", "Rosalind", "Perpetua", "Matthias", "Henrietta", "Ewan", "Zofia", "Cormac", "Adaeze"]
_LAST = ["Quennell", "Ravenhill", "Tresilian", "Dunmore", "Kastellan", "Achterberg", "Lindahl", "Soderquist",
         "Halloran", "Vintner", "Cuthbertson", "Fairweather", "Olszewski", "Mbatha", "Penhaligon", "Ostrowe"]
_TOWNS = ["Kellsbridge", "Aldermoor", "Port Sallow", "Drumcarrig", "Ebbsworth", "Linnhaven", "Westfold",
          "Carrowmore", "Hollinsford", "Ferncastle", "Tallis Bay", "Ousterby"]
_FIRMS = ["Corrigan Metals", "Vantor Logistics", "Bellweather Insurance", "Ostrander Pharmaceuticals",
          "Greyhaven Mining", "Lumis Telecom", "Peregrine Rail", "Hartwell Dunne", "Calder Glassworks",
          "Mistral Foods"]
_TEAMS = ["Kellsbridge United", "Aldermoor City", "Drumcarrig Harps", "Ebbsworth Wanderers", "Port Sallow Athletic",
          "Linnhaven Rovers", "Westfold Albion"]
_COUNTRIES = ["Veloria", "Kestania", "Marundi", "Pellucia", "Teravia", "Galdovia", "Ostmark", "Sarnavia"]
_STORMS = ["Ingrid", "Bartholomew", "Cosima", "Rufus", "Delphine", "Magnus", "Orsolya"]
_UNIS = ["the University of Aldermoor", "Kellsbridge Polytechnic", "the Linnhaven Institute of Technology",
         "St Brendan's College"]
_PARTIES = ["the Civic Renewal Party", "the Agrarian League", "the Northern Alliance", "the Social Forward party"]
_BANDS = ["The Lanterns", "Hollow Pines", "Glass Orchard", "The Mercy Brothers"]
_SHIPS = ["Corran Star", "Maeve Rose", "Skerry Light", "Gannet Lass"]
_RIVERS = ["the River Tallon", "the Braddock River", "the River Oune", "the Kessel"]


# --- dates as written -------------------------------------------------------

def _th(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


FORMATS: dict[str, Callable[[int, int, int], str]] = {
    # full dates
    "us": lambda y, m, d: f"{MONTHS[m - 1]} {d}, {y}",
    "uk": lambda y, m, d: f"{d} {MONTHS[m - 1]} {y}",
    "th": lambda y, m, d: f"{_th(d)} {MONTHS[m - 1]} {y}",
    "ap": lambda y, m, d: f"{AP_MONTHS[m - 1]} {d}, {y}",
    "abbr": lambda y, m, d: f"{SHORT_MONTHS[m - 1]} {d}, {y}",
    "abbr_uk": lambda y, m, d: f"{d} {SHORT_MONTHS[m - 1]} {y}",
    "of": lambda y, m, d: f"the {_th(d)} of {MONTHS[m - 1]}, {y}",
    "iso": lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
    "dot": lambda y, m, d: f"{d:02d}.{m:02d}.{y:04d}",
    # without the year (the year is written, and marked, elsewhere)
    "md": lambda y, m, d: f"{MONTHS[m - 1]} {d}",
    "dm": lambda y, m, d: f"{d} {MONTHS[m - 1]}",
    "ap_md": lambda y, m, d: f"{AP_MONTHS[m - 1]} {d}",
    "ordword": lambda y, m, d: f"the {ORDINAL_WORDS[d]} of {MONTHS[m - 1]}",
    "ordday": lambda y, m, d: f"the {ORDINAL_WORDS[d]} day of {MONTHS[m - 1]}",
    # coarser datings
    "my": lambda y, m, d: f"{MONTHS[m - 1]} {y}",
    "y": lambda y, m, d: f"{y}",
    "mid": lambda y, m, d: f"mid-{y}",
    "early": lambda y, m, d: f"early {y}",
    "late": lambda y, m, d: f"late {y}",
    "end": lambda y, m, d: f"the end of {y}",
    "summer": lambda y, m, d: f"the summer of {y}",
    "autumn": lambda y, m, d: f"autumn {y}",
}
DAY_FORMATS = {"us", "uk", "th", "ap", "abbr", "abbr_uk", "of", "iso", "dot", "md", "dm", "ap_md"}
YEARLESS = {"md", "dm", "ap_md", "ordword", "ordday"}
MONTH_OR_FINER = DAY_FORMATS | {"my"}
QUALIFIED = {"mid": ((4, 1), (9, 30)), "early": ((1, 1), (4, 30)), "late": ((9, 1), (12, 31)),
             "end": ((10, 1), (12, 31))}


def _write(code: str, day: datetime.date) -> str:
    return FORMATS[code](day.year, day.month, day.day)


def _span(code: str, day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first and last day a date written in ``code`` can mean."""
    if code in DAY_FORMATS:
        return day, day
    if code == "my":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    (m1, d1), (m2, d2) = QUALIFIED.get(code, ((1, 1), (12, 31)))
    return datetime.date(day.year, m1, d1), datetime.date(day.year, m2, d2)


def _side(code: str, day: datetime.date) -> str | tuple[str, int]:
    text = _write(code, day)
    return (text, day.year) if code in YEARLESS else text


def _random_day(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


def _cast(rng: random.Random) -> dict[str, str]:
    """Fictional names for one article."""
    first = rng.sample(_FIRST, 3)
    last = rng.sample(_LAST, 3)
    towns = rng.sample(_TOWNS, 2)
    firms = rng.sample(_FIRMS, 2)
    teams = rng.sample(_TEAMS, 2)
    countries = rng.sample(_COUNTRIES, 2)
    return {
        "p": f"{first[0]} {last[0]}", "ps": last[0], "p2": f"{first[1]} {last[1]}", "p2s": last[1],
        "p3": f"{first[2]} {last[2]}", "town": towns[0], "town2": towns[1], "firm": firms[0], "firm2": firms[1],
        "team": teams[0], "team2": teams[1], "country": countries[0], "country2": countries[1],
        "storm": rng.choice(_STORMS), "uni": rng.choice(_UNIS), "party": rng.choice(_PARTIES),
        "band": rng.choice(_BANDS), "ship": rng.choice(_SHIPS), "river": rng.choice(_RIVERS),
    }


def _sentences(wording: str, values: dict[str, Any]) -> list[str]:
    return [part.strip() for part in wording.format(**values).split("|")]


def _template(name: str, build: Callable[[random.Random], tuple[list[str], Facts]]) -> Template:
    """A template and its ``facts``; each draws from its own stream, seeded from ``rng`` and its name, so
    that templates run with the same seed do not all write the same dates and names."""

    def facts(rng: random.Random) -> tuple[list[str], Facts]:
        return build(random.Random(f"{name}:{rng.getrandbits(64)}"))

    def template(rng: random.Random) -> list[str]:
        return facts(rng)[0]

    template.__name__ = template.__qualname__ = name
    template.facts = facts  # type: ignore[attr-defined]
    return template


# --- weekday_mismatch -------------------------------------------------------

def _weekday(name: str, code: str, style: str, wording: str) -> Template:
    def build(rng: random.Random) -> tuple[list[str], Facts]:
        values: dict[str, Any] = _cast(rng)
        day = _random_day(rng, datetime.date(1986, 1, 1), datetime.date(2015, 12, 31))
        stated = (day.weekday() + rng.randint(1, 6)) % 7
        weekday = WEEKDAY_FORMS[style][stated]
        values.update(wd=weekday, date=_write(code, day), year=day.year)
        return _sentences(wording, values), {"weekday": weekday, "date": _side(code, day)}

    return _template(name, build)


WEEKDAY_SPECS = [
    ("b20_weekday_jury_returned", "us", "full",
     "A jury in {town} returned its verdict on [[{wd}, {date}]], after deliberating for less than four hours."),
    ("b20_weekday_dockers_walkout", "ap", "ap",
     "Dockworkers at {town} walked off the job [[{wd}, {date}]], the union said."),
    ("b20_weekday_inquest_opened", "uk", "full",
     "The inquest, opened at {town} Coroner's Court on [[{wd} {date}]], heard that the lorry driver had not slept "
     "for two days."),
    ("b20_weekday_alibi_quote", "us", "full",
     "\"It was a [[{wd}]], I remember that much,\" {p} told the court, describing the night of [[{date}]]."),
    ("b20_weekday_maintenance_log", "iso", "short",
     "According to the maintenance log, the fault was first recorded at 06:40 on [[{wd} {date}]]."),
    ("b20_weekday_title_clinched", "th", "full",
     "{team} clinched the title with a 2-1 win away at {team2} on [[{wd} {date}]]."),
    ("b20_weekday_obituary_councillor", "us", "full",
     "{p}, who died at home in {town} on [[{wd}, {date}]], had served three terms on the borough council."),
    ("b20_weekday_bridge_ceremony", "of", "full",
     "The bridge over {river} was formally opened on [[{wd}, {date}]] by the county's lord lieutenant."),
    ("b20_weekday_plant_closure_passive", "abbr", "full",
     "It was announced on [[{wd}, {date}]] that {firm} would close its {town} plant with the loss of 340 jobs."),
    ("b20_weekday_season_opener", "md", "full",
     "The [[{year}]] season opened on [[{wd}, {date}]], with a crowd of just under nine thousand at {team}'s "
     "ground."),
    ("b20_weekday_filing_separate", "dot", "full",
     "The court filing, dated [[{date}]], states that the hearing was held on a [[{wd}]] afternoon in "
     "chambers."),
    ("b20_weekday_ruling_parenthetical", "us", "full",
     "The appeal court ruling ([[{wd}, {date}]]) cleared the way for the demolition of the {town} gasworks."),
    ("b20_weekday_probe_liftoff", "uk", "full",
     "The probe lifted off from the {town} range at dawn on [[{wd}, {date}]], carrying instruments built at "
     "{uni}."),
    ("b20_weekday_flood_warnings_lifted", "ap", "full",
     "Flood warnings were lifted along {river} on [[{wd}, {date}]], nearly a week after the water first breached "
     "the levee."),
    ("b20_weekday_by_election_dm", "dm", "full",
     "Voters in {town} went to the polls on [[{wd} {date}]] in the [[{year}]] by-election, the first since the "
     "boundary review."),
    ("b20_weekday_wedding_notice", "th", "full",
     "{p} and {p2} were married at St Aidan's in {town} on [[{wd}, {date}]], three years after meeting on a "
     "charity run."),
    ("b20_weekday_shares_slumped", "abbr_uk", "full",
     "Shares in {firm} fell by a fifth on [[{wd} {date}]], their steepest one-day fall since the company "
     "listed."),
    ("b20_weekday_robbery_two_sentences", "us", "full",
     "Police said the robbery happened shortly before closing time on [[{date}]].|\"Quiet [[{wd}]], nobody "
     "about,\" the shop's owner, {p}, said."),
    ("b20_weekday_funeral_notice", "ap", "ap",
     "Funeral services for {p} were held at 11 a.m. [[{wd}, {date}]], at Grace Chapel in {town}."),
    ("b20_weekday_colliery_appositive", "uk", "full",
     "The last shift at Greyhaven colliery, on [[{wd} {date}]], ended with a brass band playing at the pit "
     "gates."),
    ("b20_weekday_defence_quote", "us", "full",
     "\"On [[{wd}, {date}]], my client was two hundred miles away,\" defence barrister {p} told the jury."),
    ("b20_weekday_results_line", "iso", "short",
     "Result (match played [[{wd} {date}]]): {team} 3, {team2} 0."),
    ("b20_weekday_pipeline_since", "dot", "full",
     "Since the pipeline ruptured on [[{wd}, {date}]], crews have recovered roughly a third of the spilled oil."),
    ("b20_weekday_bail_hearing_thurs", "abbr", "ap",
     "The bail hearing, held [[{wd}, {date}]], lasted barely ten minutes."),
    ("b20_weekday_tour_final_show", "ap", "full",
     "{band} played the final show of their tour at the {town} Corn Exchange on [[{wd}, {date}]]."),
]


# --- impossible_date --------------------------------------------------------

_NEVER = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]


def _impossible(name: str, code: str, wording: str, leap_day: bool = False) -> Template:
    def build(rng: random.Random) -> tuple[list[str], Facts]:
        values: dict[str, Any] = _cast(rng)
        if leap_day:  # 29 February in a year that has none
            year = rng.choice([y for y in range(1987, 2016) if not calendar.isleap(y)])
            month, day = 2, 29
        else:
            year = rng.randint(1987, 2015)
            month, day = rng.choice(_NEVER)
        text = FORMATS[code](year, month, day)
        values.update(date=text, year=year)
        return _sentences(wording, values), {"date": text}

    return _template(name, build)


IMPOSSIBLE_SPECS = [
    ("b20_impossible_contract_signed", "us", False,
     "The contract was signed on [[{date}]], according to documents filed with the regulator."),
    ("b20_impossible_parish_record", "uk", False,
     "Parish records give {p}'s date of birth as [[{date}]]."),
    ("b20_impossible_charter_words", "ordword", False,
     "The charter, sealed on [[{date}]], was read aloud at the opening of the {town} assizes."),
    ("b20_impossible_dataset_iso", "iso", False,
     "The dataset released by {uni} includes a rainfall reading taken on [[{date}]], which the authors did not "
     "explain."),
    ("b20_impossible_layoffs_ap", "ap", False,
     "{firm} said the layoffs would take effect [[{date}]]."),
    ("b20_impossible_invoice_dot", "dot", False,
     "The invoice at the centre of the fraud case is dated [[{date}]]."),
    ("b20_impossible_objection_deadline", "md", False,
     "Residents had until [[{date}]] to lodge objections with the planning committee."),
    ("b20_impossible_leap_birthday", "us", True,
     "{p}, who jokes that he has celebrated few real birthdays, gave his date of birth to the court as "
     "[[{date}]]."),
    ("b20_impossible_accord_initialled", "th", False,
     "Negotiators from {country} and {country2} initialled the accord on [[{date}]] at a hotel outside "
     "{town}."),
    ("b20_impossible_harvest_quote", "uk", False,
     "\"I remember it was [[{date}]], because the harvest had just come in,\" said {p}."),
    ("b20_impossible_storm_landfall", "of", False,
     "Storm {storm} made landfall near {town} on [[{date}]], bringing down power lines across three "
     "counties."),
    ("b20_impossible_lawsuit_abbr", "abbr", False,
     "A lawsuit filed [[{date}]] accuses {firm} of misleading investors about its order book."),
    ("b20_impossible_trawler_radio", "abbr_uk", False,
     "The trawler {ship} was last heard from on [[{date}]], when her skipper radioed that the nets had "
     "fouled."),
    ("b20_impossible_festival_dm", "dm", False,
     "The festival ran until [[{date}]], when organisers began dismantling the main stage."),
    ("b20_impossible_reactor_passive", "us", False,
     "The reactor was shut down on [[{date}]] after inspectors found cracks in a cooling pipe."),
    ("b20_impossible_verdict_appositive", "ap", False,
     "The verdict, delivered [[{date}]], ended a trial that had run for nearly five months."),
    ("b20_impossible_headstone", "th", False,
     "The headstone in {town} churchyard gives the date of death as [[{date}]]."),
    ("b20_impossible_sensor_leap_iso", "iso", True,
     "Sensor logs supplied to the investigators were timestamped [[{date}]]."),
    ("b20_impossible_fixture_leap", "uk", True,
     "{team} played their rearranged fixture against {team2} on [[{date}]], a date chosen to avoid a cup "
     "replay."),
    ("b20_impossible_deed_day_of", "ordday", False,
     "Under the founding deed of the {town} almshouses, rents fell due on [[{date}]] each year."),
    ("b20_impossible_samples_abbr", "abbr", False,
     "The samples were collected on [[{date}]] and shipped frozen to {uni}."),
    ("b20_impossible_ministry_statement", "th", False,
     "In a statement dated [[{date}]], the ministry said the tender had been cancelled."),
    ("b20_impossible_results_certified", "us", False,
     "Polls closed at eight in the evening.|Official results, certified on [[{date}]], gave {party} a narrow "
     "majority."),
    ("b20_impossible_adjourned_ap_md", "ap_md", False,
     "The judge adjourned the case until [[{date}]], saying both sides needed more time."),
]


# --- restated_event -----------------------------------------------------------

def _restated(name: str, code_a: str, code_b: str, wording: str, same_year: bool = False) -> Template:
    def build(rng: random.Random) -> tuple[list[str], Facts]:
        values: dict[str, Any] = _cast(rng)
        first = _random_day(rng, datetime.date(1972, 1, 1), datetime.date(2013, 12, 31))
        if same_year:  # both at least month-precise: another month of the same year
            month = rng.choice([m for m in range(1, 13) if m != first.month])
            second = datetime.date(first.year, month, rng.randint(1, 28))
        else:
            shift = rng.choice([-5, -4, -3, -2, -1, 1, 2])
            second = _random_day(rng, datetime.date(first.year + shift, 1, 1),
                                 datetime.date(first.year + shift, 12, 31))
        values.update(a=_write(code_a, first), b=_write(code_b, second))
        return _sentences(wording, values), {"dates": (_side(code_a, first), _side(code_b, second))}

    return _template(name, build)


RESTATED_SAME_SPECS = [
    ("treaty", "y", "my", False,
     "The [[{a}]] border treaty between {country} and {country2} has never been ratified by either "
     "parliament.|Diplomats recall that the treaty was signed in [[{b}]] at a lakeside hotel in {town}."),
    ("merger", "us", "y", False,
     "{firm} completed its merger with {firm2} on [[{a}]], creating the region's largest private "
     "employer.|Analysts still describe the [[{b}]] merger as the deal that reshaped the sector."),
    ("flood", "my", "my", True,
     "The flood of [[{a}]] left much of {town} under water.|Residents who lived through the flood, which struck "
     "in [[{b}]], are still waiting for compensation."),
    ("strike", "uk", "th", False,
     "Drivers at the {town} bus depot began their strike on [[{a}]].|{p2}, a union steward, said the strike had "
     "begun on [[{b}]] only after management refused to meet them."),
    ("verdict", "ap", "y", False,
     "The verdict in the {town} bribery trial, returned [[{a}]], took the jury less than a day.|The [[{b}]] "
     "verdict was later upheld on appeal."),
    ("mill_fire", "th", "my", False,
     "A fire at the {town} flax mill on [[{a}]] destroyed the company's entire archive.|Investigators never "
     "established what caused the [[{b}]] fire."),
    ("election", "y", "my", False,
     "{p} first won the seat at the [[{a}]] election, taking it from {party} by fewer than four hundred "
     "votes.|That election, held in [[{b}]], was the closest in the constituency's history."),
    ("eruption", "y", "mid", False,
     "The eruption of Mount Kessler in [[{a}]] buried three villages under ash.|Volcanologists at {uni} have "
     "spent years studying the eruption, which they date to [[{b}]]."),
    ("founded", "y", "y", False,
     "{firm} was founded in [[{a}]] by two brothers from {town}.|The company's own history, printed on every "
     "tin, says it was founded in [[{b}]]."),
    ("derailment", "us", "y", False,
     "The derailment near {town} on [[{a}]] killed four passengers.|A report into the [[{b}]] derailment "
     "blamed a cracked rail that had gone unreported for weeks."),
    ("cup_final", "uk", "y", False,
     "{team} won the cup final on [[{a}]] with a goal in stoppage time.|{p}, who scored in that final, said "
     "he still watches a recording of the [[{b}]] final every spring."),
    ("earthquake", "abbr", "of", False,
     "The earthquake that struck {town} on [[{a}]] measured 6.1 in magnitude.|Much of the rebuilding after the "
     "earthquake of [[{b}]] was paid for by {country}."),
    ("coup", "my", "y", False,
     "{country}'s army seized power in a coup in [[{a}]].|Leaders of the coup, staged in [[{b}]], were later "
     "granted an amnesty by the civilian government."),
    ("discovery", "late", "y", False,
     "The discovery of the wreck of the {ship} in [[{a}]] drew treasure hunters to {town}.|{p}, whose dive team "
     "made the [[{b}]] discovery, has since written a book about it."),
    ("referendum", "my", "dm", True,
     "The [[{a}]] referendum on independence ended in a narrow defeat for the nationalists.|Turnout in the "
     "referendum, held on [[{b}]], reached a record."),
    ("robbery", "ap", "uk", True,
     "Three men were jailed for the robbery of a security van in {town} on [[{a}]].|The judge said the "
     "robbery, carried out on [[{b}]], had been planned for months."),
    ("record", "y", "my", False,
     "{p} set the national 800 metres record in [[{a}]].|That record, run at {town} in [[{b}]], still "
     "stands."),
    ("bypass_opened", "us", "abbr", False,
     "The {town} bypass opened to traffic on [[{a}]].|Traffic on the high street fell by a third after the "
     "bypass opened on [[{b}]], council figures show."),
    ("recall", "my", "early", False,
     "The [[{a}]] recall of forty thousand {firm} kettles followed reports of overheating.|The recall, which "
     "began in [[{b}]], cost the company more than it earned that year."),
    ("collapse", "th", "us", True,
     "The collapse of the {town} footbridge on [[{a}]] injured eleven people.|An inquest heard that the "
     "collapse, on [[{b}]], followed weeks of heavy rain."),
    ("ceasefire", "my", "y", False,
     "The ceasefire agreed in [[{a}]] between the government and the rebels collapsed amid mutual "
     "recriminations.|Monitors who oversaw the [[{b}]] ceasefire, brokered by {country2}, said both sides had "
     "rearmed within weeks."),
]

RESTATED_DIFF_SPECS = [
    ("convicted_conviction", "ap", "us", False,
     "A jury convicted {p} of fraud on [[{a}]].|{ps}'s lawyers lodged an appeal within days of the conviction, "
     "handed down on [[{b}]]."),
    ("bought_purchase", "my", "y", False,
     "{firm} bought {firm2} in [[{a}]] for an undisclosed sum.|Former employees say little changed after the "
     "[[{b}]] purchase."),
    ("discovered_find", "y", "my", False,
     "Divers from {town} discovered the wreck of the {ship} in [[{a}]].|{p}, who led the team, called the find, "
     "made in [[{b}]], \"the dive of a lifetime\"."),
    ("recalled_recall", "my", "my", True,
     "{firm} recalled some forty thousand toasters in [[{a}]] after reports of overheating.|The recall, which "
     "began in [[{b}]], is expected to cost the company dear."),
    ("died_death", "us", "my", False,
     "{p}, the founder of {firm}, died in {town} on [[{a}]].|Since {ps}'s death in [[{b}]], the company has "
     "been run by a family trust."),
    ("elected_victory", "y", "y", False,
     "{p} was elected mayor of {town} in [[{a}]].|The [[{b}]] victory made {ps} the first candidate from "
     "outside the two main parties to hold the post."),
    ("earthquake_tremor", "uk", "ap", False,
     "An earthquake struck {town} on [[{a}]], toppling church spires across the valley.|Survivors of the "
     "tremor, which hit on [[{b}]], gathered at the cathedral for a memorial service."),
    ("sank_sinking", "th", "y", False,
     "The ferry {ship} sank off {town} on [[{a}]] with the loss of 41 lives.|Relatives of those lost in the "
     "[[{b}]] sinking have campaigned for a public inquiry."),
    ("resigned_departure", "my", "mid", False,
     "{p} resigned as chief executive of {firm} in [[{a}]].|Shares rose sharply on news of {ps}'s departure, "
     "which was announced in [[{b}]]."),
    ("pact_agreement", "y", "us", False,
     "The [[{a}]] fishing pact between {country} and {country2} set quotas for the northern banks.|Under the "
     "agreement, signed on [[{b}]], trawlers from both countries may fish the disputed waters."),
    ("premiere_opened", "abbr", "ap", True,
     "The musical had its premiere at the {town} Playhouse on [[{a}]].|Critics were unkind when the show "
     "opened on [[{b}]], but audiences kept coming."),
    ("walkout_strike", "iso", "uk", False,
     "Nurses at {town} General Hospital staged a walkout on [[{a}]] over unpaid overtime.|The strike, held on "
     "[[{b}]], was the first in the hospital's history."),
    ("blaze_fire", "of", "my", False,
     "A blaze tore through the {town} textile mill on [[{a}]].|Fire investigators blamed the [[{b}]] fire on "
     "faulty wiring in a storeroom."),
    ("crashed_accident", "us", "dot", False,
     "A light aircraft crashed in a field near {town} on [[{a}]], killing the pilot.|Accident investigators "
     "said the accident on [[{b}]] was caused by fuel starvation."),
    ("ruling_judgment", "uk", "abbr_uk", False,
     "The Supreme Court's ruling in {ps} v {town} Borough Council came on [[{a}]].|Housing lawyers said the "
     "judgment, issued on [[{b}]], would affect thousands of tenants."),
    ("launched_debut", "my", "autumn", False,
     "{firm} launched its first electric van in [[{a}]].|Sales were slow after the model's debut in [[{b}]], "
     "dealers said."),
    ("first_run_inaugural", "y", "y", False,
     "The {town} marathon was first run in [[{a}]].|It was the idea of {p}, who staged the inaugural race in "
     "[[{b}]] on a budget of a few hundred pounds."),
    ("took_office_appointment", "ap", "my", False,
     "{p} took office as governor of the central bank on [[{a}]].|In the months after {ps}'s appointment in "
     "[[{b}]], the bank cut rates three times."),
    ("decommissioned_switched_off", "y", "summer", False,
     "The {town} lighthouse was decommissioned in [[{a}]].|The coastguard switched its lamp off for the last "
     "time in [[{b}]], and the keeper's cottage was sold."),
    ("broke_out_outbreak", "my", "y", False,
     "Cholera broke out in the camp outside {town} in [[{a}]].|Health officials traced the [[{b}]] outbreak to "
     "a contaminated well."),
    ("cleared_acquittal", "us", "uk", True,
     "{p} was cleared of all charges on [[{a}]].|Since the acquittal on [[{b}]], {ps} has sued the police for "
     "wrongful arrest."),
    ("reshuffle_rearranged", "my", "y", False,
     "The cabinet reshuffle of [[{a}]] brought {p} into government.|{ps} was handed the transport brief when "
     "the prime minister rearranged the front bench in [[{b}]]."),
]


# --- order_violation ----------------------------------------------------------

def _order(name: str, code_e: str, code_l: str, wording: str, same_year: bool = False) -> Template:
    """``e``: the event the text puts first, dated after ``l``, the event it puts second."""

    def build(rng: random.Random) -> tuple[list[str], Facts]:
        values: dict[str, Any] = _cast(rng)
        claimed_first = _random_day(rng, datetime.date(1975, 1, 1), datetime.date(2015, 12, 31))
        if same_year:  # both at least month-precise: an earlier month of the same year
            claimed_first = claimed_first.replace(month=rng.randint(2, 12), day=rng.randint(1, 28))
            claimed_second = datetime.date(claimed_first.year, rng.randint(1, claimed_first.month - 1),
                                           rng.randint(1, 28))
        else:
            back = rng.randint(1, 5)
            claimed_second = _random_day(rng, datetime.date(claimed_first.year - back, 1, 1),
                                         datetime.date(claimed_first.year - back, 12, 31))
        values.update(e=_write(code_e, claimed_first), l=_write(code_l, claimed_second))
        return _sentences(wording, values), {"earlier": _side(code_e, claimed_first),
                                             "later": _side(code_l, claimed_second)}

    return _template(name, build)


ORDER_SPECS = [
    ("b20_order_aftermath_summit", "y", "y", False,
     "The accord was signed in [[{l}]], in the aftermath of the [[{e}]] summit in {town}."),
    ("b20_order_following_merger", "my", "y", False,
     "Following the merger of {firm} and {firm2} in [[{e}]], the combined group cut six hundred jobs in "
     "[[{l}]]."),
    ("b20_order_retired_before_title", "us", "my", False,
     "{p} retired from international football on [[{e}]], before winning a last league title with {team} in "
     "[[{l}]]."),
    ("b20_order_promotion_after_scare", "y", "y", False,
     "{team} won promotion in [[{l}]], after a relegation scare in the [[{e}]] season."),
    ("b20_order_sea_wall_well_before", "my", "uk", False,
     "The council approved a new sea wall for {town} in [[{e}]], well before the floods of [[{l}]] exposed its "
     "defences."),
    ("b20_order_subsequently_trialled", "y", "mid", False,
     "The drug was licensed by regulators in [[{e}]] and was subsequently tested on patients at {uni} in "
     "[[{l}]]."),
    ("b20_order_wake_of_breach", "ap", "my", False,
     "In the wake of the data breach disclosed on [[{e}]], {firm} hired a new head of security in [[{l}]]."),
    ("b20_order_only_after_ceasefire", "my", "my", True,
     "Only after the ceasefire of [[{e}]] did refugees begin returning to {town}, in [[{l}]]."),
    ("b20_order_by_the_time_layoffs", "late", "y", False,
     "By the time the {town} factory closed in [[{l}]], its workforce had already been halved by the layoffs of "
     "[[{e}]]."),
    ("b20_order_stadium_after_demolition", "th", "y", False,
     "The new stadium was built in [[{l}]] after the old ground was demolished on [[{e}]]."),
    ("b20_order_killing_followed_row", "uk", "abbr_uk", True,
     "Detectives said the killing in {town} on [[{l}]] followed a row in a pub car park on [[{e}]]."),
    ("b20_order_inquiry_long_after", "my", "end", False,
     "It was [[{l}]] before the public inquiry reported, long after the inquest had closed in [[{e}]]."),
    ("b20_order_earlier_sacked", "my", "my", False,
     "{p} was appointed head coach of {team} in [[{l}]].|Earlier, in [[{e}]], the club had sacked the previous "
     "coach after a run of nine defeats."),
    ("b20_order_album_after_sessions", "summer", "my", False,
     "The album, released in [[{l}]], came after recording sessions in {town} that ran through [[{e}]]."),
    ("b20_order_traffic_once_reopened", "us", "ap", True,
     "Traffic returned to the high street on [[{l}]], once the bridge had reopened on [[{e}]]."),
    ("b20_order_paved_the_way", "y", "y", False,
     "The referendum of [[{e}]] paved the way for the constitutional reform passed by parliament in "
     "[[{l}]]."),
    ("b20_order_having_left", "my", "y", False,
     "{p} joined {firm} in [[{l}]], having left {firm2} in [[{e}]] after a boardroom dispute."),
    ("b20_order_hurricane_rebuilding", "my", "early", False,
     "Rebuilding began in [[{l}]], after Hurricane {storm} flattened the waterfront at {town} in [[{e}]]."),
    ("b20_order_preceded_by", "y", "my", False,
     "The general strike of [[{l}]] was preceded by a wave of factory occupations in [[{e}]]."),
    ("b20_order_force_once_ratified", "y", "us", False,
     "The treaty came into force on [[{l}]], only once the last of the signatories had ratified it in "
     "[[{e}]]."),
    ("b20_order_since_takeover_closures", "my", "my", False,
     "Since its takeover by {firm2} in [[{e}]], {firm} has closed eleven branches, starting with {town} in "
     "[[{l}]]."),
    ("b20_order_in_response_to", "y", "my", False,
     "The ban on night flights, introduced in [[{l}]], came in response to a flood of noise complaints in "
     "[[{e}]]."),
    ("b20_order_trial_began_ended", "dot", "dot", False,
     "The vaccine trial began on [[{e}]] and only ended on [[{l}]], researchers at {uni} said."),
    ("b20_order_sworn_in_following", "ap", "abbr", True,
     "{p} was sworn in as president on [[{l}]], following victory in the run-off of [[{e}]]."),
]


# --- publication_anachronism --------------------------------------------------

def _anachronism(name: str, code: str, relative: str | None, wording: str) -> Template:
    def build(rng: random.Random) -> tuple[list[str], Facts]:
        values: dict[str, Any] = _cast(rng)
        if relative is None:  # a past-tense event dated well after publication
            first = datetime.date(2018 if code not in MONTH_OR_FINER else 2017, 1 if code not in MONTH_OR_FINER
                                  else 7, 1)
            day = _random_day(rng, first, datetime.date(2025, 12, 31))
        elif rng.random() < 0.6:  # a recent-past expression pinned years before publication
            day = _random_day(rng, datetime.date(1996, 1, 1), datetime.date(2012, 12, 31))
        else:  # ... or years after it
            day = _random_day(rng, datetime.date(2020, 1, 1), datetime.date(2025, 12, 31))
        values.update(date=_write(code, day), rel=relative)
        return _sentences(wording, values), {"date": _write(code, day), "relative": relative}

    return _template(name, build)


ANACHRONISM_SPECS = [
    ("b20_anachronism_takeover_completed", "us", None,
     "{firm} completed its takeover of {firm2} on [[{date}]], the companies said in a joint statement."),
    ("b20_anachronism_high_court_ruled", "uk", None,
     "The High Court ruled against the developers on [[{date}]], ending a six-year planning dispute."),
    ("b20_anachronism_museum_opened", "y", None,
     "The maritime museum in {town}, which opened in [[{date}]], attracts about two hundred thousand visitors a "
     "year."),
    ("b20_anachronism_storm_battered", "my", None,
     "Storm {storm} battered the coast in [[{date}]], leaving tens of thousands of homes without power."),
    ("b20_anachronism_obituary_ap", "ap", None,
     "{p}, who died [[{date}]], was remembered at a service in {town} attended by former teammates."),
    ("b20_anachronism_leader_elected", "mid", None,
     "{p} was elected leader of {party} in [[{date}]] after a bruising contest."),
    ("b20_anachronism_lease_quote", "th", None,
     "\"We signed the lease on [[{date}]] and moved in a week later,\" said {p}, the bakery's owner."),
    ("b20_anachronism_bail_iso", "iso", None,
     "Court records show the defendant was released on bail on [[{date}]]."),
    ("b20_anachronism_marathon_record", "abbr", None,
     "{p} broke the national marathon record on [[{date}]] in {town}."),
    ("b20_anachronism_pier_dismantled", "late", None,
     "The old pier at {town} was dismantled in [[{date}]], the harbour board said."),
    ("b20_anachronism_profit_warning", "of", None,
     "Shares in {firm} have lost a quarter of their value.|The slide began when the company issued a profit "
     "warning on [[{date}]]."),
    ("b20_anachronism_charge_sheet_dot", "dot", None,
     "According to the charge sheet, the offence was committed on [[{date}]] outside a nightclub."),
    ("b20_anachronism_yesterday_vote", "us", "yesterday",
     "The {town} council voted [[{rel}, {date}]], to close the central library."),
    ("b20_anachronism_last_week_arrests", "uk", "last week",
     "Two men were arrested [[{rel}]], on [[{date}]], in connection with the burglary at {firm}'s warehouse."),
    ("b20_anachronism_this_morning_ferries", "abbr_uk", "this morning",
     "Ferry services to the islands resumed [[{rel}]] ([[{date}]]) after a three-day strike."),
    ("b20_anachronism_earlier_this_month_recall", "ap", "Earlier this month",
     "[[{rel}]], on [[{date}]], {firm} recalled every vehicle built at its {town} plant."),
    ("b20_anachronism_last_night_blaze", "th", "last night",
     "Firefighters were called to the blaze [[{rel}]], [[{date}]], shortly after ten o'clock."),
    ("b20_anachronism_two_days_ago_discharged", "us", "two days ago",
     "{p} was discharged from hospital [[{rel}]], on [[{date}]], a family spokesman said."),
    ("b20_anachronism_last_month_rates", "my", "last month",
     "The central bank raised its main interest rate [[{rel}]], in [[{date}]], for the first time since the "
     "crisis."),
    ("b20_anachronism_last_year_relegated", "y", "last year",
     "{team} were relegated [[{rel}]] — in [[{date}]] — for the first time in their history."),
    ("b20_anachronism_earlier_today_verdict", "dot", "earlier today",
     "The verdict was read out [[{rel}]], [[{date}]], to a packed courtroom."),
    ("b20_anachronism_this_week_closure", "abbr", "this week",
     "The health minister confirmed the closure of the {town} maternity unit [[{rel}]], on [[{date}]]."),
    ("b20_anachronism_fortnight_dam", "uk", "a fortnight ago",
     "Work on the dam was halted [[{rel}]], on [[{date}]], after engineers found a crack in the spillway."),
    ("b20_anachronism_last_weekend_march", "us", "last weekend",
     "Thousands marched through {town} [[{rel}]], on [[{date}]], to protest against the planned open-cast "
     "mine."),
    ("b20_anachronism_earlier_this_week_plant", "iso", "earlier this week",
     "The refinery shut down [[{rel}]] (on [[{date}]]) for unscheduled maintenance, {firm} said."),
    ("b20_anachronism_last_summer_food_bank", "y", "last summer",
     "Volunteers opened the food bank in a disused chapel [[{rel}]], in the summer of [[{date}]]."),
    ("b20_anachronism_three_days_ago_missing", "ap", "three days ago",
     "{p} went missing [[{rel}]], on [[{date}]], after leaving a pub in {town}, police said."),
    ("b20_anachronism_this_afternoon_jury", "of", "this afternoon",
     "\"The jury retired [[{rel}]], on [[{date}]], and we expect nothing before the weekend,\" the clerk "
     "said."),
]


# --- duration_arithmetic ------------------------------------------------------

def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def _whole_weeks(start: datetime.date, end: datetime.date) -> int:
    return (end - start).days // 7


def _days(start: datetime.date, end: datetime.date) -> int:
    return (end - start).days


_ELAPSED: dict[str, Callable[[datetime.date, datetime.date], int]] = {
    "years": _whole_years, "months": _whole_months, "weeks": _whole_weeks, "days": _days}

_DIGITS = list(range(2, 121))
_SMALL_WORDS = list(range(2, 21))


def _stated(rng: random.Random, pool: list[int], lowest: int, highest: int, offset: int) -> int | None:
    """A number from ``pool`` at least six units outside [lowest, highest] (after ``offset``), near if possible."""
    far = [n for n in pool if n + offset <= lowest - 6 or n + offset >= highest + 6]
    if not far:
        return None
    window = 6 + max(6, highest // 3)
    near = [n for n in far if min(abs(n + offset - lowest), abs(n + offset - highest)) <= window]
    return rng.choice(near or far)


def _duration(name: str, unit: str, code_start: str, code_end: str | None, gap: tuple[int, int], wording: str,
              pool: list[int] | None = None, render: str = "digits", offset: int = 0) -> Template:
    """``gap`` in days between the start and the end (the publication date when ``code_end`` is None)."""
    numbers = pool if pool is not None else (_SMALL_WORDS if render == "words" else _DIGITS)

    def build(rng: random.Random) -> tuple[list[str], Facts]:
        values: dict[str, Any] = _cast(rng)
        for _ in range(1000):
            days = rng.randint(*gap)
            if code_end is None:
                end = PUBLISHED
                start = end - datetime.timedelta(days=days)
                end_low = end_high = PUBLISHED
            else:
                start = _random_day(rng, datetime.date(1955, 1, 1), datetime.date(2015, 12, 31))
                end = start + datetime.timedelta(days=days)
                if end.year > 2015:
                    continue
                end_low, end_high = _span(code_end, end)
            if start.year > 2015 or start.year < 1920:
                continue
            if code_start in YEARLESS and start.year != end.year:
                continue
            start_low, start_high = _span(code_start, start)
            if start_high > end_low:
                continue
            lowest = _ELAPSED[unit](start_high, end_low) - 1
            highest = _ELAPSED[unit](start_low, end_high) + 1
            value = _stated(rng, numbers, lowest, highest, offset)
            if value is not None:
                break
        else:  # pragma: no cover - the gaps below always leave room
            raise AssertionError(name)
        if render == "words":
            stated = WORDS[value]
        elif render == "ordinal":
            stated = _th(value)
        elif render == "phrase":
            stated = {50: "half a century", 100: "centenary", 10: "a decade", 14: "a fortnight"}[value]
        else:
            stated = str(value)
        values.update(n=stated, start=_write(code_start, start),
                      end=_write(code_end, end) if code_end is not None else "")
        facts = {"stated": stated, "value": value, "unit": unit, "offset": offset,
                 "start": _side(code_start, start),
                 "end": _side(code_end, end) if code_end is not None else None}
        return _sentences(wording, values), facts

    return _template(name, build)


_Y = 365
DURATION_SPECS: list[tuple[str, dict[str, Any]]] = [
    ("b20_duration_founded_years_ago", dict(
        unit="years", code_start="y", code_end=None, gap=(30 * _Y, 70 * _Y),
        wording="{firm} was founded in [[{start}]], [[{n} years ago]], by a former shipyard apprentice.")),
    ("b20_duration_summit_days_words", dict(
        unit="days", code_start="md", code_end="us", gap=(13, 26), render="words",
        wording="The [[{n}-day]] summit, which ran from [[{start}]] to [[{end}]], ended without a joint "
                "communique.")),
    ("b20_duration_age_when_elected", dict(
        unit="years", code_start="us", code_end="us", gap=(25 * _Y, 70 * _Y), pool=list(range(18, 96)),
        wording="{p}, who was born on [[{start}]], was [[{n} years old]] when elected mayor of {town} on "
                "[[{end}]].")),
    ("b20_duration_lifeboat_half_century", dict(
        unit="years", code_start="y", code_end=None, gap=(18 * _Y, 36 * _Y), pool=[50], render="phrase",
        wording="The {town} lifeboat station, opened in [[{start}]], has now served the coast for [[half a "
                "century]].")),
    ("b20_duration_club_centenary", dict(
        unit="years", code_start="y", code_end="y", gap=(40 * _Y, 80 * _Y), pool=[100], render="phrase",
        wording="{team} celebrated their [[{n}]] in [[{end}]], having been formed by railway workers in "
                "[[{start}]].")),
    ("b20_duration_decade_as_chair", dict(
        unit="years", code_start="my", code_end="my", gap=(19 * _Y, 32 * _Y), pool=[10], render="phrase",
        wording="{p} stepped down in [[{end}]] after [[{n}]] as chair of {firm}, a post held since "
                "[[{start}]].")),
    ("b20_duration_strike_fortnight", dict(
        unit="days", code_start="uk", code_end="uk", gap=(35, 70), pool=[14], render="phrase",
        wording="The strike lasted [[{n}]], from [[{start}]] until [[{end}]].")),
    ("b20_duration_trial_weeks", dict(
        unit="weeks", code_start="ap", code_end="ap", gap=(70, 300),
        wording="The [[{n}-week]] trial opened on [[{start}]] and ended with guilty verdicts on [[{end}]].")),
    ("b20_duration_siege_months", dict(
        unit="months", code_start="my", code_end="my", gap=(2 * _Y, 5 * _Y),
        wording="The [[{n}-month]] siege of {town}, which began in [[{start}]], was lifted in [[{end}]].")),
    ("b20_duration_landings_anniversary", dict(
        unit="years", code_start="y", code_end="us", gap=(25 * _Y, 60 * _Y), render="ordinal",
        wording="Veterans gathered in {town} on [[{end}]] to mark the [[{n}]] anniversary of the landings of "
                "[[{start}]].")),
    ("b20_duration_obituary_age_at_death", dict(
        unit="years", code_start="y", code_end="uk", gap=(40 * _Y, 90 * _Y), pool=list(range(20, 106)),
        wording="{p}, born in [[{start}]], died on [[{end}]] at the age of [[{n}]].")),
    ("b20_duration_senate_years_words", dict(
        unit="years", code_start="y", code_end="y", gap=(27 * _Y, 45 * _Y), render="words",
        wording="{p} spent [[{n} years]] in the Senate, from [[{start}]] to [[{end}]].")),
    ("b20_duration_mine_closed_ago", dict(
        unit="years", code_start="my", code_end=None, gap=(10 * _Y, 50 * _Y),
        wording="The colliery closed in [[{start}]], some [[{n} years ago]], and the village has shrunk ever "
                "since.")),
    ("b20_duration_rescue_days_after", dict(
        unit="days", code_start="md", code_end="us", gap=(20, 60),
        wording="Rescuers reached the trapped miners on [[{end}]], [[{n} days]] after the roof fall of "
                "[[{start}]].")),
    ("b20_duration_married_quote", dict(
        unit="years", code_start="y", code_end=None, gap=(20 * _Y, 60 * _Y),
        wording="\"We've been married [[{n} years]] now,\" said {p}, who wed {p2} in {town} in [[{start}]].")),
    ("b20_duration_outage_iso", dict(
        unit="days", code_start="iso", code_end="iso", gap=(25, 90),
        wording="Service logs show the outage lasted from [[{start}]] to [[{end}]], a period the company "
                "described as [[{n} days]].")),
    ("b20_duration_contract_months_dot", dict(
        unit="months", code_start="dot", code_end="dot", gap=(2 * _Y, 4 * _Y),
        wording="The contract, running from [[{start}]] to [[{end}]], was described in the tender as a "
                "[[{n}-month]] engagement.")),
    ("b20_duration_festival_edition_offset", dict(
        unit="years", code_start="y", code_end="y", gap=(15 * _Y, 45 * _Y), render="ordinal", offset=-1,
        wording="The [[{n}]] edition of the {town} Film Festival, held in [[{end}]], drew record crowds to an "
                "event first staged in [[{start}]].")),
    ("b20_duration_defendant_age_now", dict(
        unit="years", code_start="us", code_end=None, gap=(20 * _Y, 60 * _Y), pool=list(range(14, 96)),
        wording="{p}, [[{n}]], was born on [[{start}]] in {town}, according to the charge sheet.")),
    ("b20_duration_dock_strike_weeks_words", dict(
        unit="weeks", code_start="uk", code_end="uk", gap=(30 * 7, 60 * 7), render="words",
        wording="After [[{n} weeks]] on strike — from [[{start}]] to [[{end}]] — the dockers voted to go back "
                "to work.")),
    ("b20_duration_coach_since", dict(
        unit="years", code_start="y", code_end=None, gap=(20 * _Y, 40 * _Y),
        wording="{p} has coached {team} since [[{start}]], a spell of [[{n} years]].")),
    ("b20_duration_year_old_champion", dict(
        unit="years", code_start="of", code_end="of", gap=(16 * _Y, 40 * _Y), pool=list(range(12, 61)),
        wording="The [[{n}-year-old]] {p} became world champion on [[{end}]], having been born on "
                "[[{start}]].")),
    ("b20_duration_bridge_closed_months", dict(
        unit="months", code_start="us", code_end="us", gap=(2 * _Y, 4 * _Y),
        wording="The suspension bridge was closed for [[{n} months]] between [[{start}]] and [[{end}]] while "
                "its cables were replaced.")),
    ("b20_duration_last_tram_words", dict(
        unit="years", code_start="y", code_end=None, gap=(30 * _Y, 60 * _Y), render="words",
        wording="The last tram ran through {town} in [[{start}]], [[{n} years ago]].")),
    ("b20_duration_tenure_year_hyphen", dict(
        unit="years", code_start="ap", code_end="ap", gap=(25 * _Y, 45 * _Y),
        wording="{p}'s [[{n}-year]] tenure at {uni} began on [[{start}]] and ended with retirement on "
                "[[{end}]].")),
    ("b20_duration_festival_billed_days", dict(
        unit="days", code_start="dm", code_end="uk", gap=(14, 30), render="words",
        wording="Organisers billed it as a [[{n}-day]] festival, but the gates stayed open from [[{start}]] "
                "until [[{end}]].")),
    ("b20_duration_atlantic_crossing", dict(
        unit="days", code_start="abbr_uk", code_end="abbr_uk", gap=(40, 90),
        wording="The yacht crossed the Atlantic in [[{n} days]], leaving {town} on [[{start}]] and making "
                "landfall on [[{end}]].")),
    ("b20_duration_youngest_survivor_words", dict(
        unit="years", code_start="us", code_end="us", gap=(2 * _Y, 8 * _Y), render="words",
        wording="The youngest survivor, born on [[{start}]], was just [[{n}]] when the ferry {ship} went down "
                "on [[{end}]].")),
    ("b20_duration_fraud_took_years", dict(
        unit="years", code_start="my", code_end="my", gap=(12 * _Y, 30 * _Y),
        wording="It took [[{n} years]] to bring the case to trial: the fraud was uncovered in [[{start}]] and "
                "the hearing opened in [[{end}]].")),
    ("b20_duration_years_in_business", dict(
        unit="years", code_start="y", code_end="th", gap=(30 * _Y, 70 * _Y),
        wording="The company marked [[{n} years]] in business on [[{end}]]; it had opened its first shop in "
                "{town} in [[{start}]].")),
    ("b20_duration_last_spoke_weeks_ago", dict(
        unit="weeks", code_start="us", code_end=None, gap=(90 * 7, 200 * 7),
        wording="{p} last spoke to relatives on [[{start}]], [[{n} weeks ago]], and has not been seen since.")),
    ("b20_duration_construction_delays", dict(
        unit="years", code_start="mid", code_end="late", gap=(14 * _Y, 30 * _Y),
        wording="Construction of the {town} ring road began in [[{start}]] and was finished in [[{end}]], "
                "after [[{n} years]] of delays.")),
]


BLIND20_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": [_weekday(name, code, style, wording) for name, code, style, wording in WEEKDAY_SPECS],
    "impossible_date": [_impossible(name, code, wording, leap) for name, code, leap, wording in IMPOSSIBLE_SPECS],
    "restated_event": (
        [_restated(f"b20_restated_same_{name}", a, b, wording, same) for name, a, b, same, wording
         in RESTATED_SAME_SPECS]
        + [_restated(f"b20_restated_diff_{name}", a, b, wording, same) for name, a, b, same, wording
           in RESTATED_DIFF_SPECS]),
    "order_violation": [_order(name, e, l, wording, same) for name, e, l, same, wording in ORDER_SPECS],
    "publication_anachronism": [_anachronism(name, code, relative, wording)
                                for name, code, relative, wording in ANACHRONISM_SPECS],
    "duration_arithmetic": [_duration(name, **spec) for name, spec in DURATION_SPECS],
}
