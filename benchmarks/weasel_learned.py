"""Is a learned sentence classifier better than our cue lists on the Wikipedia weasel corpus?

    python benchmarks/weasel_learned.py     # writes benchmarks/results/weasel_learned.md

A reference for issue 4's weasel target (sentence-level F1 >= 0.75 on split=test):
TF-IDF n-gram logistic regressions (class-balanced), and the same regression over the
cue phrases our detectors find (alone and with word n-grams), are trained on split=train only;
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


def _cue_tokens(text: str) -> list[str]:
    """The cue phrases our detectors find in one sentence, each with its family, and the families."""
    from reliability.article import Article
    from reliability.features.attribution import extract_attribution
    from reliability.features.lexical import extract_lexical

    article = Article(text)
    lexical = extract_lexical(article)
    attribution = extract_attribution(article)
    tokens = []
    for family, measurement in (("hedge", lexical["hedging_density"]), ("distancing", lexical["distancing_density"]),
                                ("weasel", lexical["weasel_density"]),
                                ("anonymous", attribution["anonymous_source_density"])):
        for span in measurement.spans:
            tokens += [f"{family}:{text[span.start:span.end].lower()}", f"family:{family}"]
    return tokens


def _texts(inputs: list[tuple[str, list[str]]]) -> list[str]:
    return [text for text, _ in inputs]


def _cues(inputs: list[tuple[str, list[str]]]) -> list[list[str]]:
    return [cues for _, cues in inputs]


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def main(argv: list[str] | None = None) -> int:
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    from sklearn.preprocessing import FunctionTransformer
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

    cue_train = [_cue_tokens(text) for text in x_train]
    cue_test = [_cue_tokens(text) for text in x_test]

    def model(ngram: tuple[int, int] | None, c: float, cues: bool = False):  # noqa: ANN202
        # Each input is (text, cue tokens); a step takes the part it needs.
        parts = []
        if ngram is not None:
            parts.append(("words", make_pipeline(FunctionTransformer(_texts), TfidfVectorizer(
                ngram_range=ngram, sublinear_tf=True, min_df=2))))
        if cues:
            parts.append(("cues", make_pipeline(FunctionTransformer(_cues), CountVectorizer(
                analyzer=_identity, binary=True, min_df=2))))
        return make_pipeline(FeatureUnion(parts), LogisticRegression(C=c, max_iter=3000, class_weight="balanced"))

    lines_out = []
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(x_train, y_train))
    inputs_train = list(zip(x_train, cue_train))
    inputs_test = list(zip(x_test, cue_test))
    variants: list[tuple[str, tuple[int, int] | None, bool]] = [
        (f"{ngram[0]}-{ngram[1]} grams", ngram, False) for ngram in NGRAMS
    ] + [("our cue phrases, weights learned", None, True), ("our cue phrases + 1-2 grams", (1, 2), True)]
    for label, ngram, cues in variants:
        best = (-1.0, 0.0, 0.5)
        for c in C_GRID:
            oof = np.zeros(len(y_train))
            for fit_rows, held in folds:
                fitted = model(ngram, c, cues).fit([inputs_train[i] for i in fit_rows], y_train[fit_rows])
                oof[held] = fitted.predict_proba([inputs_train[i] for i in held])[:, 1]
            for threshold in THRESHOLDS:
                score = f1_score(y_train, oof >= threshold)
                if score > best[0]:
                    best = (score, c, float(threshold))
        cv_f1, c, threshold = best
        p = model(ngram, c, cues).fit(inputs_train, y_train).predict_proba(inputs_test)[:, 1]
        precision, recall, f1, _ = precision_recall_fscore_support(y_test, p >= threshold, average="binary")
        oracle = max(f1_score(y_test, p >= t) for t in THRESHOLDS)
        lines_out.append(f"| {label} | {c:g} | {threshold:.2f} | {cv_f1:.3f} | {precision:.3f} | "
                         f"{recall:.3f} | **{f1:.3f}** | {oracle:.3f} |")
        print(lines_out[-1], flush=True)
    text = "\n".join([
        "# Learned weasel-sentence classifiers (reference for the cue lists)", "",
        *header_lines("python benchmarks/weasel_learned.py", time.perf_counter() - started),
        f"- data: Wikipedia weasel sentences (CoNLL-2010), split=train {len(train):,} "
        f"({int(y_train.sum()):,} uncertain), split=test {len(test):,} ({int(y_test.sum()):,} uncertain)",
        "- model: TF-IDF (sublinear tf, min_df=2) + class-balanced logistic regression; C and threshold chosen "
        "by 5-fold CV F1 on split=train. \"Our cue phrases\": each phrase our hedging, distancing, weasel and "
        "anonymous-attribution detectors find in the sentence (lower-cased, with its family) and each family that "
        "fired, as binary features (min_df=2), so the regression learns a weight per cue instead of \"any cue "
        "fires\"", "",
        "| features | C | threshold | CV F1 (train) | precision (test) | recall (test) | F1 (test) | best threshold on test (oracle) |",
        "|---|---|---|---|---|---|---|---|",
        *lines_out, "",
    ])
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
