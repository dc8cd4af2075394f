"""A full name told again with its given name and another spelling of its surname (session 20, lead).

"Radio presenter Khaled Abdallah ... Callers queued to wish Khaled Abdullah well": the second mention is
itself a full name, so it was read as a second person introduced in full and never compared with the first.
Every development set has such templates (``consistency_misses.py --split blind12``: "Hao Jiang" ... "Hao
Chiang", "Eustace Hollingworth" ... "Eustace Hollinngworth"). Now the surname of a two-word name whose given
name came before with another surname is read as a lone word after the first full name, compared with that
surname only, with the care a speech verb earns (the given name marks the person).

Not read so: a given name that is an ordinary word of the article or a number ("Four Hizballah members"), a
name after an article ("the Unknown Solider"), a run of three or more capitalised words that no role or
sentence opens (tags, places), an alias told as one ("a/k/a 'Ahmad Rahimi'"), and two people with different
given names. On the real corpora (``python benchmarks/name_pairs.py``) this adds 20 pairs to the 41: every
one of the Webis pairs read is a spelling the article itself changes ("Mohamed Berry" ... "Mohamed Barry",
"Kim Guadagno" ... "Kim Guadgano"); one FA-KES pair is an organisation spelt two ways ("Lebanese Hezbollah"
... "Lebanese Hizbollah"). Names recall: blind4 0.833 -> 0.858, blind12 0.925, blind13 0.842 -> 0.858;
near-miss alarms unchanged on every split.
"""

from __future__ import annotations

import pytest

from reliability.article import Article
from reliability.features.consistency import extract_consistency


def _pairs(text: str) -> list[str]:
    measurement = extract_consistency(Article(text))["name_inconsistency"]
    return [text[span[0]:span[1]] for span in measurement.spans]


@pytest.mark.parametrize(("text", "pair"), [
    ("Radio presenter Khaled Abdallah has signed off after thirty years. Callers queued to wish Khaled "
     "Abdullah well.", ["Khaled Abdallah", "Abdullah"]),
    ("Radio presenter Hao Jiang has signed off after thirty years. Callers queued to wish Hao Chiang well.",
     ["Hao Jiang", "Chiang"]),
    ("Broadcaster Eustace Hollingworth has read his final bulletin. Colleagues lined the corridor to applaud "
     "Eustace Hollinngworth out of the building.", ["Broadcaster Eustace Hollingworth", "Hollinngworth"]),
    ("Nebraska players Michael Rose and Mohamed Berry knelt during the anthem. Mohamed Barry told reporters "
     "the team had been warned.", ["Mohamed Berry", "Barry"]),
])
def test_the_given_name_again_with_another_spelling_of_the_surname(text: str, pair: list[str]) -> None:
    assert _pairs(text) == pair


@pytest.mark.parametrize("text", [
    # Different given names: two people.
    "Anna Lockhart chairs the board. Tom Lockhard, her neighbour, objected to the plan.",
    # The same given name, another surname altogether.
    "John Smith opened the meeting. John Brown closed it.",
    # An alias told as one.
    "The defendant, Ahmad Khan Rahami, a/k/a 'Ahmad Rahimi,' has not been charged. Ahmad Rahami remains in a "
    "hospital.",
    # Not a person: a name after an article, a number before a name used as a modifier.
    "Vandals pushed over the Unknown Solider statue. The Tomb of the Unknown Soldier was untouched.",
    "Four Hezbollah fighters died on Monday. Four Hizballah members were reported killed on Tuesday.",
])
def test_other_repeated_given_names_are_not_read_as_one_person(text: str) -> None:
    assert _pairs(text) == []
