"""Mercato sharded (SHARD_COUNT=2) against the double: both shards connect and answer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import ShardedMercato
from tests.conftest import copy_db
from tests.discord_double import (
    Channel,
    DiscordDouble,
    Guild,
    Member,
    User,
    patch_discord,
)
from tests.e2e.conftest import bot_settings, running_mercato

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

FAN = User(id=9100, name="fan")
G0 = Guild(id=(1_400_000_000_000 << 22), name="shard-zero", owner_id=FAN.id,
           channels=[Channel(id=7500, name="chat")], members=[Member(FAN)])  # fmt: skip
G1 = Guild(id=(1_400_000_000_001 << 22), name="shard-one", owner_id=FAN.id,
           channels=[Channel(id=7501, name="chat")], members=[Member(FAN)])  # fmt: skip


async def test_two_shard_start_answers_in_both_guilds(bundled_db: Path, tmp_path: Path) -> None:
    assert (G0.id >> 22) % 2 == 0 and (G1.id >> 22) % 2 == 1
    settings = replace(bot_settings(copy_db(bundled_db, tmp_path / "db.sqlite3")), shard_count=2)
    double = DiscordDouble(guilds=[G0, G1], shards=2)
    async with double:
        with patch_discord(double):
            async with running_mercato(double, settings) as (bot, _):
                assert isinstance(bot, ShardedMercato)
                idents = await double.wait_gateway("identify", count=2)
                assert sorted(e.shard_id for e in idents) == [0, 1]
                assert bot.get_guild(G0.id).shard_id == 0  # type: ignore[union-attr]
                assert bot.get_guild(G1.id).shard_id == 1  # type: ignore[union-attr]
                for guild in (G0, G1):
                    rec = await double.invoke_command("transfer", {"name": "cav"}, guild=guild)
                    assert (await rec.response())["data"]["embeds"][0]["title"] == "Mark Cavendish"
        double.end_test()
