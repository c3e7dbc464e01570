"""The composition root: everything the adapters need, opened once and wired together.

Storage, the name index, the use cases (bot/services), the announcement queue (a hook of
bot/scheduling on the news events) and the change feed that keeps the in-memory caches in step
with other processes' writes. Both adapters (bot/app.py for Discord, bot/console.py) and the
command line get a `Services` from `open_services` and pass it on; nothing is a global.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.domain.clock import Clock, SystemClock
from bot.scheduling.announcements import Announcer
from bot.scheduling.cards import queue_card
from bot.scheduling.feeds import FeedPoller, PollSettings
from bot.services.announce import AnnounceService
from bot.services.articles import ArticleService
from bot.services.ask import AskService
from bot.services.changes import ChangeFeed
from bot.services.desk import DeskReader, DeskService
from bot.services.directory import Directory
from bot.services.events import Events
from bot.services.follows import FollowService
from bot.services.guilds import GuildSettings
from bot.services.moderation import ModerationService
from bot.services.news import NewsService
from bot.services.pictures import Painter
from bot.services.resolver import Resolver
from bot.services.teams import TeamCache
from bot.sources.http import AddressPolicy, SafeFetcher, feed_user_agent
from bot.storage.db import Database
from bot.storage.loader import Progress, load_bundled

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@dataclass(slots=True)
class Services:
    settings: Settings
    db: Database
    clock: Clock
    directory: Directory
    resolver: Resolver
    events: Events  # every change to the news; announcements hook in here
    ask: AskService  # /transfer, /team
    news: NewsService  # /addnews, new people
    moderation: ModerationService  # /editnews, /retractnews, /promote, /history
    articles: ArticleService  # /addarticle
    announce: AnnounceService  # /announce
    follows: FollowService  # /follow, /following, /unfollow
    guilds: GuildSettings  # /config, and the moderator role every check reads
    teams: TeamCache  # teams by id for the answers
    announcer: Announcer  # the hook that queues what a change announces
    # Other processes' writes (shards split over processes); the Discord bot starts it.
    changes: ChangeFeed
    desk: DeskService  # /feeds, /announce review, the review cards' buttons
    poller: FeedPoller  # the news desk's feed poller (the Discord bot runs its loop)
    reader: DeskReader  # the desk's article reader (poller and /feeds test), on its own thread
    painter: Painter  # the pictures of /transfer and /team, drawn off the event loop

    def use_clock(self, clock: Clock) -> None:
        """Make every part that reads the time read `clock` (tests move a FakeClock)."""
        self.clock = self.announce.clock = self.follows.clock = self.announcer.clock = clock
        self.desk.clock = self.poller.clock = clock

    async def close(self) -> None:
        """Stop the change feed, the name index's background work, the desk's parsing and
        reading threads and the picture threads; close the database."""
        await self.changes.close()
        self.poller.close()
        self.reader.close()
        await self.desk.fetcher.close()
        await self.directory.close()
        self.painter.close()
        await self.db.close()


def names_cache_path(db_path: Path) -> Path:
    """The name index cache lives beside its database (var/, git-ignored)."""
    return db_path.with_name(db_path.name + ".names")


async def open_services(
    settings: Settings,
    *,
    data_dir: Path | None = DATA_DIR,
    progress: Progress | None = None,
    clock: Clock | None = None,
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
        teams = await TeamCache.load(db)
    except BaseException:
        await db.close()
        raise
    changes = ChangeFeed(settings.database_path, directory, since)
    return wire(settings, db, directory, teams, changes, clock or SystemClock())


def wire(
    settings: Settings,
    db: Database,
    directory: Directory,
    teams: TeamCache,
    changes: ChangeFeed,
    clock: Clock,
) -> Services:
    """Build every service over one database and name index."""
    changes.listeners.append(teams.forget)
    resolver = Resolver(directory)
    events = Events()
    announcer = Announcer(clock)
    events.hooks.append(announcer.on_claim_event)
    news = NewsService(db, directory, resolver, events)
    articles = ArticleService(db, directory, news)
    fetcher = SafeFetcher(
        AddressPolicy(settings.feed_allow_hosts),
        user_agent=feed_user_agent(settings.mercato_contact),
    )
    reader = DeskReader(articles, db)
    return Services(
        settings=settings,
        db=db,
        clock=clock,
        directory=directory,
        resolver=resolver,
        events=events,
        ask=AskService(db, resolver, teams=teams),
        news=news,
        moderation=ModerationService(db, directory, resolver, events, settings.owner_ids),
        articles=articles,
        announce=AnnounceService(db, clock),
        follows=FollowService(db, resolver, clock),
        guilds=GuildSettings(db, changes),
        teams=teams,
        announcer=announcer,
        changes=changes,
        desk=DeskService(db, clock, fetcher, reader, articles, queue_card),
        poller=FeedPoller(
            db, fetcher, reader, clock, PollSettings(poll_seconds=settings.feed_poll_seconds)
        ),
        reader=reader,
        painter=Painter(),
    )
