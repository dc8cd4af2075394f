"""Round consist14: what a later number refers back to, by dimension, owner and time.

Positives, in this round's own wording: a general word naming the one count of any member of its kind ("41
trawlers" ... "the 29 vessels", "18 helicopters" ... "the 25 aircraft", "212 cottages" ... "the 260 properties",
"380 pupils" ... "the 410 children"), synonyms of one people or thing dimension ("supporters"/"fans",
"staff"/"employees", "households"/"homes", "floors"/"storeys"), "rose to N percent" read as the rate's new level,
"the <noun> of" a percentage, sum or measure ("the figure of 11 percent", "the sum of £64,000", "the distance of
88 miles"), a pronoun subject restating a count with its verb ("The depot employs 230 workers" ... "It employs
310 people"), the one act of a verb named with no noun ("ordered 16 ferries" ... "The order of 22 was"), an
apposition after "that" ("that sum, $4.6 million,") or of "the money", and a role that picks out one person
stating an age ("The suspect was nineteen" ... "the 31-year-old").

Near-misses (more of them than positives) stay silent: two members of a general word are not one count ("jets"
... "the helicopters"), counts of two members make the general word ambiguous, a part by a clause or place, a
rate that could rise, a change's new level with the old one also given, two levels at two times,
"the <noun> of" another value, a part, a change or a rate per unit, a count with "the <noun> of" ("the deaths of
12 people"), a pronoun restatement with another place, another date, more, a modal, another dimension, or two
earlier counts, an act of another noun, an apposition after "This week", a sum between commas of another thing or
a planned one, a person's relative ("His 45-year-old father"), and a boy among many ("The boy is ten").
"""

from __future__ import annotations

import time

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The committee will report its findings in the spring. "


