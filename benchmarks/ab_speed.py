"""A/B speed of ``score()``: a git revision against the working tree, in alternating fresh processes.

    python benchmarks/ab_speed.py REV [--rounds 8] [--cpu 0]

Throughput on a shared machine drifts by several per cent within minutes and by more
over hours, so two figures measured at different times cannot compare two versions of
the code. This script checks REV out into a temporary git worktree and times the same
200 BuzzFeed-Webis articles as ``speed.py`` (500-700 words) with each version in turn,
in fresh processes pinned to one CPU (``--cpu``, default 0; where ``taskset`` exists:
pick a CPU nothing else is using), alternating which goes
first. Each process reports its best of 5 passes; the medians over the rounds and their
ratio are printed (ratio > 1: the working tree is slower).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_TIMER = r"""
import sys, time
sys.path.insert(0, {benchmarks!r})
from pathlib import Path
from speed import load_articles
import reliability
articles, _ = load_articles(Path({data!r}))
for a in articles:
    reliability.score(a["text"], title=a["title"], published=a["published"])
best = float("inf")
for _ in range(5):
    started = time.perf_counter()
    for a in articles:
        reliability.score(a["text"], title=a["title"], published=a["published"])
    best = min(best, time.perf_counter() - started)
print(best / len(articles) * 1e6)
"""


def _time(source: Path, data: Path, cpu: int = 0) -> float:
    code = _TIMER.format(benchmarks=str(REPO / "benchmarks"), data=str(data))
    command = [sys.executable, "-c", code]
    if shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu), *command]
    output = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(source)}, capture_output=True, text=True,
                            check=True).stdout
    return float(output.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the git revision to compare with the working tree")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--cpu", type=int, default=0, help="the CPU to pin the timed processes to (default 0)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    arguments = parser.parse_args(argv)
    if hasattr(os, "sched_getaffinity") and arguments.cpu not in os.sched_getaffinity(0):
        parser.error(f"--cpu: expected one of this process's CPUs {sorted(os.sched_getaffinity(0))}, received {arguments.cpu}")
    if not (arguments.data / "buzzfeed_webis_2016" / "data.jsonl").exists():
        # speed.load_articles would quietly fall back to the five seeds: a different benchmark.
        parser.error(f"--data: expected a folder holding buzzfeed_webis_2016/data.jsonl, received {arguments.data}")
    with tempfile.TemporaryDirectory() as folder:
        worktree = Path(folder) / "rev"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(worktree), arguments.rev],
                       check=True, capture_output=True)
        try:
            timings: dict[str, list[float]] = {"rev": [], "tree": []}
            sources = {"rev": worktree / "src", "tree": REPO / "src"}
            for round_number in range(arguments.rounds):
                order = ("rev", "tree") if round_number % 2 == 0 else ("tree", "rev")
                for name in order:
                    timings[name].append(_time(sources[name], arguments.data, arguments.cpu))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(worktree)],
                           capture_output=True)
    rev, tree = statistics.median(timings["rev"]), statistics.median(timings["tree"])
    print(f"{arguments.rev}: {rev:.1f} us per article (median of {arguments.rounds} processes; "
          f"{1e6 / rev:,.0f}/s); working tree: {tree:.1f} us ({1e6 / tree:,.0f}/s); "
          f"ratio working tree / {arguments.rev}: {tree / rev:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
