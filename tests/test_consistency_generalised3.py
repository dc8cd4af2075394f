"""Round consist3: conflicting figures and name variants beyond the first templates.

Written for this round in its own words: one quantity stated as fact with two
numbers (digits or words, money, percentages, counts of people and things; the
second mention a definite reference, a plain restatement or inside a quote),
and the near-misses that must stay silent (hedged, updated, another quantity, a
subset, a forecast, two sources that openly disagree).
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The council will meet again next month to discuss the budget. "


def _count(text: str, feature: str = "conflicting_figures") -> float:
    return extract_consistency(Article(text))[feature].value


def _spans(text: str, feature: str = "conflicting_figures") -> list[str]:
    return [text[s.start:s.end] for s in extract_consistency(Article(text))[feature].spans]


CONFLICTS = [
    # plain restatement, same predicate
    ("43 homes were destroyed when the river burst its banks.", "In all, 61 homes were destroyed, the mayor said.", "43", "61"),
    ("Forty-three homes were destroyed by the blaze.", "Firefighters said 61 homes were destroyed.", "Forty-three", "61"),
    # definite reference to an established count
    ("The fire destroyed 43 homes in the hills above the town.", "The 61 homes lost in the fire were mostly holiday cabins.", "43", "61"),
    ("The tornado destroyed 17 houses on the east side.", "Insurers have begun assessing the 25 destroyed homes.", "17", "25"),
    ("Rescuers pulled 9 people from the rubble.", "Doctors said the 14 people pulled from the rubble were stable.", "9", "14"),
    ("The clinic treated 31 patients on Sunday.", "All 48 patients treated on Sunday have gone home.", "31", "48"),
    # people: killed / dead / deaths / died, and synonyms
    ("The crash killed eleven passengers.", "The 15 deaths make it the worst accident on the line.", "eleven", "15"),
    ("Seven climbers died on the mountain last week.", "Families of the nine dead climbers gathered at the base camp.", "Seven", "nine"),
    ("Authorities evacuated 2,300 people from the valley.", "The 3,100 residents who were evacuated are staying in schools.", "2,300", "3,100"),
    ("Police arrested 28 demonstrators outside the embassy.", "Lawyers for the 35 arrested demonstrators said they would sue.", "28", "35"),
    # jobs, votes, schools, flights
    ("The carmaker will cut 1,400 jobs at its plant.", "The 2,000 job cuts were announced on Monday.", "1,400", "2,000"),
    ("The district closed 12 schools because of the snow.", "Parents of pupils at the 19 closed schools were told by text.", "12", "19"),
    ("The strike forced the airline to cancel 230 flights.", "Travellers booked on the 410 cancelled flights can rebook for free.", "230", "410"),
    ("The mayor won 14,210 votes in the election.", "The 16,900 votes he won gave him a comfortable lead.", "14,210", "16,900"),
    # money and percentages
    ("The city paid $4.2 million for the land.", "Critics called the $6 million land deal a giveaway.", "$4.2 million", "$6 million"),
    ("The regulator fined the company $3.5 million.", "The company said it would pay the $5.5 million fine.", "$3.5 million", "$5.5 million"),
    ("Rents rose 12 percent last year.", "Tenants' groups blamed the 19 percent rise on speculation.", "12", "19"),
    ("The earthquake killed 212 people in the province.", "Teams are still recovering the bodies of the 245 people who died.", "212", "245"),
    ("Twenty-six passengers were injured in the derailment.", "The 31 injured passengers were taken to three hospitals.", "Twenty-six", "31"),
    ("The carmaker recalled 48,000 cars over faulty brakes.", "Owners of the 52,000 recalled cars will receive a letter.", "48,000", "52,000"),
    ("Seventy-two flights were cancelled at Heathrow on Friday.", "Airline staff said 90 flights were cancelled at Heathrow.", "Seventy-two", "90"),
    ("Thirty-one people were hurt when the stand gave way.", "Stewards said thirty-eight people were hurt.", "Thirty-one", "thirty-eight"),
    ("The jobless rate was 5.1 percent in June, the unemployment office said.", "The 5.8 percent unemployment rate is the lowest in a decade.", "5.1", "5.8"),
    ("Unemployment in the county stands at 9 percent.", "The 12 percent unemployment rate has alarmed the governor.", "9", "12"),
    # inside a quote
    ("The storm damaged the roofs of 40 houses and destroyed 22 homes.", '"We lost 30 homes in one night," the mayor said.', "22", "30"),
]

NEAR_MISSES = [
    # hedged figures
    ("At least 43 homes were destroyed.", "Firefighters said 61 homes were destroyed."),
    ("About 40 people were evacuated.", "The 55 people who were evacuated returned on Friday."),
    ("An estimated 300 jobs will go.", "The 450 job cuts were confirmed on Monday."),
    ("Nearly 20 people were injured.", "More than 30 people were injured, officials said."),
    # updates and revisions
    ("Twelve people were killed, police said on Monday.", "By Wednesday the death toll had climbed to 19."),
    ("Officials first said 30 homes were destroyed.", "That figure was revised to 45 homes on Friday."),
    ("Four people were killed in the blast.", "The number of people killed now stands at nine."),
    # other date, place, category
    ("In March, 20 people were killed in the market attack.", "In May, 35 people were killed in another attack."),
    ("In Lakeview 14 homes were destroyed.", "In the neighbouring town of Ashford 30 homes were destroyed."),
    ("Eight people were killed and 23 were injured.", "Doctors said the injured were recovering."),
    ("The fire destroyed 15 homes.", "Another 40 homes were damaged by smoke."),
    # a subset
    ("The bus was carrying 46 passengers.", "Twelve of them were children."),
    ("Police arrested 60 people at the march.", "Of those, 12 people were charged."),
    # forecast against outcome
    ("The company expected to cut 500 jobs.", "In the end 320 jobs were cut."),
    ("Forecasters predicted 40 percent turnout.", "Turnout was 52 percent."),
    # attributed claims that openly disagree
    ("Police said 40 people were arrested.", "Organisers said 60 people were arrested."),
    ("Organizers said 8,000 people attended.", "Police put the crowd at 3,000."),
    # ranges and more
    ("Between 20 and 30 homes were destroyed.", "The 25 homes that burned were near the forest."),
    ("The school has 900 pupils.", "The 120 pupils who failed the test will resit it."),
    ("Two years ago 5 people were killed on the road.", "Last year 9 people were killed on the same road."),
    ("At least 212 people were killed.", "Teams are still recovering the bodies of the 245 people who died."),
    ("The project is expected to create 400 jobs.", "The 250 jobs created so far pay well."),
    ("In 2014 the firm cut 300 jobs.", "The 450 job cuts announced in 2016 hit its Ohio plants."),
    ("Oil traded at $50 a barrel on Monday.", "Analysts expect the $45 price to hold."),
    ("Voters in the north backed the plan by 61 percent.", "In the south, 48 percent of voters backed it."),
    ("The recall covers 48,000 cars sold in Europe.", "A separate recall covers 9,000 cars sold in Asia."),
    # whose count: other channels, other subjects
    ("Fox News averaged 11.4 million viewers.", "CNBC averaged 520,000 viewers."),
    ("Before the debate, 10 leaned toward the mayor.", "After the debate, 13 leaned toward the mayor."),
    # a possessive of another owner
    ("A candidate needs 270 electoral votes to win.", "Florida and its 29 electoral votes are up for grabs."),
]


@pytest.mark.parametrize(("first", "second", "one", "two"), CONFLICTS)
def test_conflicting_figures_found(first: str, second: str, one: str, two: str) -> None:
    text = first + FILLER + second
    spans = _spans(text)
    assert _count(text) >= 1, text
    assert any(one in span for span in spans) and any(two in span for span in spans), (text, spans)


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_conflicting_figures_near_misses_silent(first: str, second: str) -> None:
    text = first + FILLER + second
    assert _count(text) == 0, (text, _spans(text))


def test_same_figure_restated_is_silent() -> None:
    assert _count("43 homes were destroyed." + FILLER + "The 43 homes lost in the fire were cabins.") == 0
    assert _count("Forty-three homes were destroyed." + FILLER + "43 homes were destroyed.") == 0


@pytest.mark.parametrize(("first", "second"), [
    ("Jian Zhou, the mayor's adviser, spoke first.", "Chou said the plan was sound."),
    ("Ali Mohammed runs the shop on the corner.", '"We have never seen this," Muhammad said.'),
    ("Thomas Mueller, a lawyer for the family, read a statement.", "Müller said the family wanted answers."),
    ("Konstantin Chernenko addressed the party congress.", "Tchernenko said the plan would be fulfilled."),
    ("Ivan Petrov, the deputy minister, opened the session.", "Petroff blamed rising costs."),
    # a slip at the end of the name: doubled, dropped, swapped, a vowel or s/z changed
    ("Helen Harrington chairs the board.", "Harringtonn said the vote would be held in May."),
    ("Maria Rosenthal wrote the report.", '"We checked every figure," Rosentha said.'),
    ("Mark Gallagher, a councillor, spoke against the plan.", "Gallaghre, who has opposed it for years, left early."),
    ("Amanda Esposito runs the clinic.", "Since then, Esposita has hired four nurses."),
    ("Carlos Gonzalez founded the firm in 2001.", "Gonzales's departure surprised investors."),
    # a letter changed inside a long name
    ("Laura Pemberton chairs the inquiry.", "Critics say Pemderton misled the board."),
])
def test_transliterated_names_found(first: str, second: str) -> None:
    text = first + FILLER + second
    assert _count(text, "name_inconsistency") >= 1, (text, _spans(text, "name_inconsistency"))


@pytest.mark.parametrize(("first", "second"), [
    ("Jian Zhou chairs the panel.", "Mei Chou, an unrelated member, voted against the bill. Mei Chou said so."),
    ("Sarah Hansen spoke first.", "Peter Hanson, a rival candidate, spoke next and said the budget was wrong."),
    # nationality adjectives and places, not slips
    ("The Syrian Observatory for Human Rights counted the dead.", "Syria has denied the report."),
    ("Israeli Prime Minister Benjamin Netanyahu spoke on Monday.", "Israel has said it will respond."),
    ("Claire Dalles, the finance director, moved to Dallas in 2004.", "Dallas has since grown by a third, Dalles said."),
])
def test_two_people_with_similar_names_silent(first: str, second: str) -> None:
    assert _count(first + FILLER + second, "name_inconsistency") == 0


# More phrasings, each side in its own words.
MORE_CONFLICTS = [
    ("She won 52,300 votes.", "Election officials said she won 61,000 votes."),
    ("The storm closed 40 schools.", "Officials said 55 schools were closed by the storm."),
    ("Eleven people were injured in the crash.", '"Fourteen people were injured," a police spokesman said.'),
    ("Airlines cancelled 230 flights.", "In total 310 flights were cancelled."),
    ("A total of 27 homes were destroyed in the blaze.", "In all, 35 homes were destroyed, officials said."),
    ("Storms damaged the coast and 26 people died.", '"Thirty people died in one night," the mayor said.'),
    ("Investigators said 140 passengers were rescued from the ferry.", "All 165 passengers rescued were taken to the port."),
    ("The army said it captured 300 fighters.", "The 420 captured fighters will be tried."),
    ("The explosion wounded 57 people.", "Hospitals said 74 people were wounded in the explosion."),
    ("Inspectors condemned 11 buildings after the quake.", "Owners of the 16 condemned buildings must move out."),
    ("Police seized 45 guns in the raid.", "The 60 guns seized in the raid will be destroyed."),
    ("Voters elected 15 new councillors.", "The 12 councillors elected on Thursday take office in May."),
    ("Three hundred flights were cancelled.", "The 450 cancelled flights left thousands stranded."),
    # a noun alone, in the same story
    ("The fire destroyed 20 houses on the hill.", "Firefighters could not save the seven homes, which were wooden."),
    # a measure named by its unit alone refers back to the last one
    ("Agents found 3.5 tonnes of cannabis in the lorry.", "The 4.2 tonnes had been hidden under crates of fruit."),
    ("The charity raised $2.3 million at the gala.", "The $3.1 million was raised in a single evening."),
    ("The blast killed 14 people at the market.", "Relatives of the 19 people killed gathered at the morgue."),
    ("Fourteen people were killed in the blast.", '"We have lost 19 people," the governor told reporters.'),
    ("The airline grounded 36 planes after the fault was found.", "Engineers are inspecting the 48 grounded planes."),
    ("The ballot measure passed with 62 percent of the vote.", "The 55 percent vote in favour was a surprise."),
    ("Police detained 45 people after the match.", "All 60 people detained were released without charge."),
    ("The regulator ordered the bank to pay $12 million.", "The bank said it would appeal the $18 million order."),
    ("Officials said nine schools were closed because of the outbreak.", "Parents at the 14 closed schools were sent letters."),
    ("The city hired 250 teachers this year.", "The 320 teachers hired this year start in September."),
    ("Thirty-two people were evacuated from the tower.", "Firefighters said 45 people were evacuated from the tower."),
    ("The senator won 52,300 votes.", "The 61,000 votes she won were a record for the district."),
    ("The company sold 2.1 million phones in the quarter.", "The 2.8 million phones it sold beat forecasts."),
    ("Twelve miners died in the collapse.", "The bodies of the 15 dead miners were recovered on Friday."),
    ("The drought killed 4,000 cattle in the region.", "Farmers are burying the 6,500 cattle that died."),
    ("The hospital treated 48 people for smoke inhalation.", "Of the 63 people treated, most went home the same day."),
    ("The floods destroyed 27 homes along the river.", '"Thirty-five homes were destroyed," the fire chief said.'),
    ("Forty-one people were arrested at the rally.", "Police said 58 people were arrested at the rally."),
    ("The virus has infected 120 people in the city.", "The 150 people infected are in isolation."),
    ("The school district laid off 85 teachers.", "The 110 teachers laid off will receive severance."),
    ("Rescuers freed eight people trapped in the rubble.", "The 11 people freed were taken to hospital."),
    ("The crash injured 17 people.", "Seventeen people were hurt in the crash. Doctors said 23 people were injured in the crash."),
    ("The state spent $2.4 million on the study.", "Lawmakers criticised the $3.9 million study."),
    ("The factory fire killed nine workers.", '"The nine workers who died were my friends," said a colleague. Officials later said 12 workers died in the fire.'),
]
MORE_NEAR_MISSES = [
    ("Storms damaged the coast and 26 people died.", '"Thirty people died in the storm of 1990," the mayor recalled.'),
    ("The explosion wounded 57 people.", "Of the wounded, 20 people were children."),
    ("Police seized 45 guns in the raid.", "In a second raid, police seized 60 guns."),
    ("The bank cut 4,000 jobs last year.", "This year it cut 5,500 jobs."),
    ("The army captured 300 fighters in March.", "In April it captured 420 fighters."),
    ("About 300 flights were cancelled.", "The 450 cancelled flights included many to Europe."),
    ("The airline cancelled 300 flights on Monday.", "On Tuesday it cancelled 450 flights."),
    ("The city has 300 schools.", "The 45 schools closed by the strike reopened."),
    ("The report counted 57 people wounded in 2015.", "The 74 people wounded in 2016 were mostly police."),
    ("Fourteen of the fifteen warmest months on record came after 2014.", "The 10 warmest years on record have all come since 1998."),
    ("The 20 largest banks hold most deposits.", "The 12 largest banks were tested by the regulator."),
    ("The charity raised $2.3 million in 2015.", "The $3.1 million was raised in 2016."),
    ("The city budgeted $5 million for parks.", "The $4 million Smith has pledged is separate."),
    ("As many as 40 people were killed.", "Officials said 55 people were killed."),
    ("At most 40 people were killed.", "Officials said 55 people were killed."),
    ("Fewer than 40 people were killed.", "Officials said 55 people were killed."),
    ("Some 40 people were killed.", "Officials said 55 people were killed."),
    ("Roughly 40 people were killed, according to early reports.", "Officials said 55 people were killed."),
    ("Initially 40 people were reported killed.", "The final count was 55 people killed."),
    ("Forty people were killed, according to a first count.", "That count has since been raised to 55 people killed."),
    ("Between 40 and 50 people were killed.", "Officials said 55 people were killed."),
    ("40 to 50 people were killed.", "Officials said 55 people were killed."),
    ("Police said 40 people were killed.", "Hospital officials gave a figure of 55 killed."),
    ("The government says 40 people were killed.", "Activists say 55 people were killed."),
    ("The plan would create 400 jobs.", "Critics say only 150 jobs would be created."),
    ("The company hopes to hire 300 people.", "So far it has hired 120 people."),
    ("Last month 40 people were killed in a similar attack.", "On Sunday 55 people were killed."),
    ("Police arrested 40 people on Friday.", "On Saturday police arrested 55 people."),
    ("The 40 people killed on Friday were buried today.", "The 55 people killed on Saturday will be buried tomorrow."),
    ("Nationwide, 40 schools closed.", "In the capital alone, 12 schools closed."),
    ("The fire destroyed 40 homes, 12 of them in the old town.", "The 12 homes in the old town were historic."),
    ("The blast killed 14 people at the market.", "Relatives of the 5 children killed gathered at the morgue."),
    ("The blast killed 14 people on Monday.", "A second blast on Tuesday killed 19 people."),
    ("Police detained 45 people after the match.", "Of those, 12 people were charged."),
    ("The city hired 250 teachers this year.", "Last year it hired 320 teachers."),
    ("The company sold 2.1 million phones in the quarter.", "A year earlier it sold 2.8 million phones."),
    ("The hospital treated 48 people on Monday.", "On Tuesday it treated 63 people."),
    ("Officials said nine schools were closed.", "Nineteen schools were closed in the neighbouring county."),
    ("The fire destroyed 30 homes.", "The 12 homes that survived were badly damaged."),
    ("The plant employs 900 people.", "Its sister plant employs 1,200 people."),
    ("Union leaders said 1,200 workers walked out.", "Management said 700 workers walked out."),
    ("The storm killed 8 people in Texas.", "In Louisiana, the storm killed 11 people."),
    ("The storm killed 8 people, officials said.", "It injured 11 people."),
    ("Rescuers saved 40 people from the flood.", "Up to 60 people may still be trapped."),
    ("In the first round she won 40,000 votes.", "In the runoff she won 52,000 votes."),
    ("The vaccine protected 90 percent of adults.", "It protected 70 percent of children."),
    ("Shares fell 4 percent on Monday.", "They fell 6 percent on Tuesday."),
    ("The first bomb killed 5 people.", "The second bomb killed 9 people."),
    ("Authorities arrested 23 men.", "Authorities arrested 30 women."),
]


@pytest.mark.parametrize(("first", "second"), MORE_CONFLICTS)
def test_more_conflicts_found(first: str, second: str) -> None:
    text = first + FILLER + second
    assert _count(text) >= 1, text


@pytest.mark.parametrize(("first", "second"), MORE_NEAR_MISSES)
def test_more_near_misses_silent(first: str, second: str) -> None:
    text = first + FILLER + second
    assert _count(text) == 0, (text, _spans(text))
