"""The forum's outcome document as plain blocks, which each format lays out.

In the outcome document's order: the forum's key messages (what recurs across
rooms) and its themes first, then a section per breakout (its page-1
outcome: key messages, top recommendations with their support, its points),
participation across the forum by stakeholder group, region and gender (small
cells merged, as an anonymous session report merges them), and annexes (the
breakouts combined and every recommendation with where it came from).

Everything here is read from the forum file, which holds only what each
session's own report could show (:mod:`breakout.forum.digest`).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from breakout.balance import DIMENSIONS, NOT_RECORDED
from breakout.forum import queries
from breakout.forum.themes import Theme, Themes
from breakout.redaction import WITHHELD, WITHHELD_ORGANISATION
from breakout.report.model import (
    MIN_GROUP,
    SMALLER_GROUPS,
    TOP_RECOMMENDATIONS,
    ParticipationRow,
    starts_right_to_left,
)
from breakout.report.wording import (
    DIMENSION_WORDS,
    WITHHELD_WORDS,
    _merge_small,
    shown_value,
)
from breakout.words import Words, words_for

#: The invisible left-to-right and right-to-left marks, by "is right to left".
_MARK = {False: "\u200e", True: "\u200f"}


@dataclass(frozen=True)
class Block:
    """One block: a heading (h1–h3), a paragraph (p), a note, bullets or a table."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # a table's rows, its header first
    new_page: bool = False  # a section that starts on a page of its own (PDF, Word)
    #: The report's fixed words around what people typed: laid out in the report's
    #: direction, not in that of the text's first letter (an Arabic theme's name with
    #: "(suggéré, pas encore accepté)" after it is still a French line).
    composed: bool = False


@dataclass
class Document:
    title: str
    subtitle: str
    language: str
    blocks: list[Block] = field(default_factory=list)

    def add(
        self,
        kind: str,
        text: str = "",
        *,
        items: tuple[str, ...] = (),
        rows: tuple[tuple[str, ...], ...] = (),
        new_page: bool = False,
        composed: bool = False,
    ) -> None:
        self.blocks.append(Block(kind, text, items, rows, new_page, composed))


def build_document(conn: sqlite3.Connection, language: str = "en") -> Document:
    """The forum's outcome document from an open forum file."""
    t = words_for(language)
    rooms = queries.rows(conn, "breakouts")
    title = queries.forum_title(conn) or _event(rooms)
    doc = Document(
        title=title or t.gettext("Forum of breakouts"),
        subtitle=t.ngettext(
            "Forum outcome report — %(n)d breakout", "Forum outcome report — %(n)d breakouts",
            len(rooms),
        ),
        language=language,
    )  # fmt: skip
    themes = Themes(conn).themes()
    _key_messages(doc, [str(r["text"]) for r in queries.rows(conn, "messages")], themes, t)
    _themes(doc, themes, t)
    for room in rooms:
        _breakout(doc, conn, room, t)
    _participation(doc, conn, t)
    _annexes(doc, conn, rooms, t)
    return _stand_ins_said(doc, t)


def _stand_ins_said(doc: Document, t: Words) -> Document:
    """The document with what stands in for a withheld name or organisation in its language:
    the forum file keeps the sessions' texts as their English reports redacted them."""
    said = [(WITHHELD, t.gettext(WITHHELD_WORDS[0])),
            (WITHHELD_ORGANISATION, t.gettext(WITHHELD_WORDS[1]))]  # fmt: skip
    if all(english == there for english, there in said):
        return doc

    def say(text: str) -> str:
        for english, there in said:
            text = text.replace(english, there)
        return text

    doc.title = say(doc.title)
    doc.blocks = [
        dataclasses.replace(
            b,
            text=say(b.text),
            items=tuple(say(x) for x in b.items),
            rows=tuple(tuple(say(x) for x in row) for row in b.rows),
        )
        for b in doc.blocks
    ]
    return doc


