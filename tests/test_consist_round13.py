"""Round consist13: more of the dimension-and-uniqueness model of what a later number refers back to.

Positives, in this round's own wording: a margin as a dimension of its own ("cleared the chamber by 14 votes" ...
"Its margin of 30", "the 15-point victory", "a majority of 65 was" judged as a subject; "re-elected with a
majority of 4,300" stated), verbs of a cut as a
decrease ("slashed its deficit by 18 percent" ... "the 12 percent reduction"), a verb's own noun naming the count
it stated ("ordered 12 frigates" ... "The order for 16 frigates", "waited 95 minutes" ... "a wait of 40 minutes
was"), a possessive noun as a determiner ("The factory employs 380 workers" ... "The factory's 520 workers"), a
rate named without a determiner and judged ("said a rate of 14 percent demanded action"), "At 48%," opening a
clause, an apposition with the number's own noun ("The cargo, 168 bottles in all,") or "strong" ("the column,
4,500 strong,"), a sum or a measure alone between commas ("the penalty, $8.5 million, was"), and a sum written with a currency word ("4 million dollars" ... "$6 million").

Near-misses (more of them than positives) stay silent: two margins before the reference, a lead at some moment,
a margin needed (an object) or one with a modal, another occasion ("This time"), a change in the other
direction, an order for another kind of thing, an indefinite order that is no judgement, a wait judged against
a target, a loss of a part ("in the northern basin"), another owner ("The company's", "The rival factory's"), a
possessive's part ("in the paint shop"), a rate with a modal or a group of its own, "At 48%," with a modal, an
apposition of another kind or at a moment (or a sum or measure between commas of another thing: "The bonus,
$8.5 million,", "The tower, 300 metres,"), and a sum in another currency.
"""

from __future__ import annotations

import time

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The committee will report its findings in the spring. "


