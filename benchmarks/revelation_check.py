"""Does ``revelation_density`` help on held-out publishers, and is the gain more than selection?

    python benchmarks/revelation_check.py --data ../shared/data [--nulls 40] [--bootstrap 1000]

Prints (nothing is written under benchmarks/results/):

1. our additive model (``fit_model`` exactly as ``benchmarks/quality.py`` calls it) with
   and without ``revelation_density``, on the grouped splits of ``quality.py``
   (webis_hyperpartisan and webis: GroupKFold(5) on publisher; horne: cross-subset)
   plus leave-one-publisher-out on webis_hyperpartisan, and trained on Webis + Horne,
   tested on SemEval and FA-KES; paired bootstrap intervals of the change;
2. the same with a reduced lexicon that leaves out the two stems suggested by the data
   (``caught``, ``admit*``), computed here from the lexicon file;
3. a null distribution: random lexicons of ordinary words (document frequency 5-60 in
   the hyperpartisan subset) covering as many hyperpartisan articles as the real one,
   added as an extra column; their change in hyperpartisan grouped AUC.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality as Q  # noqa: E402  (benchmarks/ helper)

from reliability.article import WORD_RE, normalise_typography
from reliability.corpora import default_data_dir, load_corpus
from reliability.evaluation import bootstrap, predict_tfidf, roc_auc
from reliability.features.base import load_lexicon

FEATURE = "revelation_density"
SETTINGS = ("webis_hyperpartisan", "webis_hyperpartisan LOPO", "webis", "horne", "semeval", "fakes")


def _lexicon_column(pattern: re.Pattern[str]) -> Any:
    def column(record: dict[str, Any]) -> float:
        text = normalise_typography(record["text"])
        words = max(1, len(WORD_RE.findall(text)))
        # log1p here = the transform fit_model gives registered densities (unregistered names get none)
        return math.log1p(1000.0 * len(pattern.findall(text)) / words)
    return column


def _pattern(terms: list[str]) -> re.Pattern[str]:
    body = "|".join(r"[ ]+".join(map(re.escape, term.split())) for term in sorted(terms, key=len, reverse=True))
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE)


class Harness:
    def __init__(self, data: Path) -> None:
        self.features = list(Q.DEFAULT_MODEL_FEATURES)
        self.cache = Q.FeatureCache(self.features, Q.CACHE_DIR)
        self.data = data
        self.loaded: dict[str, tuple[Q.Dataset, np.ndarray]] = {}

    def dataset(self, name: str) -> tuple[Q.Dataset, np.ndarray]:
        if name not in self.loaded:
            dataset = Q.Dataset(name, load_corpus(name, self.data))
            self.loaded[name] = (dataset, self.cache.matrix(dataset))
        return self.loaded[name]

    def predictions(self, drop: tuple[str, ...] = (), extra: dict[str, Any] | None = None,
                    settings: tuple[str, ...] = SETTINGS) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Pooled held-out probabilities per setting; ``extra`` = name -> column function of a record."""
        from sklearn.model_selection import LeaveOneGroupOut

        kept = [name for name in self.features if name not in drop]
        columns = [self.features.index(name) for name in kept]
        extra = extra or {}
        names = kept + list(extra)

        def matrix(corpus: str) -> tuple[Q.Dataset, np.ndarray]:
            dataset, raw = self.dataset(corpus)
            out = raw[:, columns]
            if extra:
                out = np.column_stack([out, [[f(r) for f in extra.values()] for r in dataset.records]])
            return dataset, out

        out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for setting in settings:
            if setting in ("semeval", "fakes"):
                continue
            corpus, _, lopo = setting.partition(" ")
            dataset, raw = matrix(corpus)
            folds = (list(LeaveOneGroupOut().split(raw, dataset.y, dataset.groups)) if lopo
                     else Q.outer_splits("grouped", dataset)[0])
            p = np.full(len(dataset.y), np.nan)
            for train, test in folds:
                p[test], _ = Q.predict_ours(raw[train], dataset.y[train], dataset.groups[train], raw[test], names)
            out[setting] = (dataset.y, p)
        cross = [s for s in settings if s in ("semeval", "fakes")]
        if cross:
            parts = [matrix(corpus) for corpus in Q.CROSS_TRAIN]
            y = np.concatenate([d.y for d, _ in parts])
            groups = np.concatenate([d.groups for d, _ in parts])
            raw = np.vstack([m for _, m in parts])
            for setting in cross:
                dataset, test = matrix(setting)
                p, _ = Q.predict_ours(raw, y, groups, test, names)
                out[setting] = (dataset.y, p)
        return out


