"""Round consist7: speeds written as symbols, weights, a measure named by "that/its <noun> of", "stands at N
percent", "a <sum noun> of €N", new counted classes, and two name paths (a lone surname opening a sentence
before an irregular past; a full name written with diacritics, later without them).

Written for this round in its own words. Each kind has near-misses of its own that must stay silent: another
object's weight, a peak or a limit named by the phrase, two earlier percentages, a percentage after a bare
"at", a part of a sum ("most of €900,000"), another fee, a part of the detainees or the crew, a hypothetical
speed, a place name before an irregular past, a lone word whose key differs.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.consistency import extract_consistency

FILLER = " The council will meet again to discuss the matter. "


def _result(first: str, second: str, feature: str = "conflicting_figures") -> tuple[float, list[str]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))[feature]
    return measurement.value, [text[span.start:span.end] for span in measurement.spans]


CONFLICTS = [
    # a weight, in one hyphenated word or as "kg" before its object
    ("The statue weighs 75 kilograms, the museum said.", "Thieves took the 90-kilogram statue from its plinth.",
     "75 kilograms", "90-kilogram statue"),
    ("The pumpkin weighed 310 kilograms.", "Visitors queued to see the 280 kg pumpkin.",
     "310 kilograms", "280 kg pumpkin"),
    # a speed written as a symbol, after "of" and after a sentence-opening "At"
    ("The turbine blades reach a tip speed of 290 km/h.", "At 174 km/h, campaigners say, the blades kill birds.",
     "290 km/h", "174 km/h"),
    ("Trains on the line run at 148 km/h.", "That top speed of 275 km/h makes it the fastest in the country.",
     "148 km/h", "275 km/h"),
    # a percentage named by "that/its <noun> of"; a level stated with "stands at"
    ("Inflation stands at 4 percent, the central bank said.", "That rate of 7 percent is the worst in a decade.",
     "4 percent", "7 percent"),
    ("The treatment was 64 percent effective in the trial.", "Its efficacy of 81 percent impressed regulators.",
     "64 percent", "81 percent"),
    # counted classes: fires, detainees, crews, fees
    ("Firefighters were battling 12 wildfires across the region.", "Aircraft dropped water on the 19 fires.",
     "12 wildfires", "19 fires"),
    ("The ceasefire deal freed 210 prisoners.", "The 260 detainees were bused to the border.",
     "210 prisoners", "260 detainees"),
    ("The trawler sank with 14 crew on board.", "All 11 sailors were rescued by a lifeboat.", "14 crew", "11 sailors"),
    ("The club paid a transfer fee of €900,000 for the winger.", "The €650,000 fee was a club record.",
     "€900,000", "€650,000 fee"),
]


@pytest.mark.parametrize(("first", "second", "first_quote", "second_quote"), CONFLICTS)
def test_round7_conflicts_are_found(first: str, second: str, first_quote: str, second_quote: str) -> None:
    value, quotes = _result(first, second)
    assert value == 1.0
    assert quotes[0].startswith(first_quote) and quotes[1].startswith(second_quote)


NAME_CONFLICTS = [
    ("Dmitri Zaytsev appeared in court on Monday.", "Zaitsev spoke only to confirm his name.", "Zaitsev"),
    ("Ruth Loewenthal was summoned to the ministry.", "Löwenthal left the building without a word.", "Löwenthal"),
    ("Elif Öztürk took charge of the bank in June.", "Under Ozturk, the bank has closed branches.", "Ozturk"),
    ("Zoë Ünal chaired the inquiry.", "Later Unal said the report was final.", "Unal"),
]


@pytest.mark.parametrize(("first", "second", "variant"), NAME_CONFLICTS)
def test_round7_name_variants_are_found(first: str, second: str, variant: str) -> None:
    value, quotes = _result(first, second, "name_inconsistency")
    assert value == 1.0
    assert quotes[1] == variant


NEAR_MISSES = [
    # weights of other objects
    ("The bull weighs 900 kilograms.", "The 400 kg calf was born in May."),
    ("The bull weighs 900 kilograms.", "The 400-kilogram calf was born in May."),
    ("The bell weighs 120 kilograms.", "The 14 kg clapper was cast separately."),
    ("The lorry weighs 40 tonnes.", "That weight of 44 tonnes is the legal limit."),
    # another value of the measure, two percentages, a bare "at"
    ("Inflation stands at 4 percent.", "Its peak of 11 percent came in 1990."),
    ("Inflation stands at 4 percent.", "This year's target of 2 percent was missed."),
    ("Unemployment stands at 6 percent and inflation at 3 percent.", "That rate of 9 percent is a worry."),
    ("Turnout stood at 61 percent in 2019.", "That rate of 48 percent in 2023 was the lowest yet."),
    ("Shares closed at 3 percent above the open.", "That rate of 9 percent is a worry."),
    ("Turnout stands at 61 percent.", "That share of 20 percent came from postal votes."),
    # speeds: a hypothetical, a distance
    ("The speed limit on the road is 50 km/h.", "At 80 km/h, a pedestrian would not survive."),
    ("The car was travelling at 30 mph.", "At 70 mph, a car would need 96 metres to stop."),
    ("The town is 40 km from the border.", "At 90 km/h, the journey takes half an hour."),
    # sums: a part, another fee, another payment
    ("The club paid most of €900,000 owed to the bank.", "The €650,000 fee was a club record."),
    ("The club paid a fee of €900,000 for the winger.", "The agent's €50,000 fee was paid separately."),
    ("The club paid a transfer fee of €900,000 for the winger.", "A fee of €650,000 was paid for the goalkeeper."),
    # parts of the counted things
    ("Firefighters were battling 12 wildfires.", "Crews put out 3 fires in the city."),
    ("The ceasefire deal freed 210 prisoners.", "The 40 detainees who remain in jail will be freed later."),
    ("The trawler sank with 14 crew on board.", "The 3 sailors who died were from the same village."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_round7_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second)[0] == 0.0


NAME_NEAR_MISSES = [
    ("Dmitri Zaytsev appeared in court on Monday.", "Zagreb spoke for the region, the envoy said."),
    ("Elif Öztürk took charge of the bank in June.", "Under Oztark, the bank has closed branches."),
    ("Elif Öztürk took charge of the bank in June.", "Later Öztürk said the bank has closed branches."),
    ("Anna Berger chaired the meeting.", "Bergen left the port at dawn, the harbour master said."),
    ("Jonas Åberg chaired the meeting.", "Later Aberdeen said nothing."),
]


@pytest.mark.parametrize(("first", "second"), NAME_NEAR_MISSES)
def test_round7_name_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second, "name_inconsistency")[0] == 0.0


@pytest.mark.parametrize("text", [
    "48 km/h", "At 48 km/", "At 48 km/h", "the 5 kg", "the 5-kg", "That rate of", "That rate of 5", "Its of 5 percent",
    "stands at 5 percent", "a fee of €", "a fee of €5", "the ５ kg rock", "At ٤٨ km/h, it", "That rate of 😀 percent",
    "Öztürk", "Ö Ö Ö", "Elif Ö. Ozturk spoke", "the 1" + ",000" * 300 + "-kilogram rock", "At 5 h/km, it",
    "that  rate of 5 percent", "ｔｈａｔ rate of 5 percent",
])
def test_round7_truncated_and_unusual_input_does_not_fail(text: str) -> None:
    extract_consistency(Article(text))
    extract_consistency(Article("Elif Öztürk spoke. The statue weighs 75 kilograms. " + text))


@pytest.mark.parametrize("unit", [
    "The statue weighs 75 kilograms. Thieves took the 90 kg statue. ",
    "Trains run at 148 km/h. That top speed of 275 km/h is high. At 100 km/h, it stops. ",
    "Inflation stands at 4 percent. Its rate of 7 percent is high. A fee of €9,000 was paid. ",
    "Elif Öztürk spoke. Ozturk left. Zaitsev spoke. ",
])
def test_round7_paths_scale_linearly(unit: str) -> None:
    from tests.test_linear_time import assert_extractor_scales_linearly

    assert_extractor_scales_linearly(extract_consistency, unit)


_WORDS = ["the", "The", "At", "at", "That", "that", "Its", "its", "rate", "of", "a", "fee", "stands", "5", "60",
          "90-kilogram", "kg", "km", "/", "h", "km/h", "mph", "kph", "percent", "%", "€5", "wildfires", "fires",
          "prisoners", "detainees", "crew", "sailors", ",", ".", "Öztürk", "Ozturk", "spoke", "left", "Elif",
          "٣", "😀", "Ünï"]


@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_round7_vocabulary_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    result = extract_consistency(Article(text))
    for name in ("conflicting_figures", "name_inconsistency"):
        assert len(result[name].spans) % 2 == 0
        for span in result[name].spans:
            assert 0 <= span.start < span.end <= len(text)
