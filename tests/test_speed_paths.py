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


_PHRASE_TEXTS = [
    "People familiar with the matter said it is believed the plan could fail, officials said.",
    "URGENT UPDATE: according to sources, it was reported that the minister allegedly lied. Stay tuned!",
    "Critics say the so-called experts are, frankly, the worst; some claim otherwise, a source close to him told us.",
    "Officials at the Bank of England said on condition of anonymity that they may act.",
]


@pytest.mark.parametrize("text", _PHRASE_TEXTS + _random_texts(60, seed=11))
def test_shared_phrase_pass_equals_each_lexicons_own_matcher(text: str) -> None:
    from reliability.features.base import PHRASES, PhraseMatcher
    from reliability.features import attribution, consistency, lexical, style  # noqa: F401 - registers the groups

    article = Article(text)
    for group in ("attribution", "lexical", "style", "consistency"):
        own = PhraseMatcher(PHRASES._entries[group])
        assert PHRASES.hits(article, group) == own.find(article.norm, article.word_starts, article.word_ends,
                                                        article.words, article.lower_words)


def test_phrase_groups_refuse_a_tag_of_another_group() -> None:
    from reliability.features.base import PhraseGroups

    groups = PhraseGroups()
    groups.register("first", [("said", "speech", "speech", False)])
    with pytest.raises(ValueError, match="already used by group 'first'"):
        groups.register("second", [("claimed", "speech", "speech", False)])
    groups.register("second", [("claimed", "claim", "claim", False)])
    article = Article("He said and she claimed.")
    assert [hit.tag for hit in groups.hits(article, "first")] == ["speech"]
    assert [hit.tag for hit in groups.hits(article, "second")] == ["claim"]


@pytest.mark.parametrize("text", _random_texts(200, seed=13))
@pytest.mark.parametrize("letters", ["Thursd", "abcdef", "XYZabc", "\u00e9t\u00e9ssa", "Senato"])
def test_no_abbreviation_ends_six_letters_before_a_period(text: str, letters: str) -> None:
    # Article.sentences skips the abbreviation search when the six characters before a
    # period are letters: that is only right if no abbreviation can match there.
    from reliability.article import _ABBREVIATION_RE

    window = f"{text}{letters}."
    for start in range(max(0, len(window) - 12), len(window)):
        assert _ABBREVIATION_RE.search(window, start, len(window)) is None


_EXPERT_WORDS = ["professor", "senior", "fellow", "research", "political", "scientist", "think", "tank", "centre",
                 "said", "Smith", "the", "at", "a", "economist", "analyst", ",", "."]


def _expert_texts(count: int, seed: int = 17) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_EXPERT_WORDS) for _ in range(rng.randint(1, 40))) for _ in range(count)]


@pytest.mark.parametrize("text", _expert_texts(80))
def test_expert_roles_from_the_whole_text_equal_a_search_of_each_window(text: str) -> None:
    # _expert_attributions answers "is an expert role among these words?" from one search of
    # the whole body; it must agree with searching the window alone, at every window.
    from reliability.features.attribution import _EXPERT_ROLES, _expert_in_window
    from reliability.features.base import PHRASES

    article = Article(text)
    everywhere = PHRASES.hits(article, "expert")
    count = article.word_count
    for first in range(count):
        for stop in range(first + 1, min(count, first + 12) + 1):
            window = slice(first, stop)
            alone = bool(_EXPERT_ROLES.find(article.norm, article.word_starts[window], article.word_ends[window],
                                            article.words[window], article.lower_words[window]))
            assert _expert_in_window(article, everywhere, first, stop) == alone, (first, stop)
