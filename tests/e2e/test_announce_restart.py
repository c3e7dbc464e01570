"""Announcements survive a bot killed in the middle of a delivery: each arrives exactly once.

Each test has its own double and two bots in turn on one database file: the first is killed
while a POST is in flight (the double holds it), the second starts on the same file and settles
the outbox (reconcile, then deliver). Delivery passes are driven with `cog.tick()`; the second
bot's own first pass (at start-up, as in production) may run too: they are serialised.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from discord.ext import commands

from bot.container import Services
from bot.domain.clock import iso
from bot.domain.models import Actor
from tests.answers import answers
from tests.conftest import copy_db
from tests.discord_double import DiscordDouble, Hold, patch_discord
from tests.e2e.conftest import (
    ADMIN,
    GUILD_ID,
    NEWS,
    PLAIN,
    bot_settings,
    make_world,
    running_mercato,
    story,
)
from tests.e2e.test_moderation_e2e import add

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

REF = re.compile(r"\bref (\d+)\b")


@dataclass
class Running:
    bot: commands.Bot
    services: Services
    cog: Any


@contextlib.asynccontextmanager
async def mercato_bot(double: DiscordDouble, db_path: Path) -> AsyncIterator[Running]:
    """The real bot on `db_path`, as `python -m bot run --sync` starts it (quick guild ready)."""
    async with running_mercato(double, bot_settings(db_path)) as (bot, services):
        cog = bot.get_cog("Announce")
        assert cog is not None
        cog.deliver.change_interval(hours=12)  # later passes: explicit tick() calls only
        yield Running(bot, services, cog)


@pytest.fixture
async def world(tmp_path: Path, bundled_db: Path) -> AsyncIterator[tuple[DiscordDouble, Path]]:
    guilds, dm_users = make_world()
    double = DiscordDouble(guilds=guilds, dm_users=dm_users)
    await double.start()
    db_path = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    try:
        with patch_discord(double):
            double.begin_test()
            yield double, db_path
            double.end_test()
    finally:
        await double.stop()


def refs(double: DiscordDouble, channel_id: int) -> list[int]:
    """The outbox ids of every message the bot posted in a channel (one per message)."""
    out = []
    for mid in double.message_log:
        m = double.messages[mid]
        if int(m["channel_id"]) != channel_id or m.get("_deleted"):
            continue
        for e in m.get("embeds") or []:
            found = REF.search((e.get("footer") or {}).get("text", ""))
            if found:
                out.append(int(found.group(1)))
    return out


def dm_channel_id(double: DiscordDouble, user_id: int) -> int | None:
    ch = double.dm_channels.get(user_id)
    return ch.id if ch else None


async def queue_everything(double: DiscordDouble, running: Running) -> dict[str, int]:
    """Instant posts in #transfer-news, a follow DM, a digest due: return outbox ids by kind."""
    announce = answers(running.services)
    admin = Actor(ADMIN.id, "admin", GUILD_ID)
    await announce.set_channel(admin, NEWS.id)
    await announce.set_instant(admin, True)
    await announce.set_digest(admin, "daily", "18:00", "UTC")
    await announce.follow(Actor(PLAIN.id, "plain", GUILD_ID), "chris froome")
    await add(double, story("chris froome", "https://www.cyclingnews.com/news/froome-restart"))
    await add(double, story("vincenzo nibali", "https://www.cyclingnews.com/news/nibali-restart"))
    db = running.services.db
    async with db.transaction() as conn:  # subscribed earlier; the digest slot passed a minute ago
        before = iso(datetime.now(UTC) - timedelta(minutes=10))
        past = iso(datetime.now(UTC) - timedelta(minutes=1))
        await conn.execute(
            "UPDATE announce_subscription SET subscribed_at = ?, covered_until = ?,"
            " next_digest_at = ? WHERE guild_id = ?",
            (before, before, past, GUILD_ID),
        )
        # The news came in before the slot (the digest covers [covered_until, now)).
        await conn.execute(
            "UPDATE news_event SET at = ?", (iso(datetime.now(UTC) - timedelta(minutes=5)),)
        )
    rows = await db.fetchall("SELECT id, kind, dest_kind FROM outbox ORDER BY id")
    assert [(r["kind"], r["dest_kind"]) for r in rows] == [
        ("instant", "channel"),
        ("follow", "dm"),
        ("instant", "channel"),
    ]
    return {"instant": rows[0]["id"], "dm": rows[1]["id"], "instant2": rows[2]["id"]}


