"""``blind31``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind31`` templates.  Written on 2026-11-24 (started 00:39:27 UTC, by
# `date -u`) by a helper session acting as an independent tester, from the
# six conflict definitions in its brief and from how news copy dates things,
# WITHOUT opening, grepping, importing or running the detector (anything
# under src/reliability/), its date tests (tests/test_temporal*,
# tests/test_event_identity.py, any tests/test_date* file other than
# tests/test_date_templates_independent.py), features/, docs/, the README,
# benchmarks/results/ or the body of benchmarks/event_identity.py.  Base
# commit, taken with ``git rev-parse HEAD`` (``git log`` was never run):
# c0fb9ac3f1708afb968f1959c2fd323d2d1be61a.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind31`` row was added and the docstring's range extended to blind31);
# in tests/conftest.py the ``load_benchmark`` helper (printed with
# ``grep -n -A15``); lines 1-397 of benchmarks/date_templates_blind30.py (its
# header comment, imports, name lists, helpers and generator machinery up to,
# not including, its first ``_t(`` template, and the comment line and the
# ``W = ...`` line opening its weekday section) -- none of its templates;
# its machinery was copied and adapted (``b31_`` names, "fourteen days ago"
# as the new relative anchor), its name lists were replaced and its names and
# places were not reused; in benchmarks/date_conflicts.py only the output of
# ``grep -n "import BLIND"`` (last lines shown: the blind28-blind30 imports,
# lines 83-85) and the tail of ``grep -n -A14 "^INDEPENDENT_SETS"`` (the
# blind29/blind30 entry line, the closing brace and the following
# ``def temporal_learned() -> bool:`` line), then one import line and one dict
# entry were added with sed; in benchmarks/event_identity.py only the
# ``FRESH = (...)`` line, changed with the sed line of the brief and shown
# with ``grep -n "^FRESH"``.
# Seen by accident: the ``grep -A15`` of ``load_benchmark`` ran into the
# first lines of tests/conftest.py's ``date_conflicts`` helper (its
# signature, docstring and a line importing ``analyse_dates`` from
# ``reliability.features.temporal``); a ``grep -n '_t("'`` over blind30
# printed its first two templates in full (lines 398-399: a weekday template
# about a ship going down and one about a jury verdict).  No detector code
# was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind31``, which runs no
# detector) and a throwaway script applying the shared checks over 300 seeds
# per template and printing a few rendered samples -- never through the
# detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind31``.
#
# Conventions (those of blind30, machinery copied from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b31_<kind>_...`` with a ``facts(rng)`` attribute returning the same
# sentences and the date expressions, as written, that make the conflict.
# Each template seeds its own ``random.Random`` from its name and 64 bits
# drawn from the caller's rng.  Every side of a conflict is marked with
# [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated from June 2017 to 2025; relative expressions are pinned to 1995-2012
# or 2020-2025.  Other kinds keep their dates in 1900-2015, name no weekday
# outside the weekday templates and use no relative expression ("ago" only
# in durations, counted to 2016-09-27).  Stated counts miss every defensible
# count (unknown days, inclusive or exclusive counting) by at least seven
# units; all duration offsets are 0.  In order-violation facts ``earlier`` is
# the event the text says came first (label ``E``; it carries the later
# date) and ``later`` the one it puts second (label ``L``).  Restated
# templates are ``b31_restated_same_*`` (one head word twice) or
# ``b31_restated_diff_*`` (verb against noun, synonym, pronoun, apposition,
# passive, fronted phrase, quote); which side gets the earlier date is drawn
# at random; events that last (a flood, a strike, a fire, an eruption, a
# storm) are dated at least two calendar years apart (``gap=(2, 12)``).
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year; formats without a year (``CONTEXT``) take it
# from the other date, whose marked span carries it.  Extra relative
# expressions beyond the shared list: ``EXTRA_ANCHORS`` (new here: "fourteen
# days ago").  Counts: 32 weekday_mismatch, 32 impossible_date, 44
# restated_event (22 same, 22 diff), 32 order_violation, 35
# publication_anachronism, 31 duration_arithmetic (206 in all).  All people,
# places, firms, clubs, storms, ships, mountains and countries are invented
# for this set.
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
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "earlier this year",
                           "fourteen days ago"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

FIRST_F = ["Marisol", "Philippa", "Ysolde", "Bettina", "Clementine", "Rosalind", "Theodora", "Annunziata"]
FIRST_M = ["Evander", "Lysander", "Barnaby", "Crispin", "Peregrine", "Leopold"]
LAST = ["Hollingworth", "Achterberg", "Nwachukwu-Bray", "Quenell", "Brightmore", "Castellanos-Reid", "Threlkeld",
        "Ingleby", "Mbeki-Saunders", "Vaughan-Oduya", "Lindqvist-Hale", "Pargeter", "Szymanska", "Cotterill"]
TOWNS = ["Kestrel Bay", "Marlow Thorpe", "Ashbourne Fen", "Gillingstead", "Port Carrow", "Wendlebury Cross",
         "Haverleigh", "Oxcombe", "Scarrow Point", "Thistleby"]
FIRMS = ["Greywater Logistics", "Pelican Ridge Holdings", "Kilnmoor Ceramics", "Solvane Energy",
         "Hartfield & Rooke", "Northgale Shipping", "Calloway Biotech", "Fenwick Mills"]
NATIONS = ["Vestoria", "Qaranesh", "Lutavia", "Norrheim", "Sabrene", "Kotavia"]
CLUBS = ["Kestrel Bay Rovers", "Marlow Thorpe City", "Gillingstead Harriers", "Port Carrow Athletic",
         "Haverleigh Swifts", "Oxcombe Rangers"]
STORMS = ["Hurricane Lavinia", "Typhoon Marguerite", "Cyclone Oriel", "Storm Benedikta", "Hurricane Aurelio"]
SHIPS = ["the coaster Dawn Heron", "MV Northern Linnet", "the schooner Lady Albreda", "the tanker Pale Curlew"]
PEAKS = ["Mount Carravore", "the Silberspitz", "Mount Tallach", "the Aonach Breac"]


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
            "H": r.choice(STORMS), "V": r.choice(SHIPS), "M": r.choice(PEAKS)}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


#: How each date format writes a (possibly impossible) date ``(year, month, day)``.
FORMATS: dict[str, Callable[[Date3], str]] = {
    "F": lambda d: f"{MONTHS[d[1] - 1]} {d[2]}, {d[0]}",
    "FO": lambda d: f"{MONTHS[d[1] - 1]} {_ordinal(d[2])}, {d[0]}",
    "AP": lambda d: f"{AP[d[1] - 1]} {d[2]}, {d[0]}",
    "B": lambda d: f"{d[2]} {MONTHS[d[1] - 1]} {d[0]}",
    "BO": lambda d: f"{_ordinal(d[2])} {MONTHS[d[1] - 1]} {d[0]}",
    "SH": lambda d: f"{d[2]} {SHORT[d[1] - 1]} {d[0]}",
    "ORD": lambda d: f"the {_ordinal(d[2])} of {MONTHS[d[1] - 1]}, {d[0]}",
    "ISO": lambda d: f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}",
    "DOT": lambda d: f"{d[2]:02d}.{d[1]:02d}.{d[0]:04d}",
    "MD": lambda d: f"{MONTHS[d[1] - 1]} {d[2]}",  # no year: impossible in every year, or year from context
    "DM": lambda d: f"{d[2]} {MONTHS[d[1] - 1]}",
    "APMD": lambda d: f"{AP[d[1] - 1]} {d[2]}",
    "SHMD": lambda d: f"{SHORT[d[1] - 1]} {d[2]}",
    "ORDNY": lambda d: f"the {_ordinal(d[2])} of {MONTHS[d[1] - 1]}",
    "OW": lambda d: f"the {'thirtieth' if d[2] == 30 else 'thirty-first'} of {MONTHS[d[1] - 1]}",
    "MY": lambda d: f"{MONTHS[d[1] - 1]} {d[0]}",
    "APMY": lambda d: f"{AP[d[1] - 1]} {d[0]}",
    "Y": lambda d: f"{d[0]}",
    "MID": lambda d: f"mid-{d[0]}",
    "EARLY": lambda d: f"early {d[0]}",
    "LATE": lambda d: f"late {d[0]}",
    "END": lambda d: f"the end of {d[0]}",
    "SUMMER": lambda d: f"the summer of {d[0]}",
    "SPRING": lambda d: f"the spring of {d[0]}",
    "AUTUMN": lambda d: f"the autumn of {d[0]}",
    "FALL": lambda d: f"fall {d[0]}",
    "SHMY": lambda d: f"{SHORT[d[1] - 1]} {d[0]}",
}
EXACT = {"F", "FO", "AP", "B", "BO", "SH", "ORD", "ISO", "DOT"}
CONTEXT = {"MD", "DM", "APMD", "SHMD", "ORDNY"}  # exact days whose year the context gives
MONTHLY = {"MY", "APMY", "SHMY"}
YEARLESS = CONTEXT | {"OW"}  # impossible-date formats without a year: impossible in every year


def _span(d: Date3, fmt: str) -> tuple[datetime.date, datetime.date]:
    """Earliest and latest day the written date can mean (as a careful reader would take it)."""
    y, m, day = d
    if fmt in EXACT or fmt in CONTEXT:
        exact = datetime.date(y, m, day)
        return exact, exact
    if fmt in MONTHLY:
        return datetime.date(y, m, 1), datetime.date(y, m, calendar.monthrange(y, m)[1])
    bounds = {"MID": ((4, 1), (9, 30)), "EARLY": ((1, 1), (4, 30)), "LATE": ((9, 1), (12, 31)),
              "END": ((10, 1), (12, 31))}
    (m1, d1), (m2, d2) = bounds.get(fmt, ((1, 1), (12, 31)))  # seasons: the whole year (either hemisphere)
    return datetime.date(y, m1, d1), datetime.date(y, m2, d2)


def _side(d: Date3, fmt: str) -> str | tuple[str, int]:
    """A date as written; with its year from the context when the format has none."""
    return (FORMATS[fmt](d), d[0]) if fmt in CONTEXT else FORMATS[fmt](d)


def _draw(r: random.Random, lo: int, hi: int) -> datetime.date:
    first, last = datetime.date(lo, 1, 1).toordinal(), datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(first, last))


def _tuple(d: datetime.date) -> Date3:
    return d.year, d.month, d.day


PLACE = re.compile(r"\{(\w+)(?::(\w+))?\}")


def _formats(sentences: list[str]) -> dict[str, str]:
    """Each date label's format; a label also written as a bare year ``{X:Y}`` keeps its other format."""
    found: dict[str, str] = {}
    for sentence in sentences:
        for label, fmt in PLACE.findall(sentence):
            if fmt and (fmt != "Y" or label not in found):
                found[label] = fmt
    return found


