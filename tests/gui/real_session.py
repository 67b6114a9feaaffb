"""A session as a facilitator makes one: from a briefing note and a roster.

The second point is over 430 characters, with accents, Arabic and Chinese;
names are long and in several scripts; nobody is checked in yet.
"""

from __future__ import annotations

from pathlib import Path

from breakout.briefing import read_briefing
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock

LONG_POINT = (
    "How can residents of informal settlements in Valparaíso, Viña del Mar and Quilpué — "
    "including the comités de vivienda, the juntas de vecinos and families newly arrived "
    "from Haïti and Venezuela — take part as equals, with interpretation into Kreyòl, "
    "العربية (كيف يمكن لسكان الأحياء غير الرسمية المشاركة في رسم خرائط المخاطر؟) and "
    "中文（非正规住区的居民如何参与绘制风险地图和预警系统？）, in drawing up the flood and "
    "landslide risk maps, the early-warning systems and the evacuation routes that the "
    "municipality will publish before next winter's storms?"
)

BRIEFING = f"""Regional Forum on Urban Resilience
Valparaíso, Chile, 8-10 October, 2025

Breakout Session “Cities and Communities: Adapting Together to a Changing Climate”

Background

Most coastal and river cities in the region have faced an extreme weather event that
overwhelmed local services. This session agrees on practical next steps.

Points of Discussion:

- Which financing arrangements let small municipalities pay for drainage and shade?
- {LONG_POINT}
- What role can schools and youth groups play in preparing households for evacuation?
"""

ROSTER = """name,organization,stakeholder_group,region,gender,may_be_named
Leila Mansour-Haddad,Réseau des quartiers côtiers,Civil society,Middle East,female,yes
Tomás Ibarra Echeverría,Municipalidad de Quilpué,Government,Latin America,male,yes
王秀英,Harbour Logistics Ltd,Business,East Asia,female,no
عبد الرحمن الفاسي,Université Mohammed V,Academia,North Africa,male,yes
Anne-Sophie Kouyaté-Lefèvre,UN-Habitat,International organisation,West Africa,female,yes
"""

assert len(LONG_POINT) > 430


def make_session(folder: Path, clock: FakeClock | None = None) -> Session:
    """A new session file made from the briefing and roster above."""
    briefing = folder / "briefing.txt"
    briefing.write_text(BRIEFING, encoding="utf-8")
    roster = folder / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    path = folder / "forum.breakout"
    session = Session.create(path, clock=clock) if clock else Session.create(path)
    session.import_briefing(read_briefing(briefing))
    session.people.import_roster(read_roster(roster))
    return session
