"""Tests for breakout.roster: importing the participant list from CSV."""

import csv
import io
import pickle
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from breakout import roster
from breakout.errors import BreakoutError
from breakout.roster import RosterEntry, RosterError, parse_roster, read_roster

# The shape of the sample roster a conference organiser sends: American
# spelling of "organization", snake_case titles, yes/no consent.
SAMPLE = """\
name,organization,stakeholder_group,region,gender,may_be_named
Amara Diallo,Coastal Neighbourhoods Network,Civil society,West Africa,female,yes
Tomás Ibarra,Municipality of Quilpué,Government,Latin America,male,yes
Li Wen,Harbour Logistics Ltd,Business,East Asia,female,no
Sofia Marchetti,University of Genoa,Academia,Europe,female,yes
Rahul Mehta,Green Roofs Cooperative,Business,South Asia,male,yes
Fatima Zahra Benali,Youth Climate Collective,Civil society,North Africa,female,yes
Jonas Lindqvist,Regional Water Utility,Business,Europe,male,no
Grace Njeri,Informal Settlements Alliance,Civil society,East Africa,female,yes
Carlos Mendoza,National Disaster Agency,Government,Latin America,male,yes
Aiko Tanaka,UN Habitat Liaison Office,UN / international organisation,East Asia,female,yes
Olu Adeyemi,Lagos Chamber of Commerce,Business,West Africa,male,yes
María José Rojas,Radio Comunitaria del Puerto,Media,Latin America,female,yes
Yusuf Kaya,Istanbul Resilience Office,Government,Europe,male,yes
Priya Nair,Women in Adaptation Forum,Civil society,South Asia,female,yes
Alex Moreau,Independent facilitator,Other,Europe,non-binary,no
"""

TOMAS = RosterEntry(
    name="Tomás Ibarra",
    organisation="Municipality of Quilpué",
    stakeholder_group="Government",
    region="Latin America",
    gender="male",
    may_be_named=True,
)


def parse(text: str, encoding: str = "utf-8") -> list[RosterEntry]:
    """Parse *text* as the bytes of a file called roster.csv."""
    return parse_roster(text.encode(encoding), source="roster.csv")


def problems_of(text: str) -> list[tuple[int, str]]:
    """The problems reported for *text*, which must be rejected row by row."""
    with pytest.raises(RosterError) as caught:
        parse(text)
    return caught.value.problems


def lines_of(text: str) -> list[int]:
    """The line numbers of the problems reported for *text*."""
    return [line for line, _ in problems_of(text)]


def whole_file_error(data: bytes) -> str:
    """The message of the single BreakoutError (not a RosterError) raised for *data*."""
    with pytest.raises(BreakoutError) as caught:
        parse_roster(data, source="roster.csv")
    assert not isinstance(caught.value, RosterError)
    message = str(caught.value)
    assert "\n" not in message
    assert "roster.csv" in message
    return message


# --- the sample and its variants -------------------------------------------


def test_sample_roster_reads_every_participant_in_order() -> None:
    entries = parse(SAMPLE)

    assert len(entries) == 15
    assert entries[0].name == "Amara Diallo"
    assert entries[1] == TOMAS
    assert entries[-1].name == "Alex Moreau"
    assert entries[-1].gender == "non-binary"
    assert entries[9].stakeholder_group == "UN / international organisation"


def test_sample_roster_keeps_consent_as_given() -> None:
    consent = {entry.name: entry.may_be_named for entry in parse(SAMPLE)}

    assert consent["Li Wen"] is False
    assert consent["Jonas Lindqvist"] is False
    assert consent["Amara Diallo"] is True
    assert sum(consent.values()) == 12


def test_read_roster_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(SAMPLE.encode("utf-8"))

    assert read_roster(path) == parse(SAMPLE)
    assert read_roster(str(path)) == parse(SAMPLE)


