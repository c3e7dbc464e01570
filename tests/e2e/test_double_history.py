"""The double's channel history, fault codes, held requests and mention records (no Mercato code)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator

import discord
import pytest
import pytest_asyncio

from tests.discord_double import (
    DEFAULT_EVERYONE,
    Channel,
    DiscordDouble,
    Guild,
    Member,
    Overwrite,
    P,
    Role,
    User,
    patch_discord,
    running_bot,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

GUILD_ID = (1_300_000_000_100 << 22) | 3
OWNER = User(id=9101, name="owner")
PLAIN = User(id=9102, name="plain")
CLOSED = User(id=9103, name="closed-dms", accepts_dms=False)
FANS = Role(id=8201, name="Fans")
GENERAL = Channel(id=7201, name="general")
SECRET = Channel(  # the bot cannot see it
    id=7202, name="secret", overwrites=[Overwrite(GUILD_ID, 0, deny=P.VIEW_CHANNEL)]
)
NO_HISTORY = Channel(  # the bot can post but not read history
    id=7203, name="no-history", overwrites=[Overwrite(GUILD_ID, 0, deny=P.READ_MESSAGE_HISTORY)]
)


class Bot(discord.Client):
    def __init__(self) -> None:
        super().__init__(intents=discord.Intents(guilds=True))

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world() -> AsyncIterator[tuple[DiscordDouble, Bot]]:
    guild = Guild(
        id=GUILD_ID,
        name="History",
        owner_id=OWNER.id,
        channels=[GENERAL, SECRET, NO_HISTORY],
        roles=[FANS],
        members=[Member(OWNER), Member(PLAIN), Member(CLOSED)],
        everyone_permissions=DEFAULT_EVERYONE,
    )
    double = DiscordDouble(guilds=[guild])
    await double.start()
    try:
        with patch_discord(double):
            bot = Bot()
            bot._connection.guild_ready_timeout = 0.05
            async with running_bot(bot, double):
                yield double, bot
    finally:
        await double.stop()


@pytest.fixture
def dd(world: tuple[DiscordDouble, Bot]) -> Iterator[DiscordDouble]:
    double = world[0]
    double.begin_test()
    yield double
    double.end_test()


@pytest.fixture
def bot(world: tuple[DiscordDouble, Bot]) -> Bot:
    return world[1]


def channel(bot: Bot, channel_id: int) -> discord.TextChannel:
    ch = bot.get_channel(channel_id)
    assert isinstance(ch, discord.TextChannel)
    return ch


async def test_history_newest_first_with_limit_before_after(dd: DiscordDouble, bot: Bot) -> None:
    ch = channel(bot, GENERAL.id)
    sent = [await ch.send(f"m{i}") for i in range(5)]
    ids = [m.id for m in sent]
    # The raw page, as Discord returns it: newest first, limit applied.
    raw = await bot.http.logs_from(GENERAL.id, 3)
    assert [int(m["id"]) for m in raw] == [ids[4], ids[3], ids[2]]
    page = [m async for m in ch.history(limit=3)]
    assert [m.id for m in page] == [ids[4], ids[3], ids[2]]
    assert all(m.author.id == bot.user.id for m in page)
    assert page[0].content == "m4" and page[0].created_at is not None
    before = [m async for m in ch.history(limit=10, before=discord.Object(ids[2]))]
    assert [m.id for m in before][:2] == [ids[1], ids[0]]
    raw_after = await bot.http.logs_from(GENERAL.id, 2, after=ids[1])
    assert [int(m["id"]) for m in raw_after] == [ids[3], ids[2]]  # the 2 right after, newest first
    after = [m async for m in ch.history(limit=10, after=discord.Object(ids[1]), oldest_first=True)]
    assert [m.id for m in after] == ids[2:]
    around = await bot.http.logs_from(GENERAL.id, 3, around=ids[2])
    assert [int(m["id"]) for m in around] == [ids[3], ids[2], ids[1]]
    gets = [r for r in dd.requests if r.method == "GET" and r.path.endswith("/messages")]
    assert gets[-1].query == {"limit": "3", "around": str(ids[2])}


async def test_history_default_limit_deleted_and_other_authors(dd: DiscordDouble, bot: Bot) -> None:
    ch = channel(bot, GENERAL.id)
    for i in range(3):
        await ch.send(f"old {i}")
    gone = await ch.send("deleted")
    await gone.delete()
    seeded = dd.seed_message(
        GENERAL.id, PLAIN, "a human wrote this", embeds=[{"title": "t", "footer": {"text": "f"}}]
    )
    raw = await bot.http.logs_from(GENERAL.id, 50)
    assert int(raw[0]["id"]) == int(seeded["id"])
    assert raw[0]["author"]["id"] == str(PLAIN.id)
    assert raw[0]["embeds"][0]["footer"]["text"] == "f"
    assert all(int(m["id"]) != gone.id for m in raw)
    assert {"id", "channel_id", "author", "content", "embeds", "components", "timestamp"} <= set(
        raw[0]
    )
    assert not any(k.startswith("_") for m in raw for k in m)
    # More than 50 stored: the default page is 50.
    for i in range(50):
        dd.seed_message(GENERAL.id, PLAIN, f"filler {i}")
    route = discord.http.Route("GET", "/channels/{channel_id}/messages", channel_id=GENERAL.id)
    assert len(await bot.http.request(route)) == 50


async def test_history_in_dm_channels(dd: DiscordDouble, bot: Bot) -> None:
    user = await bot.fetch_user(PLAIN.id)
    dm = await user.create_dm()
    first = await dm.send(
        "hello", embed=discord.Embed(title="x").set_footer(text="Mercato · ref 7")
    )
    second = await dm.send("again")
    page = [m async for m in dm.history(limit=50)]
    assert [m.id for m in page] == [second.id, first.id]
    assert page[1].embeds[0].footer.text == "Mercato · ref 7"
    assert dd.channel_history(dm.id)[0]["id"] == str(second.id)


async def test_history_permissions_and_bad_queries(dd: DiscordDouble, bot: Bot) -> None:
    with pytest.raises(discord.Forbidden) as info:
        await bot.http.logs_from(SECRET.id, 10)
    assert info.value.code == 50001
    with pytest.raises(discord.NotFound):
        await bot.http.logs_from(123456, 10)
    await channel(bot, NO_HISTORY.id).send("invisible to history")
    assert await bot.http.logs_from(NO_HISTORY.id, 10) == []
    dd.expect_violation("invalid_form_body")
    with pytest.raises(discord.HTTPException) as bad:
        await bot.http.logs_from(GENERAL.id, 101)
    assert bad.value.status == 400 and bad.value.code == 50035


async def test_interaction_ephemeral_messages_are_not_in_history(dd: DiscordDouble) -> None:
    g = dd.guild(GUILD_ID)
    ch = Channel(id=7299, name="ephemeral")
    ch.guild_id = g.id
    g.channels.append(ch)
    try:
        eph = dd._make_message(ch, {"content": "only you"}, [], flags=64)
        pub = dd._make_message(ch, {"content": "everyone"}, [])
        assert [m["id"] for m in dd.channel_history(ch.id)] == [pub["id"]]
        assert eph["id"] in {m for m in map(str, dd.messages)}
    finally:
        g.channels.remove(ch)


async def test_fault_code_override_for_closed_dms(dd: DiscordDouble, bot: Bot) -> None:
    dd.fail_next(1, 403, route_filter=r"POST /channels/\d+/messages", code=50007)
    user = await bot.fetch_user(PLAIN.id)
    with pytest.raises(discord.Forbidden) as info:
        await user.send("hi")
    assert info.value.code == 50007
    # and the model's own refusal for a user who does not accept DMs
    closed = await bot.fetch_user(CLOSED.id)
    with pytest.raises(discord.Forbidden) as info:
        await closed.send("hi")
    assert info.value.code == 50007


async def test_allowed_mentions_decide_who_is_pinged(dd: DiscordDouble, bot: Bot) -> None:
    ch = channel(bot, GENERAL.id)
    text = f"<@&{FANS.id}> and <@{PLAIN.id}> @everyone"
    only_role = discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(FANS.id)], replied_user=False
    )
    await ch.send(text, allowed_mentions=only_role)
    m = await dd.wait_message(GENERAL.id, predicate=lambda m: m["content"] == text)
    assert m["_allowed_mentions"] == {"parse": [], "roles": [FANS.id]}
    assert (m["mention_roles"], m["mentions"], m["mention_everyone"]) == ([str(FANS.id)], [], False)
    await ch.send(text, allowed_mentions=discord.AllowedMentions.none())
    m = await dd.wait_message(GENERAL.id, predicate=lambda m: m["content"] == text)
    assert (m["mention_roles"], m["mentions"], m["mention_everyone"]) == ([], [], False)
    await ch.send(text, allowed_mentions=discord.AllowedMentions.all())
    m = await dd.wait_message(GENERAL.id, predicate=lambda m: m["content"] == text)
    assert m["mention_roles"] == [str(FANS.id)] and m["mention_everyone"] is True
    assert [u["id"] for u in m["mentions"]] == [str(PLAIN.id)]


@pytest.mark.parametrize("deliver", [False, True])
async def test_hold_next_models_a_request_cut_off(
    dd: DiscordDouble, bot: Bot, deliver: bool
) -> None:
    ch = channel(bot, GENERAL.id)
    before = len(dd.channel_history(GENERAL.id))
    hold = dd.hold_next(r"POST /channels/\d+/messages", deliver=deliver)
    task = asyncio.create_task(ch.send(f"held {deliver}"))
    await dd.wait_for(lambda: hold.caught, what="the held request")
    assert not task.done()
    # Discord stored it (deliver=True) or never saw it (deliver=False).
    assert len(dd.channel_history(GENERAL.id)) == before + (1 if deliver else 0)
    task.cancel()  # the sender dies; the double keeps the request until released
    with contextlib.suppress(asyncio.CancelledError):
        await task
    hold.release()
    await dd.wait_for(lambda: hold.request is not None and hold.request.status is not None)
    assert hold.request.status == (200 if deliver else 503)
    assert len(dd.channel_history(GENERAL.id)) == before + (1 if deliver else 0)
    # The next request is not held.
    await ch.send("free")
