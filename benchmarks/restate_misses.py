"""Where the restated-event misses of template sets come from (round restate16's diagnosis).

    python benchmarks/restate_misses.py [SET ...] [--no-published] [-v]

Renders each set's restated templates exactly as ``date_conflicts.py --split NAME --published
2016-09-27`` does (same seed, same host articles, same random stream) and sorts every render into:
``hit_rules`` (a construction rule flags it), ``hit_learned`` (the learned event-identity pass does),
``below_threshold`` (the pass has a candidate pair joining the two marked dates, scored below its
threshold), ``no_candidate`` (both sides are explicit dates, but no candidate pair joins them) and
``mark_not_dated`` (a side is no explicit date the pass reads, e.g. a day without a year);
``+otherkind`` marks a miss that another kind of conflict flags. ``-v`` prints each miss's template,
best candidate and sentences.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import random
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import date_conflicts as dc  # noqa: E402  (benchmarks/ helper)

from reliability.features import event_identity, temporal  # noqa: E402
from reliability.features.temporal import CONFLICT_KINDS, analyse_dates  # noqa: E402


def _touch(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    for index, (low, high) in enumerate(spans):
        if start < high and low < end:
            return index
    return -1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=["blind29", "blind30", "blind31", "blind32"], metavar="SET",
                        help="template sets of date_conflicts.INDEPENDENT_SETS (default blind29-32)")
    parser.add_argument("--no-published", action="store_true",
                        help="the article date field instead of the stand-in publication date 2016-09-27")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss")
    parser.add_argument("--data", type=Path, default=REPOSITORY.parent / "shared" / "data")
    arguments = parser.parse_args(argv)
    unknown = [name for name in arguments.sets if name not in dc.INDEPENDENT_SETS]
    if unknown:
        parser.error(f"unknown template sets: {', '.join(unknown)}")
    data = arguments.data
    records = [json.loads(line) for line in (data / "buzzfeed_webis_2016" / "data.jsonl").open(encoding="utf-8")]
    articles = [record for record in records if record.get("label") == "real" and str(record.get("text") or "").strip()]
    published = None if arguments.no_published else datetime.date(2016, 9, 27)
    verbose = arguments.verbose
    parameters = event_identity.load_parameters()
    sets = arguments.sets
    total: collections.Counter[str] = collections.Counter()
    for split in sets:
        rng = random.Random(20160927)
        classes: collections.Counter[str] = collections.Counter()
        for kind in CONFLICT_KINDS:
            templates = dc.INDEPENDENT_SETS[split][kind]
            for trial in range(120):
                record = rng.choice(articles)
                template = templates[trial % len(templates)]
                sentences = template(rng)
                text, spans = dc._inject(record["text"], sentences, rng)
                if kind != "restated_event":
                    continue
                date = dc._published(record, published)
                analysis = analyse_dates(text, published=date)
                touching = [conflict for conflict in analysis.conflicts
                            if any(_touch(start, end, spans) >= 0 for start, end in conflict.spans)]
                restated = [conflict for conflict in touching if conflict.kind == kind]
                if restated:
                    learned = any("learned event-identity" in conflict.explanation for conflict in restated)
                    classes["hit_learned" if learned else "hit_rules"] += 1
                    continue
                candidates, _, reference, inferred = temporal._analyse(text, date)
                context = temporal._Context(text, candidates, reference, inferred, "published")
                dated, pairs = temporal._identity_pairs(context, parameters["generic"])  # type: ignore[arg-type]
                marked = {_touch(candidate.start, candidate.end, spans) for candidate in dated} - {-1}
                best = None
                for pair in pairs:
                    one = _touch(dated[pair.first].start, dated[pair.first].end, spans)
                    two = _touch(dated[pair.second].start, dated[pair.second].end, spans)
                    if one >= 0 and two >= 0 and one != two:
                        chance = event_identity.probability(pair.values, parameters)
                        if best is None or chance > best[0]:
                            best = (chance, pair.shared)
                label = "mark_not_dated" if len(marked) < 2 else "no_candidate" if best is None else "below_threshold"
                if touching:
                    label += "+otherkind"
                classes[label] += 1
                if verbose:
                    shown = best and (round(best[0], 3), best[1])
                    print(f"--- {split} template {trial % len(templates)} {label} {template.__name__} best={shown}")
                    for sentence in sentences:
                        print("    ", sentence)
        print(split, dict(sorted(classes.items())), "recall", round((classes["hit_rules"] + classes["hit_learned"]) / 120, 3))
        total.update(classes)
    print("total", dict(sorted(total.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
