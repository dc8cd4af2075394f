"""Round anchor16: the date engine with no publication date.

Weekdays: a yearless day takes the one year the article tells beside it, in its own clause (before
it, or after it joined by "in/of/during (the)") or, with nothing dated before it in its clause, the
one bare year of the clause or sentence just before; a weekday given as a second label of a record
("dated 1900-02-11 and marked Tuesday") is its date's. Durations: the article's latest past date is a
lower bound on when it was written, so a length "ago", an age told in the present or a present-perfect
length that is too SHORT for it conflicts; a length too long for it never does (no upper bound).

Near-misses stay silent: a weekday that fits the told year, a weekday of a different day, "a Tuesday
in 1987" with no day, years in relative clauses, brackets or after "since/after/founded", years in a
sentence measured from ("anniversary", "ago"), lengths of plans and hypotheticals, and lengths longer
than the latest date needs.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

# A host sentence whose date is the article's latest: with no publication date it is the reference.
HOST = "Councillors met on 20 September 2016 to approve the budget."


def _kinds(text: str, published: datetime.date | None = None) -> list[str]:
    return [conflict.kind for conflict in analyse_dates(text, published=published).conflicts]


# 14 March 1988 was a Monday; 9 July 1961 a Sunday; 3 June 1975 a Tuesday.
WEEKDAY_POSITIVES = [
    # The year told just before, in the same clause, set off by a comma.
    "The new footbridge was opened in 1988, on Wednesday 14 March, by the county engineer.",
    # The year as the subject's modifier.
    "The 1988 county show opened on Friday, March 14, in thick fog.",
    # The year after the day, joined by "in the".
    "Farmers voted on Thursday 14 March in the 1988 levy ballot.",
    # The one year of the sentence before.
    "The orchard changed hands in 1961. The deeds were signed on Thursday, July 9, at the notary's office.",
    # The previous clause of the same sentence.
    "The quarry closed in 1975; its last lorry left on Friday, June 3.",
]

WEEKDAY_NEAR_MISSES = [
    # The weekday fits the told year.
    "The new footbridge was opened in 1988, on Monday 14 March, by the county engineer.",
    "The orchard changed hands in 1961. The deeds were signed on Sunday, July 9, at the notary's office.",
    # A weekday with no day of the month.
    "The footbridge opened on a Wednesday in 1988.",
    # The year in a relative clause about another event.
    "The mayor, who was first elected in 1988, spoke on Wednesday, March 14, at the depot.",
    # The year measured from, not the day's.
    "On Wednesday, March 14, the town marked the anniversary of the 1988 flood.",
    "Since 1988 the market has opened on Wednesday, March 14, each spring.",
    # A year after the day with no "in/of" link: another event's year.
    "On Wednesday, March 14, survivors recalled the 1988 blizzard.",
    # Two different years nearby: none is the day's.
    "The firm, rebuilt in 1961 and sold in 1975, reopened on Friday, June 3.",
    # A year in brackets.
    "The library (built 1988) reopened on Wednesday, March 14.",
]


@pytest.mark.parametrize("text", WEEKDAY_POSITIVES)
def test_told_year_gives_a_yearless_weekday_date_its_year(text: str) -> None:
    assert "weekday_mismatch" in _kinds(text)


@pytest.mark.parametrize("text", WEEKDAY_NEAR_MISSES)
def test_no_told_year_alarm(text: str) -> None:
    assert "weekday_mismatch" not in _kinds(text)


def test_told_year_evidence_includes_the_year() -> None:
    text = "The new footbridge was opened in 1988, on Wednesday 14 March, by the county engineer."
    conflict = next(conflict for conflict in analyse_dates(text).conflicts if conflict.kind == "weekday_mismatch")
    assert "1988" in [text[start:end] for start, end in conflict.spans]
    assert "1988" in conflict.explanation


@pytest.mark.parametrize("text", [
    "The ledger page, dated 1921-05-04 and marked Friday, lists the harvest wages.",  # a Wednesday
    "The ledger page, dated 1921-05-04, marked Monday, lists the harvest wages.",
])
def test_weekday_as_second_label_of_a_record(text: str) -> None:
    assert _kinds(text) == ["weekday_mismatch"]
    assert _kinds(text, published=datetime.date(2016, 9, 27)) == ["weekday_mismatch"]


@pytest.mark.parametrize("text", [
    "The ledger page, dated 1921-05-04 and marked Wednesday, lists the harvest wages.",
    # Another record's weekday.
    "The ledger page, dated 1921-05-04, says the wages were paid on a Friday.",
])
def test_weekday_label_near_misses(text: str) -> None:
    assert "weekday_mismatch" not in _kinds(text)


DURATION_POSITIVES = [
    # "ago" ending long before the article's latest date.
    HOST + " The ferry service stopped on 2 May 2013, 30 weeks ago.",
    HOST + " The cannery shut in February 2010, 40 months ago.",
    # An age in the present, too young for the latest date.
    HOST + " Morwenna Tiller, who was born on 8 August 1979, is now 12 and keeps bees.",
    # A present-perfect length since a start, too short for the latest date.
    HOST + " The beacon has shone every night for 6 years, since it was first lit in May 1994.",
    # A worded length told in the present, and a length set right after its "since" date.
    HOST + " The tannery has traded for half a century, ever since it opened in 1931.",
    HOST + " Osric Penhale has kept the lock at Mill Reach since 1990, 9 years in all.",
]

DURATION_NEAR_MISSES = [
    # Longer than the latest date needs: the article may be written later.
    HOST + " The ferry service stopped on 2 May 2013, 250 weeks ago.",
    HOST + " The cannery shut in February 2010, 140 months ago.",
    HOST + " Morwenna Tiller, who was born on 8 August 1979, is now 44 and keeps bees.",
    HOST + " The beacon has shone every night for 24 years, since it was first lit in May 1994.",
    HOST + " The tannery has traded for half a century, ever since it opened in 1971.",
    HOST + " Osric Penhale has kept the lock at Mill Reach since 1990, 28 years in all.",
    # Plans and hypotheticals are not measured to now.
    HOST + " The beacon, first lit in May 1994, will shine for 6 more years under the plan.",
    HOST + " Had the cannery, opened in 2010, survived, it would have run for 3 years by now.",
    # Without another date the latest date is the event itself: nothing to measure.
    "The cannery shut in February 2010, 40 months ago.",
]


@pytest.mark.parametrize("text", DURATION_POSITIVES)
def test_too_short_for_the_latest_date(text: str) -> None:
    assert "duration_arithmetic" in _kinds(text)


@pytest.mark.parametrize("text", DURATION_NEAR_MISSES)
def test_no_duration_alarm_without_a_lower_bound_conflict(text: str) -> None:
    assert "duration_arithmetic" not in _kinds(text)


@pytest.mark.parametrize("text", DURATION_POSITIVES)
def test_published_mode_unchanged_on_positives(text: str) -> None:
    # With the publication date the same lengths are measured to it and still conflict.
    assert "duration_arithmetic" in _kinds(text, published=datetime.date(2016, 9, 27))
