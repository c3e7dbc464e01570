"""The news desk in the console: the same use cases, the terminal as the review channel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import Settings
from bot.console import run_line
from bot.container import Services, open_services
from bot.domain.clock import FakeClock
from tests.feeds_double.documents import Entry
from tests.feeds_double.server import FeedServer

START = datetime(2023, 10, 20, 9, 0, tzinfo=UTC)
OLD = Entry(
    "o", "Quiet", "https://a.example/quiet", "Nothing moved today.", START - timedelta(days=3)
)
RUMOUR = Entry(
    "r", "Bilbao linked with Jayco", "https://outlet-a.example/bilbao",
    "Pello Bilbao could join Team Jayco AlUla for 2025, according to rumours in Spain.",
    START - timedelta(days=1),
)  # fmt: skip


@pytest.fixture
async def console(db_path: Path) -> AsyncIterator[tuple[Services, FeedServer, FakeClock]]:
    settings = Settings(
        database_path=db_path, feed_poll_seconds=60, feed_allow_hosts=frozenset({"127.0.0.1"})
    )
    services = await open_services(settings, data_dir=None)
    services.news.today = services.ask.today = lambda: START.date()
    clock = FakeClock(START)
    services.use_clock(clock)
    server = await FeedServer().start()
    try:
        yield services, server, clock
    finally:
        await server.close()
        await services.close()


async def test_console_follows_a_feed_reviews_its_card_and_confirms_it(
    console: tuple[Services, FeedServer, FakeClock],
) -> None:
    services, server, clock = console
    server.put_feed("/a.xml", "atom", [OLD], title="Outlet A")
    added = await run_line(services, f'/feeds add {server.url("/a.xml")} name:"Outlet A"')
    assert added.title == "Feed added", added.as_text()
    assert "Cards are printed here: run /feeds poll" in added.description
    first = await run_line(services, "/feeds poll")
    assert first.as_text() == (
        "Review cards (0)\n\nPolled 1 feed(s): 1 new item(s), 0 failed.\nNo new cards."
    )
    server.put_feed("/a.xml", "atom", [RUMOUR, OLD], title="Outlet A")
    clock.advance(minutes=2)
    polled = await run_line(services, "/feeds poll")
    (card,) = polled.sections
    assert card.name == "Pello Bilbao moves from Bahrain Victorious to Team Jayco AlUla for 2025"
    story = card.value.split("/feeds confirm story:")[1].split(" ")[0]
    assert "Sources: Outlet A · 2023-10-19 · <https://outlet-a.example/bilbao>" in card.value
    listed = await run_line(services, "/feeds list")
    assert "1 new since added · 1 cards" in listed.as_text()
    edit = await run_line(services, f"/feeds edit story:{story}")
    assert edit.title.startswith("Edit: Pello Bilbao moves")
    assert "status: rumour" in edit.sections[0].value
    done = await run_line(services, f"/feeds confirm story:{story} status:reported")
    assert done.title == "Story stored", done.as_text()
    answer = await run_line(services, "/transfer pello bilbao")
    assert "https://outlet-a.example/bilbao" in answer.as_text()
    assert "2025 · Transfer · 📰 Reported" in answer.as_text()
    again = await run_line(services, f"/feeds skip story:{story}")
    assert again.title == "Already decided"
    assert "by the console" in again.description
    bad = await run_line(services, "/feeds frobnicate")
    assert bad.title == "Invalid feeds"
    removed = await run_line(services, '/feeds remove feed:"outlet a"')
    assert removed.title == "Feed removed"


def test_an_address_is_never_read_as_an_option() -> None:
    from bot.console import parse_line

    assert parse_line('/feeds add ftp://a.example/rss name:"A b"') == (
        "feeds", "add ftp://a.example/rss", {"name": "A b"}
    )  # fmt: skip
    assert parse_line("/addnews source_url:https://x.example/a") == (
        "addnews", None, {"source_url": "https://x.example/a"}
    )  # fmt: skip
