"""Drawing the answers' pictures in a process of their own, each once while it stays the same.

A render is a few milliseconds of CPU (bench: `--only pictures`). In a thread of the bot's
process it shared the GIL with the event loop, and under a burst of questions each held the
other up: the renderer's Python holds the GIL against the loop, and each of its Pillow calls
lets the GIL go and must win it back from a busy loop (up to the 5-ms switch interval each
time), so a picture asked for in a burst of fifty could take hundreds of milliseconds and the
answer waiting for it was among the burst's slowest. So renders run in one worker process
(spawned, never forked from a process with threads; an entry-point script must guard its main
code with `if __name__ == "__main__"`, as multiprocessing requires), shared by every Painter
of this process and started on first use; its fonts and glyphs stay loaded. Recent
pictures are kept in a RenderCache keyed by what the chart draws (`content_version`: the
guild's private stories and the "as of" day are part of the chart, so they are part of the key),
and asking for a picture already being drawn waits for that render instead of starting another.

A picture is an extra, the answer is not: when a burst of questions finds the worker busy
(`max_pending` renders queued or running), the next answers go without their picture rather
than wait behind the others' (a render costs several times what the answer's text does).
Pictures already drawn are still served from the cache.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.pictures import Chart, RenderCache, RenderKey, render, warm

log = logging.getLogger(__name__)

# What a picture may weigh once encoded (Discord shows far bigger ones; a fan's phone on mobile
# data should not have to fetch them). The renderer stays well under it.
MAX_PNG_BYTES = 200 * 1024

# The picture process runs at a lower CPU priority than the bot's: when the cores are all busy
# (a burst of questions), the answers' text goes first and the pictures, which are extras
# and may be left out, wait (bench e2e, "images on vs off").
NICENESS = 5

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _start_worker() -> None:
    try:
        os.nice(NICENESS)
    except OSError:  # not allowed here: the pictures compete with the answers, as threads did
        log.warning("could not lower the picture process's CPU priority")


def _render_pool() -> ProcessPoolExecutor:
    """The process that draws this process's pictures, started on first use."""
    global _pool
    with _pool_lock:
        if _pool is None:
            # spawn: forking a process that runs threads (aiosqlite's, the event loop's
            # executors) can copy a lock held at that instant.
            _pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
            )
        return _pool


def _drop_pool(broken: Executor) -> None:
    """Forget a pool whose process died, so that the next picture starts another."""
    global _pool
    with _pool_lock:
        if _pool is broken:
            _pool = None
    broken.shutdown(wait=False, cancel_futures=True)


class Painter:
    """Renders charts to PNG bytes in the picture process, cached; a failure is logged, not
    raised. `executor` replaces that process (tests pass a thread pool to stand in a fake
    renderer, which a process would not see)."""

    def __init__(
        self,
        cache: RenderCache | None = None,
        executor: Executor | None = None,
        *,
        max_pending: int = 2,
    ) -> None:
        self.cache = cache or RenderCache()
        self._given = executor
        self._drawing: dict[RenderKey, asyncio.Future[bytes | None]] = {}
        # Renders queued or running beyond which an answer goes without its picture: one
        # waiting behind the one being drawn keeps what a picture adds to an answer to about
        # two renders.
        self.max_pending = max_pending
        self.failures = 0
        self.shed = 0  # answers sent without their picture because the renderer was busy

    def may_draw(self, kind: str, entity_id: int, season: int | None) -> bool:
        """Whether to plan a picture of this subject now: the renderer has room, or a picture of
        it is kept or being drawn (the plan's version then says whether it is still right).

        Lets a burst's answers skip making a chart that would be left out (about a tenth of
        what the answer costs); such an answer counts as shed.
        """
        about = (kind, entity_id, season)
        if (
            len(self._drawing) < self.max_pending
            or self.cache.holds(*about)
            or any((k.kind, k.entity_id, k.season) == about for k in self._drawing)
        ):
            return True
        self.shed += 1
        return False

    async def paint(self, key: RenderKey, chart: Chart) -> bytes | None:
        """The picture of `chart` as PNG bytes, or None when it cannot be drawn (logged)."""
        png = self.cache.get(key)
        if png is not None:
            return png
        pending = self._drawing.get(key)
        if pending is not None:  # the same picture asked for twice at once: draw it once
            return await asyncio.shield(pending)
        if len(self._drawing) >= self.max_pending:
            self.shed += 1
            log.debug("%d pictures being drawn: the %s picture of %s is left out",
                      len(self._drawing), key.kind, key.entity_id)  # fmt: skip
            return None
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bytes | None] = loop.create_future()
        self._drawing[key] = future
        try:
            png = await self._draw(key, chart)
            future.set_result(png)
            return png
        finally:
            del self._drawing[key]
            if not future.done():  # cancelled while drawing: the others go without it
                future.set_result(None)

    def _executor(self) -> Executor:
        return self._given or _render_pool()

    async def _render(self, chart: Chart | None) -> bytes:
        """`chart` drawn by the renderer; None warms it up instead (and gives b"")."""
        executor = self._executor()
        loop = asyncio.get_running_loop()
        try:
            if chart is None:
                await loop.run_in_executor(executor, warm)
                return b""
            return await loop.run_in_executor(executor, render, chart)
        except BrokenProcessPool:
            _drop_pool(executor)  # the process died (killed, out of memory): the next starts one
            raise

    async def _draw(self, key: RenderKey, chart: Chart) -> bytes | None:
        try:
            png = await self._render(chart)
        except Exception:
            self.failures += 1
            log.exception(
                "drawing the %s picture of %s failed; the answer goes without it",
                key.kind,
                key.entity_id,
            )
            return None
        if len(png) > MAX_PNG_BYTES:
            self.failures += 1
            log.error(
                "the %s picture of %s is %d bytes, over %d; the answer goes without it",
                key.kind,
                key.entity_id,
                len(png),
                MAX_PNG_BYTES,
            )
            return None
        self.cache.put(key, png)
        return png

    async def warm(self) -> None:
        """Start the picture process and load its fonts and glyphs, so that the first fan's
        answer does not pay for them (about half a second)."""
        try:
            await self._render(None)
        except Exception:
            log.exception("warming the picture renderer failed; pictures may be unavailable")

    def close(self) -> None:
        """Let go of the renderer: the picture process is shared by every painter of this
        process and ends with it."""
