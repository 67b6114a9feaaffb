"""The session file: one SQLite database per session.

This module owns everything about the file itself — how it is marked as ours,
versioned, locked against a second writer, made durable, read, created and
copied — and nothing about what the data means (that is ``breakout.session``).

Durability: the file runs in WAL mode with ``synchronous=FULL``. Every engine
operation is one transaction, and a transaction has reached the disk (the WAL
is fsynced) before ``commit`` returns, so an operation the app has reported as
done survives the app being killed and the power being cut.
``benchmarks/bench_store.py`` measures what this costs against ``NORMAL`` and
``OFF``.

One writer: the writer locks one byte of the database file itself — its
identity, not its name — so a second writer is refused however it reaches the
file (another name, a hard link). The byte lies far past anything SQLite reads,
writes or locks, so the lock never meets SQLite's own locks (see
:func:`_lock_byte`). Beside the file, ``NAME.lock`` only names the holder for
the refusal message.

Readers (``show``, ``export``) copy the file and its log into a private folder
and read the copy: they take no lock, never block the app, and write nothing
beside the file, so they work on read-only media and in shared folders.

A new file is built in a private folder beside its target and takes its name
only once complete. Nothing is ever written through a link planted beside the
file: the holder's note and every copy are written to private names and renamed
into place. SQLite is always given a URI built from the absolute path, so a
name such as ``file:places.sqlite`` is a file name and nothing else.

The open file is watched: if it, or its ``-wal`` log, is renamed, deleted or
replaced while open, writing stops with a sentence saying so
(:meth:`Store.identity_problem`), and a copy can still be saved from what the
app has open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import shutil
import socket
import sqlite3
import stat
import struct
import sys
import tempfile
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from breakout.errors import BreakoutError

#: The schema version this Breakout reads and writes: the number of migrations
#: in ``breakout.migrations``. It is also written to ``PRAGMA user_version`` so a
#: file from a newer Breakout is refused before anything is read from it.
SCHEMA_VERSION = 8

#: ``PRAGMA application_id``: "BRKT" in ASCII.
APPLICATION_ID = 0x42524B54
#: A forum file's ``PRAGMA application_id`` ("BRKF"): sessions combined (:mod:`breakout.forum`).
FORUM_APPLICATION_ID = 0x42524B46
SUFFIX = ".breakout"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SYNCHRONOUS = {"full": "FULL", "normal": "NORMAL", "off": "OFF"}

#: The byte of the session file the writer locks: 4 EiB in, past the largest
#: file SQLite can write (2**48 bytes) and far from SQLite's own lock bytes at
#: 1 GiB. On Windows, where byte-range locks are mandatory, nobody reads there.
_LOCK_BYTE = 1 << 62
#: The files SQLite keeps beside a database.
_COMPANIONS = ("-wal", "-shm", "-journal")
_WAL_HEADER = 32
#: How often a reader tries again to copy a file the app is writing to.
_SNAPSHOT_TRIES = 20


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
    """The note beside a session naming who has it open (not itself the lock)."""
    return path.with_name(path.name + ".lock")


# -- the writer's lock ----------------------------------------------------------

#: The files this process holds open for writing, by identity (device, inode),
#: with their connection: a second open in this process is refused before any
#: descriptor of the file is opened, and a reader here reads that connection.
_HELD: dict[tuple[int, int], sqlite3.Connection | None] = {}


def _lock_byte(fd: int) -> bool:
    """Lock the writer's byte of the open file ``fd``; False if another holder has it.

    Linux: an open-file-description lock (``F_OFD_SETLK``). It belongs to this
    descriptor, so it is neither dropped when SQLite closes another descriptor
    of the file nor shared with a second open in this process, and it conflicts
    with SQLite's POSIX locks only where the ranges overlap, which they never
    do. ``flock`` is not used: on macOS and BSD it conflicts with SQLite's
    ``fcntl`` locks, and on NFS and SMB it becomes a lock of the whole file.

    Other POSIX systems (macOS): a POSIX record lock on the same byte. It is per
    process, so :data:`_HELD` refuses a second open here, and this module opens
    no other descriptor of a file it holds.

    Windows: ``LockFileEx`` on the same byte through ``msvcrt.locking``, which
    locks from the current position; SQLite's ranges at 1 GiB stay free.

    Why not portalocker here (it locks the exports' temporary files, in
    :mod:`breakout.report.files`): every lock it takes covers the start of the
    file or all of it, never one byte far in, and on a database file each of
    those breaks the guarantee this lock exists for.

    - Linux and macOS, ``LockfLocker``: a POSIX lock of the whole file, owned by
      the process. SQLite takes and drops its own POSIX locks on that file in
      this process, and closing any descriptor of it drops them all: once
      SQLite closes a connection to the file, it is unlocked and a second
      writer gets in (measured on Linux with portalocker 4.4.0).
    - macOS and BSD, ``flock`` (its default): there a ``flock`` of the whole
      file conflicts with the POSIX locks SQLite takes, in this process too, so
      the writer's own connection would find its file busy; on NFS and SMB
      Linux turns ``flock`` into such a whole-file POSIX lock as well.
    - Windows, ``MsvcrtLocker`` (the first 64 KiB) or ``Win32Locker`` (the first
      4 GiB): Windows locks are mandatory, so SQLite's own handle in this
      process could no longer read the file's first page or take its locks at
      1 GiB.

    Its lockers take no offset (``msvcrt.locking`` and ``LockFileEx`` are
    given byte 0, ``fcntl`` is given no range), so the byte lock is made here
    with the same system calls, a few lines per platform.
    """
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _LOCK_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise
        return True
    import fcntl

    ofd = getattr(fcntl, "F_OFD_SETLK", None)
    try:
        if ofd is not None:
            try:
                # struct flock: type, whence, start, length, pid (0 for OFD locks).
                record = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _LOCK_BYTE, 1, 0)
                fcntl.fcntl(fd, ofd, record.ljust(32, b"\0"))
                return True
            except OSError as exc:
                if exc.errno not in _NO_OFD_LOCKS:
                    raise
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _LOCK_BYTE, os.SEEK_SET)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise
    return True


#: What a file system without open-file-description locks answers (a kernel
#: before 3.15, some network and FUSE file systems): use a POSIX lock there.
_NO_OFD_LOCKS = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}


def _unlock_byte(fd: int) -> None:
    if sys.platform == "win32":  # Windows may release a closed file's locks late
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, _LOCK_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    # Elsewhere closing the descriptor releases the lock.


def _identity(st: os.stat_result) -> tuple[int, int]:
    return (st.st_dev, st.st_ino)


class _WriterLock:
    """The writer's lock on the session file itself, and the note naming its holder.

    The operating system releases the lock when the process dies, so a crash
    never leaves a session locked. The note (``NAME.lock``) only carries the
    holder's name for the refusal message; it is replaced by renaming, never
    written through, and removed on a clean close.
    """

    def __init__(self, path: Path) -> None:
        self.path = path  # the real path: links resolved
        self.fd: int | None = None
        self.identity: tuple[int, int] = (0, 0)
        self._note: Path | None = None

    def acquire(self, name: str, *, create: bool = False, note: bool = True) -> None:
        """Take the lock; refuse with a sentence naming the holder if someone has it.

        ``create`` makes the file (empty), never opening one already there;
        ``note`` writes the holder's note beside it.
        """
        if not create:
            _refuse_if_held_here(self.path, name)
        flags = os.O_RDWR | (os.O_CREAT | os.O_EXCL if create else 0)
        try:
            fd = os.open(self.path, flags | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            raise BreakoutError(
                f"{name} already exists; choose another name or delete it first"
            ) from None
        except FileNotFoundError:
            raise BreakoutError(f"{name} does not exist; check the path") from None
        except OSError as exc:
            raise BreakoutError(
                f"cannot open {name} for writing: {exc.strerror}; "
                "check that you may write to it and its folder, or open a copy"
            ) from None
        try:
            st = os.fstat(fd)
            identity = _identity(st)
            if identity in _HELD or not _lock_byte(fd):
                raise _Held(_refusal(self.path, name, st.st_ino))
        except OSError as exc:
            os.close(fd)
            raise BreakoutError(f"cannot lock {name}: {exc.strerror}") from None
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        self.identity = identity
        _HELD[identity] = None
        if note:
            self._write_note(st.st_ino)

    def _write_note(self, inode: int) -> None:
        """Say who holds the file, in ``NAME.lock``: written privately, renamed into place."""
        holder = Holder(
            user=_user_name(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        )
        note = lock_path(self.path)
        temp = ""
        try:
            fd, temp = tempfile.mkstemp(prefix=_private(note.name, "tmp"), dir=self.path.parent)
            try:
                os.write(fd, json.dumps({**holder.__dict__, "inode": inode}).encode())
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, 0o644)  # others sharing the folder may read who holds it
            finally:
                os.close(fd)
            os.replace(temp, note)  # replaces a link planted there, never its target
        except OSError:
            # The note is a courtesy: without it a refusal names no one.
            if temp:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            return
        self._note = note
        _sweep_notes(note, inode)

    def release(self) -> None:
        if self.fd is None:
            return
        if self._note is not None:
            data = _read_note(self._note)
            if data is not None and data.get("pid") == os.getpid():
                with contextlib.suppress(OSError):
                    os.unlink(self._note)
            self._note = None
        _unlock_byte(self.fd)
        os.close(self.fd)
        self.fd = None
        _HELD.pop(self.identity, None)


def _sweep_notes(note: Path, inode: int) -> None:
    """Remove half-written notes about this file that killed holders left.

    The caller holds the file's lock, so no one else is writing one now.
    """
    prefix = _private(note.name, "tmp")
    with contextlib.suppress(OSError):
        for entry in os.scandir(note.parent):
            if not entry.name.startswith(prefix) or not entry.is_file(follow_symlinks=False):
                continue
            data = _read_note(Path(entry.path))
            if data is None or data.get("inode") == inode:
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


class _Held(BreakoutError):
    """The session is open for writing in another process."""


def _held_here(path: Path) -> bool:
    """Whether this process has the file open for writing, found without opening it.

    (On systems with per-process locks, closing any descriptor of a file drops
    this process's locks on it, SQLite's included: so look, don't touch.)
    """
    try:
        return _identity(os.stat(path)) in _HELD
    except OSError:
        return False


def _refuse_if_held_here(path: Path, name: str) -> None:
    """Refuse a file this process already has open, before opening it again."""
    if _held_here(path):
        raise _Held(_refusal(path, name, os.stat(path).st_ino))


def _refusal(path: Path, name: str, inode: int) -> str:
    found = _holder_of(path, inode)
    if found is None:
        who = "another Breakout process"
    else:
        holder, via = found
        who = holder.describe() + (f", as {via}" if via != path.name else "")
    return (
        f"{name} is already open in Breakout by {who}; "
        "close it there first, or open a copy of the file"
    )


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def _read_note(path: Path) -> dict[str, Any] | None:
    """A holder's note, read without following a link; None if there is none."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        data = json.loads(os.read(fd, 4096).decode())
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    return data if isinstance(data, dict) else None


def _holder(data: dict[str, Any]) -> Holder | None:
    try:
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (KeyError, TypeError, ValueError):
        return None


def _notes_for(path: Path, inode: int) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The holder notes in ``path``'s folder about this very file (any of its names).

    Yields (the session's name in the folder, the note), its own name first.
    """
    own = _read_note(lock_path(path))
    if own is not None and own.get("inode", inode) == inode:
        yield path, own
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        if not entry.name.endswith(".lock") or entry.name == lock_path(path).name:
            continue
        if not entry.is_file(follow_symlinks=False):
            continue
        data = _read_note(Path(entry.path))
        if data is None or data.get("inode") != inode:
            continue
        other = path.with_name(entry.name[: -len(".lock")])
        try:
            if os.stat(other).st_ino != inode:
                continue  # a note left about a file that is gone
        except OSError:
            continue
        yield other, data


def _holder_of(path: Path, inode: int) -> tuple[Holder, str] | None:
    for name, data in _notes_for(path, inode):
        holder = _holder(data)
        if holder is not None:
            return holder, name.name
    return None


def _logs_under_other_names(path: Path, inode: int) -> list[Path]:
    """This file's other names (hard links) in its folder that have a log with work in it."""
    return [
        other
        for other, _ in _notes_for(path, inode)
        if other != path and _size(Path(f"{other}-wal")) > 0
    ]


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _check_companions(path: Path) -> None:
    """Refuse to let SQLite write through a link planted where its log goes."""
    for suffix in _COMPANIONS:
        companion = Path(f"{path}{suffix}")
        try:
            st = os.lstat(companion)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise BreakoutError(f"cannot check {companion.name}: {exc.strerror}") from None
        if stat.S_ISREG(st.st_mode) and st.st_nlink == 1:
            continue
        raise BreakoutError(
            f"{companion.name} is a link or not a plain file, so Breakout will not write "
            "through it; remove it (it is not part of the session) and try again"
        )


# -- checking and connecting -----------------------------------------------------


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
    if app_id == FORUM_APPLICATION_ID:
        raise BreakoutError(
            f"{name} is a forum file that combines sessions, not a session; "
            "write its report with 'breakout export', or choose a session file"
        )
    if app_id != APPLICATION_ID:
        raise BreakoutError(
            f"{name} is an SQLite database but not a Breakout session; choose a .breakout file"
        )
    if version > SCHEMA_VERSION:
        raise BreakoutError(
            f"{name} was written by a newer version of Breakout (file format {version}, "
            f"this version reads up to {SCHEMA_VERSION}); update Breakout to open it"
        )


def _real(path: Path) -> Path:
    """The file's own path, links resolved (SQLite names the log after it too)."""
    return Path(os.path.realpath(path))


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path``, built from its absolute path: never user text."""
    text = os.path.abspath(path).replace(os.sep, "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/x → /C:/x; a share //host/x stays //host/x
    return f"file://{urllib.parse.quote(text, safe='/')}?mode={mode}"


def _connect(path: Path, *, mode: str = "rw") -> sqlite3.Connection:
    conn = sqlite3.connect(_uri(path, mode), uri=True, check_same_thread=False)
    return prepare_connection(conn)


def prepare_connection(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Set a new connection as every Breakout file is read and written (a forum's too)."""
    # Autocommit at the driver level: Breakout opens every transaction itself.
    conn.isolation_level = None
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted rows are zeroed, not left in free space (see breakout.secrecy).
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _fold_log(other: Path) -> None:
    """Fold the log left under another name of this file into the file.

    SQLite names a database's log after the name it was opened by: work saved
    through a hard link and not yet folded in (the app was killed) is in that
    name's log, where opening through this name would not see it — and would
    later be overwritten by it. The caller holds the file's lock.
    """
    _check_companions(other)
    try:
        conn = sqlite3.connect(_uri(other, "rw"), uri=True)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()  # the last connection removes the log
    except sqlite3.Error as exc:
        raise BreakoutError(
            f"cannot take in the work saved through {other.name}: {exc}; open it as {other.name}"
        ) from None
    note = lock_path(other)
    data = _read_note(note)
    if data is not None and data.get("pid") != os.getpid():
        with contextlib.suppress(OSError):
            os.unlink(note)  # its holder is gone: the file's lock is ours


# -- reading without touching -------------------------------------------------------


def _read_bytes(path: Path, limit: int = -1) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(limit)


def _log_to_read(real: Path, inode: int) -> Path | None:
    own = Path(f"{real}-wal")
    if _size(own) > 0:
        return own
    others = _logs_under_other_names(real, inode)
    return Path(f"{others[0]}-wal") if others else None


def _consistent_bytes(real: Path, name: str, inode: int) -> tuple[bytes, bytes]:
    """The file and its log as one consistent moment, read while the app may write.

    A log is only ever appended to, or restarted after everything in it has
    been folded into the file; SQLite's recovery keeps the longest whole prefix.
    So the copy is consistent when the file did not change while the log was
    read and the log did not restart (its header is unchanged).
    """
    for _ in range(_SNAPSHOT_TRIES):
        log_path = _log_to_read(real, inode)
        try:
            db = _read_bytes(real)
        except FileNotFoundError:
            raise BreakoutError(f"{name} does not exist; check the path") from None
        except OSError as exc:
            raise BreakoutError(f"cannot read {name}: {exc.strerror}") from None
        log = head = b""
        if log_path is not None:
            with contextlib.suppress(FileNotFoundError):
                log = _read_bytes(log_path)
                head = _read_bytes(log_path, _WAL_HEADER)
        with contextlib.suppress(OSError):
            if _read_bytes(real) == db and log[:_WAL_HEADER] == head:
                return db, log
    raise BreakoutError(f"{name} kept changing while it was read; try again in a moment")


def _snapshot(real: Path, name: str) -> sqlite3.Connection:
    """The session as it is now, in memory; nothing beside the file is created or locked."""
    try:
        st = os.stat(real)
    except OSError as exc:
        raise BreakoutError(f"cannot read {name}: {exc.strerror}") from None
    memory = prepare_connection(sqlite3.connect(":memory:", check_same_thread=False))
    writer = _HELD.get(_identity(st))
    if writer is not None:  # this process has it open: read that, open nothing more
        writer.backup(memory)
        return memory
    db, log = _consistent_bytes(real, name, st.st_ino)
    folder = Path(tempfile.mkdtemp(prefix="breakout-read-"))
    try:
        copy = folder / "snapshot.breakout"
        copy.write_bytes(db)
        if log:
            Path(f"{copy}-wal").write_bytes(log)
        source = sqlite3.connect(_uri(copy, "rw"), uri=True)
        try:
            source.backup(memory)
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        memory.close()
        raise BreakoutError(f"{name} cannot be read: {exc}") from None
    except OSError as exc:
        memory.close()
        raise BreakoutError(f"cannot read {name}: no room for a private copy ({exc})") from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return memory


# -- making a new file whole ---------------------------------------------------------


def _private(name: str, what: str) -> str:
    """The start of a private name beside ``name``: hidden, and short enough for any file system."""
    return f".{name[:40]}.{what}-"


def _sweep(folder: Path, name: str, what: str) -> None:
    """Remove the private folders that killed runs left while making ``name``.

    ``what`` is ``new`` (a session being built) or ``copy`` (a copy being
    written). Only a folder holding nothing but what such a run makes, and
    whose file nobody has locked (the run is dead), is removed.
    """
    prefix = _private(name, what)
    ours = {name, lock_path(Path(name)).name, *(name + s for s in _COMPANIONS)}
    note = _private(lock_path(Path(name)).name, "tmp")
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(prefix)]
    except OSError:
        return
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False):
            continue
        work = Path(entry.path)
        try:
            inside = os.listdir(work)
        except OSError:
            continue
        if any(n not in ours and not n.startswith(note) for n in inside):
            continue  # not only what such a run makes: leave it alone
        if name in inside and _in_use(work / name):
            continue  # another run is making it now
        for item in inside:
            with contextlib.suppress(OSError):
                os.unlink(work / item)
        with contextlib.suppress(OSError):
            os.rmdir(work)


