"""The news desk through the Discord double: feeds served on 127.0.0.1, cards in the review
channel, Confirm / Skip by moderators, /transfer showing what was confirmed.

Each test runs the real bot (as `python -m bot run --sync` starts it) on its own database and
double, with a fake clock. Polls are driven by calling the poller's `run_once()` and deliveries
by the Announce cog's `tick()`; the bot's own loops are stopped so nothing runs in between.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from discord.ext import commands

from bot.config import Settings
from bot.container import Services
from bot.domain.clock import FakeClock
from tests.conftest import copy_db
from tests.discord_double import DiscordDouble, patch_discord
from tests.e2e.conftest import (
    ADMIN,
    EPHEMERAL,
    GUILD_ID,
    MOD,
    NEWS,
    OTHER_GUILD_ID,
    OTHER_MOD,
    PLAIN,
    bot_settings,
    buttons,
    embed,
    fields,
    make_world,
    running_mercato,
)
from tests.feeds_double.documents import Entry
from tests.feeds_double.server import FeedServer

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

START = datetime(2023, 10, 20, 9, 0, tzinfo=UTC)
POLL_S = 60
OLD = Entry(
    "old-1", "Nothing moves", "https://outlet-a.example/news/quiet-day",
    "A quiet day in the peloton: no team announced anything.", START - timedelta(days=2),
)  # fmt: skip
RUMOUR = Entry(
    "a-2", "Bilbao linked with Jayco", "https://outlet-a.example/news/bilbao-jayco",
    "Pello Bilbao could join Team Jayco AlUla for 2025, according to rumours in Spain.",
    START - timedelta(hours=20),
)  # fmt: skip
OFFICIAL = Entry(
    "b-1", "Jayco AlUla confirm Pello Bilbao for 2025", "https://outlet-b.example/bilbao-official",
    "Team Jayco AlUla have announced that Pello Bilbao will join them for 2025.",
    START - timedelta(hours=2),
)  # fmt: skip


@dataclass
class World:
    double: DiscordDouble
    feeds: FeedServer
    db_path: Path
    clock: FakeClock

    def settings(self) -> Settings:
        base = bot_settings(self.db_path)
        return Settings(
            database_path=base.database_path, owner_ids=base.owner_ids, sync_global=True,
            feed_poll_seconds=POLL_S, feed_allow_hosts=frozenset({"127.0.0.1"}),
        )  # fmt: skip


@dataclass
class Bot:
    bot: commands.Bot
    services: Services

    async def poll(self) -> Any:
        return await self.services.poller.run_once()

    async def deliver(self) -> None:
        cog: Any = self.bot.get_cog("Announce")
        await cog.tick()


@pytest.fixture
async def world(tmp_path: Path, bundled_db: Path) -> AsyncIterator[World]:
    guilds, dm_users = make_world()
    double = DiscordDouble(guilds=guilds, dm_users=dm_users)
    await double.start()
    feeds = await FeedServer().start()
    db_path = copy_db(bundled_db, tmp_path / "mercato.sqlite3")
    try:
        with patch_discord(double):
            double.begin_test()
            yield World(double, feeds, db_path, FakeClock(START))
            double.end_test()
    finally:
        await feeds.close()
        await double.stop()


@contextlib.asynccontextmanager
async def mercato(world: World) -> AsyncIterator[Bot]:
    """The real bot on the world's database, its loops stopped, reading the fake clock."""
    async with running_mercato(world.double, world.settings()) as (bot, services):
        services.use_clock(world.clock)
        desk: Any = bot.get_cog("Desk")
        announce: Any = bot.get_cog("Announce")
        desk.poll.cancel()
        announce.deliver.change_interval(hours=12)  # later passes: explicit tick() calls only
        yield Bot(bot, services)


async def command(
    double: DiscordDouble, name: str, sub: str | None, options: dict[str, Any], **kw: Any
) -> dict[str, Any]:
    """Run a slash command; the message it answers with (after a deferral, the final one)."""
    rec = await double.invoke_command(name, options, subcommand=sub, **kw)
    first = await rec.response()
    if first["type"] == 5:
        assert first["data"]["flags"] & EPHEMERAL
        return await rec.final_message()
    return dict(first["data"])


async def set_review(double: DiscordDouble) -> dict[str, Any]:
    return await command(double, "announce", "review", {"channel": NEWS.id}, user=ADMIN)


