"""Announcements and follows end to end: the session bot, configured and driven through the double.

Time is the cog's clock: a FakeClock shared with the announce service (so news events, outbox
rows and digests agree), moved forward by the tests. The delivery loop's timer is pushed far
away for this module; every pass is an explicit `await cog.tick()`.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import pytest_asyncio

from bot.domain.clock import FakeClock, iso
from bot.exts.announce import TICK_SECONDS, Announce
from bot.storage import announcements as store
from tests.discord_double import CommandRefused, DiscordDouble
from tests.e2e.conftest import (
    ADMIN,
    DESK,
    EPHEMERAL,
    FANS,
    GENERAL,
    GUILD_ID,
    GUILD_OWNER,
    MOD,
    NEWS,
    NO_MENTIONS,
    OTHER_CHAT,
    OTHER_GUILD_ID,
    OTHER_MOD,
    PLAIN,
    Mercato,
    embed,
    fields,
    story,
)
from tests.e2e.test_moderation_e2e import add

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

# Every test starts a day after the previous one; the digest test jumps to a DST weekend.
START = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)
CLOCK = FakeClock(START)
ROLE_ONLY = {"parse": [], "roles": [FANS.id]}


@dataclass
class Env:
    mercato: Mercato
    double: DiscordDouble
    cog: Announce
    clock: FakeClock

    @property
    def db(self) -> Any:
        return self.mercato.services.db

    async def tick(self) -> None:
        await self.cog.tick()

    async def command(
        self, name: str, options: dict[str, Any] | None = None, **kw: Any
    ) -> dict[str, Any]:
        """Run a command and return its (ephemeral) answer's data."""
        rec = await self.double.invoke_command(name, options, **kw)
        data = (await rec.response())["data"]
        assert data["flags"] & EPHEMERAL, data
        assert data["allowed_mentions"] == NO_MENTIONS, data
        return data

    async def announce(
        self, sub: str, options: dict[str, Any] | None = None, user: Any = ADMIN, **kw: Any
    ) -> dict[str, Any]:
        return await self.command("announce", options, subcommand=sub, user=user, **kw)

    async def status(self, guild: int = GUILD_ID, user: Any = ADMIN) -> dict[str, Any]:
        return await self.announce("status", guild=guild, user=user)

    async def add_story(self, person: str, slug: str, **extra: Any) -> int:
        """A moderator adds a story (/addnews + Confirm); return its ID."""
        user = extra.pop("user", MOD)
        where = {"guild": extra.pop("guild")} if "guild" in extra else {}
        options = story(person, f"https://www.cyclingnews.com/news/{slug}", **extra)
        done = await add(self.double, options, user=user, **where)
        title = embed(done["data"])["title"]
        m = re.match(r"(?:Story ID|Source added to story ID) (\d+)", title)
        assert m, title
        return int(m.group(1))

    def posts(self, channel_id: int) -> list[dict[str, Any]]:
        """Every message the bot POSTed to a channel, oldest first."""
        out = [self.double.messages[mid] for mid in self.double.channel_posts]
        return [m for m in out if int(m["channel_id"]) == int(channel_id)]

    def posts_about(self, channel_id: int, claim_id: int) -> list[dict[str, Any]]:
        return [m for m in self.posts(channel_id) if f"story ID {claim_id} " in footer(m)]

    def post_attempts(self, channel_id: int) -> list[int | None]:
        path = f"/channels/{channel_id}/messages"
        return [r.status for r in self.double.requests if r.method == "POST" and r.path == path]

    async def rows(self, kind: str, claim_id: int) -> list[dict[str, Any]]:
        """The outbox rows a story caused (any status), oldest first."""
        sql = "SELECT * FROM outbox WHERE kind = ? AND dedupe_key LIKE ? ORDER BY id"
        return [dict(r) for r in await self.db.fetchall(sql, (kind, f"{kind}:{claim_id}:%"))]

    async def outbox(self, **where: Any) -> list[dict[str, Any]]:
        sql = "SELECT * FROM outbox"
        if where:
            sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
        return [dict(r) for r in await self.db.fetchall(sql + " ORDER BY id", list(where.values()))]


def footer(message: dict[str, Any]) -> str:
    return ((message.get("embeds") or [{}])[0].get("footer") or {}).get("text", "")


