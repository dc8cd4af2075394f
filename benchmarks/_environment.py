"""The machine and code a benchmark ran on, for the header of its results."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what ``platform`` says."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def environment() -> dict[str, str]:
    """Date, commit (flagging uncommitted changes under src/), CPU, core count and Python."""
    dirty = _git("status", "--porcelain", "--", "src")
    return {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _git("rev-parse", "--short", "HEAD") + (" (src/ has uncommitted changes)" if dirty else ""),
        "nproc": str(os.cpu_count()),
        "cpu": cpu_model(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
    }


def header_lines(command: str, seconds: float) -> list[str]:
    """The usual first lines of a results file: command, date and commit, machine and wall time."""
    env = environment()
    return [
        f"- command: `{command}`",
        f"- date: {env['date']}; git commit: {env['commit']}",
        f"- machine: nproc {env['nproc']}, CPU {env['cpu']}; Python {env['python']}; wall time {seconds:.0f} s",
    ]
