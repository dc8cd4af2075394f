"""Smoke tests for benchmarks/quality.py and benchmarks/speed.py: metrics on hand-made inputs, core paths on tiny data."""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from reliability.corpora import default_data_dir
from tests.conftest import load_benchmark

DATA = default_data_dir()
needs_data = pytest.mark.skipif(
    not (DATA / "buzzfeed_webis_2016" / "data.jsonl").exists(),
    reason=f"the labelled corpora are not at {DATA} (set RELIABILITY_DATA to run this test)",
)


_load = load_benchmark


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    return _load("quality")


@pytest.fixture(scope="module")
def speed() -> ModuleType:
    return _load("speed")


# ---------------------------------------------------------------- metrics on hand-made inputs


def test_auc_of_a_perfect_ranking_is_one(quality: ModuleType) -> None:
    y = np.array([0, 0, 0, 1, 1])
    assert quality.roc_auc(y, np.array([0.1, 0.2, 0.3, 0.8, 0.9])) == 1.0
    assert quality.roc_auc(y, np.array([0.9, 0.8, 0.7, 0.2, 0.1])) == 0.0
    assert quality.roc_auc(y, np.full(5, 0.5)) == 0.5


def test_auc_matches_scikit_learn_with_ties(quality: ModuleType) -> None:
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 200)
    p = np.round(rng.random(200), 1)  # many ties
    assert math.isclose(quality.roc_auc(y, p), roc_auc_score(y, p), abs_tol=1e-12)


def test_auc_with_one_class_is_undefined(quality: ModuleType) -> None:
    assert math.isnan(quality.roc_auc(np.ones(4), np.array([0.1, 0.2, 0.3, 0.4])))


def test_ece_of_perfectly_calibrated_bins_is_zero(quality: ModuleType) -> None:
    # Bin [0.2, 0.3): 1 of 4 credible at p = 0.25; bin [0.7, 0.8): 3 of 4 at p = 0.75.
    p = np.array([0.25] * 4 + [0.75] * 4)
    y = np.array([1, 0, 0, 0, 1, 1, 1, 0])
    assert quality.expected_calibration_error(y, p) == pytest.approx(0.0, abs=1e-12)


def test_ece_of_a_confident_wrong_model(quality: ModuleType) -> None:
    # Everything predicted 0.95 (top bin, p = 1.0 included) while half are credible: ECE = 0.45.
    p = np.array([0.95, 0.95, 1.0, 1.0])
    y = np.array([1, 0, 1, 0])
    assert quality.expected_calibration_error(y, p) == pytest.approx(0.475)


def test_brier(quality: ModuleType) -> None:
    assert quality.brier(np.array([1, 0]), np.array([1.0, 0.0])) == 0.0
    assert quality.brier(np.array([1, 0]), np.array([0.5, 0.5])) == 0.25


def test_bootstrap_interval_contains_the_point_estimate(quality: ModuleType) -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 300)
    p = np.clip(0.5 * y + 0.5 * rng.random(300), 0, 1)
    q = rng.random(300)
    result = quality.bootstrap(y, {"ours": p, "length": q}, 300)
    for name, predictions in (("ours", p), ("length", q)):
        point = quality.point_metrics(y, predictions)
        for metric, value in point.items():
            low, high = result["intervals"][name][metric]
            assert low <= value <= high, (name, metric, low, value, high)
    low, high = result["delta_auc"]["ours-length"]
    assert low <= quality.roc_auc(y, p) - quality.roc_auc(y, q) <= high
    # Deterministic: seed 0 gives the same intervals again.
    assert quality.bootstrap(y, {"ours": p, "length": q}, 300) == result


# ---------------------------------------------------------------- core paths on tiny data


