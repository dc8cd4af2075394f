"""Outlet profiles: identity, shrinkage, batch rows, the `sources` command, properties."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reliability.cli import main
from reliability.errors import ArticleTypeError, InvalidArticleError
from reliability.sources import (
    SourcePrior,
    canonical_outlet,
    feature_norms,
    fit_outlet_sd,
    outlet_share,
    score_source,
    score_sources,
)

PRIOR = SourcePrior(mean_logit=1.0, between_sd=1.0, within_sd=2.0)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://www.theguardian.com/world/2024/jun/19/story?x=1#c", "theguardian.com"),
        ("http://WWW.CNN.com:8080/", "cnn.com"),
        ("cnn.com.", "cnn.com"),
        ("www2.example.org/path", "example.org"),
        ("m.example.co.uk", "example.co.uk"),
        ("user@news.example.com", "news.example.com"),
        ("insider.foxnews.com", "insider.foxnews.com"),
        ("www.com", "www.com"),
        ("  Reuters.com  ", "reuters.com"),
        ("The Guardian", "the-guardian"),
        ("Le Monde Diplomatique", "le-monde-diplomatique"),
        ("Café Société", "cafe-societe"),
        ("right-wing-news", "right-wing-news"),
        ("ABC", "abc"),
        ("U.S. News & World Report", "u-s-news-world-report"),
    ],
)
def test_canonical_outlet_table(raw: str, expected: str) -> None:
    assert canonical_outlet(raw) == expected


def test_canonical_outlet_rejects_empty_and_non_text() -> None:
    with pytest.raises(InvalidArticleError, match=r"name_or_url: expected an outlet name, domain or URL"):
        canonical_outlet("  --  ")
    with pytest.raises(ArticleTypeError, match=r"name_or_url: expected a str .* received int 3"):
        canonical_outlet(3)  # type: ignore[arg-type]


def test_two_articles_give_a_wide_interval_near_the_prior() -> None:
    profile = score_source([{"logit": -2.0}, {"logit": -2.5}], source="tiny.example", prior=PRIOR)
    low, high = profile.interval
    assert profile.n_articles == 2
    assert high - low > 0.25
    assert low < PRIOR.share < high or abs(profile.estimate - PRIOR.share) < abs(profile.estimate - outlet_share(-2.25, 2.0))
    assert profile.data_weight < 0.5
    assert profile.label == "uncertain"


def test_two_hundred_consistent_articles_give_a_narrow_interval_near_their_mean() -> None:
    profile = score_source([{"logit": -2.0}] * 200, prior=PRIOR)
    low, high = profile.interval
    assert high - low < 0.08
    assert profile.data_weight > 0.98
    assert abs(profile.posterior_logit - (-2.0)) < 0.1
    assert low <= outlet_share(-2.0, PRIOR.within_sd) <= high
    assert profile.label == "not credible"


def test_outlet_sd_keeps_a_floor_under_the_width() -> None:
    wide = SourcePrior(1.0, 1.0, 1.5, outlet_sd=1.0)
    profile = score_source([{"logit": -2.0}] * 200, prior=wide)
    assert profile.interval[1] - profile.interval[0] > 0.2
    assert profile.total_logit_sd == pytest.approx(math.hypot(profile.posterior_logit_sd, 1.0))


def test_no_judged_articles_returns_the_prior() -> None:
    profile = score_source([{"credibility": None, "logit": None, "label": "insufficient text"}], prior=PRIOR)
    assert profile.n_articles == 0 and profile.n_unjudged == 1
    assert profile.label == "insufficient articles"
    assert profile.estimate == pytest.approx(PRIOR.share)


def test_prior_from_groups_recovers_spreads() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    groups = {f"o{i}": list(rng.normal(mu, 1.5, 40)) for i, mu in enumerate(rng.normal(0.5, 1.0, 60))}
    prior = SourcePrior.from_groups(groups)
    assert prior.within_sd == pytest.approx(1.5, abs=0.1)
    assert prior.between_sd == pytest.approx(1.0, abs=0.3)
    assert prior.mean_logit == pytest.approx(0.5, abs=0.35)


def test_fit_outlet_sd_grows_with_model_error() -> None:
    prior = SourcePrior(0.0, 1.0, 0.5)
    profiles = [score_source([{"logit": 0.0}] * 40, prior=prior) for _ in range(6)]
    assert fit_outlet_sd(profiles, [20, 21, 19, 20, 20, 22]) == 0.0
    assert fit_outlet_sd(profiles, [2, 38, 5, 35, 1, 39]) > 1.0


def _batch_rows() -> list[dict[str, object]]:
    rows = []
    for index in range(12):
        outlet = ["https://www.alpha.example/a", "alpha.example", "Beta News"][index % 3]
        logit = 2.0 if "alpha" in outlet else -1.0
        rows.append({
            "id": f"a{index}", "domain": outlet, "credibility": 1 / (1 + math.exp(-logit)), "label": "credible",
            "logit": logit, "word_count": 300,
            "features": {"anonymous_source_density": 6.0 if "Beta" in outlet else 1.0, "hedging_density": None},
            "evidence": [{"feature": "anonymous_source_density", "start": 0, "end": 14,
                          "text": f"officials said {index}", "note": "unnamed source", "field": "text"}],
        })
    return rows


def test_score_sources_on_batch_output_rows_does_not_rescore() -> None:
    profiles = score_sources(_batch_rows(), "domain", prior=PRIOR, norms={"anonymous_source_density": 2.0})
    by_name = {profile.source: profile for profile in profiles}
    assert set(by_name) == {"alpha.example", "beta-news"}
    assert by_name["alpha.example"].n_articles == 8 and by_name["beta-news"].n_articles == 4
    assert [profile.source for profile in profiles] == ["alpha.example", "beta-news"]  # sorted by estimate
    beta = by_name["beta-news"]
    assert beta.features[0].feature == "anonymous_source_density"
    assert beta.features[0].ratio == pytest.approx(3.0)
    assert "3x the median outlet" in beta.summary()
    assert beta.evidence and beta.evidence[0].article.startswith("a")
    assert json.loads(json.dumps(beta.to_dict()))["n_articles"] == 4


def test_score_sources_estimates_prior_and_norms_from_many_outlets() -> None:
    rows = [{"source": f"o{i % 6}.example", "logit": float(i % 6) - 2 + (i % 2) * 0.5,
             "features": {"number_density": float(i % 6)}} for i in range(60)]
    profiles = score_sources(rows, sort="source")
    assert [p.source for p in profiles][:2] == ["o0.example", "o1.example"]
    assert profiles[0].prior.origin.startswith("estimated from 6 outlets")
    assert profiles[3].features[0].norm == pytest.approx(2.5)


def test_score_sources_rejects_bad_options() -> None:
    with pytest.raises(InvalidArticleError, match=r"sort: expected one of"):
        score_sources([], sort="best")  # type: ignore[arg-type]
    with pytest.raises(ArticleTypeError, match=r"records\[0\]: expected a dict"):
        score_sources(["text"])


def test_feature_norms_is_the_median_outlet() -> None:
    assert feature_norms([{"x": 1.0}, {"x": 2.0}, {"x": 9.0}, {"x": 4.0}]) == {"x": 3.0}


def test_cli_sources_writes_csv(tmp_path: Path) -> None:
    data = tmp_path / "scored.jsonl"
    data.write_text("".join(json.dumps(row) + "\n" for row in _batch_rows()) + "not json\n", encoding="utf-8")
    output = tmp_path / "outlets.csv"
    out, err = io.StringIO(), io.StringIO()
    code = main(["sources", str(data), "--source-field", "domain", "--output", str(output), "--sort", "n_articles"],
                stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert [row["source"] for row in rows] == ["alpha.example", "beta-news"]
    assert float(rows[0]["lower"]) <= float(rows[0]["estimate"]) <= float(rows[0]["upper"])
    assert "skipped 1 malformed" in err.getvalue()


def test_cli_sources_scores_raw_articles_and_explains_missing_field(tmp_path: Path) -> None:
    text = "Officials said the bridge could reopen next week, the city engineer told reporters. " * 8
    data = tmp_path / "raw.jsonl"
    data.write_text("".join(json.dumps({"id": i, "url": f"https://www.site{i % 2}.example/x", "text": text}) + "\n"
                            for i in range(4)), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["sources", str(data), "--source-field", "domain"], stdout=out, stderr=err) == 0
    assert "site0.example" in out.getvalue() and "site1.example" in out.getvalue()
    data.write_text(json.dumps({"id": 1, "logit": 1.0}) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["sources", str(data), "--source-field", "domain"], stdout=out, stderr=err) == 2
    assert "no row has a 'domain' field" in err.getvalue()


@given(st.lists(st.one_of(st.floats(allow_nan=False), st.sampled_from([math.inf, -math.inf, 1e308])), max_size=50),
       st.floats(min_value=0.01, max_value=0.99))
def test_interval_contains_estimate_within_unit_range(logits: list[float], level: float) -> None:
    profile = score_source([{"logit": value} for value in logits], prior=PRIOR, level=level)
    low, high = profile.interval
    assert 0.0 <= low <= profile.estimate <= high <= 1.0
    assert profile.n_articles == len(logits)
