"""Announcement subscriptions, follows, news events and the outbox: intent-named queries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.domain.models import DEST_CHANNEL, EntityKind, EntityRef


@dataclass(frozen=True, slots=True)
class Subscription:
    guild_id: int
    channel_id: int
    frequency: str | None
    local_time: str | None
    timezone: str | None
    weekday: int | None
    instant: bool
    mention_role_id: int | None
    post_empty: bool
    window_posts: bool
    subscribed_at: str
    covered_until: str
    next_digest_at: str | None
    last_delivery_at: str | None
    last_error: str | None
    disabled_reason: str | None


@dataclass(frozen=True, slots=True)
class Follow:
    id: int
    user_id: int
    guild_id: int | None
    ref: EntityRef
    channel_id: int | None
    created_at: str
    dm_disabled: bool
    disabled_reason: str | None

    @property
    def by_dm(self) -> bool:
        return self.channel_id is None


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    dest_kind: str
    dest_id: int
    guild_id: int | None
    kind: str
    dedupe_key: str
    payload: dict[str, Any]
    attempts: int
    next_attempt_at: str
    state: str
    sent_message_id: int | None
    last_error: str | None


def _subscription(r: aiosqlite.Row) -> Subscription:
    return Subscription(
        guild_id=r["guild_id"],
        channel_id=r["channel_id"],
        frequency=r["frequency"],
        local_time=r["local_time"],
        timezone=r["timezone"],
        weekday=r["weekday"],
        instant=bool(r["instant"]),
        mention_role_id=r["mention_role_id"],
        post_empty=bool(r["post_empty"]),
        window_posts=bool(r["window_posts"]),
        subscribed_at=r["subscribed_at"],
        covered_until=r["covered_until"],
        next_digest_at=r["next_digest_at"],
        last_delivery_at=r["last_delivery_at"],
        last_error=r["last_error"],
        disabled_reason=r["disabled_reason"],
    )


def _follow(r: aiosqlite.Row) -> Follow:
    return Follow(
        id=r["id"],
        user_id=r["user_id"],
        guild_id=r["guild_id"],
        ref=EntityRef(EntityKind(r["entity_kind"]), r["entity_id"]),
        channel_id=r["channel_id"],
        created_at=r["created_at"],
        dm_disabled=bool(r["dm_disabled"]),
        disabled_reason=r["disabled_reason"],
    )


def _outbox(r: aiosqlite.Row) -> OutboxRow:
    return OutboxRow(
        id=r["id"],
        dest_kind=r["dest_kind"],
        dest_id=r["dest_id"],
        guild_id=r["guild_id"],
        kind=r["kind"],
        dedupe_key=r["dedupe_key"],
        payload=json.loads(r["payload"]),
        attempts=r["attempts"],
        next_attempt_at=r["next_attempt_at"],
        state=r["state"],
        sent_message_id=r["sent_message_id"],
        last_error=r["last_error"],
    )


# -- subscriptions -----------------------------------------------------------------------
async def get_subscription(conn: aiosqlite.Connection, guild_id: int) -> Subscription | None:
    async with conn.execute(
        "SELECT * FROM announce_subscription WHERE guild_id = ?", (guild_id,)
    ) as cur:
        row = await cur.fetchone()
    return _subscription(row) if row else None


_SUBSCRIPTION_FIELDS = frozenset(
    {
        "channel_id", "frequency", "local_time", "timezone", "weekday", "instant",
        "mention_role_id", "post_empty", "window_posts", "subscribed_at", "covered_until",
        "next_digest_at", "last_delivery_at", "last_error", "disabled_reason",
    }
)  # fmt: skip


async def create_subscription(
    conn: aiosqlite.Connection, guild_id: int, channel_id: int, now: str
) -> None:
    await conn.execute(
        "INSERT INTO announce_subscription (guild_id, channel_id, subscribed_at, covered_until,"
        " updated_at) VALUES (?, ?, ?, ?, ?)",
        (guild_id, channel_id, now, now, now),
    )


async def update_subscription(
    conn: aiosqlite.Connection, guild_id: int, now: str, **fields: Any
) -> None:
    unknown = set(fields) - _SUBSCRIPTION_FIELDS
    if unknown:
        raise ValueError(f"unknown subscription fields: {sorted(unknown)}")
    sets = ", ".join(f"{k} = ?" for k in fields)
    await conn.execute(
        f"UPDATE announce_subscription SET {sets}, updated_at = ? WHERE guild_id = ?",
        (*fields.values(), now, guild_id),
    )


async def delete_subscription(conn: aiosqlite.Connection, guild_id: int) -> bool:
    cur = await conn.execute("DELETE FROM announce_subscription WHERE guild_id = ?", (guild_id,))
    return cur.rowcount > 0


async def instant_subscriptions(
    conn: aiosqlite.Connection, guild_id: int | None
) -> list[Subscription]:
    """Channels that want instant posts for a claim in this scope (None: a global claim)."""
    sql = "SELECT * FROM announce_subscription WHERE instant = 1 AND disabled_reason IS NULL"
    params: tuple[Any, ...] = ()
    if guild_id is not None:
        sql += " AND guild_id = ?"
        params = (guild_id,)
    async with conn.execute(sql + " ORDER BY guild_id", params) as cur:
        return [_subscription(r) for r in await cur.fetchall()]


async def due_subscriptions(conn: aiosqlite.Connection, now: str) -> list[Subscription]:
    async with conn.execute(
        "SELECT * FROM announce_subscription WHERE next_digest_at IS NOT NULL"
        " AND disabled_reason IS NULL AND next_digest_at <= ? ORDER BY next_digest_at, guild_id",
        (now,),
    ) as cur:
        return [_subscription(r) for r in await cur.fetchall()]


async def window_subscriptions(conn: aiosqlite.Connection) -> list[Subscription]:
    async with conn.execute(
        "SELECT * FROM announce_subscription WHERE window_posts = 1 AND disabled_reason IS NULL"
        " ORDER BY guild_id"
    ) as cur:
        return [_subscription(r) for r in await cur.fetchall()]


async def record_delivery(
    conn: aiosqlite.Connection, dest_kind: str, dest_id: int, guild_id: int | None, now: str
) -> None:
    """Note a successful post on the subscription it went to (for /announce status)."""
    if dest_kind != DEST_CHANNEL or guild_id is None:
        return
    await conn.execute(
        "UPDATE announce_subscription SET last_delivery_at = ?, last_error = NULL"
        " WHERE guild_id = ? AND channel_id = ?",
        (now, guild_id, dest_id),
    )


async def record_error(
    conn: aiosqlite.Connection, dest_kind: str, dest_id: int, guild_id: int | None, error: str
) -> None:
    if dest_kind != DEST_CHANNEL or guild_id is None:
        return
    await conn.execute(
        "UPDATE announce_subscription SET last_error = ? WHERE guild_id = ? AND channel_id = ?",
        (error, guild_id, dest_id),
    )


async def disable_channel(conn: aiosqlite.Connection, channel_id: int, reason: str) -> None:
    """Stop posting to a channel Discord refuses: its subscription and channel follows."""
    await conn.execute(
        "UPDATE announce_subscription SET disabled_reason = ?, last_error = ? WHERE channel_id = ?",
        (reason, reason, channel_id),
    )
    await conn.execute(
        "UPDATE follow SET disabled_reason = ? WHERE channel_id = ?", (reason, channel_id)
    )


async def disable_dm(conn: aiosqlite.Connection, user_id: int, reason: str) -> int:
    """Drop DM delivery of every follow of a user who does not accept DMs."""
    cur = await conn.execute(
        "UPDATE follow SET dm_disabled = 1, disabled_reason = ?"
        " WHERE user_id = ? AND channel_id IS NULL",
        (reason, user_id),
    )
    return cur.rowcount


# -- follows -----------------------------------------------------------------------------
async def add_follow(
    conn: aiosqlite.Connection,
    user_id: int,
    guild_id: int | None,
    ref: EntityRef,
    channel_id: int | None,
    now: str,
) -> bool:
    """Follow, or re-enable an existing follow; return True when it is new."""
    cur = await conn.execute(
        "UPDATE follow SET dm_disabled = 0, disabled_reason = NULL WHERE user_id = ?"
        " AND coalesce(guild_id, 0) = ? AND entity_kind = ? AND entity_id = ?"
        " AND coalesce(channel_id, 0) = ?",
        (user_id, guild_id or 0, ref.kind.value, ref.id, channel_id or 0),
    )
    if cur.rowcount:
        return False
    await conn.execute(
        "INSERT INTO follow (user_id, guild_id, entity_kind, entity_id, channel_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (user_id, guild_id, ref.kind.value, ref.id, channel_id, now),
    )
    return True


async def remove_follows(
    conn: aiosqlite.Connection, user_id: int, guild_id: int | None, ref: EntityRef
) -> int:
    """Remove a user's follows of an entity: channel ones made in this guild, and DM ones."""
    cur = await conn.execute(
        "DELETE FROM follow WHERE user_id = ? AND (coalesce(guild_id, 0) = ? OR channel_id IS NULL)"
        " AND entity_kind = ? AND entity_id = ?",
        (user_id, guild_id or 0, ref.kind.value, ref.id),
    )
    return cur.rowcount


