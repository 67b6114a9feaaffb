"""Words and small sums the report's builders share: counts, turnout, ballots,
support by group, merged small groups, dates, and every string in a content value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from breakout import vote_words, voting
from breakout.balance import percent
from breakout.model import Participant, Round
from breakout.report.model import (
    KIND_ORDER,
    MIN_GROUP,
    SMALLER_GROUPS,
    Fact,
    GroupSupport,
    Participation,
    ParticipationRow,
    ReportContent,
    duration,
)
from breakout.tally import RoundResult
from breakout.words import N_, Words

#: How each kind of contribution is named in a table's cell.
KIND_WORDS: dict[str, str] = {
    "proposal": N_("proposal"),
    "concern": N_("concern"),
    "question": N_("question"),
    "comment": N_("comment"),
}
#: Each dimension of participation (:data:`breakout.balance.DIMENSIONS`) as a column's heading,
#: a sub-heading and a chart's title.
DIMENSION_WORDS: dict[str, str] = {
    "stakeholder_group": N_("Stakeholder group"),
    "region": N_("Region"),
    "gender": N_("Gender"),
}
BY_DIMENSION: dict[str, str] = {
    "stakeholder_group": N_("By stakeholder group"),
    "region": N_("By region"),
    "gender": N_("By gender"),
}
SPEAKING_BY: dict[str, str] = {
    "stakeholder_group": N_("Speaking by stakeholder group"),
    "region": N_("Speaking by region"),
    "gender": N_("Speaking by gender"),
}
NOT_RECORDED = N_("Not recorded")
#: What stands in for a withheld name and organisation (:mod:`breakout.redaction`).
WITHHELD_WORDS = (N_("[name withheld]"), N_("[organisation withheld]"))
#: Values of the roster's gender column said in the report's language (others as typed).
#: (Each as the roster spells it, in any case, is its own message id.)
GENDER_WORDS: dict[str, str] = {
    word: word for word in (N_("female"), N_("male"), N_("non-binary"), N_("not recorded"))
}


def shown_value(attr: str, value: str, t: Words) -> str:
    """A participant's value as a report shows it: a known gender in the report's language."""
    if attr == "gender" and value.casefold() in GENDER_WORDS:
        return t.gettext(GENDER_WORDS[value.casefold()])
    return value


def kind_word(kind: str, t: Words) -> str:
    """A contribution's kind in the report's language (an unknown kind as it is)."""
    return t.gettext(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def kind_count(kind: str, n: int, t: Words) -> str:
    """ "3 proposals" in the report's language."""
    forms = {
        "proposal": lambda: t.ngettext("%(n)d proposal", "%(n)d proposals", n),
        "concern": lambda: t.ngettext("%(n)d concern", "%(n)d concerns", n),
        "question": lambda: t.ngettext("%(n)d question", "%(n)d questions", n),
        "comment": lambda: t.ngettext("%(n)d comment", "%(n)d comments", n),
    }
    return forms[kind]() if kind in forms else f"{n} {kind}"


def contributions_fact(t: Words, kinds: Sequence[str], contributions: Sequence[Any]) -> Fact:
    """Page 1's row: "98 on 6 points (23 proposals, …)"."""
    if not contributions:
        return Fact(t.gettext("Contributions"), t.gettext("none recorded"))
    counts = Counter(kinds)
    points = len({c.point for c in contributions})
    text = t.ngettext(
        "%(total)d on %(n)d point", "%(total)d on %(n)d points", points, total=len(contributions)
    )
    text += _breakdown([kind_count(k, counts[k], t) for k in KIND_ORDER if counts[k]])
    return Fact(t.gettext("Contributions"), text)


def ranking_note(t: Words, closed: bool, counted: bool, why: str) -> str:
    """How the recommendations are ordered."""
    if not closed:
        return t.gettext("No voting round was closed: the recommendations appear in board order.")
    if not counted:
        return t.gettext(
            "The last voting round could not be counted ({why}); "
            "the recommendations appear in board order."
        ).format(why=why)
    return t.gettext("The recommendations are ranked by the final voting round.")


