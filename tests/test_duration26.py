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
HOST = "The council met on 3 March 2016 and agreed the budget in the town hall. "
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
    # a fixed term that runs out at the later date is still measured
    ("The 50-year lease, signed in 1990, expired in 2010.", "50-year"),
    ("The 10-year plan, approved in 1990, ended in 2030.", "10-year"),
    ("The 20-year treaty, signed in 1950, ran out in 1990.", "20-year"),
    ("His 10-year sentence, handed down in 1990, was completed in 2010.", "10-year"),
    ("She served 12 years on the council, from 1990 to 2010, and chaired it from 2004 to 2010.", "12 years"),
    # "In the N years since <event of D1>, ..." to the main clause's date (a bound) or to now (present perfect)
    ("In the 10 years since the plant closed in 1970, the town has lost half its jobs.", "10 years"),
    ("In the decade since the plant closed in 1970, the town has lost half its jobs.", "decade"),
    ("In the five years since her election in 1970, she has built 200 schools.", "five years"),
    ("In the 10 years since the plant closed in 1990, unemployment rose in 2010.", "10 years"),
    ("This year marks 10 years since the disaster of 1970.", "10 years"),
    # a spouse "of N years", from the wedding to the death or to now
    ("She is survived by her husband of 10 years, whom she married in 1970.", "10 years"),
    ("He is survived by Ann, his wife of 10 years; they married in 1970.", "10 years"),
    ("Ada Holt, who died on 3 May 2010, is survived by her husband of 50 years, whom she married in 1990.", "50 years"),
    # a fronted length whose subject's relative clause dates the start
    ("After 25 years of marriage, the couple, who wed in 1990, divorced in 2005.", "25 years"),
    ("After 14 years as head coach, Jim Hale, who was appointed in 1990, was sacked on 3 May 2012.", "14 years"),
    # an appositive age after a person's common noun
    ("The defendant, 24, who was born on 2 February 1970, was jailed on 4 March 2005.", "24"),
    ("The driver, 31, born on 2 May 1950, was arrested on 4 March 2005.", "31"),
    # the age set off in an earlier sentence for the name the birth's sentence repeats, with text between (the
    # relative-between guard reads only the birth's own sentence)
    ("The new chairman, Ewan Strachan, 19, has been on the board since it was set up. His daughter runs the shop. "
     "Strachan, who was born in 1982, previously ran a haulage business.", "19"),
    # fronted "N UNIT into <state>", its start dated by a relative clause or a beginning verb next door
    ("Twelve years into his reign, which began in 1990, the king abdicated in 2010.", "Twelve years"),
    ("Twelve years into his reign, the king abdicated in 2010. He had been crowned in 1990.", "Twelve years"),
    ("Three years into his term, which began in January 2001, he resigned in March 2009.", "Three years"),
    ("Six weeks into the strike, which began on 3 May 2010, talks resumed on 30 August 2010.", "Six weeks"),
    ("A full 12 months after the crash on 3 May 2010, the report came out on 3 September 2012.", "12 months"),
    # the distance between two dated events, "N UNIT apart" / "N UNIT separate(d)"
    ("Exactly 12 years separate the two floods, in 1990 and 2010.", "12 years"),
    ("The two eruptions, in 1990 and 2010, were 12 years apart.", "12 years"),
    ("Two decades separated their first meeting, in 1990, and their marriage, in 2001.", "Two decades"),
    ("The attacks, on 3 May 2010 and 30 August 2010, came just 12 days apart.", "12 days"),
    ("Born 12 days apart, on 3 May 1990 and 15 July 1990, the cousins grew up together.", "12 days"),
    # "N UNIT on, in D2" after the date before, as "N UNIT later, in D2"
    ("The dam was finished in 1990. Twelve years on, in 2010, it cracked.", "Twelve years"),
    ("The mine closed in 1980; two decades on, in 2010, the town is still poor.", "two decades"),
    # a bare "at N" closing the clause of a year or a month, measured from the birth told nearby
    ("Ann Lee won the prize in 1990 at 54; she was born in 1950.", "54"),
    ("Ann Lee won the prize in 1990 at 54. She was born in 1950.", "54"),
    ("Ann Lee, born in 1950, won the prize in 1990 at 54.", "54"),
    ("Born in May 1950, Ann Lee retired in May 2010 at 54 and moved to Spain.", "54"),
    # the present perfect measured to now from a "since" clause told after the length
    ("Ambrose Kowalczyk has been missing for 8 weeks, ever since he set out to climb Mount Ravelstone on November 8, "
     "2015.", "8 weeks"),
    ("Aldergrove Pottery has had an office in Caerwennel for 7 years, ever since Dunmore opened the first one there in "
     "late 1973.", "7 years"),
    ("The road has been closed for 3 months, since a landslide swept part of it away in March 2010.", "3 months"),
    ("She has lived in the village for 2 years, ever since she retired from the bank in 1970.", "2 years"),
    # "For the past N years, since <event D1>, <present perfect>"; "came N UNIT after <event D1>, on|in D2."
    ("For the past 12 years, since his release in 1990, he has campaigned for reform.", "12 years"),
    ("Over the past 10 years, since the plant closed in 1990, the town has grown.", "10 years"),
    ("In the 10 years since the plant closed in 1970, the town has suffered.", "10 years"),
    ("The band's reunion came 12 years after their split in 1990, in 2010.", "12 years"),
    ("The ruling came 18 months after the suit was filed on 3 March 2010, on 3 March 2015.", "18 months"),
    # (blind46, read after the wordings above) a start set off by commas before "and has now held"; a name with a
    # hyphenated capital before a fronted length's relative clause; an age over 99 after the death's date
    ("Ottilie Ravenscroft became the first woman to chair Marsh & Tolland, in 2002, and has now held the post for 4 "
     "years.", "4 years"),
    ("After 22 months in office, Clementine Ferreira-Hale, who became prime minister of Valderra on July 31, 2003, lost "
     "a confidence vote on July 2, 2006.", "22 months"),
    ("Fitzroy Castellanos, who was born in Bramblemouth on July 23, 1926, died at Bramblemouth Cottage Hospital on "
     "October 13, 1999, aged 102.", "102"),
    # (blind46) two yearless days after the sentence's one year, an adjective of the subject or a fronted "In 1903,"
    ("The 1903 festival at the Penhallow Assembly Rooms opened on 10 May and closed on 6 July, a run of 84 days.",
     "84 days"),
    ("In 1903, the festival opened on 10 May and closed on 6 July, a run of 84 days.", "84 days"),
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
    "Ten days after the flood on 3 March 2001, on 30 March 2001 a second flood came, the bridge reopened.",
    # a present-perfect death at an age that fits, another's death, no age, a time or place after "at"
    "Ada Holt, who has died aged 94, was born in Leeds in 1921.",
    "Ada Holt, whose mother has died aged 72, was born in 1921.",
    "The actor, born in 1941, has died at his home in Leeds.",
    "The actor, born in 1941, has died at 10 Downing Street.",
    "Ada Holt, who was born in 1921, has died aged 95; her husband, born in 1930, died in 1990.",
    "Ada Holt, born in 1921, has died at 11 o'clock on the ward, her family said.",
    # a fixed term named after its length, its later date not the term running out (the term agreed, not the time
    # elapsed); a length that may be the sum of two ranges
    "The 50-year lease, signed in 1990, was sold in 2010.",
    "The 10-year plan, approved in 1990, was revised in 2010.",
    "The 10-year plan, approved in 1990, was scrapped in 1995.",
    "The 25-year mortgage, taken out in 1990, was paid off in 2000.",
    "The 30-year bond, issued in 1990, was redeemed in 2010.",
    "He served 12 years in two spells, from 1990 to 1996 and from 2004 to 2010.",
    # "in the N years since" that fits, a date within the length, a length with no dated start
    "In the 26 years since the plant closed in 1990, the town has lost half its jobs.",
    "In the 10 years since the plant closed in 1990, unemployment rose in 1995.",
    "In the 10 years since the plant closed in 1990, the town had lost half its jobs by 2000.",
    "In the years since the plant closed in 1990, the town has lost half its jobs.",
    "In the first 10 years since the plant opened in 1970, it made a profit.",
    # a spouse's length that fits, another marriage, a relative's wedding, a past sentence with no date
    "She is survived by her husband of 26 years, whom she married in 1990.",
    "She is survived by her second husband of 5 years; she first married in 1990.",
    "Ada Holt, who died on 3 May 2010, is survived by her husband of 20 years, whom she married in 1990.",
    "His wife of 10 years, whom he married in 1970, died in 1980.",
    "She was survived by her husband of 10 years, whom she married in 1970.",
    "She is survived by her husband of 10 years, Tom. Her parents married in 1970.",
    "She is survived by her husband of 10 years. She had married her first husband in 1970.",
    # a fronted length that fits its subject's span; another thing's span; a relative's birth
    "After 15 years of marriage, the couple, who wed in 1990, divorced in 2005.",
    "After 10 years at the mill, Smith moved to the factory, which opened in 1950 and closed in 1990.",
    "After two years at the club, Smith, who joined it in 1990, left in 1992.",
    "After 10 years of marriage, the couple, whose son was born in 1990, divorced in 2010.",
    # appositive ages that fit, another's birth, not a person's noun
    "The defendant, 46, who was born on 2 February 1970, was jailed.",
    "The victim, 31, whose mother was born in 1950, lives in Leeds.",
    "In the final, 24, who was born in 1950, scored twice.",
    "The man, 24, and his son, who was born in 1970, were jailed.",
    "John Smith, 24, and his son, who was born in 1970, were jailed.",
    # fronted "into" that fits, another's start, no one start; a lower bound that holds
    "Twenty years into his reign, which began in 1990, the king abdicated in 2010.",
    "Twelve years into his reign, the king abdicated in 2010. His son had been crowned in 1990.",
    "Twelve years into his reign, the king abdicated in 2010. He was crowned in 1998.",
    "Two years into the project, the team moved in 2010. The project began in 2008, and the lab opened in 1990.",
    "Six weeks into the strike, which began on 3 May 2010, talks resumed on 14 June 2010.",
    "Just over two years after the vote in 1990, the law was repealed in 2010.",
    # distances that fit or bound; days of the year; not a time; a time spent apart; a plan
    "Exactly 20 years separate the two floods, in 1990 and 2010.",
    "The two eruptions, in 1990 and 2010, were two decades apart.",
    "Their birthdays are 12 days apart; she was born on 3 May 1990 and he on 15 May 1992.",
    "The two eruptions, in 1990 and 2010, were more than 12 years apart.",
    "Houses built in 1990 and 2010 stand 12 metres apart.",
    "The company split apart in 2010, 12 years after it was founded in 1998.",
    "The two eruptions, in 1990 and 2010, will be studied 12 years apart.",
    # "N UNIT on, in D2" that fits; "N years on 3 May 2010" (no comma: a sentence's length, not a step)
    "The dam was finished in 1990. Twenty years on, in 2010, it cracked.",
    "He was jailed in 1990 and sentenced to 12 years on 3 May 2010.",
    # a bare "at N" that fits, a rank, a time after a day, a share, an address
    "Ann Lee won the prize in 1990 at 40; she was born in 1950.",
    "Ann Lee, born in 1950, finished in 1990 at 54 in the rankings.",
    "Ann Lee, born in 1950, was seen on 3 May 1990 at 10, police said.",
    "Ann Lee, born in 1950, sold the shares in 1990 at 54 per cent of their value.",
    "Ann Lee, born in 1950, bought the house in 1990 at 54 Main Street.",
    # lengths to now that fit, a past perfect, a crime's date, a plan
    "Ambrose Kowalczyk has been missing for 46 weeks, ever since he set out to climb Mount Ravelstone on November 8, 2015.",
    "Ambrose Kowalczyk had been missing for 8 weeks, ever since he set out to climb Mount Ravelstone on November 8, 2015.",
    "Aldergrove Pottery has had an office in Caerwennel for 43 years, ever since Dunmore opened the first one there in "
    "late 1973.",
    "He has been jailed for 8 weeks for a fraud he committed in 2010.",
    "The road will be closed for 3 months, ever since the council decided in March 2010.",
    "Ottilie Ravenscroft became the first woman to chair Marsh & Tolland, in 2002, and has now held the post for 14 years.",
    "After 35 months in office, Clementine Ferreira-Hale, who became prime minister of Valderra on July 31, 2003, lost a "
    "confidence vote on July 2, 2006.",
    "Fitzroy Castellanos, who was born in Bramblemouth on July 23, 1926, died at Bramblemouth Cottage Hospital on "
    "October 13, 1999, aged 73.",
    # yearless days in the year of a year adjective: lengths that fit, across the new year; a year of another clause
    "The 1903 festival at the Penhallow Assembly Rooms opened on 10 May and closed on 6 July, a run of 57 days.",
    "The 1927 festival opened on 6 December and closed on 18 January, a run of 43 days.",
    "The festival, which began in 1903, opened on 10 May and closed on 6 July, a run of 84 days.",
    # "for the past" / "came ... after" that fit, a past sentence, no "the past", a report's date, no date set off
    "For the past 26 years, since his release in 1990, he has campaigned for reform.",
    "For the past 12 years, since his release in 1990, he campaigned for reform until he died.",
    "In the 10 years since the plant closed in 1970, the town has seen better days, the report said in 1980.",
    "The band's reunion came 20 years after their split in 1990, in 2010.",
    "The ruling came 12 months after the suit was filed on 3 March 2010, on 3 March 2011.",
    "The reunion came 12 years after their split in 1990, in London.",
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
