"""Copy the single-feature AUC rows of benchmarks/results/feature_validation.md into the cards.

    python benchmarks/feature_validation.py && python benchmarks/sync_cards.py

Each card in ``features/`` repeats, for its own features, the rows of the table
"Single-feature ROC-AUC per corpus" (same columns). This replaces every such row
(a line starting with ``| `name` | family |``) by the current one, so the cards
never show figures from an older run; it prints what changed.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROW_RE = re.compile(r"^\| `([a-z_]+)` \| ([a-z_]+) \|")


def current_rows(results: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    for line in results.read_text(encoding="utf-8").splitlines():
        match = ROW_RE.match(line)
        if match:
            rows.setdefault(match.group(1), line)
    return rows


def main() -> int:
    # No options; parsed so that --help prints this docstring instead of running the benchmark
    # (and overwriting its committed results).
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    rows = current_rows(REPO / "benchmarks" / "results" / "feature_validation.md")
    changed = 0
    for card in sorted((REPO / "features").glob("*.md")):
        lines = card.read_text(encoding="utf-8").splitlines(keepends=True)
        out = []
        for line in lines:
            match = ROW_RE.match(line)
            new = rows.get(match.group(1)) if match else None
            # Only rows of the same table shape (same number of cells) are replaced.
            if new is not None and new.count("|") == line.rstrip("\n").count("|") and new != line.rstrip("\n"):
                print(f"{card.name}: {line.strip()}\n{' ' * len(card.name)}  -> {new}")
                line = new + "\n"
                changed += 1
            out.append(line)
        card.write_text("".join(out), encoding="utf-8")
    print(f"{changed} rows updated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
