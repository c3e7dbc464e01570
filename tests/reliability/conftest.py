"""Fixtures for the reliability runs: our own double + bot world (module-scoped)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.discord_double import DiscordDouble
from tests.reliability.botworld import World, start_world, world_dir

__all__ = ["world_dir"]


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def world(bundled_db: Path, world_dir: Path) -> AsyncIterator[World]:
    async with start_world(bundled_db, world_dir) as w:
        yield w


@pytest.fixture
def double(world: World) -> Iterator[DiscordDouble]:
    world.double.begin_test()
    yield world.double
    world.double.end_test()
