"""reliability.evaluation, the publisher-dominance guard, model cards, `reliability evaluate`/`train`, persistence."""

from __future__ import annotations

import io
import json
import math
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from reliability import score
from reliability.cli import main
from reliability.errors import ArticleTypeError, InvalidArticleError
from reliability.evaluation import (
    apply_prior,
    bootstrap,
    brier,
    calibrated_ece,
    cross_validate,
    evaluate,
    evaluation_markdown,
    expected_calibration_error,
    linear_probabilities,
    point_metrics,
    reliability_curve,
    roc_auc,
)
from reliability.model import default_model, load_model
from reliability.training import dominance_details, fit_model, model_card, publisher_dominance

# ---------------------------------------------------------------- synthetic labelled articles

_CREDIBLE = [
    "Officials said on Monday that the bridge would reopen next week, according to the city transport office.",
    "The report, published by the state auditor, found that spending rose by 4 percent in 2015.",
    "\"We expect the repairs to finish in March,\" said Maria Lopez, a spokeswoman for the department.",
    "The council voted 7 to 2 in favour of the budget, the minutes show.",
    "Researchers at the university measured the river level at 12 sites over three years.",
]
_NOT_CREDIBLE = [
    "SHOCKING!!! You won't believe what they are hiding from you!!!",
    "Some people are saying the elites could be secretly planning a total disaster.",
    "This is the most outrageous, disgusting betrayal in history, and you must share it now!",
    "Sources claim the truth is being covered up, and it might be far worse than anyone thinks.",
    "Wake up! They do not want you to know this unbelievable secret!",
]


def _records(n: int = 40, seed: int = 0) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    records = []
    for index in range(n):
        label = index % 2
        pool = _CREDIBLE if label else _NOT_CREDIBLE
        other = _NOT_CREDIBLE if label else _CREDIBLE
        # Mostly one pool, a little of the other, varying length: features vary within each class.
        sentences = [rng.choice(pool) for _ in range(rng.randint(6, 14))] + [rng.choice(other) for _ in range(rng.randint(0, 2))]
        rng.shuffle(sentences)
        # Every seventh label is flipped: separable data would make the logistic fits crawl to convergence.
        label = 1 - label if index % 7 == 3 else label
        records.append({
            "id": f"a{index}", "text": " ".join(sentences), "title": "Bridge update" if label else "You Won't Believe This",
            "label": label, "verdict": "true" if label else "false", "outlet": f"outlet{index % 5}",
        })
    return records


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return _records()


@pytest.fixture(autouse=True)
def one_blas_thread() -> Any:
    # Tiny logistic fits: BLAS threads only contend on a busy machine (many times slower).
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        yield


# ---------------------------------------------------------------- metrics on hand-made inputs


@pytest.mark.parametrize(
    ("y", "p", "expected"),
    [
        ([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4], 1.0),
        ([0, 0, 1, 1], [0.4, 0.3, 0.2, 0.1], 0.0),
        ([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], 0.5),
        ([0, 1, 1], [0.2, 0.2, 0.9], 0.75),  # one tie between the classes counts one half
    ],
)
def test_roc_auc_on_hand_made_rankings(y: list[int], p: list[float], expected: float) -> None:
    assert roc_auc(y, p) == pytest.approx(expected)


def test_roc_auc_matches_scikit_learn_with_ties_and_is_undefined_for_one_class() -> None:
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 300)
    p = np.round(rng.random(300), 1)
    assert roc_auc(y, p) == pytest.approx(roc_auc_score(y, p), abs=1e-12)
    assert math.isnan(roc_auc([1, 1, 1], [0.1, 0.5, 0.9]))


def test_brier_and_ece_on_hand_made_inputs() -> None:
    assert brier([1, 0], [1.0, 0.0]) == 0.0
    assert brier([1, 0], [0.5, 0.5]) == 0.25
    # Bins [0.2, 0.3) and [0.7, 0.8) each perfectly calibrated.
    assert expected_calibration_error([1, 0, 0, 0, 1, 1, 1, 0], [0.25] * 4 + [0.75] * 4) == pytest.approx(0.0, abs=1e-12)
    # p = 1.0 belongs to the top bin: mean prediction 0.975 against an observed 0.5.
    assert expected_calibration_error([1, 0, 1, 0], [0.95, 0.95, 1.0, 1.0]) == pytest.approx(0.475)


