"""Server-side permission checks, as RoboDanny's checks.py: the bot decides, not the client.

`default_permissions` only decides what Discord shows; a guild can override it, so every
moderator command, button, select and modal calls these again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from bot.domain.errors import GuildOnly, MercatoError, NotAdmin, NotModerator
from bot.domain.models import Actor
from bot.ui.client import services_of
from bot.ui.errors import Refused


def is_owner(interaction: discord.Interaction) -> bool:
    return interaction.user.id in services_of(interaction.client).settings.owner_ids


async def ensure_moderator(interaction: discord.Interaction) -> None:
    """Raise unless the user may change this guild's facts."""
    if interaction.guild_id is None:
        raise GuildOnly()
    if is_owner(interaction):
        return
    member = interaction.user
    if not isinstance(member, discord.Member):
        raise NotModerator()
    if interaction.permissions.manage_messages:
        return
    role_id = await services_of(interaction.client).guilds.mod_role(interaction.guild_id)
    if role_id is not None and any(r.id == role_id for r in member.roles):
        return
    raise NotModerator()


async def ensure_admin(interaction: discord.Interaction) -> None:
    """Raise unless the user may change this guild's settings."""
    if interaction.guild_id is None:
        raise GuildOnly()
    if is_owner(interaction) or interaction.permissions.manage_guild:
        return
    raise NotAdmin()


def _check(ensure: Callable[[discord.Interaction], Awaitable[None]]) -> Any:
    async def predicate(interaction: discord.Interaction) -> bool:
        try:
            await ensure(interaction)
        except MercatoError as exc:
            raise Refused(exc) from exc
        return True

    return app_commands.check(predicate)


def moderator_only() -> Any:
    """Check decorator for moderator commands."""
    return _check(ensure_moderator)


def admin_only() -> Any:
    """Check decorator for admin commands."""
    return _check(ensure_admin)


def actor_for(interaction: discord.Interaction) -> Actor:
    """Who acts: the user, in the guild the interaction came from."""
    return Actor(interaction.user.id, str(interaction.user), interaction.guild_id)
