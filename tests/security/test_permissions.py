"""Permissions matrix: every moderator and admin command, button and form refused without rights.

The commands come from what the bot registered with the double, so a new command that forgets
its server-side check fails here.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.discord_double import CommandRefused, DiscordDouble
from tests.reliability.botworld import (
    EPHEMERAL,
    GENERAL,
    MOD_ROLE,
    MODS,
    NO_MENTIONS,
    OTHER_CHAT,
    OTHER_GUILD_ID,
    OTHER_MOD,
    PLAIN,
    STRANGER,
    World,
    buttons,
    story,
    title,
)
from tests.reliability.load import people

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]

REFUSALS = {"Moderators only", "Admins only", "Not allowed", "Server only"}
MOD = MODS[1]


def leaves(cmd: dict[str, Any]) -> list[tuple[str | None, list[dict[str, Any]]]]:
    """(subcommand path, option specs) for every invocable leaf of a registered command."""
    subs = [o for o in cmd.get("options") or [] if o["type"] in (1, 2)]
    if not subs:
        return [(None, cmd.get("options") or [])]
    out: list[tuple[str | None, list[dict[str, Any]]]] = []
    for o in subs:
        if o["type"] == 1:
            out.append((o["name"], o.get("options") or []))
        else:
            out += [(f"{o['name']} {s['name']}", s.get("options") or []) for s in o["options"]]
    return out


def valid_options(specs: list[dict[str, Any]], guild_channel: int) -> dict[str, Any]:
    """A plausible value for every required option, as a member's client would send."""
    values: dict[str, Any] = {}
    for spec in specs:
        if not spec.get("required"):
            continue
        name, kind = spec["name"], spec["type"]
        if spec.get("choices"):
            values[name] = spec["choices"][0]["value"]
        elif kind == 3:
            values[name] = (
                "https://www.cyclingnews.com/news/permissions" if "url" in name else "cavendish"
            )
        elif kind == 4:
            values[name] = max(1, int(spec.get("min_value") or 1))
        elif kind == 5:
            values[name] = True
        elif kind == 7:
            values[name] = guild_channel
        elif kind == 8:
            values[name] = MOD_ROLE.id
        else:
            raise AssertionError(f"no test value for option type {kind} ({name})")
    return values


def restricted(double: DiscordDouble) -> list[tuple[str, str | None, list[dict[str, Any]]]]:
    found = []
    for cmd in double.global_commands:
        if cmd.get("type", 1) != 1 or cmd.get("default_member_permissions") is None:
            continue
        for sub, specs in leaves(cmd):
            found.append((cmd["name"], sub, specs))
    return found


def refused(data: dict[str, Any]) -> bool:
    embeds = data.get("embeds") or [{}]
    return (
        bool(int(data.get("flags") or 0) & EPHEMERAL)
        and embeds[0].get("title") in REFUSALS
        and data.get("allowed_mentions") == NO_MENTIONS
    )


async def test_every_restricted_command_is_registered_with_default_permissions(
    world: World, double: DiscordDouble
) -> None:
    names = {name for name, _, _ in restricted(double)}
    assert {"addnews", "editnews", "retractnews", "history", "promote", "config"} <= names
    assert "announce" in names
    open_to_all = {c["name"] for c in double.global_commands} - names
    assert open_to_all <= {"transfer", "team", "help", "follow", "following", "unfollow"}, (
        open_to_all
    )


async def test_plain_member_is_refused_every_restricted_command_even_when_the_guild_overrides(
    world: World, double: DiscordDouble
) -> None:
    failures = []
    commands = restricted(double)
    for name, sub, specs in commands:
        options = valid_options(specs, GENERAL.id)
        with pytest.raises(CommandRefused):  # Discord itself hides it by default ...
            await double.invoke_command(name, options, subcommand=sub, user=PLAIN)
        # ... and with the guild's override the bot refuses on its own.
        rec = await double.invoke_command(
            name, options, subcommand=sub, user=PLAIN, override_permissions=True
        )
        data = (await rec.response())["data"]
        if not refused(data):
            failures.append(f"/{name} {sub or ''}: {data}")
    assert not failures, "\n".join(failures)
    assert len(commands) >= 13


async def test_restricted_commands_are_refused_in_direct_messages(
    world: World, double: DiscordDouble
) -> None:
    failures = []
    tried = 0
    for name, sub, specs in restricted(double):
        options = valid_options(specs, GENERAL.id)
        options = {k: v for k, v in options.items() if k not in ("channel", "role")}
        if len(options) < len([s for s in specs if s.get("required")]):
            continue  # needs a guild object; Discord cannot even build it in a DM
        tried += 1
        with pytest.raises(CommandRefused):
            await double.invoke_command(name, options, subcommand=sub, dm=True, user=STRANGER)
        rec = await double.invoke_command(
            name, options, subcommand=sub, dm=True, user=STRANGER, override_permissions=True
        )
        data = (await rec.response())["data"]
        if not refused(data):
            failures.append(f"/{name} {sub or ''}: {data}")
    assert not failures, "\n".join(failures)
    assert tried >= 10


