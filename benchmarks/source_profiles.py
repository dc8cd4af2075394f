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
probability; mean interval width by bins of article count; and calibration of
the 90 % interval under five treatments of the outlet error ``kappa``, each
calibrated for an outlet on the *other* held-out outlets of its corpus (never
on the outlet itself): ``kappa = 0``; the maximum-likelihood ``kappa`` plugged
in (the previous method); the posterior of ``kappa`` integrated over (the
shipped method, :func:`reliability.sources.outlet_sd_posterior`); a
split-conformal ``kappa`` (the ceil(0.9 (S + 1))-th smallest of the other
outlets' scores, a score being the smallest ``kappa`` whose predictive interval
holds the outlet's count; infinite with fewer than 9 other outlets); and the
posterior from the *other* corpora only, the way the shipped default is built.
Checks, all on the share scale:

* ``in interval`` (plain): the observed share of the outlet's ``n`` articles
  inside the stated 90 % interval of its long-run share, reported as is;
* ``expected if calibrated``: that check's expectation if the stated model were
  exactly right, ``sum_j P(k_j / n_j in interval_j)`` under the posterior
  predictive of ``k_j``: binomial noise keeps it below 90 % for small ``n``;
* the plain check split into outlets whose observed share is strictly inside
  (0, 1) and those at exactly 0 or 1 (never inside an interval strictly inside
  (0, 1)), the latter checked like for like with the predictive interval;
* ``predictive``: the observed count inside the 90 % posterior predictive
  interval of ``k ~ Binomial(n, share(theta))`` (discrete, >= 90 % when right);
* ``n >= 25``: the plain check where binomial noise is small.

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
import re
import sys
import time
import warnings
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from reliability.corpora import default_data_dir, load_corpus
from reliability.features import FEATURE_NAMES
from reliability.model import LinearModel
from reliability.sources import (
    NORMS_FILE, SourcePrior, SourceProfile, feature_norms, outlet_sd_log_likelihood, outlet_share,
    sample_count_distribution, score_source,
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
KAPPA_GRID = [step / 20 for step in range(101)]  # 0, 0.05, ..., 5 (the default grid of reliability.sources)
# The shipped outlet error is calibrated on these (FA-KES, the negative control, is left out).
CALIBRATION_CORPORA = ("webis", "semeval")


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


Posterior = tuple[tuple[float, float], ...]  # ((kappa, weight), ...)


def with_outlet_error(profile: SourceProfile, posterior: Posterior) -> SourcePrior:
    """The profile's prior with the outlet error replaced: one ``kappa`` (a single pair) or a distribution."""
    kappa = float(sum(k * w for k, w in posterior))
    if len(posterior) == 1:
        return replace(profile.prior, outlet_sd=kappa, outlet_sd_posterior=())
    return replace(profile.prior, outlet_sd=kappa, outlet_sd_posterior=posterior)


def share_interval(profile: SourceProfile, posterior: Posterior, level: float = LEVEL) -> tuple[float, float]:
    """The profile's share interval with the outlet error ``posterior`` (exactly what ``score_source`` states)."""
    prior = with_outlet_error(profile, posterior)
    half = prior.logit_halfwidth(profile.posterior_logit_sd, level)
    return (outlet_share(profile.posterior_logit - half, prior.within_sd),
            outlet_share(profile.posterior_logit + half, prior.within_sd))


def predictive_pmf(profile: SourceProfile, posterior: Posterior) -> np.ndarray:
    """Posterior predictive distribution of the credible count ``k`` among the outlet's ``n`` articles.

    Exactly what ``SourceProfile.sample_interval`` is built from
    (:func:`reliability.sources.sample_count_distribution`), with the outlet error ``posterior``.
    """
    return sample_count_distribution(profile.posterior_logit, profile.posterior_logit_sd,
                                     with_outlet_error(profile, posterior), profile.n_articles)


def predictive_interval(pmf: np.ndarray, level: float = LEVEL) -> tuple[int, int]:
    """Equal-tailed ``level`` interval of a count distribution."""
    cdf = np.cumsum(pmf)
    tail = (1 - level) / 2
    return int(np.searchsorted(cdf, tail - 1e-12)), min(int(np.searchsorted(cdf, 1 - tail - 1e-12)), len(pmf) - 1)


def check(result: dict[str, Any], posterior: Posterior, prefix: str) -> None:
    """Interval, predictive interval and the plain check's expectation under the stated model, stored under ``prefix``."""
    profile, n, k = result["profile"], result["n"], result["true_k"]
    low, high = share_interval(profile, posterior)
    pmf = predictive_pmf(profile, posterior)
    k_low, k_high = predictive_interval(pmf)
    shares = np.arange(n + 1) / n
    result[prefix] = {
        "low": low, "high": high, "k_low": k_low, "k_high": k_high,
        "kappa": float(sum(kk * w for kk, w in posterior)),
        "inside": low <= k / n <= high, "predictive": k_low <= k <= k_high,
        # what the plain check would give on average if the stated interval were exactly calibrated
        "expected_inside": float(pmf[(shares >= low) & (shares <= high)].sum()),
    }


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
    true_k = int(y[test].sum())
    return {
        "outlet": outlet, "n": int(test.sum()), "true_share": float(y[test].mean()), "true_k": true_k,
        "estimate": profile.estimate, "mean_credibility": profile.mean_credibility,
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
    log_likelihood = add_kappa(results)
    info = {"log_likelihood": log_likelihood, "n_records": len(records), "n_outlets": len(outlets), "n_evaluated": len(evaluated),
            "n_evaluated_articles": int(sum(r["n"] for r in results)), "seconds": time.perf_counter() - started}
    return results, info


def posterior_from(log_likelihood: np.ndarray) -> Posterior:
    """Flat prior on ``KAPPA_GRID`` times the likelihood, points below 1e-6 of the weight dropped
    (the same rule as :func:`reliability.sources.outlet_sd_posterior`)."""
    weights = np.exp(log_likelihood - log_likelihood.max())
    keep = weights >= 1e-6 * weights.sum()
    return tuple((float(k), float(w)) for k, w in zip(np.array(KAPPA_GRID)[keep], weights[keep] / weights[keep].sum()))


def mix(posteriors: Sequence[Posterior]) -> Posterior:
    """Equal-weight mixture of ``kappa`` distributions (one per corpus)."""
    merged: dict[float, float] = {}
    for posterior in posteriors:
        for kappa, weight in posterior:
            merged[kappa] = merged.get(kappa, 0.0) + weight / len(posteriors)
    return tuple(sorted(merged.items()))


def conformal_kappa(result: dict[str, Any]) -> float:
    """Smallest ``kappa`` on the grid whose 90 % predictive interval contains the outlet's count (inf if none)."""
    def covered(kappa: float) -> bool:
        low, high = predictive_interval(predictive_pmf(result["profile"], ((kappa, 1.0),)))
        return low <= result["true_k"] <= high

    if covered(KAPPA_GRID[0]):
        return KAPPA_GRID[0]
    if not covered(KAPPA_GRID[-1]):
        return math.inf
    low, high = 0, len(KAPPA_GRID) - 1
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if covered(KAPPA_GRID[middle]) else (middle, high)
    return KAPPA_GRID[high]


def add_kappa(results: list[dict[str, Any]]) -> np.ndarray:
    """Per outlet, the outlet error calibrated on the *other* held-out outlets of the corpus, and the checks.

    ``zero``: kappa = 0. ``ml``: maximum-likelihood kappa plugged in (the previous method).
    ``post``: the posterior of kappa (flat prior on the grid), integrated over (the shipped method).
    ``conformal``: split-conformal kappa, the ceil(0.9 (S + 1))-th smallest of the other outlets'
    conformity scores (smallest kappa whose predictive interval holds their count; inf when S < 9).
    Returns the corpus's (outlets x grid) log-likelihood matrix.
    """
    log_likelihood = outlet_sd_log_likelihood([r["profile"] for r in results], [r["true_k"] for r in results],
                                              grid=KAPPA_GRID)
    total = log_likelihood.sum(axis=0)
    scores = [conformal_kappa(r) for r in results]
    for index, result in enumerate(results):
        others = total - log_likelihood[index]
        best = max(range(len(KAPPA_GRID)), key=lambda j: (float(others[j]), -KAPPA_GRID[j]))
        check(result, ((0.0, 1.0),), "zero")
        check(result, ((KAPPA_GRID[best], 1.0),), "ml")
        check(result, posterior_from(others), "post")
        rest = sorted(score for j, score in enumerate(scores) if j != index)
        rank = math.ceil(LEVEL * (len(rest) + 1))
        kappa = rest[rank - 1] if rank <= len(rest) else math.inf
        check(result, ((min(kappa, 50.0), 1.0),), "conformal")
        result["conformal"]["kappa"] = kappa
    return log_likelihood


def add_transfer(all_results: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]]) -> None:
    """``transfer``: the outlet error from the *other* corpora only, as the shipped default is built
    (an equal mixture of each non-control corpus's posterior over all its held-out outlets)."""
    posteriors = {name: posterior_from(info["log_likelihood"].sum(axis=0))
                  for name, (_, info) in all_results.items() if name in CALIBRATION_CORPORA}
    for name, (results, info) in all_results.items():
        sources = [posterior for other, posterior in posteriors.items() if other != name]
        info["transfer_from"] = [other for other in posteriors if other != name]
        for result in results:
            if sources:
                check(result, mix(sources), "transfer")


# --------------------------------------------------------------------------- report


def _fmt(value: float, digits: int = 2) -> str:
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


METHODS = {
    "zero": "kappa = 0 (trust the article model)",
    "ml": "kappa by maximum likelihood, plugged in (before)",
    "post": "**kappa posterior, integrated (shipped method)**",
    "conformal": "split-conformal kappa (alternative)",
    "transfer": "kappa posterior from the other corpora (as shipped)",
}


def _share(hits: Sequence[bool]) -> str:
    return f"{np.mean(hits):.0%} ({sum(hits)}/{len(hits)})" if len(hits) else "n/a"


def calibration_row(results: list[dict[str, Any]], method: str) -> list[str]:
    rows = [r[method] for r in results]
    extreme = [r["true_k"] in (0, r["n"]) for r in results]
    kappas = [row["kappa"] for row in rows]
    return [
        f"{np.median(kappas):.2f}" if all(math.isfinite(k) for k in kappas) else
        f"{np.median(kappas):.2f} ({sum(not math.isfinite(k) for k in kappas)} inf)",
        f"{np.mean([row['high'] - row['low'] for row in rows]):.2f}",
        _share([row["inside"] for row in rows]),
        f"{np.mean([row['expected_inside'] for row in rows]):.0%}",
        _share([row["inside"] for row, e in zip(rows, extreme) if not e]),
        _share([row["predictive"] for row, e in zip(rows, extreme) if e]),
        _share([row["predictive"] for row in rows]),
        _share([row["inside"] for row, r in zip(rows, results) if r["n"] >= 25]),
    ]


def width_table(results: list[dict[str, Any]]) -> list[str]:
    lines = ["| articles | outlets | mean data weight | kappa = 0: width | ML plug-in: width | in interval "
             "| **posterior: width** | in interval | expected if calibrated | in predictive |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for low, high in WIDTH_BINS:
        rows = [r for r in results if low <= r["n"] <= high]
        if not rows:
            continue
        label = f"{low}-{high}" if high < 10**9 else f">= {low}"
        lines.append(
            f"| {label} | {len(rows)} | {np.mean([r['data_weight'] for r in rows]):.2f} "
            f"| {np.mean([r['zero']['high'] - r['zero']['low'] for r in rows]):.3f} "
            f"| {np.mean([r['ml']['high'] - r['ml']['low'] for r in rows]):.3f} "
            f"| {sum(r['ml']['inside'] for r in rows)}/{len(rows)} "
            f"| {np.mean([r['post']['high'] - r['post']['low'] for r in rows]):.3f} "
            f"| {sum(r['post']['inside'] for r in rows)}/{len(rows)} "
            f"| {np.mean([r['post']['expected_inside'] for r in rows]):.0%} "
            f"| {sum(r['post']['predictive'] for r in rows)}/{len(rows)} |"
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
        "probabilities.",
        "",
        "| corpus | outlets evaluated (articles) | Spearman estimate vs true share [95 % CI] | "
        "Spearman naive mean [95 % CI] |",
        "|---|---|---|---|",
    ]
    pooled: list[dict[str, Any]] = []
    for name, (results, info) in all_results.items():
        pooled.extend(results)
        estimate = np.array([r["estimate"] for r in results])
        naive = np.array([r["mean_credibility"] for r in results])
        truth = np.array([r["true_share"] for r in results])
        rho_ci, naive_ci = bootstrap_spearman(estimate, truth, n_boot), bootstrap_spearman(naive, truth, n_boot)
        restriction = " (domains with >= 3 articles)" if MIN_EVAL_ARTICLES[name] > 1 else ""
        lines.append(
            f"| {CORPORA[name]} | {info['n_evaluated']} of {info['n_outlets']}{restriction} "
            f"({info['n_evaluated_articles']}) | {_fmt(spearman(estimate, truth))} [{_fmt(rho_ci[0])}, "
            f"{_fmt(rho_ci[1])}] | {_fmt(spearman(naive, truth))} [{_fmt(naive_ci[0])}, {_fmt(naive_ci[1])}] |"
        )
    lines += [
        "",
        "## Calibration of the 90 % interval",
        "",
        "The interval is for the outlet's *long-run* share; the only yardstick is the observed share k/n of its "
        "n articles, itself binomially noisy. Columns: `in interval` = the plain check (observed share inside the "
        "stated interval), reported as is; `expected if calibrated` = the plain check's expectation if the "
        "stated model were exactly right (sum over outlets of P(k/n in interval) under the posterior predictive): "
        "the plain check cannot reach 90 % for small n even for an honest interval, so compare it with this; "
        "`share in (0, 1)` = the plain check on outlets whose observed share is not exactly 0 or 1; "
        "`share 0 or 1` = those outlets (no interval strictly inside (0, 1) can contain their observed share) "
        "checked like for like: observed count inside the 90 % posterior predictive interval for n articles; "
        "`sample interval` = that check on all outlets: the observed share inside "
        "`SourceProfile.sample_interval`, the shipped 90 % interval for the share of credible articles among the "
        "n profiled articles (discrete, so >= 90 % when the model is right); "
        "`n >= 25` = plain check where binomial noise is small. The outlet error is calibrated for each outlet "
        "on the *other* held-out outlets of its corpus (never on itself), except `from the other corpora`, "
        "which uses only other corpora's outlets (Webis <- SemEval, SemEval <- Webis, FA-KES <- both), the way "
        "the shipped default is built.",
        "",
        "| corpus | outlet error | kappa (median) | mean width | in interval | expected if calibrated "
        "| share in (0, 1): in interval | share 0 or 1: in predictive | **sample interval: in interval** "
        "| n >= 25: in interval |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, (results, info) in all_results.items():
        for method, label in METHODS.items():
            if method not in results[0]:
                continue
            if method == "transfer":
                label += f" ({', '.join(info['transfer_from'])})"
            lines.append(f"| {name} | {label} | " + " | ".join(calibration_row(results, method)) + " |")
    lines += ["", "## Interval width by article count (all corpora pooled)", ""] + width_table(pooled)
    for name, (results, info) in all_results.items():
        lines += ["", f"## {CORPORA[name]}", "",
                  f"{info['n_records']} deduplicated articles, {info['n_outlets']} outlets, "
                  f"{info['seconds']:.0f} s.", "",
                  "| outlet | n | true share | estimate [90 % interval, kappa posterior] | naive "
                  "| predictive k (true k) | prior share, tau, sigma, mean kappa | most unusual feature |",
                  "|---|---|---|---|---|---|---|---|"]
        for r in sorted(results, key=lambda r: (-r["n"], r["outlet"]))[:40]:
            post = r["post"]
            lines.append(
                f"| {r['outlet']} | {r['n']} | {r['true_share']:.2f} | {r['estimate']:.2f} [{post['low']:.2f}, "
                f"{post['high']:.2f}] | {r['mean_credibility']:.2f} | {post['k_low']}-{post['k_high']} ({r['true_k']}) "
                f"| {r['prior_share']:.2f}, {r['tau']:.2f}, {r['sigma']:.2f}, {post['kappa']:.2f} | {r['top_feature']} |"
            )
        if len(results) > 40:
            lines.append(f"| ... {len(results) - 40} more outlets with fewer articles | | | | | | | |")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- shipped norms


def write_norms(data_dir: Path, n_jobs: int) -> None:
    """Derive the shipped prior and feature norms with the shipped model (numbers only, no text).

    The outlet error is the equal mixture, one component per corpus, of the
    ``kappa`` posteriors of BuzzFeed-Webis and SemEval-2019 (each from all its
    leave-outlet-out profiles; FA-KES, the negative control, is left out): a
    user's corpus is a new corpus, and ``kappa`` differs between corpora, so
    pooling all outlets into one posterior would be over-confident.
    ``outlet_sd`` is the mixture's mean.
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
    runs = {name: run_corpus(name, data_dir, n_jobs) for name in CALIBRATION_CORPORA}
    posterior = mix([posterior_from(info["log_likelihood"].sum(axis=0)) for _, info in runs.values()])
    n_held_out = sum(len(results) for results, _ in runs.values())
    kappa = float(sum(k * w for k, w in posterior))
    prior = SourcePrior.from_groups(by_outlet_logits, origin="shipped model over webis, semeval, fakes outlets",
                                    outlet_sd=kappa, outlet_sd_posterior=posterior)
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
                  "outlet_sd_posterior": [[kappa, round(weight, 8)] for kappa, weight in prior.outlet_sd_posterior],
                  "n_outlets": prior.n_outlets,
                  "outlet_sd_from": f"equal mixture of the kappa posteriors (flat prior on 0, 0.05, ..., 5) of the "
                                    f"leave-outlet-out profiles of {len(runs['webis'][0])} webis and "
                                    f"{len(runs['semeval'][0])} semeval outlets ({n_held_out}); outlet_sd is its mean"},
        "norms_n_outlets": len(reference),
        "norms": {name: round(value, 6) for name, value in sorted(norms.items())},
    }
    text = json.dumps(payload, indent=2)
    # one [kappa, weight] pair per line
    text = re.sub(r"\[\s+(-?[0-9.e+-]+),\s+(-?[0-9.e+-]+)\s+\]", r"[\1, \2]", text)
    NORMS_PATH.write_text(text + "\n", encoding="utf-8")
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
        print(f"{name}: { {k: v for k, v in all_results[name][1].items() if k != 'log_likelihood'} }",
              file=sys.stderr)
    add_transfer(all_results)
    command = "python benchmarks/source_profiles.py" + (f" --bootstrap {args.bootstrap}" if args.bootstrap != 1000 else "")
    text = report(all_results, args.bootstrap, time.perf_counter() - started, command)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
