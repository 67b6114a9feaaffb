"""Fuzzing the command line: generated briefings, rosters, interchange documents and
damaged session files, each run through ``breakout`` in a folder of its own.

Used by ``tests/unit/test_fuzz.py`` (a fixed number of derandomised examples)
and ``tools/fuzz.py`` (long runs that print counts). Every example asserts what
the issue asks of bad input:

* no traceback and never the "unexpected problem" fallback: success, or one
  ``breakout: error:`` line;
* no file that was there before is changed, and nothing is left behind (no
  session file from a refused ``new``, no ``-wal``, ``-shm``, ``.lock`` or
  ``.part``);
* bounded time and memory: the commands run in a worker process with a
  ceiling on CPU time and on address space, and each command's CPU time is
  checked against a generous bound (CPU time, so load on the machine does
  not move it).

What is accepted must also work afterwards: a briefing or roster becomes a
session that ``show --json`` and ``export`` read; an accepted interchange
document validates against ``breakout/schema/session.schema.json`` and makes a
session whose own ``show --json`` goes round the trip unchanged.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "real_session"
SCHEMA = json.loads((ROOT / "breakout" / "schema" / "session.schema.json").read_text("utf-8"))

#: Ceilings for the worker process: far above what any example needs.
WORKER_MEMORY = 3 << 30
WORKER_CPU_SECONDS = 3600
#: The most CPU one command may take (a PDF of a long session takes one or two seconds).
COMMAND_CPU_SECONDS = 30.0
#: Files nobody may leave behind.
SIDE_FILES = ("-wal", "-shm", "-journal", ".lock", ".part", ".partial")

FALLBACK = "unexpected problem"


# -- the worker: one process runs command after command ---------------------------------------

WORKER = textwrap.dedent(
    """
    import contextlib, gc, io, json, os, resource, sys

    from breakout_qt.launch import main

    reply = os.fdopen(os.dup(1), "w")
    sys.stdout = io.StringIO()  # anything printed outside a command is dropped
    for line in sys.stdin:
        request = json.loads(line)
        os.chdir(request["cwd"])
        out, err = io.StringIO(), io.StringIO()
        start = resource.getrusage(resource.RUSAGE_SELF)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(request["argv"])
            except SystemExit as exc:  # argparse
                code = exc.code if isinstance(exc.code, int) else 2
            except BaseException as exc:
                err.write(f"Traceback: {type(exc).__name__} escaped main: {exc}")
                code = -1
        gc.collect()  # what the process's exit does: nothing of one command outlives it
        end = resource.getrusage(resource.RUSAGE_SELF)
        cpu = (end.ru_utime + end.ru_stime) - (start.ru_utime + start.ru_stime)
        answer = {
            "code": code,
            "stdout": out.getvalue(),
            "stderr": err.getvalue(),
            "cpu": cpu,
            "peak_kb": end.ru_maxrss,
        }
        reply.write(json.dumps(answer) + "\\n")
        reply.flush()
    """
)


@dataclass
class Result:
    argv: list[str]
    code: int
    stdout: str
    stderr: str
    cpu: float
    peak_kb: int


class WorkerDied(AssertionError):
    """The worker was killed (CPU or memory ceiling) or crashed."""


class Worker:
    """A ``breakout`` process (``breakout_qt.launch.main``) that runs commands sent to it."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        def limits() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
            resource.setrlimit(resource.RLIMIT_CPU, (WORKER_CPU_SECONDS, WORKER_CPU_SECONDS))

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("BREAKOUT_DEBUG", None)
        return subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
            preexec_fn=limits,
        )

    def run(self, argv: list[str], cwd: Path) -> Result:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"argv": argv, "cwd": str(cwd)}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.close()
            raise WorkerDied(f"breakout {' '.join(argv)}: the process died (exit {code})")
        answer = json.loads(line)
        return Result(argv=argv, **answer)

    def close(self) -> None:
        if self.proc is not None:
            for stream in (self.proc.stdin, self.proc.stdout):
                with contextlib.suppress(OSError):
                    if stream is not None:
                        stream.close()
            self.proc.wait()
            self.proc = None


