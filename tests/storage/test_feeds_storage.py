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
LATER = "2025-10-14T09:30:00Z"


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


async def test_due_feeds_come_in_pages_most_overdue_first(db: Database) -> None:
    for n in range(7):
        await add(db, 1, f"Outlet {n}", f"https://outlet{n}.example/feed")
    async with db.transaction() as conn:  # feed 3 is the most overdue, feed 6 is not due yet
        await conn.execute("UPDATE feed SET next_due_at = '2025-10-14T08:00:00Z' WHERE id = 3")
        await conn.execute("UPDATE feed SET next_due_at = '2025-10-14T10:00:00Z' WHERE id = 6")
    pages: list[list[int]] = []
    after: tuple[str, int] | None = None
    while page := await store.due_feeds(db.conn, NOW, 2, after=after):
        pages.append([f.id for f in page])
        after = (page[-1].next_due_at, page[-1].id)
        if len(pages) == 1:  # written back while the cycle goes on: not seen again
            async with db.transaction() as conn:
                await conn.execute("UPDATE feed SET next_due_at = ? WHERE id = 3", (LATER,))
    assert pages == [[3, 1], [2, 4], [5, 7]]


async def test_follows_of_many_feeds_in_one_call(db: Database) -> None:
    a = await add(db, 1, "Outlet")
    b = await add(db, 2, "Same outlet")
    c = await add(db, 1, "Other", "https://other.example/rss")
    got = await store.follows_of_feeds(db.conn, [a.feed_id, c.feed_id, 99])
    assert {k: [f.id for f in v] for k, v in got.items()} == {
        a.feed_id: [a.id, b.id], c.feed_id: [c.id], 99: []}  # fmt: skip


async def test_successes_are_recorded_many_at_once(db: Database) -> None:
    follows = [await add(db, 1, f"Outlet {n}", f"https://outlet{n}.example/feed") for n in range(3)]
    ids = [f.feed_id for f in follows]
    async with db.transaction() as conn:
        await store.mark_baseline(conn, follows[0].id, NOW, proposed=0)
        await store.mark_baseline(conn, follows[1].id, NOW, proposed=0)
        await store.record_failure(conn, ids[0], now=NOW, next_due_at=NOW, status="timeout",
                                   error="timeout: slow", pause_after=20)  # fmt: skip
        later = "2025-10-14T09:15:00Z"
        changed = await store.record_successes(conn, [
            store.Success(ids[0], later, "2025-10-14T09:30:00Z", "not modified", '"v2"', None),
            store.Success(ids[1], later, "2025-10-14T09:31:00Z", "no new items", None, "Tue",
                          store.Document("RSS 2.0", "Outlet", "d1", "not well-formed")),
            # Feed 3's follow waits for its first poll (a server joined during the fetch):
            # it stays due, with nothing recorded, so that poll gets the whole document.
            store.Success(ids[2], later, "2025-10-14T09:32:00Z", "not modified", '"x"', None),
        ])  # fmt: skip
    assert changed == 2
    one, two, three = [await store.get_feed(db.conn, i) for i in ids]
    assert one is not None and two is not None and three is not None
    assert (one.consecutive_failures, one.last_error, one.etag, one.next_due_at, one.last_ok_at,
            one.last_status) == (0, None, '"v2"', "2025-10-14T09:30:00Z", later, "not modified")  # fmt: skip
    assert (two.kind, two.title, two.body_digest, two.last_warning, two.last_modified) == (
        "RSS 2.0",
        "Outlet",
        "d1",
        "not well-formed",
        "Tue",
    )
    assert (three.etag, three.next_due_at, three.last_fetch_at) == (None, NOW, None)


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
