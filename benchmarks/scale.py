"""Scale benchmarks: parallel speed-up of score_many and memory of a streamed batch run.

    python benchmarks/scale.py --parallel            # score_many on 10,000 articles, n_jobs=1 vs 2 (fresh processes), and the
                                                     # reference: two workers that score and return nothing
    python benchmarks/scale.py --parallel --warm     # the same, each n_jobs=2 call after a small n_jobs=2 call in its
                                                     # process (workers already started, as in a long-running session)
    python benchmarks/scale.py --parallel --from-source   # the package compiled from source in every process (a
                                                     # checkout with PYTHONDONTWRITEBYTECODE set; the default is a
                                                     # bytecode-compiled copy, as pip install leaves it)
    python benchmarks/scale.py --stream-mb 1000      # `reliability score --input` on a 1 GB JSONL: peak RSS
    python benchmarks/scale.py --stream-mb 50 --stream-jobs 1 2   # the same with --jobs 1 and --jobs 2

The articles are real BuzzFeed-Webis texts (../shared/data) when present, else
the seeds, repeated. The stream test writes the JSONL to a temporary folder,
runs the CLI in a child process and reads its peak resident memory from
``getrusage(RUSAGE_CHILDREN)``. Results are appended to
benchmarks/results/scale.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "scale.md"


def _texts() -> list[str]:
    try:
        from reliability.corpora import load_corpus

        return [record["text"] for record in load_corpus("webis")]
    except OSError:
        return [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]


def _timed_score_many(count: int, jobs: int, warm: bool = False) -> float:
    """Seconds of one ``score_many(n_jobs=jobs)`` call on ``count`` articles, in this process.

    ``warm``: before it, a call on 600 articles with the same ``n_jobs``, so that the worker
    processes are already running (joblib keeps its pool between calls).
    """
    from reliability import score_many

    texts = _texts()
    items = [texts[index % len(texts)] for index in range(count)]
    score_many(items[:200])  # warm-up: imports, the model, lexicons
    if warm and jobs > 1:
        score_many(items[:600], n_jobs=jobs, chunk_size=64)
    started = time.perf_counter()
    results = score_many(items, n_jobs=jobs)
    seconds = time.perf_counter() - started
    assert len(results) == count
    return seconds


def _compiled_copy(folder: str) -> dict[str, str]:
    """The environment of a child that imports a bytecode-compiled copy of the package from ``folder``.

    A user's ``pip install`` compiles the package; a checkout run with ``PYTHONDONTWRITEBYTECODE``
    set (as on the benchmark machine) compiles every module from source in every process, each
    ``n_jobs=2`` worker included (about 0.12 s more per process, ``speed.py``'s cold start).
    """
    import shutil

    import reliability
    from reliability.corpora import default_data_dir

    package = Path(reliability.__file__).resolve().parent
    copy = Path(folder) / "reliability"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": folder, "RELIABILITY_DATA": str(default_data_dir())}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy)], check=True, capture_output=True, env=env)
    return env


def parallel(count: int, rounds: int = 3, warm: bool = False, from_source: bool = False) -> str:
    """score_many with n_jobs=1 and 2, each call in a fresh process, alternating, ``rounds`` times.

    Fresh processes because the calling process's heap matters: measured one after the
    other in one process, the second call either reuses the pages the first one's freed
    results left (if they were dropped) or must fault in new ones (if they are kept), which
    moved the n_jobs=2 time by 0.8 s either way.  The package is imported as installed (its
    bytecode compiled, see ``_compiled_copy``) unless ``from_source``.
    """
    timings: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as folder:
        env = None if from_source else _compiled_copy(folder)
        for round_number in range(rounds):
            for jobs in ((1, 2) if round_number % 2 == 0 else (2, 1)):
                output = subprocess.run(
                    [sys.executable, __file__, "--time-score-many", str(jobs), "--count", str(count),
                     *(["--warm"] if warm else [])],
                    check=True, capture_output=True, text=True, env=env,
                ).stdout
                timings[jobs].append(float(output.split()[-1]))
    one, two = statistics.median(timings[1]), statistics.median(timings[2])
    listed = {jobs: ", ".join(f"{value:.1f}" for value in values) for jobs, values in timings.items()}
    setting = "workers started by an earlier call" if warm else "a fresh process per call"
    setting += ", every module compiled from source" if from_source else ", package bytecode compiled as installed"
    return (f"| score_many, {count:,} articles ({setting}, median of {rounds}) | "
            f"n_jobs=1: {one:.1f} s ({count / one:,.0f}/s; {listed[1]}) | "
            f"n_jobs=2: {two:.1f} s ({count / two:,.0f}/s; {listed[2]}) | speed-up {one / two:.2f}x |")


def _score_and_discard(chunk: list[str]) -> None:
    import reliability

    for text in chunk:
        reliability.score(text)


def ceiling(count: int) -> str:
    """The speed-up of two workers that score and return nothing: what no result transfer can beat here."""
    from joblib import Parallel, delayed

    texts = _texts()
    items = [texts[index % len(texts)] for index in range(count)]
    chunks = [items[start:start + 250] for start in range(0, count, 250)]
    Parallel(n_jobs=2)(delayed(_score_and_discard)(chunk[:20]) for chunk in chunks[:4])  # start the workers
    started = time.perf_counter()
    for chunk in chunks:
        _score_and_discard(chunk)
    serial = time.perf_counter() - started
    started = time.perf_counter()
    Parallel(n_jobs=2)(delayed(_score_and_discard)(chunk) for chunk in chunks)
    parallel_seconds = time.perf_counter() - started
    return (f"| reference: score and discard, {count:,} articles (no results sent back) | one process: {serial:.1f} s | "
            f"2 warm workers: {parallel_seconds:.1f} s | speed-up {serial / parallel_seconds:.2f}x |")


def stream(megabytes: int, jobs: int = 1) -> str:
    texts = _texts()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        written = 0
        index = 0
        with source.open("w", encoding="utf-8") as handle:
            while written < megabytes * 1_000_000:
                line = json.dumps({"id": index, "text": texts[index % len(texts)]}, ensure_ascii=False) + "\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                index += 1
        output = Path(folder) / "out.jsonl"
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "reliability.cli", "score", "--input", str(source), "--output", str(output),
             "--no-progress", "--jobs", str(jobs)],
        )
        peak_total = 0
        while process.poll() is None:
            peak_total = max(peak_total, _tree_rss(process.pid))
            time.sleep(0.25)
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"the batch CLI exited with {process.returncode}")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rows = sum(1 for _ in output.open(encoding="utf-8"))
    # ru_maxrss: the CLI process alone (its peak, exact); the sum over the CLI and its worker
    # processes is sampled every 0.25 s from /proc (Linux), so it can miss a short peak.
    together = f"; with its workers {peak_total / 1024:.0f} MB (sampled)" if jobs != 1 and peak_total else ""
    return (f"| batch CLI stream, {written / 1e6:,.0f} MB JSONL ({rows:,} articles), --jobs {jobs} | {seconds:.0f} s "
            f"({rows / seconds:,.0f} articles/s) | peak RSS {peak_mb:.0f} MB{together} | |")


def _tree_rss(pid: int) -> int:
    """Resident KiB of ``pid`` and all its descendants, from /proc (0 where /proc is absent)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            status = (entry / "status").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = next((int(line.split()[1]) for line in status.splitlines()
                                     if line.startswith("VmRSS:")), 0)
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(member, 0) for member in tree)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parallel", action="store_true")
    parser.add_argument("--time-score-many", type=int, metavar="JOBS", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true",
                        help="with --parallel: each n_jobs=2 call follows a small n_jobs=2 call in its process")
    parser.add_argument("--from-source", action="store_true",
                        help="with --parallel: import the package as it is (on a checkout with PYTHONDONTWRITEBYTECODE "
                             "set, every process compiles it from source) instead of a bytecode-compiled copy")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--stream-mb", type=int, default=0)
    parser.add_argument("--stream-jobs", type=int, nargs="+", default=[1],
                        help="--jobs values for the batch CLI stream (one run each)")
    args = parser.parse_args()
    if args.time_score_many:
        print(f"{_timed_score_many(args.count, args.time_score_many, args.warm):.4f}")
        return
    rows = []
    if args.parallel:
        rows.append(parallel(args.count, warm=args.warm, from_source=args.from_source))
        if not args.warm:
            rows.append(ceiling(args.count))
    if args.stream_mb:
        rows.extend(stream(args.stream_mb, jobs) for jobs in args.stream_jobs)
    header = (f"\n## {time.strftime('%Y-%m-%d %H:%M')} UTC, `python benchmarks/scale.py {' '.join(sys.argv[1:])}` "
              f"({os.cpu_count()} cores, Python {platform.python_version()})\n\n| what | | | |\n|---|---|---|---|\n")
    text = header + "\n".join(rows) + "\n"
    print(text)
    if not RESULTS.exists():
        RESULTS.write_text("# Scale benchmarks\n", encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    main()
