"""Reading a briefing file: its size, its encoding, and refusing files that are not text."""

from __future__ import annotations

import codecs
import os

from breakout.briefing.lines import _BINARY_CONTROL_RE
from breakout.briefing.model import Briefing
from breakout.briefing.sections import _parse
from breakout.errors import BreakoutError

# --------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------

_MAX_BYTES = 2 * 1024 * 1024
"""A briefing is a few pages (tens of kilobytes); anything this large is the wrong file."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE, which starts the same
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
"""Byte order marks, the codec each one announces, and its name for messages."""

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff")
"""PDF, Word/zip, old Office, PNG and JPEG: common wrong choices in a file dialog."""


def read_briefing(path: str | os.PathLike[str]) -> Briefing:
    """Read and parse the briefing file at ``path``.

    The bytes are decoded as UTF-8 (with or without a byte order mark), as
    UTF-16 or UTF-32 when a byte order mark says so, and otherwise as Windows
    code page 1252, which is what older word processors save as "plain text".
    Missing, unreadable, binary and empty files raise :class:`BreakoutError`
    naming the file.
    """
    name = os.fspath(path)
    data = _read_bytes(name)
    text = _decode(data, name)
    if not text.strip():
        raise BreakoutError(
            f'briefing file "{name}" is empty: choose a file with a title, '
            "background and discussion points"
        )
    return _parse(text, f' in "{name}"')


def _read_bytes(name: str) -> bytes:
    """Return the file's bytes, turning every operating-system error into a user message."""
    try:
        with open(name, "rb") as stream:
            data = stream.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        raise BreakoutError(
            f'briefing file "{name}" does not exist: check the name and folder'
        ) from None
    except IsADirectoryError:
        raise BreakoutError(
            f'"{name}" is a folder, not a briefing file: choose a text or Markdown file'
        ) from None
    except PermissionError:
        raise BreakoutError(
            f'briefing file "{name}" cannot be read because permission was denied: '
            "copy it somewhere you can read it and try again"
        ) from None
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BreakoutError(
            f'briefing file "{name}" cannot be read ({reason}): check that it is a readable file'
        ) from None
    if len(data) > _MAX_BYTES:
        raise BreakoutError(
            f'briefing file "{name}" is larger than 2 MB, too large to be a briefing note: '
            "choose the plain-text briefing"
        )
    return data


def _decode(data: bytes, name: str) -> str:
    """Decode ``data`` or raise :class:`BreakoutError` if it is not text.

    Without a byte order mark, a file full of zero bytes at odd (or even)
    positions is taken as UTF-16 without a mark; any other zero byte means the
    file is binary. Text that decodes but is more than 1% control characters
    is binary too (random bytes are about 10%).
    """
    not_text = BreakoutError(
        f'briefing file "{name}" is not a text file: save the briefing as plain text '
        "(.txt) or Markdown (.md) and import that file"
    )
    if data.startswith(_BINARY_MAGIC):
        raise not_text
    text: str | None = None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data[len(bom) :], codec)
            if text is None:
                raise BreakoutError(
                    f'briefing file "{name}" is marked as {label} text but is damaged: '
                    "save it again as UTF-8 plain text"
                )
            break
    else:
        if b"\x00" in data:
            text = _decode_utf16_without_bom(data)
        else:
            text = _try_decode(data, "utf-8")
            if text is None:
                text = _try_decode(data, "cp1252")
    if text is None or _looks_binary(text):
        raise not_text
    return text


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 text that lacks a byte order mark, or return None."""
    half = len(data) // 2
    if len(data) % 2 or half == 0:
        return None
    even_zeros, odd_zeros = data[0::2].count(0), data[1::2].count(0)
    if odd_zeros > 0.6 * half and even_zeros == 0:
        return _try_decode(data, "utf-16-le")
    if even_zeros > 0.6 * half and odd_zeros == 0:
        return _try_decode(data, "utf-16-be")
    return None


def _looks_binary(text: str) -> bool:
    return "\x00" in text or len(_BINARY_CONTROL_RE.findall(text)) > len(text) * 0.01
