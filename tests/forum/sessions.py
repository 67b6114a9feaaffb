"""Four breakout sessions of one forum, written for the forum's tests.

Each is made as a facilitator makes one: a briefing note and a roster CSV
imported, contributions captured on its points (a proposal is a candidate
recommendation), the rapporteur's key messages, and a closed secret approval
round. They differ in topic and language (English with French, Arabic and
Chinese points; French; Arabic; Chinese), one runs under the Chatham House
Rule, and one can be turned into a file of the previous schema version.
Each room also has recommendations in English that recur across rooms, so
that the lexical grouping (``BREAKOUT_MODEL=off``) finds cross-room themes.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from breakout.briefing import read_briefing
from breakout.roster import read_roster
from breakout.session import Session
from tests.helpers import FakeClock

ROSTER_HEAD = "Name,Organisation,Stakeholder group,Region,Gender,May be named\n"


@dataclass(frozen=True)
class Room:
    file: str
    event: str
    title: str
    points: tuple[str, ...]
    roster: tuple[str, ...]  # CSV lines after the header
    proposals: tuple[tuple[int, int, str], ...]  # (point 1-based, roster row 0-based, text)
    key_messages: str
    chatham_house: bool = False
    staff: tuple[str, str] = ("Marta Gómez", "Chen Jing")  # facilitator, rapporteur
    start: float = 1_800_000_000.0

    def names(self) -> list[str]:
        return [line.split(",")[0] for line in self.roster]


EVENT = "Global Forum of Cities 2027"
LONG_POINT = (
    "When a drought forces rationing, who decides which neighbourhoods are served first, "
    "how are those decisions made public, and how can residents of informal settlements, "
    "women who carry water, people with disabilities and refugees hosted by the community "
    "all be heard before the schedule is fixed rather than after, given that past rationing "
    "plans were announced by radio the night before and left the people who pay the most "
    "per litre for tanker water with the least say in the matter?"
)

WATER = Room(
    file="water.breakout",
    event=EVENT,
    title="Who keeps the taps running?",
    points=(
        LONG_POINT,
        "Comment les comités d'usagers peuvent-ils peser sur les tarifs de l'eau ?",
        "ما الدور الذي يمكن أن تؤديه الشركات الخاصة في خفض الفاقد من المياه؟",
        "如何让社区供水委员会获得可持续的资金？",
    ),
    roster=(
        "Élise Marchand,Eau Solidaire,Civil society,Europe,female,yes",
        "Zainab Al-Khatib,Amman Water Users,Civil society,Arab States,female,no",
        "Omar Haddad,Ministry of Water,Government,Arab States,male,yes",
        "李伟,Shenzhen Water Group,Business,Asia-Pacific,male,yes",
        "Ngozi Okafor,Lagos Water Corporation,Government,Africa,female,yes",
    ),
    proposals=(
        (1, 0, "Publish open data on water quality and service hours every month"),
        (1, 1, "Zainab Al-Khatib asks that rationing schedules be announced a week ahead"),
        (2, 0, "Créer un fonds rotatif pour les comités d'usagers de l'eau"),
        (3, 2, "إنشاء صندوق للشباب لتمويل مشاريع المياه في المدن"),
        (4, 3, "设立社区供水委员会的长期资金机制"),
        (4, 4, "Train young women as water technicians in every district"),
    ),
    key_messages="Open data builds trust\nCommunities must be heard before rationing",
)

SCHOOLS = Room(
    file="ecoles.breakout",
    event=EVENT,
    title="L'école numérique pour toutes et tous",
    points=(
        "Quelles compétences numériques les enseignants doivent-ils acquérir en priorité ?",
        "Comment financer l'équipement des écoles rurales ?",
    ),
    roster=(
        "Amélie Dubois-Lefèvre,Éducation Sans Frontières,Civil society,Europe,female,yes",
        "Jean-Baptiste Nkurunziza,Ministère de l'Éducation,Government,Africa,male,yes",
        "Inès Benali,Université de Tunis,Academia,Arab States,female,no",
        "Paulo Sérgio,EduTech SA,Business,Latin America,male,yes",
    ),
    proposals=(
        (1, 0, "Former chaque enseignant aux outils numériques libres avant 2030"),
        (1, 2, "Train young women as digital teachers in every rural district"),
        (2, 1, "Un fonds national pour l'équipement des écoles rurales"),
        (2, 3, "Publish open data on school equipment and internet access every month"),
    ),
    key_messages="La formation des enseignants d'abord",
    chatham_house=True,
    staff=("Sébastien Lévêque", "Aïcha Traoré"),
    start=1_800_100_000.0,
)

YOUTH = Room(
    file="youth.breakout",
    event=EVENT,
    title="الشباب والعمل في المدن",
    points=(
        "كيف يمكن للمدن أن توفر فرص عمل لائقة للشباب؟",
        "ما دور القطاع الخاص في تدريب الشباب؟",
    ),
    roster=(
        "فاطمة الزهراء,جمعية الشباب,Civil society,Arab States,female,yes",
        "يوسف منصور,وزارة العمل,Government,Arab States,male,no",
        "Karim Saïdi,Orange Jordan,Business,Arab States,male,yes",
    ),
    proposals=(
        (1, 0, "إنشاء صندوق وطني لتشغيل الشباب في المدن"),
        (1, 1, "Create a youth employment fund for cities and rural districts"),
        (2, 2, "Train young women as technicians in every district"),
    ),
    key_messages="فرص العمل للشباب أولوية",
    start=1_800_200_000.0,
)

CLIMATE = Room(
    file="climate.breakout",
    event=EVENT,
    title="城市气候适应",
    points=("城市如何应对极端高温？", "如何为气候适应项目融资？"),
    roster=(
        "王芳,北京气候中心,Academia,Asia-Pacific,female,yes",
        "Lars Østergaard,Copenhagen Climate,Government,Europe,male,yes",
        "Priya Raghunathan,Chennai Resilience,Civil society,Asia-Pacific,female,no",
    ),
    proposals=(
        (1, 0, "在每个社区建立降温中心"),
        (1, 1, "Publish open data on heat and service hours every month"),
        (2, 2, "Create a climate adaptation fund for cities and rural districts"),
    ),
    key_messages="开放数据与社区参与",
    start=1_800_300_000.0,
)

ROOMS = (WATER, SCHOOLS, YOUTH, CLIMATE)


def _briefing(room: Room) -> str:
    points = "\n".join(f"{n}. {text}" for n, text in enumerate(room.points, 1))
    return (
        f'# {room.event}\n\n**Lisbon — 3 June 2027**\n\n## Breakout Session: "{room.title}"\n\n'
        f"### Background\n\nA breakout of the forum.\n\n### Points of Discussion\n\n{points}\n"
    )


def build(room: Room, folder: Path, *, extra: str = "") -> Path:
    """Make ``room``'s session file in ``folder`` as a facilitator would; returns its path.

    ``extra`` adds one more proposal (an updated copy of the same session).
    """
    (folder / f"{room.file}.md").write_text(_briefing(room), encoding="utf-8")
    (folder / f"{room.file}.csv").write_text(
        ROSTER_HEAD + "\n".join(room.roster) + "\n", encoding="utf-8"
    )
    path = folder / room.file
    clock = FakeClock(room.start)
    briefing = read_briefing(folder / f"{room.file}.md")
    roster = read_roster(folder / f"{room.file}.csv")
    with Session.new(path, briefing=briefing, roster=roster, clock=clock) as session:
        _run(session, room, clock, extra)
    return path


def _run(session: Session, room: Room, clock: FakeClock, extra: str) -> None:
    if room.chatham_house:
        session.update_session(chatham_house=True)
    session.update_session(facilitator=room.staff[0], rapporteur=room.staff[1])
    points = [p.id for p in session.agenda.points()]
    people = [p.id for p in session.people.participants()]
    for person in people:
        session.people.check_in(person)
    proposals = [*room.proposals, *([(1, 0, extra)] if extra else [])]
    for point, who, text in proposals:
        clock.advance(60)
        session.capture.add_contribution(
            text, point_id=points[point - 1], participant_id=people[who], kind="proposal"
        )
        session.capture.add_contribution(
            f"{room.names()[who]} agrees", point_id=points[point - 1], participant_id=people[who]
        )
    session.outcome.edit_session(key_messages=room.key_messages)
    session.outcome.edit_point(points[0], summary=f"{room.names()[1]} spoke first.")
    recs = session.board.recommendations(include_inactive=False)
    rnd = session.voting.create_round(
        method="approval", items=[{"label": r.text, "recommendation": r.id} for r in recs]
    ).result
    session.voting.open_round(rnd)
    items = [i.id for i in session.voting.round_items(rnd)]
    for n, person in enumerate(people):
        session.voting.cast_ballot(rnd, person, {item: 1 for item in items[: n + 1]})
    session.voting.close_round(rnd)


def downgrade(path: Path) -> None:
    """Make ``path`` a file of schema 7, as Breakout before session identities wrote it."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE session_identity")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_session_identity'")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def fingerprint(path: Path) -> tuple[str, str]:
    """Hashes of a session file and of its log (empty when there is none)."""
    log = Path(f"{path}-wal")
    body = log.read_bytes() if log.exists() else b""
    return hashlib.sha256(path.read_bytes()).hexdigest(), hashlib.sha256(body).hexdigest()


def build_all(folder: Path) -> Path:
    """The four session files in ``folder``, the Chinese one of the previous schema version."""
    for room in ROOMS:
        build(room, folder)
    downgrade(folder / CLIMATE.file)
    return folder


def copies(made: Path, folder: Path) -> list[Path]:
    """Copies of the four sessions in ``folder``, in ROOMS order."""
    out = []
    for room in ROOMS:
        shutil.copy(made / room.file, folder / room.file)
        out.append(folder / room.file)
    return out
