"""The event loop every entry point runs on: uvloop where it is installed, else asyncio's own.

uvloop is the usual choice for a busy discord.py bot: each aiosqlite query and each gateway
message wakes the loop from another thread or socket, and uvloop's wake-ups cost about a third
less (measured in `make bench`, see README). Windows has no uvloop; asyncio's loop is used there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


def run(main: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run`, on the loop `loop_factory` picks."""
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(main)
