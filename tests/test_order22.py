"""Round order22: order told by the sentence's grammar, and life-cycle chains extended by principle.

Written for this round in its own words (not the development templates' sentences). Constructions:

- back-pointing sequencers that order two clauses whatever the two events are: a consequence or a response
  told without its object ("..., and in response X set up ... in D2", "; as a result ..."), the intransitive
  relative "the N that followed" on the second clause's subject, "then" inside a second clause after ";"
  or ", and" with a short new subject; opening the next sentence: "In response,", "As a result,",
  "Consequently,", "Within weeks,";
- a sentence opening with "On"/"Upon" and a gerund or a possessive transition noun ("On leaving school in D1,",
  "Upon her release in D1,") tells what the main clause follows, like "after";
- a day told without its year before a full date of its sentence takes that year for the stage and phase rules
  (unless the year before would put it within 120 days: then perhaps the previous year is meant);
- a past passive "was (first) proposed in D" is a past event, not a plan;
- a subject marked as later ("The subsequent review, published in D1,", "A follow-up survey", "Her sequel")
  comes after the dated event its clause takes up as object ("... criticised the handling of the D2 riots");
- a quotation whose main clause a connective orders against its one date, and the attribution after it that
  dates the quoted act ("said of the lease, which is dated D2"; ", who moved it ... in D2"; ", adding that ...
  in D2" when that clause points back by a pronoun or a shared word);
- ``lexicons/life_cycle_stages.tsv``: common verbal synonyms of listed stages (vows, degrees, filming, a deal
  agreed then approved), alterations after building (electrified, converted ...), a voyage's departure
  before it docks, polls closing before the result is declared.

Positives are checked for their one conflict, its kind and the exact offsets of both spans, with and
without a publication date. Near-misses must raise no conflict at all: consistent dates, "in response to"
and "as a result of" with their object (the other sense), "that followed" with an object, "On" with a place
or a non-transition noun, a plan ("the proposed ..."), a yearless day that may belong to the year before,
and the stages of another object.
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _conflicts(text: str, published: datetime.date | None = None) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(conflict.kind, conflict.spans) for conflict in analyse_dates(text, published=published).conflicts]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return (start, start + len(part))


ORDER_POSITIVES = [
    # Back-pointing sequencers across ", and" / ";" with a new subject.
    ("The levee near Ossington failed in March 2004, and in response the county built a flood wall in 2001.",
     "March 2004", "2001"),
    ("The regional airline lost its licence in 2012; as a result its staff were laid off in 2009.", "2012", "2009"),
    ("The chemical works at Rellby exploded in June 1997, and the inquiry that followed reported in May 1995.",
     "June 1997", "May 1995"),
    ("A ring road for Hallam was first proposed in 1988; work then started in 1979.", "1988", "1979"),
    # Opening the next sentence.
    ("The harbour wall at Pendry collapsed in 1999. In response, the council closed the quay in 1996.", "1999", "1996"),
    ("Sales of the Corvo saloon collapsed in 2008. As a result, the Eastfield plant shut in 2005.", "2008", "2005"),
    # Opening "On"/"Upon".
    ("On leaving the navy in 1971, Bram Osei trained as a teacher in Leeds in 1966.", "1971", "1966"),
    ("Upon her release from detention in May 1990, Hana Morel joined the opposition in March 1987.",
     "May 1990", "March 1987"),
    # A yearless day told before the full date.
    ("The liner Arcadia was laid down at Govan on September 14 and launched on May 2, 1960.",
     "September 14", "May 2, 1960"),
    # Synonyms of listed stages; alterations after building; voyages; polls.
    ("Ruth Ames and Dev Patel got engaged in June 2011 and exchanged vows at Hexham in May 2008.", "June 2011", "May 2008"),
    ("Joel Arran enrolled at Durham in 1994 and was awarded his degree there in 1991.", "1994", "1991"),
    ("The documentary was filmed in Patagonia in 2014 and premiered in Toronto in 2011.", "2014", "2011"),
    ("The takeover was agreed by both boards in April 2007 and approved by the regulator in January 2005.",
     "April 2007", "January 2005"),
    ("The Marlow branch line, built in 1902, was electrified in 1897.", "1902", "1897"),
    ("The trawler Kestrel left port on 3 March 2002 and docked at Ullapool on 20 February 2002.",
     "3 March 2002", "20 February 2002"),
    ("Polls closed in Darvonia on 6 May 2010, and the result was declared on 2 May 2010.", "6 May 2010", "2 May 2010"),
    # A subject marked as later ("subsequent", "follow-up", "sequel") and the dated event its clause takes up.
    ("The subsequent review, which was published in 1996, criticised the police handling of the 1999 riots.",
     "1996", "1999"),
    ("A follow-up survey, carried out in March 2003, repeated the questions of the census of May 2005.",
     "March 2003", "May 2005"),
    ("Tom Abara's sequel, released in 2011, continues the story of the first novel of 2014.", "2011", "2014"),
    # A quotation ordered by its connective, the quoted act dated by the attribution after it.
    ('"We only reopened the pool after the council repaired the roof in 2009," the manager said, adding that the '
     'pool reopened in 2007.', "2009", "2007"),
    ('"After the fire of March 2001 we had to rehouse the archive," said Lina Kaur, who moved it to Derby in May 1999.',
     "March 2001", "May 1999"),
    ('\u201cOnly after the strike of June 1984 could we hire new drivers,\u201d a depot manager said of recruits who '
     'started on 2 April 1983.', "June 1984", "2 April 1983"),
]


@pytest.mark.parametrize(("text", "first", "second"), ORDER_POSITIVES)
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_order_told_against_the_dates(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("order_violation", (_span(text, first), _span(text, second)))]


ORDER_NEAR_MISSES = [
    # The same constructions with dates in their order.
    "The levee near Ossington failed in March 2004, and in response the county built a flood wall in 2006.",
    "The chemical works at Rellby exploded in June 1997, and the inquiry that followed reported in May 1999.",
    "A ring road for Hallam was first proposed in 1988; work then started in 1994.",
    "The harbour wall at Pendry collapsed in 1999. In response, the council closed the quay in 2001.",
    "On leaving the navy in 1971, Bram Osei trained as a teacher in Leeds in 1974.",
    "The liner Arcadia was laid down at Govan on September 14 and launched on October 2, 1960.",
    "Ruth Ames and Dev Patel got engaged in June 2011 and exchanged vows at Hexham in May 2012.",
    "The Marlow branch line, built in 1902, was electrified in 1931.",
    # "in response to", "as a result of", "within weeks of" govern an object: the other sense.
    "The county built a flood wall in 2006 in response to the levee failure of 2004.",
    "The Eastfield plant shut in 2009 as a result of the sales collapse of 2008.",
    "The harbour wall at Pendry collapsed in 1999. Within weeks of the storm of 1998, the quay was shut.",
    # "followed" with an object orders the other way.
    "The recession, which followed the banking crash of 2008, lasted until 2011.",
    "The bank collapsed in 2010, and the recession that followed the crash of 2008 ended in 2012.",
    # "On" with a place or a noun that is no transition of its owner; a date after "On".
    "On its website in 2015, the firm said it was founded in 1990.",
    "On his farm in 1985, Ivo Grant grew barley, as his father had done in 1960.",
    "On 3 May 1990, Hana Morel joined the opposition, which had been founded in 1987.",
    # A plan, not a past proposal.
    "The proposed ring road would open in 2020; work then started on the bypass in 2012.",
    # A yearless day that may belong to the year before (within 120 days).
    "The liner Arcadia was laid down at Govan on December 14 and launched on February 2, 1960.",
    # Another object's stage; another couple.
    "The board agreed the budget in April 2007 and approved a new logo in January 2005.",
    "Ruth Ames got engaged in June 2011; her sister exchanged vows in May 2008.",
    # The subsequent one dated after what it takes up; a setting, a plan, a second clause; not marked as later.
    "The subsequent review, which was published in 2001, criticised the police handling of the 1999 riots.",
    "Tom Abara's sequel, released in 2011, is set in 2015.",
    "The subsequent review, which was published in 1996, called for reforms by 2005.",
    "The subsequent review was published in 1996; the riots of 1999 were covered by another inquiry.",
    "The review, which was published in 1996, criticised the police handling of the 1999 riots.",
    "The resulting lawsuit, filed in 2003, named the directors of the 2006 board.",
    # Quotations: dates in order; a life event of the speaker; a clause that does not point back; the pluperfect;
    # a second date inside the quotation.
    '"After the fire of March 2001 we had to rehouse the archive," said Lina Kaur, who moved it to Derby in May 2002.',
    '"After the fire of March 2001 we had to rehouse the archive," said Lina Kaur, who was born in 1960.',
    '"After the fire of March 2001 we had to rehouse the archive," said Lina Kaur, who joined the staff in 1995.',
    '"After the fire of March 2001 we had to rehouse the archive," said Lina Kaur, who had moved it in 1995.',
    '"We reopened in 2010, after the repairs of 2009," the manager said, adding that the pool reopened in 2007.',
]


@pytest.mark.parametrize("text", ORDER_NEAR_MISSES)
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_near_misses_raise_nothing(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []
