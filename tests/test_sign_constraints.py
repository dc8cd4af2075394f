"""Sign-constrained fitting: weights keep the direction fixed for them before the fit."""

from __future__ import annotations

import numpy as np
import pytest

from reliability import score
from reliability.features import FEATURE_NAMES
from reliability.model import default_model
from reliability.training import EXPECTED_DIRECTIONS, _fit_logistic, fit_model, model_card


def _data(seed: int = 0, n: int = 400) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.5).astype(int)
    helpful = y + rng.normal(0, 0.8, n)          # rises with the label, as its direction says
    backwards = -y + rng.normal(0, 0.8, n)       # falls with the label, against a declared +1
    noise = rng.normal(size=n)
    return np.column_stack([helpful, backwards, noise]), y


def test_every_registered_feature_has_a_declared_direction() -> None:
    assert set(FEATURE_NAMES) <= set(EXPECTED_DIRECTIONS)
    assert set(EXPECTED_DIRECTIONS.values()) <= {-1, 0, 1}


def test_a_weight_against_its_declared_direction_is_held_at_zero() -> None:
    raw, y = _data()
    names = ["x_helpful", "x_backwards", "x_noise"]
    directions = {"x_helpful": +1, "x_backwards": +1}
    constrained = fit_model(raw, y, features=names, directions=directions)
    free = fit_model(raw, y, features=names, directions={})
    weights = {f.name: f.weight for f in constrained.features}
    assert weights["x_helpful"] > 0
    assert weights["x_backwards"] == 0.0
    assert {f.name: f.weight for f in free.features}["x_backwards"] < 0
    assert constrained.metadata["held_at_zero"] == ["x_backwards"]
    assert constrained.metadata["sign_constraints"] == directions
    assert "sign_constraints" not in free.metadata
    card = model_card(constrained)
    assert "Held at 0 in this fit" in card and "`x_backwards`" in card
    assert "Weights unconstrained in sign." in model_card(free)


def test_constrained_solver_equals_scikit_learn_when_no_bound_is_active() -> None:
    raw, y = _data(1)
    z = (raw - raw.mean(axis=0)) / raw.std(axis=0)
    for c in (0.01, 0.3, 10.0):
        reference = _fit_logistic(z, y, c)                      # scikit-learn, unconstrained
        bounded = _fit_logistic(z, y, c, signs=[+1, -1, 0])     # bounds that the optimum respects anyway
        assert not bounded.at_bound_.any()
        np.testing.assert_allclose(bounded.coef_, reference.coef_, atol=1e-6)
        np.testing.assert_allclose(bounded.intercept_, reference.intercept_, atol=1e-6)


def test_sample_weights_are_honoured() -> None:
    raw, y = _data(2)
    weights = np.where(y == 1, 3.0, 1.0)
    reference = _fit_logistic(raw, y, 1.0, sample_weight=weights)
    bounded = _fit_logistic(raw, y, 1.0, sample_weight=weights, signs=[+1, -1, 0])
    np.testing.assert_allclose(bounded.coef_, reference.coef_, atol=1e-6)


def test_shipped_model_weights_agree_with_their_declared_directions() -> None:
    model = default_model()
    for feature in model.features:
        sign = EXPECTED_DIRECTIONS.get(feature.name, 0)
        assert feature.weight * sign >= 0, (feature.name, feature.weight, sign)
    held = model.metadata["held_at_zero"]
    assert all(f.weight == 0.0 for f in model.features if f.name in held)


def test_explanation_names_signals_the_model_weights_zero() -> None:
    model = default_model()
    zero = {f.name for f in model.features if f.weight == 0.0}
    if "anonymous_source_density" not in zero:
        pytest.skip("the shipped model weights anonymous sources; nothing to name")
    text = ("Officials said the plan was ready. A source close to the talks said more would follow. "
            "People familiar with the matter said the vote was delayed. ") * 8
    result = score(text)
    assert result.contributions["anonymous_source_density"] == 0.0
    explanation = result.explain()
    assert "weighted 0 by this model" in explanation
    line = next(line for line in explanation.splitlines() if line.strip().startswith("anonymous_source_density ="))
    assert "spans" in line


def test_estimator_passes_directions_and_survives_clone() -> None:
    from sklearn.base import clone

    from reliability.estimators import CredibilityModel

    raw, y = _data(3)
    names = ["x_helpful", "x_backwards", "x_noise"]
    held = CredibilityModel(feature_names=names, directions={"x_backwards": +1}).fit(raw, y)
    free = clone(held).set_params(directions={}).fit(raw, y)
    weights = {f.name: f.weight for f in held.model_.features}
    assert weights["x_backwards"] == 0.0
    assert {f.name: f.weight for f in free.model_.features}["x_backwards"] < 0
    assert clone(held).get_params()["directions"] == {"x_backwards": +1}
