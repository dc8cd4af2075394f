"""Shared helpers of the independent consistency template sets (``consistency_templates_blindNN.py``).

The letter edits that make a name's variant (``_EDITS``), the number words (``spell``, ``value_of``) and the
drawing of two different figures (``_pair``, ``_round_pair``, ``_styled``): every set carried its own copy.
Moved from blind19 in session 22; a set imports the helpers its copy was identical to (checked on the
syntax tree) and keeps the rest, and every set's contexts and templates hash identically before and after
(60 seeds of each context function). Nothing here reads the detector.
"""

from __future__ import annotations

import random
import re

_VOWELS = "aeiou"
_NEAR_LETTER = {"b": "p", "p": "b", "d": "t", "t": "d", "g": "k", "k": "g", "v": "w", "w": "v", "s": "z",
                "z": "s", "m": "n", "n": "m", "l": "r", "r": "l", "c": "k", "f": "v", "h": "k", "j": "y",
                "y": "i", "q": "k", "x": "ks"}


def _lower_positions(name: str) -> list[int]:
    return [i for i in range(1, len(name)) if name[i].isalpha() and name[i].islower() and name[i].isascii()]


def _change(name: str, rng: random.Random) -> str:
    i = rng.choice(_lower_positions(name))
    c = name[i]
    if c in _VOWELS:
        new = rng.choice([v for v in _VOWELS if v != c])
    else:
        new = _NEAR_LETTER.get(c, "t" if c != "t" else "d")[0]
    return name[:i] + new + name[i + 1:]


def _swap(name: str, rng: random.Random) -> str:
    options = [i for i in _lower_positions(name) if i + 1 < len(name) and name[i + 1].islower() and name[i] != name[i + 1]]
    i = rng.choice(options)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


def _drop(name: str, rng: random.Random) -> str:
    i = rng.choice(_lower_positions(name))
    return name[:i] + name[i + 1:]


def _double(name: str, rng: random.Random) -> str:
    options = [i for i in _lower_positions(name) if name[i] not in "hwyjqx"]
    i = rng.choice(options)
    return name[:i] + name[i] + name[i:]


_EDITS = {"letter changed": _change, "letters swapped": _swap, "letter dropped": _drop, "letter doubled": _double}


def _gender_words(gender: str) -> dict[str, str]:
    if gender == "f":
        return {"she": "she", "She": "She", "her": "her", "Her": "Her", "hon": "Ms."}
    return {"she": "he", "She": "He", "her": "his", "Her": "His", "hon": "Mr."}


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_DECADES = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _DECADES[tens] + ("-" + _ONES[ones] if ones else "")


_WORD_VALUES = {word: i for i, word in enumerate(_ONES)}
_WORD_VALUES.update({word: 10 * i for i, word in enumerate(_DECADES) if word})


def value_of(text: str) -> float:
    """The number in a rendered side: "4,200", "$3.5 million", "£45,000", "twenty-three percent", "41"."""
    text = text.lower().replace(",", "")
    scale = 1.0
    if "million" in text:
        scale = 1e6
    elif "billion" in text:
        scale = 1e9
    digits = re.search(r"\d+(?:\.\d+)?", text)
    if digits:
        return float(digits.group(0)) * scale
    total = 0
    for word in re.findall(r"[a-z]+", text):
        total += _WORD_VALUES.get(word, 0)
    return float(total) * scale


def _pair(rng: random.Random, low: int, high: int, ordered: bool) -> tuple[int, int]:
    """Two integers in [low, high] at least 20 percent apart; larger first if ordered."""
    while True:
        x, y = rng.randint(low, high), rng.randint(low, high)
        if abs(x - y) >= 0.2 * max(x, y) and x != y:
            if ordered and x < y:
                x, y = y, x
            return x, y


