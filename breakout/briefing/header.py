"""The header above the background: title, event, venue and dates, labelled or not."""

from __future__ import annotations

import re
from dataclasses import dataclass

from breakout.briefing.lines import (
    _BULLET_RE,
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    _atx,
    _plain,
    _strip_quotes,
)

_TITLE_LEAD_IN_RE = re.compile(
    r"""^(?:
        (?:break[\s-]?out|parallel|thematic|working|round[\s-]?table)\s+
        (?:session|group|discussion|workshop)s?
      | session | workshop | breakout
    )
    (?:\s+(?:no\.?\s*)?(?:\d{1,2}|[a-z]|[ivx]{1,4})\b\.?)?      # an id: 3, B, IV, No. 2
    (?:\s*:|\s*[–—-](?=\s)|\s*(?=["'“‘„‚«‹])|\s*$)             # then ":", " – ", a quote or nothing
    \s*(?P<rest>.*)$""",
    re.VERBOSE | re.IGNORECASE,
)
""""Breakout Session “Title”", "Session 3: Title", "Parallel session B – Title"."""

_EVENT_LEAD_IN_RE = re.compile(
    r"^(?:an?\s+)?(?:break[\s-]?out\s+session|session|workshop)\s+"
    r"(?:at|of|during|held\s+at|organi[sz]ed\s+at)\s+(?:the\s+)?(?P<event>.+)$",
    re.IGNORECASE,
)
""""A breakout session at the Third Finance Dialogue": the event is what follows."""

_LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/-]{0,30}?)\s*:\s*(?P<value>.*)$")
_LABELS = {
    **dict.fromkeys(("event", "forum", "conference", "meeting", "summit"), "event"),
    **dict.fromkeys(("venue", "place", "location", "where", "city", "room"), "venue"),
    **dict.fromkeys(("date", "dates", "when", "time", "times", "date and time"), "dates"),
    **dict.fromkeys(
        ("title", "session", "session title", "breakout session", "breakout", "topic"), "title"
    ),
    **dict.fromkeys(
        (
            "venue and date",
            "venue and dates",
            "date and venue",
            "dates and venue",
            "place and date",
            "place and dates",
            "date and place",
            "dates and place",
            "location and date",
            "location and dates",
            "where and when",
        ),
        "venue and dates",
    ),
    **dict.fromkeys(
        (
            "moderator",
            "facilitator",
            "rapporteur",
            "chair",
            "co-chairs",
            "organiser",
            "organizer",
            "organised by",
            "organized by",
            "host",
            "hosted by",
            "language",
            "languages",
            "format",
            "duration",
            "contact",
            "prepared by",
            "speakers",
            "panellists",
            "panelists",
        ),
        "ignore",
    ),
}
"""Labels a header line may start with ("Venue: Geneva"), and the field each one fills."""

_EVENT_WORD_RE = re.compile(
    r"\b(?:forum|conference|congress|summit|meeting|dialogue|week|assembly|symposium|convention"
    r"|session|seminar|festival|expo)s?\b(?!\s+(?:centre|center|hall|hotel|palace|building))",
    re.IGNORECASE,
)
"""Words that name a gathering, used to tell an event from a place."""

