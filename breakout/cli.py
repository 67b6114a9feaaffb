"""The command line: the engine's public face.

Every command either does what it says or prints one line,
``breakout: error: <what is wrong and what to do>``, exits non-zero and
leaves every file as it was. Set ``BREAKOUT_DEBUG=1`` to see a traceback for
an unexpected failure.

The GUI commands (``breakout`` alone, ``breakout open``) are handed in by the
caller as ``open_gui``: the engine never imports the Qt front end, the
``breakout`` console script (``breakout_qt.launch``) wires the two together.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from breakout import __version__
from breakout.errors import BreakoutError, damaged, explain, find_damage
from breakout.words import check_language

OpenGui = Callable[[Path | None], int]

EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one ``breakout: error:`` line too."""

    def error(self, message: str) -> NoReturn:
        hint = f"; see '{self.prog} --help'"
        self.exit(EXIT_USAGE, f"breakout: error: {message}{hint}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="breakout",
        description="Run a live breakout session offline. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"breakout {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = sub.add_parser("new", help="create a session file")
    new.add_argument("session", type=Path, help="the new session file (.breakout)")
    new.add_argument("--briefing", type=Path, help="import the agenda from a briefing note")
    new.add_argument("--roster", type=Path, help="import participants from a CSV file")
    new.add_argument("--from-json", type=Path, help="create from an interchange JSON export")

    show = sub.add_parser("show", help="print a session")
    show.add_argument("session", type=Path)
    show.add_argument("--json", action="store_true", help="the whole session as interchange JSON")

    demo = sub.add_parser("demo", help="write a realistic demo session")
    demo.add_argument("session", type=Path, help="the new session file (.breakout)")

    cluster = sub.add_parser("cluster", help="suggest groups of similar recommendations")
    cluster.add_argument("session", nargs="?", type=Path, help="a session file")
    cluster.add_argument("--texts", type=Path, help="a text file, one proposal per line")
    cluster.add_argument("--json", action="store_true", help='print {"clusters": [...]}')

    _add_export(sub)
    _add_serve(sub)
    from breakout.forum.commands import add_parsers

    add_parsers(sub)

    gui = sub.add_parser("open", help="open a session in the app")
    gui.add_argument("session", type=Path)
    return parser


def _add_export(sub: Any) -> None:
    """The `export` command and its options."""
    export = sub.add_parser(
        "export",
        help="write the outcome report (PDF, Word) and open exports (CSV, Markdown, JSON)",
        description="Write any combination of the exports; give at least one.",
    )
    export.add_argument("session", type=Path, help="the session file (read, never changed)")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the outcome report")
    export.add_argument(
        "--docx", type=Path, metavar="OUT.docx", help="the outcome report as a Word document"
    )
    export.add_argument(
        "--csv", type=Path, metavar="DIR", help="contributions, recommendations, participants"
    )
    export.add_argument("--markdown", type=Path, metavar="OUT.md", help="the report's text")
    export.add_argument("--json", type=Path, metavar="OUT.json", help="the interchange format")
    export.add_argument(
        "--anonymous",
        action="store_true",
        help="name no one and attribute nothing (always so under the Chatham House Rule)",
    )
    export.add_argument(
        "--include-notes",
        action="store_true",
        help="put the facilitator's prompt notes in a named report (never in an anonymous one)",
    )
    export.add_argument(
        "--language",
        metavar="CODE",
        default="en",
        help="the language of the report's own words: en, fr, es, ar, ru or zh_CN (default en);"
        " what people typed stays as typed, and CSV and JSON keep their English field names",
    )
    export.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated report sections for the PDF, Word and Markdown (default: all)",
    )


def _add_serve(sub: Any) -> None:
    """``breakout serve``: the phone server, headless (:mod:`breakout.phone.serve`)."""
    serve = sub.add_parser(
        "serve",
        help="let phones on this network vote and send proposals (until Ctrl+C)",
        description="Serve the phone pages for SESSION on one address of this computer. "
        "While serving, type 'open ROUND', 'close ROUND' or 'show ROUND' (a round's "
        "number, as serve lists them) on standard input to run a round.",
    )
    serve.add_argument("session", type=Path, help="the session file (opened for writing)")
    serve.add_argument(
        "--host", required=True, help="an IP address of this computer's network interface"
    )
    serve.add_argument("--port", type=int, default=8080, help="the port (default 8080)")
    serve.add_argument(
        "--show-results",
        action="store_true",
        help="show phones each round's result as soon as it closes (as the room's screen "
        "would: totals only); else type 'show ROUND' on standard input",
    )


def main(argv: Sequence[str] | None = None, *, open_gui: OpenGui | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args, open_gui)
    except BreakoutError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing more was done")
    except BrokenPipeError:
        # The reader went away (`breakout show x | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the contract: never a traceback
        if os.environ.get("BREAKOUT_DEBUG"):
            raise
        session = getattr(args, "session", None)
        known = explain(exc, session.name if isinstance(session, Path) else "")
        if known is None and isinstance(session, Path) and args.command != "new":
            damage = find_damage(session)  # content SQLite read, but broken
            known = damaged(session.name, damage) if damage else None
        if known is not None:  # a damaged file, a full disk: not a bug
            return _fail(str(known))
        return _fail(
            f"unexpected problem ({type(exc).__name__}: {exc}); "
            "run again with BREAKOUT_DEBUG=1 and report it"
        )


def _fail(message: str) -> int:
    print(f"breakout: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


#: The longest name a file system keeps for one file or folder, in bytes.
NAME_MAX = 255


def _check_names(args: argparse.Namespace) -> None:
    """Refuse a file name no file system keeps, before anything is read or written."""
    for value in vars(args).values():
        if not isinstance(value, Path):
            continue
        for part in value.parts:
            size = len(os.fsencode(part))
            if size > NAME_MAX:
                shown = part if len(part) <= 40 else part[:30] + "…"
                raise BreakoutError(
                    f"the name {shown} is {size} bytes long, more than the {NAME_MAX} a file "
                    "name may have; choose a shorter name"
                )


def _dispatch(args: argparse.Namespace, open_gui: OpenGui | None) -> int:
    _check_names(args)
    command = args.command
    if command in (None, "open"):
        if open_gui is None:
            raise BreakoutError("the app is not available here; run the 'breakout' command")
        # The app checks the file itself, so a bad one is shown in a dialog too.
        return open_gui(args.session if command == "open" else None)
    if command == "new":
        return _new(args)
    if command == "show":
        return _show(args)
    if command == "cluster":
        return _cluster(args)
    if command == "export":
        return _export(args)
    if command in ("forum", "forum-themes", "forum-messages"):
        from breakout.forum import commands

        run = {"forum": commands.run_forum, "forum-themes": commands.run_themes}
        return run.get(command, commands.run_messages)(args)
    if command == "serve":
        from breakout.phone.serve import serve

        return serve(args.session, args.host, args.port, show_results=args.show_results)
    if command == "demo":
        from breakout.demo import build_demo

        build_demo(args.session).close()
        print(f"wrote the demo session to {args.session}")
        return 0
    raise BreakoutError(f"unknown command {command!r}")


def _new(args: argparse.Namespace) -> int:
    from breakout.session import Session

    if args.from_json and (args.briefing or args.roster):
        raise BreakoutError("--from-json makes the whole session; don't combine it with others")
    # Read and check every input before the session file is created.
    if args.from_json:
        from breakout.interchange import create_from_json, read_json

        data = read_json(args.from_json)
        create_from_json(args.session, data, clock=time.time).close()
        print(f"created {args.session} from {args.from_json}")
        return 0
    briefing = roster = None
    if args.briefing:
        from breakout.briefing import read_briefing

        briefing = read_briefing(args.briefing)
    if args.roster:
        from breakout.roster import read_roster

        roster = read_roster(args.roster)

    # The file takes its name only once it holds the briefing and the roster.
    with Session.new(args.session, briefing=briefing, roster=roster) as session:
        points = len(session.agenda.points())
        people = len(session.people.participants())
    print(f"created {args.session}: {points} points, {people} participants")
    return 0


def _export(args: argparse.Namespace) -> int:
    from breakout.report.exports import export_all
    from breakout.session import Session

    if not any((args.pdf, args.docx, args.csv, args.markdown, args.json)):
        raise BreakoutError("choose at least one of --pdf, --docx, --csv, --markdown or --json")
    if args.include_notes and args.anonymous:
        raise BreakoutError(
            "the facilitator's notes go only into a named report; "
            "drop --include-notes or --anonymous"
        )
    language = check_language(args.language)
    from breakout.forum.file import is_forum

    if is_forum(args.session):
        return _export_forum(args, language)
    sections = args.sections.split(",") if args.sections is not None else None
    with Session.open(args.session, readonly=True) as session:
        anonymous = args.anonymous or session.info().chatham_house
        written = export_all(
            session,
            pdf=args.pdf,
            docx_path=args.docx,
            csv_dir=args.csv,
            markdown_path=args.markdown,
            json_path=args.json,
            anonymous=args.anonymous,
            sections=sections,
            include_notes=args.include_notes,
            language=language,
        )
    if anonymous and not args.anonymous:
        print("the session runs under the Chatham House Rule: the exports name no one")
    for path in written:
        print(f"wrote {path}")
    return 0


def _export_forum(args: argparse.Namespace, language: str) -> int:
    from breakout.forum.export import export_forum

    if args.csv or args.json or args.anonymous or args.include_notes or args.sections:
        raise BreakoutError(
            f"{args.session.name} is a forum file: it exports its report only, "
            "with --pdf, --docx or --markdown (and --language)"
        )
    written = export_forum(
        args.session,
        pdf=args.pdf,
        docx_path=args.docx,
        markdown_path=args.markdown,
        language=language,
    )
    for path in written:
        print(f"wrote {path}")
    return 0


def _cluster(args: argparse.Namespace) -> int:
    from breakout import suggest

    if (args.session is None) == (args.texts is None):
        raise BreakoutError("give either a session file or --texts FILE, not both")
    if args.texts is not None:
        texts = _read_lines(args.texts)
        job = suggest.job_for_texts(texts)
        session = None
    else:
        from breakout.session import Session

        try:  # write access lets new vectors be cached; read-only is enough otherwise
            session = Session.open(args.session)
        except BreakoutError as exc:
            if "already open" not in str(exc):
                raise
            session = Session.open(args.session, readonly=True)
        with session:
            # Every active recommendation, as if nobody had grouped anything yet.
            prepared = suggest.prepare(session)
            if not prepared.texts:
                raise BreakoutError(f"{args.session.name} has no recommendations to group")
            job = dataclasses.replace(
                prepared, free=[True] * len(prepared.texts), open_groups=[], fixed_groups=[]
            )
            outcome = suggest.compute(job)
            session.board.store_vectors(suggest.MODEL, outcome.new_vectors)
    if session is None:
        outcome = suggest.compute(job)
    clusters = _clusters_of(job, outcome)
    if not outcome.semantic:
        print(f"breakout: note: grouping is {outcome.method}", file=sys.stderr)
    if args.json:
        import json

        doc = {"clusters": clusters, "method": outcome.method}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        for cluster in clusters:
            print(f"## {cluster['label']} ({len(cluster['items'])})")
            for item in cluster["items"]:
                print(f"- {item}")
            print()
        print(f"({outcome.method})")
    return 0


def _clusters_of(job: object, outcome: object) -> list[dict[str, Any]]:
    """Every input text in exactly one cluster: the suggestions, then the loners."""
    from breakout.grouping import shorten
    from breakout.suggest import Job, Outcome

    assert isinstance(job, Job) and isinstance(outcome, Outcome)
    text_of = dict(zip(job.ids, job.texts, strict=True))
    placed: set[int] = set()
    clusters: list[dict[str, Any]] = []
    for label, members in outcome.groups:
        clusters.append({"label": label, "items": [text_of[m] for m in members]})
        placed.update(members)
    for ident, text in text_of.items():
        if ident not in placed:
            clusters.append({"label": shorten(text), "items": [text]})
    return clusters


def _read_lines(path: Path) -> list[str]:
    """Proposals from a text file, one a line; blank lines are skipped."""
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BreakoutError(f"{name} does not exist; check the path") from None
    except IsADirectoryError:
        raise BreakoutError(
            f"{name} is a folder; give a text file, one proposal per line"
        ) from None
    except OSError as exc:
        raise BreakoutError(f"cannot read {name}: {exc.strerror}") from None
    if b"\x00" in raw:
        raise BreakoutError(f"{name} is not a text file; give one proposal per line")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise BreakoutError(f"{name} has no proposals; write one proposal per line")
    return lines


def _show(args: argparse.Namespace) -> int:
    from breakout.interchange import dumps, export_session
    from breakout.session import Session

    with Session.open(args.session, readonly=True) as session:
        if args.json:
            sys.stdout.write(dumps(export_session(session)))
            return 0
        info = session.info()
        # Everything is read before anything is printed: a file that fails half-way
        # prints its one error line only.
        lines = [info.title or "(untitled session)"]
        lines += [line for line in (info.event, info.venue, info.dates) if line]
        lines.append("")
        for number, point in enumerate(session.agenda.points(), 1):
            lines.append(f"{number}. {point.text} ({point.minutes} min)")
        lines.append("")
        lines.append(
            f"{len(session.people.participants())} participants, "
            f"{len(session.capture.contributions())} contributions, "
            f"{len(session.board.recommendations(include_inactive=False))} recommendations, "
            f"{len(session.voting.rounds())} voting rounds"
        )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
