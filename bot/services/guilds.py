"""Per-guild settings (the moderator role, pictures on or off), audited like every other change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.domain.models import Actor
from bot.storage import audit
from bot.storage import guilds as guilds_db
from bot.storage.changes import Changes
from bot.storage.db import Database

if TYPE_CHECKING:
    from bot.services.changes import ChangeFeed


@dataclass(frozen=True, slots=True)
class SetModRole:
    role_id: int | None  # None: only Manage Messages makes a moderator


@dataclass(frozen=True, slots=True)
class ModRoleSet:
    role_id: int | None


@dataclass(frozen=True, slots=True)
class SetImages:
    on: bool  # /transfer and /team send their pictures


@dataclass(frozen=True, slots=True)
class ImagesSet:
    on: bool


class GuildSettings:
    """The moderator role and the pictures setting of each guild, cached; another process's
    change is forgotten."""

    def __init__(self, db: Database, changes: ChangeFeed | None = None) -> None:
        self.db = db
        self._mod_roles: dict[int, int | None] = {}
        self._images: dict[int, bool] = {}
        self._generation = 0  # counts forgets, so that a read in flight is not cached stale
        if changes is not None:
            changes.listeners.append(self.forget)

    def forget(self, changes: Changes) -> None:
        """Drop the cached settings that `changes` touched, so that the next read sees them."""
        if changes.everything or changes.guild_ids:
            self._generation += 1
        if changes.everything:
            self._mod_roles.clear()
            self._images.clear()
        for guild_id in changes.guild_ids:
            self._mod_roles.pop(guild_id, None)
            self._images.pop(guild_id, None)

    async def mod_role(self, guild_id: int) -> int | None:
        """The guild's moderator role id, None when it has none (cached; another process's
        change reaches the cache through the change feed)."""
        if guild_id in self._mod_roles:
            return self._mod_roles[guild_id]
        generation = self._generation
        role = await guilds_db.mod_role(self.db.conn, guild_id)
        if generation == self._generation:  # else it may predate what was forgotten meanwhile
            self._mod_roles[guild_id] = role
        return role

    async def set_mod_role(self, request: SetModRole, actor: Actor) -> ModRoleSet:
        """/config modrole: members with the role may add and correct stories."""
        assert actor.guild_id is not None
        guild_id, role_id = actor.guild_id, request.role_id
        old = await self.mod_role(guild_id)
        async with self.db.transaction() as conn:
            await guilds_db.set_mod_role(conn, guild_id, role_id)
            await audit.record(
                conn, actor, "update", "guild_settings", guild_id,
                {"mod_role_id": old}, {"mod_role_id": role_id},
            )  # fmt: skip
        self._mod_roles[guild_id] = role_id
        return ModRoleSet(role_id)

    async def images(self, guild_id: int) -> bool:
        """Whether the guild's answers carry pictures (cached like the moderator role)."""
        if guild_id in self._images:
            return self._images[guild_id]
        generation = self._generation
        on = await guilds_db.images(self.db.conn, guild_id)
        if generation == self._generation:
            self._images[guild_id] = on
        return on

    async def set_images(self, request: SetImages, actor: Actor) -> ImagesSet:
        """/config images: turn the pictures of /transfer and /team on or off in the guild."""
        assert actor.guild_id is not None
        guild_id = actor.guild_id
        old = await self.images(guild_id)
        async with self.db.transaction() as conn:
            await guilds_db.set_images(conn, guild_id, request.on)
            await audit.record(
                conn, actor, "update", "guild_settings", guild_id,
                {"images": old}, {"images": request.on},
            )  # fmt: skip
        self._images[guild_id] = request.on
        return ImagesSet(request.on)
