"""What the rapporteur writes during the session: ``session.outcome``.

Per point, a few key messages and a short summary of the discussion; for the
session, the key messages overall, the next steps and to whom the
recommendations are addressed. The outcome document is written from these
texts. Each edit is one undoable operation; texts are kept as typed (only the
whitespace around them is dropped), one key message per line.

Draft key messages (:mod:`breakout.drafts`) are only offered: nothing here
takes a draft unless the rapporteur accepts or edits it, which is then an
ordinary edit.
"""

from __future__ import annotations

from typing import Any

from breakout.changes import Change
from breakout.errors import BreakoutError
from breakout.session_core import SessionCore

MAX_TEXT = 20_000
"""The longest outcome text, in characters (a few pages; a key message is a line)."""


def key_message_lines(text: str) -> list[str]:
    """The separate messages of a key-messages text: one per non-empty line, bullets dropped."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        for bullet in ("- ", "* ", "• ", "– "):
            if line.startswith(bullet):
                line = line[len(bullet) :].strip()
                break
        if line:
            lines.append(line)
    return lines


class Outcome:
    """``session.outcome``: the rapporteur's texts, on the shared core."""

    def __init__(self, core: SessionCore) -> None:
        self._core = core

    def edit_point(
        self, point_id: int, *, key_messages: str | None = None, summary: str | None = None
    ) -> Change[bool]:
        """Set a point's key messages and/or summary."""
        self._core.point(point_id)
        values = _texts(key_messages=key_messages, summary=summary)
        return self._core._run(
            "Edit point outcome", lambda rec: rec.update("points", point_id, values)
        )

    def edit_session(
        self,
        *,
        key_messages: str | None = None,
        next_steps: str | None = None,
        addressees: str | None = None,
    ) -> Change[bool]:
        """Set the session's key messages, next steps and/or addressees."""
        values = _texts(key_messages=key_messages, next_steps=next_steps, addressees=addressees)
        return self._core._run("Edit outcome", lambda rec: rec.update("session", 1, values))


def _texts(**given: str | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, text in given.items():
        if text is None:
            continue
        if len(text) > MAX_TEXT:
            shown = name.replace("_", " ")
            raise BreakoutError(
                f"the {shown} text is {len(text):,} characters, more than the "
                f"{MAX_TEXT:,} allowed; shorten it"
            )
        values[name] = text.strip()
    return values
