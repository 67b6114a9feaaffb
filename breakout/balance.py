"""Speaking balance: who has had the floor, against who is in the room.

For one dimension of the roster (stakeholder group, region or gender) the
engine adds up each group's speaking time and turns and sets them beside the
group's share of the people present, so a facilitator can see at a glance
whether the room is being heard in proportion, and the report can say so.

Pure functions of what :class:`~breakout.session.Session` returns: one read of
the roster and of the turns per call (``balances`` reads once for all three
dimensions), and any ``now`` a caller likes, so tests need no sleeping.

What counts
-----------
* **Speaking time** is the sum over started turns of ``ended_at - started_at``;
  the turn still speaking counts up to ``now``. Waiting and withdrawn turns
  count for nothing. Scope: every point, or the one ``point_id``.
* **Turns** are started turns (done or active).
* **Present** are the people checked in. While nobody is checked in (before
  the door opens, or when the facilitator does not use check-in) the whole
  roster stands in, and ``Balance.presence_basis`` says ``"roster"``. Someone
  who speaks without being checked in still counts for time and turns.
* A group is a distinct value of the dimension, compared without regard to
  case or spacing (``"civil society"`` and ``"Civil Society"`` are one group,
  shown with the spelling most people have); an empty value is the group
  ``"Not recorded"``.

The nudge rule
--------------
No nudge until at least :data:`NUDGE_AFTER_SECONDS` (3 minutes) of speaking in
scope: before that, one long answer would swing every share. After that, for
each group with a recorded value (``"Not recorded"`` is never nudged):

* **over**: its share of speaking time is at least 1.5 times its share of the
  people present *and* at least 10 percentage points above it. A group that
  speaks with nobody present counts as over once its time share reaches 10 %.
  Nudge: ``"Business: 45% of speaking time, 20% of those present"``.
* **under**: it has spoken, its time share is at most half its presence share
  *and* at least 10 points below it. Same wording as *over*.
* **silent**: people of the group are present, it has had no turn, and its
  fair share of the speaking so far (presence share × total time) is at least
  :data:`SILENT_AFTER_SECONDS` (90 s, about one short turn) — so a one-person
  group in a big room is not called out three minutes in. Nudge:
  ``"Government has not spoken yet (15% of those present)"``.

With the roster standing in for presence, "of those present" reads "of the
roster". Percentages are rounded half up to whole numbers. Nudges come most
important first: the largest gap between time share and presence share (in
points; a silent group's gap is its presence share) first, then under-heard
before over-heard, then by name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from breakout.errors import BreakoutError
from breakout.model import Participant, Turn
from breakout.presence import Presence, PresenceBasis, presence_from
from breakout.session import Session

DIMENSIONS: tuple[str, ...] = ("stakeholder_group", "region", "gender")
NOT_RECORDED = "Not recorded"

#: No nudge before this much speaking in scope.
NUDGE_AFTER_SECONDS = 180.0
#: A silent group is named once its fair share of the time so far reaches this.
SILENT_AFTER_SECONDS = 90.0
#: Over: time share ≥ OVER_RATIO × presence share; under: ≤ UNDER_RATIO × it.
OVER_RATIO = 1.5
UNDER_RATIO = 0.5
#: ... and the two shares at least this far apart (10 percentage points).
MIN_GAP = 0.10

Flag = Literal["", "over", "under", "silent"]


@dataclass(frozen=True)
class Share:
    """One group's part of the speaking, beside its part of the room."""

    group: str  # e.g. "Business"; NOT_RECORDED for an empty value
    speaking_seconds: float
    turns: int
    present: int  # people of this group present (or on the roster; see Balance)
    time_share: float  # 0..1 of all speaking time in scope
    presence_share: float  # 0..1 of people present
    flag: Flag = ""  # "over", "under" or "silent" when the nudge rule names it


