"""Is a learned sentence classifier better than our cue lists on the Wikipedia weasel corpus?

    python benchmarks/weasel_learned.py     # writes benchmarks/results/weasel_learned.md

A reference for issue 4's weasel target (sentence-level F1 >= 0.75 on split=test):
TF-IDF n-gram logistic regressions (class-balanced) are trained on split=train only;
C and the decision threshold are chosen by 5-fold cross-validated F1 on split=train;
split=test is scored once. The "best threshold on test" column is an oracle, shown
only as an upper bound for these models. Texts are PTB-detokenised the same way the
cue-list evaluation in ``benchmarks/feature_validation.py`` does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _environment import header_lines  # noqa: E402
from feature_validation import detokenise  # noqa: E402

from reliability.corpora import default_data_dir, read_jsonl

RESULTS = Path(__file__).resolve().parent / "results" / "weasel_learned.md"
NGRAMS = ((1, 1), (1, 2), (1, 3))
C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = np.round(np.arange(0.2, 0.86, 0.05), 2)


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, precision_recall_fscore_support
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import make_pipeline

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rows = list(read_jsonl(args.data / "wiki_weasel_conll2010_sentences" / "data.jsonl"))
    train = [row for row in rows if row["split"] == "train"]
    test = [row for row in rows if row["split"] == "test"]
    x_train = [detokenise(row["text"]) for row in train]
    x_test = [detokenise(row["text"]) for row in test]
    y_train = np.array([row["label"] != "certain" for row in train])
    y_test = np.array([row["label"] != "certain" for row in test])

    def model(ngram: tuple[int, int], c: float):  # noqa: ANN202
        return make_pipeline(
            TfidfVectorizer(ngram_range=ngram, sublinear_tf=True, min_df=2),
            LogisticRegression(C=c, max_iter=3000, class_weight="balanced"),
        )

    lines_out = []
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(x_train, y_train))
    for ngram in NGRAMS:
        best = (-1.0, 0.0, 0.5)
        for c in C_GRID:
            oof = np.zeros(len(y_train))
            for fit_rows, held in folds:
                fitted = model(ngram, c).fit([x_train[i] for i in fit_rows], y_train[fit_rows])
                oof[held] = fitted.predict_proba([x_train[i] for i in held])[:, 1]
            for threshold in THRESHOLDS:
                score = f1_score(y_train, oof >= threshold)
                if score > best[0]:
                    best = (score, c, float(threshold))
        cv_f1, c, threshold = best
        p = model(ngram, c).fit(x_train, y_train).predict_proba(x_test)[:, 1]
        precision, recall, f1, _ = precision_recall_fscore_support(y_test, p >= threshold, average="binary")
        oracle = max(f1_score(y_test, p >= t) for t in THRESHOLDS)
        lines_out.append(f"| {ngram[0]}-{ngram[1]} grams | {c:g} | {threshold:.2f} | {cv_f1:.3f} | {precision:.3f} | "
                         f"{recall:.3f} | **{f1:.3f}** | {oracle:.3f} |")
        print(lines_out[-1], flush=True)
    text = "\n".join([
        "# Learned weasel-sentence classifiers (reference for the cue lists)", "",
        *header_lines("python benchmarks/weasel_learned.py", time.perf_counter() - started),
        f"- data: Wikipedia weasel sentences (CoNLL-2010), split=train {len(train):,} "
        f"({int(y_train.sum()):,} uncertain), split=test {len(test):,} ({int(y_test.sum()):,} uncertain)",
        "- model: TF-IDF (sublinear tf, min_df=2) + class-balanced logistic regression; C and threshold chosen "
        "by 5-fold CV F1 on split=train", "",
        "| features | C | threshold | CV F1 (train) | precision (test) | recall (test) | F1 (test) | best threshold on test (oracle) |",
        "|---|---|---|---|---|---|---|---|",
        *lines_out, "",
    ])
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