def test_calibrated_ece_is_the_noise_floor_of_a_calibrated_model() -> None:
    rng = np.random.default_rng(1)
    p = rng.random(400)
    floor = calibrated_ece(p)
    assert calibrated_ece(p) == floor  # seeded: the same figures every run
    assert 0.0 < floor["mean"] < floor["p95"]
    # Labels drawn from the predictions themselves fall under the 95th percentile most of the time...
    below = [expected_calibration_error((rng.random(400) < p).astype(int), p) <= floor["p95"] for _ in range(200)]
    assert 0.88 <= sum(below) / len(below) <= 1.0
    # ...while a model 0.15 too confident about credibility is far above it.
    assert expected_calibration_error((rng.random(400) < np.clip(p - 0.15, 0, 1)).astype(int), p) > floor["p95"]
    # The floor shrinks as the sample grows (about as one over its square root).
    assert calibrated_ece(np.tile(p, 16))["mean"] < floor["mean"] / 2.5
    # More draws estimate the same mean, to within their sampling error.
    assert calibrated_ece(p, n_draws=3000)["mean"] == pytest.approx(floor["mean"], rel=0.1)
    with pytest.raises(ValueError, match="non-empty 1-d"):
        calibrated_ece([])


def test_bootstrap_is_paired_deterministic_and_covers_the_point_estimate() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 300)
    p = np.clip(0.5 * y + 0.5 * rng.random(300), 0, 1)
    q = rng.random(300)
    result = bootstrap(y, {"a": p, "b": q}, 300)
    for name, predictions in (("a", p), ("b", q)):
        for metric, value in point_metrics(y, predictions).items():
            low, high = result["intervals"][name][metric]
            assert low <= value <= high, (name, metric)
    assert list(result["delta_auc"]) == ["a-b"]
    assert bootstrap(y, {"a": p, "b": q}, 300) == result
    assert list(bootstrap(y, {"a": p, "b": q}, 50, pairs=[("b", "a")])["delta_auc"]) == ["b-a"]


def test_reliability_curve_bins() -> None:
    curve = reliability_curve([0, 0, 1, 1], [0.05, 0.15, 0.85, 1.0])
    assert curve["count"] == [1, 1, 0, 0, 0, 0, 0, 0, 1, 1]
    assert curve["observed"][0] == 0.0 and curve["observed"][9] == 1.0
    assert math.isnan(curve["observed"][5])
    assert len(curve["edges"]) == 11


def test_apply_prior_is_the_logit_shift_score_applies() -> None:
    text = "Officials said the bridge would reopen next week, according to the city. " * 8
    model = default_model()
    plain, shifted = score(text), score(text, prior=0.3)
    assert plain.credibility is not None and shifted.credibility is not None
    assert apply_prior([plain.credibility], 0.3, model.base_rate)[0] == pytest.approx(shifted.credibility, abs=1e-9)
    assert apply_prior([0.42], model.base_rate, model.base_rate)[0] == pytest.approx(0.42)
    with pytest.raises(ValueError, match=r"^prior: expected a probability strictly between 0 and 1, received 1.0$"):
        apply_prior([0.5], 1.0, 0.5)


def test_linear_probabilities_match_score(records: list[dict[str, Any]]) -> None:
    from reliability.training import model_feature_matrix

    model = default_model()
    raw = model_feature_matrix(records[:4], model)
    for record, probability in zip(records[:4], linear_probabilities(model, raw)):
        assert score(record["text"], title=record["title"]).credibility == pytest.approx(probability, abs=1e-9)


# ---------------------------------------------------------------- evaluate() and cross_validate()


def test_evaluate_on_a_small_synthetic_set(records: list[dict[str, Any]]) -> None:
    groups = [record["outlet"] for record in records]
    result = evaluate(default_model(), records, groups=groups, prior=0.5, n_resamples=50)
    assert result["n"] == 40 and result["n_credible"] == sum(record["label"] for record in records)
    assert set(result["models"]) == {"model", "model+prior", "length"}
    # The prior shift moves calibration, never the ranking.
    assert result["models"]["model+prior"]["auc"] == pytest.approx(result["models"]["model"]["auc"])
    assert result["models"]["model"]["auc"] > 0.7  # the pools are easy to tell apart
    assert set(result["per_group"]) == {f"outlet{i}" for i in range(5)}
    assert set(result["delta_auc"]) == {"model-length", "model+prior-length"}
    assert set(result["ece_floor"]) == {"model", "model+prior"}
    for name, floor in result["ece_floor"].items():
        assert floor == calibrated_ece(result["predictions"][name])
    report = evaluation_markdown(result)
    assert "| model | " in report and "length alone (out-of-fold)" in report
    assert f"would show an ECE of {result['ece_floor']['model']['mean']:.3f} on average" in report


