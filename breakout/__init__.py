"""Breakout: the engine of an offline tool for running a live breakout session.

This package never imports Qt: everything here can be used from the command
line and tested without a screen. The Qt front end lives in ``breakout_qt``.
"""

__version__ = "0.1.0"
