"""Teams and the names they carried per season: reads for answers and for the name index."""

from __future__ import annotations

import sqlite3

import aiosqlite

from bot.domain.models import Team, TeamName
from bot.storage.scope import only_ids


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


def read_teams(
    conn: sqlite3.Connection, ids: list[int] | None = None
) -> tuple[dict[int, Team], dict[int, list[str]]]:
    """Every team (or those in `ids`) with its names, and the team aliases (synchronous twin of
    all_teams)."""
    names: dict[int, list[TeamName]] = {}
    for team_id, name, first, last in conn.execute(
        "SELECT team_id, name, first_season, last_season FROM team_name"
        + only_ids("team_id", ids)
        + " ORDER BY first_season",
        ids or (),
    ):
        names.setdefault(team_id, []).append(TeamName(name, first, last))
    teams = {
        tid: Team(id=tid, key=key, names=tuple(names.get(tid, ())), country=country, guild_id=gid)
        for tid, key, country, gid in conn.execute(
            "SELECT id, key, country, guild_id FROM team" + only_ids("id", ids), ids or ()
        )
    }
    aliases: dict[int, list[str]] = {}
    for team_id, alias in conn.execute(
        "SELECT team_id, alias FROM alias WHERE team_id IS NOT NULL"
        + only_ids("team_id", ids, "AND"),
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


async def insert_team(
    conn: aiosqlite.Connection,
    *,
    name: str,
    first_season: int,
    guild_id: int | None,
    key_base: str,
) -> Team:
    """Store a new lineage with one name from `first_season` on, under the first free key
    `key_base`, `key_base-2`, ...; return it."""
    key, n = key_base, 1
    while await (await conn.execute("SELECT 1 FROM team WHERE key = ?", (key,))).fetchone():
        n += 1
        key = f"{key_base}-{n}"
    cur = await conn.execute("INSERT INTO team (key, guild_id) VALUES (?, ?)", (key, guild_id))
    team_id = cur.lastrowid
    assert team_id is not None
    await conn.execute(
        "INSERT INTO team_name (team_id, name, first_season) VALUES (?, ?, ?)",
        (team_id, name, first_season),
    )
    return Team(team_id, key, (TeamName(name, first_season, None),), guild_id=guild_id)
