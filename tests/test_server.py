"""The HTTP API against a real uvicorn server on a loopback port."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the HTTP API needs the [serve] extra: pip install 'reliability[serve]'")
pytest.importorskip("uvicorn", reason="the HTTP API needs the [serve] extra: pip install 'reliability[serve]'")
httpx = pytest.importorskip("httpx", reason="the HTTP API tests need httpx: pip install 'reliability[serve]'")

import uvicorn  # noqa: E402

from reliability import FEATURES, score  # noqa: E402
from reliability.server import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LIMIT = 200_000


class _Server:
    def __init__(self, max_body_bytes: int) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))  # loopback only, a free port chosen by the kernel
        self.port = self.socket.getsockname()[1]
        config = uvicorn.Config(create_app(max_body_bytes), log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with _Server(LIMIT) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[Any]:
    with httpx.Client(base_url=base_url, timeout=30) as session:
        yield session


def _direct(text: str, **options: Any) -> dict[str, Any]:
    # What a client gets after a JSON round trip of the library's own result.
    return json.loads(json.dumps(score(text, **options).to_dict()))


def test_healthz(client: Any) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_features_catalogue(client: Any) -> None:
    response = client.get("/v1/features")
    assert response.status_code == 200
    assert [item["name"] for item in response.json()] == [spec.name for spec in FEATURES]
    assert all(item["description"] for item in response.json())


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_score_matches_direct_call(client: Any, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    options = {"title": "Officials said: A headline!", "published": "2024-06-19", "prior": 0.3}
    response = client.post("/v1/score", json={"text": text, "source": "example", **options})
    assert response.status_code == 200, response.text
    assert response.json() == _direct(text, source="example", **options)


def test_min_words_and_check_language_as_in_score(client: Any) -> None:
    short = "Officials said the bridge could reopen on Monday, the city council said."
    assert client.post("/v1/score", json={"text": short}).json()["label"] == "insufficient text"
    response = client.post("/v1/score", json={"text": short, "min_words": 5})
    assert response.status_code == 200 and response.json() == _direct(short, min_words=5)
    assert response.json()["credibility"] is not None
    letters = " ".join(SEEDS[0].read_text(encoding="utf-8"))
    assert client.post("/v1/score", json={"text": letters}).json()["flags"][0].startswith("single_characters:")
    forced = client.post("/v1/score", json={"text": letters, "check_language": False})
    assert forced.json() == _direct(letters, check_language=False) and forced.json()["credibility"] is not None
    # Strict JSON types, as for prior: "5", 2.5, -1 and "no" are refused, not coerced.
    for fields in ({"min_words": "5"}, {"min_words": 2.5}, {"min_words": -1}, {"check_language": "no"},
                   {"check_language": 0}):
        assert client.post("/v1/score", json={"text": short, **fields}).status_code == 422, fields


def test_batch_scores_each_item_and_reports_bad_ones(client: Any) -> None:
    texts = [path.read_text(encoding="utf-8") for path in SEEDS[:3]]
    items = [{"text": texts[0]}, {"text": texts[1], "prior": 2.0}, {"text": texts[2], "title": "Hi"}]
    response = client.post("/v1/score/batch", json={"items": items})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [item["index"] for item in results] == [0, 1, 2]
    assert results[0]["assessment"] == _direct(texts[0])
    assert results[1]["error"] == "InvalidArticleError"
    assert results[1]["message"] == "prior: expected a float strictly between 0 and 1, received float 2.0"
    assert results[2]["assessment"] == _direct(texts[2], title="Hi")


def test_batch_item_breaking_the_schema_fails_the_request_naming_it(client: Any) -> None:
    # As docs/newsroom.md now says: library errors are per-item entries, schema errors a 422.
    response = client.post("/v1/score/batch", json={"items": [{"text": "fine"}, {"text": 5}]})
    assert response.status_code == 422
    assert response.json()["message"].startswith("items.1.text:")


def test_batch_over_the_item_limit_is_422(client: Any) -> None:
    response = client.post("/v1/score/batch", json={"items": [{"text": "a"}] * 101})
    assert response.status_code == 422
    assert response.json()["message"] == "items: expected at most 100 articles, received 101"


def test_oversized_body_is_413_by_content_length(client: Any) -> None:
    response = client.post("/v1/score", json={"text": "word " * (LIMIT // 4)})
    assert response.status_code == 413
    assert response.json()["error"] == "InputTooLargeError"


def test_oversized_streamed_body_is_413(client: Any) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer encoding
        yield b'{"text": "'
        for _ in range(LIMIT // 10_000 + 2):
            yield b"x" * 10_000
        yield b'"}'

    response = client.post("/v1/score", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b'{"text": ', "application/json", "body: expected valid JSON, received malformed JSON"),
        (b"", "application/json", "body: Field required"),
        (b"[" * 50_000, "application/json", "body: expected valid JSON"),
        (b'{"text": 5}', "application/json", "text: Input should be a valid string"),
        (b'{"text": "ok", "titel": "typo"}', "application/json", "titel: Extra inputs are not permitted"),
        (b"{\"text\": \"\xff\xfe\"}", "application/json", "body: expected valid JSON"),
        (b"text=hello", "application/x-www-form-urlencoded", ""),
    ],
    ids=["truncated", "empty", "deeply-nested", "wrong-type", "unknown-field", "invalid-utf8", "form"],
)
def test_malformed_requests_are_422_with_a_clear_message(client: Any, body: bytes, content_type: str,
                                                          expected: str) -> None:
    response = client.post("/v1/score", content=body, headers={"content-type": content_type})
    assert response.status_code == 422, response.text
    assert response.json()["message"].startswith(expected)


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"prior": 1.5}, "InvalidArticleError", "prior: expected a float strictly between 0 and 1"),
        ({"published": "next Tuesday"}, "InvalidArticleError", "published: expected"),
    ],
)
def test_library_errors_are_422(client: Any, fields: dict[str, Any], error: str, message: str) -> None:
    response = client.post("/v1/score", json={"text": "Officials said the bridge could reopen.", **fields})
    assert response.status_code == 422
    assert response.json()["error"] == error
    assert response.json()["message"].startswith(message)


@pytest.mark.parametrize("prior", ["0.3", True, False])
def test_prior_of_the_wrong_json_type_is_rejected_not_coerced(client: Any, prior: Any) -> None:
    # "prior": "0.3" used to be scored as 0.3, and true rejected as "received float 1.0".
    response = client.post("/v1/score", json={"text": "Officials said the bridge could reopen.", "prior": prior})
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "invalid_request"
    assert response.json()["message"].startswith("prior: Input should be a valid number")
    assert client.post("/v1/score", json={"text": "Officials said it.", "prior": 0.3}).status_code == 200


def test_bounded_concurrent_load_matches_direct_calls(base_url: str) -> None:
    # A small, self-terminating version of benchmarks/http_load.py: 8 threads, 240 requests.
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    expected = [_direct(text) for text in texts]
    local = threading.local()

    def post(index: int) -> tuple[int, int, Any]:
        if not hasattr(local, "session"):
            local.session = httpx.Client(base_url=base_url, timeout=30)
        response = local.session.post("/v1/score", json={"text": texts[index % len(texts)]})
        return index, response.status_code, response.json()

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(post, range(240)))
    assert [status for _, status, _ in results] == [200] * 240
    assert all(body == expected[index % len(texts)] for index, _, body in results)


def test_committed_openapi_schema_is_current() -> None:
    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    current = create_app().openapi()
    # The FastAPI version may change cosmetic parts; the contract is paths and schemas.
    assert committed["paths"] == current["paths"], "run: python benchmarks/export_openapi.py"
    assert committed["components"] == current["components"], "run: python benchmarks/export_openapi.py"


def test_the_schema_names_every_field_of_the_answer() -> None:
    # The answer is Assessment.to_dict(); the schema lacked its "interval" field.
    schema = create_app().openapi()["components"]["schemas"]["AssessmentOut"]
    answer = score(SEEDS[0].read_text(encoding="utf-8")).to_dict()
    assert set(schema["properties"]) == set(answer)
    assert set(schema["required"]) == set(answer)


def test_a_lone_surrogate_in_the_request_is_answered_not_a_500(client: Any) -> None:
    # "\ud800" is valid JSON but has no UTF-8 encoding: encoding the answer raised, a 500.
    body = json.dumps({"text": "URGENT <>UPDATE: " + SEEDS[0].read_text(encoding="utf-8")}).replace("<>", "\\ud800")
    response = client.post("/v1/score", content=body.encode("utf-8"), headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert any("\ud800" in item["text"] for item in response.json()["evidence"])
    batch = client.post("/v1/score/batch", content=b'{"items": [{"text": "URGENT \\ud800UPDATE"}]}',
                        headers={"content-type": "application/json"})
    assert batch.status_code == 200 and batch.json()["results"][0]["assessment"]["word_count"] == 2


def test_a_body_not_sent_as_json_is_named(client: Any) -> None:
    # curl -d '{"text": ...}' without -H 'content-type: application/json' sends text/plain.
    response = client.post("/v1/score", content=b'{"text": "Officials said it may rain."}',
                           headers={"content-type": "text/plain"})
    assert response.status_code == 422
    assert response.json()["message"].startswith(
        "body: expected Content-Type: application/json, received text/plain; ")
    assert client.post("/v1/score", json={"text": "Officials said it may rain."}).status_code == 200


def test_the_schema_says_evidence_offsets_count_code_points() -> None:
    # A JavaScript client slicing text.slice(start, end) was off after every emoji: the offsets
    # are Python str indices (code points), and the schema did not say so.
    from fastapi.testclient import TestClient

    from reliability.server import create_app

    text = "😀 Officials said the bridge, a source close to the talks said, could reopen. " * 8
    with TestClient(create_app()) as client:
        schema = client.get("/openapi.json").json()["components"]["schemas"]["EvidenceOut"]["properties"]
        body = client.post("/v1/score", json={"text": text}).json()
    assert "code points" in schema["start"]["description"] and "UTF-16" in schema["start"]["description"]
    span = body["evidence"][0]
    assert text[span["start"]:span["end"]] == span["text"]
    assert text.encode("utf-16-le")[2 * span["start"]:2 * span["end"]].decode("utf-16-le") != span["text"]


def test_docs_page_is_self_contained_and_lists_the_whole_schema(client: Any) -> None:
    # FastAPI's Swagger UI loads its script and style from cdn.jsdelivr.net: a blank page offline.
    # /docs is now one page of our own, built from the OpenAPI schema, with nothing external.
    answer = client.get("/docs")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    page = answer.text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.IGNORECASE)
    assert "@import" not in page and "cdn" not in page.lower()
    schema = client.get("/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method in operations:
            assert f"{method.upper()} {path}" in page
    for name, component in schema["components"]["schemas"].items():
        assert f'id="schema-{name}"' in page
        for field in component.get("properties", {}):
            assert f"<code>{field}</code>" in page
    assert '<form id="try"' in page and 'fetch("v1/score"' in page
    assert client.get("/redoc").status_code == 404  # ReDoc needs a CDN too: not offered
    assert "/docs" not in schema["paths"]


def _browser() -> str | None:
    import shutil

    return next((found for name in ("chromium", "chromium-browser", "google-chrome")
                 if (found := shutil.which(name))), None)


@pytest.mark.skipif(_browser() is None, reason="no Chromium binary on PATH (Debian: apt-get install chromium); "
                                               "the browser check of /docs is skipped")
def test_docs_page_renders_in_headless_chromium_without_console_errors(base_url: str, tmp_path: Path) -> None:
    import subprocess

    browser = _browser()
    assert browser is not None
    dumped = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-extensions", f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr",
                             "--v=0", "--virtual-time-budget=10000", "--dump-dom", f"{base_url}/docs#run"],
                            capture_output=True, text=True, timeout=60)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    assert "POST /v1/score" in dumped.stdout and 'id="try"' in dumped.stdout
    # /docs#run posts the form's example article: the page shows the API's answer.
    answer = re.search(r'<pre id="answer">(.*?)</pre>', dumped.stdout, re.DOTALL)
    assert answer is not None and answer.group(1).startswith("200\n") and '"credibility"' in answer.group(1)
    assert [line for line in dumped.stderr.splitlines() if ":CONSOLE" in line] == []


def test_a_body_declared_too_large_but_never_sent_gets_413_without_waiting_forever() -> None:
    # Content-Length: 99999999 and 2 bytes sent: the 413 waited for the rest, without end.
    import asyncio
    import time

    from reliability import server

    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:  # never reached
        raise AssertionError("the app was called")

    async def receive() -> dict[str, Any]:
        await asyncio.sleep(3600)  # a client that never sends the rest
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": [(b"content-length", b"99999999")]}
    started = time.monotonic()
    asyncio.run(asyncio.wait_for(server._BodyLimit(app, 1000)(scope, receive, send), 30))
    assert time.monotonic() - started < server._DRAIN_SECONDS + 5
    assert sent[0]["status"] == 413 and b"InputTooLargeError" in sent[1]["body"]
