"""``blind22``: an independent set of injected date-conflict templates (see the comment below)."""

# ---------------------------------------------------------------------------
# ``blind22`` templates.  Written on 2026-11-23 (07:59-08:06 UTC, by `date -u`)
# by a helper session acting as an independent tester, from the six conflict
# definitions in its brief and from how wire copy dates things, WITHOUT
# opening, grepping, importing or running the detector (anything under
# src/reliability/), its date tests (tests/test_temporal*, any tests/test_date*
# file other than tests/test_date_templates_independent.py), features/,
# docs/, the README or benchmarks/results/.  Base commit, taken with ``git
# rev-parse HEAD`` (``git log`` was never run):
# 9b4f1e48e350a3ddf93803ef1b5a90865ed9768d.
# What was read: tests/date_template_checks.py (whole file, the shared
# checks); tests/test_date_templates_independent.py (whole file, where the
# ``blind22`` row was added); in tests/conftest.py the ``load_benchmark``
# helper (printed from its ``def`` line for 15 lines); lines 1-120 of
# benchmarks/date_templates_blind21.py (its header comment, import block and
# the start of its name lists, as a model of the header and import style --
# none of its templates or helpers; its names were not reused); in
# benchmarks/date_conflicts.py the ``from date_templates`` import lines
# (59-75) and the ``INDEPENDENT_SETS`` mapping (2569-2576).
# Seen by accident: the 15-line print of ``load_benchmark`` ran 3 lines past
# it, showing the start of ``date_conflicts`` in tests/conftest.py (its
# signature, docstring and an import of ``analyse_dates`` from
# ``reliability.features.temporal``); ``grep -n INDEPENDENT_SETS`` also
# printed lines 2596-2597 and 2633 of benchmarks/date_conflicts.py (a use of
# the mapping and the ``--split`` argument), and printing the mapping with
# ``sed -n 2569,2592p`` overshot into the start of its ``run`` function
# (2577-2592: it loads the buzzfeed_webis_2016 articles and calls
# ``analyse_dates`` on each, counting ``conflicts`` by ``kind``).  No
# detector code was seen.
# The templates were only run through their own generators,
# tests/test_date_templates_independent.py (``-k blind22``) and a throwaway
# script applying the shared checks (imported from
# tests/date_template_checks.py) over 1,500 seeds per template, never through
# the detector; benchmarks/date_conflicts.py was not run (only byte-compiled
# with ``python -m py_compile`` after adding one import line and one
# ``INDEPENDENT_SETS`` entry).  Running that test file imports every set in
# its ``SETS`` at collection; only the ``blind22`` tests were selected and no
# other set's text was printed or read.
# This is a fresh independent test set: run it once for a measurement and do
# NOT use it to tune the detector or its lexicons.  Every template is used:
# ``--split blind22``.
#
# Conventions.  A template is a ``Callable[[random.Random], list[str]]``
# (1-3 sentences) named ``b22_<kind>_...`` with a ``facts(rng)`` attribute
# returning the same sentences and the date expressions, as written, that make
# the conflict.  Each template seeds its own ``random.Random`` from its name
# and 64 bits drawn from the caller's rng.  Every side of a conflict is marked
# with [[...]].  Anachronisms assume publication on 2016-09-27: past events are
# dated 2018-2025; relative expressions are pinned to 1994-2012 or 2020-2025.
# Other kinds keep their dates in 1850-2015, name no weekday outside the
# weekday templates and use no relative expression ("ago", "now", "since",
# "centenary" and the present perfect measure durations from publication).
# Stated counts miss every defensible count (coarse dates, inclusive or
# exclusive counting) by at least six units.  In order-violation facts
# ``earlier`` is the event the text says came first (it carries the later
# date).  Restated templates are ``b22_restated_same_*`` (one head word
# twice) or ``b22_restated_diff_*`` (verb against noun, synonym, possessive,
# "it", a storm's name, a description such as "the day the pit shut").  One
# duration template counts editions of an annual event (offset -1, only too
# many); all other offsets are 0.  Extra relative expressions beyond the
# shared list: ``EXTRA_ANCHORS``.  All people, places, firms, clubs, storms,
# schools and countries are invented for this set.
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
#: Relative expressions (beyond the shared list) that the anachronism templates pin to a date.
EXTRA_ANCHORS = frozenset({"last weekend", "earlier this week", "this afternoon", "last autumn", "four days ago",
                           "earlier this year", "last winter"})

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WD_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

FIRST = ["Odile", "Kasimir", "Brennagh", "Thaddeus", "Ysolde", "Anselm", "Merewen", "Piotr", "Gwendaline",
         "Leopold", "Ifeoma", "Corentin", "Halvard", "Saoirse", "Dragomir", "Philippa"]
LAST = ["Quarrington", "Stavely", "Mbatha-Ross", "Lindqvist", "Harcastle", "Ojukwu", "Pellinore", "Trevannion",
        "Szabo-Kerr", "Fairweather", "Ruthven", "Okafor-Lyle", "Delacroix-Weir", "Brannagh", "Holroyd"]
TOWNS = ["Ashwick Down", "Cullenmoor", "Fennick Bay", "Harrowgate Mills", "Lowther Ness", "Marrowby",
         "Quennell", "Strathgarron", "Tollbridge", "Upper Wexcombe", "Varnley", "Wyrmford"]
FIRMS = ["Tessellate Logistics", "Corrib Minerals", "Halden & Prowse", "Northlight Pharmaceuticals",
         "Brimstone Cement", "Greyfell Telecom", "Albery Mills", "Sextant Aerospace", "Oakhurst Dairies"]
CLUBS = ["Cullenmoor Wanderers", "Fennick Bay Albion", "Marrowby United", "Tollbridge Rovers", "Varnley Athletic",
         "Wyrmford Swifts"]
NATIONS = ["Galdavia", "Surrenia", "Ostmark", "Pelagonia", "Veltria", "Karamunda", "Istrovia"]
SCHOOLS = ["Quennell Polytechnic", "the Varnley Conservatory", "St. Brendan's Academy", "Cullenmoor University"]
STORMS = ["Rosalind", "Evander", "Petronella", "Caspian", "Hildegard", "Barnaby"]


def _seeded(name: str, rng: random.Random) -> random.Random:
    return random.Random(f"{name}:{rng.getrandbits(64)}")


def _people(r: random.Random) -> dict[str, str]:
    first = r.sample(FIRST, 3)
    last = r.sample(LAST, 3)
    towns = r.sample(TOWNS, 2)
    return {"A": f"{first[0]} {last[0]}", "a": last[0], "B": f"{first[1]} {last[1]}", "b": last[1],
            "P": f"{first[2]} {last[2]}", "p": last[2], "T": towns[0], "T2": towns[1], "F": r.choice(FIRMS),
            "C": r.choice(CLUBS), "N": r.choice(NATIONS), "S": r.choice(SCHOOLS), "W": r.choice(STORMS)}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