async def outbox_states(db_path: Path) -> dict[int, tuple[str, str, int | None]]:
    from bot.storage.db import Database

    db = await Database.open(db_path)
    try:
        rows = await db.fetchall("SELECT id, kind, state, sent_message_id FROM outbox ORDER BY id")
        return {r["id"]: (r["kind"], r["state"], r["sent_message_id"]) for r in rows}
    finally:
        await db.close()


def channel_post(channel_id: Callable[[], int | None]) -> Callable[[str, str], bool]:
    def match(method: str, path: str) -> bool:
        cid = channel_id()
        return method == "POST" and cid is not None and path == f"/channels/{cid}/messages"

    return match


@pytest.mark.parametrize(
    ("held", "deliver"),
    [
        pytest.param("channel", False, id="channel-post-lost"),
        pytest.param("channel", True, id="channel-post-delivered-answer-lost"),
        pytest.param("dm", True, id="dm-delivered-answer-lost"),
        pytest.param("dm", False, id="dm-lost"),
    ],
)
async def test_killed_mid_delivery_everything_arrives_exactly_once(
    world: tuple[DiscordDouble, Path], held: str, deliver: bool
) -> None:
    double, db_path = world
    target: Callable[[], int | None] = (
        (lambda: NEWS.id) if held == "channel" else (lambda: dm_channel_id(double, PLAIN.id))
    )
    async with mercato_bot(double, db_path) as first:
        await first.cog.tick()  # the start-up pass has nothing to do
        ids = await queue_everything(double, first)
        hold: Hold = double.hold_next(channel_post(target), deliver=deliver)
        crashing = asyncio.create_task(first.cog.tick())
        await double.wait_for(lambda: hold.caught, what="the held POST")
        # The process dies here: nothing after the send runs, the row stays 'sending'.
        crashing.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await crashing
    hold.release()
    states = await outbox_states(db_path)
    in_flight = ids["instant"] if held == "channel" else ids["dm"]
    assert states[in_flight][1] == "sending"
    digest_ids = [i for i, (kind, _, _) in states.items() if kind == "digest"]
    assert len(digest_ids) == 1  # queued by the killed pass, not sent
    held_message = hold.result[1] if hold.result else None
    assert (held_message is not None) == deliver

    async with mercato_bot(double, db_path) as second:
        await second.cog.tick()
        await second.cog.tick()
        states = await outbox_states(db_path)
        assert {s for _, s, _ in states.values()} == {"sent"}, states
    # Each announcement exactly once where it belongs, and nothing else.
    news_refs = refs(double, NEWS.id)
    assert sorted(news_refs) == sorted([ids["instant"], ids["instant2"], *digest_ids])
    dm_refs = refs(double, dm_channel_id(double, PLAIN.id) or 0)
    assert dm_refs == [ids["dm"]]
    if held_message is not None:
        # Found again in channel history, not sent twice: the row records the held message.
        assert states[in_flight][2] == int(held_message["id"])
    posts = [
        r
        for r in double.requests
        if r.method == "POST" and r.path.endswith("/messages") and r.status == 200
    ]
    assert len(posts) == 4  # three channel posts and one DM, once each
    history_scans = [
        r for r in double.requests if r.method == "GET" and r.path.endswith("/messages")
    ]
    assert history_scans and history_scans[0].query.get("limit") == "50"


async def test_a_digest_missed_while_offline_is_sent_once_on_restart(
    world: tuple[DiscordDouble, Path],
) -> None:
    double, db_path = world
    async with mercato_bot(double, db_path) as first:
        await first.cog.tick()
        admin = Actor(ADMIN.id, "admin", GUILD_ID)
        await answers(first.services).set_channel(admin, NEWS.id)
        await answers(first.services).set_digest(admin, "daily", "18:00", "UTC", post_empty=True)
    # Offline for three days: the slots passed with nobody running.
    from bot.storage.db import Database

    db = await Database.open(db_path)
    async with db.transaction() as conn:
        old = iso(datetime.now(UTC) - timedelta(days=3))
        await conn.execute(
            "UPDATE announce_subscription SET next_digest_at = ?, subscribed_at = ?,"
            " covered_until = ? WHERE guild_id = ?",
            (old, old, old, GUILD_ID),
        )
    await db.close()
    async with mercato_bot(double, db_path) as second:
        await second.cog.tick()
        await second.cog.tick()
    [digest] = [double.messages[m] for m in double.channel_posts]
    assert int(digest["channel_id"]) == NEWS.id
    assert digest["embeds"][0]["description"].startswith("No transfer news today. Sent late:")
