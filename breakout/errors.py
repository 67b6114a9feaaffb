"""The one exception type a user ever sees."""


class BreakoutError(Exception):
    """A problem the user can act on.

    The message is one sentence saying what is wrong and what to do; the
    command line prints it as ``breakout: error: <message>`` and the GUI shows
    it in a dialog. Raising it means nothing was changed.
    """
