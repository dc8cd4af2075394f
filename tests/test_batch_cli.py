"""Batch scoring from the command line: JSONL/CSV in and out, error rows, resume, interruption."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from reliability import score
from reliability.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def _records(count: int) -> list[dict[str, Any]]:
    return [{"id": f"a{index}", "body": SEEDS[index % len(SEEDS)], "headline": f"Headline {index}",
             "published": "2024-06-19"} for index in range(count)]


def _write_jsonl(path: Path, records: list[dict[str, Any]], bad_lines: dict[int, str] | None = None) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for index, record in enumerate(records):
            handle.write((bad_lines or {}).get(index, json.dumps(record)) + "\n")


def _write_csv(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "body", "headline", "published"])
        writer.writeheader()
        writer.writerows(records)


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(["score", *argv, "--text-field", "body", "--title-field", "headline", "--no-progress"],
                stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


def _jsonl_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_in_jsonl_out_matches_direct_scores(tmp_path: Path) -> None:
    records = _records(6)
    _write_jsonl(tmp_path / "in.jsonl", records)
    code, _ = _run("--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.jsonl"))
    assert code == 0
    rows = _jsonl_rows(tmp_path / "out.jsonl")
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    for row, record in zip(rows, records):
        expected = score(record["body"], title=record["headline"], published=record["published"]).to_dict()
        assert {key: value for key, value in row.items() if key != "id"} == json.loads(json.dumps(expected))


def test_csv_in_csv_out(tmp_path: Path) -> None:
    records = _records(4)
    records[1]["headline"] = "A headline\nwith a line break, and a comma"
    _write_csv(tmp_path / "in.csv", records)
    code, _ = _run("--input", str(tmp_path / "in.csv"), "--output", str(tmp_path / "out.csv"))
    assert code == 0
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(records)  # one physical line per row
    rows = list(csv.DictReader(io.StringIO("\n".join(lines))))
    assert [row["id"] for row in rows] == ["a0", "a1", "a2", "a3"]
    direct = score(records[2]["body"], title=records[2]["headline"], published="2024-06-19")
    assert float(rows[2]["credibility"]) == direct.credibility
    assert rows[2]["label"] == direct.label


def test_jsonl_in_csv_out_and_csv_in_jsonl_out(tmp_path: Path) -> None:
    records = _records(3)
    _write_jsonl(tmp_path / "in.jsonl", records)
    _write_csv(tmp_path / "in.csv", records)
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.csv"))[0] == 0
    assert _run("--input", str(tmp_path / "in.csv"), "--output", str(tmp_path / "out.jsonl"))[0] == 0
    from_csv = [row["id"] for row in csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8"))]
    assert from_csv == [row["id"] for row in _jsonl_rows(tmp_path / "out.jsonl")] == ["a0", "a1", "a2"]


def test_bad_records_give_error_rows_and_the_run_continues(tmp_path: Path) -> None:
    records = _records(6)
    records[2]["body"] = 42
    records[3]["published"] = "not a date"
    _write_jsonl(tmp_path / "in.jsonl", records, bad_lines={4: "{broken json", 5: "[1, 2]"})
    code, _ = _run("--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.jsonl"))
    assert code == 1
    rows = _jsonl_rows(tmp_path / "out.jsonl")
    assert [row["id"] for row in rows] == ["a0", "a1", "a2", "a3", "record 5", "record 6"]
    assert "error" not in rows[0] and "error" not in rows[1]
    assert rows[2] == {"id": "a2", "error": "InvalidRecordError",
                       "message": "body: expected a non-empty string, received int"}
    assert rows[3]["error"] == "InvalidArticleError" and rows[3]["message"].startswith("published: expected")
    assert rows[4]["error"] == "InvalidRecordError" and "invalid JSON" in rows[4]["message"]
    assert rows[5]["message"] == "line 6: expected a JSON object, received list"


def test_record_messages_give_the_file_line_and_name_a_missing_text_field(tmp_path: Path) -> None:
    records = _records(3)
    del records[2]["body"]
    path = tmp_path / "in.jsonl"
    # Blank lines do not count as records ("record N") but an editor counts them as lines.
    path.write_text(json.dumps(records[0]) + "\n\n\n{broken json\n" + json.dumps(records[1]) + "\n"
                    + json.dumps(records[2]) + "\n", encoding="utf-8")
    code, _ = _run("--input", str(path), "--output", str(tmp_path / "out.jsonl"))
    assert code == 1
    rows = _jsonl_rows(tmp_path / "out.jsonl")
    assert rows[1]["id"] == "record 2" and rows[1]["message"].startswith("line 4: expected a JSON object")
    assert rows[3] == {"id": "a2", "error": "InvalidRecordError", "message":
                       "body: expected the article body in this field (--text-field), but the record has no such "
                       "field (its fields: id, headline, published)"}


def test_resume_gives_every_record_exactly_once(tmp_path: Path) -> None:
    records = _records(10)
    _write_jsonl(tmp_path / "first.jsonl", records[:4])
    _write_jsonl(tmp_path / "in.jsonl", records)
    output = str(tmp_path / "out.jsonl")
    assert _run("--input", str(tmp_path / "first.jsonl"), "--output", output)[0] == 0
    code, err = _run("--input", str(tmp_path / "in.jsonl"), "--output", output)
    assert code == 2 and "pass --resume" in err  # never overwrites finished work silently
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", output, "--resume")[0] == 0
    assert [row["id"] for row in _jsonl_rows(tmp_path / "out.jsonl")] == [record["id"] for record in records]



@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_jobs_give_the_same_file_as_one_process(tmp_path: Path, suffix: str) -> None:
    # Workers score chunks of records; rows still come out in input order, byte for byte
    # what one process writes, error rows included, and --resume works the same.
    records = _records(150)
    records[7]["body"] = 42
    records[90]["published"] = "not a date"
    _write_jsonl(tmp_path / "in.jsonl", records, bad_lines={3: "{broken json", 140: "[1, 2]"})
    one, two = tmp_path / f"one.{suffix}", tmp_path / f"two.{suffix}"
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", str(one))[0] == 1
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", str(two), "--jobs", "2")[0] == 1
    assert two.read_bytes() == one.read_bytes()
    _write_jsonl(tmp_path / "first.jsonl", records[:60], bad_lines={3: "{broken json"})
    resumed = tmp_path / f"resumed.{suffix}"
    assert _run("--input", str(tmp_path / "first.jsonl"), "--output", str(resumed), "--jobs", "2")[0] == 1
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", str(resumed), "--resume", "--jobs", "2")[0] == 1
    assert resumed.read_bytes() == one.read_bytes()


def test_jobs_zero_is_a_usage_error(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "in.jsonl", _records(2))
    code, err = _run("--input", str(tmp_path / "in.jsonl"), "--jobs", "0")
    assert code == 2 and err == "reliability: --jobs: expected a non-zero int (-1 for every core), received 0\n"

@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_partial_last_line_is_trimmed_on_resume(tmp_path: Path, suffix: str) -> None:
    records = _records(8)
    source = tmp_path / f"in.{suffix}"
    (_write_jsonl if suffix == "jsonl" else _write_csv)(source, records)
    output = tmp_path / f"out.{suffix}"
    assert _run("--input", str(source), "--output", str(output))[0] == 0
    complete = output.read_bytes()
    lines = complete.splitlines(keepends=True)
    # A crash in the middle of writing the sixth row.
    output.write_bytes(b"".join(lines[:5]) + lines[5][: len(lines[5]) // 2])
    code, err = _run("--input", str(source), "--output", str(output), "--resume")
    assert code == 0
    assert "removed an incomplete last line" in err
    if suffix == "jsonl":
        ids = [row["id"] for row in _jsonl_rows(output)]
    else:
        ids = [row["id"] for row in csv.DictReader(output.open(encoding="utf-8"))]
    assert sorted(ids) == sorted(record["id"] for record in records)
    assert len(ids) == len(set(ids))


def test_missing_ids_use_record_numbers(tmp_path: Path) -> None:
    records = _records(3)
    for record in records:
        del record["id"]
    _write_jsonl(tmp_path / "in.jsonl", records)
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", str(tmp_path / "out.jsonl"))[0] == 0
    assert [row["id"] for row in _jsonl_rows(tmp_path / "out.jsonl")] == ["record 1", "record 2", "record 3"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "score: expected PATH arguments or --input DATA.jsonl|DATA.csv, received neither"),
        (["--input", "data.txt"], "--input: expected a .jsonl or .csv file, received 'data.txt'"),
        (["--input", "in.jsonl", "--resume"], "--resume: expected --output naming the file to resume, received none"),
    ],
)
def test_batch_usage_errors(argv: list[str], message: str) -> None:
    code, err = _run(*argv)
    assert code == 2
    assert err == f"reliability: {message}\n"


def test_unwritable_output_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "in.jsonl", _records(2))
    missing = tmp_path / "no_such_folder" / "out.jsonl"
    code, err = _run("--input", str(tmp_path / "in.jsonl"), "--output", str(missing))
    assert code == 2
    assert err == f"reliability: --output: cannot write {str(missing)!r}: No such file or directory\n"
    folder = tmp_path / "scores.jsonl"
    folder.mkdir()
    code, err = _run("--input", str(tmp_path / "in.jsonl"), "--output", str(folder), "--resume")
    assert code == 2
    assert err == f"reliability: --output: expected a file to write, received the folder {str(folder)!r}\n"


@pytest.mark.parametrize(("option", "field"), [("--published", "--date-field"), ("--title", "--title-field")])
def test_single_article_options_are_refused_in_batch_mode_not_ignored(tmp_path: Path, option: str, field: str) -> None:
    # They used to be accepted and silently ignored: every record was scored without them.
    _write_jsonl(tmp_path / "in.jsonl", _records(2))
    code, err = _run("--input", str(tmp_path / "in.jsonl"), option, "2024-06-19")
    assert code == 2
    assert err == (f"reliability: {option}: applies to PATH arguments; in batch mode each record's value comes "
                   f"from its field ({field})\n")


def test_resume_of_csv_output_skips_ids_with_runs_of_whitespace(tmp_path: Path) -> None:
    # CSV rows fold whitespace (one physical line per row), so "a  b" is written as "a b";
    # --resume compared the folded id with the record's own and scored those records again.
    records = _records(4)
    for record, identifier in zip(records, ["a  b", " c", "d\te", "plain"]):
        record["id"] = identifier
    _write_jsonl(tmp_path / "in.jsonl", records)
    output = tmp_path / "out.csv"
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", str(output))[0] == 0
    first = output.read_bytes()
    code, err = _run("--input", str(tmp_path / "in.jsonl"), "--output", str(output), "--resume")
    assert code == 0, err
    assert output.read_bytes() == first


def test_jsonl_input_with_a_byte_order_mark_reads_its_first_record(tmp_path: Path) -> None:
    # Files saved by Windows editors start with a UTF-8 BOM; CSV input skipped it, JSONL made
    # the first record an "invalid JSON (Unexpected UTF-8 BOM)" error row.
    records = _records(2)
    data = tmp_path / "in.jsonl"
    data.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(record) + "\n" for record in records).encode("utf-8"))
    code, err = _run("--input", str(data), "--output", str(tmp_path / "out.jsonl"))
    assert code == 0, err
    rows = _jsonl_rows(tmp_path / "out.jsonl")
    assert [row["id"] for row in rows] == ["a0", "a1"] and all("error" not in row for row in rows)


def test_input_and_output_the_same_file_is_refused(tmp_path: Path) -> None:
    # With --resume the run used to append result rows to the user's data file (and read them
    # back as records), or skip every record as already done and exit 0.
    records = _records(2)
    for record in records:
        del record["id"]
    data = tmp_path / "in.jsonl"
    _write_jsonl(data, records)
    before = data.read_bytes()
    code, err = _run("--input", str(data), "--output", str(tmp_path / "." / "in.jsonl"), "--resume")
    assert code == 2
    assert err == (f"reliability: --output: expected a file other than --input, received the input file "
                   f"{str(tmp_path / '.' / 'in.jsonl')!r}\n")
    assert data.read_bytes() == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_interrupted_process_resumes_with_every_record_once(tmp_path: Path, jobs: str) -> None:
    records = _records(400)
    _write_jsonl(tmp_path / "in.jsonl", records)
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-c", "import sys; from reliability.cli import main; sys.exit(main())",
               "score", "--input", str(tmp_path / "in.jsonl"), "--output", str(output), "--text-field", "body",
               "--title-field", "headline", "--batch-size", "8", "--no-progress", "--jobs", jobs]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while (not output.exists() or output.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    written = len(output.read_bytes().splitlines())
    if process.returncode == 0:  # finished before the signal arrived: nothing to resume
        assert written == len(records)
    else:
        assert process.returncode == 130, err
        assert b"Traceback" not in err, err
        assert b"rerun with --resume" in err
        assert 0 < written < len(records)
        assert output.read_bytes().endswith(b"\n")
    assert _run("--input", str(tmp_path / "in.jsonl"), "--output", str(output), "--resume")[0] == 0
    ids = [row["id"] for row in _jsonl_rows(output)]
    assert ids == [record["id"] for record in records]
    assert os.path.getsize(output) > 0


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lone_surrogate_in_the_input_json_is_written_escaped_not_a_crash(tmp_path: Path, suffix: str,
                                                                           jobs: str) -> None:
    # "\ud800" is valid JSON (a cut emoji in scraped text) but has no UTF-8 encoding: writing the
    # rows stopped the run with a UnicodeEncodeError traceback, and no row at all was written.
    records = _records(3)
    records[0]["body"] = "URGENT \ud800UPDATE: " + records[0]["body"]
    records[1]["id"] = "a1\udc80"
    source = tmp_path / "in.jsonl"
    _write_jsonl(source, records)
    output = tmp_path / f"out.{suffix}"
    code, err = _run("--input", str(source), "--output", str(output), "--jobs", jobs)
    assert code == 0, err
    if suffix == "jsonl":
        rows = _jsonl_rows(output)
        assert [row["id"] for row in rows] == ["a0", "a1\udc80", "a2"] and all("credibility" in row for row in rows)
        assert any("\ud800" in item["text"] for item in rows[0]["evidence"])
    else:
        with output.open(encoding="utf-8", newline="") as handle:
            assert [row["id"] for row in csv.DictReader(handle)] == ["a0", "a1\\udc80", "a2"]
    code, err = _run("--input", str(source), "--output", str(output), "--resume")
    assert code == 0, err
    # Resumed: every id recognised as done, nothing scored twice.
    with output.open(encoding="utf-8", newline="") as handle:
        assert len(handle.read().splitlines()) == 3 + (suffix == "csv")


def test_an_input_that_is_a_folder_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    # `--input d.jsonl` naming a folder passed every check, then raised IsADirectoryError from the
    # first read (after creating an empty --output).
    folder = tmp_path / "d.jsonl"
    folder.mkdir()
    output = tmp_path / "out.jsonl"
    code, err = _run("--input", str(folder), "--output", str(output))
    assert code == 2 and err == f"reliability: {folder}: Is a directory\n"
    assert not output.exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_utf16_or_utf32_input_is_refused_with_its_encoding_named(tmp_path: Path, encoding: str, suffix: str) -> None:
    # Read as UTF-8 lines, a UTF-16 file (Excel's "Unicode" CSV, PowerShell's default) gave an
    # error row per line, one row more than it had records, and no word of the cause.
    utf8 = tmp_path / f"utf8{suffix}"
    (_write_jsonl if suffix == ".jsonl" else _write_csv)(utf8, _records(3))
    source = tmp_path / f"in{suffix}"
    mark = b"\xfe\xff" if encoding == "utf-16-be" else b""  # Python's utf-16-be codec writes no mark
    source.write_bytes(mark + utf8.read_text(encoding="utf-8").encode(encoding))
    output = tmp_path / "out.jsonl"
    code, err = _run("--input", str(source), "--output", str(output))
    assert code == 2 and not output.exists()
    assert "--input: expected a UTF-8 file, received UTF-" in err and "iconv" in err, err


def test_read_jsonl_names_a_utf16_file(tmp_path: Path) -> None:
    # train and evaluate read with it: a UTF-16 file was "line 1: ... invalid JSON".
    from reliability.corpora import read_jsonl

    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\xff\xfe" + '{"text": "a", "label": "real"}\n'.encode("utf-16-le"))
    for errors in ("strict", "replace"):
        with pytest.raises(ValueError, match=r"^line 1: expected UTF-8 text, received UTF-16-LE \(its byte order"):
            list(read_jsonl(path, errors=errors))


def test_a_blank_text_is_reported_as_whitespace(tmp_path: Path) -> None:
    # It was "body: expected a non-empty string, received str".
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "b", "body": " \n\t "}) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code, _ = _run("--input", str(source), "--output", str(output))
    assert code == 1
    assert _jsonl_rows(output) == [{"id": "b", "error": "InvalidRecordError",
                                    "message": "body: expected a non-empty string, received only whitespace "
                                               "(4 characters)"}]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_excel_csv_with_semicolons_or_tabs_and_crlf_is_read_like_a_comma_csv(tmp_path: Path, delimiter: str) -> None:
    # Excel writes ";" (where the decimal mark is a comma), CRLF line ends and a UTF-8 BOM: it was
    # refused with "--text-field: expected a column of ..., received 'body'; its columns: id;body;...".
    records = _records(4)
    comma, excel = tmp_path / "comma.csv", tmp_path / "excel.csv"
    _write_csv(comma, records)
    with excel.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "body", "headline", "published"], delimiter=delimiter,
                                lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(records)
    assert _run("--input", str(comma), "--output", str(tmp_path / "comma_out.csv"))[0] == 0
    code, err = _run("--input", str(excel), "--output", str(tmp_path / "excel_out.csv"))
    assert code == 0, err
    assert f"separated by {delimiter!r}" in err
    assert (tmp_path / "excel_out.csv").read_text(encoding="utf-8") == \
        (tmp_path / "comma_out.csv").read_text(encoding="utf-8")
