"""Where grouped-CV calibration error comes from: base-rate shift between outlets, or the slope.

    python benchmarks/calibration_by_group.py

For each corpus of the quality benchmark (Horne cross-subset, BuzzFeed-Webis and its
hyperpartisan publishers, publisher-grouped folds) it fits our model exactly as
``quality.py`` does, pools the out-of-fold probabilities and prints:

- per test fold: its outlets, the mean predicted probability, the true share of
  credible articles there, the training part's share, and the fold's ECE;
- the calibration slope of the pooled out-of-fold log-odds with one intercept, and
  with one intercept per outlet (the slope *within* outlets: how well the score
  ranks articles of one outlet once its base rate is known; 1 is ideal).

A fold whose mean prediction sits near the training share while its own share is far
from it is base-rate shift, which only ``score(..., prior=...)`` can correct; a slope
below 1 is overconfidence that recalibration could correct. Needs ../shared/data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality  # noqa: E402  (benchmarks/ helper: the same features, folds and model)

from reliability.corpora import load_corpus  # noqa: E402


def _ece(p: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    index = np.minimum((p * bins).astype(int), bins - 1)
    return float(sum((index == k).mean() * abs(p[index == k].mean() - y[index == k].mean())
                     for k in range(bins) if (index == k).any()))


def _slope(logits: np.ndarray, y: np.ndarray, groups: np.ndarray | None) -> float:
    from sklearn.linear_model import LogisticRegression

    columns = [logits] if groups is None else [logits, *((groups == g).astype(float) for g in np.unique(groups))]
    model = LogisticRegression(C=100.0, fit_intercept=groups is None, max_iter=2000)
    model.fit(np.column_stack(columns), y)
    return float(model.coef_[0][0])


def main() -> int:
    # No options; parsed so that --help prints this docstring instead of running the benchmark
    # (and overwriting its committed results).
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    features, _ = quality.available_features()
    cache = quality.FeatureCache(features)
    for name in ("horne", "webis", "webis_hyperpartisan"):
        dataset = quality.Dataset(name, load_corpus(name))
        raw = cache.matrix(dataset)
        folds, description = quality.outer_splits("grouped", dataset)
        pooled = quality.out_of_fold(dataset, raw, folds, features, models=("ours",))["ours"]
        y = dataset.y
        logits = np.log(pooled / (1 - pooled))
        print(f"\n## {name} ({description}): pooled ECE {_ece(pooled, y):.3f}, "
              f"mean prediction {pooled.mean():.3f}, share credible {y.mean():.3f}")
        print("| test outlets | n | mean prediction | share credible | training share | fold ECE |")
        print("|---|---:|---:|---:|---:|---:|")
        for train, test in folds:
            outlets = ", ".join(sorted(set(dataset.groups[test])))
            print(f"| {outlets} | {len(test)} | {pooled[test].mean():.3f} | {y[test].mean():.3f} | "
                  f"{y[train].mean():.3f} | {_ece(pooled[test], y[test]):.3f} |")
        print(f"calibration slope, one intercept: {_slope(logits, y, None):.2f}; "
              f"within outlets (an intercept per outlet): {_slope(logits, y, dataset.groups):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
