"""Breakout on a Linux desktop: the menu entry, the AppStream metadata and the
.breakout file type in packaging/ pass the freedesktop validators, and after
packaging/install-desktop.sh (what `make install-desktop` and the bundle's
desktop/install-desktop.sh run) double-clicking a session file opens it in the
app: the file manager's file type, its default application and that
application's command line, asked of the same tools a desktop asks.

The validators and xdg-utils are system packages (desktop-file-utils, appstream,
xdg-utils, shared-mime-info, libfile-mimeinfo-perl; .ci/run installs them):
where one is missing these tests skip and say so, except on CI, where they fail.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from breakout.session import Session
from tests.gui.real_session import make_session
from tests.helpers import need_tools

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
INSTALL = PACKAGING / "install-desktop.sh"
MIME_TYPE = "application/x-breakout-session"
DESKTOP_ID = "org.breakout.Breakout.desktop"
SVG = "{http://www.w3.org/2000/svg}svg"


def need(*tools: str, package: str) -> None:
    """Skip where a desktop tool is missing; fail on CI, which installs them (.ci/run)."""
    need_tools(
        *tools,
        what="{missing} not installed, so this desktop check cannot run",
        install=f"install the Debian package {package}",
    )


def breakout_command() -> Path:
    script = Path(sys.executable).with_name("breakout")
    if not script.exists():
        pytest.fail(f"the breakout command is not installed beside {sys.executable}")
    return script


def desktop_env(tmp_path: Path) -> dict[str, str]:
    """A desktop with nothing in it but what the install step puts there, in a UTF-8
    locale as desktop sessions are (xdg-mime's mimetype cannot read an accented name
    in the C locale)."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, check=False)


def test_the_desktop_entry_passes_desktop_file_validate_without_a_remark() -> None:
    need("desktop-file-validate", package="desktop-file-utils")
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / DESKTOP_ID)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""  # not even a hint


def test_the_appstream_metadata_passes_appstreamcli_validate_strictly() -> None:
    need("appstreamcli", package="appstream")
    metainfo = PACKAGING / "org.breakout.Breakout.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--strict", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_app_and_file_icons_are_square_svgs_under_the_names_that_refer_to_them() -> None:
    entry = (PACKAGING / DESKTOP_ID).read_text(encoding="utf-8")
    mime = ET.parse(PACKAGING / "breakout-session.xml").getroot()
    icon_of_type = next(e for e in mime.iter() if e.tag.endswith("}icon")).get("name")
    assert "Icon=org.breakout.Breakout\n" in entry
    assert icon_of_type == "application-x-breakout-session"
    for name in ("org.breakout.Breakout", "application-x-breakout-session"):
        svg = ET.parse(PACKAGING / "icons" / f"{name}.svg").getroot()
        assert svg.tag == SVG
        _, _, width, height = svg.get("viewBox", "").split()
        assert width == height


@pytest.mark.slow
def test_double_clicking_a_session_after_the_install_step_opens_it_in_breakout(
    tmp_path: Path,
) -> None:
    need("xdg-mime", package="xdg-utils")
    need("update-mime-database", package="shared-mime-info")
    need("update-desktop-database", "desktop-file-validate", package="desktop-file-utils")
    need("mimetype", package="libfile-mimeinfo-perl")
    made = make_session(tmp_path)  # from a briefing and a roster, nobody checked in
    made.close()
    session = made.path.rename(tmp_path / "Réunion 2026.breakout")
    renamed = tmp_path / "sent by mail"  # the extension lost on the way: the content tells
    shutil.copyfile(session, renamed)
    env = desktop_env(tmp_path)
    data = Path(env["XDG_DATA_HOME"])

    installed = run(["sh", str(INSTALL), str(breakout_command())], env, tmp_path)

    assert installed.returncode == 0, installed.stderr
    entry = data / "applications" / DESKTOP_ID
    assert run(["desktop-file-validate", str(entry)], env, tmp_path).stdout == ""
    assert (data / "icons/hicolor/scalable/apps/org.breakout.Breakout.svg").is_file()
    assert (data / "icons/hicolor/scalable/mimetypes/application-x-breakout-session.svg").is_file()
    for path in (session, renamed):
        filetype = run(["xdg-mime", "query", "filetype", str(path)], env, tmp_path)
        assert filetype.stdout.strip() == MIME_TYPE, (path.name, filetype.stdout)
    default = run(["xdg-mime", "query", "default", MIME_TYPE], env, tmp_path)
    assert default.stdout.strip() == DESKTOP_ID
    # What the file manager runs: the entry's Exec line with %f made the file's path.
    exec_line = next(
        line[len("Exec=") :]
        for line in entry.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    command = [str(session) if word == "%f" else word for word in shlex.split(exec_line)]
    opened = run(
        command, {**env, "QT_QPA_PLATFORM": "offscreen", "BREAKOUT_QUIT_AFTER_PAINT": "1"}, tmp_path
    )
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.strip() == "breakout: painted: Réunion 2026.breakout — Breakout"


@pytest.mark.parametrize(
    ("command", "sentence"),
    [
        (
            "venv/bin/breakout",
            "give the breakout command's absolute path (starting with /), not venv/bin/breakout",
        ),
        (
            "/opt/Breakout 100%/breakout",
            'the menu entry cannot run a path with ", `, $, \\, |, & or % in it '
            "(/opt/Breakout 100%/breakout); move the app to a plainer folder and try again",
        ),
    ],
)
def test_the_install_step_refuses_a_command_the_menu_entry_could_not_run(
    tmp_path: Path, command: str, sentence: str
) -> None:
    env = desktop_env(tmp_path)

    result = run(["sh", str(INSTALL), command], env, tmp_path)

    assert result.returncode == 2
    assert result.stderr.strip() == f"install-desktop: {sentence}"
    assert not (tmp_path / "data").exists()  # nothing installed


def test_the_session_file_says_what_it_is_where_the_mime_type_looks(tmp_path: Path) -> None:
    """The magic in breakout-session.xml: SQLite's header and, at byte 68, the
    session's application_id ("BRKT"), which the store writes into every file."""
    made = make_session(tmp_path)
    made.close()
    head = made.path.read_bytes()[:72]
    with Session.create(tmp_path / "new.breakout"):
        pass
    assert head[:15] == b"SQLite format 3"
    assert head[68:72] == b"BRKT"
    assert (tmp_path / "new.breakout").read_bytes()[68:72] == b"BRKT"
