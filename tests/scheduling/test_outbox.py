from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.domain.clock import iso
from bot.domain.models import Actor, EntityKind, EntityRef, Status
from bot.presentation.payload import Payload, has_marker
from bot.scheduling.outbox import (
    MAX_ATTEMPTS,
    Destination,
    PermanentSendError,
    TransientSendError,
    backoff,
    deliver_pending,
    reconcile,
)
from bot.storage import announcements as store

from .conftest import CHANNEL_A, GUILD_A, Crash, World, admin

FAN = 777


async def instant_channel(world: World, *, role: int | None = None) -> None:
    await world.announce.set_channel(admin(GUILD_A), CHANNEL_A)
    await world.announce.set_instant(admin(GUILD_A), True)
    if role:
        await world.announce.set_role(admin(GUILD_A), role)


async def test_delivery_sends_once_and_records_the_message_id(world: World) -> None:
    await instant_channel(world, role=555)
    claim_id = await world.add_claim("cav", "astana", Status.OFFICIAL)
    report = await deliver_pending(world.db, world.sender, world.clock)
    assert report.sent == 1
    [(dest, payload, message_id)] = world.sender.sent
    assert dest == Destination("channel", CHANNEL_A, GUILD_A)
    assert payload.mention_role_id == 555
    assert payload.title.startswith("✅ Official: Mark Cavendish moves to Astana Qazaqstan")
    assert payload.answer().footer == f"Mercato · story ID {claim_id} · ref {payload.outbox_id}"
    [row] = await world.outbox()
    assert (row["state"], row["sent_message_id"], row["attempts"]) == ("sent", message_id, 1)
    assert (await deliver_pending(world.db, world.sender, world.clock)).sent == 0
    assert len(world.sender.sent) == 1
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None and sub.last_delivery_at == iso(world.clock.now())


async def test_server_errors_are_retried_with_backoff_until_success(world: World) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    world.sender.script = [TransientSendError("503 Service Unavailable")] * 2
    start = world.clock.now()
    assert (await deliver_pending(world.db, world.sender, world.clock)).retried == 1
    [row] = await world.outbox()
    assert row["state"] == "pending" and row["next_attempt_at"] == iso(
        start + timedelta(seconds=30)
    )
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None and sub.last_error == "503 Service Unavailable"
    # Not due yet: nothing is attempted.
    world.clock.advance(seconds=29)
    assert (await deliver_pending(world.db, world.sender, world.clock)).retried == 0
    world.clock.advance(seconds=1)
    assert (await deliver_pending(world.db, world.sender, world.clock)).retried == 1
    [row] = await world.outbox()
    assert row["next_attempt_at"] == iso(world.clock.now() + timedelta(seconds=60))
    world.clock.advance(seconds=60)
    assert (await deliver_pending(world.db, world.sender, world.clock)).sent == 1
    assert len(world.sender.sent) == 1
    [row] = await world.outbox()
    assert (row["state"], row["attempts"], row["last_error"]) == ("sent", 3, None)
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None and sub.last_error is None


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(30) == timedelta(hours=1)


async def test_a_row_that_keeps_failing_is_marked_failed_not_lost_silently(world: World) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    world.sender.script = [TransientSendError("502 Bad Gateway")] * MAX_ATTEMPTS
    for _ in range(MAX_ATTEMPTS):
        await deliver_pending(world.db, world.sender, world.clock)
        world.clock.advance(hours=1)
    [row] = await world.outbox()
    assert (row["state"], row["attempts"]) == ("failed", MAX_ATTEMPTS)
    answer = await world.announce.status(GUILD_A)
    assert "gave up after 12 tries: 502 Bad Gateway" in answer.as_text()


async def test_an_unexpected_sender_error_is_retried(world: World) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    world.sender.script = [RuntimeError("bug")]
    assert (await deliver_pending(world.db, world.sender, world.clock)).retried == 1
    world.clock.advance(minutes=1)
    assert (await deliver_pending(world.db, world.sender, world.clock)).sent == 1


