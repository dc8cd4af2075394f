"""word_choice: the learned word-level score stays exactly decomposable, safe to load and leak-free."""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reliability import ModelFileError, score
from reliability.article import Article
from reliability.model import LinearModel
from reliability.vocabulary import VOCABULARY_FEATURE, Vocabulary, article_terms, term_occurrences

VOCABULARY = Vocabulary({"said": (1.5, 2.0), "reportedly": (2.0, -3.0), "shocking": (3.0, -1.0)}, 0.25)


def test_terms_are_lower_case_body_words_of_letters() -> None:
    text = "Officials SAID it was shocking; Moscow said 2024 x reportedly-ish don't."
    article = Article(text, title="Said")
    assert article_terms(article) == {"it": 1, "was": 1, "shocking": 1, "said": 1, "reportedly-ish": 1, "don't": 1}
    ((field, start, end),) = term_occurrences(article)["said"]
    assert field == "text" and (start, end) == (text.index(" said") + 1, text.index(" said") + 5)


def test_value_is_the_intercept_plus_exact_word_shares() -> None:
    text = "He said it. She said it again. It was reportedly shocking, reportedly."
    measurement = VOCABULARY.measure(Article(text))
    x = {"said": (1 + math.log(2)) * 1.5, "reportedly": (1 + math.log(2)) * 2.0, "shocking": 3.0}
    norm = math.sqrt(sum(v * v for v in x.values()))
    expected = 0.25 + (2.0 * x["said"] - 3.0 * x["reportedly"] - 1.0 * x["shocking"]) / norm
    assert measurement.value == pytest.approx(expected, abs=1e-12)
    notes = {text[span.start:span.end]: span.note for span in measurement.spans}
    assert set(notes) == {"said", "reportedly", "shocking"}
    assert "leans not credible" in notes["reportedly"] and "(2 times)" in notes["reportedly"]
    assert "leans credible" in notes["said"]
    shares = {
        word: float(note.split("(")[-1].split(" ")[0]) for word, note in notes.items()
    }
    assert sum(shares.values()) == pytest.approx(measurement.value - 0.25, abs=2e-3)  # notes print 3 decimals


def test_no_vocabulary_word_gives_the_intercept_without_evidence() -> None:
    measurement = VOCABULARY.measure(Article("Nothing here matches at all."))
    assert measurement.value == 0.25 and measurement.spans == ()


@pytest.fixture(scope="module")
def trained() -> LinearModel:
    """A model with word_choice, fitted on synthetic labelled texts (the shipped model has none)."""
    from reliability.training import DEFAULT_MODEL_FEATURES, feature_matrix, fit_model_with_vocabulary

    records, y, groups = _synthetic()
    raw = feature_matrix(records, DEFAULT_MODEL_FEATURES)
    return fit_model_with_vocabulary(records, raw, y, groups, features=DEFAULT_MODEL_FEATURES,
                                     vocabulary_options={"min_df": 3})


def test_score_reports_word_choice_with_evidence_and_an_exact_contribution(
    seed_texts: dict[str, str], trained: LinearModel,
) -> None:
    result = score(seed_texts["000"], model=trained)
    assert VOCABULARY_FEATURE in result.features and VOCABULARY_FEATURE in result.contributions
    spans = [item for item in result.evidence if item.feature == VOCABULARY_FEATURE]
    assert spans and all(seed_texts["000"][item.start:item.end] == item.text for item in spans)
    assert all(item.text.islower() for item in spans)
    assert abs(math.fsum(result.contributions.values()) - result.logit) < 1e-9
    assert "word_choice" in result.explain()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
@example("\xad\xadA")  # soft hyphens are dropped from the cleaned text, which shifts its offsets
def test_any_unicode_text_measures_finite(text: str) -> None:
    words = ("said", "reportedly", "shocking", "мир", "don't", "well-known", "ﬁne")
    vocabulary = Vocabulary({word: (1.0 + i / 7, (-1) ** i * 0.5) for i, word in enumerate(words)}, -0.1)
    article = Article(text + " said мир don't")
    measurement = vocabulary.measure(article)
    text = text + " said мир don't"
    assert math.isfinite(measurement.value)
    # A feature's spans are offsets into the cleaned text (soft hyphens, for one, are dropped);
    # they reach users mapped to the original text.
    for span in measurement.spans:
        assert 0 <= span.start < span.end <= len(article.norm)
        assert article.norm[span.start:span.end].lower() == article.norm[span.start:span.end]
    for span in article.original_spans(measurement.spans):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end].strip()