FULL_STYLES = ["us", "ap", "brit", "ord", "iso", "dot", "short", "bshort"]


def fmt(y: int, m: int, d: int, style: str) -> str:
    """A day written in one of the formats wire copy uses (m is 1-12; the day may not exist)."""
    if style == "us":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == "ap":
        return f"{AP[m - 1]} {d}, {y}"
    if style == "brit":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "ord":
        return f"the {_ordinal(d)} of {MONTHS[m - 1]}, {y}"
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y:04d}"
    if style == "short":
        return f"{SHORT[m - 1]} {d}, {y}"
    if style == "bshort":
        return f"{d} {SHORT[m - 1]} {y}"
    raise ValueError(style)


def md(m: int, d: int, style: str) -> str:
    if style == "brit":
        return f"{d} {MONTHS[m - 1]}"
    if style == "ap":
        return f"{AP[m - 1]} {d}"
    if style == "ord":
        return f"the {_ordinal(d)} of {MONTHS[m - 1]}"
    return f"{MONTHS[m - 1]} {d}"


COARSE = {"y", "my", "apmy", "mid", "early", "late"}


def written(day: datetime.date, style: str) -> tuple[str, datetime.date, datetime.date]:
    """(text, earliest day, latest day) of ``day`` written at the granularity ``style``."""
    y, m = day.year, day.month
    if style == "y":
        return str(y), datetime.date(y, 1, 1), datetime.date(y, 12, 31)
    if style in ("my", "apmy"):
        name = MONTHS[m - 1] if style == "my" else AP[m - 1]
        return f"{name} {y}", datetime.date(y, m, 1), datetime.date(y, m, calendar.monthrange(y, m)[1])
    if style == "mid":
        return f"mid-{y}", datetime.date(y, 4, 1), datetime.date(y, 9, 30)
    if style == "early":
        return f"early {y}", datetime.date(y, 1, 1), datetime.date(y, 4, 30)
    if style == "late":
        return f"late {y}", datetime.date(y, 9, 1), datetime.date(y, 12, 31)
    return fmt(y, m, day.day, style), day, day


def pick_style(r: random.Random, choice: str | list[str] | None) -> str:
    if choice is None or choice == "full":
        return r.choice(FULL_STYLES)
    if isinstance(choice, list):
        return r.choice(choice)
    return choice


def rand_day(r: random.Random, first: int, last: int) -> datetime.date:
    start = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(r.randint(start, datetime.date(last, 12, 31).toordinal()))


def _finish(sentences: list[str], values: dict[str, Any]) -> list[str]:
    out = [sentence.format(**values) for sentence in sentences]
    return [sentence[0].upper() + sentence[1:] for sentence in out]


Builder = Callable[[random.Random, dict[str, Any]], tuple[dict[str, Any], Facts]]


def make(full_name: str, sentences: list[str], build: Builder, spec: dict[str, Any]) -> Template:
    def facts(rng: random.Random) -> tuple[list[str], Facts]:
        r = _seeded(full_name, rng)
        values = _people(r)
        extra, found = build(r, spec)
        values.update(extra)
        return _finish(sentences, values), found

    def template(rng: random.Random) -> list[str]:
        return facts(rng)[0]

    template.__name__ = template.__qualname__ = full_name
    template.facts = facts  # type: ignore[attr-defined]
    return template


# --- the six builders: each draws the dates for one template and says which expressions make the conflict ---

_IMPOSSIBLE = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)]
_WORD_DAYS = {30: "thirtieth", 31: "thirty-first"}


def _weekday(r: random.Random, spec: dict[str, Any]) -> tuple[dict[str, Any], Facts]:
    day = rand_day(r, 1952, 2015)
    wrong = (day.weekday() + r.randint(1, 6)) % 7
    names = {"full": WD_FULL, "ap": WD_AP, "short": WD_SHORT}[spec.get("wd", "full")]
    style = pick_style(r, spec.get("date"))
    text = fmt(day.year, day.month, day.day, style)
    month_day = md(day.month, day.day, pick_style(r, spec.get("md", ["us", "brit", "ap"])))
    values = {"wd": names[wrong], "date": text, "md": month_day, "y": day.year}
    date: Any = (month_day, day.year) if spec.get("tuple") else text
    return values, {"weekday": names[wrong], "date": date}


def _impossible(r: random.Random, spec: dict[str, Any]) -> tuple[dict[str, Any], Facts]:
    form = spec.get("form", "full")
    year = r.randint(1948, 2015)
    if form == "full" and r.random() < 0.3:
        month, day = 2, 29
        while calendar.isleap(year):
            year += 1
    else:
        month, day = r.choice(_IMPOSSIBLE)
    if form == "md":
        text = md(month, day, pick_style(r, spec.get("style", ["us", "brit", "ap", "ord"])))
    elif form == "words":
        text = f"the {_WORD_DAYS[day]} of {MONTHS[month - 1]}"
        if spec.get("year"):
            text += f", {year}"
    else:
        text = fmt(year, month, day, pick_style(r, spec.get("style")))
    return {"bad": text, "y": year, "other": year - r.randint(1, 9)}, {"date": text}


def _two_years(r: random.Random, gap: tuple[int, int] = (1, 7)) -> tuple[int, int]:
    first = r.randint(1958, 2015)
    second = first + r.choice([-1, 1]) * r.randint(*gap)
    if second > 2015 or second < 1950:
        second = first - (second - first)
    return first, second


def _in_year(r: random.Random, year: int) -> datetime.date:
    return datetime.date(year, 1, 1) + datetime.timedelta(days=r.randint(0, 364))


def _restated(r: random.Random, spec: dict[str, Any]) -> tuple[dict[str, Any], Facts]:
    one, two = _two_years(r)
    first, _, _ = written(_in_year(r, one), pick_style(r, spec.get("s1")))
    second, _, _ = written(_in_year(r, two), pick_style(r, spec.get("s2")))
    return {"d1": first, "d2": second}, {"dates": (first, second)}


def _order(r: random.Random, spec: dict[str, Any]) -> tuple[dict[str, Any], Facts]:
    """``first`` is the date of the event the text says came first; it is the later one."""
    if spec.get("days"):
        late = rand_day(r, 1955, 2015)
        early = late - datetime.timedelta(days=r.randint(3, 80))
    else:
        late_year = r.randint(1960, 2015)
        late = _in_year(r, late_year)
        early = _in_year(r, late_year - r.randint(1, 9))
    first, _, _ = written(late, pick_style(r, spec.get("first")))
    second, _, _ = written(early, pick_style(r, spec.get("second")))
    return {"first": first, "second": second}, {"earlier": first, "later": second}


