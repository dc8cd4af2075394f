"""Round restate17 of ``restated_event``: a definite back-reference dated in a non-restrictive clause.

An article introduces an event with its date ("in a plebiscite on 14 June 2003") and later refers back to
it definitely, giving a date in a comma clause ("The plebiscite, held on 9 November 2005, ..."; "That
final, staged on August 17, ..."; "the coup, which the army dates to ..."). The comma tells the reader
the date is told about the event already known; a restrictive date ("the plebiscite of 2011") may pick
out a second one and stays silent. A day without its year takes the year of the earlier mention; an
earlier day without its year still differs from another day of the month.

Near-misses: restrictive dates, another instance ("Another referendum, held ..."), plans ("scheduled
for"), dates measured from the event ("two years after the referendum, in 2016"), an earlier date of an
announcement ("called a referendum on ..."), two earlier dated instances of the kind, the same date, a
quoted other event, a thing rather than an event ("The company, founded in ...").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features import temporal
from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _by_rule(text: str) -> list[str]:
    """The pairs the round's rule alone flags (nothing reported before it)."""
    candidates, _, reference, inferred = temporal._analyse(text, PUBLISHED)
    context = temporal._Context(text, candidates, reference, inferred, "published")
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in temporal._r23_appositive_restatements(context, set())]


def _restated(text: str) -> list[str]:
    analysis = analyse_dates(text, published=PUBLISHED)
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in analysis.conflicts if conflict.kind == "restated_event"]


