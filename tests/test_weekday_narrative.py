"""Yearless weekdays dated by the narrative around them (session 19, lead's precision fixes).

Two of the last false alarms on clean Webis articles with a publication date were weekday flags on
days the article dates itself:

- "On Friday, September 6, 2013, Wildstein informed several Port Authority staffers of the closures
  that were scheduled to begin on Monday, September 9." The yearless day was checked in the year of
  publication; it belongs to the full date beside it. A yearless day now takes the year of a full
  date in its sentence or the one before, within 45 days of it, when its weekday is right there.
- "It was on Monday, January 12, in 1998 when ...": ", in 1998" is the year written for the day.

Both stay silent with and without a publication date; a weekday wrong in the narrative's own year is
still flagged, with that year's span as evidence.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = (None, datetime.date(2014, 1, 10), datetime.date(2016, 9, 27))


def _conflicts(text: str, published: datetime.date | None) -> list[tuple[str, list[str]]]:
    return [(conflict.kind, [text[start:end] for start, end in conflict.spans])
            for conflict in analyse_dates(text, published=published).conflicts]


SILENT = [
    "On Friday, September 6, 2013, the agency told staff of lane closures that were scheduled to begin on "
    "Monday, September 9.",
    "The letter went out on Friday, September 6, 2013. The closures began on Monday, September 9, and lasted "
    "four days.",
    "The club signed him on Tuesday, 2 July 2013, and he trained with the squad for the first time on "
    "Thursday, 11 July.",
    "It was on Monday, January 12, in 1998 when the deputy stopped a pickup truck on a rural road.",
    "The trial opened on Monday, January 12 in 1998, and closed a month later.",
]

FLAGGED = [
    # Wrong in the narrative's own year (September 9, 2013 was a Monday).
    ("On Friday, September 6, 2013, the agency told staff of lane closures that were scheduled to begin on "
     "Wednesday, September 9.", ["Friday, September 6, 2013", "Wednesday", "September 9"]),
    # January 12, 1998 was a Monday; in 2016 it was a Tuesday, which hid this one before.
    ("It was on Tuesday, January 12, in 1998 when the deputy stopped a pickup truck on a rural road.",
     ["Tuesday", "January 12", "1998"]),
]


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize("text", SILENT)
def test_a_day_dated_by_its_narrative_is_not_a_weekday_mismatch(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []


@pytest.mark.parametrize("published", PUBLISHED)
@pytest.mark.parametrize(("text", "sides"), FLAGGED)
def test_a_weekday_wrong_in_the_narratives_year_is_flagged(text: str, sides: list[str],
                                                            published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("weekday_mismatch", sides)]


def test_the_previous_sentences_year_bounds_the_look_back() -> None:
    # Two sentences back is beyond the rule's reach: the day is checked in the year of publication, as before.
    text = ("The plan was drawn up on Friday, September 6, 2013. It was shelved. Officials met again on "
            "Monday, September 9.")
    assert _conflicts(text, datetime.date(2016, 9, 27)) == [("weekday_mismatch", ["Monday", "September 9"])]
