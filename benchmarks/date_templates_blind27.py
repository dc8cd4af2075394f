"""``blind27``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind27`` templates.  Written on 2026-11-23 (21:09-21:16 UTC, by `date -u`;
# started 21:09:43) by a helper session acting as an independent tester, from
# the six conflict definitions in its brief and from how news copy dates
# things, WITHOUT opening, grepping, importing or running the detector
# (anything under src/reliability/), its date tests (tests/test_temporal*, any
# tests/test_date* file other than tests/test_date_templates_independent.py),
# features/, docs/, the README or benchmarks/results/.  Base commit, taken
# with ``git rev-parse HEAD`` (``git log`` was never run):
# f7d45a9d5212595ce8b246a7d0f4ac3916498e34.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind27`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (printed with ``grep -n -B2 -A25``, lines 40-67); lines 1-349 of
# benchmarks/date_templates_blind26.py (its header comment, imports, name
# lists, helpers and generator machinery up to, not including, its first
# ``_t(`` template; line 348-349 are the comment and constant opening its
# weekday section) as a model of the header and conventions -- none of its
# templates; its names were not reused; in benchmarks/date_conflicts.py only
# the output of ``grep -n "import BLIND"`` (the blind5-blind26 import lines,
# 59-80) and of ``grep -n -A13 "^INDEPENDENT_SETS"`` (the dict, lines
# 2574-2584, two blank lines and the signature of a ``run`` function), then
# one import line and one dict entry were added with a scripted edit.  An
# ``ls`` of the worktree root, benchmarks/ and tests/ listed file names only.
# Seen by accident: the ``grep -A25`` of ``load_benchmark`` ran past it into
# tests/conftest.py's ``date_conflicts`` helper (its signature, docstring, a
# line importing ``analyse_dates`` from ``reliability.features.temporal`` and
# a list comprehension over ``.conflicts`` with ``.kind`` and ``.spans``),
# the ``PUBLISHED_STAND_IN`` constant (2016-09-27) and the signature and
# docstring of ``dated_conflicts``; the worktree-creation message printed the
# subject line of the base commit (about speed.py, README and
# performance.md); and a ``grep -n`` for the line number of ``_t(`` in
# blind26 (piped to ``head -3``) printed its ``def _t(`` line and the opening
# lines of its first two templates, i.e. two template names
# (``weekday_treaty_signed``, ``weekday_verdict``) but none of their text.
# No detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind27``) and a throwaway
# script applying the shared checks over 500 seeds per template (the
# generator itself keeps a seven-unit duration margin), never through the
# detector; benchmarks/date_conflicts.py was not run (only byte-compiled).
# This is a fresh independent test set: run it once for a measurement before a
# round and once after, and do NOT use it to tune the detector.  Every
# template is used: ``--split blind27``.
#
# Conventions (those of blind26, machinery adapted from it).  A template is a
# ``Callable[[random.Random], list[str]]`` (1-3 sentences) named
# ``b27_<kind>_...`` with a ``facts(rng)`` attribute returning the same
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
# templates are ``b27_restated_same_*`` (one head word twice) or
# ``b27_restated_diff_*`` (verb against noun, synonym, pronoun, a name, a
# description); which side gets the earlier date is drawn at random.
# Templates are written as sentence patterns (``_t``): ``{X:F}`` is date
# label X in format F (see ``FORMATS``), ``{NUM}`` a stated count, ``{WD}``
# the stated weekday, other braces invented names; ``sy=True`` puts both
# dates of a pair in one year.  New in blind27: formats written without a
# year (``CONTEXT``: "March 3", "3 March", "Sept. 3", "Mar 3", "the 3rd of
# March") take their year from the context -- a ``{X:Y}`` of the same label,
# or the other date of a same-year pair or range -- and their fact is then
# ``(text, year)``, the year written inside a marked span; ordinal day
# formats ("March 3rd, 2005", "3rd March 2005"); "the end of 2005" and "the
# spring of 2005".  Extra relative expressions beyond the shared list:
# ``EXTRA_ANCHORS``.  All people, places, firms, clubs, storms, ships and
# countries are invented for this set.
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
                           "ten days ago"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

FIRST_F = ["Araminta", "Delphine", "Hesper", "Lucasta", "Ondine", "Rowena", "Severine", "Tamsin"]
FIRST_M = ["Barnabas", "Evander", "Lazarus", "Peregrine", "Ambrose", "Fintan"]
LAST = ["Harrowby", "Okonkwo-Lisle", "Vantongeren", "Drummond-Hale", "Szczepanik", "Ashworth", "Belmonte",
        "Kettleborough", "Ferreira-Quist", "Lindqvist", "Mbatha", "Pendragon-Lowe", "Tregarthen", "Voskuijlen"]
TOWNS = ["Millbrae Cross", "Kestrel Point", "Ormsby Vale", "Thistlewick", "Port Aldane", "Graystoke Hollow",
         "Lynmere", "Castlebarrow", "Wendlebury Sands", "Orrington"]
FIRMS = ["Northgale Energy", "Tessaract Logistics", "Bramblecote Dairies", "Silverfen Aerospace",
         "Kilnworth Ceramics", "Azurine Biotech", "Halberd Insurance", "Mossgrove Textiles"]
NATIONS = ["Valdoria", "Sarkhenia", "Elbrucia", "Norvania", "Caspiria", "Lutheny"]
CLUBS = ["Kestrel Point Athletic", "Lynmere City", "Orrington Rangers", "Thistlewick Harriers", "Port Aldane FC",
         "Castlebarrow Celtic"]
STORMS = ["Hurricane Philippa", "Cyclone Orrin", "Typhoon Melisande", "Storm Cadogan", "Hurricane Tibalt"]
SHIPS = ["MV Northern Gannet", "the research vessel Osprey", "the tanker Larkspur", "the ferry Isolde Grey"]


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
}
EXACT = {"F", "FO", "AP", "B", "BO", "SH", "ORD", "ISO", "DOT"}
CONTEXT = {"MD", "DM", "APMD", "SHMD", "ORDNY"}  # exact days whose year the context gives
MONTHLY = {"MY", "APMY"}
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
    facts = {"stated": stated, "value": value, "unit": unit, "start": _side(dates["S"], f["S"]),
             "end": _side(dates["E"], f["E"]) if end is not None else None, "offset": 0}
    return {"NUM": stated}, dates, facts


GENERATORS = {"weekday_mismatch": _gen_weekday, "impossible_date": _gen_impossible, "restated_event": _gen_restated,
              "order_violation": _gen_order, "publication_anachronism": _gen_anachronism,
              "duration_arithmetic": _gen_duration}
BLIND27_TEMPLATES: dict[str, list[Template]] = {kind: [] for kind in GENERATORS}


def _t(name: str, kind: str, sentences: list[str], **opt: Any) -> None:
    full = f"b27_{name}"
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
    BLIND27_TEMPLATES[kind].append(template)


# --- weekday_mismatch ---------------------------------------------------------
W = "weekday_mismatch"
_t("weekday_bridge_opened", W, [
    "The new bridge at {T} was opened to traffic on [[{WD}, {D:F}]], after two years of work."])
_t("weekday_jury_convicted", W, [
    "Jurors in {T} convicted {R} of fraud on [[{WD}, {D:AP}]], ending a trial that ran for most of the spring."],
   ap=True)
_t("weekday_mayor_sworn", W, [
    "{P} was sworn in as mayor of {T} on [[{WD} {D:B}]] in a short ceremony at the town hall."])
_t("weekday_ferry_suspended", W, [
    "The ferry service between {T} and {T2} was suspended on [[{WD}, {D:ORD}]], the port authority said."])
_t("weekday_shares_fell", W, [
    "Shares in {F} fell sharply on [[{WD} {D:SH}]] after the company cut its profit forecast."])
_t("weekday_title_clinched", W, [
    "{C} clinched the league title on [[{WD}, {D:FO}]] with a 2-0 win away at {C2}."])
_t("weekday_registry_stamp", W, [
    "The registry stamp on the appeal reads [[{WD} {D:ISO}]].",
    "Lawyers for {F} said it was lodged that same day."])
_t("weekday_raid_dot", W, [
    "Police in {N} said the raid on the warehouse took place in the early hours of [[{WD}, {D:DOT}]]."])
_t("weekday_parade_context_year", W, [
    "At the [[{D:Y}]] harvest festival in {T}, the main parade was held on [[{WD}, {D:APMD}]]."], ap=True)
_t("weekday_resignation_letter", W, [
    "{P} stepped down as chair of {F} in [[{D:Y}]].",
    "Her letter, sent on [[{WD}, {D:MD}]], gave no reason for the decision."])
_t("weekday_regatta_called_off", W, [
    "Organisers of the [[{D:Y}]] regatta at {T} called off racing on [[{WD} {D:ORDNY}]] because of high winds."])
_t("weekday_lease_quote", W, [
    "\"We signed the lease on [[{WD}, {D:F}]], and the shop was open within a month,\" said {Q}."])
_t("weekday_harbourmaster_died", W, [
    "{R}, the former harbourmaster of {T}, died at home on [[{WD}, {D:AP}]], his family said."], ap=True)
_t("weekday_satellite_apposition", W, [
    "{F} launched its first weather satellite from a site in {N} on [[{D:B}, a {WD}]]."], yr=(1960, 2015))
_t("weekday_polls", W, [
    "Voters in {N} went to the polls on [[{WD}, {D:F}]] to choose a new parliament.",
    "Turnout was the highest in a generation."])
_t("weekday_landfall", W, [
    "{S} made landfall near {T} late on [[{WD} {D:SH}]], flattening crops across the coastal plain."])
_t("weekday_ship_departed", W, [
    "{V} left {T} on [[{WD}, {D:ORD}]] and was not heard from again."])
_t("weekday_cup_final_dot", W, [
    "The cup final between {C} and {C2}, played on [[{WD} {D:DOT}]], drew a record crowd."])
_t("weekday_dockers_walkout", W, [
    "Dock workers in {T} walked out on [[{WD}, {D:FO}]], in the first strike at the port in living memory."])
_t("weekday_wedding_church", W, [
    "{P} and {R} were married at St Aldric's Church in {T} on [[{WD}, {D:B}]]."])
_t("weekday_council_minutes", W, [
    "Minutes of the council meeting held on [[{WD}, {D:AP}]] show that {q} voted against the plan."], ap=True)
_t("weekday_warehouse_fire", W, [
    "The fire at the {F} warehouse in {T}, one of the worst of [[{D:Y}]], broke out on the night of "
    "[[{WD}, {D:MD}]]."])
_t("weekday_diary_entry", W, [
    "In a diary entry dated [[{WD} {D:ISO}]], {R} described the flood water rising to his door."])
_t("weekday_tickets_on_sale", W, [
    "Tickets for the band's [[{D:Y}]] tour went on sale on [[{WD}, {D:SHMD}]], and the {T} show sold out "
    "within an hour."])
_t("weekday_hearing_opened_dm", W, [
    "The hearing, part of the [[{D:Y}]] sitting of the appeals court in {T}, opened on [[{WD} {D:DM}]]."])

# --- impossible_date ----------------------------------------------------------
I = "impossible_date"
_t("impossible_charter", I, [
    "The charter of {T} was signed on [[{D:F}]], according to the town's museum."])
_t("impossible_born_british", I, [
    "{P} was born in {T} on [[{D:B}]] and trained as a marine engineer."])
_t("impossible_bid_deadline", I, [
    "The deadline for bids was set for [[{D:AP}]], {F} said in a statement."])
_t("impossible_land_registry_iso", I, [
    "Land registry records list the sale of the farm outside {T} on [[{D:ISO}]]."])
_t("impossible_permit_dot", I, [
    "The fishing permit, stamped [[{D:DOT}]], allowed {R} to work the bay off {T}."])
_t("impossible_treaty_ordinal", I, [
    "The treaty between {N} and {N2} took effect on [[{D:ORD}]]."])
_t("impossible_decommissioned_short", I, [
    "{V} was decommissioned on [[{D:SH}]] and later sold for scrap."])
_t("impossible_manager_appointed", I, [
    "{C} appointed {R} as manager on [[{D:FO}]], the club's third change of coach that season."])
_t("impossible_road_closed_bo", I, [
    "Flooding closed the main road into {T} on [[{D:BO}]], the county council said."])
_t("impossible_lantern_walk_yearly", I, [
    "Every year the village of {T} holds its lantern walk on [[{D:MD}]]."])
_t("impossible_objection_notice", I, [
    "The planning notice gives residents until [[{D:DM}]] to object to the scheme."])
_t("impossible_inquiry_quote_words", I, [
    "\"It was [[{D:OW}]], I remember it exactly,\" {P} told the inquiry."])
_t("impossible_exhibition_runs", I, [
    "The exhibition of {r}'s photographs runs through [[{D:APMD}]] at the {T} gallery."])
_t("impossible_invoice_due", I, [
    "Payment is due by [[{D:SHMD}]], according to the invoice sent by {F}."])
_t("impossible_feast_day", I, [
    "The feast of {T}'s patron saint falls on [[{D:ORDNY}]] each year."])
_t("impossible_will_signed", I, [
    "{R} signed his will on [[{D:F}]], a lawyer for the family told the court."])
_t("impossible_census", I, [
    "The census of {N} was taken on [[{D:B}]] and counted every household in the country."])
_t("impossible_supply_contract", I, [
    "Under the contract, dated [[{D:ISO}]], {F} agreed to supply {F2} with steel plate."])
_t("impossible_semifinal", I, [
    "{C} beat {C2} 3-1 on [[{D:AP}]] to reach the final."])
_t("impossible_storm_struck", I, [
    "{S} struck the coast of {N} on [[{D:ORD}]], destroying hundreds of homes."])
_t("impossible_ferry_ticket", I, [
    "A ferry ticket from {T} to {T2}, dated [[{D:DOT}]], was found among the wreckage."])
_t("impossible_letter_governor", I, [
    "In a letter written on [[{D:FO}]], {P} urged the governor to send troops to {T}."])
_t("impossible_incorporated", I, [
    "{F} was incorporated in {N} on [[{D:SH}]], company filings show."])
_t("impossible_scholarship_closes", I, [
    "Applications for the scholarship close on [[{D:MD}]], the university in {T} said."])
_t("impossible_station_plaque", I, [
    "A plaque at the station in {T} records that the first train arrived on [[{D:BO}]]."], yr=(1890, 1960))

# --- restated_event: same head word ------------------------------------------
R = "restated_event"
_t("restated_same_treaty", R, [
    "The [[{A:Y}]] border treaty between {N} and {N2} ended decades of dispute.",
    "The treaty was signed in [[{B:MY}]] in the capital of {N}."])
_t("restated_same_election", R, [
    "{P} won the mayoral election in {T} on [[{A:F}]].",
    "Turnout in the election, held on [[{B:F}]], was the lowest on record."])
_t("restated_same_merger", R, [
    "{F} completed its merger with {F2} in [[{A:MY}]].",
    "Analysts said the merger, completed in [[{B:MY}]], created the region's largest employer."])
_t("restated_same_earthquake", R, [
    "The earthquake that struck {T} on [[{A:B}]] killed eleven people.",
    "Rebuilding after the earthquake of [[{B:B}]] took years."])
_t("restated_same_flood", R, [
    "The great flood of [[{A:Y}]] left much of {T} under water.",
    "Older residents still recall the flood, which came in [[{B:Y}]] after a week of rain."])
_t("restated_same_founded", R, [
    "{F} was founded in {T} in [[{A:Y}]] by {R}.",
    "Since it was founded in [[{B:Y}]], the firm has stayed in family hands."])
_t("restated_same_coup", R, [
    "The coup in {N} on [[{A:AP}]] brought the army to power.",
    "Leaders of the coup, staged on [[{B:AP}]], promised elections within a year."])
_t("restated_same_mill_fire", R, [
    "Fire destroyed the old mill at {T} on [[{A:ORD}]].",
    "An inquiry found that the fire of [[{B:ORD}]] had been started deliberately."])
_t("restated_same_cup_final", R, [
    "{C} won the cup final on [[{A:SH}]], beating {C2} on penalties.",
    "The final, played on [[{B:SH}]], was the club's first for a generation."])
_t("restated_same_wedding", R, [
    "The wedding of {P} and {R} took place at {T} in [[{A:MY}]].",
    "Guests at the wedding, held in [[{B:MY}]], included the governor."])
_t("restated_same_strike_began", R, [
    "The miners' strike at {T} began on [[{A:F}]].",
    "Union records show the strike began on [[{B:F}]], after pay talks collapsed."])
_t("restated_same_acquisition", R, [
    "{F} announced the acquisition of {F2} in [[{A:MID}]].",
    "The acquisition, announced in [[{B:LATE}]], gave it a foothold in {N}."])
_t("restated_same_eruption", R, [
    "The eruption of Mount Carrow, which buried two villages, came in [[{A:Y}]].",
    "Survivors of the [[{B:Y}]] eruption were resettled in {T}."])
_t("restated_same_sinking", R, [
    "{V} sank off {T} on [[{A:B}]].",
    "An inquiry blamed the sinking, on [[{B:B}]], on a faulty hull valve."])
_t("restated_same_ceasefire_iso", R, [
    "The ceasefire between {N} and {N2} was agreed on [[{A:ISO}]].",
    "Both governments said the ceasefire was agreed on [[{B:ISO}]] after mediation by {R}."])
_t("restated_same_referendum", R, [
    "{N} held its independence referendum in [[{A:MY}]].",
    "The referendum, in [[{B:APMY}]], passed by a narrow margin."])
_t("restated_same_recall", R, [
    "{F} recalled tens of thousands of vehicles in [[{A:EARLY}]] over brake faults.",
    "The recall in [[{B:EARLY}]] cost the company dearly."])
_t("restated_same_library_opened", R, [
    "The new library in {T} opened on [[{A:FO}]].",
    "Crowds queued around the block when it opened on [[{B:FO}]]."])
_t("restated_same_resignation", R, [
    "{P} announced her resignation as prime minister of {N} on [[{A:F}]].",
    "Her resignation, announced on [[{B:AP}]], set off a leadership contest."])
_t("restated_same_landslide", R, [
    "A landslide buried the rail line near {T} in [[{A:SUMMER}]].",
    "Engineers said the landslide of [[{B:SUMMER}]] was caused by a blocked drain."])
_t("restated_same_robbery", R, [
    "The robbery at the {F} depot in {T} took place on [[{A:DOT}]].",
    "Nothing taken in the robbery of [[{B:DOT}]] was ever recovered."])
_t("restated_same_summit_sameyear", R, [
    "Leaders of {N} and {N2} met at a summit in {T} on [[{A:F}]].",
    "The summit, on [[{B:MD}]], produced a trade pact."], sy=True)

# --- restated_event: different words for the same event ---------------------
_t("restated_diff_signed_signing", R, [
    "{N} and {N2} signed the {T} accord on [[{A:F}]].",
    "The signing ceremony, on [[{B:F}]], was attended by {R}."])
_t("restated_diff_pronoun_vote", R, [
    "{P} was elected governor of the province in [[{A:Y}]].",
    "She won that vote in [[{B:Y}]] by fewer than 300 ballots."])
_t("restated_diff_storm_name", R, [
    "{S} tore through {T} on [[{A:B}]].",
    "The storm, which hit on [[{B:B}]], cut power to thousands of homes."])
_t("restated_diff_bought_purchase", R, [
    "{F} bought its rival {F2} in [[{A:MY}]].",
    "The purchase, made in [[{B:MY}]], doubled the group's workforce."])
_t("restated_diff_aground_grounding", R, [
    "{V} ran aground off {T} on [[{A:AP}]].",
    "The grounding on [[{B:AP}]] spilled oil along the coast."])
_t("restated_diff_died_death", R, [
    "{R} died in {T} on [[{A:B}]].",
    "His death on [[{B:B}]] was announced by his publisher."])
_t("restated_diff_born_birth", R, [
    "{P} was born in {T} in [[{A:Y}]].",
    "Records of her birth in [[{B:Y}]] were lost when the town hall burned."])
_t("restated_diff_crash_accident", R, [
    "A bus carrying pilgrims crashed near {T} on [[{A:F}]].",
    "Families of those killed in the accident of [[{B:F}]] are still waiting for compensation."])
_t("restated_diff_closed_closure", R, [
    "The {F} plant at {T} closed in [[{A:Y}]].",
    "Its closure in [[{B:Y}]] cost 600 jobs."])
_t("restated_diff_signed_sealed", R, [
    "{N} and {N2} signed the {T} Agreement in [[{A:Y}]].",
    "The pact, sealed in [[{B:Y}]], ended a long fishing dispute."])
_t("restated_diff_launch_debut", R, [
    "{F} launched its first electric van in [[{A:MY}]].",
    "The vehicle's debut in [[{B:MY}]] was overshadowed by a battery fault."], yr=(1990, 2015))
_t("restated_diff_burst_gave_way", R, [
    "The dam above {T} burst on [[{A:F}]].",
    "It gave way on [[{B:F}]] after days of heavy rain, an official report concluded."])
_t("restated_diff_assassinated_killing", R, [
    "{R}, the president of {N}, was assassinated on [[{A:AP}]].",
    "The killing, on [[{B:AP}]], plunged the country into crisis."])
_t("restated_diff_inaugurated_opening", R, [
    "The {T} concert hall was inaugurated on [[{A:B}]].",
    "The opening gala, on [[{B:B}]], featured the city orchestra."])
_t("restated_diff_elected_victory", R, [
    "{P} was elected leader of the Civic Union party in [[{A:MY}]].",
    "Her victory in the leadership contest in [[{B:MY}]] surprised most commentators."])
_t("restated_diff_collapsed_disaster", R, [
    "Part of the roof of the {T} stadium collapsed in [[{A:MID}]].",
    "The disaster, in [[{B:MID}]], led to new building rules."])
_t("restated_diff_goal_final", R, [
    "{R} scored the winning goal for {C} in the [[{A:Y}]] cup final.",
    "That goal, in the final of [[{B:Y}]], is still replayed on the stadium screens."])
_t("restated_diff_abdicated_pronoun", R, [
    "King Osric of {N} abdicated in [[{A:Y}]].",
    "He gave up the throne in [[{B:Y}]] in favour of his daughter."])
_t("restated_diff_explosion_blast", R, [
    "An explosion tore through the {F} chemical works in {T} on [[{A:FO}]].",
    "The blast of [[{B:FO}]] was heard miles away."])
_t("restated_diff_discovered_find", R, [
    "Divers discovered the wreck of {V} in [[{A:MY}]].",
    "The find, in [[{B:MY}]], solved a mystery that had puzzled {T} for years."])
_t("restated_diff_listed_flotation", R, [
    "{F} was listed on the {T} stock exchange on [[{A:ISO}]].",
    "Its flotation, on [[{B:ISO}]], raised more than expected."])
_t("restated_diff_hanged_execution", R, [
    "The smuggler {R} was hanged at {T} gaol in [[{A:MY}]].",
    "A broadsheet printed after his execution in [[{B:APMY}]] sold thousands of copies."], yr=(1890, 1950))

# --- order_violation ----------------------------------------------------------
O = "order_violation"
_t("order_fund_aftermath", O, [
    "The {T} reconstruction fund was set up in [[{L:Y}]] in the aftermath of the [[{E:Y}]] earthquake."])
_t("order_following_collapse", O, [
    "Following the collapse of {F} in [[{E:MY}]], its rival {F2} bought the brand in [[{L:MY}]]."])
_t("order_minister_after_election", O, [
    "{P} became finance minister in [[{L:Y}]], after the coalition won the [[{E:Y}]] election."])
_t("order_left_before_closed", O, [
    "{R} left {T} in [[{E:Y}]], before the factory where he worked closed in [[{L:Y}]]."])
_t("order_joined_after_leaving", O, [
    "{Q} joined {F} in [[{L:MY}]], shortly after leaving {F2} in [[{E:MY}]]."])
_t("order_wake_of_crisis", O, [
    "In the wake of the [[{E:Y}]] banking crisis, {N} tightened its lending rules in [[{L:Y}]]."])
_t("order_talks_resumed_sameyear", O, [
    "Peace talks resumed in [[{L:MY}]], after the ceasefire of [[{E:MY}]] had held through the winter."], sy=True)
_t("order_bill_committee_sameyear", O, [
    "The bill passed its final reading on [[{L:MD}]], after the committee had approved it on [[{E:F}]]."],
   sy=True)
_t("order_relegated_then", O, [
    "{C} were relegated in [[{E:Y}]] and then, in [[{L:Y}]], sacked their manager."])
_t("order_arrested_subsequently", O, [
    "{R} was arrested on [[{E:B}]] and subsequently released on bail on [[{L:B}]]."])
_t("order_shop_later_hq", O, [
    "{F} first opened a shop in {T} in [[{E:Y}]]; it later moved its headquarters there in [[{L:Y}]]."])
_t("order_riots_preceded", O, [
    "The riots of [[{E:MY}]] preceded the general strike, which began in [[{L:MY}]]."])
_t("order_memoir_by_the_time", O, [
    "By the time {P} was appointed ambassador to {N2} in [[{L:Y}]], she had already published her memoir, "
    "in [[{E:Y}]]."])
_t("order_stadium_ahead_of_bid", O, [
    "Ahead of its [[{L:Y}]] bid to host the regional games, {T} built a new stadium, finished in [[{E:Y}]]."])
_t("order_once_bridge_completed", O, [
    "Once the bridge at {T} was completed in [[{E:MY}]], the ferry service was withdrawn in [[{L:MY}]]."])
_t("order_drought_followed_by", O, [
    "The [[{E:Y}]] drought was followed by a famine in [[{L:Y}]] that killed thousands."])
_t("order_refit_departed", O, [
    "{V} sailed from {T} on [[{L:AP}]], after repairs to its hull were finished on [[{E:AP}]]."])
_t("order_board_had_proposed", O, [
    "At a meeting on [[{L:B}]], the board of {F} approved a plan that its chairman, {R}, had first proposed "
    "on [[{E:B}]]."])
_t("order_contract_before_tender", O, [
    "The contract was signed on [[{E:ISO}]], before the tender closed on [[{L:ISO}]]."])
_t("order_prior_to_vote_sameyear", O, [
    "Prior to the vote on [[{L:F}]], {P} had campaigned across {T} from [[{E:MY}]] onward."], sy=True)
_t("order_emergency_aftermath_storm", O, [
    "In the aftermath of {S}, which hit {T} in [[{E:MY}]], the government declared a state of emergency "
    "on [[{L:F}]]."])
_t("order_returned_after_exile", O, [
    "{R} returned to {N} in [[{L:Y}]], after years in exile that began in [[{E:Y}]]."])
_t("order_ruling_halted_dot", O, [
    "Following a court ruling on [[{E:DOT}]], work on the pipeline was halted on [[{L:DOT}]]."])
_t("order_graduated_before_post", O, [
    "{Q} graduated from the university in {T} on [[{E:FO}]], before taking up her first teaching post on "
    "[[{L:FO}]]."])
_t("order_station_reopened_after_work", O, [
    "The station at {T} reopened on [[{L:SH}]], after repair work that ended on [[{E:SH}]]."])
_t("order_succeeded_stepped_down", O, [
    "{R} succeeded {P} as head of the agency in [[{L:MY}]]; she had stepped down in [[{E:MY}]]."])
_t("order_first_second_edition", O, [
    "The first {T} marathon was run in [[{E:Y}]]; the second followed in [[{L:Y}]]."])
_t("order_pier_built_demolished", O, [
    "The old pier at {T}, built in [[{E:Y}]], was demolished in [[{L:Y}]]."])
_t("order_born_died", O, [
    "{R}, who was born in [[{E:Y}]], died in {T} in [[{L:Y}]]."])
_t("order_vineyard_after_death", O, [
    "{P} took over the family vineyard in [[{L:Y}]], after her father's death in [[{E:Y}]]."])
_t("order_tunnel_began_completed", O, [
    "Construction of the {T} tunnel began in [[{E:MID}]] and was completed in [[{L:EARLY}]]."])
_t("order_sanctions_in_response", O, [
    "{N} imposed sanctions on {N2} in [[{L:MY}]] in response to the border incursion of [[{E:MY}]]."])
_t("order_until_ordinal_sameyear", O, [
    "The museum stayed shut from [[{E:ORDNY}]] until [[{L:ORD}]] while the roof was replaced."], sy=True)

# --- publication_anachronism (published 2016-09-27) ---------------------------
A = "publication_anachronism"
_t("anachronism_won_race", A, [
    "{P} won the mayoral race in {T} on [[{D:F}]], taking 54 percent of the vote."])
_t("anachronism_factory_opened", A, [
    "The {F} factory in {T} opened in [[{D:MY}]] and now employs 300 people."])
_t("anachronism_founder_died", A, [
    "{R}, the founder of {F}, died on [[{D:AP}]] at his home in {T}."])
_t("anachronism_government_fell", A, [
    "The government of {N} collapsed in [[{D:Y}]] after losing a no-confidence vote."])
_t("anachronism_lawsuit_settled", A, [
    "Court records show the lawsuit against {F} was settled on [[{D:ISO}]]."])
_t("anachronism_promoted", A, [
    "{C} were promoted to the top division on [[{D:B}]] after a play-off win over {C2}."])
_t("anachronism_takeover_mid", A, [
    "{F2} completed its takeover of {F} in [[{D:MID}]], according to the filings."])
_t("anachronism_hospital_finished", A, [
    "Construction of the new hospital in {T} was finished in [[{D:LATE}]]."])
_t("anachronism_ship_launched", A, [
    "{V} was launched at the {T} shipyard on [[{D:SH}]]."])
_t("anachronism_deal_quote", A, [
    "\"We signed the deal on [[{D:FO}]], and it has already paid for itself,\" {Q} said."])
_t("anachronism_ceo_stepped_down", A, [
    "{P} stepped down as chief executive of {F} on [[{D:ORD}]]."])
_t("anachronism_referendum_dot", A, [
    "The referendum in {N} was held on [[{D:DOT}]], officials confirmed."])
_t("anachronism_prices_rose", A, [
    "Consumer prices in {N} rose 9 percent in [[{D:APMY}]], the statistics office reported."])
_t("anachronism_storm_summer", A, [
    "{S} caused widespread flooding in {T} in [[{D:SUMMER}]]."])
_t("anachronism_released_early", A, [
    "{R} was released from prison in [[{D:EARLY}]] after serving most of his sentence."])
_t("anachronism_moved_hq_end", A, [
    "{F} moved its headquarters from {T} to {T2} at [[{D:END}]]."])
_t("anachronism_yesterday_council", A, [
    "The council of {T} voted [[yesterday, {D:F}]], to close the central library."], rel="yesterday")
_t("anachronism_last_week_term", A, [
    "[[Last week]], on [[{D:AP}]], {P} announced she would seek a third term."], rel="Last week")
_t("anachronism_this_morning_road", A, [
    "Police closed the coast road near {T} [[this morning ({D:SH})]] after a lorry overturned."],
   rel="this morning")
_t("anachronism_ten_days_ago_recall", A, [
    "{F} recalled its entire fleet of delivery vans [[ten days ago]], on [[{D:F}]]."], rel="ten days ago")
_t("anachronism_last_weekend_cup", A, [
    "{C} lifted the cup [[last weekend]], beating {C2} on [[{D:ORD}]]."], rel="last weekend")
_t("anachronism_earlier_this_week_budget", A, [
    "[[Earlier this week]], on [[{D:B}]], the parliament of {N} passed the budget."], rel="Earlier this week")
_t("anachronism_last_month_sales", A, [
    "Sales at {F} fell sharply [[last month]], in [[{D:MY}]], the company said."], rel="last month")
_t("anachronism_earlier_this_year_coach", A, [
    "[[Earlier this year]], in [[{D:MY}]], {R} was named head coach of {C}."], rel="Earlier this year")
_t("anachronism_this_afternoon_verdict", A, [
    "The jury returned its verdict [[this afternoon]], [[{D:AP}]], after four hours of deliberation."],
   rel="this afternoon")
_t("anachronism_last_night_fire", A, [
    "[[Last night]] ([[{D:ISO}]]) fire crews were called to the {F} warehouse in {T}."], rel="Last night")
_t("anachronism_fortnight_ago_inquiry", A, [
    "[[A fortnight ago]], on [[{D:FO}]], {Q} was appointed to lead the inquiry."], rel="A fortnight ago")

# --- duration_arithmetic ------------------------------------------------------
D = "duration_arithmetic"
_t("duration_founded_years_ago", D, [
    "{F} was founded in [[{S:Y}]], [[{NUM} years ago]], by two brothers from {T}."], unit="years")
_t("duration_charter_anniversary", D, [
    "{T} is celebrating the [[{NUM} anniversary]] of its charter, granted in [[{S:Y}]]."],
   unit="years", ordinal=True)
_t("duration_age_born_exact", D, [
    "{R}, who was born on [[{S:F}]], is [[{NUM} years old]]."], unit="years", yr=(1920, 2000))
_t("duration_died_aged", D, [
    "{P} was born in [[{S:Y}]] and died in [[{E:Y}]], [[aged {NUM}]]."], unit="years",
   span=(7000, 34000))
_t("duration_summit_days_words", D, [
    "The [[{NUM}-day]] summit in {T} ran from [[{S:MD}]] to [[{E:F}]]."], unit="days", words=True,
   span=(1, 12))
_t("duration_strike_weeks", D, [
    "The strike at {F}, which lasted [[{NUM} weeks]], began on [[{S:B}]] and ended on [[{E:B}]]."],
   unit="weeks", span=(20, 200))
_t("duration_siege_months", D, [
    "The siege of {T} lasted [[{NUM} months]], from [[{S:MY}]] to [[{E:MY}]]."], unit="months",
   span=(60, 900))
_t("duration_mayor_years", D, [
    "{P} served as mayor of {T} for [[{NUM} years]], from [[{S:Y}]] until [[{E:Y}]]."], unit="years",
   span=(730, 11000))
_t("duration_lighthouse_words_ago", D, [
    "The lighthouse at {T} was automated in [[{S:MY}]], [[{NUM} years ago]]."], unit="years", words=True,
   yr=(1990, 2012))
_t("duration_age_when_founded", D, [
    "{Q} was [[{NUM} years old]] when she founded {F} in [[{E:Y}]]; she was born in [[{S:MY}]]."],
   unit="years", span=(5500, 22000))
_t("duration_trial_days_later", D, [
    "The trial of {R} opened on [[{S:AP}]], and the verdict came on [[{E:AP}]], [[{NUM} days]] later."],
   unit="days", span=(10, 120))
_t("duration_theatre_months_after", D, [
    "The {T} theatre reopened on [[{E:F}]], [[{NUM} months]] after the fire of [[{S:F}]]."], unit="months",
   span=(60, 1500))
_t("duration_voyage_weeks", D, [
    "{V} left {T} on [[{S:ORD}]] and reached {T2} on [[{E:ORD}]], a voyage of [[{NUM} weeks]]."],
   unit="weeks", span=(14, 300))
_t("duration_married_years_celebrating", D, [
    "{P} and {R}, who married in [[{S:MY}]], are celebrating [[{NUM} years]] of marriage."], unit="years",
   yr=(1940, 2005))
_t("duration_birthday_ordinal", D, [
    "{R}, born in [[{S:MY}]], celebrated his [[{NUM} birthday]] in [[{E:MY}]] with a party in {T}."],
   unit="years", ordinal=True, span=(7300, 33000))
_t("duration_talks_days_british", D, [
    "Talks in {T} lasted [[{NUM} days]], from [[{S:DM}]] to [[{E:B}]]."], unit="days", span=(1, 40))
_t("duration_dam_completed_ago", D, [
    "The {T} dam was completed on [[{S:B}]], [[{NUM} years ago]]."], unit="years")
_t("duration_bankruptcy_months_ago", D, [
    "{F} filed for bankruptcy in [[{S:MY}]], [[{NUM} months ago]]."], unit="months", yr=(2008, 2015))
_t("duration_flood_weeks_ago", D, [
    "Flood water first reached {T} on [[{S:F}]], [[{NUM} weeks ago]]."], unit="weeks", yr=(2012, 2015))
_t("duration_club_years_gala", D, [
    "{C}, founded in [[{S:Y}]], marked [[{NUM} years]] of existence in [[{E:Y}]] with a gala dinner."],
   unit="years", span=(3650, 36000))
_t("duration_conductor_year_old", D, [
    "The [[{NUM}-year-old]] conductor {R}, who was born in [[{S:Y}]], leads the {T} orchestra."],
   unit="years", yr=(1930, 1995))
_t("duration_bakery_in_year_words", D, [
    "In [[{S:Y}]], [[{NUM} years ago]], {P} opened a small bakery in {T}."], unit="years", words=True,
   yr=(1996, 2012))
_t("duration_bypass_weeks_iso", D, [
    "Work on the {T} bypass stopped on [[{S:ISO}]] and resumed [[{NUM} weeks]] later, on [[{E:ISO}]]."],
   unit="weeks", span=(20, 500))
_t("duration_hostage_days", D, [
    "The crew of {V} were held for [[{NUM} days]] after pirates seized the ship on [[{S:SH}]].",
    "They were freed on [[{E:SH}]]."], unit="days", span=(10, 150))
_t("duration_footbridge_months", D, [
    "Building the {T} footbridge took [[{NUM} months]]: work began in [[{S:EARLY}]] and the bridge opened in "
    "[[{E:LATE}]]."], unit="months", span=(365, 1800))
_t("duration_prison_years", D, [
    "{R} was jailed in [[{S:MY}]] and released in [[{E:MY}]], after [[{NUM} years]] behind bars."],
   unit="years", span=(730, 9000))
_t("duration_teacher_words_mid", D, [
    "{P} taught at the primary school in {T} for [[{NUM} years]], from [[{S:MID}]] to [[{E:Y}]]."],
   unit="years", words=True, span=(3650, 11000))
_t("duration_died_exact_age", D, [
    "{R}, who died on [[{E:F}]], was [[{NUM} years old]].",
    "He had been born on [[{S:F}]] in {T}."], unit="years", span=(11000, 34000))
_t("duration_festival_days_ap", D, [
    "The [[{NUM}-day]] {T} arts festival opened on [[{S:APMD}]] and closed on [[{E:AP}]]."], unit="days",
   words=True, span=(1, 12))
_t("duration_road_closed_weeks", D, [
    "For [[{NUM} weeks]], from [[{S:FO}]] to [[{E:FO}]], the main road through {T} was closed."],
   unit="weeks", span=(20, 400))
_t("duration_mine_months_ago", D, [
    "The mine at {T} closed in [[{S:APMY}]], [[{NUM} months ago]], leaving hundreds out of work."],
   unit="months", yr=(2009, 2015))
_t("duration_passport_age", D, [
    "{Q}, whose passport gives her date of birth as [[{S:DOT}]], is [[{NUM} years old]]."], unit="years",
   yr=(1930, 1998))
_t("duration_exhibition_weeks_range", D, [
    "The exhibition ran for [[{NUM} weeks]], from [[{S:SHMD}]] to [[{E:SH}]], at the {T} museum."],
   unit="weeks", span=(14, 250))
