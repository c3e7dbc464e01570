"""People: reads for answers and for the name index, and the writes that add or promote one."""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

import aiosqlite

from bot.domain.models import Membership, Person, Role
from bot.storage.scope import only_ids


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


def read_memberships(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """Every (person, team) pair a membership row holds (synchronous, for a worker thread)."""
    return list(conn.execute("SELECT DISTINCT person_id, team_id FROM membership"))


def read_people_for_index(
    conn: sqlite3.Connection, ids: list[int] | None = None
) -> list[PersonIndexRow]:
    """Every person (or those in `ids`) with what the name index needs, in three set-based
    queries.

    Synchronous, on a plain sqlite3 connection in a worker thread: at 100k people, row objects
    through aiosqlite cost more than the queries themselves. When each was last in the news is
    `claims.news_stats`, read on another connection at the same time (it scans every claim).
    """
    aliases: dict[int, list[str]] = {}
    nicknames: dict[int, int] = {}
    for person_id, alias, kind in conn.execute(
        "SELECT person_id, alias, kind FROM alias WHERE person_id IS NOT NULL"
        + only_ids("person_id", ids, "AND"),
        ids or (),
    ):
        aliases.setdefault(person_id, []).append(alias)
        if kind == "nickname":
            nicknames[person_id] = nicknames.get(person_id, 0) + 1
    latest = {
        person_id: (season, team_id, n)
        for person_id, team_id, season, n in conn.execute(
            "SELECT person_id, team_id, max(season), count(*) FROM membership"
            + only_ids("person_id", ids)
            + " GROUP BY person_id",
            ids or (),
        )
    }
    out = []
    for pid, name, sort_name, role, nationality, guild_id in conn.execute(
        "SELECT id, name, sort_name, role, nationality, guild_id FROM person" + only_ids("id", ids),
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


async def insert_person(
    conn: aiosqlite.Connection,
    *,
    name: str,
    role: Role,
    nationality: str | None,
    guild_id: int | None,
    key_base: str,
) -> Person:
    """Store a new person under the first free key `key_base`, `key_base-2`, ...; return it."""
    key, n = key_base, 1
    while await (await conn.execute("SELECT 1 FROM person WHERE key = ?", (key,))).fetchone():
        n += 1
        key = f"{key_base}-{n}"
    sort_name = name.split()[-1]
    cur = await conn.execute(
        "INSERT INTO person (key, name, sort_name, role, nationality, guild_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (key, name, sort_name, role.value, nationality, guild_id),
    )
    assert cur.lastrowid is not None
    return Person(cur.lastrowid, key, name, role, nationality, guild_id=guild_id)


async def make_global(conn: aiosqlite.Connection, person_id: int) -> None:
    """Make a guild's person visible everywhere (a story about them became global)."""
    await conn.execute(
        "UPDATE person SET guild_id = NULL WHERE id = ? AND guild_id IS NOT NULL", (person_id,)
    )


# Every change writes an audit row, so its last id (with the counts of names) says whether a
# name index built earlier is still current.
_NAMES_FINGERPRINT = (
    "SELECT (SELECT max(id) FROM audit_log), (SELECT count(*) FROM person),"
    " (SELECT count(*) FROM alias), (SELECT count(*) FROM team_name)"
)


async def names_fingerprint(conn: aiosqlite.Connection) -> tuple[object, ...]:
    """What the name index is built from, to tell whether a cached index is still current."""
    rows = await conn.execute_fetchall(_NAMES_FINGERPRINT)
    return tuple(next(iter(rows), ()))


def read_names_fingerprint(conn: sqlite3.Connection) -> tuple[object, ...]:
    """`names_fingerprint` on a plain connection (worker thread)."""
    return tuple(conn.execute(_NAMES_FINGERPRINT).fetchone() or ())
