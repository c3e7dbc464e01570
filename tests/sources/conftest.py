"""The feed server double, fresh for each test, with every fault installed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.feeds_double import FeedServer, install_faults


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = await FeedServer().start()
    install_faults(server)
    yield server
    await server.close()
