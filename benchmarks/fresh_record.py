"""The record of every independent ("blind") template set: its first and last scoring, side by side.

    python benchmarks/fresh_record.py            # prints the record (markdown)
    python benchmarks/fresh_record.py --write    # also writes benchmarks/results/fresh_record.md

Each independent set was written by a helper who never read the detector, scored once on the code of its
day (``*_blindN_baseline.md``: the "before") and, for most sets, once more after the next round of rules
(``*_blindN_after.md``), after which it became development data. This script reads those results files and
nothing else (it runs no detector), so every figure in the record is one already written by the command named
in its file. Dates: the run with ``--published 2016-09-27`` and the learned pass (the first such table of a
file); consistency: names and figures recall and near-miss false alarms.

The "first scoring" row is the honest measure of how the rules of the day carry to wording they were not
written for; the "after" row shows what one round moved on text it never read.
"""

from __future__ import annotations

import argparse
import re
import statistics
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
DATE_KINDS = ("weekday_mismatch", "impossible_date", "restated_event", "order_violation",
              "publication_anachronism", "duration_arithmetic")
SHORT = {"weekday_mismatch": "weekday", "impossible_date": "impossible", "restated_event": "restated",
         "order_violation": "order", "publication_anachronism": "anachronism", "duration_arithmetic": "duration"}
TARGET = 0.80

_HEADER = re.compile(r"^Date-conflict injection benchmark \((?P<set>blind\d*) templates.*published=2016-09-27\)\s*$")
_ROW = re.compile(r"^\| (?P<kind>[a-z_]+) \| \d+ \| (?P<recall>[01]\.\d+) \|")
_CONSISTENCY_ROW = re.compile(
    r"^\| (?P<kind>name_inconsistency|conflicting_figures) \| \d+ \| \d+ \| \d+/\d+ = (?P<recall>[01]\.\d+) \|"
    r" [^|]+ \| (?P<alarms>\d+)/(?P<near>\d+) = ")


def _number(path: Path) -> int:
    return int(re.search(r"blind(\d+)_", path.name).group(1))


def _scored_sets(prefix: str) -> list[tuple[int, Path, Path]]:
    """(number, first-scoring file, after file) of every set with a first-scoring file, in order."""
    numbers = sorted({_number(path) for path in RESULTS.glob(f"{prefix}_blind*_baseline.md")})
    return [(number, RESULTS / f"{prefix}_blind{number}_baseline.md", RESULTS / f"{prefix}_blind{number}_after.md")
            for number in numbers]


def date_table(path: Path) -> dict[str, float] | None:
    """The per-kind recall of the first ``--published 2016-09-27`` table with the pass (not rules-only)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if _HEADER.match(line) and "rules only" not in line and "contiguous" not in line:
            table: dict[str, float] = {}
            for row in lines[index + 1:index + 12]:
                match = _ROW.match(row)
                if match and match["kind"] in DATE_KINDS:
                    table[match["kind"]] = float(match["recall"])
            if len(table) == len(DATE_KINDS):
                return table
    return None


def consistency_table(path: Path) -> dict[str, tuple[float, int, int]] | None:
    """name_inconsistency and conflicting_figures: (recall, near-miss alarms, near-misses) from the first table."""
    table: dict[str, tuple[float, int, int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _CONSISTENCY_ROW.match(line)
        if match and match["kind"] not in table:
            table[match["kind"]] = (float(match["recall"]), int(match["alarms"]), int(match["near"]))
    return table if len(table) == 2 else None


def _links(before: Path, after: Path) -> str:
    links = f"[first]({before.name})"
    return links + (f", [after]({after.name})" if after.exists() else "")


def _cell(before: float | None, after: float | None) -> str:
    if before is None:
        return "–"
    if after is None or after == before:
        return f"{before:.3f}"
    return f"{before:.3f} → {after:.3f}"


def date_record() -> tuple[list[str], dict[str, list[float]]]:
    lines = ["| set | " + " | ".join(SHORT[kind] for kind in DATE_KINDS) + " | results |",
             "|---|" + "---:|" * len(DATE_KINDS) + "---|"]
    firsts: dict[str, list[float]] = {kind: [] for kind in DATE_KINDS}
    for number, base_path, after_path in _scored_sets("date_conflicts"):
        before = date_table(base_path)
        after = date_table(after_path) if after_path.exists() else None
        if before is None:
            continue
        for kind in DATE_KINDS:
            firsts[kind].append(before[kind])
        cells = [_cell(before[kind], after[kind] if after else None) for kind in DATE_KINDS]
        lines.append(f"| blind{number} | " + " | ".join(cells) + f" | {_links(base_path, after_path)} |")
    return lines, firsts


def consistency_record() -> tuple[list[str], dict[str, list[float]]]:
    lines = ["| set | names | figures | near-miss alarms (names, figures) | results |", "|---|---:|---:|---|---|"]
    firsts: dict[str, list[float]] = {"name_inconsistency": [], "conflicting_figures": []}
    for number, base_path, after_path in _scored_sets("consistency"):
        before = consistency_table(base_path)
        after = consistency_table(after_path) if after_path.exists() else None
        if before is None:
            continue
        for kind in firsts:
            firsts[kind].append(before[kind][0])
        names = _cell(before["name_inconsistency"][0], after["name_inconsistency"][0] if after else None)
        figures = _cell(before["conflicting_figures"][0], after["conflicting_figures"][0] if after else None)
        last = after or before
        alarms = f"{last['name_inconsistency'][1]}/{last['name_inconsistency'][2]}, " \
                 f"{last['conflicting_figures'][1]}/{last['conflicting_figures'][2]}"
        lines.append(f"| blind{number} | {names} | {figures} | {alarms} | {_links(base_path, after_path)} |")
    return lines, firsts


def _summary(firsts: dict[str, list[float]], names: dict[str, str], last: int) -> list[str]:
    lines = [f"| kind | sets | median first scoring | last {last} sets | sets at >= {TARGET:.2f} |", "|---|---:|---:|---|---:|"]
    for kind, values in firsts.items():
        recent = ", ".join(f"{value:.3f}" for value in values[-last:])
        reached = sum(value >= TARGET for value in values)
        lines.append(f"| {names[kind]} | {len(values)} | {statistics.median(values):.3f} | {recent} | {reached} |")
    return lines


def record() -> str:
    date_lines, date_firsts = date_record()
    consistency_lines, consistency_firsts = consistency_record()
    out = [
        "# Independent template sets: first and last scoring",
        "",
        "Generated by `python benchmarks/fresh_record.py --write` from the results files of each set (no detector",
        "is run). A set's first scoring (`*_baseline.md`) is the rules of its day on wording they were never",
        "written for; \"before → after\" shows what the next round moved on it (`*_after.md`, where the set was",
        "scored again). Sets without a results file of their first scoring are left out.",
        "",
        "## Dates (`--published 2016-09-27`, with the learned restatement pass; recall per kind, 120 renders each)",
        "",
        *_summary(date_firsts, SHORT, 6),
        "",
        *date_lines,
        "",
        "## Consistency (recall of 120 renders per kind; near-miss false alarms of 120 at the last scoring)",
        "",
        *_summary(consistency_firsts, {"name_inconsistency": "names", "conflicting_figures": "figures"}, 6),
        "",
        *consistency_lines,
        "",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="also write benchmarks/results/fresh_record.md")
    arguments = parser.parse_args(argv)
    text = record()
    print(text)
    if arguments.write:
        (RESULTS / "fresh_record.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
