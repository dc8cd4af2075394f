"""Round 19 rules, in new words: succession by replacement, responses, long fronted connective
phrases, and objects dated by their own relative clause. Each mechanism has cases that must fire
and near-misses that must stay quiet."""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _kinds(text: str) -> set[str]:
    return {conflict.kind for conflict in analyse_dates(text, published=PUBLISHED).conflicts}


MUST_FIRE_ORDER = [
    # a successor dated before what it took the place of
    "The ferry terminal at Quillon Bay, which opened in 1958, replaced a timber jetty built in 1963.",
    "The pumping station, finished in 1921, was designed to replace the windmill erected in 1926.",
    "The clinic, opened in 1984, superseded a dispensary that was set up in 1990.",
    "The stone bridge, completed in 1811, replaced the 1819 ford crossing.",
    # a replaced thing dated after the passive "replaced by" (an older rule fires here already;
    # kept as a guard that the new replacement verbs do not turn the passive round)
    "The old grandstand, raised in 1935, was replaced by a concrete stand built in 1929.",
    # a response told before what it answered
    "The flood barrier was commissioned in 1961 as a response to the storm tide of 1964.",
    "Rationing began in March 1940 as a direct response to the harvest failure of 1941.",
    # a connective opening the sentence governs its whole fronted phrase
    "Following the takeover of Brenlow Mills and Harrowgate Cotton in May 1994, the new owners shut the dye works in 1992.",
    # (this one fires on the base already, through another rule; kept as a guard)
    "After the collapse of the old Tamsin Lane footbridge over the Grand Union canal in 1977, engineers inspected every crossing in 1975.",
    # an appositive successor dated before its original
    "Pell Aranda's second novel appeared in 1972, a sequel to her 1978 debut.",
    "The Kestrel II glider, flown in 1954, a successor to the 1957 Kestrel.",
    # the object dated by its own relative clause after a longer object
    "The audit of 4 March 1999 prompted the trustees to rebuild the crumbling boundary wall, which was completed on 2 June 1998.",
]

MUST_STAY_QUIET = [
    # the date dates the replacing, not what was replaced
    "The orchestra, which toured Japan in 2004, replaced its conductor in 2001.",
    "Ilse Marrow, elected in 2009, replaced Teodor Pask as treasurer in 2006.",
    # replacement in the right order
    "The ferry terminal at Quillon Bay, which opened in 1963, replaced a timber jetty built in 1958.",
    "The stone bridge, completed in 1811, replaced the 1790 ford crossing.",
    # a response in the right order
    "The flood barrier was commissioned in 1967 as a response to the storm tide of 1964.",
    # the fronted phrase in the right order
    "Following the takeover of Brenlow Mills and Harrowgate Cotton in May 1994, the new owners shut the dye works in 1996.",
    # a fronted phrase broken by a relative clause is not one phrase
    "Following the takeover of the mills that the family had run since 1901 in May 1994, the owners shut the dye works in 1992.",
    # an appositive successor in the right order
    "Pell Aranda's second novel appeared in 1981, a sequel to her 1978 debut.",
    # a person's successor: the later date is the predecessor's own, told in a "who" clause
    "Ilse Marrow, chosen in 2009, a successor to Teodor Pask, who retired in 2011, took office in 2012.",
    # a right-order relative object
    "The audit of 4 March 1999 prompted the trustees to rebuild the crumbling boundary wall, which was completed on 2 June 2000.",
]


@pytest.mark.parametrize("text", MUST_FIRE_ORDER)
def test_order_fires(text: str) -> None:
    assert "order_violation" in _kinds(text)


@pytest.mark.parametrize("text", MUST_STAY_QUIET)
def test_order_stays_quiet(text: str) -> None:
    assert "order_violation" not in _kinds(text)


# A recent word ("last week", "this morning") and the next sentence's definite mention of the same
# event, dated years earlier: the mention may now be "That"/"This", carry any participle of the
# event after a comma ("The pact, sealed on ..."), and hold the hour or the room of the event
# between its verb and the day.
MUST_FIRE_PIN = [
    "Harbour pilots at Ostmere agreed a new pay deal last week. The deal, sealed on 14 March 2003, runs for two years.",
    "Auditors criticised the museum's accounts in a review released last month. That review, circulated on 9 June 2002, "
    "named three trustees.",
    "The board of Kelvary Water met this morning. The meeting was adjourned at 11.30 on 2 April 2004 without a vote.",
    "Councillors in Brask approved the new car park yesterday. The approval was given at a planning session on "
    "5 October 2001.",
]

