"""Round duration26 (session 25): duration readings from wordings written for the round (first, with no template set
read), then checked against the duration misses of blind46 in both modes.

General readings, each with near-misses that must stay silent:

- a length fronted as the sentence's opening adjunct, "N UNIT after|before <the event of D1>, <main clause with D2>"
  ("Twenty years after the mine closed in 1980, the village got a new school in 2010"; "Exactly a year after the flood
  of 3 May 2010, ..."; "Within two weeks of the 3 May 2010 election, ..."): measured from the adjunct's one date to
  the main clause's first date, when nothing (a comma, a clause word, a report, a future frame) stands between the
  comma and that date.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _durations(text: str, published: datetime.date | None = PUBLISHED) -> list[list[str]]:
    return [[text[start:end] for start, end in conflict.spans]
            for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == "duration_arithmetic"]


# Flagged with `published` and without it after a host sentence (a later date makes the floor on now late enough).
HOST = "The council met on 3 March 2016. "
FLAGGED = [
    # fronted "N UNIT after|before ..., main clause"
    ("Twenty years after the mine closed in 1980, the village got a new school in 2010.", "Twenty years"),
    ("Five years after her death in 1990, a statue was unveiled in 2005.", "Five years"),
    ("Sixty years to the day after the armistice of 11 November 1918, a memorial was unveiled on 11 November 1988.",
     "Sixty years"),
    ("A week after the vote on 3 May 2010, the minister resigned on 30 May 2010.", "A week"),
    ("Within two weeks of the 3 May 2010 election, the coalition collapsed on 30 August 2010.", "two weeks"),
    ("Less than a month after taking office on 3 January 2010, the mayor resigned on 30 June 2010.", "Less than a month"),
    ("Barely two years after the bridge opened in 1990, cracks appeared in 2010.", "two years"),
    ("Three days after the quake struck on 3 May 2010, rescuers found survivors on 30 May 2010.", "Three days"),
    ("Exactly a year after the flood of 3 May 2010, the town held a memorial on 3 May 2014.", "a year"),
    ("A fortnight before the election on 30 May 2010, the candidate withdrew on 3 January 2010.", "A fortnight"),
    ("One year after the factory opened in 1990, it was sold in 2010.", "One year"),
    ("Eighteen months after the fire on 3 May 2010, the hall reopened on 3 May 2015.", "Eighteen months"),
    ("Two years before the Games opened in 2012, the stadium was finished in 2001.", "Two years"),
    ("About 20 years after the mine closed in 1980, the village got a new school in 2010.", "About 20 years"),
    ("\"Ten years after the scandal of 2000, we were back in court in 2016,\" he said.", "Ten years"),
    # a death in the present perfect with the age at it, measured to now from the birth told nearby
    ("Obituary: Ada Holt, who has died aged 72, was born in Leeds in 1921.", "72"),
    ("Ada Holt, the novelist, who has died at the age of 72, was born in 1921.", "72"),
    ("Ada Holt has died aged 72. She was born in Leeds on 3 May 1921.", "72"),
    ("The actor, born in 1941, has died at 60.", "60"),
    ("The former miner, who was born in Barnsley on 2 May 1930, has died in hospital in Leeds, aged 41.", "41"),
]

SILENT = [
    # fronted lengths that fit, or a bound that holds
    "Twenty years after the mine closed in 1980, the village got a new school in 2000.",
    "Five years after her death in 1990, a statue was unveiled in 1995.",
    "Three days after the quake struck on 3 May 2010, rescuers found survivors on 6 May 2010.",
    "A week after the vote on 3 May 2010, the minister resigned on 10 May 2010.",
    "About 20 years after the mine closed in 1980, the village got a new school in 2002.",
    "More than 30 years after the murder in 1970, police made an arrest in 2010.",
    "Less than a month after taking office on 3 January 2010, the mayor resigned on 30 January 2010.",
    "Within two weeks of the 3 May 2010 election, the coalition collapsed on 10 May 2010.",
    "A decade after the crash of 1990, the airline was sold in 2001.",
    # the main clause's first date is another clause's: a participle, a relative, a report, a plan, another adjunct
    "Two years after the crash in 1990, the airline, founded in 1950, collapsed in 1992.",
    "Five years after the war ended in 1945, she moved to London, where she lived until 1990.",
    "Two years after the law passed in 2010, the government plans to review it in 2020.",
    "Two years after the Games in 2012, athletes who had competed in 1990 returned.",
    "Ten years after it began in 2000, the inquiry will report in 2020.",
    "Ten years after the scandal of 2000, he said the firm had been rebuilt in 2005.",
    "Two years after the flood of 1990, the town still remembered the storm of 1950.",
    "Two years after the flood of 1990, the town was rebuilt by 2010.",
    # a present-perfect death at an age that fits, another's death, no age, a time or place after "at"
    "Ada Holt, who has died aged 94, was born in Leeds in 1921.",
    "Ada Holt, whose mother has died aged 72, was born in 1921.",
    "The actor, born in 1941, has died at his home in Leeds.",
    "The actor, born in 1941, has died at 10 Downing Street.",
    "Ada Holt, who was born in 1921, has died aged 95; her husband, born in 1930, died in 1990.",
    "Ada Holt, born in 1921, has died at 11 o'clock on the ward, her family said.",
    # the adjunct's date sits in a clause set off inside it; the adjunct is not fronted
    "Within a year of the merger, completed on 3 May 2010, the firm collapsed on 3 May 2014.",
    "The mayor said that two years after the flood of 1990, the town was rebuilt in 2010 and again in 2012, twice.",
]


@pytest.mark.parametrize("text, length", FLAGGED)
def test_flagged_with_published(text: str, length: str) -> None:
    found = _durations(text)
    assert found and any(length in span for spans in found for span in spans), found


@pytest.mark.parametrize("text, length", FLAGGED)
def test_flagged_without_published_in_a_host(text: str, length: str) -> None:
    found = _durations(HOST + text, None)
    assert found and any(length in span for spans in found for span in spans), found


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert _durations(text) == []
    assert _durations(text, None) == []
    assert _durations(HOST + text, None) == []