def test_cli_evaluate_warns_about_a_small_class(records: list[dict[str, Any]], tmp_path: Path) -> None:
    data = _write_jsonl(records, tmp_path / "data.jsonl")  # 20 credible, 20 not
    model = tmp_path / "model.json"
    model.write_text(default_model().to_json(), encoding="utf-8")
    err = io.StringIO()
    assert main(["evaluate", str(model), str(data), "--label", "verdict", "--positive", "true", "--bootstrap", "0",
                 "--cv"], stdout=io.StringIO(), stderr=err) == 0
    assert "warning: only 20 records in the smaller class" in err.getvalue() and "--cv" in err.getvalue()


def test_report_without_resamples_promises_no_intervals(records: list[dict[str, Any]]) -> None:
    report = evaluation_markdown(evaluate(default_model(), records, n_resamples=0))
    assert "[95 % CI]" not in report and "intervals: none (no bootstrap resamples)" in report
    assert "| model | ROC-AUC | Brier | ECE |" in report
    assert "| model | ROC-AUC [95 % CI] |" in evaluation_markdown(evaluate(default_model(), records, n_resamples=20))


def test_evaluate_rejects_bad_labels(records: list[dict[str, Any]]) -> None:
    bad = [dict(record, label="true") for record in records]
    with pytest.raises(ValueError, match=r"^records: expected 'label' 0 \(not credible\) or 1 \(credible\) on every record, received 'true'$"):
        evaluate(default_model(), bad, n_resamples=0)
    with pytest.raises(ValueError, match=r"^records: expected both classes, received only label 1$"):
        evaluate(default_model(), [dict(record, label=1) for record in records], n_resamples=0)



@pytest.mark.parametrize(("options", "error", "message"), [
    ({"prior": "0.5"}, ArticleTypeError, "prior: expected a float strictly between 0 and 1, or None, received str '0.5'"),
    ({"prior": 1.5}, InvalidArticleError, "prior: expected a float strictly between 0 and 1, or None, received float 1.5"),
    ({"n_resamples": "10"}, ArticleTypeError, "n_resamples: expected a non-negative int, received str '10'"),
    ({"n_resamples": -1}, InvalidArticleError, "n_resamples: expected a non-negative int, received int -1"),
])
def test_evaluate_names_bad_options(records: list[dict[str, Any]], options: dict, error: type, message: str) -> None:
    # prior="0.5" and n_resamples="10" were bare TypeErrors from a comparison.
    with pytest.raises(error) as raised:
        evaluate(default_model(), records, **options)
    assert str(raised.value) == message


def test_evaluate_says_when_there_are_no_records() -> None:
    # was "records: expected both classes, received only label None"
    with pytest.raises(ValueError, match=r"^records: expected labelled records of both classes, received none$"):
        evaluate(default_model(), [], n_resamples=0)

def test_cross_validate_random_and_grouped(records: list[dict[str, Any]]) -> None:
    groups = [record["outlet"] for record in records]
    features = ["exclamation_density", "named_attribution_density", "hedging_density", "all_caps_density"]
    result = cross_validate(records, groups=groups, features=features, models=("ours", "length"), n_resamples=0)
    assert [entry["split"] for entry in result["splits"]] == ["random", "grouped"]
    for entry in result["splits"]:
        assert entry["n_folds"] == 5
        assert entry["models"]["ours"]["auc"] > 0.6
        assert 0.0 <= entry["models"]["length"]["auc"] <= 1.0


# ---------------------------------------------------------------- publisher dominance and the guard