async def test_forbidden_disables_the_channel_and_status_says_why(world: World) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    await world.add_claim("morkov", "astana", Status.OFFICIAL)
    reason = "403 Missing Permissions: the bot cannot post in that channel"
    world.sender.script = [PermanentSendError(reason)]
    report = await deliver_pending(world.db, world.sender, world.clock)
    assert (report.dead, report.sent) == (1, 0)
    assert [r["state"] for r in await world.outbox()] == ["dead", "dead"]
    assert world.sender.sent == []
    status = await world.announce.status(GUILD_A)
    assert status.tone.value == "warning"
    assert "Disabled" in status.description and "403 Missing Permissions" in status.description
    # A disabled channel gets nothing new queued...
    await world.add_claim("wout", "visma", Status.OFFICIAL)
    assert len(await world.outbox()) == 2
    # ...until an admin sets the channel again.
    await world.announce.set_channel(admin(GUILD_A), CHANNEL_A)
    assert "Disabled" not in (await world.announce.status(GUILD_A)).description
    await world.add_claim("wout", "astana", Status.OFFICIAL)
    assert (await deliver_pending(world.db, world.sender, world.clock)).sent == 1


async def test_a_bad_request_kills_the_message_but_not_the_channel(world: World) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    await world.add_claim("morkov", "astana", Status.OFFICIAL)
    world.sender.script = [PermanentSendError("400 Invalid Form Body", disable=False)]
    report = await deliver_pending(world.db, world.sender, world.clock)
    assert (report.dead, report.sent) == (1, 1)
    sub = await store.get_subscription(world.db.conn, GUILD_A)
    assert sub is not None and sub.disabled_reason is None


async def test_refused_dm_drops_that_users_dm_delivery_with_a_log_line(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    fan = Actor(FAN, "fan", GUILD_A)
    other = Actor(888, "other", GUILD_A)
    async with world.db.transaction() as conn:
        for actor in (fan, other):
            await store.add_follow(
                conn,
                actor.id or 0,
                GUILD_A,
                EntityRef(EntityKind.PERSON, world.person_ids["cav"]),
                None,
                "2026-03-20T09:00:00Z",
            )
    await world.add_claim("cav", "astana", Status.REPORTED)
    world.sender.script = [PermanentSendError("403 Cannot send messages to this user (50007)")]
    with caplog.at_level(logging.INFO, logger="bot.scheduling.outbox"):
        report = await deliver_pending(world.db, world.sender, world.clock)
    assert (report.dead, report.sent) == (1, 1)
    assert any(
        "does not accept DMs" in r.getMessage() and str(FAN) in r.getMessage()
        for r in caplog.records
    )
    [mine] = await store.user_follows(world.db.conn, FAN, GUILD_A)
    assert mine.dm_disabled
    [theirs] = await store.user_follows(world.db.conn, 888, GUILD_A)
    assert not theirs.dm_disabled
    # The fan gets no more DMs; the other follower still does.
    await world.raise_status(1, Status.OFFICIAL)
    rows = await world.outbox(state="pending")
    assert [(r["dest_kind"], r["dest_id"]) for r in rows] == [("dm", 888)]
    assert "paused: your DMs are closed" in (await world.announce.following(fan)).description


async def test_restart_after_a_send_that_went_out_records_it_without_resending(
    world: World,
) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)

    class SendThenCrash(type(world.sender)):  # type: ignore[misc]
        async def send(self, destination: Destination, payload: Payload) -> int:
            await super().send(destination, payload)
            raise Crash()

    crashing = SendThenCrash()
    with pytest.raises(Crash):
        await deliver_pending(world.db, crashing, world.clock)
    [row] = await world.outbox()
    assert row["state"] == "sending"
    # The restarted process uses a sender that can see the channel's history.
    world.sender.sent = list(crashing.sent)
    report = await reconcile(world.db, world.sender, world.clock)
    assert (report.sent, report.requeued) == (1, 0)
    [row] = await world.outbox()
    assert (row["state"], row["sent_message_id"]) == ("sent", crashing.sent[0][2])
    await deliver_pending(world.db, world.sender, world.clock)
    assert len(world.sender.sent) == 1


