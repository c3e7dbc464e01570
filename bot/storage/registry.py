"""Registry reads for answers: careers and rosters per season, with where each fact comes from.

A registry fact is shown as registry data with its source (LeTourDataSet through the bundled
data file, Wikidata, or a moderator), never as a news story; these reads give the answers
what they need for that: dates inside a season, roles, the team's name in that season, and
provenance.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

import aiosqlite

from bot.storage.people import PersonIndexRow
from bot.storage.scope import scope_clause

DATASET = "dataset"
WIKIDATA = "wikidata"
MODERATOR = "moderator"

# The team's name in the membership's season: the team season's own name when Wikidata gave
# one, else the lineage's name range covering the season, else its latest name.
_NAME_IN_SEASON = (
    "coalesce("
    " (SELECT ts.name FROM team_season ts WHERE ts.team_id = {t} AND ts.season = {s}"
    "  ORDER BY ts.wikidata_id LIMIT 1),"
    " (SELECT n.name FROM team_name n WHERE n.team_id = {t} AND n.first_season <= {s}"
    "  AND (n.last_season IS NULL OR n.last_season >= {s}) ORDER BY n.first_season DESC LIMIT 1),"
    " (SELECT n.name FROM team_name n WHERE n.team_id = {t} ORDER BY n.first_season DESC LIMIT 1),"
    " (SELECT key FROM team WHERE id = {t}))"
)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a registry fact comes from: its first source, and Wikidata when it also states it."""

    source: str  # dataset | wikidata | moderator
    wikidata_id: str | None = None
    retrieved_at: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source that states the fact, first source first."""
        if self.wikidata_id and self.source != WIKIDATA:
            return (self.source, WIKIDATA)
        return (self.source,)


@dataclass(frozen=True, slots=True)
class CareerLine:
    """One season of a person in one team (two lines in a season: a mid-season move)."""

    team_id: int
    team_key: str
    team_name: str  # the team's name in that season
    season: int
    role: str
    start_date: str | None  # ISO at the source's precision; None: from the season's start
    end_date: str | None  # None: to the season's end, or still there
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class RosterLine:
    person_id: int
    name: str
    role: str  # the role in this team this season (rider, directeur_sportif, coach, manager...)
    nationality: str | None
    start_date: str | None
    end_date: str | None
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class TeamSpan:
    """The seasons a team lineage is known to have existed."""

    first_season: int
    last_season: int | None  # None: still going
    dissolved: int | None  # the year it ended, when the registry knows it
    provenance: Provenance


async def person_career(
    conn: aiosqlite.Connection, person_id: int, guild_id: int | None = None
) -> list[CareerLine]:
    """A person's memberships, oldest first, each with the team's name in that season."""
    rows = await conn.execute_fetchall(
        "SELECT m.team_id, t.key, "
        + _NAME_IN_SEASON.format(t="m.team_id", s="m.season")
        + ", m.season, m.role, m.start_date, m.end_date, m.source, m.wikidata_id,"
        " m.retrieved_at FROM membership m JOIN team t ON t.id = m.team_id"
        f" WHERE m.person_id = ? AND {scope_clause('t.guild_id')}"
        " ORDER BY m.season, coalesce(m.start_date, ''), m.team_id",
        (person_id, guild_id),
    )
    return [
        CareerLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6], Provenance(r[7], r[8], r[9]))
        for r in rows
    ]


_ROLE_ORDER = (
    "CASE m.role WHEN 'rider' THEN 0 WHEN 'manager' THEN 1 WHEN 'directeur_sportif' THEN 2"
    " WHEN 'coach' THEN 3 ELSE 4 END"
)


async def team_roster(
    conn: aiosqlite.Connection, team_id: int, season: int, guild_id: int | None = None
) -> list[RosterLine]:
    """A team season's people: riders first, then staff, each by name."""
    rows = await conn.execute_fetchall(
        "SELECT p.id, p.name, m.role, p.nationality, m.start_date, m.end_date, m.source,"
        " m.wikidata_id, m.retrieved_at FROM membership m JOIN person p ON p.id = m.person_id"
        f" WHERE m.team_id = ? AND m.season = ? AND {scope_clause('p.guild_id')}"
        f" ORDER BY {_ROLE_ORDER}, coalesce(p.sort_name, p.name), p.id",
        (team_id, season, guild_id),
    )
    return [
        RosterLine(r[0], r[1], r[2], r[3], r[4], r[5], Provenance(r[6], r[7], r[8])) for r in rows
    ]


async def team_span(conn: aiosqlite.Connection, team_id: int) -> TeamSpan | None:
    """The first and last season of a lineage (from its names, seasons and members)."""
    rows = await conn.execute_fetchall(
        "SELECT min(first), max(last), max(open),"
        " (SELECT dissolved FROM team WHERE id = ?), (SELECT source FROM team WHERE id = ?),"
        " (SELECT wikidata_id FROM team WHERE id = ?),"
        " (SELECT retrieved_at FROM team WHERE id = ?) FROM ("
        "  SELECT first_season AS first, coalesce(last_season, first_season) AS last,"
        "   last_season IS NULL AS open FROM team_name WHERE team_id = ?"
        "  UNION ALL SELECT season, season, 0 FROM team_season WHERE team_id = ?"
        "  UNION ALL SELECT min(season), max(season), 0 FROM membership WHERE team_id = ?)",
        (team_id,) * 7,
    )
    first, last, still_open, dissolved, source, qid, at = next(iter(rows))
    if first is None or source is None:
        return None
    ended = dissolved is not None or not still_open
    return TeamSpan(first, last if ended else None, dissolved, Provenance(source, qid, at))


