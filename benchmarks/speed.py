"""Speed benchmark: ``reliability.score()`` throughput on one core, cold start, and scaling with input size.

    python benchmarks/speed.py                 # full run
    python benchmarks/speed.py --quick         # fewer articles, one process, no 10 MB input
    python benchmarks/speed.py --processes 5   # throughput from 5 fresh processes (default 3)

Articles: real BuzzFeed-Webis texts of 500-700 words from ``--data`` (default
``reliability.corpora.default_data_dir()``); without the data, the seeds in
``seeds/*.txt``. The process is pinned to one CPU. Throughput is the median of
5 timed passes over all articles, after one warm-up pass, in each of 3 fresh
processes (``--processes``); the row reported is the process with the median rate,
and every process's rate is listed, because rates differ more between processes
than between passes of one process. Cold start is the
median of 5 subprocess runs of ``python -c "import reliability;
reliability.score(text)"`` minus the median of 5 runs of ``python -c pass``.
Scaling: one ``score()`` of texts of 1 KB, 100 KB, 1 MB and 10 MB built by
repeating real article text; constant seconds per MB means linear time.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _environment import environment  # noqa: E402  (benchmarks/ helper)

REPO = Path(__file__).resolve().parents[1]
RESULTS_DIR = REPO / "benchmarks" / "results"
SEEDS_DIR = REPO / "seeds"
SIZES = (("1 KB", 1_000), ("100 KB", 100_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000))

Item = Mapping[str, Any]


def pin_to_one_core() -> str:
    """Restrict this process (and the subprocesses it starts) to one CPU."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this platform)"


def _word_count(text: str) -> int:
    from reliability.article import WORD_RE

    return len(WORD_RE.findall(text))


def load_articles(data_dir: Path | None, *, limit: int = 200, low: int = 500, high: int = 700) -> tuple[list[dict[str, Any]], str]:
    """Real articles of ``low``-``high`` words: BuzzFeed-Webis if available, else the seeds."""
    if data_dir is not None and (Path(data_dir) / "buzzfeed_webis_2016" / "data.jsonl").exists():
        from reliability.corpora import load_corpus

        chosen = [
            {"text": record["text"], "title": record.get("title"), "published": record.get("published")}
            for record in load_corpus("webis", data_dir)
            if low <= _word_count(record["text"]) <= high
        ][:limit]
        if chosen:
            return chosen, f"{len(chosen)} BuzzFeed-Webis articles of {low}-{high} words"
    seeds = [{"text": path.read_text(encoding="utf-8"), "title": None, "published": None} for path in sorted(SEEDS_DIR.glob("*.txt"))]
    if not seeds:
        raise FileNotFoundError(f"articles: expected {data_dir}/buzzfeed_webis_2016/data.jsonl or seeds/*.txt, found neither")
    return seeds, f"the {len(seeds)} seed articles (seeds/*.txt; no corpus data found)"


def scorer(sample: str) -> tuple[Callable[[Item], Any], str]:
    """``reliability.score`` with explanations and evidence; the exception if it cannot run here."""
    import reliability

    def full(item: Item) -> Any:
        result = reliability.score(item["text"], title=item.get("title"), published=item.get("published"))
        result.to_dict()  # explanations and evidence materialised, as a caller would use them
        return result

    full({"text": sample})
    return full, "reliability.score(text, title=, published=) + Assessment.to_dict()"


def bare_scorer() -> tuple[Callable[[Item], Any], str]:
    """``reliability.score`` alone: the Assessment (contributions and evidence spans), not serialised."""
    import reliability

    def bare(item: Item) -> Any:
        return reliability.score(item["text"], title=item.get("title"), published=item.get("published"))

    return bare, "reliability.score(text, title=, published=)"


def feature_extractor() -> tuple[Callable[[Item], Any], str]:
    from reliability.article import Article
    from reliability.features import extract

    def run(item: Item) -> Any:
        return extract(Article(item["text"], title=item.get("title"), published=item.get("published")))

    return run, "reliability.features.extract(Article(text, title=, published=)), all features"


def throughput(function: Callable[[Item], Any], items: Sequence[Item], *, repeats: int = 5) -> dict[str, Any]:
    """Articles per second: median of ``repeats`` timed passes after one warm-up pass."""
    for item in items:
        function(item)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for item in items:
            function(item)
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    return {
        "articles": len(items), "repeats": repeats, "pass_seconds": times, "median_pass_seconds": median,
        "articles_per_second": len(items) / median, "ms_per_article": 1000 * median / len(items),
    }


