"""Buttons and selects: pagination, choosing among similar names, confirming a story."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord

from bot.domain.answer import Answer
from bot.ui.render import NO_MENTIONS, answer_pages

log = logging.getLogger(__name__)

TIMEOUT = 600


class OwnedView(discord.ui.View):
    """A view only the person who asked can use."""

    def __init__(self, owner_id: int, *, timeout: float | None = TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "These buttons belong to the person who asked. Run the command yourself to browse.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        from bot.ui.errors import handle_error

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
        view = Paginator(self.view.owner_id, pages) if len(pages) > 1 else None
        self.view.stop()
        await interaction.response.edit_message(
            embed=pages[0], view=view, allowed_mentions=NO_MENTIONS
        )


class ChoiceView(OwnedView):
    def __init__(self, owner_id: int, answer: Answer, run: Chooser) -> None:
        super().__init__(owner_id)
        self.run = run
        self.add_item(ChoiceSelect(answer))


def view_for(answer: Answer, owner_id: int, run_choice: Chooser | None) -> discord.ui.View | None:
    """The components an answer needs: a select to choose, or page buttons."""
    if answer.choices and run_choice is not None:
        return ChoiceView(owner_id, answer, run_choice)
    pages = answer_pages(answer)
    return Paginator(owner_id, pages) if len(pages) > 1 else None
