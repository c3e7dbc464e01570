"""Every connection to the database is opened here: the long-lived aiosqlite one the bot runs on
(with migrations and transactions), and the plain sqlite3 ones for work on a worker thread (the
name index build, the importer, `db check`, backups). One set of PRAGMAs, one busy timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

from bot.domain.errors import MercatoError

log = logging.getLogger(__name__)


CACHE_KIB = 64 * 1024
# How long a statement waits for another process's (or thread's) write lock before failing.
BUSY_TIMEOUT_MS = 5000
_BUSY = f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}"  # first: switching to WAL may wait for a lock
_WAL = "PRAGMA journal_mode = WAL"
# Every connection, read-only ones included.
_PRAGMAS = ("PRAGMA foreign_keys = ON",)
# Connections that write: WAL is set once per file (persistent), the rest per connection.
_WRITER_PRAGMAS = ("PRAGMA synchronous = NORMAL", f"PRAGMA cache_size = -{CACHE_KIB}")
# An import writes every row and index page in one transaction: keep them in memory until the
# commit instead of spilling them to the WAL half way (the cache is allocated only as it fills).
_BULK_PRAGMAS = ("PRAGMA cache_size = -1048576", "PRAGMA temp_store = MEMORY")  # up to 1 GiB


class StorageError(MercatoError):
    """The database cannot be used; the message says why in one line."""

    title = "Storage error"
    exit_code = 3


def _migrations() -> list[tuple[int, str, str]]:
    """Return (version, name, sql) for every numbered migration, in order."""
    found = []
    for entry in resources.files("bot.storage.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, name, _) in enumerate(found, start=1):
        if version != expected:
            raise RuntimeError(f"migration numbering has a gap at {name}")
    return found


def latest_version() -> int:
    return len(_migrations())


class Database:
    """Wraps one aiosqlite connection; aiosqlite already serialises work on its own thread."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        # One connection means one transaction at a time: without this, a second BEGIN from
        # another task fails ("cannot start a transaction within a transaction") and its
        # ROLLBACK would undo the first task's half-done work.
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str, *, migrate: bool = True) -> Database:
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        path = Path(path)
        if str(path) != ":memory:":
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"cannot create the folder for {path}: {exc.strerror}") from None
        connecting = aiosqlite.connect(path, isolation_level=None)
        try:
            conn = await connecting
        except sqlite3.Error as exc:
            # aiosqlite stops its worker thread after a failed connect; wait for it while the
            # loop still runs, or it reports into a closed loop and prints a stray traceback.
            thread: Any = getattr(connecting, "_thread", connecting)  # a Thread before 0.21
            await asyncio.to_thread(thread.join, 5)
            raise StorageError(f"cannot open database {path}: {exc}") from None
        conn.row_factory = aiosqlite.Row
        db = cls(conn, path)
        try:
            await db._configure()
            if migrate:
                await db.migrate()
            else:
                await db._check_version()
        except sqlite3.DatabaseError as exc:
            await conn.close()
            raise StorageError(f"database {path} is not usable: {exc}") from None
        except StorageError:
            await conn.close()
            raise
        return db

    async def _configure(self) -> None:
        # SQLite's default page cache is 2 MB; one busy rider's answer touches about that much
        # (claims, sources, reports scattered over a large file), so each answer reread its
        # pages from the OS. 64 MB keeps the hot part of a million-claim database in memory.
        await self.conn.execute(_BUSY)
        _check_wal(await (await self.conn.execute(_WAL)).fetchone())
        for pragma in (*_PRAGMAS, *_WRITER_PRAGMAS):
            await self.conn.execute(pragma)

    async def user_version(self) -> int:
        row = await (await self.conn.execute("PRAGMA user_version")).fetchone()
        return int(row[0]) if row else 0

    async def _check_version(self) -> int:
        version = await self.user_version()
        if version > latest_version():
            raise StorageError(
                f"database {self.path} has schema version {version}, newer than this Mercato "
                f"(knows up to {latest_version()}); upgrade Mercato or use another DATABASE_PATH"
            )
        return version

    async def migrate(self) -> int:
        """Apply pending migrations in one transaction; return how many were applied."""
        version = await self._check_version()
        pending = [m for m in _migrations() if m[0] > version]
        if not pending:
            return 0
        # executescript would commit on its own; run statements one by one inside one transaction.
        await self.conn.execute("BEGIN IMMEDIATE")
        try:
            for number, name, sql in pending:
                log.info("applying migration %s", name)
                for statement in _split_sql(sql):
                    await self.conn.execute(statement)
                await self.conn.execute(f"PRAGMA user_version = {number}")
            await self.conn.execute("COMMIT")
        except BaseException:
            await self.conn.execute("ROLLBACK")
            raise
        return len(pending)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run the block as one write transaction: all of it lands, or none of it."""
        async with self._write_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            else:
                await self.conn.execute("COMMIT")

    async def fetchall(
        self, sql: str, params: tuple[object, ...] | list[object] = ()
    ) -> list[aiosqlite.Row]:
        async with self.conn.execute(sql, params) as cur:
            return list(await cur.fetchall())

    async def fetchone(
        self, sql: str, params: tuple[object, ...] | list[object] = ()
    ) -> aiosqlite.Row | None:
        async with self.conn.execute(sql, params) as cur:
            return await cur.fetchone()

    async def close(self) -> None:
        await self.conn.close()


def _check_wal(mode: Any) -> None:
    if mode is not None and str(mode[0]).lower() not in {"wal", "memory"}:
        log.warning("WAL mode unavailable, running in %s mode", mode[0])


def connect(
    path: Path | str, *, readonly: bool = False, bulk: bool = False, threads: bool = False
) -> sqlite3.Connection:
    """A plain sqlite3 connection, configured as the bot's own, for work on a worker thread.

    `readonly` opens the file without write access (name index, checks, backup source); `bulk`
    sizes the cache for one large import transaction; `threads` lets a helper thread use the
    connection (one thread at a time, as the importer's index builds do). Transactions are
    explicit (BEGIN ... COMMIT), as on the aiosqlite connection.
    """
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=not threads)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=not threads)
    try:
        conn.execute(_BUSY)
        if not readonly:
            _check_wal(conn.execute(_WAL).fetchone())
        for pragma in (*_PRAGMAS, *(() if readonly else _WRITER_PRAGMAS)):
            conn.execute(pragma)
        for pragma in _BULK_PRAGMAS if bulk else ():
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block as one write transaction on a plain connection: all of it, or none."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, using sqlite3's own completeness check."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise RuntimeError(f"incomplete SQL statement in migration: {buffer[:60]!r}")
    return statements
