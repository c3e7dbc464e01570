"""Drawing the answers' pictures off the event loop, each drawn once while it stays the same.

A render is 5-30 ms of CPU, most of it in Pillow's C code but part of it (FreeType laying out
the text) with the GIL held: on the event loop, fifty answers at once would queue behind each
other's pictures. So renders run in a small pool of worker threads, recent ones are kept in a
RenderCache keyed by what the chart draws (`content_version`: the guild's private stories and
the "as of" day are part of the chart, so they are part of the key), and asking for a picture
already being drawn waits for that render instead of starting another.

A picture is an extra, the answer is not: when a burst of questions finds the workers busy
(`max_pending` renders queued or running), the next answers go without their picture rather
than wait behind the others' (a render costs several times what the answer's text does).
Pictures already drawn are still served from the cache.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor, ThreadPoolExecutor

from bot.pictures import Chart, RenderCache, RenderKey, render
from bot.pictures.model import CareerChart

log = logging.getLogger(__name__)

# What a picture may weigh once encoded (Discord shows far bigger ones; a fan's phone on mobile
# data should not have to fetch them). The renderer stays well under it.
MAX_PNG_BYTES = 200 * 1024


class Painter:
    """Renders charts to PNG bytes in worker threads, cached; a failure is logged, not raised."""

    def __init__(
        self,
        cache: RenderCache | None = None,
        executor: Executor | None = None,
        *,
        workers: int = 1,
        max_pending: int | None = None,
    ) -> None:
        self.cache = cache or RenderCache()
        self._own_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(workers, thread_name_prefix="picture")
        self._drawing: dict[RenderKey, asyncio.Future[bytes | None]] = {}
        # Renders queued or running beyond which an answer goes without its picture: one
        # waiting per worker keeps what a picture adds to an answer to about two renders. One
        # worker: renders hold the GIL for part of their time, and two at once slowed every
        # answer of a 50-question burst by half (bench e2e, "images on vs off").
        self.max_pending = 2 * workers if max_pending is None else max_pending
        self.failures = 0
        self.shed = 0  # answers sent without their picture because the workers were busy

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

    async def _draw(self, key: RenderKey, chart: Chart) -> bytes | None:
        loop = asyncio.get_running_loop()
        try:
            png = await loop.run_in_executor(self._executor, render, chart)
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
        """Draw one small picture, so that the first fan's answer does not pay for loading the
        fonts (about 40 ms)."""
        chart = CareerChart("Mercato", "warming up", (), (), 2000, "", "")
        try:
            await asyncio.get_running_loop().run_in_executor(self._executor, render, chart)
        except Exception:
            log.exception("warming the picture renderer failed; pictures may be unavailable")

    def close(self) -> None:
        """Stop the worker threads (those this painter started)."""
        if self._own_executor:
            self._executor.shutdown(wait=False, cancel_futures=True)