MUST_STAY_QUIET_PIN = [
    # a start told in the next sentence may be long before the recent report
    "Harbour pilots at Ostmere ended their dispute last week. The dispute, launched on 14 March 2003, had lasted years.",
    # the next sentence dates its event close to publication
    "Auditors criticised the museum's accounts in a review released last month. That review, circulated on "
    "9 September 2016, named three trustees.",
    # a future frame
    "The board of Kelvary Water met this morning. The meeting will be reconvened at 11.30 on 2 April 2017.",
    # the next sentence's noun is neither an event word nor one the first sentence used
    "Councillors in Brask approved the new car park yesterday. The garden was given to the town at a ceremony on "
    "5 October 1901.",
]


@pytest.mark.parametrize("text", MUST_FIRE_PIN)
def test_recent_event_pinned_fires(text: str) -> None:
    assert "publication_anachronism" in _kinds(text)


@pytest.mark.parametrize("text", MUST_STAY_QUIET_PIN)
def test_recent_event_pinned_stays_quiet(text: str) -> None:
    assert "publication_anachronism" not in _kinds(text)


# A length told as a noun's measure with a relative clause right after it: the clause dates the
# measured noun, so its date is one end of the length.
MUST_FIRE_MEASURE = [
    "The revue closed at the Palace on 3 March 2001 after a run of 20 weeks that opened on 10 April 2000.",
    "The garrison surrendered on 30 June 1710 after a siege of 9 days, which had begun on 1 May 1710.",
]

MUST_STAY_QUIET_MEASURE = [
    # the length fits the dates
    "The revue closed at the Palace on 3 March 2001 after a run of 47 weeks that opened on 10 April 2000.",
    # the relative clause belongs to another noun
    "The revue closed on 3 March 2001 after a run of 20 weeks at the Palace, which opened on 10 April 2000.",
]


@pytest.mark.parametrize("text", MUST_FIRE_MEASURE)
def test_measured_noun_relative_fires(text: str) -> None:
    assert "duration_arithmetic" in _kinds(text)


@pytest.mark.parametrize("text", MUST_STAY_QUIET_MEASURE)
def test_measured_noun_relative_stays_quiet(text: str) -> None:
    assert "duration_arithmetic" not in _kinds(text)


# The time a past deed took, told with "in" after its verb and object, measured against the
# deed's own start and end.
MUST_FIRE_TOOK = [
    "The crew rowed the Pacific in 40 days, setting off from Callao on 2 January 2011 and landing at Cairns on "
    "20 April 2011.",
    "The viaduct was built in 5 months, with work starting on 3 March 1902 and ending on 30 December 1903.",
]

MUST_STAY_QUIET_TOOK = [
    # the length fits
    "The crew rowed the Pacific in 108 days, setting off from Callao on 2 January 2011 and landing at Cairns on "
    "20 April 2011.",
    # two lengths: which dates each measures is not told
    "The crew rowed the Pacific in 40 days and rested for 60 days, setting off on 2 January 2011 and landing on "
    "20 April 2011.",
]


@pytest.mark.parametrize("text", MUST_FIRE_TOOK)
def test_time_taken_fires(text: str) -> None:
    assert "duration_arithmetic" in _kinds(text)


@pytest.mark.parametrize("text", MUST_STAY_QUIET_TOOK)
def test_time_taken_stays_quiet(text: str) -> None:
    assert "duration_arithmetic" not in _kinds(text)


# A count of days or weeks ago is a recent-past word too, linked only to a later sentence's
# definite mention of the same event.
MUST_FIRE_AGO = [
    "Ferry crews at Lathmoor walked off the job three days ago. The walkout, called on 4 April 2003, stranded "
    "hundreds of passengers.",
    "Nadia Ferrow was convicted a week ago of the warehouse fraud. The conviction was entered on 2 Feb 2006, "
    "court records show.",
]

MUST_STAY_QUIET_AGO = [
    # a date in the ago word's own sentence is often a reported older event
    "Two weeks ago, a tenant sued the landlord of Orwin Court, saying the boiler had failed her in 2003.",
    # a count of years ago is no recent word
    "Ferry crews at Lathmoor walked off the job two years ago. The walkout, called on 4 April 2003, stranded "
    "hundreds of passengers.",
    # the retold date lies within days of publication
    "Ferry crews at Lathmoor walked off the job three days ago. The walkout, called on 24 September 2016, "
    "stranded hundreds of passengers.",
]


@pytest.mark.parametrize("text", MUST_FIRE_AGO)
def test_days_ago_pinned_fires(text: str) -> None:
    assert "publication_anachronism" in _kinds(text)


@pytest.mark.parametrize("text", MUST_STAY_QUIET_AGO)
def test_days_ago_pinned_stays_quiet(text: str) -> None:
    assert "publication_anachronism" not in _kinds(text)
