"""/transfer, /team and /help: the questions fans ask."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.domain.help import help_answer
from bot.domain.models import EntityKind
from bot.presentation.answer import Answer
from bot.services.ask import MAX_QUERY
from bot.ui.errors import send_answer
from bot.ui.views import PageButton

log = logging.getLogger(__name__)

Season = app_commands.Range[int, 1900, 2100]
Name = app_commands.Range[str, 1, MAX_QUERY]


def choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=label, value=value) for label, value in pairs[:25]]


class Ask(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.services = bot.services  # type: ignore[attr-defined]

    async def cog_load(self) -> None:
        # Page buttons of any answer ever sent, this process's or an earlier one's.
        self.bot.add_dynamic_items(PageButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(PageButton)

    async def _reply(
        self, interaction: discord.Interaction, answer: Answer, command: str, season: int | None
    ) -> None:
        async def run_choice(value: str) -> Answer:
            if command == "team":
                return await self.services.ask.team(value, interaction.guild_id, season)
            return await self.services.ask.transfer(value, interaction.guild_id, season)

        await send_answer(interaction, answer, run_choice=run_choice)

    @app_commands.command(name="transfer")
    @app_commands.describe(
        name="A rider, staff member or team, typed however you like (cav, morkov, quick step)",
        season="Only stories about this season, e.g. 2024",
    )
    async def transfer(
        self, interaction: discord.Interaction, name: Name, season: Season | None = None
    ) -> None:
        """Where a rider, staff member or team is going, how sure it is, and who reported it."""
        answer = await self.services.ask.transfer(name, interaction.guild_id, season)
        await self._reply(interaction, answer, "transfer", season)

    @transfer.autocomplete("name")
    async def transfer_name(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(self.services.ask.autocomplete(current, interaction.guild_id))

    @app_commands.command(name="team")
    @app_commands.describe(
        name="A team, by any name it has carried (quick step, astana, jumbo)",
        season="The season; by default the next one during the transfer window, else this one",
    )
    async def team(
        self, interaction: discord.Interaction, name: Name, season: Season | None = None
    ) -> None:
        """A team's arrivals, departures, staff changes and retirements for a season."""
        answer = await self.services.ask.team(name, interaction.guild_id, season)
        await self._reply(interaction, answer, "team", season)

    @team.autocomplete("name")
    async def team_name(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(
            self.services.ask.autocomplete(current, interaction.guild_id, {EntityKind.TEAM})
        )

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What Mercato can do and how to ask."""
        names = {c.name for c in self.bot.tree.get_commands(guild=None)} | {
            c.name for c in self.bot.tree.get_commands(guild=interaction.guild)
        }
        await send_answer(interaction, help_answer(names or None))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot))