def _result(*sentences: str) -> tuple[float, list[str], float]:
    text = FILLER.join(sentences)
    result = extract_consistency(Article(text))
    measurement = result["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans], \
        result["name_inconsistency"].value


CONFLICTS = [
    # a general word names the one count of any member of its kind
    ("Gales wrecked 41 trawlers in the harbour.", "Insurers are assessing the 29 vessels this week.",
     "41 trawlers", "29 vessels"),
    ("The ministry bought 18 helicopters from the supplier.", "Pilots flew the 25 aircraft to a new base.",
     "18 helicopters", "25 aircraft"),
    ("The floods damaged 212 cottages along the river.", "Surveyors inspected all 260 properties by Friday.",
     "212 cottages", "260 properties"),
    ("The academy teaches 380 pupils.", "Inspectors praised the 410 children for their manners.",
     "380 pupils", "410 children"),
    # synonyms within one dimension
    ("Stewards searched 9,400 fans at the gates.", "Police thanked the 7,100 supporters for their patience.",
     "9,400 fans", "7,100 supporters"),
    ("The bakery has 62 staff.", "The 48 employees were told of the sale on Monday.", "62 staff", "48 employees"),
    ("The storm cut power to 5,300 homes.", "Crews reconnected the 4,100 households overnight.",
     "5,300 homes", "4,100 households"),
    ("The office block has 31 storeys.", "Cleaners work on all 27 floors every night.", "31 storeys", "27 floors"),
    # a change's new level, named later as the rate itself
    ("Vacancy rates climbed to 14 percent.", "Landlords said the figure of 11 percent hid empty shops.",
     "14 percent", "11 percent"),
    # "the <noun> of" a sum or a measure
    ("The manuscript fetched £64,000 at auction.", "Its new owner said the sum of £46,000 was fair.",
     "£64,000", "£46,000"),
    ("The convoy drove 88 miles through the night.", "Drivers rested after covering the distance of 120 miles.",
     "88 miles", "120 miles"),
    # a pronoun subject restating a count with its verb
    ("The depot employs 230 workers.", "It employs 310 people.", "230 workers", "310 people"),
    ("The reserve covers 940 hectares.", "It covers 1,200 hectares.", "940 hectares", "1,200 hectares"),
    # the one act of a verb, named with no noun
    ("The operator ordered 16 ferries.", "The order of 22 was the largest in its history.", "16 ferries", "22"),
    # an apposition after "that"
    ("The board approved $4.6 million for repairs.", "Tenants called that sum, $6.2 million, an insult.",
     "$4.6 million", "$6.2 million"),
    # a role that picks out one person states an age
    ("The suspect was nineteen, detectives said.", "Officers questioned the 31-year-old for six hours.",
     "nineteen", "31-year-old"),
    # "the money" between commas is the sum itself
    ("The library received €52,000 from a donor.", "Trustees said the money, €75,000, was spent on books.",
     "€52,000", "€75,000"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), CONFLICTS)
def test_a_reference_to_the_one_quantity_of_its_dimension_conflicts(first: str, second: str, stated: str,
                                                                    restated: str) -> None:
    value, spans, names = _result(first, second)
    assert (value, names) == (1.0, 0.0), spans
    assert spans == [stated, restated]


NEAR_MISSES = [
    # two members of a general word are not one count; two members' counts make it ambiguous
    ("The air force flies 40 jets.", "The 12 helicopters were grounded."),
    ("The air force flies 40 jets and 10 helicopters.", "The 55 aircraft were grounded."),
    ("The air force flies 40 jets.", "It also keeps 10 helicopters.", "The 55 aircraft were grounded."),
    # a part by a clause or a place
    ("The academy teaches 380 pupils.", "The 30 children in her class were sent home."),
    ("The academy teaches 380 pupils.", "The 30 children evacuated on Monday were sent home."),
    # a rate that may rise; a change's new level with the old level given; two levels at two times
    ("Vacancy rates could rise to 14 percent.", "Landlords said the figure of 11 percent hid empty shops."),
    ("Vacancy rates climbed to 14 percent from 11 percent.",
     "Landlords said the figure of 11 percent hid empty shops."),
    ("Vacancy rates climbed to 14 percent in March.", "They climbed to 16 percent in April.",
     "Landlords said the figure of 16 percent hid empty shops."),
    # "the <noun> of" another value, a part, a change, a rate per unit, or a count
    ("The lorry was travelling at 70 km/h.", "Drivers ignore the limit of 50 km/h."),
    ("The canal is 20 miles long.", "Work on the stretch of 3 miles begins soon."),
    ("Vacancy rates stand at 14 percent.", "The rise of 2 percent worried landlords."),
    ("A sandwich costs $4.20.", "Students said the price of $6.80 a roll was absurd."),
    ("The blast killed 14 people.", "Investigators blamed the deaths of 12 people on a gas leak."),
    # a pronoun restatement with another place, another date, more, a modal, another dimension, two counts before
    ("The depot employs 230 workers.", "It employs 310 people in Scotland."),
    ("The depot employs 230 workers.", "It employs 310 people in 2024."),
    ("The depot employs 230 workers.", "It employs 310 more people."),
    ("The depot employs 230 workers.", "It will employ 310 people."),
    ("The reserve covers 940 hectares.", "It covers 12 miles of coast."),
    ("The depot employs 230 workers and the garage employs 40.", "It employs 310 people."),
    # an act of another noun
    ("The operator ordered 16 ferries.", "The order of 22 engines was the largest in its history."),
    # an apposition after "This week": a time
    ("The board approved $4.6 million for repairs.", "This week, $6.2 million was paid out."),
    # a sum between commas of another kind of thing, or planned
    ("The library received €52,000 from a donor.", "Trustees said the roof, €75,000, was the first cost."),
    ("The library received €52,000 from a donor.", "Trustees said they would spend the money, €75,000, next year."),
    # a relative of the person, another role, a boy who may be one of many
    ("The suspect was nineteen, detectives said.", "His 45-year-old father was questioned too."),
    ("The suspect was nineteen, detectives said.", "The 45-year-old driver was questioned too."),
    ("The boy is ten.", "The 12-year-old was found safe."),
]


@pytest.mark.parametrize("sentences", NEAR_MISSES)
def test_another_quantity_a_part_or_another_time_stays_apart(sentences: tuple[str, ...]) -> None:
    value, spans, names = _result(*sentences)
    assert (value, spans, names) == (0.0, [], 0.0)


def test_round14_paths_scale_linearly() -> None:
    unit = ("Gales wrecked 41 trawlers. The 29 vessels sank. The depot employs 230 workers. It employs 310 people. "
            "Vacancy rates climbed to 14 percent. The figure of 11 percent held. The sum of £46,000 was paid. "
            "Tenants called that sum, $6.2 million, an insult. The order of 22 was large. ")

    def seconds(text: str) -> float:
        article = Article(text)
        start = time.thread_time()
        extract_consistency(article)
        return time.thread_time() - start

    small, large = seconds(unit * 40), seconds(unit * 320)
    assert large < 8 * small * 3 + 0.5, (small, large)
