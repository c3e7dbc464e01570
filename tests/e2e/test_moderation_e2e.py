"""Moderator commands through the Discord double: confirm flow, merge, corrections, scope, rights."""

from __future__ import annotations

from typing import Any

import pytest

from tests.discord_double import CommandRefused, DiscordDouble
from tests.e2e.conftest import (
    ADMIN,
    BOT_OWNER,
    DESK,
    DESK_ROLE,
    EPHEMERAL,
    MOD,
    NO_MENTIONS,
    OTHER_GUILD_ID,
    OTHER_MOD,
    PLAIN,
    Mercato,
    buttons,
    embed,
    fields,
    story,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="session")]


async def add(
    double: DiscordDouble, options: dict[str, Any], user: Any = MOD, **kw: Any
) -> dict[str, Any]:
    """Run /addnews and press Confirm; return the confirmation update."""
    rec = await double.invoke_command("addnews", options, user=user, **kw)
    preview = await rec.response()
    assert preview["data"]["flags"] & EPHEMERAL, preview
    message = await rec.final_message()
    click = await double.click(message, buttons(message)["Confirm"], user=user)
    return await click.response()


async def test_addnews_previews_then_stores_on_confirm(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command(
        "addnews",
        story("cees bol", "https://www.cyclingnews.com/news/bol-movistar-e2e/?utm_source=x"),
        user=MOD,
    )
    preview = (await rec.response())["data"]
    assert preview["allowed_mentions"] == NO_MENTIONS
    assert embed(preview)["title"] == "Preview: add this story?"
    assert (
        embed(preview)["description"] == "This creates a new story.\nVisible to this server only."
    )
    rows = dict(fields(preview))
    assert rows["Person"] == "Cees Bol"
    assert (
        rows["From → to"] == "Decathlon AG2R La Mondiale Team → Movistar Team"
    )  # his last team we hold
    assert rows["Status"] == "Rumour"
    assert rows["Source"].startswith(
        "Cyclingnews · 20 October 2023"
    )  # outlet inferred from the link
    message = await rec.final_message()
    assert set(buttons(message)) == {"Confirm", "Cancel"}
    # Nothing is stored before Confirm.
    before = await double.invoke_command("transfer", {"name": "cees bol"})
    assert "No transfer news is stored." in embed((await before.response())["data"])["description"]

    done = await (await double.click(message, buttons(message)["Confirm"], user=MOD)).response()
    assert done["type"] == 7
    assert embed(done["data"])["title"].startswith("Story ID ")
    assert embed(done["data"])["title"].endswith(" added")
    assert done["data"]["components"] == []

    after = await (await double.invoke_command("transfer", {"name": "cees bol"})).response()
    names = [n for n, _ in fields(after["data"])]
    assert names[0] == "2025 · Transfer · 💬 Rumour"
    # Another guild never sees this guild's fact.
    elsewhere = await double.invoke_command(
        "transfer", {"name": "cees bol"}, guild=OTHER_GUILD_ID, user=OTHER_MOD
    )
    assert (
        "No transfer news is stored." in embed((await elsewhere.response())["data"])["description"]
    )


async def test_same_claim_merges_and_status_rises_same_url_is_refused(
    mercato: Mercato, double: DiscordDouble
) -> None:
    first = await add(
        double, story("max kanter", "https://www.cyclingweekly.com/news/kanter-e2e-1")
    )
    claim_id = embed(first["data"])["title"].split()[2]
    second = await add(
        double,
        story("max kanter", "https://www.cyclingnews.com/news/kanter-e2e-2", status="official"),
    )
    assert embed(second["data"])["title"] == f"Source added to story ID {claim_id}"
    assert (
        embed(second["data"])["description"]
        == "Merged into the existing story; status rumour → official."
    )
    again = await double.invoke_command(
        "addnews",
        story("max kanter", "https://cyclingweekly.com/news/kanter-e2e-1/#comments"),
        user=MOD,
    )
    refused = (await again.response())["data"]
    assert refused["flags"] & EPHEMERAL
    assert embed(refused)["title"] == "Already stored"
    assert (
        embed(refused)["description"] == f"This article is already a source of story ID {claim_id}."
    )


async def test_cancel_stores_nothing(mercato: Mercato, double: DiscordDouble) -> None:
    rec = await double.invoke_command(
        "addnews", story("wout poels", "https://www.cyclingnews.com/news/poels-e2e"), user=MOD
    )
    await rec.response()
    message = await rec.final_message()
    done = await (await double.click(message, buttons(message)["Cancel"], user=MOD)).response()
    assert embed(done["data"])["title"] == "Cancelled"
    answer = await (await double.invoke_command("transfer", {"name": "wout poels"})).response()
    assert "No transfer news is stored." in embed(answer["data"])["description"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"source_url": "javascript:alert(1)"}, "source_url"),
        ({"source_url": "http://127.0.0.1/admin"}, "source_url"),
        ({"source_url": "https://example.com/x", "outlet": None}, "outlet"),
        ({"published": "2999-01-01"}, "published"),
        ({"summary": "   \u200b  "}, "summary"),
        ({"to_team": None}, "to_team"),
        ({"to_team": "zzqqxx team"}, "to_team"),
    ],
)
async def test_bad_input_is_a_clear_ephemeral_error_naming_the_field(
    mercato: Mercato, double: DiscordDouble, change: dict[str, Any], field: str
) -> None:
    options = {
        k: v
        for k, v in {
            **story("cees bol", "https://www.cyclingnews.com/news/bad-e2e"),
            **change,
        }.items()
        if v is not None
    }
    rec = await double.invoke_command("addnews", options, user=MOD)
    data = (await rec.response())["data"]
    assert data["flags"] & EPHEMERAL
    assert embed(data)["title"] == f"Invalid {field}"
    assert data["allowed_mentions"] == NO_MENTIONS