@dataclass(frozen=True)
class Balance:
    """Speaking time by the groups of one dimension."""

    dimension: str
    rows: tuple[Share, ...]  # most present first, then by name; NOT_RECORDED last
    total_seconds: float
    total_turns: int
    present: int
    nudges: tuple[str, ...]  # plain-language, most important first
    presence_basis: PresenceBasis = "checked_in"  # or "roster" while nobody is checked in
    point_id: int | None = None  # the one point in scope, or None for the whole session

    @property
    def nudging(self) -> bool:
        """Whether enough has been said for nudges to apply."""
        return self.total_seconds >= NUDGE_AFTER_SECONDS


def balance(
    session: Session, *, dimension: str, now: float | None = None, point_id: int | None = None
) -> Balance:
    """The speaking balance for one dimension (see the module docstring)."""
    _check_dimension(dimension)
    people, turns, at = _read(session, now, point_id)
    return balance_from(
        people,
        turns,
        dimension=dimension,
        now=at,
        point_id=point_id,
        presence=session.presence(),
    )


def balances(
    session: Session, *, now: float | None = None, point_id: int | None = None
) -> dict[str, Balance]:
    """The balance for every dimension in :data:`DIMENSIONS`, from one read."""
    people, turns, at = _read(session, now, point_id)
    presence = session.presence()
    return {
        dim: balance_from(
            people, turns, dimension=dim, now=at, point_id=point_id, presence=presence
        )
        for dim in DIMENSIONS
    }


def balance_from(
    people: Sequence[Participant],
    turns: Iterable[Turn],
    *,
    dimension: str,
    now: float,
    point_id: int | None = None,
    presence: Presence | None = None,
) -> Balance:
    """The balance computed from records already read (the roster and the turns in scope).

    ``point_id`` is only recorded on the result; ``turns`` must already be the
    turns of that scope. ``presence`` is the session's (see
    :mod:`breakout.presence`); without it, those in ``turns`` count as having
    taken part.
    """
    turns = list(turns)
    _check_dimension(dimension)
    values = {p.id: str(getattr(p, dimension) or "") for p in people}
    labels = group_labels(list(values.values()))
    group_of = {pid: group_key(value) for pid, value in values.items()}

    if presence is None:
        presence = presence_from(people, (t.participant for t in turns))
    basis = presence.basis
    present: Counter[str] = Counter(group_of[pid] for pid in presence.ids if pid in group_of)
    seconds, spoken = _speaking(turns, group_of, now)
    rows = _shares(labels, present, seconds, spoken)
    return Balance(
        dimension=dimension,
        rows=tuple(rows),
        total_seconds=sum(seconds.values()),
        total_turns=sum(spoken.values()),
        present=sum(present.values()),
        nudges=_nudges(rows, basis),
        presence_basis=basis,
        point_id=point_id,
    )


def _speaking(
    turns: Iterable[Turn], group_of: Mapping[int, str], now: float
) -> tuple[dict[str, float], Counter[str]]:
    """Each group's speaking seconds and started turns (a group key: see group_key)."""
    seconds: dict[str, float] = {}
    spoken: Counter[str] = Counter()
    for turn in turns:
        if turn.started_at is None or turn.withdrawn_at is not None:
            continue
        group = group_of.get(turn.participant, "")
        seconds[group] = seconds.get(group, 0.0) + _seconds(turn, now)
        spoken[group] += 1
    return seconds, spoken


def _shares(
    labels: Mapping[str, str],
    present: Counter[str],
    seconds: Mapping[str, float],
    spoken: Counter[str],
) -> list[Share]:
    """One row per group present or heard, flagged by the nudge rule, in display order."""
    total_seconds = sum(seconds.values())
    total_present = sum(present.values())
    nudging = total_seconds >= NUDGE_AFTER_SECONDS
    rows: list[Share] = []
    for group in set(present) | set(spoken):
        time_share = seconds.get(group, 0.0) / total_seconds if total_seconds else 0.0
        presence_share = present[group] / total_present if total_present else 0.0
        flag: Flag = ""
        if nudging and group:
            flag = _flag(time_share, presence_share, spoken[group], total_seconds)
        rows.append(
            Share(
                group=labels[group],
                speaking_seconds=seconds.get(group, 0.0),
                turns=spoken[group],
                present=present[group],
                time_share=time_share,
                presence_share=presence_share,
                flag=flag,
            )
        )
    rows.sort(key=lambda r: (r.group == NOT_RECORDED, -r.present, r.group.casefold(), r.group))
    return rows


