"""One error handler for every command, button, select and form (Red's pattern)."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.domain.errors import GuildOnly, MercatoError, NotAllowed
from bot.presentation.answer import Answer
from bot.presentation.errors import UNEXPECTED
from bot.presentation.errors import error_answer as answer_for
from bot.ui.render import single_embed
from bot.ui.reply import reply

log = logging.getLogger(__name__)


class Refused(app_commands.CheckFailure):
    """A check refused the interaction: discord.py needs a CheckFailure, the user the error."""

    def __init__(self, error: MercatoError) -> None:
        super().__init__(error.message)
        self.error = error


def _unwrapped(exc: BaseException) -> BaseException:
    """The error behind discord.py's wrappers, with its own checks' failures in our words."""
    if isinstance(exc, app_commands.CommandInvokeError):
        exc = exc.original
    match exc:
        case Refused():
            return exc.error
        case app_commands.NoPrivateMessage():
            return GuildOnly()
        case app_commands.CheckFailure():
            return NotAllowed("You cannot use this command here.")
    return exc


def error_answer(exc: BaseException) -> Answer | None:
    """The user-facing answer for an expected failure, or None for a bug."""
    return answer_for(_unwrapped(exc))


async def handle_error(interaction: discord.Interaction, exc: BaseException) -> None:
    """Answer an expected failure in its words; log anything else and apologise."""
    answer = error_answer(exc)
    if answer is None:
        command = interaction.command.qualified_name if interaction.command else "component"
        log.error("unexpected error in %s", command, exc_info=exc)
        answer = UNEXPECTED
    try:
        await reply(interaction, single_embed(answer), ephemeral=True)
    except discord.HTTPException:
        log.warning("could not report an error to the user", exc_info=True)


async def on_tree_error(
    interaction: discord.Interaction, exc: app_commands.AppCommandError
) -> None:
    await handle_error(interaction, exc)
