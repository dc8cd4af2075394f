"""Render each template and near-miss of a consistency split alone and run ``extract_consistency`` on it.

    python benchmarks/consistency_misses.py --split blind5 [--kind conflicting_figures] [--contexts 3] [--show found]

Each template is rendered with ``--contexts`` contexts (seeded), its sentences separated by two neutral filler
sentences, and the extractor runs alone on that text (no article around it, no score()). Prints the missed
renders (or, with ``--show alarms``, the near-misses that fire) and a count per template: a diagnostic of
which constructions the extractor does not read, not a benchmark (the injection benchmark is that).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "benchmarks"))

from consistency_injection import SPLITS, render, sets_for, split_templates  # noqa: E402

from reliability.article import Article  # noqa: E402
from reliability.features.consistency import extract_consistency  # noqa: E402

FILLER = ("The meeting was held in the town hall. Residents were invited to attend.",
          "Officials declined to comment further. The review continues.")
_MARK = re.compile(r"\[\[(.*?)\]\]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="blind5")
    parser.add_argument("--kind", default="conflicting_figures")
    parser.add_argument("--contexts", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20160927)
    parser.add_argument("--show", choices=("misses", "alarms", "none"), default="misses")
    args = parser.parse_args(argv)
    templates, near, make, make_near = sets_for(args.split)[args.kind]
    rng = random.Random(args.seed)
    total = found = 0
    lines = []
    for position, template in enumerate(templates if args.split.startswith("blind") else split_templates(templates, args.split)):
        hits = 0
        for _ in range(args.contexts):
            sentences = [_MARK.sub(r"\1", s) for s in render(template, make(rng))]
            text = (" " + FILLER[0] + " ").join(sentences[:1] + [" ".join(sentences[1:2])]) if len(sentences) > 1 else sentences[0]
            if len(sentences) > 2:
                text += " " + FILLER[1] + " " + " ".join(sentences[2:])
            value = extract_consistency(Article(text))[args.kind].value
            hit = value >= 1
            hits += hit
            if not hit and args.show == "misses":
                lines.append(f"  T{position}: {text}")
        total += args.contexts
        found += hits
        lines.append(f"T{position}: {hits}/{args.contexts}")
    alarms = near_total = 0
    for position, template in enumerate(near):
        for _ in range(args.contexts):
            sentences = render(template, make_near(rng))
            text = (" " + FILLER[0] + " ").join(sentences)
            result = extract_consistency(Article(text))[args.kind]
            near_total += 1
            if result.value >= 1:
                alarms += 1
                if args.show == "alarms":
                    lines.append(f"  N{position}: {text} -> {[text[s.start:s.end] for s in result.spans]}")
    if args.show != "none":
        print("\n".join(lines))
    print(f"{args.split} {args.kind}: found {found}/{total}, near-miss alarms {alarms}/{near_total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