def merged_note(t: Words, merged: int) -> str:
    return t.ngettext(
        "“%(smaller)s” puts together %(n)d group of fewer than %(min)d people, "
        "so that no one person's speaking time shows.",
        "“%(smaller)s” puts together %(n)d groups of fewer than %(min)d people, "
        "so that no one person's speaking time shows.",
        merged,
        smaller=t.gettext(SMALLER_GROUPS),
        min=MIN_GROUP,
    )


def participation_intro(first: Participation, t: Words) -> str:
    """The participation annex's first sentence."""
    spoken = t.ngettext(
        "%(time)s of speaking in %(n)d turn.",
        "%(time)s of speaking in %(n)d turns.",
        first.total_turns,
        time=duration(first.total_seconds),
    )
    if first.basis == "present":
        share = t.ngettext(
            "Each group's share of the speaking time and of the turns is set beside its "
            "share of the %(n)d person present.",
            "Each group's share of the speaking time and of the turns is set beside its "
            "share of the %(n)d people present.",
            first.present,
        )
    else:
        share = t.ngettext(
            "Each group's share of the speaking time and of the turns is set beside its "
            "share of the %(n)d person on the roster.",
            "Each group's share of the speaking time and of the turns is set beside its "
            "share of the %(n)d people on the roster.",
            first.present,
        )
    return f"{spoken} {share}"


def by_dimension(part: Participation, t: Words) -> str:
    """ "By stakeholder group": the heading of one dimension's chart and table."""
    return t.gettext(BY_DIMENSION.get(part.dimension, part.title))


def participation_headers(part: Participation, t: Words) -> tuple[str, ...]:
    return (
        t.gettext(DIMENSION_WORDS.get(part.dimension, part.title)),
        t.gettext("People"),
        t.gettext("Turns"),
        t.gettext("Speaking"),
        t.gettext("Time %"),
        t.gettext("Turns %"),
        t.gettext("People %"),
    )


def appendix_intro(content: ReportContent, timed: bool) -> str:
    """What the annex of every contribution holds, and the zone of its times."""
    t = content.words
    if content.anonymous:
        intro = t.gettext("Every contribution, in the order it was captured.")
    else:
        intro = t.gettext(
            "Every contribution, in the order it was captured, "
            "with the speaker where they agreed to be named."
        )
    if timed and content.zone:
        intro += " " + t.gettext("Times are in {zone}.").format(zone=content.zone)
    return intro


def point_words(number: int | None, t: Words) -> str:
    """ "point 3", or "" without a point."""
    return t.gettext("point {number}").format(number=number) if number else ""


def blocked_by(n: int, t: Words) -> str:
    return t.ngettext("Blocked by %(n)d participant.", "Blocked by %(n)d participants.", n)


def drew_words(t: Words, number: int, contributions: int, kinds: str, appendix: bool) -> str:
    """How many contributions a point drew, and where they are."""
    if not contributions:
        return t.gettext("Nothing was captured under this point.")
    text = t.ngettext("%(n)d contribution captured", "%(n)d contributions captured", contributions)
    if kinds:
        text += f" ({kinds})"
    if appendix:
        text += t.gettext("; every one is in “{annex}”, under point {number}").format(
            annex=t.gettext("Annex: every contribution"), number=number
        )
    return text + "."


def _unvoted(extra: Mapping[str, Any]) -> dict[str, Any]:
    base: dict[str, Any] = {
        "rank": None,
        "result": "",
        "score": None,
        "share": None,
        "support": (),
        "support_note": "",
        "blocks": 0,
    }
    base.update(extra)
    return base


def _value(text: str, t: Words) -> str:
    clean = " ".join(text.split())
    return clean or t.gettext(NOT_RECORDED)


