"""Round consist17 (session 21): figure readings from the misses of blind16 (and blind14), precision first.

Each rule has conflicts in other wording than the templates (RECALL) and near-misses that must stay silent
(NEAR_MISSES): the same value, a norm or a plan, another occasion, another thing.
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
    # 1. a verb of opinion opens a judged sum, duration or measure as "said" does
    ("The council sold the old library for $640,000 at auction.",
     "Campaigners believe $910,000 at auction was a giveaway.", "$640,000", "$910,000"),
    ("The rescue of the climbers took 95 minutes.", "Relatives thought 140 minutes was far too long.",
     "95 minutes", "140 minutes"),
    ("The prize pumpkin weighed 61 kilograms.", "Its grower reckons 88 kilograms was a personal best.",
     "61 kilograms", "88 kilograms"),
    # 2. a tally or total with no noun counts what a verb of scoring or gathering counted, of any noun
    ("The striker has scored 31 goals for the club.", "Her tally of 44 is a club record.", "31 goals", "44"),
    ("The side collected 96 points over the season.", "Their total of 138 was a club best.", "96 points", "138"),
    ("The club has won 12 trophies.", "Its tally of 15 is a national record.", "12 trophies", "15"),
    # (and an object pronoun after its verb: "gave him" is no noun)
    ("The challenger won 6,896 votes.", "That tally of 15,333 gave him the seat.", "6,896 votes", "15,333"),
    # 3. a sum named by a possessive or demonstrative before "<noun> of", as by "the <noun> of"
    ("The heir to the firm received a salary of £730,000.", "Workers said his pay of £570,000 was an insult.",
     "£730,000", "£570,000"),
    ("The chemical company was fined $2 million.", "It said that penalty of $3.5 million was unfair.",
     "$2 million", "$3.5 million"),
    # 4. a prison term stated with the sentenced person between the verb and "to"
    ("The court sentenced the smuggler to 16 years in prison.", "Lawyers will appeal against the 20-year term.",
     "16 years", "20-year term"),
    ("A judge jailed Marsh to 16 years.", "The 20-year term was the longest ever handed down for the offence.",
     "16 years", "20-year term"),
    # (4's guard reads only a verb governing the reference: "seeking homes for the 26 animals" still conflicts)
    ("The shelter took in 59 dogs from the breeder.", "Staff are seeking homes for the 26 animals.", "59 dogs",
     "26 animals"),
    # 5. an office's one holder ("The new/outgoing/current <office> is N.") states that person's age
    ("The new finance minister is 83.", "Colleagues describe the 33-year-old as ambitious.", "83", "33-year-old"),
    ("The new bishop is 78.", "At 49, he is the youngest to hold the post for a century.", "78", "49"),
    ("The current headteacher is 61.", "Parents describe the 57-year-old as strict.", "61", "57-year-old"),
    # 6. plurals in -es read as their singular ("buses" is a count of buses, so of vehicles; "branches", "taxes")
    ("The city has bought 38 electric buses.", "The vehicles, twenty-eight in all, will run on the busiest routes.",
     "38 electric buses", "twenty-eight in all"),
    ("The depot bought 12 new buses.", "The 19 vehicles serve the northern routes.", "12 new buses", "19 vehicles"),
    ("The bank will shut 40 branches.", "Customers of the 25 branches were told by letter.", "40 branches", "25 branches"),
    # 7. "At N years old, he is/still ...": the age now, as "At N, he is"
    ("The oldest competitor at the gala is fifty-two years old.", "At 36 years old, he still trains every morning.",
     "fifty-two", "36"),
    ("The oldest member of the choir is 91 years old.", "At 87 years old, she is still its loudest voice.", "91", "87"),
    # 8. "the/its entire|whole|full N-unit load/haul/cargo...": the whole of what was carried or seized
    ("The tanker lorry was carrying 5,300 litres of milk when it overturned.",
     "Its entire 7,130-litre load poured into the ditch.", "5,300 litres", "7,130-litre load"),
    ("Customs officers seized 420 kilograms of cocaine.", "The whole 380-kilogram haul was burned.",
     "420 kilograms", "380-kilogram haul"),
]

NEAR_MISSES = [
    # 1. opinion verbs: the same value, a norm, a plan, another occasion
    ("The council sold the old library for $640,000 at auction.",
     "Campaigners believe $640,000 at auction was a giveaway."),
    ("The council sold the old library for $640,000 at auction.",
     "Campaigners believe $910,000 would have been a fair price."),
    ("The council sold the old library for $640,000 at auction.", "Campaigners felt $910,000 was the minimum."),
    ("The rescue of the climbers took 95 minutes.", "Relatives think 30 minutes is normal for such a rescue."),
    ("The rescue of the climbers took 95 minutes.", "Relatives think 140 minutes would be far too long."),
    ("The council sold the old library for $640,000 at auction last year.",
     "Campaigners felt $910,000 at auction this year was too much."),
    ("The prize pumpkin weighed 61 kilograms.", "Its grower thinks 88 kilograms is the target for next year."),
    # 2. tallies: the same value, a noun of its own, two kinds counted, another season, another owner, a part
    ("The striker has scored 31 goals for the club.", "Her tally of 31 is a club record."),
    ("The striker has scored 31 goals for the club.", "Her tally of 44 assists is a club record."),
    ("The striker has scored 31 goals and made 12 assists.", "Her tally of 44 is a club record."),
    ("The striker has scored 31 goals.", "She has also scored 12 penalties.", "Her tally of 44 is a club record."),
    ("The winger scored 57 tries last season.", "His tally of 39 this season is the best in the league."),
    ("The winger scored 57 points last season.", "His tally of 39 this season is the best in the league."),
    ("Volunteers collected 96 bags of litter on Saturday.", "Their total of 138 on Sunday was a record."),
    ("The side collected 96 points over the season.", "Their rivals' total of 138 was a club best."),
    ("The side scored 96 tries over the season.", "His tally of 30 made him the top scorer."),
    ("Smith scored 30 goals.", "Jones's tally of 25 was the next best."),
    # 3. owned sums: the same value, another kind of sum, another owner, a plan, another year or month
    ("The heir to the firm received a salary of £730,000.", "Workers said his pay of £730,000 was an insult."),
    ("The heir to the firm received a salary of £730,000.", "Workers said his bonus of £570,000 was an insult."),
    ("The heir to the firm received a salary of £730,000.", "His deputy's salary of £570,000 was also criticised."),
    ("The club paid $4.2 million for the striker.", "Her salary of $3 million was also criticised."),
    ("The heir to the firm received a salary of £730,000.", "Workers said his pay of £570,000 would be fairer."),
    ("The heir to the firm received a salary of £730,000 last year.",
     "Workers said his pay of £570,000 this year was an insult."),
    ("The chemical company was fined $2 million in March.", "It said that penalty of $3.5 million in April was unfair."),
    ("The chemical company was fined $2 million over the spill.", "Its fine of $3.5 million over the fraud was bigger."),
    # 4. terms: the same value, another person's term, a term reduced on appeal, a term asked for (new guard: a
    # value asked, sought, demanded, proposed or urged is not the one stated)
    ("The court sentenced the smuggler to 16 years in prison.", "Lawyers will appeal against the 16-year term."),
    ("The court sentenced the smuggler to 16 years in prison.", "His accomplice received a 20-year term."),
    ("The court sentenced the smuggler to 16 years in prison.", "His accomplice's 20-year term was upheld."),
    ("The court sentenced the smuggler to 16 years in prison, reduced on appeal to 12 years.",
     "The 12-year term ends in 2030."),
    ("The court sentenced the smuggler to 16 years in prison.", "Prosecutors had asked for the 20-year term."),
    ("The smuggler was jailed for 16 years.", "Prosecutors had sought the 20-year term."),
    ("The smuggler was jailed for 16 years.", "His lawyers had urged the 10-year term."),
    # 5. office holders: the same age, another person, two ages, several holders, an age then
    ("The new finance minister is 83.", "Colleagues describe the 83-year-old as ambitious."),
    ("The new finance minister is 83.", "His 33-year-old deputy is seen as ambitious."),
    ("The new finance minister is 83.", "Colleagues describe the 33-year-old deputy as ambitious."),
    ("The new finance minister is 83.", "At 33, he had been the youngest member of parliament."),
    ("The new finance minister is 83 and her deputy is 51.", "Colleagues describe the 33-year-old as ambitious."),
    ("The new ministers are 83 and 51.", "Colleagues describe the 33-year-old as ambitious."),
    ("The new bishop is 78.", "The 49-year-old curate will assist him."),
    ("The new bishop is 78.", "At 49, he was ordained a priest."),
    ("The minister is 83.", "Colleagues describe the 33-year-old as ambitious."),
    # 6. plurals: two members counted, a part by place, the same value
    ("The city has bought 38 buses and 12 lorries.", "The vehicles, 28 in all, will run on the busiest routes."),
    ("The bank will shut 40 branches.", "Customers of the 25 branches in Scotland were told by letter."),
    ("The city has bought 38 electric buses.", "The vehicles, 38 in all, will run on the busiest routes."),
    # 7. ages then, another person, the same age
    ("The oldest competitor at the gala is 52 years old.", "At 52 years old, he still trains every morning."),
    ("The oldest competitor at the gala is 52 years old.", "At 36 years old, he started swimming."),
    ("The oldest competitor at the gala is 52 years old.", "At 36 years old, he won his first medal."),
    ("The oldest competitor at the gala is 52 years old.", "He took up the sport at 36 years old."),
    ("The oldest competitor at the gala is 52 years old.", "At 36 years old, his son is the fastest in the club."),
    # 8. "entire" before another thing's measure: a tank's capacity, a part of a farm, a part of a length
    ("The tanker lorry was carrying 5,300 litres of milk when it overturned.", "Its entire 7,130-litre tank was not full."),
    ("The farm covers 400 hectares.", "Its entire 120-hectare woodland will be sold."),
    ("The pipeline is 400 kilometres long.", "Its entire 40-kilometre stretch through the valley is buried."),
    ("The tanker lorry was carrying 5,300 litres of milk and 200 litres of cream.",
     "Its entire 7,130-litre load poured into the ditch."),
]


@pytest.mark.parametrize(("first", "second", "stated", "then"), RECALL)
def test_round17_readings_find_the_conflict(first: str, second: str, stated: str, then: str) -> None:
    value, spans = _figures(first, second)
    assert value == 1.0
    assert spans[0].startswith(stated) and spans[1].startswith(then)


@pytest.mark.parametrize("sentences", NEAR_MISSES)
def test_round17_near_misses_stay_silent(sentences: tuple[str, ...]) -> None:
    assert _figures(*sentences)[0] == 0.0