def _anachronism(r: random.Random, spec: dict[str, Any]) -> tuple[dict[str, Any], Facts]:
    anchors = spec.get("anchor")
    if anchors is None:
        day = rand_day(r, 2018, 2025)
        relative = None
    else:
        day = rand_day(r, 1994, 2012) if r.random() < 0.5 else rand_day(r, 2020, 2025)
        relative = r.choice(anchors) if isinstance(anchors, list) else anchors
    text, _, _ = written(day, pick_style(r, spec.get("style")))
    return {"when": text, "rel": relative}, {"date": text, "relative": relative}


def _elapsed(unit: str, start: datetime.date, end: datetime.date) -> int:
    if unit == "years":
        return end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    if unit == "months":
        return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    if unit == "weeks":
        return (end - start).days // 7
    return (end - start).days


_SPANS = {"years": (1, 70), "months": (2, 70), "weeks": (14, 400), "days": (1, 45)}


def _duration(r: random.Random, spec: dict[str, Any]) -> tuple[dict[str, Any], Facts]:
    unit = spec["unit"]
    offset = spec.get("offset", 0)
    for _ in range(10_000):
        if spec.get("end", "full") is None:
            start = rand_day(r, spec.get("from", 1890), spec.get("until", 2015))
            end = None
        else:
            start = rand_day(r, spec.get("from", 1890), 2013)
            low, high = spec.get("span", _SPANS[unit])
            if unit == "years":
                end = datetime.date(min(start.year + r.randint(low, high), 2015), 1, 1) + datetime.timedelta(
                    days=r.randint(0, 364))
            elif unit == "months":
                end = start + datetime.timedelta(days=30 * r.randint(low, high) + r.randint(-10, 10))
            else:
                end = start + datetime.timedelta(days=(7 if unit == "weeks" else 1) * r.randint(low, high))
            if end.year > 2015:
                continue
        start_style = pick_style(r, spec.get("start"))
        if spec.get("tuple"):
            if end is None or end.year != start.year:
                continue
            start_text = md(start.month, start.day, pick_style(r, spec.get("md", ["us", "brit"])))
            start_low = start_high = start
        else:
            start_text, start_low, start_high = written(start, start_style)
        if end is None:
            end_text, end_low, end_high = None, PUBLISHED, PUBLISHED
        elif spec.get("end_md"):
            if end.year != start.year:
                continue
            end_text = md(end.month, end.day, pick_style(r, spec.get("md", ["us", "brit"])))
            end_low = end_high = end
        else:
            end_text, end_low, end_high = written(end, pick_style(r, spec.get("end")))
        if start_high > end_low:
            continue
        lowest = _elapsed(unit, start_high, end_low) - 1
        highest = _elapsed(unit, start_low, end_high) + 1
        fixed = spec.get("fixed")
        if fixed is not None:
            value = fixed[1]
            if value + offset <= lowest - 6 or value + offset >= highest + 6:
                stated = fixed[0]
                break
            continue
        ceiling = 20 if spec.get("num") in ("word", "hyph") else 150
        options = [] if spec.get("only_high") else [n for n in range(max(1, lowest - 14), lowest - 5)
                                                     if n + offset <= lowest - 6]
        options += [n for n in range(highest + 6, highest + 20) if n + offset >= highest + 6]
        options = [n for n in options if 1 <= n <= ceiling]
        if not options:
            continue
        value = r.choice(options)
        stated = WORDS[value] if spec.get("num") in ("word", "hyph") else str(value)
        if spec.get("num") == "ord":
            stated = _ordinal(value)
        break
    else:
        raise RuntimeError("no conflicting count")
    values = {"s": start_text, "e": end_text, "n": stated, "y": start.year if spec.get("tuple") else None}
    start_fact: Any = (start_text, end.year) if spec.get("tuple") and end is not None else start_text
    end_fact: Any = (end_text, start.year) if spec.get("end_md") else end_text
    if spec.get("tuple") and end is not None:
        values["y"] = end.year
    return values, {"stated": stated, "value": value, "start": start_fact, "end": end_fact, "unit": unit,
                    "offset": offset}


def _kind(prefix: str, build: Builder, rows: list[tuple[str, list[str], dict[str, Any]]]) -> list[Template]:
    return [make(f"b22_{prefix}_{name}", sentences, build, spec) for name, sentences, spec in rows]


# --- weekday_mismatch: a weekday stated with a date that falls on another day ---

_F = {"date": ["us", "ap", "brit", "short", "bshort"]}
WEEKDAY = _kind("weekday", _weekday, [
    ("council_vote", ["The {T} borough council voted 7-2 on [[{wd}, {date}]] to close the {T2} ferry terminal."], _F),
    ("sentencing", ["{A}, 43, was sentenced at {T} Crown Court on [[{wd}]], [[{date}]], to six years for fraud."],
     _F),
    ("shelter_quote", ["\"It was [[{wd}, {date}]], and the water was already in the kitchens,\" said {A}, who ran "
                       "the emergency shelter in {T}."], _F),
    ("title_clinched", ["{C} clinched the league title with a 3-1 win away at {T} on [[{wd} {date}]]."],
     {"date": ["us", "brit"]}),
    ("shares_fell", ["Shares in {F} fell 14 percent on [[{date}]], a [[{wd}]], after the company cut its profit "
                     "forecast for the second time."], _F),
    ("orbit_insertion", ["The probe slipped into orbit at 04:12 GMT on [[{wd}]] ([[{date}]]), flight controllers "
                         "in {T} said."], {"date": ["iso", "bshort", "brit"]}),
    ("obituary", ["{A}, the harbour master at {T} for three decades, died at home on [[{wd}, {date}]].",
                  "{a} was 81."], _F),
    ("bridge_reopened", ["The bridge was reopened to traffic on the morning of [[{wd}, {date}]], according to the "
                         "{T} roads department."], _F),
    ("police_log", ["Police logs obtained by the newspaper show the first emergency call was received at 23:40 on "
                    "[[{wd}]], [[{date}]]."], {"date": ["iso", "dot"]}),
    ("polls_closed", ["Polls closed at 8 p.m. on [[{wd}, {md}]], and by midnight {A} had conceded the "
                      "[[{y}]] mayoral race in {T}."], {"tuple": True}),
    ("consecration", ["Bishop {A} consecrated the rebuilt chapel of St. Aldhelm in {T} on [[{wd} {date}]]."],
     {"date": ["ord"]}),
    ("last_train", ["The last scheduled passenger train left {T} at 11.15 p.m. on [[{wd} {date}]], ending nearly "
                    "a century of service on the branch line."], {"wd": "ap", "date": ["ap"]}),
    ("graduation", ["Graduates of {S} crossed the stage on [[{wd}, {date}]] in a ceremony moved indoors because "
                    "of heavy rain."], _F),
    ("dissolution", ["It was on [[{wd}]], [[{date}]], that the president of {N} dissolved parliament by decree, "
                     "a former aide recalled in his memoir."], _F),
    ("debut_novel", ["{A}'s debut novel, a slim book about a lighthouse keeper, was published by a small press in "
                     "{T} on [[{wd}, {date}]]."], _F),
    ("earthquake", ["The earthquake struck at 2:17 a.m. local time on [[{wd}]], [[{date}]], flattening much of the "
                    "old quarter of {T}."], _F),
    ("verdict_dash", ["The verdict, delivered on [[{date}]] -- a [[{wd}]] -- cleared {A} of all four charges."],
     _F),
    ("memo_header", ["The internal memo, headed [[{wd} {date}]], ordered all {F} staff to leave the plant "
                     "before noon."], {"wd": "short", "date": ["short"]}),
    ("by_election", ["Voting in the {T} by-election took place on [[{date}]], a [[{wd}]], and turnout was 31 "
                     "per cent."], {"date": ["brit", "bshort"]}),
    ("deal_closed", ["\"The deal closed on [[{wd}, {date}]], and we paid for it in cash,\" {A}, the finance chief "
                     "of {F}, told analysts."], _F),
    ("manager_sacked", ["{C} dismissed their manager on [[{wd}, {md}]], four matches before the end of the "
                        "[[{y}]] season."], {"tuple": True}),
    ("vaccine_clinic", ["The first vaccination clinic opened in the {T} community hall on [[{date}]], "
                        "which fell on a [[{wd}]], health officials said."], {"date": ["us", "brit"]}),
    ("ceasefire_signed", ["According to the text released by the mediators, the ceasefire between {N} and its "
                          "rebels was signed on [[{wd}, {date}]] in {T}."], {"wd": "ap", "date": ["ap", "us"]}),
    ("storm_landfall", ["Storm {W} made landfall near {T} shortly before dawn on [[{wd} {date}]], the weather "
                        "service said."], {"date": ["ord"]}),
])


