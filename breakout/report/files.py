"""Writing export files whole or not at all.

Each file is written to a temporary file in its own target folder, flushed to
disk, and only then moved over the target with :func:`os.replace` (atomic on
one file system). When several files are written together, every one is
written first and only then are they all moved into place, so a failure
(disk full, folder not writable) leaves no file half-written and, as far as
the file system allows, none of them changed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from breakout.errors import BreakoutError

# New files get the usual permissions (mkstemp makes them private). Read once:
# reading the umask means setting it, which is not safe while threads write.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


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
        where = path.parent
    shown = _shown(where)
    if not where.exists():
        raise BreakoutError(f"the folder {shown} does not exist; create it first")
    if not where.is_dir():
        raise BreakoutError(f"{shown} is not a folder; choose another place to write")
    if not os.access(where, os.W_OK | os.X_OK):
        raise BreakoutError(f"the folder {shown} is not writable; choose another place")


def _shown(folder: Path) -> str:
    return str(folder) if str(folder) not in ("", ".") else "the current folder"


def write_files(files: Sequence[tuple[Path, bytes]], *, make_folders: Sequence[Path] = ()) -> None:
    """Write every ``(path, data)``, all or nothing (see the module docstring).

    ``make_folders`` are created first when missing (and removed again if the
    write fails).
    """
    made: list[Path] = []
    temps: list[tuple[Path, Path]] = []
    try:
        for folder in make_folders:
            if not folder.exists():
                try:
                    folder.mkdir()
                except OSError as exc:
                    raise BreakoutError(_why(exc, folder, creating=True)) from None
                made.append(folder)
        for path, data in files:
            temps.append((_write_temp(path, data), path))
        for temp, path in temps:
            try:
                os.replace(temp, path)
            except OSError as exc:
                raise BreakoutError(_why(exc, path)) from None
        temps.clear()
    finally:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        if temps:
            for folder in reversed(made):
                with contextlib.suppress(OSError):
                    folder.rmdir()


def write_file(path: Path, data: bytes) -> None:
    write_files([(path, data)])


def _write_temp(path: Path, data: bytes) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise BreakoutError(_why(exc, path)) from None
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temp, 0o666 & ~_UMASK)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise BreakoutError(_why(exc, path)) from None
        raise
    return temp


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
