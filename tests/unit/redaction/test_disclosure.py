"""What one export may show (breakout.redaction.disclosure): decided once, refused in a sentence."""

from __future__ import annotations

import pytest

from breakout.errors import BreakoutError
from breakout.redaction import WITHHELD, Disclosure, Person

PEOPLE = [
    (1, Person("María José Núñez", "Red de Barrios", named=True)),
    (2, Person("عمر الحداد", "بلدية عمّان", named=False)),
    (3, Person("李伟", "北京水务局", named=True)),
]


def test_a_named_export_names_only_those_who_agreed_and_the_staff() -> None:
    shown = Disclosure.build(PEOPLE, staff=["Hélène Dubois", " "], anonymous=False)
    assert shown.named == {1, 3} and not shown.anonymous
    assert shown.names(1) and not shown.names(2) and not shown.names(None)
    text = "María José Núñez y Hélène Dubois hablaron con عمر الحداد"
    assert shown.redact(text) == f"María José Núñez y Hélène Dubois hablaron con {WITHHELD}"


@pytest.mark.parametrize(
    ("chatham_house", "message"),
    [
        (True, "this session runs under the Chatham House Rule: its reports are anonymous and "
         "never carry the facilitator's notes; leave the notes out"),
        (False, "the facilitator's notes go only into a named report, never an anonymous one; "
         "leave the notes out or export with names"),
    ],
)  # fmt: skip
def test_notes_are_refused_in_an_anonymous_export_with_one_sentence(
    chatham_house: bool, message: str
) -> None:
    with pytest.raises(BreakoutError) as refused:
        Disclosure.build(
            PEOPLE, anonymous=not chatham_house, chatham_house=chatham_house, include_notes=True
        )
    assert str(refused.value) == message


def test_the_chatham_house_rule_makes_every_export_anonymous() -> None:
    shown = Disclosure.build(PEOPLE, staff=["Hélène Dubois"], anonymous=False, chatham_house=True)
    assert shown.anonymous and shown.named == frozenset()
    assert shown.redact("Hélène Dubois, 李伟 and Red de Barrios") == (
        f"{WITHHELD}, {WITHHELD} and [organisation withheld]"
    )
