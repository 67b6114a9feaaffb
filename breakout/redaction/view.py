"""The session's records as one export may show them: every field through its rule.

This is the one anonymiser of every export. :data:`FIELD_RULES` gives each
field of the session's records (as the interchange format lays them out) the
rule it leaves by; a field without a rule never leaves — not in the JSON, not
in the CSV, not in the report. :class:`View` applies the rules under one
:class:`~breakout.redaction.Disclosure`:

* :meth:`View.document` is the JSON export: the whole interchange document
  through the rules (:func:`disclose_document`);
* :meth:`View.record` gives one record (a contribution, a participant) through
  its rules, and :meth:`View.extras` the fields of it that no format lays out
  by name but that a rule lets out — the report's content takes its records
  this way, so the CSV, Markdown and PDF show what the JSON shows and no more.

What the rules do:

- Anyone the export may not name — nobody in an anonymous export, those who
  did not agree in a named one — is "Participant N" and nothing more: no
  organisation, stakeholder group, region, gender or check-in time of their
  own, a number that follows neither the roster nor their attributes, and
  nothing points to them: their speaking turns are left out, and their
  contributions, proposals and ballots have ``participant: null``, with the
  point's start as the time they were said. Who voted (``voters``, not how)
  is kept under the new numbers.
- Every free text goes through the export's redactor (names, and when
  anonymous the roster's organisations); the facilitator and rapporteur are
  blank when anonymous; the facilitator's notes are empty unless a named
  export includes them; voting codes are null; private contributions, and
  board items that come only from them, are left out.
- An anonymous document says ``"anonymous": true``.
"""

from __future__ import annotations

import copy
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from breakout.redaction.disclosure import Disclosure
from breakout.redaction.redactor import Person

if TYPE_CHECKING:
    from breakout.report.model import Participation

# How each field of the interchange leaves the app (:func:`disclose_document`).
KEEP = "keep"  # says nothing about who anyone is
TEXT = "text"  # free text: through the export's redactor
NOTES = "notes"  # the facilitator's notes: "" unless a named export includes them
STAFF = "staff"  # the facilitator or rapporteur: "" when anonymous
SELF = "self"  # a participant's own field: a stand-in for anyone not named
ID = "id"  # a participant's id: kept for the named, a new number for the others
VOTER = "voter"  # who voted (not how): the participant's id as above
WHO = "who"  # who said, proposed, spoke or voted what: null unless they may be named
WHEN = "when"  # when someone did it: the point's start unless they may be named
EDITED = "edited"  # when it was edited: null unless they may be named
NEVER = "never"  # voting codes: always null
PRIVATE = "private"  # a private row never leaves; the flag of the others is false
SOURCES = "sources"  # contribution ids: private ones dropped
REC = "rec"  # a recommendation id: null (its row dropped) when it comes only from private text

#: Every field of the interchange with its rule. A field missing here never
#: leaves the app (:func:`undecided_fields` lists them, and a test fails).
FIELD_RULES: dict[str, Any] = {
    "format": KEEP,
    "version": KEEP,
    "anonymous": KEEP,
    "participation": KEEP,  # aggregates from the report, small groups merged when anonymous
    "session": {
        "title": TEXT,
        "event": TEXT,
        "venue": TEXT,
        "dates": TEXT,
        "background": TEXT,
        "closing": TEXT,
        "facilitator": STAFF,
        "rapporteur": STAFF,
        "chatham_house": KEEP,
        "default_minutes": KEEP,
        "current_point": KEEP,
        "created_at": KEEP,
        "key_messages": TEXT,
        "next_steps": TEXT,
        "addressees": TEXT,
        "starts_at": KEEP,
        "time_zone": KEEP,
    },
    "points": [
        {
            "id": KEEP,
            "text": TEXT,
            "notes": NOTES,
            "minutes": KEEP,
            "key_messages": TEXT,
            "summary": TEXT,
            "ended_at": KEEP,
            "runs": [{"started_at": KEEP, "ended_at": KEEP}],
        }
    ],
    "participants": [
        {
            "id": ID,
            "name": SELF,
            "organisation": SELF,
            "stakeholder_group": SELF,
            "region": SELF,
            "gender": SELF,
            "may_be_named": SELF,
            "checked_in_at": SELF,
            "voting_code": NEVER,
        }
    ],
    "turns": [
        {
            "id": KEEP,
            "point": KEEP,
            "participant": WHO,
            "requested_at": KEEP,
            "started_at": KEEP,
            "ended_at": KEEP,
            "withdrawn_at": KEEP,
        }
    ],
    "contributions": [
        {
            "id": KEEP,
            "point": KEEP,
            "participant": WHO,
            "kind": KEEP,
            "text": TEXT,
            "private": PRIVATE,
            "created_at": WHEN,
            "updated_at": EDITED,
        }
    ],
    "clusters": [
        {
            "id": KEEP,
            "label": TEXT,
            "wording": TEXT,
            "origin": KEEP,
            "accepted": KEEP,
            "edited": KEEP,
        }
    ],
    "recommendations": [
        {
            "id": REC,
            "text": TEXT,
            "point": KEEP,
            "participant": WHO,
            "cluster": KEEP,
            "status": KEEP,
            "duplicate_of": REC,
            "created_at": WHEN,
            "contributions": SOURCES,
        }
    ],
    "rounds": [
        {
            "id": KEEP,
            "title": TEXT,
            "method": KEEP,
            "settings": KEEP,
            "secret": KEEP,
            "state": KEEP,
            "opened_at": KEEP,
            "closed_at": KEEP,
            "items": [{"id": KEEP, "label": TEXT, "cluster": KEEP, "recommendation": REC}],
            "ballots": [{"participant": WHO, "entries": [{"item": KEEP, "value": KEEP}]}],
            "voters": [VOTER],
            "tallies": [{"item": KEEP, "level": KEEP, "count": KEEP}],
            "results": {
                "ranking": [
                    {"item": KEEP, "label": TEXT, "rank": KEEP, "score": KEEP, "detail": KEEP}
                ],
                "ballots": KEEP,
                "eligible": KEEP,
                "turnout": KEEP,
                "explanation": TEXT,
                "order": TEXT,
                "blocked": [TEXT],
                "by_group": KEEP,  # support by group: groups under 3 voters already hidden
                "hidden_groups": KEEP,
            },
        }
    ],
}
#: The rules that let a value out as it is or redacted (for some exports).
_SHOWN = frozenset({KEEP, TEXT, SELF})
#: Rows dropped whole: a speaking turn of someone not named says when they spoke.
_DROP_ROW_UNLESS_NAMED = ("turns",)