def section(data: dict[str, Any], name: str) -> str:
    return dict(fields(data))[name]


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def quiet_loop(mercato: Mercato) -> AsyncIterator[Announce]:
    """Push the delivery loop's timer out of the way and give the cog and service one clock."""
    cog = mercato.bot.get_cog("Announce")
    # load_extension imports its own copy of the module: compare by name, not by class.
    assert cog is not None and type(cog).__name__ == "Announce"
    old = mercato.services.clock
    cog.deliver.change_interval(hours=12)
    mercato.services.use_clock(CLOCK)
    try:
        yield cog
    finally:
        mercato.services.use_clock(old)
        cog.deliver.change_interval(seconds=TICK_SECONDS)


@pytest_asyncio.fixture(loop_scope="session")
async def env(mercato: Mercato, double: DiscordDouble, quiet_loop: Announce) -> AsyncIterator[Env]:
    CLOCK.advance(days=1)
    e = Env(mercato, double, quiet_loop, CLOCK)
    await e.tick()  # nothing of an earlier test is left to deliver
    try:
        yield e
    finally:
        service = mercato.services.announce
        for guild in (GUILD_ID, OTHER_GUILD_ID):
            await service.off(_actor(guild))
        async with e.db.transaction() as conn:
            await conn.execute(
                "DELETE FROM follow WHERE user_id IN (?, ?, ?, ?, ?)",
                (PLAIN.id, MOD.id, DESK.id, ADMIN.id, OTHER_MOD.id),
            )
            await conn.execute(
                "UPDATE outbox SET state = 'dead', last_error = 'test over' WHERE state = 'pending'"
            )


def _actor(guild_id: int) -> Any:
    from bot.domain.models import Actor

    return Actor(GUILD_OWNER.id, "guildowner", guild_id)


async def configure(env: Env, *, role: bool = False, channel: Any = NEWS) -> None:
    data = await env.announce("channel", {"channel": channel})
    assert embed(data)["title"] == "Announcement channel set"
    data = await env.announce("instant", {"state": "on"})
    assert embed(data)["title"] == "Instant posts on"
    if role:
        data = await env.announce("role", {"role": FANS})
        assert embed(data)["title"] == "Role set"
        # The confirmation names the role but pings nobody (checked in env.command).
        assert f"<@&{FANS.id}>" in embed(data)["description"]


# ---------------------------------------------------------------------------------------------
# instant posts
# ---------------------------------------------------------------------------------------------


async def test_instant_post_with_role_mention_arrives_once(env: Env) -> None:
    await configure(env, role=True)
    claim_id = await env.add_story("chris froome", "froome-e2e", status="official")
    await env.tick()
    post = await env.double.wait_message(
        NEWS.id, predicate=lambda m: f"story ID {claim_id} " in footer(m)
    )
    assert post["content"] == f"<@&{FANS.id}>"
    assert post["_allowed_mentions"] == ROLE_ONLY
    assert (post["mention_roles"], post["mentions"], post["mention_everyone"]) == (
        [str(FANS.id)],
        [],
        False,
    )
    assert post["author"]["id"] == str(env.double.bot_user.id)
    e = embed(post)
    assert (
        e["title"]
        == "✅ Official: Chris Froome moves from Israel-Premier Tech to Movistar Team for 2025"
    )
    assert e["url"] == "https://www.cyclingnews.com/news/froome-e2e"
    [(name, value)] = fields(post)
    assert name == "Sources"
    assert value == (
        "• [Cyclingnews](https://www.cyclingnews.com/news/froome-e2e) · 20 Oct 2023"
        " — official announcement"
    )
    [row] = await env.rows("instant", claim_id)
    assert row["state"] == "sent"
    assert footer(post) == f"Mercato · story ID {claim_id} · ref {row['id']}"
    assert row["sent_message_id"] == int(post["id"])
    # More passes send nothing more.
    await env.tick()
    await env.tick()
    assert len(env.posts_about(NEWS.id, claim_id)) == 1
    # The role mention is the only mention the bot ever asked for.
    pinging = [
        r
        for r in env.double.requests
        if isinstance(r.json, dict)
        and (r.json.get("allowed_mentions") or (r.json.get("data") or {}).get("allowed_mentions"))
        not in (None, NO_MENTIONS)
    ]
    assert {r.path for r in pinging} == {f"/channels/{NEWS.id}/messages"}
    assert all(r.json["allowed_mentions"] == ROLE_ONLY for r in pinging)


