"""The session file: one SQLite database per session.

This module owns everything about the file itself — how it is marked as ours,
versioned, locked against a second writer, made durable, and copied — and
nothing about what the data means (that is ``breakout.session``).

Durability: the file runs in WAL mode with ``synchronous=FULL``. Every engine
operation is one transaction, and a transaction has reached the disk (the WAL
is fsynced) before ``commit`` returns, so an operation the app has reported as
done survives the app being killed and the power being cut.
``benchmarks/bench_store.py`` measures what this costs against ``NORMAL`` and
``OFF``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import getpass
import json
import os
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from breakout.errors import BreakoutError

#: The schema version this Breakout reads and writes: the number of migrations
#: in ``breakout.migrations``. It is also written to ``PRAGMA user_version`` so a
#: file from a newer Breakout is refused before anything is read from it.
SCHEMA_VERSION = 4

#: ``PRAGMA application_id``: "BRKT" in ASCII.
APPLICATION_ID = 0x42524B54
SUFFIX = ".breakout"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SYNCHRONOUS = {"full": "FULL", "normal": "NORMAL", "off": "OFF"}


@dataclass(frozen=True)
class Holder:
    """Who holds a session file open for writing."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class _WriterLock:
    """An advisory ``flock`` on a sidecar file that names its holder.

    The operating system releases the lock when the process dies, so a crash
    never leaves a session locked; the sidecar file only carries the holder's
    name for the refusal message and is removed on a clean close.
    """

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._fd: int | None = None

    def try_acquire(self, session_name: str) -> bool:
        """Take the lock if nobody holds it; False if somebody does."""
        try:
            self.acquire(session_name)
        except _Held:
            return False
        return True

    def acquire(self, session_name: str) -> None:
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise BreakoutError(
                    f"cannot lock {session_name}: {exc.strerror}; check that its folder is writable"
                ) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd)
                os.close(fd)
                who = holder.describe() if holder else "another Breakout process"
                raise _Held(
                    f"{session_name} is already open in Breakout by {who}; "
                    "close it there first, or open a copy of the file"
                ) from None
            # The file may have been removed by a holder closing cleanly between
            # our open() and flock(): then we locked an orphan and must retry.
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        holder = Holder(
            user=_user_name(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        )
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder.__dict__).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)
        self._fd = None


class _Held(BreakoutError):
    """The session is open for writing in another process."""


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def _read_holder(fd: int) -> Holder | None:
    try:
        raw = os.pread(fd, 4096, 0)
        data = json.loads(raw.decode())
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check_is_session(path: Path) -> None:
    """Refuse anything that is not a Breakout session, without writing to it."""
    name = path.name
    if path.is_dir():
        raise BreakoutError(f"{name} is a folder, not a session file; choose a .breakout file")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise BreakoutError(
            f"{name} does not exist; check the path or create it with 'new'"
        ) from None
    except OSError as exc:
        raise BreakoutError(f"cannot read {name}: {exc.strerror}") from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise BreakoutError(f"{name} is not a Breakout session file; choose a .breakout file")
    # Read from the header only, so a file that is not ours is never touched.
    # The application id is written before the file switches to a write-ahead
    # log, so the header always has it; the version is checked again through
    # SQLite once the file is open (see Store._check_version).
    app_id = int.from_bytes(header[68:72], "big")
    version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID:
        raise BreakoutError(
            f"{name} is an SQLite database but not a Breakout session; choose a .breakout file"
        )
    if version > SCHEMA_VERSION:
        raise BreakoutError(
            f"{name} was written by a newer version of Breakout (file format {version}, "
            f"this version reads up to {SCHEMA_VERSION}); update Breakout to open it"
        )


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    # Autocommit at the driver level: Breakout opens every transaction itself.
    conn.isolation_level = None
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted rows are zeroed, not left in free space (see breakout.secrecy).
    conn.execute("PRAGMA secure_delete = ON")
    return conn


