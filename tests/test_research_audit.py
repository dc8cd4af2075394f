"""A researcher's workflow, audited: train / evaluate / batch corner cases, model files, pipelines, Dask.

Each test here failed before the fix it comes with.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from reliability.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_resume_with_repeated_ids_scores_every_record_once(tmp_path: Path, suffix: str) -> None:
    # Ids repeat in real data. --resume kept a set of finished ids, so a record whose id an
    # earlier, finished record shared was skipped: the resumed file lost it.
    ids = ["a", "b", "a", "c", "b", "d"]
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": SEEDS[n % len(SEEDS)]} for n, i in enumerate(ids)])
    full, part = tmp_path / f"full.{suffix}", tmp_path / f"part.{suffix}"
    assert _cli("score", "--input", str(source), "--output", str(full), "--no-progress")[0] == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    header = 1 if suffix == "csv" else 0
    part.write_text("".join(lines[:header + 3]), encoding="utf-8")  # interrupted after a, b, a
    code, _, err = _cli("score", "--input", str(source), "--output", str(part), "--resume", "--no-progress")
    assert code == 0, err
    assert part.read_bytes() == full.read_bytes()