async def add_feed(world: World, path: str, name: str, **extra: Any) -> dict[str, Any]:
    options = {"url": world.feeds.url(path), "name": name, **extra}
    return await command(world.double, "feeds", "add", options, user=MOD)


def cards(double: DiscordDouble) -> list[dict[str, Any]]:
    return [m for m in double.channel_history(NEWS.id) if m.get("embeds")]


async def next_poll(world: World, bot: Bot) -> Any:
    world.clock.advance(seconds=POLL_S * 2)
    return await bot.poll()


async def first_card(world: World, bot: Bot) -> dict[str, Any]:
    """Review channel, a feed, its first poll (nothing proposed), a new item: its card."""
    reply = await set_review(world.double)
    assert embed(reply)["title"] == "Review channel set"
    world.feeds.put_feed("/a.xml", "rss2", [OLD], title="Outlet A")
    added = await add_feed(world, "/a.xml", "Outlet A")
    assert added["flags"] & EPHEMERAL
    assert embed(added)["description"] == (
        "Following **Outlet A** (RSS 2.0, 1 item). What it holds now is marked as seen at the"
        f" first poll: only new items are proposed.\nReview cards go to <#{NEWS.id}>. Each"
        " transfer story it carries becomes a card with Confirm, Edit and Skip."
    )
    first = await bot.poll()
    assert (first.fetched, first.cards) == (1, 0)  # what the feed held is old news
    await bot.deliver()
    assert cards(world.double) == []
    world.feeds.put_feed("/a.xml", "rss2", [RUMOUR, OLD], title="Outlet A")
    report = await next_poll(world, bot)
    assert (report.new_items, report.cards) == (1, 1)
    await bot.deliver()
    (card,) = cards(world.double)
    return card


async def test_a_new_item_becomes_one_card_and_confirm_stores_it(world: World) -> None:
    async with mercato(world) as bot:
        card = await first_card(world, bot)
        e = embed(card)
        story_id = int(e["footer"]["text"].split("story ")[1].split(" ")[0])
        assert (
            e["title"] == "Pello Bilbao moves from Bahrain Victorious to Team Jayco AlUla for 2025"
        )
        assert e["description"] == "💬 Rumour · 1 source · transfer · season 2025"
        assert fields(card) == [
            ("Sources", "Outlet A · 2023-10-19 · <https://outlet-a.example/news/bilbao-jayco>"),
            ("Evidence", "“Pello Bilbao could join Team Jayco AlUla for 2025, according to"
                         " rumours in Spain.”"),
        ]  # fmt: skip
        assert e["url"] == "https://outlet-a.example/news/bilbao-jayco"
        assert buttons(card) == {
            "Confirm": f"mercato:card:{story_id}:confirm",
            "Edit": f"mercato:card:{story_id}:edit",
            "Skip": f"mercato:card:{story_id}:skip",
        }
        # A member without moderator rights is refused by the bot, and nothing changes.
        refused = await world.double.click(card, buttons(card)["Confirm"], user=PLAIN.id)
        answer = await refused.response()
        assert answer["data"]["flags"] & EPHEMERAL
        assert answer["data"]["embeds"][0]["title"] == "Moderators only"
        none = await command(world.double, "transfer", None, {"name": "pello bilbao"}, user=PLAIN)
        assert "bilbao-jayco" not in str(none)
        # A moderator confirms: stored, and the card says who and when, without buttons.
        click = await world.double.click(card, buttons(card)["Confirm"], user=MOD.id)
        await click.response()
        done = await click.final_message()
        claim_id = await stored_claim(bot, story_id)
        assert done["flags"] & EPHEMERAL
        assert embed(done)["title"] == "Story stored"
        assert embed(done)["description"] == (
            "Pello Bilbao moves from Bahrain Victorious to Team Jayco AlUla for 2025."
            f" Story ID {claim_id}: /transfer shows it now."
        )
        await bot.deliver()
        edited = world.double.messages[int(card["id"])]
        assert fields(edited)[-1] == (
            "Decision",
            f"✅ Confirmed by <@{MOD.id}> · 2023-10-20 09:02 UTC · story ID {claim_id}",
        )
        assert not edited.get("components")
        answer = await command(world.double, "transfer", None, {"name": "pello bilbao"})
        row, *career = embed(answer)["fields"]
        assert [f["name"] for f in career] in ([], ["Team history · team registry"])
        assert row["name"] == "2025 · Transfer · 💬 Rumour"
        assert (
            "• [Outlet A](https://outlet-a.example/news/bilbao-jayco) · 19 Oct 2023"
            " — reported (rumour)"
        ) in row["value"]
        assert "could join" not in row["value"]  # our summary, never the item's words


