"""Round 20 rules, in new words: one event told again by a word of the same derivation (a verb and
the noun made from it, one event noun twice), by a word of the same class of meaning ("freed" /
"the rescue"), or by its verb under a definite unnamed subject. Each mechanism has cases that must
fire and near-misses (two genuinely different events) that must stay quiet. A filler sentence
stands between the two tellings, as in an article."""

from __future__ import annotations

import pytest

from tests.conftest import check_dated_case

FILLER = " Traffic on the ring road was light for most of the afternoon. "

MUST_FIRE = [
    # a verb and the noun made from it
    "Villagers along the Orrin estuary were relocated on 3 May 2004." + FILLER
    + "The relocation, ordered by the county engineer on 9 August 2002, cost 4 million.",
    "The Tavener Street depot was demolished in 1997." + FILLER + "Its demolition, in 1993, left a gap in the terrace.",
    "Corliss Vane was extradited to Portugal in March 2011." + FILLER
    + "Her extradition, on 2 June 2009, ended a long legal fight.",
    # one event noun told twice, the later one definite
    "Ash from the 1987 landslide blocked the valley road for a week." + FILLER
    + "Surveyors who mapped the landslide, a single slip in mid-1979, found the slope still moving.",
    "The Lowmoor housing ballot on 12 May 1998 approved the towers' demolition." + FILLER
    + "The housing ballot, held on 4 March 2001, drew a turnout of 58 per cent.",
    # a class of meaning: a verb and a noun of different families
    "The two climbers stranded on Ben Corrach were freed on 14 February 1999." + FILLER
    + "The rescue, carried out on 2 March 1997, was filmed from a helicopter.",
    "Dorrit Haaland resigned as chair of Fenwick Rail on 1 October 2008." + FILLER
    + "Shareholders learned of her departure, on 3 February 2010, from the press.",
    "The Halloway Arms was burgled on 6 June 2012." + FILLER + "The burglary, on 19 October 2014, was never solved.",
    "Marston Tiles bought the Kelsey quarry in 1994." + FILLER + "The purchase, completed in 1990, doubled its output.",
    "Nerys Tallon was detained at Dover on 3 July 2003." + FILLER + "The arrest, made on 9 January 2005, followed a tip-off.",
    # a noun's event told again by its verb under a definite, unnamed subject
    "The 1968 occupation of the Brenner works lasted nine weeks." + FILLER
    + "When the strikers finally occupied the works in 1974, the owners called the police.",
    "The closure of the Ardmore colliery in 1983 cost 900 jobs." + FILLER
    + "When the pit shut for the last time in 1990, the miners marched behind a band.",
    # a noun outside the lexicons, identified by its date, told again plainly
    "The 1977 sell-off of the Garvan ferries raised 9 million." + FILLER
    + "\"The sell-off in May 1981 was a mistake,\" said a former minister.",
    # a noun ending like a doer's ("takeover", "handover"), and a noun before a past form ("the verdict read out")
    "The handover of the Orsay archive to the state took place in 1988." + FILLER
    + "Staff who remember the handover, on 5 June 1991, describe it as chaotic.",
    "The verdict in the Pellow libel case was returned in 2002." + FILLER
    + "Reporters who heard the verdict read out on 3 March 2005 left the court at once.",
    # a part of a year as the later date
    "The 1994 withdrawal of the Corvan kettles followed two fires." + FILLER
    + "The withdrawal, which began in early 1996, cost the firm its profits.",
    # a verb told again with the same named party
    "The only recording of the Calloway Quartet was made in 1962." + FILLER
    + "The record, which the Calloway Quartet recorded in 1958, is now rare.",
]

