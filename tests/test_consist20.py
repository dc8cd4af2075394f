"""Round consist20 (session 24): figure readings, precision first (wordings written for this round, not from a set).

Each rule has conflicts in other wording than the templates (RECALL) and near-misses that must stay silent
(NEAR_MISSES): the same value, another date, season or place, another direction, a plan, another thing measured.
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
    # 1. metric symbols written apart ("171 mm", "14 km", "6 kg") and the degree sign ("31°C", "41 °F") read as the
    # names of their units
    ("The storm dropped 84 millimetres of rain on the town.", "The storm dropped 171 mm of rain on the town.",
     "84 millimetres", "171 mm"),
    ("The storm dropped 84 mm of rain on the town.", "The storm dropped 171 millimetres of rain on the town.",
     "84 mm", "171 millimetres"),
    ("The road is 14 kilometres long.", "The 19 km road opened in May.", "14 kilometres", "19 km"),
    ("The road is 14 km long.", "The 19-kilometre road opened in May.", "14 km", "19-kilometre road"),
    ("The road is 14 kilometres long.", "The 19-km road opened in May.", "14 kilometres", "19-km road"),
    ("The water in the pool is 24 degrees Celsius.", "Swimmers enjoy the 31°C water.", "24 degrees", "31°C"),
    ("The water in the pool is 24 degrees Celsius.", "Swimmers enjoy the 31 °C water.", "24 degrees", "31 °C"),
    ("The snow lay 40 cm deep in the village.", "The 55 centimetres of snow cut off the farms.",
     "40 cm", "55 centimetres"),
    # 2. a change told with "by" named later by its noun, in the same direction ("rose by" ... "the rise of",
    # "the increase of"; "cut by" ... "the reduction of"; "fell by $9 million" ... "The fall, $14 million,")
    ("Prices rose by 12 percent last year.", "The rise of 20 percent hurt families.", "12 percent", "20 percent"),
    ("Bus fares rose by 12 percent.", "The increase of 20 percent hurt commuters.", "12 percent", "20 percent"),
    ("Sales fell by 9 percent.", "The decline of 14 percent worried investors.", "9 percent", "14 percent"),
    ("Sales fell by 9 percent.", "The drop of 14 percent worried investors.", "9 percent", "14 percent"),
    ("Profits fell by $9 million.", "The drop of $14 million worried investors.", "$9 million", "$14 million"),
    ("Profits fell by $9 million.", "The fall, $14 million, worried investors.", "$9 million", "$14 million"),
    ("The council cut the arts budget by £3 million.", "The reduction of £5 million closed two theatres.",
     "£3 million", "£5 million"),
    ("Snowmelt raised the river by 238 millimetres.", "The rise of 22 millimetres flooded the towpath.",
     "238 millimetres", "22 millimetres"),
    ("The council raised fees by 12 percent.", "Students say the increase, 20 percent, is unfair.",
     "12 percent", "20 percent"),
    ("Sales fell by 9 percent.", "The fall, 14 percent, worried investors.", "9 percent", "14 percent"),
    ("The hospital cut the waiting list by 910 patients.", "The reduction of 548 was achieved with weekend clinics.",
     "910 patients", "548"),
    ("The hospital cut the waiting list by 910 patients.", "The reduction of 548 patients was praised.",
     "910 patients", "548 patients"),
    ("The hospital reduced its waiting list by 910 patients.", "The reduction of 548 patients was praised.",
     "910 patients", "548 patients"),
    # 6. "N of those <participle>" as "N of the <participle>" ("all 31 of those arrested")
    ("Police arrested 23 people after the march.", "All 31 of those arrested were released on bail.",
     "23 people", "31"),
    # 7. a forecast after "than" is what the value is compared with, not another value
    ("Unemployment rose to 8 percent in October.", "The rate of 11 percent was lower than economists had expected.",
     "8 percent", "11 percent"),
    ("Unemployment rose to 8 percent.", "The rate of 11 percent was higher than forecast.", "8 percent", "11 percent"),
    # 8. "May" after "in", "on", "since" ... is the month, no modal ("opened in May")
    ("The bridge cost $40 million.", "The bridge, which cost $55 million, opened in May.",
     "$40 million", "$55 million"),
    ("Unemployment rose to 8 percent in May.", "The 11 percent rate was the highest in a decade.",
     "8 percent", "11 percent rate"),
    # 10. a possessive owner named by the general word for the one thing of its kind told before
    ("The ship carried 2,400 passengers.", "The vessel's 3,100 passengers were evacuated by lifeboat.",
     "2,400 passengers", "3,100 passengers"),
    ("The helicopter carried 14 soldiers.", "The aircraft's 19 soldiers were rescued.", "14 soldiers", "19 soldiers"),
    ("The lorry carried 40 tonnes of sand.", "The vehicle's 55 tonnes of sand spilled on the road.",
     "40 tonnes", "55 tonnes"),
    # 11. millions and billions joined to a sum after its sign ("$8m", "$1.5bn") read as "$8 million"
    ("The new stadium cost $5 million.", "The $8m stadium opened in June.", "$5 million", "$8m stadium"),
    ("The new stadium cost $5m.", "The $8 million stadium opened in June.", "$5m", "$8 million stadium"),
    ("The deal is worth $1.2 billion.", "The $1.5bn deal was signed on Friday.", "$1.2 billion", "$1.5bn deal"),
    ("The deal is worth $1.2bn.", "The $1.5 billion deal was signed on Friday.", "$1.2bn", "$1.5 billion deal"),
    # 4. a collective's "of N" with no noun after it: the count its owner was said to have, run or employ
    ("The haulage firm runs 135 lorries.", "Its fleet of 387 will switch to electric.", "135 lorries", "387"),
    ("The bus company operates 220 buses.", "The fleet of 310 buses is ageing.", "220 buses", "310 buses"),
    ("The factory employs 850 workers.", "Its workforce of 620 voted to strike.", "850 workers", "620"),
    ("The factory employs 850 people.", "Its workforce of 620 voted to strike.", "850 people", "620"),
    ("The factory employs 850 staff.", "The workforce of 620 voted to strike.", "850 staff", "620"),
    ("The charity has 40 employees.", "Its staff of 65 was praised by inspectors.", "40 employees", "65"),
    # 5. "salary" names a sum per year ("earns $120,000 a year" ... "Her $150,000 salary")
    ("The mayor earns $120,000 a year.", "Her $150,000 salary has drawn criticism.",
     "$120,000 a year", "Her $150,000 salary"),
    ("The mayor earns $120,000 a year.", "Her salary of $150,000 has drawn criticism.",
     "$120,000 a year", "Her salary of $150,000"),
    ("The chief executive is paid £380,000 a year.", "His £950,000 salary should be cut.",
     "£380,000 a year", "His £950,000 salary"),
    ("The chief executive earns €380,000 a year.", "Campaigners say his salary, €950,000, should be cut.",
     "€380,000 a year", "his salary, €950,000"),
]


NEAR_MISSES = [
    # 1. the same value in another spelling, another date or place, another thing measured
    ("The storm dropped 84 millimetres of rain on Monday.", "The storm dropped 171 mm of rain on Tuesday."),
    ("The storm dropped 84 mm of rain on the town.", "The storm dropped 84 millimetres of rain on the town."),
    ("The water in the pool is 24 degrees Celsius.", "Swimmers enjoy the 24°C water."),
    ("The water in the pool is 24 degrees Celsius.", "The sauna next door reaches 80°C."),
    ("The water in the pool is 24 degrees Celsius in winter.", "Swimmers enjoy the 31°C water in summer."),
    ("The water in the pool is 24 degrees in winter.", "Swimmers enjoy the 31-degree water in summer."),
    ("The road is 14 km long.", "A 19-km extension is planned."),
    ("The road is 14 km long.", "The 19-km bypass opened in May."),
    ("The baby weighed 4 kg at birth.", "The baby weighed 6 kg at six months."),
    ("Temperatures reached 41 °C in Seville.", "The 35 °C in Madrid was milder."),
    ("Seville had 41 °C on Monday.", "Madrid had 35 °C on Monday."),
    ("The oven runs at 180°C.", "The 220 °F setting burns the bread."),
    # 2. another direction, another change, another occasion or place, a plan, a forecast, a hypothesis
    ("Prices rose by 12 percent.", "The fall of 20 percent hurt families."),
    ("Prices rose by 12 percent.", "The fall of 20 percent in wages hurt families."),
    ("Rents rose by 12 percent.", "Wages rose by 3 percent.", "The rise of 3 percent did not keep up."),
    ("Prices rose by 12 percent last year.", "This year's rise of 20 percent was worse."),
    ("Prices rose by 12 percent last year.", "The rise of 20 percent this year was worse."),
    ("Sales fell by 9 percent in March.", "The fall of 14 percent in April was steeper."),
    ("House prices rose by 12 percent in London.", "The rise of 4 percent in Leeds was modest."),
    ("Prices rose by 12 percent.", "A rise of 20 percent would ruin us."),
    ("Prices rose by 12 percent.", "Unions want a rise of 20 percent in pay."),
    ("Prices rose by 12 percent.", "The union wants the rise of 20 percent in pay."),
    ("The hospital cut the waiting list by 910 patients.", "The 548 patients treated at weekends were grateful."),
    ("The hospital cut the waiting list by 910 patients.", "All 548 patients were seen within a week."),
    ("The river rose by 238 millimetres overnight.", "The rise of 22 millimetres on Tuesday was smaller."),
    ("The council will cut the budget by $3 million.", "The cut of $5 million next year will hit libraries."),
    ("The council cut the budget by $3 million.",
     "Critics say the reduction of $5 million proposed by the mayor is too deep."),
    ("Fares rose by 5 percent in 2019.", "The increase of 8 percent in 2020 angered commuters."),
    ("Fares rose by 5 percent.", "The increase of 5 percent angered commuters."),
    ("Fares rose by 5 percent.", "The increase of 8 percent expected next year angered commuters."),
    ("Fares rose by 5 percent and parking charges by 8 percent.", "The increase of 8 percent angered drivers."),
    ("The firm cut its workforce by 400.", "The 650 workers who remain fear more cuts."),
    ("Exports fell by $4 billion.", "Imports fell by $9 billion.", "The drop of $9 billion surprised analysts."),
    ("Sales fell by 9 percent.", "Analysts had predicted a fall of 14 percent."),
    ("Sales fell by 9 percent.", "The rise, 14 percent, worried investors."),
    ("Sales fell by 9 percent.", "The fall, 9 percent, worried investors."),
    ("Sales fell by 9 percent in March.", "The fall, 14 percent, in April worried investors."),
    ("Sales fell by 9 percent.", "Profits fell by 3 percent.", "The fall, 14 percent, worried investors."),
    ("Sales fell by 9 percent.", "The forecast fall of 14 percent did not happen."),
    # 4. no verb of having, running or employing; two counts; the same value; a plan, a hypothesis; another owner,
    # date, place; a part; another kind
    ("Fifteen lorries were damaged in the fire.", "Its fleet of 387 will switch to electric."),
    ("The firm runs 135 lorries and 40 vans.", "Its fleet of 387 will switch to electric."),
    ("The firm runs 135 lorries.", "It also runs 40 vans.", "Its fleet of 387 will switch to electric."),
    ("The firm runs 135 lorries.", "Its fleet of 135 will switch to electric."),
    ("The firm runs 135 lorries.", "Its fleet of 387 would be the largest in the country."),
    ("The firm runs 135 lorries.", "A rival has a fleet of 387."),
    ("The firm runs 135 lorries.", "The rival firm's fleet of 387 is newer."),
    ("The firm runs 135 lorries.", "By 2030 its fleet of 387 will be electric."),
    ("The firm runs 135 lorries in Scotland.", "Its fleet of 387 in England is older."),
    ("The factory employs 850 workers.", "Its workforce of 850 voted to strike."),
    ("The factory employs 850 workers.", "Last year its workforce of 620 voted to strike."),
    ("The factory employs 850 workers in Leeds.", "Its workforce of 620 in Bradford voted to strike."),
    ("The factory had 850 workers in 1990.", "Its workforce of 620 voted to strike."),
    ("The company had 850 workers.", "Its workforce of 620 now faces cuts."),
    ("The hospital has 300 nurses.", "Its staff of 2,000 voted to strike."),
    ("The airline has 40 planes.", "Its staff of 620 voted to strike."),
    ("About 300 workers joined the strike.", "The workforce of 620 voted on Friday."),
    ("The council employs 850 workers.", "The staff of 620 at the town hall voted to strike."),
    ("The union has 850 members.", "Its workforce of 620 voted to strike."),
    ("The firm employs 850 workers and 40 contractors.", "Its workforce of 890 voted to strike."),
    ("The firm has 850 workers.", "It hopes its workforce of 1,000 will be in place by 2025."),
    # 5. the same sum, another owner, a plan or hypothesis, another year, another rate, two earners, another measure
    ("The mayor earns $120,000 a year.", "Her $120,000 salary has drawn criticism."),
    ("The mayor earns $120,000 a year.", "Her predecessor's $150,000 salary drew criticism."),
    ("The mayor earns $120,000 a year.", "A salary of $150,000 would be fairer."),
    ("The mayor earns $120,000 a year.", "Her salary of $150,000 would be the highest in the state."),
    ("The mayor earns $120,000 a year.", "Her salary will rise to $150,000 next year."),
    ("The mayor earns $120,000 a year.", "Her $150,000 salary next year has drawn criticism."),
    ("The mayor earned $120,000 a year in 2010.", "Her $150,000 salary in 2016 drew criticism."),
    ("The mayor earns $2,500 a week.", "Her $150,000 salary has drawn criticism."),
    ("The mayor earns $120,000 a year.", "Her deputy earns $90,000 a year.", "His $150,000 salary drew criticism."),
    ("The mayor earns $120,000 a year.", "The governor's salary of $150,000 is higher."),
    ("The mayor earns $120,000 a year.", "She wants a $150,000 salary."),
    ("The mayor earns $120,000 a year, her deputy $90,000.", "Her $150,000 salary drew criticism."),
    ("The mayor earns $120,000 a year.", "Her salary, $150,000 with bonuses, drew criticism."),
    ("The mayor earns $120,000 a year.", "The average salary of $50,000 in the city is far lower."),
    # 6. a part of those arrested; the same count; another day; a count told as added between ("9 more", "another
    # 9"): a later, larger count may be the total
    ("Police arrested 23 people after the march.", "Twelve of those arrested were released on bail."),
    ("Police arrested 23 people after the march.", "Of those arrested, 12 were released on bail."),
    ("Police arrested 23 people after the march.", "All 23 of those arrested were released on bail."),
    ("Police arrested 23 people on Friday.", "All 31 of those arrested on Saturday were released on bail."),
    ("Police arrested 23 people after the march.", "Police arrested 9 more on Sunday.",
     "All 32 of those arrested were released."),
    ("Police arrested 23 people after the march.", "Police arrested 9 more on Sunday.",
     "All 32 of the arrested were released."),
    ("Police arrested 23 people after the march.", "Police arrested 9 more people on Sunday.",
     "The 32 people arrested were released."),
    ("Police arrested 23 people after the march.", "Police arrested another 9 on Sunday.",
     "The 32 arrested were released."),
    # 7. a forecast or another value without "than"; the same value; another month; a hypothesis
    ("Unemployment rose to 8 percent.", "The rate of 11 percent was expected by economists."),
    ("Unemployment rose to 8 percent.", "The rate of 11 percent was the forecast for next year."),
    ("Unemployment rose to 8 percent.", "The rate of 8 percent was lower than economists had expected."),
    ("The lorry weighed 40 tonnes.", "That weight of 44 tonnes is the legal limit."),
    ("Unemployment rose to 8 percent in October.", "The rate of 11 percent in November was higher than expected."),
    ("Unemployment rose to 8 percent.", "A rate of 11 percent would be higher than expected."),
    # 8. the modal "may"; another month
    ("The bridge cost $40 million.", "The bridge, which may cost $55 million, opens in June."),
    ("Unemployment rose to 8 percent in April.", "The 11 percent rate in May was the highest in a decade."),
    # 9. "by N votes to M" is a tally, not a margin of N (a base false alarm: "the 20-vote margin")
    ("The vote passed by 220 to 200.", "The 20-vote margin was narrower than expected."),
    ("The bill passed by 220 votes to 200.", "The 20-vote margin was narrow."),
    # 10. another member named as owner; two members; another one; the same value; another year
    ("The ship carried 2,400 passengers.", "The ferry's 3,100 passengers were evacuated by lifeboat."),
    ("The ship and the ferry carried 2,400 passengers.", "The vessel's 3,100 passengers were evacuated."),
    ("The ship carried 2,400 passengers.", "A ferry came alongside.", "The vessel's 300 passengers watched."),
    ("The ship carried 2,400 passengers.", "Another vessel's 3,100 passengers watched."),
    ("The ship carried 2,400 passengers.", "The vessel's 2,400 passengers were evacuated by lifeboat."),
    ("The ship carried 2,400 passengers in 2010.", "The vessel's 3,100 passengers in 2015 complained."),
    # 11. the same sum in the other spelling; another thing's sum; a hypothesis; no sign (metres)
    ("The new stadium cost $5 million.", "The $5m stadium opened in June."),
    ("The deal is worth $1.5 billion.", "The $1.5bn deal was signed on Friday."),
    ("The new stadium cost $5 million.", "The $8m roof was added in 2019."),
    ("The deal is worth $1.2 billion.", "A $1.5bn deal would have been better."),
    ("The wall is 8 metres high.", "The 12m wall was built in 1961."),
    # 3. "last year" against "this year", and the seasons, set two statements apart
    ("House prices fell by 9 percent last year.", "The 4 percent fall this year was smaller."),
    ("Prices rose by 12 percent last year.", "The 20 percent rise this year was worse."),
    ("The pool holds 300 swimmers in winter.", "The 500 swimmers in summer enjoy it."),
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


# 9. a margin told with "by" alone still meets a margin named later
MARGINS = [
    ("The bill passed by 20 votes.", "The 30-vote margin was narrow.", "20 votes", "30-vote margin"),
    ("The motion was carried by 36 votes.", "The 52-vote margin surprised MPs.", "36 votes", "52-vote margin"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), MARGINS)
def test_margins_still_read(first: str, second: str, stated: str, restated: str) -> None:
    value, spans = _figures(first, second)
    assert value >= 1 and stated in spans[0] and restated in spans[1], spans
