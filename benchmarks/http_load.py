"""Bounded load test of the HTTP API on loopback; writes benchmarks/results/http_load.md.

Starts ``uvicorn --factory reliability.server:create_app`` as a subprocess on
127.0.0.1 and a free port, sends a fixed number of ``POST /v1/score`` requests
(the seed articles, round robin) from a fixed number of client threads, checks
every response against a direct ``score()`` call, and stops by itself.

    python benchmarks/http_load.py --requests 2000 --threads 8

Needs the [serve] extra.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from reliability import __version__, score

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited before it was ready")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the server did not become ready")


def run(requests: int, threads: int) -> dict[str, float | int | str]:
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    expected = [json.loads(json.dumps(score(text).to_dict())) for text in texts]
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "reliability.server:create_app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning", "--no-access-log"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    try:
        _wait_ready(url, process)

        def worker() -> None:
            with httpx.Client(base_url=url, timeout=30) as client:
                while True:
                    with lock:
                        index = next(counter, None)
                    if index is None:
                        return
                    started = time.perf_counter()
                    try:
                        response = client.post("/v1/score", json={"text": texts[index % len(texts)]})
                        elapsed = time.perf_counter() - started
                        ok = response.status_code == 200 and response.json() == expected[index % len(texts)]
                        problem = None if ok else f"request {index}: status {response.status_code} or wrong result"
                    except httpx.HTTPError as error:
                        elapsed, problem = time.perf_counter() - started, f"request {index}: {error!r}"
                    with lock:
                        latencies.append(elapsed)
                        if problem:
                            errors.append(problem)

        pool = [threading.Thread(target=worker) for _ in range(threads)]
        wall = time.perf_counter()
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        wall = time.perf_counter() - wall
    finally:
        process.terminate()
        process.wait(timeout=15)
    latencies.sort()
    return {
        "requests": len(latencies),
        "threads": threads,
        "errors": len(errors),
        "first_error": errors[0] if errors else "",
        "seconds": wall,
        "requests_per_second": len(latencies) / wall,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "max_ms": 1000 * latencies[-1],
        "mean_words": statistics.mean(len(text.split()) for text in texts),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--output", default=str(ROOT / "benchmarks" / "results" / "http_load.md"))
    args = parser.parse_args()
    result = run(args.requests, args.threads)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    report = f"""# HTTP API load test

Command: `python benchmarks/http_load.py --requests {args.requests} --threads {args.threads}`
(reliability {__version__}; one uvicorn worker process on 127.0.0.1; {machine}).

Each request is `POST /v1/score` with one of the five seed articles (mean {result['mean_words']:.0f} words),
round robin, from {result['threads']} client threads with keep-alive connections on the same machine;
every response is compared with a direct `score()` call.

| requests | errors | wall time | requests/s | p50 latency | p99 latency | max latency |
|---:|---:|---:|---:|---:|---:|---:|
| {result['requests']} | {result['errors']} | {result['seconds']:.1f} s | {result['requests_per_second']:.0f} | {result['p50_ms']:.1f} ms | {result['p99_ms']:.1f} ms | {result['max_ms']:.1f} ms |

Scoring is CPU-bound Python: one worker process uses about one core, so throughput scales
with worker processes (`uvicorn --workers N --factory reliability.server:create_app`), not threads.
The client threads share the machine with the server, so these figures are a floor.
"""
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(report, encoding="utf-8")
    print(report)
    if result["errors"]:
        print(f"errors: {result['errors']}, first: {result['first_error']}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