# --- impossible_date: a day the calendar does not have ---

IMPOSSIBLE = _kind("impossible", _impossible, [
    ("lease_signed", ["The lease on the {T} warehouse was signed on [[{bad}]], court filings show."],
     {"style": ["us", "ap"]}),
    ("birth_certificate", ["{A}'s birth certificate, produced in court, gives [[{bad}]] as the date of birth."],
     {}),
    ("launch_date", ["{F} said its new ferry service between {T} and {T2} would begin on [[{bad}]]."],
     {"form": "md"}),
    ("deed_words", ["The deed, which is dated [[{bad}]], transferred the estate to the {a} family."],
     {"form": "words", "year": True}),
    ("rally_quote", ["\"We marched on [[{bad}]] and we will march again,\" {A} told the crowd outside the "
                     "parliament of {N}."], {"style": ["brit", "us"]}),
    ("minutes_iso", ["Minutes of the board meeting, timestamped [[{bad}]], record the vote to sell the "
                     "{T} plant."], {"style": ["iso"]}),
    ("form_dotted", ["The registration form was stamped [[{bad}]] by the {T} town clerk."], {"style": ["dot"]}),
    ("eclipse_forecast", ["Astronomers at {S} had forecast that the comet would be visible on [[{bad}]]."],
     {"form": "md", "style": ["ord", "us"]}),
    ("match_fixture", ["{C} were drawn to play their quarter-final at home on [[{bad}]], the league said."],
     {"style": ["bshort", "brit"]}),
    ("statute_enacted", ["The statute, enacted by the assembly of {N} on [[{bad}]], barred foreign ownership of "
                         "farmland."], {"style": ["ap", "ord"]}),
    ("plaque_reads", ["A brass plaque at the {T} station reads that the line was opened on [[{bad}]].",
                      "Local historians say the ceremony drew thousands."], {"form": "words"}),
    ("sworn_in", ["{A} was sworn in as the first outsider to lead the {T} fire brigade on [[{bad}]]."],
     {"style": ["us", "short"]}),
    ("shipwreck_log", ["The captain's log records that the freighter ran aground off {T} on [[{bad}]], with all "
                       "19 crew rescued."], {}),
    ("exam_timetable", ["Under the timetable published by {S}, final examinations were to start on [[{bad}]]."],
     {"form": "md", "style": ["brit", "ap"]}),
    ("patent_filed", ["The patent, filed by {F} on [[{bad}]], covers a method for sealing vaccine vials."],
     {"style": ["us", "iso"]}),
    ("diary_entry", ["In a diary entry dated [[{bad}]], {A} wrote that the mine shaft had flooded overnight."],
     {"style": ["ord", "brit"]}),
    ("festival_poster", ["Posters across {T} announce that the jazz festival will open on [[{bad}]]."],
     {"form": "words"}),
    ("court_order", ["Judge {A} ordered the documents to be handed over no later than [[{bad}]], according to the "
                     "ruling."], {"style": ["ap", "us"]}),
    ("treaty_ratified", ["Lawmakers in {N} ratified the fisheries treaty on [[{bad}]], the foreign ministry said in "
                         "a statement."], {"style": ["brit", "bshort"]}),
    ("invoice_dated", ["An invoice dated [[{bad}]], seen by reporters, shows {F} billed the council for the work."],
     {"style": ["short", "dot"]}),
    ("ordination", ["{A} was ordained a priest at the cathedral in {T} on [[{bad}]], the diocese confirmed."],
     {"style": ["ord"]}),
    ("recall_notice", ["The recall notice said cars built between March 2 and [[{bad}]] could have faulty brakes."],
     {"form": "md", "style": ["us"]}),
    ("auction_catalogue", ["According to the auction catalogue, the painting left the studio of {A} on [[{bad}]] "
                           "and was never exhibited."], {}),
])


# --- restated_event: one event dated twice, differently ---

