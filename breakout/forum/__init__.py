"""A forum of breakouts: several session files combined into one forum file.

:func:`~breakout.forum.combine.combine` reads session files (never changing them) into a forum file
(:mod:`breakout.forum.file`); :func:`~breakout.forum.grouping.suggest_themes` groups the
recommendations of every room with the board's grouping, and
:class:`~breakout.forum.themes.Themes` lets organisers accept, move, merge,
name and word the themes, undoably. :mod:`breakout.forum.report` writes the
forum's outcome document; :mod:`breakout.forum.commands` the command line.
Nothing is imported here, so the command line starts fast.
"""
