"""Round order21: the pluperfect, stages matched by their stems, and parallel "before" phrases.

Written for this round in its own words (not the development templates' sentences). Constructions:

- a clause in the pluperfect is earlier than the past time of the clause it hangs on, whatever the two
  events are: a relative clause on the main clause's object ("..., the council approved a scheme that
  its officer had first drawn up in D2"), a clause after ";" ("...; he had retired in D2"), an event
  noun opening the sentence with its own participle ("The armistice signed on D1 ended a conflict that
  had broken out on D2"), a relative clause on the subject told first ("The mill, which had closed in D1, was
  sold in D2"), and a next sentence that opens in the pluperfect on a person the first names;
- life-cycle stages read by their stems and new chains of ``lexicons/life_cycle_stages.tsv``: launched
  before commissioned, diagnosed before died, admitted before discharged, a storm formed before it made
  landfall, writing finished before publication, a bill's last reading before it is signed into law;
- a "when" clause dated by the first date ("until 2004, when it moved to a building that had been finished
  in D2"), the earlier stage as the complement of the later one ("went on trial in D1 for the killing ... in
  D2"), a verb of receiving before a stage noun ("and received royal assent on D2");
- "The couple" pointing back to two people named and joined by "and";
- parallel "before"/"ahead of" phrases, each with its own date, are no order (a place or a rank).

Positives are checked for their one conflict, its kind and the exact offsets of both spans, with and
without a publication date. Near-misses must raise no conflict at all: consistent dates, two different
things of the same kind, another person, another instance, a thing (not an event) as the subject, a plan
in the pluperfect, "before" as a preposition of place or rank, the life cycles of two different things.
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
    # The pluperfect: a relative clause on the object, a clause after ";", an event noun dated by its participle.
    ("At a hearing on 4 March 2003, the council approved a scheme that its planning officer had first drawn up "
     "in June 2005.", "4 March 2003", "June 2005"),
    ("On 2 February 1981, the trust bought a farmhouse which had been abandoned in 1985.", "2 February 1981", "1985"),
    ("Dorran was convicted in 2004 of a burglary that had taken place in 2006.", "2004", "2006"),
    ("Maren Holt replaced Edwin Carr as editor of the Gazette in April 1996; he had retired in September 1998.",
     "April 1996", "September 1998"),
    ("The armistice signed on 11 May 1972 ended a conflict that had broken out along the border on 3 June 1974.",
     "11 May 1972", "3 June 1974"),
    # Stages matched by stems, and the new chains.
    ("The tanker Corrow Bay was launched at Elsmere in March 1978 and commissioned into service in October 1971.",
     "March 1978", "October 1971"),
    ("Nadia Ferrante was diagnosed with cancer in June 2003. She died at her home in May 2001.", "June 2003", "May 2001"),
    ("Tobias Wren was admitted to St Cuthbert's Hospital on 3 April 1999 and discharged on 19 April 1997.",
     "3 April 1999", "19 April 1997"),
    ("Storm Delphine formed in the Atlantic on 2 September 1987 and made landfall near Porthleven on 9 September 1985.",
     "2 September 1987", "9 September 1985"),
    ("Amara Okafor finished writing the novel in 1994; it was published in 1991.", "1994", "1991"),
    ("The measure cleared its last reading in the senate on 2 May 2001 and was signed into law on 30 May 1999.",
     "2 May 2001", "30 May 1999"),
    # The pluperfect in a relative clause on the subject, told first; a next sentence opening in the pluperfect on
    # a person the first sentence names.
    ("The Harrow mill, which had closed in 2010, was sold to a developer in 2005.", "2010", "2005"),
    ("Ilse Brandt, who had joined the board in 2012, was named chair in 2009.", "2012", "2009"),
    ("Nils Orr succeeded Tam Reyes as harbour master in 1984. Reyes had been appointed to the post in 1988.",
     "1984", "1988"),
    # A "when" clause dated by the first date, the pluperfect hanging on it.
    ("The archive was kept in the old library until 2004, when it moved to a new building that had been finished "
     "in 2008.", "2004", "2008"),
    ("Ines Marlow held the seat until 1992, when she lost it to a rival; she had first won it in 2001.", "1992", "2001"),
    # The earlier stage as the complement of the later one's clause; a light verb of receiving before a stage noun.
    ("Corin Vale went on trial in March 1982 for the killing of a taxi driver in Dunmere in January 1983.",
     "March 1982", "January 1983"),
    ("Petra Lusk was jailed in 2004 over a robbery at a bank in Tarrow in 2006.", "2004", "2006"),
    ("The bill passed its third reading on 4 August 1996 and received royal assent on 9 August 1995.",
     "4 August 1996", "9 August 1995"),
    ("The trio broke up in 1999 and reunited for a farewell tour in 1994.", "1999", "1994"),
    # The stage's own ordinal is not "another instance" ("second reading").
    ("The statute passed its second reading on 4 August 1996 and received royal assent on 9 August 1995.",
     "4 August 1996", "9 August 1995"),
    # A stem carries a stage to its noun: "ratification" after "signed", "recovery" after "diagnosed".
    ("The treaty was signed in June 1990; its ratification came in March 1989.", "June 1990", "March 1989"),
    ("Vera Oduya was diagnosed with the illness in 2011 and made her recovery in 2009.", "2011", "2009"),
    # "The couple": two people named and joined by "and".
    ("Clementine Wojcik and Lucian Amadi married on December 31, 1992. The couple divorced on August 7, 1991.",
     "December 31, 1992", "August 7, 1991"),
]


@pytest.mark.parametrize(("text", "first", "second"), ORDER_POSITIVES)
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_order_told_against_the_dates(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("order_violation", (_span(text, first), _span(text, second)))]


ORDER_NEAR_MISSES = [
    # The same sentences with dates in their order.
    "At a hearing on 4 March 2003, the council approved a scheme that its planning officer had first drawn up in June 2001.",
    "Maren Holt replaced Edwin Carr as editor of the Gazette in April 1996; he had retired in September 1995.",
    "The armistice signed on 11 May 1972 ended a conflict that had broken out along the border on 3 June 1968.",
    "In 2010 the museum exhibited a painting that had been stolen in 1995.",
    "The tanker Corrow Bay was launched at Elsmere in March 1978 and commissioned into service in October 1978.",
    "Nadia Ferrante was diagnosed with cancer in June 2003 and died at her home in May 2005.",
    "Tobias Wren was admitted to St Cuthbert's Hospital on 3 April 1999 and discharged on 19 April 1999.",
    "Storm Delphine formed in the Atlantic on 2 September 1987 and made landfall near Porthleven on 9 September 1987.",
    "Amara Okafor finished writing the novel in 1994; it was published in 1996.",
    "The measure cleared its last reading in the senate on 2 May 2001 and was signed into law on 30 May 2001.",
    "Rhea Lind and Omar Sadiq married in 1990. The couple divorced in 1998.",
    "The archive was kept in the old library until 2004, when it moved to a new building that had been finished in 2001.",
    "Ines Marlow held the seat until 1992, when she lost it to a rival; she had first won it in 1979.",
    "Corin Vale went on trial in March 1984 for the killing of a taxi driver in Dunmere in January 1983.",
    "The bill passed its third reading on 4 August 1996 and received royal assent on 9 August 1996.",
    "The trio broke up in 1999 and reunited for a farewell tour in 2004.",
    "The Harrow mill, which had closed in 2001, was sold to a developer in 2005.",
    "Ilse Brandt, who had joined the board in 2002, was named chair in 2009.",
    "Nils Orr succeeded Tam Reyes as harbour master in 1984. Reyes had been appointed to the post in 1979.",
    # The main clause in the pluperfect, the relative clause in the simple past: the relative may tell a later time.
    "The Harrow mill, which closed in 2010, had been sold to a developer in 2005.",
    # Another person opens the next sentence; a plan in the pluperfect; an infinitive after the pluperfect.
    "Nils Orr succeeded Tam Reyes as harbour master in 1984. His father had been appointed to the post in 1988.",
    "Nils Orr succeeded Tam Reyes as harbour master in 1984. Ada Lenz had been appointed to the post in 1988.",
    "Nils Orr was born in Leith in 1950. He had hoped to sail in 1970.",
    "The Harrow mill, which had been due to close in 2010, was sold to a developer in 2005.",
    "The Harrow mill, which had been idle since 2010, was sold in 2005.",
    "Dorran was convicted in 2004 of a scheme that he had agreed to join in 2006.",
    "The treaty was signed in June 1990; its ratification came in March 1991.",
    "The statute passed its second reading on 4 August 1996 and a second bill received royal assent on 9 August 1995.",
    # An agent noun built on a stem names a person, not a stage; another person's stage.
    "The commissioner was appointed in 2008, and the frigate was launched in 2006.",
    "Pell was appointed chief executive in March 2008 and his predecessor announced his resignation in May 2006.",
    # A thing, not an event, as the subject: what it did comes some time after its own date.
    "The firm founded in 1990 bought a rival that had gone bankrupt in 2001.",
    "The side, promoted in 2015, beat a team that had been relegated in 2016.",
    # A plan, a hope or a prediction in the pluperfect; a quotation.
    "The bridge opened in 2010; it had been due to open in 2012.",
    "Halloran resigned in 2004; he had hoped to stay until 2008.",
    "The inquiry reported in 2004 on a collapse that had been predicted in 2009 would happen.",
    'He told reporters in 2005 that the plant had closed in 2007 "for good".',
    # Two different things or people of the same kind; another instance.
    "The frigate Halberd was launched in 1990, and her sister ship Lance was commissioned in 1985.",
    "The ship was launched in 1980 and a second vessel was commissioned in 1975.",
    "Ruth Ambler was diagnosed with diabetes in 2010. Her husband died in 2004.",
    "Dr Kell admitted three patients on 4 May 2002 and discharged another on 1 March 2002.",
    "The storm that formed on 2 September 1987 was weaker than the one that came ashore on 1 August 1987.",
    "Lena Soto wrote her first novel in 1990 and published a second book in 1985.",
    "Rhea Lind married Omar Sadiq in 1990. The couple next door divorced in 1985.",
    "Petra Lusk was jailed in 2004 for fraud, and for another robbery in 2006.",
    "Petra Lusk was convicted in 2004 of theft; her brother was charged in 2001 with assault.",
    "The trio split the prize money in 1999, and another band reunited in 1994.",
    # "before" and "ahead of" as prepositions of place or rank, in parallel phrases with their own dates.
    "The bill came before parliament in 2003 and before the senate in 2001.",
    "She finished before Lund in the 2008 final and ahead of him in 2006.",
    # The life cycles of two different things.
    "The lighthouse was built in 1890, and the keeper's cottage was demolished in 1880.",
]


@pytest.mark.parametrize("text", ORDER_NEAR_MISSES)
@pytest.mark.parametrize("published", [None, PUBLISHED])
def test_order_near_misses_stay_silent(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []


def test_the_explanations_name_the_pluperfect_and_the_stage() -> None:
    text = "Maren Holt replaced Edwin Carr as editor of the Gazette in April 1996; he had retired in September 1998."
    (conflict,) = analyse_dates(text).conflicts
    assert conflict.explanation == ('"September 1998" dates "had retired", told in the pluperfect as before the event '
                                    'dated "April 1996", yet it is later')
    text = "Corin Vale went on trial in March 1982 for the killing of a taxi driver in Dunmere in January 1983."
    (conflict,) = analyse_dates(text).conflicts
    assert conflict.explanation == ('"January 1983" dates "killing", what "went on trial" ("March 1982") is for, a stage '
                                    'that can only come before it, yet it is later')


def test_a_stem_reads_the_noun_and_not_the_agent() -> None:
    from reliability.features.temporal import _stages_of

    assert ("illness", 0) in _stages_of("diagnosis")
    assert ("hospital", 1) in _stages_of("discharged")
    assert _stages_of("commissioner") == ()
    assert ("accession", 1) in _stages_of("admitted") and ("hospital", 0) in _stages_of("admitted")
