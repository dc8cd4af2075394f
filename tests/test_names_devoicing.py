"""A surname whose last consonant is swapped for its voiced or voiceless pair is one name spelt two ways
(session 20, lead).

Reading the missed name renders of the development sets blind12-blind15
(``python benchmarks/consistency_misses.py --split blind14 --kind name_inconsistency``) found surnames
changed only in their last letter, between letters a word's end does not tell apart: "Jankovic"/"Jankovik",
"Petrovic"/"Petrovik", "Lockhart"/"Lockhard". The name rule took a changed last letter only between vowels
or s and z (so that "Thrush" is no "Thrust"). The pairs t/d, c/k, f/v, b/p and g/k now count like s/z, on
names of five letters or more, one edit apart, with or without a speech verb. Every consistency development
split kept its near-miss alarms (0 on all but blind3 5/120 and blind7 1/120, as before) and its clean-article
count (16/1249); names rose on blind2 (+2 renders), blind5, blind6, blind8 and blind12 (+1 each); the real
corpora's name pairs are unchanged (``python benchmarks/name_pairs.py``: 41).
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _pairs(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span[0]:span[1]] for span in measurement.spans]


@pytest.mark.parametrize(("text", "pair"), [
    ("Zdravko Jankovic, a retired miner, has written a history of the pit. The book, Jankovik said, is for "
     "the grandchildren.", ["Zdravko Jankovic", "Jankovik"]),
    ("Radomir Petrovic was called out to free a toddler. The child's father said Petrovik had the door open "
     "in under a minute.", ["Radomir Petrovic", "Petrovik"]),
    ("Fans mourned the fiddler Peregrine Lockhart at a packed funeral. Tunes written by Lockhard were played.",
     ["Peregrine Lockhart", "Lockhard"]),
    ("The banker David Goldberg left the firm in May. Goldberk said he would return.", ["David Goldberg", "Goldberk"]),
    ("The singer Elena Rudolf performed on Friday. Critics praised Rudolv for her range.", ["Elena Rudolf", "Rudolv"]),
])
def test_a_last_consonant_swapped_for_its_pair_is_one_name(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


@pytest.mark.parametrize("text", [
    # Two people, each introduced in full.
    "Anna Lockhart chairs the board. Tom Lockhard, her neighbour, objected to the plan.",
    # Not a voiced/voiceless pair.
    "Senator John Thrush spoke at the rally. Thrust was the word of the day.",
    "The minister, Tom Herbert, resigned. The party chose Herbed as his successor.",
    # An ordinary word of the article.
    "The coach, Peter Strand, praised the team. Later the players walked along the strand.",
    # Four letters: too short to tell a slip from another name ("Levy"/"Levi").
    "Neighbours say Michal Levy spent her savings on the chapel. The diocese has now offered Levi a grant.",
])
def test_other_changes_of_the_last_letter_are_not_read_as_one_name(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(("text", "pair"), [
    # A final n dropped from a long name (not a demonym's "-an").
    ("The oyster farmer Bartholomew Quarrington has stopped sales. Water company bosses have been invited to "
     "visit Quarringto's beds.", ["Bartholomew Quarrington", "Quarringto's"]),
    ("A food safety inspector, Horatio Penhaligon, closed a takeaway. The owner told the hearing that Penhaligo "
     "had exaggerated.", ["Horatio Penhaligon", "Penhaligo"]),
])
def test_a_final_n_dropped_from_a_long_name_is_a_slip(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


@pytest.mark.parametrize("text", [
    # A demonym and its country; a short name.
    "The envoy Ahmed Indonesian spoke. Indonesia said it would help.",
    "The singer Maria Jordan performed. Jorda said nothing.",
])
def test_a_final_n_dropped_from_a_demonym_or_a_short_name_is_not(text: str) -> None:
    assert _pairs(text) == []


def test_the_nasals_m_and_n_at_a_name_s_end() -> None:
    text = ("The racing driver Annika Soderholm walked away from a crash. Marshals reached Soderholn within "
            "seconds.")
    assert _pairs(text) == ["Annika Soderholm", "Soderholn"]