def compare(label: str, base: dict, new: dict, n_resamples: int) -> None:
    print(f"\n{label}")
    print("| setting | without | with | change [95 % CI] |\n|---|---|---|---|")
    for setting in new:
        y, p1 = new[setting]
        p0 = base[setting][1]
        a0, a1 = roc_auc(y, p0), roc_auc(y, p1)
        ci = bootstrap(y, {"new": p1, "base": p0}, n_resamples, 0, pairs=(("new", "base"),))["delta_auc"]["new-base"]
        print(f"| {setting} | {a0:.3f} | {a1:.3f} | {a1 - a0:+.3f} [{ci[0]:+.3f}, {ci[1]:+.3f}] |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--nulls", type=int, default=40, help="random lexicons for the null distribution")
    args = parser.parse_args(argv)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        harness = Harness(args.data)
        base = harness.predictions(drop=(FEATURE,))
        compare("1. revelation_density added to the shipped feature set", base, harness.predictions(), args.bootstrap)

        hyper, _ = harness.dataset("webis_hyperpartisan")
        folds = Q.outer_splits("grouped", hyper)[0]
        tfidf = np.full(len(hyper.y), np.nan)
        for train, test in folds:
            tfidf[test] = predict_tfidf([hyper.texts[i] for i in train], hyper.y[train], hyper.groups[train],
                                        [hyper.texts[i] for i in test])
        print(f"\nTF-IDF + LR on webis_hyperpartisan, GroupKFold(5): {roc_auc(hyper.y, tfidf):.3f}")

        terms = list(load_lexicon("revelation").terms["revelation"])
        reduced = [t for t in terms if not t.startswith(("caught", "admit"))]
        extra = {"revelation_reduced": _lexicon_column(_pattern(reduced))}
        compare("2. without the data-suggested stems caught, admit* (regex prototype, no exclusions)", base,
                harness.predictions(drop=(FEATURE,), extra=extra), args.bootstrap)

        if args.nulls > 0:
            full = _pattern(terms)
            covered = sum(1 for r in hyper.records if full.search(normalise_typography(r["text"])))
            bags = [set(w.lower() for w in WORD_RE.findall(r["text"])) for r in hyper.records]
            df: dict[str, int] = {}
            for bag in bags:
                for word in bag:
                    df[word] = df.get(word, 0) + 1
            pool = sorted(w for w, c in df.items() if 5 <= c <= 60 and w.isalpha())
            rng = random.Random(0)
            reference = roc_auc(*base["webis_hyperpartisan"])
            gains = []
            for _ in range(args.nulls):
                words: list[str] = []
                hit: set[int] = set()
                candidates = pool[:]
                rng.shuffle(candidates)
                for word in candidates:
                    words.append(word)
                    hit |= {i for i, bag in enumerate(bags) if word in bag}
                    if len(hit) >= covered:
                        break
                column = _lexicon_column(_pattern(words))
                y, p = harness.predictions(drop=(FEATURE,), extra={"random": column},
                                           settings=("webis_hyperpartisan",))["webis_hyperpartisan"]
                gains.append(roc_auc(y, p) - reference)
            g = np.array(gains)
            print(f"\n3. {args.nulls} random lexicons (covering >= {covered} hyperpartisan articles): change in "
                  f"webis_hyperpartisan grouped AUC mean {g.mean():+.3f}, sd {g.std():.3f}, max {g.max():+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
