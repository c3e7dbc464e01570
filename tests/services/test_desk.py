"""The news desk's use cases against a real database and the feed double on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.container import Services, open_services
from bot.domain.clock import FakeClock
from bot.domain.desk import FeedProblem
from bot.domain.errors import InvalidInput, NotFound
from bot.domain.models import Actor
from bot.services.ask import Question
from bot.services.desk import AddFeed, Decide, EditStory, FilterFeed, RemoveFeed, SetReview
from bot.storage import audit
from tests.feeds_double.documents import Entry
from tests.feeds_double.server import FeedServer

START = datetime(2023, 10, 20, 9, 0, tzinfo=UTC)
GUILD, OTHER = 501, 502
MOD = Actor(77, "mod", GUILD)
OTHER_MOD = Actor(78, "othermod", OTHER)
OLD = Entry(
    "o", "Quiet", "https://a.example/quiet", "Nothing moved today.", START - timedelta(days=3)
)
RUMOUR = Entry(
    "r", "Bilbao linked with Jayco", "https://a.example/bilbao",
    "Pello Bilbao could join Team Jayco AlUla for 2025, according to rumours in Spain.",
    START - timedelta(days=1),
)  # fmt: skip
NEWCOMER = Entry(
    "n", "Newcomer", "https://a.example/newcomer",
    "Zeb Quillfeather will join Team Jayco AlUla for 2025, the team announced.",
    START - timedelta(hours=5),
)  # fmt: skip


@pytest.fixture
async def desk(db_path: Path) -> AsyncIterator[tuple[Services, FeedServer, FakeClock]]:
    settings = Settings(
        database_path=db_path, feed_poll_seconds=60, feed_allow_hosts=frozenset({"127.0.0.1"})
    )
    services = await open_services(settings, data_dir=None)
    services.news.today = lambda: START.date()
    clock = FakeClock(START)
    services.use_clock(clock)
    server = await FeedServer().start()
    try:
        yield services, server, clock
    finally:
        await server.close()
        await services.close()


async def story_from(desk: Any, entry: Entry, guild_actor: Actor = MOD) -> int:
    """Follow a feed, take its first poll, then publish `entry`: the story id it becomes."""
    services, server, clock = desk
    server.put_feed("/f.xml", "rss2", [OLD])
    await services.desk.set_review(SetReview(9), guild_actor)
    await services.desk.add(AddFeed(server.url("/f.xml"), "Feed A"), guild_actor)
    await services.poller.run_once()
    server.put_feed("/f.xml", "rss2", [entry, OLD])
    clock.advance(minutes=5)
    report = await services.poller.run_once()
    assert report.cards == 1, report
    rows = await services.desk.take_cards(Actor(None, "console", None, is_owner=True))
    assert rows == []  # the console's desk is its own
    (story,) = await _stories(services, guild_actor.guild_id or 0)
    return story


async def _stories(services: Services, guild: int) -> list[int]:
    from bot.storage import feeds as store

    return [s.id for s in await store.stories_without_card(services.db.conn, guild)] or [
        r[0]
        for r in await (
            await services.db.conn.execute("SELECT id FROM desk_story WHERE guild_id = ?", (guild,))
        ).fetchall()
    ]


async def test_confirm_stores_our_summary_with_the_items_link_date_and_feed(desk: Any) -> None:
    services = desk[0]
    story_id = await story_from(desk, RUMOUR)
    result = await services.desk.decide(Decide(story_id, "confirmed"), MOD)
    assert (result.decision, result.by, result.already) == ("confirmed", MOD.id, False)
    row = await (
        await services.db.conn.execute(
            "SELECT r.url, r.published, r.outlet, c.summary, c.guild_id FROM claim c"
            " JOIN claim_source cs ON cs.claim_id = c.id JOIN report r ON r.id = cs.report_id"
            " WHERE c.id = ?",
            (result.claim_id,),
        )
    ).fetchone()
    assert tuple(row) == (
        "https://a.example/bilbao", "2023-10-19", "A",
        "Pello Bilbao moves from Bahrain Victorious to Team Jayco AlUla for 2025.", GUILD,
    )  # fmt: skip
    entries = await audit.history(services.db.conn, "desk_story", [story_id])
    (confirm,) = [e for e in entries if e.action == "desk_confirm"]
    assert confirm.new_values == {
        "claim_id": result.claim_id, "feeds": ["Feed A"], "links": ["https://a.example/bilbao"],
    }  # fmt: skip
    again = await services.desk.decide(Decide(story_id, "skipped"), MOD)
    assert again.already and again.decision == "confirmed" and again.by == MOD.id


async def test_a_card_is_its_servers_own(desk: Any) -> None:
    services = desk[0]
    story_id = await story_from(desk, RUMOUR)
    with pytest.raises(NotFound):
        await services.desk.decide(Decide(story_id, "confirmed"), OTHER_MOD)
    with pytest.raises(NotFound):
        await services.desk.edit(EditStory(story_id), OTHER_MOD)


async def test_confirm_of_someone_we_do_not_hold_creates_them_with_the_story(
    desk: Any,
) -> None:
    services = desk[0]
    story_id = await story_from(desk, NEWCOMER)
    draft = await services.desk.edit(EditStory(story_id), MOD)
    assert draft.options["person"] == "Zeb Quillfeather" and not draft.missing
    assert draft.options["new"] == ["Zeb Quillfeather (rider)"]
    result = await services.desk.decide(Decide(story_id, "confirmed"), MOD)
    assert result.decision == "confirmed" and result.claim_id is not None
    # One transaction made the person (in this server only) and the story about them.
    row = await (
        await services.db.conn.execute(
            "SELECT p.name, p.guild_id FROM claim c JOIN person p ON p.id = c.person_id"
            " WHERE c.id = ?", (result.claim_id,),
        )
    ).fetchone()  # fmt: skip
    assert tuple(row) == ("Zeb Quillfeather", MOD.guild_id)
    view = await services.ask.ask(Question("Zeb Quillfeather", MOD.guild_id))
    assert "Team Jayco AlUla" in str(view)


async def test_a_failed_confirm_creates_no_one(desk: Any) -> None:
    services = desk[0]
    story_id = await story_from(desk, NEWCOMER)
    people = "SELECT count(*) FROM person"
    before = await (await services.db.conn.execute(people)).fetchone()
    with pytest.raises(InvalidInput):
        await services.desk.decide(Decide(story_id, "confirmed", {"season": "1850"}), MOD)
    assert before == await (await services.db.conn.execute(people)).fetchone()
    assert (await services.desk.decide(Decide(story_id, "skipped"), MOD)).already is False


async def test_bad_input_is_refused_and_changes_nothing(desk: Any) -> None:
    services, server, _ = desk
    server.put_feed("/f.xml", "rss2", [OLD])
    url = server.url("/f.xml")
    with pytest.raises(InvalidInput, match="Backfill"):
        await services.desk.add(AddFeed(url, backfill=51), MOD)
    with pytest.raises(InvalidInput):
        await services.desk.add(AddFeed("not a url"), MOD)
    with pytest.raises(FeedProblem, match="refused address"):
        await services.desk.add(AddFeed("http://10.1.2.3/feed"), MOD)
    with pytest.raises(FeedProblem, match="HTTP status: 404"):
        await services.desk.add(AddFeed(server.url("/fault/status/404")), MOD)
    assert (await services.desk.list_feeds(MOD)).lines == ()
    added = await services.desk.add(AddFeed(url, "Feed A"), MOD)
    assert added.review_channel_id is None
    with pytest.raises(InvalidInput, match="already follows"):
        await services.desk.add(AddFeed(url, "Another name"), MOD)
    with pytest.raises(InvalidInput, match="at most 10"):
        await services.desk.filter(FilterFeed("feed a", ",".join(f"w{i}" for i in range(11))), MOD)
    with pytest.raises(NotFound):
        await services.desk.remove(RemoveFeed("no such feed"), MOD)
    (line,) = (await services.desk.list_feeds(MOD)).lines
    assert (line.name, line.include, line.exclude) == ("Feed A", (), ())


async def test_a_review_channel_set_later_gets_the_cards_found_meanwhile(desk: Any) -> None:
    services, server, clock = desk
    server.put_feed("/f.xml", "rss2", [OLD])
    await services.desk.add(AddFeed(server.url("/f.xml"), "Feed A"), MOD)
    await services.poller.run_once()
    server.put_feed("/f.xml", "rss2", [RUMOUR, OLD])
    clock.advance(minutes=5)
    assert (await services.poller.run_once()).cards == 0  # nowhere to post yet
    result = await services.desk.set_review(SetReview(1234), MOD)
    assert result.queued == 1
    row = await (
        await services.db.conn.execute("SELECT dest_id, kind FROM outbox WHERE kind = 'card'")
    ).fetchone()
    assert tuple(row) == (1234, "card")


async def test_a_paused_feed_shows_why_and_adding_it_again_resumes_it(desk: Any) -> None:
    from bot.storage import feeds as store

    services, server, _ = desk
    server.put_feed("/f.xml", "rss2", [OLD])
    await services.desk.add(AddFeed(server.url("/f.xml"), "Feed A"), MOD)
    (view,) = await store.list_follows(services.db.conn, GUILD)
    async with services.db.transaction() as conn:
        await store.record_failure(
            conn, view.feed.id, now="2023-10-20T09:00:00Z", next_due_at="2023-10-20T10:00:00Z",
            status="HTTP status", error="HTTP status: 503 Service Unavailable", pause_after=1,
        )  # fmt: skip
    (line,) = (await services.desk.list_feeds(MOD)).lines
    assert line.paused and line.error == "HTTP status: 503 Service Unavailable"
    again = await services.desk.add(AddFeed(server.url("/f.xml"), "Other name"), MOD)
    assert again.resumed
    (line,) = (await services.desk.list_feeds(MOD)).lines
    assert line.paused is None and line.name == "Feed A"


async def test_the_desk_reads_items_on_its_own_thread_not_the_default_executor(
    desk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from bot.services import articles

    threads: list[str] = []
    real = articles.read_article

    def watching(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(articles, "read_article", watching)
    await story_from(desk, RUMOUR)
    assert threads and all(t.startswith("feed-reader") for t in threads)