@needs_data
def test_quality_core_on_a_tiny_subset(quality: ModuleType, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the reliability diagrams need the [bench] extra (matplotlib)")
    results = quality.run(
        DATA, 50, datasets=("webis_hyperpartisan",), splits=("grouped",), cross=False, figures_dir=tmp_path,
        cache_dir=None, limit=60, log=lambda message: None,
    )
    assert [(entry["dataset"], entry["split"]) for entry in results["within"]] == [("webis_hyperpartisan", "grouped")]
    for entry in results["within"]:
        assert entry["n"] == 60
        for model in quality.MODELS:
            metrics = entry["models"][model]
            assert 0.0 <= metrics["auc"] <= 1.0 and 0.0 <= metrics["brier"] <= 1.0 and 0.0 <= metrics["ece"] <= 1.0
            low, high = metrics["auc_ci"]
            assert low <= metrics["auc"] <= high
    assert (tmp_path / "reliability_webis_hyperpartisan_grouped.png").stat().st_size > 0
    report = quality.markdown({
        **results, "command": "test", "bootstrap": 50, "seconds": 0.0, "environment": quality.environment(),
    })
    assert "| webis_hyperpartisan | grouped |" in report


def test_speed_core_on_seed_articles(speed: ModuleType) -> None:
    articles, described = speed.load_articles(None, limit=3)
    assert "seed" in described and articles
    function, _ = speed.scorer(articles[0]["text"])
    measured = speed.throughput(function, articles[:2], repeats=1)
    assert measured["articles"] == 2 and measured["articles_per_second"] > 0
    text = speed.build_text([item["text"] for item in articles], 5_000)
    assert 2_500 < len(text.encode("utf-8")) <= 5_000
    rows = speed.scaling(function, [item["text"] for item in articles], (("2 KB", 2_000),))
    assert rows[0]["seconds_per_mb"] > 0


@needs_data
def test_speed_picks_real_articles_of_about_600_words(speed: ModuleType) -> None:
    articles, described = speed.load_articles(DATA, limit=5)
    assert "BuzzFeed-Webis" in described and len(articles) == 5
    assert all(500 <= speed._word_count(item["text"]) <= 700 for item in articles)


def test_speed_report_judges_score_alone_and_states_the_serialised_rate(speed: ModuleType) -> None:
    def row(rate: float) -> dict[str, float]:
        return {"articles": 200, "repeats": 5, "articles_per_second": rate, "ms_per_article": 1000 / rate}

    results = {
        "command": "python benchmarks/speed.py", "pinning": "pinned to CPU 0", "articles": "200 articles",
        "mean_words": 576.0,
        "environment": {"date": "d", "commit": "c", "cpu": "cpu", "nproc": 2, "python": "3.11"},
        "score": row(950.0), "score_call": "score + to_dict", "score_only": row(1010.0), "score_only_call": "score",
        "features": row(1100.0), "features_call": "extract",
    }
    report = speed.markdown(results)
    assert "| score() alone (Assessment with contributions and evidence spans) | `score` | 200 x 5 passes | 1010 |" in report
    assert "met (1010 articles/s for score() alone; 950 articles/s with to_dict(), below the target)." in report
    results["score_only"] = row(990.0)
    assert "NOT met (990 articles/s for score() alone" in speed.markdown(results)


def test_speed_throughput_in_fresh_processes_keeps_the_median_run(speed: ModuleType) -> None:
    rows = speed.throughputs_in_processes(None, 2, quick=True, log=lambda _: None)
    for key in ("score", "score_only", "features"):
        rates = rows[key]["process_rates"]
        assert len(rates) == 2 and all(rate > 0 for rate in rates)
        assert rows[key]["articles_per_second"] == sorted(rates)[0]  # the lower median of two
        assert rows[key + "_call"].startswith("reliability.")


def test_quality_without_matplotlib_stops_before_any_work(quality: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Without the [bench] extra the benchmark ran for two minutes, then died on "import matplotlib".
    import builtins

    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: object, **kwargs: object) -> object:
        if name.split(".")[0] == "matplotlib":
            raise ImportError("No module named 'matplotlib'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    data = tmp_path / "data"
    (data / "buzzfeed_webis_2016").mkdir(parents=True)
    (data / "buzzfeed_webis_2016" / "data.jsonl").write_text("", encoding="utf-8")
    monkeypatch.setattr(quality, "run", lambda *args, **kwargs: pytest.fail("the benchmark ran"))
    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    assert quality.main(["--data", str(data), "--out", str(tmp_path / "out")]) == 2
    assert "pip install '.[bench]'" in capsys.readouterr().err


BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize("script", sorted(path.name for path in BENCHMARKS.glob("*.py")
                                          if "\ndef main(" in path.read_text(encoding="utf-8")))
def test_every_benchmark_with_a_main_parses_its_arguments(script: str) -> None:
    # before_after.py, calibration_by_group.py, export_openapi.py, largest_input.py and sync_cards.py
    # ignored their arguments: `--help` ran the benchmark and rewrote its committed results.
    assert "parse_args(" in (BENCHMARKS / script).read_text(encoding="utf-8")


def test_benchmark_help_prints_usage_and_writes_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    results = BENCHMARKS / "results" / "before_after.md"
    before = results.read_bytes()
    done = subprocess.run([sys.executable, str(BENCHMARKS / "before_after.py"), "--help"], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("usage: before_after.py")
    assert results.read_bytes() == before
