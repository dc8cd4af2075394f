"""List the injected date conflicts the detector misses, template by template.

Each template of a split is rendered alone (its sentences joined by one space, the ``[[...]]`` marks taken out
and kept as the expected sides) for a few seeds, with and without a publication date, and analysed by
``analyse_dates``.  A render is a miss when no conflict of the template's kind touches a marked side.  The
misses are printed per kind, with the template's name, the seed, the publication date used, the text and the
expected sides, followed by the counts per kind.  Run from the repository root::

    PYTHONPATH=src python benchmarks/date_misses.py --split development
    PYTHONPATH=src python benchmarks/date_misses.py --split blind9 --split blind10 --kind order_violation

Rendering alone (instead of injecting into a corpus article as ``date_conflicts.py`` does) shows what the
rules themselves miss; a render found alone can still be missed inside an article, so ``date_conflicts.py``
stays the measurement.  ``--summary`` prints only the counts, for before/after comparisons.  The split names
are those of ``date_conflicts.py``; this script has no default set beyond ``held_out``.
"""
from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from date_conflicts import INDEPENDENT_SETS, TEMPLATES  # noqa: E402  (benchmarks/ helper)

from reliability.features.temporal import CONFLICT_KINDS, analyse_dates  # noqa: E402

_MARK = re.compile(r"\[\[(.*?)\]\]")


def render(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join the sentences by one space, drop the ``[[...]]`` marks and return the text and the marked spans."""
    text = ""
    spans: list[tuple[int, int]] = []
    for number, sentence in enumerate(sentences):
        if number:
            text += " "
        index = 0
        for match in _MARK.finditer(sentence):
            text += sentence[index:match.start()]
            spans.append((len(text), len(text) + len(match.group(1))))
            text += match.group(1)
            index = match.end()
        text += sentence[index:]
    return text, spans


def templates_of(split: str, kind: str) -> list:
    """The templates of one kind in a split (``held_out``/``development`` take alternate built-in templates)."""
    if split in INDEPENDENT_SETS:
        return list(INDEPENDENT_SETS[split][kind])
    parity = 1 if split == "held_out" else 0
    return [template for index, template in enumerate(TEMPLATES[kind]) if index % 2 == parity]


def found(text: str, spans: list[tuple[int, int]], kind: str, published: datetime.date | None) -> bool:
    """Whether a conflict of ``kind`` touches one of the marked spans."""
    analysis = analyse_dates(text, published=published)
    for conflict in analysis.conflicts:
        if conflict.kind != kind:
            continue
        for start, end in conflict.spans:
            if any(start < stop and begin < end for begin, stop in spans):
                return True
    return False


def misses(splits: list[str], kinds: list[str], seeds: int, publications: list[datetime.date | None]):
    """Yield (kind, split, template name, seed, published, text, expected sides, missed) for every render."""
    for split in splits:
        for kind in kinds:
            for template in templates_of(split, kind):
                for seed in range(seeds):
                    sentences = template(random.Random(seed))
                    text, spans = render(sentences)
                    for published in publications:
                        hit = found(text, spans, kind, published)
                        sides = [text[start:end] for start, end in spans]
                        yield kind, split, template.__name__, seed, published, text, sides, not hit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", default=None,
                        help="a split of date_conflicts.py (repeatable; default held_out)")
    parser.add_argument("--kind", action="append", choices=CONFLICT_KINDS, default=None,
                        help="a conflict kind (repeatable; default all)")
    parser.add_argument("--seeds", type=int, default=3, help="renders per template (seeds 0..N-1)")
    parser.add_argument("--published", type=datetime.date.fromisoformat, default=datetime.date(2016, 9, 27),
                        help="the publication date of the dated renders (each is also rendered without one)")
    parser.add_argument("--dated-only", action="store_true", help="skip the renders without a publication date")
    parser.add_argument("--summary", action="store_true", help="print only the counts")
    arguments = parser.parse_args(argv)
    splits = arguments.split or ["held_out"]
    for split in splits:
        if split not in INDEPENDENT_SETS and split not in ("held_out", "development"):
            parser.error(f"unknown split {split!r}")
    kinds = arguments.kind or list(CONFLICT_KINDS)
    publications: list[datetime.date | None] = [arguments.published]
    if not arguments.dated_only:
        publications.append(None)
    totals: dict[tuple[str, str], list[int]] = {}
    listed: dict[str, list[str]] = {kind: [] for kind in kinds}
    for kind, split, name, seed, published, text, sides, missed in misses(splits, kinds, arguments.seeds,
                                                                         publications):
        count = totals.setdefault((kind, "dated" if published else "undated"), [0, 0])
        count[1] += 1
        if missed:
            count[0] += 1
            listed[kind].append(f"  {split}:{name} seed={seed} published={published}\n    {text}\n"
                                f"    expected: {' | '.join(sides)}")
    if not arguments.summary:
        for kind in kinds:
            print(f"## {kind}: {len(listed[kind])} missed renders")
            for line in listed[kind]:
                print(line)
            print()
    print("| kind | dated missed | undated missed |")
    print("|---|---:|---:|")
    for kind in kinds:
        dated = totals.get((kind, "dated"), [0, 0])
        undated = totals.get((kind, "undated"), [0, 0])
        print(f"| {kind} | {dated[0]}/{dated[1]} | {undated[0]}/{undated[1]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
