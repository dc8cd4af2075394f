"""Round consist6: percentages, measures in one hyphenated word, and a sentence opened by "At <measure>,".

Written for this round in its own words: "the 9 percent rise" after "rose by 14 percent", "The 48 percent
figure" after the only earlier percentage, "the 720-kilometre canal" after "is 510 kilometres long", "At 88
miles per hour, it" after "travelling at 60 miles per hour", "the size of a change stated after "by" ("go up
by €620,000" ... "The €490,000 increase"), "A total of 31 candidates", "took evidence from 42 witnesses".
Each kind has near-misses of its own that must stay silent: a share of something named after the noun
("the 3 percent rise in wages"), two earlier percentages, a margin after "by", a hedged first figure, a part
of a length ("the 40-kilometre stretch"), a smaller thing sized after "At" ("At 30 acres, the lake ..."), a
count after "At" ("At 30 students, the class ..."), a hypothetical speed, a speed against a distance, a
change after "from ... to".
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
    # a percentage named by the change it measures, or by itself
    ("Council tax rose by 14 percent this spring.", "Pensioners said the 9 percent rise was unaffordable.", "14 percent",
     "9 percent"),
    ("On Monday the board raised ticket prices by 20%.", "Fans protested against the 35% increase outside the ground.",
     "20", "35%"),
    ("Exports dropped 11 per cent in the first half.", "Ministers said the 6 per cent decline was caused by the strong currency.",
     "11 per cent", "6 per cent"),
    ("Turnout in the ward was 31 percent.", "The 48 percent figure was the ward's best in decades.", "31 percent",
     "48 percent"),
    ("A ballot found that 64 percent of nurses backed the offer.", "The 71 percent share was described as decisive.",
     "64 percent", "71 percent"),
    # the size of a change stated after "by"
    ("Rents at the market will go up by €620,000 a year.", "The €490,000 increase was approved by the traders.",
     "€620,000", "€490,000"),
    # a measure in one hyphenated word
    ("The canal is 510 kilometres long.", "Barges use the 720-kilometre canal to move grain.", "510 kilometres",
     "720-kilometre"),
    ("The closure adds 40 miles to the school run.", "Parents say the 65-mile detour costs them two hours.", "40 miles",
     "65-mile"),
    # "At <measure>," opening a sentence
    ("The lorry was travelling at 60 miles per hour when it overturned.",
     "At 88 miles per hour, it had no chance on the bend.", "60 miles per hour", "88 miles per hour"),
    ("The lake behind the dam is 146 kilometres long.", "At 320 kilometres, it is the longest in the country.",
     "146 kilometres", "320 kilometres"),
    # "the full", "the entire"
    ("The walkers covered 212 km in four days.", "Only six of them finished the full 250 km.", "212 km", "250 km"),
    ("The fence runs 18 miles along the border.", "Patrols now check the entire 26 miles twice a day.", "18 miles",
     "26 miles"),
    # a total, and a count after "from"
    ("A total of 31 candidates are standing for the board.", "The 44 candidates will hold a debate in the town hall.",
     "31", "44"),
    ("The tribunal took evidence from 42 witnesses.", "The judge thanked all 57 witnesses.", "42",
     "57"),
]


@pytest.mark.parametrize(("first", "second", "one", "other"), CONFLICTS)
def test_round6_conflicts(first: str, second: str, one: str, other: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert any(one in span for span in spans[0::2]) and any(other in span for span in spans[1::2])


NEAR_MISSES = [
    # percentages: another quantity's share, two earlier percentages, a margin, hedged, a forecast, another sign
    ("Prices rose 5 percent last month.", "The 3 percent rise in wages did not keep up."),
    ("Turnout was 34 percent.", "The 12 percent share of the vote went to the independent."),
    ("Sales fell 12 percent and profits slid 20 percent.", "Analysts said the 15 percent figure was misleading."),
    ("The challenger won by 12 percent.", "The 15 percent increase in turnout surprised officials."),
    ("Turnout was about 34 percent.", "The 36 percent figure was a record."),
    ("A poll found 45 percent support for the plan.", "The 52 percent figure surprised the mayor."),
    ("Analysts expect sales to fall 10 percent.", "The 4 percent drop last quarter worried investors."),
    ("Prices rose by 30 this year.", "The 16 percent increase hurt small shops."),
    ("Fares went up by 8 percent.", "The 8 percent increase was approved in March."),
    # hyphenated measures: a part, a kind without an earlier count, two earlier lengths
    ("The road is 600 kilometres long.", "The 40-kilometre stretch near the coast is closed."),
    ("The trail is 90 miles long.", "The 12-mile section through the forest reopens in May."),
    ("The pipeline runs 300 kilometres to the port and the railway 250 kilometres.",
     "The 280-kilometre route was chosen in 2019."),
    ("The town has 400 homes.", "The 30-year-old house on the corner was sold."),
    # "At": a count, another thing's size, a hypothetical, a speed after a distance, a time
    ("The school has 400 students.", "At 30 students, the class is too big."),
    ("The park covers 400 acres.", "At 30 acres, the lake is the largest in the county."),
    ("The lorry was travelling at 60 miles per hour.", "At 20 miles per hour, a pedestrian would probably survive."),
    ("The ship sank 12 miles off the coast.", "At 30 miles per hour, the lifeboat was there within the hour."),
    ("The march drew 4,000 people.", "At 3 p.m., the crowd moved to the square."),
    # "the full": another count of the kind before, a full count of another thing
    ("The walkers covered 212 km on Monday and 180 km on Tuesday.", "Only six of them finished the full 250 km."),
    ("The walkers covered 212 km in four days.", "Only six of them finished the full 250 km route in 2019."),
    ("The fence runs 18 miles along the border.", "A full 26 miles of new road is planned."),
    # "from" and "a total of": a change, a range
    ("Membership rose from 80 members to 120.", "All 100 members voted for the change."),
    ("The fund grew from 40 donors last year.", "The 55 donors met on Friday."),
    ("Between them they have heard from 12 to 15 witnesses.", "All 20 witnesses were thanked."),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_round6_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second)[0] == 0.0


@pytest.mark.parametrize("text", [
    "the 5-kilometre", "At 5 miles per", "At 5 miles per hour,", "the 5 percent", "the 5%", "5 per cent",
    "by 5 percent the 6 percent increase", "a total of", "from 9", "At ٣ miles, it", "the ５-kilometre route",
    "The canal is 510 kilometres long. The 720-km canal 😀 is wide.", "the 1" + ",000" * 300 + "-kilometre road",
    "At 12 km, it", "rose by 5 percent. the 6 per", "aged 18-42 the 18-42 people", "the 3-2 win", "the 5-kilometres",
])
def test_round6_truncated_and_unusual_input_does_not_fail(text: str) -> None:
    extract_consistency(Article(text))
    extract_consistency(Article(text + " The canal is 510 kilometres long. The 720-kilometre canal opened."))


@pytest.mark.parametrize("unit", [
    "The canal is 510 kilometres long. The 720-kilometre canal opened. ",
    "Rents rose by 5 percent. The 6 percent increase hurt. ",
    "It was travelling at 60 miles per hour. At 88 miles per hour, it crashed. ",
    "A total of 31 candidates stood. All 44 candidates spoke, with evidence from 9 witnesses. ",
])
def test_round6_paths_scale_linearly(unit: str) -> None:
    from tests.test_linear_time import assert_extractor_scales_linearly

    assert_extractor_scales_linearly(extract_consistency, unit)


_WORDS = ["the", "The", "At", "at", "all", "by", "from", "total", "a", "of", "5", "60", "720-kilometre", "12-mile",
          "5-km", "percent", "per", "cent", "%", "hour", "an", "miles", "kilometres", "km", "rose", "raised", "up",
          "increase", "drop", "figure", "share", ",", ".", "it", "is", "in", "stretch", "€5", "$9", "٣", "😀", "Ünï"]


@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_round6_vocabulary_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    result = extract_consistency(Article(text))["conflicting_figures"]
    assert len(result.spans) % 2 == 0
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
