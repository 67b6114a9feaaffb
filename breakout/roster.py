"""Import the participant roster from a CSV file.

A roster is whatever a conference organiser exports from a spreadsheet or a
registration system: a header line naming the columns, then one row per
participant. The import is forgiving about the shape of the file (column
names and order, delimiter, text encoding, a ``sep=`` line written by Excel)
and strict about its content: if any row is bad, every bad row is reported
with its line number and nothing is imported.
"""

import csv
import io
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from breakout.errors import BreakoutError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_NAME_LENGTH",
    "MAX_PARTICIPANTS",
    "RosterEntry",
    "RosterError",
    "parse_roster",
    "read_roster",
]

MAX_NAME_LENGTH = 200
"""The longest participant name accepted, in characters."""

MAX_FILE_BYTES = 5 * 1024 * 1024
"""The largest roster file read; a real roster is a few kilobytes."""

MAX_PARTICIPANTS = 5000
"""The most participants a roster may list: a breakout has tens, a whole forum thousands."""

_SHOWN_PROBLEMS = 5
_SHOWN_VALUE_CHARS = 40
_DELIMITERS = ",;\t|"
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_SNIFF_LINES = 20
_SNIFF_CHARS = 8192

# Control characters never found in a text roster (tab, line feed, carriage
# return, vertical tab and form feed are allowed).
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")

# Each field's accepted column names, best first: when two columns match the
# same field, the one with the better name wins (so "Stakeholder group" beats
# "Group"), and between equally good names the leftmost wins.
_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "participant name", "participant", "attendee name", "attendee"),
    "first_name": ("first name", "given name", "forename", "first"),
    "last_name": ("last name", "surname", "family name", "last"),
    "organisation": (
        "organisation",
        "organization",
        "org",
        "affiliation",
        "institution",
        "company",
    ),
    "stakeholder_group": ("stakeholder group", "stakeholder", "sector", "constituency", "group"),
    "region": ("region", "country/region", "country or region", "country"),
    "gender": ("gender", "sex"),
    "may_be_named": (
        "may be named",
        "consent to be named",
        "can be named",
        "consent",
        "named",
        "attribution",
    ),
}

_YES = frozenset({"yes", "y", "true", "1", "oui", "sí", "si", "ja"})
_NO = frozenset({"no", "n", "false", "0", "non", "nein"})


@dataclass(frozen=True)
class RosterEntry:
    """One participant as read from the roster."""

    name: str
    organisation: str = ""
    stakeholder_group: str = ""
    region: str = ""
    gender: str = ""
    may_be_named: bool = False


class RosterError(BreakoutError):
    """Raised when any row is bad; nothing is imported.

    ``problems`` lists every problem found as ``(line, what is wrong)``, in
    file order, where ``line`` is the 1-based physical line on which the row
    starts (the header is line 1). The message lists the first few.
    """

    def __init__(self, source: str, problems: Sequence[tuple[int, str]]) -> None:
        self.source = source
        self.problems: list[tuple[int, str]] = sorted(problems, key=lambda problem: problem[0])
        super().__init__(_describe_problems(source, self.problems))

    def __reduce__(self) -> tuple[type["RosterError"], tuple[str, list[tuple[int, str]]]]:
        """Pickle by the constructor's arguments rather than by the message."""
        return (type(self), (self.source, self.problems))


def read_roster(path: str | os.PathLike[str]) -> list[RosterEntry]:
    """Read and parse the roster file at *path*.

    Raises :class:`BreakoutError` naming the file when it cannot be read, and
    :class:`RosterError` (a ``BreakoutError``) when any of its rows is bad.
    """
    name = os.fspath(path)
    data = _read_bytes(name)
    return parse_roster(data, source=name)


