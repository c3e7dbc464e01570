"""Sharding against the Discord double: AutoShardedBot, /gateway/bot shard count, per-shard guilds."""

from __future__ import annotations

import discord
import pytest
from discord.ext import commands

from tests.discord_double import (
    Channel,
    DiscordDouble,
    Guild,
    Member,
    User,
    patch_discord,
    running_bot,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

USER = User(id=9101, name="rider")
G0 = Guild(
    id=(1_300_000_000_000 << 22) | 1,
    name="shard-zero",
    owner_id=USER.id,
    channels=[Channel(id=7201, name="a")],
    members=[Member(USER)],
)
G1 = Guild(
    id=(1_300_000_000_001 << 22) | 1,
    name="shard-one",
    owner_id=USER.id,
    channels=[Channel(id=7301, name="b")],
    members=[Member(USER)],
)


class ShardedBot(commands.AutoShardedBot):
    def __init__(self) -> None:
        super().__init__(
            command_prefix="!", intents=discord.Intents.default(), guild_ready_timeout=0.05
        )

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # discord.py would sleep 5 s between shard IDENTIFYs

    async def setup_hook(self) -> None:
        @self.tree.command(description="Which shard?")
        async def shard(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(f"shard {interaction.guild.shard_id}")

        await self.tree.sync()


async def test_two_shards_autoshardedbot() -> None:
    assert (G0.id >> 22) % 2 == 0 and (G1.id >> 22) % 2 == 1
    double = DiscordDouble(guilds=[G0, G1], shards=2)
    async with double:
        with patch_discord(double):
            bot = ShardedBot()
            async with running_bot(bot, double):
                assert bot.shard_count == 2
                assert sorted(bot.shards) == [0, 1]
                idents = await double.wait_gateway("identify", count=2)
                assert sorted(e.shard_id for e in idents) == [0, 1]
                assert bot.get_guild(G0.id).shard_id == 0
                assert bot.get_guild(G1.id).shard_id == 1
                await double.wait_for(lambda: double.registered_command("shard"))
                for g, expected in ((G0, "shard 0"), (G1, "shard 1")):
                    rec = await double.invoke_command("shard", guild=g)
                    assert (await rec.response())["data"]["content"] == expected
                # each shard's READY and GUILD_CREATEs only carried its own guild
                for sid, gid in ((0, G0.id), (1, G1.id)):
                    events = double._shard_sessions[sid].events
                    assert [g["id"] for g in events[0]["d"]["guilds"]] == [str(gid)]
                    assert events[0]["d"]["shard"] == [sid, 2]
                    assert [e["d"]["id"] for e in events if e["t"] == "GUILD_CREATE"] == [str(gid)]
                mark = await double.force_reconnect(1, how="close")
                await double.wait_gateway("resumed", shard_id=1, since=mark)
                rec = await double.invoke_command("shard", guild=G1)
                assert (await rec.response())["data"]["content"] == "shard 1"
        double.end_test()


class PlainBot(commands.Bot):
    def __init__(self, tag: str) -> None:
        super().__init__(
            command_prefix="!", intents=discord.Intents.default(), guild_ready_timeout=0.05
        )
        self.tag = tag

    async def setup_hook(self) -> None:
        @self.tree.command(description="Who am I?")
        async def whoami(interaction: discord.Interaction) -> None:
            await interaction.response.defer()
            await interaction.channel.send(f"posted by {self.tag}")
            await interaction.followup.send(self.tag)

        await self.tree.sync()


async def test_nested_doubles_do_not_cross_talk() -> None:
    outer = DiscordDouble(guilds=[G0])
    inner = DiscordDouble(guilds=[G1])
    async with outer, inner:
        with patch_discord(outer):
            async with running_bot(PlainBot("outer"), outer):
                with patch_discord(inner):
                    async with running_bot(PlainBot("inner"), inner):
                        for double, g, tag in ((outer, G0, "outer"), (inner, G1, "inner")):
                            await double.wait_for(lambda d=double: d.registered_command("whoami"))
                            rec = await double.invoke_command("whoami", guild=g)
                            assert (await rec.wait_followup())["content"] == tag
                            post = await double.wait_message(g.channels[0].id)
                            assert post["content"] == f"posted by {tag}"
        for double in (outer, inner):
            assert not double.unknown_routes
            double.end_test()
