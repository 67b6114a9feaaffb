"""The phone's HTML: one page for joining and taking part, and a notice page.

Plain HTML with one script and one style sheet, both served by the laptop
(``static/``); no inline script runs (the Content-Security-Policy forbids it).
The phrases the script shows are handed over as a JSON data block, which the
browser never runs. Every phrase passes through the phone's :class:`Words`.
"""

from __future__ import annotations

import json
from html import escape

from breakout.phone.words import LANGUAGES, Words

#: The phrases the script shows, in English (each looked up in the phone's language).
SCRIPT_PHRASES = (
    "Point {n} of {count}",
    "No point has started yet.",
    "{time} left",
    "Over by {time}",
    "The clock is paused.",
    "Review my vote",
    "Confirm my vote",
    "Change",
    "Check your vote, then type your code to confirm it.",
    "Your vote is in.",
    "You have voted in this round.",
    "Dots left: {n}",
    "Not ranked",
    "Choose…",
    "Results",
    "Voting is open: {title}",
    "Voting has closed.",
    "The page has lost the laptop; it will try again.",
    "Sent to the facilitator.",
    "This device is no longer signed in; open the address on the room's screen again.",
    "Phones cannot vote in this round; vote at the kiosk.",
    "Code on your card",
    "Remove a dot from {item}",
    "Add a dot to {item}",
)


def _phrases(words: Words) -> str:
    table = {phrase: words(phrase) for phrase in SCRIPT_PHRASES}
    return json.dumps(table, ensure_ascii=False).replace("</", "<\\/")


def _head(words: Words, title: str, token: str = "") -> str:
    meta = f'<meta name="breakout-token" content="{escape(token)}">' if token else ""
    return (
        "<!doctype html>\n"
        f'<html lang="{words.language}" dir="{words.direction}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{meta}\n<title>{escape(title)}</title>\n"
        '<link rel="stylesheet" href="/static/phone.css">\n'
    )


def _languages(words: Words) -> str:
    links = " ".join(
        f'<a href="?lang={code}" lang="{code}" hreflang="{code}"'
        + (' aria-current="true"' if code == words.language else "")
        + f">{escape(name)}</a>"
        for code, name in LANGUAGES.items()
    )
    return f'<nav class="languages" aria-label="{escape(words("Language"))}">{links}</nav>'


def phone_page(words: Words, token: str) -> str:
    """The page a phone joins and takes part on (the script shows the right part)."""
    w = words
    phrases = f'<script type="application/json" id="phrases">{_phrases(w)}</script>'
    return f"""{_head(w, w("Breakout"), token)}{phrases}
<script src="/static/phone.js" defer></script>
</head>
<body>
<header><h1 id="title" dir="auto">{escape(w("Breakout"))}</h1>{_languages(w)}</header>
<main>
<p id="status" role="status" aria-live="polite"></p>
<p id="alert" role="alert" class="alert"></p>
<section id="join" aria-labelledby="join-heading">
<h2 id="join-heading">{escape(w("Join with the code on your card"))}</h2>
<form id="join-form">
<label for="code">{escape(w("Code on your card"))}</label>
<input id="code" name="code" autocomplete="off" autocapitalize="characters"
 spellcheck="false" maxlength="12" required>
<button type="submit">{escape(w("Join"))}</button>
</form>
<p class="hint">{escape(w("No card? Ask the facilitator for one."))}</p>
</section>
<section id="main" hidden>
<h2 id="point-heading"></h2>
<p id="question" class="question" dir="auto"></p>
<p id="clock" class="clock"></p>
<div id="rounds"></div>
<div id="results"></div>
<form id="send-form">
<fieldset>
<legend>{escape(w("Send a proposal or a question"))}</legend>
<div class="choices">
<label><input type="radio" name="kind" value="proposal" checked> {escape(w("Proposal"))}</label>
<label><input type="radio" name="kind" value="question"> {escape(w("Question"))}</label>
</div>
<label for="send-text">{escape(w("Your text, in any language"))}</label>
<textarea id="send-text" name="text" rows="4" maxlength="2000" dir="auto" required>
</textarea>
<label id="named-choice"><input type="checkbox" id="named" name="named">
 {escape(w("Put my name to it"))}</label>
<button type="submit">{escape(w("Send to the facilitator"))}</button>
</fieldset>
</form>
</section>
</main>
</body>
</html>
"""


def notice(words: Words, message: str) -> str:
    """A page with one sentence (a wrong address, say)."""
    return (
        f"{_head(words, words('Breakout'))}</head>\n<body>\n<main>\n"
        f'<p role="alert" class="alert">{escape(words(message))}</p>\n'
        f"<p>{escape(words('Scan the code on the room screen again.'))}</p>\n"
        "</main>\n</body>\n</html>\n"
    )
