"""``word_choice``: a learned, exactly decomposable word-level score.

The hand-built features measure what the literature names (anonymous sources,
urgency, hedging, dates...). Much of what separates credible from not-credible
writing in the shared corpora is spread over ordinary words that no list names.
``word_choice`` captures it while keeping every number explainable:

* each article is a bag of the words of its body that are written in lower case
  (letters only, at least two characters; names and Title Case headlines are left
  out: they say what an article is about, not how it is written): frequency ``tf``;
* each vocabulary word ``t`` has an inverse document frequency ``idf_t`` and a
  learned weight ``w_t``; ``x_t = (1 + ln tf_t) * idf_t`` and ``norm = sqrt(sum x_t^2)``;
* ``word_choice = b + sum_t w_t * x_t / norm``: the log-odds of a logistic
  regression on those L2-normalised, sublinear TF-IDF vectors.

The value splits exactly into per-word shares ``w_t * x_t / norm`` (plus ``b``),
which is what the evidence spans show: the words that moved the score most and
in which direction. A model trained with it (``reliability train --word-choice``,
``reliability.training.fit_model_with_vocabulary``) weighs ``word_choice`` like any
other feature, so its contribution is still one exact term of the logit. The
shipped default model does not use it: see ``features/word_choice.md`` for the
measurements behind that choice.

The weights are learned from labelled news (see the model card): they reflect
which words co-occurred with credible and not-credible articles in those
corpora, not what is true. Words used by only one outlet of the training data
are left out so that outlet names and boilerplate do not become signals.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeGuard

from reliability.errors import ModelFileError
from reliability.features.base import Measurement, Span

if TYPE_CHECKING:
    from reliability.article import Article

__all__ = ["VOCABULARY_FEATURE", "VOCABULARY_DESCRIPTION", "Vocabulary", "article_terms", "term_occurrences",
           "describe"]

VOCABULARY_FEATURE = "word_choice"
VOCABULARY_DESCRIPTION = (
    "learned word-choice score: log-odds of a word-level model trained on labelled news "
    "(positive = vocabulary of credible articles in the training corpora)"
)
#: How many words are reported as evidence (the largest shares by absolute value).
EVIDENCE_WORDS = 8


def _is_term(word: str) -> bool:
    # Letters only (apostrophes and hyphens inside a word allowed), at least two characters:
    # numbers and single letters say more about formatting than about word choice.
    return len(word) >= 2 and word.replace("'", "").replace("-", "").isalpha()


def describe(name: str) -> str:
    """A feature's description: the registry's, or ``word_choice``'s (which a model adds)."""
    from reliability.features import feature_spec

    return VOCABULARY_DESCRIPTION if name == VOCABULARY_FEATURE else feature_spec(name).description


def article_terms(article: Article) -> dict[str, int]:
    """Each term of an article (body words written in lower case) with its count, in reading order."""
    return dict(Counter(word for word in article.words if word.islower() and _is_term(word)))


def term_occurrences(article: Article) -> dict[str, list[tuple[str, int, int]]]:
    """Each term's occurrences in the body as ``(field, start, end)``, in reading order.

    Only words written in lower case count: capitalised words are mostly names of
    people, places and organisations, which say what an article is about (and when it
    was written), not how it is written, and the title is left out because Title Case
    headlines are a house style.
    """
    occurrences: dict[str, list[tuple[str, int, int]]] = {}
    for word, start, end in zip(article.words, article.word_starts, article.word_ends):
        if word.islower() and _is_term(word):
            occurrences.setdefault(word, []).append(("text", start, end))
    return occurrences


def is_finite_number(value: object) -> TypeGuard[int | float]:
    """Whether a decoded JSON value is a finite int or float (not a bool).

    JSON integers have no size limit, and ``math.isfinite(10**400)`` raises OverflowError:
    a model file holding one reached the caller of ``score(model=path)`` as that error.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


@dataclass(frozen=True)
class Vocabulary:
    """Per-word ``(idf, weight)`` and the intercept of the word-level logistic regression."""

    terms: Mapping[str, tuple[float, float]]
    intercept: float
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def score_counts(self, counts: Mapping[str, int]) -> float:
        """``word_choice`` of a bag of words (term -> count); terms outside the vocabulary are ignored."""
        return self.intercept + math.fsum(self._shares(counts).values())

    def _shares(self, counts: Mapping[str, int]) -> dict[str, float]:
        """Each vocabulary word's exact share ``w_t * x_t / norm`` of the score."""
        terms, log = self.terms, math.log
        squares = 0.0
        raw: dict[str, float] = {}
        for term, count in counts.items():
            entry = terms.get(term)
            if entry is None:
                continue
            x = (1.0 + log(count)) * entry[0]
            squares += x * x
            raw[term] = x * entry[1]
        if not raw:
            return {}
        norm = math.sqrt(squares)
        return {term: value / norm for term, value in raw.items()}

    def measure(self, article: Article) -> Measurement:
        """The ``word_choice`` value with the most influential words as evidence."""
        # Only vocabulary words count, and every vocabulary word is a valid lower-case term,
        # so counting the words found in the vocabulary (one C-level pass) gives exactly the
        # counts of article_terms restricted to it, in the same first-occurrence order.
        words = article.words
        counts = Counter(filter(self.terms.__contains__, words))
        shares = self._shares(counts)
        value = self.intercept + math.fsum(shares.values())
        if not shares:
            return Measurement(value, (), None)
        top = sorted(shares.items(), key=lambda item: (-abs(item[1]), item[0]))[:EVIDENCE_WORDS]
        spans = []
        starts, ends = article.word_starts, article.word_ends
        for term, share in top:
            if share == 0.0:
                continue
            position = words.index(term)
            start, end = starts[position], ends[position]
            direction = "credible" if share > 0 else "not credible"
            times = f" ({counts[term]} times)" if counts[term] > 1 else ""
            spans.append(Span(start, end, f"word choice: {term!r}{times} leans {direction} "
                                          f"({share:+.3f} of the word-choice score)"))
        spans.sort()
        return Measurement(value, tuple(spans), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "intercept": self.intercept,
            "terms": {term: [idf, weight] for term, (idf, weight) in sorted(self.terms.items())},
            "metadata": dict(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: Any, *, origin: str = "model") -> Vocabulary:
        def fail(message: str) -> ModelFileError:
            return ModelFileError(f"{origin}: vocabulary: {message}")

        if not isinstance(data, dict):
            raise fail(f"expected an object, received {type(data).__name__}")
        intercept = data.get("intercept")
        if not is_finite_number(intercept):
            raise fail(f"intercept must be a finite number, received {intercept!r}")
        rows = data.get("terms")
        if not isinstance(rows, dict) or not rows:
            raise fail("expected a non-empty 'terms' object of word -> [idf, weight]")
        terms: dict[str, tuple[float, float]] = {}
        for term, pair in rows.items():
            if not _is_term(term) or term != term.lower():
                raise fail(f"term {term!r}: expected a lower-case word of letters (at least two characters)")
            if (not isinstance(pair, list) or len(pair) != 2
                    or not all(map(is_finite_number, pair))
                    or pair[0] <= 0):
                raise fail(f"term {term!r}: expected [idf > 0, weight] as finite numbers, received {pair!r}")
            terms[term] = (float(pair[0]), float(pair[1]))
        metadata = data.get("metadata", {})
        if not isinstance(metadata, dict):
            raise fail("metadata must be an object")
        return cls(terms, float(intercept), metadata)