def _round_pair(rng: random.Random, low: int, high: int, step: int, ordered: bool) -> tuple[int, int]:
    x, y = _pair(rng, low // step, high // step, ordered)
    return x * step, y * step


def _styled(n: int, style: str) -> str:
    return spell(n) if style == "words" else str(n)


# --------------------------------------------------------------------------------------------------------------
# The context functions (session 25). Sets blind12 to blind22 each carried a verbatim copy of the same six
# functions (``_common``, ``name_context``, ``name_near_context``, ``_figures``, ``figure_context``,
# ``figure_near_context``), differing only in the set's own lists, which they read as globals, and in whether
# the near-miss context draws a street or building named like a person (blind18 onwards). ``contexts`` builds
# the four public ones over a set's lists; the draws from ``rng`` are made in exactly the order of the copies,
# so every set's renders are unchanged (checked by hashing 200 seeds of each context function before and after).


def _common(rng: random.Random, lists: dict) -> dict[str, str]:
    return {"org": rng.choice(lists["ORGANISATIONS"]), "role": rng.choice(lists["ROLES"]), "town": rng.choice(lists["PLACES"]),
            "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"]),
            "month": rng.choice(["January", "April", "June", "September", "October", "December"])}


def _name_context(rng: random.Random, lists: dict) -> dict[str, str]:
    kind = rng.choice(["transliteration", "transliteration"] + list(_EDITS))
    if kind == "transliteration":
        first, surname, variant, gender = rng.choice(lists["TRANSLITERATIONS_PEOPLE"])
        if rng.random() < 0.5:
            surname, variant = variant, surname
    else:
        first, surname, gender = rng.choice(lists["PERSONS"])
        variant = _EDITS[kind](surname, rng)
        while variant == surname:
            variant = _EDITS[kind](surname, rng)
    context = {"full": f"{first} {surname}", "first": first, "var": variant, "kind": kind,
               "title": rng.choice(lists["TITLES_F"] if gender == "f" else lists["TITLES_M"])}
    context.update(_gender_words(gender))
    context.update(_common(rng, lists))
    return context


def _name_near_context(rng: random.Random, lists: dict, buildings: bool) -> dict[str, str]:
    sa, sb = rng.choice(lists["LOOKALIKE_SURNAMES"])
    if rng.random() < 0.5:
        sa, sb = sb, sa
    given = rng.sample(lists["GIVEN_NAMES"], 8 if buildings else 7)
    fa, fb, fc, fd, fe, fr, ff = given[:7]
    sc, place = rng.choice(lists["PLACE_SURNAMES"])
    sd, company = rng.choice(lists["COMPANY_SURNAMES"])
    se, product = rng.choice(lists["PRODUCT_SURNAMES"])
    sf, ship = rng.choice(lists["SHIP_SURNAMES"])
    context = {"a": f"{fa} {sa}", "sa": sa, "fa": fa, "b": f"{fb} {sb}", "sb": sb, "fb": fb,
               "r": f"{fr} {sa}", "fr": fr, "c": f"{fc} {sc}", "sc": sc, "place": place,
               "d": f"{fd} {sd}", "sd": sd, "company": company, "e": f"{fe} {se}", "se": se,
               "product": product, "f": f"{ff} {sf}", "sf": sf, "ship": ship}
    if buildings:
        sg, building = rng.choice(lists["BUILDING_SURNAMES"])
        context.update({"g": f"{given[7]} {sg}", "sg": sg, "building": building})
    context["kind"] = "near"
    context.update(_common(rng, lists))
    return context


