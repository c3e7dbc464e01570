"""/announce, /follow, /following, /unfollow, and the loop that delivers announcements.

The loop body is `Announce.tick`: digests due, transfer-window posts, then outbox delivery.
End-to-end tests call `tick()` directly instead of waiting 30 seconds.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.container import Services
from bot.domain.clock import Clock
from bot.domain.errors import InvalidInput
from bot.domain.models import DEST_DM
from bot.domain.schedule import WEEKDAYS, zone_suggestions
from bot.exts.ask import Name, choices
from bot.exts.checks import actor_for, ensure_admin, ensure_moderator
from bot.exts.desk import card_view
from bot.presentation import announce as present
from bot.presentation.answer import Answer
from bot.presentation.desk import review_answer
from bot.presentation.payload import Payload, has_marker
from bot.scheduling.digest import run_due_digests
from bot.scheduling.outbox import (
    Destination,
    PermanentSendError,
    Sender,
    SendError,
    TransientSendError,
    deliver_pending,
    reconcile,
)
from bot.scheduling.window import run_window_posts
from bot.services.announce import SetChannel, SetDigest, SetInstant, SetRole, SetWindow
from bot.services.desk import SetReview
from bot.services.follows import Follow, Unfollow
from bot.services.resolver import Scope
from bot.ui.client import services_of
from bot.ui.render import NO_MENTIONS, single_embed
from bot.ui.send import send_answer

log = logging.getLogger(__name__)

TICK_SECONDS = 30
HISTORY_SCAN = 50  # recent messages searched for a row's marker after a crash

ON_OFF = [app_commands.Choice(name="on", value="on"), app_commands.Choice(name="off", value="off")]
FREQUENCY_CHOICES = [
    app_commands.Choice(name="daily", value="daily"),
    app_commands.Choice(name="weekly", value="weekly"),
    app_commands.Choice(name="off (no digest)", value="off"),
]
WEEKDAY_CHOICES = [app_commands.Choice(name=d, value=n) for n, d in enumerate(WEEKDAYS)]
# Discord error codes that mean "never going to work for this destination".
CANNOT_DM = 50007


def role_mention(role_id: int) -> discord.AllowedMentions:
    """Allow exactly one role to be pinged, and nothing else."""
    return discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(role_id)], replied_user=False
    )


def classify(exc: BaseException, destination: Destination) -> SendError:
    """Map a discord.py failure to retry-later or give-up."""
    # Plain words, no mention: the reason is shown (escaped) in /announce status.
    where = "this user" if destination.kind == DEST_DM else f"channel {destination.id}"
    if isinstance(exc, discord.HTTPException):
        status, code = exc.status, exc.code
        text = exc.text or type(exc).__name__
        if destination.kind == DEST_DM and (code == CANNOT_DM or status == 403):
            return PermanentSendError(f"403 {text}: the user does not accept DMs from the bot")
        if isinstance(exc, discord.Forbidden) or status == 403:
            return PermanentSendError(
                f"403 {text}: the bot may not post in {where}"
                " (it needs View Channel, Send Messages and Embed Links)"
            )
        if isinstance(exc, discord.NotFound) or status == 404:
            return PermanentSendError(f"404 {text}: {where} was deleted or the bot cannot see it")
        if status >= 500 or status == 429:
            return TransientSendError(_with_status(status, text))
        return PermanentSendError(_with_status(status, text), disable=False)
    if isinstance(exc, aiohttp.ClientError | asyncio.TimeoutError | OSError):
        return TransientSendError(f"network: {type(exc).__name__}")
    return TransientSendError(f"unexpected: {type(exc).__name__}")


def _with_status(status: int, text: str) -> str:
    """'503 Service Unavailable', not '503 503: Service Unavailable' (Discord's 5xx texts)."""
    return text if text.startswith(str(status)) else f"{status} {text}"


class DiscordSender:
    """The outbox's Sender over discord.py. Marker: the embed footer ends in 'ref {id}'."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def _target(self, destination: Destination) -> discord.abc.Messageable:
        if destination.kind == DEST_DM:
            user = self.bot.get_user(destination.id) or await self.bot.fetch_user(destination.id)
            return user.dm_channel or await user.create_dm()
        # With only the guilds intent channels are cached, but fetch what is not.
        channel = self.bot.get_channel(destination.id)
        if channel is None:
            channel = await self.bot.fetch_channel(destination.id)
        if not isinstance(channel, discord.abc.Messageable):
            raise PermanentSendError(f"channel {destination.id} is not one the bot can post in")
        return channel

    async def send(self, destination: Destination, payload: Payload) -> int:
        embed = single_embed(payload.answer())
        content, allowed = None, NO_MENTIONS
        if payload.mention_role_id and destination.kind != DEST_DM:
            content, allowed = (
                f"<@&{payload.mention_role_id}>",
                role_mention(payload.mention_role_id),
            )
        try:
            target = await self._target(destination)
            if payload.card is not None:
                return await self._send_card(target, payload.card, embed)
            message = await target.send(content=content, embed=embed, allowed_mentions=allowed)
        except SendError:
            raise
        except Exception as exc:
            raise classify(exc, destination) from exc
        return message.id

    async def _send_card(
        self, target: discord.abc.Messageable, card: dict[str, Any], embed: discord.Embed
    ) -> int:
        """A review card: posted with its buttons, or its message edited in place."""
        view = card_view(card)
        if card.get("action") == "edit" and isinstance(
            target, discord.TextChannel | discord.Thread | discord.VoiceChannel
        ):
            services = services_of(self.bot)
            message_id = await services.desk.card_message(card["guild_id"], card["story_id"])
            if message_id is not None:
                try:
                    partial = target.get_partial_message(message_id)
                    await partial.edit(embed=embed, view=view, allowed_mentions=NO_MENTIONS)
                    return message_id
                except discord.NotFound:
                    log.info("card %s was deleted: posting it again", card["story_id"])
        kwargs: dict[str, Any] = {"view": view} if view is not None else {}
        message = await target.send(embed=embed, allowed_mentions=NO_MENTIONS, **kwargs)
        return message.id

    async def find_sent(self, destination: Destination, outbox_id: int) -> int | None:
        me = self.bot.user.id if self.bot.user else None
        try:
            target = await self._target(destination)
            async for message in target.history(limit=HISTORY_SCAN):
                if message.author.id != me:
                    continue
                if any(has_marker(e.footer.text, outbox_id) for e in message.embeds):
                    return message.id
        except SendError:
            raise
        except Exception as exc:
            raise classify(exc, destination) from exc
        return None


def _check_can_post(channel: discord.TextChannel) -> None:
    """Refuse a channel the bot cannot post embeds in, before anything is queued for it."""
    me = getattr(channel.guild, "me", None)
    if me is not None and isinstance(channel, discord.abc.GuildChannel):
        perms = channel.permissions_for(me)
        if not (perms.view_channel and perms.send_messages and perms.embed_links):
            raise InvalidInput(
                "channel",
                f"The bot cannot post in {channel.mention}: it needs View Channel,"
                " Send Messages and Embed Links there",
            )


def _on(choice: app_commands.Choice[str]) -> bool:
    return choice.value == "on"


class Announce(commands.Cog):
    announce = app_commands.Group(
        name="announce",
        description="Admins: post transfer news in a channel of this server",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(
        self, bot: commands.Bot, services: Services, *, sender: Sender | None = None
    ) -> None:
        self.bot = bot
        self.services = services
        self.sender: Sender = sender or DiscordSender(bot)
        self.reconciled = False
        # One pass at a time: the loop and a direct tick() must not overlap (reconcile would
        # take another pass's in-flight row for a crashed one and send it again).
        self._tick_lock = asyncio.Lock()

    async def cog_load(self) -> None:
        # With several processes (SHARD_IDS), exactly one delivers announcements: the one that
        # runs shard 0. Two deliverers would both reconcile each other's in-flight rows.
        settings = self.services.settings
        if settings.shard_ids is None or 0 in settings.shard_ids:
            self.deliver.start()
        else:
            log.info("announcements are delivered by the process that runs shard 0")

    async def cog_unload(self) -> None:
        self.deliver.cancel()

    @property
    def clock(self) -> Clock:
        """The services' clock (tests move it with Services.use_clock)."""
        return self.services.clock

    # -- the loop ------------------------------------------------------------------------
    async def tick(self) -> None:
        """One pass: settle a crash's leftovers (once), queue due digests and window posts, send.

        Passes are serialised: a call made while another pass runs waits for it, then runs.
        """
        async with self._tick_lock:
            db = self.services.db
            if not self.reconciled:
                report = await reconcile(db, self.sender, self.clock)
                self.reconciled = report.unresolved == 0
            await run_due_digests(db, self.clock)
            await run_window_posts(db, self.clock)
            await deliver_pending(db, self.sender, self.clock)

    @tasks.loop(seconds=TICK_SECONDS)
    async def deliver(self) -> None:
        try:
            await self.tick()
        except Exception:
            # Keep the loop alive: the outbox keeps the work until the next pass.
            log.exception("announcement pass failed")

    @deliver.before_loop
    async def _wait_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def _reply(self, interaction: discord.Interaction, answer: Answer) -> None:
        await send_answer(interaction, answer, ephemeral=True)

    # -- /announce -----------------------------------------------------------------------
    @announce.command(name="channel")
    @app_commands.describe(channel="Where digests, instant posts and window posts go")
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Choose the channel for this server's transfer news (also resumes a disabled one)."""
        await ensure_admin(interaction)
        _check_can_post(channel)
        result = await self.services.announce.set_channel(
            SetChannel(channel.id), actor_for(interaction)
        )
        await self._reply(interaction, present.setting_answer(result))

    @announce.command(name="review")
    @app_commands.describe(channel="Where the news desk's review cards go (moderators confirm)")
    async def review(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        """Choose the channel for the news desk's review cards (see /feeds)."""
        await ensure_admin(interaction)
        _check_can_post(channel)
        result = await self.services.desk.set_review(SetReview(channel.id), actor_for(interaction))
        await self._reply(interaction, review_answer(result))
        await self.tick()  # cards of stories found meanwhile go out now

    @announce.command(name="digest")
    @app_commands.describe(
        frequency="How often: daily, weekly, or off",
        time="Local time, 24-hour HH:MM, e.g. 18:00",
        timezone="IANA time zone, e.g. Europe/Brussels (start typing to search)",
        weekday="For a weekly digest: the day it goes out",
        empty_message="Post a one-line 'no transfer news' when there is none (default: no)",
    )
    @app_commands.choices(frequency=FREQUENCY_CHOICES)
    @app_commands.choices(weekday=WEEKDAY_CHOICES)
    async def digest(
        self,
        interaction: discord.Interaction,
        frequency: app_commands.Choice[str],
        time: app_commands.Range[str, 1, 5] | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
        weekday: app_commands.Choice[int] | None = None,
        empty_message: bool | None = None,
    ) -> None:
        """Schedule a summary of the news at a local time, daily or weekly."""
        await ensure_admin(interaction)
        request = SetDigest(
            frequency.value, time, timezone, weekday.value if weekday else None, empty_message
        )
        result = await self.services.announce.set_digest(request, actor_for(interaction))
        await self._reply(interaction, present.setting_answer(result))

    @digest.autocomplete("timezone")
    async def _zones(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in zone_suggestions(current)]

    @announce.command(name="instant")
    @app_commands.describe(state="on: post new stories and ones that become confirmed or official")
    @app_commands.choices(state=ON_OFF)
    async def instant(
        self, interaction: discord.Interaction, state: app_commands.Choice[str]
    ) -> None:
        """Post a story as soon as it is added or becomes confirmed or official."""
        await ensure_admin(interaction)
        result = await self.services.announce.set_instant(
            SetInstant(_on(state)), actor_for(interaction)
        )
        await self._reply(interaction, present.setting_answer(result))

    @announce.command(name="role")
    @app_commands.describe(role="Role mentioned on instant posts (leave empty to mention nobody)")
    async def role(
        self, interaction: discord.Interaction, role: discord.Role | None = None
    ) -> None:
        """Mention a role on instant posts: the only mention the bot ever sends."""
        await ensure_admin(interaction)
        if role is not None and role.is_default():
            raise InvalidInput("role", "@everyone cannot be mentioned; pick a role")
        result = await self.services.announce.set_role(
            SetRole(role.id if role else None), actor_for(interaction)
        )
        await self._reply(interaction, present.setting_answer(result))

    @announce.command(name="window")
    @app_commands.describe(state="on: a post on 1 August and a reminder before 31 December")
    @app_commands.choices(state=ON_OFF)
    async def window(
        self, interaction: discord.Interaction, state: app_commands.Choice[str]
    ) -> None:
        """Posts when the UCI transfer window opens and before it closes."""
        await ensure_admin(interaction)
        result = await self.services.announce.set_window(
            SetWindow(_on(state)), actor_for(interaction)
        )
        await self._reply(interaction, present.setting_answer(result))

    @announce.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """What is configured, the next digest, the last delivery and the last error."""
        await ensure_admin(interaction)
        assert interaction.guild_id is not None
        status = await self.services.announce.status(actor_for(interaction))
        await self._reply(interaction, present.status_answer(status))

    @announce.command(name="off")
    async def off(self, interaction: discord.Interaction) -> None:
        """Stop every announcement in this server."""
        await ensure_admin(interaction)
        result = await self.services.announce.off(actor_for(interaction))
        await self._reply(interaction, present.setting_answer(result))

    # -- follows -------------------------------------------------------------------------
    @app_commands.command(name="follow")
    @app_commands.describe(
        name="A rider, staff member or team (cav, morkov, astana)",
        channel="Moderators: deliver to this channel instead of your DMs",
    )
    async def follow(
        self,
        interaction: discord.Interaction,
        name: Name,
        channel: discord.TextChannel | None = None,
    ) -> None:
        """Get news about a rider, staff member or team by DM when it happens."""
        if channel is not None:
            await ensure_moderator(interaction)
        request = Follow(name, channel.id if channel else None)
        result = await self.services.follows.follow(request, actor_for(interaction))
        await self._reply(interaction, present.follow_answer(result))

    @follow.autocomplete("name")
    async def _follow_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(self.services.resolver.suggest(current, Scope(interaction.guild_id)))

    @app_commands.command(name="following")
    async def following(self, interaction: discord.Interaction) -> None:
        """What you follow and where the news goes."""
        result = await self.services.follows.following(actor_for(interaction))
        await self._reply(interaction, present.following_answer(result))

    @app_commands.command(name="unfollow")
    @app_commands.describe(name="Something you follow")
    async def unfollow(self, interaction: discord.Interaction, name: Name) -> None:
        """Stop getting news about a rider, staff member or team."""
        result = await self.services.follows.unfollow(Unfollow(name), actor_for(interaction))
        await self._reply(interaction, present.follow_answer(result))

    @unfollow.autocomplete("name")
    async def _unfollow_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        found = await self.services.follows.suggest(current, actor_for(interaction))
        return choices(found)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Announce(bot, services_of(bot)))
