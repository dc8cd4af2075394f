"""Resource limits and safe model loading.

A configurable maximum input size with a clear ``InputTooLargeError`` (library,
CLI, HTTP API, web pages); the shipped model rejected when tampered with; user
model files validated before use; no unpickling anywhere in the package.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import time
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import reliability.model as model_module
from reliability import (
    ArticleTypeError,
    InputTooLargeError,
    InvalidArticleError,
    ModelFileError,
    ReliabilityError,
    score,
    score_many,
)
from reliability.article import DEFAULT_MAX_CHARS
from reliability.cli import main
from reliability.model import default_model_bytes, load_model

ARTICLE = "Officials said the bridge could reopen next week after repairs, according to the city. " * 8


# --- maximum input size -------------------------------------------------------

def test_default_maximum_is_twenty_million_characters() -> None:
    assert DEFAULT_MAX_CHARS == 20_000_000


@pytest.mark.parametrize("limit", [1, 100, 10_000])
def test_score_rejects_text_over_max_chars(limit: int) -> None:
    text = "a" * (limit + 1)
    with pytest.raises(InputTooLargeError) as caught:
        score(text, max_chars=limit)
    assert str(caught.value) == f"text: expected at most {limit:,} characters (max_chars), received {limit + 1:,}"
    assert isinstance(caught.value, ValueError)
    assert score("a" * limit, max_chars=limit).word_count == 1  # the limit itself is accepted


def test_title_is_held_to_the_same_limit() -> None:
    with pytest.raises(InputTooLargeError, match=r"^title: expected at most 50 characters, received 51$"):
        score("Officials said.", title="t" * 51, max_chars=50)


@pytest.mark.parametrize(("max_chars", "error", "shown"), [
    ("10", ArticleTypeError, "str '10'"), (None, ArticleTypeError, "NoneType None"), (1e3, ArticleTypeError, "float 1000.0"),
    (True, ArticleTypeError, "bool True"), (0, InvalidArticleError, "int 0"), (-5, InvalidArticleError, "int -5"),
])
def test_max_chars_that_is_not_a_positive_int_is_a_reliability_error(max_chars: Any, error: type, shown: str) -> None:
    # max_chars="10" used to escape as a bare TypeError ("'>' not supported between instances of
    # 'int' and 'str'"), from score(), score_many()'s option check and score_html() alike.
    message = f"^max_chars: expected a positive int, received {re.escape(shown)}$"
    with pytest.raises(error, match=message):
        score(ARTICLE, max_chars=max_chars)
    with pytest.raises(error, match=message):
        score_many([ARTICLE], max_chars=max_chars)


def test_max_chars_accepts_any_integer_type() -> None:
    # A limit read from a DataFrame or an array is a numpy integer; min_words already took it.
    np = pytest.importorskip("numpy")
    assert score(ARTICLE, max_chars=np.int64(len(ARTICLE))).word_count == score(ARTICLE).word_count
    with pytest.raises(InputTooLargeError, match=r"^text: expected at most 10 characters \(max_chars\)"):
        score(ARTICLE, max_chars=np.int32(10))
    with pytest.raises(InvalidArticleError, match=r"^max_chars: expected a positive int, received "):
        score(ARTICLE, max_chars=np.int64(0))


def test_limit_is_checked_before_any_work() -> None:
    text = "“" * 30_000_000  # 30 M characters of the slowest-to-normalise kind
    started = time.perf_counter()
    with pytest.raises(InputTooLargeError, match="received 30,000,000"):
        score(text)
    assert time.perf_counter() - started < 0.5


def test_cli_max_chars(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    assert main(["score", str(path), "--max-chars", "100"], stdout=stdout, stderr=stderr) == 1
    assert stderr.getvalue() == (f"reliability: {path}: text: expected at most 100 characters (max_chars), "
                                 f"received {len(ARTICLE):,}\n")
    assert main(["score", str(path), "--max-chars", str(len(ARTICLE)), "--jsonl"], stdout=io.StringIO(),
                stderr=io.StringIO()) == 0
    for command in (["explain", str(path)], ["report", str(path), "-o", "-"]):
        stderr = io.StringIO()
        assert main([*command, "--max-chars", "100"], stdout=io.StringIO(), stderr=stderr) == 1
        assert "expected at most 100 characters (max_chars)" in stderr.getvalue()
    stderr = io.StringIO()
    assert main(["score", str(path), "--max-chars", "0"], stdout=io.StringIO(), stderr=stderr) == 2
    assert stderr.getvalue() == "reliability: --max-chars: expected a positive int, received 0\n"


class _EndlessStdin(io.TextIOBase):
    """stdin fed by something that never ends (``cat /dev/urandom |``): read() whole never returns."""

    def read(self, size: int | None = -1) -> str:
        if size is None or size < 0:
            raise AssertionError("stdin read to its end")
        return "a" * size


def test_batch_skips_a_runaway_line_without_holding_it(tmp_path: Path) -> None:
    # One line far longer than any record max_chars allows (a file without line breaks, say) is
    # reported in its slot and skipped in pieces; the records around it are scored.
    body = "Officials said the bridge could reopen on Monday. " * 20
    data = tmp_path / "in.jsonl"
    with data.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": body}) + "\n")
        handle.write(json.dumps({"id": "b", "text": "x" * 3_000_000}) + "\n")
        handle.write(json.dumps({"id": "c", "text": body}) + "\n")
    out = tmp_path / "out.jsonl"
    code = main(["score", "--input", str(data), "--output", str(out), "--max-chars", "1000", "--no-progress"],
                stdout=io.StringIO(), stderr=io.StringIO())
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 1 and [row["id"] for row in rows] == ["a", "record 2", "c"]
    assert rows[1]["error"] == "InvalidRecordError"
    assert rows[1]["message"] == ("line 2: expected at most 1,056,576 bytes per line (8 x --max-chars + 1 MiB), "
                                  "received more; the line was skipped")
    assert rows[0]["credibility"] is not None and rows[2]["credibility"] == rows[0]["credibility"]


def test_csv_batch_skips_a_runaway_line_too(tmp_path: Path) -> None:
    # CSV read each physical line whole: one without line breaks was held in memory entire.
    body = "Officials said the bridge could reopen on Monday. " * 20
    data = tmp_path / "in.csv"
    with data.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id,text\n")
        handle.write(f"a,{body}\n")
        handle.write("b," + "x" * 3_000_000 + "\n")
        handle.write(f"c,{body}\n")
    out = tmp_path / "out.jsonl"
    code = main(["score", "--input", str(data), "--output", str(out), "--max-chars", "1000", "--no-progress"],
                stdout=io.StringIO(), stderr=io.StringIO())
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 1 and [row["id"] for row in rows] == ["a", "record 2", "c"]
    assert rows[1]["message"] == ("row 2 (line 3): expected at most 1,056,576 bytes per line (8 x --max-chars + 1 MiB), "
                                  "received more; the line was skipped")
    assert rows[0]["credibility"] is not None and rows[2]["credibility"] == rows[0]["credibility"]
    # A first line too long to be column names is refused before anything is scored.
    headless = tmp_path / "headless.csv"
    headless.write_text("x" * (2 << 20), encoding="utf-8")
    err = io.StringIO()
    assert main(["score", "--input", str(headless), "--output", str(tmp_path / "out2.jsonl"), "--no-progress"],
                stdout=io.StringIO(), stderr=err) == 2
    assert "expected a first line of column names under 1 MiB, received a longer one" in err.getvalue()


def test_cli_stops_reading_input_that_cannot_fit_max_chars(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The whole file (or stdin) was read before max_chars was applied: `reliability score /dev/zero`
    # filled memory until a MemoryError traceback. At most 4 bytes a character are read now (or
    # 64 MiB, so that small limits still report exact lengths; lowered here).
    import reliability.cli as cli_module

    monkeypatch.setattr(cli_module, "_READ_AT_LEAST", 0)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a " * 2_001)
    for command in (["score", str(path)], ["explain", str(path)], ["report", str(path), "-o", "-"]):
        stderr = io.StringIO()
        assert main([*command, "--max-chars", "1000"], stdout=io.StringIO(), stderr=stderr) == 1
        assert stderr.getvalue().endswith(f"reliability: {path}: text: expected at most 1,000 characters (max_chars), "
                                          "received a file of more than 4,000 bytes\n")
    stderr = io.StringIO()
    assert main(["score", "-", "--max-chars", "1000"], stdin=_EndlessStdin(), stdout=io.StringIO(), stderr=stderr) == 1
    assert stderr.getvalue().endswith("reliability: -: text: expected at most 1,000 characters (max_chars), "
                                      "received more than 1,000\n")
    # Within the bound, the exact length is still named.
    path.write_bytes(b"a " * 1_500)
    stderr = io.StringIO()
    assert main(["score", str(path), "--max-chars", "1000"], stdout=io.StringIO(), stderr=stderr) == 1
    assert "received 3,000\n" in stderr.getvalue()


def test_batch_cli_max_chars_gives_an_error_row(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "long", "text": ARTICLE}) + "\n" + json.dumps({"id": "ok", "text": "Short."})
                      + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code = main(["score", "--input", str(source), "--output", str(output), "--max-chars", "100", "--no-progress"],
                stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 1
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == {"id": "long", "error": "InputTooLargeError",
                       "message": f"text: expected at most 100 characters (max_chars), received {len(ARTICLE):,}"}
    assert rows[1]["id"] == "ok" and "error" not in rows[1]


def test_http_api_applies_its_limit() -> None:
    pytest.importorskip("fastapi", reason="the HTTP API needs the [serve] extra")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from reliability.server import create_app

    with TestClient(create_app(max_body_bytes=2_000)) as client:
        too_large = client.post("/v1/score", json={"text": "a" * 5_000})
        assert too_large.status_code == 413
        assert too_large.json() == {"error": "InputTooLargeError",
                                    "message": "request body: expected at most 2000 bytes, received more"}
        # Within the body limit, the same number caps the text (characters): escapes cannot smuggle more text in.
        assert client.post("/v1/score", json={"text": ARTICLE[:500]}).status_code == 200


# --- web pages ----------------------------------------------------------------

def test_html_with_too_many_tags_is_rejected_before_parsing() -> None:
    pytest.importorskip("trafilatura")
    from reliability.html_input import DEFAULT_MAX_HTML_TAGS, score_html

    page = "<html><body><article>" + "<p>Officials said the bridge could reopen.</p>" * 200_000 + "</article></body></html>"
    started = time.perf_counter()
    with pytest.raises(InputTooLargeError) as caught:
        score_html(page)
    assert time.perf_counter() - started < 3.0  # the pre-limit spares minutes of extraction
    assert str(caught.value) == (f"html: expected at most {DEFAULT_MAX_HTML_TAGS:,} tags (max_html_tags), "
                                 f"received {page.count('<'):,}")
    with pytest.raises(InputTooLargeError, match="expected at most 10 tags"):
        score_html(page[:5_000].encode(), max_html_tags=10)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body>" + "<div>" * 20_000 + "Officials said it could reopen. " * 60 + "</div>" * 20_000 + "</body></html>",
        "<html><body><article>" + "<div><p>Officials said the bridge could reopen" * 15_000,  # never closed
        "<html><body><p " + "a=b " * 300_000 + ">Officials said it could reopen.</p></body></html>",  # huge tag
        "<html><body><script>" + "if (a<b) {}" * 30_000 + "</script><p>Officials said.</p></body></html>",
    ],
    ids=["deep", "unclosed", "huge-attributes", "script-full-of-angles"],
)
def test_deep_or_huge_html_is_handled_within_limits(page: str) -> None:
    pytest.importorskip("trafilatura")
    from reliability.html_input import score_html

    started = time.perf_counter()
    try:
        result = score_html(page, min_words=3)
    except ReliabilityError:
        pass  # a clear, documented refusal (no text, too many tags) is fine; a crash or a hang is not
    else:
        for item in result.assessment.evidence:
            if item.field == "text":
                assert result.text[item.start:item.end] == item.text
    assert time.perf_counter() - started < 30


def test_extracted_text_obeys_max_chars() -> None:
    pytest.importorskip("trafilatura")
    from reliability.html_input import score_html

    page = "<html><body><article>" + "<p>Officials said the bridge could reopen next week.</p>" * 50 + "</article></body></html>"
    with pytest.raises(InputTooLargeError, match=r"^text: expected at most 1,000 characters \(max_chars\)"):
        score_html(page, max_chars=1_000)


# --- the shipped model --------------------------------------------------------

@pytest.fixture
def shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's models/ directory that the loader reads instead of the installed one."""
    copy = tmp_path / "models"
    shutil.copytree(Path(str(resources.files("reliability.models"))), copy)

    class _Files:
        def __call__(self, package: str) -> Any:
            return copy if package == "reliability.models" else resources.files(package)

    monkeypatch.setattr(model_module, "resources", type("resources", (), {"files": staticmethod(_Files())}))
    monkeypatch.setattr(model_module, "_DEFAULT", [])  # forget the model loaded by earlier tests
    return copy


