"""One error handler for every command and component, and one way to reply."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord
from discord import app_commands

from bot.domain.answer import Answer, error
from bot.domain.text import InvalidInput
from bot.services.news import Duplicate, NotAllowed, NotFound
from bot.ui.render import NO_MENTIONS, answer_pages

log = logging.getLogger(__name__)

Chooser = Callable[[str], Awaitable[Answer]]


class NotModerator(app_commands.CheckFailure):
    """The member lacks Manage Messages and the guild's moderator role."""


class NotAdmin(app_commands.CheckFailure):
    """The member lacks Manage Server."""


class GuildOnly(app_commands.CheckFailure):
    """The command cannot be used in direct messages."""


def error_answer(exc: BaseException) -> Answer | None:
    """The user-facing answer for an expected failure, or None for a bug."""
    if isinstance(exc, app_commands.CommandInvokeError):
        exc = exc.original
    match exc:
        case InvalidInput():
            return error(f"Invalid {exc.field}", exc.problem)
        case NotModerator():
            return error(
                "Moderators only",
                "You need the Manage Messages permission or this server's moderator role.",
            )
        case NotAdmin():
            return error("Admins only", "You need the Manage Server permission.")
        case GuildOnly() | app_commands.NoPrivateMessage():
            return error("Server only", "This command works in a server, not in direct messages.")
        case NotAllowed() | NotFound():
            return error("Not allowed" if isinstance(exc, NotAllowed) else "Not found", str(exc))
        case Duplicate():
            return error("Already stored", str(exc))
        case app_commands.CheckFailure():
            return error("Not allowed", "You cannot use this command here.")
    return None


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
        answer = error("Something went wrong", "The error was logged. Please try again later.")
    try:
        await send_answer(interaction, answer, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not report an error to the user", exc_info=True)


async def on_tree_error(
    interaction: discord.Interaction, exc: app_commands.AppCommandError
) -> None:
    await handle_error(interaction, exc)
