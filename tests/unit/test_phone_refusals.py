"""Every refusal a phone can meet from the engine, in the phone's own language.

A French and an Arabic phone, on a real server on loopback, each try every kind of ballot the
engine refuses and every kind of proposal the inbox refuses; each is told why in its own
language, as one sentence, and nothing is written.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from breakout.errors import BreakoutError
from breakout.phone.devices import BURST
from breakout.session import Session
from tests.unit.phone_rig import LONG_POINT, Phone, Rig, serving

NB = "\u00a0"  # French puts a no-break space before ";" and ":"

#: Each refusal as a French phone and an Arabic phone are told it.
SAID: dict[str, tuple[str, str]] = {
    "item from another round": (
        "L’option {item} ne figure pas sur ce bulletin.",
        "الخيار {item} غير موجود في ورقة الاقتراع هذه.",
    ),
    "empty approval": (
        f"Le bulletin est vide{NB}; choisissez au moins une option.",
        "ورقة الاقتراع فارغة؛ اختر خيارًا واحدًا على الأقل.",
    ),
    "approval of 2": (
        "Un bulletin d’approbation marque chaque option de 1 (soutien) ou de 0.",
        "تُعلَّم الخيارات في ورقة اقتراع الموافقة بـ 1 (تأييد) أو 0.",
    ),
    "dots over the cap": (
        "Une option peut recevoir de 0 à 2 gommettes.",
        "يحصل الخيار على 0 إلى نقطتين.",
    ),
    "dots over the budget": (
        f"Ce bulletin utilise 6 gommettes{NB}; le total permis est 5.",
        "تستخدم ورقة الاقتراع هذه 6 نقاط؛ الحد الأقصى 5.",
    ),
    "agreement with an item left out": (
        "Donnez à chaque option un niveau sur l’échelle d’accord.",
        "أعطِ كل خيار مستوى على سلّم الموافقة.",
    ),
    "agreement level 9": (
        "Les niveaux d’accord vont de 0 (blocage) à 5 (plein soutien).",
        "تتدرج مستويات الموافقة من 0 (اعتراض) إلى 5 (تأييد كامل).",
    ),
    "grades with an item left out": (
        "Donnez une mention à chaque option.",
        "أعطِ كل خيار تقديرًا.",
    ),
    "grade 9": (
        "Les mentions vont de 0 (À rejeter) à 5 (Excellent).",
        "تتدرج التقديرات من 0 (رفض) إلى 5 (ممتاز).",
    ),
    "ranks with a gap": (
        "Les rangs doivent être 1, 2, 3 … sans trou ni répétition.",
        "يجب أن تكون المراتب 1، 2، 3 … بلا فجوات ولا تكرار.",
    ),
    "too many ranked": (
        "Classez au plus 2 options.",
        "رتّب خيارين على الأكثر.",
    ),
    "round not open yet": (
        "Le vote n’est pas encore ouvert.",
        "لم يبدأ التصويت بعد.",
    ),
    "round closed": ("Le vote est clos.", "انتهى التصويت."),
    "round gone": (
        "Le tour de vote 9999 n’existe pas.",
        "جولة التصويت 9999 غير موجودة.",
    ),
    "second ballot": (
        f"Vous avez déjà voté dans ce tour{NB}; seul votre premier bulletin compte.",
        "",  # checked below: Arabic, and not the English
    ),
    "blank proposal": (
        "Une proposition ou une question ne peut pas être vide.",
        "لا يمكن أن يكون الاقتراح أو السؤال فارغًا.",
    ),
    "proposal too long": (
        f"Le texte compte 2001 caractères{NB}; raccourcissez-le à 2000 au plus.",
        "طول النص 2001 حرف؛ اختصره إلى 2000 حرف أو أقل.",
    ),
    "neither proposal nor question": (
        "Un téléphone peut envoyer une proposition ou une question, pas 'rumour'.",
        "يمكن للهاتف أن يرسل اقتراحًا أو سؤالًا، لا 'rumour'.",
    ),
    "named under Chatham House": (
        "Cette séance suit la règle de Chatham House, rien de ce qui est envoyé n’est "
        f"nominatif{NB}; envoyez-le sans votre nom.",
        "تُعقد هذه الجلسة وفق قاعدة تشاتام هاوس، فلا يُنسب أي شيء مُرسَل إلى صاحبه؛ أرسله دون اسمك.",
    ),
    "no point under discussion": (
        f"Aucun point n’est encore en discussion{NB}; envoyez-le quand un point commence.",
        "لم يبدأ النقاش في أي بند بعد؛ أرسله عندما يبدأ بند.",
    ),
}
ENGLISH_WORDS = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    yield from serving(tmp_path)


def _rested(rig: Rig) -> None:
    """Every phone's rate limit full again, as after a phone's pause between two tries."""
    for device in rig.server.app.devices.by_token.values():
        device.tokens = BURST


def _draft_round(session: Session) -> int:
    return int(
        session.voting.create_round(method="approval", items=["Oui", "نعم"], title="draft").result
    )


def _close(round_id: int) -> Callable[[Session], object]:
    return lambda session: session.voting.close_round(round_id)


async def _attempts(rig: Rig, phone: Phone, code: str) -> dict[str, tuple[int, str]]:
    """Every refusal, tried in turn by one joined phone: kind -> (status, what it was told)."""
    approval = rig.open_round("approval")
    dots = rig.open_round("dots", budget=5, per_item_cap=2)
    agreement = rig.open_round("agreement")
    majority = rig.open_round("majority")
    ranking = rig.open_round("ranking", max_ranked=2)
    closed = rig.open_round("approval")
    rig.call(_close(closed))
    draft = int(rig.call(_draft_round))
    items = {r: rig.items(r) for r in (approval, dots, agreement, majority, ranking, closed, draft)}
    a, d, g, m, r = (items[x] for x in (approval, dots, agreement, majority, ranking))
    told: dict[str, tuple[int, str]] = {}

    async def attempt(kind: str, request: Awaitable[tuple[int, dict[str, Any]]]) -> None:
        _rested(rig)
        status, answer = await request
        told[kind] = (status, str(answer.get("error", "")))

    await attempt("item from another round", phone.vote(approval, code, {d[0]: 1}))
    await attempt("empty approval", phone.vote(approval, code, {a[0]: 0}))
    await attempt("approval of 2", phone.vote(approval, code, {a[0]: 2}))
    await attempt("dots over the cap", phone.vote(dots, code, {d[0]: 3}))
    await attempt("dots over the budget", phone.vote(dots, code, {d[0]: 2, d[1]: 2, d[2]: 2}))
    await attempt("agreement with an item left out", phone.vote(agreement, code, {g[0]: 3}))
    await attempt("agreement level 9", phone.vote(agreement, code, {i: 9 for i in g}))
    await attempt("grades with an item left out", phone.vote(majority, code, {m[0]: 3}))
    await attempt("grade 9", phone.vote(majority, code, {i: 9 for i in m}))
    await attempt("ranks with a gap", phone.vote(ranking, code, {r[0]: 1, r[1]: 3}))
    await attempt("too many ranked", phone.vote(ranking, code, {r[0]: 1, r[1]: 2, r[2]: 3}))
    await attempt("round not open yet", phone.vote(draft, code, {items[draft][0]: 1}))
    await attempt("round closed", phone.vote(closed, code, {items[closed][0]: 1}))
    await attempt("round gone", phone.vote(9999, code, {a[0]: 1}))
    _rested(rig)
    assert (await phone.vote(approval, code, {a[0]: 1}))[0] == 200
    await attempt("second ballot", phone.vote(approval, code, {a[1]: 1}))
    await attempt("blank proposal", phone.post("/api/send", {"text": " \n "}))
    await attempt("proposal too long", phone.post("/api/send", {"text": "ب" * 2001}))
    await attempt(
        "neither proposal nor question", phone.post("/api/send", {"text": "x", "kind": "rumour"})
    )
    rig.call(lambda s: s.update_session(chatham_house=True))
    await attempt(
        "named under Chatham House", phone.post("/api/send", {"text": "Une idée", "named": True})
    )
    rig.call(lambda s: s.update_session(chatham_house=False))
    point = rig.call(lambda s: s.agenda.points()[LONG_POINT].id)
    rig.call(lambda s: s.agenda.delete_point(point))
    await attempt("no point under discussion", phone.post("/api/send", {"text": "Une idée"}))
    told["foreign item"] = (0, str(d[0]))
    return told


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_refusal_reaches_the_phone_in_its_language(rig: Rig, language: str) -> None:
    code = next(iter(rig.codes.values()))

    async def scenario() -> dict[str, tuple[int, str]]:
        async with Phone(rig) as phone:
            await phone.open(rig.server.join_url + f"?lang={language}")
            assert (await phone.join(code))[0] == 200
            return await _attempts(rig, phone, code)

    told = asyncio.run(scenario())
    foreign = told.pop("foreign item")[1]
    column = 0 if language == "fr" else 1
    assert sorted(told) == sorted(SAID)
    for kind, (status, sentence) in told.items():
        assert 400 <= status < 500, kind
        expected = SAID[kind][column].format(item=foreign)
        if expected:
            assert sentence == expected, kind
    if language == "ar":  # nothing English left, whatever the sentence
        english = {k: s for k, (_, s) in told.items() if ENGLISH_WORDS.search(s)}
        assert english == {
            "neither proposal nor question": SAID["neither proposal nor question"][1]
        }
    # Only the one good ballot was written; no proposal reached the inbox.
    assert rig.call(lambda s: s.inbox.items(None)) == []
    assert rig.call(lambda s: sum(len(s.voting.voters(r.id)) for r in s.voting.rounds())) == 1


def test_a_refusal_without_a_translation_is_still_framed_in_the_phones_language(rig: Rig) -> None:
    """A broken disk's sentence is the engine's English only: the phone says whose it is."""
    code = next(iter(rig.codes.values()))

    class DiskFull:
        def submit(self, fn: Any) -> Future[Any]:
            refused: Future[Any] = Future()
            refused.set_exception(BreakoutError("the disk is full; free some space and try again"))
            return refused

    async def scenario() -> tuple[int, dict[str, Any]]:
        async with Phone(rig) as phone:
            await phone.open(rig.server.join_url + "?lang=fr")
            await phone.join(code)
            rig.server.app.owner = DiskFull()
            return await phone.post("/api/send", {"text": "Une idée"})

    status, answer = asyncio.run(scenario())
    assert (status, answer["error"]) == (
        409,
        f"L’ordinateur de l’animation a refusé ceci{NB}: "
        "the disk is full; free some space and try again.",
    )
