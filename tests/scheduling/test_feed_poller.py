"""The news desk's poller, run cycle by cycle against the feed server double with a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.domain.clock import iso, parse_iso
from bot.scheduling.feeds import PollSettings
from bot.storage import feeds as store
from tests.feeds_double import install_faults

from .feed_world import (
    GUILD_A,
    GUILD_B,
    POLL_S,
    REVIEW_A,
    REVIEW_B,
    Desk,
    close_desk,
    note,
    open_desk,
    signing,
)


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    d = await open_desk(tmp_path)
    await d.review(GUILD_A, REVIEW_A)
    await d.review(GUILD_B, REVIEW_B)
    yield d
    await close_desk(d)


async def test_first_poll_marks_what_the_feed_holds_as_seen_and_proposes_nothing(
    desk: Desk,
) -> None:
    desk.server.put_feed("/f/a", "rss2", [signing(1, "Ann Rider", "Team Blue"), note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    report = await desk.poller.run_once()  # a new follow is due at once
    assert report.fetched == 1 and report.cards == 0
    assert desk.reader.calls == []
    assert await desk.cards() == []
    feed = await desk.feed("/f/a")
    assert feed.items_seen == 2 and feed.last_status == "new items: 2"
    outcomes = await desk.rows("SELECT outcome, count(*) AS n FROM desk_article GROUP BY outcome")
    assert outcomes == [{"outcome": "baseline", "n": 2}]
    follow = (await store.list_follows(desk.db.conn, GUILD_A))[0].follow
    assert follow.baseline_at is not None and follow.items_new == 0


async def test_a_new_item_becomes_one_card_in_the_review_channel(desk: Desk) -> None:
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.poller.run_once()
    desk.server.put_feed("/f/a", "rss2", [signing(2, "Ann Rider", "Team Blue"), note(1)])
    report = await desk.poll()
    assert report.new_items == 1 and report.read == 1 and report.cards == 1
    (req,) = desk.reader.calls
    assert req.title == "Ann Rider signs with Team Blue for 2027"
    assert req.link == "https://outlet.example/story/2" and str(req.published) == "2025-10-14"
    assert req.guild_id == GUILD_A and req.outlet == "Outlet A"
    (card,) = await desk.cards()
    assert (card["dest_id"], card["guild_id"], card["state"]) == (REVIEW_A, GUILD_A, "pending")
    payload = card["payload"]
    assert payload["title"] == "Ann Rider moves to Team Blue"
    assert payload["card"]["action"] == "post" and payload["card"]["revision"] == 1
    assert "📰 Reported · 1 source" in payload["description"]
    assert payload["sections"][0] == [
        "Sources",
        "Outlet A · 2025-10-14 · <https://outlet.example/story/2>",
    ]
    assert payload["sections"][1] == ["Evidence", "“They report it.”"]
    story = await store.get_story(desk.db.conn, GUILD_A, payload["card"]["story_id"])
    assert story is not None and story.card_outbox_id == card["id"] and story.decision is None
    assert await store.get_story(desk.db.conn, GUILD_B, story.id) is None  # not another guild's
    follow = (await store.list_follows(desk.db.conn, GUILD_A))[0].follow
    assert (follow.items_new, follow.cards_posted) == (1, 1)


async def test_backfill_reviews_the_newest_items_on_the_first_poll(desk: Desk) -> None:
    entries = [signing(3, "Cy Climber", "Team Red", day=13), signing(2, "Bo Sprinter", "Team Blue", day=12),
               signing(1, "Al Rouleur", "Team Green", day=11)]  # fmt: skip
    desk.server.put_feed("/f/a", "atom", entries)
    await desk.follow(GUILD_A, "/f/a", "Outlet A", backfill=2)
    report = await desk.poller.run_once()
    assert [c.title.split(" signs")[0] for c in desk.reader.calls] == ["Cy Climber", "Bo Sprinter"]
    assert report.cards == 2
    follow = (await store.list_follows(desk.db.conn, GUILD_A))[0].follow
    assert follow.items_new == 2 and follow.cards_posted == 2


async def test_the_same_link_through_two_feeds_is_one_item(desk: Desk) -> None:
    shared = signing(
        5, "Di Puncheur", "Team Gold", link="https://news.example/di-gold?utm_source=a"
    )
    again = signing(6, "Di Puncheur", "Team Gold", link="https://www.news.example/di-gold/")
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    desk.server.put_feed("/f/b", "json", [note(2)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.follow(GUILD_A, "/f/b", "Outlet B")
    await desk.poller.run_once()
    desk.server.put_feed("/f/a", "rss2", [shared, note(1)])
    await desk.poll()
    desk.server.put_feed("/f/b", "json", [again, note(2)])
    report = await desk.poll()
    assert report.new_items == 1  # new in feed B ...
    assert len(desk.reader.calls) == 1  # ... but the server has read that article already
    assert len(await desk.cards()) == 1
    assert len(await desk.rows("SELECT * FROM desk_source")) == 1


async def test_the_same_link_in_two_feeds_in_one_cycle_is_still_one_source(desk: Desk) -> None:
    shared = signing(5, "Di Puncheur", "Team Gold", link="https://news.example/di-gold")
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    desk.server.put_feed("/f/b", "atom", [note(2)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.follow(GUILD_A, "/f/b", "Outlet B")
    await desk.poller.run_once()
    desk.server.put_feed("/f/a", "rss2", [shared, note(1)])
    desk.server.put_feed("/f/b", "atom", [shared, note(2)])
    await desk.poll()
    # Both feeds may read it (they run side by side); the server files it once.
    assert len(await desk.cards()) == 1
    assert len(await desk.rows("SELECT * FROM desk_source")) == 1
    assert len(await desk.rows("SELECT * FROM desk_article WHERE outcome = 'proposed'")) == 1


async def test_the_same_story_from_a_second_outlet_raises_the_card_it_already_has(
    desk: Desk,
) -> None:
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    desk.server.put_feed("/f/b", "rdf", [note(2)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.follow(GUILD_A, "/f/b", "Outlet B")
    await desk.poller.run_once()
    desk.server.put_feed(
        "/f/a", "rss2", [signing(7, "Ed Domestique", "Team Grey", text="A rumour.")]
    )
    await desk.poll()
    desk.server.put_feed("/f/b", "rdf", [signing(8, "Ed Domestique", "Team Grey", season=None,
                                                 text="The team officially announced it.")])  # fmt: skip
    report = await desk.poll()
    assert report.cards == 0 and report.card_updates == 1
    first, update = await desk.cards()
    assert first["payload"]["card"]["story_id"] == update["payload"]["card"]["story_id"]
    assert update["payload"]["card"] == {
        **first["payload"]["card"],
        "revision": 2,
        "action": "edit",
    }
    assert first["payload"]["description"].startswith("💬 Rumour · 1 source")
    assert update["payload"]["description"].startswith("✅ Official · 2 sources")
    stories = await desk.rows("SELECT status, revision, season FROM desk_story")
    assert stories == [{"status": "official", "revision": 2, "season": 2027}]


async def test_a_feed_followed_by_two_servers_is_fetched_once_and_fans_out(desk: Desk) -> None:
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    a = await desk.follow(GUILD_A, "/f/a", "Outlet A")
    b = await desk.follow(GUILD_B, "/f/a", "Same outlet")
    assert a.feed_id == b.feed_id
    await desk.poller.run_once()
    desk.server.put_feed("/f/a", "rss2", [signing(9, "Fi Grimpeur", "Team Pink"), note(1)])
    hits = desk.server.count("/f/a")
    await desk.poll()
    assert desk.server.count("/f/a") == hits + 1
    assert sorted(c.guild_id for c in desk.reader.calls) == [GUILD_A, GUILD_B]
    cards = await desk.cards()
    assert sorted((c["guild_id"], c["dest_id"]) for c in cards) == [(GUILD_A, REVIEW_A),
                                                                   (GUILD_B, REVIEW_B)]  # fmt: skip
    assert len({c["payload"]["card"]["story_id"] for c in cards}) == 2  # a story per server


async def test_a_server_joining_later_gets_its_own_first_poll(desk: Desk) -> None:
    desk.server.put_feed("/f/a", "rss2", [signing(1, "Gu Rider", "Team Teal"), note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.poller.run_once()
    await desk.follow(GUILD_B, "/f/a", "Outlet A")
    report = await desk.poller.run_once()  # due at once for the newcomer, validators cleared
    assert report.fetched == 1 and report.cards == 0 and desk.reader.calls == []


async def test_304_and_unchanged_bodies_cost_no_parsing_or_reading(desk: Desk) -> None:
    desk.server.put_feed("/f/a", "rss2", [signing(1, "Ha Rider", "Team Navy"), note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.poller.run_once()
    report = await desk.poll()
    assert report.not_modified == 1
    assert desk.server.hits[-1].status == 304
    assert desk.server.hits[-1].headers["If-None-Match"] == desk.server.docs["/f/a"].etag
    desk.server.honour_conditional = False
    report = await desk.poll()
    assert report.fetched == 1 and report.unchanged == 1 and report.new_items == 0
    assert (await desk.feed("/f/a")).last_status == "no new items"
    assert desk.reader.calls == []


async def test_filters_leave_out_items_before_reading(desk: Desk) -> None:
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    follow = await desk.follow(GUILD_A, "/f/a", "Outlet A", include=["signs"], exclude=["women"])
    await desk.poller.run_once()
    desk.server.put_feed("/f/a", "rss2", [
        signing(1, "Io Rider", "Team Women Blue"), signing(2, "Jo Rider", "Team Red"), note(2)])  # fmt: skip
    await desk.poll()
    assert [c.title for c in desk.reader.calls] == ["Jo Rider signs with Team Red for 2027"]
    outcomes = await desk.rows("SELECT outcome FROM desk_article WHERE follow_id = ? AND"
                               " outcome != 'baseline' ORDER BY outcome", follow.id)  # fmt: skip
    assert [o["outcome"] for o in outcomes] == ["filtered", "filtered", "proposed"]


async def test_a_skipped_story_is_never_proposed_again(desk: Desk) -> None:
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    desk.server.put_feed("/f/b", "rss2", [note(2)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.follow(GUILD_A, "/f/b", "Outlet B")
    await desk.poller.run_once()
    desk.server.put_feed("/f/a", "rss2", [signing(1, "Ka Rider", "Team Lime")])
    await desk.poll()
    (card,) = await desk.cards()
    story_id = card["payload"]["card"]["story_id"]
    async with desk.db.transaction() as conn:
        assert await store.decide(conn, GUILD_A, story_id, "skipped", 42, "2025-10-14T10:00:00Z")
        assert not await store.decide(
            conn, GUILD_A, story_id, "confirmed", 43, "2025-10-14T10:00:01Z"
        )
    desk.server.put_feed("/f/b", "rss2", [signing(2, "Ka Rider", "Team Lime", text="Officially.")])
    desk.server.put_feed("/f/a", "rss2", [signing(1, "Ka Rider", "Team Lime")])  # unchanged
    report = await desk.poll()
    assert report.cards == 0 and report.card_updates == 0
    assert len(await desk.cards()) == 1
    story = await store.get_story(desk.db.conn, GUILD_A, story_id)
    assert story is not None and story.decision == "skipped" and story.decided_by == 42


async def test_without_a_review_channel_stories_wait_for_one(desk: Desk) -> None:
    await desk.review(GUILD_A, None)
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.poller.run_once()
    desk.server.put_feed("/f/a", "rss2", [signing(1, "Lu Rider", "Team Sand")])
    report = await desk.poll()
    assert report.read == 1 and report.cards == 0 and await desk.cards() == []
    waiting = await store.stories_without_card(desk.db.conn, GUILD_A)
    assert [s.proposal.person for s in waiting] == ["Lu Rider"]


async def test_a_reader_error_marks_the_item_failed_and_the_rest_go_on(desk: Desk) -> None:
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.poller.run_once()
    bad = signing(1, "Mo Rider", "Team Rust")
    desk.reader.fail_on.add(bad.title)
    desk.server.put_feed("/f/a", "rss2", [bad, signing(2, "No Rider", "Team Jade")])
    report = await desk.poll()
    assert report.read_failed == 1 and report.read == 1 and report.cards == 1
    outcomes = await desk.rows("SELECT outcome FROM desk_article WHERE outcome != 'baseline'"
                               " ORDER BY outcome")  # fmt: skip
    assert [o["outcome"] for o in outcomes] == ["failed", "proposed"]


class Crash(BaseException):
    """The process dying mid-cycle: not an Exception, so nothing catches it."""


async def test_a_crash_while_reading_stores_nothing_and_the_next_cycle_redoes_it(
    desk: Desk,
) -> None:
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.poller.run_once()
    before = await desk.feed("/f/a")
    desk.server.put_feed("/f/a", "rss2", [signing(1, "Oz Rider", "Team Plum"), note(1)])
    real = desk.poller.reader

    async def dying(req):  # type: ignore[no-untyped-def]
        raise Crash

    desk.poller.reader = dying
    with pytest.raises(Crash):
        await desk.poll()
    after = await desk.feed("/f/a")
    assert (after.items_seen, after.etag, after.body_digest) == (
        before.items_seen, before.etag, before.body_digest)  # fmt: skip
    assert len(await desk.rows("SELECT * FROM desk_article")) == 1
    desk.poller.reader = real
    desk.poller._in_flight.clear()  # the process restarted
    report = await desk.poll(after=0)  # still due: the failed cycle moved nothing on
    assert report.cards == 1


async def test_failures_back_off_exponentially_up_to_six_hours(tmp_path: Path) -> None:
    d = await open_desk(tmp_path, PollSettings(jitter=0))
    try:
        await d.follow(GUILD_A, "/fault/status/503", "Broken")
        delays = []
        for _ in range(7):
            await d.poller.run_once()
            feed = await d.feed("/fault/status/503")
            delay = parse_iso(feed.next_due_at) - d.clock.now()
            delays.append(int(delay.total_seconds() // 60))
            d.clock.advance(delay)
        assert delays == [15, 30, 60, 120, 240, 360, 360]
        assert feed.last_error == "HTTP status: 503 Service Unavailable"
        assert feed.last_status == "HTTP status"
    finally:
        await close_desk(d)


async def test_twenty_failures_pause_the_feed_and_tell_the_review_channel_once(desk: Desk) -> None:
    await desk.follow(GUILD_A, "/fault/status/404", "Gone A")
    await desk.follow(GUILD_B, "/fault/status/404", "Gone B")
    paused = 0
    for _ in range(25):
        report = await desk.poll(after=7 * 3600)
        paused += report.paused
    feed = await desk.feed("/fault/status/404")
    assert paused == 1 and feed.consecutive_failures == 20
    assert feed.paused_reason == "20 failures in a row; last: HTTP status: 404 Not Found"
    notices = await desk.rows("SELECT dest_id, guild_id, payload FROM outbox WHERE kind = 'notice'")
    assert sorted((n["dest_id"], n["guild_id"]) for n in notices) == [(REVIEW_A, GUILD_A),
                                                                     (REVIEW_B, GUILD_B)]  # fmt: skip
    assert "Feed paused: Gone A" in notices[0]["payload"]
    hits = desk.server.count("/fault/status/404")
    await desk.poll(after=7 * 3600)
    assert desk.server.count("/fault/status/404") == hits  # paused: not fetched
    async with desk.db.transaction() as conn:
        assert await store.resume_feed(conn, feed.id, iso(desk.clock.now()))
    await desk.poll(after=7 * 3600)
    assert desk.server.count("/fault/status/404") == hits + 1


FAULTS = [
    ("/fault/html", "not a feed: this is a web page (HTML), not a feed"),
    ("/fault/not-xml", "not a feed: the response is neither XML nor JSON"),
    (
        "/fault/laughs",
        "parse error: the document declares the XML entity 'lol'; entities are never expanded",
    ),
    (
        "/fault/xxe",
        "parse error: the document declares the XML entity 'ext'; entities are never expanded",
    ),
    ("/fault/big", "too large: the response is larger than 5 MB"),
    ("/fault/gzip-bomb", "too large: the response is larger than 5 MB"),
    ("/fault/hang", "timeout: no complete answer within 0.5 s"),
    ("/fault/redirect-refused", "refused address: 127.0.0.2 is a loopback address"),
    ("/fault/status/500", "HTTP status: 500 Internal Server Error"),
    ("/fault/empty", "not a feed: the response is empty"),
]


@pytest.mark.parametrize(("path", "error"), FAULTS)
async def test_each_fault_gives_a_clear_status_and_stores_nothing(
    desk: Desk, path: str, error: str
) -> None:
    install_faults(desk.server)
    await desk.follow(GUILD_A, path, "Faulty")
    report = await desk.poller.run_once()
    assert report.failed == 1
    (view,) = await store.list_follows(desk.db.conn, GUILD_A)
    assert view.feed.last_error == error
    assert view.feed.consecutive_failures == 1 and view.feed.items_seen == 0
    assert view.follow.baseline_at is None  # its first poll is still to come
    assert await desk.rows("SELECT * FROM feed_item") == []
    assert await desk.rows("SELECT * FROM desk_article") == []
    assert desk.reader.calls == []


async def test_big_documents_duplicates_and_messy_items_are_stored_whole(desk: Desk) -> None:
    install_faults(desk.server)
    for path in ("/fault/many", "/fault/dupes", "/fault/messy", "/fault/malformed"):
        await desk.follow(GUILD_A, path, path)
    report = await desk.poller.run_once()
    assert report.failed == 0 and report.fetched == 4
    seen = {
        v.follow.name: v.feed.items_seen for v in await store.list_follows(desk.db.conn, GUILD_A)
    }
    assert seen == {"/fault/many": 200, "/fault/dupes": 2, "/fault/messy": 3, "/fault/malformed": 2}
    malformed = await desk.feed("/fault/malformed")
    assert malformed.last_error is None and "not well-formed" in (malformed.last_warning or "")


async def test_the_loop_keeps_answering_while_a_feed_hangs(desk: Desk) -> None:
    import asyncio

    install_faults(desk.server)
    desk.server.put_feed("/f/a", "rss2", [note(1)])
    await desk.follow(GUILD_A, "/fault/hang", "Hangs")
    await desk.follow(GUILD_A, "/f/a", "Fine")
    cycle = asyncio.create_task(desk.poller.run_once())
    await desk.server.hung.wait()  # the request is in the server's hands, never to be answered
    # Meanwhile the bot answers (a database read) and other feeds' work finishes.
    assert await desk.db.fetchone("SELECT 1") is not None
    report = await cycle
    assert report.failed == 1 and report.fetched == 1


async def test_one_request_per_host_at_a_time_and_eight_overall(tmp_path: Path) -> None:
    import asyncio

    from bot.sources.http import NotModified

    d = await open_desk(
        tmp_path, PollSettings(poll_seconds=POLL_S, concurrency=8, requests_per_s=None)
    )
    in_flight: dict[str, int] = {}
    peak: dict[str, int] = {}
    total_peak = 0

    class CountingFetcher:
        async def fetch(self, url: str, **_: object) -> NotModified:
            nonlocal total_peak
            host = url.split("/")[2]
            in_flight[host] = in_flight.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), in_flight[host])
            total_peak = max(total_peak, sum(in_flight.values()))
            for _ in range(5):
                await asyncio.sleep(0)  # let every other task run as far as it can
            in_flight[host] -= 1
            return NotModified(url, url, None, None, 0.0)

    d.poller.fetcher = CountingFetcher()  # type: ignore[assignment]
    try:
        async with d.db.transaction() as conn:
            for h in range(12):
                for k in range(3):
                    url = f"http://feeds{h}.outlet.example/{k}.xml"
                    await store.add_follow(conn, guild_id=GUILD_A, url=url, url_key=url,
                                           name=f"{h}-{k}", added_by=1, now="2025-10-14T09:00:00Z")  # fmt: skip
        report = await d.poller.run_once()
        assert report.feeds == 36 and report.not_modified == 36
        assert set(peak.values()) == {1}
        assert total_peak == 8
    finally:
        await close_desk(d)


async def test_preview_reads_the_newest_items_and_stores_nothing(desk: Desk) -> None:
    from bot.scheduling.feeds import threaded
    from bot.services.desk import FeedTested as FeedPreview
    from bot.services.desk import preview_feed

    install_faults(desk.server)
    desk.server.put_feed("/f/a", "atom", [signing(2, "Pa Rider", "Team Ruby"), note(1)])
    preview = await preview_feed(desk.fetcher, threaded(desk.reader), desk.server.url("/f/a"),
                                 GUILD_A, limit=5)  # fmt: skip
    assert isinstance(preview, FeedPreview)
    assert (preview.kind, preview.total_items, len(preview.items)) == ("Atom 1.0", 2, 2)
    assert [p.person for p in preview.items[0].proposals] == ["Pa Rider"]
    assert preview.items[1].proposals == ()
    refused = await preview_feed(desk.fetcher, threaded(desk.reader),
                                 desk.server.url("/fault/html"), GUILD_A)  # fmt: skip
    assert not isinstance(refused, FeedPreview)
    assert refused.message == "not a feed: this is a web page (HTML), not a feed"
    for table in ("feed", "feed_item", "desk_article", "desk_story", "outbox"):
        assert await desk.rows(f"SELECT * FROM {table}") == []


async def test_requests_are_paced_each_caller_taking_the_next_free_moment() -> None:
    from bot.scheduling.feeds import Pacer

    now = 100.0
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))

    pacer = Pacer(50, now=lambda: now, sleep=sleep)
    for _ in range(4):
        await pacer.wait()
    assert slept == [0.02, 0.04, 0.06]  # the first goes at once
    now += 1.0  # a quiet second: the next one goes at once again
    await pacer.wait()
    assert slept == [0.02, 0.04, 0.06]
    unpaced = Pacer(None, now=lambda: now, sleep=sleep)
    for _ in range(3):
        await unpaced.wait()
    assert slept == [0.02, 0.04, 0.06]


async def follow_numbered(d: Desk, count: int) -> None:
    """Server A follows feeds /f/0 .. /f/{count-1}, each holding one note."""
    for n in range(count):
        d.server.put_feed(f"/f/{n}", "rss2", [note(n)])
        await d.follow(GUILD_A, f"/f/{n}", f"Outlet {n}")


async def test_fetches_that_bring_nothing_new_are_written_in_batches(tmp_path: Path) -> None:
    import contextlib

    d = await open_desk(tmp_path, PollSettings(poll_seconds=POLL_S, batch_size=4, page_size=3))
    try:
        await follow_numbered(d, 10)
        await d.poller.run_once()
        transactions = 0
        real = d.db.transaction

        @contextlib.asynccontextmanager
        async def counted():  # type: ignore[no-untyped-def]
            nonlocal transactions
            transactions += 1
            async with real() as conn:
                yield conn

        d.db.transaction = counted  # type: ignore[method-assign]
        report = await d.poll()
        assert report.feeds == 10 and report.not_modified == 10
        assert transactions == 3  # 4 + 4 + 2, not one per feed
        for n in range(10):
            feed = await d.feed(f"/f/{n}")
            assert feed.last_status == "not modified" and feed.last_fetch_at == iso(d.clock.now())
            assert parse_iso(feed.next_due_at) > d.clock.now()
        d.db.transaction = real  # type: ignore[method-assign]
        d.server.honour_conditional = False
        d.server.put_feed("/f/3", "rss2", [note(3)], title="Renamed outlet")
        report = await d.poll()  # nine same bodies, one changed body without a new item
        assert (report.unchanged, report.fetched, report.new_items) == (9, 10, 0)
        feed = await d.feed("/f/3")
        assert (feed.title, feed.last_status) == ("Renamed outlet", "no new items")
        assert feed.items_seen == 1
    finally:
        await close_desk(d)


async def test_a_cycle_takes_at_most_max_feeds_a_page_at_a_time(tmp_path: Path) -> None:
    d = await open_desk(tmp_path, PollSettings(poll_seconds=POLL_S, page_size=2, max_feeds=5))
    try:
        await follow_numbered(d, 7)
        assert (await d.poller.run_once()).feeds == 5
        assert (await d.poller.run_once()).feeds == 2  # the rest, still due
        assert (await d.poller.run_once()).feeds == 0
    finally:
        await close_desk(d)


async def test_two_cycles_at_once_fetch_each_feed_once(desk: Desk) -> None:
    import asyncio

    for n in range(6):
        desk.server.put_feed(f"/f/{n}", "rss2", [note(n)])
        await desk.follow(GUILD_A, f"/f/{n}", f"Outlet {n}")
    await desk.poller.run_once()
    desk.clock.advance(seconds=POLL_S * 1.2)
    one, two = await asyncio.gather(desk.poller.run_once(), desk.poller.run_once())
    assert one.feeds + two.feeds == 6
    assert sum(desk.server.count(f"/f/{n}") for n in range(6)) == 12
    assert desk.poller._in_flight == set()


async def test_a_server_joining_during_a_cycle_still_gets_the_whole_document(desk: Desk) -> None:
    from bot.sources.http import FetchResult

    desk.server.put_feed("/f/a", "rss2", [signing(1, "Ve Rider", "Team Sand"), note(1)])
    await desk.follow(GUILD_A, "/f/a", "Outlet A")
    await desk.poller.run_once()
    real = desk.fetcher.fetch

    async def joining(url: str, **kw: str | None) -> FetchResult:
        result = await real(url, **kw)  # a 304: the validators of A's polls were sent
        await desk.follow(GUILD_B, "/f/a", "Outlet B")  # B joins meanwhile
        return result

    desk.poller.fetcher.fetch = joining  # type: ignore[method-assign]
    report = await desk.poll()
    assert report.not_modified == 1
    desk.poller.fetcher.fetch = real  # type: ignore[method-assign]
    feed = await desk.feed("/f/a")
    assert feed.etag is None and parse_iso(feed.next_due_at) <= desk.clock.now()  # still due
    report = await desk.poll(after=0)
    assert report.fetched == 1 and report.cards == 0 and desk.reader.calls == []
    b = (await store.list_follows(desk.db.conn, GUILD_B))[0].follow
    assert b.baseline_at is not None


async def test_items_are_read_one_at_a_time_on_the_reading_thread(desk: Desk) -> None:
    import threading

    threads: set[str] = set()
    real = desk.reader.__call__

    def watching(req):  # type: ignore[no-untyped-def]
        threads.add(threading.current_thread().name)
        return real(req)

    desk.poller.reader.fn = watching  # type: ignore[attr-defined]
    for n in range(4):
        desk.server.put_feed(f"/f/{n}", "rss2", [note(n)])
        await desk.follow(GUILD_A, f"/f/{n}", f"Outlet {n}")
    await desk.poller.run_once()
    for n in range(4):
        desk.server.put_feed(f"/f/{n}", "rss2", [signing(n, f"Rider {n}", "Team Sky"), note(n)])
    report = await desk.poll()
    assert report.read == 4 and report.cards == 4
    assert len(threads) == 1 and threads.pop().startswith("feed-reader")


async def test_a_cycle_starts_its_requests_at_the_configured_pace(tmp_path: Path) -> None:
    import itertools
    import time

    from bot.sources.http import NotModified

    d = await open_desk(tmp_path, PollSettings(poll_seconds=POLL_S, requests_per_s=20))
    starts: list[float] = []

    class TimingFetcher:
        async def fetch(self, url: str, **_: object) -> NotModified:
            starts.append(time.monotonic())
            return NotModified(url, url, None, None, 0.0)

    d.poller.fetcher = TimingFetcher()  # type: ignore[assignment]
    try:
        for n in range(4):  # four hosts: neither the host locks nor the slots hold them back
            url = f"http://feeds{n}.outlet.example/feed.xml"
            async with d.db.transaction() as conn:
                await store.add_follow(conn, guild_id=GUILD_A, url=url, url_key=url,
                                       name=f"{n}", added_by=1, now=iso(d.clock.now()))  # fmt: skip
        report = await d.poller.run_once()
        assert report.not_modified == 4
        gaps = [b - a for a, b in itertools.pairwise(starts)]
        assert len(gaps) == 3 and min(gaps) >= 0.045  # 1/20 s apart (timers may fire a hair early)
    finally:
        await close_desk(d)
