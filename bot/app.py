"""The Discord bot: startup, extensions, command sync."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord.ext import commands

from bot.config import ConfigError, Settings
from bot.container import Services, open_services
from bot.ui.errors import on_tree_error
from bot.ui.render import NO_MENTIONS

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.exts.ask",
    "bot.exts.moderation",
    "bot.exts.articles",
    "bot.exts.announce",
    "bot.exts.wikidata",
    "bot.exts.desk",
)


def intents() -> discord.Intents:
    """Only what the bot needs: guilds (channels and roles). No privileged intents."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    return wanted


class Mercato(commands.Bot):
    """The bot, with the services its cogs call passed in (discord.py's advanced startup)."""

    def __init__(self, services: Services, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services = services
        self.settings: Settings = services.settings

    async def setup_hook(self) -> None:
        self.tree.on_error = on_tree_error  # type: ignore[method-assign]  # discord.py's way
        # other processes' writes (SHARD_IDS split over processes): names and moderator roles
        self.services.changes.start()
        for ext in EXTENSIONS:
            await self.load_extension(ext)
        if self.settings.dev_guild_id:
            guild = discord.Object(self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to the dev guild", len(synced))
        elif self.settings.sync_global:
            synced = await self.tree.sync()
            log.info("synced %d global commands", len(synced))

    async def on_ready(self) -> None:
        log.info("connected as %s to %d guild(s)", self.user, len(self.guilds))


class ShardedMercato(Mercato, commands.AutoShardedBot):
    """The same bot over several shards (SHARD_COUNT, and SHARD_IDS per process)."""


def create_bot(services: Services) -> Mercato:
    """Build the bot with its dependencies passed in, sharded when SHARD_COUNT is set."""
    settings = services.settings
    kwargs: dict[str, Any] = {
        "command_prefix": commands.when_mentioned,
        "intents": intents(),
        "allowed_mentions": NO_MENTIONS,
        "owner_ids": set(settings.owner_ids),
        "help_command": None,
    }
    if settings.shard_count:
        if settings.shard_ids:
            kwargs["shard_ids"] = list(settings.shard_ids)
        return ShardedMercato(services, shard_count=settings.shard_count, **kwargs)
    return Mercato(services, **kwargs)


async def run_bot(settings: Settings, token: str) -> None:
    """Open storage, then run the bot until it is stopped."""
    services = await open_services(settings)
    try:
        async with create_bot(services) as bot:
            await bot.start(token)
    except discord.LoginFailure:
        # A configuration error like any other: one line naming the setting, never the value.
        raise ConfigError(
            "DISCORD_TOKEN", "was rejected by Discord (reset it in the Developer Portal)"
        ) from None
    finally:
        await services.close()
