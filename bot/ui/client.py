"""The services of the bot an interaction came to (interaction.client is typed discord.Client)."""

from __future__ import annotations

import discord

from bot.container import Services


def services_of(client: discord.Client) -> Services:
    """The bot's services: set in its constructor (bot/app.py), the same for its lifetime."""
    services = getattr(client, "services", None)
    if not isinstance(services, Services):
        raise RuntimeError("this client is not a Mercato bot")
    return services
