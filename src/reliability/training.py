"""Train the calibrated additive model (scikit-learn is imported here, lazily).

Recipe, deterministic end to end:

1. Features are extracted with the registry; undefined values stay ``nan``.
2. Each feature is transformed (``log1p`` for densities and counts), clipped to
   its 0.5-99.5 % training range, and standardised; ``nan`` becomes 0 (average).
3. An L2 logistic regression is fitted, its ``C`` chosen by grouped
   cross-validated log-loss (groups = outlets) so outlet fingerprints do not
   pick the regularisation.
4. Platt scaling: out-of-fold decision values (stratified folds: the weights never
   saw those articles) are fitted by a one-dimensional logistic regression
   ``a * z + c``; the final weights are ``a * w`` and the intercept ``a * b + c``,
   so the model stays exactly additive in log-odds.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from reliability.article import Article
from reliability.errors import InvalidArticleError
from reliability.features import FEATURE_NAMES, extract, feature_spec
from reliability.model import FeatureWeight, LinearModel
from reliability.vocabulary import VOCABULARY_FEATURE

if TYPE_CHECKING:
    from reliability.vocabulary import Vocabulary

__all__ = [
    "feature_matrix", "fit_model", "DEFAULT_C_GRID", "EXPECTED_DIRECTIONS", "DEFAULT_MODEL_FEATURES", "EXCLUDED_FROM_DEFAULT_MODEL",
    "transform_for", "transform_matrix", "fit_vocabulary", "vocabulary_out_of_fold",
    "fit_model_with_vocabulary", "vocabulary_counts", "model_columns", "model_feature_matrix", "selection_protocol",
    "DEFAULT_VOCABULARY_C", "DEFAULT_VOCABULARY_MIN_DF", "DEFAULT_VOCABULARY_MAX_LIFT", "publisher_dominance", "dominance_details", "model_card",
]

DEFAULT_C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
# word_choice (opt-in): chosen on publisher-grouped folds of BuzzFeed-Webis, grid in
# benchmarks/word_choice.py; a weakly regularised fit ranks held-out outlets best.
DEFAULT_VOCABULARY_C = 10.0
DEFAULT_VOCABULARY_MIN_DF = 5
# A word an outlet uses 4 times as often as everyone else is its house style or boilerplate.
DEFAULT_VOCABULARY_MAX_LIFT = 4.0

# Registered features the shipped model leaves out, and why. They are still measured
# and reported; a user training their own model may include them.
EXCLUDED_FROM_DEFAULT_MODEL: dict[str, str] = {
    # Title Case versus sentence case is a house style: in BuzzFeed-Webis it separates
    # the hyperpartisan portals from the mainstream outlets, not credible from
    # not-credible articles, and it would penalise every outlet that uses Title Case.
    "headline_capitalised_share": "house style (Title Case) identifies outlets, not credibility",
}
DEFAULT_MODEL_FEATURES: tuple[str, ...] = tuple(
    name for name in FEATURE_NAMES if name not in EXCLUDED_FROM_DEFAULT_MODEL
)
# The direction each registry feature is expected to push the score, fixed from the
# literature and the feature's definition before any fit (+1: more of it is a sign of
# credible writing, -1: of not-credible writing, 0: no prior expectation, left free).
# ``fit_model`` constrains each weight to its sign (a weight may shrink to 0, never flip):
# an explanation never says "quoted speech lowered the score", and a feature whose
# association flips between outlets is switched off instead of being learned backwards.
# Sources (as in the feature cards): Horne & Adali 2017 (long, capitalised titles; named
# attribution and quoted speech in real news); the Credibility Coalition indicators (Zhang et al. 2018: named and
# expert sources, quotes, specificity, clickbait titles, emotional language); Rashkin et
# al. 2017 (superlatives, hedges, second person, subjective and loaded words); Chen,
# Conroy & Rubin 2015 (clickbait: forward reference, reader address, numbered lists).
EXPECTED_DIRECTIONS: dict[str, int] = {
    # attribution: naming sources and quoting people is what careful reporting does
    "anonymous_source_density": -1, "named_attribution_density": +1, "anonymous_source_ratio": -1,
    "quote_density": +1, "quoted_speech_share": +1, "unattributed_quote_share": -1, "expert_quote_density": +1,
    # vagueness, alarm, secrecy and loaded language
    "hedging_density": -1, "weasel_density": -1, "urgency_density": -1, "secrecy_density": -1,
    "revelation_density": -1,
    "loaded_language_density": -1, "intensifier_density": -1, "fear_appeal_density": -1,
    "superlative_density": -1, "distancing_density": -1, "partisan_label_density": -1,
    # internal contradictions can only count against an article; specific dating for it
    "date_conflicts": -1, "weekday_mismatch": -1, "impossible_date": -1, "restated_event": -1,
    "order_violation": -1, "publication_anachronism": -1, "duration_arithmetic": -1,
    "name_inconsistency": -1, "conflicting_figures": -1, "dated_reference_density": +1,
    # style: shouting and addressing the reader against; specificity for
    "all_caps_density": -1, "exclamation_density": -1, "question_density": -1, "second_person_density": -1,
    "number_density": +1, "named_entity_density": +1,
    # headline cues (clickbait)
    "headline_word_count": -1, "headline_punctuation": -1, "headline_clickbait": -1,
    "headline_reader_address": -1, "headline_number_start": -1, "headline_all_caps_words": -1,
    "headline_capitalised_share": -1,
    # no prior expectation: length, readability, vocabulary richness, first person
    "word_count_log": 0, "flesch_kincaid_grade": 0, "mean_sentence_length": 0, "type_token_ratio": 0,
    "first_person_density": 0,
    # the learned word-level score (opt-in) is a log-odds of credible wording by construction
    VOCABULARY_FEATURE: +1,
}
_IDENTITY = frozenset({"word_count_log", "anonymous_source_ratio", "headline_capitalised_share", "headline_word_count"})


def transform_for(name: str) -> str:
    """``identity`` for shares, logs, grades and lengths; ``log1p`` for densities and counts.

    Names outside the registry (e.g. columns of a user's own matrix) are left as they are.
    """
    if name not in FEATURE_NAMES or name in _IDENTITY:
        return "identity"
    unit = feature_spec(name).unit
    return "log1p" if unit.startswith("per 1,000") or unit == "count" else "identity"


def _round(value: float) -> float:
    # Stored parameters are rounded so the model file is stable byte for byte;
    # the rounded values are the model (contributions are computed from them).
    return float(f"{value:.10g}")


def feature_matrix(records: Sequence[Mapping[str, Any]], features: Sequence[str] = FEATURE_NAMES) -> np.ndarray:
    """Raw feature values (rows = records) with ``nan`` where undefined."""
    matrix = np.empty((len(records), len(features)))
    for row, record in enumerate(records):
        article = _record_article(record, row)
        values = extract(article, features)
        matrix[row] = [values[name].value for name in features]
    return matrix


def _record_article(record: Any, row: int) -> Article:
    """The Article of ``records[row]``; a bad record raises a ReliabilityError naming it (not KeyError 'text')."""
    from reliability.errors import ArticleTypeError, ReliabilityError

    if not isinstance(record, Mapping) or "text" not in record:
        received = f"keys {sorted(map(str, record))[:8]}" if isinstance(record, Mapping) else type(record).__name__
        raise ArticleTypeError(f"records[{row}]: expected a dict with a 'text' key, received {received}")
    try:
        return Article(record["text"], title=record.get("title"), published=record.get("published"))
    except ReliabilityError as error:
        raise type(error)(f"records[{row}]: {error}") from None


def transform_matrix(raw: np.ndarray, features: Sequence[str]) -> np.ndarray:
    out = raw.copy()
    for column, name in enumerate(features):
        if transform_for(name) == "log1p":
            out[:, column] = np.log1p(np.clip(out[:, column], 0, None))
    return out


#: Fewest outlets for grouped model selection: with 3 to ``n_splits - 1`` outlets the folds
#: leave one outlet out; with fewer, selection falls back to stratified folds.
MIN_SELECTION_GROUPS = 3


def _folds(y: np.ndarray, groups: np.ndarray | None, n_splits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Grouped folds when there are enough outlets, stratified otherwise; none for tiny data.

    ``GroupKFold(n_splits)`` with at least ``n_splits`` outlets, leave-one-outlet-out with
    :data:`MIN_SELECTION_GROUPS` to ``n_splits - 1`` (so that a training part of four
    publishers still selects C on publishers it has not seen), stratified below that.
    """
    return _fold_plan(y, groups, n_splits)[0]


def selection_protocol(y: Any, groups: Any = None, n_splits: int = 5) -> str:
    """How :func:`fit_model` will choose C on these labels and groups, in words (for the model card).

    With too few outlets, or outlets whose folds would leave a class out of training, the
    folds fall back to stratified ones: the card must not then claim a grouped selection.
    """
    return _fold_plan(np.asarray(y, dtype=int), None if groups is None else np.asarray(groups), n_splits)[1]


def _fold_plan(y: np.ndarray, groups: np.ndarray | None,
               n_splits: int) -> tuple[list[tuple[np.ndarray, np.ndarray]], str]:
    from sklearn.model_selection import GroupKFold, LeaveOneGroupOut, StratifiedKFold

    n_groups = 0 if groups is None else len(np.unique(groups))
    why = "no groups given"
    if n_groups >= MIN_SELECTION_GROUPS:
        grouped = n_groups >= n_splits
        splitter = GroupKFold(n_splits=n_splits) if grouped else LeaveOneGroupOut()
        folds = list(splitter.split(np.zeros(len(y)), y, groups))
        # A fold whose training part lacks a class cannot be fitted: fall back to stratified.
        if all(len(np.unique(y[train])) == 2 for train, _ in folds):
            name = f"GroupKFold({n_splits})" if grouped else "leave-one-group-out"
            return folds, f"{name} over {n_groups} groups"
        why = f"a grouped fold over the {n_groups} groups would train on one class only"
    elif groups is not None:
        why = f"only {n_groups} group{'s' if n_groups != 1 else ''}, fewer than {MIN_SELECTION_GROUPS}"
    splits = min(n_splits, int(np.bincount(y).min()))
    if splits < 2:
        return [], (f"no cross-validation: {int(np.bincount(y, minlength=2).min())} example(s) of the rarer class, "
                    "too few for 2 folds (C fixed at the middle of the grid, no Platt scaling)")
    folds = list(StratifiedKFold(n_splits=splits, shuffle=True, random_state=0).split(np.zeros(len(y)), y))
    return folds, f"stratified {splits}-fold, seed 0 ({why})"


class _Standardiser:
    """Per-column clip range (0.5-99.5 %), mean and scale; an all-missing column is left at 0."""

    def __init__(self, transformed: np.ndarray) -> None:
        columns = transformed.shape[1]
        low, high, mean, scale = np.zeros(columns), np.zeros(columns), np.zeros(columns), np.ones(columns)
        for column in range(columns):
            values = transformed[:, column]
            values = values[~np.isnan(values)]
            if values.size == 0:
                continue
            low[column], high[column] = np.percentile(values, [0.5, 99.5])
            clipped = np.clip(values, low[column], high[column])
            mean[column] = clipped.mean()
            std = clipped.std()
            scale[column] = std if std > 1e-12 else 1.0
        self.low, self.high, self.mean, self.scale = (
            np.array([_round(float(v)) for v in array]) for array in (low, high, mean, scale)
        )

    def apply(self, transformed: np.ndarray) -> np.ndarray:
        z = (np.clip(transformed, self.low, self.high) - self.mean) / self.scale
        return np.where(np.isnan(z), 0.0, z)


def _fit_logistic(
    z: np.ndarray, y: np.ndarray, c: float, sample_weight: np.ndarray | None = None,
    signs: Sequence[int] | None = None,
) -> Any:
    """L2 logistic regression (scikit-learn's objective ``C * NLL + |w|^2 / 2``, intercept free).

    With ``signs`` (one of -1, 0, +1 per column) and any of them non-zero, the weights
    are bounded to their sign and the same objective is minimised by L-BFGS-B
    (:class:`_SignConstrainedFit`); otherwise scikit-learn's ``LogisticRegression`` fits it.
    """
    if signs is not None and any(signs):
        return _SignConstrainedFit(z, y, c, signs, sample_weight)
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=5000, tol=1e-10)
    model.fit(z, y, sample_weight=sample_weight)
    return model


