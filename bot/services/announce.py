"""Announcement settings of a guild: the channel, the digest, instant posts, the role, the
transfer-window posts, and what is configured. Every change is audited."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from bot.domain.clock import Clock, SystemClock, iso
from bot.domain.errors import InvalidInput
from bot.domain.models import Actor
from bot.domain.schedule import (
    FREQUENCIES,
    WEEKLY,
    next_digest_at,
    parse_local_time,
    parse_timezone,
    schedule_for,
)
from bot.storage import announcements as store
from bot.storage import audit
from bot.storage.announcements import Subscription
from bot.storage.db import Database


@dataclass(frozen=True, slots=True)
class SetChannel:
    channel_id: int


@dataclass(frozen=True, slots=True)
class SetDigest:
    frequency: str  # daily | weekly | off
    local_time: str | None = None  # HH:MM
    timezone: str | None = None  # IANA name
    weekday: int | None = None  # Monday = 0, for a weekly digest
    post_empty: bool | None = None  # None: unchanged


@dataclass(frozen=True, slots=True)
class SetInstant:
    on: bool


@dataclass(frozen=True, slots=True)
class SetRole:
    role_id: int | None  # None: mention nobody


@dataclass(frozen=True, slots=True)
class SetWindow:
    on: bool


@dataclass(frozen=True, slots=True)
class NoChannel:
    """Nothing can be set before the guild chose an announcement channel."""


@dataclass(frozen=True, slots=True)
class ChannelSet:
    channel_id: int


@dataclass(frozen=True, slots=True)
class DigestOff:
    pass


@dataclass(frozen=True, slots=True)
class DigestScheduled:
    frequency: str
    local_time: str
    zone: str
    weekday: int | None
    channel_id: int
    next_at: datetime
    post_empty: bool


@dataclass(frozen=True, slots=True)
class InstantSet:
    on: bool
    channel_id: int


@dataclass(frozen=True, slots=True)
class RoleSet:
    role_id: int | None
    instant: bool  # whether instant posts (which mention it) are on


@dataclass(frozen=True, slots=True)
class WindowSet:
    on: bool


@dataclass(frozen=True, slots=True)
class AnnouncementsOff:
    was_configured: bool


@dataclass(frozen=True, slots=True)
class AnnounceStatus:
    subscription: Subscription | None
    queued: int = 0  # posts waiting to go to the channel


class AnnounceService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock: Clock = clock or SystemClock()

    async def set_channel(self, request: SetChannel, actor: Actor) -> ChannelSet:
        """Post this guild's announcements in a channel (re-enables a disabled one)."""
        guild_id, channel_id, now = _guild(actor), request.channel_id, self.clock.now()
        async with self.db.transaction() as conn:
            sub = await store.get_subscription(conn, guild_id)
            if sub is None:
                await store.create_subscription(conn, guild_id, channel_id, iso(now))
                await audit.record(
                    conn, actor, "create", "announce_subscription", guild_id, None,
                    {"channel_id": channel_id},
                )  # fmt: skip
                return ChannelSet(channel_id)
            fields: dict[str, Any] = {"channel_id": channel_id, "disabled_reason": None,
                                      "last_error": None}  # fmt: skip
            if sub.channel_id != channel_id:
                # A new channel starts fresh: no backlog from before it was chosen.
                fields.update(subscribed_at=iso(now), covered_until=iso(now))
            following = schedule_for(sub, now)
            fields["next_digest_at"] = iso(following) if following else None
            await store.update_subscription(conn, guild_id, iso(now), **fields)
            await audit.record(
                conn, actor, "update", "announce_subscription", guild_id,
                {"channel_id": sub.channel_id, "disabled_reason": sub.disabled_reason},
                {"channel_id": channel_id, "disabled_reason": None},
            )  # fmt: skip
        return ChannelSet(channel_id)

    async def set_digest(
        self, request: SetDigest, actor: Actor
    ) -> DigestScheduled | DigestOff | NoChannel:
        """Schedule (or with frequency 'off', stop) the digest at a local time in a zone."""
        if request.frequency == "off":
            sub = await self._change(actor, frequency=None, next_digest_at=None)
            return NoChannel() if sub is None else DigestOff()
        fields, following = self._digest_fields(request)
        sub = await self._change(actor, **fields)
        if sub is None:
            return NoChannel()
        return DigestScheduled(
            request.frequency, fields["local_time"], fields["timezone"], fields["weekday"],
            sub.channel_id, following, sub.post_empty,
        )  # fmt: skip

    async def set_instant(self, request: SetInstant, actor: Actor) -> InstantSet | NoChannel:
        """Turn instant posts (new stories, and ones that become confirmed or official) on/off."""
        sub = await self._change(actor, instant=int(request.on))
        return NoChannel() if sub is None else InstantSet(request.on, sub.channel_id)

    async def set_role(self, request: SetRole, actor: Actor) -> RoleSet | NoChannel:
        """Mention a role on instant posts (None: mention nobody)."""
        sub = await self._change(actor, mention_role_id=request.role_id)
        return NoChannel() if sub is None else RoleSet(request.role_id, sub.instant)

    async def set_window(self, request: SetWindow, actor: Actor) -> WindowSet | NoChannel:
        """Opt in to posts when the UCI transfer window opens and before it closes."""
        sub = await self._change(actor, window_posts=int(request.on))
        return NoChannel() if sub is None else WindowSet(request.on)

    async def off(self, actor: Actor) -> AnnouncementsOff:
        """Stop every channel announcement in this guild and drop what is still queued."""
        guild_id = _guild(actor)
        async with self.db.transaction() as conn:
            sub = await store.get_subscription(conn, guild_id)
            if sub is None:
                return AnnouncementsOff(False)
            await store.delete_subscription(conn, guild_id)
            await store.drop_queued_posts(conn, guild_id, sub.channel_id)
            await audit.record(
                conn, actor, "delete", "announce_subscription", guild_id,
                {"channel_id": sub.channel_id}, None,
            )  # fmt: skip
        return AnnouncementsOff(True)

    async def status(self, actor: Actor) -> AnnounceStatus:
        """What is configured, with how many posts wait to be delivered."""
        guild_id = _guild(actor)
        sub = await store.get_subscription(self.db.conn, guild_id)
        if sub is None:
            return AnnounceStatus(None)
        return AnnounceStatus(sub, await store.count_queued(self.db.conn, guild_id, sub.channel_id))

    def _digest_fields(self, request: SetDigest) -> tuple[dict[str, Any], datetime]:
        if request.frequency not in FREQUENCIES:
            raise InvalidInput("frequency", "must be daily or weekly")
        at = parse_local_time(request.local_time or "")
        zone = parse_timezone(request.timezone or "")
        weekday = request.weekday
        if request.frequency == WEEKLY and weekday is None:
            raise InvalidInput("weekday", "is required for a weekly digest")
        if weekday is not None and not 0 <= weekday <= 6:
            raise InvalidInput("weekday", "must be a day of the week")
        day = weekday if request.frequency == WEEKLY else None
        following = next_digest_at(at, zone, request.frequency, day, self.clock.now())
        fields: dict[str, Any] = {
            "frequency": request.frequency,
            "local_time": f"{at:%H:%M}",
            "timezone": zone.key,
            "weekday": day,
            "next_digest_at": iso(following),
        }
        if request.post_empty is not None:
            fields["post_empty"] = int(request.post_empty)
        return fields, following

    async def _change(self, actor: Actor, **fields: Any) -> Subscription | None:
        """Update this guild's subscription in one audited transaction; None if it has none."""
        guild_id = _guild(actor)
        async with self.db.transaction() as conn:
            before = await store.get_subscription(conn, guild_id)
            if before is None:
                return None
            await store.update_subscription(conn, guild_id, iso(self.clock.now()), **fields)
            after = await store.get_subscription(conn, guild_id)
            assert after is not None
            old, new = asdict(before), asdict(after)
            changed = [k for k in fields if old.get(k) != new.get(k)]
            if changed:
                await audit.record(
                    conn, actor, "update", "announce_subscription", guild_id,
                    {k: old[k] for k in changed}, {k: new[k] for k in changed},
                )  # fmt: skip
        return after


def _guild(actor: Actor) -> int:
    if actor.guild_id is None:
        raise InvalidInput("server", "Announcements are configured in a server")
    return actor.guild_id
