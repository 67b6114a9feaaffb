"""The interface's catalogues: every shown string of the marked modules is marked, every
language has every entry (with its plural forms), and the committed .ts and .qm files are
what `make translations` makes from the sources today."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from breakout_qt.i18n import LANGUAGES, PLURALS

ROOT = Path(__file__).parents[2]
TRANSLATIONS = ROOT / "breakout_qt" / "translations"
BIN = Path(sys.executable).parent

#: The modules whose words are in the catalogues (the Makefile's I18N_SOURCES): the kiosk,
#: the room's screen, and View ▸ Language. The console's modules follow in a later phase.
MARKED = sorted(
    [
        *(ROOT / "breakout_qt" / "kiosk").glob("*.py"),
        *(ROOT / "breakout_qt" / "kiosk" / "ballots").glob("*.py"),
        *(ROOT / "breakout_qt" / name for name in ("shared_screen.py", "room_views.py")),
        *(ROOT / "breakout_qt" / name for name in ("room_words.py", "language_menu.py")),
        ROOT / "breakout_qt" / "export_dialog.py",
        ROOT / "breakout_qt" / "file_names.py",
    ]
)

#: Calls whose string arguments people see (or hear, from a screen reader).
SHOWN = {
    "setText",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setToolTip",
    "showMessage",
    "addItem",
    "addAction",
    "addMenu",
    "emit",
    "say",
    "_say",
    "refuse",
    "QLabel",
    "QPushButton",
    "QAction",
    "QMenu",
    "KioskButton",
    "TapRow",
    "kiosk_label",
    "_label",
    "_room_label",
    "show_turnout",
    "QGroupBox",
    "QRadioButton",
    "QCheckBox",
    "_failed",
}
#: Calls inside which a string is marked.
MARKING = {"translate", "tr", "QT_TRANSLATE_NOOP"}
#: Strings in those calls that are not words: object names, symbols drawn on buttons.
NOT_WORDS = {
    "kioskPrompt",
    "kioskCount",
    "kioskStatus",
    "kioskMessage",
    "kioskThanks",
    "summaryLine",
    "itemText",
}
#: Plural forms in each catalogue (Qt's rules for the language).
FORMS = {"en": 2, "fr": 2, "es": 2, "ar": 6, "ru": 3, "zh_CN": 1}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _unmarked(node: ast.AST) -> list[ast.expr]:
    """String literals with letters under ``node`` that are not inside a marking call."""
    if (isinstance(node, ast.Call) and _name(node) in MARKING) or isinstance(node, ast.Compare):
        return []  # marked, or compared rather than shown
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        if any(ch.isalpha() for ch in text) and text not in NOT_WORDS:
            return [node]
        return []
    if isinstance(node, ast.JoinedStr):
        parts = [v for v in node.values if isinstance(v, ast.Constant)]
        found = [node] if any(any(ch.isalpha() for ch in str(p.value)) for p in parts) else []
        shown = [v for v in node.values if isinstance(v, ast.FormattedValue)]
        return found + [n for v in shown for n in _unmarked(v)]
    return [n for child in ast.iter_child_nodes(node) for n in _unmarked(child)]


def unmarked_strings(source: str) -> list[str]:
    """Where a module shows a string that is not marked for translation, and how
    ``words.tr`` is misspelled (lupdate files plurals under the variable's name)."""
    found: list[str] = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in SHOWN:
            args = [*node.args, *(k.value for k in node.keywords)]
            found += [f"line {n.lineno}: {ast.unparse(n)}" for a in args for n in _unmarked(a)]
        if isinstance(node, ast.Call) and _name(node) == "tr":
            func = node.func
            owner = func.value if isinstance(func, ast.Attribute) else None
            if not (isinstance(owner, ast.Name) and owner.id == PLURALS):
                found.append(f"line {node.lineno}: plural forms asked of something not `words`")
    for statement in tree.body:  # a sentence kept in a constant is marked where it is written
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
            value = statement.value.value
            if isinstance(value, str) and " " in value:
                found.append(f"line {statement.lineno}: {value!r}")
    return found


def test_the_scan_finds_what_is_not_marked() -> None:
    source = (
        "THANKS = 'Thank you'\n"
        "label.setText('Voting has closed')\n"
        "button = KioskButton(f'{n} dots left')\n"
        "plural = self.words.tr('%n dots', None, n)\n"
        "fine = KioskButton(words.translate('Kiosk', 'Cancel'))\n"
        "also = kiosk_label('kioskPrompt', w.translate('Kiosk', 'Help'))\n"
        "sign = KioskButton('−')\n"
    )
    assert [line.split(":")[0] for line in unmarked_strings(source)] == [
        "line 2",
        "line 3",
        "line 4",
        "line 1",
    ]


@pytest.mark.parametrize("path", MARKED, ids=lambda p: p.name)
def test_every_shown_string_is_marked(path: Path) -> None:
    assert unmarked_strings(path.read_text(encoding="utf-8")) == []


def catalogue(language: str) -> ET.Element:
    return ET.parse(TRANSLATIONS / f"breakout_{language}.ts").getroot()


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_entry_is_translated_in_every_language(language: str) -> None:
    root = catalogue(language)
    missing = []
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
        elif message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != FORMS[language] or not all(forms):
                missing.append(f"{source} ({len(forms)} forms)")
        elif not translation.text:
            missing.append(source)
    assert missing == []
    if language != "en":  # English is the source: its catalogue holds only plural forms
        english = {m.findtext("source") for m in catalogue("fr").iter("message")}
        assert {m.findtext("source") for m in root.iter("message")} == english


def _tool(name: str) -> Path:
    tool = BIN / name
    if not tool.exists():
        found = shutil.which(name)
        assert found is not None, f"{name} is part of PySide6; reinstall the project"
        tool = Path(found)
    return tool


def test_the_catalogues_hold_every_marked_string_of_the_sources(tmp_path: Path) -> None:
    """What `make translations` would add to the .ts files is there already."""
    for language in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"breakout_{language}.ts", tmp_path)
    sources = [str(p) for p in MARKED]
    others = [str(tmp_path / f"breakout_{lang}.ts") for lang in LANGUAGES if lang != "en"]
    common = ["-silent", "-locations", "none", "-no-obsolete", *sources]
    lupdate = str(_tool("pyside6-lupdate"))
    subprocess.run([lupdate, *common, "-ts", *others], check=True, cwd=ROOT)
    english = str(tmp_path / "breakout_en.ts")
    subprocess.run([lupdate, *common, "-pluralonly", "-ts", english], check=True, cwd=ROOT)
    for language in LANGUAGES:
        name = f"breakout_{language}.ts"
        assert (tmp_path / name).read_bytes() == (TRANSLATIONS / name).read_bytes(), (
            f"{name} is behind the sources: run `make translations` and translate what is new"
        )


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_compiled_catalogue_is_current(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"breakout_{language}.qm"
    lrelease = str(_tool("pyside6-lrelease"))
    ts = TRANSLATIONS / f"breakout_{language}.ts"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(compiled)], check=True)
    shipped = TRANSLATIONS / compiled.name
    assert shipped.read_bytes() == compiled.read_bytes(), (
        f"{shipped.name} is stale against its .ts: run `make translations`"
    )