_IN = ["y", "my", "apmy", "mid", "early", "late"]
_INX = ["y", "my", "apmy"]
_ON = ["us", "ap", "brit", "ord", "short", "bshort"]
RESTATED = _kind("restated", _restated, [
    ("same_islands_treaty", ["Under the [[{d1}]] treaty, {N} ceded two islands to its northern neighbour.",
                             "The treaty was signed in [[{d2}]] after four years of talks."],
     {"s1": "y", "s2": _INX}),
    ("same_merger", ["{F}'s merger with its smaller rival, completed in [[{d1}]], created the region's largest "
                     "employer.", "Analysts say that merger, which closed in [[{d2}]], has yet to pay off."],
     {"s1": _IN, "s2": _INX}),
    ("same_great_flood", ["The great flood of [[{d1}]] destroyed 300 homes in {T}.",
                          "Survivors of the flood, which swept through the town in [[{d2}]], gathered by the river "
                          "to lay wreaths."], {"s1": "y", "s2": _INX}),
    ("same_cup_final", ["{C} lost the [[{d1}]] cup final on penalties.",
                        "That final, played on [[{d2}]] in front of 61,000 fans, is still discussed in {T}."],
     {"s1": "y", "s2": _ON}),
    ("same_election_quote", ["{A} won the [[{d1}]] election in {T} with 52 percent of the vote.",
                             "\"The election was held in [[{d2}]], and I remember every recount,\" {a} said."],
     {"s1": "y", "s2": _INX}),
    ("same_dock_strike", ["The dock strike at {T} began on [[{d1}]], according to the port authority.",
                          "Union records, however, show the dock strike began on [[{d2}]]."],
     {"s1": _ON, "s2": _ON}),
    ("same_verdict", ["The verdict in the trial of {A} was returned in [[{d1}]].",
                      "Relatives who heard the verdict read out on [[{d2}]] wept outside the court in {T}."],
     {"s1": _INX, "s2": _ON}),
    ("same_kessary_eruption", ["The eruption of Mount Kessary in [[{d1}]] buried three villages.",
                               "Scientists at {S} have since concluded that the eruption, which began in "
                               "[[{d2}]], had been building for decades."], {"s1": _IN, "s2": _IN}),
    ("same_coronation", ["The coronation of King Aurel of {N} took place in [[{d1}]].",
                         "Colour footage of the coronation, filmed in [[{d2}]], was screened in public for the "
                         "first time."], {"s1": _INX, "s2": _INX}),
    ("same_hoard_discovery", ["The discovery of the {T} hoard in [[{d1}]] rewrote the history of the valley.",
                              "{A}, who made the discovery while walking a dog in [[{d2}]], received a reward of "
                              "50,000 pounds."], {"s1": _IN, "s2": _INX}),
    ("same_mill_fire", ["Fire swept through the {T} textile mill on [[{d1}]], killing 11 workers.",
                        "An inquiry into the fire, which broke out on [[{d2}]], blamed faulty wiring."],
     {"s1": _ON, "s2": _ON}),
    ("same_referendum", ["In the [[{d1}]] referendum, voters in {N} rejected independence.",
                         "Turnout in that referendum, held in [[{d2}]], was 71 percent."],
     {"s1": "y", "s2": _INX}),
    ("same_flight_crash", ["The [[{d1}]] crash of Flight 417 near {T} killed 84 people.",
                           "Investigators concluded that the crash, on [[{d2}]], was caused by ice on the wings."],
     {"s1": "y", "s2": _ON}),
    ("same_hostile_takeover", ["{A} led the hostile takeover of {F} in [[{d1}]].",
                               "The takeover -- completed, {a} told shareholders, in [[{d2}]] -- cost 1.2 billion "
                               "dollars."], {"s1": _IN, "s2": _INX}),
    ("same_orrin_expedition", ["The [[{d1}]] expedition to the summit of Mount Orrin lost two climbers.",
                               "Members of that expedition, which set out from {T} in [[{d2}]], were honoured by "
                               "the alpine club."], {"s1": "y", "s2": _INX}),
    ("same_farewell_concert", ["The band's farewell concert at the {T} arena was held on [[{d1}]].",
                               "Tickets for the farewell concert, staged on [[{d2}]], sold out in nine minutes."],
     {"s1": _ON, "s2": _ON}),
    ("same_press_ruling", ["The supreme court of {N} issued its landmark ruling on press freedom in [[{d1}]].",
                           "Since that ruling, handed down in [[{d2}]], no journalist has been jailed in the "
                           "country."], {"s1": _IN, "s2": _INX}),
    ("same_cholera_outbreak", ["The cholera outbreak in {T} in [[{d1}]] killed 37 people.",
                               "Health officials traced the outbreak, first reported in [[{d2}]], to a broken sewer "
                               "main."], {"s1": _INX, "s2": _INX}),
    ("same_world_record", ["{A}'s world record in the 400 metres, set in [[{d1}]], still stands.",
                           "{a} set the record at {T} on [[{d2}]] in front of a crowd of 40,000."],
     {"s1": _INX, "s2": _ON}),
    ("same_bank_bailout", ["The [[{d1}]] bailout of the {T} Savings Bank cost taxpayers 400 million.",
                           "\"The bailout in [[{d2}]] was the only option we had,\" said {A}, who was finance "
                           "minister at the time."], {"s1": "y", "s2": _INX}),
    ("same_water_summit", ["Leaders of {N} and its neighbours met at the {T} summit in [[{d1}]].",
                           "The summit, held in [[{d2}]], produced the first joint declaration on water rights."],
     {"s1": _INX, "s2": _INX}),
    ("diff_accord_agreement", ["{N} and its northern neighbour signed the {T} accord in [[{d1}]].",
                               "That agreement, which ended a decade of border skirmishes, dates from [[{d2}]], "
                               "according to the foreign ministry."], {"s1": _INX, "s2": _INX}),
    ("diff_acquired_purchase", ["{F} acquired the {T} brewery in [[{d1}]].",
                                "The purchase, {F}'s first outside the country, was completed in [[{d2}]]."],
     {"s1": _IN, "s2": _INX}),
    ("diff_died_death", ["{A}, the founder of the {T} male voice choir, died on [[{d1}]].",
                         "News of {a}'s death on [[{d2}]] was announced by the choir's director at a rehearsal."],
     {"s1": _ON, "s2": _ON}),
    ("diff_caved_collapse", ["The roof of the {T} stadium caved in during a snowstorm in [[{d1}]].",
                             "Engineers who examined the wreckage after the collapse of [[{d2}]] blamed poor "
                             "welding."], {"s1": _INX, "s2": _INX}),
    ("diff_married_wedding", ["{A} and {B} married in [[{d1}]] at a registry office in {T}.",
                              "Photographs from their wedding, which took place in [[{d2}]], were sold at auction "
                              "for 4,000 pounds."], {"s1": _INX, "s2": _INX}),
    ("diff_elected_victory", ["{A} was elected mayor of {T} in [[{d1}]].",
                              "{a}'s victory in [[{d2}]] ended 40 years of one-party rule in the town."],
     {"s1": _INX, "s2": _INX}),
    ("diff_founded_founding", ["{S} was founded in [[{d1}]] by a group of shipbuilders.",
                               "Since its founding in [[{d2}]], the school has trained 12,000 engineers."],
     {"s1": _INX, "s2": _INX}),
    ("diff_nurses_walkout", ["Nurses at {T} General Hospital went on strike in [[{d1}]] over pay.",
                             "The walkout, which began in [[{d2}]], lasted 19 days."],
     {"s1": _IN, "s2": _INX}),
    ("diff_storm_name", ["Storm {W} hit {T} in [[{d1}]], tearing roofs from 200 houses.",
                         "When {W} came ashore in [[{d2}]], the harbour wall failed within an hour."],
     {"s1": _INX, "s2": _INX}),
    ("diff_convicted_conviction", ["{A} was convicted of embezzling church funds in [[{d1}]].",
                                   "The conviction, handed down by the {T} court on [[{d2}]], was upheld on "
                                   "appeal."], {"s1": _INX, "s2": _ON}),
    ("diff_launched_liftoff", ["The space agency of {N} launched its first weather satellite on [[{d1}]].",
                               "Archive footage of the lift-off, on [[{d2}]], shows the rocket veering sharply to "
                               "the east."], {"s1": _ON, "s2": _ON}),
    ("diff_retired_retirement", ["{A} retired from international football in [[{d1}]].",
                                 "{a}'s retirement, announced in [[{d2}]], stunned supporters of {C}."],
     {"s1": _INX, "s2": _INX}),
    ("diff_opened_inauguration", ["The {T} bypass was opened to traffic in [[{d1}]].",
                                  "At its inauguration in [[{d2}]], the transport minister cut a ribbon stretched "
                                  "across the northbound lane."], {"s1": _INX, "s2": _INX}),
    ("diff_explosion_blast", ["An explosion tore through a chemical plant at {T} on [[{d1}]].",
                              "The blast of [[{d2}]] remains the deadliest industrial accident in the country."],
     {"s1": _ON, "s2": _INX}),
    ("diff_dam_it_happened", ["The {T} dam burst in [[{d1}]], sending a wall of water down the valley.",
                              "It happened, survivors told the inquiry, in [[{d2}]], just after the heavy rains."],
     {"s1": _INX, "s2": _INX}),
    ("diff_pit_shut_quote", ["The colliery at {T} closed in [[{d1}]].",
                             "\"The day the pit shut, in [[{d2}]], the whole town went quiet,\" said {A}, a former "
                             "miner."], {"s1": _INX, "s2": _INX}),
    ("diff_abdicated_abdication", ["King Aurel of {N} abdicated in [[{d1}]].",
                                   "His abdication in [[{d2}]] paved the way for the republic."],
     {"s1": _IN, "s2": _INX}),
    ("diff_freed_rescue", ["The 33 miners trapped beneath {T} were freed on [[{d1}]].",
                           "The rescue, carried out on [[{d2}]], was watched live by millions."],
     {"s1": _ON, "s2": _ON}),
    ("diff_performed_premiere", ["{A}'s opera The Salt Road was first performed in [[{d1}]].",
                                 "Critics were unkind at its premiere in [[{d2}]] at the {T} Opera House."],
     {"s1": _INX, "s2": _INX}),
    ("diff_discovered_find", ["A team led by {A} discovered the wreck of the steamer Corisande off {T} in "
                              "[[{d1}]].", "The find, made in [[{d2}]], was kept quiet for a year to deter "
                              "looters."], {"s1": _INX, "s2": _INX}),
    ("diff_floated_listing", ["{F} floated on the stock exchange in [[{d1}]].",
                              "Its listing, in [[{d2}]], valued the company at 800 million dollars."],
     {"s1": _IN, "s2": _INX}),
])


