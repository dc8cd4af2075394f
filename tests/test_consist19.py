"""Round consist19 (session 23): figure readings from the misses of blind18, precision first.

Each rule has conflicts in other wording than the templates (RECALL) and near-misses that must stay silent
(NEAR_MISSES): the same value, another qualifier, another occasion, another direction, a point in time.
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
    # 1. the other pasts and participles of a change before "by N percent" ("has fallen by", "soared by")
    ("The price of bread has fallen by 12 percent.", "The 30 percent drop has hurt farmers.",
     "12 percent", "30 percent drop"),
    ("Bus fares have soared by thirteen percent.", "The 30 percent rise has hurt commuters.",
     "thirteen percent", "30 percent rise"),
    ("Share prices plunged by 40 percent on Monday.", "The 25 percent fall wiped out savings.",
     "40 percent", "25 percent fall"),
    ("Membership has grown by 20 percent.", "The 35 percent increase surprised the club.",
     "20 percent", "35 percent increase"),
    ("Profits surged by 30 percent.", "The 45 percent rise delighted shareholders.", "30 percent", "45 percent rise"),
    # 2. a judged quantity carrying the statement's own qualifier, written again whole ("so far", "after the ferry
    # charge", "before tax", "since October", "in April")
    ("The dig has found 430 coins so far.", "Archaeologists say 610 coins so far is remarkable.",
     "430 coins", "610 coins"),
    ("A pint of milk costs $8.80 after the ferry charge.", "Islanders say $4.10 after the ferry charge is unfair.",
     "$8.80", "$4.10"),
    ("The striker earns £90,000 a week before tax.", "Fans say £150,000 before tax is obscene.",
     "£90,000", "£150,000"),
    ("The sea reached 48 degrees in April.", "Swimmers say 28 degrees in April is unheard of.",
     "48 degrees", "28 degrees"),
    ("The gallery has spent $2.4 million since January.", "Critics felt $3.1 million since January was too much.",
     "$2.4 million", "$3.1 million"),
    # 3. "a third of", "only a quarter of" after the copula: a fraction, not another occasion
    ("The appeal has raised €190,000.", "Organisers say €870,000 is only a third of what is needed.",
     "€190,000", "€870,000"),
    ("The appeal has raised €190,000.", "Organisers say €870,000 is a quarter of the total.", "€190,000", "€870,000"),
    # 4. ages: "the N-year-old" before a verb in the present ("plans to", "runs a") names the person as now, whatever
    # the sentence plans; a contest's winner is one person; a hyphenated role gives an age ("The runner-up, 33,")
    ("The lottery winner is 29 years old.", "The fifty-one-year-old plans to buy a caravan.", "29", "fifty-one-year-old"),
    ("A 29-year-old man won the lottery.", "The 51-year-old plans to buy a caravan.", "29-year-old", "51-year-old"),
    ("A 64-year-old nurse won the lottery.", "The 46-year-old runs a small farm near Carlisle.",
     "64-year-old", "46-year-old"),
    ("The marathon winner was 29.", "The 31-year-old hopes to defend her title.", "29", "31-year-old"),
    ("The runner-up, 33, lives in Leeds.", "The 35-year-old said she would race again.", "33", "35-year-old"),
    # 5. "that/this" before a sum's sign is a demonstrative ("That $5.3 million profit")
    ("The company made a profit of $4.1 million.", "That $5.3 million profit delighted staff.",
     "$4.1 million", "$5.3 million profit"),
    ("The new bridge cost £2.6 million.", "This £3.4 million bridge has already cracked.",
     "£2.6 million", "£3.4 million bridge"),
    # 6. a count of beds or berths is the place's capacity
    ("The hospital has 420 beds.", "Its capacity of 510 is stretched every winter.", "420 beds", "510"),
    ("The ferry has 300 berths.", "Its capacity of 420 makes it the largest on the route.", "300 berths", "420"),
    # 7. an outlay or an expenditure is what something cost; a payout or compensation is an award
    ("The new pier cost £2.2 million to build.", "That outlay of £3.1 million was approved in 2014.",
     "£2.2 million", "£3.1 million"),
    ("The school's new roof cost $640,000.", "The expenditure of $910,000 was criticised by auditors.",
     "$640,000", "$910,000"),
    ("The court awarded the nurse €85,000.", "The payout of €120,000 was paid by the trust.", "€85,000", "€120,000"),
    # 8. a membership or readership of N counts the members or readers told before
    ("The choir has 140 members.", "Its membership of 190 makes it the largest in the diocese.", "140 members", "190"),
    ("The magazine has 62,000 readers.", "Its readership of 48,000 is mostly retired.", "62,000 readers", "48,000"),
    # 9. a count word joined to its unit reads as digits joined to it ("the eight-week trial" as "the 8-week trial")
    ("The trial lasted six weeks.", "The eight-week trial ended on Friday.", "six weeks", "eight-week trial"),
    ("The strike lasted 17 days.", "The twenty-one-day strike closed every school.", "17 days",
     "twenty-one-day strike"),
    ("The new tunnel is 4 miles long.", "The seven-mile tunnel opened in May.", "4 miles", "seven-mile tunnel"),
    # 10. ages in words on both sides (an article with no digit and no listed number word was not read for ages)
    ("A twenty-nine-year-old man won the lottery.", "The fifty-one-year-old plans to buy a caravan.",
     "twenty-nine-year-old", "fifty-one-year-old"),
    # 11. general nouns (lexicons/general_nouns.tsv): trees and birds name the one count of a kind of them
    ("The gale brought down 23 beeches along the avenue.", "The 31 trees had been planted in 1890.",
     "23 beeches", "31 trees"),
    ("The reserve counted 412 puffins this spring.", "The 530 birds nest on the cliffs.", "412 puffins", "530 birds"),
    # 12. a measure, span of time or sum stated twice by the same subject and verb (a relative clause too)
    ("The trial lasted six weeks.", "The trial, which lasted eight weeks, heard from 40 witnesses.",
     "six weeks", "eight weeks"),
    ("The new library cost £3.2 million.", "The library, which cost £4.5 million, was opened by the mayor.",
     "£3.2 million", "£4.5 million"),
    ("The ferry crossing takes 40 minutes.", "The crossing takes 75 minutes.", "40 minutes", "75 minutes"),
    ("The stolen sculpture weighed 120 kilograms.", "The sculpture, which weighed 310 kilograms, was never found.",
     "120 kilograms", "310 kilograms"),
    # 13. "the N-strong <group>" gives the size of the group one sentence before named with one number
    ("The squad has 23 players.", "The 25-strong squad flies out on Monday.", "23", "25-strong squad"),
    ("The union has 12,000 members.", "The 15,000-strong union voted to strike.", "12,000", "15,000-strong union"),
    ("The colony has 188 penguins.", "Keepers feed the 939-strong colony twice a day.", "188", "939-strong colony"),
]

NEAR_MISSES = [
    # 1. the change against another direction, the same value, or a change of something else
    ("The price of bread has fallen by 12 percent.", "The 30 percent rise has hurt farmers."),
    ("The price of bread has fallen by 12 percent.", "The 12 percent drop has hurt farmers."),
    ("Bus fares have soared by thirteen percent.", "The 30 percent cut has pleased commuters."),
    ("Share prices plunged by 40 percent on Monday.", "The 25 percent rise wiped out savings."),
    ("Sales have risen by 8 percent.", "The 15 percent increase in wages surprised analysts."),
    ("Exports dipped by 3 percent in May.", "The 7 percent fall in June was worse."),
    ("House prices tumbled by 9 percent in 2015.", "The 4 percent fall in 2016 was smaller."),
    # 2. another qualifier, or the qualifier not written before, or a duration's point in time
    ("The appeal has raised €190,000 this year.", "Organisers say €870,000 so far is a fine effort."),
    ("A pint of milk costs $8.80 after the ferry charge.", "Islanders say $4.10 before the ferry charge is fair."),
    ("A pint of milk costs $8.80 after the ferry charge.", "Islanders say $4.10 after the bus fare is unfair."),
    ("The striker earns £90,000 a week before tax.", "Fans say £150,000 after tax is obscene."),
    ("The sea reached 48 degrees in April.", "Swimmers say 28 degrees in May is unheard of."),
    ("The charity has collected 3,200 coats since October.", "Volunteers say 5,100 coats since March is remarkable."),
    ("The rescue took 90 minutes after the crash.",
     "Witnesses said 20 minutes after the crash was when police arrived."),
    ("The dig has found 430 coins so far.", "Archaeologists say 430 coins so far is remarkable."),
    # 3. an ordinal that is not a fraction, or a fraction of another occasion's value
    ("The appeal has raised €190,000.", "Organisers say €870,000 was a third attempt."),
    ("The appeal has raised €190,000.", "Organisers say €870,000 is the third highest total."),
    ("The appeal has raised €190,000.", "Organisers say €870,000 is a quarter of what was raised last year."),
    # 4. the same age; another person's age (a relative, a possessive); a plural role; two ages given
    ("The lottery winner is 29 years old.", "The 29-year-old plans to buy a caravan."),
    ("A 29-year-old man won the lottery.", "His 51-year-old wife plans to buy a caravan."),
    ("The lottery winner is 29 years old.", "The 51-year-old's wife plans to retire."),
    ("A 12-year-old boy won the prize.", "The 14-year-old twins were runners-up."),
    ("The marathon winner is 29 years old.", "The runner-up, 33, was second.", "The 33-year-old plans to run again."),
    ("The winner of the women's race is 29 years old.", "The winner of the men's race is 33 years old.",
     "The 33-year-old plans to run again."),
    ("The lottery winner will be 30 next month.", "The 29-year-old plans to buy a caravan."),
    # 5. the same sum, another kind of sum, another year's (a period's possessive is an occasion, not an owner)
    ("The company made a profit of $4.1 million.", "That $4.1 million profit was a record."),
    ("The company made a profit of $4.1 million.", "That $5.3 million loss was a shock."),
    ("The company made a profit of $4.1 million last year.", "This year's $5.3 million profit was a record."),
    ("The museum attracted 41,000 visitors last year.", "This year's 52,000 visitors spent two hours inside."),
    # 6. capacity against a count of what the place holds or of another thing, a plan, another's capacity
    ("The hospital treated 420 patients.", "Its capacity of 510 is stretched every winter."),
    ("The hospital has 420 nurses.", "Its capacity of 510 is stretched every winter."),
    ("The hospital has 420 beds.", "Its capacity of 510 would make it the largest after the extension."),
    ("The hospital has 420 beds.", "The rival hospital's capacity of 510 is larger."),
    # 7. the same sum, another owner's outlay, another payout
    ("The club's new stand cost $5.9 million to build.", "That outlay of $5.9 million has left the club in debt."),
    ("The club's new stand cost $5.9 million to build.", "The club's wage outlay of $8.4 million has left it in debt."),
    ("The widow was awarded £420,000 in compensation.", "The insurance payout of £900,000 came later."),
    # 8. the same count, an indefinite or planned membership, another's, another noun after the number
    ("The club has 2,300 members.", "Its membership of 2,300 makes it the largest in the county."),
    ("The club has 2,300 members.", "A membership of 3,100 would make it the largest in the county."),
    ("The club has 2,300 members.", "The rival club's membership of 3,100 makes it the largest."),
    ("The club has 2,300 members.", "Its membership of 3,100 families makes it the largest."),
    ("The union has 2,300 members.", "The party's membership of 3,100 is shrinking."),
    ("The club has 2,300 members.", "Its membership of 3,100 would double with the merger."),
    # 9. the same value in words, another thing of that length, another occasion
    ("The trial lasted six weeks.", "The six-week trial ended on Friday."),
    ("The trial lasted six weeks.", "The eight-week adjournment angered the families."),
    ("The strike lasted six weeks in 2019.", "The eight-week strike in 2021 was longer."),
    ("The new tunnel is 4 miles long.", "The seven-mile bypass opened in May."),
    # 10. the same age in words, another person's
    ("A twenty-nine-year-old man won the lottery.", "The twenty-nine-year-old plans to buy a caravan."),
    ("A twenty-nine-year-old man won the lottery.", "His fifty-one-year-old wife plans to buy a caravan."),
    # 11. two kinds counted (the general word may mean both), the same count, a part picked out by a participle
    ("The storm uprooted 15 oaks and 4 beeches in the park.", "The 10 trees were more than a century old."),
    ("The zoo has 188 penguins and 40 flamingos.", "The 230 birds are fed twice a day."),
    ("The storm uprooted 15 oaks in the park.", "The 15 trees were more than a century old."),
    ("The storm uprooted 15 oaks in the park.", "The 10 trees planted last year survived."),
    # 12. another subject, a hedge, another owner, another date, a plan, two sources, another leg, an update
    ("The first trial lasted six weeks.", "The second trial lasted eight weeks."),
    ("The trial lasted six weeks.", "The retrial lasted eight weeks."),
    ("The trial lasted six weeks.", "The trial lasted about eight weeks."),
    ("The library cost £3.2 million.", "The library's extension cost £4.5 million."),
    ("The library cost £3.2 million in 1990.", "The library cost £4.5 million to rebuild in 2015."),
    ("The library cost £3.2 million.", "The library will cost £4.5 million to run."),
    ("The library cost £3.2 million, the council said.", "The library cost £4.5 million, campaigners said."),
    ("The journey took six hours.", "The journey took eight hours on the way back."),
    ("The journey took six hours.", "The journey took six hours."),
    ("The library cost £3.2 million.", "The new library cost £4.5 million."),
    ("The marrow weighed 64 kilograms.", "The marrow weighed 70 kilograms after the rain."),
    ("The trial has lasted six weeks.", "The trial has now lasted eight weeks."),
    ("Her first marathon took six hours.", "Her marathon took five hours last year."),
    # 13. two numbers in the group's sentence, another season, the same size, indefinite, another group, the group
    # named twice before, another owner's
    ("The squad has 23 players, three of them injured.", "The 25-strong squad flies out on Monday."),
    ("The squad had 23 players last season.", "The 25-strong squad flies out on Monday."),
    ("The squad has 23 players.", "The 23-strong squad flies out on Monday."),
    ("The squad has 23 players.", "A 25-strong squad flies out on Monday."),
    ("The squad has 23 players.", "The 25-strong delegation flies out on Monday."),
    ("The squad has 23 players.", "The squad trained on Sunday.", "The 25-strong squad flies out on Monday."),
    ("The club's squad has 23 players.", "The rival club's 25-strong squad flies out on Monday."),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), RECALL)
def test_restated_figure_conflicts(first: str, second: str, stated: str, restated: str) -> None:
    value, spans = _figures(first, second)
    assert value == 1.0, (first, second)
    assert any(span.startswith(stated) for span in spans) and any(span.startswith(restated) for span in spans), spans


@pytest.mark.parametrize("sentences", NEAR_MISSES)
def test_near_misses_stay_silent(sentences: tuple[str, ...]) -> None:
    value, spans = _figures(*sentences)
    assert value == 0.0, (sentences, spans)
