"""No module of the package binds one top-level name twice.

Rounds of rules add many module-level patterns and helpers; a second ``_NAME = ...`` further down a module rebinds
the name for every function that reads it, including the older rule that meant the first (session 24: a new
``_FRONTED_PARTICIPLE`` in temporal.py silently replaced the restatement pass's pattern of the same name). An
assignment that extends the name it binds (``_NOT_NAMES = _NOT_NAMES | ...``) is deliberate and allowed.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "reliability"


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name) and not _extends(node, target.id)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            if not _extends(node, node.target.id):
                names.append(node.target.id)
    return names


def _extends(node: ast.Assign | ast.AnnAssign, name: str) -> bool:
    """Whether the assignment reads the name it binds (``_NOT_NAMES = _NOT_NAMES | ...``): a deliberate extension."""
    return node.value is not None and any(isinstance(inner, ast.Name) and inner.id == name for inner in ast.walk(node.value))


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, count in counts.items() if count > 1] == []
