"""Round consist11: more definite references read as a quantity already given.

Positives, in this round's own wording: a count word joined to a measure unit ("the sixty-centimetre eel"), an age
given as "The cook, aged 41," or by a subject that picks the person out ("The woman who found the hoard is 63"),
a sum or a measure closed by a pronoun and its verb ("the 74 mm that fell.", "the £410,000 it raised."), a sum
named "total" or taken whole ("the €900,000 total", "the entire $2.3 million"), a score ("scored 88 points" ...
"the 61-point total", "Their 61 points"), "now" in the first statement of its kind ("has now lasted 14 weeks"),
a phrase opening the sentence before a pronoun ("Across those 9 years she ..."), a duration's noun of the stated
thing's class ("strike" ... "the 22-week walkout"), "worked through the 35 days", "the 2,400-strong crowd" after
a count of spectators, and "arrested 57 people" ... "the 30 arrests".

Near-misses (more of them than positives) stay silent: a clause that says more ("the 20 mm that fell in the
valley", "the £255,000 it spent on roads"), a margin of points ("the 12-point lead"), an update after an earlier
count ("now stands at"), a pronoun that is a relative ("the 30 pupils she taught"), a duration of another
thing, another group or another occasion, and a subject that does not pick one person out ("The boy is ten").
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
    # a count word joined to a measure unit
    ("The eel landed at the harbour was 35 centimetres long.", "Anglers said the sixty-centimetre eel was a record.",
     "35", "sixty-centimetre"),
    # an age: "<role>, aged N," and a subject that picks the person out
    ("The cook, aged 41, was taken to hospital.", "Police have spoken to the 19-year-old.", "41", "19-year-old"),
    ("The cook, aged forty-one, was taken to hospital.", "Police have spoken to the nineteen-year-old.",
     "forty-one", "nineteen-year-old"),
    ("The woman who found the hoard is 63, the museum said.", "Curators thanked the 36-year-old for reporting it.",
     "63", "36-year-old"),
    # a sum or a measure closed by a pronoun and its verb
    ("Storms dropped 74 millimetres of rain on the island.", "Gutters overflowed with the 120 mm that fell.",
     "74", "120 mm that fell"),
    ("The charity auction raised £410,000 on Saturday.", "Organisers were delighted with the £290,000 it raised.",
     "£410,000", "£290,000 it raised"),
    # a sum named as a total, or taken whole
    ("The bake sale raised €12,000 for the hospice.", "The €19,000 total will buy two new beds.", "€12,000",
     "€19,000 total"),
    ("The new lifeboat cost $2.3 million.", "Donors paid the entire $3.1 million within a year.", "$2.3 million",
     "$3.1 million"),
    # a score
    ("The hockey side scored 88 points in the cup match.", "The 61-point total was a club record.", "88 points",
     "61-point total"),
    ("The hockey side scored 88 points in the cup match.", "Their 61 points were a club record.", "88 points",
     "61 points"),
    # "now" in the first statement of its kind
    ("The walkout by bus drivers has now lasted 14 weeks.", "Passengers said the 22-week walkout had hurt shops.",
     "14 weeks", "22-week walkout"),
    # a phrase opening the sentence before a pronoun
    ("The ferryman worked on the river for 27 years.", "Across those 9 years she never missed a crossing.",
     "27 years", "9 years"),
    # a duration's noun of the stated thing's class
    ("The strike at the port has lasted 16 weeks.", "The 22-week dispute has emptied the warehouses.", "16 weeks",
     "22-week dispute"),
    # the whole span
    ("The forest fire burned for 12 days.", "Volunteers cooked for crews through the 19 days.", "12 days",
     "19 days"),
    # a count of people in one word
    ("12,800 spectators watched the regatta on Sunday.", "Stewards said the 9,100-strong crowd was good-natured.",
     "12,800", "9,100-strong crowd"),
    # a verb before a count of people names the event
    ("Officers arrested 57 people outside the stadium.", "The 30 arrests were mostly for drunkenness.", "57 people",
     "30 arrests"),
    # synonyms of the class lexicon
    ("Rescuers brought 44 hikers off the fell.", "Those 29 walkers were treated for cold.", "44 hikers",
     "29 walkers"),
]


@pytest.mark.parametrize(("first", "second", "stated", "restated"), CONFLICTS)
def test_a_definite_reference_to_the_only_quantity_given_conflicts(first: str, second: str, stated: str,
                                                                     restated: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert len(spans) == 2
    (first_start, first_text), (second_start, second_text) = spans
    assert first_start == first.index(stated) or first_text.startswith(stated)
    assert first.index(stated) <= first_start < first.index(stated) + len(stated) or stated in first_text
    offset = len(first) + len(FILLER)
    assert second_start >= offset and restated.split()[0].lstrip("$£€") in second_text


NEAR_MISSES = [
    # a clause that says more than its verb
    ("Rain gauges recorded 40 mm in the hills.", "The 20 mm that fell in the valley did little harm."),
    ("The council spent £780,000 last year.", "Residents asked about the £255,000 it spent on roads."),
    ("The charity raised £410,000 last year.", "This year it hopes to beat the £290,000 it raised in 2019."),
    # not a sum itself
    ("The bake sale raised €12,000 for the hospice.", "The €19,000 roof repair will wait until spring."),
    # a margin of points, not a total
    ("The hockey side scored 88 points in the cup match.", "The 12-point lead held until the last minute."),
    ("Unemployment rose 3 points this year.", "The 61-point total was a club record."),
    # an update after an earlier count
    ("Four people were killed in the blast.", "The number of people killed now stands at nine."),
    ("The fire had burned 1,200 acres by Monday.", "It has now consumed 1,550 acres."),
    # a pronoun that is a relative ("the 30 pupils she taught"), not a fronted phrase
    ("The school has 300 pupils.", "She remembers the 30 pupils she taught first."),
    ("The keeper served for 34 years.", "He wrote about the 11 years he spent alone."),
    # a duration of another thing
    ("The trial lasted 18 months.", "The judge handed down a 24-month sentence."),
    ("The strike at the port has lasted 16 weeks.", "The 22-week course starts in May."),
    # two counts of the kind: a reference may mean either
    ("Officers arrested 57 people outside the stadium.", "Another 12 people were arrested in the town centre. "
     "The 30 arrests were mostly for drunkenness."),
    # another group of people
    ("12,800 spectators watched the regatta on Sunday.", "A 300-strong group of protesters gathered outside."),
    # not one person picked out
    ("The boy is ten years old.", "The twenty-year-old was arrested on Monday."),
    ("The temperature on the coast was 30.", "The 25-year-old was rescued by the coastguard."),
    ("The youngest finisher was 12; the oldest was 80.", "The 14-year-old said the race was hard."),
    # a forecast, then the outcome
    ("The appeal is expected to raise €12,000.", "The €19,000 total will buy two new beds."),
    # "now" with an earlier count of the kind
    ("The strike began with 200 workers.", "It has now lasted 14 weeks, and 350 workers are out."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_another_quantity_or_an_update_stays_apart(first: str, second: str) -> None:
    value, spans = _result(first, second)
    assert value == 0.0, spans


def test_round11_paths_scale_linearly() -> None:
    unit = ("The cook, aged 41, was hurt. The 19-year-old left. Storms dropped 74 millimetres. "
            "The 120 mm that fell. The bake sale raised €12,000. The €19,000 total. Through the 19 days. ")

    def seconds(text: str) -> float:
        article = Article(text)
        start = time.thread_time()
        extract_consistency(article)
        return time.thread_time() - start

    small, large = unit * 40, unit * 160
    seconds(small)
    ratio = min(seconds(large) for _ in range(2)) / max(min(seconds(small) for _ in range(2)), 1e-6)
    assert ratio < 12, ratio


def _names(first: str, second: str) -> list[str]:
    text = first + FILLER + second
    return [text[span.start:span.end] for span in extract_consistency(Article(text))["name_inconsistency"].spans]


NAME_CONFLICTS = [
    # a participle opening the sentence is no given name: the word after it is a surname alone
    ("Hui Tsai admitted careless driving at the county court.", "Sentencing Cai, the recorder said the lorry was unfit.",
     ["Hui Tsai", "Cai"]),
    ("Marguerite Ashworth admitted the theft.", "Sentencing Ashwoth, the magistrate ordered unpaid work.",
     ["Marguerite Ashworth", "Ashwoth"]),
    # r and l, one for the other (a common transliteration slip), in a possessive mid-sentence
    ("The appeal was led by Dietrich Grunewald, a retired engineer.", "The panel accepted Glunewald's evidence.",
     ["Dietrich Grunewald", "Glunewald's"]),
]


@pytest.mark.parametrize(("first", "second", "expected"), NAME_CONFLICTS)
def test_a_surname_after_a_participle_or_with_r_for_l_is_the_one_introduced(first: str, second: str,
                                                                          expected: list[str]) -> None:
    assert _names(first, second) == expected


NAME_NEAR_MISSES = [
    ("Hui Tsai admitted careless driving.", "Sentencing Tsai, the recorder said the lorry was unfit."),
    ("Hui Tsai admitted careless driving.", "Visiting Taipei, the recorder said the lorry was unfit."),
    ("Sterling Moss won the race.", "Sterling Mose finished second."),
    ("Mary Harris won the vote.", "The Hallis family came second."),
    ("Irving Berlin, the composer, wrote it.", "Berlin said so."),
]


@pytest.mark.parametrize(("first", "second"), NAME_NEAR_MISSES)
def test_a_place_a_full_name_or_the_same_surname_stays_silent(first: str, second: str) -> None:
    assert _names(first, second) == []
