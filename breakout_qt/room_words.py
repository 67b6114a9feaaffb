"""The room's screen's sentences, in the room's language or in two at once.

The engine says the same things in English (:mod:`breakout.room`, :mod:`breakout.clock`);
the room's screen composes them here from the view's numbers instead, through the room's
catalogue, so that "Point 3 of 6" reads "Point 3 sur 6" in a French room and each line shows
in both languages when the room asks for two (:func:`lines`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from breakout.clock import countdown_seconds
from breakout.room import RoomView
from breakout_qt.i18n import Catalogue, RoomWords, fill

# Unicode's isolates: a line in the other direction from the screen's keeps its own order
# ("10 min left" under an Arabic line would otherwise read "min left 10").
_ISOLATE = {Qt.LayoutDirection.LeftToRight: "\u2066", Qt.LayoutDirection.RightToLeft: "\u2067"}
_POP = "\u2069"


def lines(words: RoomWords, say: Callable[[Catalogue], str]) -> str:
    """One sentence in each of the room's languages, a line each (the empty ones left out)."""
    said = []
    for catalogue in words.each():
        text = say(catalogue)
        if text and catalogue.direction != words.direction:
            text = f"{_ISOLATE[catalogue.direction]}{text}{_POP}"
        said.append(text)
    return "\n".join(text for text in said if text)


def point_words(words: Catalogue, view: RoomView) -> str:
    """ "Point 3 of 6"; "" before any point has started."""
    if view.point_number is None:
        return ""
    return fill(words.translate("Room", "Point %1 of %2"), view.point_number, view.point_count)


def span_words(words: Catalogue, seconds: int) -> str:
    """ "45 s", "1 min 30 s", "2 min" (from two minutes on, whole minutes, as the digits)."""
    if seconds < 60:
        return words.tr("%n s", None, seconds)
    if seconds < 120 and seconds != 60:
        rest = words.tr("%n s", None, seconds - 60)
        return fill(words.translate("Room", "1 min %1"), rest)
    return words.tr("%n min", None, seconds // 60)


def time_words(words: Catalogue, view: RoomView) -> str:
    """ "4 min left", "Time's up", "Over by 2 min", "Point closed", "… · paused"."""
    if not view.started:
        return ""
    if view.ended:
        return words.translate("Room", "Point closed")
    seconds = countdown_seconds(view.remaining_seconds)
    if seconds > 0:
        text = fill(words.translate("Room", "%1 left"), span_words(words, seconds))
    elif seconds == 0:
        text = words.translate("Room", "Time's up")
    else:
        text = fill(words.translate("Room", "Over by %1"), span_words(words, -seconds))
    return text if view.running else fill(words.translate("Room", "%1 · paused"), text)


def speaker_name(words: Catalogue, shown: str, unnamed: bool, place: int | None) -> str:
    """A speaker's name as the engine shows it, or, for one shown by their place in the
    queue (anonymous rooms, and whoever did not agree to be named), "Speaker 2" in the
    room's language ("Speaker" for the one speaking)."""
    if not unnamed:
        return shown
    if place is None:
        return words.translate("Room", "Speaker")
    return fill(words.translate("Room", "Speaker %1"), place)


def speaking_words(words: Catalogue, view: RoomView) -> str:
    if not view.current_speaker:
        return ""
    name = speaker_name(words, view.current_speaker, view.current_unnamed, None)
    return fill(words.translate("Room", "Speaking: %1"), name)


def queue_words(words: Catalogue, view: RoomView) -> str:
    """ "Next: Ana Lima · Ben Osei  (+2 more)", or "Raise your hand to speak"."""
    if not view.next_speakers:
        return words.translate("Room", "Raise your hand to speak")
    unnamed = view.next_unnamed or (view.anonymous,) * len(view.next_speakers)
    names = " · ".join(
        speaker_name(words, name, hidden, place)
        for place, (name, hidden) in enumerate(zip(view.next_speakers, unnamed, strict=True), 1)
    )
    text = fill(words.translate("Room", "Next: %1"), names)
    more = view.waiting_count - len(view.next_speakers)
    if more <= 0:
        return text
    others = words.tr("(+%n more)", None, more)
    return f"{text}  {others}"


def turnout_line(words: Catalogue, voted: int, present: int, state: str) -> str:
    """ "Voting: 12 of 38 have voted" — a count for the room, never who."""
    if state == "draft":
        return words.translate("Room", "Voting has not opened yet")
    if state == "closed":
        if present and voted <= present:
            return fill(words.tr("Voting has closed: %n of %1 voted", None, voted), present)
        return words.tr("Voting has closed: %n voted", None, voted)
    if present and voted <= present:
        return fill(words.tr("Voting: %n of %1 have voted", None, voted), present)
    return words.tr("Voting: %n have voted", None, voted)
