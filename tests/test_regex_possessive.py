"""No pattern of the package has a dead possessive branch.

A possessive quantifier never gives back what it took: ``[a-z]++ed`` can never match, because ``[a-z]++`` has
eaten the "ed" it would need (the same for ``[a-z]++ly``, ``[a-z]++n't``). Session 25 found six such branches in
``temporal.py`` (a past participle, an adverb, a negated auxiliary that no rule ever read) and wrote them as
``[a-z]++(?<=ed)``: the letters, then a look-behind at their end. This test reads every compiled pattern of every
module and fails on a character class quantified possessively and followed by a literal character the class
itself matches.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import reliability
import reliability.features

_POSSESSIVE_THEN_LITERAL = re.compile(r"(\[(?:\\.|[^\]\\])+\])(?:\+\+|\*\+|\{\d*,?\d*\}\+)([A-Za-z'\u2019])")


def _patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    names = [f"reliability.features.{module.name}" for module in pkgutil.iter_modules(reliability.features.__path__)]
    names += [f"reliability.{module.name}" for module in pkgutil.iter_modules(reliability.__path__)]
    found = []
    for name in names:
        try:
            module = importlib.import_module(name)
        except ImportError:  # an optional extra that is not installed (dask, fastapi)
            continue
        found += [(name, attribute, value) for attribute, value in vars(module).items() if isinstance(value, re.Pattern)]
    return found


def test_the_scan_sees_the_package_patterns() -> None:
    assert len(_patterns()) > 500


def test_no_possessive_class_is_followed_by_a_letter_it_matches() -> None:
    dead = []
    for module, attribute, pattern in _patterns():
        for match in _POSSESSIVE_THEN_LITERAL.finditer(pattern.pattern):
            character_class, following = match.groups()
            if re.fullmatch(character_class, following, pattern.flags & re.IGNORECASE):
                dead.append(f"{module}.{attribute}: ...{pattern.pattern[max(0, match.start() - 10):match.end() + 5]}...")
    assert not dead, "\n".join(dead)
