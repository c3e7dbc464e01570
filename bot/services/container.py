"""Everything the adapters need, opened once: storage, the name index, the use cases."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.services.announce import AnnounceService
from bot.services.ask import AskService
from bot.services.changes import ChangeFeed
from bot.services.directory import Directory
from bot.services.news import NewsService
from bot.services.teams import TeamCache
from bot.storage.db import Database
from bot.storage.loader import Progress, load_bundled

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass(slots=True)
class Services:
    settings: Settings
    db: Database
    directory: Directory
    ask: AskService
    news: NewsService
    announce: AnnounceService
    # Other processes' writes (shards split over processes); started by the bot, see app.py.
    changes: ChangeFeed

    async def close(self) -> None:
        await self.changes.close()
        await self.directory.close()
        await self.db.close()


def names_cache_path(db_path: Path) -> Path:
    """The name index cache lives beside its database (var/, git-ignored)."""
    return db_path.with_name(db_path.name + ".names")


async def open_services(
    settings: Settings,
    *,
    data_dir: Path | None = DATA_DIR,
    progress: Progress | None = None,
) -> Services:
    """Open the database, migrate, load bundled data the first time, build the name index."""
    db = await Database.open(settings.database_path)
    try:
        if data_dir is not None:
            loaded = await asyncio.to_thread(
                load_bundled, settings.database_path, data_dir, progress
            )
            if loaded:
                log.info("loaded bundled data: %s", ", ".join(loaded))
        since = await ChangeFeed.position(db)  # before the build: nothing falls in between
        directory = await Directory.build(db, cache=names_cache_path(settings.database_path))
    except BaseException:
        await db.close()
        raise
    ask = AskService(db, directory, teams=await TeamCache.load(db))
    news = NewsService(db, directory, settings.owner_ids)
    announce = AnnounceService(db, directory=directory)
    news.hooks.append(announce.on_claim_event)
    changes = ChangeFeed(settings.database_path, directory, since)
    changes.listeners.append(ask.teams.forget)
    return Services(settings, db, directory, ask, news, announce, changes)