def undecided_fields(doc: Any, rules: Any = None, where: str = "") -> list[str]:
    """Fields of ``doc`` that :data:`FIELD_RULES` says nothing about ("rounds[].weight")."""
    rules = FIELD_RULES if rules is None else rules
    found: list[str] = []
    if isinstance(rules, dict) and isinstance(doc, dict):
        for key, value in doc.items():
            if key not in rules:
                found.append(f"{where}.{key}".lstrip("."))
            else:
                found += undecided_fields(value, rules[key], f"{where}.{key}")
    elif isinstance(rules, list) and isinstance(doc, list):
        for item in doc:
            found += undecided_fields(item, rules[0], f"{where}[]")
    return sorted(set(found))


def document_disclosure(
    doc: Mapping[str, Any], *, anonymous: bool, include_notes: bool = False
) -> Disclosure:
    """The :class:`Disclosure` for an interchange document, as for its session."""
    info = doc.get("session", {})
    private = {c["id"] for c in doc.get("contributions", []) if c.get("private")}
    private_recs = {
        r["id"]
        for r in doc.get("recommendations", [])
        if r.get("contributions") and all(c in private for c in r["contributions"])
    }
    return Disclosure.build(
        [
            (p["id"], Person(p["name"], p.get("organisation", ""), bool(p.get("may_be_named"))))
            for p in doc.get("participants", [])
        ],
        staff=[info.get("facilitator", ""), info.get("rapporteur", "")],
        anonymous=anonymous,
        include_notes=include_notes,
        chatham_house=bool(info.get("chatham_house")),
        private=private,
        private_recommendations=private_recs,
    )


def anonymise_document(doc: Mapping[str, Any]) -> dict[str, Any]:
    """An interchange document with nobody named and nothing attributed."""
    return disclose_document(doc, document_disclosure(doc, anonymous=True))


def disclose_document(
    doc: Mapping[str, Any],
    disclosure: Disclosure,
    participation: Sequence[Participation] | None = None,
) -> dict[str, Any]:
    """The document as an export may show it: every field through :data:`FIELD_RULES`.

    Anyone the export may not name (everyone, when anonymous) becomes
    "Participant N" with nothing else: no organisation, group, region, gender
    or own check-in time, a number that says nothing, and nothing attributed
    to them — no speaking turn, contribution, proposal or ballot points to
    them, and what they said carries the point's start for its time. Private
    contributions and what comes only from them are left out. ``participation``
    (from the report) is added as aggregates.
    """
    return View(doc, disclosure).document(participation)


