"""The test suite runs, skipping what it cannot, with only the [test] extra installed.

The README's Quick start is ``pip install '.[test]' && pytest -q``; a test importing an
optional package (pandas, dask, skops, ...) without ``pytest.importorskip`` fails that run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).parent

# Packages that only the optional extras ([serve], [html], [dask], [skops], [bench],
# [fuzz-http]) install, and what they pull in.
OPTIONAL = frozenset({
    "pandas", "dask", "distributed", "pyarrow", "skops", "trafilatura", "lxml_html_clean", "fastapi",
    "uvicorn", "httpx", "starlette", "matplotlib", "schemathesis",
})


# What a guard implies: dask.dataframe cannot be imported without pandas.
IMPLIED = {"dask.dataframe": {"pandas"}}


def _skipped_roots(body: list[ast.stmt], before: int) -> set[str]:
    """Roots of the modules that ``pytest.importorskip`` guards in these statements before a line.

    Functions and classes defined among them are not entered: a guard in another test
    does not guard this one.
    """
    roots: set[str] = set()
    for statement in body:
        if statement.lineno >= before:
            break
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for node in ast.walk(statement):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "importorskip" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                roots.add(node.args[0].value.split(".")[0])
                roots |= IMPLIED.get(node.args[0].value, set())
    return roots


def _unguarded_imports(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    scopes: list[tuple[list[ast.stmt], list[ast.stmt]]] = [(tree.body, tree.body)]
    scopes += [(tree.body, node.body) for node in ast.walk(tree)
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for module_body, body in scopes:
        for statement in body:
            if isinstance(statement, ast.Import):
                names = [alias.name for alias in statement.names]
            elif isinstance(statement, ast.ImportFrom) and statement.module and not statement.level:
                names = [statement.module]
            else:
                continue
            guarded = _skipped_roots(module_body, statement.lineno)
            if body is not module_body:
                guarded |= _skipped_roots(body, statement.lineno)
            found += [(statement.lineno, name) for name in names
                      if name.split(".")[0] in OPTIONAL and name.split(".")[0] not in guarded]
    return found


def test_the_checker_finds_an_unguarded_import_and_accepts_a_guarded_one() -> None:
    assert _unguarded_imports("def test_x():\n    import pandas as pd\n") == [(2, "pandas")]
    assert _unguarded_imports("def test_x():\n    pd = pytest.importorskip('pandas')\n    import pandas\n") == []
    assert _unguarded_imports("dd = pytest.importorskip('dask.dataframe')\nimport dask.bag\n") == []
    assert _unguarded_imports("import numpy\n") == []
    # A guard in another test function guards only that one.
    assert _unguarded_imports("def test_a():\n    pytest.importorskip('pandas')\n"
                              "def test_b():\n    import pandas\n") == [(4, "pandas")]


@pytest.mark.parametrize("path", sorted(TESTS.glob("test_*.py")), ids=lambda path: path.name)
def test_optional_packages_are_imported_only_behind_importorskip(path: Path) -> None:
    unguarded = _unguarded_imports(path.read_text(encoding="utf-8"))
    assert not unguarded, (f"{path.name}: optional packages imported without pytest.importorskip (the run with "
                           f"only [test] installed fails): {unguarded}")
