"""What one export may show, decided once: :class:`Disclosure`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from breakout.errors import BreakoutError
from breakout.redaction.redactor import Person, Redactor


@dataclass(frozen=True)
class Disclosure:
    """What one export may show, decided once and used by every format.

    * ``named``: the participants this export may name — nobody when
      ``anonymous``, otherwise those who agreed. Everyone else is named
      nowhere, and nothing is attributed to them.
    * ``private``: contributions marked private, and ``private_recommendations``,
      the board items that come only from them: never exported.
    * ``include_notes``: the facilitator's prompt notes go in (a named export
      only, with the same names withheld).
    * ``redact``: the free-text rule (:class:`Redactor`) for this export.
    """

    anonymous: bool
    include_notes: bool
    named: frozenset[int]
    private: frozenset[int]
    private_recommendations: frozenset[int]
    redact: Redactor

    @classmethod
    def build(
        cls,
        people: Iterable[tuple[int, Person]],
        *,
        staff: Iterable[str] = (),
        anonymous: bool,
        include_notes: bool = False,
        chatham_house: bool = False,
        private: Iterable[int] = (),
        private_recommendations: Iterable[int] = (),
    ) -> Disclosure:
        """``people``: (participant id, person with ``named`` = agreed to be named).

        ``staff``: the facilitator and rapporteur, named on a named report's
        cover. Refuses notes in an anonymous export with one sentence.
        """
        anon = bool(anonymous or chatham_house)
        if include_notes and chatham_house:
            raise BreakoutError(
                "this session runs under the Chatham House Rule: its reports are anonymous and "
                "never carry the facilitator's notes; leave the notes out"
            )
        if include_notes and anon:
            raise BreakoutError(
                "the facilitator's notes go only into a named report, never an anonymous one; "
                "leave the notes out or export with names"
            )
        people = list(people)
        named = frozenset(pid for pid, person in people if person.named and not anon)
        everyone = [Person(p.name, p.organisation, named=pid in named) for pid, p in people] + [
            Person(name, named=not anon) for name in staff if name.strip()
        ]
        return cls(
            anonymous=anon,
            include_notes=include_notes,
            named=named,
            private=frozenset(private),
            private_recommendations=frozenset(private_recommendations),
            redact=Redactor(everyone, organisations=anon),
        )

    def names(self, participant: int | None) -> bool:
        """Whether this export may name (and attribute things to) a participant."""
        return participant is not None and participant in self.named