async def test_without_a_role_instant_posts_mention_nobody(env: Env) -> None:
    await configure(env, role=True)
    cleared = await env.announce("role")
    assert embed(cleared)["title"] == "Role cleared"
    claim_id = await env.add_story("vincenzo nibali", "nibali-e2e")
    await env.tick()
    post = await env.double.wait_message(
        NEWS.id, predicate=lambda m: f"story ID {claim_id} " in footer(m)
    )
    assert post["content"] == ""
    assert post["_allowed_mentions"] == NO_MENTIONS
    assert post["mention_roles"] == [] and post["mentions"] == []
    assert embed(post)["title"].startswith("💬 Rumour: Vincenzo Nibali moves")
    # A rumour that becomes confirmed is posted again (once); a plain source is not.
    await env.add_story("vincenzo nibali", "nibali-e2e-2", status="rumour")
    await env.tick()
    assert len(env.posts_about(NEWS.id, claim_id)) == 1
    await env.add_story("vincenzo nibali", "nibali-e2e-3", status="confirmed")
    await env.tick()
    await env.tick()
    titles = [embed(m)["title"] for m in env.posts_about(NEWS.id, claim_id)]
    assert len(titles) == 2
    assert titles[0].startswith("💬 Rumour: Vincenzo Nibali moves")
    assert titles[1].startswith("☑️ Confirmed: Vincenzo Nibali moves")


async def test_everyone_cannot_be_the_role(env: Env) -> None:
    await configure(env)
    everyone = env.double.guild(GUILD_ID).everyone()
    data = await env.announce("role", {"role": everyone})
    assert embed(data)["title"] == "Invalid role"
    status = await env.status()
    assert section(status, "Instant posts") == "On; mentioning nobody"


# ---------------------------------------------------------------------------------------------
# status, faults
# ---------------------------------------------------------------------------------------------


async def test_status_tells_the_truth(env: Env) -> None:
    data = await env.status()
    assert embed(data)["description"] == "Not configured. Start with `/announce channel`."
    await configure(env, role=True)
    data = await env.announce(
        "digest", {"frequency": "daily", "time": "18:00", "timezone": "Europe/Brussels"}
    )
    assert embed(data)["title"] == "Digest scheduled"
    status = await env.status()
    day = env.clock.now().astimezone(UTC)
    local = f"{day:%a} {day.day} {day:%b %Y}"
    assert section(status, "Channel") == f"<#{NEWS.id}>"
    assert section(status, "Digest") == (
        f"Daily, every day at 18:00 (Europe/Brussels)\nNext: {local} 18:00 CET\n"
        "Empty digests: skipped"
    )
    assert section(status, "Instant posts") == f"On; mentioning <@&{FANS.id}>"
    assert section(status, "Delivery") == "Last delivery: never\nQueued: 0\nLast error: none"
    env.clock.advance(minutes=5)
    await env.add_story("dries devenyns", "devenyns-e2e")
    assert section(await env.status(), "Delivery").endswith("Queued: 1\nLast error: none")
    await env.tick()
    local_now = env.clock.now() + timedelta(hours=1)  # CET in March 2030 before the 31st
    assert section(await env.status(), "Delivery") == (
        f"Last delivery: {local_now:%a} {local_now.day} {local_now:%b %Y %H:%M} CET\n"
        "Queued: 0\nLast error: none"
    )


async def test_500_then_success_is_delivered_once(env: Env) -> None:
    await configure(env)
    claim_id = await env.add_story("bryan coquard", "coquard-e2e")
    rule = env.double.fail_next(1, 500, route_filter=rf"POST /channels/{NEWS.id}/messages")
    before = len(env.post_attempts(NEWS.id))
    await env.tick()  # discord.py retries the 500 itself
    assert rule.hits == 1
    assert env.post_attempts(NEWS.id)[before:] == [500, 200]
    await env.tick()
    assert len(env.posts_about(NEWS.id, claim_id)) == 1
    [row] = await env.rows("instant", claim_id)
    assert (row["state"], row["attempts"]) == ("sent", 1)


