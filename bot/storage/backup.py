"""Consistent copies while the bot runs, with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.storage.db import StorageError, connect


def backup(source: Path, target: Path) -> None:
    if not source.exists():
        raise StorageError(f"no database at {source}")
    if target.exists():
        raise StorageError(f"{target} exists already; choose a new file")
    target.parent.mkdir(parents=True, exist_ok=True)
    src = connect(source, readonly=True)
    dst = connect(target)
    try:
        with dst:
            src.backup(dst, pages=1024)
    except sqlite3.Error as exc:
        raise StorageError(f"backup failed: {exc}") from None
    finally:
        dst.close()
        src.close()
