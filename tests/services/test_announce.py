from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from bot.domain.clock import FakeClock
from bot.domain.errors import InvalidInput
from bot.domain.models import Actor, EntityKind
from tests.answers import answers

GUILD_A, GUILD_B = 111, 222
CHANNEL_A, CHANNEL_B = 1001, 2002
NOW = datetime(2023, 10, 20, 9, 0, tzinfo=UTC)


def admin(guild_id: int | None) -> Actor:
    return Actor(42, "admin", guild_id)


OWNER = Actor(1000, "owner", None)  # a global fact


@pytest.fixture
async def svc(services: Any) -> Any:
    services.use_clock(FakeClock(NOW))
    fields = {f.name: getattr(services, f.name) for f in dataclasses.fields(services)}
    return SimpleNamespace(**fields, announce_answers=answers(services))


def ref_id(svc: Any, name: str, kind: EntityKind) -> int:
    res = svc.directory.resolve(name, None, kinds={kind})
    assert res.best is not None, name
    return res.best.ref.id


async def add_story(
    svc: Any,
    actor: Actor,
    status: str,
    url: str,
    *,
    person: str = "cavendish",
    team: str = "astana",
) -> Any:
    draft = svc.news.draft(
        person_id=ref_id(svc, person, EntityKind.PERSON),
        kind="transfer",
        status=status,
        source_url=url,
        summary="A test story.",
        to_team_id=ref_id(svc, team, EntityKind.TEAM),
        season=2025,
        outlet="Wielerflits",
    )
    return await svc.news.store(draft, actor)


async def outbox(svc: Any) -> list[dict[str, Any]]:
    rows = await svc.db.fetchall("SELECT * FROM outbox ORDER BY id")
    return [dict(r) for r in rows]


async def instant_in(svc: Any, guild_id: int, channel_id: int, role: int | None = None) -> None:
    await svc.announce_answers.set_channel(admin(guild_id), channel_id)
    await svc.announce_answers.set_instant(admin(guild_id), True)
    if role:
        await svc.announce_answers.set_role(admin(guild_id), role)


async def test_status_tells_an_admin_what_is_configured_and_when(svc: Any) -> None:
    assert "Not configured" in (await svc.announce_answers.status(GUILD_A)).description
    await instant_in(svc, GUILD_A, CHANNEL_A, role=555)
    answer = await svc.announce_answers.set_digest(
        admin(GUILD_A), "daily", "18:00", "Europe/Brussels"
    )
    assert "Next one: Fri 20 Oct 2023 18:00 CEST" in answer.description
    await svc.announce_answers.set_window(admin(GUILD_A), True)
    status = await svc.announce_answers.status(GUILD_A)
    markdown = "\n".join(s.value for s in status.sections)
    assert f"<#{CHANNEL_A}>" in markdown and "On; mentioning <@&555>" in markdown
    text = status.as_text()
    assert f"channel {CHANNEL_A}" in text
    assert "Daily, every day at 18:00 (Europe/Brussels)" in text
    assert "Next: Fri 20 Oct 2023 18:00 CEST" in text
    assert "On; mentioning role 555" in text
    assert "Last delivery: never" in text and "Last error: none" in text
    assert "Transfer window posts\nOn" in text


async def test_configuring_before_choosing_a_channel_says_what_to_do(svc: Any) -> None:
    for answer in (
        await svc.announce_answers.set_instant(admin(GUILD_A), True),
        await svc.announce_answers.set_digest(admin(GUILD_A), "daily", "08:00", "UTC"),
        await svc.announce_answers.set_role(admin(GUILD_A), 5),
    ):
        assert answer.title == "No announcement channel"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("weekly", "08:00", "Europe/Brussels", None), "weekday"),
        (("daily", "25:00", "Europe/Brussels", None), "time"),
        (("daily", "08:00", "Europe/Bruxelles", None), "timezone"),
        (("hourly", "08:00", "UTC", None), "frequency"),
    ],
)
async def test_bad_digest_settings_name_the_option(svc: Any, args: tuple, field: str) -> None:
    await svc.announce_answers.set_channel(admin(GUILD_A), CHANNEL_A)
    with pytest.raises(InvalidInput) as exc:
        await svc.announce_answers.set_digest(admin(GUILD_A), *args)
    assert exc.value.field == field


async def test_guild_local_story_is_announced_only_in_its_own_guild(svc: Any) -> None:
    await instant_in(svc, GUILD_A, CHANNEL_A)
    await instant_in(svc, GUILD_B, CHANNEL_B)
    await add_story(svc, Actor(7, "mod", GUILD_A), "rumour", "https://example.org/a")
    assert [(r["dest_id"], r["guild_id"]) for r in await outbox(svc)] == [(CHANNEL_A, GUILD_A)]
    await add_story(svc, OWNER, "rumour", "https://example.org/global", person="morkov")
    rows = await outbox(svc)
    assert sorted(r["dest_id"] for r in rows[1:]) == [CHANNEL_A, CHANNEL_B]


