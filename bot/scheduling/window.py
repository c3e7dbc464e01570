"""UCI transfer window posts: when it opens (1 August) and a reminder before it closes."""

from __future__ import annotations

import logging
from datetime import date

from bot.domain.clock import Clock, iso
from bot.domain.models import DEST_CHANNEL
from bot.presentation.announcements import window_payload
from bot.storage import announcements as store
from bot.storage.db import Database

log = logging.getLogger(__name__)

# Posts are queued from these dates until the end of the grace period, so a bot that was
# offline on the day still posts once; the dedupe key makes it once a year per channel.
OPEN_GRACE_DAYS = 3
REMINDER_DAY = (12, 24)


def window_event(today: date) -> str | None:
    """Which window post is due on `today` (UTC): 'open', 'closing' or None."""
    opens = date(today.year, 8, 1)
    if 0 <= (today - opens).days < OPEN_GRACE_DAYS:
        return "open"
    if date(today.year, *REMINDER_DAY) <= today <= date(today.year, 12, 31):
        return "closing"
    return None


async def run_window_posts(db: Database, clock: Clock) -> int:
    """Queue the window post due today for every opted-in channel; return how many queued."""
    now = clock.now()
    today = now.date()
    event = window_event(today)
    if event is None:
        return 0
    payload = window_payload(event, today.year).to_json()
    queued = 0
    async with db.transaction() as conn:
        for sub in await store.window_subscriptions(conn):
            new_id = await store.enqueue(
                conn,
                dest_kind=DEST_CHANNEL,
                dest_id=sub.channel_id,
                guild_id=sub.guild_id,
                kind="window",
                dedupe_key=f"window:{event}:{today.year}:{sub.guild_id}:{sub.channel_id}",
                payload=payload,
                now=iso(now),
            )
            queued += new_id is not None
    if queued:
        log.info("queued %d transfer window post(s) (%s %d)", queued, event, today.year)
    return queued
