"""scikit-learn integration: the featurizer, the model, pipelines and the estimator checks."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.pipeline import make_pipeline
from sklearn.utils.estimator_checks import parametrize_with_checks

from reliability import ArticleTypeError, UnknownFeatureError
from reliability.estimators import CredibilityFeaturizer, CredibilityModel


@parametrize_with_checks([CredibilityModel(c_grid=(0.1, 1.0), n_splits=3)])
def test_sklearn_compatible_estimator(estimator, check) -> None:  # type: ignore[no-untyped-def]
    check(estimator)


def test_pipeline_fits_and_explains(seed_texts: dict[str, str]) -> None:
    texts = list(seed_texts.values()) * 8
    labels = [0, 0, 1, 1, 1] * 8
    pipeline = make_pipeline(CredibilityFeaturizer(), CredibilityModel(n_splits=2))
    pipeline.fit(texts, labels)
    probabilities = pipeline.predict_proba(texts[:5])[:, 1]
    assert ((0 <= probabilities) & (probabilities <= 1)).all()
    model = pipeline[-1]
    matrix = pipeline[0].transform(texts[:5])
    np.testing.assert_allclose(model.contributions(matrix).sum(axis=1) + model.intercept_,
                               model.decision_function(matrix), atol=1e-12)
    cloned = clone(pipeline)
    assert cloned.get_params()["credibilitymodel__n_splits"] == 2
    assert not hasattr(cloned[-1], "model_")


def test_featurizer_names_and_pandas_output() -> None:
    pandas = pytest.importorskip("pandas")
    featurizer = CredibilityFeaturizer(features=["hedging_density", "quote_density"]).set_output(transform="pandas")
    frame = featurizer.fit_transform([{"text": "It could fail.", "title": "T"}, "Officials said so."])
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["hedging_density", "quote_density"]


def test_featurizer_rejects_unknown_feature() -> None:
    with pytest.raises(UnknownFeatureError, match="received unknown 'nope'"):
        CredibilityFeaturizer(features=["nope"]).fit(["text"])
    # One name, not in a list, was taken letter by letter: "received unknown 'h'".
    with pytest.raises(ArticleTypeError, match=r"^features: expected a sequence of feature names, e\.g\. \[name\]"):
        CredibilityFeaturizer(features="hedging_density").fit(["text"])  # type: ignore[arg-type]


@pytest.mark.parametrize(("X", "shown"), [(None, "NoneType None"), (42, "int 42")])
def test_featurizer_refuses_something_that_is_no_sequence_of_articles(X: object, shown: str) -> None:
    # list(None) escaped as a bare TypeError ("'NoneType' object is not iterable").
    with pytest.raises(ArticleTypeError, match=rf"^X: expected a sequence of articles \(str or dict\), received {shown}$"):
        CredibilityFeaturizer().fit_transform(X)  # type: ignore[arg-type]


def test_documented_pipeline_model_is_the_shipped_recipe_and_usable_with_score(
        seed_texts: dict[str, str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    # docs/model.md: the pipeline's model_ can be saved and passed to score(model=...). That holds
    # only when CredibilityModel knows the column names; the featurizer's array carries none.
    from reliability import FEATURE_NAMES, ModelFileError, score

    texts = list(seed_texts.values()) * 8
    labels = [0, 0, 1, 1, 1] * 8
    pipeline = make_pipeline(CredibilityFeaturizer(), CredibilityModel(feature_names=FEATURE_NAMES, n_splits=2))
    pipeline.fit(texts, labels)
    model = pipeline[-1].model_
    assert model.feature_names == tuple(FEATURE_NAMES) or list(model.feature_names) == list(FEATURE_NAMES)
    assert "sign_constraints" in model.metadata  # the registry's expected directions were applied
    path = tmp_path / "pipeline_model.json"
    model.save(path)
    assessment = score(texts[0], model=str(path))
    assert assessment.credibility == pytest.approx(pipeline.predict_proba(texts[:1])[0, 1], abs=1e-9)

    unnamed = make_pipeline(CredibilityFeaturizer(), CredibilityModel(n_splits=2)).fit(texts, labels)
    unnamed[-1].model_.save(tmp_path / "unnamed.json")
    with pytest.raises(ModelFileError, match=r"unknown feature name 'x0' \(a CredibilityModel fitted on an array "
                                             r"without column names: pass feature_names="):
        score(texts[0], model=str(tmp_path / "unnamed.json"))


def test_featurizer_reads_a_dataframe_by_rows_not_by_column_names(seed_texts: dict[str, str]) -> None:
    # Iterating a DataFrame gives its column names: a frame with a "text" column was featurized
    # as the one word "text", and the rows after the first were left as uninitialised memory.
    pandas = pytest.importorskip("pandas")
    from reliability import ArticleTypeError, score

    texts = list(seed_texts.values())[:3]
    frame = pandas.DataFrame({"text": texts, "title": ["A title", None, "Another"], "other": [1, 2, 3]})
    names = ["word_count_log", "hedging_density", "headline_word_count"]
    featurizer = CredibilityFeaturizer(features=names)
    got = featurizer.fit_transform(frame)
    expected = [[score(text, title=title).features[name] for name in names]
                for text, title in zip(texts, ["A title", None, "Another"])]
    np.testing.assert_array_equal(got, np.array(expected))
    with pytest.raises(ArticleTypeError, match=r"X: expected a DataFrame with a 'text' column, received columns \['body'\]"):
        featurizer.transform(pandas.DataFrame({"body": texts}))
    with pytest.raises(ArticleTypeError, match="X: expected a sequence of articles"):
        featurizer.transform({"text": texts[0]})
