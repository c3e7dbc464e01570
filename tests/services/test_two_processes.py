"""Two OS processes on one database file (SHARD_IDS split over processes): what one writes
through the services, the other finds within 5 seconds, without a restart."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.container import open_services
from bot.domain.models import Actor
from bot.services.guilds import GuildSettings, SetModRole
from bot.services.news import CreatePerson

ROOT = Path(__file__).resolve().parents[2]
GUILD = 111
DEADLINE = 5.0  # seconds: the README's promise


class Peer:
    """The other process, asked one JSON line at a time."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc

    async def ask(self, **request: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request).encode() + b"\n")
        await self.proc.stdin.drain()
        line = await asyncio.wait_for(self.proc.stdout.readline(), 30)
        assert line, "the peer process ended"
        return json.loads(line)


@pytest.fixture
async def peer(db_path: Path) -> AsyncIterator[Peer]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.services.peer", str(db_path),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    ready = await asyncio.wait_for(proc.stdout.readline(), 60)
    assert json.loads(ready) == {"ready": True}
    yield Peer(proc)
    assert proc.stdin is not None
    proc.stdin.close()
    await asyncio.wait_for(proc.wait(), 30)


async def within(seconds: float, check: Callable[[], Awaitable[bool]]) -> float:
    """Ask `check` until it holds; fail after `seconds`. Returns how long it took."""
    start = time.monotonic()
    while not await check():
        assert time.monotonic() - start < seconds, f"not seen within {seconds} s"
        await asyncio.sleep(0.05)  # the pace of asking, not a wait for the result
    return time.monotonic() - start


async def test_a_person_and_a_moderator_role_written_here_are_seen_there(
    db_path: Path, peer: Peer
) -> None:
    # the other process has answered both questions once, so it holds them in memory
    assert (await peer.ask(op="resolve", query="zoltan kovacsik", guild=GUILD))["id"] is None
    assert (await peer.ask(op="mod_role", guild=GUILD))["role"] is None
    services = await open_services(Settings(database_path=db_path), data_dir=None)
    try:
        mod = Actor(5, "mod", GUILD)
        created = await services.news.create_person(
            CreatePerson("Zoltan Kovacsik", "rider", "HUN"), mod
        )
        person = created.person
        await GuildSettings(services.db).set_mod_role(SetModRole(4242), mod)
    finally:
        await services.close()

    async def both_seen() -> bool:
        reply = await peer.ask(op="resolve", query="zoltan kovacsik", guild=GUILD)
        role = (await peer.ask(op="mod_role", guild=GUILD))["role"]
        return reply == {"outcome": "match", "id": person.id} and role == 4242

    await within(DEADLINE, both_seen)
    # scope holds across processes too: another guild still does not see it
    other = await peer.ask(op="resolve", query="zoltan kovacsik", guild=GUILD + 1)
    assert other["id"] is None