async def test_stored_text_never_pings_and_markdown_is_escaped(
    mercato: Mercato, double: DiscordDouble
) -> None:
    hostile = "@everyone **look** <@&8001> [x](https://evil.example) `code`"
    await add(
        double,
        story("lars van den berg", "https://www.cyclingnews.com/news/lvdb-e2e", summary=hostile),
    )
    answer = (
        await (await double.invoke_command("transfer", {"name": "lars van den berg"})).response()
    )["data"]
    assert answer["allowed_mentions"] == NO_MENTIONS
    value = fields(answer)[0][1]
    assert (
        "@\u200beveryone \\*\\*look\\*\\* <@&8001\\> \\[x\\](https://evil.example) \\`code\\`"
        in value
    )


async def test_member_without_rights_is_refused_by_discord_and_by_the_bot(
    mercato: Mercato, double: DiscordDouble
) -> None:
    with pytest.raises(CommandRefused):
        await double.invoke_command(
            "addnews", story("cees bol", "https://www.cyclingnews.com/news/x1"), user=PLAIN
        )
    # A guild override that exposes the command does not open it up: the bot checks itself.
    for command, options in [
        ("addnews", story("cees bol", "https://www.cyclingnews.com/news/x2")),
        ("retractnews", {"id": 1, "reason": "wrong"}),
        ("editnews", {"id": 1}),
        ("history", {"name": "cav"}),
    ]:
        rec = await double.invoke_command(command, options, user=PLAIN, override_permissions=True)
        data = (await rec.response())["data"]
        assert data["flags"] & EPHEMERAL
        assert embed(data)["title"] == "Moderators only", command


async def test_moderator_commands_are_refused_in_direct_messages(
    mercato: Mercato, double: DiscordDouble
) -> None:
    with pytest.raises(CommandRefused):
        await double.invoke_command("retractnews", {"id": 1, "reason": "nope"}, dm=True, user=MOD)


async def test_modrole_lets_its_members_moderate(mercato: Mercato, double: DiscordDouble) -> None:
    rec = await double.invoke_command(
        "addnews",
        story("cees bol", "https://www.cyclingnews.com/news/desk"),
        user=DESK,
        override_permissions=True,
    )
    assert embed((await rec.response())["data"])["title"] == "Moderators only"
    # A plain member cannot set the role; an admin can.
    refused = await double.invoke_command(
        "config",
        {"role": DESK_ROLE.id},
        subcommand="modrole",
        user=PLAIN,
        override_permissions=True,
    )
    assert embed((await refused.response())["data"])["title"] == "Admins only"
    ok = await double.invoke_command(
        "config", {"role": DESK_ROLE.id}, subcommand="modrole", user=ADMIN
    )
    data = (await ok.response())["data"]
    assert embed(data)["description"] == "Members with <@&8003> can now add and correct stories."
    assert data["allowed_mentions"] == NO_MENTIONS
    rec = await double.invoke_command(
        "addnews",
        story("cees bol", "https://www.cyclingnews.com/news/desk"),
        user=DESK,
        override_permissions=True,
    )
    assert embed((await rec.response())["data"])["title"] == "Preview: add this story?"
    message = await rec.final_message()
    # Someone else cannot press the moderator's Confirm.
    other = await (await double.click(message, buttons(message)["Confirm"], user=MOD)).response()
    assert other["data"]["content"] == "Only the moderator who started this can use these buttons."


