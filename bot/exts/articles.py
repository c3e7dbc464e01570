"""/addarticle: paste an article, review the stories the bot finds, store the right ones."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.domain.answer import Answer, Section, Tone
from bot.domain.text import escape_markdown, shorten
from bot.exts.checks import actor_for, moderator_only
from bot.exts.moderation import ModeratorModal, ModeratorView
from bot.services import moderation
from bot.services.articles import ARTICLE_MAX, Proposal, review_article
from bot.services.container import Services
from bot.ui.errors import error_answer, send_answer
from bot.ui.render import NO_MENTIONS, single_embed

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
        actor = actor_for(interaction)
        review = await review_article(
            self.services, text=self.text.value, url=self.url.value,
            published=self.published.value or None, actor=actor,
        )  # fmt: skip
        if not review.proposals:
            who = review.credits
            answer = Answer(
                title="No stories found",
                description="No move, contract or retirement of a known rider or staff member was "
                "found in that text."
                + (f" Attributed to: {escape_markdown(who)}." if who else "")
                + " Use /addnews to add it by hand.",
                ephemeral=True,
                tone=Tone.WARNING,
            )
            await send_answer(interaction, answer)
            return
        view = ProposalView(self.services, interaction.user.id, review.proposals)
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

    def __init__(self, view: ProposalView, proposal: Proposal, to_team_name: str) -> None:
        super().__init__(timeout=1800)
        self.review = view
        self.proposal = proposal
        o = proposal.options
        self.summary.default = o.get("summary")
        self.status.default = o.get("status")
        self.season.default = str(o["season"]) if o.get("season") else None
        self.to_team.default = to_team_name or None
        self._to_team_name = to_team_name
        self.outlet.default = o.get("outlet")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        o = dict(self.proposal.options)
        o["summary"] = self.summary.value
        o["status"] = self.status.value.strip().lower()
        o["season"] = self.season.value.strip() or None
        o["outlet"] = self.outlet.value.strip() or None
        if self.to_team.value.strip() != self._to_team_name:
            o["to_team"] = self.to_team.value.strip() or None
        await self.review.store(interaction, o)


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
        p = self.proposal
        header = f"Proposal {self.index + 1} of {len(self.proposals)}"
        if p.missing:
            preview = Answer(
                title="Not storable yet",
                description=escape_markdown("\n".join(p.missing)),
                tone=Tone.WARNING,
            )
            return self._embed(header, p, preview)
        try:
            draft = await moderation.draft_from_options(
                self.services, p.options, actor_for(interaction)
            )
            await self.services.news.ensure_new_source(draft, interaction.guild_id)
            preview = await moderation.preview_answer(self.services, draft, actor_for(interaction))
        except Exception as exc:
            problem = error_answer(exc)
            if problem is None:
                raise
            preview = Answer(
                title="Needs an edit",
                description=f"{problem.title}: {problem.description}",
                tone=Tone.WARNING,
            )
        return self._embed(header, p, preview)

    def _embed(self, header: str, p: Proposal, preview: Answer) -> discord.Embed:
        evidence = Section("From the article", shorten(escape_markdown(p.evidence), 1000) or "—")
        answer = Answer(
            title=f"{header}: {shorten(p.headline, 200)}",
            description="\n".join(x for x in (self.note, preview.description) if x),
            sections=(*preview.sections, evidence),
            ephemeral=True,
        )
        return single_embed(answer)

    async def _advance(self, interaction: discord.Interaction, note: str) -> None:
        self.index += 1
        self.note = note
        if self.index >= len(self.proposals):
            self.stop()
            ids = ", ".join(str(i) for i in self.stored) or "none"
            done = Answer(
                title="Article reviewed",
                description=f"{note}\nStored: {len(self.stored)} (IDs {ids}); skipped: {self.skipped}.",
                tone=Tone.SUCCESS,
                ephemeral=True,
            )
            await interaction.response.edit_message(embed=single_embed(done), view=None)
            return
        await interaction.response.edit_message(
            embed=await self.current_embed(interaction), view=self
        )

    async def store(self, interaction: discord.Interaction, options: dict[str, Any]) -> None:
        answer = await moderation.addnews_from_options(
            self.services, options, actor_for(interaction), confirm=True
        )
        self.stored.append(int(answer.title.split("ID ")[1].split()[0]))
        await self._advance(interaction, f"✅ {answer.title}.")

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self.store(interaction, self.proposal.options)

    @discord.ui.button(label="Edit", style=discord.ButtonStyle.primary)
    async def edit(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        o = self.proposal.options
        to_name = ""
        if o.get("to_team"):
            from bot.storage import catalog

            team = await catalog.get_team(
                self.services.db.conn, int(str(o["to_team"]).split(":")[1])
            )
            to_name = team.name_in(o.get("season")) if team else ""
        await interaction.response.send_modal(EditProposalModal(self, self.proposal, to_name))

    @discord.ui.button(label="Skip", style=discord.ButtonStyle.secondary)
    async def skip(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.skipped += 1
        await self._advance(interaction, "Skipped.")


class Articles(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.services: Services = bot.services  # type: ignore[attr-defined]

    @app_commands.command(name="addarticle")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    async def addarticle(self, interaction: discord.Interaction) -> None:
        """Moderators: paste an article; the bot proposes the stories it finds."""
        await interaction.response.send_modal(ArticleModal(self.services))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Articles(bot))
