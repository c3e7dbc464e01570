"""/feeds (the news desk's feeds), the poller's loop, and the review cards' buttons.

The buttons are dynamic items: the custom id carries the story ("mercato:card:12:confirm"), so
no view is kept per card and a click on a card posted before a restart works the same. Who may
click is checked by the bot on every click (a moderator of the card's server), and the story is
looked up in the server the click came from, so a card never acts on another server's story.

The poller's loop body is `Desk.poll`; end-to-end tests call `services.poller.run_once()`
directly instead of waiting for it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.container import Services
from bot.domain.desk import BACKFILL_MAX
from bot.domain.rules import parse_year
from bot.exts.checks import actor_for, ensure_moderator
from bot.presentation import desk as present
from bot.presentation.desk import decided_answer
from bot.services.desk import (
    EDITABLE,
    AddFeed,
    Decide,
    EditStory,
    FilterFeed,
    RemoveFeed,
    StoryDraft,
    TestFeed,
)
from bot.ui.client import services_of
from bot.ui.errors import handle_error
from bot.ui.send import send_answer

log = logging.getLogger(__name__)

POLL_SECONDS = 30  # how often the loop looks for due feeds (each feed has its own interval)

ACTIONS = {
    "confirm": ("Confirm", discord.ButtonStyle.success),
    "edit": ("Edit", discord.ButtonStyle.secondary),
    "skip": ("Skip", discord.ButtonStyle.danger),
}


class CardButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"mercato:card:(?P<story>[0-9]{1,18}):(?P<action>confirm|edit|skip)",
):
    """One of a review card's buttons, for one story."""

    def __init__(self, story_id: int, action: str) -> None:
        label, style = ACTIONS[action]
        super().__init__(
            discord.ui.Button(
                label=label, style=style, custom_id=f"mercato:card:{story_id}:{action}"
            )
        )
        self.story_id, self.action = story_id, action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> CardButton:
        return cls(int(match["story"]), match["action"])

    async def callback(self, interaction: discord.Interaction) -> None:
        # discord.py only logs what a dynamic item raises: the one error handler answers instead
        try:
            await ensure_moderator(interaction)
            await self._act(interaction)
        except Exception as exc:
            await handle_error(interaction, exc)

    async def _act(self, interaction: discord.Interaction) -> None:
        services = services_of(interaction.client)
        actor = actor_for(interaction)
        if self.action == "edit":
            draft = await services.desk.edit(EditStory(self.story_id), actor)
            await interaction.response.send_modal(CardEdit(draft))
            return
        decision = "confirmed" if self.action == "confirm" else "skipped"
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await services.desk.decide(Decide(self.story_id, decision), actor)
        await send_answer(interaction, decided_answer(result), ephemeral=True)
        if not result.already:
            await _deliver_now(interaction.client)


class CardEdit(discord.ui.Modal, title="Correct, then store"):
    """Edit on a card: the story as Confirm would store it; submitting stores it as corrected.

    Only the fields changed are passed on, so an untouched name keeps the exact person or team
    the reader found."""

    person: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="person", label="Person", max_length=100
    )
    to_team: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="to_team", label="To team (empty: none)", required=False, max_length=100
    )
    season: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="season", label="Season", required=False, max_length=4
    )
    status: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="status", label="Status: rumour, reported, confirmed, official", max_length=20
    )
    summary: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="summary", label="Summary (your own words)", style=discord.TextStyle.paragraph,
        max_length=300,
    )  # fmt: skip

    def __init__(self, draft: StoryDraft) -> None:
        super().__init__(timeout=900, custom_id=f"mercato:cardedit:{draft.story_id}")
        self.draft = draft
        for name in EDITABLE:
            getattr(self, name).default = draft.fields.get(name) or None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        await ensure_moderator(interaction)  # checked again on submit
        return True

    async def on_error(  # type: ignore[override]  # discord.py's own stubs disagree here
        self, interaction: discord.Interaction, error: Exception
    ) -> None:
        await handle_error(interaction, error)

    def changes(self) -> dict[str, object]:
        """The fields whose submitted value differs from what was shown."""
        out: dict[str, object] = {}
        for name in EDITABLE:
            value = (getattr(self, name).value or "").strip()
            if value != (self.draft.fields.get(name) or ""):
                out[name] = parse_year(value, "season") if name == "season" else value or None
        return out

    async def on_submit(self, interaction: discord.Interaction) -> None:
        services = services_of(interaction.client)
        request = Decide(self.draft.story_id, "confirmed", self.changes())
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await services.desk.decide(request, actor_for(interaction))
        await send_answer(interaction, decided_answer(result), ephemeral=True)
        if not result.already:
            await _deliver_now(interaction.client)


