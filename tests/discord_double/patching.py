"""Point the real, unmodified discord.py at a DiscordDouble (test fixtures only)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import discord
import discord.asset
import discord.gateway
import discord.http
import yarl

if TYPE_CHECKING:
    from .server import DiscordDouble

_active: list[DiscordDouble] = []


@contextlib.contextmanager
def patch_discord(double: DiscordDouble) -> Iterator[DiscordDouble]:
    """Patch discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY and Asset.BASE; restore on exit.

    These are process-wide class attributes, so only one double can be patched in at a time;
    nesting a second, different double raises instead of silently cross-wiring two bots.
    """
    if _active and _active[-1] is not double:
        raise RuntimeError("another DiscordDouble is already patched into discord.py")
    saved = (
        discord.http.Route.BASE,
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
        discord.asset.Asset.BASE,
    )
    discord.http.Route.BASE = double.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(double.gateway_url)
    discord.asset.Asset.BASE = double.cdn_base
    _active.append(double)
    try:
        yield double
    finally:
        _active.pop()
        (
            discord.http.Route.BASE,
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
            discord.asset.Asset.BASE,
        ) = saved


@contextlib.asynccontextmanager
async def running_bot(
    bot: discord.Client, double: DiscordDouble, *, ready_timeout: float = 10.0
) -> AsyncIterator[Any]:
    """Start `bot` against the (already patched-in) double; wait for on_ready; close it on exit.

    Tip: construct the bot with guild_ready_timeout=0.05 or on_ready waits 2 s after the last
    GUILD_CREATE (discord.py's default).
    """
    task = asyncio.create_task(bot.start(double.token), name="discord-double-bot")
    ready = asyncio.create_task(bot.wait_until_ready())
    try:
        done, _ = await asyncio.wait(
            {task, ready}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if task in done:
            task.result()  # re-raise login/connect errors
            raise AssertionError("bot.start() returned before READY")
        if ready not in done:
            raise AssertionError(f"bot not ready after {ready_timeout}s")
        yield bot
    finally:
        ready.cancel()
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(task, 5)
