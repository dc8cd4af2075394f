"""Concurrency and interruption: threads, a live HTTP server, killed batch runs.

tests/test_server.py already checks seed articles under bounded load and
tests/test_batch_cli.py one SIGTERM; here: cold-start races, varied and hostile
inputs, the batch endpoint, SIGINT/SIGTERM/SIGKILL at random points and
repeated interruptions.
"""

from __future__ import annotations

import csv
import json
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from reliability import score

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def _varied_inputs() -> list[dict[str, Any]]:
    """Seeds, their variants and hostile texts: different code paths, different evidence."""
    inputs: list[dict[str, Any]] = []
    for index, seed in enumerate(SEEDS):
        inputs.append({"text": seed})
        inputs.append({"text": seed.upper(), "title": "BREAKING: You Won't Believe This!!!"})
        inputs.append({"text": seed.replace('"', "“", 1), "published": "2017-03-14", "prior": 0.3})
        inputs.append({"text": seed[: 200 + 37 * index], "title": "Talks fail"})
    inputs += [
        {"text": "قال مسؤولون إن المحادثات ربما تنهار. " * 30 + "Officials said it could fail."},
        {"text": "Михайлов said on Monday, March 14, 2017 that 12 people were killed. " * 20},
        {"text": '"' * 5_000 + " officials said " + "9" * 5_000},
        {"text": "\u202eDIAS SLAICIFFO\u202c \u200b\u200b reportedly <script>x</script> " * 40},
        {"text": "Short."},
        {"text": "February 30, 2016. The 2019 treaty, signed in June 2024, could collapse! " * 15,
         "published": "2018-01-01"},
    ]
    return inputs


def _direct(item: dict[str, Any]) -> dict[str, Any]:
    return score(item["text"], title=item.get("title"), published=item.get("published"),
                 prior=item.get("prior")).to_dict()


