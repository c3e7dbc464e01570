"""Claims: the reads an answer needs, the writes that add, merge, correct, retract or promote one,
the identity rule that makes "the same story" one claim, and the one status computation.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from typing import Any

import aiosqlite

from bot.domain.models import Claim, ClaimKind, Person, Report, Source, SourceRole, Status
from bot.domain.status import derive_status
from bot.storage.people import person_from_row
from bot.storage.scope import only_ids, scope_clause

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


async def for_person(
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


async def ids_for_person(
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


async def for_team(
    conn: aiosqlite.Connection, team_id: int, season: int, guild_id: int | None,
    limit: int = TEAM_LIMIT,
) -> tuple[list[Claim], bool]:  # fmt: skip
    """Claims moving someone into or out of a team for a season, and whether there are more."""
    where = f"WHERE c.id IN ({_TEAM_IDS}) ORDER BY c.updated_at DESC, c.id DESC"
    claims = await _fetch_full(
        conn, where, {"team": team_id, "season": season, "guild": guild_id, "limit": limit + 1}
    )
    return claims[:limit], len(claims) > limit


_BY_IDS = f"WHERE c.id IN (SELECT value FROM json_each(:ids)) AND {_SCOPE}"


async def get_many(
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


async def get_any_scope(conn: aiosqlite.Connection, claim_id: int) -> Claim | None:
    """Fetch a claim whatever its scope (permission checks decide what to do with it)."""
    rows = await conn.execute_fetchall("SELECT guild_id FROM claim WHERE id = ?", (claim_id,))
    row = next(iter(rows), None)
    if row is None:
        return None
    # read in its own scope: its links to claims of that scope, not another guild's
    return (await get_many(conn, [claim_id], row[0])).get(claim_id)


async def find_same(
    conn: aiosqlite.Connection,
    person_id: int,
    kind: ClaimKind,
    to_team_id: int | None,
    season: int | None,
    guild_id: int | None,
) -> int | None:
    """The id of the same claim (see `identity`) in exactly this scope, if there is one."""
    rows = await conn.execute_fetchall(
        "SELECT id FROM claim WHERE person_id = ? AND kind = ? AND coalesce(to_team_id, 0) = ?"
        " AND coalesce(season, 0) = ? AND coalesce(guild_id, 0) = ?",
        identity(person_id, kind, to_team_id, season, guild_id),
    )
    row = next(iter(rows), None)
    return row[0] if row else None


async def same_story_seasons(
    conn: aiosqlite.Connection,
    person_id: int,
    kind: ClaimKind,
    to_team_id: int | None,
    guild_id: int | None,
) -> list[tuple[int, int | None]]:
    """(id, season) of the claims that differ from a story only by season, in exactly this scope."""
    rows = await conn.execute_fetchall(
        "SELECT id, season FROM claim WHERE person_id = ? AND kind = ?"
        " AND coalesce(to_team_id, 0) = ? AND coalesce(guild_id, 0) = ? ORDER BY id",
        (person_id, kind, to_team_id or 0, guild_id or 0),
    )
    return [(r[0], r[1]) for r in rows]


def identity(
    person_id: int, kind: str, to_team_id: int | None, season: int | None, guild_id: int | None
) -> tuple[int, str, int, int, int]:
    """ "Merge, don't duplicate": the key of a story, one claim per key.

    The same person, kind (a ClaimKind or its value: they are equal), destination and season
    in the same scope is the same story, however many outlets report it. The unique index
    `claim_identity` (migration 0001) enforces exactly this key; `find_same` and the importer
    look claims up by it.
    """
    return (person_id, kind, to_team_id or 0, season or 0, guild_id or 0)


def news_stats(
    conn: sqlite3.Connection, ids: list[int] | None = None
) -> dict[int, tuple[str, int]]:
    """When each person (or those in `ids`) was last in the news (their latest claim's update)
    and in how many stories, by person id."""
    # One row holding every pair: sqlite scans the claims in a single step, without the GIL, so
    # a thread running this does not fight the caller's thread for it once per person.
    row = conn.execute(
        "SELECT json_group_array(json_array(person_id, latest, n)) FROM"
        " (SELECT person_id, max(updated_at) AS latest, count(*) AS n FROM claim"
        + only_ids("person_id", ids)
        + " GROUP BY person_id)",
        ids or (),
    ).fetchone()
    return {pid: (latest, n) for pid, latest, n in json.loads(row[0])} if row and row[0] else {}


# -- status: one computation for the bot, the importer and `db check` ---------------------------
class Statuses:
    """A claim's status from its sources, as stored: `derive_status` over status and date text.

    One instance remembers what it has worked out (dates, and the statuses of source sets
    without a denial, which do not depend on dates), so the importer settles a million claims
    quickly.
    """

    def __init__(self) -> None:
        self._dates: dict[str, date] = {}
        self._undenied: dict[tuple[str, ...], Status] = {}

    def of(
        self,
        statuses: Iterable[str],
        published: Callable[[], Iterable[str]],
        *,
        retracted: bool = False,
    ) -> Status:
        """The status a claim's sources give it, from their `statuses` as stored and, asked for
        only when a denial makes dates matter, their `published` dates in the same order."""
        if retracted:
            return Status.RETRACTED
        given = tuple(statuses)
        if _DENIED not in given:
            found = self._undenied.get(given)
            if found is None:
                found = derive_status((_STATUSES[s], _ANY_DAY) for s in given)
                self._undenied[given] = found
            return found
        days = [self._date(day) for day in published()]
        return derive_status((_STATUSES[s], day) for s, day in zip(given, days, strict=True))

    def _date(self, text: str) -> date:
        day = self._dates.get(text)
        if day is None:
            day = self._dates[text] = date.fromisoformat(text)
        return day


_ANY_DAY = date(2000, 1, 1)
_DENIED = Status.DENIED.value
# The inputs of the status of each claim in the JSON array bound to :ids.
STATUS_INPUTS = (
    "SELECT c.id, c.status, c.retracted_reason IS NOT NULL, json_group_array(json_array("
    "cs.status, r.published)) FILTER (WHERE cs.claim_id IS NOT NULL) FROM claim c"
    " LEFT JOIN claim_source cs ON cs.claim_id = c.id LEFT JOIN report r ON r.id = cs.report_id"
    " WHERE c.id IN (SELECT value FROM json_each(:ids)) GROUP BY c.id"
)
_SET_STATUS = (
    "UPDATE claim SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?"
)


def _settled(rows: Iterable[Any], statuses: Statuses) -> list[tuple[str, str, int]]:
    """(stored status, status the sources give, claim id) for each row of STATUS_INPUTS."""
    out = []
    for claim_id, stored, retracted, sources in rows:
        pairs: list[list[str]] = json.loads(sources or "[]")
        status = statuses.of(
            [s for s, _ in pairs], partial(_days, pairs), retracted=bool(retracted)
        )
        out.append((stored, status.value, claim_id))
    return out


def _days(pairs: list[list[str]]) -> list[str]:
    return [day for _, day in pairs]


async def restatus(conn: aiosqlite.Connection, claim_id: int) -> Status:
    """Store the status a claim's sources give it (after a source was added); return it."""
    rows = await conn.execute_fetchall(STATUS_INPUTS, {"ids": json.dumps([claim_id])})
    ((_, status, _),) = _settled(rows, Statuses())
    await conn.execute(_SET_STATUS, (status, claim_id))
    return Status(status)


def restatus_many(conn: sqlite3.Connection, claim_ids: Iterable[int], statuses: Statuses) -> int:
    """The bulk twin of `restatus` for the importer: fix every status that changed; count them."""
    ids = sorted(claim_ids)
    changed = []
    for start in range(0, len(ids), 50_000):
        found = conn.execute(STATUS_INPUTS, {"ids": json.dumps(ids[start : start + 50_000])})
        changed += [(new, cid) for old, new, cid in _settled(found, statuses) if new != old]
    conn.executemany("UPDATE claim SET status = ? WHERE id = ?", changed)
    return len(changed)


def mismatched_statuses(conn: sqlite3.Connection) -> Iterable[tuple[int, str, str]]:
    """(claim id, stored status, status its sources give) for every claim where they differ."""
    ids = [r[0] for r in conn.execute("SELECT id FROM claim ORDER BY id")]
    statuses = Statuses()
    for start in range(0, len(ids), 50_000):
        found = conn.execute(STATUS_INPUTS, {"ids": json.dumps(ids[start : start + 50_000])})
        for old, new, cid in _settled(found, statuses):
            if new != old:
                yield cid, old, new


# -- writes ----------------------------------------------------------------------------------
async def insert(
    conn: aiosqlite.Connection,
    *,
    person_id: int,
    kind: ClaimKind,
    from_team_id: int | None,
    to_team_id: int | None,
    season: int | None,
    contract_end: int | None,
    status: Status,
    summary: str,
    guild_id: int | None,
    created_by: int | None,
) -> int:
    """Store a new story (its sources are added next); return its id."""
    cur = await conn.execute(
        "INSERT INTO claim (person_id, kind, from_team_id, to_team_id, season, contract_end,"
        " status, summary, guild_id, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (person_id, kind.value, from_team_id, to_team_id, season, contract_end, status.value,
         summary, guild_id, created_by),
    )  # fmt: skip
    assert cur.lastrowid is not None
    return cur.lastrowid


