#!/bin/sh
# Install Breakout into the desktop of the person running it (no root): the menu entry,
# the .breakout file type with its icon, the app icon and the AppStream metadata, under
# $XDG_DATA_HOME (~/.local/share by default); then refresh the file-type and menu caches
# where their tools are installed, so double-clicking a .breakout file opens it in Breakout.
#
#   packaging/install-desktop.sh [EXECUTABLE]
#
# EXECUTABLE is the absolute path of the breakout command the menu entry runs
# (`make install-desktop` gives .venv/bin/breakout); run as the bundle's
# desktop/install-desktop.sh without one, it is the bundled executable, and otherwise
# the entry runs `breakout` from PATH (as after `pip install`).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
exe="${1:-breakout}"
if [ $# -eq 0 ] && [ -f "$here/../breakout" ] && [ -x "$here/../breakout" ]; then
  exe="$(cd "$here/.." && pwd)/breakout"  # run from the bundle's desktop folder: the bundle's app
fi
case "$exe" in
  *[\"\`\$\\\|\&%]*)
    echo "install-desktop: the menu entry cannot run a path with \", \`, \$, \\, |, & or % in it ($exe); move the app to a plainer folder and try again" >&2
    exit 2 ;;
esac
case "$exe" in
  breakout) ;;
  /*) [ -x "$exe" ] || { echo "install-desktop: $exe is not an executable file; give the path of the breakout command" >&2; exit 2; } ;;
  *) echo "install-desktop: give the breakout command's absolute path (starting with /), not $exe" >&2; exit 2 ;;
esac
icons="$here/icons"
[ -d "$icons" ] || icons="$here"  # the bundle keeps the icons beside this script

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" \
  "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"
sed "s|^Exec=breakout |Exec=\"$exe\" |" "$here/org.breakout.Breakout.desktop" \
  > "$data/applications/org.breakout.Breakout.desktop"
cp "$here/breakout-session.xml" "$data/mime/packages/org.breakout.Breakout.xml"
cp "$here/org.breakout.Breakout.metainfo.xml" "$data/metainfo/"
cp "$icons/org.breakout.Breakout.svg" "$data/icons/hicolor/scalable/apps/"
cp "$icons/application-x-breakout-session.svg" "$data/icons/hicolor/scalable/mimetypes/"

if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database "$data/applications"; fi
if command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/index.theme" ]; then
  gtk-update-icon-cache -q "$data/icons/hicolor" || true
fi
echo "installed Breakout's menu entry, file type and icons into $data"
