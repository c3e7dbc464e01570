"""The weekly Wikidata refresh job: when it runs, and what the running bot sees afterwards."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.config import Settings
from bot.domain.clock import FakeClock
from bot.domain.models import EntityKind
from bot.scheduling.wikidata import refresh_registry
from bot.sources.wikidata import WikidataClient, user_agent
from tests.wikidata_double import world as w
from tests.wikidata_double.server import FakeSleep, WikidataDouble

START = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
async def double() -> AsyncIterator[WikidataDouble]:
    d = WikidataDouble()
    d.load(w.everything())
    await d.start()
    yield d
    await d.stop()


def client(double: WikidataDouble) -> WikidataClient:
    return WikidataClient(
        sparql_url=double.sparql_url,
        api_url=double.api_url,
        user_agent=user_agent("tests@example.org"),
        sleep=FakeSleep(),
    )


async def run(services: Any, double: WikidataDouble, clock: FakeClock) -> Any:
    async with client(double) as c:
        return await refresh_registry(
            services.settings,
            services.settings.database_path,
            clock,
            directory=services.directory,
            teams=services.ask.teams,
            client=c,
        )


async def test_the_refresh_runs_weekly_and_the_name_index_follows(
    services: Any, double: WikidataDouble
) -> None:
    clock = FakeClock(START)

    def labels(query: str) -> list[str]:
        return [m.label for m in services.directory.search(query, None, limit=5)]

    assert "Jan Christen" not in labels("jan christen")
    first = await run(services, double, clock)
    assert first is not None and first.report.added["people"] >= 3
    found = services.directory.resolve("jan christen", None)
    assert found.outcome == "match" and found.best.ref.kind == EntityKind.PERSON
    assert "Brand New Cycling" in labels("brand new cycling")
    clock.advance(timedelta(days=6, hours=23))
    assert await run(services, double, clock) is None
    assert len(double.requests("sparql")) > 0
    asked = len(double.seen)
    clock.advance(timedelta(hours=2))
    again = await run(services, double, clock)
    assert again is not None and not again.report.changed
    assert len(double.seen) > asked


async def test_renamed_teams_are_read_again_by_the_answers(
    services: Any, double: WikidataDouble
) -> None:
    uae = services.directory.resolve("uae team emirates xrg", None).best.ref.id
    before = await services.ask.teams.get([uae])
    assert before[uae].name_in(2020) == "UAE Team Emirates"
    await run(services, double, FakeClock(START))
    after = await services.ask.teams.get([uae])
    assert after[uae].names != before[uae].names  # the cache read the new ranges


def test_weekly_refresh_setting_needs_a_contact() -> None:
    settings = Settings(wikidata_sync="weekly")
    with pytest.raises(Exception, match="WIKIDATA_CONTACT"):
        settings.require_wikidata_contact()


async def test_a_large_merge_rebuilds_the_name_index(
    services: Any, double: WikidataDouble, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.services import directory as directory_module

    monkeypatch.setattr(directory_module, "REREAD_LIMIT", 0)
    old_index = services.directory.index
    await run(services, double, FakeClock(START))
    assert services.directory.index is not old_index
    assert services.directory.resolve("jan christen", None).best.label == "Jan Christen"


class _Bot:
    """Just what the cog touches: the services, and a readiness that never comes."""

    def __init__(self, settings: Settings) -> None:
        self.services = type("S", (), {"settings": settings})()
        self.never = asyncio.Event()

    async def wait_until_ready(self) -> None:
        await self.never.wait()


@pytest.mark.parametrize(
    ("settings", "runs"),
    [
        (Settings(), False),
        (Settings(wikidata_sync="weekly", wikidata_contact="x@example.org"), True),
        (
            Settings(wikidata_sync="weekly", wikidata_contact="x", shard_count=2, shard_ids=(1,)),
            False,
        ),
    ],
)
async def test_the_cog_loops_only_when_weekly_is_set_and_in_one_process(
    settings: Settings, runs: bool
) -> None:
    from bot.exts.wikidata import WikidataRefresh

    bot = _Bot(settings)
    cog = WikidataRefresh(bot, bot.services)  # type: ignore[arg-type]
    await cog.cog_load()
    try:
        assert cog.refresh.is_running() is runs
    finally:
        await cog.cog_unload()
