"""The fast paths taken for speed give the same results as the plain definitions."""

from __future__ import annotations

import gc
import random

import pytest

from reliability.article import Article
from reliability.features import FEATURE_NAMES, extract
from reliability.features.readability import count_syllables

_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'-"
    "\u00e9\u00df\u0130\u03a3\u03c3\u03c2\u00c9\u0394\u212a\u017f\u00b2\u0663\u01c5 .,!?\n"
)


def _random_texts(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 120))) for _ in range(count)]


@pytest.mark.parametrize("text", _random_texts(300))
def test_first_character_indices_match_their_definition(text: str) -> None:
    article = Article(text)
    words = article.words
    assert article.capitalised_indices == tuple(i for i, word in enumerate(words) if word[0].isupper())
    assert article.digit_indices == tuple(i for i, word in enumerate(words) if word[0].isdigit())


@pytest.mark.parametrize("text", _random_texts(300, seed=6))
def test_syllables_of_lower_case_words_equal_those_of_the_words(text: str) -> None:
    article = Article(text)
    assert [count_syllables(word) for word in article.lower_words] == [count_syllables(word) for word in article.words]


def test_typography_replacements_equal_the_translation_table() -> None:
    from reliability.article import _TYPOGRAPHY, _TYPOGRAPHY_PAIRS, normalise_typography

    # No replacement is itself replaced, so applying them one after another equals translate().
    assert not {new for _, new in _TYPOGRAPHY_PAIRS} & {old for old, _ in _TYPOGRAPHY_PAIRS}
    rng = random.Random(3)
    characters = [chr(code) for code in _TYPOGRAPHY] + list("ab '\"-.\t`\u00e9\U0001f600")
    for _ in range(2_000):
        text = "".join(rng.choice(characters) for _ in range(rng.randint(0, 40)))
        assert normalise_typography(text) == text.translate(_TYPOGRAPHY)


def test_all_features_fast_path_equals_named_selection() -> None:
    article = Article("URGENT: officials said on Monday, March 14, 2017 that 12 people were killed. " * 5,
                      title="You Won't Believe This", published="2017-03-15")
    assert extract(article) == extract(Article(article.text, title=article.title, published="2017-03-15"),
                                       FEATURE_NAMES)
    assert list(extract(article)) == list(FEATURE_NAMES)


def test_long_text_pauses_and_restores_the_garbage_collector() -> None:
    text = "Officials said the vote was on Monday, March 14, 2017. " * 2_000
    assert gc.isenabled()
    extract(Article(text))
    assert gc.isenabled()
    gc.disable()
    try:
        extract(Article(text))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_garbage_collector_restored_after_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from reliability import features

    def boom(article: Article) -> None:
        raise RuntimeError("boom")

    monkeypatch.setitem(features._LOADED, "style", boom)
    with pytest.raises(RuntimeError):
        extract(Article("word " * 30_000))
    assert gc.isenabled()
