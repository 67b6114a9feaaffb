"""What phones sent: ``session.inbox``.

A participant's phone (:mod:`breakout.phone`) may send a proposal or a
question for the current point. It never goes straight onto the room's screen
or into the record: it waits here until the facilitator or rapporteur accepts
it (it becomes a contribution of the point it was sent for, through the same
operation the console's capture uses, so a proposal is at once a candidate on
the board), edits its text, or dismisses it.

The sender chooses whether to be named. An unnamed item stores nobody — not
the sender, not their phone — so nothing can tie it back to a person later.
Under the Chatham House Rule a phone cannot ask to be named.

Sending is one transaction but not an undoable change: it is the phone's, not
the console's, and the console's undo must not take it away. Accepting,
editing and dismissing are ordinary operations, each exactly undoable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from breakout.capture import Capture
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError, refusal, refusal_n
from breakout.model import from_row
from breakout.session_core import SessionCore, _required

#: What a phone may send.
INBOX_KINDS = ("proposal", "question")
#: The longest text a phone may send, in characters: a paragraph, not an essay.
MAX_INBOX_TEXT = 2000


@dataclass(frozen=True)
class InboxItem:
    id: int
    point: int
    kind: str
    text: str
    participant: int | None  # only when the sender asked to be named
    state: str  # "waiting", "accepted" or "dismissed"
    contribution: int | None  # what accepting it made
    received_at: float


class Inbox:
    """``session.inbox``: proposals and questions from phones, on the shared core."""

    def __init__(self, core: SessionCore, capture: Capture) -> None:
        self._core = core
        self._capture = capture

    def items(self, state: str | None = "waiting") -> list[InboxItem]:
        """The inbox in the order items arrived; ``state=None`` for all of them."""
        if state is None:
            rows = self._core._all("SELECT * FROM inbox ORDER BY received_at, id")
        else:
            rows = self._core._all(
                "SELECT * FROM inbox WHERE state = ? ORDER BY received_at, id", (state,)
            )
        return [from_row(InboxItem, r) for r in rows]

    def item(self, item_id: int) -> InboxItem:
        row = self._core._one("SELECT * FROM inbox WHERE id = ?", (item_id,))
        if row is None:
            raise BreakoutError(f"inbox item {item_id} does not exist")
        return from_row(InboxItem, row)

    def send(
        self, text: str, *, kind: str = "proposal", participant_id: int | None = None
    ) -> Change[int]:
        """A phone's proposal or question for the current point; ``result`` is its id.

        ``participant_id`` is the sender, given only when they asked to be named.
        """
        values = self._checked(text, kind, participant_id)
        return self._core._run("Receive from a phone", lambda rec: int(rec.insert("inbox", values)))

    def send_together(
        self, sends: Sequence[tuple[str, str, int | None]]
    ) -> Change[list[int | BreakoutError]]:
        """Several phones' sends, each ``(text, kind, participant_id)``, in one transaction.

        Each is checked as :meth:`send` checks it; ``result`` holds, in order, each one's
        id or the refusal it met (a refused send changes nothing and takes nothing from
        the others). One transaction is one write to the disk however many phones sent:
        the console's own work waits behind fewer of them.
        """
        checked: list[dict[str, Any] | BreakoutError] = []
        for text, kind, participant_id in sends:
            try:
                checked.append(self._checked(text, kind, participant_id))
            except BreakoutError as exc:
                checked.append(exc)

        def body(rec: Recorder) -> list[int | BreakoutError]:
            return [
                each if isinstance(each, BreakoutError) else int(rec.insert("inbox", each))
                for each in checked
            ]

        refused: list[int | BreakoutError] = [e for e in checked if isinstance(e, BreakoutError)]
        if len(refused) == len(checked):  # nothing to write: no transaction at all
            return Change("Receive from phones", (), refused)
        return self._core._run("Receive from phones", body)

    def _checked(self, text: str, kind: str, participant_id: int | None) -> dict[str, Any]:
        """The row a send would add, or the refusal it meets."""
        if kind not in INBOX_KINDS:
            raise refusal(
                "a phone can send a proposal or a question, not %(kind)s", kind=repr(kind)
            )
        text = str(text).strip()
        if not text:
            raise refusal("a proposal or question cannot be empty")
        if len(text) > MAX_INBOX_TEXT:
            raise refusal_n(
                "the text is %(n)d character long; shorten it to %(most)d or fewer",
                "the text is %(n)d characters long; shorten it to %(most)d or fewer",
                len(text),
                most=MAX_INBOX_TEXT,
            )
        current = self._core.info().current_point
        if current is None:
            raise refusal("no point is under discussion yet; send it once a point starts")
        if participant_id is not None:
            self._core.participant(participant_id)
            if self._core.info().chatham_house:
                raise refusal(
                    "this session runs under the Chatham House Rule, so nothing sent is named;"
                    " send it without your name"
                )
        return {
            "point": current,
            "kind": kind,
            "text": text,
            "participant": participant_id,
            "received_at": self._core.clock(),
        }

    def edit(self, item_id: int, text: str) -> Change[bool]:
        """Correct a waiting item's text before accepting it."""
        self._waiting(item_id)
        cleaned = _required(text, "a proposal or question")
        return self._core._run(
            "Edit inbox item", lambda rec: rec.update("inbox", item_id, {"text": cleaned})
        )

    def dismiss(self, item_id: int) -> Change[bool]:
        self._waiting(item_id)
        return self._core._run(
            "Dismiss inbox item", lambda rec: rec.update("inbox", item_id, {"state": "dismissed"})
        )

    def accept(self, item_id: int, *, named: bool = True) -> Change[int]:
        """Make a waiting item a contribution of its point; ``result`` is the contribution.

        It is attributed to the sender when they asked to be named, ``named`` is
        left true, and the session's rule allows it (never under Chatham House).
        """
        item = self._waiting(item_id)
        chatham = self._core.info().chatham_house
        who = item.participant if named and not chatham else None
        now = self._core.clock()
        values = {"point": item.point, "participant": who, "kind": item.kind, "text": item.text}

        def body(rec: Recorder) -> int:
            made = self._capture._insert(rec, values, False, now)
            rec.update("inbox", item_id, {"state": "accepted", "contribution": made})
            return made

        return self._core._run("Accept inbox item", body)

    def _waiting(self, item_id: int) -> InboxItem:
        item = self.item(item_id)
        if item.state != "waiting":
            raise BreakoutError(f"this item has already been {item.state}")
        return item
