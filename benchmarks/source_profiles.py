"""Outlet profiles, validated leave-outlet-out on the shared corpora with an outlet field.

    python benchmarks/source_profiles.py                 # full run, writes benchmarks/results/source_profiles.md
    python benchmarks/source_profiles.py --bootstrap 200 # quicker
    python benchmarks/source_profiles.py --write-norms   # regenerate src/reliability/models/source_norms.json

Corpora (``reliability.corpora.load_corpus``; ``group`` is the outlet):
BuzzFeed-Webis 2016 (9 publishers; 1 = mostly true), SemEval-2019 hyperpartisan
by-article (domains; 1 = not hyperpartisan, a related construct), FA-KES (15
outlets; 1 = credible casualty facts: a negative control, style cannot see it).

For each held-out outlet ``s`` of a corpus:

1. the article model is trained with :func:`reliability.training.fit_model` on
   every other outlet of the same corpus (the raw feature matrix is computed
   once per corpus and reused);
2. the population prior (``mu_0``, ``tau``, ``sigma``) is estimated by the
   method of moments (:meth:`SourcePrior.from_groups`) from the training
   outlets' logits under that model, and the feature norms from the training
   outlets (median outlet, outlets with >= 3 articles);
3. the held-out articles are scored and :func:`reliability.sources.score_source`
   builds the outlet's profile from those logits and features.

Reported per corpus: Spearman rank correlation between the outlet estimate and
the outlet's true share of credible articles, with a 95 % percentile bootstrap
interval over outlets (seed 0); the same for the unshrunk mean article
probability; mean interval width by bins of article count; and calibration:
how often the true share lies in the stated 90 % interval. Two checks of
calibration, both on the share scale:

* ``interval``: the profile's 90 % credible interval of the outlet's long-run
  share, against the observed share of its ``n`` articles (which is itself
  noisy for small ``n``, so this under-counts coverage for small outlets);
* ``predictive``: the 90 % posterior predictive interval of the *observed*
  share ``k / n`` (``k ~ Binomial(n, share(mu))``, ``mu`` from the posterior),
  the like-for-like comparison.

SemEval-2019 has many domains with one or two articles: they stay in every
training set, but only domains with >= 3 articles are held out and evaluated.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import math
import platform
import sys
import time
import warnings
from statistics import NormalDist
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reliability.corpora import default_data_dir, load_corpus
from reliability.features import FEATURE_NAMES
from reliability.model import LinearModel
from reliability.sources import (
    NORMS_FILE, SourcePrior, SourceProfile, feature_norms, fit_outlet_sd, outlet_share, score_source,
)
from reliability.training import feature_matrix, fit_model

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "source_profiles.md"
NORMS_PATH = REPO / "src" / "reliability" / "models" / NORMS_FILE
CORPORA = {
    "webis": "BuzzFeed-Webis 2016 (publishers; 1 = mostly true)",
    "semeval": "SemEval-2019 hyperpartisan (domains; 1 = not hyperpartisan)",
    "fakes": "FA-KES (outlets; 1 = credible) - negative control",
}
MIN_EVAL_ARTICLES = {"webis": 1, "semeval": 3, "fakes": 1}
WIDTH_BINS = ((1, 4), (5, 9), (10, 24), (25, 99), (100, 10**9))
LEVEL = 0.9
SEED = 0


# --------------------------------------------------------------------------- helpers


def model_logits(model: LinearModel, raw: np.ndarray) -> np.ndarray:
    """Vectorised ``intercept + sum(weight * standardise(x))`` (same maths as ``LinearModel``)."""
    values = raw.copy()
    total = np.full(len(raw), model.intercept)
    for column, weight in enumerate(model.features):
        x = values[:, column]
        if weight.transform == "log1p":
            x = np.log1p(np.clip(x, 0, None))
        z = (np.clip(x, weight.clip_low, weight.clip_high) - weight.mean) / weight.scale
        total += weight.weight * np.where(np.isnan(z), 0.0, z)
    return total


def rankdata(values: np.ndarray) -> np.ndarray:
    """Average ranks (ties share the mean rank)."""
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values))
    sorted_values = values[order]
    start = 0
    while start < len(values):
        stop = start
        while stop + 1 < len(values) and sorted_values[stop + 1] == sorted_values[start]:
            stop += 1
        ranks[order[start:stop + 1]] = (start + stop) / 2 + 1
        start = stop + 1
    return ranks


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman's rho (Pearson on average ranks); nan when either side is constant.

    >>> spearman(np.array([1.0, 2.0, 3.0]), np.array([10.0, 30.0, 20.0]))
    0.5
    """
    ra, rb = rankdata(np.asarray(a, float)), rankdata(np.asarray(b, float))
    if ra.std() == 0 or rb.std() == 0:
        return math.nan
    return float(np.corrcoef(ra, rb)[0, 1])