async def user_follows(
    conn: aiosqlite.Connection, user_id: int, guild_id: int | None
) -> list[Follow]:
    """A user's follows made in this guild, plus their DM follows made anywhere."""
    async with conn.execute(
        "SELECT * FROM follow WHERE user_id = ? AND (coalesce(guild_id, 0) = ?"
        " OR channel_id IS NULL) ORDER BY created_at, id",
        (user_id, guild_id or 0),
    ) as cur:
        return [_follow(r) for r in await cur.fetchall()]


async def followers_of(
    conn: aiosqlite.Connection, refs: list[EntityRef], guild_id: int | None
) -> list[Follow]:
    """Active follows of any of `refs` that may see a claim in this scope."""
    if not refs:
        return []
    cond = " OR ".join("(entity_kind = ? AND entity_id = ?)" for _ in refs)
    params: list[Any] = [x for r in refs for x in (r.kind.value, r.id)]
    sql = (
        f"SELECT * FROM follow WHERE ({cond}) AND disabled_reason IS NULL"
        " AND NOT (channel_id IS NULL AND dm_disabled = 1)"
    )
    if guild_id is not None:
        sql += " AND guild_id = ?"
        params.append(guild_id)
    async with conn.execute(sql + " ORDER BY id", params) as cur:
        return [_follow(r) for r in await cur.fetchall()]


