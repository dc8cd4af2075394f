"""The HTTP API (optional extra ``[serve]``): FastAPI app factory :func:`create_app`.

Endpoints: ``POST /v1/score``, ``POST /v1/score/batch``, ``GET /v1/features``,
``GET /healthz``; the OpenAPI schema at ``/openapi.json`` (committed as
``docs/openapi.json``). Bad input never yields a 500: oversized bodies get 413,
malformed JSON and invalid fields 422 with a message saying what was expected.

FastAPI and uvicorn are imported here only, so ``import reliability`` never
pays for them.
"""

# No ``from __future__ import annotations`` here: FastAPI reads the endpoint
# annotations at definition time, and the request models are built lazily.
import asyncio
import json
import math
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from reliability.cli import _SURROGATES_ESCAPED
from reliability.errors import InputTooLargeError, ReliabilityError


class MissingDependencyError(ReliabilityError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


__all__ = ["create_app", "serve", "MissingDependencyError", "DEFAULT_MAX_BODY_BYTES", "DEFAULT_MAX_BATCH_ITEMS"]

#: Largest accepted request body in bytes (413 above it).
DEFAULT_MAX_BODY_BYTES = 2_000_000
#: Most articles accepted by one ``/v1/score/batch`` request (422 above it).
DEFAULT_MAX_BATCH_ITEMS = 100


def _require_fastapi() -> None:
    try:
        import fastapi  # noqa: F401
        import pydantic  # noqa: F401
    except ImportError as error:
        raise MissingDependencyError(
            "reliability.server: expected fastapi and uvicorn to be installed, "
            f"received ImportError ({error}); install them with: pip install 'reliability[serve]'"
        ) from error


@lru_cache(maxsize=1)
def _models() -> SimpleNamespace:
    """The request and response models (pydantic is imported only when serving)."""
    from pydantic import BaseModel, ConfigDict, Field

    from reliability.api import DEFAULT_MIN_WORDS

    class ScoreRequest(BaseModel):
        """One article to score."""

        model_config = ConfigDict(extra="forbid")

        text: str = Field(description="The article body; evidence offsets index it.")
        title: str | None = Field(default=None, description="The headline; evidence with field='title' indexes it.")
        published: str | None = Field(default=None, description="Publication date, ISO 8601 (e.g. 2024-06-19).")
        source: str | None = Field(default=None, description="The outlet; recorded only, never used by the score.")
        # strict: a JSON number only ("0.3" and true are wrong types, not coerced to 0.3 and 1.0).
        prior: float | None = Field(default=None, strict=True,
                                    description="Share of credible articles in your stream, in (0, 1).")
        min_words: int = Field(default=DEFAULT_MIN_WORDS, strict=True, ge=0,
                               description="Fewer words: reported (features, evidence) but not judged "
                                           "(label 'insufficient text', flag too_short).")
        check_language: bool = Field(default=True, strict=True,
                                     description="False also judges a text that does not read as English prose "
                                                 "(flags not_english, single_characters).")


    class BatchRequest(BaseModel):
        """Several articles; each is scored independently, a bad one never fails the others."""

        model_config = ConfigDict(extra="forbid")

        items: list[ScoreRequest] = Field(description="The articles, at most the server's batch limit (100 by default).")


    class EvidenceOut(BaseModel):
        # Offsets count Unicode code points (Python str indices), not UTF-16 code units: a
        # JavaScript client slicing text.slice(start, end) was off by one per emoji or other
        # astral character before the span, with nothing in the schema to say so.
        feature: str
        start: int = Field(description="Start of the span in the request's `text` (or `title`, see `field`), "
                                       "counted in Unicode code points, not UTF-16 code units: in JavaScript "
                                       "use Array.from(text).slice(start, end).join('').")
        end: int = Field(description="End of the span (exclusive), in Unicode code points like `start`.")
        text: str = Field(description="The quoted span: exactly the characters from `start` to `end`.")
        note: str
        field: str = Field(description="'text' or 'title': the request field the offsets index.")


    class DetailOut(BaseModel):
        feature: str
        value: float | None
        contribution: float
        description: str
        reason: str | None


    class AssessmentOut(BaseModel):
        """The assessment, as :meth:`reliability.Assessment.to_dict` returns it."""

        credibility: float | None
        label: str
        logit: float | None
        flags: list[str]
        word_count: int
        model: str
        features: dict[str, float | None]
        contributions: dict[str, float]
        details: list[DetailOut]
        evidence: list[EvidenceOut]
        reasons: dict[str, str]
        # Sent on every answer; missing here, it was absent from the published schema.
        interval: list[float] | None = Field(
            min_length=2, max_length=2,
            description="90 % interval of credibility from the model's parameter uncertainty (not its error "
                        "against the truth); null when not judged or the model has no uncertainty.")
        disclaimer: str


    class BatchItemOut(BaseModel):
        index: int
        assessment: AssessmentOut | None = None
        error: str | None = None
        message: str | None = None


    class BatchOut(BaseModel):
        results: list[BatchItemOut]


    class ErrorOut(BaseModel):
        error: str
        message: str
        detail: list[dict[str, Any]] | None = None


    class FeatureOut(BaseModel):
        name: str
        family: str
        description: str
        unit: str

    return SimpleNamespace(
        ScoreRequest=ScoreRequest, BatchRequest=BatchRequest, AssessmentOut=AssessmentOut,
        BatchOut=BatchOut, ErrorOut=ErrorOut, FeatureOut=FeatureOut,
    )


def _finite(value: Any) -> Any:
    """Replace non-finite floats by None so the response is standard JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_finite(item) for item in value]
    return value


def _json(content: Any, status_code: int = 200) -> Any:
    from fastapi.responses import Response

    text = json.dumps(_finite(content), ensure_ascii=False, allow_nan=False)
    try:
        body = text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate ("\ud800" in the request's JSON: valid JSON, e.g. a cut emoji) has no UTF-8
        # encoding: it goes back as the JSON escape it came in as, with the CLI's table. Only then:
        # str.translate looks every character up (1.7 ms for a 25,000-character answer).
        body = text.translate(_SURROGATES_ESCAPED).encode("utf-8")
    return Response(body, status_code=status_code, media_type="application/json")


def _error(status_code: int, error: str, message: str, detail: list[dict[str, Any]] | None = None) -> Any:
    content: dict[str, Any] = {"error": error, "message": message}
    if detail is not None:
        content["detail"] = detail
    return _json(content, status_code)


def _schema_type(schema: dict[str, Any]) -> str:
    """A short type name for one JSON Schema node ("string", "number or null", "ScoreRequest[]")."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_schema_type(option) for option in schema["anyOf"])
    if schema.get("type") == "array":
        return _schema_type(schema.get("items", {})) + "[]"
    if "enum" in schema:
        return " | ".join(json.dumps(value) for value in schema["enum"])
    return str(schema.get("type", "any"))


def _schema_table(name: str, schema: dict[str, Any]) -> str:
    """One component schema as an HTML table of its fields."""
    from html import escape

    required = set(schema.get("required", ()))
    rows = []
    for field, node in schema.get("properties", {}).items():
        limits = ", ".join(f"{key} {node[key]}" for key in ("minLength", "maxLength", "minimum", "maximum",
                                                              "exclusiveMinimum", "exclusiveMaximum", "maxItems")
                           if key in node)
        default = f"default {json.dumps(node['default'])}" if "default" in node else ""
        notes = "; ".join(part for part in (limits, default) if part)
        rows.append(f"<tr><td><code>{escape(field)}</code>{' *' if field in required else ''}</td>"
                    f"<td>{escape(_schema_type(node))}</td><td>{escape(node.get('description', ''))}"
                    f"{'<br><small>' + escape(notes) + '</small>' if notes else ''}</td></tr>")
    description = f"<p>{escape(schema['description'])}</p>" if schema.get("description") else ""
    body = "".join(rows) or "<tr><td colspan=3>(no fields)</td></tr>"
    return (f'<h3 id="schema-{escape(name)}">{escape(name)}</h3>{description}'
            f"<table><tr><th>field (* required)</th><th>type</th><th>meaning</th></tr>{body}</table>")


# The example in /docs's form: written for it, not a real article.
_EXAMPLE_ARTICLE = (
    "The county council voted on Tuesday to close the Kestrel Bridge for six weeks of repairs, "
    "after engineers found cracks in two of its support beams. \"We cannot take any risk with "
    "public safety,\" the council's leader, Maria Lopez, said after the vote. Traffic will be "
    "diverted through the town centre, adding about twenty minutes to many commutes, according "
    "to a statement from the highways department. Local businesses said they feared losing "
    "customers during the closure, and the council said it would review parking charges."
)


def docs_page(openapi: dict[str, Any]) -> str:
    """The API's documentation as one self-contained HTML page (no script or style from a CDN).

    FastAPI's own ``/docs`` loads Swagger UI from cdn.jsdelivr.net, so it was a blank page on
    the offline machines a newsroom tool runs on. This page is built from the same OpenAPI
    schema: every endpoint with its summary, request body and responses, every schema's fields,
    and a form that posts an article (an example is filled in; ``/docs#run`` posts it on load)
    to ``/v1/score`` from the page itself.
    """
    from html import escape

    info = openapi.get("info", {})
    endpoints = []
    for path, operations in openapi.get("paths", {}).items():
        for method, operation in operations.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            request = f"<p>Body (JSON): {escape(_schema_type(body))}</p>" if body else ""
            responses = "".join(
                f"<li><code>{escape(code)}</code> {escape(answer.get('description', ''))}"
                + (f": {escape(_schema_type(answer['content']['application/json']['schema']))}"
                   if "application/json" in answer.get("content", {}) else "") + "</li>"
                for code, answer in operation.get("responses", {}).items())
            endpoints.append(f"<h3><code>{escape(method.upper())} {escape(path)}</code></h3>"
                             f"<p>{escape(operation.get('summary', ''))}</p>{request}<ul>{responses}</ul>")
    schemas = "".join(_schema_table(name, schema)
                      for name, schema in openapi.get("components", {}).get("schemas", {}).items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(info.get("title", ""))} API</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}}
