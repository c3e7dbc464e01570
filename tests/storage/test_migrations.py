from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.storage import db as dbmod
from bot.storage.db import Database, StorageError, latest_version


async def test_fresh_database_gets_every_migration_and_pragmas(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "new.sqlite3")
    try:
        assert await db.user_version() == latest_version() >= 1
        assert (await db.fetchone("PRAGMA journal_mode"))[0] == "wal"
        assert (await db.fetchone("PRAGMA foreign_keys"))[0] == 1
        assert (await db.fetchone("PRAGMA busy_timeout"))[0] == 5000
        tables = {
            r[0] for r in await db.fetchall("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert {"team", "team_name", "person", "claim", "claim_source", "audit_log"} <= tables
    finally:
        await db.close()


async def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    (await Database.open(path)).conn  # noqa: B018
    db = await Database.open(path)
    try:
        assert await db.migrate() == 0
    finally:
        await db.close()


async def test_upgrade_from_version_one_keeps_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    real = dbmod._migrations()
    monkeypatch.setattr(dbmod, "_migrations", lambda: real[:1])
    db = await Database.open(path)
    await db.conn.execute("INSERT INTO team (key) VALUES ('old-team')")
    await db.close()
    monkeypatch.setattr(dbmod, "_migrations", lambda: real)
    db = await Database.open(path)
    try:
        assert await db.user_version() == len(real)
        assert (await db.fetchone("SELECT key FROM team"))[0] == "old-team"
    finally:
        await db.close()


async def test_failed_migration_rolls_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bad.sqlite3"
    real = dbmod._migrations()
    broken = (
        len(real) + 1,
        "9999_broken.sql",
        "CREATE TABLE fine (x INTEGER);\nCREATE TABLE nope (;",
    )
    monkeypatch.setattr(dbmod, "_migrations", lambda: [*real, broken])
    monkeypatch.setattr(dbmod, "latest_version", lambda: len(real) + 1)
    with pytest.raises(StorageError, match="syntax error"):
        await Database.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert (
        conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('fine', 'team')"
        ).fetchone()[0]
        == 0
    )
    conn.close()


async def test_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    conn.close()
    with pytest.raises(StorageError, match="newer than this Mercato"):
        await Database.open(path)


async def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match="not usable"):
        await Database.open(path)


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.sqlite3")
    try:
        with pytest.raises(RuntimeError):
            async with db.transaction() as conn:
                await conn.execute("INSERT INTO team (key) VALUES ('half')")
                raise RuntimeError("boom")
        assert (await db.fetchone("SELECT count(*) FROM team"))[0] == 0
    finally:
        await db.close()
