"""Quality before and after issue 4's features, same protocol, our model only.

    python benchmarks/before_after.py

"Before" is the feature set the 0.1 model was first trained on (the four named
features and the first style, lexicon and headline features, issue 2), less
`headline_capitalised_share`, which the shipped model leaves out; "after" is
the shipped model's feature set (`DEFAULT_MODEL_FEATURES`). Both are fitted with
`fit_model` on the training folds of the splits used by benchmarks/quality.py
(random stratified 5-fold, seed 0; source-grouped), ROC-AUC and ECE on the
pooled out-of-fold predictions, with the mean per-fold AUC beside them. Since the
sign constraints (``reliability.training.EXPECTED_DIRECTIONS``), "before" and "after"
are fitted with them, as the shipped model is, and a third row fits the shipped
features with free signs (``directions={}``): the effect of the constraints alone.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from reliability.corpora import default_data_dir, load_corpus
from reliability.evaluation import expected_calibration_error, linear_probabilities, outer_splits, roc_auc
from reliability.training import DEFAULT_MODEL_FEATURES, feature_matrix, fit_model

from _environment import environment  # noqa: E402  (benchmarks/ helper)

BEFORE = (
    "anonymous_source_density", "named_attribution_density", "anonymous_source_ratio", "quote_density",
    "hedging_density", "urgency_density", "secrecy_density", "loaded_language_density",
    "intensifier_density", "fear_appeal_density", "date_conflicts", "weekday_mismatch", "impossible_date",
    "restated_event", "order_violation", "publication_anachronism", "duration_arithmetic",
    "dated_reference_density", "word_count_log", "all_caps_density", "exclamation_density",
    "question_density", "number_density", "second_person_density", "headline_word_count",
    "headline_punctuation", "headline_clickbait",
)


def run(corpus: str, kind: str, features: tuple[str, ...], raw: np.ndarray, y: np.ndarray,
        groups: np.ndarray, directions: dict[str, int] | None = None) -> tuple[float, float, float]:
    columns = [DEFAULT_MODEL_FEATURES.index(name) for name in features]
    matrix = raw[:, columns]
    folds, _ = outer_splits(kind, y, groups if kind == "grouped" else None)
    if corpus == "horne" and kind == "grouped":
        folds, _ = outer_splits("grouped", y, groups)
    predictions = np.zeros(len(y))
    fold_aucs = []
    for train, test in folds:
        model = fit_model(matrix[train], y[train], groups[train], features=features, directions=directions)
        predictions[test] = linear_probabilities(model, matrix[test])
        if len(np.unique(y[test])) == 2:
            fold_aucs.append(roc_auc(y[test], predictions[test]))
    return roc_auc(y, predictions), float(np.mean(fold_aucs)), expected_calibration_error(y, predictions)


# (row label, feature set, directions passed to fit_model: None = EXPECTED_DIRECTIONS, {} = free)
VARIANTS = (
    ("before (issue 2, %d)" % len(BEFORE), BEFORE, None),
    ("after, signs free (%d)" % len(DEFAULT_MODEL_FEATURES), DEFAULT_MODEL_FEATURES, {}),
    ("after (shipped, %d, sign-constrained)" % len(DEFAULT_MODEL_FEATURES), DEFAULT_MODEL_FEATURES, None),
)
RESULTS = Path(__file__).resolve().parent / "results" / "before_after.md"


def main() -> None:
    # No options; parsed so that --help prints this docstring instead of running the benchmark
    # (and overwriting its committed results).
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    env = environment()
    lines: list[str] = []

    def emit(line: str) -> None:
        lines.append(line)
        print(line, flush=True)

    for line in (
        "# Quality before and after issue 4's features, and with and without sign constraints",
        "",
        f"Command: `python benchmarks/before_after.py` (our model only; same splits as benchmarks/quality.py; "
        f"git commit {env['commit']}, Python {env['python']}). \"before\" and the shipped rows are fitted with the "
        "sign constraints (`EXPECTED_DIRECTIONS`), as the shipped model is; \"signs free\" is the shipped feature "
        "set fitted without them (`directions={}`), which is how the model was fitted before commit be27329.",
        "",
        "| dataset | split | features | ROC-AUC | mean fold AUC | ECE |",
        "|---|---|---|---|---|---|",
    ):
        emit(line)
    data_dir = default_data_dir()
    with threadpool_limits(1):
        for corpus in ("webis", "webis_hyperpartisan", "horne"):
            records = load_corpus(corpus, data_dir)
            raw = feature_matrix(records, DEFAULT_MODEL_FEATURES)
            y = np.array([record["label"] for record in records])
            groups = np.array([record["group"] for record in records])
            for kind in ("random", "grouped"):
                for label, features, directions in VARIANTS:
                    auc, fold_auc, ece = run(corpus, kind, tuple(features), raw, y, groups, directions)
                    emit(f"| {corpus} | {kind} | {label} | {auc:.3f} | {fold_auc:.3f} | {ece:.3f} |")
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
