"""Claims, reports and the links between them."""

from __future__ import annotations

from datetime import date
from typing import Any

import aiosqlite

from bot.domain.models import Claim, ClaimKind, Report, Source, SourceRole, Status
from bot.storage.catalog import scope_clause

_CLAIM_COLS = (
    "id, person_id, kind, from_team_id, to_team_id, season, status, effective_date,"
    " contract_end, summary, retracted_reason, guild_id, updated_at, created_at"
)


def report_from_row(r: aiosqlite.Row) -> Report:
    return Report(
        id=r["id"],
        outlet=r["outlet"],
        journalist=r["journalist"],
        url=r["url"],
        published=date.fromisoformat(r["published"]),
        language=r["language"],
        summary=r["summary"],
        credited_by=r["credited_by"],
        guild_id=r["guild_id"],
    )


def _claim(r: aiosqlite.Row, sources: tuple[Source, ...], links: tuple[int, ...]) -> Claim:
    return Claim(
        id=r["id"],
        person_id=r["person_id"],
        kind=ClaimKind(r["kind"]),
        from_team_id=r["from_team_id"],
        to_team_id=r["to_team_id"],
        season=r["season"],
        status=Status(r["status"]),
        effective_date=r["effective_date"],
        contract_end=r["contract_end"],
        summary=r["summary"],
        retracted_reason=r["retracted_reason"],
        guild_id=r["guild_id"],
        sources=sources,
        linked_ids=links,
        updated_at=r["updated_at"],
        created_at=r["created_at"],
    )


async def _hydrate(
    conn: aiosqlite.Connection, rows: list[aiosqlite.Row], guild_id: int | None
) -> list[Claim]:
    """Attach sources and links to claim rows with one query each, never one per row."""
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    sources: dict[int, list[Source]] = {i: [] for i in ids}
    source_rows = await conn.execute_fetchall(
        # Only what an answer shows: the report's own summary is long and never displayed here.
        "SELECT cs.claim_id, cs.role AS source_role, cs.status AS source_status, r.id, r.outlet,"
        " r.journalist, r.url, r.published, r.language, '' AS summary, r.credited_by, r.guild_id"
        f" FROM claim_source cs JOIN report r ON r.id = cs.report_id WHERE cs.claim_id IN ({marks})"
        " ORDER BY r.published, r.id",
        ids,
    )
    for r in source_rows:
        sources[r["claim_id"]].append(
            Source(report_from_row(r), SourceRole(r["source_role"]), Status(r["source_status"]))
        )
    links: dict[int, list[int]] = {i: [] for i in ids}
    link_rows = await conn.execute_fetchall(
        "SELECT l.claim_a, l.claim_b FROM claim_link l"
        f" JOIN claim a ON a.id = l.claim_a JOIN claim b ON b.id = l.claim_b"
        f" WHERE (l.claim_a IN ({marks}) OR l.claim_b IN ({marks}))"
        f" AND {scope_clause('a.guild_id')} AND {scope_clause('b.guild_id')}",
        [*ids, *ids, guild_id, guild_id],
    )
    for a, b in link_rows:
        if a in links:
            links[a].append(b)
        if b in links:
            links[b].append(a)
    return [_claim(r, tuple(sources[r["id"]]), tuple(sorted(links[r["id"]]))) for r in rows]


# An answer shows at most this many stories (newest first); older ones are reached with season:.
# Summarising hundreds of stories nobody pages through would cost every reply its speed.
PERSON_LIMIT = 50
TEAM_LIMIT = 100


async def claims_for_person(
    conn: aiosqlite.Connection,
    person_id: int,
    guild_id: int | None,
    season: int | None = None,
    limit: int = PERSON_LIMIT,
) -> tuple[list[Claim], bool]:
    """A person's newest claims visible in the scope, and whether older ones exist."""
    sql = f"SELECT {_CLAIM_COLS} FROM claim WHERE person_id = ? AND {scope_clause()}"
    params: list[Any] = [person_id, guild_id]
    if season is not None:
        sql += " AND season = ?"
        params.append(season)
    # NULL seasons sort last in DESC order; the order matches claim_person_recent, read backwards.
    sql += " ORDER BY season DESC, updated_at DESC, id DESC LIMIT ?"
    params.append(limit + 1)  # one more than shown tells whether there are more
    rows = list(await conn.execute_fetchall(sql, params))
    return await _hydrate(conn, rows[:limit], guild_id), len(rows) > limit