def parse_roster(data: bytes, source: str = "roster") -> list[RosterEntry]:
    """Parse the bytes of a roster CSV file into entries, in file order.

    *source* names the file in error messages. Raises :class:`RosterError`
    listing every bad row, or :class:`BreakoutError` when the file as a whole
    is not a usable roster (empty, binary, no name column, no rows).
    """
    text = _decode(data, source)
    delimiter, sep_line = _choose_delimiter(text)
    records, unclosed_line = _read_records(text, delimiter, source)
    records = [record for record in records if record[0] != sep_line]
    if not records:
        if unclosed_line is not None:
            raise BreakoutError(
                f"{source} line {unclosed_line} opens a quote that is never closed; "
                "add the closing quote and try again."
            )
        raise BreakoutError(
            f"{source} is empty; export the participant list as CSV with a header line "
            "and one row per participant, then try again."
        )
    header = [_clean(field) for field in records[0][1]]
    columns = _find_columns(header, source)
    rows = records[1:]
    if len(rows) > MAX_PARTICIPANTS:
        raise _too_many(source)
    if not rows and unclosed_line is None:
        raise BreakoutError(
            f"{source} has a header line but no participants; "
            "add one row per participant and try again."
        )
    entries, problems = _check_rows(rows, header, columns, delimiter)
    if unclosed_line is not None:
        problems.append((unclosed_line, "a quote opened in this row is never closed"))
    if problems:
        raise RosterError(source, problems)
    return entries


# --- reading and decoding -------------------------------------------------


def _read_bytes(name: str) -> bytes:
    """Return the content of the file *name*, turning file errors into BreakoutError."""
    try:
        with open(name, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as err:
        raise BreakoutError(f"{name} does not exist; check the file name and try again.") from err
    except IsADirectoryError as err:
        raise _folder_error(name) from err
    except PermissionError as err:
        if os.path.isdir(name):  # Windows reports a folder as "permission denied"
            raise _folder_error(name) from err
        raise BreakoutError(
            f"{name} cannot be read because permission is denied; "
            "check the file's permissions or copy it somewhere you can read it."
        ) from err
    except OSError as err:
        reason = err.strerror or str(err)
        raise BreakoutError(
            f"{name} could not be read ({reason}); check the file and try again."
        ) from err
    if len(data) > MAX_FILE_BYTES:
        raise BreakoutError(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, far too large "
            "for a roster; check that you chose the participant list."
        )
    return data


def _too_many(source: str) -> BreakoutError:
    """The error for a roster longer than :data:`MAX_PARTICIPANTS`."""
    return BreakoutError(
        f"{source} has more than {MAX_PARTICIPANTS:,} participants, more than a roster can "
        "hold; import the participants of this session only."
    )


def _folder_error(name: str) -> BreakoutError:
    """The error for a roster path that names a folder."""
    return BreakoutError(f"{name} is a folder, not a CSV file; choose the roster file itself.")


def _decode(data: bytes, source: str) -> str:
    """Decode roster bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, or cp1252."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text = _decode_marked(data, "utf-32", source)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode_marked(data, "utf-16", source)
    elif data.startswith(b"\xef\xbb\xbf"):
        text = _decode_marked(data, "utf-8-sig", source)
    elif b"\x00" in data:
        raise _binary_error(source)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise BreakoutError(
                    f"{source} is neither UTF-8 nor Windows Western text; "
                    'save it from your spreadsheet as "CSV UTF-8" and try again.'
                ) from None
    text = text.removeprefix("\ufeff")
    if _BINARY_CHARS.search(text):
        raise _binary_error(source)
    return text


def _decode_marked(data: bytes, encoding: str, source: str) -> str:
    """Decode *data*, which starts with the byte-order mark of *encoding*."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise BreakoutError(
            f"{source} is marked as {encoding.upper().removesuffix('-SIG')} text but is not; "
            'save it from your spreadsheet as "CSV UTF-8" and try again.'
        ) from None


def _binary_error(source: str) -> BreakoutError:
    """The error for a file that holds binary data rather than text."""
    return BreakoutError(
        f"{source} is not a text file (it contains binary data); "
        "choose the participant list saved as CSV."
    )


# --- delimiter ------------------------------------------------------------


