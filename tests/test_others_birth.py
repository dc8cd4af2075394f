"""An age beside another person's birth is not an age of that birth (session 18, lead's review).

anchor18 found "The five-year-old twins, whose father was born on 3 May 1950, were rescued on 4 June 2011"
flagged as a duration conflict: three duration rules (ages beside births, appositive ages and the age
relation of ``_durations``) read the father's birth as the twins'. A birth told of a relative named by a
possessive ("whose father was born", "his late grandmother was born in") right before its date is now
skipped by all three; a birth told of the age's own holder ("The five-year-old twins, born on ...",
"Okafor, 48, who was born in 1950") is still checked.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _conflicts(text: str, published: datetime.date | None) -> list[tuple[str, list[str]]]:
    return [(conflict.kind, [text[start:end] for start, end in conflict.spans])
            for conflict in analyse_dates(text, published=published).conflicts]


SILENT = [
    "The five-year-old twins, whose father was born on 3 May 1950, were rescued on 4 June 2011.",
    "The 5-year-old twins, whose father was born on 3 May 1950, were rescued on 4 June 2011.",
    "Ada Okafor, 48, whose mother was born in 1950, spoke to reporters in 2011.",
    "The 8-year-old boy, whose late grandfather was born in March 1921, won the prize on 3 May 2012.",
    "Kwame Mensah, 31, whose parents were born in 1940, opened the shop in June 2010.",
    "The 12-year-old, whose eldest sister was born on 2 April 1980, sat the exam on 9 June 2011.",
    "Lena Varga, 29, whose grandmother had been born in 1911, spoke at the ceremony in 2012.",
    "The seven-year-old girl, whose uncle was born in 1948, was found safe on 1 July 2013.",
]

FLAGGED = [
    ("The five-year-old twins, born on 3 May 1950, were rescued on 4 June 2011.", ["five-year-old", "3 May 1950"]),
    ("The five-year-old girl, who was born on 3 May 1950, was rescued on 4 June 2011.",
     ["five-year-old", "3 May 1950"]),
    ("Ada Okafor, 48, who was born in 1950, spoke to reporters in 2011.", ["48", "1950"]),
    ("The 8-year-old boy, born in March 1921, won the prize on 3 May 2012.", ["8-year-old", "March 1921"]),
]


@pytest.mark.parametrize("published", [None, PUBLISHED])
@pytest.mark.parametrize("text", SILENT)
def test_a_relatives_birth_beside_an_age_is_silent(text: str, published: datetime.date | None) -> None:
    assert [kind for kind, _ in _conflicts(text, published) if kind == "duration_arithmetic"] == []


@pytest.mark.parametrize("published", [None, PUBLISHED])
@pytest.mark.parametrize(("text", "sides"), FLAGGED)
def test_the_age_holders_own_birth_is_still_checked(text: str, sides: list[str], published: datetime.date | None) -> None:
    found = [spans for kind, spans in _conflicts(text, published) if kind == "duration_arithmetic"]
    assert len(found) == 1, found
    assert found[0] == sides
