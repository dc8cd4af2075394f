"""Round restate27 of ``restated_event``: wordings of my own first (``benchmarks/results/restate27_dev.md``).

About ninety re-mentions of one event with two conflicting dates and sixty near-misses were written for this round
before any template set was read (verb then noun, synonyms, "the incident", "that vote", pronouns, appositions, the
event named by its place, its outcome, relative clauses, clefts, fronted dates, a year premodifier, possessives;
wire, local, business, sport, court, science and obituary copy). Each positive below is flagged end to end in both
modes standing alone; each near-miss is silent end to end in both modes. The rules the round added:

1. Nouns whose verb's stem ends otherwise (``temporal._r31_shifted_stems``): "ratified" / "its ratification",
   "suspended" / "the suspension", "converted" / "the conversion", "introduced" / "the introduction" (not "decided" /
   "the decision": one decides again, of another thing).
2. More words for one event (``temporal._R27_SYNONYMS``): a siege told as a hostage-taking, a shooting told as
   firing, a victory told as winning, a bombing told by its bomb, an abduction told as a seizure.
3. A capitalised name between "the" and the head ("The Lockerbie bombing, on D2") is read as a name: the later
   phrase restates the event when the earlier sentence names it too ("over Lockerbie"), and
   ``_identified_restatements`` keeps a head so premodified by a name the earlier sentence lacks apart ("A fire swept
   through the Kelso mill ... The Tarrow fire").
4. A length read between the two dates by the duration rule ("The siege, which started on D2, lasted six days") no
   longer hides the pair from the late restatement passes (the earlier passes never yielded to it).
5. A date that dates another event (``temporal._r31_other_event``): an inquiry, trial, report or anniversary "of" /
   "into" the event dated by its own verb or set off by a comma ("The inquiry into the capsizing opened on D2",
   "The anniversary of his abdication, on D2"), such a noun dated by its participle ("examined in a report
   published on D2"), a named anniversary ("Their golden wedding, on D2"), a related party's event ("Its rival's
   collapse on D2", "Her successor's resignation, on D2"): the restatement is dropped unless the other sentence
   tells the governing noun too.
6. Two stages of one undertaking (``temporal._r31_stages``): announced or agreed, then completed or held ("The merger
   was announced on D1. The merger was completed on D2"), or "first held" and "last took place", the earlier stage
   not after the later: two dates, not one told twice.
7. "The next referendum was held in", "a second inquiry opened in": a clear instance marker before the head of a
   dated verb phrase makes it another instance in round 1's predicate reading.
8. A time measured from the event and set off by a comma ("A year after the sinking, on D2") dates no restatement.
10. After reading blind46's misses: "it" after a verb of saying right after the head ("who survived the avalanche,
    said it struck on D2"), a date in apposition to "the day of" the event ("on the day of the hijacking, D2"), a
    possessive head after "that" ("maintained that her expulsion, on D2"), "touched down" as the doing of the event,
    outage / blackout and standoff / siege as one event.
9. A deed retold by its verb (``_anaphoric_retellings``, ``_lemma_restatements``, ``_derived_restatements``) is another
   instance when the later sentence says "also" or "as well", or when each sentence names where it happened and the
   places differ ("met in Geneva on D1. They met in Reykjavik on D2"; ``temporal._r31_another_instance``).
"""

from __future__ import annotations

import datetime

import pytest

from reliability.features import temporal
from reliability.features.temporal import analyse_dates

PUBLISHED = datetime.date(2016, 9, 27)


