"""Past events dated after publication, added by the lead in session 24 from wordings of our own.

Of 40 ways of telling a past event dated after publication (a 2016 article dating it 2019), 13 were missed. Two
shapes are read now: a past verb right after a bare year is the clause's verb, not a noun the year modifies ("A
report published in 2019 found that ...", "A census carried out in 2019 found ..."; "in the 2018 race" still names
a race), and a dated past participle that opens the sentence tells a past event whatever the main clause's tense
("Founded in 2019, the charity runs ...", "Born in 2019, she ...", "Opened on June 3, 2019, the school has ..."), but
not a participle of planning or comparison ("Scheduled in 2019", "Compared with 2019"), and not under a future
("Founded in 2019, the charity will run ..."). A second batch: an irregular past participle right after its noun and
dated, a reduced relative ("The census taken in 2019 put ...", "The photographs, taken in 2019, show ..."; not after
"be", "being", "to" or a modal), and pasts written like their present ("put", "cost", "hit", "cut") after a bare year. Figures are in features/date_conflicts.md ("Session 24, lead").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features import temporal

PUBLISHED = datetime.date(2016, 9, 27)


def _kinds(text: str) -> list[str]:
    return [conflict.kind for conflict in temporal._analyse(text, PUBLISHED)[1]]


POSITIVES = [
    "A report published in 2019 found that rents had doubled.",
    "A census carried out in 2019 found 9,000 people in the valley.",
    "The survey conducted in 2020 showed that most residents drive.",
    "Founded in 2019, the charity runs three schools.",
    "Opened in 2019, the school has 300 pupils.",
    "Born in 2019, she is the youngest of the five.",
    "Opened on June 3, 2019, the school has 300 pupils.",
    "Elected in late 2018, the mayor has kept a low profile.",
    "The census taken in 2019 put the population at 9,000.",
    "The photographs, taken in 2019, show the flood at its height.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_past_events_dated_after_publication(text: str) -> None:
    assert _kinds(text) == ["publication_anachronism"]


NEAR_MISSES = [
    # dated before publication
    "Founded in 2012, the charity runs three schools.",
    "A report published in 2015 found that rents had doubled.",
    # planning, comparison, a future
    "Scheduled in 2019, the vote will decide the matter.",
    "Planned in 2019, the road will open to traffic in 2020.",
    "Compared with 2019, the cost is small.",
    "Expected in 2019, the report will be long.",
    "Founded in 2019, the charity will run three schools.",
    "The survey to be conducted in 2020 will count every household.",
    # a year that names a noun ("the 2018 race")
    "Voters prefer someone else in the 2018 race.",
    "A decision is expected to be taken in 2019.",
    "Measures being taken in 2019 include a new tax.",
    "The census taken in 2011 put the population at 9,000.",
    "Steps taken in 2019 will cut costs.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent(text: str) -> None:
    assert "publication_anachronism" not in _kinds(text)
