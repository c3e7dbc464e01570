"""pytest fixtures for the Discord double.

Use as a plugin from the top-level conftest::

    pytest_plugins = ["tests.discord_double.fixtures"]

or import the fixtures into a test module (``from tests.discord_double.fixtures import *``).

* ``discord_double_session`` - session-scoped DiscordDouble (default world), started and
  patched into discord.py for the whole session.
* ``discord_double`` - function-scoped view of the same double; resets strictness state
  before the test and, at teardown, fails the test if an unexpected violation was recorded,
  an expected one was not, or an unknown route was hit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from .patching import patch_discord
from .server import DiscordDouble


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def discord_double_session() -> AsyncIterator[DiscordDouble]:
    double = DiscordDouble()
    await double.start()
    try:
        with patch_discord(double):
            yield double
    finally:
        await double.stop()


@pytest.fixture
def discord_double(discord_double_session: DiscordDouble) -> Iterator[DiscordDouble]:
    discord_double_session.begin_test()
    yield discord_double_session
    discord_double_session.end_test()
