"""The one exception type a user ever sees, and the sentences for a broken disk or file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class BreakoutError(Exception):
    """A problem the user can act on.

    The message is one sentence saying what is wrong and what to do; the
    command line prints it as ``breakout: error: <message>`` and the GUI shows
    it in a dialog. Raising it means nothing was changed.

    A refusal that a participant can meet in their own language (on a phone)
    is made with :func:`refusal` or :func:`refusal_n`: it keeps, as ``said``,
    the English text marked for the engine's catalogue and the values to fill
    in, so :func:`breakout.words.Words.refusal` can say it in another language.
    """

    def __init__(self, message: str, said: Said | None = None) -> None:
        super().__init__(message)
        self.said = said


@dataclass(frozen=True)
class Said:
    """A refusal's words as the catalogue holds them: ``%(name)s`` slots, and for a count
    the plural and the number (filled in as ``n``)."""

    text: str
    plural: str | None = None
    n: int = 0
    values: Mapping[str, object] = field(default_factory=dict)

    def english(self) -> str:
        chosen = self.text if self.plural is None or self.n == 1 else self.plural
        return chosen % {"n": self.n, **self.values}


def refusal(text: str, **values: object) -> BreakoutError:
    """A refusal a catalogue can say in any language: ``text`` with ``%(name)s`` slots.

    Marked for extraction by the name itself (``make translations`` looks for it).
    """
    said = Said(text, values=values)
    return BreakoutError(said.english(), said)


def refusal_n(singular: str, plural: str, n: int, **values: object) -> BreakoutError:
    """A refusal about a count ``n`` (``%(n)d`` in the text), in each language's plural form."""
    said = Said(singular, plural, n, values)
    return BreakoutError(said.english(), said)


def explain(exc: BaseException, name: str = "") -> BreakoutError | None:
    """The one sentence for a failure of the disk or of a file rather than of Breakout.

    ``name`` is the file the command was working on (for a damaged session,
    the session file). Returns None for anything else: that is a bug.
    """
    import errno
    import sqlite3

    if isinstance(exc, sqlite3.IntegrityError):  # a rule of the file, kept by SQLite
        what = name or "the session file"
        return BreakoutError(
            f"{what} was left as it was: the change would have broken one of its rules "
            f"({_detail(str(exc))}); run again with BREAKOUT_DEBUG=1 and report it"
        )
    if isinstance(exc, sqlite3.DatabaseError):
        what = name or "the session file"
        text = str(exc)
        if "full" in text:
            return BreakoutError(f"the disk holding {what} is full; free some space and try again")
        if "locked" in text or "busy" in text:
            return BreakoutError(
                f"{what} is in use by another program; close it there and try again"
            )
        if "readonly" in text or "read-only" in text:
            return BreakoutError(f"{what} cannot be written (read-only); open a copy of it")
        if "I/O" in text:
            return BreakoutError(
                f"{what} could not be read from the disk ({text}); check the disk, or open a copy"
            )
        return damaged(what, _detail(text))
    if isinstance(exc, OSError):
        filename = exc.filename if isinstance(exc.filename, str | bytes) else None
        shown = os_name(filename) if filename is not None else name or "a file"
        code = exc.errno
        if code in (errno.ENOSPC, errno.EDQUOT):
            return BreakoutError(
                f"the disk is full (writing {shown}); free some space and try again"
            )
        if code == errno.ENAMETOOLONG:
            return BreakoutError(f"the name {shown} is too long; choose a shorter name")
        if code in (errno.EACCES, errno.EPERM):
            return BreakoutError(f"permission to use {shown} was denied; choose another place")
        if code == errno.EROFS:
            return BreakoutError(f"{shown} is on a read-only disk; choose another place")
        if code == errno.EIO:
            return BreakoutError(
                f"{shown} could not be read or written (input/output error); check the disk"
            )
        if code == errno.ELOOP:
            return BreakoutError(f"{shown} is a loop of symbolic links; give the file itself")
        reason = exc.strerror or type(exc).__name__
        return BreakoutError(f"cannot use {shown}: {reason}")
    if isinstance(exc, MemoryError):
        return BreakoutError(
            "there is not enough memory for this; close other programs and try again"
        )
    return None


def os_name(filename: str | bytes) -> str:
    """A file's name for a message: its last part, shortened when very long."""
    import os

    text = os.fsdecode(filename) if isinstance(filename, bytes) else filename
    last = os.path.basename(text.rstrip("/")) or text
    return last if len(last) <= 60 else last[:40] + "…" + last[-10:]


def damaged(what: str, detail: str) -> BreakoutError:
    """The sentence for a session file whose content is broken."""
    return BreakoutError(
        f"{what} is damaged and cannot be read ({detail}); open a backup or another copy of it"
    )


def _detail(text: str) -> str:
    """SQLite's words for a problem, short, and without the text of the session."""
    if text.startswith("Could not decode to UTF-8"):
        return "a text in it is not valid UTF-8"
    first = text.splitlines()[0] if text else "unknown problem"
    return first if len(first) <= 80 else first[:79] + "…"


def find_damage(path: str | os.PathLike[str]) -> str | None:
    """What is wrong inside a session file, in SQLite's words, or None when it is whole.

    SQLite's quick check (structure, NOT NULL and CHECK constraints), then a
    look for values of the wrong kind. Reads only (the file is opened
    read-only). Used after an unexpected failure, to tell a damaged file from
    a fault of Breakout's, and by the app before it shows a session.
    """
    import sqlite3
    from pathlib import Path

    target = Path(path)
    # Without a log beside the file nobody is writing it: read it as it is, so
    # that SQLite makes no log of its own and leaves nothing behind.
    live = any(Path(f"{target}{end}").exists() for end in ("-wal", "-shm", "-journal"))
    try:
        uri = target.resolve().as_uri() + ("?mode=ro" if live else "?immutable=1")
        conn = sqlite3.connect(uri, uri=True)
    except (OSError, ValueError, sqlite3.Error):
        return None
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        found = str(rows[0][0]) if rows else "ok"
        if found != "ok":
            lines = [line for line in found.splitlines() if line and not line.startswith("***")]
            return _detail(lines[0] if lines else found)
        return _misplaced_value(conn)
    except sqlite3.DatabaseError as exc:
        return _detail(str(exc))
    except UnicodeDecodeError:  # SQLite's own message quotes the broken bytes
        return "its table definitions are garbled"
    finally:
        conn.close()


#: What a column of each declared type may hold (``typeof``), by SQLite's affinity rules.
_HOLDS = {
    "integer": ("integer", "real", "null"),
    "real": ("integer", "real", "null"),
    "text": ("text", "null"),
}


def _affinity(declared: str) -> str | None:
    declared = declared.upper()
    if "INT" in declared:
        return "integer"
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return None


def _misplaced_value(conn: Any) -> str | None:
    """A value of the wrong kind in a column (text where a time belongs, say): damage
    SQLite's quick check does not look for, a column's type being only advice to it."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for column in conn.execute(f'PRAGMA table_info("{table}")').fetchall():
            name, kind = str(column[1]), _affinity(str(column[2]))
            if kind is None:
                continue
            allowed = ", ".join(f"'{held}'" for held in _HOLDS[kind])
            wrong = conn.execute(
                f'SELECT typeof("{name}") FROM "{table}" WHERE typeof("{name}") NOT IN ({allowed})'
                " LIMIT 1"
            ).fetchone()
            if wrong is not None:
                return f"{table}.{name} holds {wrong[0]} where {kind} belongs"
    return None