def _counts(
    people: Sequence[Participant], attr: str, merge: bool, t: Words, *, private: bool = True
) -> list[tuple[str, int]]:
    """People per value of ``attr``, most first; small groups merged when ``merge``.

    ``private``: the merged row itself must hold at least :data:`MIN_GROUP` people (the
    next smallest group joins it until it does), so no one can be told apart in it. A named
    report merges small groups only to be brief, and merges no group alone.
    """
    counts = Counter(shown_value(attr, _value(getattr(p, attr), t), t) for p in people)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    if not merge:
        return ordered
    small = [kv for kv in ordered if kv[1] < MIN_GROUP]
    if not small or (len(small) == 1 and not private):
        return ordered
    big = [kv for kv in ordered if kv[1] >= MIN_GROUP]
    while private and sum(n for _, n in small) < MIN_GROUP and big:
        small.append(big.pop())  # the smallest of the others joins
    if len(small) == 1 and not big:
        return ordered  # one group only: there is nothing to merge it with
    return [*big, (t.gettext(SMALLER_GROUPS), sum(n for _, n in small))]


def _counted(
    people: Sequence[Participant], attr: str, t: Words, merge: bool = False, *, private: bool = True
) -> str:
    ordered = _counts(people, attr, merge, t, private=private)
    if not ordered:
        return t.gettext("none")
    return ", ".join(f"{name} {n}" for name, n in ordered)


def _breakdown(parts: Sequence[str]) -> str:
    return f" ({', '.join(parts)})" if parts else ""


def _turnout(ballots: int, eligible: int, turnout: float, t: Words) -> str:
    if not eligible:
        return t.ngettext("%(n)d ballot", "%(n)d ballots", ballots)
    return t.gettext("{ballots} of {eligible} ({share}%)").format(
        ballots=ballots, eligible=eligible, share=percent(turnout)
    )


def _method_words(rnd: Round, t: Words) -> str:
    if rnd.method not in voting.METHODS:
        return rnd.method
    rules = vote_words.rules(rnd.method, rnd.rules, t)
    return f"{vote_words.title(rnd.method, t)}: {rules}"


def _ballot_words(rnd: Round, hands: bool, t: Words) -> str:
    if rnd.secret:
        how = t.gettext("Secret ballot at the kiosk")
    else:
        how = t.gettext("Named ballot at the kiosk")
    return how + (t.gettext(", with hand counts") if hands else "")


def _support(
    rnd: Round, result: RoundResult, item: int, t: Words
) -> tuple[tuple[GroupSupport, ...], str]:
    if result.by_group is None:
        return (), t.gettext("Support by stakeholder group is not shown: the vote was secret.")
    cells = []
    for group, values in result.by_group.items():
        if item not in values:
            continue
        value = values[item]
        text = vote_words.support_words(rnd.method, value, t)
        cells.append(GroupSupport(group=group, value=value, text=text))
    note = ""
    if result.hidden_groups:
        note = t.gettext(
            "Not shown, to keep votes private: {groups} "
            "(fewer than 3 voters, or enough to work them out)."
        ).format(groups=", ".join(result.hidden_groups))
    elif not cells:
        note = t.gettext("No named ballots to show support by stakeholder group.")
    return tuple(cells), note


def _merge_small(rows: list[ParticipationRow], t: Words) -> tuple[list[ParticipationRow], int]:
    """Merge groups under MIN_GROUP present into one row (anonymous reports)."""
    small = [r for r in rows if r.present < MIN_GROUP]
    if not small:
        return rows, 0
    big = sorted((r for r in rows if r.present >= MIN_GROUP), key=lambda r: r.present)
    while sum(r.present for r in small) < MIN_GROUP and big:
        small.append(big.pop(0))
    if len(small) == 1 and not big:
        return rows, 0
    keep = [r for r in rows if r not in small]
    merged = ParticipationRow(
        group=t.gettext(SMALLER_GROUPS),
        present=sum(r.present for r in small),
        turns=sum(r.turns for r in small),
        seconds=sum(r.seconds for r in small),
        time_share=sum(r.time_share for r in small),
        turn_share=sum(r.turn_share for r in small),
        presence_share=sum(r.presence_share for r in small),
    )
    return [*keep, merged], len(small)


def all_text(value: Any) -> list[str]:
    """Every string inside a content value (for tests and checks of anonymity)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif hasattr(item, "__dataclass_fields__"):
            stack.extend(getattr(item, name) for name in item.__dataclass_fields__)
    return found
