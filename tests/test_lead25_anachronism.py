"""Session 25 (lead): publication anachronisms written from wordings of our own (no template set read).

Of 15 sentences of our own dating a past event after publication (2016-09-27), 12 were found before; the misses gave
three general readings:

- a sentence opened by the "-ing" form of telling, appearing or arriving, dated, with its main clause in the past
  tense ("Speaking on 4 October 2017, the mayor said ...", "Writing in March 2018, the author argued ..."); the main
  clause must be past and nothing future or hypothetical may stand before its verb;
- a possessive before a year that dates the possessed event, read like a determiner ("the club's 2018 title win",
  "The mayor's 2018 resignation shocked the town"), but not a time's ("next year's 2018 budget");
- verbs of remembering an event, and what a past event did to people: "celebrated", "mourned", "recalled" ... before a
  dated contest or event ("mourned the singer's 2019 death", "recalled the 2018 floods"); "shocked", "stunned",
  "claimed" ... after a dated noun ("The village's 2019 floods claimed four lives").

A second batch of 20 of our own found 14 before; two more readings came out of it:

- a medal or a place won "at"/"in" a dated contest, and contests in the plural or capitalised ("She won gold at the
  2019 championships", "competed at the 2019 championships", "the 2018 Winter Games");
- a dated record of something said or found opening the sentence, with a past main clause ("In a 2018 interview, the
  actor said ...", "According to a 2019 report by the agency, crime fell", "According to the 2017 census, the town
  had grown"); not a forecast, a budget or a poll, whose year may lie ahead of them.

Left: "Her 2018 album topped the charts" (the verb list after a dated noun stays short: "The 2018 model sold ..." is
normal copy), "By 2018 the company had lost ...", "spent 2018 rebuilding".

Near-misses: a main clause in the future, plans, contests awarded or budgets approved ahead of their year, dates
before publication.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)
_FILLER = " Officials said the paperwork was complete. Residents asked about parking and buses."


def _kinds(sentence: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    return [conflict.kind for conflict in analyse_dates(sentence + _FILLER, published=published).conflicts]


@pytest.mark.parametrize("sentence", [
    "Speaking on 4 October 2017, the mayor said the plan had failed.",
    "Speaking on October 4, 2017, the mayor said the plan had failed.",
    "Writing in March 2018, the author argued the war was lost.",
    "Addressing the conference in June 2019, she warned of cuts.",
    "Testifying on 12 May 2018, the officer admitted he had lied.",
    "Arriving in Lagos in April 2019, the envoy met the president.",
    "The mayor's 2018 resignation shocked the town.",
    "Fans celebrated the club's 2018 title win.",
    "Fans celebrated the 2018 title win.",
    "Relatives mourned the singer's 2019 death.",
    "Residents recalled the 2018 floods.",
    "The village's 2019 floods claimed four lives.",
    "The chairman's 2020 departure stunned investors.",
    "She won gold at the 2019 championships in Doha.",
    "She competed at the 2019 championships in Doha.",
    "In a 2018 interview, the actor said he regretted nothing.",
    "According to a 2019 report by the agency, crime fell.",
    "According to the 2017 census, the town had grown.",
])
def test_past_events_dated_after_publication(sentence: str) -> None:
    assert _kinds(sentence) == ["publication_anachronism"]


@pytest.mark.parametrize("sentence", [
    "Speaking on 4 October 2017, the mayor will say the plan has failed.",
    "Writing in March 2018, the author hopes to argue the case.",
    "Speaking on 4 October 2015, the mayor said the plan had failed.",
    "Starting on 4 October 2017, buses ran twice an hour, the plan said.",
    "FIFA awarded Russia the 2018 World Cup.",
    "The board approved the club's 2018 budget.",
    "Next year's 2018 budget shocked nobody yet.",
    "Fans are planning to celebrate the club's 2018 title win.",
    "The mayor's 2015 resignation shocked the town.",
    "Russia's 2018 World Cup bid won the vote.",
    "The team's 2017 schedule was released.",
    "Organisers recalled the 2018 festival's plans were still in draft.",
    "In a 2018 report due next spring, the agency will set out its plans.",
    "In a 2015 interview, the actor said he regretted nothing.",
    "According to a 2018 forecast, prices will rise.",
    "In its 2018 budget, the city cut spending.",
    "In the 2018 poll, Labour was tipped to win.",
    "She hopes to win gold at the 2020 Olympics.",
    "She will compete at the 2019 championships in Doha.",
    "Russia won the right to host the 2018 World Cup.",
    "Qatar won its bid for the 2022 World Cup.",
    "Tickets for the 2020 Games sold out.",
])
def test_plans_futures_and_earlier_dates_stay_silent(sentence: str) -> None:
    assert _kinds(sentence) == []