class Store:
    """An open session file: one connection, one writer.

    Use :meth:`create` for a new file and :meth:`open` for an existing one.
    Write only inside :meth:`write`, so each operation is one transaction.
    sqlite-utils (and its migrations) is loaded only when the schema needs
    creating or upgrading: it costs ~90 ms of start-up otherwise.
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: _WriterLock | None, readonly: bool
    ) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._lock = lock

    # -- opening ---------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, synchronous: str = "full") -> Store:
        """Create a new, empty session file. Never overwrites an existing file."""
        target = Path(path)
        if target.exists() or target.is_symlink():
            raise BreakoutError(
                f"{target.name} already exists; choose another name or delete it first"
            )
        if not target.parent.is_dir():
            raise BreakoutError(f"the folder {target.parent} does not exist; create it first")
        lock = _WriterLock(target)
        lock.acquire(target.name)
        try:
            try:
                conn = _connect(target)
            except sqlite3.Error as exc:
                raise BreakoutError(f"cannot create {target.name}: {exc}") from None
            store = cls(target, conn, lock, readonly=False)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                store._configure(synchronous)
                store._migrate(backup=False)
            except BaseException:
                conn.close()
                remove_session_files(target)
                raise
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        synchronous: str = "full",
    ) -> Store:
        """Open an existing session file.

        Read-write opening takes the writer lock and migrates an older file
        (after a backup copy). Read-only opening takes no lock, so ``show`` and
        ``export`` work while the app has the file open; an older file is
        migrated in memory only.
        """
        target = Path(path)
        check_is_session(target)
        if readonly:
            return cls._open_readonly(target)
        lock = _WriterLock(target)
        lock.acquire(target.name)
        try:
            try:
                conn = _connect(target)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                raise BreakoutError(f"{target.name} cannot be opened: {exc}") from None
            store = cls(target, conn, lock, readonly=False)
            try:
                store._check_version()
                store._configure(synchronous)
                store._migrate(backup=True)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def _open_readonly(cls, target: Path) -> Store:
        """Open for reading without changing the file or its folder.

        With no writer around, take the lock for the duration so the file can be
        opened normally and closed cleanly (its log folded back, no leftovers).
        With a writer holding it, read alongside through a read-only connection.
        """
        lock = _WriterLock(target)
        held = lock.try_acquire(target.name)
        try:
            conn = _connect(target, readonly=not held)
            store = cls(target, conn, lock if held else None, readonly=True)
            store._check_version()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            lock.release()
            raise BreakoutError(f"{target.name} cannot be read: {exc}") from None
        except BaseException:
            lock.release()
            raise
        if version < SCHEMA_VERSION:
            # Upgrade a copy in memory; the file itself stays as it is.
            memory = _connect(Path(":memory:"))
            conn.backup(memory)
            conn.close()
            store.conn = memory
            store.readonly = False
            store._migrate(backup=False)
            store.readonly = True
        return store

    def _check_version(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise BreakoutError(
                f"{self.path.name} was written by a newer version of Breakout (file format "
                f"{version}, this version reads up to {SCHEMA_VERSION}); update Breakout to open it"
            )

    def _configure(self, synchronous: str) -> None:
        try:
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self.conn.execute(f"PRAGMA synchronous = {_SYNCHRONOUS[synchronous]}")
        except sqlite3.OperationalError as exc:
            raise BreakoutError(f"cannot write to {self.path.name}: {exc}") from None
        if str(mode).lower() != "wal":
            raise BreakoutError(
                f"{self.path.name} cannot use a write-ahead log here ({mode}); "
                "move it to a local disk"
            )

    def _migrate(self, *, backup: bool) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        import sqlite_utils

        from breakout.migrations import MIGRATIONS

        db = sqlite_utils.Database(self.conn, execute_plugins=False)
        if not MIGRATIONS.pending(db):
            return
        if backup and version > 0:
            self.save_copy(self.path.with_name(f"{self.path.name}.v{version}.bak"), overwrite=True)
        try:
            MIGRATIONS.apply(db)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise BreakoutError(f"cannot upgrade {self.path.name}: {exc}") from None
        self.empty_log()  # what the upgrade rewrote (resealed ballots) leaves no trace

    # -- using -----------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable transaction; errors roll everything back."""
        if self.readonly:
            raise BreakoutError(f"{self.path.name} is open read-only; open it in Breakout to edit")
        try:
            with self._transaction():
                yield self.conn
        except sqlite3.OperationalError as exc:
            text = str(exc)
            if "disk is full" in text or "database or disk is full" in text:
                raise BreakoutError(
                    f"the disk holding {self.path.name} is full; nothing was saved — "
                    "free some space and try again"
                ) from None
            if "readonly" in text or "read-only" in text:
                raise BreakoutError(
                    f"{self.path.name} cannot be written (read-only); nothing was saved"
                ) from None
            raise

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, or a savepoint when already inside one."""
        conn = self.conn
        if conn.in_transaction:
            name = f"nested_{id(object())}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise

    def empty_log(self) -> None:
        """Fold the write-ahead log into the file and empty it (see :mod:`breakout.secrecy`).

        A reader in another process can hold the log for a moment; it is then
        emptied when the file closes.
        """
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def save_copy(self, target: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
        """Save As: a consistent copy, rebuilt in key order (``VACUUM INTO``).

        Unlike a page-by-page backup, the rebuilt copy keeps no trace of the
        order rows were written in, so it cannot order the ballots of a round
        that is still open (see :mod:`breakout.secrecy`).
        """
        dest = Path(target)
        if dest.resolve() == self.path.resolve():
            raise BreakoutError("a copy cannot replace the open file; choose another name")
        if dest.exists() and not overwrite:
            raise BreakoutError(f"{dest.name} already exists; choose another name")
        partial = dest.with_name(dest.name + ".partial")
        try:
            remove_session_files(partial)
            self.conn.execute("VACUUM INTO ?", (str(partial),))
            out = sqlite3.connect(partial)
            try:
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
            os.replace(partial, dest)
        except (OSError, sqlite3.Error) as exc:
            remove_session_files(partial)
            raise BreakoutError(f"cannot write the copy {dest.name}: {exc}") from None
        return dest

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def remove_session_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(path) + suffix)
