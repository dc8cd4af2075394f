"""Readability: the Flesch-Kincaid formula (not NELA's), syllables, length-independent TTR."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.article import Article
from reliability.features.readability import (
    TTR_WINDOW,
    count_syllables,
    extract_readability,
    flesch_kincaid_grade,
)


def test_flesch_kincaid_uses_the_published_formula_not_nelas() -> None:
    # 20 words, 2 sentences, 30 syllables: ASL = 10, ASW = 1.5.
    ours = flesch_kincaid_grade(words=20, sentences=2, syllables=30)
    assert ours == pytest.approx(0.39 * 10 + 11.8 * 1.5 - 15.59)
    nela = 0.39 * (10 + 11.8 * 1.5) - 15.59  # the NELA toolkit's misparenthesised version
    assert ours == pytest.approx(6.01)
    assert abs(ours - nela) > 1


def test_flesch_kincaid_on_an_article() -> None:
    # "The cat sat on the mat." 6 one-syllable words, one sentence: 0.39*6 + 11.8 - 15.59.
    result = extract_readability(Article("The cat sat on the mat."))
    assert result["flesch_kincaid_grade"].value == pytest.approx(-1.45)
    assert result["mean_sentence_length"].value == 6.0


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("cat", 1), ("make", 1), ("table", 2), ("little", 2), ("wanted", 2), ("baked", 1), ("boxes", 2),
     ("agree", 2), ("beautiful", 3), ("credibility", 5), ("the", 1), ("2024", 1), ("rhythm", 1), ("Михайлов", 1)],
)
def test_count_syllables(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_type_token_ratio_does_not_depend_on_length() -> None:
    paragraph = (
        "The council met on Monday to discuss the new budget for schools, roads and parks in the city. "
        "Members argued about costs, and the mayor promised a vote before the end of the month. "
        "Residents asked for more buses, better lighting and cleaner streets near the market. "
    )
    short = extract_readability(Article(paragraph * 2))["type_token_ratio"].value
    long = extract_readability(Article(paragraph * 20))["type_token_ratio"].value
    # A whole-text TTR would fall about tenfold; the windowed one stays close.
    assert abs(short - long) < 0.1


def test_undefined_values_have_reasons() -> None:
    empty = extract_readability(Article(""))
    assert all(math.isnan(m.value) and m.reason for m in empty.values())
    short = extract_readability(Article("Too short."))["type_token_ratio"]
    assert math.isnan(short.value) and str(TTR_WINDOW) in (short.reason or "")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_string_never_crashes(text: str) -> None:
    for measurement in extract_readability(Article(text)).values():
        assert math.isnan(measurement.value) or math.isfinite(measurement.value)
