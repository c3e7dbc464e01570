"""Per-guild settings (the moderator role), audited like every other change."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain.models import Actor
from bot.storage import audit
from bot.storage import guilds as guilds_db
from bot.storage.db import Database


@dataclass(frozen=True, slots=True)
class SetModRole:
    role_id: int | None  # None: only Manage Messages makes a moderator


@dataclass(frozen=True, slots=True)
class ModRoleSet:
    role_id: int | None


class GuildSettings:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._mod_roles: dict[int, int | None] = {}

    async def mod_role(self, guild_id: int) -> int | None:
        """The guild's moderator role (cached: only this process changes it)."""
        if guild_id not in self._mod_roles:
            self._mod_roles[guild_id] = await guilds_db.mod_role(self.db.conn, guild_id)
        return self._mod_roles[guild_id]

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
