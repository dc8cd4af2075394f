"""Classify the order-violation and duration-arithmetic renders the detector misses, by the stage that failed.

Every template of the chosen kinds and splits is rendered alone (``date_misses.render``) for a few seeds, with
and without a publication date, and analysed by ``analyse_dates`` (the temporal analysis alone).  A miss is put
in the first class that applies:

- ``date not parsed``: a marked date side is not covered by an explicit extracted expression (a date with its
  year written, or a yearless day/month, as ``extract_temporal`` reads it);
- ``duration not read`` (durations only): the marked stated length is not extracted as a duration and is not a
  milestone word the rules know (anniversary, centenary, ...);
- ``unknown event pair`` (order only): the sentence has none of the order rules' connectives or sequencing words
  and no pair of phase words the order lexicon orders;
- ``construction not linked``: everything is read, but no rule links the two sides.

Run from the repository root::

    PYTHONPATH=src python benchmarks/order_duration_misses.py --split blind33 --split blind32
    PYTHONPATH=src python benchmarks/order_duration_misses.py --split blind33 --summary

The render alone is a diagnostic, not the measurement (``date_conflicts.py`` injects into corpus articles).
"""
from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from date_misses import found, render, templates_of  # noqa: E402  (benchmarks/ helper)

from reliability.features import temporal  # noqa: E402
from reliability.features.temporal import analyse_dates  # noqa: E402

KINDS = ("order_violation", "duration_arithmetic")
# Words that the order rules treat as ordering a pair (a coarse check: a hit here means the miss is not for
# want of a known cue).
_CUES = re.compile(
    r"(?<![\w-])(?:after|before|following|prior[ ]to|ahead[ ]of|then|later|subsequently|afterwards|thereafter|"
    r"eventually|earlier|previously|followed|preceded|predated|once|until|since|by[ ]the[ ]time)(?![\w-])",
    re.IGNORECASE)
_MILESTONE = re.compile(r"anniversary|centenary|centennial|jubilee|decade|century|fortnight|birthday", re.IGNORECASE)


def _phase_pair(text: str) -> bool:
    """Whether two phase words of the order lexicon that it orders occur in the text."""
    kinds = {match.lastgroup for match in temporal._PHASE_WORD.finditer(text)}
    ordered = getattr(temporal, "_PHASE_BEFORE", {})
    if any(ordered.get(kind) in kinds for kind in kinds):
        return True
    stage_word = getattr(temporal, "_STAGE_WORD", None)  # the life-cycle stages of round order16, where present
    if stage_word is None:
        return False
    words = [match.group(0) for match in stage_word.finditer(text)]
    return any(temporal._ordered_stages(one, two) for index, one in enumerate(words) for two in words[index + 1:])


def classify(kind: str, text: str, spans: list[tuple[int, int]], published: datetime.date | None) -> str:
    analysis = analyse_dates(text, published=published)
    expressions = analysis.expressions
    covered = [expression for expression in expressions if expression.kind != "duration"]
    durations = [expression for expression in expressions if expression.kind == "duration"]
    date_spans = spans if kind == "order_violation" else [
        span for span in spans if re.search(r"\d{3,4}|January|February|March|April|May|June|July|August|September|"
                                            r"October|November|December|\.\d", text[span[0]:span[1]])]
    for start, end in date_spans:
        if not any(e.start <= start + 2 and end - 2 <= e.end and e.earliest is not None for e in covered):
            return "date not parsed"
    if kind == "duration_arithmetic":
        lengths = [span for span in spans if span not in date_spans]
        for start, end in lengths:
            if not (any(e.start < end and start < e.end for e in durations) or _MILESTONE.search(text[start:end])):
                return "duration not read"
        return "construction not linked"
    if not _CUES.search(text) and not _phase_pair(text):
        return "unknown event pair"
    return "construction not linked"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", default=None)
    parser.add_argument("--kind", action="append", choices=KINDS, default=None)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--summary", action="store_true")
    arguments = parser.parse_args(argv)
    kinds = arguments.kind or list(KINDS)
    publications = [datetime.date(2016, 9, 27), None]
    counts: Counter[tuple[str, str, str]] = Counter()
    renders: Counter[tuple[str, str]] = Counter()
    for split in arguments.split or ["blind33"]:
        for kind in kinds:
            for template in templates_of(split, kind):
                missed_classes: Counter[str] = Counter()
                example = ""
                for seed in range(arguments.seeds):
                    text, spans = render(template(random.Random(seed)))
                    for published in publications:
                        renders[(split, kind)] += 1
                        if found(text, spans, kind, published):
                            continue
                        label = classify(kind, text, spans, published)
                        missed_classes[label] += 1
                        counts[(split, kind, label)] += 1
                        example = example or f"{text}  || {' | '.join(text[a:b] for a, b in spans)}"
                if missed_classes and not arguments.summary:
                    total = arguments.seeds * len(publications)
                    print(f"{split} {template.__name__}: {sum(missed_classes.values())}/{total} missed "
                          f"({', '.join(f'{k} {v}' for k, v in missed_classes.most_common())})\n    {example}")
    print()
    print("| split | kind | renders | missed | date not parsed | duration not read | unknown event pair | construction not linked |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for (split, kind), total in renders.items():
        row = [counts[(split, kind, label)] for label in
               ("date not parsed", "duration not read", "unknown event pair", "construction not linked")]
        print(f"| {split} | {kind} | {total} | {sum(row)} | " + " | ".join(str(value) for value in row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