def _typed(text: str, t: Words) -> str:
    """Right-to-left typed text among a left-to-right report's words, closed with invisible
    marks of its direction and the report's, so that a number after it stays on the
    report's side ("4. إنشاء صندوق — 2 approbations", not "4. 2 — إنشاء صندوق approbations").

    (Not the other way round: the PDF's line-setting orders a word by its lowest level,
    so marks glued to a left-to-right word in an Arabic report would move that word.)
    """
    if t.right_to_left or not starts_right_to_left(text):
        return text
    return text + _MARK[True] + _MARK[False]


def _event(rooms: list[sqlite3.Row]) -> str:
    events = [str(r["event"]) for r in rooms if r["event"]]
    return max(set(events), key=events.count) if events else ""


def _key_messages(doc: Document, own: list[str], themes: list[Theme], t: Words) -> None:
    """The organisers' own key messages first, then the accepted themes several rooms share."""
    doc.add("h1", t.gettext("Key messages"))
    shared = [theme for theme in themes if len(theme.breakouts) > 1 and not theme.suggested]
    if not shared and not own:
        doc.add("note", t.gettext("No theme that several breakouts share has been accepted yet."))
        return
    if own:
        doc.add("bullets", items=tuple(own))
    items = []
    for theme in shared:
        rooms = t.ngettext("(%(n)d breakout)", "(%(n)d breakouts)", len(theme.breakouts))
        items.append(f"{_typed(theme.wording or theme.label, t)} {rooms}")
    if items:
        doc.add("bullets", items=tuple(items), composed=True)


def _themes(doc: Document, themes: list[Theme], t: Words) -> None:
    doc.add("h1", t.gettext("Themes across breakouts"))
    if not themes:
        doc.add("note", t.gettext("No themes yet: suggest them, then accept or edit them."))
        return
    head = (t.gettext("Breakout"), t.gettext("Point"), t.gettext("Recommendation"),
            t.gettext("Support"))  # fmt: skip
    for theme in themes:
        label = theme.label
        if theme.suggested:
            label = _typed(label, t) + " " + t.gettext("(suggested, not yet accepted)")
        doc.add("h2", label, composed=theme.suggested)
        if theme.wording:
            doc.add("p", theme.wording)
        rows = [
            (
                r.breakout,
                str(r.point) if r.point is not None else "—",
                r.title,
                r.support(t.code) or "—",
            )
            for r in theme.rooms
        ]
        doc.add("table", rows=(head, *rows))


def _breakout(doc: Document, conn: sqlite3.Connection, room: sqlite3.Row, t: Words) -> None:
    doc.add("h1", str(room["title"]), new_page=True)
    facts = [x for x in (room["event"], room["venue"], room["dates"]) if x]
    if facts:
        doc.add("p", " — ".join(facts))
    staff = []
    if room["facilitator"]:
        staff.append(t.gettext("Facilitator:") + " " + _typed(room["facilitator"], t))
    if room["rapporteur"]:
        staff.append(t.gettext("Rapporteur:") + " " + _typed(room["rapporteur"], t))
    if staff:
        doc.add("p", "; ".join(staff), composed=True)
    if room["chatham_house"]:
        doc.add("note", t.gettext("Held under the Chatham House Rule: it names no one."))
    messages = tuple(line for line in str(room["key_messages"]).splitlines() if line.strip())
    doc.add("h2", t.gettext("Key messages"))
    if messages:
        doc.add("bullets", items=messages)
    else:
        doc.add("note", t.gettext("The rapporteur wrote no key messages."))
    _top(doc, conn, room, t)
    _points(doc, conn, room, t)


def _top(doc: Document, conn: sqlite3.Connection, room: sqlite3.Row, t: Words) -> None:
    doc.add("h2", t.gettext("Top recommendations"))
    ranked = queries.rows(conn, "top", room["id"], TOP_RECOMMENDATIONS)
    if not ranked:
        doc.add("note", t.gettext("No voting round was closed in this breakout."))
        return
    doc.add(
        "bullets",
        items=tuple(
            f"{r['rank']}. {_typed(r['title'], t)} — {queries.support(r, t.code)}" for r in ranked
        ),
        composed=True,
    )
    method, turnout = json.loads(room["voting"]).get(t.code, (room["final_round"], room["turnout"]))
    # Translators: a breakout's last round, e.g. "…: Approval: …; turnout 19 of 20 (95%)."
    said = t.gettext("Final round: {method}; turnout {turnout}.")
    doc.add("note", said.format(method=method, turnout=turnout), composed=True)