_DOCUMENT_KIND_RE = re.compile(
    r"(?:draft\s+)?(?:(?:briefing|concept|background|information|session|guidance)\s+"
    r"(?:note|paper|document|brief)s?|draft|confidential|for\s+participants)",
    re.IGNORECASE,
)
"""Lines like "Concept note" or "DRAFT" that describe the document, not the session."""

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_YEAR = r"(?:19|20)\d{2}"
_NUMERIC_DATE = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_TIME = r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
_DATE_TOKEN = rf"(?:{_NUMERIC_DATE}|{_TIME}|{_WEEKDAY}|{_MONTH}|{_YEAR}|{_DAY})(?!\w)"
_DATE_SEPARATOR = r"(?:\s*[,/–—-]\s*|\s+(?:to|and|until|till|through)\s+|\s+)"
_DATE_SPAN_RE = re.compile(
    rf"(?<!\w)(?:(?:from|on)\s+)?{_DATE_TOKEN}(?:{_DATE_SEPARATOR}{_DATE_TOKEN})*",
    re.IGNORECASE,
)
"""A run of date words: "8-10 October, 2025", "Wednesday 3 March 2026, 14:00–15:30"."""
_MONTH_RE = re.compile(rf"(?<!\w){_MONTH}(?!\w)", re.IGNORECASE)
_NUMERIC_DATE_RE = re.compile(rf"(?<!\w)(?:{_NUMERIC_DATE})(?!\w)")
_DAY_OR_YEAR_RE = re.compile(rf"(?<![\w:.])(?:{_DAY}|{_YEAR})(?![\w:])", re.IGNORECASE)
_YEAR_RE = re.compile(rf"^{_YEAR}$")
_TIME_ONLY_RE = re.compile(rf"^(?:{_TIME})(?:{_DATE_SEPARATOR}(?:{_TIME}))*$", re.IGNORECASE)
_FIELD_SEPARATORS = " \t,;|·•–—-."


@dataclass
class _HeaderLine:
    """A header line with Markdown removed, where it was, and its heading level (0 if none)."""

    text: str
    index: int
    level: int


_MAX_HEADER_LINE = 300
"""Longer lines are prose, never a title, event, venue or date."""
_MAX_HEADER_LINES = 40
"""A header is a few lines; lines after this many are background."""


def _clean_header_lines(lines: list[str]) -> list[_HeaderLine]:
    """Strip heading marks, bullets and emphasis; drop blank, long and document-kind lines."""
    cleaned = []
    for index, line in enumerate(lines):
        atx = _atx(line)
        level, text = atx if atx else (0, line.strip())
        bullet = _BULLET_RE.match(text)
        text = _plain(bullet["text"] if bullet else text)
        if text and len(text) <= _MAX_HEADER_LINE and not _DOCUMENT_KIND_RE.fullmatch(text):
            cleaned.append(_HeaderLine(text, index, level))
    return cleaned


def _read_header(lines: list[str]) -> dict[str, str]:
    """Work out title, event, venue and dates from the header lines.

    Lines are recognised in this order: a title with a lead-in ("Breakout
    Session “…”", "Session 3: …"; a lead-in alone means the next line is the
    title), a labelled line ("Venue: …", "**Dates:** …"), a line with dates
    in it, whose other words are the venue ("Valparaíso, Chile, 8-10 October,
    2025"), and a line wholly in quotation marks (a title). The remaining
    lines are "free"; see :func:`_assign_free_lines`.
    """
    fields: dict[str, str] = {}
    free: list[_HeaderLine] = []
    date_index: int | None = None
    title_pending = False
    for line in _clean_header_lines(lines):
        lead_in = _TITLE_LEAD_IN_RE.match(line.text)
        label = _LABEL_RE.match(line.text)
        field = _LABELS.get(_label_key(label["label"])) if label else None
        if lead_in and "title" not in fields:
            title = _strip_quotes(lead_in["rest"])
            if title:
                fields["title"] = title
            title_pending = not title
        elif label and field:
            _fill_labelled(fields, field, label["value"].strip())
        elif _fill_dates(fields, line.text):
            date_index = line.index if date_index is None else date_index
        elif title_pending or (_is_quoted(line.text) and "title" not in fields):
            fields["title"] = _strip_quotes(line.text)
            title_pending = False
        else:
            free.append(line)
    _assign_free_lines(fields, free, date_index)
    return {name: value.strip() for name, value in fields.items()}


def _label_key(label: str) -> str:
    return " ".join(label.lower().replace("&", "and").split())


def _is_quoted(text: str) -> bool:
    return len(text) > 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES


def _append(fields: dict[str, str], name: str, value: str) -> None:
    """Set a field, or add to it after a comma when it is already set."""
    if value:
        fields[name] = f"{fields[name]}, {value}" if fields.get(name) else value


