"""An interchange file read into a document, refused with one sentence if it is not one."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from breakout.errors import BreakoutError
from breakout.interchange.checks import check_document
from breakout.interchange.fields import MAX_BYTES


def read_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and check an interchange file; one clear error for anything wrong.

    Reads at most :data:`MAX_BYTES` (so a device or a pipe that never ends is
    refused too), and refuses what :mod:`json` reads but Breakout cannot
    store: numbers too long to convert, nesting deeper than :data:`MAX_DEPTH`,
    text that is not Unicode (a lone surrogate) or holds a NUL character.
    """
    name = Path(path).name
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise BreakoutError(f"{name} does not exist; check the path") from None
    except IsADirectoryError:
        raise BreakoutError(f"{name} is a folder, not a JSON file") from None
    except OSError as exc:
        raise BreakoutError(f"cannot read {name}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise BreakoutError(
            f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB, too large to be a "
            "Breakout session export; choose the file 'breakout show --json' wrote"
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BreakoutError(f"{name} is not UTF-8 text; export it again as JSON") from None
    except json.JSONDecodeError as exc:
        raise BreakoutError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise BreakoutError(
            f"{name} nests lists or objects too deeply to be a Breakout session export"
        ) from None
    except ValueError:  # an integer of more than 4300 digits (sys.get_int_max_str_digits)
        raise BreakoutError(
            f"{name} holds a number too long to read; no Breakout export has one"
        ) from None
    check_document(data, name)
    return dict(data)