async def claim_ids_for_person(
    conn: aiosqlite.Connection, person_id: int, guild_id: int | None
) -> list[int]:
    """Every claim about a person visible in the scope (for the audit history)."""
    rows = await conn.execute_fetchall(
        f"SELECT id FROM claim WHERE person_id = ? AND {scope_clause()}", (person_id, guild_id)
    )
    return [r[0] for r in rows]


_TEAM_SQL = (
    "SELECT {cols} FROM claim WHERE to_team_id = ? AND season = ? AND {scope}"
    " UNION SELECT {cols} FROM claim WHERE from_team_id = ? AND season = ? AND {scope}"
)


async def claims_for_team(
    conn: aiosqlite.Connection, team_id: int, season: int, guild_id: int | None,
    limit: int = TEAM_LIMIT,
) -> tuple[list[Claim], bool]:  # fmt: skip
    """Claims moving someone into or out of a team for a season, and whether there are more."""
    sql = _TEAM_SQL.format(cols=_CLAIM_COLS, scope=scope_clause())
    sql += " ORDER BY updated_at DESC, id DESC LIMIT ?"
    rows = list(
        await conn.execute_fetchall(
            sql, (team_id, season, guild_id, team_id, season, guild_id, limit + 1)
        )
    )
    return await _hydrate(conn, rows[:limit], guild_id), len(rows) > limit


async def report_ids_for_claims(conn: aiosqlite.Connection, claim_ids: list[int]) -> list[int]:
    if not claim_ids:
        return []
    marks = ",".join("?" * len(claim_ids))
    rows = await conn.execute_fetchall(
        f"SELECT DISTINCT report_id FROM claim_source WHERE claim_id IN ({marks}) ORDER BY 1",
        claim_ids,
    )
    return [r[0] for r in rows]


async def _claim_rows(
    conn: aiosqlite.Connection, ids: list[int], guild_id: int | None
) -> list[aiosqlite.Row]:
    marks = ",".join("?" * len(ids))
    rows = await conn.execute_fetchall(
        f"SELECT {_CLAIM_COLS} FROM claim WHERE id IN ({marks}) AND {scope_clause()}",
        [*ids, guild_id],
    )
    return list(rows)


async def get_claims(
    conn: aiosqlite.Connection, ids: list[int], guild_id: int | None
) -> dict[int, Claim]:
    if not ids:
        return {}
    rows = await _claim_rows(conn, ids, guild_id)
    return {c.id: c for c in await _hydrate(conn, rows, guild_id)}


async def linked_stubs(
    conn: aiosqlite.Connection, ids: list[int], guild_id: int | None
) -> dict[int, Claim]:
    """Linked claims without their sources: an answer names who moved with whom, nothing more."""
    if not ids:
        return {}
    return {r["id"]: _claim(r, (), ()) for r in await _claim_rows(conn, ids, guild_id)}


async def get_claim_any_scope(conn: aiosqlite.Connection, claim_id: int) -> Claim | None:
    """Fetch a claim whatever its scope (permission checks decide what to do with it)."""
    rows = await conn.execute_fetchall(f"SELECT {_CLAIM_COLS} FROM claim WHERE id = ?", (claim_id,))
    row = next(iter(rows), None)
    if row is None:
        return None
    return (await _hydrate(conn, [row], row["guild_id"]))[0]


async def find_claim(
    conn: aiosqlite.Connection,
    person_id: int,
    kind: ClaimKind,
    to_team_id: int | None,
    season: int | None,
    guild_id: int | None,
) -> int | None:
    """The id of the same claim (person, kind, destination, season) in exactly this scope."""
    rows = await conn.execute_fetchall(
        "SELECT id FROM claim WHERE person_id = ? AND kind = ? AND coalesce(to_team_id, 0) = ?"
        " AND coalesce(season, 0) = ? AND coalesce(guild_id, 0) = ?",
        (person_id, kind.value, to_team_id or 0, season or 0, guild_id or 0),
    )
    row = next(iter(rows), None)
    return row[0] if row else None


async def report_by_url_key(
    conn: aiosqlite.Connection, url_key: str, guild_id: int | None
) -> aiosqlite.Row | None:
    """The report for this article visible in the scope (the guild's own first)."""
    rows = await conn.execute_fetchall(
        f"SELECT * FROM report WHERE url_key = ? AND {scope_clause()}"
        " ORDER BY guild_id IS NULL LIMIT 1",
        (url_key, guild_id),
    )
    return next(iter(rows), None)


async def claims_citing(conn: aiosqlite.Connection, report_id: int) -> list[int]:
    rows = await conn.execute_fetchall(
        "SELECT claim_id FROM claim_source WHERE report_id = ? ORDER BY claim_id", (report_id,)
    )
    return [r[0] for r in rows]