table{{border-collapse:collapse;margin-bottom:1rem}}td,th{{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;
vertical-align:top}}textarea{{width:100%}}pre{{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:30rem}}</style>
</head><body>
<h1>{escape(info.get("title", ""))} {escape(str(info.get("version", "")))}: HTTP API</h1>
<p>{escape(info.get("description", ""))}</p>
<p>The machine-readable schema is at <a href="openapi.json"><code>/openapi.json</code></a>. This page needs no network.</p>
<h2>Try it</h2>
<form id="try"><p><label>Title <input name="title" size="60"></label>
<label>Published <input name="published" placeholder="YYYY-MM-DD" size="12"></label></p>
<p><textarea name="text" rows="8" placeholder="The article's text">{escape(_EXAMPLE_ARTICLE)}</textarea></p>
<p><button type="submit">POST /v1/score</button></p></form><pre id="answer"></pre>
<script>
document.getElementById("try").addEventListener("submit", async function (event) {{
  event.preventDefault();
  const form = new FormData(event.target), body = {{text: form.get("text")}};
  for (const key of ["title", "published"]) {{ if (form.get(key)) body[key] = form.get(key); }}
  const answer = document.getElementById("answer");
  try {{
    const reply = await fetch("v1/score", {{method: "POST", headers: {{"Content-Type": "application/json"}},
                                             body: JSON.stringify(body)}});
    answer.textContent = reply.status + "\\n" + JSON.stringify(await reply.json(), null, 2);
  }} catch (error) {{ answer.textContent = String(error); }}
}});
// /docs#run submits the example on load (a link to a worked answer; also how the page is tested).
if (location.hash === "#run") document.getElementById("try").requestSubmit();
</script>
<h2>Endpoints</h2>{"".join(endpoints)}
<h2>Schemas</h2>{schemas}
</body></html>
"""


#: Seconds waited for more of an oversized body before the 413 is sent without it.
_DRAIN_SECONDS = 2.0


class _BodyLimit:
    """ASGI middleware: 413 when Content-Length or the streamed body exceeds the limit.

    The body is read (up to the limit) before the application sees it, so a
    client that lies about Content-Length or streams chunked data is cut off
    as soon as it crosses the limit.
    """

    def __init__(self, app: Any, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def _reject(self, receive: Any, send: Any, more_body: bool = True) -> None:
        # Read and discard what the client is still sending (up to a bound): closing a
        # socket with unread data makes TCP reset it, and the client would see a
        # connection error instead of the 413.
        # A client that declares more than it sends (Content-Length: 99999999, then 2 bytes) was
        # waited for without end: the 413 never came and the connection stayed open. The draining
        # stops after _DRAIN_SECONDS without data, and the 413 is sent.
        budget = 4 * self.max_body_bytes + 1_000_000
        while more_body and budget > 0:
            try:
                message = await asyncio.wait_for(receive(), _DRAIN_SECONDS)
            except asyncio.TimeoutError:
                break
            if message["type"] == "http.disconnect":
                return
            budget -= len(message.get("body", b""))
            more_body = message.get("more_body", False)
        body = json.dumps({
            "error": "InputTooLargeError",
            "message": f"request body: expected at most {self.max_body_bytes} bytes, received more",
        }).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.max_body_bytes:
                    await self._reject(receive, send)
                    return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await self._reject(receive, send, message.get("more_body", False))
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                message: dict[str, Any] = await receive()
                return message
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for item in errors[:5]:
        location = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "body"
        if item.get("type") == "json_invalid":
            parts.append(f"body: expected valid JSON, received malformed JSON ({item.get('ctx', {}).get('error', 'parse error')})")
        else:
            parts.append(f"{location}: {item.get('msg', 'invalid value')}")
    if len(errors) > 5:
        parts.append(f"... and {len(errors) - 5} more")
    return "; ".join(parts)


def create_app(
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    *,
    max_batch_items: int = DEFAULT_MAX_BATCH_ITEMS,
    model: Any = None,
) -> Any:
    """Build the FastAPI application.

    Parameters
    ----------
    max_body_bytes : int
        Largest accepted request body; larger bodies are answered with 413
        (checked on Content-Length and on the bytes actually streamed).
    max_batch_items : int
        Most articles in one ``/v1/score/batch`` request.
    model : LinearModel or path, optional
        Passed to :func:`reliability.score`; the shipped model by default.

    Returns
    -------
    fastapi.FastAPI

    Examples
    --------
    >>> import pytest; _ = pytest.importorskip("fastapi")
    >>> app = create_app(max_body_bytes=10_000)
    >>> sorted(route.path for route in app.routes if route.path.startswith("/v1"))
    ['/v1/features', '/v1/score', '/v1/score/batch']
    """
    _require_fastapi()
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from reliability import __version__
    from reliability.api import _resolve_model, score
    from reliability.features import FEATURES

    if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int) or max_body_bytes <= 0:
        raise ValueError(f"max_body_bytes: expected a positive int, received {max_body_bytes!r}")
    if isinstance(max_batch_items, bool) or not isinstance(max_batch_items, int) or max_batch_items <= 0:
        raise ValueError(f"max_batch_items: expected a positive int, received {max_batch_items!r}")
    linear = _resolve_model(model)
    models = _models()
    app = FastAPI(
        title="reliability",
        version=__version__,
        # Swagger UI and ReDoc load their scripts from a CDN: blank offline. /docs is our own page.
        docs_url=None,
        redoc_url=None,
        description=(
            "Explainable credibility signals for news articles. Scores measure signals in the writing "
            "(sourcing, hedging, urgency, internal consistency), not whether the claims are true."
        ),
    )
    error_responses: dict[int | str, dict[str, Any]] = {
        413: {"model": models.ErrorOut, "description": "Request body larger than the server's limit"},
        422: {"model": models.ErrorOut, "description": "Malformed JSON or invalid fields"},
    }

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> Any:
        errors = [
            {key: (value if key != "ctx" else {k: str(v) for k, v in value.items()})
             for key, value in item.items() if key in ("type", "loc", "msg", "ctx")}
            for item in exc.errors()
        ]
        message = _validation_message(errors)
        content_type = request.headers.get("content-type", "")
        if request.method == "POST" and "json" not in content_type.lower():
            # FastAPI does not read a body sent as text/plain (curl -d's form default) as JSON;
            # its own message ("Input should be a valid dictionary") does not say why.
            message = (f"body: expected Content-Type: application/json, received "
                       f"{content_type or 'no Content-Type'}; {message}")
        return _error(422, "invalid_request", message, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if exc.status_code == 400:  # FastAPI's answer to a body it cannot decode at all
            return _error(422, "invalid_request",
                          f"body: expected valid JSON in UTF-8, received a body that cannot be parsed ({exc.detail})")
        return _error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(InputTooLargeError)
    async def _too_large(request: Request, exc: InputTooLargeError) -> Any:
        return _error(413, type(exc).__name__, str(exc))

    @app.exception_handler(ReliabilityError)
    async def _rejected(request: Request, exc: ReliabilityError) -> Any:
        return _error(422, type(exc).__name__, str(exc))

    def _score(item: Any) -> dict[str, Any]:
        assessment = score(item.text, title=item.title, published=item.published, source=item.source,
                           prior=item.prior, model=linear, max_chars=max_body_bytes, min_words=item.min_words,
                           check_language=item.check_language)
        return assessment.to_dict()

    # Plain ``def`` endpoints: scoring is CPU-bound, FastAPI runs them in its thread pool.
    @app.post("/v1/score", response_model=models.AssessmentOut, responses=error_responses,
              summary="Score one article")
    def score_one(item: models.ScoreRequest) -> Any:  # type: ignore[name-defined]
        return _json(_score(item))

    @app.post("/v1/score/batch", response_model=models.BatchOut, responses=error_responses,
              summary="Score several articles; a bad item yields an error entry, not a failed request")
    def score_batch(batch: models.BatchRequest) -> Any:  # type: ignore[name-defined]
        if len(batch.items) > max_batch_items:
            return _error(422, "invalid_request",
                          f"items: expected at most {max_batch_items} articles, received {len(batch.items)}")
        results: list[dict[str, Any]] = []
        for index, item in enumerate(batch.items):
            try:
                results.append({"index": index, "assessment": _score(item)})
            except ReliabilityError as error:
                results.append({"index": index, "error": type(error).__name__, "message": str(error)})
        return _json({"results": results})

    @app.get("/v1/features", response_model=list[models.FeatureOut],  # type: ignore[name-defined]
             summary="The feature catalogue")
    def features() -> list[dict[str, str]]:
        return [{"name": s.name, "family": s.family, "description": s.description, "unit": s.unit} for s in FEATURES]

    @app.get("/docs", include_in_schema=False)
    def docs() -> Any:
        from fastapi.responses import HTMLResponse

        if not hasattr(app.state, "docs_page"):
            app.state.docs_page = docs_page(app.openapi())
        return HTMLResponse(app.state.docs_page)

    @app.get("/healthz", summary="Liveness check")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__, "model": linear.name}

    app.add_middleware(_BodyLimit, max_body_bytes=max_body_bytes)
    return app


def serve(host: str = "127.0.0.1", port: int = 8000, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
          log_level: str = "info") -> None:
    """Run the API with uvicorn until interrupted (the ``reliability serve`` command)."""
    _require_fastapi()
    try:
        import uvicorn
    except ImportError as error:
        raise MissingDependencyError(
            f"reliability serve: expected uvicorn to be installed, received ImportError ({error}); "
            "install it with: pip install 'reliability[serve]'"
        ) from error

    uvicorn.run(create_app(max_body_bytes), host=host, port=port, log_level=log_level)
