"""What an adversary with a copy of a session file does to link secret ballots to voters.

SQLite writes a leaf page's cells from the end of the page downwards, so the
byte offset of a cell tells the order rows were written; pages are allocated
in order too, and the write-ahead log keeps one frame sequence per commit.
If ballots and "has voted" marks were written in the same order, reading both
orders back pairs each ballot with its voter. These readers parse the file
format directly (https://www.sqlite.org/fileformat2.html), as an attacker
would, with no help from SQLite beyond finding each table's root page.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Cell:
    page: int
    offset: int
    values: tuple[Any, ...]

    @property
    def written(self) -> tuple[int, int]:
        """The attacker's guess at write order: earlier pages, then higher offsets, first."""
        return (self.page, -self.offset)


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def _record(payload: bytes) -> tuple[Any, ...]:
    header_size, at = _varint(payload, 0)
    types = []
    while at < header_size:
        serial, at = _varint(payload, at)
        types.append(serial)
    body = header_size
    values: list[Any] = []
    sizes = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8}
    for serial in types:
        if serial == 0:
            values.append(None)
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial in sizes:
            n = sizes[serial]
            raw = payload[body : body + n]
            if serial == 7:
                values.append(struct.unpack(">d", raw)[0])
            else:
                values.append(int.from_bytes(raw, "big", signed=True))
            body += n
        else:
            n = (serial - 12) // 2 if serial >= 12 else 0
            raw = payload[body : body + n]
            values.append(raw.decode("utf-8", "replace") if serial % 2 else raw)
            body += n
    return tuple(values)


class PageReader:
    """The pages of a database image (a file, or a file as a WAL replay left it)."""

    def __init__(self, image: bytes) -> None:
        self.image = image
        size = struct.unpack(">H", image[16:18])[0]
        self.page_size = 65536 if size == 1 else size

    def page(self, number: int) -> bytes:
        start = (number - 1) * self.page_size
        return self.image[start : start + self.page_size]

    def cells(self, root: int) -> Iterator[Cell]:
        """Every cell of the index b-tree (or WITHOUT ROWID table) rooted at ``root``."""
        stack = [root]
        while stack:
            number = stack.pop()
            data = self.page(number)
            if len(data) < self.page_size:
                continue
            head = 100 if number == 1 else 0
            kind = data[head]
            count = struct.unpack(">H", data[head + 3 : head + 5])[0]
            interior = kind in (2, 5)
            pointers = head + (12 if interior else 8)
            if interior:
                stack.append(struct.unpack(">I", data[head + 8 : head + 12])[0])
            for i in range(count):
                offset = struct.unpack(">H", data[pointers + 2 * i : pointers + 2 * i + 2])[0]
                at = offset
                if interior:
                    stack.append(struct.unpack(">I", data[at : at + 4])[0])
                    at += 4
                if kind == 5:  # a rowid table's interior cell holds no record
                    continue
                size, at = _varint(data, at)
                if kind == 13:
                    _, at = _varint(data, at)  # the rowid
                yield Cell(number, offset, _record(data[at : at + size]))


def roots(path: Path) -> dict[str, int]:
    """Table name → root page, read from the schema the way any SQLite client would."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {
            name: root
            for name, root in conn.execute(
                "SELECT name, rootpage FROM sqlite_schema WHERE type = 'table'"
            )
        }
    finally:
        conn.close()


Ballot = frozenset[tuple[int, int]]  # what a ballot says: (item, value) pairs


def _contents(pages: PageReader, root_of: dict[str, int]) -> dict[str, Ballot]:
    entries: dict[str, set[tuple[int, int]]] = {}
    for cell in pages.cells(root_of["ballot_entries"]):
        ballot, item, value = cell.values[:3]
        entries.setdefault(str(ballot), set()).add((int(item), int(value)))
    return {ballot: frozenset(pairs) for ballot, pairs in entries.items()}


def link_by_layout(
    image: bytes, root_of: dict[str, int], round_id: int
) -> list[tuple[Ballot, int]]:
    """Pair the round's ballots and voter marks by the order their cells were written.

    Returns (what the ballot says, participant) pairs: the attacker's best guess.
    """
    pages = PageReader(image)
    contents = _contents(pages, root_of)
    ballots = sorted(
        (c for c in pages.cells(root_of["ballots"]) if c.values[1] == round_id),
        key=lambda c: c.written,
    )
    voters = sorted(
        (c for c in pages.cells(root_of["voters"]) if c.values[0] == round_id),
        key=lambda c: c.written,
    )
    return [
        (contents.get(str(b.values[0]), frozenset()), int(v.values[1]))
        for b, v in zip(ballots, voters, strict=False)
    ]


def wal_states(wal: bytes, base: bytes) -> Iterator[bytes]:
    """The database image after each commit in a WAL file, in order (a replay)."""
    if len(wal) < 32:
        return
    page_size = struct.unpack(">I", wal[8:12])[0]
    image = bytearray(base)
    at = 32
    frame = 24 + page_size
    while at + frame <= len(wal):
        number, commit = struct.unpack(">II", wal[at : at + 8])
        start = (number - 1) * page_size
        if len(image) < start + page_size:
            image.extend(bytes(start + page_size - len(image)))
        image[start : start + page_size] = wal[at + 24 : at + frame]
        at += frame
        if commit:
            yield bytes(image)


def link_by_wal(
    wal: bytes, base: bytes, root_of: dict[str, int], round_id: int
) -> list[tuple[Ballot, int]]:
    """Pair ballots and voter marks by the commit in which each first appears."""
    seen_ballots: set[str] = set()
    seen_voters: set[int] = set()
    pairs = []
    for image in wal_states(wal, base):
        pages = PageReader(image)
        try:
            ballots = {
                str(c.values[0]) for c in pages.cells(root_of["ballots"]) if c.values[1] == round_id
            }
            voters = {
                int(c.values[1]) for c in pages.cells(root_of["voters"]) if c.values[0] == round_id
            }
            contents = _contents(pages, root_of)
        except (struct.error, IndexError, AssertionError):
            continue  # a page caught half way: the attacker moves on
        new_ballots = sorted(ballots - seen_ballots)
        new_voters = sorted(voters - seen_voters)
        if len(new_ballots) == len(new_voters) == 1:
            pairs.append((contents.get(new_ballots[0], frozenset()), new_voters[0]))
        seen_ballots |= ballots
        seen_voters |= voters
    return pairs


def correct_links(guesses: Sequence[tuple[Ballot, int]], truth: dict[Ballot, int]) -> int:
    """How many guessed (ballot, voter) pairs are right."""
    return sum(1 for ballot, voter in guesses if truth.get(ballot) == voter)
