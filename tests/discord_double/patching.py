"""Point the real, unmodified discord.py at a DiscordDouble (test fixtures only)."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
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
#: the double a bot started by running_bot() talks to (inherited by all of that bot's tasks)
_current: contextvars.ContextVar[DiscordDouble | None] = contextvars.ContextVar(
    "discord_double_current", default=None
)
_saved: dict[str, Any] = {}


class _Redirect:
    """Class-attribute descriptor: resolves to the double of the calling context.

    The double of the current context (set by running_bot for the bot's tasks) wins; otherwise
    the innermost patched double. So two doubles (e.g. a session-wide one with a long-lived bot
    and a module-local one) can be patched in at once without cross-talk between their bots.
    """

    def __init__(self, attr: str, make: Any) -> None:
        self.attr = attr
        self.make = make

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        double = _current.get() or (_active[-1] if _active else None)
        if double is None:
            return _saved[self.attr]
        return self.make(double)


def _install() -> None:
    _saved["route"] = discord.http.Route.__dict__["BASE"]
    _saved["gateway"] = discord.gateway.DiscordWebSocket.__dict__["DEFAULT_GATEWAY"]
    _saved["asset"] = discord.asset.Asset.__dict__["BASE"]
    discord.http.Route.BASE = _Redirect("route", lambda d: d.api_base)  # type: ignore[assignment]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = _Redirect(  # type: ignore[assignment]
        "gateway", lambda d: yarl.URL(d.gateway_url)
    )
    discord.asset.Asset.BASE = _Redirect("asset", lambda d: d.cdn_base)  # type: ignore[assignment]


def _uninstall() -> None:
    discord.http.Route.BASE = _saved.pop("route")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = _saved.pop("gateway")
    discord.asset.Asset.BASE = _saved.pop("asset")


@contextlib.contextmanager
def patch_discord(double: DiscordDouble) -> Iterator[DiscordDouble]:
    """Point discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY and Asset.BASE at `double`.

    Restores discord.py's values when the last patch exits. Patches nest: inside, code runs
    against the innermost double, except tasks of a bot started with running_bot(), which keep
    talking to the double they were started against.
    """
    if not _active:
        _install()
    _active.append(double)
    try:
        yield double
    finally:
        _active.remove(double)
        if not _active:
            _uninstall()


def current_double() -> DiscordDouble | None:
    return _current.get() or (_active[-1] if _active else None)


@contextlib.asynccontextmanager
async def running_bot(
    bot: discord.Client, double: DiscordDouble, *, ready_timeout: float = 10.0
) -> AsyncIterator[Any]:
    """Start `bot` against the (already patched-in) double; wait for on_ready; close it on exit.

    Tip: construct the bot with guild_ready_timeout=0.05 or on_ready waits 2 s after the last
    GUILD_CREATE (discord.py's default).
    """
    ctx = contextvars.copy_context()
    ctx.run(_current.set, double)
    task = asyncio.get_running_loop().create_task(
        bot.start(double.token), name="discord-double-bot", context=ctx
    )
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
