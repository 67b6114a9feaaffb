"""The interchange JSON: the whole session as one document.

``export_session`` writes it (``breakout show --json``); ``create_from_json``
makes a new session file from it (``breakout new --from-json``). The two are
a lossless round trip: exporting the new file gives the same document. The
format is documented by ``breakout/schema/session.schema.json``, and an
imported document is checked against it (types, required fields, no field it
does not name) before this package checks what a schema cannot say: that ids
are unique and references point somewhere, and that the session is one that
could have happened. Every problem gets one sentence naming where it is, and
nothing is written unless the whole document is good.

Times are Unix seconds. Lists are in display order (agenda order, queue
order, board order); ids are kept as they are.

This is the full copy: it keeps voting codes, the facilitator's notes and
private contributions. Exports derive from it a document holding only what
they may show (:func:`breakout.redaction.view.disclose_document`).

Where each part lives:

* :mod:`~breakout.interchange.fields` — the format's name and version, its
  limits, and each section's fields (taken from :mod:`breakout.model`);
* :mod:`~breakout.interchange.export` — the session as a document;
* :mod:`~breakout.interchange.reading` — a file read into a checked document;
* :mod:`~breakout.interchange.shape` — values SQLite can keep, and the JSON
  Schema with its errors as sentences;
* :mod:`~breakout.interchange.checks` — the whole check, and what the schema
  cannot say (ids, references, states that cannot happen);
* :mod:`~breakout.interchange.writing` — a checked document written into a
  new session file.
"""

from __future__ import annotations

from breakout.interchange.checks import check_document
from breakout.interchange.export import dumps, export_session
from breakout.interchange.fields import (
    BOOL,
    FORMAT,
    FORMAT_VERSION,
    INT,
    ITEM_FIELDS,
    MAX_BYTES,
    MAX_DEPTH,
    NUM,
    OPT_INT,
    OPT_NUM,
    OPT_STR,
    ROUND_FIELDS,
    SESSION_FIELDS,
    STR,
    TABLES,
)
from breakout.interchange.reading import read_json
from breakout.interchange.writing import create_from_json

__all__ = [
    "BOOL",
    "FORMAT",
    "FORMAT_VERSION",
    "INT",
    "ITEM_FIELDS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "NUM",
    "OPT_INT",
    "OPT_NUM",
    "OPT_STR",
    "ROUND_FIELDS",
    "SESSION_FIELDS",
    "STR",
    "TABLES",
    "check_document",
    "create_from_json",
    "dumps",
    "export_session",
    "read_json",
]
