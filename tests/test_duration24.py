"""Round duration24 (session 22): duration readings from the misses of blind43 (now development).

General readings, each with near-misses that must stay silent:

- a thing's age at a dated event, counted from its own making told right before it ("The chapel, consecrated on
  July 22, 1914, was 46 years old when fire gutted it on June 5, 1977");
- a fixed term ("a 23-year lease", "a three-year deal") granted on a date and told to have run out, expired or
  lapsed on another (not when it was renewed or extended, not when something else expired);
- a marriage's length when something happened ("Married on ..., they had been together 11 years when he died on");
- a length into a post or stretch begun on a date ("was named interim head in September 1995 and confirmed in
  December 1997, 18 months into the job");
- the count of a day of an activity begun on a date ("began refusing food on May 25, 1967 and ended the protest
  on day 14, June 21, 1967");
- an ordinal anniversary with its kind between ("their 34th wedding anniversary"), not another couple's;
- "At N," opening a sentence whose subject's birth is set off right after the name, measured to the date of the
  past clause that follows ("At 24, X, born on 7 October 1943, became ... when she took her seat on ...").
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _durations(text: str, published: datetime.date | None = PUBLISHED) -> list[list[str]]:
    return [[text[start:end] for start, end in conflict.spans]
            for conflict in analyse_dates(text, published=published).conflicts if conflict.kind == "duration_arithmetic"]


FLAGGED = [
    ("The chapel, consecrated on July 22, 1914, was 46 years old when fire gutted it on June 5, 1977.", "46"),
    ("The Holt viaduct, completed on 3 May 1890, was only 12 years old when a flood swept it away on 9 June 1932.",
     "12"),
    ("The school, founded in March 1901, was 80 years old when it closed in July 1950.", "80"),
    ("The council granted Pelican Ridge Insurance a 23-year lease on the quay on March 4, 1943; it ran out on "
     "August 4, 1977.", "23-year"),
    ("Rovers gave him a three-year deal on 1 July 2005; the deal expired on 30 June 2012.", "three-year"),
    ("The 20-year patent, filed in 1995, expired in 2005.", "20-year"),
    ("On 2 May 1960 the port signed a ten-year concession with the ferry line, which lapsed on 1 May 1990.",
     "ten-year"),
    ("Married on December 3rd, 1948, Marguerite Quennell and Lucian Achterberg had been together 11 years when he "
     "died on May 28th, 1974.", "11 years"),
    ("Wed on 4 June 1960, the pair had been together thirty years when the house burned on 2 March 1975.", "thirty years"),
    ("Annelise Achterberg was named interim head of the University of Holbeck in September 1995 and confirmed in "
     "the post in December 1997, 18 months into the job.", "18 months"),
    ("He was elected in May 2001 and resigned in June 2003, six years into his term.", "six years"),
    ("Osric Ferrante began refusing food on May 25, 1967 and ended the protest on day 14, June 21, 1967.", "14"),
    ("The siege began on 1 March 1984 and ended on day 200, 17 March 1984.", "200"),
    ("The couple, who wed on 8 May 1930, marked their 34th wedding anniversary on 2 April 1977.",
     "34th wedding anniversary"),
    ("Founded on 3 May 1950, the club held its 60th founding anniversary dinner on 2 May 1990.", "60th founding anniversary"),
    ("At 24, Winifred Trevelyan, born on 7 October 1943, became the youngest member of the Lusovena parliament when "
     "she took her seat on 9 September 1978.", "24"),
    ("At 20, Ana Ruiz, born in 1950, won the national title in 1980.", "20"),
    # From blind40 (read): a birth told after the death, with its place; a start told after "into the NOUN";
    # a length from an event dated in its own phrase to a date set off after it.
    ("Leopold Wetherall, who died on June 28, 1984 at 56, was born in Quarrington on October 29, 1940.", "56"),
    ("By April 3, 1924, 9 weeks into the dispute that began on August 29, 1923, the two sides had still not met.",
     "9 weeks"),
    ("Exactly 16 weeks after the fire of 5 June 1960, on 27 June 1960, the bakery on the high street reopened.",
     "16 weeks"),
    ("Two years before the election of May 1997, in May 1990, the party split.", "Two years"),
    ("Ten days after the flood on 3 March 2001, on 30 March 2001, the bridge reopened.", "Ten days"),
    # A length since the previous time, dated by "previous"/"last" and the same noun, an occurrence, or "last <verb>".
    ("Quarrington Wanderers won the league on September 12, 1989 for the first time in 16 years; their previous title "
     "came in 1982.", "16 years"),
    ("Rovers won the cup in 2001 for the first time in 20 years, having last won it in 1992.", "20 years"),
    ("The volcano erupted on 3 May 1990, its first eruption in 30 years. The previous one was in 1980.", "30 years"),
    ("The lake froze over on 3 January 1963, the first time in 30 years; it had last frozen in 1947.", "30 years"),
    # "N years in the making": from the begun work to the sentence's other date.
    ("The cathedral's new organ, 30 years in the making, was first played on April 15, 1981; work on it had begun in "
     "October 1965.", "30 years"),
    ("The film, 20 years in the making, premiered on 2 May 2014, though filming began in May 2002.", "20 years"),
    # An age in weeks or days at an event, from a birth told right before (a yearless birth takes the event's year).
    ("The foal, born on May 20, was 34 weeks old when it was sold at Brantley Moor market on October 21, 1925.",
     "34 weeks"),
    ("The baby, born on 3 March 2001, was 20 days old when she was christened on 13 March 2001.", "20 days"),
    # The older rules still read these (the guards above are narrow).
    ("She was appointed chief executive in January 2010 and quit in March 2014, just 14 months after her appointment.",
     "14 months"),
    ("Rovers gave him a three-year deal on 1 July 2005, which finally expired on 30 June 2014.", "three-year"),
]

# Measured to the publication date: flagged with it only (without it, the floor on now is the detention date).
FLAGGED_PUBLISHED = [
    ("Cormac Kettlewell has now served 34 months of his sentence, having been jailed on October 12, 2009.", "34 months"),
    ("Cormac Kettlewell has now served 200 months of his sentence, having been jailed on October 12, 2009.", "200 months"),
    ("The journalist has spent 3 years in prison since being arrested in March 2008.", "3 years"),
    ("He has served 34 months, having been jailed on October 12, 2009.", "34 months"),
    ("MV Tern, which entered service in 1968, has been sailing for 10 years since then.", "for 10 years"),
    # A count of weeks "ago" not told as approximate: a twentieth of it (359 weeks from 8 November 2009).
    ("Corvid Biologics last paid a dividend on 8 November 2009, 327 weeks ago.", "327 weeks ago"),
    ("Winifred Trevelyan, who was born in Wyvern Ford on 12th January 1936, is 105 and still swims in the river.",
     "is 105"),
    ("Winifred Trevelyan, who was born in Wyvern Ford on 12th January 1936, is 20 and still swims in the river.", "is 20"),
]


NOT_FLAGGED = [
    # True lengths and ages.
    "The chapel, consecrated on July 22, 1914, was 62 years old when fire gutted it on June 5, 1977.",
    "The mill, built in 1850, was sold in 1870, when it was 20 years old.",
    "The council granted Pelican Ridge Insurance a 34-year lease on the quay on March 4, 1943; it ran out on August 4, "
    "1977.",
    "Rovers gave him a three-year deal on 1 July 2005; the deal expired on 30 June 2008.",
    "The 99-year lease, signed in 1899, ran out in 1998.",
    "The 20-year patent, filed in 1995, expired in 2015.",
    "Married on December 3rd, 1948, they had been together 25 years when he died on May 28th, 1974.",
    "They married in 1950 and had been married for 40 years when she died in 1990.",
    "Annelise Achterberg was named interim head of the University of Holbeck in September 1995 and confirmed in the "
    "post in December 1997, 27 months into the job.",
    "She was appointed chief executive in January 2010 and quit in March 2014, four years into the job.",
    "He was elected in May 2001 and resigned in June 2003, two years into his term.",
    "Osric Ferrante began refusing food on May 25, 1967 and ended the protest on day 28, June 21, 1967.",
    "The siege began on 1 March 1984 and ended on day 17, 17 March 1984.",
    "The couple, who wed on 8 May 1930, marked their 47th wedding anniversary on 2 April 1977.",
    "The founders marked their 40th founding anniversary on 2 May 1990, having founded the club on 3 May 1950.",
    "At 34, Winifred Trevelyan, born on 7 October 1943, became the youngest member of the Lusovena parliament when "
    "she took her seat on 9 September 1978.",
    "At 30, Ana Ruiz, born in 1950, won the national title in 1980.",
    "Cormac Kettlewell has now served 83 months of his sentence, having been jailed on October 12, 2009.",
    "The journalist has spent 8 years in prison since being arrested in March 2008.",
    "Winifred Trevelyan, who was born in Wyvern Ford on 12th January 1936, is 80 and still swims in the river.",
    # Near-misses: time served told in the past, in a post, on something else, from another date.
    "The journalist had spent 3 years in prison when he was freed, having been arrested in March 2008.",
    "He has served 10 years as mayor, having been elected in 1990.",
    "He has served 34 months of his sentence, which was handed down on October 12, 2009.",
    "She has spent 2 years on the book, having been arrested in 2001.",
    # Near-misses: a relative's birth, another person's age.
    "Smith, whose father was born in Wyvern Ford on 12th January 1936, is 20 and still swims every morning.",
    "Ada Holm, who was born in Lower Ashby on 3 May 1950, says her nephew is 30.",
    "Leopold Wetherall, who died on June 28, 1984 at 43, was born in Quarrington on October 29, 1940.",
    "By April 3, 1924, 31 weeks into the dispute that began on August 29, 1923, the two sides had still not met.",
    "Exactly 3 weeks after the fire of 5 June 1960, on 27 June 1960, the bakery on the high street reopened.",
    "Two years before the election of May 1997, in May 1995, the party split.",
    "Ten days after the flood on 3 March 2001, on 13 March 2001, the bridge reopened.",
    # Near-misses: a relative's birth after the death; an address after "at"; a later term; a date not set off.
    "Leopold Wetherall, who died on June 28, 1984 at 56, said his son was born in Quarrington on October 29, 1940.",
    "Ada Holm died on 3 May 1990 at 10 Downing Street, and was born in Quarrington on October 29, 1940.",
    "By April 3, 1924, 31 weeks into his second term that began on August 29, 1923, he had quit.",
    "Ten days after the flood on 3 March 2001, on 30 March 2001 a second flood came, the bridge reopened.",
    # Older rules' false alarms fixed in this round: a "since" naming another start, a length into a later term,
    # a term told to have been extended.
    "MV Tern, which entered service in 1968, has been sailing for 10 years since her refit.",
    "She was appointed chief executive in January 2010 and quit in March 2014, just 14 months into her third term.",
    "Rovers gave him a three-year deal on 1 July 2005, which was extended and finally expired on 30 June 2014.",
    "Quarrington Wanderers won the league on September 12, 1989 for the first time in 7 years; their previous title "
    "came in 1982.",
    "Rovers won the cup in 2001 for the first time in 9 years, having last won it in 1992.",
    "The volcano erupted on 3 May 1990, its first eruption in 10 years. The previous one was in 1980.",
    # Near-misses: "previous"/"last" naming another thing; a plan; no previous date.
    "Quarrington Wanderers won the league on September 12, 1989 for the first time in 16 years; their last coach left "
    "in 1982.",
    "Rovers won the cup in 2001 for the first time in 20 years. Their last signing came in 1992.",
    "Rovers will win the cup in 2017 for the first time in 20 years; the previous title came in 1992.",
    "Rovers won the cup in 2001 for the first time in 20 years; their manager joined in 1992.",
    "Corvid Biologics last paid a dividend on 8 November 2009, 359 weeks ago.",
    "Corvid Biologics last paid a dividend on 8 November 2009, some 327 weeks ago.",
    "The cathedral's new organ, 16 years in the making, was first played on April 15, 1981; work on it had begun in "
    "October 1965.",
    "The film, 12 years in the making, premiered on 2 May 2014, though filming began in May 2002.",
    "The foal, born on May 20, was 22 weeks old when it was sold at Brantley Moor market on October 21, 1925.",
    "The foal, born on December 20, was 6 weeks old when it was sold on January 31, 1926.",
    # An older rule's false alarm fixed: an age in days told at an event was counted as years to now.
    "The baby, born on 3 March 2001, was 10 days old when she was christened on 13 March 2001.",
    # Near-misses: no begun work dated; another person's dates.
    "The film, 20 years in the making, premiered on 2 May 2014; its director was born in 1960 and began directing in 1994.",
    "The bridge, a decade in the making, opened in 1990; work had started in 1950.",
    # Near-misses: the term renewed, another thing's expiry, an early end.
    "He signed a 10-year lease in 1990 and renewed it twice; it ran out in 2012.",
    "He got a one-year loan on 2 January 2000; his passport expired on 3 March 2008.",
    "Rovers gave him a three-year deal on 1 July 2005; it was terminated on 30 June 2006.",
    "Rovers gave him a three-year deal on 1 July 2005; the deal was extended twice and expired on 30 June 2012.",
    "The firm won a five-year contract on 1 May 2001; its licence expired on 3 June 2010.",
    # Another person's marriage or anniversary; another clause's date.
    "Married in 1950, he had been married for 20 years when his brother, who married in 1960, divorced in 1970.",
    "Smith, who married in 1970, attended his parents' 50th wedding anniversary in 1980.",
    "Smith, who married in 1970, attended the Joneses' 50th wedding anniversary in 1980.",
    "The couple, who met in 1925, marked their wedding anniversary on 2 April 1977.",
    # A length into a later stretch, or no start told.
    "The club was relegated in May 2012 and sacked its manager in October 2014, three months into the season.",
    # Day counts with no start told, or the start of something else.
    "The rescue came on day 40, 9 March 1984, after the miners were trapped on 1 February 1984.",
    "Workers walked out on 1 March 1984, and the march began on day 5, 10 March 1984.",
    # "At N," with the event another thing's making, a present clause or a future one.
    "At 20, Ana Ruiz, born in 1950, joined the club, founded in 1990.",
    "At 20, Ana Ruiz, born in 1950, will stand for parliament in 2020.",
    "At 20, Ana Ruiz, born in 1950, won the title that her mother, who was born in 1921, had won in 1941.",
    # A thing's age with its making told for something else, or a person's age.
    "The club, opened in 1950, hired Smith, who was 30 years old when he joined in 1990.",
    "The chapel, consecrated on July 22, 1914, was 46 years old when its vicar, who arrived on June 5, 1977, left.",
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text, side", FLAGGED)
def test_flagged(text: str, side: str, published: datetime.date | None) -> None:
    found = _durations(text, published)
    assert any(side in span for spans in found for span in spans), found


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_not_flagged(text: str, published: datetime.date | None) -> None:
    assert _durations(text, published) == []


@pytest.mark.parametrize("text, side", FLAGGED_PUBLISHED)
def test_flagged_with_publication(text: str, side: str) -> None:
    found = _durations(text)
    assert any(side in span for spans in found for span in spans), found
    # Without a publication date the only date is the floor on now: nothing to measure against.
    assert _durations(text, None) == []
