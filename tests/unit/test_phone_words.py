"""Phone pages in the phone's language: chosen on the page, else the phone's own, Arabic right
to left, Chinese whatever the phone calls it; every phrase and refusal in that language."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from breakout.errors import BreakoutError
from breakout.phone.pages import PAGE_PHRASES, SCRIPT_PHRASES
from breakout.phone.words import STOPPED, choose
from tests.unit.phone_rig import Phone, Rig, serving

#: A phrase of the page's own, one of the script's, and a refusal, as each language says them.
SAID = {
    "fr": (
        "Code inscrit sur votre carte",
        "Vérifier mon vote",
        "Vous avez rejoint la séance.",
        "Ce code ne figure sur aucune carte de cette séance",
    ),
    "zh-CN": ("您卡片上的投票码", "检查我的投票", "您已加入。", "本次会议的卡片上没有此投票码"),
    "ar": (
        "الرمز المطبوع على بطاقتك",
        "مراجعة صوتي",
        "لقد انضممت.",
        "هذا الرمز غير موجود على بطاقات هذه الجلسة",
    ),
}
#: What the page shows in English (phrases a translation may keep as they are left out).
ENGLISH = [
    phrase
    for phrase in [*PAGE_PHRASES.values(), *SCRIPT_PHRASES.values()]
    if phrase not in ("Question", "Proposal")
]


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    yield from serving(tmp_path)


async def _page(phone: Phone, query: str = "", language: str = "") -> str:
    headers = {"Accept-Language": language} if language else {}
    async with phone.http.get(phone.rig.server.join_url + query, headers=headers) as response:
        phone.page = await response.text()
    found = re.search(r'name="breakout-token" content="([^"]+)"', phone.page)
    phone.token = found.group(1) if found else ""
    return phone.page


def _shown(page: str) -> str:
    """The page's text and the phrases it hands its script, as a phone would show them."""
    data = re.search(r'<script type="application/json" id="phrases">(.*?)</script>', page, re.S)
    phrases = json.loads(data.group(1).replace("<\\/", "</")) if data else {}
    return re.sub(r"<[^>]*>", "\n", page) + "\n".join(phrases.values())


@pytest.mark.parametrize("language", sorted(SAID))
def test_a_phone_page_is_in_the_chosen_language_with_no_english(rig: Rig, language: str) -> None:
    own, scripts, joined, wrong_code = SAID[language]
    code = next(iter(rig.codes.values()))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            shown = _shown(await _page(phone, f"?lang={language}", "en-GB,en;q=0.9"))
            assert own in shown and scripts in shown
            assert [phrase for phrase in ENGLISH if phrase in shown] == []
            assert (await phone.join(code))[1]["message"] == joined
            status, answer = await phone.join("NOT-A-CODE")
            assert status == 403 and answer["error"].startswith(wrong_code)

    asyncio.run(scenario())


def test_a_phone_set_to_chinese_gets_chinese_and_arabic_runs_right_to_left(rig: Rig) -> None:
    async def scenario() -> None:
        async with Phone(rig) as phone:
            page = await _page(phone, language="zh-CN,zh;q=0.9,en;q=0.8")
            assert '<html lang="zh-CN" dir="ltr">' in page
            assert "用卡片上的投票码加入" in page
            page = await _page(phone, language="zh-Hans-CN")
            assert '<html lang="zh-CN" dir="ltr">' in page
            page = await _page(phone, language="ar-EG,ar;q=0.9")
            assert '<html lang="ar" dir="rtl">' in page and "انضم" in page
            page = await _page(phone, "?lang=ru", "ar")  # the page's own choice wins
            assert '<html lang="ru" dir="ltr">' in page and "Войти" in page
            page = await _page(phone, "?lang=de", "de-DE,de")  # not one of the six: English
            assert '<html lang="en" dir="ltr">' in page and "Join" in page

    asyncio.run(scenario())


def test_a_rounds_words_and_a_refused_ballot_are_in_the_phones_language(rig: Rig) -> None:
    round_id = rig.open_round("agreement")
    dots_round = rig.open_round("dots", budget=5, per_item_cap=2)
    code = next(iter(rig.codes.values()))

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await _page(phone, "?lang=ar")
            await phone.join(code)
            _, seen = await phone.get_json("/api/state")
            rounds = {r["id"]: r for r in seen["rounds"]}
            assert rounds[round_id]["form"]["levels"][0] == "0 اعتراض"
            assert rounds[round_id]["form"]["levels"][3] == "3 يمكنني قبوله"
            assert "Agreement" not in rounds[round_id]["method_title"]
            assert re.search(r"[A-Za-z]{3}", rounds[dots_round]["instruction"]) is None
            ballot = {"round": round_id, "code": code, "ballot": {"x": 1}}
            status, answer = await phone.post("/api/vote", ballot)
            assert status == 409 and answer["error"] == (
                "تذكر ورقة الاقتراع خيارًا غير موجود فيها؛ أعد تحميل الصفحة."
            )
            await _page(phone, "?lang=zh")
            status, answer = await phone.post("/api/send", {"text": 5})
            assert status == 400 and answer["error"] == "请先输入提案或问题。"

    asyncio.run(scenario())
    assert rig.call(lambda s: s.voting.voters(round_id)) == []


def test_a_phone_is_told_in_its_language_that_phones_were_stopped(rig: Rig) -> None:
    code = next(iter(rig.codes.values()))

    class Stopped:
        """Refuses every piece of work, as the app's owner does once phones are stopped."""

        def submit(self, fn: Any) -> Future[Any]:
            refused: Future[Any] = Future()
            refused.set_exception(BreakoutError(STOPPED))
            return refused

    async def scenario() -> None:
        async with Phone(rig) as phone:
            await _page(phone, "?lang=fr")
            await phone.join(code)
            rig.server.app.owner = Stopped()
            status, answer = await phone.post("/api/send", {"text": "Une idée"})
            assert status == 409 and answer["error"] == (
                "Les téléphones ont été arrêtés sur cet ordinateur\u00a0; "
                "demandez à l’animation de les relancer."
            )

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr;q=0, en", "en"),  # q=0 is "not French", whatever its place
        ("fr;q=0", "en"),  # refused and nothing else offered: English, not French
        ("ar;q=0.0, zh-CN;q=0.000", "en"),
        ("de, ar;q=0.5, fr;q=0.8", "fr"),  # the heaviest of the six wins, not the first
        ("es;q=0.9, ru", "ru"),  # no weight is a weight of 1
        ("ru;q=0.5, es;q=0.5", "ru"),  # equal weights: the phone's order
        ("fr;q=oops, es", "es"),  # a weight that cannot be read is no wish
        ("fr;q=2, es;q=0.1", "es"),  # nor one above 1
        ("FR ; Q=0.2 , zh-Hans-CN ; q=0.3", "zh_CN"),
    ],
)
def test_a_phones_language_weights_are_respected(header: str, expected: str) -> None:
    assert choose(None, header).code == expected


def test_a_page_never_speaks_a_language_the_phone_refused(rig: Rig) -> None:
    async def scenario() -> None:
        async with Phone(rig) as phone:
            page = await _page(phone, language="fr;q=0, ar;q=0.4, es;q=0.7")
            assert '<html lang="es" dir="ltr">' in page

    asyncio.run(scenario())
