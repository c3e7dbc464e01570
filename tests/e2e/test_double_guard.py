"""The loopback guard refuses anything but 127.0.0.1 / ::1."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest

from tests.discord_double import DiscordDouble, guard

pytestmark = pytest.mark.asyncio(loop_scope="session")


@pytest.fixture
def guarded():
    was = guard.guard_installed()
    guard.install_loopback_guard()
    before = len(guard.blocked)
    yield
    del guard.blocked[before:]  # these attempts were made on purpose
    if not was:
        guard.uninstall_loopback_guard()


async def test_guard_blocks_non_loopback(guarded) -> None:
    with pytest.raises(guard.LoopbackGuardError):
        socket.create_connection(("10.0.0.1", 80), timeout=0.1)
    s = socket.socket()
    try:
        with pytest.raises(guard.LoopbackGuardError):
            s.connect(("10.0.0.1", 80))
        with pytest.raises(guard.LoopbackGuardError):
            s.connect_ex(("10.0.0.1", 80))
    finally:
        s.close()
    with pytest.raises(guard.LoopbackGuardError):
        socket.getaddrinfo("discord.com", 443)
    with pytest.raises(guard.LoopbackGuardError):
        await asyncio.open_connection("10.0.0.1", 80)
    async with aiohttp.ClientSession() as session:
        with pytest.raises(guard.LoopbackGuardError):
            await session.get("http://10.0.0.1/")
        with pytest.raises(guard.LoopbackGuardError):
            await session.get("https://discord.com/api/v10/gateway")
    assert any("10.0.0.1" in b for b in guard.blocked)


async def test_guard_allows_loopback(guarded) -> None:
    async with DiscordDouble() as double, aiohttp.ClientSession() as session:
        async with session.get(f"{double.api_base}/gateway") as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"] == "application/json"
            assert (await resp.json())["url"] == double.gateway_url
        async with session.get(f"http://localhost:{double.port}/api/v10/nope") as resp:
            assert resp.status == 404
            assert await resp.json() == {"message": "404: Not Found", "code": 0}
        assert double.unknown_routes
        double.unknown_routes.clear()
