"""The session file survives the ways people and machines really reach it.

Hard links, planted symbolic links, names that look like URIs, an interrupted
``new``, a file renamed or deleted under the open app, read-only folders: each
is set up with real files and real processes, and each test says what the
facilitator would notice.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from breakout import store
from breakout.errors import BreakoutError
from breakout.session import Session
from tests.cli.test_cli import assert_clean_error, breakout
from tests.helpers import files_in
from tests.unit.test_report_headings import BRIEFING, LONG, ROSTER

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX links and signals")

#: A process that keeps a session open and does what it is told, one line at a time.
AGENT = textwrap.dedent(
    """
    import sys
    from breakout.errors import BreakoutError
    from breakout.session import Session

    if sys.argv[3:] == ["posix-locks"]:  # lock as on macOS: no open-file-description locks
        import fcntl
        del fcntl.F_OFD_SETLK
    try:
        session = Session.open(sys.argv[1], readonly=sys.argv[2] == "read")
    except BreakoutError as exc:
        print("refused:", exc, flush=True)
        sys.exit(0)
    print("open", flush=True)
    while line := sys.stdin.readline():
        command, _, text = line.rstrip("\\n").partition(" ")
        try:
            if command == "add":
                point = session.agenda.points()[0].id
                print(session.capture.add_contribution(text, point_id=point).result, flush=True)
            elif command == "count":
                print(len(session.capture.contributions()), flush=True)
            elif command == "close":
                session.close()
                print("closed", flush=True)
                break
        except BreakoutError as exc:
            print("error:", exc, flush=True)
    """
)


class Agent:
    """A real process holding a session open (``write`` or ``read``)."""

    def __init__(self, path: Path, mode: str = "write", *, posix_locks: bool = False) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", AGENT, str(path), mode, *(["posix-locks"] * posix_locks)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.first = self.reply()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")

    @property
    def pid(self) -> int:
        return self.process.pid

    def reply(self) -> str:
        try:  # a guard against a hang, not a measure: a reply takes milliseconds
            line = self.lines.get(timeout=120)
        except queue.Empty:
            pytest.fail("the agent stopped answering")
        if not line:
            assert self.process.stderr is not None
            pytest.fail(f"the agent died: {self.process.stderr.read()}")
        return line.strip()

    def ask(self, line: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.reply()

    def kill(self) -> None:
        self.process.kill()
        self._finish()

    def close(self) -> None:
        if self.process.poll() is None:
            self.ask("close")
        self._finish()

    def _finish(self) -> None:
        self.process.wait()
        self.reader.join()
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def agents() -> Iterator[list[Agent]]:
    started: list[Agent] = []
    yield started
    for agent in started:
        if agent.process.stdout is not None and not agent.process.stdout.closed:
            agent.kill()


def made_from_briefing(folder: Path, name: str = "Genève mars.breakout") -> Path:
    """A session as a facilitator makes one: `breakout new` with a briefing and a roster."""
    briefing = folder / "briefing.md"
    roster = folder / "roster.csv"
    briefing.write_text(BRIEFING, encoding="utf-8")
    roster.write_text(ROSTER, encoding="utf-8")
    path = folder / name
    result = breakout("new", path, "--briefing", briefing, "--roster", roster)
    assert result.returncode == 0, result.stderr
    briefing.unlink()
    roster.unlink()
    with Session.open(path) as session:
        walk_in = session.people.add_participant("Ngozi Okonkwo", may_be_named=True).result
        point = session.agenda.points()[2].id
        assert session.point(point).text == LONG
        session.capture.add_contribution(
            "Publier la liste des agences agréées 公开名单.", point_id=point
        )
        session.capture.add_contribution(
            "لا رسوم على العمال", point_id=point, participant_id=walk_in
        )
    return path


def contributions_in(path: Path) -> int:
    with Session.open(path, readonly=True) as session:
        return len(session.capture.contributions())


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


# -- 1. the same file through two names ------------------------------------------


@posix_only
def test_a_second_writer_through_a_hard_link_is_refused(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    link = tmp_path / "the same session.breakout"
    os.link(path, link)
    first = Agent(path)
    agents.append(first)
    assert first.first == "open"
    saved = [first.ask(f"add contribution {n} from the first window") for n in range(30)]

    second = Agent(link)
    agents.append(second)
    assert second.first.startswith("refused:"), second.first
    assert "already open in Breakout" in second.first
    assert f"process {first.pid}" in second.first  # names who has it, found by the file itself
    assert path.name in second.first

    saved += [first.ask(f"add contribution {n} after the refusal") for n in range(30)]
    first.close()
    assert integrity(path) == "ok"
    assert contributions_in(link) == contributions_in(path) == 2 + len(saved)


@posix_only
def test_with_posix_record_locks_too_a_second_writer_is_refused(
    tmp_path: Path, agents: list[Agent], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where there are no open-file-description locks (macOS), POSIX record locks do it."""
    fcntl = pytest.importorskip("fcntl")
    path = made_from_briefing(tmp_path)
    link = tmp_path / "link.breakout"
    os.link(path, link)
    first = Agent(path, posix_locks=True)
    agents.append(first)
    assert first.first == "open"
    second = Agent(link, posix_locks=True)
    agents.append(second)
    assert second.first.startswith("refused:") and f"process {first.pid}" in second.first
    first.close()
    # In one process a POSIX lock never refuses its own process: the engine does.
    monkeypatch.delattr(fcntl, "F_OFD_SETLK", raising=False)
    with Session.open(path) as session:
        with pytest.raises(BreakoutError, match="already open in Breakout"):
            Session.open(link)
        session.capture.add_contribution("still the only writer", point_id=1)
    assert contributions_in(link) == 3


