"""Concurrent /addnews through the Discord double: all stored, all answered in time."""

from __future__ import annotations

import pytest

from bot.storage.check import check_database
from tests.discord_double import DiscordDouble
from tests.reliability.botworld import GUILD_ID, World
from tests.reliability.load import assert_clean_answers, concurrent_addnews

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

# 200 at once runs in `make soak` (tests/soak); 50 keeps the quick suite safe on a busy machine.
CONCURRENT = 50


async def test_concurrent_addnews_from_different_moderators_all_stored_in_time(
    world: World, double: DiscordDouble
) -> None:
    before = (
        await world.services.db.fetchone(
            "SELECT count(*) FROM claim WHERE guild_id = ?", (GUILD_ID,)
        )
    )[0]
    result = await concurrent_addnews(world, CONCURRENT, "quick-load")
    assert all(t.startswith("Story ID ") and t.endswith(" added") for t in result.titles), set(
        result.titles
    )
    stored = await world.services.db.fetchall(
        "SELECT c.id, r.url FROM claim c JOIN claim_source cs ON cs.claim_id = c.id"
        " JOIN report r ON r.id = cs.report_id WHERE c.guild_id = ? AND r.url LIKE ?",
        (GUILD_ID, "%quick-load-%"),
    )
    assert len(stored) == CONCURRENT
    assert {t.split()[2] for t in result.titles} == {str(r[0]) for r in stored}
    after = (
        await world.services.db.fetchone(
            "SELECT count(*) FROM claim WHERE guild_id = ?", (GUILD_ID,)
        )
    )[0]
    assert after - before == CONCURRENT
    assert_clean_answers(world, result)
    assert check_database(world.db_path) == []