# -- news events -------------------------------------------------------------------------
async def record_event(
    conn: aiosqlite.Connection,
    claim_id: int,
    guild_id: int | None,
    action: str,
    old_status: str | None,
    new_status: str,
    at: str,
) -> None:
    await conn.execute(
        "INSERT INTO news_event (claim_id, guild_id, action, old_status, new_status, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (claim_id, guild_id, action, old_status, new_status, at),
    )


async def claims_changed_between(
    conn: aiosqlite.Connection, guild_id: int, start: str, end: str
) -> list[int]:
    """Claims visible in the guild with news in [start, end), oldest news first.

    Half-open periods chain without gaps at one-second resolution: news in the very second a
    digest runs goes into the next digest instead of being lost between the two.
    """
    async with conn.execute(
        "SELECT e.claim_id, min(e.at) AS first FROM news_event e JOIN claim c ON c.id = e.claim_id"
        " WHERE e.at >= ? AND e.at < ? AND (c.guild_id IS NULL OR c.guild_id = ?)"
        " GROUP BY e.claim_id ORDER BY first, e.claim_id",
        (start, end, guild_id),
    ) as cur:
        return [r[0] for r in await cur.fetchall()]


# -- outbox ------------------------------------------------------------------------------
async def enqueue(
    conn: aiosqlite.Connection,
    *,
    dest_kind: str,
    dest_id: int,
    guild_id: int | None,
    kind: str,
    dedupe_key: str,
    payload: dict[str, Any],
    now: str,
) -> int | None:
    """Queue one announcement; return its id, or None when that key was already queued."""
    cur = await conn.execute(
        "INSERT INTO outbox (dest_kind, dest_id, guild_id, kind, dedupe_key, payload, created_at,"
        " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING",
        (
            dest_kind,
            dest_id,
            guild_id,
            kind,
            dedupe_key,
            json.dumps(payload, ensure_ascii=False, sort_keys=True),
            now,
            now,
        ),
    )
    return cur.lastrowid if cur.rowcount else None


