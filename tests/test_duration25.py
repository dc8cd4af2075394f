"""Round duration25 (session 24): duration readings from wordings written for the round and the misses of blind45 and
blind44 (now development).

General readings, each with near-misses that must stay silent:

- an appositive age beside a birth told with its place ("Ada Frey, 39, who was born in Glenmorrow on March 29,
  1960"), as the age-beside-birth rules already read it;
- a part of a year ("mid-1923", "the end of 1934", "late 1975") as a dated point of a measured length, as a season
  with its year already was ("took nineteen years to build: work started in mid-1923 and it opened at the end of 1934").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _durations(text: str, published: datetime.date | None = PUBLISHED) -> list[list[str]]:
    return [[text[start:end] for start, end in conflict.spans]
            for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == "duration_arithmetic"]


# Flagged in both modes (a later date in the text makes the floor on now late enough without `published`).
HOST = "The council met on 3 March 2016. "
FLAGGED = [
    ("Marguerite Oyelaran, 39, who was born in Glenmorrow on March 29, 1960, has written a memoir of her childhood.",
     "39"),
    ("Tomas Reyes, 20, who was born in Vigo, Spain, on 2 May 1950, runs the shop.", "20"),
    ("Lena Holt, 21, born in Cardiff on 12 June 1930, opened the fair.", "21"),
    ("The bridge over the River Morrow took two years to build: work started in mid-1961 and it opened in the end "
     "of 1975.", "two years"),
    ("The tunnel took 30 years to dig: work began in early 1990 and it opened in late 1995.", "30 years"),
    ("The hall took three years to build: work started in the middle of 1950 and it opened at the end of 1960.",
     "three years"),
]

SILENT = [
    # the age fits the birth with its place
    "Marguerite Oyelaran, 56, who was born in Glenmorrow on March 29, 1960, has written a memoir of her childhood.",
    "Tomas Reyes, 66, who was born in Vigo, Spain, on 2 May 1950, runs the shop.",
    # another person's birth with its place
    "Marguerite Oyelaran, 39, whose mother was born in Glenmorrow on March 29, 1960, has written a memoir.",
    "Marguerite Oyelaran, 39, said her father, born in Glenmorrow on March 29, 1960, had written a memoir.",
    "Marguerite Oyelaran, 39, and her husband, who was born in Glenmorrow on March 29, 1960, run the farm.",
    # a length that fits the parts of years, and lengths that parts of years cannot refute
    "The bridge took 14 years to build: work started in mid-1961 and it opened at the end of 1975.",
    "The bridge took 15 years to build: work started in mid-1961 and it opened at the end of 1975.",
    "The bridge took two years to build: work started in late 1961 and it opened in early 1963.",
    "The bridge took one year to build: work started in late 1961 and it opened in early 1963.",
    # two lengths, two spans: which is measured is not told
    "The plan, drawn up in mid-1990, set a 10-year target; the first phase ended in late 1992.",
]


@pytest.mark.parametrize("text, length", FLAGGED)
def test_flagged_with_published(text: str, length: str) -> None:
    found = _durations(text)
    assert found and any(length in span for spans in found for span in spans), found


@pytest.mark.parametrize("text, length", FLAGGED)
def test_flagged_without_published_in_a_host(text: str, length: str) -> None:
    found = _durations(HOST + text, None)
    assert found and any(length in span for spans in found for span in spans), found


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert _durations(text) == []
    assert _durations(text, None) == []
    assert _durations(HOST + text, None) == []
