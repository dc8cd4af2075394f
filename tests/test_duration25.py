"""Round duration25 (session 24): duration readings from wordings written for the round and the misses of blind45 and
blind44 (now development).

General readings, each with near-misses that must stay silent:

- an appositive age beside a birth told with its place ("Ada Frey, 39, who was born in Glenmorrow on March 29,
  1960"), as the age-beside-birth rules already read it;
- a part of a year ("mid-1923", "the end of 1934", "late 1975") as a dated point of a measured length, as a season
  with its year already was ("took nineteen years to build: work started in mid-1923 and it opened at the end of 1934");
- a made thing's age to now from its making told after it by a participle ("Her 41-year-old county record for the
  mile, set on January 16, 1963, still stands"; "the 30-year-old law, passed in 1950, is to be repealed"), only in a
  present sentence and only for a noun that names a made thing;
- "N years on from the pit disaster of 1938" / "a decade on from the crash of 2 May 2000": measured to the sentence's
  one other date, else to now in a present sentence;
- a day told without its year as the end, before the start's full date set off by "having begun it on" ("called off
  her 52-day hunger strike on February 12, having begun it on January 4, 1955"): in the start's year or the next;
- a state's length "NOUN of N UNIT" with its end dated right after ("Their marriage of 46 years ended with his death on
  29 November 1947; they had wed at Upper Blinsey in 1916"), its start dated by a beginning verb nearby;
- a measured length after a possessive ("Ottilie Fairweather's 9-year career began in ... and ended ..."), a length
  whose span is set off after it by "from" ("went 22 months without rain, from April 1945 until the storms of January
  1946"), a journey's time after its route ("made the passage from Marlow Parva to Norvania in 43 days, sailing on
  ... and docking on ..."), and "N weeks into the dispute, which began on" (the relative clause set off by a comma);
- the ordinal of a running state's unit told at now with its start dated in the sentence ("The strike, now in its 30th
  day, began on 2 September 2016"; "She is now in her 20th year as head, having been appointed in 2010"), not another
  state's count ("in its third year of losses") nor a past time ("was in its 50th day when");
- a length said to have elapsed or passed between or before its two dated points ("Six weeks elapsed between the
  crash on 2 March 2011 and the inquiry's opening on 2 September 2011").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _durations(text: str, published: datetime.date | None = PUBLISHED) -> list[list[str]]:
    return [[text[start:end] for start, end in conflict.spans]
            for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == "duration_arithmetic"]


# Flagged in both modes (a later date in the text makes the floor on now late enough without `published`).
HOST = "The council met on 3 March 2016. "
FLAGGED = [
    ("Marguerite Oyelaran, 39, who was born in Glenmorrow on March 29, 1960, has written a memoir of her childhood.",
     "39"),
    ("Tomas Reyes, 20, who was born in Vigo, Spain, on 2 May 1950, runs the shop.", "20"),
    ("Lena Holt, 21, born in Cardiff on 12 June 1930, opened the fair.", "21"),
    ("The bridge over the River Morrow took two years to build: work started in mid-1961 and it opened in the end "
     "of 1975.", "two years"),
    ("The tunnel took 30 years to dig: work began in early 1990 and it opened in late 1995.", "30 years"),
    ("The hall took three years to build: work started in the middle of 1950 and it opened at the end of 1960.",
     "three years"),
    ("Rosalind Ravensworth's 41-year-old county record for the mile, set on January 16, 1953, still stands.", "41-year-old"),
    ("The 20-year-old treaty, signed in 1950, is to be renegotiated.", "20-year-old"),
    ("The 30-year-old law, passed in 1950, is to be repealed.", "30-year-old"),
    ("The town's 12-year-old oak, planted in 1950, is to be felled.", "12-year-old"),
    ("The miners of Oakhanger Vale still gather at the memorial 4 years on from the pit disaster of 1938.", "4 years"),
    ("A decade on from the crash of 2 May 2000, families met on 2 May 2004.", "decade"),
    ("A year on from the fire of 2 March 2010, the school reopened on 2 March 2014.", "year"),
    ("Half a century on from the strike of 1944, the village is still divided.", "Half a century"),
    ("Six months on from the flood of 3 January 2011, the road reopened on 4 December 2011.", "Six months"),
    ("Twenty years on since the flood of 1950, the town is still rebuilding.", "Twenty years"),
    ("Georgiana Oyelaran called off her 52-day hunger strike on February 12, having begun it on January 4, 1955.",
     "52-day"),
    ("The crew ended their 10-day voyage on January 20, having set out on December 11, 1990.", "10-day"),
    ("The siege, which lasted 18 days, ended on 11 July, having begun on 3 June 2008.", "18 days"),
    ("Their marriage of 46 years ended with his death on 29 November 1947; they had wed at Upper Blinsey in 1916.",
     "46 years"),
    ("Their marriage of 46 years ended with his death on 29 November 1947. They had wed in 1916.", "46 years"),
    ("They married in 1916. Their marriage of 46 years ended with his death on 29 November 1947.", "46 years"),
    ("His reign of 12 years came to an end on 4 May 1990; he had been crowned in 1960.", "12 years"),
    ("Her career of 20 years ended on 2 May 1990 with her retirement; she had joined the firm in 1980.", "20 years"),
    ("Ottilie Fairweather's 9-year career at the Fenwick Bay Royal Infirmary began in the spring of 1922 and ended with "
     "her retirement in the autumn of 1948.", "9-year"),
    ("The company's 3-year expansion began in March 1990 and ended in June 2001.", "3-year"),
    ("Thornbury Cross went 22 months without rain, from April 1945 until the storms of January 1946.", "22 months"),
    ("The liner Empress of Norvania made the passage from Marlow Parva to Norvania in 43 days, sailing on the 6th of "
     "August and docking on the 4th of September, 1926.", "43 days"),
    ("She walked from Land's End to John o'Groats in 12 days, setting off on 2 May 2010 and arriving on 30 May 2010.",
     "12 days"),
    ("Talks resumed on September 27, 1910, 29 weeks into the dispute, which began on June 11, 1910.", "29 weeks"),
    ("She is now in her 20th year as head, having been appointed in 1960.", "20th year"),
    ("The strike, now in its 30th day, began on 2 January 2016.", "30th day"),
    ("The club, which opened in 1950, is celebrating its 10th year.", "10th year"),
    ("The war, which broke out in 1990, is now in its fourth year.", "fourth year"),
    ("Six weeks elapsed between the crash on 2 March 2011 and the inquiry's opening on 2 September 2011.", "Six weeks"),
    ("Nine months passed before the verdict on 2 March 2011; the trial had opened on 4 March 2010.", "Nine months"),
    ("Only two weeks had passed between the election on 2 May 2010 and the coup on 20 June 2010.", "two weeks"),
]

SILENT = [
    # the age fits the birth with its place
    "Marguerite Oyelaran, 56, who was born in Glenmorrow on March 29, 1960, has written a memoir of her childhood.",
    "Tomas Reyes, 66, who was born in Vigo, Spain, on 2 May 1950, runs the shop.",
    # another person's birth with its place
    "Marguerite Oyelaran, 39, whose mother was born in Glenmorrow on March 29, 1960, has written a memoir.",
    "Marguerite Oyelaran, 39, said her father, born in Glenmorrow on March 29, 1960, had written a memoir.",
    "Marguerite Oyelaran, 39, and her husband, who was born in Glenmorrow on March 29, 1960, run the farm.",
    # a length that fits the parts of years, and lengths that parts of years cannot refute
    "The bridge took 14 years to build: work started in mid-1961 and it opened at the end of 1975.",
    "The bridge took 15 years to build: work started in mid-1961 and it opened at the end of 1975.",
    "The bridge took two years to build: work started in late 1961 and it opened in early 1963.",
    "The bridge took one year to build: work started in late 1961 and it opened in early 1963.",
    # two lengths, two spans: which is measured is not told
    "The plan, drawn up in mid-1990, set a 10-year target; the first phase ended in late 1992.",
    # the thing's age fits; a person, not a thing; a plan; an age at an undated past time; an age at a dated time
    "Her 53-year-old county record for the mile, set on January 16, 1963, still stands.",
    "The 25-year-old striker, signed in 1990, is injured.",
    "The 41-year-old record, set to be broken in 2017, still stands.",
    "The 12-year-old oak, planted in 1950, was felled.",
    "The 12-year-old oak, planted in 1950, toppled in the storm.",
    "In 2004, the 20-year-old record, set in 1984, was finally broken.",
    "The 20-year-old record, set in 1984, fell on Saturday.",
    # lengths "on from" that fit; a past sentence with no second date; a bound; the start not named
    "The miners of Oakhanger Vale still gather at the memorial 78 years on from the pit disaster of 1938.",
    "A decade on from the crash of 2 May 2000, families met on 2 May 2010.",
    "Four years on from the disaster of 1938, the miners gathered at the memorial.",
    "More than a decade on from the crash of 1950, the town still mourns.",
    "Two years on, the town still mourns the crash of 1990.",
    "Nearly five years on from the referendum of June 2011, the country is still divided.",
    "The team moved on from the defeat of 2 May 2010 and won the cup on 2 May 2012.",
    # the yearless end fits the start's year or the next (no false alarm across the new year)
    "Winifred Tregarthen called off her 81-day hunger strike on November 10, having begun it on August 21, 1901.",
    "Georgiana Oyelaran called off her 39-day hunger strike on February 12, having begun it on January 4, 1955.",
    "The crew ended their 40-day voyage on January 20, having set out on December 11, 1990.",
    "The siege, which lasted 38 days, ended on 11 July, having begun on 3 June 2008.",
    # a state's length that fits; another marriage; a state with no dated start
    "Their marriage of 31 years ended with his death on 29 November 1947; they had wed at Upper Blinsey in 1916.",
    "Her marriage of 4 years ended in divorce on 2 May 1990; she had wed again in 1960.",
    "Her marriage of 4 years ended in divorce on 2 May 1990; her second husband had married her in 1960.",
    "Her career of 10 years ended on 2 May 1990 with her retirement; she had joined the firm in 1980.",
    "His reign of 12 years came to an end on 4 May 1990; the palace had been built in 1960.",
    "The marriage of 46 years between the two firms ended in 1990, when the merger of 1916 was undone.",
    # the same constructions with lengths that fit, and routes or spans that do not measure the length
    "Ottilie Fairweather's 26-year career at the Fenwick Bay Royal Infirmary began in the spring of 1922 and ended with "
    "her retirement in the autumn of 1948.",
    "Smith's 3-year contract began in March 2010 and ended in June 2013.",
    "Smith's 3-day visit began on 2 May 2010 and ended on 4 May 2010.",
    "Thornbury Cross went 9 months without rain, from April 1945 until the storms of January 1946.",
    "The liner Empress of Norvania made the passage from Marlow Parva to Norvania in 29 days, sailing on the 6th of "
    "August and docking on the 4th of September, 1926.",
    "She walked from Land's End to John o'Groats in 28 days, setting off on 2 May 2010 and arriving on 30 May 2010.",
    "The bus runs from Leeds to York in 40 minutes; the route opened on 2 May 2010 and was extended on 30 May 2012.",
    "They moved from Leeds to York in 2010 and to Hull in 2012.",
    "He travelled from Paris to Rome in 3 days in June 2010, and came back on 2 August 2010.",
    "Talks resumed on September 27, 1910, 15 weeks into the dispute, which began on June 11, 1910.",
    # ordinals that fit, another state's count, a past time, no dated start
    "She is now in her seventh year as head, having been appointed in 2010.",
    "The strike, now in its 26th day, began on 2 September 2016.",
    "The company, founded in 1990, is in its third year of losses.",
    "The club, which opened in 1990, is celebrating its 10th year in the league.",
    "The siege, which began on 2 March 1990, was in its 50th day when the army withdrew.",
    "On 11 March 1990 the siege, which began on 2 March 1990, entered its 10th day.",
    "The festival is now in its 30th year and will move in 2017.",
    "The drought, which began in 2014, is now in its third year.",
    # lengths that passed and fit; a year as an adjective; no count
    "Six months elapsed between the crash on 2 March 2011 and the inquiry's opening on 2 September 2011.",
    "Twelve months passed before the verdict on 2 March 2011; the trial had opened on 4 March 2010.",
    "Only two weeks had passed between the election on 2 May 2010 and the coup on 20 May 2010.",
    "Six weeks passed before the 2011 budget was agreed on 2 September 2011.",
    "Years passed between his arrest in 1990 and his trial in 1995.",
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