class View:
    """The records of one document as one export may show them (:data:`FIELD_RULES`)."""

    def __init__(self, doc: Mapping[str, Any], disclosure: Disclosure) -> None:
        self.d = disclosure
        people = list(doc.get("participants", []))
        shown = sorted(p["id"] for p in people if disclosure.names(p["id"]))
        others = [p["id"] for p in people if not disclosure.names(p["id"])]
        # Their order must say nothing (not the roster's order): shuffled, then
        # sorted by the only things they still carry, presence and votes.
        secrets.SystemRandom().shuffle(others)
        voted = {pid: 0 for pid in others}
        for rnd in doc.get("rounds", []):
            for pid in rnd.get("voters", []):
                if pid in voted:
                    voted[pid] += 1
        present = {p["id"]: p.get("checked_in_at") is not None for p in people}
        others.sort(key=lambda pid: (not present[pid], -voted[pid]))
        first = max(shown, default=0) + 1
        self.ids = {pid: pid for pid in shown} | {pid: first + n for n, pid in enumerate(others)}
        times = [p["checked_in_at"] for p in people if p.get("checked_in_at") is not None]
        self.door = min(times) if times else None  # one check-in time for all not named
        self.starts: dict[Any, float] = {}
        for point in doc.get("points", []):
            runs = point.get("runs") or []
            if runs:
                self.starts[point["id"]] = min(r["started_at"] for r in runs)
        firsts: dict[Any, float] = {}  # a point that never ran starts at its first capture
        for item in doc.get("contributions", []):
            point = item.get("point")
            if point not in self.starts and "created_at" in item:
                firsts[point] = min(firsts.get(point, item["created_at"]), item["created_at"])
        self.starts |= firsts
        self.session_start = doc.get("session", {}).get("created_at", 0.0)
        self.doc = doc

    def document(self, participation: Sequence[Participation] | None = None) -> dict[str, Any]:
        """The whole document through the rules (:func:`disclose_document`)."""
        out: dict[str, Any] = self.walk(self.doc, FIELD_RULES, "")
        if "participants" in out:  # listed by their new numbers: the roster's order tells who
            out["participants"].sort(key=lambda p: p["id"])
        if self.d.anonymous:
            out["anonymous"] = True
        if participation is not None:
            out["participation"] = [
                {
                    "dimension": part.dimension,
                    "basis": part.basis,
                    "groups": [
                        {
                            "group": row.group,
                            "people": row.present,
                            "turns": row.turns,
                            "speaking_seconds": round(row.seconds, 1),
                        }
                        for row in part.rows
                    ],
                }
                for part in participation
            ]
        return out

    def record(self, section: str, row: Mapping[str, Any]) -> dict[str, Any]:
        """One record of a section ("contributions") through its rules.

        ``row`` holds the record's fields by name (a model record as a dict);
        a field without a rule is left out.
        """
        shown: dict[str, Any] = self.walk(dict(row), FIELD_RULES[section][0], f".{section}[]")
        return shown

    def extras(
        self, section: str, shown: Mapping[str, Any], laid_out: Iterable[str]
    ) -> tuple[tuple[str, Any], ...]:
        """Fields of a shown record a rule lets out that a format does not lay out by name.

        A writer adds them as they are (a CSV column each), so a field declared
        public reaches every format, and one without a rule reaches none.
        """
        rules = FIELD_RULES[section][0]
        skip = set(laid_out)
        return tuple(
            (name, value)
            for name, value in shown.items()
            if name not in skip and rules.get(name) in _SHOWN
        )

    def walk(self, value: Any, rule: Any, where: str, row: Mapping[str, Any] | None = None) -> Any:
        if isinstance(rule, dict):
            if not isinstance(value, dict):
                return value
            return {
                key: self.walk(item, rule[key], f"{where}.{key}", value)
                for key, item in value.items()
                if key in rule  # a field with no rule never leaves
            }
        if isinstance(rule, list):
            if not isinstance(value, list):
                return value
            out = []
            for item in value:
                if isinstance(item, dict) and self.dropped(where, item):
                    continue
                out.append(self.walk(item, rule[0], f"{where}[]", row))
            return out
        return self.leaf(rule, value, where, row or {})

    def dropped(self, where: str, row: Mapping[str, Any]) -> bool:
        if where == ".contributions":
            return bool(row.get("private"))
        if where == ".recommendations":
            return row.get("id") in self.d.private_recommendations
        if where.lstrip(".") in _DROP_ROW_UNLESS_NAMED:
            return not self.d.names(row.get("participant"))
        return False

    def leaf(self, rule: str, value: Any, where: str, row: Mapping[str, Any]) -> Any:
        field = where.rsplit(".", 1)[-1]
        if rule == KEEP:
            return copy.deepcopy(value)
        if rule == TEXT:
            return self.d.redact(value) if isinstance(value, str) else value
        if rule == NOTES:
            return self.d.redact(value) if self.d.include_notes else ""
        if rule == STAFF:
            return "" if self.d.anonymous else value
        if rule == NEVER:
            return None
        if rule == PRIVATE:
            return False
        if rule == SOURCES:
            return [c for c in value if c not in self.d.private]
        if rule == REC:
            return None if value in self.d.private_recommendations else value
        if rule in (ID, VOTER):
            return self.ids.get(value, value)
        if rule == WHO:
            return value if self.d.names(value) else None
        author = row.get("participant")
        if rule == WHEN:
            if self.d.names(author):
                return value
            return self.starts.get(row.get("point"), self.session_start)
        if rule == EDITED:
            return value if self.d.names(author) else None
        if rule == SELF:
            if self.d.names(row.get("id")):
                return value
            return {
                "name": f"Participant {self.ids.get(row.get('id'), 0)}",
                "may_be_named": False,
                "checked_in_at": None if value is None else self.door,
            }.get(field, "")
        raise AssertionError(f"no rule {rule!r} for {where}")
