"""Numbers written with Unicode digits that are not decimal ("²", "½", "①", "Ⅻ") or with other scripts'
decimal digits ("٣", "３") never crash the date engine or ``score()``."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability import score
from reliability.features.temporal import analyse_dates

NUMBERS = ["²", "³", "½", "①", "Ⅻ", "٣", "３", "12²", "²0", "𝟚"]
FRAMES = [
    "The {n}-year-old boy was found in 2015.",
    "She left {n} years ago, in 1990.",
    "The {n}-day summit ran from June 18 to June 24, 2016.",
    "He played {n} seasons from 1979-80 to 1982-83.",
    "It opened on the {n}th of March, 2001.",
    "For {n} years, since 1948, the shop has stood here.",
    "The company, founded in 1948, {n} years ago, grew fast.",
]


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("frame", FRAMES)
def test_unicode_numbers_in_date_phrases_do_not_crash(frame: str, number: str) -> None:
    text = frame.format(n=number)
    for published in (None, datetime.date(2016, 9, 27)):
        analysis = analyse_dates(text, published=published)
        for expression in analysis.expressions:
            assert text[expression.start:expression.end] == expression.text
    assessment = score(text + " " + text)
    assert assessment.credibility is None or 0.0 <= assessment.credibility <= 1.0


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(NUMBERS + ["2", "12", "1990", "-year-old", "-day", " years ago", " seasons",
                                           " since ", " from ", " to ", "June ", ", 2016", "th of March"]),
                min_size=1, max_size=14))
def test_random_unicode_number_phrases_do_not_crash(pieces: list[str]) -> None:
    text = "".join(pieces)
    for conflict in analyse_dates(text, published=datetime.date(2016, 9, 27)).conflicts:
        for start, end in conflict.spans:
            assert 0 <= start < end <= len(text)
