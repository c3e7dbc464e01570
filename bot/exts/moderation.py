"""Moderator commands: add, correct, retract, promote stories; the moderator role."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.domain.errors import InvalidInput
from bot.domain.models import ClaimKind, EntityKind, Role, Status
from bot.domain.text import escape_markdown
from bot.exts.ask import Name, Season, choices
from bot.exts.checks import actor_for, admin_only, ensure_admin, ensure_moderator, moderator_only
from bot.presentation.answer import Answer, Tone
from bot.services import moderation
from bot.services.container import Services
from bot.services.resolver import PEOPLE, TEAMS, Scope
from bot.ui.errors import handle_error, send_answer
from bot.ui.render import NO_MENTIONS, single_embed

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


class ConfirmAdd(ModeratorView):
    def __init__(self, services: Services, owner_id: int, options: dict[str, Any]) -> None:
        super().__init__(owner_id)
        self.services = services
        self.options = options

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        answer = await moderation.addnews_from_options(
            self.services, self.options, actor_for(interaction), confirm=True
        )
        await interaction.response.edit_message(embed=single_embed(answer), view=None)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        answer = Answer(title="Cancelled", description="Nothing was stored.", ephemeral=True)
        await interaction.response.edit_message(embed=single_embed(answer), view=None)


class ModeratorModal(discord.ui.Modal):
    """A form only moderators can submit (checked again on submit), errors handled in one place."""

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        await ensure_moderator(interaction)
        return True

    async def on_error(  # type: ignore[override]  # discord.py's own stubs disagree here
        self, interaction: discord.Interaction, error: Exception
    ) -> None:
        await handle_error(interaction, error)


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

    def __init__(self, services: Services, options: dict[str, Any]) -> None:
        super().__init__(timeout=900)
        self.services = services
        self.options = options

    async def on_submit(self, interaction: discord.Interaction) -> None:
        actor = actor_for(interaction)
        person = await self.services.news.create_person(
            self.options["person"],
            self.role.value.strip().lower(),
            self.nationality.value or None,
            actor,
        )
        options = {**self.options, "person": f"person:{person.id}"}
        preview = await moderation.addnews_from_options(
            self.services, options, actor, confirm=False
        )
        await interaction.response.send_message(
            embed=single_embed(preview),
            view=ConfirmAdd(self.services, interaction.user.id, options),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )


class OfferCreate(ModeratorView):
    def __init__(self, services: Services, owner_id: int, options: dict[str, Any]) -> None:
        super().__init__(owner_id)
        self.services = services
        self.options = options

    @discord.ui.button(label="Create this person", style=discord.ButtonStyle.primary)
    async def create(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.send_modal(CreatePersonModal(self.services, self.options))


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

    def __init__(self, services: Services, claim_id: int, current: dict[str, str]) -> None:
        super().__init__(timeout=900)
        self.services = services
        self.claim_id = claim_id
        self.current = current
        self.summary.default = current.get("summary") or None
        self.season.default = current.get("season") or None
        self.contract_end.default = current.get("contract_end") or None
        self.to_team.default = current.get("to_team") or None
        self.from_team.default = current.get("from_team") or None

    async def on_submit(self, interaction: discord.Interaction) -> None:
        submitted = {
            "summary": self.summary.value,
            "season": self.season.value,
            "contract_end": self.contract_end.value,
            "to_team": self.to_team.value,
            "from_team": self.from_team.value,
        }
        changed = {k: v for k, v in submitted.items() if (v or "") != (self.current.get(k) or "")}
        answer = await moderation.edit_from_options(
            self.services, {"id": str(self.claim_id), **changed}, actor_for(interaction)
        )
        await send_answer(interaction, answer)


class Moderation(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.services: Services = bot.services  # type: ignore[attr-defined]

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
        season="Season the move is for, e.g. 2025",
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
        options: dict[str, Any] = {
            "person": person, "kind": kind.value, "status": status.value, "source_url": source_url,
            "summary": summary, "to_team": to_team, "from_team": from_team, "season": season,
            "contract_end": contract_end, "outlet": outlet, "journalist": journalist,
            "published": published,
        }  # fmt: skip
        actor = actor_for(interaction)
        res = self.services.directory.resolve(
            person, interaction.guild_id, kinds={EntityKind.PERSON}
        )
        if res.outcome != "match" and not person.startswith("person:"):
            # Validate everything else first, so a bad URL is reported before any creation.
            self.services.news.draft(
                person_id=0, kind=kind.value, status=status.value, source_url=source_url,
                summary=summary, to_team_id=1 if to_team else None, season=season,
                contract_end=contract_end, outlet=outlet, journalist=journalist, published=published,
            )  # fmt: skip
            answer = Answer(
                title="Unknown person",
                description=f"No rider or staff member is exactly “{escape_markdown(person)}”. "
                + (
                    "Closest: "
                    + ", ".join(escape_markdown(m.label) for m in res.candidates[:3])
                    + ". If you meant one of them, pick it from the suggestions. "
                    if res.candidates
                    else ""
                )
                + "Or create them: you will be asked for their role and nationality.",
                ephemeral=True,
                tone=Tone.WARNING,
            )
            await send_answer(
                interaction, answer, view=OfferCreate(self.services, interaction.user.id, options)
            )
            return
        preview = await moderation.addnews_from_options(
            self.services, options, actor, confirm=False
        )
        await send_answer(
            interaction, preview, view=ConfirmAdd(self.services, interaction.user.id, options)
        )

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
        from bot.storage import claims as claims_db
        from bot.storage import teams as teams_db

        claim = await claims_db.get_any_scope(self.services.db.conn, id)
        if claim is None or claim.guild_id not in (None, interaction.guild_id):
            raise InvalidInput("id", f"No story with ID {id} in this server")
        # Refuse before opening the form: the service would refuse the submit anyway.
        if claim.guild_id is None and interaction.user.id not in self.services.settings.owner_ids:
            from bot.services.news import NotAllowed

            raise NotAllowed(f"story ID {id} is global; only the bot owners can change it")
        teams = await teams_db.get_teams(
            self.services.db.conn, [t for t in (claim.to_team_id, claim.from_team_id) if t]
        )
        current = {
            "summary": claim.summary or "",
            "season": str(claim.season or ""),
            "contract_end": str(claim.contract_end or ""),
            "to_team": teams[claim.to_team_id].name_in(claim.season)
            if claim.to_team_id in teams
            else "",
            "from_team": teams[claim.from_team_id].name_in(claim.season)
            if claim.from_team_id in teams
            else "",
        }
        await interaction.response.send_modal(EditModal(self.services, id, current))

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
        claim = await self.services.news.retract(id, reason, actor_for(interaction))
        await send_answer(
            interaction,
            Answer(
                title=f"Story ID {claim.id} retracted",
                description=f"Reason: {escape_markdown(claim.retracted_reason or '')}",
                ephemeral=True,
                tone=Tone.SUCCESS,
            ),
        )

    @app_commands.command(name="history")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @moderator_only()
    @app_commands.describe(name="The rider or staff member")
    async def history(self, interaction: discord.Interaction, name: Name) -> None:
        """Moderators: every change to a person's stories, with who and when."""
        answer = await moderation.history_answer(self.services, name, actor_for(interaction))
        await send_answer(interaction, answer)

    history.autocomplete("name")(_people)

    @app_commands.command(name="promote")
    @app_commands.guild_only()
    @app_commands.default_permissions(administrator=True)
    @app_commands.describe(id="The story ID to make visible in every server")
    async def promote(
        self, interaction: discord.Interaction, id: app_commands.Range[int, 1]
    ) -> None:
        """Bot owners: make a server's story global."""
        claim = await self.services.news.promote(id, actor_for(interaction))
        await send_answer(
            interaction,
            Answer(title=f"Story ID {claim.id} is now global", ephemeral=True, tone=Tone.SUCCESS),
        )

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
        assert interaction.guild_id is not None
        await self.bot.guild_settings.set_mod_role(  # type: ignore[attr-defined]
            interaction.guild_id, role.id if role else None, actor_for(interaction)
        )
        text = (
            f"Members with {role.mention} can now add and correct stories."
            if role
            else ("Moderator role cleared: only members with Manage Messages can add stories.")
        )
        await send_answer(
            interaction,
            Answer(title="Moderator role", description=text, ephemeral=True, tone=Tone.SUCCESS),
        )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Moderation(bot))