async def add_source(
    conn: aiosqlite.Connection, claim_id: int, report_id: int, role: SourceRole, status: Status
) -> None:
    """Cite a report for a claim, with the role it plays and the status it reports."""
    await conn.execute(
        "INSERT INTO claim_source (claim_id, report_id, role, status) VALUES (?, ?, ?, ?)",
        (claim_id, report_id, role.value, status.value),
    )


# The facts a moderator may correct with /editnews.
async def merge_into(conn: aiosqlite.Connection, claim_id: int, into_id: int) -> int:
    """Move a claim's sources and links to another claim, then delete it (the same story told
    twice); return how many sources moved (a report already citing both stays once)."""
    cur = await conn.execute(
        "UPDATE OR IGNORE claim_source SET claim_id = ? WHERE claim_id = ?", (into_id, claim_id)
    )
    moved = cur.rowcount
    await conn.execute(
        "INSERT OR IGNORE INTO claim_link (claim_a, claim_b)"
        " SELECT min(:into, other), max(:into, other) FROM ("
        "  SELECT claim_b AS other FROM claim_link WHERE claim_a = :old"
        "  UNION SELECT claim_a FROM claim_link WHERE claim_b = :old)"
        " WHERE other != :into",
        {"into": into_id, "old": claim_id},
    )
    await conn.execute("DELETE FROM claim WHERE id = ?", (claim_id,))
    return moved