# (name, low, high, step or 0 for plain pairs, format) of the figures drawn after the styled ones, in draw order
_FIGURE_DRAWS = (
    ("hh", 120, 980, 0), ("th", 1200, 72000, 100), ("vt", 1500, 28000, 0), ("km", 6, 140, 0), ("usd", 12, 160, 0),
    ("eur", 150, 950, 10), ("gbp", 40, 900, 5), ("spd", 30, 320, 0), ("kg", 12, 140, 0), ("mn", 12, 180, 0),
    ("tc", 18, 48, 0), ("pts", 40, 140, 0), ("ha", 60, 4800, 10), ("mm", 15, 240, 0), ("pr", 150, 1800, 5),
    ("ft", 1200, 38000, 100), ("lt", 200, 9500, 10), ("mi", 4, 220, 0), ("tn", 150, 9800, 10),
)
_FIGURE_FORMATS = {
    "th": "{:,}".format, "vt": "{:,}".format, "ha": "{:,}".format, "ft": "{:,}".format, "lt": "{:,}".format,
    "tn": "{:,}".format,
    "usd": lambda n: f"${n / 10:.1f} million" if n % 10 else f"${n // 10} million",
    "eur": lambda n: f"€{n * 1000:,}", "gbp": lambda n: f"£{n * 1000:,}", "pr": lambda n: f"${n / 100:.2f}",
}


def _figures(rng: random.Random, ordered: bool, lists: dict) -> dict[str, str]:
    styles = rng.choice([("digits", "digits"), ("words", "digits"), ("digits", "words"), ("words", "words")])
    ctx: dict[str, str] = {"kind": f"{styles[0]}/{styles[1]}"}
    styled = {name: _pair(rng, low, high, ordered)
              for name, low, high in (("c", 3, 85), ("pc", 5, 72), ("age", 18, 93), ("dy", 3, 60), ("hr", 2, 72),
                                      ("wk", 3, 52), ("yr", 2, 45))}
    for i in (0, 1):
        for name in ("c", "wk", "yr", "pc", "age", "dy", "hr"):
            ctx[f"{name}{i + 1}"] = _styled(styled[name][i], styles[i]) + (" percent" if name == "pc" else "")
    drawn = {name: _round_pair(rng, low, high, step, ordered) if step else _pair(rng, low, high, ordered)
             for name, low, high, step in _FIGURE_DRAWS}
    for i in (0, 1):
        for name, _low, _high, _step in _FIGURE_DRAWS:
            ctx[f"{name}{i + 1}"] = _FIGURE_FORMATS.get(name, str)(drawn[name][i])
    year = rng.randint(2015, 2025)
    ctx.update({"person": rng.choice(lists["FIGURE_PEOPLE"]), "year": str(year), "prev": str(year - 1)})
    ctx.update(_common(rng, lists))
    return ctx


def contexts(lists: dict, *, buildings: bool) -> tuple:
    """(name_context, name_near_context, figure_context, figure_near_context) over a set's lists (its module
    globals: ``ORGANISATIONS``, ``ROLES``, ``PLACES``, ``TRANSLITERATIONS_PEOPLE``, ``PERSONS``, ``TITLES_F``,
    ``TITLES_M``, ``LOOKALIKE_SURNAMES``, ``GIVEN_NAMES``, ``PLACE_SURNAMES``, ``COMPANY_SURNAMES``,
    ``PRODUCT_SURNAMES``, ``SHIP_SURNAMES``, ``FIGURE_PEOPLE`` and, with ``buildings``, ``BUILDING_SURNAMES``)."""
    def name_context(rng: random.Random) -> dict[str, str]:
        """full: "First Surname"; first: the given name; var: the variant surname; kind: the variant."""
        return _name_context(rng, lists)

    def name_near_context(rng: random.Random) -> dict[str, str]:
        """a/b: two different people with look-alike surnames (sa, sb); r: a relative of a (same surname); c: a
        person (sc) and a look-alike place; d, e, f: a person and a company, a product, a ship named like them;
        with buildings, g: a person (sg) and a street or building named like them."""
        return _name_near_context(rng, lists, buildings)

    def figure_context(rng: random.Random) -> dict[str, str]:
        return _figures(rng, False, lists)

    def figure_near_context(rng: random.Random) -> dict[str, str]:
        return _figures(rng, True, lists)

    return name_context, name_near_context, figure_context, figure_near_context
