"""The phone pages in a real browser: Debian's chromium, headless, 360 px wide, via chromedriver.

A participant joins with the code on their card, votes by each method with the
page's own controls, sends a proposal, and sees the page follow the
facilitator (a round opens, closes). Skipped only where chromedriver is not
installed (``apt-get install chromium chromium-driver``; CI installs both).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from breakout.session import Session
from tests.unit.phone_rig import Rig, serving

DRIVER = shutil.which("chromedriver")
BROWSER = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    DRIVER is None or BROWSER is None,
    reason="chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
)

if DRIVER is not None and BROWSER is not None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    yield from serving(tmp_path)


@pytest.fixture
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(BROWSER)
    for argument in ("--headless=new", "--no-sandbox", "--lang=en"):
        options.add_argument(argument)
    # A phone's screen: 360 by 740 CSS pixels (a headless window is never under 500 wide).
    metrics = {"width": 360, "height": 740, "pixelRatio": 2, "touch": True}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(DRIVER)))
    yield driver
    driver.quit()


def _wait(browser: Any, test: Callable[[Any], Any]) -> Any:
    return WebDriverWait(browser, 20).until(test)


def _status(browser: Any, text: str) -> None:
    _wait(browser, lambda b: b.find_element(By.ID, "status").text == text)


def _join(browser: Any, rig: Rig, code: str, query: str = "") -> None:
    browser.get(rig.server.join_url + query)
    browser.find_element(By.ID, "code").send_keys(code)
    browser.find_element(By.CSS_SELECTOR, "#join-form button").click()
    _wait(browser, lambda b: b.find_element(By.ID, "main").is_displayed())


def _fill(browser: Any, method: str, labels: list[str]) -> None:
    """Fill the ballot with the page's own controls, as a participant would."""
    if method == "dots":
        plus = browser.find_element(By.CSS_SELECTOR, f'[aria-label="Add a dot to {labels[0]}"]')
        plus.click()
        plus.click()
    elif method == "approval":
        for label in labels[:2]:
            browser.find_element(By.XPATH, f'//label[text()="{label}"]').click()
    else:
        selects = browser.find_elements(By.CSS_SELECTOR, ".round select")
        for n, select in enumerate(selects):
            choice = Select(select)
            if method == "ranking":
                if n < 2:
                    choice.select_by_value(str(n + 1))
            else:
                choice.select_by_value(str(n % 5))


EXPECTED = {
    "dots": lambda items: {items[0]: 2},
    "approval": lambda items: {items[0]: 1, items[1]: 1},
    "ranking": lambda items: {items[0]: 1, items[1]: 2},
    "agreement": lambda items: {item: n % 5 for n, item in enumerate(items)},
    "majority": lambda items: {item: n % 5 for n, item in enumerate(items)},
}


@pytest.mark.parametrize("method", sorted(EXPECTED))
def test_a_participant_joins_and_votes_by_each_method(rig: Rig, browser: Any, method: str) -> None:
    person, code = next(iter(rig.codes.items()))
    _join(browser, rig, code)
    assert browser.find_element(By.ID, "point-heading").text.startswith("Point 3 of")
    round_id = rig.open_round(method)
    _status(browser, f"Voting is open: {method}")
    labels = [i.label for i in rig.call(lambda s: s.voting.round_items(round_id))]
    _fill(browser, method, labels)
    browser.find_element(By.XPATH, '//button[text()="Review my vote"]').click()
    code_box = _wait(browser, lambda b: b.find_element(By.ID, "vote-code"))
    code_box.send_keys(code)
    browser.find_element(By.XPATH, '//button[text()="Confirm my vote"]').click()
    _status(browser, "Your vote is in.")
    _wait(browser, lambda b: "You have voted in this round." in b.page_source)
    ballots = rig.call(lambda s: s.voting.ballots(round_id))
    assert [entries for _, entries in ballots] == [EXPECTED[method](rig.items(round_id))]
    assert rig.call(lambda s: s.voting.voters(round_id)) == [person]
    assert code not in browser.page_source  # the code is gone from the page once used
    rig.call(lambda s: s.voting.close_round(round_id))
    _status(browser, "Voting has closed.")


