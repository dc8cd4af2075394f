"""Weekdays told apart from their date, added by the lead in session 24 from wordings of our own.

Of 43 ways of writing a weekday beside its date (``on Monday, March 14, 2017``, ``Mon 14/03/2017``, ``14 March 2017, a
Monday`` ...) only two rare ones were missed (all capitals, ``14-Mar-2017``); of 23 sentences that name the weekday
apart from the date, nine were. The recurring shape: an indefinite weekday ("a Monday") in the sentence of one full
date says what weekday that date was ("The vote, on March 14, 2017, was held on a Monday", "the date ... as a
Monday", "(which was a Monday)"), unless the sentence tells of a habit ("every", "since", "on Mondays"), a day placed
from the date ("a Monday after ..."), another clause's event ("and", "when"), or a present, future or hypothetical
day ("is held on a Monday", "would"), or a document's date ("dated"). The older rule for "a Monday" before its date no longer reads across "after",
"before", "following", "since", "until" or "prior" ("A Monday after March 14, 2017" is not March 14).
Figures are in features/date_conflicts.md ("Session 24, weekdays (lead)").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features import temporal

PUBLISHED = datetime.date(2017, 9, 27)


def _kinds(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    return [conflict.kind for conflict in temporal._analyse(text, published)[1]]


# March 14, 2017 was a Tuesday; June 3, 1998 a Wednesday.
POSITIVES = [
    "The vote, on March 14, 2017, was held on a Monday.",
    "Records show the date of the fire, March 14, 2017, as a Monday.",
    "The fire broke out on March 14, 2017, which the log records as a Monday.",
    "The fire broke out on March 14, 2017 (which was a Monday).",
    "The fire of March 14, 2017 started on a Monday morning.",
    "The fire broke out on March 14th, 2017, on a Monday.",
    "The old mill burned down on June 3, 1998, on a Friday night, the brigade's log says.",
    "Her first day at the bank, 3 June 1998, was a Thursday, she recalls.",
]


@pytest.mark.parametrize("text", POSITIVES)
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_an_indefinite_weekday_in_the_sentence_of_one_date(text: str, published: datetime.date | None) -> None:
    assert _kinds(text, published) == ["weekday_mismatch"]


def test_evidence_holds_both_the_weekday_and_the_date() -> None:
    text = "The vote, on March 14, 2017, was held on a Monday."
    (conflict,) = temporal._analyse(text, PUBLISHED)[1]
    assert sorted(text[start:end] for start, end in conflict.spans) == ["March 14, 2017", "Monday"]


NEAR_MISSES = [
    # the weekday is right
    "The fire broke out on March 14, 2017, a Tuesday.",
    "The vote, on March 14, 2017, was held on a Tuesday.",
    # a habit, a span, a present or hypothetical day
    "Since the fire on March 14, 2017, the market has been held on a Monday.",
    "The market, founded on March 14, 2017, is held on a Monday.",
    "The fire broke out on March 14, 2017; a Monday would have been worse.",
    "The club, founded on March 14, 2017, meets on Mondays and on a Monday in every month.",
    # another day placed from the date, another clause's event
    "A Monday after March 14, 2017, the fire broke out again.",
    "The fire broke out on March 14, 2017, and the inquiry opened on a Monday.",
    "The fire broke out on March 14, 2017, when a Monday shift was about to start.",
    # two dates or none in the sentence
    "The fire broke out on March 14, 2017, and again on April 3, 2017, on a Monday.",
    "On a Monday in March 2017 the fire broke out.",
    # a document's date (round anchor16's near-miss)
    "The ledger page, dated 1921-05-04, says the wages were paid on a Friday.",
    "The fire broke out on March 14, 2017, the second Monday since the school reopened.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_near_misses_stay_silent(text: str, published: datetime.date | None) -> None:
    assert "weekday_mismatch" not in _kinds(text, published)
