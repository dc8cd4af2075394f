"""A lone surname opening with a transliterated initial reaches the transliteration key (session 20, lead).

The name rule reads a lone capitalised word closely only when an introduced name is near it in first letter
and length, or when its opening may be another romanisation's. Two openings the transliteration key already
joined never got that far: a word opening with an initial the key rewrites ("Tsai", "Quirt", "Osman"), when
the introduced surname has three letters ("Mei Cai": surnames under four letters leave no length to compare),
and Greek chi written "Chr" ("Christodoulou" after "Sofia Hristodoulou"; the reverse already matched, since
"h" opens other romanisations). Both now go on to the surnames' masks and keys, as other romanised openings
do. Names recall rose by one render on blind6, blind8, blind10 and blind14 and by two on blind12; near-miss
alarms, clean-article counts and the corpora's 41 name pairs are unchanged.
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _pairs(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span[0]:span[1]] for span in measurement.spans]


@pytest.mark.parametrize(("text", "pair"), [
    ("The poet Mei Cai has turned down a national honour. Friends said Tsai had never cared for ceremony.",
     ["Mei Cai", "Tsai"]),
    ("A care worker, Mei Cai, has been honoured. Families nominated Tsai for the award.", ["Mei Cai", "Tsai"]),
    ("The tenor Sofia Hristodoulou lost her voice on the opening night. An understudy took over while "
     "Christodoulou watched from the wings.", ["Sofia Hristodoulou", "Christodoulou"]),
    # Already read before, in the other direction.
    ("The poet Mei Tsai has turned down a national honour. Friends said Cai had never cared for ceremony.",
     ["Mei Tsai", "Cai"]),
])
def test_a_transliterated_opening_reaches_the_key(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


@pytest.mark.parametrize("text", [
    # Another word opening with "Chr" or "Ts".
    "Anna Hristova spoke at the fair. Christmas came early for the stallholders.",
    "The poet Mei Cai read on Friday. Tsar Nicholas was the subject of her poem.",
    # Two people, each introduced in full.
    "The poet Mei Cai read first. The novelist Lin Tsai read after her.",
    # A different name with the same opening.
    "The tenor Sofia Hristodoulou sang on Friday. Christopher Wren designed the hall.",
])
def test_other_words_with_those_openings_are_not_read_as_the_name(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(("text", "pair"), [
    # Thai, German and Polish w/v, and the old Indonesian and Serbo-Croat "dj" for j.
    ("The crossword setter Anong Wongsawat has compiled puzzles for years. Solvers have sent Vongsavat hundreds of "
     "letters.", ["Anong Wongsawat", "Vongsavat"]),
    ("Dewi Junaedi has been named conductor of the orchestra. Players voted overwhelmingly for Djunaedi after a "
     "trial concert.", ["Dewi Junaedi", "Djunaedi"]),
    ("Novak Djokovic won the final on Sunday. Jokovic said he was tired.", ["Novak Djokovic", "Jokovic"]),
])
def test_openings_romanisations_write_alike(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


def test_another_name_with_the_other_opening_is_not_read_as_a_variant() -> None:
    assert _pairs("The coach, Anong Wongsawat, left on Monday. Vinter said the club would miss her.") == []


@pytest.mark.parametrize(("text", "pair"), [
    # Greek chi and Hebrew het as "Ch" or "H" at the start of a long name, after a hyphenated verb.
    ("The forensic accountant Stavros Chatzidakis told the court about the transfers. Defence lawyers spent a day "
     "cross-examining Hatzidakis.", ["Stavros Chatzidakis", "Hatzidakis"]),
    ("Yael Chaimovich has been appointed principal dancer. Critics have called Haimovich the finest dancer of her "
     "generation.", ["Yael Chaimovich", "Haimovich"]),
    # Azerbaijani schwa.
    ("Elnur Mammadov has won the lifetime achievement award. In his speech, M\u0259mm\u0259dov thanked the nurses.",
     ["Elnur Mammadov", "M\u0259mm\u0259dov"]),
])
def test_more_romanisations_of_one_name(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


@pytest.mark.parametrize("text", [
    # Short names: "Ch" and "H" are other names.
    "The actor Jackie Chan arrived on Friday. Han said hello to the crowd.",
    # A place told twice with its first word: no person.
    "Raids took place in the villages of Tal Shamiram and Tal Hurmoz. The churches in Tal Shamiran were torched.",
])
def test_short_names_and_places_are_not_read_as_one_person(text: str) -> None:
    assert _pairs(text) == []
