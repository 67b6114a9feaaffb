"""Import a briefing note: the document a facilitator receives before a session.

A briefing is written by a person, in plain text or Markdown, and no two look
quite alike. The shape this module expects (see
``tests/unit/data/briefings/city_adaptation.txt``) is::

    <event>
    <venue>, <dates>

    Breakout Session "<title>"

    Background
    <paragraphs>

    Points of Discussion:
    - <point>
    - <point>

    <closing paragraphs>

Parsing works in four steps, each a small function in this package's modules:

1. Normalise the text: one kind of line ending, no byte order mark, NFC
   Unicode, no control characters, horizontal rules turned into blank lines.
2. Find the discussion-points heading and read the list under it. This is the
   only part that must succeed: without points there is no agenda, so a
   briefing without them raises :class:`BreakoutError`.
3. Split what comes before the points into the header (title, event, venue,
   dates) and the background, at a "Background" heading when there is one or
   at the first paragraph of prose when there is not.
4. Classify the header lines and tidy every field: Markdown stays in the
   background and is removed everywhere else.

Everything the parser cannot find is returned as an empty string.
"""

from breakout.briefing.model import MAX_POINT_CHARS, MAX_POINTS, Briefing
from breakout.briefing.reading import read_briefing
from breakout.briefing.sections import parse_briefing

__all__ = ["MAX_POINTS", "MAX_POINT_CHARS", "Briefing", "parse_briefing", "read_briefing"]
