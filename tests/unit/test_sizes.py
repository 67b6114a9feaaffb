"""`make sizes` (tools/sizes.py): long files and long functions are named, the allowlist is kept."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[2] / "tools" / "sizes.py"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sizes", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _function(name: str, body_lines: int, indent: str = "") -> str:
    body = "".join(f"{indent}    x{i} = {i}\n" for i in range(body_lines - 1))
    return f"{indent}def {name}() -> None:\n{body}"


def _tree(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    # 61 lines from `def` to the end of the body, after a decorator that does not count.
    (pkg / "long_function.py").write_text(
        "import functools\n\n\n@functools.cache\n"
        + _function("too_long", 61)
        + "\n\n"
        + _function("just_right", 60)
        + "\n\nclass Panel:\n"
        + _function("build", 61, indent="    "),
        encoding="utf-8",
    )
    (pkg / "sub" / "long_file.py").write_text("x = 1\n" * 601, encoding="utf-8")
    (pkg / "kept.py").write_text("y = 2\n" * 700, encoding="utf-8")
    (pkg / "short.py").write_text("z = 3\n" * 600, encoding="utf-8")


def test_long_functions_and_a_long_file_are_each_reported_on_one_line(tmp_path: Path) -> None:
    _tree(tmp_path)
    allowed = {"pkg/kept.py": "kept whole on purpose"}
    problems = _tool().check(tmp_path, roots=("pkg",), allowed=allowed)
    assert sorted(problems) == [
        "pkg/long_function.py:131 Panel.build 61 lines",
        "pkg/long_function.py:5 too_long 61 lines",
        "pkg/sub/long_file.py:1 pkg/sub/long_file.py 601 lines",
    ]


def test_an_allowed_method_is_not_reported_and_an_unneeded_entry_is(tmp_path: Path) -> None:
    _tree(tmp_path)
    allowed = {
        "pkg/kept.py": "kept whole on purpose",
        "pkg/long_function.py::Panel.build": "declarative widget construction",
        "pkg/long_function.py::too_long": "too long for now",
        "pkg/short.py": "was long once",
    }
    problems = _tool().check(tmp_path, roots=("pkg",), allowed=allowed)
    assert problems == [
        "pkg/sub/long_file.py:1 pkg/sub/long_file.py 601 lines",
        "tools/sizes.py: pkg/short.py is within the limits now; remove it from ALLOWED",
    ]


def test_the_project_itself_is_within_the_limits() -> None:
    tool = _tool()
    assert tool.check(tool.ROOT) == []
