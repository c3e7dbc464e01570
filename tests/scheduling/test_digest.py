from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.clock import iso, parse_iso
from bot.domain.errors import InvalidInput
from bot.domain.models import Status
from bot.domain.schedule import (
    next_digest_at,
    parse_local_time,
    parse_timezone,
    zone_suggestions,
)
from bot.scheduling.digest import run_due_digests
from bot.storage import announcements as store

from .conftest import CHANNEL_A, GUILD_A, World, admin

BRUSSELS = ZoneInfo("Europe/Brussels")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def slots(at: time, tz: str, frequency: str, weekday: int | None, after: datetime, n: int):
    out = []
    for _ in range(n):
        after = next_digest_at(at, tz, frequency, weekday, after)
        out.append(after)
    return out


def test_daily_digest_keeps_local_time_across_spring_forward() -> None:
    # Brussels moves from UTC+1 to UTC+2 on Sunday 29 March 2026.
    got = slots(time(8, 0), "Europe/Brussels", "daily", None, utc(2026, 3, 27, 12), 4)
    assert got == [
        utc(2026, 3, 28, 7),
        utc(2026, 3, 29, 6),
        utc(2026, 3, 30, 6),
        utc(2026, 3, 31, 6),
    ]
    assert {g.astimezone(BRUSSELS).hour for g in got} == {8}


def test_daily_digest_keeps_local_time_across_fall_back() -> None:
    # Brussels moves from UTC+2 back to UTC+1 on Sunday 25 October 2026.
    got = slots(time(8, 0), "Europe/Brussels", "daily", None, utc(2026, 10, 23, 12), 4)
    assert got == [
        utc(2026, 10, 24, 6),
        utc(2026, 10, 25, 7),
        utc(2026, 10, 26, 7),
        utc(2026, 10, 27, 7),
    ]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # Weekly on Sunday at 20:00: the slot before, on, and after each change.
        (utc(2026, 3, 21, 0), [utc(2026, 3, 22, 19), utc(2026, 3, 29, 18), utc(2026, 4, 5, 18)]),
        (
            utc(2026, 10, 17, 0),
            [utc(2026, 10, 18, 18), utc(2026, 10, 25, 19), utc(2026, 11, 1, 19)],
        ),
    ],
)
def test_weekly_digest_across_both_dst_changes(after: datetime, expected: list[datetime]) -> None:
    got = slots(time(20, 0), "Europe/Brussels", "weekly", 6, after, 3)
    assert got == expected
    assert all(g.astimezone(BRUSSELS).weekday() == 6 for g in got)


def test_time_skipped_by_spring_forward_moves_forward() -> None:
    slot = next_digest_at(time(2, 30), "Europe/Brussels", "daily", None, utc(2026, 3, 28, 12))
    assert slot == utc(2026, 3, 29, 1, 30)  # 03:30 CEST: 02:30 does not exist that night
    assert slot.astimezone(BRUSSELS).strftime("%H:%M %Z") == "03:30 CEST"
    after = next_digest_at(time(2, 30), "Europe/Brussels", "daily", None, slot)
    assert after.astimezone(BRUSSELS).strftime("%d %H:%M") == "30 02:30"


def test_time_repeated_by_fall_back_takes_the_first_occurrence_once() -> None:
    slot = next_digest_at(time(2, 30), "Europe/Brussels", "daily", None, utc(2026, 10, 24, 12))
    assert slot == utc(2026, 10, 25, 0, 30)  # 02:30 CEST, not 02:30 CET an hour later
    after = next_digest_at(time(2, 30), "Europe/Brussels", "daily", None, slot)
    assert after == utc(2026, 10, 26, 1, 30)  # no second digest at the repeated 02:30


def test_next_slot_is_strictly_after_the_given_time() -> None:
    slot = utc(2026, 6, 1, 16)  # 18:00 in Brussels
    assert next_digest_at(time(18, 0), "Europe/Brussels", "daily", None, slot) == utc(
        2026, 6, 2, 16
    )
    assert (
        next_digest_at(time(18, 0), "Europe/Brussels", "daily", None, slot - timedelta(seconds=1))
        == slot
    )


