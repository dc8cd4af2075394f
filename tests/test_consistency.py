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
    ],
)
def test_conflicting_figures(text: str, expected: list[str]) -> None:
    assert _found(text, "conflicting_figures") == expected


def test_no_words_is_undefined() -> None:
    result = extract_consistency(Article("  "))
    assert all(math.isnan(m.value) and m.reason for m in result.values())


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=6), st.sampled_from(
    [" said", "Benjamin Young ", "Yang ", " 12 people were killed", " 1,5 ", "²", ". ", '"']
)), max_size=30).map("".join))
def test_any_string_never_crashes_and_spans_slice(text: str) -> None:
    for measurement in extract_consistency(Article(text)).values():
        for span in measurement.spans:
            assert 0 <= span.start < span.end <= len(text)