# -- what every example checks ------------------------------------------------------------


@dataclass
class Tally:
    """Counts for the long run's report."""

    examples: collections.Counter[str] = field(default_factory=collections.Counter)
    outcomes: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    max_cpu: dict[str, float] = field(default_factory=dict)
    peak_kb: int = 0

    def add(self, corpus: str, result: Result) -> None:
        if result.code == 0:
            kind = "accepted"
        else:
            words = result.stderr.removeprefix("breakout: error: ").split()
            kind = "refused: " + " ".join(_generic(w) for w in words[:4])
        self.outcomes[(corpus, kind)] += 1
        self.max_cpu[corpus] = max(self.max_cpu.get(corpus, 0.0), result.cpu)
        self.peak_kb = max(self.peak_kb, result.peak_kb)


def _generic(word: str) -> str:
    """A word of an error message with file names and numbers taken out, for counting."""
    if any(c.isdigit() for c in word) or "." in word.strip(".,;:") or "/" in word:
        return "…"
    return word


def files(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes (relative names)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[str(path.relative_to(folder))] = path.read_bytes()
    return found


def check(result: Result, before: dict[str, bytes], folder: Path, made: tuple[str, ...]) -> None:
    """One command's outcome: a clean success or one error line; nothing changed or left.

    ``made``: the files a successful command writes.
    """
    shown = f"breakout {' '.join(result.argv)}"
    assert "Traceback" not in result.stderr, f"{shown}: {result.stderr}"
    assert FALLBACK not in result.stderr, f"{shown}: {result.stderr}"
    assert result.cpu <= COMMAND_CPU_SECONDS, f"{shown}: {result.cpu:.1f} s of CPU"
    assert "not enough memory" not in result.stderr, f"{shown}: {result.stderr}"
    if result.code != 0:
        lines = result.stderr.splitlines()
        assert result.code in (1, 2), f"{shown}: exit {result.code}: {result.stderr}"
        assert len(lines) == 1 and lines[0].startswith("breakout: error: "), (
            f"{shown}: {result.stderr!r}"
        )
        assert result.stdout == "", f"{shown}: printed {result.stdout[:200]!r} and failed"
    after = files(folder)
    changed = [name for name, data in before.items() if after.get(name) != data]
    assert not changed, f"{shown}: changed {changed}"
    new = sorted(set(after) - set(before))
    left = [name for name in new if name.endswith(SIDE_FILES) or "/." in "/" + name]
    assert not left, f"{shown}: left behind {left}"
    if result.code != 0:
        assert not new, f"{shown} failed and left {new}"
    else:
        unexpected = [name for name in new if not name.startswith(made)]
        assert not unexpected, f"{shown}: wrote {unexpected}"


def run(
    worker: Worker,
    folder: Path,
    argv: list[str],
    made: tuple[str, ...] = (),
    tally: Tally | None = None,
    corpus: str = "",
) -> Result:
    before = files(folder)
    result = worker.run(argv, folder)
    if tally is not None:
        tally.add(corpus, result)
    check(result, before, folder, made)
    return result


# -- briefings ----------------------------------------------------------------------------

WORDS = [
    "water",
    "régie",
    "comités",
    "d'usagers",
    "المياه",
    "供水",
    "Partnerships",
    "Background",
    "Points",
    "of",
    "Discussion",
    "Questions",
    "for",
    "discussion:",
    "Breakout",
    "Session",
    "3:",
    "Venue:",
    "Dates:",
    "Amman,",
    "Jordan",
    "14–15",
    "October",
    "2027",
    "2027-10-14",
    "14:00",
    "Forum",
    "Who",
    "pays?",
    "“quoted”",
    '"Title"',
    "Concept",
    "note",
]
MARKS = ["*", "**", "***", "_", "__", "`", "[", "]", "](", "(", ")", "!", "#", "?", ":", "-"]
RUN_CHARS = [" ", "*", "_", "#", "-", "`", "[", "?", "a", "\t", "é", "=", "~"]


#: True one time in twenty (sampled, so that the usual case is also the simplest).
RARELY = st.sampled_from([False] * 19 + [True])


def runs_of(chars: list[str], longest: int) -> st.SearchStrategy[str]:
    return st.builds(lambda c, n: c * n, st.sampled_from(chars), st.integers(0, longest))


def inline(longest: int = 3000) -> st.SearchStrategy[str]:
    piece = st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(MARKS),
        runs_of(RUN_CHARS, longest),
        st.text(max_size=8),
    )
    return st.lists(piece, max_size=12).map(" ".join)