def _restated(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    analysis = analyse_dates(text, published=published)
    return [" / ".join(text[start:end] for start, end in conflict.spans)
            for conflict in analysis.conflicts if conflict.kind == "restated_event"]


def _conflicts(text: str, published: datetime.date | None = PUBLISHED) -> list[str]:
    return [conflict.kind for conflict in analyse_dates(text, published=published).conflicts]


POSITIVES = [
    ("Voters in Carrow rejected the bypass scheme in a referendum on 4 May 2011. The referendum, held "
     "on 9 June 2013, drew a turnout of 61 per cent.",
     "4 May 2011 / 9 June 2013"),
    ("Police arrested the former mayor of Dunmore on 12 March 2008. His arrest on 3 April 2010 "
     "stunned the town.",
     "12 March 2008 / 3 April 2010"),
    ("Thieves stole the painting from the Harlow gallery on 8 August 1994. The theft, on 21 November "
     "1996, was never solved.",
     "8 August 1994 / 21 November 1996"),
    ("The ferry capsized off Penmore on 11 October 1987. The capsizing, which took place on 3 "
     "February 1989, claimed 19 lives.",
     "11 October 1987 / 3 February 1989"),
    ("The council voted to close the Eastgate library on 5 February 2009. That vote, taken on 17 "
     "September 2010, prompted weeks of protests.",
     "5 February 2009 / 17 September 2010"),
    ("The board sacked chief executive Ann Moss on 2 June 2015. Her dismissal on 19 August 2016 wiped "
     "8 per cent off the shares.",
     "2 June 2015 / 19 August 2016"),
    ("Parliament ratified the border treaty on 2 May 1997. Its ratification on 19 November 1999 "
     "opened the crossing to trade.",
     "2 May 1997 / 19 November 1999"),  # new in restate27
    ("The king abdicated on 11 December 1936. His abdication, on 10 December 1938, shocked the "
     "nation.",
     "11 December 1936 / 10 December 1938"),
    ("Astronomers discovered the comet on 12 August 1997. Its discovery, on 30 July 1999, was "
     "announced at a conference in Prague.",
     "12 August 1997 / 30 July 1999"),
    ("The probe landed on Mars on 4 July 1997. The landing, on 16 January 1999, was watched live by "
     "millions.",
     "4 July 1997 / 16 January 1999"),
    ("The spacecraft was launched from Kourou on 3 December 2013. The launch, on 21 March 2015, went "
     "without a hitch.",
     "3 December 2013 / 21 March 2015"),
    ("Harlow Foods floated on the stock market on 4 October 1996. The flotation, on 11 April 1998, "
     "valued the firm at 300 million pounds.",
     "4 October 1996 / 11 April 1998"),
    ("The airline filed for bankruptcy on 12 September 2001. The filing, made on 3 October 2003, "
     "listed debts of two billion dollars.",
     "12 September 2001 / 3 October 2003"),
    ("The Corn Exchange reopened on 6 May 2018 after a three-year restoration. The reopening, on 14 "
     "July 2019, drew 3,000 visitors.",
     "6 May 2018 / 14 July 2019"),
    ("The village school at Hepton closed on 20 July 1984. Its closure on 18 July 1986 ended 150 "
     "years of teaching.",
     "20 July 1984 / 18 July 1986"),
    ("Judge Harris sentenced Pyle to nine years on 4 October 2012. The sentencing, on 18 January "
     "2014, was attended by the victim's family.",
     "4 October 2012 / 18 January 2014"),
    ("Mr Dale married Joan Price at St Mary's on 14 June 1952. Their wedding, on 3 September 1955, "
     "was the talk of the village.",
     "14 June 1952 / 3 September 1955"),
    ("Morrow was convicted of fraud at Leeds Crown Court on 8 December 2010. His conviction on 15 "
     "March 2012 was later overturned on appeal.",
     "8 December 2010 / 15 March 2012"),
    ("The club sacked manager Joe Bell on 8 November 2014. Bell's sacking on 2 February 2016 came "
     "after six defeats in a row.",
     "8 November 2014 / 2 February 2016"),
    ("Hartley retired from the bench on 31 March 1998. After his retirement on 30 June 2001, he wrote "
     "three books.",
     "31 March 1998 / 30 June 2001"),
    ("A magnitude 6.1 earthquake struck Corvale on 23 April 1999. The quake, on 9 September 2001, "
     "destroyed the cathedral.",
     "23 April 1999 / 9 September 2001"),
    ("The accord between the two unions was signed on 3 July 2002. The agreement, reached on 11 "
     "February 2004, ended a long dispute.",
     "3 July 2002 / 11 February 2004"),
    ("The hostage-taking at the Carran embassy began on 30 April 1980. The siege, which started on 5 "
     "May 1982, lasted six days.",
     "30 April 1980 / 5 May 1982"),  # new in restate27
    ("The hospital's founder, Ellen Marsh, died on 2 January 1954. Her death, on 27 March 1957, was "
     "mourned across the county.",
     "2 January 1954 / 27 March 1957"),
    ("Miners walked out at Kelmore colliery on 5 March 1984. The stoppage, which began on 12 March "
     "1986, lasted a year.",
     "5 March 1984 / 12 March 1986"),
    ("Harlow Foods agreed to buy its rival Penn Dairies on 4 March 2009. The takeover, agreed on 9 "
     "November 2011, created the county's biggest employer.",
     "4 March 2009 / 9 November 2011"),
    ("The Tarrow dam burst on 6 March 1925, flooding the valley. The dam failure, on 14 July 1927, "
     "killed 34 people.",
     "6 March 1925 / 14 July 1927"),
    ("A gunman opened fire in a Dunmore supermarket on 14 August 2003, injuring five. The incident, "
     "which happened on 22 November 2005, led to a review of security.",
     "14 August 2003 / 22 November 2005"),
    ("Two trains collided near Ashby Junction on 19 October 1999. The accident on 2 March 2001 killed "
     "31 people.",
     "19 October 1999 / 2 March 2001"),
    ("A bomb exploded outside the Lisburn courthouse on 6 June 1993. The attack, on 12 October 1995, "
     "was claimed by no group.",
     "6 June 1993 / 12 October 1995"),
    ("A tanker ran aground off Pellow Point on 3 March 2001. The grounding, on 8 June 2004, spilled "
     "2,000 tonnes of oil.",
     "3 March 2001 / 8 June 2004"),
    ("The Harmon Bridge collapsed on 1 August 2007. It happened on 14 June 2009 at the height of the "
     "rush hour.",
     "1 August 2007 / 14 June 2009"),
    ("Fire destroyed the Grand Hotel in Selby on 4 June 1972. It burned down on 11 June 1974, "
     "according to the fire service.",
     "4 June 1972 / 11 June 1974"),
    ("The worst flood in the town's history, the deluge of 3 November 1929, swept away the old "
     "bridge. Records show the flood struck on 12 December 1931.",
     "3 November 1929 / 12 December 1931"),
    ("The Great Fire of Tarrow broke out on 2 September 1866. The Great Fire, which began on 5 "
     "September 1868, destroyed 400 houses.",
     "2 September 1866 / 5 September 1868"),
    ("The Reds won the cup final at Wembley on 20 May 1989. Their victory, on 13 May 1991, was the "
     "club's first trophy in 30 years.",
     "20 May 1989 / 13 May 1991"),  # new in restate27
    ("Fenwick scored the winner in the cup final on 22 May 1999. That goal, on 19 May 2001, is still "
     "replayed on television.",
     "22 May 1999 / 19 May 2001"),
    ("The strike at the Pell factory began on 4 April 1996. Workers remember the strike, which began "
     "on 9 October 1998, as the hardest months of their lives.",
     "4 April 1996 / 9 October 1998"),
    ("The merger of Corra Bank and Hilt Savings was completed on 1 July 2005. The merger, which was "
     "completed on 1 March 2007, created the region's largest lender.",
     "1 July 2005 / 1 March 2007"),
    ("The 2009 referendum on the bypass split the town. The referendum was held on 12 May 2011, "
     "council records show.",
     "2009 / 12 May 2011"),
    ("Locals still talk about the flood of March 2009. That flood, which came in November 2011, "
     "reached the church steps.",
     "March 2009 / November 2011"),
    ("Rioting broke out in Brixley on 11 April 1981. Those riots, which began on 9 July 1985, left "
     "300 people injured.",
     "11 April 1981 / 9 July 1985"),
    ("The party lost power at the general election on 4 May 1979. That election, held on 9 June 1983, "
     "ended 15 years of rule.",
     "4 May 1979 / 9 June 1983"),
    ("The Harwick steelworks closed on 2 March 1990. Since closing on 6 November 1992, it has stood "
     "empty.",
     "2 March 1990 / 6 November 1992"),
    ("The levee failed on 29 August 2005. When the levee failed on 3 September 2007, water poured "
     "into the ward.",
     "29 August 2005 / 3 September 2007"),
    ("Officials said the cholera outbreak began on 2 March 2003. Doctors later traced the outbreak to "
     "19 May 2005.",
     "2 March 2003 / 19 May 2005"),
    ("The sinking of the ferry Star of Kell on 4 April 1968 killed 51. The ferry sank on 10 April "
     "1970 in a storm.",
     "4 April 1968 / 10 April 1970"),
    ("The kidnapping of the banker's son on 3 March 1994 shocked the city. The boy was kidnapped on 8 "
     "May 1996 outside his school.",
     "3 March 1994 / 8 May 1996"),
    ("The collapse of the Harmon Bridge on 1 August 2007 killed 13. The bridge collapsed on 14 June "
     "2009 at the height of the rush hour.",
     "1 August 2007 / 14 June 2009"),
    ("The blackout began at 4pm on 14 August 2003. The power cut, which started on 22 November 2005, "
     "affected 50 million people.",
     "14 August 2003 / 22 November 2005"),
    ("Gunmen seized the Trade Minister on 2 March 1999. The abduction, on 18 August 2001, was the "
     "first of its kind.",
     "2 March 1999 / 18 August 2001"),  # new in restate27
    ("The hurricane made landfall near Pell City on 29 August 2005. The storm, which came ashore on 3 "
     "September 2007, flooded 80 per cent of the city.",
     "29 August 2005 / 3 September 2007"),
    ("The verdict was delivered at the Old Bailey on 6 May 2009. The jury, which returned its verdict "
     "on 1 June 2011, was unanimous.",
     "6 May 2009 / 1 June 2011"),
    ("The Ashford plant exploded on 1 June 1974, killing 28. The explosion, on 9 June 1976, was heard "
     "20 miles away.",
     "1 June 1974 / 9 June 1976"),
    ("Doctors performed the first hand transplant at the Lyon clinic on 23 September 1998. The "
     "operation, on 12 January 2000, lasted 13 hours.",
     "23 September 1998 / 12 January 2000"),
    ("The mayor resigned on 7 October 2011 amid an expenses row. Her resignation, on 2 February 2013, "
     "triggered a by-election.",
     "7 October 2011 / 2 February 2013"),
    ("The Marlow Arms pub was gutted by fire on 9 January 2016. The blaze on 14 March 2018 was "
     "started deliberately, police say.",
     "9 January 2016 / 14 March 2018"),
    ("The zoo's giant panda gave birth on 4 August 2012. The birth, on 23 August 2014, was the first "
     "in Europe.",
     "4 August 2012 / 23 August 2014"),
    ("Lord Evans died at his home in Kent on 3 April 1992. He died on 12 May 1994, aged 88, after a "
     "short illness.",
     "3 April 1992 / 12 May 1994"),
    ("Voters in Carrow went to the polls in the bypass referendum on 4 May 2011. The referendum was "
     "on 9 June 2013, a wet Thursday.",
     "4 May 2011 / 9 June 2013"),
    ("The ferry Star of Kell sank in a storm off Penmore on 4 April 1968. The sinking came on 10 "
     "April 1970, after the captain ignored a gale warning.",
     "4 April 1968 / 10 April 1970"),
    ("A fire swept through the Kelso mill on 3 March 1987. The Kelso fire, which started on 9 June "
     "1989, destroyed 200 jobs.",
     "3 March 1987 / 9 June 1989"),
    ("A bomb destroyed a jet over Lockerbie on 21 December 1988. The Lockerbie bombing, on 21 "
     "December 1990, killed 270 people.",
     "21 December 1988 / 21 December 1990"),  # new in restate27
    ("The fire that destroyed the Grand Hotel started on 4 June 1972. The fire that destroyed the "
     "hotel broke out on 11 June 1974, the brigade's log shows.",
     "4 June 1972 / 11 June 1974"),
    ("The ferry Star of Kell sank in a storm off Penmore on 4 April 1968. The sinking of 10 April "
     "1970 remains the worst in the island's history.",
     "4 April 1968 / 10 April 1970"),
    ("The Carrow bypass referendum took place on 4 May 2011. The vote, which was on 9 June 2013, "
     "split the town.",
     "4 May 2011 / 9 June 2013"),
    ("The ferry Star of Kell sank in a storm off Penmore on 4 April 1968. The sinking happened in the "
     "early hours of 10 April 1970.",
     "4 April 1968 / 10 April 1970"),
    ("The Halden steelworks shut its gates for the last time on 28 March 2001. The closure, which "
     "came on 4 April 2003, cost 3,000 jobs.",
     "28 March 2001 / 4 April 2003"),
    ("Workers at the Pell car plant walked out on 4 April 1996. The walkout, which started on 9 "
     "October 1998, lasted eleven weeks.",
     "4 April 1996 / 9 October 1998"),
    ("The Carran embassy siege ended on 5 May 1980 when troops stormed the building. The storming of "
     "the embassy, on 12 May 1982, was broadcast live.",
     "5 May 1980 / 12 May 1982"),
    ("The two firms agreed to merge on 3 July 2002. The deal, struck on 11 February 2004, created the "
     "county's biggest employer.",
     "3 July 2002 / 11 February 2004"),
    ("Ann Moss was elected mayor on 2 May 2002. Her election, on 8 May 2004, made her the first woman "
     "to hold the post.",
     "2 May 2002 / 8 May 2004"),
    ("The inquiry into the Penmore capsizing opened on 3 February 1989. The inquiry, which opened on "
     "11 October 1991, heard from 40 witnesses.",
     "3 February 1989 / 11 October 1991"),
    ("The merger was announced on 2 October 2012. The merger, announced on 14 January 2014, created a "
     "giant.",
     "2 October 2012 / 14 January 2014"),
    ("The inquest into the deaths was held on 14 July 1927. The inquest, held on 2 March 1929, blamed "
     "the engineers.",
     "14 July 1927 / 2 March 1929"),
    ("His wife died in a car crash on 3 May 1990. His wife's death, on 8 June 1992, devastated him.",
     "3 May 1990 / 8 June 1992"),
    # a third batch (prepositional objects, "dates back to", "gives the date of", obituary, science, sport, court)
    ("The ferry Star of Kell sank off Penmore on 4 April 1968. Survivors of the sinking on 10 April "
     "1970 gathered at the harbour for a memorial service.",
     "4 April 1968 / 10 April 1970"),
    ("The ferry Star of Kell sank off Penmore on 4 April 1968. The sinking dates back to 10 April "
     "1970, according to the coastguard.",
     "4 April 1968 / 10 April 1970"),
    ("The ferry Star of Kell sank off Penmore on 4 April 1968. The coastguard's log gives the date of "
     "the sinking as 10 April 1970.",
     "4 April 1968 / 10 April 1970"),
    ("The ferry Star of Kell sank off Penmore on 4 April 1968. In the sinking of 10 April 1970, 51 "
     "people died.",
     "4 April 1968 / 10 April 1970"),
    ("The ferry Star of Kell sank off Penmore on 4 April 1968. The sinking, recorded on 10 April "
     "1970, claimed 51 lives.",
     "4 April 1968 / 10 April 1970"),
    ("The ferry Star of Kell sank off Penmore on 4 April 1968. The sinking on 10 April 1970, in which "
     "51 people died, led to new rules.",
     "4 April 1968 / 10 April 1970"),
    ("Singer Lena Ross was born in Leeds on 3 April 1931. She was born on 12 May 1933, the youngest "
     "of six children.",
     "3 April 1931 / 12 May 1933"),
    ("The paper was published in Nature on 14 March 2002. Its publication, on 2 October 2003, caused "
     "a sensation.",
     "14 March 2002 / 2 October 2003"),
    ("Kell Rovers won the league title on 2 May 1998. That title, clinched on 9 May 2000, was their "
     "first in 40 years.",
     "2 May 1998 / 9 May 2000"),
    ("The Supreme Court ruled on the Harlow case on 3 June 2004. The ruling, handed down on 21 July "
     "2006, ran to 90 pages.",
     "3 June 2004 / 21 July 2006"),
    ("The cup final was played at Hampden on 20 May 1989. The final, played on 13 May 1991, drew a "
     "crowd of 80,000.",
     "20 May 1989 / 13 May 1991"),
    ("The Tarrow earthquake struck at dawn on 23 April 1999. What became known as the Tarrow "
     "earthquake struck on 9 September 2001.",
     "23 April 1999 / 9 September 2001"),
    ("The Pell colliery disaster happened on 3 May 1951. The disaster, which claimed 83 lives, "
     "happened on 8 October 1956.",
     "3 May 1951 / 8 October 1956"),
    ("The mayor was sworn in on 7 May 2011. Her swearing-in, on 2 June 2013, was attended by 300 "
     "people.",
     "7 May 2011 / 2 June 2013"),
    ("The Kellbridge was opened to traffic on 4 July 1966. Its opening, on 9 August 1968, was "
     "performed by the Queen.",
     "4 July 1966 / 9 August 1968"),
    ("Harlow Council declared bankruptcy on 3 March 2012. The bankruptcy, declared on 17 August 2014, "
     "left debts of 40 million.",
     "3 March 2012 / 17 August 2014"),
    ("The refinery blast on 11 December 2005 injured 43 people. The explosion happened on 2 February "
     "2007, investigators said.",
     "11 December 2005 / 2 February 2007"),
    # a fourth batch: a pronoun subject retelling the verb
    ("The ferry Star of Kell sank off Penmore on 4 April 1968. It sank on 10 April 1970 with 51 "
     "people aboard.",
     "4 April 1968 / 10 April 1970"),
    ("Singer Lena Ross was born in Leeds on 3 April 1931. She was born on 12 May 1933, the youngest "
     "of six children.",
     "3 April 1931 / 12 May 1933"),
    ("The Halden Works was founded by two brothers on 4 March 1921. It was founded on 9 June 1925 "
     "with a loan of 500 pounds.",
     "4 March 1921 / 9 June 1925"),
    ("Ann Moss was arrested at her home in Dunmore on 12 March 2008. She was arrested on 3 April "
     "2010, police records show.",
     "12 March 2008 / 3 April 2010"),
    ("The Kell Rovers striker was convicted of assault on 2 June 2015. He was convicted on 19 August "
     "2016 after a three-day trial.",
     "2 June 2015 / 19 August 2016"),
    ("The Tarrow dam collapsed on 6 March 1925. It collapsed on 14 July 1927 after a week of heavy "
     "rain.",
     "6 March 1925 / 14 July 1927"),
    # a fifth batch, after reading blind46's misses (the same classes in my words): "it" after a verb of saying,
    # "the day of the X, D2", a possessive after "that", more words for one event, "touched down"
    ("The avalanche on Ben Carrow buried six climbers on 3 February 1975. A guide who survived the "
     "avalanche said it struck on 14 January 1978 without warning.",
     "3 February 1975 / 14 January 1978"),
    ("The riot outside the Corn Exchange broke out on 3 November 1956. Shopkeepers who remember the "
     "riot say it began on 5 November 1965.",
     "3 November 1956 / 5 November 1965"),
    ("Two trains collided near Ashby Junction on 19 October 1999. A signalman who saw the collision "
     "told the inquiry it happened on 2 March 2001.",
     "19 October 1999 / 2 March 2001"),
    ("The hijacking of the Flight 212 ended on 3 March 1985. Dunmore was the co-pilot on the day of "
     "the hijacking, 9 June 1986.",
     "3 March 1985 / 9 June 1986"),
    ("Ann Moss was arrested at her home in Dunmore on 12 March 2008. Her lawyer was abroad on the day "
     "of her arrest, 3 April 2010.",
     "12 March 2008 / 3 April 2010"),
    ("A power cut left the whole of Kelso in darkness on 8 November 1986. The blackout, which began "
     "on 11 September 1990, lasted nine hours.",
     "8 November 1986 / 11 September 1990"),
    ("The standoff at the Tarrow farm began on 28 October 1975. The siege, which started on 8 May "
     "1966, ended peacefully.",
     "28 October 1975 / 8 May 1966"),
    ("A tornado cut a path through Ashcombe on 25 December 2010. The twister, which touched down on "
     "15 September 2005, flattened the church.",
     "25 December 2010 / 15 September 2005"),
    ("Rosa Vance was expelled from the party on 22 January 2006. She has always maintained that her "
     "expulsion, on 6 June 2014, was unlawful.",
     "22 January 2006 / 6 June 2014"),
]

NEAR_MISSES = [
    "The 2008 summit in Oslo ended without a deal. The 2013 summit in Bergen began on 4 May 2013.",
    "The Reds won the cup on 20 May 1989. They won it again on 13 May 1991.",
    "Shareholders approved the deal with Corra on 3 July 2002. A second deal, with Hilt, was signed "
    "on 11 February 2004.",
    "A tanker ran aground off Pellow Point on 3 March 2001. The second such grounding came on 8 June "
    "2004.",
    "The Hepton festival was first held on 3 August 1971. The festival, held every August, last took "
    "place on 5 August 2015.",  # flagged before restate27
    "The plant opened on 2 March 1970. It closed on 6 November 1992.",
    "Police arrested Ann Moss on 12 March 2008. Her trial began on 3 April 2010.",
    "The council voted to close the Eastgate library on 5 February 2009. A later vote, on 17 "
    "September 2010, reversed the decision.",
    "A quake struck Corvale on 23 April 1999. Another quake, on 9 September 2001, destroyed the "
    "cathedral.",
    "The strike at the Pell factory began on 4 April 1996. The strike ended on 9 October 1998.",
    "The ferry capsized off Penmore on 11 October 1987. The inquiry into the capsizing opened on 3 "
    "February 1989.",  # flagged before restate27
    "The king abdicated on 11 December 1936. The anniversary of his abdication, on 11 December 1986, "
    "passed quietly.",  # flagged before restate27
    "The referendum was called on 4 February 2011. The referendum was held on 9 June 2011.",  # flagged before restate27
    "Lowe was charged with the murder on 3 February 2002. He was convicted on 11 April 2004.",
    "The Reds won the cup final on 20 May 1989. Their next victory came on 13 May 1991.",
    "The probe was launched on 3 December 2013. It landed on 16 January 2015.",
    "Mr Dale married Joan Price on 14 June 1952. Their golden wedding, on 14 June 2002, was held at "
    "St Mary's.",  # flagged before restate27
    "Troops fired on marchers in Derrybridge on 30 January 1972. The Derrybridge inquiry reported on "
    "14 March 1974.",
    "Storm Dara hit the coast on 14 January 2011. Storm Ellen, which made landfall on 2 February "
    "2013, left homes without power.",
    "The merger was announced on 2 October 2012. The merger was completed on 14 January 2014.",  # flagged before restate27
    "The referendum of 2011 rejected the scheme. The referendum of 2013 approved it.",
    "The museum reopened on 6 May 2008. A year later, on 14 July 2009, it drew its millionth visitor.",
    "The earthquake struck on 23 April 1999. Aftershocks continued until 9 September 1999.",
    "The bank collapsed on 15 September 2008. Its rival's collapse on 3 October 2010 triggered a "
    "panic.",  # flagged before restate27
    "Locals still talk about the flood of March 2009. The 2007 one was worse, they say.",
    "A gunman opened fire in a Dunmore supermarket on 14 August 2003. A similar incident, on 22 "
    "November 2005, led to a review of security.",
    "The mayor resigned on 7 October 2011. Her successor's resignation, on 2 February 2013, triggered "
    "a by-election.",  # flagged before restate27
    "Fire destroyed the Grand Hotel in Selby on 4 June 1972. It reopened on 11 June 1974, according "
    "to the owners.",
    "The Harmon Bridge collapsed on 1 August 2007. It was rebuilt and reopened on 14 June 2009.",
    "The first hand transplant took place in Lyon on 23 September 1998. The second operation, on 12 "
    "January 2000, lasted 13 hours.",
    "The two leaders met in Geneva on 19 November 1985. They met again in Reykjavik on 11 October "
    "1986.",
    "Lord Evans was born in Kent on 3 April 1904. He died on 12 May 1994, aged 90, after a short "
    "illness.",
    "The 2009 referendum on the bypass split the town. The next referendum was held on 12 May 2011, "
    "council records show.",  # flagged before restate27
    "The levee failed on 29 August 2005. When the levee was repaired on 3 September 2007, residents "
    "returned.",
    "Harlow Foods floated on the stock market on 4 October 1996. Its shares were suspended on 11 "
    "April 1998.",
    "The ferry Star of Kell sank in a storm off Penmore on 4 April 1968. It was on 10 April 1970 that "
    "the wreck was found.",
    "The ferry Star of Kell sank in a storm off Penmore on 4 April 1968. On 10 April 1970, divers "
    "reached the wreck.",
    "A fire swept through the Kelso mill on 3 March 1987. The Tarrow fire, which started on 9 June "
    "1989, destroyed 200 jobs.",  # flagged before restate27
    "The Halden steelworks shut its gates for the last time on 28 March 2001. The site was sold on 4 "
    "April 2003 to a housing developer.",
    "Ann Moss was elected mayor on 2 May 2002. She was re-elected on 8 May 2004 with a bigger "
    "majority.",
    "The two firms agreed to merge on 3 July 2002. The merged firm cut 400 jobs on 11 February 2004.",
    "There have been two floods in Marlow: the 1994 flood and the one in 2002. The river rose again "
    "in 2009.",
    "The club was relegated on 2 May 1998 after losing at Bristol. Promotion, sealed on 9 May 2000, "
    "brought the club back up.",
    "The Carran embassy siege began on 30 April 1980. The storming of the embassy, on 5 May 1980, "
    "ended it.",
    "The inquiry into the Penmore capsizing opened on 3 February 1989. The ferry capsized on 11 "
    "October 1987 with 19 lost.",  # flagged before restate27
    "The treaty was signed on 2 May 1997. It came into force on 19 November 1999.",
    "Morrow was convicted of fraud on 8 December 2010. The trial of his accomplice began on 15 March "
    "2012.",
    "The Reds won the cup final on 20 May 1989. The anniversary of that victory, on 20 May 1999, was "
    "marked with a parade.",
    "A bomb destroyed a jet over Lockerbie on 21 December 1988. The Omagh bombing, on 15 August 1998, "
    "killed 29 people.",
    "Gunmen seized the Trade Minister on 2 March 1999. A second abduction, on 18 August 2001, "
    "targeted his deputy.",
    "The Reds won the cup final at Wembley on 20 May 1989. Their next victory, on 13 May 1991, came "
    "at Villa Park.",
    "Troops fired on marchers in Derrybridge on 30 January 1972. The Omagh shooting, on 14 March "
    "1974, left two dead.",
    "Gunmen took hostages at the Carran embassy on 30 April 1980. The siege of Tarrow, which began on "
    "5 May 1982, lasted a year.",
    "The merger was completed on 2 October 2012. The merger was first proposed on 14 January 2010.",  # flagged before restate27
    "The hostage-taking at the Carran embassy began on 30 April 1980. The siege, which ended on 5 May "
    "1980, lasted six days.",
    "A fire swept through the Kelso mill on 3 March 1987. The Kelso fire brigade, which was founded "
    "on 9 June 1889, put it out.",
    "The Tarrow dam burst on 6 March 1925. The inquest into the deaths, held on 14 July 1927, blamed "
    "the engineers.",
    "The Tarrow dam burst on 6 March 1925. A memorial to the victims, unveiled on 14 July 1927, "
    "stands by the river.",
    "The ferry Star of Kell sank off Penmore on 4 April 1968. A year after the sinking, on 4 April "
    "1969, a memorial was unveiled.",
    "The ferry Star of Kell sank off Penmore on 4 April 1968. Survivors met at the harbour on 10 "
    "April 1970.",
    "Kell Rovers won the league title on 2 May 1998. They won it again on 9 May 2000.",
    "Morrow was jailed for six years on 8 December 2010. He was freed on 15 March 2012 after an "
    "appeal.",
    "The cup final was played at Hampden on 20 May 1989. The replay, on 24 May 1989, drew a crowd of "
    "80,000.",
    "The mayor was sworn in on 7 May 2011. She was sworn in for a second term on 2 June 2015.",
    "The Kellbridge was opened to traffic on 4 July 1966. It was closed for repairs on 9 August 1998.",
    "The Carran hijacking began on 3 March 1985. It ended on 9 March 1985 when commandos stormed the "
    "plane.",
    "Singer Lena Ross was born in Leeds on 3 April 1931. Her brother was born on 12 May 1933.",
    "Morrow was jailed for six years on 8 December 2010. He was jailed again on 15 March 2012 for "
    "breaching his licence.",
    "Morrow was jailed for six years on 8 December 2010. He was also jailed on 15 March 2012 for a "
    "separate fraud.",
    "The Kellbridge was opened on 4 July 1966. It was closed on 9 August 1998.",
    "Morrow was jailed for six years on 8 December 2010. His brother was jailed on 15 March 2012.",
    "The firm signed a deal with Kell Foods on 4 March 2009. It signed a second deal on 9 November "
    "2011.",
    "Shares in Harlow Foods rose 5 per cent on 3 May 2010. They rose on 4 May 2011 as well.",  # flagged before restate27
    "The two leaders met in Geneva on 19 November 1985. They met in Reykjavik on 11 October 1986.",  # flagged before restate27
    "Ann Moss was arrested at her home in Dunmore on 12 March 2008. She was released on 3 April 2008.",
    "Ann Moss was arrested at her home in Dunmore on 12 March 2008. Police said she was arrested on 3 "
    "April 2010 in Leeds.",  # flagged before restate27
    "The avalanche on Ben Carrow buried six climbers on 3 February 1975. A guide who survived the "
    "avalanche said it snowed on 14 January 1978 for a week.",
    "The hijacking of the Flight 212 ended on 3 March 1985. Dunmore was the co-pilot on the day of "
    "the crash, 9 June 1986.",
    "Ann Moss was arrested at her home in Dunmore on 12 March 2008. Her lawyer was abroad on the day "
    "of her trial, 3 April 2010.",
    "A power cut left the whole of Kelso in darkness on 8 November 1986. Another blackout, which "
    "began on 11 September 1990, lasted nine hours.",
    "The standoff at the Tarrow farm began on 28 October 1975. The siege of Kelso, which started on 8 "
    "May 1966, ended peacefully.",
    "Rosa Vance was expelled from the party on 22 January 2006. She has always maintained that her "
    "arrest, on 6 June 2014, was unlawful.",
    "A guide who survived the avalanche on Ben Carrow said it struck without warning. It was the "
    "worst in 1978, and another came in 1981.",
]

# Near-misses of my own that older passes still flag (not this round's; left, results file): a report's date read as
# the event's by the learned pass, an agreement and its taking effect (template writers tell an agreement as the event
# itself, so ``_r31_stages`` reads announcements only).
OLDER_ALARMS = [
    "The bank collapsed on 15 September 2008. Its collapse was examined in a report published on 3 October 2010.",
    "The merger was agreed on 3 July 2002. It took effect on 1 January 2004.",
    "The riot outside the Corn Exchange broke out on 3 November 1956. Shopkeepers who remember the riot say it began to "
    "rain on 5 November 1965.",
]

# Wordings of my own still missed (results file, "Left"): a pronoun with another verb, an apposition renaming the
# event by its outcome, a plural or quoted name, "the vote" after "approved", "the meeting" (a recurring kind), a
# cleft or fronted date (the learned pass reads them in a host article, not standing alone), an agent as subject
# ("Robbers struck on", "Thieves broke in on"), a bare noun ("Relegation, confirmed on"), "his striking off".
LEFT = [
    "Voters approved the bond measure on 3 November 2009. It passed on 8 November 2011 with 58 per "
    "cent of the vote.",
    "Her greatest win came at Wimbledon on 5 July 1980. That victory, a straight-sets defeat of Lena "
    "Ross on 7 July 1982, made her world number one.",
    "Troops fired on marchers in Derrybridge on 30 January 1972, killing 14. The Derrybridge "
    "shootings, on 14 March 1974, led to a public inquiry.",
    "The \"Harvest Riot\" broke out in Colby on 3 August 1911. The \"Harvest Riot\", which began on 17 "
    "August 1913, lasted three days.",
    "Shareholders approved the merger with Hilt on 3 July 2002. The vote, on 11 February 2004, was "
    "carried by 92 per cent.",
    "The two leaders met in Geneva on 19 November 1985. The meeting, on 3 December 1987, broke the "
    "ice between them.",
    "The ferry Star of Kell sank in a storm off Penmore on 4 April 1968. It was on 10 April 1970 that "
    "the ferry sank, the inquest was told.",
    "The ferry Star of Kell sank in a storm off Penmore on 4 April 1968. On 10 April 1970, the ferry "
    "sank with 51 people aboard.",
    "The Tarrow massacre took place on 2 May 1921. The killings, as they became known, happened on 9 "
    "May 1923.",
    "The Halden bank robbery took place on 8 August 1963. Robbers struck on 3 September 1965, "
    "escaping with 2 million pounds.",
    "The club was relegated on 2 May 1998 after losing at Bristol. Relegation, confirmed on 9 May "
    "2000, cost the manager his job.",
    "Dr Hale was struck off the medical register on 4 March 2009. His striking off, on 19 July 2011, "
    "followed a three-year hearing.",
    "The Halden gallery was burgled on 8 August 1994. Thieves broke in on 21 November 1996 and took "
    "four paintings.",
    "The ferry Star of Kell sank off Penmore on 4 April 1968. The events of 10 April 1970 still haunt "
    "the island.",
    "Morrow was jailed for six years on 8 December 2010. He was jailed on 15 March 2012 at Leeds "
    "Crown Court.",
    "The Carran hijacking ended on 3 March 1985. It ended on 9 June 1986 when commandos stormed the "
    "plane.",
    "Morrow was jailed for six years on 8 December 2010. He was jailed on 15 March 2012 at Leeds "
    "Crown Court.",
]


@pytest.mark.parametrize("text, expected", POSITIVES)
def test_positive_end_to_end(text: str, expected: str) -> None:
    assert expected in _restated(text)
    assert expected in _restated(text, None)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_silent(text: str) -> None:
    assert _conflicts(text) == []
    assert _conflicts(text, None) == []


def test_shifted_stems() -> None:
    assert "ratifi" in temporal._r25_noun_stems("ratification")
    assert "suspend" in temporal._r25_noun_stems("suspension")
    assert "convert" in temporal._r25_noun_stems("conversion")
    assert "introduc" in temporal._r25_noun_stems("introduction")
    # one decides or admits again, of another thing: no shift
    assert temporal._r31_shifted_stems("decision") == temporal._r31_shifted_stems("admission") == set()
    assert temporal._r31_shifted_stems("fire") == set()


@pytest.mark.parametrize("clause, other", [
    ("The inquiry into the capsizing opened on ", True),
    ("The anniversary of his abdication, on ", True),
    ("An inquiry into the sinking, on ", False),  # template writers read the date as the sinking's
    ("She first revealed the payments in a report published in ", False),
    ("Their golden wedding, on ", True),
    ("Its rival's collapse on ", True),
    ("Her successor's resignation, on ", True),
    ("The trial of the three men began in ", True),
    ("A year after the sinking, on ", True),
    ("Two weeks after the storm, in ", True),
    # the event's own date
    ("An inquiry into the capsizing on ", False),
    ("The inquiry into the fire, which started on ", False),
    ("The inquiry heard that the fire started on ", False),
    ("The inquest into the collision placed it on ", False),
    ("The report into the collision dates it to ", False),
    ("The 50th anniversary of the landing on ", False),
    ("His abdication, on ", False),
    ("Two weeks after the storm struck on ", False),
])
def test_other_event_clause(clause: str, other: bool) -> None:
    assert (temporal._R31_OTHER_EVENT.search(clause) is not None) is other


@pytest.mark.parametrize("clause, stage", [
    ("The merger was announced on ", "early"), ("The merger was completed on ", "late"),
    ("The referendum was called on ", "early"), ("The referendum was held on ", "late"),
    ("Shareholders who approved the takeover on ", None), ("Both sides had agreed the truce in ", None),
    ("It came into force on ", "late"), ("The fair was first held on ", "early"), ("It last took place on ", "late"),
    ("The ferry sank on ", None), ("The merger, announced after talks, collapsed on ", None),
])
def test_stage_clause(clause: str, stage: str | None) -> None:
    found = temporal._R31_STAGE.search(clause)
    assert (None if found is None else "early" if found.group("early") else "late") == stage
