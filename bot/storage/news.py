"""Claims, reports and the links between them."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import aiosqlite

from bot.domain.models import Claim, ClaimKind, Person, Report, Source, SourceRole, Status
from bot.storage.catalog import person_from_row, scope_clause

# Every read below names the claim table `c`.
_CLAIM_COLS = (
    "c.id, c.person_id, c.kind, c.from_team_id, c.to_team_id, c.season, c.status,"
    " c.effective_date, c.contract_end, c.summary, c.retracted_reason, c.guild_id, c.updated_at,"
    " c.created_at"
)
_PERSON_COLS = (
    "p.id AS p_id, p.key AS p_key, p.name AS p_name, p.role AS p_role,"
    " p.nationality AS p_nationality, p.birth_date AS p_birth_date, p.guild_id AS p_guild_id"
)


# A claim comes back with its sources and links in the same row, as JSON arrays built by
# correlated subqueries: one statement (one trip to the database thread) for any number of
# claims. Each trip costs a thread hand-off and, under load, a wait for the GIL; an answer
# used to make six of them. Only what an answer shows is read of a report (not its summary).
_SOURCES = (
    "(SELECT json_group_array(json_array(r.published, r.id, cs.role, cs.status, r.outlet,"
    " r.journalist, r.url, r.language, r.credited_by, r.guild_id))"
    " FROM claim_source cs JOIN report r ON r.id = cs.report_id WHERE cs.claim_id = c.id)"
)


# Links to claims the scope cannot see are left out (another guild's private story).
_LINKS = (
    "(SELECT json_group_array(other) FROM ("
    " SELECT l.claim_b AS other FROM claim_link l JOIN claim o ON o.id = l.claim_b"
    f" WHERE l.claim_a = c.id AND {scope_clause('o.guild_id', ':guild')}"
    " UNION ALL SELECT l.claim_a FROM claim_link l JOIN claim o ON o.id = l.claim_a"
    f" WHERE l.claim_b = c.id AND {scope_clause('o.guild_id', ':guild')}))"
)
# The guild is the named parameter :guild: these statements test the scope of several tables.
_SCOPE = scope_clause("c.guild_id", ":guild")
_FULL = f"SELECT {_CLAIM_COLS}, {_SOURCES} AS sources_json, {_LINKS} AS links_json FROM claim c"
_ROLES = {r.value: r for r in SourceRole}
_STATUSES = {s.value: s for s in Status}


def _sources(raw: str) -> tuple[Source, ...]:
    out = []
    # sorted by (published, report id): oldest first, as every answer lists them
    for published, rid, role, status, outlet, journalist, url, lang, credited, guild in sorted(
        json.loads(raw)
    ):
        report = Report(
            rid, outlet, journalist, url, date.fromisoformat(published), lang, "", credited, guild
        )
        out.append(Source(report, _ROLES[role], _STATUSES[status]))
    return tuple(out)


def _claim(r: aiosqlite.Row, sources: tuple[Source, ...], links: tuple[int, ...]) -> Claim:
    return Claim(
        id=r["id"],
        person_id=r["person_id"],
        kind=ClaimKind(r["kind"]),
        from_team_id=r["from_team_id"],
        to_team_id=r["to_team_id"],
        season=r["season"],
        status=_STATUSES[r["status"]],
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


def _full(r: aiosqlite.Row) -> Claim:
    return _claim(r, _sources(r["sources_json"]), tuple(sorted(json.loads(r["links_json"]))))


async def _fetch_full(
    conn: aiosqlite.Connection, where: str, params: dict[str, Any]
) -> list[Claim]:
    return [_full(r) for r in await conn.execute_fetchall(f"{_FULL} {where}", params)]


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
    where = f"WHERE c.person_id = :person AND {_SCOPE}"
    params: dict[str, Any] = {"person": person_id, "guild": guild_id, "limit": limit + 1}
    if season is not None:
        where += " AND c.season = :season"
        params["season"] = season
    # NULL seasons sort last in DESC order; the order matches claim_person_recent, read backwards.
    # One more than shown tells whether there are more.
    where += " ORDER BY c.season DESC, c.updated_at DESC, c.id DESC LIMIT :limit"
    claims = await _fetch_full(conn, where, params)
    return claims[:limit], len(claims) > limit


async def claim_ids_for_person(
    conn: aiosqlite.Connection, person_id: int, guild_id: int | None
) -> list[int]:
    """Every claim about a person visible in the scope (for the audit history)."""
    rows = await conn.execute_fetchall(
        f"SELECT id FROM claim WHERE person_id = ? AND {scope_clause()}", (person_id, guild_id)
    )
    return [r[0] for r in rows]


# The newest claims into and out of a team in a season visible in the scope (the limit counts
# only those); each branch walks its own index.
_TEAM_IDS = (
    "SELECT id FROM (SELECT id, updated_at FROM claim WHERE to_team_id = :team"
    f" AND season = :season AND {scope_clause('guild_id', ':guild')}"
    " UNION SELECT id, updated_at FROM claim WHERE from_team_id = :team"
    f" AND season = :season AND {scope_clause('guild_id', ':guild')}"
    " ORDER BY updated_at DESC, id DESC LIMIT :limit)"
)


async def claims_for_team(
    conn: aiosqlite.Connection, team_id: int, season: int, guild_id: int | None,
    limit: int = TEAM_LIMIT,
) -> tuple[list[Claim], bool]:  # fmt: skip
    """Claims moving someone into or out of a team for a season, and whether there are more."""
    where = f"WHERE c.id IN ({_TEAM_IDS}) ORDER BY c.updated_at DESC, c.id DESC"
    claims = await _fetch_full(
        conn, where, {"team": team_id, "season": season, "guild": guild_id, "limit": limit + 1}
    )
    return claims[:limit], len(claims) > limit


async def report_ids_for_claims(conn: aiosqlite.Connection, claim_ids: list[int]) -> list[int]:
    if not claim_ids:
        return []
    marks = ",".join("?" * len(claim_ids))
    rows = await conn.execute_fetchall(
        f"SELECT DISTINCT report_id FROM claim_source WHERE claim_id IN ({marks}) ORDER BY 1",
        claim_ids,
    )
    return [r[0] for r in rows]


_BY_IDS = f"WHERE c.id IN (SELECT value FROM json_each(:ids)) AND {_SCOPE}"


async def get_claims(
    conn: aiosqlite.Connection, ids: list[int], guild_id: int | None
) -> dict[int, Claim]:
    if not ids:
        return {}
    claims = await _fetch_full(conn, _BY_IDS, {"ids": json.dumps(ids), "guild": guild_id})
    return {c.id: c for c in claims}


async def linked_stubs(
    conn: aiosqlite.Connection, ids: list[int], guild_id: int | None
) -> tuple[dict[int, Claim], dict[int, Person]]:
    """Linked claims without their sources, and their people: an answer names who moved with
    whom, nothing more."""
    if not ids:
        return {}, {}
    rows = await conn.execute_fetchall(
        f"SELECT {_CLAIM_COLS}, {_PERSON_COLS} FROM claim c JOIN person p ON p.id = c.person_id"
        f" {_BY_IDS}",
        {"ids": json.dumps(ids), "guild": guild_id},
    )
    claims = {r["id"]: _claim(r, (), ()) for r in rows}
    people = {r["p_id"]: person_from_row(r, prefix="p_") for r in rows}
    return claims, people


async def get_claim_any_scope(conn: aiosqlite.Connection, claim_id: int) -> Claim | None:
    """Fetch a claim whatever its scope (permission checks decide what to do with it)."""
    rows = await conn.execute_fetchall("SELECT guild_id FROM claim WHERE id = ?", (claim_id,))
    row = next(iter(rows), None)
    if row is None:
        return None
    # read in its own scope: its links to claims of that scope, not another guild's
    return (await get_claims(conn, [claim_id], row[0])).get(claim_id)


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