def _median_run(arguments: Sequence[str], repeats: int, env: dict[str, str] | None = None) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(arguments, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def cold_start(text: str, *, repeats: int = 5) -> dict[str, Any]:
    """Import + first score in a fresh interpreter, minus a bare interpreter start.

    Measured as a user meets it: with the package's bytecode compiled (``pip install`` compiles
    it), on a copy of the package in a temporary folder so that the source tree is left alone.
    Also measured without its bytecode (every module of the package compiled from source at
    import: a checkout run with ``PYTHONDONTWRITEBYTECODE`` set, as on the benchmark machine);
    earlier sessions' figures were taken that way whenever no ``__pycache__`` existed.
    """
    import shutil

    import reliability

    package = Path(reliability.__file__).resolve().parent
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(text)
        path = handle.name
    results: dict[str, Any] = {"statement": 'python -c "import reliability; reliability.score(text)"'}
    try:
        statement = (
            "import reliability, pathlib; "
            f"reliability.score(pathlib.Path({path!r}).read_text(encoding='utf-8'))"
        )
        for label in ("compiled", "source"):
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / "reliability"
                shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
                env = {**os.environ, "PYTHONPATH": folder, "PYTHONDONTWRITEBYTECODE": "1"}
                if label == "compiled":
                    subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy)], check=True,
                                   capture_output=True, env=env)
                bare, bare_times = _median_run([sys.executable, "-c", "pass"], repeats, env)
                imported, import_times = _median_run([sys.executable, "-c", "import reliability"], repeats, env)
                scored, scored_times = _median_run([sys.executable, "-c", statement], repeats, env)
            suffix = "" if label == "compiled" else "_from_source"
            results.update({
                f"bare_python_seconds{suffix}": bare, f"import_seconds{suffix}": imported,
                f"import_and_score_seconds{suffix}": scored, f"cold_start_seconds{suffix}": scored - bare,
                f"import_only_seconds{suffix}": imported - bare,
                f"raw{suffix}": {"bare": bare_times, "import": import_times, "import_and_score": scored_times},
            })
    finally:
        os.unlink(path)
    return results


def build_text(sources: Sequence[str], size: int) -> str:
    """Real article text repeated to ``size`` UTF-8 bytes, cut at a word boundary."""
    pieces: list[str] = []
    total = 0
    index = 0
    while total < size:
        piece = sources[index % len(sources)]
        pieces.append(piece)
        total += len(piece.encode("utf-8")) + 2
        index += 1
    text = "\n\n".join(pieces).encode("utf-8")[:size].decode("utf-8", errors="ignore")
    cut = text.rfind(" ")
    return text[:cut] if cut > size // 2 else text


def scaling(
    function: Callable[[Item], Any], sources: Sequence[str], sizes: Sequence[tuple[str, int]] = SIZES
) -> list[dict[str, Any]]:
    """Seconds per MB of one score() at each input size (median of several runs; more for small inputs)."""
    rows = []
    for label, size in sizes:
        text = build_text(sources, size)
        item = {"text": text}
        nbytes = len(text.encode("utf-8"))
        repeats = 5 if nbytes <= 1_000_000 else 3
        # Tiny inputs are timed in batches so the timer's resolution does not matter.
        batch = max(1, int(200_000 / max(nbytes, 1))) if nbytes < 200_000 else 1
        function(item)
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            for _ in range(batch):
                function(item)
            times.append((time.perf_counter() - started) / batch)
        seconds = statistics.median(times)
        rows.append({
            "size": label, "bytes": nbytes, "words": _word_count(text), "seconds": seconds,
            "seconds_per_mb": seconds / (nbytes / 1_000_000), "repeats": repeats, "batch": batch,
        })
    return rows


THROUGHPUT_KEYS = ("score", "score_only", "features")