async def test_retract_edit_history_and_scope(mercato: Mercato, double: DiscordDouble) -> None:
    done = await add(
        double, story("julius van den berg", "https://www.cyclingnews.com/news/jvdb-e2e")
    )
    claim_id = int(embed(done["data"])["title"].split()[2])
    # Another guild's moderator cannot touch it; a guild moderator cannot touch a global story.
    other = await double.invoke_command(
        "retractnews", {"id": claim_id, "reason": "not ours"}, guild=OTHER_GUILD_ID, user=OTHER_MOD
    )
    assert embed((await other.response())["data"])["title"] == "Not found"
    seed = await double.invoke_command("retractnews", {"id": 1, "reason": "vandalism"}, user=MOD)
    data = (await seed.response())["data"]
    assert embed(data)["title"] == "Not allowed"
    assert embed(data)["description"] == "Story ID 1 is global; only the bot owners can change it."
    # Edit through the form.
    rec = await double.invoke_command("editnews", {"id": claim_id}, user=MOD)
    modal = await rec.response()
    assert modal["type"] == 9
    submitted = await double.submit_modal(modal["data"]["custom_id"], {"season": "2026"}, user=MOD)
    data = (await submitted.response())["data"]
    assert embed(data)["title"] == f"Story ID {claim_id} updated"
    assert embed(data)["description"] == "Changed: season."
    # Retract: kept, shown as retracted with the reason.
    rec = await double.invoke_command(
        "retractnews", {"id": claim_id, "reason": "The report was wrong"}, user=MOD
    )
    assert embed((await rec.response())["data"])["title"] == f"Story ID {claim_id} retracted"
    shown = (
        await (await double.invoke_command("transfer", {"name": "julius van den berg"})).response()
    )["data"]
    name, value = fields(shown)[0]
    assert name == "2026 · Transfer · 🚫 Retracted"
    assert "🚫 Retracted: The report was wrong" in value
    # History: who and when, old and new values.
    hist = (
        await (
            await double.invoke_command("history", {"name": "julius van den berg"}, user=MOD)
        ).response()
    )["data"]
    assert hist["flags"] & EPHEMERAL
    log = [line.split("` ", 1)[1] for line in dict(fields(hist))["Changes"].splitlines()]
    assert log == [
        f"**mod** retracted story ID {claim_id} (it was rumour): “The report was wrong”",
        f"**mod** corrected story ID {claim_id}: season 2025 → 2026",
        f"**mod** created story ID {claim_id}: transfer from Team DSM-Firmenich PostNL to "
        "Movistar Team for 2025, rumour; source: Cyclingnews "
        "<https://www.cyclingnews.com/news/jvdb-e2e> (reported)",
        "**mod** recorded a source: Cyclingnews · 2023-10-20 "
        "<https://www.cyclingnews.com/news/jvdb-e2e>",
    ]


async def test_only_bot_owners_promote(mercato: Mercato, double: DiscordDouble) -> None:
    done = await add(
        double, story("wout poels", "https://www.cyclingnews.com/news/poels-promote-e2e")
    )
    claim_id = int(embed(done["data"])["title"].split()[2])
    refused = await double.invoke_command(
        "promote", {"id": claim_id}, user=MOD, override_permissions=True
    )
    assert embed((await refused.response())["data"])["title"] == "Not allowed"
    ok = await double.invoke_command(
        "promote", {"id": claim_id}, user=BOT_OWNER, override_permissions=True
    )
    assert embed((await ok.response())["data"])["title"] == f"Story ID {claim_id} is now global"
    elsewhere = await double.invoke_command(
        "transfer", {"name": "wout poels"}, guild=OTHER_GUILD_ID, user=OTHER_MOD
    )
    assert fields((await elsewhere.response())["data"])[0][0] == "2025 · Transfer · 💬 Rumour"


async def test_unknown_person_can_be_created_then_added(
    mercato: Mercato, double: DiscordDouble
) -> None:
    rec = await double.invoke_command(
        "addnews",
        story("Zdeněk Štybar Junior", "https://www.cyclingnews.com/news/new-e2e"),
        user=MOD,
    )
    data = (await rec.response())["data"]
    assert embed(data)["title"] == "Unknown person"
    message = await rec.final_message()
    opened = await (
        await double.click(message, buttons(message)["Create this person"], user=MOD)
    ).response()
    assert opened["type"] == 9
    submitted = await double.submit_modal(
        opened["data"]["custom_id"], {"role": "rider", "nationality": "CZE"}, user=MOD
    )
    preview = await submitted.response()
    assert embed(preview["data"])["title"] == "Preview: add this story?"
    assert dict(fields(preview["data"]))["Person"] == "Zdeněk Štybar Junior"
    confirm = await submitted.final_message()
    stored = await (await double.click(confirm, buttons(confirm)["Confirm"], user=MOD)).response()
    assert embed(stored["data"])["title"].endswith(" added")
    answer = (
        await (await double.invoke_command("transfer", {"name": "stybar junior"})).response()
    )["data"]
    assert embed(answer)["title"] == "Zdeněk Štybar Junior"
    assert "🇨🇿 CZE" in embed(answer)["description"]
