"""The painter: renders in the picture process, once per picture, and never fails an answer.

Tests that stand a fake in for the renderer give the painter a thread pool: a fake patched into
this process is not seen by the picture process.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import bot.services.pictures as pictures
from bot.pictures import RenderCache, RenderKey, content_version
from bot.services.pictures import MAX_PNG_BYTES, Painter
from tests.pictures.cases import career, team

CHART = career(2007, 20)
KEY = RenderKey("career", 1, None, content_version(CHART))


@pytest.fixture
def threads() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(1, thread_name_prefix="picture")
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture
async def painter(threads: ThreadPoolExecutor) -> Any:
    p = Painter(RenderCache(max_entries=8), threads)
    yield p
    p.close()


class CountingRender:
    """Stands in for bot.pictures.render: counts calls, notes the thread, can wait or fail."""

    def __init__(self, result: bytes = b"\x89PNG fake", error: Exception | None = None) -> None:
        self.calls = 0
        self.threads: list[str] = []
        self.release = threading.Event()
        self.release.set()
        self.result, self.error = result, error

    def __call__(self, chart: object) -> bytes:
        self.calls += 1
        self.threads.append(threading.current_thread().name)
        self.release.wait(5)
        if self.error is not None:
            raise self.error
        return self.result


async def test_a_picture_is_drawn_in_a_worker_thread_and_then_served_from_the_cache(
    painter: Painter, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = CountingRender()
    monkeypatch.setattr(pictures, "render", fake)
    assert await painter.paint(KEY, CHART) == fake.result
    assert await painter.paint(KEY, CHART) == fake.result
    assert fake.calls == 1
    assert fake.threads[0].startswith("picture") and fake.threads[0] != "MainThread"
    assert painter.cache.hits == 1


async def test_the_same_picture_asked_for_twice_at_once_is_drawn_once(
    painter: Painter, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = CountingRender()
    fake.release.clear()
    monkeypatch.setattr(pictures, "render", fake)
    first = asyncio.create_task(painter.paint(KEY, CHART))
    second = asyncio.create_task(painter.paint(KEY, CHART))
    await asyncio.sleep(0)  # both tasks reach the painter before the render may finish
    fake.release.set()
    assert await first == await second == fake.result
    assert fake.calls == 1


async def test_the_picture_process_draws_the_same_png_as_this_process() -> None:
    painter = Painter(RenderCache(max_entries=8))
    chart = team(30)
    png = await painter.paint(RenderKey("team-season", 2, 2025, content_version(chart)), chart)
    assert png is not None and png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) <= MAX_PNG_BYTES
    assert png == pictures.render(chart)
    [pid] = [p.pid for p in pictures._render_pool()._processes.values()]
    assert pid != os.getpid()
    # below the bot's priority: under a burst the answers' text gets the cores first
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, mine + pictures.NICENESS)


async def test_a_picture_process_that_died_is_replaced(caplog: pytest.LogCaptureFixture) -> None:
    """Killed (out of memory, by an operator): that answer goes without its picture, the next
    picture starts a new process."""
    painter = Painter(RenderCache(max_entries=8))
    await painter.warm()
    pool = pictures._render_pool()
    for process in list(pool._processes.values()):
        os.kill(process.pid, signal.SIGKILL)
        process.join(10)
    with caplog.at_level(logging.ERROR, logger="bot.services.pictures"):
        assert await painter.paint(KEY, CHART) is None
    assert painter.failures == 1
    assert pictures._render_pool() is not pool
    assert await painter.paint(KEY, CHART) == pictures.render(CHART)


async def test_a_failed_render_is_logged_and_gives_no_picture(
    painter: Painter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pictures, "render", CountingRender(error=ValueError("bad glyph")))
    with caplog.at_level(logging.ERROR, logger="bot.services.pictures"):
        assert await painter.paint(KEY, CHART) is None
    assert painter.failures == 1 and len(painter.cache) == 0
    [record] = caplog.records
    assert (
        record.getMessage() == "drawing the career picture of 1 failed; the answer goes without it"
    )
    assert record.exc_info is not None and isinstance(record.exc_info[1], ValueError)


async def test_a_picture_over_the_size_limit_is_not_sent(
    painter: Painter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(pictures, "render", CountingRender(result=b"x" * (MAX_PNG_BYTES + 1)))
    with caplog.at_level(logging.ERROR, logger="bot.services.pictures"):
        assert await painter.paint(KEY, CHART) is None
    assert "over 204800" in caplog.records[0].getMessage()


async def test_warming_loads_the_renderer_and_caches_no_picture(
    painter: Painter, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(pictures, "warm", lambda: calls.append(1))
    await painter.warm()
    assert calls == [1] and len(painter.cache) == 0

    def no_font() -> None:
        raise OSError("no font")

    monkeypatch.setattr(pictures, "warm", no_font)
    await painter.warm()  # logged, not raised: the bot starts without pictures


async def test_a_burst_past_max_pending_goes_without_pictures_and_waits_for_none(
    monkeypatch: pytest.MonkeyPatch, threads: ThreadPoolExecutor
) -> None:
    """A picture is an extra: with the renderer busy, the next answer is sent without one at
    once, a picture already being drawn is still shared, and once free it draws again."""
    painter = Painter(RenderCache(max_entries=8), threads, max_pending=1)
    fake = CountingRender()
    fake.release.clear()
    monkeypatch.setattr(pictures, "render", fake)
    other_chart = team(5)
    other = RenderKey("team-season", 2, 2025, content_version(other_chart))
    try:
        first = asyncio.create_task(painter.paint(KEY, CHART))
        same = asyncio.create_task(painter.paint(KEY, CHART))
        await asyncio.sleep(0)  # both reach the painter while the render is held
        assert painter.may_draw("career", 1, None)  # being drawn: worth planning, it is shared
        assert await painter.paint(other, other_chart) is None  # returned without waiting
        assert painter.shed == 1
        assert not painter.may_draw("team-season", 2, 2025)  # not even worth making its chart
        assert painter.shed == 2
        fake.release.set()
        assert await first == await same == fake.result
        assert painter.may_draw("team-season", 2, 2025)
        assert await painter.paint(other, other_chart) == fake.result
        assert fake.calls == 2 and painter.shed == 2
    finally:
        painter.close()
