"""Evaluate a credibility model: ranking, calibration, bootstrap intervals and the CV protocol.

The metrics are plain numpy (importing this module does not import scikit-learn);
the functions that fit baselines or cross-validate import it when called.

* :func:`roc_auc`, :func:`brier`, :func:`expected_calibration_error` (10
  equal-width bins), :func:`point_metrics`;
* :func:`bootstrap`: paired percentile intervals (the same resampled rows for
  every model, so differences between models get intervals too);
* :func:`reliability_curve`: the data of a reliability diagram;
* :func:`apply_prior`: the base-rate shift ``score(..., prior=)`` applies;
* :func:`evaluate`: score labelled records with a trained model, beside an
  out-of-fold length-only baseline (``reliability evaluate``);
* :func:`cross_validate`: the random + source-grouped 5-fold protocol of
  ``benchmarks/quality.py`` on a user's records (``reliability evaluate --cv``).

Label 1 = credible throughout.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from reliability.article import WORD_RE
from reliability.errors import InvalidArticleError
from reliability.model import LinearModel, load_model

__all__ = [
    "roc_auc", "brier", "expected_calibration_error", "calibrated_ece", "point_metrics", "bootstrap", "reliability_curve",
    "apply_prior", "linear_probabilities", "evaluate", "cross_validate", "evaluation_markdown",
    "inner_splits", "outer_splits", "predict_tfidf", "predict_length", "summarise", "N_BINS",
]

N_BINS = 10
SEED = 0


# --------------------------------------------------------------------------- metrics


def roc_auc(y: Any, p: Any) -> float:
    """ROC-AUC by the rank-sum formula (ties count one half); ``nan`` with one class only.

    Examples
    --------
    >>> roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4])
    1.0
    >>> roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])
    0.5
    """
    return float(_auc_rows(np.asarray(p, float)[None, :], np.asarray(y, float)[None, :])[0])


def brier(y: Any, p: Any) -> float:
    """Mean squared difference between probability and outcome.

    Examples
    --------
    >>> brier([1, 0], [0.5, 0.5])
    0.25
    """
    return float(np.mean((np.asarray(p, float) - np.asarray(y, float)) ** 2))


def expected_calibration_error(y: Any, p: Any, n_bins: int = N_BINS) -> float:
    """ECE over equal-width probability bins: sum over bins of share * |observed - predicted|.

    ``p = 1.0`` falls in the top bin.

    Examples
    --------
    >>> round(expected_calibration_error([1, 0, 1, 0], [0.95, 0.95, 0.95, 0.95]), 6)
    0.45
    """
    return float(_ece_rows(np.asarray(p, float)[None, :], np.asarray(y, float)[None, :], n_bins)[0])


def calibrated_ece(p: Any, n_draws: int = 1000, seed: int = SEED, n_bins: int = N_BINS) -> dict[str, float]:
    """The ECE a perfectly calibrated model would show with these predictions: its noise floor.

    ECE over a finite sample is biased upward: even when every probability is exactly right,
    the observed share in each bin differs from the mean prediction by chance. Labels are
    drawn ``n_draws`` times from the predictions themselves (each article credible with
    probability ``p``, the consistency resampling of Bröcker and Smith 2007) and the ECE of
    each draw measured, so an observed ECE can be read against what calibration alone would
    give at this sample size: ``mean`` and ``p95`` (95 % of calibrated draws are at or below it).

    Examples
    --------
    >>> floor = calibrated_ece([0.2, 0.8] * 50, n_draws=200)
    >>> 0.0 < floor["mean"] < floor["p95"] < 0.2
    True
    """
    p = np.asarray(p, float)
    if p.ndim != 1 or not len(p):
        raise InvalidArticleError(f"p: expected a non-empty 1-d sequence of probabilities, received shape {p.shape}")
    rng = np.random.default_rng(seed)
    # Drawn a block at a time, as in :func:`bootstrap`, so memory stays bounded on large corpora.
    block = max(1, _BOOTSTRAP_BLOCK_VALUES // len(p))
    values = []
    for start in range(0, n_draws, block):
        rows = min(block, n_draws - start)
        drawn = (rng.random((rows, len(p))) < p).astype(float)
        values.append(_ece_rows(np.broadcast_to(p, (rows, len(p))), drawn, n_bins))
    draws = np.concatenate(values)
    return {"mean": float(draws.mean()), "p95": float(np.percentile(draws, 95))}


def point_metrics(y: Any, p: Any) -> dict[str, float]:
    """ROC-AUC, Brier and ECE of one set of predictions.

    Examples
    --------
    >>> point_metrics([0, 1], [0.0, 1.0])
    {'auc': 1.0, 'brier': 0.0, 'ece': 0.0}
    """
    return {"auc": roc_auc(y, p), "brier": brier(y, p), "ece": expected_calibration_error(y, p)}


def _auc_rows(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    """AUC of each row (Mann-Whitney with average ranks for ties), vectorised over rows."""
    rows, n = p.shape
    flat = p.ravel()
    row_of = np.repeat(np.arange(rows), n)
    order = np.lexsort((flat, row_of))
    ordered, ordered_rows = flat[order], row_of[order]
    starts_run = np.ones(len(flat), dtype=bool)
    starts_run[1:] = (ordered[1:] != ordered[:-1]) | (ordered_rows[1:] != ordered_rows[:-1])
    run = np.cumsum(starts_run) - 1
    starts = np.flatnonzero(starts_run)
    ends = np.append(starts[1:], len(flat))
    # Tied values share the mean of the ranks they span: a + (length + 1) / 2 within their row.
    mean_rank = starts - ordered_rows[starts] * n + (ends - starts + 1) / 2
    flat_ranks = np.empty(len(flat))
    flat_ranks[order] = mean_rank[run]
    ranks = flat_ranks.reshape(rows, n)
    positives = y.sum(axis=1)
    negatives = n - positives
    with np.errstate(invalid="ignore", divide="ignore"):
        auc = ((ranks * y).sum(axis=1) - positives * (positives + 1) / 2) / (positives * negatives)
    return np.asarray(np.where((positives > 0) & (negatives > 0), auc, np.nan))


def _bins(p: np.ndarray, n_bins: int) -> np.ndarray:
    return np.asarray(np.clip((p * n_bins).astype(int), 0, n_bins - 1))


def _ece_rows(p: np.ndarray, y: np.ndarray, n_bins: int) -> np.ndarray:
    rows, n = p.shape
    flat = (_bins(p, n_bins) + n_bins * np.arange(rows)[:, None]).ravel()
    # share_b * |mean_y_b - mean_p_b| == |sum_y_b - sum_p_b| / n
    sum_p = np.bincount(flat, weights=p.ravel(), minlength=rows * n_bins).reshape(rows, n_bins)
    sum_y = np.bincount(flat, weights=y.ravel(), minlength=rows * n_bins).reshape(rows, n_bins)
    return np.asarray(np.abs(sum_y - sum_p).sum(axis=1) / n)


def _interval(values: np.ndarray) -> list[float]:
    values = values[~np.isnan(values)]
    if not len(values):
        return [math.nan, math.nan]
    return [float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))]


#: Resampled values (resamples x articles) measured at once by :func:`bootstrap`: about 4 MB per array.
_BOOTSTRAP_BLOCK_VALUES = 500_000


def bootstrap(
    y: Any, predictions: Mapping[str, Any], n_resamples: int, seed: int = SEED,
    pairs: Sequence[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """Paired percentile bootstrap: 95 % intervals per model and metric, and for AUC differences.

    Every model is evaluated on the same resampled rows, so ``delta_auc["a-b"]``
    intervals account for the correlation between the models' errors. ``pairs``
    defaults to every pair of models in the order given.

    Examples
    --------
    >>> result = bootstrap([0, 0, 1, 1, 0, 1], {"a": [0.1, 0.2, 0.8, 0.9, 0.3, 0.7], "b": [0.5] * 6}, 100)
    >>> result["intervals"]["a"]["auc"], result["delta_auc"]["a-b"]
    ([1.0, 1.0], [0.5, 0.5])
    """
    y = np.asarray(y, float)
    rng = np.random.default_rng(seed)
    # Resamples are drawn and measured a block at a time: all at once took n_resamples x n
    # values several times over (1.9 GB for 20,000 articles and 1,000 resamples; out of memory
    # on a large corpus). Drawing the blocks in turn gives the very same resamples.
    block = max(1, _BOOTSTRAP_BLOCK_VALUES // max(len(y), 1))
    parts: dict[str, dict[str, list[np.ndarray]]] = {name: {"auc": [], "brier": [], "ece": []} for name in predictions}
    arrays = {name: np.asarray(p, float) for name, p in predictions.items()}
    for start in range(0, n_resamples, block):
        index = rng.integers(0, len(y), size=(min(block, n_resamples - start), len(y)))
        resampled_y = y[index]
        for name, p in arrays.items():
            resampled_p = p[index]
            parts[name]["auc"].append(_auc_rows(resampled_p, resampled_y))
            parts[name]["brier"].append(np.mean((resampled_p - resampled_y) ** 2, axis=1))
            parts[name]["ece"].append(_ece_rows(resampled_p, resampled_y, N_BINS))
    samples: dict[str, dict[str, np.ndarray]] = {
        name: {metric: np.concatenate(values) if values else np.empty(0) for metric, values in metrics.items()}
        for name, metrics in parts.items()
    }
    out: dict[str, Any] = {"intervals": {}, "delta_auc": {}}
    for name, metrics in samples.items():
        out["intervals"][name] = {metric: _interval(values) for metric, values in metrics.items()}
    for first, second in pairs if pairs is not None else combinations(samples, 2):
        if first in samples and second in samples:
            out["delta_auc"][f"{first}-{second}"] = _interval(samples[first]["auc"] - samples[second]["auc"])
    return out


def reliability_curve(y: Any, p: Any, n_bins: int = N_BINS) -> dict[str, list[float]]:
    """Data of a reliability diagram: per equal-width bin, count, mean prediction, observed share.

    Empty bins have ``nan`` means.

    Examples
    --------
    >>> curve = reliability_curve([0, 1, 1], [0.05, 0.92, 0.97], n_bins=2)
    >>> curve["count"], curve["observed"]
    ([1, 2], [0.0, 1.0])
    """
    y, p = np.asarray(y, float), np.asarray(p, float)
    bins = _bins(p, n_bins)
    counts = np.bincount(bins, minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        observed = np.bincount(bins, weights=y, minlength=n_bins) / counts
        predicted = np.bincount(bins, weights=p, minlength=n_bins) / counts
    return {
        "edges": [float(edge) for edge in np.linspace(0, 1, n_bins + 1)],
        "count": [int(count) for count in counts],
        "mean_predicted": [float(value) for value in predicted],
        "observed": [float(value) for value in observed],
    }


def _logit(p: Any) -> Any:
    p = np.clip(np.asarray(p, float), 1e-12, 1 - 1e-12)
    return np.log(p) - np.log1p(-p)


def _sigmoid(z: Any) -> np.ndarray:
    z = np.asarray(z, float)
    decay = np.exp(-np.abs(z))  # never overflows
    return np.asarray(np.where(z >= 0, 1 / (1 + decay), decay / (1 + decay)))


def apply_prior(p: Any, prior: float, base_rate: float) -> np.ndarray:
    """Move probabilities calibrated at ``base_rate`` to a stream whose base rate is ``prior``.

    Bayes' rule with the likelihood ratio held fixed: the log-odds shift by
    ``logit(prior) - logit(base_rate)``, the same term ``score(..., prior=)``
    reports as ``prior_adjustment``.

    Examples
    --------
    >>> apply_prior([0.5], prior=0.2, base_rate=0.5).round(6).tolist()
    [0.2]
    >>> apply_prior([0.8], prior=0.8, base_rate=0.8).round(6).tolist()
    [0.8]
    """
    for name, value in (("prior", prior), ("base_rate", base_rate)):
        if not 0.0 < value < 1.0:
            raise InvalidArticleError(f"{name}: expected a probability strictly between 0 and 1, received {value!r}")
    shift = float(_logit(prior) - _logit(base_rate))
    return _sigmoid(_logit(p) + shift)


def linear_probabilities(model: LinearModel, raw: np.ndarray) -> np.ndarray:
    """Probabilities of a :class:`~reliability.model.LinearModel` for a raw feature matrix.

    Columns of ``raw`` are ``model.feature_names`` in order (``nan`` = undefined, contributes 0).
    """
    raw = np.asarray(raw, float)
    transformed = raw.copy()
    for column, feature in enumerate(model.features):
        if feature.transform == "log1p":
            transformed[:, column] = np.log1p(np.clip(transformed[:, column], 0, None))
    low, high, mean, scale, weight = (
        np.array([getattr(feature, key) for feature in model.features])
        for key in ("clip_low", "clip_high", "mean", "scale", "weight")
    )
    z = (np.clip(transformed, low, high) - mean) / scale
    logit = np.where(np.isnan(z), 0.0, z) @ weight + model.intercept
    return np.asarray(_sigmoid(logit))


# --------------------------------------------------------------------------- splits and baselines


def inner_splits(y: np.ndarray, groups: np.ndarray | None, n_splits: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """The fold rule of ``fit_model`` (``training._folds``: ``GroupKFold`` with >= ``n_splits``
    groups, leave-one-group-out with 3 to ``n_splits - 1``, else stratified, seed 0), with at least
    two stratified folds where that rule finds too few examples of a class to make any."""
    from sklearn.model_selection import StratifiedKFold

    from reliability.training import _folds

    y = np.asarray(y, int)
    folds = _folds(y, groups, n_splits)
    if folds:
        return folds
    return list(StratifiedKFold(n_splits=2, shuffle=True, random_state=SEED).split(np.zeros(len(y)), y))


def outer_splits(
    kind: str, y: np.ndarray, groups: np.ndarray | None = None, n_splits: int = 5,
) -> tuple[list[tuple[np.ndarray, np.ndarray]], str]:
    """Random stratified k-fold (seed 0), or source-grouped folds; with a description.

    Grouped: ``GroupKFold`` with at least ``n_splits`` groups, leave-one-group-out with 2 to
    ``n_splits - 1`` groups.
    """
    from sklearn.model_selection import GroupKFold, LeaveOneGroupOut, StratifiedKFold

    y = np.asarray(y, int)
    zeros = np.zeros(len(y))
    if kind == "random":
        splits = min(n_splits, int(np.bincount(y).min()))
        if splits < 2:
            raise InvalidArticleError(f"y: expected at least 2 examples of each class for {n_splits}-fold CV, "
                             f"received {np.bincount(y, minlength=2).tolist()}")
        folds = StratifiedKFold(n_splits=splits, shuffle=True, random_state=SEED).split(zeros, y)
        return list(folds), f"stratified {splits}-fold, seed 0"
    if kind != "grouped":
        raise InvalidArticleError(f"kind: expected 'random' or 'grouped', received {kind!r}")
    if groups is None:
        raise InvalidArticleError("groups: expected one group (outlet) per record for a grouped split, received None")
    n_groups = len(np.unique(groups))
    if n_groups >= n_splits:
        return (list(GroupKFold(n_splits=n_splits).split(zeros, y, groups)),
                f"GroupKFold({n_splits}) on the group field ({n_groups} groups)")
    if n_groups < 2:
        raise InvalidArticleError(f"groups: expected at least 2 distinct groups for a grouped split, received {n_groups}")
    return list(LeaveOneGroupOut().split(zeros, y, groups)), f"leave-one-group-out ({n_groups} groups)"


def log_word_counts(records: Sequence[Mapping[str, Any]]) -> np.ndarray:
    """``log(1 + words)`` of each record's text (the length-only baseline's one feature)."""
    return np.array([math.log1p(len(WORD_RE.findall(record["text"]))) for record in records])


def predict_length(log_words_train: np.ndarray, y_train: np.ndarray, log_words_test: np.ndarray) -> np.ndarray:
    """Length-only baseline: logistic regression on standardised ``log(1 + words)``."""
    from sklearn.linear_model import LogisticRegression

    # One feature: the logistic fit is itself a Platt-type calibration.
    mean, scale = float(log_words_train.mean()), float(log_words_train.std()) or 1.0
    model = LogisticRegression(C=1.0, max_iter=5000)
    model.fit(((log_words_train - mean) / scale).reshape(-1, 1), y_train)
    return np.asarray(model.predict_proba(((log_words_test - mean) / scale).reshape(-1, 1))[:, 1])


def predict_tfidf(
    texts_train: Sequence[str], y_train: np.ndarray, groups_train: np.ndarray | None, texts_test: Sequence[str],
) -> np.ndarray:
    """TF-IDF (word 1-2 grams, sublinear tf, min_df=2) + LR (C=1), sigmoid-calibrated on inner folds."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2),
        LogisticRegression(C=1.0, max_iter=5000),
    )
    calibrated = CalibratedClassifierCV(pipeline, method="sigmoid", cv=inner_splits(y_train, groups_train))
    calibrated.fit(list(texts_train), y_train)
    return np.asarray(calibrated.predict_proba(list(texts_test))[:, 1])


