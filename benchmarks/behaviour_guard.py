"""Behaviour guard: did a change alter any feature value or any assessment on the shared corpora?

    python benchmarks/behaviour_guard.py --save /tmp/ref.json.gz      # before the change
    python benchmarks/behaviour_guard.py --compare /tmp/ref.json.gz   # after it

Scores every article of the four article corpora (Webis, Horne, SemEval, FA-KES: 3,230
deduplicated articles) with its title and publication date, and records each article's
feature values and its whole ``Assessment.to_dict()`` (score, contributions, evidence
spans, flags). ``--compare`` prints how many articles differ in their feature values and
how many differ anywhere in ``to_dict()``, with the first differences; it exits 1 when
anything differs. A refactoring or a speed change must print ``0`` twice; a rule change
shows exactly which articles it touched. The reference file holds derived values only
and belongs outside the repository (it is a few tens of MB).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from reliability import score
from reliability.corpora import default_data_dir, load_corpus

CORPORA = ("webis", "horne", "semeval", "fakes")


def assessments(data_dir: Path) -> dict[str, dict[str, Any]]:
    """Every corpus article's ``to_dict()``, keyed ``corpus:position:id``."""
    out: dict[str, dict[str, Any]] = {}
    for corpus in CORPORA:
        for index, record in enumerate(load_corpus(corpus, data_dir)):
            article = {key: record[key] for key in ("text", "title", "published") if record.get(key)}
            out[f"{corpus}:{index}:{record['id']}"] = score(**article).to_dict()
    return out


def _features(entry: dict[str, Any]) -> dict[str, Any]:
    return dict(entry.get("features") or {})


def compare(reference: dict[str, dict[str, Any]], current: dict[str, dict[str, Any]], show: int) -> int:
    """Print the differences; return how many articles differ anywhere."""
    missing = sorted(set(reference) ^ set(current))
    feature_diffs: list[str] = []
    dict_diffs: list[str] = []
    for key in sorted(set(reference) & set(current)):
        old, new = reference[key], current[key]
        if old == new:
            continue
        dict_diffs.append(key)
        old_features, new_features = _features(old), _features(new)
        if old_features != new_features:
            changed = sorted(name for name in set(old_features) | set(new_features)
                             if old_features.get(name) != new_features.get(name))
            feature_diffs.append(f"{key}: " + ", ".join(
                f"{name} {old_features.get(name)!r} -> {new_features.get(name)!r}" for name in changed))
    print(f"articles: {len(current)} (reference {len(reference)}; in one only: {len(missing)})")
    print(f"feature values differ: {len(feature_diffs)}")
    for line in feature_diffs[:show]:
        print("  " + line)
    print(f"to_dict differs: {len(dict_diffs)}")
    for key in dict_diffs[:show]:
        old, new = reference[key], current[key]
        fields = sorted(name for name in set(old) | set(new) if old.get(name) != new.get(name))
        print(f"  {key}: fields {', '.join(fields)}")
    return len(dict_diffs) + len(missing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the reference (.json.gz)")
    action.add_argument("--compare", type=Path, help="compare with a saved reference")
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--show", type=int, default=10, help="differences to print (default 10)")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data directory at {args.data}", file=sys.stderr)
        return 2
    current = assessments(args.data)
    if args.save:
        with gzip.open(args.save, "wt", encoding="utf-8") as handle:
            json.dump(current, handle)
        print(f"saved {len(current)} assessments to {args.save}")
        return 0
    with gzip.open(args.compare, "rt", encoding="utf-8") as handle:
        reference = json.load(handle)
    return 1 if compare(reference, current, args.show) else 0


if __name__ == "__main__":
    raise SystemExit(main())
