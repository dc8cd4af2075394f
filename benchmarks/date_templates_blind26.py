"""``blind26``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind26`` templates.  Written on 2026-11-23 (20:09-20:16 UTC, by `date -u`;
# started 20:09:33) by a helper session acting as an independent tester, from
# the six conflict definitions in its brief and from how news copy dates
# things, WITHOUT opening, grepping, importing or running the detector
# (anything under src/reliability/), its date tests (tests/test_temporal*, any
# tests/test_date* file other than tests/test_date_templates_independent.py),
# features/, docs/, the README or benchmarks/results/.  Base commit, taken
# with ``git rev-parse HEAD`` (``git log`` was never run):
# 7bb4c2e2eb1a2da22a42b1e2808b8d0cb5a9c856.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind26`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (printed with ``grep -n -A25``, lines 42-67); lines 1-140 of
# benchmarks/date_templates_blind25.py (its header comment, imports, name
# lists and helpers, as a model of the header and conventions -- none of its
# templates; its names were not reused); in benchmarks/date_conflicts.py only
# the output of ``grep -n "import BLIND"`` (the blind5-blind25 import lines,
# 59-79) and of ``grep -n -A13 "^INDEPENDENT_SETS"`` (the dict, lines
# 2573-2582, two blank lines and the signature of a ``run`` function), then
# one import line and one dict entry were added with a scripted edit.  An
# ``ls`` of benchmarks/ and tests/ listed file names only; a ``grep`` for a
# line-length setting in pyproject.toml/setup.cfg/tox.ini/.flake8 found none.
# Seen by accident: the ``grep -A25`` of ``load_benchmark`` ran past it into
# tests/conftest.py's ``date_conflicts`` helper (its signature, docstring, a
# line importing ``analyse_dates`` from ``reliability.features.temporal`` and
# a list comprehension over ``.conflicts`` with ``.kind`` and ``.spans``),
# the ``PUBLISHED_STAND_IN`` constant (2016-09-27) and the signature and
# docstring of ``dated_conflicts``.  No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind26``) and a throwaway
# script applying the shared checks over 500 seeds per template (the
# generator itself keeps a seven-unit duration margin), never through the
# detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind26``.
#
# Conventions (those of blind25).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b26_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Each template seeds its own ``random.Random`` from its name and 64 bits
# drawn from the caller's rng.  Every side of a conflict is marked with
# [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated from June 2017 to 2025; relative expressions are pinned to 1995-2012
# or 2020-2025.  Other kinds keep their dates in 1890-2015, name no weekday
# outside the weekday templates and use no relative expression ("ago" only
# in durations, counted to 2016-09-27).  Stated counts miss every defensible
# count (unknown days, inclusive or exclusive counting) by at least seven
# units; all duration offsets are 0.  In order-violation facts ``earlier`` is
# the event the text says came first (label ``E``; it carries the later
# date) and ``later`` the one it puts second (label ``L``).  Restated
# templates are ``b26_restated_same_*`` (one head word twice) or
# ``b26_restated_diff_*`` (verb against noun, synonym, pronoun, a name, a
# description); which side gets the earlier date is drawn at random.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year.  Extra relative expressions beyond the shared
# list: ``EXTRA_ANCHORS``.  All people, places, firms, clubs, storms, ships
# and countries are invented for this set.
# ---------------------------------------------------------------------------
from __future__ import annotations

import calendar
import datetime
import random
import re
from collections.abc import Callable
from typing import Any

Template = Callable[[random.Random], list[str]]
Facts = dict[str, Any]
Date3 = tuple[int, int, int]
Drawn = tuple[dict[str, str], dict[str, Date3], Facts]  # names, dates by label, facts

PUBLISHED = datetime.date(2016, 9, 27)
#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "last summer", "earlier this year",
                           "nine days ago"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

FIRST_F = ["Oriel", "Benedetta", "Winifred", "Ottoline", "Mireille", "Zuleika", "Perpetua", "Ysolde"]
FIRST_M = ["Thaddeus", "Caspian", "Leopold", "Hamish", "Ignatius", "Cosimo"]
LAST = ["Quennell", "Abernethy", "Oyelaran", "Strickland-Voss", "Petrakis", "Gallimore", "Haverstock", "Nkemelu",
        "Ruthven", "Castellanos", "Wetherall", "Brodsky", "Inglethorpe", "Mabuza"]
TOWNS = ["Harrowgate Mill", "Corrin Bay", "Eskdown", "Velmont", "Saltcote", "Brindlemere", "Ashgrove Ferry",
         "Dunmarra", "Caerwyn", "Fallowden"]
FIRMS = ["Brightwater Foods", "Ironvale Mining", "Corvid Telecom", "Pinecrest Pharma", "Helix Marine",
         "Stanmore Rail", "Quillon Software", "Redfern Brewing"]
NATIONS = ["Ostravia", "Belcaro", "Tavrenia", "Marelland", "Zurinth", "Kestova"]
CLUBS = ["Eskdown Rovers", "Velmont Albion", "Corrin Bay United", "Saltcote Wanderers", "Fallowden Town",
         "Dunmarra Harps"]
STORMS = ["Hurricane Ottilie", "Cyclone Barnaby", "Typhoon Ismene", "Storm Gwendal", "Hurricane Florimel"]
SHIPS = ["MV Lantern Star", "the survey ship Petrel", "the trawler Kittiwake", "the ferry Morwenna"]


class _Retry(Exception):
    """The drawn dates do not fit the template; draw again."""


def _seeded(name: str, rng: random.Random) -> random.Random:
    return random.Random(f"{name}:{rng.getrandbits(64)}")


def _ctx(r: random.Random) -> dict[str, str]:
    first, last = r.sample(FIRST_F, 2) + [r.choice(FIRST_M)], r.sample(LAST, 3)  # P and Q are women, R a man
    towns, firms, nations, clubs = r.sample(TOWNS, 2), r.sample(FIRMS, 2), r.sample(NATIONS, 2), r.sample(CLUBS, 2)
    return {"P": f"{first[0]} {last[0]}", "p": last[0], "Q": f"{first[1]} {last[1]}", "q": last[1],
            "R": f"{first[2]} {last[2]}", "r": last[2], "T": towns[0], "T2": towns[1], "F": firms[0],
            "F2": firms[1], "N": nations[0], "N2": nations[1], "C": clubs[0], "C2": clubs[1],
            "S": r.choice(STORMS), "V": r.choice(SHIPS)}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


#: How each date format writes a (possibly impossible) date ``(year, month, day)``.
FORMATS: dict[str, Callable[[Date3], str]] = {
    "F": lambda d: f"{MONTHS[d[1] - 1]} {d[2]}, {d[0]}",
    "AP": lambda d: f"{AP[d[1] - 1]} {d[2]}, {d[0]}",
    "B": lambda d: f"{d[2]} {MONTHS[d[1] - 1]} {d[0]}",
    "SH": lambda d: f"{d[2]} {SHORT[d[1] - 1]} {d[0]}",
    "ORD": lambda d: f"the {_ordinal(d[2])} of {MONTHS[d[1] - 1]}, {d[0]}",
    "ISO": lambda d: f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}",
    "DOT": lambda d: f"{d[2]:02d}.{d[1]:02d}.{d[0]:04d}",
    "MD": lambda d: f"{MONTHS[d[1] - 1]} {d[2]}",  # no year (impossible dates only)
    "DM": lambda d: f"{d[2]} {MONTHS[d[1] - 1]}",  # no year, British order (impossible dates only)
    "OW": lambda d: f"the {'thirtieth' if d[2] == 30 else 'thirty-first'} of {MONTHS[d[1] - 1]}",
    "MY": lambda d: f"{MONTHS[d[1] - 1]} {d[0]}",
    "APMY": lambda d: f"{AP[d[1] - 1]} {d[0]}",
    "Y": lambda d: f"{d[0]}",
    "MID": lambda d: f"mid-{d[0]}",
    "EARLY": lambda d: f"early {d[0]}",
    "LATE": lambda d: f"late {d[0]}",
    "SUMMER": lambda d: f"the summer of {d[0]}",
}
EXACT = {"F", "AP", "B", "SH", "ORD", "ISO", "DOT"}
MONTHLY = {"MY", "APMY"}
YEARLESS = {"MD", "DM", "OW"}


def _span(d: Date3, fmt: str) -> tuple[datetime.date, datetime.date]:
    """Earliest and latest day the written date can mean (as a careful reader would take it)."""
    y, m, day = d
    if fmt in EXACT:
        exact = datetime.date(y, m, day)
        return exact, exact
    if fmt in MONTHLY:
        return datetime.date(y, m, 1), datetime.date(y, m, calendar.monthrange(y, m)[1])
    bounds = {"MID": ((4, 1), (9, 30)), "EARLY": ((1, 1), (4, 30)), "LATE": ((9, 1), (12, 31))}
    (m1, d1), (m2, d2) = bounds.get(fmt, ((1, 1), (12, 31)))
    return datetime.date(y, m1, d1), datetime.date(y, m2, d2)


def _draw(r: random.Random, lo: int, hi: int) -> datetime.date:
    first, last = datetime.date(lo, 1, 1).toordinal(), datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(first, last))


def _tuple(d: datetime.date) -> Date3:
    return d.year, d.month, d.day


PLACE = re.compile(r"\{(\w+)(?::(\w+))?\}")


def _formats(sentences: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for sentence in sentences:
        for label, fmt in PLACE.findall(sentence):
            if fmt:
                found[label] = fmt
    return found


def _render(sentences: list[str], values: dict[str, str], dates: dict[str, Date3]) -> list[str]:
    def repl(match: re.Match[str]) -> str:
        label, fmt = match.group(1), match.group(2)
        return FORMATS[fmt](dates[label]) if fmt else values[label]
    rendered = [PLACE.sub(repl, sentence) for sentence in sentences]
    return [sentence[0].upper() + sentence[1:] for sentence in rendered]  # "the survey ship ..." opens a sentence


def _whole_years(a: datetime.date, b: datetime.date) -> int:
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


ELAPSED: dict[str, Callable[[datetime.date, datetime.date], int]] = {
    "years": _whole_years,
    "months": lambda a, b: (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day),
    "weeks": lambda a, b: (b - a).days // 7,
    "days": lambda a, b: (b - a).days,
}


def _gen_weekday(r: random.Random, s: list[str], o: dict[str, Any]) -> Drawn:
    fmt = _formats(s)["D"]
    d = _draw(r, *o.get("yr", (1900, 2015)))
    wrong = r.choice([i for i in range(7) if i != d.weekday()])
    wd = (WD_AP if o.get("ap") else WD_FULL)[wrong]
    return {"WD": wd}, {"D": _tuple(d)}, {"weekday": wd, "date": FORMATS[fmt](_tuple(d))}


def _gen_impossible(r: random.Random, s: list[str], o: dict[str, Any]) -> Drawn:
    fmt = _formats(s)["D"]
    y = r.randint(*o.get("yr", (1900, 2015)))
    if fmt in YEARLESS:
        m, day = r.choice([(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)])  # impossible in every year
    else:
        options = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]
        if not calendar.isleap(y):
            options += [(2, 29)] * 3
        m, day = r.choice(options)
    d = (y, m, day)
    return {}, {"D": d}, {"date": FORMATS[fmt](d)}


def _pair(r: random.Random, o: dict[str, Any], fa: str, fb: str) -> tuple[datetime.date, datetime.date]:
    """Two dates, the first strictly later than the second (disjoint as written)."""
    lo, hi = o.get("yr", (1950, 2015))
    if o.get("sy"):
        y = r.randint(lo, hi)
        ma, mb = sorted(r.sample(range(1, 13), 2), reverse=True)
        a = datetime.date(y, ma, r.randint(1, calendar.monthrange(y, ma)[1]))
        b = datetime.date(y, mb, r.randint(1, calendar.monthrange(y, mb)[1]))
    else:
        gap = r.randint(*o.get("gap", (1, 12)))
        b = _draw(r, lo, hi - gap)
        a = _draw(r, b.year + gap, b.year + gap)
    if not _span(_tuple(a), fa)[0] > _span(_tuple(b), fb)[1]:
        raise _Retry
    return a, b


def _gen_restated(r: random.Random, s: list[str], o: dict[str, Any]) -> Drawn:
    f = _formats(s)
    a, b = _pair(r, o, f["A"], f["B"])
    if r.random() < 0.5:
        if not _span(_tuple(b), f["A"])[1] < _span(_tuple(a), f["B"])[0]:
            raise _Retry
        a, b = b, a
    dates = {"A": _tuple(a), "B": _tuple(b)}
    return {}, dates, {"dates": (FORMATS[f["A"]](dates["A"]), FORMATS[f["B"]](dates["B"]))}


def _gen_order(r: random.Random, s: list[str], o: dict[str, Any]) -> Drawn:
    """``E``: the event the text puts first (it carries the later date); ``L``: the one it puts second."""
    f = _formats(s)
    e, lt = _pair(r, o, f["E"], f["L"])
    dates = {"E": _tuple(e), "L": _tuple(lt)}
    return {}, dates, {"earlier": FORMATS[f["E"]](dates["E"]), "later": FORMATS[f["L"]](dates["L"])}


def _gen_anachronism(r: random.Random, s: list[str], o: dict[str, Any]) -> Drawn:
    fmt = _formats(s)["D"]
    rel = o.get("rel")
    if rel is None:
        d = _draw(r, 2018, 2025) if r.random() < 0.8 else datetime.date(2017, r.randint(6, 12), r.randint(1, 28))
    elif r.random() < 0.5:
        d = _draw(r, 1995, 2012)
    else:
        d = _draw(r, 2020, 2025)
    low, high = _span(_tuple(d), fmt)
    if rel is None and low < datetime.date(2017, 5, 27):
        raise _Retry
    return {}, {"D": _tuple(d)}, {"date": FORMATS[fmt](_tuple(d)), "relative": rel}


def _gen_duration(r: random.Random, s: list[str], o: dict[str, Any]) -> Drawn:
    f = _formats(s)
    unit = o["unit"]
    start = _draw(r, *o.get("yr", (1900, 2012)))
    if "E" in f:
        end = start + datetime.timedelta(days=r.randint(*o["span"]))
        if end.year > 2015:
            raise _Retry
        end_low, end_high = _span(_tuple(end), f["E"])
    else:
        end = None
        end_low = end_high = PUBLISHED
    start_low, start_high = _span(_tuple(start), f["S"])
    if start_high > end_low:
        raise _Retry
    lowest = ELAPSED[unit](start_high, end_low) - 1
    highest = ELAPSED[unit](start_low, end_high) + 1
    words = o.get("words", False)
    top = 20 if words else o.get("top", 120)
    candidates = list(range(2, lowest - 7 + 1)) + list(range(highest + 7, highest + 7 + max(6, highest // 2)))
    candidates = [v for v in candidates if 2 <= v <= top]
    if not candidates:
        raise _Retry
    value = r.choice(candidates)
    stated = WORDS[value] if words else str(value)
    if o.get("ordinal"):
        stated = _ordinal(value)
    dates = {"S": _tuple(start)}
    if end is not None:
        dates["E"] = _tuple(end)
    facts = {"stated": stated, "value": value, "unit": unit, "start": FORMATS[f["S"]](dates["S"]),
             "end": FORMATS[f["E"]](dates["E"]) if end is not None else None, "offset": 0}
    return {"NUM": stated}, dates, facts


GENERATORS = {"weekday_mismatch": _gen_weekday, "impossible_date": _gen_impossible, "restated_event": _gen_restated,
              "order_violation": _gen_order, "publication_anachronism": _gen_anachronism,
              "duration_arithmetic": _gen_duration}
BLIND26_TEMPLATES: dict[str, list[Template]] = {kind: [] for kind in GENERATORS}


def _t(name: str, kind: str, sentences: list[str], **opt: Any) -> None:
    full = f"b26_{name}"
    generator = GENERATORS[kind]

    def facts(rng: random.Random) -> tuple[list[str], Facts]:
        r = _seeded(full, rng)
        for _ in range(10000):
            ctx = _ctx(r)
            try:
                values, dates, found = generator(r, sentences, opt)
            except _Retry:
                continue
            ctx.update(values)
            return _render(sentences, ctx, dates), found
        raise RuntimeError(full)

    def template(rng: random.Random) -> list[str]:
        return facts(rng)[0]

    template.__name__ = template.__qualname__ = full
    template.facts = facts  # type: ignore[attr-defined]
    BLIND26_TEMPLATES[kind].append(template)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_treaty_signed", W, [
    "The accord between {N} and {N2} was signed in {T} on [[{WD}, {D:F}]], ending a decade of border "
    "skirmishes."])
_t("weekday_verdict", W, [
    "Jurors returned their verdict in the {p} fraud trial on [[{WD}, {D:AP}]], after nine hours of "
    "deliberation."], ap=True)
_t("weekday_flood_crest", W, [
    "The {T} river crested at a record height on [[{WD}, {D:B}]], forcing hundreds of families from "
    "their homes."])
_t("weekday_cup_final", W, [
    "{C} lifted the county cup at the old ground on [[{WD} {D:SH}]] with a stoppage-time header."])
_t("weekday_merger_vote", W, [
    "Shareholders of {F} approved the takeover by {F2} at a special meeting held on [[{WD}, {D:F}]]."])
_t("weekday_strike_began", W, [
    "Dockers in {T} walked out at dawn on [[{WD}, {D:AP}]], and the stoppage spread to three other "
    "ports within days."], ap=True)
_t("weekday_launch", W, [
    "The rocket carrying the weather satellite lifted off from the coastal range at 6.40 a.m. on "
    "[[{WD}, {D:F}]]."])
_t("weekday_obituary", W, [
    "{P}, the architect behind the {T} concert hall, died at home on [[{WD}, {D:B}]], her family said."])
_t("weekday_recall", W, [
    "{F} announced the recall of forty thousand kettles on [[{WD}, {D:ISO}]] after reports of faulty "
    "wiring."])
_t("weekday_election", W, [
    "Voters in {N} went to the polls on [[{WD}, {D:F}]] and handed the opposition its first majority in "
    "a generation."])
_t("weekday_expedition", W, [
    "The {q} expedition reached the summit ridge on [[{WD}, {D:ORD}]], according to the team's logbook."])
_t("weekday_bridge_opening", W, [
    "The new toll bridge at {T} was opened to traffic on [[{WD}, {D:AP}]] by the regional governor."], ap=True)
_t("weekday_ruling", W, [
    "In a ruling handed down on [[{WD}, {D:F}]], the appeals court struck the ordinance from the books."])
_t("weekday_storm_landfall", W, [
    "{S} made landfall near {T} late on [[{WD}, {D:B}]], tearing roofs from warehouses along the quay."])
_t("weekday_discovery", W, [
    "Quarry workers near {T} uncovered the fossil bed on [[{WD}, {D:F}]], and palaeontologists arrived "
    "within the hour."])
_t("weekday_resignation", W, [
    "Minister {P} handed her resignation letter to the prime minister on the morning of [[{WD}, "
    "{D:F}]]."])
_t("weekday_dateline", W, [
    "[[{T}, {WD}, {D:AP}]] -- Police sealed off the harbour district after a warehouse fire spread "
    "overnight."], ap=True)
_t("weekday_match_report", W, ["The semi-final, played in driving rain on [[{WD} {D:DOT}]], was settled on penalties."])
_t("weekday_ship_sank", W, [
    "{V} went down off the {T} headland on [[{WD}, {D:F}]]; eleven of her crew were never found."])
_t("weekday_hospital", W, [
    "The children's wing of the {T} infirmary admitted its first patients on [[{WD}, {D:SH}]], two "
    "years behind schedule."])
_t("weekday_quote", W, [
    "\"We signed the lease on [[{WD}, {D:F}]], and by nightfall the shop was full,\" {p} recalled."])
_t("weekday_court_filing", W, [
    "Lawyers for {F} filed the motion on [[{WD}, {D:ISO}]], asking the judge to dismiss the case "
    "outright."])
_t("weekday_ceasefire", W, [
    "The ceasefire between {N} and {N2} took effect at noon on [[{WD}, {D:AP}]], although shelling "
    "continued in the hills."], ap=True)
_t("weekday_premiere", W, [
    "{P}'s opera had its premiere at the {T} playhouse on [[{WD}, {D:B}]] to a half-empty house."])

# --- impossible_date ------------------------------------------------------------
I = "impossible_date"
_t("impossible_charter", I, ["The city charter of {T}, dated [[{D:F}]], is kept in a locked case in the town hall."])
_t("impossible_contract", I, [
    "Under the contract signed on [[{D:B}]], {F} agreed to supply the ministry with rail sleepers."])
_t("impossible_birth", I, ["{P} was born in {T} on [[{D:AP}]], the youngest of seven children."])
_t("impossible_yearless_deadline", I, [
    "Bidders were told to submit their tenders no later than [[{D:MD}]], a date the council later "
    "defended."])
_t("impossible_yearless_british", I, [
    "The festival traditionally closes on [[{D:DM}]] with a torchlit procession through {T}."])
_t("impossible_words", I, ["The deed was witnessed on [[{D:OW}]], according to the clerk's copy held in {T}."])
_t("impossible_iso_filing", I, ["Court records list the filing date of the {p} appeal as [[{D:ISO}]]."])
_t("impossible_dot_certificate", I, [
    "The inspection certificate for {V} was stamped [[{D:DOT}]] and signed by the harbour master."])
_t("impossible_ordinal", I, ["The treaty was ratified by the {N} parliament on [[{D:ORD}]] after a marathon session."])
_t("impossible_storm", I, ["{S} struck the coast of {N} on [[{D:F}]], flattening much of the fishing fleet."])
_t("impossible_trial_opened", I, ["The trial of the former mayor opened on [[{D:SH}]] in the crown court at {T}."])
_t("impossible_launch", I, ["{F2} launched its first commercial flight on [[{D:AP}]], a short hop from {T} to {T2}."])
_t("impossible_referendum", I, ["Voters in {N2} rejected the new constitution in a referendum held on [[{D:B}]]."])
_t("impossible_memo", I, [
    "A memo dated [[{D:F}]] shows that executives at {F} knew of the leak months before the spill."])
_t("impossible_strike_end", I, [
    "The miners' strike at {T} ended on [[{D:F}]] when the union accepted a four percent rise."])
_t("impossible_yearless_anniversary", I, [
    "Every year on [[{D:MD}]], veterans gather at the memorial on the {T} cliffs."])
_t("impossible_discovery", I, ["Divers found the wreck of {V} on [[{D:ORD}]] in forty metres of water."])
_t("impossible_final", I, ["{C} won the league title on [[{D:AP}]] with a draw at {C2}."])
_t("impossible_words_dated", I, [
    "The letter from {P} to her publisher, written on [[{D:OW}]] of that year, has never been found."])
_t("impossible_yearless_british_expiry", I, [
    "The licence was due to expire on [[{D:DM}]], the regulator's notice said."])
_t("impossible_opening", I, ["The museum in {T} threw open its doors on [[{D:F}]] with an exhibition of river maps."])
_t("impossible_quote", I, ["\"It was [[{D:B}]], and I remember the snow on the platform,\" {q} told the inquiry."])
_t("impossible_recall", I, ["The recall notice, issued on [[{D:ISO}]], covered every pram sold under the {F} brand."])
_t("impossible_patent", I, ["The patent for the folding stretcher was granted to {P} on [[{D:SH}]]."])

# --- restated_event: the same head word on both sides ----------------------------
RS = "restated_event"
_t("restated_same_treaty", RS, [
    "The [[{A:Y}]] border treaty between {N} and {N2} is still cited by both governments.",
    "According to the archive, the treaty was signed in [[{B:MY}]] at a hunting lodge near {T}."])
_t("restated_same_trial", RS, [
    "{P}'s trial opened on [[{A:F}]] in the high court at {T}.",
    "Reporters who covered the trial, which opened on [[{B:F}]], remember the queues outside."])
_t("restated_same_election", RS, [
    "The snap election of [[{A:Y}]] swept the {p} government from office.",
    "That election, held in [[{B:MY}]], produced the lowest turnout on record."])
_t("restated_same_merger", RS, [
    "{F} completed its merger with {F2} in [[{A:MY}]], creating the region's largest employer.",
    "Analysts still describe the merger, finalised on [[{B:AP}]], as a rescue."], sy=False)
_t("restated_same_storm", RS, [
    "{S} hit {T} on [[{A:B}]], killing four people.",
    "Insurers paid out for months after the storm, which struck on [[{B:B}]]."])
_t("restated_same_bridge", RS, [
    "The suspension bridge at {T} opened in [[{A:Y}]].",
    "Engineers who inspected the bridge said it had carried traffic since its opening in [[{B:Y}]] "
    "without major repair."])
_t("restated_same_strike", RS, [
    "The postal strike began in [[{A:MY}]] and closed every sorting office in {N}.",
    "By the time the strike, which had begun in [[{B:MY}]], collapsed, the union's funds were gone."], sy=True)
_t("restated_same_launch", RS, [
    "The probe was launched on [[{A:ISO}]] from the southern cosmodrome.",
    "Mission staff marked the launch, on [[{B:ISO}]], with a modest dinner."])
_t("restated_same_ruling", RS, [
    "The supreme court's ruling of [[{A:AP}]] overturned the ban on street trading.",
    "Traders in {T} had campaigned for years before the ruling came down on [[{B:AP}]]."])
_t("restated_same_final", RS, [
    "{C} won the cup final of [[{A:Y}]] against {C2}.",
    "Supporters still sing about that final, played in [[{B:MY}]] under floodlights."])
_t("restated_same_expedition", RS, [
    "The {q} expedition set out from {T} in [[{A:MY}]] with forty porters.",
    "Letters from the expedition, which left {T} in [[{B:MY}]], were published after {q}'s death."])
_t("restated_same_recall", RS, [
    "{F} ordered the recall of its infant formula on [[{A:F}]].",
    "Parents who returned tins after the recall, ordered on [[{B:F}]], were refunded in full."], sy=True)
_t("restated_same_founding", RS, [
    "{F2} was founded in [[{A:Y}]] by two brothers from {T}.",
    "The company's founding in [[{B:Y}]] is commemorated by a plaque at the old mill."], yr=(1890, 2000))
_t("restated_same_ceasefire", RS, [
    "A ceasefire agreed on [[{A:B}]] halted the fighting along the {N} border.",
    "The ceasefire, agreed on [[{B:B}]], was broken within a week."])
_t("restated_same_discovery", RS, [
    "The discovery of the hoard near {T} in [[{A:EARLY}]] drew treasure hunters from across {N}.",
    "Archaeologists have since dated the discovery to [[{B:LATE}]], when a ploughman reported coins."])
_t("restated_same_wedding", RS, [
    "{P} and {Q} married at the cathedral in {T} on [[{A:SH}]].",
    "Guests at the wedding, on [[{B:SH}]], included the entire village choir."])
_t("restated_same_eruption", RS, [
    "The eruption of [[{A:Y}]] buried the village of {T} under ash.",
    "Survivors of the eruption, which the parish register places in [[{B:SUMMER}]], resettled on the "
    "coast."])
_t("restated_same_closure", RS, [
    "The closure of the {T} steelworks in [[{A:MY}]] cost two thousand jobs.",
    "Years on, the town's councillors still blame the closure, announced for [[{B:MY}]], for its empty "
    "high street."])
_t("restated_same_coup", RS, [
    "The coup of [[{A:MID}]] brought Colonel {r} to power in {N}.",
    "Diplomats who witnessed the coup recall that it unfolded in [[{B:LATE}]], in a single night."])
_t("restated_same_inquiry", RS, [
    "The public inquiry into the rail crash opened on [[{A:DOT}]].",
    "Its chairman said the inquiry, opened on [[{B:DOT}]], would sit for six months."])
_t("restated_same_debut", RS, [
    "{P} made her debut for {C} on [[{A:F}]] against {C2}.",
    "Her debut, on [[{B:F}]], ended with a red card."])

# --- restated_event: a different head word (verb, synonym, pronoun, name, description)
_t("restated_diff_verb_noun_merge", RS, [
    "{F} and {F2} merged in [[{A:Y}]], the filing shows.",
    "Staff were told the merger would take effect in [[{B:MY}]]."])
_t("restated_diff_synonym_pact", RS, [
    "The [[{A:Y}]] fishing pact gave {N} boats access to northern waters.",
    "Under the agreement, signed in [[{B:MY}]], quotas were set each spring."])
_t("restated_diff_pronoun_match", RS, [
    "The friendly between {C} and {C2} was played on [[{A:AP}]].",
    "It was staged on [[{B:AP}]] to raise money for the flood appeal, according to the club."])
_t("restated_diff_name_accord", RS, [
    "The {T} Accord, which ended the dispute over the estuary, dates from [[{A:Y}]].",
    "The two governments agreed the estuary boundary at talks in {T} in [[{B:MY}]], the foreign "
    "ministry said."])
_t("restated_diff_description_storm", RS, [
    "{S} battered the islands on [[{A:F}]].",
    "The worst storm of the decade, as forecasters called it, arrived on [[{B:F}]] and cut power to the "
    "ferry port."], sy=True)
_t("restated_diff_verb_noun_elect", RS, [
    "{P} was elected mayor of {T} in [[{A:MY}]].",
    "Her election, in [[{B:MY}]], made her the first woman to hold the post."])
_t("restated_diff_synonym_walkout", RS, [
    "The nurses' walkout at the {T} infirmary began on [[{A:B}]].",
    "Hospital managers said the strike, which started on [[{B:B}]], had delayed two hundred operations."])
_t("restated_diff_verb_noun_open", RS, [
    "The library in {T} opened its doors on [[{A:SH}]].",
    "Its opening, on [[{B:SH}]], was attended by the poet {Q}."])
_t("restated_diff_pronoun_verdict", RS, [
    "The jury in the {p} case delivered its verdict on [[{A:ISO}]].",
    "It came on [[{B:ISO}]], after three weeks of evidence, the court record shows."])
_t("restated_diff_description_firm", RS, [
    "{F} was incorporated in [[{A:Y}]].",
    "The brewer-turned-grocer, as the trade press calls it, started trading in [[{B:Y}]] from a single "
    "shop in {T}."], yr=(1890, 2005))
_t("restated_diff_synonym_crash", RS, [
    "The derailment outside {T} happened on [[{A:AP}]].",
    "Survivors of the crash, on [[{B:AP}]], have sued the operator {F2}."])
_t("restated_diff_name_summit", RS, [
    "The {T2} summit of [[{A:Y}]] produced the first joint statement on river pollution.",
    "Leaders of {N} and {N2} met on the lakeshore at {T2} in [[{B:MY}]] to issue that statement, the "
    "communique records."])
_t("restated_diff_verb_noun_acquit", RS, [
    "{Q} was acquitted on [[{A:F}]] of all charges.",
    "After the acquittal on [[{B:F}]], {q} left the country."])
_t("restated_diff_description_ship", RS, [
    "{V} sank on [[{A:B}]] with the loss of all hands.",
    "The disaster, the worst in the port's history, occurred on [[{B:B}]], according to the harbour "
    "board."])
_t("restated_diff_synonym_takeover", RS, [
    "The takeover of {F2} by {F} closed in [[{A:MY}]].",
    "Regulators cleared the acquisition, completed in [[{B:MY}]], without conditions."], sy=True)
_t("restated_diff_pronoun_law", RS, [
    "The clean-air law passed the {N} senate in [[{A:Y}]].",
    "Campaigners say it was adopted in [[{B:Y}]] only after a smog killed dozens in {T}."])
_t("restated_diff_verb_noun_discover", RS, [
    "Geologists discovered the copper seam beneath {T} in [[{A:MY}]].",
    "The discovery was made in [[{B:MY}]] by a survey team from {F}, the company says."])
_t("restated_diff_name_games", RS, [
    "{T} hosted the regional games in [[{A:Y}]].",
    "The {T} Games, staged in [[{B:Y}]], left the city a velodrome nobody uses."])
_t("restated_diff_description_trial", RS, [
    "The trial of {P} began on [[{A:DOT}]].",
    "What newspapers called the trial of the century opened on [[{B:DOT}]] before a packed gallery."])
_t("restated_diff_synonym_flood", RS, [
    "The great flood of [[{A:Y}]] swept away the old mill at {T}.",
    "The deluge, which a marker on the church tower dates to [[{B:SUMMER}]], reached the second step of "
    "the altar."])
_t("restated_diff_verb_noun_resign", RS, [
    "{Q} resigned as chief executive of {F} on [[{A:AP}]].",
    "The board accepted the resignation, dated [[{B:AP}]], without comment."])

# --- order_violation (E: the event the text puts first; L: the one it puts second) ---
O = "order_violation"
_t("order_aftermath_summit", O, [
    "The fisheries pact was signed in [[{L:Y}]] in the aftermath of the [[{E:Y}]] summit in {T}."])
_t("order_after_merger", O, ["{F} cut four hundred jobs in [[{L:MY}]], after its merger with {F2} in [[{E:MY}]]."])
_t("order_before_final", O, ["{C} sacked its manager in [[{E:MY}]], just before the cup final of [[{L:MY}]]."], sy=True)
_t("order_following_ruling", O, [
    "Following the high court ruling of [[{E:AP}]], the council withdrew the eviction notices on "
    "[[{L:AP}]]."])
_t("order_after_storm", O, [
    "Rebuilding of the sea wall at {T} began on [[{L:F}]], after {S} breached it on [[{E:F}]]."], sy=True)
_t("order_before_election", O, [
    "{P} switched parties in [[{E:Y}]], before the general election of [[{L:Y}]] that made her a "
    "minister."])
_t("order_prior_to_trial", O, [
    "Prior to his trial in [[{L:MY}]], {r} had been held on remand since his arrest in [[{E:MY}]]."])
_t("order_in_wake_of_crash", O, [
    "In the wake of the derailment on [[{E:B}]], the regulator ordered speed limits on the line from "
    "[[{L:B}]]."])
_t("order_followed_by", O, ["The strike at the {T} docks in [[{E:Y}]] was followed by a lockout in [[{L:Y}]]."])
_t("order_until_then", O, [
    "The river crossing opened on [[{E:SH}]]; until the ferry was withdrawn on [[{L:SH}]], both ran "
    "side by side."])
_t("order_preceded", O, [
    "The recall of [[{E:MY}]] preceded the collapse of {F} in [[{L:MY}]], creditors told the court."])
_t("order_once_launch", O, [
    "Once the satellite had been launched in [[{E:Y}]], engineers began testing its cameras in "
    "[[{L:Y}]]."])
_t("order_two_sentences", O, [
    "The treaty between {N} and {N2} was ratified on [[{L:ISO}]].",
    "That came after the two leaders initialled the text on [[{E:ISO}]], officials said."])
_t("order_after_graduating", O, [
    "{P} joined the foreign service in [[{L:Y}]] after graduating from the university at {T} in "
    "[[{E:Y}]]."])
_t("order_after_discovery", O, [
    "The mining licence was granted in [[{L:MY}]], after the discovery of the seam in [[{E:MY}]]."], sy=True)
_t("order_before_opening", O, [
    "The hospital's chief surgeon resigned on [[{E:F}]], shortly before the new wing opened on "
    "[[{L:F}]]."])
_t("order_subsequently", O, [
    "{Q} was convicted of fraud in [[{E:Y}]] and subsequently stripped of her title in [[{L:Y}]]."])
_t("order_since_quote", O, [
    "\"We rebuilt in [[{L:Y}]], after the fire of [[{E:Y}]] took everything,\" said {p}, who owns the "
    "bakery in {T}."])
_t("order_later_that", O, [
    "The coup in {N} took place in [[{E:MY}]].",
    "Later that year, in [[{L:MY}]], the new junta dissolved parliament."], sy=True)
_t("order_after_expedition", O, [
    "The botanist {P} published her survey of the highland flora in [[{L:Y}]], on returning from the "
    "[[{E:Y}]] expedition."])
_t("order_first_then", O, [
    "The club first won promotion on [[{E:AP}]] and then reached its first cup final on [[{L:AP}]]."])
_t("order_having", O, [
    "Having already beaten {C2} in the semi-final on [[{E:B}]], {C} went on to take the trophy on "
    "[[{L:B}]]."], sy=True)
_t("order_before_resign", O, [
    "{R} approved the contract on [[{E:DOT}]], before resigning as transport minister on [[{L:DOT}]]."])
_t("order_successor", O, [
    "The old ford at {T} was abandoned in [[{L:Y}]], once the bridge that replaced it had been "
    "completed in [[{E:Y}]]."])
_t("order_in_response", O, [
    "In response to the oil spill of [[{E:MY}]], parliament tightened tanker rules in [[{L:MY}]]."])
_t("order_until_acquired", O, [
    "{F2} remained independent until it was acquired by {F} in [[{L:Y}]]; it had been listed on the "
    "exchange only in [[{E:Y}]]."])
_t("order_after_eruption", O, [
    "Villagers returned to {T} in [[{L:LATE}]], after the eruption of [[{E:Y}]] had buried their "
    "fields."])
_t("order_by_the_time", O, ["By the time the ship was refloated on [[{L:SH}]], it had been aground since [[{E:SH}]]."])
_t("order_after_pilot", O, [
    "The vaccine went on general sale in [[{L:Y}]] after a pilot programme in {T} in [[{E:Y}]]."])
_t("order_ahead_of", O, ["Ahead of the referendum of [[{L:F}]], the government in {N2} printed leaflets on [[{E:F}]]."])

# --- publication_anachronism (published 2016-09-27) -------------------------------
A = "publication_anachronism"
_t("anachronism_treaty_signed", A, [
    "The two governments signed the water-sharing treaty in {T} on [[{D:F}]], ending years of "
    "wrangling."])
_t("anachronism_verdict", A, ["A jury at {T} convicted {P} of bribery on [[{D:AP}]]."])
_t("anachronism_merger", A, ["{F} completed its purchase of {F2} in [[{D:MY}]], the company said in a statement."])
_t("anachronism_storm", A, ["{S} tore through {T} on [[{D:B}]], leaving thousands without power."])
_t("anachronism_election", A, ["{Q}'s party won the {N} general election held in [[{D:Y}]] by a wide margin."])
_t("anachronism_recall", A, ["Regulators ordered {F2} to recall its airbags on [[{D:ISO}]], the notice shows."])
_t("anachronism_opening", A, [
    "The new terminal at {T} airport opened to passengers on [[{D:SH}]], several months late."])
_t("anachronism_final", A, ["{C} beat {C2} in the cup final on [[{D:DOT}]] in front of a sell-out crowd."])
_t("anachronism_expedition", A, [
    "The polar team led by {R} reached the ice shelf in [[{D:APMY}]] after a gruelling crossing."])
_t("anachronism_resigned", A, ["{P} stepped down as governor of the central bank in [[{D:LATE}]], citing ill health."])
_t("anachronism_yesterday", A, [
    "The transport minister, speaking [[yesterday]], said the rail link had been approved on [[{D:F}]]."],
   rel="yesterday")
_t("anachronism_yesterday_start", A, [
    "[[Yesterday]], [[{D:AP}]], riot police cleared the square in front of the {T} parliament."], rel="Yesterday")
_t("anachronism_last_week", A, [
    "The strike at {F}'s plant, which ended [[last week]] on [[{D:B}]], cost the firm millions."], rel="last week")
_t("anachronism_this_morning", A, [
    "Firefighters were still damping down the warehouse in {T} [[this morning]], [[{D:F}]], as "
    "investigators arrived."], rel="this morning")
_t("anachronism_earlier_this_month", A, [
    "The court in {T} ruled [[earlier this month]], on [[{D:SH}]], that the dismissal was unfair."],
   rel="earlier this month")
_t("anachronism_last_night", A, [
    "{C} clinched promotion [[last night]] ([[{D:AP}]]) with a late winner at {C2}."], rel="last night")
_t("anachronism_two_days_ago", A, [
    "Rescuers found the missing climbers alive [[two days ago]], on [[{D:F}]], in a snow hole above "
    "{T}."], rel="two days ago")
_t("anachronism_last_month", A, [
    "{F} announced [[last month]], in [[{D:MY}]], that it would close its {T} depot."], rel="last month")
_t("anachronism_last_year", A, [
    "The dam at {T} was finished [[last year]], in [[{D:Y}]], the engineers said."], rel="last year")
_t("anachronism_earlier_today", A, [
    "Police in {T} arrested two men [[earlier today]], [[{D:ISO}]], in connection with the robbery."],
   rel="earlier today")
_t("anachronism_fortnight", A, [
    "{P} was sworn in as mayor [[a fortnight ago]], on [[{D:B}]], after a bitter recount."], rel="a fortnight ago")
_t("anachronism_last_weekend", A, [
    "Thousands marched through {T} [[last weekend]], on [[{D:F}]], against the new mining law."], rel="last weekend")
_t("anachronism_earlier_this_week", A, [
    "The health ministry confirmed [[earlier this week]] -- on [[{D:DOT}]] -- that the outbreak had "
    "been contained."], rel="earlier this week")
_t("anachronism_this_afternoon", A, [
    "The harbour board voted [[this afternoon]], [[{D:AP}]], to sell the old customs house."], rel="this afternoon")
_t("anachronism_last_summer", A, [
    "Divers recovered the bell of {V} from the bed of the bay [[last summer]] -- in [[{D:Y}]], "
    "according to the salvage log."], rel="last summer")
_t("anachronism_nine_days", A, [
    "The ferry ran aground off {T} [[nine days ago]], on [[{D:SH}]], and is still stuck on the sandbar."],
   rel="nine days ago")
_t("anachronism_earlier_this_year", A, [
    "{F2} floated on the stock exchange [[earlier this year]], in [[{D:APMY}]], raising less than it "
    "had hoped."], rel="earlier this year")

# --- duration_arithmetic (no end date: counted to 2016-09-27) ------------------------
DU = "duration_arithmetic"
Y20 = (20 * 365, 90 * 365)
_t("duration_founded_ago", DU, [
    "The cooperative was founded in [[{S:Y}]], [[{NUM} years ago]], by a handful of dairy farmers from "
    "{T}."], unit="years", yr=(1900, 2000))
_t("duration_age_at_death", DU, [
    "{P}, who was born on [[{S:F}]], died on [[{E:F}]] at the age of [[{NUM}]]."], unit="years", span=Y20)
_t("duration_summit_days", DU, [
    "The [[{NUM}-day]] summit in {T}, which ran from [[{S:F}]] to [[{E:F}]], ended without a "
    "communique."], unit="days", span=(16, 60), yr=(1950, 2015), words=True)
_t("duration_strike_months", DU, [
    "The strike at {F} lasted [[{NUM} months]], from [[{S:MY}]] until [[{E:MY}]]."],
   unit="months", span=(400, 1400), yr=(1950, 2012))
_t("duration_trial_weeks", DU, [
    "The trial, which opened on [[{S:AP}]] and closed on [[{E:AP}]], lasted [[{NUM} weeks]]."],
   unit="weeks", span=(30, 200), yr=(1950, 2015))
_t("duration_reign", DU, [
    "King {r} ruled {N} for [[{NUM} years]], from [[{S:Y}]] to [[{E:Y}]]."],
   unit="years", span=(10 * 365, 50 * 365), yr=(1890, 1970))
_t("duration_anniversary", DU, [
    "The {T} lifeboat station, opened in [[{S:Y}]], is celebrating its [[{NUM}]] anniversary with an "
    "open day."], unit="years", yr=(1890, 1990), ordinal=True)
_t("duration_aged_when", DU, [
    "Born in [[{S:Y}]], {Q} was [[{NUM}]] when she took charge of {F2} in [[{E:Y}]]."],
   unit="years", span=(25 * 365, 60 * 365), yr=(1900, 1970))
_t("duration_voyage_days", DU, [
    "{V} left {T} on [[{S:B}]] and docked at {T2} on [[{E:B}]], a voyage of [[{NUM} days]]."],
   unit="days", span=(40, 200), yr=(1900, 2015))
_t("duration_siege_weeks", DU, [
    "The siege of {T} began on [[{S:F}]] and was lifted on [[{E:F}]], [[{NUM} weeks]] later."],
   unit="weeks", span=(20, 150), yr=(1890, 1990), words=True)
_t("duration_served_years", DU, [
    "{P} served on the {T} bench for [[{NUM} years]] after her appointment in [[{S:MY}]], retiring in "
    "[[{E:MY}]]."], unit="years", span=(8 * 365, 35 * 365), yr=(1930, 1990))
_t("duration_married_ago", DU, [
    "{P} and {Q} married at {T} in [[{S:Y}]], [[{NUM} years ago]] in the parish church."],
   unit="years", yr=(1930, 1995))
_t("duration_closed_for", DU, [
    "The museum was closed for [[{NUM} months]] for repairs, reopening on [[{E:SH}]] after shutting on "
    "[[{S:SH}]]."], unit="months", span=(300, 900), yr=(1950, 2012), words=True)
_t("duration_old_at_victory", DU, [
    "{Q}, born on [[{S:AP}]], became the oldest winner of the marathon when she won it on [[{E:AP}]], "
    "aged [[{NUM}]]."], unit="years", span=(30 * 365, 55 * 365), yr=(1920, 1980))
_t("duration_campaign_days", DU, [
    "The [[{NUM}-day]] election campaign formally began on [[{S:ISO}]]; polling day was [[{E:ISO}]]."],
   unit="days", span=(60, 150), yr=(1960, 2015))
_t("duration_construction_years", DU, [
    "Work on the {T} cathedral spire began in [[{S:Y}]] and took [[{NUM} years]]; the last stone was "
    "laid in [[{E:Y}]]."], unit="years", span=(15 * 365, 60 * 365), yr=(1890, 1950))
_t("duration_since_founding", DU, [
    "Founded on [[{S:F}]], {C} has existed for [[{NUM} years]], longer than any other club in {T}."],
   unit="years", yr=(1890, 1990))
_t("duration_ceasefire_held", DU, [
    "The truce agreed on [[{S:DOT}]] held for [[{NUM} days]] before fighting resumed on [[{E:DOT}]]."],
   unit="days", span=(50, 300), yr=(1950, 2015))
_t("duration_exile", DU, [
    "{R} went into exile in [[{S:MY}]] and returned to {N} in [[{E:MY}]], after [[{NUM} years]] abroad."],
   unit="years", span=(10 * 365, 30 * 365), yr=(1930, 1990), words=True)
_t("duration_half_century", DU, [
    "The {T} folk festival, first held in [[{S:Y}]], has now run for [[{NUM} years]]."], unit="years", yr=(1900, 1985))
_t("duration_probe_months", DU, [
    "Launched on [[{S:F}]], the probe reached the outer planet on [[{E:F}]], after a cruise of [[{NUM} "
    "months]]."], unit="months", span=(700, 2500), yr=(1960, 2005))
_t("duration_quote_ago", DU, [
    "\"We opened the shop in [[{S:Y}]], [[{NUM} years ago]], with two ovens and a bicycle,\" said {p}."],
   unit="years", yr=(1940, 2000))
_t("duration_tenure_weeks", DU, [
    "{Q} was appointed coach of {C} on [[{S:B}]] and sacked on [[{E:B}]], a tenure of just [[{NUM} "
    "weeks]]."], unit="weeks", span=(120, 400), yr=(1960, 2012))
_t("duration_hostages_days", DU, [
    "The hostages seized on [[{S:AP}]] were freed on [[{E:AP}]] after [[{NUM} days]] in captivity."],
   unit="days", span=(30, 90), yr=(1960, 2015), words=True)
_t("duration_age_now", DU, [
    "The ferryman {R}, born in [[{S:Y}]], is now [[{NUM}]] and still takes the crossing at {T} every "
    "morning."], unit="years", yr=(1920, 1975))
_t("duration_investigation", DU, [
    "The [[{NUM}-month]] investigation, opened in [[{S:MY}]] and closed in [[{E:MY}]], found no "
    "wrongdoing at {F}."], unit="months", span=(500, 1500), yr=(1960, 2011))
_t("duration_building_age", DU, [
    "The grain exchange in {T} was [[{NUM} years old]] when the wrecking ball reached it in [[{E:Y}]]; "
    "it had gone up in [[{S:Y}]]."], unit="years", span=(30 * 365, 90 * 365), yr=(1890, 1940))
_t("duration_orbit", DU, [
    "{P} spent [[{NUM} months]] aboard the station, from her launch on [[{S:F}]] to her landing on "
    "[[{E:F}]]."], unit="months", span=(500, 900), yr=(1975, 2012), words=True)
_t("duration_exhibition", DU, [
    "The exhibition of {P}'s river paintings ran for [[{NUM} days]], opening on [[{S:SH}]] and closing "
    "on [[{E:SH}]]."], unit="days", span=(60, 150), yr=(1960, 2015))
_t("duration_vacancy_weeks", DU, [
    "The bishop's seat at {T} stood empty for [[{NUM} weeks]] between the death of the old bishop on "
    "[[{S:ORD}]] and the enthronement of the new one on [[{E:ORD}]]."], unit="weeks", span=(60, 300), yr=(1890, 2012))
_t("duration_lease", DU, [
    "The council leased the pier to {F} in [[{S:Y}]]; when the lease ran out in [[{E:Y}]], the firm had "
    "held it for [[{NUM} years]]."], unit="years", span=(15 * 365, 45 * 365), yr=(1900, 1975))
