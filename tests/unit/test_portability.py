"""Breakout runs where Unix's own modules do not exist (Windows).

Every module of the engine and the client is imported, and a session made from
a briefing and a roster is shown, in a process where ``fcntl``, ``termios``,
``pwd``, ``grp``, ``resource`` and the rest of Unix's own modules cannot be
imported. Writing is not run there: on Linux the writer's lock is ``fcntl``'s
(breakout/store.py, which takes ``msvcrt``'s on Windows), so this covers import
time and the readers, and says so.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from breakout.briefing import read_briefing
from breakout.roster import read_roster
from breakout.session import Session

UNIX_ONLY = ("fcntl", "termios", "pwd", "grp", "resource", "tty", "pty", "syslog")

#: Run in a fresh interpreter: block the modules, import everything, show a session.
CHILD = """
import importlib
import importlib.abc
import json
import pkgutil
import sys

UNIX_ONLY = set(sys.argv[1].split(","))


class NotOnWindows(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in UNIX_ONLY:
            raise ImportError(f"no module named {name!r} on Windows", name=name)
        return None


for gone in UNIX_ONLY:
    sys.modules.pop(gone, None)
sys.meta_path.insert(0, NotOnWindows())

import breakout
import breakout_qt

names = []
for package in (breakout, breakout_qt):
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if found.name.endswith(".__main__"):  # runs the command line: imported by show below
            continue
        importlib.import_module(found.name)
        names.append(found.name)
try:
    import fcntl  # noqa: F401
except ImportError:
    blocked = True
else:
    blocked = False
loaded = sorted(UNIX_ONLY & set(sys.modules))
print(json.dumps({"modules": names, "blocked": blocked, "loaded": loaded}))
sys.stdout.flush()

sys.argv[1:] = ["show", sys.argv[2], "--json"]
import breakout.__main__
"""

LONG_QUESTION = (
    "Comment les employeurs peuvent-ils vérifier qu'aucun travailleur n'a payé de frais "
    "de recrutement, ni à l'agence du pays d'origine, ni à un intermédiaire, ni sous la forme "
    "d'une retenue sur salaire, d'un dépôt de garantie ou d'une dette de transport, et que "
    "faut-il faire lorsque des frais ont déjà été payés : rembourser, par qui, dans quel délai "
    "et avec quelle preuve pour le travailleur et pour l'inspection du travail ?"
)
BRIEFING = f"""\
Forum mondial sur le travail décent
Lisbonne, 3-4 mars 2027

Breakout Session "Recrutement équitable"

Questions for discussion:

1. {LONG_QUESTION}
2. ما الذي ينبغي أن تطلبه الحكومات من وكالات التوظيف؟
3. 工人如何安全地举报虐待行为？
"""
ROSTER = """\
Name;Organisation;Stakeholder group;Region;Gender;Consent to be named
Zoë Ðuričić;Travailleurs sans frontières;Civil society;Europe;female;yes
ليلى حداد;وزارة العمل;Government;Arab States;female;no
王芳;纺织出口商协会;Business;Asia-Pacific;female;yes
"""


def _session(folder: Path) -> Path:
    """A session made from the briefing and roster above, as `breakout new` makes one."""
    briefing = folder / "briefing.txt"
    briefing.write_text(BRIEFING, encoding="utf-8")
    roster = folder / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    path = folder / "recrutement.breakout"
    Session.new(path, briefing=read_briefing(briefing), roster=read_roster(roster)).close()
    return path


def test_every_module_imports_and_a_session_shows_without_unix_modules(tmp_path: Path) -> None:
    path = _session(tmp_path)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("BREAKOUT_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(UNIX_ONLY), str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    imported, _, shown = result.stdout.partition("\n")
    report = json.loads(imported)
    assert report["blocked"] and report["loaded"] == []
    modules = set(report["modules"])
    assert {"breakout.store", "breakout.cli", "breakout_qt.app", "breakout_qt.launch"} <= modules
    assert len(modules) > 100
    doc = json.loads(shown)
    assert [point["text"] for point in doc["points"]] == [
        LONG_QUESTION,
        "ما الذي ينبغي أن تطلبه الحكومات من وكالات التوظيف؟",
        "工人如何安全地举报虐待行为？",
    ]
    assert [person["name"] for person in doc["participants"]] == [
        "Zoë Ðuričić",
        "ليلى حداد",
        "王芳",
    ]


def _open_here(path: str | Path) -> bool:
    """Whether this process has ``path`` open (Linux: its descriptors in /proc)."""
    target = os.path.realpath(path)
    fds = Path("/proc/self/fd")
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            if os.readlink(fd) == target:
                return True
    return False


def test_exports_are_written_where_an_open_file_cannot_be_moved_or_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Windows, as far as Linux can play it: no fchmod, no O_DIRECTORY, and a file
    this process has open can be neither renamed nor deleted (Python opens files
    there without FILE_SHARE_DELETE)."""
    from breakout.cli import main
    from breakout.report import files

    path = _session(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    killed = out / ".report.pdf.k1ll3d00.part"  # what an export killed half-way leaves
    killed.write_bytes(b"%PDF-1.4 half")

    real_replace, real_unlink = os.replace, os.unlink

    def replace(source: str | Path, target: str | Path) -> None:
        if _open_here(source):
            raise PermissionError(13, "The process cannot access the file", str(source))
        real_replace(source, target)

    def unlink(name: str | Path, *, dir_fd: int | None = None) -> None:
        if _open_here(name):
            raise PermissionError(13, "The process cannot access the file", str(name))
        real_unlink(name, dir_fd=dir_fd)

    monkeypatch.delattr(os, "fchmod")
    monkeypatch.delattr(os, "O_DIRECTORY")
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(files, "OPEN_FILES_MOVE", False)

    assert main(["export", str(path), "--pdf", str(out / "report.pdf")]) == 0, capsys.readouterr()
    assert main(["export", str(path), "--csv", str(out / "tables")]) == 0, capsys.readouterr()

    assert sorted(p.name for p in out.iterdir()) == ["report.pdf", "tables"]
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
    participants = (out / "tables" / "participants.csv").read_text("utf-8-sig")
    assert "Zoë Ðuričić" in participants and "王芳" in participants