def test_read_roster_names_the_file_in_row_errors(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name,may_be_named\nAmara,perhaps\n", encoding="utf-8")

    with pytest.raises(RosterError, match=r"people\.csv has 1 bad row"):
        read_roster(path)


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_are_detected(delimiter: str) -> None:
    text = SAMPLE.replace(",", delimiter)

    assert parse(text) == parse(SAMPLE)


def test_semicolon_file_with_commas_in_values() -> None:
    text = (
        "Name;Organisation;Region\n"
        "Diallo, Amara;Coastal Network, Dakar;West Africa\n"
        "Wen, Li;Harbour Logistics, Ltd;East Asia\n"
    )

    entries = parse(text)

    assert [entry.name for entry in entries] == ["Diallo, Amara", "Wen, Li"]
    assert entries[1].organisation == "Harbour Logistics, Ltd"


def test_tab_file_exported_from_a_spreadsheet() -> None:
    text = "Full Name\tAffiliation\tConsent\r\nLi Wen\tHarbour Logistics Ltd\tNo\r\n"

    assert parse(text) == [RosterEntry(name="Li Wen", organisation="Harbour Logistics Ltd")]


def test_excel_sep_line_sets_the_delimiter_and_is_not_a_header() -> None:
    text = "sep=;\nname;organisation\nLi Wen;Harbour, Logistics\n;\nAmara;\n"

    entries = parse(text)

    assert entries == [
        RosterEntry(name="Li Wen", organisation="Harbour, Logistics"),
        RosterEntry(name="Amara"),
    ]


def test_single_column_roster() -> None:
    assert parse("Name\nLi Wen\nAmara Diallo\n") == [
        RosterEntry(name="Li Wen"),
        RosterEntry(name="Amara Diallo"),
    ]


# --- encodings -------------------------------------------------------------


def test_cp1252_file_saved_by_excel_in_western_encoding() -> None:
    data = "name;organisation\r\nTomás Ibarra;Municipality of Quilpué\r\nJürgen Groß;Öko € Fund\r\n"

    entries = parse(data, encoding="cp1252")

    assert entries[0].name == "Tomás Ibarra"
    assert entries[0].organisation == "Municipality of Quilpué"
    assert entries[1] == RosterEntry(name="Jürgen Groß", organisation="Öko € Fund")


def test_utf8_with_bom_matches_the_first_column_title() -> None:
    entries = parse(SAMPLE, encoding="utf-8-sig")

    assert entries == parse(SAMPLE)
    assert entries[1].name == "Tomás Ibarra"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    data = SAMPLE.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        data = "\ufeff".encode(encoding) + data  # the -be codec writes no BOM itself

    assert parse_roster(data) == parse(SAMPLE)


def test_unicode_is_normalised_so_decomposed_accents_match() -> None:
    decomposed = unicodedata.normalize("NFD", "Tomás Ibarra")
    text = f"name\n{decomposed}\nTOMÁS IBARRA\n"

    assert problems_of(text) == [(3, 'the name "TOMÁS IBARRA" is already on line 2')]
    assert parse(f"name\n{decomposed}\n")[0].name == "Tomás Ibarra"


# --- columns -----------------------------------------------------------------


def test_reordered_and_renamed_headers_with_unknown_columns() -> None:
    text = (
        "E-mail,Consent to be named,SEX,Country/Region,Sector,Institution,Participant Name\n"
        "tomas@example.org,Sí,male,Latin America,Government,Municipality of Quilpué,"
        "Tomás Ibarra\n"
    )

    assert parse(text) == [TOMAS]


@pytest.mark.parametrize(
    "titles",
    [
        "name,organisation,stakeholder group,region,gender,may be named",
        "NAME,ORGANIZATION,STAKEHOLDER_GROUP,REGION,GENDER,MAY_BE_NAMED",
        " Full-Name , Org , Stakeholder-Group , Region , Gender , May-Be-Named ",
        "participant,affiliation,constituency,country,sex,attribution",
        "Full name,Company,Stakeholder,Country or region,Gender,Named",
    ],
)
def test_column_titles_ignore_case_spaces_underscores_and_hyphens(titles: str) -> None:
    row = "Tomás Ibarra,Municipality of Quilpué,Government,Latin America,male,yes"

    assert parse(f"{titles}\n{row}\n") == [TOMAS]


def test_more_specific_column_title_wins_over_a_generic_one() -> None:
    text = "Group,Name,Stakeholder group\n3,Li Wen,Business\n"

    assert parse(text) == [RosterEntry(name="Li Wen", stakeholder_group="Business")]


def test_first_and_last_name_columns_are_combined() -> None:
    text = (
        "First Name,Last Name,Organisation\n"
        "Tomás,Ibarra,Municipality of Quilpué\n"
        "Li,,Harbour Logistics Ltd\n"
        ",Njeri,\n"
    )

    names = [entry.name for entry in parse(text)]

    assert names == ["Tomás Ibarra", "Li", "Njeri"]


def test_given_name_and_surname_are_first_and_last_names() -> None:
    text = "Surname;Given name\nIbarra;Tomás\n"

    assert parse(text) == [RosterEntry(name="Tomás Ibarra")]


def test_full_name_column_wins_over_first_and_last_name() -> None:
    text = "first name,last name,name\nTomás,Ibarra,Tomás Ibarra Soto\n"

    assert parse(text) == [RosterEntry(name="Tomás Ibarra Soto")]


def test_missing_name_column_names_the_columns_found() -> None:
    message = whole_file_error(b"Organisation,Region,Email\nHarbour Ltd,East Asia,li@example.org\n")

    assert "no name column" in message
    assert '"Organisation", "Region", "Email"' in message
    assert 'add a column headed "name"' in message


def test_absent_optional_columns_leave_fields_empty_and_consent_false() -> None:
    assert parse("name\nLi Wen\n") == [
        RosterEntry(
            name="Li Wen",
            organisation="",
            stakeholder_group="",
            region="",
            gender="",
            may_be_named=False,
        )
    ]


# --- values --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("yes", True),
        ("YES", True),
        ("Y", True),
        ("true", True),
        ("True", True),
        ("1", True),
        ("oui", True),
        ("Sí", True),
        ("si", True),
        ("Ja", True),
        ("no", False),
        ("N", False),
        ("FALSE", False),
        ("0", False),
        ("non", False),
        ("Nein", False),
        ("", False),
        ("   ", False),
        (" yes ", True),
    ],
)
def test_may_be_named_answers(answer: str, expected: bool) -> None:
    [entry] = parse(f"name,may_be_named\nLi Wen,{answer}\n")

    assert entry.may_be_named is expected