async def test_503_is_retried_later_by_the_outbox_and_shown_meanwhile(env: Env) -> None:
    await configure(env)
    claim_id = await env.add_story("daan hoole", "hoole-e2e")
    env.double.fail_next(1, 503, route_filter=rf"POST /channels/{NEWS.id}/messages")
    before = len(env.post_attempts(NEWS.id))
    await env.tick()
    assert env.post_attempts(NEWS.id)[before:] == [503]
    assert env.posts_about(NEWS.id, claim_id) == []
    [row] = await env.rows("instant", claim_id)
    assert (row["state"], row["attempts"]) == ("pending", 1)
    assert row["next_attempt_at"] == iso(env.clock.now() + timedelta(seconds=30))
    delivery = section(await env.status(), "Delivery")
    assert delivery.endswith("Queued: 1\nLast error: 503: Service Unavailable")
    await env.tick()  # not due yet: nothing is tried
    assert env.post_attempts(NEWS.id)[before:] == [503]
    env.clock.advance(seconds=30)
    await env.tick()
    assert env.post_attempts(NEWS.id)[before:] == [503, 200]
    assert len(env.posts_about(NEWS.id, claim_id)) == 1
    delivery = section(await env.status(), "Delivery")
    assert delivery.endswith("Queued: 0\nLast error: none")
    assert not delivery.startswith("Last delivery: never")


async def test_403_disables_the_channel_and_status_says_why(env: Env) -> None:
    await configure(env)
    claim_id = await env.add_story("simon gerrans", "gerrans-e2e")
    env.double.fail_next(1, 403, route_filter=rf"POST /channels/{NEWS.id}/messages")
    before = len(env.post_attempts(NEWS.id))
    await env.tick()
    [row] = await env.rows("instant", claim_id)
    assert row["state"] == "dead"
    status = await env.status()
    reason = (
        "403 Missing Permissions: the bot may not post in channel 7002"
        " (it needs View Channel, Send Messages and Embed Links)"
    )
    assert embed(status)["description"].startswith(f"⚠️ **Disabled**: {reason}\n")
    assert section(status, "Delivery").endswith(f"Last error: {reason}")
    # Nothing more is queued or tried for that channel.
    await env.add_story("simon gerrans", "gerrans-e2e-2", status="official")
    await env.tick()
    assert env.post_attempts(NEWS.id)[before:] == [403]
    assert env.posts_about(NEWS.id, claim_id) == []
    # /announce channel resumes it; only news from then on is posted.
    await env.announce("channel", {"channel": NEWS})
    assert not embed(await env.status())["description"].startswith("⚠️")
    new_id = await env.add_story("anthony roux", "roux-e2e")
    await env.tick()
    assert len(env.posts_about(NEWS.id, new_id)) == 1
    assert env.posts_about(NEWS.id, claim_id) == []


async def test_concurrent_passes_deliver_once(env: Env) -> None:
    """Overlapping passes (the loop and a direct tick) run one after the other, sending once."""
    await configure(env)
    ids = [await env.add_story(p, f"{p.split()[1]}-conc") for p in ("pieter weening", "diego rosa")]
    await asyncio.gather(env.tick(), env.tick(), env.tick())
    for claim_id in ids:
        assert len(env.posts_about(NEWS.id, claim_id)) == 1


# ---------------------------------------------------------------------------------------------
# scope
# ---------------------------------------------------------------------------------------------


async def test_guild_local_news_stays_in_its_guild(env: Env) -> None:
    await configure(env)
    await env.announce("channel", {"channel": OTHER_CHAT}, guild=OTHER_GUILD_ID, user=GUILD_OWNER)
    await env.announce("instant", {"state": "on"}, guild=OTHER_GUILD_ID, user=GUILD_OWNER)
    here = await env.add_story("thomas degand", "degand-e2e")
    there = await env.add_story(
        "georg zimmermann", "zimmermann-e2e", user=OTHER_MOD, guild=OTHER_GUILD_ID
    )
    await env.tick()
    assert len(env.posts_about(NEWS.id, here)) == 1
    assert len(env.posts_about(OTHER_CHAT.id, there)) == 1
    assert env.posts_about(OTHER_CHAT.id, here) == []
    assert env.posts_about(NEWS.id, there) == []


# ---------------------------------------------------------------------------------------------
# follows
# ---------------------------------------------------------------------------------------------