# --- order_violation: ordering language contradicted by the dates ---

ORDER = _kind("order", _order, [
    ("aftermath_summit", ["The pact was signed in [[{second}]] in the aftermath of the [[{first}]] summit in {T}."],
     {"first": "y", "second": _INX}),
    ("after_resignation", ["{A} took over as chief executive of {F} in [[{second}]], after {B} resigned in "
                           "[[{first}]]."], {"first": _INX, "second": _INX}),
    ("following_crash", ["Following the collapse of its biggest customer in [[{first}]], {F} laid off 400 "
                         "workers in [[{second}]]."], {"first": _INX, "second": _IN}),
    ("wake_of_scandal", ["In the wake of the bribery scandal that broke in [[{first}]], the {T} council was "
                         "dissolved in [[{second}]]."], {"first": _INX, "second": _INX}),
    ("before_retirement", ["Before retiring in [[{second}]], {A} coached {C} to three national titles, the last of "
                           "them in [[{first}]]."], {"first": "y", "second": _INX}),
    ("prior_to_listing", ["Prior to its stock market listing on [[{second}]], {F} had raised money from "
                          "investors on [[{first}]], company filings show."], {"days": True, "first": _ON,
                                                                                "second": _ON}),
    ("until_closure", ["The {T} colliery employed 2,000 people until it closed in [[{second}]].",
                       "Its final seam, the heritage trust says, was opened in [[{first}]]."],
     {"first": _INX, "second": _INX}),
    ("once_ratified", ["Once parliament had ratified the deal in [[{first}]], {N} began withdrawing its troops, "
                       "a process that started on [[{second}]]."], {"days": True, "first": _ON, "second": _ON}),
    ("since_reopening", ["Since the museum reopened in [[{first}]], it has staged 40 exhibitions, the first of "
                         "them in [[{second}]]."], {"first": _INX, "second": _INX}),
    ("runup_to_games", ["In the run-up to the [[{second}]] games in {T}, organisers built a new stadium, which "
                        "was finished in [[{first}]]."], {"first": _INX, "second": "y"}),
    ("first_then", ["First came the recall of the faulty boilers in [[{first}]]; then, in [[{second}]], {F} "
                    "admitted the defect."], {"first": _INX, "second": _INX}),
    ("subsequently", ["{A} was arrested on [[{first}]] and subsequently charged with arson on [[{second}]], "
                      "prosecutors said."], {"days": True, "first": _ON, "second": _ON}),
    ("earlier_passive", ["The hospital wing, which was demolished in [[{second}]], had been condemned by "
                         "inspectors in [[{first}]], an earlier report found."], {"first": _INX, "second": _INX}),
    ("preceded", ["The ceasefire of [[{first}]] preceded the peace conference of [[{second}]], the historian {A} "
                  "writes."], {"first": "y", "second": _INX}),
    ("quote_after", ["\"We only moved the school after the floods of [[{first}]],\" {A} said, adding that the "
                     "new building opened in [[{second}]].", "The old site is now a park."],
     {"first": "y", "second": _INX}),
    ("went_on_to", ["{A} graduated from {S} in [[{first}]] and went on to found the {T} law centre in "
                    "[[{second}]]."], {"first": _INX, "second": _INX}),
    ("later_that", ["The vaccine was approved on [[{first}]].", "Trials of it began later, on [[{second}]], "
                    "health officials said."], {"days": True, "first": _ON, "second": _ON}),
    ("by_the_time", ["By the time the bridge opened in [[{second}]], its designer, {A}, had already been "
                     "dismissed, in [[{first}]], over cost overruns."], {"first": _INX, "second": _INX}),
    ("in_response", ["In response to the riots of [[{first}]], the government of {N} imposed a curfew on "
                     "[[{second}]]."], {"first": _INX, "second": _ON}),
    ("shortly_after", ["Shortly after {C} were promoted on [[{first}]], the club sacked its chairman on "
                       "[[{second}]]."], {"days": True, "first": _ON, "second": _ON}),
    ("led_to", ["The drought of [[{first}]] led to the famine of [[{second}]], aid agencies in {N} said."],
     {"first": "y", "second": "y"}),
    ("ahead_of", ["Ahead of the vote on [[{second}]], {A} campaigned across {T}, starting on [[{first}]]."],
     {"days": True, "first": _ON, "second": _ON}),
    ("predecessor", ["{B}, who held the bishopric of {T} from [[{first}]], was succeeded by {A} in "
                     "[[{second}]]."], {"first": _INX, "second": _INX}),
    ("as_a_result", ["As a result of the fare rise announced in [[{first}]], passenger numbers on the {T} trams "
                     "fell sharply in [[{second}]]."], {"first": _INX, "second": _INX}),
])