async def test_channel_follow_needs_a_moderator(world: World, double: DiscordDouble) -> None:
    rec = await double.invoke_command(
        "follow", {"name": "cavendish", "channel": GENERAL.id}, user=PLAIN
    )
    assert refused((await rec.response())["data"])


async def test_another_guilds_moderator_cannot_touch_this_guilds_story(
    world: World, double: DiscordDouble
) -> None:
    (pid,) = await people(world, 1, offset=800)
    rec = await double.invoke_command(
        "addnews", story(f"person:{pid}", "https://www.cyclingnews.com/news/perm-scope"), user=MOD
    )
    await rec.response()
    message = await rec.final_message()
    done = await (await double.click(message, buttons(message)["Confirm"], user=MOD)).response()
    claim_id = int(title(done["data"]).split()[2])
    for command, options in [
        ("retractnews", {"id": claim_id, "reason": "not ours"}),
        ("editnews", {"id": claim_id}),
    ]:
        other = await double.invoke_command(
            command, options, guild=OTHER_GUILD_ID, channel=OTHER_CHAT.id, user=OTHER_MOD
        )
        data = (await other.response())["data"]
        assert title(data) in {"Not found", "Invalid id"}, data
        assert data["embeds"][0]["description"] == f"No story with ID {claim_id} in this server."
        assert int(data["flags"]) & EPHEMERAL
    row = await world.services.db.fetchone("SELECT status FROM claim WHERE id = ?", (claim_id,))
    assert row[0] == "rumour"


async def test_confirm_pressed_after_rights_were_removed_is_refused(
    world: World, double: DiscordDouble
) -> None:
    (pid,) = await people(world, 1, offset=801)
    url = "https://www.cyclingnews.com/news/perm-demoted"
    rec = await double.invoke_command("addnews", story(f"person:{pid}", url), user=MOD)
    await rec.response()
    message = await rec.final_message()
    # The moderator lost the Mods role between the preview and the click; another member and
    # the moderator without the role are both refused, and nothing is stored.
    for who, roles in [(MOD, []), (PLAIN, None)]:
        click = await double.click(message, buttons(message)["Confirm"], user=who, roles=roles)
        data = (await click.response())["data"]
        assert title(data) == "Moderators only" and int(data["flags"]) & EPHEMERAL, data
    stored = await world.services.db.fetchone("SELECT count(*) FROM report WHERE url = ?", (url,))
    assert stored[0] == 0
    # With the role back, the same button still works.
    ok = await double.click(message, buttons(message)["Confirm"], user=MOD)
    assert title((await ok.response())["data"]).endswith(" added")


async def test_forms_submitted_after_rights_were_removed_are_refused(
    world: World, double: DiscordDouble
) -> None:
    (pid,) = await people(world, 1, offset=802)
    rec = await double.invoke_command(
        "addnews", story(f"person:{pid}", "https://www.cyclingnews.com/news/perm-form"), user=MOD
    )
    await rec.response()
    message = await rec.final_message()
    done = await (await double.click(message, buttons(message)["Confirm"], user=MOD)).response()
    claim_id = int(title(done["data"]).split()[2])
    modal = await (await double.invoke_command("editnews", {"id": claim_id}, user=MOD)).response()
    submitted = await double.submit_modal(
        modal["data"]["custom_id"], {"season": "2029"}, user=MOD, roles=[]
    )
    assert title((await submitted.response())["data"]) == "Moderators only"
    row = await world.services.db.fetchone("SELECT season FROM claim WHERE id = ?", (claim_id,))
    assert row[0] == 2025
    # The create-a-person button and form: the same check on the button and on the submit.
    rec = await double.invoke_command(
        "addnews",
        story("Zyx Qwerty Newname", "https://www.cyclingnews.com/news/perm-new"),
        user=MOD,
    )
    offer = await rec.final_message()
    refused_click = await double.click(
        offer, buttons(offer)["Create this person"], user=MOD, roles=[]
    )
    assert title((await refused_click.response())["data"]) == "Moderators only"
    opened = await (
        await double.click(offer, buttons(offer)["Create this person"], user=MOD)
    ).response()
    assert opened["type"] == 9
    late = await double.submit_modal(
        opened["data"]["custom_id"], {"role": "rider", "nationality": "GBR"}, user=MOD, roles=[]
    )
    assert title((await late.response())["data"]) == "Moderators only"
    created = await world.services.db.fetchone(
        "SELECT count(*) FROM person WHERE name = 'Zyx Qwerty Newname'"
    )
    assert created[0] == 0
