"""An institution named like a person, and a place after "towns of" (session 19, lead).

``benchmarks/name_pairs.py`` listed one pair on the corpus articles that was no person: "the UK-based Syrian
Observatory for Human Rights" and "the Western-backed Free Syrian Army" introduced "Syrian", and "the towns
of Suran and Halfaya" was read as a misspelling of it. A run of capitalised words ending in an
institution's noun (an observatory, an army, forces, a front, ...) is no person's name, and a capitalised
word after "<place noun> of" is a place.
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _names(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span.start:span.end] for span in measurement.spans]


@pytest.mark.parametrize("text", [
    # In other words than the corpus article's (FA-KES 1923102934), the two sentences that made the pair.
    "The offensive was launched by the Western-backed Free Syrian Army and other rebel groups to push the "
    "regime out of the province. The gains lie mostly north of the province, including the towns of Suran "
    "and Halfaya.",
    # Each rule alone: an institution introduces no name; a word after "towns of" is a place.
    "The offensive was launched by the Western-backed Free Syrian Army and other rebel groups. A "
    "commander, Suran, spoke to reporters on Monday.",
    "Benjamin Young led the inquiry into the raids. The rebels took the towns of Yang and Halfaya.",
])
def test_an_institution_and_a_place_are_no_persons_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(("text", "sides"), [
    # A person is still checked, also after "of" when no place noun stands before it.
    ("Benjamin Young led the inquiry. The report of Yang was published on Monday.", ["Benjamin Young", "Yang"]),
    ("Benjamin Young led the inquiry. The findings, Yang said, were clear.", ["Benjamin Young", "Yang"]),
])
def test_a_persons_name_is_still_compared(text: str, sides: list[str]) -> None:
    assert _names(text) == sides