def throughputs_in_processes(data_dir: Path | None, processes: int, *, quick: bool,
                             log: Callable[[str], None] = print) -> dict[str, Any]:
    """The throughput rows measured in ``processes`` fresh interpreters; each row is the median run.

    Rates differ between processes more than between passes of one process (memory
    layout, the state of a shared machine), so one process can be lucky or unlucky.
    Each metric keeps the run with the median rate, and the rates of every run.
    """
    runs = []
    for index in range(processes):
        command = [sys.executable, str(Path(__file__).resolve()), "--throughput-json"]
        # No data folder means the seeds, in the child too (its --data default would look for one).
        command += ["--data", str(data_dir) if data_dir is not None else os.devnull]
        if quick:
            command.append("--quick")
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
        log(f"process {index + 1}/{processes}: " + ", ".join(
            f"{key} {runs[-1][key]['articles_per_second']:.0f}/s" for key in THROUGHPUT_KEYS if key in runs[-1]))
    chosen: dict[str, Any] = {}
    for key in THROUGHPUT_KEYS:
        measured = sorted((run for run in runs if key in run), key=lambda run: run[key]["articles_per_second"])
        if measured:
            row = dict(measured[(len(measured) - 1) // 2][key])
            row["process_rates"] = [run[key]["articles_per_second"] for run in runs if key in run]
            chosen[key] = row
            chosen[key + "_call"] = measured[0][key + "_call"]
    return chosen


def measure_throughputs(articles: Sequence[Item], repeats: int,
                        log: Callable[[str], None] = print) -> tuple[dict[str, Any], Callable[[Item], Any] | None]:
    """The three throughput rows in this process, and the score function (None if it cannot run)."""
    results: dict[str, Any] = {}
    function: Callable[[Item], Any] | None
    try:
        function, results["score_call"] = scorer(articles[0]["text"])
    except Exception as error:  # noqa: BLE001 - report why score() cannot be timed instead of crashing
        function = None
        results["score_error"] = f"{type(error).__name__}: {error}"
        log(f"score() unavailable: {results['score_error']}")
    if function is not None:
        results["score"] = throughput(function, articles, repeats=repeats)
        log(f"score() + to_dict(): {results['score']['articles_per_second']:.0f} articles/s")
        bare, results["score_only_call"] = bare_scorer()
        results["score_only"] = throughput(bare, articles, repeats=repeats)
        log(f"score() alone: {results['score_only']['articles_per_second']:.0f} articles/s")
    try:
        extractor, results["features_call"] = feature_extractor()
        results["features"] = throughput(extractor, articles, repeats=repeats)
        log(f"features only: {results['features']['articles_per_second']:.0f} articles/s")
    except Exception as error:  # noqa: BLE001
        results["features_error"] = f"{type(error).__name__}: {error}"
        log(f"features unavailable: {results['features_error']}")
    return results, function


def run(data_dir: Path | None, *, quick: bool = False, limit: int | None = None, log: Callable[[str], None] = print,
        processes: int = 1) -> dict[str, Any]:
    results: dict[str, Any] = {"pinning": pin_to_one_core()}
    articles, described = load_articles(data_dir, limit=limit or (50 if quick else 200))
    results["articles"] = described
    results["mean_words"] = statistics.mean(_word_count(item["text"]) for item in articles)
    log(f"articles: {described}, mean {results['mean_words']:.0f} words; {results['pinning']}")
    repeats = 3 if quick else 5
    function: Callable[[Item], Any] | None
    if processes > 1:
        results.update(throughputs_in_processes(data_dir, processes, quick=quick, log=log))
        function, _ = scorer(articles[0]["text"])
    else:
        measured, function = measure_throughputs(articles, repeats, log)
        results.update(measured)
    if function is not None:
        results["cold_start"] = cold_start(articles[0]["text"], repeats=repeats)
        log(f"cold start: {results['cold_start']['cold_start_seconds']:.3f} s")
        sizes = SIZES[:3] if quick else SIZES
        results["scaling"] = scaling(function, [item["text"] for item in articles[:20]], sizes)
        for row in results["scaling"]:
            log(f"{row['size']}: {row['seconds']:.4f} s, {row['seconds_per_mb']:.2f} s/MB")
    return results


def throughput_only(data_dir: Path | None, *, quick: bool) -> dict[str, Any]:
    """One process's throughput rows (used by :func:`throughputs_in_processes`)."""
    pin_to_one_core()
    articles, _ = load_articles(data_dir, limit=50 if quick else 200)
    measured, _ = measure_throughputs(articles, 3 if quick else 5, log=lambda _: None)
    return measured


def markdown(results: Mapping[str, Any]) -> str:
    env = results["environment"]
    lines = [
        "# Speed benchmark",
        "",
        f"- command: `{results['command']}`",
        f"- date: {env['date']}; git commit: {env['commit']}",
        f"- machine: CPU {env['cpu']} (nproc {env['nproc']}, benchmark {results['pinning']}); Python {env['python']}",
        f"- articles: {results['articles']} (mean {results['mean_words']:.0f} words)",
        "",
        "## Throughput (one core, median of timed passes after a warm-up pass)",
        "",
        "| what | call | articles | articles/s | ms/article |",
        "|---|---|---|---|---|",
    ]
    for key, label in (("score", "score() with explanations and evidence, serialised"),
                       ("score_only", "score() alone (Assessment with contributions and evidence spans)"),
                       ("features", "features only")):
        if key in results:
            row = results[key]
            rates = row.get("process_rates")
            spread = (f" (median of {len(rates)} processes: " + ", ".join(f"{rate:.0f}" for rate in rates) + ")"
                      if rates and len(rates) > 1 else "")
            lines.append(f"| {label} | `{results[key + '_call']}` | {row['articles']} x {row['repeats']} passes | "
                         f"{row['articles_per_second']:.0f}{spread} | {row['ms_per_article']:.2f} |")
        else:
            lines.append(f"| {label} | unavailable | - | - | {results.get(key + '_error', '')} |")
    lines += ["", "Issue 2 target: >= 1,000 articles/s for score()."]
    if "score_only" in results:
        alone = results["score_only"]["articles_per_second"]
        verdict = "met" if alone >= 1000 else "NOT met"
        lines[-1] += f" {verdict} ({alone:.0f} articles/s for score() alone"
        if "score" in results:
            serialised = results["score"]["articles_per_second"]
            lines[-1] += f"; {serialised:.0f} articles/s with to_dict(), {'at or above' if serialised >= 1000 else 'below'} the target"
        lines[-1] += ")."
    if "cold_start" in results:
        cold = results["cold_start"]
        lines += [
            "",
            "## Cold start (fresh interpreter, median of runs)",
            "",
            "With the package's bytecode compiled, as after `pip install` (first column), and without any",
            "(every module compiled from source at import, as when a checkout runs with",
            "`PYTHONDONTWRITEBYTECODE` set; second column).",
            "",
            "| measurement | seconds, bytecode compiled | seconds, from source |",
            "|---|---|---|",
            f"| `python -c pass` | {cold['bare_python_seconds']:.3f} | {cold['bare_python_seconds_from_source']:.3f} |",
            f"| `python -c \"import reliability\"` | {cold['import_seconds']:.3f} | {cold['import_seconds_from_source']:.3f} |",
            f"| `{cold['statement']}` | {cold['import_and_score_seconds']:.3f} | {cold['import_and_score_seconds_from_source']:.3f} |",
            f"| **cold start** (import + first score - bare python) | **{cold['cold_start_seconds']:.3f}** | {cold['cold_start_seconds_from_source']:.3f} |",
            f"| import alone - bare python | {cold['import_only_seconds']:.3f} | {cold['import_only_seconds_from_source']:.3f} |",
        ]
    if "scaling" in results:
        lines += [
            "",
            "## Input size (one score() call on repeated real text; constant s/MB = linear)",
            "",
            "| input | bytes | words | seconds | seconds per MB |",
            "|---|---|---|---|---|",
        ]
        for row in results["scaling"]:
            lines.append(f"| {row['size']} | {row['bytes']:,} | {row['words']:,} | {row['seconds']:.4f} | {row['seconds_per_mb']:.2f} |")
        per_mb = [row["seconds_per_mb"] for row in results["scaling"] if row["bytes"] >= 100_000]
        if len(per_mb) >= 2:
            lines += ["", f"From 100 KB up, seconds per MB vary by a factor of {max(per_mb) / min(per_mb):.2f} "
                          "(1.0 = perfectly linear; 1 KB includes per-call overhead)."]
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from reliability.corpora import default_data_dir

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder holding the corpora")
    parser.add_argument("--quick", action="store_true", help="50 articles, 3 repeats, no 10 MB input")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="where speed.md goes")
    parser.add_argument("--processes", type=int, default=None,
                        help="measure throughput in this many fresh processes and report the median (default 3; 1 with --quick)")
    parser.add_argument("--throughput-json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.throughput_json:
        print(json.dumps(throughput_only(args.data, quick=args.quick)))
        return 0
    processes = args.processes if args.processes is not None else (1 if args.quick else 3)
    results = run(args.data, quick=args.quick, processes=processes)
    command_args = " ".join(argv if argv is not None else sys.argv[1:])
    results["command"] = f"python benchmarks/speed.py {command_args}".strip()
    results["environment"] = environment()
    text = markdown(results)
    print()
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "speed.md").write_text(text, encoding="utf-8")
    return 0 if "score" in results else 1


if __name__ == "__main__":
    raise SystemExit(main())
