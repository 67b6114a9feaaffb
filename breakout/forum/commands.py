"""The forum's command line: ``breakout forum``, ``forum-themes`` and ``forum-messages``.

Parsers are added to the main one by :func:`add_parsers`; nothing heavy is
imported until a forum command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from breakout.errors import BreakoutError

#: forum-themes actions and how many arguments each takes (None: one or more).
_ACTIONS: dict[str, str] = {
    "list": "",
    "suggest": "",
    "accept": "THEME",
    "rename": "THEME NAME",
    "word": "THEME WORDING",
    "move": "THEME|none RECOMMENDATION…",
    "new": "NAME RECOMMENDATION…",
    "merge": "THEME OTHER…",
    "undo": "",
    "redo": "",
}

#: forum-messages actions, the same way (messages are numbered by their place, from 1).
_MESSAGE_ACTIONS: dict[str, str] = {
    "list": "",
    "add": "TEXT",
    "edit": "NUMBER TEXT",
    "move": "NUMBER PLACE",
    "remove": "NUMBER",
    "undo": "",
    "redo": "",
}

_MESSAGE = ("key message", "forum-messages")


def add_parsers(sub: Any) -> None:
    forum = sub.add_parser(
        "forum",
        help="combine session files into a forum file (the sessions are never changed)",
        description="Create FORUM, or add the sessions to it; a session already in it "
        "(an updated copy, whatever its name) replaces what the forum held of it.",
    )
    forum.add_argument("forum", type=Path, help="the forum file (.breakout), new or existing")
    forum.add_argument("sessions", type=Path, nargs="+", metavar="SESSION", help="session files")
    forum.add_argument("--title", help="the forum's title (default: the sessions' event)")

    themes = sub.add_parser(
        "forum-themes",
        help="list, suggest and edit the themes of a forum file",
        description="Actions: "
        + "; ".join(f"{name} {args}".strip() for name, args in _ACTIONS.items()),
    )
    themes.add_argument("forum", type=Path, help="the forum file")
    themes.add_argument("action", nargs="?", default="list", choices=list(_ACTIONS))
    themes.add_argument("values", nargs="*", help="what the action needs (see above)")
    themes.add_argument("--json", action="store_true", help="print the themes as JSON")

    messages = sub.add_parser(
        "forum-messages",
        help="list and write the forum's own key messages (shown first in its report)",
        description="Actions: "
        + "; ".join(f"{name} {args}".strip() for name, args in _MESSAGE_ACTIONS.items())
        + ". undo and redo step through the themes' changes too.",
    )
    messages.add_argument("forum", type=Path, help="the forum file")
    messages.add_argument("action", nargs="?", default="list", choices=list(_MESSAGE_ACTIONS))
    messages.add_argument("values", nargs="*", help="what the action needs (see above)")


def run_forum(args: argparse.Namespace) -> int:
    from breakout.forum.combine import combine

    done = combine(args.forum, args.sessions, title=args.title, clock=time.time)
    for name in done.added:
        print(f"added {name}")
    for name in done.replaced:
        print(f"updated {name} (it was in the forum already)")
    print(f"{args.forum} holds {_count(done.breakouts, 'breakout')}")
    return 0


def run_themes(args: argparse.Namespace) -> int:
    from breakout.forum.grouping import open_themes, suggest_themes

    action, values = args.action, list(args.values)
    _check_count(action, values)
    with open_themes(args.forum) as themes:
        if action == "suggest":
            made, method = suggest_themes(themes)
            print(f"{_count(made, 'theme')} suggested — {method}", file=sys.stderr)
        elif action in ("undo", "redo"):
            label = themes.undo() if action == "undo" else themes.redo()
            print(f"{action}: {label}", file=sys.stderr)
        elif action != "list":
            _edit(themes, action, values)
        _print(themes, as_json=args.json)
    return 0


def run_messages(args: argparse.Namespace) -> int:
    from breakout.forum.grouping import open_themes
    from breakout.forum.messages import KeyMessages

    action, values = args.action, list(args.values)
    _check_count(action, values, _MESSAGE_ACTIONS)
    with open_themes(args.forum) as themes:
        messages = KeyMessages(themes)
        if action in ("undo", "redo"):
            label = themes.undo() if action == "undo" else themes.redo()
            print(f"{action}: {label}", file=sys.stderr)
        elif action == "add":
            messages.add(values[0])
        elif action == "edit":
            messages.edit(_number(values[0], *_MESSAGE), values[1])
        elif action == "move":
            messages.move(_number(values[0], *_MESSAGE), _number(values[1], *_MESSAGE))
        elif action == "remove":
            messages.remove(_number(values[0], *_MESSAGE))
        for number, text in enumerate(messages.texts(), start=1):
            print(f"{number}. {text}")
    return 0


def _check_count(action: str, values: list[str], actions: dict[str, str] = _ACTIONS) -> None:
    wanted = actions[action].split()
    many = bool(wanted) and wanted[-1].endswith("…")
    if len(values) < len(wanted) or (not many and len(values) > len(wanted)):
        shown = f"{action} {actions[action]}".strip()
        raise BreakoutError(f"'{action}' takes: {shown}")


def _number(text: str, what: str, command: str = "forum-themes") -> int:
    try:
        return int(text)
    except ValueError:
        raise BreakoutError(
            f"{text!r} is not a {what} number; list them with '{command} FORUM'"
        ) from None


def _edit(themes: Any, action: str, values: list[str]) -> None:
    if action == "accept":
        themes.accept(_number(values[0], "theme"))
    elif action == "rename":
        themes.rename(_number(values[0], "theme"), values[1])
    elif action == "word":
        themes.word(_number(values[0], "theme"), values[1])
    elif action == "move":
        target = None if values[0].lower() == "none" else _number(values[0], "theme")
        themes.move([_number(v, "recommendation") for v in values[1:]], target)
    elif action == "new":
        themes.new_theme(values[0], [_number(v, "recommendation") for v in values[1:]])
    elif action == "merge":
        themes.merge(_number(values[0], "theme"), [_number(v, "theme") for v in values[1:]])


def _print(themes: Any, *, as_json: bool) -> None:
    found = themes.themes()
    loose = themes.unplaced()
    if as_json:
        doc = {
            "themes": [
                {
                    "id": t.id,
                    "label": t.label,
                    "wording": t.wording,
                    "suggested": t.suggested,
                    "breakouts": list(t.breakouts),
                    "recommendations": [_room(r) for r in t.rooms],
                }
                for t in found
            ],
            "unplaced": [_room(r) for r in loose],
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    for theme in found:
        mark = " (suggested)" if theme.suggested else ""
        print(f"## [{theme.id}] {theme.label}{mark} — {_count(len(theme.breakouts), 'room')}")
        if theme.wording:
            print(theme.wording)
        for room in theme.rooms:
            print(f"- [{room.recommendation}] {room.title} — {_where(room)}")
        print()
    if loose:
        print("## In no theme")
        for room in loose:
            print(f"- [{room.recommendation}] {room.title} — {_where(room)}")


def _room(room: Any) -> dict[str, Any]:
    return {
        "id": room.recommendation,
        "text": room.title,
        "breakout": room.breakout,
        "point": room.point,
        "support": room.result,
    }


def _where(room: Any) -> str:
    point = f", point {room.point}" if room.point is not None else ""
    support = f"; {room.result}" if room.result else ""
    return f"{room.breakout}{point}{support}"


def _count(n: int, noun: str) -> str:
    """ "1 room", "3 rooms": the command line's English (reports use the catalogues)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
