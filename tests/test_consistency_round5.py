"""Round consist5: a definite or possessive reference to the only count of its kind.

Written for this round in its own words: "the 40 guns" after "seized 14 weapons" (one class of
lexicons/counted_classes.tsv), "Those 3,100 jobs" after "employs 2,300 staffers", "His 9,950 votes",
"the loss of 950 jobs" after "will shed 600 jobs", a sum named by its currency alone ("The £62,000 will
fund"), "now" near a reference, and an age given as "The driver, who was 67,". Each positive has
near-misses that must stay silent (two counts of the kind, a list, a part with a clause of its own,
another place, another date, another occasion before the number, a plan, "another N").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The council will meet again to discuss the matter. "


def _result(first: str, second: str) -> tuple[float, list[str]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


CONFLICTS = [
    ("Agents confiscated 14 weapons at the border crossing.", "The 40 guns were sent to a police laboratory.", "14", "40"),
    ("The mill employs 2,300 staffers.", "Those 3,100 jobs depend on export orders.", "2,300", "3,100"),
    ("The incumbent won 8,412 votes.", "His 9,950 votes came mostly from rural precincts.", "8,412", "9,950"),
    ("The train was carrying 212 passengers when it derailed.", "All 158 passengers were taken to a nearby school.",
     "212", "158"),
    ("The club signed a contract worth $48 million.", "The $36 million deal was signed on the steps of city hall.",
     "$48 million", "$36 million"),
    ("The carmaker will cut 1,800 jobs.", "Staff learned of the 2,400 layoffs from a memo.", "1,800", "2,400"),
    ("The mine will shed 600 jobs.", "Union officials said the loss of 950 jobs would hurt the valley.", "600", "950"),
    ("The appeal raised £45,000 for the hospice.", "The £62,000 will fund a new garden.", "£45,000", "£62,000"),
    ("Volunteers rescued 31 horses from the flooded farm.", "Vets are now caring for the 45 horses.", "31", "45"),
    ("The regulator fined the airline €300,000 for the delays.", "The airline is appealing the €700,000 fine.",
     "€300,000", "€700,000"),
    # what happened to them, named as an event noun or as a participle after the noun
    ("Officers made 9 arrests outside the stadium.", "Of the 21 fans arrested, most were released on bail.", "9", "21"),
    # a sum named after its verb
    ("The library extension cost $3.2 million.", "Auditors questioned the $5.8 million spent on the extension.",
     "$3.2 million", "$5.8 million"),
]


@pytest.mark.parametrize(("first", "second", "one", "other"), CONFLICTS)
def test_a_reference_to_the_only_count_of_its_kind_conflicts(first: str, second: str, one: str, other: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert any(one in span for span in spans[0::2]) and any(other in span for span in spans[1::2])


def test_an_age_given_with_who_was_names_the_role() -> None:
    text = ("The driver, who was 67, died at the scene." + FILLER
            + "Neighbours said the 76-year-old had lived alone for years.")
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    assert measurement.value == 1.0
    assert [text[span.start:span.end] for span in measurement.spans] == ["67", "76-year-old"]


def test_an_age_now_after_at() -> None:
    text = "The judge, who is 61, retires next spring." + FILLER + "At 58, she is the court's longest-serving member."
    measurement = extract_consistency(Article(text))["conflicting_figures"]
    assert measurement.value == 1.0
    assert [text[span.start:span.end] for span in measurement.spans] == ["61", "58"]


@pytest.mark.parametrize("second", [
    "At 24, she moved to the capital to study law.",  # an age then, not now
    "At 58, the court is the oldest in the region.",  # no person
    "Her deputy, who is 58, will succeed her.",  # another person's age
])
def test_other_ages_after_at_stay_silent(second: str) -> None:
    text = "The judge, who is 61, retires next spring." + FILLER + second
    assert extract_consistency(Article(text))["conflicting_figures"].value == 0.0


NEAR_MISSES = [
    # a part told by what follows the noun
    ("The school has 400 students.", "The 30 students in her class wrote letters to the mayor."),
    ("The hospital treated 40 patients.", "The 12 patients with burns were moved to the capital."),
    ("The zoo has 300 animals.", "The 40 animals in the reptile house were moved."),
    ("The park covers 300 acres.", "The 40 acres near the river flood every spring."),
    ("The shelter has 60 dogs.", "The 12 dogs adopted this week went to families."),
    # another event, another thing the sum was spent on
    ("Officers made 9 arrests outside the stadium.", "The 21 fans injured in the crush were treated on site."),
    ("The library extension cost $3.2 million.", "Auditors questioned the $5.8 million spent on the car park."),
    # two counts of the kind before: the reference may mean either, or their total
    ("Police seized 12 guns in March and 20 guns in April.", "The 32 guns were destroyed last week."),
    ("Police seized 7 rifles and 5 handguns in the raid.", "The 12 weapons were sent to a laboratory."),
    ("The plant employs 900 workers. Another 300 workers were hired this spring.", "The 1,200 workers will vote on the deal."),
    # a part, by a clause or a word of its own
    ("The ferry carried 300 passengers.", "The 40 passengers who were injured were taken to hospital."),
    ("The crash injured 40 passengers.", "Of the 12 passengers still in hospital, two are in critical condition."),
    # another place, another date, another occasion before the number, a plan
    ("The storm closed 120 schools across the state.", "In Hollisville, the 14 schools reopened on Friday."),
    ("The airline cancelled 300 flights on Monday.", "On Tuesday the 120 flights left on time."),
    ("The company cut 400 jobs.", "Next year the 700 jobs at its second plant are at risk."),
    ("The council plans to build 500 flats.", "The 350 flats were finished in the spring."),
    # hedged, a range, an update
    ("About 300 passengers were on board.", "The 280 passengers were questioned by police."),
    ("Between 40 and 60 volunteers turned up.", "The 55 volunteers cleared the beach."),
    ("The toll has risen to 31 victims.", "Relatives of the 25 victims gathered at the church."),
    # a part with "of them"; a number the article already gave
    ("The school has 2,900 pupils, 1,240 of them boys.", "The 1,240 pupils take the bus."),
    ("The museum drew 9,000 visitors.", "Of the 9,000 visitors, 2,000 came from abroad."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second)[0] == 0.0


@pytest.mark.parametrize("text", [
    "The 5 guns", "the €", "£5 the £", "the loss of 5", "all 3 of", "Her 12", "the 4,", "$", "the $5 million",
    "seized 7 rifles and 5", "The driver, who was 67,", "the ٣ guns and ٤ guns. The ٥ guns were found.",
    "Those 70,800 jobs 😀 employs 9 jobs. the 1e5 guns", "x" * 50 + " the 9 " + "guns " * 3,
])
def test_truncated_and_unusual_input_does_not_fail(text: str) -> None:
    extract_consistency(Article(text))
    extract_consistency(Article(text + " Police seized 7 firearms. The 57 guns were shown."))


@pytest.mark.parametrize("unit", [
    "Police seized 7 firearms. The 57 guns were shown. ",
    "the 5 guns and 6 guns the £5 will ",
    "The driver, who was 67, left. ",
    "the loss of 9 jobs 5 jobs another 4 jobs ",
])
def test_round5_paths_scale_linearly(unit: str) -> None:
    # Each new path on a text made of nothing else: four times the text, at most about four times the time
    # (the shared helper collects garbage first and repeats a slow measurement).
    from tests.test_linear_time import assert_extractor_scales_linearly

    assert_extractor_scales_linearly(extract_consistency, unit)


def test_hundreds_of_digit_groups_are_no_count() -> None:
    # A number of 400 digit groups is no finite float: the base code raised OverflowError here.
    big = "1" + ",000" * 400
    for text in (f"Police seized {big} guns. The 9 guns were shown.", f"Police seized 7 guns. The {big} guns were shown.",
                 f"Police seized 5 guns. The ${big} guns were shown."):
        assert extract_consistency(Article(text))["conflicting_figures"].value == 0.0


_WORDS = ["the", "all", "her", "those", "The", "loss", "of", "7", "57", "1,200", "$5", "€9", "£3", "million", "guns",
          "firearms", "jobs", "workers", "layoffs", "cut", "laid", "off", "who", "was", "At", "he", "is", ",", ".",
          "another", "and", "by", "fine", "deal", "٣", "²", "😀", "Ünïcode", "-year-old", "67", "were", "arrested"]


@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_round5_vocabulary_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    result = extract_consistency(Article(text))["conflicting_figures"]
    assert len(result.spans) % 2 == 0
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