def document_text(record: Mapping[str, Any]) -> str:
    """What TF-IDF sees: the headline and the body, as our model does."""
    title = record.get("title") or ""
    return f"{title}\n\n{record['text']}" if title else str(record["text"])


# --------------------------------------------------------------------------- evaluate and cross-validate


def _labels(records: Sequence[Mapping[str, Any]]) -> np.ndarray:
    from reliability.errors import ArticleTypeError

    for index, record in enumerate(records):
        if not isinstance(record, Mapping) or not isinstance(record.get("text"), str):
            received = (f"keys {sorted(map(str, record))[:8]}" if isinstance(record, Mapping) and "text" not in record
                        else f"text {type(record.get('text')).__name__}" if isinstance(record, Mapping)
                        else type(record).__name__)
            raise ArticleTypeError(f"records[{index}]: expected a dict with a str 'text' (the article body), "
                                   f"received {received}")
    y = np.array([record.get("label") for record in records], dtype=object)
    if not all(value in (0, 1) and not isinstance(value, float) for value in y):
        bad = next(value for value in y if value not in (0, 1) or isinstance(value, float))
        raise InvalidArticleError(f"records: expected 'label' 0 (not credible) or 1 (credible) on every record, received {bad!r}")
    if len(y) == 0:  # was "expected both classes, received only label None"
        raise InvalidArticleError("records: expected labelled records of both classes, received none")
    y = y.astype(int)
    if len(np.unique(y)) < 2:
        raise InvalidArticleError(f"records: expected both classes, received only label {int(y[0]) if len(y) else None}")
    return y


