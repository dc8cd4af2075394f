"""Round order17: stage nouns after a light verb or a possessive, and three duration constructions.

Written for this round in its own words (not blind34's sentences). Order: the second stage told as a
noun of the same subject, after a light verb and a possessive ("was launched on D1 and made her
maiden voyage on D2") or after a possessive that points back to it ("was charged in D1; her trial
began in D2"), "trial" being the case chain's trial stage. Durations: a day without its year told
before the sentence's one full date ("began on 3 May and ended on 9 November 1961, 20 days in
all"), read in that year, and flagged only if the year before misfits too; a length that measures
the noun after it, dated by the relative clause ("ending a decade of exile that began in 1950");
an age in months told with "when" against a birth. Positives are checked for kind and the exact
offsets of every span. Near-misses must stay silent: orders not fixed in the world (signed/debut,
nominated/won), two different subjects, another instance ("earlier", "retrial"), quotations,
plans, consistent dates, a length that fits either year, a relative clause on another noun, and
a relative's birth.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _spans(text: str, kind: str, published: datetime.date | None = None) -> list[tuple[tuple[int, int], ...]]:
    return [conflict.spans for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == kind]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


ORDER_POSITIVES = [
    ("The trawler Kestrel was launched on 4 March 1991 and made her maiden voyage on 20 May 1989.",
     "4 March 1991", "20 May 1989"),
    ("Dervla Ashe was charged in May 2003; her trial began in January 2002.", "May 2003", "January 2002"),
    ("Morrow was indicted on 6 June 1997, and his trial opened on 2 February 1996.", "6 June 1997", "2 February 1996"),
]


@pytest.mark.parametrize(("text", "first", "second"), ORDER_POSITIVES)
def test_stage_noun_after_light_verb_or_possessive(text: str, first: str, second: str) -> None:
    assert _spans(text, "order_violation") == [(_span(text, first), _span(text, second))]


ORDER_NEAR_MISSES = [
    # Consistent dates.
    "The trawler Kestrel was launched on 4 March 1991 and made her maiden voyage on 20 May 1992.",
    "Dervla Ashe was charged in May 2003; her trial began in January 2004.",
    # Two different subjects.
    "The trawler Kestrel was launched on 4 March 1991 and her sister ship made her maiden voyage on 20 May 1989.",
    "Dervla Ashe was charged in May 2003; her brother's trial began in January 2002.",
    # Another instance: an earlier trial, a retrial.
    "Dervla Ashe was charged in May 2003; her earlier trial began in January 2002.",
    "Dervla Ashe was charged in May 2003; her retrial began in January 2002.",
    # Quoted and planned.
    'Dervla Ashe was charged in May 2003; "her trial began in January 2002," a neighbour claimed.',
    "Dervla Ashe was charged in May 2003 and hopes her trial will begin in January 2002.",
    # Orders not fixed in the world: a debut may be at an earlier club, a prize may be another one.
    "The club signed Penrose on 8 August 1984, and he made his debut on 17 May 1980.",
    "The film was nominated in early 1999 and won the festival prize in late 1998.",
    # A trial of something else.
    "The drug was approved in May 2003; its trial began in January 2002.",
]


@pytest.mark.parametrize("text", ORDER_NEAR_MISSES)
def test_order_near_misses_stay_silent(text: str) -> None:
    assert _spans(text, "order_violation") == []


def test_yearless_start_before_full_date_in_all() -> None:
    text = "The siege began on May 3 and was lifted on November 9, 1961, twenty days in all."
    expected = [tuple(sorted((_span(text, "May 3"), _span(text, "November 9, 1961"), _span(text, "twenty days"))))]
    assert _spans(text, "duration_arithmetic") == expected
    assert _spans(text, "duration_arithmetic", PUBLISHED) == expected


def test_length_measuring_the_noun_the_relative_clause_dates() -> None:
    text = "Veldria lifted its ban on hunting in 1988, ending a decade of prohibition that began in 1962."
    assert _spans(text, "duration_arithmetic", PUBLISHED) == [
        (_span(text, "1988"), _span(text, "a decade"), _span(text, "1962"))]


def test_age_in_months_when() -> None:
    text = "Born on March 2nd, 2010, the foal was 3 months old when it was sold on October 9th, 2011."
    assert _spans(text, "duration_arithmetic") == [
        (_span(text, "March 2nd, 2010"), _span(text, "3"), _span(text, "October 9th, 2011"))]


DURATION_NEAR_MISSES = [
    # The same-year reading fits.
    "The siege began on May 3 and was lifted on November 9, 1961, 190 days in all.",
    # The year-before reading fits (a yearless day may be in the year before).
    "The siege began on May 3 and was lifted on November 9, 1961, 555 days in all.",
    # The same-year reading would put the start after the end: left alone.
    "The siege began on December 3 and was lifted on February 9, 1961, twenty days in all.",
    # A length that fits.
    "Veldria lifted its ban on hunting in 1972, ending a decade of prohibition that began in 1962.",
    # The relative clause dates another noun, not the measured one.
    "Veldria lifted its ban in 1988, ending a decade of work at the old mill that opened in 1962.",
    # An age in months that fits.
    "Born on March 2nd, 2010, the foal was 19 months old when it was sold on October 9th, 2011.",
]


@pytest.mark.parametrize("text", DURATION_NEAR_MISSES)
def test_duration_near_misses_stay_silent(text: str) -> None:
    assert _spans(text, "duration_arithmetic") == []
    assert _spans(text, "duration_arithmetic", PUBLISHED) == []


def test_a_relatives_birth_is_not_the_subjects() -> None:
    text = "Her mother was born on March 2nd, 2010; the foal was 3 months old when it was sold on October 9th, 2011."
    sale = _span(text, "October 9th, 2011")
    assert _spans(text, "duration_arithmetic") == []
    # With a publication date an older rule reads "3 months old" against the mother's birth and the
    # present; no conflict uses the sale date.
    assert all(sale not in spans for spans in _spans(text, "duration_arithmetic", PUBLISHED))
