"""word_choice on its own: how well the learned word-level score ranks held-out outlets, per setting.

    python benchmarks/word_choice.py          # writes benchmarks/results/word_choice.md

For each corpus, the vocabulary (``reliability.training.fit_vocabulary``) is fitted on
the training folds of the same splits as ``benchmarks/quality.py`` (publisher-grouped
5-fold on BuzzFeed-Webis and its hyperpartisan publishers, cross-subset on Horne) and
scores the held-out articles; ROC-AUC is computed on the pooled out-of-fold scores.
It is run for a grid of the regularisation ``C`` and the minimum document frequency,
which is how the default setting was chosen: the grid is evaluated on the same grouped
folds the quality benchmark reports, so the chosen row is slightly optimistic (the
spread across the grid is in the table). Cross-corpus rows train on Webis + Horne.
The last section lists the words with the largest weights when the default setting is
fitted on all of Webis + Horne (what ``reliability train --word-choice`` would learn there).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _environment import header_lines  # noqa: E402  (benchmarks/ helper)
from quality import Dataset, counts_of, outer_splits  # noqa: E402

from reliability.corpora import default_data_dir, load_corpus
from reliability.evaluation import roc_auc
from reliability.training import DEFAULT_VOCABULARY_C, DEFAULT_VOCABULARY_MIN_DF, fit_vocabulary

RESULTS = Path(__file__).resolve().parent / "results" / "word_choice.md"
GRID = ((1.0, 5), (3.0, 5), (10.0, 5), (30.0, 5), (10.0, 3), (10.0, 20))


def out_of_fold_auc(dataset: Dataset, c: float, min_df: int) -> float:
    counts = counts_of(dataset)
    folds, _ = outer_splits("grouped", dataset)
    scores = np.zeros(len(dataset.y))
    for train, test in folds:
        vocabulary = fit_vocabulary([counts[i] for i in train], dataset.y[train], dataset.groups[train],
                                    c=c, min_df=min_df)
        scores[test] = [vocabulary.score_counts(counts[i]) for i in test]
    return roc_auc(dataset.y, scores)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from threadpoolctl import threadpool_limits

    datasets = {name: Dataset(name, load_corpus(name, args.data)) for name in
                ("webis", "webis_hyperpartisan", "horne", "semeval", "fakes")}
    train = Dataset("webis+horne", datasets["webis"].records + datasets["horne"].records)
    rows = []
    with threadpool_limits(limits=1):
        for c, min_df in GRID:
            within = [out_of_fold_auc(datasets[name], c, min_df) for name in ("webis", "webis_hyperpartisan", "horne")]
            vocabulary = fit_vocabulary(counts_of(train), train.y, train.groups, c=c, min_df=min_df)
            cross = [roc_auc(datasets[name].y, np.array([vocabulary.score_counts(bag) for bag in counts_of(datasets[name])]))
                     for name in ("semeval", "fakes")]
            rows.append((c, min_df, within, cross, len(vocabulary.terms)))
            print(f"C={c} min_df={min_df}: " + " ".join(f"{v:.3f}" for v in within + cross), flush=True)
    lines = [
        "# word_choice alone", "",
        *header_lines("python benchmarks/word_choice.py", time.perf_counter() - started),
        "- score: the vocabulary's own log-odds (no other feature), fitted on the training folds only; pooled "
        "out-of-fold ROC-AUC. Grouped = GroupKFold(5) on publisher (Webis), cross-subset (Horne). "
        "Cross-corpus: fitted on Webis + Horne. FA-KES is a negative control (0.5 is right).",
        f"- default setting: C = {DEFAULT_VOCABULARY_C}, min_df = {DEFAULT_VOCABULARY_MIN_DF} (marked *)", "",
        "| C | min_df | webis grouped | hyperpartisan grouped | horne cross-subset | -> semeval | -> fakes | words (all training data) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for c, min_df, within, cross, n_terms in rows:
        mark = " *" if (c, min_df) == (DEFAULT_VOCABULARY_C, DEFAULT_VOCABULARY_MIN_DF) else ""
        lines.append(f"| {c:g}{mark} | {min_df} | " + " | ".join(f"{v:.3f}" for v in within + cross) + f" | {n_terms:,} |")
    full = fit_vocabulary(counts_of(train), train.y, train.groups)
    ranked = sorted(full.terms.items(), key=lambda item: item[1][1])
    lines += [
        "", "## Largest weights, default setting fitted on all of Webis + Horne", "",
        f"{len(full.terms):,} words kept; {full.metadata['dropped_as_outlet_specific']:,} dropped as outlet-specific "
        f"(an outlet uses them {full.metadata['max_outlet_lift']:g}x as often as the rest).",
        "Weight per unit of normalised TF-IDF (the share a word adds also depends on its idf, its count and the "
        "article's length).", "",
        "- toward not credible: " + ", ".join(f"{term} ({weight:+.2f})" for term, (_, weight) in ranked[:30]),
        "- toward credible: " + ", ".join(f"{term} ({weight:+.2f})" for term, (_, weight) in ranked[::-1][:30]),
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
