"""The session file: marking, versioning, locking, durability, copies."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlite_utils
from sqlite_utils.migrations import Migrations

from breakout import migrations, store
from breakout.errors import BreakoutError
from breakout.session import Session
from breakout.store import APPLICATION_ID, Store
from tests.helpers import files_in


def test_new_file_is_marked_versioned_and_durable(session: Session) -> None:
    conn = sqlite3.connect(session.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    live = session.store.conn
    assert live.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert live.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_schema_version_counts_the_migrations() -> None:
    assert len(migrations.MIGRATIONS._migrations) == store.SCHEMA_VERSION


def test_new_never_overwrites(session_path: Path) -> None:
    session_path.write_text("precious", encoding="utf-8")
    with pytest.raises(BreakoutError, match="already exists"):
        Session.create(session_path)
    assert session_path.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a Breakout session"),
        (b"hello, this is a text file\n" * 10, "not a Breakout session"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "not a Breakout session"),
    ],
)
def test_not_a_session_is_refused_and_left_alone(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "notes.breakout"
    path.write_bytes(content)
    before = files_in(tmp_path)
    with pytest.raises(BreakoutError, match=message):
        Session.open(path)
    assert files_in(tmp_path) == before


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = files_in(tmp_path)
    with pytest.raises(BreakoutError, match="SQLite database but not a Breakout session"):
        Session.open(path)
    assert files_in(tmp_path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BreakoutError, match="does not exist"):
        Session.open(tmp_path / "nope.breakout")
    with pytest.raises(BreakoutError, match="is a folder"):
        Session.open(tmp_path)


def test_newer_file_is_refused_unchanged(session: Session, tmp_path: Path) -> None:
    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = files_in(tmp_path)
    with pytest.raises(BreakoutError, match="newer version of Breakout"):
        Session.open(path)
    assert files_in(tmp_path) == before


def test_older_file_is_migrated_after_a_backup(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file from this version opens in a 'next' version: migrated, with a backup."""
    session.agenda.add_point("A point that must survive the upgrade", minutes=7)
    path = session.path
    session.close()

    future = Migrations("breakout")
    for migration in migrations.MIGRATIONS._migrations:
        future(name=migration.name)(migration.fn)

    @future()
    def m999_add_colour(db: sqlite_utils.Database) -> None:
        db.execute("ALTER TABLE points ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue'")

    old_version = store.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", future)
    monkeypatch.setattr(store, "SCHEMA_VERSION", old_version + 1)
    with Store.open(path) as upgraded:
        row = upgraded.conn.execute("SELECT text, colour FROM points").fetchone()
        assert tuple(row) == ("A point that must survive the upgrade", "blue")
        assert upgraded.conn.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
    backup = path.with_name(f"{path.name}.v{old_version}.bak")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert "colour" not in [r[1] for r in old.execute("PRAGMA table_info(points)")]


def test_first_format_file_is_upgraded(tmp_path: Path) -> None:
    """A file written by the first release (schema 1) opens, upgraded, with a backup."""
    import sqlite_utils

    path = tmp_path / "old.breakout"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    migrations.MIGRATIONS.apply(db, stop_before="m002_embedding_cache")
    conn.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Old session', 0)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Session.open(path) as session:
        assert session.info().title == "Old session"
        session.board.store_vectors("m", {"text": b"\x00"})  # the new table exists
    assert (tmp_path / "old.breakout.v1.bak").exists()


def _holder_script(path: Path) -> str:
    return textwrap.dedent(
        f"""
        import sys
        from breakout.session import Session
        s = Session.open({str(path)!r})
        print("holding", flush=True)
        sys.stdin.read()
        """
    )


def test_second_process_is_refused_naming_the_holder(session: Session) -> None:
    path = session.path
    session.close()
    with subprocess.Popen(
        [sys.executable, "-c", _holder_script(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(BreakoutError) as refused:
            Session.open(path)
        assert f"process {holder.pid}" in str(refused.value)
        assert "already open" in str(refused.value)
        # Reading is still allowed while another copy of the app writes.
        with Session.open(path, readonly=True) as reader:
            assert reader.info().title == "Test session"
        holder.kill()
    # A killed holder leaves no lock behind.
    with Session.open(path) as again:
        assert again.info().title == "Test session"


def test_lock_is_released_on_close(session: Session) -> None:
    path = session.path
    session.close()
    assert not store.lock_path(path).exists()
    Session.open(path).close()


def test_save_copy_is_a_complete_independent_session(session: Session, tmp_path: Path) -> None:
    session.agenda.add_point("Copied point", minutes=5)
    copy = session.store.save_copy(tmp_path / "copy.breakout")
    session.agenda.add_point("Only in the original", minutes=5)
    with Session.open(copy) as other:
        assert [p.text for p in other.agenda.points()] == ["Copied point"]
    with pytest.raises(BreakoutError, match="already exists"):
        session.store.save_copy(copy)


def test_full_disk_is_reported_and_changes_nothing(session: Session) -> None:
    session.agenda.add_point("Before the disk filled up", minutes=5)
    pages = session.store.conn.execute("PRAGMA page_count").fetchone()[0]
    session.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(BreakoutError, match=r"disk .* is full"):
        for _ in range(200):
            session.capture.add_contribution("x" * 2000, point_id=session.agenda.points()[0].id)
    count = len(session.capture.contributions())
    with pytest.raises(BreakoutError, match="full"):
        session.capture.add_contribution("y" * 4000, point_id=session.agenda.points()[0].id)
    assert len(session.capture.contributions()) == count


def test_read_only_open_does_not_write(session: Session, tmp_path: Path) -> None:
    session.agenda.add_point("A point", minutes=5)
    session.close()
    before = files_in(tmp_path)
    with (
        Session.open(session.path, readonly=True) as reader,
        pytest.raises(BreakoutError, match="read-only"),
    ):
        reader.agenda.add_point("Nope", minutes=5)
    assert files_in(tmp_path) == before


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_lock_file_names_a_live_holder_only(session: Session) -> None:
    lock = store.lock_path(session.path)
    assert lock.exists()
    assert str(os.getpid()) in lock.read_text()
