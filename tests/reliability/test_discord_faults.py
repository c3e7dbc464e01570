"""Discord misbehaving (500s, 429s, dropped and invalidated gateway sessions): every command is
still answered, exactly once."""

from __future__ import annotations

from typing import Any

import pytest

from tests.discord_double import DiscordDouble, InteractionRecord
from tests.reliability.botworld import MODS, World, buttons, story, title
from tests.reliability.load import people

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

CALLBACK = r"POST /interactions/\d+/[^/]+/callback"
MOD = MODS[0]


def answered_once(double: DiscordDouble, since: int) -> list[InteractionRecord]:
    """Every interaction injected after `since` got exactly one accepted callback, in time."""
    recs = list(double.interactions.values())[since:]
    for rec in recs:
        accepted = [s for s, _ in rec.callback_attempts if s == 200]
        assert len(accepted) == 1, (rec, rec.callback_attempts)
        assert not rec.expired, rec
    return recs


async def transfer(double: DiscordDouble, name: str = "cav") -> dict[str, Any]:
    rec = await double.invoke_command("transfer", {"name": name})
    return (await rec.response(timeout=30))["data"]


async def confirm_flow(double: DiscordDouble, person_id: int, url: str) -> str:
    rec = await double.invoke_command("addnews", story(f"person:{person_id}", url), user=MOD)
    await rec.response(timeout=30)
    message = await rec.final_message(timeout=30)
    click = await double.click(message, buttons(message)["Confirm"], user=MOD)
    return title((await click.response(timeout=30))["data"])


@pytest.mark.parametrize(
    ("status", "count"), [(500, 1), (502, 1), (429, 3)], ids=["500", "502", "429x3"]
)
async def test_failed_interaction_callbacks_are_retried_and_answered_once(
    world: World, double: DiscordDouble, status: int, count: int
) -> None:
    since = len(double.interactions)
    fault = double.fail_next(count, status, CALLBACK, retry_after=0.05)
    assert title(await transfer(double)) == "Mark Cavendish"
    assert fault.hits == count
    answered_once(double, since)


async def test_faults_on_the_confirm_button_and_the_edit_form_lose_and_duplicate_nothing(
    world: World, double: DiscordDouble
) -> None:
    since = len(double.interactions)
    (pid,) = await people(world, 1, offset=700)
    rec = await double.invoke_command(
        "addnews", story(f"person:{pid}", "https://www.cyclingnews.com/news/fault-1"), user=MOD
    )
    await rec.response(timeout=30)
    message = await rec.final_message(timeout=30)
    rate = double.fail_next(2, 429, CALLBACK, retry_after=0.05)
    click = await double.click(message, buttons(message)["Confirm"], user=MOD)
    done = title((await click.response(timeout=30))["data"])
    assert rate.hits == 2
    claim_id = int(done.split()[2])
    # Exactly one story and one source, whatever the retries.
    rows = await world.services.db.fetchall(
        "SELECT cs.claim_id FROM claim_source cs JOIN report r ON r.id = cs.report_id"
        " WHERE r.url LIKE ?",
        ("%fault-1",),
    )
    assert [r[0] for r in rows] == [claim_id]
    # The form: its open (type 9) fails once, its submit is rate limited once.
    crash = double.fail_next(1, 500, CALLBACK)
    opened = await double.invoke_command("editnews", {"id": claim_id}, user=MOD)
    modal = await opened.response(timeout=30)
    assert modal["type"] == 9 and crash.hits == 1
    rate = double.fail_next(1, 429, CALLBACK, retry_after=0.05)
    submitted = await double.submit_modal(modal["data"]["custom_id"], {"season": "2027"}, user=MOD)
    assert title((await submitted.response(timeout=30))["data"]) == f"Story ID {claim_id} updated"
    assert rate.hits == 1
    audits = await world.services.db.fetchall(
        "SELECT action FROM audit_log WHERE entity = 'claim' AND entity_id = ? ORDER BY id",
        (claim_id,),
    )
    assert [a[0] for a in audits] == ["create", "update"]
    answered_once(double, since)


async def test_dropped_gateway_resumes_and_replays_the_interaction_in_flight(
    world: World, double: DiscordDouble
) -> None:
    since = len(double.interactions)
    mark = await double.force_reconnect(0, how="close")
    # Sent while the bot is away: Discord replays it on RESUME. The resume backoff is up to a
    # couple of seconds in discord.py, so this one interaction gets a longer deadline.
    with double.deadline(15):
        in_flight = await double.invoke_command("transfer", {"name": "cav"})
    await double.wait_gateway("resumed", since=mark, timeout=30)
    assert title((await in_flight.response(timeout=30))["data"]) == "Mark Cavendish"
    assert not [e for e in double.gateway_log[mark:] if e.kind == "identify"]
    assert title(await transfer(double, "morkov")) == "Michael Mørkøv"
    (pid,) = await people(world, 1, offset=701)
    assert (await confirm_flow(double, pid, "https://www.cyclingnews.com/news/fault-2")).endswith(
        " added"
    )
    answered_once(double, since)


async def test_invalidated_session_reidentifies_and_commands_are_answered(
    world: World, double: DiscordDouble
) -> None:
    since = len(double.interactions)
    mark = await double.force_reconnect(0, how="invalidate")
    await double.wait_gateway("guilds_sent", since=mark, timeout=30)
    assert len([e for e in double.gateway_log[mark:] if e.kind == "identify"]) == 1
    assert title(await transfer(double)) == "Mark Cavendish"
    (pid,) = await people(world, 1, offset=702)
    assert (await confirm_flow(double, pid, "https://www.cyclingnews.com/news/fault-3")).endswith(
        " added"
    )
    answered_once(double, since)
