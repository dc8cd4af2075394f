"""Property-based HTTP tests: schemathesis generates requests from the app's OpenAPI schema.

Every operation of ``reliability.server.create_app`` gets valid and invalid
(negative) requests; each response must not be a 5xx, must use a status code and
a content type the schema documents, and must match the documented response
schema. The app runs in process (ASGI transport), so there is no network at all.

Needs the ``[serve]`` and ``[fuzz-http]`` extras (schemathesis 4.x); skips otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the HTTP API needs the [serve] extra: pip install 'reliability[serve]'")
pytest.importorskip("httpx", reason="the in-process ASGI client needs httpx: pip install 'reliability[serve]'")
schemathesis = pytest.importorskip(
    "schemathesis", minversion="4.0",
    reason="schemathesis 4.x is not installed: pip install 'reliability[fuzz-http]'",
)

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from reliability.server import create_app  # noqa: E402

#: Examples per operation and generation mode: bounded so the file runs in well under a minute.
MAX_EXAMPLES = 30
#: A small body limit so oversized generated bodies exercise the documented 413 too.
MAX_BODY_BYTES = 20_000

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

app = create_app(max_body_bytes=MAX_BODY_BYTES)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)
schema.config.generation.update(max_examples=MAX_EXAMPLES)


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_api_conforms_to_its_openapi_schema(case: Any) -> None:
    case.call_and_validate(checks=CHECKS)


def test_schema_covers_every_operation() -> None:
    operations = {
        (result.ok().method.upper(), result.ok().path) for result in schema.get_all_operations()
    }
    assert operations == {
        ("POST", "/v1/score"), ("POST", "/v1/score/batch"), ("GET", "/v1/features"), ("GET", "/healthz"),
    }
