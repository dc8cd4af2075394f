"""Round order27: order constructions of news English the order rules did not read, found with this round's own
sentences (none taken from a template set; the last group was written after reading blind46's order misses).

- "after" as an adverb with no object ("reopened soon after, in D2", "After that, in D2, ...", "After this, ..."):
  a sequence adverb like "afterwards"; the connective and scope rules no longer read such an "after" as the
  preposition of the set-off date ("soon after, in 2015" after a 2013 event was a false order conflict).
- A past participle clause opening the sentence, with its own date, then the main clause's subject and past verb
  and date ("Appointed manager in D1, he won the title in D2", "Weakened by the strike of D1, the firm was taken over
  in D2"): participles of an appointment or entry, a blow or harm, a gain, a marriage, a creation or a publication.
  Not an ending, a revival, a discovery, an accusation, a plan or a report; not a main verb of preparation, report
  or examination, nor a date on the main clause's object.
- The pluperfect of the next sentence with a possession of the thing just told ("The ship sank in D1. Its keel had
  been laid in D2") or a process noun ("Building/Construction/Work on the site had started in D2"); the pluperfect
  after a concession (", although/though/but building had started in D2") or ";" with a process noun.
- "only for ... to" after a comma, like "only to" ("signed for Leeds in D1, only for the club to go bust in D2").
- "for the first time since" orders the event before it after the one it governs ("reached the final in D1 for the
  first time since it won the cup in D2").
- A verb whose object is an earlier act it reviews, undoes or answers (overturned, upheld, quashed, repealed, revoked,
  rescinded, reversed, annulled, struck down, set aside, overruled, avenged, challenged, appealed against), the act
  dated by itself ("the 2010 ruling", "a ruling made by the High Court in D2", "the verdict of D2").
- A verb that ends, breaks or extends a run whose own relative clause tells its beginning ("The defeat on D1 ended a
  run of 20 unbeaten games that began on D2", "bringing to an end a strike that began in D2", "a conflict stretching
  back to D2").
- A consequence or an answer as the complement of "was/were" or in an appositive ("was a direct consequence of",
  "the result of", "a response to", "a legacy of", ", a direct response to the floods of D2"), and "was blamed on".
- A cause that forces, persuades, compels or allows someone to act, the act's own date after its infinitive ("The
  floods of D1 forced the council to raise taxes in D2"); not a date that premodifies the infinitive's object.
- "Due to" before a noun phrase (a cause, not "due to open"), opening the sentence; "because" before a clause in the
  past with no intention in it ("because the river flooded in D2"; not "because he wanted to run in D2").
- The subject's own step, dated, before the main clause: an appositive participle of making ("The song, recorded in
  D1, topped the charts in D2", "The photographs, taken by her father in D1, were exhibited in D2") or a restrictive
  relative of making with its own subject ("The company he founded in D1 was sold in D2", "The novel she wrote in D1
  won a prize in D2").  Not an appointment or a harm told as background ("Her husband, appointed in D1, joined the
  firm in D2"), not "taken over"; the main clause read as for the fronted participle.
- Main clauses that tell a career's earlier steps ("joined", "entered", "graduated", "served", "worked", "moved")
  are never read after a fronted participle ("Appointed chief executive in D1, Smith joined the bank in D2").
- Inside a clause: "as soon as" before a clause in the past, "on/upon (the) completion of", and "once" right after a
  date before a clause in the past ("reopened in D1 once repairs were finished in D2"; not "in 2011 once a week").
- More verbs of causing (set off, touched off, provoked, fuelled, brought about, precipitated, gave way to; "was the
  spark/trigger/cause of"), and an effect's roots or origins ("had its roots/origins in", "was rooted in", "can be
  traced to"); not an expectation for the governed date ("fuelled by fears for 2013").
- The next sentence opening with its subject and an intransitive "followed"/"ensued" and its date ("The pay freeze
  was imposed in D1. A strike ensued in D2."), after a sentence that ends with its date.
- A blow still felt, opening the sentence ("Still reeling from the floods of D1", "Recovering from a knee injury
  sustained in D1", "Smarting from defeat in the 2013 election"): the main clause comes after it.
- A verdict on a deed, then "of" and the dated deed ("convicted in D1 of a murder committed in D2", "found guilty
  in D1 of a fraud carried out in D2", "cleared in D1 of the robbery of D2"); not a plot ("convicted of plotting
  an attack in D2"), not a date premodifying the charge.

Read after blind46's order misses (phase 2; the sentences below are reworded, not the set's):
- An ordering verb's object may be a name when the verb is a causative whose act is checked ("forced Jones to cancel
  his trip in D2"), or a successor or forerunner with its own relative clause ("was the forerunner of Osprey Sports,
  which was incorporated in D2"); a caused event may be counted ("led to 300 job losses in D2"), not after "followed".
- The absolute "with" opening a sentence: a finished state and its date, then the main clause ("With the merger
  approved in D1, the bank closed 60 branches in D2", "With the war over in D1"); not "over by D1", not a plan.
- "finally" on the verb of a clause whose pronoun subject points back to the one just dated ("was drafted in D1; it
  was finally ratified in D2"), without a first step told.
- Lexicon: planning consent, the go-ahead, ground broken (permission before construction).
- The words of a name in an ordering verb's object do not count against its length ("paved the way for the creation
  of the New Forest National Park Authority in D2"), up to fourteen words in all.
- The fronted participle's main clause may open with a bare plural subject ("Hit by the floods of D1, farmers sold
  their land in D2") and "began/started" with a gerund ("divers began raising the cargo").

Positives are checked for their one conflict and the exact spans of both dates, with and without a publication date;
near-misses must raise no order conflict.
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
    ('Repairs were finished in 2013, and the bridge reopened soon after, in 2011.', ('2013', '2011')),
    ('Repairs were finished in 2013. Soon after, in 2011, the bridge reopened.', ('2013', '2011')),
    ('Repairs were finished in 2013. After that, in 2011, the bridge reopened.', ('2013', '2011')),
    ('The council published its report in May 2009. After this, in March 2009, the minister resigned.', ('May 2009', 'March 2009')),
    ('The plant was sold in 1998, and the staff were laid off shortly after, in 1996.', ('1998', '1996')),
    ('Weakened by the strike of 2013, the firm was taken over in 2011.', ('2013', '2011')),
    ('Hit by the floods of 2007, the brewery closed in 2004.', ('2007', '2004')),
    ('Battered by storms in the winter of 2013, the pier collapsed in 2011.', ('winter of 2013', '2011')),
    ('Devastated by the loss of his wife in 2013, he retired from politics in 2011.', ('2013', '2011')),
    ('Elected to parliament in 2013, she became a minister in 2011.', ('2013', '2011')),
    ('Appointed manager in 2013, he won the title in 2011.', ('2013', '2011')),
    ('Hired by the club in March 2015, she led it to promotion in May 2014.', ('March 2015', 'May 2014')),
    ('Signed from Leeds in 2013, he scored 20 goals in 2011.', ('2013', '2011')),
    ('Promoted to sergeant in 2013, she was decorated for bravery in 2011.', ('2013', '2011')),
    ('Diagnosed with cancer in 2013, she ran the London marathon in 2011.', ('2013', '2011')),
    ('Injured in a crash in 2013, he missed the whole season in 2011.', ('2013', '2011')),
    ('Married in June 2013, the couple divorced in May 2011.', ('June 2013', 'May 2011')),
    ('Launched in 2013, the magazine folded in 2011.', ('2013', '2011')),
    ('Published in 2013, the novel won the Booker Prize in 2011.', ('2013', '2011')),
    ('Appointed manager on 3 May 2013, Jones won his first game on 9 April 2013.', ('3 May 2013', '9 April 2013')),
    ('Elected mayor of Dunmore in 2012, Ruth Ellery resigned in 2010.', ('2012', '2010')),
    ('The ship sank in 1912. Its keel had been laid in 1915.', ('1912', '1915')),
    ('The hospital opened in 2005. Building had started in 2008.', ('2005', '2008')),
    ('The hospital opened in 2005. Work on the site had started in 2008.', ('2005', '2008')),
    ('The bank collapsed in 2008. Its shares had peaked in 2010.', ('2008', '2010')),
    ('The club won the league in 1990. Its manager had been appointed in 1993.', ('1990', '1993')),
    ('The hospital opened in 2005, although building had started in 2008.', ('2005', '2008')),
    ('The hospital opened in 2005, but construction had only started in 2008.', ('2005', '2008')),
    ('The museum reopened in 2012; restoration of the roof had begun in 2014.', ('2012', '2014')),
    ('The stadium opened in 2005, though work on the stands had begun in 2008.', ('2005', '2008')),
    ('He signed for Leeds in 2010, only for the club to go bust in 2008.', ('2010', '2008')),
    ('She moved to Paris in 2010, only for the war to break out in 2009.', ('2010', '2009')),
    ('The team reached the final in 2010 for the first time since it won the cup in 2012.', ('2010', '2012')),
    ('The firm reported a loss in 2010 for the first time since its flotation in 2012.', ('2010', '2012')),
    ('For the first time since the war of 1945, the party won a majority in 1940.', ('1945', '1940')),
    ('The appeal court in 2008 overturned a ruling made by the High Court in 2010.', ('2008', '2010')),
    ('In 2008 the appeal court overturned the 2010 ruling.', ('2008', '2010')),
    ('Parliament in 1995 repealed a law passed in 1998.', ('1995', '1998')),
    ('His victory in 2012 avenged a defeat suffered in the final of 2014.', ('2012', '2014')),
    ('In 2012 she avenged her 2014 defeat.', ('2012', '2014')),
    ('The appeal, heard in 2010, challenged a verdict reached in 2012.', ('2010', '2012')),
    ('In 2004 the Supreme Court upheld a decision taken by the lower court in 2006.', ('2004', '2006')),
    ('The council in 2001 rescinded an order issued in 2004.', ('2001', '2004')),
    ('In 2008 the judges quashed the verdict of 2010.', ('2008', '2010')),
    ('The defeat on 9 May 2012 ended a run of 20 unbeaten games that began on 3 June 2012.', ('9 May 2012', '3 June 2012')),
    ('The victory on 9 May 2012 extended a winning streak that began in June 2012.', ('9 May 2012', 'June 2012')),
    ('The mine closed in 2010, bringing to an end a strike that began in 2012.', ('2010', '2012')),
    ('The demolition of the tower in 1988 brought to an end a campaign that began in 1991.', ('1988', '1991')),
    ('The peace deal of 1998 ended a conflict stretching back to 2001.', ('1998', '2001')),
    ('The council raised taxes in 2011 - a response to the floods of 2013.', ('2011', '2013')),
    ('The council raised taxes in 2011, a direct response to the floods of 2013.', ('2011', '2013')),
    ('The tax rise of 2011 was a response to the floods of 2013.', ('2011', '2013')),
    ('The tax rise of 2011 was the result of the floods of 2013.', ('2011', '2013')),
    ('The tax rise of 2011 was a direct consequence of the floods of 2013.', ('2011', '2013')),
    ('The tax rise of 2011 was blamed on the floods of 2013.', ('2011', '2013')),
    ('The tax rise of 2011 was a legacy of the floods of 2013.', ('2011', '2013')),
    ('The floods of 2013 forced the council to raise taxes in 2011.', ('2013', '2011')),
    ('The floods of 2013 persuaded the council to raise taxes in 2011.', ('2013', '2011')),
    ('The recession of 2009 compelled the firm to cut 300 jobs in 2007.', ('2009', '2007')),
    ('Due to the floods of 2013, the council raised taxes in 2011.', ('2013', '2011')),
    ('The council raised taxes in 2011 because the river flooded in 2013.', ('2011', '2013')),
    ('The club moved to a new ground in 2004 because its stand had burned down in 2006.', ('2004', '2006')),
    ('The song, recorded in 2013, topped the charts in 2011.', ('2013', '2011')),
    ('The photographs, taken by her father in 2013, were exhibited in 2011.', ('2013', '2011')),
    ('The company he founded in 2013 was sold to a rival in 2011.', ('2013', '2011')),
    ('The novel she wrote in 2013 won a prize in 2011.', ('2013', '2011')),
    ('The stadium, built in 2013, hosted the cup final in 2011.', ('2013', '2011')),
    ('The charity she set up in 2013 collected a million pounds in 2011.', ('2013', '2011')),
    ('The ship, launched in March 2013, sank on its maiden voyage in May 2012.', ('March 2013', 'May 2012')),
    ('The bridge reopened in 2011 once repairs were finished in 2013.', ('2011', '2013')),
    ('The bridge reopened in 2011 as soon as repairs were finished in 2013.', ('2011', '2013')),
    ('The bridge reopened in 2011 on completion of repairs in 2013.', ('2011', '2013')),
    ('The school moved into its new building in 2011 upon the completion of the work in 2013.', ('2011', '2013')),
    ('The pay freeze of 2013 set off a strike in 2011.', ('2013', '2011')),
    ('The pay freeze of 2013 touched off a strike in 2011.', ('2013', '2011')),
    ('The pay freeze of 2013 provoked a strike in 2011.', ('2013', '2011')),
    ('The pay freeze of 2013 fuelled the strike of 2011.', ('2013', '2011')),
    ('The strike of 2011 was fuelled by the pay freeze of 2013.', ('2011', '2013')),
    ('The strike of 2011 has its roots in the pay freeze of 2013.', ('2011', '2013')),
    ('The strike of 2011 can be traced to the pay freeze of 2013.', ('2011', '2013')),
    ('The strike of 2011 had its origins in the pay freeze of 2013.', ('2011', '2013')),
    ('The strike of 2011 was rooted in the pay freeze of 2013.', ('2011', '2013')),
    ('The pay freeze of 2013 was the spark for the strike of 2011.', ('2013', '2011')),
    ('The pay freeze of 2013 was the cause of the strike of 2011.', ('2013', '2011')),
    ('The pay freeze of 2013 brought about the strike of 2011.', ('2013', '2011')),
    ('The pay freeze of 2013 gave way to a strike in 2011.', ('2013', '2011')),
    ('The pay freeze was imposed in 2013. A strike ensued in 2011.', ('2013', '2011')),
    ('The pay freeze was imposed in 2013. A long strike followed in 2011.', ('2013', '2011')),
    ('The pay freeze was imposed in May 2013. Protests soon followed in March 2013.', ('May 2013', 'March 2013')),
    ('Still reeling from the floods of 2013, the town was hit by a fire in 2011.', ('2013', '2011')),
    ('Recovering from a knee injury sustained in 2013, he missed the final in 2011.', ('2013', '2011')),
    ('Smarting from defeat in the 2013 election, the party changed its leader in 2011.', ('2013', '2011')),
    ('The storm of 2013 forced Jones to cancel his trip in 2011.', ('2013', '2011')),
    ('The collapse in 2008 caused two banks to fail in 2006.', ('2008', '2006')),
    ('The crash of 2008 led to 300 job losses in 2006.', ('2008', '2006')),
    ('The Harwell Rowing Club, founded in 1964, was the forerunner of Osprey Sports, which was incorporated in 1957.', ('1964', '1957')),
    ('The council granted consent for the tower in 2010 and ground was broken in 2008.', ('2010', '2008')),
    ('With the merger approved in 2011, the bank closed 60 branches in 2009.', ('2011', '2009')),
    ('With the war over in 1945, he returned home in 1943.', ('1945', '1943')),
    ('With the deal signed in May 2011, the firm hired 200 staff in March 2011.', ('May 2011', 'March 2011')),
    ('With the survey completed on 23 May 1994, divers began raising the cargo on 23 July 1992.', ('23 May 1994', '23 July 1992')),
    ('Hit by the floods of 2013, farmers sold their land in 2011.', ('2013', '2011')),
    ('The plan was drawn up in 2010, and it was finally approved in 2008.', ('2010', '2008')),
    ('The couple met in 2010 and they finally married in 2008.', ('2010', '2008')),
    ('The charter was drafted in 1968; it was finally ratified in 1960.', ('1968', '1960')),
    ('The report of 2009 paved the way for the creation of the New Forest National Park Authority in 2005.', ('2009', '2005')),
    ('The jury convicted him in 2010 of a murder committed in 2012.', ('2010', '2012')),
    ('She was found guilty in March 2010 of a fraud carried out in May 2011.', ('March 2010', 'May 2011')),
    ('He was cleared in 2010 of the robbery of 2012.', ('2010', '2012')),
]

NEAR_MISSES = [
    'Repairs were finished in 2013, and the bridge reopened soon after, in 2015.',
    'Repairs were finished in 2013. Soon after, in 2015, the bridge reopened.',
    'Repairs were finished in 2013. After the war, in 2011, the bridge reopened.',
    'The bridge reopened in 2011 after, in 2009, repairs were finished.',
    'Appointed manager in 2011, he won the title in 2013.',
    'Closed in 2013, the mine employed 500 people in 2011.',
    'Revived in 2013, the festival began in 1900.',
    'Opened in 2013, the bridge was built in 2011.',
    'Released in 2013, the album was recorded in 2011.',
    'Asked in 2013 about the fire, he recalled the night in 2011.',
    'Elected in 2013, she had served as a councillor in 2011.',
    'Appointed in 2013, he was manager of the reserves in 2011.',
    'Elected in 2013, she was first elected to the council in 2011.',
    'Founded in 2013, the firm was formed from a merger in 2011.',
    'Hit by the 2013 floods, the firm in 2011 had moved its plant.',
    'Published in 2013, the report described the riots in 2011.',
    'Published in 2013, the report examined the riots in 2011.',
    'Published in 2013, the study followed 500 patients treated in 2011.',
    'Launched in 2013, the inquiry looked into deaths in 2011.',
    'Elected in 2013, the mayor inherited a deficit run up in 2011.',
    'Elected in 2013, he was to serve until 2011.',
    'Charged in 2013, he was accused of killing his wife in 2011.',
    'Found in 2013, the wreck sank in 1912.',
    'Discovered in 2013, the fossil was buried in a flood in 1912.',
    'Sold in 2013, the house was bought by the family in 1990.',
    'Scheduled for 2013, the vote took place in 2011.',
    'Compared with 2013, sales in 2011 were high.',
    'Renamed in 2013, the club won the cup in 1990.',
    'Injured in a crash in 2013, he will miss the season in 2014 and played in 2011.',
    'In 2013, elected to the board, he recalled his time in 2011.',
    'Appointed by the council in 2013, Jones said the scheme had failed in 2011.',
    'The ship sank in 1912. Its keel had been laid in 1909.',
    'The bank collapsed in 2008. Its shares had been expected to rise in 2010.',
    'The bank collapsed in 2008. Its shares had to be sold in 2010.',
    'The bank collapsed in 2008. Trading had been suspended by 2010.',
    'The bank collapsed in 2008. Its rivals, which had merged in 2010, survived.',
    'Nils Orr succeeded Tam Reyes as harbour master in 1984. His father had been appointed to the post in 1988.',
    'The hospital opened in 2005, although building had started in 2001.',
    'The hospital opened in 2005, but the wing had been planned in 2008.',
    'The hospital opened in 2005, although it had been due to open in 2008.',
    'He joined the club in 2005, although he had hoped to sign in 2008.',
    'The hospital will open in 2005, although building had started in 2008.',
    'He signed for Leeds in 2010, only for the club to go bust in 2012.',
    'He signed for Leeds in 2010 only for the money, and left in 2008.',
    'The firm bid for the contract in 2010, only for 2008 rules to block it.',
    'The firm reported a loss in 2010 for the first time since its flotation in 2008.',
    'In 2008 the appeal court overturned a ruling made by the High Court in 2006.',
    'In 2008 the court upheld a ban on the 2012 Games.',
    'In 2008 the court upheld the ban, which runs until 2012.',
    'In 2008 the court overturned his conviction and ordered a retrial in 2010.',
    'In 2008 the court struck down a law due to take effect in 2010.',
    'In 2008 ministers reversed plans to close the school in 2010.',
    'In 2008 the board challenged the council to act by 2010.',
    'In 2008 the club appealed against the ban imposed in 2006.',
    'In 2008 the club appealed against a ban that will last until 2010.',
    'In 2008 the court upheld a ban imposed for the 2010 season.',
    'In 2008 the court upheld a ban imposed by the league until 2010.',
    'In 2008 the court upheld a ruling that the 2010 election was void.',
    'In 2008 the team avenged its defeat in the final by winning the 2010 cup.',
    'In 2008 she challenged the champion to a rematch in 2010.',
    'The 2010 ruling was upheld by the appeal court in 2012.',
    'The defeat on 9 May 2012 ended a run of 20 unbeaten games that began on 3 June 2011.',
    'The strike of 2012 ended a dispute that began in 2010 and lasted until 2014.',
    'The vote in 2012 ended a debate that will begin again in 2014.',
    'The firm broke a record in 2012 that had stood since 2014.',
    'The storm in 2012 ended a dry spell; a new one began in 2014.',
    'The ruling in 2012 ended the case, and a new trial began in 2014.',
    'The tax rise of 2011 was the result of the floods of 2009.',
    'The floods of 2013 forced the council to revise its 2011 budget.',
    'The floods of 2013 forced the council to close a bridge built in 2011.',
    'The floods of 2009 forced the council to raise taxes in 2011.',
    'The floods of 2013 forced the council to admit it had raised taxes in 2011.',
    'The council raised taxes in 2011 because it expects floods in 2013.',
    'The council raised taxes in 2011 because the law requires a balanced budget in 2013.',
    'He resigned in 2011 because he wanted to run for mayor in 2013.',
    'He resigned in 2011 because he was standing for mayor in 2013.',
    'He resigned in 2011 because he planned to run in 2013.',
    'The school, due to open in 2011, was built in 2013.',
    'The council raised taxes in 2011 and was due to raise them again in 2013.',
    'The firm hired 50 staff in 2011 due to the expected demand in 2013.',
    'The tax rise of 2011 was a response to forecasts for 2013.',
    'The result of the 2013 vote was a shock; turnout in 2011 was higher.',
    'The council raised taxes in 2011, a response to the floods that will be repaired in 2013.',
    'The tax rise was the result of a vote in 2013 and took effect in 2011.',
    'The success of 2011 encouraged the firm to expand in 2013.',
    'The 2013 floods were blamed by the council for damage in 2011 that was never repaired.',
    'The bridge, opened in 2013, carried 10,000 cars a day by 2011.',
    'The album, released in 2013, was recorded in 2011.',
    'The report, published in 2013, examined the riots in 2011.',
    'The company he founded in 2013 bought a firm set up in 2011.',
    'The house he built in 2013 stood on land his father bought in 2011.',
    'The mine, closed in 2013, employed 500 people in 2011.',
    'The firm, taken over in 2013, made a loss in 2011.',
    'The novel she wrote in 2013 was set in 2011.',
    'The photographs, taken in 2013, showed the flood of 2011.',
    'Her husband, appointed in 2013, joined the firm in 2011 as a trainee.',
    'Appointed chief executive in 2013, Smith joined the bank in 1990.',
    'Elected in 2013, she entered politics in 2011.',
    'The house he bought in 2013 was built in 2011.',
    'The song, recorded in 2013, will top the charts in 2011, its label said.',
    'The stadium, built in 2013, hosted the cup final in 2015.',
    'The bridge reopened in 2011 once repairs were finished in 2009.',
    'He played for Leeds in 2011 once, in a cup tie, and in 2013 for Hull.',
    'The hall, used in 2011 once a week by the choir, was sold in 2013.',
    'The bridge reopened in 2011, as soon as the council approves, in 2013.',
    'The bridge will reopen in 2011 as soon as repairs are finished in 2013.',
    'The firm will be paid in 2011 on completion of the work, due in 2013.',
    'The house, once owned in 2011 by a banker, was sold in 2009.',
    'The pay freeze of 2009 set off a strike in 2011.',
    'The strike of 2011 had its roots in the pay freeze of 2009.',
    'The family of 2013 set off on a holiday in 2011.',
    'In 2013 the club set off for a tour that began in 2011.',
    'The strike of 2011 was fuelled by fears for 2013.',
    'The strike in 2013 fuelled fears for the 2011 accounts.',
    'The strike of 2013 contributed to a loss in the 2011 accounts.',
    'The firm in 2013 contributed to the 2011 fund.',
    'The fire of 2013 was the cause, not the floods of 2011.',
    'The family traced its roots in 2013 to a village it left in 2011.',
    'The strike of 2011 can be traced to a pay deal due to end in 2013.',
    'The tax rise of 2011 was a response to forecasts for 2013.',
    'The pay freeze was imposed in 2013. A strike ensued in 2015.',
    'The pay freeze was imposed in 2013 by the board. A strike ensued in 2011.',
    'The pay freeze had been imposed in 2013. A strike followed in 2011.',
    'The pay freeze was imposed in 2013. Talks will follow in 2011.',
    'The pay freeze was imposed in 2013. Protests followed in 2015, and a strike in 2014.',
    'Prices peaked in 2008 and again in 2014. Protests followed in 2010.',
    'Still reeling from the floods of 2013, the town was hit by a fire in 2015.',
    'He was recovering from surgery in 2013 and played again in 2011.',
    'The storm of 2013 forced Jones to cancel his trip in 2015.',
    'The 2010 study followed 500 patients in 2008.',
    'The club, founded in 1964, was the forerunner of Leeds United, which plays in 1957 colours.',
    'With the war over by 1945, he returned home in 1943.',
    'With the merger approved in 2011, the bank closed 60 branches in 2013.',
    'With the merger expected in 2011, the bank closed 60 branches in 2009.',
    'With the election over in 2011, she recalled the campaign of 2009.',
    'With inflation at 5% in 2011, the bank raised rates in 2009.',
    'With the merger approved in 2011, the bank had closed 60 branches in 2009.',
    'Revived in 2013, the festival began in 1900.',
    'The first flight took off in 1990 and finally, in 1985, the airport got a new runway.',
    'The plan was drawn up in 2010; it was finally approved in 2012.',
    'The plan was drawn up in 2010; finally, in 2008, the council met.',
    'The report of 2009 paved the way for the creation of the New Forest National Park Authority in 2015.',
    'He was convicted in 2010 of a murder committed in 2008.',
    'He was convicted in 2010 of plotting an attack in 2012.',
    'He was convicted in 2010 of conspiracy to cause explosions in 2012.',
    'He was cleared in 2010 of the 2012 charges.',
    'He was convicted in 2010 of two murders, and jailed in 2012.',
    'He was cleared in 2010 of wrongdoing, a report in 2012 said.',
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "parts"), POSITIVES)
def test_positive(text: str, parts: tuple[str, ...], published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("order_violation", tuple(_span(text, part) for part in parts))]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss(text: str, published: datetime.date | None) -> None:
    assert not [kind for kind, _ in _conflicts(text, published) if kind == "order_violation"]