MUST_STAY_QUIET = [
    # two genuinely different events of one kind
    "The 2018 summit in Tallis was cut short by a storm." + FILLER + "The 2023 summit drew forty heads of state.",
    "The summit in 2018 was cut short by a storm." + FILLER + "The 2023 summit drew forty heads of state.",
    # annual and repeated events
    "The annual regatta was rowed on 3 June 2011." + FILLER + "The regatta, held on 9 June 2012, drew record crowds.",
    "The depot was demolished in 1993." + FILLER + "Another demolition, in 1997, cleared the rest of the street.",
    "The climbers were freed on 14 February 1999." + FILLER + "A second rescue, on 2 March 2001, saved a shepherd.",
    # the same surname, a different person (a name the first sentence lacks)
    "Karl Wendt was detained at Dover in 2003." + FILLER + "Police said the arrest of Anna Wendt, in 2005, followed a tip-off.",
    # the same words of two debates, each identified by its year
    "The first presidential debate of 2016 drew 84 million viewers." + FILLER
    + "The first presidential debate of 2012 averaged 67 million.",
    # recurring events need "that": elections, decisions
    "Pavel Orsk was elected to the assembly in 2006." + FILLER + "His election in 2011 followed a recount.",
    "The trustees decided in 2009 to sell the land." + FILLER + "Their decision in 2013 was to keep it.",
    # a stage of the event is dated, not the event
    "The Corrin pact was signed in 1995." + FILLER + "Its ratification in 1998 was delayed by a court case.",
    # a noun modifying another noun names another thing
    "Residents recall the evacuation of 1977." + FILLER + "The evacuation plan was revised by the council in 1984.",
    # a noun identified by its date, later given another step of it ("was criticised in")
    "Historians still debate the 1956 sell-off of the Garvan ferries." + FILLER
    + "The sell-off was criticised by a select committee in 1960.",
    # a date compared with, not dated by ("similar to 2008")
    "The only comparable situation took place in mid-2014." + FILLER
    + "The current situation in silver is similar to 2008 in one respect.",
    # a founder is not a founding
    "The Elsmere Press was founded in 1921." + FILLER + "Its founder, who died in 1950, left the firm to his nephew.",
    # a thing, not an event, mentioned twice with dates
    "The lighthouse keeper first climbed the tower in 1961." + FILLER + "The tower was painted white in 1975.",
    # the later verb names a party the first does not
    "The Oriel Players premiered the comedy in Leeds in 1911." + FILLER + "The comedy opened in London in 1913.",
    "Halvorsen Steel was nationalised in 1976." + FILLER + "The 1981 nationalisation of Brandt Mining cost taxpayers dearly.",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_restatement_fires(text: str) -> None:
    check_dated_case(text, "restated_event")


# Near-misses that an older rule (_generalised_restatements, round 9) flags on the base already: a
# same-surname owner opening the sentence, a lower-case owner ("Her brother's") and a stage verb after
# the noun are not read there. A first fix in this round cost a development render and an older
# must-fire test, so it was dropped; these stay as known false alarms of the older rule.
OLDER_RULE_FALSE_ALARMS = [
    "Karl Wendt resigned from the board in 2004." + FILLER + "Anna Wendt's resignation, in 2009, surprised nobody.",
    "Maren Oyelu was detained at Dover in 2003." + FILLER + "Her brother's arrest, in 2005, followed a tip-off.",
    "Marston Tiles bought the Kelsey quarry in 1994." + FILLER + "The purchase was approved by regulators in 1996.",
    "Karl Wendt resigned from the board in 2004." + FILLER + "Last year Anna Wendt's resignation, in 2009, surprised nobody.",
    "Maren Oyelu was relocated to Leeds in 2003." + FILLER + "Her brother's relocation, in 2005, was paid by the firm.",
    "Marston Tiles relocated its head office in 1994." + FILLER + "The relocation was approved by the board in 1996.",
]


@pytest.mark.parametrize("text", OLDER_RULE_FALSE_ALARMS)
@pytest.mark.xfail(strict=True, reason="flagged by the round-9 rule on the base already")
def test_older_rule_false_alarms(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", MUST_STAY_QUIET)
def test_restatement_stays_quiet(text: str) -> None:
    check_dated_case(text, None, "restated_event")


# Two full dates of one point event a day or three apart (round 20: no slack between named days).
CLOSE_DAYS = [
    "The Ellerby level crossing collision, on 14.09.2008, injured six." + FILLER
    + "The inspectors' report into the Ellerby level crossing collision gives the date as 12.09.2008.",
]


@pytest.mark.parametrize("text", CLOSE_DAYS)
def test_close_days_fire(text: str) -> None:
    check_dated_case(text, "restated_event")
