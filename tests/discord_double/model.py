"""World model of the Discord double: users, guilds, channels, roles, members.

Everything here is plain data plus the helpers that turn it into the JSON
payloads discord.py expects (GUILD_CREATE, member objects, channel objects),
and Discord's permission algorithm.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

DISCORD_EPOCH_MS = 1420070400000
_counter = itertools.count(1)


def snowflake() -> int:
    """A fresh, monotonically increasing snowflake (timestamp-based like Discord's)."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_counter) & 0x3FFFFF)


def iso_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + ".000000+00:00"


class P:
    """Permission bits (subset, same values as Discord)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_AUDIT_LOG = 1 << 7
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    MODERATE_MEMBERS = 1 << 40
    ALL = (1 << 53) - 1


#: What @everyone gets by default in a fresh Discord guild (roughly).
DEFAULT_EVERYONE = (
    P.CREATE_INSTANT_INVITE
    | P.ADD_REACTIONS
    | P.VIEW_CHANNEL
    | P.SEND_MESSAGES
    | P.EMBED_LINKS
    | P.ATTACH_FILES
    | P.READ_MESSAGE_HISTORY
    | P.USE_EXTERNAL_EMOJIS
    | P.USE_APPLICATION_COMMANDS
)


@dataclass
class User:
    id: int
    name: str
    bot: bool = False
    global_name: str | None = None
    #: if False, DMs to this user fail with 403 code 50007 like Discord.
    accepts_dms: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.global_name or self.name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
        }


@dataclass
class Role:
    id: int
    name: str
    permissions: int = 0
    position: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }


@dataclass
class Overwrite:
    id: int
    type: int  # 0 role, 1 member
    allow: int = 0
    deny: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "type": self.type,
            "allow": str(self.allow),
            "deny": str(self.deny),
        }


@dataclass
class Channel:
    id: int
    name: str
    type: int = 0  # 0 text; 1 DM
    overwrites: list[Overwrite] = field(default_factory=list)
    position: int = 0
    guild_id: int | None = None
    #: for DM channels
    recipient: User | None = None

    def to_json(self) -> dict[str, Any]:
        if self.type == 1:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": None,
                "recipients": [self.recipient.to_json()],
                "flags": 0,
            }
        out: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "name": self.name,
            "position": self.position,
            "permission_overwrites": [o.to_json() for o in self.overwrites],
            "parent_id": None,
            "topic": None,
            "nsfw": False,
            "rate_limit_per_user": 0,
            "last_message_id": None,
            "flags": 0,
        }
        if self.guild_id is not None:
            out["guild_id"] = str(self.guild_id)
        return out


@dataclass
class Member:
    user: User
    roles: list[int] = field(default_factory=list)
    nick: str | None = None

    def to_json(self, *, with_user: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "roles": [str(r) for r in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": "2024-01-01T00:00:00.000000+00:00",
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            out["user"] = self.user.to_json()
        return out


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    channels: list[Channel] = field(default_factory=list)
    #: roles other than @everyone (whose id equals the guild id)
    roles: list[Role] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    everyone_permissions: int = DEFAULT_EVERYONE
    locale: str = "en-US"

    def __post_init__(self) -> None:
        for ch in self.channels:
            ch.guild_id = self.id

    # -- lookups -------------------------------------------------------------
    def everyone(self) -> Role:
        return Role(id=self.id, name="@everyone", permissions=self.everyone_permissions, position=0)

    def all_roles(self) -> list[Role]:
        return [self.everyone(), *self.roles]

    def role(self, role_id: int) -> Role | None:
        return next((r for r in self.all_roles() if r.id == int(role_id)), None)

    def channel(self, channel_id: int) -> Channel | None:
        return next((c for c in self.channels if c.id == int(channel_id)), None)

    def member(self, user_id: int) -> Member | None:
        return next((m for m in self.members if m.user.id == int(user_id)), None)

    # -- permissions (Discord's algorithm) -----------------------------------
    def base_permissions(self, member: Member) -> int:
        if member.user.id == self.owner_id:
            return P.ALL
        perms = self.everyone_permissions
        for rid in member.roles:
            role = self.role(rid)
            if role is not None:
                perms |= role.permissions
        if perms & P.ADMINISTRATOR:
            return P.ALL
        return perms

    def permissions_in(self, member: Member, channel: Channel | None) -> int:
        base = self.base_permissions(member)
        if base & P.ADMINISTRATOR or member.user.id == self.owner_id or channel is None:
            return base
        perms = base
        ows = {(o.type, o.id): o for o in channel.overwrites}
        ev = ows.get((0, self.id))
        if ev:
            perms = (perms & ~ev.deny) | ev.allow
        allow = deny = 0
        for rid in member.roles:
            o = ows.get((0, int(rid)))
            if o:
                allow |= o.allow
                deny |= o.deny
        perms = (perms & ~deny) | allow
        mo = ows.get((1, member.user.id))
        if mo:
            perms = (perms & ~mo.deny) | mo.allow
        if not perms & P.VIEW_CHANNEL:
            return 0
        return perms

    # -- payloads --------------------------------------------------------------
    def guild_create(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "region": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": self.locale,
            "features": [],
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "max_members": 500000,
            "application_id": None,
            "unavailable": False,
            "large": False,
            "member_count": len(self.members),
            "joined_at": "2024-01-01T00:00:00.000000+00:00",
            "roles": [r.to_json() for r in self.all_roles()],
            "channels": [c.to_json() for c in self.channels],
            "members": [m.to_json() for m in self.members],
            "threads": [],
            "emojis": [],
            "stickers": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "premium_progress_bar_enabled": False,
        }
