"""The rapporteur's texts (``session.outcome``) and the draft key messages.

Sessions are made from a briefing and a roster (tests/gui/real_session.py),
filled through the engine's own operations, as the app does.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import sqlite_utils

from breakout import drafts, embed, migrations, suggest
from breakout.errors import BreakoutError
from breakout.outcome import MAX_TEXT, key_message_lines
from breakout.session import Session
from breakout.store import APPLICATION_ID
from breakout.when import span_text
from tests.gui.real_session import LONG_POINT, make_session
from tests.helpers import FakeClock

ARABIC = "يجب أن تشارك الأحياء غير الرسمية في رسم خرائط المخاطر."
CHINESE = "学校应当每学期组织一次疏散演练。"


def _first_point(session: Session) -> int:
    return session.agenda.points()[0].id


def test_point_texts_are_kept_as_typed_and_undone_in_one_step(tmp_path: Path) -> None:
    with make_session(tmp_path) as session:
        point = session.agenda.points()[1]
        assert point.text == LONG_POINT
        messages = f"- Residents map the risks with the city\n\n• {ARABIC}\n{CHINESE}  "
        change = session.outcome.edit_point(point.id, key_messages=messages, summary="  Élise…  ")
        edited = session.agenda.points()[1]
        assert edited.key_messages == messages.strip()
        assert edited.summary == "Élise…"
        assert key_message_lines(edited.key_messages) == [
            "Residents map the risks with the city",
            ARABIC,
            CHINESE,
        ]
        session.undo(change)
        assert session.agenda.points()[1].key_messages == ""
        assert session.agenda.points()[1].summary == ""


def test_session_texts_survive_reopening(tmp_path: Path) -> None:
    with make_session(tmp_path) as session:
        session.outcome.edit_session(
            key_messages="Cities act before the storms", next_steps="Report to the plenary"
        )
        session.outcome.edit_session(addressees="Municipalities; UN-Habitat")
        path = session.store.path
    with Session.open(path) as again:
        info = again.info()
        assert info.key_messages == "Cities act before the storms"
        assert info.next_steps == "Report to the plenary"
        assert info.addressees == "Municipalities; UN-Habitat"


def test_too_long_a_text_or_an_unknown_point_changes_nothing(tmp_path: Path) -> None:
    with make_session(tmp_path) as session:
        point = _first_point(session)
        session.outcome.edit_point(point, summary="kept")
        with pytest.raises(BreakoutError, match="the summary text is 20,001 characters"):
            session.outcome.edit_point(point, key_messages="new", summary="x" * (MAX_TEXT + 1))
        assert session.agenda.points()[0].summary == "kept"
        assert session.agenda.points()[0].key_messages == ""
        with pytest.raises(BreakoutError, match="point 999 does not exist"):
            session.outcome.edit_point(999, summary="lost")


def test_the_time_zone_is_checked_and_names_the_report_times(tmp_path: Path) -> None:
    with make_session(tmp_path) as session:
        with pytest.raises(BreakoutError, match="'Valparaíso' is not a time zone"):
            session.update_session(time_zone="Valparaíso")
        with pytest.raises(BreakoutError, match="must be a time"):
            session.update_session(starts_at="tomorrow")
        assert session.info().time_zone == ""
        # 8 October 2025, 17:00 UTC is 14:00 in Santiago (UTC-03:00 then).
        session.update_session(time_zone=" America/Santiago ", starts_at=1759942800)
        info = session.info()
        assert (info.time_zone, info.starts_at) == ("America/Santiago", 1759942800.0)
        assert span_text(1759942800, 1759942800 + 5400, "America/Santiago") == (
            "Wednesday 8 October 2025, 14:00–15:30 (America/Santiago, UTC-03:00)"
        )


def test_a_schema_5_file_opens_with_empty_outcome_texts(tmp_path: Path) -> None:
    path = tmp_path / "schema5.breakout"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.MIGRATIONS.apply(sqlite_utils.Database(conn), stop_before="m006_outcome_texts")
    conn.execute("INSERT INTO session (id, title, created_at) VALUES (1, 'Before outcomes', 0)")
    conn.execute("INSERT INTO points (id, position, text, minutes) VALUES (1, 0, 'Finance', 10)")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Session.open(path, clock=FakeClock()) as session:
        assert session.agenda.points()[0].key_messages == ""
        assert session.info().starts_at is None
        session.outcome.edit_point(1, key_messages="Pool the funds")
        assert session.agenda.points()[0].key_messages == "Pool the funds"


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "breakout", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_outcome_texts_travel_in_the_interchange_format(tmp_path: Path) -> None:
    with make_session(tmp_path) as session:
        session.outcome.edit_point(_first_point(session), key_messages=ARABIC, summary=CHINESE)
        session.outcome.edit_session(next_steps="Plenary, 10 October")
        session.update_session(time_zone="America/Santiago", starts_at=1759942800)
        path = session.store.path
    shown = _cli("show", path, "--json")
    assert shown.returncode == 0, shown.stderr
    (tmp_path / "copy.json").write_text(shown.stdout, encoding="utf-8")
    made = _cli("new", tmp_path / "copy.breakout", "--from-json", tmp_path / "copy.json")
    assert made.returncode == 0, made.stderr
    with Session.open(tmp_path / "copy.breakout") as copy:
        point = copy.agenda.points()[0]
        assert (point.key_messages, point.summary) == (ARABIC, CHINESE)
        assert copy.info().next_steps == "Plenary, 10 October"
        assert copy.info().time_zone == "America/Santiago"
    doc = json.loads(shown.stdout)
    assert doc["points"][0]["key_messages"] == ARABIC


# -- drafts ------------------------------------------------------------------------------


def _fill_point(session: Session, point: int, texts: list[tuple[str, str]]) -> list[int]:
    add = session.capture.add_contribution
    return [add(text, point_id=point, kind=kind).result for kind, text in texts]


FINANCE = [
    ("comment", "Small towns cannot borrow for drainage without a national guarantee."),
    ("proposal", "Create a national guarantee fund so small towns can borrow for drainage."),
    ("proposal", "Create a national guarantee fund so small towns can borrow for drainage!"),
    ("comment", "A guarantee from the state would let our municipality borrow for drains."),
    ("question", "Who pays for the guarantee fund if a town defaults?"),
    ("concern", "Shade trees need watering budgets for years, not one planting grant."),
    ("comment", "Pooled procurement of pumps cut our costs by a third."),
]


def test_drafts_are_central_contributions_without_repeats(tmp_path: Path) -> None:
    with make_session(tmp_path) as session:
        point = _first_point(session)
        ids = _fill_point(session, point, FINANCE)
        private = session.capture.add_contribution(
            "Off the record: the mayor said the guarantee fund is dead.",
            point_id=point,
            private=True,
        ).result
        job = drafts.prepare(session, point)
        assert private not in job.ids and ids[4] not in job.ids  # no private text, no question
        made = drafts.compute(job)
        picked = [d.contribution for d in made.drafts]
        assert len(picked) == 2  # six usable contributions
        assert not {ids[1], ids[2]} <= set(picked)  # a near repeat is never drafted twice
        assert picked[0] in {ids[0], ids[1], ids[2], ids[3]}  # the guarantee is the centre
        assert made.text().splitlines() == [d.text for d in made.drafts]
        before = session.agenda.points()[0]
        drafts.store(session, made)
        assert session.agenda.points()[0] == before  # offered only, never written


def test_a_contribution_and_its_translation_are_never_both_drafted(tmp_path: Path) -> None:
    """In a room of two languages the same idea said in French and in English is one key
    message, not two."""
    said = [
        ("proposal", "Create a national guarantee fund so small towns can borrow for drainage."),
        (
            "proposal",
            "Créer un fonds national de garantie pour que les petites villes puissent "
            "emprunter pour le drainage.",
        ),
        ("comment", "A guarantee from the state would let our municipality borrow for drains."),
        ("concern", "Shade trees need watering budgets for years, not one planting grant."),
        ("comment", "Pooled procurement of pumps cut our costs by a third."),
        ("comment", "Les communes rurales n'ont personne pour monter les dossiers de prêt."),
    ]
    with make_session(tmp_path) as session:
        point = _first_point(session)
        ids = _fill_point(session, point, said)
        made = drafts.compute(drafts.prepare(session, point))
        picked = {d.contribution for d in made.drafts}
        assert made.method == suggest.SEMANTIC and len(made.drafts) == 2
        assert not {ids[0], ids[1]} <= picked


def test_drafts_handle_arabic_and_chinese_and_an_empty_point(tmp_path: Path) -> None:
    with make_session(tmp_path) as session:
        _, second, third = (p.id for p in session.agenda.points())
        _fill_point(session, second, [("comment", ARABIC), ("proposal", CHINESE)])
        made = drafts.compute(drafts.prepare(session, second))
        assert [d.text for d in made.drafts] in ([ARABIC], [CHINESE])
        assert drafts.compute(drafts.prepare(session, third)).drafts == []


def test_drafts_fall_back_to_shared_words_without_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(embed.SWITCH, "off")
    monkeypatch.setattr(embed, "_shared", None)
    with make_session(tmp_path) as session:
        point = _first_point(session)
        _fill_point(session, point, FINANCE)
        made = drafts.compute(drafts.prepare(session, point))
        assert made.method == suggest.LEXICAL
        assert len(made.drafts) == 2


def test_representative_rows_prefer_the_centre_and_skip_near_copies() -> None:
    rows = np.array([[1.0, 0, 0], [0.9, 0.1, 0], [0.9, 0.1, 0], [0, 1.0, 0], [0.5, 0.5, 0]])
    assert drafts.representative(rows, 3, duplicate=0.99) == [4, 1, 3]
    assert drafts.representative(rows, 0) == []
    assert drafts.representative(np.zeros((2, 3)), 2) == [0, 1]
