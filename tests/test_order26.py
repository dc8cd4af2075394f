"""Round order26: order markers and sentence shapes of news English the order rules did not read.

- A participle of a reaction to a stimulus opening the sentence ("Encouraged by strong sales in D1, the company
  opened a second factory in D2"; inspired, alarmed, galvanised, stung, spurred on, angered, motivated, chastened,
  heartened, shaken, rattled, spooked, outraged, appalled, energised by): the main clause comes after the stimulus.
  Read only when it opens the sentence.
- A cause credited or a springboard exploited, opening the sentence ("Thanks to a grant awarded in D1, ...", "In (the)
  light of the 2010 report", "Capitalising on", "Building on the success of", "Riding high after/on", "Taking
  advantage of", "Following hot/hard/close on the heels of").
- "Straight/Right/Directly after" opening a sentence, as "Shortly/Soon after"; "In the months that followed/preceded
  X D1, ... D2".
- "finally" / "at last" after a first step told as such ("was first proposed in D1 and finally opened in D2",
  "originally planned", "initially rejected"); the plan word of the first step is a past event, not a frame.
  Never "Finally," opening a sentence (it closes a list).
- An origin dated "at the end/start/beginning/close/turn of" a year ("was formed at the end of 1960, and won its
  first seat in D2").
- The restrictive relative clause of a caused event with the verb of its happening ("sparked a wave of protests that
  spread to the capital in D2", "prompted a strike that began on D2"); not the pluperfect, not reporting verbs.
- A thing built, completed, opened, launched, created or inaugurated (passive, or intransitive with no object) before
  "its/their first/maiden/inaugural ..." in the coordinated clause ("The stadium was built in D1 and hosted its first
  match in D2"); not "opened its season".
- A response to a deed, then "for" and the dated deed ("The firm was fined in D1 for a leak that happened in D2",
  "She apologised in D1 for remarks she made in D2", "was decorated in D1 for bravery during the fire of D2"): the
  deed comes first.  Not a span or a plan after "for" ("banned for the 2012 season", "criticised for plans to host
  the 2012 Games"), nor a date premodifying a noun ("praised for her work on the 2012 bid").
- "the first ... since X" dates its event after X: an appositive after the event's date ("It opened in 2008, the
  first new hospital since 2010"; "won the title in 2010, her first since 2012"), an appositive on the subject before
  the main clause ("The strike, the first since the dispute of 1990, began in 1985"), or the complement of
  "was/were/is/became" after a dated subject ("The 2010 vote was the first since the 2012 referendum").  Not in a
  future frame or a reported sentence.
- Lexicon: an office won ("won the presidency/governorship/mayoralty") before the inauguration; joining before being
  made or named captain or partner; a strike ballot before the walkout or stoppage; a find (unearthed, dug up, found
  by, discovered) before it goes on display or is sold at auction; a pilot before the roll-out; and chains of the
  world probed with this round's own sentences: planning permission before construction, a lawsuit filed before it
  is settled, put up for sale before sold, a contract or lease signed before it expires, war declared before the
  armistice, a building condemned or mothballed after it opened, a bomb found before it is defused, a crash before
  its wreckage, capture before release or rescue, privatisation before renationalisation, a band formed before it
  splits up, a book published before it is adapted, a statue erected before it is toppled, a ban or curfew imposed
  before it is lifted, a loan taken out before it is repaid, a drug approved before it is withdrawn, a product
  unveiled or launched before it goes on sale or is discontinued, a programme commissioned before it airs and is
  cancelled, a call-up before the first cap, an appeal lodged before it is decided, a plea after the charge, a
  warrant before the arrest, people trapped before they are rescued, a work commissioned or painted before it is
  unveiled or exhibited, an invasion before the withdrawal, an occupation before the liberation, a siege before the
  surrender, a kick-off before the match is abandoned, a jury retiring before its verdict, a revolt breaking out
  before it is crushed, a strike before it is called off.

Positives are checked for their one conflict and the exact spans of both dates, with and without a publication date;
near-misses must raise no conflict at all.  Every sentence is this round's own wording, none from a template set.
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
    ('Encouraged by strong sales in 2009, the company opened a second factory in 2007.', ('2009', '2007')),
    ('Inspired by a visit to Paris in 1998, she founded the gallery in 1995.', ('1998', '1995')),
    ('Prompted by a spate of burglaries in 2011, residents set up a neighbourhood watch in 2009.', ('2011', '2009')),
    ('Alarmed by the floods of 2007, the council built a new sea wall in 2004.', ('2007', '2004')),
    ('Galvanised by the defeat of 1997, the party rewrote its constitution in 1994.', ('1997', '1994')),
    ('Spurred on by a rival bid in 2014, the firm raised its offer in 2012.', ('2014', '2012')),
    ('Angered by the closure of the mine in 1985, miners marched on the capital in 1983.', ('1985', '1983')),
    ('The bridge was first proposed in 1998 and finally opened in 1995.', ('1998', '1995')),
    ('The scheme was first mooted in 2004 and ultimately abandoned in 2001.', ('2004', '2001')),
    ('The law was first drafted in 1990 and at last passed in 1987.', ('1990', '1987')),
    ('The road was first planned in 1960 and was finally completed in 1957.', ('1960', '1957')),
    ('The party was formed in 1960 and won its first seat on the council in 1952.', ('1960', '1952')),
    ('The band was founded in 2001 and released its debut album in 1999.', ('2001', '1999')),
    ('The charity was set up in 1985 and opened its first shop in 1983.', ('1985', '1983')),
    ('The club was established in 1890, and won its first trophy in 1885.', ('1890', '1885')),
    ('The closure of the works in 2009 sparked a wave of protests that spread to the capital in 2005.', ('2009', '2005')),
    ('The killing in 1914 led to a war that broke out in 1912.', ('1914', '1912')),
    ('She won the presidency in May 2010 and was inaugurated in March 2001.', ('May 2010', 'March 2001')),
    ('He won the election in November 2008 and was sworn in in January 2005.', ('November 2008', 'January 2005')),
    ('Union members backed strike action in March 2011, and the walkout began in January 2010.', ('March 2011', 'January 2010')),
    ('The coin hoard, found by a metal detectorist in 2010, went on display at the museum in 1999.', ('2010', '1999')),
    ('The painting, discovered in an attic in 2005, was sold at auction in 2001.', ('2005', '2001')),
    ('He joined the club as a trainee in 2011 and was made captain in 2005.', ('2011', '2005')),
    ('She joined the firm as a clerk in 1990 and was promoted to partner in 1985.', ('1990', '1985')),
    ('Straight after leaving university in 1997, he joined the bank in 1994.', ('1997', '1994')),
    ('Shortly after winning the title in 2012, she retired in 2010.', ('2012', '2010')),
    ('Immediately after the vote in 2016, the prime minister resigned in 2014.', ('2016', '2014')),
    ('Soon after his arrival in 1990, he was appointed editor in 1988.', ('1990', '1988')),
    ('Police first arrested him on 3 May 2011 and finally charged him on 6 June 2010.', ('3 May 2011', '6 June 2010')),
    ('The tunnel was originally planned in 1975 and finally built in 1969.', ('1975', '1969')),
    ('The killing of the envoy in 1914 sparked a crisis that engulfed the region in 1912.', ('1914', '1912')),
    ('The 2007 ruling prompted a strike that began on 3 March 2005.', ('2007', '3 March 2005')),
    ('Two years after its launch in 2010, the magazine folded in 2009.', ('2010', '2009')),
    ('The treaty, first drafted in 1990, was finally signed in 1987.', ('1990', '1987')),
    ('Having won the seat in 2005, she lost it in 2001.', ('2005', '2001')),
    ('After graduating in 1990, he went to work for the bank in 1988.', ('1990', '1988')),
    ('It was only in 2004, long after the 2009 merger, that the name changed.', ('2004', '2009')),
    ('The museum, which opened in 1990, was closed for repairs in 1985.', ('1990', '1985')),
    ('She was first elected to parliament in 1997 and finally retired from politics in 1992.', ('1997', '1992')),
    ('Construction began in 1980 and was completed in 1975.', ('1980', '1975')),
    ('The scheme was piloted in 2010 and rolled out nationwide in 2008.', ('2010', '2008')),
    ('First announced in 2014, the phone finally went on sale in 2012.', ('2014', '2012')),
    ('Initially rejected by voters in 2006, the measure was at last approved in 2004.', ('2006', '2004')),
    ('The strike was called off in March 2012, weeks after it began in June 2012.', ('March 2012', 'June 2012')),
    ('Workers at the plant balloted for strike action in May 2010 and walked out in April 2010.', ('May 2010', 'April 2010')),
    ('The fossil, dug up in a quarry in 1998, was put on display in 1995.', ('1998', '1995')),
    ('Less than a month after the vote in May 2010, he resigned in April 2010.', ('May 2010', 'April 2010')),
    ('Just weeks after her wedding in June 2005, she filed for divorce in March 2005.', ('June 2005', 'March 2005')),
    ('Thanks to a grant awarded in 2010, the museum reopened in 2008.', ('2010', '2008')),
    ('On leaving school in 1990, he joined the army in 1988.', ('1990', '1988')),
    ('On taking office in January 2009, the president signed the order in December 2008.', ('January 2009', 'December 2008')),
    ('Smith, who had retired in 2010, returned to the stage in 2008.', ('2010', '2008')),
    ('By the time the ship docked in 1920, the war had ended in 1925.', ('1920', '1925')),
    ('Only then, in 1990, did the government act on the report of 1995.', ('1990', '1995')),
    ('In the months that followed the crash of 2008, banks cut lending in 2006.', ('2008', '2006')),
    ('As soon as the results were announced on 3 May 2010, she conceded on 2 May 2010.', ('3 May 2010', '2 May 2010')),
    ('The day after the election of 4 May 2010, the leader resigned on 3 May 2010.', ('4 May 2010', '3 May 2010')),
    ('Having been diagnosed in 2010, she set up the charity in 2008.', ('2010', '2008')),
    ('No sooner had the dam been completed in 1960 than the valley was flooded in 1955.', ('1960', '1955')),
    ('In the weeks that preceded the vote of June 2016, the polls narrowed in July 2016.', ('June 2016', 'July 2016')),
    ('Capitalising on the housing boom of 2012, the firm expanded into Spain in 2010.', ('2012', '2010')),
    ('Riding high after the cup win of 2014, the club signed three players in 2012.', ('2014', '2012')),
    ('Off the back of a record harvest in 1990, farmers bought new tractors in 1988.', ('1990', '1988')),
    ('A decade on from the floods of 2007, the town finished its defences in 2005.', ('2007', '2005')),
    ('Months after the attack of June 2015, the cafe reopened in March 2015.', ('June 2015', 'March 2015')),
    ('Taking advantage of the ceasefire in 2003, refugees returned home in 2001.', ('2003', '2001')),
    ('Having earlier lost the seat in 2010, she won it back in 2008.', ('2010', '2008')),
    ('Shortly before the vote on 3 May 2010, the minister resigned on 5 May 2010.', ('3 May 2010', '5 May 2010')),
    ('On the back of the sale in 2005, the firm bought a rival in 2003.', ('2005', '2003')),
    ('The senator was nominated in March 2010 and confirmed by the Senate in January 2010.', ('March 2010', 'January 2010')),
    ('The bill was introduced in parliament in 2012 and signed into law in 2010.', ('2012', '2010')),
    ('Planning permission was granted in 2011 and construction began in 2009.', ('2011', '2009')),
    ('The lawsuit was filed in 2014 and settled out of court in 2012.', ('2014', '2012')),
    ('The businessman was kidnapped in May 2010 and freed in April 2010.', ('May 2010', 'April 2010')),
    ('War was declared in 1914 and the armistice was signed in 1912.', ('1914', '1912')),
    ('The house was put up for sale in 2015 and sold in 2013.', ('2015', '2013')),
    ('The patent was filed in 2010 and granted in 2008.', ('2010', '2008')),
    ('The contract was signed in 2012 and expired in 2010.', ('2012', '2010')),
    ('The mayor was hired in 2010 and fired in 2008.', ('2010', '2008')),
    ('The storm made landfall in 2010 and dissipated in 2008.', ('2010', '2008')),
    ('The jet took off in 2010 and landed in 2008.', ('2010', '2008')),
    ('She auditioned for the part in 2010 and was cast in 2008.', ('2010', '2008')),
    ('The stadium was opened in 2010 and demolished in 2008.', ('2010', '2008')),
    ('The building was condemned in 2010 and demolished in 2008.', ('2010', '2008')),
    ('The factory was mothballed in 2010 and reopened in 2008.', ('2010', '2008')),
    ('The road was closed in 2010 and reopened in 2008.', ('2010', '2008')),
    ('The minister was suspended in 2010 and reinstated in 2008.', ('2010', '2008')),
    ('The player was injured in 2010 and returned to action in 2008.', ('2010', '2008')),
    ('The mine was discovered in 2010 and defused in 2008.', ('2010', '2008')),
    ('The fire broke out in 2010 and was extinguished in 2008.', ('2010', '2008')),
    ('The plane crashed in 2010 and the wreckage was found in 2008.', ('2010', '2008')),
    ('The climber went missing in 2010 and his body was found in 2008.', ('2010', '2008')),
    ('The boy was abducted in 2010 and rescued in 2008.', ('2010', '2008')),
    ('The soldier was captured in 2010 and released in 2008.', ('2010', '2008')),
    ('The law was passed in 2010 and repealed in 2008.', ('2010', '2008')),
    ('The law was enacted in 2010 and struck down in 2008.', ('2010', '2008')),
    ('The company was privatised in 2010 and renationalised in 2008.', ('2010', '2008')),
    ('The treaty was signed in 2010 and ratified in 2008.', ('2010', '2008')),
    ('The band formed in 2010 and split up in 2008.', ('2010', '2008')),
    ('The couple married in 2010 and divorced in 2008.', ('2010', '2008')),
    ('The station was commissioned in 2010 and decommissioned in 2008.', ('2010', '2008')),
    ('The album was recorded in 2010 and released in 2008.', ('2010', '2008')),
    ('The book was written in 2010 and published in 2008.', ('2010', '2008')),
    ('The novel was published in 2010 and adapted for television in 2008.', ('2010', '2008')),
    ('The suspect was charged in 2010 and acquitted in 2008.', ('2010', '2008')),
    ('The coach was appointed in 2010 and sacked in 2008.', ('2010', '2008')),
    ('The strike began in 2010 and ended in 2008.', ('2010', '2008')),
    ('The statue was unveiled in 2010 and toppled in 2008.', ('2010', '2008')),
    ('The church was consecrated in 2010 and deconsecrated in 2008.', ('2010', '2008')),
    ('The embassy was opened in 2010 and closed in 2008.', ('2010', '2008')),
    ('The sanctions were imposed in 2010 and lifted in 2008.', ('2010', '2008')),
    ('The ban was imposed in 2010 and lifted in 2008.', ('2010', '2008')),
    ('The state of emergency was declared in 2010 and lifted in 2008.', ('2010', '2008')),
    ('The curfew was imposed in 2010 and lifted in 2008.', ('2010', '2008')),
    ('The loan was taken out in 2010 and repaid in 2008.', ('2010', '2008')),
    ('The drug was approved in 2010 and withdrawn from the market in 2008.', ('2010', '2008')),
    ('The product was launched in 2010 and discontinued in 2008.', ('2010', '2008')),
    ('The car was unveiled in 2010 and went on sale in 2008.', ('2010', '2008')),
    ('The show was commissioned in 2010 and first aired in 2008.', ('2010', '2008')),
    ('The show premiered in 2010 and was cancelled in 2008.', ('2010', '2008')),
    ('The series was cancelled in 2010 and revived in 2008.', ('2010', '2008')),
    ('She was called up to the squad in 2010 and won her first cap in 2008.', ('2010', '2008')),
    ('She retired in 2005, having first won the title in 2008.', ('2005', '2008')),
    ('The 2010 vote was the first since the 2012 referendum.', ('2010', '2012')),
    ('The match in 2008 was the last before the stadium was rebuilt in 2006.', ('2008', '2006')),
    ('Her first novel appeared in 2008 and her second in 2005.', ('2008', '2005')),
    ('The ship docked in 1920, by which time the war had ended in 1925.', ('1920', '1925')),
    ('She won in May 2010; later that year, in March 2010, she retired.', ('May 2010', 'March 2010')),
    ('The strike, the first since the dispute of 1990, began in 1985.', ('1990', '1985')),
    ('The bridge, the first to be built since the war ended in 1945, opened in 1940.', ('1945', '1940')),
    ('The first case was confirmed on 3 May 2010; the second followed on 1 May 2010.', ('3 May 2010', '1 May 2010')),
    ('It opened in 2008, the first new hospital since 2010.', ('2008', 'since 2010')),
    ('Her win in 2009 was the first since the 2011 final.', ('2009', '2011')),
    ('She won the title in 2010, her first since 2012.', ('2010', 'since 2012')),
    ('He lodged an appeal in 2010 and the appeal was dismissed in 2008.', ('2010', '2008')),
    ('He was charged in 2010 and pleaded guilty in 2008.', ('2010', '2008')),
    ('A warrant was issued in 2010 and he was arrested in 2008.', ('2010', '2008')),
    ('The miners were trapped in 2010 and rescued in 2008.', ('2010', '2008')),
    ('He contracted the virus in 2010 and died in 2008.', ('2010', '2008')),
    ('The mural was commissioned in 2010 and unveiled in 2008.', ('2010', '2008')),
    ('The portrait was painted in 2010 and exhibited in 2008.', ('2010', '2008')),
    ('The army invaded in 2010 and withdrew in 2008.', ('2010', '2008')),
    ('The city was occupied in 2010 and liberated in 2008.', ('2010', '2008')),
    ('The company was founded in 2010 and acquired a rival in 2008.', ('2010', '2008')),
    ('The company was founded in 2010 and was bought by a rival in 2008.', ('2010', '2008')),
    ('The bill was introduced in 2010 and passed in 2008.', ('2010', '2008')),
    ('The law was passed in 2010 and repealed in 2008.', ('2010', '2008')),
    ('The rebels laid siege to the town in 2010 and it surrendered in 2008.', ('2010', '2008')),
    ('The match kicked off in 2010 and was abandoned in 2008.', ('2010', '2008')),
    ('The takeover bid was launched in 2010 and completed in 2008.', ('2010', '2008')),
    ('The firm went into administration in 2010 and was bought out of administration in 2008.', ('2010', '2008')),
    ('He was extradited in 2010 and stood trial in 2008.', ('2010', '2008')),
    ('The jury retired in 2010 and returned a verdict in 2008.', ('2010', '2008')),
    ('The suspect was arrested in 2010 and released on bail in 2008.', ('2010', '2008')),
    ('The fugitive escaped in 2010 and was recaptured in 2008.', ('2010', '2008')),
    ('The treaty was negotiated in 2010 and signed in 2008.', ('2010', '2008')),
    ('The stadium was built in 2010 and hosted its first match in 2008.', ('2010', '2008')),
    ('The hospital was built in 2010 and treated its first patient in 2008.', ('2010', '2008')),
    ('The ship was launched in 2010 and made her maiden voyage in 2008.', ('2010', '2008')),
    ('He took office in 2010 and was impeached in 2008.', ('2010', '2008')),
    ('The rebellion broke out in 2010 and was crushed in 2008.', ('2010', '2008')),
    ('The inquiry was set up in 2010 and published its report in 2008.', ('2010', '2008')),
    ('The stadium was built in 2010 and hosted its first match in 2008.', ('2010', '2008')),
    ('The hospital opened in 2010 and treated its first patient in 2008.', ('2010', '2008')),
    ('The ship was launched in 1912 and made its maiden voyage in 1911.', ('1912', '1911')),
    ('The theatre was completed in 1905 and staged its first play in 1903.', ('1905', '1903')),
    ('The new line opened in 2012 and carried its first passengers in 2010.', ('2012', '2010')),
    ('The museum was inaugurated in 1990 and welcomed its first visitors in 1988.', ('1990', '1988')),
    ('Weeks after the flood of May 2010, the town held an inquiry in April 2010.', ('May 2010', 'April 2010')),
    ('In the aftermath of the 2010 riots, police set up a unit in 2008.', ('2010', '2008')),
    ('The vote of 2010 came a year after the referendum of 2011.', ('2010', '2011')),
    ('The reforms of 2010, which followed the crisis of 2012, were welcomed.', ('2010', '2012')),
    ('The law, passed in the wake of the 2012 scandal, took effect in 2010.', ('2012', '2010')),
    ('The firm was fined in 2010 for a leak that happened in 2012.', ('2010', '2012')),
    ('She was jailed in 2010 for a robbery committed in 2012.', ('2010', '2012')),
    ('He was honoured in 2010 for his role in the rescue of 2012.', ('2010', '2012')),
    ('She apologised in 2010 for remarks she made in 2012.', ('2010', '2012')),
]

NEAR_MISSES = [
    'Encouraged by her parents, she trained as a nurse in 2001 and qualified in 2004.',
    'Inspired by a 1960s design, the car went on sale in 2012.',
    'Alarmed by reports published in 2009 about the floods of 2007, the council acted.',
    'The bridge was first proposed in 1998 and finally opened in 2005.',
    'The bridge finally opened in 2005; it was first proposed in 1998.',
    'The party was formed in 1960 and won its first seat on the council in 1965.',
    'The party, formed in 1960 from a group that had won its first seat in 1952, grew fast.',
    'The closure of the works in 2009 sparked protests, and a strike that began in 2005 was extended.',
    'He joined the club as a trainee in 2011 and was made captain in 2015.',
    'In 2015, the club finally won the cup it had lost in 2010.',
    'The report was published in 2012. Finally, in 2010, the council had approved the plan.',
    'He first won the title in 2010 and finally retired in 2016.',
    'Police first arrested him on 3 May 2011 and finally charged him on 6 June 2011.',
    'The first mine opened in 1990; the last one finally closed in 2012.',
    'Encouraged by forecasts of growth in 2018, the firm hired 200 staff in 2016.',
    'Alarmed by warnings that the river could flood by 2030, the council built a wall in 2015.',
    'Inspired by the 2012 Olympics, she took up rowing in 2013.',
    'Stung by criticism, the council in 2009 reversed its 2011 budget plans.',
    'The bridge was first proposed in 1998 and will finally open in 1995.',
    'The line, first planned in 1990, would finally open in 2019 if funds allowed, not in 1985.',
    'The 2009 crash sparked a debate about a slump that had begun in 2005.',
    'The closure of the works in 2009 sparked a wave of protests that spread to the capital in 2010.',
    'The 2009 crash sparked fears of a slump like the one that began in 1929.',
    'She won the presidency in May 2010 and was inaugurated in January 2011.',
    'The hoard, unearthed in 2010, went on display in 2012.',
    'The exhibition went on display in 1999 and the hoard was discovered in 2010 by a farmer.',
    'He was made captain in 2005 and joined the coaching staff in 2011.',
    'Fans walked out in protest in 2015; the union had voted to strike in 2012.',
    'The fossil, dug up in a quarry in 1998, was put on display in 2001.',
    'First announced in 2014, the phone went on sale in 2016.',
    'Buoyed by the news, shares rose in 2015 after falling in 2014.',
    'Inspired by the 1966 World Cup team, the club was founded in 1970.',
    'Encouraged by her success, she published a second novel in 2005, a year after her debut in 2004.',
    'On a visit to Paris in 1990, he met the woman he married in 1992.',
    'Thanks to a grant due in 2018, the museum will reopen in 2017.',
    'Barely a year after its launch in 2010, the magazine folded in 2011.',
    'In the weeks that followed, the crash of 2008 hit banks in 2009.',
    'Thanks to her coach, she won gold in 2012 and silver in 2008.',
    'In light of this, the council changed its policy in 2008 after a report in 2007.',
    'The museum reopened in 2008, thanks to a grant awarded in 2010 for repairs still to be carried out.',
    'Barely a year after, in 2010, the magazine folded; it had been launched in 2009.',
    'Capitalising on the housing boom, the firm expanded into Spain in 2010 and Italy in 2012.',
    'Building on the site began in 2010, two years after the plan of 2008.',
    'Building on the success of its 2008 debut, the band toured America in 2010.',
    'The firm was taking advantage of tax breaks in 2010 that had been introduced in 2012 for the next decade.',
    'Riding high on a wave of support, she won in 2010 and again in 2014.',
    'She imposed her will on the team in 2010 and lifted the cup in 2012.',
    'The house was put up for sale in 2013 and sold in 2015.',
    'The contract was signed in 2010 and expired in 2012.',
    'The band formed in 2008 and split up in 2010.',
    'The novel was published in 2008 and adapted for television in 2010.',
    'The ban was imposed in 2008 and lifted in 2010.',
    'The loan was taken out in 2008 and repaid in 2010.',
    'The show was commissioned in 2008, first aired in 2009 and was cancelled in 2012.',
    'The bomb was found in 2008 and defused the same day.',
    'He found a job in 2010 and defused tension at the plant, his boss said in 2011.',
    'The company sold its stake in 2008, two years after it was put up for sale in 2006.',
    'The plane crashed in 2008; the wreckage was found in 2010.',
    'He was called up in 2008 and won his first cap in 2009.',
    'The drug was approved in 2008 and withdrawn from the market in 2011.',
    'The statue was erected in 1900 and toppled by protesters in 2015.',
    'The car was unveiled in 2008 and went on sale in 2009.',
    'The firm borrowed heavily in 2008 and paid off its debts in 2012.',
    'He was captured in 2008 and rescued in 2009.',
    'Planning permission was granted in 2008 and construction began in 2010.',
    'The lawsuit was filed in 2008 and settled out of court in 2010.',
    'The 2010 vote was the first since the 2008 referendum.',
    'Her first novel appeared in 2008 and her second in 2010.',
    'The 2010 vote was the first since 2012 to be held on a Sunday, officials said of the 2014 rules.',
    'She won the title in 2014, her first since 2012.',
    'The team won in 2014, the first time since 2012 that it had beaten its rivals, a feat last managed in 2005.',
    'The 2014 budget will be the first since 2016 to cut taxes.',
    'It opened in 2008, the first new hospital in the city since the war. Another opened in 2006.',
    'Officials said the 2010 vote was the first since the 2012 referendum.',
    'The strike, the first since 1990, began on a Monday in 1995.',
    'He lodged an appeal in 2008 and the appeal was dismissed in 2010.',
    'He was charged in 2008 and pleaded guilty in 2010.',
    'A warrant was issued in 2008 and he was arrested in 2010.',
    'The town flooded in 2008 and the waters receded weeks later, in 2008.',
    'The miners were trapped in 2008 and rescued in 2010.',
    'The mural was commissioned in 2008 and unveiled in 2010.',
    'The army invaded in 2008 and withdrew in 2010.',
    'The city was occupied in 1940 and liberated in 1944.',
    'The rebellion broke out in 1920 and was crushed in 1921.',
    'The match kicked off at 3pm on 3 May 2008 and was abandoned on 3 May 2008.',
    'The road opened in 1990 and was widened in 2005.',
    'The jury retired on 3 May 2008 and returned a verdict on 5 May 2008.',
    'The firm painted the bridge in 2008 and the council unveiled a plaque in 2010.',
    'Fighting broke out in 2008; the army had crushed a revolt in 2005, officials said.',
    'The strike began in 2008 and was called off in 2009.',
    'He contracted the virus in 2008 and died in 2010.',
    'The stadium was built in 2010 and hosted its first match in 2011.',
    'The stadium was built in 2010 and hosted a match in 2008 at its old site.',
    'The council opened an inquiry in 2010 and held its first hearing in 2011.',
    'The firm opened a store in 2010 and its first store in Leeds had opened in 2008.',
    'The club opened its season in 2010 and won its first title in 2008, decades before.',
    'The bridge was completed in 2010 and the town held its first festival in 2008.',
    'The company launched a new phone in 2010 and sold its first units in 2008, prototypes, it said.',
    'He was awarded a medal in 2010 for bravery during the fire of 2008.',
    'The firm was fined in 2010 for a leak that will be repaired in 2012.',
    'The player was banned in 2010 for the 2012 season.',
    'The player was banned in 2010 for the whole of the 2012 season.',
    'The firm was fined in 2010 for failing to file accounts due in 2012.',
    'The council was criticised in 2010 for plans to host the 2012 Games.',
    'She was praised in 2010 for her work on the 2012 bid.',
    'He was honoured in 2010 for his role in the rescue of 2008.',
    'The firm was fined in 2010 for a leak that happened in 2008.',
    'She was thanked in 2010 for organising the festival, which is held every year and was last held in 2012.',
    # "first" as the ordinal of a noun, not the adverb of a first step (round 16's near-miss in other words)
    'The first flight took off in 1990 and finally, in 1985, the airport got a new runway.',
]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "parts"), POSITIVES)
def test_positive(text: str, parts: tuple[str, ...], published: datetime.date | None) -> None:
    assert _conflicts(text, published) == [("order_violation", tuple(_span(text, part) for part in parts))]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss(text: str, published: datetime.date | None) -> None:
    assert _conflicts(text, published) == []
