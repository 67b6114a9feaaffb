"""Voting rounds as data: items, settings, states, ballots and hand counts.

A round goes draft → open → closed; its settings cannot change once a vote is
in. A ballot is stored whole or not at all and is not an undoable change. In
a secret round the ballot row has a random key and no participant, and
``voters`` records only that a person has voted. Results are computed by
:mod:`breakout.tally`, never stored.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from breakout import secrecy, voting
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.model import METHODS, Round, RoundItem, from_row
from breakout.session_core import SessionCore, _required


class VotingOps(SessionCore):
    # -- voting rounds ---------------------------------------------------------

    def rounds(self) -> list[Round]:
        return [from_row(Round, r) for r in self._all("SELECT * FROM rounds ORDER BY position, id")]

    def round(self, round_id: int) -> Round:
        row = self._one("SELECT * FROM rounds WHERE id = ?", (round_id,))
        if row is None:
            raise BreakoutError(f"voting round {round_id} does not exist")
        return from_row(Round, row)

    def round_items(self, round_id: int) -> list[RoundItem]:
        return [
            from_row(RoundItem, r)
            for r in self._all(
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
    ) -> Change:
        """A draft voting round. Items are labels, or dicts with ``label`` and
        optionally ``cluster`` / ``recommendation`` ids."""
        if method not in METHODS:
            raise BreakoutError(f"unknown voting method {method!r}; use {', '.join(METHODS)}")
        normalised = voting.normalise_settings(method, settings or {}, len(items))
        if len(items) < 2:
            raise BreakoutError("a ballot needs at least two items")
        rows = []
        for item in items:
            spec = {"label": item} if isinstance(item, str) else dict(item)
            label = _required(str(spec.get("label", "")), "a ballot item's label")
            if spec.get("cluster") is not None:
                self.cluster(int(spec["cluster"]))
            if spec.get("recommendation") is not None:
                self.recommendation(int(spec["recommendation"]))
            rows.append((label, spec.get("cluster"), spec.get("recommendation")))

        def body(rec: Recorder) -> int:
            rid = int(
                rec.insert(
                    "rounds",
                    {
                        "position": self._scalar("SELECT count(*) FROM rounds"),
                        "title": title.strip(),
                        "method": method,
                        "settings": json.dumps(normalised, sort_keys=True),
                        "secret": int(secret),
                    },
                )
            )
            for pos, (label, cluster, recommendation) in enumerate(rows):
                rec.insert(
                    "round_items",
                    {
                        "round": rid,
                        "position": pos,
                        "label": label,
                        "cluster": cluster,
                        "recommendation": recommendation,
                    },
                )
            return rid

        return self._run("Create voting round", body)

    def update_round(
        self,
        round_id: int,
        *,
        title: str | None = None,
        settings: Mapping[str, Any] | None = None,
        secret: bool | None = None,
    ) -> Change:
        rnd = self.round(round_id)
        if self._has_votes(round_id):
            raise BreakoutError("votes are already in; the round's settings can no longer change")
        if rnd.state != "draft":
            raise BreakoutError("the round is open; close it and start a new one to change it")
        values: dict[str, Any] = {}
        if title is not None:
            values["title"] = title.strip()
        if settings is not None:
            count = len(self.round_items(round_id))
            values["settings"] = json.dumps(
                voting.normalise_settings(rnd.method, settings, count), sort_keys=True
            )
        if secret is not None:
            values["secret"] = int(secret)
        return self._run("Edit voting round", lambda rec: rec.update("rounds", round_id, values))

    def open_round(self, round_id: int) -> Change:
        rnd = self.round(round_id)
        if rnd.state != "draft":
            raise BreakoutError(f"the round is already {rnd.state}")
        now = self.clock()
        return self._run(
            "Open voting",
            lambda rec: rec.update("rounds", round_id, {"state": "open", "opened_at": now}),
        )

    def close_round(self, round_id: int) -> Change:
        rnd = self.round(round_id)
        if rnd.state != "open":
            raise BreakoutError(f"the round is {rnd.state}, not open")
        now = self.clock()

        def body(rec: Recorder) -> None:
            rec.update("rounds", round_id, {"state": "closed", "closed_at": now})
            if rnd.secret:
                secrecy.reseal(rec.conn, round_id)

        change = self._run("Close voting", body)
        if rnd.secret:
            self.store.empty_log()
        return change

    def _has_votes(self, round_id: int) -> bool:
        return bool(
            self._scalar("SELECT count(*) FROM ballots WHERE round = ?", (round_id,))
            or self._scalar("SELECT count(*) FROM hand_tallies WHERE round = ?", (round_id,))
        )

    def cast_ballot(self, round_id: int, participant_id: int, entries: Mapping[int, int]) -> None:
        """Store one person's ballot, whole or not at all.

        In a secret round the ballot row gets a random key and no participant;
        ``voters`` records only that this person has voted. A ballot is not an
        undoable change: it returns nothing to keep on an undo stack.
        """
        rnd = self.round(round_id)
        if rnd.state != "open":
            raise BreakoutError(
                "voting has not opened yet" if rnd.state == "draft" else "voting has closed"
            )
        person = self.participant(participant_id)
        if self._scalar(
            "SELECT count(*) FROM voters WHERE round = ? AND participant = ?",
            (round_id, participant_id),
        ):
            raise BreakoutError(f"{person.name} has already voted in this round")
        items = [i.id for i in self.round_items(round_id)]
        clean = voting.validate_ballot(rnd.method, json.loads(rnd.settings), items, entries)
        ballot_id = secrets.token_hex(16)
        with self.store.write() as conn:
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
        self._notify(Change("Vote"))

    def ballots(self, round_id: int) -> list[tuple[int | None, dict[int, int]]]:
        """Every ballot as (participant or None when secret, {item: value}), in key order."""
        out: dict[str, tuple[int | None, dict[int, int]]] = {}
        for row in self._all(
            "SELECT b.id, b.participant, e.item, e.value FROM ballots b "
            "JOIN ballot_entries e ON e.ballot = b.id WHERE b.round = ? ORDER BY b.id, e.item",
            (round_id,),
        ):
            out.setdefault(row["id"], (row["participant"], {}))[1][row["item"]] = row["value"]
        return list(out.values())

    def voters(self, round_id: int) -> list[int]:
        return [
            r[0]
            for r in self._all(
                "SELECT participant FROM voters WHERE round = ? ORDER BY participant", (round_id,)
            )
        ]

    def record_hand_tally(
        self, round_id: int, counts: Mapping[int, int], *, level: int = 0
    ) -> Change:
        """Type in counts from a show of hands (replacing earlier counts at that level)."""
        rnd = self.round(round_id)
        if rnd.state == "closed":
            raise BreakoutError("voting has closed; counts can no longer change")
        if rnd.method == "ranking":
            raise BreakoutError(
                "a show of hands cannot express a ranking; vote this round at the kiosk, "
                "or run an approval round instead"
            )
        items = {i.id for i in self.round_items(round_id)}
        presence = self.presence()
        present = presence.count
        for item, count in counts.items():
            if item not in items:
                raise BreakoutError(f"item {item} is not on this ballot")
            if not isinstance(count, int) or count < 0:
                raise BreakoutError(f"a count must be a whole number of 0 or more, not {count!r}")
            if present and count > present:
                raise BreakoutError(
                    f"{count} hands is more than the {present} people {presence.words()};"
                    " count again"
                )

        def body(rec: Recorder) -> None:
            for item, count in counts.items():
                key = (("round", round_id), ("item", item), ("level", level))
                rec.delete("hand_tallies", key)
                rec.insert(
                    "hand_tallies",
                    {"round": round_id, "item": item, "level": level, "count": count},
                    pk=("round", "item", "level"),
                )

        return self._run("Record hand count", body)

    def hand_tallies(self, round_id: int) -> list[tuple[int, int, int]]:
        return [
            (r["item"], r["level"], r["count"])
            for r in self._all(
                "SELECT item, level, count FROM hand_tallies WHERE round = ? ORDER BY item, level",
                (round_id,),
            )
        ]