def _result(first: str, second: str) -> tuple[float, list[str]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


CONFLICTS = [
    # a margin, named by a word for one (with a determiner, in one word, or judged as a subject)
    ("The bill passed the chamber by 14 votes.", "Its margin of 30 surprised the whips.", "14 votes", "30"),
    ("The visitors won by 9 points.", "Supporters toasted the 15-point victory.", "9 points", "15-point victory"),
    ("The motion was defeated by 40 votes.", "Critics said a majority of 65 was an embarrassment for the government.",
     "40 votes", "65"),
    ("The mayor was re-elected with a majority of 4,300.", "Her 6,100-vote margin was the largest in the region.",
     "4,300", "6,100-vote margin"),
    # a verb of a cut is a decrease
    ("The trust has slashed its deficit by 18 percent.", "Auditors said the 12 percent reduction was welcome.",
     "18 percent", "12 percent reduction"),
    # a verb's own noun
    ("The navy ordered 12 frigates from the yard.", "The order for 16 frigates will keep the yard busy.",
     "12 frigates", "16 frigates"),
    ("Callers waited 95 minutes to get through.", "The regulator said a wait of 40 minutes was shameful.",
     "95 minutes", "40 minutes"),
    ("The reservoir has lost 23 percent of its water.", "The loss of 31 percent worried farmers.",
     "23 percent", "31 percent"),
    # a possessive noun as a determiner
    ("The factory employs 380 workers.", "The factory's 520 workers were sent home early.",
     "380 workers", "520 workers"),
    # a rate named without a determiner, judged as a subject
    ("Unemployment stands at 9 percent.", "Union leaders said a rate of 14 percent demanded action.",
     "9 percent", "14 percent"),
    # "At N%," opening a clause
    ("Turnout stood at 61 percent.", "At 48%, the turnout was the lowest since the war.", "61 percent", "48"),
    # an apposition with the number's own noun, or "strong"
    ("Divers raised 212 bottles from the wreck.", "The cargo, 168 bottles in all, went to auction.",
     "212 bottles", "168 bottles in all"),
    ("The rally drew 6,000 marchers to the square.", "Police said the column, 4,500 strong, was peaceful.",
     "6,000 marchers", "4,500 strong"),
    # a sum or a measure alone between commas, then its noun's verb
    ("The watchdog fined the bank $2.1 million.", "Analysts said the penalty, $8.5 million, was a rounding error.",
     "$2.1 million", "$8.5 million"),
    ("Police seized 40 kilograms of cannabis at the docks.", "Detectives said the haul, 55 kg, was bound for Leeds.",
     "40 kilograms", "55 kg"),
    # a currency word after a sum
    ("The club paid 4 million dollars for the striker.", "The $6 million will be paid in instalments.",
     "4 million dollars", "$6 million"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), CONFLICTS)
def test_a_reference_to_the_only_quantity_of_its_dimension_conflicts(first: str, second: str, stated: str,
                                                                     restated: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0, spans
    assert spans == [stated, restated]


NEAR_MISSES = [
    # two margins before the reference: it may mean either
    ("The bill cleared the chamber by 14 votes, and an amendment failed by 3 votes.",
     "Its margin of 30 surprised the whips."),
    # a lead is the state of a contest at some moment
    ("The visitors won by 9 points.", "Their lead of 20 points at half-time had gone by the end."),
    # a margin needed is an object, not the one stated; a modal makes it hypothetical
    ("The motion was defeated by 40 votes.", "The government needed a majority of 65 to survive."),
    ("The motion was defeated by 40 votes.", "Critics said a majority of 65 would have been an embarrassment."),
    # a margin needed
    ("The mayor needed a majority of 4,300 to win.", "Her 6,100-vote margin was the largest in the region."),
    # another occasion
    ("The senator won by 2,000 votes in 2019.", "This time her margin of 500 was far narrower."),
    # a change in the other direction, of another thing
    ("The trust has slashed its deficit by 18 percent.", "Auditors said the 12 percent increase in fees was welcome."),
    # an order for another kind of thing; an indefinite order that is no judgement
    ("The navy ordered 12 frigates from the yard.", "The order for 16 submarines went to a rival."),
    ("The navy ordered 12 frigates from the yard.", "Its rival placed an order for 16 frigates."),
    # a wait judged against a target
    ("Callers waited 95 minutes to get through.", "The regulator said a wait of 40 minutes was the target."),
    # a loss of a part
    ("The reservoir has lost 23 percent of its water.", "The loss of 31 percent in the northern basin worried farmers."),
    # another owner
    ("The factory employs 380 workers.", "The company's 520 workers were sent home early."),
    ("The factory employs 380 workers.", "The rival factory's 520 workers were sent home early."),
    # the possessive's part
    ("The factory employs 380 workers.", "The factory's 120 workers in the paint shop were sent home early."),
    # a rate with a modal, or of a group of its own
    ("Unemployment stands at 9 percent.", "Union leaders said a rate of 14 percent would be a disaster."),
    ("Unemployment stands at 9 percent.", "Union leaders said a rate of 14 percent among young people demanded action."),
    # "At 48%," with a modal: a hypothetical
    ("Turnout stood at 61 percent.", "At 48%, a candidate would need a run-off."),
    # an apposition whose own noun is another kind, or whose "strong" is placed at a moment
    ("Divers raised 212 bottles from the wreck.", "The cargo, 168 plates in all, went to auction."),
    ("The rally drew 6,000 marchers to the square.", "Police said the column, 4,500 strong at noon, was peaceful."),
    # a sum or a measure between commas of another kind of thing
    ("The watchdog fined the bank $2.1 million.", "The bonus, $8.5 million, was paid in May."),
    ("The bridge is 267 metres long.", "The tower, 300 metres, was finished in May."),
    # a sum in another currency
    ("The club paid 4 million dollars for the striker.", "The \u20ac6 million will be paid in instalments."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_another_quantity_a_part_or_a_hypothetical_stays_apart(first: str, second: str) -> None:
    value, spans = _result(first, second)
    assert value == 0.0, spans


def test_round13_paths_scale_linearly() -> None:
    unit = ("The bill cleared the chamber by 14 votes. Its margin of 30 held. A majority of 65 was clear. "
            "The navy ordered 12 frigates. The order for 16 frigates. The factory's 520 workers left. "
            "Leaders said a rate of 14 percent demanded action. At 48%, the turnout fell. It paid 4 million dollars. ")

    def seconds(text: str) -> float:
        article = Article(text)
        start = time.thread_time()
        extract_consistency(article)
        return time.thread_time() - start

    small, large = unit * 40, unit * 160
    seconds(small)
    ratio = min(seconds(large) for _ in range(3)) / max(min(seconds(small) for _ in range(3)), 1e-6)
    assert ratio < 12, ratio
