"""``python -m breakout``: the command line without the app (no Qt needed)."""

import sys

from breakout.cli import main

sys.exit(main())
