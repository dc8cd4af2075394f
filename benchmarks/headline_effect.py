"""How much the headline moves the score of one body: seed 002 under three headlines.

    python benchmarks/headline_effect.py

The seed file's first line is its 23-word headline. The body (the rest of the file) is
scored with no headline, with a one-word slug ("Kim") and with that 23-word headline;
for each the probability and the two headline contributions the model gives most
weight to are printed. Used for the README's paragraph on headlines.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reliability import score

SEED = Path(__file__).resolve().parents[1] / "seeds" / "002_77aebc823effd9e9.txt"


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n", 1)[0]).parse_args()
    headline, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    print(f"seed 002: body of {len(body.split())} words; headline of {len(headline.split())} words")
    print("| headline | credibility | headline_word_count | headline_all_caps_words |")
    print("|---|---:|---:|---:|")
    for label, title in (("none", None), ("one-word slug 'Kim'", "Kim"), ("the seed's own (23 words)", headline)):
        assessment = score(body.strip(), title=title)
        contributions = assessment.contributions
        print(f"| {label} | {assessment.credibility:.3f} | {contributions['headline_word_count'] + 0.0:+.2f} "
              f"| {contributions['headline_all_caps_words'] + 0.0:+.2f} |")


if __name__ == "__main__":
    main()
