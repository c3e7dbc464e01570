"""Sending an Answer: its pages as embeds, with the components it needs."""

from __future__ import annotations

import discord

from bot.presentation.answer import Answer
from bot.ui.render import answer_pages, picture_file
from bot.ui.reply import reply
from bot.ui.views import Chooser, view_for


async def send_answer(
    interaction: discord.Interaction,
    answer: Answer,
    *,
    view: discord.ui.View | None = None,
    ephemeral: bool | None = None,
    run_choice: Chooser | None = None,
) -> None:
    """Answer with `answer`: through `response`, or a follow-up once acknowledged.

    A given `view` (confirm buttons) means one page; otherwise long answers get page buttons,
    and answers that ask to choose get a select that runs `run_choice`. The answer's picture is
    uploaded with it and shown as the image of every page.
    """
    if view is None:
        pages = answer_pages(answer)
        view = view_for(answer, pages, interaction.user.id, run_choice)
    else:
        pages = answer_pages(answer, paginate=False)
    hidden = answer.ephemeral if ephemeral is None else ephemeral
    await reply(interaction, pages[0], ephemeral=hidden, view=view, file=picture_file(answer))