def summarise(y: np.ndarray, predictions: Mapping[str, np.ndarray], n_resamples: int,
             pairs: Sequence[tuple[str, str]] | None = None) -> dict[str, Any]:
    intervals = bootstrap(y, predictions, n_resamples, pairs=pairs) if n_resamples > 0 else {"intervals": {}, "delta_auc": {}}
    models: dict[str, Any] = {}
    for name, p in predictions.items():
        entry: dict[str, Any] = point_metrics(y, p)
        for metric in ("auc", "brier", "ece"):
            entry[f"{metric}_ci"] = intervals["intervals"].get(name, {}).get(metric, [math.nan, math.nan])
        models[name] = entry
    return {"n": int(len(y)), "n_credible": int(y.sum()), "models": models, "delta_auc": intervals["delta_auc"]}


def evaluate(
    model: LinearModel | str | Path,
    records: Sequence[Mapping[str, Any]],
    *,
    groups: Sequence[Any] | None = None,
    prior: float | None = None,
    n_resamples: int = 1000,
) -> dict[str, Any]:
    """Score labelled records with a trained model and measure ranking and calibration.

    Parameters
    ----------
    model : LinearModel or path
        A model (or a model file from ``reliability train``).
    records : sequence of dict
        ``text`` (``title``, ``published`` optional) and ``label``: 1 credible, 0 not.
    groups : sequence, optional
        Outlet of each record: per-group figures, and grouped folds for the baseline.
    prior : float, optional
        Base rate of credible articles to calibrate to: probabilities are shifted by
        ``logit(prior) - logit(model.base_rate)`` and reported as ``model+prior``.
        Ranking (AUC) is unchanged by the shift; Brier and ECE are not.
    n_resamples : int
        Paired bootstrap resamples for the 95 % intervals (0: none).

    Returns
    -------
    dict
        ``n``, ``n_credible``, ``models`` (``model``, ``model+prior`` when ``prior`` is
        given, ``length``: auc, brier, ece and their ``*_ci``), ``delta_auc``
        (``model-length``), ``reliability`` curves, ``ece_floor`` (per model, the ECE a
        perfectly calibrated model would show with its predictions: :func:`calibrated_ece`),
        ``per_group``. The length-only
        baseline is a logistic regression on log word count fitted out-of-fold on the
        evaluation data itself (the fold rule of ``fit_model``: grouped with 3 or more
        groups, else stratified): it sees in-domain labels that the model never did.

    Examples
    --------
    >>> from reliability.model import default_model
    >>> texts = ["Officials said the bridge reopens on Monday, according to the city. " * 8,
    ...          "SHOCKING!!! You won't believe what they are hiding from you!!! " * 8] * 6
    >>> records = [{"text": text, "label": index % 2 == 0 and 1 or 0} for index, text in enumerate(texts)]
    >>> result = evaluate(default_model(), records, n_resamples=50)
    >>> result["n"], sorted(result["models"])
    (12, ['length', 'model'])
    """
    from reliability.errors import ArticleTypeError
    from reliability.training import model_feature_matrix

    # prior="0.5" and n_resamples="10" used to reach a comparison as a bare TypeError.
    if prior is not None:
        if isinstance(prior, bool) or not isinstance(prior, (int, float, np.floating, np.integer)):
            raise ArticleTypeError.for_parameter("prior", prior, "a float strictly between 0 and 1, or None")
        if not 0.0 < prior < 1.0:
            raise InvalidArticleError.for_parameter("prior", prior, "a float strictly between 0 and 1, or None")
    if isinstance(n_resamples, bool) or not isinstance(n_resamples, (int, np.integer)):
        raise ArticleTypeError.for_parameter("n_resamples", n_resamples, "a non-negative int")
    if n_resamples < 0:
        raise InvalidArticleError.for_parameter("n_resamples", n_resamples, "a non-negative int")
    linear = model if isinstance(model, LinearModel) else load_model(model)
    y = _labels(records)
    group_array = None if groups is None else np.array([str(group) for group in groups])
    if group_array is not None and len(group_array) != len(y):
        raise InvalidArticleError(f"groups: expected {len(y)} values (one per record), received {len(group_array)}")
    raw = model_feature_matrix(records, linear)
    predictions: dict[str, np.ndarray] = {"model": linear_probabilities(linear, raw)}
    if prior is not None:
        predictions["model+prior"] = apply_prior(predictions["model"], prior, linear.base_rate)
    log_words = log_word_counts(records)
    length = np.full(len(y), np.nan)
    for train, test in inner_splits(y, group_array):
        length[test] = predict_length(log_words[train], y[train], log_words[test])
    predictions["length"] = length
    pairs = [("model", "length")] + ([("model+prior", "length")] if prior is not None else [])
    result = summarise(y, predictions, n_resamples, pairs)
    result.update({
        "model_name": linear.name,
        "model_base_rate": linear.base_rate,
        "observed_base_rate": float(y.mean()),
        "prior": prior,
        "reliability": {name: reliability_curve(y, p) for name, p in predictions.items() if name != "length"},
        # The ECE a perfectly calibrated model would show with these predictions at this sample size.
        "ece_floor": {name: calibrated_ece(p) for name, p in predictions.items() if name != "length"},
        "predictions": {name: p.tolist() for name, p in predictions.items()},
    })
    if group_array is not None:
        per_group = {}
        for group in sorted(set(group_array.tolist())):
            rows = group_array == group
            per_group[group] = {
                "n": int(rows.sum()), "n_credible": int(y[rows].sum()),
                "mean_predicted": float(predictions["model"][rows].mean()),
                "auc": roc_auc(y[rows], predictions["model"][rows]),
            }
        result["per_group"] = per_group
    return result


