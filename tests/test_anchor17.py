"""Round anchor17: duration arithmetic with no publication date.

With no publication date the date engine infers a reference from the article's own dates, preferring
a full date or a month to a bare year.  For lengths measured to "now" the round uses a floor instead:
the latest first day of ANY past date the article writes with its year (a full date, the first day of
a month, 1 January of a year), each read with the inference's own filters.  Every past event happened
before the article was written, so a length that ends before that floor is too short for every "now"
the evidence allows; a length longer than it needs is never refuted by it.  Also: a "since" date no
longer hides a present-perfect length from the rule that measures it to now, a length between two
stated dates needs no "now" (a later date is skipped as a plan only for a future frame in its own
sentence), and an age told as a past predicate ("was 20 years old") with no other date in its sentence
is an age at some earlier time, which the floor cannot refute.

Near-misses stay silent: lengths too long for the floor, an article with no date but the measured one,
a later year in a future frame, ages told in the past, totals that fit the floor, an anniversary of
another event dated in its own sentence, and a length between two dates whose last date is planned.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates


def _evidence(text: str, published: datetime.date | None = None) -> list[tuple[str, list[str]]]:
    return [(conflict.kind, [text[start:end] for start, end in conflict.spans])
            for conflict in analyse_dates(text, published=published).conflicts]


POSITIVES = [
    # A later bare year (2013) beside an older month: the floor is 1 January 2013, not May 1951.
    ("Voters went to the polls in 2013. The pier was finished in May 1951, some 12 years ago.",
     ["May 1951", "12 years ago"]),
    # A present-perfect total after a "since" date, too short for the floor (was skipped: the since
    # date runs to the reference once anchored).
    ("Officials counted the ballots in 2015. The foundry, in production since 1990, is marking 6 years of work.",
     ["since 1990", "6 years"]),
    # The same in weeks, measured from a full date to the latest full date.
    ("The results were announced on October 3, 2015. The canal lock has been closed since June 1, 2012, "
     "a shutdown that has now run for 30 weeks.",
     ["since June 1, 2012", "for 30 weeks"]),
    # A length between two dates; the "will" of the next sentence no longer makes the end date a plan.
    ("Repairs took 20 months, from the first survey on June 2, 1971 to the reopening on August 30, 1971. "
     "A new survey will follow.",
     ["20 months", "June 2, 1971", "August 30, 1971"]),
    # An age told in the present, too young for the later year the article reports.
    ("The census was taken in 2011. Marguerite Olawale, who was born on March 3, 1979, is 22 years old.",
     ["March 3, 1979", "22 years old"]),
    # An institution's age (adjective) too young for the floor, with a full date earlier than the year.
    ("The audit closed on 4 February 1998. The ledger office reported again in 2014. "
     "The 12-year-old cooperative, founded in 1961, has shut its doors.",
     ["2014", "12-year-old", "1961"]),
]

NEAR_MISSES = [
    # Too long for the floor: "now" may be 2021 or later.
    "Voters went to the polls in 2013. The pier was finished in May 1951, some 70 years ago.",
    # No date but the measured one: nothing bounds "now".
    "The pier was finished in May 1951, some 12 years ago.",
    # The later year is in a future frame, so it is no floor.
    "The council will vote in 2019. The pier was finished in May 1951, some 64 years ago.",
    # An age told in the past, with no date of its own: an age at some earlier time.
    "The census was taken in 2011. During the war Marguerite Olawale, who was born on March 3, 1979, was 20 years old.",
    "The census was taken in 2011. At the final, the twins, born on 8 May 1980, were then 19 years old.",
    # Totals that reach the floor (exactly, or beyond it).
    "Officials counted the ballots in 2015. The foundry, in production since 1990, is marking 25 years of work.",
    "Officials counted the ballots in 2015. The foundry, in production since 1990, is marking 29 years of work.",
    "The results were announced on October 3, 2015. The canal lock has been closed since June 1, 2012, "
    "a shutdown that has now run for 180 weeks.",
    # An anniversary of another event, dated in its own sentence.
    "The census was taken in 2011. The festival, first held in 1950, marked its 10th anniversary in 1960.",
    # A length between two dates whose last date is planned in its own sentence (and fits anyway).
    "The census was taken in 2011. The works will take 5 weeks, from March 3, 2031 to April 9, 2031.",
    # An age that fits the floor.
    "The census was taken in 2011. Marguerite Olawale, who was born on March 3, 1979, is 32 years old.",
]


@pytest.mark.parametrize(("text", "spans"), POSITIVES)
def test_duration_conflicts_without_publication_date(text: str, spans: list[str]) -> None:
    assert _evidence(text) == [("duration_arithmetic", spans)]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent_without_publication_date(text: str) -> None:
    assert _evidence(text) == []


def test_inferred_reference_itself_is_unchanged() -> None:
    # The floor is used by the duration rules only: the reference that anchors relative dates (and
    # feeds the shipped model) still prefers the full date or month.
    analysis = analyse_dates("Voters went to the polls in 2013. The pier was finished in May 1951, some 12 years ago.")
    assert analysis.reference_inferred is True
    assert analysis.reference_date == datetime.date(1951, 5, 31)


@pytest.mark.parametrize(("text", "spans"), POSITIVES[:3])
def test_positives_hold_with_a_publication_date_too(text: str, spans: list[str]) -> None:
    assert _evidence(text, datetime.date(2016, 9, 27)) == [("duration_arithmetic", spans)]


def test_explanation_marks_the_floor_as_the_articles_latest_date() -> None:
    text = POSITIVES[0][0]
    (conflict,) = analyse_dates(text).conflicts
    assert conflict.explanation == (
        '"12 years ago" does not fit "May 1951": 1951-05-01 is 22,496 to 22,526 days before 2013-01-01, '
        "the article's latest date (at least that long before it was written)")


def test_age_explanation_marks_the_missing_publication_date() -> None:
    text = POSITIVES[4][0]
    (conflict,) = analyse_dates(text).conflicts
    assert conflict.explanation == (
        '"22 years old" does not fit "March 3, 1979": someone born then would be 31 to 34 in 2011 (no publication '
        "date: 2011 is the year of the article's latest date, a lower bound on when it was written)")
    (published,) = analyse_dates(text, published=datetime.date(2016, 9, 27)).conflicts
    assert "no publication date" not in published.explanation
