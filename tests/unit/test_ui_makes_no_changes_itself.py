"""The Qt client never assembles a change: every data change is one engine operation.

Gluing several operations into one undo step (``QUndoStack.beginMacro``) or
building a :class:`~breakout.changes.Change` from pieces in a widget commits
the pieces separately: a later refusal leaves earlier ones in the file and
off the undo stack. This reads every module of ``breakout_qt/`` (with :mod:`ast`, so
comments and strings do not count) and lists any that do either.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent.parent / "breakout_qt"


def offences(source: str) -> list[tuple[int, str]]:
    """Where ``source`` starts an undo macro or constructs a Change: (line, what)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("beginMacro", "endMacro"):
            found.append((node.lineno, f"{func.attr}("))
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name == "Change":
            found.append((node.lineno, "Change("))
    return found


def test_the_ui_starts_no_undo_macro_and_builds_no_change() -> None:
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 10  # the right folder
    found = [
        f"breakout_qt/{path.relative_to(UI)}:{line}: {what}"
        for path in modules
        for line, what in offences(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "make it one engine operation instead:\n" + "\n".join(found)


def test_the_scan_finds_what_it_forbids() -> None:
    glued = (
        "stack.beginMacro('Move')\n"
        "stack.endMacro()\n"
        "change = changes.Change('x', ())\n"
        "# beginMacro( in a comment\n"
        "text = 'Change(' \n"
    )
    assert offences(glued) == [(1, "beginMacro("), (2, "endMacro("), (3, "Change(")]