async def test_instant_posts_for_new_stories_and_rises_to_confirmed_or_official(svc: Any) -> None:
    await instant_in(svc, GUILD_A, CHANNEL_A, role=555)
    mod = Actor(7, "mod", GUILD_A)
    await add_story(svc, mod, "rumour", "https://example.org/1")
    await add_story(svc, mod, "reported", "https://example.org/2")  # a rise, but not worth a ping
    await add_story(svc, mod, "official", "https://example.org/3")
    await add_story(svc, mod, "official", "https://example.org/4")  # no change of status
    rows = await outbox(svc)
    assert [r["dedupe_key"].split(":")[2] for r in rows] == ["rumour", "official"]
    payload = json.loads(rows[1]["payload"])
    assert payload["mention_role_id"] == 555
    assert payload["title"].startswith("✅ Official: Mark Cavendish moves")
    assert "Wielerflits" in payload["sections"][0][1]


async def test_follows_get_one_dm_per_change_within_their_scope(svc: Any) -> None:
    fan_a, fan_b = Actor(501, "fan-a", GUILD_A), Actor(502, "fan-b", GUILD_B)
    await svc.announce_answers.follow(fan_a, "cav")
    await svc.announce_answers.follow(fan_a, "astana")  # the same story involves both
    await svc.announce_answers.follow(fan_b, "cav")
    await add_story(svc, Actor(7, "mod", GUILD_A), "rumour", "https://example.org/local")
    rows = await outbox(svc)
    assert [(r["dest_kind"], r["dest_id"], r["kind"]) for r in rows] == [("dm", 501, "follow")]
    payload = json.loads(rows[0]["payload"])
    assert payload["description"].startswith("News about Mark Cavendish, which you follow.")
    assert payload["mention_role_id"] is None
    await add_story(svc, OWNER, "confirmed", "https://example.org/global")
    assert sorted(r["dest_id"] for r in (await outbox(svc))[1:]) == [501, 502]


async def test_channel_follow_skips_a_channel_that_already_got_the_instant_post(svc: Any) -> None:
    await instant_in(svc, GUILD_A, CHANNEL_A)
    mod = Actor(7, "mod", GUILD_A)
    await svc.announce_answers.follow(mod, "cav", CHANNEL_A)
    await svc.announce_answers.follow(mod, "astana", 3003)
    await add_story(svc, mod, "rumour", "https://example.org/x")
    rows = await outbox(svc)
    assert [(r["kind"], r["dest_id"]) for r in rows] == [("instant", CHANNEL_A), ("follow", 3003)]


async def test_following_and_unfollow(svc: Any) -> None:
    fan = Actor(501, "fan", GUILD_A)
    assert "nobody" in (await svc.announce_answers.following(fan)).description
    assert "now follow" in (await svc.announce_answers.follow(fan, "cav")).description
    assert "already follow" in (await svc.announce_answers.follow(fan, "cavendish")).description
    text = (await svc.announce_answers.following(fan)).description
    assert "Mark Cavendish (person) by DM" in text
    assert [
        (s.label, s.value) for s in await svc.announce_answers.follow_choices(501, GUILD_A, "mark")
    ] == [("Mark Cavendish", f"person:{ref_id(svc, 'cav', EntityKind.PERSON)}")]
    assert (await svc.announce_answers.unfollow(fan, "cav")).title == "Unfollowed"
    assert (await svc.announce_answers.unfollow(fan, "cav")).title == "Not following"


async def test_a_failing_news_change_leaves_no_outbox_row(svc: Any) -> None:
    await instant_in(svc, GUILD_A, CHANNEL_A)

    async def boom(conn: Any, event: Any) -> None:
        raise RuntimeError("a later hook fails")

    svc.events.hooks.append(boom)
    with pytest.raises(RuntimeError):
        await add_story(svc, Actor(7, "mod", GUILD_A), "official", "https://example.org/fail")
    assert await outbox(svc) == []
    assert (await svc.db.fetchone("SELECT count(*) FROM claim WHERE guild_id = ?", (GUILD_A,)))[
        0
    ] == 0


async def test_off_stops_announcements_and_drops_what_is_queued(svc: Any) -> None:
    await instant_in(svc, GUILD_A, CHANNEL_A)
    await add_story(svc, Actor(7, "mod", GUILD_A), "rumour", "https://example.org/off")
    await svc.announce_answers.off(admin(GUILD_A))
    assert [r["state"] for r in await outbox(svc)] == ["dead"]
    assert "Not configured" in (await svc.announce_answers.status(GUILD_A)).description
    audit = await svc.db.fetchall(
        "SELECT action FROM audit_log WHERE entity = 'announce_subscription' ORDER BY id"
    )
    assert [r[0] for r in audit] == ["create", "update", "delete"]
