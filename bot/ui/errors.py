"""One error handler for every command and component, and one way to reply."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord
from discord import app_commands

from bot.domain.errors import GuildOnly, MercatoError, NotAllowed
from bot.presentation.answer import Answer
from bot.presentation.errors import UNEXPECTED
from bot.presentation.errors import error_answer as answer_for
from bot.ui.render import NO_MENTIONS, answer_pages

log = logging.getLogger(__name__)

Chooser = Callable[[str], Awaitable[Answer]]


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


async def send_answer(
    interaction: discord.Interaction,
    answer: Answer,
    *,
    view: discord.ui.View | None = None,
    ephemeral: bool | None = None,
    run_choice: Chooser | None = None,
) -> None:
    """Reply through `response`, or through a follow-up once the interaction is acknowledged.

    A given `view` (confirm buttons) means one page; otherwise long answers get page buttons,
    and answers that ask to choose get a select that runs `run_choice`.
    """
    if view is None:
        from bot.ui.views import view_for

        pages = answer_pages(answer)
        view = view_for(answer, pages, interaction.user.id, run_choice)
    else:
        pages = answer_pages(answer, paginate=False)
    hidden = answer.ephemeral if ephemeral is None else ephemeral
    kwargs: dict = {"embed": pages[0], "ephemeral": hidden, "allowed_mentions": NO_MENTIONS}
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)


async def handle_error(interaction: discord.Interaction, exc: BaseException) -> None:
    answer = error_answer(exc)
    if answer is None:
        command = interaction.command.qualified_name if interaction.command else "component"
        log.error("unexpected error in %s", command, exc_info=exc)
        answer = UNEXPECTED
    try:
        await send_answer(interaction, answer, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not report an error to the user", exc_info=True)


async def on_tree_error(
    interaction: discord.Interaction, exc: app_commands.AppCommandError
) -> None:
    await handle_error(interaction, exc)