def bootstrap_spearman(a: np.ndarray, b: np.ndarray, n_boot: int, seed: int = SEED) -> tuple[float, float]:
    """95 % percentile interval of Spearman's rho over outlets resampled with replacement."""
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_boot):
        pick = rng.integers(0, len(a), len(a))
        rho = spearman(a[pick], b[pick])
        if not math.isnan(rho):
            values.append(rho)
    if not values:
        return math.nan, math.nan
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def share_interval(profile: SourceProfile, kappa: float, level: float = LEVEL) -> tuple[float, float]:
    """The profile's share interval recomputed with ``outlet_sd = kappa``."""
    z = NormalDist().inv_cdf(0.5 + level / 2)
    sd = math.hypot(profile.posterior_logit_sd, kappa)
    return (outlet_share(profile.posterior_logit - z * sd, profile.prior.within_sd),
            outlet_share(profile.posterior_logit + z * sd, profile.prior.within_sd))


def predictive_interval(profile: SourceProfile, kappa: float, level: float = LEVEL) -> tuple[int, int]:
    """Equal-tailed posterior predictive interval of the credible count ``k`` among the ``n`` articles.

    ``P(k) = E_mu[Binomial(k; n, share(mu))]`` with ``mu ~ N(m, s^2 + kappa^2)``
    the posterior of the outlet's true mean logit (40-point Gauss-Hermite).
    """
    from numpy.polynomial.hermite_e import hermegauss
    from scipy.stats import binom

    n = profile.n_articles
    nodes, weights = hermegauss(40)
    weights = weights / weights.sum()
    ks = np.arange(n + 1)
    pmf = np.zeros(n + 1)
    for node, weight in zip(nodes, weights):
        sd = math.hypot(profile.posterior_logit_sd, kappa)
        share = outlet_share(profile.posterior_logit + sd * float(node), profile.prior.within_sd)
        pmf += weight * binom.pmf(ks, n, share)
    cdf = np.cumsum(pmf / pmf.sum())
    tail = (1 - level) / 2
    low = int(np.searchsorted(cdf, tail - 1e-12))
    high = int(np.searchsorted(cdf, 1 - tail - 1e-12))
    return low, min(high, n)


# --------------------------------------------------------------------------- leave-outlet-out


def _held_out(args: tuple[str, np.ndarray, np.ndarray, np.ndarray, list[dict[str, Any]]]) -> dict[str, Any]:
    outlet, raw, y, groups, records = args
    train = groups != outlet
    test = ~train
    model = fit_model(raw[train], y[train], groups[train], name=f"without-{outlet}")
    logits = model_logits(model, raw)
    train_groups: dict[str, list[float]] = {}
    train_means: dict[str, list[np.ndarray]] = {}
    for index in np.flatnonzero(train):
        train_groups.setdefault(str(groups[index]), []).append(float(logits[index]))
        train_means.setdefault(str(groups[index]), []).append(raw[index])
    prior = SourcePrior.from_groups(train_groups, origin=f"training outlets without {outlet}")
    reference = []
    for rows in train_means.values():
        if len(rows) >= 3:
            with warnings.catch_warnings():  # an all-nan column is a nan norm, on purpose
                warnings.simplefilter("ignore", RuntimeWarning)
                column_means = np.nanmean(np.array(rows), axis=0)
            reference.append(dict(zip(FEATURE_NAMES, map(float, column_means))))
    norms = feature_norms(reference)
    rows = [
        {"id": records[index]["id"], "logit": float(logits[index]),
         "features": dict(zip(FEATURE_NAMES, map(float, raw[index])))}
        for index in np.flatnonzero(test)
    ]
    profile = score_source(rows, source=outlet, prior=prior, norms=norms, level=LEVEL)
    k_low, k_high = predictive_interval(profile, 0.0)
    true_k = int(y[test].sum())
    return {
        "outlet": outlet, "n": int(test.sum()), "true_share": float(y[test].mean()), "true_k": true_k,
        "estimate": profile.estimate, "low0": profile.interval[0], "high0": profile.interval[1],
        "mean_credibility": profile.mean_credibility, "k_low0": k_low, "k_high0": k_high,
        "data_weight": profile.data_weight, "profile": profile, "prior_share": prior.share, "tau": prior.between_sd,
        "sigma": prior.within_sd, "top_feature": profile.summary(1),
    }


