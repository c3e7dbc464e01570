from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from bot.scheduling.window import run_window_posts, window_event

from .conftest import CHANNEL_A, GUILD_A, World, admin


@pytest.mark.parametrize(
    ("day", "event"),
    [(date(2026, 7, 31), None), (date(2026, 8, 1), "open"), (date(2026, 8, 3), "open"),
     (date(2026, 8, 4), None), (date(2026, 12, 23), None), (date(2026, 12, 24), "closing"),
     (date(2026, 12, 31), "closing"), (date(2027, 1, 1), None)],
)  # fmt: skip
def test_window_posts_fall_on_the_right_days(day: date, event: str | None) -> None:
    assert window_event(day) == event


async def test_window_posts_go_once_a_year_to_opted_in_channels_only(world: World) -> None:
    await world.announce.set_channel(admin(GUILD_A), CHANNEL_A)
    await world.announce.set_channel(admin(222), 2002)  # not opted in
    await world.announce.set_window(admin(GUILD_A), True)
    world.clock.set(datetime(2026, 8, 1, 6, 0, tzinfo=UTC))
    assert await run_window_posts(world.db, world.clock) == 1
    world.clock.set(datetime(2026, 8, 2, 6, 0, tzinfo=UTC))
    assert await run_window_posts(world.db, world.clock) == 0
    world.clock.set(datetime(2026, 12, 24, 9, 0, tzinfo=UTC))
    assert await run_window_posts(world.db, world.clock) == 1
    assert await run_window_posts(world.db, world.clock) == 0
    world.clock.set(datetime(2027, 8, 1, 0, 0, tzinfo=UTC))
    assert await run_window_posts(world.db, world.clock) == 1
    rows = await world.outbox()
    assert {r["dest_id"] for r in rows} == {CHANNEL_A}
    titles = [json.loads(r["payload"])["title"] for r in rows]
    assert titles == [
        "🔔 The transfer window is open",
        "⏳ The transfer window closes on 31 December",
        "🔔 The transfer window is open",
    ]
    assert all(json.loads(r["payload"])["mention_role_id"] is None for r in rows)