def test_publisher_dominance_on_a_synthetic_matrix() -> None:
    groups = np.array(["a"] * 10 + ["b"] * 10 + ["c"] * 20)
    rng = np.random.default_rng(0)
    only_a = np.where(groups == "a", 1.0, 0.0)  # only outlet a ever fires it
    everywhere = rng.random(40) + 0.1  # non-zero everywhere: proportional
    half_a = np.where((groups == "a") | (np.arange(40) % 4 == 0), 1.0, 0.0)
    undefined = np.full(40, np.nan)
    raw = np.column_stack([only_a, everywhere, half_a, undefined])
    names = ["urgency_density", "word_count_log", "secrecy_density", "date_conflicts"]
    dominance = publisher_dominance(raw, groups, names)
    assert dominance["urgency_density"] == pytest.approx(1.0)
    assert dominance["word_count_log"] == pytest.approx(0.0)
    # a: 10 of the 17 non-zero values against 10 of 40 articles: (10/17 - 1/4) / (3/4).
    assert dominance["secrecy_density"] == pytest.approx((10 / 17 - 0.25) / 0.75)
    assert math.isnan(dominance["date_conflicts"])
    details = dominance_details(raw, groups, names)
    assert details["urgency_density"]["outlet"] == "a" and details["urgency_density"]["n_nonzero"] == 10
    with pytest.raises(ValueError, match=r"^raw: expected shape \(40, 3\) matching groups and features, received \(40, 4\)$"):
        publisher_dominance(raw, groups, names[:3])


def test_fit_model_max_dominance_drops_and_records() -> None:
    rng = np.random.default_rng(1)
    groups = np.array([f"g{i % 6}" for i in range(240)])
    y = (rng.random(240) < 0.5).astype(int)
    signal = y + rng.normal(0, 0.7, 240)
    fingerprint = np.where(groups == "g0", rng.random(240) + 0.5, 0.0)
    raw = np.column_stack([signal, fingerprint, rng.normal(size=240)])
    names = ["x_signal", "x_fingerprint", "x_noise"]
    model = fit_model(raw, y, groups, features=names, max_dominance=0.5)
    assert model.feature_names == ("x_signal", "x_noise")
    assert model.metadata["dropped_for_dominance"] == {"x_fingerprint": 1.0}
    assert model.metadata["max_dominance"] == 0.5
    assert "dropped_for_dominance" not in fit_model(raw, y, groups, features=names).metadata  # default unchanged
    with pytest.raises(ValueError, match=r"^max_dominance: expected groups \(the outlet of each row\) to measure dominance, received None$"):
        fit_model(raw, y, None, features=names, max_dominance=0.5)


def test_model_card_lists_data_labels_groups_metrics_and_limits() -> None:
    rng = np.random.default_rng(2)
    y = np.array([0, 1] * 30)
    raw = np.column_stack([y + rng.normal(0, 0.5, 60), rng.normal(size=60)])
    model = fit_model(raw, y, np.array([f"g{i % 5}" for i in range(60)]), features=["a", "b"], name="mine",
                      metadata={"training_data": "data.jsonl", "label_field": "verdict",
                                "positive_values": ["true"], "group_field": "outlet"})
    card = model_card(model, {"protocol": "grouped: GroupKFold(5)", "auc": 0.8, "auc_ci": [0.7, 0.9],
                              "brier": 0.2, "brier_ci": [0.1, 0.3], "ece": 0.05, "ece_ci": [0.02, 0.08]})
    for expected in ("# Model card: mine", "`data.jsonl`", "field `verdict` is one of 'true'", "field `outlet`",
                     "Split protocol: grouped: GroupKFold(5)", "| 0.800 [0.700, 0.900] |", "C = ",
                     "## Intended use and limits", "| a | identity |"):
        assert expected in card, expected
    assert "Not measured" in model_card(model, None)


# ---------------------------------------------------------------- the command line


def _write_jsonl(records: list[dict[str, Any]], path: Path) -> Path:
    path.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "label"}) + "\n" for r in records),
                    encoding="utf-8")
    return path


