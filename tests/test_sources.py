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
from tests.conftest import requires_shared_data, shared_data_dir
from reliability.errors import ArticleTypeError, InvalidArticleError
from reliability.sources import (
    SourcePrior,
    canonical_outlet,
    default_source_prior,
    feature_norms,
    fit_outlet_sd,
    outlet_sd_log_likelihood,
    outlet_sd_posterior,
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
        # An internationalised domain is a domain: it was slugged whole, path included
        # ("https-www-suddeutsche-de-politik"), one outlet per article.
        ("https://www.süddeutsche.de/politik/x?id=1", "süddeutsche.de"),
        ("süddeutsche.de", "süddeutsche.de"),
        ("http://Bücher.example/a", "bücher.example"),
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


@pytest.mark.parametrize("articles", ["One article's text, passed bare. " * 20, b"bytes", {"logit": 1.0}, None, 42])
def test_score_source_and_score_sources_refuse_one_article_in_place_of_a_collection(articles: object) -> None:
    # score_source("text") iterated the string: each of its characters an "article", all of
    # them reported unjudged; None and 42 raised a bare TypeError.
    with pytest.raises(ArticleTypeError, match=r"^articles: expected an iterable of articles .*for one article "
                                               r"pass \[article\], received "):
        score_source(articles)  # type: ignore[arg-type]
    with pytest.raises(ArticleTypeError, match=r"^records: expected an iterable of dicts, each with a 'source' key"):
        score_sources(articles)  # type: ignore[arg-type]


def test_counts_that_are_not_ints_are_named_errors() -> None:
    # max_evidence="3" and min_outlets="5" raised a bare TypeError from a comparison.
    rows = [{"source": "a.example", "logit": 1.0}]
    with pytest.raises(ArticleTypeError, match=r"^max_evidence: expected an int of at least 0, received str '3'$"):
        score_source(rows, max_evidence="3")  # type: ignore[arg-type]
    with pytest.raises(ArticleTypeError, match=r"^min_outlets: expected an int of at least 1, received str '5'$"):
        score_sources(rows, min_outlets="5")  # type: ignore[arg-type]
    with pytest.raises(InvalidArticleError, match=r"^min_outlets: expected an int of at least 1, received int 0$"):
        score_sources(rows, min_outlets=0)
    with pytest.raises(InvalidArticleError, match=r"^max_evidence: expected an int of at least 0, received int -1$"):
        score_sources(rows, max_evidence=-1)



@pytest.mark.parametrize(("norms", "message"), [
    (5, "norms: expected None or a mapping of feature name to the median outlet's value (a number), received int 5"),
    ([("hedging_density", 1.0)], "norms: expected None or a mapping of feature name"),
    ({"hedging_density": "y"}, "norms['hedging_density']: expected a number, received str 'y'"),
    ({"hedging_density": None}, "norms['hedging_density']: expected a number, received NoneType None"),
])
def test_bad_norms_are_named_errors(norms: object, message: str) -> None:
    # norms=5 was a bare AttributeError ('int' object has no attribute 'get'), {"...": "y"} a
    # bare ValueError from float().
    rows = [{"source": "a.example", "logit": 1.0, "features": {"hedging_density": 2.0}}]
    for call in (lambda: score_source(rows, norms=norms), lambda: score_sources(rows, norms=norms)):
        with pytest.raises(ArticleTypeError) as raised:
            call()
        assert str(raised.value).startswith(message)
    assert score_source(rows, norms={"hedging_density": 1}).n_articles == 1

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



def test_cli_sources_writes_one_json_document_or_json_lines(tmp_path: Path) -> None:
    # --output outlets.json wrote JSON Lines, which no JSON reader accepts.
    data = tmp_path / "scored.jsonl"
    data.write_text("".join(json.dumps(row) + "\n" for row in _batch_rows()), encoding="utf-8")
    for name in ("outlets.json", "outlets.jsonl"):
        code = main(["sources", str(data), "--source-field", "domain", "--output", str(tmp_path / name),
                     "--sort", "n_articles"], stdout=io.StringIO(), stderr=io.StringIO())
        assert code == 0
    document = json.loads((tmp_path / "outlets.json").read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in (tmp_path / "outlets.jsonl").read_text(encoding="utf-8").splitlines()]
    assert document == lines and [profile["source"] for profile in document] == ["alpha.example", "beta-news"]

def test_cli_sources_output_format_follows_the_extension_in_any_case_and_refuses_others(tmp_path: Path) -> None:
    # outlets.txt (or .tsv) silently got CSV, and OUTLETS.JSON too, not the JSON its name promised.
    data = tmp_path / "scored.jsonl"
    data.write_text("".join(json.dumps(row) + "\n" for row in _batch_rows()), encoding="utf-8")
    err = io.StringIO()
    assert main(["sources", str(data), "--source-field", "domain", "-o", str(tmp_path / "outlets.txt")],
                stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue() == (f"reliability sources: -o/--output: expected a .csv, .jsonl or .json file, received "
                              f"{str(tmp_path / 'outlets.txt')!r}\n")
    assert not (tmp_path / "outlets.txt").exists()
    assert main(["sources", str(data), "--source-field", "domain", "-o", str(tmp_path / "OUTLETS.JSON")],
                stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert isinstance(json.loads((tmp_path / "OUTLETS.JSON").read_text(encoding="utf-8")), list)


def test_cli_sources_and_read_jsonl_skip_a_byte_order_mark(tmp_path: Path) -> None:
    # A JSONL saved with a UTF-8 BOM: its first row was "malformed" for `sources` and stopped
    # `train`/`evaluate` (reliability.corpora.read_jsonl) with "Unexpected UTF-8 BOM".
    from reliability.corpora import read_jsonl

    rows = _batch_rows()
    data = tmp_path / "scored.jsonl"
    data.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(row) + "\n" for row in rows).encode("utf-8"))
    assert list(read_jsonl(data)) == rows
    out, err = io.StringIO(), io.StringIO()
    assert main(["sources", str(data), "--source-field", "domain"], stdout=out, stderr=err) == 0
    assert err.getvalue() == ""


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


def test_cli_sources_articles_file_tolerates_bad_lines_and_names_missing_files(tmp_path: Path) -> None:
    # `reliability score --input` turns a malformed article line into an error row; joining its
    # output back to the same articles with --articles used to stop at that line with an unlocated
    # "cannot read input: Expecting property name ..." error.
    scored = tmp_path / "scored.jsonl"
    rows = [{key: value for key, value in row.items() if key != "domain"} for row in _batch_rows()]
    scored.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text("{not json\n" + "".join(json.dumps({"id": row["id"], "domain": domain}) + "\n"
                                               for row, domain in zip(rows, (r["domain"] for r in _batch_rows()))),
                        encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["sources", str(scored), "--articles", str(articles), "--source-field", "domain"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "alpha.example" in out.getvalue() and "skipped 1 malformed" in err.getvalue()
    err = io.StringIO()
    code = main(["sources", str(scored), "--articles", str(tmp_path / "gone.jsonl")], stdout=io.StringIO(), stderr=err)
    assert code == 2 and err.getvalue() == f"reliability sources: {tmp_path / 'gone.jsonl'}: cannot read: No such file or directory\n"


@given(st.lists(st.one_of(st.floats(allow_nan=False), st.sampled_from([math.inf, -math.inf, 1e308])), max_size=50),
       st.floats(min_value=0.01, max_value=0.99))
def test_interval_contains_estimate_within_unit_range(logits: list[float], level: float) -> None:
    profile = score_source([{"logit": value} for value in logits], prior=PRIOR, level=level)
    low, high = profile.interval
    assert 0.0 <= low <= profile.estimate <= high <= 1.0
    assert profile.n_articles == len(logits)


# --------------------------------------------------------------------------- outlet error as a distribution


def _simulated_outlets(rng, count, kappa, prior, sizes=(3, 60)):  # type: ignore[no-untyped-def]
    """Outlets whose truth is known: model-implied mean mu ~ N(mu_0, tau^2), article logits ~ N(mu, sigma^2),
    true mean logit theta = mu + N(0, kappa^2), long-run share share(theta), k ~ Binomial(n, share(theta))."""
    outlets = []
    for _ in range(count):
        mu = rng.normal(prior.mean_logit, prior.between_sd)
        n = int(rng.integers(sizes[0], sizes[1] + 1))
        profile = score_source([{"logit": float(v)} for v in rng.normal(mu, prior.within_sd, n)], prior=prior)
        truth = outlet_share(mu + rng.normal(0.0, kappa), prior.within_sd)
        outlets.append((profile, int(rng.binomial(n, truth)), truth))
    return outlets


def _coverage(outlets, prior):  # type: ignore[no-untyped-def]
    hits = []
    for profile, _, truth in outlets:
        rescored = score_source([{"logit": profile.mean_logit}] * profile.n_articles, prior=prior)
        low, high = rescored.interval
        hits.append(low <= truth <= high)
    return sum(hits) / len(hits)


def test_posterior_intervals_cover_the_true_long_run_share_on_a_simulated_population() -> None:
    import numpy as np

    rng = np.random.default_rng(7)
    truth_prior = SourcePrior(0.5, 1.0, 1.0)
    calibration = _simulated_outlets(rng, 40, 1.0, truth_prior)
    test = _simulated_outlets(rng, 200, 1.0, truth_prior)
    posterior = outlet_sd_posterior([p for p, _, _ in calibration], [k for _, k, _ in calibration],
                                    grid=[step / 10 for step in range(41)])
    mean_kappa = sum(k * w for k, w in posterior)
    assert 0.5 < mean_kappa < 1.6
    calibrated = SourcePrior(0.5, 1.0, 1.0, outlet_sd=mean_kappa, outlet_sd_posterior=posterior)
    assert 0.84 <= _coverage(test, calibrated) <= 0.97
    assert _coverage(test, truth_prior) < 0.6  # kappa = 0: the check has power


def test_posterior_is_wider_than_the_plug_in_with_few_labelled_outlets_and_covers_better() -> None:
    import numpy as np

    rng = np.random.default_rng(3)
    truth_prior = SourcePrior(0.5, 1.0, 1.0)
    test = _simulated_outlets(rng, 80, 1.0, truth_prior, sizes=(40, 80))
    plug_in, integrated = [], []
    grid = [step / 10 for step in range(41)]
    for _ in range(10):
        few = _simulated_outlets(rng, 5, 1.0, truth_prior, sizes=(40, 80))
        profiles, counts = [p for p, _, _ in few], [k for _, k, _ in few]
        kappa = fit_outlet_sd(profiles, counts, grid=grid)
        posterior = outlet_sd_posterior(profiles, counts, grid=grid)
        point = SourcePrior(0.5, 1.0, 1.0, outlet_sd=kappa)
        mixed = SourcePrior(0.5, 1.0, 1.0, outlet_sd=kappa, outlet_sd_posterior=posterior)
        assert mixed.logit_halfwidth(0.2) >= point.logit_halfwidth(0.2) - 0.05  # ties possible on a flat likelihood
        plug_in.append(_coverage(test, point))
        integrated.append(_coverage(test, mixed))
    assert sum(integrated) / 10 > sum(plug_in) / 10
    assert sum(integrated) / 10 >= 0.85


def test_width_shrinks_with_article_count_to_a_floor_set_by_the_outlet_error() -> None:
    prior = SourcePrior(1.0, 1.0, 1.5, outlet_sd=1.0, outlet_sd_posterior=((0.5, 0.3), (1.0, 0.4), (2.0, 0.3)))
    widths = []
    for n in (1, 2, 5, 10, 50, 200, 2000):
        profile = score_source([{"logit": 0.5}] * n, prior=prior)
        low, high = profile.interval
        assert low <= profile.estimate <= high
        widths.append(high - low)
    assert all(later <= earlier + 1e-12 for earlier, later in zip(widths, widths[1:]))
    assert widths[-1] > 0.3  # no number of articles removes the model error
    point = score_source([{"logit": 0.5}] * 2000, prior=SourcePrior(1.0, 1.0, 1.5, outlet_sd=1.0))
    assert point.interval[1] - point.interval[0] < widths[-1]  # the mixture is heavier tailed than its mean


def test_single_point_posterior_equals_a_known_kappa_and_weights_are_normalised() -> None:
    known = SourcePrior(0.0, 1.0, 1.0, outlet_sd=1.3)
    single = SourcePrior(0.0, 1.0, 1.0, outlet_sd=1.3, outlet_sd_posterior=[(1.3, 5.0)])  # type: ignore[arg-type]
    assert single.outlet_sd_posterior == ((1.3, 1.0),)
    for s in (0.0, 0.1, 2.0):
        assert single.logit_halfwidth(s) == pytest.approx(known.logit_halfwidth(s), rel=1e-9)
    profile = score_source([{"logit": 1.0}] * 7, prior=single)
    assert profile.total_logit_sd == pytest.approx(math.hypot(profile.posterior_logit_sd, 1.3))
    assert json.loads(json.dumps(profile.to_dict()))["prior"]["outlet_sd_posterior"] == [[1.3, 1.0]]
    with pytest.raises(InvalidArticleError, match="outlet_sd_posterior"):
        SourcePrior(0.0, 1.0, 1.0, outlet_sd_posterior=((1.0, -0.5),))
    with pytest.raises(InvalidArticleError, match="outlet_sd_posterior"):
        SourcePrior(0.0, 1.0, 1.0, outlet_sd_posterior=((1.0, 0.0),))
    with pytest.raises(InvalidArticleError, match="credible_counts"):
        outlet_sd_posterior([profile], [8])


def test_outlet_error_likelihood_is_smooth_for_large_outlets() -> None:
    import numpy as np

    rng = np.random.default_rng(11)
    prior = SourcePrior(1.0, 0.8, 0.8)
    outlets = _simulated_outlets(rng, 9, 1.2, prior, sizes=(150, 400))
    totals = outlet_sd_log_likelihood([p for p, _, _ in outlets], [k for _, k, _ in outlets]).sum(axis=0)
    steps = np.sign(np.diff(totals))
    steps = steps[steps != 0]
    assert (np.diff(steps) != 0).sum() <= 1  # rises then falls: one maximum, no quadrature bumps
    assert 0.5 <= fit_outlet_sd([p for p, _, _ in outlets], [k for _, k, _ in outlets]) <= 2.5


def test_shipped_outlet_error_is_a_distribution_and_score_sources_keeps_it() -> None:
    shipped = default_source_prior()
    assert shipped.outlet_sd_posterior
    assert sum(w for _, w in shipped.outlet_sd_posterior) == pytest.approx(1.0)
    assert shipped.outlet_sd == pytest.approx(sum(k * w for k, w in shipped.outlet_sd_posterior), abs=1e-4)
    rows = [{"source": f"o{i % 6}.example", "logit": float(i % 6) - 2 + (i % 2) * 0.5} for i in range(60)]
    profiles = score_sources(rows)
    assert profiles[0].prior.origin.startswith("estimated from 6 outlets")
    assert profiles[0].prior.outlet_sd_posterior == shipped.outlet_sd_posterior
    wide = score_source([{"logit": 1.7}] * 200)
    assert wide.interval[1] - wide.interval[0] > 0.3


# --------------------------------------------------------------------------- interval for the profiled articles


def test_sample_count_interval_is_the_binomial_interval_when_the_share_is_known() -> None:
    from reliability.sources import sample_count_interval

    # No outlet error, no sampling uncertainty, no spread within the outlet: k ~ Binomial(n, sigmoid(m)).
    prior = SourcePrior(mean_logit=0.0, between_sd=1.0, within_sd=1e-9)
    for m, n in ((0.0, 10), (1.5, 40), (-2.0, 7), (3.0, 200)):
        p = 1.0 / (1.0 + math.exp(-m))
        cdf, total = [], 0.0
        for k in range(n + 1):
            total += math.comb(n, k) * p ** k * (1 - p) ** (n - k)
            cdf.append(total)
        expected_low = next(k for k, c in enumerate(cdf) if c >= 0.05 - 1e-12)
        expected_high = next(k for k, c in enumerate(cdf) if c >= 0.95 - 1e-12)
        assert sample_count_interval(m, 1e-9, prior, n) == (expected_low, expected_high)


def test_sample_interval_covers_the_profiled_articles_labels_on_a_simulated_population() -> None:
    import numpy as np

    rng = np.random.default_rng(11)
    truth_prior = SourcePrior(0.5, 1.0, 1.0, outlet_sd=1.0)
    hits = []
    for _ in range(300):
        mu = rng.normal(truth_prior.mean_logit, truth_prior.between_sd)
        n = int(rng.integers(1, 40))
        profile = score_source([{"logit": float(v)} for v in rng.normal(mu, truth_prior.within_sd, n)],
                               prior=truth_prior)
        k = int(rng.binomial(n, outlet_share(mu + rng.normal(0.0, 1.0), truth_prior.within_sd)))
        low, high = profile.sample_interval
        hits.append(low - 1e-12 <= k / n <= high + 1e-12)
    # A discrete equal-tailed interval holds at least its level; 300 outlets: +/- about 0.035.
    assert 0.86 <= sum(hits) / len(hits) <= 0.995
    # Trusting the article model (kappa = 0) under-covers the same outlets: the check has power.
    narrow = SourcePrior(0.5, 1.0, 1.0)
    wide = score_source([{"logit": 0.5}] * 20, prior=truth_prior).sample_interval
    tight = score_source([{"logit": 0.5}] * 20, prior=narrow).sample_interval
    assert wide[1] - wide[0] > tight[1] - tight[0]


def test_sample_interval_is_reported_and_undefined_without_judged_articles() -> None:
    profile = score_source([{"logit": 2.0}, {"logit": 1.0}, {"logit": -0.5}], prior=PRIOR)
    low, high = profile.sample_interval
    assert 0.0 <= low <= high <= 1.0
    assert profile.to_dict()["sample_interval"] == [low, high]
    row = profile.to_row()
    assert (row["sample_lower"], row["sample_upper"]) == (round(low, 4), round(high, 4))
    # Thirds: the ends are counts out of 3.
    assert {round(low * 3, 9), round(high * 3, 9)} <= {0.0, 1.0, 2.0, 3.0}
    empty = score_source([], prior=PRIOR)
    assert all(math.isnan(value) for value in empty.sample_interval)
    assert empty.to_dict()["sample_interval"] == [None, None]
    json.dumps(empty.to_dict())


def test_one_saturated_row_does_not_carry_an_outlet() -> None:
    # One batch row at credibility 1.0 (logit clipped to 20) used to give an estimate of 0.997.
    from reliability.sources import default_source_prior

    prior = default_source_prior()
    one_typical = score_source([{"logit": prior.mean_logit + 2.0}])
    saturated = score_source([{"credibility": 1.0}])
    assert saturated.estimate < 0.95
    assert saturated.estimate > one_typical.estimate  # still the most credible single row possible
    assert score_source([{"credibility": 0.0}]).estimate > 0.3  # and the same on the other side
    # Many rows still move the estimate as far as the data says.
    assert score_source([{"credibility": 0.999}] * 200).estimate > 0.99


@requires_shared_data
def test_winsorising_leaves_every_corpus_article_of_the_shipped_model_alone() -> None:
    from reliability import score_many
    from reliability.corpora import load_corpus
    from reliability.sources import _WINSOR_SDS, default_source_prior

    prior = default_source_prior()
    spread = _WINSOR_SDS * math.hypot(prior.between_sd, prior.within_sd)
    data = shared_data_dir()
    assert data is not None
    texts = [{"text": record["text"], "title": record.get("title")}
             for corpus in ("webis", "horne", "semeval", "fakes") for record in load_corpus(corpus, data)]
    logits = [a.logit for a in score_many(texts) if a.logit is not None]
    assert len(logits) > 3000
    assert prior.mean_logit - spread < min(logits) and max(logits) < prior.mean_logit + spread


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_cli_sources_reads_rows_whose_strings_hold_unicode_line_separators(tmp_path: Path, separator: str) -> None:
    # JSON strings may hold U+2028, U+2029 and U+0085 raw (json.dumps(..., ensure_ascii=False) writes
    # them so; U+0085 is a Windows-1252 ellipsis read as Latin-1), but the file was split with
    # str.splitlines(), which breaks lines there too: every such row became two malformed ones
    # ("no usable rows (6 skipped)" for 3 articles), in the data and in --articles alike.
    data = tmp_path / "rows.jsonl"
    articles = tmp_path / "articles.jsonl"
    rows = [{"id": k, "logit": 1.0, "note": f"a{separator}b"} for k in range(3)]
    data.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    articles.write_text("".join(json.dumps({"id": k, "domain": "a.example", "text": f"x{separator}y"},
                                           ensure_ascii=False) + "\r\n" for k in range(3)), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["sources", str(data), "--articles", str(articles), "--source-field", "domain", "-o",
                 str(tmp_path / "out.jsonl")], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "skipped" not in err.getvalue()
    profile = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert (profile["source"], profile["n_articles"]) == ("a.example", 3)


def test_score_source_names_its_source_parameter_in_errors() -> None:
    # The message named canonical_outlet's parameter: "name_or_url: expected a str ...".
    with pytest.raises(ArticleTypeError, match=r"^source: expected a str \(an outlet name, domain or URL\), received int 5$"):
        score_source([{"logit": 1.0}], source=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidArticleError, match=r"^source: expected an outlet name, domain or URL with at least one"):
        score_source([{"logit": 1.0}], source=" -- ")


@pytest.mark.parametrize("credibility", [85, 1.5, -0.2])
def test_a_credibility_outside_0_1_is_refused_not_clamped(credibility: float) -> None:
    # Clamped to 1 - 1e-12 (or 1e-12), a column of percentages made every article "certainly
    # credible" and moved its outlet's estimate with no word said.
    with pytest.raises(InvalidArticleError, match=r"^#1: credibility: expected a probability from 0 to 1 \(a share, "
                                                  r"not a percentage\), received "):
        score_source([{"credibility": 0.5}, {"credibility": credibility}])
    with pytest.raises(InvalidArticleError, match=r"^a7: credibility: expected a probability from 0 to 1"):
        score_sources([{"id": "a7", "source": "a.example", "credibility": credibility}])
    assert score_source([{"credibility": 1.0}, {"credibility": 0.0}]).n_articles == 2


def test_shipped_source_norms_were_derived_from_the_shipped_model() -> None:
    # The norms (prior and feature norms) are estimated from the shipped model's logits: after a
    # retrain they must be re-derived (`python benchmarks/source_profiles.py --write-norms`), or the
    # prior describes another model. Session 11 shipped a model with norms from the one before.
    import hashlib
    from importlib import resources

    from reliability.model import default_model_bytes

    norms = json.loads(resources.files("reliability").joinpath("models", "source_norms.json").read_text("utf-8"))
    assert norms["model_sha256"] == hashlib.sha256(default_model_bytes()).hexdigest(), (
        "source_norms.json is stale: run python benchmarks/source_profiles.py --write-norms")
