"""Round consist10: a quantity restated as the whole subject of a judgement in what somebody said
(""168 minutes is far too long," his daughter said", "said twenty-eight percent was a clear mandate", "said
seven years was too lenient"), and a duration stated as what a span's noun was ("The sentence was four years",
"The wait was 46 minutes"); "waited 46 minutes" states a duration.

Written for this round in its own words. Near-misses (more than positives): a quantity judged against a norm, a
goal, a threshold or a condition ("Eight minutes is the national target", "said 40 percent was the minimum",
"Ninety minutes is normal"), another year ("In 2015, she said, 28 percent was a good result"), a count that is
not judged ("said 40 people were hurt"), another unit, and a plain "was" without a span's noun.
"""

from __future__ import annotations

import time

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The council will meet again to discuss the matter. "


def _result(first: str, second: str) -> tuple[float, list[tuple[int, str]]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return measurement.value, [(span.start, text[span.start:span.end]) for span in measurement.spans]


CONFLICTS = [
    ("An elderly man waited 46 minutes for an ambulance.", "\"168 minutes is far too long,\" his daughter said.",
     "46 minutes", "168 minutes"),
    ("An elderly man waited 46 minutes for an ambulance.", "His daughter said 168 minutes was far too long.",
     "46 minutes", "168 minutes"),
    ("The governor was re-elected with sixty-three percent of the vote.",
     "Cosima Ferraro said twenty-eight percent was a clear mandate.", "sixty-three percent", "twenty-eight percent"),
    ("Turnout in the referendum was 61 percent.", "\"45 percent is a disgrace,\" the organiser said.",
     "61 percent", "45 percent"),
    ("The sentence was thirty-eight years in prison.", "Relatives of the victims said twenty-nine years was too lenient.",
     "thirty-eight years", "twenty-nine years"),
    ("The sentence was four years in prison.", "Relatives of the victims said seven years was too lenient.",
     "four years", "seven years"),
    ("The wait was 46 minutes.", "\"168 minutes is far too long,\" his daughter said.", "46 minutes", "168 minutes"),
    ("The closure lasted 31 minutes.", "A commuter said 78 minutes was an eternity.", "31 minutes", "78 minutes"),
    # a span stated with "for" and followed by a clause: "closed for 31 minutes after a tree fell"
    ("The rail line was closed for 31 minutes after a tree fell on the tracks.",
     # (the evidence reads the reference's phrase up to its head as round 9's whole nouns do: "left commuters")
     "The 178-minute closure left commuters stuck between stations.", "31 minutes", "178-minute closure left commuters"),
    ("The rail line was closed for 31 minutes after a tree fell on the tracks.",
     "During the 178-minute closure, commuters were stuck.", "31 minutes", "178-minute closure"),
    ("The museum stayed shut for 12 days before the inspection.", "\"Forty days is far too long,\" a guide said.",
     "12 days", "Forty days"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), CONFLICTS)
def test_a_quantity_judged_in_what_was_said_is_the_one_stated(first: str, second: str, stated: str, restated: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert spans == [(first.index(stated), stated), (len(first) + len(FILLER) + second.index(restated), restated)]


NEAR_MISSES = [
    # judged against a norm, a goal, a threshold or a condition: another value
    ("Turnout in the referendum was 60 percent.", "She said 40 percent was the minimum needed for the result to stand."),
    ("An elderly man waited 46 minutes for an ambulance.", "\"Eight minutes is the national target,\" his daughter said."),
    ("An elderly man waited 46 minutes for an ambulance.", "\"Eight minutes is what it should take,\" his daughter said."),
    ("The governor was re-elected with sixty-three percent of the vote.",
     "Her rival said twenty-eight percent was enough to force a run-off."),
    ("Youth unemployment has reached 19 percent.", "The minister said 12 percent was the average across Europe."),
    ("The trial lasted 44 minutes.", "\"Ninety minutes is normal for a case like this,\" the lawyer said."),
    ("The journey took 99 minutes.", "Dermot Quilty said 60 minutes was possible with the new engines."),
    ("Rents rose by 12 percent last year.", "The agent said 5 percent was a fair rise."),
    ("The sentence was four years in prison.", "Relatives said seven years was the maximum he could have got."),
    # another year, another occasion
    ("The governor was re-elected with sixty-three percent of the vote.", "In 2015, she said, 28 percent was a good result."),
    ("The sentence was four years in prison.", "His brother said ten years was what he served in 2004."),
    # not a judgement of the quantity alone; another unit; not said
    ("Officers arrested 47 fans before kick-off.", "A spokesman said 60 people were hurt."),
    ("The wait was 46 minutes.", "\"Two hours is far too long,\" his daughter said."),
    ("The sentence was four years in prison.", "The judge said the 30 years she had served was a long time."),
    ("The sentence was four years in prison.", "Seven years was the term her accomplice received."),
    ("The weather was 30 degrees.", "A walker said 40 minutes was long enough in the sun."),
    ("The mood was tense for 20 minutes.", "Turnout was 64 percent, the clerk said."),
    # a clause after a span with no verb of lasting; a span bounded by another event
    ("Police arrived 20 minutes after the call.", "\"45 minutes is far too long,\" a neighbour said."),
    ("The road was closed for 31 minutes after the crash.", "The 12-minute delay before the crash was not reported."),
    ("The road was closed for 31 minutes after the crash.", "The bridge was closed for 90 minutes after the second crash."),
    ("The strike lasted 8 weeks before talks began.", "\"Ten weeks is the union's limit,\" a steward said."),
    ("The shop opened 30 days after the fire.", "\"Sixty days is far too long,\" the owner said."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_a_quantity_judged_against_another_value_stays_apart(first: str, second: str) -> None:
    assert _result(first, second) == (0.0, [])


def test_round10_path_scales_linearly() -> None:
    unit = "\"168 minutes is far too long,\" his daughter said. An elderly man waited 46 minutes. "

    def seconds(repeats: int) -> float:
        article = Article(unit * repeats)
        best = float("inf")
        for _ in range(3):
            started = time.thread_time()
            extract_consistency(article)
            best = min(best, time.thread_time() - started)
        return best

    small, large = seconds(50), seconds(200)
    assert large < small * 4 * 3


OPENING_PERCENT_CONFLICTS = [
    ("Youth unemployment in the province has reached 19 percent, official figures show.",
     "At sixty percent, the rate is the highest of any region in the country.", "19 percent", "sixty percent"),
    ("Youth unemployment in the province has reached 19 percent.", "At 24 percent, it is the highest of any region.",
     "19 percent", "24 percent"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), OPENING_PERCENT_CONFLICTS)
def test_a_percentage_opening_a_sentence_is_the_one_stated(first: str, second: str, stated: str, restated: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert spans == [(first.index(stated), stated), (len(first) + len(FILLER) + second.index(restated), restated)]


OPENING_PERCENT_NEAR_MISSES = [
    ("Youth unemployment in the province has reached 19 percent.",
     "At 24 percent, the rate of inflation is the highest in Europe."),
    ("Youth unemployment in the province has reached 19 percent.", "At 4 percent, the interest rate is the lowest in Europe."),
    ("Youth unemployment in the province has reached 19 percent.", "At 24 percent, the rate would be the highest of any region."),
    ("Youth unemployment in the province has reached 19 percent.", "At 24 percent, a council tax rise is unlikely."),
    ("Turnout was 61 percent.", "At 40 percent, the threshold was easily passed."),
    ("Turnout was 61 percent.", "at 40 percent, the rate is the highest."),
]


@pytest.mark.parametrize(("first", "second"), OPENING_PERCENT_NEAR_MISSES)
def test_a_percentage_opening_a_sentence_about_another_thing_stays_apart(first: str, second: str) -> None:
    assert _result(first, second) == (0.0, [])


AGE_CONFLICTS = [
    ("The new chief constable, Euphemia Rakes, is 33 years old.",
     "At sixty-three, Euphemia Rakes is the youngest person to hold the post.", "33", "sixty-three"),
    ("The new chief constable, Euphemia Rakes, is 33 years old.",
     "At 41, Rakes remains the youngest person to hold the post.", "33", "41"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), AGE_CONFLICTS)
def test_an_age_now_opening_with_the_name_is_the_one_stated(first: str, second: str, stated: str, restated: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert spans == [(first.index(stated), stated), (len(first) + len(FILLER) + second.index(restated), restated)]


AGE_NEAR_MISSES = [
    ("The new chief constable, Euphemia Rakes, is 33 years old.", "At 41, Colin Hart is the oldest person to hold the post."),
    ("The new chief constable, Euphemia Rakes, is 33 years old.", "At 41, Manchester is the youngest force in the country."),
    ("The new chief constable, Euphemia Rakes, is 33 years old.", "At 21, Rakes joined the force."),
    ("The new chief constable, Euphemia Rakes, is 33 years old.", "At 21, Rakes was the youngest recruit."),
    ("The new chief constable, Euphemia Rakes, is 33 years old. Her deputy, Tom Rakes, is 50.",
     "At 41, Rakes is the oldest on the team."),
    ("Euphemia Rakes was appointed chief constable.", "At 41, Rakes is the youngest person to hold the post."),
]


@pytest.mark.parametrize(("first", "second"), AGE_NEAR_MISSES)
def test_an_age_then_or_another_persons_age_stays_apart(first: str, second: str) -> None:
    assert _result(first, second) == (0.0, [])