def test_slot_near_midnight_in_a_zone_ahead_of_utc() -> None:
    # 00:30 in Sydney on 2 June is 14:30 UTC on 1 June.
    slot = next_digest_at(time(0, 30), "Australia/Sydney", "daily", None, utc(2026, 6, 1, 12))
    assert slot == utc(2026, 6, 1, 14, 30)


@pytest.mark.parametrize("bad", ["", "8", "24:00", "12:60", "8h30", "noon", "-1:00", "12:3"])
def test_invalid_times_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_local_time(bad)
    assert exc.value.field == "time"


@pytest.mark.parametrize(
    ("text", "expected"), [("08:30", time(8, 30)), ("8:05", time(8, 5)), (" 23:59 ", time(23, 59))]
)
def test_valid_times_are_read(text: str, expected: time) -> None:
    assert parse_local_time(text) == expected


@pytest.mark.parametrize(
    "bad", ["", "Brussels", "europe/brussels", "Mars/Olympus", "../etc/passwd"]
)
def test_invalid_timezones_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        parse_timezone(bad)
    assert exc.value.field == "timezone"


def test_zone_autocomplete_offers_prefix_matches_first() -> None:
    got = zone_suggestions("europe/bru")
    assert got[0] == "Europe/Brussels"
    assert len(zone_suggestions("a")) == 25
    assert "UTC" in zone_suggestions("")


# -- the job -------------------------------------------------------------------------------
async def subscribe(
    world: World, *, empty: bool = False, frequency: str = "daily", weekday: int | None = None
) -> None:
    await world.announce.set_channel(admin(GUILD_A), CHANNEL_A)
    await world.announce.set_digest(
        admin(GUILD_A), frequency, "18:00", "Europe/Brussels", weekday, post_empty=empty
    )


async def test_first_subscription_gets_no_backlog(world: World) -> None:
    await world.add_claim("cav", "astana", Status.OFFICIAL)  # before the channel subscribed
    world.clock.advance(minutes=5)
    await subscribe(world)
    world.clock.set(utc(2026, 3, 20, 17, 0))  # 18:00 in Brussels
    assert await run_due_digests(world.db, world.clock) == 0
    assert await world.outbox() == []
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None and sub.next_digest_at == "2026-03-21T17:00:00Z"


async def test_digest_covers_news_since_the_last_one_grouped_by_team(world: World) -> None:
    await subscribe(world)
    world.clock.advance(hours=1)
    await world.add_claim("cav", "astana", Status.OFFICIAL, sources=3)
    await world.add_claim("morkov", "astana", Status.REPORTED, from_team="soudal")
    await world.add_claim("wout", "soudal", Status.RUMOUR)
    world.clock.set(utc(2026, 3, 20, 17, 0))
    assert await run_due_digests(world.db, world.clock) == 1
    [row] = await world.outbox(kind="digest")
    payload = json.loads(row["payload"])
    assert row["dest_id"] == CHANNEL_A and row["state"] == "pending"
    assert payload["title"] == "Daily transfer digest"
    assert "Sent late" not in payload["description"]
    assert "3 stories" in payload["description"]
    names = [s[0] for s in payload["sections"]]
    assert names == ["Astana Qazaqstan", "Soudal Quick-Step"]
    astana = payload["sections"][0][1].splitlines()
    assert (
        astana[0].startswith("✅ Mark Cavendish moves to Astana Qazaqstan")
        and "Official · 3 sources" in astana[0]
    )
    assert (
        "Michael Mørkøv moves from Soudal Quick-Step" in astana[1]
        and "Reported · 1 source ·" in astana[1]
    )
    assert payload["mention_role_id"] is None
    # The next day covers only the next day's news.
    world.clock.advance(hours=2)
    await world.add_claim("cav", "visma", Status.RUMOUR)
    world.clock.set(utc(2026, 3, 21, 17, 0, 30))
    assert await run_due_digests(world.db, world.clock) == 1
    second = json.loads((await world.outbox(kind="digest"))[1]["payload"])
    assert "1 story" in second["description"]
    assert [s[0] for s in second["sections"]] == ["Visma-Lease a Bike"]


async def test_empty_period_posts_nothing_unless_the_guild_chose_a_line(world: World) -> None:
    await subscribe(world)
    world.clock.set(utc(2026, 3, 20, 17, 0))
    assert await run_due_digests(world.db, world.clock) == 0
    await world.announce.set_digest(
        admin(GUILD_A), "daily", "18:00", "Europe/Brussels", post_empty=True
    )
    world.clock.set(utc(2026, 3, 21, 17, 1))
    assert await run_due_digests(world.db, world.clock) == 1
    payload = json.loads((await world.outbox())[0]["payload"])
    assert payload["description"] == "No transfer news today."
    assert payload["sections"] == []


