"""Time one score() call on the largest accepted input (the default max_chars).

    python benchmarks/largest_input.py

Builds the text by repeating the five seed articles up to exactly
``reliability.article.DEFAULT_MAX_CHARS`` characters.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import reliability
from reliability.article import DEFAULT_MAX_CHARS

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def main() -> None:
    # No options; parsed so that --help prints this docstring instead of running the benchmark
    # (and overwriting its committed results).
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    unit = "\n\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    text = (unit * (DEFAULT_MAX_CHARS // len(unit) + 1))[:DEFAULT_MAX_CHARS]
    started = time.perf_counter()
    result = reliability.score(text)
    seconds = time.perf_counter() - started
    print(f"{len(text):,} characters, {result.word_count:,} words: {seconds:.1f} s "
          f"({seconds / (len(text.encode()) / 1e6):.2f} s per MB), {len(result.evidence):,} evidence spans")


if __name__ == "__main__":
    main()