def test_cli_train_writes_model_and_card_then_evaluate(records: list[dict[str, Any]], tmp_path: Path) -> None:
    data = _write_jsonl(records, tmp_path / "data.jsonl")
    model_path = tmp_path / "mine.json"
    out, err = io.StringIO(), io.StringIO()
    code = main(["train", str(data), "--label", "verdict", "--positive", "true", "--group", "outlet",
                 "-o", str(model_path), "--bootstrap", "50"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert load_model(model_path).metadata["group_field"] == "outlet"
    card = (tmp_path / "mine.card.md").read_text(encoding="utf-8")
    assert "Split protocol: grouped: GroupKFold(5)" in card and "`" + str(data) + "`" in card
    assert "ROC-AUC" in out.getvalue()

    report_path = tmp_path / "report.md"
    code = main(["evaluate", str(model_path), str(data), "--label", "verdict", "--positive", "true",
                 "--group", "outlet", "--prior", "0.5", "--bootstrap", "50", "--output", str(report_path)],
                stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    report = report_path.read_text(encoding="utf-8")
    assert "| model, prior-shifted |" in report and "| outlet0 |" in report

    out = io.StringIO()
    code = main(["evaluate", str(model_path), str(data), "--label", "verdict", "--positive", "true",
                 "--cv", "--bootstrap", "0"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "| random | ours (additive, calibrated) |" in out.getvalue()
    assert "| grouped |" not in out.getvalue()  # no --group: no grouped split


def test_cli_train_free_signs(records: list[dict[str, Any]], tmp_path: Path) -> None:
    data = _write_jsonl(records, tmp_path / "data.jsonl")
    err = io.StringIO()
    for flags, constrained in (([], True), (["--free-signs"], False)):
        model_path = tmp_path / f"model{len(flags)}.json"
        code = main(["train", str(data), "--label", "verdict", "--positive", "true", "-o", str(model_path),
                     "--no-cv", *flags], stdout=io.StringIO(), stderr=err)
        assert code == 0, err.getvalue()
        metadata = load_model(model_path).metadata
        assert ("sign_constraints" in metadata) is constrained
        card = model_path.with_name(model_path.stem + ".card.md").read_text(encoding="utf-8")
        assert ("Weights unconstrained in sign." in card) is not constrained


def test_cli_train_word_choice_then_score_and_evaluate(tmp_path: Path) -> None:
    from tests.test_word_choice import _synthetic

    records, y, groups = _synthetic()
    data = tmp_path / "words.jsonl"
    data.write_text("".join(json.dumps({"text": r["text"], "verdict": "true" if label else "false", "outlet": g}) + "\n"
                            for r, label, g in zip(records, y.tolist(), groups.tolist())), encoding="utf-8")
    model_path = tmp_path / "words.json"
    out, err = io.StringIO(), io.StringIO()
    code = main(["train", str(data), "--label", "verdict", "--positive", "true", "--group", "outlet", "--word-choice",
                 "-o", str(model_path), "--bootstrap", "20"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    model = load_model(model_path)
    assert model.vocabulary is not None and model.feature_names[-1] == "word_choice"
    out = io.StringIO()
    assert main(["score", "--model", str(model_path), "--jsonl", "-"], stdout=out, stderr=err,
                stdin=io.StringIO(records[0]["text"])) == 0, err.getvalue()
    assert "word_choice" in json.loads(out.getvalue())["features"]
    out = io.StringIO()
    code = main(["evaluate", str(model_path), str(data), "--label", "verdict", "--positive", "true",
                 "--group", "outlet", "--cv", "--bootstrap", "0"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "| grouped | ours (additive, calibrated) |" in out.getvalue()


def test_cli_evaluate_usage_errors(records: list[dict[str, Any]], tmp_path: Path) -> None:
    data = _write_jsonl(records, tmp_path / "data.jsonl")
    model = tmp_path / "default.json"
    model.write_text(default_model().to_json(), encoding="utf-8")
    err = io.StringIO()
    code = main(["evaluate", str(model), str(data), "--label", "verdict", "--positive", "nope"],
                stdout=io.StringIO(), stderr=err)
    assert code == 2
    # The message says what was found: how many matched --positive and which label values exist.
    assert err.getvalue() == ("reliability evaluate: need at least 20 usable records with both classes; got 40 "
                              "(0 matching --positive nope); 0 skipped: 0 without a text in --text-field 'text', "
                              "0 without a value in --label 'verdict' (missing, null, empty or not a single value); "
                              "label values found: 'false' (20), 'true' (20)\n")
    err = io.StringIO()
    assert main(["evaluate", str(tmp_path / "missing.json"), str(data), "--label", "verdict", "--positive", "true"],
                stdout=io.StringIO(), stderr=err) == 2
    assert "cannot read" in err.getvalue()


def test_cli_files_may_follow_positive_values(records: list[dict[str, Any]], tmp_path: Path) -> None:
    # "--positive VALUE..." used to swallow the files after it, and argparse then said only
    # "the following arguments are required: DATA.jsonl".
    data = _write_jsonl(records, tmp_path / "data.jsonl")
    model_path = tmp_path / "mine.json"
    err = io.StringIO()
    code = main(["train", "--label", "verdict", "--positive", "true", "yes", str(data), "-o", str(model_path),
                 "--no-cv"], stdout=io.StringIO(), stderr=err)
    assert code == 0, err.getvalue()
    assert load_model(model_path).metadata["positive_values"] == ["true", "yes"]
    for argv in (["evaluate", "--label", "verdict", "--positive", "true", str(model_path), str(data)],
                 ["evaluate", str(model_path), "--label", "verdict", "--positive", "true", str(data)],
                 ["evaluate", "--label", "verdict", "--positive", "true", "default", str(data)]):
        out = io.StringIO()
        assert main([*argv, "--bootstrap", "0"], stdout=out, stderr=err) == 0, err.getvalue()
        assert out.getvalue().startswith("# Evaluation of ")
    err = io.StringIO()
    assert main(["train", "--label", "verdict", "--positive", "true", str(tmp_path / "absent.jsonl"), "-o",
                 str(model_path)], stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue() == (f"reliability train: expected DATA.jsonl: {str(tmp_path / 'absent.jsonl')!r} (read as a "
                              "value of --positive) is not a file; check the path, or put the files before --positive\n")
    err = io.StringIO()
    assert main(["evaluate", "--label", "verdict", "--positive", "true"], stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue() == "reliability evaluate: expected MODEL.json DATA.jsonl (missing: model, data)\n"


def test_cli_default_names_the_shipped_model(records: list[dict[str, Any]], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    data = _write_jsonl(records, tmp_path / "data.jsonl")
    monkeypatch.chdir(tmp_path)  # no file called "default" here
    err = io.StringIO()
    assert main(["evaluate", "default", str(data), "--label", "verdict", "--positive", "true", "--bootstrap", "20",
                 "-o", str(tmp_path / "report.json")], stdout=io.StringIO(), stderr=err) == 0
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["evaluation"]["model_name"] == default_model().name
    assert "the shipped model was trained on all of BuzzFeed-Webis 2016 and Horne 2017" in err.getvalue()
    # --model default scores exactly as no --model does.
    text = records[0]["text"]
    plain, named = io.StringIO(), io.StringIO()
    assert main(["score", "-", "--json"], stdin=io.StringIO(text), stdout=plain, stderr=io.StringIO()) == 0
    assert main(["score", "-", "--json", "--model", "default"], stdin=io.StringIO(text), stdout=named,
                stderr=io.StringIO()) == 0
    assert json.loads(named.getvalue()) == json.loads(plain.getvalue())
    # A file that is really called "default" is read as a model file, as before.
    (tmp_path / "default").write_text("{}", encoding="utf-8")
    err = io.StringIO()
    assert main(["evaluate", "default", str(data), "--label", "verdict", "--positive", "true"],
                stdout=io.StringIO(), stderr=err) == 2
    assert "reliability:" in err.getvalue()


def test_cli_train_reports_bad_input_clearly(records: list[dict[str, Any]], tmp_path: Path) -> None:
    lines = [json.dumps({k: v for k, v in r.items() if k != "label"}) for r in records]
    # The invalid line is line 4 of the file (a blank line before it): the message names that line.
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([*lines[:2], "", "{not json", *lines[2:]]) + "\n", encoding="utf-8")
    err = io.StringIO()
    code = main(["train", str(bad), "--label", "verdict", "--positive", "true", "-o", str(tmp_path / "m.json"),
                 "--no-cv"], stdout=io.StringIO(), stderr=err)
    assert code == 2 and f"{bad}: line 4: expected a JSON object, received invalid JSON" in err.getvalue()
    bad.write_text("\n".join([*lines[:2], "[1, 2]"]) + "\n", encoding="utf-8")
    err = io.StringIO()
    code = main(["train", str(bad), "--label", "verdict", "--positive", "true", "-o", str(tmp_path / "m.json"),
                 "--no-cv"], stdout=io.StringIO(), stderr=err)
    assert code == 2 and "line 3: expected a JSON object, received list" in err.getvalue()

    data = _write_jsonl(records, tmp_path / "data.jsonl")
    # A --group field no record has was silently turned into one group called 'None'.
    err = io.StringIO()
    code = main(["train", str(data), "--label", "verdict", "--positive", "true", "--group", "publisher",
                 "-o", str(tmp_path / "m.json"), "--no-cv"], stdout=io.StringIO(), stderr=err)
    assert code == 2 and "--group 'publisher': expected a field naming the outlet, found in none" in err.getvalue()
    # An output folder that does not exist: one line before any fitting, not a traceback after it.
    err = io.StringIO()
    code = main(["train", str(data), "--label", "verdict", "--positive", "true", "-o",
                 str(tmp_path / "no" / "m.json"), "--no-cv"], stdout=io.StringIO(), stderr=err)
    assert code == 2 and err.getvalue().startswith("reliability train: --output: cannot write")
    assert "does not exist" in err.getvalue() and "Traceback" not in err.getvalue()


# ---------------------------------------------------------------- skops persistence


def test_skops_round_trip_with_explicit_trusted_types(tmp_path: Path) -> None:
    pytest.importorskip("skops")
    from sklearn.pipeline import make_pipeline

    from reliability.estimators import CredibilityFeaturizer, CredibilityModel
    from reliability.persistence import RELIABILITY_TYPES, UntrustedTypesError, load_pipeline, save_pipeline, untrusted_types

    texts = [record["text"] for record in _records(30)]
    y = np.array([record["label"] for record in _records(30)])
    pipeline = make_pipeline(CredibilityFeaturizer(features=["exclamation_density", "named_attribution_density"]),
                             CredibilityModel())
    pipeline.fit(texts, y)
    path = tmp_path / "pipeline.skops"
    save_pipeline(pipeline, path)
    assert set(untrusted_types(path)) <= set(RELIABILITY_TYPES)
    with pytest.raises(UntrustedTypesError, match=r"^trusted: .* holds types not listed as trusted: \['reliability"):
        load_pipeline(path, trusted=[])
    loaded = load_pipeline(path, trusted=RELIABILITY_TYPES)
    np.testing.assert_allclose(loaded.predict_proba(texts), pipeline.predict_proba(texts))
    # trusted=None raised a bare TypeError; a generator was used up by the type check, so
    # every type in the file was then reported untrusted.
    for bad in (None, 42, "all"):
        with pytest.raises(UntrustedTypesError, match=r"^trusted: expected a sequence of fully qualified type names"):
            load_pipeline(path, trusted=bad)  # type: ignore[arg-type]
    loaded = load_pipeline(path, trusted=(name for name in RELIABILITY_TYPES))  # type: ignore[arg-type]
    np.testing.assert_allclose(loaded.predict_proba(texts), pipeline.predict_proba(texts))


def test_load_pipeline_without_skops_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    from reliability.persistence import SkopsMissingError, load_pipeline

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("skops"):
            raise ImportError("No module named 'skops'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(SkopsMissingError, match=r"install it with: pip install 'reliability\[skops\]'$"):
        load_pipeline(tmp_path / "x.skops", trusted=[])


def test_model_selection_leaves_one_outlet_out_when_there_are_three_to_four_outlets() -> None:
    import numpy as np

    from reliability.evaluation import inner_splits
    from reliability.training import _folds

    y = np.array([0, 1] * 20)
    for n_groups, expected_folds in ((4, 4), (3, 3), (6, 5)):
        groups = np.array([f"outlet{i % n_groups}" for i in range(len(y))])
        for folds in (_folds(y, groups, 5), inner_splits(y, groups)):
            assert len(folds) == expected_folds
            for train, test in folds:
                # Every test fold is whole outlets the training part never saw.
                assert not set(groups[test]) & set(groups[train])
    # Two outlets: too few to select on unseen outlets; stratified folds instead.
    groups = np.array([f"outlet{i % 2}" for i in range(len(y))])
    folds = _folds(y, groups, 5)
    assert len(folds) == 5 and any(set(groups[test]) & set(groups[train]) for train, test in folds)


def test_cli_evaluate_json_output_is_strict_json(records: list[dict[str, Any]], tmp_path: Path) -> None:
    # An outlet with one class has no AUC: it was written as the bare token NaN, which JSON
    # parsers other than Python's (jq, JavaScript, json.loads with parse_constant) reject.
    one_class = [dict(record, outlet="only-credible") if record["verdict"] == "true" and index < 10 else record
                 for index, record in enumerate(records)]
    data = _write_jsonl(one_class, tmp_path / "data.jsonl")
    model = tmp_path / "default.json"
    model.write_text(default_model().to_json(), encoding="utf-8")
    output = tmp_path / "report.json"
    err = io.StringIO()
    code = main(["evaluate", str(model), str(data), "--label", "verdict", "--positive", "true", "--group", "outlet",
                 "--bootstrap", "20", "--output", str(output)], stdout=io.StringIO(), stderr=err)
    assert code == 0, err.getvalue()

    def refuse(constant: str) -> None:
        raise ValueError(f"not JSON: {constant}")

    report = json.loads(output.read_text(encoding="utf-8"), parse_constant=refuse)
    assert report["evaluation"]["per_group"]["only-credible"]["auc"] is None


def test_cli_evaluate_writes_json_whatever_the_case_of_the_extension(records: list[dict[str, Any]],
                                                                      tmp_path: Path) -> None:
    # -o REPORT.JSON wrote the Markdown report under a .JSON name.
    data = _write_jsonl(records, tmp_path / "data.jsonl")
    model = tmp_path / "default.json"
    model.write_text(default_model().to_json(), encoding="utf-8")
    output = tmp_path / "REPORT.JSON"
    code = main(["evaluate", str(model), str(data), "--label", "verdict", "--positive", "true", "--bootstrap", "0",
                 "--output", str(output)], stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 0
    assert set(json.loads(output.read_text(encoding="utf-8"))) == {"evaluation", "cross_validation", "skipped"}


def test_cli_train_and_evaluate_refuse_out_of_range_options(records: list[dict[str, Any]], tmp_path: Path) -> None:
    # --max-dominance 5 (documented as 0-1) and --bootstrap -5 were accepted: the first dropped
    # nothing, the second silently left every interval out of the card and the report.
    data = _write_jsonl(records, tmp_path / "data.jsonl")
    model = tmp_path / "default.json"
    model.write_text(default_model().to_json(), encoding="utf-8")
    cases = [
        (["train", str(data), "--label", "verdict", "--positive", "true", "--group", "outlet", "--no-cv",
          "-o", str(tmp_path / "m.json"), "--max-dominance", "5"],
         "reliability: --max-dominance: expected a share from 0 to 1, received 5\n"),
        (["train", str(data), "--label", "verdict", "--positive", "true", "-o", str(tmp_path / "m.json"),
          "--bootstrap", "-5"],
         "reliability: --bootstrap: expected a non-negative int (0: no intervals), received -5\n"),
        (["evaluate", str(model), str(data), "--label", "verdict", "--positive", "true", "--bootstrap", "-1"],
         "reliability: --bootstrap: expected a non-negative int (0: no intervals), received -1\n"),
    ]
    for argv, message in cases:
        err = io.StringIO()
        assert main(argv, stdout=io.StringIO(), stderr=err) == 2, argv
        assert err.getvalue() == message
    assert not (tmp_path / "m.json").exists()


def test_save_pipeline_refuses_a_path_that_is_not_one() -> None:
    from reliability.errors import ArticleTypeError
    from reliability.persistence import save_pipeline

    # Path(5) was a bare TypeError from pathlib.
    with pytest.raises(ArticleTypeError, match=r"^path: expected a file path \(str or Path\), received int 5$"):
        save_pipeline(object(), 5)  # type: ignore[arg-type]


def test_evaluation_and_training_value_errors_are_reliability_errors() -> None:
    # They were plain ValueErrors; InvalidArticleError is still a ValueError.
    import numpy as np

    from reliability.errors import InvalidArticleError
    from reliability.evaluation import calibrated_ece
    from reliability.training import fit_model

    with pytest.raises(InvalidArticleError, match=r"^p: expected a non-empty 1-d sequence"):
        calibrated_ece([])
    with pytest.raises(InvalidArticleError, match=r"^y: expected both classes 0 and 1"):
        fit_model(np.zeros((3, 1)), np.array([1, 1, 1]), features=["word_count_log"])