class _SignConstrainedFit:
    """``min C * sum_i s_i * log(1 + exp(-y'_i (z_i w + b))) + |w|^2 / 2`` with ``sign(w_j) in {0, signs_j}``.

    A box-constrained smooth convex problem, solved by SciPy's L-BFGS-B from zero with
    tight tolerances (deterministic: the same data gives the same weights). Exposes the
    parts of scikit-learn's fitted ``LogisticRegression`` that ``fit_model`` reads
    (``coef_``, ``intercept_``, ``decision_function``, ``predict_proba``) and
    ``at_bound_``: the columns held at 0 by their constraint.
    """

    def __init__(self, z: np.ndarray, y: np.ndarray, c: float, signs: Sequence[int],
                 sample_weight: np.ndarray | None = None) -> None:
        from scipy.optimize import minimize
        from scipy.special import expit

        z = np.asarray(z, dtype=float)
        y = np.asarray(y, dtype=float)
        weight = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
        n = z.shape[1]

        def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
            margin = z @ theta[:n] + theta[n]
            loss = weight * (np.logaddexp(0.0, margin) - y * margin)
            residual = weight * (expit(margin) - y)
            gradient = np.empty(n + 1)
            gradient[:n] = c * (z.T @ residual) + theta[:n]
            gradient[n] = c * residual.sum()
            return float(c * loss.sum() + 0.5 * theta[:n] @ theta[:n]), gradient

        bounds = [(0.0, None) if sign > 0 else (None, 0.0) if sign < 0 else (None, None) for sign in signs]
        result = minimize(objective, np.zeros(n + 1), jac=True, method="L-BFGS-B", bounds=[*bounds, (None, None)],
                          options={"maxiter": 15000, "maxcor": 30, "ftol": 1e-15, "gtol": 1e-10})
        theta = result.x
        self.coef_ = np.array([theta[:n]])
        self.intercept_ = np.array([theta[n]])
        self.at_bound_ = np.array([bool(sign) and theta[j] == 0.0 for j, sign in enumerate(signs)])

    def decision_function(self, z: np.ndarray) -> np.ndarray:
        return np.asarray(z) @ self.coef_[0] + self.intercept_[0]

    def predict_proba(self, z: np.ndarray) -> np.ndarray:
        from scipy.special import expit

        p = expit(self.decision_function(z))
        return np.column_stack([1 - p, p])