async def test_restart_after_a_send_that_never_went_out_sends_exactly_once(world: World) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    world.sender.script = [Crash()]
    with pytest.raises(Crash):
        await deliver_pending(world.db, world.sender, world.clock)
    report = await reconcile(world.db, world.sender, world.clock)
    assert (report.sent, report.requeued) == (0, 1)
    await deliver_pending(world.db, world.sender, world.clock)
    await deliver_pending(world.db, world.sender, world.clock)
    assert len(world.sender.sent) == 1
    assert [r["state"] for r in await world.outbox()] == ["sent"]


async def test_reconcile_leaves_a_row_it_cannot_check_for_later(world: World) -> None:
    await instant_channel(world)
    await world.add_claim("cav", "astana", Status.OFFICIAL)
    world.sender.script = [Crash()]
    with pytest.raises(Crash):
        await deliver_pending(world.db, world.sender, world.clock)

    class Flaky(type(world.sender)):  # type: ignore[misc]
        async def find_sent(self, destination: Destination, outbox_id: int) -> int | None:
            raise TransientSendError("503")

    report = await reconcile(world.db, Flaky(), world.clock)
    assert report.unresolved == 1
    assert [r["state"] for r in await world.outbox()] == ["sending"]
    assert (await reconcile(world.db, world.sender, world.clock)).requeued == 1


async def test_the_same_announcement_is_never_queued_twice(world: World) -> None:
    await instant_channel(world)
    claim_id = await world.add_claim("cav", "astana", Status.RUMOUR)
    from bot.services.events import ClaimEvent

    for _ in range(2):
        async with world.db.transaction() as conn:
            await world.announcer.on_claim_event(
                conn, ClaimEvent(claim_id, None, None, Status.RUMOUR, "promoted")
            )
    rows = await world.outbox()
    assert [r["dedupe_key"] for r in rows] == [f"instant:{claim_id}:rumour:{CHANNEL_A}"]
    async with world.db.transaction() as conn:
        again = await store.enqueue(
            conn, dest_kind="channel", dest_id=CHANNEL_A, guild_id=GUILD_A, kind="instant",
            dedupe_key=rows[0]["dedupe_key"], payload={"title": "x"}, now="2026-03-20T09:00:00Z",
        )  # fmt: skip
    assert again is None
    assert len(await world.outbox()) == 1


async def test_a_failing_transaction_leaves_no_outbox_row(world: World) -> None:
    await instant_channel(world)
    with pytest.raises(RuntimeError):
        async with world.db.transaction() as conn:
            cur = await conn.execute(
                "INSERT INTO claim (person_id, kind, to_team_id, status) VALUES (?, 'transfer', ?, 'official')",
                (world.person_ids["cav"], world.team_ids["astana"]),
            )
            from bot.services.events import ClaimEvent

            await world.announcer.on_claim_event(
                conn, ClaimEvent(cur.lastrowid or 0, None, None, Status.OFFICIAL, "created")
            )
            assert len(await world.outbox()) == 1  # visible inside the transaction
            raise RuntimeError("the change fails after the hook ran")
    assert await world.outbox() == []
    assert (await world.db.fetchone("SELECT count(*) FROM news_event"))[0] == 0


@pytest.mark.parametrize(
    ("footer", "outbox_id", "found"),
    [("Mercato · story ID 4 · ref 12", 12, True), ("Mercato · ref 12", 1, False),
     ("Mercato · ref 123", 12, False), ("Mercato · ref 12 · Page 1/2", 12, True), (None, 1, False)],
)  # fmt: skip
def test_the_marker_identifies_exactly_one_row(
    footer: str | None, outbox_id: int, found: bool
) -> None:
    assert has_marker(footer, outbox_id) is found
