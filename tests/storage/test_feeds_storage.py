"""The news desk's tables: follows per server, one feed per address, the outbox rebuilt."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.domain.desk import StoryProposal
from bot.storage import announcements as outbox
from bot.storage import db as dbmod
from bot.storage import feeds as store
from bot.storage.db import Database

NOW = "2025-10-14T09:00:00Z"
URL = "https://outlet.example/feed.xml"


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    d = await Database.open(tmp_path / "feeds.sqlite3")
    yield d
    await d.close()


async def add(db: Database, guild: int, name: str, url: str = URL) -> store.Follow:
    async with db.transaction() as conn:
        return await store.add_follow(conn, guild_id=guild, url=url, url_key=url, name=name,
                                      added_by=1, now=NOW)  # fmt: skip


async def test_one_feed_per_address_however_many_servers_follow_it(db: Database) -> None:
    a = await add(db, 1, "Outlet")
    b = await add(db, 2, "Same outlet")
    assert a.feed_id == b.feed_id
    assert [v.follow.name for v in await store.list_follows(db.conn, 1)] == ["Outlet"]
    async with db.transaction() as conn:
        assert await store.remove_follow(conn, 1, a.id)
        assert not await store.remove_follow(conn, 1, b.id)  # another server's follow
    assert await store.get_feed(db.conn, a.feed_id) is not None  # server 2 still follows it
    async with db.transaction() as conn:
        assert await store.remove_follow(conn, 2, b.id)
    assert await store.get_feed(db.conn, a.feed_id) is None


@pytest.mark.parametrize(
    ("name", "url", "words"),
    [("Other name", URL, "already follows that feed"),
     ("outlet", "https://other.example/rss", "already has a feed named 'outlet'")],
)  # fmt: skip
async def test_a_server_follows_a_feed_once_and_names_are_unique(
    db: Database, name: str, url: str, words: str
) -> None:
    first = await add(db, 1, "Outlet")
    with pytest.raises(store.DuplicateFollow, match=words) as caught:
        await add(db, 1, name, url)
    assert caught.value.follow_id == first.id
    assert len(await store.list_follows(db.conn, 1)) == 1  # the failed add left nothing


async def test_filters_and_interval_are_stored_per_follow(db: Database) -> None:
    follow = await add(db, 1, "Outlet")
    assert (follow.include, follow.exclude, follow.interval_s) == ((), (), 900)
    async with db.transaction() as conn:
        assert await store.set_filter(conn, 1, follow.id, ["transfer"], ["women", "u23"])
        assert not await store.set_filter(conn, 2, follow.id, ["x"], [])
    got = await store.get_follow(db.conn, 1, follow.id)
    assert got is not None and (got.include, got.exclude) == (("transfer",), ("women", "u23"))
    with pytest.raises(sqlite3.IntegrityError):
        async with db.transaction() as conn:
            await conn.execute("UPDATE feed_follow SET interval_s = 60 WHERE id = ?", (follow.id,))


async def test_stories_match_across_unknown_seasons_and_keep_apart_otherwise(db: Database) -> None:
    def p(season: int | None, team: str = "Team Blue") -> StoryProposal:
        return StoryProposal(
            "Ann Rider", "transfer", "rumour", "h", "e", season=season, to_team=team
        )

    async with db.transaction() as conn:
        sid = await store.create_story(conn, 1, p(2027), NOW)
        assert (await store.find_story(conn, 1, p(None))).id == sid  # type: ignore[union-attr]
        assert (await store.find_story(conn, 1, p(2027))).id == sid  # type: ignore[union-attr]
        assert await store.find_story(conn, 1, p(2028)) is None
        assert await store.find_story(conn, 1, p(2027, "Team Red")) is None
        assert await store.find_story(conn, 2, p(2027)) is None  # another server's story


async def test_upgrade_keeps_queued_announcements_and_accepts_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    real = dbmod._migrations()
    feeds = next(m[0] for m in real if "feeds" in m[1])
    before = [m for m in real if m[0] < feeds]  # the schema as it was before the news desk
    monkeypatch.setattr(dbmod, "_migrations", lambda: before)
    db = await Database.open(path)
    async with db.transaction() as conn:
        await outbox.enqueue(conn, dest_kind="channel", dest_id=5, guild_id=1, kind="digest",
                             dedupe_key="digest:1", payload={"title": "t"}, now=NOW)  # fmt: skip
    await db.close()
    monkeypatch.setattr(dbmod, "_migrations", lambda: real)
    db = await Database.open(path)
    try:
        rows = await db.fetchall("SELECT kind, dedupe_key, payload, state FROM outbox")
        assert [tuple(r) for r in rows] == [("digest", "digest:1", json.dumps({"title": "t"}),
                                             "pending")]  # fmt: skip
        async with db.transaction() as conn:
            assert await outbox.enqueue(conn, dest_kind="channel", dest_id=5, guild_id=1,
                                        kind="card", dedupe_key="card:1:1",
                                        payload={"title": "c"}, now=NOW)  # fmt: skip
        indexes = {r[0] for r in await db.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox'")}  # fmt: skip
        assert {"outbox_due", "outbox_sending", "outbox_destination"} <= indexes
    finally:
        await db.close()