async def due_outbox(
    conn: aiosqlite.Connection, now: str, limit: int, guild_id: int | None = None
) -> list[OutboxRow]:
    """Rows due for delivery, oldest first (only one guild's with `guild_id`)."""
    only = "" if guild_id is None else " AND guild_id = ?"
    async with conn.execute(
        f"SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?{only}"
        " ORDER BY next_attempt_at, id LIMIT ?",
        (now, limit) if guild_id is None else (now, guild_id, limit),
    ) as cur:
        return [_outbox(r) for r in await cur.fetchall()]


async def sending_outbox(conn: aiosqlite.Connection) -> list[OutboxRow]:
    async with conn.execute("SELECT * FROM outbox WHERE state = 'sending' ORDER BY id") as cur:
        return [_outbox(r) for r in await cur.fetchall()]


async def get_outbox(conn: aiosqlite.Connection, outbox_id: int) -> OutboxRow | None:
    async with conn.execute("SELECT * FROM outbox WHERE id = ?", (outbox_id,)) as cur:
        row = await cur.fetchone()
    return _outbox(row) if row else None


async def claim_for_sending(conn: aiosqlite.Connection, outbox_id: int, now: str) -> bool:
    """Move a pending row to 'sending'; False when another worker got there first."""
    cur = await conn.execute(
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_at = ?"
        " WHERE id = ? AND state = 'pending'",
        (now, outbox_id),
    )
    return cur.rowcount == 1


async def mark_sent(
    conn: aiosqlite.Connection, outbox_id: int, message_id: int | None, now: str
) -> None:
    await conn.execute(
        "UPDATE outbox SET state = 'sent', sent_message_id = ?, sent_at = ?, last_error = NULL"
        " WHERE id = ?",
        (message_id, now, outbox_id),
    )


async def mark_retry(
    conn: aiosqlite.Connection, outbox_id: int, next_attempt_at: str, error: str
) -> None:
    await conn.execute(
        "UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?",
        (next_attempt_at, error, outbox_id),
    )


async def mark_requeued(conn: aiosqlite.Connection, outbox_id: int) -> None:
    await conn.execute(
        "UPDATE outbox SET state = 'pending' WHERE id = ? AND state = 'sending'", (outbox_id,)
    )


async def mark_failed(conn: aiosqlite.Connection, outbox_id: int, state: str, error: str) -> None:
    if state not in ("failed", "dead"):
        raise ValueError(state)
    await conn.execute(
        "UPDATE outbox SET state = ?, last_error = ? WHERE id = ?", (state, error, outbox_id)
    )


async def kill_destination(
    conn: aiosqlite.Connection, dest_kind: str, dest_id: int, error: str
) -> int:
    """Give up every queued row for a destination Discord refuses for good."""
    cur = await conn.execute(
        "UPDATE outbox SET state = 'dead', last_error = ?"
        " WHERE dest_kind = ? AND dest_id = ? AND state = 'pending'",
        (error, dest_kind, dest_id),
    )
    return cur.rowcount


async def count_queued(conn: aiosqlite.Connection, guild_id: int, channel_id: int) -> int:
    """Posts waiting to go to a guild's announcement channel (for /announce status)."""
    rows = await conn.execute_fetchall(
        "SELECT count(*) FROM outbox WHERE guild_id = ? AND dest_kind = 'channel'"
        " AND dest_id = ? AND state IN ('pending', 'sending')",
        (guild_id, channel_id),
    )
    return int(next(iter(rows))[0])


async def drop_queued_posts(conn: aiosqlite.Connection, guild_id: int, channel_id: int) -> None:
    """Give up the guild's queued channel posts (announcements were turned off)."""
    await conn.execute(
        "UPDATE outbox SET state = 'dead', last_error = 'announcements turned off'"
        " WHERE guild_id = ? AND dest_kind = 'channel' AND dest_id = ?"
        " AND kind IN ('instant', 'digest', 'window') AND state = 'pending'",
        (guild_id, channel_id),
    )
