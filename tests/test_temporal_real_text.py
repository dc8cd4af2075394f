"""Date-conflict false positives found by reading the flags the engine raised on real corpus articles.

Each sentence is our own paraphrase of a case that was wrongly flagged; the conflicts that
must still be found sit beside them.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


@pytest.mark.parametrize("sentence", [
    # Years bound a span from a day to two years: six months between 1990 and 1991 fits.
    "She spent nearly six months on the front line between 1990 and 1991 before coming home.",
    "The eight-month refit took place between 2003 and 2004.",
    # Two listed dates are not a span: the length belongs to something else.
    "The first episode airs October 7, with later ones October 21 and November 4 -- four days before the vote.",
])
def test_no_duration_conflict(sentence: str) -> None:
    assert [c.kind for c in analyse_dates(sentence, published=PUBLISHED).conflicts] == []


@pytest.mark.parametrize("sentence", [
    "The 30-month project ran from 2001 to 2002.",  # at most 24 months
    "He spent three months on the survey between 2001 and 2004.",  # at least 24 months
    "The three-day summit was held between June 18 and June 24, 2015.",
    "The week-long trial opened on 4 June 2003 and closed on 15 June 2003.",
])
def test_duration_conflicts_still_found(sentence: str) -> None:
    kinds = [c.kind for c in analyse_dates(sentence, published=PUBLISHED).conflicts]
    assert "duration_arithmetic" in kinds, sentence