POSITIVES = [
    ("Residents voted in a plebiscite on 14 June 2003 on whether to merge the two boroughs. "
     "The turnout surprised officials. The plebiscite, held on 9 November 2005, drew 61 percent of voters.",
     "14 June 2003 / 9 November 2005"),
    ("An avalanche buried the ski lodge at Vettermoor on 2 February 1994. Rescue teams worked for days. "
     "The avalanche, which mountain guides date to 20 January 1999, killed four climbers.",
     "2 February 1994 / 20 January 1999"),
    ("Harbourside United lifted the trophy in the final on May 3, 2008. The club had waited decades. "
     "That final, staged on August 17, drew a record crowd.",
     "May 3, 2008 / August 17"),
    ("The derailment at Ashby Cross on 11 November killed three passengers. Services resumed a week later. "
     "Investigators studied the derailment, which happened on 2 March 1996, for a decade.",
     "11 November / 2 March 1996"),
    ("Soldiers staged a coup in Varenia on 17 July 1979. Thousands left the country. "
     "Refugees who fled after the coup, which the army dates to 3 March 1982, returned under an amnesty.",
     "17 July 1979 / 3 March 1982"),
    # a verb of a kind told first, its noun after ("seized power" / "the overthrow", "capsized" / "the wreck")
    ("Rebel officers seized power in Tarsland on 9 May 1958. Parliament was dissolved. "
     "The overthrow, on 14 October 1963, was welcomed by the neighbouring states.",
     "9 May 1958 / 14 October 1963"),
    ("The ferry Grey Plover capsized near Skerrow on 5 January 1977. Eleven drowned. "
     "Salvage crews later examined the wreck, sunk on 30 August 1983, for evidence.",
     "5 January 1977 / 30 August 1983"),
    ("Brackwater Mills went into administration on 2 February 2009. Its workers were laid off. "
     "Creditors hurt by its failure, on 18 June 2012, were offered eight pence in the pound.",
     "2 February 2009 / 18 June 2012"),
    ("The merger of Dunmore Freight and Calloway Rail went through in October 2004. "
     "Critics say the merger, completed in March 2009, has cut services.",
     "October 2004 / March 2009"),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_appositive_back_reference_is_restated(text: str, expected: str) -> None:
    assert expected in _restated(text)


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_the_rule_itself_finds_the_pair(text: str, expected: str) -> None:
    assert _by_rule(text) == [expected]


NEAR_MISSES = [
    # restrictive: "the referendum of 2011" may be a second referendum
    "Voters backed the plan in a referendum on 5 May 1997. Few expected it. "
    "The referendum of 2 October 2011 reversed it.",
    # another instance, told as such
    "Voters backed the plan in a referendum on 5 May 1997. Few expected it. "
    "Another referendum, held on 2 October 2011, reversed it.",
    # a plan
    "Voters backed the plan in a referendum on 5 May 1997. Few expected it. "
    "The referendum, scheduled for 3 April 2019, will test it again.",
    # a date measured from the event
    "Voters backed the plan in a referendum on 5 May 2014. Few expected it. "
    "Two years after the referendum, in 2016, the party split.",
    # the earlier date is the announcement
    "The government called a referendum on 1 March 2016. Campaigning began at once. "
    "The referendum, held on 23 June 2016, split the country.",
    # two earlier dated instances: which one is meant is not clear
    "A strike shut the docks on 3 May 1970. Shipping resumed within a week. "
    "A strike halted the railways on 8 June 1985. Commuters were stranded. "
    "The strike, which began on 2 July 1991, lasted a month.",
    # the same date told twice
    "Voters backed the plan in a referendum on 5 May 1997. Few expected it. "
    "The referendum, held on 5 May 1997, was close.",
    # a quoted other event, not a definite back-reference
    "She won the seat at an election on 3 March 2001. Her majority was small. "
    "\"My first election, on 6 June 1996, was a disaster,\" she said.",
    # a thing, not an event: its clause dates something else about it
    "The company was fined by regulators in 2005. Its shares fell. "
    "The company, founded in 1990, now employs 400 people.",
    # events of different kinds
    "A storm flattened the pier on 1 May 2000. Repairs took a year. "
    "The concert, held on 3 June 2004, raised money for the pier.",
    # a yearless first mention of a kind held again and again: without a year the two may be two summits
    "The two presidents met at a summit on 12 April. Trade was the main subject. "
    "At the summit, held on 30 June 1998, they signed a customs accord.",
    # the clause dates something done to the event later
    "The tribunal issued its ruling on 8 May 1977. Tenants celebrated. "
    "That ruling, overturned on appeal in 1984, cost the council dearly.",
    # a generic verb is no event of the kind: shares "went down", a wreck is told of later
    "Shares in the shipping line went down on 3 May 2010. Investors were nervous. "
    "The wreck, sunk on 9 June 1994, still lies off the headland.",
    # the back-reference's clause dates a later act about the event
    "The army seized power in Tarsland on 9 May 1958. Parliament was dissolved. "
    "The overthrow, condemned by the assembly in 1960, is still debated.",
    # the earlier date is an approval, not the event
    "Shareholders approved the merger of Dunmore Freight and Calloway Rail in October 2004. "
    "Critics say the merger, completed in March 2009, has cut services.",
    # the clause dates a report about the event
    "A landslide closed the pass on 4 April 1988. Traffic was diverted. "
    "The landslide, reported on 12 September 1990, had been forgotten by then.",
]


# Older rules of the date engine or its learned pass (not this round's) flag these six at 1a645f4
# already: a plan, two earlier strikes, a quoted "first election", "went down" of shares, an approval
# date, a reported date. They are kept as known false alarms.
OLDER_RULES_FLAG = {2, 5, 7, 12, 14, 15}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_rule_stays_silent_on_near_misses(text: str) -> None:
    assert _by_rule(text) == []


@pytest.mark.parametrize("text", [
    pytest.param(text, marks=pytest.mark.xfail(strict=True, reason="an older rule flags it (known false alarm)"))
    if index in OLDER_RULES_FLAG else text
    for index, text in enumerate(NEAR_MISSES)])
def test_near_misses_stay_silent(text: str) -> None:
    assert _restated(text) == []


# A storm named by a given name is one storm in one article: dated twice, further apart than a storm lasts.
STORM_POSITIVES = [
    ("Typhoon Merbok flattened rice fields across Lanao in August 1987. Prices rose for a year. "
     "Farmers ruined by Typhoon Merbok in October 1993 received no compensation.",
     "August 1987 / October 1993"),
    ("Cyclone Idra came ashore near Port Vell on 2 April, flooding the harbour. Ferries were suspended. "
     "Fishermen still curse the wreckage left by Cyclone Idra, which reached the coast on 19 January 2004.",
     "2 April / 19 January 2004"),
]

STORM_NEAR_MISSES = [
    # a storm of several days: landfall in one country, then another
    "Hurricane Dorla made landfall in Belize on 4 September 2011. Roads were cut. "
    "Hurricane Dorla reached Mexico on 9 September 2011.",
    # a reused name picked out by its year before the name
    "The 1985 Hurricane Bobbin flooded the cape. Houses were lost. The 1991 Hurricane Bobbin was stronger.",
    # a date measured from the storm
    "Hurricane Katrina struck New Orleans in August 2005. Many left for good. "
    "A decade after Hurricane Katrina, in 2015, the city held a vigil.",
    # something else dated, the storm named in it
    "Hurricane Katrina struck New Orleans in August 2005. Many left for good. "
    "A memorial to Hurricane Katrina was unveiled in 2015.",
    # two different storms
    "Hurricane Arlen hit the islands in June 1990. Crops failed. Hurricane Celia hit them in May 1998.",
]


@pytest.mark.parametrize(("text", "expected"), STORM_POSITIVES)
def test_named_storm_dated_twice(text: str, expected: str) -> None:
    assert expected in _restated(text)


@pytest.mark.parametrize("text", STORM_NEAR_MISSES)
def test_named_storm_near_misses_stay_silent(text: str) -> None:
    assert _restated(text) == []
