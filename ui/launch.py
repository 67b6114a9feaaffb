"""The ``breakout`` console script: the engine's command line, with the app.

Only the GUI commands import Qt, so ``breakout show`` and friends start fast
and work on a machine without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from breakout.cli import main as cli_main


def open_gui(path: Path | None) -> int:
    from ui.app import run

    return run(path)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_gui=open_gui)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