def _model_dict(model: LinearModel) -> dict[str, Any]:
    return json.loads(model.to_json())


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (lambda d: d["vocabulary"].update(intercept="x"), "vocabulary: intercept must be a finite number"),
        (lambda d: d["vocabulary"]["terms"].update({"Said": [1.0, 1.0]}), "expected a lower-case word"),
        (lambda d: d["vocabulary"]["terms"].update({"zzz": [0.0, 1.0]}), "expected [idf > 0, weight]"),
        (lambda d: d["vocabulary"]["terms"].update({"zzz": [1.0, float("inf")]}), "expected [idf > 0, weight]"),
        (lambda d: d["vocabulary"].update(terms={}), "non-empty 'terms'"),
        (lambda d: d.pop("vocabulary"), "unknown feature name 'word_choice' (it needs the model's 'vocabulary')"),
    ],
)
def test_broken_vocabulary_is_a_clear_model_error(mutation: Any, message: str, trained: LinearModel) -> None:
    data = copy.deepcopy(_model_dict(trained))
    mutation(data)
    with pytest.raises(ModelFileError, match=None) as caught:
        LinearModel.from_dict(data)
    assert message in str(caught.value)


def test_model_round_trips_with_its_vocabulary(trained: LinearModel, tmp_path: Any) -> None:
    from reliability.model import load_model

    path = tmp_path / "model.json"
    trained.save(path)
    again = load_model(path)
    assert again.vocabulary == trained.vocabulary
    assert again.to_json() == trained.to_json()


def _synthetic(n: int = 120) -> tuple[list[dict[str, Any]], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    good = "officials said the committee published figures on tuesday according to the report".split()
    bad = "shocking truth they are hiding reportedly exposed massive cover up insiders claim".split()
    common = "the city council met again this week to discuss the budget and the new road plan".split()
    records, labels, groups = [], [], []
    for i in range(n):
        label = i % 2
        words = list(rng.choice(common, 60)) + list(rng.choice(good if label else bad, 25))
        records.append({"text": " ".join(words) + ".", "title": None})
        labels.append(label)
        groups.append(f"outlet{i % 6}")
    return records, np.array(labels), np.array(groups)


def test_fit_vocabulary_learns_direction_and_drops_outlet_specific_words() -> None:
    from reliability.training import fit_vocabulary, vocabulary_counts

    records, y, groups = _synthetic()
    # One outlet's boilerplate: a word only that outlet uses, in every one of its articles.
    for record, group in zip(records, groups):
        if group == "outlet0":
            record["text"] += " subscribe"
    counts = vocabulary_counts(records)
    vocabulary = fit_vocabulary(counts, y, groups, min_df=3)
    assert "subscribe" not in vocabulary.terms
    assert "the" not in vocabulary.terms  # a stop word
    assert vocabulary.terms["said"][1] > 0 > vocabulary.terms["shocking"][1]
    kept = fit_vocabulary(counts, y, groups, min_df=3, max_outlet_lift=1e9, min_groups=1, stop_words=False)
    assert "subscribe" in kept.terms and "the" in kept.terms


def test_cross_fitted_column_never_scores_an_article_with_a_vocabulary_that_saw_it() -> None:
    from reliability.training import fit_vocabulary, vocabulary_counts, vocabulary_out_of_fold

    records, y, groups = _synthetic()
    counts = vocabulary_counts(records)
    # A word unique to each single article cannot help out of fold, whatever its label.
    for i, bag in enumerate(counts):
        bag[f"marker{chr(97 + i % 26)}{chr(97 + i // 26)}"] = 1
    column = vocabulary_out_of_fold(counts, y, groups, min_df=1, min_groups=1, max_outlet_lift=1e9)
    in_sample = fit_vocabulary(counts, y, groups, min_df=1, min_groups=1, max_outlet_lift=1e9)
    assert len(column) == len(y) and np.isfinite(column).all()
    assert any(term.startswith("marker") for term in in_sample.terms)
    # Out of fold the score still separates the classes (the shared signal words), and the
    # in-sample vocabulary would separate them at least as well (it saw the markers).
    from reliability.evaluation import roc_auc

    assert roc_auc(y, column) > 0.9


def test_fit_model_with_vocabulary_scores_like_score(trained: LinearModel) -> None:
    records, _, _ = _synthetic()
    model = trained
    assert model.feature_names[-1] == VOCABULARY_FEATURE and model.vocabulary is not None
    result = score(records[0]["text"], model=model)
    assert abs(math.fsum(result.contributions.values()) - result.logit) < 1e-9
    assert result.features[VOCABULARY_FEATURE] == pytest.approx(
        model.vocabulary.score_counts(article_terms(Article(records[0]["text"]))), abs=1e-12)