def cross_validate(
    records: Sequence[Mapping[str, Any]],
    *,
    groups: Sequence[Any] | np.ndarray | None = None,
    features: Sequence[str] | None = None,
    raw: np.ndarray | None = None,
    models: Sequence[str] = ("ours", "tfidf", "length"),
    splits: Sequence[str] = ("random", "grouped"),
    n_splits: int = 5,
    n_resamples: int = 1000,
    max_dominance: float | None = None,
    word_choice: bool = False,
    counts: Sequence[Mapping[str, int]] | None = None,
    directions: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """The random + source-grouped k-fold protocol on labelled records.

    Each model is fitted on the training folds only: ``ours`` =
    :func:`~reliability.training.fit_model` (grouped selection of C, Platt scaling folded
    in), ``tfidf`` = :func:`predict_tfidf`, ``length`` = :func:`predict_length`. Metrics
    are computed on the pooled out-of-fold predictions with paired bootstrap intervals;
    ``mean_fold_auc`` is the mean of the per-fold AUCs. The grouped split needs ``groups``
    (skipped without them). ``word_choice=True`` adds the learned word-level feature
    (:func:`~reliability.training.fit_model_with_vocabulary`), cross-fitted inside each
    training fold so the test folds never inform it; ``counts`` (its bags of words,
    :func:`~reliability.training.vocabulary_counts` of ``records``) may be passed when
    the caller already has them. ``directions`` is passed to ``fit_model`` (``None``: the
    expected directions; ``{}``: unconstrained weights).

    Returns
    -------
    dict
        ``{"splits": [summary per split], "features": [...], "skipped_splits": [...]}``; each
        summary has ``split``, ``description``, ``n_folds``, ``models`` and ``delta_auc``. A split
        the data cannot support (one group; a grouped fold that trains on one class) is listed
        in ``skipped_splits`` with its reason; ``ValueError`` when no split can run.
    """
    from threadpoolctl import threadpool_limits

    # The models are small and fitted many times: BLAS threads only add contention (on a busy
    # 2-core machine one L-BFGS step of a 4-feature problem took milliseconds), never accuracy.
    with threadpool_limits(limits=1):
        return _cross_validate(records, groups, features, raw, models, splits, n_splits, n_resamples, max_dominance,
                               word_choice, counts, directions)


def _cross_validate(
    records: Sequence[Mapping[str, Any]], groups: Sequence[Any] | np.ndarray | None, features: Sequence[str] | None,
    raw: np.ndarray | None, models: Sequence[str], splits: Sequence[str], n_splits: int, n_resamples: int,
    max_dominance: float | None, word_choice: bool = False, counts: Sequence[Mapping[str, int]] | None = None,
    directions: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    from reliability.training import (
        DEFAULT_MODEL_FEATURES,
        feature_matrix,
        fit_model,
        fit_model_with_vocabulary,
        model_columns,
        vocabulary_counts,
    )
    from reliability.vocabulary import VOCABULARY_FEATURE

    y = _labels(records)
    names = [name for name in (DEFAULT_MODEL_FEATURES if features is None else features) if name != VOCABULARY_FEATURE]
    if not (word_choice and "ours" in models):
        counts = None
    elif counts is None:
        counts = vocabulary_counts(records)
    group_array = None if groups is None else np.array([str(group) for group in groups])
    if raw is None and "ours" in models:
        raw = feature_matrix(records, names)
    texts = [document_text(record) for record in records]
    log_words = log_word_counts(records)
    out: dict[str, Any] = {"features": names + ([VOCABULARY_FEATURE] if counts is not None else []), "splits": [],
                           "skipped_splits": []}
    for kind in splits:
        if kind == "grouped" and group_array is None:
            continue
        # A split this data cannot support (one group, a grouped fold training on one class)
        # is skipped and reported; the others still run. Only when none can is it an error.
        try:
            folds, description = outer_splits(kind, y, group_array, n_splits)
        except ValueError as error:
            out["skipped_splits"].append({"split": kind, "reason": str(error)})
            continue
        if any(len(np.unique(y[train])) < 2 for train, _ in folds):
            out["skipped_splits"].append({"split": kind, "reason": f"{kind} split ({description}): a training fold "
                                          "holds one class only; use more data or fewer groups"})
            continue
        pooled = {name: np.full(len(y), np.nan) for name in models}
        for train, test in folds:
            train_groups = None if group_array is None else group_array[train]
            if "ours" in models:
                assert raw is not None
                if counts is not None:
                    fitted = fit_model_with_vocabulary(
                        [records[i] for i in train], raw[train], y[train], train_groups, features=names,
                        counts=[counts[i] for i in train], n_splits=n_splits, max_dominance=max_dominance,
                        directions=directions,
                    )
                else:
                    fitted = fit_model(raw[train], y[train], train_groups, features=names, n_splits=n_splits,
                                       max_dominance=max_dominance, directions=directions)
                pooled["ours"][test] = linear_probabilities(
                    fitted, model_columns(fitted, raw[test], names, None if counts is None else [counts[i] for i in test]))
            if "tfidf" in models:
                pooled["tfidf"][test] = predict_tfidf([texts[i] for i in train], y[train], train_groups,
                                                      [texts[i] for i in test])
            if "length" in models:
                pooled["length"][test] = predict_length(log_words[train], y[train], log_words[test])
        summary = summarise(y, pooled, n_resamples)
        for name, p in pooled.items():
            per_fold = [roc_auc(y[test], p[test]) for _, test in folds]
            summary["models"][name]["mean_fold_auc"] = float(np.nanmean(per_fold)) if not all(
                math.isnan(value) for value in per_fold) else math.nan
        summary.update({"split": kind, "description": description, "n_folds": len(folds)})
        out["splits"].append(summary)
    if not out["splits"] and out["skipped_splits"]:
        raise InvalidArticleError("; ".join(entry["reason"] for entry in out["skipped_splits"]))
    return out


# --------------------------------------------------------------------------- report


_LABELS = {
    "model": "model", "model+prior": "model, prior-shifted", "length": "length alone (out-of-fold)",
    "ours": "ours (additive, calibrated)", "tfidf": "TF-IDF + LR (sigmoid-calibrated)",
}


def _fmt(value: Any, interval: Sequence[float] | None = None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    text = f"{value:.3f}"
    if interval is not None and not any(v is None or (isinstance(v, float) and math.isnan(v)) for v in interval):
        text += f" [{interval[0]:.3f}, {interval[1]:.3f}]"
    return text


def evaluation_markdown(result: Mapping[str, Any], cv: Mapping[str, Any] | None = None, *,
                        title: str = "Evaluation") -> str:
    """A Markdown report of :func:`evaluate` (and, optionally, :func:`cross_validate`) results."""
    lines = [f"# {title}", ""]

    def has_intervals(models: Mapping[str, Any]) -> bool:
        # With --bootstrap 0 every interval is nan: the headers then promise none.
        return any(not math.isnan(value) for metrics in models.values() for value in metrics.get("auc_ci", []))

    if result:
        ci = " [95 % CI]" if has_intervals(result["models"]) else ""
        lines += [
            f"- model: {result['model_name']} (trained at base rate {result['model_base_rate']:.3f})",
            f"- data: {result['n']} articles, {result['n_credible']} credible (base rate "
            f"{result['observed_base_rate']:.3f})" + (f"; prior {result['prior']}" if result.get("prior") else ""),
            ("- intervals: 95 % paired percentile bootstrap; " if ci else "- intervals: none (no bootstrap resamples); ")
            + "ECE over 10 equal-width bins; label 1 = credible."
            + (" ECE is biased upward on resamples, so its point estimate can sit at or below the lower end of its "
               "interval" if ci else ""),
            "",
            f"| model | ROC-AUC{ci} | Brier{ci} | ECE{ci} |",
            "|---|---|---|---|",
        ]
        for name, metrics in result["models"].items():
            lines.append(f"| {_LABELS.get(name, name)} | " + " | ".join(
                _fmt(metrics[m], metrics[f"{m}_ci"]) for m in ("auc", "brier", "ece")) + " |")
        if result.get("ece_floor"):
            lines.append("")
        for name, floor in result.get("ece_floor", {}).items():
            lines.append(f"- {_LABELS.get(name, name)}: a perfectly calibrated model with these {result['n']} "
                         f"predictions would show an ECE of {floor['mean']:.3f} on average (95 % of the time at most "
                         f"{floor['p95']:.3f}); an ECE above that is evidence of miscalibration, one below it is not")
        if result["delta_auc"]:
            lines.append("")
        for pair, interval in result["delta_auc"].items():
            first, second = pair.rsplit("-", 1)
            delta = result["models"][first]["auc"] - result["models"][second]["auc"]
            lines.append(f"- AUC difference {pair} (paired): {_fmt(delta, interval)}")
        if result.get("per_group"):
            lines += ["", "| group | n (credible) | mean predicted | AUC |", "|---|---|---|---|"]
            for group, entry in result["per_group"].items():
                cell = " ".join(str(group).replace("|", "\\|").split())  # a "|" or newline would break the row
                lines.append(f"| {cell} | {entry['n']} ({entry['n_credible']}) | {entry['mean_predicted']:.3f} | "
                             f"{_fmt(entry['auc'])} |")
        lines.append("")
    if cv:
        lines += [
            "## Cross-validation on this data (models refitted on the training folds)", "",
            "| split | model | ROC-AUC{0} | Brier{0} | ECE{0} | mean fold AUC |".format(
                " [95 % CI]" if any(has_intervals(entry["models"]) for entry in cv["splits"]) else ""),
            "|---|---|---|---|---|---|",
        ]
        for entry in cv["splits"]:
            for name, metrics in entry["models"].items():
                lines.append(f"| {entry['split']} | {_LABELS.get(name, name)} | " + " | ".join(
                    _fmt(metrics[m], metrics[f"{m}_ci"]) for m in ("auc", "brier", "ece"))
                    + f" | {_fmt(metrics['mean_fold_auc'])} |")
        lines += [""] + [f"- {entry['split']}: {entry['description']} ({entry['n_folds']} folds)" for entry in cv["splits"]]
        lines += [f"- {entry['split']}: not run ({entry['reason']})" for entry in cv.get("skipped_splits", [])]
        lines.append("")
    lines.append("Scores measure credibility signals in the writing, not whether the claims are true.")
    return "\n".join(lines) + "\n"
