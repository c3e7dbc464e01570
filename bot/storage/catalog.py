"""People and teams: reads for answers and for building the name index."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiosqlite

from bot.domain.models import Membership, Person, Role, Team, TeamName

SCOPE_SQL = "({col} IS NULL OR {col} = ?)"


def scope_clause(column: str = "guild_id") -> str:
    """SQL that keeps global rows plus one guild's own (bind the guild id, or None)."""
    return SCOPE_SQL.format(col=column)


def person_from_row(row: aiosqlite.Row, aliases: tuple[str, ...] = ()) -> Person:
    return Person(
        id=row["id"],
        key=row["key"],
        name=row["name"],
        role=Role(row["role"]),
        nationality=row["nationality"],
        birth_date=row["birth_date"],
        guild_id=row["guild_id"],
        aliases=aliases,
    )


async def get_person(conn: aiosqlite.Connection, person_id: int) -> Person | None:
    rows = await conn.execute_fetchall("SELECT * FROM person WHERE id = ?", (person_id,))
    row = next(iter(rows), None)
    if row is None:
        return None
    rows = await conn.execute_fetchall(
        "SELECT alias FROM alias WHERE person_id = ? ORDER BY id", (person_id,)
    )
    aliases = tuple(r[0] for r in rows)
    return person_from_row(row, aliases)


async def get_people(conn: aiosqlite.Connection, ids: list[int]) -> dict[int, Person]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = await conn.execute_fetchall(f"SELECT * FROM person WHERE id IN ({marks})", ids)
    return {r["id"]: person_from_row(r) for r in rows}


async def get_teams(conn: aiosqlite.Connection, ids: list[int]) -> dict[int, Team]:
    """Fetch teams with every name they have carried, in two queries."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    names: dict[int, list[TeamName]] = {i: [] for i in ids}
    rows = await conn.execute_fetchall(
        f"SELECT team_id, name, first_season, last_season FROM team_name WHERE team_id IN ({marks})"
        " ORDER BY first_season",
        ids,
    )
    for r in rows:
        names[r[0]].append(TeamName(r[1], r[2], r[3]))
    rows = await conn.execute_fetchall(
        f"SELECT id, key, country, guild_id FROM team WHERE id IN ({marks})", ids
    )
    return {
        r[0]: Team(id=r[0], key=r[1], names=tuple(names[r[0]]), country=r[2], guild_id=r[3])
        for r in rows
    }


async def get_team(conn: aiosqlite.Connection, team_id: int) -> Team | None:
    return (await get_teams(conn, [team_id])).get(team_id)


async def memberships(conn: aiosqlite.Connection, person_id: int) -> list[Membership]:
    rows = await conn.execute_fetchall(
        "SELECT team_id, season, role FROM membership WHERE person_id = ? ORDER BY season",
        (person_id,),
    )
    return [Membership(r[0], r[1], r[2]) for r in rows]


async def current_team_ids(conn: aiosqlite.Connection, person_ids: list[int]) -> dict[int, int]:
    """Return each person's team in their latest season we hold."""
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    rows = await conn.execute_fetchall(
        f"SELECT person_id, team_id, max(season) FROM membership WHERE person_id IN ({marks})"
        " GROUP BY person_id",
        person_ids,
    )
    return {r[0]: r[1] for r in rows}


@dataclass(frozen=True, slots=True)
class PersonIndexRow:
    id: int
    name: str
    sort_name: str | None
    role: str
    nationality: str | None
    guild_id: int | None
    last_season: int | None
    last_team_id: int | None
    aliases: tuple[str, ...]
    last_news: str | None


async def iter_people_for_index(conn: aiosqlite.Connection) -> AsyncIterator[PersonIndexRow]:
    """Stream every person with what the name index needs, in a few set-based queries."""
    aliases: dict[int, list[str]] = {}
    rows = await conn.execute_fetchall(
        "SELECT person_id, alias FROM alias WHERE person_id IS NOT NULL"
    )
    for r in rows:
        aliases.setdefault(r[0], []).append(r[1])
    latest: dict[int, tuple[int, int]] = {}
    rows = await conn.execute_fetchall(
        "SELECT person_id, team_id, max(season) FROM membership GROUP BY person_id"
    )
    for r in rows:
        latest[r[0]] = (r[2], r[1])
    news: dict[int, str] = {}
    rows = await conn.execute_fetchall(
        "SELECT person_id, max(updated_at) FROM claim GROUP BY person_id"
    )
    for r in rows:
        news[r[0]] = r[1]
    rows = await conn.execute_fetchall(
        "SELECT id, name, sort_name, role, nationality, guild_id FROM person"
    )
    for r in rows:
        season, team = latest.get(r[0], (None, None))
        yield PersonIndexRow(
            id=r[0],
            name=r[1],
            sort_name=r[2],
            role=r[3],
            nationality=r[4],
            guild_id=r[5],
            last_season=season,
            last_team_id=team,
            aliases=tuple(aliases.get(r[0], ())),
            last_news=news.get(r[0]),
        )


async def all_teams(conn: aiosqlite.Connection) -> tuple[dict[int, Team], dict[int, list[str]]]:
    """Return every team with its names, and the team aliases."""
    rows = await conn.execute_fetchall("SELECT id FROM team")
    ids = [r[0] for r in rows]
    teams = await get_teams(conn, ids)
    aliases: dict[int, list[str]] = {}
    rows = await conn.execute_fetchall("SELECT team_id, alias FROM alias WHERE team_id IS NOT NULL")
    for r in rows:
        aliases.setdefault(r[0], []).append(r[1])
    return teams, aliases
