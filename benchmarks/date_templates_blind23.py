"""``blind23``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind23`` templates.  Written on 2026-11-23 (09:10-09:40 UTC, by `date -u`)
# by a helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how news copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, any tests/test_date*
# file other than tests/test_date_templates_independent.py), features/,
# docs/, the README or benchmarks/results/.  Base commit, taken with ``git
# rev-parse HEAD`` (``git log`` was never run):
# 84df57d5cbe84df21393b5cfa84794f28ab25dc4.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind23`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (lines 42-60); lines 1-120 of benchmarks/date_templates_blind22.py
# (its header comment, imports, name lists and first helpers, as a model of
# the header and conventions -- none of its templates; its names were not
# reused); in benchmarks/date_conflicts.py only line 76 (the blind22 import)
# and line 2577 (the line of ``INDEPENDENT_SETS`` holding the blind22 entry).
# Seen by accident: printing lines 42-60 of tests/conftest.py ran past
# ``load_benchmark`` into the start of ``date_conflicts`` (its signature,
# docstring, an import of ``analyse_dates`` from
# ``reliability.features.temporal`` and a list comprehension collecting each
# conflict's kind and span texts); the git worktree command printed the
# subject line of the base commit (an ``errors:`` refactor of
# ``ArticleTypeError.check_collection``).  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind23``) and a throwaway
# script applying the shared checks over 1,000+ seeds per template (with a
# six-unit duration margin), never through the detector;
# benchmarks/date_conflicts.py was not run (only byte-compiled after adding
# one import line and one ``INDEPENDENT_SETS`` entry).
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to tune the detector or its lexicons.  Every template is used:
# ``--split blind23``.
#
# Conventions.  A template is a ``Callable[[random.Random], list[str]]``
# (1-3 sentences) named ``b23_<kind>_...`` with a ``facts(rng)`` attribute
# returning the same sentences and the date expressions, as written, that make
# the conflict.  Each template seeds its own ``random.Random`` from its name
# and 64 bits drawn from the caller's rng.  Every side of a conflict is marked
# with [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated 2018-2025; relative expressions are pinned to 1994-2012 or 2020-2025.
# Other kinds keep their dates in 1850-2015, name no weekday outside the
# weekday templates and use no relative expression.  Stated counts miss every
# defensible count by at least six units; all duration offsets are 0.  In
# order-violation facts ``earlier`` is the event the text says came first (it
# carries the later date).  Restated templates are ``b23_restated_same_*``
# (one head word twice) or ``b23_restated_diff_*`` (verb against noun,
# synonym, pronoun, a name, a description).  Extra relative expressions
# beyond the shared list: ``EXTRA_ANCHORS``.  All people, places, firms,
# clubs, ships and countries are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]

PUBLISHED = datetime.date(2016, 9, 27)
#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "last summer", "five days ago",
                           "earlier this year", "last christmas"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

FIRST_F = ["Ottoline", "Fenella", "Ingrith", "Adaeze", "Marisol", "Wilhelmina", "Perpetua", "Zdenka"]
FIRST_M = ["Baptiste", "Radomir", "Cosmo", "Lucan", "Tobiah", "Esko", "Jory", "Alaric"]
LAST = ["Crabtree-Hale", "Vanterpool", "Okonjo-Bell", "Marchetti", "Wrenfield", "Haverlock", "Suvanto",
        "Pritchard", "Kestleman", "Drummond-Vey", "Ellery", "Achterberg", "Blackwood", "Nakamura-Finch"]
TOWNS = ["Pellbridge", "Corvanton", "Dunmallow", "Eskerby", "Ferrisport", "Glenquarry", "Hollinsend",
         "Kilbrannock", "Saltcombe Regis", "Wendle Cross"]
FIRMS = ["Larchmont Freight", "Quillon Biotech", "Ravensmere Steel", "Hobb & Carrow", "Tidewell Energy",
         "Cobalt Reach Mining", "Marlow Glassworks", "Fieldfare Airways"]
CLUBS = ["Pellbridge Town", "Corvanton Harriers", "Eskerby City", "Dunmallow Rangers", "Ferrisport Athletic",
         "Glenquarry Thistle"]
NATIONS = ["Morvania", "Calvoria", "Drevnia", "Lusmeria", "Quarenna", "Ostravel"]
SHIPS = ["Merlin's Daughter", "Corvanton Star", "Grey Heron", "Lady Ingrith", "Northern Lantern"]
BRIDGES = ["Kestrel Bridge", "Weaver's Crossing", "Dunmallow Viaduct", "Tollhouse Bridge"]


def _seeded(name: str, rng: random.Random) -> random.Random:
    return random.Random(f"{name}:{rng.getrandbits(64)}")


def _people(r: random.Random) -> dict[str, str]:
    first = [r.choice(FIRST_F)] + r.sample(FIRST_M, 2)  # A is a woman, B and P are men
    last = r.sample(LAST, 3)
    towns = r.sample(TOWNS, 2)
    return {"A": f"{first[0]} {last[0]}", "a": last[0], "B": f"{first[1]} {last[1]}", "b": last[1],
            "P": f"{first[2]} {last[2]}", "p": last[2], "T": towns[0], "T2": towns[1], "F": r.choice(FIRMS),
            "C": r.choice(CLUBS), "N": r.choice(NATIONS), "S": r.choice(SHIPS), "Br": r.choice(BRIDGES)}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day(r: random.Random, lo: int = 1960, hi: int = 2015) -> datetime.date:
    start = datetime.date(lo, 1, 1).toordinal()
    return datetime.date.fromordinal(r.randint(start, datetime.date(hi, 12, 31).toordinal()))


def us(d: datetime.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def ap(d: datetime.date) -> str:
    return f"{AP[d.month - 1]} {d.day}, {d.year}"


def br(d: datetime.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def iso(d: datetime.date) -> str:
    return d.isoformat()


def ordl(d: datetime.date) -> str:
    return f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}, {d.year}"


def sh(d: datetime.date) -> str:
    return f"{d.day} {SHORT[d.month - 1]} {d.year}"


def md(d: datetime.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def apmd(d: datetime.date) -> str:
    return f"{AP[d.month - 1]} {d.day}"


def my(d: datetime.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def _wrong(r: random.Random, d: datetime.date, names: list[str] = WD_FULL) -> str:
    return names[(d.weekday() + r.randint(1, 6)) % 7]


def _miss(r: random.Random, true: int, lo: int = 9, hi: int = 18, floor: int = 1) -> int:
    """A stated count at least ``lo`` away from ``true`` (coarse dates move the true count by at most three)."""
    gap = r.randint(lo, hi)
    if true - gap >= floor and r.random() < 0.5:
        return true - gap
    return true + gap


def M(text: object) -> str:
    return f"[[{text}]]"


WEEKDAY: list[Template] = []
IMPOSSIBLE: list[Template] = []
RESTATED: list[Template] = []
ORDER: list[Template] = []
ANACHRONISM: list[Template] = []
DURATION: list[Template] = []


def template(bucket: list[Template]) -> Callable[[Callable[..., tuple[list[str], Facts]]], Template]:
    def wrap(fn: Callable[..., tuple[list[str], Facts]]) -> Template:
        name = fn.__name__

        def facts(rng: random.Random) -> tuple[list[str], Facts]:
            r = _seeded(name, rng)
            return fn(r, _people(r))

        def run(rng: random.Random) -> list[str]:
            return facts(rng)[0]

        run.__name__ = run.__qualname__ = name
        run.facts = facts  # type: ignore[attr-defined]
        bucket.append(run)
        return run
    return wrap


# --- weekday_mismatch ---------------------------------------------------------

@template(WEEKDAY)
def b23_weekday_council_vote(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"{p['T']} councillors voted 7-4 on [[{w}, {us(d)}]] to close the branch library on Mill Lane."], \
        {"weekday": w, "date": us(d)}


@template(WEEKDAY)
def b23_weekday_sentencing_ap(r, p):
    d = _day(r); w = _wrong(r, d, WD_AP)
    return [f"{p['A']}, 34, was sentenced [[{w}]] [[{ap(d)}]] to six years for the warehouse fraud."], \
        {"weekday": w, "date": ap(d)}


@template(WEEKDAY)
def b23_weekday_title_clinched(r, p):
    d = _day(r, 1970); w = _wrong(r, d)
    return [f"{p['C']} clinched the league title on [[{w} {br(d)}]], beating {p['T2']} 2-1 in front of a full house."], \
        {"weekday": w, "date": br(d)}


@template(WEEKDAY)
def b23_weekday_obituary(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"{p['A']} died peacefully at home in {p['T']} on [[{w}, {ordl(d)}]], surrounded by family.",
            "A private funeral will be held."], {"weekday": w, "date": ordl(d)}


@template(WEEKDAY)
def b23_weekday_separate_sentence(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"The hearing at {p['T']} Magistrates' Court took place on [[{us(d)}]].",
            f"Court staff said it had been listed for a [[{w}]] because of a backlog."], {"weekday": w, "date": us(d)}


@template(WEEKDAY)
def b23_weekday_log_iso(r, p):
    d = _day(r, 1995); w = _wrong(r, d, WD_SHORT)
    return [f"The maintenance log shows the pump failing at 04:12 on [[{w} {iso(d)}]], hours before the leak was reported."], \
        {"weekday": w, "date": iso(d)}


@template(WEEKDAY)
def b23_weekday_morning_when(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"It was a [[{w}]] morning, [[{us(d)}]], when the first alarm sounded at the {p['T']} depot."], \
        {"weekday": w, "date": us(d)}


@template(WEEKDAY)
def b23_weekday_tuple_storm(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"The gale reached {p['T']} late on [[{w}, {md(d)}]], bringing down power lines across the valley.",
            f"It was the worst storm of [[{d.year}]], the Met Office said."], \
        {"weekday": w, "date": (md(d), d.year)}


@template(WEEKDAY)
def b23_weekday_letter_dated(r, p):
    d = _day(r, 1900, 2010); w = _wrong(r, d)
    text = f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    return [f"In a letter dated [[{w} {text}]], {p['A']} told the board she would not stand again."], \
        {"weekday": w, "date": text}


@template(WEEKDAY)
def b23_weekday_shares(r, p):
    d = _day(r, 1985); w = _wrong(r, d)
    return [f"Shares in {p['F']} fell 9 percent on [[{w}]], [[{ap(d)}]], after the company cut its forecast."], \
        {"weekday": w, "date": ap(d)}


@template(WEEKDAY)
def b23_weekday_wedding(r, p):
    d = _day(r, 1950, 2012); w = _wrong(r, d)
    return [f"{p['A']} and {p['B']} were married at St Aidan's, {p['T']}, on [[{w} {sh(d)}]].",
            "They had met at a dance the year before."], {"weekday": w, "date": sh(d)}


@template(WEEKDAY)
def b23_weekday_launch_ship(r, p):
    d = _day(r, 1880, 1990); w = _wrong(r, d)
    return [f"The {p['S']} slid down the slipway at {p['T']} on [[{w}, {br(d)}]], watched by thousands of shipyard families."], \
        {"weekday": w, "date": br(d)}


@template(WEEKDAY)
def b23_weekday_quote(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"\"I remember it exactly, it was [[{w}, {us(d)}]], and the whole street came out,\" said {p['A']}."], \
        {"weekday": w, "date": us(d)}


@template(WEEKDAY)
def b23_weekday_fixture_list(r, p):
    d = _day(r, 1990); w = _wrong(r, d)
    return [f"The replay against {p['C']} was fixed for [[{w} {ordl(d)}]] at a neutral ground."], \
        {"weekday": w, "date": ordl(d)}


@template(WEEKDAY)
def b23_weekday_arrest_police(r, p):
    d = _day(r, 1990); w = _wrong(r, d)
    return [f"Police said the man was arrested in the early hours of [[{w}]].",
            f"He was detained on [[{us(d)}]] near the {p['T']} bus station and later released on bail."], \
        {"weekday": w, "date": us(d)}


@template(WEEKDAY)
def b23_weekday_election_day(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"Polling stations across {p['N']} opened at 7 a.m. on [[{w}, {ap(d)}]], and turnout was brisk by midday."], \
        {"weekday": w, "date": ap(d)}


@template(WEEKDAY)
def b23_weekday_dotted(r, p):
    d = _day(r, 1995); w = _wrong(r, d)
    dotted = f"{d.day:02d}.{d.month:02d}.{d.year}"
    return [f"The contract, signed in {p['T']} on [[{w} {dotted}]], gave {p['F']} the rights to the quarry."], \
        {"weekday": w, "date": dotted}


@template(WEEKDAY)
def b23_weekday_birth_announcement(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"Born to {p['A']} and {p['B']}: a daughter, on [[{w}, {md(d)}, {d.year}]], weighing 7lb 2oz."], \
        {"weekday": w, "date": f"{md(d)}, {d.year}"}


@template(WEEKDAY)
def b23_weekday_diary_entry(r, p):
    d = _day(r, 1860, 1945); w = _wrong(r, d)
    return [f"The diary entry for [[{br(d)}]] is brief.",
            f"It reads only \"[[{w}]]. Rain all day, no post.\"",
            f"Historians in {p['T']} have transcribed every page."], {"weekday": w, "date": br(d)}


@template(WEEKDAY)
def b23_weekday_verdict_after(r, p):
    d = _day(r, 1980); w = _wrong(r, d)
    return [f"The jury returned its verdict at 3.15 p.m. on [[{w}]], [[{ordl(d)}]], after nine hours of deliberation."], \
        {"weekday": w, "date": ordl(d)}


@template(WEEKDAY)
def b23_weekday_concert(r, p):
    d = _day(r, 1965); w = _wrong(r, d, WD_AP)
    return [f"The band's last concert at the {p['T']} Corn Exchange, on [[{w} {ap(d)}]], sold out in an hour."], \
        {"weekday": w, "date": ap(d)}


@template(WEEKDAY)
def b23_weekday_fire_crews(r, p):
    d = _day(r); w = _wrong(r, d)
    return [f"Fire crews were called to the {p['F']} plant shortly after midnight on [[{us(d)}]].",
            f"That was a [[{w}]], when only a skeleton staff was on site."], {"weekday": w, "date": us(d)}


@template(WEEKDAY)
def b23_weekday_resignation(r, p):
    d = _day(r, 1975); w = _wrong(r, d)
    return [f"{p['A']} handed in her resignation as chief executive of {p['F']} on [[{w} the {_ordinal(d.day)} of {MONTHS[d.month - 1]}]], [[{d.year}]]."], \
        {"weekday": w, "date": (f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]}", d.year)}


@template(WEEKDAY)
def b23_weekday_marathon(r, p):
    d = _day(r, 1982); w = _wrong(r, d)
    return [f"{p['A']} won the {p['T']} marathon in 2:14:09 on [[{w}, {sh(d)}]], a course record."], \
        {"weekday": w, "date": sh(d)}


# --- impossible_date ------------------------------------------------------------

def _bad(r: random.Random, lo: int = 1950, hi: int = 2015) -> tuple[int, int, int]:
    """(year, month, day) that the calendar lacks: day 31 of a 30-day month, Feb 30/31, or Feb 29 off leap years."""
    year = r.randint(lo, hi)
    choice = r.random()
    if choice < 0.5:
        return year, r.choice([4, 6, 9, 11]), 31
    if choice < 0.8:
        return year, 2, r.choice([30, 31])
    while year % 4 == 0:
        year += 1
    return year, 2, 29


def _bad_any(r: random.Random) -> tuple[int, int]:
    """(month, day) impossible in every year."""
    if r.random() < 0.6:
        return r.choice([4, 6, 9, 11]), 31
    return 2, r.choice([30, 31])


@template(IMPOSSIBLE)
def b23_impossible_deed_signed(r, p):
    y, m, d = _bad(r)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    return [f"The deed transferring the mill to {p['F']} was signed on [[{text}]], according to the land registry."], \
        {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_ap_court(r, p):
    y, m, d = _bad(r, 1985)
    text = f"{AP[m - 1]} {d}, {y}"
    return [f"{p['A']} was first charged on [[{text}]], court papers show."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_british_match(r, p):
    y, m, d = _bad(r, 1970)
    text = f"{d} {MONTHS[m - 1]} {y}"
    return [f"{p['C']} last won at {p['T2']} on [[{text}]], when {p['B']} scored twice in the second half."], \
        {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_iso_record(r, p):
    y, m, d = _bad(r, 1995)
    text = f"{y}-{m:02d}-{d:02d}"
    return [f"The inspection record for the {p['Br']} lists the last structural survey as [[{text}]]."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_ordinal_words(r, p):
    m, d = _bad_any(r)
    word = "thirtieth" if d == 30 else "thirty-first"
    text = f"the {word} of {MONTHS[m - 1]}"
    return [f"Every year on [[{text}]] the village of {p['T']} holds its lantern procession."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_no_year_deadline(r, p):
    m, d = _bad_any(r)
    text = f"{MONTHS[m - 1]} {d}"
    return [f"Applicants were told the forms had to reach the {p['T']} planning office by [[{text}]].",
            "Dozens missed the cut-off."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_birth_obit(r, p):
    y, m, d = _bad(r, 1900, 1950)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    return [f"{p['A']} was born in {p['T']} on [[{text}]], the youngest of seven children."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_dotted(r, p):
    y, m, d = _bad(r, 1990)
    text = f"{d:02d}.{m:02d}.{y}"
    return [f"The invoice, dated [[{text}]], was for 4,200 tonnes of gravel that never arrived."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_ordinal_digits(r, p):
    y, m, d = _bad(r, 1900)
    text = f"the {_ordinal(d)} of {MONTHS[m - 1]}, {y}"
    return [f"The foundation stone of the {p['T']} Free Library was laid on [[{text}]] by the mayor."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_short_month(r, p):
    y, m, d = _bad(r, 1990)
    text = f"{d} {SHORT[m - 1]} {y}"
    return [f"Passenger manifest: {p['S']}, departed {p['T']} [[{text}]], 212 aboard."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_tuple_year_later(r, p):
    y = r.randint(1960, 2015)
    m, d = _bad_any(r)
    text = f"{MONTHS[m - 1]} {d}"
    return [f"The strike began at the {p['F']} plant in {y}.",
            f"Pickets first gathered at the gates on [[{text}]] of that year."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_quote(r, p):
    y, m, d = _bad(r, 1960)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    return [f"\"We opened the doors on [[{text}]] and never looked back,\" said founder {p['A']}."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_between(r, p):
    y, m, d = _bad(r, 1970)
    text = f"{AP[m - 1]} {d}, {y}"
    return [f"Between [[{text}]] and the end of that month, the reservoir at {p['T']} fell by a third."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_science(r, p):
    y, m, d = _bad(r, 1980)
    text = f"{d} {MONTHS[m - 1]} {y}"
    return [f"The comet was first photographed from the {p['T']} observatory on the night of [[{text}]].",
            f"{p['A']}, who took the plates, was 23."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_will(r, p):
    y, m, d = _bad(r, 1900, 2010)
    text = f"the {_ordinal(d)} day of {MONTHS[m - 1]}, {y}"
    return [f"The will, witnessed at {p['T']} on [[{text}]], left the farm to a nephew."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_contract_expiry(r, p):
    y, m, d = _bad(r, 1995)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    return [f"{p['B']}'s contract with {p['C']} ran until [[{text}]], the club confirmed in a statement."], \
        {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_recall(r, p):
    y, m, d = _bad(r, 2000)
    text = f"{y}-{m:02d}-{d:02d}"
    return [f"{p['F']} recalled cartons with a best-before date of [[{text}]] after a labelling error."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_flight(r, p):
    y, m, d = _bad(r, 1960)
    text = f"{AP[m - 1]} {d}, {y}"
    return [f"{p['N']}'s first commercial flight left the capital on [[{text}]], carrying 38 passengers."], \
        {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_minutes(r, p):
    y, m, d = _bad(r, 1950)
    text = f"{_ordinal(d)} {MONTHS[m - 1]} {y}"
    return [f"Minutes of the parish meeting held on [[{text}]] record a vote to sell the green."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_headline_style(r, p):
    m, d = _bad_any(r)
    text = f"{AP[m - 1]} {d}"
    return [f"The ferry service between {p['T']} and {p['T2']} resumes [[{text}]], operators said."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_plaque(r, p):
    y, m, d = _bad(r, 1860, 1950)
    text = f"{d} {MONTHS[m - 1]} {y}"
    return [f"A plaque on the {p['Br']} gives its opening as [[{text}]].",
            "Local historians have never questioned it."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_transfer_window(r, p):
    y, m, d = _bad(r, 1995)
    text = f"{d} {SHORT[m - 1]} {y}"
    return [f"Registration documents show {p['B']} joined {p['C']} on [[{text}]] on a three-year deal."], {"date": text}


@template(IMPOSSIBLE)
def b23_impossible_hospital(r, p):
    y, m, d = _bad(r, 1975)
    text = f"{MONTHS[m - 1]} {d}, {y}"
    return [f"Hospital records say {p['A']} was admitted on [[{text}]] with a fractured hip.",
            "She was discharged a week later."], {"date": text}


# --- restated_event -------------------------------------------------------------

def _years(r: random.Random, lo: int = 1900, hi: int = 2015) -> tuple[int, int]:
    first = r.randint(lo, hi - 2)
    second = first + r.choice([-1, 1]) * r.randint(2, 7)
    if not lo <= second <= hi:
        second = first + r.randint(2, hi - first) if first + 2 <= hi else first - r.randint(2, 7)
    return first, second


def _other_month(r: random.Random, d: datetime.date) -> datetime.date:
    month = (d.month - 1 + r.randint(2, 8)) % 12 + 1
    return datetime.date(d.year, month, min(d.day, 28))


@template(RESTATED)
def b23_restated_same_stadium_opened(r, p):
    y1, y2 = _years(r, 1950)
    return [f"The {p['T']} stadium opened in [[{y1}]] with a friendly against {p['C']}.",
            f"When the stadium opened in [[{y2}]], it held 14,000 people, most of them standing."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_same_treaty_signed(r, p):
    y1, y2 = _years(r, 1900)
    return [f"The Treaty of {p['T']}, signed in [[{y1}]], ended the border dispute between {p['N']} and its neighbour.",
            f"Historians note that the Treaty of {p['T']} was signed in [[{y2}]] only after two failed rounds of talks."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_same_born_exact(r, p):
    d1 = _day(r, 1920, 1980); d2 = _day(r, 1920, 1980)
    while abs(d1.year - d2.year) < 1 or d1 == d2:
        d2 = _day(r, 1920, 1980)
    return [f"{p['P']} was born on [[{us(d1)}]] in {p['T']}, the son of a ferryman.",
            f"He moved to {p['T2']} as a teenager.",
            f"Parish records say {p['p']} was born on [[{us(d2)}]]."], {"dates": [us(d1), us(d2)]}


@template(RESTATED)
def b23_restated_same_founded_firm(r, p):
    y1, y2 = _years(r, 1870)
    return [f"{p['F']} was founded in [[{y1}]] by two brothers from {p['T']}.",
            f"The company, founded in [[{y2}]], now employs 3,000 people."], {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_same_verdict_month(r, p):
    d1 = _day(r, 1980); d2 = _other_month(r, d1)
    return [f"The jury delivered its verdict in the {p['F']} case in [[{my(d1)}]], clearing both directors.",
            f"That verdict, delivered in [[{my(d2)}]], was upheld on appeal."], {"dates": [my(d1), my(d2)]}


@template(RESTATED)
def b23_restated_same_bridge_collapse(r, p):
    d1 = _day(r, 1950); d2 = _day(r, 1950)
    while d2.year == d1.year:
        d2 = _day(r, 1950)
    return [f"The {p['Br']} collapsed on [[{br(d1)}]], killing four people.",
            f"An inquiry into why the bridge collapsed on [[{br(d2)}]] blamed corroded cables."], \
        {"dates": [br(d1), br(d2)]}


@template(RESTATED)
def b23_restated_same_championship_final(r, p):
    y1, y2 = _years(r, 1950)
    return [f"{p['A']} won her only world championship in [[{y1}]].",
            f"Her only world championship, won in [[{y2}]], came after years of injury."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_same_first_ascent(r, p):
    y1, y2 = _years(r, 1890, 1990)
    return [f"The first ascent of the north face of Ben Corra was made by {p['P']} in [[the summer of {y1}]].",
            "A guide and a porter went with him.",
            f"That first ascent, in [[{y2}]], is commemorated by a cairn at the summit."], \
        {"dates": [f"the summer of {y1}", str(y2)]}


@template(RESTATED)
def b23_restated_same_died_ap(r, p):
    d1 = _day(r, 1960); d2 = _day(r, 1960)
    while d2.year == d1.year:
        d2 = _day(r, 1960)
    return [f"{p['A']}, the former mayor of {p['T']}, died [[{ap(d1)}]] at a hospice in {p['T2']}.",
            f"{p['a']}, who died [[{ap(d2)}]], is survived by two sons."], {"dates": [ap(d1), ap(d2)]}


@template(RESTATED)
def b23_restated_same_merger_completed(r, p):
    d1 = _day(r, 1985); d2 = _other_month(r, d1)
    return [f"The merger of {p['F']} and Haldane Paper was completed in [[{my(d1)}]].",
            f"Analysts said the merger, completed in [[{my(d2)}]], had saved 300 jobs."], \
        {"dates": [my(d1), my(d2)]}


@template(RESTATED)
def b23_restated_same_eruption_iso(r, p):
    d1 = _day(r, 1950); d2 = _day(r, 1950)
    while d2.year == d1.year:
        d2 = _day(r, 1950)
    return [f"Mount Askel last erupted on [[{iso(d1)}]], according to the {p['N']} geological survey.",
            f"Villagers in {p['T']} still talk about how the mountain last erupted on [[{iso(d2)}]]."], \
        {"dates": [iso(d1), iso(d2)]}


@template(RESTATED)
def b23_restated_same_appointed(r, p):
    y1, y2 = _years(r, 1960)
    return [f"{p['A']} was appointed headteacher of {p['T']} Grammar in [[{y1}]].",
            f"Colleagues say that when she was appointed headteacher in [[{y2}]] the school was close to closure."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_same_ship_sank(r, p):
    d1 = _day(r, 1880, 1990); d2 = _day(r, 1880, 1990)
    while d2.year == d1.year:
        d2 = _day(r, 1880, 1990)
    return [f"The trawler {p['S']} sank off {p['T']} on [[{ordl(d1)}]] with the loss of all nine crew.",
            f"Relatives gathered at the harbour wall to remember the {p['S']}, which sank on [[{ordl(d2)}]]."], \
        {"dates": [ordl(d1), ordl(d2)]}


@template(RESTATED)
def b23_restated_same_independence(r, p):
    y1, y2 = _years(r, 1900, 1995)
    return [f"{p['N']} declared independence in [[{y1}]].",
            f"Its economy grew quickly after it declared independence in [[{y2}]], and the capital tripled in size."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_same_debut_short(r, p):
    d1 = _day(r, 1980); d2 = _day(r, 1980)
    while d2.year == d1.year:
        d2 = _day(r, 1980)
    return [f"{p['B']} made his debut for {p['C']} on [[{sh(d1)}]] against {p['T2']}.",
            f"Stats: debut [[{sh(d2)}]]; 212 appearances; 41 goals."], {"dates": [sh(d1), sh(d2)]}


@template(RESTATED)
def b23_restated_same_closed_pit(r, p):
    y1, y2 = _years(r, 1950)
    return [f"The Hollin Moor colliery closed in [[{y1}]] after 90 years of mining.",
            f"In the years after the colliery closed in [[{y2}]], the village lost its school and both pubs."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_same_wedding_british(r, p):
    d1 = _day(r, 1950, 2010); d2 = _day(r, 1950, 2010)
    while d2.year == d1.year:
        d2 = _day(r, 1950, 2010)
    return [f"{p['A']} married {p['B']} on [[{br(d1)}]] at the register office in {p['T']}.",
            f"They had met at university in {p['T2']}.",
            f"Friends recall that when they married on [[{br(d2)}]] it snowed."], {"dates": [br(d1), br(d2)]}


@template(RESTATED)
def b23_restated_same_elected_mid(r, p):
    y1, y2 = _years(r, 1950)
    return [f"{p['P']} was first elected to parliament in [[mid-{y1}]] in a by-election.",
            f"Before he was first elected to parliament in [[{y2}]], he ran a haulage firm."], \
        {"dates": [f"mid-{y1}", str(y2)]}


@template(RESTATED)
def b23_restated_same_patent_granted(r, p):
    d1 = _day(r, 1900); d2 = _other_month(r, d1)
    return [f"The patent for the folding pram was granted to {p['A']} in [[{my(d1)}]].",
            f"Within a year of the patent being granted in [[{my(d2)}]], copies were on sale in three countries."], \
        {"dates": [my(d1), my(d2)]}


@template(RESTATED)
def b23_restated_same_fire_destroyed(r, p):
    d1 = _day(r, 1900); d2 = _day(r, 1900)
    while d2.year == d1.year:
        d2 = _day(r, 1900)
    return [f"Fire destroyed the {p['T']} Theatre Royal on the night of [[{us(d1)}]].",
            f"The fire that destroyed the Theatre Royal on [[{us(d2)}]] started in a dressing room, the inquest heard."], \
        {"dates": [us(d1), us(d2)]}


@template(RESTATED)
def b23_restated_same_record_set(r, p):
    y1, y2 = _years(r, 1960)
    return [f"{p['A']}'s national record of 8.21 metres, set in [[{y1}]], still stands.",
            f"No {p['N']} jumper has come within 20 centimetres of the record set in [[{y2}]]."], \
        {"dates": [str(y1), str(y2)]}


# different wording: verb vs noun, synonym, pronoun, a name, a description

@template(RESTATED)
def b23_restated_diff_born_birth(r, p):
    d1 = _day(r, 1920, 1990); d2 = _day(r, 1920, 1990)
    while d2.year == d1.year:
        d2 = _day(r, 1920, 1990)
    return [f"{p['A']} was born in {p['T']} on [[{us(d1)}]].",
            f"Her birth, on [[{us(d2)}]], was registered by her grandmother because her father was at sea."], \
        {"dates": [us(d1), us(d2)]}


@template(RESTATED)
def b23_restated_diff_opened_opening(r, p):
    y1, y2 = _years(r, 1900)
    return [f"The {p['Br']} opened to traffic in [[{y1}]].",
            f"Its opening in [[{y2}]] cut the journey from {p['T']} to {p['T2']} by an hour."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_pronoun_it(r, p):
    y1, y2 = _years(r, 1880, 2000)
    return [f"{p['T']}'s lifeboat station was built in [[{y1}]] with money raised by fishermen's widows.",
            f"It was built in [[{y2}]], according to the plaque over its door, and has launched 900 times."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_synonym_died_passed(r, p):
    d1 = _day(r, 1970); d2 = _day(r, 1970)
    while d2.year == d1.year:
        d2 = _day(r, 1970)
    return [f"{p['P']}, the founder of {p['F']}, passed away on [[{br(d1)}]].",
            f"The company lowered its flags after his death on [[{br(d2)}]]."], {"dates": [br(d1), br(d2)]}


@template(RESTATED)
def b23_restated_diff_storm_name(r, p):
    d1 = _day(r, 1980); d2 = _other_month(r, d1)
    name = r.choice(["Oriel", "Benedetta", "Lachlan", "Winifred"])
    return [f"Storm {name} struck {p['T']} in [[{my(d1)}]], flooding 300 homes.",
            f"Insurers paid out 40 million pounds after {name} hit the coast in [[{my(d2)}]]."], \
        {"dates": [my(d1), my(d2)]}


@template(RESTATED)
def b23_restated_diff_description_day(r, p):
    d1 = _day(r, 1950); d2 = _day(r, 1950)
    while d2.year == d1.year:
        d2 = _day(r, 1950)
    return [f"The {p['F']} plant in {p['T']} shut for good on [[{ap(d1)}]].",
            f"{p['B']}, a welder there for 31 years, said the day the plant shut, [[{ap(d2)}]], was the worst of his life."], \
        {"dates": [ap(d1), ap(d2)]}


@template(RESTATED)
def b23_restated_diff_signing_agreement(r, p):
    y1, y2 = _years(r, 1950)
    return [f"{p['N']} and its neighbour signed the Corra Water Accord in [[{y1}]].",
            f"Under the accord, which dates from [[{y2}]], each country may draw half the river's flow."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_retired_retirement(r, p):
    y1, y2 = _years(r, 1960)
    return [f"{p['P']} retired from {p['C']} in [[{y1}]] after 400 league games.",
            f"After his retirement in [[{y2}]] he coached the club's under-18 side for a decade."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_abolished_abolition(r, p):
    y1, y2 = _years(r, 1850, 1990)
    return [f"{p['N']} abolished the death penalty in [[{y1}]].",
            f"Campaigners who had fought for abolition for decades celebrated when it finally came in [[{y2}]]."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_launch_maiden_voyage(r, p):
    d1 = _day(r, 1890, 1990); d2 = _day(r, 1890, 1990)
    while d2.year == d1.year:
        d2 = _day(r, 1890, 1990)
    return [f"The liner {p['S']} left {p['T']} on her maiden voyage on [[{us(d1)}]].",
            f"Only 40 passengers were aboard the ship's first crossing, which began on [[{us(d2)}]]."], \
        {"dates": [us(d1), us(d2)]}


@template(RESTATED)
def b23_restated_diff_name_then_role(r, p):
    y1, y2 = _years(r, 1950)
    return [f"{p['A']} became {p['T']}'s first woman mayor in [[{y1}]].",
            f"The town's first woman mayor took office in [[{y2}]], the council's own history says, and served two terms."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_acquired_takeover(r, p):
    d1 = _day(r, 1980); d2 = _other_month(r, d1)
    return [f"{p['F']} acquired its rival Brenlow Holdings in [[{my(d1)}]] for 1.2 billion dollars.",
            f"The takeover of Brenlow, completed in [[{my(d2)}]], doubled the group's debt."], \
        {"dates": [my(d1), my(d2)]}


@template(RESTATED)
def b23_restated_diff_crashed_accident(r, p):
    d1 = _day(r, 1960); d2 = _day(r, 1960)
    while d2.year == d1.year:
        d2 = _day(r, 1960)
    return [f"The {p['T']} express derailed outside {p['T2']} on [[{sh(d1)}]].",
            "Eleven passengers were injured.",
            f"The memorial at the station gives the date of that derailment as [[{sh(d2)}]]."], \
        {"dates": [sh(d1), sh(d2)]}


@template(RESTATED)
def b23_restated_diff_discovery_found(r, p):
    y1, y2 = _years(r, 1900)
    return [f"The hoard of Roman coins was discovered by a farmer near {p['T']} in [[{y1}]].",
            f"Its finder, {p['P']}, has always said he dug it up in [[the spring of {y2}]] while draining a field."], \
        {"dates": [str(y1), f"the spring of {y2}"]}


@template(RESTATED)
def b23_restated_diff_graduated_degree(r, p):
    y1, y2 = _years(r, 1950)
    return [f"{p['A']} graduated from {p['T']} University in [[{y1}]] with a degree in chemistry.",
            f"After gaining that chemistry degree in [[{y2}]], she joined {p['F']} as a lab technician."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_quake_tremor(r, p):
    d1 = _day(r, 1950); d2 = _day(r, 1950)
    while d2.year == d1.year:
        d2 = _day(r, 1950)
    return [f"A magnitude 6.1 earthquake struck {p['N']}'s southern province on [[{ordl(d1)}]].",
            f"The same tremor, which seismologists date to [[{ordl(d2)}]], cracked the dam at {p['T']}."], \
        {"dates": [ordl(d1), ordl(d2)]}


@template(RESTATED)
def b23_restated_diff_elected_victory(r, p):
    d1 = _day(r, 1960); d2 = _other_month(r, d1)
    return [f"{p['A']} was elected party leader in [[{my(d1)}]], beating {p['B']} by 40 votes.",
            f"{p['b']} never forgave her for that leadership victory of [[{my(d2)}]]."], \
        {"dates": [my(d1), my(d2)]}


@template(RESTATED)
def b23_restated_diff_demolished_demolition(r, p):
    y1, y2 = _years(r, 1950)
    return [f"The old {p['T']} gasworks was demolished in [[late {y1}]].",
            f"Photographs of the demolition, taken in [[{y2}]] by a local schoolteacher, are now in the county archive."], \
        {"dates": [f"late {y1}", str(y2)]}


@template(RESTATED)
def b23_restated_diff_released_album(r, p):
    y1, y2 = _years(r, 1960)
    title = r.choice(["Salt and Iron", "The Long Quay", "Blue Lantern", "Harbour Lights"])
    return [f"The band's debut album, {title}, came out in [[{y1}]].",
            f"{p['A']}, the singer, wrote most of {title} before it was released in [[{y2}]]."], \
        {"dates": [str(y1), str(y2)]}


@template(RESTATED)
def b23_restated_diff_scandal_resigned(r, p):
    d1 = _day(r, 1970); d2 = _day(r, 1970)
    while d2.year == d1.year:
        d2 = _day(r, 1970)
    return [f"{p['A']} resigned as chairman of {p['C']} on [[{iso(d1)}]].",
            f"Her resignation, dated [[{iso(d2)}]] in the club's filings, followed the ticketing scandal."], \
        {"dates": [iso(d1), iso(d2)]}


@template(RESTATED)
def b23_restated_diff_inaugurated_ceremony(r, p):
    d1 = _day(r, 1900); d2 = _day(r, 1900)
    while d2.year == d1.year:
        d2 = _day(r, 1900)
    return [f"The {p['T']} town hall was inaugurated by the Duke of Carrow on [[{md(d1)}, {d1.year}]].",
            f"Crowds lined the streets for the ceremony on [[{md(d2)}, {d2.year}]], the Gazette reported."], \
        {"dates": [f"{md(d1)}, {d1.year}", f"{md(d2)}, {d2.year}"]}


# --- order_violation ------------------------------------------------------------

def _pair(r: random.Random, lo: int = 1900, hi: int = 2015) -> tuple[int, int]:
    """(early, late) years, at least two apart."""
    early = r.randint(lo, hi - 2)
    return early, r.randint(early + 2, min(hi, early + 12))


def _pair_days(r: random.Random, lo: int = 1950, hi: int = 2015) -> tuple[datetime.date, datetime.date]:
    """(first, second) days at least 35 days apart, in different months, inside lo..hi."""
    first = _day(r, lo, hi - 2)
    second = first + datetime.timedelta(days=r.randint(35, 400))
    return first, second


@template(ORDER)
def b23_order_joined_after_merger(r, p):
    e, l = _pair(r, 1960)
    return [f"{p['A']} joined {p['F']} in [[{e}]], after the firm's [[{l}]] merger with Haldane Paper."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_retired_before_promotion(r, p):
    e, l = _pair(r, 1950)
    return [f"{p['B']} retired in [[{l}]], before {p['C']}'s promotion to the top flight in [[{e}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_aftermath_floods(r, p):
    e, l = _pair(r, 1920)
    return [f"The flood barrier at {p['T']} was built in [[{e}]] in the aftermath of the great flood of [[{l}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_following_verdict_days(r, p):
    d1, d2 = _pair_days(r, 1980)
    return [f"{p['A']} resigned on [[{us(d1)}]], following the guilty verdict against her on [[{us(d2)}]]."], \
        {"earlier": us(d2), "later": us(d1)}


@template(ORDER)
def b23_order_two_sentences_then(r, p):
    d1, d2 = _pair_days(r, 1970)
    return [f"The {p['T']} plant closed on [[{br(d1)}]].",
            f"Managers had shut it only after the contract with {p['N']}'s rail operator expired on [[{br(d2)}]]."], \
        {"earlier": br(d2), "later": br(d1)}


@template(ORDER)
def b23_order_prior_to(r, p):
    e, l = _pair(r, 1950)
    return [f"Prior to his election as mayor in [[{e}]], {p['P']} had served as chief constable from [[{l}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_in_wake_of(r, p):
    d1, d2 = _pair_days(r, 1960)
    return [f"In the wake of the [[{my(d2)}]] pit disaster, safety rules for the region's mines were rewritten in [[{my(d1)}]]."], \
        {"earlier": my(d2), "later": my(d1)}


@template(ORDER)
def b23_order_ahead_of(r, p):
    d1, d2 = _pair_days(r, 1980)
    return [f"{p['N']}'s government printed 2 million leaflets ahead of the referendum on [[{ap(d1)}]].",
            f"The printing was finished on [[{ap(d2)}]], the electoral commission found."], \
        {"earlier": ap(d2), "later": ap(d1)}


@template(ORDER)
def b23_order_years_after_explicit(r, p):
    e, l = _pair(r, 1900)
    return [f"{p['P']} emigrated to {p['N']} in [[{e}]], after his brother had set up a bakery there in [[{l}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_once_completed(r, p):
    e, l = _pair(r, 1950)
    return [f"Trains began running on the {p['T']} line in [[{e}]], once the tunnel under Crail Hill was completed in [[{l}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_preceded_by(r, p):
    d1, d2 = _pair_days(r, 1980)
    return [f"The strike at {p['F']}, which began on [[{sh(d1)}]], was preceded by a ballot of the workforce on [[{sh(d2)}]]."], \
        {"earlier": sh(d2), "later": sh(d1)}


@template(ORDER)
def b23_order_having_won(r, p):
    e, l = _pair(r, 1960)
    return [f"Having won the national title in [[{l}]], {p['A']} turned professional in [[{e}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_led_to(r, p):
    e, l = _pair(r, 1900)
    return [f"The cholera outbreak of [[{l}]] led to the building of {p['T']}'s first sewer in [[{e}]], the museum says."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_until_then(r, p):
    d1, d2 = _pair_days(r, 1970)
    return [f"{p['B']} managed {p['C']} from [[{my(d2)}]] until his sacking in [[{my(d1)}]]."], \
        {"earlier": my(d2), "later": my(d1)}


@template(ORDER)
def b23_order_subsequently(r, p):
    e, l = _pair(r, 1950)
    return [f"{p['F']} was listed on the stock exchange in [[{l}]].",
            "Its shares rose sharply on the first day.",
            f"It subsequently bought the {p['T']} refinery in [[{e}]]."], {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_before_iso(r, p):
    d1, d2 = _pair_days(r, 1995)
    return [f"The data breach was reported to regulators on [[{iso(d2)}]], before it was discovered by staff on [[{iso(d1)}]], the filing says."], \
        {"earlier": iso(d2), "later": iso(d1)}


@template(ORDER)
def b23_order_prompted(r, p):
    e, l = _pair(r, 1950)
    return [f"The [[{l}]] sinking of the ferry {p['S']} prompted new lifejacket rules, which came into force in [[{e}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_posthumous(r, p):
    e, l = _pair(r, 1900, 2000)
    return [f"{p['P']} died in [[{l}]].",
            f"His last novel, The Tide Clock, was published posthumously in [[{e}]] and won the Carrow Prize."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_paved_the_way(r, p):
    e, l = _pair(r, 1900)
    return [f"The Education Act of [[{l}]] paved the way for the founding of {p['T']} College in [[{e}]]."], \
        {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_on_heels_of(r, p):
    d1, d2 = _pair_days(r, 1980)
    return [f"On the heels of its cup win on [[{us(d2)}]], {p['C']} was knocked out of the play-offs on [[{us(d1)}]]."], \
        {"earlier": us(d2), "later": us(d1)}


@template(ORDER)
def b23_order_first_then_second(r, p):
    e, l = _pair(r, 1960)
    return [f"{p['A']} first stood for parliament in [[{l}]] and lost.",
            f"She was elected at her second attempt, in [[{e}]]."], {"earlier": str(l), "later": str(e)}


@template(ORDER)
def b23_order_season_after(r, p):
    e, l = _pair(r, 1950)
    return [f"The harbour was dredged in [[the autumn of {e}]], after the storms of [[the winter of {l}]] silted it up."], \
        {"earlier": f"the winter of {l}", "later": f"the autumn of {e}"}


@template(ORDER)
def b23_order_by_the_time(r, p):
    d1, d2 = _pair_days(r, 1970)
    return [f"By the time the rescue team reached the cave on [[{ordl(d1)}]], the divers had been reported missing on [[{ordl(d2)}]]."], \
        {"earlier": ordl(d2), "later": ordl(d1)}


# --- publication_anachronism ----------------------------------------------------

def _future(r: random.Random) -> datetime.date:
    return _day(r, 2018, 2025)


def _pinned(r: random.Random) -> datetime.date:
    return _day(r, 1994, 2012) if r.random() < 0.5 else _day(r, 2020, 2025)


@template(ANACHRONISM)
def b23_anachronism_died_exact(r, p):
    d = _future(r)
    return [f"{p['A']}, the former {p['T']} councillor, died on [[{us(d)}]] at the age of 81."], \
        {"date": us(d), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_merger_year(r, p):
    y = r.randint(2018, 2025)
    return [f"{p['F']} completed its takeover of a {p['N']} rival in [[{y}]], the company said in its annual report."], \
        {"date": str(y), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_yesterday_pinned(r, p):
    d = _pinned(r)
    return [f"Councillors in {p['T']} voted [[yesterday]], [[{us(d)}]], to sell the old bus depot."], \
        {"date": us(d), "relative": "yesterday"}


@template(ANACHRONISM)
def b23_anachronism_last_week_ap(r, p):
    d = _pinned(r)
    return [f"Police arrested two men [[last week]] after a raid on a warehouse in {p['T2']}.",
            f"The raid took place on [[{ap(d)}]], officers said."], {"date": ap(d), "relative": "last week"}


@template(ANACHRONISM)
def b23_anachronism_match_british(r, p):
    d = _future(r)
    return [f"{p['C']} beat {p['T2']} 3-0 on [[{br(d)}]] to reach the cup final for the first time."], \
        {"date": br(d), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_this_morning(r, p):
    d = _pinned(r)
    return [f"The ferry {p['S']} ran aground [[this morning]] off {p['T']}.",
            f"The coastguard logged the first call at 6.40 a.m. on [[{br(d)}]]."], \
        {"date": br(d), "relative": "this morning"}


@template(ANACHRONISM)
def b23_anachronism_report_month(r, p):
    d = _day(r, 2018, 2025)
    return [f"The inquiry published its final report in [[{my(d)}]], blaming the collapse on poor welding."], \
        {"date": my(d), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_last_night_iso(r, p):
    d = _pinned(r)
    return [f"Fire crews spent [[last night]] tackling a blaze at the {p['F']} depot, logged as incident 771 on [[{iso(d)}]]."], \
        {"date": iso(d), "relative": "last night"}


@template(ANACHRONISM)
def b23_anachronism_obituary_ordinal(r, p):
    d = _future(r)
    return [f"{p['P']} was a familiar figure on the {p['T']} seafront for decades.",
            f"He died on [[{ordl(d)}]], after a short illness."], {"date": ordl(d), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_earlier_this_month(r, p):
    d = _pinned(r)
    return [f"[[Earlier this month]], on [[{us(d)}]], the {p['N']} central bank raised interest rates by half a point."], \
        {"date": us(d), "relative": "Earlier this month"}


@template(ANACHRONISM)
def b23_anachronism_election_won(r, p):
    y = r.randint(2018, 2025)
    return [f"{p['A']} won the {p['T']} mayoral election in [[{y}]] with 54 percent of the vote.",
            "Her opponent conceded before midnight."], {"date": str(y), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_two_days_ago(r, p):
    d = _pinned(r)
    return [f"The missing walker was found safe [[two days ago]] on the slopes above {p['T']}.",
            f"Mountain rescue volunteers reached her at dawn on [[{sh(d)}]]."], \
        {"date": sh(d), "relative": "two days ago"}


@template(ANACHRONISM)
def b23_anachronism_last_month_mid(r, p):
    d = _pinned(r)
    return [f"{p['F']} cut 200 jobs [[last month]], on [[{ap(d)}]], blaming weak demand."], \
        {"date": ap(d), "relative": "last month"}


@template(ANACHRONISM)
def b23_anachronism_last_year_year(r, p):
    y = r.choice([r.randint(1994, 2012), r.randint(2020, 2025)])
    return [f"The museum drew 80,000 visitors [[last year]].",
            f"That figure, for [[{y}]], was a record, its director said."], \
        {"date": str(y), "relative": "last year"}


@template(ANACHRONISM)
def b23_anachronism_court_sentenced(r, p):
    d = _future(r)
    return [f"{p['A']} was jailed for four years at {p['T']} Crown Court on [[{sh(d)}]] for fraud."], \
        {"date": sh(d), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_earlier_today(r, p):
    d = _pinned(r)
    return [f"The runway at {p['T']} airport reopened [[earlier today]] after a fuel spill.",
            "Several flights were diverted.",
            f"The spill had been reported at 5 a.m. on [[{us(d)}]], the airport said."], \
        {"date": us(d), "relative": "earlier today"}


@template(ANACHRONISM)
def b23_anachronism_this_week(r, p):
    d = _pinned(r)
    return [f"Scientists at {p['T']} University announced [[this week]] that they had sequenced the genome of the Corra salmon.",
            f"The paper appeared online on [[{ordl(d)}]]."], {"date": ordl(d), "relative": "this week"}


@template(ANACHRONISM)
def b23_anachronism_fortnight(r, p):
    d = _pinned(r)
    return [f"The {p['Br']} was closed [[a fortnight ago]], on [[{br(d)}]], after engineers found cracks."], \
        {"date": br(d), "relative": "a fortnight ago"}


@template(ANACHRONISM)
def b23_anachronism_last_weekend(r, p):
    d = _pinned(r)
    return [f"More than 4,000 runners took part in the {p['T']} half marathon [[last weekend]].",
            f"The race was held on [[{us(d)}]]."], \
        {"date": us(d), "relative": "last weekend"}


@template(ANACHRONISM)
def b23_anachronism_earlier_this_week(r, p):
    d = _pinned(r)
    return [f"[[Earlier this week]], {p['N']}'s foreign minister met her counterpart in {p['T']}.",
            f"The talks, on [[{ap(d)}]], lasted three hours."], {"date": ap(d), "relative": "Earlier this week"}


@template(ANACHRONISM)
def b23_anachronism_this_afternoon(r, p):
    d = _pinned(r)
    return [f"{p['A']} was named the new captain of {p['C']} [[this afternoon]] at a press conference on [[{md(d)}, {d.year}]]."], \
        {"date": f"{md(d)}, {d.year}", "relative": "this afternoon"}


@template(ANACHRONISM)
def b23_anachronism_last_summer(r, p):
    y = r.choice([r.randint(1994, 2012), r.randint(2020, 2025)])
    return [f"The drought [[last summer]], [[the summer of {y}]], left the reservoir at {p['T']} a fifth full."], \
        {"date": f"the summer of {y}", "relative": "last summer"}


@template(ANACHRONISM)
def b23_anachronism_five_days_ago(r, p):
    d = _pinned(r)
    return [f"{p['B']} was last seen [[five days ago]], on [[{sh(d)}]], leaving a pub in {p['T2']}, police said."], \
        {"date": sh(d), "relative": "five days ago"}


@template(ANACHRONISM)
def b23_anachronism_earlier_this_year(r, p):
    y = r.choice([r.randint(1994, 2012), r.randint(2020, 2025)])
    return [f"{p['F']} opened its new headquarters in {p['T']} [[earlier this year]].",
            f"The building, completed in [[{y}]], cost 60 million pounds."], \
        {"date": str(y), "relative": "earlier this year"}


@template(ANACHRONISM)
def b23_anachronism_last_christmas(r, p):
    y = r.choice([r.randint(1994, 2012), r.randint(2020, 2025)])
    d = datetime.date(y, 12, r.choice([24, 25, 26]))
    return [f"The storm that hit {p['T']} [[last Christmas]], on [[{md(d)}, {d.year}]], brought down the church spire."], \
        {"date": f"{md(d)}, {d.year}", "relative": "last Christmas"}


@template(ANACHRONISM)
def b23_anachronism_study_published(r, p):
    d = _future(r)
    return [f"The study, published in the Corra Medical Journal on [[{ap(d)}]], followed 12,000 patients for a decade."], \
        {"date": ap(d), "relative": None}


@template(ANACHRONISM)
def b23_anachronism_season_ended(r, p):
    y = r.randint(2018, 2025)
    return [f"{p['C']} finished bottom of the league at the end of the [[{y}]] season and were relegated."], \
        {"date": str(y), "relative": None}


# --- duration_arithmetic --------------------------------------------------------

def _num(r: random.Random, n: int) -> str:
    return WORDS[n] if n <= 20 and r.random() < 0.5 else str(n)


def _whole_years(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _span_days(r: random.Random, days: int, lo: int = 1950, hi: int = 2015) -> tuple[datetime.date, datetime.date]:
    first = _day(r, lo, hi - 1)
    return first, first + datetime.timedelta(days=days)


def _span_months(r: random.Random, months: int, lo: int = 1950, hi: int = 2010) -> tuple[datetime.date, datetime.date]:
    first = datetime.date(r.randint(lo, hi), r.randint(1, 12), 1)
    index = first.year * 12 + first.month - 1 + months
    return first, datetime.date(index // 12, index % 12 + 1, 1)


def _facts(stated: str, value: int, start: Any, end: Any, unit: str) -> Facts:
    return {"stated": stated, "value": value, "start": start, "end": end, "unit": unit, "offset": 0}


@template(DURATION)
def b23_duration_founded_ago(r, p):
    y = r.randint(1880, 1995)
    n = _miss(r, 2016 - y)
    return [f"{p['F']} was founded in [[{y}]], [[{n} years]] ago, by a former ship's engineer."], \
        _facts(f"{n} years", n, str(y), None, "years")


@template(DURATION)
def b23_duration_age_born_exact(r, p):
    b = _day(r, 1930, 1990)
    n = _miss(r, _whole_years(b, PUBLISHED))
    return [f"{p['A']}, [[{n}]], was born on [[{us(b)}]] in {p['T']} and has run the family bakery all her adult life."], \
        _facts(str(n), n, us(b), None, "years")


@template(DURATION)
def b23_duration_festival_days(r, p):
    n = r.randint(2, 5)
    d1, d2 = _span_days(r, n + r.randint(9, 18), 1970)
    while d2.year != d1.year:
        d1, d2 = _span_days(r, n + r.randint(9, 18), 1970)
    word = WORDS[n]
    return [f"The [[{word}-day]] {p['T']} folk festival ran from [[{md(d1)}]] to [[{md(d2)}, {d2.year}]]."], \
        _facts(f"{word}-day", n, (md(d1), d2.year), f"{md(d2)}, {d2.year}", "days")


@template(DURATION)
def b23_duration_strike_weeks(r, p):
    n = r.randint(2, 6)
    d1, d2 = _span_days(r, (n + r.randint(9, 16)) * 7 + r.randint(0, 6), 1960)
    return [f"The [[{WORDS[n]}-week]] strike at {p['F']} began on [[{ap(d1)}]] and ended on [[{ap(d2)}]] with a 4 percent pay deal."], \
        _facts(f"{WORDS[n]}-week", n, ap(d1), ap(d2), "weeks")


@template(DURATION)
def b23_duration_mayor_range(r, p):
    y1 = r.randint(1900, 1995); y2 = r.randint(y1 + 1, min(2015, y1 + 30))
    n = _miss(r, y2 - y1)
    return [f"{p['A']} served [[{n} years]] as mayor of {p['T']}, from [[{y1}]] to [[{y2}]]."], \
        _facts(f"{n} years", n, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_married_years(r, p):
    y1 = r.randint(1930, 1980); d2 = _day(r, y1 + 5, 2015)
    n = _miss(r, d2.year - y1)
    return [f"{p['A']} and {p['B']} married in [[{y1}]].",
            f"They had been married for [[{n} years]] when {p['b']} died on [[{br(d2)}]]."], \
        _facts(f"{n} years", n, str(y1), br(d2), "years")


@template(DURATION)
def b23_duration_centenary(r, p):
    y = r.randint(1930, 1985)
    return [f"{p['C']}, founded in [[{y}]], is marking its [[centenary]] with a gala dinner and a new kit."], \
        _facts("centenary", 100, str(y), None, "years")


@template(DURATION)
def b23_duration_half_century(r, p):
    y = r.randint(1975, 2000)
    return [f"The Regal cinema in {p['T']}, which opened in [[{y}]], is celebrating [[half a century]] of screenings."], \
        _facts("half a century", 50, str(y), None, "years")


@template(DURATION)
def b23_duration_decade_between(r, p):
    y1 = r.randint(1900, 1980); y2 = y1 + r.randint(21, 35)
    return [f"The Hollin Moor mine closed in [[{y1}]].",
            f"It reopened as a museum [[a decade]] later, in [[{y2}]]."], \
        _facts("a decade", 10, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_inquiry_months(r, p):
    true = r.randint(14, 60)
    d1, d2 = _span_months(r, true, 1960)
    n = _miss(r, true, 10, 20)
    stated = f"{_num(r, n)}-month"
    return [f"The [[{stated}]] public inquiry, which opened in [[{my(d1)}]] and reported in [[{my(d2)}]], cost 9 million pounds."], \
        _facts(stated, n, my(d1), my(d2), "months")


@template(DURATION)
def b23_duration_iso_trial(r, p):
    n = r.randint(20, 60)
    d1, d2 = _span_days(r, _miss(r, n, 9, 25), 1995)
    return [f"The [[{n}-day]] trial period for the new bus lanes ran from [[{iso(d1)}]] to [[{iso(d2)}]]."], \
        _facts(f"{n}-day", n, iso(d1), iso(d2), "days")


@template(DURATION)
def b23_duration_aged_at_death(r, p):
    y = r.randint(1900, 1960); d = _day(r, y + 40, 2015)
    n = _miss(r, d.year - y)
    return [f"{p['P']} died on [[{us(d)}]], aged [[{n}]].",
            f"Born in [[{y}]] in {p['T']}, he spent his working life at the docks."], \
        _facts(str(n), n, str(y), us(d), "years")


@template(DURATION)
def b23_duration_years_on(r, p):
    y = r.randint(1950, 2005)
    n = _miss(r, 2016 - y)
    return [f"Some [[{n} years]] on from the [[{y}]] floods, residents of {p['T']} are still waiting for a new sea wall."], \
        _facts(f"{n} years", n, str(y), None, "years")


@template(DURATION)
def b23_duration_anniversary(r, p):
    y = r.randint(1920, 2000)
    n = _miss(r, 2016 - y)
    return [f"A service was held in {p['T']} to mark the [[{_ordinal(n)}]] anniversary of the pit disaster of [[{y}]]."], \
        _facts(_ordinal(n), n, str(y), None, "years")


@template(DURATION)
def b23_duration_since_worked(r, p):
    y = r.randint(1960, 2005)
    n = _miss(r, 2016 - y)
    return [f"{p['A']} has worked at {p['F']} since [[{y}]], [[{n} years]] in all, most of them on the night shift."], \
        _facts(f"{n} years", n, str(y), None, "years")


@template(DURATION)
def b23_duration_contract_ran(r, p):
    n = r.randint(2, 5)
    true = n + r.randint(9, 14)
    m1 = datetime.date(r.randint(1970, 2015 - true - 1), r.randint(1, 12), 1)
    m2 = datetime.date(m1.year + true, m1.month, 1)
    return [f"{p['B']} signed a [[{WORDS[n]}-year]] contract with {p['C']} that ran from [[{my(m1)}]] to [[{my(m2)}]]."], \
        _facts(f"{WORDS[n]}-year", n, my(m1), my(m2), "years")


@template(DURATION)
def b23_duration_sentence_served(r, p):
    y1 = r.randint(1960, 2000); y2 = y1 + r.randint(1, 15)
    n = _miss(r, y2 - y1)
    return [f"{p['P']} was jailed in [[{y1}]] for the {p['T']} bank robbery.",
            f"He was released in [[{y2}]] after serving [[{n} years]]."], \
        _facts(f"{n} years", n, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_build_months(r, p):
    true = r.randint(3, 30)
    d1, d2 = _span_months(r, true, 1900)
    n = _miss(r, true, 10, 20)
    return [f"Work on the {p['Br']} began in [[{my(d1)}]].",
            f"It took [[{n} months]] to build and opened to traffic in [[{my(d2)}]]."], \
        _facts(f"{n} months", n, my(d1), my(d2), "months")


@template(DURATION)
def b23_duration_weeks_ago(r, p):
    d = _day(r, 2015, 2015)
    n = _miss(r, (PUBLISHED - d).days // 7, 9, 20)
    return [f"The {p['T']} library closed its doors on [[{br(d)}]], [[{n} weeks]] ago, and the building is still empty."], \
        _facts(f"{n} weeks", n, br(d), None, "weeks")


@template(DURATION)
def b23_duration_months_ago(r, p):
    d = datetime.date(r.randint(2012, 2015), r.randint(1, 12), 1)
    true = (2016 - d.year) * 12 + 9 - d.month
    n = _miss(r, true, 10, 20)
    return [f"The {p['F']} factory shed its last 90 workers in [[{my(d)}]], some [[{n} months]] ago."], \
        _facts(f"{n} months", n, my(d), None, "months")


@template(DURATION)
def b23_duration_expedition_days(r, p):
    n = r.randint(5, 20)
    d1, d2 = _span_days(r, _miss(r, n, 9, 30), 1890)
    return [f"The [[{n}-day]] expedition set out from {p['T']} on [[{br(d1)}]].",
            "It crossed the ice cap on foot.",
            f"The party returned to base on [[{br(d2)}]]."], _facts(f"{n}-day", n, br(d1), br(d2), "days")


@template(DURATION)
def b23_duration_age_at_title(r, p):
    y1 = r.randint(1920, 1985); y2 = y1 + r.randint(18, 30)
    n = _miss(r, y2 - y1)
    return [f"{p['A']} was [[{n}]] when she won the national championship in [[{y2}]].",
            f"She was born in [[{y1}]] in {p['T2']}."], _facts(str(n), n, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_lifespan_parenthesis(r, p):
    y1 = r.randint(1850, 1940); y2 = y1 + r.randint(40, 75)
    n = _miss(r, y2 - y1)
    return [f"The painter {p['A']} ([[{y1}]]-[[{y2}]]), who died at the age of [[{n}]], left 300 canvases to {p['T']}."], \
        _facts(str(n), n, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_seasons_in_charge(r, p):
    y1 = r.randint(1950, 1995); y2 = y1 + r.randint(3, 20)
    n = _miss(r, y2 - y1)
    return [f"In his [[{n} seasons]] in charge of {p['C']}, from [[{y1}]] to [[{y2}]], {p['B']} won four trophies."], \
        _facts(f"{n} seasons", n, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_drought_years(r, p):
    y1 = r.randint(1900, 2000); y2 = y1 + r.randint(2, 12)
    n = _miss(r, y2 - y1, 9, 15)
    return [f"The [[{n}-year]] drought that began in [[{y1}]] did not break until the rains of [[{y2}]]."], \
        _facts(f"{n}-year", n, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_year_old_bridge(r, p):
    y = r.randint(1850, 1990)
    n = _miss(r, 2016 - y)
    return [f"Engineers say the [[{n}-year-old]] {p['Br']}, built in [[{y}]], needs urgent repairs."], \
        _facts(f"{n}-year-old", n, str(y), None, "years")


@template(DURATION)
def b23_duration_exhibition_weeks(r, p):
    n = r.randint(2, 5)
    y = r.randint(1960, 2015)
    d1 = datetime.date(y, r.randint(1, 3), r.randint(1, 28))
    d2 = d1 + datetime.timedelta(days=(n + r.randint(10, 20)) * 7)
    return [f"The exhibition ran for [[{WORDS[n]} weeks]], from [[{md(d1)}]] to [[{md(d2)}, {y}]], at the {p['T']} gallery."], \
        _facts(f"{WORDS[n]} weeks", n, (md(d1), y), f"{md(d2)}, {y}", "weeks")


@template(DURATION)
def b23_duration_siege_days(r, p):
    n = r.randint(30, 80)
    d1, d2 = _span_days(r, _miss(r, n, 10, 25), 1850, 1990)
    return [f"The siege of {p['T']} began on [[{us(d1)}]] and was lifted on [[{us(d2)}]].",
            f"It had lasted [[{n} days]], the garrison's diary says."], _facts(f"{n} days", n, us(d1), us(d2), "days")


@template(DURATION)
def b23_duration_refit_months(r, p):
    true = r.randint(2, 24)
    d1, d2 = _span_months(r, true, 1950)
    n = _miss(r, true, 10, 18)
    return [f"The ferry {p['S']} went into dry dock in [[{my(d1)}]] for a [[{n}-month]] refit.",
            f"She returned to service in [[{my(d2)}]]."], _facts(f"{n}-month", n, my(d1), my(d2), "months")


@template(DURATION)
def b23_duration_aged_born_month(r, p):
    d = datetime.date(r.randint(1930, 1995), r.randint(1, 12), 1)
    n = _miss(r, 2016 - d.year)
    return [f"Aged [[{n}]], {p['A']} - born in [[{my(d)}]] in {p['T']} - is the oldest player in the club's history."], \
        _facts(str(n), n, my(d), None, "years")


@template(DURATION)
def b23_duration_fortnight_stay(r, p):
    d1, d2 = _span_days(r, r.randint(35, 120), 1960)
    return [f"{p['A']} spent [[a fortnight]] in hospital, from [[{ap(d1)}]] until [[{ap(d2)}]], after the crash."], \
        _facts("a fortnight", 14, ap(d1), ap(d2), "days")


@template(DURATION)
def b23_duration_gap_between_titles(r, p):
    y1 = r.randint(1900, 1990); y2 = y1 + r.randint(3, 25)
    n = _miss(r, y2 - y1)
    return [f"{p['C']} won the league in [[{y1}]] and again in [[{y2}]], a gap of [[{n} years]]."], \
        _facts(f"{n} years", n, str(y1), str(y2), "years")


@template(DURATION)
def b23_duration_closure_days_british(r, p):
    n = r.randint(2, 9)
    d1, d2 = _span_days(r, n + r.randint(10, 25), 1980)
    return [f"The road through {p['T']} was shut for [[{WORDS[n]} days]] for resurfacing.",
            f"It closed on [[{br(d1)}]] and reopened on [[{br(d2)}]]."], \
        _facts(f"{WORDS[n]} days", n, br(d1), br(d2), "days")


BLIND23_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": WEEKDAY,
    "impossible_date": IMPOSSIBLE,
    "restated_event": RESTATED,
    "order_violation": ORDER,
    "publication_anachronism": ANACHRONISM,
    "duration_arithmetic": DURATION,
}
