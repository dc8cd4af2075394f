"""Publication anachronisms: a wish, an expectation or a quotation is not a past event (session 18, lead).

With a publication date of 2016-09-27, five of the 1,249 clean credible Webis articles were flagged, each for a
future told beside a past-tense word that does not tell it: "fans have long wanted him to look at running for
president again in 2020", "her husband's stated interest in running for president in 2020", "considered near
shoo-ins to win the governorship in 2017", "\"Senators who are up in 2018 are already talking about it,\" said
...", and "I won't fund you for the run in 2020" (the "won" of "won't" read as a past). The rule now skips a date
whose event is the object of an intent before it, does not count a reporting verb after a closing quote, and
reads "won't" as no past; and a clause with its own verb before the date ("We won't reopen the plant in 2018, the
owner said") is no longer read as a phrase fronted before the main clause "the owner said". The texts below are our
own wording, not the articles'.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _anachronisms(text: str) -> list[str]:
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in analyse_dates(text, published=PUBLISHED).conflicts
            if conflict.kind == "publication_anachronism"]


NEAR_MISSES = [
    "Her supporters have long wanted her to think about standing for the Senate in 2018.",
    "His backers wanted him to run for governor again in 2020.",
    "The mayor confirmed his interest in seeking a third term in 2019.",
    "She has shown interest in running for the council in 2018.",
    "Republicans were considered near shoo-ins to hold the seat in 2017.",
    "The Tories were favourites to win the county in 2019.",
    "The club was poised to move to a new stadium in 2018.",
    "The board was eager to list the company in 2019.",
    "\"Members who face the voters in 2018 are already nervous,\" said the whip.",
    "\"Whoever runs in 2020 has a mountain to climb,\" one strategist told reporters.",
    "I won't back you for the nomination in 2020.",
]

POSITIVES = [
    ("Hartley won the county title in 2018, beating the holder.", "2018"),
    ("The plant was sold to a rival in 2019.", "2019"),
    ("\"We won the league in 2018,\" the captain said.", "2018"),
    ("The founder said the firm moved its headquarters in 2019.", "2019"),
    ("Voters rejected the levy in a referendum in 2017.", "2017"),
    ("Her brother, who was hoping for a recount, conceded the seat in 2018.", "2018"),
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_intent_or_a_quotation_is_no_past_event(text: str) -> None:
    assert _anachronisms(text) == []


@pytest.mark.parametrize(("text", "evidence"), POSITIVES)
def test_a_past_event_after_publication_is_still_flagged(text: str, evidence: str) -> None:
    assert _anachronisms(text) == [evidence]



# A clause with its own verb before the date is no phrase fronted before a main clause: "the owner said" after it
# is the attribution, not the verb that tells the dated event (round 21 read it as "In 2024, the charity housed").
REPORTED = [
    "We won't reopen the plant in 2018, the owner said.",
    "The club moves to a new ground in 2018, the chairman said.",
]
FRONTED = [
    ("In 2024, the charity housed 300 families.", "2024"),
    ("On 4 June 2028, the council voted to close it.", "4 June 2028"),
    ("The club moved to a new ground in 2018, the chairman said.", "2018"),
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_reported_clause_with_its_own_verb_is_no_fronted_phrase(text: str) -> None:
    assert _anachronisms(text) == []


@pytest.mark.parametrize(("text", "evidence"), FRONTED)
def test_a_fronted_date_or_a_past_clause_is_still_flagged(text: str, evidence: str) -> None:
    assert _anachronisms(text) == [evidence]
