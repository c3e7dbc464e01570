"""Per-guild settings (the moderator role), audited like every other change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.storage import audit
from bot.storage.audit import Actor
from bot.storage.changes import Changes
from bot.storage.db import Database

if TYPE_CHECKING:
    from bot.services.changes import ChangeFeed


class GuildSettings:
    """The moderator role of each guild, cached; another process's change is forgotten."""

    def __init__(self, db: Database, changes: ChangeFeed | None = None) -> None:
        self.db = db
        self._mod_roles: dict[int, int | None] = {}
        self._generation = 0  # counts forgets, so that a read in flight is not cached stale
        if changes is not None:
            changes.listeners.append(self.forget)

    def forget(self, changes: Changes) -> None:
        """Drop the cached settings that `changes` touched, so that the next read sees them."""
        if changes.everything or changes.guild_ids:
            self._generation += 1
        if changes.everything:
            self._mod_roles.clear()
        for guild_id in changes.guild_ids:
            self._mod_roles.pop(guild_id, None)

    async def mod_role(self, guild_id: int) -> int | None:
        """The guild's moderator role id, None when it has none."""
        if guild_id in self._mod_roles:
            return self._mod_roles[guild_id]
        generation = self._generation
        row = await self.db.fetchone(
            "SELECT mod_role_id FROM guild_settings WHERE guild_id = ?", (guild_id,)
        )
        role = row[0] if row else None
        if generation == self._generation:  # else it may predate what was forgotten meanwhile
            self._mod_roles[guild_id] = role
        return role

    async def set_mod_role(self, guild_id: int, role_id: int | None, actor: Actor) -> None:
        old = await self.mod_role(guild_id)
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO guild_settings (guild_id, mod_role_id) VALUES (?, ?)"
                " ON CONFLICT (guild_id) DO UPDATE SET mod_role_id = excluded.mod_role_id,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                (guild_id, role_id),
            )
            await audit.record(
                conn, actor, "update", "guild_settings", guild_id,
                {"mod_role_id": old}, {"mod_role_id": role_id},
            )  # fmt: skip
        self._mod_roles[guild_id] = role_id
