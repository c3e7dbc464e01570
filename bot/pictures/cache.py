"""Recent renders, kept by (kind, entity, season, data version) in a bounded LRU.

A render costs milliseconds of CPU; the same /transfer asked again in a busy channel should
not pay it twice. Thread-safe, because renders run off the event loop in worker threads.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RenderKey:
    """What a cached picture was drawn from.

    `version` must change whenever the picture would. `content_version(chart)` does so by
    construction, guild-private stories included, since they change the chart. A version the
    caller makes itself (the claims' latest updated_at, a change counter) must also carry the
    guild scope and the date the picture is drawn "as of", or one guild could be shown another's
    picture, or yesterday's.
    """

    kind: str  # "career" or "team-season"
    entity_id: int
    season: int | None
    version: str


def content_version(chart: object) -> str:
    """A digest of everything a chart draws: equal charts, equal versions."""
    # Charts are frozen dataclasses of str, int, enums and tuples: their repr is stable.
    return hashlib.blake2b(repr(chart).encode(), digest_size=16).hexdigest()


class RenderCache:
    """An LRU of PNG bytes, bounded both in entries and in bytes."""

    def __init__(self, max_entries: int = 256, max_bytes: int = 32 * 1024 * 1024) -> None:
        if max_entries < 1 or max_bytes < 1:
            raise ValueError("a render cache needs room for at least one picture")
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[RenderKey, bytes] = OrderedDict()
        self._subjects: Counter[tuple[str, int, int | None]] = Counter()  # pictures held of each
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = self.evictions = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def nbytes(self) -> int:
        return self._bytes

    def holds(self, kind: str, entity_id: int, season: int | None) -> bool:
        """Whether a picture of this subject is kept, of whatever version."""
        return self._subjects[(kind, entity_id, season)] > 0

    def get(self, key: RenderKey) -> bytes | None:
        """The picture stored for `key`, now the most recently used, or None."""
        with self._lock:
            png = self._items.get(key)
            if png is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return png

    def put(self, key: RenderKey, png: bytes) -> None:
        """Store `png`, evicting the least recently used pictures past either bound."""
        if len(png) > self.max_bytes:  # would evict everything and still not fit
            log.debug("not caching a %d-byte picture: the cache holds %d", len(png), self.max_bytes)
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old)
            else:
                self._subjects[_subject(key)] += 1
            self._items[key] = png
            self._bytes += len(png)
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                gone, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped)
                self._subjects[_subject(gone)] -= 1
                self.evictions += 1

    def get_or_render(self, key: RenderKey, draw: Callable[[], bytes]) -> bytes:
        """The cached picture for `key`, or `draw()`'s, stored. Draws outside the lock."""
        png = self.get(key)
        if png is None:
            png = draw()
            self.put(key, png)
        return png

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._subjects.clear()
            self._bytes = 0


def _subject(key: RenderKey) -> tuple[str, int, int | None]:
    return (key.kind, key.entity_id, key.season)