async def test_follow_by_dm_following_and_unfollow(env: Env) -> None:
    data = await env.command("follow", {"name": "peter velits"}, user=PLAIN)
    assert embed(data)["title"] == "Following Peter Velits"
    listing = await env.command("following", user=PLAIN)
    assert embed(listing)["description"] == "• Peter Velits (person) by DM"
    claim_id = await env.add_story("peter velits", "velits-e2e")
    await env.tick()
    dm = await env.double.wait_dm(PLAIN.id)
    assert dm["content"] == "" and dm["_allowed_mentions"] == NO_MENTIONS
    assert embed(dm)["description"].startswith("News about Peter Velits, which you follow.\n")
    assert f"story ID {claim_id} " in footer(dm)
    await env.tick()
    assert len(env.posts(dm["channel_id"])) == 1
    bye = await env.command("unfollow", {"name": "peter velits"}, user=PLAIN)
    assert embed(bye)["title"] == "Unfollowed"
    await env.add_story("peter velits", "velits-e2e-2", status="official")
    await env.tick()
    assert len(env.posts(dm["channel_id"])) == 1
    assert embed(await env.command("following", user=PLAIN))["description"].startswith(
        "You follow nobody yet."
    )


async def test_channel_follows_are_for_moderators(env: Env) -> None:
    refused = await env.command("follow", {"name": "marcel wyss", "channel": GENERAL}, user=PLAIN)
    assert embed(refused)["title"] == "Moderators only"
    listing = await env.command("following", user=PLAIN)
    assert embed(listing)["description"].startswith("You follow nobody yet.")
    ok = await env.command("follow", {"name": "marcel wyss", "channel": GENERAL}, user=MOD)
    assert embed(ok)["title"] == "Following Marcel Wyss"
    assert f"in <#{GENERAL.id}>" in embed(ok)["description"]
    claim_id = await env.add_story("marcel wyss", "wyss-e2e")
    await env.tick()
    [post] = env.posts_about(GENERAL.id, claim_id)
    assert embed(post)["description"].startswith(
        "News about Marcel Wyss, which this channel follows.\n"
    )
    assert post["_allowed_mentions"] == NO_MENTIONS


async def test_closed_dms_drop_that_follows_dm_delivery(env: Env) -> None:
    await env.command("follow", {"name": "frederik willems"}, user=DESK)
    DESK.accepts_dms = False  # Discord answers 403 code 50007
    try:
        claim_id = await env.add_story("frederik willems", "willems-e2e")
        await env.tick()
    finally:
        DESK.accepts_dms = True
    [row] = await env.rows("follow", claim_id)
    assert row["state"] == "dead"
    assert row["last_error"] == (
        "403 Cannot send messages to this user: the user does not accept DMs from the bot"
    )
    listing = await env.command("following", user=DESK)
    assert embed(listing)["description"] == (
        "• Frederik Willems (person) by DM · ⚠️ paused: your DMs are closed to the bot;"
        " allow them, then /follow again"
    )
    # Dropped: the next news about him is not even queued for this user.
    await env.add_story("frederik willems", "willems-e2e-2", status="official")
    assert len(await env.outbox(kind="follow", dest_id=DESK.id)) == 1


# ---------------------------------------------------------------------------------------------
# digest
# ---------------------------------------------------------------------------------------------


