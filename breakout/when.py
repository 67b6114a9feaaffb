"""When the breakout ran, in the time zone of the room.

A session may name its time zone (an IANA name such as ``Europe/Lisbon``);
every time a report prints is then given in that zone, labelled with it, so
a report exported on a laptop still set to its home zone says when the
breakout really took place. Without a named zone, times follow the
exporting machine's zone, and are labelled with its UTC offset so a reader
can tell.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from breakout.errors import BreakoutError


def check_time_zone(name: str) -> str:
    """``name`` stripped, if it is "" or a time zone this machine knows; else one sentence."""
    name = name.strip()
    if name:
        zone_of(name)
    return name


def zone_of(name: str) -> dt.tzinfo:
    """The zone named ``name``, or the machine's own zone for ""."""
    if not name:
        local = dt.datetime.now().astimezone().tzinfo
        assert local is not None
        return local
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BreakoutError(
            f"'{name}' is not a time zone this computer knows; "
            "use a name such as Europe/Lisbon, America/New_York or UTC"
        ) from None


def check_start(value: object) -> float | None:
    """A start time as Unix seconds, or None; anything else is refused in one sentence."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BreakoutError("the breakout's start must be a time (Unix seconds) or left empty")
    return float(value)


def local_time(seconds: float, zone_name: str) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, zone_of(zone_name))


def zone_label(moment: dt.datetime, zone_name: str) -> str:
    """How a time's zone is named in a report: "Europe/Lisbon, UTC+01:00" or "UTC+01:00"."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    utc = f"UTC{sign}{hours:02d}:{mins:02d}"
    return f"{zone_name}, {utc}" if zone_name and zone_name != "UTC" else utc


def span_text(start: float, end: float | None, zone_name: str) -> str:
    """ "Tuesday 8 October 2025, 14:00–15:30 (Europe/Lisbon, UTC+01:00)"."""
    first = local_time(start, zone_name)
    day = f"{first:%A} {first.day} {first:%B %Y}"
    text = f"{day}, {first:%H:%M}"
    if end is not None and end > start:
        last = local_time(end, zone_name)
        same_day = last.date() == first.date()
        later = f" – {last:%A} {last.day} {last:%B %Y}, {last:%H:%M}"
        text += f"–{last:%H:%M}" if same_day else later
    return f"{text} ({zone_label(first, zone_name)})"
