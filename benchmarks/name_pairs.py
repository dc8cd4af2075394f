"""Every name-inconsistency pair the detector reports on the shared corpora, for reading.

    python benchmarks/name_pairs.py [--data DIR]

Prints one line per pair (corpus, the full name as introduced, the later variant)
and the total, so that a reader can judge how many are real misspellings of one
person's name. Nothing is tuned on it: it is the list the feature card cites.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reliability.article import Article
from reliability.corpora import default_data_dir, load_corpus
from reliability.features.consistency import _name_conflicts


def pairs(data: Path) -> list[tuple[str, str, str]]:
    found = []
    for corpus in ("webis", "horne", "semeval", "fakes"):
        for record in load_corpus(corpus, data):
            spans = _name_conflicts(Article(record["text"]))
            for first, later in zip(spans[0::2], spans[1::2]):
                found.append((corpus, first.note, later.note))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    arguments = parser.parse_args(argv)
    found = pairs(arguments.data)
    for corpus, first, later in found:
        print(f"{corpus}: {first}; {later}")
    print(f"{len(found)} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
