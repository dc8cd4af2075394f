"""The calibrated, exactly additive credibility model, stored as plain JSON.

The model is a logistic regression over transformed features with Platt
scaling folded into its weights, so the log-odds of the returned probability
is exactly ``intercept + sum(weight_i * z_i)`` where
``z_i = (clip(transform(x_i)) - mean_i) / scale_i``. An undefined feature
(``nan``) gets ``z_i = 0``: it is treated as average and contributes nothing.

Model files are JSON, never pickles: loading one cannot run code.
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from reliability.errors import ModelFileError
from reliability.vocabulary import VOCABULARY_FEATURE, Vocabulary, is_finite_number

__all__ = ["FeatureWeight", "LinearModel", "load_model", "default_model", "MODEL_FORMAT"]

MODEL_FORMAT = "reliability-linear-model/1"
_TRANSFORMS = ("identity", "log1p")


@dataclass(frozen=True, slots=True)
class FeatureWeight:
    """How one feature enters the model."""

    name: str
    transform: str
    clip_low: float
    clip_high: float
    mean: float
    scale: float
    weight: float

    def standardise(self, value: float) -> float:
        if math.isnan(value):
            return 0.0
        if self.transform == "log1p":
            value = math.log1p(max(value, 0.0))
        value = min(max(value, self.clip_low), self.clip_high)
        return (value - self.mean) / self.scale


@dataclass(frozen=True)
class LinearModel:
    """A calibrated additive model: per-feature contributions sum to the logit."""

    name: str
    features: tuple[FeatureWeight, ...]
    intercept: float
    base_rate: float
    metadata: Mapping[str, Any]
    #: Low-rank factor of the weights' covariance (each row has one entry per feature, then
    #: one for the intercept): the log-odds variance of an article is the sum over rows of
    #: (row . [z, 1])**2. Empty when the model file carries none.
    uncertainty_basis: tuple[tuple[float, ...], ...] = ()
    #: The learned word-level score behind the ``word_choice`` feature, when the model uses it.
    vocabulary: Vocabulary | None = None

    @property
    def feature_names(self) -> tuple[str, ...]:
        return tuple(feature.name for feature in self.features)

    @cached_property
    def length_range(self) -> tuple[int, int] | None:
        """The body lengths, in words, that the model tells apart: outside them ``word_count_log``
        is clipped (the training articles' 0.5th and 99.5th percentiles in the shipped model).
        None when the model does not use the length."""
        for feature in self.features:
            if feature.name == "word_count_log" and feature.weight and feature.transform == "identity":
                return (math.ceil(math.expm1(feature.clip_low)), math.floor(math.expm1(feature.clip_high)))
        return None

    @cached_property
    def _terms(self) -> tuple[tuple[str, bool, float, float, float, float, float], ...]:
        # The per-feature constants, read once instead of as attributes on every call.
        return tuple(
            (f.name, f.transform == "log1p", f.clip_low, f.clip_high, f.mean, f.scale, f.weight)
            for f in self.features
        )

    def standardised(self, values: Mapping[str, float]) -> list[float]:
        """Each model feature's transformed, clipped, standardised value ``z`` (0 when undefined)."""
        # The arithmetic of FeatureWeight.standardise, inlined: this runs once per feature per article.
        # min(max(value, clip_low), clip_high) written out as max and min evaluate it (the
        # first argument wins a tie, so -0.0 stays -0.0), without three calls per feature.
        isnan, log1p = math.isnan, math.log1p
        result: list[float] = []
        for name, log, clip_low, clip_high, mean, scale, _weight in self._terms:
            value = values[name]
            if isnan(value):
                result.append(0.0)
                continue
            if log:
                value = log1p(0.0 if 0.0 > value else value)
            if clip_low > value:
                value = clip_low
            if clip_high < value:
                value = clip_high
            result.append((value - mean) / scale)
        return result

    def contributions(self, values: Mapping[str, float], *, z: list[float] | None = None) -> dict[str, float]:
        """Log-odds contribution of each feature, in model order (no intercept).

        ``z`` (from :meth:`standardised`) may be passed to avoid computing it twice.
        """
        z = self.standardised(values) if z is None else z
        return {term[0]: term[6] * value for term, value in zip(self._terms, z)}

    def logit_standard_error(self, values: Mapping[str, float], *, z: list[float] | None = None) -> float | None:
        """Standard error of the article's log-odds from the uncertainty of the weights.

        A Laplace approximation around the fitted weights (Platt slope included, Platt
        fit itself ignored): it says how much the score would move with other training
        samples of the same data, not how far the writing signals are from the truth.
        None when the model carries no uncertainty basis.
        """
        if not self.uncertainty_basis:
            return None
        with_intercept = [*(self.standardised(values) if z is None else z), 1.0]
        # Plain sums: a dozen dot products of modest numbers, where fsum's exact rounding
        # changes nothing that matters and costs more than the rest of the interval.
        pick, rows = self._sparse_basis
        mul = operator.mul
        picked = pick(with_intercept)
        return math.sqrt(sum([sum(map(mul, row, picked)) ** 2 for row in rows]))

    @cached_property
    def _sparse_basis(self) -> tuple[Any, tuple[tuple[float, ...], ...]]:
        # Weights held at 0 have a column of zeros: leaving those terms out changes no sum
        # (adding 0.0 is exact, and z is finite), and a third of the products go.
        columns = [j for j in range(len(self.uncertainty_basis[0])) if any(row[j] for row in self.uncertainty_basis)]
        if len(columns) < 2:
            columns = list(range(len(self.uncertainty_basis[0])))
        pick = operator.itemgetter(*columns)
        return pick, tuple(tuple(row[j] for j in columns) for row in self.uncertainty_basis)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MODEL_FORMAT,
            "name": self.name,
            "intercept": self.intercept,
            "base_rate": self.base_rate,
            "features": [
                {
                    "name": f.name, "transform": f.transform, "clip_low": f.clip_low,
                    "clip_high": f.clip_high, "mean": f.mean, "scale": f.scale, "weight": f.weight,
                }
                for f in self.features
            ],
            "metadata": dict(self.metadata),
            **({"uncertainty_basis": [list(row) for row in self.uncertainty_basis]} if self.uncertainty_basis else {}),
            **({"vocabulary": self.vocabulary.to_dict()} if self.vocabulary is not None else {}),
        }

    def to_json(self) -> str:
        """Deterministic JSON text (sorted keys, fixed float formatting)."""
        return json.dumps(self.to_dict(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Any, *, origin: str = "model") -> LinearModel:
        """Validate a decoded model file and build the model (clear errors, no code run)."""
        from reliability.features import FEATURE_NAMES

        def fail(message: str) -> ModelFileError:
            return ModelFileError(f"{origin}: {message}")

        if not isinstance(data, dict):
            raise fail(f"expected a JSON object with format {MODEL_FORMAT!r}, received a JSON {type(data).__name__}")
        if data.get("format") != MODEL_FORMAT:
            received = data.get("format")
            family, _, version = str(received).rpartition("/")
            newer = (family == MODEL_FORMAT.rpartition("/")[0] and version.isdigit()
                     and int(version) > int(MODEL_FORMAT.rpartition("/")[2]))
            raise fail(f"expected a JSON object with format {MODEL_FORMAT!r}, received format {received!r}"
                       + ("; the file was written by a newer version of reliability: upgrade the package to "
                          "read it" if newer else ""))
        vocabulary = None
        if data.get("vocabulary") is not None:
            vocabulary = Vocabulary.from_dict(data["vocabulary"], origin=origin)
        known = FEATURE_NAMES if vocabulary is None else (*FEATURE_NAMES, VOCABULARY_FEATURE)
        rows = data.get("features")
        if not isinstance(rows, list) or not rows:
            raise fail("expected a non-empty 'features' list")
        weights: list[FeatureWeight] = []
        seen: set[str] = set()
        for index, row in enumerate(rows):
            if not isinstance(row, dict):
                raise fail(f"features[{index}]: expected an object, received {type(row).__name__}")
            name = row.get("name")
            if name not in known:
                hint = " (it needs the model's 'vocabulary')" if name == VOCABULARY_FEATURE else ""
                if isinstance(name, str) and name[:1] == "x" and name[1:].isdigit():
                    hint = (" (a CredibilityModel fitted on an array without column names: pass "
                            "feature_names=, e.g. reliability.FEATURE_NAMES, when fitting)")
                raise fail(f"features[{index}]: unknown feature name {name!r}{hint}")
            if name in seen:
                raise fail(f"features[{index}]: duplicate feature {name!r}")
            seen.add(name)
            if row.get("transform") not in _TRANSFORMS:
                raise fail(f"features[{index}] ({name}): transform must be one of {_TRANSFORMS}")
            numbers = {}
            for key in ("clip_low", "clip_high", "mean", "scale", "weight"):
                number = row.get(key)
                if not is_finite_number(number):
                    raise fail(f"features[{index}] ({name}): {key} must be a finite number, received {number!r}")
                numbers[key] = float(number)
            if numbers["scale"] <= 0 or numbers["clip_low"] > numbers["clip_high"]:
                raise fail(f"features[{index}] ({name}): need scale > 0 and clip_low <= clip_high")
            weights.append(FeatureWeight(name, row["transform"], **numbers))
        intercept = data.get("intercept")
        base_rate = data.get("base_rate")
        if not is_finite_number(intercept):
            raise fail(f"intercept must be a finite number, received {intercept!r}")
        if not isinstance(base_rate, (int, float)) or not 0 < base_rate < 1:
            raise fail("base_rate must be a number strictly between 0 and 1")
        metadata = data.get("metadata", {})
        if not isinstance(metadata, dict):
            raise fail("metadata must be an object")
        basis = data.get("uncertainty_basis", [])
        if not isinstance(basis, list) or any(
            not isinstance(row, list) or len(row) != len(weights) + 1
            or not all(map(is_finite_number, row))
            for row in basis
        ):
            raise fail(f"uncertainty_basis must be a list of rows of {len(weights) + 1} finite numbers "
                       "(one per feature, then the intercept)")
        name = data.get("name", "model")
        if not isinstance(name, str):
            raise fail(f"name must be a string, received {name!r}")
        # Finite parameters can still overflow: a hand-edited scale of 1e-300 or weights of
        # 1e308 gave contributions of +-inf (a score of 0 or 1 with nan sums), and a large
        # uncertainty row an OverflowError in score(). Bound the worst case over all inputs.
        reach = [max(abs(w.clip_low - w.mean), abs(w.clip_high - w.mean)) / w.scale for w in weights]
        worst_logit = abs(float(intercept)) + sum(abs(w.weight) * z for w, z in zip(weights, reach))
        bounds = [sum(abs(v) * z for v, z in zip(row, reach)) + abs(row[-1]) for row in basis]
        worst_variance = sum(bound * bound for bound in bounds)  # float * float gives inf, never OverflowError
        if not (math.isfinite(worst_logit) and worst_logit < 1e15 and worst_variance < 1e300):
            raise fail("parameters out of range: some article's log-odds (or its uncertainty) would overflow; "
                       "expected the weights, intercept, clip ranges over scale and uncertainty_basis of a "
                       "trained model (was the file edited by hand?)")
        return cls(name, tuple(weights), float(intercept), float(base_rate), metadata,
                   tuple(tuple(float(v) for v in row) for row in basis), vocabulary)


def load_model(path: str | Path) -> LinearModel:
    """Load and validate a model file written by ``reliability train``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ModelFileError(f"model: cannot read {str(path)!r}: {error.strerror}") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise ModelFileError(f"model: {str(path)!r} is not valid JSON: {error}") from None
    return LinearModel.from_dict(data, origin=str(path))


_DEFAULT: list[LinearModel] = []
DEFAULT_MODEL_FILE = "default.json"


#: What ``score(model=...)`` and every ``--model``/``MODEL.json`` argument take as the shipped model.
SHIPPED_MODEL_NAME = "default"


def names_shipped_model(path: object) -> bool:
    """Whether a model argument is the name of the shipped model: ``"default"``, unless a file
    of that name exists (a user's own model file keeps its meaning)."""
    return path == SHIPPED_MODEL_NAME and not Path(SHIPPED_MODEL_NAME).exists()


def default_model_bytes() -> bytes:
    return resources.files("reliability.models").joinpath(DEFAULT_MODEL_FILE).read_bytes()


def default_model() -> LinearModel:
    """The model shipped inside the package, checked against its recorded SHA-256."""
    if _DEFAULT:
        return _DEFAULT[0]
    raw = default_model_bytes()
    expected = resources.files("reliability.models").joinpath(DEFAULT_MODEL_FILE + ".sha256").read_text().split()[0]
    actual = hashlib.sha256(raw).hexdigest()
    if actual != expected:
        raise ModelFileError(
            f"model: the shipped {DEFAULT_MODEL_FILE} has SHA-256 {actual}, expected {expected}: "
            "the file was modified; reinstall the package"
        )
    model = LinearModel.from_dict(json.loads(raw.decode("utf-8")), origin=f"shipped {DEFAULT_MODEL_FILE}")
    _DEFAULT.append(model)
    return model
