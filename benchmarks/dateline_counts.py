"""How many training articles open with a wire dateline, by corpus and label.

    python benchmarks/dateline_counts.py [--data ../shared/data]

An article counts when ``all_caps_density`` drops at least one run of capitals as a
dateline ("NEW YORK (AP) -"): its shouting spans are compared with those found when
``reliability.features.style._is_dateline`` is switched off. Used for the
``all_caps_density`` paragraph in features/style_and_readability.md.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from unittest import mock

from reliability.article import Article
from reliability.corpora import default_data_dir, load_corpus
from reliability.features import style


def _shouting(text: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in style.extract_style(Article(text))["all_caps_density"].spans]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    args = parser.parse_args()
    print("| corpus | label | articles | with a dateline |")
    print("|---|---|---:|---:|")
    for corpus in ("webis", "horne"):
        totals: Counter[int] = Counter()
        datelines: Counter[int] = Counter()
        for record in load_corpus(corpus, args.data):
            text = record["text"]
            totals[record["label"]] += 1
            kept = _shouting(text)
            with mock.patch.object(style, "_is_dateline", return_value=False):
                if _shouting(text) != kept:
                    datelines[record["label"]] += 1
        for label in sorted(totals, reverse=True):
            name = "credible" if label == 1 else "not credible"
            print(f"| {corpus} | {name} | {totals[label]} | {datelines[label]} |")


if __name__ == "__main__":
    main()
