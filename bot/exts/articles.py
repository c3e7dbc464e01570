"""/addarticle: paste an article, review the stories the bot finds, store the right ones."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.container import Services
from bot.exts.article_review import ReviewButton, Reviews, answer_stale_form, show
from bot.exts.checks import actor_for, moderator_only
from bot.exts.moderation import ModeratorModal
from bot.presentation import articles as present
from bot.services.articles import ARTICLE_MAX, ReviewArticle
from bot.ui.client import services_of
from bot.ui.send import send_answer

log = logging.getLogger(__name__)


class ArticleModal(ModeratorModal, title="Propose stories from an article"):
    url: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="url", label="Link to the article", max_length=2000
    )
    published: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="published", label="Published (YYYY-MM-DD; seasons count from it)",
        required=False, min_length=10, max_length=10,
    )  # fmt: skip
    text: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="text", label="The article's text (read, never stored)",
        style=discord.TextStyle.paragraph, max_length=ARTICLE_MAX,
    )  # fmt: skip

    def __init__(self, services: Services, reviews: Reviews) -> None:
        super().__init__(timeout=1800)
        self.services = services
        self.reviews = reviews

    async def on_submit(self, interaction: discord.Interaction) -> None:
        request = ReviewArticle(self.text.value, self.url.value, self.published.value or None)
        review = await self.services.articles.review(request, actor_for(interaction))
        if not review.proposals:
            await send_answer(interaction, present.nothing_found(review))
            return
        started = self.reviews.start(
            interaction.user.id, interaction.guild_id, list(review.proposals)
        )
        await show(interaction, started, first=True)


class Articles(commands.Cog):
    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services
        self.reviews = Reviews()  # the open reviews; reviews_of(client) finds them here

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ReviewButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        # A review form opened before a restart reaches no form object: say it expired.
        await answer_stale_form(interaction)

    @app_commands.command(name="addarticle")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    async def addarticle(self, interaction: discord.Interaction) -> None:
        """Moderators: paste an article; the bot proposes the stories it finds."""
        await interaction.response.send_modal(ArticleModal(self.services, self.reviews))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Articles(bot, services_of(bot)))