# --- publication_anachronism: published 2016-09-27 ---

_NEAR = ["yesterday", "earlier today", "this morning", "this afternoon", "last night"]
ANACHRONISM = _kind("anachronism", _anachronism, [
    ("factory_sale", ["{F} said it had completed the sale of its {T} factory in [[{when}]]."], {"style": _IN}),
    ("senate_elected", ["{A}, who was elected to the senate of {N} in [[{when}]], told reporters that a second "
                        "term was out of the question."], {"style": _INX}),
    ("bypass_opened", ["The {T} bypass, which opened to traffic on [[{when}]], has cut journey times by half, "
                       "officials said."], {"style": _ON}),
    ("cup_quote", ["\"When we lifted the cup on [[{when}]], nobody in {T} slept,\" said {A}, the captain of {C}."],
     {"style": _ON}),
    ("painting_sold", ["The painting was sold at auction in {T} on [[{when}]] for 2.3 million pounds, the auction "
                       "house confirmed."], {"style": _ON}),
    ("died_family", ["{A} died in {T} on [[{when}]] after a long illness, the family said in a statement."],
     {"style": _ON}),
    ("bacterium_eradicated", ["Researchers at {S} reported in [[{when}]] that the bacterium had been eradicated "
                              "from the island."], {"style": _INX}),
    ("conviction_overturned", ["The appeal court overturned {A}'s conviction on [[{when}]], freeing {a} after 11 "
                               "years behind bars."], {"style": _ON}),
    ("storm_power", ["Storm {W}, which struck {T} in [[{when}]], left 9,000 homes without power for days."],
     {"style": _INX}),
    ("archbishop_enthroned", ["The new archbishop of {T}, {A}, was enthroned in [[{when}]] at a service attended "
                              "by 3,000 people."], {"style": _IN}),
    ("fees_abolished", ["Enrolment at {S} rose by 12 percent after tuition fees were abolished in [[{when}]], "
                        "figures show."], {"style": _INX}),
    ("runway_closed", ["Passenger numbers at {T} airport fell sharply after the main runway was closed on "
                       "[[{when}]]."], {"style": _ON}),
    ("first_case", ["According to a report released by the ministry, the hospital in {T} recorded its first case "
                    "of the new strain on [[{when}]]."], {"style": _ON}),
    ("resigned_reasons", ["{A} resigned as chief executive of {F} [[{rel}]], on [[{when}]], citing health "
                          "reasons."], {"anchor": ["yesterday", "last week", "earlier this month"], "style": _ON}),
    ("warehouse_fire", ["Police in {T} said the fire broke out [[{rel}]] ([[{when}]]) in a disused warehouse near "
                        "the docks."], {"anchor": ["last night", "this morning", "earlier today",
                                                   "this afternoon"], "style": _ON}),
    ("strike_ended", ["The strike ended [[{rel}]], in [[{when}]], when the union accepted a 4 percent pay offer."],
     {"anchor": ["last month", "earlier this year", "last autumn", "last winter"], "style": ["my", "apmy"]}),
    ("signed_quote", ["\"I signed the papers [[{rel}]] -- on [[{when}]] -- and I regret nothing,\" {A} said."],
     {"anchor": ["two days ago", "four days ago", "a fortnight ago", "last week"], "style": _ON}),
    ("reached_final", ["{C} beat {T2} 2-0 [[{rel}]], on [[{when}]], to reach the final."],
     {"anchor": ["last weekend", "this week", "earlier this week"], "style": _ON}),
    ("budget_meeting", ["The {T} council approved its budget at a meeting held [[{rel}]], on [[{when}]], the "
                        "clerk confirmed."], {"anchor": ["this week", "last week", "earlier this month"],
                                              "style": _ON}),
    ("discharged_papers", ["{A} was discharged from {T} General Hospital [[{rel}]], according to discharge papers "
                           "dated [[{when}]]."], {"anchor": ["yesterday", "earlier today", "two days ago"],
                                                  "style": ["iso", "dot", "us"]}),
    ("tremor", ["The earthquake that shook {T} [[{rel}]] -- at 3.40 a.m. on [[{when}]] -- measured 5.9, "
                "seismologists said."], {"anchor": ["last night", "this morning"], "style": _ON}),
    ("polls_returned", ["Voters in {N} went to the polls [[{rel}]], in [[{when}]], and returned the governing "
                        "party with a reduced majority."], {"anchor": ["last year", "last autumn", "last winter"],
                                                            "style": ["my", "apmy"]}),
    ("profit_warning", ["Shares in {F} slumped 18 percent [[{rel}]], [[{when}]], after the company issued a profit "
                        "warning."], {"anchor": _NEAR[:4], "style": _ON}),
    ("festival_visitors", ["The festival, which ended [[{rel}]] on [[{when}]], drew 80,000 visitors to {T}, "
                           "organisers said."], {"anchor": ["last weekend", "last week"], "style": _ON}),
])


# --- duration_arithmetic: a stated span or age that the dates contradict (published 2016-09-27) ---

