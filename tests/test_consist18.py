"""Round consist18 (session 22): figure readings from the misses of blind17, precision first.

Each rule has conflicts in other wording than the templates (RECALL) and near-misses that must stay silent
(NEAR_MISSES): the same value, a norm or a plan, another occasion, another thing, a part.
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
    # 1. abbreviated units read as their names: after a number and joined by a hyphen
    ("The pond holds 2,400 litres of water.", "When full, the 3,100 l pond weighs more than a van.",
     "2,400 litres", "3,100 l"),
    ("The orchard covers 95 hectares.", "Its 140 ha produce cider apples every autumn.", "95 hectares", "140 ha"),
    ("Passengers waited for 14 hours at the airport.", "The 20-hr wait was the longest anyone could recall.",
     "14 hours", "20-hr"),
    ("The ferry crossing takes 40 minutes.", "The 75-min crossing is popular with tourists.",
     "40 minutes", "75-min"),
    ("The ice rink is 70 feet long.", "Skaters loved the 101 ft rink.", "70 feet", "101 ft"),
    # 2. a unit right after the number is the head even before a noun of a known class ("blaze": a fire)
    ("The fire has burnt 730 hectares of moorland.", "Crews say the 3,560 ha blaze is now contained.",
     "730 hectares", "3,560 ha"),
    ("The fire has burnt 730 hectares of moorland.", "Crews say the 3,560 hectare blaze is now contained.",
     "730 hectares", "3,560 hectare"),
    # 3. a plural count with a singular "is"/"was", judged after a verb of saying or opinion
    ("The club has lost 43 matches this season.", "Supporters say 61 matches is an embarrassment.",
     "43 matches", "61 matches"),
    ("The shelter took in 210 cats after the floods.", "Volunteers felt 150 cats was a heavy burden.",
     "210 cats", "150 cats"),
    # 4. "will" before a definite sum or measure: what becomes of the one told before
    ("The estate has set aside 1,920 hectares for rewilding.",
     "Bison will be released on the 3,320 hectares next spring.", "1,920 hectares", "3,320 hectares"),
    # 5. a verb's noun in apposition names its act ("lost" ... "The loss, N,"; "donated" ... "The donation, N,")
    ("The carmaker lost $2.7 million in the last quarter.", "The loss, $6.8 million, was blamed on steel prices.",
     "$2.7 million", "$6.8 million"),
    ("The council donated $2 million to the school.", "The donation, $3 million, paid for a new library.",
     "$2 million", "$3 million"),
    # 6. "in number" closes an apposition as "in all" does
    ("The club has signed 66 new players this summer.", "The players, fifteen in number, trained on Sunday.",
     "66 new players", "fifteen in number"),
    # 7. "That score, N," is a tally; "finished with N points" states one
    ("The quiz team finished with 96 points.", "That score, 138, earned them a place in the final.",
     "96 points", "138"),
    ("The team finished with 96 points.", "That tally of 138 was a club record.", "96 points", "138"),
    ("The striker scored 31 goals.", "Her tally, 44, is a club record.", "31 goals", "44"),
    # 8. a gift, a bequest: a donation
    ("The philanthropist donated $10.4 million to the hospital.", "The gift, $13 million, paid for a new ward.",
     "$10.4 million", "$13 million"),
    ("The old man bequeathed £420,000 to the village.", "The £150,000 bequest will restore the church.",
     "£420,000", "£150,000"),
    # 9. a possessive sum before "will" is the sum given ("would", "could": a hypothetical, below)
    ("The philanthropist donated $10.4 million to the hospital.",
     "Her donation of $13 million will pay for a new cancer ward.", "$10.4 million", "$13 million"),
    # 10. a rate named by its adjective: the one count stated with that rate, of any noun
    ("The refinery produces 534 barrels a week.", "Its weekly output of 737 makes it the smallest in the region.",
     "534 barrels", "737"),
    ("The bakery sells 900 loaves a day.", "Its daily sales of 1,200 keep ten staff busy.", "900 loaves", "1,200"),
    ("The factory makes 400 cars a month.", "That monthly total of 650 was a company record.", "400 cars", "650"),
    # 11. a sum, measure or duration in apposition with a short phrase of its own ("over", "in", "from" ...)
    ("The lifeboat sailed 42 kilometres to reach the yacht.",
     "The crew said the trip, 61 km through heavy seas, exhausted them.", "42 kilometres", "61 km"),
    ("The town borrowed £2 million to rebuild its pier.", "The loan, £3 million over fifteen years, was approved.",
     "£2 million", "£3 million"),
    ("The hostages spent 44 days in captivity.", "Their ordeal, 61 days in a cellar, has left them traumatised.",
     "44 days", "61 days"),
    ("The cyclist spent nineteen days crossing Australia.", "Her crossing, 27 days from coast to coast, raised "
     "money for charity.", "nineteen days", "27 days"),
    # 12. "of it" closes an apposition as "of them" does
    ("Volunteers cleared 5,800 tonnes of rubbish from the beaches.", "The rubbish, 8,080 tonnes of it, filled forty "
     "skips.", "5,800 tonnes", "8,080 tonnes"),
    # 13. "each of the N", "every one of the N", "all of the N" with no noun: the whole set, as "all N"
    ("The inquiry heard from 64 witnesses.", "Each of the 19 was questioned for an hour.", "64 witnesses", "19"),
    ("The sanctuary took in 212 donkeys last year.", "Every one of the 180 was checked by a vet.",
     "212 donkeys", "180"),
    ("The airline grounded 37 jets.", "All of the 52 were inspected overnight.", "37 jets", "52"),
    # 14. a sum's rate named by its adjective ("his weekly €810,000", "His annual salary of £1.2 million")
    ("The midfielder earns €470,000 a week.", "Supporters resent his weekly €810,000.", "€470,000", "his weekly"),
    ("The chief executive is paid £900,000 a year.", "Her annual salary of £1.4 million was approved by the board.",
     "£900,000", "Her annual salary"),
    # 15. people employed are staff ("employed 870 people" ... "those 270 jobs")
    ("The sawmill employed 430 people until it shut.", "Losing those 210 jobs has hit the valley hard.",
     "430 people", "210 jobs"),
    # 16. a charge or a fare is a cost, a windfall a prize
    ("A return ticket on the ferry costs $14.", "Islanders say the $19 fare is too high.", "$14", "$19 fare"),
    ("The syndicate's lottery jackpot was £2.3 million.", "Members will split their £3.1 million windfall.",
     "£2.3 million", "£3.1 million"),
    # 17. "every one of the N days", "each of the N days": the whole span
    ("The climbers were stranded for 41 days.", "They rationed food on each of the 26 days.", "41 days", "26 days"),
    # 18. ", a total of N <noun>," in apposition; a proper adjective before the noun ("661 Roman coins")
    ("Divers recovered 418 Spanish coins from the wreck.", "The treasure, a total of 290 coins, is now in a museum.",
     "418 Spanish coins", "290 coins"),
    # 19. "$N of <noun>" names what the sum is, for "the $M of <noun>" later
    ("The flood caused £4.6 million of damage to the town.", "Insurers settled the £6.1 million of damage within a month.",
     "£4.6 million", "£6.1 million"),
    ("The new stadium swallowed €19 million of public money.", "Critics asked who signed off the €26 million of "
     "public money.", "€19 million", "€26 million"),
    # 20. a margin told with a copula after a word for one ("Her majority was N votes")
    ("The new MP's majority was 4,218 votes.", "Her majority of 7,940 was the largest in the region.",
     "4,218 votes", "7,940"),
    ("The new MP's majority was 4,218 votes.", "Supporters cheered the 7,940-vote margin.", "4,218 votes", "7,940"),
    # 21. a bill is what something cost
    ("The school's new roof will cost £780,000.", "Governors say the bill, £1.2 million, is too high.",
     "£780,000", "£1.2 million"),
    # 22. an apposition closing the sentence ("..., 185 mm in all.")
    ("The storm dropped 238 millimetres of rain on the town.", "Drains were overwhelmed by the downpour, 185 mm in all.",
     "238 millimetres", "185 mm"),
    ("The regiment sent 300 troops.", "The minister thanked the troops, 450 in all.", "300 troops", "450"),
    # (and a count word joined to an abbreviation)
    ("The ferry crossing takes 40 minutes.", "The seventy-five-min crossing is popular with tourists.",
     "40 minutes", "seventy-five-min"),
]

NEAR_MISSES = [
    # 1. the same value abbreviated; another thing's measure; "m" stays a million
    ("The pond holds 2,400 litres of water.", "When full, the 2,400 l pond weighs more than a van."),
    ("Passengers waited for 14 hours at the airport.", "The 14-hr wait was the longest anyone could recall."),
    ("The trial lasted 18 hrs.", "The 24-hour sentence was served in the cells."),
    ("The company made a profit of $5m last year.", "The 8m shares will be sold."),
    ("The bull weighs 900 kilograms.", "The 400 kg calf was sold."),
    # 3. the same count; a norm for any one; a plural verb (a statement of a part); another value
    ("The club has lost 43 matches this season.", "Supporters say 43 matches is an embarrassment."),
    ("The school has 400 pupils.", "Parents said 30 pupils was too many for one class."),
    ("The school has 400 pupils.", "Parents said 30 pupils was too many in a class."),
    ("The shop sold 500 cakes on Saturday.", "The owner said 200 cakes was a good day's work on a weekday."),
    ("The club lost 43 games last season.", "Fans said 20 games were lost at home."),
    ("The club lost 43 games last season.", "Fans say 20 wins is the target."),
    ("The club lost 43 games last season.", "Fans say 20 games is enough to win the title."),
    ("The club has 300 members.", "Officials said 200 members was the minimum for a quorum."),
    ("The club lost 43 games last season.", "Next year, fans say 55 games is a disgrace."),
    # 4. another occasion, a part, a hypothetical, a count of things under a plan
    ("The estate has set aside 1,920 hectares for rewilding.",
     "Next year bison will be released on the 3,320 hectares."),
    ("The estate has set aside 1,920 hectares for rewilding.",
     "Bison will be released on the 300 hectares nearest the river."),
    ("The estate has set aside 1,920 hectares for rewilding.",
     "Bison were released on the 300 hectares nearest the river."),
    ("The charity raised £420,000 last year.", "It will spend the £105,000 raised this year on a stable."),
    ("The charity raised £420,000 last year.", "It spent the £105,000 raised this year on a stable."),
    ("The council received a grant of $2 million.", "It would spend the $3 million on bridges if allowed."),
    ("858 individuals were flagged by the audit.", "The agency will review all 1,811 individuals."),
    # 5. the same value; another act's noun
    ("The carmaker lost $2.7 million in the last quarter.", "The loss, $2.7 million, was blamed on steel prices."),
    ("The carmaker lost $2.7 million in the last quarter.", "Its profit, $6.8 million, came from spare parts."),
    # 6. another group of the players
    ("The club has signed 66 new players this summer.", "The goalkeepers, two in number, trained on Sunday."),
    # 7. two scores before; the same score; another season
    ("The quiz team finished with 96 points.", "Their rivals finished with 80 points.",
     "That score, 138, earned them a place in the final."),
    ("The team finished with 96 points.", "That score, 96, was a club record."),
    ("The team finished with 96 points last season.", "That score, 138, this season was a club record."),
    ("The side scored 96 tries.", "His tally, 30, was a club record."),
    # 8. the same gift; a further gift
    ("The philanthropist donated $10.4 million to the hospital.", "Her gift of $10.4 million paid for a new ward."),
    ("The philanthropist donated $10.4 million to the hospital.", "A further gift of $13 million paid for a new ward."),
    ("The philanthropist donated $10.4 million to the hospital last year.",
     "Her gift of $13 million this year paid for a new ward."),
    # 9. a hypothetical sum
    ("The heir to the firm received a salary of £730,000.", "Workers said his pay of £570,000 would be fairer."),
    # 11. the same value; another sum's kind; another stretch; a part by place; another span (the preparation,
    # another event)
    ("The town borrowed £2 million to rebuild its pier.", "The loan, £2 million over fifteen years, was approved."),
    ("The town borrowed £2 million to rebuild its pier.", "The grant, £3 million over fifteen years, was approved."),
    ("The pipeline runs 600 kilometres.", "The section, 53 km across the desert, was finished first."),
    ("The storm cost the city $8 million.", "The repairs, $3 million in the old town, were paid by the state."),
    ("The miners spent sixty days underground.", "The rescue, 3 days in the planning, was a success."),
    ("The strike lasted 12 weeks.", "The dispute, 20 weeks in the making, was settled on Friday."),
    ("The strike lasted 12 weeks.", "The inquiry, 20 weeks from start to finish, cost millions."),
    ("The farm covers 400 hectares.", "The woodland, 120 hectares along the river, was sold."),
    ("The loan of £2 million was approved.", "The loan, £3 million in a year, would be too much."),
    # 12. the same tonnage; a part of another thing
    ("Volunteers cleared 5,800 tonnes of rubbish from the beaches.", "The rubbish, 5,800 tonnes of it, filled forty "
     "skips."),
    ("The farm produced 300 tonnes of grain.", "The wheat, 120 tonnes of it, was sold."),
    # 13. a part told before; two counts; the same count; a part by when
    ("Of the 64 witnesses, 19 were police officers.", "Each of the 19 was questioned for an hour."),
    ("The inquiry heard from 64 witnesses and 12 experts.", "Each of the 19 was questioned for an hour."),
    ("The inquiry heard from 64 witnesses.", "Each of the 64 was questioned for an hour."),
    ("The inquiry heard from 64 witnesses.", "Each of the 19 in the first week was questioned for an hour."),
    # 14. the same sum; another rate; a hypothetical or a plan; another's pay; a target; another sum's own noun;
    # two rates before
    ("The midfielder earns €470,000 a week.", "His weekly wage of €470,000 is a club record."),
    ("The midfielder earns €470,000 a week.", "His annual salary of €810,000 is a club record."),
    ("The midfielder earns €470,000 a week.", "His weekly wage of €810,000 would be fairer."),
    ("The midfielder earns €470,000 a week.", "Next season his weekly wage of €810,000 will be a club record."),
    ("The midfielder earns €470,000 a week.", "His team-mate's weekly wage of €810,000 is a club record."),
    ("The midfielder earns €470,000 a week.", "His weekly target of €810,000 is a club record."),
    ("The midfielder earns €470,000 a week.", "The weekly €50 allowance is paid to every player."),
    ("The striker earns €470,000 a week and the goalkeeper €90,000 a week.",
     "His weekly wage of €810,000 is a club record."),
    # 15. another plant's staff; a plan; the same count; other people too; a count of layoffs too
    ("The sawmill employs 430 people.", "The 210 staff at the other mill were laid off."),
    ("The sawmill employs 430 people.", "The firm will cut 210 jobs."),
    ("The sawmill employs 430 people.", "Those 430 jobs are safe."),
    ("The sawmill employs 430 people and 40 contractors.", "Those 210 jobs are safe."),
    ("The sawmill employs 430 people.", "It laid off 90 people last year.", "Those 210 jobs are safe."),
    # 16. a fare for another group
    ("A return ticket on the ferry costs $14 for adults.", "The $6 fare for children was introduced in May."),
    # 17. another event's days; the same span
    ("The strike lasted 12 days.", "Pickets stood outside on each of the 20 days of the trial."),
    ("The strike lasted 12 days.", "Pickets stood outside on each of the 12 days."),
    # 18. the same count; another thing; a month, not a proper adjective
    ("Divers recovered 418 Spanish coins from the wreck.", "The treasure, a total of 418 coins, is now in a museum."),
    ("Divers recovered 418 coins from the wreck.", "The jewellery, a total of 290 pieces, is now in a museum."),
    ("Police arrested 40 people on 12 March.", "On 14 March officers arrested 30 people."),
    # 19. a part named after the noun; two sums of the kind; the same sum; another noun; a part of a budget
    ("The flood caused £4.6 million of damage.", "The £2.1 million of damage in the old town was insured."),
    ("The flood caused £4.6 million of damage.", "The £2.1 million of damage to homes was insured."),
    ("The flood caused £4.6 million of damage last year.", "The £2.1 million of damage in May was insured."),
    ("The flood caused £4.6 million of damage to shops and £1 million of damage to homes.",
     "The £6.1 million of damage was insured."),
    ("The flood caused £4.6 million of damage to the town.", "Insurers settled the £4.6 million of damage in May."),
    ("The flood caused £4.6 million of damage to the town.", "Insurers settled the £6.1 million of claims in May."),
    # 20. the same margin; a margin needed; another election
    ("The new MP's majority was 4,218 votes.", "Her majority of 4,218 was the largest in the region."),
    ("The majority was 52 votes.", "The majority needed is 60 votes."),
    ("The majority was 52 votes in 2015.", "Her majority of 70 in 2019 was a record."),
    # 21. the same sum; another bill
    ("The school's new roof will cost £780,000.", "Governors say the bill, £780,000, is too high."),
    ("The school's new roof will cost £780,000.", "Governors say the legal bill, £1.2 million, is too high."),
    # 22. the same value; another noun; another thing's measure; two counts before
    ("The storm dropped 238 millimetres of rain on the town.", "Drains were overwhelmed by the downpour, 238 mm in all."),
    ("The regiment sent 300 troops.", "The minister thanked the medics, 45 in all."),
    ("The farm covers 400 hectares.", "Buyers were shown the woodland, 120 hectares in all."),
    ("The regiment sent 300 troops and 40 medics.", "The minister thanked the troops, 450 in all."),
    # 10. the same rate; another rate; two counts with the rate (a total of both); a norm, a plan, another year
    ("The refinery produces 534 barrels a week.", "Its weekly output of 534 makes it the smallest in the region."),
    ("The refinery produces 534 barrels a day.", "Its weekly output of 737 makes it the smallest in the region."),
    ("The bakery sells 900 loaves a day and 300 cakes a day.", "Its daily sales of 1,200 keep ten staff busy."),
    ("The bakery sells 900 loaves a day.", "Its daily target of 1,200 keeps ten staff busy."),
    ("The bakery sells 900 loaves a day.", "Its daily output of 1,200 would keep ten staff busy."),
    ("The bakery sells 900 loaves a day.", "Next year its daily output of 1,200 will keep ten staff busy."),
    ("The bakery sold 900 loaves a day last year.", "Its daily output of 1,200 this year keeps ten staff busy."),
]


@pytest.mark.parametrize(("first", "second", "stated", "then"), RECALL)
def test_round18_readings_find_the_conflict(first: str, second: str, stated: str, then: str) -> None:
    value, spans = _figures(first, second)
    assert value >= 1, (first, second)
    assert any(span.startswith(stated) for span in spans), spans
    assert any(span.startswith(then) for span in spans), spans


@pytest.mark.parametrize("sentences", NEAR_MISSES)
def test_round18_near_misses_stay_silent(sentences: tuple[str, ...]) -> None:
    value, spans = _figures(*sentences)
    assert value == 0, (sentences, spans)
