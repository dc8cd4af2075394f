"""A quick speed guard (a generous bound, not a benchmark: see benchmarks/speed.py)."""

from __future__ import annotations

import subprocess
import sys
import time

from reliability import score


def test_scoring_is_not_grossly_slow(seed_texts: dict[str, str]) -> None:
    texts = list(seed_texts.values())
    score(texts[0])  # warm-up: lexicons and model load once
    started = time.perf_counter()
    for index in range(100):
        score(texts[index % len(texts)])
    rate = 100 / (time.perf_counter() - started)
    assert rate > 100, f"{rate:.0f} articles/s: far below the >= 1,000/s target (run benchmarks/speed.py)"


# Linearity in input length is checked, more robustly, by tests/test_linear_time.py.


def test_import_does_not_load_heavy_modules() -> None:
    code = ("import sys, reliability; reliability.score('Officials said it could fail. ' * 20); "
            "print(sorted(m for m in ('sklearn', 'scipy', 'pandas', 'joblib', 'numpy') if m in sys.modules))")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"
