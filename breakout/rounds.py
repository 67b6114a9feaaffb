"""Voting rounds as data: items, settings, states, ballots and hand counts.

A round goes draft → open → closed. A draft can be edited whole (title,
method, settings, secrecy, items) until it opens or a hand count is typed in.
Once a vote is in — a ballot or a hand count — its state never goes back: undo
and redo refuse to reopen a closed round, to put an open one back to draft or
to remove it (see :meth:`Voting._refuse_going_back`). A ballot is stored whole or not at
all and is not an undoable change. In
a secret round the ballot row has a random key and no participant, and
``voters`` records only that a person has voted. Results are computed by
:mod:`breakout.tally`, never stored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from breakout import secrecy, voting
from breakout.changes import Area, Change, Recorder
from breakout.errors import BreakoutError, refusal
from breakout.model import Round, RoundItem, from_row
from breakout.presence import Presence
from breakout.session_core import SessionCore, _required

#: The order a round's states come in; undo may not move a round with votes back.
_STATE_ORDER = {"draft": 0, "open": 1, "closed": 2}


class Voting:
    """``session.voting``: voting rounds, ballots and hand counts, on the shared core."""

    def __init__(self, core: SessionCore) -> None:
        self._core = core

    # -- voting rounds ---------------------------------------------------------

    def rounds(self) -> list[Round]:
        return [
            from_row(Round, r)
            for r in self._core._all("SELECT * FROM rounds ORDER BY position, id")
        ]

    def round(self, round_id: int) -> Round:
        row = self._core._one("SELECT * FROM rounds WHERE id = ?", (round_id,))
        if row is None:
            raise refusal("voting round %(round)s does not exist", round=round_id)
        return from_row(Round, row)

    def round_items(self, round_id: int) -> list[RoundItem]:
        return [
            from_row(RoundItem, r)
            for r in self._core._all(
                "SELECT * FROM round_items WHERE round = ? ORDER BY position", (round_id,)
            )
        ]

    def create_round(
        self,
        *,
        method: str,
        items: Sequence[str | Mapping[str, Any]],
        title: str = "",
        settings: Mapping[str, Any] | None = None,
        secret: bool = True,
    ) -> Change[int]:
        """A draft voting round. Items are labels, or dicts with ``label`` and
        optionally ``cluster`` / ``recommendation`` ids."""
        normalised = voting.normalise_settings(method, settings or {}, len(items))
        rows = self._item_rows(items)

        def body(rec: Recorder) -> int:
            rid = int(
                rec.insert(
                    "rounds",
                    {
                        "position": self._core._scalar("SELECT count(*) FROM rounds"),
                        "title": title.strip(),
                        "method": method,
                        "settings": json.dumps(normalised, sort_keys=True),
                        "secret": int(secret),
                    },
                )
            )
            for pos, row in enumerate(rows):
                rec.insert("round_items", {"round": rid, "position": pos, **row})
            return rid

        return self._core._run("Create voting round", body)

    def _item_rows(self, items: Sequence[str | Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Checked ``round_items`` values (label, cluster, recommendation), in order."""
        if len(items) < 2:
            raise BreakoutError("a ballot needs at least two items")
        rows = []
        for item in items:
            spec = {"label": item} if isinstance(item, str) else dict(item)
            label = _required(str(spec.get("label", "")), "a ballot item's label")
            cluster, recommendation = spec.get("cluster"), spec.get("recommendation")
            if cluster is not None:
                cluster = self._core.cluster(int(cluster)).id
            if recommendation is not None:
                recommendation = self._core.recommendation(int(recommendation)).id
            rows.append({"label": label, "cluster": cluster, "recommendation": recommendation})
        return rows

    def edit_round(
        self,
        round_id: int,
        *,
        title: str | None = None,
        method: str | None = None,
        settings: Mapping[str, Any] | None = None,
        secret: bool | None = None,
        items: Sequence[str | Mapping[str, Any]] | None = None,
    ) -> Change[None]:
        """Change a draft round: any of its title, method, settings, secrecy and items.

        ``None`` leaves a field as it is. ``items`` is the whole new list, in
        order (labels, or dicts as for :meth:`create_round`). A new method with
        no settings gets that method's defaults. Refused once the round has
        opened, or once a hand count is in.
        """
        rnd = self.round(round_id)
        if rnd.state == "open":
            raise BreakoutError(
                "voting is open in this round, so it can no longer change; "
                "close it and set up a new round"
            )
        if rnd.state == "closed":
            raise BreakoutError("this round has closed; set up a new round to vote again")
        if self._has_votes(round_id):
            raise BreakoutError("votes are already in; the round's settings can no longer change")
        if method is not None:
            voting.method(method)
        old_items = self.round_items(round_id)
        rows = self._item_rows(items) if items is not None else None
        new_method = method if method is not None else rnd.method
        if settings is None:
            settings = rnd.rules if new_method == rnd.method else {}
        count = len(rows) if rows is not None else len(old_items)
        normalised = voting.normalise_settings(new_method, settings, count)
        values: dict[str, Any] = {
            "method": new_method,
            "settings": json.dumps(normalised, sort_keys=True),
        }
        if title is not None:
            values["title"] = title.strip()
        if secret is not None:
            values["secret"] = int(secret)

        def body(rec: Recorder) -> None:
            rec.update("rounds", round_id, values)
            if rows is None:
                return
            # Keep the item rows in place where there is one, so ids stay stable.
            for pos, row in enumerate(rows):
                if pos < len(old_items):
                    rec.update("round_items", old_items[pos].id, {"position": pos, **row})
                else:
                    rec.insert("round_items", {"round": round_id, "position": pos, **row})
            for old in old_items[len(rows) :]:
                rec.delete("round_items", (("id", old.id),))

        return self._core._run("Edit voting round", body)

    def open_round(self, round_id: int) -> Change[bool]:
        rnd = self.round(round_id)
        if rnd.state != "draft":
            raise BreakoutError(f"the round is already {rnd.state}")
        now = self._core.clock()
        return self._core._run(
            "Open voting",
            lambda rec: rec.update("rounds", round_id, {"state": "open", "opened_at": now}),
        )

    def close_round(self, round_id: int) -> Change[None]:
        rnd = self.round(round_id)
        if rnd.state != "open":
            raise BreakoutError(f"the round is {rnd.state}, not open")
        now = self._core.clock()

        def body(rec: Recorder) -> None:
            rec.update("rounds", round_id, {"state": "closed", "closed_at": now})
            if rnd.secret:
                secrecy.reseal(rec.conn, round_id)

        change = self._core._run("Close voting", body)
        if rnd.secret:
            self._core.store.empty_log()
        return change

    # -- undo and redo: a round's state never goes back once a vote is in ----------

    def _refuse_going_back(self, change: Change[Any]) -> None:
        """Refuse (before anything is written) to move a round with votes back to an
        earlier state, or to remove it: its ballots would be left in a draft, or
        more would be cast after the result was read."""
        for row in change.rows:
            if row.table != "rounds" or row.before is None:
                continue
            round_id = row.key[0][1]
            before = str(row.before.get("state"))
            after = None if row.after is None else str(row.after.get("state"))
            if after is not None and _STATE_ORDER.get(after, 0) >= _STATE_ORDER.get(before, 0):
                continue
            if not self._has_votes(round_id):
                continue
            if after is None:
                raise BreakoutError(
                    "votes are in for this voting round, so it can no longer be removed"
                )
            if after == "draft":
                raise BreakoutError(
                    "votes are in, so opening this round can no longer be undone; "
                    "close it when voting is done, or set up a new round"
                )
            raise BreakoutError(
                "votes are in, so closing this round can no longer be undone; "
                "its result stands — set up a new round to vote again"
            )

    def _has_votes(self, round_id: int) -> bool:
        return bool(
            self._core._scalar("SELECT count(*) FROM ballots WHERE round = ?", (round_id,))
            or self._core._scalar("SELECT count(*) FROM hand_tallies WHERE round = ?", (round_id,))
        )

    def cast_ballot(self, round_id: int, participant_id: int, entries: Mapping[int, int]) -> None:
        """Store one person's ballot, whole or not at all.

        In a secret round the ballot row gets a random key and no participant;
        ``voters`` records only that this person has voted. A ballot is not an
        undoable change: it returns nothing to keep on an undo stack.
        """
        rnd = self.round(round_id)
        if rnd.state != "open":
            if rnd.state == "draft":
                raise refusal("voting has not opened yet")
            raise refusal("voting has closed")
        person = self._core.participant(participant_id)
        if self._core._scalar(
            "SELECT count(*) FROM voters WHERE round = ? AND participant = ?",
            (round_id, participant_id),
        ):
            raise refusal("%(name)s has already voted in this round", name=person.name)
        items = [i.id for i in self.round_items(round_id)]
        clean = voting.validate_ballot(rnd.method, rnd.rules, items, entries)
        import secrets  # only once a vote is cast: it costs the app's start-up 10 ms

        ballot_id = secrets.token_hex(16)
        with self._core.store.write() as conn:
            conn.execute(
                "INSERT INTO ballots (id, round, participant) VALUES (?, ?, ?)",
                (ballot_id, round_id, None if rnd.secret else participant_id),
            )
            conn.executemany(
                "INSERT INTO ballot_entries (ballot, item, value) VALUES (?, ?, ?)",
                [(ballot_id, item, value) for item, value in clean.items()],
            )
            conn.execute(
                "INSERT INTO voters (round, participant) VALUES (?, ?)", (round_id, participant_id)
            )
        self._core._notify(Change("Vote", (), None, also=frozenset({Area.VOTING})))

    def turnout(self, round_id: int) -> tuple[int, int]:
        """(how many have voted at the kiosk, how many count as present) — numbers, never who.

        Who counts as present is :meth:`presence`'s one rule.
        """
        self.round(round_id)
        voted = int(self._core._scalar("SELECT count(*) FROM voters WHERE round = ?", (round_id,)))
        return voted, self._core.presence().count

    def ballots(self, round_id: int) -> list[tuple[int | None, dict[int, int]]]:
        """Every ballot as (participant or None when secret, {item: value}), in key order."""
        out: dict[str, tuple[int | None, dict[int, int]]] = {}
        for row in self._core._all(
            "SELECT b.id, b.participant, e.item, e.value FROM ballots b "
            "JOIN ballot_entries e ON e.ballot = b.id WHERE b.round = ? ORDER BY b.id, e.item",
            (round_id,),
        ):
            out.setdefault(row["id"], (row["participant"], {}))[1][row["item"]] = row["value"]
        return list(out.values())

    def voters(self, round_id: int) -> list[int]:
        return [
            r[0]
            for r in self._core._all(
                "SELECT participant FROM voters WHERE round = ? ORDER BY participant", (round_id,)
            )
        ]

    def record_hand_tally(
        self, round_id: int, counts: Mapping[int, int], *, level: int = 0
    ) -> Change[None]:
        """Type in counts from a show of hands at one level (see :meth:`record_hand_counts`)."""
        return self.record_hand_counts(round_id, {level: counts})

    def record_hand_counts(
        self, round_id: int, counts: Mapping[int, Mapping[int, int]]
    ) -> Change[None]:
        """Type in the counts from a show of hands: ``{level: {item: hands}}``.

        One change, in one transaction: every count is checked before anything
        is written, and undo takes all of them back. Each count replaces the
        earlier count for that item and level. Levels are those of the method
        (:attr:`~breakout.voting.base.VotingMethod.hand_levels`; 0 alone for a
        method with one count per item).
        """
        rnd = self.round(round_id)
        if rnd.state == "closed":
            raise BreakoutError("voting has closed; counts can no longer change")
        levels = len(voting.method(rnd.method).hand_levels)
        if not levels:
            raise BreakoutError(
                f"a show of hands cannot express a {voting.title(rnd.method).lower()}; "
                "vote this round at the kiosk, or run an approval round instead"
            )
        items = {i.id for i in self.round_items(round_id)}
        presence = self._core.presence()
        for level, per_item in counts.items():
            if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level < levels:
                raise BreakoutError(f"there is no level {level!r} to count hands at in this round")
            for item, count in per_item.items():
                _check_hands(item in items, item, count, presence)
        self._check_levels_fit(round_id, counts)
        rows = [
            (level, item, count)
            for level, per_item in counts.items()
            for item, count in per_item.items()
        ]

        def body(rec: Recorder) -> None:
            for level, item, count in rows:
                key = (("round", round_id), ("item", item), ("level", level))
                rec.delete("hand_tallies", key)
                rec.insert(
                    "hand_tallies",
                    {"round": round_id, "item": item, "level": level, "count": count},
                    pk=("round", "item", "level"),
                )

        return self._core._run("Record hand count", body)

    def _check_levels_fit(self, round_id: int, counts: Mapping[int, Mapping[int, int]]) -> None:
        """Each person shows one level per item: an item's hands at all levels fit the room."""
        presence = self._core.presence()
        if not presence.count:
            return
        total = {(item, level): n for item, level, n in self.hand_tallies(round_id)}
        for level, per_item in counts.items():
            for item, count in per_item.items():
                total[(item, level)] = count
        per_item_total: dict[int, int] = {}
        for (item, _level), n in total.items():
            per_item_total[item] = per_item_total.get(item, 0) + n
        for item, n in per_item_total.items():
            if n > presence.count:
                label = next(i.label for i in self.round_items(round_id) if i.id == item)
                raise BreakoutError(
                    f"the levels for “{label}” add up to {n} hands, more than the "
                    f"{presence.count} people {presence.words()} (each shows one level); "
                    "count again"
                )

    def hand_tallies(self, round_id: int) -> list[tuple[int, int, int]]:
        return [
            (r["item"], r["level"], r["count"])
            for r in self._core._all(
                "SELECT item, level, count FROM hand_tallies WHERE round = ? ORDER BY item, level",
                (round_id,),
            )
        ]


def _check_hands(known: bool, item: int, count: object, presence: Presence) -> None:
    """Refuse one count: an unknown item, not a whole number, more than were there."""
    if not known:
        raise BreakoutError(f"item {item} is not on this ballot")
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise BreakoutError(f"a count must be a whole number of 0 or more, not {count!r}")
    if presence.count and count > presence.count:
        raise BreakoutError(
            f"{count} hands is more than the {presence.count} people {presence.words()};"
            " count again"
        )
    if count > voting.MAX_HANDS:  # nobody on the roster to count against
        raise BreakoutError(
            f"{count} hands is more than a count can hold ({voting.MAX_HANDS}); count again"
        )
