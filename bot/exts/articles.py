"""/addarticle: paste an article, review the stories the bot finds, store the right ones."""

from __future__ import annotations

import logging
from dataclasses import replace

import discord
from discord import app_commands
from discord.ext import commands

from bot.container import Services
from bot.domain.rules import parse_year
from bot.exts.checks import actor_for, moderator_only
from bot.exts.moderation import ModeratorModal, ModeratorView
from bot.presentation import articles as present
from bot.presentation.answer import Answer
from bot.presentation.moderation import preview_answer, unknown_person_error
from bot.services.articles import ARTICLE_MAX, Proposal, ReviewArticle
from bot.services.news import Added, AddNews, Preview, UnknownPerson
from bot.ui.client import services_of
from bot.ui.errors import error_answer
from bot.ui.render import NO_MENTIONS, single_embed
from bot.ui.send import send_answer

log = logging.getLogger(__name__)


class ArticleModal(ModeratorModal, title="Propose stories from an article"):
    url: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="url", label="Link to the article", max_length=2000
    )
    published: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="published", label="Published (YYYY-MM-DD, default today)", required=False,
        min_length=10, max_length=10,
    )  # fmt: skip
    text: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="text", label="The article's text (read, never stored)",
        style=discord.TextStyle.paragraph, max_length=ARTICLE_MAX,
    )  # fmt: skip

    def __init__(self, services: Services) -> None:
        super().__init__(timeout=1800)
        self.services = services

    async def on_submit(self, interaction: discord.Interaction) -> None:
        request = ReviewArticle(self.text.value, self.url.value, self.published.value or None)
        review = await self.services.articles.review(request, actor_for(interaction))
        if not review.proposals:
            await send_answer(interaction, present.nothing_found(review))
            return
        view = ProposalView(self.services, interaction.user.id, list(review.proposals))
        await interaction.response.send_message(
            embed=await view.current_embed(interaction), view=view, ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )  # fmt: skip


class EditProposalModal(ModeratorModal, title="Edit before storing"):
    summary: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="summary", label="Summary (your own words)", style=discord.TextStyle.paragraph,
        max_length=300,
    )  # fmt: skip
    status: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="status", label="Status",
        placeholder="rumour, reported, confirmed, official or denied",
        max_length=10,
    )  # fmt: skip
    season: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="season", label="Season", required=False, max_length=4
    )
    to_team: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="to_team", label="To team", required=False, max_length=100
    )
    outlet: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="outlet", label="Outlet", required=False, max_length=100
    )

    def __init__(self, view: ProposalView, proposal: Proposal) -> None:
        super().__init__(timeout=1800)
        self.review = view
        self.proposal = proposal
        r = proposal.request
        self.summary.default = r.summary
        self.status.default = r.status
        self.season.default = str(r.season) if r.season else None
        self.to_team.default = proposal.to_team_name or None
        self.outlet.default = r.outlet

    async def on_submit(self, interaction: discord.Interaction) -> None:
        request = replace(
            self.proposal.request,
            summary=self.summary.value,
            status=self.status.value.strip().lower(),
            season=parse_year(self.season.value, "season"),
            outlet=self.outlet.value.strip() or None,
        )
        if self.to_team.value.strip() != self.proposal.to_team_name:
            request = replace(request, to_team=self.to_team.value.strip() or None)
        await self.review.store(interaction, request)


class ProposalView(ModeratorView):
    """Steps through the proposals: Confirm stores, Edit opens a form, Skip moves on."""

    def __init__(self, services: Services, owner_id: int, proposals: list[Proposal]) -> None:
        super().__init__(owner_id)
        self.services = services
        self.proposals = proposals
        self.index = 0
        self.stored: list[int] = []
        self.skipped = 0
        self.note = ""

    @property
    def proposal(self) -> Proposal:
        return self.proposals[self.index]

    async def current_embed(self, interaction: discord.Interaction) -> discord.Embed:
        """The card of the proposal in hand: its preview, or what needs an edit."""
        if self.proposal.missing:
            return self._card(present.not_storable(self.proposal))
        try:
            result = await self.services.news.add(self.proposal.request, actor_for(interaction))
            if isinstance(result, UnknownPerson):  # the person is no longer visible here
                preview = present.needs_an_edit(unknown_person_error(result))
            else:
                assert isinstance(result, Preview)
                preview = preview_answer(result)
        except Exception as exc:
            problem = error_answer(exc)
            if problem is None:
                raise
            preview = present.needs_an_edit(problem)
        return self._card(preview)

    def _card(self, preview: Answer) -> discord.Embed:
        card = present.proposal_card(
            self.proposal, self.index + 1, len(self.proposals), preview, self.note
        )
        return single_embed(card)

    async def _advance(self, interaction: discord.Interaction, note: str) -> None:
        self.index += 1
        self.note = note
        if self.index >= len(self.proposals):
            self.stop()
            done = present.reviewed(note, self.stored, self.skipped)
            await interaction.response.edit_message(embed=single_embed(done), view=None)
            return
        await interaction.response.edit_message(
            embed=await self.current_embed(interaction), view=self
        )

    async def store(self, interaction: discord.Interaction, request: AddNews) -> None:
        result = await self.services.news.add(
            replace(request, confirm=True), actor_for(interaction)
        )
        if isinstance(result, UnknownPerson):  # the person is no longer visible here
            await send_answer(interaction, unknown_person_error(result))
            return
        assert isinstance(result, Added)
        self.stored.append(result.claim_id)
        await self._advance(interaction, present.stored_note(result))

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.store(interaction, self.proposal.request)

    @discord.ui.button(label="Edit", style=discord.ButtonStyle.primary)
    async def edit(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(EditProposalModal(self, self.proposal))

    @discord.ui.button(label="Skip", style=discord.ButtonStyle.secondary)
    async def skip(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.skipped += 1
        await self._advance(interaction, "Skipped.")


class Articles(commands.Cog):
    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services

    @app_commands.command(name="addarticle")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    async def addarticle(self, interaction: discord.Interaction) -> None:
        """Moderators: paste an article; the bot proposes the stories it finds."""
        await interaction.response.send_modal(ArticleModal(self.services))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Articles(bot, services_of(bot)))
