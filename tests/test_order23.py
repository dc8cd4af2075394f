"""Round order23: order readings from clause structure, written in this round's own words.

- The second stage of a life-cycle chain keeps its subject when a named complement is a circumstance, not an
  object: the agent of a passive ("ratified by the assembly of Norvania"), or a name inside a place or goal phrase
  ("commissioned into the fleet of Ostrava"); a name after "from", "as", "to", "for", "with" or the verb itself
  still names another object.
- The pluperfect after ";" with a subject of two nouns or one carrying a named place ("; the corner stone had been
  laid on", "; the rioting in Port Ellis had begun on") puts its event before the clause before it.
- A couple's meeting before its marriage, a proposal ("proposed to <Name>") before the wedding with "the couple"
  named back; the holder's first act in an office after taking it; a doctorate after the first degree and the
  bar before the bench (``lexicons/life_cycle_stages.tsv``).
- A second clause that takes up the first one's thing by "it" and tells its end ("the treaty ending it"), its first
  use ("the first trains crossed it") or what its leader did with it ("led it into").
- "after/before the N, on D2" with N the event of the sentence before; the last of a counted series opened by a
  first occurrence ("made her debut in D1 and sang there 200 times, the last of them in D2").
- Two predicates of one subject joined by "and": a passive beginning ("was founded/born/established/formed/set up
  in D1 and <past verb> ... in D2"), or a departure and an arrival ("set out from X on D1 and reached Y on D2"):
  the second cannot come first.  Not the active ("She founded the firm in D1 and worked ... in D2"), not a verb of
  preparation or relation ("planned", "named after", "based on"), not a new subject, a plan, a pluperfect or a
  clause between the verb and its date.

Positives are checked for their one conflict and the exact spans of both dates, with and without a publication
date; near-misses must raise no conflict at all.
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
    # A passive's agent, and a name inside a place phrase, do not make another object.
    ("The accord was signed in Lisbon on 4 May 2001 and ratified by the assembly of Norvania on 9 June 1999.",
     "4 May 2001", "9 June 1999"),
    ("Her memoir was written in 2004; it was published by Harrow House in March 2001.", "2004", "March 2001"),
    ("The cutter Sea Wren was launched at Dunmere in June 1961 and commissioned into the fleet of Ostrava in May 1958.",
     "June 1961", "May 1958"),
    # The pluperfect after ";" on a longer subject.
    ("The new wing admitted its first residents on 2 March 2003; the corner stone had been laid on 5 May 2006.",
     "2 March 2003", "5 May 2006"),
    ("The truce came into force on 14 July 1921; the rioting in Port Ellis had begun on 3 August 1923.",
     "14 July 1921", "3 August 1923"),
    # A passive beginning, then anything the subject did.
    ("Harwick Rovers were formed in 1904 and joined the county league in 1899.", "1904", "1899"),
    ("The cooperative was set up in 1976 and opened a second shop in 1971.", "1976", "1971"),
    ("Oskar Lindqvist was born in Malmo in 1931 and emigrated to Canada in 1929.", "1931", "1929"),
    ("The charity was established in March 1995, and later moved its offices to Leeds in June 1990.", "March 1995", "June 1990"),
    # The beginning as an opening participle, in a relative clause on the subject, or an intransitive "formed".
    ("Founded in 1923, Ashby Town won their first league title in 1919.", "1923", "1919"),
    ("Born in Cork in 1950, she emigrated to Canada in 1948.", "1950", "1948"),
    ("Ashby Town, founded in 1923, won their first league title in 1919.", "1923", "1919"),
    ("The co-op, which was set up in 1976, opened a second shop in 1971.", "1976", "1971"),
    ("The band formed in 1990 and released its first album in 1987.", "1990", "1987"),
    # A departure, then the arrival.
    ("The relief convoy set out from Tarrow on 3 June 1944 and reached the city on 28 May 1944.", "3 June 1944", "28 May 1944"),
    ("The schooner Aster sailed from Hull on 9 April 1872 and arrived in Quebec on 2 March 1872.", "9 April 1872", "2 March 1872"),
    ("The balloon party departed on 30 August 1897 and landed near Kiruna on 11 August 1897.", "30 August 1897", "11 August 1897"),
]

ORDER_NEAR_MISSES = [
    # In order.
    "The accord was signed in Lisbon on 4 May 2001 and ratified by the assembly of Norvania on 9 June 2002.",
    "Harwick Rovers were formed in 1904 and joined the county league in 1909.",
    "The relief convoy set out from Tarrow on 3 June 1944 and reached the city on 28 June 1944.",
    "The new wing admitted its first residents on 2 March 2008; the corner stone had been laid on 5 May 2006.",
    # Another object after "from" / "to" / the verb itself.
    "She was elected to the council of Dunmere in 1990 and resigned from the board of Calder in 1985.",
    "He was appointed to the court of Vell in 2001 and dismissed from the bench of Aram in 1998.",
    # The active: the founder's life before the firm.
    "She founded the firm in 1990 and worked as a lawyer in 1985.",
    "He set up a bakery in 1962 and trained as a chef in 1958.",
    # A verb of preparation or of relation to something older.
    "The museum was founded in 1980 and planned in 1975.",
    "The club was founded in 1980 and named after a ship launched in 1969.",
    "The festival was established in 2001 and modelled on a fair held in 1890.",
    "The school was founded in 1850 and endowed in 1846.",
    # The opening participle and a possessive or another subject; a relative clause on an object.
    "Born in Cork in 1950, her father died in 1948.",
    "Founded in 1923, the club's ground opened in 1919.",
    "Established in 1990, the charity opened its first shop in 1985.",  # a common-noun subject, as round order16
    "She joined Ashby Town, which was founded in 1923, and left in 1919.",
    "She joined Ashby Town, which was founded in 1923, and moved to Leeds in 1919.",
    "She joined a club that was founded in 1923, and moved to Leeds in 1919.",
    "Founded in 1923, Ashby Town won their first league title in 1929.",
    "Formed in 1990, the band was named after a film released in 1987.",
    # A new subject after "and".
    "The club was founded in 1980 and its ground opened in 1969.",
    "The first group set off on 1 April 2007 and the second reached the capital on 13 March 2007.",
    # A clause or another verb between the second verb and its date.
    "The club was founded in 1980 and bought a ground that had been laid out in 1969.",
    "The firm was set up in 1976 and took over a rival which folded in 1971.",
    "The club was founded in 1980 and won a cup first played for in 1969.",
    # A journey verb that is no arrival, and an arrival with no departure.
    "The convoy set out on 3 June 1944 and carried supplies first gathered in May 1944.",
    "The ship reached Quebec on 9 April 1872 and sailed from Hull on 2 March 1872.",
    # A plan or a negation.
    "The trust was established in 2012 and will move its offices to Leeds in 2010 if the lease allows.",
    "The team set off on 4 May 2015 and never reached the summit on 1 May 2015.",
    # A quotation.
    "\"The club was founded in 1980 and moved to its ground in 1969,\" the programme claims.",
    # The pluperfect: another subject, a plan, a time marker before it.
    "The ceasefire took effect on 8 October 1954; by then the fighting in Larkspur Bay had begun to ease in 1955.",
    "The hospital opened on 2 March 2003; the new wing would be finished on 5 May 2006.",
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "first", "second"), ORDER_POSITIVES)
def test_order_positive(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("order_violation", (_span(text, first), _span(text, second)))]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", ORDER_NEAR_MISSES)
def test_order_near_miss(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []


IT_POSITIVES = [
    # Round order23: a second clause taking up the first clause's thing by "it".
    ("Fighting erupted along the Varna border in 1931, and the armistice ending it was agreed in 1927.", "1931", "1927"),
    ("A strike began at the Corley pits in May 1984; a ballot that ended it was held in March 1983.", "May 1984", "March 1983"),
    ("Work on the Ashby tunnel began in 1994, and the first lorries drove through it in 1991.", "1994", "1991"),
    ("Ruth Calloway was appointed captain of the county side in 2005 and led it to the title in 2002.", "2005", "2002"),
    ("Tom Reyes proposed to Anna Kell on 4 March 2012, and the couple wed on 9 June 2011.",
     "4 March 2012", "9 June 2011"),
    ("The couple met at a dance in Harlow in 1962 and married in 1960.", "1962", "1960"),
    # The holder's first act in the office taken.
    ("Mara Lindt was sworn in as governor on 12 January 2011, and her first act in office, on 3 December 2010, "
     "was to pardon two strikers.", "12 January 2011", "3 December 2010"),
    ("Piet Aalders took office as mayor in May 2009; his first budget as mayor came in March 2008.", "May 2009", "March 2008"),
    # Lexicon: a doctorate after the first degree; the bar before the bench.
    ("Lena Moss graduated from Keele in 2003 and started her doctorate there in 2001.", "2003", "2001"),
    ("Owen Price was called to the bar in 1979 and was appointed a judge in 1975.", "1979", "1975"),
    ("Ines Okafor joined the fire service in 2003 and was promoted to station officer in 1999.", "2003", "1999"),
    ("Ben Holt won the election in May 2015 and was sworn in in January 2014.", "May 2015", "January 2014"),
    ("First elected in 1983, Joan Raikes lost her seat in 1979.", "1983", "1979"),
    # The last of a counted series opened by a first occurrence.
    ("Jon Aske first played for Leeds in 1990 and made 312 appearances, the final one on 3 May 1988.", "1990", "3 May 1988"),
    ("The choir gave its debut concert in Ely in 2004 and toured for twelve seasons, the last in 2001.", "2004", "2001"),
]

IT_NEAR_MISSES = [
    # In order.
    "Fighting erupted along the Varna border in 1931, and the armistice ending it was agreed in 1935.",
    "Work on the Ashby tunnel began in 1994, and the first lorries drove through it in 1998.",
    "Ruth Calloway was appointed captain of the county side in 2005 and led it to the title in 2008.",
    # No "it": another thing.
    "Work on the Ashby tunnel began in 1994, and the first lorries used the old road in 1991.",
    "Fighting erupted along the Varna border in 1931, and the treaty ending the earlier war was signed in 1927.",
    # Not a first use, not a leader's act.
    "Work on the Ashby tunnel began in 1994, and a survey had mapped it in 1991.",
    "Ruth Calloway was appointed captain of the county side in 2005 and joined it in 2002.",
    "Ruth Calloway was appointed captain of the county side in 2005 and had led it in 2002 as well.",
    # A clause of its own, a plan, a negation.
    "A strike began at the Corley pits in May 1984, and the ballot which the union hoped would end it was held in March 1983.",
    "Work on the Ashby tunnel began in 1994, and the first lorries will drive through it in 1991 if tests allow.",
    # A proposal of something, not of marriage; a meeting of someone who is not the couple.
    "The mayor proposed to the council a new budget on 3 May 2011 and married on 2 April 2010.",
    "He met the president in 2001 and married in 1999.",
    "The couple met at a dance in Harlow in 1962 and married in 1964.",
    # The first act in order, a first act not in the office, a plan.
    "Mara Lindt was sworn in as governor on 12 January 2011, and her first act in office, on 3 February 2011, "
    "was to pardon two strikers.",
    "Mara Lindt was sworn in as governor on 12 January 2011, and her first novel, on 3 December 2010, sold well.",
    "Piet Aalders took office as mayor in May 2009; his first budget as a councillor came in March 2008.",
    "Piet Aalders took office as mayor in May 2009; his first budget as mayor will come in March 2008, aides say.",
    "Lena Moss graduated from Keele in 2003 and started her doctorate there in 2005.",
    "Owen Price was called to the bar in 1979 and was appointed a judge in 1995.",
    "Owen Price was appointed a judge in 1995 and was called to the bar in 1979.",
    "Ines Okafor joined the fire service in 2003 and was promoted to station officer in 2009.",
    "Ines Okafor joined the campaign in 2003 and promoted the film in 1999.",
    "The club was relegated in 2005 and promoted in 2001.",
    "Joan Raikes lost her seat in 1979 and won the election in 1983.",
    "Jon Aske first played for Leeds in 1990 and made 312 appearances, the final one on 3 May 1998.",
    # Not a counted series opened by the first; a series told in the pluperfect.
    "Jon Aske first played for Leeds in 1990 and later coached the youth side, the last in a line of managers in 1988.",
    "The choir gave its debut concert in Ely in 2004, having toured for twelve seasons, the last in 2001.",
    "The choir gave its debut concert in Ely in 2004; it had toured abroad twelve times, the last in 2001.",
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "first", "second"), IT_POSITIVES)
def test_it_positive(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("order_violation", (_span(text, first), _span(text, second)))]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", IT_NEAR_MISSES)
def test_it_near_miss(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []


SET_OFF_POSITIVES = [
    # Round order23: "after the N, on D2" with N the event of the sentence before (other rules may also read the
    # set-off date as a restatement of N; the order reading must be there).
    ("The union called a strike at the Dover depot on 3 March 1999. Talks resumed before the strike, on 9 April 1999.",
     "3 March 1999", "9 April 1999"),
    ("A flood swept through Carrow on 12 June 2007. The bridge was closed after the flood, on 2 May 2007.",
     "12 June 2007", "2 May 2007"),
]

SET_OFF_NEAR_MISSES = [
    # In order.
    "A flood swept through Carrow on 12 June 2007. The bridge was closed after the flood, on 2 July 2007.",
    # Another event: a general noun whose word the sentence before does not use, an unrelated noun.
    "The union called a strike at the Dover depot on 3 March 1999. Talks resumed after the vote, on 9 February 1999.",
    "A flood swept through Carrow on 12 June 2007. The bridge was closed after the inquiry, on 2 May 2007.",
    # The sentence before holds two dates; a plan.
    "A flood swept through Carrow on 12 June 2007, a year after the storm of 1 May 2006. The bridge was closed after "
    "the flood, on 2 May 2007.",
    "A flood swept through Carrow on 12 June 2007. The bridge will be closed after the flood, on 2 May 2007.",
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "first", "second"), SET_OFF_POSITIVES)
def test_set_off_positive(text: str, first: str, second: str, published: datetime.date | None) -> None:
    assert ("order_violation", (_span(text, first), _span(text, second))) in _conflicts(text, published)


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", SET_OFF_NEAR_MISSES)
def test_set_off_near_miss(text: str, published: datetime.date | None) -> None:
    assert [kind for kind, _ in _conflicts(text, published) if kind == "order_violation"] == []
