"""Write the HTTP API's OpenAPI schema to docs/openapi.json (needs the [serve] extra).

Run from the repository root after changing src/reliability/server.py:

    python benchmarks/export_openapi.py

tests/test_server.py fails when the committed schema differs from the app's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reliability.server import create_app

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"


def main() -> None:
    # No options; parsed so that --help prints this docstring instead of running the benchmark
    # (and overwriting its committed results).
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    schema = create_app().openapi()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(schema['paths'])} paths)")


if __name__ == "__main__":
    main()