EDITABLE = frozenset({"kind", "from_team_id", "to_team_id", "season", "contract_end", "summary"})


async def update(conn: aiosqlite.Connection, claim_id: int, changes: dict[str, Any]) -> None:
    """Correct some of a claim's facts (names from EDITABLE)."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    sets = ", ".join(f"{k} = ?" for k in changes)
    await conn.execute(
        f"UPDATE claim SET {sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
        (*changes.values(), claim_id),
    )


async def retract(conn: aiosqlite.Connection, claim_id: int, reason: str) -> None:
    """Mark a claim retracted, with the reason shown beside it from now on."""
    await conn.execute(
        "UPDATE claim SET status = 'retracted', retracted_reason = ?,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
        (reason, claim_id),
    )


async def make_global(conn: aiosqlite.Connection, claim_id: int) -> None:
    """Make a guild's claim visible everywhere (its reports and person follow: see the callers)."""
    await conn.execute("UPDATE claim SET guild_id = NULL WHERE id = ?", (claim_id,))


async def latest_team_season(
    conn: aiosqlite.Connection, team_id: int, at_most: int, guild_id: int | None
) -> int | None:
    """The newest season up to `at_most` with a story moving someone into or out of the team."""
    rows = await conn.execute_fetchall(
        "SELECT max(season) FROM ("
        " SELECT max(season) AS season FROM claim WHERE to_team_id = :team"
        f" AND season <= :at_most AND {scope_clause('guild_id', ':guild')}"
        " UNION ALL SELECT max(season) FROM claim WHERE from_team_id = :team"
        f" AND season <= :at_most AND {scope_clause('guild_id', ':guild')})",
        {"team": team_id, "at_most": at_most, "guild": guild_id},
    )
    row = next(iter(rows), None)
    return int(row[0]) if row and row[0] is not None else None
