"""Check that no source file and no function has grown too long to read (`make sizes`).

A file of ``breakout/`` or ``breakout_qt/`` over :data:`FILE_LIMIT` lines, or
a function or method over :data:`FUNCTION_LIMIT` lines (from its ``def`` line
to the last line of its body; decorators do not count), fails with one line
each: ``path:line name N lines``. The few exceptions are listed in
:data:`ALLOWED`, each with its reason; an entry that no longer needs to be
there fails too, so the list stays short and true.

Run from the repository's root::

    .venv/bin/python tools/sizes.py
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOTS = ("breakout", "breakout_qt")
FILE_LIMIT = 600
FUNCTION_LIMIT = 60

#: What may be longer, and why. A path allows the file's length and every
#: function in it; ``path::Qualified.name`` allows one function.
ALLOWED: dict[str, str] = {
    "breakout/store.py": "the session file format, kept whole by design",
    "breakout/report/pdf_layout.py::_styles": "a declarative table of paragraph styles",
    "breakout_qt/kiosk/style.py::style_sheet": "one declarative style sheet",
    "breakout_qt/shared_screen.py::SharedScreen.__init__": "declarative widget construction",
    "breakout_qt/vote_dialogs.py::RoundDialog.__init__": "declarative widget construction",
    "breakout_qt/vote_dialogs.py::HandCountDialog.__init__": "declarative widget construction",
}


def _functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, ast.AST]]:
    """Every function and method with its qualified name (``Class.method``, ``outer.inner``)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            name = f"{prefix}{node.name}"
            if not isinstance(node, ast.ClassDef):
                yield name, node
            yield from _functions(node, f"{name}.")
        else:
            yield from _functions(node, prefix)


def _measure(path: Path, shown: str) -> Iterator[tuple[str, str, int, int, int]]:
    """(allowlist key, name, line, length, limit) of everything in one file that has a size."""
    text = path.read_text("utf-8")
    yield shown, shown, 1, len(text.splitlines()), FILE_LIMIT
    for name, node in _functions(ast.parse(text, filename=shown)):
        assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        yield f"{shown}::{name}", name, node.lineno, length, FUNCTION_LIMIT


def check(
    base: Path, roots: Iterable[str] = ROOTS, allowed: Mapping[str, str] = ALLOWED
) -> list[str]:
    """One line per file or function over its limit, and per allowlist entry not needed."""
    problems: list[str] = []
    needed: set[str] = set()
    for root in roots:
        for path in sorted((base / root).rglob("*.py")):
            shown = path.relative_to(base).as_posix()
            for key, name, line, length, limit in _measure(path, shown):
                if length <= limit:
                    continue
                if key in allowed or shown in allowed:
                    needed.add(key if key in allowed else shown)
                    continue
                problems.append(f"{shown}:{line} {name} {length} lines")
    problems.extend(
        f"tools/sizes.py: {key} is within the limits now; remove it from ALLOWED"
        for key in allowed
        if key not in needed
    )
    return problems


def main() -> int:
    problems = check(ROOT)
    for problem in problems:
        print(problem)
    if problems:
        print(
            f"Files may have at most {FILE_LIMIT} lines and functions {FUNCTION_LIMIT}:"
            " split them into named parts that each do one thing."
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
