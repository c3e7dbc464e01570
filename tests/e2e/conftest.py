"""The real Mercato bot, started as `python -m bot run --sync` starts it, against the double.

One bot start serves the whole session; each test gets the double with its strictness state
reset, and fails if the bot broke a Discord rule or hit an unknown route.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from discord.ext import commands

from bot.app import create_bot
from bot.config import Settings
from bot.container import Services, open_services
from tests.conftest import copy_db
from tests.discord_double import (
    Channel,
    DiscordDouble,
    Guild,
    Member,
    P,
    Role,
    User,
    patch_discord,
    running_bot,
)

GUILD_ID = (1_300_000_000_000 << 22) | 7
OTHER_GUILD_ID = (1_300_000_000_002 << 22) | 9

BOT_OWNER = User(id=9001, name="botowner")  # in OWNER_IDS, no rights in the guild itself
GUILD_OWNER = User(id=9000, name="guildowner")
MOD = User(id=9002, name="mod")
PLAIN = User(id=9003, name="plain")
ADMIN = User(id=9005, name="admin")
DESK = User(id=9006, name="desk")  # has the role /config modrole will name
OTHER_MOD = User(id=9007, name="othermod")
STRANGER = User(id=9004, name="dm-only")

MODS = Role(id=8001, name="Mods", permissions=P.MANAGE_MESSAGES, position=3)
ADMINS = Role(id=8002, name="Admins", permissions=P.MANAGE_GUILD, position=2)
DESK_ROLE = Role(id=8003, name="Transfer desk", permissions=0, position=1)
FANS = Role(id=8004, name="Transfer fans", permissions=0, position=1)
OTHER_MODS = Role(id=8101, name="Mods", permissions=P.MANAGE_MESSAGES, position=2)

GENERAL = Channel(id=7001, name="general")
NEWS = Channel(id=7002, name="transfer-news")
OTHER_CHAT = Channel(id=7101, name="chat")

PINNED_TODAY = date(2023, 10, 20)


def make_world() -> tuple[list[Guild], list[User]]:
    main = Guild(
        id=GUILD_ID,
        name="Peloton",
        owner_id=GUILD_OWNER.id,
        channels=[GENERAL, NEWS],
        roles=[MODS, ADMINS, DESK_ROLE, FANS],
        members=[
            Member(PLAIN), Member(MOD, roles=[MODS.id]), Member(ADMIN, roles=[ADMINS.id]),
            Member(DESK, roles=[DESK_ROLE.id]), Member(BOT_OWNER), Member(GUILD_OWNER),
        ],
    )  # fmt: skip
    other = Guild(
        id=OTHER_GUILD_ID,
        name="Gruppetto",
        owner_id=GUILD_OWNER.id,
        channels=[OTHER_CHAT],
        roles=[OTHER_MODS],
        members=[Member(PLAIN), Member(OTHER_MOD, roles=[OTHER_MODS.id]), Member(GUILD_OWNER)],
    )
    return [main, other], [STRANGER]


@dataclass
class Mercato:
    double: DiscordDouble
    bot: commands.Bot
    services: Services
    db_path: Path


def bot_settings(db_path: Path) -> Settings:
    return Settings(
        database_path=db_path,
        owner_ids=frozenset({BOT_OWNER.id}),
        sync_global=True,
    )


async def _no_identify_wait(shard_id: int | None, *, initial: bool = False) -> None:
    """discord.py waits 5 s before every (re-)IDENTIFY; the double has no rate limit to respect."""


@contextlib.asynccontextmanager
async def running_mercato(
    double: DiscordDouble, settings: Settings, *, today: date = PINNED_TODAY
) -> AsyncIterator[tuple[commands.Bot | commands.AutoShardedBot, Services]]:
    """The real bot over `settings`, started as `run --sync` starts it, logged into `double`.

    The caller patches discord.py at the double. Test-only speed-ups: no IDENTIFY wait and a
    short guild-ready delay (on_ready otherwise waits 2 s).
    """
    services = await open_services(settings, data_dir=None)
    services.ask.today = lambda: today
    services.news.today = lambda: today
    try:
        bot = create_bot(services)
        bot.before_identify_hook = _no_identify_wait  # type: ignore[method-assign]
        bot._connection.guild_ready_timeout = 0.05
        async with running_bot(bot, double):
            await double.wait_for(lambda: double.registered_command("transfer"))
            yield bot, services
    finally:
        await services.close()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def mercato(
    bundled_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Mercato]:
    guilds, dm_users = make_world()
    double = DiscordDouble(guilds=guilds, dm_users=dm_users)
    await double.start()
    db_path = copy_db(bundled_db, tmp_path_factory.mktemp("e2e") / "mercato.sqlite3")
    try:
        with patch_discord(double):
            async with running_mercato(double, bot_settings(db_path)) as (bot, services):
                yield Mercato(double, bot, services, db_path)
    finally:
        await double.stop()


@pytest.fixture
def double(mercato: Mercato) -> Iterator[DiscordDouble]:
    mercato.double.begin_test()
    yield mercato.double
    mercato.double.end_test()


def embed(message: dict[str, Any], n: int = 0) -> dict[str, Any]:
    return message["embeds"][n]


def fields(message: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f["name"], f["value"]) for f in embed(message).get("fields", [])]


NO_MENTIONS = {"parse": []}
EPHEMERAL = 64


def story(person: str, url: str, **extra: Any) -> dict[str, Any]:
    """/addnews options for a rumoured move to Movistar for 2025, overridable per test."""
    return {
        "person": person,
        "kind": "transfer",
        "status": "rumour",
        "source_url": url,
        "summary": "Talks are said to be under way for next season.",
        "to_team": "movistar",
        "season": 2025,
        **extra,
    }


def buttons(message: dict[str, Any]) -> dict[str, str]:
    """Button labels to custom ids on a message."""
    return {
        c["label"]: c["custom_id"]
        for row in message.get("components") or []
        for c in row["components"]
        if c.get("custom_id")
    }