def percent(fraction: float) -> int:
    """A share as a whole percent, rounded half up (0.125 → 13)."""
    return int(fraction * 100 + 0.5 + 1e-9)


def sentence_case(text: str) -> str:
    """Capitalise the first letter, for a group name that opens a sentence."""
    return text[:1].upper() + text[1:]


# -- reading -------------------------------------------------------------------


def _check_dimension(dimension: str) -> None:
    if dimension not in DIMENSIONS:
        raise BreakoutError(f"unknown dimension {dimension!r}; use {', '.join(DIMENSIONS)}")


def _read(
    session: Session, now: float | None, point_id: int | None
) -> tuple[list[Participant], list[Turn], float]:
    at = session.clock() if now is None else now
    if point_id is not None:
        session.point(point_id)  # a clear error for a point that does not exist
        point_ids: Iterable[int] = (point_id,)
    else:
        point_ids = [p.id for p in session.agenda.points()]
    turns = [t for pid in point_ids for t in session.queue.turns(pid)]
    return session.people.participants(), turns, at


def _seconds(turn: Turn, now: float) -> float:
    if turn.started_at is None or turn.withdrawn_at is not None:
        return 0.0
    end = turn.ended_at if turn.ended_at is not None else now
    return max(0.0, end - turn.started_at)


# -- computing ----------------------------------------------------------------


def group_key(value: str) -> str:
    """How groups are matched: ignoring case and runs of spaces."""
    return " ".join(value.split()).casefold()


def group_labels(values: Sequence[str]) -> dict[str, str]:
    """Each group key's label: the spelling most people have (ties: first in order);
    the empty key is "Not recorded". Balance and tallies name groups alike."""
    counts: dict[str, Counter[str]] = {}
    for value in values:
        clean = " ".join(value.split())
        counts.setdefault(group_key(clean), Counter())[clean] += 1
    labels = {key: spellings.most_common(1)[0][0] for key, spellings in counts.items()}
    labels[""] = NOT_RECORDED
    return labels


def _flag(time_share: float, presence_share: float, turns: int, total_seconds: float) -> Flag:
    if turns == 0:
        if presence_share > 0 and presence_share * total_seconds >= SILENT_AFTER_SECONDS:
            return "silent"
        return ""
    gap = time_share - presence_share
    if gap >= MIN_GAP - 1e-9 and time_share >= OVER_RATIO * presence_share:
        return "over"
    if -gap >= MIN_GAP - 1e-9 and time_share <= UNDER_RATIO * presence_share:
        return "under"
    return ""


def _nudges(rows: Iterable[Share], basis: PresenceBasis) -> tuple[str, ...]:
    of = "of those present" if basis == "checked_in" else "of the roster"
    ranked: list[tuple[float, int, str, str]] = []
    for row in rows:
        name = sentence_case(row.group)
        gap = abs(row.time_share - row.presence_share)
        if row.flag == "silent":
            text = f"{name} has not spoken yet ({percent(row.presence_share)}% {of})"
        elif row.flag in ("over", "under"):
            text = (
                f"{name}: {percent(row.time_share)}% of speaking time, "
                f"{percent(row.presence_share)}% {of}"
            )
        else:
            continue
        ranked.append((-round(gap, 9), 1 if row.flag == "over" else 0, row.group.casefold(), text))
    return tuple(text for *_, text in sorted(ranked))
