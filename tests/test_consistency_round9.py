"""Round consist9: transliteration keys for French romanisations ("ch" for "sh", "tch" for "ch", "j" for "zh":
Chahine/Shaheen, Chevtchouk/Shevchuk, Joukova/Zhukova), "dj"/"dzh" for "j" (Djafari/Jafari, Khodjaev/Khodzhaev),
Greek soft g and chi (Georgiou/Yeorgiou, Christodoulou/Hristodoulou), pinyin "qi" for Wade-Giles "ch"
(Qian/Chien), the Japanese long o written "oh" (Ohno/Ono), Polish "cz" (Krawczenko/Kravchenko), a final long e
written "ee", "i" or "y" (Mukherjee/Mukherji), a final silent e in the pre-selection (Hamdan/Hamdane), the Korean
surnames Kim/Gim and Shin/Sin in the table; and the two false alarms round 8 left (another person's term after a
"jailed for" statement, a part of a crowd picked out by what happened to it).

Written for this round in its own words. Each rule has near-misses of its own that must stay silent (more
near-misses than positives): two people with the two spellings both introduced in full, ordinary words that share
a key's opening, another person's count, a part named by a participle.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.consistency import _french_key, _prepared, _transliteration_key, extract_consistency

FILLER = " The council will meet again to discuss the matter. "


def _result(first: str, second: str, feature: str = "conflicting_figures") -> tuple[float, list[tuple[int, str]]]:
    text = first + FILLER + second
    measurement = extract_consistency(Article(text))[feature]
    return measurement.value, [(span.start, text[span.start:span.end]) for span in measurement.spans]


NAME_CONFLICTS = [
    ("Karim Shaheen, the club's chairman, spoke on Monday.", "Chahine said the ground would be sold.", "Chahine"),
    ("Oleksandr Chevtchouk, an engineer, drew the bridge.", "Shevchuk said the steel was sound.", "Shevchuk"),
    ("Anastasia Zhukova won the race on Sunday.", "Joukova said the course was fast.", "Joukova"),
    ("Rustam Khodjaev, the mayor, opened the school.", "Khodzhaev said more would follow.", "Khodzhaev"),
    ("Shirin Djafari carved the statue.", "Jafari said it took two winters.", "Jafari"),
    ("Nikos Georgiou, a fisherman, found the boat.", "Yeorgiou said the crew were safe.", "Yeorgiou"),
    ("Yannis Christodoulou won the stage.", "Hristodoulou said the climb was hard.", "Hristodoulou"),
    ("Li Qian, a banker, joined the board.", "Chien said the bank would grow.", "Chien"),
    ("Taro Ohno, the coach, picked the team.", "Ono said the players were ready.", "Ono"),
    ("Omar Hamdan, a pilot, landed the plane.", "Hamdane said the engine had failed.", "Hamdane"),
    ("Priya Mukherjee delivered the twins.", "Mukherji said both were well.", "Mukherji"),
    ("Mykola Kravchenko sailed around the world.", "Krawczenko said the storms were the worst part.", "Krawczenko"),
    ("Ji-woo Kim, the goalkeeper, saved two penalties.", "Gim said the team deserved it.", "Gim"),
    ("Ji-ho Shin, a nurse, ran the clinic.", "Sin said the queue was long.", "Sin"),
]


@pytest.mark.parametrize(("first", "second", "variant"), NAME_CONFLICTS)
def test_round9_names_are_found(first: str, second: str, variant: str) -> None:
    value, spans = _result(first, second, "name_inconsistency")
    assert value == 1.0
    assert spans[0] == (0, " ".join(first.split()[:2]).rstrip(","))
    assert spans[1] == (len(first) + len(FILLER), variant)


def test_round9_names_are_found_the_other_way_round() -> None:
    value, spans = _result("Karim Chahine, the club's chairman, spoke.", "Shaheen said the ground would be sold.",
                           "name_inconsistency")
    assert value == 1.0 and [text for _, text in spans] == ["Karim Chahine", "Shaheen"]
    value, spans = _result("Anastasia Joukova won the race.", "Zhukova said the course was fast.", "name_inconsistency")
    assert value == 1.0 and [text for _, text in spans] == ["Anastasia Joukova", "Zhukova"]


NAME_NEAR_MISSES = [
    # two people with the two spellings, both introduced in full, stay apart
    ("Karim Shaheen and Nadia Chahine, two lawyers, spoke.", "Chahine said the ruling was wrong."),
    ("Anastasia Zhukova and Olga Joukova, two skaters, won.", "Joukova said the ice was soft."),
    ("Nikos Georgiou and Anna Yeorgiou, two doctors, spoke.", "Yeorgiou said the ward was full."),
    ("Li Qian and Wei Chien, two bankers, met.", "Chien said the deal was done."),
    ("Taro Ohno and Ken Ono, two sprinters, ran.", "Ono said the track was wet."),
    ("Omar Hamdan and Sami Hamdane, two pilots, flew.", "Hamdane said the weather was fine."),
    ("Ji-woo Kim and Min Gim, two archers, shot.", "Gim said the wind was strong."),
    ("Ji-ho Shin and Yu Sin, two nurses, spoke.", "Sin said the ward was calm."),
    ("Shirin Djafari and Ali Jafari, two artists, showed work.", "Jafari said the show was a success."),
    # a name introduced in the possessive beside one that differs by a silent e (blind6 near-miss 26, in an article)
    ("Rafferty Clark was appointed as Aurelie Clarke's deputy.", "Clarke said Clark had the experience needed."),
    ("Omar Hamdan was appointed as Sami Hamdane's deputy.", "Hamdane said Hamdan had the experience needed."),
    # ordinary words and places that share a key's opening
    ("Heather Heyer died in the attack.", "Here's what the mayor said about it."),
    ("Karim Shaheen, the chairman, spoke.", "Chain stores said they would close."),
    ("Taro Ohno, the coach, spoke.", "One said the players were tired."),
    ("Omar Hamdan, a pilot, spoke.", "Handle said nothing, the report said."),
    ("Li Qian, a banker, spoke.", "China said the rate would rise."),
    ("Anastasia Zhukova won the race.", "Jakarta said the games would go ahead."),
    ("Nikos Georgiou, a fisherman, spoke.", "Yesterday the boat sank."),
]


@pytest.mark.parametrize(("first", "second"), NAME_NEAR_MISSES)
def test_round9_name_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second, "name_inconsistency") == (0.0, [])


@pytest.mark.parametrize(("one", "other"), [
    ("khodjaev", "khodzhaev"), ("djafari", "jafari"), ("georgiou", "yeorgiou"), ("giannis", "yiannis"),
    ("christodoulou", "hristodoulou"), ("qian", "chien"), ("ohno", "ono"), ("kohno", "kono"),
    ("kravchenko", "krawczenko"), ("hamdan", "hamdane"),
])
def test_round9_keys_join_spellings(one: str, other: str) -> None:
    assert _transliteration_key(_prepared(one)) == _transliteration_key(_prepared(other)) != ""


@pytest.mark.parametrize(("french", "other"), [("chahine", "shaheen"), ("chevtchouk", "shevchuk"), ("joukova", "zhukova")])
def test_round9_french_key_joins_spellings(french: str, other: str) -> None:
    assert _french_key(_prepared(french)) == _transliteration_key(_prepared(other)) != ""
    assert _transliteration_key(_prepared(french)) != _transliteration_key(_prepared(other))


@pytest.mark.parametrize(("one", "other"), [("qasim", "chasim"), ("gordon", "ordon"), ("oh", "o"), ("kim", "kin")])
def test_round9_keys_keep_other_names_apart(one: str, other: str) -> None:
    assert _transliteration_key(_prepared(one)) != _transliteration_key(_prepared(other))


def test_round9_french_key_is_empty_without_its_letters() -> None:
    assert _french_key("ivanov") == ""
    assert _french_key(_prepared("sokolova")) == ""


CONFLICTS = [
    # a weight or a duration named by a noun for a whole thing of any kind
    ("Officers seized 32 kilograms of cocaine.", "The 128 kg haul had a street value of millions.", "32 kilograms",
     "128 kg haul"),
    ("The statue weighs 93 kilograms.", "Several people were needed to lift the 17 kg figure.", "93 kilograms",
     "17 kg figure"),
    ("The barrier took 22 weeks to install.", "Residents watched the 11-week project.", "22 weeks", "11-week project"),
    ("The cable car takes 44 minutes.", "Visitors enjoy the 120-minute ride.", "44 minutes", "120-minute ride"),
    # a sum: a bill for what was spent, the subject of "was", a penalty appealed against
    ("The trust spent €580,000 on consultants.", "The €220,000 bill was raised by opposition members.", "€580,000",
     "€220,000 bill"),
    ("The fine imposed on the company was €800,000.", "The firm said it would appeal against the €430,000 penalty.",
     "€800,000", "€430,000 penalty"),
    ("Regulators fined the airline €670,000 for delays.", "The carrier said it would appeal against the €270,000 penalty.",
     "€670,000", "€270,000 penalty"),
    # an age now, "at N" with "still" and a verb in the present, after the only age given
    ("The oldest member of the choir, Adaeze Nwosu, is ninety-one.",
     "Adaeze Nwosu has sung in it since childhood and, at 33, still never misses a rehearsal.", "ninety-one", "33"),
    ("The lifeboat's oldest volunteer, Raimund Feldhaus, is forty-six.",
     "Colleagues say that at twenty-one, Raimund Feldhaus is still the first to arrive.", "forty-six", "twenty-one"),
    ("The veteran goalkeeper, seventy-one, will retire soon.", "He is still playing at eighty-nine.", "seventy-one",
     "eighty-nine"),
    ("The choir's founder, Adaeze Nwosu, is ninety-one.", "At 33, she still sings in it every week.", "ninety-one",
     "33"),
    # "that tally of N": a count of votes; a count after a compound modifier ("first-preference votes")
    ("Augustin Pereval was elected with 23,963 votes.", "That tally of 12,365 was the highest in the county.",
     "23,963 votes", "12,365"),
    ("Augustin Pereval was elected with 23,963 first-preference votes.", "That tally of 12,365 was a record.",
     "23,963 first-preference votes", "12,365"),
    ("The firm employs 400 full-time staff.", "The 250 staff will move to the new site.", "400 full-time staff",
     "250 staff"),
    # centimetres, millimetres, degrees and kilos as units
    ("Rainfall at the station reached 13 millimetres in an hour.", "The 76 millimetres flooded the high street.",
     "13 millimetres", "76 millimetres"),
    ("Temperatures hit 47 degrees on Sunday.", "The 34-degree heat closed schools.", "47 degrees", "34-degree heat"),
    ("The bluefin tuna weighed 45 kilograms.", "A restaurant chain bought the 76-kilo tuna.", "45 kilograms",
     "76-kilo tuna"),
]

NEAR_MISSES = [
    # round 8's known false alarms: another person's term, a part of a crowd picked out by an event
    ("He was jailed for 20 months.", "His accomplice received the 30-month term."),
    ("She was sentenced to 20 months.", "Her co-defendant was given the 30-month term."),
    ("He was jailed for 20 months.", "Another man received the 30-month term."),
    ("The protest drew 500 people.", "The 40 people arrested were released."),
    ("The protest drew 500 people.", "The 40 people injured were taken to hospital."),
    ("The march drew 500 people.", "The 60 people detained have been charged."),
    # another thing's weight or duration; a journey after a span that is not a journey's
    ("The bull weighs 900 kilograms.", "The 400 kg calf was born in May."),
    ("The trial lasted 44 minutes.", "Visitors enjoyed the 120-minute ride."),
    ("The trial lasted 18 months.", "The 24-month sentence was suspended."),
    ("The barrier took 22 weeks to install.", "Residents watched the 11-week project to paint it."),
    # a bill for another thing; a plan for a sum, not a contest; a sum the subject does not name
    ("The trust spent €580,000 on consultants.", "The €220,000 bill for cleaning was paid later."),
    ("The fine was €800,000.", "The company said it would pay the €430,000 penalty."),
    ("The price of the house was €800,000.", "The buyer will spend the €430,000 grant on repairs."),
    ("The director of the museum was paid €80,000.", "The €430,000 bill for the roof was paid in May."),
    # another person's age, an age then, an age without "still"
    ("The choir's founder, Adaeze Nwosu, is ninety-one.", "At 33, her daughter still sings in it."),
    ("The choir's founder, Adaeze Nwosu, is ninety-one.", "Her granddaughter, at 33, still sings in it."),
    ("The choir's founder, Adaeze Nwosu, is ninety-one.", "She started at 33, and still sings."),
    ("The club's captain, Tom Reed, is 31.", "At 19, he still lived with his parents."),
    ("The club's captain, Tom Reed, is 31.", "Now, at 19, his son still plays for the youth team."),
    ("The club's captain, Tom Reed, is 31.", "At 19, he moved to the city."),
    ("The veteran goalkeeper, seventy-one, will retire soon.", "He was still playing at eighty-nine."),
    # a tally of something else, an indefinite tally, another group named by its modifier
    ("The striker has scored 23 goals.", "That tally of 12 is a club record."),
    ("Augustin Pereval was elected with 23,963 votes.", "A tally of 12,365 would have been enough."),
    ("Augustin Pereval was elected with 23,963 votes.", "His party's tally of 12,365 was the highest in the region."),
    ("The firm employs 400 full-time staff.", "The 250 part-time staff will move to the new site."),
    ("The firm employs 400 staff.", "The 250 part-time staff will move to the new site."),
    # an angle is no temperature; a part of a length
    ("Temperatures hit 47 degrees on Sunday.", "The 360-degree camera filmed the crowd."),
    ("Temperatures hit 47 degrees on Sunday.", "The 180-degree turn surprised drivers."),
    ("The river rose 73 centimetres.", "The 4-centimetre gap under the door let water in."),
    ("The river rose 73 centimetres.", "The 30 cm gap under the door let water in."),
]

STILL_FOUND = [
    # the same person's term, the same event's people
    ("He was jailed for 20 months.", "His lawyer said the 30-month term was too harsh.", "20 months", "30-month term"),
    ("Police arrested 500 people at the march.", "The 400 people arrested were released on bail.", "500 people",
     "400 people arrested"),
]


@pytest.mark.parametrize(("first", "second"), NEAR_MISSES)
def test_round9_near_misses_stay_silent(first: str, second: str) -> None:
    assert _result(first, second) == (0.0, [])


@pytest.mark.parametrize(("first", "second", "first_quote", "second_quote"), STILL_FOUND + CONFLICTS)
def test_round9_conflicts_are_found_with_both_spans(first: str, second: str, first_quote: str, second_quote: str) -> None:
    value, spans = _result(first, second)
    assert value == 1.0
    assert spans == [(first.index(first_quote), first_quote),
                     (len(first) + len(FILLER) + second.index(second_quote), second_quote)]


def test_round9_more_near_misses_than_positives() -> None:
    assert len(NAME_NEAR_MISSES) > len(NAME_CONFLICTS)
    assert len(NEAR_MISSES) > len(CONFLICTS)


@pytest.mark.parametrize("text", [
    "Chahine", "Ch", "J", "Dj", "Dzh", "Qi", "Oh", "Ohno", "Ge", "Gi", "Chr", "Hamdane", "Ee", "Cz",
    "Chahine said", "Dj said", "Qi said", "Oh said", "Ge said", "Chr said", "Joukova's", "Hamdane’s said",
    "His", "His accomplice", "His accomplice received the", "Another", "The 40 people arrested",
    "Ω said", "Жукова said", "Χριστοδούлου said", "😀 said", "still", "at 33", "still at 33", "at 33, still",
    "is still playing at", "X, is 9", "A B, is ninety-one", "haul", "the 5 kg haul", "the €5 bill for",
])
def test_round9_truncated_and_unusual_input_does_not_fail(text: str) -> None:
    extract_consistency(Article(text))
    extract_consistency(Article("Karim Shaheen spoke. Anastasia Zhukova won. He was jailed for 20 months. " + text))


@pytest.mark.parametrize("unit", [
    "Karim Shaheen spoke. Chahine said. Anastasia Zhukova won. Joukova said. Taro Ohno ran. Ono said. ",
    "Rustam Khodjaev spoke. Khodzhaev said. Omar Hamdan flew. Hamdane said. Li Qian met. Chien said. ",
    "He was jailed for 20 months. His accomplice received the 30-month term. The march drew 500 people. "
    "The 40 people arrested were freed. ",
    "The choir's founder, Adaeze Nwosu, is ninety-one. At 33, she still sings. He is still playing at 89. ",
    "Officers seized 32 kilograms of cocaine. The 128 kg haul was burnt. The trust spent €580,000 on it. ",
])
def test_round9_paths_scale_linearly(unit: str) -> None:
    from tests.test_linear_time import assert_extractor_scales_linearly

    assert_extractor_scales_linearly(extract_consistency, unit)


_WORDS = ["the", "The", "His", "Her", "Another", "accomplice", "received", "jailed", "for", "20", "months", "30-month",
          "term", "drew", "500", "people", "arrested", "were", "released", "Karim", "Shaheen", "Chahine", "Joukova",
          "Zhukova", "Ohno", "Ono", "Hamdane", "Hamdan", "Qian", "Chien", "said", ",", ".", "٣", "😀", "Ünï"]


@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_round9_vocabulary_never_fails(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    result = extract_consistency(Article(text))
    for name in ("conflicting_figures", "name_inconsistency"):
        assert len(result[name].spans) % 2 == 0
        for span in result[name].spans:
            assert 0 <= span.start < span.end <= len(text)
