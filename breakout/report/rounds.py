"""Voting rounds before the final one: their results, and the items they left out.

A session may shortlist with a dot vote and then rank the shortlist in a final
round. The report ranks the recommendations by the final round (see
:mod:`breakout.report.content`); every earlier closed round is shown too, with
its own results, and an item voted on earlier but not carried to the final
ballot is listed as such — with its earlier result — never as "not put to the
vote".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from breakout.errors import BreakoutError
from breakout.model import Cluster, Round, RoundItem
from breakout.report.model import EarlierRound, RankedItem, Voting
from breakout.report.ranking import Board
from breakout.report.wording import _ballot_words, _method_words
from breakout.session import Session
from breakout.tally import RoundResult, tally_round
from breakout.words import Words


class RoundReader(Protocol):
    """What of :class:`breakout.report.content._Reader` the earlier rounds need."""

    session: Session
    rounds: list[Round]
    t: Words

    @property
    def redact(self) -> Callable[[str], str]: ...

    def new_board(self, clusters: Sequence[Cluster]) -> Board: ...

    def voting_facts(self, rnd: Round, result: RoundResult) -> Voting: ...

    def ranked(
        self, board: Board, rnd: Round, result: RoundResult, items: Mapping[int, RoundItem]
    ) -> list[RankedItem]: ...


def round_order(rnd: Round) -> tuple[float, int, int]:
    return (rnd.closed_at or 0.0, rnd.position, rnd.id)


def earlier_rounds(
    reader: RoundReader, final: Round | None, clusters: Sequence[Cluster], final_board: Board
) -> tuple[tuple[EarlierRound, ...], tuple[RankedItem, ...]]:
    """The closed rounds before ``final`` and the items they voted on that it did not.

    Those items are then counted as voted on in ``final_board``, so that its
    :meth:`~breakout.report.ranking.Board.others` holds only what no round saw.
    """
    closed = sorted(
        (
            r
            for r in reader.rounds
            if r.state == "closed" and final is not None and r.id != final.id
        ),
        key=round_order,
    )
    shown: list[EarlierRound] = []
    last_seen: dict[tuple[str, int], RankedItem] = {}
    for rnd in closed:
        t = reader.t
        name = reader.redact(rnd.title) or t.gettext("Round {number}").format(number=len(shown) + 1)
        try:
            result = tally_round(reader.session, rnd.id)
        except BreakoutError as exc:
            ballot = _ballot_words(rnd, False, t)
            facts = Voting(name, _method_words(rnd, t), ballot, 0, 0, "—", "", "")
            why = t.gettext("This round could not be counted ({why}).").format(why=exc)
            shown.append(EarlierRound(facts, (), why))
            continue
        board = reader.new_board(clusters)
        items = {i.id: i for i in reader.session.voting.round_items(rnd.id)}
        ranked = reader.ranked(board, rnd, result, items)
        shown.append(EarlierRound(reader.voting_facts(rnd, result), tuple(ranked), ""))
        for entry, item in zip(result.items, ranked, strict=True):
            key = _key(items.get(entry.item), board)
            if key is not None:
                where = f"{name}: {item.result}, {_place(item.rank, len(ranked), t)}"
                last_seen[key] = dataclasses.replace(item, rank=None, share=None, result=where)
    final_keys = {("cluster", c) for c in final_board.voted_clusters}
    final_keys |= {("rec", r) for r in final_board.voted_recs}
    eliminated = [item for key, item in last_seen.items() if key not in final_keys]
    final_board.voted_clusters |= {n for kind, n in last_seen if kind == "cluster"}
    final_board.voted_recs |= {n for kind, n in last_seen if kind == "rec"}
    return tuple(shown), tuple(eliminated)


def _key(item: RoundItem | None, board: Board) -> tuple[str, int] | None:
    if item is not None and item.cluster in board.cluster_by_id:
        return ("cluster", item.cluster)
    if item is not None and item.recommendation in board.rec_by_id:
        return ("rec", item.recommendation)
    return None


def _place(rank: int | None, of: int, t: Words) -> str:
    if rank is None:
        return t.ngettext("one of %(n)d", "one of %(n)d", of)
    return t.gettext("placed {rank} of {of}").format(rank=rank, of=of)