def test_score_from_eight_threads_matches_sequential() -> None:
    inputs = _varied_inputs()
    expected = [_direct(item) for item in inputs]
    order = [index for index in range(len(inputs)) for _ in range(6)]
    random.Random(8).shuffle(order)
    start = threading.Barrier(8)

    def work(chunk: list[int]) -> list[tuple[int, dict[str, Any]]]:
        start.wait()  # all threads begin together, maximising overlap
        return [(index, _direct(inputs[index])) for index in chunk]

    chunks = [order[offset::8] for offset in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [pair for chunk_result in pool.map(work, chunks) for pair in chunk_result]
    assert len(results) == len(order)
    for index, result in results:
        assert result == expected[index], f"input {index} differs when scored concurrently"


def test_cold_start_from_eight_threads_matches_sequential() -> None:
    """The lazily loaded parts (extractors, lexicons, the model) must not race on first use."""
    code = r"""
import json, sys, threading
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
barrier = threading.Barrier(8)
results = [None] * 8
def work(slot):
    from reliability import score
    barrier.wait()
    results[slot] = [score(texts[(slot + k) % len(texts)], title="Officials said").to_dict() for k in range(3)]
threads = [threading.Thread(target=work, args=(slot,)) for slot in range(8)]
for thread in threads: thread.start()
for thread in threads: thread.join()
from reliability import score
expected = {k: score(texts[k], title="Officials said").to_dict() for k in range(len(texts))}
bad = [(slot, k) for slot in range(8) for k in range(3) if results[slot][k] != expected[(slot + k) % len(texts)]]
print(json.dumps(bad))
"""
    for _ in range(2):  # two fresh interpreters: two chances for a race to show
        completed = subprocess.run([sys.executable, "-c", code, str(ROOT / "seeds")], capture_output=True,
                                   text=True, timeout=120)
        assert completed.returncode == 0, completed.stderr
        assert json.loads(completed.stdout) == []


# --- the HTTP server under concurrent, varied load -----------------------------

def test_http_server_concurrent_varied_requests_match_direct_calls() -> None:
    pytest.importorskip("fastapi", reason="the HTTP API needs the [serve] extra")
    pytest.importorskip("uvicorn", reason="the HTTP API needs the [serve] extra")
    httpx = pytest.importorskip("httpx")
    from tests.test_server import _Server

    inputs = _varied_inputs()
    expected = [json.loads(json.dumps(_direct(item), allow_nan=False)) for item in inputs]
    rejected_by_library = [{"text": "x", "prior": 2.0}, {"text": "x", "published": "yesterday"}]
    bad = [{"text": 42}, {"txt": "x"}, *rejected_by_library]
    # Requests: single articles, batches mixing good and bad items, and bad requests in between.
    requests: list[tuple[str, Any, Any]] = []
    rng = random.Random(11)
    for round_ in range(4):
        for index in range(len(inputs)):
            requests.append(("/v1/score", inputs[index], expected[index]))
        for _ in range(5):
            picked = rng.sample(range(len(inputs)), 3)
            wrong = rng.choice(rejected_by_library)  # an error entry; the others still scored
            requests.append(("/v1/score/batch", {"items": [inputs[p] for p in picked] + [wrong]},
                             [expected[p] for p in picked]))
        requests.extend(("/v1/score", wrong, None) for wrong in bad)
    rng.shuffle(requests)

    with _Server(2_000_000) as url:
        def send(request: tuple[str, Any, Any]) -> str | None:
            path, body, want = request
            with httpx.Client(base_url=url, timeout=60) as client:
                response = client.post(path, json=body)
            if want is None:
                return None if response.status_code == 422 else f"{path}: {response.status_code} for a bad request"
            if response.status_code != 200:
                return f"{path}: {response.status_code} {response.text[:200]}"
            answer = response.json()
            if path == "/v1/score":
                return None if answer == want else f"{path}: result differs from a direct call"
            got = [item.get("assessment") for item in answer["results"]]
            if got[:-1] != want or answer["results"][-1].get("error") != "InvalidArticleError":
                return f"{path}: batch results differ from direct calls"
            return None

        with ThreadPoolExecutor(max_workers=8) as pool:
            problems = [problem for problem in pool.map(send, requests) if problem]
    assert problems == [], problems[:5]
    assert len(requests) >= 100


# --- batch runs interrupted at random points -----------------------------------

def _records(count: int) -> list[dict[str, Any]]:
    return [{"id": f"a{index}", "text": SEEDS[index % len(SEEDS)][: 400 + 13 * index]} for index in range(count)]


def _start(source: Path, output: Path, *extra: str) -> subprocess.Popen[bytes]:
    # Ctrl-C as at a terminal: a process started from a background job (``cmd &`` in a script) inherits
    # SIGINT ignored, and a test earlier in the run may leave it so; the child would then run to the end
    # and the test fail with "never interrupted" (seen twice in session 17 under full-suite runs).
    command = [sys.executable, "-c", "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
               "from reliability.cli import main; sys.exit(main())", "score",
               "--input", str(source), "--output", str(output), "--batch-size", "4", "--no-progress", *extra]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _ids(output: Path) -> list[str]:
    if output.suffix == ".csv":
        with output.open(encoding="utf-8", newline="") as handle:
            return [row["id"] for row in csv.DictReader(handle)]
    return [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()]


def _interrupt_and_resume(tmp_path: Path, signal_number: int, suffix: str, seed: int, count: int) -> int:
    """One scenario of the test below with ``count`` records; returns how many runs the signal interrupted."""
    # ``count`` records: long enough that a run outlasts the random delay below (see the test).
    records = _records(count)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    output = tmp_path / f"out.{suffix}"
    rng = random.Random(seed)
    interrupted = 0
    for round_ in range(3):
        size_before = output.stat().st_size if output.exists() else 0
        process = _start(source, output, *(["--resume"] if output.exists() else []))
        # Signal once this run has written rows (its handlers are installed by then); a signal during
        # start-up kills the process before it opens the output, which proves nothing.
        deadline = time.monotonic() + 60
        while (not output.exists() or output.stat().st_size <= size_before) and time.monotonic() < deadline \
                and process.poll() is None:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.4))  # a random point in the run
        process.send_signal(signal_number)
        _, err = process.communicate(timeout=60)
        if process.returncode == 0:
            break  # finished before the signal
        interrupted += 1
        if signal_number == signal.SIGKILL:
            assert process.returncode == -signal.SIGKILL
        elif process.returncode == 130:  # caught in the scoring loop: whole rows only, and a hint
            assert output.read_bytes().endswith(b"\n")
            assert b"rerun with --resume" in err
        else:
            # The signal landed outside the scoring loop (the final flush, interpreter shutdown on a loaded
            # machine): the default handler ends the process like a crash, which --resume must also absorb.
            assert process.returncode in (-signal_number, 1), (process.returncode, err.decode()[-500:])
    final = _start(source, output, "--resume")
    _, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()
    ids = _ids(output)
    assert sorted(ids) == sorted(record["id"] for record in records)
    assert len(ids) == len(set(ids)), "a record was written twice"
    return interrupted


