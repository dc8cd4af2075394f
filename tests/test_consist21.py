"""Round consist21 (session 25): figure readings, precision first (wordings written for this round, not from a set).

Each rule has conflicts in other wording than any template (RECALL) and near-misses that must stay silent
(NEAR_MISSES): the same value in other words, a vague count, another person, another date.
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The committee will report its findings in the spring. "


def _figures(*sentences: str) -> tuple[float, list[str]]:
    text = FILLER.join(sentences)
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


RECALL = [
    # 1. a count word before "dozen" or "hundred" multiplies it ("two dozen" is 24, "four hundred" 400), in every
    # reader of counts (a definite reference, a count restated with its noun, "N people were killed")
    ("Police arrested two dozen protesters.", "The 30 protesters were released on bail.",
     "two dozen protesters", "30 protesters"),
    ("Police arrested two dozen protesters.", "Police arrested 30 protesters.", "two dozen protesters", "30 protesters"),
    ("Two dozen protesters were arrested.", "30 protesters were arrested.", "Two dozen protesters", "30 protesters"),
    ("The council approved two dozen homes.", "The 36 homes will be built on the old depot site.",
     "two dozen homes", "36 homes"),
    ("The builder put up two dozen new homes.", "The 36 homes are on the old depot site.",
     "two dozen new homes", "36 homes"),
    ("The school has 340 pupils.", "The four hundred pupils will move to a new building.",
     "340 pupils", "four hundred pupils"),
    ("The school has four hundred pupils.", "Its 340 pupils will move to a new building.",
     "four hundred pupils", "340 pupils"),
    ("The fire destroyed two hundred homes.", "The fire destroyed 300 homes.", "two hundred homes", "300 homes"),
    ("Two hundred thousand people marched.", "The 300,000 marchers filled the square.",
     "Two hundred thousand people", "300,000 marchers"),
    ("Police seized 24 firearms in the raid.", "The three dozen firearms were sent for testing.",
     "24 firearms", "three dozen firearms"),
    # 2. a person's age in commas after the name, told again after the surname or the same full name
    ("John Jones, 34, was charged with burglary.", "Jones, 41, was remanded in custody.", "John Jones, 34", "Jones, 41"),
    ("John Jones, 34, of Leeds, was charged with burglary.", "Jones, 41, will appear in court on Monday.",
     "John Jones, 34", "Jones, 41"),
    ("Mary Hill, 87, died on Tuesday.", "Hill, 92, had lived in the village all her life.", "Mary Hill, 87", "Hill, 92"),
    ("Mary Hill, aged 87, died on Tuesday.", "Hill, 92, had lived in the village all her life.",
     "Mary Hill, aged 87", "Hill, 92"),
    ("Emeka Okafor, 54, coaches the team.", "Okafor, 61, said he would not retire.", "Emeka Okafor, 54", "Okafor, 61"),
    ("Emeka Okafor, 54, has coached the team since 2010.", "Emeka Okafor, 61, said he was proud.",
     "Emeka Okafor, 54", "Emeka Okafor, 61"),
    ("The striker Luis Ortega, 29, signed on Monday.", "Ortega, 33, scored twice on his debut.",
     "Luis Ortega, 29", "Ortega, 33"),
    # 3. an earthquake's magnitude told twice, in any of its forms
    ("A magnitude 6.1 earthquake struck the city on Monday.", "The 6.8-magnitude quake toppled buildings.",
     "magnitude 6.1", "6.8-magnitude"),
    ("A 6.1-magnitude earthquake struck the city on Monday.", "The magnitude-6.8 quake toppled buildings.",
     "6.1-magnitude", "magnitude-6.8"),
    ("The quake measured 6.1 on the Richter scale.", "The magnitude 6.8 quake toppled buildings.",
     "measured 6.1", "magnitude 6.8"),
    ("The earthquake had a magnitude of 6.1.", "The quake, of magnitude 6.8, toppled buildings.",
     "magnitude of 6.1", "magnitude 6.8"),
    ("A 6.1 magnitude earthquake struck the city.", "It measured 6.8 on the Richter scale, officials said.",
     "6.1 magnitude", "measured 6.8"),
    ("A 6.1-magnitude earthquake struck the city.", "The earthquake's magnitude of 6.8 surprised seismologists.",
     "6.1-magnitude", "magnitude of 6.8"),
    ("A strong tremor of magnitude 5.4 shook the valley.", "The tremor, magnitude 4.9, was felt 200 miles away.",
     "magnitude 5.4", "magnitude 4.9"),
    # 4. "A crowd of N" states a count of the people a crowd is made of, for "the N spectators/fans/protesters"
    ("A crowd of 35,000 watched the match.", "The 48,000 spectators saw the home side win.", "35,000", "48,000 spectators"),
    ("A crowd of 35,000 watched the final.", "The 48,000 fans saw the home side win.", "35,000", "48,000 fans"),
    ("A crowd of 35,000 gathered in the square.", "The 48,000 protesters marched to parliament.",
     "35,000", "48,000 protesters"),
    ("A crowd of 35,000 watched the match.", "The crowd of 48,000 saw the home side win.", "35,000", "48,000"),
    ("A crowd of 6,000 lined the streets for the funeral.", "The 9,000 mourners fell silent as the coffin passed.",
     "6,000", "9,000 mourners"),
    # 5. the agent of a passive, counted, is a statement of that count ("was attended by 12,000 fans")
    ("She is survived by four grandchildren.", "Her five grandchildren attended the service.",
     "four grandchildren", "five grandchildren"),
    ("The concert was attended by 12,000 fans.", "The 15,000 fans sang along.", "12,000 fans", "15,000 fans"),
    ("The match was watched by 4 million viewers.", "The 5.2 million viewers saw a late winner.",
     "4 million viewers", "5.2 million viewers"),
    ("The show was seen by 4 million viewers.", "The 5.2 million viewers saw a late winner.",
     "4 million viewers", "5.2 million viewers"),
    ("The summit was attended by 40 leaders.", "All 52 leaders signed the declaration.", "40 leaders", "52 leaders"),
    # 6. "rose"/"climbed" right after a definite reference is what the things counted did, no update of the count
    ("Birdwatchers counted 18,200 geese on the marsh.", "The 26,100 geese rose as one when a fox appeared.",
     "18,200 geese", "26,100 geese"),
    ("A rescue team of climbers reached 14 stranded walkers.", "The 19 walkers climbed down with ropes at dawn.",
     "14 stranded walkers", "19 walkers"),
    # 7. "can" and "must" before a definite sum or measure do with it what is done with the one told (as "will")
    ("The water tank holds 1,870 litres.", "Crews can pump the 2,130 litres within an hour.",
     "1,870 litres", "2,130 litres"),
    ("The stranded freighter is carrying 3,990 tonnes of timber.", "Salvage crews must unload the 5,610 tonnes by crane.",
     "3,990 tonnes", "5,610 tonnes"),
    ("The lorry was carrying 24 tonnes of grain.", "Workers must shovel the 31 tonnes of grain off the road.",
     "24 tonnes", "31 tonnes"),
    # 8. "audience" and "congregation" are read as "crowd" is ("The audience of 38,000", "The crowd, 38,000 in all,")
    ("The open-air concert drew 19,900 people.", "The audience, 38,000 in all, sang along to every song.",
     "19,900 people", "38,000 in all"),
    ("The open-air concert drew 19,900 people.", "The crowd, 38,000 in all, sang along to every song.",
     "19,900 people", "38,000 in all"),
    ("The open-air concert drew 19,900 fans.", "The audience of 28,000 sang along to every song.",
     "19,900 fans", "28,000"),
    ("An audience of 1,200 watched the premiere.", "The 1,900 spectators gave the cast a standing ovation.",
     "1,200", "1,900 spectators"),
    # 9. a number in digit groups is given before only by the same digits, whole ("1,900" is not "given" by "1,200",
    # whose first word it shares)
    ("The firm employs 3,400 people.", "Its 3,900 employees will get a bonus.", "3,400 people", "3,900 employees"),
    ("The appeal raised £12,400.", "The £12,900 will pay for a minibus.", "£12,400", "£12,900"),
    ("The fire destroyed 1,300 homes.", "The 1,800 homes were on the edge of the forest.", "1,300 homes", "1,800 homes"),
    ("The ship carried 2,400 passengers.", "The vessel's 2,100 passengers were evacuated by lifeboat.",
     "2,400 passengers", "2,100 passengers"),
    # 10. more nouns of a change in its verb's direction ("jump", "hike", "surge", "slump", "plunge" ...); "payout" for
    # "paid"; "haul" a tally as "total" is
    ("Rents rose by 12 percent.", "The jump of 16 percent has pushed young families out.", "12 percent", "16 percent"),
    ("Bus fares rose by 12 percent.", "The hike of 16 percent angered commuters.", "12 percent", "16 percent"),
    ("Shares fell by 12 percent.", "The slump of 18 percent wiped out savings.", "12 percent", "18 percent"),
    ("Shares fell by 12 percent.", "The plunge, 18 percent, wiped out savings.", "12 percent", "18 percent"),
    ("The hospital trust paid £820,000 to the family.", "The payout of £595,000 was agreed out of court.",
     "£820,000", "£595,000"),
    ("The team scored 77 points.", "Their haul of 96 broke the league record.", "77 points", "96"),
    # 11. a rate's noun with a percentage alone in apposition, the noun named by the first statement ("Turnout was
    # 62 percent" ... "The turnout, 71 percent, was"); a decimal percentage read whole ("4.2 percent")
    ("Turnout was 62 percent.", "The turnout, 71 percent, was the highest since 1992.", "62 percent", "71 percent"),
    ("The unemployment rate stood at 4.2 percent.", "The rate, 5.8 percent, surprised analysts.",
     "4.2 percent", "5.8 percent"),
    ("The vacancy rate in the city is 6 percent.", "The rate, 9.5 percent, is a worry for landlords.",
     "6 percent", "9.5 percent"),
    # 12. a margin's noun with its number alone in apposition ("That majority, 25,022, surprised"), as "The majority
    # of 25,022" is
    ("The referendum was won by a majority of 14,133 votes.", "That majority, 25,022, surprised both campaigns.",
     "14,133 votes", "25,022"),
    ("The referendum was won by 14,133 votes.", "That majority, 25,022, surprised both campaigns.",
     "14,133 votes", "25,022"),
    ("The bill passed by 20 votes.", "The margin, 30, was narrow.", "20 votes", "30"),
]

NEAR_MISSES = [
    # 1. the same count in words and digits (each a base false alarm: "dozen" and "hundred" were read alone)
    ("Two dozen protesters were arrested.", "24 protesters were arrested."),
    ("Police arrested two dozen protesters.", "The 24 protesters were released on bail."),
    ("Police seized 36 firearms in the raid.", "The three dozen firearms were sent for testing."),
    ("Two hundred thousand people marched.", "The 200,000 marchers filled the square."),
    ("The fire destroyed two hundred homes.", "The 200 homes were on one street."),
    ("The school has 400 pupils.", "The four hundred pupils will move to a new building."),
    # a vague count ("several dozen", "dozens", "a few hundred") is no number (base: "dozen" read as 12)
    ("Several dozen protesters were arrested.", "The 30 protesters were released on bail."),
    ("Dozens of protesters were arrested.", "The 30 protesters were released on bail."),
    ("A few hundred people marched.", "The 300 marchers filled the square."),
    ("Hundreds of people marched.", "The 300 marchers filled the square."),
    # another day, another group
    ("Two dozen protesters were arrested on Monday.", "On Friday 30 protesters were arrested."),
    ("The school has four hundred pupils.", "The 120 pupils in the sixth form sat exams."),
    # 2. the same age; another person of the surname (another given name anywhere); no given name at the
    # introduction; another date; a list of figures; a score
    ("John Jones, 34, was charged with burglary.", "Jones, 34, was remanded in custody."),
    ("John Jones, 34, was charged with burglary.", "His wife, Ruth Jones, 31, was not charged."),
    ("John Jones, 34, was charged.", "Peter Jones, 41, was also charged.", "Jones, 41, was released."),
    ("Pat Fagan, 73, is a retired teacher.", "Patti Fagan, 60, is retired too."),
    ("Jones, 34, was charged with burglary.", "Jones, 41, was remanded in custody."),
    ("In 2010 John Jones, 34, was charged with burglary.", "In 2016 Jones, 40, was charged again."),
    ("China, 38, and Britain, 27, led the medal table.", "China, 41, was top on Sunday."),
    ("Tiger Woods, 68, was two shots behind.", "On Sunday Woods, 71, fell away."),
    ("Tiger Woods, 68, under par, led.", "Woods, 71, over par, fell away."),
    ("John Jones, 34, was charged.", "Jones, 41, and Smith, 29, were also named."),
    # 3. the same magnitude (or within 0.1); an aftershock; a comparison with another quake; another day; a
    # revised magnitude; two agencies; an indefinite second quake
    ("A 6.1-magnitude earthquake struck the city.", "The 6.1-magnitude quake toppled buildings."),
    ("A 6.1-magnitude earthquake struck the city.", "The 6.2-magnitude quake toppled buildings."),
    ("A 6.1-magnitude earthquake struck the city.", "A magnitude 5.2 aftershock followed an hour later."),
    ("A 6.1-magnitude earthquake struck the city.", "The magnitude 5.2 aftershock followed an hour later."),
    ("A 6.1-magnitude earthquake struck the city.", "It was the strongest since a 7.8-magnitude quake in 1990."),
    ("A 6.1-magnitude earthquake struck the city.", "It was stronger than the 5.8-magnitude quake that hit in 2011."),
    ("A 6.1-magnitude earthquake struck the city on Monday.", "On Thursday a 6.8-magnitude quake hit the coast."),
    ("The quake was initially put at magnitude 6.4.", "The 6.1-magnitude quake toppled buildings."),
    ("The magnitude was later revised to 6.4.", "The 6.1-magnitude quake toppled buildings."),
    ("The US Geological Survey said the quake measured 6.1 on the Richter scale.",
     "China's earthquake agency put the quake at magnitude 6.8."),
    ("A 6.1-magnitude earthquake struck Italy.", "Another magnitude 6.8 quake struck Greece."),
    ("A 6.1-magnitude earthquake struck Italy.", "A magnitude 6.8 quake struck Greece."),
    ("The wall is 6.1 metres high.", "The quake measured 6.8 on the Richter scale."),
    # 4. the same count; a part of the crowd (a modifier, or less than half); another group; another date or
    # source; a hedged crowd; a second people count before the reference
    ("A crowd of 35,000 gathered in the square.", "The 35,000 protesters marched to parliament."),
    ("A crowd of 35,000 watched the match.", "The 4,000 away fans were kept behind after the match."),
    ("A crowd of 35,000 watched the match.", "The 4,000 fans from Leeds were kept behind."),
    ("A crowd of 35,000 watched the match.", "The 12,000 fans in the north stand sang throughout."),
    ("A crowd of 35,000 gathered in the square.", "The 500 police officers kept order."),
    ("A crowd of 35,000 gathered in the square.", "The 200 protesters arrested were released."),
    ("A crowd of 35,000 watched the match on Saturday.", "The 48,000 spectators on Sunday saw the home side win."),
    ("A crowd of 35,000 watched the match.", "Last year the 48,000 spectators saw a draw."),
    ("A crowd of about 35,000 watched the match.", "The 48,000 spectators saw the home side win."),
    ("A crowd of 35,000 watched the match.", "Police arrested 12 fans.", "The 48,000 spectators saw the home side win."),
    ("Organisers said a crowd of 35,000 gathered.", "Police said the 20,000 protesters were peaceful."),
    ("A crowd of 35,000 watched the match.", "The 48,000 fans expected next week will need tickets."),
    # 5. the same count; another date; a change, a margin or a measure after "by"; a second count added
    ("The concert was attended by 12,000 fans.", "The 12,000 fans sang along."),
    ("The concert was attended by 12,000 fans on Friday.", "On Saturday the 15,000 fans sang along."),
    ("The record was beaten by 3 seconds.", "The 5-second margin was a surprise."),
    ("The plan was backed by 300 votes.", "The 340 votes in favour were counted."),
    ("The wall was damaged by 12 tonnes of rubble.", "The 15 tonnes of rubble were cleared."),
    ("Prices were raised by 12 percent.", "The 12 percent rise hurt."),
    ("The hall was filled by 400 guests.", "Another 50 guests arrived later.", "The 450 guests danced."),
    ("The museum was visited by 40,000 people last year.", "This year the 52,000 visitors broke the record."),
    # 6. a change of the count itself ("rose to", "rose by"), the same count
    ("Police said 12 people were injured.", "The number of injured rose to 15."),
    ("Police said 12 people were injured.", "The toll rose to 15 on Tuesday."),
    ("Birdwatchers counted 18,200 geese on the marsh.", "The 18,200 geese rose as one when a fox appeared."),
    # 7. "could", "would", "might" imagine another value; an indefinite measure; a rate
    ("The water tank holds 1,870 litres.", "Crews could pump the 3,130 litres within an hour."),
    ("The water tank holds 1,870 litres.", "A bigger tank could hold 3,130 litres."),
    ("The water tank holds 1,870 litres.", "Crews can pump 3,130 litres an hour."),
    ("The water tank holds 1,870 litres.", "Crews can pump the 1,870 litres within an hour."),
    # 8. the same count; a part by place or show; another day; a second people count; a remote audience
    ("The open-air concert drew 19,900 people.", "The audience, 19,900 in all, sang along to every song."),
    ("The concert drew 19,900 people.", "The audience of 2,000 at the second show was smaller."),
    ("The concert drew 19,900 people on Friday.", "On Saturday the audience, 25,000 in all, was bigger."),
    ("The festival drew 19,900 people.", "The audience of 300 in the small tent heard a poet."),
    ("The open-air concert drew 19,900 people.", "Police arrested 12 people.", "The audience, 38,000 in all, sang along."),
    ("The festival drew 19,900 people.", "A television audience of 2 million watched."),
    # 9. the same number in digit groups or plain digits; a decimal
    ("The fire destroyed 1,300 homes.", "The 1,300 homes were rebuilt."),
    ("The fire destroyed 1300 homes.", "The 1,300 homes were rebuilt."),
    ("The fire destroyed 1,300 homes.", "The 1300 homes were rebuilt."),
    ("The appeal raised £12,400.", "The £12,400 will pay for a minibus."),
    ("The firm employs 3,400 people.", "Its 3,400 employees will get a bonus."),
    # 10. the same size; the other direction; a change of something else; the same payout; another season
    ("Rents rose by 12 percent.", "The jump of 12 percent has pushed young families out."),
    ("Rents rose by 12 percent.", "The slump of 16 percent in house prices hurt sellers."),
    ("Shares fell by 12 percent.", "The jump of 18 percent in bond yields followed."),
    ("The trust paid £820,000 to the family.", "The payout of £820,000 was agreed out of court."),
    ("The team scored 77 points.", "Their haul of 77 broke the league record."),
    ("The team scored 77 points last season.", "Their haul of 96 this season broke the record."),
    # 11. the same percentage; the rate not named first; another date; another place; a second percentage
    ("Turnout was 62 percent.", "The turnout, 62 percent, was the highest since 1992."),
    ("The unemployment rate stood at 4.2 percent.", "The rate, 4.2 percent, was a surprise."),
    ("Prices rose 3 percent in May.", "The rate, 5.8 percent, surprised analysts."),
    ("Unemployment stood at 4.2 percent in May.", "In June the rate, 5.8 percent, surprised analysts."),
    ("Turnout in the city was 62 percent.", "The turnout in the suburbs, 71 percent, was higher."),
    ("Turnout was 62 percent.", "Officials said the share of young voters was 20 percent.",
     "The turnout, 71 percent, was high."),
    # 12. the same margin; another date; a share or a group in apposition; a tally, no margin
    ("The referendum was won by 14,133 votes.", "That majority, 14,133, surprised both campaigns."),
    ("The bill passed by 20 votes on Monday.", "On Friday the margin, 30, was wider."),
    ("The bill passed by 20 votes.", "The majority, 52 percent, was clear."),
    ("The bill passed by 20 votes.", "The majority, 300 MPs, backed it."),
    ("The party won 14,133 votes.", "That majority, 25,022, surprised both campaigns."),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), RECALL)
def test_restated_figure_conflicts(first: str, second: str, stated: str, restated: str) -> None:
    value, spans = _figures(first, second)
    assert value >= 1, (first, second)
    assert stated in spans[0] and restated in spans[1], spans


@pytest.mark.parametrize("sentences", NEAR_MISSES)
def test_near_misses_stay_silent(sentences: tuple[str, ...]) -> None:
    value, spans = _figures(*sentences)
    assert value == 0, (sentences, spans)