def test_whitespace_is_trimmed_and_inner_runs_in_names_collapsed() -> None:
    text = (
        "name , organisation , gender\n"
        '  Tomás \u00a0  Ibarra  ,  Municipality  of Quilpué , " Male "\n'
        '"Grace\nNjeri",Alliance,female\n'
    )

    entries = parse(text)

    assert entries[0] == RosterEntry(
        name="Tomás Ibarra", organisation="Municipality  of Quilpué", gender="Male"
    )
    assert entries[1].name == "Grace Njeri"


def test_gender_is_kept_as_written() -> None:
    text = "name,gender\nA,Female\nB,prefer not to say\nC,\n"

    assert [entry.gender for entry in parse(text)] == ["Female", "prefer not to say", ""]


def test_quoted_fields_may_hold_delimiters_quotes_and_line_breaks() -> None:
    text = (
        "name,organisation,region\n"
        '"Diallo, Amara","Coastal ""Blue"" Network\nDakar office",West Africa\n'
    )

    assert parse(text) == [
        RosterEntry(
            name="Diallo, Amara",
            organisation='Coastal "Blue" Network\nDakar office',
            region="West Africa",
        )
    ]


def test_blank_lines_and_empty_rows_are_skipped() -> None:
    text = "\nname,region\n\nLi Wen,East Asia\n,\n   \n , \r\nAmara,\n\n"

    assert [entry.name for entry in parse(text)] == ["Li Wen", "Amara"]


def test_trailing_empty_fields_are_not_extra_fields() -> None:
    text = "name,region\nLi Wen,East Asia,,\nAmara,West Africa,\n"

    assert [entry.region for entry in parse(text)] == ["East Asia", "West Africa"]


def test_short_rows_leave_missing_fields_empty() -> None:
    assert parse("name,organisation,region\nLi Wen\n") == [RosterEntry(name="Li Wen")]


def test_old_mac_line_endings() -> None:
    assert [entry.name for entry in parse("name\rLi Wen\rAmara\r")] == ["Li Wen", "Amara"]


# --- bad rows -----------------------------------------------------------------


def test_empty_name_is_reported_with_its_line() -> None:
    text = "name,organisation\nLi Wen,Harbour\n,Coastal Network\nAmara,\n"

    assert problems_of(text) == [(3, "the name is empty")]


def test_empty_first_and_last_name_is_an_empty_name() -> None:
    text = "first name,last name,region\nLi,Wen,\n , ,Europe\n"

    assert problems_of(text) == [(3, "the name is empty")]


def test_row_with_more_fields_than_the_header() -> None:
    text = "name,organisation,region\nLi Wen,Harbour Logistics, Ltd,East Asia\n"

    [(line, problem)] = problems_of(text)

    assert line == 2
    assert "the row has 4 fields but the header has 3" in problem
    assert "comma" in problem


def test_unrecognised_may_be_named_answer() -> None:
    text = "name,may_be_named\nLi Wen,no\nAmara,maybe\n"

    assert problems_of(text) == [(3, 'may_be_named is "maybe", expected yes or no')]


def test_consent_problem_uses_the_column_title_from_the_file() -> None:
    text = "Name;Consent\nLi Wen;perhaps\n"

    assert problems_of(text) == [(2, 'Consent is "perhaps", expected yes or no')]


def test_name_over_200_characters() -> None:
    long_name = "A" * 201
    text = f"name\n{'B' * 200}\n{long_name}\n"

    assert problems_of(text) == [(3, "the name is 201 characters long, the limit is 200")]


def test_duplicate_name_reports_the_second_line() -> None:
    text = "name,region\nLi Wen,East Asia\nAmara,West Africa\n  li   WEN ,Europe\n"

    assert problems_of(text) == [(4, 'the name "li WEN" is already on line 2')]


def test_line_numbers_count_blank_lines_and_quoted_line_breaks() -> None:
    text = (
        "name,organisation,may_be_named\n"  # 1
        "\n"  # 2
        '"Amara\n'  # 3
        'Diallo","Coastal\n'  # 4
        "\n"  # 5
        'Network",yes\n'  # 6
        ",Harbour,no\n"  # 7
        "\n"  # 8
        "Li Wen,Harbour,sometimes\n"  # 9
    )

    assert lines_of(text) == [7, 9]


def test_line_numbers_with_crlf_and_a_bom() -> None:
    text = "name,may_be_named\r\nLi Wen,yes\r\n\r\nAmara,later\r\n"

    with pytest.raises(RosterError) as caught:
        parse(text, encoding="utf-8-sig")

    assert caught.value.problems == [(4, 'may_be_named is "later", expected yes or no')]


def test_a_row_can_have_several_problems() -> None:
    text = "name,may_be_named\n,perhaps\n"

    assert problems_of(text) == [
        (2, "the name is empty"),
        (2, 'may_be_named is "perhaps", expected yes or no'),
    ]


def test_unclosed_quote_is_reported_instead_of_swallowing_the_file() -> None:
    text = 'name,organisation\nLi Wen,Harbour\n"Amara Diallo,Coastal\nGrace Njeri,Alliance\n'

    assert problems_of(text) == [(3, "a quote opened in this row is never closed")]


def test_unclosed_quote_in_the_header() -> None:
    message = whole_file_error(b'"name,organisation\nLi Wen,Harbour\n')

    assert "line 1 opens a quote that is never closed" in message


def test_every_bad_row_is_reported_and_nothing_imported() -> None:
    text = (
        "name,organisation,may_be_named\n"  # 1
        "Li Wen,Harbour,yes\n"  # 2
        ",Coastal,yes\n"  # 3
        "Amara,Coastal,maybe\n"  # 4
        f"{'x' * 250},,\n"  # 5
        "Grace,Alliance, Nairobi,yes\n"  # 6
        "LI WEN,Other,no\n"  # 7
        "Priya,Forum,no\n"  # 8
    )

    problems = problems_of(text)

    assert [line for line, _ in problems] == [3, 4, 5, 6, 7]
    assert problems[0] == (3, "the name is empty")
    assert problems[4] == (7, 'the name "LI WEN" is already on line 2')


def test_error_message_is_one_sentence_listing_the_problems() -> None:
    text = "name,may_be_named\nA,yes\n,yes\nB,yes\nC,yes\nD,yes\nE,yes\nF,yes\nG,yes\nH,maybe\n"

    with pytest.raises(RosterError) as caught:
        parse(text)

    assert str(caught.value) == (
        "roster.csv has 2 bad rows, so nothing was imported: line 3: the name is empty; "
        'line 10: may_be_named is "maybe", expected yes or no; fix them and import again'
    )


def test_error_message_caps_the_listing() -> None:
    rows = "".join(f"Person {n},perhaps\n" for n in range(12))

    with pytest.raises(RosterError) as caught:
        parse(f"name,consent\n{rows}")

    message = str(caught.value)
    assert message.startswith("roster.csv has 12 bad rows, so nothing was imported: line 2: ")
    assert "line 6: " in message
    assert "line 7: " not in message
    assert "; and 7 more; " in message
    assert len(caught.value.problems) == 12


def test_error_message_stays_on_one_line_and_short() -> None:
    text = 'name,consent\nLi,"so\nvery\nmany words that go on and on and on and on and on"\n'

    with pytest.raises(RosterError) as caught:
        parse(text)

    message = str(caught.value)
    assert "\n" not in message
    assert "has 1 bad row, " in message
    assert 'consent is "so very many words that go on and on an…", expected' in message
    assert message.endswith("fix it and import again")


def test_roster_error_is_a_breakout_error_and_survives_pickling() -> None:
    with pytest.raises(BreakoutError) as caught:
        parse("name\nA\na\n")

    error = caught.value
    assert isinstance(error, RosterError)
    copy = pickle.loads(pickle.dumps(error))
    assert copy.problems == error.problems
    assert str(copy) == str(error)


# --- files that are not rosters -------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \r\n\n\t\n", b",,,\n , ,\n", "\ufeff".encode()])
def test_empty_file(data: bytes) -> None:
    assert "is empty" in whole_file_error(data)


def test_header_without_participants() -> None:
    message = whole_file_error(b"name,organisation,region\n\n,,\n")

    assert "has a header line but no participants" in message


@pytest.mark.parametrize(
    "data",
    [
        b"name\nLi\x00Wen\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"name\nLi\x07Wen\n",
        b"PK\x03\x04\x14\x00\x06\x00",
    ],
)
def test_binary_file(data: bytes) -> None:
    assert "is not a text file" in whole_file_error(data)


def test_text_in_an_unknown_encoding() -> None:
    # 0x81 is undefined in cp1252, and the bytes are not UTF-8 either.
    message = whole_file_error(b"name\nLi \x81\xe9 Wen\n")

    assert "neither UTF-8 nor Windows Western" in message


def test_false_byte_order_mark() -> None:
    message = whole_file_error(b"\xef\xbb\xbfname\nTom\xe1s\n")

    assert "marked as UTF-8" in message


def test_json_file_is_not_a_roster() -> None:
    message = whole_file_error(b'{"participants": [{"name": "Li Wen"}]}\n')

    assert "no name column" in message


def test_data_without_a_header_line() -> None:
    message = whole_file_error(SAMPLE.split("\n", 1)[1].encode())

    assert "no name column" in message
    assert '"Amara Diallo"' in message


# --- file errors -----------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "gone.csv"

    with pytest.raises(BreakoutError, match=r"gone\.csv does not exist"):
        read_roster(path)


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(BreakoutError, match="is a folder, not a CSV file"):
        read_roster(tmp_path)


def test_path_through_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "roster.csv"
    blocker.write_text("name\nLi\n", encoding="utf-8")

    with pytest.raises(BreakoutError, match=r"roster.csv/inner.csv could not be read \("):
        read_roster(blocker / "inner.csv")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.csv"
    path.write_text(SAMPLE, encoding="utf-8")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(roster, "open", deny, raising=False)

    with pytest.raises(BreakoutError, match=r"locked\.csv cannot be read because permission"):
        read_roster(path)


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(SAMPLE, encoding="utf-8")
    monkeypatch.setattr(roster, "MAX_FILE_BYTES", 100)

    with pytest.raises(BreakoutError, match=r"huge\.csv is larger than"):
        read_roster(path)


# --- properties -------------------------------------------------------------------


def assert_clean_outcome(data: bytes) -> None:
    """Parsing *data* returns entries or raises a one-line BreakoutError, nothing else."""
    try:
        entries = parse_roster(data, source="fuzz.csv")
    except BreakoutError as error:
        message = str(error)
        assert message
        assert len(message.splitlines()) == 1
        if isinstance(error, RosterError):
            assert error.problems
            assert all(line >= 2 for line, _ in error.problems)
    else:
        assert entries
        assert all(isinstance(entry, RosterEntry) and entry.name for entry in entries)


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_entries_or_a_breakout_error(data: bytes) -> None:
    assert_clean_outcome(data)


_CSV_ALPHABET = st.sampled_from([*'ab Né,;\t|"\r\n', "yes", "no", "\u00a0", "\u2028"])


@settings(max_examples=300)
@given(
    header=st.sampled_from(["name,may_be_named,org", "name;consent", "first\tlast", "name"]),
    body=st.lists(_CSV_ALPHABET, max_size=60).map("".join),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_csv_like_text_gives_entries_or_a_breakout_error(
    header: str, body: str, encoding: str
) -> None:
    assert_clean_outcome(f"{header}\n{body}".encode(encoding))


def _clean(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def _clean_name(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def _texts(codec: str | None) -> st.SearchStrategy[str]:
    """Text of printable characters plus the ones CSV must quote."""
    printable = st.characters(codec=codec, exclude_categories=("Cs", "Cc"))
    return st.text(printable | st.sampled_from(list(',;\t|"\n\r ')), max_size=25)


@st.composite
def rosters(draw: st.DrawFn, codec: str | None) -> list[tuple[RosterEntry, str]]:
    """Entries as the importer returns them, each with the consent answer written for it."""
    names = _texts(codec).map(_clean_name).filter(lambda name: name and _clean_name(name) == name)
    values = _texts(codec).map(_clean).filter(lambda value: _clean(value) == value)
    entries = st.builds(
        RosterEntry,
        name=names,
        organisation=values,
        stakeholder_group=values,
        region=values,
        gender=values,
        may_be_named=st.booleans(),
    )
    roster_entries = draw(
        st.lists(entries, min_size=1, max_size=8, unique_by=lambda entry: entry.name.casefold())
    )
    answers = {True: ["yes", "Y", "TRUE", "1", "oui", "sí", "ja"], False: ["no", "N", "0", ""]}
    return [(entry, draw(st.sampled_from(answers[entry.may_be_named]))) for entry in roster_entries]


_TITLES = {
    "name": ["name", "Full Name", "participant_name"],
    "organisation": ["organisation", "Organization", "AFFILIATION"],
    "stakeholder_group": ["stakeholder_group", "Sector", "stakeholder-group"],
    "region": ["region", "Country/Region", "country"],
    "gender": ["gender", "Sex"],
    "may_be_named": ["may_be_named", "Consent", "may be named"],
}


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
def test_written_rosters_read_back_equal(data: st.DataObject, encoding: str) -> None:
    codec = "cp1252" if encoding == "cp1252" else None
    rows = data.draw(rosters(codec))
    fields = data.draw(st.permutations(list(_TITLES)))
    titles = [data.draw(st.sampled_from(_TITLES[field])) for field in fields]
    delimiter = data.draw(st.sampled_from([",", ";", "\t", "|"]))
    # Python's writer quotes a lone CR or LF only when the line terminator has it, so
    # other line ends are written with every field quoted.
    line_end = data.draw(st.sampled_from(["\r\n", "\n", "\r"]))
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        lineterminator=line_end,
        quoting=csv.QUOTE_MINIMAL if line_end == "\r\n" else csv.QUOTE_ALL,
    )
    writer.writerow(titles)
    for entry, answer in rows:
        values = {**vars(entry), "may_be_named": answer}
        writer.writerow([values[field] for field in fields])
    raw = buffer.getvalue().encode(encoding)
    if encoding == "cp1252" and not raw.isascii():
        # Western bytes that happen to form valid UTF-8 are read as UTF-8, by design.
        assume(not _is_utf8(raw))

    assert parse_roster(raw) == [entry for entry, _ in rows]


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
