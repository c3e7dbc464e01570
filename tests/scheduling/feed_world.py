"""A news desk to poll: a real database file, the feed server double, a fake clock and a fake
reader that proposes a story for titles written as '<person> signs with <team> [for <year>]'."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.domain.clock import FakeClock, iso
from bot.domain.desk import ReadRequest, StoryProposal
from bot.scheduling.feeds import FeedPoller, PollReport, PollSettings, ThreadedReader, threaded
from bot.sources.http import AddressPolicy, Limits, SafeFetcher
from bot.storage import feeds as store
from bot.storage.db import Database
from bot.storage.feeds import Follow
from tests.feeds_double import Entry, FeedServer

START = datetime(2025, 10, 14, 9, 0, tzinfo=UTC)
GUILD_A, GUILD_B = 111, 222
REVIEW_A, REVIEW_B = 1001, 2002
POLL_S = 60

_SIGNS = re.compile(r"(?P<who>.+?) signs with (?P<team>.+?)(?: for (?P<season>\d{4}))?$")


@dataclass
class FakeReader:
    calls: list[ReadRequest] = field(default_factory=list)
    fail_on: set[str] = field(default_factory=set)  # titles that make it raise

    def __call__(self, req: ReadRequest) -> list[StoryProposal]:
        self.calls.append(req)
        if req.title in self.fail_on:
            raise RuntimeError("reader bug")
        m = _SIGNS.match(req.title)
        if m is None:
            return []
        lowered = req.text.lower()
        status = (
            "official"
            if "officially" in lowered
            else "rumour"
            if "rumour" in lowered
            else "reported"
        )
        season = int(m["season"]) if m["season"] else None
        return [
            StoryProposal(
                person=m["who"], kind="transfer", status=status,
                headline=f"{m['who']} moves to {m['team']}", evidence=req.text, season=season,
                to_team=m["team"], options={"person": m["who"], "published": str(req.published)},
            )
        ]  # fmt: skip


def signing(n: int, who: str, team: str, *, day: int = 14, text: str = "They report it.",
            season: int | None = 2027, link: str | None = None) -> Entry:  # fmt: skip
    title = f"{who} signs with {team}" + (f" for {season}" if season else "")
    return Entry(f"urn:story-{n}", title, link or f"https://outlet.example/story/{n}", text,
                 datetime(2025, 10, day, 8, tzinfo=UTC), "Desk")  # fmt: skip


def note(n: int) -> Entry:
    return Entry(f"urn:note-{n}", f"Race notes {n}", f"https://outlet.example/notes/{n}",
                 "Wind and rain.", datetime(2025, 10, 1, 8, tzinfo=UTC) + timedelta(hours=n))  # fmt: skip


@dataclass
class Desk:
    db: Database
    server: FeedServer
    clock: FakeClock
    fetcher: SafeFetcher
    reader: FakeReader
    poller: FeedPoller

    async def follow(self, guild: int, path: str, name: str, **kw: Any) -> Follow:
        url = self.server.url(path)
        async with self.db.transaction() as conn:
            return await store.add_follow(
                conn, guild_id=guild, url=url, url_key=url, name=name, added_by=7,
                now=iso(self.clock.now()), **kw,
            )  # fmt: skip

    async def review(self, guild: int, channel: int | None) -> None:
        async with self.db.transaction() as conn:
            await store.set_review_channel(conn, guild, channel, iso(self.clock.now()))

    async def poll(self, after: float = POLL_S * 1.2) -> PollReport:
        """Let the interval (and its jitter) pass, then run one cycle."""
        self.clock.advance(seconds=after)
        return await self.poller.run_once()

    async def rows(self, sql: str, *params: object) -> list[dict[str, Any]]:
        return [dict(r) for r in await self.db.fetchall(sql, params)]

    async def cards(self) -> list[dict[str, Any]]:
        rows = await self.rows("SELECT * FROM outbox WHERE kind = 'card' ORDER BY id")
        for r in rows:
            r["payload"] = json.loads(r["payload"])
        return rows

    async def feed(self, path: str) -> store.Feed:
        row = await self.db.fetchone("SELECT id FROM feed WHERE url = ?", (self.server.url(path),))
        assert row is not None
        feed = await store.get_feed(self.db.conn, row[0])
        assert feed is not None
        return feed


async def open_desk(tmp_path, settings: PollSettings | None = None) -> Desk:  # type: ignore[no-untyped-def]
    db = await Database.open(tmp_path / "desk.sqlite3")
    server = await FeedServer().start()
    clock = FakeClock(START)
    fetcher = SafeFetcher(AddressPolicy(["127.0.0.1"]), limits=Limits(connect_s=1, total_s=0.5))
    reader = FakeReader()
    poller = FeedPoller(
        db, fetcher, threaded(reader), clock, settings or PollSettings(poll_seconds=POLL_S),
        rng=random.Random(5),
    )  # fmt: skip
    return Desk(db, server, clock, fetcher, reader, poller)


async def close_desk(desk: Desk) -> None:
    desk.poller.close()
    if isinstance(desk.poller.reader, ThreadedReader):
        desk.poller.reader.close()
    await desk.fetcher.close()
    await desk.server.close()
    await desk.db.close()