def test_untampered_copy_loads(shipped_copy: Path) -> None:
    assert model_module.default_model().to_dict() == json.loads(default_model_bytes())


def test_tampered_shipped_model_is_rejected(shipped_copy: Path) -> None:
    path = shipped_copy / "default.json"
    raw = bytearray(path.read_bytes())
    # Change one digit of a weight: still valid JSON, a silently different model.
    position = raw.index(b'"weight": ') + len(b'"weight": ') + 3
    raw[position] = ord("7") if raw[position] != ord("7") else ord("3")
    path.write_bytes(bytes(raw))
    expected = (shipped_copy / "default.json.sha256").read_text().split()[0]
    with pytest.raises(ModelFileError) as caught:
        model_module.default_model()
    assert str(caught.value) == (
        f"model: the shipped default.json has SHA-256 {hashlib.sha256(raw).hexdigest()}, expected {expected}: "
        "the file was modified; reinstall the package"
    )
    with pytest.raises(ModelFileError, match="SHA-256"):
        score(ARTICLE)  # score() goes through the same check


def test_shipped_model_with_a_tampered_hash_file_is_rejected(shipped_copy: Path) -> None:
    (shipped_copy / "default.json.sha256").write_text("0" * 64 + "  default.json\n")
    with pytest.raises(ModelFileError, match="expected 0{64}: the file was modified"):
        model_module.default_model()