def fit_model(
    raw: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray | None = None,
    *,
    features: Sequence[str] = FEATURE_NAMES,
    c_grid: Sequence[float] = DEFAULT_C_GRID,
    n_splits: int = 5,
    name: str = "model",
    metadata: Mapping[str, Any] | None = None,
    max_dominance: float | None = None,
    directions: Mapping[str, int] | None = None,
) -> LinearModel:
    """Fit the calibrated additive model on a raw feature matrix.

    Parameters
    ----------
    raw : ndarray (n_samples, n_features)
        Values from :func:`feature_matrix` (``nan`` allowed).
    y : ndarray of {0, 1}
        1 = credible.
    groups : ndarray, optional
        Outlet of each row; used for grouped model selection and calibration folds.
    max_dominance : float, optional
        Drop every feature whose :func:`publisher_dominance` exceeds this value (needs
        ``groups``) before fitting; the dropped features and their dominance are recorded
        in ``metadata["dropped_for_dominance"]``. ``None`` (the default) keeps them all.
    directions : mapping of feature name to -1, 0 or +1, optional
        The sign each weight is held to (0 = free; names not in the mapping are free).
        ``None`` (the default) uses :data:`EXPECTED_DIRECTIONS`, fixed before any fit;
        ``{}`` fits without constraints. A constrained weight can shrink to exactly 0,
        never flip; the features held at 0 are listed in ``metadata["held_at_zero"]``.
    """
    from sklearn.metrics import log_loss

    y = np.asarray(y, dtype=int)
    if set(np.unique(y)) != {0, 1}:
        raise InvalidArticleError("y: expected both classes 0 and 1 to be present")
    if groups is not None:
        groups = np.asarray(groups)
        if groups.ndim != 1 or len(groups) != len(y):
            # Otherwise ignored (fewer than 3 distinct values: stratified folds) or a scikit-learn error.
            raise InvalidArticleError(f"groups: expected one group per row ({len(y)}), received {groups.shape}")
    features = list(features)
    if np.ndim(raw) != 2 or np.shape(raw) != (len(y), len(features)):
        raise InvalidArticleError(f"raw: expected shape ({len(y)}, {len(features)}) (rows of y, features), "
                         f"received {np.shape(raw)}")
    dropped: dict[str, float] = {}
    if max_dominance is not None:
        if groups is None:
            raise InvalidArticleError("max_dominance: expected groups (the outlet of each row) to measure dominance, received None")
        dominance = publisher_dominance(raw, groups, features)
        dropped = {name: round(value, 6) for name, value in dominance.items() if value > max_dominance}
        if len(dropped) == len(features):
            raise InvalidArticleError(f"max_dominance: {max_dominance} drops every feature; expected a larger threshold")
        kept = [column for column, name in enumerate(features) if name not in dropped]
        raw = np.asarray(raw)[:, kept]
        features = [features[column] for column in kept]
    transformed = transform_matrix(raw, features)
    folds = _folds(y, groups, n_splits)
    table = EXPECTED_DIRECTIONS if directions is None else directions
    signs = [int(np.sign(table.get(name, 0))) for name in features]

    def out_of_fold(c: float, folds: list[tuple[np.ndarray, np.ndarray]] = folds) -> np.ndarray:
        decision = np.zeros(len(y))
        for train, test in folds:
            standardiser = _Standardiser(transformed[train])
            fitted = _fit_logistic(standardiser.apply(transformed[train]), y[train], c, signs=signs)
            decision[test] = fitted.decision_function(standardiser.apply(transformed[test]))
        return decision

    scores: dict[float, float] = {}
    decisions = {}
    if folds:
        for c in c_grid:
            decisions[c] = out_of_fold(c)
            probabilities = np.clip(1 / (1 + np.exp(-decisions[c])), 1e-12, 1 - 1e-12)
            scores[c] = log_loss(y, probabilities)
        best_c = min(c_grid, key=lambda c: (round(scores[c], 12), c))
        # Calibrate on stratified out-of-fold decisions (still articles the weights did not
        # see). Grouped ones concatenate outlets with different base rates; fitted on those,
        # the Platt slope collapsed towards 0 (0.015 in one BuzzFeed-Webis fold), flattening
        # every score to the base rate.
        calibration = decisions[best_c] if groups is None else out_of_fold(best_c, _folds(y, None, n_splits))
        platt = _fit_logistic(calibration.reshape(-1, 1), y, 1e6)
        slope = float(platt.coef_[0][0])
        offset = float(platt.intercept_[0])
    else:
        # Too few examples of a class to hold any out: no selection, no recalibration.
        best_c = sorted(c_grid)[len(c_grid) // 2]
        slope, offset = 1.0, 0.0

    standardiser = _Standardiser(transformed)
    final = _fit_logistic(standardiser.apply(transformed), y, best_c, signs=signs)
    weights = [
        FeatureWeight(
            name=feature, transform=transform_for(feature),  # same rule as transform_matrix
            clip_low=float(standardiser.low[i]), clip_high=float(standardiser.high[i]),
            mean=float(standardiser.mean[i]), scale=float(standardiser.scale[i]),
            weight=_round(slope * float(final.coef_[0][i])),
        )
        for i, feature in enumerate(features)
    ]
    intercept = _round(slope * float(final.intercept_[0]) + offset)
    basis = _uncertainty_basis(standardiser.apply(transformed), final, best_c, slope)
    info = dict(metadata or {})
    info.update(
        {
            "chosen_C": best_c,
            "grouped_cv_log_loss": {str(c): round(value, 6) for c, value in scores.items()},
            "platt_slope": round(slope, 6),
            "platt_offset": round(offset, 6),
            "n_train": int(len(y)),
            "n_credible": int(y.sum()),
        }
    )
    if any(signs):
        info["sign_constraints"] = {name: sign for name, sign in zip(features, signs) if sign}
        info["held_at_zero"] = [name for name, held in zip(features, final.at_bound_) if held]
    if max_dominance is not None:
        info["max_dominance"] = max_dominance
        info["dropped_for_dominance"] = dropped
    base_rate = _round(float(y.mean()))
    return LinearModel(name, tuple(weights), intercept, base_rate, info, basis)


def _uncertainty_basis(z: np.ndarray, fitted: Any, c: float, slope: float,
                       kept_variance: float = 0.999, max_rank: int = 12) -> tuple[tuple[float, ...], ...]:
    """Low-rank factor of the weights' covariance, by a Laplace approximation.

    scikit-learn minimises ``C * NLL + |w|^2 / 2`` (intercept unpenalised), so the
    posterior precision is ``X' W X + I / C`` with ``W = p (1 - p)`` and the intercept's
    diagonal entry left unpenalised; the covariance is its inverse, times the Platt slope
    squared because the shipped weights are scaled by it. Keeping the leading
    eigenvectors (``kept_variance`` of the trace, at most ``max_rank``) makes the
    per-article standard error a handful of dot products; each row's sign is fixed
    (largest entry positive) so the stored file is reproducible.
    """
    design = np.hstack([z, np.ones((len(z), 1))])
    probability = fitted.predict_proba(z)[:, 1]
    precision = design.T @ (design * (probability * (1 - probability))[:, None])
    penalty = np.full(design.shape[1], 1.0 / c)
    penalty[-1] = 0.0
    # A weight held at 0 by its sign constraint sits on the boundary, where the Laplace
    # approximation does not apply: it is treated as fixed (no variance), the rest as usual.
    free = np.ones(design.shape[1], dtype=bool)
    free[:-1] = ~np.asarray(getattr(fitted, "at_bound_", np.zeros(z.shape[1], dtype=bool)), dtype=bool)
    covariance = np.zeros((design.shape[1], design.shape[1]))
    covariance[np.ix_(free, free)] = np.linalg.inv(
        precision[np.ix_(free, free)] + np.diag(penalty[free])) * slope**2
    values, vectors = np.linalg.eigh((covariance + covariance.T) / 2)
    order = np.argsort(values)[::-1]
    values, vectors = np.clip(values[order], 0.0, None), vectors[:, order]
    cumulative = np.cumsum(values) / values.sum()
    rank = min(max_rank, int(np.searchsorted(cumulative, kept_variance)) + 1)
    rows = []
    for k in range(rank):
        row = vectors[:, k] * math.sqrt(values[k])
        if row[np.argmax(np.abs(row))] < 0:
            row = -row
        # Fixed weights have no variance: their entries are exactly 0, not the rounding noise
        # of eigh (about 1e-18, which differed with the number of BLAS threads and broke the
        # byte-for-byte rebuild); so is anything below 1e-9 of the row's largest entry.
        row = np.where(free & (np.abs(row) >= 1e-9 * np.abs(row).max()), row, 0.0)
        rows.append(tuple(float(f"{v:.6g}") + 0.0 for v in row))
    return tuple(rows)





def vocabulary_counts(records: Sequence[Mapping[str, Any]]) -> list[dict[str, int]]:
    """Each record's bag of words as used by ``word_choice`` (see :mod:`reliability.vocabulary`)."""
    from reliability.vocabulary import article_terms

    return [article_terms(_record_article({"text": record["text"], "title": record.get("title")}
                                          if isinstance(record, Mapping) and "text" in record else record, row))
            for row, record in enumerate(records)]


def fit_vocabulary(
    counts: Sequence[Mapping[str, int]],
    y: np.ndarray,
    groups: np.ndarray | None = None,
    *,
    c: float = DEFAULT_VOCABULARY_C,
    min_df: int = DEFAULT_VOCABULARY_MIN_DF,
    min_groups: int = 2,
    max_outlet_lift: float = DEFAULT_VOCABULARY_MAX_LIFT,
    stop_words: bool = True,
) -> Vocabulary:
    """Fit the word-level logistic regression behind ``word_choice``.

    Vocabulary: words in at least ``min_df`` training articles. When there are at least
    three outlets (``groups``), a word must also be used by at least ``min_groups`` of
    them, and no outlet may use it ``max_outlet_lift`` times as often as all the other
    training articles do (share of the outlet's articles containing it, against the
    same share over the rest, add-one smoothed). That drops an outlet's name, bylines
    and boilerplate ("Story Continued Below", disclaimers, share widgets) so they
    cannot become signals. With ``stop_words`` (the default), English function words
    (scikit-learn's ``ENGLISH_STOP_WORDS``, the Glasgow Information Retrieval Group
    list) are left out too: their weights are stylometric noise that no reader can act
    on ("'the' leans not credible"). Vectors are
    sublinear TF-IDF (``(1 + ln tf) * idf``, smooth idf ``ln((1 + n) / (1 + df)) + 1``),
    L2-normalised; the L2 logistic regression uses ``C = c``. Parameters are rounded
    to 10 significant digits: the rounded values are the model.
    """
    from scipy import sparse
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from reliability.vocabulary import Vocabulary

    y = np.asarray(y, dtype=int)
    n = len(counts)
    df: dict[str, int] = {}
    # Articles containing each term, per outlet: one pass gives both the outlets that use
    # a term and how much more often its heaviest user does than everyone else.
    per_outlet: dict[str, dict[Any, int]] = {}
    use_groups = groups is not None and len(np.unique(groups)) >= 3
    for row, bag in enumerate(counts):
        group = groups[row] if use_groups else None  # type: ignore[index]
        for term in bag:
            df[term] = df.get(term, 0) + 1
            if use_groups:
                entry = per_outlet.setdefault(term, {})
                entry[group] = entry.get(group, 0) + 1
    lift: dict[str, float] = {}
    if use_groups:
        sizes = Counter(groups.tolist() if isinstance(groups, np.ndarray) else groups)  # type: ignore[union-attr]
        for term, by_outlet in per_outlet.items():
            if df[term] < min_df:
                continue
            top = max(by_outlet, key=lambda group: (by_outlet[group] / sizes[group], str(group)))
            rest = (df[term] - by_outlet[top] + 1) / (n - sizes[top] + 1)
            lift[term] = (by_outlet[top] / sizes[top]) / rest
    excluded = ENGLISH_STOP_WORDS if stop_words else frozenset()
    kept = sorted(term for term, count in df.items()
                  if count >= min_df and term not in excluded and (not use_groups or (len(per_outlet[term]) >= min_groups
                                                             and lift[term] < max_outlet_lift)))
    if not kept:
        raise InvalidArticleError(f"vocabulary: no word occurs in {min_df} or more training articles; expected more or longer texts")
    index = {term: column for column, term in enumerate(kept)}
    idf = np.array([_round(math.log((1 + n) / (1 + df[term])) + 1.0) for term in kept])
    rows, columns, values = [], [], []
    for row, bag in enumerate(counts):
        entries = [(index[term], (1.0 + math.log(count)) * idf[index[term]]) for term, count in bag.items() if term in index]
        norm = math.sqrt(sum(value * value for _, value in entries)) or 1.0
        for column, value in entries:
            rows.append(row)
            columns.append(column)
            values.append(value / norm)
    matrix = sparse.csr_matrix((values, (rows, columns)), shape=(n, len(kept)))
    fitted = _fit_logistic(matrix, y, c)
    weights = [_round(float(w)) for w in fitted.coef_[0]]
    return Vocabulary(
        {term: (float(idf[i]), weights[i]) for i, term in enumerate(kept)},
        _round(float(fitted.intercept_[0])),
        {"C": c, "min_df": min_df, "min_outlets": min_groups if use_groups else 1,
         "max_outlet_lift": max_outlet_lift if use_groups else None, "stop_words": stop_words, "n_train": n, "n_terms": len(kept),
         "dropped_as_outlet_specific": sum(1 for term in lift if lift[term] >= max_outlet_lift)},
    )


def vocabulary_out_of_fold(
    counts: Sequence[Mapping[str, int]],
    y: np.ndarray,
    groups: np.ndarray | None = None,
    *,
    n_splits: int = 5,
    **options: Any,
) -> np.ndarray:
    """Cross-fitted ``word_choice`` values: each article scored by a vocabulary that never saw its outlet.

    These are the training values of the ``word_choice`` column, so the additive model
    learns how much an honest, out-of-sample word-choice score is worth (a score fitted
    on the same articles would look far more reliable than it is). Folds are grouped by
    outlet when there are enough outlets, stratified otherwise.
    """
    y = np.asarray(y, dtype=int)
    folds = _folds(y, groups, n_splits)
    if not folds:
        raise InvalidArticleError("vocabulary: too few articles of one class to cross-fit word_choice")
    out = np.zeros(len(y))
    for train, test in folds:
        vocabulary = fit_vocabulary([counts[i] for i in train], y[train],
                                    None if groups is None else np.asarray(groups)[train], **options)
        for i in test:
            out[i] = vocabulary.score_counts(counts[i])
    return out


def fit_model_with_vocabulary(
    records: Sequence[Mapping[str, Any]],
    raw: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray | None = None,
    *,
    features: Sequence[str] = FEATURE_NAMES,
    counts: Sequence[Mapping[str, int]] | None = None,
    vocabulary_options: Mapping[str, Any] | None = None,
    **options: Any,
) -> LinearModel:
    """:func:`fit_model` on the registry features plus a cross-fitted ``word_choice`` column.

    The returned model carries the vocabulary fitted on all of ``records`` and scores
    ``word_choice`` itself (``reliability.score`` adds it to the features and evidence).
    """
    counts = vocabulary_counts(records) if counts is None else counts
    y = np.asarray(y, dtype=int)
    settings = dict(vocabulary_options or {})
    column = vocabulary_out_of_fold(counts, y, groups, **settings)
    model = fit_model(np.column_stack([raw, column]), y, groups, features=[*features, VOCABULARY_FEATURE], **options)
    return dataclasses.replace(model, vocabulary=fit_vocabulary(counts, y, groups, **settings))


def model_columns(
    model: LinearModel,
    raw: np.ndarray,
    names: Sequence[str],
    counts: Sequence[Mapping[str, int]] | None = None,
) -> np.ndarray:
    """The columns ``model`` reads, in its order, from a raw matrix whose columns are ``names``.

    ``word_choice`` (when the model has a vocabulary) is scored from ``counts``
    (:func:`vocabulary_counts` of the same records).
    """
    raw = np.asarray(raw, dtype=float)
    columns = []
    for name in model.feature_names:
        if name == VOCABULARY_FEATURE and model.vocabulary is not None:
            if counts is None:
                raise InvalidArticleError("counts: the model scores word_choice; expected vocabulary_counts(records)")
            columns.append(np.array([model.vocabulary.score_counts(bag) for bag in counts]))
        else:
            columns.append(raw[:, list(names).index(name)])
    return np.column_stack(columns) if columns else np.empty((len(raw), 0))


def model_feature_matrix(records: Sequence[Mapping[str, Any]], model: LinearModel) -> np.ndarray:
    """Raw values of every feature ``model`` reads (``word_choice`` included), rows = records."""
    registry = [name for name in model.feature_names if name != VOCABULARY_FEATURE]
    counts = vocabulary_counts(records) if model.vocabulary is not None else None
    return model_columns(model, feature_matrix(records, registry), registry, counts)


def dominance_details(raw: np.ndarray, groups: Sequence[Any] | np.ndarray, features: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per feature: how much of its firing comes from a single outlet, and which outlet.

    For feature ``j``, among the rows where it is defined (not ``nan``), let ``a_g`` be
    outlet ``g``'s share of those rows and ``s_g`` its share of the rows where the value
    is non-zero. The *excess share* ``(s_g - a_g) / (1 - a_g)`` is 0 when ``g`` fires
    the feature in proportion to its articles and 1 when every non-zero value comes
    from ``g``; ``dominance`` is its maximum over outlets (``nan`` when the feature is
    never non-zero or only one outlet is present). Also reported: ``eta_squared``, the
    share of the transformed feature's variance explained by the outlet, which catches
    a house style in features that are non-zero everywhere (where ``dominance`` is ~0).
    """
    raw = np.asarray(raw, dtype=float)
    outlet_of = np.asarray([str(group) for group in groups])
    if raw.shape != (len(outlet_of), len(features)):
        raise InvalidArticleError(f"raw: expected shape ({len(outlet_of)}, {len(features)}) matching groups and features, "
                         f"received {raw.shape}")
    transformed = transform_matrix(raw, features)
    details: dict[str, dict[str, Any]] = {}
    for column, name in enumerate(features):
        values = raw[:, column]
        defined = ~np.isnan(values)
        active = defined & (values != 0)
        entry: dict[str, Any] = {"dominance": float("nan"), "outlet": None, "n_nonzero": int(active.sum()),
                                 "nonzero_share": float("nan"), "defined_share": float("nan"),
                                 "eta_squared": float("nan")}
        outlets, defined_counts = np.unique(outlet_of[defined], return_counts=True)
        if active.any() and len(outlets) > 1:
            active_counts = np.array([np.count_nonzero(active & (outlet_of == outlet)) for outlet in outlets])
            a = defined_counts / defined_counts.sum()
            s = active_counts / active_counts.sum()
            excess = (s - a) / (1 - a)
            best = int(np.argmax(excess))
            entry.update({"dominance": max(0.0, float(excess[best])), "outlet": str(outlets[best]),
                          "nonzero_share": float(s[best]), "defined_share": float(a[best])})
        kept = transformed[defined, column]
        if len(outlets) > 1 and kept.size and kept.var() > 0:
            means = np.array([kept[outlet_of[defined] == outlet].mean() for outlet in outlets])
            between = float(np.sum(defined_counts * (means - kept.mean()) ** 2) / kept.size)
            entry["eta_squared"] = between / float(kept.var())
        details[name] = entry
    return details


def publisher_dominance(raw: np.ndarray, groups: Sequence[Any] | np.ndarray, features: Sequence[str]) -> dict[str, float]:
    """For each feature, the largest excess share of its non-zero values held by one outlet.

    See :func:`dominance_details` for the definition: 0 = every outlet fires the feature
    in proportion to its (defined) articles, 1 = only one outlet ever fires it.

    Examples
    --------
    >>> raw = np.array([[1.0, 2.0], [1.0, 0.0], [0.0, 3.0], [0.0, 1.0]])
    >>> dominance = publisher_dominance(raw, ["a", "a", "b", "b"], ["urgency_density", "secrecy_density"])
    >>> {name: round(value, 3) for name, value in dominance.items()}
    {'urgency_density': 1.0, 'secrecy_density': 0.333}
    """
    return {name: entry["dominance"] for name, entry in dominance_details(raw, groups, features).items()}


def _sign_lines(meta: Mapping[str, Any]) -> list[str]:
    constraints = meta.get("sign_constraints")
    if not constraints:
        return ["Weights unconstrained in sign."]
    positive = sorted(name for name, sign in constraints.items() if sign > 0)
    negative = sorted(name for name, sign in constraints.items() if sign < 0)
    held = meta.get("held_at_zero", [])
    return [
        "",
        "Sign constraints (fixed before fitting, `reliability.training.EXPECTED_DIRECTIONS`): a weight",
        "may shrink to 0 but never take the opposite sign. May only raise the score: "
        + ", ".join(f"`{name}`" for name in positive) + ". May only lower it: "
        + ", ".join(f"`{name}`" for name in negative) + ". Free: every other feature.",
        "Held at 0 in this fit (the training data did not support their expected direction, or they"
        " barely occur in it; they are measured and shown as evidence"
        " but move no score): "
        + (", ".join(f"`{name}`" for name in held) if held else "none") + ".",
    ]


def model_card(model: LinearModel, metrics: Mapping[str, Any] | None = None) -> str:
    """The Markdown model card written beside every trained model.

    Data, label mapping, groups, split protocol, chosen C, grouped-CV metrics (when
    ``metrics`` is given: ``protocol``, ``auc``/``brier``/``ece`` and their ``*_ci``),
    intended use and limits, and the weights.

    Examples
    --------
    >>> from reliability.model import default_model
    >>> model_card(default_model()).startswith("# Model card: ")
    True
    """
    meta = dict(model.metadata)
    data = meta.get("training_data", "not recorded")
    data_lines = [f"- {item}" for item in data] if isinstance(data, list) else [f"- data file: `{data}`"]
    if "label_mapping" in meta:
        mapping = str(meta["label_mapping"])
    elif "label_field" in meta:
        mapping = (f"1 = credible when field `{meta['label_field']}` is one of "
                   f"{', '.join(repr(value) for value in meta.get('positive_values', []))}; 0 = any other value"
                   + ("; records whose label is missing, null or empty were left out" if "date_field" in meta else ""))
    else:
        mapping = "not recorded"
    group_field = meta.get("group_field")
    selection = meta.get("model_selection")
    if selection and str(selection).startswith("no cross-validation"):
        groups = (f"field `{group_field}`; " if group_field else "none given; ") + str(selection)
    elif selection and str(selection).startswith("stratified"):
        # What the fit actually did: with one or two outlets the selection fell back to stratified folds.
        groups = ((f"field `{group_field}`, but " if group_field else "none given: ")
                  + f"C chosen under {selection}, so outlet fingerprints may pick it")
    elif group_field or selection:
        groups = (f"field `{group_field}`" if group_field else "given") + \
            f" (model selection of C under grouped cross-validation{': ' + selection if selection else ''})"
    else:
        groups = ("publisher / subset (grouped model selection)" if isinstance(data, list)
                  else "none given: C chosen under stratified cross-validation, so outlet fingerprints may pick it")
    lines = [
        f"# Model card: {model.name}",
        "",
        "## What it is",
        "An L2 logistic regression "
        + ("(sign-constrained, below)" if meta.get("sign_constraints") else "(weights free in sign)")
        + " over the interpretable features of `reliability.features`, each",
        "transformed (log1p for densities and counts), clipped to its 0.5-99.5 % training range and",
        "standardised" + (", with Platt scaling folded into the weights" if meta.get("grouped_cv_log_loss") != {} else "")
        + ": the log-odds of the returned",
        "probability is exactly the intercept plus the listed per-feature contributions.",
        (f"Regularisation C = {meta.get('chosen_C', 'n/a')} chosen by cross-validated log-loss "
         f"({meta.get('grouped_cv_log_loss', {})}); Platt slope {meta.get('platt_slope', 'n/a')}, "
         f"offset {meta.get('platt_offset', 'n/a')}, fitted on out-of-fold decision values."
         if meta.get("grouped_cv_log_loss") != {} else
         # fit_model found too few examples of a class to hold any out: nothing was selected or calibrated.
         f"Regularisation C = {meta.get('chosen_C', 'n/a')}, NOT selected: too few examples of one class "
         "for cross-validation (C is the middle of the grid); NO Platt scaling (slope 1, offset 0), so the "
         "probabilities are not calibrated."),
        *_sign_lines(meta),
        "",
        "## Training data",
        *data_lines,
        f"- {meta.get('n_train', 'n/a')} articles, {meta.get('n_credible', 'n/a')} credible "
        f"(base rate {model.base_rate}).",
        f"- Label mapping: {mapping}.",
        f"- Groups: {groups}.",
    ]
    if "dropped_for_dominance" in meta:
        dropped = meta["dropped_for_dominance"]
        lines.append(f"- Publisher-dominance guard (max {meta.get('max_dominance')}): dropped "
                     + (", ".join(f"{name} ({value:.2f})" for name, value in dropped.items()) or "nothing") + ".")
    if meta.get("excluded_features"):
        lines.append("- Left out: " + "; ".join(f"{name}: {why}" for name, why in meta["excluded_features"].items()) + ".")
    lines += ["", "## Metrics"]
    if metrics:
        def cell(key: str) -> str:
            value, interval = metrics.get(key), metrics.get(f"{key}_ci")
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return "n/a"
            if interval and not any(v is None or (isinstance(v, float) and math.isnan(v)) for v in interval):
                return f"{value:.3f} [{interval[0]:.3f}, {interval[1]:.3f}]"
            return f"{value:.3f}"

        lines += [
            f"Split protocol: {metrics.get('protocol', 'not recorded')}; pooled out-of-fold predictions, "
            "95 % bootstrap intervals, ECE over 10 bins (ECE is biased upward on resamples, so its point "
            "estimate can sit at or below the lower end of its interval).",
            "",
            "| ROC-AUC | Brier | ECE |",
            "|---|---|---|",
            f"| {cell('auc')} | {cell('brier')} | {cell('ece')} |",
        ]
    else:
        lines.append("Not measured with this model; run `reliability evaluate MODEL.json DATA.jsonl --cv ...` "
                     "(for the shipped model: `python benchmarks/quality.py`, `benchmarks/results/quality.md`).")
    lines += [
        "",
        "## Intended use and limits",
        "Triage and explanation of credibility *signals in the writing* of English news articles.",
        "It does not check facts. Accuracy is measured on the training distribution; expect lower",
        "accuracy on other outlets, topics and years, and on outlets seen in training expect the score",
        "to partly recognise the outlet. Probabilities are calibrated to the training base rate: pass",
        "`prior=` for a stream with another share of credible articles (a log-odds shift; it fixes the",
        "base rate, not a changed relation between features and labels out of domain).",
        "",
        "## Weights (log-odds per standard deviation of the transformed feature)",
        "| feature | transform | weight |",
        "|---|---|---|",
        *[f"| {feature.name} | {feature.transform} | {feature.weight:+.4f} |" for feature in model.features],
        f"| (intercept) | | {model.intercept:+.4f} |",
        "",
    ]
    return "\n".join(lines)
