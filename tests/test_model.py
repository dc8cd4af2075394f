"""The shipped model: plain data, checked, exactly additive, reproducible."""

from __future__ import annotations

import copy
import hashlib
import json
import math
from pathlib import Path

import pytest

from reliability import ModelFileError, score
from reliability.features import FEATURE_NAMES
from reliability.model import LinearModel, default_model, default_model_bytes, load_model
from tests.conftest import ROOT, requires_shared_data


def test_shipped_model_is_json_with_recorded_hash() -> None:
    raw = default_model_bytes()
    data = json.loads(raw)
    assert data["format"] == "reliability-linear-model/1"
    recorded = (ROOT / "src/reliability/models/default.json.sha256").read_text().split()[0]
    assert hashlib.sha256(raw).hexdigest() == recorded
    model = default_model()
    assert set(model.feature_names) <= set(FEATURE_NAMES)  # the shipped model has no learned vocabulary
    assert 0 < model.base_rate < 1


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (lambda d: d["features"][0].update(weight=float("nan")), "weight must be a finite number"),
        (lambda d: d["features"][0].update(name="no_such_feature"), "unknown feature name 'no_such_feature'"),
        (lambda d: d["features"][0].update(scale=0), "need scale > 0"),
        (lambda d: d.update(format="pickle"), "expected a JSON object with format"),
        (lambda d: d.update(base_rate=1.5), "base_rate must be a number strictly between 0 and 1"),
        (lambda d: d["features"].append(copy.deepcopy(d["features"][0])), "duplicate feature"),
        (lambda d: d["uncertainty_basis"][0].pop(), "uncertainty_basis must be a list of rows"),
        (lambda d: d["uncertainty_basis"][0].__setitem__(0, float("inf")), "uncertainty_basis must be a list of rows"),
    ],
)
def test_user_model_files_are_validated(tmp_path: Path, mutation, message: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(default_model_bytes())
    mutation(data)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelFileError, match=message):
        load_model(path)


def test_unreadable_and_non_json_model_files(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="cannot read"):
        load_model(tmp_path / "absent.json")
    path = tmp_path / "pickle.json"
    path.write_bytes(b"\x80\x04\x95")
    with pytest.raises(ModelFileError, match="is not valid JSON"):
        load_model(path)


def test_user_model_round_trip_gives_identical_scores(tmp_path: Path, seed_texts: dict[str, str]) -> None:
    path = tmp_path / "copy.json"
    default_model().save(path)
    text = seed_texts["000"]
    assert score(text, model=path).to_dict()["credibility"] == score(text).credibility


def test_contributions_are_weight_times_standardised_value(seed_texts: dict[str, str]) -> None:
    model: LinearModel = default_model()
    result = score(seed_texts["002"])
    for feature in model.features:
        value = result.features[feature.name]
        expected = feature.weight * feature.standardise(value)
        assert result.contributions[feature.name] == expected
        if math.isnan(value):
            assert expected == 0.0


@requires_shared_data
def test_training_reproduces_the_shipped_model() -> None:
    # Byte for byte on the machine that trained it; another CPU's floating-point kernels change the
    # last digits (the model trained on an Intel host rebuilt on an AMD one differed by up to 1.0e-9),
    # so every number must agree within 1e-6 relative and everything else exactly.
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_default
    finally:
        sys.path.pop(0)
    from reliability.corpora import default_data_dir

    shipped = default_model_bytes().decode("utf-8")
    agree, largest = train_default.compare(train_default.build(default_data_dir()), shipped)
    assert agree, f"the rebuilt model differs from the shipped one (largest numeric difference {largest:.3g})"


def test_model_comparison_tolerates_only_floating_point_noise() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import train_default
    finally:
        sys.path.pop(0)
    shipped = default_model_bytes().decode("utf-8")
    model = json.loads(shipped)
    model["features"][1]["weight"] *= 1 + 1e-10
    assert train_default.compare(json.dumps(model), shipped)[0]
    model["features"][1]["weight"] *= 1.01
    assert not train_default.compare(json.dumps(model), shipped)[0]
    model = json.loads(shipped)
    model["features"][1]["name"] = "renamed"
    assert not train_default.compare(json.dumps(model), shipped)[0]


def test_interval_is_the_weights_uncertainty_around_the_score(seed_texts: dict[str, str]) -> None:
    model = default_model()
    result = score(seed_texts["002"])
    standard_error = model.logit_standard_error(result.features)
    assert standard_error is not None and 0 < standard_error < 1
    low, high = result.interval
    assert math.log(low / (1 - low)) == pytest.approx(result.logit - 1.6448536269514722 * standard_error)
    assert math.log(high / (1 - high)) == pytest.approx(result.logit + 1.6448536269514722 * standard_error)
    without_basis = LinearModel(model.name, model.features, model.intercept, model.base_rate, model.metadata,
                                vocabulary=model.vocabulary)
    assert score(seed_texts["002"], model=without_basis).interval is None


def test_a_model_path_is_read_once_and_again_when_the_file_changes(
        tmp_path: Path, seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import reliability.api as api

    text = next(iter(seed_texts.values()))
    path = tmp_path / "model.json"
    data = default_model().to_dict()
    path.write_text(json.dumps(data), encoding="utf-8")
    reads = []
    monkeypatch.setattr(api, "load_model", lambda p: reads.append(p) or load_model(p))
    first = [score(text, model=str(path)).logit for _ in range(3)]
    assert len(reads) == 1 and first[0] == first[1] == first[2] == score(text).logit
    # A new file at the same path (another intercept) is read again, not served from memory.
    data["intercept"] += 1.0
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    shifted = score(text, model=path).logit
    assert len(reads) == 2 and shifted == pytest.approx(first[0] + 1.0)