NEWCOMER = Entry(
    "a-3", "Jayco sign a young Norwegian", "https://outlet-a.example/news/jayco-norwegian",
    "Team Jayco AlUla have signed the Norwegian neo-pro Sindre Kvalheim-Olsen for 2024.",
    START - timedelta(hours=1),
)  # fmt: skip


async def test_a_card_about_someone_new_says_so_and_confirm_adds_them(world: World) -> None:
    async with mercato(world) as bot:
        await first_card(world, bot)
        world.feeds.put_feed("/a.xml", "rss2", [NEWCOMER, RUMOUR, OLD], title="Outlet A")
        await next_poll(world, bot)
        await bot.deliver()
        card = cards(world.double)[0]  # the newest message first
        assert embed(card)["title"] == "Sindre Kvalheim-Olsen moves to Team Jayco AlUla for 2024"
        assert ("New to this server", "Confirm adds Sindre Kvalheim-Olsen (rider) to this"
                " server's records.") in fields(card)  # fmt: skip
        click = await world.double.click(card, buttons(card)["Confirm"], user=MOD.id)
        await click.response()
        assert embed(await click.final_message())["title"] == "Story stored"
        here = await command(world.double, "transfer", None, {"name": "kvalheim olsen"})
        assert embed(here)["title"].startswith("Sindre Kvalheim-Olsen")
        assert "jayco-norwegian" in str(here)
        # Created in this server only: another server does not hold them.
        elsewhere = await command(
            world.double, "transfer", None, {"name": "kvalheim olsen"}, user=OTHER_MOD,
            guild=OTHER_GUILD_ID,
        )  # fmt: skip
        assert "jayco-norwegian" not in str(elsewhere)


async def stored_claim(bot: Bot, story_id: int) -> int:
    """The story ID a confirmed card became (read back through the desk's own use case)."""
    from bot.domain.models import Actor
    from bot.services.desk import Decide

    result = await bot.services.desk.decide(Decide(story_id, "skipped"), Actor(1, "t", GUILD_ID))
    assert result.already and result.claim_id is not None
    return result.claim_id


async def test_the_same_story_in_a_second_feed_raises_the_card_in_place(world: World) -> None:
    async with mercato(world) as bot:
        card = await first_card(world, bot)
        world.feeds.put_feed("/b.xml", "atom", [], title="Outlet B")
        world.feeds.put_feed("/b.xml", "atom", [OLD], title="Outlet B")
        await add_feed(world, "/b.xml", "Outlet B")
        assert (await bot.poll()).cards == 0  # its first poll: old news
        world.feeds.put_feed("/b.xml", "atom", [OFFICIAL, OLD], title="Outlet B")
        report = await next_poll(world, bot)
        assert (report.cards, report.card_updates) == (0, 1)
        await bot.deliver()
        assert len(cards(world.double)) == 1  # the same message, edited
        edited = world.double.messages[int(card["id"])]
        assert embed(edited)["description"] == "✅ Official · 2 sources · transfer · season 2025"
        assert fields(edited)[0] == (
            "Sources",
            "Outlet A · 2023-10-19 · <https://outlet-a.example/news/bilbao-jayco>\n"
            "Outlet B · 2023-10-20 · <https://outlet-b.example/bilbao-official>",
        )
        assert buttons(edited) == buttons(card)
        # Confirm stores both sources on one story, now official.
        click = await world.double.click(edited, buttons(edited)["Confirm"], user=MOD.id)
        await click.response()
        assert embed(await click.final_message())["title"] == "Story stored"
        answer = await command(world.double, "transfer", None, {"name": "pello bilbao"})
        row, *career = embed(answer)["fields"]
        assert [f["name"] for f in career] in ([], ["Team history · team registry"])
        assert row["name"].startswith("2025 · Transfer · ✅ Official")
        assert "outlet-a.example" in row["value"] and "outlet-b.example" in row["value"]


