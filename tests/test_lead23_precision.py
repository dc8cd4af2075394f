"""Session 23 (lead): precision guards for four older date rules, on wordings written for them.

Each guard is a reading of English news copy, not of a benchmark template:

- a length that misfits the two dates of its sentence measures something else when it is told in the present
  perfect and fits the later date to now ("has made rope for 21 years" at a site bought in 1995), when it is a fixed term longer than the dates and the
  later date's clause tells an early end or a renewal ("jailed for 12 years in 2001 and released on licence in
  2008"), or when the earlier date dates a crime ("for a fraud committed in 1980");
- an age in months, weeks or days ("are now 9 months old") is measured in days, not compared as years;
- a dated event that was put off, moved or called off ("The hearing on 4 May 2020 was postponed") is a plan,
  not a past event after publication;
- a recent-past word that dates a reporting verb ("Yesterday the court heard that ...") does not pin the date
  of what was reported;
- the start and the end of one lasting event ("The siege began on D1 ... The siege, which ended on D2") are not
  one event dated twice.

The must-fire cases show that each guard leaves the real conflict next to it alone. Published on the stand-in
date (2016-09-27) of ``tests/conftest.py``.
"""

from __future__ import annotations

import pytest

from reliability.features.temporal import analyse_dates
from tests.conftest import check_dated_case

DURATION_QUIET = [
    # fixed terms cut short or renewed
    "She was banned for ten years in 2003, but the ban was lifted in 2006.",
    "The concession, granted in 1999 for 30 years, was revoked in 2004.",
    "He was jailed for 20 years in 1985 and paroled in 1997.",
    "The franchise was awarded in 2002 for 15 years and terminated in 2007.",
    "The lease, signed in 1996, runs for 99 years and was bought out in 2011.",
    "He was jailed for 12 years in 2001 and died in prison in 2005.",
    # measured to now
    "The choir, formed in 1948, has sung for 30 years in the hall it moved to in 1986.",
    "The shop, opened in 1961, has traded for 40 years from the unit it took in 1976.",
    # a crime's date
    "Jailed for 14 years for a robbery committed in 1992, he was freed in 2015.",
    # ages in months, weeks or days, measured in days (they were compared as counts of years)
    "The twins, born on 3 January 2016, are now 9 months old.",
    "The foal, born in March 2016, is now six months old.",
    "The calf, born on 3 September 2016, is now 24 days old.",
    "The cubs, born at the zoo on 2 August 2016, are eight weeks old.",
    "The prince, born on September 26, 1981, was 2 months old at his christening on November 15, 1981.",
]

DURATION_FIRES = [
    # served longer than the term: no early end explains it
    "He was jailed for two years in 2001 and released in 2012.",
    # "ran" tells the length the lease actually ran, not its term
    "The lease ran for 25 years, from 2004 until it was renewed in 2010.",
    # the present perfect, but the length fits neither the dates nor the later date to now (2016)
    "The choir, formed in 1948, has sung for 30 years in the hall it moved to in 1996.",
    # a completed length, not the present perfect
    "The choir, formed in 1948 and disbanded in 1990, sang for 30 years.",
    # the length served between two dates of the serving itself
    "He served 14 years in prison, from 1992 until his release in 2015.",
    # young ages that do not fit their births
    "The baby, born on 3 January 2016, is 9 weeks old.",
    "The foal, born in March 2015, is now six months old.",
    "The calf, born on 3 September 2016, is now 4 days old.",
    # measured to the event it is told at, also without a publication date
    "The prince, born on September 26, 1981, was 13 months old at his christening on November 15, 1981.",
]

ANACHRONISM_QUIET = [
    "The vote on 3 March 2019 was called off after the storm.",
    "The final on 12 June 2018 was moved to a new venue.",
    "The inquest on 9 January 2019 has been adjourned until the spring.",
    "Yesterday the inquiry heard how the depot flooded in March 2009.",
    "Last week the jury was told that the loan was signed on 4 May 2010.",
    "Yesterday the minister recalled that the bridge collapse of 4 May 2008 killed nine.",
]

ANACHRONISM_FIRES = [
    "The vote on 3 March 2019 was won by the incumbent.",
    "The summit on 3 March 2019 was attended by nine leaders.",
    "Yesterday's vote, held on 3 June 2009, was close.",
]


@pytest.mark.parametrize("text", DURATION_QUIET)
def test_duration_guards_stay_quiet(text: str) -> None:
    check_dated_case(text, None, "duration_arithmetic")


@pytest.mark.parametrize("text", DURATION_FIRES)
def test_duration_conflicts_beside_the_guards_still_fire(text: str) -> None:
    check_dated_case(text, "duration_arithmetic")


def test_an_age_told_at_an_event_is_measured_to_it_without_a_publication_date() -> None:
    text = "The prince, born on September 26, 1981, was 13 months old at his christening on November 15, 1981."
    conflicts = [conflict for conflict in analyse_dates(text).conflicts if conflict.kind == "duration_arithmetic"]
    assert len(conflicts) == 1
    assert [text[start:end] for start, end in conflicts[0].spans] == ["September 26, 1981", "13 months old", "November 15, 1981"]
    assert "50 to 50 days old at November 15, 1981" in conflicts[0].explanation


@pytest.mark.parametrize("text", ANACHRONISM_QUIET)
def test_anachronism_guards_stay_quiet(text: str) -> None:
    check_dated_case(text, None, "publication_anachronism")


@pytest.mark.parametrize("text", ANACHRONISM_FIRES)
def test_anachronisms_beside_the_guards_still_fire(text: str) -> None:
    check_dated_case(text, "publication_anachronism")


FILLER = " Troops surrounded the town and cut the water supply. "

RESTATED_QUIET = [
    "The siege began on 3 May 2004." + FILLER + "The siege, which ended on 20 June 2004, left 40 dead.",
    "The drought ended in March 1993." + FILLER + "The drought, which began in 1991, was the worst in memory.",
    "The siege began on 3 May 2004. The siege ended on 20 June 2004.",
    "The lockdown started on 23 March 2015." + FILLER + "The lockdown, which was lifted on 10 May 2015, cost the town dearly.",
    "The strike broke out in January 1984." + FILLER + "The strike, which came to an end in March 1985, divided the valley.",
]

RESTATED_FIRES = [
    # the same stage dated twice
    "The siege began on 3 May 2004." + FILLER + "The siege, which began on 20 June 2004, left 40 dead.",
    # an end before its start
    "The strike ended in 1984." + FILLER + "The strike, which began in 1990, cost millions.",
]


@pytest.mark.parametrize("text", RESTATED_QUIET)
def test_start_and_end_of_one_event_are_not_a_restatement(text: str) -> None:
    check_dated_case(text, None, "restated_event")


@pytest.mark.parametrize("text", RESTATED_FIRES)
def test_restatements_beside_the_stage_guard_still_fire(text: str) -> None:
    check_dated_case(text, "restated_event")
