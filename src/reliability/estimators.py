"""scikit-learn estimators: a featurizer for raw articles and the calibrated additive model.

``CredibilityFeaturizer`` turns texts (or dicts with text/title/published) into
the registry's feature matrix; ``CredibilityModel`` is the numeric stage, the
same calibrated, exactly additive logistic model that ships with the package.
They compose in a ``Pipeline`` and survive ``clone``::

    from sklearn.pipeline import make_pipeline
    from reliability import FEATURE_NAMES
    pipeline = make_pipeline(CredibilityFeaturizer(), CredibilityModel(feature_names=FEATURE_NAMES))
    pipeline.fit(texts, labels)
    pipeline.predict_proba(new_texts)[:, 1]

The featurizer's array output carries no column names: without ``feature_names=``
(or ``set_output(transform="pandas")``) the model sees columns ``x0``, ``x1``, ...,
applies no registry transforms or sign constraints, and its ``model_`` cannot be
used with ``score(model=...)``.

Importing this module imports scikit-learn; ``import reliability`` does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.utils.multiclass import type_of_target
from sklearn.utils.validation import check_is_fitted, validate_data

from reliability.api import dataframe_records
from reliability.article import Article
from reliability.errors import ArticleTypeError
from reliability.features import FEATURE_NAMES, extract, feature_spec
from reliability.model import LinearModel
from reliability.training import DEFAULT_C_GRID, fit_model, selection_protocol, transform_matrix

__all__ = ["CredibilityFeaturizer", "CredibilityModel"]


def _article(item: object, index: int) -> Article:
    if isinstance(item, str):
        return Article(item)
    if isinstance(item, Mapping) and "text" in item:
        return Article(item["text"], title=item.get("title"),
                       published=item.get("published", item.get("date")), source=item.get("source"))
    raise ArticleTypeError.for_parameter(f"X[{index}]", item, "a str or a dict with a 'text' key")


def _rows(X: object) -> list[object]:
    """The articles of ``X``: a pandas DataFrame by rows (iterating it gives its column names)."""
    if isinstance(X, Mapping):
        raise ArticleTypeError.for_parameter("X", X, "a sequence of articles (str or dict), not a single dict")
    if not isinstance(X, Iterable):  # None or a number: list() raised a bare TypeError
        raise ArticleTypeError.for_parameter("X", X, "a sequence of articles (str or dict)")
    frame_rows = dataframe_records(X, "X")
    return list(X) if frame_rows is None else frame_rows  # type: ignore[call-overload]


class CredibilityFeaturizer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Raw articles in, the registry's feature matrix out (``nan`` where undefined).

    Parameters
    ----------
    features : sequence of str, optional
        Names from ``reliability.FEATURE_NAMES``; all by default.

    Examples
    --------
    >>> featurizer = CredibilityFeaturizer(features=["hedging_density", "urgency_density"])
    >>> featurizer.fit_transform(["It could reportedly fail. Stay tuned."]).round(1).tolist()
    [[333.3, 166.7]]
    >>> list(featurizer.get_feature_names_out())
    ['hedging_density', 'urgency_density']
    """

    def __init__(self, *, features: Sequence[str] | None = None) -> None:
        self.features = features

    def fit(self, X: Sequence[object], y: object = None) -> CredibilityFeaturizer:
        if isinstance(self.features, str):  # one name: tuple() made it letters ("unknown 'h'")
            raise ArticleTypeError.for_parameter("features", self.features,
                                                 "a sequence of feature names, e.g. [name], or None")
        names = tuple(FEATURE_NAMES if self.features is None else self.features)
        for name in names:
            feature_spec(name)  # raises UnknownFeatureError with the valid names
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X: Sequence[object]) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        names = list(self.feature_names_out_)
        if isinstance(X, str):
            raise ArticleTypeError.for_parameter("X", X, "a sequence of articles, not a single str")
        items = _rows(X)
        matrix = np.empty((len(items), len(names)))
        for row, item in enumerate(items):
            values = extract(_article(item, row), names)
            matrix[row] = [values[name].value for name in names]
        return matrix

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        return np.asarray(self.feature_names_out_, dtype=object)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.requires_fit = False
        return tags


