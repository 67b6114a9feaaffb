"""The outcome report as a Word document (.docx), for a secretariat that edits in Word.

Written with python-docx from the same :class:`ReportContent` as the PDF and
the Markdown, so it names exactly whom they name (nobody, when anonymous or
under the Chatham House Rule). Everything is what Word itself would make:

* the title in Word's "Title" style, sections in "Heading 1", points and
  recommendations in "Heading 2" (below them "Heading 3"), so the navigation
  pane and an inserted table of contents find them;
* lists in "List Bullet" and "List Number" (each numbered list of the
  briefing starts again at its own first number);
* tables in "Table Grid" with fixed column widths that fit an A4 page, their
  header row marked to repeat on every page;
* the document's properties: title, subject, author ("" when anonymous) and
  language.

Arabic paragraphs read right to left and Chinese runs carry their language
(see :mod:`breakout.report.docx_word`). The briefing's background is the
Markdown of :func:`breakout.report.markdown_text.blocks`, as headings,
paragraphs, lists, bold and italic.

Sections are written in the content's order by the function :data:`WRITERS`
holds under the section's name; a section without one is written plainly from
its data by :func:`_generic` (its title, then its text), so a new section is
never lost, only less well laid out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from breakout.report.docx_word import BODY_CM, LANGUAGE, Span, Text, Word
from breakout.report.markdown_text import Block, blocks
from breakout.report.model import (
    SECTION_TITLES,
    Participation,
    PointNarrative,
    RankedItem,
    ReportContent,
    duration,
)
from breakout.report.wording import (
    appendix_intro,
    blocked_by,
    by_dimension,
    drew_words,
    kind_word,
    participation_headers,
    participation_intro,
    point_words,
)
from breakout.words import N_, Words

if TYPE_CHECKING:
    from docx.document import Document

# -- the document ------------------------------------------------------------------------------


def docx_bytes(content: ReportContent) -> bytes:
    """The report as the bytes of a .docx file (the sections the content holds)."""
    word = Word(right_to_left=content.words.right_to_left)
    _properties(word.doc, content)
    word.heading(content.title, 0)
    if content.outcome is None and content.anonymous:
        word.para(
            [(content.words.gettext("Anonymous report: it names no one."), "italic")], "Quote"
        )
    for name in content.sections:
        value = getattr(content, name, None)
        if value is None:
            continue
        writer = WRITERS.get(name)
        if writer is None:
            _generic(word, name, value, content.words)
        else:
            writer(word, content)
    return word.save()


def _properties(doc: Document, content: ReportContent) -> None:
    props = doc.core_properties
    props.title = content.title
    props.subject = content.subject
    props.author = content.author
    props.last_modified_by = content.author
    props.language = LANGUAGE if content.language == "en" else content.language.replace("_", "-")
    props.comments = ""
    props.keywords = content.words.gettext("outcome report")
    props.category = content.words.gettext("Outcome report")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = now
    props.revision = 1
    # python-docx's template carries a picture of a blank page, which file
    # browsers would show as this document's preview: leave it out.
    from docx.opc.constants import RELATIONSHIP_TYPE

    rels = doc.part.package.rels
    for key in [k for k, rel in rels.items() if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL]:
        rels.pop(key)


def _outcome(word: Word, content: ReportContent) -> None:
    """Page 1: the session, who took part, key messages and the top recommendations."""
    page = content.outcome
    assert page is not None
    t = content.words
    if page.event:
        word.para(page.event, "Subtitle")
    where = " · ".join(x for x in (page.venue, page.dates) if x)
    if where:
        word.para([(where, "bold")])
    people = [
        (label, value)
        for label, value in (
            (t.gettext("When"), page.when),
            (t.gettext("Facilitator"), page.facilitator),
            (t.gettext("Rapporteur"), page.rapporteur),
        )
        if value
    ]
    if page.notice:
        word.para(page.notice, "Intense Quote")
    written = (t.gettext("Document written"), page.generated)
    word.facts([*people, *((f.label, f.value) for f in page.participation), written])
    word.heading(t.gettext("Key messages"), 2)
    if page.key_messages:
        word.bullets(page.key_messages)
    else:
        word.note(page.key_messages_note)
    word.heading(t.gettext("Top recommendations"), 2)
    word.note(page.top_note)
    if page.top:
        word.numbered(
            [
                [(item.title, "bold"), *([(f" — {item.result}", "muted")] if item.result else [])]
                for item in page.top
            ],
            page.top[0].rank or 1,
        )
    if page.addressees:
        word.para([(t.gettext("Addressed to:") + " ", "bold"), (page.addressees, "regular")])
    word.next_on_new_page()


def _text_section(name: str, empty: str) -> Callable[[Word, ReportContent], None]:
    """A section that is Markdown someone wrote (the briefing's background, the next steps)."""

    def write(word: Word, content: ReportContent) -> None:
        text = getattr(content, name)
        word.heading(content.words.gettext(SECTION_TITLES[name]), 1)
        if text and text.strip():
            _markdown(word, text)
        else:
            word.note(content.words.gettext(empty))

    return write


def _markdown(word: Word, text: str) -> None:
    """The briefing's Markdown: its headings one level below the section's, lists as lists."""
    found = blocks(text)
    at = 0
    while at < len(found):
        block = found[at]
        if block.kind == "item" and block.marker[:1].isdigit():
            run = _numbered_run(found, at)
            word.numbered([b.spans for b in run], int(block.marker.rstrip(".)") or 1))
            at += len(run)
            continue
        style = {"item": "List Bullet", "heading": "Heading 2", "quote": "Quote"}
        word.para(block.spans, style.get(block.kind))
        at += 1


def _numbered_run(found: Sequence[Block], at: int) -> list[Block]:
    """The numbered items from ``at`` on that belong to one list (numbers rising by one)."""
    run = [found[at]]
    for block in found[at + 1 :]:
        number = block.marker.rstrip(".)")
        if block.kind != "item" or not number.isdigit():
            break
        previous = run[-1].marker.rstrip(".)")
        if int(number) != int(previous) + 1:
            break
        run.append(block)
    return run


def _agenda(word: Word, content: ReportContent) -> None:
    agenda = content.agenda
    assert agenda is not None
    t = content.words
    word.heading(t.gettext(SECTION_TITLES["agenda"]), 1)
    if not agenda.rows:
        word.note(t.gettext("The agenda is empty."))
        return
    rows: list[list[Text]] = [
        [str(r.number), r.text, r.planned, r.used(t), r.difference(t), str(r.contributions)]
        for r in agenda.rows
    ]
    total = str(sum(r.contributions for r in agenda.rows))
    total_row: list[Text] = ["", [(t.gettext("Total"), "bold")], agenda.planned, agenda.used]
    rows.append([*total_row, agenda.difference(t), total])
    header = ["#", t.gettext("Point"), t.gettext("Planned"), t.gettext("Used"), "+/–"]
    header.append(t.gettext("Contributions"))
    word.table(header, rows, [0.9, 7.5, 2.0, 2.0, 1.7, 2.9])
    word.note(t.gettext("Times are minutes:seconds of running clock for each point."))


def _recommendations(word: Word, content: ReportContent) -> None:
    recs = content.recommendations
    assert recs is not None
    t = content.words
    word.heading(t.gettext(SECTION_TITLES["recommendations"]), 1)
    if recs.addressees:
        word.para([(t.gettext("Addressed to:") + " ", "bold"), (recs.addressees, "regular")])
    _earlier_rounds(word, content)
    if recs.voting is not None:
        word.facts(recs.voting.facts(t))
        word.note(recs.voting.explanation)
    word.para(recs.note, keep=True)
    if not recs.ranked and not recs.others and not recs.eliminated:
        word.note(t.gettext("No recommendations were recorded."))
    if recs.ranked:
        rows_: list[list[Text]] = [
            [str(i.rank) if i.rank is not None else "", i.title, i.result] for i in recs.ranked
        ]
        header = [t.gettext("Rank"), t.gettext("Recommendation"), t.gettext("Result")]
        word.table(header, rows_, [1.4, 10.6, 5.0])
    for item in recs.ranked:
        _item(word, item, 2, t)
    if recs.ranked or recs.eliminated:
        others = t.gettext("Not put to the vote")
    else:
        others = t.gettext("Recommendations in board order")
    for title, items in (
        (t.gettext("Not carried to the final round"), recs.eliminated),
        (others, recs.others),
    ):
        if items:
            word.heading(title, 2)
            for item in items:
                _item(word, item, 3, t)


def _earlier_rounds(word: Word, content: ReportContent) -> None:
    recs = content.recommendations
    assert recs is not None
    if not recs.earlier:
        return
    t = content.words
    word.heading(t.gettext("Earlier voting rounds"), 2)
    for rnd in recs.earlier:
        v = rnd.voting
        word.heading(v.title or t.gettext("An earlier round"), 3)
        facts = (v.method, v.ballot, t.gettext("turnout {turnout}").format(turnout=v.turnout))
        word.para(" · ".join(x for x in facts if x), keep=True)
        if rnd.note:
            word.note(rnd.note)
            continue
        rows: list[list[Text]] = [
            ["" if i.rank is None else str(i.rank), i.title, i.result] for i in rnd.ranked
        ]
        header = ["#", t.gettext("Recommendation"), t.gettext("Result")]
        word.table(header, rows, [1.0, 11.0, 5.0])


def _item(word: Word, item: RankedItem, level: int, t: Words) -> None:
    prefix = f"{item.rank}. " if item.rank is not None else ""
    word.heading(prefix + item.title, level)
    if item.result:
        word.para([(t.gettext("Result:") + " ", "bold"), (item.result, "regular")], keep=True)
    if item.wording and item.wording != item.title:
        word.para(item.wording, keep=True)
    if item.blocks:
        word.para([(blocked_by(item.blocks, t), "bold")], keep=True)
    if item.support:
        rows: list[list[Text]] = [[g.group, g.text] for g in item.support]
        word.table([t.gettext("Stakeholder group"), t.gettext("Support")], rows, [8.0, 9.0])
    if item.support_note:
        word.note(item.support_note)
    if item.proposals:
        word.para(t.gettext("Proposals behind it:"), keep=True)
        lines: list[Text] = []
        for prop in item.proposals:
            tail = ", ".join(x for x in (prop.speaker, point_words(prop.point_number, t)) if x)
            lines.append([(prop.text, "regular"), *([(f" — {tail}", "muted")] if tail else [])])
        word.bullets(lines)


def _spoken(text: str, speaker: str, affiliation: str) -> list[Span]:
    """A contribution's text, then who said it (when they may be named)."""
    who = ", ".join(x for x in (speaker, affiliation) if x)
    return [(text, "regular"), *([(f" — {who}", "muted")] if who else [])]


def _points(word: Word, content: ReportContent) -> None:
    assert content.points is not None
    t = content.words
    word.heading(t.gettext(SECTION_TITLES["points"]), 1)
    if not content.points:
        word.note(t.gettext("The agenda is empty."))
    for point in content.points:
        _point(word, point, "appendix" in content.sections, t)


def _point(word: Word, point: PointNarrative, with_appendix: bool, t: Words) -> None:
    word.heading(f"{point.number}. {point.text}", 2)
    if point.notes:  # only when a named report was asked to include them
        word.note(t.gettext("Facilitator's notes: {notes}").format(notes=point.notes))
    if point.key_messages:
        word.heading(t.gettext("Key messages"), 3)
        word.bullets(point.key_messages)
    if point.summary:
        _markdown(word, point.summary)
    if not point.key_messages and not point.summary:
        word.note(t.gettext("The rapporteur has not written about this point."))
    word.note(drew_words(t, point.number, point.contributions, point.kinds, with_appendix))


def _participation(word: Word, content: ReportContent) -> None:
    parts = content.participation
    assert parts is not None
    t = content.words
    word.heading(t.gettext(SECTION_TITLES["participation"]), 1)
    if not parts or not parts[0].total_turns:
        word.note(t.gettext("No speaking turns were recorded."))
    elif parts:
        word.para(participation_intro(parts[0], t))
    for part in parts:
        word.heading(by_dimension(part, t), 2)
        _participation_table(word, part, t)
        if part.note:
            word.note(part.note)
        word.bullets(part.nudges)


def _participation_table(word: Word, part: Participation, t: Words) -> None:
    from breakout.balance import percent

    header = list(participation_headers(part, t))
    rows: list[list[Text]] = [
        [
            r.group,
            str(r.present),
            str(r.turns),
            duration(r.seconds),
            f"{percent(r.time_share)}%",
            f"{percent(r.turn_share)}%",
            f"{percent(r.presence_share)}%",
        ]
        for r in part.rows
    ]
    word.table(header, rows, [5.0, 2.0, 2.0, 2.2, 1.9, 1.9, 2.0])


def _participants(word: Word, content: ReportContent) -> None:
    people = content.participants
    assert people is not None
    if content.anonymous:
        return  # nobody is named; the cover says so
    t = content.words
    word.heading(t.gettext(SECTION_TITLES["participants"]), 1)
    word.para(people.note, keep=True)
    if people.rows:
        rows: list[list[Text]] = [
            [[(p.name, "bold")], p.organisation, p.stakeholder_group, p.region] for p in people.rows
        ]
        header = [
            t.gettext("Name"),
            t.gettext("Organisation"),
            t.gettext("Stakeholder group"),
            t.gettext("Region"),
        ]
        word.table(header, rows, [4.5, 5.5, 3.5, 3.5])


def _appendix(word: Word, content: ReportContent) -> None:
    lines = content.appendix
    assert lines is not None
    t = content.words
    word.heading(t.gettext(SECTION_TITLES["appendix"]), 1)
    if not lines:
        word.note(t.gettext("No contributions were captured."))
        return
    # An anonymous report carries no time finer than the point: no Time column.
    timed = any(line.time for line in lines)
    word.para(appendix_intro(content, timed), keep=True)
    header = ["#", *([t.gettext("Time")] if timed else []), t.gettext("Point")]
    header += [t.gettext("Kind"), t.gettext("Contribution")]
    widths = [1.1, *([1.4] if timed else []), 1.4, 2.2]
    widths.append(BODY_CM - sum(widths))
    rows: list[list[Text]] = [
        [
            str(x.number),
            *([x.time] if timed else []),
            str(x.point_number),
            kind_word(x.kind, t),
            _spoken(x.text, x.speaker, x.affiliation),
        ]
        for x in lines
    ]
    word.table(header, rows, widths)


def _disclaimer(word: Word, content: ReportContent) -> None:
    word.heading(content.words.gettext(SECTION_TITLES["disclaimer"]), 1)
    for text in content.disclaimer or ():
        word.para(text)


def _generic(word: Word, name: str, value: Any, t: Words) -> None:
    """A section no writer knows yet: its title, then every text it holds, in order."""
    known = name in SECTION_TITLES
    word.heading(
        t.gettext(SECTION_TITLES[name]) if known else name.replace("_", " ").capitalize(), 1
    )
    for text in _texts(value):
        word.para(text)


def _texts(value: Any) -> Iterable[str]:
    """The non-empty strings inside a section's data, in field order (extras left out)."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name != "extra":
                yield from _texts(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for element in value:
            yield from _texts(element)


#: The writer of each section, by the section's name in :data:`SECTION_TITLES`.
WRITERS: dict[str, Callable[[Word, ReportContent], None]] = {
    "outcome": _outcome,
    "background": _text_section("background", N_("The briefing gives no background.")),
    "points": _points,
    "recommendations": _recommendations,
    "next_steps": _text_section("next_steps", N_("The rapporteur has not written next steps.")),
    "agenda": _agenda,
    "participation": _participation,
    "participants": _participants,
    "appendix": _appendix,
    "disclaimer": _disclaimer,
}
