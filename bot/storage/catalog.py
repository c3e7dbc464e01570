"""People and teams: reads for answers and for building the name index."""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

import aiosqlite

from bot.domain.models import Membership, Person, Role, Team, TeamName


def scope_clause(column: str = "guild_id", param: str = "?") -> str:
    """SQL that keeps global rows plus one guild's own (bind the guild id, or None, to `param`)."""
    return f"({column} IS NULL OR {column} = {param})"


def person_from_row(
    row: aiosqlite.Row, aliases: tuple[str, ...] = (), *, prefix: str = ""
) -> Person:
    """A Person from a row; `prefix` when a join named the columns p_id, p_name..."""
    return Person(
        id=row[f"{prefix}id"],
        key=row[f"{prefix}key"],
        name=row[f"{prefix}name"],
        role=Role(row[f"{prefix}role"]),
        nationality=row[f"{prefix}nationality"],
        birth_date=row[f"{prefix}birth_date"],
        guild_id=row[f"{prefix}guild_id"],
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


PERSON_SQL = (
    "SELECT p.*,"
    " (SELECT json_group_array(json_array(a.id, a.alias)) FROM alias a"
    "  WHERE a.person_id = p.id) AS aliases_json,"
    " (SELECT json_group_array(json_array(m.season, m.team_id, m.role)) FROM membership m"
    "  WHERE m.person_id = p.id) AS memberships_json"
    " FROM person p WHERE p.id = ?"
)


async def person_with_memberships(
    conn: aiosqlite.Connection, person_id: int
) -> tuple[Person, list[Membership]] | None:
    """A person with their aliases and the teams we hold for them, in one query (an answer's
    first read; each query is a trip to the database thread)."""
    rows = await conn.execute_fetchall(PERSON_SQL, (person_id,))
    row = next(iter(rows), None)
    if row is None:
        return None
    aliases = tuple(alias for _, alias in sorted(json.loads(row["aliases_json"])))
    seasons = sorted(json.loads(row["memberships_json"]), key=lambda m: m[0])
    return person_from_row(row, aliases), [Membership(t, s, r) for s, t, r in seasons]


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


class PersonIndexRow(NamedTuple):
    """What the name index needs of one person (a tuple: 100k of them are made at start-up)."""

    id: int
    name: str
    sort_name: str | None
    role: str
    nationality: str | None
    guild_id: int | None
    last_season: int | None
    last_team_id: int | None
    aliases: tuple[str, ...]
    seasons: int = 0  # membership rows we hold
    nicknames: int = 0  # aliases of kind "nickname"


def _only(column: str, ids: list[int] | None, joiner: str = "WHERE") -> str:
    """A filter on `column` for the ids bound as `?` parameters, or nothing for all rows."""
    if ids is None:
        return ""
    return f" {joiner} {column} IN ({','.join('?' * len(ids)) or 'NULL'})"


def read_news_stats(
    conn: sqlite3.Connection, ids: list[int] | None = None
) -> dict[int, tuple[str, int]]:
    """When each person was last in the news (their latest claim's update) and in how many
    stories, by person id."""
    # One row holding every pair: sqlite scans the claims in a single step, without the GIL, so
    # a thread running this does not fight the caller's thread for it once per person.
    row = conn.execute(
        "SELECT json_group_array(json_array(person_id, latest, n)) FROM"
        " (SELECT person_id, max(updated_at) AS latest, count(*) AS n FROM claim"
        + _only("person_id", ids)
        + " GROUP BY person_id)",
        ids or (),
    ).fetchone()
    return {pid: (latest, n) for pid, latest, n in json.loads(row[0])} if row and row[0] else {}


def read_people_for_index(
    conn: sqlite3.Connection, ids: list[int] | None = None
) -> list[PersonIndexRow]:
    """Every person (or those in `ids`) with what the name index needs, in three set-based
    queries.

    Synchronous, on a plain sqlite3 connection in a worker thread: at 100k people, row objects
    through aiosqlite cost more than the queries themselves. When each was last in the news is
    `read_news_stats`, read on another connection at the same time (it scans every claim).
    """
    aliases: dict[int, list[str]] = {}
    nicknames: dict[int, int] = {}
    for person_id, alias, kind in conn.execute(
        "SELECT person_id, alias, kind FROM alias WHERE person_id IS NOT NULL"
        + _only("person_id", ids, "AND"),
        ids or (),
    ):
        aliases.setdefault(person_id, []).append(alias)
        if kind == "nickname":
            nicknames[person_id] = nicknames.get(person_id, 0) + 1
    latest = {
        person_id: (season, team_id, n)
        for person_id, team_id, season, n in conn.execute(
            "SELECT person_id, team_id, max(season), count(*) FROM membership"
            + _only("person_id", ids)
            + " GROUP BY person_id",
            ids or (),
        )
    }
    out = []
    for pid, name, sort_name, role, nationality, guild_id in conn.execute(
        "SELECT id, name, sort_name, role, nationality, guild_id FROM person" + _only("id", ids),
        ids or (),
    ):
        season, team, n = latest.get(pid, (None, None, 0))
        out.append(
            PersonIndexRow(
                pid,
                name,
                sort_name,
                role,
                nationality,
                guild_id,
                season,
                team,
                tuple(aliases.get(pid, ())),
                n,
                nicknames.get(pid, 0),
            )
        )
    return out


def read_teams(
    conn: sqlite3.Connection, ids: list[int] | None = None
) -> tuple[dict[int, Team], dict[int, list[str]]]:
    """Every team (or those in `ids`) with its names, and the team aliases (synchronous twin of
    all_teams)."""
    names: dict[int, list[TeamName]] = {}
    for team_id, name, first, last in conn.execute(
        "SELECT team_id, name, first_season, last_season FROM team_name"
        + _only("team_id", ids)
        + " ORDER BY first_season",
        ids or (),
    ):
        names.setdefault(team_id, []).append(TeamName(name, first, last))
    teams = {
        tid: Team(id=tid, key=key, names=tuple(names.get(tid, ())), country=country, guild_id=gid)
        for tid, key, country, gid in conn.execute(
            "SELECT id, key, country, guild_id FROM team" + _only("id", ids), ids or ()
        )
    }
    aliases: dict[int, list[str]] = {}
    for team_id, alias in conn.execute(
        "SELECT team_id, alias FROM alias WHERE team_id IS NOT NULL" + _only("team_id", ids, "AND"),
        ids or (),
    ):
        aliases.setdefault(team_id, []).append(alias)
    return teams, aliases


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
