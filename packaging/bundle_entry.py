"""The bundled app's entry point: the ``breakout`` console script, frozen.

PyInstaller starts here (packaging/breakout.spec); the command line, the app
and every subcommand are the installed ``breakout`` command's.
"""

import sys

from breakout_qt.launch import main

if __name__ == "__main__":
    sys.exit(main())