async def test_a_click_on_a_card_posted_before_a_restart_still_works(world: World) -> None:
    async with mercato(world) as bot:
        card = await first_card(world, bot)
    async with mercato(world) as again:  # a new process on the same database
        click = await world.double.click(card["id"], buttons(card)["Skip"], user=MOD.id)
        await click.response()
        done = await click.final_message()
        await again.deliver()
        assert embed(done) == {
            "flags": 0, "color": 3066993, "type": "rich", "title": "Skipped",
            "description": "Pello Bilbao moves from Bahrain Victorious to Team Jayco AlUla for"
                           " 2025. It will not be proposed again.",
        }  # fmt: skip
        edited = world.double.messages[int(card["id"])]
        assert fields(edited)[-1] == (
            "Decision",
            f"⏭️ Skipped by <@{MOD.id}> · 2023-10-20 09:02 UTC",
        )
        assert not edited.get("components")


async def test_a_skipped_story_never_comes_back(world: World) -> None:
    async with mercato(world) as bot:
        card = await first_card(world, bot)
        click = await world.double.click(card, buttons(card)["Skip"], user=MOD.id)
        await click.response()
        await click.final_message()
        await bot.deliver()
        (before,) = cards(world.double)
        world.feeds.put_feed("/b.xml", "rss2", [OLD], title="Outlet B")
        await add_feed(world, "/b.xml", "Outlet B")
        await bot.poll()
        world.feeds.put_feed("/b.xml", "rss2", [OFFICIAL, RUMOUR, OLD], title="Outlet B")
        report = await next_poll(world, bot)
        assert (report.cards, report.card_updates) == (0, 0)
        await bot.deliver()
        assert cards(world.double) == [before]


async def test_feeds_commands_say_what_they_did_and_refuse_bad_input(world: World) -> None:
    double = world.double
    async with mercato(world) as bot:
        world.feeds.put_feed("/c.json", "json", [OLD], title="Outlet C")
        # Another server, without a review channel: the answer says how to set one.
        options = {"url": world.feeds.url("/c.json")}
        added = await command(double, "feeds", "add", options, user=OTHER_MOD, guild=OTHER_GUILD_ID)
        assert embed(added)["title"] == "Feed added"
        assert "/announce review channel:#channel" in embed(added)["description"]
        listed = await command(double, "feeds", "list", {}, user=OTHER_MOD, guild=OTHER_GUILD_ID)
        (line,) = embed(listed)["fields"]
        assert line["name"] == "Outlet C"
        assert line["value"] == (
            f"<{world.feeds.url('/c.json')}> · every 15 min\nWaiting for its first poll."
        )
        await bot.poll()
        listed = await command(double, "feeds", "list", {}, user=OTHER_MOD, guild=OTHER_GUILD_ID)
        (line,) = embed(listed)["fields"]
        assert line["value"].splitlines()[1:] == [
            "Last fetch 2023-10-20 09:00 · last new item never",
            "1 items seen · 0 new since added · 0 cards",
            "Status: new items: 1",
        ]
        # The first server sees none of it.
        mine = await command(double, "feeds", "list", {}, user=MOD)
        assert embed(mine)["title"] == "No feeds"
        # Autocomplete offers the server's own names; filter and remove take them.
        auto = await double.invoke_autocomplete(
            "feeds", {"feed": "out"}, "feed", subcommand="remove", user=OTHER_MOD,
            guild=OTHER_GUILD_ID,
        )  # fmt: skip
        assert (await auto.response())["data"]["choices"] == [
            {"name": "Outlet C", "value": "Outlet C"}
        ]
        filtered = await command(
            double, "feeds", "filter", {"feed": "outlet c", "include": "transfer, signs"},
            user=OTHER_MOD, guild=OTHER_GUILD_ID,
        )  # fmt: skip
        assert embed(filtered)["description"] == (
            "**Outlet C**: Filter: only items with transfer, signs."
        )
        # Bad input: a clear ephemeral error, nothing stored.
        for url, title, words in [
            ("ftp://example.org/feed", "Invalid url", "only http:// and https://"),
            ("http://127.0.0.2/feed", "Cannot use that feed", "Refused address: 127.0.0.2 is a"
                                                                " loopback address"),
            (world.feeds.url("/fault/html"), "Cannot use that feed", "not a feed"),
        ]:  # fmt: skip
            bad = await command(double, "feeds", "add", {"url": url}, user=MOD)
            assert bad["flags"] & EPHEMERAL
            assert embed(bad)["title"] == title, embed(bad)
            assert words in embed(bad)["description"], embed(bad)
        mine = await command(double, "feeds", "list", {}, user=MOD)
        assert embed(mine)["title"] == "No feeds"
        removed = await command(
            double, "feeds", "remove", {"feed": "Outlet C"}, user=OTHER_MOD, guild=OTHER_GUILD_ID
        )
        assert embed(removed)["title"] == "Feed removed"