async def test_missed_digests_collapse_into_one_late_digest(world: World) -> None:
    await subscribe(world)
    world.clock.advance(hours=2)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    # Offline from before Friday's digest until Monday morning: three slots missed.
    world.clock.set(utc(2026, 3, 23, 8, 0))
    await world.add_claim("morkov", "astana", Status.CONFIRMED)
    world.clock.advance(minutes=1)
    assert await run_due_digests(world.db, world.clock) == 1
    assert await run_due_digests(world.db, world.clock) == 0
    [row] = await world.outbox()
    payload = json.loads(row["payload"])
    assert "Sent late: the bot was offline at Fri 20 Mar 2026 18:00 CET." in payload["description"]
    assert "2 stories" in payload["description"]
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None
    assert sub.next_digest_at == "2026-03-23T17:00:00Z"  # tonight, not one of the missed slots
    assert sub.covered_until == iso(world.clock.now())


async def test_digest_a_few_minutes_late_is_not_called_late(world: World) -> None:
    await subscribe(world, empty=True)
    world.clock.set(utc(2026, 3, 20, 17, 10))
    await run_due_digests(world.db, world.clock)
    payload = json.loads((await world.outbox())[0]["payload"])
    assert "late" not in payload["description"]


async def test_a_week_of_ticks_across_dst_sends_one_digest_per_day_at_local_time(
    world: World,
) -> None:
    await subscribe(world, empty=True)
    sent_at: list[datetime] = []
    world.clock.set(utc(2026, 3, 26, 0, 0))
    await world.db.conn.execute(
        "UPDATE announce_subscription SET next_digest_at = '2026-03-26T17:00:00Z'"
    )
    while world.clock.now() < utc(2026, 4, 1, 0, 0):
        if await run_due_digests(world.db, world.clock):
            sent_at.append(world.clock.now())
        world.clock.advance(seconds=30 * 60)
    local = [t.astimezone(BRUSSELS).strftime("%d %H:%M") for t in sent_at]
    assert local == ["26 18:00", "27 18:00", "28 18:00", "29 18:00", "30 18:00", "31 18:00"]


async def test_weekly_digest_is_queued_on_its_weekday_only(world: World) -> None:
    await subscribe(world, empty=True, frequency="weekly", weekday=0)  # Mondays
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None and parse_iso(sub.next_digest_at or "") == utc(2026, 3, 23, 17)
    world.clock.set(utc(2026, 3, 23, 17, 0))
    assert await run_due_digests(world.db, world.clock) == 1
    payload = json.loads((await world.outbox())[0]["payload"])
    assert payload["title"] == "Weekly transfer digest"
    assert payload["description"] == "No transfer news this week."
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None and sub.next_digest_at == "2026-03-30T16:00:00Z"  # CEST by then


async def test_guild_local_news_stays_out_of_other_guilds_digests(world: World) -> None:
    await subscribe(world)
    await world.announce.set_channel(admin(222), 2002)
    await world.announce.set_digest(admin(222), "daily", "18:00", "Europe/Brussels")
    world.clock.advance(hours=1)
    await world.add_claim("cav", "astana", Status.OFFICIAL, guild_id=222)
    world.clock.set(utc(2026, 3, 20, 17, 0))
    assert await run_due_digests(world.db, world.clock) == 1
    [row] = await world.outbox()
    assert row["guild_id"] == 222 and row["dest_id"] == 2002


async def test_news_in_the_second_a_digest_runs_goes_into_the_next_one(world: World) -> None:
    await subscribe(world)
    world.clock.set(utc(2026, 3, 20, 17, 0))
    assert await run_due_digests(world.db, world.clock) == 0  # nothing yet, nothing queued
    # Same second as that run, just after it: must not fall between the two periods.
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    world.clock.set(utc(2026, 3, 21, 17, 0))
    assert await run_due_digests(world.db, world.clock) == 1
    [row] = await world.outbox(kind="digest")
    assert "Mark Cavendish" in row["payload"]