def run_corpus(name: str, data_dir: Path, n_jobs: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    records = load_corpus(name, data_dir)
    started = time.perf_counter()
    raw = feature_matrix(records)
    y = np.array([record["label"] for record in records])
    groups = np.array([str(record["group"]) for record in records])
    outlets, counts = np.unique(groups, return_counts=True)
    evaluated = [str(o) for o, c in zip(outlets, counts) if c >= MIN_EVAL_ARTICLES[name]]
    jobs = [(outlet, raw, y, groups, records) for outlet in evaluated]
    if n_jobs == 1:
        results = [_held_out(job) for job in jobs]
    else:
        from joblib import Parallel, delayed

        results = Parallel(n_jobs=n_jobs)(delayed(_held_out)(job) for job in jobs)
    add_kappa(results)
    info = {"n_records": len(records), "n_outlets": len(outlets), "n_evaluated": len(evaluated),
            "n_evaluated_articles": int(sum(r["n"] for r in results)), "seconds": time.perf_counter() - started}
    return results, info


def add_kappa(results: list[dict[str, Any]]) -> None:
    """Per outlet, ``kappa`` fitted on the *other* held-out outlets of the corpus, and the intervals with it."""
    for index, result in enumerate(results):
        others = [r for j, r in enumerate(results) if j != index]
        kappa = fit_outlet_sd([r["profile"] for r in others], [r["true_k"] for r in others])
        result["kappa"] = kappa
        result["low"], result["high"] = share_interval(result["profile"], kappa)
        result["k_low"], result["k_high"] = predictive_interval(result["profile"], kappa)


# --------------------------------------------------------------------------- report


def _fmt(value: float, digits: int = 2) -> str:
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def summarise(results: list[dict[str, Any]], n_boot: int) -> dict[str, Any]:
    estimate = np.array([r["estimate"] for r in results])
    naive = np.array([r["mean_credibility"] for r in results])
    truth = np.array([r["true_share"] for r in results])
    inside = [r["low"] <= r["true_share"] <= r["high"] for r in results]
    predictive = [r["k_low"] <= r["true_k"] <= r["k_high"] for r in results]
    inside0 = [r["low0"] <= r["true_share"] <= r["high0"] for r in results]
    predictive0 = [r["k_low0"] <= r["true_k"] <= r["k_high0"] for r in results]
    return {
        "rho": spearman(estimate, truth), "rho_ci": bootstrap_spearman(estimate, truth, n_boot),
        "rho_naive": spearman(naive, truth), "rho_naive_ci": bootstrap_spearman(naive, truth, n_boot),
        "coverage": float(np.mean(inside)), "coverage_predictive": float(np.mean(predictive)),
        "coverage0": float(np.mean(inside0)), "coverage_predictive0": float(np.mean(predictive0)),
        "kappa": float(np.median([r["kappa"] for r in results])),
        "n": len(results),
    }


def width_table(results: list[dict[str, Any]]) -> list[str]:
    lines = ["| articles | outlets | mean data weight | kappa = 0: mean 90 % width | in interval | in predictive "
             "| kappa fitted: mean 90 % width | in interval | in predictive |",
             "|---|---|---|---|---|---|---|---|---|"]
    for low, high in WIDTH_BINS:
        rows = [r for r in results if low <= r["n"] <= high]
        if not rows:
            continue
        label = f"{low}-{high}" if high < 10**9 else f">= {low}"
        lines.append(
            f"| {label} | {len(rows)} | {np.mean([r['data_weight'] for r in rows]):.2f} "
            f"| {np.mean([r['high0'] - r['low0'] for r in rows]):.3f} "
            f"| {sum(r['low0'] <= r['true_share'] <= r['high0'] for r in rows)}/{len(rows)} "
            f"| {sum(r['k_low0'] <= r['true_k'] <= r['k_high0'] for r in rows)}/{len(rows)} "
            f"| {np.mean([r['high'] - r['low'] for r in rows]):.3f} "
            f"| {sum(r['low'] <= r['true_share'] <= r['high'] for r in rows)}/{len(rows)} "
            f"| {sum(r['k_low'] <= r['true_k'] <= r['k_high'] for r in rows)}/{len(rows)} |"
        )
    return lines


def report(all_results: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]], n_boot: int, seconds: float,
           command: str) -> str:
    lines = [
        "# Outlet profiles: leave-outlet-out validation",
        "",
        f"Command: `{command}`  ",
        f"Generated {_dt.date.today().isoformat()} on Python {platform.python_version()}, {seconds:.0f} s in total; "
        f"bootstrap {n_boot} resamples over outlets (seed {SEED}).",
        "",
        "Each outlet is profiled by a model trained on the *other* outlets of its corpus; the prior "
        "(mu_0, tau, sigma) and feature norms come from those other outlets too. `estimate` is the posterior "
        "median of the outlet's long-run share of credible articles; `naive` is the plain mean of its article "
        "probabilities. Coverage: `interval` = observed share inside the stated 90 % interval of the long-run "
        "share; `predictive` = observed credible count inside the 90 % posterior predictive interval for "
        "n articles (the like-for-like check; discrete, so at least 90 % when the model is right). "
        "`kappa = 0` trusts the article model's calibration on the unseen outlet; `kappa fitted` adds the "
        "model's between-outlet error, `kappa` fitted by maximum likelihood (`fit_outlet_sd`) on the *other* "
        "held-out outlets of the same corpus (leave-one-out over outlets; median kappa shown).",
        "",
        "| corpus | outlets evaluated (articles) | Spearman estimate vs true share [95 % CI] | "
        "Spearman naive mean [95 % CI] | kappa = 0: in interval / predictive | median kappa "
        "| kappa fitted: in interval / predictive |",
        "|---|---|---|---|---|---|---|",
    ]
    pooled: list[dict[str, Any]] = []
    for name, (results, info) in all_results.items():
        summary = summarise(results, n_boot)
        pooled.extend(results)
        restriction = " (domains with >= 3 articles)" if MIN_EVAL_ARTICLES[name] > 1 else ""
        lines.append(
            f"| {CORPORA[name]} | {info['n_evaluated']} of {info['n_outlets']}{restriction} "
            f"({info['n_evaluated_articles']}) | {_fmt(summary['rho'])} [{_fmt(summary['rho_ci'][0])}, "
            f"{_fmt(summary['rho_ci'][1])}] | {_fmt(summary['rho_naive'])} [{_fmt(summary['rho_naive_ci'][0])}, "
            f"{_fmt(summary['rho_naive_ci'][1])}] | {summary['coverage0']:.0%} / {summary['coverage_predictive0']:.0%} "
            f"| {summary['kappa']:.2f} | {summary['coverage']:.0%} / {summary['coverage_predictive']:.0%} "
            f"(of {summary['n']}) |"
        )
    lines += ["", "## Interval width by article count (all corpora pooled)", ""] + width_table(pooled)
    for name, (results, info) in all_results.items():
        lines += ["", f"## {CORPORA[name]}", "",
                  f"{info['n_records']} deduplicated articles, {info['n_outlets']} outlets, "
                  f"{info['seconds']:.0f} s.", "",
                  "| outlet | n | true share | estimate [90 % interval, kappa fitted] | naive | predictive k (true k) "
                  "| prior share, tau, sigma, kappa | most unusual feature |",
                  "|---|---|---|---|---|---|---|---|"]
        for r in sorted(results, key=lambda r: (-r["n"], r["outlet"]))[:40]:
            lines.append(
                f"| {r['outlet']} | {r['n']} | {r['true_share']:.2f} | {r['estimate']:.2f} [{r['low']:.2f}, "
                f"{r['high']:.2f}] | {r['mean_credibility']:.2f} | {r['k_low']}-{r['k_high']} ({r['true_k']}) "
                f"| {r['prior_share']:.2f}, {r['tau']:.2f}, {r['sigma']:.2f}, {r['kappa']:.2f} | {r['top_feature']} |"
            )
        if len(results) > 40:
            lines.append(f"| ... {len(results) - 40} more outlets with fewer articles | | | | | | | |")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- shipped norms


