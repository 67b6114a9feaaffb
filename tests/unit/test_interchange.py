"""The interchange JSON: schema, lossless round trip, and refusal of bad input."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breakout.demo import build_demo
from breakout.errors import BreakoutError
from breakout.interchange import check_document, create_from_json, export_session, read_json
from tests.helpers import FakeClock, files_in

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "breakout" / "schema" / "session.schema.json").read_text()
)


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("demo") / "demo.breakout"
    with build_demo(path) as session:
        return export_session(session)


def test_export_follows_the_published_schema(demo_doc: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(demo_doc, SCHEMA)


def test_round_trip_is_lossless(demo_doc: dict[str, Any], tmp_path: Path) -> None:
    with create_from_json(tmp_path / "copy.breakout", demo_doc, clock=FakeClock()) as copy_:
        again = export_session(copy_)
    assert again == demo_doc
    # and through text, as the command line does it
    text = json.dumps(demo_doc, ensure_ascii=False)
    with create_from_json(tmp_path / "text.breakout", json.loads(text), clock=FakeClock()) as s:
        assert export_session(s) == demo_doc


def test_secret_ballots_carry_no_names_and_no_order(demo_doc: dict[str, Any]) -> None:
    (rnd,) = demo_doc["rounds"]
    assert rnd["secret"] and rnd["state"] == "closed"
    assert all(b["participant"] is None for b in rnd["ballots"])
    keys = [json.dumps(b, sort_keys=True) for b in rnd["ballots"]]
    assert keys == sorted(keys)
    assert len(rnd["ballots"]) == len(rnd["voters"])


def _break(doc: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    broken = copy.deepcopy(doc)
    target = broken
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["session"], _DELETE, 'no "session"'),
        (["version"], 99, "newer Breakout"),
        (["format"], "spreadsheet", "not a Breakout session export"),
        (
            ["points", 0, "minutes"],
            "ten",
            r'points\[0\]\.minutes in the JSON must be a whole number, not "ten"',
        ),
        (["points", 0, "text"], "  ", "is empty"),
        (["points", 1, "id"], 1, "repeats id"),
        (["contributions", 0, "point"], 999, "refers to point 999"),
        (["contributions", 0, "kind"], "rant", "kind in the JSON must be one of comment, question"),
        (["recommendations", 0, "cluster"], 999, "refers to group 999"),
        (["rounds", 0, "method"], "lottery", "method in the JSON must be one of dots"),
        (["rounds", 0, "ballots", 0, "participant"], 1, "secret round|voters"),
        (["rounds", 0, "ballots", 0, "entries", 0, "value"], 50, "between 0 and"),
        (
            ["participants", 0, "may_be_named"],
            "yes",
            "may_be_named in the JSON must be true or false",
        ),
    ],
)
def test_bad_documents_are_refused_with_a_clear_message(
    demo_doc: dict[str, Any], tmp_path: Path, path: list[Any], value: Any, message: str
) -> None:
    broken = _break(demo_doc, path, value)
    with pytest.raises(BreakoutError, match=message):
        create_from_json(tmp_path / "new.breakout", broken, clock=FakeClock())
    assert files_in(tmp_path) == {}


def test_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"session": {"title": "x"', encoding="utf-8")
    with pytest.raises(BreakoutError, match=r"not valid JSON \(line 1"):
        read_json(tmp_path / "bad.json")
    (tmp_path / "latin.json").write_bytes(b'{"session": {"title": "\xe9"}}')
    with pytest.raises(BreakoutError, match="not UTF-8"):
        read_json(tmp_path / "latin.json")
    with pytest.raises(BreakoutError, match="does not exist"):
        read_json(tmp_path / "missing.json")


def test_minimal_document_is_enough(tmp_path: Path) -> None:
    doc = {"session": {"title": "Just a title"}, "points": [{"id": 4, "text": "Only point"}]}
    with create_from_json(tmp_path / "min.breakout", doc, clock=FakeClock()) as session:
        assert session.info().title == "Just a title"
        assert [(p.id, p.minutes) for p in session.agenda.points()] == [(4, 10)]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)
_keys = st.sampled_from(
    [
        "session",
        "points",
        "participants",
        "contributions",
        "recommendations",
        "clusters",
        "rounds",
        "turns",
        "id",
        "text",
        "title",
        "point",
        "participant",
        "method",
        "items",
        "ballots",
        "voters",
        "entries",
        "item",
        "value",
        "label",
        "minutes",
        "kind",
        "runs",
    ]
)
_shaped = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 5) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=6),
    max_leaves=40,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.one_of(_json, _shaped))
def test_fuzzed_documents_never_crash_and_write_nothing_when_refused(
    doc: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    try:
        check_document(doc)
    except BreakoutError:
        with pytest.raises(BreakoutError):
            create_from_json(folder / "f.breakout", doc, clock=FakeClock())
        assert files_in(folder) == {}
        return
    with create_from_json(folder / "f.breakout", doc, clock=FakeClock()) as session:
        assert isinstance(export_session(session), dict)


@settings(max_examples=150, deadline=None)
@given(
    mutation=st.tuples(
        st.sampled_from(["points", "participants", "contributions", "recommendations", "rounds"]),
        st.integers(0, 5),
        st.sampled_from(
            [
                "id",
                "text",
                "point",
                "participant",
                "cluster",
                "minutes",
                "name",
                "kind",
                "items",
                "settings",
                "ballots",
                "state",
                "voters",
            ]
        ),
        _json,
    )
)
def test_fuzzed_mutations_of_a_real_export_never_crash(
    demo_doc: dict[str, Any],
    mutation: tuple[str, int, str, Any],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    section, index, field, value = mutation
    doc = copy.deepcopy(demo_doc)
    items = doc[section]
    items[index % len(items)][field] = value
    folder = tmp_path_factory.mktemp("mutant")
    try:
        check_document(doc)
    except BreakoutError as exc:
        assert "\n" not in str(exc)
        return
    # What the check lets through must import cleanly.
    create_from_json(folder / "m.breakout", doc, clock=FakeClock()).close()


def test_anonymous_export_follows_the_schema_and_imports(tmp_path: Path) -> None:
    from breakout.report.exports import json_document

    with build_demo(tmp_path / "demo.breakout") as session:
        names = {p.name for p in session.people.participants()}
        doc = json_document(session, anonymous=True)
    jsonschema.validate(doc, SCHEMA)
    assert doc["anonymous"] is True
    assert not names & {p["name"] for p in doc["participants"]}
    with create_from_json(tmp_path / "again.breakout", doc, clock=FakeClock()) as again:
        assert len(again.capture.contributions()) == len(doc["contributions"])


def test_a_rule_of_the_file_breaks_into_a_sentence_not_an_integrity_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were a document to pass the checks and still break a rule SQLite keeps (here the
    reference and voting-code checks are switched off to get one), the user reads a
    sentence and no file is made."""
    from breakout.interchange import checks

    monkeypatch.setattr(checks, "_check_references", lambda data, ids, name: None)
    dangling = {
        "session": {"title": "Atelier « eau »"},
        "points": [{"id": 1, "text": "Qui paie ?"}],
        "contributions": [
            {"id": 1, "point": 999, "text": "供水 — المياه", "created_at": 1_800_000_000.0}
        ],
    }
    with pytest.raises(BreakoutError, match="refers to an entry that is not there"):
        create_from_json(tmp_path / "a.breakout", dangling, clock=FakeClock())
    same_code = {
        "session": {"title": "Atelier"},
        "participants": [
            {"id": 1, "name": "Amina", "voting_code": "K7M2"},
            {"id": 2, "name": "Zhōu Lì", "voting_code": "K7M2"},
        ],
    }
    with pytest.raises(
        BreakoutError, match="two entries of participants have the same voting_code"
    ):
        create_from_json(tmp_path / "b.breakout", same_code, clock=FakeClock())
    assert files_in(tmp_path) == {}


def test_an_integrity_error_anywhere_is_told_as_a_sentence() -> None:
    import sqlite3

    from breakout.errors import explain

    known = explain(sqlite3.IntegrityError("UNIQUE constraint failed: voters.round"), "s.breakout")
    assert known is not None
    assert str(known).startswith("s.breakout was left as it was: the change would have broken")
    assert "damaged" not in str(known)
