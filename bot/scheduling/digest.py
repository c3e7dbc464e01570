"""The digest job: queue each guild's digest when it is due, and move its schedule on."""

from __future__ import annotations

import logging
from datetime import datetime

import aiosqlite

from bot.domain.clock import Clock, iso, parse_iso
from bot.domain.models import DEST_CHANNEL
from bot.domain.schedule import schedule_for
from bot.presentation.announcements import Digest, digest_payload
from bot.storage import announcements as store
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.announcements import Subscription
from bot.storage.db import Database

log = logging.getLogger(__name__)


async def digest_for(
    conn: aiosqlite.Connection, sub: Subscription, start: datetime, now: datetime
) -> Digest:
    """What a guild's digest due now covers: the stories with news since `start`."""
    assert sub.next_digest_at is not None
    claim_ids = await store.claims_changed_between(conn, sub.guild_id, iso(start), iso(now))
    claims = await claims_db.get_many(conn, claim_ids, sub.guild_id)
    ordered = [claims[i] for i in claim_ids if i in claims]
    team_ids = {t for c in ordered for t in (c.from_team_id, c.to_team_id) if t}
    teams = await teams_db.get_teams(conn, sorted(team_ids))
    people = await people_db.get_people(conn, sorted({c.person_id for c in ordered}))
    return Digest(
        sub.frequency, sub.timezone or "UTC", sub.post_empty, start, now,
        parse_iso(sub.next_digest_at), ordered, teams, people,
    )  # fmt: skip


# -- the job -----------------------------------------------------------------------------
async def run_due_digests(db: Database, clock: Clock) -> int:
    """Queue one digest per due subscription and move its schedule on; return how many queued.

    Missed slots (the bot was offline) collapse into one digest covering everything since the
    last one, marked late; the next slot is the first one after now.
    """
    now = clock.now()
    queued = 0
    for due in await store.due_subscriptions(db.conn, iso(now)):
        try:
            queued += await _run_digest(db, due.guild_id, now)
        except Exception:
            # One guild's bad settings must not stop the others' digests.
            log.exception("digest for guild %d failed", due.guild_id)
    return queued


async def _run_digest(db: Database, guild_id: int, now: datetime) -> bool:
    """Queue a guild's digest if it is (still) due; True when one was queued."""
    queued = False
    async with db.transaction() as conn:
        sub = await store.get_subscription(conn, guild_id)
        if (
            sub is None
            or sub.disabled_reason is not None
            or sub.next_digest_at is None
            or sub.next_digest_at > iso(now)
        ):
            return False
        start = parse_iso(max(sub.subscribed_at, sub.covered_until))
        payload = digest_payload(await digest_for(conn, sub, start, now))
        if payload is not None:
            new_id = await store.enqueue(
                conn,
                dest_kind=DEST_CHANNEL,
                dest_id=sub.channel_id,
                guild_id=sub.guild_id,
                kind="digest",
                dedupe_key=f"digest:{sub.guild_id}:{sub.channel_id}:{sub.next_digest_at}",
                payload=payload.to_json(),
                now=iso(now),
            )
            queued = new_id is not None
        following = schedule_for(sub, now)
        await store.update_subscription(
            conn,
            sub.guild_id,
            iso(now),
            covered_until=iso(now),
            next_digest_at=iso(following) if following else None,
        )
    return queued
