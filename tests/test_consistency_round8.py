"""Round consist8: durations (stated with "for", "lasted", "took", "after", "sentenced to"; referred to as a whole,
"all 23 days", "those six days", "the full 167 minutes", or in one word, "the 60-day protest"), counts in one word
("the 12,400-seat auditorium"), "the N animals" after a count of one kind of animal, a count of a kind of thing
("25 species of bird"), a sum's -ed verb as its noun ("awarded" ... "the award"), a placed subject after an opening
"At 80 km/h," (the known false alarm of round 7), and name openings q/k/g, c/k and i/j/y.

Written for this round in its own words. Each rule has near-misses of its own that must stay silent (more
near-misses than positives): another thing's duration, a span that is not a duration ("30 days ago", "the past
30 days", plain "the 30 days"), a duration of a part ("all 12 days of talks"), counts in one word after "a",
animals listed or placed, another place's speed, a part of another material, and two people introduced in full.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.consistency import _prepared, _transliteration_key, extract_consistency

FILLER = " The council will meet again to discuss the matter. "


def _result(first: str, second: str, feature: str = "conflicting_figures") -> tuple[float, list[tuple[int, str]]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))[feature]
    return measurement.value, [(span.start, text[span.start:span.end]) for span in measurement.spans]


CONFLICTS = [
    # durations: stated with a verb or preposition, referred to as a whole or in one word
    ("The power cut lasted 49 minutes, the operator said.", "Traffic lights were dark for the full 167 minutes.",
     "49 minutes", "167 minutes"),
    ("The miners were brought up after five days underground.", "Relatives kept a vigil for all seven days.",
     "five days", "seven days"),
    ("The divers reached the cave after 14 days.", "Throughout those six days, the boys drank rainwater.",
     "14 days", "six days"),
    ("Dock workers have picketed the port for 36 days.", "Shops ran short of fuel during the 60-day dispute.",
     "36 days", "60-day dispute"),
    ("The driver was sentenced to 20 months in prison.", "Her lawyer called the 79-month term excessive.",
     "20 months", "79-month term"),
    # a count word joined to a unit or a span of time
    ("The lighthouse stands 24 metres above the harbour.", "Visitors climb the sixty-two-metre tower on foot.",
     "24 metres", "sixty-two-metre tower"),
    ("The strike lasted 36 days.", "Food ran out during the sixty-day strike.", "36 days", "sixty-day strike"),
    # "the N minutes it took": the whole time something took
    ("Firefighters took 129 minutes to put out the blaze.", "Residents watched for the 59 minutes it took.",
     "129 minutes", "59 minutes"),
    # a count in one word, named by a reference
    ("The new arena has 27,200 seats.", "Engineers tested the sound of the 12,400-seat arena for a year.",
     "27,200 seats", "12,400-seat arena"),
    # "the N animals": the only count of a kind of animal
    ("The shelter took in 59 dogs from the breeder.", "Staff are seeking homes for the 26 animals.",
     "59 dogs", "26 animals"),
    ("Four sheep strayed onto the railway line.", "The twenty-three animals were rounded up by firefighters.",
     "Four sheep", "twenty-three animals"),
    # "the N people", "the crowd of N": the only count of a kind of people; synonyms of one class
    ("The ferry was carrying 976 passengers when it ran aground.", "Coastguards said the 123 people on board were safe.",
     "976 passengers", "123 people"),
    ("Last night's concert drew 40,000 people to the stadium.", "Security for the crowd of 25,000 was run by a firm.",
     "40,000 people", "25,000"),
    ("The cruise ship had 543 passengers aboard.", "All 941 holidaymakers were moved to the upper decks.",
     "543 passengers", "941 holidaymakers"),
    ("The march through the city drew 3,000 protesters.", "Police said the 5,000 demonstrators were peaceful.",
     "3,000 protesters", "5,000 demonstrators"),
    # a count of a kind of thing, "of" and a bare noun
    ("The aviary houses 25 species of bird.", "Keepers said all 79 species had settled in.", "25 species", "79 species"),
    # a sum's -ed verb names it: "awarded" ... "the award"
    ("The tribunal awarded the nurse £200,000 in compensation.", "Her union said the £420,000 award was a warning.",
     "£200,000", "£420,000 award"),
]


@pytest.mark.parametrize(("first", "second", "first_quote", "second_quote"), CONFLICTS)
def test_round8_conflicts_are_found_with_both_spans(first: str, second: str, first_quote: str, second_quote: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert len(spans) == 2
    (first_start, first_text), (second_start, second_text) = spans
    assert first_text.startswith(first_quote) and first_start == first.index(first_quote)
    assert second_text.startswith(second_quote)
    assert second_start == len(first) + len(FILLER) + second.index(second_quote)


NAME_CONFLICTS = [
    ("Tariq Qasim, the union's regional secretary, spoke on Monday.", "Kassem said the strike would go on.", "Kassem"),
    ("Muammar Kaddafi ruled the country for four decades.", "Gaddafi said the rebels were paid.", "Gaddafi"),
    ("Ilham Karimov chaired the committee.", "Carimov said the vote was fair.", "Carimov"),
    ("Svetlana Yakovleva, a coach, was appointed in May.", "Iakovleva said the squad was ready.", "Iakovleva"),
    ("Pavel Jakovlev, a lawyer, spoke for the family.", "Yakovlev said they would appeal.", "Yakovlev"),
]


@pytest.mark.parametrize(("first", "second", "variant"), NAME_CONFLICTS)
def test_round8_name_openings_are_found(first: str, second: str, variant: str) -> None:
    value, spans = _result(first, second, "name_inconsistency")
    assert value == 1.0
    assert spans[0] == (0, " ".join(first.split()[:2]).rstrip(","))
    assert spans[1] == (len(first) + len(FILLER), variant)


NEAR_MISSES = [
    # round 7's known false alarm: another place's speed after an opening "At <speed>,"
    ("Gusts reached 120 km/h on the coast.", "At 80 km/h, the wind inland brought down trees."),
    ("Gusts reached 120 km/h inland.", "At 80 km/h, the wind on the coast brought down trees."),
    ("The gusts reached 120 km/h on Monday.", "At 80 km/h, the gusts in Glasgow were weaker."),
    # another thing's duration; no duration stated; plain "the N days"; a part of a span
    ("The trial lasted 18 months.", "The 24-month sentence was suspended."),
    ("The hearing lasted 40 minutes.", "The 90-minute film was shown afterwards."),
    ("The mine collapsed 14 days ago.", "Rescuers have worked for all 6 days since the second collapse."),
    ("The river has been rising for 12 days.", "Over the past 30 days, all 30 days were wet."),
    ("The siege lasted 40 days.", "The 30 days before it had been calm."),
    ("The ceasefire held for 40 days.", "All 12 days of talks ended without a deal."),
    ("The festival runs for 10 days.", "All 4 days of the folk programme sold out."),
    ("He has lived in the town for 20 years.", "The 3-year-old was found safe."),
    # a part of a span picked out by what happened in it (not "it took")
    ("The siege lasted 40 days.", "The 30 days it spent in port were quiet."),
    ("The strike lasted 40 days.", "The 12 people who left the union were named."),
    # a count word joined to a unit: another object, a part, an age
    ("The bull weighs 900 kilograms.", "The four-hundred-kilogram calf was born in May."),
    ("The road is 40 kilometres long.", "The twelve-kilometre stretch by the river was closed."),
    ("The boy is ten years old.", "The twenty-year-old was arrested on Monday."),
    # a count in one word without a reference
    ("The hospital has 300 beds.", "A 40-bed ward was closed last winter."),
    ("The hall has 2,000 seats.", "The 500-seat annex opened next door."),
    # animals listed, placed or a kind of its own
    ("The shelter took in 59 dogs and 30 cats.", "The 89 animals all need homes."),
    ("The farm has 300 cows.", "The 40 animals in the top field were moved."),
    ("The zoo bought 12 penguins.", "The 400 animals at the zoo were fed early."),
    ("The shelter took in 59 dogs.", "The 12 cats were adopted within a week."),
    # people: picked out by an event, two kinds of people, a crowd elsewhere, a crowd not named as known
    ("The protest drew 500 marchers.", "The 40 people arrested were released on bail."),
    ("The school has 400 pupils and 30 teachers.", "The 12 people were praised by inspectors."),
    ("The plane carried 180 passengers.", "The 12 people in first class were upgraded."),
    ("The match drew 40,000 spectators.", "A crowd of 25,000 gathered in the square."),
    ("The match drew 40,000 spectators.", "The crowd of 25,000 in the fan zone sang."),
    ("The match drew 40,000 spectators and 300 stewards.", "The crowd of 25,000 sang."),
    ("The museum had 5,000 visitors.", "All 30 people on the staff were thanked."),
    # a part of another material
    ("The park covers 400 hectares of woodland.", "The 30 hectares of meadow were mown in June."),
    ("The committee has 12 members of parliament.", "The 9 members of the public were heard first."),
    # a sum for something else
    ("The tribunal awarded her £200,000 in compensation.", "The £20,000 award for costs was paid by the council."),
    ("The court fined the firm £50,000.", "The £20,000 award to the victim was paid by the insurer."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_round8_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second) == (0.0, [])


NAME_NEAR_MISSES = [
    # two people introduced in full stay apart
    ("Jane Carr, a lawyer, and Tom Kerr, a judge, spoke on Monday.", "Kerr said the case was closed."),
    ("Min-ji Kang and Jae Gang, two swimmers, set records.", "Gang said the pool was fast."),
    ("Olga Yakovleva and Irina Iakovleva, two sisters, ran.", "Iakovleva said the course was hard."),
    ("Tariq Qasim and Omar Kassem, two ministers, met.", "Kassem said the talks went well."),
    # words that only share an opening
    ("Tariq Qasim, the minister, spoke on Monday.", "Kazan said nothing, the envoy reported."),
    ("Svetlana Yakovleva, a coach, was appointed.", "Yakutsk said the games would go ahead."),
    ("Marta Iglesias, the mayor, spoke.", "Jglesias said the plan was fine."),
]


@pytest.mark.parametrize(("first", "second"), NAME_NEAR_MISSES)
def test_round8_name_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second, "name_inconsistency") == (0.0, [])


def test_round8_more_near_misses_than_positives() -> None:
    assert len(NEAR_MISSES) > len(CONFLICTS)
    assert len(NAME_NEAR_MISSES) > len(NAME_CONFLICTS)


@pytest.mark.parametrize(("one", "other"), [
    ("qasim", "kassem"), ("kaddafi", "gaddafi"), ("karimov", "carimov"), ("yakovleva", "iakovleva"),
    ("jakovlev", "yakovlev"), ("tsai", "cai"),
])
def test_round8_keys_join_openings(one: str, other: str) -> None:
    assert _transliteration_key(_prepared(one)) == _transliteration_key(_prepared(other)) != ""


@pytest.mark.parametrize(("one", "other"), [("ivanov", "yvanov"), ("chen", "ken"), ("gill", "hill"), ("carr", "cohr")])
def test_round8_keys_keep_other_openings_apart(one: str, other: str) -> None:
    assert _transliteration_key(_prepared(one)) != _transliteration_key(_prepared(other))


@pytest.mark.parametrize("text", [
    "the 60-day", "the 60-", "the 60-day-", "all 7 days", "the full 7", "for 7 days", "the 1" + ",000" * 300 + "-seat hall",
    "the ６０-day protest", "the ٦٠-day protest", "all ٧ days", "the 60-😀 protest", "the 60-dāy protest",
    "At 80 km/h, the", "At 80 km/h, the wind", "At 80 km/h, the wind in", "25 species of", "the 26 animals",
    "Iakovleva", "I", "J", "Ia", "Ca said", "Q said", "the 12,400-seat", "the 5 animals of", "the twenty-eight-metre",
    "twenty-eight-metre", "the twenty-eight-", "the ninety-nine-year", "the sixty-day-old",
])
def test_round8_truncated_and_unusual_input_does_not_fail(text: str) -> None:
    extract_consistency(Article(text))
    extract_consistency(Article("Anna Iakovleva spoke. The strike lasted 36 days. The shelter took in 59 dogs. " + text))


@pytest.mark.parametrize("unit", [
    "The strike lasted 36 days. The 60-day strike ended. All 40 days were hard. ",
    "The arena has 27,200 seats. The 12,400-seat arena opened. ",
    "The shelter took in 59 dogs. The 26 animals need homes. Gusts hit 120 km/h. At 80 km/h, the wind inland fell. ",
    "Tariq Qasim spoke. Kassem said. Svetlana Yakovleva spoke. Iakovleva said. Carimov said. ",
])
def test_round8_paths_scale_linearly(unit: str) -> None:
    from tests.test_linear_time import assert_extractor_scales_linearly

    assert_extractor_scales_linearly(extract_consistency, unit)


_WORDS = ["the", "The", "all", "those", "full", "for", "lasted", "took", "after", "sentenced", "to", "days", "day",
          "minutes", "60-day", "12,400-seat", "seats", "protest", "term", "animals", "dogs", "sheep", "species", "of",
          "bird", "awarded", "award", "£5", "At", "80", "km/h", ",", ".", "inland", "in", "Qasim", "Kassem",
          "Iakovleva", "Yakovleva", "said", "Tariq", "٣", "😀", "Ünï"]


@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_round8_vocabulary_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    result = extract_consistency(Article(text))
    for name in ("conflicting_figures", "name_inconsistency"):
        assert len(result[name].spans) % 2 == 0
        for span in result[name].spans:
            assert 0 <= span.start < span.end <= len(text)
