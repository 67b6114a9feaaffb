"""The people in the room: ``session.people``.

The roster, check-in, walk-ins named on the spot and the short codes people
vote with at the kiosk. Which person a typed name means is decided here (with
:mod:`breakout.names`), never in a client.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from breakout import names
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.model import Participant, from_row
from breakout.session_core import SessionCore

if TYPE_CHECKING:
    from breakout.roster import RosterEntry

PARTICIPANT_FIELDS = ("name", "organisation", "stakeholder_group", "region", "gender")


class RosterCounts(TypedDict):
    """What :meth:`People.import_roster` did: people added, and people updated."""

    added: int
    updated: int


class People:
    """``session.people``: participants and their presence, on the shared core."""

    def __init__(self, core: SessionCore) -> None:
        self._core = core

    def participants(self) -> list[Participant]:
        return [
            from_row(Participant, r)
            for r in self._core._all("SELECT * FROM participants ORDER BY name COLLATE NOCASE, id")
        ]

    def add_participant(
        self,
        name: str,
        *,
        organisation: str = "",
        stakeholder_group: str = "",
        region: str = "",
        gender: str = "",
        may_be_named: bool = False,
        present: bool = False,
    ) -> Change[int]:
        values = _participant_values(
            name=name,
            organisation=organisation,
            stakeholder_group=stakeholder_group,
            region=region,
            gender=gender,
        )
        self._refuse_duplicate_name(values["name"])
        values["may_be_named"] = int(bool(may_be_named))
        values["checked_in_at"] = self._core.clock() if present else None
        return self._core._run(
            "Add participant", lambda rec: int(rec.insert("participants", values))
        )

    def edit_participant(
        self, participant_id: int, *, may_be_named: bool | None = None, **fields: str
    ) -> Change[bool]:
        self._core.participant(participant_id)
        unknown = set(fields) - set(PARTICIPANT_FIELDS)
        if unknown:
            raise BreakoutError(f"unknown participant field(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = _participant_values(**fields)
        if "name" in values:
            self._refuse_duplicate_name(values["name"], except_id=participant_id)
        if may_be_named is not None:
            values["may_be_named"] = int(bool(may_be_named))
        return self._core._run(
            "Edit participant", lambda rec: rec.update("participants", participant_id, values)
        )

    def check_in(self, participant_id: int, present: bool = True) -> Change[bool]:
        self._core.participant(participant_id)
        value = self._core.clock() if present else None
        return self._core._run(
            "Check in" if present else "Check out",
            lambda rec: rec.update("participants", participant_id, {"checked_in_at": value}),
        )

    def import_roster(
        self, entries: Sequence[RosterEntry], *, present: bool = False
    ) -> Change[RosterCounts]:
        """Add roster entries; a name already in the session updates that person.

        ``entries`` are :class:`breakout.roster.RosterEntry` (or anything with
        the same attributes). All or nothing.
        """
        existing = {p.name.casefold(): p.id for p in self.participants()}
        now = self._core.clock()

        def body(rec: Recorder) -> RosterCounts:
            added = updated = 0
            for entry in entries:
                values = _participant_values(**{f: getattr(entry, f) for f in PARTICIPANT_FIELDS})
                values["may_be_named"] = int(bool(entry.may_be_named))
                ident = existing.get(values["name"].casefold())
                if ident is None:
                    if present:
                        values["checked_in_at"] = now
                    existing[values["name"].casefold()] = int(rec.insert("participants", values))
                    added += 1
                elif rec.update("participants", ident, values):
                    updated += 1
            return RosterCounts(added=added, updated=updated)

        return self._core._run("Import roster", body)

    def person_named(self, name: str) -> Participant | None:
        """The one person a typed name means, or None for a walk-in (:mod:`breakout.names`).

        Refused with a sentence when the name is empty or could mean several people.
        """
        return names.who_is(self.participants(), name)

    def arrive(self, name: str) -> Change[int]:
        """A late arrival: check in the person of exactly this name, or add them checked in.

        Someone already checked in changes nothing. ``result`` is their id.
        """
        typed = names.tidy(name)
        if not typed:
            raise BreakoutError("type the name of the person arriving")
        person = names.exactly(self.participants(), typed)
        now = self._core.clock()

        def body(rec: Recorder) -> int:
            if person is None:
                return self._walk_in(rec, typed, now)
            if person.checked_in_at is None:
                rec.update("participants", person.id, {"checked_in_at": now})
            return person.id

        return self._core._run("Check in" if person is not None else "Add participant", body)

    def _walk_in(self, rec: Recorder, name: str, checked_in_at: float | None = None) -> int:
        """Add someone named on the spot; taking part is what makes them present."""
        values: dict[str, Any] = _participant_values(name=name)
        self._refuse_duplicate_name(values["name"])
        values["may_be_named"] = 0
        values["checked_in_at"] = checked_in_at
        return int(rec.insert("participants", values))

    def _refuse_duplicate_name(self, name: str, except_id: int | None = None) -> None:
        row = self._core._one(
            "SELECT id FROM participants WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
            (name, except_id),
        )
        if row is not None:
            raise BreakoutError(f"{name} is already a participant; use a distinct name")

    def issue_voting_codes(self) -> Change[int]:
        """Give every participant without one a short code for secret kiosk votes."""
        taken = {
            r[0]
            for r in self._core._all(
                "SELECT voting_code FROM participants WHERE voting_code NOT NULL"
            )
        }

        def body(rec: Recorder) -> int:
            issued = 0
            for (ident,) in self._core._all(
                "SELECT id FROM participants WHERE voting_code IS NULL"
            ):
                code = _new_code(taken)
                taken.add(code)
                rec.update("participants", ident, {"voting_code": code})
                issued += 1
            return issued

        return self._core._run("Issue voting codes", body)

    def card_for(self, name: str = "", *, unnamed: str = "Walk-in") -> Change[int]:
        """A voting card for someone at the door, in one step; ``result`` is their id.

        A typed name that is a participant's means them: they are checked in and
        given a code if they have none (someone who lost their card gets the same
        code again). Any other name is a walk-in, added checked in with a code. No
        name at all is a walk-in called ``unnamed`` and the first free number
        ("Walk-in 3"), in the language the console gives it.
        """
        typed = names.tidy(name)
        people = self.participants()
        person = names.exactly(people, typed) if typed else None
        if not typed:
            label = names.tidy(unnamed) or "Walk-in"
            taken = {p.name.casefold() for p in people}
            number = 1
            while f"{label} {number}".casefold() in taken:
                number += 1
            typed = f"{label} {number}"
        codes = {p.voting_code for p in people if p.voting_code}
        now = self._core.clock()

        def body(rec: Recorder) -> int:
            if person is None:
                ident = self._walk_in(rec, typed, now)
            else:
                ident = person.id
                if person.checked_in_at is None:
                    rec.update("participants", ident, {"checked_in_at": now})
                if person.voting_code:
                    return ident
            rec.update("participants", ident, {"voting_code": _new_code(codes)})
            return ident

        return self._core._run("Give a voting card", body)


def _participant_values(**fields: str) -> dict[str, Any]:
    values = {name: " ".join(str(value).split()) for name, value in fields.items()}
    if "name" in values and not values["name"]:
        raise BreakoutError("a participant's name cannot be empty")
    return values


_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"  # no look-alikes (0/O, 1/I/L, 5/S, 8/B, 2/Z)


def _new_code(taken: set[str]) -> str:
    import secrets  # only when codes are issued: it costs the app's start-up 10 ms

    while True:
        code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(5))
        if code not in taken:
            return code