def briefing_line(longest: int = 3000) -> st.SearchStrategy[str]:
    heading = st.builds(
        lambda hashes, a, text, b, closing: "#" * hashes + " " * a + text + " " * b + closing,
        st.integers(0, 8),
        st.integers(0, longest),
        inline(longest),
        st.integers(0, longest),
        st.sampled_from(["", " #", " ##", "#"]),
    )
    bullet = st.builds(
        lambda indent, marker, text: " " * indent + marker + " " + text,
        st.integers(0, 8),
        st.sampled_from(["-", "*", "+", "1.", "2)", "(a)", "iv.", "•", "Q1.", "- [ ]", "–"]),
        inline(longest),
    )
    fixed = st.sampled_from(
        [
            "",
            "",
            "Background",
            "### Points of Discussion",
            "Questions for discussion:",
            "Points of Discussion: 1. Who pays?",
            'Breakout Session 3: "Who keeps the taps running?"',
            "Amman, Jordan, 14-15 October 2027",
            "---",
            "* * *",
            "> quoted",
            "| a | b |",
        ]
    )
    return st.one_of(fixed, heading, bullet, inline(longest))


@st.composite
def briefings(draw: st.DrawFn, longest: int = 3000) -> bytes:
    """A briefing file: lines of headings, bullets, emphasis, dates and long runs, in an
    encoding of its own (or a few raw bytes)."""
    if draw(RARELY):
        return draw(st.binary(max_size=400))
    lines = draw(st.lists(briefing_line(longest), min_size=1, max_size=40))
    if draw(st.booleans()):  # most real briefings have a points list
        at = draw(st.integers(0, len(lines)))
        points = draw(st.lists(briefing_line(longest), max_size=8))
        lines[at:at] = ["Points of Discussion", *[f"- {p}" for p in points]]
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", "\u2028"]))
    text = ending.join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


# -- rosters ------------------------------------------------------------------------------

COLUMNS = [
    "Name",
    "name",
    "Full name",
    "First name",
    "Surname",
    "Organisation",
    "Stakeholder group",
    "Group",
    "Region",
    "Country",
    "Gender",
    "May be named",
    "Consent",
    "Notes",
    "",
]
CELLS = [
    "Élise Marchand",
    "Zainab Al-Khatib",
    "李伟",
    "فاطمة الزهراء",
    "O'Brien",
    "yes",
    "no",
    "oui",
    "perhaps",
    "",
    "  ",
    "Civil society",
    "Business",
    "=1+1",
    '"quoted, with comma"',
    '"unclosed',
    'a ""b"" c',
]


NAMES = [
    "Élise Marchand",
    "Zainab Al-Khatib",
    "李伟",
    "فاطمة الزهراء",
    "O'Brien, Seán",
    "María José Gutiérrez",
    "Ngozi Okonkwo",
    "  Omar   Haddad ",
]
HEADERS = ["Name", "Organisation", "Stakeholder group", "Region", "Gender", "May be named"]


