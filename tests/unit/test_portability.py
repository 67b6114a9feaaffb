"""Breakout runs where Unix's own modules do not exist (Windows).

Every module of the engine and the client is imported, and a session made from
a briefing and a roster is shown, in a process where ``fcntl``, ``termios``,
``pwd``, ``grp``, ``resource`` and the rest of Unix's own modules cannot be
imported. Writing is not run there: on Linux the writer's lock is ``fcntl``'s
(breakout/store.py, which takes ``msvcrt``'s on Windows), so this covers import
time and the readers, and says so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


def test_every_module_imports_and_a_session_shows_without_unix_modules(tmp_path: Path) -> None:
    briefing = tmp_path / "briefing.txt"
    briefing.write_text(BRIEFING, encoding="utf-8")
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    path = tmp_path / "recrutement.breakout"
    Session.new(path, briefing=read_briefing(briefing), roster=read_roster(roster)).close()

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