@posix_only
def test_reading_through_a_hard_link_sees_the_writers_latest_work(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    link = tmp_path / "link.breakout"
    os.link(path, link)
    writer = Agent(path)
    agents.append(writer)
    for n in range(25):
        writer.ask(f"add said while the other name is read {n}")
    shown = breakout("show", link)
    assert shown.returncode == 0, shown.stderr
    assert "27 contributions" in shown.stdout
    writer.close()


@posix_only
def test_work_saved_through_one_name_survives_a_crash_and_opening_through_another(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    link = tmp_path / "link.breakout"
    os.link(path, link)
    writer = Agent(link)
    agents.append(writer)
    saved = {int(writer.ask(f"add kept through the link {n}")) for n in range(40)}
    writer.kill()
    with Session.open(path) as session:  # the other name, after the crash
        assert saved <= {c.id for c in session.capture.contributions()}
        session.capture.add_contribution("and one more through the first name", point_id=1)
    assert integrity(path) == "ok"
    with Session.open(link) as session:  # nothing stale comes back through the link
        ids = {c.id for c in session.capture.contributions()}
        assert saved <= ids
        assert len(ids) == 2 + len(saved) + 1
    assert integrity(path) == "ok"


# -- 2. planted symbolic links ---------------------------------------------------


@posix_only
def test_a_planted_lock_link_never_writes_to_its_target(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    victim = tmp_path / "thesis.tex"
    victim.write_text("\\chapter{Five years of work}\n", encoding="utf-8")
    store.lock_path(path).symlink_to(victim)

    assert breakout("show", path).returncode == 0
    assert victim.read_text(encoding="utf-8") == "\\chapter{Five years of work}\n"

    writer = Agent(path)
    agents.append(writer)
    writer.ask("add written while a link was planted")
    assert victim.read_text(encoding="utf-8") == "\\chapter{Five years of work}\n"
    second = Agent(path)
    agents.append(second)
    assert f"process {writer.pid}" in second.first  # the holder is still named
    writer.close()
    assert victim.read_text(encoding="utf-8") == "\\chapter{Five years of work}\n"


def old_format_file(path: Path) -> None:
    """A session written by the first release (schema 1), with a point and a proposal."""
    import sqlite_utils

    from breakout import migrations

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    migrations.MIGRATIONS.apply(db, stop_before="m002_embedding_cache")
    conn.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Ancienne séance', 0)")
    conn.execute("INSERT INTO points (id, position, text, minutes) VALUES (1, 0, ?, 15)", (LONG,))
    conn.execute(
        "INSERT INTO contributions (point, text, kind, created_at)"
        " VALUES (1, 'Un fonds de garantie 担保基金', 'proposal', 0)"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


@posix_only
@pytest.mark.parametrize(
    "planted",
    [
        "{}.v1.bak.partial",
        "{}.v1.bak.partial-wal",
        "{}.v1.bak.partial-journal",
        "{}.v1.bak",
        "{}-wal",
        "{}-shm",
        "{}-journal",
    ],
)
def test_planted_links_beside_an_upgrade_overwrite_nothing(tmp_path: Path, planted: str) -> None:
    path = tmp_path / "old.breakout"
    old_format_file(path)
    victim = tmp_path / "other.sqlite"
    conn = sqlite3.connect(victim)
    conn.execute("CREATE TABLE bookmarks (url)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    before = victim.read_bytes()
    (tmp_path / planted.format(path.name)).symlink_to(victim)
    try:
        with Session.open(path) as session:
            session.capture.add_contribution("après la mise à jour", point_id=1)
    except BreakoutError as exc:
        assert "link" in str(exc)  # a refusal says why, and changes nothing
    assert victim.read_bytes() == before


@posix_only
def test_an_upgrade_racing_a_link_planter_writes_through_no_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone who wins every race: a link appears the instant a name beside the file is freed."""
    path = tmp_path / "old.breakout"
    old_format_file(path)
    victim = tmp_path / "empty.db"  # SQLite writes a copy into an empty file without asking
    victim.write_bytes(b"")
    unlink = os.unlink

    def unlink_then_plant(target: str | os.PathLike[str], *args: Any, **kwargs: Any) -> None:
        try:
            unlink(target, *args, **kwargs)
        finally:
            freed = Path(target)
            beside = freed.parent == tmp_path and freed.name.startswith(f"{path.name}.")
            if beside and not freed.name.endswith(".lock"):
                with contextlib.suppress(OSError):
                    freed.symlink_to(victim)

    monkeypatch.setattr(os, "unlink", unlink_then_plant)
    with Session.open(path) as session:
        session.capture.add_contribution("après la mise à jour", point_id=1)
    monkeypatch.undo()
    assert victim.read_bytes() == b""
    backup = tmp_path / "old.breakout.v1.bak"
    assert not backup.is_symlink()
    with Session.open(backup, readonly=True) as old:
        assert old.info().title == "Ancienne séance"


# -- 4. names that look like URIs ------------------------------------------------


def test_new_with_a_uri_like_name_makes_a_file_of_that_name(tmp_path: Path) -> None:
    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute("CREATE TABLE moz_places (url)")
    conn.execute("INSERT INTO moz_places VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    before = files_in(tmp_path)
    (tmp_path / "briefing.md").write_text(BRIEFING, encoding="utf-8")

    made = breakout("new", "file:places.sqlite", "--briefing", "briefing.md", cwd=tmp_path)

    assert made.returncode == 0, made.stderr
    assert files_in(tmp_path)["places.sqlite"] == before["places.sqlite"]
    literal = tmp_path / "file:places.sqlite"
    assert literal.is_file()
    shown = breakout("show", "file:places.sqlite", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "Recrutement équitable" in shown.stdout
    refused = breakout("show", "file:places.sqlite?mode=ro", cwd=tmp_path)
    assert_clean_error(refused, "does not exist")


# -- 5. an interrupted `new` -------------------------------------------------------


def big_document(tmp_path: Path, contributions: int = 3000) -> Path:
    """An interchange export with many contributions: `new --from-json` takes a while."""
    path = made_from_briefing(tmp_path, "source.breakout")
    shown = breakout("show", "--json", path)
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    model = doc["contributions"][0]
    first = max(c["id"] for c in doc["contributions"]) + 1
    doc["contributions"] += [
        {**model, "id": first + n, "text": f"{n} — {LONG}"} for n in range(contributions)
    ]
    out = tmp_path / "big.json"
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path.unlink()
    return out


@posix_only
def test_new_killed_the_moment_its_file_appears_leaves_a_complete_file(tmp_path: Path) -> None:
    document = big_document(tmp_path)
    expected = len(json.loads(document.read_text(encoding="utf-8"))["contributions"])
    target = tmp_path / "from export.breakout"
    script = Path(sys.executable).with_name("breakout")
    with subprocess.Popen(
        [str(script), "new", str(target), "--from-json", str(document)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as child:
        while child.poll() is None and not os.path.lexists(target):
            time.sleep(0.0005)
        child.send_signal(signal.SIGKILL)
        child.communicate()
    assert target.exists()
    assert contributions_in(target) == expected
    retried = breakout("new", target, "--from-json", document)
    assert_clean_error(retried, "already exists")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# -- 6. the open file renamed, deleted or replaced -------------------------------


@pytest.fixture
def open_session(tmp_path: Path) -> Iterator[Session]:
    with Session.open(made_from_briefing(tmp_path)) as session:
        yield session


def said(session: Session, n: int) -> list[int]:
    point = session.agenda.points()[0].id
    return [
        session.capture.add_contribution(f"saved before {i} — {LONG}", point_id=point).result
        for i in range(n)
    ]


def assert_nothing_more_is_saved(session: Session, fragment: str) -> None:
    count = len(session.capture.contributions())
    with pytest.raises(BreakoutError, match=fragment) as refused:
        session.capture.add_contribution(
            "typed after the file went away", point_id=session.agenda.points()[0].id
        )
    assert "Save a Copy" in str(refused.value)
    assert len(session.capture.contributions()) == count


@posix_only
def test_renaming_the_open_file_is_noticed_and_a_copy_keeps_everything(
    open_session: Session, tmp_path: Path
) -> None:
    saved = said(open_session, 40)
    os.rename(open_session.path, tmp_path / "renamed in the file manager.breakout")
    assert open_session.store.identity_problem() is not None
    assert_nothing_more_is_saved(open_session, "renamed, moved or deleted")
    copy = open_session.store.save_copy(tmp_path / "rescued.breakout")
    with Session.open(copy) as rescued:
        assert set(saved) <= {c.id for c in rescued.capture.contributions()}


@posix_only
def test_deleting_the_open_file_is_noticed(open_session: Session, tmp_path: Path) -> None:
    saved = said(open_session, 10)
    os.unlink(open_session.path)
    assert_nothing_more_is_saved(open_session, "renamed, moved or deleted")
    copy = open_session.store.save_copy(tmp_path / "rescued.breakout")
    with Session.open(copy) as rescued:
        assert set(saved) <= {c.id for c in rescued.capture.contributions()}


@posix_only
def test_deleting_the_log_of_the_open_file_is_noticed(
    open_session: Session, tmp_path: Path
) -> None:
    saved = said(open_session, 10)
    os.unlink(f"{open_session.path}-wal")
    assert_nothing_more_is_saved(open_session, "-wal")
    copy = open_session.store.save_copy(tmp_path / "rescued.breakout")
    with Session.open(copy) as rescued:
        assert set(saved) <= {c.id for c in rescued.capture.contributions()}


@posix_only
def test_replacing_the_open_file_is_noticed(open_session: Session, tmp_path: Path) -> None:
    said(open_session, 3)
    (tmp_path / "elsewhere").mkdir()
    other = made_from_briefing(tmp_path / "elsewhere", "other.breakout")
    os.replace(other, open_session.path)
    assert_nothing_more_is_saved(open_session, "replaced")


@posix_only
def test_a_crash_after_the_file_was_renamed_loses_nothing_the_writer_was_told(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    writer = Agent(path)
    agents.append(writer)
    acknowledged = {int(writer.ask(f"add before the rename {n}")) for n in range(40)}
    moved = tmp_path / "moved.breakout"
    os.rename(path, moved)
    refusals = [writer.ask(f"add after the rename {n}") for n in range(5)]
    assert all(r.startswith("error:") and "renamed" in r for r in refusals), refusals
    writer.kill()
    # What the app said was saved is in the file, under its new name.
    with Session.open(moved) as found:
        assert acknowledged <= {c.id for c in found.capture.contributions()}
    assert integrity(moved) == "ok"


@posix_only
def test_a_crash_after_the_log_was_deleted_loses_nothing_the_writer_was_told(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    writer = Agent(path)
    agents.append(writer)
    acknowledged = {int(writer.ask(f"add before the clean-up {n}")) for n in range(40)}
    os.unlink(f"{path}-wal")  # a clean-up script, a sync client, a curious user
    refused = writer.ask("add after the clean-up")
    assert refused.startswith("error:") and "-wal" in refused, refused
    writer.kill()
    with Session.open(path) as found:
        assert acknowledged <= {c.id for c in found.capture.contributions()}
    assert integrity(path) == "ok"


# -- 7. reading without writing ----------------------------------------------------


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("breakout")
    return [str(script)] if script.exists() else [sys.executable, "-m", "breakout_qt.launch"]


def read_only_runner(folder: Path) -> list[str]:
    """A command prefix that runs with ``folder`` on a read-only file system."""
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") is None:
        pytest.skip("as root, a read-only folder needs unshare (util-linux) and mount")
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
    prefix = ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh", str(folder)]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a read-only folder here: {probe.stderr.strip()}")
    return prefix


@posix_only
def test_show_and_export_read_a_session_on_read_only_media(tmp_path: Path) -> None:
    media = tmp_path / "USB stick"
    media.mkdir()
    path = made_from_briefing(media)
    out = tmp_path / "out"
    out.mkdir()
    prefix = read_only_runner(media)
    if not prefix:
        for item in media.iterdir():
            item.chmod(0o444)
        media.chmod(0o555)
    before = files_in(media)
    try:
        touched = subprocess.run([*prefix, "sh", "-c", f'touch "{media}/x"'], capture_output=True)
        assert touched.returncode != 0  # the folder really is read-only
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        shown = subprocess.run(
            [*prefix, *cli_command(), "show", str(path)], capture_output=True, text=True, env=env
        )
        assert shown.returncode == 0, shown.stderr
        assert "Recrutement équitable" in shown.stdout
        assert "2 contributions" in shown.stdout
        exported = subprocess.run(
            [*prefix, *cli_command(), "export", str(path), "--markdown", str(out / "r.md")],
            capture_output=True,
            text=True,
            env=env,
        )
        assert exported.returncode == 0, exported.stderr
        assert "Recrutement équitable" in (out / "r.md").read_text(encoding="utf-8")
    finally:
        media.chmod(0o755)
    assert files_in(media) == before


@posix_only
def test_a_reader_never_blocks_the_app_nor_writes_beside_the_file(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    reader = Agent(path, "read")  # an export in progress
    agents.append(reader)
    assert reader.first == "open"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    writer = Agent(path)  # the facilitator opens the app meanwhile
    agents.append(writer)
    assert writer.first == "open"
    writer.ask("add said while an export was running")
    assert reader.ask("count") == "2"  # the export reads what was there when it began
    reader.close()
    writer.close()
    assert contributions_in(path) == 3


@posix_only
def test_show_reads_work_left_by_a_killed_app_without_touching_the_folder(
    tmp_path: Path, agents: list[Agent]
) -> None:
    path = made_from_briefing(tmp_path)
    writer = Agent(path)
    agents.append(writer)
    for n in range(20):
        writer.ask(f"add unsaved? {n}")
    writer.kill()
    before = files_in(tmp_path)
    assert Path(f"{path}-wal").stat().st_size > 0  # the work is still in the log
    shown = breakout("show", path)
    assert shown.returncode == 0, shown.stderr
    assert "22 contributions" in shown.stdout
    assert files_in(tmp_path) == before


# -- the engine runs where fcntl does not exist (Windows) ------------------------------


def test_every_engine_module_imports_and_show_works_without_fcntl(tmp_path: Path) -> None:
    path = made_from_briefing(tmp_path)
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys
        sys.modules["fcntl"] = None  # as on Windows: importing it fails
        import breakout
        names = [m.name for m in pkgutil.walk_packages(breakout.__path__, "breakout.")]
        for name in names:
            if name != "breakout.__main__":
                importlib.import_module(name)
        print(len(names), "modules", flush=True)
        from breakout.cli import main
        sys.exit(main(["show", sys.argv[1]]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "modules" in result.stdout
    assert "Recrutement équitable" in result.stdout
