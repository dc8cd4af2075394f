"""The record of independent template sets (benchmarks/fresh_record.py) parses every results file and is up to date."""

from __future__ import annotations

from tests.conftest import load_benchmark

fresh_record = load_benchmark("fresh_record")


def test_reads_a_known_first_scoring():
    table = fresh_record.date_table(fresh_record.RESULTS / "date_conflicts_blind38_baseline.md")
    assert table == {"weekday_mismatch": 1.0, "impossible_date": 1.0, "restated_event": 0.733,
                     "order_violation": 0.583, "publication_anachronism": 1.0, "duration_arithmetic": 0.883}
    names, figures = (fresh_record.consistency_table(fresh_record.RESULTS / "consistency_blind12_baseline.md")[kind]
                      for kind in ("name_inconsistency", "conflicting_figures"))
    assert names == (0.883, 0, 120) and figures == (0.283, 0, 120)


def test_every_scored_set_is_in_the_record():
    date_lines, date_firsts = fresh_record.date_record()
    baselines = list(fresh_record.RESULTS.glob("date_conflicts_blind*_baseline.md"))
    assert len(date_lines) - 2 == len(baselines) == len(date_firsts["restated_event"])
    consistency_lines, _ = fresh_record.consistency_record()
    assert len(consistency_lines) - 2 == len(list(fresh_record.RESULTS.glob("consistency_blind*_baseline.md")))


def test_written_record_is_current():
    written = (fresh_record.RESULTS / "fresh_record.md").read_text(encoding="utf-8")
    assert written == fresh_record.record(), "run: python benchmarks/fresh_record.py --write"
