"""Readability and lexical variety: Flesch-Kincaid grade, sentence length, type-token ratio.

The Flesch-Kincaid grade level is ``0.39 * ASL + 11.8 * ASW - 15.59`` (Kincaid
et al. 1975), with ASL the mean words per sentence and ASW the mean syllables
per word. The NELA toolkit computes ``0.39 * (ASL + 11.8 * ASW) - 15.59``, which
shrinks the syllable term by a factor of 0.39; a regression test pins ours.

The type-token ratio of a whole text falls as the text grows, so it is computed
as the mean over consecutive windows of :data:`TTR_WINDOW` words (mean segmental
TTR, Johnson 1944; cf. MATTR, Covington & McFall 2010): the value does not
depend on the article's length.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from functools import lru_cache

from reliability.article import Article
from reliability.features.base import Measurement

__all__ = ["extract_readability", "count_syllables", "flesch_kincaid_grade", "TTR_WINDOW"]

#: Words per window of the moving-average type-token ratio.
TTR_WINDOW = 50

_VOWELS = frozenset("aeiouy")
# Endings whose final vowel group is silent or merged in speech ("make", "baked").
_SILENT_ENDINGS = ("e", "es", "ed")
# After these letters "-es"/"-ed" are pronounced as a syllable ("boxes", "wanted").
_VOICED_BEFORE_ES = frozenset("sxzhc")
_VOICED_BEFORE_ED = frozenset("td")


@lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Estimate the syllables of an English word (vowel groups, with silent endings).

    Digits and other non-letters count as one syllable per word; every word
    has at least one syllable.

    Examples
    --------
    >>> [count_syllables(w) for w in ("cat", "make", "table", "wanted", "boxes", "baked", "readability")]
    [1, 1, 2, 2, 2, 1, 5]
    """
    letters = "".join(character for character in word.lower() if character.isalpha())
    if not letters:
        return 1
    groups = 0
    previous_vowel = False
    for character in letters:
        vowel = character in _VOWELS
        if vowel and not previous_vowel:
            groups += 1
        previous_vowel = vowel
    if groups > 1:
        if letters.endswith("le") and len(letters) > 2 and letters[-3] not in _VOWELS:
            pass  # "table", "little": the final "le" is a syllable
        elif letters.endswith("e") and not letters.endswith(("ee", "ye")):
            groups -= 1
        elif letters.endswith("es") and letters[-3:-2] not in _VOICED_BEFORE_ES and letters[-3:-2] not in _VOWELS:
            groups -= 1
        elif letters.endswith("ed") and letters[-3:-2] not in _VOICED_BEFORE_ED and letters[-3:-2] not in _VOWELS:
            groups -= 1
    return max(1, groups)


_count_syllables = count_syllables.__wrapped__


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    """The Flesch-Kincaid grade level, ``0.39 * ASL + 11.8 * ASW - 15.59``.

    Examples
    --------
    >>> round(flesch_kincaid_grade(words=6, sentences=1, syllables=6), 2)
    -1.45
    """
    if words <= 0 or sentences <= 0:
        return math.nan
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


class _SyllableCache(dict[str, int]):
    """word -> syllables; a miss computes and stores the count.

    ``sum(map(cache.__getitem__, words))`` then runs in C for every word seen
    before, which is several times cheaper than a call through ``lru_cache``.
    Bounded like the ``lru_cache`` of :func:`count_syllables`: when full it
    starts again (the values never change, only the memory is bounded).
    """

    __slots__ = ()

    def __missing__(self, word: str) -> int:
        if len(self) >= 65536:
            self.clear()
        value = self[word] = _count_syllables(word)
        return value


_SYLLABLES = _SyllableCache()


def _segmental_type_token_ratio(words: tuple[str, ...], window: int) -> float:
    # Mean over consecutive, non-overlapping windows; the incomplete tail window is dropped.
    segments = len(words) // window
    windows = map(words.__getitem__, [slice(k, k + window) for k in range(0, segments * window, window)])
    return sum(map(len, map(set, windows))) / (segments * window)


def extract_readability(article: Article) -> dict[str, Measurement]:
    """Measure the Flesch-Kincaid grade, mean sentence length and moving type-token ratio.

    Examples
    --------
    >>> from reliability.article import Article
    >>> result = extract_readability(Article("The cat sat on the mat."))
    >>> round(result["flesch_kincaid_grade"].value, 2), result["mean_sentence_length"].value
    (-1.45, 6.0)
    >>> result["type_token_ratio"].reason
    'fewer than 50 words, too few for a windowed type-token ratio'
    """
    words = article.words
    count = len(words)
    if count == 0:
        reason = "the text has no words"
        return {
            name: Measurement(math.nan, reason=reason)
            for name in ("flesch_kincaid_grade", "mean_sentence_length", "type_token_ratio")
        }
    starts = article.word_starts
    # Count only sentences that hold a word (a line of "***" is not a sentence).
    sentences = 0
    for start, end in article.sentences:
        first_word = bisect_left(starts, start)
        if first_word < count and starts[first_word] < end:
            sentences += 1
    # count_syllables lower-cases first and str.lower is idempotent, so the lower-case
    # words give the same counts; their hashes are already computed by the lexicon
    # look-ups, and fewer distinct keys keep the cache smaller.
    syllables = sum(map(_SYLLABLES.__getitem__, article.lower_words))
    if count >= TTR_WINDOW:
        ttr = Measurement(_segmental_type_token_ratio(article.lower_words, TTR_WINDOW))
    else:
        ttr = Measurement(
            math.nan, reason=f"fewer than {TTR_WINDOW} words, too few for a windowed type-token ratio"
        )
    return {
        "flesch_kincaid_grade": Measurement(flesch_kincaid_grade(count, sentences, syllables)),
        "mean_sentence_length": Measurement(count / sentences),
        "type_token_ratio": ttr,
    }
