"""The phone's HTML: one page for joining and taking part, and a notice page.

Plain HTML with one script and one style sheet, both served by the laptop
(``static/``); no inline script runs (the Content-Security-Policy forbids it).
The phrases the script shows are handed over as a JSON data block, which the
browser never runs. Every phrase passes through the phone's :class:`Words`.
"""

from __future__ import annotations

import json
from html import escape

from breakout.phone.words import LANGUAGE_NAMES, LANGUAGES, N_, Words, html_code

#: The phrases the script shows, by the name the script asks for (sent in the phone's language).
SCRIPT_PHRASES = {
    "point": N_("Point {n} of {count}"),
    "no_point": N_("No point has started yet."),
    "left": N_("{time} left"),
    "over": N_("Over by {time}"),
    "paused": N_("The clock is paused."),
    "review": N_("Review my vote"),
    "confirm": N_("Confirm my vote"),
    "change": N_("Change"),
    "check": N_("Check your vote, then type your code to confirm it."),
    "voted": N_("You have voted in this round."),
    "dots_left": N_("Dots left: {n}"),
    "not_ranked": N_("Not ranked"),
    "choose": N_("Choose…"),
    "results": N_("Results: {title}"),
    "open": N_("Voting is open: {title}"),
    "closed": N_("Voting has closed."),
    "lost": N_("The page has lost the laptop; it will try again."),
    "signed_out": N_(
        "This device is no longer signed in; open the address on the room's screen again."
    ),
    "kiosk_only": N_("Phones cannot vote in this round; vote at the kiosk."),
    "code": N_("Code on your card"),
    "remove_dot": N_("Remove a dot from {item}"),
    "add_dot": N_("Add a dot to {item}"),
}


#: The page's own phrases, by the name the page's template uses.
PAGE_PHRASES = {
    "join_heading": N_("Join with the code on your card"),
    "code": N_("Code on your card"),
    "join": N_("Join"),
    "no_card": N_("No card? Ask the facilitator for one."),
    "send_heading": N_("Send a proposal or a question"),
    "proposal": N_("Proposal"),
    "question": N_("Question"),
    "your_text": N_("Your text, in any language"),
    "named": N_("Put my name to it"),
    "send": N_("Send to the facilitator"),
}


def _phrases(words: Words) -> str:
    table = {key: words.gettext(phrase) for key, phrase in SCRIPT_PHRASES.items()}
    return json.dumps(table, ensure_ascii=False).replace("</", "<\\/")


def _head(words: Words, title: str, token: str = "") -> str:
    meta = f'<meta name="breakout-token" content="{escape(token)}">' if token else ""
    return (
        "<!doctype html>\n"
        f'<html lang="{html_code(words)}" dir="{"rtl" if words.right_to_left else "ltr"}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{meta}\n<title>{escape(title)}</title>\n"
        '<link rel="stylesheet" href="/static/phone.css">\n'
    )


def _languages(words: Words) -> str:
    links = " ".join(
        f'<a href="?lang={tag}" lang="{tag}" hreflang="{tag}"'
        + (' aria-current="true"' if code == words.code else "")
        + f">{escape(LANGUAGE_NAMES[code])}</a>"
        for code in LANGUAGES
        for tag in [code.replace("_", "-")]
    )
    label = escape(words.gettext("Language"))
    return f'<nav class="languages" aria-label="{label}">{links}</nav>'


def phone_page(words: Words, token: str) -> str:
    """The page a phone joins and takes part on (the script shows the right part)."""
    w = words
    p = {key: escape(w.gettext(phrase)) for key, phrase in PAGE_PHRASES.items()}
    phrases = f'<script type="application/json" id="phrases">{_phrases(w)}</script>'
    return f"""{_head(w, "Breakout", token)}{phrases}
<script src="/static/phone.js" defer></script>
</head>
<body>
<header><h1 id="title" dir="auto">Breakout</h1>{_languages(w)}</header>
<main>
<p id="status" role="status" aria-live="polite"></p>
<p id="alert" role="alert" class="alert"></p>
<section id="join" aria-labelledby="join-heading">
<h2 id="join-heading">{p["join_heading"]}</h2>
<form id="join-form">
<label for="code">{p["code"]}</label>
<input id="code" name="code" autocomplete="off" autocapitalize="characters"
 spellcheck="false" maxlength="12" required>
<button type="submit">{p["join"]}</button>
</form>
<p class="hint">{p["no_card"]}</p>
</section>
<section id="main" hidden>
<h2 id="point-heading"></h2>
<p id="question" class="question" dir="auto"></p>
<p id="clock" class="clock"></p>
<div id="rounds"></div>
<div id="results"></div>
<form id="send-form">
<fieldset>
<legend>{p["send_heading"]}</legend>
<div class="choices">
<label><input type="radio" name="kind" value="proposal" checked> {p["proposal"]}</label>
<label><input type="radio" name="kind" value="question"> {p["question"]}</label>
</div>
<label for="send-text">{p["your_text"]}</label>
<textarea id="send-text" name="text" rows="4" maxlength="2000" dir="auto" required>
</textarea>
<label id="named-choice"><input type="checkbox" id="named" name="named">
 {p["named"]}</label>
<button type="submit">{p["send"]}</button>
</fieldset>
</form>
</section>
</main>
</body>
</html>
"""


def notice(words: Words, message: str) -> str:
    """A page with one sentence (a wrong address, say)."""
    again = words.gettext("Scan the code on the room screen again.")
    return (
        f"{_head(words, 'Breakout')}</head>\n<body>\n<main>\n"
        f'<p role="alert" class="alert">{escape(words.gettext(message))}</p>\n'
        f"<p>{escape(again)}</p>\n"
        "</main>\n</body>\n</html>\n"
    )