def _render(sentences: list[str], values: dict[str, str], dates: dict[str, Date3]) -> list[str]:
    def repl(match: re.Match[str]) -> str:
        label, fmt = match.group(1), match.group(2)
        return FORMATS[fmt](dates[label]) if fmt else values[label]
    rendered = [PLACE.sub(repl, sentence) for sentence in sentences]
    return [sentence[0].upper() + sentence[1:] for sentence in rendered]  # "the research vessel ..." opens one


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
    return {"WD": wd}, {"D": _tuple(d)}, {"weekday": wd, "date": _side(_tuple(d), fmt)}


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
        if fa in CONTEXT or fb in CONTEXT:
            raise RuntimeError("a date without a year needs sy=True")
        gap = r.randint(*o.get("gap", (1, 12)))  # whole calendar years; (2, 12) for events that last
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
    return {}, dates, {"dates": (_side(dates["A"], f["A"]), _side(dates["B"], f["B"]))}


def _gen_order(r: random.Random, s: list[str], o: dict[str, Any]) -> Drawn:
    """``E``: the event the text puts first (it carries the later date); ``L``: the one it puts second."""
    f = _formats(s)
    e, lt = _pair(r, o, f["E"], f["L"])
    dates = {"E": _tuple(e), "L": _tuple(lt)}
    return {}, dates, {"earlier": _side(dates["E"], f["E"]), "later": _side(dates["L"], f["L"])}


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
    if (f["S"] in CONTEXT or f.get("E") in CONTEXT) and (end is None or end.year != start.year):
        raise _Retry  # a date without a year shares the year written with the other one
    start_low, start_high = _span(_tuple(start), f["S"])
    if start_high > end_low:
        raise _Retry
    lowest = ELAPSED[unit](start_high, end_low) - 1
    highest = ELAPSED[unit](start_low, end_high) + 1
    fixed = o.get("fixed")  # (value, phrase): "a decade", "half a century", "centenary", "a fortnight"
    if fixed is not None:
        value, stated = fixed
        if lowest - 7 < value < highest + 7:
            raise _Retry
    else:
        words = o.get("words", False)
        top = 20 if words else o.get("top", 120)
        candidates = list(range(2, lowest - 7 + 1)) + list(range(highest + 7, highest + 7 + max(6, highest // 2)))
        candidates = [v for v in candidates if o.get("min", 2) <= v <= top]  # "min": no toddler MPs
        if not candidates:
            raise _Retry
        value = r.choice(candidates)
        stated = WORDS[value] if words else str(value)
        if o.get("ordinal"):
            stated = _ordinal(value)
    dates = {"S": _tuple(start)}
    if end is not None:
        dates["E"] = _tuple(end)
    facts = {"stated": stated, "value": value, "unit": unit, "start": _side(dates["S"], f["S"]),
             "end": _side(dates["E"], f["E"]) if end is not None else None, "offset": 0}
    return {"NUM": stated}, dates, facts


GENERATORS = {"weekday_mismatch": _gen_weekday, "impossible_date": _gen_impossible, "restated_event": _gen_restated,
              "order_violation": _gen_order, "publication_anachronism": _gen_anachronism,
              "duration_arithmetic": _gen_duration}
BLIND31_TEMPLATES: dict[str, list[Template]] = {kind: [] for kind in GENERATORS}


def _t(name: str, kind: str, sentences: list[str], **opt: Any) -> None:
    full = f"b31_{name}"
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
    BLIND31_TEMPLATES[kind].append(template)



# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_bridge_reopened", W, ["The {T} swing bridge reopened to traffic on [[{WD}, {D:F}]], three months behind schedule."])
_t("weekday_council_vote", W, ["Councillors in {T} voted nine to four to close the branch library at a meeting on [[{WD}, {D:B}]]."])
_t("weekday_baker_died", W, ["{P}, who ran the bakery on the {T} high street for four decades, died at home on [[{WD}, {D:FO}]]."])
_t("weekday_home_win", W, ["{C} beat {C2} 3-1 at home on [[{WD}, {D:AP}]], with two goals in the final ten minutes."], ap=True)
_t("weekday_landfall", W, ["{H} made landfall near {T} late on [[{WD}, {D:F}]], cutting power to 40,000 homes."])
_t("weekday_arrest_flat", W, ["Police arrested {R} at his flat in {T} on [[{WD} {D:B}]]."])
_t("weekday_ship_docked", W, ["{V} docked at {T} on the morning of [[{WD}, {D:ORD}]] after a nine-week voyage."])
_t("weekday_log_entry", W, ["A log entry dated [[{D:ISO} ({WD})]] records the first readings from the new tide gauge at {T}."])
_t("weekday_walkout_called", W, ["Union leaders at {F} called the walkout for [[{WD}, {D:SH}]], the first in the company's history."])
_t("weekday_wedding", W, ["{P} and {R} were married at the parish church in {T} on [[{WD}, {D:BO}]]."])
_t("weekday_polls", W, ["Voters in {N} went to the polls on [[{WD}, {D:F}]] to choose a new parliament."])
_t("weekday_warehouse_fire", W, ["Fire crews were called to the {F} warehouse in {T} at 2.40am on [[{WD}, {D:B}]]."])
_t("weekday_circular", W, ["The ministry's circular, issued [[{WD} {D:DOT}]], ordered every school in {T} to stay shut."])
_t("weekday_trial_opened", W, ["The trial of {R} opened at {T} Crown Court on [[{WD}, {D:FO}]] and was expected to last a month."])
_t("weekday_album_out", W, ["The band's third album went on sale on [[{WD}, {D:AP}]], and sold out in {T} within hours."], ap=True)
_t("weekday_quake", W, ["A magnitude 5.8 earthquake struck {N} shortly before dawn on [[{WD}, {D:F}]]."])
_t("weekday_climbers", W, ["Two climbers stranded on {M} were winched to safety on [[{WD}, {D:SH}]]."])
_t("weekday_merger_announced", W, ["{F} and {F2} announced their merger before markets opened on [[{WD}, {D:F}]]."])
_t("weekday_letter_dated", W, ["In a letter dated [[{WD}, {D:ORD}]], {P} told the board she would step down."])
_t("weekday_fog", W, ["The derby between {C} and {C2} was abandoned at half-time on [[{WD} {D:BO}]] because of fog."])
_t("weekday_slipway", W, ["{V} was launched from the {T} slipway on [[{WD}, {D:B}]] in front of a large crowd."])
_t("weekday_budget", W, ["The finance minister of {N} presented the budget to parliament on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_born", W, ["{P} was born in {T} on [[{WD}, {D:F}]], the youngest of six children."])
_t("weekday_river_peak", W, ["The river at {T} peaked at 4.2 metres on [[{WD}, {D:FO}]], the highest level on record."])
_t("weekday_diary", W, ["\"[[{WD}, {D:B}]]: rain all day, the mill at {T} closed early,\" reads one entry in the diary."])
_t("weekday_ceasefire", W, ["The ceasefire between {N} and {N2} took effect at midnight on [[{WD}, {D:F}]]."])
_t("weekday_recall", W, ["{F} recalled 12,000 kettles on [[{WD}, {D:SH}]] after reports of overheating."])
_t("weekday_inquiry", W, ["The planning inquiry into the {T} bypass resumed on [[{WD}, {D:F}]] after a two-week adjournment."])
_t("weekday_nurses", W, ["Nurses at {T} General Hospital walked out at 7am on [[{WD}, {D:AP}]]."], ap=True)
_t("weekday_premiere", W, ["The film had its premiere in {T} on [[{WD}, {D:BO}]], with {P} in attendance."])
_t("weekday_signing", W, ["{C} confirmed the signing of {R} on [[{WD}, {D:F}]] for an undisclosed fee."])
_t("weekday_bus", W, ["Two passengers were hurt when a bus left the road outside {T} on [[{WD} {D:B}]]."])

# --- impossible_date ------------------------------------------------------------
I = "impossible_date"
_t("impossible_contract", I, ["The contract was signed on [[{D:F}]], according to court papers."])
_t("impossible_resignation_letter", I, ["{P} dated her resignation letter [[{D:B}]]."])
_t("impossible_ferry", I, ["The ferry service from {T} resumed on [[{D:FO}]] after repairs to the pier."])
_t("impossible_deed", I, ["Land registry records show the deed was registered on [[{D:ISO}]]."])
_t("impossible_customs", I, ["The shipment cleared customs at {T} on [[{D:DOT}]], the invoice states."])
_t("impossible_appointed", I, ["{R} was appointed chief executive of {F} on [[{D:AP}]]."])
_t("impossible_plaque", I, ["The plaque gives the date the foundation stone was laid as [[{D:ORD}]]."])
_t("impossible_minutes", I, ["The minutes of the meeting, held on [[{D:SH}]], were never published."])
_t("impossible_parade", I, ["Every year on [[{D:MD}]], the town of {T} holds a lantern parade."])
_t("impossible_fireworks", I, ["The festival always closes on [[{D:DM}]] with fireworks over the harbour at {T}."])
_t("impossible_final_tickets", I, ["Tickets for the cup final, set for [[{D:OW}]] at the {T} ground, sold out within hours."])
_t("impossible_club_founded", I, ["{C} were founded on [[{D:BO}]], according to the club's official history."])
_t("impossible_treaty_force", I, ["The treaty between {N} and {N2} entered into force on [[{D:F}]]."])
_t("impossible_birth_cert", I, ["A birth certificate gives {P}'s date of birth as [[{D:DOT}]]."])
_t("impossible_fire_began", I, ["The fire at the {F} depot began shortly after midnight on [[{D:B}]]."])
_t("impossible_aground", I, ["{V} ran aground off {T} on [[{D:AP}]], the coastguard said."])
_t("impossible_bond", I, ["The bond issue matures on [[{D:ISO}]], the prospectus says."])
_t("impossible_payment_due", I, ["Under the agreement, payment fell due on [[{D:APMD}]] each year."])
_t("impossible_polls_closed", I, ["Polls closed at 8pm on [[{D:FO}]] in the disputed province of {N}."])
_t("impossible_last_train", I, ["The last passenger train ran on the {T} branch line on [[{D:SH}]]."])
_t("impossible_memorial", I, ["The memorial lists the date of the pit disaster at {T} as [[{D:ORDNY}]]."])
_t("impossible_rent", I, ["Rent on the unit was payable on [[{D:SHMD}]], the lease says."])
_t("impossible_doctorate", I, ["{P} completed her doctorate on [[{D:F}]], her published CV states."])
_t("impossible_filed", I, ["The quarterly report was filed with regulators on [[{D:B}]]."])
_t("impossible_stadium", I, ["Construction of the {T} stadium began on [[{D:BO}]], the club says."])
_t("impossible_strike_off", I, ["The strike at {F} was called off on [[{D:AP}]] after a new pay offer."])
_t("impossible_charge_sheet", I, ["According to the charge sheet, the offence took place on [[{D:DOT}]] in {T}."])
_t("impossible_referendum", I, ["The referendum in {N} was held on [[{D:ORD}]], official results show."])
_t("impossible_course_record", I, ["{R} set the course record on {M} on [[{D:F}]]."])
_t("impossible_invoices", I, ["Invoices dated [[{D:ISO}]] were submitted by {F2} for roadworks in {T}."])
_t("impossible_charter", I, ["The medieval charter of {T} fixes its fair day as [[{D:OW}]]."])
_t("impossible_museum", I, ["The museum at {T} reopened on [[{D:FO}]] after a two-year refit."])

# --- restated_event ---------------------------------------------------------------
S = "restated_event"
_t("restated_same_treaty", S, ["[[The {A:Y} treaty]] between {N} and {N2} remains in force.",
                               "The treaty was signed in [[{B:MY}]], officials said."])
_t("restated_same_merger", S, ["{F}'s [[{A:Y} merger]] with {F2} created the region's largest employer.",
                               "The merger was completed on [[{B:F}]]."])
_t("restated_same_election", S, ["{P} first won her seat in the [[{A:Y} election]].",
                                 "That election, held on [[{B:B}]], saw turnout of 71 percent."])
_t("restated_same_final", S, ["{C} lost [[the {A:Y} cup final]] to {C2}.",
                              "{C2} won that final, played on [[{B:AP}]], on penalties."])
_t("restated_same_flood", S, ["Older residents of {T} still talk about [[the great flood of {A:Y}]].",
                              "The flood, which hit the town in [[{B:MY}]], destroyed 300 homes."], gap=(2, 12))
_t("restated_same_coup", S, ["Exiles began returning to {N} after [[the {A:Y} coup]].",
                             "The coup, launched on [[{B:FO}]], toppled the elected government."])
_t("restated_same_strike", S, ["[[The {A:Y} miners' strike]] split {T} down the middle.",
                               "The strike began in [[{B:MY}]], union records show."], gap=(2, 12))
_t("restated_same_fire", S, ["The {T} mill never reopened after [[the fire of {A:Y}]].",
                             "According to the fire brigade, the fire broke out on [[{B:B}]]."], gap=(2, 12))
_t("restated_same_referendum", S, ["[[The {A:Y} referendum]] on independence was lost by a narrow margin.",
                                   "The referendum took place on [[{B:F}]], the electoral commission confirms."])
_t("restated_same_takeover", S, ["Analysts still argue about [[{F}'s takeover of {F2} in {A:Y}]].",
                                 "The takeover closed on [[{B:SH}]] at a price of 1.2 billion dollars."])
_t("restated_same_expedition", S, ["{P} led [[the {A:Y} expedition]] to {M}.",
                                   "The expedition reached the summit on [[{B:FO}]]."])
_t("restated_same_eruption", S, ["[[The {A:Y} eruption]] of {M} buried two villages.",
                                 "According to the observatory, the eruption began on [[{B:AP}]]."], gap=(2, 12))
_t("restated_same_agreement", S, ["Under [[the {A:Y} agreement]], {F} kept its operating licence.",
                                  "{P} signed the agreement on [[{B:ORD}]] on behalf of the regulator."])
_t("restated_same_visit", S, ["{R}'s [[visit to {N2} in {A:Y}]] was the first by a minister from {N}.",
                              "That visit, in [[{B:MY}]], lasted three days."])
_t("restated_same_crash", S, ["Investigators reopened the file on [[the {A:Y} crash]] near {T}.",
                              "The crash happened on [[{B:B}]], in thick fog."])
_t("restated_same_ruling", S, ["Lawyers for {F} cited [[the Supreme Court's {A:Y} ruling]].",
                               "The ruling, delivered on [[{B:F}]], struck down the ban."])
_t("restated_same_launch", S, ["[[The {A:Y} launch]] of {F}'s first satellite ended in failure.",
                               "The launch, attempted on [[{B:SH}]], was watched by 2,000 people."])
_t("restated_same_derailment", S, ["Safety rules were tightened after [[the {A:Y} derailment]] at {T}.",
                                   "The derailment, on [[{B:FO}]], killed four people."])
_t("restated_same_heist", S, ["Police never recovered the gold taken in [[the {A:Y} heist]] at {F}.",
                              "The heist was carried out on [[{B:B}]], detectives said."])
_t("restated_same_summit", S, ["[[The {A:Y} summit]] in {T} ended without a deal.",
                               "The summit opened on [[{B:AP}]] amid protests."])
_t("restated_same_resignation", S, ["[[{P}'s resignation in {A:Y}]] stunned the party.",
                                    "Her resignation, announced on [[{B:F}]], came after months of infighting."])
_t("restated_same_record", S, ["{R}'s [[{A:Y} world record]] in the hammer still stands.",
                               "He set the record in [[{B:MY}]] at the {T} track."])

_t("restated_diff_accord_document", S, ["[[The {A:Y} accord]] with {N2} ended decades of border disputes.",
                                        "Diplomats from both countries put their names to the document on [[{B:F}]]."])
_t("restated_diff_opened_opening", S, ["The {T} footbridge [[opened to the public in {A:Y}]].",
                                       "Its inauguration, on [[{B:B}]], drew thousands."])
_t("restated_diff_sold_pronoun", S, ["{F2} was sold to {F} in [[{A:MY}]].",
                                     "It changed hands, the filings show, on [[{B:FO}]]."])
_t("restated_diff_elected_victory", S, ["{P}, [[elected mayor of {T} in {A:Y}]], has promised a new bus station.",
                                        "Her victory at the polls came in [[{B:MY}]], council records show."])
_t("restated_diff_passed_approved", S, ["The press law [[was passed by parliament in {A:Y}]].",
                                        "Deputies approved the bill on [[{B:AP}]] by 212 votes to 190."])
_t("restated_diff_fronted_appointment", S, ["[[In {A:Y}]], {R} took over as coach of {C}.",
                                            "His appointment as manager was confirmed on [[{B:F}]]."])
_t("restated_diff_quote_contract", S, ["\"We [[signed the deal in {A:Y}]],\" {P} said.",
                                       "{F} says its contract with {F2} dates from [[{B:B}]]."])
_t("restated_diff_married_wedding", S, ["{P} and {R} [[married in {A:Y}]].",
                                        "Their wedding took place at {T} register office on [[{B:FO}]]."])
_t("restated_diff_blaze_fire", S, ["[[The {A:Y} blaze]] at {F}'s depot took a week to put out.",
                                   "The fire started on [[{B:SH}]], the inquest heard."], gap=(2, 12))
_t("restated_diff_walkout_strike", S, ["[[The {A:Y} walkout]] at {F} cost the firm millions.",
                                       "The strike began in [[{B:MY}]], when talks on pensions collapsed."], gap=(2, 12))
_t("restated_diff_founded_formation", S, ["{C} [[were founded in {A:Y}]] by railway workers.",
                                          "The club's formation, the archive shows, dates to [[{B:BO}]]."])
_t("restated_diff_killed_death", S, ["{R} [[was killed in {A:Y}]] in a climbing accident on {M}.",
                                     "His death, on [[{B:F}]], was mourned across {N}."])
_t("restated_diff_acquisition_bought", S, ["[[{F}'s {A:Y} acquisition]] of {F2} doubled its workforce.",
                                           "{F} bought its smaller rival on [[{B:AP}]]."])
_t("restated_diff_invasion_crossed", S, ["[[The {A:Y} invasion]] of {N2} was condemned at the United Nations.",
                                         "Troops from {N} crossed the border on [[{B:FO}]]."])
_t("restated_diff_premiere_performed", S, ["The opera had [[its premiere in {A:Y}]].",
                                           "It was first performed, at the {T} Playhouse, on [[{B:B}]]."])
_t("restated_diff_collapse_fell", S, ["[[The {A:Y} collapse]] of the {T} stadium roof led to new building codes.",
                                      "The roof fell in on [[{B:F}]] during a storm."])
_t("restated_diff_discovery_found", S, ["[[The discovery of the {T} hoard in {A:Y}]] rewrote local history.",
                                        "A metal detectorist found the coins on [[{B:SH}]]."])
_t("restated_diff_bankruptcy_filed", S, ["[[{F}'s {A:Y} bankruptcy]] left 900 suppliers unpaid.",
                                         "The company filed for protection from its creditors in [[{B:MY}]]."])
_t("restated_diff_tore_hurricane", S, ["{H} [[tore through {T} in {A:Y}]].",
                                       "When the storm made landfall, on [[{B:AP}]], 40 boats were lost."], gap=(2, 12))
_t("restated_diff_graduated_diploma", S, ["{P} [[graduated from the {T} conservatoire in {A:Y}]].",
                                          "She received her diploma on [[{B:ORD}]]."])
_t("restated_diff_ceasefire_truce", S, ["[[The {A:Y} ceasefire]] between {N} and {N2} has largely held.",
                                        "The truce took effect on [[{B:F}]], brokered by neutral envoys."])
_t("restated_diff_sank_wreck", S, ["{V} [[sank off {T} in {A:Y}]].",
                                   "The wreck, lost on [[{B:B}]], was located by divers."])

# --- order_violation -----------------------------------------------------------------
O = "order_violation"
_t("order_resigned_after_scandal", O, ["{P} resigned on [[{L:F}]], after the expenses scandal broke on [[{E:F}]]."])
_t("order_following_vote", O, ["Following the shareholder vote of [[{E:B}]], {F} closed its {T} plant on [[{L:B}]]."])
_t("order_aftermath_riots", O, ["In the aftermath of the riots of [[{E:MY}]], the government of {N} declared a state of emergency on [[{L:F}]]."])
_t("order_left_before_relegation", O, ["{R} left {C} on [[{E:AP}]], before the club's relegation was confirmed on [[{L:AP}]]."])
_t("order_prior_to_election", O, ["Prior to her election as mayor in [[{L:Y}]], {P} ran a bakery in {T}.",
                                  "She opened it in [[{E:Y}]]."])
_t("order_wake_dam", O, ["In the wake of the {T} dam failure on [[{E:FO}]], inspectors began checks on every reservoir in the county on [[{L:FO}]]."])
_t("order_ahead_summit", O, ["Ahead of the summit on [[{L:B}]], ministers from {N} and {N2} met in {T} on [[{E:B}]]."])
_t("order_sacked_after_defeat", O, ["{C} sacked {R} on [[{L:MD}]], after a 4-0 defeat to {C2} on [[{E:F}]]."], sy=True)
_t("order_following_death", O, ["Following the death of {R} in [[{E:MY}]], his sister {P} took over {F} in [[{L:MY}]]."])
_t("order_founded_before_move", O, ["{C} were founded in [[{E:Y}]], before moving to their {T} ground in [[{L:Y}]]."])
_t("order_prior_to_launch", O, ["Prior to the launch of {F}'s weather satellite on [[{L:F}]], engineers ran a final test on [[{E:F}]]."])
_t("order_quote_after_inspection", O, ["\"We only signed after the inspection on [[{E:B}]],\" {P} said of the lease, which is dated [[{L:B}]]."])
_t("order_aftermath_quake", O, ["In the aftermath of the earthquake that struck {N} on [[{E:AP}]], aid agencies flew in supplies on [[{L:AP}]]."])
_t("order_wake_collapse", O, ["In the wake of {F}'s collapse in [[{E:MY}]], its rival {F2} hired 200 of its staff in [[{L:MY}]]."])
_t("order_ahead_election_duty", O, ["Ahead of the general election of [[{L:FO}]], the government of {N} cut fuel duty on [[{E:FO}]]."])
_t("order_retired_before_campaign", O, ["{R} retired from international football on [[{E:SH}]], before the {N} team's qualifying campaign began on [[{L:SH}]]."])
_t("order_ceasefire_followed", O, ["The ceasefire of [[{L:F}]] followed the fall of {T} on [[{E:F}]]."])
_t("order_floods_preceded", O, ["The floods of [[{E:MY}]] preceded the cholera outbreak in {T}, which was first reported in [[{L:MY}]]."])
_t("order_subsequent_warning", O, ["Shares in {F} were suspended on [[{L:F}]], subsequent to the profit warning the company issued on [[{E:F}]]."])
_t("order_avalanche_reopened", O, ["Climbers were allowed back on {M} on [[{L:MD}]], after the avalanche of [[{E:MY}]]."], sy=True)
_t("order_following_iso", O, ["Following its takeover by {F2} on [[{E:ISO}]], {F} delisted its shares on [[{L:ISO}]]."])
_t("order_catalogued_before", O, ["The museum's collection was catalogued in [[{E:Y}]], before the building opened to visitors in [[{L:MY}]]."])
_t("order_wake_match_fixing", O, ["{R} stepped down as chairman of {C} on [[{L:DOT}]], in the wake of the match-fixing revelations of [[{E:DOT}]]."])
_t("order_ahead_release_tour", O, ["Ahead of the album's release in [[{L:MY}]], the band toured {N} in [[{E:MY}]]."])
_t("order_released_after_quashed", O, ["{R} was freed from prison on [[{L:BO}]], after his conviction was quashed on [[{E:BO}]]."])
_t("order_left_prior_to_joining", O, ["{P} worked at {F2}, which she left in [[{E:Y}]], prior to joining {F} in [[{L:Y}]]."])
_t("order_aftermath_border_war", O, ["In the aftermath of the border war of [[{E:Y}]], {N} and {N2} restored diplomatic ties in [[{L:Y}]]."])
_t("order_following_theatre_fire", O, ["Following the fire of [[{E:F}]], the {T} theatre was rebuilt and reopened on [[{L:F}]]."])
_t("order_emigrated_before_born", O, ["{P}'s father emigrated to {N} in [[{E:Y}]], before she was born there in [[{L:Y}]]."])
_t("order_second_round_after", O, ["The second round of talks began on [[{L:DM}]], after the first round had ended on [[{E:B}]]."], sy=True)
_t("order_wake_rail_crash", O, ["In the wake of the {T} rail crash of [[{E:AP}]], the line was closed for inspection on [[{L:AP}]]."])
_t("order_dividend_before_sale", O, ["{F} paid its final dividend on [[{E:SH}]], before it was sold to {F2} on [[{L:SH}]]."])

# --- publication_anachronism ------------------------------------------------------------
A = "publication_anachronism"
_t("anachronism_resigned", A, ["{R} resigned as chairman of {F} on [[{D:F}]], the company said in a statement."])
_t("anachronism_title", A, ["{C} clinched the league title on [[{D:B}]], their first in a generation."])
_t("anachronism_hospital", A, ["The new hospital in {T} opened its doors to patients in [[{D:MY}]]."])
_t("anachronism_novelist_died", A, ["{P}, the novelist, died at her home in {T} on [[{D:FO}]]."])
_t("anachronism_trade_pact", A, ["{N} and {N2} signed a trade pact on [[{D:AP}]], ending years of talks."])
_t("anachronism_storm_struck", A, ["{H} struck the coast of {N} on [[{D:SH}]], killing at least twelve people."])
_t("anachronism_merger_completed", A, ["{F} completed its merger with {F2} in [[{D:MY}]], according to the filing."])
_t("anachronism_elected", A, ["{P} was elected mayor of {T} in [[{D:Y}]] with 54 percent of the vote."])
_t("anachronism_judgment", A, ["The court's judgment, handed down on [[{D:ISO}]], cleared {R} of all charges."])
_t("anachronism_erupted", A, ["{M} erupted in [[{D:MY}]], forcing the evacuation of three villages."])
_t("anachronism_board_minutes", A, ["Minutes of the {F} board meeting held on [[{D:DOT}]] show the plan was approved."])
_t("anachronism_quote_final", A, ["\"It was the best night of my career,\" {R} said of the final he won on [[{D:F}]]."])
_t("anachronism_tramway", A, ["The {T} tramway closed for good in [[{D:LATE}]], after decades of losses."])
_t("anachronism_bench", A, ["{P} retired from the bench in [[{D:MID}]], ending a 30-year career."])
_t("anachronism_acquitted", A, ["A jury acquitted {R} of fraud on [[{D:BO}]]."])
_t("anachronism_van", A, ["{F} unveiled its first electric van on [[{D:ORD}]] at a ceremony in {T}."])
_t("anachronism_bridge_collapsed", A, ["The {T} bridge collapsed in [[{D:APMY}]], the inquiry found."])
_t("anachronism_protests", A, ["Protests swept {N} in [[{D:SUMMER}]], bringing down the government."])
_t("anachronism_sold", A, ["{F2} was sold to a private equity group on [[{D:F}]] for an undisclosed sum."])
_t("anachronism_yesterday_vote", A, ["[[Yesterday]]'s vote in parliament, held on [[{D:F}]], went against the government."], rel="Yesterday")
_t("anachronism_last_week_shares", A, ["Shares in {F} fell sharply [[last week]], closing on [[{D:B}]] at a record low."], rel="last week")
_t("anachronism_this_morning_crash", A, ["Police said the crash happened [[this morning]], on [[{D:FO}]], on the road out of {T}."], rel="this morning")
_t("anachronism_last_night_win", A, ["{C} beat {C2} 2-0 [[last night]] ([[{D:AP}]]) to reach the final."], rel="last night")
_t("anachronism_earlier_month", A, ["[[Earlier this month]], on [[{D:F}]], {R} announced his retirement."], rel="Earlier this month")
_t("anachronism_two_days_strike", A, ["The strike at {F} began [[two days ago]], on [[{D:B}]], and shows no sign of ending."], rel="two days ago")
_t("anachronism_last_month_inflation", A, ["Inflation in {N} reached 9 percent [[last month]], the statistics office said in its report for [[{D:MY}]]."], rel="last month")
_t("anachronism_last_year_marathon", A, ["The {T} marathon, run [[last year]] on [[{D:SH}]], drew 8,000 runners."], rel="last year")
_t("anachronism_earlier_today", A, ["The minister's plane landed in {N2} [[earlier today]], on [[{D:F}]], officials said."], rel="earlier today")
_t("anachronism_this_week_talks", A, ["Talks between {F} and the unions resumed [[this week]] and broke down again on [[{D:BO}]]."], rel="this week")
_t("anachronism_fortnight_sworn", A, ["{P} was sworn in [[a fortnight ago]], on [[{D:F}]]."], rel="a fortnight ago")
_t("anachronism_last_weekend_march", A, ["Thousands marched through {T} [[last weekend]], on [[{D:B}]], against the hospital closure."], rel="last weekend")
_t("anachronism_earlier_week_rates", A, ["[[Earlier this week]], on [[{D:AP}]], the central bank of {N} raised interest rates."], rel="Earlier this week")
_t("anachronism_afternoon_verdict", A, ["The verdict came [[this afternoon]], on [[{D:FO}]], after six hours of deliberation."], rel="this afternoon")
_t("anachronism_earlier_year_jobs", A, ["[[Earlier this year]], in [[{D:MY}]], {F} cut 400 jobs."], rel="Earlier this year")
_t("anachronism_fourteen_days", A, ["{V} left {T} [[fourteen days ago]], on [[{D:SH}]], and has not been heard from since."], rel="fourteen days ago")

# --- duration_arithmetic ----------------------------------------------------------------
D = "duration_arithmetic"
_t("duration_founded_ago", D, ["{C} were founded in [[{S:Y}]], [[{NUM} years ago]], by dockworkers."], unit="years")
_t("duration_age_now", D, ["{P}, who was born on [[{S:F}]], is [[{NUM} years old]]."], unit="years", yr=(1930, 1995), min=18)
_t("duration_summit_days", D, ["[[The {NUM}-day summit]] ran from [[{S:MD}]] to [[{E:F}]]."], unit="days", span=(3, 10), words=True)
_t("duration_strike_weeks", D, ["The strike at {F} lasted [[{NUM} weeks]], from [[{S:B}]] to [[{E:B}]]."], unit="weeks", span=(20, 200))
_t("duration_lifeboat_anniversary", D, ["Celebrations for the [[{NUM} anniversary]] of the {T} lifeboat station, opened in [[{S:Y}]], drew hundreds."], unit="years", ordinal=True)
_t("duration_reign", D, ["{R} ruled {N} for [[{NUM} years]], from [[{S:Y}]] until his death in [[{E:Y}]]."], unit="years", span=(1100, 14600))
_t("duration_bridge_months", D, ["Work on the bridge took [[{NUM} months]], beginning in [[{S:MY}]] and finishing in [[{E:MY}]]."], unit="months", span=(200, 1500))
_t("duration_decade_moved", D, ["{P} moved to {T} in [[{S:Y}]] and has lived there for [[a decade]]."], unit="years", yr=(1900, 1990), fixed=(10, "a decade"))
_t("duration_half_century", D, ["{F} has made biscuits in {T} for [[half a century]], since opening its first bakery there in [[{S:Y}]]."], unit="years", yr=(1900, 2005), fixed=(50, "half a century"))
_t("duration_centenary_gala", D, ["{C} marked their [[centenary]] with a gala dinner; the club was formed in [[{S:Y}]]."], unit="years", yr=(1930, 2005), fixed=(100, "centenary"))
_t("duration_fortnight_festival", D, ["The festival lasted [[a fortnight]], from [[{S:F}]] to [[{E:F}]]."], unit="days", span=(25, 90), fixed=(14, "a fortnight"))
_t("duration_age_at_death", D, ["{R}, who died on [[{E:F}]] at [[the age of {NUM}]], was born in [[{S:Y}]]."], unit="years", span=(7300, 32850), min=10)
_t("duration_trial_days", D, ["The trial, which opened on [[{S:F}]] and ended with a verdict on [[{E:F}]], lasted [[{NUM} days]]."], unit="days", span=(20, 150))
_t("duration_siege_months", D, ["The siege of {T} lasted [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."], unit="months", span=(100, 1200))
_t("duration_mayor_served", D, ["{P} served as mayor of {T} from [[{S:Y}]] to [[{E:Y}]], [[{NUM} years]] in all."], unit="years", span=(730, 10950))
_t("duration_colliery_ago", D, ["The {T} colliery closed in [[{S:MY}]], [[{NUM} years ago]]."], unit="years")
_t("duration_tour_days", D, ["The band's [[{NUM}-day tour]] of {N} began on [[{S:DM}]] and ended on [[{E:B}]]."], unit="days", span=(2, 12), words=True)
_t("duration_marriage_years", D, ["{P} and {R}, who married on [[{S:BO}]], celebrated [[{NUM} years]] of marriage on [[{E:BO}]]."], unit="years", span=(1825, 21900))
_t("duration_title_drought", D, ["It was the club's first title in [[{NUM} years]]: {C} had last won the league in [[{S:Y}]] and won it again in [[{E:Y}]]."], unit="years", span=(1100, 18250))
_t("duration_campaign_weeks", D, ["The campaign ran for [[{NUM} weeks]] between [[{S:ISO}]] and [[{E:ISO}]]."], unit="weeks", span=(60, 400))
_t("duration_firm_years_old", D, ["Founded in [[{S:MY}]], {F} is now [[{NUM} years old]]."], unit="years")
_t("duration_hostage_days", D, ["{R} was held hostage for [[{NUM} days]] before his release on [[{E:F}]]; he had been seized on [[{S:F}]]."], unit="days", span=(40, 400))
_t("duration_lighthouse", D, ["The {T} lighthouse has been in service for [[{NUM} years]], since it was first lit on [[{S:F}]]."], unit="years")
_t("duration_birthday", D, ["{P} celebrated her [[{NUM} birthday]] on [[{E:F}]]; she was born on [[{S:F}]]."], unit="years", span=(7300, 32850), ordinal=True)
_t("duration_vacancy_months", D, ["The post stood empty for [[{NUM} months]] after {R} quit on [[{S:B}]], until {P} was appointed on [[{E:B}]]."], unit="months", span=(200, 1000))
_t("duration_search_words", D, ["Rescuers searched {M} for [[{NUM} days]], from [[{S:APMD}]] to [[{E:AP}]]."], unit="days", span=(20, 60), words=True)
_t("duration_treaty_anniversary", D, ["Diplomats marked the [[{NUM} anniversary]] of the treaty between {N} and {N2}, signed on [[{S:F}]]."], unit="years", ordinal=True)
_t("duration_civil_war", D, ["The civil war in {N}, which began in [[{S:Y}]] and ended in [[{E:Y}]], lasted [[{NUM} years]]."], unit="years", span=(730, 5475))
_t("duration_age_elected", D, ["{P} was [[{NUM} years old]] when she was elected in [[{E:Y}]]; she was born in [[{S:Y}]]."], unit="years", span=(9125, 25550), min=18)
_t("duration_exhibition_weeks", D, ["The exhibition closed on [[{E:FO}]] after a run of [[{NUM} weeks]] that began on [[{S:FO}]]."], unit="weeks", span=(150, 400))
_t("duration_ago_disaster", D, ["The pit disaster at {T}, on [[{S:B}]], happened [[{NUM} years ago]]."], unit="years")
