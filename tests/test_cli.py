"""The `reliability` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reliability.cli import main
from tests.conftest import SEEDS


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_score_table_lists_every_seed() -> None:
    code, out, err = run("score", *map(str, SEEDS))
    assert code == 0, err
    for path in SEEDS:
        assert path.name in out
    assert "not whether the claims are true" in out


def test_score_jsonl_is_one_assessment_per_line() -> None:
    code, out, _ = run("score", "--jsonl", *map(str, SEEDS[:2]))
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    for line in lines:
        row = json.loads(line)
        assert 0 <= row["credibility"] <= 1 and row["evidence"]


def test_score_reads_stdin() -> None:
    code, out, _ = run("score", "--json", "-", stdin=SEEDS[0].read_text(encoding="utf-8"))
    assert code == 0 and json.loads(out)["path"] == "-"


def test_missing_file_reports_error_and_keeps_others(tmp_path: Path) -> None:
    code, out, err = run("score", str(tmp_path / "missing.txt"), str(SEEDS[0]))
    assert code == 1
    assert "missing.txt: cannot read" in err
    assert SEEDS[0].name in out


def test_invalid_utf8_is_replaced_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Officials said \xff\xfe it could fail. " * 20)
    code, out, _ = run("score", "--json", str(path))
    assert code == 0 and json.loads(out)["credibility"] is not None


def test_explain_shows_contributions_and_evidence_in_context() -> None:
    code, out, _ = run("explain", str(SEEDS[0]))
    assert code == 0
    assert "Main reasons" in out and "Evidence (" in out and "anonymous_source_density" in out
    assert "[a source with direct access" in out


def test_explain_shows_at_most_max_spans_per_feature_most_influential_first() -> None:
    code, out, _ = run("explain", str(SEEDS[0]))
    assert code == 0
    evidence = out.split("Evidence (", 1)[1].splitlines()[1:]
    rows = [line.split()[0] for line in evidence if line.startswith("  ") and "[" in line.split()[1]]
    assert max(rows.count(name) for name in set(rows)) == 5
    assert "40 more" in out  # 45 named entities ("U.S." counts once, not "U" and "S"): 5 shown
    # The feature that lowers seed 000 most (secrecy) comes first; zero-weight features come last.
    assert rows[0] == "secrecy_density" and rows[-1] == "named_entity_density"
    code, every, _ = run("explain", "--all-evidence", str(SEEDS[0]))
    assert code == 0 and "more (" not in every and every.count("named entity") >= 45
    assert run("explain", "--max-spans", "1", str(SEEDS[0]))[1].count("secrecy claim:") == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("score")[0] == 2
    code, _, err = run("score", "--published", "next tuesday", str(SEEDS[0]))
    assert code == 2 and "--published: expected an ISO 8601 date" in err
    # A well-formed date outside the supported range was called not ISO 8601.
    code, _, err = run("score", "--published", "0999-12-31", str(SEEDS[0]))
    assert code == 2 and err == ("reliability: --published: expected a date from 1000-01-01 to 8999-12-31, "
                                 "received str '0999-12-31'\n")
    assert run("score", "--prior", "3", str(SEEDS[0]))[0] == 2
    bad_model = tmp_path / "model.json"
    bad_model.write_text('{"format": "pickle"}')
    code, _, err = run("score", "--model", str(bad_model), str(SEEDS[0]))
    assert code == 2 and "expected a JSON object with format" in err


def test_console_script_entry_point() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "reliability.cli", "features"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0 and "hedging_density" in completed.stdout


def test_option_errors_name_the_option_and_the_value() -> None:
    # One message used to blame --prior and --min-words together, whichever was wrong.
    code, _, err = run("score", "--prior", "3", str(SEEDS[0]))
    assert code == 2 and err == "reliability: --prior: expected a share strictly between 0 and 1, received 3\n"
    code, _, err = run("score", "--min-words", "-1", str(SEEDS[0]))
    assert code == 2 and err == "reliability: --min-words: expected a non-negative int, received -1\n"


def test_unwritable_output_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    target = str(tmp_path / "missing-folder" / "report.html")
    code, _, err = run("report", str(SEEDS[0]), "-o", target)
    assert code == 2 and err.startswith("reliability report: --output: cannot write") and target in err
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": str(i), "text": path.read_text(encoding="utf-8"), "source": "x"}) + "\n"
                                for i, path in enumerate(SEEDS[:2])), encoding="utf-8")
    target = str(tmp_path / "missing-folder" / "outlets.csv")
    code, _, err = run("sources", str(articles), "-o", target)
    assert code == 2 and err.startswith("reliability sources: --output: cannot write") and target in err


def test_score_table_cuts_reasons_at_a_whole_reason() -> None:
    code, out, _ = run("score", *map(str, SEEDS))
    assert code == 0
    for line in out.splitlines()[2:7]:
        reasons = line[37:97].rstrip()
        # every listed reason is whole: "name +0.12", and a cut list ends with an ellipsis
        for reason in reasons.removesuffix(", …").split(", "):
            name, _, value = reason.rpartition(" ")
            assert name and value[0] in "+-" and value[1:].replace(".", "").isdigit(), line


def test_explain_with_several_paths_says_it_takes_one() -> None:
    code, out, err = run("explain", str(SEEDS[0]), str(SEEDS[1]))
    assert code == 2 and out == ""
    assert err.startswith("reliability explain: expected one PATH, received 2")


def test_explain_negative_top_or_max_spans_is_a_usage_error() -> None:
    # --top -1 used to drop the last reason silently; --max-spans -1 printed "at most -1 spans".
    code, out, err = run("explain", str(SEEDS[0]), "--top", "-1")
    assert code == 2 and out == "" and err == "reliability: --top: expected a non-negative int, received -1\n"
    code, out, err = run("explain", str(SEEDS[0]), "--max-spans", "-2")
    assert code == 2 and out == "" and err == "reliability: --max-spans: expected a non-negative int, received -2\n"


def test_serve_bad_port_or_body_limit_is_a_usage_error() -> None:
    # Both used to reach uvicorn / create_app and end in a traceback (OverflowError, ValueError).
    code, _, err = run("serve", "--port", "99999")
    assert code == 2 and err == "reliability: --port: expected a port number from 0 to 65535, received 99999\n"
    code, _, err = run("serve", "--port", "8000", "--max-body-bytes", "0")
    assert code == 2 and err == "reliability: --max-body-bytes: expected a positive int, received 0\n"



def test_serve_on_a_port_in_use_is_a_usage_error() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = run("serve", "--host", "127.0.0.1", "--port", str(port))
    assert code == 2 and out == ""
    assert err.startswith(f"reliability serve: cannot listen on 127.0.0.1:{port}: ") and "--port" in err

def test_batch_options_with_path_arguments_are_usage_errors_not_ignored(tmp_path: Path) -> None:
    # `score seeds/*.txt --output x.jsonl` printed the table and wrote no file.
    target = tmp_path / "x.jsonl"
    for extra, option in ((["--output", str(target)], "--output"), (["--resume"], "--resume"), (["--jobs", "2"], "--jobs")):
        code, out, err = run("score", str(SEEDS[0]), *extra)
        assert code == 2 and out == ""
        assert err == (f"reliability: {option}: applies to batch mode (--input DATA.jsonl|DATA.csv); "
                       "with PATH arguments the results go to stdout (--json, --jsonl)\n")
    assert not target.exists()


def test_interrupting_a_command_exits_130_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    # Ctrl-C outside batch mode (a long article, `train`) ended in a KeyboardInterrupt traceback.
    import reliability.api

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(reliability.api, "score", interrupted)
    for command in ("score", "explain"):
        try:
            code, out, err = run(command, str(SEEDS[0]))
        except KeyboardInterrupt:  # caught here, or pytest would stop the whole session
            pytest.fail(f"`reliability {command}` let KeyboardInterrupt escape")
        assert code == 130 and err == "reliability: interrupted\n", (command, err)


def test_table_marks_an_error_it_cuts_short(tmp_path: Path) -> None:
    # Cut at 60 characters without a mark, "... received 4,077" read "... received 4" in the table.
    path = tmp_path / "a.txt"
    path.write_text("word " * 815 + "ab", encoding="utf-8")
    code, out, err = run("score", "--max-chars", "10", str(path))
    assert code == 1
    assert "text: expected at most 10 characters (max_chars), received …" in out
    assert err.endswith("received 4,077\n")


def test_explain_keeps_each_evidence_line_on_one_line_for_windows_text(tmp_path: Path) -> None:
    # Only "\n" was folded in the context around a span: the "\r" of CRLF text reached the
    # terminal, whose cursor went back to the start of the line and overwrote it.
    path = tmp_path / "crlf.txt"
    path.write_bytes(SEEDS[0].read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    code, out, _ = run("explain", "--all-evidence", str(path))
    assert code == 0 and "\r" not in out


def test_stdin_that_is_not_utf8_is_read_as_a_file_is(tmp_path: Path) -> None:
    # sys.stdin decodes with errors="surrogateescape": a Latin-1 byte reached the article as a
    # lone surrogate, and `report - -o r.html` died with UnicodeEncodeError. Now, as for files,
    # invalid UTF-8 is U+FFFD.
    body = ("Caf\xe9 owners said the bridge could reopen next week, the city engineer told reporters. " * 8).encode("latin-1")

    def stdin() -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(body), encoding="utf-8", errors="surrogateescape")

    output = tmp_path / "r.html"
    assert main(["report", "-", "-o", str(output)], stdin=stdin(), stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert "Caf\ufffd owners" in output.read_text(encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["score", "--jsonl", "-"], stdin=stdin(), stdout=out, stderr=err) == 0
    assert "\\udce9" not in out.getvalue() and "\udce9" not in out.getvalue()
    # Replaced, but not silently (the review's finding K): eight Latin-1 bytes, eight replacements.
    assert err.getvalue() == ("reliability: warning: stdin: not valid UTF-8 (first at byte 3); 8 undecodable "
                              "sequences were replaced with U+FFFD (a Latin-1 or Windows-1252 file?)\n")
    article = tmp_path / "valid.txt"
    article.write_text("Caf\u00e9 owners said the bridge could reopen, the engineer said. \ufffd " * 8, encoding="utf-8")
    err = io.StringIO()
    assert main(["score", str(article)], stdout=io.StringIO(), stderr=err) == 0 and err.getvalue() == ""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_file_with_a_utf16_or_utf32_byte_order_mark_is_decoded_by_it(tmp_path: Path, encoding: str) -> None:
    # Windows Notepad's "Unicode" (UTF-16 with a byte order mark) was decoded as UTF-8: seed 002
    # scored 0.95 "credible" on 4,171 "words" (letters between NUL bytes) instead of 0.79 on 698.
    text = SEEDS[2].read_text(encoding="utf-8")
    path = tmp_path / "article.txt"
    path.write_bytes(("\ufeff" + text).encode(encoding) if encoding == "utf-16-be" else text.encode(encoding))
    code, out, err = run("score", "--json", str(path))
    assert code == 0, err
    expected = run("score", "--json", str(SEEDS[2]))[1]
    assert json.loads(out)["credibility"] == json.loads(expected)["credibility"]
    assert json.loads(out)["evidence"] == json.loads(expected)["evidence"]


@pytest.mark.parametrize("command", [["explain"], ["score"], ["score", "--jsonl"], ["report", "-o", "{out}"]])
def test_output_to_a_stream_that_cannot_encode_the_article_does_not_crash(tmp_path: Path, command: list[str]) -> None:
    # Output redirected on Windows is cp1252: `reliability explain` of an article quoting Chinese
    # (or `score`, whose table has "…", on an ASCII stream) died with a UnicodeEncodeError traceback.
    # Results are now written in UTF-8 there; messages keep the stream's encoding, escaped.
    import os

    article = tmp_path / "article.txt"
    article.write_text("Officials in 北京 said the bridge would reopen, a source close to the talks said. 😀 " * 6,
                       encoding="utf-8")
    argv = [part.replace("{out}", str(tmp_path / "r.html")) for part in command]
    env = {**os.environ, "PYTHONIOENCODING": "cp1252",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")}
    paths = [str(article)] + ([str(tmp_path / "gone_北京.txt")] if command[0] == "score" else [])
    completed = subprocess.run([sys.executable, "-m", "reliability", *argv, *paths], capture_output=True, env=env,
                               check=False)
    assert b"Traceback" not in completed.stderr, completed.stderr.decode("cp1252", "replace")
    assert completed.returncode in (0, 1)
    completed.stdout.decode("utf-8")  # whole UTF-8
    if command == ["explain"]:
        assert "北京" in completed.stdout.decode("utf-8")
    if command[0] == "score":
        assert completed.returncode == 1 and b"gone_\\u5317\\u4eac.txt" in completed.stderr


def test_a_cp1252_stream_passed_to_main_gets_utf8_results(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Officials in 北京 said the bridge would reopen. " * 8, encoding="utf-8")
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="cp1252")
    assert main(["explain", str(article)], stdout=stream, stderr=io.StringIO()) == 0
    stream.flush()
    assert "北京" in buffer.getvalue().decode("utf-8")


def test_json_error_rows_have_the_shape_of_batch_and_http_errors(tmp_path: Path) -> None:
    # score --json/--jsonl wrote {"path", "error": "<message>"}, where batch mode writes
    # {"id", "error": "<kind>", "message"} and the HTTP API {"error": "<kind>", "message"}.
    code, out, err = run("score", "--jsonl", "--max-chars", "100", str(tmp_path / "missing.txt"), str(SEEDS[0]))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert rows[0] == {"path": str(tmp_path / "missing.txt"), "error": "FileNotFoundError",
                       "message": "cannot read: No such file or directory"}
    assert rows[1]["error"] == "InputTooLargeError" and rows[1]["message"].startswith("text: expected at most 100")
    assert "missing.txt: cannot read: No such file or directory" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from reliability import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"reliability {__version__}\n"


@pytest.mark.parametrize("start, kind", [
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
    (b"PK\x03\x04\x14\x00\x00\x00word/document.xml<w:t>Officials said the bridge would reopen.</w:t>", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an OLE2 document"),
])
def test_pdf_and_office_documents_are_refused_not_scored_as_text(tmp_path: Path, start: bytes, kind: str) -> None:
    # Decoded as UTF-8 they were scored: an uncompressed .docx 0.75 "credible", a PDF "insufficient
    # text" with a warning suggesting a Latin-1 file.
    path = tmp_path / "article.bin"
    path.write_bytes(start + b" Officials said the bridge could reopen next week." * 30)
    code, out, err = run("score", str(path), str(SEEDS[0]))
    assert code == 1
    assert f"expected plain text (UTF-8) or an HTML page, received {kind}" in err
    assert SEEDS[0].name in out and "error" in out
    code, _, err = run("explain", str(path))
    assert code == 1 and kind in err


def test_every_sources_option_has_help_text(capsys: pytest.CaptureFixture[str]) -> None:
    # --sort was listed with its choices and no word of what it orders by, or in which direction.
    code, out, err = run("sources", "--help")
    printed = capsys.readouterr()  # argparse prints --help to sys.stdout
    assert code == 0 and "descending" in out + err + printed.out


def test_table_lists_the_flags_of_judged_and_unjudged_texts(tmp_path: Path, seed_texts: dict[str, str]) -> None:
    # A flag on a judged text (length outside the training range) and the reason a text was not
    # judged were only in --json output: the table showed 0.94 for a 20,000-word dump, unqualified.
    long_file, short_file = tmp_path / "long.txt", tmp_path / "short.txt"
    long_file.write_text((seed_texts["002"] + "\n\n") * 30, encoding="utf-8")
    short_file.write_text("Too short to judge.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["score", str(long_file), str(short_file)], stdout=out, stderr=err) == 0
    text = out.getvalue()
    assert f"  {long_file}: length_outside_training: " in text
    assert f"  {short_file}: too_short: 4 words" in text
    assert text.index("Flags:") > text.index(str(short_file))
