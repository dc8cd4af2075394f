from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=100_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in SEEDS}


def shared_data_dir() -> Path | None:
    from reliability.corpora import default_data_dir

    directory = default_data_dir()
    return directory if (directory / "buzzfeed_webis_2016" / "data.jsonl").exists() else None


requires_shared_data = pytest.mark.skipif(
    shared_data_dir() is None,
    reason="../shared/data is absent (a fresh clone): the labelled corpora are not shipped with the project",
)
