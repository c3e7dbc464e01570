"""Following what other processes write to the shared database (shards split over processes).

Each process keeps the name index and the moderator-role cache in memory. A poller watches
SQLite's data_version pragma on a read-only connection of its own (it moves whenever any other
connection commits, this process's own included), reads the audit rows written since the last
poll, and updates what they touch: the people and teams named (a claim names its person, whose
prior or scope changed), the guilds whose settings changed. An import, or more rows than
`BULK`, rebuilds the index in the background instead. Re-applying this process's own writes
is harmless: an update replaces an entry with what the database holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from bot.domain.matching import NameEntry
from bot.domain.models import EntityRef
from bot.services.directory import Directory, read_entries
from bot.storage import audit, changes
from bot.storage.changes import Changes
from bot.storage.db import Database, connect

log = logging.getLogger(__name__)

INTERVAL = 1.0  # seconds between polls: another process's write shows here within about this
BULK = 500  # more audit rows than this at once: rebuild the index rather than update it

Listener = Callable[[Changes], None]
_Step = tuple[Changes, list[tuple[NameEntry, int | None]], list[EntityRef]]


class ChangeFeed:
    """Polls the database for others' writes and applies them to the in-memory caches."""

    def __init__(
        self, db_path: Path, directory: Directory, since: int, *, interval: float = INTERVAL
    ) -> None:
        self.directory = directory
        self.interval = interval
        self.listeners: list[Listener] = []  # told about every batch (the role cache)
        self._path = db_path
        self._cursor = since  # the newest audit row already reflected in memory
        self._version: int | None = None
        self._conn: sqlite3.Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._lock = threading.Lock()  # one user of the connection at a time (see close)

    @staticmethod
    async def position(db: Database) -> int:
        """The newest audit row now: read it before building what it will keep up to date."""
        return await audit.last_id(db.conn)

    async def poll(self) -> Changes | None:
        """Apply what was committed since the last poll; None when nothing was."""
        step = await asyncio.to_thread(self._read)
        if step is None:
            return None
        found, entries, gone = step
        if found.everything:
            self.directory.refresh()
        else:
            self.directory.update(entries, gone)
        for listener in self.listeners:
            listener(found)
        self._cursor = found.last_id
        if found.rows:
            log.debug("applied %d audit rows up to %d", found.rows, found.last_id)
        return found

    def _read(self) -> _Step | None:
        """Worker thread: the audit rows since the cursor and the entries they touch."""
        with self._lock:
            return self._read_locked()

    def _read_locked(self) -> _Step | None:
        if self._conn is None:
            # A read-only connection of its own: its data version moves when any other one
            # commits. Used from one worker thread at a time (each poll awaits its step).
            self._conn = connect(self._path, readonly=True, threads=True)
        version = changes.data_version(self._conn)
        if version == self._version:
            return None
        found = changes.since(self._conn, self._cursor, BULK)
        self._version = version
        if not found.rows:
            return None
        if found.everything or not (found.person_ids or found.team_ids):
            return found, [], []
        entries, gone = read_entries(
            self._conn, sorted(found.person_ids), sorted(found.team_ids), self.directory.year
        )
        return found, entries, gone

    def start(self) -> None:
        """Poll every `interval` seconds until `close`."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="mercato-changes")

    async def _run(self) -> None:
        while True:
            try:
                await self.poll()
            except sqlite3.Error as exc:
                # a locked or busy moment: the next poll reads the same rows again
                log.warning("reading other processes' changes failed: %s", exc)
                self._drop_connection()
            except Exception:
                log.exception("applying other processes' changes failed")
            await asyncio.sleep(self.interval)  # a pace, not a synchronisation

    def _drop_connection(self) -> None:
        # A cancelled poll's worker thread may still be reading: closing the connection under
        # it crashes the process, so wait for it to finish first.
        with self._lock:
            self._close_connection()

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._version = None

    async def close(self) -> None:
        """Stop polling and close the connection."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await asyncio.to_thread(self._drop_connection)
