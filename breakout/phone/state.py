"""What a phone may see, and the phone's two writes, as functions of the open session.

Each runs on the session owner's thread (:mod:`breakout.phone.owner`). The
state holds only what the room's screen shows (:func:`breakout.room.room_view`)
plus the open rounds' ballots and the results the facilitator has shown:
never a point's notes, a contribution, a name or a code.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from breakout import vote_words
from breakout.errors import BreakoutError
from breakout.model import Round
from breakout.phone.words import N_, Words
from breakout.room import room_view
from breakout.session import Session
from breakout.voting import agreement, approval, dots, majority, ranking

#: The agreement scale's levels, 0 to 5 (as :data:`breakout.voting.agreement.AGREEMENT_LEVELS`).
LEVELS = (
    N_("Block"),
    N_("Serious concerns"),
    N_("Concerns"),
    N_("Can live with it"),
    N_("Support"),
    N_("Full support"),
)


def clean_code(text: str) -> str:
    """A typed code compared as the card prints it: no spaces or dashes, upper case."""
    return "".join(ch for ch in text if ch.isalnum()).upper()


def participant_with_code(session: Session, code: str) -> int | None:
    """The participant whose card carries ``code``, or None."""
    wanted = clean_code(code)
    if not wanted:
        return None
    for person in session.people.participants():
        if person.voting_code and clean_code(person.voting_code) == wanted:
            return person.id
    return None


@dataclass(frozen=True)
class Snapshot:
    """What every phone in one language sees at one moment, and who has voted where.

    Taken once per change and shared by every phone (a room of phones costs
    one read per change, not one per phone); :meth:`for_phone` makes one
    phone's page of it.
    """

    public: dict[str, Any]
    voters: dict[int, frozenset[int]]  # open round -> participants who have voted
    taken: float  # the server's monotonic clock when it was taken

    def for_phone(self, participant: int, now: float) -> dict[str, Any]:
        page = dict(self.public)
        point = page["point"]
        if point is not None:
            gone = now - self.taken if point["running"] else 0.0
            point = {**point, "remaining": round(point["remaining"] - gone)}
        page["point"] = point
        page["rounds"] = [
            {**r, "voted": participant in self.voters.get(r["id"], frozenset())}
            for r in page["rounds"]
        ]
        return page


def snapshot(session: Session, shown: Collection[int], words: Words, taken: float) -> Snapshot:
    """The shared state of the session for phones (see :class:`Snapshot`)."""
    view = room_view(session)
    point = None
    if view.point_number is not None:
        point = {
            "number": view.point_number,
            "count": view.point_count,
            "question": view.question,
            "remaining": view.remaining_seconds,
            "running": view.running,
            "ended": view.ended,
        }
    rounds = [r for r in session.voting.rounds() if r.state == "open"]
    rounds.sort(key=lambda r: (r.opened_at or 0.0, r.id), reverse=True)
    public = {
        "title": view.session_title,
        "point": point,
        "chatham_house": session.info().chatham_house,
        "rounds": [_ballot(session, r, words) for r in rounds],
        "results": [_result(session, rid, words) for rid in sorted(shown) if _closed(session, rid)],
    }
    voters = {r.id: frozenset(session.voting.voters(r.id)) for r in rounds}
    return Snapshot(public, voters, taken)


def _closed(session: Session, round_id: int) -> bool:
    try:
        return session.voting.round(round_id).state == "closed"
    except BreakoutError:  # undone away meanwhile
        return False


def _ballot(session: Session, rnd: Round, words: Words) -> dict[str, Any]:
    settings = rnd.rules
    form: dict[str, Any] = {"kind": "unsupported"}
    if rnd.method == dots.NAME:
        form = {"kind": "count", "budget": settings["budget"], "cap": settings["per_item_cap"]}
    elif rnd.method == approval.NAME:
        form = {"kind": "check"}
    elif rnd.method == ranking.NAME:
        form = {"kind": "rank", "most": settings.get("max_ranked")}
    elif rnd.method == agreement.NAME:
        levels = [f"{n} {words.gettext(name)}" for n, name in enumerate(LEVELS)]
        form = {"kind": "scale", "levels": levels}
    elif rnd.method == majority.NAME:
        form = {"kind": "scale", "levels": [words.gettext(g) for g in vote_words.GRADES]}
    return {
        "id": rnd.id,
        "title": rnd.title or words.gettext("Vote"),
        "method": rnd.method,
        "method_title": vote_words.title(rnd.method, words),
        "instruction": vote_words.rules(rnd.method, settings, words),
        "secret": rnd.secret,
        "form": form,
        "items": [{"id": i.id, "label": i.label} for i in session.voting.round_items(rnd.id)],
    }


def _result(session: Session, round_id: int, words: Words) -> dict[str, Any]:
    from breakout.tally import tally_round

    rnd = session.voting.round(round_id)
    result = tally_round(session, round_id)
    return {
        "id": round_id,
        "title": rnd.title or words.gettext("Vote"),
        "lines": [
            {
                "rank": item.rank,
                "label": item.label,
                "figure": vote_words.figure(rnd.method, item, words),
            }
            for item in result.items
        ],
    }


def read_ballot(raw: object) -> dict[int, int]:
    """A ballot as a phone sends it (``{"item id": value}``), or a refusal saying what is wrong."""
    if not isinstance(raw, Mapping) or len(raw) > 200:
        raise BreakoutError(N_("the ballot could not be read; fill it in again and confirm"))
    ballot: dict[int, int] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not key.isdigit() or len(key) > 12:
            raise BreakoutError(N_("the ballot names an item that is not on it; reload the page"))
        if isinstance(value, bool) or not isinstance(value, int):
            raise BreakoutError(N_("a ballot value must be a whole number; fill it in again"))
        ballot[int(key)] = value
    return ballot


def cast(session: Session, participant: int, round_id: int, ballot: Mapping[int, int]) -> None:
    """The phone's ballot, through the kiosk's own engine call (one ballot per person)."""
    rnd = session.voting.round(round_id)
    if rnd.state == "open" and participant in session.voting.voters(round_id):
        raise BreakoutError(N_("you have already voted in this round; your first ballot counts"))
    session.voting.cast_ballot(round_id, participant, ballot)
