"""The audit log: every change with who, when, old and new values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from bot.domain.models import Actor


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor_id: int | None
    actor_name: str | None
    guild_id: int | None
    action: str
    entity: str
    entity_id: int | None
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None


def utc_now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def record(
    conn: aiosqlite.Connection,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
) -> None:
    """Write one audit row; call inside the transaction that makes the change."""
    await conn.execute(
        "INSERT INTO audit_log (at, actor_id, actor_name, guild_id, action, entity, entity_id,"
        " old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            utc_now_iso(),
            actor.id,
            actor.name,
            actor.guild_id,
            action,
            entity,
            entity_id,
            json.dumps(old, ensure_ascii=False, sort_keys=True) if old is not None else None,
            json.dumps(new, ensure_ascii=False, sort_keys=True) if new is not None else None,
        ),
    )


async def last_id(conn: aiosqlite.Connection) -> int:
    """The id of the newest audit row (0 for none): where a reader of later changes starts."""
    rows = await conn.execute_fetchall("SELECT coalesce(max(id), 0) FROM audit_log")
    return int(next(iter(rows))[0])


def _entry(row: aiosqlite.Row) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        at=row["at"],
        actor_id=row["actor_id"],
        actor_name=row["actor_name"],
        guild_id=row["guild_id"],
        action=row["action"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        old_values=json.loads(row["old_values"]) if row["old_values"] else None,
        new_values=json.loads(row["new_values"]) if row["new_values"] else None,
    )


async def history(
    conn: aiosqlite.Connection, entity: str, ids: list[int], *, limit: int = 200
) -> list[AuditEntry]:
    """Return changes to the given entities, newest first."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    async with conn.execute(
        f"SELECT * FROM audit_log WHERE entity = ? AND entity_id IN ({marks})"
        " ORDER BY id DESC LIMIT ?",
        (entity, *ids, limit),
    ) as cur:
        return [_entry(r) for r in await cur.fetchall()]