async def test_daily_digest_across_the_dst_change_and_late_once(env: Env) -> None:
    # Saturday 29 March 2031, 10:00 in Brussels (CET); clocks go forward on Sunday.
    env.clock.set(max(env.clock.now(), datetime(2031, 3, 29, 9, 0, tzinfo=UTC)))
    assert env.clock.now() == datetime(2031, 3, 29, 9, 0, tzinfo=UTC)
    await env.announce("channel", {"channel": NEWS})
    data = await env.announce(
        "digest",
        {
            "frequency": "daily",
            "time": "18:00",
            "timezone": "Europe/Brussels",
            "empty_message": True,
        },
    )
    assert "Next one: Sat 29 Mar 2031 18:00 CET." in embed(data)["description"]
    env.clock.advance(minutes=30)
    a = await env.add_story("matthew lloyd", "lloyd-digest", to_team="astana")
    b = await env.add_story("sebastian lang", "lang-digest", status="official")
    env.clock.set(datetime(2031, 3, 29, 16, 59, tzinfo=UTC))
    await env.tick()
    assert env.posts(NEWS.id) == [] or all("digest" not in footer(m) for m in env.posts(NEWS.id))
    env.clock.set(datetime(2031, 3, 29, 17, 0, 20, tzinfo=UTC))
    await env.tick()
    digest = await env.double.wait_message(NEWS.id, predicate=lambda m: "digest" in footer(m))
    e = embed(digest)
    assert e["title"] == "Daily transfer digest"
    assert e["description"] == "2 stories with news since Sat 29 Mar 2031 10:00 CET."
    assert digest["_allowed_mentions"] == NO_MENTIONS and digest["content"] == ""
    groups = dict(fields(digest))
    assert groups == {
        "Movistar Team": "✅ Sebastian Lang moves from Lotto Dstny to Movistar Team for 2025"
        f" · Official · 1 source · ID {b}",
        "XDS Astana Team": "💬 Matthew Lloyd moves from Lotto Dstny to XDS Astana Team for 2025"
        f" · Rumour · 1 source · ID {a}",
    }
    assert list(groups) == ["Movistar Team", "XDS Astana Team"]
    status = await env.status()
    assert "\nNext: Sun 30 Mar 2031 18:00 CEST\n" in section(status, "Digest")
    await env.tick()
    assert len([m for m in env.posts(NEWS.id) if "digest" in footer(m)]) == 1
    # Sunday 18:00 CEST is 16:00 UTC: an empty day gets its one line.
    env.clock.set(datetime(2031, 3, 30, 16, 0, 5, tzinfo=UTC))
    await env.tick()
    quiet = await env.double.wait_message(NEWS.id, predicate=lambda m: "digest" in footer(m))
    assert embed(quiet)["description"] == "No transfer news today."
    # Offline for three days: one late digest, not three.
    env.clock.set(datetime(2031, 4, 2, 20, 0, tzinfo=UTC))
    await env.tick()
    await env.tick()
    late = [m for m in env.posts(NEWS.id) if "digest" in footer(m)][2:]
    assert len(late) == 1
    assert embed(late[0])["description"] == (
        "No transfer news today. Sent late: the bot was offline at Mon 31 Mar 2031 18:00 CEST."
    )
    assert "\nNext: Thu 3 Apr 2031 18:00 CEST\n" in section(await env.status(), "Digest")


# ---------------------------------------------------------------------------------------------
# bad input, rights
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "title", "problem"),
    [
        ({"time": "25:99", "timezone": "Europe/Brussels"}, "Invalid time", "24-hour time"),
        ({"time": "18:00", "timezone": "Mars/Base"}, "Invalid timezone", "IANA zone name"),
        ({"time": "18:00", "timezone": "Europe/Brussels"}, "Invalid weekday", "weekly"),
    ],
)
async def test_bad_digest_input_is_refused_and_changes_nothing(
    env: Env, options: dict[str, str], title: str, problem: str
) -> None:
    await configure(env)
    before = await store.get_subscription(env.db.conn, GUILD_ID)
    frequency = "weekly" if title == "Invalid weekday" else "daily"
    data = await env.announce("digest", {"frequency": frequency, **options})
    assert embed(data)["title"] == title
    assert problem in embed(data)["description"]
    assert await store.get_subscription(env.db.conn, GUILD_ID) == before
    assert section(await env.status(), "Digest") == "Off"


async def test_announce_is_for_admins_in_a_server(env: Env) -> None:
    for user in (PLAIN, MOD):
        with pytest.raises(CommandRefused):
            await env.double.invoke_command(
                "announce", {"channel": NEWS}, subcommand="channel", user=user
            )
        # A guild override lets the command through: the bot's own check refuses.
        data = await env.announce(
            "channel", {"channel": NEWS}, user=user, override_permissions=True
        )
        assert embed(data)["title"] == "Admins only"
    with pytest.raises(CommandRefused):
        await env.double.invoke_command("announce", subcommand="status", dm=True, user=PLAIN)
    rec = await env.double.invoke_command(
        "announce", subcommand="status", dm=True, user=PLAIN, override_permissions=True
    )
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Server only"
    assert await store.get_subscription(env.db.conn, GUILD_ID) is None
