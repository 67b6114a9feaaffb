"""Withholding names and organisations in free text (breakout.redaction).

The figures on the labelled set (tests/data/redaction/cases.json) are the ones
``benchmarks/bench_redaction.py`` prints; every error left is one the set
marks as known, so a new miss or a new wrongly withheld word fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from breakout.redaction import WITHHELD, WITHHELD_ORGANISATION, Person, Redactor, fold

BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "bench_redaction.py"
NAME, ORG = WITHHELD, WITHHELD_ORGANISATION


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_redaction", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("mode", "most_missed", "most_wrong"), [("anonymous", 1, 2), ("named", 1, 0)]
)
def test_the_labelled_set_keeps_its_figures(mode: str, most_missed: int, most_wrong: int) -> None:
    bench = _bench()
    score = bench.evaluate(mode)
    assert score.tagged > 70
    assert len(score.missed) <= most_missed, score.missed
    assert len(score.wrong) <= most_wrong, score.wrong
    _, cases = bench.load()
    known = [c.text for c in cases if c.known]
    for error in score.missed + score.wrong:
        assert any(repr(text) in error for text in known), f"not a known error: {error}"


def anonymous(*people: str | tuple[str, str]) -> Redactor:
    return Redactor(
        [Person(p) if isinstance(p, str) else Person(*p) for p in people], organisations=True
    )


def test_the_examples_from_the_issue() -> None:
    redact = anonymous(
        ("李伟", "Shenzhen Water Group"),
        ("Ngozi Okonkwo", ""),
        ("Jonas Müller", ""),
        ("Ana Lima", "Vale Community Relations"),
        ("Fatou Sow", ""),
        ("Mei Lin Chen", "Keidanren"),
    )
    assert redact("as Li said") == f"as {NAME} said"
    assert redact("as ngozi said") == f"as {NAME} said"
    assert redact("OKONKWO agrees") == f"{NAME} agrees"
    assert redact("Mr Muller asked") == f"{NAME} asked"
    assert redact("The Lima Declaration") == "The Lima Declaration"
    assert redact("we must sow trust") == "we must sow trust"
    assert redact("Sow trust first.") == "Sow trust first."
    assert redact("As Sow said, trust first.") == f"As {NAME} said, trust first."
    assert redact("Vale Community Relations will pay") == f"{ORG} will pay"
    assert redact("Keidanren members agree") == f"{ORG} members agree"


def test_names_are_matched_folded_and_whole() -> None:
    redact = anonymous("Élise Marchand", "Jonas Müller")
    assert redact("ELISE proposed it") == f"{NAME} proposed it"
    assert redact("elise marchand's plan") == f"{NAME}'s plan"
    assert redact("Mueller agrees") == f"{NAME} agrees"
    assert redact("Elisabeth agrees") == "Elisabeth agrees"  # whole words only
    assert fold("ÉLISE Müller") == "elise muller"


def test_a_named_export_withholds_only_those_who_did_not_agree() -> None:
    redact = Redactor(
        [
            Person("Omar Haddad", "Ministry of Water", named=True),
            Person("Kamal Haddad", "Lebanese Water Establishment"),
            Person("Farid Aliyev", "Caspian Utilities"),
            Person("Ana Lima", "Vale Community Relations", named=True),
        ]
    )
    assert redact("Omar Haddad and Kamal Haddad agree") == f"Omar Haddad and {NAME} agree"
    # A surname shared with someone who did not agree is withheld on its own.
    assert redact("Haddad agrees") == f"{NAME} agrees"
    assert redact("Farid Aliyev is right") == f"{NAME} is right"
    assert redact("Farid Aliyev of Caspian Utilities is right") == f"{NAME} of {ORG} is right"
    assert redact("Caspian Utilities' Farid wants audits") == f"{ORG}' {NAME} wants audits"
    # Organisations elsewhere stay in a named report, and so do named people.
    assert redact("Caspian Utilities publishes its accounts") == (
        "Caspian Utilities publishes its accounts"
    )
    assert redact("Ana Lima of Vale Community Relations") == (
        "Ana Lima of Vale Community Relations"
    )
    assert not Redactor([Person("Ana Lima", named=True)]).active


def test_titles_and_initials_go_with_the_name() -> None:
    redact = anonymous("Ngozi Okonkwo", "Farid Aliyev")
    assert redact("H.E. Ambassador Aliyev spoke") == f"{NAME} spoke"
    assert redact("Per Ngozi O., Lagos publishes") == f"Per {NAME}, Lagos publishes"
    assert redact("N. Okonkwo sent it") == f"{NAME} sent it"
    # Off the roster, a name after a personal title is a name too.
    assert redact("Mr Smith from the ministry") == f"{NAME} from the ministry"
    assert redact("the minister of water") == "the minister of water"
    assert redact("We met at Notre-Dame Cathedral.") == "We met at Notre-Dame Cathedral."


def test_scripts_without_spaces_and_arabic() -> None:
    redact = anonymous("李伟", "王芳", "فاطمة الزهراء", "أمل منصور", "Дмитрий Иванов")
    assert redact("正如李伟所说") == f"正如{NAME}所说"
    assert redact("李先生认为") == f"{NAME}认为"
    assert redact("李子很好吃") == "李子很好吃"  # the surname alone is a plum here
    assert redact("Pay monitors, as Li Wei proposed") == f"Pay monitors, as {NAME} proposed"
    assert redact("The Li River floods") == "The Li River floods"
    assert redact("قالت فاطمة إن") == f"قالت {NAME} إن"
    assert redact("اتفقت الحكومة وفاطمة") == f"اتفقت الحكومة و{NAME}"
    assert redact("السيدة الزهراء تقترح") == f"{NAME} تقترح"
    assert redact("لدينا أمل كبير") == "لدينا أمل كبير"  # "hope", not Amal
    assert redact("قالت أمل إن") == f"قالت {NAME} إن"
    assert redact("Мы согласны с Ивановым.") == f"Мы согласны с {NAME}."


def test_an_inactive_redactor_changes_nothing() -> None:
    assert Redactor([Person("Ngozi Okonkwo")], active=False)("Ngozi agrees") == "Ngozi agrees"
    assert anonymous("Ngozi Okonkwo")("") == ""