async def person_provenance(conn: aiosqlite.Connection, person_id: int) -> Provenance | None:
    """Where a person's record comes from."""
    rows = await conn.execute_fetchall(
        "SELECT source, wikidata_id, retrieved_at FROM person WHERE id = ?", (person_id,)
    )
    row = next(iter(rows), None)
    return Provenance(row[0], row[1], row[2]) if row else None


async def newest_season(conn: aiosqlite.Connection) -> int | None:
    """The newest season any membership in the registry is recorded for."""
    # One index seek per team (membership_team) rather than a scan of every membership.
    rows = await conn.execute_fetchall(
        "SELECT max((SELECT max(season) FROM membership WHERE team_id = t.id)) FROM team t"
    )
    row = next(iter(rows), None)
    return int(row[0]) if row and row[0] is not None else None


async def latest_roster_season(
    conn: aiosqlite.Connection, team_id: int, at_most: int
) -> int | None:
    """The newest season up to `at_most` the registry holds anyone in the team for."""
    rows = await conn.execute_fetchall(
        "SELECT max(season) FROM membership WHERE team_id = ? AND season <= ?", (team_id, at_most)
    )
    row = next(iter(rows), None)
    return int(row[0]) if row and row[0] is not None else None


async def teams_in_season(
    conn: aiosqlite.Connection, person_ids: Collection[int], season: int, guild_id: int | None
) -> dict[int, list[CareerLine]]:
    """Each person's memberships in one season, in date order (for where they came from/went)."""
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    rows = await conn.execute_fetchall(
        "SELECT m.person_id, m.team_id, t.key, "
        + _NAME_IN_SEASON.format(t="m.team_id", s="m.season")
        + ", m.season, m.role, m.start_date, m.end_date, m.source, m.wikidata_id,"
        " m.retrieved_at FROM membership m JOIN team t ON t.id = m.team_id"
        f" WHERE m.season = ? AND m.person_id IN ({marks}) AND {scope_clause('t.guild_id')}"
        " ORDER BY m.person_id, coalesce(m.start_date, ''), m.team_id",
        (season, *sorted(person_ids), guild_id),
    )
    out: dict[int, list[CareerLine]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(
            CareerLine(r[1], r[2], r[3], r[4], r[5], r[6], r[7], Provenance(r[8], r[9], r[10]))
        )
    return out


@dataclass(frozen=True, slots=True)
class Review:
    """A Wikidata entity kept apart from a stored record it may be (an unsure match)."""

    id: int
    wikidata_id: str
    entity: str  # person | team
    entity_id: int | None  # the record made for the Wikidata entity
    candidate_id: int | None  # the stored record it may be
    reason: str
    created_at: str


async def open_reviews(conn: aiosqlite.Connection, limit: int = 100) -> list[Review]:
    """Unsure matches no moderator has decided on yet, oldest first."""
    rows = await conn.execute_fetchall(
        "SELECT id, wikidata_id, entity, entity_id, candidate_id, reason, created_at"
        " FROM registry_review WHERE resolved_at IS NULL ORDER BY id LIMIT ?",
        (limit,),
    )
    return [Review(*r) for r in rows]


def read_index_rows(conn: sqlite3.Connection, person_ids: Collection[int]) -> list[PersonIndexRow]:
    """What the name index needs of some people (after a merge), like `read_people_for_index`."""
    out: list[PersonIndexRow] = []
    ids = sorted(person_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        aliases: dict[int, list[str]] = {}
        for pid, alias in conn.execute(
            f"SELECT person_id, alias FROM alias WHERE person_id IN ({marks})", chunk
        ):
            aliases.setdefault(pid, []).append(alias)
        latest = {
            pid: (season, team)
            for pid, team, season in conn.execute(
                "SELECT person_id, team_id, max(season) FROM membership"
                f" WHERE person_id IN ({marks}) GROUP BY person_id",
                chunk,
            )
        }
        for pid, name, sort_name, role, nationality, guild_id in conn.execute(
            f"SELECT id, name, sort_name, role, nationality, guild_id FROM person WHERE id IN ({marks})",
            chunk,
        ):
            season, team = latest.get(pid, (None, None))
            out.append(
                PersonIndexRow(
                    pid, name, sort_name, role, nationality, guild_id, season, team,
                    tuple(aliases.get(pid, ())),
                )
            )  # fmt: skip
    return out


def read_last_news_of(conn: sqlite3.Connection, person_ids: Collection[int]) -> dict[int, str]:
    """When each of these people was last in the news (their latest claim's update time)."""
    ids = sorted(person_ids)
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(
            conn.execute(
                f"SELECT person_id, max(updated_at) FROM claim WHERE person_id IN ({marks})"
                " GROUP BY person_id",
                chunk,
            )
        )
    return out