def _in_use(path: Path) -> bool:
    try:
        if _identity(os.stat(path)) in _HELD:
            return True
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return True
    try:
        return not _lock_byte(fd)
    except OSError:
        return True
    finally:
        os.close(fd)


def _publish(built: Path, target: Path) -> None:
    """Give the finished file its name, never replacing anything already there."""
    name = target.name
    exists = BreakoutError(f"{name} already exists; choose another name or delete it first")
    try:
        os.link(built, target)
    except FileExistsError:
        raise exists from None
    except OSError:
        # No hard links here (FAT, some shares): rename, after a last look.
        if os.path.lexists(target):
            raise exists from None
        try:
            os.rename(built, target)  # on Windows this never replaces a file either
        except FileExistsError:
            raise exists from None
        except OSError as exc:
            raise BreakoutError(f"cannot create {name}: {exc.strerror}") from None
        return
    with contextlib.suppress(OSError):
        os.unlink(built)


def _sync_folder(folder: Path) -> None:
    """Make a new name in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class Store:
    """An open session file: one connection, one writer.

    Use :meth:`create` for a new file and :meth:`open` for an existing one.
    Write only inside :meth:`write`, so each operation is one transaction.
    sqlite-utils (and its migrations) is loaded only when the schema needs
    creating or upgrading: it costs ~90 ms of start-up otherwise.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: _WriterLock | None,
        readonly: bool,
        real: Path | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._lock = lock
        self._real = real if real is not None else _real(path)
        self._log_identity: tuple[int, int] | None = None
        self._rescued = False
        self.closed = False
        if lock is not None:
            _HELD[lock.identity] = conn

    # -- opening ---------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        synchronous: str = "full",
        fill: Callable[[Store], object] | None = None,
    ) -> Store:
        """Create a new session file, whole, and return it open.

        The file is built in a private folder beside ``path`` — schema, then
        whatever ``fill`` puts in it — and takes its name only once complete,
        so an interrupted ``new`` leaves no half-made session under the name
        (what a killed run leaves in the private folder is swept by the next).
        Never overwrites anything.
        """
        target = Path(path)
        name = target.name
        if not target.parent.is_dir():
            raise BreakoutError(f"the folder {target.parent} does not exist; create it first")
        folder = _real(target.parent)
        _sweep(folder, name, "new")
        if os.path.lexists(target):
            raise BreakoutError(f"{name} already exists; choose another name or delete it first")
        try:
            work = Path(tempfile.mkdtemp(prefix=_private(name, "new"), dir=folder))
        except OSError as exc:
            raise BreakoutError(
                f"cannot create {name}: {exc.strerror}; check that its folder is writable"
            ) from None
        try:
            built = work / name
            lock = cls._build(built, synchronous, fill)
            try:
                if sys.platform == "win32":
                    lock.release()  # Windows cannot rename a file while it is open
                _publish(built, folder / name)
            finally:
                lock.release()
        finally:
            shutil.rmtree(work, ignore_errors=True)
        _sync_folder(folder)
        return cls.open(target, synchronous=synchronous)

    @classmethod
    def _build(
        cls, built: Path, synchronous: str, fill: Callable[[Store], object] | None
    ) -> _WriterLock:
        """Make the complete file at ``built``; return its lock, still held."""
        lock = _WriterLock(built)
        lock.acquire(built.name, create=True)
        try:
            try:
                conn = _connect(built)
            except sqlite3.Error as exc:
                raise BreakoutError(f"cannot create {built.name}: {exc}") from None
            store = cls(built, conn, lock, readonly=False, real=built)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                store._configure(synchronous)
                store._migrate(backup=False)
                if fill is not None:
                    fill(store)
            finally:
                store._lock = None  # keep the lock; the connection goes
                store.close()
            _HELD[lock.identity] = None
            # Closing folded the log into the file, which was made durable.
            if _size(Path(f"{built}-wal")) > 0:
                raise BreakoutError(f"cannot create {built.name}: its log could not be emptied")
        except BaseException:
            lock.release()
            raise
        return lock

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
        (after a backup copy). Read-only opening reads a private snapshot: it
        takes no lock and writes nothing, so ``show`` and ``export`` work while
        the app has the file open, and on read-only media; an older file is
        migrated in memory only.
        """
        target = Path(path)
        real = _real(target)
        if readonly:
            if not _held_here(real):  # (a file held here is a session already)
                check_is_session(target)
            return cls._open_readonly(target, real)
        _refuse_if_held_here(real, target.name)
        check_is_session(target)
        lock = _WriterLock(real)
        lock.acquire(target.name)
        _sweep(real.parent, real.name, "new")  # what a `new` killed after naming it left
        try:
            _check_companions(real)
            for other in _logs_under_other_names(real, lock.identity[1]):
                _fold_log(other)
            conn = sqlite3.connect(_uri(real, "rw"), uri=True, check_same_thread=False)
            try:
                prepare_connection(conn).execute("SELECT count(*) FROM sqlite_master").fetchone()
            except BaseException as exc:
                conn.close()  # at once: the log it made goes with it
                if isinstance(exc, sqlite3.DatabaseError):
                    raise _open_failure(target, exc) from None
                raise
            store = cls(target, conn, lock, readonly=False, real=real)
            try:
                store._check_version()
                store._configure(synchronous)
                store._migrate(backup=True)
                store._log_identity = _file_identity(Path(f"{real}-wal"))
            except BaseException:
                store._lock = None
                store.close()
                raise
        except BaseException:
            lock.release()
            raise
        return store

    @classmethod
    def _open_readonly(cls, target: Path, real: Path) -> Store:
        """Read a private snapshot of the file: nothing beside it is written or locked."""
        conn = _snapshot(real, target.name)
        store = cls(target, conn, None, readonly=True, real=real)
        try:
            store._check_version()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise BreakoutError(f"{target.name} cannot be read: {exc}") from None
        except BaseException:
            conn.close()
            raise
        if version < SCHEMA_VERSION:
            # Upgrade the copy in memory; the file itself stays as it is.
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
            backup_path = self._real.with_name(f"{self._real.name}.v{version}.bak")
            self.save_copy(backup_path, overwrite=True)
        try:
            # One transaction: a file killed while upgrading is either as it was
            # or fully upgraded, never in between.
            with self._transaction():
                MIGRATIONS.apply(db)
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise BreakoutError(f"cannot upgrade {self.path.name}: {exc}") from None
        self.empty_log()  # what the upgrade rewrote (resealed ballots) leaves no trace

    # -- the open file's identity ----------------------------------------

    def identity_problem(self) -> str | None:
        """A sentence if the open file, or its log, is no longer at its name; else None.

        SQLite keeps writing to the file it opened and to the log it named when
        it opened it. If either was renamed, deleted or replaced since, saved
        work would go where nobody will look, or be lost in a crash: nothing
        more is written (see :meth:`write`), and :meth:`save_copy` still saves
        everything the app has open.
        """
        lock = self._lock
        if lock is None or lock.fd is None:
            return None
        problem = self._find_identity_problem(lock.fd)
        if problem is not None and not self._rescued:
            # Fold everything saved into the file SQLite has open, wherever its
            # name went: a renamed file then holds all of it even if the app
            # is killed now, not a log under a name nobody will open.
            self._rescued = True
            self.empty_log()
        return problem

    def _find_identity_problem(self, fd: int) -> str | None:
        name = self.path.name
        again = "nothing was saved — save a copy (File ▸ Save a Copy…) to keep everything"
        held = os.fstat(fd)
        try:
            now = os.stat(self._real)
        except OSError:
            now = None
        if now is not None and _identity(now) != _identity(held):
            return (
                f"{name} was replaced by another file while Breakout had it open; "
                f"{again} in a new file"
            )
        if now is None or held.st_nlink == 0:
            return (
                f"{name} was renamed, moved or deleted while Breakout had it open, "
                f"so changes can no longer be saved to it; {again} in a new file"
            )
        log = _file_identity(Path(f"{self._real}-wal"))
        if self._log_identity is None:
            self._log_identity = log
        elif log != self._log_identity:
            return (
                f"{name}-wal, which holds the latest changes to {name}, was deleted or "
                f"replaced while Breakout had it open; {again} in a new file"
            )
        return None

    def check_identity(self) -> None:
        """Raise :class:`BreakoutError` if the open file is no longer at its name."""
        problem = self.identity_problem()
        if problem is not None:
            raise BreakoutError(problem)

    # -- using -----------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable transaction; errors roll everything back."""
        if self.readonly:
            raise BreakoutError(f"{self.path.name} is open read-only; open it in Breakout to edit")
        if not self.conn.in_transaction:
            self.check_identity()
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
        that is still open (see :mod:`breakout.secrecy`). It is written in a
        private folder beside ``target`` and renamed into place, so a link
        planted at the name is replaced, never written through. It works from
        what is open, so it also rescues a file renamed or deleted meanwhile.
        """
        dest = Path(target)
        name = dest.name
        if self._is_open_file(dest):
            raise BreakoutError("a copy cannot replace the open file; choose another name")
        if not overwrite and os.path.lexists(dest):
            raise BreakoutError(f"{name} already exists; choose another name")
        _sweep(dest.parent, name, "copy")
        try:
            work = Path(tempfile.mkdtemp(prefix=_private(name, "copy"), dir=dest.parent))
        except OSError as exc:
            raise BreakoutError(f"cannot write the copy {name}: {exc.strerror}") from None
        partial = work / name
        # Locked while it is written, so a sweep by another run leaves it alone.
        marker = _WriterLock(partial)
        try:
            marker.acquire(name, create=True, note=False)
            # An absolute path is never read as a URI, even by a connection that takes them.
            self.conn.execute("VACUUM INTO ?", (os.path.abspath(partial),))
            out = sqlite3.connect(_uri(partial, "rw"), uri=True)
            try:
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
            if sys.platform == "win32":
                marker.release()  # Windows cannot rename a file while it is open
            os.replace(partial, dest)
        except (OSError, sqlite3.Error) as exc:
            raise BreakoutError(f"cannot write the copy {name}: {exc}") from None
        finally:
            marker.release()
            shutil.rmtree(work, ignore_errors=True)
        _sync_folder(dest.parent)
        return dest

    def _is_open_file(self, dest: Path) -> bool:
        if _real(dest) == self._real:
            return True
        try:
            return _identity(os.stat(dest)) == _identity(os.stat(self._real))
        except OSError:
            return False

    def close(self) -> None:
        self.closed = True
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        return _identity(os.lstat(path))
    except OSError:
        return None


def remove_session_files(path: Path) -> None:
    for suffix in ("", *_COMPANIONS):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(path) + suffix)


def _open_failure(target: Path, exc: sqlite3.DatabaseError) -> BreakoutError:
    """The sentence for a session that would not open: a full disk says so.

    Opening in WAL mode creates the shared-memory file; on a full disk SQLite
    reports that only as a "disk I/O error", so the free space is looked at.
    """
    if hasattr(os, "statvfs"):
        with contextlib.suppress(OSError):
            free = os.statvfs(target.parent)
            if free.f_bavail * free.f_frsize < 64 * 1024:
                return BreakoutError(
                    f"the disk holding {target.name} is full; free some space and try again"
                )
    return BreakoutError(f"{target.name} cannot be opened: {exc}")