class CredibilityModel(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """The calibrated additive logistic model over a numeric feature matrix.

    Fitting selects ``C`` by grouped cross-validated log-loss (pass
    ``groups=`` to ``fit``), applies Platt scaling on out-of-fold decision
    values and folds it into the weights, exactly as the shipped model.

    Parameters
    ----------
    c_grid : sequence of float
        Inverse regularisation strengths to choose from.
    n_splits : int
        Folds for model selection and calibration.
    feature_names : sequence of str, optional
        Names of the columns; registry names get their transforms (log1p for
        densities), other columns are used as they are. Taken from a pandas
        frame's columns when absent.
    directions : mapping of str to int, optional
        Sign each weight is held to, by column name (see
        :data:`reliability.training.EXPECTED_DIRECTIONS`, the default for registry
        names; other columns are free). ``{}`` fits every weight freely.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> X = rng.normal(size=(200, 3)); y = (X[:, 0] + rng.normal(size=200) > 0).astype(int)
    >>> model = CredibilityModel().fit(X, y)
    >>> bool(abs(model.contributions(X[:1]).sum() + model.intercept_ - model.decision_function(X[:1])[0]) < 1e-12)
    True
    """

    def __init__(self, *, c_grid: Sequence[float] = DEFAULT_C_GRID, n_splits: int = 5,
                 feature_names: Sequence[str] | None = None, directions: Mapping[str, int] | None = None) -> None:
        self.c_grid = c_grid
        self.n_splits = n_splits
        self.feature_names = feature_names
        self.directions = directions

    def fit(self, X: Any, y: Any, groups: Any = None) -> CredibilityModel:
        X, y = validate_data(self, X, y, ensure_all_finite="allow-nan", dtype=np.float64)
        target = type_of_target(y, input_name="y", raise_unknown=True)
        self.classes_ = np.unique(y)
        if len(self.classes_) < 2:
            raise ValueError(f"y: expected two classes, received only one class ({self.classes_[0]!r})")
        if target != "binary":
            raise ValueError(f"Only binary classification is supported. The type of the target is {target}.")
        names = self._names(X.shape[1])
        encoded = (y == self.classes_[1]).astype(int)
        group_array = None if groups is None else np.asarray(groups)
        if group_array is not None and (group_array.ndim != 1 or len(group_array) != len(encoded)):
            raise ValueError(f"groups: expected one group per row ({len(encoded)}), received {group_array.shape}")
        self.model_: LinearModel = fit_model(
            X, encoded, group_array, features=names,
            c_grid=self.c_grid, n_splits=self.n_splits, name="CredibilityModel", directions=self.directions,
            # How C was chosen, for model_card(model_): grouped only with enough groups.
            metadata={"model_selection": selection_protocol(encoded, group_array, self.n_splits)},
        )
        return self

    def _names(self, count: int) -> list[str]:
        if self.feature_names is not None:
            names = list(self.feature_names)
            columns = getattr(self, "feature_names_in_", None)
            if columns is not None and len(names) == count and [str(name) for name in columns] != names:
                # The names are applied by position: a frame in another order would give each
                # column another feature's transform, sign constraint and name.
                first = next((name, str(column)) for name, column in zip(names, columns) if name != str(column))
                raise ValueError(f"feature_names: expected the columns of X in their order, received names that "
                                 f"differ from them ({first[0]!r} for column {first[1]!r}); leave feature_names "
                                 "out to use the frame's columns")
        elif hasattr(self, "feature_names_in_"):
            names = [str(name) for name in self.feature_names_in_]
        else:
            names = [f"x{index}" for index in range(count)]
        if len(names) != count:
            raise ValueError(f"feature_names: expected {count} names, received {len(names)}")
        return names

    def contributions(self, X: Any) -> np.ndarray:
        """Per-feature log-odds contributions (rows sum, with ``intercept_``, to the logit)."""
        check_is_fitted(self, "model_")
        X = validate_data(self, X, reset=False, ensure_all_finite="allow-nan", dtype=np.float64)
        names = [feature.name for feature in self.model_.features]
        transformed = transform_matrix(X, names)
        low = np.array([f.clip_low for f in self.model_.features])
        high = np.array([f.clip_high for f in self.model_.features])
        mean = np.array([f.mean for f in self.model_.features])
        scale = np.array([f.scale for f in self.model_.features])
        weight = np.array([f.weight for f in self.model_.features])
        z = (np.clip(transformed, low, high) - mean) / scale
        return np.where(np.isnan(z), 0.0, z) * weight

    @property
    def intercept_(self) -> float:
        check_is_fitted(self, "model_")
        return self.model_.intercept

    def decision_function(self, X: Any) -> np.ndarray:
        return self.contributions(X).sum(axis=1) + self.model_.intercept

    def predict_proba(self, X: Any) -> np.ndarray:
        logit = self.decision_function(X)
        positive = 1.0 / (1.0 + np.exp(-logit))
        return np.column_stack([1.0 - positive, positive])

    def predict(self, X: Any) -> np.ndarray:
        positive = self.decision_function(X) > 0
        return self.classes_[positive.astype(int)]

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True
        tags.classifier_tags.multi_class = False
        return tags