@pytest.mark.parametrize(
    ("signal_number", "suffix", "seed"),
    [
        (signal.SIGINT, "jsonl", 1), (signal.SIGTERM, "csv", 2), (signal.SIGKILL, "jsonl", 3),
        (signal.SIGKILL, "csv", 4),
    ],
    ids=["SIGINT-jsonl", "SIGTERM-csv", "SIGKILL-jsonl", "SIGKILL-csv"],
)
def test_batch_interrupted_repeatedly_resumes_every_record_once(tmp_path: Path, signal_number: int, suffix: str,
                                                                seed: int) -> None:
    """Interrupt the run, then interrupt its resumptions, at random points; the last resume completes it.

    SIGKILL stands for a crash mid-write: no handler runs, so the file may end in a partial line.
    """
    # 1,500 records outlast the random delay on an idle machine; on a loaded one a run can still finish
    # before its signal three times over (seen with two test runs side by side), so a longer run follows.
    interrupted = 0
    for attempt, count in enumerate((1500, 6000)):
        folder = tmp_path / f"attempt{attempt}"
        folder.mkdir()
        interrupted = _interrupt_and_resume(folder, signal_number, suffix, seed, count)
        if interrupted:
            break
    assert interrupted >= 1, "the run was never interrupted: the test proved nothing"


def test_a_lexicon_registered_while_the_shared_matcher_is_built_is_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    # The cold-start race behind a rare failure of the eight-thread test above: one thread
    # imported lexical.py (which registers its lexicon) while another built the shared phrase
    # matcher, giving "RuntimeError: dictionary changed size during iteration", or hits of the
    # new group taken from a matcher that did not hold its entries (an empty list: wrong scores).
    from reliability.article import Article
    from reliability.features import base

    groups = base.PhraseGroups()
    groups.register("a", [("officials said", "anonymous", "source", False), ("behind closed doors", "secret", "x", False)])
    late = threading.Thread(target=groups.register, args=("b", [("could", "hedge", "hedge", False)]))
    real = base.PhraseMatcher

    class RacingMatcher(real):  # type: ignore[misc, valid-type]
        def __init__(self, entries: Any) -> None:
            entries = iter(entries)
            first = next(entries)
            if late.ident is None:  # the other thread registers in the middle of the build
                late.start()
                late.join(timeout=0.5)
            super().__init__([first, *entries])

    monkeypatch.setattr(base, "PhraseMatcher", RacingMatcher)
    article = Article("Officials said the deal could collapse behind closed doors.")
    assert [hit.tag for hit in groups.hits(article, "a")] == ["anonymous", "secret"]
    late.join(timeout=10)
    assert not late.is_alive()
    assert [hit.tag for hit in groups.hits(article, "b")] == ["hedge"]
    assert [hit.tag for hit in groups.hits(Article("It could rain."), "b")] == ["hedge"]
