"""Accidents and mischief at the command line, each run as a real process on real files.

An export aimed at a session's own files, at a device or a pipe; an export
killed half-way; inputs with no end, no bounds or no sense; damaged session
files, a full disk, a name too long, no display. Each gets one sentence (or
does what it should), nothing a session saved is lost, and nothing is left
behind. The session comes from the briefing and roster in
``tests/data/real_session`` (accents, Arabic and Chinese, a 400-character
point, nobody checked in).
"""

from __future__ import annotations

import copy
import fcntl
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from breakout.session import Session
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import FakeClock, files_in, need_poppler

DATA = Path(__file__).parent.parent / "data" / "real_session"
FALLBACK = "unexpected problem"


def command() -> list[str]:
    """The installed ``breakout`` command, as :func:`tests.cli.test_cli.breakout` runs it."""
    script = Path(sys.executable).with_name("breakout")
    return [str(script)] if script.exists() else [sys.executable, "-m", "breakout_qt.launch"]


def run_limited(
    *args: str | Path,
    cwd: Path,
    cpu_seconds: int = 0,
    memory_bytes: int = 0,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``breakout`` with a ceiling on CPU time and memory: the process is stopped
    (SIGXCPU, or a MemoryError) where an input would otherwise run it for hours or
    fill the memory. These are resource bounds, not timings: load does not move them."""

    def limit() -> None:
        if cpu_seconds:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
        if memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))

    environment = dict(env) if env is not None else {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("BREAKOUT_DEBUG", None)
    return subprocess.run(
        [*command(), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        preexec_fn=limit,
        timeout=600,
    )


def leftovers(folder: Path) -> list[str]:
    """Temporary export files (``.NAME.XXXXXXXX.part``) in a folder."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session made with ``breakout new`` from the briefing and roster, then run:
    multilingual contributions, a proposal, a closed dot round with ballots."""
    folder = tmp_path_factory.mktemp("template")
    made = breakout(
        "new",
        "s.breakout",
        "--briefing",
        DATA / "briefing.md",
        "--roster",
        DATA / "roster.csv",
        cwd=folder,
    )
    assert made.returncode == 0, made.stderr
    clock = FakeClock()
    with Session.open(folder / "s.breakout", clock=clock) as session:
        point = session.agenda.points()[2].id  # the 400-character point
        people = [p.id for p in session.people.participants()]
        session.agenda.start_point(point)
        for n, text in enumerate(
            (
                "Les comités d'usagers doivent siéger au conseil de la régie.",
                "يجب نشر جدول التقنين قبل أسبوع على الأقل",
                "社区委员会应当参与定价。",
                "Publish the rationing schedule a week ahead, in four languages.",
            )
        ):
            clock.advance(40)
            session.capture.add_contribution(
                text,
                point_id=point,
                participant_id=people[n],
                kind="proposal" if n % 2 else "comment",
            )
        items = [r.text for r in session.board.recommendations()][:2]
        rnd = session.voting.create_round(method="dots", items=items, title="Priorités").result
        session.voting.open_round(rnd)
        ids = [i.id for i in session.voting.round_items(rnd)]
        for n, person in enumerate(people[:5]):
            session.voting.cast_ballot(rnd, person, {ids[n % 2]: 2, ids[(n + 1) % 2]: 1})
        session.voting.close_round(rnd)
    return folder / "s.breakout"


@pytest.fixture
def session_file(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "s.breakout"
    shutil.copy(template, path)
    return path


def document(session_file: Path) -> dict[str, Any]:
    shown = breakout("show", session_file.name, "--json", cwd=session_file.parent)
    assert shown.returncode == 0, shown.stderr
    doc: dict[str, Any] = json.loads(shown.stdout)
    return doc


# -- 3. an export never replaces a session's files, a device or a pipe -------------------

HOLDER = textwrap.dedent(
    """
    import sys
    from breakout.session import Session

    session = Session.open(sys.argv[1])
    point = session.agenda.points()[0].id
    for n in range(30):
        change = session.capture.add_contribution(
            f"contribution {n}: la régie, المياه, 供水", point_id=point
        )
        print(change.result, flush=True)  # saved: the app would show it now
    print("ready", flush=True)
    sys.stdin.read()  # keep the session open until killed
    """
)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", ".lock"])
def test_an_export_onto_a_file_of_the_open_session_is_refused_and_loses_nothing(
    session_file: Path, suffix: str
) -> None:
    folder = session_file.parent
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(session_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        saved = []
        for line in holder.stdout:
            if line.strip() == "ready":
                break
            saved.append(int(line))
        target = session_file.with_name(session_file.name + suffix)
        assert target.exists()
        result = breakout("export", session_file.name, "--json", target.name, cwd=folder)
        holder.kill()  # the app crashes right after
    assert len(saved) == 30
    with Session.open(session_file, readonly=True) as session:
        stored = {c.id for c in session.capture.contributions()}
    assert set(saved) <= stored, f"{len(set(saved) - stored)} of 30 saved contributions lost"
    assert_clean_error(result, f"{target.name} belongs to the session s.breakout")


@pytest.mark.parametrize(
    "make",
    ["s.breakout.v3.bak", "copy.breakout", "s.breakout.partial", "link.pdf -> copy.breakout"],
)
def test_an_export_never_replaces_a_session_file(session_file: Path, make: str) -> None:
    folder = session_file.parent
    name, _, points_to = make.partition(" -> ")
    shutil.copy(session_file, folder / (points_to or name))
    if points_to:
        (folder / name).symlink_to(points_to)
    before = files_in(folder)
    result = breakout("export", "s.breakout", "--pdf", name, cwd=folder)
    assert_clean_error(result, "session")
    assert files_in(folder) == before
    assert (folder / name).is_symlink() == bool(points_to)


def _device(path: Path, major: int, minor: int) -> None:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))
    except PermissionError:
        pytest.skip("making a device node needs root (CAP_MKNOD); nothing else to test it on")


def test_an_export_into_a_full_device_says_so_and_keeps_the_device(session_file: Path) -> None:
    folder = session_file.parent
    full = folder / "full"
    _device(full, 1, 7)  # like /dev/full: every write fails with "no space left"
    result = breakout("export", "s.breakout", "--json", "full", cwd=folder)
    assert stat.S_ISCHR(full.lstat().st_mode), "the device node was replaced by a file"
    assert full.lstat().st_rdev == os.makedev(1, 7)
    assert_clean_error(result, "cannot write full: the disk is full")
    assert leftovers(folder) == []


def test_an_export_into_a_null_device_writes_into_it(session_file: Path) -> None:
    folder = session_file.parent
    null = folder / "null"
    _device(null, 1, 3)  # like /dev/null
    result = breakout(
        "export", "s.breakout", "--markdown", "null", "--json", "out.json", cwd=folder
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null.lstat().st_mode), "the device node was replaced by a file"
    assert json.loads((folder / "out.json").read_text(encoding="utf-8"))["points"]
    assert leftovers(folder) == []


def test_an_export_into_a_named_pipe_goes_through_it(session_file: Path) -> None:
    folder = session_file.parent
    pipe = folder / "report.md"
    os.mkfifo(pipe)
    with subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE) as reader:
        result = breakout("export", "s.breakout", "--markdown", "report.md", cwd=folder)
        if not stat.S_ISFIFO(pipe.lstat().st_mode):
            reader.kill()  # the pipe was replaced: nothing will ever be written to it
            pytest.fail("the named pipe was replaced by a file")
        received, _ = reader.communicate()
    assert result.returncode == 0, result.stderr
    text = received.decode("utf-8")
    assert text.startswith("# ") and "Who keeps the taps running?" in text
    assert leftovers(folder) == []


# -- 10. an interrupted export leaves nothing once the next one has run ---------------------

KILLED_EXPORT = textwrap.dedent(
    """
    import os, signal, sys

    # Killed when every file is written and none is moved into place yet.
    os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
    from breakout_qt.launch import main

    main(sys.argv[1:])
    """
)


def test_the_files_of_a_killed_export_are_gone_after_the_next_export(session_file: Path) -> None:
    folder = session_file.parent
    args = ["export", "s.breakout", "--pdf", "report.pdf", "--csv", "tables"]
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, *args], cwd=folder, capture_output=True
    )
    assert killed.returncode == -signal.SIGKILL
    assert leftovers(folder) and leftovers(folder / "tables")  # what a kill leaves
    again = breakout(*args, cwd=folder)
    assert again.returncode == 0, again.stderr
    assert leftovers(folder) == [] and leftovers(folder / "tables") == []
    assert (folder / "report.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in (folder / "tables").iterdir()) == [
        "contributions.csv",
        "participants.csv",
        "recommendations.csv",
    ]


def test_an_export_running_beside_keeps_its_temporary_file(session_file: Path) -> None:
    folder = session_file.parent
    busy = folder / ".report.pdf.k3m9x2qa.part"  # another export is writing it now
    fd = os.open(busy, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        result = breakout("export", "s.breakout", "--markdown", "report.md", cwd=folder)
        assert result.returncode == 0, result.stderr
        assert busy.exists()
    finally:
        os.close(fd)


def test_the_folder_is_flushed_after_an_export_is_moved_into_it(session_file: Path) -> None:
    folder = session_file.parent
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace): it shows the fsync calls")
    trace = folder.parent / "trace.txt"
    traced = subprocess.run(
        [
            *("strace", "-f", "-y", "-e", "trace=fsync,rename,renameat,renameat2"),
            *("-o", str(trace), *command(), "export", "s.breakout", "--json", "out.json"),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    if traced.returncode != 0 and "ptrace" in traced.stderr:
        pytest.skip(f"strace cannot trace here: {traced.stderr.strip()}")
    assert traced.returncode == 0, traced.stderr
    calls = trace.read_text().splitlines()
    moved = [n for n, line in enumerate(calls) if "rename" in line and "out.json" in line]
    assert moved, calls
    flushed = re.compile(r"fsync\(\d+<" + re.escape(str(folder.resolve())) + r">\) += 0")
    assert any(flushed.search(line) for line in calls[moved[-1] + 1 :]), calls[moved[-1] :]


# -- 8. content without bounds ------------------------------------------------------------


def _long_text(marker: str) -> str:
    """700 words in four scripts, with a numbered marker every 50 words."""
    cycle = ["salaire", "équitable", "الأجور", "工资", "recrutement", "régie", "l'eau"]
    words = [f"{marker}{n // 50}" if n % 50 == 0 else cycle[n % len(cycle)] for n in range(700)]
    return " ".join(words)


def test_a_700_word_contribution_and_proposal_are_printed_whole(session_file: Path) -> None:
    with Session.open(session_file) as session:
        point = session.agenda.points()[0].id
        session.capture.add_contribution(_long_text("avis"), point_id=point, kind="comment")
        session.capture.add_contribution(_long_text("idee"), point_id=point, kind="proposal")
    folder = session_file.parent
    result = breakout("export", "s.breakout", "--pdf", "report.pdf", cwd=folder)
    assert result.returncode == 0, result.stderr
    need_poppler()
    out = subprocess.run(
        ["pdftotext", str(folder / "report.pdf"), "-"], capture_output=True, text=True, check=True
    )
    for marker in ("avis", "idee"):
        found = {int(n) for n in re.findall(marker + r"(\d+)", out.stdout)}
        assert found == set(range(14)), f"{marker}: {sorted(found)}"


def test_a_hand_count_no_room_holds_is_refused_from_json(session_file: Path) -> None:
    folder = session_file.parent
    doc = document(session_file)
    rnd = doc["rounds"][0]
    rnd["tallies"] = [{"item": rnd["items"][0]["id"], "count": 2**62}]
    (folder / "doc.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = run_limited(
        "new", "copy.breakout", "--from-json", "doc.json", cwd=folder, memory_bytes=2 << 30
    )
    assert_clean_error(
        result, "rounds[0].tallies[0].count in doc.json must be between 0 and 9999, not 46116"
    )
    assert not (folder / "copy.breakout").exists()


@pytest.mark.parametrize("option", ["--from-json", "--briefing", "--roster"])
def test_an_endless_input_is_refused_at_its_size_limit(tmp_path: Path, option: str) -> None:
    result = run_limited(
        "new", "x.breakout", option, "/dev/zero", cwd=tmp_path, memory_bytes=2 << 30
    )
    assert_clean_error(result, "larger than")
    assert list(tmp_path.iterdir()) == []


HEAD = (DATA / "briefing.md").read_text(encoding="utf-8").split("### Points of Discussion")[0]
BRIEFINGS: dict[str, tuple[Callable[[], str], str]] = {
    # name: (the text, what happens: "" when it imports, else a fragment of the error)
    "a point of a megabyte": (
        lambda: HEAD + "### Points of Discussion\n\n- " + "question " * 200_000 + "\n",
        "characters long, more than the 10,000 a point can have",
    ),
    "a heading with a megabyte of spaces": (
        lambda: "# x" + " " * 1_900_000 + "y\n" + HEAD + "### Points of Discussion\n\n- Why?\n",
        "",
    ),
    "emphasis marks all along the closing text": (
        lambda: HEAD + "### Points of Discussion\n\n- Why?\n\n" + "*a " * 630_000 + "\n",
        "",
    ),
    "170,000 header lines": (
        lambda: "Forum line\n" * 170_000 + HEAD + "### Points of Discussion\n\n- Why?\n",
        "",
    ),
    "a thousand points": (
        lambda: HEAD + "### Points of Discussion\n\n" + "- Why?\n" * 1000,
        "lists 1,000 discussion points, more than the 100 a session can hold",
    ),
}


@pytest.mark.parametrize("name", list(BRIEFINGS))
def test_a_huge_briefing_is_parsed_in_bounded_time(tmp_path: Path, name: str) -> None:
    text, outcome = BRIEFINGS[name]
    (tmp_path / "briefing.md").write_text(text(), encoding="utf-8")
    assert (tmp_path / "briefing.md").stat().st_size < 2 * 1024 * 1024
    # 20 s of CPU: the linear parser takes a few; the old one took from 30 s to hours.
    result = run_limited(
        "new", "s.breakout", "--briefing", "briefing.md", cwd=tmp_path, cpu_seconds=20
    )
    assert result.returncode != -signal.SIGXCPU, f"{name}: still parsing after 20 s of CPU"
    if outcome:
        assert_clean_error(result, outcome)
        assert not (tmp_path / "s.breakout").exists()
    else:
        assert result.returncode == 0, result.stderr


def test_a_roster_of_a_whole_city_is_refused(tmp_path: Path) -> None:
    header = "Name,Organisation,Stakeholder group,Region,Gender,May be named\n"
    rows = [f"Personne {n},Org {n % 50},Business,Africa,female,yes\n" for n in range(300_000)]
    (tmp_path / "city.csv").write_text(header + "".join(rows), encoding="utf-8")
    (tmp_path / "forum.csv").write_text(header + "".join(rows[:5001]), encoding="utf-8")
    city = run_limited("new", "a.breakout", "--roster", "city.csv", cwd=tmp_path, cpu_seconds=20)
    assert_clean_error(city, "city.csv is larger than 5 MB")
    forum = run_limited("new", "b.breakout", "--roster", "forum.csv", cwd=tmp_path, cpu_seconds=20)
    assert_clean_error(forum, "forum.csv has more than 5,000 participants")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["city.csv", "forum.csv"]


# -- 9. never the "unexpected problem" fallback --------------------------------------------


def _run_ending_before_start(doc: dict[str, Any]) -> None:
    doc["points"][0]["runs"] = [{"started_at": 1_900_000_100.0, "ended_at": 1_900_000_000.0}]


def _two_clocks(doc: dict[str, Any]) -> None:
    for point in doc["points"]:
        point["runs"] = []
    doc["points"][0]["runs"] = [{"started_at": 1_900_000_000.0, "ended_at": None}]
    doc["points"][1]["runs"] = [{"started_at": 1_900_000_100.0, "ended_at": None}]


def _zero_minutes(doc: dict[str, Any]) -> None:
    doc["session"]["default_minutes"] = 0


def _same_codes(doc: dict[str, Any]) -> None:
    doc["participants"][0]["voting_code"] = "K7M2"
    doc["participants"][1]["voting_code"] = "K7M2"


def _nul_label(doc: dict[str, Any]) -> None:
    doc["rounds"][0]["items"][0]["label"] = "\x00Priorité"


def _huge_budget(doc: dict[str, Any]) -> None:
    doc["rounds"][0]["settings"]["budget"] = 2**63


def _version_false(doc: dict[str, Any]) -> None:
    doc["version"] = False


JSON_FAULTS: dict[str, tuple[Callable[[dict[str, Any]], None] | str, str]] = {
    "a format version of false": (_version_false, '"version" in doc.json must be a whole number'),
    # name: (a change to the document, or the raw text to write; a fragment of the error)
    "a clock run ending before it starts": (_run_ending_before_start, "ends before it starts"),
    "clocks running on two points": (_two_clocks, "only one point's clock can run at a time"),
    "default minutes of zero": (
        _zero_minutes,
        "session.default_minutes in doc.json must be between 1 and 600, not 0",
    ),
    "two people with one voting code": (_same_codes, "every voting code must be different"),
    "a NUL in a ballot label": (_nul_label, "holds a NUL character"),
    "a dot budget of 2^63": (
        _huge_budget,
        "rounds[0].settings.budget in doc.json must be between 1 and 50, not 9223372036854775808",
    ),
    "a number of 5000 digits": ('{"session": {"title": "x"}, "n": ' + "7" * 5000 + "}", "number"),
    "a lone surrogate": ('{"session": {"title": "caf\\ud800"}}', "lone surrogate"),
    "lists nested a hundred thousand deep": (
        '{"session": {"title": "x"}, "n": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "nests lists or objects too deeply",
    ),
}


@pytest.mark.parametrize("name", list(JSON_FAULTS))
def test_an_interchange_document_that_cannot_be_stored_gets_one_sentence(
    session_file: Path, name: str
) -> None:
    folder = session_file.parent
    change, fragment = JSON_FAULTS[name]
    if isinstance(change, str):
        text = change
    else:
        doc = copy.deepcopy(document(session_file))
        change(doc)
        text = json.dumps(doc, ensure_ascii=False)
    (folder / "doc.json").write_text(text, encoding="utf-8")
    before = files_in(folder)
    result = breakout("new", "copy.breakout", "--from-json", "doc.json", cwd=folder)
    assert_clean_error(result, fragment)
    assert files_in(folder) == before


LONG_NAME = "é" * 150 + ".breakout"  # 309 bytes: more than a file system keeps


@pytest.mark.parametrize(
    "args",
    [
        ["new", LONG_NAME],
        ["show", LONG_NAME],
        ["export", "s.breakout", "--pdf", "r" * 300 + ".pdf"],
        ["export", "s.breakout", "--csv", "t" * 256],
        ["new", "x.breakout", "--briefing", "b" * 300 + ".md"],
    ],
    ids=["new", "show", "export pdf", "export csv", "briefing"],
)
def test_a_name_longer_than_a_file_system_keeps_gets_one_sentence(
    session_file: Path, args: list[str]
) -> None:
    folder = session_file.parent
    before = files_in(folder)
    result = breakout(*args, cwd=folder)
    assert_clean_error(result, "bytes long, more than the 255 a file name may have")
    assert files_in(folder) == before


def _garble_schema(path: Path) -> None:
    """Bytes that are not UTF-8 inside the table definitions on the first page."""
    data = bytearray(path.read_bytes())
    at = data.index(b"CREATE TABLE rounds")
    data[at + 13 : at + 19] = b"\x85\xfe\xff\x85\xfe\xff"
    path.write_bytes(bytes(data))


def _edit_behind_the_schema(path: Path, sql: str) -> None:
    """Store what the schema forbids, as a damaged page would hold it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        (schema,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'contributions'"
        ).fetchone()
        loose = schema.replace("NOT NULL CHECK (length(trim(text)) > 0)", "")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'contributions'", (loose,))
        conn.commit()
        conn.close()
        conn = sqlite3.connect(path)
        conn.execute(sql)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'contributions'", (schema,))
        conn.commit()
    finally:
        conn.close()


DAMAGE: dict[str, Callable[[Path], object]] = {
    "cut off after 8 KB": lambda p: p.write_bytes(p.read_bytes()[:8192]),
    "a page of zeros": lambda p: p.write_bytes(
        p.read_bytes()[: 4096 * 3] + bytes(4096) + p.read_bytes()[4096 * 4 :]
    ),
    "garbled table definitions": _garble_schema,
    "a text that is not UTF-8": lambda p: _edit_behind_the_schema(
        p, "UPDATE contributions SET text = CAST(X'4C61FF20E9' AS TEXT)"
    ),
    "a contribution with no text": lambda p: _edit_behind_the_schema(
        p, "UPDATE contributions SET text = NULL WHERE id = (SELECT min(id) FROM contributions)"
    ),
    "an empty database of ours": lambda p: _empty_of_ours(p),
    "a clock run that starts at a word": lambda p: _edit_behind_the_schema(
        p, "UPDATE point_runs SET started_at = 'hier'"
    ),
}


def _empty_of_ours(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1112689492")  # "BRKT"
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize(
    "args",
    [
        ["show", "s.breakout"],
        ["show", "s.breakout", "--json"],
        ["export", "s.breakout", "--markdown", "r.md", "--json", "r.json", "--csv", "tables"],
        ["export", "s.breakout", "--pdf", "r.pdf"],
    ],
    ids=["show", "show json", "export", "export pdf"],
)
def test_a_damaged_session_file_gets_one_sentence_and_stays_as_it_is(
    session_file: Path, damage: str, args: list[str]
) -> None:
    folder = session_file.parent
    DAMAGE[damage](session_file)
    before = files_in(folder)
    result = breakout(*args, cwd=folder)
    assert result.returncode in (0, 1), result.stderr
    assert FALLBACK not in result.stderr and "Traceback" not in result.stderr, result.stderr
    if result.returncode:
        assert_clean_error(result, "s.breakout")
    after = files_in(folder)
    assert {name: after[name] for name in before} == before, "a file changed"
    if result.returncode:
        assert after == before, f"left behind: {sorted(set(after) - set(before))}"
        assert not (folder / "tables").exists()


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB file system (tmpfs), to be filled; skipped where it cannot be mounted."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path) -> None:
    with open(disk / "filler", "wb", buffering=0) as fh:
        try:
            while fh.write(b"\0" * 4096):
                pass
        except OSError:
            pass
    assert os.statvfs(disk).f_bavail == 0


@pytest.mark.parametrize(
    "args",
    [
        ["show", "s.breakout"],
        ["export", "s.breakout", "--json", "../r.json"],
        ["cluster", "s.breakout", "--json"],
        ["open", "s.breakout"],
        ["new", "t.breakout"],
    ],
    ids=["show", "export", "cluster", "open", "new"],
)
def test_a_full_disk_gets_one_sentence(template: Path, full_disk: Path, args: list[str]) -> None:
    shutil.copy(template, full_disk / "s.breakout")
    _fill(full_disk)
    before = (full_disk / "s.breakout").read_bytes()
    result = breakout(*args, cwd=full_disk)
    assert FALLBACK not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    if result.returncode:
        assert_clean_error(result, "full")
    assert (full_disk / "s.breakout").read_bytes() == before


def test_a_full_disk_leaves_no_lock_file_behind(template: Path, full_disk: Path) -> None:
    shutil.copy(template, full_disk / "s.breakout")
    _fill(full_disk)
    breakout("show", "s.breakout", cwd=full_disk)
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "s.breakout"]


def test_open_without_a_display_says_so_in_one_line(session_file: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    folder = session_file.parent
    before = files_in(folder)
    for args in (["open", "s.breakout"], []):
        result = run_limited(*args, cwd=folder, env=env)
        assert result.returncode == 1, f"{args}: exit {result.returncode}: {result.stderr}"
        assert_clean_error(result, "there is no display to show the app on")
    assert files_in(folder) == before


def test_open_with_a_display_that_does_not_answer_says_so(session_file: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = ":77"  # no X server there
    result = run_limited("open", "s.breakout", cwd=session_file.parent, env=env)
    assert result.returncode == 1, result.stderr
    assert_clean_error(result, "the display :77 does not answer")
