"""Every name-inconsistency pair the detector reports on the shared corpora, for reading.

    python benchmarks/name_pairs.py [--data DIR] [--figures]

Prints one line per pair (corpus, the full name as introduced, the later variant)
and the total, so that a reader can judge how many are real misspellings of one
person's name. Nothing is tuned on it: it is the list the feature card cites.
``--figures`` lists the conflicting_figures pairs the same way (with a little context).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reliability.article import Article
from reliability.corpora import default_data_dir, load_corpus
from reliability.features.consistency import _name_conflicts, extract_consistency


def _figure_conflicts(article: Article) -> list:
    spans = list(extract_consistency(article)["conflicting_figures"].spans)
    text = article.text
    return [type(span)(span.start, span.end, repr(text[max(0, span.start - 60):span.end + 40])) for span in spans]


def pairs(data: Path, figures: bool = False) -> list[tuple[str, str, str]]:
    found = []
    for corpus in ("webis", "horne", "semeval", "fakes"):
        for record in load_corpus(corpus, data):
            article = Article(record["text"])
            spans = _figure_conflicts(article) if figures else _name_conflicts(article)
            for first, later in zip(spans[0::2], spans[1::2]):
                found.append((corpus, first.note, later.note))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--figures", action="store_true", help="list conflicting_figures pairs instead")
    arguments = parser.parse_args(argv)
    found = pairs(arguments.data, arguments.figures)
    for corpus, first, later in found:
        print(f"{corpus}: {first}; {later}")
    print(f"{len(found)} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