def test_a_wrong_code_is_said_on_the_page(rig: Rig, browser: Any) -> None:
    browser.get(rig.server.join_url)
    browser.find_element(By.ID, "code").send_keys("QQQQQ")
    browser.find_element(By.CSS_SELECTOR, "#join-form button").click()
    _wait(browser, lambda b: b.find_element(By.ID, "alert").text.startswith("That code is not"))
    assert browser.find_element(By.ID, "code").get_attribute("value") == ""


def test_a_proposal_sent_from_the_page_lands_in_the_inbox(rig: Rig, browser: Any) -> None:
    _join(browser, rig, next(iter(rig.codes.values())))
    text = "Publish the rationing schedule a week ahead — 提前一周公布"
    browser.find_element(By.ID, "send-text").send_keys(text)
    browser.find_element(By.CSS_SELECTOR, "#send-form button").click()
    _status(browser, "Sent to the facilitator.")
    waiting = rig.call(lambda s: s.inbox.items())
    assert [(i.text, i.kind, i.participant) for i in waiting] == [(text, "proposal", None)]


def test_the_pages_at_360_px_in_english_and_arabic(rig: Rig, browser: Any, tmp_path: Path) -> None:
    """Screenshots to look at (kept when BREAKOUT_SCREENSHOTS names a folder)."""
    round_id = rig.open_round("agreement")
    codes = list(rig.codes.values())
    folder = Path(os.environ.get("BREAKOUT_SCREENSHOTS", tmp_path))
    for language, code in (("en", codes[0]), ("ar", codes[1])):
        browser.delete_all_cookies()
        _join(browser, rig, code, f"?lang={language}")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == (
            "rtl" if language == "ar" else "ltr"
        )
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 360  # nothing sticks out sideways
        browser.save_screenshot(str(folder / f"phone-{language}.png"))
    assert round_id in [r.id for r in rig.call(lambda s: s.voting.rounds())]


def test_the_page_follows_the_facilitator_to_the_next_point(rig: Rig, browser: Any) -> None:
    _join(browser, rig, next(iter(rig.codes.values())))

    def next_point(session: Session) -> None:
        session.agenda.next_point()

    rig.call(next_point)
    _wait(browser, lambda b: b.find_element(By.ID, "point-heading").text.startswith("Point 4 of"))


#: The point's heading, a round's review button, the code's label and the button adding a dot
#: to an item, as the page says them in each language.
SAID_ON_THE_PAGE = {
    "ar": ("البند 3 من", "مراجعة صوتي", "الرمز المطبوع على بطاقتك", "إضافة نقطة إلى {}"),
    "zh-CN": ("第 3 项，共", "检查我的投票", "您卡片上的投票码", "给“{}”加一个圆点"),
}


@pytest.mark.parametrize("language", sorted(SAID_ON_THE_PAGE))
def test_joining_and_voting_in_arabic_and_chinese(
    rig: Rig, browser: Any, tmp_path: Path, language: str
) -> None:
    """The script's own words are the phone's language too (screenshots kept as above)."""
    heading, review, code_label, add_dot = SAID_ON_THE_PAGE[language]
    folder = Path(os.environ.get("BREAKOUT_SCREENSHOTS", tmp_path))
    name = language.split("-")[0]
    browser.get(rig.server.join_url + f"?lang={language}")
    assert browser.find_element(By.CSS_SELECTOR, "label[for=code]").text == code_label
    browser.save_screenshot(str(folder / f"phone-join-{name}.png"))
    _join(browser, rig, next(iter(rig.codes.values())), f"?lang={language}")
    assert browser.find_element(By.ID, "point-heading").text.startswith(heading)
    round_id = rig.open_round("dots", budget=5, per_item_cap=2)
    _wait(browser, lambda b: review in b.page_source)
    label = rig.call(lambda s: s.voting.round_items(round_id))[1].label
    browser.find_element(By.CSS_SELECTOR, f'[aria-label="{add_dot.format(label)}"]').click()
    assert "Dots left" not in browser.find_element(By.TAG_NAME, "body").text
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 360
    browser.save_screenshot(str(folder / f"phone-vote-{name}.png"))