async def _deliver_now(client: discord.Client) -> None:
    """Edit the card at once (its edit is in the outbox) instead of at the next pass."""
    cog = getattr(client, "get_cog", lambda name: None)("Announce")
    tick = getattr(cog, "tick", None)
    if tick is None:
        return
    try:
        await tick()
    except Exception:
        log.exception("delivering a card's edit failed; the next pass retries it")


def card_view(card: dict[str, Any]) -> discord.ui.View | None:
    """The buttons of an undecided card; none once it was decided."""
    if card.get("decision"):
        return None
    view = discord.ui.View(timeout=None)
    for action in ACTIONS:
        view.add_item(CardButton(int(card["story_id"]), action))
    return view


class Desk(commands.Cog):
    feeds = app_commands.Group(
        name="feeds",
        description="Moderators: follow outlets' feeds; transfer stories become review cards",
        guild_only=True,
        default_permissions=discord.Permissions(manage_messages=True),
    )

    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(CardButton)
        # With several processes (SHARD_IDS), one polls: the one that runs shard 0.
        settings = self.services.settings
        if settings.shard_ids is None or 0 in settings.shard_ids:
            self.poll.start()

    async def cog_unload(self) -> None:
        self.poll.cancel()

    @tasks.loop(seconds=POLL_SECONDS)
    async def poll(self) -> None:
        """Every 30 s: fetch the feeds that are due; cards go out through the outbox."""
        try:
            report = await self.services.poller.run_once()
        except Exception:
            log.exception("feed poll failed")
            return
        if report.cards or report.card_updates or report.notices:
            await _deliver_now(self.bot)

    @poll.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()

    @feeds.command(name="add")
    @app_commands.describe(
        url="The feed's address (RSS, Atom or JSON Feed), http:// or https://",
        name="How this server calls it (default: the feed's title)",
        backfill=f"Review its newest N items now (0-{BACKFILL_MAX}; default 0: only new ones)",
        interval="Minutes between two fetches (5-1440; default 15)",
    )
    async def add(
        self,
        interaction: discord.Interaction,
        url: app_commands.Range[str, 1, 2000],
        name: app_commands.Range[str, 1, 60] | None = None,
        backfill: app_commands.Range[int, 0, BACKFILL_MAX] = 0,
        interval: app_commands.Range[int, 5, 1440] = 15,
    ) -> None:
        """Follow an outlet's feed: its transfer stories become review cards."""
        await ensure_moderator(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        request = AddFeed(url, name, backfill, interval)
        result = await self.services.desk.add(request, actor_for(interaction))
        await send_answer(interaction, present.added_answer(result))

    @feeds.command(name="list")
    async def list_(self, interaction: discord.Interaction) -> None:
        """This server's feeds: last fetch, new items, cards, errors."""
        await ensure_moderator(interaction)
        result = await self.services.desk.list_feeds(actor_for(interaction))
        await send_answer(interaction, present.list_answer(result))

    @feeds.command(name="remove")
    @app_commands.describe(feed="The feed's name (start typing)")
    async def remove(
        self, interaction: discord.Interaction, feed: app_commands.Range[str, 1, 60]
    ) -> None:
        """Stop following a feed (its cards and stories stay)."""
        await ensure_moderator(interaction)
        result = await self.services.desk.remove(RemoveFeed(feed), actor_for(interaction))
        await send_answer(interaction, present.removed_answer(result))

    @feeds.command(name="test")
    @app_commands.describe(url="A feed's address: fetched once, nothing is stored")
    async def test(
        self, interaction: discord.Interaction, url: app_commands.Range[str, 1, 2000]
    ) -> None:
        """Show what a feed's newest items would propose, without following it."""
        await ensure_moderator(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.services.desk.test(TestFeed(url), actor_for(interaction))
        await send_answer(interaction, present.tested_answer(result))

    @feeds.command(name="filter")
    @app_commands.describe(
        feed="The feed's name (start typing)",
        include="Comma-separated keywords: only items with one of them (empty: all)",
        exclude="Comma-separated keywords: items with one of them are left out",
    )
    async def filter(
        self,
        interaction: discord.Interaction,
        feed: app_commands.Range[str, 1, 60],
        include: app_commands.Range[str, 0, 500] | None = None,
        exclude: app_commands.Range[str, 0, 500] | None = None,
    ) -> None:
        """Keep only the items of a feed that have (or lack) some words."""
        await ensure_moderator(interaction)
        request = FilterFeed(feed, include, exclude)
        result = await self.services.desk.filter(request, actor_for(interaction))
        await send_answer(interaction, present.filter_answer(result))

    @remove.autocomplete("feed")
    @filter.autocomplete("feed")
    async def _feed_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        names = await self.services.desk.names(current, actor_for(interaction))
        return [app_commands.Choice(name=n, value=n) for n in names]


async def setup(bot: commands.Bot) -> None:
    """Load the cog: /feeds, the card buttons, and the poller's loop."""
    await bot.add_cog(Desk(bot, services_of(bot)))