async def test_feeds_test_shows_what_would_be_proposed_and_stores_nothing(world: World) -> None:
    async with mercato(world) as bot:
        world.feeds.put_feed("/t.xml", "rdf", [RUMOUR, OLD], title="Outlet T")
        tested = await command(
            world.double, "feeds", "test", {"url": world.feeds.url("/t.xml")}, user=MOD
        )
        assert embed(tested)["title"] == "Feed test"
        assert embed(tested)["fields"][0] == {
            "name": "Bilbao linked with Jayco", "inline": False,
            "value": "2023-10-19\n• Pello Bilbao moves from Bahrain Victorious to Team Jayco AlUla"
                     " for 2025 (rumour)",
        }  # fmt: skip
        assert (await bot.poll()).feeds == 0  # nothing was followed
        listed = await command(world.double, "feeds", "list", {}, user=MOD)
        assert embed(listed)["title"] == "No feeds"


async def test_edit_opens_the_story_as_a_form_and_stores_it_corrected(world: World) -> None:
    async with mercato(world) as bot:
        card = await first_card(world, bot)
        story_id = int(buttons(card)["Edit"].split(":")[2])
        refused = await world.double.click(card, buttons(card)["Edit"], user=PLAIN.id)
        assert (await refused.response())["data"]["embeds"][0]["title"] == "Moderators only"
        rec = await world.double.click(card, buttons(card)["Edit"], user=MOD.id)
        modal = await rec.response()
        assert modal["type"] == 9
        assert modal["data"]["custom_id"] == f"mercato:cardedit:{story_id}"
        shown = {
            row["components"][0]["custom_id"]: row["components"][0].get("value")
            for row in modal["data"]["components"]
        }
        assert shown == {
            "person": "Pello Bilbao", "to_team": "Team Jayco AlUla", "season": "2025",
            "status": "rumour",
            "summary": "Pello Bilbao moves from Bahrain Victorious to Team Jayco AlUla for 2025.",
        }  # fmt: skip
        summary = "Bilbao is said to be talking to Jayco AlUla about 2025."
        sub = await world.double.submit_modal(
            f"mercato:cardedit:{story_id}", {**shown, "status": "reported", "summary": summary},
            user=MOD.id,
        )  # fmt: skip
        await sub.response()
        assert embed(await sub.final_message())["title"] == "Story stored"
        await bot.deliver()
        assert not world.double.messages[int(card["id"])].get("components")
        answer = await command(world.double, "transfer", None, {"name": "pello bilbao"})
        row, *career = embed(answer)["fields"]
        assert [f["name"] for f in career] in ([], ["Team history · team registry"])
        assert row["name"] == "2025 · Transfer · 📰 Reported"
        assert summary in row["value"]


async def test_a_feed_failing_20_times_is_paused_and_the_review_channel_told_once(
    world: World,
) -> None:
    async with mercato(world) as bot:
        await set_review(world.double)
        world.feeds.put_feed("/p.xml", "rss2", [OLD], title="Outlet P")
        await add_feed(world, "/p.xml", "Outlet P")
        world.feeds.put("/p.xml", b"<!doctype html><html><body>Moved</body></html>", "text/html")
        paused = 0
        for _ in range(22):
            world.clock.advance(hours=7)  # past the longest back-off
            paused += (await bot.poll()).paused
        assert paused == 1
        await bot.deliver()
        (notice,) = [m for m in world.double.channel_history(NEWS.id) if m.get("embeds")]
        e = embed(notice)
        assert e["title"] == "Feed paused: Outlet P"
        assert e["description"].startswith(
            f"20 fetches in a row failed, so Mercato stopped polling <{world.feeds.url('/p.xml')}>."
            "\nLast error: not a feed:"
        )
        assert not notice.get("components")
        listed = await command(world.double, "feeds", "list", {}, user=MOD)
        (line,) = embed(listed)["fields"]
        assert line["name"] == "⏸️ Outlet P"
        assert "Paused: " in line["value"] and "Add it again to resume." in line["value"]
