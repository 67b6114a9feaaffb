"""Recommendations and their groups: the board's operations.

Every proposal can become a recommendation; people group them, word each
group and mark duplicates. Suggested groups (see :mod:`breakout.suggest`)
arrive as unaccepted ``suggested`` groups and never move a recommendation out
of a group a person made, accepted or edited. The embedding cache keeps each
text's vector so an unchanged text is never embedded twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from breakout import vector_cache
from breakout.changes import Change, Recorder
from breakout.errors import BreakoutError
from breakout.model import Cluster, Contribution, Recommendation, from_row
from breakout.session_core import SessionCore, _required


class Board:
    """``session.board``: proposals, their groups and suggested groupings, on the shared core."""

    def __init__(self, core: SessionCore) -> None:
        self._core = core

    # -- recommendations and groups ----------------------------------------

    def recommendations(self, *, include_inactive: bool = True) -> list[Recommendation]:
        where = "" if include_inactive else "WHERE status = 'active'"
        return [
            from_row(Recommendation, r)
            for r in self._core._all(f"SELECT * FROM recommendations {where} ORDER BY position, id")
        ]

    def recommendation_sources(self, rec_id: int) -> list[int]:
        return [
            r[0]
            for r in self._core._all(
                "SELECT contribution FROM recommendation_sources WHERE recommendation = ? "
                "ORDER BY contribution",
                (rec_id,),
            )
        ]

    def promote(self, contribution_id: int, *, text: str | None = None) -> Change[int]:
        """Mark a contribution as a proposal; its candidate is returned in ``result``.

        Every proposal is a recommendation candidate (see :meth:`_add_candidate`),
        so this is "mark as proposal", with an optional first wording.
        """
        source = self._core.contribution(contribution_id)
        if source.kind == "proposal" and self.candidates_of(contribution_id):
            raise BreakoutError("this contribution is already a recommendation")
        wording = _required(text if text is not None else source.text, "a recommendation")
        now = self._core.clock()

        def body(rec: Recorder) -> int:
            if source.kind != "proposal":
                rec.update("contributions", contribution_id, {"kind": "proposal"})
            return self._add_candidate(rec, source, now, text=wording)

        return self._core._run("Make recommendation", body)

    # -- every proposal is a candidate ----------------------------------------
    #
    # One rule, applied wherever a proposal appears (capture, marking, editing,
    # deleting, interchange import, migration): a contribution of kind
    # "proposal" has a recommendation made from it. A candidate nobody has
    # worked on follows its proposal; one a person has grouped, merged,
    # reworded or put on a ballot is theirs, and unmarking is then refused.

    def candidates_of(self, contribution_id: int) -> list[int]:
        """The recommendations made from this contribution alone (normally one)."""
        return [
            r[0]
            for r in self._core._all(
                "SELECT s.recommendation FROM recommendation_sources AS s"
                " WHERE s.contribution = ? AND (SELECT count(*) FROM recommendation_sources"
                " AS t WHERE t.recommendation = s.recommendation) = 1"
                " ORDER BY s.recommendation",
                (contribution_id,),
            )
        ]

    def _add_candidate(
        self, rec: Recorder, source: Contribution, now: float, *, text: str | None = None
    ) -> int:
        rid = int(rec.insert("recommendations", self._new_rec(text or source.text, source, now)))
        rec.insert(
            "recommendation_sources",
            {"recommendation": rid, "contribution": source.id},
            pk=("recommendation", "contribution"),
        )
        return rid

    def _follow_proposal(
        self, rec: Recorder, before: Contribution, values: Mapping[str, Any]
    ) -> None:
        """Keep a proposal's candidate in step with an edit of the proposal.

        Becoming a proposal makes a candidate; ceasing to be one removes an
        untouched candidate (or refuses, see :meth:`_board_use`); new text is
        followed unless someone reworded the candidate or its group.
        """
        kind = values.get("kind", before.kind)
        if kind != "proposal":
            if before.kind == "proposal":
                self._drop_candidates(rec, before, "unmark it")
            return
        linked = self._core._scalar(
            "SELECT count(*) FROM recommendation_sources WHERE contribution = ?", (before.id,)
        )
        if not linked:
            after = self._core.contribution(before.id)
            self._add_candidate(rec, after, self._core.clock())
            return
        for rid in self.candidates_of(before.id):
            candidate = self._core.recommendation(rid)
            follow: dict[str, Any] = {}
            if "participant" in values:
                follow["participant"] = values["participant"]
            if "text" in values and candidate.text == before.text and not self._group_worded(rid):
                follow["text"] = values["text"]
            rec.update("recommendations", rid, follow)

    def _group_worded(self, rec_id: int) -> bool:
        return bool(
            self._core._scalar(
                "SELECT c.wording != '' FROM recommendations AS r JOIN clusters AS c"
                " ON c.id = r.cluster WHERE r.id = ?",
                (rec_id,),
            )
        )

    def _drop_candidates(self, rec: Recorder, source: Contribution, doing: str) -> None:
        """Remove a proposal's untouched candidates; refuse if the board has used them."""
        linked = [
            r[0]
            for r in self._core._all(
                "SELECT recommendation FROM recommendation_sources WHERE contribution = ?",
                (source.id,),
            )
        ]
        for rid in linked:
            reason = self._board_use(rid, source)
            if reason:
                raise BreakoutError(
                    f"this proposal {reason}; it stays a proposal — change it on the board "
                    f"(Alt+2) before you {doing}"
                )
        for rid in linked:
            rec.delete(
                "recommendation_sources", (("recommendation", rid), ("contribution", source.id))
            )
            rec.delete("recommendations", (("id", rid),))
        if linked:
            self._core._renumber(rec, "recommendations")

    def _board_use(self, rec_id: int, source: Contribution) -> str:
        """Why a candidate is a person's work on the board ("" when it is untouched)."""
        candidate = self._core.recommendation(rec_id)
        if candidate.cluster is not None:
            label = self._core.cluster(candidate.cluster).label or "untitled"
            return f'is in the group "{label}" on the board'
        ballot = self._core._one(
            "SELECT r.title FROM round_items AS i JOIN rounds AS r ON r.id = i.round"
            " WHERE i.recommendation = ?",
            (rec_id,),
        )
        if ballot is not None:
            return f'is on the ballot of the round "{ballot[0] or "untitled"}"'
        if candidate.status == "merged" or self._core._scalar(
            "SELECT count(*) FROM recommendations WHERE duplicate_of = ?", (rec_id,)
        ):
            return "was merged with another proposal on the board"
        if len(self.recommendation_sources(rec_id)) > 1:
            return "was merged with another proposal on the board"
        if candidate.text != source.text:
            return "was reworded on the board"
        return ""

    def _new_rec(self, text: str, source: Contribution | None, now: float) -> dict[str, Any]:
        return {
            "position": self._core._scalar("SELECT count(*) FROM recommendations"),
            "text": text,
            "point": source.point if source else None,
            "participant": source.participant if source else None,
            "created_at": now,
        }

    def add_recommendation(
        self, text: str, *, point_id: int | None = None, cluster_id: int | None = None
    ) -> Change[int]:
        wording = _required(text, "a recommendation")
        if point_id is not None:
            self._core.point(point_id)
        if cluster_id is not None:
            self._core.cluster(cluster_id)
        values = self._new_rec(wording, None, self._core.clock())
        values.update(point=point_id, cluster=cluster_id)
        return self._core._run(
            "Add recommendation", lambda rec: int(rec.insert("recommendations", values))
        )

    def edit_recommendation(self, rec_id: int, text: str) -> Change[bool]:
        self._core.recommendation(rec_id)
        wording = _required(text, "a recommendation")
        return self._core._run(
            "Edit recommendation",
            lambda rec: rec.update("recommendations", rec_id, {"text": wording}),
        )

    def set_cluster(self, rec_id: int, cluster_id: int | None) -> Change[None]:
        """Move a recommendation into a group (or out of all groups with ``None``)."""
        self._core.recommendation(rec_id)
        if cluster_id is not None:
            self._core.cluster(cluster_id)

        def body(rec: Recorder) -> None:
            old = self._core.recommendation(rec_id).cluster
            rec.update("recommendations", rec_id, {"cluster": cluster_id})
            for touched in {old, cluster_id} - {None}:
                rec.update("clusters", touched, {"edited": 1})

        return self._core._run("Move recommendation", body)

    def move_recommendations(self, rec_ids: Sequence[int], cluster_id: int | None) -> Change[int]:
        """Move several recommendations into one group (``None``: out of all groups).

        One operation, undone as one; those already there stay as they are.
        """
        moving = [self._core.recommendation(rid) for rid in dict.fromkeys(rec_ids)]
        if not moving:
            raise BreakoutError("choose one or more proposals to move")
        if cluster_id is not None:
            self._core.cluster(cluster_id)

        def body(rec: Recorder) -> int:
            touched: set[int] = set()
            moved = 0
            for item in moving:
                if item.cluster == cluster_id:
                    continue
                rec.update("recommendations", item.id, {"cluster": cluster_id})
                touched.update(g for g in (item.cluster, cluster_id) if g is not None)
                moved += 1
            for group in sorted(touched):
                rec.update("clusters", group, {"edited": 1})
            return moved

        return self._core._run("Move to group", body)

    def withdraw_recommendations(self, rec_ids: Sequence[int]) -> Change[int]:
        """Withdraw several recommendations at once, undone as one."""
        withdrawing = [self._core.recommendation(rid).id for rid in dict.fromkeys(rec_ids)]
        if not withdrawing:
            raise BreakoutError("choose one or more proposals to withdraw")

        def body(rec: Recorder) -> int:
            for rid in withdrawing:
                rec.update("recommendations", rid, {"status": "withdrawn", "duplicate_of": None})
            return len(withdrawing)

        return self._core._run("Withdraw recommendations", body)

    def merge_recommendations(self, keep_id: int, duplicate_ids: Sequence[int]) -> Change[None]:
        """Mark duplicates as merged into ``keep_id``; their sources join it."""
        self._core.recommendation(keep_id)
        for rid in duplicate_ids:
            self._core.recommendation(rid)
            if rid == keep_id:
                raise BreakoutError("a recommendation cannot be merged into itself")

        def body(rec: Recorder) -> None:
            have = set(self.recommendation_sources(keep_id))
            for rid in duplicate_ids:
                rec.update("recommendations", rid, {"status": "merged", "duplicate_of": keep_id})
                for cid in self.recommendation_sources(rid):
                    if cid not in have:
                        rec.insert(
                            "recommendation_sources",
                            {"recommendation": keep_id, "contribution": cid},
                            pk=("recommendation", "contribution"),
                        )
                        have.add(cid)

        return self._core._run("Merge recommendations", body)

    def clusters(self) -> list[Cluster]:
        return [
            from_row(Cluster, r)
            for r in self._core._all("SELECT * FROM clusters ORDER BY position, id")
        ]

    def add_cluster(
        self,
        label: str,
        *,
        wording: str = "",
        members: Sequence[int] = (),
        suggested: bool = False,
    ) -> Change[int]:
        for rid in members:
            self._core.recommendation(rid)

        def body(rec: Recorder) -> int:
            cid = int(
                rec.insert(
                    "clusters",
                    {
                        "position": self._core._scalar("SELECT count(*) FROM clusters"),
                        "label": label.strip(),
                        "wording": wording.strip(),
                        "origin": "suggested" if suggested else "human",
                        "accepted": 0 if suggested else 1,
                    },
                )
            )
            for rid in members:
                rec.update("recommendations", rid, {"cluster": cid})
            return cid

        return self._core._run("Add group", body)

    def edit_cluster(
        self, cluster_id: int, *, label: str | None = None, wording: str | None = None
    ) -> Change[None]:
        self._core.cluster(cluster_id)
        values: dict[str, Any] = {}
        if label is not None:
            values["label"] = label.strip()
        if wording is not None:
            values["wording"] = wording.strip()

        def body(rec: Recorder) -> None:
            if rec.update("clusters", cluster_id, values):
                rec.update("clusters", cluster_id, {"edited": 1, "accepted": 1})

        return self._core._run("Edit group", body)

    def accept_cluster(self, cluster_id: int) -> Change[bool]:
        self._core.cluster(cluster_id)
        return self._core._run(
            "Accept group", lambda rec: rec.update("clusters", cluster_id, {"accepted": 1})
        )

    def delete_cluster(self, cluster_id: int) -> Change[None]:
        """Dissolve a group: its recommendations stay, ungrouped."""
        self._core.cluster(cluster_id)
        if self._core._scalar("SELECT count(*) FROM round_items WHERE cluster = ?", (cluster_id,)):
            raise BreakoutError("this group is on a ballot; remove it from the round first")

        def body(rec: Recorder) -> None:
            for (rid,) in self._core._all(
                "SELECT id FROM recommendations WHERE cluster = ?", (cluster_id,)
            ):
                rec.update("recommendations", rid, {"cluster": None})
            rec.delete("clusters", (("id", cluster_id),))
            self._core._renumber(rec, "clusters")

        return self._core._run("Delete group", body)

    def move_cluster(self, cluster_id: int, index: int) -> Change[None]:
        self._core.cluster(cluster_id)
        return self._core._run(
            "Move group",
            lambda rec: self._core._reposition(rec, "clusters", cluster_id, index),
        )

    def merge_clusters(self, keep_id: int, other_ids: Sequence[int]) -> Change[None]:
        """Move every recommendation of the other groups into ``keep_id``; the others go."""
        self._core.cluster(keep_id)
        for other in other_ids:
            self._core.cluster(other)
            if other == keep_id:
                raise BreakoutError("a group cannot be merged into itself")
            if self._core._scalar("SELECT count(*) FROM round_items WHERE cluster = ?", (other,)):
                raise BreakoutError("a group on a ballot cannot be merged away")

        def body(rec: Recorder) -> None:
            for other in other_ids:
                for (rid,) in self._core._all(
                    "SELECT id FROM recommendations WHERE cluster = ?", (other,)
                ):
                    rec.update("recommendations", rid, {"cluster": keep_id})
                rec.delete("clusters", (("id", other),))
            rec.update("clusters", keep_id, {"edited": 1, "accepted": 1})
            self._core._renumber(rec, "clusters")

        return self._core._run("Merge groups", body)

    def split_cluster(
        self, cluster_id: int, rec_ids: Sequence[int], label: str = ""
    ) -> Change[int]:
        """Move some recommendations of a group into a new group of their own."""
        source = self._core.cluster(cluster_id)
        members = {r.id for r in self.recommendations() if r.cluster == cluster_id}
        if not rec_ids or not set(rec_ids) <= members:
            raise BreakoutError("choose recommendations of this group to split off")
        if set(rec_ids) == members:
            raise BreakoutError("splitting off every recommendation leaves nothing behind")

        def body(rec: Recorder) -> int:
            new_id = int(
                rec.insert(
                    "clusters",
                    {
                        "position": source.position + 1,
                        "label": label.strip() or f"{source.label} (part)",
                        "origin": "human",
                        "accepted": 1,
                        "edited": 1,
                    },
                )
            )
            self._core._reposition(rec, "clusters", new_id, source.position + 1)
            for rid in rec_ids:
                rec.update("recommendations", rid, {"cluster": new_id})
            rec.update("clusters", cluster_id, {"edited": 1})
            return new_id

        return self._core._run("Split group", body)

    def apply_suggestions(self, groups: Sequence[tuple[str, Sequence[int]]]) -> Change[int]:
        """Replace the open suggestions with new ones, leaving people's work alone.

        ``groups`` are (label, recommendation ids). Earlier suggestions nobody
        accepted are dissolved first. A recommendation already in a group a
        person made, accepted or edited is never moved; a suggestion left with
        fewer than two free members is dropped.
        """

        def body(rec: Recorder) -> int:
            for cluster in self.clusters():
                if cluster.origin == "suggested" and not cluster.accepted and not cluster.edited:
                    for (rid,) in self._core._all(
                        "SELECT id FROM recommendations WHERE cluster = ?", (cluster.id,)
                    ):
                        rec.update("recommendations", rid, {"cluster": None})
                    rec.delete("clusters", (("id", cluster.id),))
            self._core._renumber(rec, "clusters")
            free = {
                r.id for r in self.recommendations() if r.cluster is None and r.status == "active"
            }
            made = 0
            for label, members in groups:
                chosen = [rid for rid in members if rid in free]
                if len(chosen) < 2:
                    continue
                cid = int(
                    rec.insert(
                        "clusters",
                        {
                            "position": self._core._scalar("SELECT count(*) FROM clusters"),
                            "label": label.strip(),
                            "origin": "suggested",
                            "accepted": 0,
                        },
                    )
                )
                for rid in chosen:
                    rec.update("recommendations", rid, {"cluster": cid})
                    free.discard(rid)
                made += 1
            return made

        return self._core._run("Suggest groups", body)

    def accept_all_suggestions(self) -> Change[None]:
        def body(rec: Recorder) -> None:
            for cluster in self.clusters():
                if not cluster.accepted:
                    rec.update("clusters", cluster.id, {"accepted": 1})

        return self._core._run("Accept all groups", body)

    # -- the embedding cache ----------------------------------------------------

    def cached_vectors(self, model: str, texts: Sequence[str]) -> dict[str, bytes]:
        """Stored vectors (float32 bytes) for those texts that have one."""
        return vector_cache.cached_vectors(self._core._all, model, texts)

    def store_vectors(self, model: str, vectors: Mapping[str, bytes]) -> None:
        """Remember vectors (a cache: not an undoable change, never shown)."""
        if self._core.store.readonly or not vectors:
            return
        with self._core.store.write() as conn:
            conn.executemany(vector_cache.INSERT, vector_cache.rows_to_store(model, vectors))
