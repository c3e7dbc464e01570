"""Moderator commands: add, correct, retract, promote stories; the moderator role."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.container import Services
from bot.domain.errors import Duplicate
from bot.domain.models import ClaimKind, Role, Status
from bot.domain.rules import parse_year
from bot.exts.ask import Name, Season, choices
from bot.exts.checks import actor_for, admin_only, ensure_admin, ensure_moderator, moderator_only
from bot.presentation import moderation as present
from bot.presentation.history import history_answer
from bot.services.guilds import SetImages, SetModRole
from bot.services.moderation import (
    EditForm,
    EditNews,
    MergeNews,
    PromoteNews,
    RetractNews,
    ShowHistory,
)  # fmt: skip
from bot.services.news import Added, AddNews, CreatePerson, Preview, UnknownPerson
from bot.services.resolver import PEOPLE, TEAMS, Scope
from bot.ui.client import services_of
from bot.ui.errors import handle_error
from bot.ui.render import NO_MENTIONS, single_embed
from bot.ui.send import send_answer

log = logging.getLogger(__name__)

KIND_CHOICES = [app_commands.Choice(name=k.label, value=k.value) for k in ClaimKind]
STATUS_CHOICES = [
    app_commands.Choice(name=s.label, value=s.value) for s in Status if s is not Status.RETRACTED
]
ROLE_CHOICES = [app_commands.Choice(name=r.label, value=r.value) for r in Role]
MOD_PERMS = discord.Permissions(manage_messages=True)


class ModeratorView(discord.ui.View):
    """A view whose every click is checked again on the server: permissions can change."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=900)
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        await ensure_moderator(interaction)
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "Only the moderator who started this can use these buttons.",
                ephemeral=True,
                allowed_mentions=NO_MENTIONS,
            )
            return False
        return True

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: Any) -> None:
        await handle_error(interaction, error)


class ModeratorModal(discord.ui.Modal):
    """A form only moderators can submit (checked again on submit), errors handled in one place."""

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        await ensure_moderator(interaction)
        return True

    async def on_error(  # type: ignore[override]  # discord.py's own stubs disagree here
        self, interaction: discord.Interaction, error: Exception
    ) -> None:
        await handle_error(interaction, error)


class ConfirmAdd(ModeratorView):
    def __init__(self, services: Services, owner_id: int, request: AddNews) -> None:
        super().__init__(owner_id)
        self.services = services
        self.request = replace(request, confirm=True)

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        result = await self.services.news.add(self.request, actor_for(interaction))
        answer = _add_answer(result)
        await interaction.response.edit_message(embed=single_embed(answer), view=None)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.edit_message(embed=single_embed(present.CANCELLED), view=None)


def _add_answer(result: Preview | Added | UnknownPerson) -> Any:
    match result:
        case Preview():
            return present.preview_answer(result)
        case Added():
            return present.added_answer(result)
    return present.unknown_person_answer(result)


class CreatePersonModal(ModeratorModal, title="Create a person"):
    role: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="role",
        label="Role (rider, coach, directeur_sportif, ...)",
        default="rider",
        max_length=20,
    )
    nationality: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="nationality",
        label="Nationality (3 letters, e.g. GBR)",
        required=False,
        max_length=3,
        min_length=3,
    )

    def __init__(self, services: Services, request: AddNews) -> None:
        super().__init__(timeout=900)
        self.services = services
        self.request = request

    async def on_submit(self, interaction: discord.Interaction) -> None:
        actor = actor_for(interaction)
        wanted = CreatePerson(self.request.person, self.role.value, self.nationality.value or None)
        created = await self.services.news.create_person(wanted, actor)
        request = replace(self.request, person=created.person.ref.value)
        preview = await self.services.news.add(request, actor)
        await interaction.response.send_message(
            embed=single_embed(_add_answer(preview)),
            view=ConfirmAdd(self.services, interaction.user.id, request),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )


class OfferCreate(ModeratorView):
    def __init__(self, services: Services, owner_id: int, request: AddNews) -> None:
        super().__init__(owner_id)
        self.services = services
        self.request = request

    @discord.ui.button(label="Create this person", style=discord.ButtonStyle.primary)
    async def create(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.send_modal(CreatePersonModal(self.services, self.request))


class EditModal(ModeratorModal, title="Correct a story"):
    summary: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="summary",
        label="Summary (your own words)",
        style=discord.TextStyle.paragraph,
        max_length=300,
        required=False,
    )
    season: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="season", label="Season", required=False, max_length=4
    )
    contract_end: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="contract_end", label="Contract until (year)", required=False, max_length=4
    )
    to_team: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="to_team", label="To team", required=False, max_length=100
    )
    from_team: discord.ui.TextInput = discord.ui.TextInput(
        custom_id="from_team", label="From team", required=False, max_length=100
    )

    def __init__(self, services: Services, current: Any) -> None:
        super().__init__(timeout=900)
        self.services = services
        self.current = current
        for name in ("summary", "season", "contract_end", "to_team", "from_team"):
            getattr(self, name).default = getattr(current, name) or None

    def _changed(self, name: str) -> str | None:
        """The submitted value of a field, when it differs from what was shown."""
        value = getattr(self, name).value or ""
        return value if value != (getattr(self.current, name) or "") else None

    async def on_submit(self, interaction: discord.Interaction) -> None:
        request = EditNews(
            self.current.claim_id,
            summary=self._changed("summary"),
            season=parse_year(self._changed("season"), "season"),
            contract_end=parse_year(self._changed("contract_end"), "contract_end"),
            to_team=self._changed("to_team"),
            from_team=self._changed("from_team"),
        )
        try:
            result = await self.services.moderation.edit(request, actor_for(interaction))
        except Duplicate as exc:  # the same story as another: offer to merge them
            merge = MergeNews(request.claim_id, exc.claim_id)
            offer = present.merge_offer_answer(merge.claim_id, merge.into_id)
            view = OfferMerge(self.services, interaction.user.id, merge)
            await send_answer(interaction, offer, view=view)
            return
        await send_answer(interaction, present.edited_answer(result))