def _choose_delimiter(text: str) -> tuple[str, int | None]:
    """Return the delimiter and the line number of an Excel ``sep=`` line, if any.

    An explicit ``sep=;`` first line wins. Otherwise :class:`csv.Sniffer`,
    restricted to comma, semicolon, tab and vertical bar, decides, provided
    its choice occurs in the header line; failing that, the candidate found
    most often in the header line is used (comma when there is none).
    """
    lines = _physical_lines(text, _SNIFF_LINES)
    first = lines[0].rstrip("\r\n") if lines else ""
    if len(first) == 5 and first[:4].casefold() == "sep=" and first[4] in _DELIMITERS:
        return first[4], 1
    header = next((line for line in lines if line.strip()), "")
    try:
        sniffed = csv.Sniffer().sniff("".join(lines)[:_SNIFF_CHARS], _DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and sniffed in _DELIMITERS and sniffed in header:
        return sniffed, None
    counts = {candidate: header.count(candidate) for candidate in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda candidate: counts[candidate])  # first of a tie
    return (best if counts[best] else ","), None


def _physical_lines(text: str, limit: int | None = None) -> list[str]:
    """Split *text* into lines exactly as the CSV reader sees them (CR, LF or CRLF)."""
    stream = io.StringIO(text, newline="")
    if limit is None:
        return stream.readlines()
    lines = []
    for line in stream:
        lines.append(line)
        if len(lines) >= limit:
            break
    return lines


# --- records --------------------------------------------------------------


def _read_records(
    text: str, delimiter: str, source: str
) -> tuple[list[tuple[int, list[str]]], int | None]:
    """Split *text* into CSV records, skipping blank ones.

    Returns ``(records, unclosed_line)``: each record is ``(start line,
    fields)``; ``unclosed_line`` is the start line of a final record whose
    quote is never closed (that record is left out), or None.
    """
    lines = _physical_lines(text)
    reader = csv.reader(
        iter(lines), delimiter=delimiter, quotechar='"', doublequote=True, skipinitialspace=True
    )
    records: list[tuple[int, list[str]]] = []
    start = last_start = 1
    try:
        for fields in reader:
            last_start = start
            if any(field.strip() for field in fields):
                records.append((start, fields))
                if len(records) > MAX_PARTICIPANTS + 2:  # a header, perhaps a sep= line
                    raise _too_many(source)
            start = reader.line_num + 1
    except csv.Error as err:
        if _ends_inside_quotes("".join(lines[start - 1 :]), delimiter):
            return records, start
        raise BreakoutError(
            f"{source} could not be read as CSV at line {start} ({err}); "
            "check that it is a comma-, semicolon- or tab-separated file and try again."
        ) from err
    if _ends_inside_quotes("".join(lines[last_start - 1 :]), delimiter):
        if records and records[-1][0] == last_start:
            records.pop()
        return records, last_start
    return records, None


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    """Tell whether *text*, read as CSV the way :mod:`csv` does, ends inside a quoted field."""
    start, plain, quoted, quote_in_quoted = range(4)
    field_ends = (delimiter, "\r", "\n")
    state = start
    for char in text:
        if state == quoted:
            if char == '"':
                state = quote_in_quoted
        elif state == quote_in_quoted and char == '"':
            state = quoted  # a doubled quote stands for one quote character
        elif char in field_ends:
            state = start
        elif state == start and char == '"':
            state = quoted
        elif state == start and char == " ":
            pass  # spaces before an opening quote are skipped (skipinitialspace)
        else:
            state = plain
    return state == quoted


# --- columns --------------------------------------------------------------


def _column_key(title: str) -> str:
    """Reduce a column title to a key that ignores case, spaces, underscores and hyphens."""
    return "".join(char for char in title.casefold() if not char.isspace() and char not in "_-")


def _find_columns(header: list[str], source: str) -> dict[str, int]:
    """Map each known field to its column index; unknown columns are ignored."""
    keys = [_column_key(title) for title in header]
    columns: dict[str, int] = {}
    for field, titles in _COLUMN_NAMES.items():
        for title in titles:
            key = _column_key(title)
            if key in keys:
                columns[field] = keys.index(key)
                break
    if "name" not in columns and "first_name" not in columns and "last_name" not in columns:
        raise BreakoutError(
            f"{source} has no name column (the header line has {_list_titles(header)}); "
            'add a column headed "name" and try again.'
        )
    if "name" in columns:  # a full name column beats first and last name columns
        columns.pop("first_name", None)
        columns.pop("last_name", None)
    return columns


def _list_titles(header: list[str]) -> str:
    """Describe the non-empty column titles of *header* for an error message."""
    titles = [_show(title) for title in header if title]
    if not titles:
        return "no column titles"
    if len(titles) > _SHOWN_PROBLEMS + 1:
        titles = [*titles[:_SHOWN_PROBLEMS], f"and {len(titles) - _SHOWN_PROBLEMS} more"]
    return ", ".join(titles)


# --- rows -----------------------------------------------------------------


def _check_rows(
    rows: list[tuple[int, list[str]]],
    header: list[str],
    columns: dict[str, int],
    delimiter: str,
) -> tuple[list[RosterEntry], list[tuple[int, str]]]:
    """Turn data rows into entries, collecting every problem with its line number."""
    entries: list[RosterEntry] = []
    problems: list[tuple[int, str]] = []
    first_line_of: dict[str, int] = {}
    consent_title = (
        " ".join(header[columns["may_be_named"]].split()) if "may_be_named" in columns else ""
    )
    for line, fields in rows:
        width = _width(fields)
        if width > len(header):
            problems.append((line, _extra_fields_problem(width, len(header), delimiter)))
            continue
        row_problems: list[str] = []
        name = _row_name(fields, columns)
        if not name:
            row_problems.append("the name is empty")
        elif len(name) > MAX_NAME_LENGTH:
            row_problems.append(
                f"the name is {len(name)} characters long, the limit is {MAX_NAME_LENGTH}"
            )
        else:
            key = name.casefold()
            if key in first_line_of:
                row_problems.append(
                    f"the name {_show(name)} is already on line {first_line_of[key]}"
                )
            else:
                first_line_of[key] = line
        consent = _cell(fields, columns, "may_be_named")
        may_be_named = _parse_consent(consent)
        if may_be_named is None:
            row_problems.append(f"{consent_title} is {_show(consent)}, expected yes or no")
        if row_problems:
            problems.extend((line, problem) for problem in row_problems)
            continue
        entries.append(
            RosterEntry(
                name=name,
                organisation=_cell(fields, columns, "organisation"),
                stakeholder_group=_cell(fields, columns, "stakeholder_group"),
                region=_cell(fields, columns, "region"),
                gender=_cell(fields, columns, "gender"),
                may_be_named=bool(may_be_named),
            )
        )
    return entries, problems


def _width(fields: list[str]) -> int:
    """The number of fields up to the last non-empty one (trailing empty fields are harmless)."""
    width = len(fields)
    while width and not fields[width - 1].strip():
        width -= 1
    return width


def _extra_fields_problem(width: int, expected: int, delimiter: str) -> str:
    """Describe a row with more fields than the header."""
    kind = _DELIMITER_NAMES[delimiter]
    return (
        f"the row has {width} fields but the header has {expected} "
        f"(a value containing a {kind} must be put in double quotes)"
    )


def _row_name(fields: list[str], columns: dict[str, int]) -> str:
    """The row's name, from the name column or first and last name, with spaces collapsed."""
    if "name" in columns:
        name = _cell(fields, columns, "name")
    else:
        name = f"{_cell(fields, columns, 'first_name')} {_cell(fields, columns, 'last_name')}"
    return " ".join(name.split())


def _cell(fields: list[str], columns: dict[str, int], field: str) -> str:
    """The cleaned value of *field* in a row; empty when the column or the cell is missing."""
    index = columns.get(field)
    if index is None or index >= len(fields):
        return ""
    return _clean(fields[index])


def _clean(value: str) -> str:
    """Trim *value* and bring it to Unicode NFC, so that equal-looking text compares equal."""
    return unicodedata.normalize("NFC", value).strip()


def _parse_consent(value: str) -> bool | None:
    """Read a may-be-named answer: True, False (also when empty), or None when unrecognised."""
    answer = value.casefold()
    if not answer or answer in _NO:
        return False
    if answer in _YES:
        return True
    return None


# --- messages -------------------------------------------------------------


def _show(value: str) -> str:
    """Quote *value* for a one-line message, shortening it when long."""
    flat = " ".join(value.split())
    if len(flat) > _SHOWN_VALUE_CHARS:
        flat = flat[: _SHOWN_VALUE_CHARS - 1] + "…"
    return f'"{flat}"'


def _describe_problems(source: str, problems: list[tuple[int, str]]) -> str:
    """Build the one-line message of a RosterError."""
    bad_rows = len({line for line, _ in problems})
    rows = "row" if bad_rows == 1 else "rows"
    listed = [f"line {line}: {problem}" for line, problem in problems[:_SHOWN_PROBLEMS]]
    if len(problems) > _SHOWN_PROBLEMS:
        listed.append(f"and {len(problems) - _SHOWN_PROBLEMS} more")
    pronoun = "it" if bad_rows == 1 else "them"
    message = (
        f"{source} has {bad_rows} bad {rows}, so nothing was imported: "
        f"{'; '.join(listed)}; fix {pronoun} and import again"
    )
    return " ".join(message.splitlines())
