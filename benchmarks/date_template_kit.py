"""Shared machinery of the independent date-conflict template sets (``date_templates_blindNN.py``).

Each set used to carry its own copy of these helpers (date formats, the generators that draw the dates of each
conflict kind and the facts a check reads, the renderer and the registrar); the copies were identical from
blind28 on. A set now keeps only what is its own: its header, its name lists, its ``_ctx`` and its templates,
and gets the rest here::

    from date_template_kit import new_templates, registrar
    BLIND46_TEMPLATES = new_templates()
    _t = registrar("b46_", BLIND46_TEMPLATES, _ctx)

Nothing here reads the detector (``tests/date_template_checks.py`` checks that no set imports it).
Moved from blind45 in session 22, byte for byte. The sets whose copies were identical to it (up to blank lines)
now import it: blind28-blind45 (every one renders identically: the sentences and facts of 25 seeds of every
template, hashed before and after); the older sets keep their own copies, which differ from it in small ways
(other formats, other draws) that their renders depend on.
"""

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

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_AP = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


class _Retry(Exception):
    """The drawn dates do not fit the template; draw again."""


def _seeded(name: str, rng: random.Random) -> random.Random:
    return random.Random(f"{name}:{rng.getrandbits(64)}")


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


def new_templates() -> dict[str, list[Template]]:
    """An empty template dict, one list per conflict kind."""
    return {kind: [] for kind in GENERATORS}


def registrar(prefix: str, templates: dict[str, list[Template]],
              context: Callable[[random.Random], dict[str, str]]) -> Callable[..., None]:
    """The ``_t(name, kind, sentences, **options)`` of a set: registers a template named ``prefix + name`` in
    ``templates[kind]``, its names drawn by ``context`` (the set's own people, towns, firms, ...)."""

    def _t(name: str, kind: str, sentences: list[str], **opt: Any) -> None:
        full = f"{prefix}{name}"
        generator = GENERATORS[kind]

        def facts(rng: random.Random) -> tuple[list[str], Facts]:
            r = _seeded(full, rng)
            for _ in range(10000):
                ctx = context(r)
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
        templates[kind].append(template)

    return _t
