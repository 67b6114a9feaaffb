"""Put the licences of what the bundle carries into its ``licences`` folder (`make bundle`).

Run after PyInstaller, with the Python that built the bundle::

    .venv/bin/python tools/bundle_licences.py dist/breakout

It copies, never writes, licence texts: Breakout's own LICENSE; the report's
fonts' licences with their README (which says which font has which licence);
for every distribution Breakout needs at run time (its requirements, followed
through theirs) and for PyInstaller, whose start-up code is in the executable,
the licence files the distribution's own metadata ships; and Python's licence.
A distribution that ships no licence file (PySide6 and shiboken6 do not) gets
the text its declared licence names from Debian's /usr/share/common-licenses
where that folder has it. ``licences/README.txt`` lists each one with its
version, its declared licence and the files copied, and says where none was
found.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "breakout" / "resources" / "fonts"
FONT_FILES = ("README.md", "OFL.txt", "LICENSE-Apache-2.0.txt", "LICENSE-DejaVu.txt")
COMMON_LICENSES = Path("/usr/share/common-licenses")
# The licence texts Debian keeps for an SPDX name that a distribution declares without a file.
COMMON_TEXTS = {"LGPL-3.0": ("LGPL-3", "GPL-3"), "GPL-3.0": ("GPL-3",), "GPL-2.0": ("GPL-2",)}
NOT_LICENCES = ("RECORD", "METADATA", "WHEEL", "INSTALLER")
LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def runtime_distributions(root: str = "breakout") -> list[metadata.Distribution]:
    """``root`` and every distribution it requires at run time here, by name."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = _normal(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # required only on another platform, or optional
        seen[key] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return sorted(seen.values(), key=lambda d: _normal(d.metadata["Name"]))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_files(dist: metadata.Distribution) -> Iterator[tuple[Path, Path]]:
    """The licence files in a distribution's metadata folder: each file's path, and
    where it is inside that folder (numpy keeps its vendored libraries' in subfolders)."""
    for entry in dist.files or []:
        parts = entry.parts
        named = len(parts) > 2 or LICENCE_NAME.search(parts[-1]) is not None
        if parts[0].endswith(".dist-info") and named and parts[-1] not in NOT_LICENCES:
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                yield path, Path(*parts[1:])


def declared(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    for field in ("License-Expression", "License"):
        value = meta[field]  # None where the field is absent
        if value and len(value) < 200:
            return " ".join(value.split())
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if "License" in c]
    return "; ".join(classifiers) or "not declared"


def copy_distribution(dist: metadata.Distribution, into: Path) -> list[str]:
    folder = into / f"{_normal(dist.metadata['Name'])}-{dist.version}"
    copied: list[str] = []
    for path, inside in licence_files(dist):
        target = folder / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied.append(target.relative_to(into).as_posix())
    if not copied:
        for spdx, texts in COMMON_TEXTS.items():
            if spdx in declared(dist):
                for text in texts:
                    source = COMMON_LICENSES / text
                    if source.is_file():
                        folder.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(source, folder / text)
                        copied.append(f"{folder.name}/{text} (Debian's copy of the text)")
                break
    return copied


def write_licences(bundle: Path) -> Path:
    into = bundle / "licences"
    if into.exists():
        shutil.rmtree(into)
    (into / "fonts").mkdir(parents=True)
    shutil.copyfile(ROOT / "LICENSE", into / "LICENSE-Breakout.txt")
    for name in FONT_FILES:
        shutil.copyfile(FONTS / name, into / "fonts" / name)
    lines = [
        "Licences of what this bundle carries",
        "",
        "Breakout itself: MIT (LICENSE-Breakout.txt).",
        "The report's fonts: fonts/README.md says which font has which licence;",
        "  the texts are fonts/OFL.txt, fonts/LICENSE-Apache-2.0.txt and fonts/LICENSE-DejaVu.txt.",
    ]
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        shutil.copyfile(python_licence, into / "LICENSE-Python.txt")
        lines.append(f"Python {sys.version.split()[0]}: PSF License (LICENSE-Python.txt).")
    lines += ["", "Libraries (name, version, declared licence, files copied from its metadata):"]
    dists = [d for d in runtime_distributions() if _normal(d.metadata["Name"]) != "breakout"]
    try:  # its start-up code is in the executable; absent when only listing, as tests do
        dists.append(metadata.distribution("pyinstaller"))
    except metadata.PackageNotFoundError:
        lines.append("(PyInstaller is not installed here, so its licence is not listed.)")
    for dist in dists:
        copied = copy_distribution(dist, into)
        files = ", ".join(copied) if copied else "NO LICENCE FILE FOUND in its metadata"
        lines.append(f"- {dist.metadata['Name']} {dist.version}: {declared(dist)}: {files}")
    (into / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return into


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: bundle_licences.py BUNDLE_FOLDER (say, dist/breakout)", file=sys.stderr)
        return 2
    print(f"wrote {write_licences(Path(argv[0]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
