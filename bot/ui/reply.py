"""The one way to answer an interaction: its response, or a follow-up once it is acknowledged."""

from __future__ import annotations

from typing import Any

import discord

from bot.ui.render import NO_MENTIONS


async def reply(
    interaction: discord.Interaction,
    embed: discord.Embed,
    *,
    ephemeral: bool,
    view: discord.ui.View | None = None,
    file: discord.File | None = None,
) -> None:
    """Send `embed` (with `view`, and `file` for its image) as the answer; no mention can ever
    ping."""
    kwargs: dict[str, Any] = {
        "embed": embed,
        "ephemeral": ephemeral,
        "allowed_mentions": NO_MENTIONS,
    }
    if view is not None:
        kwargs["view"] = view
    if file is not None:
        kwargs["file"] = file
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)
