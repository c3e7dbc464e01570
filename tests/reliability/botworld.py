"""A world of our own for the reliability and security runs: many moderators, two guilds.

Modelled on tests/e2e/conftest.py, but module-scoped and separate from the shared e2e world so
adding members and changing roles here never disturbs other tests.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.container import Services
from tests.conftest import copy_db
from tests.discord_double import (
    Channel,
    DiscordDouble,
    Guild,
    Member,
    P,
    Role,
    User,
    patch_discord,
)
from tests.e2e.conftest import buttons, running_mercato, story  # noqa: F401 - re-exported

GUILD_ID = (1_300_000_000_100 << 22) | 11
OTHER_GUILD_ID = (1_300_000_000_102 << 22) | 13
MODERATORS = 200

OWNER = User(id=31_000, name="guildowner")
BOT_OWNER = User(id=31_001, name="botowner")
ADMIN = User(id=31_002, name="admin")
PLAIN = User(id=31_003, name="plain")
STRANGER = User(id=31_004, name="dm-only")
OTHER_MOD = User(id=31_005, name="othermod")
MODS = [User(id=32_000 + n, name=f"mod{n}") for n in range(MODERATORS)]

MOD_ROLE = Role(id=33_001, name="Mods", permissions=P.MANAGE_MESSAGES, position=3)
ADMIN_ROLE = Role(id=33_002, name="Admins", permissions=P.MANAGE_GUILD, position=2)
OTHER_MOD_ROLE = Role(id=33_101, name="Mods", permissions=P.MANAGE_MESSAGES, position=2)
GENERAL = Channel(id=34_001, name="general")
NEWS = Channel(id=34_002, name="transfer-news")
OTHER_CHAT = Channel(id=34_101, name="chat")

TODAY = date(2023, 10, 20)
NO_MENTIONS = {"parse": []}
EPHEMERAL = 64
TOKEN = "MTI5OTk5OTk5OTk5OTk5OTk5OQ.GxYzAb.reliability-token-0123456789abcdefghijkl"


def make_world() -> tuple[list[Guild], list[User]]:
    main = Guild(
        id=GUILD_ID,
        name="Reliability",
        owner_id=OWNER.id,
        channels=[GENERAL, NEWS],
        roles=[MOD_ROLE, ADMIN_ROLE],
        members=[
            Member(PLAIN),
            Member(ADMIN, roles=[ADMIN_ROLE.id]),
            Member(BOT_OWNER),
            Member(OWNER),
            *(Member(u, roles=[MOD_ROLE.id]) for u in MODS),
        ],
    )
    other = Guild(
        id=OTHER_GUILD_ID,
        name="Elsewhere",
        owner_id=OWNER.id,
        channels=[OTHER_CHAT],
        roles=[OTHER_MOD_ROLE],
        members=[Member(PLAIN), Member(OTHER_MOD, roles=[OTHER_MOD_ROLE.id]), Member(OWNER)],
    )
    return [main, other], [STRANGER]


@dataclass
class World:
    double: DiscordDouble
    bot: Any
    services: Services
    db_path: Path


@contextlib.asynccontextmanager
async def start_world(bundled_db: Path, folder: Path) -> AsyncIterator[World]:
    guilds, dm_users = make_world()
    double = DiscordDouble(guilds=guilds, dm_users=dm_users)
    await double.start()
    db_path = copy_db(bundled_db, folder / "mercato.sqlite3")
    settings = Settings(
        database_path=db_path, owner_ids=frozenset({BOT_OWNER.id}), sync_global=True
    )
    try:
        with patch_discord(double):
            async with running_mercato(double, settings, today=TODAY) as (bot, services):
                yield World(double, bot, services, db_path)
    finally:
        await double.stop()


def embed(data: dict[str, Any]) -> dict[str, Any]:
    return (data.get("embeds") or [{}])[0]


def title(data: dict[str, Any]) -> str:
    return embed(data).get("title", "")


def all_text(payload: Any) -> str:
    """Every string in a JSON payload, joined: for scanning what reached a user."""
    if isinstance(payload, str):
        return payload
    if isinstance(payload, dict):
        return "\n".join(all_text(v) for v in payload.values())
    if isinstance(payload, list):
        return "\n".join(all_text(v) for v in payload)
    return ""


def bot_messages(double: DiscordDouble) -> list[dict[str, Any]]:
    """Every message body the bot sent: callbacks, follow-ups, edits, channel posts."""
    out = []
    for r in double.requests:
        body = r.json
        if not isinstance(body, dict) or r.method not in ("POST", "PATCH"):
            continue
        if "/callback" in r.path:
            body = body.get("data") or {}
            if not body or ("custom_id" in body and "components" in body and "title" in body):
                continue  # a modal: not a message
            if "choices" in body:
                continue  # autocomplete
        elif not ("/messages" in r.path or "/webhooks/" in r.path):
            continue
        out.append(body)
    return out


@pytest.fixture(scope="module")
def world_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("world")
