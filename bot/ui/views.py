"""Buttons and selects: pagination, and choosing among similar names."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.presentation.answer import Answer
from bot.presentation.pages import page_request
from bot.presentation.stories import ask_answer
from bot.services.ask import ShowPerson, ShowTeam
from bot.services.resolver import NoMatch
from bot.ui.client import services_of
from bot.ui.errors import handle_error
from bot.ui.render import NO_MENTIONS, answer_pages, picture_file, show_image

log = logging.getLogger(__name__)

TIMEOUT = 600


NOT_YOURS = "These buttons belong to the person who asked. Run the command yourself to browse."


async def _owner_only(interaction: discord.Interaction, owner_id: int) -> bool:
    if interaction.user.id == owner_id:
        return True
    await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS)
    return False


class OwnedView(discord.ui.View):
    """A view only the person who asked can use."""

    def __init__(self, owner_id: int, *, timeout: float | None = TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await _owner_only(interaction, self.owner_id)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        await handle_error(interaction, error)


class Paginator(OwnedView):
    def __init__(self, owner_id: int, pages: list[discord.Embed]) -> None:
        super().__init__(owner_id)
        self.pages = pages
        self.index = 0
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = max(0, self.index - 1)
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.index = min(len(self.pages) - 1, self.index + 1)
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)


Chooser = Callable[[str], Awaitable[Answer]]


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"mercato:page:(?P<owner>[0-9]{1,20}):(?P<page>[0-9]{1,3}):(?P<go>prev|next):"
    r"(?P<key>(?:person|team):[0-9]{1,18}(?::[0-9]{4})?)",
):
    """Previous/Next for an answer that has a page_key.

    Everything the click needs is in the custom id (who may press it, which page it opens, how
    to rebuild the answer), so no view is kept per message: nothing grows with the number of
    answers sent, and the buttons keep working after a restart. The answer is rebuilt on each
    click, so a page shows the stories as they are now.
    """

    def __init__(self, owner_id: int, page: int, go: str, key: str, *, disabled: bool) -> None:
        super().__init__(
            discord.ui.Button(
                label="Previous" if go == "prev" else "Next",
                style=discord.ButtonStyle.secondary,
                custom_id=f"mercato:page:{owner_id}:{page}:{go}:{key}",
                disabled=disabled,
            )
        )
        self.owner_id, self.page, self.key = owner_id, page, key

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> PageButton:
        return cls(
            int(match["owner"]), int(match["page"]), match["go"], match["key"], disabled=False
        )

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return await _owner_only(interaction, self.owner_id)

    async def callback(self, interaction: discord.Interaction) -> None:
        # discord.py only logs what a dynamic item raises: the one error handler answers instead
        try:
            pages = answer_pages(await _rebuild(interaction, self.key))
            page = min(self.page, len(pages) - 1)  # stories may have been removed since
            kept = _kept_picture(interaction.message)
            if kept is not None:
                show_image(pages, kept.filename)
            await interaction.response.edit_message(
                embed=pages[page],
                view=page_buttons(self.owner_id, self.key, page, len(pages)),
                allowed_mentions=NO_MENTIONS,
                attachments=[kept] if kept is not None else discord.utils.MISSING,
            )
        except Exception as exc:
            await handle_error(interaction, exc)


def _kept_picture(message: discord.Message | None) -> discord.Attachment | None:
    """The picture the answer was sent with: every page shows it, uploaded once.

    The page a click opens is rebuilt from the database, but the picture is not drawn again nor
    uploaded: it stays the one the answer was sent with (a story stored since shows in the pages'
    text at once, and in the picture of the next /transfer). An answer sent without one
    (pictures off in the server) stays without.
    """
    if message is None:
        return None
    return next((a for a in message.attachments if a.filename.endswith(".png")), None)


async def _rebuild(interaction: discord.Interaction, key: str) -> Answer:
    """The answer a page button was made for, as the stories are now."""
    request = page_request(key, interaction.guild_id)
    ask = services_of(interaction.client).ask
    if isinstance(request, ShowPerson):
        return ask_answer(await ask.person(request))
    if isinstance(request, ShowTeam):
        return ask_answer(await ask.team(request))
    return ask_answer(NoMatch(key))


def page_buttons(owner_id: int, key: str, page: int, pages: int) -> discord.ui.View | None:
    """Previous/Next for page `page` (from 0) of `pages`; None when there is one page."""
    if pages < 2:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(PageButton(owner_id, max(page - 1, 0), "prev", key, disabled=page == 0))
    view.add_item(
        PageButton(owner_id, min(page + 1, pages - 1), "next", key, disabled=page >= pages - 1)
    )
    return view


class ChoiceSelect(discord.ui.Select["ChoiceView"]):
    def __init__(self, answer: Answer) -> None:
        options = [
            discord.SelectOption(
                label=c.label[:100],
                value=c.value[:100],
                description=(c.description or None) and c.description[:100],
            )
            for c in answer.choices[:25]
        ]
        super().__init__(placeholder=answer.choice_prompt or "Choose one", options=options)

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        answer = await self.view.run(self.values[0])
        pages = answer_pages(answer)
        view = _pages_view(answer, pages, self.view.owner_id)
        self.view.stop()
        file = picture_file(answer)
        await interaction.response.edit_message(
            embed=pages[0],
            view=view,
            allowed_mentions=NO_MENTIONS,
            attachments=[file] if file is not None else [],
        )


class ChoiceView(OwnedView):
    def __init__(self, owner_id: int, answer: Answer, run: Chooser) -> None:
        super().__init__(owner_id)
        self.run = run
        self.add_item(ChoiceSelect(answer))


def view_for(
    answer: Answer, pages: list[discord.Embed], owner_id: int, run_choice: Chooser | None
) -> discord.ui.View | None:
    """The components an answer rendered as `pages` needs: a select to choose, or page buttons."""
    if answer.choices and run_choice is not None:
        return ChoiceView(owner_id, answer, run_choice)
    return _pages_view(answer, pages, owner_id)


def _pages_view(
    answer: Answer, pages: list[discord.Embed], owner_id: int
) -> discord.ui.View | None:
    if answer.page_key is not None:
        return page_buttons(owner_id, answer.page_key, 0, len(pages))
    # Answers that cannot be rebuilt from a key (lists a moderator asked for) keep their pages
    # in memory, for the view's timeout.
    return Paginator(owner_id, pages) if len(pages) > 1 else None
