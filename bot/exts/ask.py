"""/transfer, /team and /help: the questions fans ask."""

from __future__ import annotations

import logging
from dataclasses import replace

import discord
from discord import app_commands
from discord.ext import commands

from bot.container import Services
from bot.domain.names import MAX_QUERY
from bot.domain.rules import split_season
from bot.domain.text import shorten
from bot.presentation.answer import Answer
from bot.presentation.help import help_answer
from bot.presentation.illustrations import illustrate
from bot.presentation.stories import ask_answer
from bot.services.ask import Question
from bot.services.resolver import TEAMS, Scope, Suggestion
from bot.ui.client import services_of
from bot.ui.send import send_answer
from bot.ui.views import PageButton

log = logging.getLogger(__name__)

Season = app_commands.Range[int, 1900, 2100]
Name = app_commands.Range[str, 1, MAX_QUERY]


def choices(found: list[Suggestion], season: int | None = None) -> list[app_commands.Choice[str]]:
    """Autocomplete entries; with a trailing year typed ('cav 2024'), each keeps it."""
    if season is None:
        return [app_commands.Choice(name=s.label, value=s.value) for s in found[:25]]
    return [
        app_commands.Choice(name=f"{shorten(s.label, 90)} · {season}", value=f"{s.value} {season}")
        for s in found[:25]
    ]


def _suggest(services: Services, current: str, scope: Scope) -> list[app_commands.Choice[str]]:
    name, season = split_season(current or "")
    return choices(services.resolver.suggest(name, scope), season)


class Ask(commands.Cog):
    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services

    async def cog_load(self) -> None:
        # Page buttons of any answer ever sent, this process's or an earlier one's.
        self.bot.add_dynamic_items(PageButton)
        # The fonts load once per process: now, rather than in the first fan's answer.
        await self.services.painter.warm()

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(PageButton)

    async def _answer(self, request: Question) -> Answer:
        command = "team" if request.teams_only else "transfer"
        result = await self.services.ask.ask(request)
        answer = ask_answer(result, command, request.season)
        if request.guild_id is None or await self.services.guilds.images(request.guild_id):
            s = self.services
            answer = await illustrate(answer, result, s.painter, s.ask.today())
        return answer

    async def _reply(self, interaction: discord.Interaction, request: Question) -> None:
        async def run_choice(value: str) -> Answer:
            return await self._answer(replace(request, query=value))

        await send_answer(interaction, await self._answer(request), run_choice=run_choice)

    @app_commands.command(name="transfer")
    @app_commands.describe(
        name="A rider, staff member or team, typed however you like (cav, morkov, quick step)",
        season="Only stories about this season, e.g. 2024",
    )
    async def transfer(
        self, interaction: discord.Interaction, name: Name, season: Season | None = None
    ) -> None:
        """Where a rider, staff member or team is going, how sure it is, and who reported it."""
        await self._reply(interaction, Question.typed(name, interaction.guild_id, season))

    @transfer.autocomplete("name")
    async def transfer_name(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return _suggest(self.services, current, Scope(interaction.guild_id))

    @app_commands.command(name="team")
    @app_commands.describe(
        name="A team, by any name it has carried (quick step, astana, jumbo)",
        season="The season; by default the next one during the transfer window, else this one",
    )
    async def team(
        self, interaction: discord.Interaction, name: Name, season: Season | None = None
    ) -> None:
        """A team's arrivals, departures, staff changes and retirements for a season."""
        request = Question.typed(name, interaction.guild_id, season, teams_only=True)
        await self._reply(interaction, request)

    @team.autocomplete("name")
    async def team_name(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return _suggest(self.services, current, Scope(interaction.guild_id, TEAMS))

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What Mercato can do and how to ask."""
        names = {c.name for c in self.bot.tree.get_commands(guild=None)} | {
            c.name for c in self.bot.tree.get_commands(guild=interaction.guild)
        }
        await send_answer(interaction, help_answer(names or None))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Ask(bot, services_of(bot)))
