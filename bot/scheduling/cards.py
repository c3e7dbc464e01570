"""Queue a story's review card (a post, or an edit of the card already posted) and the notice
that a feed was paused, through the outbox. The card shows the story as it is in the database
at that moment: its strongest reading, its sources, its decision."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from bot.domain.clock import iso
from bot.presentation.cards import card_payload, notice_payload
from bot.sources.problems import Failure
from bot.storage import announcements as outbox
from bot.storage import feeds as store
from bot.storage.feeds import Feed, Follow


async def queue_card(
    conn: aiosqlite.Connection,
    guild_id: int,
    story_id: int,
    now: datetime,
    *,
    channel: int | None = None,
) -> int | None:
    """Queue the story's card at its current revision; the outbox row id, or None.

    The first card of a story is posted in `channel` (the server's review channel); later
    revisions edit it where it was posted. None when there is nowhere to post yet, or when this
    revision was queued already.
    """
    story = await store.get_story(conn, guild_id, story_id)
    if story is None:
        return None
    target = story.review_channel_id or channel
    if target is None:
        return None
    post = story.card_outbox_id is None
    sources = await store.story_sources(conn, story_id)
    payload = card_payload(
        story.id, guild_id, story.revision, story.proposal, story.status, sources,
        story.decision, "post" if post else "edit", decided_by=story.decided_by,
        decided_at=story.decided_at, claim_id=story.claim_id,
    )  # fmt: skip
    outbox_id = await outbox.enqueue(
        conn, dest_kind=outbox.DEST_CHANNEL, dest_id=target, guild_id=guild_id, kind="card",
        dedupe_key=f"card:{story_id}:{story.revision}", payload=payload, now=iso(now),
    )  # fmt: skip
    if post and outbox_id is not None:
        await store.set_card(conn, story_id, target, outbox_id)
    return outbox_id


async def queue_notices(
    conn: aiosqlite.Connection,
    feed: Feed,
    follows: Sequence[Follow],
    failure: Failure,
    count: int,
    now: datetime,
) -> int:
    """Tell each following server's review channel, once, that the feed is paused."""
    channels = await store.review_channels(conn, (f.guild_id for f in follows))
    queued = 0
    for follow in follows:
        channel = channels.get(follow.guild_id)
        if channel is None:
            continue
        new_id = await outbox.enqueue(
            conn, dest_kind=outbox.DEST_CHANNEL, dest_id=channel, guild_id=follow.guild_id,
            kind="notice", dedupe_key=f"feed-paused:{feed.id}:{follow.guild_id}:{iso(now)}",
            payload=notice_payload(follow.name, feed.url, failure.message, count), now=iso(now),
        )  # fmt: skip
        queued += new_id is not None
    return queued