_Y = ["y", "my"]
DURATION = _kind("duration", _duration, [
    ("founded_ago", ["{F} was founded in [[{s}]], [[{n} years ago]], by two brothers from {T}."],
     {"unit": "years", "end": None, "start": "y"}),
    ("lifeboat_anniversary", ["The {T} lifeboat station, established in [[{s}]], is celebrating its [[{n}]] "
                              "anniversary with a parade through the harbour."],
     {"unit": "years", "end": None, "start": _Y, "num": "ord"}),
    ("born_died_age", ["{A} was born on [[{s}]] and died on [[{e}]], at the age of [[{n}]]."],
     {"unit": "years", "start": _ON, "end": _ON, "span": (20, 95), "from": 1880}),
    ("summit_days", ["The [[{n}-day]] summit ran from [[{s}]] to [[{e}]] in the conference centre at {T}."],
     {"unit": "days", "tuple": True, "end": ["us", "brit"], "num": "hyph", "from": 1950}),
    ("restoration_months", ["The [[{n}-month]] restoration of the {T} town hall began in [[{s}]] and was "
                            "completed in [[{e}]]."], {"unit": "months", "start": "my", "end": "my", "from": 1950}),
    ("strike_weeks", ["The strike lasted [[{n} weeks]], from [[{s}]] until [[{e}]], according to the union."],
     {"unit": "weeks", "start": _ON, "end": _ON, "from": 1950}),
    ("mayor_served", ["{A} served as mayor of {T} for [[{n} years]], from [[{s}]] to [[{e}]]."],
     {"unit": "years", "start": "y", "end": "y", "from": 1900, "span": (2, 30)}),
    ("welfare_hall", ["It was [[{n} years]] after the pit closed in [[{s}]] that the miners' welfare hall in {T} "
                      "was finally pulled down, in [[{e}]]."], {"unit": "years", "start": "y", "end": "y",
                                                               "num": "word"}),
    ("marathon_age", ["{A}, who was born in [[{s}]], was [[{n}]] when {a} won the {T} marathon in [[{e}]]."],
     {"unit": "years", "start": "y", "end": "y", "from": 1920, "span": (16, 45)}),
    ("ferry_half_century", ["The ferry between {T} and {T2} began sailing in [[{s}]] and was withdrawn in "
                            "[[{e}]] after [[half a century]] of service."],
     {"unit": "years", "start": "y", "end": "y", "fixed": ("half a century", 50), "span": (5, 90)}),
    ("exile_decade", ["After [[a decade]] in an exile that began in [[{s}]], {A} returned to {N} in [[{e}]]."],
     {"unit": "years", "start": _Y, "end": _Y, "fixed": ("a decade", 10), "span": (2, 40)}),
    ("festival_fortnight", ["The arts festival in {T} ran for [[a fortnight]], opening on [[{s}]] and closing on "
                            "[[{e}]]."], {"unit": "days", "start": _ON, "end": _ON, "fixed": ("a fortnight", 14),
                                          "from": 1960}),
    ("choir_centenary", ["The {T} choral society, formed in [[{s}]], is rehearsing for its [[centenary]] "
                         "concert."], {"unit": "years", "end": None, "start": "y", "fixed": ("centenary", 100),
                                       "from": 1870}),
    ("library_months_ago", ["The {T} library reopened in [[{s}]], [[{n} months ago]], after flood repairs that "
                            "cost 2 million."], {"unit": "months", "end": None, "start": "my", "from": 2007}),
    ("missing_weeks_ago", ["{A} went missing on [[{s}]], [[{n} weeks ago]], police in {T} said."],
     {"unit": "weeks", "end": None, "start": _ON, "from": 2012}),
    ("life_sentence", ["{A} was jailed on [[{s}]] and released on [[{e}]], after serving [[{n} years]] of a life "
                       "sentence for the murder of a shopkeeper."], {"unit": "years", "start": _ON, "end": _ON,
                                                                     "from": 1940, "span": (3, 40)}),
    ("contract_years", ["The [[{n}-year]] supply contract, signed on [[{s}]], expired on [[{e}]], {F} said."],
     {"unit": "years", "start": _ON, "end": _ON, "from": 1960, "span": (2, 30)}),
    ("trial_days", ["The trial, which opened on [[{s}]] and ended with a verdict on [[{e}]], lasted [[{n} days]]."],
     {"unit": "days", "start": _ON, "end": _ON, "from": 1950}),
    ("chief_justice_age", ["{A}, born on [[{s}]], was [[{n} years old]] when named chief justice of {N} on "
                           "[[{e}]]."], {"unit": "years", "start": _ON, "end": _ON, "from": 1900, "span": (40, 75)}),
    ("siege_words", ["The siege of {T} lasted [[{n} weeks]], beginning on [[{s}]] and ending on [[{e}]]."],
     {"unit": "weeks", "start": _ON, "end": _ON, "num": "word", "from": 1900}),
    ("viaduct_months", ["Construction of the {T} viaduct took [[{n} months]], from [[{s}]] to [[{e}]], the "
                        "engineers said."], {"unit": "months", "start": "my", "end": "my", "num": "word",
                                             "from": 1900}),
    ("last_tram", ["It has been [[{n} years]] since the last tram ran in {T}, on [[{s}]]."],
     {"unit": "years", "end": None, "start": _ON}),
    ("now_aged", ["{A}, who was born in {T} on [[{s}]], is now [[{n}]] and still runs the family bakery."],
     {"unit": "years", "end": None, "start": _ON, "from": 1925, "until": 1996}),
    ("regatta_editions", ["The {T} regatta, first held in [[{s}]], was staged for the [[{n}]] time in [[{e}]]."],
     {"unit": "years", "start": "y", "end": "y", "num": "ord", "offset": -1, "only_high": True, "from": 1950}),
    ("heatwave_days", ["A [[{n}-day]] heatwave that began on [[{s}]] finally broke on [[{e}]], forecasters in {T} "
                       "said."], {"unit": "days", "start": ["us", "brit", "ap"], "end_md": True, "num": "hyph",
                                  "from": 1960}),
    ("picket_line", ["Workers at {F} walked out on [[{s}]] and went back on [[{e}]] after [[{n} weeks]] on the "
                     "picket line."], {"unit": "weeks", "tuple": True, "end": ["us", "brit", "ap"], "from": 1950}),
    ("poet_quote", ["\"He was [[{n}]] when he died,\" {A} said of the poet, who was born on [[{s}]] and died on "
                    "[[{e}]]."], {"unit": "years", "start": _ON, "end": _ON, "from": 1850, "span": (20, 90)}),
    ("closed_before_demolition", ["The bridge was closed in [[{s}]], [[{n} months]] before it was finally "
                                  "demolished in [[{e}]]."], {"unit": "months", "start": "my", "end": "my",
                                                              "num": "word", "from": 1950}),
    ("lease_iso", ["Court records list the lease as running from [[{s}]] to [[{e}]], a term of [[{n} years]]."],
     {"unit": "years", "start": "iso", "end": "iso", "from": 1900, "span": (2, 99)}),
    ("league_drought", ["{C} have not won the league since [[{s}]], a drought of [[{n} years]]."],
     {"unit": "years", "end": None, "start": "y", "from": 1900}),
    ("held_without_trial", ["{A} has been held without trial since [[{s}]] -- [[{n} months]], according to {a}'s "
                            "lawyers."], {"unit": "months", "end": None, "start": _ON, "from": 2008}),
    ("coroner_age", ["{A} was [[{n}]] at the time of death on [[{e}]], having been born in [[{s}]], the coroner "
                     "said."], {"unit": "years", "start": _Y, "end": _ON, "from": 1900, "span": (20, 95)}),
    ("ordination_jubilee", ["The Rev. {A}, ordained in [[{s}]], marked [[{n} years]] in the priesthood at a mass in "
                            "{T} on [[{e}]]."],
     {"unit": "years", "start": _Y, "end": _ON, "from": 1900, "span": (5, 60)}),
])


BLIND22_TEMPLATES: dict[str, list[Template]] = {
    "weekday_mismatch": WEEKDAY,
    "impossible_date": IMPOSSIBLE,
    "restated_event": RESTATED,
    "order_violation": ORDER,
    "publication_anachronism": ANACHRONISM,
    "duration_arithmetic": DURATION,
}
