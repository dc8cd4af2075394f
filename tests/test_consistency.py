"""Internal consistency: a person named two ways, one quantity with two values."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.consistency import extract_consistency

SEED_004 = Path(__file__).resolve().parents[1] / "seeds" / "004_468cc55b854ce9da.txt"


def _found(text: str, feature: str) -> list[str]:
    return [text[s.start:s.end] for s in extract_consistency(Article(text))[feature].spans]


def test_seed_004_young_then_yang() -> None:
    text = SEED_004.read_text(encoding="utf-8")
    assert _found(text, "name_inconsistency") == ["Benjamin Young", "Yang"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('John Smith arrived late. "We are ready," Smyth said.', ["John Smith", "Smyth"]),
        ("Benjamin Young spoke first. Later, Yang said the plan was sound.", ["Benjamin Young", "Yang"]),
        # near-misses: the same surname, another person, a name never introduced in full
        ('Benjamin Young spoke first. "It works," Young said.', []),
        ("Benjamin Young spoke first. Later, Lavrov said the plan was sound.", []),
        ('"It works," Yang said. Benjamin Young disagreed.', []),
        ("Kim Jong Un visited the plant. Kim said it was vital.", []),
        # near-misses found on real articles: a word after a title that ended the previous
        # sentence, and a first name beside a surname with an apostrophe
        ("Former governor Mitt Romney called him unfit to be our president. Most of my friends agree.", []),
        ("The panel included Patrick Meehan and Meghan O'Sullivan, a former adviser.", []),
        # a joined surname introduced in full, then misspelled, is still caught
        ("Sean O'Sullivan spoke first. Later, O'Sulivan said the plan was sound.", ["Sean O'Sullivan", "O'Sulivan"]),
        # two edits (a transposition; a changed and a dropped letter) are caught
        ("David Mikkelson founded the site. Mikkleson said it was independent.", ["David Mikkelson", "Mikkleson"]),
        ("Sunjeev Bery spoke first. Later, Berry said the plan was sound.", ["Sunjeev Bery", "Berry"]),
        # near-misses found on real articles: a name two letters longer, a role
        # noun opening a sentence, and a possessive written without its apostrophe
        ("Al Gore spoke first. Later, George said the plan was sound.", []),
        ("Roger Ailes left the network. Aides said he would not return.", []),
        ("The channel Russias Rossiya aired it. Russia said the report was false.", []),
        # any person position, not only a speaker: subject, object, possessive, after a title
        ("Gregory Whitcombe chaired the inquiry. Two years later, critics accused Witcombe of bias.",
         ["Gregory Whitcombe", "Witcombe"]),
        # the same name with an ending is another word ("Syria"/"Syrian"), not a variant
        ("Gregory Whitcombe chaired the inquiry. Two years later, critics accused Whitcombes of bias.", []),
        ("Olga Sorokina ran the clinic for a decade. Patients describe Sorokyna as tireless.",
         ["Olga Sorokina", "Sorokyna"]),
        ("Priya Ramaswamy wrote the audit. Auditors who checked Ramasawmy's figures agreed.",
         ["Priya Ramaswamy", "Ramasawmy's"]),
        ("Daniel Okafor won the seat in May. Mayor Okafur has since resigned from the board.",
         ["Daniel Okafor", "Okafur"]),
        ("Lena Haugland leads the trust. The money, according to Hauglund, was spent on repairs.",
         ["Lena Haugland", "Hauglund"]),
        # transliterations that change the opening letters
        ("Li Zhou met the delegation. Reporters later asked Chou about the visit.", ["Li Zhou", "Chou"]),
        ("Ming Tsai opened the exhibition. Visitors praised Cai for the choice of works.", ["Ming Tsai", "Cai"]),
        # near-misses: a similar place, a Title Case line, a famous name of its own, an ordinary
        # word, a nickname, "the X family", a changed consonant outside speech
        ("Ruth Dallon grew up on a farm. She moved to Dallas in 1990 and opened a bakery.", []),
        ("Ruth Dallon grew up on a farm. She later opened a bakery outside Dallas with her sister.", []),
        ("Linda Tripp testified. Trump spoke. Trump left. Trump returned.", []),
        ("Amy Nathan is a teacher. The Nation magazine and the nation's press covered her.", []),
        ('Bernie Sanders spoke first. Dave "Mudcat" Saunders, a consultant, disagreed. Saunders has doubts.', []),
        ("Tom Kean spoke first. He praised the Khan family for their courage.", []),
        ("Black Lives Matter protested. Most hold Master's degrees, a black student noted.", []),
        ("Osama Hamdan spoke first. Officials later blamed Obama bin Laden for nothing.", []),
    ],
)
def test_name_inconsistency(text: str, expected: list[str]) -> None:
    assert _found(text, "name_inconsistency") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday 12 people were killed in the blast. Police said 15 people were killed.",
         ["12 people were killed", "15 people were killed"]),
        ("Three soldiers died in the attack. Later the army said five soldiers died.",
         ["Three soldiers died", "five soldiers died"]),
        # near-misses: hedged, updated, different outcome, same number
        ("At least 12 people were killed. Police said 15 people were killed.", []),
        ("12 people were killed. The toll rose and 15 people were killed by Friday.", []),
        ("12 people were killed and 15 people were injured.", []),
        ("12 people were killed. Police confirmed 12 people were killed.", []),
        # a definite reference to a count that no earlier number gave: same outcome, unit or measure
        ("Nine climbers were stranded on the ridge. Helicopters lifted the 14 stranded climbers off at dawn.",
         ["Nine climbers", "14 stranded climbers off"]),
        ("A gas leak killed 8 workers at the plant. All eleven workers who died had families nearby.",
         ["8 workers", "eleven workers"]),
        ("The stadium cost $310 million to build. Taxpayers covered most of the $420 million stadium.",
         ["$310 million", "$420 million stadium"]),
        ("The trail runs 26 miles along the river. Hikers love the 41-mile trail.", ["26 miles along", "41-mile trail"]),
        ("Of the 300 applicants interviewed, 40 were rejected. The 65 applicants who were rejected may appeal.",
         ["40", "65 applicants"]),
        # a verb met by a noun: "cut 300 jobs" ... "the 450 job cuts"
        ("The mill cut 300 jobs in March. Unions criticised the 450 job cuts.", ["300 jobs", "450 job cuts"]),
        ("The plant employs 1,200 people. All 900 employees will keep their jobs.", ["1,200 people", "900 employees"]),
        ("The mill cut 300 jobs in March. The 450 jobs it added in May were temporary.", []),
        # near-misses: another outcome (a subset), a number given earlier in any phrasing, no
        # shared outcome, another set with only the noun in common, "the other", a year
        ("Of the 300 applicants interviewed, 40 were rejected. The 40 applicants who were rejected may appeal.", []),
        ("300 applicants were interviewed. The 40 applicants who were rejected may appeal.", []),
        ("The raid killed 31 civilians, including 10 on a bus. Among the 10 civilians killed on the bus were children.", []),
        ("858 individuals were flagged by the audit. The agency will review all 1,811 individuals.", []),
        ("Five people died in the fire. The 12 other people who died were neighbours.", []),
        ("Twelve houses burned in 1998. The 2004 houses were built later.", []),
        ("Organizers said 4,000 people attended. Police put the crowd at 2,500.", []),
    ],
)
def test_conflicting_figures(text: str, expected: list[str]) -> None:
    assert _found(text, "conflicting_figures") == expected


def test_no_words_is_undefined() -> None:
    result = extract_consistency(Article("  "))
    assert all(math.isnan(m.value) and m.reason for m in result.values())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=6), st.sampled_from(
    [" said", "Benjamin Young ", "Yang ", " 12 people were killed", " 1,5 ", "²", ". ", '"', " the ", "$", "-mile ",
     " Чжоу ", "Жанна Чжоу", "北京", "🙂", "'s", " who died"]
)), max_size=30).map("".join))
def test_any_string_never_crashes_and_spans_slice(text: str) -> None:
    for measurement in extract_consistency(Article(text)).values():
        for span in measurement.spans:
            assert 0 <= span.start < span.end <= len(text)
