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