def _points(doc: Document, conn: sqlite3.Connection, room: sqlite3.Row, t: Words) -> None:
    for point in queries.rows(conn, "points", room["id"]):
        number = t.gettext("Point %(number)s:") % {"number": point["number"]}
        doc.add("h3", f"{number} {_typed(point['text'], t)}", composed=True)
        messages = tuple(x for x in str(point["key_messages"]).splitlines() if x.strip())
        if messages:
            doc.add("bullets", items=messages)
        if point["summary"]:
            doc.add("p", str(point["summary"]))


def _participation(doc: Document, conn: sqlite3.Connection, t: Words) -> None:
    doc.add("h1", t.gettext("Participation across the forum"), new_page=True)
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in queries.rows(conn, "participation"):
        totals[row["dimension"]][row["grp"]] += int(row["people"])
    if not totals:
        doc.add("note", t.gettext("No breakout recorded who took part."))
        return
    for dimension in DIMENSIONS:
        groups = totals.get(dimension, {})
        rows = [
            ParticipationRow(_group(dimension, g, t), n, 0, 0.0, 0.0, 0.0, 0.0)
            for g, n in sorted(
                groups.items(), key=lambda kv: (kv[0] == NOT_RECORDED, -kv[1], kv[0])
            )
        ]
        rows, merged = _merge_small(rows, t)
        doc.add("h2", t.gettext(DIMENSION_WORDS[dimension]))
        head = (t.gettext(DIMENSION_WORDS[dimension]), t.gettext("People"))
        doc.add("table", rows=(head, *((r.group, str(r.present)) for r in rows)))
        if merged:
            doc.add("note", _merged_note(t, merged))
    doc.add(
        "note",
        t.gettext(
            "Counts of people, added up over the breakouts; groups of fewer than %(min)d "
            "people are put together."
        )
        % {"min": MIN_GROUP},
    )


def _merged_note(t: Words, merged: int) -> str:
    """Why small groups are put together: a forum keeps counts of people, no speaking time."""
    return t.ngettext(
        "“%(smaller)s” puts together %(n)d group of fewer than %(min)d people, "
        "so that no one can be picked out by the group they belong to.",
        "“%(smaller)s” puts together %(n)d groups of fewer than %(min)d people, "
        "so that no one can be picked out by the group they belong to.",
        merged,
        smaller=t.gettext(SMALLER_GROUPS),
        min=MIN_GROUP,
    )


def _group(dimension: str, group: str, t: Words) -> str:
    return t.gettext(group) if group == NOT_RECORDED else shown_value(dimension, group, t)


def _annexes(doc: Document, conn: sqlite3.Connection, rooms: list[sqlite3.Row], t: Words) -> None:
    doc.add("h1", t.gettext("Annex: the breakouts combined"), new_page=True)
    head = (t.gettext("Breakout"), t.gettext("File"), t.gettext("Language"), t.gettext("Rule"))
    rows = [
        (
            str(r["title"]),
            str(r["source"]),
            str(r["language"]) or "—",
            t.gettext("Chatham House Rule") if r["chatham_house"] else t.gettext("Named"),
        )
        for r in rooms
    ]
    doc.add("table", rows=(head, *rows))
    doc.add("h1", t.gettext("Annex: every recommendation"))
    columns = (t.gettext("Point"), t.gettext("Recommendation"), t.gettext("Support"))
    for room in rooms:
        doc.add("h2", str(room["title"]))
        recs = [
            (str(r["point"]) if r["point"] is not None else "—", str(r["title"]),
             queries.support(r, t.code) or "—")
            for r in queries.rows(conn, "recommendations", room["id"])
        ]  # fmt: skip
        doc.add("table", rows=(columns, *recs))
