"""Round 8: restatements by attachment (a date dates the verb or noun phrase it follows).

Written in other words than the blind8 templates: the mechanism must work for any
verb and its nominalisation, not for the template's words."""

from __future__ import annotations

import pytest

from reliability.features.temporal import analyse_dates


def _restated(text: str) -> list:
    return [conflict for conflict in analyse_dates(text).conflicts if conflict.kind == "restated_event"]


@pytest.mark.parametrize("text", [
    # verb -> nominalisation through a participial appositive
    "Pemberton Mills and Carlow Textiles amalgamated in March 1977. "
    "The amalgamation, finalised in 1981, created the county's largest employer.",
    # verb -> possessive nominalisation
    "Greta Lind resigned as principal conductor of the orchestra in 2003. "
    "Her resignation in 1999 surprised the board.",
    # noun -> possessive noun ("the refinery's closure")
    "The closure of the Osterby refinery in 1992 ended 400 jobs. "
    "House prices in the town fell after the refinery's closure in 1987.",
    # demonstrative second mention of a dated first feat
    "Ines Marsh's first crossing of the Tasman Sea in 1990 made headlines. "
    "That first crossing, completed in 1994, took eleven days.",
    # the participle of the second mention matches the verb of the first
    "The arbitration award in the dispute between the port and the dockers was announced in May 2002. "
    "Neither side has challenged the award, announced in 2006, in court.",
    # -ated / -ation and -ified / -ification meet by suffix rules, not by a word pair
    "The school on Mill Lane was evacuated on May 3, 2001. The evacuation, ordered in 1999, took an hour.",
    "The Halby branch line was electrified in 1995. Its electrification in 1998 cut journey times.",
])
def test_fires(text: str) -> None:
    assert _restated(text), text


@pytest.mark.parametrize("text", [
    # elections recur: a later "his election" is another one
    "Tom Reyes was elected to the council in 2006. His election in 2010 followed a recount.",
    # marked as another instance
    "The bridge was closed in 1998 for repairs. Its second closure in 2004 lasted a month.",
    # different participants
    "Ada Quinn's retirement in 2001 was celebrated. Ben Ortiz's retirement in 2009 went unnoticed.",
    # an object, not an event, dated twice by different verbs
    "Lee bought the painting in 1980. He sold the painting in 1992.",
    # a state's start is not a restatement of a later moment within it
    "Shelling intensified in the valley war in 2015. The valley war began in 2011.",
    # the first of a series, for different pairs
    "Smith and Jones met in their first final in 2004. On the eve of the first final in 2012, Brown was injured.",
    # a recurring family (treaties are ratified by each signatory) never joins
    "The border protocol was ratified in 1995. Its ratification in 1998 was delayed by a court case.",
])
def test_does_not_fire(text: str) -> None:
    assert not _restated(text), text