# --- user model files: schema validation (tests/test_model.py covers NaN weight, unknown name, scale 0,
# --- wrong format, base rate, duplicates; these are the shapes it does not) ----

def _model_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(default_model_bytes())
    return data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(features={"hedging_density": 1.0}), "expected a non-empty 'features' list"),
        (lambda d: d.update(features=[]), "expected a non-empty 'features' list"),
        (lambda d: d["features"].__setitem__(0, [1, 2, 3]), r"features\[0\]: expected an object, received list"),
        (lambda d: d["features"][0].pop("weight"), "weight must be a finite number, received None"),
        (lambda d: d["features"][0].update(weight="1.5"), "weight must be a finite number, received '1.5'"),
        (lambda d: d["features"][0].update(weight=[1.0, 2.0]), r"weight must be a finite number, received \[1.0, 2.0\]"),
        (lambda d: d["features"][0].update(mean=float("inf")), "mean must be a finite number, received inf"),
        (lambda d: d["features"][0].update(clip_low=float("-inf")), "clip_low must be a finite number"),
        (lambda d: d["features"][0].update(scale=True), "scale must be a finite number, received True"),
        (lambda d: d["features"][0].update(clip_low=5.0, clip_high=1.0), "need scale > 0 and clip_low <= clip_high"),
        (lambda d: d["features"][0].update(transform="exec"), r"transform must be one of \('identity', 'log1p'\)"),
        (lambda d: d["features"][0].update(name=None), "unknown feature name None"),
        (lambda d: d["features"][0].update(name="__import__('os')"), "unknown feature name"),
        (lambda d: d.update(intercept=float("nan")), "intercept must be a finite number"),
        (lambda d: d.update(intercept="0"), "intercept must be a finite number"),
        (lambda d: d.update(base_rate=0), "base_rate must be a number strictly between 0 and 1"),
        (lambda d: d.update(metadata=[1]), "metadata must be an object"),
        # JSON integers beyond float range: math.isfinite(10**400) raised a bare OverflowError.
        (lambda d: d["features"][0].update(weight=10**400), "weight must be a finite number, received 1000"),
        (lambda d: d.update(intercept=-10**400), "intercept must be a finite number, received -1000"),
        (lambda d: d["uncertainty_basis"][0].__setitem__(0, 10**400), "uncertainty_basis must be a list of rows"),
        (lambda d: d.update(vocabulary={"intercept": 10**400, "terms": {"word": [1.0, 1.0]}}),
         "vocabulary: intercept must be a finite number"),
        (lambda d: d.update(vocabulary={"intercept": 0.0, "terms": {"word": [10**400, 1.0]}}),
         r"vocabulary: term 'word': expected \[idf > 0, weight\] as finite numbers"),
    ],
)
def test_user_model_wrong_shapes_are_clear_errors(tmp_path: Path, mutate: Any, message: str) -> None:
    data = _model_data()
    mutate(data)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data))  # json writes NaN/Infinity, which Python's reader accepts
    with pytest.raises(ModelFileError, match=message) as caught:
        load_model(path)
    assert str(caught.value).startswith(f"{path}: ")


