"""Round order25: order markers and sentence shapes of news English the order rules did not read.

- Springboard connectives opening a sentence ("On/Off the back of", "On the strength of", "Hot/Hard/Close on the
  heels of", "Following/Coming on the heels of", "Fresh from", "Buoyed/Bolstered/Emboldened by"): the main clause
  comes after the phrase they govern.  Read only when they open the sentence (inside a clause they are often literal:
  "written on the back of a photograph").  Also "came on the back of", "in the immediate aftermath of", "leading up
  to", and an opening "In the (first|immediate) days/weeks/months/years" before a connective.
- "grew out of", "stemmed from", "arose from", "sprang from": the subject comes after the object.
- What the subject then did at the place the main clause took it to, in the simple past (", where he opened a shop
  in D2" after "Upon his release in D1, he returned to X"); not a state, another subject or the pluperfect.
- "Within (a few) hours/days/weeks/months" opening a sentence without a comma ("Within weeks it had spread to X,
  where cases were confirmed on D2"): after the event of the sentence before.
- A state "until" a dated event told with a negative subject ("no ship could sail", "nobody could", "no one was
  allowed"): the first time after it ("the first crossing was made on D2") cannot come before that date.
- An opening "On/Upon" with a transition noun and "of" ("On completion of", "On the death of") or after a possessive
  name ("Upon the king's death").
- After a comma: "only to" and a verb ("was elected in D1, only to lose his seat in D2"); an appositive naming the
  main event as the outcome of an earlier one ("the culmination of", "the product of", "the fruit of", "the outcome
  of", "the result of", "the climax of").
- "A year / Two years / Six months on from X D1, ..." opening a sentence.
- Days without their year after a year that frames the sentence ("In 1987, he was charged on 3 October and
  convicted on 2 February"; "At the 2000 championships, she won her heat on November 3 and took gold in the final on
  August 12") take that year, unless a later-told day falls within 120 days in the next year.
- A result before the round it was won in, after "and" ("took gold in the final").
- The main clause's event inside a round, deal, sale or ceremony whose end or holding a relative clause dates ("Prior
  to its listing on D1, X raised money in a round that closed on D2"); not a relative clause on a person.
- "Before that," / "Prior to that," opening the next sentence; "This/That" as the subject pronoun for the event just
  told ("This was preceded by ...", "That came after ...").
- Lexicon: a treaty or a law "went/came into effect" after it is signed or passed.
- A span before or after an event as the subject, with what it "saw", "brought" or "witnessed" ("The run-up to the
  election of D1 saw ... in D2", "The aftermath of the 1992 riots saw ...", "The weeks after the vote on D1 brought").
- An opening connective with an inverted main clause and no comma ("On the heels of X in D1 came Y in D2", "After
  the war of D1 came the boom of D2").
- "whereupon", "at which point": the clause after comes after the clause before.
- Verbs of preparing the way ("set the stage/scene for", "laid the groundwork/foundations for", "opened/cleared the
  way for", "spurred", "ushered in", "heralded", "foreshadowed", "was the catalyst for / a prelude to / a precursor
  to / the forerunner of", and their participles after a comma): the subject comes before the object.
- Lexicon: a hearing or inquest opened before it is adjourned; a tender issued or bids invited before the contract is
  awarded (the contract named back after "and", with what it is for); heats before the semi-final before the final.

Positives are checked for their one conflict and the exact spans of both dates (and of the year a day without its
year takes), with and without a publication
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


POSITIVES = [
    # springboard connectives opening a sentence
    ('On the back of strong sales in 2005, the firm opened a new store in 2003.', ('2005', '2003')),
    ('On the back of the 2008 crash, the bank was nationalised in 2006.', ('2008', '2006')),
    ('Hot on the heels of her win in 2012, she lost the title in 2010.', ('2012', '2010')),
    ('Fresh from her win at Wimbledon in July 2012, she lost in the first round of the US Open in August 2011.', ('July 2012', 'August 2011')),
    ('Buoyed by the 2011 surplus, the council cut taxes in 2009.', ('2011', '2009')),
    ('Bolstered by its win in 1997, the party contested the election of 1995.', ('1997', '1995')),
    ('Emboldened by the High Court ruling of March 2006, the union called a strike in May 2005.', ('March 2006', 'May 2005')),
    # an opening connective with an inverted main clause
    ('On the heels of a poor harvest in 1846 came the famine of 1845.', ('1846', '1845')),
    ('Hot on the heels of her win in 2012 came a second title in 2010.', ('2012', '2010')),
    ('Close on the heels of the floods of 1953 came the storm of 1950.', ('1953', '1950')),
    ('After the war of 1945 came the boom of 1940.', ('1945', '1940')),
    ('In the wake of the crash of 2008 came a wave of bank failures in 2006.', ('2008', '2006')),
    ('Following the merger in 2001 came the first round of job cuts in 1999.', ('2001', '1999')),
    # "whereupon", "at which point"
    ('The treaty was signed on 3 May 1990, whereupon the troops withdrew on 1 May 1989.', ('3 May 1990', '1 May 1989')),
    ('The army entered the city on 3 May 1945, whereupon the garrison surrendered on 1 May 1944.', ('3 May 1945', '1 May 1944')),
    ('The dam was finished in 1962, at which point the valley was flooded in 1960.', ('1962', '1960')),
    # verbs of preparing the way
    ('The merger of 1999 set the stage for the takeover in 1994.', ('1999', '1994')),
    ('Her election in 2004 set the scene for the reforms of 2002.', ('2004', '2002')),
    ('The discovery of the wreck in 1985 laid the foundations for the museum, which opened in 1983.', ('1985', '1983')),
    ('The survey of 1971 laid the groundwork for the national park in 1969.', ('1971', '1969')),
    ('The talks of 1996 cleared the way for the ceasefire of 1994.', ('1996', '1994')),
    ('The court ruling of 2003 opened the way for the strike of 2001.', ('2003', '2001')),
    ('The fire of 1871 spurred the rebuilding of the city in 1869.', ('1871', '1869')),
    ('The 1957 launch of Sputnik ushered in the space race of 1955.', ('1957', '1955')),
    ('The strike of 1984 heralded the closure of the pits in 1982.', ('1984', '1982')),
    ('The riots of 1981 were a prelude to the reforms of 1979.', ('1981', '1979')),
    ('The 1966 flood was the catalyst for the dam, which was built in 1962.', ('1966', '1962')),
    ('The company was founded in 1990, setting the stage for a merger in 1988.', ('1990', '1988')),
    ('The survey was completed in 1971, laying the groundwork for the national park in 1969.', ('1971', '1969')),
    # a hearing opened before it is adjourned
    ('The trial opened on 3 March 1990 and was adjourned on 1 February 1989.', ('3 March 1990', '1 February 1989')),
    ('The hearing, opened on 4 April 2001, was adjourned on 2 February 2000.', ('4 April 2001', '2 February 2000')),
    ('The inquest into his death was opened in May 2009 and adjourned in January 2008.', ('May 2009', 'January 2008')),
    # a tender or a call for bids before the contract is awarded
    ('The tender was issued in March 2004 and the contract was awarded in June 2003.', ('March 2004', 'June 2003')),
    ('Bids were invited on 11 June 1997, and the contract was awarded on 19 June 1991.', ('11 June 1997', '19 June 1991')),
    ('Tenders were invited in 1988, and the contract for the new ring road was awarded in 1986.', ('1988', '1986')),
    ('The council invited bids on 11 June 1967 and awarded the contract on 19 June 1961.', ('11 June 1967', '19 June 1961')),
    # heats before the final
    ('She won her heat in 1996 and reached the final in 1995.', ('1996', '1995')),
    ('He won the semi-final on 2 June 2001 and lost the final on 1 June 2000.', ('2 June 2001', '1 June 2000')),
    # more springboard openings, and "In the days/weeks ... after/following/before/leading up to"
    ('Off the back of a record year in 2015, the firm hired 200 staff in 2013.', ('2015', '2013')),
    ('On the strength of her 2003 debut, she signed with a major label in 2001.', ('2003', '2001')),
    ('Following on the heels of its 1999 merger, the company cut 500 jobs in 1997.', ('1999', '1997')),
    ('In the immediate aftermath of the 2004 tsunami, aid arrived in 2003.', ('2004', '2003')),
    ('The ceasefire of 1994 came on the back of talks in 1996.', ('1994', '1996')),
    ('In the weeks leading up to the vote on 3 May 2001, the party published its manifesto on 20 June 2001.', ('3 May 2001', '20 June 2001')),
    ('In the days following the crash on 3 May 2001, investigators recovered the flight recorder on 1 May 2001.', ('3 May 2001', '1 May 2001')),
    ('In the years after the war ended in 1945, the town was rebuilt in 1939.', ('1945', '1939')),
    # what grows out of or stems from an earlier event
    ('The 1990 reforms grew out of the protests of 1992.', ('1990', '1992')),
    ('The 1999 law stemmed from the 2003 inquiry.', ('1999', '2003')),
    ('The 1975 movement arose from the strikes of 1978.', ('1975', '1978')),
    # a span before or after an event as the subject, and what it "saw"
    ('The run-up to the election of May 2010 saw a series of scandals in June 2011.', ('May 2010', 'June 2011')),
    ('The lead-up to the vote in March 2003 saw protests in April 2004.', ('March 2003', 'April 2004')),
    ('The aftermath of the 1992 riots saw the mayor resign in 1990.', ('1992', '1990')),
    ('The weeks after the vote on 3 May 2001 brought a wave of resignations on 1 April 2001.', ('3 May 2001', '1 April 2001')),
    ('The months before the crash of October 1987 saw share prices soar in December 1987.', ('October 1987', 'December 1987')),
    # what the subject then did where the main clause took it (", where he/she <past> ... D2")
    ('Upon his release from prison in July 1988, he returned to Dunmere, where he opened a bicycle shop in March 1979.', ('July 1988', 'March 1979')),
    ('After leaving the army in 1990, she moved to Leeds, where she set up a bakery in 1985.', ('1990', '1985')),
    ('Following her divorce in 2001, she moved to Paris, where she opened a gallery in 1998.', ('2001', '1998')),
    ('After the war ended in 1945, he settled in Kent, where he bought a farm in 1940.', ('1945', '1940')),
    # "Within weeks" opening a sentence without a comma
    ('The strike began on 3 May 1984. Within days it had spread to the docks, where work stopped on 1 May 1984.', ('3 May 1984', '1 May 1984')),
    ('The first case was reported in Ashby on 16 June 1971. Within weeks it had reached Corley, where cases were confirmed on 6 May 1971.', ('16 June 1971', '6 May 1971')),
    ('The first case was reported on 16 September 1956. Within weeks it had spread to the port on 6 August 1956.', ('16 September 1956', '6 August 1956')),
    # "Until D1, no ship could ..." / "nobody could" / "no one was allowed": the first time after comes after D1
    ('Until the treaty was signed on 21 June 2011, no ship could sail to Orlund; the first crossing was made on 19 February 2010.', ('21 June 2011', '19 February 2010')),
    ('Until 1998, no ship could sail to Orlund; the first crossing was made in 1994.', ('1998', '1994')),
    ('Until the ban was lifted in March 2004, nobody could fish in the loch; the first licence was issued in May 2003.', ('March 2004', 'May 2003')),
    ('Until the ban was lifted in 2004, no one was allowed to fish in the loch; the first licence was issued in 2003.', ('2004', '2003')),
    # "On/Upon" with a transition noun and "of", or after a possessive name
    ('On completion of the tunnel in 1994, the ferry stopped in 1992.', ('1994', '1992')),
    ("Upon the king's death in 1910, his son was crowned in 1908.", ('1910', '1908')),
    ('On the death of his father in 1950, he inherited the estate in 1948.', ('1950', '1948')),
    ('On publication of the report in 2004, the minister resigned in 2002.', ('2004', '2002')),
    # "only to" and a verb after a comma
    ('He was elected in 1997, only to lose his seat in 1992.', ('1997', '1992')),
    ('The club was promoted in 2008, only to be relegated in 2006.', ('2008', '2006')),
    # an appositive naming the main event as the outcome of an earlier one
    ('The museum opened its doors in 1990, the culmination of a campaign launched in 1995.', ('1990', '1995')),
    ('The treaty was signed in 1999, the product of talks that began in 2001.', ('1999', '2001')),
    ('She won the title in 2012, the fruit of a training plan drawn up in 2014.', ('2012', '2014')),
    # "N years on from" opening a sentence
    ('A year on from the floods of 2007, the town was rebuilt in 2006.', ('2007', '2006')),
    ('Two years on from the crash of 2008, the bank was sold in 2007.', ('2008', '2007')),
    ('Six months on from the election of May 2010, the coalition collapsed in April 2010.', ('May 2010', 'April 2010')),
    # days without their year after a year that frames the sentence ("In 1987, ...", "At the 2000 championships ...")
    ('At the 1998 county games in Ellersby, Tamsin Holt won her heat on October 9 and took gold in the final on July 2.', ('1998', 'October 9', 'July 2')),
    ('In 1987, he was charged on 3 October and convicted on 2 February.', ('1987', '3 October', '2 February')),
    ('In 2003, the inquest was opened on 12 May and adjourned on 3 February.', ('2003', '12 May', '3 February')),
    ('In 1999, she was arrested on 3 December and released on 20 July.', ('1999', '3 December', '20 July')),
    ('During 1996, the strike began on 3 May and ended on 1 March.', ('1996', '3 May', '1 March')),
    # the main event inside a round, deal or ceremony that a relative clause dates
    ('Prior to its listing on 3 May 2001, Acme Tools raised money from investors in a round that closed on 1 June 2001.', ('3 May 2001', '1 June 2001')),
    ('Before the merger of March 1999, the firm bought the mill in a deal that was completed in June 1999.', ('March 1999', 'June 1999')),
    ('After the election of May 2010, he was sworn in at a ceremony that took place on 2 April 2010.', ('May 2010', '2 April 2010')),
    # "Before that, ..." / "Prior to that, ..." opening the next sentence
    ('The plant closed in 2009. Before that, it had been sold to a rival in 2011.', ('2009', '2011')),
    ('The plant closed in 2009. Prior to that, it was sold to a rival in 2011.', ('2009', '2011')),
    # "This" / "That" for the event just told, before its verb
    ('The plant closed in 2009. This was preceded by its sale to a rival in 2011.', ('2009', '2011')),
    ('The plant closed in 2009. That came after its sale to a rival in 2011.', ('2009', '2011')),
    ('The plant closed in 2009. This followed its sale to a rival in 2011.', ('2009', '2011')),
    # a treaty or a law goes into effect after it is signed or passed
    ('The treaty was signed in 1990 and went into effect in 1988.', ('1990', '1988')),
    ('The act was passed in 2001 and came into effect in 1999.', ('2001', '1999')),
]

NEAR_MISSES = [
    # springboard cues: in order, or not opening the sentence
    'On the back of strong sales in 2005, the firm opened a new store in 2007.',
    'Buoyed by the 2011 surplus, the council cut taxes in 2012.',
    'Fresh from her win at Wimbledon in July 2012, she lost in the first round of the US Open in August 2012.',
    'A note dated 1921 was found on the back of a photograph taken in 1950.',
    'The letter, dated 1950, was written on the back of a postcard from 1921.',
    'On the back of the photograph, dated 1921, someone wrote a name in 1950.',
    'The party, buoyed by a poll of 1997, contested the election of 1995.',
    # inverted clauses in order, or without a date of their own
    'On the heels of a record harvest in 1952 came the collapse of grain prices in 1953.',
    'After the war came the boom of 1950, which ended in 1960.',
    'On the heels of the 1999 merger came the 2003 job cuts.',
    'After the storm of 1987 came calm; the next storm was in 1990.',
    # "whereupon" in order
    'The treaty was signed on 3 May 1990, whereupon the troops withdrew on 1 June 1990.',
    # verbs of preparing the way: in order, other senses
    'The report of 2009 set the stage for the partition of the county in 2012.',
    'The fire of 1871 spurred the rebuilding of the city in 1875.',
    'The 1957 launch of Sputnik ushered in the space race, which ran until 1975.',
    'She was heralded as a star in 1990 and retired in 1985.',
    'The city council set the date for the vote in 2005 at its meeting of 2004.',
    'The band laid the foundations for its 1990 album in 1988 sessions.',
    'The stage was set in 1990 and the play opened in 1991.',
    'The discovery of the wreck in 1985 built on the work of divers in 1980.',
    # hearings, tenders and heats in order, or of other things
    'The inquest opened on 3 May 1990 and was adjourned on 4 May 1990.',
    'The trial opened on 3 March 1990 and was adjourned on 1 February 1991.',
    'The shop opened in 1990, and the meeting was adjourned in 1985.',
    'The trial opened on 3 March 1990 and his lawyer was awarded costs on 1 February 1989.',
    'The museum was awarded a grant in 1990; a tender was issued in 1995.',
    'The tender was issued in March 2004 and the contract was awarded in June 2004.',
    'She won her heat in 1996 and reached the final in 1997.',
    'She won her heat in 1996 and the gold medal in 1992.',
    'He won the final in 1999 and went out in the heats in 2003.',
    # springboards, spans and origins in order, or of other senses
    'On the strength of her 2003 debut, she signed with a major label in 2004.',
    'In the weeks leading up to the vote on 3 May 2001, the party published its manifesto on 20 April 2001.',
    'In the days following the crash on 3 May 2001, investigators recovered the flight recorder on 5 May 2001.',
    'The 1990 reforms grew out of the protests of 1988.',
    'The 1999 law stemmed from the 1995 inquiry.',
    'The run-up to the election of May 2010 saw a series of scandals in April 2010.',
    'The aftermath of the 1992 riots saw the mayor resign in 1993.',
    'The months before the crash of October 1987 saw share prices soar in August 1987.',
    'The run-up to the election, which was held in May 2010, saw scandals in June 2011.',
    'The run-up to the 2010 election saw scandals; a new party formed in 2012.',
    'The aftermath of the riots saw the mayor resign in 1990; the riots of 1992 were worse.',
    'The years after 1990 saw growth in 2001.',
    'The run-up to the election of May 2010 will see debates in June 2011.',
    # where-clauses of a state, of another subject or in the pluperfect; "Within" in order or with history
    'After leaving the army in 1990, she moved to Leeds, where she had been born in 1965.',
    'After leaving the army in 1990, she moved to Leeds, where her sister had opened a bakery in 1985.',
    'After leaving the army in 1990, she moved to Leeds, where the bakery was founded in 1885.',
    'After leaving the army in 1990, she moved to Leeds, where she set up a bakery in 1995.',
    'After the war ended in 1945, he settled in Kent, where he was born in 1920.',
    'After the war ended in 1945, he settled in Kent, where he grew up in the 1920s.',
    'After the war ended in 1945, he settled in Kent, where his son opened a shop in 1940.',
    'After the war ended in 1945, he settled in Kent, where they had bought a farm in 1940.',
    'Upon his release from prison in July 1988, he returned to Merriford, where he opened a bicycle shop in March 1989.',
    'Upon his release from prison in July 1988, he returned to Merriford, where he lived in March 1979.',
    'Upon his release in July 1988, he returned to Merriford, where he worked in a shop in March 1979.',
    'The first case was reported on 16 September 1956. Within weeks, cases were confirmed in Merriford on 6 October 1956.',
    'The first case was reported on 16 September 1956. Within weeks it had spread to Merriford, where cases were first recorded in 1950.',
    'The fire broke out on 3 May 1984. Within hours the flames had reached the church, which was built in 1850.',
    'The fire broke out on 3 May 1984. Within hours the flames had reached the church, which was consecrated in 1850.',
    'The fire broke out on 3 May 1984. Within hours the flames had reached the square, where the church was consecrated in 1850.',
    'The strike began on 3 May 1984. Within days it had spread to the docks, where work stopped on 5 May 1984.',
    # "Until ..., no ... could" in order, a "could" of ability, a plan
    'Until the treaty was signed on 21 June 2011, no ship could sail to Orlund; the first crossing was made on 19 February 2012.',
    'Until the ban was lifted in 2004, nobody could fish in the loch; the first licence was issued in May 2005.',
    'Until the bridge opened in 1998, you could drive round the bay; the first car crossed over in 1995.',
    'Until 1998, no ship could sail to Orlund, the report said; the first crossing could be made in 1994 if the channel were dredged.',
    # transition nouns, "only to", outcomes and "on from" in order or in other senses
    'On the death of his father in 1950, he inherited the estate in 1951.',
    'The pool, open only to members in 1990, was built in 1985.',
    'She moved to Leeds in 1990, only to return to York in 1995.',
    'The club opened in 1990, the result of a campaign launched in 1985.',
    'The result of the 1990 vote was overturned in 1989 on appeal.',
    'He won in 1990, as the result of a recount in 1989 showed.',
    'A year on from the floods of 2007, the town was rebuilt in 2008.',
    'The firm moved on from the 2008 crash and in 2010 was sold.',
    'He moved on from the club in 2008; in 2005 he had joined it.',
    # a framing year: days in order, within 120 days across the new year, another year between, a year of one event
    'In 1994 they got engaged on 19 November and married on 23 January.',
    'At the 2000 championships she won her heat on 3 August and took gold in the final on 12 August.',
    'In 1987, he was charged on 3 October, and in 1988 he was convicted on 2 February.',
    'In 2003, the inquest was opened on 12 May; in 2004 it was adjourned on 3 February.',
    'In 1999, she was arrested on 3 December and released on 20 January.',
    'Born in 1950, she married on 3 June and divorced on 1 May.',
    'The firm was founded in 2003; it opened on 3 May and closed on 1 March.',
    'By 1990 the shop had opened; it closed on 3 March and reopened on 1 June.',
    # a container relative clause in order; a relative clause on a person; a plan
    'Prior to its listing on 3 May 2001, Acme Tools raised money from investors in a round that closed on 1 March 2001.',
    'After the election of May 2010, he married a nurse who was born on 2 April 1980.',
    'After the war of 1945, he bought a farm in a sale that had been planned in 1939.',
    # "Before that", "This", "went into effect" in order or of another thing
    'The plant closed in 2009. Before that, it had been sold to a rival in 2005.',
    'The plant closed in 2009. Prior to that, it was sold to a rival in 2005.',
    'The plant closed in 2009, but before that it was sold to a rival in 2005.',
    'The plant closed in 2009. This was preceded by its sale to a rival in 2005.',
    'The plant closed in 2009. This year was preceded by a boom in 2008.',
    'The treaty was signed in 1990 and went into effect in 1991.',
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "parts"), POSITIVES)
def test_positive(text: str, parts: tuple[str, ...], published: datetime.date | None) -> None:
    # the two dates (and, for a day without its year, the year it takes)
    assert _conflicts(text, published) == [("order_violation", tuple(_span(text, part) for part in parts))]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []
