"""Tests for breakout.briefing: turning a briefing note into title, background and points."""

from __future__ import annotations

import codecs
import os
import string
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breakout.briefing import Briefing, parse_briefing, read_briefing
from breakout.briefing import reading as briefing_module
from breakout.errors import BreakoutError

DATA = Path(__file__).parent / "data" / "briefings"
# The organisers' shared fixtures are not part of the repository: on CI they sit beside
# the clone (../shared), so they are read from there at run time when present.
SHARED_FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
REFERENCE_BRIEFING = SHARED_FIXTURES / "briefing_city_adaptation.txt"

BASE_POINTS = (
    "How can fishing cooperatives help design closed seasons and catch limits that crews on "
    "the water will respect?",
    "Which forms of credit or insurance would let crews replace old engines and ice boxes "
    "without taking on debts they cannot repay?",
    "How should catch, price and sea-temperature records be collected and shared between "
    "boats, buyers and scientists?",
    "What support do the people who clean, dry and sell fish need to be recognised as part of "
    "the fishery?",
    "How can mangroves and nursery grounds be protected when tourism and aquaculture compete "
    "for the same shoreline?",
    "How do we make sure that fishing permits passed between harbours or families are "
    "allocated fairly and openly?",
)

REFERENCE_POINTS = (
    "How can residents of informal settlements take part in drawing up risk maps and "
    "early-warning systems?",
    "Which financing arrangements allow small municipalities to pay for drainage, shade and "
    "cooling before disasters strike?",
    "How should utilities, businesses and community groups share data about floods, heat and "
    "outages without violating privacy?",
    "What role can schools and youth groups play in preparing households for evacuation?",
    "How can nature-based solutions such as wetlands and urban trees be maintained over decades "
    "rather than planted once?",
    "How do we make sure that relocation, when unavoidable, respects the rights and livelihoods "
    "of the people who move?",
)


def base_text() -> str:
    return (DATA / "coastal_fisheries.txt").read_text(encoding="utf-8")


def minimal(points_block: str, heading: str = "Points of Discussion:") -> str:
    """A short briefing with the given points block under the given heading."""
    return (
        "Forum on Rural Broadband\n"
        "Cusco, Peru, 2-3 April 2025\n\n"
        'Breakout Session "Connecting the Last Village"\n\n'
        "Background\n\n"
        "Half of the villages in the highlands have no mobile signal at all.\n\n"
        f"{heading}\n\n{points_block}\n\n"
        "Thank you.\n"
    )


# --------------------------------------------------------------------------
# The reference briefing
# --------------------------------------------------------------------------


def test_base_briefing_parses_into_every_field() -> None:
    briefing = read_briefing(DATA / "coastal_fisheries.txt")

    assert briefing.event == "Eastern Pacific Forum on Small-Scale Fisheries"
    assert briefing.venue == "Mazatlán, México"
    assert briefing.dates == "14-16 April, 2026"
    assert briefing.title == "Boats and Harbours: Sharing the Catch in a Warming Sea"
    assert briefing.points == BASE_POINTS
    assert briefing.closing == (
        "Participants are invited to draft proposals for action on these questions. "
        "The group will rank the proposals, and the strongest will be reported at the final "
        "plenary."
    )
    first, second = briefing.background.split("\n\n")
    assert first.startswith("Along this coast, small boats land most of the fish")
    assert "*marine heatwaves*" in first
    assert "**Small-Scale Fisheries Guidelines**" in first
    assert first.endswith("the means to take up that role.")
    assert second.startswith("Previous meetings of the forum")
    assert "“***a rule that nobody on the dock helped to write" in second
    assert second.endswith("before the next season opens.")


@pytest.mark.skipif(
    not REFERENCE_BRIEFING.is_file(),
    reason="the organisers' shared fixtures are not beside this clone",
)
def test_reference_briefing_parses_into_every_field() -> None:
    briefing = read_briefing(REFERENCE_BRIEFING)

    assert briefing.event == "Regional Forum on Urban Resilience"
    assert briefing.venue == "Valparaíso, Chile"
    assert briefing.dates == "8-10 October, 2025"
    assert briefing.title == "Cities and Communities: Adapting Together to a Changing Climate"
    assert briefing.points == REFERENCE_POINTS
    assert briefing.closing == (
        "Participants may wish to propose recommendations for action on these questions. "
        "The recommendations will be ranked by the group and presented in the closing plenary."
    )
    first, second = briefing.background.split("\n\n")
    assert first.startswith("In the past decade, most coastal and river cities")
    assert "*extreme weather event*" in first
    assert "**New Urban Agenda**" in first
    assert first.endswith("remain unevenly shared.")
    assert second.startswith("Earlier regional meetings")
    assert "“***without shared data and clear responsibilities" in second
    assert second.endswith("agree on practical next steps.")


# --------------------------------------------------------------------------
# Other briefings, each written in a different layout
# --------------------------------------------------------------------------


def test_markdown_briefing_with_heading_title_and_labelled_fields() -> None:
    briefing = read_briefing(DATA / "adaptation_finance.md")

    assert briefing.title == "Who Pays for Adaptation?"
    assert briefing.event == "Third Asia–Pacific Dialogue on Climate Finance"
    assert briefing.venue == "Kuala Lumpur Convention Centre, Malaysia"
    assert briefing.dates == "3–4 March 2026"
    assert briefing.background == (
        "Adaptation finance in the region has grown, but *most of it* still reaches national "
        "ministries rather than the districts where floods and droughts hit. Small island "
        "states report that **applying for a single grant** can take two years of staff time."
        "\n\nThis session looks at __practical__ ways to shorten that path:"
        "\n\n- direct access for local governments;"
        "\n- pooled funds run by regional development banks;"
        "\n- guarantees that draw in private lenders."
    )
    assert briefing.points == (
        "What would it take for a district council to apply for adaptation finance without "
        "going through a national ministry?",
        "Which reporting requirements could donors drop or share without losing track of results?",
        "How can insurance and guarantees make private lenders willing to fund sea walls, "
        "irrigation and early-warning systems?",
        "Where should the region's first pooled adaptation fund sit, and who should govern it?",
    )
    assert briefing.closing == ""


def test_numbered_questions_with_venue_and_dates_on_separate_lines() -> None:
    briefing = read_briefing(DATA / "health_workers.txt")

    assert briefing.title == "Community Health Workers: From Pilot Projects to National Systems"
    assert briefing.event == "International Conference on Primary Health Care"
    assert briefing.venue == "Almaty, Kazakhstan"
    assert briefing.dates == "Wednesday 14 May 2025, 14:00-15:30"
    assert briefing.background.count("\n\n") == 1
    assert "_stable pay_ and _supportive supervision_" in briefing.background
    assert "BRIEFING NOTE" not in briefing.background
    assert [point.split()[:3] for point in briefing.points] == [
        ["How", "can", "ministries"],
        ["What", "training", "and"],
        ["How", "should", "data"],
    ]
    assert briefing.closing == (
        "The rapporteur will summarise the answers in five minutes at the plenary on "
        "Thursday morning."
    )


def test_crlf_bom_briefing_with_letter_bullets_and_wrapped_points() -> None:
    raw = (DATA / "nile_cooperation_crlf_bom.txt").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw

    briefing = read_briefing(DATA / "nile_cooperation_crlf_bom.txt")

    assert briefing.title == "Sharing Rivers: Cooperation Across Borders in the Nile Basin"
    assert briefing.event == "Water Security Week — Eastern Africa"
    assert briefing.venue == "Kampala, Uganda"
    assert briefing.dates == "22–24 September 2025"
    assert briefing.background.startswith("Eleven countries share the Nile. Agreements")
    assert "\n" not in briefing.background
    assert briefing.points == (
        "How can upstream and downstream countries share hydrological data in real time?",
        "What role should river basin organisations play when a dam is planned, and how can "
        "affected communities be heard before decisions are final?",
        "Which joint investments — in irrigation efficiency, hydropower or flood warning — "
        "could show quick benefits to all riparian states?",
    )
    assert briefing.closing == (
        "Thank you for preparing. Background documents are available at the registration desk."
    )


def test_setext_markdown_with_labels_loose_list_and_sub_points() -> None:
    briefing = read_briefing(DATA / "open_budgets.md")

    assert briefing.title == "Open Data for Local Budgets"
    assert briefing.event == "Open Government Partnership Regional Meeting"
    assert briefing.venue == "Tbilisi, Georgia"
    assert briefing.dates == "12 and 13 June 2025"
    assert "Nino Beridze" not in repr(briefing)
    assert "_machine-readable_" in briefing.background
    assert briefing.background.endswith(
        '\n\n> "We publish everything, but nobody can find anything." A city finance officer'
    )
    assert briefing.points == (
        "Which three budget datasets should every city publish first?",
        "How can civil society groups and journalists be trained to read budget data, and who "
        "should pay for it? workshops run by universities; online courses in local languages",
        "What legal guarantees keep open budget portals running after an election?",
    )
    assert briefing.closing == ""


def test_indented_briefing_without_background_heading() -> None:
    briefing = read_briefing(DATA / "fair_recruitment.txt")

    assert briefing.title == "Fair Recruitment of Migrant Workers"
    assert briefing.event == "Global Forum on Migration and Development"
    assert briefing.venue == "Geneva, Switzerland"
    assert briefing.dates == "18-20 November 2025"
    assert briefing.background.startswith("Every year millions of workers pay recruitment fees")
    assert briefing.background.endswith("which agencies are licensed.")
    assert len(briefing.points) == 3
    assert briefing.points[1] == (
        "What should employers do when they find that workers in their supply chain paid fees?"
    )
    assert briefing.closing == ""


# --------------------------------------------------------------------------
# Robustness: encodings, line endings, quotes, whitespace
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
        pytest.param(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(lambda text: text.encode("utf-16-le"), id="utf-16-le-without-bom"),
        pytest.param(
            lambda text: text.replace("“", '"').replace("”", '"').encode("cp1252"), id="cp1252"
        ),
    ],
)
def test_reference_briefing_reads_the_same_in_every_encoding(
    encode: Callable[[str], bytes], tmp_path: Path
) -> None:
    path = tmp_path / "briefing.txt"
    path.write_bytes(encode(base_text()))

    briefing = read_briefing(path)

    assert briefing.venue == "Mazatlán, México"
    assert briefing.title == "Boats and Harbours: Sharing the Catch in a Warming Sea"
    assert briefing.points == BASE_POINTS


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n\n", "\u2028"])
def test_line_endings_do_not_change_the_result(newline: str) -> None:
    expected = parse_briefing(base_text())
    assert parse_briefing(base_text().replace("\n", newline)) == expected


def test_bom_and_surrounding_whitespace_are_ignored() -> None:
    expected = parse_briefing(base_text())
    messy = "\ufeff \n\t\n" + "\n".join(f"  {line}   " for line in base_text().splitlines())
    assert parse_briefing(messy + "\n\n\n   \n") == expected


def test_decomposed_accents_are_composed() -> None:
    decomposed = base_text().replace("á", "a\u0301")
    assert "á" not in decomposed
    assert parse_briefing(decomposed).venue == "Mazatlán, México"


@pytest.mark.parametrize(
    "title_line",
    [
        "Breakout Session “Boats and Harbours”",
        'Breakout Session "Boats and Harbours"',
        "Breakout Session ‘Boats and Harbours’",
        "Breakout Session: Boats and Harbours",
        "Breakout session – «Boats and Harbours»",
        "BREAKOUT SESSION 2: “Boats and Harbours”",
        "**Breakout Session “Boats and Harbours”**",
        "Breakout Session “**Boats and Harbours**”",
        "Breakout Session “_Boats and Harbours_”",
        "“Boats and Harbours”",
        "Title: Boats and Harbours",
        "## Breakout Session: ***Boats and Harbours***",
    ],
)
def test_title_lead_in_quotes_and_emphasis_are_removed(title_line: str) -> None:
    text = base_text().replace(
        "Breakout Session “Boats and Harbours: Sharing the Catch in a Warming Sea”",
        title_line,
    )
    briefing = parse_briefing(text)
    assert briefing.title == "Boats and Harbours"
    assert briefing.event == "Eastern Pacific Forum on Small-Scale Fisheries"


def test_a_lead_in_on_its_own_line_introduces_the_title_below_it() -> None:
    text = base_text().replace("Breakout Session “", "Breakout Session\n“")
    assert parse_briefing(text).title == ("Boats and Harbours: Sharing the Catch in a Warming Sea")


def test_a_dates_line_between_lead_in_and_title_stays_the_dates() -> None:
    text = (
        "Forum on Rural Broadband\n\nBREAKOUT SESSION\n2-3 April 2025\n"
        "Connecting the Last Village\n\nPoints of discussion\n- Who pays?\n"
    )
    briefing = parse_briefing(text)
    assert (briefing.title, briefing.event, briefing.dates) == (
        "Connecting the Last Village",
        "Forum on Rural Broadband",
        "2-3 April 2025",
    )


def test_extra_blank_lines_everywhere_change_nothing() -> None:
    expected = parse_briefing(base_text())
    spaced = base_text().replace("\n\n", "\n\n\n\n")
    assert parse_briefing(spaced) == expected


# --------------------------------------------------------------------------
# Points: bullets, headings, wrapping
# --------------------------------------------------------------------------

BULLETS = {
    "-": ["-", "-", "-"],
    "•": ["•", "•", "•"],
    "*": ["*", "*", "*"],
    "–": ["–", "–", "–"],
    "+": ["+", "+", "+"],
    "1.": ["1.", "2.", "3."],
    "1)": ["1)", "2)", "3)"],
    "(1)": ["(1)", "(2)", "(3)"],
    "a)": ["a)", "b)", "c)"],
    "a.": ["a.", "b.", "c."],
    "(a)": ["(a)", "(b)", "(c)"],
    "i.": ["i.", "ii.", "iii."],
    "(iv)": ["(i)", "(ii)", "(iii)"],
    "Q1.": ["Q1.", "Q2.", "Q3."],
    "task": ["- [ ]", "- [x]", "- [ ]"],
}
THREE_POINTS = (
    "Who owns the towers?",
    "Which villages come first?",
    "How is maintenance paid for?",
)


@pytest.mark.parametrize("markers", BULLETS.values(), ids=BULLETS.keys())
def test_every_bullet_style_gives_the_same_points(markers: list[str]) -> None:
    block = "\n".join(
        f"{marker} {point}" for marker, point in zip(markers, THREE_POINTS, strict=True)
    )
    briefing = parse_briefing(minimal(block))
    assert briefing.points == THREE_POINTS
    assert briefing.closing == "Thank you."


def test_bullets_with_extra_space_and_indentation() -> None:
    block = "\n".join(
        f"   {marker}    {point}" for marker, point in zip("•-*", THREE_POINTS, strict=True)
    )
    assert parse_briefing(minimal(block)).points == THREE_POINTS


@pytest.mark.parametrize(
    "heading",
    [
        "Points of Discussion:",
        "Points of Discussion",
        "POINTS OF DISCUSSION",
        "points of discussion:",
        "Points for discussion",
        "Discussion points:",
        "Questions for discussion",
        "Questions for Discussion:",
        "Discussion questions",
        "Guiding questions:",
        "Key Questions",
        "Questions:",
        "## Points of discussion",
        "### Guiding Questions:",
        "**Points of Discussion:**",
        "**Key questions**:",
        "3. Points of discussion",
        "Points of Discussion (45 minutes):",
    ],
)
def test_points_heading_variants_are_recognised(heading: str) -> None:
    block = "\n".join(f"- {point}" for point in THREE_POINTS)
    assert parse_briefing(minimal(block, heading)).points == THREE_POINTS


@pytest.mark.parametrize(
    "heading", ["Background", "## Background", "Context", "Introduction:", "**Overview**"]
)
def test_background_heading_variants_are_recognised(heading: str) -> None:
    text = minimal("- Who owns the towers?").replace("Background", heading)
    briefing = parse_briefing(text)
    assert (
        briefing.background == "Half of the villages in the highlands have no mobile signal at all."
    )
    assert briefing.title == "Connecting the Last Village"


def test_background_heading_with_text_after_its_colon() -> None:
    text = minimal("- Who owns the towers?").replace(
        "Background\n\n", "Context: Signal maps are ten years old.\n"
    )
    assert parse_briefing(text).background == (
        "Signal maps are ten years old. "
        "Half of the villages in the highlands have no mobile signal at all."
    )


def test_points_wrapped_over_lines_are_joined() -> None:
    block = (
        "1. Who owns the towers\n"
        "   once the subsidy ends?\n"
        "2. Which villages\n"
        "come first?\n"
        "\n"
        "3. How is maintenance\n"
        "\n"
        "   paid for?"
    )
    assert parse_briefing(minimal(block)).points == (
        "Who owns the towers once the subsidy ends?",
        "Which villages come first?",
        "How is maintenance paid for?",
    )


def test_emphasis_is_removed_from_points_and_closing() -> None:
    block = (
        "- ***Ownership.*** Who owns the *towers*?\n"
        "- Which __villages__ come _first_?\n"
        "- How is `maintenance` paid for, see [the plan](https://example.org/plan)?"
    )
    text = minimal(block).replace("Thank you.", "Please **bring data** to the _session_.")
    briefing = parse_briefing(text)
    assert briefing.points == (
        "Ownership. Who owns the towers?",
        "Which villages come first?",
        "How is maintenance paid for, see the plan?",
    )
    assert briefing.closing == "Please bring data to the session."


def test_underscores_inside_words_and_single_stars_stay() -> None:
    block = "- Should the file_name_format be fixed?\n- Is 3 * 4 masts enough?"
    assert parse_briefing(minimal(block)).points == (
        "Should the file_name_format be fixed?",
        "Is 3 * 4 masts enough?",
    )


def test_questions_without_bullets_are_read_one_question_at_a_time() -> None:
    block = "Who owns the towers?\nWhich villages\ncome first?\n\nHow is maintenance paid for?"
    briefing = parse_briefing(minimal(block, "Questions for discussion"))
    assert briefing.points == (
        "Who owns the towers?",
        "Which villages come first?",
        "How is maintenance paid for?",
    )
    assert briefing.closing == "Thank you."


def test_an_introduction_before_the_list_is_kept_in_the_background() -> None:
    block = "The group will consider:\n\n- Who owns the towers?\n- Which villages come first?"
    briefing = parse_briefing(minimal(block))
    assert briefing.points == THREE_POINTS[:2]
    assert briefing.background.endswith("\n\nThe group will consider:")


def test_a_heading_after_the_list_starts_the_closing() -> None:
    text = minimal("- Who owns the towers?").replace(
        "Thank you.", "## Expected outcome\nThree **ranked** recommendations."
    )
    briefing = parse_briefing(text)
    assert briefing.points == ("Who owns the towers?",)
    assert briefing.closing == "Expected outcome\n\nThree ranked recommendations."


def test_the_first_points_heading_with_a_list_wins() -> None:
    text = minimal("- Who owns the towers?").replace(
        "Background\n\n", "Background\n\nKey questions\n\nThey are listed below.\n\n"
    )
    assert parse_briefing(text).points == ("Who owns the towers?",)


# --------------------------------------------------------------------------
# Header: event, venue, dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "venue", "dates"),
    [
        ("Mazatlán, México, 14-16 April, 2026", "Mazatlán, México", "14-16 April, 2026"),
        ("Mazatlán, México\n14-16 April, 2026", "Mazatlán, México", "14-16 April, 2026"),
        ("14-16 April 2026\nMazatlán, México", "Mazatlán, México", "14-16 April 2026"),
        ("April 14–16, 2026 | Mazatlán, México", "Mazatlán, México", "April 14–16, 2026"),
        ("Mazatlán (México), 14 to 16 Apr. 2026", "Mazatlán (México)", "14 to 16 Apr. 2026"),
        ("Mazatlán, México — 2026-04-14", "Mazatlán, México", "2026-04-14"),
        ("Mazatlán, México, 14/04/2026", "Mazatlán, México", "14/04/2026"),
        ("Mazatlán, 2026", "Mazatlán", "2026"),
        (
            "Venue: Mazatlán, México\nDates: 14-16 April, 2026",
            "Mazatlán, México",
            "14-16 April, 2026",
        ),
        ("**Venue and dates:** Mazatlán, México, 14 April", "Mazatlán, México", "14 April"),
        ("Mar del Plata, Argentina, 8 May 2025", "Mar del Plata, Argentina", "8 May 2025"),
    ],
)
def test_venue_and_dates_on_one_line_or_two(header: str, venue: str, dates: str) -> None:
    text = base_text().replace("Mazatlán, México, 14-16 April, 2026", header)
    briefing = parse_briefing(text)
    assert (briefing.event, briefing.venue, briefing.dates) == (
        "Eastern Pacific Forum on Small-Scale Fisheries",
        venue,
        dates,
    )


@pytest.mark.parametrize(
    "event",
    [
        "Regional Forum 2026 on Fisheries",
        "May Forum on Fisheries",
        "Forum on the March of Small Boats",
    ],
)
def test_years_and_month_names_alone_do_not_make_an_event_a_date(event: str) -> None:
    text = base_text().replace("Eastern Pacific Forum on Small-Scale Fisheries", event)
    briefing = parse_briefing(text)
    assert (briefing.event, briefing.dates) == (event, "14-16 April, 2026")


def test_markdown_header_with_bold_labels() -> None:
    text = (
        "# Breakout Session: Seeds for Small Farms\n\n"
        "- **Event:** West African Food Systems Summit\n"
        "- **Location:** Accra, Ghana\n"
        "- **Date:** 5 February 2026\n"
        "- **Rapporteur:** K. Mensah\n\n"
        "## Background\n\nSeed laws favour large producers.\n\n"
        "## Points of discussion\n\n- How can farmer-saved seed be recognised in law?\n"
    )
    briefing = parse_briefing(text)
    assert briefing == Briefing(
        title="Seeds for Small Farms",
        event="West African Food Systems Summit",
        venue="Accra, Ghana",
        dates="5 February 2026",
        background="Seed laws favour large producers.",
        points=("How can farmer-saved seed be recognised in law?",),
        closing="",
    )


def test_header_without_background_heading_ends_at_the_first_prose() -> None:
    text = (
        "CONCEPT NOTE\n"
        "Breakout Session 2 — Youth and Jobs\n"
        "Third Africa Skills Forum\n"
        "Nairobi, Kenya\n"
        "5–7 February 2026\n"
        "Moderator: A. B. Otieno.\n\n"
        "Young people make up most of the unemployed in the region, and training "
        "programmes rarely match what employers need.\n\n"
        "Discussion Points\n- Which skills are missing?\n"
    )
    assert parse_briefing(text) == Briefing(
        title="Youth and Jobs",
        event="Third Africa Skills Forum",
        venue="Nairobi, Kenya",
        dates="5–7 February 2026",
        background=(
            "Young people make up most of the unemployed in the region, and training "
            "programmes rarely match what employers need."
        ),
        points=("Which skills are missing?",),
        closing="",
    )


@pytest.mark.parametrize(
    ("line", "event", "venue"),
    [
        ("Third Africa Skills Forum, Nairobi, 5 Feb 2026", "Third Africa Skills Forum", "Nairobi"),
        ("Lisbon Congress Centre, Portugal, 5 Feb 2026", "", "Lisbon Congress Centre, Portugal"),
    ],
)
def test_event_sharing_the_dates_line_is_told_from_the_place(
    line: str, event: str, venue: str
) -> None:
    text = f"# Youth and Jobs\n{line}\n\nPoints for discussion\n1. One\n2. Two\n"
    briefing = parse_briefing(text)
    assert (briefing.title, briefing.event, briefing.venue, briefing.dates) == (
        "Youth and Jobs",
        event,
        venue,
        "5 Feb 2026",
    )


@pytest.mark.parametrize(
    "text",
    [
        "**Points of Discussion:** Who pays for it?\n\nThanks",
        "Questions for discussion: - Who pays for it?\n\nThanks",
    ],
)
def test_points_on_the_heading_line_after_its_colon(text: str) -> None:
    briefing = parse_briefing(text)
    assert (briefing.points, briefing.closing) == (("Who pays for it?",), "Thanks")


def test_missing_pieces_are_empty_strings() -> None:
    briefing = parse_briefing("Points of discussion\n\n- Only this one?")
    assert briefing == Briefing("", "", "", "", "", ("Only this one?",), "")


def test_without_markers_the_last_header_line_is_the_title() -> None:
    text = (
        "Eastern Pacific Forum on Small-Scale Fisheries\n"
        "Mazatlán, México, 14-16 April, 2026\n\n"
        "Boats and Harbours\n\n"
        "Points of Discussion\n- One?\n"
    )
    briefing = parse_briefing(text)
    assert (briefing.title, briefing.event) == (
        "Boats and Harbours",
        "Eastern Pacific Forum on Small-Scale Fisheries",
    )


# --------------------------------------------------------------------------
# Errors the user sees
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "Just a title\n\nSome background but nothing to discuss.",
        "- A list without any heading?\n- Another?",
    ],
)
def test_no_points_is_an_error_that_says_what_was_expected(text: str) -> None:
    with pytest.raises(BreakoutError, match="no discussion points found") as caught:
        parse_briefing(text)
    message = str(caught.value)
    assert '"Points of Discussion"' in message
    assert "bulleted or numbered list" in message


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (minimal("The group will decide on the day.", "Guiding questions"), "Guiding questions"),
        ("Intro\n\n## Points of discussion:\n", "Points of discussion"),
        ("Points of discussion\n- \n- **\n", "Points of discussion"),
    ],
)
def test_a_points_heading_without_a_list_is_named(text: str, heading: str) -> None:
    with pytest.raises(BreakoutError, match=f'"{heading}" heading is not followed by a list'):
        parse_briefing(text)


def test_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(BreakoutError, match="does not exist") as caught:
        read_briefing(missing)
    assert str(missing) in str(caught.value)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BreakoutError, match="is a folder"):
        read_briefing(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(base_text(), encoding="utf-8")
    path.chmod(0)
    with pytest.raises(BreakoutError, match="permission") as caught:
        read_briefing(path)
    assert "secret.txt" in str(caught.value)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError(13, "Permission denied"), "permission was denied"),
        (OSError(5, "Input/output error"), r"cannot be read \(Input/output error\)"),
    ],
)
def test_operating_system_errors_become_messages(
    error: OSError, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_open(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(briefing_module, "open", failing_open, raising=False)
    with pytest.raises(BreakoutError, match=expected) as caught:
        read_briefing("usb/briefing.txt")
    assert '"usb/briefing.txt"' in str(caught.value)


def test_a_path_with_a_zero_byte_is_refused() -> None:
    with pytest.raises(BreakoutError, match="cannot be read"):
        read_briefing("brief\x00ing.txt")


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Points of discussion\n" + b"- Why?\n" * 800_000)
    with pytest.raises(BreakoutError, match="larger than 2 MB"):
        read_briefing(path)


@pytest.mark.parametrize(
    "content",
    [b"", b"   \r\n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + "\n \n".encode("utf-16-le")],
)
def test_empty_file_is_named(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(BreakoutError, match=r'"[^"]*blank\.txt" is empty'):
        read_briefing(path)


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        bytes(range(256)) * 4,
        b"Points of discussion\n- one?\x00\x00\x00",
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # a lone surrogate
    ],
    ids=["pdf", "docx", "png", "all-bytes", "nul", "bad-utf-16"],
)
def test_binary_file_is_refused_with_advice(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "briefing.docx"
    path.write_bytes(content)
    with pytest.raises(BreakoutError, match=r"briefing\.docx") as caught:
        read_briefing(path)
    assert "text" in str(caught.value)


def test_file_without_points_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nNothing to discuss yet.\n", encoding="utf-8")
    with pytest.raises(BreakoutError, match=r'no discussion points found in "[^"]*notes\.md"'):
        read_briefing(path)


def test_error_messages_are_one_line() -> None:
    with pytest.raises(BreakoutError) as caught:
        parse_briefing("nothing")
    assert "\n" not in str(caught.value)


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

FUZZ = settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])

BRIEFING_LINES = st.sampled_from(
    [
        "",
        "   ",
        "Points of Discussion:",
        "## Questions for discussion",
        "Background",
        "Context: some text",
        "Breakout Session “",
        "Breakout Session",
        "“",
        '"',
        "- ",
        "- point?",
        "  continued",
        "* **bold",
        "***",
        "---",
        "1.",
        "(a) one",
        "i. two",
        "• ",
        "Venue:",
        "Dates: 14-16 April, 2026",
        "Mazatlán, México, 14-16 April, 2026",
        "2025",
        ", 2025",
        "14:00",
        "# ",
        "#",
        "_x_ __y__ ***z***",
        "?",
    ]
)


def check_result(briefing: Briefing) -> None:
    assert briefing.points
    assert all(isinstance(point, str) and point.strip() for point in briefing.points)
    for field in (briefing.title, briefing.event, briefing.venue, briefing.dates):
        assert isinstance(field, str)
        assert "\n" not in field


@FUZZ
@given(st.text())
def test_any_text_gives_points_or_a_breakout_error(text: str) -> None:
    try:
        briefing = parse_briefing(text)
    except BreakoutError:
        return
    check_result(briefing)


@FUZZ
@given(st.lists(st.one_of(BRIEFING_LINES, st.text(max_size=20)), max_size=30))
def test_any_arrangement_of_briefing_like_lines_gives_points_or_an_error(
    lines: list[str],
) -> None:
    try:
        briefing = parse_briefing("\n".join(lines))
    except BreakoutError:
        return
    check_result(briefing)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.binary(max_size=2000))
def test_any_bytes_in_a_file_give_points_or_a_breakout_error(
    content: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "briefing.txt"
    path.write_bytes(content)
    try:
        briefing = read_briefing(path)
    except BreakoutError as exc:
        assert str(exc)
        return
    check_result(briefing)


RESERVED = {
    # Words that legitimately mean something on a line of their own: a title lead-in,
    # a heading, or a line describing the document.
    *("session", "workshop", "breakout", "parallel", "thematic", "working", "round"),
    *("points", "questions", "question", "background", "context", "introduction"),
    *("overview", "rationale", "summary", "framing", "description", "draft", "confidential"),
}
WORD = st.text(alphabet=string.ascii_letters, min_size=1, max_size=10).filter(
    lambda word: word.lower() not in RESERVED
)
PHRASE = st.lists(WORD, min_size=1, max_size=8).map(" ".join)
POINT = st.tuples(PHRASE, st.sampled_from(["", "?", "."])).map("".join)
HEADINGS = ["Points of Discussion:", "Questions for discussion", "## Key questions"]
MARKERS = ["-", "*", "•", "–", "1.", "1)", "a)", "(a)", "i.", "(i)"]


@settings(max_examples=200)
@given(
    title=PHRASE,
    event=PHRASE,
    points=st.lists(POINT, min_size=1, max_size=8),
    heading=st.sampled_from(HEADINGS),
    marker=st.sampled_from(MARKERS),
    wrap=st.booleans(),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_generated_briefings_round_trip(
    title: str,
    event: str,
    points: list[str],
    heading: str,
    marker: str,
    wrap: bool,
    newline: str,
) -> None:
    def item(point: str) -> str:
        words = point.split()
        if wrap and len(words) > 2:
            return f"{marker} {' '.join(words[:2])}\n   {' '.join(words[2:])}"
        return f"{marker} {point}"

    text = (
        f"{event}\nSantiago, Chile, 1-2 June 2026\n\n"
        f"Breakout Session “{title}”\n\n"
        "Background\n\nSome *context* here.\n\n"
        f"{heading}\n\n" + "\n".join(item(point) for point in points) + "\n\nThanks.\n"
    ).replace("\n", newline)

    briefing = parse_briefing(text)

    assert briefing.points == tuple(points)
    assert briefing.title == title
    assert briefing.event == event
    assert (briefing.venue, briefing.dates) == ("Santiago, Chile", "1-2 June 2026")
    assert briefing.background == "Some *context* here."
    assert briefing.closing == "Thanks."
