"""Per-guild settings (the moderator role), audited like every other change."""

from __future__ import annotations

from bot.storage import audit
from bot.storage.audit import Actor
from bot.storage.db import Database


class GuildSettings:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._mod_roles: dict[int, int | None] = {}

    async def mod_role(self, guild_id: int) -> int | None:
        if guild_id not in self._mod_roles:
            row = await self.db.fetchone(
                "SELECT mod_role_id FROM guild_settings WHERE guild_id = ?", (guild_id,)
            )
            self._mod_roles[guild_id] = row[0] if row else None
        return self._mod_roles[guild_id]

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
