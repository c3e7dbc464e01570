"""Per-guild settings: the moderator role, whether answers carry pictures."""

from __future__ import annotations

import aiosqlite


async def mod_role(conn: aiosqlite.Connection, guild_id: int) -> int | None:
    """The role whose members may add and correct stories in the guild, if one is set."""
    rows = await conn.execute_fetchall(
        "SELECT mod_role_id FROM guild_settings WHERE guild_id = ?", (guild_id,)
    )
    row = next(iter(rows), None)
    return row[0] if row else None


async def set_mod_role(conn: aiosqlite.Connection, guild_id: int, role_id: int | None) -> None:
    await conn.execute(
        "INSERT INTO guild_settings (guild_id, mod_role_id) VALUES (?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET mod_role_id = excluded.mod_role_id,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        (guild_id, role_id),
    )


async def images(conn: aiosqlite.Connection, guild_id: int) -> bool:
    """Whether the guild's answers carry pictures (on unless an admin turned them off)."""
    rows = await conn.execute_fetchall(
        "SELECT images FROM guild_settings WHERE guild_id = ?", (guild_id,)
    )
    row = next(iter(rows), None)
    return bool(row[0]) if row else True


async def set_images(conn: aiosqlite.Connection, guild_id: int, on: bool) -> None:
    await conn.execute(
        "INSERT INTO guild_settings (guild_id, images) VALUES (?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET images = excluded.images,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        (guild_id, int(on)),
    )