@pytest.mark.parametrize("content", [b"[]", b"null", b"42", b'"model"', b"{}", b"\xff\xfe{}", b""])
def test_user_model_that_is_not_an_object(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "model.json"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match=str(path)):
        load_model(path)


def test_user_model_errors_reach_the_cli_as_usage_errors(tmp_path: Path) -> None:
    data = _model_data()
    data["features"][0]["weight"] = float("nan")
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data))
    stderr = io.StringIO()
    assert main(["score", "-", "--model", str(path)], stdin=io.StringIO(ARTICLE), stdout=io.StringIO(),
                stderr=stderr) == 2
    assert "weight must be a finite number, received nan" in stderr.getvalue()


# --- nothing executes or unpickles untrusted input -----------------------------

_UNSAFE_MODULES = r"(?:pickle|cPickle|_pickle|cloudpickle|dill|marshal|shelve)"
_UNSAFE = re.compile(
    rf"\bimport\s+{_UNSAFE_MODULES}\b|\bfrom\s+{_UNSAFE_MODULES}\s+import\b|\b{_UNSAFE_MODULES}\.\w+"
    r"|\bjoblib\.load\(|\bfrom\s+joblib\s+import\s+[^#]*\bload\b|\btorch\.load\(|\b(?:np|numpy)\.load\("
    r"|allow_pickle\s*=\s*True|\byaml\.(?:unsafe_)?load\(|\bskops(?:\.io|_io)\.load\((?![^)]*trusted)"
    r"|(?<![\w.])eval\(|(?<![\w.])exec\(|\b__import__\("
)


def test_package_source_never_unpickles_or_evaluates() -> None:
    package = Path(str(resources.files("reliability")))
    offenders = []
    for path in sorted(package.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _UNSAFE.search(line):
                offenders.append(f"{path.relative_to(package)}:{number}: {line.strip()}")
    assert offenders == [], "unsafe deserialisation or evaluation in the package:\n" + "\n".join(offenders)


def test_unsafe_pattern_catches_what_it_must() -> None:
    for line in ["model = pickle.loads(data)", "import pickle", "from dill import loads", "joblib.load(path)",
                 "from joblib import dump, load", "torch.load(f)", "eval(expression)", "exec(code)",
                 "np.load(path, allow_pickle=True)", "yaml.load(stream)", "marshal.loads(b)",
                 "skops.io.load(path)", "skops_io.load(path)"]:
        assert _UNSAFE.search(line), line
    for line in ["model.evaluate(x)", "self.exec_time = 1", "literal_eval(x)", "json.loads(text)",
                 "Model files are JSON, never pickles: loading one cannot run code.",
                 "from joblib import Parallel, delayed", "skops.io.load(path, trusted=TRUSTED_TYPES)"]:
        assert not _UNSAFE.search(line), line
