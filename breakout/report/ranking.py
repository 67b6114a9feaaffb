"""The recommendations section's items: board groups and proposals, ranked by a voting round.

:class:`Board` turns a group or a single proposal into a
:class:`~breakout.report.model.RankedItem` and remembers which of them the final
round put to the vote, so the rest can follow in board order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from breakout.model import Cluster, Recommendation, RoundItem
from breakout.report.model import Proposal, RankedItem
from breakout.report.wording import _unvoted
from breakout.words import Words


class Board:
    """The board's groups and proposals, and which of them a round ranked."""

    def __init__(
        self,
        clusters: Sequence[Cluster],
        recs: Sequence[Recommendation],
        redact: Callable[[str], str],
        proposals_for: Callable[[Iterable[Recommendation]], tuple[Proposal, ...]],
        t: Words,
    ) -> None:
        self.t = t
        self.clusters = clusters
        self.recs = recs
        self.redact = redact
        self.proposals_for = proposals_for
        self.by_cluster: dict[int, list[Recommendation]] = {}
        for rec in recs:
            if rec.cluster is not None:
                self.by_cluster.setdefault(rec.cluster, []).append(rec)
        self.rec_by_id = {r.id: r for r in recs}
        self.cluster_by_id = {c.id: c for c in clusters}
        self.voted_clusters: set[int] = set()
        self.voted_recs: set[int] = set()

    def group_item(self, cluster_id: int, **extra: Any) -> RankedItem:
        r = self.redact
        cluster = self.cluster_by_id[cluster_id]
        members = self.by_cluster.get(cluster_id, [])
        title = r(cluster.label) or (r(members[0].text) if members else self.t.gettext("Group"))
        return RankedItem(
            title=extra.pop("title", title),
            wording=r(cluster.wording),
            proposals=self.proposals_for(members),
            **_unvoted(extra),
        )

    def single_item(self, rec: Recommendation, **extra: Any) -> RankedItem:
        return RankedItem(
            title=extra.pop("title", self.redact(rec.text)),
            wording="",
            proposals=self.proposals_for([rec]),
            **_unvoted(extra),
        )

    def voted_item(self, item: RoundItem | None, extra: dict[str, Any]) -> RankedItem:
        """The ranked item for a round's entry; what it stood for counts as voted on."""
        if item is not None and item.cluster in self.cluster_by_id:
            self.voted_clusters.add(item.cluster)
            return self.group_item(item.cluster, **extra)
        if item is not None and item.recommendation in self.rec_by_id:
            self.voted_recs.add(item.recommendation)
            return self.single_item(self.rec_by_id[item.recommendation], **extra)
        return RankedItem(wording="", proposals=(), **_unvoted(extra))

    def others(self) -> list[RankedItem]:
        """Groups and proposals no round ranked, in board order."""
        others = [
            self.group_item(c.id)
            for c in self.clusters
            if c.id not in self.voted_clusters and self.by_cluster.get(c.id)
        ]
        others += [
            self.single_item(rec)
            for rec in self.recs
            if rec.cluster is None and rec.id not in self.voted_recs
        ]
        return others
