"""Reports (one article, announcement or credited outlet) and which claims they support."""

from __future__ import annotations

from datetime import date

import aiosqlite

from bot.storage.scope import scope_clause


async def by_url_key(
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
    """The claims a report is a source of."""
    rows = await conn.execute_fetchall(
        "SELECT claim_id FROM claim_source WHERE report_id = ? ORDER BY claim_id", (report_id,)
    )
    return [r[0] for r in rows]


async def sources_by_id(
    conn: aiosqlite.Connection, ids: list[int]
) -> dict[int, tuple[str, str | None]]:
    """(outlet, link) of each report, by id (a credited outlet has no link of its own)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = await conn.execute_fetchall(
        f"SELECT id, outlet, url FROM report WHERE id IN ({marks})", ids
    )
    return {r[0]: (r[1], r[2]) for r in rows}


async def ids_for_claims(conn: aiosqlite.Connection, claim_ids: list[int]) -> list[int]:
    """Every report that is a source of any of the claims."""
    if not claim_ids:
        return []
    marks = ",".join("?" * len(claim_ids))
    rows = await conn.execute_fetchall(
        f"SELECT DISTINCT report_id FROM claim_source WHERE claim_id IN ({marks}) ORDER BY 1",
        claim_ids,
    )
    return [r[0] for r in rows]


async def insert(
    conn: aiosqlite.Connection,
    *,
    outlet: str,
    journalist: str | None,
    url: str,
    url_key: str,
    published: date,
    language: str | None,
    summary: str,
    guild_id: int | None,
    created_by: int | None,
) -> int:
    """Store an article a moderator cited; return its id."""
    cur = await conn.execute(
        "INSERT INTO report (outlet, journalist, url, url_key, published, language, summary,"
        " guild_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (outlet, journalist, url, url_key, published.isoformat(), language, summary, guild_id,
         created_by),
    )  # fmt: skip
    assert cur.lastrowid is not None
    return cur.lastrowid


async def insert_credited(
    conn: aiosqlite.Connection,
    *,
    outlet: str,
    journalist: str | None,
    published: date,
    summary: str,
    credited_by: int,
    guild_id: int | None,
    created_by: int | None,
) -> int:
    """Store an outlet known only because another report credits it (no link of its own)."""
    cur = await conn.execute(
        "INSERT INTO report (outlet, journalist, published, summary, credited_by, guild_id,"
        " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (outlet, journalist, published.isoformat(), summary, credited_by, guild_id, created_by),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


async def make_global_for_claim(conn: aiosqlite.Connection, claim_id: int) -> None:
    """Make a claim's reports global, except where a global report of that article exists."""
    await conn.execute(
        "UPDATE report SET guild_id = NULL WHERE id IN"
        " (SELECT report_id FROM claim_source WHERE claim_id = ?) AND NOT EXISTS"
        " (SELECT 1 FROM report g WHERE g.url_key = report.url_key AND g.guild_id IS NULL)",
        (claim_id,),
    )


async def credited(conn: aiosqlite.Connection, credited_by: int, outlet: str) -> int | None:
    """The report of `outlet` known through report `credited_by`, if one is stored."""
    rows = await conn.execute_fetchall(
        "SELECT id FROM report WHERE credited_by = ? AND outlet = ? ORDER BY id LIMIT 1",
        (credited_by, outlet),
    )
    row = next(iter(rows), None)
    return row[0] if row else None
