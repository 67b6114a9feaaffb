"""Writing export files whole or not at all.

Each file is written to a temporary file in its own target folder, flushed to
disk, and only then moved over the target with :func:`os.replace` (atomic on
one file system); the folder is flushed after the move, so the new name
survives a power cut too. When several files are written together, every one
is written first and only then are they all moved into place, so a failure
(disk full, folder not writable) leaves no file half-written and, as far as
the file system allows, none of them changed.

A target that is a device or a pipe (``/dev/null``, ``/dev/stdout``, a named
pipe) is written to as it is, never replaced. A file that belongs to a session
(the session file itself, its write-ahead log, shared memory, lock, backups and
copies in progress) is never a target: replacing a live log loses what the
session saved.

The temporary files are hidden (``.NAME.XXXXXXXX.part``) and locked while
they are written. An export that is killed leaves one behind; the next export
into that folder removes every such file that no export holds any more.

On Windows a file Python has open can be neither renamed nor deleted, so there
each temporary file is closed, which releases its lock, just before it is moved
or removed (:data:`OPEN_FILES_MOVE`); elsewhere it stays locked until it is in
place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from breakout.errors import BreakoutError

# New files get the usual permissions (mkstemp makes them private). Read once:
# reading the umask means setting it, which is not safe while threads write.
_UMASK = os.umask(0o022)
os.umask(_UMASK)

#: Whether a file this process has open can be renamed and deleted: not on Windows.
OPEN_FILES_MOVE = sys.platform != "win32"

#: What a temporary export file is called: ``.<target name>.<8 random characters>.part``.
_PART_RE = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")

_SQLITE_MAGIC = b"SQLite format 3\x00"
#: The files SQLite and Breakout keep beside a session file, by the end of their name.
_SIDE_FILE_RE = re.compile(
    r"^(?P<base>.+?)"
    r"(?:\.partial|\.v\d+\.bak)?"  # a copy or an upgrade backup being written
    r"(?:-wal|-shm|-journal|\.lock)?$"
)


def check_target(path: Path, *, folder: bool = False) -> None:
    """Refuse, before any work is done, a target that cannot be written.

    ``folder``: the target is a folder for several files (made when missing).
    """
    if folder:
        if path.exists() and not path.is_dir():
            raise BreakoutError(f"{path.name} is a file; give a folder for the CSV files")
        where = path if path.exists() else path.parent
    else:
        if path.is_dir():
            raise BreakoutError(f"{path.name} is a folder; give a file name")
        check_not_session_file(path)
        if _is_stream(path):
            if not os.access(path, os.W_OK):
                raise BreakoutError(f"{path.name} cannot be written to; choose another place")
            return
        where = path.parent
    shown = _shown(where)
    if not where.exists():
        raise BreakoutError(f"the folder {shown} does not exist; create it first")
    if not where.is_dir():
        raise BreakoutError(f"{shown} is not a folder; choose another place to write")
    if not os.access(where, os.W_OK | os.X_OK):
        raise BreakoutError(f"the folder {shown} is not writable; choose another place")


def check_not_session_file(path: Path) -> None:
    """Refuse a target that is a session's file, or a device that is not a stream.

    A session's files are the session itself and every file SQLite and
    Breakout keep beside it (``-wal``, ``-shm``, ``-journal``, ``.lock``,
    ``.vN.bak``, ``.partial``), whichever name or link leads to them.
    """
    for candidate in dict.fromkeys((path, _resolved(path))):
        mode = _mode(candidate)
        if mode is not None and (stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)):
            kind = "a disk device" if stat.S_ISBLK(mode) else "a socket"
            raise BreakoutError(f"{path.name} is {kind}; give a file name")
        if _is_session_file(candidate):
            raise BreakoutError(
                f"{path.name} is a Breakout session file; choose another name for the export"
            )
        if _is_session_file(candidate, forum=True):
            raise BreakoutError(
                f"{path.name} is a Breakout forum file; choose another name for the export"
            )
        match = _SIDE_FILE_RE.match(candidate.name)
        base = match["base"] if match else candidate.name
        if base != candidate.name and _is_session_file(candidate.with_name(base)):
            raise BreakoutError(
                f"{path.name} belongs to the session {base}; choose another name for the export"
            )


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def _mode(path: Path) -> int | None:
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):
        return None


def _is_stream(path: Path) -> bool:
    """A character device or a named pipe: written to, never replaced."""
    mode = _mode(path)
    return mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode))


def _is_session_file(path: Path, *, forum: bool = False) -> bool:
    """Whether ``path`` is a Breakout session file, or with ``forum`` a forum file (its
    header says so); reads 100 bytes."""
    from breakout.store import APPLICATION_ID, FORUM_APPLICATION_ID

    mode = _mode(path)
    if mode is None or not stat.S_ISREG(mode):
        return False
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    wanted = FORUM_APPLICATION_ID if forum else APPLICATION_ID
    return header.startswith(_SQLITE_MAGIC) and header[68:72] == wanted.to_bytes(4, "big")


def _shown(folder: Path) -> str:
    return str(folder) if str(folder) not in ("", ".") else "the current folder"


def write_files(files: Sequence[tuple[Path, bytes]], *, make_folders: Sequence[Path] = ()) -> None:
    """Write every ``(path, data)``, all or nothing (see the module docstring).

    ``make_folders`` are created first when missing (and removed again if the
    write fails).
    """
    for path, _ in files:
        check_not_session_file(path)
    for folder in dict.fromkeys(_folder_of(path) for path, _ in files):
        remove_leftovers(folder)
    made: list[Path] = []
    temps: list[tuple[Path, int, Path]] = []  # (temporary file, its locked fd, target)
    open_fds = set[int]()  # the temporary files' descriptors not yet closed
    done = False
    try:
        for folder in make_folders:
            if not folder.exists():
                try:
                    folder.mkdir()
                except OSError as exc:
                    raise BreakoutError(_why(exc, folder, creating=True)) from None
                made.append(folder)
        streams = {path for path, _ in files if _is_stream(path)}
        for path, data in files:
            if path not in streams:
                temp, fd = _write_temp(path, data)
                temps.append((temp, fd, path))
                open_fds.add(fd)
        for path, data in files:
            if path in streams:
                _write_stream(path, data)
        for temp, fd, path in temps:
            if not OPEN_FILES_MOVE:
                open_fds.discard(fd)
                os.close(fd)
            try:
                os.replace(temp, path)
            except OSError as exc:
                raise BreakoutError(_why(exc, path)) from None
        done = True
    finally:
        for temp, fd, _ in temps:
            if not OPEN_FILES_MOVE and fd in open_fds:
                open_fds.discard(fd)
                os.close(fd)
            if not done:
                with contextlib.suppress(OSError):
                    temp.unlink()
            if fd in open_fds:
                os.close(fd)
        if not done:
            for folder in reversed(made):
                with contextlib.suppress(OSError):
                    folder.rmdir()
    touched = [*(_folder_of(path) for _, _, path in temps), *(_folder_of(f) for f in made)]
    for folder in dict.fromkeys(touched):
        _sync_folder(folder)


def write_file(path: Path, data: bytes) -> None:
    write_files([(path, data)])


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _lock(fd: int, *, wait: bool) -> bool:
    """Lock an open temporary file for this process; False when another one holds it.

    portalocker: ``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows
    (where, besides, the system refuses to remove a file another process has
    open). Imported when an export runs, not when the engine is imported.
    """
    import portalocker

    flags = portalocker.LockFlags.EXCLUSIVE
    if not wait:
        flags |= portalocker.LockFlags.NON_BLOCKING
    try:
        portalocker.lock(fd, flags)
    except portalocker.LockException:
        return False
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files of exports into ``folder`` that were killed; return them.

    A temporary file is locked for as long as its export runs, so one that can
    be locked belongs to no running export.
    """
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if _PART_RE.match(entry.name)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        try:
            fd = os.open(
                path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
            )
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            if not _lock(fd, wait=False):
                continue  # an export is writing it now
            with contextlib.suppress(OSError):
                if os.stat(path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino:
                    if not OPEN_FILES_MOVE:
                        os.close(fd)
                        fd = -1
                    os.unlink(path)
                    removed.append(path)
        finally:
            if fd >= 0:
                os.close(fd)
    if removed:
        _sync_folder(folder)
    return removed


def _write_temp(path: Path, data: bytes) -> tuple[Path, int]:
    """Write ``data`` to a locked temporary file beside ``path``; return it and its open fd."""
    folder = _folder_of(path)
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise BreakoutError(_why(exc, path)) from None
    temp = Path(name)
    try:
        _lock(fd, wait=True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        if hasattr(os, "fchmod"):  # (Windows has no permission bits to give)
            os.fchmod(fd, 0o666 & ~_UMASK)
    except BaseException as exc:
        os.close(fd)  # first: Windows deletes no open file
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise BreakoutError(_why(exc, path)) from None
        raise
    return temp, fd


def _write_stream(path: Path, data: bytes) -> None:
    """Write ``data`` into a device or pipe as it is (no temporary file, no rename)."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))  # Windows: no \r added
    except OSError as exc:
        raise BreakoutError(_why(exc, path)) from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise BreakoutError(_why(exc, path)) from None
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename or a new name) to disk, where the system allows."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))  # (Windows: refused)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems cannot fsync a folder
            os.fsync(fd)
    finally:
        os.close(fd)


def _why(exc: OSError, path: Path, *, creating: bool = False) -> str:
    """One sentence: which file, and what went wrong in words a user can act on."""
    name = path.name
    folder = _shown(path.parent)
    what = f"cannot create the folder {name}" if creating else f"cannot write {name}"
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return f"{what}: the disk is full; free some space or choose another place"
    if code in (errno.EACCES, errno.EPERM):
        return f"{what}: the folder {folder} is not writable; choose another place"
    if code == errno.EROFS:
        return f"{what}: {folder} is on a read-only disk; choose another place"
    if code == errno.ENOENT:
        if path.parent.is_dir():
            return f"{what}: {folder} does not accept new files; choose another place"
        return f"{what}: the folder {folder} does not exist; create it first"
    if code == errno.ENOTDIR:
        return f"{what}: {folder} is not a folder; choose another place"
    if code == errno.EISDIR:
        return f"{what}: it is a folder; give a file name"
    return f"{what}: {exc.strerror or exc}"