def _fill_labelled(fields: dict[str, str], field: str, value: str) -> None:
    """Store the value of a labelled header line ("Venue: Geneva")."""
    if field == "title":
        fields["title"] = _strip_quotes(value)
    elif field == "venue and dates":
        if not _fill_dates(fields, value):
            _append(fields, "venue", value)
    elif field != "ignore":
        _append(fields, field, value)


def _fill_dates(fields: dict[str, str], text: str) -> bool:
    """If ``text`` holds dates, store them (and any venue beside them) and return True.

    Dates count when a month name stands next to a day or a year, when the
    date is numeric (2025-10-08, 8/10/2025), or when a year stands alone at the
    end after a comma ("Geneva, 2025"). A line of times only ("14:00–15:30")
    counts when dates are already known. A bare "May" or "Forum 2025" does not.
    """
    for span in _DATE_SPAN_RE.finditer(text):
        value = span.group().strip()
        before = text[: span.start()]
        after = text[span.end() :].strip(_FIELD_SEPARATORS)
        if _is_date(value, before, after, have_dates="dates" in fields):
            _append(fields, "dates", value)
            venue = ", ".join(part for part in (before.strip(_FIELD_SEPARATORS), after) if part)
            if venue and not fields.get("venue"):
                fields["venue"] = venue
            return True
    return False


def _is_date(value: str, before: str, after: str, *, have_dates: bool) -> bool:
    """Whether a run of date words is really a date (see :func:`_fill_dates`)."""
    if _NUMERIC_DATE_RE.search(value):
        return True
    if _MONTH_RE.search(value) and _DAY_OR_YEAR_RE.search(_MONTH_RE.sub(" ", value)):
        return True
    alone = not before.strip() and not after
    if _YEAR_RE.match(value) and not after:
        return alone or before.rstrip()[-1:] in tuple(",;|·–—-")
    return have_dates and alone and bool(_TIME_ONLY_RE.match(value))


def _assign_free_lines(
    fields: dict[str, str], free: list[_HeaderLine], date_index: int | None
) -> None:
    """Fill title, event and venue from the lines nothing else claimed.

    Without an explicit title, a single level-1 Markdown heading is the title
    ("# Title"), otherwise the last free line is (the event and place come
    first in a briefing). The venue, if still unknown, is the free line next to
    the dates line, or the last of two or more free lines when there are no
    dates. Whatever is left is the event, joined with commas ("A breakout
    session at the X" gives "X"); when nothing is left, the event may share
    the venue's line (see :func:`_split_event_from_venue`).
    """
    free = list(free)
    if "title" not in fields and free:
        top = [line for line in free if line.level == 1]
        chosen = top[0] if len(top) == 1 else free[-1]
        fields["title"] = _strip_quotes(chosen.text)
        free.remove(chosen)
    if not fields.get("venue") and free:
        venue = _venue_line(free, date_index)
        if venue is not None:
            fields["venue"] = venue.text
            free.remove(venue)
    if not free and not fields.get("event"):
        _split_event_from_venue(fields)
    for line in free:
        if "event" in fields:
            _append(fields, "event", line.text)
        else:
            lead_in = _EVENT_LEAD_IN_RE.match(line.text)
            fields["event"] = lead_in["event"] if lead_in else line.text


def _split_event_from_venue(fields: dict[str, str]) -> None:
    """Take the event off the front of the venue when they share a line.

    "Third Africa Skills Forum, Nairobi, 5 Feb 2026" has no line for the event:
    the first comma-separated part is the event when it names a kind of
    gathering ("Forum", "Conference", "Summit", ...).
    """
    first, comma, rest = fields.get("venue", "").partition(",")
    if comma and rest.strip() and _EVENT_WORD_RE.search(first):
        fields["event"], fields["venue"] = first.strip(), rest.strip()


def _venue_line(free: list[_HeaderLine], date_index: int | None) -> _HeaderLine | None:
    """The free line holding the venue, or None (the first free line is the event)."""
    if date_index is not None:
        for line in free:
            if abs(line.index - date_index) == 1 and line is not free[0]:
                return line
        return None
    return free[-1] if len(free) >= 2 else None