@st.composite
def rosters(draw: st.DrawFn, longest: int = 2000) -> bytes:
    """A roster file: a header, rows with quotes and delimiters, perhaps a sep= line.

    Half are a real roster's shape with odd values; the rest any columns and cells."""
    if draw(RARELY):
        return draw(st.binary(max_size=400))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    printable = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)
    odd = st.one_of(st.sampled_from(CELLS), printable, runs_of(RUN_CHARS, longest))
    if draw(st.booleans()):
        header = draw(st.permutations(HEADERS))
        value = {
            "Name": st.one_of(st.sampled_from(NAMES), st.sampled_from(NAMES).map(str.upper), odd),
            "May be named": st.one_of(st.sampled_from(["yes", "no", "Oui", "", "y"]), odd),
        }
        other = st.one_of(st.sampled_from(CELLS[:12]), odd)
        cells = [value.get(column, other) for column in header]
        row = st.tuples(*cells).map(list)
    else:
        header = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=7))
        row = st.lists(odd, max_size=8)
    rows = draw(st.lists(row, min_size=1, max_size=30))
    quote = draw(st.booleans())
    lines = [delimiter.join(header)]
    for cells_ in rows:
        if quote:
            cells_ = ['"' + c.replace('"', '""') + '"' for c in cells_]
        lines.append(delimiter.join(cells_))
    if draw(st.booleans()):
        lines.insert(0, f"sep={delimiter}")
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = ending.join(lines) + draw(st.sampled_from(["", ending]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


# -- interchange documents ----------------------------------------------------------------


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON document, as a tuple of keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def _at(doc: Any, where: tuple[Any, ...]) -> Any:
    for step in where:
        doc = doc[step]
    return doc


EDGE_NUMBERS = [
    0,
    -1,
    1,
    2,
    5,
    6,
    50,
    51,
    99,
    100,
    600,
    601,
    9999,
    10_000,
    2**31,
    2**53,
    2**62,
    2**63 - 1,
    2**63,
    -(2**63),
    10**15,
    10**20,
    1.5,
    -0.0,
    1e300,
]


def nested(depth: int) -> Any:
    value: Any = []
    for n in range(depth):
        value = [value] if n % 2 else {"x": value}
    return value


def evil_values(doc: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values to put anywhere in a document: edge numbers, odd text, other parts of it."""
    taken = [_at(doc, p) for p in paths(doc)]
    odd_text = st.one_of(
        st.sampled_from(["", " ", "\x00", "a\x00b", "\ud800", "caf\udfff", "‮evil", "﻿"]),
        st.text(max_size=20),
        st.text(st.characters(codec="utf-8"), max_size=20),
    )
    return st.one_of(
        st.none(),
        st.booleans(),
        st.sampled_from(EDGE_NUMBERS),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        odd_text,
        # a value from elsewhere (repeated ids, swapped kinds), copied: never the base itself
        st.sampled_from(taken).map(lambda value: json.loads(json.dumps(value))),
        st.integers(1, 200).map(nested),
        st.lists(st.integers(-3, 3), max_size=4),
        st.dictionaries(
            st.sampled_from(["id", "text", "label", "count"]), st.integers(), max_size=3
        ),
    )


@st.composite
def documents(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    """An interchange document changed in one to four places, then serialised (and perhaps
    cut short or given a number too long to read)."""
    doc = json.loads(json.dumps(base))
    for _ in range(draw(st.integers(1, 4))):
        places = list(paths(doc))[1:]
        where = draw(st.sampled_from(places))
        parent = _at(doc, where[:-1])
        action = draw(st.sampled_from(["set", "set", "set", "delete", "copy"]))
        if action == "delete":
            del parent[where[-1]]
        elif action == "copy" and isinstance(parent, list):
            parent.insert(where[-1], json.loads(json.dumps(parent[where[-1]])))
        else:
            parent[where[-1]] = draw(evil_values(base))
    ascii_only = draw(st.booleans())
    text = json.dumps(doc, ensure_ascii=ascii_only, allow_nan=True)
    trouble = draw(st.sampled_from(["none"] * 18 + ["cut", "digits"]))
    if trouble == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif trouble == "digits":
        text = text[:-1] + ', "n": ' + "7" * draw(st.integers(4000, 5000)) + "}"
    return text.encode("utf-8", errors="surrogatepass")


# -- damaged session files ----------------------------------------------------------------


@st.composite
def damaged(draw: st.DrawFn, base: bytes) -> bytes:
    """A session file with one to five kinds of damage past its 100-byte header."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["flip", "zero", "garbage", "cut", "page"]))
        if len(data) <= 101:
            break
        at = draw(st.integers(100, len(data) - 1))
        size = draw(st.integers(1, 4096))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "zero":
            data[at : at + size] = bytes(len(data[at : at + size]))
        elif kind == "garbage":
            chunk = draw(st.binary(min_size=1, max_size=64))
            data[at : at + len(chunk)] = chunk
        elif kind == "cut":
            del data[at:]
        else:  # one page written over another
            pages = len(data) // 4096
            if pages >= 2:
                src, dst = draw(st.integers(1, pages - 1)), draw(st.integers(1, pages - 1))
                data[dst * 4096 : dst * 4096 + 4096] = data[src * 4096 : src * 4096 + 4096]
    return bytes(data)


# -- the examples themselves --------------------------------------------------------------


class Fuzzer:
    """Runs examples of each corpus in fresh folders under ``work``."""

    def __init__(self, work: Path, session: Path, doc: dict[str, Any], pdf_every: int = 10):
        self.work = work
        self.session = session.read_bytes()
        self.doc = doc
        self.worker = Worker()
        self.tally = Tally()
        self.pdf_every = pdf_every
        self._count = 0

    def folder(self) -> Path:
        self._count += 1
        path = self.work / f"e{self._count}"
        if path.exists():
            shutil.rmtree(path)
        path.mkdir(parents=True)
        return path

    def _pdf_now(self, corpus: str) -> bool:
        return (
            self.pdf_every > 0 and self.tally.outcomes[(corpus, "accepted")] % self.pdf_every == 1
        )

    def _use(self, folder: Path, corpus: str, session: str) -> None:
        """What a session made from an input must allow: show --json and the exports."""
        use = f"{corpus}, then used"
        shown = run(self.worker, folder, ["show", session, "--json"], (), self.tally, use)
        assert shown.code == 0, f"{corpus}: show --json of an accepted input: {shown.stderr}"
        argv = ["export", session, "--markdown", "r.md", "--json", "r.json", "--csv", "t"]
        if self._pdf_now(corpus):
            argv += ["--pdf", "r.pdf"]
        made = ("r.md", "r.json", "r.pdf", "t/")
        exported = run(self.worker, folder, argv, made, self.tally, use)
        assert exported.code == 0, f"{corpus}: export of an accepted input: {exported.stderr}"

    def briefing(self, data: bytes) -> None:
        self.tally.examples["briefings"] += 1
        folder = self.folder()
        (folder / "b.txt").write_bytes(data)
        argv = ["new", "s.breakout", "--briefing", "b.txt"]
        made = run(self.worker, folder, argv, ("s.breakout",), self.tally, "briefings")
        if made.code == 0:
            self._use(folder, "briefings", "s.breakout")
        shutil.rmtree(folder)

    def roster(self, data: bytes) -> None:
        self.tally.examples["rosters"] += 1
        folder = self.folder()
        (folder / "r.csv").write_bytes(data)
        argv = ["new", "s.breakout", "--roster", "r.csv"]
        made = run(self.worker, folder, argv, ("s.breakout",), self.tally, "rosters")
        if made.code == 0:
            self._use(folder, "rosters", "s.breakout")
        shutil.rmtree(folder)

    def document(self, data: bytes) -> None:
        self.tally.examples["interchange"] += 1
        folder = self.folder()
        (folder / "d.json").write_bytes(data)
        argv = ["new", "s.breakout", "--from-json", "d.json"]
        made = run(self.worker, folder, argv, ("s.breakout",), self.tally, "interchange")
        if made.code == 0:
            accepted = json.loads(data.decode("utf-8-sig"))
            for rnd in accepted.get("rounds", []):
                rnd.pop("results", None)  # computed on export, never read back
            try:
                jsonschema.validate(accepted, SCHEMA)
            except jsonschema.ValidationError as exc:
                raise AssertionError(
                    f"accepted a document the schema refuses: {exc.message} at {list(exc.path)}"
                ) from None
            shown = run(self.worker, folder, ["show", "s.breakout", "--json"])
            assert shown.code == 0, shown.stderr
            jsonschema.validate(json.loads(shown.stdout), SCHEMA)
            (folder / "shown.json").write_text(shown.stdout, encoding="utf-8")
            argv = ["new", "again.breakout", "--from-json", "shown.json"]
            again = run(self.worker, folder, argv, ("again.breakout",))
            assert again.code == 0, f"show --json of an imported session: {again.stderr}"
            second = run(self.worker, folder, ["show", "again.breakout", "--json"])
            assert second.stdout == shown.stdout, "show --json → new --from-json is not lossless"
            self._use(folder, "interchange", "s.breakout")
        shutil.rmtree(folder)

    def damaged_file(self, data: bytes) -> None:
        self.tally.examples["damaged files"] += 1
        folder = self.folder()
        (folder / "s.breakout").write_bytes(data)
        for argv, made in (
            (["show", "s.breakout"], ()),
            (["show", "s.breakout", "--json"], ()),
            (
                ["export", "s.breakout", "--markdown", "r.md", "--json", "r.json", "--csv", "t"],
                ("r.md", "r.json", "t/"),
            ),
        ):
            run(self.worker, folder, argv, made, self.tally, "damaged files")
        shutil.rmtree(folder)

    def close(self) -> None:
        self.worker.close()


def base_session(folder: Path) -> Path:
    """The session every document and damaged file starts from: made from the briefing
    and roster, then run (clock, queue, captures, a board, rounds of every method with
    ballots and hand counts, some closed)."""
    from breakout.session import Session
    from tests.helpers import FakeClock

    path = folder / "base.breakout"
    if path.exists():
        return path
    made = subprocess.run(
        [
            *(sys.executable, "-m", "breakout_qt.launch", "new", str(path)),
            *("--briefing", str(DATA / "briefing.md"), "--roster", str(DATA / "roster.csv")),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert made.returncode == 0, made.stderr
    clock = FakeClock()
    rng = random.Random(11)
    with Session.open(path, clock=clock) as session:
        people = [p.id for p in session.people.participants()]
        session.people.check_in(people[0])
        session.people.issue_voting_codes()
        for point in session.agenda.points()[:3]:
            session.agenda.start_point(point.id)
            for n in range(4):
                who = people[rng.randrange(len(people))]
                session.queue.request_turn(who, point.id)
                session.queue.call_next(point.id)
                clock.advance(45)
                session.capture.add_contribution(
                    f"Proposition {n} : la régie publie ses tarifs — المياه — 供水",
                    point_id=point.id,
                    participant_id=who if n % 3 else None,
                    kind=("comment", "proposal", "question", "concern")[n % 4],
                )
            session.agenda.end_point(point.id)
        recs = [r.id for r in session.board.recommendations()]
        group = session.board.add_cluster("Tarifs publics").result
        for rec in recs[:2]:
            session.board.set_cluster(rec, group)
        labels = [r.text for r in session.board.recommendations()][:3]
        for method, close in (("dots", True), ("approval", True), ("agreement", False)):
            rid_ = session.voting.create_round(
                method=method, items=labels, secret=method != "approval"
            ).result
            session.voting.open_round(rid_)
            items = [i.id for i in session.voting.round_items(rid_)]
            for n, who in enumerate(people[:4]):
                votes = {
                    "dots": {items[n % 3]: 2, items[(n + 1) % 3]: 1},
                    "approval": {items[n % 3]: 1},
                    "agreement": {item: (n + k) % 6 for k, item in enumerate(items)},
                }[method]
                session.voting.cast_ballot(rid_, who, votes)
            session.voting.record_hand_tally(
                rid_, {items[0]: 2}, level=3 if method == "agreement" else 0
            )
            if close:
                session.voting.close_round(rid_)
    return path