def write_norms(data_dir: Path, n_jobs: int) -> None:
    """Derive the shipped prior and feature norms with the shipped model (numbers only, no text).

    ``outlet_sd`` (kappa) is fitted on the leave-outlet-out profiles of
    BuzzFeed-Webis and SemEval-2019 pooled (FA-KES, the negative control, is left out).
    """
    from reliability.api import score_many
    from reliability.model import default_model, default_model_bytes

    by_outlet_logits: dict[str, list[float]] = {}
    by_outlet_features: dict[str, list[dict[str, float]]] = {}
    for name in CORPORA:
        records = load_corpus(name, data_dir)
        for record, result in zip(records, score_many(records)):
            outlet = f"{name}:{record['group']}"
            features = getattr(result, "features", None)
            if features is None:
                continue
            by_outlet_features.setdefault(outlet, []).append(dict(features))
            if result.logit is not None:
                by_outlet_logits.setdefault(outlet, []).append(result.logit)
    held_out = [r for name in ("webis", "semeval") for r in run_corpus(name, data_dir, n_jobs)[0]]
    kappa = fit_outlet_sd([r["profile"] for r in held_out], [r["true_k"] for r in held_out])
    prior = SourcePrior.from_groups(by_outlet_logits, origin="shipped model over webis, semeval, fakes outlets",
                                    outlet_sd=kappa)
    reference = []
    for rows in by_outlet_features.values():
        if len(rows) >= 3:
            means = {}
            for feature in rows[0]:
                values = [row[feature] for row in rows if not math.isnan(row[feature])]
                means[feature] = float(np.mean(values)) if values else math.nan
            reference.append(means)
    norms = feature_norms(reference)
    payload = {
        "format": "reliability-source-norms/1",
        "description": "Population prior (normal-normal model on article logits) and feature norms (median over "
                       "outlets of the outlet mean) for reliability.sources. Derived numbers only.",
        "model": default_model().name,
        "model_sha256": hashlib.sha256(default_model_bytes()).hexdigest(),
        "derived_from": ["buzzfeed_webis_2016 (Potthast et al. 2018, CC BY 4.0)",
                         "semeval2019_hyperpartisan_byarticle (Kiesel et al. 2019, CC BY 4.0)",
                         "fakes_syria_2019 (Abu Salem et al. 2019, CC BY 4.0)"],
        "command": "python benchmarks/source_profiles.py --write-norms",
        "prior": {"mean_logit": round(prior.mean_logit, 6), "between_sd": round(prior.between_sd, 6),
                  "within_sd": round(prior.within_sd, 6), "outlet_sd": round(prior.outlet_sd, 6),
                  "n_outlets": prior.n_outlets,
                  "outlet_sd_from": f"leave-outlet-out profiles of {len(held_out)} webis and semeval outlets"},
        "norms_n_outlets": len(reference),
        "norms": {name: round(value, 6) for name, value in sorted(norms.items())},
    }
    NORMS_PATH.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {NORMS_PATH}: prior {payload['prior']}, norms from {len(reference)} outlets")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="folder like ../shared/data")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--n-jobs", type=int, default=2)
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=list(CORPORA))
    parser.add_argument("--write-norms", action="store_true", help="regenerate the shipped norms and exit")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    data_dir = args.data or default_data_dir()
    if args.write_norms:
        write_norms(data_dir, args.n_jobs)
        return 0
    started = time.perf_counter()
    all_results = {}
    for name in args.corpora:
        all_results[name] = run_corpus(name, data_dir, args.n_jobs)
        print(f"{name}: {all_results[name][1]}", file=sys.stderr)
    command = "python benchmarks/source_profiles.py" + (f" --bootstrap {args.bootstrap}" if args.bootstrap != 1000 else "")
    text = report(all_results, args.bootstrap, time.perf_counter() - started, command)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