class OfferMerge(ModeratorView):
    """Merge a story into the one a correction would have duplicated, or leave both."""

    def __init__(self, services: Services, owner_id: int, request: MergeNews) -> None:
        super().__init__(owner_id)
        self.services = services
        self.request = request

    @discord.ui.button(label="Merge", style=discord.ButtonStyle.primary)
    async def merge(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        result = await self.services.moderation.merge(self.request, actor_for(interaction))
        answer = present.merged_answer(result)
        await interaction.response.edit_message(embed=single_embed(answer), view=None)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        answer = present.CANCELLED_EDIT
        await interaction.response.edit_message(embed=single_embed(answer), view=None)


class Moderation(commands.Cog):
    def __init__(self, bot: commands.Bot, services: Services) -> None:
        self.bot = bot
        self.services = services

    async def _people(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(self.services.resolver.suggest(current, Scope(interaction.guild_id, PEOPLE)))

    async def _teams(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(self.services.resolver.suggest(current, Scope(interaction.guild_id, TEAMS)))

    @app_commands.command(name="addnews")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    @app_commands.describe(
        person="Who the story is about (pick a suggestion, or type a new name to create them)",
        kind="What kind of story",
        status="How far it got according to this source",
        source_url="Link to the article or announcement (http or https)",
        summary="One sentence in your own words (at most 300 characters)",
        to_team="Team they are going to",
        from_team="Team they are leaving (default: the team we hold for them)",
        season="Season the move is for, e.g. 2025 (default: inferred from the date and stories)",
        contract_end="Last year of the contract, if known",
        outlet="Outlet name (inferred from the link for known outlets)",
        journalist="Journalist, if known",
        published="Publication date, YYYY-MM-DD (default: today)",
    )
    @app_commands.choices(kind=KIND_CHOICES, status=STATUS_CHOICES)
    async def addnews(
        self,
        interaction: discord.Interaction,
        person: Name,
        kind: app_commands.Choice[str],
        status: app_commands.Choice[str],
        source_url: app_commands.Range[str, 1, 2000],
        summary: app_commands.Range[str, 1, 300],
        to_team: Name | None = None,
        from_team: Name | None = None,
        season: Season | None = None,
        contract_end: Season | None = None,
        outlet: app_commands.Range[str, 1, 100] | None = None,
        journalist: app_commands.Range[str, 1, 100] | None = None,
        published: app_commands.Range[str, 10, 10] | None = None,
    ) -> None:
        """Moderators: add a sourced transfer, contract or retirement story."""
        request = AddNews(
            person=person, kind=kind.value, status=status.value, source_url=source_url,
            summary=summary, to_team=to_team, from_team=from_team, season=season,
            contract_end=contract_end, outlet=outlet, journalist=journalist, published=published,
        )  # fmt: skip
        owner = interaction.user.id
        result = await self.services.news.add(request, actor_for(interaction))
        view: discord.ui.View = (
            OfferCreate(self.services, owner, request)
            if isinstance(result, UnknownPerson)
            else ConfirmAdd(self.services, owner, request)
        )
        await send_answer(interaction, _add_answer(result), view=view)

    addnews.autocomplete("person")(_people)
    addnews.autocomplete("to_team")(_teams)
    addnews.autocomplete("from_team")(_teams)

    @app_commands.command(name="editnews")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    @app_commands.describe(id="The story ID shown under each story")
    async def editnews(
        self, interaction: discord.Interaction, id: app_commands.Range[int, 1]
    ) -> None:
        """Moderators: correct a story's facts (opens a form)."""
        # Refused before the form opens: the submit would be refused anyway.
        form = await self.services.moderation.edit_form(EditForm(id), actor_for(interaction))
        await interaction.response.send_modal(EditModal(self.services, form))

    @app_commands.command(name="retractnews")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    @app_commands.describe(
        id="The story ID shown under each story", reason="Why it is retracted (shown to everyone)"
    )
    async def retractnews(
        self,
        interaction: discord.Interaction,
        id: app_commands.Range[int, 1],
        reason: app_commands.Range[str, 3, 300],
    ) -> None:
        """Moderators: retract a story; it stays visible as retracted, with the reason."""
        result = await self.services.moderation.retract(
            RetractNews(id, reason), actor_for(interaction)
        )
        await send_answer(interaction, present.retracted_answer(result))

    @app_commands.command(name="history")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    @app_commands.describe(name="The rider or staff member")
    async def history(self, interaction: discord.Interaction, name: Name) -> None:
        """Moderators: every change to a person's stories, with who and when."""
        view = await self.services.moderation.history(ShowHistory(name), actor_for(interaction))
        await send_answer(interaction, history_answer(view))

    history.autocomplete("name")(_people)

    @app_commands.command(name="promote")
    @app_commands.guild_only()
    @app_commands.default_permissions(administrator=True)
    @app_commands.describe(id="The story ID to make visible in every server")
    async def promote(
        self, interaction: discord.Interaction, id: app_commands.Range[int, 1]
    ) -> None:
        """Bot owners: make a server's story global."""
        result = await self.services.moderation.promote(PromoteNews(id), actor_for(interaction))
        await send_answer(interaction, present.promoted_answer(result))

    config = app_commands.Group(
        name="config",
        description="Admins: Mercato settings for this server",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    @config.command(name="modrole")
    @admin_only()
    @app_commands.describe(
        role="Members with this role may add and correct stories (leave empty to clear)"
    )
    async def modrole(
        self, interaction: discord.Interaction, role: discord.Role | None = None
    ) -> None:
        """Set the role whose members may add and correct stories."""
        await ensure_admin(interaction)
        request = SetModRole(role.id if role else None)
        result = await self.services.guilds.set_mod_role(request, actor_for(interaction))
        await send_answer(interaction, present.mod_role_answer(result))

    @config.command(name="images")
    @admin_only()
    @app_commands.describe(
        state="on: /transfer and /team show a career timeline or a team's ins and outs (default)"
    )
    async def images(self, interaction: discord.Interaction, state: Literal["on", "off"]) -> None:
        """Turn the pictures of /transfer and /team on or off in this server."""
        await ensure_admin(interaction)
        request = SetImages(state == "on")
        result = await self.services.guilds.set_images(request, actor_for(interaction))
        await send_answer(interaction, present.images_answer(result))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Moderation(bot, services_of(bot)))
